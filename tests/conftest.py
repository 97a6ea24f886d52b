"""Shared fixtures: the seed graph is built once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import paths
from graph.build import BuildResult, build
from graph.load import load_store
from graph.source_text import SourceText

SEED_SOURCE = "sources/000_ba5cef3e2e24ca91.txt"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The seed graph, built, validated and written to a temporary folder."""
    return build(tmp_path_factory.mktemp("build"))


@pytest.fixture(scope="session")
def store() -> ox.Store:
    """The seed graph in an embedded pyoxigraph store."""
    return load_store()


@pytest.fixture(scope="session")
def source_text() -> SourceText:
    return SourceText(paths.DATA_DIR / SEED_SOURCE, SEED_SOURCE)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of ``data/`` for tests that break it on purpose."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, target)
    return target


@pytest.fixture
def home_copy(tmp_path: Path) -> Path:
    """A writable copy of the project home (ontology, data, queries) for CLI runs."""
    for folder in ("ontology", "data", "queries"):
        if (paths.ROOT / folder).is_dir():
            shutil.copytree(paths.ROOT / folder, tmp_path / folder)
    return tmp_path


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """Rows of a SELECT as plain strings, for assertions."""
    from graph.namespaces import sparql_prefixes

    results = store.query(sparql_prefixes() + query)
    assert isinstance(results, ox.QuerySolutions)
    names = [v.value for v in results.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in results]
