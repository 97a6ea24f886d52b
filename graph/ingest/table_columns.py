"""What each column of a signatory table holds, read from its header row and its cells' content.

A header row is the row whose every filled cell is a column heading of the lexicon (four languages),
alone or two joined ('Organização ou rede', 'Name / Organization'), or a phrase naming the network a
row belongs to ('Red a la que pertenece'), or a heading about the members signing through the row
('Groups signing through it'). Columns get roles: a logo column (image alt text, skipped), a members
column (the coalition's members, ';'-separated), a network column (the coalition the row belongs to).
A row is a member of the row above it when its type cell says so ('Member group', 'Affiliate') or its
name cell opens with a tree mark ('↳ Name')."""

from __future__ import annotations

import re

from graph.ingest.furniture import COALITION_COLUMN, TABLE_HEADER, header_key
from graph.ingest.lexicon import alternation

LEXICON = "signatories"
LOGO_HEADER = re.compile(rf"(?:{alternation(LEXICON, 'table_logo_headers')})", re.I)
MEMBERS_HEADER = re.compile(rf"\b(?:{alternation(LEXICON, 'table_members_headers')})\b", re.I)
NETWORK_PHRASE = re.compile(rf"(?:{alternation(LEXICON, 'table_network_phrases')})", re.I)
JOINER = re.compile(rf"\s+(?:{alternation(LEXICON, 'table_header_joiners')})\s+|\s*/\s*", re.I)
MEMBER_TYPE = re.compile(rf"(?:{alternation(LEXICON, 'table_member_types')})", re.I)
MEMBER_MARK = re.compile(rf"^\s*(?:{alternation(LEXICON, 'table_member_marks')})\s*")


def clean(cell: str) -> str:
    return cell.strip().strip("*_").strip()


def is_heading(cell: str) -> bool:
    """One header cell: a known heading, two joined, a network phrase, a members heading or a logo."""
    key = header_key(cell)
    if TABLE_HEADER.fullmatch(key) or LOGO_HEADER.fullmatch(key) or NETWORK_PHRASE.fullmatch(key):
        return True
    parts = [part for part in JOINER.split(key) if part.strip()]
    if len(parts) > 1 and all(TABLE_HEADER.fullmatch(part.strip()) for part in parts):
        return True
    return bool(MEMBERS_HEADER.search(key)) and len(key.split()) <= 8


def is_header_row(cells: list[str]) -> bool:
    """Every filled cell a heading, at least one of them a known column heading or a logo."""
    filled = [clean(cell) for cell in cells if clean(cell)]
    return bool(filled) and all(is_heading(cell) for cell in filled)


def logo_columns(cells: list[str]) -> set[int]:
    return {index for index, cell in enumerate(cells) if LOGO_HEADER.fullmatch(header_key(cell))}


def members_columns(cells: list[str]) -> set[int]:
    """Columns listing the members that sign through the row's coalition (never 'member of')."""
    return {
        index
        for index, cell in enumerate(cells)
        if MEMBERS_HEADER.search(header_key(cell))
        and not COALITION_COLUMN.fullmatch(header_key(cell))
        and not NETWORK_PHRASE.fullmatch(header_key(cell))
        and not TABLE_HEADER.fullmatch(header_key(cell))
    }


def network_column(cells: list[str]) -> int | None:
    """The column naming each row's network by a phrase ('Rede a que pertence')."""
    return next((index for index, cell in enumerate(cells) if NETWORK_PHRASE.fullmatch(header_key(cell))), None)


def is_member_type(value: str) -> bool:
    return bool(MEMBER_TYPE.fullmatch(clean(value)))


def member_mark_end(value: str) -> int:
    """Where a cell's name begins after a tree mark ('↳ Name'): 0 without one."""
    match = MEMBER_MARK.match(value)
    return match.end() if match else 0
