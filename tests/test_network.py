"""Network views, statistics, exports and the page's HTML, checked against the knowledge graph.

Counts are asked of the graph with SPARQL here and compared with the views, so the tests follow
the curated data instead of repeating its numbers. Escaping and accents use a tiny fixture with
hostile names (tests/data/network_tiny.ttl).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rich.console import Console

from graph.cli.network import add_network_stats, network
from graph.network.export import EXPORT_FORMATS, ExportFormat, export_graph, read_export, sanitized
from graph.network.page import PHYSICS_THRESHOLD, layered_layout, page_data, render_page, script_json
from graph.network.stats import network_stats
from graph.network.views import AGENT_KINDS, POSITION_KINDS, VIEWS, Facts, View, build_view, read_facts, view_graph
from graph.vocabulary import load_vocabulary
from tests.conftest import select

ROOT = Path(__file__).parents[1]
TINY = ROOT / "tests" / "data" / "network_tiny.ttl"
ID = "https://w3id.org/gcmkg/id/"
HOSTILE = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def tiny() -> ox.Store:
    store = ox.Store()
    store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def facts(store: ox.Store) -> Facts:
    return read_facts(store)


def hash_seed(seed: str) -> dict[str, str]:
    """This environment with Python's string hashing fixed to ``seed``."""
    return {**os.environ, "PYTHONHASHSEED": seed}


def iris(store: ox.Store, where: str, var: str = "x") -> set[str]:
    return {row[var] for row in select(store, f"SELECT DISTINCT ?{var} WHERE {{ {where} }}")}


def pairs(store: ox.Store, where: str) -> set[tuple[str, str]]:
    return {(row["s"], row["o"]) for row in select(store, f"SELECT DISTINCT ?s ?o WHERE {{ {where} }}")}


def kinds(graph: nx.DiGraph) -> dict[str, set[str]]:
    by_kind: defaultdict[str, set[str]] = defaultdict(set)
    for node, kind in graph.nodes(data="kind"):
        by_kind[kind].add(node)
    return by_kind


def relation_pairs(graph: nx.DiGraph, relation: str) -> set[tuple[str, str]]:
    return {(u, v) for u, v, r in graph.edges(data="relation") if r == relation}


# ------------------------------------------------------------------------- the views


def test_full_view_nodes_per_kind_are_the_graphs(store: ox.Store, facts: Facts) -> None:
    by_kind = kinds(view_graph(facts, "full"))
    coalitions = iris(store, "?x a org:OrganizationalCollaboration")
    assert by_kind["coalition"] == coalitions
    assert by_kind["organization"] == iris(store, "?x a org:Organization") - coalitions
    assert by_kind["person"] == iris(store, "?x a foaf:Person")
    assert by_kind["statement"] == iris(store, "?x a gcm:Statement")
    for kind in POSITION_KINDS:
        assert by_kind[kind] == iris(store, f"?x a gcm:{kind.capitalize()}"), kind
    assert by_kind["objective"] == iris(store, "?x a gcm:Objective")
    assert by_kind["principle"] == iris(store, "?x a gcm:GuidingPrinciple")
    assert len(by_kind["objective"]) == 23, "the GCM has 23 objectives"
    assert len(by_kind["principle"]) == 10, "and ten guiding principles"


def test_every_signatory_is_drawn_once(store: ox.Store, facts: Facts) -> None:
    signers = iris(store, "{ ?s gcm:signatory ?x } UNION { ?s gcm:signatory ?c . ?x org:memberOf ?c }")
    for view in ("full", "support"):
        graph = view_graph(facts, view)
        agents = [n for n, kind in graph.nodes(data="kind") if kind in AGENT_KINDS]
        assert signers <= set(agents), view
        assert (
            len(agents) == len(set(agents)) == len(iris(store, "{ ?x a org:Organization } UNION { ?x a foaf:Person }"))
        )
        names = Counter(graph.nodes[n]["label"] for n in agents)
        assert names.most_common(1)[0][1] == 1, f"two agents named {names.most_common(1)[0][0]!r}"


