"""Entries whose bold name a description follows ('1. **Name** (Pays) — what it does'): the name
and its place are read, the description is not (:mod:`graph.ingest.entry_lines` finds them); and
entries written as fields of a form ('Organización: X' / 'País: México')."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.ingest.entry_lines import DESCRIPTION_AFTER_DASH, Entry, described_entry
from graph.ingest.furniture import PLACE_COLUMN, TABLE_HEADER, TYPE_COLUMN
from graph.ingest.lists import COALITION_CUE, CUE, ITEM, Piece, location_suffix_start
from graph.ingest.section_places import attach_place
from graph.ingest.section_state import Frame, SectionState
from graph.ingest.text import Line

# 'Organización: Casa X', 'País: México', 'Type: NGO': a field of a form-like entry.
FIELD = re.compile(
    r"[ \t]*(?P<key>[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,2})[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)


def field_kind(value: str) -> str:
    """'name', 'place' or 'other' for a field line whose key is a table header word; '' otherwise."""
    match = FIELD.match(value)
    key = match.group("key") if match else ""
    if not key or not TABLE_HEADER.fullmatch(key):
        return ""
    if PLACE_COLUMN.fullmatch(key):
        return "place"
    return "other" if TYPE_COLUMN.fullmatch(key) else "name"


class EntryReader(SectionState):
    """Reads a described entry of the list."""

    described = False  # two entries or more of the section are described: the layout describes its names
    fields = False  # the section's entries are fields of a form ('Organización: X' / 'País: México')

    def count_fields(self, lines: list[Line]) -> None:
        """Whether two name fields and two place fields or more make the section a form's entries."""
        kinds = [field_kind(line.text) for line in lines]
        self.fields = kinds.count("name") >= 2 and kinds.count("place") >= 2

    def field_row(self, line: Line) -> bool:
        """In a form-like section, a name field gives a name, a place field the last name's place,
        another field (its kind) nothing: True when the line was read so."""
        kind = field_kind(line.text) if self.fields else ""
        match = FIELD.match(line.text)
        if not kind or match is None:
            return False
        value_start = line.start + match.start("value")
        value = Line(value_start, line.end, self.text[value_start : line.end])
        if kind == "name":
            self.stack.clear()
            self.add(self.splitter.split(value_start, line.start + match.end("value"), self.persons), None)
        elif kind == "place":
            attach_place(self.pieces, value, self.gazetteer)
        return True

    def entry_of(self, line: Line) -> Entry | None:
        """The line as a described entry; in a section that describes its names, also 'Name — what it
        does' with no place before the dash."""
        entry = described_entry(line.text)
        if entry is not None and self.reads_as_entry(entry):
            return entry
        if not self.described:
            return None
        tail = DESCRIPTION_AFTER_DASH.search(line.text, line.indent)
        if tail is None or self.gazetteer.is_location(COALITION_CUE.sub("", tail.group("description"))):
            return None
        if location_suffix_start(tail.group("description"), self.gazetteer) < len(tail.group("description")):
            return None  # 'Ana Gil — abogada, México': a role, then her place (read as before)
        return Entry(tail.start(), tail.start("description"), "", tail.group("description"), False)

    def count_described(self, lines: list[Line]) -> None:
        """Whether two lines or more of the section are described entries."""
        found = [entry for entry in map(described_entry, (line.text for line in lines)) if entry]
        self.described = sum(1 for entry in found if self.reads_as_entry(entry)) >= 2

    def reads_as_entry(self, entry: Entry) -> bool:
        """A description that is no place ('— Lima, Perú' is the name's place suffix); without bold,
        a bracket before the dash that is a place ('(Ireland)', not an acronym)."""
        if self.gazetteer.is_location(COALITION_CUE.sub("", entry.description)):
            return False
        return entry.bold or self.gazetteer.is_location(entry.place)

    def read_entry(self, line: Line, indent: int, entry: Entry, parent: int | None, persons: bool) -> None:
        """'1. **Name** (Pays) — what it does': the name and its place are the entry; the description
        is not read, except a coalition cue at its end ('— réseau, qui rassemble :'), which makes the
        members below the name's."""
        pieces = self.splitter.split(line.start, line.start + entry.name_end, persons)
        first = len(self.pieces)
        self.add(pieces, parent)
        items = [first + i for i, p in enumerate(pieces) if p.kind == ITEM]
        if len(items) != 1:
            return
        cue = COALITION_CUE.search(line.text, entry.description_start)
        if cue and not line.text[cue.end() :].strip():
            self.pieces[items[0]] = replace(self.pieces[items[0]], notes=("a coalition: its members follow",))
            self.pieces.append(Piece(CUE, line.start + cue.start(), line.start + cue.end()))
            self.stack.append(Frame(indent, items[0], False, "cue"))
        else:
            self.stack.append(Frame(indent, items[0], persons, "item"))
