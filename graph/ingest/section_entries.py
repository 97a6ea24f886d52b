"""Entries whose bold name a description follows ('1. **Name** (Pays) — what it does'): the name
and its place are read, the description is not (:mod:`graph.ingest.entry_lines` finds them)."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.ingest.lists import COALITION_CUE, CUE, ITEM, Piece
from graph.ingest.section_state import Frame, SectionState
from graph.ingest.text import Line


class EntryReader(SectionState):
    """Reads a described entry of the list."""

    def read_entry(self, line: Line, indent: int, entry: re.Match[str], parent: int | None, persons: bool) -> None:
        """'1. **Name** (Pays) — what it does': the bold name and its place are the entry; the
        description is not read, except a coalition cue at its end ('— réseau, qui rassemble :'),
        which makes the members below the name's."""
        name_end = line.start + (entry.end("place") if entry.group("place") else entry.end("name") + 2)
        pieces = self.splitter.split(line.start, name_end, persons)
        first = len(self.pieces)
        self.add(pieces, parent)
        items = [first + i for i, p in enumerate(pieces) if p.kind == ITEM]
        if len(items) != 1:
            return
        cue = COALITION_CUE.search(line.text, entry.start("description"))
        if cue and not line.text[cue.end() :].strip():
            self.pieces[items[0]] = replace(self.pieces[items[0]], notes=("a coalition: its members follow",))
            self.pieces.append(Piece(CUE, line.start + cue.start(), line.start + cue.end()))
            self.stack.append(Frame(indent, items[0], False, "cue"))
        else:
            self.stack.append(Frame(indent, items[0], persons, "item"))
