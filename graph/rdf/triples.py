"""Turning curated values into RDF triples, one function per kind of thing.

IRIs are stable and readable (``id/organization/caref``, ``id/objective/8``) because other datasets
link to them; no blank nodes are minted, so the N-Triples output is byte-for-byte reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.curation.model import (
    Country,
    Curated,
    Description,
    Kind,
    Mention,
    Objective,
    Organization,
    Person,
    Position,
    Principle,
    Statement,
)
from graph.curation.source_text import SourceText, Span
from graph.namespaces import DCTERMS, FOAF, GCM, ID, OA, ORG, PROV, RDFS, SCHEMA, SKOS, WD, XSD, A
from graph.vocabulary import load_vocabulary

Triple = tuple[Node, Node, Node]

CURATORS = ID["agent/curators"]


def organization_iri(agent_id: str) -> URIRef:
    return ID[f"organization/{agent_id}"]


def person_iri(agent_id: str) -> URIRef:
    return ID[f"person/{agent_id}"]


def agent_iri(curated: Curated, agent_id: str) -> URIRef:
    return person_iri(agent_id) if agent_id in curated.persons else organization_iri(agent_id)


def country_iri(alpha2: str) -> URIRef:
    return ID[f"country/{alpha2}"]


def statement_iri(statement_id: str) -> URIRef:
    return ID[f"statement/{statement_id}"]


def position_iri(statement_id: str, position_id: str) -> URIRef:
    return ID[f"position/{statement_id}/{position_id}"]


def source_iri(source: SourceText) -> URIRef:
    return ID[f"source/{source.identifier}"]


def span_iri(source: SourceText, span: Span) -> URIRef:
    return ID[f"source/{source.identifier}/span/{span.start}-{span.end}"]


def en(text: str) -> Literal:
    return Literal(text, lang="en")


def span_triples(source: SourceText, span: Span) -> Iterator[Triple]:
    """A Web Annotation specific resource: the source plus position and quote selectors."""
    iri = span_iri(source, span)
    position, quote = URIRef(f"{iri}/position"), URIRef(f"{iri}/quote")
    yield iri, A, OA.SpecificResource
    yield iri, OA.hasSource, source_iri(source)
    yield iri, OA.hasSelector, position
    yield iri, OA.hasSelector, quote
    yield position, A, OA.TextPositionSelector
    yield position, OA.start, Literal(span.start)
    yield position, OA.end, Literal(span.end)
    yield quote, A, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(span.exact)


def source_triples(source: SourceText) -> Iterator[Triple]:
    iri = source_iri(source)
    yield iri, A, GCM.SourceDocument
    yield iri, DCTERMS.identifier, Literal(source.path.name)
    yield iri, DCTERMS["format"], Literal("text/plain; charset=utf-8")
    yield iri, GCM.sha256, Literal(source.sha256)
    yield iri, SCHEMA.text, Literal(source.text)


def mention_triples(subject: URIRef, mention: Mention, predicate: URIRef = GCM.mention) -> Iterator[Triple]:
    yield subject, predicate, span_iri(mention.source, mention.span)
    yield from span_triples(mention.source, mention.span)


def kind_triples(kind: Kind) -> Iterator[Triple]:
    iri = ID[f"kind/{kind.slug}"]
    yield iri, A, GCM.OrganizationKind
    yield iri, SKOS.inScheme, ID["kind"]
    yield iri, SKOS.prefLabel, en(kind.label_en)
    if kind.label_es:
        yield iri, SKOS.prefLabel, Literal(kind.label_es, lang="es")
    yield iri, SKOS.definition, en(kind.definition)


def country_triples(country: Country) -> Iterator[Triple]:
    iri = country_iri(country.alpha2)
    yield iri, A, GCM.Country
    yield iri, SKOS.prefLabel, en(country.name_en)
    yield iri, SKOS.prefLabel, Literal(country.name_es, lang="es")
    yield iri, GCM.iso3166Alpha2, Literal(country.alpha2)
    yield iri, GCM.iso3166Alpha3, Literal(country.alpha3)
    yield iri, GCM.m49, Literal(country.m49)
    yield iri, SKOS.exactMatch, WD[country.wikidata]
    yield iri, DCTERMS.source, Literal(country.source)


def objective_triples(objective: Objective) -> Iterator[Triple]:
    iri = ID[f"objective/{objective.number}"]
    yield iri, A, GCM.Objective
    yield iri, A, SKOS.Concept
    yield iri, SKOS.inScheme, ID["objective"]
    yield iri, SKOS.notation, Literal(str(objective.number))
    yield iri, SKOS.prefLabel, en(objective.title)
    yield iri, SKOS.altLabel, en(objective.short_label)
    yield iri, GCM.paragraph, Literal(objective.paragraph)
    yield iri, DCTERMS.source, Literal(objective.source)


def description_triples(description: Description, iri: URIRef) -> Iterator[Triple]:
    """The curated description of an objective or principle: its labels in the languages other than
    English (the English title stays the one of objectives.csv / principles.csv), its definition and
    scope note in every language."""
    for language, label in description.label.items():
        if language != "en":
            yield iri, SKOS.prefLabel, Literal(label, lang=language)
    for language, text in description.definition.items():
        yield iri, SKOS.definition, Literal(text, lang=language)
    for language, text in description.scope_note.items():
        yield iri, SKOS.scopeNote, Literal(text, lang=language)


def principle_triples(principle: Principle) -> Iterator[Triple]:
    iri = ID[f"principle/{principle.slug}"]
    yield iri, A, GCM.GuidingPrinciple
    yield iri, A, SKOS.Concept
    yield iri, SKOS.inScheme, ID["principle"]
    yield iri, SKOS.notation, Literal(principle.letter)
    yield iri, SKOS.prefLabel, en(principle.name)
    yield iri, GCM.paragraph, Literal(15)
    yield iri, DCTERMS.source, Literal(principle.source)


def scheme_triples() -> Iterator[Triple]:
    schemes = {
        "objective": "The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration",
        "principle": "The 10 guiding principles of the Global Compact for Migration (paragraph 15)",
        "kind": "Kinds of civil-society organization",
    }
    for path, label in schemes.items():
        yield ID[path], A, SKOS.ConceptScheme
        yield ID[path], SKOS.prefLabel, en(label)
    yield CURATORS, A, PROV.Agent
    yield CURATORS, RDFS.label, en("gcmkg curators")


def organization_triples(organization: Organization) -> Iterator[Triple]:
    iri = organization_iri(organization.id)
    yield iri, A, ORG.Organization
    yield iri, A, FOAF.Agent
    if organization.is_coalition:
        yield iri, A, ORG.OrganizationalCollaboration
    yield iri, SKOS.prefLabel, Literal(organization.pref_label, lang=organization.pref_lang)
    for written in organization.written_as:
        if written != organization.pref_label:
            yield iri, SKOS.altLabel, Literal(written)
    if organization.acronym:
        yield iri, GCM.acronym, Literal(organization.acronym)
    for kind in organization.kinds:
        yield iri, ORG.classification, ID[f"kind/{kind}"]
    if organization.note:
        yield iri, SKOS.editorialNote, en(organization.note)
    for mention in organization.mentions:
        yield from mention_triples(iri, mention)


def person_triples(person: Person) -> Iterator[Triple]:
    iri = person_iri(person.id)
    yield iri, A, FOAF.Person
    yield iri, A, FOAF.Agent
    yield iri, FOAF.name, Literal(person.name)
    for written in person.written_as:
        if written != person.name:
            yield iri, SKOS.altLabel, Literal(written)
    if person.note:
        yield iri, SKOS.editorialNote, en(person.note)
    for mention in person.mentions:
        yield from mention_triples(iri, mention)


def location_triples(curated: Curated) -> Iterator[Triple]:
    for claim in curated.location_claims:
        agent, country = agent_iri(curated, claim.agent), country_iri(claim.country)
        iri = URIRef(f"{agent}/based-in/{claim.country}")
        yield agent, GCM.basedIn, country
        yield agent, GCM.locationClaim, iri
        yield iri, A, GCM.LocationClaim
        yield iri, GCM.agent, agent
        yield iri, GCM.country, country
        yield from mention_triples(iri, claim.evidence, GCM.textSpan)


def relation_triples(curated: Curated) -> Iterator[Triple]:
    for relation in curated.relations:
        member = agent_iri(curated, relation.member)
        parent = organization_iri(relation.organization)
        if relation.relation == "subOrganizationOf":
            yield member, ORG.subOrganizationOf, parent
            yield parent, ORG.hasSubOrganization, member
            continue
        iri = ID[f"membership/{relation.organization}/{relation.member}"]
        yield member, ORG.memberOf, parent
        yield parent, ORG.hasMember, member
        yield iri, A, ORG.Membership
        yield iri, ORG.member, member
        yield iri, ORG.organization, parent
        yield from mention_triples(iri, relation.evidence, GCM.textSpan)
        if relation.context is not None:  # the heading or cell that names the coalition, read apart
            yield from mention_triples(iri, relation.context, GCM.textSpan)


def statement_triples(curated: Curated, statement: Statement) -> Iterator[Triple]:
    iri, source = statement_iri(statement.id), statement.source
    yield iri, A, GCM.Statement
    yield iri, DCTERMS.title, Literal(statement.title.exact, lang=statement.language)
    yield iri, DCTERMS.language, Literal(statement.language)
    yield iri, DCTERMS.source, source_iri(source)
    yield iri, GCM.textSpan, span_iri(source, statement.title)
    yield from span_triples(source, statement.title)
    datatype = XSD.gYearMonth if len(statement.date) == 7 else XSD.date
    yield iri, DCTERMS.date, Literal(statement.date, datatype=datatype)
    if statement.kind:
        yield iri, SCHEMA.genre, en(statement.kind)
    yield from source_triples(source)
    for addressee in statement.addressees:
        yield iri, GCM.addressee, Literal(addressee.exact, lang=statement.language)
    yield from event_triples(statement)
    for code in statement.countries:
        yield iri, GCM.signatoryCountry, country_iri(code)
    for agent in statement.signatories:
        yield iri, GCM.signatory, agent_iri(curated, agent)
    for position in statement.positions:
        yield from position_triples(statement, position)
    for resource, span in statement.mentions:
        yield iri, SCHEMA.mentions, ID[resource]
        yield ID[resource], GCM.mention, span_iri(source, span)
        yield from span_triples(source, span)


def event_triples(statement: Statement) -> Iterator[Triple]:
    event, source = statement.event, statement.source
    if event is None:
        return
    iri, place = ID[f"event/{event.id}"], ID[f"place/{event.place.id}"]
    yield statement_iri(statement.id), GCM.event, iri
    yield iri, A, SCHEMA.Event
    yield iri, SCHEMA.name, en(event.name)
    yield iri, SCHEMA.startDate, Literal(event.start, datatype=XSD.date)
    yield iri, SCHEMA.endDate, Literal(event.end, datatype=XSD.date)
    yield iri, SCHEMA.location, place
    yield iri, GCM.textSpan, span_iri(source, event.evidence)
    yield from span_triples(source, event.evidence)
    yield place, A, SCHEMA.Place
    yield place, SCHEMA.name, Literal(event.place.name)
    yield place, SCHEMA.containedInPlace, country_iri(event.place.country)
    yield place, GCM.textSpan, span_iri(source, event.place.evidence)
    yield from span_triples(source, event.place.evidence)


def position_triples(statement: Statement, position: Position) -> Iterator[Triple]:
    iri, source = position_iri(statement.id, position.id), statement.source
    yield statement_iri(statement.id), GCM.hasPosition, iri
    if position.type == "demand":
        yield statement_iri(statement.id), GCM.hasDemand, iri
    yield iri, A, GCM.Position
    yield iri, A, URIRef(load_vocabulary().kind(position.type).iri)
    yield iri, SCHEMA.position, Literal(position.number)
    yield iri, GCM.quote, Literal(position.quote)
    yield iri, GCM.textSpan, span_iri(source, position.span)
    yield from span_triples(source, position.span)
    for link in position.links:
        target = ID[link.target]
        qualified = URIRef(f"{iri}/addresses/{link.target.replace('/', '-')}")
        yield iri, GCM.addresses, target
        yield iri, GCM.qualifiedAddress, qualified
        yield qualified, A, GCM.QualifiedAddress
        yield qualified, GCM.target, target
        yield qualified, GCM.rationale, en(link.rationale)
        yield qualified, GCM.stance, URIRef(load_vocabulary().stance(link.stance).iri)
        yield qualified, GCM.assertionMethod, GCM.curated
        yield qualified, GCM.confidence, Literal(Decimal(link.confidence), datatype=XSD.decimal)
        yield qualified, PROV.wasAttributedTo, CURATORS


def curated_triples(curated: Curated) -> Iterator[Triple]:
    """Every asserted (not derived) triple of the curated data."""
    yield from scheme_triples()
    for kind in curated.kinds.values():
        yield from kind_triples(kind)
    for country in curated.countries.values():
        yield from country_triples(country)
    for objective in curated.objectives.values():
        yield from objective_triples(objective)
    for principle in curated.principles.values():
        yield from principle_triples(principle)
    for target, description in curated.descriptions.items():
        yield from description_triples(description, ID[target])
    for organization in curated.organizations.values():
        yield from organization_triples(organization)
    for person in curated.persons.values():
        yield from person_triples(person)
    yield from location_triples(curated)
    yield from relation_triples(curated)
    for statement in curated.statements.values():
        yield from statement_triples(curated, statement)
