"""Reading a statement's text and the normalizations every other ingest step shares.

Offsets into the text are what the curated YAML points at, so nothing here changes the text a
draft is built from: normalization (lowercase, accents, stopwords) only ever produces *keys* for
comparison, never a new text. The one exception is HTML pasted as text: its tags are not part of
the statement, so the draft's source is the extracted text and the review says so.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from graph.errors import GcmkgError

# En and em dashes, which statements use like hyphens ("(COFAMIDE) \u2013 El Salvador").
DASHES = "\u2013\u2014"


def wordlist(value: str) -> list[str]:
    """The whitespace-separated words of ``value``: keeps long word lists readable in the source."""
    return value.split()


class IngestError(GcmkgError):
    """Input that cannot become a draft; the message says what to do."""


@dataclass
class InputText:
    """A statement's text as the draft will keep it, with notes on how it was read."""

    text: str
    name: str
    notes: list[str] = field(default_factory=list)


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


def read_input(path: Path) -> InputText:
    """The UTF-8 text of ``path``; raises IngestError with a fix for non-UTF-8 or binary input."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(
            f"{path} is not UTF-8 ({error.reason} at byte {error.start}); "
            f"convert it with: iconv -f latin1 -t utf-8 {path} > {path}.utf8"
        ) from None
    if "\x00" in text:
        raise IngestError(f"{path} contains NUL bytes at byte {raw.index(0)}: it looks like a binary file, not text")
    if not text.strip():
        raise IngestError(f"{path} is empty: there is no statement text to ingest")
    notes: list[str] = []
    if looks_like_html(text):
        text = html_to_text(text)
        notes.append(
            "The input was HTML: its tags were stripped and entities decoded. The draft's source is the "
            "extracted text, not the HTML file; check it reads as the statement."
        )
        if not text.strip():
            raise IngestError(f"{path} is HTML without any text outside its tags")
    return InputText(text, path.name, notes)


HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|li|ul|ol|table|tr|td|h[1-6]|a|strong|em|b|i)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text holds enough HTML tags that they are markup, not a quoted '<p>'."""
    head = text[:200_000]
    return head.lstrip()[:15].lower().startswith(("<!doctype", "<html")) or len(HTML_TAG.findall(head)) >= 3


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML document, one line per block element."""

    BLOCKS = frozenset(
        wordlist("p div br li ul ol table tr h1 h2 h3 h4 h5 h6 section article header footer blockquote title pre")
    )
    SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li" and not self.skipping:
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The text of an HTML document: block elements on their own lines, blank lines collapsed."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = html.unescape("".join(extractor.parts)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line) + "\n"


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
STOPWORDS = frozenset(
    wordlist(
        """
    a an and are as at be been being but by for from has have had he her his i if in into is it its
    of on or our ours she so such than that the their them then there these they this those to
    too us was we were what when where which while who whom why will with would you your all any
    both each few more most other some no nor not only own same can just should now also may might
    must shall could do does did done very over under again further once here how about above
    after before below between during through up down out off against among upon within without
    el la los las lo un una unos unas y e o u de del al en con por para sin sobre entre hacia hasta
    desde que se su sus le les nos nuestro nuestra nuestros nuestras es son fue ser estar esta este
    estos estas ese esa esos esas como mas pero ya muy tambien ante bajo segun tras cual cuales
    donde cuando quien quienes asi ni sea han ha hay porque todo toda todos todas cada otro otra
    otros otras mismo misma sino aun solo
    os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas num numa em
    com sem sob ate ou mas seu sua seus suas nosso nossa nossos nossas ele ela eles elas isso isto
    aquele aquela foi sao ser estar esta este estes estas esse essa esses essas como mais tambem
    muito ja nao sim onde quando quem qual quais cada outro outra outros outras mesmo mesma
    """
    )
)


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


SPANISH = frozenset(wordlist("el la los las del y que en por para con una nuestro nuestra exigimos"))
PORTUGUESE = frozenset(wordlist("o os as do da dos das e que em com uma nosso nossa pela pelo nao sao"))
ENGLISH = frozenset(wordlist("the of and to in for we our that with are is"))


def guess_language(value: str) -> str:
    """'en', 'es' or 'pt' by counting each language's most frequent function words."""
    sample = words(value[:200_000])
    scores = {
        "en": sum(word in ENGLISH for word in sample),
        "es": sum(word in SPANISH for word in sample),
        "pt": sum(word in PORTUGUESE for word in sample),
    }
    return max(scores, key=lambda language: (scores[language], language == "en"))
