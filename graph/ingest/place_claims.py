"""Based-in claims read from a signatory's line: a country written after the name (a place suffix)
or named inside it ('… en Argentina'), each with the words that show it as evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ingest.countries import SCOPE, Gazetteer
from graph.ingest.lists import town_dash_country
from graph.ingest.text import DASHES


@dataclass(frozen=True)
class PlaceClaim:
    """A country a name shows, with the words that show it (``evidence`` at ``start`` in the text)."""

    code: str
    evidence: str
    start: int
    how: str


def suffix_places(
    text: str, item_start: int, name: str, suffix: str, gazetteer: Gazetteer, at: int | None = None
) -> list[PlaceClaim]:
    """Countries of a trailing place, each with the name's last word (or acronym) as context; ``at``
    is where the suffix starts when something stands between it and the name."""
    if not suffix.strip():
        return []
    suffix_start = item_start + len(name) if at is None else at
    suffix = blank_scope_marker(suffix)
    inner_offset = len(suffix) - len(suffix.lstrip(" ,(|/:-\u00b7" + DASHES)) if suffix else 0
    inner = suffix[inner_offset:].rstrip(" )")
    if suffix.lstrip().startswith("("):
        inner = town_dash_country(inner)  # '(Lima - Perú)'
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


LEADING_MARKER = re.compile(r"^[ \t]*\(([^()]{2,40})\)(?=[ \t]*[,(\u2013\u2014-])")


def blank_scope_marker(suffix: str) -> str:
    """' (network), Italy' read as '           , Italy' (same length, so offsets hold): the layout
    marker before a place is no place."""
    marker = LEADING_MARKER.match(suffix)
    if marker and SCOPE.fullmatch(marker.group(1).strip()):
        return " " * marker.end() + suffix[marker.end() :]
    return suffix


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
