"""Table rows of a signatory list ('Name | Country', '| Name | País |'): one name per cell, a
country cell the place of the name before it, header rows that say which columns are towns,
countries, affiliations or the coalition a row belongs to."""

from __future__ import annotations

import itertools
from dataclasses import replace

from graph.ingest.countries import TOWN
from graph.ingest.furniture import (
    PERSON_TYPE,
    affiliation_columns,
    coalition_column,
    is_table_header,
    place_columns,
    type_columns,
)
from graph.ingest.lists import (
    COALITION_CUE,
    CUE,
    ITEM,
    Piece,
)
from graph.ingest.names import (
    looks_like_organization,
    trailing_acronym,
)
from graph.ingest.section_members import cell_members
from graph.ingest.section_state import Frame, SectionState
from graph.ingest.table_columns import (
    is_header_row,
    is_member_type,
    logo_columns,
    member_mark_end,
    members_columns,
    network_column,
)
from graph.ingest.text import Line, words


class TableReader(SectionState):
    """Reads a table row of the list."""

    def table_row(self, line: Line, parent: int | None, persons: bool, indent: int = 0) -> bool:
        """'Name | Country' or '| Name | País |': each cell a name, a place cell the previous name's.
        A cell ending in a coalition cue ('X, integrada por: | Regional') opens the coalition: the
        lines indented below the row are its members."""
        cells = table_cells(line)
        if not cells:
            return True
        values = [self.text[s:e] for s, e, _ in cells]
        header = cell_texts(self.text, line)
        if is_table_header(values) or is_header_row(header):
            self.coalition_column = coalition_column(header)
            if self.coalition_column is None:
                self.coalition_column = network_column(header)
            self.logo_columns, self.members_columns = logo_columns(header), members_columns(header)
            self.table_head = None
            self.pending_networks = []
            self.place_columns = place_columns(header)
            self.affiliation_columns = affiliation_columns(header)
            self.type_columns = type_columns(header)
            return True
        if len(cells) == 1 and not line.text.strip().startswith("|") and not line.text.rstrip().endswith("|"):
            return False
        if self.stack and self.stack[-1].mode == "row":  # a row is never nested in the row above
            while self.stack and self.stack[-1].mode == "row":
                self.stack.pop()
            parent, persons = self.context()
        items: list[Piece] = []
        cue_piece: Piece | None = None
        head: int | None = None
        inline: tuple[int, tuple[int, int, int]] | None = None  # a cell 'Red X, integrada por: A, B y C'
        last_column = -2
        members: tuple[int, int] | None = None  # a members cell: the coalition's members signing through it
        member_row = False  # a row below a coalition's ('Member group', '↳ Name')
        network: str | None = None  # the network cell's value, resolved later when its row comes below
        lead_place: tuple[int, int, str] | None = None  # a country cell before the name cell
        person_typed = False  # the type cell says the row's name is a person's
        item_columns: list[int] = []  # the column of each plain name cell, for a grid's line below
        for (start, end, column), value in zip(cells, values, strict=True):
            if column in self.logo_columns:
                continue
            if column in self.members_columns:
                members = (start, end) if any(char.isalpha() for char in value) else members
                continue
            if column in self.type_columns and is_member_type(value):
                member_row = True
            if mark := member_mark_end(value):
                start, value, member_row = start + mark, value[mark:], True
            cue = COALITION_CUE.search(value)
            spans = cell_members(self, start, end) if inline is None and head is None and not items else None
            if column == self.coalition_column:
                network = value if any(char.isalpha() for char in value) else None
                parent = self.coalition_cell(value, parent)
            elif spans is not None:
                inline = (len(items), spans)
                items.append(Piece(ITEM, start, spans[0], False, None, ("a coalition: its members follow",)))
            elif cue and cue.start() > 0 and not value[cue.end() :].strip() and head is None:
                head = len(items)
                items.append(Piece(ITEM, start, start + cue.start(), False, None, ("a coalition: its members follow",)))
                cue_piece = Piece(CUE, start + cue.start(), end)
            elif column in self.type_columns:  # 'Individual', 'Coalition': what the row's name is
                if items and PERSON_TYPE.match(value.strip()):
                    items[-1] = replace(items[-1], persons=True)
                    person_typed = True
                continue
            elif items and self.gazetteer.is_location(value):
                if head != len(items) - 1 and last_column == column - 1 and not inline:  # the cell after the name's
                    items[-1] = replace(items[-1], end=end)
                elif head != len(items) - 1 and (code := self.country_code(value)):
                    items[-1] = replace(items[-1], heading_place=(start, end, code))  # after a city cell
            elif not items and (code := self.country_code(value)) and column in self.place_columns:
                lead_place = (start, end, code)  # 'País | Organización': the country cell opens the row
                continue
            elif column in self.place_columns or column in self.affiliation_columns:
                continue  # a town ('Ville') or a person's institution ('Nombre | Organización'), never a name
            elif items and self.town_before_country(value, cells, values, column):
                continue  # 'Org | Dakar | Sénégal' without a header: the town of the row's name
            elif any(char.isalpha() for char in value):
                items.append(Piece(ITEM, start, end, persons))
                item_columns.append(column)
            else:
                continue
            last_column = column
        first = len(self.pieces)
        self.grid_row = {column: first + at for at, column in enumerate(item_columns)}
        if member_row and self.table_head is not None and self.coalition_column is None:
            parent = self.table_head
        elif items:
            self.table_head = first
        lead_place = self.merged_place(lead_place, cells)
        self.add(items, parent, lead_place)
        if network is not None and items and parent is None:
            self.pending_networks.append((first, network))
        self.resolve_networks()
        if members is not None and items:
            self.add(self.splitter.split(*members), first)
        if inline is not None:
            at, (head_end, members_start, members_end) = inline
            self.pieces.append(Piece(CUE, head_end, members_start))
            self.add(self.splitter.split(members_start, members_end), first + at)
            return True
        if cue_piece is not None and head is not None:
            self.pieces.append(cue_piece)
            self.stack.append(Frame(indent, first + head, False, "cue", "indent"))
        elif items and all(item.persons for item in items) and person_typed:
            self.stack.append(Frame(indent, None, True, "note", "row"))  # lines indented below: the person's role
        elif lead_place is not None:  # lines indented below share the row's merged country cell
            self.stack.append(Frame(indent, None, persons, "rowspan", "row", lead_place))
        elif len(items) == 1:  # lines indented below the row (more paragraphs of its cell) are its members
            self.stack.append(Frame(indent, first, persons, "item", "row"))
        return True

    def grid_line(self, line: Line) -> bool:
        """Whether the line is a grid's line of places below a row of names (read here)."""
        cells = table_cells(line) if "|" in line.text else []
        return self.grid_line_below(cells, [self.text[s:e] for s, e, _ in cells])

    def grid_line_below(self, cells: list[tuple[int, int, int]], values: list[str]) -> bool:
        """A grid of cells each holding a name and a line below it ('Name A | Name B' then 'Kenya |
        Tanzania', or a person's 'Labour economist, Kenya'): the second row's cells, column by column,
        are the places (or roles) of the names above, never names."""
        above = self.grid_row
        self.grid_row = {}
        if not above or not cells or any(column not in above for _, _, column in cells):
            return False
        places: list[tuple[int, tuple[int, int, str] | None]] = []  # a name's piece, its place
        for (start, end, column), value in zip(cells, values, strict=True):
            piece = self.pieces[above[column]]
            code = self.country_code(value)
            if code and self.gazetteer.is_location(value):
                places.append((above[column], (start, end, code)))
            elif piece.persons:  # a role line, maybe ending in the country: 'Retired shop steward, Tanzania'
                tail = value.rsplit(",", 1)[-1]
                code = self.country_code(tail) if "," in value and self.gazetteer.is_location(tail) else ""
                places.append((above[column], (end - len(tail.lstrip()), end, code) if code else None))
            else:
                return False
        if any(place is None for _, place in places):
            return False
        for index, place in places:
            self.pieces[index] = replace(self.pieces[index], heading_place=place)
        return True

    def resolve_networks(self) -> None:
        """Rows naming a network read further down the table ('Rede a que pertence: RLA' above the row
        'Rede Lusófona de Acolhimento (RLA)'): made its members once it is read."""
        waiting = []
        for index, value in self.pending_networks:
            found = self.coalition_cell(value, None)
            if found is None:
                found = self.named_inside(value)
            if found is None or found == index:
                waiting.append((index, value))
            else:
                self.pieces[index] = replace(self.pieces[index], parent=found)
        self.pending_networks = waiting

    def named_inside(self, value: str) -> int | None:
        """An organization read whose name holds the cell's words in a row ('Migrantes em Rede' in
        'Plataforma Migrantes em Rede da Margem Sul'), two words or more."""
        key = f" {' '.join(words(value))} "
        if len(key.split()) < 2:
            return None
        for index, piece in enumerate(self.pieces):
            if piece.kind == ITEM and not piece.persons and key in f" {' '.join(words(self.name_of(piece)))} ":
                return index
        return None

    def merged_place(
        self, lead_place: tuple[int, int, str] | None, cells: list[tuple[int, int, int]]
    ) -> tuple[int, int, str] | None:
        """The country of a row whose country column comes first: its own cell, or, when that cell is
        empty (merged over several rows), the one above."""
        if lead_place is not None:
            self.row_place = lead_place
            return lead_place
        first_place = min(self.place_columns, default=None)
        if first_place is None or not cells or cells[0][2] <= first_place:
            self.row_place = None
            return None
        return self.row_place

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


def table_cells(line: Line) -> list[tuple[int, int, int]]:
    """The non-empty cells of a table row as (start, end, column), offsets stripped of spaces; a
    leading '|' (Markdown) opens no column."""
    bounds = [-1, *(i for i, char in enumerate(line.text) if char == "|"), len(line.text)]
    cells: list[tuple[int, int, int]] = []
    shift = 1 if line.text.lstrip().startswith("|") and line.text.rstrip().endswith("|") else 0
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
