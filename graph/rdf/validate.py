"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

The engine is pyshacl-turbo, a SHACL engine written in Rust with pySHACL's API: on the seed it gives
the same conformance and the same violation messages as pySHACL on the same shapes and the same
broken fixtures, about ten times faster (``docs/performance-corpus.md``), and it reads a pyoxigraph
store directly, which the build already holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl_turbo import validate as shacl_validate
from rdflib import Graph


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str


def load_shapes(ontology_dir: Path) -> str:
    """The shapes, as Turtle text."""
    return (ontology_dir / "shapes.ttl").read_text(encoding="utf-8")


def validate(graph: Graph | ox.Store, shapes: str | Graph) -> ValidationReport:
    """Whether ``graph`` conforms to ``shapes``, with a pySHACL-style readable report.

    No inference is run: the build asserts every type the shapes check, so what is validated is
    exactly what is published.
    """
    conforms, _report_graph, text = shacl_validate(
        graph,
        shacl_graph=shapes,
        shacl_graph_format="turtle" if isinstance(shapes, str) else None,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return ValidationReport(bool(conforms), str(text))
