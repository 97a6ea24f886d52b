"""Finding a statement's signatory section and splitting it into organizations, coalitions and persons.

The splitter works on offsets, never on copies: it returns *pieces* (items, separators, labels,
coalition cues) that cover the list exactly, so every name in the draft is a verbatim span of the
source and nothing is lost or invented (``tests/test_ingest_properties.py`` checks that with
random input). A comma ends a name unless one of these transparent rules says it is inside one:

- it is inside parentheses: ``Equipo (ECAP, Guatemala)``;
- what follows is a legal form: ``Instituto para las Mujeres en la Migración, AC (IMUMI)``;
- what follows is only a place: ``Frontera de Cristo Agua Prieta, Mexico/Douglas AZ.``;
- the acronym at the end needs the words before the comma: ``Equipo de Estudios, Comunitarios y
  Acción Psicosocial (ECAP)``, ``Voces Mesoamericanas, Acción con Pueblos Migrantes (VM-AP)``;
- what follows starts with a gerund, a tagline: ``Cristosal, Advancing Human Rights in Central America``;
- what follows starts in lowercase (but not with an article: '; the Scalabrini Network'): a
  continuation, not a new name;
- what follows is one person's name alone among organizations: an honoree in the name
  (``…de la zona norte, Pedro Pantoja``), flagged for the curator.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace

from graph.ingest.countries import Gazetteer, Place
from graph.ingest.names import (
    LEGAL_FORM,
    ORGANIZATION_WORDS,
    explains,
    is_gerund,
    looks_like_organization,
    looks_like_person,
    name_without_acronym,
    starts_with_organization_word,
    trailing_acronym,
)
from graph.ingest.text import DASHES, Line, split_lines, words

ITEM, SEPARATOR, LABEL, CUE = "item", "separator", "label", "cue"


@dataclass(frozen=True)
class Piece:
    """A span of a signatory list: a name (item), a separator, a group label or a coalition cue.

    ``persons`` marks items read as individuals (after a label such as 'Defensoras y defensores
    de migrantes;'); ``parent`` is the index (in the piece list) of the coalition an item belongs
    to; ``notes`` explain readings a curator should know about, ``flags`` those they must check.
    """

    kind: str
    start: int
    end: int
    persons: bool = False
    parent: int | None = None
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


SOFT_SEPARATOR = re.compile(r"[^\S\n]*[,;][^\S\n]*(?:(?:and|y|e|&)[^\S\n]+)?")
LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
BULLET = re.compile(r"(?:[-•*·\u2013\u2014▪◦‣►]|\d{1,3}[.)])[ \t]+")
CONJUNCTION = re.compile(r"[ \t]+(?:and|y|e|&)[ \t]+")
LEADING_ARTICLE = re.compile(r"(?:the|la|el|los|las|le|les|os|as|o|a|an|un|una)\s", re.I)
ENGLISH_ARTICLE = re.compile(r"the[ \t]+(?=[A-Z])")
END_PERIOD = re.compile(r"(?:(?<=[a-záéíóúñãõçü]{3})|(?<=\)))\.[ \t]*$")  # a sentence-final period, not "A.C."

PERSON_LABEL = re.compile(
    r"(?:defensoras?\s+y\s+defensores|defensores\s+y\s+defensoras|defensores|defensoras|"
    r"human\s+rights\s+defenders|individual\s+signatories|individual\s+signatures|individuals?|"
    r"signing\s+as\s+individuals|personas|pessoas|persons|people|firmas\s+individuales|"
    r"assinaturas\s+individuais|a\s+t[ií]tulo\s+(?:personal|individual)|em\s+nome\s+pr[oó]prio|"
    r"personalidades|academics|acad[ée]mic[oa]s)(?:\s+[\w'\u2019]+){0,4}",
    re.I,
)
ORGANIZATION_LABEL = re.compile(
    r"(?:organi[sz]ations|organizaciones|organiza[cç][oõ]es|entidades|networks|redes|institutions|"
    r"instituciones|institui[cç][oõ]es|coalitions|coaliciones)(?:\s+[\w'\u2019]+){0,3}",
    re.I,
)
COALITION_CUE = re.compile(
    r"[ \t]*,?[ \t]*\b(?:composed\s+of|comprised\s+of|made\s+up\s+of|consisting\s+of|whose\s+members\s+are|"
    r"members\s*:|member\s+organi[sz]ations\s*:|integrad[oa]s?\s+por|conformad[oa]s?\s+por|"
    r"compuest[oa]s?\s+por|formad[oa]s?\s+por|compost[oa]s?\s+por|miembros\s*:|membros\s*:|"
    r"que\s+re[uú]ne\s+a)[ \t]*:?[ \t]*",
    re.I,
)
SIGNATORY_CUE = re.compile(
    r"[ \t#*_>\-]*(?:subscribed\s+by|signed\s+by|signatories|signatory\s+organi[sz]ations|list\s+of\s+signatories|"
    r"endorsed\s+by|endorsements|undersigned|firman|firmantes|organizaciones\s+firmantes|suscriben|"
    r"suscrit[oa]\s+por|firmad[oa]\s+por|adhieren|adhesiones|assinam|assinad[oa]\s+por|assinaturas|"
    r"signat[aá]ri[oa]s|organiza[cç][oõ]es\s+signat[aá]rias|subscrevem|subscrit[oa]\s+por)\b",
    re.I,
)
STOP_LINE = re.compile(
    r"[ \t]*(?:[#*=_~\-\u2013\u2014]{3,}[ \t]*$|(?:contact|contacto|contato|press\s+contact|media\s+contact|"
    r"for\s+more\s+information|para\s+m[aá]s\s+informaci[oó]n|para\s+mais\s+informa[cç][oõ]es|"
    r"m[aá]s\s+informaci[oó]n|mais\s+informa[cç][oõ]es|source|fuente|fonte)\b[^\n]{0,40}:|"
    r"(?:https?://|www\.)\S+[ \t]*$|\S+@\S+\.\w+[ \t]*$)",
    re.I,
)


# --- protected ranges: separators inside parentheses are part of the name -----------------------


class Brackets:
    """Balanced (…) and […] pairs of a text region, one line at a time; lookups by bisection."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.opens: list[int] = []
        self.closes: list[int] = []
        stack: list[int] = []
        for match in re.finditer(r"[()\[\]\n]", text[start:end]):
            char, position = match.group(), start + match.start()
            if char == "\n":
                stack.clear()
            elif char in "([":
                stack.append(position)
            elif stack:
                self.add(stack.pop(), position)
        pairs = sorted(zip(self.opens, self.closes, strict=True))
        self.opens = [pair[0] for pair in pairs]
        self.closes = [pair[1] for pair in pairs]

    def add(self, open_at: int, close_at: int) -> None:
        self.opens.append(open_at)
        self.closes.append(close_at)

    def protects(self, position: int) -> bool:
        """True when ``position`` lies strictly inside a bracket pair."""
        index = bisect.bisect_left(self.opens, position)
        return any(self.opens[i] < position < self.closes[i] for i in range(max(0, index - 8), index))


# --- splitting one list ---------------------------------------------------------------------------


@dataclass
class _Item:
    start: int
    end: int
    persons: bool = False
    label: bool = False
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@dataclass
class _Separator:
    start: int
    end: int
    soft: bool  # a comma, semicolon or conjunction a rule may undo; line breaks are never undone


class ListSplitter:
    """Splits one list (a line, a paragraph or a block of lines) into names and separators."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer

    def split(self, start: int, end: int, persons: bool = False) -> list[Piece]:
        """Pieces covering ``text[start:end]`` exactly, in order."""
        if start >= end:
            return []
        brackets = Brackets(self.text, start, end)
        separators = self.separators(start, end, brackets)
        items = self.items_between(separators, start, end)
        if not items:
            return [Piece(SEPARATOR, start, end)]
        items = self.split_last_conjunction(items, separators, brackets, persons)
        items = self.read_labels(items, persons)
        items = [
            item for item in (self.trimmed(item) for item in self.merge_names(items, persons)) if item.end > item.start
        ]
        return cover([self.piece(item) for item in items], start, end)

    def trimmed(self, item: _Item) -> _Item:
        """The item without surrounding whitespace of any kind (a lone CR, a no-break space)."""
        while item.start < item.end and self.text[item.start].isspace():
            item.start += 1
        while item.end > item.start and self.text[item.end - 1].isspace():
            item.end -= 1
        return item

    def separators(self, start: int, end: int, brackets: Brackets) -> list[_Separator]:
        found: list[_Separator] = []
        lead = re.compile(r"\s*").match(self.text, start, end)
        lead_end = lead.end() if lead else start
        bullet = BULLET.match(self.text, lead_end, end)
        if bullet and bullet.end() < end:
            lead_end = bullet.end()
        if lead_end > start:
            found.append(_Separator(start, lead_end, False))
        for match in LINE_BREAK.finditer(self.text, start, end):
            stop = match.end()
            bullet = BULLET.match(self.text, stop, end)
            if bullet:
                stop = bullet.end()
            found.append(_Separator(match.start(), stop, False))
        for match in SOFT_SEPARATOR.finditer(self.text, start, end):
            mark = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
            if not brackets.protects(mark):
                found.append(_Separator(match.start(), match.end(), True))
        tail = self.tail_start(start, end)
        if tail < end:
            found.append(_Separator(tail, end, False))
        return merge_separators(found)

    def tail_start(self, start: int, end: int) -> int:
        """Where trailing whitespace and a sentence-final period begin ('… Patricia Zamudio.')."""
        stripped_end = len(self.text[start:end].rstrip()) + start
        period = END_PERIOD.search(self.text, start, stripped_end)
        return period.start() if period else stripped_end

    def items_between(self, separators: list[_Separator], start: int, end: int) -> list[_Item]:
        """The spans between separators; a lowercase 'the ' opening a name after a separator is
        left to the separator ('; the Scalabrini Network' -> 'Scalabrini Network')."""
        items: list[_Item] = []
        position = start
        for separator in [*separators, _Separator(end, end, False)]:
            if separator.start > position:
                article = ENGLISH_ARTICLE.match(self.text, position, separator.start)
                first = article.end() if article and position > start and article.end() < separator.start else position
                items.append(_Item(first, separator.start))
            position = max(position, separator.end)
        return items

    def split_last_conjunction(
        self, items: list[_Item], separators: list[_Separator], brackets: Brackets, persons: bool
    ) -> list[_Item]:
        """'A, B y C': split 'B y C' only when both sides are whole names (two persons, or an
        organization word or acronym marking where the second begins)."""
        if len(items) < 2:
            return items
        result: list[_Item] = []
        for index, item in enumerate(items):
            following = next((s for s in separators if s.start >= item.end), None)
            last_of_list = following is None or not following.soft
            previous = next((s for s in reversed(separators) if s.end <= item.start), None)
            after_comma = previous is not None and previous.soft
            matches = [
                m for m in CONJUNCTION.finditer(self.text, item.start, item.end) if not brackets.protects(m.start())
            ]
            if not (last_of_list and after_comma and matches and index > 0):
                result.append(item)
                continue
            match = self.conjunction_to_split(item, matches, persons or item.persons)
            if match:
                result += [_Item(item.start, match.start()), _Item(match.end(), item.end)]
            else:
                result.append(item)
        return result

    def conjunction_to_split(self, item: _Item, matches: list[re.Match[str]], persons: bool) -> re.Match[str] | None:
        """The 'and'/'y'/'e' between two whole names: for persons the last one that leaves two
        person names; for organizations the first one followed by an organization word
        ('Missão Paz e Instituto Migrações e Direitos Humanos' splits before 'Instituto')."""
        ordered = list(reversed(matches)) if persons else matches
        for match in ordered:
            left = self.text[item.start : match.start()]
            right = self.text[match.end() : item.end]
            if looks_like_person(left) and looks_like_person(right):
                return match
            if persons:
                continue
            if reads_as_whole_organization(left) and reads_as_whole_organization(right):
                return match
        return None

    def read_labels(self, items: list[_Item], persons: bool) -> list[_Item]:
        """Group labels ('Defensoras y defensores de migrantes;', 'Individuals:') switch to persons."""
        result: list[_Item] = []
        for item in items:
            value = self.text[item.start : item.end]
            inline = re.match(r"([^:]{2,60}?)\s*:\s*(?=\S)", value)
            label_text = inline.group(1) if inline else value.rstrip(":;").rstrip()
            follows = self.text[item.end : item.end + 1]
            is_person_label = bool(PERSON_LABEL.fullmatch(label_text))
            is_org_label = bool(ORGANIZATION_LABEL.fullmatch(label_text))
            if (is_person_label or is_org_label) and (inline or follows in (";", ":") or value.endswith(":")):
                persons = is_person_label
                label_end = item.start + len(label_text)
                result.append(_Item(item.start, label_end, label=True))
                if inline:
                    result.append(_Item(item.start + inline.end(), item.end, persons=persons))
                continue
            item.persons = persons
            result.append(item)
        return result

    def merge_names(self, items: list[_Item], persons: bool) -> list[_Item]:
        items = self.merge_acronym_spans(items)
        merged: list[_Item] = []
        for index, item in enumerate(items):
            if merged and self.separated_softly(merged[-1], item) and not item.label and not merged[-1].label:
                following = items[index + 1] if index + 1 < len(items) else None
                reason = self.continuation_reason(merged[-1], item, following)
                if reason:
                    previous = merged[-1]
                    previous.end = item.end
                    note, flag = reason
                    if flag:
                        previous.flags.append(flag)
                    elif note:
                        previous.notes.append(note)
                    continue
            merged.append(item)
        return merged

    def separated_softly(self, left: _Item, right: _Item) -> bool:
        between = self.text[left.end : right.start]
        return "\n" not in between and bool(between.strip(" \t")) and between.strip(" \t")[0] in ",;"

    def merge_acronym_spans(self, items: list[_Item]) -> list[_Item]:
        """Join the pieces an acronym at the end needs: 'Equipo de Estudios, Comunitarios y … (ECAP)'."""
        result: list[_Item] = []
        for item in items:
            result.append(item)
            if item.label:
                continue
            name = self.name_part(item)
            acronym = trailing_acronym(name)
            if not acronym or explains(acronym, name_without_acronym(name)):
                continue
            for back in range(1, 4):
                if len(result) <= back:
                    break
                group = result[-back - 1 :]
                if self.is_complete_name(group[0]):
                    break
                if any(g.label for g in group) or not all(
                    self.separated_softly(a, b) for a, b in itertools.pairwise(group)
                ):
                    break
                joined = self.text[group[0].start : item.end]
                if explains(acronym, name_without_acronym(self.name_part(_Item(group[0].start, item.end)))):
                    first = group[0]
                    first.end = item.end
                    first.notes.append(f"commas kept inside the name: the acronym {acronym} spells its words")
                    del result[-back:]
                    break
                if len(joined) > 300:
                    break
        return result

    def is_complete_name(self, item: _Item) -> bool:
        """An item with its own acronym or place after it ends a name: an acronym further on
        cannot reach back past it."""
        value = self.text[item.start : item.end]
        return bool(trailing_acronym(self.name_part(item))) or location_suffix_start(value, self.gazetteer) < len(value)

    def name_part(self, item: _Item) -> str:
        value = self.text[item.start : item.end]
        return value[: location_suffix_start(value, self.gazetteer)]

    def continuation_reason(self, left: _Item, right: _Item, following: _Item | None) -> tuple[str, str] | None:
        """Why ``right`` continues ``left``'s name, as (note, flag), or None when it is a new name."""
        value = self.text[right.start : right.end]
        left_value = self.text[left.start : left.end]
        comma = self.text[left.end : right.start].strip().startswith(",")
        if comma and LEGAL_FORM.match(value) and is_legal_form_tail(value):
            return f"', {value.split()[0]}' read as a legal form, part of the name", ""
        if comma and self.gazetteer.is_location(value):
            return f"', {value}' read as where it is, not another name", ""
        if comma and is_gerund(value.split()[0]) and len(left_value.split()) <= 3 and not trailing_acronym(left_value):
            return "", (
                f"'{value}' after the comma is read as a tagline of '{left_value}' (it starts with a gerund); "
                "the short form before the comma is proposed as the preferred label"
            )
        if value[:1].islower() and not left.persons and not LEADING_ARTICLE.match(value):
            return f"'{value[:30]}' starts in lowercase: read as the rest of the name", ""
        person = self.text[right.start : right.start + location_suffix_start(value, self.gazetteer)].strip()
        following_person = following is not None and looks_like_person(self.name_part(following))
        if (
            comma
            and not left.persons
            and looks_like_person(person)
            and not looks_like_person(self.name_part(left))
            and looks_like_organization(left_value)
            and not following_person
        ):
            return "", (
                f"'{person}' looks like a person's name alone among organizations: read as part of the "
                f"name '{left_value}, {person}' (an honoree); if it is an individual signatory, split it"
            )
        return None

    def piece(self, item: _Item) -> Piece:
        kind = LABEL if item.label else ITEM
        return Piece(kind, item.start, item.end, item.persons, None, tuple(item.notes), tuple(item.flags))


def reads_as_whole_organization(name: str) -> bool:
    """Two or more words with an organization word at either end ('Red Nacional de …',
    'Border Justice Alliance') or an acronym at the end: a name that can stand alone."""
    tokens = words(name)
    if len(tokens) < 2:
        return False
    return name.rstrip().endswith(")") or tokens[0] in ORGANIZATION_WORDS or tokens[-1] in ORGANIZATION_WORDS


def is_legal_form_tail(value: str) -> bool:
    """'AC', 'A.C. (UNORCA)', 'IAP - Mexico': a legal form, then at most an acronym or place."""
    match = LEGAL_FORM.match(value)
    if not match:
        return False
    rest = value[match.end() :].strip()
    return not rest or rest.startswith(("(", "-", *DASHES))


def merge_separators(separators: list[_Separator]) -> list[_Separator]:
    """Overlapping or touching separators become one; a line break makes the result hard."""
    merged: list[_Separator] = []
    for separator in sorted(separators, key=lambda s: (s.start, -s.end)):
        if merged and separator.start <= merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, separator.end)
            last.soft = last.soft and separator.soft
        else:
            merged.append(_Separator(separator.start, separator.end, separator.soft))
    return merged


