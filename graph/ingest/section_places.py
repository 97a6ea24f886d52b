"""Places printed on their own line below each name (a web page's cards, a definition list:
'Casa X' then 'Guatemala'), and a coalition cue alone at the start of a line below its coalition
('en nombre de:', 'on behalf of: A (Chile); B (Peru)')."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.ingest.countries import Gazetteer
from graph.ingest.lists import BULLET, CUE, ITEM, Piece, location_suffix_start
from graph.ingest.names import looks_like_organization, starts_with_organization_word, trailing_acronym
from graph.ingest.section_state import MARKUP, Frame, SectionState
from graph.ingest.text import DASHES, Line

PLACEHOLDERS = frozenset(["-", *DASHES])  # '—' where a card has no country


def place_row(line: Line, gazetteer: Gazetteer) -> bool:
    """A line without a list marker that is only places, a scope ('Regional', 'red') or a dash."""
    value = line.stripped.strip(MARKUP)
    if not value or value.endswith(":") or BULLET.match(line.stripped):
        return False
    return value in PLACEHOLDERS or is_place(value, gazetteer) or typed_place(value, gazetteer)


def is_place(value: str, gazetteer: Gazetteer) -> bool:
    """Only places, a place in brackets after another included ('Regional (África Austral)')."""
    bracketed = re.fullmatch(r"([^()]+?)[ \t]*\(([^()]+)\)", value)
    if bracketed:
        return gazetteer.is_location(bracketed.group(1)) and gazetteer.is_location(bracketed.group(2))
    return gazetteer.is_location(value)


# 'Sénégal — association', 'Regional (África Austral) — rede': a place, a spaced dash, what kind of
# signatory it is (lowercase words, or one short acronym: 'Belgique — ONG').
PLACE_THEN_TYPE = re.compile(rf"(.+?)[ \t]+[-{DASHES}][ \t]+(?:[a-zß-ÿ][^\n]*|[A-Z]{{2,5}})")


# 'Sociologue, Sénégal', 'Avocat au barreau de Bamako, Mali': a person's role (a capital, then lowercase
# words), a comma and a place, on the line below the name.
ROLE_THEN_PLACE = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t][^,\n]+)?),[ \t]*([^,\n]+)")


def typed_place(value: str, gazetteer: Gazetteer) -> bool:
    """A place, then a dash and the signatory's type, or a role, a comma and a place: the line below a
    name that gives its place."""
    match = PLACE_THEN_TYPE.fullmatch(value)
    if match is not None:
        return is_place(match.group(1).strip(), gazetteer)
    role = ROLE_THEN_PLACE.fullmatch(value)
    if role is None or starts_with_organization_word(role.group(1)) or trailing_acronym(role.group(1)):
        return False
    if not is_place(role.group(2).strip(), gazetteer):
        return False
    rest = role.group(1).split()[1:]
    return 2 * sum(1 for word in rest if word[0].islower()) >= len(rest)


def trailing_place_rows(lines: list[Line], gazetteer: Gazetteer) -> set[int]:
    """The rows that print the place of the name above them, when the section is laid out so: its
    first place row comes right after a name (a country heading comes before its names), and at
    least three names, and half the names or more, are followed by one. Empty otherwise."""
    flags = [place_row(line, gazetteer) for line in lines]
    first = next((number for number, flag in enumerate(flags) if flag), None)
    if first is None or first == 0 or lines[first - 1].stripped.rstrip(MARKUP).endswith(":"):
        return set()
    pairs = sum(1 for number in range(1, len(flags)) if flags[number] and not flags[number - 1])
    names = flags.count(False)
    if pairs < 3 or 2 * pairs < names:
        return town_country_rows(lines, flags, gazetteer)
    return {number for number, flag in enumerate(flags) if flag and number >= first}


def town_country_rows(lines: list[Line], flags: list[bool], gazetteer: Gazetteer) -> set[int]:
    """Rows that print a town and its country ('Amadora, Portugal') right below a name that prints
    no place of its own: a heading that groups names by country never names a town, so such a row
    is the name's place. A town holds no organization word ('Comedor Puerta Norte, Nogales, Mexico'
    is a name with its place)."""
    found: set[int] = set()
    for number in range(1, len(flags)):
        if not flags[number] or flags[number - 1]:
            continue
        above = lines[number - 1].stripped.strip(MARKUP)
        parts = gazetteer.location_parts(lines[number].stripped.strip(MARKUP))
        if len(parts) != 2 or parts[0].code or not parts[1].code or looks_like_organization(parts[0].text):
            continue
        if location_suffix_start(above, gazetteer) == len(above):
            found.add(number)
    return found


def last_name(pieces: list[Piece]) -> int:
    """The index of the last name read (an ``ITEM`` piece), -1 when there is none."""
    return max((index for index, piece in enumerate(pieces) if piece.kind == ITEM), default=-1)


def attach_place(pieces: list[Piece], line: Line, gazetteer: Gazetteer) -> None:
    """Give the last name read the first country of ``line`` (a layout place, like a table column)."""
    at = last_name(pieces)
    if at < 0 or pieces[at].heading_place is not None:
        return
    value = line.stripped.strip(MARKUP)
    offset = line.start + line.text.find(value)
    typed = PLACE_THEN_TYPE.fullmatch(value)
    role = ROLE_THEN_PLACE.fullmatch(value) if typed is None else None
    if typed is not None:  # 'Sénégal — association': the place before the dash
        value = typed.group(1)
    elif role is not None:  # 'Sociologue, Sénégal': the place after the comma
        offset += role.start(2) + len(role.group(2)) - len(role.group(2).lstrip())
        value = role.group(2).strip()
    place = next((p for p in gazetteer.location_parts(value) if p.code), None) if value not in PLACEHOLDERS else None
    if place is not None:
        span = (offset + place.start, offset + place.start + len(place.text), place.code)
        pieces[at] = replace(pieces[at], heading_place=span)


def last_item(pieces: list[Piece], line: Line) -> int | None:
    """The name read on the line just above ``line`` (nothing but places or spaces between)."""
    at = last_name(pieces)
    return at if at >= 0 and pieces[at].end <= line.start else None


class PlaceReader(SectionState):
    """Reads a place wrapped below its name and a coalition cue below its coalition."""

    def cue_below(self, line: Line, cue_end: int, indent: int) -> bool:
        """'en nombre de:' alone at the start of a line, right below a name: that name is a coalition
        and its members follow, after the colon or as the bullets below."""
        head = last_item(self.pieces, line)
        if head is None or self.pieces[head].persons:
            return False
        self.pieces.append(Piece(CUE, line.start + line.indent, line.start + cue_end))
        if line.text[cue_end:].strip():
            self.add(self.splitter.split(line.start + cue_end, line.end, False), head)
        else:
            self.stack.append(Frame(indent, head, False, "cue", self.members_mode(line, indent)))
        return True

    def members_mode(self, line: Line, indent: int) -> str:
        """'group' (the bullets or deeper lines below) or, when the next line is a plain paragraph at
        the cue's own depth ('A, B et C.'), 'line': that one line holds the members."""
        following = next((value for value in self.text[line.end :].split("\n") if value.strip()), "")
        depth = len(following) - len(following.lstrip(" \t"))
        plain = bool(following.strip()) and not BULLET.match(following.strip()) and depth <= indent
        return "line" if plain and "," in following else "group"

    def place_continuation(self, line: Line) -> bool:
        """A dashed line of places only, indented deeper, right below a name without a place
        ('- Groupe X' over '    - Lyon, France'): the name's place suffix wrapped to a new line.
        The name's piece is stretched over it."""
        bullet = BULLET.match(line.text, line.indent)
        value = line.text[bullet.end() :].strip() if bullet else ""
        if not (bullet and bullet.group().strip() in ("-", *DASHES) and self.pieces and value):
            return False
        at = last_name(self.pieces)
        previous = self.pieces[at]
        name = self.text[previous.start : previous.end]
        previous_line = self.text.rfind("\n", 0, previous.start) + 1
        previous_indent = len(self.text[previous_line : previous.start]) - len(
            self.text[previous_line : previous.start].lstrip(" \t")
        )
        if previous.kind != ITEM or previous.persons or self.text[previous.end : line.start].strip():
            return False
        if line.indent <= previous_indent or location_suffix_start(name, self.gazetteer) < len(name):
            return False
        if not self.gazetteer.is_location(value):
            return False
        self.pieces[at] = replace(previous, end=line.end)
        del self.pieces[at + 1 :]
        self.stack = [frame for frame in self.stack if frame.head != at]
        return True