def test_full_view_edges_are_the_graphs_links(store: ox.Store, facts: Facts) -> None:
    graph = view_graph(facts, "full")
    assert relation_pairs(graph, "signed") == pairs(store, "?s gcm:signatory ?o")
    assert relation_pairs(graph, "member_of") == pairs(store, "?s org:memberOf ?o")
    assert relation_pairs(graph, "sub_organization_of") == pairs(store, "?s org:subOrganizationOf ?o")
    assert relation_pairs(graph, "has_position") == pairs(store, "?s gcm:hasPosition ?o")
    assert relation_pairs(graph, "addresses") == pairs(store, "?s gcm:addresses ?o")
    assert {r for *_, r in graph.edges(data="relation")} == {
        "signed", "member_of", "sub_organization_of", "has_position", "addresses",
    }  # fmt: skip


def test_positions_carry_quote_and_rationale(store: ox.Store, facts: Facts) -> None:
    graph = view_graph(facts, "full")
    rows = select(
        store,
        """SELECT ?p ?quote ?c ?why WHERE { ?p a gcm:Demand ; gcm:quote ?quote ;
           gcm:qualifiedAddress [ gcm:target ?c ; gcm:rationale ?why ] }""",
    )
    assert rows
    for row in rows:
        assert graph.nodes[row["p"]]["quote"] == row["quote"]
        assert graph.edges[row["p"], row["c"]]["rationale"] == row["why"]


def test_support_view_is_gcm_supports_weighted_by_positions(store: ox.Store, facts: Facts) -> None:
    support = view_graph(facts, "support")
    assert relation_pairs(support, "supports") == pairs(store, "?s gcm:supports ?o")
    # The weight, recomputed by walking the full view: signer -> statement -> position -> concept,
    # through the links whose stance defends the concept.
    full = view_graph(facts, "full")
    defending = {stance.slug for stance in load_vocabulary().stances if stance.defends}
    demands: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for statement, signer in relation_pairs(full, "signed"):
        members = [m for m, c in relation_pairs(full, "member_of") if c == signer]
        for position in full.successors(statement):
            if full.nodes[position]["kind"] not in POSITION_KINDS:
                continue
            for concept in full.successors(position):
                if full.edges[position, concept].get("stance") not in defending:
                    continue
                for agent in [signer, *members]:
                    demands[(agent, concept)].add(position)
    weights = {(u, v): w for u, v, w in support.edges(data="weight")}
    assert weights == {key: len(found) for key, found in demands.items()}
    assert min(weights.values()) >= 1


def test_coalitions_view_is_members_and_their_countries(store: ox.Store, facts: Facts) -> None:
    graph = view_graph(facts, "coalitions")
    coalitions = iris(store, "?x a org:OrganizationalCollaboration")
    members = iris(store, "?x org:memberOf ?c . ?c a org:OrganizationalCollaboration")
    by_kind = kinds(graph)
    assert by_kind["coalition"] == coalitions
    assert by_kind["organization"] | by_kind["person"] == members
    assert relation_pairs(graph, "member_of") == pairs(
        store, "?s org:memberOf ?o . ?o a org:OrganizationalCollaboration"
    )
    agents = coalitions | members
    based = {(a, c) for a, c in pairs(store, "?s gcm:basedIn ?o") if a in agents}
    assert relation_pairs(graph, "based_in") == based
    assert by_kind["country"] == {c for _, c in based}


def test_attributes_are_plain_values(facts: Facts) -> None:
    for view in VIEWS:
        graph = view_graph(facts, view)
        values = [v for _, attrs in graph.nodes(data=True) for v in attrs.values()]
        values += [v for *_, attrs in graph.edges(data=True) for v in attrs.values()]
        assert values and all(isinstance(v, str | int | float | bool) for v in values), view


def test_agents_know_their_countries_and_coalitions(store: ox.Store, facts: Facts) -> None:
    graph = view_graph(facts, "full")
    rows = select(store, "SELECT ?a ?code WHERE { ?a gcm:basedIn ?c . ?c gcm:iso3166Alpha2 ?code }")
    codes: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        codes[row["a"]].add(row["code"])
    assert len(codes) == 42  # the seed's agents with a sourced country
    for agent, expected in codes.items():
        assert set(graph.nodes[agent]["country_codes"].split()) == expected
    members = iris(store, "?x org:memberOf ?c")
    assert len(members) == 63  # 54 organizations and 9 persons in the LAC Bloc
    for agent in members:
        assert graph.nodes[agent]["coalitions"] == "Latin American Bloc on Migration", agent


