"""Just enough of a SPARQL lexer for what gcmkg needs to see in a query's text: its form, its
braces (where a VALUES block goes), its variables and its SERVICE targets, outside strings, IRIs and
comments.

It is not the engine's parser and never decides what is safe: the server's engines cannot open a
connection whatever a query says (see :mod:`graph.sparql.sandbox`). It follows the grammar where
the two were found to differ: a comment ends at a carriage return as well as a line feed, and an
IRI may hold ``\\u``/``\\U`` codepoint escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                   |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
      | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
      | (?P<var>[?$]\w+)
      | (?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w.:%-]|\\.)*)
      | (?P<word>[A-Za-z_][\w-]*)
      | (?P<punct>[{}()])
      | (?P<other>\S)""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokenize(text: str) -> Iterator[Token]:
    """Enough of a SPARQL lexer to find braces, keywords and variables outside strings and IRIs.

    An IRI cannot contain braces or quotes, so reading a ``<`` operator as the start of an IRI
    never hides a brace or a string from the scan.
    """
    for found in _TOKEN.finditer(text):
        kind = found.lastgroup or "other"
        if kind != "comment":
            yield Token(kind, found.group(), found.start())


def strip_comments(text: str) -> str:
    """The query without comments, so a variable named only in the header does not count."""
    return " ".join(token.text for token in tokenize(text))


def query_form(text: str) -> str:
    """The query form keyword (SELECT, CONSTRUCT, ASK, DESCRIBE) of a SPARQL query."""
    forms = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
    for token in tokenize(text):
        if token.kind == "word" and token.text.upper() in forms:
            return token.text.upper()
    return "SELECT"


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape_codepoints(text: str) -> str:
    """``text`` with SPARQL's ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes replaced by their characters."""

    def character(found: re.Match[str]) -> str:
        value = int(found.group(1) or found.group(2), 16)
        return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else found.group()

    return _CODEPOINT.sub(character, text)
