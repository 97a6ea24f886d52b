"""``/id/...``: every resource of the graph at the path of its IRI, for people and for machines.

``https://w3id.org/gcmkg/id/organization/caref`` is served at ``/id/organization/caref``: HTML
for a browser, Turtle, JSON-LD, N-Triples or RDF/XML by ``Accept`` (or ``?format=``). The answer
is the same on every request until the data changes, so it is cached like query answers.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode, Triple
from starlette.requests import Request
from starlette.responses import Response

from graph.namespaces import PREFIXES
from graph.server.backend import Backend, Row
from graph.server.cache import CachedAnswer
from graph.server.describe import (
    ID_BASE,
    compact_positions_query,
    description_query,
    incoming_query,
    labels_query,
    local_path,
    resource_iri,
)
from graph.server.negotiation import FORMAT_NAMES, GRAPH_FORMATS, negotiate
from graph.server.pages import PAGE_HEADERS, render
from graph.server.protocol import ProtocolError
from graph.server.responses import guarded
from graph.server.results import rdf_bytes
from graph.server.view import collect_labels, compact_positions, resource_page
from graph.site.kinds import BUILDERS
from graph.site.queries import HIDDEN_IN_JSONLD, PROFILE_QUERIES, bind, profile_kind
from graph.site.render import Linker, render_profile

OFFERS = ["text/turtle", "text/html", "application/ld+json", "application/n-triples", "application/rdf+xml"]
"""Turtle first: a client that accepts anything (``*/*``) is a program; browsers ask for HTML."""
MAX_INCOMING = 2000


class ResourcePages:
    """The ``/id/{path}`` route of one server."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @guarded
    async def handle(self, request: Request) -> Response:
        iri = resource_iri(request.path_params["path"])
        if iri is None:
            raise ProtocolError(404, f"not found: {request.url.path}")
        named = FORMAT_NAMES.get(request.query_params.get("format", "").lower())
        media_type = negotiate(named or request.headers.get("accept"), OFFERS)
        if media_type is None:
            raise ProtocolError(406, f"this resource is available as {', '.join(OFFERS)}")
        generic = request.query_params.get("view") == "data"
        key = ("resource", self.backend.generation, iri.value, media_type, generic)
        answer = await self.backend.cache.answer(key, lambda: self.answer(iri, media_type, generic))
        headers = {**dict(answer.headers), "Vary": "Accept"}
        return Response(answer.body, answer.status, headers=headers, media_type=answer.media_type)

    async def answer(self, iri: NamedNode, media_type: str, generic: bool = False) -> CachedAnswer:
        """The resource's description in ``media_type`` (404 when the graph does not know it);
        in HTML, its profile when it has one (unless ``generic``), else the linked-data view."""
        triples = sorted(await self.backend.triples(description_query(iri)), key=lambda t: reading_order(iri, t))
        kind = profile_kind(iri.value[len(ID_BASE) :])
        if media_type == "text/html" and kind and not generic and triples:
            return CachedAnswer(200, (await self.profile(iri, kind, triples)).encode("utf-8"), media_type, HTML_HEADERS)
        if media_type != "text/html":
            if not triples:
                raise ProtocolError(404, f"the graph has nothing about {iri.value}")
            body = rdf_bytes(triples, GRAPH_FORMATS[media_type], PREFIXES)
            return CachedAnswer(200, body, media_type, (("X-Content-Type-Options", "nosniff"),))
        return CachedAnswer(200, (await self.html(iri, triples)).encode("utf-8"), media_type, HTML_HEADERS)

    async def profile(self, iri: NamedNode, kind: str, triples: list[Triple]) -> str:
        """The profile page of ``iri``, built from the profile queries' rows."""
        rows = {name: await self.backend.rows(bind(query, iri.value)) for name, query in PROFILE_QUERIES[kind].items()}
        profile = BUILDERS[kind](iri.value, rows)
        own = [t for t in triples if t.subject == iri and t.predicate.value not in HIDDEN_IN_JSONLD]
        return render_profile(profile, SERVER_LINKS, own, f"{local_path(iri.value)}?view=data")

    async def html(self, iri: NamedNode, triples: list[Triple]) -> str:
        """The page of ``iri``: its description, what links to it, and labels for everything."""
        incoming = incoming_links(await self.backend.rows(incoming_query(iri), MAX_INCOMING))
        if not triples and not incoming:
            raise ProtocolError(404, f"the graph has nothing about {iri.value}")
        mentioned = {iri.value} | {s for s, p in incoming} | {p for s, p in incoming}
        for triple in triples:
            mentioned |= {term.value for term in triple if isinstance(term, NamedNode)}
        position_rows = await self.backend.rows(compact_positions_query(iri))
        for row in position_rows:
            mentioned |= {term.value for term in row.values() if isinstance(term, NamedNode)}
        label_rows = await self.backend.rows(labels_query([NamedNode(value) for value in sorted(mentioned)]))
        labels = collect_labels(triples, label_rows)
        page = replace(resource_page(iri.value, triples, incoming, labels),
                       positions=compact_positions(position_rows, labels))  # fmt: skip
        has_profile = profile_kind(iri.value[len(ID_BASE) :]) is not None
        return render("resource.html.jinja", page=page, profile=local_path(iri.value) if has_profile else None)


def reading_order(iri: NamedNode, triple: Triple) -> tuple[int, str, str, str]:
    """The resource's own triples first, then its parts', then the labels of what it links to."""
    subject = str(triple.subject)
    rank = 0 if triple.subject == iri else 1 if subject.startswith(f"<{iri.value}/") else 2
    return rank, subject, str(triple.predicate), str(triple.object)


def incoming_links(rows: list[Row]) -> list[tuple[str, str]]:
    """(subject, predicate) IRIs of the incoming-links query's rows."""
    links = []
    for row in rows:
        subject, predicate = row.get("subject"), row.get("predicate")
        if isinstance(subject, NamedNode) and isinstance(predicate, NamedNode):
            links.append((subject.value, predicate.value))
    return links


HTML_HEADERS = tuple(PAGE_HEADERS.items())
SERVER_LINKS = Linker(
    root="/id/",
    home="/",
    nav=(("SPARQL editor", "/"), ("Network", "/network"), ("Dataset (VoID)", "/id/dataset/gcmkg")),
)
"""Profile pages on the server link to ``/id/...`` (every resource has a page there)."""
