"""The SPARQL query library: query files, typed parameters, running them and printing results.

Each ``queries/*.rq`` file holds one query and opens with a comment header::

    # title: Supporters of an objective
    # description: Who supports GCM objective N, through which demand, with the quote.
    #   Continuation lines are indented by two spaces or more.
    # param: objective (iri in id:objective/, default 8): the objective number, 1 to 23
    # example: gcmkg query supporters_of_objective --param objective=13

Parameter types are string, integer, decimal, boolean, date and iri; ``iri in id:organization/``
also accepts a bare id (``caref``) resolved in that namespace. ``(type, required)`` instead of a
default makes a parameter mandatory. Each parameter must be a variable the query projects.

Parameters are bound as typed RDF terms, never pasted into the query: on the embedded store through
pyoxigraph's ``substitutions=`` (SEP-0007), elsewhere through a ``VALUES`` block built from
serialized terms (:func:`graph.sparql.binding.with_values`). A value that tries to break out of its literal is just
a literal. Files named ``*_violation.rq`` must return no rows on valid data; ``gcmkg build`` runs
them through :func:`run_violation_checks`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote

from pyoxigraph import (
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Store,
    Triple,
    Variable,
)

from graph.errors import GcmkgError
from graph.namespaces import PREFIXES
from graph.paths import QUERIES_DIR
from graph.rows import Term, rows
from graph.sparql.binding import with_values
from graph.sparql.tokens import query_form, strip_comments

Results = QuerySolutions | QueryBoolean | QueryTriples | list[Triple]
"""What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""

XSD = "http://www.w3.org/2001/XMLSchema#"
HEADER_FIELDS = ("title", "description", "param", "example")


class QueryError(GcmkgError):
    """A mistake in what the user asked for: an unknown query, a bad parameter, bad SPARQL."""

    exit_code = 2


class QueryFileError(QueryError):
    """A query name that is not in the library, or a query file whose header cannot be used."""


class ParameterError(QueryError):
    """A missing, unknown or ill-typed parameter; the message lists the query's parameters."""


class QuerySyntaxError(QueryError):
    """SPARQL the engine cannot parse; the message names line and column and shows a caret."""

    def __init__(self, text: str, line: int, column: int, reason: str) -> None:
        self.line, self.column, self.reason = line, column, reason
        super().__init__(syntax_report(text, line, column, reason))


# ----------------------------------------------------------------------------- parameters


def _integer(value: str) -> Literal:
    if not re.fullmatch(r"[+-]?\d+", value.strip()):
        raise ValueError("expected a whole number such as 8")
    return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))


def _decimal(value: str) -> Literal:
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value.strip()):
        raise ValueError("expected a decimal number such as 0.8")
    return Literal(value.strip(), datatype=NamedNode(XSD + "decimal"))


def _boolean(value: str) -> Literal:
    words = {"true": "true", "yes": "true", "1": "true", "false": "false", "no": "false", "0": "false"}
    if value.strip().lower() not in words:
        raise ValueError("expected true or false")
    return Literal(words[value.strip().lower()], datatype=NamedNode(XSD + "boolean"))


def _date(value: str) -> Literal:
    try:
        day = datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError("expected a date such as 2025-03-18") from None
    return Literal(day.isoformat(), datatype=NamedNode(XSD + "date"))


def _string(value: str) -> Literal:
    return Literal(value)


PARAMETER_TYPES: dict[str, Callable[[str], Literal]] = {
    "string": _string,
    "integer": _integer,
    "decimal": _decimal,
    "boolean": _boolean,
    "date": _date,
}
"""Parameter types and the typed literal each value becomes; ``iri`` is handled on its own because
it expands prefixed names with the query's own PREFIX declarations."""


@dataclass(frozen=True)
class Parameter:
    """One declared parameter: a variable of the query the caller may bind."""

    name: str
    type: str
    default: str | None
    description: str
    base: str | None = None
    """For ``iri in id:organization/``: the namespace a bare id such as ``caref`` is resolved in."""

    @property
    def required(self) -> bool:
        return self.default is None

    def signature(self) -> str:
        """``name: type = default`` (or ``(required)``), as listings and error messages show it."""
        given = "(required)" if self.default is None else f"= {self.default}"
        kind = f"{self.type} in {self.base}" if self.base else self.type
        return f"{self.name}: {kind} {given}"


