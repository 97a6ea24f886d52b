"""Shared toolkit of the held-out layout generators ``make_layouts_heldout7.py`` … ``make_layouts_heldout12.py``.

Each generator keeps its own documents, layouts and agent helpers; this module holds what they all did the
same way:

- deterministic writing: :func:`new_docx`, :func:`deterministic_docx` (fixed core properties and zip
  dates), :func:`pdf_doc` (reportlab in invariant mode), :func:`page_marks` (running header and page
  number), :func:`write_pdf`, :data:`FIXED`;
- the gold file: :class:`Gold` (one signatory row) and :func:`gold_yaml` (the ``<stem>.gold.yaml`` text);
- the registry loop :func:`build` and the command line :func:`main`;
- the ``--check``: :func:`read_back` (pdfplumber / python-docx / html.parser), :func:`known_names` (names in
  ``data/``) and :func:`check` (byte identity of a rebuild, gold names found in order, ``not_agents`` present,
  ``member_of`` naming a coalition of the file, no invented name in ``data/``).

A generator run by path imports it as ``make_layouts_heldout3.py`` imports ``make_layouts_heldout2.py``::

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import layout_kit as kit
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import filecmp
import html
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
FIXED = dt.datetime(2026, 12, 3, 9, 0, 0)
"""Date written into every DOCX (core properties and zip entries)."""

# (stem, format, language, layout, builder(path), agents(), not_agents, notes): one registry row of a generator.
Doc = tuple[str, str, str, str, Callable[[Path], None], Callable[[], Any], Sequence[str], str]
# Turns what a generator's agents() returns into gold rows.
Rows = Callable[[Any], Iterable["Gold"]]
# (stem, agents, coalitions, members, persons) -> an error message when the mix is outside the brief.
MixCheck = Callable[[str, int, int, int, int], "str | None"]


class Gold(NamedTuple):
    """One signatory of a gold file, in document order."""

    name: str
    read_as: str
    countries: Sequence[str]
    in_name: Sequence[str] = ()
    member_of: str | None = None
    supporter: bool = False


def q(s: str) -> str:
    """A YAML-safe double-quoted string (JSON is YAML), non-ASCII kept as is."""
    return json.dumps(s, ensure_ascii=False)


def esc(s: str) -> str:
    """HTML-escape text content (quotes left as they are)."""
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------- deterministic writing


def new_docx(font: str = "Calibri", size: float = 11) -> Any:
    """A new python-docx ``Document`` whose Normal style is ``font`` at ``size`` points."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    return doc


