"""Networks of who supports which GCM commitments, read from the knowledge graph with SPARQL.

Every view is a networkx ``DiGraph`` (edges point the way the RDF properties do) whose node ids
are IRIs and whose attributes are plain strings, numbers and booleans, so GraphML, GEXF, JSON and
the HTML page can all carry them unchanged:

- ``full``: agents - statements - positions - objectives and principles;
- ``support``: agents - objectives and principles they support, weighted by the positions behind it;
- ``coalitions``: coalitions - their members - the countries those are based in.

The facts come from a few SELECTs over a pyoxigraph ``Store`` (one triple pattern each, no per-row
rdflib conversion), which keeps a 1M-triple graph in the seconds, as measured in docs/performance.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Literal, NamedTuple

import networkx as nx
from pyoxigraph import Store

from graph.namespaces import PREFIXES
from graph.rows import select_plain
from graph.vocabulary import load_vocabulary

View = Literal["full", "support", "coalitions"]
VIEWS: tuple[View, ...] = ("full", "support", "coalitions")

AGENT_KINDS = ("organization", "coalition", "person")
POSITION_KINDS = load_vocabulary().kind_slugs
CONCEPT_KINDS = ("objective", "principle")
KINDS = (*AGENT_KINDS, "country", "statement", *POSITION_KINDS, *CONCEPT_KINDS)
SEPARATOR = "; "
"""Joins multi-valued attributes (alt labels, countries, ...), which GEXF cannot store as lists."""

Attr = str | int | float | bool
Attrs = dict[str, Attr]

# A node's kind from its rdf:type (positions have exactly one of the five position classes).
_POSITION_CLASSES = " ".join(f'(<{kind.iri}> "{kind.slug}")' for kind in load_vocabulary().kinds)
_KINDS_QUERY = f"""
SELECT ?node ?kind WHERE {{
  VALUES (?class ?kind) {{
    (org:OrganizationalCollaboration "coalition") (org:Organization "organization")
    (foaf:Person "person") (gcm:Country "country") (gcm:Statement "statement")
    {_POSITION_CLASSES}
    (gcm:Objective "objective") (gcm:GuidingPrinciple "principle")
  }}
  ?node a ?class .
}}"""
_LABELS_QUERY = """
SELECT ?node ?label (LANG(?label) AS ?lang) WHERE { ?node skos:prefLabel|foaf:name|dcterms:title ?label }
"""
_LITERALS_QUERY = """
SELECT ?node ?key ?value WHERE {
  VALUES (?property ?key) {
    (skos:altLabel "alt_labels") (gcm:acronym "acronym") (skos:notation "notation")
    (gcm:quote "quote") (schema:position "order")
  }
  ?node ?property ?value .
}"""
_LINKS_QUERY = """
SELECT ?source ?relation ?target WHERE {
  VALUES (?property ?relation) {
    (gcm:signatory "signed") (org:memberOf "member_of") (org:subOrganizationOf "sub_organization_of")
    (gcm:basedIn "based_in") (gcm:hasPosition "has_position") (gcm:supports "supports")
    (org:classification "classification")
  }
  ?source ?property ?target .
}"""
_ADDRESSES_QUERY = """
SELECT ?position ?concept ?rationale ?confidence ?stance WHERE {
  ?position gcm:addresses ?concept .
  OPTIONAL {
    ?position gcm:qualifiedAddress ?link . ?link gcm:target ?concept .
    OPTIONAL { ?link gcm:rationale ?rationale } OPTIONAL { ?link gcm:confidence ?confidence }
    OPTIONAL { ?link gcm:stance/skos:notation ?stance }
  }
}"""
# Positions behind each derived support, read from the materialized gcm:Support records.
_SUPPORT_POSITIONS_QUERY = """
SELECT ?agent ?concept (COUNT(DISTINCT ?position) AS ?positions) WHERE {
  ?support gcm:agent ?agent ; gcm:supported ?concept ; gcm:throughPosition ?position .
} GROUP BY ?agent ?concept"""


# Each State's vote on A/RES/73/195, labelled as the vocabulary of position kinds labels it.
_VOTES_QUERY = """
SELECT ?country ?vote WHERE {
  ?record a gcm:VoteOnCompact ; gcm:state ?country ; gcm:positionKind ?kind .
  ?kind skos:prefLabel ?vote . FILTER(LANG(?vote) = "en")
}"""


class Edge(NamedTuple):
    """One link between two nodes, named by ``relation`` (``signed``, ``member_of``, ...).

    A named tuple rather than a dataclass: a large graph makes half a million of them.
    """

    source: str
    target: str
    relation: str
    attrs: Mapping[str, Attr] = MappingProxyType({})


@dataclass(frozen=True)
class Facts:
    """Everything the views are cut from: node attributes by IRI and the typed links."""

    nodes: dict[str, Attrs]
    edges: list[Edge]

    def linked(self, relation: str) -> list[Edge]:
        """The edges of one relation, in query order."""
        return [edge for edge in self.edges if edge.relation == relation]

    @cached_property
    def targets(self) -> defaultdict[tuple[str, str], list[str]]:
        """Targets by (source, relation), to read the edge list like a property table."""
        targets: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        for edge in self.edges:
            targets[(edge.source, edge.relation)].append(edge.target)
        return targets


def read_facts(store: Store, weigh_support: bool = True) -> Facts:
    """Run each query once and join the rows into node attributes and typed edges.

    Weighing every support by the positions behind it reads every gcm:Support record, and only
    the ``support`` view draws those edges, so it can be skipped.
    """
    names = _names(select_plain(store, _LABELS_QUERY, PREFIXES))
    nodes: dict[str, Attrs] = {
        iri: {"kind": kind, "label": names.get(iri, [_iri_tail(iri)])[0]}
        for iri, kind in _kinds(select_plain(store, _KINDS_QUERY, PREFIXES)).items()
    }
    _add_literals(nodes, select_plain(store, _LITERALS_QUERY, PREFIXES), names)
    links = [
        Edge(row["source"], row["target"], row["relation"])
        for row in select_plain(store, _LINKS_QUERY, PREFIXES)
        if row["source"] in nodes
    ]
    kind_labels: defaultdict[str, list[str]] = defaultdict(list)
    for link in links:
        if link.relation == "classification":
            kind_labels[link.source].append(names.get(link.target, [_iri_tail(link.target)])[0])
    edges = [link for link in links if link.target in nodes] + _address_edges(store, nodes)
    facts = Facts(nodes, _weighted_supports(store, edges) if weigh_support else edges)
    _describe_agents(
        facts, kind_labels, {row["country"]: row["vote"] for row in select_plain(store, _VOTES_QUERY, PREFIXES)}
    )
    _describe_texts(facts)
    _describe_concepts(facts)
    return facts


def _kinds(rows: list[dict[str, str]]) -> dict[str, str]:
    """Each typed resource's kind, sorted by IRI; a coalition is also an org:Organization."""
    kinds: dict[str, str] = {}
    for row in rows:
        if kinds.get(row["node"]) != "coalition":
            kinds[row["node"]] = row["kind"]
    return dict(sorted(kinds.items()))


