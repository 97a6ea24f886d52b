"""Reading the curated CSV and YAML files, reporting problems by file, row and field.

Curators edit these files in a spreadsheet or a text editor, so every complaint names the place
they will look: the file relative to ``data/``, the spreadsheet row (header = row 1) and the column.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Callable, Collection, Iterator
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
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return table_rows(name, csv.DictReader(stream), required, optional, problems)
    except UnicodeDecodeError as error:
        problems.add(DataError(name, None, None, not_utf8(path, error)))
    except csv.Error as error:
        problems.add(DataError(name, None, None, f"not a readable CSV table: {error}"))
    return []


def not_utf8(path: Path, error: UnicodeDecodeError) -> str:
    """Where a file stops being UTF-8: the line and the byte offset of the first bad byte."""
    line = path.read_bytes()[: error.start].count(b"\n") + 1
    return (
        f"not UTF-8 text: byte 0x{error.object[error.start]:02X} at line {line} (byte {error.start}); save it as UTF-8"
    )


def table_rows(
    name: str, reader: csv.DictReader[str], required: list[str], optional: list[str], problems: Problems
) -> list[Row]:
    """The rows a reader yields, numbered as a spreadsheet shows them: one row per record, so a
    quoted cell spanning lines (or holding U+2028) stays one row and keeps its line breaks."""
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


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C (libyaml) when the wheel has it: ten times faster on large files."""


def load_yaml(text: str) -> Any:
    """The document in ``text``: anchors and aliases refused first (the C parser's events, checked
    in one pass), then loaded by the C safe loader when there is none."""
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(
                None,
                None,
                "anchors and aliases (& and *) are not accepted in curated data",
                event.start_mark,  # type: ignore[arg-type]
            )
    return yaml.load(text, Loader=SAFE_LOADER)


def unknown_keys(mapping: dict[str, Any], allowed: Collection[str]) -> Iterator[tuple[str, str]]:
    """``(key, message)`` for every key of ``mapping`` not in ``allowed``, with a suggestion
    when the key looks like a misspelling of an allowed one."""
    for key in mapping:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.75)
        hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(sorted(allowed))}"
        yield str(key), f"unknown key '{key}' ({hint}); its content would be ignored"


def yaml_reason(error: yaml.YAMLError) -> str:
    """The parser's reason on one line (without the quoted excerpt it adds)."""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    return f"{context}: {reason}" if context else str(reason)


def read_yaml(path: Path, data_dir: Path, problems: Problems) -> dict[str, Any] | None:
    """The mapping in a YAML file, or None with the parser's line and column reported."""
    name = str(path.relative_to(data_dir))
    try:
        loaded = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        problems.add(DataError(name, None, None, not_utf8(path, error)))
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.add(DataError(name, None, None, f"not valid YAML{where}: {yaml_reason(error)}"))
        return None
    if not isinstance(loaded, dict):
        problems.add(DataError(name, None, None, "expected a mapping of fields at the top level"))
        return None
    return loaded