def cover(pieces: list[Piece], start: int, end: int) -> list[Piece]:
    """``pieces`` with every gap filled by a separator, so they cover ``[start, end)`` exactly."""
    covered: list[Piece] = []
    position = start
    for piece in sorted(pieces, key=lambda p: p.start):
        if piece.start > position:
            covered.append(Piece(SEPARATOR, position, piece.start))
        covered.append(piece)
        position = piece.end
    if position < end:
        covered.append(Piece(SEPARATOR, position, end))
    joined: list[Piece] = []
    for piece in covered:
        if joined and piece.kind == SEPARATOR and joined[-1].kind == SEPARATOR:
            joined[-1] = Piece(SEPARATOR, joined[-1].start, piece.end)
        else:
            joined.append(piece)
    return joined


SUFFIX_START = re.compile(r"[ \t]*(?:\(|[-\u2013\u2014]|,)[ \t]*")
SUFFIX_REACH = 80  # a place written after a name is short: look only this far from the end


def location_suffix_start(value: str, gazetteer: Gazetteer) -> int:
    """Where a trailing place begins in a name ('- Mexico', '(Ecuador)', ', Mexico/Douglas AZ.'),
    or ``len(value)`` when there is none. The leftmost reading wins ('- Mexico and Central America').

    A dash between two countries with no spaces ('Argentina-Uruguay') is part of the name.
    """
    offset = max(0, len(value) - SUFFIX_REACH)
    for match in SUFFIX_START.finditer(value, offset):
        before = value[: match.start()]
        if not before.strip():
            continue
        rest = value[match.end() :].rstrip()
        if match.group().strip() == "(":
            if not rest.endswith(")") or "(" in rest or ")" in rest[:-1]:
                continue
            rest = rest[:-1]
        elif "(" in rest or ")" in rest:
            continue
        if not gazetteer.is_location(rest):
            continue
        dash = match.group().strip() in ("-", *DASHES)
        if dash and match.group() == match.group().strip():
            last_word = before.split()[-1] if before.split() else ""
            if gazetteer.countries(last_word) and gazetteer.is_location(last_word):
                continue
        return match.start()
    return len(value)


