"""Statement files of every input format, made with real libraries (reportlab, python-docx) for tests."""

from __future__ import annotations

from pathlib import Path

import docx
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "Vera"  # shipped inside reportlab, with the Unicode mapping a real PDF's fonts carry
pdfmetrics.registerFont(TTFont(FONT, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
WIDTH, HEIGHT = A4


def pdf_pages(path: Path, pages: list[list[tuple[float, str]]], header: str = "", encrypt: str = "") -> Path:
    """One page per list of (indent in points, line); a running header and a page number on each."""
    encryption = StandardEncryption(encrypt, ownerPassword="owner") if encrypt else None
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont(FONT, 8)
        if header:
            pdf.drawString(72, HEIGHT - 40, header)
        pdf.drawCentredString(WIDTH / 2, 30, str(number))
        pdf.setFont(FONT, 11)
        y = HEIGHT - 90
        for indent, line in lines:
            if line:
                pdf.drawString(72 + indent, y, line)
            y -= 15
        pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(100, 100, 200, 300, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def docx_file(path: Path, blocks: list[tuple[str, str]], table: list[list[str]] | None = None) -> Path:
    """Paragraphs as (style, text): 'Normal', 'Heading 1', 'List Bullet', 'List Bullet 2', 'List Number'."""
    document = docx.Document()
    for style, text in blocks:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(str(path))
    return path
