"""The one way to read the rows of a SELECT: every module that turns solutions into rows uses it.

A row is a ``dict`` from variable name to pyoxigraph term, with **every projected variable present,
in the query's order, and None where it is unbound** (what ``solution[name]`` gives), so
``row.values()`` is the row's cells in column order. :func:`rows` reads a result (from a store or
from ``parse_query_results``), :func:`select` runs a query and reads it. Where plain text is
handier (node ids of the network, assertions in tests), :func:`plain` derives it from a row and
:func:`select_plain` runs a query for such rows.
A foundation module: every layer, :mod:`graph.vocabulary` included, may import it.
"""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, Store, Triple

Term = NamedNode | BlankNode | Literal | Triple
Row = dict[str, Term | None]


def rows(results: object) -> list[Row]:
    """The solutions of a SELECT result as rows; TypeError for an ASK, CONSTRUCT or DESCRIBE result.

    >>> [row] = rows(Store().query('SELECT ?a ?b WHERE { VALUES (?a ?b) { ("x" UNDEF) } }'))
    >>> row["a"].value, row["b"]
    ('x', None)
    """
    if not isinstance(results, QuerySolutions):
        raise TypeError("expected the result of a SELECT query")
    names = [variable.value for variable in results.variables]
    return [dict(zip(names, solution, strict=True)) for solution in results]


def select(store: Store, query: str, prefixes: dict[str, str] | None = None) -> list[Row]:
    """Run a SELECT on ``store`` (with these ``prefixes`` declared, if any) and return its rows."""
    return rows(store.query(query, prefixes=prefixes))


def select_plain(store: Store, query: str, prefixes: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The rows of a SELECT on ``store`` as :func:`plain` text (unbound variables left out)."""
    return [plain(row) for row in select(store, query, prefixes)]


def plain(row: Row) -> dict[str, str]:
    """The bound variables of ``row`` as plain text: an IRI, a literal's lexical form, a blank
    node's id (unbound variables left out).

    >>> plain({"a": Literal("x"), "b": None, "c": NamedNode("http://example.org/c")})
    {'a': 'x', 'c': 'http://example.org/c'}
    """
    return {name: text(term) for name, term in row.items() if term is not None}


def text(term: Term) -> str:
    """A term as plain text; a quoted triple in N-Triples."""
    return str(term) if isinstance(term, Triple) else term.value
