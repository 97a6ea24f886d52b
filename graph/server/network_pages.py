"""``/network``: the interactive network page of ``gcmkg network``, drawn from the served graph.

The page is built by ``graph.network.views`` (the view) and ``graph.network.page`` (the self-contained HTML)
from the graph as the engines hold it, once per view and version of the data: building takes a
fraction of a second, serving the built page nothing.
"""

from __future__ import annotations

import asyncio

import anyio
from pyoxigraph import RdfFormat, Store
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from graph.network.corpus import NETWORK_VIEWS, build_network
from graph.network.matrix import matrix_data, render_matrix_page
from graph.network.page import render_page
from graph.server.backend import Backend
from graph.server.protocol import ProtocolError
from graph.server.responses import guarded

PAGES = (*NETWORK_VIEWS, "matrix")
"""The pages ``/network?view=`` serves: the network views and the agent x objective matrix."""


def page_html(ntriples: bytes, view: str) -> str:
    """The page of ``view`` (a network view or ``matrix``) over the graph in ``ntriples``."""
    store = Store()
    store.bulk_load(ntriples, format=RdfFormat.N_TRIPLES)
    if view == "matrix":
        return render_matrix_page(matrix_data(store))
    for known in NETWORK_VIEWS:
        if view == known:
            return render_page(build_network(store, known))
    raise ValueError(f"unknown view {view!r}")


class NetworkPages:
    """The ``/network`` route of one server, with the pages it built for the current data."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._pages: dict[tuple[int, str], str] = {}
        self._lock = asyncio.Lock()

    @guarded
    async def handle(self, request: Request) -> Response:
        view = request.query_params.get("view", "full")
        if view not in PAGES:
            raise ProtocolError(400, f"unknown view '{view}'; choose one of {', '.join(PAGES)}")
        return HTMLResponse(await self.page(view), headers={"X-Content-Type-Options": "nosniff"})

    async def page(self, view: str) -> str:
        """The page of ``view`` for the data as it is now, built on first request."""
        async with self._lock:
            key = (self.backend.generation, view)
            if key not in self._pages:
                ntriples = await self.backend.dump()
                html = await anyio.to_thread.run_sync(page_html, ntriples, view)
                self._pages = {k: v for k, v in self._pages.items() if k[0] == key[0]}
                self._pages[key] = html
            return self._pages[key]
