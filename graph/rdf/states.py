"""The UN Member States and their positions on the Compact, as triples.

Each vote on resolution 73/195 is a ``gcm:VoteOnCompact`` and each later change a
``gcm:PositionOnCompact``: an event-like record with the State (``gcm:state``), its kind
(``gcm:positionKind``), ``dcterms:date`` and ``dcterms:source``. A country's position at a date
is then the kind its latest record up to that date amounts to (``gcm:amountsTo``): see
``queries/country_position_at_date.rq``.

The 22 statement countries keep ``countries.csv`` as the source of their codes and English and
Spanish names (the loader checks ``states.csv`` agrees); ``states.csv`` gives the codes and
names of the other Member States and the French and Portuguese names of all.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef

from graph.curation.model import Country, Links, PositionKind, State, StatePosition
from graph.namespaces import DCTERMS, GCM, ID, RDFS, SCHEMA, SKOS, XSD, A
from graph.rdf.triples import Triple, country_iri, country_triples, en

KINDS = ID["compact-position-kind"]


def kind_iri(kind: str) -> URIRef:
    return ID[f"compact-position-kind/{kind}"]


def position_iri(position: StatePosition, vote: bool) -> URIRef:
    name = "vote" if vote else f"{position.date}-{position.kind}"
    return ID[f"compact-position/{position.state}/{name}"]


def date_literal(value: str) -> Literal:
    """``xsd:date`` for a day, ``xsd:gYearMonth`` when the source gives only the month."""
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYearMonth)


def sourced(source: str, read: str) -> Literal:
    return Literal(f"{source} (read {read})" if read else source)


def state_triples(links: Links, countries: dict[str, Country]) -> Iterator[Triple]:
    states = links.states
    if not states.states:
        return
    yield KINDS, A, SKOS.ConceptScheme
    yield KINDS, SKOS.prefLabel, en("Kinds of position a State takes on the Global Compact for Migration")
    for kind in states.kinds.values():
        yield from kind_triples(kind)
    for state in states.states.values():
        yield from member_state_triples(state, state.alpha2 in countries)
    compact = ID[f"compact/{links.compact['id']}"] if links.compact else None
    for vote in states.votes:
        yield from position_triples(vote, True, compact)
    for change in states.changes:
        yield from position_triples(change, False, compact)


def kind_triples(kind: PositionKind) -> Iterator[Triple]:
    iri = kind_iri(kind.kind)
    yield iri, A, GCM.CompactPositionKind
    yield iri, SKOS.inScheme, KINDS
    yield iri, SKOS.notation, Literal(kind.kind)
    yield iri, SKOS.prefLabel, en(kind.label_en)
    yield iri, SKOS.prefLabel, Literal(kind.label_es, lang="es")
    yield iri, SKOS.definition, en(kind.definition)
    yield iri, GCM.isVoteOption, Literal(kind.vote)
    if kind.amounts_to:
        yield iri, GCM.amountsTo, kind_iri(kind.amounts_to)


def member_state_triples(state: State, statement_country: bool) -> Iterator[Triple]:
    """A Member State; a statement country's codes come from countries.csv instead."""
    iri = country_iri(state.alpha2)
    yield iri, A, GCM.MemberState
    yield iri, SKOS.prefLabel, Literal(state.name_fr, lang="fr")
    yield iri, SKOS.prefLabel, Literal(state.name_pt, lang="pt")
    yield iri, DCTERMS.source, Literal(state.source)
    if not statement_country:
        codes = (state.alpha3, state.m49, state.name_en, state.name_es, state.wikidata, state.source)
        yield from country_triples(Country(state.alpha2, *codes))


def position_triples(position: StatePosition, vote: bool, compact: URIRef | None) -> Iterator[Triple]:
    iri = position_iri(position, vote)
    yield iri, A, GCM.PositionOnCompact
    if vote:
        yield iri, A, GCM.VoteOnCompact
    yield iri, GCM.state, country_iri(position.state)
    yield iri, GCM.positionKind, kind_iri(position.kind)
    yield iri, DCTERMS.date, date_literal(position.date)
    yield iri, DCTERMS.source, sourced(position.source, position.read)
    yield iri, RDFS.label, en(f"{position.state} {position.date} {position.kind}")
    if position.detail:
        yield iri, DCTERMS.description, en(position.detail)
    if compact is not None:
        yield iri, SCHEMA.about, compact
