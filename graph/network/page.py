"""One self-contained HTML page that draws a network view, offline, from ``file://``.

Everything the page needs is inline: vis-network and its stylesheet (read from the copy pyvis
ships), the page's own script and styles, and the graph as JSON in a ``<script
type="application/json">``. No request leaves the page, and a Content-Security-Policy that allows
only these exact scripts (by hash) makes sure of it. pyvis's own template is not used: it links
bootstrap from a CDN even "in line" and inserts its heading and options unescaped.

Names reach the page only as JSON data; the script writes them with ``textContent`` and hands
vis-network plain-text tooltips, so a name like ``<img onerror=...>`` shows as text.

The layout is computed here, in Python, and is deterministic (no randomness at all): nodes stand in
columns by kind (who - statement - position - objective), ordered to reduce crossings. vis-network's
physics only refines it for small graphs; above ``PHYSICS_THRESHOLD`` nodes it is off, which is what
keeps 5,000 nodes responsive (figures in docs/network.md).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from itertools import accumulate
from pathlib import Path
from typing import Any

import networkx as nx

from graph.escape import script_json as script_json  # where tests and callers found it
from graph.escape import shorten
from graph.network.community import COMMUNITY_COLOURS, community_colour, community_layout, drawn_agents, drawn_links
from graph.network.offline import package_text, render, template_text
from graph.network.views import AGENT_KINDS, CONCEPT_KINDS, POSITION_KINDS, SEPARATOR, Attrs
from graph.vocabulary import load_vocabulary

POSITION_COLOURS = ("#e15759", "#ff9da7", "#76b7b2", "#edc948", "#bab0ac", "#b07aa1", "#9d7660")
"""Colours of the position kinds, in the ontology's order (graph/vocabulary.py)."""
PHYSICS_THRESHOLD = 300
"""Above this many nodes vis-network's physics is off and the Python layout is final."""

KIND_STYLES: dict[str, tuple[str, str, str]] = {
    # kind: (legend text, colour, vis-network shape)
    "organization": ("Organization", "#4e79a7", "dot"),
    "coalition": ("Coalition", "#f28e2b", "star"),
    "person": ("Person (human-rights defender)", "#59a14f", "triangle"),
    "country": ("Country", "#9c755f", "hexagon"),
    "statement": ("Statement", "#3d3d3d", "square"),
    **{
        kind.slug: (kind.label, colour, "diamond")
        for kind, colour in zip(load_vocabulary().kinds, POSITION_COLOURS, strict=False)
    },
    "objective": ("GCM objective", "#1f3b73", "triangleDown"),
    "principle": ("GCM guiding principle", "#8e6bbf", "triangleDown"),
}
_COSIGNATURE_PHYSICS_EDGES = 3000
"""The co-signature view lets physics settle only small graphs with few links."""
VIEW_TITLES = {
    "cosignature": "Who signed statements with whom (colour: community)",
    "full": "Who signed what, and which GCM objectives it addresses",
    "support": "Who supports which GCM objectives and principles",
    "coalitions": "Coalitions, their members and where they are based",
}
_VIS_DIR = ("pyvis", "lib", "vis-9.1.2")
_SHORT_LABEL = 32
_COLUMN_STEP = 220.0
_ROW_STEP = 64.0
_LAYER_GAP = 520.0
_MIN_ROWS = 40


# -------------------------------------------------------------------------------- layout


def layered_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions by column of kind (agents - statements - positions - objectives), in vis units.

    The last column (objectives and principles, or countries) is spread evenly in its natural
    order. Each column before it, nearest first, is placed at the mean height of its neighbours
    already placed, then pushed apart to a minimum spacing: one barycenter sweep, O(n log n + m),
    so 20,000 nodes take about a second, with no randomness and no numpy.
    """
    layers = _layers(graph)
    max_rows = _max_rows(layers)
    widths = [(math.ceil(len(layer) / max_rows) - 1) * _COLUMN_STEP + _LAYER_GAP for layer in layers]
    lefts = [0.0, *accumulate(widths[:-1])]
    positions: dict[str, tuple[float, float]] = {}
    for layer, x in reversed(list(zip(layers, lefts, strict=True))):
        desired = _desired_heights(graph, layer, positions)
        positions.update(_place_column(sorted(layer, key=lambda n: desired[n]), desired, x, max_rows))
    return positions


def _max_rows(layers: list[list[str]]) -> int:
    """Rows before a column wraps: the largest column becomes a block about as wide as tall."""
    largest = max((len(layer) for layer in layers), default=0)
    return max(_MIN_ROWS, math.ceil(math.sqrt(largest * _COLUMN_STEP / _ROW_STEP)))


def _desired_heights(
    graph: nx.Graph, layer: list[str], placed: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, int]]:
    """Where each node would like to stand: its placed neighbours' mean height, else its turn."""
    span = (len(layer) - 1) * _ROW_STEP
    desired = {}
    for order, node in enumerate(layer):
        heights = [placed[n][1] for n in nx.all_neighbors(graph, node) if n in placed]
        fallback = order * _ROW_STEP - span / 2
        desired[node] = (sum(heights) / len(heights) if heights else fallback, order)
    return desired