@dataclass(frozen=True)
class Query:
    """A query file: its header fields and its SPARQL text, exactly as written."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    examples: tuple[str, ...]
    text: str
    path: Path | None = None

    @property
    def is_violation(self) -> bool:
        """Violation queries must return no rows on valid data; ``gcmkg build`` fails otherwise."""
        return self.name.endswith("_violation")

    @cached_property
    def form(self) -> str:
        """SELECT, CONSTRUCT, ASK or DESCRIBE: decides which output formats make sense."""
        return query_form(self.text)

    @cached_property
    def prefixes(self) -> dict[str, str]:
        """The PREFIX declarations of the query, for compact IRIs in tables and Turtle."""
        declared = dict(re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>", self.text))
        return {**{name: str(ns) for name, ns in PREFIXES.items()}, **declared}

    def parameters_help(self) -> str:
        """The parameter list that every parameter error repeats, so the fix is on screen."""
        if not self.parameters:
            return f"query '{self.name}' takes no parameters"
        lines = [f"parameters of '{self.name}':"]
        lines += [f"  {p.signature()}  {p.description}".rstrip() for p in self.parameters]
        return "\n".join(lines)


def term_for(query: Query, parameter: Parameter, value: str) -> Term:
    """The RDF term ``value`` stands for, typed as the parameter declares."""
    if parameter.type == "iri":
        return _iri(value, query.prefixes, parameter.base)
    return PARAMETER_TYPES[parameter.type](value)


def _iri(value: str, prefixes: Mapping[str, str], base: str | None = None) -> NamedNode:
    """An absolute IRI, a prefixed name such as ``id:organization/caref``, or, when the
    parameter declares a namespace (``iri in id:organization/``), a bare id such as ``caref``.
    An empty value and ``.``/``..`` path segments (``id:organization/../objective/8`` names
    another resource than it seems to) are refused."""
    if not value.strip():
        raise ValueError("the value is empty: give an id or an IRI")
    text = _expand(value.strip(), prefixes)
    if base and ":" not in value:
        text = _expand(base, prefixes) + value.strip()
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", text):
        raise ValueError("expected an absolute IRI or a prefixed name such as id:objective/8")
    path = re.split(r"[?#]", text, maxsplit=1)[0]
    if any(unquote(segment) in (".", "..") for segment in path.split("/")[3 if "://" in path else 1 :]):
        raise ValueError("'.' and '..' path segments are not accepted: give the resource's own IRI")
    try:
        return NamedNode(text)
    except ValueError as error:
        raise ValueError(f"not a valid IRI ({error})") from None


def _expand(name: str, prefixes: Mapping[str, str]) -> str:
    prefix, colon, local = name.partition(":")
    return prefixes[prefix] + local if colon and prefix in prefixes else name


def bind_parameters(query: Query, values: Mapping[str, str]) -> dict[str, Term]:
    """Every parameter's term: the given value or the declared default, checked against its type.

    Raises ParameterError naming the problem and listing the query's parameters.
    """
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise ParameterError(f"unknown parameter '{unknown[0]}'\n{query.parameters_help()}")
    bound: dict[str, Term] = {}
    for parameter in query.parameters:
        value = values.get(parameter.name, parameter.default)
        if value is None:
            raise ParameterError(f"missing parameter '{parameter.name}'\n{query.parameters_help()}")
        try:
            bound[parameter.name] = term_for(query, parameter, value)
        except ValueError as error:
            raise ParameterError(
                f"parameter '{parameter.name}' must be {article(parameter.type)}, got {value!r} ({error})"
                f"\n{query.parameters_help()}"
            ) from None
    return bound


def article(word: str) -> str:
    """``an integer``, ``a string``: error messages read as sentences."""
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    """``["objective=8", "words=missing migrants"]`` → ``{"objective": "8", ...}``."""
    values: dict[str, str] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        if not equals or not name.strip():
            raise ParameterError(f"--param expects name=value, got {assignment!r}")
        values[name.strip()] = value
    return values


# --------------------------------------------------------------------------------- header

_FIELD = re.compile(r"#\s?(\w+):\s?(.*)")
_CONTINUATION = re.compile(r"#\s{2,}(\S.*)")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<type>\w+)(?:\s+in\s+(?P<base>[^\s,)]+))?\s*"
    r"(?:,\s*(?:default\s+(?P<default>[^)]*?)|(?P<required>required)))?\s*\)\s*:?\s*(?P<help>.*)"
)


def header_fields(text: str) -> list[tuple[str, str]]:
    """``(field, value)`` pairs of the leading comment block, continuation lines joined."""
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        continued = _CONTINUATION.fullmatch(stripped)
        found = _FIELD.fullmatch(stripped)
        if found and found.group(1).lower() in HEADER_FIELDS:
            fields.append((found.group(1).lower(), found.group(2).strip()))
        elif continued and fields:
            key, value = fields[-1]
            fields[-1] = (key, f"{value} {continued.group(1).strip()}".strip())
    return fields


def parse_parameter(name: str, value: str) -> Parameter:
    """One ``# param:`` line, e.g. ``objective (integer, default 8): objective number``."""
    found = _PARAM.fullmatch(value)
    if not found:
        raise QueryFileError(
            f"{name}: cannot read '# param: {value}' "
            "(expected 'name (type, default value): help' or 'name (type, required): help')"
        )
    kind = found.group("type").lower()
    if kind not in (*PARAMETER_TYPES, "iri"):
        known = ", ".join((*PARAMETER_TYPES, "iri"))
        raise QueryFileError(f"{name}: parameter type '{kind}' is not one of {known}")
    if found.group("base") and kind != "iri":
        raise QueryFileError(f"{name}: only iri parameters take a namespace ('in {found.group('base')}')")
    default = found.group("default")
    return Parameter(found.group("name"), kind, default, found.group("help").strip(), found.group("base"))


