"""What the signatory reader finds in a short text, as rows a test can compare with a literal list
(shared by the layout-rule tests; the ``gazetteer`` fixture they use is in ``tests/conftest.py``)."""

from __future__ import annotations

from graph.ingest.countries import Gazetteer
from graph.ingest.signatories import extract_signatories

Row = tuple[str, str, str, tuple[str, ...]]  # name, kind ('person'/'organization'/'coalition'), coalition, countries


def read(text: str, gazetteer: Gazetteer) -> list[Row]:
    """Each agent read: its name, kind, the coalition it is a member of ('' if none), its countries."""
    extraction = extract_signatories(text, gazetteer)
    rows: list[Row] = []
    for agent in extraction.agents:
        parent = extraction.agents[agent.parent].name if agent.parent is not None else ""
        kind = "person" if agent.kind == "person" else ("coalition" if agent.is_coalition else "organization")
        rows.append((agent.name, kind, parent, tuple(sorted({p.code for p in agent.places}))))
    return rows
