"""Plain-text layout marks read as indentation and place columns, character for character.

Every rewrite keeps the text's length and line breaks, so offsets into the extracted text are
offsets into the file:

* quote markers of a forwarded e-mail ('> ', '> > ') become indentation;
* tree characters ('├─', '└─', '│') become a bullet one level deeper than the line above;
* a name and a place set in columns (a tab, or a run of three or more spaces, before a country or
  a scope such as 'Regional') read as a place suffix: the gap ends in an en dash, U+2013.
"""

from __future__ import annotations

import re

from graph.ingest.countries import SCOPE, Gazetteer

QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.M)
TREE_BRANCH = re.compile(r"[\u251c\u2514\u2570\u255a\u2560][\u2500\u2550]*")  # ├─ └─ ╰─ ╚═ ╠═
TREE_TRUNK = re.compile(r"[\u2502\u2551]")  # │ ║
PLACES = Gazetteer(set())  # country and region names only
COLUMN = re.compile(r"^(?P<name>[^\n]*\S)(?P<gap>\t+| {3,}|[ \t]{2,}\t[ \t]*)(?P<place>\S[^\n\t]*?)[ \t]*$", re.M)


def normalise(text: str) -> str:
    """The text with quote markers, tree characters and place columns rewritten (same length)."""
    text = QUOTE.sub(lambda match: " " * len(match.group()), text)
    text = TREE_BRANCH.sub(lambda match: " " * (len(match.group()) - 1) + "-", text)
    text = TREE_TRUNK.sub(" ", text)
    return COLUMN.sub(place_column, text)


def place_column(match: re.Match[str]) -> str:
    """'Name<gap>Country' with the gap's last characters an en dash (a single tab becomes one)."""
    place = match.group("place")
    if not (PLACES.is_location(place) or SCOPE.fullmatch(place)):
        return match.group()
    gap = match.group("gap")
    dash = "\u2013" if len(gap) == 1 else " " * (len(gap) - 2) + "\u2013 "
    return match.group("name") + dash + match.group(0)[match.end("gap") - match.start() :]
