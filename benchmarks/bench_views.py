"""How the views for many statements scale: the co-signature and matrix pages at 1 to 1,000 statements.

Not a test. Each size is a synthetic knowledge graph from ``benchmarks/synthetic.py`` (statements of
10-30 positions, 5-40 organizations each with popular ones signing often, coalitions that bring
their members along, materialized supports), loaded into pyoxigraph and drawn by the same code as
``gcmkg network --view cosignature`` and ``--view matrix``. Then headless Chromium opens each page
from file:// and reads the page's own clock at its first draw (``window.gcmkgFirstDrawMs``: from
navigation start to vis-network's first ``afterDrawing`` for the co-signature page, to the first
frame after the matrix table is in the DOM for the matrix page).

    .venv/bin/python benchmarks/bench_views.py [--statements 1 10 100 1000] [--repeat 3]

Prints a markdown table; the first-draw times are medians over ``--repeat`` page loads.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import generate_statements  # noqa: E402

from graph.network.corpus import build_network  # noqa: E402
from graph.network.matrix import matrix_data, write_matrix_page  # noqa: E402
from graph.network.page import page_data, write_page  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def first_draw_ms(browser: Any, path: Path) -> float:
    """Milliseconds from navigation start to the page's first draw, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-drawn='true']", state="attached", timeout=300_000)
    elapsed = float(page.evaluate("() => window.gcmkgFirstDrawMs"))
    context.close()
    if errors:
        raise RuntimeError(f"{path.name}: {errors[0]}")
    return elapsed


def measure(statements: int, folder: Path, browser: Any, repeat: int) -> dict[str, Any]:
    """Build both pages for a synthetic graph of ``statements`` statements and time them."""
    text = generate_statements(statements)
    store = ox.Store()
    store.bulk_load(text.encode(), format=ox.RdfFormat.N_TRIPLES)
    start = time.perf_counter()
    graph = build_network(store, "cosignature")
    cosign_build = time.perf_counter() - start
    drawn = page_data(graph)
    cosign_page = write_page(graph, folder / f"cosignature-{statements}.html")
    cosign_write = time.perf_counter() - start - cosign_build
    start = time.perf_counter()
    matrix = matrix_data(store)
    matrix_page = write_matrix_page(matrix, folder / f"matrix-{statements}.html")
    matrix_build = time.perf_counter() - start
    return {
        "statements": statements,
        "triples": text.count("\n"),
        "agents": graph.number_of_nodes(),
        "links": graph.number_of_edges(),
        "drawn": len(drawn["edges"]),
        "cosign_build": cosign_build,
        "cosign_write": cosign_write,
        "cosign_mb": cosign_page.stat().st_size / 1e6,
        "cosign_draw": statistics.median(first_draw_ms(browser, cosign_page) for _ in range(repeat)) / 1000,
        "positions": len(matrix["positions"]),
        "matrix_build": matrix_build,
        "matrix_mb": matrix_page.stat().st_size / 1e6,
        "matrix_draw": statistics.median(first_draw_ms(browser, matrix_page) for _ in range(repeat)) / 1000,
    }


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| statements | triples | agents | co-signature links (drawn) "
        "| co-signature: SPARQL → networkx + Louvain (s) | layout + HTML (s) | HTML (MB) | first draw (s) "
        "| positions | matrix: data + HTML (s) | HTML (MB) | first draw (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['statements']:,} | {r['triples']:,} | {r['agents']:,} "
            f"| {r['links']:,} ({r['drawn']:,}) "
            f"| {r['cosign_build']:.2f} | {r['cosign_write']:.2f} | {r['cosign_mb']:.1f} | {r['cosign_draw']:.2f} "
            f"| {r['positions']:,} | {r['matrix_build']:.2f} | {r['matrix_mb']:.1f} | {r['matrix_draw']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"{date.today()} · {machine} · {os.cpu_count()} CPUs · Python {platform.python_version()}")
    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for statements in args.statements:
            rows.append(measure(statements, Path(folder), browser, args.repeat))
            print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
        browser.close()
    print(table(rows))


if __name__ == "__main__":
    main()
