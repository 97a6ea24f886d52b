"""Load test of ``gcmkg serve``, and of plain ``oxigraph serve`` on the same graph, on loopback.

Not a test. 50 clients (threads, one keep-alive connection each) ask the library's queries one after
another (closed loop, no pause) for 60 s, while a separate client sends a few runaway queries
spread over the run. Reports throughput, latency percentiles and errors of the normal queries,
and what became of each runaway query. Bounded: every target runs at most ``--duration`` seconds
and ``--max-requests`` requests, only against servers this script starts on 127.0.0.1.

    .venv/bin/python benchmarks/load_server.py [--duration 60] [--clients 50] [--runaways 4]
        [--targets gcmkg gcmkg-nocache oxigraph] [--json benchmarks/out/load_server.json]

Targets: ``gcmkg`` is ``gcmkg serve`` as shipped (answer cache on), ``gcmkg-nocache`` the same
with ``--cache-mb 0`` (every query reaches an engine), ``oxigraph`` is ``oxigraph serve`` with its
own ``--timeout-s`` on a store loaded from the same N-Triples.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from graph.rdf.load import default_ntriples
from graph.server.editor import editor_tabs
from graph.server.engine import free_port, load_store, oxigraph_binary
from graph.sparql.library import load_library

RUNAWAYS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "SELECT ?x WHERE { ?a ?b ?c . ?x (<http://x>|!<http://y>)* ?z } ORDER BY ?x LIMIT 1",
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a",
]
TIMEOUT = 5
CLIENT_TIMEOUT = 15.0
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


@dataclass
class Outcome:
    """What one target did under the load."""

    target: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    runaways: list[tuple[int | str, float]] = field(default_factory=list)
    cores: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, latencies: list[float], errors: Counter[str]) -> None:
        """Merge one client's record (each client keeps its own while the load runs)."""
        with self.lock:
            self.latencies += latencies
            self.errors.update(errors)

    def summary(self) -> dict[str, object]:
        ordered = sorted(self.latencies)
        return {
            "target": self.target,
            "requests": len(ordered),
            "throughput_per_s": round(len(ordered) / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(percentile(ordered, 50) * 1000, 1),
            "p99_ms": round(percentile(ordered, 99) * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1) if ordered else 0.0,
            "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else 0.0,
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "runaways": [f"{status} after {seconds:.1f} s" for status, seconds in self.runaways],
            "cores": {name: round(value, 2) for name, value in self.cores.items()},
        }


def percentile(ordered: list[float], rank: float) -> float:
    """The nearest-rank percentile of sorted values."""
    if not ordered:
        return math.nan
    return ordered[min(len(ordered) - 1, max(0, math.ceil(rank / 100 * len(ordered)) - 1))]


def library_queries() -> list[str]:
    """Every library query with its parameters bound, as the editor's tabs hold them."""
    return [tab.query for tab in editor_tabs(load_library())]


class Client:
    """One keep-alive HTTP/1.1 connection (the standard library's: about 0.15 ms of CPU per
    request here, against 1.2 ms for httpx's async client, which on two cores would measure the
    load generator more than the server)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=CLIENT_TIMEOUT)

    def ask(self, query: str) -> int:
        """POST ``query`` as a form and read the whole answer; the HTTP status."""
        body = urlencode({"query": query})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT}
        try:
            self.connection.request("POST", self.path, body, headers)
            response = self.connection.getresponse()
            response.read()
            return response.status
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=CLIENT_TIMEOUT)
            raise

    def close(self) -> None:
        self.connection.close()


def normal_client(url: str, queries: list[str], offset: int, stop: float, budget: Budget, outcome: Outcome) -> None:
    """Ask the queries in turn, each right after the previous answer, until time or budget runs out."""
    client, latencies, errors = Client(url), [], Counter[str]()
    turn = offset
    while time.monotonic() < stop and budget.take():
        query = queries[turn % len(queries)]
        turn += 1
        started = time.monotonic()
        try:
            status = client.ask(query)
            kind = None if status == 200 else f"HTTP {status}"
        except (OSError, http.client.HTTPException) as error:
            kind = type(error).__name__
        if kind is None:
            latencies.append(time.monotonic() - started)
        else:
            errors[kind] += 1
    client.close()
    outcome.add(latencies, errors)


def runaway_client(url: str, count: int, duration: float, outcome: Outcome) -> None:
    """Send ``count`` runaway queries spread evenly over the run, one at a time, each on a new
    connection (the server closes a connection left idle for 5 s between them)."""
    begin = time.monotonic()
    for index in range(count):
        time.sleep(max(0.0, begin + duration * (index + 0.25) / count - time.monotonic()))
        client, started = Client(url), time.monotonic()
        try:
            status: int | str = client.ask(RUNAWAYS[index % len(RUNAWAYS)])
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
        outcome.runaways.append((status, time.monotonic() - started))
        client.close()


TICKS = os.sysconf("SC_CLK_TCK")


def machine_seconds() -> float:
    """CPU time every process of the machine has used so far (``/proc/stat``)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / TICKS


def process_seconds(pid: int, with_children: bool = True) -> float:
    """CPU time of process ``pid`` (and of its children, reaped or running)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = sum(int(value) for value in fields[11 : 15 if with_children else 13]) / TICKS
    if not with_children:
        return own
    return own + sum(process_seconds(kid, with_children=False) for kid in children(pid))


def children(pid: int) -> set[int]:
    """Process ids of the running children of ``pid``; threads come and go while this reads."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(kid) for kid in (task / "children").read_text().split())
        except OSError:
            continue
    return found


class CpuMeter:
    """Cores used during the run by the load generator, the server (with its engines) and
    everything else on the machine: a shared machine's other work shows up, not in the numbers."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.start = self.read()

    def read(self) -> tuple[float, float, float, float]:
        return time.monotonic(), machine_seconds(), time.process_time(), process_seconds(self.server_pid)

    def cores(self) -> dict[str, float]:
        wall, machine, client, server = (end - begin for end, begin in zip(self.read(), self.start, strict=True))
        return {"client": client / wall, "server": server / wall, "other": max(0.0, machine - client - server) / wall}


class Budget:
    """The number of normal requests still allowed, shared by the client threads."""

    def __init__(self, requests: int) -> None:
        self.left = requests
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            self.left -= 1
            return self.left >= 0


def load(url: str, server_pid: int, target: str, args: argparse.Namespace) -> Outcome:
    queries = library_queries()
    outcome = Outcome(target)
    warmup = Client(url)  # one pass, so every target starts warm
    for query in queries:
        warmup.ask(query)
    warmup.close()
    meter = CpuMeter(server_pid)
    started = time.monotonic()
    stop = started + args.duration
    budget = Budget(args.max_requests)
    clients = [
        threading.Thread(target=normal_client, args=(url, queries, n, stop, budget, outcome))
        for n in range(args.clients)
    ]
    runaways = threading.Thread(target=runaway_client, args=(url, args.runaways, args.duration, outcome))
    for thread in [*clients, runaways]:
        thread.start()
    for thread in clients:
        thread.join()
    outcome.seconds = max(time.monotonic() - started, 1e-9)
    outcome.cores = meter.cores()
    runaways.join()  # its last query may still be waiting for a server that never stops it
    return outcome


def wait_until_answering(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode}")
        try:
            if Client(url).ask("ASK {}") == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


@contextmanager
def started(command: list[str], url: str) -> Iterator[tuple[str, int]]:
    """Run a server process until the block ends; yield its query URL and process id."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(url, process)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def target_server(target: str, graph: Path, folder: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    if target == "oxigraph":
        binary = oxigraph_binary()
        location = load_store(binary, folder / f"oxigraph-{port}", graph.read_bytes())
        command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                   "--timeout-s", str(TIMEOUT)]  # fmt: skip
        with started(command, f"http://127.0.0.1:{port}/query") as server:
            yield server
        return
    command = [sys.executable, "-m", "graph.cli.serve", "--port", str(port), "--timeout", str(TIMEOUT),
               "--from", str(graph)]  # fmt: skip
    if target == "gcmkg-nocache":
        command += ["--cache-mb", "0"]
    with started(command, f"http://127.0.0.1:{port}/sparql") as server:
        yield server


