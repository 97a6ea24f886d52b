"""The query editor's content: one tab per query of the library, runnable as it stands.

A library query's parameters are bound the way a remote endpoint needs them (VALUES blocks built
from typed terms, see ``graph.sparql.remote.remote_text``), with each parameter's default or, for a
required one, the value its ``# example:`` line uses; the user sees and can edit the values.
"""

from __future__ import annotations

import logging
import shlex
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Any

from graph.namespaces import ID, PREFIXES
from graph.sparql.library import Query, QueryError
from graph.sparql.remote import remote_text

log = logging.getLogger("gcmkg.serve")


@dataclass(frozen=True)
class EditorTab:
    """A library query as a tab: its file name, title, description and runnable text."""

    name: str
    title: str
    description: str
    query: str


def example_values(query: Query) -> dict[str, str]:
    """Values for the query's required parameters, taken from its ``--param name=value`` examples
    (parameters with a default need none)."""
    found: dict[str, str] = {}
    for example in query.examples:
        try:
            words = shlex.split(example)
        except ValueError:
            continue
        for flag, assignment in pairwise(words):
            name, equals, value = assignment.partition("=")
            if flag == "--param" and equals:
                found.setdefault(name, value)
    return {p.name: found[p.name] for p in query.parameters if p.required and p.name in found}


def editor_tabs(library: dict[str, Query]) -> list[EditorTab]:
    """A tab for every library query that can run as written: questions first, then the checks
    (``*_violation``) that must return no rows."""
    tabs = []
    for query in sorted(library.values(), key=lambda q: (q.is_violation, q.name)):
        try:
            text = remote_text(query, example_values(query))
        except QueryError as error:
            log.warning("no editor tab for %s: %s", query.name, error)
            continue
        tabs.append(EditorTab(query.name, query.title, query.description, text))
    return tabs


def editor_config(endpoint: str, tabs: list[EditorTab]) -> dict[str, Any]:
    """What ``static/editor.js`` reads: the endpoint, the tabs and the prefixes to complete."""
    return {
        "endpoint": endpoint,
        "idBase": str(ID),
        "tabs": [asdict(tab) for tab in tabs],
        "prefixes": sorted(f"{name}: <{namespace}>" for name, namespace in PREFIXES.items()),
    }
