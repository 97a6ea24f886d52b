"""The matrix and co-signature pages in headless Chromium, from file://, on the three-statement fixture.

tests/data/corpus_three.ttl lists who takes part in which statement; the counts below follow from
it. The pages forbid eval (their CSP), so the tests read state with ``page.evaluate`` of plain
functions and wait on selectors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.network.corpus import build_network
from graph.network.matrix import matrix_data, write_matrix_page
from graph.network.page import write_page
from tests.browser import DrawnPage

THREE = Path(__file__).parent / "data" / "corpus_three.ttl"
ID = "https://w3id.org/gcmkg/id/"
ORG = ID + "organization/"
HOSTILE = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("views")
    store = ox.Store()
    store.load(path=str(THREE), format=ox.RdfFormat.TURTLE)
    return {
        "matrix": write_matrix_page(matrix_data(store), folder / "matrix.html"),
        "cosignature": write_page(build_network(store, "cosignature"), folder / "cosignature.html"),
        "full": write_page(build_network(store, "full"), folder / "full.html"),
    }


class Opened(DrawnPage):
    """A view's page, drawn, with what it logged and requested."""

    def check_clean(self) -> None:
        assert self.requests == [self.url], "no request leaves the page"
        assert self.errors() == []
        assert self.js("() => window.__pwned") is None


@pytest.fixture
def matrix(browser: Any, pages: dict[str, Path]) -> Iterator[Opened]:
    opened = Opened(browser, pages["matrix"])
    yield opened
    opened.check_clean()
    opened.context.close()


@pytest.fixture
def cosignature(browser: Any, pages: dict[str, Path]) -> Iterator[Opened]:
    opened = Opened(browser, pages["cosignature"])
    yield opened
    opened.check_clean()
    opened.context.close()


def row_names(opened: Opened) -> list[str]:
    return [cell.text_content() for cell in opened.page.query_selector_all("#matrix-body th")]


def rows(opened: Opened) -> list[dict[str, Any]]:
    return list(opened.js("() => gcmkgMatrix.rows()"))


def row_of(opened: Opened, iri: str) -> dict[str, Any]:
    return next(row for row in rows(opened) if row["id"] == iri)


# ------------------------------------------------------------------------ the matrix


def test_matrix_draws_every_agent_sorted_by_total(matrix: Opened) -> None:
    assert matrix.page.locator("#matrix-head th").count() == 2 + 33
    assert len(row_names(matrix)) == 7
    assert row_names(matrix)[0] == "Tern Aid", "Tern Aid signed all three: 4 demand positions"
    assert row_of(matrix, ORG + "tern")["total"] == 4
    assert [row["total"] for row in rows(matrix)] == [4, 3, 3, 3, 3, 1, 1]
    assert matrix.page.locator("#page-info").text_content() == "Agents 1\u20137 of 7 (page 1 of 1)"


def test_matrix_sorts_by_any_column(matrix: Opened) -> None:
    seven = "#matrix-head button[data-column='6']"  # objective 7 is the seventh column
    matrix.page.click(seven)
    assert matrix.page.get_attribute("#matrix-head th:nth-child(9)", "aria-sort") == "descending"
    assert [row["counts"][6] for row in rows(matrix)] == [2, 1, 1, 1, 1, 1, 1]
    matrix.page.click(seven)
    assert [row["counts"][6] for row in rows(matrix)] == [1, 1, 1, 1, 1, 1, 2]
    matrix.page.click("#matrix-head button[data-column='name']")
    names = row_names(matrix)
    assert names[-2:] == ["Tern Aid", "Wren Legal Clinic"], "names ascending on the first click"
    matrix.page.click("#matrix-head button[data-column='name']")
    assert row_names(matrix) == names[::-1]


def test_matrix_filters_by_statement_country_kind_coalition(matrix: Opened) -> None:
    beta = ID + "statement/beta"
    index = matrix.js("(iri) => gcmkgMatrix.data.statements.findIndex((s) => s.id === iri)", beta)
    matrix.page.select_option("#filter-statement", [str(index)])
    assert sorted(row["id"] for row in rows(matrix)) == sorted([ORG + "tern", ORG + "wren", ORG + "hostile"])
    assert row_of(matrix, ORG + "tern")["total"] == 1, "only beta's demand counts now"
    matrix.page.click("#filter-reset")
    matrix.page.select_option("#filter-country", "PT")
    assert sorted(row["id"] for row in rows(matrix)) == [ORG + "heron", ORG + "kestrel"]
    matrix.page.select_option("#filter-country", "")
    matrix.page.select_option("#filter-kind", "agent:person")
    assert [row["id"] for row in rows(matrix)] == [ID + "person/ines"]
    matrix.page.select_option("#filter-kind", "organization:union")
    assert [row["id"] for row in rows(matrix)] == [ORG + "kestrel"]
    matrix.page.select_option("#filter-kind", "")
    matrix.page.select_option("#filter-coalition", "0")
    members = [ORG + "heron", ORG + "kestrel", ORG + "shoreline", ID + "person/ines"]
    assert sorted(row["id"] for row in rows(matrix)) == sorted(members)


