"""A second statement curated next to the seed: queries, statistics and the network page show both.

The statement in ``tests/data/second_statement/`` is made up for this test (Spanish, no event, a new
coalition with a seed organization among its members, two seed organizations signing directly).
Its files are added to a copy of the frozen seed data the way ``gcmkg accept`` writes them: the
YAML and source under ``statements/`` and ``sources/``, rows appended to the CSV tables.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.network.page import render_page
from graph.network.views import build_view
from graph.rdf.build import build
from graph.rdf.serialize import sorted_ntriples
from graph.rdf.stats import stats_tables
from graph.sparql.library import load_library, run_query, run_violation_checks, solution_rows
from tests.conftest import SEED_DATA

SECOND = Path(__file__).parent / "data" / "second_statement"
ID = "https://w3id.org/gcmkg/id/"
SEED_TITLE = "For a Safe, Dignified, and Rights-Based Migration!"
SECOND_TITLE = "Pronunciamiento de la sociedad civil ante el examen regional de 2026"


def add_second_statement(data_dir: Path) -> None:
    shutil.copy(SECOND / "sources" / "901_segunda.txt", data_dir / "sources")
    shutil.copy(SECOND / "statements" / "segunda-2026.yaml", data_dir / "statements")
    for table in ("organizations.csv", "memberships.csv", "based_in.csv"):
        with (data_dir / table).open("a", encoding="utf-8") as stream:
            stream.write((SECOND / table).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    data = tmp_path_factory.mktemp("two") / "data"
    shutil.copytree(SEED_DATA, data)
    add_second_statement(data)
    result = build(data.parent / "out", data_dir=data)  # validates: SHACL and violation queries
    store = ox.Store()
    store.bulk_load(sorted_ntriples(result.graph).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def rows(store: ox.Store, name: str, **values: str) -> list[dict[str, str]]:
    return solution_rows(run_query(store, load_library()[name], values))


def plain(value: str) -> str:
    """The lexical form of a literal as solution_rows writes it ('"2"^^<...integer>' -> '2')."""
    return value.split('"')[1] if value.startswith('"') else value


def test_the_overview_lists_both_statements(both: ox.Store) -> None:
    overview = {row["statement"].strip("<>"): row for row in rows(both, "statements_overview")}
    assert set(overview) == {f"{ID}statement/lac-2025-santiago", f"{ID}statement/segunda-2026"}
    second = overview[f"{ID}statement/segunda-2026"]
    assert plain(second["title"]) == SECOND_TITLE
    assert (plain(second["positions"]), plain(second["demands"]), plain(second["signatories"])) == ("5", "2", "4")


def test_supporters_come_from_both_statements(both: ox.Store) -> None:
    found = rows(both, "supporters_of_objective", objective="13")
    by_agent: dict[str, set[str]] = {}
    for row in found:
        by_agent.setdefault(row["agent"].strip("<>").rsplit("/", 1)[1], set()).add(row["statement"].strip("<>"))
    statements = {f"{ID}statement/lac-2025-santiago", f"{ID}statement/segunda-2026"}
    assert by_agent["caref"] == statements  # signed the seed, and is a member of the new coalition
    assert by_agent["alianza-americas"] == statements
    assert by_agent["puente-migrante"] == {f"{ID}statement/segunda-2026"}
    assert by_agent["cofamide"] == {f"{ID}statement/lac-2025-santiago"}


def test_the_slogan_alone_makes_no_support_in_the_new_statement(both: ox.Store) -> None:
    stances = rows(both, "supporters_by_stance")
    assert {plain(row["stance"]) for row in stances} == {"calls-for", "concerned-about", "commits-to"}
    objective_16 = {plain(row["stance"]) for row in stances if plain(row["notation"]) == "16"}
    assert "commits-to" in objective_16


def test_stats_count_both_statements_and_agree_with_the_queries(both: ox.Store) -> None:
    tables = {table.title: table for table in stats_tables(both)}
    classes = dict((label, int(count)) for label, count in tables["Resources per class"].rows)
    assert classes["statements"] == 2
    assert classes["positions"] == 35
    per_objective = {row[0]: int(row[3]) for row in tables["Support per GCM objective"].rows}
    for objective in ("5", "8", "13", "16"):
        agents = {row["agent"] for row in rows(both, "supporters_of_objective", objective=objective)}
        assert per_objective[objective] == len(agents) > 0


def test_no_violation_with_two_statements(both: ox.Store) -> None:
    assert [(name, found) for name, found in run_violation_checks(both) if found] == []


def test_the_network_page_shows_both_statements(both: ox.Store) -> None:
    page = render_page(build_view(both, "full"))
    assert SEED_TITLE.replace("!", "") in page
    assert "Pronunciamiento de la sociedad civil" in page
    assert "Colectivo Frontera Sur" in page and "Red Andina de Movilidad Humana" in page
