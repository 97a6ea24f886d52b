"""Reading one curated statement (``data/statements/*.yaml``) against its verbatim source text."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from graph.curation.model import Event, Link, Place, Position, Statement
from graph.curation.schema import STATEMENT_KEYS
from graph.curation.source_text import SourceText, Span
from graph.curation.tables import LANGUAGE_TAG, SLUG, Problems, unknown_keys
from graph.errors import DataError
from graph.vocabulary import load_vocabulary

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YEAR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


class StatementReader:
    """Checks one statement file; every problem is added to ``problems`` with its field path."""

    def __init__(
        self,
        path: Path,
        data_dir: Path,
        problems: Problems,
        objectives: set[int],
        principles: set[str],
        countries: set[str],
    ) -> None:
        self.file = str(path.relative_to(data_dir))
        self.data_dir = data_dir
        self.problems = problems
        self.objectives = objectives
        self.principles = principles
        self.countries = countries
        self.source: SourceText | None = None

    def error(self, field: str, message: str) -> None:
        self.problems.add(DataError(self.file, None, field, message))

    def known(self, mapping: dict[str, Any], kind: str, label: str = "") -> None:
        """Report every key of ``mapping`` that a ``kind`` mapping may not have."""
        for key, message in unknown_keys(mapping, STATEMENT_KEYS[kind]):
            self.error(f"{label}.{key}" if label else key, message)

    def text(self, doc: dict[str, Any], field: str, path: str | None = None) -> str:
        value = doc.get(field)
        if not isinstance(value, str) or not value.strip():
            self.error(path or field, "required text is missing or empty")
            return ""
        return value

    def unique_span(self, exact: str, field: str, first: bool = False) -> Span | None:
        """The one place ``exact`` occurs in the source; absent text is an error.

        Quotes must be unambiguous (``first=False``); evidence for a fact the text repeats, such as
        the event named in two paragraphs, may point at its ``first`` occurrence.
        """
        if not exact or self.source is None:
            return None
        found = self.source.occurrences(exact)
        if not found:
            self.error(field, f"text not found verbatim in {self.source.key}: {exact[:80]!r}")
            return None
        if len(found) > 1 and not first:
            self.error(field, f"text occurs {len(found)} times in the source; quote a longer passage")
            return None
        return found[0]

    def read(self, doc: dict[str, Any]) -> Statement | None:
        self.known(doc, "statement")
        statement_id = self.text(doc, "id")
        if statement_id and not SLUG.match(statement_id):
            self.error("id", f"'{statement_id}' is not a lowercase-hyphenated id")
        self.source = self.read_source(self.text(doc, "source"))
        if self.source is None:
            return None
        title = self.unique_span(self.text(doc, "title"), "title")
        language = self.text(doc, "language")
        if language and not LANGUAGE_TAG.match(language):
            self.error("language", f"'{language}' is not a language tag such as 'en'")
        date = str(doc.get("date", ""))
        if not YEAR_MONTH.match(date):
            self.error("date", f"'{date}' is not a date (YYYY-MM or YYYY-MM-DD)")
        date_evidence = self.unique_span(self.text(doc, "date_evidence"), "date_evidence", first=True)
        event = self.read_event(doc["event"]) if "event" in doc else None
        addressees = self.read_addressees(doc.get("addressees") or [])
        countries, countries_evidence = self.read_countries(doc.get("signatory_countries"))
        signatories = self.read_signatories(doc.get("signatories"))
        positions = self.read_positions(doc.get("positions"))
        mentions = self.read_mentions(doc.get("mentions") or [])
        broken_optional = ("event" in doc and event is None) or (
            "signatory_countries" in doc and countries_evidence is None
        )
        if title is None or date_evidence is None or broken_optional or not statement_id:
            return None
        return Statement(
            id=statement_id,
            file=self.file,
            source=self.source,
            title=title,
            language=language,
            kind=str(doc.get("kind", "")),
            date=date,
            date_evidence=date_evidence,
            event=event,
            addressees=addressees,
            countries=countries,
            countries_evidence=countries_evidence,
            signatories=signatories,
            positions=positions,
            mentions=mentions,
        )

    def read_mentions(self, mentions: Any) -> list[tuple[str, Span]]:
        """Other resources the statement names (the Compact, the IMRF), with the naming span."""
        read: list[tuple[str, Span]] = []
        for index, item in enumerate(mentions if isinstance(mentions, list) else [None]):
            label = f"mentions[{index}]"
            if not isinstance(item, dict) or not item.get("resource"):
                self.error(label, "expected a mapping with 'resource' (e.g. event/imrf-2026) and 'evidence'")
                continue
            self.known(item, "mention", label)
            span = self.unique_span(self.text(item, "evidence", f"{label}.evidence"), f"{label}.evidence", first=True)
            if span:
                read.append((str(item["resource"]), span))
        return read

    def read_source(self, key: str) -> SourceText | None:
        if not key:
            return None
        path = self.data_dir / key
        if not path.is_file():
            self.error("source", f"source file '{key}' not found under data/")
            return None
        try:
            return SourceText(path, key)
        except UnicodeDecodeError as error:
            self.error("source", f"'{key}' is not UTF-8 ({error.reason} at byte {error.start})")
            return None

    def read_event(self, event: Any) -> Event | None:
        if not isinstance(event, dict):
            self.error("event", "expected a mapping with id, name, start, end, evidence and place")
            return None
        self.known(event, "event", "event")
        for field in ("start", "end"):
            if not DATE.match(str(event.get(field, ""))):
                self.error(f"event.{field}", f"'{event.get(field)}' is not a date YYYY-MM-DD")
        evidence = self.unique_span(self.text(event, "evidence", "event.evidence"), "event.evidence", first=True)
        place = self.read_place(event.get("place"))
        name = self.text(event, "name", "event.name")
        event_id = self.text(event, "id", "event.id")
        if evidence is None or place is None or not name or not event_id:
            return None
        return Event(event_id, name, str(event["start"]), str(event["end"]), evidence, place)

    def read_place(self, place: Any) -> Place | None:
        if not isinstance(place, dict):
            self.error("event.place", "required mapping is missing")
            return None
        self.known(place, "place", "event.place")
        country = str(place.get("country", ""))
        if country not in self.countries:
            self.error("event.place.country", f"unknown country code '{country}'")
        evidence = self.text(place, "evidence", "event.place.evidence")
        span = self.unique_span(evidence, "event.place.evidence", first=True)
        place_id = self.text(place, "id", "event.place.id")
        name = self.text(place, "name", "event.place.name")
        if span is None or country not in self.countries or not place_id or not name:
            return None
        return Place(place_id, name, country, span)

    def read_addressees(self, addressees: Any) -> list[Span]:
        if not isinstance(addressees, list):
            self.error("addressees", "expected a list")
            return []
        return [span for i, name in enumerate(addressees) if (span := self.addressee_span(str(name), i))]

    def addressee_span(self, name: str, index: int) -> Span | None:
        """The addressee as written: on its own "To ..." line when there is one, else its first mention."""
        assert self.source is not None
        for line in self.source.occurrences(f"\nTo {name}\n"):
            return Span(line.start + 4, line.end - 1, name)
        return self.unique_span(name, f"addressees[{index}]", first=True)

    def read_countries(self, block: Any) -> tuple[list[str], Span | None]:
        """The statement's own list of countries its signatories are in (optional)."""
        if block is None:
            return [], None
        if not isinstance(block, dict):
            self.error("signatory_countries", "expected a mapping with 'countries' and 'evidence'")
            return [], None
        self.known(block, "signatory_countries", "signatory_countries")
        codes = [str(code) for code in block.get("countries") or []]
        for index, code in enumerate(codes):
            if code not in self.countries:
                self.error(f"signatory_countries.countries[{index}]", f"unknown country code '{code}'")
        evidence = self.text(block, "evidence", "signatory_countries.evidence")
        return codes, self.unique_span(evidence, "signatory_countries.evidence")

    def read_signatories(self, signatories: Any) -> list[str]:
        if not isinstance(signatories, list) or not signatories:
            self.error("signatories", "expected a non-empty list of organization or person ids")
            return []
        seen: set[str] = set()
        for index, agent in enumerate(signatories):
            if agent in seen:
                self.error(f"signatories[{index}]", f"'{agent}' is listed twice")
            seen.add(str(agent))
        return [str(agent) for agent in signatories]

    def read_positions(self, positions: Any) -> list[Position]:
        if not isinstance(positions, list) or not positions:
            self.error("positions", "expected a non-empty list of positions")
            return []
        read: list[Position] = []
        seen: set[str] = set()
        for index, item in enumerate(positions):
            position = self.read_position(index, item, seen)
            if position:
                read.append(position)
        read.sort(key=lambda position: position.span.start)
        for number, position in enumerate(read, start=1):
            position.number = number
        for before, after in itertools.pairwise(read):
            if after.span.start < before.span.end:
                self.error(f"positions ({after.id})", f"quote overlaps the quote of '{before.id}'")
        return read

    def read_position(self, index: int, item: Any, seen: set[str]) -> Position | None:
        label = f"positions[{index}]"
        if not isinstance(item, dict):
            self.error(label, "expected a mapping with id, type, quote and addresses")
            return None
        position_id = str(item.get("id", ""))
        label = f"positions[{index}] ({position_id})"
        self.known(item, "position", label)
        if not SLUG.match(position_id):
            self.error(f"{label}.id", f"'{position_id}' is not a lowercase-hyphenated id")
        elif position_id in seen:
            self.error(f"{label}.id", f"duplicate position id '{position_id}'")
        seen.add(position_id)
        kinds = load_vocabulary().kind_slugs
        kind = str(item.get("type", ""))
        if kind not in kinds:
            self.error(f"{label}.type", f"'{kind}' is not one of {', '.join(kinds)}")
        quote = self.text(item, "quote", f"{label}.quote")
        span = self.unique_span(quote, f"{label}.quote")
        links = self.read_links(label, item.get("addresses") or [])
        if span is None or kind not in kinds or not SLUG.match(position_id):
            return None
        default = load_vocabulary().kind(kind).default_stance
        links = [link if link.stance else Link(link.target, link.rationale, link.confidence, default) for link in links]
        return Position(position_id, kind, quote, span, 0, links)

    def read_links(self, label: str, addresses: Any) -> list[Link]:
        if not isinstance(addresses, list):
            self.error(f"{label}.addresses", "expected a list")
            return []
        links: list[Link] = []
        for index, item in enumerate(addresses):
            link = self.read_link(f"{label}.addresses[{index}]", item)
            if link and link.target in {existing.target for existing in links}:
                self.error(f"{label}.addresses[{index}]", f"{link.target} is linked twice")
            elif link:
                links.append(link)
        return links

    def read_link(self, label: str, item: Any) -> Link | None:
        if not isinstance(item, dict) or ("objective" in item) == ("principle" in item):
            self.error(label, "give exactly one of 'objective' (1-23) or 'principle' (a slug)")
            return None
        self.known(item, "link", label)
        target = self.link_target(label, item)
        rationale = self.text(item, "rationale", f"{label}.rationale")
        confidence = self.confidence(label, item.get("confidence", 1))
        stance = self.stance(label, item.get("stance"))
        if target is None or not rationale or confidence is None or stance is None:
            return None
        return Link(target, rationale, confidence, stance)

    def stance(self, label: str, value: Any) -> str | None:
        """The curator's stance slug, "" when none is given (the position kind's default applies)."""
        if value is None:
            return ""
        stances = load_vocabulary().stance_slugs
        if value not in stances:
            self.error(f"{label}.stance", f"'{value}' is not one of {', '.join(stances)}")
            return None
        return str(value)

    def link_target(self, label: str, item: dict[str, Any]) -> str | None:
        if "objective" in item:
            number = item["objective"]
            if not isinstance(number, int) or number not in self.objectives:
                self.error(f"{label}.objective", f"unknown objective '{number}' (the GCM has 1-23)")
                return None
            return f"objective/{number}"
        slug = str(item["principle"])
        if slug not in self.principles:
            known = ", ".join(sorted(self.principles))
            self.error(f"{label}.principle", f"unknown principle '{slug}' (known: {known})")
            return None
        return f"principle/{slug}"

    def confidence(self, label: str, value: Any) -> Decimal | None:
        try:
            confidence = Decimal(str(value))
        except InvalidOperation:
            confidence = Decimal(-1)
        if not Decimal(0) <= confidence <= Decimal(1):
            self.error(f"{label}.confidence", f"'{value}' is not a number from 0 to 1")
            return None
        return confidence
