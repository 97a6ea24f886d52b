"""``create_app``: the ASGI application of ``gcmkg serve`` for one prepared store.

Routes: ``/`` the query editor, ``/sparql`` the endpoint, ``/id/...`` the resources, ``/network``
the network page, ``/.well-known/void`` the dataset description, ``/static/...`` the editor's
files. The engines start with the application (lifespan) and are killed with it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from graph.server.backend import Backend, PreparedStore
from graph.server.editor import editor_config, editor_tabs
from graph.server.guards import HostCheck, NoSniffStaticFiles, allowed_hosts
from graph.server.network_pages import NetworkPages
from graph.server.pages import PAGE_HEADERS, render, script_json
from graph.server.resources import ResourcePages
from graph.server.responses import http_error, internal_error
from graph.server.settings import ServerSettings
from graph.server.sparql import ROWS, TRUNCATED, SparqlEndpoint
from graph.sparql.library import load_library

DATASET_PATH = "/id/dataset/gcmkg"


def static_folder() -> Path:
    """The editor's files (YASGUI, its licence, the page script and styles) in the package."""
    return Path(str(resources.files("graph.server").joinpath("static")))


def editor_page(settings: ServerSettings) -> str:
    """The editor's HTML, with the library's queries as tabs."""
    config = editor_config("/sparql", editor_tabs(load_library()))
    return render(
        "editor.html.jinja", config=script_json(config), endpoint="/sparql", writable=settings.writable,
        timeout=f"{settings.timeout:g}", max_rows=f"{settings.max_rows:,}",
    )  # fmt: skip


def middleware(settings: ServerSettings) -> list[Middleware]:
    """The Host check, and CORS for the origins named with ``--cors`` (none by default)."""
    host_check = Middleware(HostCheck, allowed=allowed_hosts(settings.host, settings.allowed_hosts))
    if not settings.cors_origins:
        return [host_check]
    return [
        host_check,
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=[ROWS, TRUNCATED],
        ),
    ]


def exception_handlers() -> dict[Any, Any]:
    """Plain-text answers for Starlette's own refusals, and the last resort for bugs."""
    return {HTTPException: http_error, Exception: internal_error}


def create_app(settings: ServerSettings, store: PreparedStore) -> Starlette:
    """The application serving ``store`` under ``settings``' rules."""
    backend = Backend(settings, store)
    editor = editor_page(settings)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        """Engines start with the application; at shutdown they stop and the store is removed
        (here, because uvicorn re-raises SIGTERM once shut down, ending the process at once)."""
        try:
            await backend.start()
            yield
        finally:
            await backend.close()
            store.remove()

    async def home(_request: Request) -> Response:
        return HTMLResponse(editor, headers=PAGE_HEADERS)

    async def void(_request: Request) -> Response:
        return RedirectResponse(DATASET_PATH, status_code=303)

    sparql = SparqlEndpoint(backend)
    routes = [
        Route("/", home),
        Route("/sparql", sparql.handle, methods=["GET", "POST"]),
        Route("/id/{path:path}", ResourcePages(backend).handle),
        Route("/network", NetworkPages(backend).handle),
        Route("/.well-known/void", void),
        Mount("/static", NoSniffStaticFiles(directory=static_folder()), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware(settings),
        exception_handlers=exception_handlers(),
        lifespan=lifespan,
    )
    app.state.backend = backend
    return app