def _iri_tail(iri: str) -> str:
    """The last path segment of an IRI: a country's ISO code, or a fallback label."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _names(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """Every resource's preferred names, English first, then untagged, then other languages."""
    ranked: defaultdict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in rows:
        lang = row.get("lang", "")
        ranked[row["node"]].append(({"en": 0, "": 1}.get(lang, 2), lang, row["label"]))
    return {iri: list(dict.fromkeys(name for *_, name in sorted(names))) for iri, names in ranked.items()}


def _add_literals(nodes: dict[str, Attrs], rows: list[dict[str, str]], names: dict[str, list[str]]) -> None:
    """Set acronym, notation, quote and order, and alt labels (other-language names first)."""
    values: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        if row["node"] in nodes:
            values[(row["node"], row["key"])].append(row["value"])
    for iri, attrs in nodes.items():
        variants = names.get(iri, [])[1:] + sorted(values.pop((iri, "alt_labels"), []))
        if variants:
            attrs["alt_labels"] = SEPARATOR.join(dict.fromkeys(variants))
    for (iri, key), found in sorted(values.items()):
        nodes[iri][key] = min(int(v) for v in found) if key == "order" else sorted(found)[0]


def _address_edges(store: Store, nodes: dict[str, Attrs]) -> list[Edge]:
    """Position - objective/principle edges with the curated rationale and confidence."""
    edges: dict[tuple[str, str], Edge] = {}
    for row in select_plain(store, _ADDRESSES_QUERY, PREFIXES):
        key = (row["position"], row["concept"])
        if key in edges or key[0] not in nodes or key[1] not in nodes:
            continue
        attrs: Attrs = {"rationale": row.get("rationale", ""), "stance": row.get("stance", "")}
        if "confidence" in row:
            attrs["confidence"] = float(row["confidence"])
        edges[key] = Edge(*key, "addresses", attrs)
    return [edges[key] for key in sorted(edges)]


