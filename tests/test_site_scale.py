"""The static site at scale: the profiles built from whole-graph tables equal those of the
per-page queries (the server's path), long lists are capped with a count, escaped, and an
incremental run renders only the pages whose inputs changed.

No timings here: how long the site takes is measured by ``benchmarks/bench_site.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph.site.static as static
from benchmarks.synthetic import generate_statements
from graph.site.downloads import sort_lines
from graph.site.kinds import LIMITS, AgentProfile, Profile
from graph.site.local import profiles
from graph.site.pages import site_profiles
from graph.site.profiles import MAX_QUOTES_PER_CONCEPT
from graph.site.static import index_items, write_site

TINY = Path(__file__).parent / "data" / "site_tiny.ttl"
ID = "https://w3id.org/gcmkg/id/"
NOWHERE = "<i>Nowhere</i> & co"


@pytest.fixture(scope="module")
def synthetic() -> ox.Store:
    store = ox.Store()
    store.bulk_load(generate_statements(12).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.fixture(scope="module")
def crowded() -> ox.Store:
    """The tiny fixture, with 105 more members in its coalition, all supporting objective 2 and
    based in a country whose name is markup."""
    store = ox.Store()
    store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    lines = [f'<{ID}country/zz> <http://www.w3.org/2004/02/skos/core#prefLabel> "{NOWHERE}"@en .']
    for number in range(105):
        member = f"<{ID}organization/member-{number}>"
        lines += [
            f"{member} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> .",
            f'{member} <http://www.w3.org/2004/02/skos/core#prefLabel> "Member {number}"@en .',
            f"<{ID}organization/coalition> <http://www.w3.org/ns/org#hasMember> {member} .",
            f"{member} <https://w3id.org/gcmkg/ontology#supports> <{ID}objective/2> .",
            f"{member} <https://w3id.org/gcmkg/ontology#basedIn> <{ID}country/zz> .",
        ]
    store.load(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def both_ways(store: ox.Store) -> tuple[dict[str, Profile], dict[str, Profile]]:
    paths = [ref.path for refs in index_items(store).values() for ref in refs]
    return profiles(store, paths), {path: found for path, found, _triples in site_profiles(store, paths)}


@pytest.mark.parametrize("name", ["tiny", "synthetic", "store"])
def test_the_site_builds_the_same_profiles_as_the_per_page_queries(name: str, request: pytest.FixtureRequest) -> None:
    if name == "tiny":
        store = ox.Store()
        store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    else:
        store = request.getfixturevalue(name)
    per_page, site = both_ways(store)
    assert per_page.keys() == site.keys() and len(site) > 5
    assert [path for path in per_page if per_page[path] != site[path]] == []


def test_an_agent_shows_the_first_quotes_of_each_objective_and_how_many(synthetic: ox.Store, tmp_path: Path) -> None:
    _path, busiest, _triples = next(site_profiles(synthetic, ["organization/org-0"]))
    assert isinstance(busiest, AgentProfile)
    group = max(busiest.supports, key=lambda g: g.total)
    assert len(group.quotes) == MAX_QUOTES_PER_CONCEPT < group.total
    write_site(synthetic, tmp_path)
    html = (tmp_path / "organization" / "org-0.html").read_text(encoding="utf-8")
    assert f"Showing {MAX_QUOTES_PER_CONCEPT} of {group.total} quotes on {group.ref.label}." in html
    assert html.count('class="note more"') >= 1


def test_long_lists_are_capped_with_a_count_and_stay_escaped(crowded: ox.Store, tmp_path: Path) -> None:
    write_site(crowded, tmp_path)
    coalition = (tmp_path / "organization" / "coalition.html").read_text(encoding="utf-8")
    assert f"Showing {LIMITS['members']} of 106 members." in coalition
    assert len(re.findall(r'<li><a href="\.\./organization/member-', coalition)) == LIMITS["members"]
    objective = (tmp_path / "objective" / "2.html").read_text(encoding="utf-8")
    shown = f"Showing {LIMITS['supporters']} of 105 supporters (&lt;i&gt;Nowhere&lt;/i&gt; &amp; co)."
    assert shown in objective
    assert "<i>Nowhere" not in objective
    assert 'href="../index.html#downloads"' in objective


def test_an_unchanged_page_is_neither_rendered_nor_rewritten(
    crowded: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_site(crowded, tmp_path)
    rendered: list[str] = []
    original = static.render_profile

    def counting(found: Profile, *args: object) -> str:
        rendered.append(found.facts.iri)
        return original(found, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(static, "render_profile", counting)
    second = write_site(crowded, tmp_path)
    assert rendered == [] and second.written == []
    page = tmp_path / "organization" / "plain.html"
    page.write_text("edited by hand", encoding="utf-8")
    third = write_site(crowded, tmp_path)
    assert rendered == [f"{ID}organization/plain"] and third.written == [page]
    assert "Plain Member" in page.read_text(encoding="utf-8")


def test_a_long_section_of_the_home_page_goes_on_numbered_list_pages(
    crowded: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(LIMITS, "home", 20)
    monkeypatch.setitem(LIMITS, "list", 50)
    write_site(crowded, tmp_path)
    home = (tmp_path / "index.html").read_text(encoding="utf-8")
    organizations = len(list((tmp_path / "organization").glob("*.html")))
    assert f"Showing the first 20 of {organizations:,}." in home
    lists = sorted((tmp_path / "lists").glob("organization-*.html"))
    assert [page.name for page in lists] == [f"organization-{n}.html" for n in range(1, (organizations + 49) // 50 + 1)]
    listed = [re.findall(r'<li><a href="([^"]+)"', page.read_text(encoding="utf-8")) for page in lists]
    assert sum(len(links) for links in listed) == organizations
    assert all((tmp_path / "lists" / href).resolve().is_file() for links in listed for href in links)
    monkeypatch.setitem(LIMITS, "home", 200)
    report = write_site(crowded, tmp_path)
    assert sorted(report.removed) == lists
    assert "lists/" not in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_the_n_triples_download_is_sorted_in_runs_without_leftovers(tmp_path: Path) -> None:
    lines = [f'<{ID}item/{(n * 7919) % 1000}> <{ID}p> "{n}" .\n'.encode() for n in range(1000)]
    source, target = tmp_path / "dump.nt", tmp_path / "sorted.nt"
    source.write_bytes(b"".join(lines))
    sort_lines(source, target, run=64)
    assert target.read_bytes() == b"".join(sorted(lines))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dump.nt", "sorted.nt"]


def test_undated_statements_are_listed_in_natural_order(synthetic: ox.Store) -> None:
    _path, found, _triples = next(site_profiles(synthetic, ["organization/org-0"]))
    assert isinstance(found, AgentProfile)
    numbers = [int(s.statement.label.split()[1]) for s in found.statements if s.via is None]
    assert len(numbers) > 1 and numbers == sorted(numbers, reverse=True), "newest first: 3 before 2 before 1"