def test_names_keep_accents_languages_and_markup(tiny: ox.Store) -> None:
    graph = build_view(tiny, "full")
    assert graph.nodes[ID + "organization/pop-noj"]["label"] == "Asociación Pop No'j"
    assert graph.nodes[ID + "person/blanca-gomez"]["label"] == "Blanca Gómez"
    jrs = graph.nodes[ID + "organization/jrs-ecuador"]
    assert jrs["alt_labels"] == "JRS Ecuador; Servicio Jesuita a Refugiados Ecuador"
    assert jrs["acronym"] == "JRS -Ecuador" and jrs["parent"] == "Jesuit Refugee Service"
    assert graph.nodes[ID + "organization/hostile"]["label"] == HOSTILE
    mexico = build_view(tiny, "coalitions").nodes[ID + "country/MX"]
    assert (mexico["label"], mexico["alt_labels"]) == ("Mexico", "México")


def test_only_demands_carry_support(tiny: ox.Store) -> None:
    support = build_view(tiny, "support")
    thirteen = ID + "objective/13"
    assert support.nodes[thirteen]["support"] == 0, "objective 13 is addressed by a concern only"
    assert support.degree(ID + "objective/8") == 12


def test_views_are_the_same_whatever_the_row_order(tiny: ox.Store) -> None:
    facts = read_facts(tiny)
    shuffled = Facts(facts.nodes, facts.edges[::-1])
    for view in VIEWS:
        assert list(view_graph(facts, view).edges) == list(view_graph(shuffled, view).edges)


def test_unknown_view_is_refused(facts: Facts) -> None:
    with pytest.raises(ValueError, match="unknown view"):
        view_graph(facts, "everything")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- stats


def test_network_stats_against_the_graph(store: ox.Store) -> None:
    stats = network_stats(store)
    supporters = Counter(
        row["o"] for row in select(store, "SELECT ?s ?o WHERE { ?s gcm:supports ?o . ?o a gcm:Objective }")
    )
    objectives = iris(store, "?x a gcm:Objective")
    assert stats["most_supported"][0]["supporters"] == max(supporters.values())
    assert stats["least_supported"][0]["supporters"] == min(supporters.get(o, 0) for o in objectives)
    assert [r["supporters"] for r in stats["most_supported"]] == sorted(
        (r["supporters"] for r in stats["most_supported"]), reverse=True
    )
    signers = iris(
        store,
        """{ ?s gcm:signatory ?x } UNION { ?s gcm:signatory ?c . ?x org:memberOf ?c }
           FILTER NOT EXISTS { ?x a org:OrganizationalCollaboration }""",
    )
    assert [row["iri"] for row in stats["coalitions"]] == sorted(iris(store, "?x a org:OrganizationalCollaboration"))
    for coalition in stats["coalitions"]:
        members = iris(store, f"?x org:memberOf <{coalition['iri']}>")
        assert (coalition["members"], coalition["signers"]) == (len(members), len(signers))
        assert coalition["share"] == pytest.approx(len(members) / len(signers))
    for ranking in ("degree", "betweenness"):
        scores = [row["score"] for row in stats[ranking]]
        assert scores == sorted(scores, reverse=True) and len(scores) == 10
    assert sum(c["size"] for c in stats["communities"]) <= stats["nodes"]
    assert stats["kinds"]["objective"] == len(objectives)


def test_network_stats_tables_print_the_numbers(tiny: ox.Store) -> None:
    console = Console(record=True, width=200)
    add_network_stats(console, tiny)
    text = console.export_text()
    assert "Latin American Bloc on Migration (LAC Bloc)" in text
    assert re.search(r"LAC Bloc\)\s+│\s+7\s+│\s+12\s+│\s+58%", text), text
    assert "Objective 8: Save lives" in text and HOSTILE in text


