"""Word lists of the ingest rules, read from the YAML files beside this module (one source each).

``signatories.yaml`` holds the words that mark a signatory list's parts (headings, person and
organization labels, coalition cues, stop lines, table headers, trailers, months) in English,
Spanish, Portuguese and French; ``names.yaml`` the words of names themselves (organization words,
particles of personal names); ``words.yaml`` stopwords, each language's function words and the words
that show a name's language; ``places.yaml`` country and region names; ``translations.yaml``
words of names mapped to an English key.
:func:`alternation` turns one list into a regex alternation.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


@cache
def load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{HERE / name}.yaml: expected a mapping")
    return document


def phrases(name: str, key: str) -> list[str]:
    """Every language's entries of ``key`` in ``name``.yaml, longest first (so longer phrases win)."""
    entries = load(name)[key]
    values = [str(v) for language in entries.values() for v in language] if isinstance(entries, dict) else entries
    return sorted(set(values), key=len, reverse=True)


def alternation(name: str, key: str) -> str:
    """The entries as one regex alternation, each space matching any whitespace run."""
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases(name, key))
