"""The objective suggestion model and ``gcmkg suggest``, on texts written for these tests.

The texts are not from the evaluation sets (benchmarks/eval): each is an unambiguous demand whose
objective a curator would name at once, in each of the four languages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.ingest.suggest import THRESHOLD, LexicalModel
from graph.ingest.suggest_text import SuggestDataError, detect_language

CLEAR = [
    ("en", "Remittance transfer fees are far too high; cut the cost of sending money home.", "objective/20"),
    ("en", "End immigration detention of children and fund community-based alternatives.", "objective/13"),
    ("es", "Exigimos canales regulares de migración laboral y visas humanitarias.", "objective/5"),
    ("es", "Los Estados deben buscar a las personas migrantes desaparecidas e identificar sus restos.", "objective/8"),
    ("pt", "Os trabalhadores migrantes não podem pagar taxas de recrutamento às agências.", "objective/6"),
    ("pt", "Pedimos acesso à saúde e à educação para migrantes, sem importar o status migratório.", "objective/15"),
    ("fr", "Nous demandons la fin de la rétention administrative des enfants migrants.", "objective/13"),
    ("fr", "Il faut lutter contre la traite des êtres humains et protéger les victimes.", "objective/10"),
]
NO_OBJECTIVE = [
    "No human being is illegal!",
    "Vamos juntos, sempre!",
    "We thank the organisers and interpreters of this meeting.",
]
HARD = [
    ("en", "Half of what I send to my mother each month is eaten by the charges at the counter.", "objective/20"),
    ("es", "Los niños pasan semanas detrás de rejas mientras se revisa su caso.", "objective/13"),
    ("pt", "Trabalhei vinte anos fora e perdi toda a minha aposentadoria ao voltar.", "objective/22"),
    ("fr", "Les insultes racistes contre les exilés doivent être punies.", "objective/17"),
]
"""Demands told in everyday words, without the objective's own terms (data/suggest/everyday.yaml)."""
NOTHING = [
    "Ningún ser humano es ilegal.",
    "Quito, 3 de diciembre de 2026.",
    "Rendez-vous dimanche à 14 h devant la mairie !",
    "Um abraço fraterno a todas as delegações.",
    "Somos una red de colectivos de barrio fundada en 2009.",
    "Notre réseau rassemble une quarantaine de collectifs depuis 2011.",
    "Compartilhe este comunicado com as suas redes.",
    "Questions about this letter can be sent to the address below.",
    "Un minuto de silencio, por favor, antes de empezar.",
]
"""Slogans, dates and places, calls to gather, greetings, a signatory presenting itself, a request to
share, a contact line, a minute of silence: no objective and no principle either."""
FALSE_FRIENDS = [
    ("es", "Mi apelación fue rechazada y el plazo para recurrir ya había vencido.", "objective/12"),
    ("en", "Offices must give newcomers clear information in Arabic, French and Spanish.", "objective/3"),
    ("fr", "Ma sœur coud des vêtements dans un atelier clandestin, sans salaire depuis des mois.", "objective/6"),
]
"""Demands and testimonies sharing a word with the framing of texts without an objective (a deadline,
the names of languages, a workshop): the framing must not silence them (data/suggest/boilerplate.yaml)."""


@pytest.fixture(scope="module")
def model() -> LexicalModel:
    return LexicalModel.from_data()


@pytest.mark.parametrize(("language", "text", "target"), CLEAR)
def test_a_clear_demand_gets_its_objective_first(model: LexicalModel, language: str, text: str, target: str) -> None:
    assert detect_language(text) == language
    suggestions = model.suggest(text)
    assert suggestions and suggestions[0].target.path == target
    first = suggestions[0]
    assert THRESHOLD <= first.score < 1
    assert first.evidence and all(word.casefold() in text.casefold() for word in first.evidence)
    assert first.sentence, "the nearest description sentence is shown"


@pytest.mark.parametrize("text", NO_OBJECTIVE)
def test_a_slogan_or_a_thank_you_gets_no_objective(model: LexicalModel, text: str) -> None:
    assert [s for s in model.suggest(text) if s.target.kind == "objective"] == []


