"""Errors a curator or user can act on, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataError:
    """One problem in a curated file, located so a curator can find and fix it.

    ``row`` is the line a spreadsheet shows (the header is row 1); for YAML files it is None and
    ``field`` is a path such as ``positions[3] (justice-for-missing-migrants).quote``.
    """

    file: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class GcmkgError(Exception):
    """Base class of the errors the CLI reports as a message and an exit code."""

    exit_code = 1


class CurationError(GcmkgError):
    """The curated data has problems; all of them are listed, not just the first."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = errors
        super().__init__(self.report())

    def report(self) -> str:
        lines = [f"{len(self.errors)} problem(s) in the curated data:"]
        lines += [f"  - {error}" for error in self.errors]
        return "\n".join(lines)


class ValidationError(GcmkgError):
    """The built graph violates the SHACL shapes or a violation query."""
