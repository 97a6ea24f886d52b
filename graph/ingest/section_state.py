"""The state a signatory section is read with (:mod:`graph.ingest.sections` reads it): the
sub-heading and frame records, the pieces read so far, and the look-ups the line, label and table
readers share (the coalition a label names, a piece's name without its place)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.ingest.countries import SCOPE, Gazetteer
from graph.ingest.finder import first_line
from graph.ingest.lexicon import alternation
from graph.ingest.lists import (
    ITEM,
    LEADING_ARTICLE,
    LEXICON,
    SCOPE_BRACKET,
    ListSplitter,
    Piece,
    location_suffix_start,
)
from graph.ingest.names import (
    name_without_acronym,
)
from graph.ingest.text import Line, words

EXACT_PERSON_LABEL = re.compile(rf"(?:{alternation(LEXICON, 'person_labels')})", re.I)
EXACT_ORGANIZATION_LABEL = re.compile(rf"(?:{alternation(LEXICON, 'organization_labels')})", re.I)
MEMBER_HEADING = re.compile(rf"(?:{alternation(LEXICON, 'member_headings')})\b", re.I)
MEMBER_VERB = re.compile(rf"\s(?:{alternation(LEXICON, 'member_verbs')})\s*$", re.I)
NUMBERING = re.compile(r"(\d{1,3}(?:\.\d{1,3})+)\.?[ \t]")
LETTERED = re.compile(r"\(?[a-z][.)][ \t]")
MARKUP = " \t*_#>"
REFERENCE_WORDS = frozenset(
    ["of", "the", "del", "de", "la", "las", "los", "el", "do", "da", "dos", "das", "du", "des", "le", "les"]
)
INDIVIDUAL = re.compile(rf"{alternation(LEXICON, 'individual_fragments')}", re.I)
COLON = re.compile(r"[ \t]*:[ \t]+")
# The verb after a coalition named again before its cue ('… firma en nombre de sus integrantes:').
SIGNING_VERB = re.compile(r"[ \t]+(?:firma|firman|signs?|assina|assinam|signe|signent)[ \t]*$", re.I)
LIST_LINE = 4  # a line with this many comma- or semicolon-separated names is a list, not one name


def effective_indent(line: Line) -> int:
    """Leading whitespace (a tab as four spaces), plus two per extra numbering level ('7.1.') or a
    lettered item ('a)'), so sub-items written flush left still read as nested."""
    leading = line.text[: line.indent].expandtabs(4)
    content = line.text[line.indent :]
    numbering = NUMBERING.match(content)
    extra = 2 * numbering.group(1).count(".") if numbering else (2 if LETTERED.match(content) else 0)
    return len(leading) + extra


@dataclass(frozen=True)
class Label:
    """A sub-heading: its span, whether names under it are persons, the piece index of the coalition
    it names (if any), and where an inline list after its colon starts (if any)."""

    start: int
    end: int
    persons: bool
    target: int | None
    inline: int | None
    place: tuple[int, int, str] | None = None  # a country heading ('### Argentina'): its span and code
    country: bool = False  # a country or region heading (with or without a code)
    whole: bool = False  # a sentence whose inline members end on its line ('A PLAI assina por: A, B e C.')


@dataclass
class Frame:
    """An open level of the list: names under it belong to ``head`` (a piece index) if set."""

    indent: int
    head: int | None
    persons: bool
    kind: str  # "cue" (a coalition's members follow), "item" (a plain name), "label" (a sub-heading)
    mode: str = ""  # cue frames: "indent" (members indented below) or "block" (up to a blank line)
    place: tuple[int, int, str] | None = None  # label frames of a country heading


class SectionState:
    """The pieces read so far, the open frames, and what a table's header said about its columns."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.splitter = ListSplitter(text, gazetteer)
        self.title = first_line(text)
        self.pieces: list[Piece] = []
        self.stack: list[Frame] = []
        self.persons = False
        self.one_per_line = False
        self.closed_members: int | None = None  # the coalition whose members' sub-heading just closed
        self.coalition_column: int | None = None  # a table's 'member of' column
        self.place_columns: set[int] = set()  # a table's city or country columns
        self.affiliation_columns: set[int] = set()  # a table of persons' institution columns
        self.type_columns: set[int] = set()  # a table's column saying what each row's signatory is
        self.logo_columns: set[int] = set()  # a table's logo column (alt text repeating the name)
        self.members_columns: set[int] = set()  # a table's column of the members signing through the row
        self.table_head: int | None = None  # the last table row that is no member of the row above
        self.row_place: tuple[int, int, str] | None = None  # a merged country cell over table rows
        self.grid_row: dict[int, int] = {}  # the last table row's names by column (a grid's line below)
        self.pending_networks: list[tuple[int, str]] = []  # table rows naming a network not read yet

    def context(self) -> tuple[int | None, bool]:
        """The coalition the current line belongs to, and whether its names are persons."""
        frames = [frame for frame in self.stack if frame.mode != "await"]  # no members before the bullets
        if not frames:
            return None, self.persons
        return frames[-1].head, frames[-1].persons

    def add(self, pieces: list[Piece], parent: int | None, place: tuple[int, int, str] | None = None) -> None:
        if place is None:
            place = next((frame.place for frame in reversed(self.stack) if frame.place is not None), None)
        for piece in pieces:
            if piece.kind == ITEM and parent is not None and piece.parent is None:
                piece = replace(piece, parent=parent)
            if piece.kind == ITEM and place is not None:
                piece = replace(piece, heading_place=place)
            self.pieces.append(piece)

    def name_of(self, piece: Piece) -> str:
        value = self.text[piece.start : piece.end]
        return value[: location_suffix_start(value, self.gazetteer)]

    def country_code(self, value: str) -> str:
        places = [p for p in self.gazetteer.location_parts(value) if p.code]
        return places[0].code if len(places) == 1 else ""

    def coalition_named(self, label: str) -> int | None:
        """The piece index of an organization read earlier whose name the label contains."""
        key = f" {' '.join(words(label))} "
        best: tuple[int, int] | None = None
        for index, piece in enumerate(self.pieces):
            if piece.kind != ITEM or piece.persons:
                continue
            value = self.text[piece.start : piece.end]
            name = value[: location_suffix_start(value, self.gazetteer)]
            for form in (name, name_without_acronym(name)):
                name_key = " ".join(words(form))
                if len(name_key.split()) >= 2 and f" {name_key} " in key and (best is None or len(name_key) > best[0]):
                    best = (len(name_key), index)
        return best[1] if best else None

    def read_before(self, value: str) -> int | None:
        """The piece index of an organization read earlier that ``value`` names again, whole (with or
        without a leading article, with or without its acronym)."""
        stripped = SIGNING_VERB.sub("", value.strip())  # 'La Red X (red) firma en nombre de …'
        marker = SCOPE_BRACKET.search(stripped)
        if marker and SCOPE.fullmatch(marker.group(1).strip()):
            stripped = stripped[: marker.start()]
        article = LEADING_ARTICLE.match(stripped)
        key = words(stripped[article.end() :] if article else stripped)
        if len(key) < 2:
            return None
        for index, piece in enumerate(self.pieces):
            if piece.kind == ITEM and not piece.persons:
                name = self.name_of(piece)
                if key in (words(name), words(name_without_acronym(name))):
                    return index
        return None
