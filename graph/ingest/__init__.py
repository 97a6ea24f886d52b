"""``gcmkg ingest`` and ``gcmkg accept``: from a statement's plain text to a reviewed curated record.

``ingest`` reads a statement (.txt, .md, .html, .pdf or .docx, through :mod:`graph.ingest.extract`;
English, Spanish, Portuguese or French), finds its signatories in any common layout, matches
them against the curated organizations, splits the body into typed positions and suggests the GCM
objectives and principles each addresses. It writes a *draft* folder for a curator, never into
``data/``. ``accept`` turns a reviewed draft into curated data, atomically.

May import: :mod:`graph.curation`, :mod:`graph.rdf` (``accept`` builds the staged data before
swapping it in) and the foundation modules. Never the server, the network or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.curation.curated import load_curated
from graph.ingest.accept import Accepted, AcceptError, accept_draft, planned_changes, staged_problems
from graph.ingest.draft import REVIEW, Draft, DraftBuilder, Options
from graph.ingest.extract import read_input
from graph.ingest.review import review_markdown
from graph.ingest.text import IngestError
from graph.ingest.writer import record_files, write_folder

# Above this size the draft is not also checked against a staged copy of data/ (the checks of
# `gcmkg build` scale with quotes x text length); `gcmkg accept` always runs them.
BUILD_CHECK_LIMIT = 1_000_000

__all__ = ["AcceptError", "Accepted", "IngestError", "Ingested", "Options", "accept_draft", "ingest"]


@dataclass(frozen=True)
class Ingested:
    draft: Draft
    folder: Path


def ingest(path: Path, options: Options, data_dir: Path, out: Path | None = None, force: bool = False) -> Ingested:
    """Read ``path``, build the draft against the curated data in ``data_dir`` and write it to
    ``out`` (default ``drafts/<statement id>``)."""
    source = read_input(path)
    curated = load_curated(data_dir)
    draft = DraftBuilder(curated, data_dir).build(source, options)
    files = record_files(draft)
    if len(draft.text) <= BUILD_CHECK_LIMIT:
        draft.build_problems = build_problems(files, data_dir)
    else:
        draft.build_problems = ["(not checked: the text is over 1 MB; `gcmkg accept` will run the checks)"]
    files[REVIEW] = review_markdown(draft)
    folder = out or Path("drafts") / draft.statement_id
    try:
        write_folder(files, folder, force)
    except OSError as error:
        raise IngestError(f"could not write the draft to {folder}: {error}") from None
    return Ingested(draft, folder)


def build_problems(files: dict[str, str], data_dir: Path) -> list[str]:
    """What the curated-data checks would report if the draft were accepted as it is."""
    try:
        _, changes = planned_changes(files, data_dir, require_links=False)
    except AcceptError as error:
        return [str(error)]
    return staged_problems(changes, data_dir)
