"""Profiles on an embedded pyoxigraph store (the static site, tests and the documentation)."""

from __future__ import annotations

from pyoxigraph import NamedNode, QuerySolutions, QueryTriples, Store, Triple

from graph.site.kinds import BUILDERS, Profile
from graph.site.queries import PROFILE_QUERIES, bind, description_query, profile_kind
from graph.site.rows import ID_BASE, Row


def select(store: Store, query: str) -> list[Row]:
    """The rows of a SELECT query, each a mapping from variable name to term."""
    solutions = store.query(query)
    assert isinstance(solutions, QuerySolutions)
    names = [variable.value for variable in solutions.variables]
    return [{name: solution[name] for name in names} for solution in solutions]


def profile(store: Store, path: str) -> Profile | None:
    """The profile of the resource at ``id/<path>``, None if it has no kind of profile."""
    kind = profile_kind(path)
    if kind is None:
        return None
    iri = ID_BASE + path
    rows = {name: select(store, bind(query, iri)) for name, query in PROFILE_QUERIES[kind].items()}
    return BUILDERS[kind](iri, rows)


def description(store: Store, path: str) -> list[Triple]:
    """The resource's own triples (its JSON-LD on the page)."""
    found = store.query(description_query(NamedNode(ID_BASE + path)))
    assert isinstance(found, QueryTriples)
    return sorted((triple for triple in found if isinstance(triple, Triple)), key=str)