# --- the signatory section ------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """Where the signatories are: ``cue_start`` (start of the heading or list) to ``end``.

    ``list_start`` is where names begin; ``countries`` is the line that names the signatories'
    countries ('Subscribed by organizations in Argentina, …') with their codes, if there is one.
    """

    cue_start: int
    list_start: int
    end: int
    how: str
    countries_line: Line | None = None
    country_codes: tuple[str, ...] = ()


class SectionFinder:
    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.lines = split_lines(text)

    def find(self) -> Section | None:
        """The first heading cue followed by names, else a trailing block of name-like lines."""
        for index, line in enumerate(self.lines):
            match = SIGNATORY_CUE.match(line.text)
            if match and len(line.text) < 1000:
                section = self.section_after_cue(index, line, match.end())
                if section:
                    return section
        return self.trailing_block()

    def section_after_cue(self, index: int, line: Line, cue_end: int) -> Section | None:
        rest = line.text[cue_end:]
        colon = rest.find(":")
        if 0 <= colon <= 80 and rest[colon + 1 :].strip():
            list_start = line.start + cue_end + colon + 1
            end = self.section_end(index + 1)
            return Section(line.start, list_start, end, f"heading '{line.text[: cue_end + colon + 1].strip()}'")
        next_index = index + 1
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

    def section_end(self, first_line: int) -> int:
        """The start of the first stop line (contacts, links, '###') after the list begins."""
        for line in self.lines[first_line:]:
            if STOP_LINE.match(line.text):
                return line.start
        return len(self.text)

    def trailing_block(self) -> Section | None:
        """At least three name-like lines at the end, after the body (no heading)."""
        index = len(self.lines) - 1
        while index >= 0 and (not self.lines[index].stripped or STOP_LINE.match(self.lines[index].text)):
            index -= 1
        end = self.lines[index].end if index >= 0 else 0
        names = 0
        first = index + 1
        blank_run = 0
        while index >= 0:
            line = self.lines[index]
            if not line.stripped:
                blank_run += 1
                if blank_run > 1:
                    break
            elif looks_like_name_line(line.stripped):
                names += 1
                blank_run = 0
                first = index
            else:
                break
            index -= 1
        if names < 3 or first == 0:
            return None
        start = self.lines[first].start
        return Section(start, start, end, f"{names} name-like lines at the end (no heading found)")


def looks_like_name_line(value: str) -> bool:
    """A line that reads as a name, not a sentence: short, no sentence-final punctuation."""
    if COALITION_CUE.search(value):
        return True
    value = BULLET.sub("", value, count=1) if BULLET.match(value) else value
    if not value or len(value) > 200 or len(value.split()) > 20:
        return False
    if value.endswith(":") and (PERSON_LABEL.fullmatch(value[:-1]) or ORGANIZATION_LABEL.fullmatch(value[:-1])):
        return True
    if value[-1] in "!?:;" or (value.endswith(".") and not re.search(r"(?:\b[A-Z]{1,3}\.|\.[A-Z]\.?)$", value)):
        return False
    if re.search(r"[a-z]\. [A-Z]", value):
        return False
    return value[0].isupper() or value[0].isdigit() or not value[0].isalpha()


class SectionSplitter:
    """Splits a whole signatory section: lines, sub-headings, coalitions and their members."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.splitter = ListSplitter(text, gazetteer)

    def split(self, start: int, end: int) -> list[Piece]:
        lines = [line for line in split_lines(self.text, start, end) if line.stripped]
        if lines and lines[0].start < start:
            lines[0] = Line(start, lines[0].end, self.text[start : lines[0].end])
        one_per_line = len(lines) >= 2
        pieces: list[Piece] = []
        persons = False
        index = 0
        while index < len(lines):
            line = lines[index]
            label = self.heading_label(line)
            if label is not None:
                persons = label
                content_start = line.start + line.indent
                pieces.append(Piece(LABEL, content_start, content_start + len(line.stripped)))
                index += 1
                continue
            cue = COALITION_CUE.search(line.text)
            if cue and cue.start() > 0:
                members = self.nested_members(lines, index) if not line.text[cue.end() :].strip() else []
                pieces += self.coalition_line(line, cue, members, persons, len(pieces))
                index += 1 + len(members)
                continue
            line_pieces = self.splitter.split(line.start, line.end, persons)
            if one_per_line:
                line_pieces = self.one_name_per_line(line_pieces, line)
            pieces += line_pieces
            persons = next((p.persons for p in reversed(line_pieces) if p.kind in (ITEM,)), persons)
            index += 1
        return renumber_parents(cover(pieces, start, end), pieces)

    def heading_label(self, line: Line) -> bool | None:
        """True/False for a sub-heading line that starts persons/organizations; None otherwise."""
        value = BULLET.sub("", line.stripped, count=1).rstrip()
        if not value.endswith(":"):
            return None
        value = value[:-1].strip()
        if PERSON_LABEL.fullmatch(value):
            return True
        if ORGANIZATION_LABEL.fullmatch(value):
            return False
        return None

    def nested_members(self, lines: list[Line], index: int) -> list[Line]:
        """Lines indented under a coalition whose cue ends its line ('Red X, integrada por:')."""
        members: list[Line] = []
        head_indent = lines[index].indent
        head_bulleted = bool(BULLET.match(lines[index].text.lstrip()))
        for line in lines[index + 1 :]:
            deeper = line.indent > head_indent
            bulleted_under_plain = not head_bulleted and bool(BULLET.match(line.text.lstrip()))
            if not (deeper or bulleted_under_plain):
                break
            members.append(line)
        return members

    def coalition_line(
        self, line: Line, cue: re.Match[str], members: list[Line], persons: bool, offset: int
    ) -> list[Piece]:
        """Head names, the cue, then members whose ``parent`` is the head's piece index."""
        cue_start, cue_end = line.start + cue.start(), line.start + cue.end()
        head_pieces = self.splitter.split(line.start, cue_start, False)
        items = [i for i, p in enumerate(head_pieces) if p.kind == ITEM]
        if not items:
            return self.splitter.split(line.start, line.end, persons)
        head_index = offset + items[-1]
        head = head_pieces[items[-1]]
        flags = head.flags
        if members:
            flags = (
                *flags,
                f"'{self.text[head.start : head.end]}': its members are listed on the {len(members)} line(s) "
                "below it; `gcmkg build` reads "
                "membership evidence only on the coalition's own line, so these memberships will be refused "
                "until the lead's loader reads nested lists (or the list is rewritten on one line)",
            )
        head_pieces[items[-1]] = replace(head, notes=(*head.notes, "a coalition: its members follow"), flags=flags)
        pieces = [*head_pieces, Piece(CUE, cue_start, cue_end)]
        member_pieces = (
            self.splitter.split(cue_end, line.end)
            if not members
            else [piece for member in members for piece in self.splitter.split(member.start, member.end)]
        )
        pieces += [replace(p, parent=head_index) if p.kind == ITEM else p for p in member_pieces]
        return pieces

    def one_name_per_line(self, pieces: list[Piece], line: Line) -> list[Piece]:
        """In a one-name-per-line list, a line is one name unless it clearly lists several."""
        items = [p for p in pieces if p.kind == ITEM]
        if len(items) < 2 or any(p.kind == LABEL for p in pieces):
            return pieces
        names = [self.text[p.start : p.end] for p in items]
        all_persons = all(looks_like_person(name) for name in names)
        all_marked = all(trailing_acronym(name) or starts_with_organization_word(name) for name in names)
        if all_persons or all_marked:
            return pieces
        first, last = items[0], items[-1]
        notes = tuple(note for p in items for note in p.notes)
        flags = tuple(flag for p in items for flag in p.flags)
        whole = Piece(ITEM, first.start, last.end, first.persons, None, notes, flags)
        return cover([whole], line.start, line.end)


