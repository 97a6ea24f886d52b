"""Coalition members given apart from the list, in a note the coalition's name points to (round 8c).

A name carries a marker ('Red X¹', 'Mesa Andina1', 'Platform (HP)[^1]', 'Network (*)', 'Red X *')
and a line elsewhere starts with the same marker ('¹ …', '1 …', '[^1]: …', '(*) …'). When that note
lists names (after its colon, on the line or as bullets below it) they are the marked coalition's
members; a note that lists none ('2 Adhesión recibida después…') is furniture. The marker is never
part of the name. Only markers shared by a name and a note count: a plain digit ending a name is a
marker only when a note starts with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from graph.ingest.countries import Gazetteer
from graph.ingest.lists import ITEM, SUPERSCRIPT_DIGITS, Piece
from graph.ingest.sections import SectionSplitter

PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")  # '¹²' -> '12'

# A note's first line: its marker, then the note ('[^1]: …', '(*) …', '¹ …', '1 …', '[1] …', '* …').
NOTE_LINE = re.compile(
    rf"^[ \t>]*(?:\[\^?(?P<ref>\w{{1,3}})\]:?|\((?P<star>\*{{1,3}})\)|(?P<sup>[{SUPERSCRIPT_DIGITS}]+)"
    r"|(?P<digit>\d{1,2})(?=[ \t]+[A-ZÀ-Þ])|(?P<bare>\*{1,3})(?=[ \t]))[ \t]+(?=\S)",
    re.M,
)
# A bullet line below a note's first line: one of its members.
BULLET_LINE = re.compile(r"^[ \t>]*[-\u2013\u2014\u2022*][ \t]+\S[^\n]*$", re.M)


@dataclass(frozen=True)
class Note:
    key: str  # the marker normalised: '1', '*'
    start: int  # the note's first character (its marker)
    end: int  # after its last line
    members: tuple[int, int] | None  # the span listing names: after the colon, bullets included
    body: int = 0  # the first character after the marker


def marker_key(match: re.Match[str]) -> str:
    """'1' for '[^1]', '¹', '1'; '*' for '(*)' and '*'."""
    for group in ("ref", "digit"):
        if match.group(group):
            return match.group(group)
    if match.group("sup"):
        return match.group("sup").translate(PLAIN_DIGITS)
    return match.group("star") or match.group("bare")


def find_notes(text: str, after: int) -> dict[str, Note]:
    """The notes that start at or after ``after`` (the list's first line), the last of each marker (a
    list numbered '1 Name' comes before the footnotes)."""
    notes: dict[str, Note] = {}
    for match in NOTE_LINE.finditer(text, after):
        key = marker_key(match)
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        for bullet in BULLET_LINE.finditer(text, line_end + 1):
            if bullet.start() != end + 1:
                break
            end = bullet.end()
        colon = text.find(":", match.end(), line_end)
        members = (colon + 1, end) if colon >= 0 and text[colon + 1 : end].strip() else None
        notes[key] = Note(key, match.start(), end, members, match.end())
    return notes


def marker_at_end(name: str, keys: set[str]) -> tuple[str, int] | None:
    """The note key a name ends with and the length of the name without it ('Mesa Andina1' → ('1', 11))."""
    patterns = (
        r"\s*\[\^?(\w{1,3})\]$",
        r"\s*\((\*{1,3})\)$",
        rf"\s*([{SUPERSCRIPT_DIGITS}]+)$",
        r"(?<=[^\W\d])(\d{1,2})$",
        r"(?<=[^\W\d]|\))\s(\d{1,2})$",
        r"(?<=\S)\s*(\*{1,3})$",
    )
    for pattern in patterns:
        match = re.search(pattern, name)
        if not match:
            continue
        key = match.group(1).translate(PLAIN_DIGITS)
        if key in keys:
            return key, match.start()
    return None


class Agent(Protocol):
    """What the note reader needs of an agent read from the list (signatories.Extracted)."""

    start: int
    end: int
    name: str
    parent: int | None
    is_coalition: bool


A = TypeVar("A", bound=Agent)


def attach_note_members(
    text: str, after: int, agents: list[A], gazetteer: Gazetteer, read: Callable[[Piece], A | None]
) -> list[A]:
    """``agents`` with the names listed in notes added as members of the coalition whose name carries
    the note's marker (the marker cut from the name), and without what was read inside a note."""
    notes = find_notes(text, after)
    if not notes:
        return agents
    marked: dict[str, int] = {}
    for index, agent in enumerate(agents):
        found = marker_at_end(agent.name, set(notes))
        if found and not any(n.start <= agent.start < n.end for n in notes.values()):
            agent.name = agent.name[: found[1]].rstrip(" ,")
            marked.setdefault(found[0], index)
    for key, note in notes.items():  # a marker set apart from its name (a PDF's raised '1' on a line)
        if key not in marked and note.members is not None:
            named = named_coalition(text, note, agents)
            if named is not None and named not in marked.values():
                marked[key] = named
    if not marked:
        return agents
    used = [notes[key] for key in marked]
    kept = [a for a in agents if not any(n.start <= a.start < n.end for n in used)]
    index_of = {id(a): i for i, a in enumerate(kept)}
    for agent in kept:  # parents point into the list without the notes' agents
        if agent.parent is not None:
            agent.parent = index_of.get(id(agents[agent.parent]))
    for key, index in sorted(marked.items(), key=lambda kv: notes[kv[0]].start):
        span = notes[key].members
        if span is None:
            continue
        coalition = index_of[id(agents[index])]
        for piece in SectionSplitter(text, gazetteer).split(*span):
            member = read(piece) if piece.kind == ITEM else None
            if member is not None:
                member.parent = coalition
                kept[coalition].is_coalition = True
                kept.append(member)
    return kept


def named_coalition(text: str, note: Note, agents: Sequence[Agent]) -> int | None:
    """The one agent read before a note after the whole list whose name starts with a capitalized
    word among the note's first three ('Le Collectif signe…' → 'Collectif des Associations…')."""
    if note.members is None or any(a.start >= note.end for a in agents):
        return None
    opening = re.findall(r"[^\W\d_][\w'\u2019-]*", text[note.body : note.members[0]])[:3]
    heads = {word for word in opening if word[0].isupper() and len(word) > 3}
    found = [
        i for i, a in enumerate(agents) if a.start < note.start and a.name.split()[:1] and a.name.split()[0] in heads
    ]
    return found[0] if len(found) == 1 else None
