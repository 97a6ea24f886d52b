"""The whole graph as files: N-Triples (sorted lines), Turtle and JSON-LD (written from the sorted
triples, so the same graph gives the same bytes), and the VoID description.

Streamed: the store is dumped to a temporary N-Triples file, its lines sorted, and the Turtle and
JSON-LD written by parsing the sorted file back, so a graph of millions of triples never sits in
memory as Python objects. The dump's own hash says whether the graph changed since the last run.
"""

from __future__ import annotations

import hashlib
from contextlib import ExitStack
from heapq import merge
from itertools import islice
from pathlib import Path

from pyoxigraph import DefaultGraph, QueryTriples, RdfFormat, Store, Triple, parse, serialize

from graph.namespaces import PREFIXES
from graph.site.queries import VOID

VOID_NS = "http://rdfs.org/ns/void#"
FORMATS = (("gcmkg.ttl", RdfFormat.TURTLE), ("gcmkg.jsonld", RdfFormat.JSON_LD))
NAMES = ("gcmkg.jsonld", "gcmkg.nt", "gcmkg.ttl", "void.ttl")
"""The files of ``data/``, in the order the home page lists them."""


def dump(store: Store, path: Path) -> str:
    """Write the graph as N-Triples (the store's order) to ``path``; the SHA-256 of those bytes."""
    store.dump(str(path), format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph())
    found = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 22):
            found.update(block)
    return found.hexdigest()


def sort_lines(source: Path, target: Path, run: int = 500_000) -> None:
    """``source``'s lines in byte order, written to ``target``: sorted runs of ``run`` lines in
    temporary files next to ``target``, then merged, so memory holds one run at a time."""
    runs: list[Path] = []
    try:
        with source.open("rb") as stream:
            while lines := list(islice(stream, run)):
                lines.sort()
                runs.append(target.with_name(f"{target.name}.run{len(runs)}"))
                runs[-1].write_bytes(b"".join(lines))
        with ExitStack() as stack, target.open("wb") as out:
            out.writelines(merge(*(stack.enter_context(path.open("rb")) for path in runs)))
    finally:
        for path in runs:
            path.unlink(missing_ok=True)


def write_formats(sorted_nt: Path, targets: dict[str, Path]) -> None:
    """Turtle and JSON-LD from the sorted N-Triples, one triple at a time."""
    for name, fmt in FORMATS:
        quads = parse(path=str(sorted_nt), format=RdfFormat.N_TRIPLES)
        serialize(quads, str(targets[name]), format=fmt, prefixes=dict(PREFIXES))


def void(store: Store) -> bytes:
    described = store.query(VOID)
    assert isinstance(described, QueryTriples)
    triples: list[Triple] = sorted(described, key=str)
    return serialize(triples, format=RdfFormat.TURTLE, prefixes={**PREFIXES, "void": VOID_NS}) or b""
