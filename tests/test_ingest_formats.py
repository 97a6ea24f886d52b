"""Statements as published: web pages, PDFs and Word files read into text, and each format's failure
refused with one line that says what to do, nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from graph.cli.ingest import ingest_command
from graph.ingest import IngestError, Options, ingest
from graph.ingest.extract import read_input
from tests.documents import docx_file, image_only_pdf, pdf_pages

PAGE = """<!DOCTYPE html><html><head><title>Quito</title><style>p{}</style></head><body>
<header class="site"><a href="/">Inicio</a> <a href="/n">Noticias</a></header>
<nav><ul><li>Menu uno</li><li>Menu dos</li></ul></nav>
<div id="cookie-consent"><p>Usamos cookies.</p><button>Aceptar</button></div>
<main><article><h1>Declaraci&oacute;n de Quito</h1>
<p>Exigimos v&iacute;as regulares para todas las personas migrantes.</p>
<p>Firman:</p>
<ul><li>Red Andina de Ejemplo (RAE), integrada por:
  <ul><li>Casa Uno - Ecuador</li><li>Centro Dos (Per&uacute;)</li></ul></li>
<li>Fundaci&oacute;n Tres</li></ul>
<table><tr><td>Colectivo Cuatro</td><td>Chile</td></tr></table>
<div class="share-buttons"><a>Compartir</a></div></article></main>
<footer><p>Contacto: info@example.org</p></footer></body></html>"""


def test_a_web_page_keeps_its_main_content_and_list_nesting(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    read = read_input(page)
    assert read.text == (
        "Declaración de Quito\n"
        "Exigimos vías regulares para todas las personas migrantes.\n"
        "Firman:\n"
        "- Red Andina de Ejemplo (RAE), integrada por:\n"
        "  - Casa Uno - Ecuador\n"
        "  - Centro Dos (Perú)\n"
        "- Fundación Tres\n"
        "Colectivo Cuatro | Chile\n"
    )
    assert read.origin is not None
    assert (read.origin.format, read.origin.name) == ("html", "page.html")
    assert read.origin.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert read.origin.extractor.startswith("selectolax") and read.origin.version[0].isdigit()


def test_a_pdf_drops_running_headers_and_page_numbers_and_keeps_indentation(tmp_path: Path) -> None:
    pages = [
        [(0, "We ask States to end the detention of every migrant child and to offer regular path-"),
         (0, "ways to all who need them."), (0, ""), (0, "Signatories:"),
         (0, "• Regional Network of Example (RNE), composed of:"), (18, "- House One - Mexico"),
         (18, "- Center Two (Guatemala)")],
        [(0, "• Foundation Three"), (0, "Jane Roe")],
    ]  # fmt: skip
    read = read_input(pdf_pages(tmp_path / "s.pdf", pages, header="Joint statement - Forum 2026"))
    assert read.text == (
        "We ask States to end the detention of every migrant child and to offer regular pathways to all who "
        "need them.\n"
        "\n"
        "Signatories:\n"
        "• Regional Network of Example (RNE), composed of:\n"
        "   - House One - Mexico\n"
        "   - Center Two (Guatemala)\n"
        "\n"
        "• Foundation Three\n"
        "Jane Roe\n"
    )
    assert read.origin is not None and read.origin.format == "pdf" and read.origin.extractor.startswith("pdfplumber")


def test_a_pdf_table_row_stays_one_line_with_its_cells(tmp_path: Path) -> None:
    rows = [(0, "Signatories:"), (0, "Colectivo Cuatro                                        Chile")]
    read = read_input(pdf_pages(tmp_path / "t.pdf", [rows]))
    assert read.text.splitlines()[-1] == "Colectivo Cuatro | Chile"


def test_a_word_file_keeps_list_levels_numbering_and_tables(tmp_path: Path) -> None:
    blocks = [
        ("Heading 1", "Carta abierta"),
        ("Normal", "Exigimos el fin de la detención migratoria."),
        ("Normal", "Assinam:"),
        ("List Bullet", "Rede Exemplo, integrada por:"),
        ("List Bullet 2", "Casa Um"),
        ("List Bullet 2", "Centro Dois - Brasil"),
        ("List Number", "Fundação Três"),
        ("List Number", "Instituto Quatro"),
    ]
    read = read_input(docx_file(tmp_path / "c.docx", blocks, [["Coletivo Cinco", "Brasil"]]))
    assert read.text == (
        "Carta abierta\n"
        "Exigimos el fin de la detención migratoria.\n"
        "Assinam:\n"
        "- Rede Exemplo, integrada por:\n"
        "  - Casa Um\n"
        "  - Centro Dois - Brasil\n"
        "1. Fundação Três\n"
        "2. Instituto Quatro\n"
        "Coletivo Cinco | Brasil\n"
    )
    assert read.origin is not None and read.origin.format == "docx" and read.origin.extractor.startswith("python-docx")


def refused(tmp_path: Path, data_copy: Path, file: Path) -> str:
    """Run the CLI on ``file``: it must fail with exit code 1 and one line, and write nothing."""
    out = tmp_path / "draft"
    result = CliRunner().invoke(ingest_command, [str(file), "--data", str(data_copy), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    message = " ".join(result.output.split())
    return message


def test_a_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path, data_copy: Path) -> None:
    message = refused(tmp_path, data_copy, image_only_pdf(tmp_path / "scan.pdf"))
    assert "scan.pdf has no text layer (a scanned or image-only PDF): run OCR on it first" in message


def test_an_encrypted_pdf_asks_for_an_unprotected_copy(tmp_path: Path, data_copy: Path) -> None:
    locked = pdf_pages(tmp_path / "locked.pdf", [[(0, "Signatories:"), (0, "Red Uno")]], encrypt="secret")
    message = refused(tmp_path, data_copy, locked)
    assert "locked.pdf is an encrypted PDF that needs a password: open it with the password" in message


def test_a_corrupt_pdf_asks_for_a_new_copy(tmp_path: Path, data_copy: Path) -> None:
    whole = pdf_pages(tmp_path / "whole.pdf", [[(0, "Signatories:"), (0, "Red Uno")]]).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(whole[: len(whole) // 3])
    message = refused(tmp_path, data_copy, broken)
    assert "broken.pdf is not a readable PDF (" in message and "download or export it again" in message


def test_a_corrupt_word_file_asks_to_save_it_again(tmp_path: Path, data_copy: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40 + b"not really a zip")
    message = refused(tmp_path, data_copy, broken)
    assert "broken.docx is not a readable Word file (" in message and "save it again as .docx" in message


def test_a_file_named_pdf_that_is_not_one_is_refused(tmp_path: Path, data_copy: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("just some words", "utf-8")
    assert "fake.pdf is named .pdf but is not a PDF file (corrupt or mislabelled)" in refused(tmp_path, data_copy, fake)


def test_an_old_word_file_asks_for_docx(tmp_path: Path, data_copy: Path) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    message = refused(tmp_path, data_copy, old)
    assert "old.doc is an old binary Office file (.doc/.xls): open it in Word or LibreOffice and save it as .docx" in (
        message
    )


def test_non_utf8_text_asks_to_save_as_utf8(tmp_path: Path, data_copy: Path) -> None:
    latin1 = tmp_path / "statement.txt"
    latin1.write_bytes("Exigimos la protección de las personas migrantes.\n".encode("latin-1"))
    message = refused(tmp_path, data_copy, latin1)
    assert (
        f"{latin1} is not UTF-8 text (invalid continuation byte at byte 20): open it in a text editor and save it "
        "with the UTF-8 encoding" in message
    )


def test_a_pdf_statement_becomes_a_draft_with_its_origin(tmp_path: Path, data_copy: Path) -> None:
    pages = [[(0, "Declaration of Example"), (0, "We demand regular pathways for all migrants."), (0, ""),
              (0, "Signed by:"), (0, "- Example Network of Migrants (ENM) - Mexico"), (0, "- Jane Roe")]]  # fmt: skip
    source = pdf_pages(tmp_path / "d.pdf", pages)
    result = ingest(source, Options(), data_copy, tmp_path / "draft")
    origin = yaml.safe_load((tmp_path / "draft" / "origin.yaml").read_text("utf-8"))
    assert origin["name"] == "d.pdf" and origin["format"] == "pdf"
    assert origin["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert origin["extracted_to"] == f"sources/{result.draft.source_name}"
    written = (tmp_path / "draft" / "sources" / result.draft.source_name).read_text("utf-8")
    assert "Example Network of Migrants (ENM) - Mexico" in written


def test_reading_errors_are_ingest_errors(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is empty"):
        empty = tmp_path / "e.html"
        empty.write_text("  \n", "utf-8")
        read_input(empty)
