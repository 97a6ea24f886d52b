"""What every format reader returns, and the line layout they share (list nesting as indentation)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import metadata

INDENT = "  "  # one nesting level of a list, as extracted text writes it


@dataclass
class Extraction:
    """The text a reader extracted; ``library`` is the distribution whose version is recorded."""

    text: str
    extractor: str
    library: str = ""
    notes: list[str] = field(default_factory=list)
    empty_hint: str = ""  # said after 'holds no text' when the result is empty


def library_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def list_line(text: str, level: int, marker: str) -> str:
    """A list item as text: two spaces per nesting level, then its marker ('-', '3.')."""
    return f"{INDENT * level}{marker} {text}" if marker else f"{INDENT * level}{text}"


SPACES = re.compile(r"[^\S\n]+")


def tidy(value: str) -> str:
    """Whitespace runs (no-break spaces, tabs) as one space; no surrounding space."""
    return SPACES.sub(" ", value.replace("\xa0", " ").replace("\u200b", "")).strip()


def join_lines(lines: list[str]) -> str:
    """Lines joined with LF; runs of blank lines kept to one."""
    result: list[str] = []
    for line in lines:
        if not line.strip() and (not result or not result[-1].strip()):
            continue
        result.append(line.rstrip())
    while result and not result[-1].strip():
        result.pop()
    return "\n".join(result) + "\n" if result else ""
