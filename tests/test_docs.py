"""The documentation: the README is the front door, the MkDocs site builds strictly, and the
generated references name every command and every query, so neither can drift from the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph import paths
from graph.cli import COMMANDS
from graph.sparql.library import load_library

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(out)], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_readme_opens_with_the_two_commands_and_stays_short() -> None:
    lines = README.splitlines()
    assert len(lines) <= 200
    block = README.split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert "gcmkg build" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    block = README.split("```bash\n", 1)[1].split("```", 1)[0]
    test_command = next(line for line in block.splitlines() if "pytest" in line and not line.startswith("#"))
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_links_point_at_files_that_exist() -> None:
    targets = re.findall(r"\]\(((?:docs/|LICENSE)[^)#]*)\)", README)
    assert len(targets) >= 10
    missing = [target for target in targets if not (ROOT / target).exists()]
    assert missing == []


def test_cli_reference_names_every_command(site: Path) -> None:
    page = (site / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"gcmkg {name}" in page, name
    assert "gcmkg link organizations" in page
    assert "Usage: gcmkg query [OPTIONS] NAME|FILE.rq" in page
    assert str(paths.ROOT) not in page  # defaults read the same on every machine
    assert "[default: (data/" in page


def test_query_catalogue_names_every_query_with_its_title(site: Path) -> None:
    page = (site / "reference" / "queries" / "index.html").read_text(encoding="utf-8")
    library = load_library(paths.QUERIES_DIR)
    assert len(library) >= 29
    for name, query in library.items():
        assert f"<code>{name}</code>" in page, name
        assert query.title.replace("'", "&#x27;").replace("&", "&amp;").split("&amp;#x27;")[0][:20] in page, name


def test_architecture_drawing_is_generated(site: Path) -> None:
    page = (site / "development" / "index.html").read_text(encoding="utf-8")
    drawing = page.split('aria-label="Imports between the subpackages of graph"', 1)[1].split("</svg>", 1)[0]
    for name in ("curation", "sparql", "rdf", "network", "server", "cli", "ingest", "linking", "foundation"):
        assert f">{name}</text>" in drawing


def test_site_calls_no_font_service(site: Path) -> None:
    for page in site.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8"), page
