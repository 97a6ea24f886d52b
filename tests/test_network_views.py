"""The views for many statements on a three-statement fixture: co-signature, matrix, statement tags.

tests/data/corpus_three.ttl is invented; its header lists who takes part in which statement and
what each position addresses, and the exact counts below follow from it by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli.network import network
from graph.network.community import community_layout, drawn_agents, drawn_links
from graph.network.corpus import build_network, participants
from graph.network.export import export_graph, read_export
from graph.network.matrix import matrix_data, render_matrix_page
from graph.network.page import page_data, render_page
from graph.network.views import read_facts

THREE = Path(__file__).parent / "data" / "corpus_three.ttl"
ID = "https://w3id.org/gcmkg/id/"
ST, ORG = ID + "statement/", ID + "organization/"
TERN, HERON, SHORE, KESTREL, WREN, HOSTILE = (
    ORG + n for n in ("tern", "heron", "shoreline", "kestrel", "wren", "hostile")
)
INES = ID + "person/ines"
CORE = [TERN, HERON, SHORE, KESTREL, INES]


@pytest.fixture(scope="module")
def three() -> ox.Store:
    store = ox.Store()
    store.load(path=str(THREE), format=ox.RdfFormat.TURTLE)
    return store


def test_participants_direct_and_through_the_coalition(three: ox.Store) -> None:
    taking = participants(read_facts(three, weigh_support=False))
    assert list(taking) == [ST + "alpha", ST + "beta", ST + "gamma"]
    assert taking[ST + "alpha"] == {TERN: True, HERON: True, SHORE: True, KESTREL: False, INES: False}
    assert taking[ST + "beta"] == {TERN: True, WREN: True, HOSTILE: True}
    assert taking[ST + "gamma"] == taking[ST + "alpha"]


def test_cosignature_counts_weights_and_routes(three: ox.Store) -> None:
    graph = build_network(three, "cosignature")
    assert graph.number_of_nodes() == 7, "everyone who took part; Idle Foundation signed nothing"
    assert ORG + "idle" not in graph
    assert graph.number_of_edges() == 13, "10 pairs among alpha's five (gamma's are the same) + 3 in beta"
    assert sum(w for *_, w in graph.edges(data="weight")) == 23
    assert graph.edges[TERN, HERON] == {
        "relation": "cosigned", "weight": 2, "direct": 2, "through_coalition": 0,
        "statements": f"{ST}alpha; {ST}gamma",
    }  # fmt: skip
    assert graph.edges[HERON, KESTREL]["direct"] == 0 and graph.edges[HERON, KESTREL]["through_coalition"] == 2
    assert graph.edges[TERN, WREN] == {
        "relation": "cosigned", "weight": 1, "direct": 1, "through_coalition": 0, "statements": f"{ST}beta",
    }  # fmt: skip
    assert sum(1 for *_, d in graph.edges(data="through_coalition") if d) == 7, "pairs with Kestrel or Inês"
    assert all(isinstance(graph.nodes[n]["community"], int) for n in graph)
    assert graph.nodes[WREN]["statements"] == f"{ST}beta"
    assert graph.nodes[TERN]["statements"] == f"{ST}alpha; {ST}beta; {ST}gamma"


def test_cosignature_page_data_numbers_statements_and_colours(three: ox.Store) -> None:
    data = page_data(build_network(three, "cosignature"))
    assert [title for _, title in data["statements"]] == [
        "Harbour Declaration on Safe Passage", "Open Letter from the Valley Network", "Winter Appeal for Documents",
    ]  # fmt: skip
    assert (len(data["nodes"]), len(data["edges"]), data["allEdges"]) == (7, 13, 13)
    tern = next(node for node in data["nodes"] if node["id"] == TERN)
    assert tern["statements"] == [0, 1, 2]
    assert all(node["color"].startswith("#") for node in data["nodes"])
    assert data["physics"] is True, "7 nodes and 13 links: physics may settle them"


def test_strongest_links_when_over_budget(three: ox.Store) -> None:
    graph = build_network(three, "cosignature")
    assert len(drawn_links(graph, budget=13)) == 13
    heaviest = drawn_links(graph, budget=10)
    assert len(heaviest) == 10 and {n for link in heaviest for n in link} == set(graph), "everyone keeps a link"
    assert sum(graph.edges[link]["weight"] for link in heaviest) == 2 * 8 + 2, "8 of weight 2, Wren's and the hostile's"
    fewest = drawn_links(graph, budget=1)
    assert {n for link in fewest for n in link} == set(graph) and len(fewest) <= 7
    assert drawn_links(graph, budget=1) == fewest, "deterministic"
    assert drawn_agents(graph, budget=7) is graph
    assert sorted(drawn_agents(graph, budget=3)) == [HERON, KESTREL, TERN], "Tern in 3; then ties by links, by IRI"
    positions = community_layout(graph)
    assert set(positions) == set(graph) and len(set(positions.values())) == 7


def test_every_view_tags_nodes_with_their_statements(three: ox.Store) -> None:
    full = build_network(three, "full")
    assert full.nodes[ID + "position/alpha/1"]["statements"] == f"{ST}alpha"
    assert full.nodes[ID + "objective/7"]["statements"] == f"{ST}alpha; {ST}beta"
    assert full.nodes[ID + "objective/12"]["statements"] == f"{ST}gamma"
    assert full.nodes[KESTREL]["statements"] == f"{ST}alpha; {ST}gamma"
    assert full.nodes[ORG + "idle"]["statements"] == ""


def test_cosignature_exports_round_trip(three: ox.Store, tmp_path: Path) -> None:
    graph = build_network(three, "cosignature")
    for suffix in ("graphml", "gexf", "json"):
        back = read_export(export_graph(graph, tmp_path / f"c.{suffix}"))
        assert (back.number_of_nodes(), back.number_of_edges()) == (7, 13), suffix


def test_matrix_data_counts(three: ox.Store) -> None:
    matrix = matrix_data(three)
    assert [(s["date"], s["event"], s["signatories"], s["direct"], s["concepts"]) for s in matrix["statements"]] == [
        ("2024-05", "Harbour Forum 2024", 5, 3, 2),
        ("2025-01-15", "", 3, 3, 2),
        ("2023-11", "", 5, 3, 2),
    ]
    assert len(matrix["concepts"]) == 33 and matrix["concepts"][0]["heading"] == "1"
    assert matrix["concepts"][23]["heading"] == "(a)"
    assert len(matrix["positions"]) == 6, "the slogan addresses nothing"
    assert [r["value"] for r in matrix["relations"]] == ["demand", "concern", "commitment", "question", "slogan"]
    assert [r["default"] for r in matrix["relations"]] == [True, False, False, False, False]
    assert len(matrix["agents"]) == 7
    tern = next(agent for agent in matrix["agents"] if agent["id"] == TERN)
    assert tern["statements"] == [[0, 1], [1, 1], [2, 1]]
    assert tern["countries"] == [["NO", "Norway"]] and tern["organizationKinds"] == ["faith-based"]
    kestrel = next(agent for agent in matrix["agents"] if agent["id"] == KESTREL)
    assert kestrel["coalitions"] == [0] and matrix["coalitions"] == [[SHORE, "Shoreline Coalition"]]


def test_matrix_page_escapes_and_has_no_remote_resource(three: ox.Store) -> None:
    html = render_matrix_page(matrix_data(three))
    assert "<img src=x" not in html and "<script>alert(1)" not in html
    assert "\\u003cimg src=x onerror=" in html
    assert 'http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-' in html
    assert not re.search(r"<(script|link|img)[^>]*\s(src|href)=", html), "every resource is inline"


def test_network_page_title_is_escaped(three: ox.Store) -> None:
    html = render_page(build_network(three, "cosignature"), title="<b>three</b> & more")
    assert "<title>&lt;b&gt;three&lt;/b&gt; &amp; more</title>" in html


def test_cli_writes_cosignature_and_matrix(three: ox.Store, tmp_path: Path) -> None:
    runner = CliRunner()
    source = tmp_path / "three.nt"
    source.write_bytes(three.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    out = tmp_path / "c.html"
    result = runner.invoke(network, ["--view", "cosignature", "--from", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 7 nodes, 13 links (cosignature view)\n"
    out = tmp_path / "m.html"
    result = runner.invoke(network, ["--view", "matrix", "--from", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 agents x 33 objectives and principles, 6 positions in 3 statement(s)" in result.output
    data = out.read_text(encoding="utf-8").split('id="gcmkg-data">', 1)[1].split("</script>", 1)[0]
    assert len(json.loads(data)["agents"]) == 7
    result = runner.invoke(network, ["--view", "matrix", "--export", "json", "--from", str(source)])
    assert result.exit_code == 2 and "page only" in result.output


def test_server_builds_the_new_pages(three: ox.Store) -> None:
    from graph.server.network_pages import PAGES, page_html

    ntriples = three.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert PAGES == ("full", "support", "coalitions", "cosignature", "matrix")
    assert 'id="matrix-body"' in page_html(ntriples, "matrix")
    assert "Who signed statements with whom" in page_html(ntriples, "cosignature")
    with pytest.raises(ValueError, match="unknown view"):
        page_html(ntriples, "bogus")
