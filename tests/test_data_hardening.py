"""Hostile or careless curated data: nothing changes silently, every error is one line naming the
place, and a process killed while writing never leaves ``data/`` or the outputs half replaced."""

from __future__ import annotations

import csv
import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from graph.curation.curated import load_curated
from graph.curation.journal import JOURNAL, commit_files, recover
from graph.errors import CurationError

STATEMENT = "statements/lac-2025-santiago.yaml"
WRITER = """
import sys
from pathlib import Path
from graph.curation.journal import commit_files
root, version = Path(sys.argv[1]), sys.argv[2]
commit_files(root, {f"part{i % 7}/file{i}.txt": (version * 4000).encode() for i in range(240)})
"""


def problems_of(data_dir: Path) -> list[str]:
    with pytest.raises(CurationError) as caught:
        load_curated(data_dir)
    return [str(problem) for problem in caught.value.errors]


def contents(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_write_killed_at_random_moments_leaves_all_old_or_all_new(tmp_path: Path) -> None:
    root = tmp_path / "out"
    root.mkdir()
    subprocess.run([sys.executable, "-c", WRITER, str(root), "A"], check=True)
    rng = random.Random(6)
    outcomes = []
    for attempt in range(16):
        version = "B" if attempt % 2 == 0 else "A"
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(root), version])
        time.sleep(rng.uniform(0.0, 0.6))  # a random moment: before, during or after the commit
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        recover(root)
        found = contents(root)
        assert len(found) == 240, "no file missing, no temporary file left"
        assert len(set(found.values())) == 1, "all files from the same version"
        assert not (root / JOURNAL).exists()
        outcomes.append(next(iter(found.values()))[:1].decode())
    assert set(outcomes) <= {"A", "B"}


def test_an_accept_killed_between_its_renames_is_finished_by_the_next_reader(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    organizations = (data_copy / "organizations.csv").read_text(encoding="utf-8")
    changes = {
        "organizations.csv": organizations.replace(",ACT Alliance,\n", ",ACT Alliance,after the kill\n", 1).encode(),
        "links/compact.yaml": (data_copy / "links/compact.yaml").read_bytes() + b"# written by the journal test\n",
    }
    assert changes["organizations.csv"] != organizations.encode()
    real_replace = os.replace
    calls: list[str] = []

    def killed_after_first_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(str(target))
        if len(calls) == 3:  # the plan, one data file, then the process is gone
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr("graph.curation.journal.os.replace", killed_after_first_file)
    with pytest.raises(KeyboardInterrupt):
        commit_files(data_copy, changes)
    monkeypatch.undo()
    assert (data_copy / JOURNAL).exists()
    assert (data_copy / "organizations.csv").read_bytes() != changes["organizations.csv"], "killed half-way"
    curated = load_curated(data_copy)  # the next reader finishes the committed change
    assert curated.organizations["act-alliance"].note == "after the kill"
    assert (data_copy / "links/compact.yaml").read_bytes() == changes["links/compact.yaml"]
    assert not (data_copy / JOURNAL).exists()


def test_a_misspelled_key_is_an_error_with_a_suggestion(data_copy: Path) -> None:
    path = data_copy / STATEMENT
    path.write_text(path.read_text(encoding="utf-8").replace("  addresses:", "  adresses:", 1), encoding="utf-8")
    found = problems_of(data_copy)
    assert any("unknown key 'adresses' (did you mean 'addresses'?)" in problem for problem in found), found
    compact = data_copy / "links/compact.yaml"
    compact.write_text(compact.read_text(encoding="utf-8").replace("outcome:", "outcom:", 1), encoding="utf-8")
    assert any("did you mean 'outcome'" in problem for problem in problems_of(data_copy))


def rewrite_organizations(data_copy: Path, change: dict[int, dict[str, str]]) -> None:
    path = data_copy / "organizations.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    for index, values in change.items():
        rows[index].update(values)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def test_csv_cells_keep_their_line_breaks_and_rows_keep_their_numbers(data_copy: Path) -> None:
    rewrite_organizations(data_copy, {0: {"note": "first line\nsecond line"}, 1: {"note": "a\u2028b"}})
    curated = load_curated(data_copy)
    first = next(iter(curated.organizations.values()))
    assert first.note == "first line\nsecond line"
    rewrite_organizations(data_copy, {3: {"type": "bogus"}})  # spreadsheet row 5
    found = problems_of(data_copy)
    assert any(problem.startswith("organizations.csv, row 5, field 'type'") for problem in found), found


@pytest.mark.parametrize("name", ["organizations.csv", STATEMENT])
def test_a_byte_that_is_not_utf8_gets_one_line(data_copy: Path, name: str) -> None:
    path = data_copy / name
    path.write_bytes(path.read_bytes().replace(b"\n", b"\n\xff", 1))
    found = problems_of(data_copy)
    assert any(f"{name}: not UTF-8 text: byte 0xFF at line 2" in problem for problem in found), found
    assert all("\n" not in problem for problem in found)


def test_yaml_aliases_are_refused_before_they_expand(data_copy: Path) -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    bomb += "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9)
    )
    (data_copy / STATEMENT).write_text(bomb, encoding="utf-8")
    found = problems_of(data_copy)
    assert any("anchors and aliases (& and *) are not accepted" in problem for problem in found), found
    assert all("\n" not in problem for problem in found)
    assert yaml.safe_load("a: 1") == {"a": 1}