def _place_column(
    layer: list[str], desired: dict[str, tuple[float, int]], left: float, max_rows: int
) -> dict[str, tuple[float, float]]:
    """Rows as near their desired heights as a spacing of ``_ROW_STEP`` allows; wide rows wrap."""
    cols = max(1, math.ceil(len(layer) / max_rows))
    rows = [layer[start : start + cols] for start in range(0, len(layer), cols)]
    wants = [sum(desired[n][0] for n in row) / len(row) for row in rows]
    down, up = list(wants), list(wants)
    for i in range(1, len(rows)):
        down[i] = max(wants[i], down[i - 1] + _ROW_STEP)
    for i in range(len(rows) - 2, -1, -1):
        up[i] = min(wants[i], up[i + 1] - _ROW_STEP)
    positions = {}
    for r, row in enumerate(rows):
        y = round((down[r] + up[r]) / 2, 1)
        offset = (r % 2) * _COLUMN_STEP / 2 if cols > 1 else 0.0
        positions.update({node: (round(left + c * _COLUMN_STEP + offset, 1), y) for c, node in enumerate(row)})
    return positions


def _layer_rank(attrs: dict[str, Any], view: str) -> int:
    """Which column a node stands in; agents that signed directly stand next to the statements."""
    kind = attrs["kind"]
    if kind in AGENT_KINDS:
        if view == "coalitions":
            return 0 if kind == "coalition" else 1
        return 1 if view != "full" or attrs.get("direct_signatory") else 0
    if kind == "statement":
        return 2
    if kind in POSITION_KINDS:
        return 3
    return 4 if kind in CONCEPT_KINDS else 5


def _layers(graph: nx.Graph) -> list[list[str]]:
    """Nodes grouped by column, each in its natural order (kind, notation, text order, name)."""
    view = str(graph.graph.get("view", ""))
    kinds = list(KIND_STYLES)
    columns: defaultdict[int, list[str]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        columns[_layer_rank(attrs, view)].append(node)

    def natural(node: str) -> tuple[Any, ...]:
        attrs = graph.nodes[node]
        kind = str(attrs["kind"])
        notation = str(attrs.get("notation", ""))
        number = int(notation) if notation.isdigit() else 0
        position = (kinds.index(kind) if kind in kinds else len(kinds), number, notation)
        return (*position, int(attrs.get("order", 0)), str(attrs["label"]).casefold(), node)

    return [sorted(columns[rank], key=natural) for rank in sorted(columns)]


# ----------------------------------------------------------------------------- page data


def short_label(attrs: Attrs) -> str:
    """What the canvas writes beside a node: its acronym, else its name cut to fit a column."""
    text = str(attrs.get("acronym") or attrs["label"])
    return shorten(text, _SHORT_LABEL)


def node_size(attrs: Attrs, degree: int) -> float:
    """Grow agents and objectives with their support, other nodes with their degree."""
    weight = int(attrs.get("support", degree))
    base = 22.0 if attrs["kind"] == "statement" else 9.0
    return round(min(base + 3.0 * math.sqrt(weight), 48.0), 1)


def page_data(graph: nx.Graph, physics: bool | None = None) -> dict[str, Any]:
    """The JSON the page's script reads: nodes with layout, edges by node index, and facets."""
    cosignature = graph.graph.get("view") == "cosignature"
    every = (graph.number_of_nodes(), graph.number_of_edges())
    if cosignature:
        graph = drawn_agents(graph)
    positions = community_layout(graph) if cosignature else layered_layout(graph)
    statements = _statement_facet(graph)
    numbered = {iri: i for i, (iri, _) in enumerate(statements)}
    index = {node: i for i, node in enumerate(graph.nodes)}
    nodes = []
    for node, attrs in graph.nodes(data=True):
        x, y = positions[node]
        item = {**attrs, "id": node, "x": x, "y": y, "short": short_label(attrs)}
        item["size"] = node_size(attrs, graph.degree(node))
        _number_statements(item, numbered)
        if cosignature:
            item["size"] = node_size({"kind": "organization", "support": len(item.get("statements", []))}, 0)
            item["color"] = community_colour(int(attrs.get("community", len(COMMUNITY_COLOURS))))
        nodes.append(item)
    drawn = drawn_links(graph) if cosignature else None
    edges = [
        _number_statements({**attrs, "from": index[u], "to": index[v]}, numbered)
        for u, v, attrs in graph.edges(data=True)
        if drawn is None or (u, v) in drawn
    ]
    kinds = {str(kind) for _, kind in graph.nodes(data="kind")}
    if physics is None:
        physics = len(nodes) <= PHYSICS_THRESHOLD and (not cosignature or len(edges) <= _COSIGNATURE_PHYSICS_EDGES)
    return {
        "view": graph.graph.get("view", ""),
        "physics": physics,
        "kinds": [
            {"kind": kind, "label": label, "color": color, "shape": shape}
            for kind, (label, color, shape) in KIND_STYLES.items()
            if kind in kinds
        ],
        "positionKinds": list(POSITION_KINDS),
        "nodes": nodes,
        "edges": edges,
        "allNodes": every[0],
        "allEdges": every[1],
        "statements": statements,
        "countries": _country_facet(graph),
        "organizationKinds": sorted(_split(graph, "organization_kinds", SEPARATOR), key=str.casefold),
        "concepts": _concept_facet(graph),
        "countryVotes": [
            [vote, VOTE_COLORS[i % len(VOTE_COLORS)]]
            for i, vote in enumerate(sorted(_split(graph, "country_votes", SEPARATOR), key=str.casefold))
        ],
    }


def _statement_facet(graph: nx.Graph) -> list[list[str]]:
    """[IRI, title] of every statement the view's nodes belong to, by title."""
    titles: dict[str, str] = dict(json.loads(str(graph.graph.get("statement_titles", "[]"))))
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] == "statement":
            titles[node] = str(attrs["label"])
    for iri in _split(graph, "statements", SEPARATOR):
        titles.setdefault(iri, iri)
    return sorted(([iri, title] for iri, title in titles.items()), key=lambda pair: (pair[1].casefold(), pair[0]))


