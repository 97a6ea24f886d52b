"""pySHACL and pyshacl-turbo on the same shapes and the same graphs: the seed and broken copies.

The build switched its SHACL engine to pyshacl-turbo after this comparison: for each graph, both
engines must agree on conformance and on the number of violations (the messages are compared too,
and are worded alike for most constraints; pyshacl-turbo names the constraint component for
datatype and range checks where pySHACL quotes the value). Prints one
line per graph with both engines' verdicts and CPU seconds (needs the ``test`` extra's pyshacl).

    python benchmarks/compare_shacl.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pyshacl_turbo
from rdflib import Graph, Literal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.namespaces import GCM, ID  # noqa: E402
from graph.rdf.build import build_graph  # noqa: E402

SHAPES = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
SEED = ROOT / "tests" / "fixtures" / "seed_data"


def messages(text: str) -> list[str]:
    return sorted(line.strip().replace("'", "") for line in text.splitlines() if "Message:" in line)


def run(graph: Graph) -> tuple[tuple[bool, list[str], float], tuple[bool, list[str], float]]:
    started = time.process_time()
    conforms, _, text = pyshacl.validate(
        graph, shacl_graph=Graph().parse(data=SHAPES, format="turtle"), inference="none", advanced=True
    )
    classic = (bool(conforms), messages(str(text)), time.process_time() - started)
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    started = time.process_time()
    conforms, _, text = pyshacl_turbo.validate(
        store, shacl_graph=SHAPES, shacl_graph_format="turtle", inference="none", advanced=True
    )
    return classic, (bool(conforms), messages(str(text)), time.process_time() - started)


def broken(change: Callable[[Graph], None]) -> Graph:
    graph, _ = build_graph(SEED)
    change(graph)
    return graph


def too_confident(graph: Graph) -> None:
    link = ID["position/lac-2025-santiago/justice-for-missing-migrants/addresses/objective-8"]
    graph.set((link, GCM.confidence, Literal(2)))


def main() -> None:
    record = ID["support/caref/objective-8"]
    cases = {
        "seed (conforms)": broken(lambda g: None),
        "demand without objective": broken(
            lambda g: g.remove((ID["position/lac-2025-santiago/justice-for-missing-migrants"], GCM.addresses, None))
        ),
        "support through a slogan stance": broken(lambda g: g.add((record, GCM.throughStance, GCM.sloganFor))),
        "source without sha256": broken(lambda g: g.remove((None, GCM.sha256, None))),
        "confidence above 1": broken(too_confident),
    }
    agree = True
    for name, graph in cases.items():
        classic, turbo = run(graph)
        same = classic[0] == turbo[0] and len(classic[1]) == len(turbo[1])
        agree &= same
        wording = "same messages" if classic[1] == turbo[1] else "messages worded differently"
        print(
            f"{name}: pySHACL conforms={classic[0]} violations={len(classic[1])} {classic[2]:.2f}s CPU | "
            f"pyshacl-turbo conforms={turbo[0]} violations={len(turbo[1])} {turbo[2]:.2f}s CPU | "
            f"{'same verdict, ' + wording if same else 'DIFFERENT'}"
        )
    raise SystemExit(0 if agree else 1)


if __name__ == "__main__":
    main()
