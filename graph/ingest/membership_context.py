"""The ``context`` of a membership read apart from the coalition's line.

A coalition's members are not always on or under its line: a table has a 'member of' column, a
later section says 'Members of the X:', a flat block follows the line 'X, integrada por:'. For such
a membership the draft quotes, besides the member's own name (``evidence``), the span that names the
coalition (``context``): the cell, the heading or the coalition's line, verbatim. ``gcmkg accept``
checks it with :mod:`graph.curation.membership`, which records both spans.
"""

from __future__ import annotations

import re

from graph.curation.membership import in_list_after
from graph.ingest.names import name_without_acronym, trailing_acronym


def membership_context(text: str, member_start: int, coalition_name: str, coalition_start: int) -> str:
    """'' when the member is on the coalition's line or in the indented or bulleted lines right
    below it (no context needed); otherwise the nearest line (or table cell) at or above the
    member's line that names the coalition, stripped."""
    if in_list_after(text, coalition_start, member_start, member_start):
        return ""
    names = [n for n in {coalition_name, name_without_acronym(coalition_name), trailing_acronym(coalition_name)} if n]
    line_start = text.rfind("\n", 0, member_start) + 1
    while line_start >= 0:
        line_end = text.find("\n", line_start)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        found = naming(line, names, member_start - line_start)
        if found:
            return found
        if line_start == 0:
            return ""
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return ""


def naming(line: str, names: list[str], member_at: int) -> str:
    """The part of ``line`` that names the coalition (a cell of a table row, else the whole line)."""
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", line):
            if match.start() <= member_at < match.end():
                continue  # the member's own name
            if "|" in line:
                cell_start = line.rfind("|", 0, match.start()) + 1
                cell_end = line.find("|", match.end())
                return line[cell_start : len(line) if cell_end == -1 else cell_end].strip()
            return line.strip()
    return ""
