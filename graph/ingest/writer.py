"""Writing a draft folder: the files, in the curated formats, written atomically."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from graph.ingest.draft import (
    EVENTS,
    ORIGIN,
    REVIEW,
    SIGNATORIES,
    SIGNATORY_COLUMNS,
    SPELLING_COLUMNS,
    SPELLINGS,
    TABLES,
    Draft,
)
from graph.ingest.review import review_markdown
from graph.ingest.text import IngestError

YAML_HEADER = """\
# A curated statement: its metadata, who signed it directly, and each position it takes.
# Every quote and evidence must be copied verbatim from the source text; `gcmkg build` checks it.
# addresses: objective (1-23) or principle (slug from data/principles.csv), a one-line
# rationale, and a confidence from 0 to 1 (1 = the text says so in as many words).
"""
EVENTS_HEADER = """\
# Events this statement names that data/links/compact.yaml does not list yet. Every event in the
# graph carries its source: give a URL or reference that documents it. `gcmkg accept` appends
# these entries to the `events:` list of data/links/compact.yaml.
"""
DRAFT_NOTE = """\
# DRAFT written by `gcmkg ingest`: see review.md. `suggested:` lists are the lexical model's
# proposals; move the ones you agree with to `addresses:` (with a rationale and a confidence).
# `gcmkg accept` drops whatever is left under `suggested:`.
"""


# libyaml's emitter writes the same text as PyYAML's (the seed round-trips through both) and is
# much faster on long statements; PyYAML's is the fallback where libyaml is not installed.
DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def statement_yaml(statement: dict[str, Any], draft: bool) -> str:
    """The statement in the seed's YAML style (the seed file round-trips through these options)."""
    body = yaml.dump(statement, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=10**9)
    return YAML_HEADER + (DRAFT_NOTE if draft else "") + body


def csv_text(columns: list[str], rows: list[dict[str, str]]) -> str:
    """A CSV table as the curated files write it (minimal quoting, LF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return buffer.getvalue()


def record_files(draft: Draft) -> dict[str, str]:
    """The draft's source, statement and tables, by path relative to the draft folder."""
    files = {
        f"sources/{draft.source_name}": draft.text,
        f"statements/{draft.statement_id}.yaml": statement_yaml(draft.statement, draft=True),
        SPELLINGS: csv_text(SPELLING_COLUMNS, draft.spellings),
    }
    for name, columns in TABLES.items():
        rows = draft.rows[name]
        # 'context' (memberships read apart from the coalition's line) only when a row needs it,
        # so a draft's tables keep the curated header otherwise
        used = [c for c in columns if c != "context" or any(row.get(c) for row in rows)]
        files[name] = csv_text(used, rows)
    if draft.events:
        files[EVENTS] = events_yaml(draft.events)
    if draft.origin is not None:
        files[ORIGIN] = origin_yaml(draft)
    files[SIGNATORIES] = csv_text(SIGNATORY_COLUMNS, signatory_rows(draft))
    return files


def signatory_rows(draft: Draft) -> list[dict[str, str]]:
    """Every name read, as written, with what the draft made of it (for a spreadsheet or a script)."""
    return [
        {
            "as_written": row.written,
            "read_as": row.read_as,
            "role": row.role,
            "decision": row.outcome,
            "id": row.agent,
            "score": "" if row.score is None else f"{row.score:.2f}",
            "reason": row.reason,
            "start": str(row.start),
            "end": str(row.end),
            "notes": "; ".join(row.notes),
        }
        for row in draft.signatories
    ]


def origin_yaml(draft: Draft) -> str:
    """Which file the source text was extracted from, and how (not curated data: for the record)."""
    assert draft.origin is not None
    origin = dataclasses.asdict(draft.origin)
    origin["extracted_to"] = f"sources/{draft.source_name}"
    body = yaml.dump(origin, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=10**9)
    return "# The file this draft's source text was extracted from (offsets point into the extracted text).\n" + body


def events_yaml(events: list[dict[str, str]]) -> str:
    """The draft's events for ``data/links/compact.yaml``, one mapping each."""
    body = yaml.dump(events, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=10**9)
    return EVENTS_HEADER + body


def draft_files(draft: Draft) -> dict[str, str]:
    """Every file of the draft folder: the record and its review."""
    return {**record_files(draft), REVIEW: review_markdown(draft)}


def write_folder(files: dict[str, str], target: Path, force: bool) -> None:
    """Write ``files`` under ``target`` atomically: into a temporary sibling, then renamed."""
    if target.exists() and not target.is_dir():
        raise IngestError(f"{target} exists and is not a folder")
    if target.exists() and any(target.iterdir()) and not force:
        raise IngestError(f"{target} already exists and is not empty; choose another -o or pass --force")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a draft is for curators to share
    old = target.with_name(f".{target.name}-replaced")
    try:
        for relative, content in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(content)
        if not target.exists():
            staging.rename(target)
            return
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        try:
            staging.rename(target)
        except OSError:
            old.rename(target)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