def test_stats_are_reproducible_across_processes() -> None:
    """Louvain and row order must not depend on Python's per-process hash seed."""
    script = (
        "import json, pyoxigraph as ox; from graph.network.stats import network_stats;"
        f"s = ox.Store(); s.load(path={str(TINY)!r}, format=ox.RdfFormat.TURTLE);"
        "print(json.dumps(network_stats(s), sort_keys=True))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], env=hash_seed(seed), cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


# ---------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
@pytest.mark.parametrize("view", VIEWS)
def test_exports_load_back(facts: Facts, tmp_path: Path, fmt: ExportFormat, view: View) -> None:
    graph = view_graph(facts, view)
    loaded = read_export(export_graph(graph, tmp_path / f"network.{fmt}"))
    assert loaded.number_of_nodes() == graph.number_of_nodes()
    assert loaded.number_of_edges() == graph.number_of_edges()
    assert set(loaded.nodes) == set(graph.nodes)
    for node in list(graph.nodes)[:: max(1, len(graph) // 20)]:
        assert loaded.nodes[node]["label"] == graph.nodes[node]["label"]
        assert loaded.nodes[node]["kind"] == graph.nodes[node]["kind"]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_exports_keep_hostile_and_accented_names(tiny: ox.Store, tmp_path: Path, fmt: ExportFormat) -> None:
    loaded = read_export(export_graph(build_view(tiny, "full"), tmp_path / f"tiny.{fmt}"))
    assert loaded.nodes[ID + "organization/hostile"]["label"] == HOSTILE
    assert loaded.nodes[ID + "organization/pop-noj"]["label"] == "Asociación Pop No'j"
    quote = loaded.nodes[ID + "position/tiny-second/regularize"]["quote"]
    assert "</script>" in quote and "\u2028" in quote


def test_gexf_needs_sanitized_attributes(tmp_path: Path) -> None:
    graph = nx.DiGraph(view="full")
    graph.add_node("a", kind="organization", label="A", countries=["CL", "MX"], acronym=None)
    graph.add_edge("a", "b", relation="signed", note=None)
    with pytest.raises((TypeError, ValueError)):
        nx.write_gexf(graph, tmp_path / "raw.gexf")
    loaded = read_export(export_graph(graph, tmp_path / "clean.gexf"))
    assert loaded.nodes["a"]["countries"] == "CL; MX"
    assert "acronym" not in loaded.nodes["a"] and "note" not in loaded.edges["a", "b"]
    assert sanitized(graph).nodes["a"]["countries"] == "CL; MX"


def test_export_format_comes_from_the_suffix(facts: Facts, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot tell the format"):
        export_graph(view_graph(facts, "support"), tmp_path / "network.txt")


# ------------------------------------------------------------------------------ page


class _Page(HTMLParser):
    """What a page would fetch (src/href, link, base...), its scripts and its security policy."""

    def __init__(self) -> None:
        super().__init__()
        self.fetches: list[tuple[str, str]] = []
        self.scripts: list[tuple[str | None, str]] = []
        self.policy = ""
        self._script_type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self._script_type = found.get("type") or "classic"
        if tag == "meta" and found.get("http-equiv") == "Content-Security-Policy":
            self.policy = found.get("content") or ""
        if tag in {"link", "base", "iframe", "img", "object", "embed"} or "src" in found or "href" in found:
            self.fetches.append((tag, str(found)))

    def handle_data(self, data: str) -> None:
        if self._script_type:
            self.scripts.append((self._script_type, data))
            self._script_type = None


def test_page_is_self_contained_and_escaped(tiny: ox.Store) -> None:
    page = render_page(build_view(tiny, "full"))
    parsed = _Page()
    parsed.feed(page)
    assert parsed.fetches == []
    assert [kind for kind, _ in parsed.scripts] == ["application/json", "classic", "classic"]
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page[:200]
    assert parsed.policy.startswith("default-src 'none'; script-src 'sha256-")
    for _, code in parsed.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in parsed.policy, "an inline script the policy would block"
    assert "<img" not in page and "window.__pwned=2</script>" not in page
    data = json.loads(parsed.scripts[0][1])
    labels = {node["label"] for node in data["nodes"]}
    assert HOSTILE in labels and "Asociación Pop No'j" in labels and "Efraín Jiménez" in labels


def test_page_title_is_escaped(tiny: ox.Store) -> None:
    page = render_page(build_view(tiny, "support"), title="<script>alert(1)</script> & co")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>" in page


def test_script_json_escapes_what_ends_a_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_page_data_matches_the_graph(facts: Facts) -> None:
    for view in VIEWS:
        graph = view_graph(facts, view)
        data = page_data(graph)
        assert [node["id"] for node in data["nodes"]] == list(graph.nodes)
        assert len(data["edges"]) == graph.number_of_edges()
        assert {k["kind"] for k in data["kinds"]} == {kind for _, kind in graph.nodes(data="kind")}
        assert data["physics"] == (graph.number_of_nodes() <= PHYSICS_THRESHOLD)


def test_facets_list_every_country_kind_and_objective(store: ox.Store, facts: Facts) -> None:
    data = page_data(view_graph(facts, "full"))
    assert {code for code, _ in data["countries"]} == {
        row["code"] for row in select(store, "SELECT ?code WHERE { ?a gcm:basedIn/gcm:iso3166Alpha2 ?code }")
    }
    assert set(data["organizationKinds"]) == {
        row["l"]
        for row in select(store, 'SELECT ?l WHERE { ?o org:classification/skos:prefLabel ?l FILTER(LANG(?l) = "en") }')
    }
    assert len(data["concepts"]) == len(iris(store, "{ ?x a gcm:Objective } UNION { ?x a gcm:GuidingPrinciple }"))


def test_layout_is_layered_and_deterministic(facts: Facts) -> None:
    graph = view_graph(facts, "full")
    positions = layered_layout(graph)
    assert positions == layered_layout(graph) and set(positions) == set(graph.nodes)
    x = {kind: {positions[n][0] for n in nodes} for kind, nodes in kinds(graph).items()}
    assert max(x["statement"]) < min(x["demand"]) < min(x["objective"])
    assert len(set(positions.values())) == len(positions), "two nodes on one spot"


def test_physics_is_off_above_the_threshold() -> None:
    graph = nx.DiGraph(view="support")
    graph.add_nodes_from((f"o{i}", {"kind": "organization", "label": f"O {i}"}) for i in range(PHYSICS_THRESHOLD + 1))
    assert page_data(graph)["physics"] is False
    assert page_data(graph, physics=True)["physics"] is True
    graph.remove_node("o0")
    assert page_data(graph)["physics"] is True


def test_page_is_the_same_in_every_process(tmp_path: Path) -> None:
    script = (
        "import sys, pyoxigraph as ox; from pathlib import Path; from graph.network.views import build_view;"
        "from graph.network.page import write_page; s = ox.Store();"
        f"s.load(path={str(TINY)!r}, format=ox.RdfFormat.TURTLE);"
        "write_page(build_view(s, 'full'), Path(sys.argv[1]))"
    )
    for seed in ("1", "2"):
        out = str(tmp_path / f"{seed}.html")
        subprocess.run([sys.executable, "-c", script, out], env=hash_seed(seed), cwd=ROOT, check=True)
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


# ------------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def tiny_nt(tiny: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nt") / "tiny.nt"
    tiny.dump(output=str(path), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return path


def test_cli_writes_the_page(tiny_nt: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.html"
    result = CliRunner().invoke(network, ["--view", "coalitions", "-o", str(out), "--from", str(tiny_nt)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}: 14 nodes, 13 links (coalitions view)"
    assert "Asociación Pop No'j" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_cli_exports(tiny_nt: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"net.{fmt}"
    result = CliRunner().invoke(network, ["--export", fmt, "-o", str(out), "--from", str(tiny_nt)])
    assert result.exit_code == 0, result.output
    assert read_export(out).number_of_nodes() == build_view(ox_store(tiny_nt), "full").number_of_nodes()


def test_cli_reports_an_unwritable_file(tiny_nt: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(network, ["-o", str(tmp_path / "missing" / "net.html"), "--from", str(tiny_nt)])
    assert result.exit_code == 1 and "No such file or directory" in result.output


def ox_store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return store
