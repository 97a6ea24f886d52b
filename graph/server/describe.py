"""What the server says about one resource under ``https://w3id.org/gcmkg/id/``.

Machines get a DESCRIBE-like graph: the resource's own triples, the triples of the parts minted
under its IRI (``organization/caref/based-in/AR``, the class partitions of ``dataset/gcmkg``,
much as a Concise Bounded Description takes in blank nodes), and the labels of everything else
it links to. People additionally get the links pointing at it and the source text of every span
it links to. Every IRI reaches a query only as a pyoxigraph term, serialized and escaped.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode

from graph.namespaces import DCTERMS, FOAF, GCM, ID, OA, RDFS, SCHEMA, SKOS

ID_BASE = str(ID)
LABEL_PREDICATES = (SKOS.prefLabel, RDFS.label, FOAF.name, DCTERMS.title, SCHEMA.name)
_PATH = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@%/-]+")


def resource_iri(path: str) -> NamedNode | None:
    """The IRI a server path below ``/id/`` stands for, or None if no IRI of ours could have it."""
    tail = quote(path, safe="/:@!$&'()*+,;=-._~%")
    if not tail or not _PATH.fullmatch(tail) or "//" in tail or any(p in ("..", ".") for p in tail.split("/")):
        return None
    try:
        return NamedNode(ID_BASE + tail)
    except ValueError:
        return None


def local_path(iri: str) -> str | None:
    """The server path of one of our IRIs (``/id/organization/caref``), None for others."""
    return "/id/" + iri[len(ID_BASE) :] if iri.startswith(ID_BASE) and len(iri) > len(ID_BASE) else None


def _values(terms: list[NamedNode]) -> str:
    return " ".join(str(term) for term in terms)


def description_query(iri: NamedNode) -> str:
    """CONSTRUCT the resource's triples, its parts' triples and the labels of what it links to."""
    parts = str(Literal(iri.value + "/"))
    labels = _values([NamedNode(str(p)) for p in LABEL_PREDICATES])
    return f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ VALUES ?s {{ {iri} }} ?s ?p ?o }}
  UNION {{ {iri} ?link ?s . FILTER(isIRI(?s) && STRSTARTS(STR(?s), {parts})) ?s ?p ?o }}
  UNION {{ {iri} ?link ?s . FILTER(isIRI(?s)) VALUES ?p {{ {labels} }} ?s ?p ?o }}
}}"""


def incoming_query(iri: NamedNode) -> str:
    """SELECT the resources that link to this one, and through which predicate."""
    return f"SELECT ?subject ?predicate WHERE {{ ?subject ?predicate {iri} . FILTER(isIRI(?subject)) }}"


def labels_query(iris: list[NamedNode]) -> str:
    """SELECT a label and, for a text span, its exact text, of each of ``iris``."""
    labels = "|".join(str(NamedNode(str(p))) for p in LABEL_PREDICATES)
    selector, exact = NamedNode(str(OA.hasSelector)), NamedNode(str(OA.exact))
    return f"""SELECT ?term ?label ?exact WHERE {{
  VALUES ?term {{ {_values(iris)} }}
  OPTIONAL {{ ?term {labels} ?label }}
  OPTIONAL {{ ?term {selector} ?selector . ?selector {exact} ?exact }}
}}"""


def compact_positions_query(iri: NamedNode) -> str:
    """SELECT the dated positions on the Compact of the State ``iri`` is, or is based in."""
    state, based_in = NamedNode(str(GCM.state)), NamedNode(str(GCM.basedIn))
    kind, amounts, date = NamedNode(str(GCM.positionKind)), NamedNode(str(GCM.amountsTo)), NamedNode(str(DCTERMS.date))
    label, source = NamedNode(str(SKOS.prefLabel)), NamedNode(str(DCTERMS.source))
    return f"""SELECT ?country ?record ?date ?kind ?stance ?source WHERE {{
  {{ VALUES ?country {{ {iri} }} }} UNION {{ {iri} {based_in} ?country }}
  ?record {state} ?country ; {kind} ?k ; {date} ?day ; {source} ?source .
  ?k {label} ?kind . FILTER(LANG(?kind) = "en")
  OPTIONAL {{ ?k {amounts}/{label} ?stance . FILTER(LANG(?stance) = "en") }}
  BIND(STR(?day) AS ?date)
}} ORDER BY ?country ?date ?kind"""
