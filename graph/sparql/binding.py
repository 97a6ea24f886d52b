"""Binding a query's parameters with VALUES blocks, for engines without parameter substitution.

A pure text transform over the query's tokens: remote endpoints (:mod:`graph.sparql.remote`) and
the local library (:mod:`graph.sparql.library`) both use it. Each term is written by pyoxigraph's
N-Triples serializer, never pasted from user input.
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.rows import Term
from graph.sparql.tokens import Token, query_form, tokenize


def values_insertion_points(text: str, names: set[str]) -> list[tuple[int, list[str]]]:
    """Where a VALUES block must go so it binds what pyoxigraph's substitution would bind.

    That is the top of the outer query's WHERE group (all parameters), plus the top of the WHERE
    group of every sub-SELECT that projects a parameter (only those it projects): a sub-SELECT
    that does not project a variable has its own, unrelated variable of that name.
    Returns (offset just after the ``{``, parameter names) pairs.
    """
    tokens = list(tokenize(text))
    points: list[tuple[int, list[str]]] = []
    outer = _outer_group(tokens)
    if outer is not None:
        points.append((tokens[outer].start + 1, sorted(names)))
    for index, token in enumerate(tokens):
        if token.kind == "word" and token.text.upper() == "SELECT" and index > (outer or 0):
            group, projected = _subselect_group(tokens, index)
            bound = sorted(names & projected)
            if group is not None and bound:
                points.append((tokens[group].start + 1, bound))
    return points


def _outer_group(tokens: list[Token]) -> int | None:
    """Index of the ``{`` opening the outer WHERE group (after a CONSTRUCT template, if any)."""
    opens = _top_level_braces(tokens)
    if not opens:
        return None
    is_construct = query_form(" ".join(t.text for t in tokens)) == "CONSTRUCT"
    short_form = opens[0] > 0 and tokens[opens[0] - 1].text.upper() == "WHERE"
    if is_construct and not short_form:
        return opens[1] if len(opens) > 1 else None
    return opens[0]


def _top_level_braces(tokens: list[Token]) -> list[int]:
    """Indexes of the ``{`` that open a group at nesting depth 0 (not inside parentheses)."""
    braces = parens = 0
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.text == "{":
            if braces == 0 and parens == 0:
                found.append(index)
            braces += 1
        elif token.text == "}":
            braces -= 1
        elif token.text == "(":
            parens += 1
        elif token.text == ")":
            parens -= 1
    return found


def _subselect_group(tokens: list[Token], select: int) -> tuple[int | None, set[str]]:
    """The ``{`` of a sub-SELECT's WHERE group and the variables its SELECT clause projects."""
    projected: set[str] = set()
    depth = 0
    for index in range(select + 1, len(tokens)):
        token = tokens[index]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif token.text == "{" and depth == 0:
            return index, projected
        elif token.kind == "var" and (depth == 0 or tokens[index - 1].text.upper() == "AS"):
            projected.add(token.text[1:])
    return None, projected


def values_block(names: list[str], bindings: Mapping[str, Term]) -> str:
    """`` VALUES (?a ?b) { (t1 t2) } `` with each term written by pyoxigraph's N-Triples
    serializer, which escapes quotes, backslashes and line breaks: the only safe way to put a
    user's value into query text."""
    variables = " ".join(f"?{name}" for name in names)
    terms = " ".join(str(bindings[name]) for name in names)
    return f" VALUES ({variables}) {{ ({terms}) }} "


def with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with its parameters bound by VALUES blocks, for engines without substitution.

    The blocks are inserted on the line of the brace they follow, so line numbers in an
    engine's error message still match the query file.
    """
    if not bindings:
        return text
    points = values_insertion_points(text, set(bindings))
    for offset, names in sorted(points, reverse=True):
        text = text[:offset] + values_block(names, bindings) + text[offset:]
    return text
