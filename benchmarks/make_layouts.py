# ruff: noqa: RUF001
"""Build the signatory-layout evaluation corpus under ``tests/data/layouts/``.

Two sections, one script, deterministic output (no clock, no randomness, PDFs with reportlab's
``invariant=1``, DOCX archives rewritten with fixed timestamps):

1. ``seed/``: the curated seed's signatories (``data/statements/lac-2025-santiago.yaml`` ``signatories``,
   ``organizations.csv``, ``memberships.csv`` of the coalition ``lac-bloc``, ``persons.csv``,
   ``based_in.csv``), read directly with csv/yaml (the ``graph`` package is not imported), re-laid out
   in 24 documents: plain lines, bullets, numbered lists, comma and semicolon paragraphs, members in
   parentheses or brackets or after "integrada por:", two-column tables, saved web pages, PDFs and
   Word files. The preambles and closings are invented.
2. ``handwritten/``: 41 invented statements (12 en, 11 es, 8 pt, 10 fr) with invented organizations and persons
   that are not in the graph, and the traps real lists have.

Every document gets ``<stem>.gold.yaml`` (format in ``tests/data/layouts/README.md``, which this
script writes too). ``--check`` then re-reads every document (PDF text with pdfplumber, DOCX with
python-docx, HTML with the standard library) and verifies that every gold name and every
``not_agents`` string occurs in it, names in gold order.

    .venv/bin/python benchmarks/make_layouts.py            # build
    .venv/bin/python benchmarks/make_layouts.py --check    # build, then check

Needs reportlab and python-docx (pdfplumber for ``--check``).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import json
import re
import shutil
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OUT = ROOT / "tests" / "data" / "layouts"
SEED_DIR = OUT / "seed"
HAND_DIR = OUT / "handwritten"
STATEMENT = DATA / "statements" / "lac-2025-santiago.yaml"
SPELLING_SEPARATOR = "|"  # organizations.csv `written_as` holds every spelling, separated by '|'

# --------------------------------------------------------------------------------------------------
# Document model: a list of blocks; agents are Ag objects inside the blocks' segments. Every renderer
# walks the blocks in order, so the gold (agents in block order) is the document order.
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Ag:
    """One signatory as printed: `text` = name + whatever suffix the layout adds."""

    name: str
    read_as: str = "organization"
    member_of: str | None = None
    countries: tuple[str, ...] = ()  # stated outside the name (suffix, parentheses, table column)
    in_name: tuple[str, ...] = ()  # stated only by words of the name itself
    text: str = ""
    supporter: bool = False

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.name
        assert self.name in self.text, (self.name, self.text)


@dataclasses.dataclass
class Sub:
    """A nested bullet list inside a table cell (HTML only)."""

    items: list[list[object]]


Seg = object  # str | Ag | Sub


def seg_text(segs: list[Seg]) -> str:
    out = []
    for s in segs:
        if isinstance(s, Ag):
            out.append(s.text)
        elif isinstance(s, str):
            out.append(s)
        else:
            raise TypeError(s)
    return "".join(out)


class Doc:
    def __init__(self, stem: str, fmt: str, lang: str, layout: str, origin: str, description: str) -> None:
        self.stem, self.fmt, self.lang, self.layout, self.origin = stem, fmt, lang, layout, origin
        self.description = description
        self.blocks: list[tuple[Any, ...]] = []
        self.not_agents: list[str] = []
        self.notes: str | None = None
        self.list_start: int | None = None  # PDF: blocks from here flow in the list pages
        self.columns = 1
        self.pdf_header = ""
        self.hyphenate: str | None = None  # PDF: a name to hyphenate across a line end
        self.site: dict[str, Any] | None = None  # HTML: saved-web-page furniture
        self.ordered_styles = False  # DOCX: List Number for level 0
        self.numbered_levels = 1  # DOCX with ordered_styles: List Number styles for this many levels
        self.page_capacity: float | None = None  # PDF: points of list per page (a shorter page: more pages)

    # block builders -------------------------------------------------------------------------------
    def title(self, text: str) -> None:
        self.blocks.append(("title", text))
        self.na(text)

    def para(self, *segs: Seg) -> None:
        self.blocks.append(("para", list(segs)))

    def indented(self, cm: float, *segs: Seg) -> None:
        """A paragraph set in by its formatting (Word only; other formats write it as a paragraph)."""
        self.blocks.append(("para", list(segs), cm))

    def line(self, text: str, na: bool = True) -> None:
        self.blocks.append(("line", text))
        if na:
            self.na(text)

    def heading(self, text: str, level: int = 2, na: bool = True) -> None:
        self.blocks.append(("heading", text, level))
        if na:
            self.na(text)

    def item(self, level: int, prefix: str, *segs: Seg) -> None:
        self.blocks.append(("item", level, prefix, list(segs)))

    def subhead(self, level: int, prefix: str, text: str) -> None:
        """A list item that only labels what follows ('Individual members:')."""
        self.blocks.append(("item", level, prefix, [text]))
        self.na(text)

    def table(self, header: list[str], rows: list[Any]) -> None:
        self.blocks.append(("table", header, rows))
        for h in header:
            self.na(h)

    def blank(self) -> None:
        self.blocks.append(("blank",))

    def begin_list(self) -> None:
        self.list_start = len(self.blocks)

    def na(self, text: str) -> None:
        text = text.strip()
        if text and text not in self.not_agents:
            self.not_agents.append(text)

    # gold ------------------------------------------------------------------------------------------
    def agents(self) -> list[Ag]:
        found: list[Ag] = []

        def walk(segs: list[Seg]) -> None:
            for s in segs:
                if isinstance(s, Ag):
                    found.append(s)
                elif isinstance(s, Sub):
                    for it in s.items:
                        walk(it)

        for b in self.blocks:
            if b[0] == "para":
                walk(b[1])
            elif b[0] == "item":
                walk(b[3])
            elif b[0] == "table":
                for row in b[2]:
                    for cell in row:
                        walk(cell)
        return found

    @property
    def path(self) -> Path:
        folder = SEED_DIR if self.origin == "seed-relaid" else HAND_DIR
        return folder / f"{self.stem}.{self.fmt}"


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def gold_yaml(doc: Doc) -> str:
    lines = [
        "# Generated by benchmarks/make_layouts.py; edit the script, not this file.",
        f"document: {doc.path.name}",
        f"format: {doc.fmt}",
        f"language: {doc.lang}",
        f"layout: {doc.layout}",
        f"origin: {doc.origin}",
    ]
    if doc.notes:
        lines.append(f"notes: {q(doc.notes)}")
    lines.append("signatories:")
    for a in doc.agents():
        lines.append(f"  - name: {q(a.name)}")
        lines.append(f"    read_as: {a.read_as}")
        if a.member_of:
            lines.append(f"    member_of: {q(a.member_of)}")
        only_name = [c for c in a.in_name if c not in a.countries]
        lines.append(f"    countries: [{', '.join(list(a.countries) + only_name)}]")
        if only_name:
            lines.append(f"    countries_in_name: [{', '.join(only_name)}]")
        if a.supporter:
            lines.append("    supporter: true")
    lines.append("not_agents:")
    for s in doc.not_agents:
        lines.append(f"  - {q(s)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------------


def render_txt(doc: Doc, markdown: bool = False) -> str:
    out: list[str] = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            out.append(("# " if markdown else "") + b[1])
        elif kind == "para":
            out.append(seg_text(b[1]))
        elif kind == "line":
            out.append(b[1])
        elif kind == "heading":
            text, level = b[1], b[2]
            out.append(("#" * level + " " if markdown and level else "") + text)
        elif kind == "item":
            out.append(b[2] + seg_text(b[3]))
        elif kind == "table":
            if not markdown:
                raise ValueError("tables only in markdown")
            header, rows = b[1], b[2]
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join("---" for _ in header) + "|")
            for row in rows:
                out.append("| " + " | ".join(seg_text(c) for c in row) + " |")
        elif kind == "blank":
            out.append("")
    text = "\n".join(out) + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


ORDERED = re.compile(r"^\(?(\d+|[a-z])(\.\d+)*[.)]$")


def is_ordered(prefix: str) -> bool:
    return bool(ORDERED.match(prefix.strip()))


def html_segs(segs: list[Seg]) -> str:
    out = []
    for s in segs:
        if isinstance(s, Ag):
            out.append(html.escape(s.text, quote=False))
        elif isinstance(s, str):
            out.append(html.escape(s, quote=False))
        elif isinstance(s, Sub):
            out.append("\n<ul>\n" + "".join(f"<li>{html_segs(it)}</li>\n" for it in s.items) + "</ul>\n")
    return "".join(out)


def html_items(items: list[tuple[Any, ...]], indent: str) -> list[str]:
    """Nested <ul>/<ol> from (level, prefix, segs) items."""
    root: list[dict[str, Any]] = []
    path: list[list[dict[str, Any]]] = [root]
    for level, prefix, segs in items:
        del path[level + 1 :]
        assert len(path) == level + 1, "a list item deeper than its parent"
        node = {"segs": segs, "tag": "ol" if is_ordered(prefix) else "ul", "children": []}
        path[level].append(node)
        path.append(node["children"])

    def emit(nodes: list[dict[str, Any]], depth: int) -> list[str]:
        pad = indent + "  " * depth
        out = [f"{pad}<{nodes[0]['tag']}>"]
        for n in nodes:
            if n["children"]:
                out.append(f"{pad}  <li>{html_segs(n['segs'])}")
                out.extend(emit(n["children"], depth + 2))
                out.append(f"{pad}  </li>")
            else:
                out.append(f"{pad}  <li>{html_segs(n['segs'])}</li>")
        out.append(f"{pad}</{nodes[0]['tag']}>")
        return out

    return emit(root, 0)


def render_html(doc: Doc) -> str:
    body: list[str] = []
    pending: list[tuple[Any, ...]] = []
    ind = "    " if doc.site else "  "

    def flush() -> None:
        if pending:
            body.extend(html_items(pending, ind))
            pending.clear()

    for b in doc.blocks:
        kind = b[0]
        if kind == "item":
            pending.append((b[1], b[2], b[3]))
            continue
        flush()
        if kind == "title":
            body.append(f"{ind}<h1>{html.escape(b[1], quote=False)}</h1>")
        elif kind == "para":
            body.append(f"{ind}<p>{html_segs(b[1])}</p>")
        elif kind == "line":
            body.append(f"{ind}<p>{html.escape(b[1], quote=False)}</p>")
        elif kind == "heading":
            level = max(2, b[2])
            body.append(f"{ind}<h{level}>{html.escape(b[1], quote=False)}</h{level}>")
        elif kind == "table":
            header, rows = b[1], b[2]
            body.append(f"{ind}<table>")
            body.append(f"{ind}  <thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead>")
            body.append(f"{ind}  <tbody>")
            for row in rows:
                body.append(f"{ind}    <tr>" + "".join(f"<td>{html_segs(c)}</td>" for c in row) + "</tr>")
            body.append(f"{ind}  </tbody>")
            body.append(f"{ind}</table>")
    flush()
    title = next(b[1] for b in doc.blocks if b[0] == "title")
    if not doc.site:
        return (
            f'<!DOCTYPE html>\n<html lang="{doc.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
        )
    s = doc.site
    nav = "".join(f'<li><a href="/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(s["nav"]))
    share = " ".join(f'<a href="#share-{i}">{html.escape(t)}</a>' for i, t in enumerate(s["share"]))
    footer = "\n".join(f"    <p>{html.escape(t, quote=False)}</p>" for t in s["footer"])
    # the share links sit before the list: where saved pages usually put them
    body.insert(s.get("share_at", 2), f'{ind}<div class="share">{share}</div>')
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)} | {html.escape(s['name'])}</title>\n"
        '<link rel="stylesheet" href="/static/site.css">\n'
        "<script>window.dataLayer = window.dataLayer || [];</script>\n"
        "</head>\n<body>\n"
        f'<div class="cookie-banner" role="dialog">\n  <p>{html.escape(s["cookie"], quote=False)}</p>\n'
        f'  <button type="button">{html.escape(s["accept"])}</button>'
        f' <button type="button">{html.escape(s["reject"])}</button>\n</div>\n'
        f'<header>\n  <a class="logo" href="/">{html.escape(s["name"])}</a>\n  <nav><ul>{nav}</ul></nav>\n</header>\n'
        f'<main>\n  <article>\n    <p class="breadcrumb">{html.escape(s["breadcrumb"], quote=False)}</p>\n'
        + "\n".join(body)
        + f"\n  </article>\n</main>\n<footer>\n{footer}\n</footer>\n</body>\n</html>\n"
    )


def site_not_agents(doc: Doc) -> None:
    s = doc.site
    assert s is not None
    for t in [s["name"], s["cookie"], s["accept"], s["reject"], s["breadcrumb"], *s["nav"], *s["share"], *s["footer"]]:
        doc.na(t)


FIXED_TIME = dt.datetime(2025, 1, 1, 12, 0, 0)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a ZIP (DOCX) with fixed timestamps so that output is byte-identical run to run."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


DOCX_BULLETS = ["List Bullet", "List Bullet 2", "List Bullet 3"]
DOCX_NUMBERS = ["List Number", "List Number 2", "List Number 3"]


def render_docx(doc: Doc) -> bytes:
    from docx import Document
    from docx.shared import Cm

    d = Document()
    cp = d.core_properties
    cp.author = "gcmkg test corpus"
    cp.last_modified_by = "gcmkg test corpus"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.title = next(b[1] for b in doc.blocks if b[0] == "title")
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "para":
            paragraph = d.add_paragraph(seg_text(b[1]))
            if len(b) > 2:  # indented by paragraph formatting only (no list level)
                paragraph.paragraph_format.left_indent = Cm(b[2])
        elif kind == "line":
            d.add_paragraph(b[1])
        elif kind == "heading":
            if b[2]:
                d.add_heading(b[1], level=b[2])
            else:
                d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "item":
            level, segs = b[1], b[3]
            styles = DOCX_NUMBERS if (doc.ordered_styles and level < doc.numbered_levels) else DOCX_BULLETS
            d.add_paragraph(seg_text(segs), style=styles[level])
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, header, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for cell, segs in zip(cells, row, strict=True):
                    cell.text = seg_text(segs)
        elif kind == "blank":
            pass
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# PDF geometry (points; A4). Page 1 holds the front matter, the list starts on page 2.
PAGE_W, PAGE_H = 595.2756, 841.8898
MARGIN = 50.0
GAP = 20.0
HEADER_Y = PAGE_H - 32  # baseline of the running header
FOOTER_Y = 28.0
BODY_TOP = PAGE_H - 62
BODY_BOTTOM = 52.0
HEADER_BAND = 45.0  # from the top edge (pdfplumber 'top')
FOOTER_BAND = PAGE_H - 40.0
LIST_SIZE, LIST_LEADING = 8.6, 11.0
PAGE_WORD = {"en": "Page {i} of {n}", "es": "Página {i} de {n}", "pt": "Página {i} de {n}", "fr": "Page {i} sur {n}"}
VOWELS = set("aeiouáéíóúâêôãõàü")


def wrap(
    text: str, font: str, size: float, width: float, cont: float, hyphenate: bool
) -> tuple[list[tuple[float, str]], bool]:
    """Greedy wrap at spaces; with `hyphenate`, the first overflowing long word is split with '-'."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split(" ")
    lines: list[tuple[float, str]] = []
    cur, indent, done = "", 0.0, False
    i = 0
    while i < len(words):
        w = words[i]
        trial = (cur + " " + w) if cur else w
        if stringWidth(trial, font, size) <= width - indent or not cur:
            cur = trial
            i += 1
            continue
        if hyphenate and not done:
            # split the overflowing word if its head fits, else one of the last words of the line
            cw = cur.split(" ")
            candidates: list[tuple[str, str, list[str]]] = [(cur, w, [])] + [
                (" ".join(cw[:j]), cw[j], cw[j + 1 :]) for j in range(len(cw) - 1, max(0, len(cw) - 4), -1)
            ]
            for before, word, rest in candidates:
                if not (word.isalpha() and len(word) >= 7 and before):
                    continue
                for k in range(len(word) - 3, 2, -1):
                    head = before + " " + word[:k] + "-"
                    v_cv = (
                        word[k - 1].lower() in VOWELS
                        and word[k].lower() not in VOWELS
                        and word[k + 1].lower() in VOWELS
                    )
                    if v_cv and stringWidth(head, font, size) <= width - indent:
                        lines.append((indent, head))
                        moved = [word[k:]] + rest + ([w] if word is not w else [])
                        words[i : i + 1] = moved
                        cur, indent, done = "", cont, True
                        break
                if done:
                    break
            if done and not cur:
                continue
        lines.append((indent, cur))
        cur, indent = "", cont
    if cur:
        lines.append((indent, cur))
    return lines, done


