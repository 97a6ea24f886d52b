"""A PDF's text layer, read with pdfplumber and laid out again as the lines a reader sees.

From the words pdfplumber finds on each page: two columns (a gutter no word crosses) are read
one after the other; repeated page headers and footers (the same line, digits aside, at the top
or bottom of several pages) and page numbers are dropped; a line that fills its column is joined
to the next, and a word hyphenated at a line end is joined whole ('migra-' + 'tion'); indented
lines keep their indentation (list nesting), and cells far apart on one line become ``a | b``.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.ingest.extract.common import Extraction, join_lines
from graph.ingest.text import IngestError

PAGE_NUMBER = re.compile(r"^(?:(?:page|p[aá]gina|p\.|pág\.)\s*)?\d{1,4}(?:\s*(?:of|de|/|sur)\s*\d{1,4})?$", re.I)
BULLET_START = re.compile(r"^(?:[-•*·▪◦‣►\u2013\u2014]|\d{1,3}[.)]|\(?[a-z][.)])\s")
GUTTER = 12.0  # points: the narrowest gap read as the space between two columns
UNMAPPED_BULLET = re.compile(r"^\(cid:\d+\)\s*")  # a bullet glyph without a Unicode mapping
WRAP_LENGTH = 45  # a line shorter than this ends where its writer ended it, not where the column did
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running header/footer


@dataclass
class PdfLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    block: int = 0  # 0: the full width; 1 and 2: the left and right column


def open_pdf(raw: bytes, path: Path) -> list[list[PdfLine]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(raw)) as document:
            return [page_lines(page) for page in document.pages]
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise IngestError(
                f"{path} is an encrypted PDF that needs a password: open it with the password, save or print it "
                "as a PDF without protection, and ingest that copy"
            ) from None
        raise corrupt(path, cause) from None
    except Exception as error:  # pdfminer raises many parser errors on a damaged file
        raise corrupt(path, error) from None


def corrupt(path: Path, error: object) -> IngestError:
    return IngestError(
        f"{path} is not a readable PDF ({type(error).__name__}: damaged or truncated): download or export it "
        "again, or save it as text and ingest that"
    )


def page_lines(page: Any) -> list[PdfLine]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=3, extra_attrs=["size"])
    if not words:
        return []
    gutter = find_gutter(words, float(page.width))
    if gutter is None:
        return to_lines(words)
    full = [w for w in words if w["x0"] < gutter < w["x1"]]
    left = [w for w in words if w["x1"] <= gutter]
    right = [w for w in words if w["x0"] >= gutter]
    column_top = min(w["top"] for w in left + right)
    above = [w for w in full if w["top"] < column_top]
    below = [w for w in full if w["top"] >= column_top]
    return to_lines(above) + to_lines(left, 1) + to_lines(right, 2) + to_lines(below, 3)


def find_gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The middle of a band (at least ``GUTTER`` points wide, in the middle of the page) that no
    word crosses (a title may), with at least three rows of text on both sides at the same heights."""
    best: tuple[int, float] | None = None
    x = width * 0.3
    while x <= width * 0.7:
        crossing = sum(1 for w in words if w["x0"] < x + GUTTER / 2 and w["x1"] > x - GUTTER / 2)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None or best[0] > 2:
        return None
    x = best[1]
    left_rows = {round(w["top"]) for w in words if w["x1"] <= x}
    right_rows = {round(w["top"]) for w in words if w["x0"] >= x}
    shared = left_rows & right_rows
    if len(shared) < 3 or len(shared) < 0.3 * min(len(left_rows), len(right_rows)):
        return None
    return x if flowing([w for w in words if w["x1"] <= x]) else None


def flowing(words: list[dict[str, Any]]) -> bool:
    """Running text fills its column: most of its lines end near the column's right edge (a table
    of names and countries, whose cells end anywhere, is read row by row instead)."""
    ends = sorted(line.x1 for line in to_lines(words))
    starts = min(w["x0"] for w in words)
    edge = ends[-1]
    full = sum(1 for end in ends if end >= edge - 0.15 * (edge - starts))
    return full >= 0.6 * len(ends)


