"""The four kinds of profile, each assembled from the rows of its queries (by query name)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from graph.namespaces import DCTERMS, GCM, ORG, SCHEMA, SKOS
from graph.site.profiles import Count, Facts, Group, buckets, concept_groups, read_facts, statement_groups
from graph.site.rows import LabelBook, Ref, Row, natural_key, ref_key, text

Rows = Mapping[str, Sequence[Row]]
MAX_COSIGNERS = 60
LIMITS = {"statements": 50, "members": 100, "cosigners": MAX_COSIGNERS, "statement_groups": 25, "supporters": 50,
          "agents": 100, "home": 200, "list": 1000}  # fmt: skip
"""How many items of a long list a page shows (then says how many there are): statements signed
or with signatories in a country, a coalition's members, co-signers, the statements whose quotes an
objective's page shows, supporters per country, organizations based in a country; each section
of the home page (longer ones are listed in full on numbered pages of ``list`` items)."""


@dataclass(frozen=True)
class Signed:
    """A statement an agent signed, and the coalition it signed through (None: directly)."""

    statement: Ref
    date: str
    via: Ref | None


@dataclass(frozen=True)
class AgentProfile:
    facts: Facts
    statements: tuple[Signed, ...]
    supports: tuple[Group, ...]
    cosigners: tuple[tuple[Ref, int], ...]
    template: str = "agent.html.jinja"


@dataclass(frozen=True)
class ConceptProfile:
    facts: Facts
    supporters: tuple[Ref, ...]
    by_country: tuple[Count, ...]
    by_kind: tuple[Count, ...]
    quotes: tuple[Group, ...]
    sdg: tuple[tuple[str, str, str, str], ...]
    template: str = "concept.html.jinja"


@dataclass(frozen=True)
class Segment:
    """A piece of a statement's source text; a position's span carries its anchor and concepts."""

    text: str
    anchor: str = ""
    kind: str = ""
    concepts: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Signatory:
    ref: Ref
    country: str
    members: tuple[Signatory, ...]


@dataclass(frozen=True)
class StatementProfile:
    facts: Facts
    segments: tuple[Segment, ...]
    signatories: tuple[Signatory, ...]
    template: str = "statement.html.jinja"


@dataclass(frozen=True)
class CountryProfile:
    facts: Facts
    agents: tuple[tuple[Ref, str], ...]
    statements: tuple[tuple[Ref, str, int], ...]
    positions: tuple[tuple[Ref, str, str, str], ...] = ()
    """The State's positions on the Compact: (record, date, what it did, what it amounts to), by date."""
    template: str = "country.html.jinja"


Profile = AgentProfile | ConceptProfile | StatementProfile | CountryProfile


def signed_key(signed: Signed) -> tuple[object, ...]:
    """Newest first, then by title; a statement signed through several coalitions, by coalition."""
    via = signed.via
    via_key = (natural_key(via.label), via.iri) if via else ((), "")
    return (signed.date, natural_key(signed.statement.label), via is not None, via_key)


def agent_profile(iri: str, rows: Rows, supports: tuple[Group, ...] | None = None) -> AgentProfile:
    """``supports``: the quotes by objective when made elsewhere (the static site makes each
    quote once for all agents); from the rows of the ``supports`` query otherwise."""
    book = LabelBook()
    book.add_rows(rows["statements"], "statement", "title")
    book.add_rows(rows["statements"], "via", "viaLabel")
    signed = {
        (text(r, "statement"), text(r, "via")): Signed(
            book.ref(text(r, "statement")), text(r, "date"), book.ref(text(r, "via")) if text(r, "via") else None
        )
        for r in rows["statements"]
    }
    book.add_rows(rows["cosigners"], "other", "label")
    cosigners = tuple((book.ref(text(r, "other")), int(text(r, "shared") or 0)) for r in rows["cosigners"])
    return AgentProfile(
        read_facts(iri, rows["facts"]),
        tuple(sorted(signed.values(), key=signed_key, reverse=True)),
        concept_groups(rows["supports"]) if supports is None else supports,
        tuple(sorted(cosigners, key=lambda c: (-c[1], ref_key(c[0]))))[:MAX_COSIGNERS],
    )


def concept_profile(iri: str, rows: Rows) -> ConceptProfile:
    book = LabelBook()
    book.add_rows(rows["supporters"], "agent", "label")
    book.add_rows(rows["supporters"], "country", "countryLabel")
    book.add_rows(rows["supporters"], "kind", "kindLabel")
    supporters = {text(r, "agent") for r in rows["supporters"]}
    countries = {(text(r, "country"), text(r, "agent")) for r in rows["supporters"]}
    kinds = {(text(r, "kind"), text(r, "agent")) for r in rows["supporters"]}
    sdg = {(text(r, "notation"), text(r, "target"), text(r, "rationale"), text(r, "basis")) for r in rows["sdg"]}
    return ConceptProfile(
        read_facts(iri, rows["facts"]),
        tuple(sorted((book.ref(a) for a in supporters), key=ref_key)),
        buckets(((book.ref(c) if c else None, book.ref(a)) for c, a in countries), "country not recorded"),
        buckets(((book.ref(k) if k else None, book.ref(a)) for k, a in kinds), "kind not recorded"),
        statement_groups(rows["quotes"]),
        tuple(sorted(sdg, key=lambda s: natural_key(s[0]))),
    )


