"""Hostile input against ``gcmkg serve``: no request a client writes may make the server call
out, write through an engine's own port, crash engines one after the other, or ride on another
site's name. The fuzz test sends generated spellings of SERVICE, LOAD and FROM aimed at a socket
of this test, which must never see a connection."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.server import ServerSettings
from graph.server.admission import Admission, Overloaded
from graph.server.running import RunningServer, running_server
from tests.loopback import Listener

SMALL = Path(__file__).parent / "data" / "server_small.nt"
TOKEN = "fuzz-token"
NEW = "<https://w3id.org/gcmkg/id/organization/new>"
LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
VARIANTS = 600


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.socket.close()


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    settings = ServerSettings(timeout=3, max_rows=100, write_token=TOKEN, source=SMALL, max_depth=64)
    with running_server(settings) as running:
        yield running


def spelled(rng: random.Random, word: str) -> str:
    """``word`` in random letter case, sometimes with a letter as a ``\\u`` escape."""
    letters = [c.upper() if rng.random() < 0.5 else c.lower() for c in word]
    if rng.random() < 0.2:
        index = rng.randrange(len(letters))
        letters[index] = f"\\u{ord(letters[index]):04X}"
    return "".join(letters)


def target(rng: random.Random, port: int) -> tuple[str, str]:
    """A prologue and a reference to the listener: a plain IRI, one with escapes, or a prefixed name."""
    kind = rng.randrange(3)
    if kind == 0:
        return "", f"<http://127.0.0.1:{port}/x>"
    if kind == 1:
        return "", f"<\\u0068ttp://127.0.0.1:{port}/\\u0041#>"
    return f"PREFIX p: <http://127.0.0.1:{port}/>{rng.choice([' ', chr(13), chr(10)])}", "p:x"


def blind(rng: random.Random) -> str:
    """Text the old scanner misread: comments that end at a carriage return, escapes in IRIs."""
    return rng.choice(
        ["# c\r", "#c\r\n", "# x\n", " ", "\t", "\r", "\f", "BIND(<http://x/\\u0041#> AS ?i) ", "", "#\r#\r"]
    )


def variant(rng: random.Random, port: int) -> tuple[str, str]:
    """One generated operation: ('query' or 'update', its text)."""
    prologue, iri = target(rng, port)
    space = rng.choice([" ", "\t", "\r", "\n", "\r\n"])
    silent = spelled(rng, "SILENT") + space if rng.random() < 0.5 else ""
    form = rng.randrange(5)
    if form == 0:
        where = f"{blind(rng)}{spelled(rng, 'SERVICE')}{space}{silent}{iri} {{ ?s ?p ?o }}"
        return "query", f"{prologue}SELECT * WHERE {{ {where} }}"
    if form == 1:
        named = spelled(rng, "NAMED") + space if rng.random() < 0.5 else ""
        return "query", f"{prologue}SELECT * {blind(rng)}{spelled(rng, 'FROM')}{space}{named}{iri} WHERE {{ ?s ?p ?o }}"
    if form == 2:
        return "update", f"{prologue}{blind(rng)}{spelled(rng, 'LOAD')}{space}{silent}{iri}"
    if form == 3:
        where = f"{blind(rng)}{spelled(rng, 'SERVICE')}{space}{silent}{iri} {{ ?s ?p ?o }}"
        return "update", f"{prologue}INSERT {{ ?s ?p ?o }} WHERE {{ {where} }}"
    return "update", f"{prologue}INSERT {{ ?s ?p ?o }} {blind(rng)}{spelled(rng, 'USING')} {iri} WHERE {{ ?s ?p ?o }}"


def test_generated_service_load_and_from_never_reach_the_network(server: RunningServer, listener: Listener) -> None:
    rng = random.Random(14)
    statuses: dict[int, int] = {}
    with httpx.Client(timeout=20) as client:
        for _ in range(VARIANTS):
            kind, text = variant(rng, listener.port)
            headers = {"Content-Type": f"application/sparql-{kind}"}
            if kind == "update":
                headers["Authorization"] = f"Bearer {TOKEN}"
            answer = client.post(f"{server.url}/sparql", content=text.encode(), headers=headers)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            assert str(listener.port) not in answer.text or answer.status_code == 400, (text, answer.text)
    assert listener.connections == 0, f"the listener was called; statuses {statuses}"
    assert sum(statuses.values()) >= 500
    assert set(statuses) <= {200, 204, 400, 500}, statuses


def test_the_engines_cannot_connect_even_when_asked_directly(server: RunningServer, listener: Listener) -> None:
    engine = server.backend.pool.engines[0]
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/direct> {{ ?s ?p ?o }} }}"
    answer = httpx.post(f"{engine.url}/query", data={"query": query}, timeout=10)
    assert listener.connections == 0
    assert "Operation not permitted" in answer.text


def test_relative_iris_resolve_against_the_public_address(server: RunningServer) -> None:
    answer = httpx.post(f"{server.url}/sparql", data={"query": "SELECT (<x> AS ?i) {}"}, headers={"Accept": "text/csv"})
    engine_ports = {str(engine.port) for engine in server.backend.pool.engines}
    assert answer.status_code == 200
    assert answer.text.split()[-1] == f"{server.url}/x"
    assert not any(port in answer.text for port in engine_ports)


def label_of_new(server: RunningServer) -> list[str]:
    query = f"SELECT ?l WHERE {{ {NEW} {LABEL} ?l }}"
    bindings = httpx.post(f"{server.url}/sparql", data={"query": query}).json()["results"]["bindings"]
    return [binding["l"]["value"] for binding in bindings]


def test_an_engine_port_takes_no_write_without_the_front(server: RunningServer) -> None:
    assert label_of_new(server) == []
    insert = f'INSERT DATA {{ {NEW} {LABEL} "Intruder" }}'
    for engine in server.backend.pool.engines:
        direct = httpx.post(f"{engine.url}/update", data={"update": insert}, timeout=10)
        assert direct.status_code >= 400
        put = httpx.put(
            f"{engine.url}/store?default", content=f"{NEW} {LABEL} \"Intruder\" .\n".encode(),
            headers={"Content-Type": "application/n-triples"}, timeout=10,
        )  # fmt: skip
        assert put.status_code >= 400
    assert label_of_new(server) == []


def test_a_write_through_the_front_is_seen_at_once_and_by_every_engine(server: RunningServer) -> None:
    assert label_of_new(server) == []  # cached now
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    insert = f'INSERT DATA {{ {NEW} {LABEL} "Front" }}'
    assert httpx.post(f"{server.url}/sparql", content=insert.encode(), headers=headers).status_code == 204
    assert label_of_new(server) == ["Front"]
    for engine in server.backend.pool.engines:  # every engine, not only the one that answered
        query = f"SELECT ?l WHERE {{ {NEW} {LABEL} ?l }}"
        direct = httpx.post(f"{engine.url}/query", data={"query": query}, headers={"Accept": "text/csv"})
        assert direct.text.split() == ["l", "Front"]
    delete = f"DELETE WHERE {{ {NEW} ?p ?o }}"
    assert httpx.post(f"{server.url}/sparql", content=delete.encode(), headers=headers).status_code == 204
    assert label_of_new(server) == []


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o " + "} " * 5000,
        "ASK { FILTER(" + "(" * 10000 + "1" + ")" * 10000 + ") }",
    ],
)
def test_deep_nesting_is_refused_before_any_engine(server: RunningServer, text: str) -> None:
    crashes, kills = server.backend.pool.crashes, server.backend.pool.kills
    answer = httpx.post(
        f"{server.url}/sparql", content=text.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert answer.status_code == 400
    assert "nests brackets" in answer.text and "at most 64" in answer.text
    assert (server.backend.pool.crashes, server.backend.pool.kills) == (crashes, kills)


def test_a_query_that_crashes_an_engine_is_not_run_again() -> None:
    settings = ServerSettings(timeout=5, source=SMALL, max_depth=1_000_000, engines=2)
    text = "SELECT * WHERE " + "{" * 20000 + "?s ?p ?o" + "}" * 20000
    with running_server(settings) as server:
        answer = httpx.post(
            f"{server.url}/sparql", content=text.encode(), headers={"Content-Type": "application/sparql-query"},
            timeout=30,
        )  # fmt: skip
        assert answer.status_code == 503 and "not run again" in answer.text
        assert answer.headers["retry-after"] == "1"
        assert server.backend.pool.crashes == 1, "only the engine that ran it crashed"
        ask = httpx.post(f"{server.url}/sparql", data={"query": "ASK {}"}, timeout=30)
        assert ask.json()["boolean"] is True


def test_a_query_doubling_a_string_hits_the_memory_cap_not_the_machine() -> None:
    settings = ServerSettings(timeout=10, source=SMALL, engine_memory=512 * 1024 * 1024, engines=1)
    doublings = " ".join(f"BIND(CONCAT(?x{n}, ?x{n}) AS ?x{n + 1})" for n in range(40))
    text = f'SELECT (STRLEN(?x40) AS ?n) WHERE {{ BIND("0123456789abcdef" AS ?x0) {doublings} }}'
    with running_server(settings) as server:
        answer = httpx.post(f"{server.url}/sparql", data={"query": text}, timeout=60)
        assert answer.status_code in (500, 503, 504), answer.text
        assert httpx.post(f"{server.url}/sparql", data={"query": "ASK {}"}, timeout=30).json()["boolean"] is True


def test_a_full_line_is_refused_at_once_with_retry_after() -> None:
    async def scenario() -> list[str]:
        admission = Admission(concurrency=1, queue=1)
        outcomes: list[str] = []
        release = asyncio.Event()

        async def hold() -> None:
            async with admission.slot(5):
                await release.wait()
            outcomes.append("first")

        async def wait_in_line() -> None:
            async with admission.slot(5):
                outcomes.append("second")

        first = asyncio.create_task(hold())
        await asyncio.sleep(0.05)
        second = asyncio.create_task(wait_in_line())
        await asyncio.sleep(0.05)
        with pytest.raises(Overloaded, match="busy"):
            async with admission.slot(5):
                pass
        outcomes.append("third refused")
        release.set()
        await asyncio.gather(first, second)
        return outcomes

    assert asyncio.run(scenario()) == ["third refused", "first", "second"]


def test_static_files_pages_and_hosts_are_guarded(server: RunningServer) -> None:
    static = httpx.get(f"{server.url}/static/editor.js")
    assert static.headers.get("x-content-type-options") == "nosniff"
    network = httpx.get(f"{server.url}/network", timeout=60)
    assert "frame-ancestors 'none'" in network.headers["content-security-policy"]
    assert "script-src 'sha256-" in network.headers["content-security-policy"]
    rebound = httpx.get(f"{server.url}/sparql", params={"query": "ASK {}"}, headers={"Host": "evil.example:80"})
    assert rebound.status_code == 421 and "--allow-host evil.example" in rebound.text
    for name in ("localhost", "127.0.0.1", "[::1]:8000"):
        assert httpx.get(f"{server.url}/", headers={"Host": name}).status_code == 200


def test_the_filter_refuses_a_machine_it_has_no_table_for() -> None:
    from graph.sparql.sandbox import SandboxUnavailable, filter_program

    assert len(filter_program("x86_64")) == len(filter_program("aarch64"))
    with pytest.raises(SandboxUnavailable):
        filter_program("riscv64")