def renumber_parents(covered: list[Piece], original: list[Piece]) -> list[Piece]:
    """Parent indexes pointed into ``original``; point them into ``covered`` instead."""
    position_of = {(p.start, p.end, p.kind): i for i, p in enumerate(covered)}
    result: list[Piece] = []
    for piece in covered:
        if piece.parent is not None:
            head = original[piece.parent]
            piece = replace(piece, parent=position_of[(head.start, head.end, head.kind)])
        result.append(piece)
    return result


# --- from pieces to agents -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceClaim:
    """A country a name shows, with the words that show it (``evidence`` at ``start`` in the text)."""

    code: str
    evidence: str
    start: int
    how: str


@dataclass
class Extracted:
    """One signatory as the text writes it."""

    start: int  # the whole item, place suffix included
    end: int
    name: str  # as written, without a trailing place: becomes written_as
    name_start: int
    kind: str  # "organization" or "person"
    acronym: str
    places: list[PlaceClaim]
    parent: int | None  # index in the extraction's agents of the coalition it is a member of
    is_coalition: bool = False
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    section: Section | None
    pieces: list[Piece]
    agents: list[Extracted]


def extract_signatories(text: str, gazetteer: Gazetteer) -> Extraction:
    """The signatory section of ``text`` split into agents; an empty extraction if there is none."""
    section = SectionFinder(text, gazetteer).find()
    if section is None:
        return Extraction(None, [], [])
    pieces = SectionSplitter(text, gazetteer).split(section.list_start, section.end)
    agents: list[Extracted] = []
    agent_of_piece: dict[int, int] = {}
    for index, piece in enumerate(pieces):
        if piece.kind != ITEM:
            continue
        agent = read_item(text, piece, gazetteer)
        if agent is None:
            continue
        if piece.parent is not None and piece.parent in agent_of_piece:
            agent.parent = agent_of_piece[piece.parent]
            agents[agent.parent].is_coalition = True
        agent_of_piece[index] = len(agents)
        agents.append(agent)
    return Extraction(section, pieces, agents)


