"""``gcmkg push``: load the built graph into a running SPARQL 1.1 store, idempotently.

First choice is the Graph Store HTTP Protocol: one ``PUT`` replaces the target graph with the
file, so pushing twice leaves the same triples. Stores that do not offer it (or not at that URL)
get SPARQL Update instead: the graph is cleared, then filled with ``INSERT DATA`` in batches small
enough for any server's request limit. Either way the result is the same set of triples.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal as Choice

from pyoxigraph import RdfFormat, Triple, parse

from graph.sparql.remote import DEFAULT_TIMEOUT, USER_AGENT, EndpointError, unreachable

Method = Choice["auto", "gsp", "update"]
DEFAULT_BATCH_SIZE = 5000
NO_GRAPH_STORE = {400, 404, 405, 406, 415, 501}
"""HTTP statuses that mean "no Graph Store Protocol here" rather than "you may not"."""


@dataclass(frozen=True)
class PushReport:
    """What was pushed where, for the CLI to print."""

    method: str
    triples: int
    requests: int
    graph: str | None


def push_graph(
    endpoint: str,
    ntriples: bytes,
    graph: str | None = None,
    update_endpoint: str | None = None,
    method: Method = "auto",
    batch_size: int = DEFAULT_BATCH_SIZE,
    timeout: int = DEFAULT_TIMEOUT,
) -> PushReport:
    """Replace ``graph`` (default graph when None) at the store with the N-Triples ``ntriples``.

    ``endpoint`` is the store's Graph Store Protocol URL (Oxigraph ``/store``, Fuseki
    ``/DATASET/data``); ``update_endpoint`` its SPARQL Update URL, by default guessed from it.
    """
    triples = parse_triples(ntriples)
    if method in {"auto", "gsp"}:
        try:
            put_graph(endpoint, ntriples, graph, timeout)
            return PushReport("Graph Store HTTP Protocol PUT", len(triples), 1, graph)
        except urllib.error.HTTPError as error:
            if method == "gsp" or error.code not in NO_GRAPH_STORE:
                raise http_failure(endpoint, "PUT", error) from None
    target = update_endpoint or update_url_for(endpoint)
    requests = replace_with_updates(target, triples, graph, batch_size, timeout)
    return PushReport("SPARQL Update (INSERT DATA in batches)", len(triples), requests, graph)


def parse_triples(ntriples: bytes) -> list[Triple]:
    """The triples of an N-Triples document, parsed (and so checked) before anything is sent."""
    try:
        return [quad.triple for quad in parse(ntriples, RdfFormat.N_TRIPLES)]
    except SyntaxError as error:
        raise EndpointError(f"the graph to push is not valid N-Triples: {error}") from None


def put_graph(endpoint: str, ntriples: bytes, graph: str | None, timeout: int) -> None:
    """Graph Store Protocol PUT of the whole graph (replaces what was there)."""
    request = urllib.request.Request(
        graph_store_url(endpoint, graph),
        data=ntriples,
        method="PUT",
        headers={"Content-Type": "application/n-triples", "User-Agent": USER_AGENT},
    )
    send(request, endpoint, timeout)


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """``URL?default`` or ``URL?graph=IRI`` (percent-encoded), keeping any existing query."""
    parameter = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{parameter}"


def update_url_for(endpoint: str) -> str:
    """The SPARQL Update URL next to a Graph Store URL: Oxigraph serves ``/store`` and
    ``/update``, Fuseki ``/DATASET/data`` and ``/DATASET/update``; Virtuoso and others take
    updates at the query URL itself."""
    base, slash, last = endpoint.rstrip("/").rpartition("/")
    if slash and last in {"store", "data", "query"}:
        return f"{base}/update"
    return endpoint


def replace_with_updates(url: str, triples: list[Triple], graph: str | None, batch_size: int, timeout: int) -> int:
    """Clear the graph, then INSERT DATA in batches; returns the number of requests sent."""
    requests = 0
    for update in update_requests(triples, graph, batch_size):
        post_update(url, update, timeout)
        requests += 1
    return requests


def update_requests(triples: list[Triple], graph: str | None, batch_size: int) -> Iterator[str]:
    """The SPARQL Update texts: one CLEAR, then INSERT DATA batches of ``batch_size`` triples.

    Terms are written by pyoxigraph's N-Triples serializer, whose escaping is valid SPARQL.
    """
    if batch_size < 1:
        raise EndpointError("--batch-size must be at least 1")
    yield f"CLEAR SILENT GRAPH <{graph}>" if graph else "CLEAR SILENT DEFAULT"
    for start in range(0, len(triples), batch_size):
        body = "\n".join(f"{triple} ." for triple in triples[start : start + batch_size])
        yield f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}" if graph else f"INSERT DATA {{\n{body}\n}}"


def post_update(url: str, update: str, timeout: int) -> None:
    request = urllib.request.Request(
        url,
        data=update.encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/sparql-update", "User-Agent": USER_AGENT},
    )
    try:
        send(request, url, timeout)
    except urllib.error.HTTPError as error:
        raise http_failure(url, "SPARQL Update", error) from None


def send(request: urllib.request.Request, endpoint: str, timeout: int) -> None:
    """Send one request; connection failures and timeouts become EndpointError, HTTP errors
    are left to the caller, which knows whether to fall back."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError:
        raise
    except urllib.error.URLError as error:
        raise unreachable(endpoint, error.reason, timeout) from None
    except OSError as error:
        raise unreachable(endpoint, error, timeout) from None


def http_failure(url: str, what: str, error: urllib.error.HTTPError) -> EndpointError:
    detail = error.read().decode("utf-8", "replace").strip()[:500]
    return EndpointError(
        f"{what} to {url} failed: HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
    )
