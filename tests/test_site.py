"""Profiles and the static site (``gcmkg site``): names not IRIs, natural order, escaping, relative
links only, and an incremental second run that rewrites nothing.

Exact expectations come from the tiny fixture ``tests/data/site_tiny.ttl``; on the seed graph
only invariants are checked (a second statement will join the data).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.site.kinds import AgentProfile, ConceptProfile, StatementProfile
from graph.site.local import profile
from graph.site.rows import natural_key
from graph.site.static import write_site

TINY = Path(__file__).parent / "data" / "site_tiny.ttl"
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def tiny() -> ox.Store:
    store = ox.Store()
    store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def tiny_site(tiny: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tiny-site")
    write_site(tiny, out)
    return out


@pytest.fixture(scope="module")
def seed_site(store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-site")
    write_site(store, out)
    return out


def visible(html: str) -> str:
    """The page's text without its style and JSON-LD blocks."""
    return re.sub(r"<(style|script)[^>]*>.*?</\1>", "", html, flags=re.S)


def test_natural_order_puts_2_before_14() -> None:
    assert sorted(["14", "2", "1", "21"], key=natural_key) == ["1", "2", "14", "21"]


def test_an_agent_profile_groups_its_quotes_by_objective_in_natural_order(tiny: ox.Store) -> None:
    found = profile(tiny, "organization/plain")
    assert isinstance(found, AgentProfile)
    assert found.facts.title == "Plain Member"
    assert [group.ref.label for group in found.supports] == [
        "Minimize the adverse drivers",
        "Enhance consular protection",
    ]
    assert [group.note for group in found.supports] == ["2", "14"]
    assert found.supports[0].quotes[0].stance == "demand", "the position kind stands in for a stance"
    assert [(s.statement.label, s.via.label if s.via else None) for s in found.statements] == [
        ("Tiny & <b>bold</b> statement", "Tiny Coalition")
    ]
    assert [(ref.label, shared) for ref, shared in found.cosigners] == [
        (HOSTILE, 1),
        ("Tiny Coalition", 1),
    ]


def test_an_objective_profile_lists_supporters_by_country_and_quotes_by_statement(tiny: ox.Store) -> None:
    found = profile(tiny, "objective/2")
    assert isinstance(found, ConceptProfile)
    assert found.facts.literal("http://www.w3.org/2004/02/skos/core#definition").startswith("Objective two")
    assert sorted(ref.label for ref in found.supporters) == sorted([HOSTILE, "Plain Member", "Tiny Coalition"])
    assert [(c.label, len(c.members)) for c in found.by_country] == [("Mexico", 1), ("country not recorded", 2)]
    assert [q.anchor for group in found.quotes for q in group.quotes] == ["span-35-98"]


def test_a_statement_profile_cuts_its_text_at_the_positions(tiny: ox.Store) -> None:
    found = profile(tiny, "statement/tiny")
    assert isinstance(found, StatementProfile)
    marked = [s for s in found.segments if s.anchor]
    assert [s.text[:12] for s in marked] == ["We ask that ", "We ask for c"]
    assert [c.label for c in marked[1].concepts] == ["Enhance consular protection"]
    coalition = next(s for s in found.signatories if s.ref.label == "Tiny Coalition")
    assert [m.ref.label for m in coalition.members] == ["Plain Member"]


def test_hostile_names_and_quotes_are_escaped_everywhere(tiny_site: Path) -> None:
    for page in tiny_site.rglob("*.html"):
        if page.parent.name == "network":
            continue
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html, page
        assert "<script>window.__pwned" not in html, page
        assert len(re.findall(r"</script>", html)) == len(re.findall(r"<script", html)), page
    organization = (tiny_site / "organization" / "hostile.html").read_text(encoding="utf-8")
    assert "<h1>&lt;img src=x onerror=alert(1)&gt;</h1>" in organization
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', organization, flags=re.S)
    assert data and json.loads(data.group(1)), "the embedded JSON-LD parses"
    assert HOSTILE in json.dumps(json.loads(data.group(1)), ensure_ascii=False)


def test_every_link_of_the_site_stays_in_the_folder(seed_site: Path) -> None:
    for page in seed_site.rglob("*.html"):
        if page.parent.name == "network":
            continue
        html = page.read_text(encoding="utf-8")
        for target in re.findall(r'(?:src|href)="([^"]*)"', html):
            if target.startswith(("http://", "https://")):
                assert 'rel="noopener noreferrer nofollow"' in html, (page, target)
                continue
            if target.startswith(("#", "data:")):
                continue
            assert not target.startswith("/"), (page, target)
            assert (page.parent / target.split("#")[0]).resolve().is_file(), (page, target)
        assert not re.search(r'src="https?:', html), page


def test_seed_profiles_show_names_not_record_iris(seed_site: Path) -> None:
    for name in ("organization/cristosal.html", "objective/8.html"):
        text = visible((seed_site / name).read_text(encoding="utf-8"))
        assert "support/" not in text and "position/" not in text, name
    cristosal = visible((seed_site / "organization" / "cristosal.html").read_text(encoding="utf-8"))
    numbers = [int(n) for n in re.findall(r"<h3>Objective (\d+) ·", cristosal)]
    assert numbers == sorted(numbers) and len(numbers) > 1


def test_a_second_run_rewrites_nothing(tiny: ox.Store, tmp_path: Path) -> None:
    first = write_site(tiny, tmp_path)
    before = {path: (path.stat().st_mtime_ns, path.stat().st_ino) for path in tmp_path.rglob("*") if path.is_file()}
    second = write_site(tiny, tmp_path)
    after = {path: (path.stat().st_mtime_ns, path.stat().st_ino) for path in tmp_path.rglob("*") if path.is_file()}
    assert first.written and not second.written
    assert len(second.unchanged) == len(first.written)
    assert after == before


def test_a_changed_page_is_rewritten_and_no_temporary_file_is_left(tiny: ox.Store, tmp_path: Path) -> None:
    write_site(tiny, tmp_path)
    page = tmp_path / "organization" / "plain.html"
    page.write_text("stale", encoding="utf-8")
    report = write_site(tiny, tmp_path)
    assert report.written == [page]
    assert "Plain Member" in page.read_text(encoding="utf-8")
    assert not list(tmp_path.rglob("*.tmp"))


def test_pages_of_resources_gone_from_the_graph_are_removed(tiny: ox.Store, tmp_path: Path) -> None:
    write_site(tiny, tmp_path)
    stale = tmp_path / "organization" / "gone.html"
    stale.write_text("an organization the graph no longer has", encoding="utf-8")
    report = write_site(tiny, tmp_path)
    assert report.removed == [stale] and not stale.exists()
    assert (tmp_path / "organization" / "plain.html").is_file()


def test_the_site_command_writes_the_folder(tmp_path: Path) -> None:
    built = tmp_path / "graph.nt"
    store = ox.Store()
    store.load(path=str(TINY), format=ox.RdfFormat.TURTLE)
    built.write_bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
    result = CliRunner().invoke(cli, ["site", "-o", str(tmp_path / "site"), "--from", str(built)])
    assert result.exit_code == 0, result.output
    assert "files written" in result.output
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "data" / "gcmkg.nt").read_bytes().count(b"\n") == len(store)
