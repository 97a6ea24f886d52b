"""Running the query library on any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, Virtuoso, ...).

The same ``.rq`` files run remotely through SPARQLWrapper: POST, JSON results for SELECT and
ASK, Turtle for CONSTRUCT and DESCRIBE, a timeout, and a User-Agent that says who is asking.
Remote engines have no parameter substitution, so parameters are bound with VALUES blocks built
from serialized RDF terms (:func:`with_values`), never by pasting user input.
The answer is parsed back into pyoxigraph objects, so every output format of ``gcmkg query``
works the same on remote and embedded results.
"""

from __future__ import annotations

import ast
import re
import socket
import urllib.error
from collections.abc import Mapping
from http.client import HTTPException

from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results
from SPARQLWrapper import JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from graph import __version__
from graph.errors import GcmkgError
from graph.escape import shorten
from graph.sparql.binding import with_values
from graph.sparql.library import Query, QuerySyntaxError, Results, bind_parameters

USER_AGENT = f"gcmkg/{__version__} (+https://w3id.org/gcmkg)"
DEFAULT_TIMEOUT = 30
HTTP_STATUS = {
    "Unauthorized": "401 Unauthorized",
    "EndPointNotFound": "404 Not Found",
    "URITooLong": "414 URI Too Long",
    "EndPointInternalError": "500 Internal Server Error",
}
"""The HTTP status behind each SPARQLWrapper exception, which only keeps the response body."""


class EndpointError(GcmkgError):
    """The endpoint could not be reached, timed out, or answered with an HTTP error."""

    exit_code = 1

    def __init__(self, message: str, timed_out: bool = False) -> None:
        super().__init__(message)
        self.timed_out = timed_out


# ------------------------------------------------------------------------------ querying


def remote_text(query: Query, values: Mapping[str, str] | None = None) -> str:
    """The query text sent to an endpoint: the file's text with parameters bound by VALUES."""
    return with_values(query.text, bind_parameters(query, values or {}))


def run_remote(
    endpoint: str,
    query: Query,
    values: Mapping[str, str] | None = None,
    timeout: int = DEFAULT_TIMEOUT,
) -> Results:
    """Run a library query on a remote SPARQL endpoint and return pyoxigraph results.

    Raises EndpointError for unreachable hosts, timeouts and HTTP errors, and QuerySyntaxError
    when the endpoint rejects the query as malformed (HTTP 400).
    """
    text = remote_text(query, values)
    body, content_type = fetch(endpoint, text, query.form, timeout)
    return parse_answer(body, content_type, query.form, endpoint)


def sparql_client(endpoint: str, text: str, form: str, timeout: int) -> SPARQLWrapper:
    """A SPARQLWrapper configured for POST with content negotiation only (no format=
    parameter, which some endpoints reject) and a timeout in seconds."""
    client = SPARQLWrapper(endpoint, agent=USER_AGENT)
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setOnlyConneg(True)
    client.setReturnFormat(JSON if form in {"SELECT", "ASK"} else TURTLE)
    client.setTimeout(timeout)
    client.setQuery(text)
    # SPARQLWrapper guesses the form by searching for keywords and would take the "ADD" in a
    # comment such as "# ... address ..." for an update; we know the form, so say it.
    client.queryType = form
    return client


def fetch(endpoint: str, text: str, form: str, timeout: int) -> tuple[bytes, str]:
    """The raw answer and its media type; every failure becomes an EndpointError."""
    client = sparql_client(endpoint, text, form, timeout)
    try:
        answer = client.query()
        body = answer.response.read()
        content_type = answer.info().get("content-type", "")
    except REMOTE_ERRORS as error:
        raise remote_failure(endpoint, error, timeout, text) from None
    return body, content_type.split(";")[0].strip()


REMOTE_ERRORS = (SPARQLWrapperException, OSError, HTTPException)
"""Everything a request to an endpoint can raise: SPARQLWrapper's HTTP errors, urllib's HTTP and
connection errors and timeouts (all ``OSError``), and a broken HTTP answer."""


def remote_failure(
    endpoint: str, error: Exception, timeout: float, text: str | None = None
) -> EndpointError | QuerySyntaxError:
    """The one path from any failure of a remote request to a one-line message the user can act on.

    A rejected query (HTTP 400) with its text becomes a located syntax error; an HTTP error keeps
    its status and the server's own words; a timeout and a refused connection say which they were.
    """
    if isinstance(error, QueryBadFormed) and text is not None:
        return rejected_query(text, endpoint, response_text(error))
    if isinstance(error, SPARQLWrapperException):
        status = HTTP_STATUS.get(type(error).__name__, "error")
        return EndpointError(f"{endpoint} answered HTTP {status}: {one_line(response_text(error))}")
    if isinstance(error, urllib.error.HTTPError):
        detail = one_line(error.read().decode("utf-8", "replace")) if error.fp else ""
        return EndpointError(
            f"{endpoint} answered HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
        )
    if isinstance(error, urllib.error.URLError):
        return unreachable(endpoint, error.reason, timeout)
    return unreachable(endpoint, error, timeout)


def one_line(text: str, limit: int = 300) -> str:
    """A server's message folded onto one line and cut, so an HTML error page stays readable."""
    return shorten(" ".join(text.split()), limit)


def unreachable(endpoint: str, reason: object, timeout: float) -> EndpointError:
    """A timeout or a connection failure, worded so the user knows which one it was."""
    if isinstance(reason, TimeoutError | socket.timeout) or "timed out" in str(reason):
        return EndpointError(f"{endpoint} did not answer within {timeout:g} s (timeout)", timed_out=True)
    return EndpointError(f"cannot reach {endpoint}: {reason}")


def response_text(error: SPARQLWrapperException) -> str:
    """The server's own message inside a SPARQLWrapper exception (it keeps only a repr)."""
    message = str(error)
    found = re.search(r"Response:\n(b(['\"]).*\2)\s*$", message, re.DOTALL)
    if not found:
        return message
    try:
        raw = ast.literal_eval(found.group(1))
    except (ValueError, SyntaxError):
        return found.group(1)
    return raw.decode("utf-8", "replace").strip() if isinstance(raw, bytes) else str(raw)


def rejected_query(text: str, endpoint: str, message: str) -> QuerySyntaxError:
    """An HTTP 400 as a syntax error: located with a caret when the server gives line:column."""
    found = re.search(r"(\d+):(\d+)", message)
    line, column = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
    return QuerySyntaxError(text, line, column, f"{endpoint} rejected the query: {message}")


def parse_answer(body: bytes, content_type: str, form: str, endpoint: str) -> Results:
    """pyoxigraph results from the endpoint's bytes, so the formatters need no remote case."""
    try:
        if form in {"SELECT", "ASK"}:
            results_format = QueryResultsFormat.from_media_type(content_type) or QueryResultsFormat.JSON
            return parse_query_results(body, results_format)
        rdf_format = RdfFormat.from_media_type(content_type) or RdfFormat.TURTLE
        return [quad.triple for quad in parse(body, rdf_format)]
    except (SyntaxError, ValueError) as error:
        raise EndpointError(
            f"{endpoint} answered with something that is not valid {content_type or 'results'}: {error}"
        ) from None