def render_pdf(doc: Doc) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pages: list[list[tuple[str, float, float, float, str]]] = [[]]
    y = BODY_TOP
    full_w = PAGE_W - 2 * MARGIN
    # front matter, full width, page 1
    for b in doc.blocks[: doc.list_start]:
        kind = b[0]
        if kind == "title":
            font, size, lead, text = "Helvetica-Bold", 15.0, 19.0, b[1]
        elif kind in ("para", "line"):
            font, size, lead = "Helvetica", 10.5, 14.0
            text = seg_text(b[1]) if kind == "para" else b[1]
        elif kind == "blank":
            y -= 8
            continue
        else:
            raise ValueError(f"{kind} before the list in a PDF")
        for indent, t in wrap(text, font, size, full_w, 0.0, False)[0]:
            pages[-1].append((font, size, MARGIN + indent, y, t))
            y -= lead
        y -= 8
    # the list, from page 2, in columns: first the lines (font, size, x offset, text, gap above) ...
    col_w = (full_w - GAP * (doc.columns - 1)) / doc.columns
    flow: list[tuple[Any, ...]] = []  # font, size, x offset, text, gap above[, cells, header row]
    gap = 0.0
    hyphen_done = False
    for b in doc.blocks[doc.list_start :]:
        kind = b[0]
        if kind == "blank":
            gap += 4
            continue
        if kind == "table":  # one line per row, cells at fixed offsets; the header row repeats on each page
            offsets = pdf_table_offsets(b[1], b[2], col_w)
            head = ("Helvetica-Bold", LIST_SIZE, 0.0, "", gap, tuple(zip(offsets, b[1], strict=True)), None)
            flow.append(head)
            for row in b[2]:
                cells = tuple((x, seg_text(c)) for x, c in zip(offsets, row, strict=True) if seg_text(c))
                flow.append(("Helvetica", LIST_SIZE, 0.0, "", 0.0, cells, head))
            gap = 4.0
            continue
        if kind == "heading":
            for k, (indent, t) in enumerate(wrap(b[1], "Helvetica-Bold", 10.5, col_w, 0, False)[0]):
                flow.append(("Helvetica-Bold", 10.5, indent, t, gap if k == 0 else 0.0))
            gap = 3.0
            continue
        if kind in ("line", "para"):
            text = b[1] if kind == "line" else seg_text(b[1])
            for k, (indent, t) in enumerate(wrap(text, "Helvetica-Oblique", LIST_SIZE, col_w, 0, False)[0]):
                flow.append(("Helvetica-Oblique", LIST_SIZE, indent, t, gap if k == 0 else 0.0))
            gap = 0.0
            continue
        if kind != "item":
            raise ValueError(f"{kind} in a PDF list")
        level, prefix, segs = b[1], b[2], b[3]
        marker = prefix.strip()
        text = (marker + " " if marker else "") + seg_text(segs)
        is_label = not any(isinstance(s, Ag) for s in segs)
        font = "Helvetica-Oblique" if is_label else "Helvetica"
        want = bool(
            doc.hyphenate and not hyphen_done and any(isinstance(s, Ag) and s.name == doc.hyphenate for s in segs)
        )
        lines, did = wrap(text, font, LIST_SIZE, col_w - 12 * level, 10.0, want)
        hyphen_done = hyphen_done or did
        for k, (indent, t) in enumerate(lines):
            flow.append((font, LIST_SIZE, 12 * level + indent, t, gap if k == 0 else 0.0))
        gap = 0.0
    # ... then pages: full columns, and balanced columns on the last page
    capacity = doc.page_capacity or BODY_TOP - BODY_BOTTOM
    i = 0
    while i < len(flow):
        pages.append([])
        remaining = sum(f[4] + LIST_LEADING for f in flow[i:])
        target = capacity if remaining > capacity * doc.columns else remaining / doc.columns
        for col in range(doc.columns):
            y, used = BODY_TOP, 0.0
            if i < len(flow) and len(flow[i]) > 6 and flow[i][6] is not None:  # a table goes on: its header first
                font, size, _, _, _, cells, _ = flow[i][6]
                for x, t in cells:
                    pages[-1].append((font, size, MARGIN + col * (col_w + GAP) + x, y, t))
                y -= LIST_LEADING
                used += LIST_LEADING
            while i < len(flow):
                font, size, x_off, t, g = flow[i][:5]
                need = (g if used else 0.0) + LIST_LEADING
                last_col = col == doc.columns - 1
                if used and (used + need > capacity or (not last_col and used + need > target + LIST_LEADING / 2)):
                    break
                y -= g if used else 0.0
                for x, cell in flow[i][5] if len(flow[i]) > 5 else ((x_off, t),):
                    pages[-1].append((font, size, MARGIN + col * (col_w + GAP) + x, y, cell))
                y -= LIST_LEADING
                used += need
                i += 1
    assert not doc.hyphenate or hyphen_done, f"{doc.stem}: could not hyphenate {doc.hyphenate!r}"

    n = len(pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(next(b[1] for b in doc.blocks if b[0] == "title"))
    c.setAuthor("gcmkg test corpus")
    c.setCreator("benchmarks/make_layouts.py")
    for i, ops in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(MARGIN, HEADER_Y, doc.pdf_header)
        c.line(MARGIN, HEADER_Y - 5, PAGE_W - MARGIN, HEADER_Y - 5)
        footer = PAGE_WORD[doc.lang].format(i=i, n=n)
        c.drawRightString(PAGE_W - MARGIN, FOOTER_Y, footer)
        doc.na(footer)
        for font, size, x, yy, text in ops:
            c.setFont(font, size)
            c.drawString(x, yy, text)
        c.showPage()
    c.save()
    doc.na(doc.pdf_header)
    return buf.getvalue(), n


def pdf_table_offsets(header: list[str], rows: list[Any], width: float) -> list[float]:
    """Where each column of a PDF table starts: the widest cell of a column, then a 24-point gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    offsets, x = [], 0.0
    for column, title in enumerate(header):
        offsets.append(x)
        cells = [title, *(seg_text(row[column]) for row in rows)]
        x += max(stringWidth(c, "Helvetica-Bold", LIST_SIZE) for c in cells) + 24.0
    assert x - 24.0 <= width, f"table too wide for the page: {x:.0f} > {width:.0f}"
    return offsets


def write_doc(doc: Doc) -> None:
    doc.path.parent.mkdir(parents=True, exist_ok=True)
    if doc.fmt in ("txt", "md"):
        doc.path.write_text(render_txt(doc, markdown=doc.fmt == "md"), encoding="utf-8")
    elif doc.fmt == "html":
        if doc.site:
            site_not_agents(doc)
        doc.path.write_text(render_html(doc), encoding="utf-8")
    elif doc.fmt == "docx":
        doc.path.write_bytes(render_docx(doc))
    elif doc.fmt == "pdf":
        data, _ = render_pdf(doc)
        doc.path.write_bytes(data)
    else:
        raise ValueError(doc.fmt)
    doc.path.with_name(f"{doc.stem}.gold.yaml").write_text(gold_yaml(doc), encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Section 1: the seed's signatories, re-laid out
# --------------------------------------------------------------------------------------------------

COUNTRY = {  # the countries of based_in.csv, as each language writes them
    "AR": ("Argentina", "Argentina", "Argentina", "Argentine"),
    "BO": ("Bolivia", "Bolivia", "Bolívia", "Bolivie"),
    "CL": ("Chile", "Chile", "Chile", "Chili"),
    "CO": ("Colombia", "Colombia", "Colômbia", "Colombie"),
    "EC": ("Ecuador", "Ecuador", "Equador", "Équateur"),
    "GD": ("Grenada", "Granada", "Granada", "Grenade"),
    "GT": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HN": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "JM": ("Jamaica", "Jamaica", "Jamaica", "Jamaïque"),
    "MX": ("Mexico", "México", "México", "Mexique"),
    "PE": ("Peru", "Perú", "Peru", "Pérou"),
    "SV": ("El Salvador", "El Salvador", "El Salvador", "Salvador"),
    "UY": ("Uruguay", "Uruguay", "Uruguai", "Uruguay"),
    "US": ("United States", "Estados Unidos", "Estados Unidos", "États-Unis"),
}
LANGS = ("en", "es", "pt", "fr")
# Not countries: the source prints these after three members' names (kept to test that a suffix that is
# no country is neither a country nor part of the name).
NON_COUNTRY_SUFFIX = {"idc": "Regional/Global", "jrs-lac": "Regional", "resama": "Regional"}


@dataclasses.dataclass
class SeedAgent:
    id: str
    name: str
    read_as: str
    member_of: str | None
    suffix_cc: tuple[str, ...]  # based_in countries whose evidence lies outside the name
    in_name_cc: tuple[str, ...]  # based_in countries the name itself says
    all_cc: tuple[str, ...]
    evidence: dict[str, str]


@dataclasses.dataclass
class Seed:
    direct: list[SeedAgent]
    coalition: SeedAgent
    members: list[SeedAgent]  # organizations, in memberships.csv order
    persons: list[SeedAgent]


def read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def names_country(name: str, code: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", name) for variant in COUNTRY[code])


def load_seed() -> Seed:
    statement = yaml.safe_load(STATEMENT.read_text(encoding="utf-8"))
    orgs = {r["id"]: r for r in read_csv("organizations.csv")}
    persons = {r["id"]: r for r in read_csv("persons.csv")}
    based: dict[str, list[tuple[str, str]]] = {}
    for r in read_csv("based_in.csv"):
        based.setdefault(r["agent"], []).append((r["country"], r["evidence"]))
    coalition_id = next(i for i in statement["signatories"] if orgs[i]["type"] == "coalition")
    memberships = [
        r for r in read_csv("memberships.csv") if r["organization"] == coalition_id and r["relation"] == "memberOf"
    ]
    member_spelling = {r["member"]: r["evidence"] for r in memberships}

    def agent(aid: str, name: str, read_as: str, member_of: str | None) -> SeedAgent:
        rows = based.get(aid, [])
        in_name = tuple(c for c, ev in rows if ev in name or names_country(name, c))
        suffix = tuple(c for c, ev in rows if ev not in name)
        return SeedAgent(aid, name, read_as, member_of, suffix, in_name, tuple(c for c, _ in rows), dict(rows))

    coalition_name = orgs[coalition_id]["written_as"].split(SPELLING_SEPARATOR)[0]
    direct = []
    for aid in statement["signatories"]:
        spellings = orgs[aid]["written_as"].split(SPELLING_SEPARATOR)
        # an organization written two ways signs directly with the spelling its coalition entry does not use
        other = [s for s in spellings if s != member_spelling.get(aid)]
        name = other[0] if other else spellings[0]
        direct.append(agent(aid, name, "coalition" if orgs[aid]["type"] == "coalition" else "organization", None))
    coalition = next(a for a in direct if a.id == coalition_id)
    members, people = [], []
    for r in memberships:
        mid = r["member"]
        if mid in persons:
            assert r["evidence"] == persons[mid]["written_as"]
            people.append(agent(mid, r["evidence"], "person", coalition_name))
        else:
            assert r["evidence"] in orgs[mid]["written_as"].split(SPELLING_SEPARATOR), mid
            members.append(agent(mid, r["evidence"], "organization", coalition_name))
    return Seed(direct, coalition, members, people)


def country_names(codes: tuple[str, ...], lang: str) -> str:
    return "/".join(COUNTRY[c][LANGS.index(lang)] for c in codes)


def ag(a: SeedAgent, lang: str, style: str) -> Ag:
    """The agent as printed with a country-suffix style: none, dash, tight, endash, paren, comma, source."""
    cc = a.suffix_cc if style != "none" else ()
    names = country_names(cc, lang)
    extra = NON_COUNTRY_SUFFIX.get(a.id) if a.member_of and style in ("dash", "tight", "endash", "source") else None
    if style == "source" and a.id == "frontera-de-cristo":
        text = f"{a.name} {'/'.join(a.evidence[c] for c in cc)}."
    elif not cc and not extra:
        text = a.name
    else:
        where = names or extra
        text = {
            "dash": f"{a.name} - {where}",
            "tight": f"{a.name}- {where}",
            "source": f"{a.name}- {where}",
            "endash": f"{a.name} – {where}",
            "paren": f"{a.name} ({where})",
            "comma": f"{a.name}, {where}",
        }[style]
    return Ag(a.name, a.read_as, a.member_of, tuple(cc), a.in_name_cc, text)


def column_ag(a: SeedAgent, lang: str) -> tuple[Ag, str]:
    """The agent for a two-column table: the name, and every based_in country in the second column."""
    cell = country_names(a.all_cc, lang) if a.all_cc else (NON_COUNTRY_SUFFIX.get(a.id, "") if a.member_of else "")
    return Ag(a.name, a.read_as, a.member_of, a.all_cc, a.in_name_cc), cell


TITLES = {
    "en": [
        "No More Red Lines Crossed: A Civil Society Call on Migration",
        "Joint Statement on Safe Routes, Due Process and the Search for the Missing",
        "Open Letter to the Governments Reviewing the Global Compact for Migration",
        "Protection Before Control: Civil Society Position for the Regional Review",
        "Statement of Concern on Detention and Deportation in the Americas",
    ],
    "es": [
        "Pronunciamiento de la sociedad civil por una movilidad humana con derechos",
        "Carta abierta a los gobiernos de América Latina y el Caribe",
        "Declaración conjunta: ni detención ni desaparición",
        "Llamado urgente por la protección de las personas en movimiento",
    ],
    "pt": [
        "Nota pública da sociedade civil sobre migração e direitos",
        "Carta aberta aos governos da região",
        "Manifesto por rotas seguras e acolhimento digno",
    ],
    "fr": [
        "Déclaration commune pour des migrations sûres et dignes",
        "Lettre ouverte aux États sur la protection des personnes migrantes",
        "Appel de la société civile contre la rétention des enfants",
    ],
}
DEMANDS = {
    "en": [
        "We ask governments to stop detaining children and families for migration reasons and to fund "
        "community-based alternatives instead. Families looking for relatives who vanished on the migration "
        "route deserve cross-border search mechanisms and a say in how they work. Regularization should be "
        "permanent, affordable and open to people already living in the country.",
        "Humanitarian workers and defenders who accompany people on the move must be able to do their work "
        "without threats or prosecution. Cuts to shelters, legal aid and health services put lives at risk and "
        "should be reversed. We urge States to report openly on their progress before the next International "
        "Migration Review Forum.",
        "Returns must never take place without a fair hearing and access to a lawyer. Migrant workers should "
        "enjoy the same labour protections as everyone else, whatever their status. We call on States to "
        "involve migrant-led organizations in every review of the Global Compact.",
    ],
    "es": [
        "Pedimos a los gobiernos que dejen de detener a niñas, niños y familias por motivos migratorios y que "
        "financien alternativas comunitarias. Las familias que buscan a sus seres queridos desaparecidos en la "
        "ruta necesitan mecanismos de búsqueda entre países y voz en su diseño. La regularización debe ser "
        "permanente, gratuita y accesible para quienes ya viven en el país.",
        "Las personas defensoras que acompañan a migrantes deben poder trabajar sin amenazas ni criminalización. "
        "Los recortes a albergues, asistencia legal y servicios de salud ponen vidas en riesgo y deben "
        "revertirse. Instamos a los Estados a informar con transparencia sobre sus avances antes del próximo "
        "Foro de Examen de la Migración Internacional.",
        "Ninguna deportación debe realizarse sin audiencia justa ni acceso a defensa legal. Las personas "
        "trabajadoras migrantes deben gozar de los mismos derechos laborales que el resto, sin importar su "
        "situación migratoria. Exigimos que las organizaciones de personas migrantes participen en cada "
        "revisión del Pacto Mundial.",
    ],
    "pt": [
        "Pedimos aos governos que deixem de deter crianças e famílias por motivos migratórios e que financiem "
        "alternativas comunitárias. As famílias que procuram parentes desaparecidos na rota precisam de "
        "mecanismos de busca entre países. A regularização deve ser permanente, gratuita e acessível a quem já "
        "vive no país.",
        "Quem acompanha pessoas migrantes deve poder trabalhar sem ameaças nem criminalização. Os cortes em "
        "abrigos, assistência jurídica e saúde colocam vidas em risco e precisam ser revertidos. Pedimos aos "
        "Estados que prestem contas de forma transparente antes do próximo Fórum de Revisão da Migração "
        "Internacional.",
    ],
    "fr": [
        "Nous demandons aux États de cesser de placer des enfants et des familles en rétention pour des motifs "
        "migratoires et de financer des alternatives dans la communauté. Les familles qui recherchent un proche "
        "disparu sur la route doivent disposer de mécanismes de recherche transfrontaliers. La régularisation "
        "doit être durable, gratuite et ouverte aux personnes qui vivent déjà dans le pays.",
        "Les personnes qui accompagnent les migrants doivent pouvoir agir sans menaces ni poursuites. Les coupes "
        "dans l'hébergement, l'aide juridique et la santé mettent des vies en danger et doivent être annulées. "
        "Nous appelons les États à rendre compte publiquement de leurs progrès avant le prochain Forum "
        "d'examen des migrations internationales.",
    ],
}
PLACES = {
    "en": [
        "Santiago, Chile, 20 March 2025",
        "Mexico City, 2 April 2025",
        "New York, 5 May 2026",
        "Guatemala City, 14 June 2025",
    ],
    "es": [
        "Santiago de Chile, 20 de marzo de 2025",
        "Ciudad de Guatemala, 14 de junio de 2025",
        "Tegucigalpa, 8 de julio de 2025",
        "Lima, 30 de septiembre de 2025",
    ],
    "pt": ["São Paulo, 3 de setembro de 2025", "Brasília, 18 de dezembro de 2025"],
    "fr": ["Genève, le 12 mai 2025", "Port-au-Prince, le 18 décembre 2025"],
}
CONTACTS = {
    "en": ["Contact: press@example.org", "Media contact: media@example.org"],
    "es": ["Contacto: prensa@example.org", "Contacto de prensa: comunicacion@example.org"],
    "pt": ["Contato: imprensa@example.org"],
    "fr": ["Contact : presse@example.org"],
}
PERSONS_LABEL = {
    "en": ["Individual defenders:", "Individual members:"],
    "es": ["Defensoras y defensores de migrantes:", "A título individual:"],
    "pt": ["Defensoras e defensores de migrantes:", "A título individual:"],
    "fr": ["Défenseures et défenseurs des migrants :", "À titre individuel :"],
}


def pick(pool: dict[str, list[str]], lang: str, i: int) -> str:
    return pool[lang][i % len(pool[lang])]


def front(doc: Doc, i: int, closing: bool = True) -> str:
    """Invented title, demands, and (unless deferred) the date/place and contact lines."""
    title = pick(TITLES, doc.lang, i)
    doc.title(title)
    doc.blank()
    doc.para(pick(DEMANDS, doc.lang, i))
    doc.blank()
    if closing:
        close(doc, i)
    return title


def close(doc: Doc, i: int) -> None:
    doc.line(pick(PLACES, doc.lang, i))
    doc.line(pick(CONTACTS, doc.lang, i))
    doc.blank()


def join_list(items: list[Ag], sep: str, last: str | None = None) -> list[Seg]:
    out: list[Seg] = []
    for k, a in enumerate(items):
        if k:
            out.append(last if (last is not None and k == len(items) - 1) else sep)
        out.append(a)
    return out


def lines_with_block(
    doc: Doc, s: Seed, style: str, coal_intro: str, top: str, member: str, plabel: str, person: str
) -> None:
    """Items: direct signatories at `top`; the coalition's members at `member`; persons under a label."""
    for a in s.direct:
        if a is s.coalition:
            doc.item(0, top, ag(a, doc.lang, "none"), coal_intro)
            for m in s.members:
                doc.item(1, member, ag(m, doc.lang, style))
            doc.subhead(1, member, plabel)
            for p in s.persons:
                doc.item(2, person, ag(p, doc.lang, style))
        else:
            doc.item(0, top, ag(a, doc.lang, style))


def seed_docs(s: Seed) -> list[Doc]:
    docs: list[Doc] = []

    # 01 plain lines, members indented below "composed of:"
    d = Doc(
        "seed-01-lines-en",
        "txt",
        "en",
        "lines-indented-members",
        "seed-relaid",
        "Plain lines under 'Signed by:'; country after '- ' (source style, Frontera de Cristo with its two towns); "
        "coalition 'composed of:' with members indented 4 spaces, defenders under 'Individual defenders:' indented "
        "8.",
    )
    front(d, 0)
    d.heading("Signed by:", 0)
    lines_with_block(d, s, "source", ", composed of:", "", "    ", "Individual defenders:", "        ")
    docs.append(d)

    # 02 no heading; members after "integrada por:" on the following lines, unindented
    d = Doc(
        "seed-02-lines-es",
        "txt",
        "es",
        "lines-integrada-por",
        "seed-relaid",
        "No heading: the list follows the demands; countries in parentheses; the coalition line ends with "
        "'integrada por:' and its members follow on unindented lines, in a block closed by a blank line; date and "
        "contact after the list.",
    )
    front(d, 0, closing=False)
    for a in s.direct:
        if a is s.coalition:
            d.blank()
            d.item(0, "", ag(a, "es", "none"), ", integrada por:")
            for m in s.members:
                d.item(1, "", ag(m, "es", "paren"))
            d.subhead(1, "", "Defensoras y defensores de migrantes:")
            for p in s.persons:
                d.item(2, "", ag(p, "es", "paren"))
            d.blank()
        else:
            d.item(0, "", ag(a, "es", "paren"))
    d.blank()
    close(d, 0)
    docs.append(d)

    # 03 markdown '-' bullets, nested
    d = Doc(
        "seed-03-bullets-en",
        "md",
        "en",
        "bullets-nested",
        "seed-relaid",
        "Markdown '-' bullets under '## Endorsed by'; countries in parentheses; members as sub-bullets, persons "
        "under an 'Individual members:' sub-bullet.",
    )
    front(d, 1)
    d.heading("Endorsed by", 2)
    d.blank()
    lines_with_block(d, s, "paren", ", members:", "- ", "  - ", "Individual members:", "    - ")
    docs.append(d)

    # 04 markdown '*' bullets, 4-space nesting
    d = Doc(
        "seed-04-bullets-es",
        "md",
        "es",
        "bullets-nested",
        "seed-relaid",
        "Markdown '*' bullets under '### Organizaciones firmantes'; country after an en dash; members nested by 4 "
        "spaces, persons under 'Defensoras y defensores de migrantes:'.",
    )
    front(d, 1)
    d.heading("Organizaciones firmantes", 3)
    d.blank()
    lines_with_block(d, s, "endash", ":", "* ", "    * ", "Defensoras y defensores de migrantes:", "        * ")
    docs.append(d)

    # 05 '•' bullets in plain text, French
    d = Doc(
        "seed-05-bullets-fr",
        "txt",
        "fr",
        "bullets-nested",
        "seed-relaid",
        "Plain-text '•' bullets under 'Signataires :'; countries in parentheses in French; members as '◦' "
        "sub-bullets, persons as '▪' under 'Défenseures et défenseurs des migrants :'.",
    )
    front(d, 0)
    d.heading("Signataires :", 0)
    lines_with_block(
        d, s, "paren", ", composé de :", "• ", "    ◦ ", "Défenseures et défenseurs des migrants :", "        ▪ "
    )
    docs.append(d)

    # 06 numbered '1.' with hierarchical member numbers and a page break inside the list
    d = Doc(
        "seed-06-numbered-en",
        "txt",
        "en",
        "numbered-hierarchical",
        "seed-relaid",
        "Numbered '1.' list under 'Signatories'; members numbered '7.1.', '7.2.'; ' - Country' suffixes and '- "
        "Regional' after three members; a PDF-to-text page break ('Page 1 of 2' and the running title) inside the "
        "coalition's members.",
    )
    title = front(d, 2)
    d.heading("Signatories", 0)
    n = 0
    for k, a in enumerate(s.direct, 1):
        if a is s.coalition:
            d.item(0, f"{k}. ", ag(a, "en", "none"), ", composed of:")
            for j, m in enumerate(s.members, 1):
                d.item(1, f"   {k}.{j}. ", ag(m, "en", "dash"))
                n += 1
                if n == 30:
                    d.blank()
                    d.line("Page 1 of 2")
                    d.line(title, na=False)
                    d.blank()
            d.subhead(1, "   ", "Individual defenders:")
            for j, p in enumerate(s.persons, len(s.members) + 1):
                d.item(2, f"   {k}.{j}. ", ag(p, "en", "dash"))
        else:
            d.item(0, f"{k}. ", ag(a, "en", "dash"))
    d.blank()
    d.line("Page 2 of 2")
    docs.append(d)

    # 07 numbered '1)' with members after "integrada por:" as indented dashes
    d = Doc(
        "seed-07-numbered-es",
        "txt",
        "es",
        "numbered-integrada-por",
        "seed-relaid",
        "Numbered '1)' list under 'Firmantes / Signatories:'; tight '- País' suffixes (as the source writes them); "
        "the coalition item ends with 'integrada por:' and members follow as indented '-' lines.",
    )
    front(d, 1)
    d.heading("Firmantes / Signatories:", 0)
    for k, a in enumerate(s.direct, 1):
        if a is s.coalition:
            d.item(0, f"{k}) ", ag(a, "es", "none"), ", integrada por:")
            for m in s.members:
                d.item(1, "     - ", ag(m, "es", "tight"))
            d.subhead(1, "     ", "Defensoras y defensores de migrantes:")
            for p in s.persons:
                d.item(2, "     - ", ag(p, "es", "tight"))
        else:
            d.item(0, f"{k}) ", ag(a, "es", "tight"))
    docs.append(d)

    # 08 numbered, members in parentheses after the coalition
    d = Doc(
        "seed-08-numbered-pt",
        "txt",
        "pt",
        "numbered-members-in-parentheses",
        "seed-relaid",
        "Numbered '1.' list under 'Assinam:'; countries after an en dash in Portuguese; the coalition's members in "
        "one parenthesis after its name '(integrado por: …; defensoras e defensores de migrantes: … e …)'.",
    )
    front(d, 0)
    d.heading("Assinam:", 0)
    for k, a in enumerate(s.direct, 1):
        if a is s.coalition:
            segs: list[Seg] = [ag(a, "pt", "none"), " (integrado por: "]
            segs += join_list([ag(m, "pt", "endash") for m in s.members], ", ")
            segs += ["; defensoras e defensores de migrantes: "]
            segs += join_list([ag(p, "pt", "endash") for p in s.persons], ", ", " e ")
            segs += [")"]
            d.item(0, f"{k}. ", *segs)
        else:
            d.item(0, f"{k}. ", ag(a, "pt", "endash"))
    docs.append(d)

    # 09 one comma paragraph, coalition last with "composed of"
    d = Doc(
        "seed-09-comma-en",
        "txt",
        "en",
        "comma-paragraph",
        "seed-relaid",
        "One comma-separated paragraph after 'Signed by:', no countries printed; the coalition comes last, "
        "'composed of' its members, then '; individual defenders: … and …'. Commas inside names (Dejusticia, CMGJ, "
        "ECAP, IMUMI, Prodesc, Cristosal, VM-AP).",
    )
    front(d, 1)
    others = [ag(a, "en", "none") for a in s.direct if a is not s.coalition]
    segs = ["Signed by: ", *join_list(others, ", ")]
    segs += [", and ", ag(s.coalition, "en", "none"), ", composed of "]
    segs += join_list([ag(m, "en", "none") for m in s.members], ", ")
    segs += ["; individual defenders: ", *join_list([ag(p, "en", "none") for p in s.persons], ", ", ", and "), "."]
    d.para(*segs)
    d.na("Signed by:")
    docs.append(d)

    # 10 comma paragraph, Spanish, members in a second paragraph naming the coalition again
    d = Doc(
        "seed-10-comma-es",
        "txt",
        "es",
        "comma-paragraph-members-paragraph",
        "seed-relaid",
        "'Firman: A, B, … y Z.' with countries in parentheses; a second paragraph 'Integran el <coalition>: …' "
        "names the coalition again (one agent, listed once in the gold) and its members, then the defenders.",
    )
    front(d, 2)
    segs = ["Firman: ", *join_list([ag(a, "es", "paren") for a in s.direct], ", ", " y "), "."]
    d.para(*segs)
    d.blank()
    segs = [f"Integran el {s.coalition.name}: ", *join_list([ag(m, "es", "paren") for m in s.members], ", ", " y ")]
    segs += [
        ". Defensoras y defensores de migrantes: ",
        *join_list([ag(p, "es", "none") for p in s.persons], ", ", " y "),
        ".",
    ]
    d.para(*segs)
    d.na("Firman:")
    d.na("Defensoras y defensores de migrantes:")
    d.notes = "The coalition is named again to introduce its members: one agent, listed once at its first mention."
    docs.append(d)

    # 11 semicolon paragraph with [members: ...]
    d = Doc(
        "seed-11-semicolon-en",
        "txt",
        "en",
        "semicolon-paragraph-brackets",
        "seed-relaid",
        "One semicolon-separated paragraph after 'Endorsed by:'; countries in parentheses; the coalition as 'Name "
        "(LAC Bloc) [members: X, Y, …; individual members: …]' with commas between members.",
    )
    front(d, 2)
    segs = ["Endorsed by: "]
    for k, a in enumerate(s.direct):
        if k:
            segs.append("; ")
        if a is s.coalition:
            segs += [ag(a, "en", "none"), " [members: ", *join_list([ag(m, "en", "paren") for m in s.members], ", ")]
            segs += ["; individual members: ", *join_list([ag(p, "en", "none") for p in s.persons], ", "), "]"]
        else:
            segs.append(ag(a, "en", "paren"))
    d.para(*segs, ".")
    d.na("Endorsed by:")
    docs.append(d)

    # 12 semicolon paragraph, Portuguese, markdown
    d = Doc(
        "seed-12-semicolon-pt",
        "md",
        "pt",
        "semicolon-paragraph-brackets",
        "seed-relaid",
        "Markdown paragraph '**Organizações signatárias:** A; B; …' with en-dash countries; the coalition's members "
        "in '[membros: …; defensoras e defensores: …]'.",
    )
    front(d, 1)
    segs = ["**Organizações signatárias:** "]
    for k, a in enumerate(s.direct):
        if k:
            segs.append("; ")
        if a is s.coalition:
            segs += [ag(a, "pt", "none"), " [membros: ", *join_list([ag(m, "pt", "endash") for m in s.members], ", ")]
            segs += [
                "; defensoras e defensores: ",
                *join_list([ag(p, "pt", "none") for p in s.persons], ", ", " e "),
                "]",
            ]
        else:
            segs.append(ag(a, "pt", "endash"))
    d.para(*segs, ".")
    d.na("Organizações signatárias:")
    docs.append(d)

    # 13-15 two-column tables
    def tables(d: Doc, head: list[str], members_title: str, persons_label: str, persons_as_items: bool) -> None:
        rows = []
        for a in s.direct:
            x, cell = column_ag(a, d.lang)
            rows.append([[x], [cell]])
        d.table(head, rows)
        d.blank()
        d.heading(members_title, 3)
        d.blank()
        rows = []
        for m in s.members:
            x, cell = column_ag(m, d.lang)
            rows.append([[x], [cell]])
            if cell:
                d.na(cell)
        d.table(head, rows)
        d.blank()
        people = [column_ag(p, d.lang)[0] for p in s.persons]
        if persons_as_items:
            d.heading(persons_label, 3)
            for p in people:
                d.item(0, "- ", p)
        else:
            d.para(persons_label + " ", *join_list(people, ", ", " y "), ".")
            d.na(persons_label)
        for a in s.direct:
            if a.all_cc:
                d.na(column_ag(a, d.lang)[1])

    d = Doc(
        "seed-13-table-es",
        "md",
        "es",
        "table-two-columns",
        "seed-relaid",
        "Markdown table 'Organización | País' (coalition row with an empty country cell); the coalition's members "
        "in a second table under 'Integrantes del …' (three with 'Regional' in the country column); the defenders "
        "in a sentence.",
    )
    front(d, 3)
    d.heading("Organizaciones firmantes", 2)
    d.blank()
    tables(
        d,
        ["Organización", "País"],
        f"Integrantes del {s.coalition.name}",
        "Defensoras y defensores de migrantes:",
        False,
    )
    d.notes = "The coalition is named again to introduce its members: one agent, listed once at its first mention."
    docs.append(d)

    d = Doc(
        "seed-14-table-en",
        "html",
        "en",
        "table-two-columns",
        "seed-relaid",
        "Plain HTML page with a <table> 'Organization | Country'; members in a second table under a heading naming "
        "the coalition; the defenders as a <ul> under 'Individual members of the Bloc'.",
    )
    front(d, 3)
    d.heading("Signatory organizations", 2)
    tables(d, ["Organization", "Country"], f"Members of the {s.coalition.name}", "Individual members of the Bloc", True)
    d.notes = "The coalition is named again to introduce its members: one agent, listed once at its first mention."
    docs.append(d)

    d = Doc(
        "seed-15-table-es",
        "docx",
        "es",
        "table-two-columns",
        "seed-relaid",
        "Word file: a table 'Organización | País', a second table of the coalition's members under 'Integrantes del "
        "…', the defenders as 'List Bullet' paragraphs.",
    )
    front(d, 2)
    d.heading("Organizaciones firmantes", 2)
    tables(
        d, ["Organización", "País"], f"Integrantes del {s.coalition.name}", "Defensoras y defensores de migrantes", True
    )
    d.notes = "The coalition is named again to introduce its members: one agent, listed once at its first mention."
    docs.append(d)

    # 16-17 saved web pages with nested <ul>
    d = Doc(
        "seed-16-webpage-en",
        "html",
        "en",
        "webpage-nested-ul",
        "seed-relaid",
        "Saved web page (cookie banner, <nav>, breadcrumb, share links, <footer> naming the site's publisher); the "
        "list as nested <ul> under 'Signed by:', ' - Country' suffixes.",
    )
    d.site = {
        "name": "Civic Mobility Monitor",
        "nav": ["Home", "News", "Statements", "Join us", "Donate"],
        "cookie": "We use cookies to understand how this site is used. You can accept or reject them.",
        "accept": "Accept all",
        "reject": "Reject",
        "breadcrumb": "Home › Statements › 2025",
        "share": ["Share on Facebook", "Share on X", "Share by email", "Copy link"],
        "footer": [
            "© 2025 Civic Mobility Monitor. All rights reserved.",
            "Privacy policy · Cookie settings · Contact us",
        ],
    }
    front(d, 4)
    d.heading("Signed by:", 2)
    lines_with_block(d, s, "dash", ", composed of:", "- ", "- ", "Individual defenders:", "- ")
    docs.append(d)

    d = Doc(
        "seed-17-webpage-es",
        "html",
        "es",
        "webpage-nested-ul",
        "seed-relaid",
        "Saved web page in Spanish (cookie banner, <nav>, share links, <footer>); nested <ul> under 'Organizaciones "
        "firmantes'; countries in parentheses; the coalition's <li> ends with 'integrada por:'.",
    )
    d.site = {
        "name": "Observatorio Ciudadano de Movilidad",
        "nav": ["Inicio", "Noticias", "Pronunciamientos", "Quiénes somos", "Donar"],
        "cookie": "Este sitio usa cookies propias y de terceros para medir las visitas.",
        "accept": "Aceptar",
        "reject": "Rechazar",
        "breadcrumb": "Inicio › Pronunciamientos",
        "share": ["Compartir en Facebook", "Compartir en X", "Enviar por WhatsApp"],
        "footer": ["© 2025 Observatorio Ciudadano de Movilidad", "Aviso de privacidad · Contacto"],
    }
    front(d, 0)
    d.heading("Organizaciones firmantes", 2)
    lines_with_block(d, s, "paren", ", integrada por:", "- ", "- ", "Defensoras y defensores de migrantes:", "- ")
    docs.append(d)

    # 18-19 PDFs: two columns, running header and footer, one hyphenated name
    d = Doc(
        "seed-18-pdf-en",
        "pdf",
        "en",
        "pdf-two-columns",
        "seed-relaid",
        "PDF (reportlab): page 1 the statement, from page 2 the list in two columns with a running header and 'Page "
        "i of n' footer; '•' items, members as '–' sub-items, ' - Country' suffixes; long names wrap; COFAMIDE's "
        "name is hyphenated across a line end.",
    )
    front(d, 1)
    d.begin_list()
    d.pdf_header = "Joint statement of civil society organizations — Regional Review 2025"
    d.columns = 2
    d.hyphenate = next(m.name for m in s.members if m.id == "cofamide")
    d.heading("Signed by:", 0)
    lines_with_block(d, s, "dash", ", composed of:", "• ", "– ", "Individual defenders:", "– ")
    docs.append(d)

    d = Doc(
        "seed-19-pdf-fr",
        "pdf",
        "fr",
        "pdf-two-columns",
        "seed-relaid",
        "PDF in French: two columns from page 2, running header, 'Page i sur n' footer; countries in parentheses in "
        "French; the long name of AMUMRA is hyphenated across a line end.",
    )
    front(d, 1)
    d.begin_list()
    d.pdf_header = "Déclaration commune — Examen régional du Pacte mondial sur les migrations"
    d.columns = 2
    d.hyphenate = next(a.name for a in s.direct if a.id == "amumra")
    d.heading("Signataires :", 0)
    lines_with_block(d, s, "paren", ", composé de :", "• ", "– ", "À titre individuel :", "– ")
    docs.append(d)

    # 20-21 Word lists
    d = Doc(
        "seed-20-docx-en",
        "docx",
        "en",
        "docx-list-nested",
        "seed-relaid",
        "Word file: 'List Bullet' paragraphs for direct signatories, 'List Bullet 2' for the coalition's members "
        "and the 'Individual defenders:' label, 'List Bullet 3' for the defenders; ' - Country' suffixes.",
    )
    front(d, 3)
    d.heading("Signed by:", 2)
    lines_with_block(d, s, "dash", ", composed of:", "- ", "- ", "Individual defenders:", "- ")
    docs.append(d)

    d = Doc(
        "seed-21-docx-pt",
        "docx",
        "pt",
        "docx-list-nested",
        "seed-relaid",
        "Word file in Portuguese: 'List Number' paragraphs under 'Assinam:', members and label as 'List Bullet 2', "
        "defenders as 'List Bullet 3'; countries in parentheses.",
    )
    d.ordered_styles = True
    front(d, 2)
    d.heading("Assinam:", 2)
    lines_with_block(d, s, "paren", ", integrado por:", "1. ", "- ", "Defensoras e defensores de migrantes:", "- ")
    docs.append(d)

    # 22 markdown bullets, Portuguese
    d = Doc(
        "seed-22-bullets-pt",
        "md",
        "pt",
        "bullets-nested",
        "seed-relaid",
        "Markdown '-' bullets under '**Assinam:**'; en-dash countries in Portuguese; members nested by 4 spaces; 'A "
        "título individual:' label for the defenders.",
    )
    front(d, 1)
    d.line("**Assinam:**", na=False)
    d.na("Assinam:")
    d.blank()
    lines_with_block(d, s, "endash", ", composto por:", "- ", "    - ", "A título individual:", "        - ")
    docs.append(d)

    # 23 tab-indented members
    d = Doc(
        "seed-23-indented-fr",
        "txt",
        "fr",
        "lines-indented-members",
        "seed-relaid",
        "Plain lines under 'Organisations signataires'; en-dash countries in French; the coalition 'composé de :' "
        "with members indented by a tab, defenders by two tabs.",
    )
    front(d, 0)
    d.heading("Organisations signataires", 0)
    d.blank()
    lines_with_block(d, s, "endash", ", composé de :", "", "\t", "Défenseures et défenseurs des migrants :", "\t\t")
    docs.append(d)

    # 24 members in a separate section after the list, comma country suffix
    d = Doc(
        "seed-24-sections-en",
        "txt",
        "en",
        "lines-members-section",
        "seed-relaid",
        "Plain lines under 'Signatories / Firmantes'; ', Country' suffixes after names that may hold commas; the "
        "coalition's members in a later section 'Members of the …:' that names it again (one agent), the defenders "
        "in 'Individual members of the …:'; page break lines.",
    )
    title = front(d, 4)
    d.heading("Signatories / Firmantes", 0)
    for k, a in enumerate(s.direct):
        d.item(0, "", ag(a, "en", "none" if a is s.coalition else "comma"))
        if k == 24:
            d.blank()
            d.line("Page 1 of 3")
            d.line(title, na=False)
            d.blank()
    d.blank()
    d.heading(f"Members of the {s.coalition.name}:", 0)
    for k, m in enumerate(s.members):
        d.item(1, "", ag(m, "en", "comma"))
        if k == 20:
            d.blank()
            d.line("Page 2 of 3")
            d.line(title, na=False)
            d.blank()
    d.blank()
    d.heading(f"Individual members of the {s.coalition.name}:", 0)
    for p in s.persons:
        d.item(2, "", ag(p, "en", "none"))
    d.blank()
    d.line("Page 3 of 3")
    d.notes = "The coalition is named again to introduce its members: one agent, listed once at its first mention."
    docs.append(d)
    for d in docs:  # the non-country suffixes a layout printed
        for suffix in dict.fromkeys(NON_COUNTRY_SUFFIX.values()):
            if any(a.text.endswith(" " + suffix) for a in d.agents()) or any(
                b[0] == "table" and any(seg_text(row[1]) == suffix for row in b[2]) for b in d.blocks
            ):
                d.na(suffix)
    return docs


# --------------------------------------------------------------------------------------------------
# Section 2: hand-written statements with invented organizations and persons
# --------------------------------------------------------------------------------------------------


def org(
    name: str,
    cc: tuple[str, ...] | list[str] = (),
    sfx: str = "",
    *,
    of: Ag | None = None,
    in_name: tuple[str, ...] = (),
    kind: str = "organization",
    supporter: bool = False,
) -> Ag:
    return Ag(name, kind, of.name if of else None, tuple(cc), tuple(in_name), name + sfx, supporter)


def coal(name: str, cc: tuple[str, ...] = (), sfx: str = "") -> Ag:
    return org(name, cc, sfx, kind="coalition")


def person(name: str, cc: tuple[str, ...] = (), sfx: str = "", *, of: Ag | None = None) -> Ag:
    return org(name, cc, sfx, of=of, kind="person")


SUPPORTERS_NOTE = (
    "Organizations listed under '{label}' are read as signatories that sign directly "
    "(supporter: true marks them); an evaluation may drop them."
)


def hand_docs() -> list[Doc]:
    docs: list[Doc] = []

    # H01 en, saved web page ---------------------------------------------------------------------
    d = Doc(
        "hw-01-en-webpage",
        "html",
        "en",
        "webpage-nested-ul",
        "hand-written",
        "Saved web page; city+country suffixes after an en dash; a comma inside a name; coalition 'composed of:' "
        "with nested members; persons with an affiliation 'for identification only'; a trailing 'and 35 more "
        "organizations'.",
    )
    d.site = {
        "name": "Borderlands Rights Bulletin",
        "nav": ["Home", "News", "Statements", "Donate", "Contact"],
        "cookie": "This site uses cookies to measure traffic. Accept or decline below.",
        "accept": "Accept",
        "reject": "Decline",
        "breadcrumb": "Home › Statements",
        "share": ["Share on Facebook", "Share on X", "Email this page"],
        "footer": [
            "© 2026 Borderlands Rights Bulletin · Privacy · Terms",
            "Published by the Borderlands Rights Bulletin editorial team",
        ],
        "share_at": 3,
    }
    d.title("Joint Statement: Protect People, Not Borders")
    d.line("Posted on 9 September 2026 · Tucson")
    d.para(
        "Across the borderlands, people seeking safety are pushed toward ever more dangerous desert crossings. "
        "We call on federal and state authorities to restore access to asylum at ports of entry, to stop "
        "prosecuting volunteers who leave water on the trails, and to publish every death recorded near the border."
    )
    d.line("Media contact: Dana Ellery, media@example.org")
    d.heading("Signed by:", 2)
    csp = coal("Coalition for Safe Passage (CSP)")
    d.item(0, "- ", org("Center for Labor, Migration and Dignity", ["US"], " – Tucson, United States"))
    d.item(0, "- ", org("Harborview Immigrant Legal Services (HILS)", ["US"], " – Oakland, United States"))
    d.item(0, "- ", csp, ", composed of:")
    d.item(1, "- ", org("Desert Aid Volunteers", ["US"], " – Ajo, United States", of=csp))
    d.item(1, "- ", org("Casa Puente Norte", ["MX"], " – Nogales, Mexico", of=csp))
    d.item(1, "- ", org("Sonoran Water Brigades", of=csp))
    d.item(1, "- ", org("Refugee Families Together (RFT)", ["CA"], " – Toronto, Canada", of=csp))
    d.item(0, "- ", org("North Shore Interfaith Refugee Committee"))
    d.item(0, "- ", org("Asian Pacific Migrant Workers Alliance", ["PH"], " – Manila, Philippines"))
    d.item(0, "- ", org("Migrant Justice Lab at Eastfield Law School"))
    d.heading("Individual signatories (institutions for identification only)", 3)
    d.item(0, "- ", person("Margaret Okafor"), ", Lakeshore University")
    d.item(0, "- ", person("Daniel Whitfield"), ", Desert Rescue Network (retired)")
    d.item(0, "- ", person("Priya Raman"))
    d.line("…and 35 more organizations")
    d.na("Lakeshore University")
    d.na("Desert Rescue Network (retired)")
    d.na("Dana Ellery")
    d.notes = (
        "Persons are followed by an institution 'for identification only': the institution is not a "
        "signatory. 'Migrant Justice Lab at Eastfield Law School' is one organization."
    )
    docs.append(d)

    # H02 en, PDF single column, numbered ---------------------------------------------------------
    d = Doc(
        "hw-02-en-numbered",
        "pdf",
        "en",
        "pdf-numbered-single-column",
        "hand-written",
        "PDF, one column from page 2 with running header and footer; numbered items; an acronym after a dash; a "
        "name in capitals with a country in parentheses; coalition 'composed of:' with members numbered '3.1'; "
        "individual signatories.",
    )
    d.title("Open Letter: End the Detention of Migrant Children")
    d.para(
        "We, the undersigned organizations, write to the Home Office and to every member of Parliament. Children "
        "must never be held in immigration detention, whatever their age assessment says. We ask for an "
        "independent guardian for every unaccompanied child within 24 hours of arrival and for the publication "
        "of quarterly figures on children held at the border."
    )
    d.line("London, 14 October 2026")
    d.line("Contact: letters@example.org")
    d.begin_list()
    d.pdf_header = "Open letter on child detention — October 2026"
    d.heading("Signatories", 0)
    nrwn = coal("Northern Refugee Welcome Network (NRWN)")
    d.item(0, "1. ", org("Harbour Legal Aid Clinic - HLAC"))
    d.item(0, "2. ", org("MIGRANT DOMESTIC WORKERS UNION OF GREATER LONDON", ["GB"], " (United Kingdom)"))
    d.item(0, "3. ", nrwn, ", composed of:")
    d.item(1, "3.1. ", org("Leeds Welcome Kitchen", of=nrwn))
    d.item(1, "3.2. ", org("Tyneside Asylum Friends (TAF)", of=nrwn))
    d.item(1, "3.3. ", org("Calder Valley Sanctuary Group", of=nrwn))
    d.item(1, "3.4. ", org("Women Seeking Sanctuary Bradford", of=nrwn))
    d.item(0, "4. ", org("Council for Detained Persons Ireland", in_name=("IE",)))
    d.item(0, "5. ", org("Children on the Move Advocacy Project (COMAP)", ["KE"], ", Nairobi, Kenya"))
    d.item(0, "6. ", org("Safe Harbours Europe"))
    d.item(0, "7. ", org("Sanctuary Medical Collective"))
    d.item(
        0, "8. ", org("Association of Visitors to Immigration Detainees in Scotland and the North of England (AVIDSNE)")
    )
    d.heading("Individual signatories", 0)
    d.item(0, "9. ", person("Helen Castellano"))
    d.item(0, "10. ", person("Owen Pritchard"))
    d.item(0, "11. ", person("Fatima Zahra Benali"))
    d.notes = "'Harbour Legal Aid Clinic - HLAC': what follows the dash is the acronym, part of the name as written."
    docs.append(d)

    # H03 en, DOCX bullets with supporters --------------------------------------------------------
    d = Doc(
        "hw-03-en-list",
        "docx",
        "en",
        "docx-list-supported-by",
        "hand-written",
        "Word file: 'List Bullet' / 'List Bullet 2'; a coalition with members, two of them naming their country "
        "inside the name; a 'Supported by:' section; individual endorsers.",
    )
    d.title("Pacific Statement on Climate Mobility and Labour Rights")
    d.para(
        "Seasonal work schemes across the Pacific bring families income but also debt, isolation and abuse. We ask "
        "receiving governments to let workers change employers freely, to recognise climate-related displacement "
        "in their migration rules and to fund return and reintegration support in the islands."
    )
    d.line("Suva, 2 February 2026")
    d.line("Contact: pacific.mobility@example.org")
    d.heading("Endorsed by", 2)
    pmjn = coal("Pacific Migrant Justice Network (PMJN)")
    d.item(0, "- ", pmjn)
    d.item(1, "- ", org("Fiji Women Workers Forum", ["FJ"], " – Fiji", of=pmjn, in_name=("FJ",)))
    d.item(1, "- ", org("Tonga Seasonal Workers Association", of=pmjn, in_name=("TO",)))
    d.item(1, "- ", org("Aotearoa Migrant Rights Trust", of=pmjn))
    d.item(1, "- ", org("Samoa Diaspora Support Circle", of=pmjn, in_name=("WS",)))
    d.item(0, "- ", org("Workers Without Borders Legal Fund"))
    d.item(0, "- ", org("Coastal Climate Mobility Lab", ["AU"], " (Australia)"))
    d.heading("Supported by:", 0)
    d.item(0, "- ", org("Riverside Community Foundation", supporter=True))
    d.item(0, "- ", org("St. Brigid's Parish Outreach", supporter=True))
    d.heading("Individual endorsers:", 0)
    d.item(0, "- ", person("Lena Kowalczyk"))
    d.item(0, "- ", person("Mateo Ruiz Herrera"))
    d.notes = (
        SUPPORTERS_NOTE.format(label="Supported by:") + " 'Aotearoa' (a name for New Zealand) is not read as a country."
    )
    docs.append(d)

    # H04 es, plain lines with "Con el apoyo de:" --------------------------------------------------
    d = Doc(
        "hw-04-es-lines",
        "txt",
        "es",
        "lines-con-el-apoyo",
        "hand-written",
        "Plain lines under 'Firmamos:'; a comma inside a name ('…Fray Juan, AC') followed by a city+country suffix; "
        "coalition 'integrada por:' with indented members; a name in capitals; an acronym after a dash; 'Con el "
        "apoyo de:' supporters; 'A título individual:'; a trailing 'Y 35 organizaciones más de la región.'.",
    )
    d.title("Pronunciamiento: la frontera sur no es zona de excepción")
    d.blank()
    d.para(
        "Las organizaciones abajo firmantes denunciamos que en la frontera sur se retienen personas por semanas sin "
        "acceso a un abogado ni a la solicitud de asilo. Exigimos que se respeten los plazos legales, que las "
        "niñas y los niños salgan de inmediato de las estaciones migratorias y que se garantice la visita de "
        "organismos independientes."
    )
    d.blank()
    d.line("Tapachula, Chiapas, 18 de diciembre de 2025")
    d.line("Contacto: fronterasur@example.org")
    d.blank()
    d.heading("Firmamos:", 0)
    monim = coal("Mesa de Organizaciones por la Niñez Migrante (MONIM)")
    d.item(0, "", org("Centro de Derechos Humanos Fray Juan, AC", ["MX"], " – Tapachula, México"))
    d.item(0, "", org("Colectivo Tejiendo Fronteras", ["GT"], " (Guatemala)"))
    d.item(0, "", org("Albergue Manos Abiertas del Soconusco"))
    d.item(0, "", monim, ", integrada por:")
    d.item(1, "   ", org("Casa Refugio Nueva Esperanza", ["MX"], " – Tenosique, México", of=monim))
    d.item(1, "   ", org("Asociación Madres en Búsqueda", ["HN"], " – Honduras", of=monim))
    d.item(1, "   ", org("Colectiva Raíces del Sur", of=monim))
    d.item(1, "   ", org("Fundación Puentes de Luz, A.C.", of=monim))
    d.blank()
    d.item(0, "", org("ASOCIACIÓN DE TRABAJADORAS DEL HOGAR MIGRANTES"))
    d.item(0, "", org("Defensoría Popular del Migrante - DEPOMI"))
    d.blank()
    d.heading("Con el apoyo de:", 0)
    d.item(0, "", org("Fundación Horizonte Compartido", ["ES"], " (España)", supporter=True))
    d.item(0, "", org("Iglesia Luterana San Pablo de Quetzaltenango", supporter=True))
    d.blank()
    d.heading("A título individual:", 0)
    d.item(0, "", person("Rosa Elena Cifuentes"))
    d.item(0, "", person("Mauricio Tzul Chávez"))
    d.blank()
    d.line("Y 35 organizaciones más de la región.")
    d.notes = (
        SUPPORTERS_NOTE.format(label="Con el apoyo de:")
        + " Quetzaltenango is a city inside the name, not a suffix: no country."
    )
    docs.append(d)

    # H05 es, HTML table with a nested list in a cell ----------------------------------------------
    d = Doc(
        "hw-05-es-table",
        "html",
        "es",
        "table-nested-members-in-cell",
        "hand-written",
        "HTML table 'Organización | País'; the coalition's cell holds 'integrada por:' and a nested <ul> of members "
        "with countries in parentheses; a nationality adjective that is no country ('de Bolivianas en Córdoba'); an "
        "acronym after a dash; capitals; a comma before a legal form; persons with countries.",
    )
    d.title("Carta abierta a los Estados del Cono Sur sobre el acceso a la documentación")
    d.para(
        "Miles de personas migrantes en la región viven meses o años con documentos vencidos porque los turnos "
        "consulares y migratorios no alcanzan. Pedimos prórrogas automáticas, trámites gratuitos y en línea, y "
        "que ninguna persona pierda su empleo o su vivienda por una demora del propio Estado."
    )
    d.line("Buenos Aires, 25 de agosto de 2025")
    d.line("Contacto: cartaconosur@example.org")
    d.heading("Organizaciones firmantes", 2)
    rsmm = coal("Red Sudamericana de Mujeres Migrantes (RSMM)")
    rows = [
        [[org("Servicio Migrante Andino (SEMAN)", ["PE"])], ["Perú"]],
        [[org("Colectivo de Abogadas Migrantes – CAM", ["CL"])], ["Chile"]],
        [
            [
                rsmm,
                ", integrada por:",
                Sub(
                    [
                        [org("Colectiva Migrantas del Sur", ["AR"], " (Argentina)", of=rsmm)],
                        [org("Asociación de Bolivianas en Córdoba", of=rsmm)],
                        [org("Casa de la Mujer Paraguaya", ["PY"], " (Paraguay)", of=rsmm)],
                    ]
                ),
            ],
            ["Regional"],
        ],
        [[org("OBSERVATORIO DE DERECHOS DE LA MOVILIDAD HUMANA", ["EC"])], ["Ecuador"]],
        [[org("Pastoral de Movilidad Humana de Tacna", ["PE"])], ["Perú"]],
        [[org("Fundación Raíz Común", ["UY"])], ["Uruguay"]],
        [[org("Centro Comunitario Nuevos Vecinos, ONG", ["CL"])], ["Chile"]],
    ]
    d.table(["Organización", "País"], rows)
    for t in ["Perú", "Chile", "Regional", "Ecuador", "Uruguay"]:
        d.na(t)
    d.heading("A título individual", 3)
    d.item(0, "- ", person("Javiera Montalbán Soto", ("CL",), " (Chile)"))
    d.item(0, "- ", person("Rodrigo Paz Ayala", ("AR",), " (Argentina)"))
    d.notes = (
        "'Asociación de Bolivianas en Córdoba' names a nationality and a city, not where it is based: no "
        "country. 'Colectivo de Abogadas Migrantes – CAM': the acronym after the dash is part of the name."
    )
    docs.append(d)

    # H06 es, PDF two columns ----------------------------------------------------------------------
    d = Doc(
        "hw-06-es-pdf",
        "pdf",
        "es",
        "pdf-two-columns",
        "hand-written",
        "PDF, two columns from page 2; '•' items with city+country and country suffixes; a coalition 'integrada "
        "por:' with five '–' members; a long name hyphenated; a comma inside a university clinic's name; capitals; "
        "an acronym after a dash; defenders in their own section.",
    )
    d.title("Declaración de Tapachula sobre desplazamiento forzado en Centroamérica y México")
    d.para(
        "Las organizaciones firmantes acompañamos cada semana a familias que huyen de la violencia, de la "
        "sequía y de la pérdida de sus tierras. Pedimos que los Estados reconozcan estas causas en sus sistemas "
        "de protección, que se detengan las devoluciones en caliente y que se financien casas de acogida "
        "gestionadas por la sociedad civil."
    )
    d.line("Ciudad de Guatemala, 11 de noviembre de 2025")
    d.line("Contacto: declaracion@example.org")
    d.begin_list()
    d.pdf_header = "Declaración conjunta — noviembre de 2025"
    d.columns = 2
    d.heading("Organizaciones firmantes", 0)
    refan = coal("Red Fronteriza de Albergues del Norte (REFAN)")
    long_name = (
        "Instituto de Investigación sobre Desplazamiento Forzado y Movilidad Climática de Centroamérica (IIDEFMOC)"
    )
    d.hyphenate = long_name
    items = [
        org("Colectivo Pies Descalzos", ["GT"], " – Ciudad de Guatemala, Guatemala"),
        org("Asociación Salvadoreña de Retornados y Deportados (ASARED)", ["SV"], " (El Salvador)"),
        org("Coordinadora de Familias Retornadas del Valle de Sula", ["HN"], " (Honduras)"),
        "REFAN",
        org(long_name),
        org("Mujeres Tejedoras de Paz"),
        org("Clínica de Litigio Estratégico en Migración, Universidad del Altiplano"),
        org("FRENTE AMPLIO DE JORNALEROS MIGRANTES"),
        org("Servicio Pastoral de Acompañamiento a Familias de Personas Desaparecidas - SEPAFADE"),
        org("Colectivo Voces sin Fronteras", ["HN"], " (Honduras)"),
        org("Fundación Caminos de Retorno", ["GT"], " (Guatemala)"),
        org("Asociación de Mujeres Garífunas en Movimiento", ["HN"], " (Honduras)"),
        org("Centro de Apoyo Legal para Personas Refugiadas (CALPER)", ["CR"], " (Costa Rica)"),
        org("Red de Exiliados y Desplazados por la Democracia", ["CR"], " – San José, Costa Rica"),
        org("Observatorio Universitario de Movilidad Humana", ["MX"], " (México)"),
        org("Comité de Madres Buscadoras de la Frontera Sur", ["MX"], " (México)"),
        org("Colectivo de Acompañamiento Psicosocial Tejiendo Memoria"),
        org("Cooperativa de Mujeres Artesanas Retornadas", ["GT"], " (Guatemala)"),
        org("Programa de Atención a la Niñez No Acompañada (PANNA)", ["HN"], " (Honduras)"),
        org("Equipo Legal Nómada"),
        org("Albergue Nuevo Amanecer de Arriaga", ["MX"], " – Arriaga, Chiapas, México"),
    ]
    for it in items:
        if it == "REFAN":
            d.item(0, "• ", refan, ", integrada por:")
            d.item(1, "– ", org("Albergue El Buen Camino", ["MX"], " – Reynosa, México", of=refan))
            d.item(1, "– ", org("Casa de Acogida Peregrinos del Desierto", ["MX"], " – Mexicali, México", of=refan))
            d.item(1, "– ", org("Comedor Comunitario Las Tres Marías", of=refan))
            d.item(1, "– ", org("Refugio Samaritano de Piedras Negras", of=refan))
            d.item(1, "– ", org("Centro Comunitario Paso del Norte", ["US"], " – El Paso, Estados Unidos", of=refan))
        else:
            d.item(0, "• ", it)
    d.blank()
    d.heading("Defensoras y defensores de personas migrantes", 0)
    for name in [
        "Ana Lucía Ixcot Pérez",
        "Héctor Maldonado Rivas",
        "Guadalupe Sarmiento Ortega",
        "Wilmer Castro Funes",
    ]:
        d.item(0, "• ", person(name))
    d.notes = (
        "'Asociación Salvadoreña …' is based in El Salvador by its suffix, not by the adjective. The "
        "university clinic's name keeps its comma. Persons sign directly."
    )
    docs.append(d)

    # H07 pt, DOCX nested list -------------------------------------------------------------------
    d = Doc(
        "hw-07-pt-list",
        "docx",
        "pt",
        "docx-list-nested",
        "hand-written",
        "Word file: 'List Bullet' / 'List Bullet 2' under 'Assinam:'; coalition 'composta por:'; a city+country in "
        "parentheses; a country inside a name ('… no Brasil'); a nationality adjective that is no country; a comma "
        "before a legal form; 'Com o apoio de:' supporters; 'A título individual:'.",
    )
    d.title("Carta aberta: acolhida digna no Sul do Brasil")
    d.para(
        "Com o aumento das chegadas de pessoas migrantes e refugiadas às cidades do Sul, os abrigos públicos estão "
        "lotados e os serviços de documentação têm filas de meses. Pedimos às prefeituras e ao governo federal "
        "vagas de acolhimento com apoio psicossocial, intérpretes nos serviços de saúde e a validação rápida de "
        "diplomas."
    )
    d.line("Porto Alegre, 5 de março de 2026")
    d.line("Contato: acolhidasul@example.org")
    d.heading("Assinam:", 2)
    ras = coal("Rede Acolhida Sul (RAS)")
    d.item(0, "- ", ras, ", composta por:")
    d.item(1, "- ", org("Núcleo de Apoio ao Imigrante Serra Gaúcha", of=ras))
    d.item(1, "- ", org("Coletivo Mulheres Sem Fronteiras", ["BR"], " – Porto Alegre, Brasil", of=ras))
    d.item(1, "- ", org("Associação dos Haitianos de Chapecó", of=ras))
    d.item(1, "- ", org("Pastoral do Acolhimento de Pelotas", of=ras))
    d.item(0, "- ", org("Instituto Travessias Seguras", ["BR"], " (São Paulo, Brasil)"))
    d.item(0, "- ", org("Fórum Paulista de Migrantes e Refugiados"))
    d.item(0, "- ", org("Associação Kandandu de Angolanos no Brasil", in_name=("BR",)))
    d.item(0, "- ", org("Centro de Direitos Humanos Dom Aurélio, OSC"))
    d.item(0, "- ", org("Observatório das Migrações do Atlântico", ["PT"], " – Portugal"))
    d.heading("Com o apoio de:", 0)
    d.item(0, "- ", org("Fundação Maré Alta", supporter=True))
    d.item(0, "- ", org("Sindicato dos Trabalhadores Rurais de Vale Verde", supporter=True))
    d.heading("A título individual:", 0)
    d.item(0, "- ", person("Ana Beatriz Moura"))
    d.item(0, "- ", person("João Victor Nhantumbo"))
    d.item(0, "- ", person("Maria das Graças Tavares"))
    d.notes = (
        SUPPORTERS_NOTE.format(label="Com o apoio de:")
        + " 'dos Haitianos' and 'de Angolanos' are nationalities, not where the organizations are based."
    )
    docs.append(d)

    # H08 pt, markdown semicolon paragraph ---------------------------------------------------------
    d = Doc(
        "hw-08-pt-semicolon",
        "md",
        "pt",
        "semicolon-paragraph-brackets",
        "hand-written",
        "Markdown: one semicolon paragraph after '**Assinam esta nota:**' with a name in capitals, a coalition "
        "'[membros: …]' whose members carry city+country, a university unit with a comma, and a trailing 'e mais 35 "
        "organizações'; persons in a second paragraph.",
    )
    d.title("Nota pública sobre o trabalho migrante nas colheitas")
    d.blank()
    d.para(
        "Trabalhadoras e trabalhadores migrantes continuam a ser recrutados para as colheitas com promessas falsas "
        "e dívidas impagáveis. Exigimos fiscalização nas fazendas, alojamentos dignos e que a denúncia de "
        "trabalho escravo nunca leve à deportação de quem denuncia."
    )
    d.blank()
    d.line("Curitiba, 1º de maio de 2026 — Contato: nota@example.org")
    d.blank()
    relam = coal("Rede Lusófona de Apoio a Migrantes (RELAM)")
    segs: list[Seg] = ["**Assinam esta nota:** "]
    segs += [org("Coletivo Fronteira Viva", ["BR"], " (Brasil)"), "; "]
    segs += [org("ASSOCIAÇÃO DOS TRABALHADORES MIGRANTES DO PARANÁ"), "; "]
    segs += [relam, " [membros: "]
    segs += join_list(
        [
            org("Casa da Morabeza", ["PT"], " – Lisboa, Portugal", of=relam),
            org("Grupo Kizomba Solidária", ["AO"], " – Luanda, Angola", of=relam),
            org("Centro Comunitário Ponte Atlântica", of=relam),
        ],
        ", ",
    )
    segs += ["]; ", org("Instituto Vozes do Sertão"), "; "]
    segs += [org("Serviço de Acolhida Irmãos do Caminho"), "; "]
    segs += [org("Núcleo de Estudos em Migração e Trabalho, Universidade Federal do Vale"), "; "]
    segs += ["e mais 35 organizações."]
    d.para(*segs)
    d.blank()
    d.para(
        "**A título individual:** ",
        *join_list([person("Luíza Fernandes Prado"), person("Tiago Mondlane"), person("Beatriz Okoro")], "; "),
        ".",
    )
    d.na("Assinam esta nota:")
    d.na("A título individual:")
    d.na("e mais 35 organizações")
    d.na("Curitiba, 1º de maio de 2026")
    d.na("Contato: nota@example.org")
    docs.append(d)

    # H09 pt, PDF two columns, numbered -----------------------------------------------------------
    d = Doc(
        "hw-09-pt-pdf",
        "pdf",
        "pt",
        "pdf-numbered-two-columns",
        "hand-written",
        "PDF, two columns from page 2, numbered '1)' items with countries in parentheses and state+country "
        "suffixes; a coalition with 'a)' members; capitals; an acronym after a dash; a comma inside a university "
        "centre's name; a long name hyphenated; persons.",
    )
    d.title("Carta aberta sobre a acolhida na fronteira amazônica")
    d.para(
        "Na fronteira norte, famílias inteiras chegam a pé depois de dias de caminhada e encontram abrigos sem "
        "vagas. Pedimos ao governo federal que amplie a interiorização voluntária, garanta atendimento em línguas "
        "indígenas e mantenha abertas as portas de entrada para solicitantes de refúgio."
    )
    d.line("Boa Vista, 22 de abril de 2026")
    d.line("Contato: fronteiranorte@example.org")
    d.begin_list()
    d.pdf_header = "Carta aberta — fronteira amazônica, abril de 2026"
    d.columns = 2
    rama = coal("Rede Amazônica de Acolhida (RAMA)")
    long_name = "Associação de Familiares de Trabalhadores Migrantes Desaparecidos na Travessia Amazônica (AFTRAMDA)"
    d.hyphenate = long_name
    d.heading("Organizações signatárias", 0)
    entries: list[object] = [
        org("Associação Voluntários da Fronteira Norte", ["BR"], " (Brasil)"),
        "RAMA",
        org("INSTITUTO MARGENS", ["BR"], " (Brasil)"),
        org("Fundação Caminhos do Sul", ["UY"], " – Montevidéu, Uruguai"),
        org("Centro de Estudos Migratórios e Fronteiriços, Universidade do Planalto"),
        org("Movimento de Mulheres Migrantes e Refugiadas Lírio do Campo"),
        org("Associação de Apoio Jurídico a Migrantes - AAJUM"),
        org(long_name, ["BR"], " (Brasil)"),
        org("Coletivo Ribeirinho pela Mobilidade Humana"),
        org("Serviço Franciscano de Acolhida em Pacaraima", ["BR"], " (Brasil)"),
        org("Casa de Acolhida Santa Luzia", ["VE"], " – Santa Elena de Uairén, Venezuela"),
        org("Grupo de Pesquisa Territórios e Migrações", ["GY"], " (Guiana)"),
        org("Associação Cultural Kariña de Boa Vista"),
        org("Rede de Jovens Migrantes da Amazônia"),
    ]
    k = 0
    for e in entries:
        k += 1
        if e == "RAMA":
            d.item(0, f"{k}) ", rama, ", composta por:")
            d.item(1, "a) ", org("Casa de Passagem Boa Vista", ["BR"], " – Roraima, Brasil", of=rama))
            d.item(1, "b) ", org("Coletivo de Acolhida Rio Branco", ["BR"], " – Acre, Brasil", of=rama))
            d.item(1, "c) ", org("Núcleo Amazônico de Direitos Migrantes (NADIM)", of=rama))
            d.item(1, "d) ", org("Pastoral do Migrante de Santarém", of=rama))
        else:
            d.item(0, f"{k}) ", e)
    d.blank()
    d.heading("Pessoas signatárias", 0)
    for name in ["Raimunda Sousa Lima", "Carlos Eduardo Tenório", "Yusleidy Marcano"]:
        k += 1
        d.item(0, f"{k}) ", person(name))
    d.notes = (
        "'Casa de Passagem Boa Vista – Roraima, Brasil': state and country after the dash; "
        "Boa Vista is part of the name."
    )
    docs.append(d)

    # H10 fr, saved web page ------------------------------------------------------------------------
    d = Doc(
        "hw-10-fr-webpage",
        "html",
        "fr",
        "webpage-nested-ul",
        "hand-written",
        "Saved web page in French: cookie banner, <nav>, share links, <footer>; nested <ul> under 'Signataires :'; "
        "a coalition 'composée de :' whose members include persons under 'À titre individuel :'; city+country "
        "suffix; capitals; a comma inside a university centre's name.",
    )
    d.site = {
        "name": "Observatoire citoyen des frontières",
        "nav": ["Accueil", "Actualités", "Nos actions", "Faire un don"],
        "cookie": "Ce site utilise des cookies de mesure d'audience. Vous pouvez les accepter ou les refuser.",
        "accept": "Accepter",
        "reject": "Refuser",
        "breadcrumb": "Accueil › Actualités › Déclarations",
        "share": ["Partager sur Facebook", "Partager sur X", "Copier le lien"],
        "footer": ["© 2026 Observatoire citoyen des frontières — Mentions légales", "Plan du site · Nous contacter"],
        "share_at": 3,
    }
    d.title("Appel commun : non aux expulsions collectives au Sahel")
    d.line("Publié le 30 janvier 2026")
    d.para(
        "Des centaines de personnes sont reconduites chaque mois dans le désert, sans examen individuel de leur "
        "situation ni possibilité de recours. Nous demandons l'arrêt immédiat de ces expulsions, l'accès des "
        "organisations humanitaires aux zones de refoulement et la publication des accords de réadmission."
    )
    d.line("Niamey, le 30 janvier 2026")
    d.line("Contact : appel-sahel@example.org")
    d.heading("Signataires :", 2)
    pmdao = coal("Plateforme Migrations et Droits en Afrique de l'Ouest (PMDAO)")
    d.item(0, "- ", org("Association Solidarité Migrants Sahel (ASMS)", ["NE"], " – Niamey, Niger"))
    d.item(0, "- ", pmdao, ", composée de :")
    d.item(1, "- ", org("Collectif des Retournés de Kayes", ["ML"], " (Mali)", of=pmdao))
    d.item(1, "- ", org("Maison du Voyageur de Gao", ["ML"], " – Mali", of=pmdao))
    d.item(1, "- ", org("Réseau Femmes Mobiles de Dakar", ["SN"], " (Sénégal)", of=pmdao))
    d.item(1, "- ", org("Comité Vigilance Désert", ["NE"], " (Niger)", of=pmdao))
    d.subhead(1, "- ", "À titre individuel :")
    d.item(2, "- ", person("Aïssata Traoré", of=pmdao))
    d.item(2, "- ", person("Moussa Diarra", of=pmdao))
    d.item(0, "- ", org("Accueil Frontière Briançonnais"))
    d.item(0, "- ", org("LIGUE POUR L'ACCUEIL DES EXILÉS", ["FR"], " (France)"))
    d.item(0, "- ", org("Centre d'études sur les migrations, Université de la Vallée"))
    d.notes = "The two persons are individual members of the PMDAO (listed inside its members)."
    docs.append(d)

    # H11 fr, DOCX table ------------------------------------------------------------------------------
    d = Doc(
        "hw-11-fr-table",
        "docx",
        "fr",
        "table-two-columns",
        "hand-written",
        "Word table 'Organisation | Pays' with a coalition row ('Régional'); its members as 'List Bullet' "
        "paragraphs under a heading naming it again (one agent); a country both in the name and in the column; "
        "capitals; an acronym after a dash; 'Avec le soutien de :' supporters.",
    )
    d.title("Déclaration euro-méditerranéenne pour le droit de rester et de circuler")
    d.para(
        "Les politiques d'externalisation transforment les pays de transit en zones d'attente sans droits. Nous "
        "demandons la suspension des financements conditionnés au blocage des départs, un mécanisme indépendant "
        "de suivi des droits aux frontières et des voies légales pour le travail et les études."
    )
    d.line("Bruxelles, le 4 juin 2026")
    d.line("Contact : declaration-euromed@example.org")
    d.heading("Organisations signataires", 2)
    remp = coal("Réseau Euro-Maghrébin Passerelles (REMP)")
    rows = [
        [[org("Collectif Migrants Bretagne Solidaire", ["FR"])], ["France"]],
        [[org("Association Horizons Partagés", ["TN"])], ["Tunisie"]],
        [[remp], ["Régional"]],
        [[org("Maison des Droits des Étrangers de Liège", ["BE"])], ["Belgique"]],
        [[org("Comité de soutien aux sans-papiers de Lausanne", ["CH"])], ["Suisse"]],
        [[org("Observatoire Mobilités Côte d'Ivoire", ["CI"], in_name=("CI",))], ["Côte d'Ivoire"]],
        [[org("CENTRE D'ACCUEIL ET D'ORIENTATION DES MIGRANTS (CAOM)", ["MA"])], ["Maroc"]],
        [[org("Association des Travailleurs Migrants - ATM", ["MA"])], ["Maroc"]],
    ]
    d.table(["Organisation", "Pays"], rows)
    for t in ["France", "Tunisie", "Régional", "Belgique", "Suisse", "Maroc"]:
        d.na(t)
    d.heading(f"Membres du {remp.name} :", 3)
    d.item(0, "- ", org("Association Passerelle Oujda", ["MA"], " (Maroc)", of=remp))
    d.item(0, "- ", org("Collectif Rivages", ["FR"], " – Marseille, France", of=remp))
    d.item(0, "- ", org("Voix des Migrants de Sfax", of=remp))
    d.heading("Avec le soutien de :", 3)
    d.item(0, "- ", org("Fondation Saint-Exupère pour la Solidarité", supporter=True))
    d.item(0, "- ", org("Syndicat des Travailleurs Saisonniers du Sud", supporter=True))
    d.notes = (
        SUPPORTERS_NOTE.format(label="Avec le soutien de :")
        + " The REMP is named again in the heading of its members: one agent."
    )
    docs.append(d)

    # H12 fr, comma paragraph ---------------------------------------------------------------------------
    d = Doc(
        "hw-12-fr-comma",
        "txt",
        "fr",
        "comma-paragraph",
        "hand-written",
        "Plain text: one comma paragraph after 'Signé par :' with a comma-laden name, a city+country in "
        "parentheses, capitals, a coalition '[membres : A ; B ; C]' and a trailing 'et 35 autres organisations'; "
        "'Avec le soutien de :' supporters and 'À titre individuel :' persons in their own paragraphs.",
    )
    d.title("Lettre ouverte : pour un accueil digne sur le littoral nord")
    d.blank()
    d.para(
        "Chaque nuit, des personnes exilées dorment sous des bâches démontées au petit matin par les forces de "
        "l'ordre. Nous demandons la fin des expulsions de campements sans solution d'hébergement, l'accès à l'eau "
        "et aux soins, et l'ouverture d'un lieu d'accueil de jour géré avec les associations."
    )
    d.blank()
    d.line("Calais, le 15 octobre 2025")
    d.line("Contact : littoral@example.org")
    d.blank()
    cnsdm = coal("Coordination Nord-Sud pour les Droits des Migrants (CNSDM)")
    segs = ["Signé par : "]
    segs += [org("Comité d'entraide, de formation et d'accueil des exilés (CEFAE)"), ", "]
    segs += [org("Association Les Amis du Port", ["FR"], " (Calais, France)"), ", "]
    segs += [org("Réseau Accueil Montagne"), ", "]
    segs += [org("ATELIER SOLIDAIRE DES MIGRANTS DE NANTES"), ", "]
    segs += [cnsdm, " [membres : "]
    segs += join_list(
        [
            org("Collectif Exil Lyon", of=cnsdm),
            org("Maison d'Hospitalité de Grenoble", of=cnsdm),
            org("Association Jeunes Exilés Isolés", of=cnsdm),
        ],
        " ; ",
    )
    segs += ["], ", org("Collectif Pont Solidaire", ["BE"], " (Belgique)"), " et 35 autres organisations."]
    d.para(*segs)
    d.blank()
    d.para(
        "Avec le soutien de : ",
        org("Fondation Rive Gauche pour l'Hospitalité", supporter=True),
        ", ",
        org("Fédération des Jardins Partagés du Val", supporter=True),
        ".",
    )
    d.blank()
    d.para(
        "À titre individuel : ",
        *join_list([person("Élise Marchand"), person("Karim Benyoucef"), person("Odile Nyamweya")], ", ", " et "),
        ".",
    )
    for t in ["Signé par :", "et 35 autres organisations", "Avec le soutien de :", "À titre individuel :"]:
        d.na(t)
    d.notes = SUPPORTERS_NOTE.format(label="Avec le soutien de :") + " The CEFAE's name holds two commas."
    docs.append(d)
    return docs


def more_hand_docs() -> list[Doc]:
    """Hand-written statements added after the first held-out measurement: layouts the first twelve
    did not cover (country headings, long PDFs, multi-level numbering, tables with town, country and
    'member of' columns, conjunctions before the last name, commas inside names, members' sections)."""
    docs: list[Doc] = []

    # H13 es, Markdown, names grouped under country headings ----------------------------------------
    d = Doc(
        "hw-13-es-country-headings",
        "md",
        "es",
        "country-headings",
        "hand-written",
        "Markdown: signatories grouped under country headings ('### Argentina', '### Brasil', …) that are where "
        "the organizations below them are (based-in claims, never agents); a 'Regional' heading with a coalition "
        "'integrada por:' whose nested members carry their own country in parentheses; a comma before a parent "
        "university; persons with countries in parentheses.",
    )
    d.title("Pronunciamiento regional: documentos para todas las personas refugiadas")
    d.blank()
    d.para(
        "En toda Sudamérica hay personas reconocidas como refugiadas que esperan durante meses un documento de "
        "identidad. Sin ese papel no pueden abrir una cuenta, firmar un contrato ni inscribir a sus hijas e hijos "
        "en la escuela. Pedimos que la cédula se entregue junto con la resolución de refugio y sin costo alguno."
    )
    d.blank()
    d.line("Montevideo, 4 de noviembre de 2026")
    d.line("Contacto: documentos-ya@example.org")
    d.blank()
    d.heading("Organizaciones firmantes", 2)
    d.blank()
    d.heading("Argentina", 3)
    d.blank()
    d.item(0, "- ", org("Centro de Estudios sobre Movilidad y Derechos (CEMOD)", ["AR"]))
    d.item(0, "- ", org("Colectivo Migrantes Unidas de Rosario", ["AR"]))
    d.blank()
    d.heading("Brasil", 3)
    d.blank()
    d.item(0, "- ", org("Rede de Acolhida Mãos Dadas", ["BR"]))
    d.item(0, "- ", org("Instituto Travessias do Sul", ["BR"]))
    d.blank()
    d.heading("Chile", 3)
    d.blank()
    d.item(0, "- ", org("Clínica de Migrantes, Universidad del Pacífico Sur", ["CL"]))
    d.item(0, "- ", org("ONG Tierra de Acogida", ["CL"]))
    d.blank()
    d.heading("Regional", 3)
    d.blank()
    csr = coal("Coalición Sudamericana por el Refugio (CSR)")
    d.item(0, "- ", csr, ", integrada por:")
    d.item(1, "  - ", org("Asociación Pueblos en Camino", ["PE"], " (Perú)", of=csr))
    d.item(1, "  - ", org("Fundación Nuevo Horizonte Andino", ["BO"], " (Bolivia)", of=csr))
    d.item(1, "  - ", org("Casa Abierta del Cerro", ["UY"], " (Uruguay)", of=csr))
    d.blank()
    d.heading("A título individual", 3)
    d.blank()
    d.item(0, "- ", person("Lucía Ferreyra Quiroga", ("AR",), " (Argentina)"))
    d.item(0, "- ", person("Tomás Ribeiro Alves", ("BR",), " (Brasil)"))
    d.notes = (
        "A country heading says where the organizations listed under it are: each gets that country (not in "
        "its name, not a suffix: a layout place). 'Regional' is no country."
    )
    docs.append(d)

    # H14 pt, PDF over four pages, numbered, running header and footers -----------------------------
    d = Doc(
        "hw-14-pt-pdf-pages",
        "pdf",
        "pt",
        "pdf-numbered-several-pages",
        "hand-written",
        "PDF of three pages, one column: the statement, then the list over two short pages; every page with "
        "the same running header and a 'Página i de n' footer; '1.' items with en-dash countries; a coalition "
        "'composta por:' whose 'a)' members run across a page break; an 'e' before the last person.",
    )
    d.title("Carta aberta sobre o acolhimento de pessoas deslocadas pelo clima")
    d.para(
        "Secas prolongadas e enchentes repetidas já obrigam famílias inteiras a deixar as suas terras. Pedimos "
        "aos governos da região que reconheçam essas pessoas como deslocadas, que lhes deem autorização de "
        "residência e trabalho, e que os planos de adaptação climática incluam quem já teve de partir."
    )
    d.line("Recife, 22 de setembro de 2026")
    d.line("Contato: carta-clima@example.org")
    d.begin_list()
    d.pdf_header = "Carta aberta · deslocamento climático · setembro de 2026"
    d.page_capacity = 100.0
    d.heading("Assinam:", 0)
    rmc = coal("Rede Mobilidade e Clima (REMOC)")
    d.item(0, "1. ", org("Associação Sertão Vivo", ["BR"], " – Brasil"))
    d.item(0, "2. ", org("Centro de Apoio ao Agricultor Migrante (CAAM)", ["BR"], " – Brasil"))
    d.item(0, "3. ", org("Movimento dos Atingidos pela Seca do Norte", ["BR"], " – Brasil"))
    d.item(0, "4. ", rmc, ", composta por:")
    d.item(1, "a) ", org("Coletivo Águas de Março", ["BR"], " – Brasil", of=rmc))
    d.item(1, "b) ", org("Associação Ribeirinha do Baixo Rio", ["BR"], " – Brasil", of=rmc))
    d.item(1, "c) ", org("Casa Comum de Luanda", ["AO"], " – Angola", of=rmc))
    d.item(1, "d) ", org("Núcleo Cabo-Verdiano de Apoio a Migrantes", of=rmc))
    d.item(1, "e) ", org("Fórum Moçambicano de Mobilidade Humana", ["MZ"], " – Moçambique", of=rmc))
    d.item(0, "5. ", org("Instituto Chuva Boa", ["BR"], " – Brasil"))
    d.item(0, "6. ", org("Pastoral das Migrações de Petrolina", ["BR"], " – Brasil"))
    d.item(0, "7. ", org("Associação Timorense Terra e Mar", ["TL"], " – Timor-Leste"))
    d.item(0, "8. ", org("Cooperativa Semear Juntos", ["PT"], " – Portugal"))
    d.heading("A título individual:", 0)
    d.para(
        *join_list([person("Ana Paula Siqueira"), person("Joaquim Mabote"), person("Helena Duarte Reis")], ", ", " e "),
    )
    d.notes = (
        "'Núcleo Cabo-Verdiano …' names a nationality, not where it is: no country. The running header, "
        "the footers and the page breaks are never names."
    )
    docs.append(d)

    # H15 en, DOCX with two levels of numbering -----------------------------------------------------
    d = Doc(
        "hw-15-en-docx-multilevel",
        "docx",
        "en",
        "docx-multilevel-numbered",
        "hand-written",
        "Word file: 'List Number' items and 'List Number 2' sub-items (members of two coalitions, the second "
        "'consisting of:'); country after a comma; a persons section under a bold 'Individual signatories' "
        "label, numbered on.",
    )
    d.ordered_styles = True
    d.numbered_levels = 2
    d.title("Statement on Seafarers and Fishers Stranded at Sea")
    d.para(
        "Crews on fishing vessels and cargo ships are left for months without wages, food or the right to go "
        "ashore. Flag and port states must guarantee repatriation, pay owed wages from a common fund and "
        "allow every worker a visit from an independent welfare officer."
    )
    d.line("Manila, 25 June 2026")
    d.line("Contact: crews@example.org")
    d.heading("Signatories", 0)
    sfa = coal("Seafarers Family Alliance (SFA)")
    ftn = coal("Fishers Transit Network")
    d.item(0, "", sfa)
    d.item(1, "", org("Wives of Seafarers Association of Iloilo", of=sfa))
    d.item(1, "", org("Crew Welfare Desk Cebu", of=sfa))
    d.item(0, "", org("Harbourside Chaplaincy Trust", ["GB"], ", United Kingdom"))
    d.item(0, "", ftn, ", consisting of:")
    d.item(1, "", org("Pacific Deckhands Union", ["FJ"], ", Fiji", of=ftn))
    d.item(1, "", org("Gulf Boat Workers Mutual Aid", ["TH"], ", Thailand", of=ftn))
    d.item(1, "", org("Lantern House for Fishers", of=ftn))
    d.item(0, "", org("Ocean Labour Rights Clinic", ["ID"], ", Indonesia"))
    d.heading("Individual signatories", 0)
    d.item(0, "", person("Rosalind Achebe"))
    d.item(0, "", person("Marco Villanueva"))
    d.notes = "Word numbering: 'List Number 2' is a list of its own, so its count runs on across the two coalitions."
    docs.append(d)

    # H16 fr, HTML table Organisation | Ville | Pays -------------------------------------------------
    d = Doc(
        "hw-16-fr-html-city-table",
        "html",
        "fr",
        "table-city-country",
        "hand-written",
        "HTML page with a three-column <table> 'Organisation | Ville | Pays': the town cell is no name and the "
        "country cell is a layout place; a coalition row whose members follow in a second table under 'Membres "
        "de …'; persons in a <ul> after 'Signatures individuelles'.",
    )
    d.title("Appel pour des voies de passage sûres en Méditerranée centrale")
    d.para(
        "Depuis le début de l'année, des centaines de personnes ont disparu entre la Libye, la Tunisie et "
        "l'Italie. Nous appelons à une mission publique de recherche et de sauvetage, à l'arrêt des retours "
        "forcés vers des ports non sûrs et à l'ouverture de couloirs humanitaires."
    )
    d.line("Tunis, le 12 mai 2026")
    d.line("Contact : passages-surs@example.org")
    d.heading("Signataires", 2)
    cms = coal("Collectif Méditerranée Solidaire (CMS)", ("FR",))
    rows = [
        [[org("Maison des Migrants du Fleuve", ["SN"])], ["Saint-Louis"], ["Sénégal"]],
        [[org("Association Retour Digne", ["ML"])], ["Bamako"], ["Mali"]],
        [[org("Réseau Sahel Mobilité (RSM)", ["NE"])], ["Niamey"], ["Niger"]],
        [[cms], ["Marseille"], ["France"]],
        [[org("Comité Vigilance Lampedusa", ["IT"])], ["Lampedusa"], ["Italie"]],
        [[org("Observatoire Tunisien des Frontières", ["TN"])], ["Sfax"], ["Tunisie"]],
    ]
    d.table(["Organisation", "Ville", "Pays"], rows)
    for t in ["Ville", "Saint-Louis", "Bamako", "Niamey", "Marseille", "Lampedusa", "Sfax"]:
        d.na(t)
    d.heading(f"Membres du {cms.name}", 3)
    members = [
        [[org("Accueil Vieux-Port", ["FR"], of=cms)], ["Marseille"], ["France"]],
        [[org("Cimade des Calanques", ["FR"], of=cms)], ["Cassis"], ["France"]],
        [[org("Ligue Corse d'Hospitalité", ["FR"], of=cms)], ["Bastia"], ["France"]],
    ]
    d.table(["Organisation", "Ville", "Pays"], members)
    d.na("Cassis")
    d.na("Bastia")
    d.heading("Signatures individuelles", 3)
    d.item(0, "- ", person("Yasmine Haddad"))
    d.item(0, "- ", person("Bruno Lefèvre"))
    d.notes = (
        "'Observatoire Tunisien des Frontières' has Tunisie in its country cell: the country is given by the "
        "column (and not by the adjective in its name)."
    )
    docs.append(d)

    # H17 en, comma paragraphs with 'and' before the last name -------------------------------------
    d = Doc(
        "hw-17-en-and-paragraph",
        "txt",
        "en",
        "comma-paragraph-and",
        "hand-written",
        "Plain text: 'Signed by:' then one comma paragraph ending '… and X.'; an acronym in parentheses after a "
        "name holding commas; a country in parentheses; a coalition with '(members: A, B and C)'; persons in "
        "their own paragraph, also ending with 'and'.",
    )
    d.title("Joint Appeal: Keep Families Together at the Northern Border")
    d.blank()
    d.para(
        "Every week parents are removed while their children stay behind in shelters, often without any way to "
        "call each other. We urge both governments to stop separating families, to keep a single case file for "
        "each family and to return every separated child to a parent within seventy-two hours."
    )
    d.blank()
    d.line("Winnipeg, 8 April 2026")
    d.line("Contact: families@example.org")
    d.blank()
    pfr = coal("Prairie Family Reunion Coalition")
    segs: list[Seg] = ["Signed by: "]
    segs += [org("Centre for Families, Borders and Belonging (CFBB)"), ", "]
    segs += [org("Northern Lights Newcomer Society", ["CA"], " (Canada)"), ", "]
    segs += [org("Red River Legal Clinic"), ", "]
    segs += [pfr, " (members: "]
    segs += join_list(
        [
            org("Kinship Care Manitoba", of=pfr),
            org("Parents Across Borders Network", of=pfr),
            org("Dakota Plains Refugee Services", of=pfr),
        ],
        ", ",
        " and ",
    )
    segs += ["), ", org("Asylum Support Office of Saint Boniface"), " and ", org("Harbor Outreach Collective"), "."]
    d.para(*segs)
    d.blank()
    d.para(
        "Individual signatories: ",
        *join_list([person("Grace Mbeki"), person("Luis Ortega Vidal"), person("Hannah Lindqvist")], ", ", " and "),
        ".",
    )
    d.na("Signed by:")
    d.na("Individual signatories:")
    d.notes = "The CFBB's name holds a comma; its acronym spells its words, so the comma is part of the name."
    docs.append(d)

    # H18 es, semicolon paragraph, commas inside names, 'y' before the last ----------------------
    d = Doc(
        "hw-18-es-semicolon-commas",
        "txt",
        "es",
        "semicolon-paragraph-commas-in-names",
        "hand-written",
        "Plain text: one semicolon-separated paragraph after 'Suscriben:' whose names hold commas without an "
        "acronym to explain them ('Red de Mujeres, Migración y Desarrollo'); a city+country after a comma; 'y' "
        "before the last name; persons in a second paragraph separated by commas and 'y'.",
    )
    d.title("Declaración sobre el trabajo de las mujeres migrantes en el cuidado")
    d.blank()
    d.para(
        "Las trabajadoras del hogar y de los cuidados que llegaron de otros países sostienen a millones de "
        "familias, pero casi nunca tienen contrato, seguridad social ni descanso semanal. Exigimos que se "
        "ratifiquen y cumplan los convenios sobre trabajo doméstico y que ningún permiso de residencia dependa "
        "de un solo empleador."
    )
    d.blank()
    d.line("Madrid, 8 de marzo de 2026")
    d.blank()
    segs = ["Suscriben: "]
    segs += [org("Red de Mujeres, Migración y Desarrollo"), "; "]
    segs += [org("Centro de Estudios, Fronteras y Territorio"), "; "]
    segs += [org("Asociación de Trabajadoras del Hogar Latinas", ["ES"], ", Madrid, España"), "; "]
    segs += [org("Colectiva Cuidados, Derechos y Dignidad"), "; "]
    segs += [org("Observatorio de la Movilidad Laboral"), " y "]
    segs += [org("Fundación Manos que Cuidan"), "."]
    d.para(*segs)
    d.blank()
    d.para(
        "A título individual: ",
        *join_list([person("Carmen Saavedra Ortiz"), person("Nadia El Idrissi"), person("Julia Mendes")], ", ", " y "),
        ".",
    )
    d.na("Suscriben:")
    d.na("A título individual:")
    d.notes = "In a list separated by semicolons the commas belong to the names."
    docs.append(d)

    # H19 fr, Markdown table with a 'Membre de' column ---------------------------------------------
    d = Doc(
        "hw-19-fr-member-column",
        "md",
        "fr",
        "table-member-of-column",
        "hand-written",
        "Markdown table 'Organisation | Pays | Membre de': the coalition has its own row, its members name it "
        "in the third column (in full or by its acronym); rows without a coalition sign directly.",
    )
    d.title("Déclaration des associations des deux rives pour l'accès aux soins")
    d.blank()
    d.para(
        "Trop de personnes exilées renoncent aux soins faute d'interprète, d'adresse ou de couverture maladie. "
        "Nous demandons un accès aux soins sans condition de séjour, des interprètes professionnels dans les "
        "hôpitaux et des permanences de santé dans les lieux d'accueil."
    )
    d.blank()
    d.line("Marseille, le 2 février 2026")
    d.blank()
    d.heading("Organisations signataires", 2)
    d.blank()
    rss = coal("Réseau Santé Sans Frontières des Deux Rives (RSSDR)")
    rows = [
        [[rss], ["Régional"], [""]],
        [[org("Association Soins Pour Tous Oran", ["DZ"], of=rss)], ["Algérie"], [rss.name]],
        [[org("Collectif Médecins Solidaires de Sfax", ["TN"], of=rss)], ["Tunisie"], ["RSSDR"]],
        [[org("Permanence Santé Exil Nice", ["FR"], of=rss)], ["France"], ["RSSDR"]],
        [[org("Maison de Santé Communautaire de Tanger", ["MA"])], ["Maroc"], [""]],
        [[org("Interprètes Solidaires", ["FR"])], ["France"], [""]],
    ]
    d.table(["Organisation", "Pays", "Membre de"], rows)
    for t in ["Régional", "Algérie", "Tunisie", "France", "Maroc", "RSSDR"]:
        d.na(t)
    d.notes = "The 'Membre de' column gives each member's coalition; the coalition's own row is its one mention."
    docs.append(d)

    # H20 en, a 'Members of X:' paragraph separate from X's line ------------------------------------
    d = Doc(
        "hw-20-en-members-paragraph",
        "txt",
        "en",
        "lines-members-paragraph",
        "hand-written",
        "Plain lines under 'Endorsing organizations:' (the coalition among them, flat); a separate paragraph "
        "'Members of the Coastal Shelter Alliance: A, B and C.' naming it again; a country after a dash; "
        "'Individual endorsements:' persons one per line.",
    )
    d.title("Statement on Hurricane Displacement and Temporary Protection")
    d.blank()
    d.para(
        "After each hurricane season thousands of people cross borders to stay with relatives and then lose "
        "their status when their visitor permits expire. We ask governments to grant temporary protection "
        "for the length of the reconstruction and to suspend removals to the areas that were hit."
    )
    d.blank()
    d.line("Kingston, 30 October 2026")
    d.line("Contact: displacement@example.org")
    d.blank()
    csa = coal("Coastal Shelter Alliance")
    d.heading("Endorsing organizations:", 0)
    d.item(0, "", org("Island Rebuild Collective", ["JM"], " - Jamaica"))
    d.item(0, "", csa)
    d.item(0, "", org("Windward Migrant Welfare Society", ["LC"], " - Saint Lucia"))
    d.item(0, "", org("Hurricane Survivors Legal Aid", ["BS"], " - Bahamas"))
    d.blank()
    d.para(
        f"Members of the {csa.name}: ",
        *join_list(
            [
                org("Bayfront Emergency Housing", of=csa),
                org("Leeward Families Network", of=csa),
                org("Shelter Point Caribbean", of=csa),
            ],
            ", ",
            " and ",
        ),
        ".",
    )
    d.blank()
    d.heading("Individual endorsements:", 0)
    d.item(0, "", person("Marisol Thompson"))
    d.item(0, "", person("Errol Campbell"))
    d.na(f"Members of the {csa.name}:")
    d.notes = "The Coastal Shelter Alliance is named again to introduce its members: one agent."
    docs.append(d)
    return docs


def round4_hand_docs() -> list[Doc]:
    """Hand-written statements added when the third held-out set became development data (round 4):
    tables with a type column across PDF pages, letter headings, regional headings, entries joined by
    ' · ' or ' | ' on one line, coalition paragraphs after the list, persons marked as signing in a
    personal capacity, and closing contact blocks. Languages differ from the held-out instances."""
    docs: list[Doc] = []

    # H21 fr, PDF table Nom | Type | Pays over two pages, then a paragraph naming the network's members --
    d = Doc(
        "hw-21-fr-pdf-type-table",
        "pdf",
        "fr",
        "pdf-table-name-type-country",
        "hand-written",
        "PDF table 'Nom | Type | Pays' that runs onto a second page (header row repeated, running header, "
        "'Page i sur n' footer); the Type cell says association, network or person and is never a name; a "
        "network row with 'Régional'; a nationality in a name whose country cell says otherwise; after the "
        "table, a paragraph 'Le Réseau …, qui réunit A (Pays), B … et D, signe au nom de …' naming the network "
        "again; a closing contact block.",
    )
    d.title("Travailleuses domestiques migrantes : appel pour un contrat type commun")
    d.para(
        "Dans nos pays, des dizaines de milliers de femmes logent chez leur employeur, sans horaires écrits ni "
        "jour de repos garanti. Nous demandons un contrat type commun, traduit dans leur langue, un salaire versé "
        "sur un compte à leur nom et le droit de changer d'employeur sans perdre leur titre de séjour."
    )
    d.line("Genève, le 14 octobre 2026")
    d.begin_list()
    d.pdf_header = "Appel commun · travail domestique · octobre 2026"
    d.page_capacity = 120.0
    d.heading("Signataires", 0)
    rcsf = coal("Réseau Care Sans Frontières (RCSF)")
    kinds = {"a": "Association", "s": "Syndicat", "c": "Collectif", "p": "Personne (à titre personnel)"}
    entries = [
        (org("Association des Aides à Domicile de Lausanne", ["CH"]), "a", "Suisse"),
        (org("Syndicat des Employées de Maison du Rhône", ["FR"]), "s", "France"),
        (org("Collectif Nounous Solidaires", ["BE"]), "c", "Belgique"),
        (org("Maison des Travailleuses Philippines de Paris", ["FR"]), "a", "France"),
        (rcsf, "Réseau", "Régional"),
        (org("Centre d'Accueil des Gens de Maison de Beyrouth", ["LB"]), "a", "Liban"),
        (org("Union des Femmes Migrantes du Québec", ["CA"]), "s", "Canada"),
        (org("Permanence Juridique Travail Domestique", ["LU"]), "a", "Luxembourg"),
        (org("Amicale des Gouvernantes Malgaches de Lyon", ["FR"]), "a", "France"),
        (org("Observatoire du Travail du Care", ["MA"]), "a", "Maroc"),
        (person("Dr Élise Vandamme", ("BE",)), "p", "Belgique"),
        (person("Me Karim Bensaïd", ("FR",)), "p", "France"),
        (person("Sr Marie-Noëlle Kaboré", ("BF",)), "Individuelle", "Burkina Faso"),
        (person("Thérèse Mukamana", ("RW",)), "Personne", "Rwanda"),
    ]
    rows = [[[agent], [kinds.get(kind, kind)], [country]] for agent, kind, country in entries]
    d.table(["Nom", "Type", "Pays"], rows)
    for _, kind, country in entries:
        d.na(kinds.get(kind, kind))
        d.na(country)
    d.blank()
    d.para(
        f"Le {rcsf.name}, qui réunit ",
        org("Association Mains Tendues", ["SN"], " (Sénégal)", of=rcsf),
        ", ",
        org("Collectif des Aidantes de Genève", ["CH"], " (Suisse)", of=rcsf),
        ", ",
        org("Foyer Sainte-Zita de Milan", of=rcsf),
        " et ",
        org("Ligue des Employées de Maison du Togo", of=rcsf, in_name=("TG",)),
        ", signe au nom de l'ensemble de ses membres.",
    )
    d.blank()
    d.line("Contact :")
    d.line("Odile Marchand, coordination")
    d.line("o.marchand@contrat-commun.example")
    d.notes = (
        "The Type column is no part of a name: 'Personne (à titre personnel)', 'Individuelle' and 'Personne' "
        "make persons, titles kept as printed. 'Maison des Travailleuses Philippines de Paris' is in France "
        "(its country cell): the nationality in its name gives no country. The network is named again in the "
        "paragraph after the table: one agent, listed once. The person of the contact block does not sign."
    )
    docs.append(d)

    # H22 es, DOCX under letter headings, a network 'que agrupa a:' with nested members ------------------
    d = Doc(
        "hw-22-es-docx-letter-headings",
        "docx",
        "es",
        "docx-letter-headings",
        "hand-written",
        "Word file: 'Adhesiones (A–Z)', then one-letter headings ('A', 'B', …) over 'List Bullet' items with "
        "countries in parentheses; a network 'que agrupa a:' whose members are 'List Bullet 2'; persons among "
        "the organizations marked '(a título personal)', with titles (Dra., Pbro.) and a surname-first name; a "
        "closing 'Contacto:' block.",
    )
    d.title("Declaración por la salud de las personas migrantes en tránsito")
    d.para(
        "En la ruta hacia el norte, miles de personas pasan semanas sin ver a un médico. Pedimos a los "
        "ministerios de salud que atiendan a toda persona en tránsito sin pedirle documentos, que los albergues "
        "reciban medicamentos básicos y que la atención prenatal sea gratuita en las ciudades de frontera."
    )
    d.line("Tapachula, 9 de octubre de 2026")
    d.heading("Adhesiones (A–Z)", 0)
    csm = coal("Colectiva Salud en Movimiento (CSM)")
    letters: list[tuple[str, list[tuple[int, list[Seg]]]]] = [
        ("A", [(0, [org("Albergue Hermanas de la Frontera", ["MX"], " (México)")]),
               (0, [org("Asociación de Enfermeras Voluntarias del Soconusco", ["MX"], " (México)")])]),
        ("B", [(0, [org("Brigada Médica Caminantes", ["GT"], " (Guatemala)")])]),
        ("C", [(0, [csm, ", que agrupa a:"]),
               (1, [org("Consultorio Popular San Roque", ["SV"], " (El Salvador)", of=csm)]),
               (1, [org("Red de Parteras del Petén", ["GT"], " (Guatemala)", of=csm)]),
               (1, [org("Farmacia Solidaria La Esperanza", of=csm)]),
               (0, [org("Comedor Migrante Tres Ríos", ["MX"], " (México)")])]),
        ("D", [(0, [person("Dra. Inés Calderón Vega", ("MX",), " (a título personal) (México)")]),
               (0, [org("Defensoría Itinerante de Salud", ["HN"], " (Honduras)")])]),
        ("M", [(0, [org("Mesa de Salud Migrante de Tenosique", ["MX"], " (México)")]),
               (0, [person("Pbro. Julián Ortega Ruiz", (), " (a título personal)")])]),
        ("R", [(0, [person("Ruiz Aldana, Carmen", ("CO",), " (a título personal) (Colombia)")])]),
        ("S", [(0, [org("Salud Sin Fronteras Centroamérica")])]),
    ]  # fmt: skip
    for letter, items in letters:
        d.heading(letter, 3)
        for level, segs in items:
            d.item(level, "", *segs)
    d.na("(a título personal)")
    d.line("Contacto:")
    d.line("Verónica Salinas Paredes")
    d.line("prensa@saludentransito.example")
    d.notes = (
        "The letter headings are no agents. '(a título personal)' makes a person and is no part of the name; "
        "'Ruiz Aldana, Carmen' is one person written surname first. 'Centroamérica' in a name is a region, no "
        "country. The person of the contact block does not sign."
    )
    docs.append(d)

    # H23 en, plain text: regional headings, entries joined by ' | ' and ' · ', a coalition with indented members
    d = Doc(
        "hw-23-en-regions-joined-lines",
        "txt",
        "en",
        "txt-regions-joined-lines",
        "hand-written",
        "Plain text under 'Signed by:': regional headings in capitals (EAST AFRICA, SOUTHERN AFRICA, MIDDLE "
        "EAST) that are no agents and give no country; several 'Org (Country)' entries on one line joined by "
        "' | ' or ' · '; a platform 'which brings together:' with its members indented below; a nationality in a "
        "name; persons '(in a personal capacity)' joined by ' · ' under 'Individuals', with titles; a closing "
        "contact block.",
    )
    d.title("Coming home with dignity: joint statement on support for returning migrants")
    d.blank()
    d.para(
        "People who come back after years of work abroad often find that their savings, their skills and their "
        "pension rights count for nothing at home. We ask governments to recognise qualifications earned abroad, "
        "to transfer social security contributions and to fund local centres where returnees get advice."
    )
    d.blank()
    d.line("Nairobi, 2 December 2026")
    d.blank()
    d.heading("Signed by:", 0)
    d.blank()
    sarp = coal("Southern Africa Returnee Platform (SARP)")
    d.heading("EAST AFRICA", 0)
    d.para(
        org("Kampala Returnees Forum", ["UG"], " (Uganda)"),
        " | ",
        org("Mombasa Port Migrants Desk", ["KE"], " (Kenya)"),
        " | ",
        org("Horn Mobility Watch"),
    )
    d.para(org("Addis Women Returnees Collective", ["ET"], " (Ethiopia)"))
    d.blank()
    d.heading("SOUTHERN AFRICA", 0)
    d.para(
        org("Lusaka Legal Aid for Migrants", ["ZM"], " (Zambia)"),
        " · ",
        org("Harare Diaspora Link", ["ZW"], " (Zimbabwe)"),
        " · ",
        org("Cape Flats Refugee Hub", ["ZA"], " (South Africa)"),
    )
    d.para(sarp, ", which brings together:")
    d.item(1, "    ", org("Gaborone Reintegration Trust", ["BW"], " (Botswana)", of=sarp))
    d.item(1, "    ", org("Maseru Cross-Border Traders Union", ["LS"], " (Lesotho)", of=sarp))
    d.item(1, "    ", org("Nyasa Homecoming Association", of=sarp))
    d.blank()
    d.heading("MIDDLE EAST", 0)
    d.para(
        org("Amman Domestic Workers Shelter", ["JO"], " (Jordan)"),
        " · ",
        org("Kenyan Workers Abroad Network", ["QA"], " (Qatar)"),
    )
    d.blank()
    d.heading("Individuals", 0)
    d.para(
        person("Rev. Grace Atieno", ("KE",), " (in a personal capacity) (Kenya)"),
        " · ",
        person("Dr. Tomasz Wielgosz", (), " (in a personal capacity)"),
        " · ",
        person("Amina Yusuf Haji", ("SO",), " (in a personal capacity) (Somalia)"),
    )
    d.na("(in a personal capacity)")
    d.blank()
    d.line("Contact:")
    d.line("Wanjiru Kamau, campaign coordinator")
    d.line("returnees@cominghome.example")
    d.notes = (
        "Regional headings are no agents and give no country. 'Kenyan Workers Abroad Network' is in Qatar (its "
        "suffix): the nationality in its name gives no country. The person of the contact block does not sign."
    )
    docs.append(d)

    # H24 es, plain text: sector headings with counts, 'SIGLA - Nombre (País)', a network '(red), en
    # nombre de:' whose members run across a page break with a shortened running title
    d = Doc(
        "hw-24-es-sector-counts",
        "txt",
        "es",
        "lines-sector-counts-acronym",
        "hand-written",
        "Plain text under 'Respaldan:': sector headings with counts ('Asociaciones civiles (4)', 'Redes (1)', "
        "'Personas (2)') that are no agents; entries 'SIGLA – Nombre (País)' (the acronym kept in the name); a "
        "network '(red), en nombre de:' with indented '–' members across a page break that repeats a shortened "
        "title and 'Página 2 de 2'; a '(colectivo)' marker before the country; 'Firmas tardías:'.",
    )
    d.title("TRABAJO DIGNO EN EL CAMPO: DECLARACIÓN CONJUNTA SOBRE LAS PERSONAS JORNALERAS MIGRANTES")
    d.blank()
    d.para(
        "Miles de personas cruzan cada temporada para cosechar fruta y hortalizas con contratos que nadie les "
        "explica. Pedimos a los gobiernos de origen y de destino que prohíban el cobro de comisiones, que "
        "inspeccionen los albergues de los campos y que garanticen atención médica sin importar el estatus."
    )
    d.blank()
    d.heading("Respaldan:", 0)
    d.blank()
    d.heading("Asociaciones civiles (4)", 0)
    d.item(0, "", org("AJOM – Alianza de Jornaleras del Occidente de México", ["MX"], " (México)"))
    d.item(0, "", org("CEDA – Centro de Estudios del Agro Andino", ["PE"], " (Perú)"))
    d.item(0, "", org("Casa del Cosechador de Huelva", ["ES"], " (España)"))
    d.item(0, "", org("Colectivo Manos de la Tierra", ["GT"], " (colectivo) (Guatemala)"))
    d.na("(colectivo)")
    d.blank()
    d.heading("Redes (1)", 0)
    rtc = coal("RTC – Red Temporeros del Cono Sur")
    d.item(0, "", rtc, " (red), en nombre de:")
    d.item(1, "      – ", org("Sindicato Rural de Curicó", ["CL"], " (Chile)", of=rtc))
    d.item(1, "      – ", org("Asociación de Cosecheras de Mendoza", ["AR"], " (Argentina)", of=rtc))
    d.blank()
    d.line("Trabajo digno en el campo – declaración conjunta")
    d.line("Página 2 de 2")
    d.blank()
    d.item(1, "      – ", org("Comité de Temporeras de Salto", ["UY"], " (Uruguay)", of=rtc))
    d.blank()
    d.heading("Personas (2)", 0)
    d.item(0, "", person("Dra. Elvira Cutipa Mamani", ("BO",), " (Bolivia)"))
    d.item(0, "", person("Pbro. Anselmo Quispe Ríos", ("PE",), " (Perú)"))
    d.blank()
    d.heading("Firmas tardías:", 0)
    d.item(0, "", org("FUTRA – Fundación Trabajo y Raíz", ["CO"], " (Colombia)"))
    d.blank()
    d.line("Prensa: Lucía Cárdenas, prensa@trabajodigno.example")
    d.notes = (
        "The sector headings with counts are no agents. The acronym before the dash is part of each name. "
        "'(red)' and '(colectivo)' are layout markers, not part of names. The network's members continue "
        "after the page furniture. 'Firmas tardías' are direct signatories."
    )
    docs.append(d)

    # H25 pt, plain text: the signatories open a letter (heading on the first line, bullets below),
    # a network '(rede), em nome de:' with nested members; a later list after the letter
    d = Doc(
        "hw-25-pt-signatories-first",
        "txt",
        "pt",
        "txt-signatories-first",
        "hand-written",
        "Open letter whose list comes first: 'As organizações e pessoas abaixo assinadas' on the first line, "
        "bullets below (a network '(rede), em nome de:' with nested members, 'A título individual:' persons), "
        "then the place and date, addressee, 'Assunto:', salutation and body; 'Assinam também:' after the "
        "closing formula; a contact line.",
    )
    d.heading("As organizações e pessoas abaixo assinadas", 0)
    d.item(0, "- ", org("Casa de Acolhida Rio Doce", ["BR"], " (Brasil)"))
    d.item(0, "- ", org("Associação Famílias Sem Muros", ["PT"], " (Portugal)"))
    rma = coal("Rede Mãos Atlânticas")
    d.item(0, "- ", rma, " (rede), em nome de:")
    d.na("(rede)")
    d.item(1, "  - ", org("Centro Comunitário Ilha do Fogo", ["CV"], " (Cabo Verde)", of=rma))
    d.item(1, "  - ", org("Grupo de Apoio Mulemba", ["AO"], " (Angola)", of=rma))
    d.item(0, "- ", org("Instituto Reencontro Familiar", ["BR"], " (Brasil)"))
    d.heading("A título individual:", 0)
    d.item(0, "- ", person("Profa. Dra. Marta Valadares", ("BR",), " (Brasil)"))
    d.item(0, "- ", person("Ir. Joana Teixeira", ("MZ",), " (Moçambique)"))
    d.line("Lisboa, 1 de dezembro de 2026")
    d.line("Ao Senhor Ministro da Administração Interna")
    d.line("Assunto: prazos do reagrupamento familiar")
    d.line("Senhor Ministro,")
    d.para(
        "Crianças esperam mais de dois anos para se juntarem a um pai ou a uma mãe a quem foi reconhecida "
        "proteção internacional. Pedimos um prazo máximo de seis meses e a dispensa das taxas de prova."
    )
    d.line("Com os melhores cumprimentos.")
    d.heading("Assinam também:", 0)
    d.item(0, "- ", org("Coletivo Pais Separados do Porto", ["PT"], " (Portugal)"))
    d.line("Contato: reagrupar@familias.example")
    d.notes = (
        "The heading on the first line opens the list; the letter's place, addressee, subject and salutation "
        "are no agents. '(rede)' is a layout marker. 'Assinam também' are direct signatories."
    )
    docs.append(d)

    # H26 en, plain text: a place on its own line below each name (a card grid copied as text); a
    # network with a 'network' badge line, 'Regional', and 'on behalf of:' alone below it
    d = Doc(
        "hw-26-en-place-lines",
        "txt",
        "en",
        "txt-place-below-name",
        "hand-written",
        "Plain text copied from a card grid: 'Endorsed by' then each name with its country on the next line; "
        "a network card with a 'network' badge line, 'Regional' and 'on behalf of:' alone on a line above its "
        "bulleted members; a second network whose members follow 'on behalf of:' inline, separated by "
        "semicolons; 'Individual endorsers' with titles and countries below.",
    )
    d.title("Open the ports: a call on sea rescue in the Mediterranean")
    d.blank()
    d.para(
        "Every week people drown while rescue ships wait in port for permission to sail. We call on coastal "
        "states to coordinate rescue at once and to let every ship land survivors at the nearest safe port."
    )
    d.blank()
    d.heading("Endorsed by", 0)
    d.para(org("Harbour Watch Volunteers", ["MT"]))
    d.line("Malta")
    d.para(org("Lighthouse Legal Collective", ["IT"]))
    d.line("Italy")
    bsn = coal("Blue Sea Solidarity Network")
    d.para(bsn)
    d.line("network")
    d.line("Regional")
    d.line("on behalf of:")
    d.item(0, "- ", org("Aegean Night Watch", ["GR"], " (Greece)", of=bsn))
    d.item(0, "- ", org("Ceuta Welcome Kitchen", ["ES"], " (Spain)", of=bsn))
    d.para(org("Tunis Boat Families Association", ["TN"]))
    d.line("Tunisia")
    lsa = coal("Levant Shore Alliance")
    d.para(lsa)
    d.line("network")
    d.para("on behalf of: ", org("Tyre Fishermen Aid", ["LB"], " (Lebanon)", of=lsa), "; ",
           org("Limassol Port Chaplaincy", ["CY"], " (Cyprus)", of=lsa))  # fmt: skip
    d.heading("Individual endorsers", 0)
    d.para(person("Dr. Helena Borg", ("MT",)))
    d.line("Malta")
    d.para(person("Rev. Samuel Okafor", ("IT",)))
    d.line("Italy")
    d.line("Press: press@opentheports.example")
    for badge in ("network", "Regional", "Malta", "Italy", "Tunisia", "on behalf of:"):
        d.na(badge)
    d.notes = (
        "The country on the line below a name is that name's place. The badge 'network' and 'Regional' are no "
        "agents and give no country; 'on behalf of:' opens the network's members."
    )
    docs.append(d)
    return docs


# --------------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------------

README_HEAD = """# Signatory-layout corpus

Documents that lay out civil-society signatory lists the ways real statements do, each with an exact
gold file. **Generated** by `benchmarks/make_layouts.py` (deterministic, byte-identical run to run):
edit the script, not the files, then run

    .venv/bin/python benchmarks/make_layouts.py --check

which rebuilds everything and checks that every gold name occurs, in gold order, in the text read back
from each document (PDF with pdfplumber, one column at a time; DOCX with python-docx; HTML with the
standard library), and that every `not_agents` string occurs too.

- `seed/`: the seed statement's curated signatories (`data/statements/lac-2025-santiago.yaml`,
  `organizations.csv`, `memberships.csv`, `persons.csv`, `based_in.csv`), re-laid out. The title,
  demands, dates, places and contacts are invented; the names are the curated ones (`written_as`; an
  organization written two ways signs directly with the spelling its coalition entry does not use, as
  in the source). The gold is the curated truth: 43 direct signatories (one of them the coalition),
  the coalition's 54 member organizations and 9 persons; 6 organizations appear twice (directly and as
  members).
- `handwritten/`: 41 invented statements (12 en, 11 es, 8 pt, 10 fr) with invented organizations and persons
  that are not in the graph: `hw-01` … `hw-12` first (four of them, `hw-02`, `hw-05`, `hw-08`,
  `hw-11`, held out until their first measurement), `hw-13` … `hw-20` added for layouts those did
  not cover, `hw-21` … `hw-23` for the layouts of the third held-out set (type columns across PDF
  pages, letter and regional headings, entries joined by ' · ' or ' | ', coalition paragraphs,
  persons signing in a personal capacity, closing contact blocks), in other languages than its own;
  `hw-24` … `hw-26` for the layouts of the fourth and fifth held-out sets (sector headings with
  counts, 'ACRONYM – Name' entries, '(red)'/'(rede)'/'(network)' markers with 'en nombre de:' /
  'em nome de:' / 'on behalf of:' members, a running title inside members, a list opening a letter
  with a later list after it, a place on its own line below each name), in other languages than theirs.
  `hw-27` for a layout of the sixth held-out set (capital section headings underlined with dashes,
  a network with 'Grupos miembros firmantes:' below it, a closing 'Coordinado por' sentence).
  `hw-28` … `hw-30` for coalition membership laid out without a known cue (seventh held-out set): a
  one-word cue line below a card, an unknown clause before a colon above a list (after a place
  line in Word signature blocks), a network named again by its acronym, members between dashes.
  `hw-31` … `hw-33` for layouts of the seventh held-out set (bold names with a description after a
  dash under sector headings, signature blocks with a 'Town, Country' line and a 'By:' representative,
  sector lines above entries, a petition's latest signatures with time stamps and buttons), in other
  languages than theirs.
  `hw-37` for plain-text layout marks of the eighth to tenth held-out sets (a forwarded e-mail quoted
  with '> ', signatories in fixed-width columns with a column title line and rulers, a network's members
  drawn as a tree) and `hw-38` for their Word forms (countries after a tab stop, members indented by
  paragraph formatting, entries separated by manual line breaks), in other languages than theirs.

## Gold format (`<stem>.gold.yaml`)

```yaml
document: <file name>
format: txt|md|html|pdf|docx
language: en|es|pt|fr
layout: <slug>
origin: seed-relaid | hand-written
notes: "..."                 # optional: how a doubtful case was decided
signatories:                 # every agent, in document order
  - name: "Casa del Migrante de Saltillo (CDMS)"   # exactly as printed, without country suffix/column
    read_as: organization | coalition | person
    member_of: "Latin American Bloc on Migration (LAC Bloc)"  # its coalition's `name` in this list; absent if direct
    countries: [MX]          # ISO 3166-1 alpha-2 the document states for it; [] if none
    countries_in_name: [MX]  # optional: those of `countries` stated only by words of the name itself
    supporter: true          # optional: listed under 'Con el apoyo de:' / 'Supported by:' (still a signatory)
not_agents:                  # strings present in the document that must never be read as agents
  - "Firmantes / Signatories:"
```

Conventions:

- `name` is the agent's name as printed, with acronyms, legal forms ('AC', 'IAP', ', ONG'), taglines
  and dash-acronyms ('Central Autónoma de Trabajadores del Perú - CATP') kept, and without the country
  suffix, city+country suffix ('– Tucson, United States'), parentheses '(México)', table column, or the
  non-country suffix '- Regional' that some layouts add. A wrapped PDF name is the unwrapped,
  unhyphenated name.
- `countries` follows the curated seed (`based_in.csv`): a country said by the name counts ('Grenada
  Red Cross Society', '… en Argentina', 'South Texas Human Rights Center'); those are also listed in
  `countries_in_name` when the layout prints no suffix or column for them, so an evaluation can score
  suffix/column reading alone by ignoring them. A nationality ('Asociación de Bolivianas en Córdoba',
  'Associação dos Haitianos de Chapecó') or working area ('Coalición por Venezuela') is no country.
- A coalition named twice (in the list, and again to introduce its members: 'Integran el …:',
  'Members of the …:') is one agent, listed once, at its first mention.
- Persons listed under a coalition are its members (`member_of`); persons in a separate
  'A título individual' section sign directly.
- Supporters ('Con el apoyo de:', 'Supported by:', 'Com o apoio de:', 'Avec le soutien de :') are read
  as direct signatories with `supporter: true` (said in each such file's `notes`).
- `not_agents` holds headings, sub-headings ('Individual defenders:'), the title, date and place lines,
  contact lines, page headers and footers ('Page 2 of 3'), table headers and country cells, web-page
  furniture (navigation, cookie banner, share links, footer, the site's publisher), affiliations given
  'for identification only', and trailers like 'and 35 more organizations'.

## Documents

| file | format | lang | layout | signatories (coalitions / members / persons) | what it tests |
|---|---|---|---|---|---|
"""


def readme(docs: list[Doc]) -> str:
    rows = []
    for d in docs:
        ags = d.agents()
        n_coal = sum(a.read_as == "coalition" for a in ags)
        mem = sum(a.member_of is not None for a in ags)
        per = sum(a.read_as == "person" for a in ags)
        rel = d.path.relative_to(OUT).as_posix()
        desc = re.sub(r"(<[a-z/]+>)", r"`\1`", d.description.replace("|", "\\|"))
        rows.append(f"| `{rel}` | {d.fmt} | {d.lang} | {d.layout} | {len(ags)} ({n_coal} / {mem} / {per}) | {desc} |")
    return README_HEAD + "\n".join(rows) + "\n"


# --------------------------------------------------------------------------------------------------
# Check: read every document back and find its gold
# --------------------------------------------------------------------------------------------------


class _Text(HTMLParser):
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "tr",
            "td",
            "th",
            "div",
            "nav",
            "header",
            "footer",
            "table",
            "br",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def read_back(doc: Doc) -> str:
    p = doc.path
    if doc.fmt in ("txt", "md"):
        return p.read_text(encoding="utf-8")
    if doc.fmt == "html":
        parser = _Text()
        parser.feed(p.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    if doc.fmt == "docx":
        from docx import Document

        d = Document(str(p))
        out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith("}tc"):
                        out.append("".join(t.text or "" for t in tr.iter() if t.tag.endswith("}t")))
        return "\n".join(out)
    if doc.fmt == "pdf":
        import pdfplumber

        out = []
        with pdfplumber.open(str(p)) as pdf:
            for n, page in enumerate(pdf.pages):
                w, h = page.width, page.height
                out.append(page.crop((0, 0, w, HEADER_BAND)).extract_text() or "")
                if n == 0:
                    out.append(page.crop((0, HEADER_BAND, w, FOOTER_BAND)).extract_text() or "")
                else:
                    cols = doc.columns
                    col_w = (w - 2 * MARGIN - GAP * (cols - 1)) / cols
                    for c in range(cols):
                        x0 = 0 if c == 0 else MARGIN + c * (col_w + GAP) - GAP / 2
                        x1 = w if c == cols - 1 else MARGIN + (c + 1) * col_w + c * GAP + GAP / 2
                        out.append(page.crop((x0, HEADER_BAND, x1, FOOTER_BAND)).extract_text() or "")
                out.append(page.crop((0, FOOTER_BAND, w, h)).extract_text() or "")
        text = "\n".join(out)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    raise ValueError(doc.fmt)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def graph_names() -> set[str]:
    names = set()
    for r in read_csv("organizations.csv"):
        names.add(r["pref_label"].casefold())
        names.update(s.casefold() for s in r["written_as"].split(SPELLING_SEPARATOR))
    for r in read_csv("persons.csv"):
        names.add(r["name"].casefold())
    return names


def check(docs: list[Doc]) -> int:
    errors = 0
    known = graph_names()
    for d in docs:
        text = norm(read_back(d))
        gold = yaml.safe_load(d.path.with_name(f"{d.stem}.gold.yaml").read_text(encoding="utf-8"))
        assert gold["document"] == d.path.name
        pos = 0
        names = set()
        for s in gold["signatories"]:
            name = norm(s["name"])
            names.add(name)
            i = text.find(name, pos)
            if i < 0:
                errors += 1
                where = "out of order" if name in text else "missing"
                print(f"{d.stem}: {where}: {name!r}")
                continue
            pos = i + 1
            if d.origin == "hand-written" and s["name"].casefold() in known:
                errors += 1
                print(f"{d.stem}: {s['name']!r} is in the graph")
        for s in gold["not_agents"]:
            if norm(s) not in text:
                errors += 1
                print(f"{d.stem}: not_agent missing: {s!r}")
            if norm(s) in names:
                errors += 1
                print(f"{d.stem}: not_agent is a gold name: {s!r}")
        members_of = {s["member_of"] for s in gold["signatories"] if s.get("member_of")}
        coalitions = {s["name"] for s in gold["signatories"] if s["read_as"] == "coalition"}
        if not members_of <= coalitions:
            errors += 1
            print(f"{d.stem}: member_of names no coalition of the list: {members_of - coalitions}")
    return errors


def round6_hand_docs() -> list[Doc]:
    """A layout of the sixth held-out set, in another language than its own."""
    docs: list[Doc] = []

    # H27 es, plain text: capital section headings underlined with '-----' (a rule under a heading ends
    # nothing), a network marked '— regional' with 'Grupos miembros firmantes:' alone below it, other
    # organizations, persons ', Ciudad, País' with hyphenated surnames, a closing 'Coordinado por …'
    d = Doc(
        "hw-27-es-underlined-sections",
        "txt",
        "es",
        "txt-underlined-network-sections",
        "hand-written",
        "Plain text with capital section headings underlined with dashes: 'REDES QUE RESPALDAN' (a network "
        "line ending '— regional', then 'Grupos miembros firmantes:' and starred members with countries in "
        "parentheses), 'OTRAS ORGANIZACIONES QUE RESPALDAN' and 'PERSONAS' (', Ciudad, País' after each name, "
        "hyphenated surnames); a closing 'Coordinado por …' sentence and a contact line.",
    )
    d.title("DECLARACIÓN POR UNA MOVILIDAD CLIMÁTICA SEGURA")
    d.line("==============================================")
    d.blank()
    d.para(
        "Las sequías largas y las crecidas de los ríos ya obligan a muchas familias andinas a dejar sus "
        "tierras. Pedimos visados humanitarios y programas de reubicación decididos con las comunidades."
    )
    d.blank()
    d.heading("REDES QUE RESPALDAN", 0)
    d.line("-------------------")
    d.blank()
    red = coal("Red Andina de Movilidad Climática (RAMC)")
    d.item(0, "", red, " — regional")
    d.na("— regional")
    d.line("  Grupos miembros firmantes:")
    d.item(1, "    * ", org("Colectivo Agua Viva del Altiplano", ["BO"], " (Bolivia)", of=red))
    d.item(1, "    * ", org("Comunidad Campesina Nueva Esperanza", ["PE"], " (Perú)", of=red))
    d.item(1, "    * ", org("Asociación Páramo Vivo", ["EC"], " (Ecuador)", of=red))
    d.blank()
    d.heading("OTRAS ORGANIZACIONES QUE RESPALDAN", 0)
    d.line("----------------------------------")
    d.blank()
    d.item(0, "  - ", org("Fundación Glaciar Blanco", ["CL"], " (Chile)"))
    d.item(0, "  - ", org("Clínica Jurídica Ríos y Montañas", ["CO"], " (Colombia)"))
    d.blank()
    d.heading("PERSONAS", 0)
    d.line("--------")
    d.blank()
    d.item(0, "  - ", person("Rosa Quispe-Mamani", ("PE",), ", Cusco, Perú"))
    d.item(0, "  - ", person("Andrés Villca-Choque", ("BO",), ", Oruro, Bolivia"))
    d.item(0, "  - ", person("Marcela Ortúzar"))
    d.blank()
    d.line("Coordinado por la secretaría de la Red Andina de Movilidad Climática.")
    d.line("Para sumar su red, escriba a adhesiones@ramc.example")
    d.notes = (
        "The underlines are no rules that end the list. '— regional' and 'Grupos miembros firmantes:' are "
        "no part of any name; the town between a person's name and country is no part of the name."
    )
    docs.append(d)
    return docs


def round7a_hand_docs() -> list[Doc]:
    """Coalition membership laid out without a cue the lexicon knows (seventh held-out set), each in
    another language than the held-out document that showed it."""
    docs: list[Doc] = []

    # H28 fr, web page: cards with the country below each name; a network card whose members follow a
    # one-word cue line 'Relie :' as a <ul>; a platform line with a descriptor and an unknown clause
    # ending in a colon above a <ul> at the same depth; a sentence naming a collective by its acronym.
    d = Doc(
        "hw-28-fr-html-cards-structural-members",
        "html",
        "fr",
        "webpage-cards-structural-members",
        "hand-written",
        "Saved page of cards (name, then the country on the next line); a network card with 'Régional' and a "
        "one-word cue line 'Relie :' above a list of members; a platform line 'X (PX) — coordination nationale, "
        "qui porte la voix de :' above a list at the same depth; a sentence 'Le CSA signe pour l'ensemble de "
        "ses membres : A, B et C.' naming a collective read earlier by its acronym.",
    )
    d.title("Appel : des guichets d'asile ouverts toute l'année")
    d.blank()
    d.para(
        "Dans plusieurs préfectures, il faut des semaines pour simplement déposer une demande d'asile. Nous "
        "demandons des rendez-vous sous trois jours, des interprètes présents et un accueil sans condition."
    )
    d.blank()
    d.heading("Organisations signataires", 2)
    d.para(org("Accueil Fraternel des Deux Rives", ["FR"]))
    d.line("France")
    d.para(org("Maison de la Solidarité de Namur", ["BE"]))
    d.line("Belgique")
    rdc = coal("Réseau des Cantines Solidaires")
    d.para(rdc)
    d.line("Régional")
    d.line("Relie :")
    d.item(0, "- ", org("Cantine du Quai de Seine", ["FR"], " (France)", of=rdc))
    d.item(0, "- ", org("Table Ouverte de Charleroi", ["BE"], " (Belgique)", of=rdc))
    d.item(0, "- ", org("Repas Partagés de Lausanne", ["CH"], " (Suisse)", of=rdc))
    pdf_ = coal("Plateforme des Droits des Familles (PLADEF)")
    d.para(pdf_, " — coordination nationale, qui porte la voix de :")
    d.na("— coordination nationale, qui porte la voix de :")
    d.item(0, "- ", org("Parents Sans Papiers de Lille", ["FR"], " (France)", of=pdf_))
    d.item(0, "- ", org("Association Enfance et Exil", ["FR"], " (France)", of=pdf_))
    d.para(org("Permanence Droit des Étrangers de Liège", ["BE"]))
    d.line("Belgique")
    d.para(org("Cercle Citoyen d'Hospitalité de Sion", ["CH"]))
    d.line("Suisse")
    d.para(org("Association Route Libre de Grenoble", ["FR"]))
    d.line("France")
    d.para(org("Boussole Solidaire de Luxembourg", ["LU"]))
    d.line("Luxembourg")
    csa = coal("Collectif Solidarité Asile (CSA)", ("FR",))
    d.para(csa)
    d.line("France")
    d.para(
        "Le CSA signe pour l'ensemble de ses membres : ",
        org("Atelier Juridique du Nord", ["FR"], " (France)", of=csa),
        ", ",
        org("Foyer Saint-Martin de Tours", ["FR"], " (France)", of=csa),
        " et ",
        org("Comité Accueil Genevois", ["CH"], " (Suisse)", of=csa),
        ".",
    )
    d.na("Le CSA signe pour l'ensemble de ses membres :")
    d.heading("Signatures individuelles", 2)
    d.para(person("Hélène Marchetti", ("FR",)))
    d.line("France")
    d.para(person("Karim Ouedraogo", ("BE",)))
    d.line("Belgique")
    for badge in ("Régional", "France", "Belgique", "Suisse", "Luxembourg", "Relie :"):
        d.na(badge)
    d.notes = (
        "'Relie :' alone below the network's card opens its members, whatever the verb; the platform's "
        "descriptor and clause before the colon are no part of its name; 'Le CSA signe pour l'ensemble de ses "
        "membres :' names the collective read just above by its acronym, and its list is that collective's members."
    )
    docs.append(d)

    # H29 en, Word: signature blocks (name, then 'City, Country'); a platform block whose line ends in an
    # unknown clause 'representing its member associations:', its place line, then List Bullet members.
    d = Doc(
        "hw-29-en-docx-platform-block",
        "docx",
        "en",
        "docx-signature-blocks-platform-members",
        "hand-written",
        "Word letter with signature blocks (a name, then 'City, Country' below it); a platform whose line ends "
        "', representing its member associations:' with its own place line, then its members as List Bullet "
        "paragraphs at the first level; more blocks after them; individuals in blocks of their own.",
    )
    d.title("Open letter on timely family reunion")
    d.blank()
    d.para(
        "Families wait up to three years to be together again. We ask the Home Office to decide family reunion "
        "applications within six months and to waive fees for recognised refugees."
    )
    d.blank()
    d.heading("Signatories", 0)
    d.para(org("Moorside Refugee Welcome", ["GB"]))
    d.line("Bradford, United Kingdom")
    d.para(org("Clyde Family Reunion Project", ["GB"]))
    d.line("Glasgow, United Kingdom")
    nprg = coal("Northern Platform for Refugee Groups (NPRG)", ("GB",))
    d.para(nprg, ", representing its member associations:")
    d.na("representing its member associations:")
    d.line("Leeds, United Kingdom")
    d.item(0, "", org("Wharfedale Sanctuary Circle", of=nprg))
    d.item(0, "", org("Tees Valley Newcomers Forum", of=nprg))
    d.item(0, "", org("Humber Women's Support Group", of=nprg))
    d.para(org("Cardiff Bay Legal Advice Desk", ["GB"]))
    d.line("Cardiff, United Kingdom")
    d.para(org("Antrim Road Drop-in Centre", ["GB"]))
    d.line("Belfast, United Kingdom")
    d.heading("Individual signatories", 0)
    d.para(person("Margaret Oyelaran", ("GB",)))
    d.line("London, United Kingdom")
    d.para(person("Tomás Breen", ("IE",)))
    d.line("Dublin, Ireland")
    towns = ("Bradford", "Glasgow", "Leeds", "Cardiff", "Belfast", "London")
    for place in (*(f"{town}, United Kingdom" for town in towns), "Dublin, Ireland"):
        d.na(place)
    d.notes = (
        "The platform's clause before the colon is no part of its name; its place line stands between its "
        "name and its members, which carry no country."
    )
    docs.append(d)

    # H30 pt, plain text: one running paragraph; a coalition after the article 'o' with its members
    # between em dashes '—composto por …—', and signatories after the closing dash.
    d = Doc(
        "hw-30-pt-dash-members-paragraph",
        "txt",
        "pt",
        "txt-running-paragraph-dash-members",
        "hand-written",
        "One paragraph 'Assinam esta nota: A (País), …'; a forum written after the article 'o' with its "
        "members between em dashes '—composto por A (País), B (País) e C (País)—'; two signatories after the "
        "closing dash; a persons' paragraph.",
    )
    d.title("Nota pública sobre os abrigos na fronteira norte")
    d.blank()
    d.para(
        "Os abrigos da fronteira norte recebem o dobro das pessoas para que foram pensados. Pedimos verbas de "
        "emergência e um plano de interiorização voluntária discutido com as próprias famílias."
    )
    d.blank()
    fna = coal("Fórum Norte de Acolhida")
    d.para(
        "Assinam esta nota: ",
        org("Casa de Passagem Bom Caminho", ["BR"], " (Brasil)"),
        ", ",
        org("Associação Venezuelana de Roraima", ["BR"], " (Brasil)"),
        ", o ",
        fna,
        " —composto por ",
        org("Abrigo Irmã Lúcia", ["BR"], " (Brasil)", of=fna),
        ", ",
        org("Casa Santa Elena de Uairén", ["VE"], " (Venezuela)", of=fna),
        " e ",
        org("Pastoral da Mobilidade de Lethem", ["GY"], " (Guiana)", of=fna),
        "—, ",
        org("Instituto Fronteiras Abertas", ["BR"], " (Brasil)"),
        " e ",
        org("Coletivo Mulheres do Lavrado", ["BR"], " (Brasil)"),
        ".",
    )
    d.blank()
    d.para(
        "A título individual: ",
        person("Raimunda Tavares Lima", ("BR",), " (Brasil)"),
        " e ",
        person("José Arcaya Brito", ("VE",), " (Venezuela)"),
        ".",
    )
    d.notes = (
        "The article 'o' before the forum is no part of its name; the members end at the closing dash, and the "
        "two names after it sign directly."
    )
    docs.append(d)
    return docs


def round7b_hand_docs() -> list[Doc]:
    """Layouts of the seventh held-out set (names and furniture), each in another language than its own."""
    docs: list[Doc] = []

    # H31 es, Markdown: numbered '**Nombre** (País) — descripción' entries under sector headings (one of
    # them singular), a network whose description ends in 'integrada por:' above indented bullets, a
    # description with commas, supporters after 'Con el apoyo de:', persons 'Nombre, cargo (País)'
    d = Doc(
        "hw-31-es-md-described-entries",
        "md",
        "es",
        "md-numbered-bold-with-descriptions",
        "hand-written",
        "Markdown numbered entries '**Nombre** (País) — descripción' under '###' sector headings ('Albergues', "
        "'Academia'); a network whose description ends with 'integrada por:' and three indented members; "
        "descriptions with commas; persons with a role after a comma and the country in parentheses.",
    )
    d.title("Carta abierta: que nadie duerma a la intemperie en la frontera")
    d.para(
        "Cada semana llegan a nuestras puertas familias que esperan una cita de asilo sin techo ni comida. "
        "Pedimos a las autoridades locales y federales que financien plazas de acogida y que nadie sea "
        "devuelto mientras su solicitud está pendiente."
    )
    d.heading("Firmantes", 2)
    d.heading("Albergues", 3)
    d.item(0, "1. **", org("Casa del Caminante Fronterizo", ["MX"], "** (México)"), " — albergue de paso, comedor")
    d.na("albergue de paso, comedor")
    d.item(0, "2. **", org("Refugio Manos Unidas de Tenosique, AC", ["MX"], "** (México)"), " — mujeres y niñas")
    d.na("mujeres y niñas")
    rcs = coal("Red de Casas Solidarias del Sur (RCSS)", ("GT", "HN"), "** (Guatemala, Honduras)")
    d.item(0, "3. **", rcs, " — red de albergues, integrada por:")
    d.na("red de albergues")
    d.item(1, "    - ", org("Albergue Nuevo Amanecer de Petén", ["GT"], " (Guatemala)", of=rcs))
    d.item(1, "    - ", org("Hogar Transitorio Las Golondrinas", ["HN"], " (Honduras)", of=rcs))
    d.item(1, "    - ", org("Comedor Migrante El Buen Samaritano", ["GT"], " (Guatemala)", of=rcs))
    d.heading("Academia", 3)
    d.item(0, "4. **", org("Observatorio de Movilidad y Frontera Sur", ["MX"], "** (México)"), " — datos, análisis")
    d.na("datos, análisis")
    d.heading("A título personal", 3)
    d.item(0, "- ", person("Lucía Carranza Peña", ("MX",), ", abogada (México)"))
    d.item(0, "- ", person("Esteban Morales Ixcot", ("GT",), ", defensor comunitario (Guatemala)"))
    d.na("abogada")
    d.na("defensor comunitario")
    d.notes = (
        "The bold part is the name; the description after the dash is never an agent, and its commas split "
        "nothing. '### Albergues' and '### Academia' are group headings. A person's role after the comma is "
        "no part of the name; the country in parentheses is their place."
    )
    docs.append(d)

    # H32 en, DOCX: letter signature blocks (name / 'Town, Country' / 'By: representative, role'), one block
    # without a place line, persons in a two-column table
    d = Doc(
        "hw-32-en-docx-signature-blocks",
        "docx",
        "en",
        "docx-signature-blocks",
        "hand-written",
        "Open letter with signature blocks: a name, then 'Town, Country', then 'By: representative, role' "
        "(one block with 'Per:', one without a place line); individuals in a 'Name | Country' table.",
    )
    d.title("Open letter on the backlog of family reunion visas")
    d.para(
        "Families we support have waited more than two years to be together again. We ask the minister to "
        "decide every pending application within the legal time limit and to accept more kinds of proof of "
        "family ties."
    )
    d.line("Dublin, 3 December 2026")
    d.line("Signed:")
    blocks = [
        ("Harbour Families Advice Centre", "IE", "Galway, Ireland", "By: Niamh Costello, coordinator"),
        ("Northside Refugee Welcome", "GB", "Leeds, United Kingdom", "By: Daniel Okafor, chair"),
        ("Bridges for Newcomers Trust", "GB", "Cardiff, United Kingdom", "Per: Ellen Pryce, director"),
        ("Island Kinship Project", "", "", "By: Tomas Reilly, secretary"),
        ("Valley Migrant Women's Forum", "MT", "Mosta, Malta", "By: Grace Zammit, president"),
    ]
    for name, code, place, representative in blocks:
        d.para(org(name, [code] if code else []))
        if place:
            d.line(place)
        d.line(representative)
    d.line("Individual signatories")
    d.table(
        ["Name", "Country"],
        [
            [[person("Aoife Brennan", ("IE",))], ["Ireland"]],
            [[person("Samuel Adeyemi", ("GB",))], ["United Kingdom"]],
        ],
    )
    d.line("Contact: letters@familyreunion.example")
    d.notes = (
        "The 'Town, Country' line below a name is that name's place; the 'By:'/'Per:' line names the person "
        "who signs for the organization, not a signatory. 'Island Kinship Project' prints no place."
    )
    docs.append(d)

    # H33 fr, saved web page: sector headings as plain lines above 'Nom — Ville, Pays' entries, latest
    # signatures with '· Ville, Pays' and relative time stamps, buttons and a share row
    d = Doc(
        "hw-33-fr-webpage-sectors-petition",
        "html",
        "fr",
        "webpage-sector-lines-latest-signatures",
        "hand-written",
        "Saved web page: sector headings ('Syndicats', 'Réseaux et collectifs', 'ÉGLISES ET COMMUNAUTÉS') above "
        "'Nom — Ville, Pays' entries; 'Dernières signatures' with '· Ville, Pays' and 'il y a 2 heures'; "
        "'Voir toutes les signatures' and 'Signer la lettre' buttons.",
    )
    d.site = {
        "name": "Collectif Frontières Humaines",
        "nav": ["Accueil", "Campagnes", "Agir", "Contact"],
        "cookie": "Ce site mesure son audience avec des cookies. Vous pouvez refuser.",
        "accept": "Accepter",
        "reject": "Refuser",
        "breadcrumb": "Accueil › Campagnes",
        "share": ["Partager sur Facebook", "Copier le lien"],
        "footer": ["© 2026 Collectif Frontières Humaines · Mentions légales"],
        "share_at": 3,
    }
    site_not_agents(d)
    d.title("Lettre ouverte : des voies légales et sûres, maintenant")
    d.line("Publiée le 3 décembre 2026")
    d.para(
        "Nous demandons aux États européens d'ouvrir des voies légales et sûres pour les personnes qui fuient "
        "les persécutions, et de cesser immédiatement les refoulements aux frontières."
    )
    d.heading("Signataires", 2)
    d.line("Syndicats")
    d.para(org("Union Syndicale des Saisonniers du Var", ["FR"]), " — Toulon, France")
    d.para(org("Syndicat des Aides à Domicile de Namur", ["BE"]), " — Namur, Belgique")
    d.line("Réseaux et collectifs")
    d.para(org("Collectif Hospitalité des Cévennes", ["FR"]), " — Alès, France")
    d.para(org("Réseau Accueil Léman", ["CH"]), " — Lausanne, Suisse")
    d.line("ÉGLISES ET COMMUNAUTÉS")
    d.para(org("Paroisse Protestante de Belleville", ["FR"]), " — Paris, France")
    d.line("Dernières signatures")
    d.item(0, "- ", person("Claire Dubois-Matar", ("FR",), " · Lyon, France"), " il y a 2 heures")
    d.item(0, "- ", person("Moussa Keïta"), " il y a 5 heures")
    d.item(0, "- ", person("Nathalie Verhaegen", ("BE",), " · Liège, Belgique"), " il y a 1 jour")
    d.na("il y a 2 heures")
    d.line("Voir toutes les signatures")
    d.line("Signer la lettre")
    d.notes = (
        "Sector lines are headings, never agents. The time stamps are no part of a name; the buttons and the "
        "share row are furniture."
    )
    docs.append(d)
    return docs


def round8a_hand_docs() -> list[Doc]:
    """Table layouts of the eighth to tenth held-out sets (column roles read from the header row and the
    cells), each in another language than its own."""
    docs: list[Doc] = []

    # H34 pt, web page table 'Logotipo | Organização | Tipo | País': the logo cell repeats the name (alt
    # text), member rows open with '↳' and say 'Organização membro', person rows say 'Pessoa'
    d = Doc(
        "hw-34-pt-html-logo-type-table",
        "html",
        "pt",
        "webpage-logo-table-member-rows",
        "hand-written",
        "Web page table 'Logotipo | Organização | Tipo | País': the logo cell holds the image's alt text (the "
        "name again); the network's members follow it as '↳ Nome' rows typed 'Organização membro'; persons "
        "are typed 'Pessoa'; the type and country cells are never names.",
    )
    d.title("Carta das organizações da bacia amazônica sobre a mobilidade climática")
    d.para(
        "As secas e as cheias expulsam famílias inteiras das margens dos rios. Pedimos aos governos da região "
        "um estatuto de proteção temporária para quem se desloca por causa do clima e um fundo comum para o "
        "reassentamento digno."
    )
    d.heading("Adesões", 2)
    rio = coal("Rede Ribeirinha de Acolhida (RRA)")
    rows = [
        ["Instituto Várzea Viva", [org("Instituto Várzea Viva", ["BR"])], ["ONG"], ["Brasil"]],
        ["Rede Ribeirinha de Acolhida", [rio], ["Rede"], ["Regional"]],
        [
            "Casa do Migrante de Tabatinga",
            ["↳ ", org("Casa do Migrante de Tabatinga", ["BR"], of=rio)],
            ["Organização membro"],
            ["Brasil"],
        ],
        ["Coletivo Yaku Mama", ["↳ ", org("Coletivo Yaku Mama", ["PE"], of=rio)], ["Organização membro"], ["Peru"]],
        [
            "Sindicato dos Pescadores de Leticia",
            [org("Sindicato dos Pescadores de Leticia", ["CO"])],
            ["Sindicato"],
            ["Colômbia"],
        ],
        ["", [person("Iracema Tuxá Moreira", ("BR",))], ["Pessoa"], ["Brasil"]],
    ]
    d.table(["Logotipo", "Organização", "Tipo", "País"], rows)
    for t in ["ONG", "Rede", "Regional", "Organização membro", "Sindicato", "Pessoa", "Brasil", "Peru", "Colômbia"]:
        d.na(t)
    d.notes = "The logo column repeats each name as alt text: one agent per row. '↳' rows are the network's members."
    docs.append(d)

    # H35 fr, Markdown table 'Signataire | Pays | Type | Membres signant par son intermédiaire'
    d = Doc(
        "hw-35-fr-md-members-column",
        "md",
        "fr",
        "md-table-members-column",
        "hand-written",
        "Markdown table 'N° | Signataire | Pays | Type | Membres signant par son intermédiaire': the last cell "
        "of a network's row lists its members 'A (Pays) ; B (Pays)'; '—' elsewhere; a person typed 'Personne'.",
    )
    d.title("Appel des associations du Sahel pour la libre circulation régionale")
    d.para(
        "Les contrôles se multiplient sur des routes que nos familles empruntent depuis toujours. Nous demandons "
        "le respect du protocole régional de libre circulation et la fin des refoulements aux frontières."
    )
    d.heading("Signataires", 2)
    rsm = coal("Réseau Sahélien pour la Mobilité (RSM)")
    ca = coal("Coordination des Associations de Retour (CAR)", ("SN",))
    rows = [
        [["1"], [org("Association Tassaght de Gao", ["ML"])], ["Mali"], ["Association"], ["—"]],
        [
            ["2"],
            [rsm],
            ["Régional"],
            ["Réseau"],
            [
                org("Union des Transporteurs de Zinder", ["NE"], " (Niger)", of=rsm),
                " ; ",
                org("Collectif Yiriwa de Bobo-Dioulasso", ["BF"], " (Burkina Faso)", of=rsm),
            ],
        ],
        [["3"], [org("Maison du Voyageur de Rosso", ["MR"])], ["Mauritanie"], ["Foyer"], ["—"]],
        [
            ["4"],
            [ca],
            ["Sénégal"],
            ["Coordination"],
            [
                org("Amicale des Rapatriés de Kayes", ["ML"], " (Mali)", of=ca),
                " ; ",
                org("Groupement Femmes et Retour de Tambacounda", ["SN"], " (Sénégal)", of=ca),
            ],
        ],
        [["5"], [person("Aïssata Diallo Konaté")], ["—"], ["Personne"], ["—"]],
    ]
    d.table(["N°", "Signataire", "Pays", "Type", "Membres signant par son intermédiaire"], rows)
    for t in [
        "Mali",
        "Régional",
        "Réseau",
        "Mauritanie",
        "Foyer",
        "Sénégal",
        "Coordination",
        "Personne",
        "Association",
    ]:
        d.na(t)
    d.notes = "The members column lists who signs through the row's network; each keeps its bracketed country."
    docs.append(d)

    # H36 en, Markdown table 'Country | Organization | Network it belongs to': the country cell is left
    # blank below its first row (a merged cell); the network column names a coalition listed above
    d = Doc(
        "hw-36-en-md-merged-country-network",
        "md",
        "en",
        "md-table-merged-country-network-column",
        "hand-written",
        "Markdown table 'Country | Organization | Network it belongs to': the country cell is blank on the rows "
        "below its first (one merged cell over them); the third cell names the network (by its acronym) a row "
        "belongs to, '—' when it signs directly.",
    )
    d.title("Joint letter on seasonal agricultural visas in Southern Africa")
    d.para(
        "Farm workers who cross for the harvest are tied to one employer and lose their status when they leave "
        "an abusive farm. We ask for visas that allow a change of employer and for labour inspections that do "
        "not report workers to immigration."
    )
    d.heading("Endorsing organizations", 2)
    net = coal("Harvest Workers Solidarity Network (HWSN)")
    rows = [
        [["Regional"], [net], ["—"]],
        [["South Africa"], [org("Limpopo Farmworkers Advice Office", ["ZA"], of=net)], ["HWSN"]],
        [[""], [org("Karoo Seasonal Workers Forum", ["ZA"])], ["—"]],
        [["Zimbabwe"], [org("Beitbridge Returnee Support Trust", ["ZW"], of=net)], ["HWSN"]],
        [[""], [org("Mutare Women on the Move", ["ZW"])], ["—"]],
        [["Lesotho"], [org("Maseru Migrant Mothers Collective", ["LS"])], ["—"]],
    ]
    d.table(["Country", "Organization", "Network it belongs to"], rows)
    for t in ["Regional", "South Africa", "Zimbabwe", "Lesotho", "HWSN"]:
        d.na(t)
    d.notes = "A blank country cell repeats the one above (a merged cell)."
    docs.append(d)
    return docs


def round8c_hand_docs() -> list[Doc]:
    """Members given in a note a marker points to, and a place-and-type line below each name (round 8c),
    each in another language than the development documents that showed them."""
    docs: list[Doc] = []

    # H40 pt, plain text: a '(*)' marker after a network's name, the note after the contact lists its
    # members after a colon; a second mark whose note lists no names.
    d = Doc(
        "hw-40-pt-txt-marker-note-members",
        "txt",
        "pt",
        "txt-marker-note-members",
        "hand-written",
        "Numbered list with places after commas; '(*)' after a network's name and a '(*)' note after the "
        "contact that names its members after a colon; '(**)' after another name, whose note lists no names.",
    )
    d.title("Carta aberta sobre o acolhimento de trabalhadores sazonais")
    d.blank()
    d.para("Pedimos alojamento digno e contratos escritos para quem vem trabalhar nas colheitas.")
    d.blank()
    d.line("Organizações signatárias:")
    d.blank()
    rede = coal("Rede Ribatejana de Apoio ao Trabalho Rural", ("PT",), " (*)")
    d.item(0, "1. ", org("Casa do Trabalhador Sazonal", ["PT"], ", Santarém, Portugal"))
    d.item(0, "2. ", rede, ", Portugal")
    d.item(0, "3. ", org("Associação Vale Aberto", ["PT"], " (**), Almeirim, Portugal"))
    d.item(0, "4. ", org("Centro Jurídico Ponte Sul", ["ES"], ", Badajoz, Espanha"))
    d.blank()
    d.line("Contacto: carta@example.org")
    d.blank()
    d.para(
        "(*) A Rede assina com os grupos que coordena: ",
        org("Núcleo de Apoio de Coruche", ["PT"], " (Portugal)", of=rede),
        "; ",
        org("Coletivo Mãos na Terra de Benavente", ["PT"], " (Portugal)", of=rede),
        ".",
    )
    d.line("(**) Adesão recebida depois do envio da carta.")
    d.na("(**) Adesão recebida depois do envio da carta.")
    d.notes = "The markers are no part of a name; the '(**)' note lists no names and is no agent."
    docs.append(d)

    # H41 en, plain text: each name, then a line 'Country — type of organisation'.
    d = Doc(
        "hw-41-en-txt-place-type-lines",
        "txt",
        "en",
        "txt-name-then-place-type-line",
        "hand-written",
        "Each organisation on one line, the next line 'Country — what kind of organisation it is'.",
    )
    d.title("Joint letter on visas for people displaced by floods")
    d.blank()
    d.para("We ask governments to open humanitarian visas for people whose homes were lost to floods.")
    d.blank()
    d.line("Signatories")
    for name, code, country, kind in (
        ("Lakeside Women's Forum", "KE", "Kenya", "women's association"),
        ("Delta Farmers' Union", "BD", "Bangladesh", "farmers' union"),
        ("Pacific Mobility Research Lab", "FJ", "Fiji", "research centre"),
        ("Tidewater Legal Aid", "PH", "Philippines", "NGO"),
    ):
        d.para(org(name, [code]))
        d.line(f"{country} — {kind}")
    d.notes = "The line below each name gives its place and type; it is no agent."
    docs.append(d)

    # H42 es, plain text: a sentence set in below a network, ending in a colon, with its members set in
    # below it (each with its place line); a count line; a persons' heading with the capacity words.
    d = Doc(
        "hw-42-es-txt-indented-member-sentence",
        "txt",
        "es",
        "txt-indented-member-sentence-count-line",
        "hand-written",
        "Name lines with a 'País — tipo' line below; below a network, an indented sentence ending in a colon "
        "and its indented members; a '+ 9 colectivos …' count line; 'Personas a título individual'.",
    )
    d.title("Carta sobre el trabajo de temporada en el Cono Sur")
    d.blank()
    d.para("Pedimos contratos escritos, vivienda digna y visados que no aten a nadie a un solo empleador.")
    d.blank()
    d.line("FIRMAN")
    d.blank()
    d.para(org("Casa del Temporero de San Rafael", ["AR"]))
    d.line("Argentina — casa de acogida")
    red = coal("Red Cordillerana de Trabajo Rural (RECOTRA)")
    d.para(red)
    d.line("Regional (América del Sur) — red")
    d.blank()
    d.line("    La red firma esta carta junto con sus grupos de base:")
    d.blank()
    d.para("    ", org("Cuadrilla Solidaria de Curicó", ["CL"], of=red))
    d.line("    Chile — grupo de base")
    d.para("    ", org("Comité de Cosecheras de Tarija", ["BO"], of=red))
    d.line("    Bolivia — grupo de base")
    d.para(org("Clínica Legal Paso de los Libres", ["AR"]))
    d.line("Argentina — clínica jurídica")
    d.blank()
    d.line("+ 9 colectivos locales que confirmarán su firma esta semana")
    d.blank()
    d.line("Personas a título individual")
    d.para(person("Rosa Quintana Ibarra", ("UY",)))
    d.line("Uruguay — abogada laboralista")
    d.notes = (
        "The indented sentence ending in a colon introduces the network's members (indented below it); the "
        "count line is no agent and does not end the list."
    )
    docs.append(d)
    return docs


def round8b_hand_docs() -> list[Doc]:
    """Plain-text layout marks of the eighth to tenth held-out sets, in another language than theirs."""
    docs: list[Doc] = []

    # H37 es, plain text: a forwarded e-mail whose statement is quoted ('> '), its signatories set in
    # two columns ('Organización' / 'País') ruled with '=' and '-', a network's members drawn as a tree.
    d = Doc(
        "hw-37-es-txt-quoted-columns-tree",
        "txt",
        "es",
        "txt-quoted-email-fixed-columns-tree",
        "hand-written",
        "A forwarded e-mail: forward headers ('De:', 'Enviado:', 'Asunto:'), a greeting, then the statement "
        "quoted with '> '; signatories in two columns separated by wide gaps under a 'Organización   País' "
        "title line ruled with '=' and '-'; a network's members below it drawn with '├─' / '└─'.",
    )

    def quoted(*segs: Seg) -> None:
        d.para("> ", *segs)

    headers = ("De: Mesa Andina de Movilidad", "Enviado: martes, 1 de diciembre de 2026 9:12", "Asunto: RV: Firmas")
    for header in headers:
        d.line(header)
    d.blank()
    d.line("Estimadas compañeras, os reenvío la declaración con la lista final de firmas.")
    d.line("Un abrazo,")
    d.line("Lucía")
    d.blank()
    d.line("> DECLARACIÓN POR VISADOS DE TRABAJO SIN ATADURAS", na=False)
    d.na("DECLARACIÓN POR VISADOS DE TRABAJO SIN ATADURAS")
    d.line(">", na=False)
    quoted("Pedimos visados de trabajo que no aten a nadie a un solo empleador y un canal de regularización.")
    d.line(">", na=False)
    d.line("> FIRMANTES", na=False)
    d.na("FIRMANTES")
    d.line("> " + "=" * 60, na=False)
    d.line("> Organización" + " " * 38 + "País", na=False)
    d.na("Organización" + " " * 38 + "País")
    d.line("> " + "-" * 60, na=False)
    rows = [
        ("Sindicato de Temporeras del Maule", "Chile", ("CL",)),
        ("Casa del Migrante de Tacna", "Perú", ("PE",)),
    ]
    for name, place, cc in rows:
        quoted(org(name, cc, " " * (50 - len(name)) + place))
    red = coal("Red Andina de Movilidad Humana (RAMH)", (), " " * (50 - 37) + "Regional")
    quoted(red)
    members = [
        ("├─ ", "Asociación Puente Seguro", "Bolivia", ("BO",)),
        ("├─ ", "Colectivo Manos Unidas de Jujuy", "Argentina", ("AR",)),
        ("└─ ", "Pastoral de Movilidad de Ibarra", "Ecuador", ("EC",)),
    ]
    for mark, name, place, cc in members:
        quoted(mark, org(name, cc, " " * (47 - len(name)) + place, of=red))
    quoted(org("Observatorio de Fronteras del Sur", ("CL",), " " * (50 - 33) + "Chile"))
    d.line("> " + "-" * 60, na=False)
    d.blank()
    d.notes = (
        "The quote markers and the tree characters are layout, never part of a name; the column title line and "
        "the rulers are furniture; the network's column says 'Regional' (no country)."
    )
    docs.append(d)

    # H38 fr, Word: countries set in a column by a tab stop, a network's members indented by paragraph
    # formatting only, and one paragraph holding several entries separated by manual line breaks.
    d = Doc(
        "hw-38-fr-docx-tab-breaks-indented",
        "docx",
        "fr",
        "docx-tab-column-line-breaks-indented",
        "hand-written",
        "Word letter: 'Nom<TAB>Pays' paragraphs (no list style); a network's paragraph followed by its members "
        "indented by paragraph formatting only; one paragraph of capitalised entries 'NOM / Pays' separated by "
        "manual line breaks.",
    )
    d.title("Lettre ouverte sur les expulsions collectives")
    d.para("Nous demandons la fin des expulsions collectives et un accès effectif à l'asile aux frontières.")
    d.heading("Organisations signataires", 0)
    d.para(org("Collectif Hospitalité des Vosges", ["FR"], "\tFrance"))
    d.para(org("Maison des Migrants de Gao", ["ML"], "\tMali"))
    rsa = coal("Réseau Sahel Accueil (RSA)", ("SN",), "\tSénégal")
    d.para(rsa)
    d.indented(1.0, org("Association Dunes Solidaires", ["NE"], "\tNiger", of=rsa))
    d.indented(1.0, org("Foyer des Travailleurs de Kayes", ["ML"], "\tMali", of=rsa))
    d.para(
        org("COLLECTIF DES FEMMES MIGRANTES DE ROUEN", ["FR"], " / France"),
        "\n",
        org("UNION DES JEUNES SAHÉLO-SAHARIENS", ["TD"], " / Tchad"),
        "\n",
        org("CERCLE D'ÉTUDES MIGRATOIRES, ASBL", ["BE"], " / Belgique"),
    )
    d.notes = "The tab and the line breaks are layout; the indented paragraphs are the network's members."
    docs.append(d)
    return docs


def build() -> list[Doc]:
    for folder in (SEED_DIR, HAND_DIR):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    docs = (
        seed_docs(load_seed())
        + hand_docs()
        + more_hand_docs()
        + round4_hand_docs()
        + round6_hand_docs()
        + round7a_hand_docs()
        + round7b_hand_docs()
        + round8a_hand_docs()
        + round8c_hand_docs()
        + round8b_hand_docs()
    )
    for d in docs:
        write_doc(d)
    (OUT / "README.md").write_text(readme(docs), encoding="utf-8")
    return docs


def main(argv: list[str]) -> int:
    docs = build()
    print(f"wrote {len(docs)} documents under {OUT.relative_to(ROOT)}")
    if "--check" in argv:
        errors = check(docs)
        print("check:", "ok" if not errors else f"{errors} problem(s)")
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