def _number_statements(item: dict[str, Any], numbered: dict[str, int]) -> dict[str, Any]:
    """Replace the joined statement IRIs of a node or link by their numbers in the facet."""
    if "statements" in item:
        item["statements"] = sorted(numbered[iri] for iri in str(item["statements"]).split(SEPARATOR) if iri)
    return item


VOTE_COLORS = ("#b2182b", "#ef8a62", "#2166ac", "#7b3294", "#1b7837", "#999999")
"""Colours for "colour by the country's vote", given to the vote labels the graph holds in order."""


def _split(graph: nx.Graph, key: str, separator: str) -> set[str]:
    """Every distinct value of a joined multi-valued node attribute."""
    return {value for _, joined in graph.nodes(data=key, default="") for value in str(joined).split(separator) if value}


def _country_facet(graph: nx.Graph) -> list[list[str]]:
    """[code, name] of every country an agent is based in (or drawn), sorted by name."""
    names: dict[str, str] = {}
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] == "country":
            names[node.rstrip("/").rsplit("/", 1)[-1]] = str(attrs["label"])
        codes, labels = str(attrs.get("country_codes", "")), str(attrs.get("countries", ""))
        if codes:
            names.update(zip(codes.split(" "), labels.split(SEPARATOR), strict=True))
    return sorted(([code, name] for code, name in names.items()), key=lambda pair: pair[1].casefold())


def _concept_facet(graph: nx.Graph) -> list[list[str]]:
    """[notation, label] of each objective and principle drawn or supported, objectives first."""
    labels = {
        str(a["notation"]): str(a["label"])
        for _, a in graph.nodes(data=True)
        if a["kind"] in CONCEPT_KINDS and "notation" in a
    }
    for notation in _split(graph, "supported", " "):
        default = f"Objective {notation}" if notation.isdigit() else f"Principle ({notation})"
        labels.setdefault(notation, default)

    def order(notation: str) -> tuple[int, int, str]:
        return (0, int(notation), "") if notation.isdigit() else (1, 0, notation)

    return [[notation, labels[notation]] for notation in sorted(labels, key=order)]


# ------------------------------------------------------------------------------ the page


def render_page(graph: nx.Graph, title: str | None = None, physics: bool | None = None) -> str:
    """The whole HTML document for ``graph``, with every resource inline (Jinja2, autoescaped)."""
    view = str(graph.graph.get("view", ""))
    return render(
        "network.html.jinja",
        title=title or f"gcmkg: {VIEW_TITLES.get(view, 'network')}",
        data=page_data(graph, physics),
        scripts=[package_text(*_VIS_DIR, "vis-network.min.js"), template_text("network.js")],
        styles=[package_text(*_VIS_DIR, "vis-network.css"), template_text("network.css")],
    )


def write_page(graph: nx.Graph, path: Path, title: str | None = None, physics: bool | None = None) -> Path:
    """Write the page for ``graph`` to ``path`` (UTF-8, through a temporary file) and return the path."""
    return write_text(path, render_page(graph, title, physics))


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` next to ``path``, then rename: a failed write leaves no half-written page."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