def markdown(summaries: list[dict[str, object]]) -> str:
    lines = [
        "| server | requests | queries/s | p50 ms | p99 ms | max ms | errors | runaway queries "
        "| cores: server, clients, other |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in summaries:
        runaways = "; ".join(str(r) for r in s["runaways"]) if s["runaways"] else "none"  # type: ignore[attr-defined]
        used: dict[str, float] = s["cores"]  # type: ignore[assignment]
        cores = f"{used['server']:.2f}, {used['client']:.2f}, {used['other']:.2f}"
        lines.append(
            f"| {s['target']} | {s['requests']:,} | {s['throughput_per_s']} | {s['p50_ms']} | {s['p99_ms']} "
            f"| {s['max_ms']} | {s['errors']} | {runaways} | {cores} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load per target (max 300)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runaways", type=int, default=4, help="runaway queries per target")
    parser.add_argument("--max-requests", type=int, default=500_000, help="cap on normal requests per target")
    parser.add_argument("--targets", nargs="+", default=["gcmkg", "gcmkg-nocache", "oxigraph"],
                        choices=["gcmkg", "gcmkg-nocache", "oxigraph"])  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write the summaries here")
    args = parser.parse_args()
    args.duration = min(args.duration, 300.0)
    summaries = []
    with tempfile.TemporaryDirectory(prefix="gcmkg-load-") as temporary:
        folder = Path(temporary)
        graph = folder / "gcmkg.nt"
        graph.write_bytes(default_ntriples())
        for target in args.targets:
            with target_server(target, graph, folder) as (url, pid):
                outcome = load(url, pid, target, args)
            summaries.append(outcome.summary())
            print(json.dumps(summaries[-1]), flush=True)
    print(markdown(summaries))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"summaries": summaries, "args": vars(args)}, indent=2, default=str))


if __name__ == "__main__":
    main()
