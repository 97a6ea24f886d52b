"""The VoID description of the dataset: size, vocabularies and link sets per target dataset.

Counts describe the data the description is added to (the description's own triples excluded),
so they can be checked with a COUNT query over the published graph minus ``id/dataset/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef
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


def linkset_counts(graph: Graph) -> Counter[tuple[tuple[str, str, URIRef, str], URIRef]]:
    """(target, link predicate) -> number of links from this dataset into the target."""
    counts: Counter[tuple[tuple[str, str, URIRef, str], URIRef]] = Counter()
    for predicate in LINK_PREDICATES:
        for subject, obj in graph.subject_objects(predicate):
            target = target_of(str(obj))
            if str(subject).startswith(str(ID)) and target:
                counts[(target, predicate)] += 1
    return counts


def positions_subset(graph: Graph) -> Iterator[Triple]:
    """The States' positions on the Compact, described as a subset with its own sources."""
    positions = len(set(graph.subjects(A, GCM.PositionOnCompact)))
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


def void_triples(graph: Graph) -> Iterator[Triple]:
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
    yield DATASET, VOID.triples, Literal(len(graph))
    yield DATASET, VOID.entities, Literal(len({s for s in graph.subjects() if str(s).startswith(str(ID))}))
    yield DATASET, VOID.exampleResource, ID["objective/8"]
    yield DATASET, VOID.exampleResource, ID["organization/lac-bloc"]
    for vocabulary in VOCABULARIES:
        yield DATASET, VOID.vocabulary, URIRef(str(vocabulary))
    classes = Counter(o for o in graph.objects(None, A) if isinstance(o, URIRef))
    for cls, count in sorted(classes.items()):
        partition = URIRef(f"{DATASET}/class/{curie(cls).replace(':', '-')}")
        yield DATASET, VOID.classPartition, partition
        yield partition, VOID["class"], cls
        yield partition, VOID.entities, Literal(count)
    for ((key, prefix, target, title), predicate), count in sorted(linkset_counts(graph).items()):
        linkset = URIRef(f"{DATASET}/links/{key}/{predicate.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        yield target, A, VOID.Dataset
        yield target, DCTERMS.title, en(title)
        yield DATASET, VOID.subset, linkset
        yield linkset, A, VOID.Linkset
        yield linkset, VOID.subjectsTarget, DATASET
        yield linkset, VOID.objectsTarget, target
        yield linkset, VOID.linkPredicate, predicate
        yield linkset, VOID.triples, Literal(count)
        yield linkset, VOID.uriSpace, Literal(prefix)
    yield from positions_subset(graph)
