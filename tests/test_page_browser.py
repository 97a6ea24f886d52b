"""The network page in a real browser: headless Debian Chromium driven by Playwright, from file://.

One browser serves the whole module; each test opens the page in a fresh context and records
console messages, page errors and every request. Expected values are asked of the knowledge graph
with SPARQL. The page forbids eval (its Content-Security-Policy), so waits use selectors, not
``wait_for_function``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.network.page import write_page
from graph.network.views import build_view
from tests.browser import DrawnPage
from tests.conftest import select

TINY = Path(__file__).parent / "data" / "network_tiny.ttl"
ID = "https://w3id.org/gcmkg/id/"
HOSTILE = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def pages(store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed graph's full and coalitions pages and the hostile fixture's full page."""
    folder = tmp_path_factory.mktemp("pages")
    tiny = ox.Store()
    tiny.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    return {
        "full": write_page(build_view(store, "full"), folder / "full.html"),
        "coalitions": write_page(build_view(store, "coalitions"), folder / "coalitions.html"),
        "tiny": write_page(build_view(tiny, "full"), folder / "tiny.html"),
    }


@pytest.fixture
def full(browser: Any, pages: dict[str, Path]) -> Iterator[DrawnPage]:
    opened = DrawnPage(browser, pages["full"])
    yield opened
    opened.page.context.close()


@pytest.fixture
def tiny(browser: Any, pages: dict[str, Path]) -> Iterator[DrawnPage]:
    opened = DrawnPage(browser, pages["tiny"])
    yield opened
    opened.page.context.close()


def canvas_ink(opened: DrawnPage) -> int:
    """How many pixels of the drawing are neither transparent nor white."""
    return int(
        opened.js(
            """() => {
              const canvas = document.querySelector('#network canvas');
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              let ink = 0;
              for (let i = 0; i < data.length; i += 4) {
                if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) ink++;
              }
              return ink;
            }"""
        )
    )


def search_for(opened: DrawnPage, text: str) -> None:
    opened.page.fill("#search", text)
    opened.page.press("#search", "Enter")


def selected(opened: DrawnPage) -> list[str]:
    return list(opened.js("() => gcmkg.network.getSelectedNodes().map((i) => gcmkg.data.nodes[i].id)"))


def visible_agents(opened: DrawnPage) -> list[str]:
    return list(
        opened.js(
            """() => {
              const agents = new Set(['organization', 'coalition', 'person']);
              const kind = new Map(gcmkg.data.nodes.map((n) => [n.id, n.kind]));
              return gcmkg.visibleIds().filter((id) => agents.has(kind.get(id)));
            }"""
        )
    )


def click_node(opened: DrawnPage, iri: str) -> None:
    """Centre a node, then click it with the mouse where the canvas drew it."""
    point = opened.js(
        """(iri) => {
          const i = gcmkg.data.nodes.findIndex((n) => n.id === iri);
          gcmkg.network.focus(i, { scale: 2, animation: false });
          gcmkg.network.redraw();
          const p = gcmkg.network.canvasToDOM(gcmkg.network.getPosition(i));
          const box = document.querySelector('#network').getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        }""",
        iri,
    )
    opened.page.mouse.click(point["x"], point["y"])


# ----------------------------------------------------------------------------- tests


def test_page_draws_offline_without_errors(full: DrawnPage, store: ox.Store) -> None:
    expected = select(
        store,
        """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
             VALUES ?class { org:Organization foaf:Person gcm:Statement gcm:Position gcm:Objective
                             gcm:GuidingPrinciple }
             ?x a ?class }""",
    )
    assert full.js("() => gcmkg.data.nodes.length") == int(expected[0]["n"])
    assert full.js("() => gcmkg.nodes.length") == int(expected[0]["n"])
    assert canvas_ink(full) > 5_000
    assert full.requests == [full.url], "the page fetched something"
    assert full.errors() == []
    assert full.page.locator("#legend-items li").count() == len(full.js("() => gcmkg.data.kinds"))