def parse_query(text: str, name: str, path: Path | None = None) -> Query:
    """A Query from the text of a ``.rq`` file; header problems raise QueryFileError."""
    fields = header_fields(text)
    values: dict[str, list[str]] = {key: [] for key in HEADER_FIELDS}
    for key, value in fields:
        values[key].append(value)
    parameters = tuple(parse_parameter(name, value) for value in values["param"])
    query = Query(
        name=name,
        title=" ".join(values["title"]) or name.replace("_", " "),
        description=" ".join(values["description"]),
        parameters=parameters,
        examples=tuple(values["example"]),
        text=text,
        path=path,
    )
    check_parameters(query)
    return query


def check_parameters(query: Query) -> None:
    """Each declared parameter is a variable of the query and its default has the right type."""
    body = strip_comments(query.text)
    seen: set[str] = set()
    for parameter in query.parameters:
        if parameter.name in seen:
            raise QueryFileError(f"{query.name}: parameter '{parameter.name}' is declared twice")
        seen.add(parameter.name)
        if not re.search(rf"[?$]{re.escape(parameter.name)}\b", body):
            raise QueryFileError(
                f"{query.name}: parameter '{parameter.name}' is not a variable of the query "
                f"(no ?{parameter.name} in it)"
            )
        if parameter.default is not None:
            try:
                term_for(query, parameter, parameter.default)
            except ValueError as error:
                raise QueryFileError(
                    f"{query.name}: default of '{parameter.name}' is not {article(parameter.type)} ({error})"
                ) from None


