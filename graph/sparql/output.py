"""Writing query results: a rich table for people, CSV/TSV/JSON for programs, Turtle or JSON-LD
for CONSTRUCT and DESCRIBE. Local and remote results are both pyoxigraph objects, so one writer
serves both."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

from pyoxigraph import (
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    serialize,
)
from rich.console import Console
from rich.table import Table

from graph.escape import shorten
from graph.rows import Term, rows
from graph.sparql.library import QueryError, Results

FORMATS = ("table", "csv", "tsv", "json", "jsonld", "ttl")
SOLUTION_FORMATS = {
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
}
GRAPH_FORMATS = {"ttl": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD}
FORMAT_BY_SUFFIX = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".json": "json",
    ".srj": "json",
    ".jsonld": "jsonld",
    ".ttl": "ttl",
    ".txt": "table",
}


def output_format(requested: str | None, output: Path | None, results: Results) -> str:
    """The format to write: as asked, else from the output file's suffix, else the default
    (a table for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE)."""
    graph = not isinstance(results, QuerySolutions | QueryBoolean)
    chosen = requested or (FORMAT_BY_SUFFIX.get(output.suffix.lower()) if output else None)
    chosen = chosen or "table"
    if graph and chosen == "table":
        return "ttl"
    if graph and chosen not in GRAPH_FORMATS:
        raise QueryError(f"format '{chosen}' is for SELECT/ASK results; this query returns RDF (use ttl or jsonld)")
    if not graph and chosen in GRAPH_FORMATS:
        raise QueryError(f"format '{chosen}' is for RDF; this query returns solutions (use table, csv, tsv or json)")
    return chosen


def serialize_results(results: Results, fmt: str, prefixes: Mapping[str, str]) -> bytes:
    """The results in ``fmt`` (csv, tsv, json, jsonld or ttl) as bytes."""
    if isinstance(results, QuerySolutions | QueryBoolean):
        data = results.serialize(format=SOLUTION_FORMATS[fmt])
        return data if data is not None else b""
    triples = list(results)
    data = serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=turtle_prefixes(triples, prefixes))
    return data if data is not None else b""


def turtle_prefixes(triples: list[Triple], prefixes: Mapping[str, str]) -> dict[str, str]:
    """The prefixes worth declaring: used by some IRI, and never needing an escaped local name
    (``id:objective\\/8`` is harder to read than the full IRI)."""
    iris = {term.value for triple in triples for term in triple if isinstance(term, NamedNode)}
    iris |= {term.datatype.value for triple in triples for term in triple if isinstance(term, Literal)}
    chosen: dict[str, str] = {}
    for name, namespace in prefixes.items():
        locals_ = [iri[len(namespace) :] for iri in iris if namespace and iri.startswith(namespace)]
        if locals_ and all(re.fullmatch(r"[A-Za-z_][\w-]*", local) for local in locals_):
            chosen[name] = namespace
    return chosen


def compact(term: Term | None, prefixes: Mapping[str, str]) -> str:
    """A term as a person reads it: ``id:organization/caref`` for IRIs, the text of literals."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for name, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
            if namespace and term.value.startswith(namespace):
                return f"{name}:{term.value[len(namespace) :]}"
        return f"<{term.value}>"
    if isinstance(term, Literal):
        return term.value
    return str(term)


TABLE_TEXT_LIMIT = 80
"""Longer literals are cut in tables (with an ellipsis): a table is for reading; csv, tsv and json
keep every character."""


def results_table(results: QuerySolutions, prefixes: Mapping[str, str]) -> Table:
    """A rich table of SELECT results, with the row count as caption; cells fold rather than
    lose characters, except long texts, which are cut at TABLE_TEXT_LIMIT."""
    table = Table(show_lines=False)
    for variable in results.variables:
        table.add_column(variable.value, overflow="fold")
    found = rows(results)
    for row in found:
        table.add_row(*(table_cell(term, prefixes) for term in row.values()))
    table.caption = f"{len(found)} row{'s' if len(found) != 1 else ''}"
    return table


def table_cell(term: Term | None, prefixes: Mapping[str, str]) -> str:
    text = compact(term, prefixes)
    return shorten(text, TABLE_TEXT_LIMIT)


def render_results(results: Results, fmt: str, prefixes: Mapping[str, str], width: int | None = None) -> bytes:
    """The bytes ``gcmkg query`` prints or writes: a table, a boolean, or a serialization."""
    if fmt != "table":
        return serialize_results(results, fmt, prefixes)
    if isinstance(results, QueryBoolean):
        return b"true\n" if bool(results) else b"false\n"
    if not isinstance(results, QuerySolutions):
        raise QueryError("a table shows SELECT results; this query returns RDF")
    buffer = io.StringIO()
    console = Console(file=buffer, width=width or 120, force_terminal=False, no_color=True)
    console.print(results_table(results, prefixes))
    return buffer.getvalue().encode("utf-8")
