"""The server's pages in headless Debian Chromium (Playwright): the query editor, resource pages
and the network page load without console errors and ask nothing of any host but the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from graph.server import ServerSettings
from graph.server.editor import editor_tabs
from graph.server.running import RunningServer, running_server
from graph.sparql.library import load_library
from tests.browser import RecordedPage
from tests.conftest import seed_ntriples

SMALL = Path(__file__).parent / "data" / "server_small.nt"
HOSTILE_LABEL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> & Co'


class Visit(RecordedPage):
    """A server page loaded in a fresh context, with its console messages and every request it made."""

    def foreign_requests(self, server: RunningServer) -> list[str]:
        """Requests to anything but the server (``data:`` URLs are not requests to a host)."""
        home = urlsplit(server.url).netloc
        return [url for url in self.requests if not url.startswith("data:") and urlsplit(url).netloc != home]


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    """The seed graph plus a few resources with hostile names."""
    with running_server(ServerSettings(timeout=5), seed_ntriples() + SMALL.read_bytes()) as running:
        yield running


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    contexts = []

    def open_page(url: str) -> Visit:
        opened = Visit(browser)
        contexts.append(opened.context)
        opened.page.goto(url, wait_until="networkidle")
        return opened

    yield open_page
    for context in contexts:
        context.close()


def test_the_editor_has_one_tab_per_library_query_and_stays_offline(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/")
    opened.page.wait_for_selector(".tabsList .tab")
    names = opened.page.locator(".tabsList .tab[role=presentation] a[role=tab] span").all_inner_texts()
    assert names == [tab.title for tab in editor_tabs(load_library())]
    completers = opened.page.evaluate("window.gcmkgEditor.getTab().getYasqe().config.autocompleters")
    assert "class" not in completers and "property" not in completers
    endpoint = opened.page.evaluate("window.gcmkgEditor.getTab().getEndpoint()")
    assert endpoint == f"{server.url}/sparql"
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []


def test_the_editor_runs_a_library_query_and_links_results_here(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/")
    opened.page.get_by_role("tab", name="Supporters of an objective").click()
    opened.page.locator(".yasqe_queryButton:visible").click()
    rows = opened.page.locator(".yasr:visible .dataTable tbody tr")
    rows.first.wait_for()
    assert rows.count() == 50  # the first page of 100 supporters
    first_link = opened.page.locator(".yasr:visible .dataTable tbody tr a.iri").first.get_attribute("href")
    assert first_link.startswith("/id/")
    description = opened.page.locator("#query-description").inner_text()
    assert description.startswith("supporters_of_objective")
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []


def test_a_resource_page_shows_hostile_names_as_text(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/id/organization/hostile?view=data")
    page = opened.page
    assert page.locator("h1").inner_text() == HOSTILE_LABEL
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0
    assert page.get_by_text('Signed by <Hostile & Co> "in quotes"').count() == 1
    assert page.locator("a[href^='javascript:']").count() == 0
    external = page.locator("a[href='https://example.org/hostile']")
    assert external.get_attribute("rel") == "noopener noreferrer nofollow"
    member = page.locator("a[href='/id/organization/plain']")
    assert member.inner_text() == "Plain Organization", "incoming links are listed with their labels"
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []


def test_a_profile_page_shows_hostile_names_as_text(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/id/organization/hostile")
    assert opened.page.locator("h1").inner_text() == HOSTILE_LABEL
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.page.locator("main script, main img").count() == 0
    assert opened.page.locator("script[type='application/ld+json']").count() == 1
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []


def test_a_resource_page_of_the_seed_graph_links_to_its_neighbours(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/id/organization/caref")
    opened.page.get_by_role("link", name="Latin American Bloc on Migration").first.click()
    opened.page.wait_for_load_state("networkidle")
    assert opened.page.locator("h1").inner_text() == "Latin American Bloc on Migration"
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []


def test_the_network_page_draws_from_the_server(server: RunningServer, visit: Any) -> None:
    opened = visit(f"{server.url}/network")
    opened.page.wait_for_selector("#network canvas")
    assert opened.errors() == []
    assert opened.foreign_requests(server) == []
