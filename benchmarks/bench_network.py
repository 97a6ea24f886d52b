"""How the network page scales: build, write and first draw in Chromium at 500, 5,000 and 20,000 nodes.

Not a test. Synthetic knowledge graphs of the seed's shape (statements of ~30 positions, ~60% of
them demands addressing 1-3 of the 23 objectives and 10 principles; agents that sign directly or
through a coalition; countries; materialized gcm:supports) go through the same code as
``gcmkg network``: SPARQL views, the Python layout, the HTML page, then headless Chromium.
(``synthetic.py`` sizes graphs by triples for the query benchmarks, with a pool of agents that
grows slowly; a page's cost follows its nodes, so this generator sizes graphs by nodes: 20,000
nodes are 0.6M triples here, and would be about 4M there.)

    .venv/bin/python benchmarks/bench_network.py [--sizes 500 5000 20000] [--view full]

Prints a markdown table of medians over ``--repeat`` runs. Times are wall-clock on this machine;
first draw is the page's own clock from navigation start to vis-network's first ``afterDrawing``
(parsing the HTML and its JSON, building the DataSets, physics if on, drawing); redraw is one
synchronous frame (what panning and zooming cost); filter is applying "supports objective 8".
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.network.page import PHYSICS_THRESHOLD, write_page
from graph.network.views import View, build_view
from tests.conftest import CHROMIUM_ARGS

GCM = "https://w3id.org/gcmkg/ontology#"
ID = "https://w3id.org/gcmkg/id/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
POSITION_CLASSES = ["Demand"] * 6 + ["Concern"] * 2 + ["Commitment", "Question", "Slogan"]
COUNTRIES = [
    "AR",
    "BO",
    "BR",
    "CL",
    "CO",
    "CU",
    "DO",
    "EC",
    "SV",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PE",
    "LC",
    "US",
    "UY",
    "VE",
]


def synthetic_ntriples(nodes: int, seed: int = 7) -> str:
    """N-Triples of a graph with about ``nodes`` nodes in the full view, shaped like the seed."""
    rng = random.Random(seed)
    out: list[str] = []

    def triple(s: str, p: str, o: str) -> None:
        out.append(f"<{s}> <{p}> {o} .")

    def literal(text: str, lang: str = "") -> str:
        return f'"{text}"@{lang}' if lang else f'"{text}"'

    concepts = [f"{ID}objective/{n}" for n in range(1, 24)] + [f"{ID}principle/{c}" for c in "abcdefghij"]
    for i, concept in enumerate(concepts):
        kind = "Objective" if i < 23 else "GuidingPrinciple"
        notation = str(i + 1) if i < 23 else "abcdefghij"[i - 23]
        triple(concept, TYPE, f"<{GCM}{kind}>")
        triple(concept, f"{SKOS}notation", literal(notation))
        triple(concept, f"{SKOS}prefLabel", literal(f"{kind} {notation} title", "en"))
    for code in COUNTRIES:
        triple(f"{ID}country/{code}", TYPE, f"<{GCM}Country>")
        triple(f"{ID}country/{code}", f"{SKOS}prefLabel", literal(f"Country {code}", "en"))

    statements = max(1, nodes // 250)
    coalitions = max(1, statements // 2)
    agents = max(10, nodes - 33 - 31 * statements - coalitions)
    demands_of: dict[str, set[str]] = {}
    for s in range(statements):
        statement = f"{ID}statement/s{s}"
        triple(statement, TYPE, f"<{GCM}Statement>")
        triple(statement, "http://purl.org/dc/terms/title", literal(f"Statement {s}", "en"))
        demands_of[statement] = set()
        for p in range(30):
            position = f"{ID}position/s{s}/p{p}"
            kind = rng.choice(POSITION_CLASSES)
            triple(statement, f"{GCM}hasPosition", f"<{position}>")
            triple(position, TYPE, f"<{GCM}{kind}>")
            triple(position, f"{GCM}quote", literal(f"Position {p} of statement {s}: we demand something."))
            for concept in rng.sample(concepts, rng.randint(1, 3)):
                triple(position, f"{GCM}addresses", f"<{concept}>")
                if kind == "Demand":
                    demands_of[statement].add(concept)
            if kind == "Demand":
                triple(statement, f"{GCM}hasDemand", f"<{position}>")

    coalition_iris = [f"{ID}organization/coalition-{c}" for c in range(coalitions)]
    signed: dict[str, list[str]] = {}
    for coalition in coalition_iris:
        triple(coalition, TYPE, f"<{ORG}Organization>")
        triple(coalition, TYPE, f"<{ORG}OrganizationalCollaboration>")
        triple(coalition, f"{SKOS}prefLabel", literal(f"Coalition {coalition[-3:]}", "en"))
        signed[coalition] = rng.sample(sorted(demands_of), min(2, statements))
    for a in range(agents):
        person = a % 12 == 0
        agent = f"{ID}{'person' if person else 'organization'}/a{a}"
        triple(agent, TYPE, f"<{FOAF}Person>" if person else f"<{ORG}Organization>")
        triple(agent, f"{FOAF}name" if person else f"{SKOS}prefLabel", literal(f"Agent {a}", "" if person else "es"))
        triple(agent, f"{GCM}basedIn", f"<{ID}country/{rng.choice(COUNTRIES)}>")
        through = [rng.choice(coalition_iris)] if rng.random() < 0.6 else []
        for coalition in through:
            triple(agent, f"{ORG}memberOf", f"<{coalition}>")
        direct = (
            rng.sample(sorted(demands_of), min(rng.randint(1, 2), statements))
            if not through or rng.random() < 0.1
            else []
        )
        signed[agent] = direct + [s for c in through for s in signed[c]]
        for statement in direct:
            triple(statement, f"{GCM}signatory", f"<{agent}>")
    for coalition in coalition_iris:
        for statement in signed[coalition]:
            triple(statement, f"{GCM}signatory", f"<{coalition}>")
    for agent, statements_signed in signed.items():
        for concept in sorted({c for s in statements_signed for c in demands_of[s]}):
            triple(agent, f"{GCM}supports", f"<{concept}>")
    return "\n".join(out) + "\n"


def measure(browser: Any, nodes: int, view: View, folder: Path, repeat: int) -> dict[str, Any]:
    """One row of the table for one synthetic graph: sizes, and the median seconds of ``repeat`` runs."""
    store = ox.Store()
    store.bulk_load(synthetic_ntriples(nodes).encode(), format=ox.RdfFormat.N_TRIPLES)
    runs = [run_once(browser, store, view, folder / f"network-{nodes}.html") for _ in range(repeat)]
    row = {key: statistics.median(run[key] for run in runs) for key in runs[0] if key != "graph"}
    graph = runs[0]["graph"]
    physics = graph.number_of_nodes() <= PHYSICS_THRESHOLD
    return {
        **row,
        "nodes": graph.number_of_nodes(),
        "links": graph.number_of_edges(),
        "triples": len(store),
        "physics": physics,
    }


def run_once(browser: Any, store: ox.Store, view: View, path: Path) -> dict[str, Any]:
    """Build the view, write the page, open it in a fresh page and time the first draw and a filter."""
    started = time.perf_counter()
    graph = build_view(store, view)
    built = time.perf_counter()
    write_page(graph, path)
    written = time.perf_counter()
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-drawn='true']", state="attached", timeout=300_000)
    first_draw = page.evaluate("() => window.gcmkgFirstDrawMs") / 1000
    redraw = page.evaluate(
        "() => { const t = performance.now(); gcmkg.network.redraw(); return performance.now() - t; }"
    )
    filtered = page.evaluate(
        "() => { const t = performance.now(); gcmkg.setFilter('concept', '8'); return performance.now() - t; }"
    )
    page.close()
    return {
        "graph": graph,
        "build": built - started,
        "write": written - built,
        "mb": path.stat().st_size / 1e6,
        "first_draw": first_draw,
        "redraw_ms": redraw,
        "filter_ms": filtered,
    }


def markdown(rows: list[dict[str, Any]]) -> str:
    """The rows as a markdown table."""
    lines = [
        "| nodes | links | triples | SPARQL → networkx (s) | layout + write HTML (s) | HTML (MB) | physics "
        "| first draw in Chromium (s) | redraw (ms) | filter by objective (ms) |",
        "|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['nodes']:,} | {r['links']:,} | {r['triples']:,} | {r['build']:.2f} | {r['write']:.2f} "
            f"| {r['mb']:.1f} | {'on' if r['physics'] else 'off'} | {r['first_draw']:.2f} "
            f"| {r['redraw_ms']:.0f} | {r['filter_ms']:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 20_000])
    parser.add_argument("--view", choices=["full", "support", "coalitions"], default="full")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per size; the table shows medians.")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for size in args.sizes:
            rows.append(measure(browser, size, args.view, Path(folder), args.repeat))
            print(f"measured {size}", file=sys.stderr)
        browser.close()
    print(markdown(rows))


if __name__ == "__main__":
    main()
