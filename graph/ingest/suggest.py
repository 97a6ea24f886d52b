"""Suggesting which GCM objectives and guiding principles a text addresses.

A transparent lexical model over the curated descriptions (``data/descriptions``): for each of the
23 objectives and 10 guiding principles and each language (en, es, pt, fr), a document made of its
label, definition, what it covers (the scope note's first sentence), paraphrased actions, the terms
statements use for it and, for objectives, the everyday words of testimonies
(``data/suggest/everyday.yaml``). A text's language is
detected (lingua), its words stemmed in that language (Snowball), and each target scored by

- BM25 against the target's document in that language,
- BM25 of the nearest single description sentence (label, definition or one action),
- the description terms found whole in the text ("alternatives to detention"),
- BM25 against all four languages' documents at once (names and acronyms cross languages),
- for Spanish and Portuguese, BM25 of the words the lexicon translates against the English ones,
- the votes of the nearest labelled examples (``data/suggest/examples.csv``,
  :mod:`graph.ingest.suggest_examples`), whose texts also join their primary target's documents.

One more document describes a statement's framing (thanks, meetings, adoption, signatures,
rallying calls, ``data/suggest/boilerplate.yaml``); a target that scores no higher than it is not
suggested.

The weighted sum is the score; the evidence is the matched terms and the words that contributed
most, as written in the text, and the nearest description sentence. Targets scoring under the
threshold calibrated on the examples (cross-validated) are left out, so a slogan gets none.
Suggestions are only ever proposals: drafts keep them under ``suggested:``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from graph import paths
from graph.curation.curated import read_objectives, read_principles
from graph.curation.descriptions import read_descriptions
from graph.curation.model import Curated, Description, Objective, Principle
from graph.curation.tables import Problems
from graph.errors import CurationError
from graph.ingest.bm25 import Bm25
from graph.ingest.suggest_examples import Example, ExampleIndex, Votes, read_examples
from graph.ingest.suggest_scores import Scores, Weights, fuse
from graph.ingest.suggest_text import LANGUAGES, Analyzer, detect_language


@dataclass(frozen=True)
class Target:
    """An objective ('objective', '8') or guiding principle ('principle', 'human-rights')."""

    kind: str
    key: str
    label: str

    @property
    def path(self) -> str:
        return f"{self.kind}/{self.key}"

    def yaml_item(self) -> dict[str, object]:
        return {"objective": int(self.key)} if self.kind == "objective" else {"principle": self.key}


@dataclass(frozen=True)
class Suggestion:
    target: Target
    score: float
    evidence: tuple[str, ...]
    sentence: str = ""
    example: str = ""
    """The nearest labelled example text of this target (data/suggest/examples.csv), if one voted."""


WEIGHTS = Weights()
SCALE = 16.0
"""A raw score s is shown as s / (s + SCALE), between 0 and 1 (the order is the same)."""
THRESHOLD = 0.33
"""Calibrated on the labelled examples, cross-validated (benchmarks/eval_suggest.py --sweep): with
the sixth pass's examples, 95% of the 215 texts without an objective of the scored sets get none at
0.33 (205/215; 0.30 gives them 93%, 0.40 98% for 3 fewer first places and 10 fewer in the first
three); a target under it is not suggested."""
EVIDENCE_WORDS = 4
MEMO_SIZE = 4096
"""Rankings kept per (text, language): a long statement repeats its quotes."""


@dataclass
class LanguageIndex:
    """One language's documents (one per target), sentences and terms."""

    documents: Bm25
    sentences: Bm25
    owners: list[int]
    texts: list[str]
    phrases: dict[str, list[tuple[int, tuple[str, ...], str]]]


def description_texts(description: Description | None, fallback: str, language: str) -> tuple[list[str], list[str]]:
    """(sentences, terms) of a target in ``language``; the English title alone without a description."""
    if description is None:
        return ([fallback] if language == "en" else []), []
    scope = description.scope_note[language].split(". ")[0]
    sentences = [description.label[language], description.definition[language], scope, *description.actions[language]]
    return sentences, list(description.terms[language])


