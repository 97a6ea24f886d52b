"""The search box's index: every name (labels and other spellings) and the opening words of every
quote, with the page it leads to. Written once per site as a local script, read by ``templates/search.js``.
"""

from __future__ import annotations

import json

from pyoxigraph import Store

from graph.escape import shorten
from graph.site.local import select
from graph.site.queries import NAMES, QUOTES
from graph.site.rows import Ref, text

QUOTE_LENGTH = 160
"""Characters of each quote the index keeps (the search box shows no more): its first words are
searchable, and a corpus of thousands of statements keeps an index of a few megabytes."""


def search_entries(store: Store, sections: dict[str, list[Ref]]) -> str:
    """``[[text, what, href], ...]`` as JSON: names lead to their profile, quotes to their span
    (hrefs relative to the site's root)."""
    pages = {ref.iri: (name, ref) for name, refs in sections.items() for ref in refs}
    entries: set[tuple[str, str, str]] = set()
    for row in select(store, NAMES):
        found = pages.get(text(row, "item"))
        if found:
            entries.add((text(row, "name"), found[0], f"{found[1].path}.html"))
    for row in select(store, QUOTES):
        found = pages.get(text(row, "statement"))
        if found and text(row, "start"):
            anchor = f"#span-{text(row, 'start')}-{text(row, 'end')}"
            quote = shorten(text(row, "quote"), QUOTE_LENGTH)
            entries.add((quote, f"quote · {found[1].label}", f"{found[1].path}.html{anchor}"))
    return json.dumps(sorted(entries), ensure_ascii=False, separators=(",", ":"))
