"""Deterministic serializations of the graph, and writing them without half-written files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from graph.namespaces import ID, bind_prefixes

FORMATS = {"nt": "nt", "ttl": "turtle", "jsonld": "json-ld", "trig": "trig"}
DATASET_GRAPH = ID["graph/gcmkg"]
CONTEXT_URL = "https://w3id.org/gcmkg/context.jsonld"


def sorted_ntriples(graph: Graph) -> str:
    """N-Triples, one triple a line, sorted: byte-identical for the same graph."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(line for line in text.splitlines() if line.strip())
    return "\n".join(lines) + "\n"


def turtle(graph: Graph) -> str:
    return str(bind_prefixes(graph).serialize(format="turtle"))


def jsonld(graph: Graph, context: dict[str, Any]) -> str:
    """JSON-LD compacted with the project's published context, embedded so it parses offline."""
    text = graph.serialize(format="json-ld", context=context, auto_compact=True, sort_keys=True)
    document = json.loads(text)
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def trig(graph: Graph) -> str:
    """The graph as the named graph ``id/graph/gcmkg`` of a dataset."""
    dataset = Dataset()
    bind_prefixes(dataset)
    named = dataset.graph(URIRef(DATASET_GRAPH))
    for triple in graph:
        named.add(triple)
    return str(dataset.serialize(format="trig"))


def load_context(ontology_dir: Path) -> dict[str, Any]:
    document = json.loads((ontology_dir / "context.jsonld").read_text(encoding="utf-8"))
    context: dict[str, Any] = document["@context"]
    return context


def serialize(graph: Graph, fmt: str, ontology_dir: Path) -> str:
    if fmt == "nt":
        return sorted_ntriples(graph)
    if fmt == "ttl":
        return turtle(graph)
    if fmt == "jsonld":
        return jsonld(graph, load_context(ontology_dir))
    if fmt == "trig":
        return trig(graph)
    raise ValueError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(files: dict[Path, str]) -> None:
    """Write every file to a temporary sibling first, then rename each into place.

    If anything fails while writing, the temporary files are removed and the previous outputs
    stay as they were.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            staged.append((Path(name), path))
            os.chmod(name, 0o666 & ~current_umask())
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _final in staged:
            temporary.unlink(missing_ok=True)