def segments(source: str, rows: Sequence[Row]) -> tuple[Segment, ...]:
    """The source text cut at the positions' spans (overlapping spans: the first one wins)."""
    concepts: dict[tuple[int, int], set[str]] = {}
    marks: dict[tuple[int, int], str] = {}
    book = LabelBook()
    book.add_rows(rows, "concept", "conceptLabel")
    for row in rows:
        first, last = text(row, "start"), text(row, "end")
        if first.isdigit() and last.isdigit():
            key = (int(first), int(last))
            marks.setdefault(key, text(row, "stanceLabel") or text(row, "kindLabel").lower())
            concepts.setdefault(key, set()).update({text(row, "concept")} - {""})
    pieces: list[Segment] = []
    cursor = 0
    for (start, end), kind in sorted(marks.items()):
        if start < cursor or end > len(source):
            continue
        pieces.append(Segment(source[cursor:start]))
        ordered = sorted((book.ref(c) for c in concepts[(start, end)]), key=concept_order)
        pieces.append(Segment(source[start:end], f"span-{start}-{end}", kind, tuple(ordered)))
        cursor = end
    pieces.append(Segment(source[cursor:]))
    return tuple(p for p in pieces if p.text)


def concept_order(ref: Ref) -> tuple[object, ...]:
    return (ref.path.startswith("principle/"), natural_key(ref.path))


def signatory_tree(statement: str, rows: Sequence[Row]) -> tuple[Signatory, ...]:
    """The signatories, each coalition with its members nested under it."""
    book, countries = LabelBook(), {}
    children: dict[str, set[str]] = {}
    book.add_rows(rows, "child", "label")
    for row in rows:
        children.setdefault(text(row, "parent"), set()).add(text(row, "child"))
        countries[text(row, "child")] = text(row, "country")

    def node(iri: str, seen: frozenset[str]) -> Signatory:
        below = children.get(iri, set()) - seen
        members = tuple(sorted((node(c, seen | {c}) for c in below), key=lambda s: ref_key(s.ref)))
        return Signatory(book.ref(iri), countries.get(iri, ""), members)

    return node(statement, frozenset({statement})).members


def statement_profile(iri: str, rows: Rows) -> StatementProfile:
    source = text(rows["text"][0], "text") if rows["text"] else ""
    return StatementProfile(
        read_facts(iri, rows["facts"]), segments(source, rows["positions"]), signatory_tree(iri, rows["signatories"])
    )


def country_profile(iri: str, rows: Rows) -> CountryProfile:
    book = LabelBook()
    kinds: dict[str, set[str]] = {}
    book.add_rows(rows["agents"], "agent", "label")
    for row in rows["agents"]:
        kinds.setdefault(text(row, "agent"), set()).add(text(row, "kindLabel"))
    book.add_rows(rows["statements"], "statement", "title")
    statements = {(text(r, "statement"), text(r, "date"), int(text(r, "signers") or 0)) for r in rows["statements"]}
    return CountryProfile(
        read_facts(iri, rows["facts"]),
        tuple(
            sorted(((book.ref(a), ", ".join(sorted(k - {""}))) for a, k in kinds.items()), key=lambda a: ref_key(a[0]))
        ),
        tuple(
            sorted(
                ((book.ref(s), d, n) for s, d, n in statements),
                key=lambda s: (s[1], natural_key(s[0].label)),
                reverse=True,
            )
        ),
        country_positions(rows.get("positions", ())),
    )


def country_positions(rows: Sequence[Row]) -> tuple[tuple[Ref, str, str, str], ...]:
    """(record, date, what the State did, what that amounts to), in date order."""
    found = {
        (text(r, "record"), text(r, "date"), text(r, "kindLabel"), text(r, "stanceLabel") or text(r, "kindLabel"))
        for r in rows
    }
    return tuple(
        (Ref(record, kind), date, kind, stance)
        for record, date, kind, stance in sorted(found, key=lambda f: (f[1], f[0]))
    )


BUILDERS: dict[str, Callable[[str, Rows], Profile]] = {
    "agent": agent_profile,
    "concept": concept_profile,
    "statement": statement_profile,
    "country": country_profile,
}
"""The builder of each kind of profile (the kinds of :data:`graph.site.queries.PROFILE_QUERIES`)."""

MEMBER_OF, HAS_MEMBER, BASED_IN, CLASSIFICATION = ORG.memberOf, ORG.hasMember, GCM.basedIn, ORG.classification
DEFINITION, ALT_LABEL, NOTATION, PARAGRAPH, SOURCE = (
    SKOS.definition, SKOS.altLabel, SKOS.notation, GCM.paragraph, DCTERMS.source
)  # fmt: skip
DATE, LANGUAGE, GENRE, ADDRESSEE, EVENT, MENTIONS, COUNTRY = (
    DCTERMS.date, DCTERMS.language, SCHEMA.genre, GCM.addressee, GCM.event, SCHEMA.mentions, GCM.signatoryCountry
)  # fmt: skip
SUB_ORGANIZATION_OF = ORG.subOrganizationOf
"""Predicates the templates read from a profile's facts."""