def read_query(path: Path) -> Query:
    """The query in a ``.rq`` file, named by the file's stem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryFileError(f"cannot read query file {path}: {error}") from None
    return parse_query(text, path.stem, path)


def load_library(directory: Path = QUERIES_DIR) -> dict[str, Query]:
    """Every query of the library by name, sorted, so listings and tests are stable."""
    return {path.stem: read_query(path) for path in sorted(directory.glob("*.rq"))}


def resolve_query(name_or_file: str, directory: Path = QUERIES_DIR) -> Query:
    """A library query by name, or any ``.rq`` file by path."""
    candidate = Path(name_or_file)
    if candidate.suffix == ".rq" or candidate.is_file():
        if not candidate.is_file():
            raise QueryFileError(f"query file not found: {name_or_file}")
        return read_query(candidate)
    path = directory / f"{name_or_file}.rq"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in directory.glob("*.rq")))
        raise QueryFileError(
            f"no query named '{name_or_file}' in {directory}\navailable: {names}\n"
            "(run 'gcmkg queries' for titles and parameters)"
        )
    return read_query(path)


# ------------------------------------------------------------------------------- running


def run_query(store: Store, query: Query, values: Mapping[str, str] | None = None) -> Results:
    """Run a library query on a pyoxigraph store with its parameters bound as typed terms.

    Uses pyoxigraph's ``substitutions=``; when the engine refuses them (a parameter the query
    does not project, e.g. in DESCRIBE) it falls back to the VALUES block remote runs use.
    """
    bindings = bind_parameters(query, values or {})
    substitutions = {Variable(name): term for name, term in bindings.items()}
    try:
        return store.query(query.text, substitutions=substitutions)
    except SyntaxError as error:
        raise syntax_error(query.text, str(error)) from None
    except RuntimeError as error:
        if "projection" not in str(error):
            raise QueryError(f"query '{query.name}' failed: {error}") from None

    text = with_values(query.text, bindings)
    try:
        return store.query(text)
    except SyntaxError as error:
        raise syntax_error(text, str(error)) from None


def solution_rows(results: Results) -> list[dict[str, str]]:
    """Rows of a SELECT result as ``{variable: N-Triples term}`` (unbound variables left out):
    comparable across engines and easy to assert on."""
    return [{name: str(term) for name, term in row.items() if term is not None} for row in rows(results)]


def run_violation_checks(store: Store, directory: Path = QUERIES_DIR) -> list[tuple[str, list[dict[str, str]]]]:
    """Each ``*_violation.rq`` query with the rows it returns on ``store``.

    Valid data gives an empty list of rows for every query; ``gcmkg build`` fails on any row.
    """
    checks: list[tuple[str, list[dict[str, str]]]] = []
    for name, query in load_library(directory).items():
        if query.is_violation:
            checks.append((name, solution_rows(run_query(store, query))))
    return checks


# ---------------------------------------------------------------------------- syntax errors


def syntax_error(text: str, engine_message: str) -> QuerySyntaxError:
    """A QuerySyntaxError placed where the problem is.

    pyoxigraph's parser reports the furthest point it reached, often the end of the query, with
    a list of expected character classes; rdflib's parser usually points at the token that
    breaks the grammar. Use rdflib's position when it also rejects the query, else pyoxigraph's.
    """
    located = _rdflib_location(text)
    if located is not None:
        return QuerySyntaxError(text, *located)
    found = re.match(r"error at (\d+):(\d+): (.*)", engine_message, re.DOTALL)
    if not found:
        return QuerySyntaxError(text, 1, 1, engine_message)
    line, column = int(found.group(1)), int(found.group(2))
    return QuerySyntaxError(text, line, column, _readable_reason(found.group(3)))


def _rdflib_location(text: str) -> tuple[int, int, str] | None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseException as error:
        reason = str(error.msg)
        token = re.match(r"[\w:?$<>\"'-]+|\S", (error.line or "")[error.col - 1 :])
        if token:
            reason += f", found {token.group()!r}"
        return error.lineno, error.col, reason
    except Exception:  # rdflib raises assorted errors on queries it half-understands
        return None
    return None


def _readable_reason(message: str) -> str:
    """pyoxigraph's 'expected one of …' without the lists of Unicode ranges."""
    items = [item.strip() for item in re.split(r",\s*(?![^\[]*\])", message.replace("\n", " "))]
    words = [item for item in items if item and not item.startswith(("[", "'", "|"))]
    if "Prefix not found" in message:
        return "a prefix is used that the query does not declare"
    if "unbound" in message:
        return "the SELECT contains a variable that is not bound (group it or aggregate it)"
    return ", ".join(words) if words else "unexpected text"


def syntax_report(text: str, line: int, column: int, reason: str) -> str:
    """``invalid SPARQL at line L, column C: reason`` followed by the line and a caret."""
    lines = text.splitlines() or [""]
    shown = lines[min(max(line, 1), len(lines)) - 1]
    gutter = f"{line:>4} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * max(column - 1, 0) + "^"
    return f"invalid SPARQL at line {line}, column {column}: {reason}\n{gutter}{shown}\n{caret}"
