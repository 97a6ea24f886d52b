"""Engines shared by all requests, the watchdog that stops runaway queries, and retries that hide
the restarts from everybody else.

A request first waits for a slot (:mod:`graph.server.admission`), then gets its time limit on an
engine. If the engine has not answered by then, the client is told so and that engine is
retired: it takes no new request, a fresh engine replaces it at once, and it is killed as soon as
the other requests it was running have finished (each within its own limit). Oxigraph keeps
evaluating some runaway queries long after the connection is gone, so closing it is not enough,
but only the query past its deadline pays for it. When the server itself stops an engine (after
an update) the requests it was running are sent again; reads are idempotent. When an engine
*crashes*, the requests it was running are not retried: one of them crashed it, and running it
again would crash the next engine too.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, replace

import httpx

from graph.errors import GcmkgError
from graph.server.admission import Admission
from graph.server.engine import Engine, EngineError

log = logging.getLogger("gcmkg.serve")

ENGINE_ACCEPT = "text/tab-separated-values, application/n-triples;q=0.9"
"""What the server asks the engine for: line-based formats, so rows can be counted and cut while
they stream, and which pyoxigraph converts losslessly into every format a client may want."""

MAX_ANSWER_BYTES = 256 * 1024 * 1024
"""No answer is held in memory beyond this, whatever the row cap."""

ATTEMPTS = 3
CRASH_GRACE = 0.5
"""Seconds a dropped connection waits for its engine to be seen exiting (a crash) before retrying."""


class QueryTimeout(GcmkgError):
    """The engine did not answer within the time limit; it was stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"the query was stopped after the time limit of {seconds:g} s")


class EngineUnavailable(GcmkgError):
    """No engine could take the request before its deadline (all were restarting)."""


class EngineCrashed(GcmkgError):
    """The engine running the request died by itself; the request is not run again."""


@dataclass(frozen=True)
class EngineRequest:
    """One SPARQL operation for the engine: a query or an update, with protocol parameters
    (``default-graph-uri`` and the like) and an optional cap on answer lines."""

    operation: str
    text: str
    params: tuple[tuple[str, str], ...] = ()
    max_rows: int | None = None
    accept: str = ENGINE_ACCEPT


@dataclass(frozen=True)
class EngineAnswer:
    """What the engine said: its status, the media type and the body, cut at the row cap."""

    status: int
    content_type: str
    body: bytes
    truncated: bool


async def read_capped(chunks: AsyncIterator[bytes], max_lines: int | None) -> tuple[bytes, bool]:
    """The body up to its ``max_lines``-th line, and whether a further line was cut off.

    Reading stops as soon as the cap is passed, so a query that would stream without end costs
    only what the cap allows; trailing text without a line end (an engine error, or an ASK
    answer) is kept.
    """
    parts: list[bytes] = []
    lines = size = 0
    async for chunk in chunks:
        count = chunk.count(b"\n")
        if max_lines is not None and lines + count > max_lines:
            parts.append(chunk[: _nth_newline(chunk, max_lines - lines) + 1])
            return b"".join(parts), True
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            body = b"".join(parts)
            return body[: body.rfind(b"\n") + 1], True
        lines += count
        parts.append(chunk)
    return b"".join(parts), False


def _nth_newline(chunk: bytes, n: int) -> int:
    """Index of the ``n``-th line end in ``chunk`` (n >= 1), or -1 for n = 0."""
    index = -1
    for _ in range(n):
        index = chunk.index(b"\n", index + 1)
    return index


