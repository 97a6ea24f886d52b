"""The query catalogue of the static site: each library query with its results as a table.

Queries with parameters run with their defaults (or the value their example gives); violation
checks run too, and show "no rows" on valid data. Cells that are IRIs of ours link to their
profile where the site has one; tables are cut at :data:`MAX_ROWS` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, Store, Triple

from graph.errors import GcmkgError
from graph.rows import rows as select_rows
from graph.site.rows import LabelBook, Ref
from graph.sparql.library import Query, load_library, run_query

MAX_ROWS = 300
_EXAMPLE_PARAM = re.compile(r"--param\s+(\w+)=(\S+)")


@dataclass(frozen=True)
class Cell:
    text: str
    ref: Ref | None = None


@dataclass(frozen=True)
class Table:
    """One query of the library and what it returned on the graph."""

    query: Query
    values: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: int
    message: str = ""


def parameter_values(query: Query) -> dict[str, str]:
    """Defaults, then values from the query's examples, for the parameters it declares."""
    values = {p.name: p.default for p in query.parameters if p.default is not None}
    for example in query.examples:
        for name, value in _EXAMPLE_PARAM.findall(example):
            values.setdefault(name, value)
    return values


def cell(term: object, labels: LabelBook) -> Cell:
    if isinstance(term, NamedNode):
        return Cell(term.value, labels.ref(term.value))
    if isinstance(term, Literal):
        return Cell(term.value)
    return Cell("" if term is None else str(term))


def run_table(store: Store, query: Query, labels: LabelBook) -> Table:
    """The table of one query (a message instead of rows when it needs a value it lacks)."""
    values = parameter_values(query)
    try:
        results = run_query(store, query, values)
    except GcmkgError as error:
        return Table(query, tuple(sorted(values.items())), (), (), 0, str(error))
    if isinstance(results, QueryBoolean):
        return Table(query, tuple(sorted(values.items())), ("answer",), ((Cell(str(bool(results)).lower()),),), 1)
    if isinstance(results, QuerySolutions):
        columns = tuple(variable.value for variable in results.variables)
        rows = [tuple(cell(term, labels) for term in row.values()) for row in select_rows(results)]
    else:
        columns = ("subject", "predicate", "object")
        rows = [tuple(cell(term, labels) for term in triple) for triple in results if isinstance(triple, Triple)]
    return Table(query, tuple(sorted(values.items())), columns, tuple(rows[:MAX_ROWS]), len(rows))


def catalogue(store: Store, labels: LabelBook) -> list[Table]:
    """Every query of the library, in name order, with its results."""
    return [run_table(store, query, labels) for _name, query in sorted(load_library().items())]
