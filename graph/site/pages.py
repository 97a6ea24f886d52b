"""Every profile of the static site, built a chunk of pages at a time and handed on one by one,
so a large graph's site never holds all its profiles (or all their rows) in memory.

Per chunk of :data:`CHUNK` pages of one kind, each light profile query runs once with all the
chunk's IRIs bound (every row names its ``?this``); the heavy ones come from
:mod:`graph.site.bulk`, which reads the whole graph once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from pyoxigraph import Store, Triple

from graph.site.bulk import HEAVY, Tables, heavy_rows, support_groups
from graph.site.kinds import BUILDERS, Profile, agent_profile
from graph.site.local import descriptions, select
from graph.site.queries import PROFILE_QUERIES, bind, profile_kind
from graph.site.rows import ID_BASE, Row, text

CHUNK = 250
"""Pages whose rows are asked for and held at once."""


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def by_kind(paths: Iterable[str]) -> dict[str, list[str]]:
    """The IRIs of the pages at ``paths``, by kind of profile, in path order."""
    grouped: defaultdict[str, list[str]] = defaultdict(list)
    for path in sorted(paths):
        kind = profile_kind(path)
        if kind:
            grouped[kind].append(ID_BASE + path)
    return dict(sorted(grouped.items()))


def chunk_rows(store: Store, tables: Tables, kind: str, iris: list[str]) -> dict[str, dict[str, list[Row]]]:
    """The rows of every profile query of ``kind`` for the pages ``iris``, by page then query."""
    rows: defaultdict[str, dict[str, list[Row]]] = defaultdict(lambda: {n: [] for n in PROFILE_QUERIES[kind]})
    for name, query in PROFILE_QUERIES[kind].items():
        if name not in HEAVY.get(kind, ()):
            for row in select(store, bind(query, *iris)):
                rows[text(row, "this")][name].append(row)
    for iri, found in heavy_rows(tables, kind, iris).items():
        rows[iri].update(found)
    return rows


def site_profiles(store: Store, paths: Iterable[str]) -> Iterator[tuple[str, Profile, list[Triple]]]:
    """(path, profile, the resource's own triples) for every page at ``paths``, chunk by chunk."""
    tables = Tables(store)
    for kind, iris in by_kind(paths).items():
        for chunk in chunks(iris, CHUNK):
            rows = chunk_rows(store, tables, kind, chunk)
            own = descriptions(store, [iri[len(ID_BASE) :] for iri in chunk])
            for iri in chunk:
                path = iri[len(ID_BASE) :]
                if kind == "agent":
                    found: Profile = agent_profile(iri, rows[iri], support_groups(tables, iri))
                else:
                    found = BUILDERS[kind](iri, rows[iri])
                yield path, found, own.get(path, [])
