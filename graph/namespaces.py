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

PREFIXES: dict[str, Namespace] = {
    "gcm": GCM,
    "id": ID,
    "org": ORG,
    "oa": OA,
    "schema": SCHEMA,
    "wd": WD,
    "skos": SKOS,
    "foaf": FOAF,
    "prov": PROV,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}

__all__ = [
    "A",
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
    "bind_prefixes",
    "sparql_prefixes",
]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so Turtle output is readable and stable."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """The PREFIX block shared by queries written in Python."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
