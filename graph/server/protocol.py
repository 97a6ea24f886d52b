"""The SPARQL 1.1 Protocol's ways of sending an operation, read into one value, and the checks that
need no engine: size, encoding, ``SERVICE``, and who may update.

Every refusal is a ProtocolError carrying its HTTP status and a message a person can act on, so
the route turns it into a plain-text answer and no exception text or traceback reaches a client.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request

from graph.errors import GcmkgError
from graph.server.scan import text_facts

DATASET_PARAMETERS = {
    "query": ("default-graph-uri", "named-graph-uri"),
    "update": ("using-graph-uri", "using-named-graph-uri"),
}
FORM_OVERHEAD = 3
"""Percent-encoding can triple a form body, so a form may be this many times the query limit."""


class ProtocolError(GcmkgError):
    """A request the server refuses, with the status and message to answer it with."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.headers = headers or {}
        super().__init__(message)


@dataclass(frozen=True)
class Operation:
    """A SPARQL query or update with its protocol parameters (the dataset to run it over)."""

    kind: str
    text: str
    params: tuple[tuple[str, str], ...] = ()


async def read_operation(request: Request, max_bytes: int) -> Operation | None:
    """The operation a GET or POST to ``/sparql`` carries, or None for a bare GET (which asks for
    the service description). Raises ProtocolError for anything the protocol does not allow."""
    if request.method in ("GET", "HEAD"):
        pairs = request.query_params.multi_items()
        if not any(name in ("query", "update") for name, _ in pairs):
            return None
        return operation_from_pairs(pairs, max_bytes, via_get=True)
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    url_pairs = request.query_params.multi_items()
    if media_type in ("application/sparql-query", "application/sparql-update"):
        kind = media_type.rsplit("-", 1)[1]
        body = await read_body(request, max_bytes, kind)
        return checked(Operation(kind, decode(body), dataset_params(kind, url_pairs)), max_bytes)
    if media_type == "application/x-www-form-urlencoded":
        body = await read_body(request, max_bytes * FORM_OVERHEAD + 4096, "form")
        return operation_from_pairs(form_pairs(body), max_bytes, via_get=False)
    raise ProtocolError(
        415,
        "send the query as application/sparql-query, the update as application/sparql-update, "
        "or either as an application/x-www-form-urlencoded form ('query=' or 'update=')",
    )


def operation_from_pairs(pairs: list[tuple[str, str]], max_bytes: int, via_get: bool) -> Operation:
    """The operation named by ``query=`` or ``update=`` among form or URL parameters."""
    queries = [value for name, value in pairs if name == "query"]
    updates = [value for name, value in pairs if name == "update"]
    if len(queries) + len(updates) != 1:
        raise ProtocolError(400, "send exactly one 'query' or one 'update' parameter")
    if updates and via_get:
        raise ProtocolError(405, "SPARQL Update is only accepted by POST", {"Allow": "POST"})
    kind = "query" if queries else "update"
    return checked(Operation(kind, (queries or updates)[0], dataset_params(kind, pairs)), max_bytes)


def dataset_params(kind: str, pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The protocol parameters passed on to the engine: the graphs the operation runs over."""
    return tuple((name, value) for name, value in pairs if name in DATASET_PARAMETERS[kind])


async def read_body(request: Request, limit: int, what: str) -> bytes:
    """The request body, refused with 413 as soon as it grows past ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(what, limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(what, limit)
        parts.append(chunk)
    return b"".join(parts)


def too_large(what: str, limit: int) -> ProtocolError:
    return ProtocolError(413, f"the {what} is larger than this server accepts ({limit:,} bytes)")


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"the request body is not UTF-8 ({error.reason} at byte {error.start})") from None


def form_pairs(body: bytes) -> list[tuple[str, str]]:
    """The fields of a urlencoded form; percent-escapes must decode to UTF-8."""
    try:
        return parse_qsl(decode(body), keep_blank_values=True, errors="strict", max_num_fields=64)
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"the form is not UTF-8 once decoded ({error.reason})") from None
    except ValueError as error:
        raise ProtocolError(400, f"the form cannot be read: {error}") from None


def checked(operation: Operation, max_bytes: int) -> Operation:
    """``operation``, if its text is within the size limit and not empty."""
    size = len(operation.text.encode("utf-8"))
    if size > max_bytes:
        raise ProtocolError(
            413, f"the {operation.kind} is {size:,} bytes; this server accepts at most {max_bytes:,} bytes"
        )
    if not operation.text.strip():
        raise ProtocolError(400, f"the {operation.kind} is empty")
    return operation


def keyword_positions(text: str, keyword: str) -> list[int]:
    """Offsets where ``keyword`` (SERVICE or LOAD) is used as a SPARQL keyword in ``text``."""
    return list(text_facts(text).positions(keyword))


def refuse_remote_access(operation: Operation) -> None:
    """Refuse ``SERVICE`` (queries of other endpoints) and ``LOAD`` (fetching a URL): without
    ``--allow-service`` the server never makes a request a client chose."""
    for keyword in ("SERVICE", "LOAD") if operation.kind == "update" else ("SERVICE",):
        positions = keyword_positions(operation.text, keyword)
        if positions:
            line, column = line_column(operation.text, positions[0])
            raise ProtocolError(
                400,
                f"{keyword} is disabled on this endpoint (line {line}, column {column}); "
                "the server was not started with --allow-service",
            )


def refuse_deep_nesting(operation: Operation, max_depth: int) -> None:
    """Refuse brackets nested deeper than ``max_depth``: such a query would overflow the engine's
    stack (5,000 nested groups crashed it), and no real question needs it."""
    depth = text_facts(operation.text).depth
    if depth > max_depth:
        raise ProtocolError(
            400, f"the {operation.kind} nests brackets {depth} deep; this server accepts at most {max_depth}"
        )


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def authorize_update(authorization: str | None, token: str | None) -> None:
    """Let an update through only on a writable server and with its token.

    403 when the server is read-only or the token is wrong; 401 (with ``WWW-Authenticate``) when
    no bearer token was sent at all. Tokens are compared in constant time.
    """
    if not token:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is disabled")
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ProtocolError(
            401, "SPARQL Update needs the header 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ProtocolError(403, "the write token is not valid")
