"""Links out to other datasets as triples: SDG targets, the Compact and its events, and external
identifiers of organizations (read and checked by :mod:`graph.curation.links`).

A link is only published with its basis and source: a target the GCM text cites is
``gcm:citesSdgTarget``; a curator's thematic mapping is ``skos:relatedMatch``, never the former.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rdflib import Literal, URIRef

from graph.curation.model import ExternalIds, Links, SdgLink
from graph.namespaces import DCTERMS, FOAF, GCM, ID, SCHEMA, SKOS, WD, XSD, A
from graph.rdf.triples import Triple, en, organization_iri

SDG = "http://metadata.un.org/sdg/"
BASES = {"asserted": GCM.citedByCompact, "thematic": GCM.curatedThematic}


def sdg_iri(target: str) -> URIRef:
    return URIRef(SDG + target)


def link_triples(links: Links) -> Iterator[Triple]:
    yield from sdg_triples(links.sdg)
    yield from external_id_triples(links.organizations)
    yield from compact_triples(links)


def sdg_triples(sdg_links: list[SdgLink]) -> Iterator[Triple]:
    yield URIRef(SDG.rstrip("/")), A, SKOS.ConceptScheme
    yield URIRef(SDG.rstrip("/")), SKOS.prefLabel, en("UN Sustainable Development Goals (metadata.un.org)")
    for link in sdg_links:
        objective, target = ID[f"objective/{link.objective}"], sdg_iri(link.target)
        qualified = URIRef(f"{objective}/sdg/{link.target}")
        yield objective, GCM.citesSdgTarget if link.basis == "asserted" else SKOS.relatedMatch, target
        yield objective, GCM.qualifiedSdgLink, qualified
        yield qualified, A, GCM.SdgLink
        yield qualified, GCM.sdgTarget, target
        yield qualified, GCM.linkBasis, BASES[link.basis]
        yield qualified, GCM.rationale, en(link.rationale)
        yield qualified, DCTERMS.source, Literal(link.source)
        yield target, A, SKOS.Concept
        yield target, SKOS.notation, Literal(link.target)
        yield target, SKOS.prefLabel, en(f"SDG target {link.target}")
        yield target, SKOS.inScheme, URIRef(SDG.rstrip("/"))


def external_id_triples(ids: list[ExternalIds]) -> Iterator[Triple]:
    for item in ids:
        organization = organization_iri(item.organization)
        if item.wikidata:
            yield organization, SKOS.exactMatch, WD[item.wikidata]
        if item.website:
            yield organization, SCHEMA.url, URIRef(item.website)
        if item.wikipedia:
            yield organization, FOAF.isPrimaryTopicOf, URIRef(item.wikipedia)
        yield organization, DCTERMS.source, Literal(f"{item.source} (read {item.read})" if item.read else item.source)


def compact_triples(links: Links) -> Iterator[Triple]:
    compact = links.compact
    if not compact:
        return
    iri = ID[f"compact/{compact['id']}"]
    yield iri, A, GCM.Compact
    yield iri, DCTERMS.title, en(compact["title"])
    yield iri, GCM.unSymbol, Literal(compact["symbol"])
    if compact.get("adopted"):
        yield iri, DCTERMS.issued, Literal(str(compact["adopted"]), datatype=XSD.date)
    if compact.get("legal_nature"):
        yield iri, SCHEMA.description, en(compact["legal_nature"])
    yield iri, DCTERMS.source, Literal(compact["source"])
    for scheme in ("objective", "principle"):
        yield ID[scheme], DCTERMS.isPartOf, iri
    for event_id, event in links.events.items():
        yield from event_link_triples(ID[f"event/{event_id}"], event, iri)


def event_link_triples(iri: URIRef, event: dict[str, Any], compact: URIRef) -> Iterator[Triple]:
    yield iri, A, SCHEMA.Event
    yield iri, SCHEMA.about, compact
    yield iri, DCTERMS.source, Literal(str(event["source"]))
    if event.get("name"):
        yield iri, SCHEMA.name, en(str(event["name"]))
    for key, predicate in (("start", SCHEMA.startDate), ("end", SCHEMA.endDate)):
        if event.get(key):
            yield iri, predicate, Literal(str(event[key]), datatype=XSD.date)
    if event.get("place"):
        place = URIRef(f"{iri}/place")
        yield iri, SCHEMA.location, place
        yield place, A, SCHEMA.Place
        yield place, SCHEMA.name, Literal(str(event["place"]))
    if event.get("outcome"):
        outcome = URIRef(f"{iri}/outcome")
        yield iri, SCHEMA.recordedIn, outcome
        yield outcome, A, SCHEMA.CreativeWork
        yield outcome, SCHEMA.name, en(str(event["outcome"]))
        yield outcome, GCM.unSymbol, Literal(str(event["outcome_symbol"]))
        if event.get("outcome_note"):
            yield outcome, SCHEMA.description, en(str(event["outcome_note"]))
