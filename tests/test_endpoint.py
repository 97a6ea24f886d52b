"""The same library on a real SPARQL endpoint: an ``oxigraph serve`` started on a loopback port.

The server is started once per session, the seed graph is pushed to it, and every library query
must return the same rows remotely as on the embedded store. Error paths (unreachable host,
timeout, HTTP errors, rejected SPARQL) are exercised against real sockets, never mocks.
"""

from __future__ import annotations

import http.server
import itertools
import json
import shlex
import socket
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli.query import push_command, query_command
from graph.sparql.library import Query, load_library, read_query, run_query, solution_rows
from graph.sparql.push import graph_store_url, push_graph, update_requests, update_url_for
from graph.sparql.remote import USER_AGENT, run_remote
from tests.conftest import free_port, seed_ntriples, start_oxigraph

LIBRARY = load_library()
TEST_DATA = Path(__file__).parent / "data"
NAMED_GRAPH = "https://w3id.org/gcmkg/graph/test"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a fresh Oxigraph server on a free loopback port, stopped after the session."""
    query_url, process = start_oxigraph(tmp_path_factory.mktemp("oxigraph"), [])
    try:
        yield query_url.removesuffix("/query")
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def seed() -> bytes:
    return seed_ntriples()


@pytest.fixture(scope="session")
def endpoint(server: str, seed: bytes) -> str:
    """The query URL of the server, after the seed graph was pushed to its default graph."""
    report = push_graph(f"{server}/store", seed)
    assert report.method.startswith("Graph Store")
    return f"{server}/query"


def count(server: str, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    request = urllib.request.Request(
        f"{server}/query",
        data=f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}".encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def example_values(query: Query) -> dict[str, str]:
    """The --param values of the query's first example line."""
    words = shlex.split(query.examples[0])
    pairs = [value.partition("=") for flag, value in itertools.pairwise(words) if flag in {"--param", "-p"}]
    return {name: value for name, _, value in pairs}


def same_answer(query: Query, embedded: Any, remote: Any) -> bool:
    if query.form == "SELECT":
        rows = [json.dumps(r, sort_keys=True) for r in solution_rows(embedded)]
        return Counter(rows) == Counter(json.dumps(r, sort_keys=True) for r in solution_rows(remote))
    return {str(t) for t in embedded} == {str(t) for t in remote}


# -------------------------------------------------------------------- the library, remotely


@pytest.mark.parametrize("query", LIBRARY.values(), ids=list(LIBRARY))
def test_remote_rows_equal_embedded_rows(query: Query, endpoint: str, store: ox.Store) -> None:
    for values in ({}, example_values(query)):
        embedded = run_query(store, query, values)
        remote = run_remote(endpoint, query, values)
        assert same_answer(query, embedded, remote), f"{query.name} {values} differs remotely"


@pytest.mark.parametrize(
    "value",
    [
        '" } ; DROP ALL #',
        "x'''y } UNION { ?s ?p ?o }",
        'back\\slash \\u0022 \\" end',
        "line\nbreak\ttab",
        "ñandú ✓ <b>",
    ],
)
def test_remote_parameters_arrive_as_the_literal_typed(endpoint: str, seed: bytes, value: str) -> None:
    echo = read_query(TEST_DATA / "query_echo.rq")
    rows = solution_rows(run_remote(endpoint, echo, {"value": value}))
    assert rows == [
        {"value": str(ox.Literal(value)), "length": f'"{len(value)}"^^<http://www.w3.org/2001/XMLSchema#integer>'}
    ]
    assert count(endpoint.removesuffix("/query")) == len(list(ox.parse(seed, ox.RdfFormat.N_TRIPLES)))


def test_remote_typed_parameters(endpoint: str, store: ox.Store) -> None:
    typed = read_query(TEST_DATA / "query_typed.rq")
    values = {"number": "-4", "ratio": ".25", "flag": "no", "day": "2026-05-05", "thing": "https://example.org/x"}
    assert solution_rows(run_remote(endpoint, typed, values)) == solution_rows(run_query(store, typed, values))


# --------------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_cli_remote_output_matches_embedded(endpoint: str, seed_path: Path, fmt: str) -> None:
    runner = CliRunner()
    args = ["supporters_of_objective", "-p", "objective=8", "--format", fmt]
    remote = runner.invoke(query_command, [*args, "--endpoint", endpoint])
    local = runner.invoke(query_command, [*args, "--from", str(seed_path)])
    assert remote.exit_code == 0 and local.exit_code == 0
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


def test_cli_remote_construct(endpoint: str) -> None:
    result = CliRunner().invoke(
        query_command, ["demand_provenance_graph", "--endpoint", endpoint, "--format", "jsonld"]
    )
    assert result.exit_code == 0
    assert len(list(ox.parse(result.stdout_bytes, ox.RdfFormat.JSON_LD))) > 10


