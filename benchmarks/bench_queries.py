"""Time every query of the library on synthetic graphs: gcmkg's runner vs raw pyoxigraph vs rdflib.

For each size, a synthetic graph of the seed's shape (``benchmarks/synthetic.py``) is loaded once
into pyoxigraph and once into rdflib's default in-memory store. Each query then runs:

* through ``graph.sparql.library.run_query`` (header parsing done beforehand, parameters bound as typed
  terms, results fully consumed),
* as raw ``pyoxigraph.Store.query`` on the same text with the same substitutions,
* on rdflib, with the parameters bound by the same VALUES block remote endpoints get, stopped
  after ``--rdflib-timeout`` seconds and reported as "> N s".

Times are medians of at least five alternating runs (one run for rdflib). The output is a markdown table per size.

    python benchmarks/bench_queries.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import gc
import signal
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import generate  # noqa: E402 (after the path set-up, for running as a script)

from graph.sparql.binding import with_values  # noqa: E402
from graph.sparql.library import Query, bind_parameters, load_library, run_query  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


class RdflibTimeout(BaseException):
    """Raised by the alarm; a BaseException so rdflib's ``except Exception`` cannot swallow it."""


@dataclass
class Timing:
    query: str
    rows: int
    gcmkg: float
    raw: float
    rdflib: float | None  # None: timed out
    rdflib_note: str = ""


def synthetic_file(size: int) -> Path:
    """The cached synthetic graph of about ``size`` triples, generated on first use."""
    path = OUT / f"synthetic-{size}.nt"
    if not path.is_file():
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_text(generate(size), encoding="utf-8")
    return path


def synthetic_parameters(store: ox.Store) -> dict[str, dict[str, str]]:
    """Parameter values that exist in the synthetic graphs (the defaults name seed entities)."""
    demand = next(
        iter(
            store.query(
                "SELECT ?d WHERE { <https://w3id.org/gcmkg/id/statement/s-0> "
                "<https://w3id.org/gcmkg/ontology#hasDemand> ?d } ORDER BY ?d LIMIT 1"
            )
        )
    )["d"].value
    return {
        "statement_demands": {"statement": "s-0"},
        "organizations_per_country": {"statement": "s-0"},
        "country_list_differences": {"statement": "s-0"},
        "coalition_members": {"coalition": "coalition-1"},
        "co_supporters": {"organization": "org-0"},
        "demand_provenance": {"demand": demand},
        "demand_provenance_graph": {"demand": demand},
    }


def paired_medians(
    first: Callable[[], int], second: Callable[[], int], budget: float = 0.4
) -> tuple[float, float, int]:
    """Median seconds of two ways of running the same query, run alternately after one warm-up
    each (so neither profits from caches the other filled), at least 5 times, more for fast
    queries (until ``budget`` seconds or 41 runs)."""
    rows = first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    gc.disable()  # as timeit does: a collection of the rdflib graph's objects is not the query's cost
    try:
        while len(times[0]) < 5 or (sum(times[0]) + sum(times[1]) < budget and len(times[0]) < 41):
            for run, bucket in ((first, times[0]), (second, times[1])):
                started = time.perf_counter()
                run()
                bucket.append(time.perf_counter() - started)
    finally:
        gc.enable()
    return statistics.median(times[0]), statistics.median(times[1]), rows


def alarm(signum: int, frame: FrameType | None) -> None:
    raise RdflibTimeout


def time_rdflib(graph: rdflib.Graph, text: str, timeout: float) -> tuple[float | None, int | None, str]:
    """Seconds and rows on rdflib, or (None, None, "") after ``timeout``; errors are reported."""
    signal.signal(signal.SIGALRM, alarm)
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        rows = len(list(graph.query(text)))
        return time.perf_counter() - started, rows, ""
    except RdflibTimeout:
        return None, None, ""
    except Exception as error:  # rdflib fails on some SPARQL it does not support
        return time.perf_counter() - started, None, f"error: {str(error)[:60] or type(error).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def time_pyoxigraph(query: Query, values: dict[str, str], store: ox.Store) -> Timing:
    """gcmkg's runner and raw pyoxigraph on the same text and substitutions."""
    bound = bind_parameters(query, values)
    substitutions = {ox.Variable(name): term for name, term in bound.items()}
    gcmkg, raw, rows = paired_medians(
        lambda: len(list(run_query(store, query, values))),
        lambda: len(list(store.query(query.text, substitutions=substitutions))),
    )
    return Timing(query.name, rows, gcmkg, raw, None, "not run")


