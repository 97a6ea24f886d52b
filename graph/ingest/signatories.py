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

from graph.ingest.countries import TOWN, Gazetteer, Place
from graph.ingest.finder import Section, SectionFinder
from graph.ingest.footnotes import attach_note_members
from graph.ingest.furniture import is_trailer
from graph.ingest.lexicon import alternation
from graph.ingest.lists import FOOTNOTE_MARKS, ITEM, Piece, location_suffix_start
from graph.ingest.names import (
    CAPACITY,
    looks_like_listed_person,
    looks_like_organization,
    looks_like_person,
    starts_with_organization_word,
    surname_first,
    trailing_acronym,
)
from graph.ingest.place_claims import PlaceClaim, name_places, suffix_places
from graph.ingest.sections import SectionSplitter
from graph.ingest.text import DASHES

# --- the section and its layout: graph.ingest.sections ------------------------------------------

# --- from pieces to agents -------------------------------------------------------------------------


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


# Flags and globes before a country or a heading (a flag before 'Brasil', a globe before 'Redes'):
# decoration, read as spaces. Other emoji may be part of a name ('Red 🌍 Migrante') and stay.
PICTOGRAPH = re.compile("[\U0001f1e6-\U0001f1ff]+|\U0001f310\ufe0f?")  # flags, the meridian globe only


def flag_blank(text: str, match: re.Match[str]) -> str:
    """Spaces for a flag; right after a name ('Luana Batista <flag> Brasil') a comma and spaces, as
    the flag parts the name from its country."""
    before = text[: match.start()].rstrip(" \t")
    after_name = match.start() > len(before) and (before[-1:].isalpha() or before[-1:] == ")")
    return ("," if after_name else " ") + " " * (len(match.group()) - 1)


def extract_signatories(text: str, gazetteer: Gazetteer, known: frozenset[str] = frozenset()) -> Extraction:
    """The signatory section of ``text`` split into agents; an empty extraction if there is none.
    ``known`` holds curated spellings: a name that starts with one, then a town before its place
    suffix ('Frontera de Cristo Agua Prieta, Mexico/Douglas AZ.'), is cut after the spelling."""
    text = PICTOGRAPH.sub(lambda match: flag_blank(text, match), text)  # same length: offsets hold
    section = SectionFinder(text, gazetteer).find()
    if section is None:
        return Extraction(None, [], [])
    pieces = SectionSplitter(text, gazetteer).split(section.list_start, section.end)
    later = SectionFinder(text, gazetteer).continuation(section.end) if section.end < len(text) else None
    if later is not None:  # 'Endossent également :' after the letter that the list opened
        shift = len(pieces)
        more = SectionSplitter(text, gazetteer).split(later.list_start, later.end)
        pieces += [replace(p, parent=None if p.parent is None else p.parent + shift) for p in more]
    agents: list[Extracted] = []
    agent_of_piece: dict[int, int] = {}
    # A list with its own section of individuals, or that marks each person ('(in a personal
    # capacity)'), names its persons so: elsewhere a name is an organization's, however much it
    # looks like a person's ('Leeds Welcome Kitchen').
    items = [piece for piece in pieces if piece.kind == ITEM]
    by_shape = not any(p.persons or CAPACITY.search(text, p.start, p.end) for p in items)
    for index, piece in enumerate(pieces):
        if piece.kind != ITEM:
            continue
        agent = read_item(text, piece, gazetteer, known, by_shape)
        if agent is None:
            continue
        agent_of_piece[index] = len(agents)
        agents.append(agent)
    # Parents once every agent is read: a member may come before its coalition (a table's network cell).
    for index, piece in enumerate(pieces):
        if index in agent_of_piece and piece.parent in agent_of_piece:
            agents[agent_of_piece[index]].parent = agent_of_piece[piece.parent]
            agents[agent_of_piece[piece.parent]].is_coalition = True
    agents = attach_note_members(
        text, section.list_start, agents, gazetteer, lambda p: read_item(text, p, gazetteer, known, by_shape)
    )
    return Extraction(section, pieces, agents)


# A title before a name ('Dr. Ana Ruiz', 'Hna. Rosa Díaz'): a person's name (words in the lexicon).
HONORIFIC = re.compile(rf"(?:{alternation('signatories', 'honorifics')})(?=\s+[A-ZÀ-Þ])", re.I)


