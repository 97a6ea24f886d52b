"""``gcmkg suggest``: the objective suggestion model on any text, outside a draft.

Prints, for one text (an argument, or standard input with ``-``) or for each line of it
(``--lines``), the GCM objectives and guiding principles the model ranks above its calibrated
threshold, best first, with the evidence: the description terms and words of the text that
counted, the nearest description sentence, and the nearest labelled example of the target
(``data/suggest/examples.csv``, shown after "like:"). Nothing is written anywhere: suggestions become
``addresses:`` links only when a curator writes them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from graph.cli.common import console, data_option, reports_errors
from graph.errors import GcmkgError
from graph.ingest.suggest import THRESHOLD, LexicalModel, Suggestion


class SuggestInputError(GcmkgError):
    """No text to suggest for."""

    exit_code = 2


def suggestion_json(suggestion: Suggestion) -> dict[str, object]:
    return {
        "target": suggestion.target.path,
        "label": suggestion.target.label,
        "score": suggestion.score,
        "evidence": list(suggestion.evidence),
        "sentence": suggestion.sentence,
        "example": suggestion.example,
    }


def texts_of(text: str, lines: bool) -> list[str]:
    """The texts to score: the whole input, or each non-blank line with ``--lines``."""
    if text == "-":
        text = sys.stdin.read()
    found = [line.strip() for line in text.splitlines() if line.strip()] if lines else [text.strip()]
    if not any(found):
        raise SuggestInputError("no text to suggest for (give TEXT, or - to read standard input)")
    return found


def print_table(texts: list[str], results: list[list[Suggestion]]) -> None:
    for number, (text, suggestions) in enumerate(zip(texts, results, strict=True), start=1):
        title = f"{number}. {text[:100]}{'…' if len(text) > 100 else ''}" if len(texts) > 1 else None
        if not suggestions:
            console.print(f"{escape(title) + ': ' if title else ''}no objective or principle above the threshold")
            continue
        table = Table(title=escape(title) if title else None, title_justify="left")
        for column in ("target", "score", "evidence", "nearest description sentence"):
            table.add_column(column)
        for s in suggestions:
            table.add_row(
                escape(f"{s.target.path} ({s.target.label})"),
                f"{s.score:.3f}",
                escape(", ".join(s.evidence) + (f'\nlike: "{s.example}"' if s.example else "")),
                escape(s.sentence),
            )
        console.print(table)


@click.command("suggest")
@click.argument("text")
@click.option("--lines", is_flag=True, help="Score each non-blank line as its own text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, 33), default=5, show_default=True, help="At most this many per text.")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=THRESHOLD,
    show_default=True,
    help="Leave out targets scoring under this (calibrated on the examples, data/suggest/examples.csv).",
)
@data_option("The curated data whose descriptions (data/descriptions) the model is built from.")
@reports_errors
def suggest_command(text: str, lines: bool, fmt: str, limit: int, threshold: float, data_dir: Path) -> None:
    """Suggest the GCM objectives and principles a text addresses, with the evidence.

    TEXT is the text itself, or - to read it from standard input. With --lines each line is scored
    on its own. --format json prints a list per text of {"target", "score", "evidence", ...}, best
    first; targets under the threshold are left out. Suggestions are never written to data/.
    """
    texts = texts_of(text, lines)
    model = LexicalModel.from_data(data_dir)
    results = [model.suggest(value, limit, threshold) for value in texts]
    if fmt == "json":
        click.echo(json.dumps([[suggestion_json(s) for s in found] for found in results], ensure_ascii=False, indent=2))
    else:
        print_table(texts, results)
