"""The same library on a second real store: Virtuoso 7 (Debian's ``virtuoso-opensource``).

A session fixture writes a minimal ``virtuoso.ini`` in a temporary folder with free ports, starts
``virtuoso-t`` in the foreground, lets the anonymous SPARQL user write (``isql-vt``: ``GRANT
SPARQL_UPDATE TO "SPARQL"``), pushes the seed graph with ``gcmkg push`` to Virtuoso's Graph Store
endpoint ``/sparql-graph-crud`` into a named graph, and queries ``/sparql`` with that graph as
the default graph (``?default-graph-uri=``; Virtuoso's own default graph is the union of all its
graphs, system graphs included). Nothing is installed here: the package must be (``.ci/run``).

Dialect differences and their workarounds (docs/stores.md):

- Virtuoso has no boolean values in results: a stored ``true`` comes back as ``"1"^^xsd:boolean``
  and a comparison or EXISTS as ``1`` (``xsd:integer``); a whole decimal such as ``1.0`` comes
  back as the integer ``1``. Answers are compared by value (:func:`by_value`).
- HAVING without GROUP BY is refused (SP031): ``concept_scheme_violation`` filters its counts
  outside the subquery instead.
- REPLACE refuses a pattern that can match the empty string: ``search_demands`` puts a ``#`` in
  front of the words and in its pattern.
- A join of two DISTINCT subqueries loses rows (1254 of 2200 pairs):
  ``support_not_derived_violation`` drops the inner DISTINCT that the outer one makes redundant.
"""

from __future__ import annotations

import itertools
import json
import shlex
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli.query import push_command, query_command
from graph.rdf.load import default_ntriples
from graph.sparql.library import Query, load_library, run_query, solution_rows
from graph.sparql.remote import run_remote
from tests.conftest import free_port

LIBRARY = load_library()
GRAPH = "https://w3id.org/gcmkg/graph/virtuoso-test"
XSD = "http://www.w3.org/2001/XMLSchema#"
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


def binary(name: str) -> str:
    found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    if not found:
        pytest.fail(f"{name} not found: install Debian's virtuoso-opensource (see the README's test command)")
    return found


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"virtuoso-t exited with {process.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"Virtuoso did not answer at {url} within {seconds:g} s")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a fresh Virtuoso on free loopback ports, stopped after the session."""
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    log = folder / "out.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [binary("virtuoso-t"), "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
            cwd=folder,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a signal to Virtuoso reaches no one else
        )
    base = f"http://127.0.0.1:{http}"
    try:
        wait_for(f"{base}/sparql?query=ASK%7B%7D", process, log)
        grant = 'GRANT SPARQL_UPDATE TO "SPARQL";'
        subprocess.run([binary("isql-vt"), str(sql), "dba", "dba", f"exec={grant}"], check=True,
                       capture_output=True, timeout=60)  # fmt: skip
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "gcmkg.nt"
    path.write_bytes(default_ntriples())
    return path


@pytest.fixture(scope="session")
def endpoint(virtuoso: str, seed_path: Path) -> str:
    """Virtuoso's query URL with the pushed graph as default graph, after ``gcmkg push``."""
    result = CliRunner().invoke(
        push_command, ["--endpoint", f"{virtuoso}/sparql-graph-crud", "--graph", GRAPH, "--from", str(seed_path)]
    )
    assert result.exit_code == 0, result.output
    assert "Graph Store" in result.output
    return f"{virtuoso}/sparql?default-graph-uri={GRAPH}"


def by_value(term: str) -> str:
    """A result term in N-Triples form, with Virtuoso's value-preserving rewrites undone:
    booleans as 0/1 and whole decimals as integers."""
    literal = term.rpartition("^^")
    if not literal[1]:
        return term
    lexical, datatype = literal[0].strip('"'), literal[2].strip("<>")
    if datatype == XSD + "boolean" and lexical in {"true", "false", "1", "0"}:
        return f"number:{float(lexical in {'true', '1'})}"
    if datatype in {XSD + "decimal", XSD + "integer"} and lexical.replace(".", "", 1).lstrip("-").isdigit():
        return f"number:{float(lexical)}"
    return term


def rows_by_value(results: Any) -> Counter[str]:
    return Counter(
        json.dumps({name: by_value(value) for name, value in row.items()}, sort_keys=True)
        for row in solution_rows(results)
    )