def _weighted_supports(store: Store, edges: list[Edge]) -> list[Edge]:
    """The edges, each ``supports`` edge weighted by the number of positions it derives from
    (1 for a support without a gcm:Support record, which only hand-made graphs have)."""
    weights = {
        (row["agent"], row["concept"]): int(row["positions"])
        for row in select_plain(store, _SUPPORT_POSITIONS_QUERY, PREFIXES)
    }
    return [
        Edge(edge.source, edge.target, "supports", {"weight": weights.get((edge.source, edge.target), 1)})
        if edge.relation == "supports"
        else edge
        for edge in edges
    ]


def _sources(facts: Facts, relation: str) -> Counter[str]:
    """How many edges of ``relation`` point at each target."""
    return Counter(edge.target for edge in facts.linked(relation))


def notation_key(attrs: Attrs) -> tuple[int, int, str]:
    """Sort key putting objectives 1..23 in numeric order before principles (a)..(j)."""
    notation = str(attrs.get("notation", ""))
    number = int(notation) if notation.isdigit() else 0
    return (0 if attrs["kind"] == "objective" else 1, number, notation)


def _describe_agents(facts: Facts, kind_labels: dict[str, list[str]], votes: dict[str, str]) -> None:
    """Give agents their countries (and how those voted on the Compact), kinds of organization,
    coalitions, parent and support, as text; countries get their own vote."""
    nodes, targets = facts.nodes, facts.targets
    signers = {edge.target for edge in facts.linked("signed")}
    concept_order = {iri: notation_key(attrs) for iri, attrs in nodes.items() if attrs["kind"] in CONCEPT_KINDS}

    def labels(iris: Iterable[str]) -> str:
        return SEPARATOR.join(sorted({str(nodes[iri]["label"]) for iri in iris}))

    for iri, attrs in nodes.items():
        if attrs["kind"] == "country" and iri in votes:
            attrs["country_votes"] = votes[iri]
        if attrs["kind"] not in AGENT_KINDS:
            continue
        countries = sorted(targets[(iri, "based_in")], key=lambda c: str(nodes[c]["label"]))
        supported = sorted(targets[(iri, "supports")], key=concept_order.__getitem__)
        attrs.update(
            countries=SEPARATOR.join(str(nodes[c]["label"]) for c in countries),
            country_codes=" ".join(_iri_tail(c) for c in countries),
            country_votes=SEPARATOR.join(sorted({votes[c] for c in countries if c in votes})),
            organization_kinds=SEPARATOR.join(sorted(set(kind_labels.get(iri, [])))),
            coalitions=labels(targets[(iri, "member_of")]),
            parent=labels(targets[(iri, "sub_organization_of")]),
            direct_signatory=iri in signers,
            support=len(supported),
            supported=" ".join(str(nodes[c].get("notation", "")) for c in supported),
        )


