"""A server started with a write token and a CORS origin, on a small graph: updates need the
token, change what every view answers, and cross-origin pages see only what ``--cors`` allows."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph.server import ServerSettings
from graph.server.app import exception_handlers
from graph.server.responses import INTERNAL_ERROR
from graph.server.running import RunningServer, running_server

SMALL = Path(__file__).parent / "data" / "server_small.nt"
TOKEN = "s3cret-token"
ORIGIN = "https://explorer.example"
NEW = "<https://w3id.org/gcmkg/id/organization/new>"
PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
LIMIT = 4096


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    settings = ServerSettings(
        timeout=2, max_rows=100, max_query_bytes=LIMIT, write_token=TOKEN, cors_origins=(ORIGIN,), source=SMALL
    )
    with running_server(settings) as running:
        yield running


def update(server: RunningServer, text: str, token: str | None = TOKEN) -> httpx.Response:
    headers = {"Content-Type": "application/sparql-update"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(f"{server.url}/sparql", content=text.encode(), headers=headers, timeout=10)


def label_of_new(server: RunningServer) -> list[str]:
    query = f"SELECT ?label WHERE {{ {NEW} {PREF_LABEL} ?label }}"
    bindings = httpx.post(f"{server.url}/sparql", data={"query": query}).json()["results"]["bindings"]
    return [binding["label"]["value"] for binding in bindings]


def test_an_update_without_the_token_is_refused(server: RunningServer) -> None:
    insert = f'INSERT DATA {{ {NEW} {PREF_LABEL} "Intruder" }}'
    missing = update(server, insert, token=None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert update(server, insert, token="wrong").status_code == 403
    form = httpx.post(f"{server.url}/sparql", data={"update": insert}, headers={"Authorization": "Bearer nope"})
    assert form.status_code == 403
    assert label_of_new(server) == []


def test_an_update_with_the_token_changes_every_view(server: RunningServer) -> None:
    assert label_of_new(server) == []  # now cached
    page = httpx.get(f"{server.url}/id/organization/new", headers={"Accept": "text/turtle"})
    assert page.status_code == 404
    response = update(server, f'INSERT DATA {{ {NEW} {PREF_LABEL} "Newcomer"@en }}')
    assert response.status_code == 204, response.text
    assert label_of_new(server) == ["Newcomer"], "the cached answer was dropped"
    page = httpx.get(f"{server.url}/id/organization/new", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<h1>Newcomer</h1>" in page.text
    assert update(server, f"DELETE WHERE {{ {NEW} ?p ?o }}").status_code == 204
    assert label_of_new(server) == []


def test_the_service_description_announces_updates(server: RunningServer) -> None:
    description = httpx.get(f"{server.url}/sparql", headers={"Accept": "application/n-triples"}).text
    assert "<http://www.w3.org/ns/sparql-service-description#SPARQL11Update>" in description


def test_load_and_service_stay_refused_with_the_token(server: RunningServer) -> None:
    load = update(server, "LOAD <http://127.0.0.1:9/data.ttl>")
    assert load.status_code == 400 and "LOAD is disabled" in load.text
    service = update(server, "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert service.status_code == 400 and "SERVICE is disabled" in service.text


def test_a_malformed_update_gets_400_with_its_position(server: RunningServer) -> None:
    response = update(server, "INSERT DATA { <x:a> <x:b> }")
    assert response.status_code == 400
    assert response.text.startswith("invalid SPARQL at line 1, column")


def test_get_cannot_update(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/sparql", params={"update": "DROP ALL"})
    assert response.status_code == 405


def test_queries_over_the_limit_get_413_by_get_and_post(server: RunningServer) -> None:
    big = "ASK {} #" + "x" * LIMIT
    assert httpx.get(f"{server.url}/sparql", params={"query": big}).status_code == 413
    assert httpx.post(f"{server.url}/sparql", data={"query": big}).status_code == 413
    assert update(server, "CLEAR DEFAULT #" + "x" * LIMIT).status_code == 413
    small = "ASK {} #" + "x" * (LIMIT - 100)
    assert httpx.get(f"{server.url}/sparql", params={"query": small}).status_code == 200


def test_cors_allows_the_named_origin_only(server: RunningServer) -> None:
    asking = {"Origin": ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "accept"}
    preflight = httpx.options(f"{server.url}/sparql", headers=asking)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    answer = httpx.get(f"{server.url}/sparql", params={"query": "ASK {}"}, headers={"Origin": ORIGIN})
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "X-Gcmkg-Truncated" in answer.headers["access-control-expose-headers"]
    other = httpx.get(f"{server.url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_without_cors_no_origin_is_allowed() -> None:
    with running_server(ServerSettings(source=SMALL, engines=1)) as plain:
        answer = httpx.get(f"{plain.url}/sparql", params={"query": "ASK {}"}, headers={"Origin": ORIGIN})
        assert answer.status_code == 200 and "access-control-allow-origin" not in answer.headers


def test_when_no_engine_can_run_clients_get_503_and_a_message() -> None:
    with running_server(ServerSettings(source=SMALL, engines=1, timeout=1)) as broken:
        assert httpx.get(f"{broken.url}/sparql", params={"query": "ASK {}"}).status_code == 200
        shutil.rmtree(broken.backend.store.location)  # no engine can start on it any more
        for engine in broken.backend.pool.engines:
            assert engine.process is not None
            os.kill(engine.process.pid, signal.SIGKILL)
        response = httpx.get(f"{broken.url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
        assert response.status_code == 503 and response.headers["retry-after"] == "1"
        # Which of the two refusals depends on whether the pool saw the kill before the request
        # reached the dead engine; neither retries the request on another engine.
        assert response.text in {
            "the SPARQL engine is restarting; try again in a moment\n",
            "the engine stopped while running this request (too large or too deeply nested?); it was not run again\n",
        }
        page = httpx.get(f"{broken.url}/id/organization/plain", headers={"Accept": "text/html"}, timeout=10)
        assert page.status_code == 503 and "Traceback" not in page.text


def test_a_bug_is_logged_and_answered_with_a_fixed_sentence(caplog: pytest.LogCaptureFixture) -> None:
    async def broken(_request: Request) -> Response:
        raise RuntimeError("secret internals")

    app = Starlette(routes=[Route("/broken", broken)], exception_handlers=exception_handlers())

    async def ask() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/broken")

    response = asyncio.run(ask())
    assert response.status_code == 500
    assert response.text == INTERNAL_ERROR + "\n"
    assert "secret internals" in caplog.text, "the details go to the server log"
