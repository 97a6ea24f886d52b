"""Replacing several files as one change that a crash cannot leave half done.

``gcmkg accept`` rewrites up to six files of ``data/`` and ``gcmkg build`` four outputs; renaming
them one by one, a process killed in between left some files new and some old. Here every new
content is first written into a journal folder inside the same directory, then a plan naming the
files is written and renamed into place: that rename is the commit point. Files are then moved
into place. Whoever next looks at the directory (the next ``accept``, ``build`` or anything that
reads ``data/``) calls :func:`recover`: a committed plan is carried out to the end, anything
staged without a plan is thrown away. Either way the directory holds all old or all new files.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

JOURNAL = ".gcmkg-journal"
PLAN = "plan.json"


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())


def commit_files(root: Path, files: Mapping[str, bytes]) -> None:
    """Replace ``root/<relative>`` by each content, all or none, even if this process is killed.

    If a rename fails here (an OSError, not a kill), the files already replaced are put back
    and the error is raised.
    """
    recover(root)
    journal = root / JOURNAL
    for relative, content in files.items():
        _write(journal / "new" / relative, content)
        final = root / relative
        if final.exists():
            _write(journal / "old" / relative, final.read_bytes())
    _write(journal / f"{PLAN}.tmp", json.dumps(sorted(files)).encode("utf-8"))
    os.replace(journal / f"{PLAN}.tmp", journal / PLAN)
    try:
        _carry_out(root, sorted(files))
    except OSError:
        _roll_back(root, sorted(files))
        raise
    shutil.rmtree(journal, ignore_errors=True)


def recover(root: Path) -> bool:
    """Finish or discard an interrupted :func:`commit_files` in ``root``; True if there was one."""
    journal = root / JOURNAL
    if not journal.is_dir():
        return False
    plan = journal / PLAN
    if plan.is_file():
        _carry_out(root, json.loads(plan.read_text(encoding="utf-8")))
    shutil.rmtree(journal, ignore_errors=True)
    return True


def _carry_out(root: Path, names: list[str]) -> None:
    for relative in names:
        staged = root / JOURNAL / "new" / relative
        if staged.exists():  # else it was moved before the interruption
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, root / relative)


def _roll_back(root: Path, names: list[str]) -> None:
    journal = root / JOURNAL
    for relative in names:
        if (journal / "new" / relative).exists():
            continue  # never replaced
        old = journal / "old" / relative
        if old.exists():
            os.replace(old, root / relative)
        else:
            (root / relative).unlink(missing_ok=True)
    shutil.rmtree(journal, ignore_errors=True)
