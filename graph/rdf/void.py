"""The VoID description of the dataset: size, vocabularies and link sets per target dataset.

Counts describe the data the description is added to (the description's own triples excluded),
so they can be checked with a COUNT query over the published graph minus ``id/dataset/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import VOID

from graph import __version__
from graph.namespaces import DCTERMS, FOAF, GCM, ID, OA, ORG, PROV, SCHEMA, SKOS, A, curie
from graph.rdf.triples import Triple, en

DATASET = ID["dataset/gcmkg"]
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
TARGETS = {
    "wikidata": ("http://www.wikidata.org/entity/", URIRef("http://www.wikidata.org/"), "Wikidata"),
    "sdg": ("http://metadata.un.org/sdg/", URIRef("http://metadata.un.org/sdg"), "UN SDG linked data"),
}
WIKIPEDIA = re.compile(r"^https?://([a-z-]+)\.wikipedia\.org/wiki/")
LINK_PREDICATES = [SKOS.exactMatch, SKOS.relatedMatch, GCM.citesSdgTarget, FOAF.isPrimaryTopicOf]


def target_of(iri: str) -> tuple[str, str, URIRef, str] | None:
    """(key, uri space, dataset IRI, title) of the dataset an IRI belongs to, if it is a link target.

    Each Wikipedia language edition is its own target dataset."""
    for key, (prefix, dataset, title) in TARGETS.items():
        if iri.startswith(prefix):
            return key, prefix, dataset, title
    found = WIKIPEDIA.match(iri)
    if found:
        language = found.group(1)
        space = f"https://{language}.wikipedia.org/wiki/"
        return f"wikipedia-{language}", space, URIRef(f"https://{language}.wikipedia.org/"), f"Wikipedia ({language})"
    return None


VOCABULARIES = [GCM, ORG, FOAF, SKOS, PROV, DCTERMS, OA, SCHEMA]


@dataclass(frozen=True)
class Summary:
    """What the description counts, read from the graph it describes."""

    triples: int
    entities: int
    classes: dict[str, int]
    links: dict[tuple[tuple[str, str, URIRef, str], str], int]
    """(target, link predicate IRI) -> number of links from this dataset into the target."""


RDF_TYPE = f"<{A}>"


def summarize(lines: set[str]) -> Summary:
    """Triples, entities under id/, instances per class and links per target, counted on the
    graph's de-duplicated N-Triples lines (``<s> <p> o .``; IRIs hold no spaces)."""
    subject_prefix = f"<{ID}"
    subjects: set[str] = set()
    classes: Counter[str] = Counter()
    links: Counter[tuple[tuple[str, str, URIRef, str], str]] = Counter()
    predicates = {f"<{predicate}>": str(predicate) for predicate in LINK_PREDICATES}
    for line in lines:
        subject, predicate, rest = line.split(" ", 2)
        subjects.add(subject)
        if predicate == RDF_TYPE and rest.startswith("<"):
            classes[rest[1 : rest.index(">")]] += 1
        elif predicate in predicates and subject.startswith(subject_prefix) and rest.startswith("<"):
            target = target_of(rest[1 : rest.index(">")])
            if target:
                links[(target, predicates[predicate])] += 1
    entities = sum(1 for subject in subjects if subject.startswith(subject_prefix))
    return Summary(len(lines), entities, dict(classes), dict(links))


def void_triples(summary: Summary) -> Iterator[Triple]:
    yield DATASET, A, VOID.Dataset
    yield DATASET, DCTERMS.title, en("gcmkg: who demands what in migration governance")
    yield (
        DATASET,
        DCTERMS.description,
        en(
            "Civil-society statements on migration governance, their signatories (organizations, coalitions, "
            "individual defenders, countries) and the GCM objectives and guiding principles their demands address."
        ),
    )
    yield DATASET, DCTERMS.license, LICENSE
    yield DATASET, DCTERMS.hasVersion, Literal(__version__)
    yield DATASET, VOID.uriSpace, Literal(str(ID))
    yield DATASET, VOID.triples, Literal(summary.triples)
    yield DATASET, VOID.entities, Literal(summary.entities)
    yield DATASET, VOID.exampleResource, ID["objective/8"]
    yield DATASET, VOID.exampleResource, ID["organization/lac-bloc"]
    for vocabulary in VOCABULARIES:
        yield DATASET, VOID.vocabulary, URIRef(str(vocabulary))
    for cls, count in sorted(summary.classes.items()):
        partition = URIRef(f"{DATASET}/class/{curie(URIRef(cls)).replace(':', '-')}")
        yield DATASET, VOID.classPartition, partition
        yield partition, VOID["class"], URIRef(cls)
        yield partition, VOID.entities, Literal(count)
    for ((key, prefix, target, title), predicate), count in sorted(summary.links.items()):
        linkset = URIRef(f"{DATASET}/links/{key}/{predicate.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        yield target, A, VOID.Dataset
        yield target, DCTERMS.title, en(title)
        yield DATASET, VOID.subset, linkset
        yield linkset, A, VOID.Linkset
        yield linkset, VOID.subjectsTarget, DATASET
        yield linkset, VOID.objectsTarget, target
        yield linkset, VOID.linkPredicate, URIRef(predicate)
        yield linkset, VOID.triples, Literal(count)
        yield linkset, VOID.uriSpace, Literal(prefix)
    yield from positions_subset(summary)


def positions_subset(summary: Summary) -> Iterator[Triple]:
    """The States' positions on the Compact, described as a subset with its own sources."""
    positions = summary.classes.get(str(GCM.PositionOnCompact), 0)
    if not positions:
        return
    subset = URIRef(f"{DATASET}/compact-positions")
    yield DATASET, VOID.subset, subset
    yield subset, A, VOID.Dataset
    yield subset, DCTERMS.title, en("UN Member States and their positions on the Global Compact for Migration")
    yield (
        subset,
        DCTERMS.description,
        en(
            "Each Member State's recorded vote on A/RES/73/195 and later dated changes of position, each with its "
            "public source (dcterms:source of each record); what is and is not covered is written in "
            "data/links/states_README.md."
        ),
    )
    yield subset, VOID.entities, Literal(positions)
    yield subset, VOID["class"], GCM.PositionOnCompact
