"""Drawing the co-signature view: communities as discs, colours by community, the strongest links.

The layout is deterministic and O(n log n): each Louvain community is a sunflower disc (nodes on a
golden-angle spiral, the most connected in the middle) and the discs stand in rows, largest first.
A force layout would show the same groups, but it costs O(n²) per step in the browser; with
physics off the page draws thousands of agents at once.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

COMMUNITY_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f3b73", "#8e6bbf",
)  # fmt: skip
"""Colours of the communities by number (0 the largest); later ones take the last colour, grey."""
OTHER_COLOUR = "#a0a0a0"
EDGE_BUDGET = 5_000
"""Links a page draws at most, beyond each agent's strongest link (see :func:`drawn_links`)."""
NODE_BUDGET = 3_000
"""Agents a page draws at most: those in the most statements (see :func:`drawn_agents`)."""
_STEP = 34.0
_GAP = 120.0
_GOLDEN = math.pi * (3 - math.sqrt(5))


def community_colour(number: int) -> str:
    """The colour of community ``number``: one of twelve, grey for small ones further down."""
    return COMMUNITY_COLOURS[number] if number < len(COMMUNITY_COLOURS) else OTHER_COLOUR


def drawn_agents(graph: nx.Graph, budget: int = NODE_BUDGET) -> nx.Graph:
    """The part of ``graph`` a page draws: at most ``budget`` agents, those in the most statements.

    vis-network's first draw grows with the nodes (about 0.2 ms each on 2 cores, labels measured
    and all): beyond a few thousand it takes seconds. Ties go by the weight of the agent's links,
    then by IRI. Exports and the matrix page keep every agent.
    """
    if graph.number_of_nodes() <= budget:
        return graph
    strength = dict(graph.degree(weight="weight"))

    def rank(node: str) -> tuple[int, int, str]:
        statements = str(graph.nodes[node].get("statements", ""))
        return (-(statements.count(";") + 1 if statements else 0), -int(strength[node]), node)

    kept = set(sorted(graph, key=rank)[:budget])
    drawn = nx.Graph(**graph.graph)  # a copy, not a subgraph view: views filter every edge they yield
    drawn.add_nodes_from((node, graph.nodes[node]) for node in sorted(kept))
    drawn.add_edges_from((u, v, data) for u, v, data in graph.edges(sorted(kept), data=True) if v in kept)
    return drawn


def drawn_links(graph: nx.Graph, budget: int = EDGE_BUDGET) -> set[tuple[str, str]]:
    """The links a page draws: each agent's strongest link, then the heaviest others up to ``budget``.

    Cutting at a weight alone would keep only the links among a few popular signatories (at 1,000
    synthetic statements, 189 of 7,684 agents); each agent's strongest link keeps everyone tied to
    its closest co-signer. Ties go by the other agent's IRI, so the choice is deterministic.
    """
    if graph.number_of_edges() <= budget:
        return {(u, v) for u, v in graph.edges}
    ranked = sorted(graph.edges(data="weight", default=1), key=lambda e: (-int(e[2]), e[0], e[1]))
    kept: set[tuple[str, str]] = set()
    strongest: dict[str, tuple[str, str]] = {}
    for u, v, _ in ranked:
        for node in (u, v):
            strongest.setdefault(node, (u, v))
    kept.update(strongest.values())
    for u, v, _ in ranked:
        if len(kept) >= budget:
            break
        kept.add((u, v))
    return kept


def community_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in vis units: one sunflower disc per community, discs in rows, largest first."""
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for node, number in graph.nodes(data="community", default=-1):
        groups[int(number)].append(node)
    strength = dict(graph.degree(weight="weight"))
    discs = [
        sorted(members, key=lambda n: (-strength[n], str(graph.nodes[n].get("label", "")), n))
        for _, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    total = sum(_radius(len(disc)) * 2 + _GAP for disc in discs)
    row_width = max(total / max(1, math.ceil(math.sqrt(len(discs)))), 1.0)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for disc in discs:
        radius = _radius(len(disc))
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + _GAP, 0.0
        centre = (x + radius, y + radius)
        for k, node in enumerate(disc):
            r, angle = _STEP * math.sqrt(k), k * _GOLDEN
            positions[node] = (round(centre[0] + r * math.cos(angle), 1), round(centre[1] + r * math.sin(angle), 1))
        x += 2 * radius + _GAP
        row_height = max(row_height, 2 * radius)
    return positions


def _radius(size: int) -> float:
    return _STEP * math.sqrt(max(size - 1, 0)) + _STEP / 2
