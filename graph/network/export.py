"""Writing network views for Gephi, Cytoscape and D3: GraphML, GEXF and node-link JSON.

Attribute values must be plain strings and numbers (GEXF rejects lists and None), so every view is
sanitized before writing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from graph.network.views import SEPARATOR, Attrs

ExportFormat = Literal["graphml", "gexf", "json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("graphml", "gexf", "json")


def sanitized(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are str, int, float or bool: GEXF rejects lists and None."""
    clean = graph.__class__()
    clean.graph.update(_scalars(graph.graph))
    clean.add_nodes_from((node, _scalars(attrs)) for node, attrs in graph.nodes(data=True))
    clean.add_edges_from((u, v, _scalars(attrs)) for u, v, attrs in graph.edges(data=True))
    return clean


def _scalars(attrs: dict[str, Any]) -> Attrs:
    """Attributes with None dropped, sequences joined with ``SEPARATOR``, anything else as text."""
    clean: Attrs = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str | int | float | bool):
            clean[key] = value
        elif isinstance(value, list | tuple | set | frozenset):
            clean[key] = SEPARATOR.join(sorted(str(item) for item in value))
        else:
            clean[key] = str(value)
    return clean


def export_format(path: Path) -> ExportFormat:
    """The export format named by a file suffix (``.graphml``, ``.gexf``, ``.json``)."""
    suffix = path.suffix.lstrip(".").lower()
    for fmt in EXPORT_FORMATS:
        if suffix == fmt:
            return fmt
    raise ValueError(f"cannot tell the format of {path.name}; use one of {', '.join(EXPORT_FORMATS)}")


def export_graph(graph: nx.Graph, path: Path, fmt: ExportFormat | None = None) -> Path:
    """Write ``graph`` as GraphML, GEXF or node-link JSON (UTF-8) and return the path."""
    fmt = fmt or export_format(path)
    clean = sanitized(graph)
    if fmt == "graphml":
        nx.write_graphml(clean, path)
    elif fmt == "gexf":
        nx.write_gexf(clean, path)
    else:
        data = nx.node_link_data(clean, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_export(path: Path, fmt: ExportFormat | None = None) -> nx.Graph:
    """Load a file written by ``export_graph`` back into networkx."""
    fmt = fmt or export_format(path)
    if fmt == "graphml":
        graph: nx.Graph = nx.read_graphml(path)
    elif fmt == "gexf":
        graph = nx.read_gexf(path)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, edges="edges")
    return graph