def test_matrix_counts_by_kind_of_position(matrix: Opened) -> None:
    assert row_of(matrix, ORG + "tern")["counts"][6] == 2
    matrix.page.check("#filter-relations input[value='1']")  # concern
    assert row_of(matrix, ORG + "tern")["counts"][6] == 3
    matrix.page.check("#filter-relations input[value='2']")  # commitment
    assert row_of(matrix, ORG + "tern")["counts"][11] == 1
    matrix.page.uncheck("#filter-relations input[value='0']")  # no demands
    assert row_of(matrix, ORG + "tern")["total"] == 2


def test_a_cell_shows_its_quotes_as_text(matrix: Opened) -> None:
    row = matrix.page.locator("#matrix-body tr", has=matrix.page.locator("th", has_text="Tern Aid"))
    row.locator("td").nth(1 + 6).locator("button").click()  # after the total, objective 7
    assert matrix.page.is_visible("#panel")
    quotes = [q.text_content() for q in matrix.page.query_selector_all("#panel .quote")]
    assert quotes == [
        "We ask that every port give travellers clear information and a safe place to rest.",
        "Lower the risks of the <script>alert(1)</script> road & protect those who walk it.",
    ]
    assert matrix.page.locator("#panel script").count() == 0
    sources = [s.text_content() for s in matrix.page.query_selector_all("#panel .source")]
    assert sources[0] == "Demand · position 1 of “Harbour Declaration on Safe Passage” (2024-05) · signed directly"


def test_hostile_name_is_text(matrix: Opened) -> None:
    assert HOSTILE in row_names(matrix)
    assert matrix.page.locator("img").count() == 0


def test_timeline_lists_statements_by_date_and_filters(matrix: Opened) -> None:
    matrix.page.click("#timeline-section summary")
    lines = [
        [cell.text_content() for cell in row.query_selector_all("td, th")][:5]
        for row in matrix.page.query_selector_all("#timeline-body tr")
    ]
    assert lines == [
        ["2023-11", "Winter Appeal for Documents", "", "5 (3)", "2"],
        ["2024-05", "Harbour Declaration on Safe Passage", "Harbour Forum 2024", "5 (3)", "2"],
        ["2025-01-15", "Open Letter from the Valley Network", "", "3 (3)", "2"],
    ]
    matrix.page.locator("#timeline-body tr").nth(2).locator("button").click()
    assert len(rows(matrix)) == 3


# ------------------------------------------------------------------ the co-signature page


def test_cosignature_draws_seven_agents_and_thirteen_links(cosignature: Opened) -> None:
    assert cosignature.js("() => [gcmkg.nodes.length, gcmkg.edges.length]") == [7, 13]
    assert cosignature.js("() => gcmkg.visibleEdges()") == 13
    assert cosignature.page.locator("#status").text_content().startswith("Showing 7 of 7 nodes and 13 links")
    assert HOSTILE in cosignature.js("() => gcmkg.data.nodes.map((n) => n.label)")
    assert cosignature.page.locator("img").count() == 0


def test_cosignature_redraws_with_chosen_statements(cosignature: Opened) -> None:
    titles = cosignature.js("() => gcmkg.data.statements.map(([, title]) => title)")
    beta = titles.index("Open Letter from the Valley Network")
    cosignature.page.select_option("#filter-statement", [str(beta)])
    assert len(cosignature.js("() => gcmkg.visibleIds()")) == 3
    assert cosignature.js("() => gcmkg.visibleEdges()") == 3
    alpha = titles.index("Harbour Declaration on Safe Passage")
    cosignature.page.select_option("#filter-statement", [str(alpha)])
    assert len(cosignature.js("() => gcmkg.visibleIds()")) == 5
    assert cosignature.js("() => gcmkg.visibleEdges()") == 10
    widths = cosignature.js("() => gcmkg.edges.get().filter((e) => !e.hidden).map((e) => e.width)")
    assert set(widths) == {1}, "weight 1 each with one statement chosen"
    cosignature.page.click("#filter-reset")
    assert cosignature.js("() => gcmkg.visibleEdges()") == 13


def test_full_view_statement_filter(browser: Any, pages: dict[str, Path]) -> None:
    opened = Opened(browser, pages["full"])
    titles = opened.js("() => gcmkg.data.statements.map(([, title]) => title)")
    opened.page.select_option("#filter-statement", [str(titles.index("Winter Appeal for Documents"))])
    shown = set(opened.js("() => gcmkg.visibleIds()"))
    assert ID + "statement/gamma" in shown and ID + "statement/alpha" not in shown
    assert {ID + "position/gamma/1", ID + "position/gamma/2", ID + "objective/12"} <= shown
    assert ID + "position/beta/1" not in shown and ORG + "wren" not in shown
    assert ORG + "kestrel" in shown, "a member of a signing coalition took part"
    opened.check_clean()
    opened.context.close()
