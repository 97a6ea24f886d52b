"""A Word file (.docx) read with python-docx: paragraphs and tables in document order.

List paragraphs keep their nesting: the level comes from the paragraph's numbering (``w:numPr``
``w:ilvl``) or its style ('List Bullet 2' is level 1), the marker from the numbering format
(bullet or number, counted per list and level). Table rows become ``cell | cell`` lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from graph.ingest.extract.common import Extraction, join_lines, list_line, tidy
from graph.ingest.extract.html import PLACES
from graph.ingest.text import IngestError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STYLE_LEVEL = re.compile(r"^List(?: (Bullet|Number|Continue|Paragraph))?(?: (\d))?$", re.I)


def open_document(raw: bytes, path: Path) -> Any:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestError(
            f"{path} is not a readable Word file ({type(error).__name__}): open it in Word or LibreOffice, "
            "save it again as .docx, and ingest the saved file"
        ) from None
    except Exception as error:  # lxml's XMLSyntaxError and other parser failures on a damaged part
        raise IngestError(
            f"{path} is a damaged Word file ({type(error).__name__}): open it in Word or LibreOffice, "
            "save it again as .docx, and ingest the saved file"
        ) from None


class Numbering:
    """Which numbering format (bullet, decimal…) a list level uses, from the numbering part."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for node in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = fmt.get(f"{W}val", "bullet") if fmt is not None else "bullet"
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {})
            for level, fmt in levels.items():
                self.formats[(num.get(f"{W}numId", ""), level)] = fmt

    def ordered(self, num_id: str, level: int) -> bool:
        return self.formats.get((num_id, level), "bullet") not in ("bullet", "none")


def list_position(paragraph: Any) -> tuple[str, int, int] | None:
    """(numbering id, nesting level, numbering level) of a list paragraph, from its own numbering or
    its style's; else None. Without ``w:ilvl`` the numbering's level 0 gives the format (as Word
    draws it) and the style ('List Number 2') the nesting."""
    for element in (paragraph._p.pPr, getattr(paragraph.style.element, "pPr", None) if paragraph.style else None):
        num_pr = element.find(f"{W}numPr") if element is not None else None
        if num_pr is not None:
            num_id = num_pr.find(f"{W}numId")
            ilvl = num_pr.find(f"{W}ilvl")
            identifier = num_id.get(f"{W}val", "") if num_id is not None else ""
            if identifier == "0":
                return None
            if ilvl is not None:
                level = int(ilvl.get(f"{W}val", "0"))
                return identifier, level, level
            return identifier, style_level(paragraph), 0
    name = paragraph.style.name if paragraph.style is not None else ""
    match = STYLE_LEVEL.match(name or "")
    if match and match.group(1):
        return f"style:{name}", style_level(paragraph), style_level(paragraph)
    return None


def style_level(paragraph: Any) -> int:
    match = STYLE_LEVEL.match(paragraph.style.name if paragraph.style is not None else "")
    return int(match.group(2)) - 1 if match and match.group(2) else 0


class Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = Numbering(document)
        self.counters: dict[tuple[str, int], int] = {}
        self.lines: list[str] = []

    def read(self) -> str:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for element in self.document.element.body.iterchildren():
            if element.tag == f"{W}p":
                self.paragraph(Paragraph(element, self.document))
            elif element.tag == f"{W}tbl":
                self.table(Table(element, self.document))
        return join_lines(self.lines)

    def paragraph(self, paragraph: Any) -> None:
        texts = broken_lines(paragraph.text)
        if not texts:
            self.lines.append("")
            return
        position = list_position(paragraph)
        if position is None:
            depth = indent_level(paragraph)
            self.lines += [list_line(text, depth, "") for text in texts]
            return
        text = " ".join(texts)
        num_id, level, format_level = position
        ordered = self.numbering.ordered(num_id, format_level) or "number" in num_id.lower()
        for key in [key for key in self.counters if key[0] == num_id and key[1] > level]:
            del self.counters[key]
        self.counters[(num_id, level)] = self.counters.get((num_id, level), 0) + 1
        marker = f"{self.counters[(num_id, level)]}." if ordered else "-"
        self.lines.append(list_line(text, level, marker))

    def table(self, table: Any) -> None:
        """One ``cell | cell`` line per row; a cell of several paragraphs (a coalition and its members
        one per paragraph) gives its first paragraph to the row and the others below it, indented."""
        for row in table.rows:
            cells: list[list[str]] = []
            for cell in row.cells:
                paragraphs = [tidy(p.text) for p in cell.paragraphs if tidy(p.text)]
                if not cells or paragraphs != cells[-1]:  # a merged cell repeats itself
                    cells.append(paragraphs)
            if any(cells):
                self.lines.append(" | ".join(paragraphs[0] if paragraphs else "" for paragraphs in cells))
                self.lines += [list_line(text, 1, "-") for paragraphs in cells for text in paragraphs[1:]]


def indent_level(paragraph: Any) -> int:
    """One nesting level for a plain paragraph indented by its own formatting (``w:ind`` left or
    start, no list numbering): members set in under their coalition read as nested lines."""
    ppr = paragraph._p.pPr
    ind = ppr.find(f"{W}ind") if ppr is not None else None
    if ind is None:
        return 0
    value = ind.get(f"{W}left") or ind.get(f"{W}start") or "0"
    return 1 if value.lstrip("-").isdigit() and int(value) >= MIN_INDENT else 0


MIN_INDENT = 283  # twentieths of a point (half a centimetre): less is a typographic nudge, not a level


def broken_lines(text: str) -> list[str]:
    """The paragraph's lines: a manual line break (``w:br``) starts a new line unless the part after
    it is only a place (then joined as the item's place); a tab before a place reads as its column."""
    lines: list[str] = []
    for part in text.split("\n"):
        line = with_tab_place(part)
        if not line:
            continue
        if lines and " / " not in line and PLACES.is_location(line):  # 'NAME / País' is an entry of its own
            lines[-1] += " \u2013 " + line
        else:
            lines.append(line)
    return lines


def with_tab_place(text: str) -> str:
    """'Name<TAB>Country' (a tab stop setting the country in a column) as name, en dash (U+2013), country."""
    head, tab, tail = text.rpartition("\t")
    if tab and tidy(head) and tidy(tail) and PLACES.is_location(tidy(tail)):
        return f"{tidy(head)} \u2013 {tidy(tail)}"
    return tidy(text)


def extract(raw: bytes, path: Path) -> Extraction:
    document = open_document(raw, path)
    try:
        text = Reader(document).read()
    except (KeyError, ValueError, AttributeError) as error:
        raise IngestError(
            f"{path} is a damaged Word file ({type(error).__name__}): save it again as .docx and ingest that"
        ) from None
    note = "The input was a Word file: its paragraphs, lists (with their nesting) and tables were read as text."
    return Extraction(text, "python-docx paragraphs, numbering levels and tables", "python-docx", [note])
