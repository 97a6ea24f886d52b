"""Country and region names in English, Spanish, Portuguese and French, found in signatory names.

A country a name shows ("- Mexico", "(Ecuador)", "de Bolivia", "Mexico/Douglas AZ.") becomes a
``based_in`` row with those words as evidence. Only countries in ``data/countries.csv`` can be
written (each carries its source there); others are reported for the curator to add first.

The names are public, stable country names in ``graph/ingest/lexicon/places.yaml``: lookup keys,
not curated facts (the curated facts are the rows a curator accepts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.ingest.lexicon import load
from graph.ingest.text import fold

# The names are lookup keys, kept in graph/ingest/lexicon/places.yaml (one source, four languages).
PLACES = load("places")
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {str(code): tuple(names) for code, names in PLACES["countries"].items()}
US_STATES: list[str] = [str(state) for state in PLACES["us_states"]]
US_POSTAL_CODES = frozenset(str(code) for code in PLACES["us_postal_codes"])
BR_STATE_CODES = frozenset(str(code) for code in PLACES["br_state_codes"])
REGIONS: tuple[str, ...] = tuple(str(region) for region in PLACES["regions"])
SCOPE = re.compile("|".join(f"(?:{scope})" for scope in PLACES["scopes"]), re.I)

ACCENTED = {
    "a": "aáàâãä",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôõö",
    "u": "uúùûü",
    "c": "cç",
}


def accent_pattern(name: str) -> str:
    """A regex matching ``name`` with or without accents and with any spacing."""
    parts: list[str] = []
    for char in name:
        base = char.lower()
        for plain, variants in ACCENTED.items():
            if base in variants:
                base = plain
        if base in ACCENTED:
            parts.append(f"[{ACCENTED[base]}{ACCENTED[base].upper()}]")
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(names: list[str]) -> str:
    """Longest first, so 'New Mexico' wins over 'Mexico' and 'Estados Unidos de América' over 'Estados Unidos'."""
    return "|".join(accent_pattern(name) for name in sorted(set(names), key=len, reverse=True))


# A town written before its country: one to three capitalized words ('Tucson', 'San Pedro Sula').
TOWN = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑÇ][\w'\u2019.-]*)(?:\s+(?:(?:de|del|da|do|la|las|los)\s+){0,2}[A-ZÁÉÍÓÚÑÇ][\w'\u2019.-]*){0,2}"
)


@dataclass(frozen=True)
class Place:
    """A country (``code``) or region (``code`` empty) named at ``start:end`` of a string."""

    code: str
    start: int
    end: int
    text: str


class Gazetteer:
    """Finds country and region names; knows which codes the curated data can record."""

    def __init__(self, known_codes: set[str], extra_names: dict[str, list[str]] | None = None) -> None:
        self.known_codes = known_codes
        names: dict[str, str] = {}
        for code, country_names in COUNTRY_NAMES.items():
            for name in country_names:
                names[name] = code
        for code, more in (extra_names or {}).items():
            for name in more:
                names.setdefault(name, code)
        for state in US_STATES:
            names[state] = "US"
        self.code_of = {fold_name(name): code for name, code in names.items()}
        self.country_re = re.compile(rf"(?<![\w])(?:{alternation(list(names))})(?![\w])", re.I)
        self.region_re = re.compile(rf"(?<![\w])(?:{alternation(list(REGIONS))})(?![\w])", re.I)

    def countries(self, value: str) -> list[Place]:
        """Every capitalized country name in ``value`` ('chile' the pepper is not Chile)."""
        found: list[Place] = []
        for match in self.country_re.finditer(value):
            written = match.group()
            if written[0].isupper():
                found.append(Place(self.code_of[fold_name(written)], match.start(), match.end(), written))
        return found

    def regions(self, value: str) -> list[Place]:
        return [
            Place("", m.start(), m.end(), m.group()) for m in self.region_re.finditer(value) if m.group()[0].isupper()
        ]

    def is_location(self, value: str) -> bool:
        """True when ``value`` is only places: 'Mexico', 'Regional/Global', 'Mexico/Douglas AZ.'."""
        return bool(value.strip()) and bool(self.location_parts(value))

    def location_parts(self, value: str) -> list[Place]:
        """The countries, regions and 'Town ST' parts of a location phrase, or [] if it is not one.
        A town before a comma counts when a country follows it ('Tucson, United States'): it is
        returned without a code, like a region."""
        places: list[Place] = []
        pending_town = False
        pieces = list(re.finditer(r"[^/,]+", value))
        for number, piece in enumerate(pieces):
            part = piece.group()
            offset = piece.start()
            whole = part.strip().rstrip(".").strip()
            chunks = [part] if whole and self.one_place(whole, 0) else re.split(r"\s+(?:and|y|e|&)\s+", part)
            for chunk in chunks:  # 'São Tomé e Príncipe' is one country, 'Mexico and Guatemala' two
                stripped = chunk.strip().rstrip(".").strip()
                if not stripped:
                    continue
                chunk_start = offset + part.find(chunk) + chunk.find(stripped)
                place = self.one_place(stripped, chunk_start)
                if (
                    place is None
                    and pending_town
                    and stripped in BR_STATE_CODES
                    and value[piece.start() - 1 : piece.start()] == "/"
                ):
                    place = Place("BR", chunk_start, chunk_start + len(stripped), stripped)  # 'São Paulo/SP'
                if place is None and number + 1 < len(pieces) and TOWN.fullmatch(stripped):
                    place, pending_town = Place("", chunk_start, chunk_start + len(stripped), stripped), True
                elif place is None:
                    return []
                elif place.code:
                    pending_town = False
                places.append(place)
        return [] if pending_town else places

    def one_place(self, value: str, offset: int) -> Place | None:
        """``value`` read as exactly one country, region or 'Town ST' (a US town)."""
        for finder in (self.countries, self.regions):
            hits = finder(value)
            if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(value):
                return Place(hits[0].code, offset, offset + len(value), value)
        if SCOPE.fullmatch(value):
            return Place("", offset, offset + len(value), value)  # '(regional)', '- réseau régional'
        town = re.fullmatch(r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}([A-Z]{2})", value)
        if town and town.group(1) in US_POSTAL_CODES:
            return Place("US", offset, offset + len(value), value)
        return None


@cache
def fold_name(name: str) -> str:
    return " ".join(fold(name).split())