def deterministic_docx(doc: Any, path: Path) -> None:
    """Save a python-docx ``Document`` to ``path`` with blank, fixed core properties and fixed zip dates."""
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def pdf_doc(
    path: Path, title: str, pagesize: tuple[float, float] | None = None, margins: Sequence[float] = (56, 56, 60, 56)
) -> Any:
    """A reportlab ``SimpleDocTemplate`` in invariant mode (no dates, no ids): ``margins`` = left, right, top,
    bottom; ``pagesize`` A4 unless given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    left, right, top, bottom = margins
    return SimpleDocTemplate(
        str(path),
        pagesize=pagesize or A4,
        invariant=1,
        title=title,
        author="",
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
    )


def page_marks(
    header: str,
    footer: str,
    font: str = "Helvetica",
    size: float = 8,
    pagesize: tuple[float, float] | None = None,
    inset: tuple[float, float, float] = (56, 36, 30),
    centred: bool = False,
) -> Callable[[Any, Any], None]:
    """A reportlab page callback: ``header`` at the top left, ``footer`` (``{page}`` = the page number) at the
    bottom, right-aligned or ``centred``. ``inset`` = header x, header distance from the top, footer y."""
    from reportlab.lib.pagesizes import A4

    width, height = pagesize or A4
    x, top, y = inset

    def marks(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.drawString(x, height - top, header)
        if centred:
            canvas.drawCentredString(width / 2, y, footer.format(page=doc.page))
        else:
            canvas.drawRightString(width - x, y, footer.format(page=doc.page))
        canvas.restoreState()

    return marks


def write_pdf(path: Path, title: str, story: list[Any], marks: Callable[[Any, Any], None], **layout: Any) -> None:
    """Build ``story`` into ``path`` with :func:`pdf_doc` (``layout``: its pagesize, margins) and ``marks`` on
    every page."""
    pdf_doc(path, title, **layout).build(story, onFirstPage=marks, onLaterPages=marks)


# --------------------------------------------------------------------------- gold and build


def gold_yaml(
    doc: str, fmt: str, lang: str, layout: str, notes: str, rows: Iterable[Gold], not_agents: Iterable[str]
) -> str:
    """The text of a ``<stem>.gold.yaml``; empty ``member_of``, ``in_name`` and ``supporter`` are left out."""
    lines = [
        f"document: {doc}",
        f"format: {fmt}",
        f"language: {lang}",
        f"layout: {layout}",
        "origin: hand-written",
        f"notes: {q(notes)}",
        "signatories:",
    ]
    for r in rows:
        lines.append(f"  - name: {q(r.name)}")
        lines.append(f"    read_as: {r.read_as}")
        if r.member_of:
            lines.append(f"    member_of: {q(r.member_of)}")
        lines.append(f"    countries: [{', '.join(r.countries)}]")
        if r.in_name:
            lines.append(f"    countries_in_name: [{', '.join(r.in_name)}]")
        if r.supporter:
            lines.append("    supporter: true")
    lines.append("not_agents:")
    lines += [f"  - {q(s)}" for s in not_agents]
    return "\n".join(lines) + "\n"


def build(outdir: Path, docs: Sequence[Doc], rows: Rows) -> None:
    """Write every document of ``docs`` and its gold file into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    for stem, fmt, lang, layout, builder, agents, na, notes in docs:
        doc = outdir / f"{stem}.{fmt}"
        builder(doc)
        (outdir / f"{stem}.gold.yaml").write_text(
            gold_yaml(doc.name, fmt, lang, layout, notes, rows(agents()), na), encoding="utf-8"
        )


# --------------------------------------------------------------------------- reading back


