"""The rows of the heavy profile queries for every page at once, for the static site.

Four profile queries cost a property path or a many-way join per page (``AGENT_STATEMENTS``,
``AGENT_SUPPORTS``, ``AGENT_COSIGNERS``, ``COUNTRY_STATEMENTS``): asked for thousands of pages
they took most of a site's time, and co-signers joined every signatory with every other one. Here
a few slim queries read the whole graph once (signatures, memberships, the positions and stances,
the positions each support record lists, labels, based-in claims), and Python joins them into rows
of the same shape, so the same builders (:mod:`graph.site.kinds`) assemble the same profiles.
``tests/test_site_bulk.py`` checks that they equal the profiles from the per-page queries (the
server's path) on the seed graph and the test fixture.

Co-signers come pre-ranked: only the top :data:`graph.site.kinds.MAX_COSIGNERS` (and ties) are
handed on, by the order the builder uses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property

from pyoxigraph import Literal, NamedNode, Store

from graph.closure import reachable
from graph.site.kinds import MAX_COSIGNERS
from graph.site.local import select
from graph.site.profiles import Group, Quote, groups_by_concept, quotes_of
from graph.site.queries import AGENT_TYPES, CONCEPT, KIND, LABEL, PREFIXES, SPAN, STANCE
from graph.site.rows import LabelBook, Row, language_rank, natural_key, text

SIGNATURES = f"{PREFIXES}SELECT ?statement ?agent WHERE {{ ?statement gcm:signatory ?agent }}"
MEMBERSHIPS = f"{PREFIXES}SELECT ?member ?coalition WHERE {{ ?member org:memberOf ?coalition }}"
LABELS = f"{PREFIXES}SELECT ?item ?label WHERE {{ ?item {LABEL} ?label }}"
STATEMENTS = f"""{PREFIXES}SELECT ?statement ?title ?date WHERE {{ ?statement a gcm:Statement .
  OPTIONAL {{ ?statement dcterms:title ?title }} OPTIONAL {{ ?statement dcterms:date ?date }} }}"""
BASED_IN = f"{PREFIXES}SELECT ?agent ?country WHERE {{ ?agent gcm:basedIn ?country }}"
SUPPORTERS = (
    f"""{PREFIXES}SELECT DISTINCT ?concept ?agent WHERE {{ ?agent gcm:supports ?concept ; a ?type . {AGENT_TYPES} }}"""
)
PLACES = f"""{PREFIXES}SELECT ?agent ?country ?countryLabel WHERE {{
  ?agent gcm:basedIn ?country . ?country skos:prefLabel ?countryLabel }}"""
KINDS = f"""{PREFIXES}SELECT ?agent ?kind ?kindLabel WHERE {{
  ?agent org:classification ?kind . ?kind skos:prefLabel ?kindLabel }}"""
POSITIONS = f"""{PREFIXES}SELECT ?statement ?position ?quote ?start ?end ?kindLabel WHERE {{
  ?statement gcm:hasPosition ?position . ?position gcm:quote ?quote .
  {SPAN}
  {KIND}
}}"""
ADDRESSES = f"""{PREFIXES}SELECT ?position ?concept ?conceptLabel ?notation ?conceptType ?stance ?stanceLabel WHERE {{
  ?position gcm:addresses ?concept . {CONCEPT}
  {STANCE}
}}"""
SUPPORTED = f"""{PREFIXES}SELECT ?this ?concept ?position WHERE {{
  ?support gcm:agent ?this ; gcm:supported ?concept ; gcm:throughDemand|gcm:throughPosition ?position .
  ?position gcm:addresses ?concept
}}"""
"""The positions each support record lists (the statement is the one the position belongs to:
the derivation lists a position's statement with it)."""


def best(terms: dict[str, object], row: Row, key: str, value: str) -> None:
    """Keep, for ``row[key]``, the ``row[value]`` literal of the preferred language (then text)."""
    term, item = row.get(value), text(row, key)
    if not isinstance(term, Literal) or not item:
        return
    known = terms.get(item)
    if not isinstance(known, Literal) or _rank(term) < _rank(known):
        terms[item] = term


def _rank(term: Literal) -> tuple[int, str]:
    return language_rank(term.language or ""), term.value


class Tables:
    """The whole graph's signatures, memberships, positions and support records, read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.labels: dict[str, object] = {}
        for row in select(store, LABELS):
            best(self.labels, row, "item", "label")
        self.titles: dict[str, object] = {}
        self.dates: dict[str, object] = {}
        for row in select(store, STATEMENTS):
            best(self.titles, row, "statement", "title")
            best(self.dates, row, "statement", "date")
        self.signatories: defaultdict[str, set[str]] = defaultdict(set)
        for row in select(store, SIGNATURES):
            self.signatories[text(row, "agent")].add(text(row, "statement"))
        self.parents: defaultdict[str, set[str]] = defaultdict(set)
        for row in select(store, MEMBERSHIPS):
            self.parents[text(row, "member")].add(text(row, "coalition"))
        self._ancestors: dict[str, frozenset[str]] = {}

    def ancestors(self, agent: str) -> frozenset[str]:
        """The coalitions ``agent`` belongs to, directly or through nested ones (``org:memberOf+``)."""
        if agent not in self._ancestors:
            self._ancestors[agent] = frozenset(reachable(self.parents, agent))
        return self._ancestors[agent]

    def signed(self, agent: str) -> dict[tuple[str, str], None]:
        """(statement, coalition it was signed through, "" for directly), in a stable order."""
        found = {(s, ""): None for s in sorted(self.signatories.get(agent, ()))}
        for via in sorted(self.ancestors(agent)):
            found.update({(s, via): None for s in sorted(self.signatories.get(via, ()))})
        return found

    @cached_property
    def statements_of(self) -> dict[str, frozenset[str]]:
        """Every agent that signed anything (directly or through a coalition) and its statements."""
        agents = set(self.signatories) | set(self.parents)
        found = {agent: frozenset(s for s, _via in self.signed(agent)) for agent in sorted(agents)}
        return {agent: statements for agent, statements in found.items() if statements}

    @cached_property
    def signers_of(self) -> dict[str, list[str]]:
        grouped: defaultdict[str, list[str]] = defaultdict(list)
        for agent, statements in self.statements_of.items():
            for statement in statements:
                grouped[statement].append(agent)
        return grouped

    @cached_property
    def positions(self) -> dict[str, list[Row]]:
        grouped: defaultdict[str, list[Row]] = defaultdict(list)
        for row in select(self.store, POSITIONS):
            grouped[text(row, "position")].append(row)
        return grouped

    @cached_property
    def addresses(self) -> dict[tuple[str, str], list[Row]]:
        grouped: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        for row in select(self.store, ADDRESSES):
            grouped[(text(row, "position"), text(row, "concept"))].append(row)
        return grouped

    @cached_property
    def quotes(self) -> dict[tuple[str, str], Quote]:
        """The quote of each position under each objective or principle it addresses (its stance
        towards that one), as the per-page query's rows give it."""
        found: dict[tuple[str, str], Quote] = {}
        titles = LabelBook()
        for (position, concept), addresses in sorted(self.addresses.items()):
            rows = [
                {**address, **self.statement_row(text(detail, "statement")), **detail}
                for address in addresses
                for detail in self.positions.get(position, ())
            ]
            found.update({(p, concept): q for p, q in quotes_of(rows, titles).items()})
        return found

    @cached_property
    def concepts(self) -> LabelBook:
        book = LabelBook()
        for rows in self.addresses.values():
            book.add_rows(rows, "concept", "conceptLabel")
        return book

    @cached_property
    def notations(self) -> dict[str, str]:
        return {concept: text(rows[0], "notation") for (_p, concept), rows in self.addresses.items()}

    @cached_property
    def supported(self) -> dict[str, list[tuple[str, str]]]:
        """Per agent, the (concept, position) pairs its support records list."""
        grouped: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        solutions = self.store.query(SUPPORTED)
        # Unpacked directly, not through graph.rows: one row per support record (millions at 1,000
        # statements), and building a dict per row made this loop 1.7x slower (measured on the seed).
        for this, concept, position in solutions:  # type: ignore[union-attr]
            grouped[this.value].append((concept.value, position.value))
        return grouped

    @cached_property
    def based_in(self) -> dict[str, list[str]]:
        """Per country, the agents based there."""
        return self._grouped(BASED_IN, "country", "agent")

    @cached_property
    def supporters(self) -> dict[str, list[str]]:
        """Per objective or principle, the agents that support it."""
        return self._grouped(SUPPORTERS, "concept", "agent")

    def _grouped(self, query: str, key: str, value: str) -> dict[str, list[str]]:
        grouped: defaultdict[str, list[str]] = defaultdict(list)
        for row in select(self.store, query):
            grouped[text(row, key)].append(text(row, value))
        return grouped

    @cached_property
    def places(self) -> dict[str, list[tuple[object, object]]]:
        """Per agent, the countries it is based in (those with a name) and their best name."""
        return self._named(PLACES, "country", "countryLabel")

    @cached_property
    def kinds(self) -> dict[str, list[tuple[object, object]]]:
        """Per agent, its kinds (those with a name) and their best name."""
        return self._named(KINDS, "kind", "kindLabel")

    def _named(self, query: str, key: str, label: str) -> dict[str, list[tuple[object, object]]]:
        names: dict[str, object] = {}
        pairs: defaultdict[str, set[str]] = defaultdict(set)
        for row in select(self.store, query):
            best(names, row, key, label)
            pairs[text(row, "agent")].add(text(row, key))
        return {agent: [(NamedNode(v), names.get(v)) for v in sorted(vs)] for agent, vs in pairs.items()}

    def statement_row(self, statement: str) -> dict[str, object]:
        return {"statement": NamedNode(statement), "title": self.titles.get(statement),
                "date": self.dates.get(statement)}  # fmt: skip

    def label_key(self, agent: str) -> tuple[object, ...]:
        label = self.labels.get(agent)
        return natural_key(label.value if isinstance(label, Literal) else agent)


def agent_rows(tables: Tables, iri: str) -> dict[str, list[Row]]:
    """The ``statements``, ``supports`` and ``cosigners`` rows of one agent."""
    statements: list[Row] = [
        {**tables.statement_row(s), "via": NamedNode(via) if via else None, "viaLabel": tables.labels.get(via)}
        for s, via in tables.signed(iri)
    ]
    return {"statements": statements, "supports": [], "cosigners": cosigner_rows(tables, iri)}


def support_groups(tables: Tables, iri: str) -> tuple[Group, ...]:
    """An agent's quotes by objective, from the quotes of every (position, objective), made once."""
    grouped: defaultdict[str, dict[str, Quote]] = defaultdict(dict)
    for concept, position in tables.supported.get(iri, ()):
        quote = tables.quotes.get((position, concept))
        if quote:
            grouped[concept][position] = quote
    return groups_by_concept({c: list(q.values()) for c, q in grouped.items()}, tables.concepts, tables.notations)


def cosigner_rows(tables: Tables, iri: str) -> list[Row]:
    """The agents that share most statements with ``iri`` (the top ones and those tied with them)."""
    shared: Counter[str] = Counter()
    for statement in tables.statements_of.get(iri, ()):
        shared.update(tables.signers_of[statement])
    shared.pop(iri, None)
    by_count: defaultdict[int, list[str]] = defaultdict(list)
    for other, count in shared.items():
        by_count[count].append(other)
    kept: list[tuple[str, int]] = []
    for count in sorted(by_count, reverse=True):
        if len(kept) >= MAX_COSIGNERS:
            break
        kept.extend((other, count) for other in sorted(by_count[count], key=tables.label_key))
    return [
        {"other": NamedNode(other), "label": tables.labels.get(other), "shared": Literal(count)}
        for other, count in kept
    ]


def supporter_rows(tables: Tables, iri: str) -> list[Row]:
    """The agents supporting the objective or principle ``iri``, with their countries and kinds."""
    rows: list[Row] = []
    for agent in sorted(set(tables.supporters.get(iri, ()))):
        head = {"agent": NamedNode(agent), "label": tables.labels.get(agent)}
        for country, country_label in tables.places.get(agent) or [(None, None)]:
            for kind, kind_label in tables.kinds.get(agent) or [(None, None)]:
                rows.append({**head, "country": country, "countryLabel": country_label, "kind": kind,
                             "kindLabel": kind_label})  # fmt: skip
    return rows


def country_statement_rows(tables: Tables, iri: str) -> list[Row]:
    """The statements with signatories based in the country ``iri``, and how many."""
    signers: Counter[str] = Counter()
    for agent in set(tables.based_in.get(iri, ())):
        signers.update(tables.statements_of.get(agent, ()))
    return [{**tables.statement_row(s), "signers": Literal(n)} for s, n in sorted(signers.items())]


HEAVY = {"agent": ("statements", "supports", "cosigners"), "country": ("statements",), "concept": ("supporters",)}
"""The queries of each kind whose rows come from :class:`Tables` in the static site."""


def heavy_rows(tables: Tables, kind: str, iris: Iterable[str]) -> dict[str, dict[str, list[Row]]]:
    """The rows of the heavy queries of ``kind`` for each of ``iris``."""
    if kind == "agent":
        return {iri: agent_rows(tables, iri) for iri in iris}
    if kind == "country":
        return {iri: {"statements": country_statement_rows(tables, iri)} for iri in iris}
    if kind == "concept":
        return {iri: {"supporters": supporter_rows(tables, iri)} for iri in iris}
    return {}
