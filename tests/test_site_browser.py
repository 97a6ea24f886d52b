"""The static site in a real browser (headless Debian Chromium driven by Playwright) from file://:
index → an organization → an objective → a quote's span, the search box, a hostile name.

Every request the pages make is recorded: none may leave the site's folder, and no page may log
a console error. The seed graph's site is written once for the module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.site.static import write_site
from tests.browser import RecordedPage

TINY = Path(__file__).parent / "data" / "site_tiny.ttl"


class Visit(RecordedPage):
    """The site's folder opened in a fresh context, with what its pages logged and requested."""

    def __init__(self, browser: Any, folder: Path, width: int) -> None:
        super().__init__(browser, width=width)
        self.folder = folder.resolve().as_uri() + "/"

    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.folder) and not url.startswith("data:")]


@pytest.fixture(scope="module")
def seed_site(store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-site-browser")
    write_site(store, out)
    return out


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = ox.Store()
    store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    out = tmp_path_factory.mktemp("tiny-site-browser")
    write_site(store, out)
    return out


def visit(browser: Any, folder: Path, width: int = 1280) -> Iterator[Visit]:
    opened = Visit(browser, folder, width)
    opened.page.goto(opened.folder + "index.html")
    yield opened
    opened.context.close()


@pytest.fixture
def seed(browser: Any, seed_site: Path) -> Iterator[Visit]:
    yield from visit(browser, seed_site)


def test_a_reader_walks_from_the_index_to_a_quote_in_its_source_text(seed: Visit) -> None:
    page = seed.page
    page.get_by_role("link", name="Cristosal", exact=True).click()
    page.wait_for_url("**/organization/cristosal.html")
    assert page.locator("h1").inner_text() == "Cristosal"
    assert "support/cristosal" not in page.locator("main").inner_text()
    page.locator("section.support h3 a", has_text="Save lives").first.click()
    page.wait_for_url("**/objective/8.html")
    assert page.locator("h1").inner_text().startswith("Save lives")
    quote = page.locator("blockquote", has_text="We demand justice for missing migrants").first
    quote.locator("a.span-link").click()
    page.wait_for_url("**/statement/*.html#span-*")
    anchor = page.url.split("#", 1)[1]
    mark = page.locator(f"mark#{anchor}")
    assert mark.inner_text().startswith("We demand justice for missing migrants")
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    assert seed.errors() == []
    assert seed.outside() == []


def test_the_search_box_finds_names_and_quotes_offline(seed: Visit) -> None:
    page = seed.page
    assert not [url for url in seed.requests if url.endswith("search-index.js")], "read only when searching"
    page.fill("#search", "cristosal")
    page.get_by_role("link", name="Cristosal", exact=True).first.wait_for()
    page.fill("#search", "consular services")
    first = page.locator("#results li a").first
    assert "Consular services" in first.inner_text()
    assert [url for url in seed.requests if url.endswith("search-index.js")] == [seed.folder + "search-index.js"]
    first.click()
    page.wait_for_url("**/statement/*.html#span-*")
    assert seed.errors() == []
    assert seed.outside() == []


def test_the_query_catalogue_and_network_pages_stay_in_the_folder(seed: Visit) -> None:
    page = seed.page
    page.get_by_role("link", name="Queries").first.click()
    page.wait_for_load_state()
    page.locator("#supporters_of_objective table tbody tr").first.wait_for()
    assert "No rows." in page.locator("#agent_without_label_violation").inner_text()
    page.goto(seed.folder + "network/full.html")
    page.wait_for_selector("body[data-drawn='true']", state="attached", timeout=60_000)
    assert seed.errors() == []
    assert seed.outside() == []


def test_a_hostile_name_stays_text_on_a_phone(browser: Any, tiny_site: Path) -> None:
    for opened in visit(browser, tiny_site, width=390):
        page = opened.page
        page.goto(opened.folder + "organization/hostile.html")
        assert page.locator("h1").inner_text() == "<img src=x onerror=alert(1)>"
        page.goto(opened.folder + "statement/tiny.html")
        assert page.evaluate("window.__pwned") is None
        assert page.locator("main img, main script").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scrolling on a phone"
        assert opened.errors() == []
        assert opened.outside() == []
