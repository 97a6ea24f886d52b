"""Reading the curated CSV and YAML files, reporting problems by file, row and field.

Curators edit these files in a spreadsheet or a text editor, so every complaint names the place
they will look: the file relative to ``data/``, the spreadsheet row (header = row 1) and the column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import DataError

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
LIST_SEPARATOR = "|"
# libyaml's parser when PyYAML was built with it (ten times faster), the same safe loading rules.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Row:
    """One data row of a CSV table with its spreadsheet row number."""

    file: str
    number: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def items(self, column: str) -> list[str]:
        """A ``|``-separated list cell, with blanks dropped."""
        return [item.strip() for item in self.get(column).split(LIST_SEPARATOR) if item.strip()]

    def error(self, column: str | None, message: str) -> DataError:
        return DataError(self.file, self.number, column, message)


@dataclass
class Problems:
    """Collects every problem found so the curator sees all of them in one build."""

    errors: list[DataError] = field(default_factory=list)

    def add(self, error: DataError) -> None:
        self.errors.append(error)

    def check(self, condition: bool, error: Callable[[], DataError]) -> bool:
        if not condition:
            self.add(error())
        return condition


def read_table(data_dir: Path, name: str, required: list[str], optional: list[str], problems: Problems) -> list[Row]:
    """Rows of ``data_dir/name`` whose required cells are all filled.

    A row with an empty required cell is reported and left out, so one bad row does not hide the
    problems of the others.
    """
    path = data_dir / name
    if not path.is_file():
        problems.add(DataError(name, None, None, "file not found"))
        return []
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    missing = [column for column in required if column not in header]
    unknown = [column for column in header if column not in required + optional]
    for column in missing:
        problems.add(DataError(name, 1, column, "required column is missing from the header"))
    for column in unknown:
        problems.add(DataError(name, 1, column, f"unknown column (expected: {', '.join(required + optional)})"))
    if missing:
        return []
    rows: list[Row] = []
    for number, values in enumerate(reader, start=2):
        if None in values:
            problems.add(DataError(name, number, None, "more cells than columns (a stray comma?)"))
            continue
        row = Row(name, number, {key: value or "" for key, value in values.items()})
        if not any(row.values.values()):
            continue
        empty = [column for column in required if not row.get(column)]
        for column in empty:
            problems.add(row.error(column, "required value is empty"))
        if not empty:
            rows.append(row)
    return rows


def unique_rows(rows: list[Row], key: str, problems: Problems) -> Iterator[Row]:
    """Rows whose ``key`` is a valid slug seen for the first time; the others are reported."""
    seen: dict[str, int] = {}
    for row in rows:
        value = row.get(key)
        if value in seen:
            problems.add(row.error(key, f"duplicate id '{value}' (first used on row {seen[value]})"))
            continue
        seen[value] = row.number
        yield row


def read_yaml(path: Path, data_dir: Path, problems: Problems) -> dict[str, Any] | None:
    """The mapping in a YAML file, or None with the parser's line and column reported."""
    name = str(path.relative_to(data_dir))
    try:
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.add(DataError(name, None, None, f"not valid YAML{where}: {error}"))
        return None
    if not isinstance(loaded, dict):
        problems.add(DataError(name, None, None, "expected a mapping of fields at the top level"))
        return None
    return loaded
