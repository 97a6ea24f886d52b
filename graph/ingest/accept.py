"""``gcmkg accept``: a reviewed draft becomes curated data, all at once or not at all.

Steps, any of which refuses with a message and leaves ``data/`` untouched:

1. the draft has no unticked box in ``review.md`` and no ``TODO`` placeholder;
2. the changes are computed: the source and statement are new files (``suggested:`` dropped), the
   new rows are appended to the tables (an id already curated is refused), and the spellings in
   ``spellings.csv`` are added to their agents' ``written_as``;
3. a copy of ``data/`` with the changes applied must pass everything ``gcmkg build`` checks:
   ``load_curated``, then the built graph's SHACL shapes and violation queries (so a demand
   without a link, or an event without a source, is refused here rather than by the next build);
4. the changed files are replaced as one change through a journal (:mod:`graph.curation.journal`):
   killed at any moment, ``data/`` is left with all old or all new files once the next ``accept``
   or ``build`` has looked at it; if a rename fails, the files already replaced are restored.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph import paths
from graph.curation.curated import load_curated
from graph.curation.journal import commit_files, recover
from graph.curation.tables import load_yaml
from graph.errors import CurationError, GcmkgError
from graph.ingest.draft import COMPACT_LINKS, EVENTS, REVIEW, SPELLING_COLUMNS, SPELLINGS, TABLES
from graph.ingest.metadata import TODO
from graph.ingest.review import unchecked_boxes
from graph.ingest.writer import DUMPER, statement_yaml
from graph.rdf.build import assemble, check_graph

ID_COLUMNS = {"organizations.csv": "id", "persons.csv": "id"}
# Columns a draft table may leave out (a draft written before they existed is still accepted).
OPTIONAL_COLUMNS = frozenset(["context"])
# A placeholder ingest left: a YAML value or list item, or a CSV cell, that starts with TODO.
YAML_PLACEHOLDER = re.compile(rf"^\s*(?:-\s+)?(?:[\w.]+:\s*)?['\"]?{TODO}\b")
CSV_PLACEHOLDER = re.compile(rf"(?:^|,)\"?{TODO}\b")


class AcceptError(GcmkgError):
    """The draft cannot be accepted yet; nothing was written."""


@dataclass(frozen=True)
class Accepted:
    statement_id: str
    written: list[str]  # paths relative to data/


def read_folder(draft_dir: Path) -> dict[str, str]:
    """Every text file of a draft folder by relative path ('statements/x.yaml', 'review.md')."""
    if not draft_dir.is_dir():
        raise AcceptError(f"{draft_dir} is not a draft folder")
    files: dict[str, str] = {}
    for path in sorted(draft_dir.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            try:
                files[path.relative_to(draft_dir).as_posix()] = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as error:
                raise AcceptError(f"{path} is not UTF-8 ({error.reason} at byte {error.start})") from None
    return files


def unresolved(files: dict[str, str]) -> list[str]:
    """Unticked review boxes and TODO placeholders left in the statement and tables."""
    problems = [f"{REVIEW}: unticked: {text}" for text in unchecked_boxes(files.get(REVIEW, ""))]
    for name, content in files.items():
        if name.startswith("statements/") or name in TABLES or name in (SPELLINGS, EVENTS):
            for number, line in enumerate(content.splitlines(), start=1):
                pattern = YAML_PLACEHOLDER if name.endswith(".yaml") else CSV_PLACEHOLDER
                if pattern.search(line) and not line.lstrip().startswith("#"):
                    problems.append(f"{name}, line {number}: a {TODO} placeholder is left: {line.strip()[:100]}")
    return problems


def only(files: dict[str, str], folder: str, suffix: str) -> tuple[str, str]:
    found = [(name, text) for name, text in files.items() if name.startswith(f"{folder}/") and name.endswith(suffix)]
    if len(found) != 1:
        raise AcceptError(f"a draft holds exactly one {folder}/*{suffix}; found {len(found)}")
    return found[0]


def planned_changes(files: dict[str, str], data_dir: Path, require_links: bool = True) -> tuple[str, dict[str, str]]:
    """The statement id and the new content of every data file the draft changes (a fresh draft's
    demands have no links yet: ``require_links`` False lets ``ingest`` check the rest)."""
    statement_name, statement_text = only(files, "statements", ".yaml")
    source_name, source_text = only(files, "sources", ".txt")
    try:
        statement = load_yaml(statement_text)
    except yaml.YAMLError as error:
        raise AcceptError(f"{statement_name} is not valid YAML: {error}") from None
    if not isinstance(statement, dict) or not isinstance(statement.get("id"), str):
        raise AcceptError(f"{statement_name}: expected a mapping with an 'id'")
    statement_id = statement["id"]
    if require_links:
        check_demands_are_linked(statement, statement_name)
    if statement.get("source") != source_name:
        raise AcceptError(f"{statement_name}: source is '{statement.get('source')}', but the draft holds {source_name}")
    changes: dict[str, str] = {}
    for relative in (source_name, f"statements/{statement_id}.yaml"):
        if (data_dir / relative).exists():
            raise AcceptError(f"data/{relative} already exists: this statement or source is already curated")
    changes[source_name] = source_text
    changes[f"statements/{statement_id}.yaml"] = statement_yaml(without_suggestions(statement), draft=False)
    taken = curated_ids(data_dir)
    for name, columns in TABLES.items():
        rows = draft_rows(files.get(name, ""), name, columns)
        check_new_ids(rows, name, taken)
        if rows:
            changes[name] = appended(read_text(data_dir / name), columns, rows)
    spellings = draft_rows(files.get(SPELLINGS, ""), SPELLINGS, SPELLING_COLUMNS)
    for name in ("organizations.csv", "persons.csv"):
        base = changes.get(name, read_text(data_dir / name))
        updated = with_spellings(base, spellings)
        if updated != base:
            changes[name] = updated
    unknown = sorted({row["agent"] for row in spellings} - taken - new_ids(files))
    if unknown:
        raise AcceptError(f"{SPELLINGS}: unknown agent(s) {', '.join(unknown)}")
    if files.get(EVENTS, "").strip():
        compact = read_text(data_dir / COMPACT_LINKS)
        updated = with_events(compact, files[EVENTS])
        if updated != compact:
            changes[COMPACT_LINKS] = updated
    return statement_id, changes


def check_demands_are_linked(statement: dict[str, Any], name: str) -> None:
    """Refuse demands without any curated link: the graph's shapes require one (say why, by id)."""
    positions = statement.get("positions") if isinstance(statement.get("positions"), list) else []
    unlinked = [
        str(p.get("id"))
        for p in positions or []
        if isinstance(p, dict) and p.get("type") == "demand" and not p.get("addresses")
    ]
    if unlinked:
        raise AcceptError(
            f"{name}: {len(unlinked)} demand(s) address no objective or principle ({', '.join(unlinked)}); "
            "move a suggestion to `addresses:` with a rationale, or change the type; nothing was written"
        )


