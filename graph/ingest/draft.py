"""Assembling a draft curated record from a statement's text, and writing it to a draft folder.

A draft never touches ``data/``: it holds the source, a statement YAML in the seed's format, the
rows the curated tables would gain (new agents only; new spellings of curated agents go to
``spellings.csv``), and ``review.md``, which lists every decision. Decisions a curator must check
are checkboxes; ``gcmkg accept`` refuses the draft while one is unticked.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.curation.model import Curated
from graph.ingest.countries import Gazetteer
from graph.ingest.lexicon import load
from graph.ingest.matching import AMBIGUOUS, KNOWN, MATCH, NEW, Candidate, Decision, NameIndex, decide
from graph.ingest.membership_context import membership_context
from graph.ingest.metadata import TODO, MetadataReader, title_line
from graph.ingest.names import name_without_acronym
from graph.ingest.positions import find_positions
from graph.ingest.signatories import Extracted, Extraction, PlaceClaim, extract_signatories
from graph.ingest.suggest import THRESHOLD, LexicalModel, Suggestion
from graph.ingest.suggest_text import detect_language
from graph.ingest.text import IngestError, InputText, Origin, guess_language, slugify, unique_id, words

TABLES = {
    "organizations.csv": ["id", "type", "pref_label", "pref_lang", "acronym", "kinds", "written_as", "note"],
    "persons.csv": ["id", "name", "written_as", "note"],
    "memberships.csv": ["member", "organization", "relation", "evidence", "context"],
    "based_in.csv": ["agent", "country", "evidence"],
}
SPELLINGS = "spellings.csv"
ORIGIN = "origin.yaml"
EVENTS = "events.yaml"
COMPACT_LINKS = "links/compact.yaml"
SPELLING_COLUMNS = ["agent", "written_as", "score", "reason"]
SIGNATORIES = "signatories.csv"
SIGNATORY_COLUMNS = ["as_written", "read_as", "role", "decision", "id", "score", "reason", "start", "end", "notes"]
REVIEW = "review.md"
SUGGESTION_LIMIT = 5
QUOTE_CHECK_LIMIT = 1_000_000
SUGGESTION_THRESHOLD = THRESHOLD

KIND_RULES = [
    ("faith-based", r"jesuit|christian|cristian|cristo\b|menonit|mennonite|methodist|metodist|ecum[eé]nic|pastoral|"
     r"iglesia|igreja|church|c[aá]ritas|scalabrin|lutheran|luteran|diaconia|cat[oó]lic|catholic|evang[eé]lic"),
    ("network", r"\b(?:red|rede|redes|network|alliance|alianza|alian[cç]a|forum|foro|f[oó]rum|platform|plataforma|"
     r"coalition|coalici[oó]n|coaliz[aã]o|bloc|bloque)\b"),
    ("union", r"\b(?:union|sindicato|trade\s+union)\b|central\s+(?:aut[oó]noma\s+)?de\s+trabajadores"),
    ("academic", r"universi|cl[ií]nica\s+jur[ií]dica|centro\s+de\s+estudios|academ"),
    ("youth", r"youth|juventud|j[oó]venes|children|ni[nñ]ez|infancia|crian[cç]as"),
    ("lgbtiq", r"lgbt"),
    ("humanitarian", r"humanitari|red\s+cross|cruz\s+roja|cruz\s+vermelha|secours"),
    ("shelter", r"casas?\s+del?\s+migrantes?|albergue|shelter|estancia\s+del?\s+migrante"),
    ("media", r"periodist|journalis|jornalist|communication|comunicaci[oó]n"),
    ("women-and-gender", r"mujer|women|mulher|g[eé]nero|gender|\blatinas\b|feminis"),
    ("human-rights", r"human\s+rights|derechos\s+humanos|direitos\s+humanos"),
    ("development", r"desarrollo|development|desenvolvimento"),
    ("environment", r"climat|clim[aá]tic|ambiental|environment"),
    ("indigenous", r"ind[ií]gena|indigenous"),
    ("rural-workers", r"campesin|jornaler|farmworker|agr[ií]cola"),
    ("family-association-of-missing-migrants", r"familiares\s+de\s+migrantes\s+(?:fallecidos\s+y\s+)?desaparecidos"),
]  # fmt: skip
# Words that show the language of a name (lexicon/words.yaml).
LANGUAGE_WORDS = {language: set(values) for language, values in load("words")["name_language_words"].items()}


@dataclass
class ReviewItem:
    """One decision for the curator; ``blocking`` items are checkboxes ``accept`` requires ticked."""

    blocking: bool
    topic: str
    text: str


@dataclass
class SignatoryRow:
    """How one extracted name was resolved, for the review table."""

    written: str
    kind: str
    role: str
    outcome: str
    agent: str
    score: float | None
    reason: str
    notes: list[str]
    read_as: str = ""  # organization, person or coalition
    start: int = 0  # the name as written: text[start:end]
    end: int = 0


@dataclass
class PositionRow:
    id: str
    type: str
    rule: str
    start: int
    end: int
    suggestions: list[Suggestion]


@dataclass
class Draft:
    """Everything ``write_draft`` puts in the draft folder."""

    statement_id: str
    source_name: str
    text: str
    input_name: str
    statement: dict[str, Any]
    rows: dict[str, list[dict[str, str]]]
    spellings: list[dict[str, str]]
    review: list[ReviewItem] = field(default_factory=list)
    signatories: list[SignatoryRow] = field(default_factory=list)
    places: list[tuple[str, str, str, str]] = field(default_factory=list)
    positions: list[PositionRow] = field(default_factory=list)
    metadata_how: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    section_how: str = ""
    build_problems: list[str] = field(default_factory=list)
    events: list[dict[str, str]] = field(default_factory=list)  # for data/links/compact.yaml
    origin: Origin | None = None  # the file the text was extracted from

    def flag(self, topic: str, text: str) -> None:
        self.review.append(ReviewItem(True, topic, text))

    def note(self, topic: str, text: str) -> None:
        self.review.append(ReviewItem(False, topic, text))


@dataclass(frozen=True)
class Options:
    title: str | None = None
    date: str | None = None
    event: str | None = None
    statement_id: str | None = None
    language: str | None = None


@dataclass
class Resolved:
    """The id an extracted agent gets in the draft and how it was decided."""

    id: str
    existing: bool
    decision: Decision
    reason: str


class DraftBuilder:
    """Builds a :class:`Draft` for one statement text against the curated data."""

    def __init__(self, curated: Curated, data_dir: Path) -> None:
        self.curated = curated
        self.data_dir = data_dir
        extra = {code: [c.name_en, c.name_es] for code, c in curated.countries.items()}
        self.gazetteer = Gazetteer(set(curated.countries), extra)
        self.model = LexicalModel.from_curated(curated, data_dir)
        self.organizations = NameIndex()
        for organization in curated.organizations.values():
            for written in organization.written_as:
                self.organizations.add(organization.id, written, organization.acronym)
            if organization.pref_label not in organization.written_as:
                self.organizations.add(organization.id, organization.pref_label, organization.acronym, verbatim=False)
        self.known_spellings = frozenset(
            spelling for organization in curated.organizations.values() for spelling in organization.written_as
        )
        self.persons = NameIndex()
        for person in curated.persons.values():
            for written in person.written_as:
                self.persons.add(person.id, written)
            if person.name not in person.written_as:
                self.persons.add(person.id, person.name, verbatim=False)

    def build(self, source: InputText, options: Options) -> Draft:
        text = source.text
        extraction = extract_signatories(text, self.gazetteer, self.known_spellings)
        body_end = extraction.section.cue_start if extraction.section else len(text)
        language = options.language or guess_language(text[:body_end])
        reader = MetadataReader(text, self.gazetteer)
        meta = reader.read(options.title, options.date, options.event, language, body_end)
        statement_id = self.statement_id(options, str(meta.fields.get("title", "")), meta.fields.get("date"))
        draft = Draft(
            statement_id=statement_id,
            source_name=self.source_name(text),
            text=text,
            input_name=source.name,
            statement={},
            rows={name: [] for name in TABLES},
            spellings=[],
            metadata_how=meta.how,
            notes=list(source.notes),
            origin=source.origin,
        )
        for flag in meta.flags:
            draft.flag("statement", flag)
        for note in meta.notes:
            draft.note("statement", note)
        self.check_source_is_new(draft)
        signatories = AgentResolver(self, draft, language).resolve(extraction)
        countries = self.signatory_countries(draft, extraction)
        positions = self.positions(draft, text, body_end, options.title)
        self.event_source(draft, meta.fields["event"])
        self.unlinked_demands(draft, positions)
        draft.statement = {
            "id": statement_id,
            "source": f"sources/{draft.source_name}",
            "title": meta.fields["title"],
            "language": meta.fields["language"],
            "kind": meta.fields["kind"],
            "date": meta.fields["date"],
            "date_evidence": meta.fields["date_evidence"],
            "event": meta.fields["event"],
            "addressees": meta.fields["addressees"],
            "signatory_countries": countries,
            "signatories": signatories,
            "positions": positions,
        }
        return draft

    def event_source(self, draft: Draft, event: object) -> None:
        """Every event needs a source (the SHACL shape of schema:Event): propose an entry for
        ``data/links/compact.yaml`` unless the event is already listed there."""
        event_id = str(event.get("id", "")) if isinstance(event, dict) else ""
        if not event_id or event_id.upper() == TODO or event_id in known_event_ids(self.data_dir):
            return
        draft.events.append({"id": event_id, "source": f"{TODO}: a URL or reference that documents this event"})
        draft.flag(
            "statement",
            f"event `{event_id}` needs a source (every event in the graph has one): write it in {EVENTS}; "
            "`accept` adds it to data/links/compact.yaml",
        )

    def unlinked_demands(self, draft: Draft, positions: list[dict[str, Any]]) -> None:
        """A demand must address at least one objective or principle (the graph's SHACL shapes)."""
        demands = [p["id"] for p in positions if p["type"] == "demand" and not p["addresses"]]
        if demands:
            draft.flag(
                "positions",
                f"{len(demands)} demand(s) must address at least one objective or principle before `gcmkg build` "
                f"accepts them: move suggestions to `addresses:` (with a rationale) or change the type: "
                + ", ".join(f"`{d}`" for d in demands),
            )

    def statement_id(self, options: Options, title: str, date: object) -> str:
        taken = {path.stem for path in (self.data_dir / "statements").glob("*.yaml")}
        if options.statement_id:
            if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", options.statement_id):
                raise IngestError(f"--id '{options.statement_id}' is not a lowercase-hyphenated id")
            if options.statement_id in taken:
                raise IngestError(f"a statement '{options.statement_id}' is already curated; choose another --id")
            return options.statement_id
        year = str(date)[:4] if re.match(r"\d{4}", str(date)) else ""
        base = slugify(title if not title.startswith(TODO) else "statement", 5, "statement")
        return unique_id(f"{base}-{year}" if year else base, taken)

    def source_name(self, text: str) -> str:
        """'NNN_<first 16 hex digits of the text's SHA-256>.txt', numbered after data/sources."""
        numbers = [
            int(m.group(1)) for p in (self.data_dir / "sources").glob("*.txt") if (m := re.match(r"(\d+)_", p.name))
        ]
        number = max(numbers, default=-1) + 1
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return f"{number:03d}_{digest}.txt"

    def check_source_is_new(self, draft: Draft) -> None:
        digest = hashlib.sha256(draft.text.encode("utf-8")).hexdigest()
        for path in sorted((self.data_dir / "sources").glob("*.txt")):
            if hashlib.sha256(path.read_bytes()).hexdigest() == digest:
                draft.flag("statement", f"this text is already curated as sources/{path.name}: is this a re-ingest?")

    def signatory_countries(self, draft: Draft, extraction: Extraction) -> dict[str, Any]:
        section = extraction.section
        if section is None or section.countries_line is None:
            draft.flag(
                "statement",
                "signatory_countries: the text has no sentence naming the signatories' countries, which the "
                "curated format requires; quote one as evidence with its country codes",
            )
            return {"evidence": f"{TODO}: the sentence that names the signatories' countries", "countries": []}
        line = section.countries_line
        unknown = [code for code in section.country_codes if code not in self.curated.countries]
        if unknown:
            draft.flag("statement", f"signatory_countries: {', '.join(unknown)} not in countries.csv; add them first")
        draft.metadata_how.append(
            ("signatory_countries", ", ".join(section.country_codes), f"read from '{line.stripped[:70]}…'")
        )
        return {"evidence": line.stripped, "countries": list(section.country_codes)}

    def positions(self, draft: Draft, text: str, body_end: int, title: str | None) -> list[dict[str, Any]]:
        line = title_line(text, title)
        body_start = line.end if line else 0
        found = find_positions(text, body_start, body_end, line)
        if not found:
            draft.flag("positions", "no positions found in the body; the curated format needs at least one")
        taken: set[str] = set()
        numbers: dict[str, int] = {}
        entries: list[dict[str, Any]] = []
        repeated = Counter(position.quote for position in found)
        # One language for the whole statement (lingua, en/es/pt/fr), not a detection per position.
        language = detect_language(text[body_start:body_end])
        for position in found:
            position_id = unique_id(slugify(position.quote, 6, "position"), taken, numbers)
            suggestions = self.model.suggest(position.quote, SUGGESTION_LIMIT, SUGGESTION_THRESHOLD, language)
            draft.positions.append(
                PositionRow(position_id, position.type, position.rule, position.start, position.end, suggestions)
            )
            # Each quote must occur once in the source; on very long texts only repeated positions
            # are counted here (`gcmkg accept` checks the whole text).
            count = text.count(position.quote) if len(text) <= QUOTE_CHECK_LIMIT else repeated[position.quote]
            if count > 1:
                draft.flag(
                    "positions", f"{position_id}: the quote occurs {count} times in the text; quote a longer passage"
                )
            entry: dict[str, Any] = {"id": position_id, "type": position.type, "quote": position.quote, "addresses": []}
            entry["suggested"] = [
                {**s.target.yaml_item(), "score": s.score, "evidence": ", ".join(s.evidence)} for s in suggestions
            ]
            entries.append(entry)
        return entries


class AgentResolver:
    """Turns extracted names into signatory ids and new table rows, recording every decision."""

    def __init__(self, builder: DraftBuilder, draft: Draft, language: str) -> None:
        self.builder = builder
        self.language = language
        self.curated = builder.curated
        self.draft = draft
        self.taken = {*self.curated.organizations, *self.curated.persons}
        self.new_organizations = NameIndex()
        self.new_persons = NameIndex()
        self.rows_by_id: dict[str, dict[str, str]] = {}
        self.spelled: set[tuple[str, str]] = set()
        self.memberships = {(r.member, r.organization) for r in self.curated.relations}
        self.places: set[tuple[str, str]] = {(c.agent, c.country) for c in self.curated.location_claims}

    def resolve(self, extraction: Extraction) -> list[str]:
        if extraction.section is None:
            self.draft.flag(
                "signatories",
                "no signatory section found (no 'Subscribed by…', 'Firman:', 'Assinam', 'Signatories:' heading "
                "and no list of names at the end); add the signatories by hand",
            )
            return []
        self.draft.section_how = extraction.section.how
        signatories: list[str] = []
        every = [self.resolve_one(agent) for agent in extraction.agents]  # a member may come before its coalition
        ids = [resolved.id for resolved in every]
        for agent, resolved in zip(extraction.agents, every, strict=True):
            parent = ids[agent.parent] if agent.parent is not None else None
            role = f"member of {parent}" if parent else "signs directly"
            if parent and agent.parent is not None:
                self.add_membership(resolved.id, parent, agent, extraction.agents[agent.parent])
            elif resolved.id not in signatories:
                signatories.append(resolved.id)
            self.add_places(resolved, agent)
            best = resolved.decision.best
            self.draft.signatories.append(
                SignatoryRow(
                    agent.name, agent.kind, role, resolved.decision.outcome, resolved.id,
                    best.score if best and resolved.decision.outcome != NEW else None, resolved.reason,
                    agent.notes, read_as(agent), agent.name_start, agent.name_start + len(agent.name),
                )
            )  # fmt: skip
            for flag in agent.flags:
                self.draft.flag("signatories", flag)
        for index, agent in enumerate(extraction.agents):
            if agent.is_coalition:
                self.check_coalition(ids[index])
        if not signatories and extraction.agents:
            self.draft.flag("signatories", "every name was read as a coalition member; no direct signatory")
        return signatories

    def resolve_one(self, agent: Extracted) -> Resolved:
        person = agent.kind == "person"
        known = self.builder.persons if person else self.builder.organizations
        decision = decide(known.candidates(agent.name, agent.acronym))
        if decision.outcome in (KNOWN, MATCH):
            assert decision.best is not None
            if decision.outcome == MATCH:
                self.propose_spelling(decision.best, agent)
            return Resolved(decision.best.agent, True, decision, decision.best.reason)
        if decision.outcome == AMBIGUOUS:
            listed = "; ".join(f"`{c.agent}` ({c.score:.2f}: {c.reason})" for c in decision.candidates)
            self.draft.flag(
                "signatories",
                f"'{agent.name}' may be an organization already curated: {listed}. The draft adds it as new; "
                f"if it is one of these, remove its new row, use that id instead and add the spelling to "
                f"{SPELLINGS}",
            )
        return self.resolve_new(agent, decision)

    def resolve_new(self, agent: Extracted, decision: Decision) -> Resolved:
        """A name not curated yet: the same new agent as an earlier name of this statement, or a new row."""
        index = self.new_persons if agent.kind == "person" else self.new_organizations
        within = decide(index.candidates(agent.name, agent.acronym))
        if within.outcome in (KNOWN, MATCH) and within.best is not None:
            row = self.rows_by_id[within.best.agent]
            if agent.name not in row["written_as"].split("|"):
                row["written_as"] += f"|{agent.name}"
                index.add(within.best.agent, agent.name, agent.acronym)
                self.draft.flag(
                    "signatories",
                    f"'{agent.name}' read as the same new {agent.kind} as '{within.best.form}' "
                    f"(`{within.best.agent}`, {within.best.score:.2f}: {within.best.reason})",
                )
            return Resolved(
                within.best.agent, False, Decision(NEW, within.candidates), f"same as `{within.best.agent}` above"
            )
        if within.outcome == AMBIGUOUS and within.best is not None:
            self.draft.flag(
                "signatories",
                f"'{agent.name}' may be the same {agent.kind} as '{within.best.form}' listed earlier "
                f"(`{within.best.agent}`, {within.best.score:.2f}: {within.best.reason}); kept apart",
            )
        new_id = self.new_row(agent)
        index.add(new_id, agent.name, agent.acronym)
        reason = decision.best.reason if decision.outcome == AMBIGUOUS and decision.best else "no curated agent close"
        return Resolved(new_id, False, decision, reason)

    def new_row(self, agent: Extracted) -> str:
        if agent.kind == "person":
            new_id = unique_id(slugify(agent.name, 5, "person"), self.taken)
            row = {"id": new_id, "name": agent.name, "written_as": agent.name, "note": ""}
            self.draft.rows["persons.csv"].append(row)
        else:
            label = preferred_label(agent)
            base = slugify(agent.acronym, 3, "") if agent.acronym else ""
            new_id = unique_id(base or slugify(label, 5, "organization"), self.taken)
            row = {
                "id": new_id,
                "type": "coalition" if agent.is_coalition else "organization",
                "pref_label": label,
                "pref_lang": name_language(label, self.language),
                "acronym": agent.acronym,
                "kinds": "|".join(kinds_of(agent.name, set(self.curated.kinds))),
                "written_as": agent.name,
                "note": "",
            }
            self.draft.rows["organizations.csv"].append(row)
        self.rows_by_id[new_id] = row
        return new_id

    def propose_spelling(self, candidate: Candidate, agent: Extracted) -> None:
        key = (candidate.agent, agent.name)
        if key in self.spelled:
            return
        self.spelled.add(key)
        self.draft.spellings.append(
            {
                "agent": candidate.agent,
                "written_as": agent.name,
                "score": f"{candidate.score:.2f}",
                "reason": candidate.reason,
            }
        )
        self.draft.flag(
            "signatories",
            f"'{agent.name}' matched to curated `{candidate.agent}` ('{candidate.form}', {candidate.score:.2f}: "
            f"{candidate.reason}); the new spelling is proposed in {SPELLINGS}",
        )

    def add_membership(self, member: str, coalition: str, agent: Extracted, head: Extracted) -> None:
        if (member, coalition) in self.memberships or member == coalition:
            return
        self.memberships.add((member, coalition))
        context = membership_context(self.draft.text, agent.name_start, head.name, head.name_start)
        row = {"member": member, "organization": coalition, "relation": "memberOf", "evidence": agent.name}
        row["context"] = context
        self.draft.rows["memberships.csv"].append(row)

    def add_places(self, resolved: Resolved, agent: Extracted) -> None:
        for claim in agent.places:
            self.add_place(resolved.id, claim, agent)

    def add_place(self, agent_id: str, claim: PlaceClaim, agent: Extracted) -> None:
        if claim.code not in self.curated.countries:
            self.draft.flag("places", f"`{agent_id}`: '{claim.evidence}' names {claim.code}, not in countries.csv")
            return
        if (agent_id, claim.code) in self.places:
            return
        self.places.add((agent_id, claim.code))
        self.draft.rows["based_in.csv"].append({"agent": agent_id, "country": claim.code, "evidence": claim.evidence})
        self.draft.places.append((agent_id, claim.code, claim.evidence, claim.how))

    def check_coalition(self, coalition: str) -> None:
        organization = self.curated.organizations.get(coalition)
        if organization is not None and not organization.is_coalition:
            self.draft.flag(
                "signatories",
                f"`{coalition}` lists members here but is curated as an organization: change its type to "
                "coalition in organizations.csv, or remove the memberships",
            )


def known_event_ids(data_dir: Path) -> set[str]:
    """Events listed in ``data/links/compact.yaml`` (each with its source)."""
    path = data_dir / COMPACT_LINKS
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    except yaml.YAMLError:
        return set()
    events = document.get("events") if isinstance(document, dict) else None
    return {str(e.get("id")) for e in events or [] if isinstance(e, dict)}


def read_as(agent: Extracted) -> str:
    """'person', 'coalition' (it lists members) or 'organization'."""
    if agent.kind == "person":
        return "person"
    return "coalition" if agent.is_coalition else "organization"


def preferred_label(agent: Extracted) -> str:
    """The name without its acronym; before the comma when what follows was read as a tagline."""
    label = name_without_acronym(agent.name)
    if any("tagline" in flag for flag in agent.flags) and "," in label:
        label = label.split(",", 1)[0].strip()
    return label


def kinds_of(name: str, known: set[str]) -> list[str]:
    """Kinds the name itself shows (the curation rule: never more than the name says)."""
    return [kind for kind, pattern in KIND_RULES if kind in known and re.search(pattern, name, re.I)]


def name_language(name: str, default: str) -> str:
    counts = {
        language: sum(word in vocabulary for word in words(name)) for language, vocabulary in LANGUAGE_WORDS.items()
    }
    best = max(counts.values())
    winners = [language for language, count in counts.items() if count == best]
    fallback = default if default in LANGUAGE_WORDS else "en"
    return fallback if best == 0 or fallback in winners else winners[0]
