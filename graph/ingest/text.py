"""Reading a statement's text and the normalizations every other ingest step shares.

Offsets into the text are what the curated YAML points at, so nothing here changes the text a
draft is built from: normalization (lowercase, accents, stopwords) only ever produces *keys* for
comparison, never a new text. Reading files of other formats (HTML, PDF, DOCX) is
:mod:`graph.ingest.extract`'s work: the draft's source is the text it extracts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graph.errors import GcmkgError
from graph.ingest.lexicon import load, phrases

# En and em dashes, which statements use like hyphens ("(COFAMIDE) \u2013 El Salvador").
DASHES = "\u2013\u2014"


def wordlist(value: str) -> list[str]:
    """The whitespace-separated words of ``value``: keeps long word lists readable in the source."""
    return value.split()


class IngestError(GcmkgError):
    """Input that cannot become a draft; the message says what to do."""


@dataclass(frozen=True)
class Origin:
    """The file a statement was read from: its name, SHA-256, format and the extractor used."""

    name: str
    sha256: str
    format: str
    extractor: str
    version: str


@dataclass
class InputText:
    """A statement's text as the draft will keep it, with notes on how it was read."""

    text: str
    name: str
    notes: list[str] = field(default_factory=list)
    origin: Origin | None = None


@dataclass(frozen=True)
class Line:
    """One line of the text: ``text[start:end]`` without its line break (nor a trailing CR)."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with their offsets; a CR before the LF is left out."""
    stop = len(text) if end is None else end
    lines: list[Line] = []
    position = start
    while position < stop:
        newline = text.find("\n", position, stop)
        line_end = stop if newline == -1 else newline
        content_end = line_end - 1 if line_end > position and text[line_end - 1] == "\r" else line_end
        lines.append(Line(position, content_end, text[position:content_end]))
        if newline == -1:
            break
        position = newline + 1
    return lines


def strip_accents(value: str) -> str:
    """``value`` without combining marks: 'Detención' -> 'Detencion' (for comparison keys only)."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=262_144)
def fold(value: str) -> str:
    """Lowercase, accent-free comparison key (cached: long statements repeat their words)."""
    return strip_accents(value).casefold()


WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)

# Function words of English, Spanish and Portuguese, accent-free: they say nothing about which
# organization or which GCM objective a text is about.
STOPWORDS = frozenset(phrases("words", "stopwords"))  # lexicon/words.yaml


def words(value: str) -> list[str]:
    """The words of ``value`` as accent-free lowercase keys, in order (stopwords kept)."""
    return [fold(match.group()) for match in WORD.finditer(value)]


def content_words(value: str) -> list[str]:
    """The words of ``value`` that carry meaning: no stopwords, no single letters."""
    return [word for word in words(value) if word not in STOPWORDS and len(word) > 1]


def slugify(value: str, max_words: int = 6, fallback: str = "item") -> str:
    """A lowercase-hyphenated id from the first meaningful words of ``value``.

    Names written only in scripts without an ASCII transliteration (emoji, Arabic) give the
    ``fallback``, which the caller makes unique.
    """
    meaningful = content_words(value)
    if len(meaningful) < 2:  # 'Red Dos': 'dos' is a Portuguese stopword but here the name's number
        meaningful = words(value)
    ascii_words = [re.sub(r"[^a-z0-9]", "", word) for word in meaningful]
    chosen = [word for word in ascii_words if word][:max_words]
    return "-".join(chosen) or fallback


def unique_id(base: str, taken: set[str], next_number: dict[str, int] | None = None) -> str:
    """``base``, or ``base-2``, ``base-3``… : the first not in ``taken`` (which is updated).

    ``next_number`` remembers where each base's search stopped, so a long text whose paragraphs
    repeat (the same slug thousands of times) does not rescan from ``-2`` every time.
    """
    numbers = next_number if next_number is not None else {}
    candidate, number = base, numbers.get(base, 2)
    if number > 2:
        candidate = f"{base}-{number}"
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    numbers[base] = number
    taken.add(candidate)
    return candidate


SPANISH = frozenset(load("words")["function_words"]["es"])
PORTUGUESE = frozenset(load("words")["function_words"]["pt"])
ENGLISH = frozenset(load("words")["function_words"]["en"])
FRENCH = frozenset(load("words")["function_words"]["fr"])


def guess_language(value: str) -> str:
    """'en', 'es', 'pt' or 'fr' by counting each language's most frequent function words."""
    sample = words(value[:200_000])
    scores = {
        "en": sum(word in ENGLISH for word in sample),
        "es": sum(word in SPANISH for word in sample),
        "pt": sum(word in PORTUGUESE for word in sample),
        "fr": sum(word in FRENCH for word in sample),
    }
    return max(scores, key=lambda language: (scores[language], language == "en"))