class _Text(HTMLParser):
    """The text nodes of a page, without scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _docx_text(path: Path) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    parts = []
    for child in d.element.body.iterchildren():
        if child.tag.endswith("}p"):
            parts.append(Paragraph(child, d).text)
        elif child.tag.endswith("}tbl"):
            for row in Table(child, d).rows:
                parts += [c.text for c in row.cells]
    return "\n".join(parts)


def read_back(path: Path) -> str:
    """The text a reader gets from a document (PDF, DOCX, HTML or plain), whitespace runs made one space."""
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    elif path.suffix == ".docx":
        text = _docx_text(path)
    elif path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        text = "\n".join(p.parts)
    else:
        text = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text)


def known_names(root: Path = ROOT) -> set[str]:
    """Every name, acronym and written form of ``data/`` organizations and persons, casefolded."""
    names = set()
    for fname, cols in (
        ("organizations.csv", ("pref_label", "acronym", "written_as")),
        ("persons.csv", ("name", "written_as")),
    ):
        with open(root / "data" / fname, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for c in cols:
                    for v in (row.get(c) or "").split("|"):
                        if v.strip():
                            names.add(v.strip().casefold())
    return names


# --------------------------------------------------------------------------- check and command line


def _check_rebuild(out: Path, docs: Sequence[Doc], rows: Rows) -> list[str]:
    """Rebuild in a temporary folder: the same file names, each byte-identical to the committed one."""
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        build(tmpdir, docs, rows)
        built = sorted(p.name for p in tmpdir.iterdir())
        committed = sorted(p.name for p in out.iterdir() if p.name != "README.md")
        if built != committed:
            errors.append(f"file sets differ: {sorted(set(built) ^ set(committed))}")
        for name in built:
            if (out / name).exists() and not filecmp.cmp(tmpdir / name, out / name, shallow=False):
                errors.append(f"{name}: not byte-identical to the committed file")
    return errors


def _check_gold(stem: str, gold: dict[str, Any], text: str, known: set[str]) -> list[str]:
    """Gold names in document order and each once, member_of naming a coalition, no name of data/, not_agents
    present."""
    errors = []
    pos = 0
    sigs = gold["signatories"]
    coal_names = {s["name"] for s in sigs if s["read_as"] == "coalition"}
    for s in sigs:
        i = text.find(s["name"], pos)
        if i < 0:
            errors.append(f"{stem}: gold name not found in order: {s['name']!r}")
        else:
            pos = i + len(s["name"])
        if "member_of" in s and s["member_of"] not in coal_names:
            errors.append(f"{stem}: member_of names no coalition of the file: {s['member_of']!r}")
        if s["name"].casefold() in known:
            errors.append(f"{stem}: invented name is in data/: {s['name']!r}")
    if len({s["name"] for s in sigs}) != len(sigs):
        errors.append(f"{stem}: an agent is listed twice")
    for na in gold["not_agents"]:
        if na not in text:
            errors.append(f"{stem}: not_agents string not found: {na!r}")
    return errors


def brief_mix(message: str, agents: tuple[int, int] = (12, 22)) -> MixCheck:
    """A :data:`MixCheck` for the usual brief: ``agents`` (low, high) signatories, at least one coalition, one
    member and two persons. ``message`` is formatted with ``stem``, ``n``, ``n_c``, ``n_m``, ``n_p``."""
    low, high = agents

    def mix(stem: str, n: int, n_c: int, n_m: int, n_p: int) -> str | None:
        if low <= n <= high and n_c >= 1 and n_m >= 1 and n_p >= 2:
            return None
        return message.format(stem=stem, n=n, n_c=n_c, n_m=n_m, n_p=n_p)

    return mix


def check(out: Path, docs: Sequence[Doc], rows: Rows, mix: MixCheck | None = None) -> int:
    """The ``--check`` of a generator: print the counts of each file and every error; 1 if any, else 0.

    ``mix``, where given, says when a file's mix of agents is outside the generator's brief.
    """
    import yaml

    errors = _check_rebuild(out, docs, rows)
    known = known_names()
    totals = [0, 0, 0, 0]  # signatories, coalitions, members, persons
    for stem, *_ in docs:
        gold = yaml.safe_load((out / f"{stem}.gold.yaml").read_text(encoding="utf-8"))
        errors += _check_gold(stem, gold, read_back(out / gold["document"]), known)
        sigs = gold["signatories"]
        n_c = sum(s["read_as"] == "coalition" for s in sigs)
        n_m = sum("member_of" in s for s in sigs)
        n_p = sum(s["read_as"] == "person" for s in sigs)
        if mix and (message := mix(stem, len(sigs), n_c, n_m, n_p)):
            errors.append(message)
        print(f"{gold['document']}: {len(sigs)} signatories ({n_c} coalitions, {n_m} members, {n_p} persons)")
        totals = [t + n for t, n in zip(totals, (len(sigs), n_c, n_m, n_p), strict=True)]
    total, coalitions, members, persons = totals
    print(f"total {total} signatories, {coalitions} coalitions, {members} members, {persons} persons")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


def main(
    argv: Sequence[str] | None,
    description: str,
    out: Path,
    docs: Sequence[Doc],
    rows: Rows,
    mix: MixCheck | None = None,
) -> int:
    """Command line of a generator: write the files into ``out``, or ``--check`` them."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="rebuild in a temp folder and verify")
    args = ap.parse_args(argv)
    if args.check:
        return check(out, docs, rows, mix)
    build(out, docs, rows)
    print(f"wrote {len(docs) * 2} files to {out.relative_to(ROOT)}")
    return 0
