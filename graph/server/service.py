"""The SPARQL 1.1 Service Description a bare ``GET /sparql`` answers with.

It tells a client what the endpoint accepts (query, and update only when a write token is set),
which result formats it writes, whether it federates (``SERVICE``), the limits it enforces, and
which dataset it serves (the VoID description under ``id/dataset/gcmkg``).
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from graph.namespaces import DCTERMS, RDF, RDFS
from graph.server.settings import ServerSettings

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"
DATASET = "https://w3id.org/gcmkg/id/dataset/gcmkg"
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def service_description(endpoint: str, settings: ServerSettings) -> list[Triple]:
    """The triples describing the endpoint at URL ``endpoint`` as ``settings`` configure it."""
    service, dataset = NamedNode(endpoint), NamedNode(DATASET)

    def sd(name: str) -> NamedNode:
        return NamedNode(SD + name)

    triples = [
        Triple(service, NamedNode(str(RDF.type)), sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(service, NamedNode(str(DCTERMS.title)), Literal("gcmkg SPARQL endpoint", language="en")),
        Triple(service, NamedNode(str(RDFS.comment)), Literal(limits_text(settings), language="en")),
    ]
    triples += [Triple(service, sd("resultFormat"), NamedNode(FORMATS + name)) for name in RESULT_FORMATS]
    if settings.writable:
        triples.append(Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if settings.allow_service:
        triples.append(Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    triples.append(Triple(dataset, NamedNode(str(RDF.type)), sd("Dataset")))
    triples.append(Triple(dataset, NamedNode(VOID + "sparqlEndpoint"), service))
    return triples


def limits_text(settings: ServerSettings) -> str:
    """The limits in words, since Service Description has no terms for them."""
    update = "accepted with the write token" if settings.writable else "refused (read-only)"
    service = "allowed" if settings.allow_service else "refused"
    return (
        f"Each query is stopped after {settings.timeout:g} s (HTTP 504); answers are cut at "
        f"{settings.max_rows:,} rows or triples (header X-Gcmkg-Truncated); query text is limited to "
        f"{settings.max_query_bytes // 1024} KiB (HTTP 413); SERVICE is {service}; updates are {update}."
    )
