"""Okapi BM25 over a few hundred short documents, keeping each query word's contribution.

Hand-written rather than bm25s: the suggestion model needs, for every document it ranks, the
score each query stem contributed (that is the evidence a curator sees), and its corpora are
tiny (33 targets, a few hundred description sentences), so sparse matrices buy nothing; plain
dictionaries build in milliseconds and keep the package free of numpy/scipy at run time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

K1 = 1.2
B = 0.75


@dataclass
class Bm25:
    """An index of documents given as lists of stems; ``contributions`` scores a query."""

    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    size: int = 0

    @classmethod
    def fit(cls, documents: list[list[str]], k1: float = K1, b: float = B) -> Bm25:
        counts = [Counter(document) for document in documents]
        lengths = [len(document) for document in documents]
        average = (sum(lengths) / len(lengths)) if lengths and sum(lengths) else 1.0
        frequency: Counter[str] = Counter()
        for count in counts:
            frequency.update(count.keys())
        total = len(documents)
        idf = {term: math.log(1 + (total - df + 0.5) / (df + 0.5)) for term, df in frequency.items()}
        postings: dict[str, list[tuple[int, float]]] = {}
        for index, count in enumerate(counts):
            norm = k1 * (1 - b + b * lengths[index] / average)
            for term, tf in count.items():
                postings.setdefault(term, []).append((index, idf[term] * tf * (k1 + 1) / (tf + norm)))
        return cls(postings, idf, total)

    def contributions(self, query: Iterable[str]) -> dict[int, dict[str, float]]:
        """For each document sharing a stem with ``query``: stem -> its score (each stem once)."""
        found: dict[int, dict[str, float]] = {}
        for term in dict.fromkeys(query):
            for index, weight in self.postings.get(term, ()):
                found.setdefault(index, {})[term] = weight
        return found

    def scores(self, query: Iterable[str]) -> dict[int, float]:
        return {index: sum(parts.values()) for index, parts in self.contributions(query).items()}