def read_item(text: str, piece: Piece, gazetteer: Gazetteer) -> Extracted | None:
    """Name, kind, acronym and places of one list item; None for an item without letters."""
    value = text[piece.start : piece.end]
    if not any(char.isalpha() for char in value):
        return None
    name_length = location_suffix_start(value, gazetteer)
    name = value[:name_length].rstrip()
    suffix = value[name_length:]
    places = suffix_places(text, piece.start, name, suffix, gazetteer)
    regions = [p.text for p in gazetteer.location_parts(suffix.strip(" ,()-" + DASHES)) if not p.code] if suffix else []
    places += name_places(text, piece.start, name, {p.code for p in places}, gazetteer)
    person = looks_like_person(name) and (
        piece.persons or (not looks_like_organization(name) and len(name.split()) <= 3)
    )
    kind = "person" if person else "organization"
    notes = list(piece.notes)
    flags = list(piece.flags)
    if piece.persons and not person:
        flags.append(f"'{name}' is listed among individuals but does not look like a person's name")
    if kind == "person" and not piece.persons:
        notes.append("read as a person from the shape of the name")
    if suffix.strip():
        notes.append(f"'{suffix.strip()}' after the name read as a place")
    acronym = trailing_acronym(name) if kind == "organization" else ""
    return Extracted(
        start=piece.start,
        end=piece.end,
        name=name,
        name_start=piece.start,
        kind=kind,
        acronym=acronym,
        places=places,
        parent=None,
        notes=notes,
        flags=flags,
        regions=regions,
    )


