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
from graph.ingest.lexicon import alternation
from graph.ingest.text import IngestError

PAGE_NUMBER = re.compile(
    r"^[-\u2013\u2014\s]*(?:(?:page|p[aá]gina|p\.|pág\.)\s*)?\d{1,4}(?:\s*(?:of|de|/|sur)\s*\d{1,4})?[-\u2013\u2014\s]*$",
    re.I,
)
BULLET_START = re.compile(
    r"^(?:[-•*·▪◦‣►\u2013\u2014]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3} ?[-\u2013\u2014]|\(?[a-z][.)])\s"
)
GUTTER = 12.0  # points: the narrowest gap read as the space between two columns
MARKER = re.compile(r"[-•*·▪◦‣►\u2013\u2014]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}[-\u2013\u2014]|\(?[a-z][.)]|\(cid:\d+\)")
UNMAPPED_BULLET = re.compile(r"^\(cid:\d+\)\s*")  # a bullet glyph without a Unicode mapping
WRAP_LENGTH = 45  # a line shorter than this ends where its writer ended it, not where the column did
HANGING = 8.0  # points past a marked item's text where its wrapped lines may start (a hanging indent)
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running header/footer
# A sub-heading of the list ('Individual signatories', 'A título individual') or a closing label
# ('Contact :'): never the wrapped rest of the line above it, however long that line is.
LIST_LABEL = re.compile(
    rf"(?:{alternation('signatories', 'person_labels')}|{alternation('signatories', 'organization_labels')}|"
    rf"{alternation('signatories', 'headings')}|{alternation('signatories', 'stop_lines')})"
    rf"(?:\s+[\w'\u2019]+){{0,4}}\s*:?",
    re.I,
)


@dataclass
class PdfLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    body_x0: float = 0.0  # where the text after a list marker starts (x0 when there is no marker)
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
    rows = group_rows(sorted(words, key=lambda w: (round(w["top"]), w["x0"])))
    split = [i for i, row in enumerate(rows) if splits(row, gutter)]
    outside = [row for i, row in enumerate(rows) if (i < split[0] or i > split[-1]) and spans(row, gutter)]
    full = [w for row in outside for w in row]  # a title, a running header, a centred footer
    rest = [w for row in rows if not any(row is other for other in outside) for w in row]
    left = [w for w in rest if w["x0"] < gutter]
    right = [w for w in rest if w["x0"] >= gutter]
    column_top = min((w["top"] for w in left + right), default=0.0)
    above = [w for w in full if w["top"] < column_top]
    below = [w for w in full if w["top"] >= column_top]
    return to_lines(above) + to_lines(left, 1) + to_lines(right, 2) + to_lines(below, 3)


