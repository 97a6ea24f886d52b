"""Where a statement's signatories are.

:class:`SectionFinder` finds the list after a heading in any of the lexicon's languages ('Signed
by:', 'Firmantes', '**Assinam:**', 'Signataires :'), or, with no heading, as the trailing block of
name-like lines (dates, contacts and page furniture after it passed over).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ingest.countries import Gazetteer
from graph.ingest.entry_lines import described_entry
from graph.ingest.furniture import is_date_line, is_furniture, is_mail_furniture, is_prose, is_trailer
from graph.ingest.lexicon import alternation
from graph.ingest.lists import BULLET, COALITION_CUE, ORGANIZATION_LABEL, PERSON_LABEL, SIGNATORY_CUE, STOP_LINE
from graph.ingest.text import Line, split_lines

MARKUP = " \t*_#>"


@dataclass(frozen=True)
class Section:
    """Where the signatories are: ``cue_start`` (start of the heading or list) to ``end``.

    ``list_start`` is where names begin; ``countries_line`` is the line that names the signatories'
    countries ('Subscribed by organizations in Argentina, …') with their codes, if there is one.
    """

    cue_start: int
    list_start: int
    end: int
    how: str
    countries_line: Line | None = None
    country_codes: tuple[str, ...] = ()


def first_line(text: str) -> str:
    """The document's first non-blank line: its title, which a PDF repeats as a running header."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class SectionFinder:
    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.lines = split_lines(text)
        self.title = first_line(text)

    def find(self) -> Section | None:
        """The first heading followed by names, else a trailing block of name-like lines."""
        for index, line in enumerate(self.lines):
            match = SIGNATORY_CUE.match(line.text) or heading_line(line.text)
            if match and (index > 0 or self.list_follows(index)) and not reads_as_prose(line.text[: match.end() + 200]):
                section = self.section_after_cue(index, line, match.end())
                if section:
                    return self.with_block_before(index, section)
        return self.trailing_block()

    def with_block_before(self, index: int, section: Section) -> Section:
        """The section started earlier when the heading found is a sub-heading ('Supported by:',
        'Individual signatories:', 'Signatures received after publication:') right below three
        name-like lines or more that follow the body's prose: those lines are the list's start."""
        line = self.lines[index]
        label = re.sub(r"\s*\([^()]*\)", "", line.stripped.split(":", 1)[0]).strip(MARKUP)
        if not (ORGANIZATION_LABEL.fullmatch(label) or PERSON_LABEL.fullmatch(label)):
            return section
        names, first, blank_run = 0, index, 0
        for number in range(index - 1, 0, -1):
            value = self.lines[number].stripped
            if not value:
                blank_run += 1
                if blank_run > 1:
                    break
                continue
            blank_run = 0
            if reads_as_prose(value):
                break
            if not looks_like_name_line(value) or is_furniture(value, self.title):
                return section
            names, first = names + 1, number
        if names < 3 or not is_prose(self.lines[first - 1].stripped or self.lines[first - 2].stripped):
            return section
        start = self.lines[first].start
        return Section(start, start, section.end, f"{names} name-like lines above '{line.stripped[:60]}'")

    def list_follows(self, index: int) -> bool:
        """A bulleted line comes right after the first line: that line is the heading of a list that
        opens the document ('The undersigned organizations' above the letter), not its title."""
        following = next((other for other in self.lines[index + 1 :] if other.stripped), None)
        return following is not None and bool(BULLET.match(following.text.lstrip()))

    def section_after_cue(self, index: int, line: Line, cue_end: int) -> Section | None:
        label = line.text.split(":", 1)[0].strip(MARKUP) if ":" in line.text else line.stripped.strip(MARKUP)
        if PERSON_LABEL.fullmatch(label):  # 'Firmas individuales: …' opens the list with its persons
            end = self.section_end(index + 1)
            return Section(line.start, line.start, end, f"heading '{line.stripped[:60]}' (a persons' label)")
        rest = line.text[cue_end:]
        colon = rest.find(":")
        if 0 <= colon <= 80 and rest[colon + 1 :].strip(MARKUP):
            after = cue_end + colon + 1
            after += len(rest[colon + 1 :]) - len(rest[colon + 1 :].lstrip(MARKUP))
            end = self.section_end(index + 1)
            return Section(line.start, line.start + after, end, f"heading '{line.text[: cue_end + colon + 1].strip()}'")
        if len(rest.strip(MARKUP + ":")) > 300 and not self.gazetteer.countries(rest):
            return None
        following = next((other for other in self.lines[index + 1 :] if other.stripped), None)
        next_index = index + 2 if self.underline(index + 1) else index + 1
        if following is not None and reads_as_prose(following.text):
            after_note = self.list_after_note(index)
            if after_note is None:
                return None  # a headline above the statement's text, not the list's heading
            next_index = after_note
        end = self.section_end(next_index)
        if next_index >= len(self.lines) or self.lines[next_index].start >= end:
            return None
        list_start = self.lines[next_index].start
        if not self.text[list_start:end].strip():
            return None
        codes = tuple(dict.fromkeys(place.code for place in self.gazetteer.countries(line.text)))
        countries_line = line if codes else None
        return Section(
            line.start,
            list_start,
            end,
            f"heading '{line.stripped[:60]}'",
            countries_line,
            codes if countries_line else (),
        )

    def section_end(self, first: int) -> int:
        """The start of the first stop line (contacts, links, '###'), or of prose after a name."""
        names = 0
        for number, line in enumerate(self.lines[first:], first):
            if STOP_LINE.match(line.text) and not self.underline(number):
                return line.start
            if names and self.prose_after_names(line) and not self.opens_list(number):
                return line.start
            if names >= 3 and is_date_line(line.stripped) and self.letter_follows(line):
                return line.start  # the list opened a letter: its place and date come next
            names += bool(line.stripped) and not is_furniture(line.stripped, self.title)
        return len(self.text)

    def opens_list(self, number: int) -> bool:
        """A line ending in a colon right above a bulleted or deeper-indented line ('X — coordination
        nationale, qui porte la voix de :' above '- A'): it introduces members, it does not end the list."""
        line = self.lines[number]
        following = next((other for other in self.lines[number + 1 : number + 3] if other.stripped), None)
        if following is None or not line.stripped.rstrip("*_ ").endswith(":"):
            return False
        if BULLET.match(following.stripped) or following.indent > line.indent:
            return True
        above = next((other for other in reversed(self.lines[:number]) if other.stripped), None)
        return above is not None and line.indent > above.indent and following.indent >= line.indent

    @staticmethod
    def prose_after_names(line: Line) -> bool:
        """A sentence that ends the list: not a coalition's line, a heading in two languages, nor an
        entry whose bold name a description follows ('1. **Name** (Pays) — what it does')."""
        if is_trailer(line.stripped):  # '…and 14 more organisations whose names are on file.': a count
            return False
        return reads_as_prose(line.text) and not COALITION_CUE.search(line.text) and not bilingual_heading(line)

    def list_after_note(self, index: int) -> int | None:
        """Below a heading, one or two lines of prose (a note: 'Signatures received until …') then
        three name-like or table lines ('Organization | Country'): the index where the list starts."""
        prose, names, first = 0, 0, None
        for number in range(index + 1, len(self.lines)):
            value = self.lines[number].stripped
            if not value:
                continue
            if names == 0 and reads_as_prose(value):
                prose += 1
                if prose > 2:
                    return None
                continue
            if not (looks_like_name_line(value) or "|" in value or described_entry(value)):
                return None
            first = number if first is None else first
            names += 1
            if names >= 3:
                return first
        return None

    def underline(self, index: int) -> bool:
        """A rule of '---' or '===' right below a short heading ('ENDORSING NETWORKS'): it underlines
        that heading (a plain-text section title), it does not end the list."""
        if not 0 < index < len(self.lines) or not UNDERLINE.fullmatch(self.lines[index].stripped):
            return False
        above = self.lines[index - 1].stripped
        return bool(above) and len(above.split()) <= 8 and not UNDERLINE.fullmatch(above)

    def continuation(self, after: int) -> Section | None:
        """A second, short list after the body that the first list's section does not reach: a
        label of later signatories ending in a colon ('Endossent également :', 'Also signed by:')
        right above bulleted names."""
        for index, line in enumerate(self.lines):
            if line.start < after or not line.stripped:
                continue
            label = line.stripped.rstrip(":").strip().strip(MARKUP)
            if (ORGANIZATION_LABEL.fullmatch(label) or HEADING_WORDS.fullmatch(label)) and self.list_follows(index):
                end = self.section_end(index + 1)
                return Section(line.start, line.start, end, f"later list '{line.stripped[:60]}'")
        return None

    def letter_follows(self, line: Line) -> bool:
        """Within three lines after a date, a salutation or subject line ends in a comma or colon."""
        after = [other.stripped for other in self.lines if other.start > line.start and other.stripped][:3]
        return any(LETTER_LINE.match(value) for value in after)

    def trailing_block(self) -> Section | None:
        """At least three name-like lines at the end, after the body (no heading); dates, contacts
        and single blank lines between groups of names are passed over."""
        index = len(self.lines) - 1
        while index >= 0 and (not self.lines[index].stripped or is_furniture(self.lines[index].stripped, self.title)):
            index -= 1
        end = self.lines[index].end if index >= 0 else 0
        names, first, blank_run = 0, index + 1, 0
        while index > 0:
            line = self.lines[index]
            if not line.stripped:
                blank_run += 1
                if blank_run > 1:
                    break
            elif looks_like_name_line(line.stripped):
                names += 1
                blank_run = 0
                first = index
            elif not is_furniture(line.stripped, self.title):
                break
            index -= 1
        if names < 3 or first == 0:
            return None
        start = self.lines[first].start
        return Section(start, start, end, f"{names} name-like lines at the end (no heading found)")