def suffix_places(text: str, item_start: int, name: str, suffix: str, gazetteer: Gazetteer) -> list[PlaceClaim]:
    """Countries of a trailing place, each with the name's last word (or acronym) as context."""
    if not suffix.strip():
        return []
    suffix_start = item_start + len(name)
    inner_offset = len(suffix) - len(suffix.lstrip(" ,(-" + DASHES)) if suffix else 0
    inner = suffix[inner_offset:].rstrip(" )")
    context_start = item_start + last_word_start(name)
    claims: list[PlaceClaim] = []
    for index, place in enumerate(gazetteer.location_parts(inner)):
        if not place.code:
            continue
        place_start = suffix_start + inner_offset + place.start
        place_end = place_start + len(place.text)
        if text[place_end : place_end + 1] == ")" and "(" in suffix:
            place_end += 1
        begin = context_start if index == 0 else place_start
        claims.append(PlaceClaim(place.code, text[begin:place_end], begin, "place written after the name"))
    return dedupe_places(claims)


def last_word_start(name: str) -> int:
    """Start of the name's last word, or of its trailing '(ACRONYM)'."""
    stripped = name.rstrip()
    if stripped.endswith(")") and "(" in stripped:
        return stripped.rfind("(")
    space = stripped.rfind(" ")
    return space + 1


