"""Views for a corpus of many statements: who took part in which statement, and who signed with whom.

- :func:`participants`: each statement's signatories, directly or as members (through nested
  coalitions) of a coalition that signed it, the same rule ``gcm:supports`` is derived by;
- :func:`cosignature_graph`: the ``cosignature`` view, agents linked by the statements they took
  part in together, weighted by their number and split into signed directly by both or not;
- :func:`build_network`: any view of :data:`NETWORK_VIEWS`, every node and link tagged with the
  statements it belongs to, so a page can redraw with a chosen few statements only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from typing import Literal

import networkx as nx
from pyoxigraph import Store

from graph.closure import closure
from graph.network.stats import louvain
from graph.network.views import AGENT_KINDS, CONCEPT_KINDS, POSITION_KINDS, SEPARATOR, VIEWS, Facts, read_facts
from graph.network.views import view_graph as relation_view

NetworkView = Literal["full", "support", "coalitions", "cosignature"]
NETWORK_VIEWS: tuple[NetworkView, ...] = (*VIEWS, "cosignature")
Participation = dict[str, dict[str, bool]]
"""Statement IRI -> agent IRI -> whether the agent signed it directly (else through a coalition)."""


def members_closure(facts: Facts) -> dict[str, set[str]]:
    """Every coalition's members, including members of member coalitions (``org:memberOf+``)."""
    direct: defaultdict[str, set[str]] = defaultdict(set)
    for edge in facts.linked("member_of"):
        direct[edge.target].add(edge.source)
    return closure(direct)


def participants(facts: Facts) -> Participation:
    """Who took part in each statement, sorted by IRI; ``True`` for those who signed it directly."""
    members = members_closure(facts)
    taking: defaultdict[str, dict[str, bool]] = defaultdict(dict)
    for edge in facts.linked("signed"):
        taking[edge.source][edge.target] = True
    for signers in taking.values():
        for coalition in [agent for agent, direct in signers.items() if direct]:
            for member in members.get(coalition, ()):
                signers.setdefault(member, False)
    statements = sorted(iri for iri, attrs in facts.nodes.items() if attrs["kind"] == "statement")
    return {iri: dict(sorted(taking.get(iri, {}).items())) for iri in statements}


def cosignature_graph(facts: Facts, seed: int = 42) -> nx.Graph:
    """Agents linked by the statements they took part in together, with Louvain communities.

    Each link has ``weight`` (shared statements), ``direct`` (of those, signed directly by both),
    ``through_coalition`` (the others: at least one of the two came in as a coalition's member)
    and ``statements`` (their IRIs, joined with ``SEPARATOR``). Nodes are the agents that took part
    in at least one statement, with a ``community`` number (0 the largest) and ``statements``.
    """
    taking = participants(facts)
    shared: defaultdict[tuple[str, str], list[tuple[str, bool]]] = defaultdict(list)
    for statement, signers in taking.items():
        for (a, a_direct), (b, b_direct) in combinations(signers.items(), 2):
            shared[(a, b)].append((statement, a_direct and b_direct))
    graph = nx.Graph(view="cosignature")
    agents = sorted({agent for signers in taking.values() for agent in signers})
    graph.add_nodes_from((iri, dict(facts.nodes[iri])) for iri in agents if iri in facts.nodes)
    for (a, b), statements in sorted(shared.items()):
        direct = sum(1 for _, both in statements if both)
        graph.add_edge(
            a,
            b,
            relation="cosigned",
            weight=len(statements),
            direct=direct,
            through_coalition=len(statements) - direct,
            statements=SEPARATOR.join(iri for iri, _ in statements),
        )
    for number, members in enumerate(louvain(graph, seed)):
        for iri in members:
            graph.nodes[iri]["community"] = number
    return graph


def statement_sets(facts: Facts, taking: Participation) -> dict[str, set[str]]:
    """The statements each node belongs to: agents took part in, positions and concepts are of."""
    belongs: defaultdict[str, set[str]] = defaultdict(set)
    for statement, signers in taking.items():
        belongs[statement].add(statement)
        for agent in signers:
            belongs[agent].add(statement)
    for edge in facts.linked("has_position"):
        belongs[edge.target].add(edge.source)
    for edge in facts.linked("addresses"):
        belongs[edge.target] |= belongs[edge.source]
    return belongs


def network_view(facts: Facts, view: NetworkView) -> nx.Graph:
    """One view of the facts; nodes of agents, statements, positions and concepts get ``statements``."""
    if view not in NETWORK_VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(NETWORK_VIEWS)}")
    taking = participants(facts)
    graph = cosignature_graph(facts) if view == "cosignature" else relation_view(facts, view)
    kinds = {*AGENT_KINDS, *POSITION_KINDS, *CONCEPT_KINDS, "statement"}
    belongs = statement_sets(facts, taking)
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] in kinds:
            attrs["statements"] = SEPARATOR.join(sorted(belongs.get(node, ())))
    titles = [[iri, str(facts.nodes[iri]["label"])] for iri in taking]
    graph.graph["statement_titles"] = json.dumps(titles, ensure_ascii=False)  # a string: GEXF keeps no lists
    return graph


def build_network(store: Store, view: NetworkView = "full") -> nx.Graph:
    """The named view of the knowledge graph in ``store``, tagged with statements for filtering."""
    return network_view(read_facts(store, weigh_support=view == "support"), view)