def add_rdflib(timing: Timing, query: Query, values: dict[str, str], graph: rdflib.Graph, timeout: float) -> None:
    """rdflib's time for the query, with the VALUES binding remote endpoints get."""
    text = with_values(query.text, bind_parameters(query, values))
    timing.rdflib, rdflib_rows, timing.rdflib_note = time_rdflib(graph, text, timeout)
    if rdflib_rows is not None and rdflib_rows != timing.rows:
        timing.rdflib_note = f"{rdflib_rows} rows"


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(timings: list[Timing], timeout: float) -> str:
    lines = [
        "| query | rows | gcmkg (pyoxigraph) | raw pyoxigraph | gcmkg / raw | rdflib Memory | rdflib / gcmkg |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for t in timings:
        if t.rdflib_note == "not run":
            rdflib_cell, ratio = "not run", ""
        elif t.rdflib is None:
            rdflib_cell, ratio = f"> {timeout:g} s", f"> {timeout / t.gcmkg:,.0f}\N{MULTIPLICATION SIGN}"
        else:
            rdflib_cell, ratio = seconds(t.rdflib), f"{t.rdflib / t.gcmkg:,.0f}\N{MULTIPLICATION SIGN}"
            if t.rdflib_note:
                rdflib_cell += f" ({t.rdflib_note})"
        lines.append(
            f"| {t.query} | {t.rows} | {seconds(t.gcmkg)} | {seconds(t.raw)} | {t.gcmkg / t.raw:.2f} "
            f"| {rdflib_cell} | {ratio} |"
        )
    return "\n".join(lines)


def bench_size(size: int, timeout: float, rdflib_max: int) -> str:
    """One size: all pyoxigraph timings first, then rdflib's, so rdflib's gigabytes of Python
    objects are not in memory while pyoxigraph is timed."""
    path = synthetic_file(size)
    store = ox.Store()
    started = time.perf_counter()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    ox_load = time.perf_counter() - started
    parameters = synthetic_parameters(store)
    library = load_library()
    timings = {name: time_pyoxigraph(query, parameters.get(name, {}), store) for name, query in library.items()}
    rdflib_load = ""
    if size <= rdflib_max:
        started = time.perf_counter()
        graph = rdflib.Graph()
        graph.parse(str(path), format="nt")
        rdflib_load = f", rdflib {time.perf_counter() - started:.1f} s"
        for name, query in library.items():
            add_rdflib(timings[name], query, parameters.get(name, {}), graph, timeout)
            print(f"  {name}: rdflib {timings[name].rdflib}", file=sys.stderr, flush=True)
    header = (
        f"### {len(store):,} triples ({path.name})\n\n"
        f"Load: pyoxigraph {ox_load:.1f} s{rdflib_load}. rdflib stopped after {timeout:g} s.\n"
    )
    return header + "\n" + table(list(timings.values()), timeout) + "\n"


def main(argv: list[str] | None = None) -> Any:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rdflib-timeout", type=float, default=30.0, help="seconds per query on rdflib")
    parser.add_argument("--rdflib-max-size", type=int, default=1_000_000, help="skip rdflib above this size")
    parser.add_argument("-o", "--output", type=Path, help="also write the tables to this markdown file")
    args = parser.parse_args(argv)
    sections = []
    for size in args.sizes:
        print(f"size {size:,}", file=sys.stderr, flush=True)
        sections.append(bench_size(size, args.rdflib_timeout, args.rdflib_max_size))
        print(sections[-1], flush=True)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text("\n".join(sections), encoding="utf-8")


if __name__ == "__main__":
    main()
