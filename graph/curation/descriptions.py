"""Reading the curated descriptions of the GCM objectives and guiding principles.

``data/descriptions/objective-NN.yaml`` and ``principle-<slug>.yaml`` say, in English, Spanish,
Portuguese and French and in the project's own words, what each objective or principle commits
States to: a definition, a scope note (what belongs elsewhere), the actions (objectives) or
elements (principles) paraphrased, and the terms people use for them in statements. They feed the
SKOS concepts (``skos:definition``, ``skos:scopeNote``, labels per language) and the objective
suggestion model. The folder is optional (an older data folder has none); a file that is there
must be complete.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from graph.curation.model import Description, Objective, Principle
from graph.curation.tables import Problems, read_yaml
from graph.errors import DataError

LANGUAGES = ("en", "es", "pt", "fr")
FOLDER = "descriptions"
TEXT_FIELDS = ("label", "definition", "scope_note")
LIST_FIELDS = ("actions", "elements", "terms")
KNOWN_KEYS = {"target", "number", "letter", "paragraph", "source", "label_note", *TEXT_FIELDS, *LIST_FIELDS}
FILE_NAME = re.compile(r"^(objective)-(\d{2})\.yaml$|^(principle)-([a-z0-9-]+)\.yaml$")


def read_descriptions(
    data_dir: Path, problems: Problems, objectives: dict[int, Objective], principles: dict[str, Principle]
) -> dict[str, Description]:
    """Every description file under ``data_dir/descriptions``, keyed by target path
    (``objective/13``, ``principle/human-rights``); problems are added, never raised."""
    folder = data_dir / FOLDER
    known = {f"objective/{number}" for number in objectives} | {f"principle/{p.slug}" for p in principles.values()}
    found: dict[str, Description] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        doc = read_yaml(path, data_dir, problems)
        if doc is not None:
            description = DescriptionReader(str(path.relative_to(data_dir)), problems).read(path.name, doc, known)
            if description:
                found[description.target] = description
    return found


class DescriptionReader:
    """Checks one description file; each problem names the file and the field."""

    def __init__(self, file: str, problems: Problems) -> None:
        self.file = file
        self.problems = problems
        self.ok = True

    def error(self, field: str | None, message: str) -> None:
        self.problems.add(DataError(self.file, None, field, message))
        self.ok = False

    def read(self, name: str, doc: dict[str, Any], known: set[str]) -> Description | None:
        target = self.target(name, doc, known)
        for key in sorted(set(doc) - KNOWN_KEYS, key=str):
            self.error(str(key), f"unknown field (expected: {', '.join(sorted(KNOWN_KEYS))})")
        texts = {field: self.texts(doc, field) for field in TEXT_FIELDS}
        list_field = "actions" if "actions" in doc or "elements" not in doc else "elements"
        actions = self.lists(doc, list_field)
        terms = self.lists(doc, "terms")
        sources = self.sources(doc.get("source"))
        if not (self.ok and target):
            return None
        return Description(target, texts["label"], texts["definition"], texts["scope_note"], actions, terms, sources)

    def target(self, name: str, doc: dict[str, Any], known: set[str]) -> str | None:
        match = FILE_NAME.match(name)
        if not match:
            self.error(None, "file name must be objective-NN.yaml or principle-<slug>.yaml")
            return None
        expected = f"objective/{int(match[2])}" if match[1] else f"principle/{match[4]}"
        value = doc.get("target")
        if value != expected:
            self.error("target", f"'{value}' does not match the file name (expected '{expected}')")
        elif expected not in known:
            self.error("target", f"'{expected}' is not in objectives.csv or principles.csv")
        else:
            return expected
        return None

    def texts(self, doc: dict[str, Any], field: str) -> dict[str, str]:
        value = doc.get(field)
        if not isinstance(value, dict):
            self.error(field, "expected a mapping of language (en, es, pt, fr) to text")
            return {}
        found: dict[str, str] = {}
        for language in LANGUAGES:
            text = value.get(language)
            if not isinstance(text, str) or not text.strip():
                self.error(f"{field}.{language}", "missing or empty text")
            else:
                found[language] = text.strip()
        self.unknown_languages(field, value)
        return found

    def lists(self, doc: dict[str, Any], field: str) -> dict[str, tuple[str, ...]]:
        value = doc.get(field)
        if not isinstance(value, dict):
            self.error(field, "expected a mapping of language (en, es, pt, fr) to a list of texts")
            return {}
        found: dict[str, tuple[str, ...]] = {}
        for language in LANGUAGES:
            items = value.get(language)
            if not isinstance(items, list) or not items:
                self.error(f"{field}.{language}", "missing or empty list")
                continue
            bad = [i for i, item in enumerate(items) if not isinstance(item, str) or not item.strip()]
            for index in bad:
                self.error(f"{field}.{language}[{index}]", "expected a non-empty text")
            found[language] = tuple(str(item).strip() for item in items if isinstance(item, str) and item.strip())
        self.unknown_languages(field, value)
        return found

    def unknown_languages(self, field: str, value: dict[Any, Any]) -> None:
        for language in sorted(set(value) - set(LANGUAGES), key=str):
            self.error(f"{field}.{language}", f"unknown language (expected: {', '.join(LANGUAGES)})")

    def sources(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.error("source", "expected a list of sources, each with a url and the date it was read")
            return ()
        urls: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict) or not str(item.get("url", "")).startswith(("http://", "https://")):
                self.error(f"source[{index}].url", "expected an http(s) URL")
            elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item.get("read", ""))):
                self.error(f"source[{index}].read", "expected the date it was read (YYYY-MM-DD)")
            else:
                urls.append(str(item["url"]))
        return tuple(urls)
