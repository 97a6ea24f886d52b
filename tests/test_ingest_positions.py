"""Positions (quotes, offsets, types) and objective suggestions."""

from __future__ import annotations

import pytest
import yaml

from graph.curation.curated import load_curated
from graph.curation.model import Curated
from graph.ingest.positions import find_positions, type_of
from graph.ingest.suggest import LexicalModel
from graph.ingest.text import split_lines
from tests.conftest import SEED_DATA

SEED = SEED_DATA / "sources/000_ba5cef3e2e24ca91.txt"


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEED_DATA)


def test_seed_positions_are_the_curated_quotes_with_their_types() -> None:
    text = SEED.read_text(encoding="utf-8")
    title = split_lines(text)[0]
    found = find_positions(text, title.end, text.index("Subscribed by"), title)
    curated = yaml.safe_load((SEED_DATA / "statements/lac-2025-santiago.yaml").read_text(encoding="utf-8"))
    assert [(p.quote, p.type) for p in found] == [(p["quote"], p["type"]) for p in curated["positions"]]
    assert all(text[p.start : p.end] == p.quote for p in found)


@pytest.mark.parametrize(
    ("quote", "kind", "rule"),
    [
        ("Exigimos a los Estados alternativas a la detención.", "demand", "'Exigimos'"),
        ("Nos preocupa el aumento de las detenciones.", "concern", "'Nos preocupa'"),
        ("Preocupa-nos a falta de acesso aos serviços.", "concern", "'Preocupa-nos'"),
        ("Reafirmamos nosso compromisso com a inclusão.", "commitment", "'Reafirmamos nosso compromisso'"),
        ("Nos comprometemos a seguir acompañando.", "commitment", "'Nos comprometemos'"),
        ("We observe with concern the externalization of borders.", "concern", "'We observe'"),
        ("¿Cuántas personas más deben morir en las fronteras?", "question", "'?'"),
        ("É necessário garantir a regularização migratória.", "demand", "normative word"),
        ("Migrants sustain our economies.", "concern", "no cue, no normative word"),
    ],
)
def test_position_type_rules(quote: str, kind: str, rule: str) -> None:
    found_kind, found_rule = type_of(quote)
    assert (found_kind, rule in found_rule) == (kind, True), found_rule


def test_a_paragraph_is_split_where_a_sentence_starts_with_another_cue() -> None:
    text = (
        "Title line\nWe are concerned by detention without due process. Many are held for months. "
        "We demand alternatives to detention.\nNobody is illegal!\n"
    )
    found = find_positions(text, 11, len(text), split_lines(text)[0])
    assert [(p.type, p.quote) for p in found] == [
        ("concern", "We are concerned by detention without due process. Many are held for months."),
        ("demand", "We demand alternatives to detention."),
        ("slogan", "Nobody is illegal!"),
    ]


def test_headings_addressees_and_introductions_are_not_positions() -> None:
    text = "Title\nA los Estados\nNuestras demandas\nDeclaramos lo siguiente:\nExigimos justicia para las familias.\n"
    found = find_positions(text, 6, len(text), split_lines(text)[0])
    assert [p.quote for p in found] == ["Exigimos justicia para las familias."]


def test_hard_wrapped_paragraphs_are_joined_verbatim() -> None:
    text = (
        "Title\n\nWe demand that States end the detention of\nchildren and invest in alternatives\n"
        "to detention in every country\n\nWe are concerned by the closure of\nborders across the region and\n"
        "the militarization of migration control\n"
    )
    found = find_positions(text, 5, len(text), split_lines(text)[0])
    assert [p.type for p in found] == ["demand", "concern"]
    assert all(text[p.start : p.end] == p.quote for p in found)
    assert "\n" in found[0].quote


def test_suggestions_rank_the_objective_of_missing_migrants_first(curated: Curated) -> None:
    # The model reads data/descriptions only, never the curated quotes: nothing to leave out.
    model = LexicalModel.from_curated(curated)
    suggestions = model.suggest("We demand justice for missing migrants and that their families be heard.")
    assert suggestions[0].target.path == "objective/8"
    assert "missing" in suggestions[0].evidence
    assert 0 < suggestions[0].score <= 1


def test_spanish_quotes_are_stemmed_in_spanish(curated: Curated) -> None:
    model = LexicalModel.from_curated(curated)
    assert model.analyzer.stems("Las detenciones de niñas y niños", "es") == ["detencion", "nin", "nin"]
    top = [s.target.path for s in model.suggest("Exigimos alternativas a la detención de personas migrantes.")][:3]
    assert "objective/13" in top


def test_suggestions_are_limited_and_thresholded(curated: Curated) -> None:
    model = LexicalModel.from_curated(curated)
    assert len(model.suggest("migration rights detention borders remittances data", limit=2)) == 2
    assert model.suggest("zzz qqq", limit=5) == []
    assert all(s.score > 0.3 for s in model.suggest("remittances", threshold=0.3))
