"""What the server must know about a query's text before running it, read in one pass.

Where ``SERVICE`` and ``LOAD`` are used as keywords (refused unless allowed) and whether a
function makes the answer change between runs (``RAND``, ``NOW``, …: not cached). Tokenizing a
library query takes about 0.4 ms, as long as answering it from the cache, so the facts are kept
per distinct text: the same questions come again and again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.sparql.tokens import tokenize

REMOTE = ("SERVICE", "LOAD")
"""Keywords that make the engine fetch a URL the client chose."""
VOLATILE = frozenset({"RAND", "NOW", "UUID", "STRUUID", "BNODE", "SERVICE"})
"""Functions (and SERVICE) whose results change from one run to the next."""


@dataclass(frozen=True)
class TextFacts:
    """Offsets of each remote-access keyword, and whether the answer can be reused."""

    remote: tuple[tuple[str, tuple[int, ...]], ...]
    repeatable: bool

    def positions(self, keyword: str) -> tuple[int, ...]:
        return dict(self.remote).get(keyword, ())


@lru_cache(maxsize=4096)
def text_facts(text: str) -> TextFacts:
    """The facts of ``text``: keywords count outside strings, IRIs and comments, and not as part
    of a prefixed name (``ex:service``) or a prefix (``service:``)."""
    found: dict[str, list[int]] = {keyword: [] for keyword in REMOTE}
    repeatable = True
    for token in tokenize(text):
        if token.kind != "word":
            continue
        word = token.text.upper()
        repeatable = repeatable and word not in VOLATILE
        if word in found:
            end = token.start + len(token.text)
            before = text[token.start - 1] if token.start else " "
            after = text[end] if end < len(text) else " "
            if before != ":" and after != ":":
                found[word].append(token.start)
    return TextFacts(tuple((keyword, tuple(offsets)) for keyword, offsets in found.items()), repeatable)
