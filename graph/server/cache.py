"""Answers kept for repeated requests, and one engine run shared by identical requests in flight.

The served graph changes only through an authorized update, which empties the cache, so an
answer stays right until then. This is what lets 50 clients asking the library's questions over
and over get answers in milliseconds on two cores: the engine spends 1-25 ms of CPU on each
library query, which caps an uncached server near 300 queries a second (see README).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass

from graph.server.scan import text_facts


@dataclass(frozen=True)
class CachedAnswer:
    """A finished response: status, body, media type and the headers that describe the body."""

    status: int
    body: bytes
    media_type: str
    headers: tuple[tuple[str, str], ...] = ()


def is_repeatable(text: str) -> bool:
    """True when running ``text`` twice on the same data gives the same answer."""
    return text_facts(text).repeatable


class AnswerCache:
    """A least-recently-used map of answers bounded in bytes, with single flight: while an answer
    is being computed, identical requests wait for it instead of running the query again."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._answers: OrderedDict[Hashable, CachedAnswer] = OrderedDict()
        self._running: dict[Hashable, asyncio.Future[CachedAnswer]] = {}

    def clear(self) -> None:
        """Forget every answer (after the data changed)."""
        self._answers.clear()
        self.size = 0

    async def answer(self, key: Hashable, compute: Callable[[], Awaitable[CachedAnswer]]) -> CachedAnswer:
        """The cached answer for ``key``, else the one ``compute`` makes (kept if it is a 200).

        Errors are shared with the requests that waited, and not kept.
        """
        if self.max_bytes <= 0:
            return await compute()
        found = self._answers.get(key)
        if found is not None:
            self._answers.move_to_end(key)
            self.hits += 1
            return found
        running = self._running.get(key)
        if running is not None:
            self.hits += 1
            try:
                return await asyncio.shield(running)
            except asyncio.CancelledError:
                if not running.cancelled():
                    raise  # this request was cancelled, not the one it waited for
        self.misses += 1
        return await self._compute(key, compute)

    async def _compute(self, key: Hashable, compute: Callable[[], Awaitable[CachedAnswer]]) -> CachedAnswer:
        future: asyncio.Future[CachedAnswer] = asyncio.get_running_loop().create_future()
        self._running[key] = future
        try:
            answer = await compute()
        except asyncio.CancelledError:
            future.cancel()
            raise
        except Exception as error:
            future.set_exception(error)
            future.exception()  # marked as retrieved: nobody may be waiting
            raise
        finally:
            self._running.pop(key, None)
        future.set_result(answer)
        self._keep(key, answer)
        return answer

    def _keep(self, key: Hashable, answer: CachedAnswer) -> None:
        size = len(answer.body) + 512
        if answer.status != 200 or size > self.max_bytes // 8:
            return
        self._answers[key] = answer
        self.size += size
        while self.size > self.max_bytes:
            _key, evicted = self._answers.popitem(last=False)
            self.size -= len(evicted.body) + 512
