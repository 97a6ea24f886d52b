"""What the server must know about a query's text before running it, read in one pass.

Where ``SERVICE`` and ``LOAD`` are used as keywords (refused unless allowed, with a message that
says where: the engines could not make the request anyway), how deeply brackets nest (a query
nested thousands deep overflows the engine's stack, so it is refused before it reaches one) and
whether a function makes the answer change between runs (``RAND``, ``NOW``, …: not cached).
The text is read as written and once more with its ``\\u`` escapes decoded; either reading
finding a keyword is enough. Tokenizing a
library query takes about 0.4 ms, as long as answering it from the cache, so the facts are kept
per distinct text: the same questions come again and again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.sparql.tokens import tokenize, unescape_codepoints

OPEN, CLOSE = frozenset("{(["), frozenset("})]")
REMOTE = ("SERVICE", "LOAD")
"""Keywords that make the engine fetch a URL the client chose."""
VOLATILE = frozenset({"RAND", "NOW", "UUID", "STRUUID", "BNODE", "SERVICE"})
"""Functions (and SERVICE) whose results change from one run to the next."""


@dataclass(frozen=True)
class TextFacts:
    """Offsets of each remote-access keyword, and whether the answer can be reused."""

    remote: tuple[tuple[str, tuple[int, ...]], ...]
    repeatable: bool
    depth: int = 0

    def positions(self, keyword: str) -> tuple[int, ...]:
        return dict(self.remote).get(keyword, ())


@lru_cache(maxsize=4096)
def text_facts(text: str) -> TextFacts:
    """The facts of ``text``: keywords count outside strings, IRIs and comments, and not as part
    of a prefixed name (``ex:service``) or a prefix (``service:``)."""
    facts = _facts(text)
    decoded = unescape_codepoints(text)
    if decoded == text:
        return facts
    other = _facts(decoded)
    remote = tuple((keyword, offsets or other.positions(keyword)) for keyword, offsets in facts.remote)
    return TextFacts(remote, facts.repeatable and other.repeatable, max(facts.depth, other.depth))


def _facts(text: str) -> TextFacts:
    found: dict[str, list[int]] = {keyword: [] for keyword in REMOTE}
    repeatable = True
    depth = deepest = 0
    for token in tokenize(text):
        if token.text in OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif token.text in CLOSE:
            depth -= 1
        if token.kind != "word":
            continue
        word = token.text.upper()
        repeatable = repeatable and word not in VOLATILE
        if word in found and _is_keyword(text, token.start, len(token.text)):
            found[word].append(token.start)
    remote = tuple((keyword, tuple(offsets)) for keyword, offsets in found.items())
    return TextFacts(remote, repeatable, deepest)


def _is_keyword(text: str, start: int, length: int) -> bool:
    end = start + length
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before != ":" and after != ":"
