"""The suggestion model's labelled examples (``data/suggest/examples.csv``): the file's checks, the
cross-validation split, and what the examples add, on texts written for these tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.ingest.suggest import LexicalModel
from graph.ingest.suggest_examples import COLUMNS, EXAMPLES_FILE
from graph.ingest.suggest_text import SuggestDataError

ROWS = [
    ["t1", "one", "en", "The landlord hung up the moment he heard my accent.", "objective/17", "", "hard", ""],
    ["t2", "one", "fr", "Le bailleur a raccroché dès qu'il a entendu mon accent.", "objective/17", "", "hard", ""],
    ["t3", "two", "en", "Coffee and cake after the meeting, see you all there.", "", "", "no-objective", ""],
    [
        "t4",
        "two",
        "es",
        "Me quitaron el pasaporte el primer día en la finca.",
        "objective/6",
        "objective/10",
        "hard",
        "",
    ],
]
"""Examples written for these tests: scenes without the objectives' own words, and a line of framing."""
SCENE = "The owner of the flat hung up as soon as he heard my accent on the phone."
"""Not an example: a scene like t1, told in other words."""


def write_examples(data_dir: Path, rows: list[list[str]], header: list[str] | None = None) -> None:
    with (data_dir / EXAMPLES_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header or list(COLUMNS))
        writer.writerows(rows)


def error_of(data_dir: Path) -> str:
    with pytest.raises(SuggestDataError) as caught:
        LexicalModel.from_data(data_dir)
    return str(caught.value)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["t9", "one", "de", "Text.", "objective/1", "", "plain", ""], "row 6, field 'language': expected one of"),
        (["t9", "one", "en", "Text.", "objective/24", "", "plain", ""], "row 6, field 'primary': unknown target"),
        (["t9", "one", "en", "Text.", "objective/1", "objective/2|x", "plain", ""], "row 6, field 'also': unknown"),
        (["t9", "one", "en", "  ", "objective/1", "", "plain", ""], "row 6, field 'text': required value is empty"),
        (
            ["t1", "one", "en", "Text.", "objective/1", "", "plain", ""],
            "row 6, field 'id': duplicate id 't1'",
        ),
        (["t9", "one", "en", "Text.", "objective/1", "", "slogan", ""], "row 6, field 'case': expected one of"),
        (["t9", "one", "en", "Text.", "", "", "plain", ""], "row 6, field 'primary': required exactly when"),
        (["t9", "", "en", "Text.", "objective/1", "", "plain", ""], "row 6, field 'set': required value is empty"),
        (["t9", "one", "en", "Text.", "objective/1", "", "plain", "", "extra"], "row 6: more values than the header"),
    ],
)
def test_a_malformed_example_is_one_line_naming_file_row_and_field(
    data_copy: Path, row: list[str], message: str
) -> None:
    write_examples(data_copy, [*ROWS, row])
    found = error_of(data_copy)
    assert found.startswith(f"suggest/examples.csv, {message}")
    assert "\n" not in found


def test_a_missing_column_names_it(data_copy: Path) -> None:
    write_examples(data_copy, [row[:7] for row in ROWS], header=list(COLUMNS[:7]))
    assert error_of(data_copy) == "suggest/examples.csv, row 1, field 'note': missing column"


def test_cli_reports_a_bad_example_in_one_line_with_exit_code_2(data_copy: Path) -> None:
    write_examples(data_copy, [*ROWS, ["t9", "one", "en", "Text.", "objective/99", "", "plain", ""]])
    result = CliRunner().invoke(cli, ["suggest", "--data", str(data_copy), SCENE])
    assert result.exit_code == 2
    assert "suggest/examples.csv, row 6, field 'primary'" in result.output
    assert "Traceback" not in result.output


def test_examples_are_optional(data_copy: Path) -> None:
    (data_copy / EXAMPLES_FILE).unlink(missing_ok=True)  # an older data folder has none
    model = LexicalModel.from_data(data_copy)
    assert model.examples.examples == []
    assert all(s.example == "" for s in model.rank(SCENE))


def test_an_example_teaches_a_scene_and_is_shown_as_evidence(data_copy: Path) -> None:
    (data_copy / EXAMPLES_FILE).unlink(missing_ok=True)
    before = [s.target.path for s in LexicalModel.from_data(data_copy).suggest(SCENE)]
    write_examples(data_copy, ROWS)
    after = LexicalModel.from_data(data_copy).suggest(SCENE)
    assert "objective/17" not in before
    assert after[0].target.path == "objective/17"
    assert after[0].example == ROWS[0][3]


def test_an_example_votes_for_its_also_targets_too(data_copy: Path) -> None:
    write_examples(data_copy, ROWS)
    votes = LexicalModel.from_data(data_copy).examples.votes(["pasaport", "finc"], k=5, also=0.5)
    assert set(votes.targets) == {"objective/6", "objective/10"}
    assert votes.targets["objective/10"] == pytest.approx(votes.targets["objective/6"] / 2)
    assert votes.none == 0.0


def test_the_cross_validation_split_leaves_the_scored_set_out(data_copy: Path) -> None:
    write_examples(data_copy, ROWS)
    model = LexicalModel.from_data(data_copy)
    fold = model.leaving_out("one")
    assert {e.id for e in fold.examples.examples} == {"t3", "t4"}
    assert all(text not in texts for texts in fold.expansion.values() for text in (ROWS[0][3], ROWS[1][3]))
    assert all(s.example not in (ROWS[0][3], ROWS[1][3]) for s in fold.rank(ROWS[0][3]))
    # the full model does hold it: its nearest example is the text itself
    assert model.suggest(ROWS[0][3])[0].example == ROWS[0][3]
    assert {e.id for e in model.examples.examples} == {"t1", "t2", "t3", "t4"}


@pytest.fixture(scope="module")
def live() -> LexicalModel:
    return LexicalModel.from_data()


def test_no_live_example_scores_itself_under_cross_validation(live: LexicalModel) -> None:
    model = live
    sets = {e.set for e in model.examples.examples}
    assert len(sets) > 1
    name = min(sets)
    fold = model.leaving_out(name)
    held = {e.text for e in model.examples.examples if e.set == name}
    assert held and not held & {e.text for e in fold.examples.examples}
    assert not held & {text for texts in fold.expansion.values() for text in texts}
    for text in sorted(held)[:20]:
        assert all(s.example not in held for s in fold.rank(text))


SCENES = [
    ("en", "My cousin paid a man to get her on a truck north; he left the group in the desert.", "objective/9"),
    ("es", "El dueño del bar le quitó el teléfono y no la deja salir ni de noche.", "objective/10"),
    ("pt", "Ela é enfermeira formada, mas aqui só deixam que limpe os corredores do hospital.", "objective/18"),
    ("fr", "Au guichet de la préfecture, on m'a dit de revenir dans six mois, sans aucun papier.", "objective/12"),
]
"""Scenes written for these tests, none in the examples: the live model puts their objective first
three."""


@pytest.mark.parametrize(("language", "text", "target"), SCENES)
def test_live_model_finds_a_scene_in_the_first_three(live: LexicalModel, language: str, text: str, target: str) -> None:
    shown = [s.target.path for s in live.suggest(text)]
    assert target in shown[:3], shown


def test_cli_json_carries_the_nearest_example(data_copy: Path) -> None:
    write_examples(data_copy, ROWS)
    result = CliRunner().invoke(cli, ["suggest", "--data", str(data_copy), "--format", "json", SCENE])
    assert result.exit_code == 0
    (found,) = json.loads(result.output)
    assert found[0]["target"] == "objective/17"
    assert found[0]["example"] == ROWS[0][3]
