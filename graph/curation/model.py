"""The curated data as plain Python values, after every check has passed.

The RDF is generated from these, so the checks in ``curated.py`` and ``statements.py`` and the
triples in ``build.py`` never disagree about what a row means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from graph.curation.source_text import SourceText, Span

AGENT_TYPES = ("organization", "coalition")
RELATIONS = ("memberOf", "subOrganizationOf")


@dataclass(frozen=True)
class Kind:
    slug: str
    label_en: str
    label_es: str
    definition: str


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    m49: str
    name_en: str
    name_es: str
    wikidata: str
    source: str


@dataclass(frozen=True)
class Objective:
    number: int
    title: str
    short_label: str
    paragraph: int
    source: str


@dataclass(frozen=True)
class Principle:
    letter: str
    slug: str
    name: str
    source: str


@dataclass(frozen=True)
class Description:
    """One objective's or principle's description, each text keyed by language."""

    target: str
    label: dict[str, str]
    definition: dict[str, str]
    scope_note: dict[str, str]
    actions: dict[str, tuple[str, ...]]
    terms: dict[str, tuple[str, ...]]
    sources: tuple[str, ...]

    @property
    def kind(self) -> str:
        return self.target.split("/")[0]


@dataclass(frozen=True)
class Mention:
    """Where a source names an agent."""

    source: SourceText
    span: Span


@dataclass
class Organization:
    id: str
    type: str
    pref_label: str
    pref_lang: str
    acronym: str
    kinds: list[str]
    written_as: list[str]
    note: str
    row: int = 0
    mentions: list[Mention] = field(default_factory=list)

    @property
    def is_coalition(self) -> bool:
        return self.type == "coalition"


@dataclass
class Person:
    id: str
    name: str
    written_as: list[str]
    note: str
    row: int = 0
    mentions: list[Mention] = field(default_factory=list)


Agent = Organization | Person


@dataclass(frozen=True)
class LocationClaim:
    agent: str
    country: str
    evidence: Mention


@dataclass(frozen=True)
class Relation:
    member: str
    organization: str
    relation: str
    evidence: Mention
    context: Mention | None = None
    """For a membership read apart from the coalition's line: the heading or cell that names it."""


@dataclass(frozen=True)
class Link:
    """A curated link from a position to an objective (number) or a principle (slug)."""

    target: str  # "objective/8" or "principle/human-rights": the IRI path under id/
    rationale: str
    confidence: Decimal
    stance: str = ""
    """A stance slug (graph/vocabulary.py); the position kind's default when the curator gives none."""


@dataclass
class Position:
    id: str
    type: str
    quote: str
    span: Span
    number: int
    links: list[Link]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str
    evidence: Span


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    start: str
    end: str
    evidence: Span
    place: Place


@dataclass
class Statement:
    id: str
    file: str
    source: SourceText
    title: Span
    language: str
    kind: str
    date: str
    date_evidence: Span
    event: Event | None
    addressees: list[Span]
    countries: list[str]
    countries_evidence: Span | None
    signatories: list[str]
    positions: list[Position]
    mentions: list[tuple[str, Span]] = field(default_factory=list)


@dataclass(frozen=True)
class SdgLink:
    objective: int
    target: str
    basis: str
    rationale: str
    source: str


@dataclass(frozen=True)
class ExternalIds:
    organization: str
    wikidata: str
    website: str
    source: str
    wikipedia: str = ""
    read: str = ""


@dataclass(frozen=True)
class State:
    """A UN Member State as listed in ``links/states.csv``."""

    alpha2: str
    alpha3: str
    m49: str
    wikidata: str
    name_en: str
    name_es: str
    name_fr: str
    name_pt: str
    source: str


@dataclass(frozen=True)
class PositionKind:
    """A kind of position on the Compact: one of the four votes, or a later event."""

    kind: str
    label_en: str
    label_es: str
    vote: bool
    amounts_to: str  # the vote kind this position amounts to, or "" when it changes no stance
    definition: str


@dataclass(frozen=True)
class StatePosition:
    """A State's vote on resolution 73/195, or a later dated change of its position."""

    state: str
    date: str  # YYYY-MM-DD, or YYYY-MM when the source gives only the month
    kind: str
    detail: str
    source: str
    read: str


@dataclass
class States:
    states: dict[str, State] = field(default_factory=dict)
    kinds: dict[str, PositionKind] = field(default_factory=dict)
    votes: list[StatePosition] = field(default_factory=list)
    changes: list[StatePosition] = field(default_factory=list)


@dataclass
class Links:
    states: States = field(default_factory=States)
    sdg: list[SdgLink] = field(default_factory=list)
    organizations: list[ExternalIds] = field(default_factory=list)
    compact: dict[str, Any] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resources(self) -> set[str]:
        """IRI paths under id/ that statements may mention."""
        found = {f"event/{event}" for event in self.events}
        if self.compact:
            found.add(f"compact/{self.compact['id']}")
        return found


@dataclass
class Curated:
    """Everything under ``data/``, checked and cross-referenced."""

    kinds: dict[str, Kind]
    countries: dict[str, Country]
    objectives: dict[int, Objective]
    principles: dict[str, Principle]
    organizations: dict[str, Organization]
    persons: dict[str, Person]
    location_claims: list[LocationClaim]
    relations: list[Relation]
    statements: dict[str, Statement]
    links: Links = field(default_factory=Links)
    # Descriptions of objectives and principles by target path (graph.curation.descriptions).
    descriptions: dict[str, Description] = field(default_factory=dict)

    def agent(self, agent_id: str) -> Agent | None:
        return self.organizations.get(agent_id) or self.persons.get(agent_id)