class EnginePool:
    """The engine processes, the HTTP client that talks to them, and their restarts."""

    def __init__(
        self, engines: list[Engine], timeout: float, host: str = "", admission: Admission | None = None
    ) -> None:
        self.engines = engines
        self.timeout = timeout
        self.host = host
        self.admission = admission or Admission(8 * len(engines), 256)
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(None), limits=httpx.Limits(max_connections=None, max_keepalive_connections=128)
        )
        self.kills = 0
        self.crashes = 0
        self._serial = itertools.count(len(engines) + 1)
        self._restarting: dict[str, asyncio.Task[None]] = {}

    async def start(self) -> None:
        await asyncio.gather(*(engine.start(self.client) for engine in self.engines))

    async def close(self) -> None:
        for task in list(self._restarting.values()):
            task.cancel()
        for engine in self.engines:
            engine.kill()
        await self.client.aclose()

    async def send(self, request: EngineRequest, timeout: float | None = None) -> EngineAnswer:
        """The engine's answer to ``request``, within ``timeout`` seconds (the pool's by default)
        once it has a slot, which it waits for at most as long.

        Raises Overloaded when no slot frees in time, QueryTimeout when the limit passes (and
        retires the engine that had the request), EngineCrashed when its engine died under it,
        EngineUnavailable when no engine could take it.
        """
        limit = self.timeout if timeout is None else timeout
        async with self.admission.slot(limit):
            return await self._send(request, limit)

    async def _send(self, request: EngineRequest, limit: float) -> EngineAnswer:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        for _attempt in range(ATTEMPTS):
            engine = await self._ready_engine(deadline)
            engine.inflight += 1
            try:
                return await asyncio.wait_for(self._exchange(engine, request), max(deadline - loop.time(), 0.001))
            except TimeoutError:
                self.retire(engine, f"a request ran past the time limit of {limit:g} s")
                raise QueryTimeout(limit) from None
            except httpx.TransportError:
                if await self._crashed(engine):
                    raise EngineCrashed(
                        "the engine stopped while running this request (too large or too deeply nested?); "
                        "it was not run again"
                    ) from None
                if not engine.alive():
                    self.restart(engine, "the process had exited")
            finally:
                engine.inflight -= 1
        raise EngineUnavailable("the SPARQL engine is restarting; try again in a moment")

    async def _crashed(self, engine: Engine) -> bool:
        """Whether ``engine`` died by itself (restarting it if so) after a dropped connection."""
        loop = asyncio.get_running_loop()
        until = loop.time() + CRASH_GRACE
        while engine.alive() and loop.time() < until:
            await asyncio.sleep(0.02)
        if not engine.crashed():
            return False
        self.crashes += 1
        self.restart(engine, "the process crashed")
        return True

    async def _exchange(self, engine: Engine, request: EngineRequest) -> EngineAnswer:
        headers = {"Content-Type": f"application/sparql-{request.operation}", "Accept": request.accept}
        if self.host:
            headers["Host"] = self.host  # relative IRIs resolve against the public address, not the engine's
        url = f"{engine.url}/{request.operation}"
        data = request.text.encode("utf-8")
        async with self.client.stream("POST", url, content=data, params=request.params, headers=headers) as response:
            content_type = response.headers.get("content-type", "")
            header = 1 if content_type.startswith("text/tab-separated-values") else 0
            max_lines = None if request.max_rows is None else request.max_rows + header
            body, truncated = await read_capped(response.aiter_bytes(), max_lines)
            return EngineAnswer(response.status_code, content_type, body, truncated)

    async def _ready_engine(self, deadline: float) -> Engine:
        """The live engine with the fewest requests in flight, waiting for one if all restart."""
        loop = asyncio.get_running_loop()
        while True:
            for engine in list(self.engines):
                if engine.ready.is_set() and not engine.alive():
                    self.restart(engine, "the process had exited")
            ready = [engine for engine in self.engines if engine.ready.is_set()]
            if ready:
                return min(ready, key=lambda engine: engine.inflight)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise EngineUnavailable("the SPARQL engine is restarting; try again in a moment")
            waiters = [asyncio.ensure_future(engine.ready.wait()) for engine in self.engines]
            try:
                await asyncio.wait(waiters, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    def restart(self, engine: Engine, reason: str) -> None:
        """Kill ``engine`` now and start it again in the background (once, however many ask)."""
        if engine.name in self._restarting:
            return
        log.warning("restarting %s: %s", engine.name, reason)
        self.kills += 1
        engine.kill()
        self._background(engine.name, self._start_again(engine))

    def retire(self, engine: Engine, reason: str) -> None:
        """Take ``engine`` out of service for a fresh one; kill it once its other requests end."""
        if engine not in self.engines or engine.name in self._restarting:
            return
        log.warning("replacing %s: %s", engine.name, reason)
        self.kills += 1
        fresh = replace(engine, name=f"engine-{next(self._serial)}", process=None, port=0, inflight=0, restarts=0)
        fresh.ready = asyncio.Event()
        self.engines[self.engines.index(engine)] = fresh
        engine.ready.clear()
        self._background(fresh.name, self._start_again(fresh))
        self._background(engine.name, self._kill_when_idle(engine))

    async def _kill_when_idle(self, engine: Engine) -> None:
        while engine.inflight > 0 and engine.alive():
            await asyncio.sleep(0.05)
        engine.kill()

    def _background(self, name: str, work: Coroutine[object, object, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._restarting[name] = task
        task.add_done_callback(lambda _task: self._restarting.pop(name, None))

    async def reload(self) -> None:
        """Restart every engine, one after the other (after an update: they see the new store)."""
        for engine in list(self.engines):
            engine.kill()
            await self._start_again(engine)

    async def _start_again(self, engine: Engine) -> None:
        """Start ``engine`` until it runs, waiting a little longer after each failure."""
        pause = 0.1
        while True:
            try:
                await engine.start(self.client)
                engine.restarts += 1
                return
            except EngineError as error:
                log.error("%s did not restart: %s", engine.name, error)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 5.0)
