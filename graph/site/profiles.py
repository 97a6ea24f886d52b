"""Profiles: what a page says about an organization or person, an objective or principle, a
statement or a country, assembled from the rows of :mod:`graph.site.queries`.

Plain data with IRIs and labels, no HTML: :mod:`graph.site.render` turns IRIs into links and the
templates escape every string.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

from graph.namespaces import DCTERMS, FOAF, GCM, ORG, OWL, RDF, RDFS, SCHEMA, SKOS
from graph.site.rows import LabelBook, Ref, Row, language, natural_key, ref_key, text

Rows = Mapping[str, Sequence[Row]]
LINK_PREDICATES = tuple(str(p) for p in (SKOS.exactMatch, SCHEMA.url, FOAF.isPrimaryTopicOf, FOAF.homepage, OWL.sameAs))
NAME_PREDICATES = {str(SKOS.prefLabel): "name", str(FOAF.name): "name", str(SKOS.altLabel): "also written",
                   str(GCM.acronym): "acronym", str(RDFS.label): "label"}  # fmt: skip
TYPE_NAMES = {str(ORG.OrganizationalCollaboration): "Coalition", str(ORG.Organization): "Organization",
              str(FOAF.Person): "Person", str(GCM.Objective): "GCM objective",
              str(GCM.GuidingPrinciple): "GCM guiding principle", str(GCM.Statement): "Statement",
              str(GCM.Country): "Country"}  # fmt: skip
"""The page kind shown for each class, the first that applies."""


@dataclass(frozen=True)
class Quote:
    """A position's words, the statement it is from, and where it sits in the source text."""

    position: str
    text: str
    statement: Ref
    date: str
    anchor: str
    stance: str


@dataclass(frozen=True)
class Group:
    """Quotes under one heading (an objective, or a statement): the first ones in order, and how
    many there are in all (``total``, more than shown when the list is capped)."""

    ref: Ref
    note: str
    quotes: tuple[Quote, ...]
    total: int = 0

    @property
    def more(self) -> int:
        """How many quotes the page leaves out."""
        return max(0, self.total - len(self.quotes))


MAX_QUOTES_PER_CONCEPT = 5
"""Quotes shown under each objective or principle on an agent's page (the earliest first)."""


@dataclass(frozen=True)
class Count:
    """A bucket (a country, a kind) with the resources in it."""

    ref: Ref | None
    label: str
    members: tuple[Ref, ...]


@dataclass(frozen=True)
class Facts:
    """What every profile shows in its head: names, type, notes and links out."""

    iri: str
    title: str
    kind: str
    names: tuple[tuple[str, str, str], ...]
    notes: tuple[str, ...]
    links: tuple[str, ...]
    values: Mapping[str, tuple[Ref, ...]]
    literals: Mapping[str, tuple[str, ...]]

    def refs(self, predicate: object) -> tuple[Ref, ...]:
        return tuple(sorted(self.values.get(str(predicate), ()), key=ref_key))

    def literal(self, predicate: object) -> str:
        found = self.literals.get(str(predicate), ())
        return found[0] if found else ""


def read_facts(iri: str, rows: Iterable[Row]) -> Facts:
    """The head of a profile from the rows of the facts query."""
    book, names, notes, links, types = LabelBook(), set(), set(), set(), set()
    refs: defaultdict[str, set[str]] = defaultdict(set)
    literals: defaultdict[str, list[str]] = defaultdict(list)
    for row in rows:
        predicate, value, term = text(row, "p"), text(row, "o"), row.get("o")
        if predicate in NAME_PREDICATES:
            names.add((value, language(row, "o"), NAME_PREDICATES[predicate]))
        if NAME_PREDICATES.get(predicate) == "name":
            book.add(iri, value, language(row, "o"))
        if predicate == str(SKOS.editorialNote):
            notes.add(value)
        elif predicate == str(RDF.type):
            types.add(value)
        elif predicate in LINK_PREDICATES:
            links.add(value)
        elif isinstance(term, NamedNode):
            refs[predicate].add(value)
            book.add(value, text(row, "label"), language(row, "label"))
        elif isinstance(term, Literal):
            literals[predicate].append(value)
    kind = next((TYPE_NAMES[t] for t in TYPE_NAMES if t in types), "Resource")
    title = book.label(iri)
    if str(GCM.Statement) in types:
        title = next(iter(literals.get(str(DCTERMS.title), [])), title)
    return Facts(
        iri, title, kind, tuple(sorted(names, key=lambda n: (n[2] != "name", n[0].casefold(), n[1]))),
        tuple(sorted(notes)), tuple(sorted(links)),
        {p: tuple(book.ref(v) for v in sorted(vs)) for p, vs in refs.items()},
        {p: tuple(dict.fromkeys(vs)) for p, vs in literals.items()},
    )  # fmt: skip