# A name set in bold, then a dash or comma and what the layout adds ('**Name** — Town, Country').
BOLD_NAME = re.compile(r"(?:\*\*|__)?[^*_\n]+(?:\*\*|__)(?=[ \t]*[,\u2013\u2014-][ \t])")


def read_item(
    text: str, piece: Piece, gazetteer: Gazetteer, known: frozenset[str] = frozenset(), by_shape: bool = True
) -> Extracted | None:
    """Name, kind, acronym and places of one list item; None for an item without letters. Outside a
    section of individuals, a name is read as a person's from its shape only when ``by_shape``."""
    value = text[piece.start : piece.end]
    if not any(char.isalpha() for char in value) or is_trailer(value):
        return None
    name_length = place_start = location_suffix_start(value, gazetteer)
    if piece.heading_place is not None and name_length == len(value):
        name_length = town_after_dash(value)
    capacity = CAPACITY.search(value)
    if capacity:  # 'Roe, Jane (in a personal capacity) (Ireland)': a person's name, then a place
        return read_in_capacity(text, piece, capacity, gazetteer)
    titled = bool(HONORIFIC.match(value))
    affiliation = person_with_affiliation(value) if piece.persons or by_shape or titled else 0
    role = value[affiliation:].strip(" ,(" + DASHES + "-")[:1].islower()
    if affiliation and not piece.persons and not titled and not role:
        affiliation = 0  # outside a persons' section only a role ('Marie Dupont, sociologue') is cut off
    if affiliation and name_length <= affiliation:
        affiliation = 0  # '(Chile)' after a person's name is where they are, not an affiliation
    bold = BOLD_NAME.match(value)
    if bold and not affiliation and bold.end() < name_length:  # '**Name** — Mindelo': the bold part
        name_length = bold.end()
    if affiliation:
        name_length = affiliation
    elif name_length < len(value) and known:
        name_length = known_before_town(value, name_length, known)
    # 'X:' above its members: the colon is no part of the name, nor the bold markup ('**X** (Italy)')
    name = value[:name_length].rstrip().rstrip(":").rstrip().rstrip("*_" + FOOTNOTE_MARKS).rstrip()  # 'X¹ (Chile)'
    name = re.sub(r"[*_]*[ \t]+[-\u2013\u2014]$", "", name).rstrip("*_")  # '**X** -' before a cue
    suffix = value[name_length:] if not affiliation else ""
    places = suffix_places(text, piece.start, name, suffix, gazetteer)
    if affiliation and affiliation < place_start < len(value):  # 'Ana Gil, abogada (México)': her place
        places = suffix_places(text, piece.start, name, value[place_start:], gazetteer, piece.start + place_start)
    regions = (
        [p.text for p in gazetteer.location_parts(suffix.strip(" ,()|-" + DASHES)) if not p.code] if suffix else []
    )
    if piece.heading_place is not None and not places:
        start, end, code = piece.heading_place
        how = "country column of the table" if start > piece.end else "country heading above the name"
        places.append(PlaceClaim(code, text[start:end], start, how))
    shaped = looks_like_person(name) or (titled and looks_like_person(HONORIFIC.sub("", name, count=1).strip()))
    shaped = shaped or (piece.persons and looks_like_listed_person(name))
    person = shaped and (piece.persons or titled or (by_shape and shaped_like_person(name, gazetteer)))
    # A person's own name says no country ('Mauricio', 'Salvador'); nor does a country word in a name
    # whose place the layout states ('Casa do Brasil em Lisboa (Portugal)').
    if not person and not places:
        places += name_places(text, piece.start, name, {p.code for p in places}, gazetteer)
    kind = "person" if person else "organization"
    notes = list(piece.notes)
    flags = list(piece.flags)
    if piece.persons and not person:
        flags.append(f"'{name}' is listed among individuals but does not look like a person's name")
    if kind == "person" and not piece.persons:
        notes.append("read as a person from the shape of the name")
    if suffix.strip():
        notes.append(f"'{suffix.strip()}' after the name read as a place")
    if affiliation:
        notes.append(f"'{value[affiliation:].strip(' ,()')}' after the name read as an affiliation, not a signatory")
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


