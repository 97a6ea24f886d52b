"""``gcmkg query`` on the embedded engine makes no request the user did not allow: the query runs
where no connection can be opened, so a SERVICE the scanner misses still reaches nothing."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli.query import query_command
from graph.sparql.confined import run_offline
from graph.sparql.library import Query, QueryError, read_query, solution_rows
from tests.loopback import Listener

SMALL = Path(__file__).parent / "data" / "server_small.nt"


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.socket.close()


def small_store() -> ox.Store:
    store = ox.Store()
    store.load(SMALL.read_bytes(), format=ox.RdfFormat.N_TRIPLES)
    return store


def query_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "q.rq"
    path.write_bytes(text.encode())
    return path


def test_a_service_hidden_behind_a_carriage_return_is_refused_by_the_cli(tmp_path: Path, listener: Listener) -> None:
    text = f"SELECT * WHERE {{ # note\rSERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(query_command, [str(query_file(tmp_path, text)), "--from", str(SMALL)])
    assert result.exit_code == 2
    assert listener.connections == 0


def test_the_embedded_engine_cannot_connect_whatever_the_query_says(tmp_path: Path, listener: Listener) -> None:
    store = small_store()
    rng = random.Random(7)
    for number in range(60):
        blind = rng.choice(["# c\r", "", "BIND(<http://x/\\u0041#> AS ?i) ", "\t"])
        silent = rng.choice(["", "SILENT "])
        text = f"SELECT * WHERE {{ {blind}{rng.choice(['SERVICE', 'service', 'SeRvIcE'])} {silent}"
        text += f"<http://127.0.0.1:{listener.port}/{number}> {{ ?s ?p ?o }} }}"
        query = read_query(query_file(tmp_path, text))
        try:
            run_offline(store, query)
        except QueryError as error:
            assert "network access" in str(error) or "SERVICE" in str(error) or "invalid" in str(error)
    assert listener.connections == 0


def test_offline_results_equal_the_embedded_ones(tmp_path: Path) -> None:
    store = small_store()
    query: Query = read_query(query_file(tmp_path, "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o LIMIT 20"))
    assert solution_rows(run_offline(store, query)) == solution_rows(store.query(query.text))
    ask = read_query(query_file(tmp_path, "ASK { ?s ?p ?o }"))
    assert bool(run_offline(store, ask)) is True
    construct = read_query(query_file(tmp_path, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"))
    assert len(list(run_offline(store, construct))) == 5
