"""The RDF namespaces of gcmkg, declared once and imported everywhere."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

GCM = Namespace("https://w3id.org/gcmkg/ontology#")
ID = Namespace("https://w3id.org/gcmkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")
A = RDF.type

PREFIXES: dict[str, str] = {
    "gcm": str(GCM),
    "id": str(ID),
    "org": str(ORG),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

__all__ = [
    "DCTERMS",
    "FOAF",
    "GCM",
    "ID",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "WD",
    "XSD",
    "A",
    "bind_prefixes",
    "curie",
    "sparql_prefixes",
]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so Turtle output is readable and stable."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def curie(term: str) -> str:
    """``prefix:local`` for a term in a known namespace (except ``id:``), else the full IRI."""
    for prefix, namespace in PREFIXES.items():
        if str(term).startswith(namespace) and prefix != "id":
            return f"{prefix}:{str(term)[len(namespace) :]}"
    return str(term)


def sparql_prefixes() -> str:
    """The PREFIX block shared by queries written in Python."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
