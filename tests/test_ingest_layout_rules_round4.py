"""Layout rules added when the third held-out set became development data, one small invented
statement each: regional headings (known regions and region words), letter headings of an
alphabetical list, persons '(in a personal capacity)', entries joined by ' · ' or ' | ', a table's
type column, a coalition named again in a paragraph with its members, and a country word inside a
name whose place the layout states."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from graph.ingest.countries import Gazetteer
from tests.layout_rows import read

BODY = "Joint appeal\n\nWe ask every government to open safe and legal routes for people on the move.\n\n"


def test_regional_headings_are_no_agents_and_give_no_country(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nZONA NORTE\nCasa Refugio Esperanza (México)\nHope Shelter Network\n\n"
    text += "Pacific Islands\nTonga Migrant Voices (Tonga)\n\nCentral and Eastern Europe\nWarsaw Welcome Centre\n\n"
    text += "OCÉAN INDIEN\nCollectif Comores Solidaires (Comores)\n"
    assert read(text, gazetteer) == [
        ("Casa Refugio Esperanza", "organization", "", ("MX",)),
        ("Hope Shelter Network", "organization", "", ()),
        ("Tonga Migrant Voices", "organization", "", ("TO",)),
        ("Warsaw Welcome Centre", "organization", "", ()),
        ("Collectif Comores Solidaires", "organization", "", ("KM",)),
    ]


def test_letter_headings_of_an_alphabetical_list_are_no_agents(gazetteer: Gazetteer) -> None:
    text = BODY + "## Adhesiones\n\n### A\n\n- Albergue Camino Largo (Perú)\n\n### B\n\n"
    text += "- Brigada Salud Andina (Bolivia)\n\nC\n- Colectivo Cruce Seguro\n"
    assert read(text, gazetteer) == [
        ("Albergue Camino Largo", "organization", "", ("PE",)),
        ("Brigada Salud Andina", "organization", "", ("BO",)),
        ("Colectivo Cruce Seguro", "organization", "", ()),
    ]


def test_persons_in_a_personal_capacity_among_organizations(gazetteer: Gazetteer) -> None:
    text = (
        BODY + "Endorsements\n\n- Lantern Reading Clubs (Ireland)\n- Okafor, Ngozi (in a personal capacity) (Nigeria)\n"
    )
    text += (
        "- Dra. Rosa Ibáñez (a título personal), Chile\n- Me Luc Perrin (à titre personnel)\n- Harbour Lights Trust\n"
    )
    assert read(text, gazetteer) == [
        ("Lantern Reading Clubs", "organization", "", ("IE",)),
        ("Okafor, Ngozi", "person", "", ("NG",)),
        ("Dra. Rosa Ibáñez", "person", "", ("CL",)),
        ("Me Luc Perrin", "person", "", ()),
        ("Harbour Lights Trust", "organization", "", ()),
    ]


def test_entries_joined_on_one_line_by_a_middle_dot_or_a_bar(gazetteer: Gazetteer) -> None:
    text = BODY + "Organisations signataires\n\n"
    text += "Maison Ouverte de Dakar (Sénégal) · Association Entraide Nord-Sud (Belgique) · "
    text += "Collectif Les Passeurs (France)\n"
    text += "Ligue Solidaire de Tunis (Tunisie) | Accueil des Deux Rives (Maroc)\n"
    assert read(text, gazetteer) == [
        ("Maison Ouverte de Dakar", "organization", "", ("SN",)),
        ("Association Entraide Nord-Sud", "organization", "", ("BE",)),
        ("Collectif Les Passeurs", "organization", "", ("FR",)),
        ("Ligue Solidaire de Tunis", "organization", "", ("TN",)),
        ("Accueil des Deux Rives", "organization", "", ("MA",)),
    ]


def test_type_column_and_a_coalition_named_again_with_its_members(gazetteer: Gazetteer) -> None:
    text = BODY + "Firmantes\n\n| Nombre | Tipo | País |\n|---|---|---|\n"
    text += "| Unión de Jornaleras del Valle | Organización | México |\n"
    text += "| Red Campesina Transfronteriza (RCT) | Red | Regional |\n"
    text += "| Lucía Fernández Soto | Persona (a título personal) | Chile |\n"
    text += "| Pbro. Andrés Villalobos | Individual | Costa Rica |\n\n"
    text += "La Red Campesina Transfronteriza (RCT), que agrupa a Sindicato de Recolectores de Fresa (España), "
    text += "Colectivo Manos del Campo y Centro de Apoyo al Trabajador Rural (Honduras), firma en nombre de todas sus "
    text += "organizaciones.\n\nContacto de prensa: Mariana Ortiz, prensa@rct.example\n"
    network = "Red Campesina Transfronteriza (RCT)"
    assert read(text, gazetteer) == [
        ("Unión de Jornaleras del Valle", "organization", "", ("MX",)),
        (network, "coalition", "", ()),
        ("Lucía Fernández Soto", "person", "", ("CL",)),
        ("Pbro. Andrés Villalobos", "person", "", ("CR",)),
        ("Sindicato de Recolectores de Fresa", "organization", network, ("ES",)),
        ("Colectivo Manos del Campo", "organization", network, ()),
        ("Centro de Apoyo al Trabajador Rural", "organization", network, ("HN",)),
    ]


def test_a_country_word_in_a_name_gives_no_country_when_the_layout_states_one(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nCasa do Brasil em Lisboa (Portugal)\nKenyan Workers Abroad Network (Qatar)\n"
    text += "Grenada Migrant Relief Society\n"
    assert read(text, gazetteer) == [
        ("Casa do Brasil em Lisboa", "organization", "", ("PT",)),
        ("Kenyan Workers Abroad Network", "organization", "", ("QA",)),
        ("Grenada Migrant Relief Society", "organization", "", ("GD",)),
    ]


def test_a_closing_verb_after_inline_members_is_no_part_of_the_last_name(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nHarbour Lights Trust (Ireland)\nRosa Beltrán Ortiz – a título personal\n\n"
    text += "The Riverbank Shelter Network (RSN), which brings together Saint Brendan Welcome House (Ireland), "
    text += "Firma Solidaria Collective and Northgate Refugee Clinic (United Kingdom), also signs this statement.\n"
    network = "The Riverbank Shelter Network (RSN)"
    assert read(text, gazetteer) == [
        ("Harbour Lights Trust", "organization", "", ("IE",)),
        ("Rosa Beltrán Ortiz", "person", "", ()),
        (network, "coalition", "", ()),
        ("Saint Brendan Welcome House", "organization", network, ("IE",)),
        ("Firma Solidaria Collective", "organization", network, ()),
        ("Northgate Refugee Clinic", "organization", network, ("GB",)),
    ]


def test_region_with_inline_entries_and_a_repeated_heading(gazetteer: Gazetteer) -> None:
    text = BODY + "Subscrevem:\n\nEUROPA: Associação Lusofonia Viva (França) | Casa Brasil Solidária (Portugal)\n"
    text += "Cone Sul: Centro de Apoio ao Migrante (Brasil) · Associação Mutual de Aposentados (Argentina)\n\n"
    text += "Subscrevem (continuação)\nInstituto Travessia (Brasil)\n"
    assert read(text, gazetteer) == [
        ("Associação Lusofonia Viva", "organization", "", ("FR",)),
        ("Casa Brasil Solidária", "organization", "", ("PT",)),
        ("Centro de Apoio ao Migrante", "organization", "", ("BR",)),
        ("Associação Mutual de Aposentados", "organization", "", ("AR",)),
        ("Instituto Travessia", "organization", "", ("BR",)),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Contact\nJane Doe, coordinator\njane@example.org\n",
        "For further information, please contact:\nJane Doe\nCoordinator, Harbour Lights Trust\n",
        "**Contactos de prensa**\nJane Doe – jane@example.org\n",
        "Pour en savoir plus\nJane Doe\n",
    ],
)
def test_a_closing_contact_block_ends_the_list(gazetteer: Gazetteer, closing: str) -> None:
    text = BODY + "Signed by:\n\nHarbour Lights Trust (Ireland)\nNorthgate Refugee Clinic (United Kingdom)\n\n"
    text += closing
    assert read(text, gazetteer) == [
        ("Harbour Lights Trust", "organization", "", ("IE",)),
        ("Northgate Refugee Clinic", "organization", "", ("GB",)),
    ]


def test_an_affiliation_before_the_capacity_marker_is_no_part_of_the_name(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nHarbour Lights Trust (Ireland)\n"
    text += "Dr. Helen Okoro, Lakeshore University (in a personal capacity)\n"
    text += (
        "Prof. Ana Gil – Universidad del Sur (a título personal), Chile\nJuan Pérez Soto (abogado, a título personal)\n"
    )
    text += "Ruiz Aldana, María José (a título personal)\n"
    assert read(text, gazetteer) == [
        ("Harbour Lights Trust", "organization", "", ("IE",)),
        ("Dr. Helen Okoro", "person", "", ()),
        ("Prof. Ana Gil", "person", "", ("CL",)),
        ("Juan Pérez Soto", "person", "", ()),
        ("Ruiz Aldana, María José", "person", "", ()),
    ]


def test_members_on_the_next_lines_of_a_coalition_named_again(gazetteer: Gazetteer) -> None:
    text = BODY + "Firman:\n\nCasa del Migrante Sur (Chile)\nRed Andina de Acogida (RAA)\n\n"
    text += "La Red Andina de Acogida (RAA), que reúne a las siguientes organizaciones:\n"
    text += "    Fundación Paso Libre (Perú)\n    Colectivo Frontera Abierta (Bolivia)\n\nContacto\nAna Soto\n"
    network = "Red Andina de Acogida (RAA)"
    assert read(text, gazetteer) == [
        ("Casa del Migrante Sur", "organization", "", ("CL",)),
        (network, "coalition", "", ()),
        ("Fundación Paso Libre", "organization", network, ("PE",)),
        ("Colectivo Frontera Abierta", "organization", network, ("BO",)),
    ]


def test_a_letter_index_above_an_alphabetical_list_is_no_agent(gazetteer: Gazetteer) -> None:
    text = BODY + "Signataires\n\nA · B · C\n\nA\nAccueil Vieux-Port (France)\n"
    text += "B\nBrigade Solidaire de Liège (Belgique)\n"
    assert read(text, gazetteer) == [
        ("Accueil Vieux-Port", "organization", "", ("FR",)),
        ("Brigade Solidaire de Liège", "organization", "", ("BE",)),
    ]