def with_events(compact: str, events_text: str) -> str:
    """``data/links/compact.yaml`` with the draft's new events appended to its ``events:`` list."""
    try:
        events = load_yaml(events_text) or []
        document = load_yaml(compact) if compact.strip() else {}
    except yaml.YAMLError as error:
        raise AcceptError(f"{EVENTS} or {COMPACT_LINKS} is not valid YAML: {error}") from None
    if not isinstance(events, list) or not all(isinstance(e, dict) and e.get("id") for e in events):
        raise AcceptError(f"{EVENTS}: expected a list of events, each with an id and a source")
    listed = document.get("events") if isinstance(document, dict) else None
    known = {str(e.get("id")) for e in listed or [] if isinstance(e, dict)}
    new = [event for event in events if str(event["id"]) not in known]
    if not new:
        return compact
    if isinstance(document, dict) and "events" not in document:
        compact = compact + ("" if not compact or compact.endswith("\n") else "\n") + "events:\n"
    block = yaml.dump(new, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=10**9)
    indented = "".join(f"  {line}" for line in block.splitlines(keepends=True))
    updated = compact + ("" if not compact or compact.endswith("\n") else "\n") + indented
    check = yaml.safe_load(updated)
    ids = {str(e.get("id")) for e in (check or {}).get("events") or [] if isinstance(e, dict)}
    if not {str(event["id"]) for event in new} <= ids:
        raise AcceptError(f"could not append to the events list of {COMPACT_LINKS}: add the events by hand")
    return updated


def without_suggestions(statement: dict[str, Any]) -> dict[str, Any]:
    """The statement without any ``suggested:`` list: only curated ``addresses:`` are kept."""
    cleaned = dict(statement)
    positions = statement.get("positions")
    if isinstance(positions, list):
        cleaned["positions"] = [
            {key: value for key, value in p.items() if key != "suggested"} if isinstance(p, dict) else p
            for p in positions
        ]
    return cleaned


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def draft_rows(content: str, name: str, columns: list[str]) -> list[dict[str, str]]:
    """Non-empty rows of a draft table, which must keep the curated header."""
    if not content.strip():
        return []
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    header = list(reader.fieldnames or [])
    if header not in (columns, [c for c in columns if c not in OPTIONAL_COLUMNS]):
        raise AcceptError(f"{name}: the header must be {','.join(columns)}")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise AcceptError(f"{name}, row {number}: more cells than columns (a stray comma?)")
        if any((value or "").strip() for value in row.values()):
            rows.append({key: (value or "") for key, value in row.items()})
    return rows


