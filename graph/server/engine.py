"""Oxigraph server processes: the engine that evaluates every SPARQL request of ``gcmkg serve``.

Why a separate process rather than pyoxigraph in this one: a query running inside pyoxigraph
cannot be interrupted, and Oxigraph's own ``--timeout-s`` is only checked at some points of an
evaluation (a ``COUNT`` over a three-way cross product ran on for minutes after its limit). A
process can always be killed, and ``oxigraph serve-read-only`` answers a trivial query in under a
millisecond. Several read-only processes can open the same store, so a killed one does not leave
the server without an engine while it restarts (about 0.1 s).

Every engine is read-only, even on a writable server: its loopback port answers anyone on the
machine (and any web page's form POST), so it must not accept writes. Updates go through the
front, which checks the token and runs ``oxigraph update`` (see :mod:`graph.server.writer`).
Engines start with no network access (:mod:`graph.server.sandbox`) unless ``--allow-service``,
and with a cap on their address space, so one query cannot take the machine's memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import math
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from graph.errors import GcmkgError
from graph.sparql.sandbox import deny_network

STARTUP_SECONDS = 30.0
"""How long a new engine process may take to answer its first query."""


class EngineError(GcmkgError):
    """The engine cannot be found, cannot load the graph, or does not start."""


def oxigraph_binary(configured: str | None = None) -> str:
    """The ``oxigraph`` CLI: as configured, else next to this Python (where the PyPI package
    ``oxigraph`` installs it), else on PATH."""
    candidates = [configured] if configured else [str(Path(sys.executable).parent / "oxigraph"), "oxigraph"]
    for candidate in candidates:
        found = shutil.which(candidate)
        if found:
            return found
    raise EngineError("the oxigraph server CLI is not installed: pip install 'oxigraph>=0.5,<0.6' (or pass its path)")


def load_store(binary: str, location: Path, ntriples: bytes) -> Path:
    """A new on-disk Oxigraph store at ``location`` holding ``ntriples`` in its default graph."""
    try:
        subprocess.run(
            [binary, "load", "--location", str(location), "--format", "nt"],
            input=ntriples,
            capture_output=True,
            check=True,
            timeout=600,
            env=quiet_environment(),
        )
    except subprocess.CalledProcessError as error:
        raise EngineError(f"oxigraph could not load the graph: {oxigraph_message(error.stderr)}") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise EngineError(f"oxigraph could not load the graph: {error}") from None
    return location


def quiet_environment() -> dict[str, str]:
    """This environment without Rust backtraces, which would bury the error message, and with
    glibc's malloc kept to two arenas. Each arena reserves 64 MB of address space and a threaded
    process opens more of them when its threads contend for the CPU (up to eight per core), so under
    load the reservations alone could use up an engine's address-space cap (``--engine-memory-mb``)
    before any query ran, and oxigraph failed to start a thread ("Resource temporarily
    unavailable"). Two arenas keep the cap a measure of the memory a query uses."""
    return {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0", "MALLOC_ARENA_MAX": "2"}


def oxigraph_message(stderr: bytes) -> str:
    """The ``Error: ...`` part of what oxigraph printed (without advice or a backtrace)."""
    text = stderr.decode("utf-8", "replace")
    found = re.search(r"^Error: (.*?)(?:\n\s*\n|\nStack backtrace:|\Z)", text, re.MULTILINE | re.DOTALL)
    return (found.group(1) if found else text).strip()


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _die_with_parent() -> None:
    """Ask Linux to kill the engine if this server dies without cleaning up (kill -9)."""
    with contextlib.suppress(Exception):
        _PRCTL(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


try:
    _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
    _LINUX = sys.platform.startswith("linux")
except (OSError, AttributeError):
    _LINUX = False


def confinement(sandboxed: bool, memory_bytes: int | None) -> Callable[[], None] | None:
    """What a child process does before ``exec``: die with this server, lose network access
    (unless SERVICE is allowed) and cap its address space. Where that cannot be done the engine
    does not start (EngineError) rather than run with network access nobody allowed."""
    if not _LINUX:
        if sandboxed:
            raise EngineError("engines without network access need Linux (seccomp); start with --allow-service")
        return None

    def confine() -> None:
        _die_with_parent()
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        if sandboxed:
            deny_network()

    return confine


@dataclass
class Engine:
    """One Oxigraph server process on a private loopback port, and the requests it is serving."""

    binary: str
    location: Path
    timeout: float
    sandboxed: bool = True
    memory_bytes: int | None = None
    name: str = "engine"
    process: subprocess.Popen[bytes] | None = None
    port: int = 0
    inflight: int = 0
    restarts: int = 0
    stopping: bool = False
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        """``oxigraph serve-read-only`` with its own timeout as a second line of defence; the
        watchdog in the pool is the first."""
        seconds = str(max(1, math.ceil(self.timeout)))
        bind = f"127.0.0.1:{self.port}"
        return [
            self.binary,
            "serve-read-only",
            "--location",
            str(self.location),
            "--bind",
            bind,
            "--timeout-s",
            seconds,
        ]

    def crashed(self) -> bool:
        """True when the process ended by itself (a crash), not because the server stopped it."""
        return not self.stopping and self.process is not None and self.process.poll() is not None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    async def start(self, client: httpx.AsyncClient) -> None:
        """Spawn the process on a fresh port and wait until it answers ``ASK {}``."""
        self.ready.clear()
        self.stopping = False
        self.port = free_port()
        with self.log_path.open("wb") as log:
            try:
                self.process = subprocess.Popen(
                    self.command(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    preexec_fn=confinement(self.sandboxed, self.memory_bytes),
                    env=quiet_environment(),
                )
            except (OSError, subprocess.SubprocessError) as error:
                raise EngineError(f"oxigraph could not be started confined: {error}") from None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STARTUP_SECONDS
        while loop.time() < deadline:
            if not self.alive():
                raise EngineError(f"oxigraph exited at start: {self._stderr()}")
            with contextlib.suppress(httpx.TransportError):
                answer = await client.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1.0)
                if answer.status_code == 200:
                    self.ready.set()
                    return
            await asyncio.sleep(0.02)
        self.kill()
        raise EngineError(f"oxigraph did not answer within {STARTUP_SECONDS:.0f} s")

    def kill(self) -> None:
        """Stop the process at once (SIGKILL: a runaway query may ignore anything gentler)."""
        self.ready.clear()
        self.stopping = True
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()

    @property
    def log_path(self) -> Path:
        """Where the process writes its own messages (a file: a pipe nobody reads could fill up)."""
        return self.location.parent / f"{self.name}.log"

    def _stderr(self) -> str:
        """What the process said before it exited, for the error message."""
        try:
            return oxigraph_message(self.log_path.read_bytes()[-4000:])
        except OSError:
            return ""
