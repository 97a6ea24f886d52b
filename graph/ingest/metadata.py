"""A statement's metadata as the curated YAML needs it: title, date, event, place, addressees.

Each value comes with the words of the text that show it (the YAML's ``*evidence`` fields must be
verbatim), or is left as a ``TODO`` placeholder with a review flag: ``gcmkg accept`` refuses a
draft that still has one, so a guess never becomes curated data unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.ingest.countries import Gazetteer
from graph.ingest.text import Line, slugify, split_lines

TODO = "TODO"
HEADER_REACH = 5000  # addressee lines ('To States') are read in this many characters after the title

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|º|°)?"
TO_DAY = r"(?:\s*(?:to|through|and|-|\u2013|al|a|y|e)\s*(?P<to>\d{1,2})(?:st|nd|rd|th|º|°)?)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
DATE_PATTERNS = [
    re.compile(rf"\b(?:from\s+)?{MONTH}\s+{DAY}{TO_DAY},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b(?:del?\s+|from\s+)?{DAY}{TO_DAY}\s+(?:de\s+)?{MONTH}(?:\s+de|\s+del|,)?\s+{YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{MONTH}\s+(?:de\s+|of\s+)?{YEAR}\b", re.I),
]
EVENT = re.compile(
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth|\d+(?:st|nd|rd|th)|Primer[oa]?|Segund[oa]|Tercer[oa]?|"
    r"Cuart[oa]|Quint[oa]|[IVX]{1,4})\s+)?(?:Regional\s+Review|International\s+Migration\s+Review\s+Forum|"
    r"Review\s+Forum|Global\s+Forum|Conference|Summit|Dialogue|Revisi[oó]n\s+Regional|Examen\s+Regional|"
    r"Conferencia|Cumbre|Encuentro|Di[aá]logo|Foro|Revis[aã]o\s+Regional|Confer[eê]ncia|C[uú]pula|Encontro|"
    r"F[oó]rum)\b"
)
EVENT_END = re.compile(
    r",\s*(?:held|celebrad[oa]|realizad[oa]|que\s+(?:se\s+)?(?:realiz|celebr|llev)|which\s+took|in\s|en\s|em\s)|"
    r"\s(?:held|celebrad[oa]|realizad[oa])\s|[.;:!?\n]|\s(?:from\s|del\s+\d|de\s+\d|on\s+\d)"
)
PLACE = re.compile(
    r"\b(?:in|en|em|na|no)\s+(?P<city>[A-ZÁÉÍÓÚÑ][\w'\u2019-]+(?:\s+(?:de\s+|do\s+|da\s+)?[A-ZÁÉÍÓÚÑ][\w'\u2019-]+){0,3}),\s+"
)
PRESS_RELEASE = r"press\s+release|comunicado\s+de\s+prensa|nota\s+de\s+prensa|(?:nota|comunicado)\s+[àa]\s+imprensa"
KINDS = [
    ("press release", re.compile(PRESS_RELEASE, re.I)),
    ("open letter", re.compile(r"open\s+letter|carta\s+abierta|carta\s+aberta", re.I)),
    ("declaration", re.compile(r"\bdeclaration\b|declaraci[oó]n|declara[cç][aã]o", re.I)),
]  # fmt: skip


@dataclass(frozen=True)
class DateFound:
    start: int
    end: int
    text: str
    year: int
    month: int
    day: int | None
    to_day: int | None

    @property
    def month_value(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def day_value(self, day: int | None) -> str | None:
        return f"{self.month_value}-{day:02d}" if day else None


@dataclass
class Metadata:
    """The statement's fields (YAML-ready) and what the curator should check about them."""

    fields: dict[str, object]
    how: list[tuple[str, str, str]] = field(default_factory=list)  # (field, value, how it was read)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def find_dates(text: str, limit: int = 20_000) -> list[DateFound]:
    """Dates written in the first ``limit`` characters, in text order, longest reading first."""
    found: list[DateFound] = []
    head = text[:limit]
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(head):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower(), 0)
            groups = match.groupdict()
            day = int(groups["day"]) if groups.get("day") else None
            to_day = int(groups["to"]) if groups.get("to") else None
            if 1 <= month <= 12 and (day is None or 1 <= day <= 31) and (to_day is None or 1 <= to_day <= 31):
                evidence = match.group().strip()
                start = match.start() + len(match.group()) - len(match.group().lstrip())
                found.append(
                    DateFound(start, start + len(evidence), evidence, int(match.group("year")), month, day, to_day)
                )
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    unique: list[DateFound] = []
    for date in found:
        if not unique or date.start >= unique[-1].end:
            unique.append(date)
    return unique