def curated_ids(data_dir: Path) -> set[str]:
    ids: set[str] = set()
    for name in ID_COLUMNS:
        for row in csv.DictReader(io.StringIO(read_text(data_dir / name).lstrip("\ufeff"))):
            ids.add((row.get("id") or "").strip())
    return ids


def new_ids(files: dict[str, str]) -> set[str]:
    ids: set[str] = set()
    for name in ID_COLUMNS:
        ids |= {row["id"].strip() for row in draft_rows(files.get(name, ""), name, TABLES[name])}
    return ids


def check_new_ids(rows: list[dict[str, str]], name: str, taken: set[str]) -> None:
    """Refuse a new row whose id is already curated or used twice in the draft."""
    column = ID_COLUMNS.get(name)
    if column is None:
        return
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        value = row[column].strip()
        if value in taken:
            raise AcceptError(f"{name}, row {number}: id '{value}' is already curated; use it in spellings.csv instead")
        if value in seen:
            raise AcceptError(f"{name}, row {number}: id '{value}' is used twice in the draft")
        seen.add(value)


def appended(base: str, columns: list[str], rows: list[dict[str, str]]) -> str:
    """``base`` with ``rows`` added; a curated table without an optional column the rows fill
    ('context' of memberships.csv) gets it, empty on its own rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if not base.strip():
        writer.writerow(columns)
    else:
        header = next(csv.reader(io.StringIO(base.lstrip("\ufeff"))), [])
        if header != columns and set(header) < set(columns):
            if all(not row.get(c) for row in rows for c in columns if c not in header):
                columns = header
            else:
                base = widened(base, columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    separator = "" if not base or base.endswith("\n") else "\n"
    return base + separator + buffer.getvalue()


def widened(base: str, columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv.DictReader(io.StringIO(base.lstrip("\ufeff"))))
    return buffer.getvalue()


def with_spellings(content: str, spellings: list[dict[str, str]]) -> str:
    """``content`` (organizations.csv or persons.csv) with each spelling added to its agent's written_as."""
    if not spellings or not content.strip():
        return content
    records = list(csv.reader(io.StringIO(content)))
    header = records[0]
    if "id" not in header or "written_as" not in header:
        return content
    id_at, written_at = header.index("id"), header.index("written_as")
    wanted: dict[str, list[str]] = {}
    for row in spellings:
        wanted.setdefault(row["agent"].strip(), []).append(row["written_as"])
    changed = False
    for record in records[1:]:
        if len(record) > max(id_at, written_at) and record[id_at].strip() in wanted:
            forms = [form for form in record[written_at].split("|") if form]
            for spelling in wanted[record[id_at].strip()]:
                if spelling not in forms:
                    forms.append(spelling)
                    changed = True
            record[written_at] = "|".join(forms)
    if not changed:
        return content
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    return buffer.getvalue()


def staged_problems(changes: dict[str, str], data_dir: Path, validate_graph: bool = False) -> list[str]:
    """What the curated-data checks say about ``data_dir`` with ``changes`` applied, in a temporary
    copy: ``load_curated`` always; with ``validate_graph``, also the built graph's SHACL shapes and
    violation queries (everything ``gcmkg build`` checks)."""
    with tempfile.TemporaryDirectory(prefix="gcmkg-accept-") as folder:
        staged = Path(folder) / "data"
        shutil.copytree(data_dir, staged)
        for relative, content in changes.items():
            path = staged / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(content)
        try:
            load_curated(staged)
            if validate_graph:
                check_graph(assemble(staged, paths.ONTOLOGY_DIR), paths.ONTOLOGY_DIR, paths.QUERIES_DIR)
        except CurationError as error:
            return [str(problem) for problem in error.errors]
        except GcmkgError as error:
            return [str(error)]
    return []


def commit(changes: dict[str, str], data_dir: Path) -> None:
    """Replace every changed file of ``data_dir`` at once (see :mod:`graph.curation.journal`)."""
    commit_files(data_dir, {relative: content.encode("utf-8") for relative, content in changes.items()})


def accept_draft(draft_dir: Path, data_dir: Path) -> Accepted:
    """Turn a reviewed draft into curated data under ``data_dir``; raises AcceptError otherwise."""
    recover(data_dir)
    files = read_folder(draft_dir)
    problems = unresolved(files)
    if problems:
        raise AcceptError(
            f"{draft_dir} is not reviewed yet ({len(problems)} open item(s)); nothing was written:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
        )
    statement_id, changes = planned_changes(files, data_dir)
    problems = staged_problems(changes, data_dir, validate_graph=True)
    if problems:
        raise AcceptError(
            f"the curated data would have {len(problems)} problem(s) with this draft; nothing was written:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
        )
    try:
        commit(changes, data_dir)
    except OSError as error:
        raise AcceptError(
            f"could not write into {data_dir} ({error}); the files already replaced were restored"
        ) from None
    return Accepted(statement_id, sorted(changes))
