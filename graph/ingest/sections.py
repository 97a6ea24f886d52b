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

import itertools
import re
from dataclasses import dataclass, replace

from graph.ingest.countries import TOWN, Gazetteer, Place
from graph.ingest.finder import HEADING_WORDS, first_line
from graph.ingest.furniture import (
    affiliation_columns,
    coalition_column,
    is_furniture,
    is_table_header,
    place_columns,
)
from graph.ingest.lexicon import alternation
from graph.ingest.lists import (
    BULLET,
    COALITION_CUE,
    CUE,
    ITEM,
    LABEL,
    LEXICON,
    ORGANIZATION_LABEL,
    PERSON_LABEL,
    ListSplitter,
    Piece,
    cover,
    location_suffix_start,
)
from graph.ingest.names import (
    looks_like_organization,
    looks_like_person,
    name_without_acronym,
    starts_with_organization_word,
    trailing_acronym,
)
from graph.ingest.text import DASHES, Line, split_lines, words

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
INDIVIDUAL = re.compile(r"individu|t[ií]tulo|titre|pessoal|personal|signing\s+as|own\s+name|nome\s+pr", re.I)
COLON = re.compile(r"[ \t]*:[ \t]+")
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


@dataclass
class Frame:
    """An open level of the list: names under it belong to ``head`` (a piece index) if set."""

    indent: int
    head: int | None
    persons: bool
    kind: str  # "cue" (a coalition's members follow), "item" (a plain name), "label" (a sub-heading)
    mode: str = ""  # cue frames: "indent" (members indented below) or "block" (up to a blank line)
    place: tuple[int, int, str] | None = None  # label frames of a country heading


