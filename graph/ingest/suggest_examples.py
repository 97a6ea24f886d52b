"""Labelled example texts as a channel of the suggestion model (``data/suggest/examples.csv``).

Each example is a short text written for the project (a demand, a testimony, a scene, a slogan)
with the target a curator gave it (``primary``, and ``also``) or none. A text is scored by its
nearest examples (BM25 over the examples' stems, each example stemmed in its own language): each
of the ``k`` nearest votes for its targets with its BM25 score, a text with no objective votes
for "none", which raises the bar a target must pass. The nearest example of a target is shown as
evidence. Hand-written k nearest neighbours rather than a scikit-learn model: it reuses the BM25
index and analyzer of the model, needs no numpy at run time, and its reason is a text a curator
can read.

Honest figures need the scored text out of the examples: ``ExampleIndex.leaving_out`` drops one
``set`` (one evaluation file), which ``benchmarks/eval_suggest.py`` uses for its cross-validation.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from graph.errors import DataError
from graph.ingest.bm25 import Bm25
from graph.ingest.suggest_text import LANGUAGES, Analyzer, SuggestDataError

EXAMPLES_FILE = "suggest/examples.csv"
COLUMNS = ("id", "set", "language", "text", "primary", "also", "case", "note")
CASES = ("plain", "hard", "near-miss", "no-objective")


@dataclass(frozen=True)
class Example:
    """One labelled text; ``set`` names the file it was written in (a cross-validation fold)."""

    id: str
    set: str
    language: str
    text: str
    primary: str
    also: tuple[str, ...]
    case: str

    @property
    def gold(self) -> tuple[str, ...]:
        return (self.primary, *self.also) if self.primary else ()


def read_examples(data_dir: Path, targets: set[str]) -> list[Example]:
    """The examples of ``data_dir/suggest/examples.csv`` (none when the file is absent, as in an
    older data folder); a bad row is a one-line error naming the file, the row and the field."""
    path = data_dir / EXAMPLES_FILE
    if not path.is_file():
        return []
    try:
        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
        header = reader.fieldnames or []
        rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise bad(None, None, f"cannot read: {error}".splitlines()[0]) from None
    for column in COLUMNS:
        if column not in header:
            raise bad(1, column, "missing column")
    seen: dict[str, int] = {}
    found = [example_of(row, number, targets, seen) for number, row in enumerate(rows, start=2)]
    return found


def bad(row: int | None, field: str | None, message: str) -> SuggestDataError:
    return SuggestDataError(DataError(EXAMPLES_FILE, row, field, message))


def example_of(row: dict[str | None, object], number: int, targets: set[str], seen: dict[str, int]) -> Example:
    """One checked row (``seen``: id -> row, for duplicates)."""
    if row.get(None):
        raise bad(number, None, "more values than the header has columns")
    value = {column: str(row.get(column) or "").strip() for column in COLUMNS}
    for column in ("id", "set", "text"):
        if not value[column]:
            raise bad(number, column, "required value is empty")
    if value["id"] in seen:
        raise bad(number, "id", f"duplicate id {value['id']!r} (also row {seen[value['id']]})")
    seen[value["id"]] = number
    if value["language"] not in LANGUAGES:
        raise bad(number, "language", f"expected one of {', '.join(LANGUAGES)}, got {value['language']!r}")
    also = tuple(part.strip() for part in value["also"].split("|") if part.strip())
    for column, found in (("primary", [value["primary"]] if value["primary"] else []), ("also", list(also))):
        unknown = [target for target in found if target not in targets]
        if unknown:
            raise bad(number, column, f"unknown target {unknown[0]!r} (objective/N or principle/<slug>)")
    if value["case"] not in CASES:
        raise bad(number, "case", f"expected one of {', '.join(CASES)}, got {value['case']!r}")
    if (value["case"] == "no-objective") != (not value["primary"]):
        raise bad(number, "primary", "required exactly when the case is not 'no-objective'")
    if also and not value["primary"]:
        raise bad(number, "also", "needs a primary target")
    return Example(value["id"], value["set"], value["language"], value["text"], value["primary"], also, value["case"])


@dataclass(frozen=True)
class Votes:
    """What a text's nearest examples say: score per target path, the "none" score, and the
    nearest example of each target."""

    targets: dict[str, float]
    none: float
    nearest: dict[str, Example]


class ExampleIndex:
    """BM25 over the examples' stems; ``votes`` asks the ``k`` nearest."""

    def __init__(self, examples: list[Example], analyzer: Analyzer) -> None:
        self.examples = examples
        self.analyzer = analyzer
        stems = [analyzer.stems(example.text, example.language) for example in examples]
        self.stemmed = {(e.text, e.language): s for e, s in zip(examples, stems, strict=True)}
        """(text, language) -> its stems, so the model's documents reuse them."""
        self.bm25 = Bm25.fit(stems)

    def texts(self, which: str) -> dict[tuple[str, str], list[str]]:
        """(primary target path, or "" for none; language) -> the example texts, for
        ``which`` examples: "" none, "targets" those with a primary, "all" those without one too."""
        found: dict[tuple[str, str], list[str]] = {}
        for example in self.examples:
            if which == "all" or (which == "targets" and example.primary):
                found.setdefault((example.primary, example.language), []).append(example.text)
        return found

    def leaving_out(self, fold: str) -> ExampleIndex:
        """The index without the examples of set ``fold`` (cross-validation)."""
        return ExampleIndex([e for e in self.examples if e.set != fold], self.analyzer)

    def neighbours(self, stems: list[str], k: int) -> list[tuple[Example, float]]:
        """The ``k`` examples nearest to ``stems``, best first (ties by id)."""
        scores = self.bm25.scores(stems)
        best = sorted(scores.items(), key=lambda item: (-item[1], self.examples[item[0]].id))[:k]
        return [(self.examples[index], score) for index, score in best if score > 0]

    def votes(self, stems: list[str], k: int, also: float) -> Votes:
        """Each of the ``k`` nearest examples gives its score to its primary target (``also`` times
        it to each further target), or to "none"."""
        targets: dict[str, float] = {}
        nearest: dict[str, Example] = {}
        none = 0.0
        for example, score in self.neighbours(stems, k):
            if not example.primary:
                none += score
            for target in example.gold:
                targets[target] = targets.get(target, 0.0) + score * (1.0 if target == example.primary else also)
                nearest.setdefault(target, example)
        return Votes(targets, none, nearest)
