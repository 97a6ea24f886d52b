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

import re
from dataclasses import dataclass, field, replace

from graph.ingest.countries import Gazetteer, Place
from graph.ingest.lists import (
    BULLET,
    COALITION_CUE,
    CUE,
    ITEM,
    LABEL,
    ORGANIZATION_LABEL,
    PERSON_LABEL,
    SIGNATORY_CUE,
    STOP_LINE,
    ListSplitter,
    Piece,
    cover,
    location_suffix_start,
)
from graph.ingest.names import (
    looks_like_organization,
    looks_like_person,
    starts_with_organization_word,
    trailing_acronym,
)
from graph.ingest.text import DASHES, Line, split_lines

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
