"""The suggestion model's weights, running scores and how its channels are fused.

A text's score for a target is the weighted sum of its lexical channels (BM25 against the
target's descriptions, the description terms found whole, BM25 across the four languages) and
of the votes of its nearest labelled examples. A target is kept when its score is above the
framing's (a statement's thanks, dates, rallying calls, ``data/suggest/boilerplate.yaml``) times
``framing`` plus the "none" votes of the nearest examples without an objective times ``none``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    """How much each score counts; tuned on the dev set (benchmarks/eval_suggest.py), the example
    weights by cross-validation (each evaluation file scored by the examples of the others)."""

    document: float = 1.0
    sentence: float = 0.0
    phrase: float = 0.4
    cross: float = 0.8
    english: float = 0.0
    example: float = 0.2
    """Weight of the nearest examples' votes."""
    none: float = 0.3
    """Weight of the nearest examples' "none" votes in the bar a target must pass."""
    k: int = 7
    """How many nearest examples vote (5 until the sixth pass; 7 with the scenes sets)."""
    also: float = 0.5
    """An example's vote for a further (``also``) target, relative to its primary."""
    framing: float = 1.3
    """A target must score above this times the statement framing's score."""
    expand: str = "targets"
    """Which example texts join the documents: "" none, "targets" each its primary target's,
    "all" those without an objective the framing's too."""


class Scores:
    """Running totals per target index, with what each part contributed."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.total: dict[int, float] = {}
        self.words: dict[int, dict[str, float]] = {}
        self.terms: dict[int, list[str]] = {}
        self.sentence: dict[int, int] = {}
        self.sentence_score: dict[int, float] = {}

    def add(self, contributions: dict[int, dict[str, float]], weight: float) -> None:
        if not weight:
            return
        for target, parts in contributions.items():
            self.total[target] = self.total.get(target, 0.0) + weight * sum(parts.values())
            words = self.words.setdefault(target, {})
            for stem, value in parts.items():
                words[stem] = words.get(stem, 0.0) + value

    def evidence(self, target: int, surface: dict[str, str], limit: int) -> tuple[str, ...]:
        """The description terms found in the text, then its words that counted most, as written."""
        terms = list(dict.fromkeys(self.terms.get(target, [])))
        words = self.words.get(target, {})
        top = sorted(words, key=lambda stem: (-words[stem], stem))
        found = [surface.get(stem, stem) for stem in top]
        return tuple(dict.fromkeys(terms + found[: max(limit - len(terms), 1)]))


def fuse(
    total: dict[int, float], votes: dict[int, float], none: float, size: int, weights: Weights
) -> list[tuple[int, float]]:
    """(target index, score) of the targets kept, unordered: the lexical ``total`` (index ``size``
    is the framing) plus the weighted ``votes``, above the framing's bar."""
    combined = {t: value for t, value in total.items() if t < size}
    for target, value in votes.items():
        combined[target] = combined.get(target, 0.0) + weights.example * value
    bar = weights.framing * total.get(size, 0.0) + weights.none * none
    return [(t, value) for t, value in combined.items() if value > 0 and value > bar]