def anchor(row: Row) -> str:
    """The id of a quote's span on its statement's page (``span-7163-7336``), "" if unknown."""
    start, end = text(row, "start"), text(row, "end")
    return f"span-{start}-{end}" if start and end else ""


def quotes_of(rows: Iterable[Row], titles: LabelBook) -> dict[str, Quote]:
    """One quote per position, with its stances (or the position's kind) named in words."""
    first: dict[str, Row] = {}
    stances: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        position = text(row, "position")
        first.setdefault(position, row)
        titles.add(text(row, "statement"), text(row, "title"), language(row, "title"))
        stances[position].add(text(row, "stanceLabel") or words(text(row, "stance")) or text(row, "kindLabel").lower())
    return {
        position: Quote(
            position,
            text(row, "quote"),
            titles.ref(text(row, "statement")),
            text(row, "date"),
            anchor(row),
            ", ".join(sorted(stances[position] - {""})),
        )
        for position, row in first.items()
    }


def words(iri: str) -> str:
    """A term's local name in words (``callsFor`` → ``calls for``), for terms without a label."""
    local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return "".join(f" {c.lower()}" if c.isupper() else c for c in local).strip()


def quote_key(quote: Quote) -> tuple[object, ...]:
    start = quote.anchor.split("-")[1] if quote.anchor else ""
    return (quote.date, natural_key(quote.statement.label), int(start) if start.isdigit() else 0)


def concept_key(ref: Ref, notation: str) -> tuple[object, ...]:
    """Objectives by number, then principles by letter."""
    return (ref.path.startswith("principle/"), natural_key(notation or ref.label))


def concept_groups(rows: Sequence[Row]) -> tuple[Group, ...]:
    """Quotes grouped by the objective or principle they address, in natural order."""
    titles, concepts = LabelBook(), LabelBook()
    concepts.add_rows(rows, "concept", "conceptLabel")
    quotes = quotes_of(rows, titles)
    grouped: defaultdict[str, dict[str, Quote]] = defaultdict(dict)
    notations: dict[str, str] = {}
    for row in rows:
        concept = text(row, "concept")
        notations[concept] = text(row, "notation")
        grouped[concept][text(row, "position")] = quotes[text(row, "position")]
    return groups_by_concept({c: list(q.values()) for c, q in grouped.items()}, concepts, notations)


def groups_by_concept(
    grouped: Mapping[str, Sequence[Quote]], concepts: LabelBook, notations: Mapping[str, str]
) -> tuple[Group, ...]:
    """One group per objective or principle in natural order, each with its first
    :data:`MAX_QUOTES_PER_CONCEPT` quotes (in date order, then as they stand in the text) and their number."""
    groups = [
        Group(concepts.ref(c), notations[c], tuple(sorted(q, key=quote_key)[:MAX_QUOTES_PER_CONCEPT]),
              len(q))
        for c, q in grouped.items()
    ]  # fmt: skip
    return tuple(sorted(groups, key=lambda g: concept_key(g.ref, g.note)))


def statement_groups(rows: Sequence[Row]) -> tuple[Group, ...]:
    """Quotes grouped by the statement they are from, newest statement first."""
    titles = LabelBook()
    quotes = quotes_of(rows, titles)
    grouped: defaultdict[str, list[Quote]] = defaultdict(list)
    for quote in quotes.values():
        grouped[quote.statement.iri].append(quote)
    groups = [Group(titles.ref(s), q[0].date, tuple(sorted(q, key=quote_key)), len(q)) for s, q in grouped.items()]
    return tuple(sorted(groups, key=lambda g: (g.note, natural_key(g.ref.label)), reverse=True))


def buckets(pairs: Iterable[tuple[Ref | None, Ref]], unknown: str) -> tuple[Count, ...]:
    """Members counted per bucket, the largest first and ``unknown`` (the bucket of None) last."""
    grouped: defaultdict[Ref | None, set[Ref]] = defaultdict(set)
    for bucket, member in pairs:
        grouped[bucket].add(member)
    counts = [
        Count(bucket, bucket.label if bucket else unknown, tuple(sorted(members, key=ref_key)))
        for bucket, members in grouped.items()
    ]
    return tuple(sorted(counts, key=lambda c: (c.ref is None, -len(c.members), natural_key(c.label))))
