"""How long ``gcmkg site`` takes, how much memory it needs and how big the folder gets: the seed
graph, and synthetic graphs.

Not a test. For each graph, in a fresh child process (so its peak memory is its own): a first run
into an empty folder (every file written), with the time of each phase; then a second run into the
same folder (nothing changed: nothing rendered again, nothing rewritten). Synthetic graphs come from
``benchmarks/synthetic.py`` (the seed's shape, sized by statements).

    .venv/bin/python benchmarks/bench_site.py [--statements 10 100] [--seed-graph FILE.nt]

Prints the load average and a markdown table. Times are wall-clock on this machine (2 cores
shared with other work), with the process's CPU time, which load disturbs less. Peak memory is
the child's maximum resident set, graph loading included.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import generate_statements
from graph.rdf.load import load_store
from graph.site.static import index_items, write_site

HEADER = (
    "| graph | triples | profile pages | first run s (CPU s) | phases of the first run s "
    "| second run s (CPU s) | files | size | search index | largest page | peak memory |"
)


def timed_run(store: ox.Store, out: Path, timings: dict[str, float] | None = None) -> tuple[float, float, int]:
    """Wall and CPU seconds of one run, and how many files it wrote."""
    wall, cpu = time.perf_counter(), time.process_time()
    report = write_site(store, out, timings)
    return time.perf_counter() - wall, time.process_time() - cpu, len(report.written)


def folder_size(folder: Path) -> tuple[int, int, int]:
    """Files, bytes, and the largest profile page's bytes."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.name.startswith(".")]
    pages = [path.stat().st_size for path in files if path.suffix == ".html" and path.parent.name != "network"]
    return len(files), sum(path.stat().st_size for path in files), max(pages, default=0)


def load(source: str) -> ox.Store:
    if source.isdigit():
        store = ox.Store()
        store.bulk_load(generate_statements(int(source)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store
    return load_store(Path(source) if source else None)


def measure(name: str, source: str) -> str:
    """One markdown row for the graph ``source`` (a number of synthetic statements, or a file)."""
    store = load(source)
    pages = sum(len(refs) for refs in index_items(store).values())
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="gcmkg-site-") as folder:
        out = Path(folder)
        first, first_cpu, _written = timed_run(store, out, timings)
        second, second_cpu, rewritten = timed_run(store, out)
        files, size, largest = folder_size(out)
        search = (out / "search-index.js").stat().st_size
    phases = ", ".join(f"{key} {value:.1f}" for key, value in timings.items())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    return (
        f"| {name} | {len(store):,} | {pages:,} | {first:.1f} ({first_cpu:.1f}) | {phases} "
        f"| {second:.1f} ({second_cpu:.1f}), {rewritten} rewritten | {files:,} | {size / 1e6:.0f} MB "
        f"| {search / 1e6:.2f} MB | {largest / 1e3:.0f} kB | {peak:.2f} GB |"
    )


def in_child(name: str, source: str) -> str:
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return str(pool.apply(measure, (name, source)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--seed-graph", type=Path, help="a built gcmkg.nt (default: build from data/)")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print()
    print(HEADER)
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    print(in_child("seed", str(args.seed_graph or "")), flush=True)
    for statements in args.statements:
        print(in_child(f"synthetic, {statements:,} statements", str(statements)), flush=True)
    print()
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