def _describe_texts(facts: Facts) -> None:
    """Count a statement's signatories and positions; name each position by its type and order."""
    nodes, targets = facts.nodes, facts.targets
    addressed = Counter(edge.source for edge in facts.linked("addresses"))
    for edge in facts.linked("has_position"):
        position = nodes[edge.target]
        position["statement"] = str(nodes[edge.source]["label"])
        position["addresses"] = addressed[edge.target]
        order = position.get("order", "")
        position["label"] = f"{str(position['kind']).capitalize()} {order}".strip()
    for iri, attrs in nodes.items():
        if attrs["kind"] == "statement":
            attrs["signatories"] = len(targets[(iri, "signed")])
            attrs["positions"] = len(targets[(iri, "has_position")])


def _describe_concepts(facts: Facts) -> None:
    """Label objectives and principles by notation and short label; count supporters and demands."""
    supporters = _sources(facts, "supports")
    demands = Counter(edge.target for edge in facts.linked("addresses") if facts.nodes[edge.source]["kind"] == "demand")
    for iri, attrs in facts.nodes.items():
        if attrs["kind"] not in CONCEPT_KINDS:
            continue
        title = str(attrs["label"])
        short = str(attrs.get("alt_labels", "")).split(SEPARATOR)[0] or title
        notation = attrs.get("notation", "")
        prefix = f"Objective {notation}" if attrs["kind"] == "objective" else f"Principle ({notation})"
        attrs.update(label=f"{prefix}: {short}", title=title, support=supporters[iri], demands=demands[iri])


# --------------------------------------------------------------------------------- views

_VIEW_RELATIONS: dict[View, frozenset[str]] = {
    "full": frozenset({"signed", "member_of", "sub_organization_of", "has_position", "addresses"}),
    "support": frozenset({"supports"}),
    "coalitions": frozenset({"member_of", "based_in"}),
}


def _view_nodes(facts: Facts, view: View) -> set[str]:
    """The IRIs a view draws: every agent once in ``full`` and ``support``, members in ``coalitions``."""
    nodes = facts.nodes
    if view == "coalitions":
        coalitions = {iri for iri, attrs in nodes.items() if attrs["kind"] == "coalition"}
        agents = coalitions | {e.source for e in facts.linked("member_of") if e.target in coalitions}
        return agents | {e.target for e in facts.linked("based_in") if e.source in agents}
    kinds = {*AGENT_KINDS, *CONCEPT_KINDS}
    if view == "full":
        kinds |= {"statement", *POSITION_KINDS}
    return {iri for iri, attrs in nodes.items() if attrs["kind"] in kinds}


def view_graph(facts: Facts, view: View) -> nx.DiGraph:
    """One view of the facts; each edge points the way its property does and keeps its ``relation``.

    Nodes and edges are added in sorted order, so layout and Louvain give the same result in every
    process (the order of SPARQL rows is not fixed).
    """
    if view not in _VIEW_RELATIONS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    nodes = _view_nodes(facts, view)
    relations = _VIEW_RELATIONS[view]
    graph = nx.DiGraph(view=view)
    graph.add_nodes_from((iri, dict(facts.nodes[iri])) for iri in sorted(nodes))
    edges = sorted(
        (edge.source, edge.target, {"relation": edge.relation, **edge.attrs})
        for edge in facts.edges
        if edge.relation in relations and edge.source in nodes and edge.target in nodes
    )
    graph.add_edges_from(edges)  # sorted: SPARQL row order varies between processes
    return graph


def build_view(store: Store, view: View = "full") -> nx.DiGraph:
    """The named view of the knowledge graph held in ``store``.

    >>> from graph.rdf.load import load_store
    >>> graph = build_view(load_store(), "support")
    >>> sum(1 for _, kind in graph.nodes(data="kind") if kind == "objective")
    23
    """
    return view_graph(read_facts(store, weigh_support=view == "support"), view)