def test_search_by_acronym_focuses_the_node(full: DrawnPage, store: ox.Store) -> None:
    [row] = select(store, 'SELECT ?x ?label WHERE { ?x gcm:acronym "LAC Bloc" ; skos:prefLabel ?label }')
    search_for(full, "LAC Bloc")
    assert selected(full) == [row["x"]]
    assert full.page.text_content("#panel h2") == row["label"]
    place = full.js(
        """(iri) => {
          const i = gcmkg.data.nodes.findIndex((n) => n.id === iri);
          const at = gcmkg.network.canvasToDOM(gcmkg.network.getPosition(i));
          const canvas = document.querySelector('#network').getBoundingClientRect();
          const panel = document.querySelector('#panel').getBoundingClientRect();
          return { x: canvas.left + at.x, y: canvas.top + at.y, canvas, panelLeft: panel.left };
        }""",
        row["x"],
    )
    assert place["canvas"]["left"] < place["x"] < place["panelLeft"], "the node is not in view beside the panel"
    assert place["canvas"]["top"] < place["y"] < place["canvas"]["bottom"]
    assert abs(place["y"] - (place["canvas"]["top"] + place["canvas"]["bottom"]) / 2) < 2, "not centred vertically"


def test_search_finds_accented_names_without_accents(full: DrawnPage) -> None:
    full.page.fill("#search", "pop no j")
    assert full.page.text_content("#results li button").startswith("Asociación Pop No'j")


def test_filter_by_objective_shows_only_its_supporters(full: DrawnPage, store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?o ?n (COUNT(DISTINCT ?a) AS ?supporters) WHERE {
             ?o a gcm:Objective ; skos:notation ?n . ?a gcm:supports ?o } GROUP BY ?o ?n ORDER BY ?supporters ?n""",
    )
    objective = rows[0]
    supporters = {r["a"] for r in select(store, f"SELECT ?a WHERE {{ ?a gcm:supports <{objective['o']}> }}")}
    addressing = {r["p"] for r in select(store, f"SELECT ?p WHERE {{ ?p gcm:addresses <{objective['o']}> }}")}
    full.page.select_option("#filter-concept", objective["n"])
    visible = set(full.js("() => gcmkg.visibleIds()"))
    kinds = dict(full.js("() => gcmkg.data.nodes.map((n) => [n.id, n.kind])"))
    assert set(visible_agents(full)) == supporters
    assert {n for n in visible if kinds[n] in {"objective", "principle"}} == {objective["o"]}
    assert addressing <= visible
    assert len(visible) < full.js("() => gcmkg.data.nodes.length")
    assert full.page.text_content("#status").startswith(f"Showing {len(visible)} of ")
    full.page.click("#filter-reset")
    assert len(full.js("() => gcmkg.visibleIds()")) == full.js("() => gcmkg.data.nodes.length")


def test_filter_by_country_and_hiding_members(full: DrawnPage, store: ox.Store) -> None:
    based = select(store, 'SELECT ?a WHERE { ?a gcm:basedIn/gcm:iso3166Alpha2 "GT" }')
    full.page.select_option("#filter-country", "GT")
    agents = set(visible_agents(full))
    assert agents == {row["a"] for row in based}
    full.page.select_option("#filter-country", "")
    full.page.uncheck("#filter-members")
    member_only = {
        r["a"]
        for r in select(store, "SELECT ?a WHERE { ?a org:memberOf ?c FILTER NOT EXISTS { ?s gcm:signatory ?a } }")
    }
    visible = set(full.js("() => gcmkg.visibleIds()"))
    assert member_only and not member_only & visible
    assert {r["a"] for r in select(store, "SELECT ?a WHERE { ?s gcm:signatory ?a }")} <= visible


def test_clicking_a_demand_shows_its_quote_and_objectives(full: DrawnPage, store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?d ?quote ?why WHERE { ?d a gcm:Demand ; gcm:quote ?quote ; schema:position 1 ;
             gcm:qualifiedAddress/gcm:rationale ?why }""",
    )
    if not rows:
        rows = select(store, "SELECT ?d ?quote ?why WHERE { ?d a gcm:Demand ; gcm:quote ?quote ; "
                      "gcm:qualifiedAddress/gcm:rationale ?why } LIMIT 1")  # fmt: skip
    demand = rows[0]["d"]
    click_node(full, demand)
    assert selected(full) == [demand]
    assert full.page.is_visible("#panel")
    assert full.page.text_content("#panel blockquote") == rows[0]["quote"]
    panel = full.page.text_content("#panel")
    for row in rows:
        assert row["why"] in panel
    assert full.errors() == []


