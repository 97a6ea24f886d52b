"""Where the ontology, curated data and query library live.

Resolved from this file, never from the working directory, so the CLI works from anywhere. In a
source checkout (``pip install -e .``) they are the repository's top-level folders, which is what
curators edit; in an installed wheel they are copies shipped under ``graph/_resources``. The
``GCMKG_HOME`` environment variable points at another checkout (a curator's working copy).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The folder holding ``ontology/``, ``data/`` and ``queries/``."""
    override = os.environ.get("GCMKG_HOME")
    if override:
        return Path(override).resolve()
    checkout = PACKAGE_DIR.parent
    if (checkout / "ontology" / "gcm.ttl").is_file():
        return checkout
    return PACKAGE_DIR / "_resources"


ROOT = project_root()
ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
DEFAULT_OUT_DIR = Path("build")