def find_gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of a band (``GUTTER`` points wide, in the middle of the page) that splits three rows or
    more into a left and a right part with no row crossing it in between (full-width rows above or
    below, a title or a centred footer, are read before or after the columns)."""
    rows = group_rows(sorted(words, key=lambda w: (round(w["top"]), w["x0"])))
    best: tuple[int, float] | None = None
    x = width * 0.3
    while x <= width * 0.7:
        split = [i for i, row in enumerate(rows) if splits(row, x)]
        if len(split) >= 3:
            crossing = [i for i in range(split[0], split[-1]) if crosses(rows[i], x)]
            if len(crossing) <= max(1, len(split) // 10) and (best is None or len(split) > best[0]):
                best = (len(split), x)
        x += 2.0
    if best is None:
        return None
    x = best[1]
    left = [w for w in words if w["x1"] <= x]
    right = [w for w in words if w["x0"] >= x]
    return x if flowing(left) or not cells_of_a_table(right) else None


def crosses(row: list[dict[str, Any]], x: float) -> bool:
    return any(w["x0"] < x + GUTTER / 2 and w["x1"] > x - GUTTER / 2 for w in row)


def spans(row: list[dict[str, Any]], x: float) -> bool:
    """The row runs across the gutter into the other column (a left line may only lean into it)."""
    return crosses(row, x) and max(w["x1"] for w in row) > x + GUTTER


def splits(row: list[dict[str, Any]], x: float) -> bool:
    return not crosses(row, x) and any(w["x1"] <= x for w in row) and any(w["x0"] >= x for w in row)


def cells_of_a_table(words: list[dict[str, Any]]) -> bool:
    """The right-hand side holds short cells (a country, a city; a type and a country): a table read
    row by row."""
    rows = [line.text.split(" | ") for line in to_lines(words)]
    # A cell's note in brackets ('Personne (à titre personnel)') counts only in rows of several cells.
    rows = [[re.sub(r"\([^()]*\)", "", cell) for cell in row] if len(row) > 1 else row for row in rows]
    short = sum(1 for row in rows if all(len(cell.split()) <= 3 for cell in row))
    return short >= 0.6 * len(rows)


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
        marked = len(group) > 1 and MARKER.fullmatch(group[0]["text"])
        body = group[1]["x0"] if marked else group[0]["x0"]
        lines.append(PdfLine(text, group[0]["x0"], group[-1]["x1"], top, bottom, size, body, block))
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


def blocks_of(lines: list[PdfLine]) -> list[list[PdfLine]]:
    """A page's lines by block: full width above, left column, right column, full width below."""
    blocks: dict[int, list[PdfLine]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    return list(blocks.values())


def reflow(pages: list[list[PdfLine]]) -> list[str]:
    """Every block of every page in reading order; an item cut by a column or page break (its
    wrapped part first in the next block, at the hanging indent) is joined whole again."""
    out: list[str] = []
    in_item = False
    edges: dict[int, float] = {}  # the right edge of each block over the whole document
    for line in (line for page in pages for line in page):
        edges[line.block] = max(edges.get(line.block, 0.0), line.x1)
    tail: PdfLine | None = None  # the last line of the page before
    for page in pages:
        for block in blocks_of(page):
            lines = reflow_block(block, edges.get(block[0].block, 0.0))
            if tail is not None and lines and out and runs_over(tail, block[0], edges.get(tail.block, 0.0)):
                at = max(i for i, text in enumerate(out) if text.strip())
                out[at] = joined(out[at], lines[0].strip())  # a paragraph cut by the page break
                lines = lines[1:]
            elif in_item and lines and out and carries_on(block):
                last = max(i for i, text in enumerate(out) if text.strip())
                out[last] = joined(out[last], lines[0].strip())
                lines = lines[1:]
            out += lines
            marked = [line for line in block if BULLET_START.match(line.text)]
            in_item = bool(marked) and block[-1].x0 >= min(line.x0 for line in marked)
            tail = block[-1]
        out.append("")
        tail = tail if tail is not None and tail.block == 0 else None
    return out


def carries_on(block: list[PdfLine]) -> bool:
    """The block starts with the wrapped part of an item: no marker, indented past the markers."""
    first = block[0]
    markers = [line.x0 for line in block if BULLET_START.match(line.text)]
    return not BULLET_START.match(first.text) and bool(markers) and first.x0 > min(markers) + 2


def reflow_block(lines: list[PdfLine], edge: float = 0.0) -> list[str]:
    """The block's lines as text; ``edge`` is where the block's lines end on the fullest page (a
    page holding only a short list has no line that fills the column)."""
    margin = min(line.x0 for line in lines)
    right = max(edge, *(line.x1 for line in lines))
    width = max(right - margin, 1.0)
    out: list[str] = []
    previous: PdfLine | None = None
    item_body: float | None = None  # where the text of the current bulleted item starts
    item_marker = 0.0
    for line in lines:
        height = max(line.bottom - line.top, 1.0)
        close = previous is not None and line.top - previous.bottom <= 0.9 * height
        hanging = (
            item_body is not None
            and item_marker + 2 < line.x0 <= item_body + HANGING
            and not BULLET_START.match(line.text)
        )
        if previous is not None and close and (hanging or continues(previous, line, right, width, height)):
            out[-1] = joined(out[-1], line.text)
        else:
            if previous is not None and not close:
                out.append("")
            spaces = round((line.x0 - margin) / max(line.size * 0.5, 1.0))
            out.append(" " * spaces + line.text)
            item_body = line.body_x0 if line.body_x0 > line.x0 + 1 else None
            item_marker = line.x0
        previous = line
    return out


def continues(previous: PdfLine, line: PdfLine, right: float, width: float, height: float) -> bool:
    """The line goes on from the previous one: that one filled its column, this one is not a new item."""
    full = (previous.x1 >= right - 0.12 * width or word_did_not_fit(previous, line, right)) and len(
        previous.text
    ) >= WRAP_LENGTH
    close = line.top - previous.bottom <= 0.9 * height
    cells = " | " in previous.text or " | " in line.text  # table rows stay rows
    if LIST_LABEL.fullmatch(line.text.strip()):
        return False
    lowercase = line.text[:1].islower() and not previous.text.rstrip().endswith((":", ".", ";"))
    if close and not cells and lowercase and not BULLET_START.match(line.text):
        return True  # a line that starts in lowercase goes on from the one before
    return full and close and not cells and not BULLET_START.match(line.text) and line.x0 >= previous.x0 - 2


def runs_over(last: PdfLine, first: PdfLine, right: float) -> bool:
    """The last line of a page's full-width text was wrapped and the next page's first line, at the
    same margin and without a list marker, goes on with it."""
    return (
        last.block == 0
        and first.block == 0
        and abs(first.x0 - last.x0) <= 2
        and len(last.text) >= WRAP_LENGTH
        and " | " not in last.text + first.text  # table rows stay rows
        and not BULLET_START.match(first.text)
        and not LIST_LABEL.fullmatch(first.text.strip())
        and word_did_not_fit(last, first, right)
    )


def word_did_not_fit(previous: PdfLine, line: PdfLine, right: float) -> bool:
    """The line's first word would not have fitted at the end of the previous line: the previous
    line was wrapped there, in running text with long words ('… Coletivo Warao em' / 'Movimento), …')."""
    if previous.text.rstrip().endswith((".", ":", ";")) or not previous.text:
        return False
    first = line.text.split()[0] if line.text.split() else ""
    char_width = (previous.x1 - previous.x0) / len(previous.text)
    return previous.x1 + (len(first) + 1) * char_width > right


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
    out = reflow([body_lines(lines, running) for lines in pages])
    note = (
        "The input was a PDF: its text layer was read and laid out again (columns in reading order, wrapped lines "
        "and hyphenated words joined, running headers, footers and page numbers dropped)."
    )
    return Extraction(
        join_lines(out), "pdfplumber text layer with column, header and hyphenation repair", "pdfplumber", [note]
    )
