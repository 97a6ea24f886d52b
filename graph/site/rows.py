"""Reading query rows: terms as text, the best label among several, natural order.

Rows are mappings from variable names to pyoxigraph terms (or None when unbound), as both the
embedded store and the server's engines give them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from pyoxigraph import Literal, NamedNode

from graph.namespaces import ID, curie

Row = Mapping[str, object]
ID_BASE = str(ID)
LANGUAGES = ("en", "", "es", "pt", "fr")
"""Label languages in order of preference (English first, then untagged, Spanish, ...)."""
_DIGITS = re.compile(r"(\d+)")
_TEXTUAL = frozenset({Literal, NamedNode})


@dataclass(frozen=True)
class Ref:
    """A resource as the pages name it: its IRI and a human label."""

    iri: str
    label: str

    @property
    def path(self) -> str:
        """The IRI's path below ``id/`` (``organization/caref``), or the IRI for others."""
        return self.iri[len(ID_BASE) :] if self.iri.startswith(ID_BASE) else self.iri


def text(row: Row, name: str) -> str:
    """The value of ``name`` in ``row`` as text ("" when unbound)."""
    term = row.get(name)
    return term.value if type(term) in _TEXTUAL else ""  # type: ignore[attr-defined]


def language(row: Row, name: str) -> str:
    term = row.get(name)
    return (term.language or "") if isinstance(term, Literal) else ""


def language_rank(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)


def short_path(iri: str) -> str:
    """The part of one of our IRIs after ``id/``; other IRIs as ``prefix:local`` when known."""
    return iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else curie(iri)


class LabelBook:
    """The best label seen for each IRI (by language), with the IRI's path as the fallback."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[int, str]] = {}

    def add(self, iri: str, label: str, lang: str = "") -> None:
        if not iri or not label:
            return
        rank = language_rank(lang)
        known = self._best.get(iri)
        if known is None or rank < known[0]:
            self._best[iri] = (rank, label)

    def add_rows(self, rows: Iterable[Row], iri: str, label: str) -> None:
        for row in rows:
            self.add(text(row, iri), text(row, label), language(row, label))

    def label(self, iri: str) -> str:
        known = self._best.get(iri)
        return known[1] if known else short_path(iri)

    def ref(self, iri: str) -> Ref:
        return Ref(iri, self.label(iri))


@lru_cache(maxsize=1 << 16)
def natural_key(value: str) -> tuple[object, ...]:
    """Sort key that puts ``2`` before ``14`` and ignores case (cached: pages sort the same
    names over and over)."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(value))


def ref_key(ref: Ref) -> tuple[object, ...]:
    return natural_key(ref.label)
