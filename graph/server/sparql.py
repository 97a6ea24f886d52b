"""``/sparql``: the SPARQL 1.1 Protocol over the engines, with the server's rules on top.

Order of the checks: the request is read within its size limit (413), an update must carry the
write token (401/403), ``SERVICE``/``LOAD`` are refused unless allowed (400), the client must
accept some format (406); then the engine answers within the time limit (504) and the answer is
cut at the row cap (``X-Gcmkg-Truncated``) and converted. Every refusal is plain text.
"""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from graph.server.backend import Backend
from graph.server.cache import CachedAnswer, is_repeatable
from graph.server.negotiation import FORMAT_NAMES, GRAPH_FORMATS, SOLUTION_FORMATS, negotiate
from graph.server.pool import EngineRequest
from graph.server.protocol import (
    Operation,
    ProtocolError,
    authorize_update,
    read_operation,
    refuse_deep_nesting,
    refuse_remote_access,
)
from graph.server.responses import guarded
from graph.server.results import Payload, payload, query_prefixes, rdf_bytes
from graph.server.service import service_description

IN_THREAD_BYTES = 256 * 1024
"""Answers larger than this are converted in a worker thread, so other requests go on meanwhile."""
TRUNCATED = "X-Gcmkg-Truncated"
ROWS = "X-Gcmkg-Rows"


def requested_format(request: Request) -> str | None:
    """The Accept header, unless ``?format=`` (json, xml, csv, tsv, ttl, nt, jsonld, rdf) overrides it."""
    named = FORMAT_NAMES.get(request.query_params.get("format", "").lower())
    return named or request.headers.get("accept")


def answer_headers(result: Payload, max_rows: int) -> tuple[tuple[str, str], ...]:
    """Row count, and the cap when the answer was cut short."""
    headers = [] if result.rows is None else [(ROWS, str(result.rows))]
    if result.truncated:
        headers.append((TRUNCATED, f"max-rows={max_rows}"))
    return tuple(headers)


def to_response(answer: CachedAnswer) -> Response:
    headers = {**dict(answer.headers), "Vary": "Accept", "X-Content-Type-Options": "nosniff"}
    return Response(answer.body, answer.status, headers=headers, media_type=answer.media_type)


class SparqlEndpoint:
    """The ``/sparql`` route of one server."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.settings = backend.settings

    @guarded
    async def handle(self, request: Request) -> Response:
        operation = await read_operation(request, self.settings.max_query_bytes)
        if operation is None:
            return self.description(request)
        if operation.kind == "update":
            authorize_update(request.headers.get("authorization"), self.settings.write_token)
        if not self.settings.allow_service:
            refuse_remote_access(operation)
        refuse_deep_nesting(operation, self.settings.max_depth)
        if operation.kind == "update":
            return await self.update(operation)
        return to_response(await self.query(operation, requested_format(request)))

    async def query(self, operation: Operation, accept: str | None) -> CachedAnswer:
        """The answer to a query, from the cache when the same query was answered before."""
        kinds = (negotiate(accept, list(SOLUTION_FORMATS)), negotiate(accept, list(GRAPH_FORMATS)))
        if kinds == (None, None):
            offers = ", ".join([*SOLUTION_FORMATS, *GRAPH_FORMATS])
            raise ProtocolError(406, f"answers are available as {offers}; the Accept header allows none of them")

        async def compute() -> CachedAnswer:
            request = EngineRequest("query", operation.text, operation.params, self.settings.max_rows)
            answer = await self.backend.pool.send(request)
            prefixes = query_prefixes(operation.text)
            if len(answer.body) > IN_THREAD_BYTES:
                result = await anyio.to_thread.run_sync(payload, answer, operation.text, accept, prefixes)
            else:
                result = payload(answer, operation.text, accept, prefixes)
            return CachedAnswer(200, result.body, result.media_type, answer_headers(result, self.settings.max_rows))

        if not is_repeatable(operation.text):
            return await compute()
        key = ("sparql", self.backend.generation, operation.text, operation.params, kinds)
        return await self.backend.cache.answer(key, compute)

    async def update(self, operation: Operation) -> Response:
        """Run an authorized update through the front (the engines are read-only)."""
        if operation.params:
            raise ProtocolError(
                400, "using-graph-uri and using-named-graph-uri are not supported: write USING in the update"
            )
        await self.backend.update(operation.text)
        return Response(status_code=204)

    def description(self, request: Request) -> Response:
        """The service description; a browser is sent to the query editor instead."""
        accept = requested_format(request)
        media_type = negotiate(accept, [*GRAPH_FORMATS, "text/html"])
        if media_type == "text/html":
            return RedirectResponse("/", status_code=303)
        media_type = media_type or "text/turtle"
        endpoint = str(request.url.replace(query=""))
        body = rdf_bytes(service_description(endpoint, self.settings), GRAPH_FORMATS[media_type], SD_PREFIXES)
        return Response(body, headers={"Vary": "Accept"}, media_type=media_type)


SD_PREFIXES = {
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "formats": "http://www.w3.org/ns/formats/",
    "void": "http://rdfs.org/ns/void#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
