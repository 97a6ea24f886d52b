"""Deterministic serializations of the graph, and writing them without half-written files.

The build writes the triples it generates (rdflib terms) straight to N-Triples lines, escaped as
pyoxigraph escapes them (:class:`LineWriter`), de-duplicates and sorts the lines once, and the
Turtle is pyoxigraph's (Rust) writer over those sorted triples with the project's prefixes
(:func:`turtle_of_lines`). rdflib's writers (``sorted_ntriples``,
``turtle``) stay for graphs other code holds as rdflib ``Graph`` objects (export, JSON-LD, TriG).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import ValidationError
from graph.namespaces import ID, PREFIXES, bind_prefixes

FORMATS = {"nt": "nt", "ttl": "turtle", "jsonld": "json-ld", "trig": "trig"}
DATASET_GRAPH = ID["graph/gcmkg"]
CONTEXT_URL = "https://w3id.org/gcmkg/context.jsonld"


def sorted_ntriples(graph: Graph) -> str:
    """N-Triples, one triple a line, sorted: byte-identical for the same graph."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(line for line in text.splitlines() if line.strip())
    return "\n".join(lines) + "\n"


class LineWriter:
    """N-Triples lines of rdflib triples, written the way pyoxigraph's N-Triples writer writes them.

    IRIs are written as ``<iri>`` (rdflib has already checked them); literals go through
    ``pyoxigraph.Literal`` so their escaping is pyoxigraph's own, and are remembered, since many
    repeat. Blank nodes are refused: they would make the output differ from run to run.
    """

    def __init__(self) -> None:
        self.literals: dict[Literal, str] = {}

    def literal(self, term: Literal) -> str:
        text = self.literals.get(term)
        if text is None:
            if term.language:
                value = ox.Literal(str(term), language=term.language)
            elif term.datatype is not None:
                value = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            else:
                value = ox.Literal(str(term))
            text = self.literals[term] = str(value)
        return text

    def lines(self, triples: Iterable[tuple[Node, Node, Node]]) -> set[str]:
        found: set[str] = set()
        add, literal = found.add, self.literal
        for subject, predicate, obj in triples:
            if type(subject) is not URIRef:
                raise ValidationError(
                    f"the graph has a subject that is not an IRI (blank nodes break determinism): {subject}"
                )
            if type(obj) is URIRef:
                add(f"<{subject}> <{predicate}> <{obj}> .")
            elif isinstance(obj, Literal):
                add(f"<{subject}> <{predicate}> {literal(obj)} .")
            else:
                raise ValidationError(f"the graph has a blank node, which breaks determinism: {obj}")
        return found


def oxigraph_lines(triples: Iterable[ox.Triple]) -> set[str]:
    """The N-Triples lines of triples pyoxigraph parsed (the ontology)."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file given: pyoxigraph returns the bytes
    return set(data.decode("utf-8").splitlines()) - {""}


def ntriples_text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def turtle_of_lines(lines: list[str]) -> str:
    """Readable Turtle (project prefixes, subjects grouped) of sorted N-Triples lines, written by
    pyoxigraph; the prefix lines are sorted so the output is the same every run."""
    return turtle_of_ntriples(ntriples_text(lines))


def turtle_of_ntriples(ntriples: str) -> str:
    """:func:`turtle_of_lines` of the sorted N-Triples text itself (no second copy of a large graph)."""
    triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
    assert data is not None
    text = data.decode("utf-8")
    head = [line for line in text.splitlines() if line.startswith("@prefix ")]
    body = text[sum(len(line) + 1 for line in head) :]
    return "\n".join(sorted(head)) + "\n\n" + body.lstrip("\n")


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
