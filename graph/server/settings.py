"""What ``gcmkg serve`` may do and how much each request may cost, in one frozen value.

Every safety rule of the server reads its limit from here, so the command line, the tests and
the load benchmark configure the same thing the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class ServerSettings:
    """Limits and switches of one server instance.

    ``timeout`` is seconds per query (after which the client gets 504 and an engine that is still
    busy is killed and restarted); ``max_rows`` caps solutions or triples per answer;
    ``max_query_bytes`` caps the query or update text (413 beyond it). Updates are refused
    unless ``write_token`` is set. ``engines`` is how many read-only engine processes share the
    load. ``cache_bytes`` bounds the answer cache (0: none). ``engine_memory`` caps each engine's
    address space (bytes; 0: no cap). At most ``concurrency`` requests run on the engines at once;
    up to ``queue`` more wait (within their own time limit) and beyond that a request gets 503
    with ``Retry-After``. ``max_depth`` bounds the nesting of brackets in a query (400 beyond it).
    ``allowed_hosts`` are the Host header values accepted besides loopback names and ``host``.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 5.0
    max_rows: int = 10_000
    max_query_bytes: int = 64 * KIB
    write_token: str | None = None
    cors_origins: tuple[str, ...] = ()
    allow_service: bool = False
    source: Path | None = None
    engines: int = 2
    cache_bytes: int = 64 * MIB
    oxigraph: str | None = None
    engine_memory: int = 2048 * MIB
    concurrency: int = 8
    queue: int = 256
    max_depth: int = 64
    allowed_hosts: tuple[str, ...] = ()

    @property
    def writable(self) -> bool:
        """A write token turns on SPARQL Update (for bearers of the token only)."""
        return bool(self.write_token)

    @property
    def engine_count(self) -> int:
        """Read-only processes sharing the store (writes go through the front, not an engine)."""
        return max(1, self.engines)