def test_cli_remote_invalid_sparql(endpoint: str) -> None:
    result = CliRunner().invoke(query_command, [str(TEST_DATA / "query_bad_syntax.rq"), "--endpoint", endpoint])
    assert result.exit_code == 2
    assert "rejected the query" in result.stderr and "^" in result.stderr
    assert "Traceback" not in result.output


@pytest.fixture(scope="session")
def seed_path(tmp_path_factory: pytest.TempPathFactory, seed: bytes) -> Path:
    path = tmp_path_factory.mktemp("seed") / "gcmkg.nt"
    path.write_bytes(seed)
    return path


# ------------------------------------------------------------------------------- failures


def test_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(query_command, ["gaps", "--endpoint", url])
    assert result.exit_code == 1
    assert f"cannot reach {url}" in result.stderr and "Traceback" not in result.output


def test_timeout() -> None:
    """A socket that accepts connections and never answers."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        started = time.monotonic()
        result = CliRunner().invoke(query_command, ["gaps", "--endpoint", url, "--timeout", "1"])
    assert result.exit_code == 1
    assert "did not answer within 1 s" in result.stderr
    assert time.monotonic() - started < 10


def test_http_error_from_the_endpoint(server: str) -> None:
    result = CliRunner().invoke(query_command, ["gaps", "--endpoint", f"{server}/no-such-path"])
    assert result.exit_code == 1
    assert "answered HTTP 404" in result.stderr and "Traceback" not in result.output


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with 503 and remembers what it was sent."""

    seen: list[dict[str, str]] = []  # noqa: RUF012 (shared by the server's handler instances)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length).decode("utf-8")
        Recorder.seen.append({"method": "POST", "agent": self.headers["User-Agent"], "body": body})
        self.send_response(503, "Service Unavailable")
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"down for maintenance")

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


@pytest.fixture
def recorder() -> Iterator[str]:
    Recorder.seen.clear()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    httpd.shutdown()
    httpd.server_close()


def test_other_http_errors_and_the_request_itself(recorder: str) -> None:
    result = CliRunner().invoke(query_command, ["search_demands", "-p", "words=a b", "--endpoint", recorder])
    assert result.exit_code == 1
    assert "answered HTTP 503 Service Unavailable: down for maintenance" in result.stderr
    request = Recorder.seen[0]
    assert request["method"] == "POST" and request["agent"] == USER_AGENT
    assert request["agent"].startswith("gcmkg/0.1") and "+https://w3id.org/gcmkg" in request["agent"]
    assert "VALUES+%28%3Fwords%29" in request["body"]  # the parameter travels as a VALUES block


# ------------------------------------------------------------------------------------- push


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_push_twice_leaves_the_same_triples(server: str, seed: bytes, method: str) -> None:
    graph = f"{NAMED_GRAPH}/{method}"
    expected = len(list(ox.parse(seed, ox.RdfFormat.N_TRIPLES)))
    for _ in range(2):
        report = push_graph(f"{server}/store", seed, graph, method=method, batch_size=4000)  # type: ignore[arg-type]
        assert report.triples == expected
        assert count(server, graph) == expected
    assert report.requests == (1 if method == "gsp" else 1 + -(-expected // 4000))


def test_push_falls_back_to_update_when_there_is_no_graph_store(server: str, seed: bytes) -> None:
    report = push_graph(f"{server}/query", seed, f"{NAMED_GRAPH}/fallback")
    assert report.method.startswith("SPARQL Update")
    assert count(server, f"{NAMED_GRAPH}/fallback") == report.triples


def test_push_replaces_what_was_there(server: str) -> None:
    graph = f"{NAMED_GRAPH}/replace"
    push_graph(f"{server}/store", b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", graph)
    push_graph(f"{server}/store", b'<http://example.org/a> <http://example.org/b> "d" .\n', graph, method="update")
    assert count(server, graph) == 1


def test_cli_push(server: str, seed_path: Path, endpoint: str) -> None:
    result = CliRunner().invoke(push_command, ["--endpoint", f"{server}/store", "--from", str(seed_path)])
    assert result.exit_code == 0
    assert "pushed" in result.stdout and "to the default graph" in result.stdout
    assert count(server) == len(list(ox.parse(seed_path.read_bytes(), ox.RdfFormat.N_TRIPLES)))


def test_push_helpers() -> None:
    assert graph_store_url("http://h/store", None) == "http://h/store?default"
    assert graph_store_url("http://h/ds?x=1", "http://g/1") == "http://h/ds?x=1&graph=http%3A%2F%2Fg%2F1"
    assert update_url_for("http://h:7878/store") == "http://h:7878/update"
    assert update_url_for("http://h:3030/ds/data") == "http://h:3030/ds/update"
    assert update_url_for("http://h:8890/sparql") == "http://h:8890/sparql"
    updates = list(
        update_requests([ox.Triple(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal('q"}'))], None, 10)
    )
    assert updates == ["CLEAR SILENT DEFAULT", 'INSERT DATA {\n<http://a> <http://b> "q\\"}" .\n}']