def title_line(text: str, title: str | None) -> Line | None:
    """The line holding the title: the one given, else the first non-empty line."""
    lines = [line for line in split_lines(text) if line.stripped]
    if not lines:
        return None
    if title:
        position = text.find(title)
        return Line(position, position + len(title), title) if position >= 0 else None
    first = lines[0]
    value = first.text.lstrip("\ufeff \t")  # a byte-order mark is not part of the title
    left = len(first.text) - len(value)
    value = value.rstrip()
    return Line(first.start + left, first.start + left + len(value), value)


class MetadataReader:
    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer

    def read(
        self,
        title: str | None,
        date: str | None,
        event: str | None,
        language: str,
        header_end: int,
    ) -> Metadata:
        meta = Metadata({})
        line = title_line(self.text, title)
        self.read_title(meta, title, line)
        meta.fields["language"] = language
        meta.how.append(("language", language, "guessed from the most frequent function words"))
        meta.fields["kind"] = self.kind(header_end)
        dates = find_dates(self.text)
        self.read_date(meta, date, dates)
        self.read_event(meta, event, dates)
        self.read_addressees(meta, line.end if line else 0, header_end)
        return meta

    def read_title(self, meta: Metadata, given: str | None, line: Line | None) -> None:
        if line is None:
            meta.fields["title"] = f"{TODO}: copy the title verbatim from the source"
            meta.flags.append(f"title: '{given}' is not written in the text; copy the title verbatim")
            return
        meta.fields["title"] = line.text
        count = self.text.count(line.text)
        how = "given with --title" if given else "the first line of the text"
        meta.how.append(("title", line.text, how))
        if count > 1:
            meta.flags.append(f"title: '{line.text[:80]}' occurs {count} times in the text; quote a longer passage")

    def kind(self, header_end: int) -> str:
        head = self.text[: min(header_end, 3000)]
        return next((kind for kind, pattern in KINDS if pattern.search(head)), "statement")

    def read_date(self, meta: Metadata, given: str | None, dates: list[DateFound]) -> None:
        if given:
            if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", given):
                meta.flags.append(f"date: '{given}' is not YYYY-MM or YYYY-MM-DD")
            meta.fields["date"] = given
            shown = next((d for d in dates if d.month_value == given[:7]), None)
            if shown:
                meta.fields["date_evidence"] = shown.text
                meta.how.append(("date", given, f"given with --date; evidence '{shown.text}'"))
            else:
                meta.fields["date_evidence"] = f"{TODO}: the words of the text that show the date"
                meta.flags.append(f"date_evidence: no date of {given[:7]} is written in the text; quote one")
            return
        if not dates:
            meta.fields["date"] = TODO
            meta.fields["date_evidence"] = f"{TODO}: the words of the text that show the date"
            meta.flags.append(
                "date: no date found in the text; set date (YYYY-MM[-DD]) and date_evidence, or use --date"
            )
            return
        first = dates[0]
        meta.fields["date"] = first.month_value
        meta.fields["date_evidence"] = first.text
        meta.how.append(("date", first.month_value, f"the first date in the text, '{first.text}' (month only)"))
        meta.notes.append(f"date: read as {first.month_value} from '{first.text}'; the statement's own date may differ")

    def read_event(self, meta: Metadata, given: str | None, dates: list[DateFound]) -> None:
        name_span = self.event_name(given)
        if name_span is None:
            meta.fields["event"] = placeholder_event()
            what = f"'{given}' is not written in the text" if given else "no event found in the text"
            meta.flags.append(f"event: {what}; fill in event (id, name, start, end, evidence, place) or use --event")
            return
        start, end = name_span
        name = self.text[start:end]
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        date = next((d for d in dates if end <= d.start <= end + 160 and d.end <= line_end), None)
        evidence_end = date.end if date else end
        year = date.year if date else (dates[0].year if dates else None)
        event: dict[str, object] = {
            "id": slugify(name, 6, "event") + (f"-{year}" if year else ""),
            "name": name,
            "start": (date.day_value(date.day) if date else None) or TODO,
            "end": (date.day_value(date.to_day or date.day) if date else None) or TODO,
            "evidence": self.text[start:evidence_end],
            "place": self.place(end, line_end, meta),
        }
        meta.fields["event"] = event
        how = "given with --event" if given else "a review, forum or conference named in the text"
        meta.how.append(("event", name, how))
        if event["start"] == TODO:
            meta.flags.append(f"event: no day-precise date follows '{name[:60]}'; set event.start and event.end")

    def event_name(self, given: str | None) -> tuple[int, int] | None:
        if given:
            position = self.text.find(given)
            return (position, position + len(given)) if position >= 0 else None
        spans: list[tuple[int, int]] = []
        for match in EVENT.finditer(self.text[:20_000]):
            stop = EVENT_END.search(self.text, match.end(), min(len(self.text), match.end() + 250))
            spans.append((match.start(), stop.start() if stop else match.end()))
        dated = [span for span in spans if self.date_follows(span[1])]
        chosen = dated or spans
        return chosen[0] if chosen else None

    def date_follows(self, end: int) -> bool:
        """A date written on the same line, shortly after ``end`` (the event's own dates)."""
        line_end = self.text.find("\n", end)
        window = self.text[end : min(end + 200, line_end if line_end >= 0 else len(self.text))]
        return any(pattern.search(window) for pattern in DATE_PATTERNS)

    def place(self, after: int, line_end: int, meta: Metadata) -> dict[str, object]:
        for match in PLACE.finditer(self.text, after, min(line_end, after + 200)):
            countries = self.gazetteer.countries(self.text[match.end() : match.end() + 40])
            if countries and countries[0].start == 0:
                country = countries[0]
                evidence = self.text[match.start("city") : match.end() + country.end]
                if country.code not in self.gazetteer.known_codes:
                    meta.flags.append(f"event.place: {country.code} is not in countries.csv; add it with its source")
                return {
                    "id": slugify(match.group("city"), 4, "place"),
                    "name": match.group("city"),
                    "country": country.code,
                    "evidence": evidence,
                }
        meta.flags.append("event.place: no 'in <city>, <country>' after the event; fill in event.place")
        return {"id": TODO.lower(), "name": TODO, "country": TODO, "evidence": TODO}

    def read_addressees(self, meta: Metadata, start: int, header_end: int) -> None:
        """'To States' lines before the body; the curated format reads English 'To …' lines only."""
        addressees: list[str] = []
        others: list[str] = []
        header = split_lines(self.text, start, min(header_end, start + HEADER_REACH))
        for line in header[:-1] if len(header) > 1 and start + HEADER_REACH < header_end else header:
            value = line.stripped
            if len(value) > 80 or value.endswith((".", ":", "!", "?")):
                continue
            if value.startswith("To ") and self.text.count(value) == 1:
                addressees.append(value[3:])
            elif re.match(r"(?:A|Al|A\s+la|A\s+las|A\s+los|Aos|Às|Ao|À)\s+\S", value):
                others.append(value)
        meta.fields["addressees"] = addressees
        if others:
            meta.notes.append(
                "addressees: the curated format reads 'To …' lines only, so these were left out: "
                + "; ".join(f"'{o}'" for o in others)
            )


def placeholder_event() -> dict[str, object]:
    return {
        "id": TODO.lower(),
        "name": TODO,
        "start": TODO,
        "end": TODO,
        "evidence": TODO,
        "place": {"id": TODO.lower(), "name": TODO, "country": TODO, "evidence": TODO},
    }
