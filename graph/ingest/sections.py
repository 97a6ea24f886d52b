"""How a signatory list is laid out (:mod:`graph.ingest.finder` finds where it is).

:class:`SectionSplitter` reads the list's structure line by line with a stack of open frames:

- a line ending in a coalition cue ('…, composed of:', 'integrada por:') opens the coalition: the
  lines below it that are indented deeper (or, when none is, the lines up to the next blank line)
  are its members;
- a bulleted or numbered line deeper than a plain item ('7.1.' under '7.') is that item's member;
- a sub-heading ('Individual defenders:', 'A título individual:', 'Con el apoyo de:') switches to
  persons or organizations; one that names a coalition read earlier ('Members of the X:', 'Integran
  el X:', 'Individual members of the X') makes what follows its members;
- a table row ('Name | Country', '| Name | País |') is one name per cell, a country cell its place;
- page numbers, running titles, dates, contacts and counts ('and 35 more organizations') are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.ingest.entry_lines import description_start, is_credit_line, is_representative_line, is_type_badge
from graph.ingest.furniture import (
    is_furniture,
    is_page_line,
    is_short_title,
)
from graph.ingest.lexicon import alternation
from graph.ingest.lists import (
    BULLET,
    COALITION_CUE,
    CUE,
    DOT_SEPARATOR,
    ITEM,
    LABEL,
    LEXICON,
    Piece,
    cover,
)
from graph.ingest.member_clauses import LOOKAHEAD, marker_of, sector_heading
from graph.ingest.names import (
    CAPACITY,
    looks_like_organization,
    looks_like_person,
    starts_with_organization_word,
    surname_first,
    trailing_acronym,
)
from graph.ingest.section_entries import EntryReader
from graph.ingest.section_labels import LabelReader
from graph.ingest.section_members import MemberReader, named_with_clause
from graph.ingest.section_places import PlaceReader, attach_place, trailing_place_rows
from graph.ingest.section_state import COLON, INDIVIDUAL, LIST_LINE, MARKUP, Frame, Label, effective_indent
from graph.ingest.section_tables import TableReader
from graph.ingest.text import DASHES, Line, split_lines

# The list's heading again inside it, alone or with a note ('Firmantes (continuación)', 'Signataires (suite) :').
REPEATED_HEADING = re.compile(rf"(?:{alternation(LEXICON, 'headings')})[ \t]*(?:\([^()]*\))?[ \t]*:?", re.I)
REPRESENTATIVE = re.compile(rf"(?:{alternation(LEXICON, 'representative_lines')})\b", re.I)
# Lower case on purpose: after a comma, a verb in running text ('…, signs on behalf of its members.');
# a member's capitalized name ('Firma Solidaria') is no tail.
MEMBER_TAIL = re.compile(rf"[ \t]*,[ \t]*(?:{alternation(LEXICON, 'member_tails')})\b.*$")


class SectionSplitter(LabelReader, TableReader, PlaceReader, MemberReader, EntryReader):
    """Splits a whole signatory section: lines, sub-headings, tables, coalitions and their members."""

    def split(self, start: int, end: int) -> list[Piece]:
        rows = self.rows(start, end)
        self.pieces, self.stack, self.persons = [], [], False
        self.one_per_line = len(rows) >= 2
        places_after = trailing_place_rows([line for line, _, _ in rows], self.gazetteer)
        self.count_described([line for line, _, _ in rows])
        self.count_fields([line for line, _, _ in rows])
        for number, (line, indent, blank) in enumerate(rows):
            if self.grid_line(line):  # 'Kenya | Tanzania' below a row of two names: their places
                continue
            if number in places_after:  # 'Guatemala' below the card's name: its place
                attach_place(self.pieces, line, self.gazetteer)
                continue
            if self.field_row(line):  # 'Organización: X' / 'País: México'
                continue
            following = rows[number + 1] if number + 1 < len(rows) else None
            self.upcoming = rows[number + 1 : number + 1 + LOOKAHEAD]
            self.marker = marker_of(line)
            label = self.label_of(line, following[0] if following and following[1] >= indent else None)
            bulleted = bool(BULLET.match(line.stripped))
            self.close_frames(indent, blank, label, is_heading_line(line.text) or not bulleted)
            self.read_line(line, indent, label)
            bullets = following is not None and following[1] >= indent and bool(BULLET.match(following[0].stripped))
            if label is None and not bulleted and bullets:
                self.open_group(line, indent)
        return renumber_parents(cover(self.pieces, start, end), self.pieces)

    def open_group(self, line: Line, indent: int) -> None:
        """A line without a list marker that names one organization ('**Red X (RX)**', '### Red X', a
        plain line) above a bulleted list: the bullets, up to the next line without a marker or a
        sub-heading, are its members."""
        items = [i for i, p in enumerate(self.pieces) if p.kind == ITEM and p.start >= line.start]
        if len(items) != 1 or self.pieces[items[0]].persons or any(p.kind == CUE for p in self.pieces[items[0] :]):
            return  # a coalition line ('X, composto por:') has opened its members already
        name = self.name_of(self.pieces[items[0]])
        if looks_like_organization(name) and not sector_heading(name):
            self.stack.append(Frame(indent, items[0], False, "cue", "group"))

    def rows(self, start: int, end: int) -> list[tuple[Line, int, bool]]:
        """The section's lines with their indentation and whether a blank line precedes them;
        furniture (page numbers, running title, dates, contacts, counts) left out."""
        rows: list[tuple[Line, int, bool]] = []
        blank = False
        lines = split_lines(self.text, start, end)
        filled = [line.stripped for line in lines if line.stripped]
        by_page = {
            value
            for index, value in enumerate(filled)
            if is_short_title(value, self.title) and any(is_page_line(v) for v in filled[max(0, index - 1) : index + 2])
        }
        for line in lines:
            if line.start < start:
                line = Line(start, line.end, self.text[start : line.end])
            if not line.stripped:
                blank = True
                continue
            if is_furniture(line.stripped, self.title) or re.fullmatch(r"[\s|:\-]+", line.text):
                continue
            if line.stripped in by_page:  # a running header shortening the title, beside a page number
                continue
            if REPEATED_HEADING.fullmatch(line.stripped.strip(MARKUP)):  # 'Signatories (continued)' on page 2
                continue
            representative = REPRESENTATIVE.match(line.stripped) or is_representative_line(line.stripped)
            representative = representative or is_credit_line(line.stripped) or self.badge(line)
            if representative and rows:  # 'Représentée par X, présidente', 'Por: X' below its name
                continue
            rows.append((line, effective_indent(line), blank))
            blank = False
        return rows

    def badge(self, line: Line) -> bool:
        """A card's kind badge ('NGO', 'Sindicato'); one that is also a scope ('réseau', 'Network')
        stays a row, read as a place row without a country as before."""
        return is_type_badge(line.stripped) and not self.gazetteer.is_location(line.stripped.strip(MARKUP))

    def close_frames(self, indent: int, blank: bool, label: Label | None, unbulleted: bool = False) -> None:
        """Close the frames the line ends; ``unbulleted``: a heading or a line without a list marker."""
        self.closed_members = None
        blocks = [i for i, frame in enumerate(self.stack) if frame.kind == "cue" and frame.mode == "block"]
        if blank and blocks:  # a blank line ends a block of members and whatever opened inside it
            del self.stack[blocks[0] :]
        while self.stack:
            frame = self.stack[-1]
            if frame.kind == "cue" and not frame.mode:
                frame.mode = "indent" if indent > frame.indent else "block"
            if frame.kind == "cue" and frame.mode == "line":  # the members' one line is this one
                frame.mode = "read"
                return
            if frame.kind == "cue" and frame.mode == "read":
                close = True
            elif frame.kind == "cue" and frame.mode == "block":
                close = blank or (label is not None and not label.persons)
            elif frame.kind == "cue" and frame.mode == "await":  # the entry's own lines, then its bullets
                if not unbulleted:
                    frame.mode = "bullets"
                close = label is not None
            elif frame.kind == "cue" and frame.mode == "bullets":
                close = blank or label is not None or indent < frame.indent or (unbulleted and indent <= frame.indent)
            elif frame.kind == "cue" and frame.mode.startswith("marker:"):  # members until the marker changes
                close = blank or label is not None or indent < frame.indent or self.marker != frame.mode[7:]
            elif frame.kind == "cue" and frame.mode == "group":
                close = label is not None or indent < frame.indent or (unbulleted and indent <= frame.indent)
            elif frame.kind == "label":
                close = indent < frame.indent or (
                    label is not None and indent <= frame.indent and not nests_in(frame, label, unbulleted)
                )
            else:
                close = indent <= frame.indent
            if not close:
                return
            if frame.kind == "label" and frame.head is not None:
                self.closed_members = frame.head
            self.stack.pop()

    def read_line(self, line: Line, indent: int, label: Label | None) -> None:
        parent, persons = self.context()
        if label is not None:
            self.pieces.append(Piece(LABEL, label.start, label.end))
            head = label.target if label.target is not None else parent
            value = self.text[label.start : label.end]
            if head is None and label.persons and self.closed_members is not None and not INDIVIDUAL.search(value):
                head = self.closed_members  # the coalition's defenders, listed after its members
            if label.inline is not None and label.place is not None:  # 'México: A, B, C.' is all of it
                self.add(self.splitter.split(label.inline, line.end, label.persons), head, label.place)
                return
            if label.inline is not None:
                self.add(self.splitter.split(label.inline, line.end, label.persons), head)
                if label.whole:
                    return
            if head is None and not self.stack and label.place is None:
                self.persons = label.persons
            self.stack.append(Frame(indent, head, label.persons, "label", place=label.place))
            return
        if self.stack and self.stack[-1].kind == "note":  # a table person's role, below the row
            return
        if "|" in line.text and self.table_row(line, parent, persons, indent):
            return
        if self.place_continuation(line):
            return
        entry = self.entry_of(line)
        if entry is not None:
            self.read_entry(line, indent, entry, parent, persons)
            return
        cue = COALITION_CUE.search(line.text) or self.colon_cue(line)
        below = cue is not None and (cue.start() <= line.indent or self.lead_only(line, cue.start()))
        if cue and below and self.cue_below(line, cue.end(), indent):
            return
        if cue is None and (self.read_cue_line(line, indent) or self.read_member_sentence(line, parent)):
            return
        span = self.cue_span(line, cue, indent)
        if span is not None:
            closing = self.closing_bracket(line, cue.start() if cue else span[0])
            head = self.coalition_line(line, span[0], span[1], persons, parent, closing)
            if head is not None and closing is None and not line.text[span[1] :].strip() and span[2] != "none":
                self.stack.append(Frame(indent, head, False, "cue", span[2]))
            return
        line_pieces = self.splitter.split(line.start, line.end, persons)
        members_line = bool(self.stack) and self.stack[-1].mode == "read"  # the one line after 'on behalf of:'
        if self.one_per_line and not members_line:
            line_pieces = self.one_name_per_line(line_pieces, line)
        first = len(self.pieces)
        self.add(line_pieces, parent)
        if not self.stack:
            self.persons = next((p.persons for p in reversed(line_pieces) if p.kind == ITEM), self.persons)
        items = [first + i for i, p in enumerate(line_pieces) if p.kind == ITEM]
        if len(items) == 1:  # names nested deeper are its members, unless it heads a sector ('TRADE UNIONS')
            heading = not BULLET.match(line.stripped) and sector_heading(self.name_of(self.pieces[items[0]]))
            self.stack.append(Frame(indent, None if heading else items[0], persons, "item"))

    def colon_cue(self, line: Line) -> re.Match[str] | None:
        """'Colectivo X (CX): A, B, C': one organization's name, a colon, then two names or more
        are that coalition and its members (the colon is the cue)."""
        colon = COLON.search(line.text, line.indent)
        if colon is None:
            return None
        bullet = BULLET.match(line.text, line.indent)
        head = line.text[bullet.end() if bullet else line.indent : colon.start()].strip()
        rest = line.text[colon.end() :]
        if not (trailing_acronym(head) or starts_with_organization_word(head)) or len(head.split()) < 2:
            return None
        names = [p for p in self.splitter.split(line.start + colon.end(), line.end) if p.kind == ITEM]
        return colon if len(names) >= 2 and not rest.strip().endswith(":") else None

    def closing_bracket(self, line: Line, position: int) -> int | None:
        """For a cue inside brackets ('Name (LAC Bloc) [members: …]; Next'), the offset of the
        bracket that closes the members; None when the cue is not bracketed."""
        before = line.text[:position]
        opening = opening_bracket(before)
        if opening == -1 or before[opening + 1 :].strip():
            return None
        if before[opening] in DASHES:  # 'la Red X —integrada por A, B y C—, D': the members end at the dash
            dash = line.text.find(before[opening], position)
            return line.start + dash if dash != -1 else None
        close = ")" if before[opening] == "(" else "]"
        depth = 0
        for index in range(opening, len(line.text)):
            char = line.text[index]
            if char == before[opening]:
                depth += 1
            elif char == close:
                depth -= 1
                if depth == 0:
                    return line.start + index
        return None

    def coalition_line(
        self, line: Line, start: int, end: int, persons: bool, parent: int | None, closing: int | None = None
    ) -> int | None:
        """Head name(s), the cue (columns ``start`` to ``end``), then inline members whose ``parent`` is
        the head's piece index; with the cue in brackets, the members end at ``closing`` and the rest of
        the line signs as before."""
        cue_start, cue_end = line.start + start, line.start + end
        if closing is not None:
            cue_start = line.start + opening_bracket(line.text[:start])
        head_end = line.start + description_start(line.text[: cue_start - line.start])  # 'X — regional network,'
        head_pieces = self.splitter.split(line.start, head_end, False)
        items = [i for i, p in enumerate(head_pieces) if p.kind == ITEM]
        if not items:
            self.add(self.splitter.split(line.start, line.end, persons), parent)
            return None
        if self.one_per_line and len(items) > 1:
            head_pieces = self.one_name_per_line(
                head_pieces, Line(line.start, cue_start, line.text[: cue_start - line.start])
            )
            items = [i for i, p in enumerate(head_pieces) if p.kind == ITEM]
        head_index = len(self.pieces) + items[-1]
        head = head_pieces[items[-1]]
        written = self.text[head.start : head.end]
        earlier = (self.read_before(written) or named_with_clause(self, written)) if len(items) == 1 else None
        if earlier is not None:  # 'The X (XA), which brings together …' after X's own entry: one agent
            head_index, head_pieces[items[-1]] = earlier, Piece(LABEL, head.start, head.end)
        else:
            head_pieces[items[-1]] = replace(head, notes=(*head.notes, "a coalition: its members follow"))
        self.add(head_pieces, parent)
        self.pieces.append(Piece(CUE, cue_start, cue_end))
        tail = MEMBER_TAIL.search(line.text, end) if closing is None else None
        members_end = line.start + tail.start() if tail else line.end
        self.add(self.splitter.split(cue_end, closing if closing is not None else members_end), head_index)
        if closing is not None:
            self.add(self.splitter.split(closing + 1, line.end, persons), parent)
        return head_index

    def one_name_per_line(self, pieces: list[Piece], line: Line) -> list[Piece]:
        """In a one-name-per-line list, a line is one name unless it clearly lists several."""
        items = [p for p in pieces if p.kind == ITEM]
        if len(items) < 2 or len(items) >= LIST_LINE or any(p.kind == LABEL for p in pieces):
            return pieces
        if DOT_SEPARATOR.search(line.text):  # 'A (Perú) · B (Chile)': entries joined on purpose
            return pieces
        capacity = CAPACITY.search(self.text, items[-1].start, items[-1].end)
        surname = len(items) == 2 and capacity and surname_first(self.text[items[1].start : capacity.start()])
        names = [re.sub(r"\s*\([^()]*\)\s*$", "", self.name_of(p)) for p in items]  # 'Ana Pérez (abogada)'
        all_persons = all(looks_like_person(name) for name in names)
        all_marked = all(trailing_acronym(name) or starts_with_organization_word(name) for name in names)
        if (all_persons or all_marked) and not surname:  # 'Ruiz Aldana, María José (a título personal)'
            return pieces
        first, last = items[0], items[-1]
        notes = tuple(note for p in items for note in p.notes)
        flags = tuple(flag for p in items for flag in p.flags)
        whole = Piece(ITEM, first.start, last.end, first.persons, None, notes, flags)
        return cover([whole], line.start, line.end)


def opening_bracket(before: str) -> int:
    """Where the last bracket or dash that may open a coalition's members begins in ``before``."""
    return max(before.rfind("("), before.rfind("["), *(before.rfind(dash) for dash in DASHES))


def nests_in(frame: Frame, label: Label, unbulleted: bool) -> bool:
    """A bulleted country heading ('- Ghana:') under a plain 'Members of X' heading groups some of
    X's members by country: it opens inside that heading instead of closing it."""
    return label.country and not unbulleted and frame.head is not None and frame.place is None


def is_heading_line(text: str) -> bool:
    """A Markdown heading or a line in bold only ('**Red X**', '__Red X__')."""
    value = text.strip()
    return value.startswith("#") or any(
        value.startswith(mark) and value.rstrip(":").endswith(mark) and len(value) > 4 for mark in ("**", "__")
    )


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
