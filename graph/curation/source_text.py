"""Source documents and the character spans that every curated fact points into.

Offsets count Unicode code points from the start of the file, as the Web Annotation
TextPositionSelector does: ``text[start:end] == exact``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of a source text and the exact text it covers."""

    start: int
    end: int
    exact: str


class SourceText:
    """A verbatim source document, read once, with span lookup helpers."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key  # the path as curated files name it, e.g. "sources/000_x.txt"
        self.raw = path.read_bytes()
        self.text = self.raw.decode("utf-8")

    @property
    def identifier(self) -> str:
        """The file name without extension: the last segment of the document's IRI."""
        return self.path.stem

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    def occurrences(self, exact: str, start: int = 0, end: int | None = None) -> list[Span]:
        """Every non-overlapping occurrence of ``exact`` between ``start`` and ``end``."""
        limit = len(self.text) if end is None else end
        found: list[Span] = []
        if not exact:
            return found
        position = self.text.find(exact, start, limit)
        while position != -1:
            found.append(Span(position, position + len(exact), exact))
            position = self.text.find(exact, position + len(exact), limit)
        return found

    def first_after(self, exact: str, start: int, same_line: bool = False) -> Span | None:
        """The first occurrence at or after ``start``; optionally only on the line of ``start``."""
        end = self.line_end(start) if same_line else None
        spans = self.occurrences(exact, start, end)
        return spans[0] if spans else None

    def line_end(self, position: int) -> int:
        return line_end(self.text, position)

    def line_start(self, position: int) -> int:
        return self.text.rfind("\n", 0, position) + 1


def line_end(text: str, position: int) -> int:
    """The offset of the end of the line holding ``position`` (its newline, or the text's end)."""
    newline = text.find("\n", position)
    return len(text) if newline == -1 else newline