def test_hostile_names_render_as_text(tiny: DrawnPage) -> None:
    search_for(tiny, "img src x onerror")
    assert selected(tiny) == [ID + "organization/hostile"]
    assert tiny.page.text_content("#panel h2") == HOSTILE
    assert '"><script>window.__pwned=3</script>' in tiny.page.text_content("#panel")
    click_node(tiny, ID + "position/tiny-second/regularize")
    quote = tiny.page.text_content("#panel blockquote")
    assert quote is not None and quote.startswith("Close the </script><script>window.__pwned=2</script> gap")
    assert "<b>regular pathway</b>" in tiny.page.text_content("#panel")
    tiny.page.fill("#search", "HX")
    assert tiny.page.locator("#results li").count() >= 1
    assert tiny.js("() => document.querySelectorAll('img, main script, #panel b').length") == 0
    assert tiny.js("() => window.__pwned === undefined")
    assert tiny.errors() == [] and tiny.requests == [tiny.url]


def test_spanish_and_english_names_keep_their_accents(tiny: DrawnPage) -> None:
    labels = set(tiny.js("() => gcmkg.data.nodes.map((n) => n.label)"))
    assert {"Asociación Pop No'j", "Efraín Jiménez", "Blanca Gómez", "Alianza Americas"} <= labels
    assert tiny.js("() => document.characterSet") == "UTF-8"


def test_coalitions_page_and_its_screenshot(browser: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    opened = DrawnPage(browser, pages["coalitions"])
    try:
        shot = tmp_path / "coalitions.png"
        opened.page.screenshot(path=str(shot))
        colours = screenshot_colours(browser, shot)
        assert colours["distinct"] > 50, "the screenshot is blank"
        assert colours["ink"] > 0.02
        assert opened.errors() == [] and opened.requests == [opened.url]
    finally:
        opened.page.context.close()


def screenshot_colours(browser: Any, png: Path) -> dict[str, float]:
    """Decode a PNG in a blank page (no CSP there) and measure how varied and inked it is."""
    page = browser.new_page()
    try:
        return dict(
            page.evaluate(
                """async (b64) => {
                  const img = new Image();
                  img.src = 'data:image/png;base64,' + b64;
                  await img.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = img.width; canvas.height = img.height;
                  const context = canvas.getContext('2d');
                  context.drawImage(img, 0, 0);
                  const { data } = context.getImageData(0, 0, img.width, img.height);
                  const seen = new Set();
                  let ink = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
                    if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
                  }
                  return { distinct: seen.size, ink: ink / (data.length / 4) };
                }""",
                base64.b64encode(png.read_bytes()).decode(),
            )
        )
    finally:
        page.close()


def test_objective_filter_where_support_differs(tiny: DrawnPage) -> None:
    tiny.page.select_option("#filter-concept", "5")
    visible = set(tiny.js("() => gcmkg.visibleIds()"))
    assert visible == {
        ID + "organization/alianza-americas",
        ID + "organization/blossom",
        ID + "objective/5",
        ID + "position/tiny-second/regularize",
        ID + "statement/tiny-second",
        ID + "statement/santiago-2025",  # Alianza Americas signed it too
    }
