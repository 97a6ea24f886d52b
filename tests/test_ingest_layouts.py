"""Signatory lists as statements publish them: the layout corpus (tests/data/layouts, see its README)
read as ``gcmkg ingest`` reads it, against its exact gold. The full report, by group, is
``benchmarks/eval_layouts.py``; here every document (seed re-layouts and hand-written development
documents, the formerly held-out ones included) must be read exactly: names, kinds and coalitions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph import paths
from graph.curation.curated import load_curated
from graph.ingest.countries import Gazetteer
from graph.ingest.extract import read_input
from graph.ingest.signatories import Extraction, extract_signatories
from graph.ingest.text import words

LAYOUTS = Path(__file__).parent / "data" / "layouts"
SEED = sorted((LAYOUTS / "seed").glob("*.gold.yaml"))
HAND = sorted((LAYOUTS / "handwritten").glob("*.gold.yaml"))
ALL = sorted(LAYOUTS.glob("*/*.gold.yaml"))


@pytest.fixture(scope="module")
def reader() -> tuple[Gazetteer, frozenset[str]]:
    curated = load_curated(paths.DATA_DIR)
    extra = {code: [c.name_en, c.name_es] for code, c in curated.countries.items()}
    known = frozenset(s for organization in curated.organizations.values() for s in organization.written_as)
    return Gazetteer(set(curated.countries), extra), known


def read(gold_path: Path, reader: tuple[Gazetteer, frozenset[str]]) -> tuple[dict[str, Any], Extraction]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    text = read_input(gold_path.with_name(gold["document"])).text
    return gold, extract_signatories(text, *reader)


def norm(name: str) -> str:
    return " ".join(words(name))


def records(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(name, read as, coalition) of every agent read."""
    found = set()
    for agent in extraction.agents:
        parent = extraction.agents[agent.parent].name if agent.parent is not None else ""
        kind = "person" if agent.kind == "person" else ("coalition" if agent.is_coalition else "organization")
        found.add((agent.name, kind, parent))
    return found


@pytest.mark.parametrize("gold_path", SEED, ids=lambda p: p.name.removesuffix(".gold.yaml"))
def test_every_seed_relayout_is_read_exactly(gold_path: Path, reader: tuple[Gazetteer, frozenset[str]]) -> None:
    gold, extraction = read(gold_path, reader)
    wanted = {(g["name"], g["read_as"], g.get("member_of", "")) for g in gold["signatories"]}
    assert records(extraction) == wanted
    places = {(a.name, claim.code) for a in extraction.agents for claim in a.places}
    assert places == {(g["name"], code) for g in gold["signatories"] for code in g["countries"]}


@pytest.mark.parametrize("gold_path", ALL, ids=lambda p: p.name.removesuffix(".gold.yaml"))
def test_headings_dates_and_contacts_are_never_agents(
    gold_path: Path, reader: tuple[Gazetteer, frozenset[str]]
) -> None:
    gold, extraction = read(gold_path, reader)
    names = {norm(g["name"]) for g in gold["signatories"]}
    furniture = {norm(str(item)) for item in gold.get("not_agents") or []}
    read_as_agents = [a.name for a in extraction.agents if norm(a.name) in furniture - names]
    assert read_as_agents == []


def test_hand_written_statements_are_read_nearly_whole(reader: tuple[Gazetteer, frozenset[str]]) -> None:
    found: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    for gold_path in sorted((LAYOUTS / "handwritten").glob("*.gold.yaml")):
        gold, extraction = read(gold_path, reader)
        found.update(norm(a.name) for a in extraction.agents)
        wanted.update(norm(g["name"]) for g in gold["signatories"])
    right = sum((found & wanted).values())
    precision, recall = right / sum(found.values()), right / sum(wanted.values())
    assert 2 * precision * recall / (precision + recall) >= 0.9


@pytest.mark.parametrize("gold_path", HAND, ids=lambda p: p.name.removesuffix(".gold.yaml"))
def test_every_hand_written_development_document_is_read_exactly(
    gold_path: Path, reader: tuple[Gazetteer, frozenset[str]]
) -> None:
    gold, extraction = read(gold_path, reader)
    wanted = {(g["name"], g["read_as"], g.get("member_of", "")) for g in gold["signatories"]}
    assert records(extraction) == wanted
    places = {(a.name, claim.code) for a in extraction.agents for claim in a.places}
    assert places == {(g["name"], code) for g in gold["signatories"] for code in g["countries"]}