class SectionSplitter:
    """Splits a whole signatory section: lines, sub-headings, tables, coalitions and their members."""

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

    def split(self, start: int, end: int) -> list[Piece]:
        rows = self.rows(start, end)
        self.pieces, self.stack, self.persons = [], [], False
        self.one_per_line = len(rows) >= 2
        for number, (line, indent, blank) in enumerate(rows):
            following = rows[number + 1] if number + 1 < len(rows) else None
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
        if looks_like_organization(self.name_of(self.pieces[items[0]])):
            self.stack.append(Frame(indent, items[0], False, "cue", "group"))

    def rows(self, start: int, end: int) -> list[tuple[Line, int, bool]]:
        """The section's lines with their indentation and whether a blank line precedes them;
        furniture (page numbers, running title, dates, contacts, counts) left out."""
        rows: list[tuple[Line, int, bool]] = []
        blank = False
        for line in split_lines(self.text, start, end):
            if line.start < start:
                line = Line(start, line.end, self.text[start : line.end])
            if not line.stripped:
                blank = True
                continue
            if is_furniture(line.stripped, self.title) or re.fullmatch(r"[\s|:\-]+", line.text):
                continue
            rows.append((line, effective_indent(line), blank))
            blank = False
        return rows

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
            if frame.kind == "cue" and frame.mode == "block":
                close = blank or (label is not None and not label.persons)
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

    def context(self) -> tuple[int | None, bool]:
        """The coalition the current line belongs to, and whether its names are persons."""
        if not self.stack:
            return None, self.persons
        frame = self.stack[-1]
        return frame.head, frame.persons

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
            if head is None and not self.stack and label.place is None:
                self.persons = label.persons
            self.stack.append(Frame(indent, head, label.persons, "label", place=label.place))
            return
        if "|" in line.text and self.table_row(line, parent, persons, indent):
            return
        if self.place_continuation(line):
            return
        cue = COALITION_CUE.search(line.text) or self.colon_cue(line)
        if cue and cue.start() > line.indent:
            closing = self.closing_bracket(line, cue.start())
            head = self.coalition_line(line, cue, persons, parent, closing)
            if head is not None and closing is None and not line.text[cue.end() :].strip():
                self.stack.append(Frame(indent, head, False, "cue"))
            return
        line_pieces = self.splitter.split(line.start, line.end, persons)
        if self.one_per_line:
            line_pieces = self.one_name_per_line(line_pieces, line)
        first = len(self.pieces)
        self.add(line_pieces, parent)
        if not self.stack:
            self.persons = next((p.persons for p in reversed(line_pieces) if p.kind == ITEM), self.persons)
        items = [first + i for i, p in enumerate(line_pieces) if p.kind == ITEM]
        if len(items) == 1:
            self.stack.append(Frame(indent, items[0], persons, "item"))

    def place_continuation(self, line: Line) -> bool:
        """A dashed line of places only, indented deeper, right below a name without a place
        ('- Groupe X' over '    - Lyon, France'): the name's place suffix wrapped to a new line.
        The name's piece is stretched over it."""
        bullet = BULLET.match(line.text, line.indent)
        value = line.text[bullet.end() :].strip() if bullet else ""
        if not (bullet and bullet.group().strip() in ("-", *DASHES) and self.pieces and value):
            return False
        at = max((i for i, p in enumerate(self.pieces) if p.kind == ITEM), default=-1)
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
        opening = max(before.rfind("("), before.rfind("["))
        if opening == -1 or before[opening + 1 :].strip():
            return None
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

    def add(self, pieces: list[Piece], parent: int | None, place: tuple[int, int, str] | None = None) -> None:
        if place is None:
            place = next((frame.place for frame in reversed(self.stack) if frame.place is not None), None)
        for piece in pieces:
            if piece.kind == ITEM and parent is not None and piece.parent is None:
                piece = replace(piece, parent=parent)
            if piece.kind == ITEM and place is not None:
                piece = replace(piece, heading_place=place)
            self.pieces.append(piece)

    def country_heading(self, line: Line, persons: bool) -> Label | None:
        """A line that is only a country or a region ('### Argentina', 'Brasil:', '**México**'): it
        groups the names below it by where they are; the country is their place, never a name."""
        content = line.text[line.indent :]
        bullet = BULLET.match(content)
        colon = content.find(":")
        inline: int | None = None
        if colon > 0 and content[colon + 1 :].strip(MARKUP):  # 'México: A, B, C.' names follow inline
            value = content[:colon].strip(MARKUP)
            rest = content[colon + 1 :]
            inline = line.start + line.indent + colon + 1 + len(rest) - len(rest.lstrip(MARKUP))
        elif bullet and content.rstrip().rstrip(MARKUP).endswith(":"):  # '- Indonesia:' above its names
            value = content[bullet.end() :].strip().strip(MARKUP).rstrip(":").strip().strip(MARKUP)
        elif bullet:
            return None
        else:
            value = line.text.strip().strip(MARKUP).rstrip(":").strip().strip(MARKUP)
        if bullet and inline is not None:
            value = value[bullet.end() :].strip(MARKUP) if value.startswith(bullet.group()) else value
        place = self.gazetteer.one_place(value, 0) if value else None
        if place is None and value:  # 'Regional and international': regions and scopes only
            parts = self.gazetteer.location_parts(value)
            place = Place("", 0, len(value), value) if parts and not any(p.code for p in parts) else None
        if place is None:
            return None
        start = line.start + line.text.find(value)
        code = (start, start + len(value), place.code) if place.code else None
        end = line.start + line.indent + colon + 1 if inline is not None else line.end
        return Label(line.start + line.indent, end, persons, None, inline, code, True)

    def table_row(self, line: Line, parent: int | None, persons: bool, indent: int = 0) -> bool:
        """'Name | Country' or '| Name | País |': each cell a name, a place cell the previous name's.
        A cell ending in a coalition cue ('X, integrada por: | Regional') opens the coalition: the
        lines indented below the row are its members."""
        cells = table_cells(line)
        if not cells:
            return True
        values = [self.text[s:e] for s, e, _ in cells]
        if is_table_header(values):
            header = cell_texts(self.text, line)
            self.coalition_column = coalition_column(header)
            self.place_columns = place_columns(header)
            self.affiliation_columns = affiliation_columns(header)
            return True
        if len(cells) == 1 and not line.text.strip().startswith("|") and not line.text.rstrip().endswith("|"):
            return False
        items: list[Piece] = []
        cue_piece: Piece | None = None
        head: int | None = None
        last_column = -2
        for (start, end, column), value in zip(cells, values, strict=True):
            cue = COALITION_CUE.search(value)
            if column == self.coalition_column:
                parent = self.coalition_cell(value, parent)
            elif cue and cue.start() > 0 and not value[cue.end() :].strip() and head is None:
                head = len(items)
                items.append(Piece(ITEM, start, start + cue.start(), False, None, ("a coalition: its members follow",)))
                cue_piece = Piece(CUE, start + cue.start(), end)
            elif items and self.gazetteer.is_location(value):
                if head != len(items) - 1 and last_column == column - 1:  # the cell right after the name's
                    items[-1] = replace(items[-1], end=end)
                elif head != len(items) - 1 and (code := self.country_code(value)):
                    items[-1] = replace(items[-1], heading_place=(start, end, code))  # after a city cell
            elif column in self.place_columns or column in self.affiliation_columns:
                continue  # a town ('Ville') or a person's institution ('Nombre | Organización'), never a name
            elif items and self.town_before_country(value, cells, values, column):
                continue  # 'Org | Dakar | Sénégal' without a header: the town of the row's name
            elif any(char.isalpha() for char in value):
                items.append(Piece(ITEM, start, end, persons))
            else:
                continue
            last_column = column
        first = len(self.pieces)
        self.add(items, parent)
        if cue_piece is not None and head is not None:
            self.pieces.append(cue_piece)
            self.stack.append(Frame(indent, first + head, False, "cue", "indent"))
        elif len(items) == 1:  # lines indented below the row (more paragraphs of its cell) are its members
            self.stack.append(Frame(indent, first, persons, "item"))
        return True

    def town_before_country(
        self, value: str, cells: list[tuple[int, int, int]], values: list[str], column: int
    ) -> bool:
        """A short cell of capitalized words, no organization word, right before a country cell."""
        after = [v for (_, _, c), v in zip(cells, values, strict=True) if c == column + 1]
        return (
            bool(after)
            and bool(self.country_code(after[0]))
            and bool(TOWN.fullmatch(value.strip()))
            and not looks_like_organization(value)
        )

    def country_code(self, value: str) -> str:
        places = [p for p in self.gazetteer.location_parts(value) if p.code]
        return places[0].code if len(places) == 1 else ""

    def name_of(self, piece: Piece) -> str:
        value = self.text[piece.start : piece.end]
        return value[: location_suffix_start(value, self.gazetteer)]

    def coalition_cell(self, value: str, parent: int | None) -> int | None:
        """The coalition a 'member of' cell names: one read earlier (by its name or acronym)."""
        if not value.strip(" -\u2013\u2014"):
            return parent
        found = self.coalition_named(value)
        if found is None:
            key = words(value)
            found = next(
                (
                    index
                    for index, piece in enumerate(self.pieces)
                    if piece.kind == ITEM and key and words(trailing_acronym(self.name_of(piece))) == key
                ),
                None,
            )
        return found if found is not None else parent

    def coalition_line(
        self, line: Line, cue: re.Match[str], persons: bool, parent: int | None, closing: int | None = None
    ) -> int | None:
        """Head name(s), the cue, then inline members whose ``parent`` is the head's piece index; with
        the cue in brackets, the members end at ``closing`` and the rest of the line signs as before."""
        cue_start, cue_end = line.start + cue.start(), line.start + cue.end()
        if closing is not None:
            cue_start = line.start + max(line.text[: cue.start()].rfind("("), line.text[: cue.start()].rfind("["))
        head_pieces = self.splitter.split(line.start, cue_start, False)
        items = [i for i, p in enumerate(head_pieces) if p.kind == ITEM]
        if not items:
            self.add(self.splitter.split(line.start, line.end, persons), parent)
            return None
        if self.one_per_line and len(items) > 1:
            head_pieces = self.one_name_per_line(head_pieces, Line(line.start, cue_start, line.text[: cue.start()]))
            items = [i for i, p in enumerate(head_pieces) if p.kind == ITEM]
        head_index = len(self.pieces) + items[-1]
        head = head_pieces[items[-1]]
        head_pieces[items[-1]] = replace(head, notes=(*head.notes, "a coalition: its members follow"))
        self.add(head_pieces, parent)
        self.pieces.append(Piece(CUE, cue_start, cue_end))
        self.add(self.splitter.split(cue_end, closing if closing is not None else line.end), head_index)
        if closing is not None:
            self.add(self.splitter.split(closing + 1, line.end, persons), parent)
        return head_index

    def label_of(self, line: Line, following: Line | None = None) -> Label | None:
        """The line as a sub-heading, or None. Without a colon or heading markup, only a label of
        the lexicon alone on its line, or one followed by bulleted names ('Individual members of
        the Bloc' above '- Aaron …'), is a sub-heading."""
        heading_of_country = self.country_heading(line, self.context()[1])
        if heading_of_country is not None:
            return heading_of_country
        content_start = line.start + line.indent
        bullet = BULLET.match(self.text, content_start, line.end)
        if bullet:
            content_start = bullet.end()
        value = self.text[content_start : line.end]
        heading = value.lstrip().startswith(("#", "**")) or (value.strip().startswith("__"))
        colon = value.find(":")
        inline: int | None = None
        if 0 < colon <= 200:
            label_text = value[:colon].strip(MARKUP)
            rest = value[colon + 1 :]
            if rest.strip(MARKUP):
                inline = content_start + colon + 1 + len(rest) - len(rest.lstrip(MARKUP))
            label_end = content_start + colon + 1
        else:
            label_text = value.strip(MARKUP)
            label_end = line.end
        label_text = re.sub(r"\s*\([^()]*\)", "", label_text).strip()  # '(for identification only)'
        persons = bool(PERSON_LABEL.match(label_text))
        target = self.coalition_named(label_text) if MEMBER_HEADING.match(label_text) or persons else None
        if target is None and persons and PERSON_LABEL.fullmatch(label_text):
            target = self.coalition_called(label_text)
        verb = MEMBER_VERB.search(label_text) if target is None and colon > 0 and inline is not None else None
        if verb:  # 'Le Collectif X regroupe : A, B et C.'
            target = self.coalition_named(label_text[: verb.start()])
        if target is not None:
            return Label(content_start, label_end, persons, target, inline)
        if colon == -1 and not heading:
            exact = EXACT_PERSON_LABEL.fullmatch(label_text) or EXACT_ORGANIZATION_LABEL.fullmatch(label_text)
            if not exact and not bullet and PERSON_LABEL.fullmatch(label_text) and HEADING_WORDS.search(label_text):
                return Label(content_start, label_end, True, None, None)  # 'Personas firmantes
            above_list = (
                not bullet
                and following is not None
                and bool(BULLET.match(following.text, following.indent))
                and bool(PERSON_LABEL.fullmatch(label_text) or ORGANIZATION_LABEL.fullmatch(label_text))
            )
            return Label(content_start, label_end, persons, None, None) if exact or above_list else None
        if colon != -1 and not (colon == len(value.rstrip(MARKUP)) - 1 or inline is not None):
            return None
        if PERSON_LABEL.fullmatch(label_text):
            return Label(content_start, label_end, True, None, inline)
        if ORGANIZATION_LABEL.fullmatch(label_text):
            return Label(content_start, label_end, False, None, inline)
        return None

    def coalition_called(self, label: str) -> int | None:
        """The coalition read earlier (one with members) that a person label's last words name
        ('Individual members of the Bloc' -> 'Latin American Bloc on Migration (LAC Bloc)')."""
        match = EXACT_PERSON_LABEL.match(label)
        tail = [w for w in words(label[match.end() :] if match else "") if w not in REFERENCE_WORDS]
        if not tail:
            return None
        heads = {piece.parent for piece in self.pieces if piece.parent is not None}
        for index in sorted(heads, reverse=True):
            piece = self.pieces[index]
            if set(tail) <= set(words(self.text[piece.start : piece.end])):
                return index
        return None

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

    def one_name_per_line(self, pieces: list[Piece], line: Line) -> list[Piece]:
        """In a one-name-per-line list, a line is one name unless it clearly lists several."""
        items = [p for p in pieces if p.kind == ITEM]
        if len(items) < 2 or len(items) >= LIST_LINE or any(p.kind == LABEL for p in pieces):
            return pieces
        names = [re.sub(r"\s*\([^()]*\)\s*$", "", self.name_of(p)) for p in items]  # 'Ana Pérez (abogada)'
        all_persons = all(looks_like_person(name) for name in names)
        all_marked = all(trailing_acronym(name) or starts_with_organization_word(name) for name in names)
        if all_persons or all_marked:
            return pieces
        first, last = items[0], items[-1]
        notes = tuple(note for p in items for note in p.notes)
        flags = tuple(flag for p in items for flag in p.flags)
        whole = Piece(ITEM, first.start, last.end, first.persons, None, notes, flags)
        return cover([whole], line.start, line.end)


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


def table_cells(line: Line) -> list[tuple[int, int, int]]:
    """The non-empty cells of a table row as (start, end, column), offsets stripped of spaces; a
    leading '|' (Markdown) opens no column."""
    bounds = [-1, *(i for i, char in enumerate(line.text) if char == "|"), len(line.text)]
    cells: list[tuple[int, int, int]] = []
    shift = 1 if line.text.lstrip().startswith("|") else 0
    for column, (left, right) in enumerate(itertools.pairwise(bounds)):
        value = line.text[left + 1 : right]
        if value.strip():
            begin = left + 1 + len(value) - len(value.lstrip())
            cells.append((line.start + begin, line.start + left + 1 + len(value.rstrip()), column - shift))
    return cells


def cell_texts(text: str, line: Line) -> list[str]:
    """Every cell of a row (empty ones too), by column."""
    values = line.text.strip().strip("|").split("|")
    return [value.strip() for value in values]


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
