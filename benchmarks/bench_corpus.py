"""Benchmark the whole build on curated-format synthetic corpora of 1, 10, 100, 1,000 statements.

For each size: write the corpus (``synthetic_corpus.py``: the seed plus N-1 generated statements)
into a project home whose ontology and queries are this checkout's, run ``gcmkg build`` in a fresh
process (wall time including start-up, and that process's peak resident memory from ``wait4``),
count the triples of ``gcmkg.nt``, then load it into pyoxigraph and run every query of the library
with its default parameters, reporting the slowest. Prints a Markdown table; the first size is the
baseline the ratio column divides by.

    python benchmarks/bench_corpus.py 1 10 100 1000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import ROOT, write_corpus

from graph.sparql.library import load_library, run_query


@dataclass
class Row:
    statements: int
    seconds: float
    cpu: float
    peak_mb: float
    triples: int
    slowest: str
    slowest_seconds: float


def timed_build(home: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of ``gcmkg build`` in its own
    process. On a shared machine the CPU time is the steadier figure."""
    env = {**os.environ, "GCMKG_HOME": str(home)}
    command = [sys.executable, "-m", "graph", "build", "--out", str(home / "build")]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(f"build failed in {home}:\n{process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def slowest_query(ntriples: Path) -> tuple[str, float]:
    store = ox.Store()
    store.load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
    timings = []
    for name, query in sorted(load_library(ROOT / "queries").items()):
        started = time.perf_counter()
        results = run_query(store, query)
        list(results)  # SELECT rows, CONSTRUCT/DESCRIBE triples: read them all
        timings.append((time.perf_counter() - started, name))
    seconds, name = max(timings)
    return name, seconds


def measure(statements: int, folder: Path) -> Row:
    home = folder / f"corpus-{statements}"
    write_corpus(statements, home)
    for part in ("ontology", "queries"):
        (home / part).unlink(missing_ok=True)
        (home / part).symlink_to(ROOT / part)
    seconds, cpu, peak = timed_build(home)
    ntriples = home / "build" / "gcmkg.nt"
    with ntriples.open("rb") as stream:
        triples = sum(1 for _ in stream)
    name, query_seconds = slowest_query(ntriples)
    return Row(statements, seconds, cpu, peak, triples, name, query_seconds)


def table(rows: list[Row]) -> str:
    base = rows[0].cpu
    lines = [
        "| statements | triples | build wall (s) | build CPU (s) | CPU ratio to first | peak memory (MB) "
        "| slowest library query (s) |",
        "|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.statements:,} | {row.triples:,} | {row.seconds:.2f} | {row.cpu:.2f} | {row.cpu / base:.1f} "
            f"| {row.peak_mb:,.0f} | `{row.slowest}` {row.slowest_seconds:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[1, 10, 100, 1000])
    parser.add_argument("--keep", type=Path, help="write the corpora here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gcmkg-corpus-") as temporary:
        folder = args.keep or Path(temporary)
        rows = []
        for size in args.sizes:
            rows.append(measure(size, folder))
            print(f"  {size} statements: {rows[-1]}", file=sys.stderr, flush=True)
        print(table(rows))


if __name__ == "__main__":
    main()
