"""Text normalisation before the list reader (round 8b): quote markers of a forwarded e-mail read as
indentation, tree characters as nested bullets, a country set in a column (tab or a wide gap) as the
entry's place, and in Word files manual line breaks as lines, a tab stop before a country as its
column and paragraph indentation as nesting. Each rewrite of plain text keeps its length, so offsets
into the extracted text stay offsets into the file. Invented statements, in other languages than the
held-out documents that showed each class."""

# ruff: noqa: RUF001

from __future__ import annotations

import io

from docx import Document
from docx.shared import Cm

from graph.ingest.countries import Gazetteer
from graph.ingest.extract.docx import Reader, broken_lines
from graph.ingest.extract.layout_text import normalise
from graph.ingest.furniture import is_furniture
from graph.ingest.lists import BULLET
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
    assert broken_lines("RED SUR / Chile\nCÍRCULO DE ESTUDIOS, A.C. / México") == [
        "RED SUR / Chile",
        "CÍRCULO DE ESTUDIOS, A.C. / México",
    ]


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


def test_spaced_slash_before_a_country_keeps_hyphenated_and_comma_names_whole(gazetteer: Gazetteer) -> None:
    text = "Declaración\n\nPedimos un canal de regularización.\n\nENTIDADES FIRMANTES\n\n"
    text += "COLECTIVO ÍTALO-ARGENTINO DE ROSARIO / Argentina\n"
    text += "FEDERACIÓN DE COOPERATIVAS DEL SUR, FECOSUR / Uruguay\n"
    text += "UNIÓN DE JORNALEROS DEL VALLE – UJV / Chile\n"
    assert read(text, gazetteer) == [
        ("COLECTIVO ÍTALO-ARGENTINO DE ROSARIO", "organization", "", ("AR",)),
        ("FEDERACIÓN DE COOPERATIVAS DEL SUR, FECOSUR", "organization", "", ("UY",)),
        ("UNIÓN DE JORNALEROS DEL VALLE – UJV", "organization", "", ("CL",)),
    ]


def test_column_titles_and_rulers_are_furniture_and_guillemets_are_bullets() -> None:
    assert is_furniture("Organización\tPaís")
    assert is_furniture("Organização         País")
    assert is_furniture("==============================")
    assert is_furniture("───────────────")
    assert not is_furniture("Centro de Estudios Migratorios")
    assert BULLET.match("» Casa del Migrante") and BULLET.match("› Casa del Migrante")


def test_forward_headers_quote_intros_and_salutations_are_furniture() -> None:
    for line in ("Assunto: ENC: Assinaturas", "Objet : TR : signatures", "Enviado: terça-feira", "Cc: Rede Sul"):
        assert is_furniture(line), line
    for line in ("Em 24/11/2026, Secretaria escreveu:", "Le 24 nov. 2026, le secrétariat a écrit :"):
        assert is_furniture(line), line
    for line in ("Caros companheiros,", "Chers collègues,", "Um abraço", "Cordialement,", "Saludos cordiales"):
        assert is_furniture(line), line
    for line in ("Rede Data Viva", "Association Objectif Asile", "Caritas Para Todos", "Dear Minister,"):
        assert not is_furniture(line), line


def test_a_subject_line_naming_signatures_opens_no_list(gazetteer: Gazetteer) -> None:
    text = "De: Secretaria da Rede\nAssunto: ENC: Assinaturas\n\nCaros companheiros,\nsegue a carta.\n"
    text += "Um abraço\nJoana\n\n> Carta aberta\n>\n> Pedimos vistos de trabalho.\n>\n> Assinaturas:\n"
    text += "> Associação Ponte Segura (Portugal)\n> Casa do Migrante de Braga (Portugal)\n"
    assert read(normalise(text), gazetteer) == [
        ("Associação Ponte Segura", "organization", "", ("PT",)),
        ("Casa do Migrante de Braga", "organization", "", ("PT",)),
    ]
