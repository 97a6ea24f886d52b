"""``gcmkg serve`` as a person runs it: a real process that loads the graph, answers, and on
Ctrl-C stops its engines and removes its store. Run as ``python -m graph.cli.serve`` so the
test does not depend on how the command is registered in ``graph.cli``."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

DATA = Path(__file__).parent / "data"


def serve_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph.cli.serve", *args]


def children(pid: int) -> list[int]:
    """Process ids of the direct children of ``pid`` (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def store_folder(engine_pid: int) -> Path:
    """The store an engine process serves, from its command line."""
    words = Path(f"/proc/{engine_pid}/cmdline").read_bytes().decode().split("\0")
    return Path(words[words.index("--location") + 1]).parent


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serve_answers_then_cleans_up_when_stopped(stop: signal.Signals) -> None:
    port = free_port()
    process = subprocess.Popen(
        serve_command("--port", str(port), "--timeout", "3", "--from", str(DATA / "server_small.nt")),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        answer = None
        while answer is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK { ?s ?p ?o }"})
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer is not None and answer.json() == {"head": {}, "boolean": True}
        engines = children(process.pid)
        assert len(engines) == 2
        folder = store_folder(engines[0])
        assert folder.is_dir()
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    assert process.returncode in (0, -stop), err  # uvicorn re-raises SIGTERM after shutting down
    assert f"serving read-only on http://127.0.0.1:{port}/" in out
    assert not folder.exists(), "the store is removed at exit"
    assert all(not Path(f"/proc/{pid}").exists() for pid in engines), "the engines stopped with the server"


def test_serve_reports_a_graph_it_cannot_load() -> None:
    result = subprocess.run(
        serve_command("--port", str(free_port()), "--from", str(DATA / "server_broken.nt")),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("error: oxigraph could not load the graph")
    assert "Traceback" not in result.stderr


def test_serve_help_names_every_option() -> None:
    result = subprocess.run(serve_command("--help"), capture_output=True, text=True, timeout=60, check=True)
    for option in ("--host", "--port", "--timeout", "--max-rows", "--write-token", "--cors", "--allow-service",
                   "--from", "--cache-mb"):  # fmt: skip
        assert option in result.stdout
