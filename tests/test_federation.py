"""Joining the graph with other RDF (--with) and with other endpoints (SERVICE, only when named)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from graph.cli.query import query_command
from tests.conftest import start_oxigraph

DATA = Path(__file__).parent / "data"


def run(*args: str) -> Result:
    result = CliRunner().invoke(query_command, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def csv_rows(result: Result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_with_an_sdg_file_labels_the_links_out() -> None:
    result = run(str(DATA / "federation_sdg_join.rq"), "--with", str(DATA / "federation_sdg_targets.ttl"),
                 "--format", "csv")  # fmt: skip
    rows = csv_rows(result)
    assert [(r["objective"], r["target"]) for r in rows] == [
        ("5", "http://metadata.un.org/sdg/10.7"),
        ("20", "http://metadata.un.org/sdg/10.c"),
    ]
    assert rows[0]["label"].startswith("Facilitate orderly, safe, regular")
    assert f"loaded <{(DATA / 'federation_sdg_targets.ttl').resolve().as_uri()}> as a named graph" in result.stderr


def test_with_a_second_statement_finds_who_signed_both() -> None:
    rows = csv_rows(run(str(DATA / "federation_statement_join.rq"), "--with",
                        str(DATA / "federation_other_statement.ttl"), "--format", "csv"))  # fmt: skip
    assert [r["organization"] for r in rows] == ["https://w3id.org/gcmkg/id/organization/cels"]


def test_with_a_missing_file_is_a_clear_error() -> None:
    result = run("gaps", "--with", "no-such-file.ttl")
    assert result.exit_code == 2
    assert "--with no-such-file.ttl: no such file" in result.stderr


SERVICE_QUERY = """# title: Countries from another endpoint
SELECT ?code WHERE {{ SERVICE <{endpoint}> {{ ?c <https://w3id.org/gcmkg/ontology#iso3166Alpha2> ?code }} }}
ORDER BY ?code LIMIT 3
"""


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("remote")
    countries = folder / "countries.ttl"
    predicate = "<https://w3id.org/gcmkg/ontology#iso3166Alpha2>"
    countries.write_text(
        "".join(f'<https://example.org/c/{c}> {predicate} "{c}" .\n' for c in ("AR", "BO", "BR", "CL"))
    )
    url, process = start_oxigraph(folder / "db", [countries])
    yield url
    process.terminate()


def test_service_is_refused_unless_the_user_names_the_endpoint(remote: str, tmp_path: Path) -> None:
    query = tmp_path / "service.rq"
    query.write_text(SERVICE_QUERY.format(endpoint=remote), encoding="utf-8")
    refused = run(str(query))
    assert refused.exit_code == 2
    assert f"the query calls SERVICE {remote}, which gcmkg does not contact unasked" in refused.stderr
    allowed = run(str(query), "--service", remote, "--format", "csv")
    assert [r["code"] for r in csv_rows(allowed)] == ["AR", "BO", "BR"]


def test_service_with_a_variable_target_is_never_run(tmp_path: Path) -> None:
    query = tmp_path / "variable.rq"
    query.write_text("# title: t\nSELECT * WHERE { ?e a ?t . SERVICE ?e { ?s ?p ?o } }\n", encoding="utf-8")
    result = run(str(query), "--service", "?e")
    assert result.exit_code == 2 and "a SERVICE with a variable target is never run" in result.stderr
