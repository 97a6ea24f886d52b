"""Text normalisation before the list reader (round 8b): quote markers of a forwarded e-mail read as
indentation, tree characters as nested bullets, a country set in a column (tab or a wide gap) as the
entry's place, and in Word files manual line breaks as lines, a tab stop before a country as its
column and paragraph indentation as nesting. Each rewrite of plain text keeps its length, so offsets
into the extracted text stay offsets into the file. Invented statements, in other languages than the
held-out documents that showed each class."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Cm

from graph.ingest.countries import Gazetteer
from graph.ingest.extract.docx import Reader, broken_lines
from graph.ingest.extract.layout_text import normalise
from tests.layout_rows import read


def test_quote_markers_become_indentation_of_the_same_length() -> None:
    text = "> Firmantes:\n> > - Red Sur (Chile)\n>\n"
    result = normalise(text)
    assert len(result) == len(text)
    assert result.splitlines() == ["  Firmantes:", "    - Red Sur (Chile)", " "]


def test_quoted_list_in_a_forwarded_mail_is_read(gazetteer: Gazetteer) -> None:
    text = "Hola a todas:\n\nOs reenvío la declaración.\n\n"
    text += "> Declaración por el derecho a migrar\n>\n> Pedimos el fin de las expulsiones.\n>\n"
    text += "> Firmantes:\n>\n> - Colectivo Frontera Abierta (México)\n> - Casa de Acogida San Pedro (Guatemala)\n"
    rows = read(normalise(text), gazetteer)
    assert ("Colectivo Frontera Abierta", "organization", "", ("MX",)) in rows
    assert ("Casa de Acogida San Pedro", "organization", "", ("GT",)) in rows


def test_tree_characters_are_bullets_one_level_deeper(gazetteer: Gazetteer) -> None:
    text = "Declaración\n\nPedimos visados de trabajo.\n\nFirmantes:\n\n"
    text += "Red Andina de Movilidad Humana, integrada por:\n"
    text += "├─ Asociación Puente Seguro (Perú)\n"
    text += "└─ Colectivo Manos Unidas (Bolivia)\n"
    text += "Centro de Derechos del Migrante (Chile)\n"
    normalised = normalise(text)
    assert " - Asociación Puente Seguro (Perú)" in normalised.splitlines()
    rows = read(normalised, gazetteer)
    network = "Red Andina de Movilidad Humana"
    assert ("Asociación Puente Seguro", "organization", network, ("PE",)) in rows
    assert ("Colectivo Manos Unidas", "organization", network, ("BO",)) in rows
    assert ("Centro de Derechos del Migrante", "organization", "", ("CL",)) in rows


def test_wide_gap_before_a_country_is_a_place_column(gazetteer: Gazetteer) -> None:
    text = "Joint call\n\nWe ask for open work permits.\n\nSIGNATORIES\n"
    text += "Organization                               Country\n"
    text += "--------------------------------------------------\n"
    text += "Riverside Migrant Legal Aid                Kenya\n"
    text += "Harbour Workers Solidarity Fund            Regional\n"
    text += "Valley Seasonal Workers Union\tUganda\n"
    normalised = normalise(text)
    assert len(normalised) == len(text)
    assert "Riverside Migrant Legal Aid              \u2013 Kenya" in normalised
    assert "Valley Seasonal Workers Union\u2013Uganda" in normalised
    rows = read(normalised, gazetteer)
    assert ("Riverside Migrant Legal Aid", "organization", "", ("KE",)) in rows
    assert ("Valley Seasonal Workers Union", "organization", "", ("UG",)) in rows


def test_gap_before_a_word_that_is_no_place_is_left_alone() -> None:
    text = "Organization                               Country\n"
    assert normalise(text) == text


def test_manual_line_breaks_are_lines_and_a_lone_place_joins_its_entry() -> None:
    assert broken_lines("RED SUR / Chile\nCASA ABIERTA\nMéxico\n") == ["RED SUR / Chile", "CASA ABIERTA \u2013 México"]


def test_tab_stop_before_a_country_and_paragraph_indentation() -> None:
    document = Document()
    document.add_paragraph("Entidades signatárias")
    document.add_paragraph("Rede Lusófona de Apoio ao Imigrante\tPortugal")
    member = document.add_paragraph("Associação Ponte Atlântica\tCabo Verde")
    member.paragraph_format.left_indent = Cm(1)
    document.add_paragraph("Casa do Trabalhador Sazonal\tBrasil\nCentro Aberto\nAngola")
    buffer = io.BytesIO()
    document.save(buffer)
    text = Reader(Document(io.BytesIO(buffer.getvalue()))).read()
    assert text.splitlines() == [
        "Entidades signatárias",
        "Rede Lusófona de Apoio ao Imigrante \u2013 Portugal",
        "  Associação Ponte Atlântica \u2013 Cabo Verde",
        "Casa do Trabalhador Sazonal \u2013 Brasil",
        "Centro Aberto \u2013 Angola",
    ]
