"""A bounded wait for the engines: at most N requests run on them at once, at most Q more wait.

Under a burst (200 clients on two cores) letting every request reach the engines at once only
makes each one slow, until the time limit cuts them all. Here the excess waits in line, each
request for at most its own time limit, and when the line is full a request is answered at once
with 503 and ``Retry-After`` instead of joining a wait it could not survive.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from graph.errors import GcmkgError

RETRY_AFTER = "1"


class Overloaded(GcmkgError):
    """The server is at its limit of running and waiting requests; try again shortly."""


class Admission:
    """``concurrency`` slots for running requests, and a line of at most ``queue`` waiting ones."""

    def __init__(self, concurrency: int, queue: int) -> None:
        self.concurrency = max(1, concurrency)
        self.queue = max(0, queue)
        self.waiting = 0
        self.refused = 0
        self._slots = asyncio.Semaphore(self.concurrency)

    @asynccontextmanager
    async def slot(self, wait: float) -> AsyncIterator[None]:
        """Hold a slot for the block, after waiting at most ``wait`` seconds for one."""
        if self._slots.locked() and self.waiting >= self.queue:
            self.refused += 1
            raise Overloaded(f"the server is busy ({self.concurrency} running, {self.waiting} waiting); try again")
        self.waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), max(wait, 0.001))
        except TimeoutError:
            self.refused += 1
            raise Overloaded(f"the server is busy: no engine was free within {wait:g} s; try again") from None
        finally:
            self.waiting -= 1
        try:
            yield
        finally:
            self._slots.release()
