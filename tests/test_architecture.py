"""The package's layers: which subpackage may import which, and no import cycles.

The allowed imports are the ones each subpackage's docstring states; this test reads every module's
imports (top-level and inside functions) with :mod:`ast`, so a new import that crosses a layer
fails here, with the module and the import named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

import graph

PACKAGE = Path(graph.__file__).resolve().parent
FOUNDATION = {"graph", "graph.errors", "graph.namespaces", "graph.paths"}
LAYERS: dict[str, set[str]] = {
    "foundation": set(),
    "curation": {"foundation"},
    "sparql": {"foundation"},
    "rdf": {"foundation", "curation", "sparql"},
    "network": {"foundation", "sparql"},
    "linking": {"foundation", "curation", "rdf", "sparql"},
    "ingest": {"foundation", "curation", "rdf", "sparql"},
    "site": {"foundation", "rdf", "sparql", "network"},
    "server": {"foundation", "rdf", "sparql", "network", "site"},
    "cli": {"foundation", "curation", "rdf", "sparql", "network", "linking", "ingest", "server", "site"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> str:
    if module == "graph.__main__":
        return "cli"
    if module in FOUNDATION or (module.count(".") == 1 and module.split(".")[1] not in LAYERS):
        return "foundation"
    return module.split(".")[1]


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("graph") and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("graph")}
    return found


MODULES = {module_name(path): imports_of(path) for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_layer() -> None:
    assert {layer(module) for module in MODULES} <= set(LAYERS)
    assert len(MODULES) > 60


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_stay_in_allowed_layers(module: str) -> None:
    own = layer(module)
    crossing = sorted(
        imported for imported in MODULES[module] if layer(imported) not in LAYERS[own] | {own} and imported in MODULES
    )
    assert crossing == [], f"{module} ({own}) imports {crossing}; {own} may import {sorted(LAYERS[own])}"


def test_no_import_cycles() -> None:
    drawing = nx.DiGraph()
    for module, imported in MODULES.items():
        for target in imported:
            if target in MODULES and target != module and not module.startswith(f"{target}."):
                drawing.add_edge(module, target)
    cycles = [cycle for cycle in nx.simple_cycles(drawing) if not all(m == "graph" for m in cycle)]
    assert cycles == []


def test_subpackage_docstrings_state_what_they_may_import() -> None:
    for name in LAYERS:
        if name == "foundation":
            continue
        doc = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text(encoding="utf-8"))) or ""
        assert "May import" in doc, name
