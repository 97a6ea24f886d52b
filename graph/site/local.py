"""Profiles on an embedded pyoxigraph store (the static site, tests and the documentation).

The static site asks each profile query once for all pages of its kind (every row names the
``?this`` it is about) instead of once per page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pyoxigraph import NamedNode, QueryTriples, Store, Triple

from graph.rows import select as select  # shared; search and static import it from here
from graph.site.kinds import BUILDERS, Profile
from graph.site.queries import PROFILE_QUERIES, bind, description_query, profile_kind
from graph.site.rows import ID_BASE, Row, text


def profiles(store: Store, paths: Iterable[str]) -> dict[str, Profile]:
    """The profiles of the resources at ``id/<path>`` (paths without a kind of profile are left out)."""
    by_kind: defaultdict[str, list[str]] = defaultdict(list)
    for path in paths:
        kind = profile_kind(path)
        if kind:
            by_kind[kind].append(ID_BASE + path)
    found: dict[str, Profile] = {}
    for kind, iris in by_kind.items():
        rows: defaultdict[str, defaultdict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for name, query in PROFILE_QUERIES[kind].items():
            for row in select(store, bind(query, *iris)):
                rows[text(row, "this")][name].append(row)
        for iri in iris:
            answers = {name: rows[iri][name] for name in PROFILE_QUERIES[kind]}
            found[iri[len(ID_BASE) :]] = BUILDERS[kind](iri, answers)
    return found


def profile(store: Store, path: str) -> Profile | None:
    """The profile of the resource at ``id/<path>``, None if it has no kind of profile."""
    return profiles(store, [path]).get(path)


def descriptions(store: Store, paths: Iterable[str]) -> dict[str, list[Triple]]:
    """Each resource's own triples (its JSON-LD on the page), from one query."""
    found = store.query(description_query(*(NamedNode(ID_BASE + path) for path in paths)))
    assert isinstance(found, QueryTriples)
    grouped: defaultdict[str, list[Triple]] = defaultdict(list)
    for triple in found:
        grouped[triple.subject.value[len(ID_BASE) :]].append(triple)
    return {path: sorted(triples, key=str) for path, triples in grouped.items()}


def description(store: Store, path: str) -> list[Triple]:
    return descriptions(store, [path]).get(path, [])