PREPOSITIONS = re.compile(r"(?:\b(?:de|del|de\s+la|en|en\s+el|en\s+la|do|da|em|no|na|in|of|of\s+the)\s+)$", re.I)
NOT_BASED = re.compile(r"(?:\b(?:por|para|pela|pelo|for|pro|con|with|contra|against)\s+)$", re.I)


def name_places(text: str, item_start: int, name: str, known: set[str], gazetteer: Gazetteer) -> list[PlaceClaim]:
    """Countries inside a name ('… en Argentina', 'Caritas Colombia'); not 'por Venezuela'."""
    claims: list[PlaceClaim] = []
    for place in gazetteer.countries(name):
        if place.code in known or not place.code:
            continue
        before = name[: place.start]
        if NOT_BASED.search(before):
            continue
        preposition = PREPOSITIONS.search(before)
        context = before[: preposition.start()] if preposition else before
        words_before = context.rstrip().split()
        begin = len(context.rstrip()) - len(words_before[-1]) if words_before else place.start
        if preposition is None and not words_before:
            after = name[place.end :].split()
            end = place.end + (name[place.end :].find(after[0]) + len(after[0]) if after else 0)
        else:
            end = place.end
        evidence = name[begin:end]
        how = "country named in the name" + (f" ('{preposition.group().strip()} …')" if preposition else "")
        claims.append(PlaceClaim(place.code, evidence, item_start + begin, how))
        known.add(place.code)
    return claims


def dedupe_places(claims: list[PlaceClaim]) -> list[PlaceClaim]:
    seen: set[str] = set()
    unique: list[PlaceClaim] = []
    for claim in claims:
        if claim.code not in seen:
            seen.add(claim.code)
            unique.append(claim)
    return unique


__all__ = ["Extracted", "Extraction", "Piece", "Place", "PlaceClaim", "Section", "extract_signatories"]
