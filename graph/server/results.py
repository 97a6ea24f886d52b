"""Engine answers turned into what the client asked for, or into a clear refusal.

The engine always answers in line-based formats (TSV for solutions, N-Triples for graphs), which
the pool cuts at the row cap while they stream. Here pyoxigraph converts them, losslessly, into
the negotiated format; the engine's errors become messages with a line and column (syntax) or a
504 (the engine's own timeout). Converting is pure CPU work on bytes, so it runs anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat, Triple, parse, parse_query_results, serialize

from graph.namespaces import PREFIXES
from graph.server.negotiation import GRAPH_FORMATS, SOLUTION_FORMATS, negotiate
from graph.server.pool import EngineAnswer
from graph.server.protocol import ProtocolError
from graph.sparql.library import syntax_report
from graph.sparql.output import turtle_prefixes

CANCELLED = "The SPARQL operation has been cancelled"
"""What Oxigraph appends to an answer it stopped at its own ``--timeout-s``."""


@dataclass(frozen=True)
class Payload:
    """A body ready to send: its media type, how many rows (solutions or triples) it holds, and
    whether the row cap cut it short."""

    body: bytes
    media_type: str
    rows: int | None
    truncated: bool


def is_solutions(answer: EngineAnswer) -> bool:
    """SELECT and ASK answers come as TSV, CONSTRUCT and DESCRIBE answers as N-Triples."""
    return answer.content_type.startswith("text/tab-separated-values")


def refusal(answer: EngineAnswer, text: str) -> ProtocolError:
    """The engine's non-200 answer as an error for the client; syntax errors are located."""
    message = answer.body.decode("utf-8", "replace").strip()
    if answer.status == 400:
        return ProtocolError(400, syntax_message(text, message))
    if answer.status >= 500:
        return ProtocolError(500, f"the query failed: {message}")
    return ProtocolError(answer.status, message or f"the engine answered {answer.status}")


def syntax_message(text: str, engine_message: str) -> str:
    """``invalid SPARQL at line L, column C: reason`` with the line and a caret, from Oxigraph's
    ``error at L:C: expected one of …`` (whose lists of Unicode ranges are left out)."""
    found = re.match(r"error at (\d+):(\d+): (.*)", engine_message, re.DOTALL)
    if not found:
        return f"invalid request: {engine_message}"
    line, column = int(found.group(1)), int(found.group(2))
    return syntax_report(text, line, column, readable_reason(found.group(3)))


def readable_reason(message: str) -> str:
    """The parser's expectation without character-class lists: ``expected one of ",", "{"``."""
    message = re.sub(r"\[[^\]]*\]", "", message.replace("\n", " "))
    message = re.sub(r"(?:,\s*){2,}", ", ", message).strip(" ,")
    if "Prefix not found" in message or "not declared" in message:
        return message
    return message or "unexpected text"


def split_failure(body: bytes) -> tuple[bytes, str | None]:
    """The complete lines of a streamed answer, and the engine's error if it stopped mid-way.

    Rows end with a line break; Oxigraph writes an error that interrupts an answer it already
    began as plain text after the last complete row.
    """
    end = body.rfind(b"\n") + 1
    tail = body[end:].strip()
    if not tail or (end == 0 and tail in (b"true", b"false")):
        return body, None
    return body[:end], tail.decode("utf-8", "replace")


def payload(answer: EngineAnswer, text: str, accept: str | None, prefixes: Mapping[str, str]) -> Payload:
    """The client's body for a successful engine answer in the format ``accept`` prefers.

    Raises ProtocolError: 406 when the client accepts no format for this kind of answer, 504
    when the engine stopped the query itself, 500 when the evaluation failed mid-way.
    """
    if answer.status != 200:
        raise refusal(answer, text)
    body, failure = split_failure(answer.body)
    if failure is not None:
        if CANCELLED in failure:
            raise ProtocolError(504, "the query was stopped: it ran past the time limit")
        raise ProtocolError(500, f"the query failed while answering: {failure}")
    if is_solutions(answer):
        return solutions_payload(body, accept, answer.truncated)
    return graph_payload(body, accept, answer.truncated, prefixes)


def solutions_payload(tsv: bytes, accept: str | None, truncated: bool) -> Payload:
    """SELECT or ASK results (TSV from the engine) in the negotiated results format."""
    media_type = negotiate(accept, list(SOLUTION_FORMATS))
    if media_type is None:
        raise not_acceptable("SELECT and ASK results", list(SOLUTION_FORMATS))
    is_boolean = b"\n" not in tsv
    rows = None if is_boolean else tsv.count(b"\n") - 1
    fmt = SOLUTION_FORMATS[media_type]
    if fmt == QueryResultsFormat.TSV:
        return Payload(tsv, media_type, rows, truncated)
    converted = parse_query_results(tsv, QueryResultsFormat.TSV).serialize(format=fmt)
    return Payload(converted or b"", media_type, rows, truncated)


def graph_payload(ntriples: bytes, accept: str | None, truncated: bool, prefixes: Mapping[str, str]) -> Payload:
    """CONSTRUCT or DESCRIBE results (N-Triples from the engine) in the negotiated RDF format."""
    media_type = negotiate(accept, list(GRAPH_FORMATS))
    if media_type is None:
        raise not_acceptable("CONSTRUCT and DESCRIBE results", list(GRAPH_FORMATS))
    rows = ntriples.count(b"\n")
    fmt = GRAPH_FORMATS[media_type]
    if fmt == RdfFormat.N_TRIPLES:
        return Payload(ntriples, media_type, rows, truncated)
    return Payload(rdf_bytes(parse_triples(ntriples), fmt, prefixes), media_type, rows, truncated)


def parse_triples(ntriples: bytes) -> list[Triple]:
    return [quad.triple for quad in parse(ntriples, format=RdfFormat.N_TRIPLES)]


def rdf_bytes(triples: list[Triple], fmt: RdfFormat, prefixes: Mapping[str, str]) -> bytes:
    """``triples`` serialized, with only the prefixes that make Turtle and RDF/XML shorter."""
    used = turtle_prefixes(triples, prefixes) if fmt in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else {}
    return serialize(triples, format=fmt, prefixes=used) or b""


def not_acceptable(what: str, offers: list[str]) -> ProtocolError:
    return ProtocolError(406, f"{what} are available as {', '.join(offers)}; the Accept header allows none of them")


def query_prefixes(text: str) -> dict[str, str]:
    """The project's prefixes plus those the query declares, for readable Turtle."""
    declared = dict(re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>", text))
    return {**PREFIXES, **declared}
