"""Cross-validated grid for the suggestion model's weights (dev only; not a test).

Each argument is a ``Weights(...)`` expression; for each, every set of ``data/suggest/examples.csv``
is scored by the model built with that set left out of its examples (as ``eval_suggest.py`` does),
at a few thresholds, and one line is printed: P@1, recall@3, texts without an objective that get
none, then P@1 and recall@3 of the sets written by other sessions (``heldout3`` and ``heldout4``,
the best proxies of unseen text), French P@1, and the lowest share of "none" right in any one set.

    .venv/bin/python benchmarks/tune_suggest.py "Weights(example=0.2, none=0.3, k=5)" "Weights(expand='')"

``--extra SET,SET`` names sets that only ever train (added to every fold, never scored).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.ingest.suggest import LexicalModel
from graph.ingest.suggest_examples import Example
from graph.ingest.suggest_scores import Weights

THRESHOLDS = (0.3, 0.33, 0.35, 0.38, 0.4)
OTHERS = ("heldout3", "heldout4")
"""Sets written by other sessions, blind to the model: the best proxies of unseen text."""


def shown_by_threshold(model: LexicalModel, example: Example) -> dict[float, list[str]]:
    ranked = model.rank(example.text)
    return {cut: [s.target.path for s in ranked[:5] if s.score >= cut] for cut in THRESHOLDS}


def run(base: LexicalModel, weights: Weights, extra: set[str], name: str) -> list[str]:
    examples = base.examples.examples
    found: dict[float, list[int]] = {cut: [0] * 9 for cut in THRESHOLDS}
    nones: dict[float, dict[str, list[int]]] = {cut: {} for cut in THRESHOLDS}
    for fold in dict.fromkeys(example.set for example in examples if example.set not in extra):
        others = [example for example in examples if example.set != fold]
        model = LexicalModel(base.targets, base.descriptions, base.analyzer, weights, others)
        for example in (example for example in examples if example.set == fold):
            for cut, shown in shown_by_threshold(model, example).items():
                add(found[cut], example, shown)
                if not example.primary:
                    tally = nones[cut].setdefault(fold, [0, 0])
                    tally[0] += not shown
                    tally[1] += 1
    return [line(name, cut, counts, nones[cut]) for cut, counts in found.items()]


def add(counts: list[int], example: Example, shown: list[str]) -> None:
    """counts: P@1, R@3, texts; none right, none texts; others' P@1, R@3, texts; French P@1."""
    if not example.primary:
        counts[3] += not shown
        counts[4] += 1
        return
    first = bool(shown) and shown[0] in example.gold
    three = example.primary in shown[:3]
    counts[0] += first
    counts[1] += three
    counts[2] += 1
    if example.set in OTHERS:
        counts[5] += first
        counts[6] += three
        counts[7] += 1
    if example.language == "fr":
        counts[8] += first


def line(name: str, cut: float, c: list[int], nones: dict[str, list[int]]) -> str:
    low = min(nones.items(), key=lambda item: (item[1][0] / item[1][1], item[0]))
    return (
        f"{name} {cut}: P@1 {c[0] / c[2]:.3f} R@3 {c[1] / c[2]:.3f} none {c[3]}/{c[4]}"
        f" | h3+h4 {c[5] / max(c[7], 1):.3f} {c[6] / max(c[7], 1):.3f} | fr P@1 {c[8]}"
        f" | lowest none {low[0]} {low[1][0]}/{low[1][1]}"
    )


def main(argv: list[str]) -> None:
    extra: set[str] = set()
    if "--extra" in argv:
        at = argv.index("--extra")
        extra = set(argv[at + 1].split(","))
        argv = argv[:at] + argv[at + 2 :]
    base = LexicalModel.from_data()
    for spec in argv:
        weights = eval(spec, {"Weights": Weights})  # a developer's own command line
        for text in run(base, weights, extra, spec):
            print(text, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
