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
- for Spanish and Portuguese, BM25 of the words the lexicon translates against the English ones.

One more document describes a statement's framing (thanks, meetings, adoption, signatures,
rallying calls, ``data/suggest/boilerplate.yaml``); a target that scores no higher than it is not
suggested.

The weighted sum is the score; the evidence is the matched terms and the words that contributed
most, as written in the text, and the nearest description sentence. Targets scoring under the
threshold calibrated on ``benchmarks/eval/suggest_dev.csv`` are left out, so a slogan gets none.
Suggestions are only ever proposals: drafts keep them under ``suggested:``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph import paths
from graph.curation.curated import read_objectives, read_principles
from graph.curation.descriptions import read_descriptions
from graph.curation.model import Curated, Description, Objective, Principle
from graph.curation.tables import Problems
from graph.errors import CurationError
from graph.ingest.bm25 import Bm25
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


@dataclass(frozen=True)
class Weights:
    """How much each score counts; tuned on the dev set (benchmarks/eval_suggest.py)."""

    document: float = 1.0
    sentence: float = 0.0
    phrase: float = 0.4
    cross: float = 0.8
    english: float = 0.0


WEIGHTS = Weights()
SCALE = 16.0
"""A raw score s is shown as s / (s + SCALE), between 0 and 1 (the order is the same)."""
THRESHOLD = 0.35
"""Calibrated on the dev files (benchmarks/eval_suggest.py --sweep): P@1 and recall@3 stay two texts
under their best (493 texts with a target) while 96% of the 140 texts without an objective get none
(93% at 0.33); a target under it is not suggested."""
EVIDENCE_WORDS = 4
MEMO_SIZE = 4096
"""Rankings kept per (text, language): a long statement repeats its quotes."""
FRAMING_RATIO = 1.3
"""A target must score above this times the statement framing's score (data/suggest/boilerplate.yaml)."""


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
    ) -> None:
        self.targets = targets
        self.analyzer = analyzer
        self.memo: dict[tuple[str, str], tuple[Suggestion, ...]] = {}
        self.weights = weights
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
            for term in terms:
                stems = self.analyzer.stems(term, language)
                document += stems
                if stems:
                    phrases.setdefault(stems[0], []).append((index, tuple(stems), term))
            documents.append(document)
        documents.append(self.analyzer.stems(self.analyzer.framing[language], language))
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
        return cls(targets_of(objectives, principles), descriptions, Analyzer.from_data(data_dir))

    @classmethod
    def from_curated(cls, curated: Curated, data_dir: Path | None = None) -> LexicalModel:
        """The model of already loaded curated data."""
        principles = {p.letter: p for p in curated.principles.values()}
        analyzer = Analyzer.from_data(data_dir or paths.DATA_DIR)
        return cls(targets_of(curated.objectives, principles), curated.descriptions, analyzer)

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
        """Every target sharing a word with ``text``, best first (ties by target path)."""
        language = language or detect_language(text)
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
        surface = {stem: word for stem, word in reversed(words + english)}
        framing = FRAMING_RATIO * scores.total.get(len(self.targets), 0.0)
        kept = [
            (t, total) for t, total in scores.total.items() if total > 0 and t < len(self.targets) and total > framing
        ]
        kept.sort(key=lambda item: (-item[1], self.targets[item[0]].path))
        return [
            Suggestion(
                self.targets[target],
                round(total / (total + SCALE), 3),
                scores.evidence(target, surface, EVIDENCE_WORDS),
                index.texts[scores.sentence[target]] if target in scores.sentence else "",
            )
            for target, total in kept
        ]

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


def targets_of(objectives: dict[int, Objective], principles: dict[str, Principle]) -> list[Target]:
    """Objectives by number, then principles by letter."""
    found = [Target("objective", str(number), objectives[number].short_label) for number in sorted(objectives)]
    found += [Target("principle", p.slug, p.name) for _, p in sorted(principles.items())]
    return found
