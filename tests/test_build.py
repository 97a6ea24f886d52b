"""Building: curator-facing errors, SHACL, determinism, atomic writes and export round-trips."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph import paths
from graph.errors import CurationError, ValidationError
from graph.namespaces import GCM, ID
from graph.rdf.build import BuildResult, build
from graph.rdf.serialize import jsonld, load_context, serialize, turtle
from tests.conftest import SEED_DATA


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {path.name}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def curation_errors(data_dir: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(CurationError) as caught:
        build(tmp_path / "out", data_dir=data_dir)
    return [str(error) for error in caught.value.errors]


def test_build_writes_sorted_ntriples_turtle_void_and_docs(built: BuildResult) -> None:
    nt, ttl, docs, void = built.outputs
    assert (nt.name, ttl.name, docs.name, void.name) == ("gcmkg.nt", "gcmkg.ttl", "ontology.html", "void.ttl")
    lines = nt.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(built.graph)
    assert isomorphic(Graph().parse(ttl, format="turtle"), built.graph)
    description = Graph().parse(void, format="turtle")
    assert len(description) > 50 and all((triple in built.graph) for triple in description)
    assert "<code>gcm:supports</code>" in docs.read_text(encoding="utf-8")


def test_build_is_byte_identical_when_run_twice(built: BuildResult, tmp_path: Path) -> None:
    again = build(tmp_path, data_dir=SEED_DATA)
    for first, second in zip(built.outputs, again.outputs, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_missing_name_is_reported_with_file_row_and_field(data_copy: Path, tmp_path: Path) -> None:
    replace_in(
        data_copy / "organizations.csv",
        "cels,organization,Centro de Estudios Legales y Sociales,",
        "cels,organization,,",
    )
    errors = curation_errors(data_copy, tmp_path)
    assert "organizations.csv, row 58, field 'pref_label': required value is empty" in errors


def test_unknown_objective_is_reported(data_copy: Path, tmp_path: Path) -> None:
    replace_in(data_copy / "statements" / "lac-2025-santiago.yaml", "objective: 14", "objective: 99")
    errors = curation_errors(data_copy, tmp_path)
    assert (
        "statements/lac-2025-santiago.yaml, field 'positions[17] (strengthen-consular-services)"
        ".addresses[0].objective': unknown objective '99' (the GCM has 1-23)"
    ) in errors


def test_quote_not_in_source_is_reported(data_copy: Path, tmp_path: Path) -> None:
    replace_in(
        data_copy / "statements" / "lac-2025-santiago.yaml",
        "We demand justice for missing migrants",
        "We demand justice for all missing migrants",
    )
    errors = curation_errors(data_copy, tmp_path)
    assert any(
        "positions[4] (justice-for-missing-migrants).quote': text not found verbatim in "
        "sources/000_ba5cef3e2e24ca91.txt: 'We demand justice for all missing migrants" in error
        for error in errors
    ), errors


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("countries.csv", "MX,MEX,484", "MX,MEX,48", "countries.csv, row 17, field 'm49': expected three digits"),
        (
            "organizations.csv",
            ",faith-based|media,",
            ",faith|media,",
            "organizations.csv, row 5, field 'kinds': unknown kind 'faith'",
        ),
        (
            "based_in.csv",
            "cdms,MX,(CDMS)- Mexico",
            "cdms,MX,(CDMS)- Honduras",
            "based_in.csv, row 25, field 'evidence': '(CDMS)- Honduras' is not written in or just after",
        ),
        ("based_in.csv", "catp,PE,", "catp,XX,", "based_in.csv, row 4, field 'country': unknown country code 'XX'"),
        (
            "memberships.csv",
            "cels,lac-bloc,memberOf",
            "cels,act-alliance,memberOf",
            "memberships.csv, row 15, field 'organization': 'act-alliance' is not a coalition",
        ),
        (
            "organizations.csv",
            ",Sin Fronteras IAP,Listed",
            ",Sin Fronteras AC,Listed",
            "organizations.csv, row 43, field 'written_as': 'Sin Fronteras AC' is not written in any source",
        ),
    ],
)
def test_bad_rows_name_file_row_and_field(
    data_copy: Path, tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    replace_in(data_copy / file, old, new)
    errors = curation_errors(data_copy, tmp_path)
    assert any(error.startswith(expected) for error in errors), errors


def test_shacl_rejects_a_demand_without_objective(data_copy: Path, tmp_path: Path) -> None:
    statement = data_copy / "statements" / "lac-2025-santiago.yaml"
    text = statement.read_text(encoding="utf-8")
    start = text.index("  addresses:\n  - objective: 14")
    end = text.index("- id: decent-work-and-skills-recognition")
    statement.write_text(text[:start] + "  addresses: []\n" + text[end:], encoding="utf-8")
    with pytest.raises(ValidationError, match="A demand must address at least one"):
        build(tmp_path / "out", data_dir=data_copy)


def test_failed_build_leaves_previous_output_untouched(data_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, data_dir=data_copy)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    replace_in(data_copy / "persons.csv", "elba-coria,Elba Coria", "elba-coria,")
    with pytest.raises(CurationError):
        build(out, data_dir=data_copy)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_turtle_jsonld_turtle_round_trip_is_isomorphic(built: BuildResult) -> None:
    ttl = turtle(built.graph)
    document = jsonld(Graph().parse(data=ttl, format="turtle"), load_context(paths.ONTOLOGY_DIR))
    assert json.loads(document)["@context"]["memberOf"] == {"@id": "org:memberOf", "@type": "@id"}
    back = Graph().parse(data=document, format="json-ld")
    assert isomorphic(Graph().parse(data=turtle(back), format="turtle"), built.graph)


def test_trig_puts_the_graph_in_a_named_graph(built: BuildResult) -> None:
    text = serialize(built.graph, "trig", paths.ONTOLOGY_DIR)
    assert "<https://w3id.org/gcmkg/id/graph/gcmkg>" in text


def run_cli(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GCMKG_HOME": str(home)} if home else dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "graph", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_cli_build_reports_a_broken_row_without_traceback(home_copy: Path, tmp_path: Path) -> None:
    replace_in(
        home_copy / "data" / "organizations.csv",
        "cels,organization,Centro de Estudios Legales y Sociales,",
        "cels,organization,,",
    )
    result = run_cli("build", "--out", str(tmp_path / "out"), home=home_copy)
    assert result.returncode == 1
    assert "organizations.csv, row 58, field 'pref_label': required value is empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_build_and_export(tmp_path: Path) -> None:
    result = run_cli("build", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "SHACL conforms" in result.stdout
    exported = run_cli("export", "--format", "nt", "--from", str(tmp_path / "gcmkg.nt"))
    assert exported.stdout == (tmp_path / "gcmkg.nt").read_text(encoding="utf-8")


def test_cli_stats_shows_real_counts(home_copy: Path) -> None:
    result = run_cli("stats", home=home_copy)
    assert result.returncode == 0, result.stderr
    assert "│ organizations      │ 91    │" in result.stdout
    assert "│ 8         │ Save lives" in result.stdout


MINIMAL = Path(__file__).parent / "data" / "minimal_statement"


def add_minimal_statement(data_dir: Path) -> None:
    """Add the fixture statement: its source, YAML, and rows appended to the seed's tables."""
    shutil.copy(MINIMAL / "sources" / "900_minimal.txt", data_dir / "sources")
    shutil.copy(MINIMAL / "statements" / "minimal-2025.yaml", data_dir / "statements")
    for table in ("organizations.csv", "memberships.csv", "based_in.csv"):
        with (data_dir / table).open("a", encoding="utf-8") as stream:
            stream.write((MINIMAL / table).read_text(encoding="utf-8"))


def test_a_statement_without_event_or_country_list_with_a_nested_member_list(data_copy: Path, tmp_path: Path) -> None:
    add_minimal_statement(data_copy)
    result = build(tmp_path / "out", data_dir=data_copy)
    records = set(result.graph.subjects(GCM.throughStatement, ID["statement/minimal-2025"]))
    supporters = {str(result.graph.value(r, GCM.agent)) for r in records}
    assert {result.graph.value(r, GCM.supported) for r in records} == {ID["objective/13"]}
    assert supporters == {str(ID[f"organization/{o}"]) for o in ("red-ejemplo", "colectivo-uno", "colectivo-dos")}
    assert (ID["organization/colectivo-uno"], GCM.basedIn, ID["country/GT"]) in result.graph


def test_a_member_outside_the_coalition_list_is_refused(data_copy: Path, tmp_path: Path) -> None:
    add_minimal_statement(data_copy)
    source = data_copy / "sources" / "900_minimal.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("  - Colectivo Dos", "Colectivo Dos"), encoding="utf-8")
    errors = curation_errors(data_copy, tmp_path)
    assert any("'Colectivo Dos' is not written in the coalition's list" in error for error in errors), errors
