"""The served graph: an Oxigraph store made for this server run, its engines, the answer cache and
the questions the server's own pages ask.

The store lives in a temporary folder made at start and removed at exit; the graph it holds is
``--from FILE`` (N-Triples) or the graph built in memory from ``data/``, exactly what ``gcmkg
build`` writes. Everything (the SPARQL endpoint, the resource pages, the network page) reads it
through the same engines, so after an authorized update every view agrees.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, QueryResultsFormat, RdfFormat, Store, Triple, parse_query_results

from graph.rows import rows as solution_rows
from graph.server.admission import Admission
from graph.server.cache import AnswerCache
from graph.server.engine import Engine, load_store, oxigraph_binary
from graph.server.pool import EnginePool, EngineRequest
from graph.server.protocol import ProtocolError
from graph.server.results import parse_triples, refusal, split_failure
from graph.server.settings import ServerSettings
from graph.server.writer import run_update

Row = dict[str, object]
"""Seconds the whole graph may take to come out of the engine (for the network page)."""


def graph_ntriples(source: Path | None) -> bytes:
    """The graph to serve: a built N-Triples file, or the seed graph built from ``data/``."""
    if source is not None:
        return source.read_bytes()
    from graph.rdf.load import default_ntriples

    return default_ntriples()


@dataclass(frozen=True)
class PreparedStore:
    """An Oxigraph store on disk for one server run, with the folder to remove afterwards."""

    folder: Path
    location: Path
    binary: str

    @classmethod
    def create(cls, settings: ServerSettings, ntriples: bytes | None = None) -> PreparedStore:
        """Load the graph into a new store in a temporary folder (EngineError if it fails)."""
        binary = oxigraph_binary(settings.oxigraph)
        folder = Path(tempfile.mkdtemp(prefix="gcmkg-serve-"))
        try:
            data = ntriples if ntriples is not None else graph_ntriples(settings.source)
            location = load_store(binary, folder / "store", data)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cls(folder, location, binary)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def public_host(host: str, port: int) -> str:
    """``host:port`` as a Host header (IPv6 addresses in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Backend:
    """The engines and cache of a running server, and the queries its pages run on them."""

    def __init__(self, settings: ServerSettings, store: PreparedStore) -> None:
        self.settings = settings
        self.store = store
        self.sandboxed = not settings.allow_service
        self.memory = settings.engine_memory or None
        engines = [
            Engine(store.binary, store.location, settings.timeout, self.sandboxed, self.memory, name=f"engine-{number}")
            for number in range(1, settings.engine_count + 1)
        ]
        admission = Admission(settings.concurrency, settings.queue)
        self.pool = EnginePool(engines, settings.timeout, public_host(settings.host, settings.port), admission)
        self.cache = AnswerCache(settings.cache_bytes)
        self.generation = 0
        self._writing = asyncio.Lock()

    async def start(self) -> None:
        await self.pool.start()

    async def close(self) -> None:
        await self.pool.close()

    async def update(self, text: str) -> None:
        """Apply an authorized update (one at a time), restart the engines on the new store, then
        forget every cached answer: no answer computed before the write is served after it."""
        async with self._writing:
            base = f"http://{self.pool.host}/update"
            timeout = self.settings.timeout
            await run_update(self.store.binary, self.store.location, text, base, timeout, self.sandboxed, self.memory)
            self.data_changed()
            await self.pool.reload()
            self.data_changed()

    def data_changed(self) -> None:
        """After an update: no cached answer or page may be served any more."""
        self.generation += 1
        self.cache.clear()

    async def _answer(self, text: str, max_rows: int | None, timeout: float | None) -> bytes:
        answer = await self.pool.send(EngineRequest("query", text, max_rows=max_rows), timeout)
        if answer.status != 200:
            raise refusal(answer, text)
        body, failure = split_failure(answer.body)
        if failure is not None:
            raise ProtocolError(500, f"the server's own query failed: {failure}")
        return body

    async def rows(self, text: str, max_rows: int | None = None) -> list[Row]:
        """The solutions of a SELECT the server itself asks, as ``{variable: term}`` (unbound left out)."""
        results = parse_query_results(await self._answer(text, max_rows, None), QueryResultsFormat.TSV)
        return [{name: term for name, term in row.items() if term is not None} for row in solution_rows(results)]

    async def triples(self, text: str, timeout: float | None = None) -> list[Triple]:
        """The triples of a CONSTRUCT the server itself asks."""
        return parse_triples(await self._answer(text, None, timeout))

    async def dump(self) -> bytes:
        """The whole graph as N-Triples, as the store holds it now: read from the store's folder in a
        thread, not through an engine, so the server's own read is not held to a client's time limit."""
        return await asyncio.to_thread(dump_store, self.store.location)


def dump_store(location: Path) -> bytes:
    """The default graph of the Oxigraph store in ``location`` as N-Triples (opened read-only)."""
    dumped = Store.read_only(str(location)).dump(format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph())
    return dumped or b""
