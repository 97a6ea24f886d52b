"""UN Member States and their positions on the Compact: every State has one sourced vote, the
totals are the recorded ones, later changes are dated and sourced, and a query answers where a
State stood at a date."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from graph import paths
from graph.curation.curated import load_curated
from graph.errors import CurationError
from graph.namespaces import GCM, ID, A
from graph.rdf.build import BuildResult
from graph.rdf.validate import load_shapes, validate
from graph.sparql.library import load_library, run_query, solution_rows
from tests.conftest import select

LIBRARY = load_library()


def test_every_member_state_has_one_sourced_vote_and_the_recorded_totals(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?state ?vote ?date ?source WHERE { ?state a gcm:MemberState .
          ?v a gcm:VoteOnCompact ; gcm:state ?state ; gcm:positionKind/skos:notation ?vote ;
             dcterms:date ?date ; dcterms:source ?source }""",
    )
    assert len({r["state"] for r in rows}) == len(rows) == 193
    assert Counter(r["vote"] for r in rows) == {"in-favour": 152, "against": 5, "abstention": 12, "not-voting": 24}
    assert {r["date"] for r in rows} == {"2018-12-19"}
    assert all("http" in r["source"] and "(read 20" in r["source"] for r in rows)
    against = {r["state"].rsplit("/", 1)[1] for r in rows if r["vote"] == "against"}
    assert against == {"CZ", "HU", "IL", "PL", "US"}


def test_every_change_has_a_date_a_kind_and_a_source(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?p ?date ?kind ?source WHERE { ?p a gcm:PositionOnCompact ; dcterms:date ?date ;
          gcm:positionKind/skos:notation ?kind ; dcterms:source ?source
          FILTER NOT EXISTS { ?p a gcm:VoteOnCompact } }""",
    )
    assert rows and all(r["date"][:4].isdigit() and r["source"].startswith("http") for r in rows)
    assert {"withdrew", "rejoined", "champion"} <= {r["kind"] for r in rows}


@pytest.mark.parametrize(
    ("country", "date", "expected"),
    [
        ("BR", "2018-12-01", []),  # before its first record
        ("BR", "2018-12-12", ["in-favour"]),  # endorsed at Marrakech on 2018-12-10
        ("BR", "2018-12-19", ["in-favour"]),  # the vote
        ("BR", "2019-06-01", ["against"]),  # withdrew on 2019-01-08
        ("BR", "2023-06-01", ["in-favour"]),  # rejoined on 2023-01-05
        ("US", "2018-01-01", ["against"]),  # left the process in December 2017
        ("HU", "2025-01-01", ["against"]),
    ],
)
def test_a_countrys_position_at_a_date(store: ox.Store, country: str, date: str, expected: list[str]) -> None:
    results = run_query(store, LIBRARY["country_position_at_date"], {"country": country, "date": date})
    assert [row["position"].strip('"') for row in solution_rows(results)] == expected


def test_chile_signatories_are_listed_with_their_countrys_abstention(store: ox.Store) -> None:
    rows = solution_rows(run_query(store, LIBRARY["signatories_in_countries_against_or_abstaining"]))
    chile = {row["agent"] for row in rows if row["country"].endswith("/country/CL>")}
    assert "<https://w3id.org/gcmkg/id/organization/jrs-chile>" in chile
    assert {row["vote"].strip('"') for row in rows} <= {"against", "abstention"}


def test_statement_countries_keep_their_own_source_and_gain_other_names(store: ox.Store) -> None:
    rows = select(store, "SELECT ?label WHERE { id:country\\/MX skos:prefLabel ?label }")
    assert {r["label"] for r in rows} >= {"Mexico", "México", "Mexique"}
    sources = {r["s"] for r in select(store, "SELECT ?s WHERE { id:country\\/MX dcterms:source ?s }")}
    assert any("openmundi" in s for s in sources) and any("stefangabos" in s for s in sources)


def test_shacl_refuses_a_second_vote(built: BuildResult) -> None:
    graph = Graph()
    for triple in built.graph:
        graph.add(triple)
    extra = ID["compact-position/MX/vote-again"]
    graph.add((extra, A, GCM.VoteOnCompact))
    graph.add((extra, GCM.state, ID["country/MX"]))
    graph.add((extra, GCM.positionKind, ID["compact-position-kind/withdrew"]))
    graph.add((extra, URIRef("http://purl.org/dc/terms/date"), Literal("2018-12-19")))
    report = validate(graph, load_shapes(paths.ONTOLOGY_DIR))
    assert not report.conforms
    assert "exactly one recorded vote" in report.text and "one of the four vote outcomes" in report.text


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("table", "old", "new", "message"),
    [
        ("gcm_votes.csv", "\nAD,in-favour,", "\nAD,maybe,", r"gcm_votes.csv, row 2, field 'vote': 'maybe'"),
        ("gcm_votes.csv", "\nAD,in-favour,", "\nAE,in-favour,", r"field 'alpha2': no vote recorded for 'AD'"),
        ("gcm_position_changes.csv", "\nAT,2018-10-31,", "\nAT,2018-13-31,", r"changes.csv, row 2, field 'date'"),
        ("gcm_position_changes.csv", ",dissociated,", ",in-favour,", r"'in-favour' is not a change kind"),
        ("states.csv", "\nAR,ARG,032,", "\nAR,ARG,033,", r"states.csv, row \d+, field 'm49': '033' disagrees"),
    ],
)
def test_bad_state_data_is_refused(data_copy: Path, table: str, old: str, new: str, message: str) -> None:
    replace_in(data_copy / "links" / table, old, new)
    with pytest.raises(CurationError, match=message):
        load_curated(data_copy)