# A letter's subject or salutation line ('Objet :', 'Dear Minister,', 'Estimada Ministra:').
LETTER_LINE = re.compile(
    r"(?:objet|object|subject|re|asunto|assunto|ref\.?)[ \t]*:|(?:dear|estimad[oa]s?|querid[oa]s?|"
    r"prezad[oa]s?|senhor[a]?|se[ñn]or[a]?|madame|monsieur|excelent[ií]sim[oa]|excellence)\b[^\n]{0,80}[,:]$",
    re.I,
)
UNDERLINE = re.compile(r"[=\-~]{3,}")
HEADING_WORDS = re.compile(rf"\b(?:{alternation('signatories', 'headings')})\b", re.I)


def reads_as_prose(value: str) -> bool:
    """A sentence, not an entry whose name a description follows ('1. Name (Pays) — what it does')."""
    return is_prose(value) and described_entry(value) is None


def heading_line(value: str) -> re.Match[str] | None:
    """A short line that holds a heading word after other words and reads as a heading, not a
    sentence: 'Lista de organizaciones firmantes:', 'Organizações que assinam esta nota:', 'Les
    organisations signataires :'. The match ends where the heading word does."""
    stripped = value.strip().strip(MARKUP)
    if not stripped or len(stripped.split()) > 8 or stripped.endswith((".", ";", ",")):
        return None
    if is_mail_furniture(stripped):
        return None  # 'Asunto: RV: Firmas', a forwarded message's subject, opens no list
    if any(char.isdigit() for char in stripped):
        return None  # 'Más de 50 organizaciones firman la carta': a headline, not the list's heading
    matches = list(HEADING_WORDS.finditer(value))
    if not matches:
        return None
    match = matches[-1]
    tail = value[match.end() :].strip(MARKUP + ":")
    return match if len(tail.split()) <= 3 else None


