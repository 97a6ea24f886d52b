"""gcmkg: an open knowledge graph of who demands what in migration governance."""

from __future__ import annotations

__version__ = "0.1.0"
