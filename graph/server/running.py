"""A server running in a background thread of this process, for tests, benchmarks and notebooks.

The same application as ``gcmkg serve`` (uvicorn, the engines, every rule) on a free loopback
port; leaving the ``with`` block stops it, kills its engines and removes its store.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import uvicorn
from starlette.applications import Starlette

from graph.server.app import create_app
from graph.server.backend import Backend, PreparedStore
from graph.server.engine import EngineError, free_port
from graph.server.settings import ServerSettings


class RunningServer:
    """A server started by :func:`running_server`: its base URL and its live state."""

    def __init__(self, url: str, app: Starlette) -> None:
        self.url = url
        self.app = app

    @property
    def backend(self) -> Backend:
        backend: Backend = self.app.state.backend
        return backend


@contextmanager
def running_server(settings: ServerSettings, ntriples: bytes | None = None) -> Iterator[RunningServer]:
    """Serve ``ntriples`` (default: ``settings.source`` or the seed graph) until the block ends.

    >>> with running_server(ServerSettings(timeout=2)) as server:  # doctest: +SKIP
    ...     httpx.get(f"{server.url}/sparql", params={"query": "ASK {}"}).text
    '{"head":{},"boolean":true}'
    """
    settings = replace(settings, host="127.0.0.1", port=free_port())
    store = PreparedStore.create(settings, ntriples)
    app = create_app(settings, store)
    config = uvicorn.Config(
        app, host=settings.host, port=settings.port, log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="gcmkg-serve", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise EngineError("the server did not start (see the log above)")
            time.sleep(0.02)
        yield RunningServer(f"http://{settings.host}:{settings.port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        store.remove()