def to_lines(words: list[dict[str, Any]], block: int = 0) -> list[PdfLine]:
    """Words grouped into lines by their top; a wide gap between two words is a table column."""
    lines: list[PdfLine] = []
    for group in group_rows(sorted(words, key=lambda w: (round(w["top"]), w["x0"]))):
        group.sort(key=lambda w: w["x0"])
        size = max(float(w.get("size", 10)) for w in group)
        parts = [group[0]["text"]]
        for before, word in itertools.pairwise(group):
            gap = word["x0"] - before["x1"]
            parts.append(" | " if gap > max(14.0, 2.2 * size) else " ")
            parts.append(word["text"])
        top, bottom = min(w["top"] for w in group), max(w["bottom"] for w in group)
        text = UNMAPPED_BULLET.sub("\u2022 ", "".join(parts))
        lines.append(PdfLine(text, group[0]["x0"], group[-1]["x1"], top, bottom, size, block))
    return lines


def group_rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for word in words:
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def running_lines(pages: list[list[PdfLine]]) -> set[str]:
    """Keys of lines repeated at the top or bottom of two or more pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {edge_key(line.text) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        counts.update(edge)
    return {key for key, count in counts.items() if count >= 2}


def edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def body_lines(lines: list[PdfLine], running: set[str]) -> list[PdfLine]:
    kept: list[PdfLine] = []
    for index, line in enumerate(lines):
        at_edge = index < EDGE_LINES or index >= len(lines) - EDGE_LINES
        if at_edge and (edge_key(line.text) in running or PAGE_NUMBER.match(line.text.strip())):
            continue
        kept.append(line)
    return kept


def reflow(lines: list[PdfLine]) -> list[str]:
    """Lines as text, block by block (columns): wrapped lines joined, hyphens at line ends undone,
    indentation kept."""
    out: list[str] = []
    blocks: dict[int, list[PdfLine]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    for block in blocks.values():
        out += reflow_block(block)
        out.append("")
    return out


def reflow_block(lines: list[PdfLine]) -> list[str]:
    margin = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = max(right - margin, 1.0)
    out: list[str] = []
    previous: PdfLine | None = None
    for line in lines:
        height = max(line.bottom - line.top, 1.0)
        if previous is not None and continues(previous, line, right, width, height):
            out[-1] = joined(out[-1], line.text)
        else:
            if previous is not None and line.top - previous.bottom > 0.9 * height:
                out.append("")
            spaces = round((line.x0 - margin) / max(line.size * 0.5, 1.0))
            out.append(" " * spaces + line.text)
        previous = line
    return out


def continues(previous: PdfLine, line: PdfLine, right: float, width: float, height: float) -> bool:
    """The line goes on from the previous one: that one filled its column, this one is not a new item."""
    full = previous.x1 >= right - 0.12 * width and len(previous.text) >= WRAP_LENGTH
    close = line.top - previous.bottom <= 0.9 * height
    cells = " | " in previous.text or " | " in line.text  # table rows stay rows
    return full and close and not cells and not BULLET_START.match(line.text) and line.x0 >= previous.x0 - 2


def joined(before: str, after: str) -> str:
    if re.search(r"[a-záéíóúñãõçü]-$", before) and after[:1].islower():
        return before[:-1] + after
    return before + " " + after


def extract(raw: bytes, path: Path) -> Extraction:
    pages = open_pdf(raw, path)
    if not any(pages):
        raise IngestError(
            f"{path} has no text layer (a scanned or image-only PDF): run OCR on it first "
            f"(e.g. ocrmypdf {path} {path.with_suffix('.ocr.pdf')}) and ingest the OCR'd copy"
        )
    running = running_lines(pages)
    out: list[str] = []
    for lines in pages:
        out += reflow(body_lines(lines, running))
        out.append("")
    note = (
        "The input was a PDF: its text layer was read and laid out again (columns in reading order, wrapped lines "
        "and hyphenated words joined, running headers, footers and page numbers dropped)."
    )
    return Extraction(
        join_lines(out), "pdfplumber text layer with column, header and hyphenation repair", "pdfplumber", [note]
    )
