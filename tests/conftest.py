"""Shared fixtures: the seed graph is built once per test session.

Exact expectations about the seed statement run against ``tests/fixtures/seed_data/``, a frozen
copy of ``data/`` as it was before a second statement was curated (``SEED_DATA``, the ``built``,
``store`` and ``source_text`` fixtures, and the writable ``data_copy`` and ``home_copy``). Tests on
the live ``data/`` (``live_store``) check invariants only, so curating more statements keeps the
suite green.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph import paths
from graph.curation.curated import load_curated
from graph.curation.source_text import SourceText
from graph.ingest.countries import Gazetteer
from graph.rdf.build import BuildResult, assemble, build
from graph.rdf.load import load_store

SEED_DATA = Path(__file__).parent / "fixtures" / "seed_data"
"""A frozen copy of data/ with the seed statement only: what exact expectations are about."""
SEED_SOURCE = "sources/000_ba5cef3e2e24ca91.txt"
CHROMIUM = Path("/usr/bin/chromium")
"""Debian's Chromium; .ci/run installs it. Browser tests fail, not skip, without it."""
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright, one per test module (the launch every browser
    test and benchmark shares: ``CHROMIUM``, ``CHROMIUM_ARGS``)."""
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@lru_cache(maxsize=1)
def seed_ntriples() -> bytes:
    """The seed graph (from the frozen ``SEED_DATA``) as sorted N-Triples, built once per process."""
    return assemble(SEED_DATA).ntriples.encode("utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The seed graph, built, validated and written to a temporary folder."""
    return build(tmp_path_factory.mktemp("build"), data_dir=SEED_DATA)


@pytest.fixture(scope="session")
def store() -> ox.Store:
    """The seed graph in an embedded pyoxigraph store."""
    store = ox.Store()
    store.bulk_load(seed_ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.fixture(scope="session")
def live_store() -> ox.Store:
    """The graph of the live ``data/``, whatever has been curated: for invariant checks only."""
    return load_store()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The seed's countries as the signatory reader's gazetteer (the layout-rule tests)."""
    return Gazetteer(set(load_curated(SEED_DATA).countries))


@pytest.fixture(scope="session")
def source_text() -> SourceText:
    return SourceText(SEED_DATA / SEED_SOURCE, SEED_SOURCE)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed data for tests that break it on purpose."""
    target = tmp_path / "data"
    shutil.copytree(SEED_DATA, target)
    return target


@pytest.fixture
def home_copy(tmp_path: Path) -> Path:
    """A writable project home (ontology, queries and the seed data) for CLI runs."""
    for folder in ("ontology", "queries"):
        if (paths.ROOT / folder).is_dir():
            shutil.copytree(paths.ROOT / folder, tmp_path / folder)
    shutil.copytree(SEED_DATA, tmp_path / "data")
    return tmp_path


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """Rows of a SELECT as plain strings (unbound variables left out), with the project's prefixes."""
    from graph.namespaces import PREFIXES
    from graph.rows import select_plain

    return select_plain(store, query, PREFIXES)


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def oxigraph_binary() -> str:
    """The ``oxigraph`` server CLI installed from PyPI next to this Python."""
    import sys

    path = Path(sys.executable).parent / "oxigraph"
    assert path.is_file(), "the oxigraph package (test extra) is not installed"
    return str(path)


def start_oxigraph(location: Path, files: list[Path]) -> tuple[str, subprocess.Popen[bytes]]:
    """Load ``files`` into a new store at ``location`` and serve it on a free loopback port.

    Returns the SPARQL query URL and the server process (terminate it when done).
    """
    import time
    import urllib.request

    if files:
        subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", *map(str, files)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                return f"{base}/query", process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("oxigraph server did not start within 30 s")
