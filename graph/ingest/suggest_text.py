"""Turning a text into the suggestion model's keys: language, words, stems.

The language is detected with lingua (only English, Spanish, Portuguese and French loaded, its
low-accuracy mode: trigram models, a few milliseconds a sentence). Words are lowercased, function
words of that language dropped (``data/suggest/stopwords.yaml``), stemmed with the Snowball
stemmer of that language (PyStemmer) and made accent-free, so "detenção", "detenções" and
"detencao" meet. ``data/suggest/lexicon.csv`` maps Spanish and Portuguese words to English, so a
statement is also matched against the English descriptions. ``data/suggest/boilerplate.yaml``
describes a statement's framing (thanks, adoption, signatures, rallying calls), scored like one more
target; ``data/suggest/everyday.yaml`` the everyday words statements use for each objective.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import Stemmer
import yaml
from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from graph.errors import DataError, GcmkgError
from graph.ingest.text import fold

LANGUAGES = ("en", "es", "pt", "fr")
STEMMERS = {"en": "english", "es": "spanish", "pt": "portuguese", "fr": "french"}
LINGUA = {Language.ENGLISH: "en", Language.SPANISH: "es", Language.PORTUGUESE: "pt", Language.FRENCH: "fr"}
TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
STOPWORDS_FILE = "suggest/stopwords.yaml"
FRAMING_FILE = "suggest/boilerplate.yaml"
LEXICON_FILE = "suggest/lexicon.csv"
EVERYDAY_FILE = "suggest/everyday.yaml"


class SuggestDataError(GcmkgError):
    """A word list of ``data/suggest`` cannot be read."""

    exit_code = 2

    def __init__(self, error: DataError) -> None:
        super().__init__(str(error))


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LINGUA).with_low_accuracy_mode().build()


def detect_language(text: str, default: str = "en") -> str:
    """'en', 'es', 'pt' or 'fr' (``default`` when lingua cannot tell, e.g. no letters)."""
    found = detector().detect_language_of(text[:5_000])
    return LINGUA.get(found, default) if found else default


def read_words(data_dir: Path, name: str) -> dict[str, list[str]]:
    """The space-separated words per language of the YAML word list ``data_dir/name``."""
    try:
        doc = yaml.safe_load((data_dir / name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SuggestDataError(DataError(name, None, None, f"cannot read: {error}".splitlines()[0])) from None
    if not isinstance(doc, dict):
        raise SuggestDataError(DataError(name, None, None, "expected a mapping of language to words"))
    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        if not isinstance(doc.get(language), str):
            raise SuggestDataError(DataError(name, None, language, "expected the words, space-separated"))
        found[language] = doc[language].split()
    return found


def read_everyday(data_dir: Path) -> dict[str, dict[str, str]]:
    """Target path -> language -> the everyday words of ``data/suggest/everyday.yaml`` (none when the
    file is absent, as in an older data folder)."""
    path = data_dir / EVERYDAY_FILE
    if not path.is_file():
        return {}
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SuggestDataError(DataError(EVERYDAY_FILE, None, None, f"cannot read: {error}".splitlines()[0])) from None
    if not isinstance(doc, dict):
        raise SuggestDataError(DataError(EVERYDAY_FILE, None, None, "expected a mapping of target to languages"))
    found: dict[str, dict[str, str]] = {}
    for target, words in doc.items():
        if not isinstance(words, dict) or not all(isinstance(words.get(lang), str) for lang in LANGUAGES):
            raise SuggestDataError(DataError(EVERYDAY_FILE, None, str(target), "expected words for en, es, pt, fr"))
        found[str(target)] = {lang: words[lang] for lang in LANGUAGES}
    return found


def read_lexicon(data_dir: Path) -> dict[str, str]:
    """Accent-free Spanish or Portuguese word -> English word."""
    path = data_dir / LEXICON_FILE
    try:
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    except OSError as error:
        raise SuggestDataError(DataError(LEXICON_FILE, None, None, f"cannot read: {error}")) from None
    lexicon: dict[str, str] = {}
    for number, row in enumerate(rows, start=2):
        word, english = (row.get("word") or "").strip(), (row.get("english") or "").strip()
        if not word or not english:
            column = "word" if not word else "english"
            raise SuggestDataError(DataError(LEXICON_FILE, number, column, "required value is empty"))
        lexicon[fold(word)] = fold(english)
    return lexicon


@dataclass
class Analyzer:
    """Words to stems, per language, with a cache (statements repeat their words)."""

    stopwords: dict[str, frozenset[str]]
    lexicon: dict[str, str]
    framing: dict[str, str]
    everyday: dict[str, dict[str, str]] = field(default_factory=dict)
    stemmers: dict[str, Stemmer.Stemmer] = field(default_factory=dict)
    cache: dict[tuple[str, str], str | None] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data_dir: Path) -> Analyzer:
        stopwords = {
            language: frozenset(map(fold, words)) for language, words in read_words(data_dir, STOPWORDS_FILE).items()
        }
        framing = {language: " ".join(words) for language, words in read_words(data_dir, FRAMING_FILE).items()}
        return cls(stopwords, read_lexicon(data_dir), framing, read_everyday(data_dir))

    def stem(self, word: str, language: str) -> str | None:
        """The accent-free stem of a lowercase ``word``, or None for a function word (cached)."""
        key = (word, language)
        if key in self.cache:
            return self.cache[key]
        found: str | None = None
        if len(word) > 1 and fold(word) not in self.stopwords[language]:
            stemmer = self.stemmers.get(language)
            if stemmer is None:
                stemmer = self.stemmers[language] = Stemmer.Stemmer(STEMMERS[language])
            found = fold(stemmer.stemWord(word))
        self.cache[key] = found
        return found

    def tokens(self, text: str, language: str) -> list[tuple[str, int, int]]:
        """(stem, start, end) for each content word of ``text``, in order."""
        found: list[tuple[str, int, int]] = []
        for match in TOKEN.finditer(text):
            stem = self.stem(match.group().casefold(), language)
            if stem is not None:
                found.append((stem, match.start(), match.end()))
        return found

    def words(self, text: str, language: str) -> list[tuple[str, str]]:
        """(stem, word as written) for each content word of ``text``, in order."""
        return [(stem, text[start:end]) for stem, start, end in self.tokens(text, language)]

    def stems(self, text: str, language: str) -> list[str]:
        return [stem for stem, _ in self.words(text, language)]

    def english(self, text: str, language: str) -> list[tuple[str, str]]:
        """The words of a Spanish or Portuguese ``text`` that the lexicon translates, as English stems."""
        found: list[tuple[str, str]] = []
        for match in TOKEN.finditer(text):
            english = self.lexicon.get(fold(match.group()))
            stem = self.stem(english, "en") if english and language in ("es", "pt") else None
            if stem:
                found.append((stem, match.group()))
        return found