def triples_by_value(results: Any) -> set[str]:
    return {f"{t.subject} {t.predicate} {by_value(str(t.object))}" for t in results}


def example_values(query: Query) -> dict[str, str]:
    words = shlex.split(query.examples[0])
    pairs = [value.partition("=") for flag, value in itertools.pairwise(words) if flag in {"--param", "-p"}]
    return {name: value for name, _, value in pairs}


@pytest.fixture(scope="session")
def seed_store(seed_path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(seed_path), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.mark.parametrize("query", LIBRARY.values(), ids=list(LIBRARY))
def test_virtuoso_answers_every_library_query_as_embedded(query: Query, endpoint: str, seed_store: ox.Store) -> None:
    for values in ({}, example_values(query)):
        embedded, remote = run_query(seed_store, query, values), run_remote(endpoint, query, values, timeout=120)
        if query.form == "SELECT":
            expected = rows_by_value(embedded)
            assert rows_by_value(remote) == expected, f"{query.name} {values} differs on Virtuoso"
        elif query.form == "ASK":
            assert bool(remote) == bool(embedded)
        else:
            assert triples_by_value(remote) == triples_by_value(embedded)


def test_the_push_is_complete_and_idempotent(virtuoso: str, endpoint: str, seed_path: Path) -> None:
    again = CliRunner().invoke(
        push_command, ["--endpoint", f"{virtuoso}/sparql-graph-crud", "--graph", GRAPH, "--from", str(seed_path)]
    )
    assert again.exit_code == 0
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(
        f"{virtuoso}/sparql",
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        count = int(json.load(response)["results"]["bindings"][0]["n"]["value"])
    assert count == len(list(ox.parse(seed_path.read_bytes(), ox.RdfFormat.N_TRIPLES)))


def test_a_dialect_difference_is_a_value_not_a_fact(endpoint: str) -> None:
    """The boolean workaround is needed: Virtuoso does answer 1 where the embedded store says true."""
    rows = solution_rows(run_remote(endpoint, LIBRARY["organizations_per_country"], {}))
    assert {row["listed"] for row in rows} <= {f'"1"^^<{XSD}integer>', f'"0"^^<{XSD}integer>'}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_cli_query_endpoint_on_virtuoso(endpoint: str, seed_path: Path, fmt: str) -> None:
    runner = CliRunner()
    args = ["country_position_at_date", "-p", "country=BR", "-p", "date=2023-06-01", "--format", fmt]
    remote = runner.invoke(query_command, [*args, "--endpoint", endpoint])
    local = runner.invoke(query_command, [*args, "--from", str(seed_path)])
    assert remote.exit_code == 0 and local.exit_code == 0, remote.output
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    assert "rejoined" in remote.stdout


def test_cli_query_with_the_virtuoso_graph(virtuoso: str, endpoint: str, tmp_path: Path) -> None:
    """``--with`` loads the graph from Virtuoso's Graph Store (GET) next to a local file.

    SERVICE to Virtuoso is not the way: pyoxigraph's SERVICE client POSTs the query as
    ``application/sparql-query``, and Virtuoso 7.2 never answers such a request (it reads form
    posts, which ``--endpoint`` sends)."""
    local = tmp_path / "note.nt"
    local.write_text('<https://w3id.org/gcmkg/id/country/BR> <https://example.org/note> "checked" .\n', "utf-8")
    query = tmp_path / "join.rq"
    query.write_text(
        "# title: Join\n# description: Brazil's vote from Virtuoso joined with a local note.\n"
        "# example: gcmkg query join.rq\n"
        "SELECT ?kind ?note WHERE {\n"
        "  <https://w3id.org/gcmkg/id/country/BR> <https://example.org/note> ?note .\n"
        "  GRAPH ?virtuoso { ?v a <https://w3id.org/gcmkg/ontology#VoteOnCompact> ;\n"
        "    <https://w3id.org/gcmkg/ontology#state> <https://w3id.org/gcmkg/id/country/BR> ;\n"
        "    <https://w3id.org/gcmkg/ontology#positionKind> ?kind } }\n",
        encoding="utf-8",
    )
    graph_store = f"{virtuoso}/sparql-graph-crud?{urllib.parse.urlencode({'graph': GRAPH})}"
    args = [str(query), "--from", str(local), "--with", graph_store, "--format", "csv"]
    result = CliRunner().invoke(query_command, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["https://w3id.org/gcmkg/id/compact-position-kind/in-favour,checked"]