@pytest.mark.parametrize(("language", "text", "target"), HARD)
def test_a_demand_in_everyday_words_gets_its_objective_in_the_first_three(
    model: LexicalModel, language: str, text: str, target: str
) -> None:
    assert detect_language(text) == language
    suggestions = model.suggest(text, limit=3)
    assert target in [s.target.path for s in suggestions]
    found = next(s for s in suggestions if s.target.path == target)
    assert found.evidence and all(word.casefold() in text.casefold() for word in found.evidence)


@pytest.mark.parametrize("text", NOTHING)
def test_a_slogan_date_or_greeting_gets_nothing(model: LexicalModel, text: str) -> None:
    assert model.suggest(text) == []


@pytest.mark.parametrize(("language", "text", "target"), FALSE_FRIENDS)
def test_a_word_shared_with_the_framing_does_not_silence_a_demand(
    model: LexicalModel, language: str, text: str, target: str
) -> None:
    assert detect_language(text) == language
    assert target in [s.target.path for s in model.suggest(text, limit=3)]


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "vous devant presque laissent"), ("es", "usted delante casi dejan"), ("pt", "você diante quase deixam")],
)
def test_pronouns_and_function_words_are_left_out(model: LexicalModel, language: str, words: str) -> None:
    assert model.analyzer.stems(words, language) == []


def test_a_translation_note_still_gets_nothing(model: LexicalModel) -> None:
    assert model.suggest("The statement is available in English, Spanish and French.") == []


def test_everyday_words_are_optional_and_a_broken_list_names_the_file(data_copy: Path) -> None:
    path = data_copy / "suggest" / "everyday.yaml"
    path.unlink(missing_ok=True)  # an older data folder has none
    assert LexicalModel.from_data(data_copy).rank(HARD[0][1])
    path.write_text("objective/20:\n  en: send money\n", encoding="utf-8")
    with pytest.raises(SuggestDataError) as caught:
        LexicalModel.from_data(data_copy)
    assert str(caught.value) == "suggest/everyday.yaml, field 'objective/20': expected words for en, es, pt, fr"


def test_scores_are_ordered_and_under_threshold_targets_left_out(model: LexicalModel) -> None:
    text = CLEAR[1][1]
    everything = model.rank(text)
    shown = model.suggest(text, limit=33)
    assert [s.score for s in everything] == sorted((s.score for s in everything), reverse=True)
    assert shown == [s for s in everything if s.score >= THRESHOLD]
    assert model.suggest(text, limit=1) == shown[:1]


def test_the_same_text_gives_the_same_suggestions(model: LexicalModel) -> None:
    again = LexicalModel.from_data()
    for _, text, _ in CLEAR:
        assert model.suggest(text) == again.suggest(text)


def test_a_broken_word_list_is_one_line_naming_the_file(data_copy: Path) -> None:
    (data_copy / "suggest" / "stopwords.yaml").write_text("en: [unclosed\n", encoding="utf-8")
    with pytest.raises(SuggestDataError) as caught:
        LexicalModel.from_data(data_copy)
    assert str(caught.value).startswith("suggest/stopwords.yaml: cannot read:")
    assert "\n" not in str(caught.value)


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["suggest", *args], input=stdin)
    return result.exit_code, result.output


def test_cli_json_is_a_list_per_input_best_first() -> None:
    code, output = run("--format", "json", CLEAR[0][1])
    assert code == 0
    (found,) = json.loads(output)
    assert found[0]["target"] == "objective/20"
    assert set(found[0]) >= {"target", "score", "evidence"}
    assert [item["score"] for item in found] == sorted((item["score"] for item in found), reverse=True)
    assert all(item["score"] >= THRESHOLD and isinstance(item["evidence"], list) for item in found)


def test_cli_lines_from_stdin_score_each_line() -> None:
    lines = "\n".join([CLEAR[2][1], "", NO_OBJECTIVE[2], CLEAR[6][1]]) + "\n"
    code, output = run("--lines", "--format", "json", "-", stdin=lines)
    assert code == 0
    results = json.loads(output)
    assert len(results) == 3
    assert results[0][0]["target"] == "objective/5"
    assert results[1] == []
    assert results[2][0]["target"] == "objective/13"


def test_cli_table_and_empty_input() -> None:
    code, output = run(CLEAR[4][1])
    assert code == 0 and "objective/6" in output
    code, output = run(NO_OBJECTIVE[2])
    assert code == 0 and "no objective or principle above the threshold" in output
    code, output = run("-", stdin="  \n")
    assert code == 2 and "no text to suggest for" in output