def read_in_capacity(text: str, piece: Piece, capacity: re.Match[str], gazetteer: Gazetteer) -> Extracted:
    """A name followed by words saying it signs in a personal capacity: a person's name (as printed,
    title and all); what follows those words is the place."""
    value = text[piece.start : piece.end]
    name = value[: capacity.start()].rstrip(" ,")
    affiliation = person_with_affiliation(name)  # 'Dr. Jane Roe, Lakeshore University (in a personal capacity)'
    given = name[affiliation:].strip(" ,")
    if affiliation and name[affiliation:].lstrip()[:1] == "," and surname_first(given):
        affiliation = 0  # 'Ruiz Aldana, Carmen': the given name after the surnames
    notes = [*piece.notes, f"'{capacity.group().strip(' ,()')}' after the name: read as a person signing"]
    before = ""  # 'Sr. Mary Collins (Ireland), in a personal capacity': a place before the words
    if affiliation and gazetteer.is_location(name[affiliation:].strip(" ,()-" + DASHES)):
        before, name = name[affiliation:], name[:affiliation]
    elif affiliation:
        notes.append(f"'{name[affiliation:].strip(' ,()-' + DASHES)}' after the name read as an affiliation")
        name = name[:affiliation]
    suffix = value[capacity.end() :]
    places = suffix_places(text, piece.start, name, suffix, gazetteer, piece.start + capacity.end())
    if before and not places:
        places = suffix_places(text, piece.start, name, before, gazetteer)
    if piece.heading_place is not None and not places:
        start, end, code = piece.heading_place
        how = "country column of the table" if start > piece.end else "country heading above the name"
        places.append(PlaceClaim(code, text[start:end], start, how))
    if suffix.strip(" ,()|-" + DASHES):
        notes.append(f"'{suffix.strip()}' after the name read as a place")
    return Extracted(
        start=piece.start,
        end=piece.end,
        name=name,
        name_start=piece.start,
        kind="person",
        acronym="",
        places=places,
        parent=None,
        notes=notes,
        flags=list(piece.flags),
        regions=[],
    )


def shaped_like_person(name: str, gazetteer: Gazetteer) -> bool:
    """Three words at most, no organization word, acronym or place ('Safe Harbours Europe' is not)."""
    return (
        not looks_like_organization(name)
        and len(name.split()) <= 3
        and not gazetteer.countries(name)
        and not gazetteer.regions(name)
    )


def known_before_town(value: str, name_length: int, known: frozenset[str]) -> int:
    """Where a curated spelling ends when only a town stands between it and the place suffix."""
    name = value[:name_length].rstrip()
    if name in known:
        return name_length
    for match in reversed(list(re.finditer(r"\s+", name))):
        if name[: match.start()] in known and TOWN.fullmatch(name[match.end() :]):
            return match.start()
    return name_length


# ' - Tambacounda' (any dash) at the end of a name under a country heading: the town, one to three capitalized words.
TOWN_AFTER_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+(?=[^\n]*[a-zà-ÿ])(" + TOWN.pattern + r")[ \t]*$")


def town_after_dash(value: str) -> int:
    """Where a spaced dash and a town start ('Centre X - Bamako') in a name listed under a country
    heading (the country is said; the town is no part of the name); ``len(value)`` if none."""
    match = TOWN_AFTER_DASH.search(value)
    if match and starts_with_organization_word(match.group(1)):
        return len(value)  # '… - Comunidade de Braga': a part of the organization, not a town
    return match.start() if match else len(value)


def person_with_affiliation(value: str) -> int:
    """Where an affiliation or role starts after a person's name ('Jane Roe, Lakeshore University', 'Jane
    Roe (Desert Network, retired)', 'Ana Gil - Directora, …'); 0 when there is none."""
    match = re.search(r"\s*(?:,|\(|\s[-\u2013\u2014]\s)", value)
    if match and looks_like_person(value[: match.start()]) and not looks_like_person(value[match.end() :].strip(" )")):
        return match.start()
    return 0


__all__ = [
    "Extracted",
    "Extraction",
    "Piece",
    "Place",
    "PlaceClaim",
    "Section",
    "SectionSplitter",
    "extract_signatories",
]
