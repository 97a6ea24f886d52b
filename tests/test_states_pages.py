"""Where a State stands on the Compact, on the server's resource pages: on the State's own page
and on the page of every organization based in it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from graph.server import ServerSettings
from graph.server.running import RunningServer, running_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(ServerSettings(timeout=30, max_rows=10000)) as running:
        yield running


def positions(page: str) -> list[list[str]]:
    """The cells of the positions table, tags stripped."""
    table = page.split('<table class="positions">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr class="position">(.*?)</tr>', table, re.DOTALL)
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)]
            for row in rows]  # fmt: skip


def test_a_states_page_lists_its_vote_and_later_changes(server: RunningServer) -> None:
    page = httpx.get(f"{server.url}/id/country/BR?view=data", headers={"Accept": "text/html"}, timeout=30).text
    assert "Position on the Global Compact for Migration" in page
    found = [(row[1], row[2], row[3]) for row in positions(page)]
    assert ("2018-12-19", "voted in favour", "voted in favour") in found
    assert ("2019-01-08", "withdrew", "voted against") in found
    assert ("2023-01-05", "rejoined", "voted in favour") in found
    assert [row[1] for row in positions(page)] == sorted(row[1] for row in positions(page))
    assert 'href="/id/compact-position/BR/vote"' in page


def test_a_countrys_profile_shows_the_states_positions_in_date_order(server: RunningServer) -> None:
    page = httpx.get(f"{server.url}/id/country/BR", headers={"Accept": "text/html"}, timeout=30).text
    table = page.split("<h2>Position on the Global Compact for Migration</h2>", 1)[1].split("</table>", 1)[0]
    cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", table, re.S)]
    rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
    assert ["2018-12-19", "voted in favour", "voted in favour"] in rows
    assert ["2019-01-08", "withdrew", "voted against"] in rows
    assert ["2023-01-05", "rejoined", "voted in favour"] in rows
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    assert 'href="/id/compact-position/BR/vote"' in table


def test_an_organizations_page_shows_its_countrys_position(server: RunningServer) -> None:
    page = httpx.get(
        f"{server.url}/id/organization/jrs-chile?view=data", headers={"Accept": "text/html"}, timeout=30
    ).text
    rows = positions(page)
    assert rows and {row[0] for row in rows} == {"Chile"}
    assert ["2018-12-19", "abstained", "abstained"] in [row[1:4] for row in rows]


def test_a_page_without_a_country_has_no_positions_table(server: RunningServer) -> None:
    page = httpx.get(f"{server.url}/id/objective/8", headers={"Accept": "text/html"}, timeout=30).text
    assert 'class="positions"' not in page
