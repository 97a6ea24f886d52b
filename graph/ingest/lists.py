"""Splitting one list of names on offsets: items, separators, labels and coalition cues that cover the
list exactly, so every name is a verbatim span and nothing is lost or invented. The rules that keep a
comma inside a name are listed in ``graph.ingest.signatories``."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from graph.ingest.countries import SCOPE, Gazetteer
from graph.ingest.lexicon import alternation
from graph.ingest.names import (
    LEGAL_FORM,
    ORGANIZATION_WORDS,
    explains,
    is_gerund,
    looks_like_organization,
    looks_like_person,
    name_without_acronym,
    trailing_acronym,
)
from graph.ingest.text import DASHES, words

ITEM, SEPARATOR, LABEL, CUE = "item", "separator", "label", "cue"
LEXICON = "signatories"


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
    heading_place: tuple[int, int, str] | None = None  # a country heading above the item: start, end, code


SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # '⁰¹²…⁹', in digit order
FOOTNOTE_MARKS = SUPERSCRIPT_DIGITS + "\u2020\u2021"  # '¹²³…†‡'
TRAILING_MARKS = "*_" + DASHES + FOOTNOTE_MARKS
SOFT_SEPARATOR = re.compile(r"[^\S\n]*[,;][^\S\n]*(?:(?:and|y|e|et|&)[^\S\n]+)?")
# A unit's parent institution after a comma ('Clínica …, Universidad del Altiplano'): one name.
PARENT_INSTITUTION = re.compile(
    r"(?:University|Universidad|Universidade|Universit[ée]|Universitat|Facultad|Faculdade)\b"
)
SENTENCE_END = re.compile(r"(?<=\))\.[ \t]+(?=[A-Z\u00c0-\u00de])")  # '(VM-AP). Defensoras …'
LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
# A middle dot, a bullet or a bar between spaces joins entries on one line ('A (Perú) · B (Chile)',
# 'Europa: A (França) | B (Portugal)'): a hard break.
DOT_SEPARATOR = re.compile(r"[ \t\u00a0]+[\u00b7\u2022\u2219|][ \t\u00a0]+")
BULLET = re.compile(
    r"(?:[-•*·\u2013\u2014▪◦‣►»\u203a➢➤→○■□✓✔]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}[ \t]?[-\u2013\u2014]|\(?[a-z][.)]|"
    r"\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=[ \t]+[A-ZÀ-Þ]))[ \t]+"
)
# What may open a list before its first name: spaces, and a conjunction left by a closing bracket
# ('…(integrada por A, B y C) y Asociación X').
LEAD = re.compile(r"\s*(?:(?:and|y|e|et|&)[ \t]+(?=[A-ZÀ-Þ]))?")
CONJUNCTION = re.compile(r"[ \t]+(?:and|y|e|et|&)[ \t]+")
LEADING_ARTICLE = re.compile(r"(?:the|la|el|los|las|le|les|os|as|o|a|an|un|una)\s", re.I)
# A lowercase article opening a name inside a running list ('…, la Coordinadora X, …'): not part of it.
LIST_ARTICLE = re.compile(rf"(?:{alternation(LEXICON, 'list_articles')})[ \t]+(?=[A-ZÀ-Þ])")
# A sentence-final period (after a word, a bracket or an acronym: '… UNISUR.'), not the one of "A.C.".
END_PERIOD = re.compile(r"(?:(?<=[a-záéíóúñãõçü]{2})|(?<=\))|(?<=[A-Z]{3}))\.[ \t]*$")
ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Assn|Esq)$")  # their period stays
# 'Word and Word' alone after a comma ('…, Justice and Peace (Chile)'): the end of a name, not a name.
PAIR_TAIL = re.compile(r"[A-ZÀ-Þ][\w'\u2019-]+[ \t]+(?:and|y|e|et|&)[ \t]+[A-ZÀ-Þ][\w'\u2019-]+")

# The words of each part of a list come from graph/ingest/lexicon/signatories.yaml (four languages).
PERSON_LABEL = re.compile(rf"(?:{alternation(LEXICON, 'person_labels')})(?:\s+[\w'\u2019]+){{0,4}}", re.I)
ORGANIZATION_LABEL = re.compile(rf"(?:{alternation(LEXICON, 'organization_labels')})(?:\s+[\w'\u2019]+){{0,3}}", re.I)
COALITION_CUE = re.compile(
    rf"[ \t]*,?[ \t]*\b(?:(?:{alternation(LEXICON, 'coalition_cues')})"
    rf"(?:[ \t]+(?:{alternation(LEXICON, 'cue_objects')})(?=[ \t]*:))?[ \t]*:?|"
    rf"(?:{alternation(LEXICON, 'coalition_cues_with_colon')})"
    rf"(?:[ \t]*/[ \t]*(?:{alternation(LEXICON, 'coalition_cues_with_colon')}))?[ \t]*:)[ \t]*",
    re.I,
)
# 'hace 2 horas', '3 hours ago', 'há 5 minutos', 'il y a 2 jours' after a name or alone on a petition
# page's line: when it was signed, never part of a name.
RELATIVE_TIME = re.compile(rf"(?:^|[ \t,·|\u2013\u2014-]+)(?:{alternation(LEXICON, 'relative_times')})[ \t.]*$", re.I)
# 'and 35 more organizations': a count, not a name (nor the rest of the name before it).
TRAILER = re.compile(rf"(?:{alternation(LEXICON, 'trailers')})[ \t]*[.!]?", re.I)
SIGNATORY_CUE = re.compile(rf"[ \t#*_>\-]*(?:{alternation(LEXICON, 'headings')})\b", re.I)
STOP_LINE = re.compile(
    rf"[ \t]*(?:[#*=_~\-\u2013\u2014]{{3,}}[ \t]*$|(?:{alternation(LEXICON, 'stop_lines')})\b[^\n]{{0,40}}:|"
    rf"[#*_ \t]*(?:{alternation(LEXICON, 'contact_headings')})[ \t*_]*:?[ \t*_]*$|"
    rf"(?:{alternation(LEXICON, 'closing_lines')})\b[^\n:]{{0,80}}\.[ \t]*$|"
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
        """The item without surrounding whitespace of any kind (a lone CR, a no-break space) or
        emphasis markup ('**Red X**'), a dash left by a dashed aside ('… (Guatemala)—') or a footnote
        mark ('Casa X¹', 'Red Y†')."""
        while item.start < item.end and (self.text[item.start].isspace() or self.text[item.start] in "*_"):
            item.start += 1
        while item.end > item.start and (
            self.text[item.end - 1].isspace() or self.text[item.end - 1] in TRAILING_MARKS
        ):
            item.end -= 1
        return item

    def separators(self, start: int, end: int, brackets: Brackets) -> list[_Separator]:
        found: list[_Separator] = []
        lead = LEAD.match(self.text, start, end)
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
        for match in DOT_SEPARATOR.finditer(self.text, start, end):
            if not self.place_after_dot(match.end(), end):  # 'Ana Ruiz · Bogotá, Colombia': her place
                found.append(_Separator(match.start(), match.end(), False))
        for match in SENTENCE_END.finditer(self.text, start, end):
            if not brackets.protects(match.start()):
                found.append(_Separator(match.start(), match.end(), True))
        semicolons = semicolon_list(self.text, start, end, brackets)
        for match in SOFT_SEPARATOR.finditer(self.text, start, end):
            mark = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
            if semicolons and self.text[mark] == ",":
                continue  # in a list separated by semicolons, commas belong to the names
            if not brackets.protects(mark):
                found.append(_Separator(match.start(), match.end(), True))
        tail = self.tail_start(start, end)
        if tail < end:
            found.append(_Separator(tail, end, False))
        return merge_separators(found)

    def place_after_dot(self, position: int, end: int) -> bool:
        """Only a place (and a time stamp) follows a middle dot up to the line's end."""
        line_end = self.text.find("\n", position, end)
        rest = self.text[position : end if line_end == -1 else line_end]
        time = RELATIVE_TIME.search(rest)
        return self.gazetteer.is_location(rest[: time.start()] if time else rest)

    def tail_start(self, start: int, end: int) -> int:
        """Where trailing whitespace and a sentence-final period begin ('… Patricia Zamudio.'), or a
        relative time stamp ('Raúl Ortiz hace 6 horas')."""
        stripped_end = len(self.text[start:end].rstrip()) + start
        time = RELATIVE_TIME.search(self.text, start, stripped_end)
        if time and time.start() > start and "\n" not in self.text[time.start() : stripped_end]:
            stripped_end = time.start()
        period = END_PERIOD.search(self.text, start, stripped_end)
        if period and ABBREVIATION.search(self.text, start, period.start()):
            return stripped_end
        return period.start() if period else stripped_end

    def items_between(self, separators: list[_Separator], start: int, end: int) -> list[_Item]:
        """The spans between separators; a lowercase article opening a name after a separator is
        left to the separator ('; the Scalabrini Network' -> 'Scalabrini Network')."""
        items: list[_Item] = []
        position = start
        for separator in [*separators, _Separator(end, end, False)]:
            if separator.start > position:
                article = LIST_ARTICLE.match(self.text, position, separator.start)
                first = article.end() if article and position > start and article.end() < separator.start else position
                items.append(_Item(first, separator.start))
            position = max(position, separator.end)
        return items

    def split_last_conjunction(
        self, items: list[_Item], separators: list[_Separator], brackets: Brackets, persons: bool
    ) -> list[_Item]:
        """'A, B y C': split 'B y C' only when both sides are whole names (two persons, or an
        organization word or acronym marking where the second begins)."""
        if not items:
            return items
        result: list[_Item] = []
        for item in items:
            following = next((s for s in separators if s.start >= item.end), None)
            last_of_list = following is None or not following.soft
            previous = next((s for s in reversed(separators) if s.end <= item.start), None)
            after_comma = previous is not None and previous.soft
            matches = [
                m for m in CONJUNCTION.finditer(self.text, item.start, item.end) if not brackets.protects(m.start())
            ]
            closed = [m for m in matches if ends_complete(self.text[item.start : m.start()])]
            if not (last_of_list and after_comma and matches) and not closed:
                result.append(item)
                continue
            match = self.conjunction_to_split(item, matches, persons or item.persons, last_of_list and after_comma)
            after = self.text[closed[-1].end() : closed[-1].end() + 1] if closed else ""
            if match is None and closed and (after.isupper() or after.isdigit()):
                match = closed[-1]  # 'Sin Fronteras IAP y Veneactiva': the left name is closed
            if match:
                article = LIST_ARTICLE.match(self.text, match.end(), item.end)  # '… e o Observatório X'
                result += [_Item(item.start, match.start()), _Item(article.end() if article else match.end(), item.end)]
            else:
                result.append(item)
        return result

    def conjunction_to_split(
        self, item: _Item, matches: list[re.Match[str]], persons: bool, last_of_list: bool = False
    ) -> re.Match[str] | None:
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
            if last_of_list and holds_organization_word(left) and holds_organization_word(right):
                return match  # '…, Asylum Support Office of Saint Boniface and Harbor Outreach Collective.'

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
        if comma and bare_acronym_of(self.name_part(right).strip(), left_value):  # '…de La Libertad, COFAMDEL'
            return f"', {self.name_part(right).strip()}' read as the acronym of the name before it", ""
        if comma and self.gazetteer.is_location(value):
            return f"', {value}' read as where it is, not another name", ""
        if comma and PARENT_INSTITUTION.match(value) and not trailing_acronym(left_value):
            return f"', {value}' read as the institution '{left_value}' belongs to, part of the name", ""
        if comma and is_gerund(value.split()[0]) and len(left_value.split()) <= 3 and not trailing_acronym(left_value):
            return "", (
                f"'{value}' after the comma is read as a tagline of '{left_value}' (it starts with a gerund); "
                "the short form before the comma is proposed as the preferred label"
            )
        if TRAILER.fullmatch(value.strip()):
            return None
        if comma and self.pair_tail(left, right):
            return "", (
                f"'{self.name_part(right).strip()}' after the comma is two words joined by a conjunction, with no "
                f"organization word: read as the end of the name '{left_value}'; if it is a name of its own, split it"
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

    def pair_tail(self, left: _Item, right: _Item) -> bool:
        """'Médicos Unidos, Selva y Costa (Perú)': the part after the comma is 'Word and Word' (no
        organization word, no person) and closes the name; the part before it has no place or acronym."""
        tail = self.name_part(right).strip()
        if left.persons or self.is_complete_name(left) or not PAIR_TAIL.fullmatch(tail):
            return False
        return words(tail)[0] not in ORGANIZATION_WORDS and not looks_like_person(tail)

    def piece(self, item: _Item) -> Piece:
        kind = LABEL if item.label else ITEM
        return Piece(kind, item.start, item.end, item.persons, None, tuple(item.notes), tuple(item.flags))


def semicolon_list(text: str, start: int, end: int, brackets: Brackets) -> bool:
    """A paragraph list whose names are separated by semicolons (two or more, outside brackets, on
    one line): its commas are inside names ('Red de Mujeres, Migración y Desarrollo; …')."""
    if "\n" in text[start:end].strip():
        return False
    marks = [m.start() for m in re.finditer(";", text[start:end])]
    return sum(1 for mark in marks if not brackets.protects(start + mark)) >= 2


def bare_acronym_of(acronym: str, name: str) -> bool:
    """A capitalized acronym alone ('COFAMDEL') whose letters spell the words of ``name``."""
    return bool(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&]{2,11}", acronym)) and explains(acronym, name)


def ends_complete(name: str) -> bool:
    """A name that ends in its acronym in parentheses or a legal form: nothing can follow it."""
    stripped = name.rstrip()
    return stripped.endswith(")") or bool(LEGAL_FORM_END.search(stripped))


LEGAL_FORM_END = re.compile(r"\s(?:IAP|I\.A\.P\.|A\.\s?C\.|AC|Inc\.?|Ltd\.?|LLC|ONG|NGO|e\.V\.)$")


def holds_organization_word(name: str) -> bool:
    """Two capitalized words or more, one of them an organization word: a name that can stand
    alone after 'and' at the end of a list."""
    tokens = words(name)
    return len(tokens) >= 2 and name.strip()[:1].isupper() and any(token in ORGANIZATION_WORDS for token in tokens)


def reads_as_whole_organization(name: str) -> bool:
    """Two or more words with an organization word at either end ('Red Nacional de …',
    'Border Justice Alliance') or an acronym at the end, bracketed or not ('… Hospitalidad UNISUR'):
    a name that can stand alone."""
    tokens = words(name)
    if len(tokens) < 2:
        return False
    acronym_end = bool(re.search(r"\s[A-Z]{3,}$", name.rstrip())) and not name.strip().isupper()
    marked = tokens[0] in ORGANIZATION_WORDS or tokens[-1] in ORGANIZATION_WORDS
    return name.rstrip().endswith(")") or acronym_end or marked


def is_legal_form_tail(value: str) -> bool:
    """'AC', 'A.C. (UNORCA)', 'IAP - Mexico': a legal form, then at most an acronym or place."""
    match = LEGAL_FORM.match(value)
    if not match:
        return False
    rest = value[match.end() :].strip().lstrip("*_").strip()  # '…, ASBL** (Belgique)': bold markup closes
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


SUFFIX_START = re.compile(r"[ \t]*(?:\(|[-\u2013\u2014]|,|\||(?<=[ \t])[/\u00b7](?=[ \t])|:(?=[ \t]))[ \t]*")
# The first word of many towns, never of a person's name ('El Paso', 'San Diego', 'Ciudad Juárez').
TOWN_WORD = re.compile(rf"(?:{alternation('places', 'town_first_words')})\s")
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
            rest = town_dash_country(rest[:-1])
        elif "(" in rest or ")" in rest:
            continue
        if not gazetteer.is_location(rest) or town_before_slash_column(rest, gazetteer):
            continue
        if match.group().strip() == "," and LEGAL_FORM.fullmatch(rest.split(",")[0].strip()):
            continue  # '…, A.C., Ciudad Juárez, Mexico': the legal form is the name's, the place follows it
        if (
            match.group().strip() == ","
            and not ends_complete(before)
            and any(
                not p.code
                and not gazetteer.regions(p.text)
                and looks_like_person(p.text)
                and not TOWN_WORD.match(p.text)
                for p in gazetteer.location_parts(rest)
            )
        ):
            continue  # ', Pedro Pantoja, Mexico': after a bare comma a town is too like a name (unless
            # the name is closed by its acronym or legal form: '(COMAP), Nairobi, Kenya')
        dash = match.group().strip() in ("-", *DASHES)
        tight = dash and match.group() == match.group().strip() and before[-1:].isalpha() and rest[:1].isalpha()
        if tight and (rest[:1].islower() or "-" in before.split()[-1] or "," in rest):
            continue  # a hyphen inside a compound ('Île-de-France'), not a suffix ('Portales-Chile' is)
        if dash and match.group() == match.group().strip():
            last_word = before.split()[-1] if before.split() else ""
            if gazetteer.countries(last_word) and gazetteer.is_location(last_word):
                continue
        return scope_start(before, gazetteer)
    return len(value)


SPACED_SLASH = re.compile(r"[ \t]/[ \t]")


def town_before_slash_column(rest: str, gazetteer: Gazetteer) -> bool:
    """'… CABO-VERDIANA DA AMADORA / Portugal': what stands before a spaced slash and a country is the
    end of the name ('Name / Country' sets the place apart), never a town of the place suffix."""
    parts = gazetteer.location_parts(rest)
    slash = SPACED_SLASH.search(rest)
    first = parts[0] if parts else None
    return bool(slash and first and first.end <= slash.start() and not first.code and not gazetteer.regions(first.text))


SCOPE_BRACKET = re.compile(r"[ \t]*\(([^()]{2,40})\)[ \t]*$")


def scope_start(before: str, gazetteer: Gazetteer) -> int:
    """Where a place suffix really begins when a layout marker stands between it and the name
    ('Observatory (network), Italy', 'Rede X (rede) — Lisboa, Portugal'): before the marker."""
    marker = SCOPE_BRACKET.search(before)
    if marker and marker.start() > 0 and SCOPE.fullmatch(marker.group(1).strip()):
        return marker.start()
    return len(before)


def town_dash_country(value: str) -> str:
    """'Lima - Perú' inside parentheses read as 'Lima, Perú' (same length, so offsets hold)."""
    return re.sub(r"[ \t][-\u2013\u2014][ \t]", ",  ", value)
