"""How long ``gcmkg site`` takes and how big the folder gets: the seed graph, and synthetic graphs.

Not a test. For each graph: a first run into an empty folder (every file written), then a second
run into the same folder (nothing changed, nothing rewritten), with the time of each phase of the
first run (profiles, query catalogue, network views, downloads) and the folder's size.
Synthetic graphs come from ``benchmarks/synthetic.py`` (the seed's shape, sized by statements).

    .venv/bin/python benchmarks/bench_site.py [--statements 10 100] [--seed-graph FILE.nt]

Prints the load average and a markdown table. Times are wall-clock on this machine (2 cores
shared with other work), with the process's CPU time for the first run, which load disturbs less.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import generate_statements
from graph.network.page import render_page
from graph.network.views import VIEWS, build_view
from graph.rdf.load import load_store
from graph.site.catalogue import catalogue
from graph.site.local import profiles
from graph.site.rows import LabelBook
from graph.site.static import graph_files, index_items, write_site


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def measure(name: str, store: ox.Store) -> str:
    """One markdown row: triples, pages, first and second run, phases, size."""
    paths = [ref.path for refs in index_items(store).values() for ref in refs]
    phases = {
        "profiles": timed(lambda: profiles(store, paths)),
        "catalogue": timed(lambda: catalogue(store, LabelBook())),
        "network": timed(lambda: [render_page(build_view(store, view)) for view in VIEWS]),
        "downloads": timed(lambda: graph_files(store)),
    }
    with tempfile.TemporaryDirectory(prefix="gcmkg-site-") as folder:
        out = Path(folder)
        cpu = time.process_time()
        first = timed(lambda: write_site(store, out))
        cpu = time.process_time() - cpu
        second_report: list[Any] = []
        second = timed(lambda: second_report.append(write_site(store, out)))
        files, size = folder_size(out)
        rewritten = len(second_report[0].written)
    phase_text = ", ".join(f"{key} {value:.2f}" for key, value in phases.items())
    return (
        f"| {name} | {len(store):,} | {len(paths):,} | {first:.2f} ({cpu:.2f} CPU) "
        f"| {second:.2f} ({rewritten} rewritten) | {phase_text} | {files:,} | {size / 1e6:.1f} MB |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--seed-graph", type=Path, help="a built gcmkg.nt (default: build from data/)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print()
    print("| graph | triples | profile pages | first run s | second run s | phases of a first run s | files | size |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    print(measure("seed", load_store(args.seed_graph)), flush=True)
    for statements in args.statements:
        store = ox.Store()
        store.bulk_load(generate_statements(statements).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        print(measure(f"synthetic, {statements:,} statements", store), flush=True)


if __name__ == "__main__":
    main()
