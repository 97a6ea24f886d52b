"""The evaluation sets are what their generators write, byte for byte.

Each ``benchmarks/eval/make_layouts_heldoutN.py`` writes one evaluation set; its ``--check`` rebuilds
into a temporary folder and compares bytes, finds every gold name once and in gold order in the text
read back (pdfplumber, python-docx, html.parser), finds every ``not_agents`` string, and refuses an
invented name that is in ``data/``. Here each check runs as a user would run it, so a committed
document or gold file that drifts from its generator fails CI. (``benchmarks/make_layouts.py``, the
in-repo corpus, rebuilds in place rather than in a temporary folder, so it is not run here.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = sorted((ROOT / "benchmarks" / "eval").glob("make_layouts_*.py"))


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda p: p.stem)
def test_generator_check_passes(generator: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(generator), "--check"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "ERROR" not in run.stdout
    assert run.stdout.strip(), "a --check prints what it checked"


def test_every_evaluation_set_has_its_generator() -> None:
    sets = {
        p.name.removeprefix("layouts_") for p in (ROOT / "benchmarks" / "eval").glob("layouts_heldout*") if p.is_dir()
    }
    generated = {p.stem.removeprefix("make_layouts_") for p in GENERATORS}
    assert sets and sets <= generated
