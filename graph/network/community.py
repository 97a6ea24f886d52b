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
"""At most this many links go on a page: the strongest ones (links of equal weight go together)."""
_STEP = 34.0
_GAP = 120.0
_GOLDEN = math.pi * (3 - math.sqrt(5))


def community_colour(number: int) -> str:
    """The colour of community ``number``: one of twelve, grey for small ones further down."""
    return COMMUNITY_COLOURS[number] if number < len(COMMUNITY_COLOURS) else OTHER_COLOUR


def min_weight(graph: nx.Graph, budget: int = EDGE_BUDGET) -> int:
    """The smallest link weight such that the links at least that heavy number ``budget`` or fewer."""
    counts: defaultdict[int, int] = defaultdict(int)
    for *_, weight in graph.edges(data="weight", default=1):
        counts[int(weight)] += 1
    kept, threshold = 0, 1
    for weight in sorted(counts, reverse=True):
        if kept + counts[weight] > budget:
            return weight + 1
        kept += counts[weight]
        threshold = weight
    return threshold


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