def bilingual_heading(line: Line) -> bool:
    """A sub-heading in two languages ('Redes firmantes y sus integrantes / Signatory networks and
    their members'): one half is a heading of the lexicon, so the line is no prose."""
    halves = line.stripped.rstrip(":").split(" / ")
    return len(halves) == 2 and any(heading_line(half) for half in halves)


def looks_like_name_line(value: str) -> bool:
    """A line that reads as a name, not a sentence: short, no sentence-final punctuation."""
    if COALITION_CUE.search(value):
        return True
    value = BULLET.sub("", value, count=1) if BULLET.match(value) else value
    if not value or len(value) > 200 or len(value.split()) > 20:
        return False
    label = re.sub(r"\s*\([^()]*\)", "", value[:-1]).strip()  # '(for identification only)'
    if value.endswith(":") and (PERSON_LABEL.fullmatch(label) or ORGANIZATION_LABEL.fullmatch(label)):
        return True
    if value[-1] in "!?:;" or (value.endswith(".") and not re.search(r"(?:\b[A-Z]{1,3}\.|\.[A-Z]\.?)$", value)):
        return False
    if re.search(r"[a-z]\. [A-Z][a-z]", value):
        return False
    return value[0].isupper() or value[0].isdigit() or not value[0].isalpha()


__all__ = ["Section", "SectionFinder", "first_line", "looks_like_name_line"]
