"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import Graph


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str


def load_shapes(ontology_dir: Path) -> Graph:
    return Graph().parse(ontology_dir / "shapes.ttl", format="turtle")


def validate(graph: Graph, shapes: Graph) -> ValidationReport:
    """Whether ``graph`` conforms to ``shapes``, with pySHACL's readable report.

    No inference is run: the build asserts every type the shapes check, so what is validated is
    exactly what is published.
    """
    conforms, _report_graph, text = pyshacl_validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    return ValidationReport(bool(conforms), str(text))