class LexicalModel:
    """BM25 over the descriptions of the 33 targets, in four languages; ``suggest`` ranks them."""

    def __init__(
        self,
        targets: list[Target],
        descriptions: dict[str, Description],
        analyzer: Analyzer,
        weights: Weights = WEIGHTS,
        examples: list[Example] | None = None,
    ) -> None:
        self.targets = targets
        self.position = {target.path: index for index, target in enumerate(targets)}
        self.descriptions = descriptions
        self.examples = ExampleIndex(examples or [], analyzer)
        self.analyzer = analyzer
        self.memo: dict[tuple[str, str], tuple[Suggestion, ...]] = {}
        self.weights = weights
        self.expansion = self.examples.texts(self.weights.expand)
        every: list[list[str]] = [[] for _ in range(len(targets) + 1)]
        self.indexes: dict[str, LanguageIndex] = {}
        for language in LANGUAGES:
            self.indexes[language], documents = self.language_index(descriptions, language)
            for index, document in enumerate(documents):
                every[index] += document
        self.cross = Bm25.fit(every)

    def language_index(
        self, descriptions: dict[str, Description], language: str
    ) -> tuple[LanguageIndex, list[list[str]]]:
        """One language's index, and its documents (stems per target, then the framing) for the
        cross-language one; each text is stemmed once."""
        documents: list[list[str]] = []
        sentence_stems: list[list[str]] = []
        owners: list[int] = []
        texts: list[str] = []
        phrases: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for index, target in enumerate(self.targets):
            sentences, terms = description_texts(descriptions.get(target.path), target.label, language)
            document: list[str] = []
            for sentence in sentences:
                stems = self.analyzer.stems(sentence, language)
                sentence_stems.append(stems)
                owners.append(index)
                texts.append(sentence)
                document += stems
            document += self.analyzer.stems(self.analyzer.everyday.get(target.path, {}).get(language, ""), language)
            for example in self.expansion.get((target.path, language), ()):
                document += self.examples.stemmed[(example, language)]
            for term in terms:
                stems = self.analyzer.stems(term, language)
                document += stems
                if stems:
                    phrases.setdefault(stems[0], []).append((index, tuple(stems), term))
            documents.append(document)
        framing = self.analyzer.stems(self.analyzer.framing[language], language)
        for example in self.expansion.get(("", language), ()):
            framing += self.examples.stemmed[(example, language)]
        documents.append(framing)
        built = LanguageIndex(Bm25.fit(documents), Bm25.fit(sentence_stems), owners, texts, phrases)
        return built, documents

    @classmethod
    def from_data(cls, data_dir: Path | None = None) -> LexicalModel:
        """The model of the descriptions under ``data_dir`` (only the files it needs are read)."""
        data_dir = data_dir or paths.DATA_DIR
        problems = Problems()
        objectives = read_objectives(data_dir, problems)
        principles = read_principles(data_dir, problems)
        descriptions = read_descriptions(data_dir, problems, objectives, principles)
        if problems.errors:
            raise CurationError(problems.errors)
        return cls.built(targets_of(objectives, principles), descriptions, data_dir)

    @classmethod
    def from_curated(cls, curated: Curated, data_dir: Path | None = None) -> LexicalModel:
        """The model of already loaded curated data."""
        principles = {p.letter: p for p in curated.principles.values()}
        return cls.built(targets_of(curated.objectives, principles), curated.descriptions, data_dir or paths.DATA_DIR)

    @classmethod
    def built(cls, targets: list[Target], descriptions: dict[str, Description], data_dir: Path) -> LexicalModel:
        """The model of ``targets``, with the word lists and labelled examples of ``data_dir``."""
        examples = read_examples(data_dir, {target.path for target in targets})
        return cls(targets, descriptions, Analyzer.from_data(data_dir), examples=examples)

    def leaving_out(self, fold: str) -> LexicalModel:
        """This model with the examples of set ``fold`` left out (cross-validation; shares the
        description indexes)."""
        examples = self.examples.leaving_out(fold).examples
        if self.expansion:
            return LexicalModel(self.targets, self.descriptions, self.analyzer, self.weights, examples)
        other = copy.copy(self)
        other.examples = ExampleIndex(examples, self.analyzer)
        other.memo = {}
        return other

    def suggest(
        self, text: str, limit: int = 5, threshold: float | None = None, language: str | None = None
    ) -> list[Suggestion]:
        """Targets ranked by score for ``text``, at most ``limit``, at or above ``threshold``
        (the calibrated :data:`THRESHOLD` when None)."""
        cut = THRESHOLD if threshold is None else threshold
        language = language or detect_language(text)
        key = (text, language)
        ranked = self.memo.get(key)
        if ranked is None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            ranked = self.memo[key] = tuple(self.rank(text, language))
        return [s for s in ranked[:limit] if s.score >= cut and s.score > 0]

    def rank(self, text: str, language: str | None = None) -> list[Suggestion]:
        """Every target sharing a word with ``text`` or with its nearest examples, best first (ties by
        target path)."""
        language = language or detect_language(text)
        scores, stems, surface = self.lexical(text, language)
        votes = self.votes(stems)
        kept = fuse(scores.total, self.voted(votes), votes.none, len(self.targets), self.weights)
        kept.sort(key=lambda item: (-item[1], self.targets[item[0]].path))
        index = self.indexes[language]
        return [
            Suggestion(
                self.targets[target],
                round(total / (total + SCALE), 3),
                scores.evidence(target, surface, EVIDENCE_WORDS),
                index.texts[scores.sentence[target]] if target in scores.sentence else "",
                nearest.text if (nearest := votes.nearest.get(self.targets[target].path)) else "",
            )
            for target, total in kept
        ]

    def lexical(self, text: str, language: str) -> tuple[Scores, list[str], dict[str, str]]:
        """The description channels' scores of ``text``, its stems, and stem -> word as written."""
        scores = Scores(len(self.targets))
        tokens = self.analyzer.tokens(text, language)
        words = [(stem, text[start:end]) for stem, start, end in tokens]
        stems = [stem for stem, _ in words]
        index = self.indexes[language]
        scores.add(index.documents.contributions(stems), self.weights.document)
        self.sentence_scores(scores, index, stems)
        self.phrase_scores(scores, index, text, tokens)
        scores.add(self.cross.contributions(stems), self.weights.cross)
        english = self.analyzer.english(text, language) if self.weights.english else []
        scores.add(self.indexes["en"].documents.contributions(s for s, _ in english), self.weights.english)
        return scores, stems, {stem: word for stem, word in reversed(words + english)}

    def votes(self, stems: list[str]) -> Votes:
        """The nearest labelled examples' votes (none when their weights are zero)."""
        if not (self.weights.example or self.weights.none):
            return Votes({}, 0.0, {})
        return self.examples.votes(stems, self.weights.k, self.weights.also)

    def voted(self, votes: Votes) -> dict[int, float]:
        return {self.position[path]: value for path, value in votes.targets.items() if path in self.position}

    def sentence_scores(self, scores: Scores, index: LanguageIndex, stems: list[str]) -> None:
        """The best sentence of each target counts (a text usually echoes one action)."""
        for sentence, total in index.sentences.scores(stems).items():
            target = index.owners[sentence]
            best = scores.sentence.get(target)
            if best is None or total > scores.sentence_score[target]:
                scores.sentence[target] = sentence
                scores.sentence_score[target] = total
        for target, total in scores.sentence_score.items():
            scores.total[target] = scores.total.get(target, 0.0) + self.weights.sentence * total

    def phrase_scores(
        self, scores: Scores, index: LanguageIndex, text: str, tokens: list[tuple[str, int, int]]
    ) -> None:
        """Each description term found whole in the text (same stems in a row), once per target,
        weighted by its words' rarity; the evidence is the passage as the text writes it."""
        stems = [stem for stem, _, _ in tokens]
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for start, stem in enumerate(stems):
            for target, phrase, _term in index.phrases.get(stem, ()):
                if tuple(stems[start : start + len(phrase)]) == phrase and (target, phrase) not in seen:
                    seen.add((target, phrase))
                    weight = sum(index.documents.idf.get(part, 0.0) for part in phrase)
                    scores.total[target] = scores.total.get(target, 0.0) + self.weights.phrase * weight
                    passage = text[tokens[start][1] : tokens[start + len(phrase) - 1][2]]
                    scores.terms.setdefault(target, []).append(passage)


def targets_of(objectives: dict[int, Objective], principles: dict[str, Principle]) -> list[Target]:
    """Objectives by number, then principles by letter."""
    found = [Target("objective", str(number), objectives[number].short_label) for number in sorted(objectives)]
    found += [Target("principle", p.slug, p.name) for _, p in sorted(principles.items())]
    return found
