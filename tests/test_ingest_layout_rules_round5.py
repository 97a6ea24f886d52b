"""Layout rules added when the fourth and fifth held-out sets became development data, one small
invented statement each: a coalition that signs 'on behalf of' its members ('en nombre de:', 'em nome
de:', 'au nom de :'), and a layout marker '(network)', '(rede)' between a name and its place."""

# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path

from graph.ingest.countries import Gazetteer
from graph.ingest.extract import read_input
from tests.documents import pdf_pages
from tests.layout_rows import read

BODY = "Joint appeal\n\nWe ask every government to open safe and legal routes for people on the move.\n\n"


def test_network_marker_and_country_before_on_behalf_of(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nHarbour Light Legal Aid, Ireland\n"
    text += "Baltic Shelter Forum (network), Latvia, on behalf of its members:\n"
    text += "    – Riga Night Shelter, Latvia\n    – Tallinn Welcome House, Estonia\nNorth Sea Migrant Desk, Norway\n\n"
    text += "Press: press@example.org\n"
    assert read(text, gazetteer) == [
        ("Harbour Light Legal Aid", "organization", "", ("IE",)),
        ("Baltic Shelter Forum", "coalition", "", ("LV",)),
        ("Riga Night Shelter", "organization", "Baltic Shelter Forum", ("LV",)),
        ("Tallinn Welcome House", "organization", "Baltic Shelter Forum", ("EE",)),
        ("North Sea Migrant Desk", "organization", "", ("NO",)),
    ]


def test_rede_marker_with_city_and_em_nome_de(gazetteer: Gazetteer) -> None:
    text = BODY + "Assinam:\n\n- Instituto Vento Sul — Porto Alegre, Brasil\n"
    text += "- Rede Atlântica de Acolhida (rede) — Luanda, Angola, em nome de:\n"
    text += "    - Casa Kizomba — Benguela, Angola\n    - Centro Bissau Aberto — Bissau, Guiné-Bissau\n"
    text += "- Coletivo Maré Alta — Recife, Brasil\n"
    rows = read(text, gazetteer)
    assert [(name, kind, parent) for name, kind, parent, _ in rows] == [
        ("Instituto Vento Sul", "organization", ""),
        ("Rede Atlântica de Acolhida", "coalition", ""),
        ("Casa Kizomba", "organization", "Rede Atlântica de Acolhida"),
        ("Centro Bissau Aberto", "organization", "Rede Atlântica de Acolhida"),
        ("Coletivo Maré Alta", "organization", ""),
    ]
    assert rows[1][3] == ("AO",)


def test_sector_headings_with_counts_are_no_agents(gazetteer: Gazetteer) -> None:
    text = BODY + "Respaldan:\n\nAsociaciones civiles (2)\nCasa Andina del Migrante (Perú)\n"
    text += "Refugio Sol del Sur (Chile)\n\n"
    text += "Redes y plataformas (1)\nRed Pacífico Sur (red), en nombre de:\n    - Hogar Caleta Norte (Chile)\n\n"
    text += "Personas (1)\nDra. Inés Quiroga Salas (Argentina)\n"
    assert read(text, gazetteer) == [
        ("Casa Andina del Migrante", "organization", "", ("PE",)),
        ("Refugio Sol del Sur", "organization", "", ("CL",)),
        ("Red Pacífico Sur", "coalition", "", ()),
        ("Hogar Caleta Norte", "organization", "Red Pacífico Sur", ("CL",)),
        ("Dra. Inés Quiroga Salas", "person", "", ("AR",)),
    ]


def test_shortened_running_title_beside_a_page_number_is_furniture(gazetteer: Gazetteer) -> None:
    text = "SAFE HARBOURS NOW: A JOINT STATEMENT ON SEA RESCUE\n\nWe ask every state to rescue people at sea.\n\n"
    text += "Signatories:\n\nBlue Line Rescue (Malta)\nTide Watch Alliance (network), on behalf of:\n"
    text += "    - Harbour Doctors (Greece)\n\nSafe Harbours Now - joint statement\nPage 2 of 2\n\n"
    text += "    - Lampedusa Welcome Point (Italy)\nNorth Shore Legal Clinic (Cyprus)\n"
    rows = read(text, gazetteer)
    assert [(name, parent) for name, _, parent, _ in rows] == [
        ("Blue Line Rescue", ""),
        ("Tide Watch Alliance", ""),
        ("Harbour Doctors", "Tide Watch Alliance"),
        ("Lampedusa Welcome Point", "Tide Watch Alliance"),
        ("North Shore Legal Clinic", ""),
    ]


def test_collectif_marker_before_a_country_in_brackets(gazetteer: Gazetteer) -> None:
    text = BODY + "Endossent cet appel :\n\nCollectif Rives Ouvertes (collectif) (France)\nMaison Kora (Sénégal)\n"
    assert read(text, gazetteer) == [
        ("Collectif Rives Ouvertes", "organization", "", ("FR",)),
        ("Maison Kora", "organization", "", ("SN",)),
    ]


def test_signatories_before_the_letter_and_a_later_list_after_it(gazetteer: Gazetteer) -> None:
    text = "The undersigned organizations\n- Northgate Refugee Forum (United Kingdom)\n"
    text += "- Kelp Coast Network (network), on behalf of:\n  - Orkney Welcome Table (United Kingdom)\n"
    text += "- Dublin Family Reunion Desk (Ireland)\nIndividuals:\n- Dr. Fiona MacLeod (United Kingdom)\n"
    text += "Edinburgh, 2 December 2026\nTo the Minister for Borders\nSubject: family reunion delays\nDear Minister,\n"
    text += "Children have waited for years to join a parent who was granted protection in this country.\n"
    text += "Yours sincerely.\nAlso signed by:\n- Cardiff Sanctuary Kitchen (United Kingdom)\n"
    text += "Contact: Mary Rowe, reunion@example.org\n"
    rows = read(text, gazetteer)
    assert [(name, kind, parent) for name, kind, parent, _ in rows] == [
        ("Northgate Refugee Forum", "organization", ""),
        ("Kelp Coast Network", "coalition", ""),
        ("Orkney Welcome Table", "organization", "Kelp Coast Network"),
        ("Dublin Family Reunion Desk", "organization", ""),
        ("Dr. Fiona MacLeod", "person", ""),
        ("Cardiff Sanctuary Kitchen", "organization", ""),
    ]


def test_place_line_below_each_name_and_a_cue_line_below_a_network(gazetteer: Gazetteer) -> None:
    text = BODY + "Signataires\nOrganisations et personnes qui se joignent à cet appel :\n"
    text += "Maison Baobab d'Accueil\nSénégal\nComptoir Juridique des Exilés\nFrance\n"
    text += "Réseau Sahel Hospitalité\nréseau\nRégional\nau nom de :\n- Case Solidaire de Kayes (Mali)\n"
    text += "- Abri Tadamoun (Niger)\nAtelier Migrations Lumière\nBelgique\nAlliance des Rives\nréseau\n"
    text += "au nom de : Foyer Oasis (Tunisie) ; Point Refuge Oujda (Maroc)\n"
    text += "Personnes signataires\nMe Lucie Fontanel-Ba\nFrance\n"
    rows = read(text, gazetteer)
    assert rows == [
        ("Maison Baobab d'Accueil", "organization", "", ("SN",)),
        ("Comptoir Juridique des Exilés", "organization", "", ("FR",)),
        ("Réseau Sahel Hospitalité", "coalition", "", ()),
        ("Case Solidaire de Kayes", "organization", "Réseau Sahel Hospitalité", ("ML",)),
        ("Abri Tadamoun", "organization", "Réseau Sahel Hospitalité", ("NE",)),
        ("Atelier Migrations Lumière", "organization", "", ("BE",)),
        ("Alliance des Rives", "coalition", "", ()),
        ("Foyer Oasis", "organization", "Alliance des Rives", ("TN",)),
        ("Point Refuge Oujda", "organization", "Alliance des Rives", ("MA",)),
        ("Me Lucie Fontanel-Ba", "person", "", ("FR",)),
    ]


def test_country_headings_above_names_stay_headings(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\n\nKenya\nNairobi Shelter Collective\nMombasa Legal Desk\n\nUganda\n"
    text += "Kampala Refuge Line\n\nTanzania\nDodoma Welcome House\nArusha Migrant Forum\n"
    rows = read(text, gazetteer)
    assert [(name, countries) for name, _, _, countries in rows] == [
        ("Nairobi Shelter Collective", ("KE",)),
        ("Mombasa Legal Desk", ("KE",)),
        ("Kampala Refuge Line", ("UG",)),
        ("Dodoma Welcome House", ("TZ",)),
        ("Arusha Migrant Forum", ("TZ",)),
    ]


def test_block_of_names_without_heading_above_a_supporters_label(gazetteer: Gazetteer) -> None:
    text = "DECLARACIÓN SOBRE EL ASILO EN LOS PUERTOS\n\nPedimos a las autoridades que reciban a toda persona que "
    text += "solicite asilo en un puerto de entrada y que dejen de devolverla a ciudades peligrosas.\n\n"
    text += "Casa Refugio Las Palmas, San Pedro Sula, Honduras\nClínica Legal del Norte, El Paso, Estados Unidos\n"
    text += "Comedor La Frontera, Ciudad Juárez, México\n\nCon el apoyo de:\nFundación Horizonte Abierto\n\n"
    text += "Contacto: prensa@example.org\n"
    assert read(text, gazetteer) == [
        ("Casa Refugio Las Palmas", "organization", "", ("HN",)),
        ("Clínica Legal del Norte", "organization", "", ("US",)),
        ("Comedor La Frontera", "organization", "", ("MX",)),
        ("Fundación Horizonte Abierto", "organization", "", ()),
    ]


def test_type_headings_above_bullets_are_no_agents(gazetteer: Gazetteer) -> None:
    text = BODY + "Aderem a este apelo:\n\nSindicatos\n- Sindicato dos Estivadores Migrantes (Brasil)\n"
    text += "Organizações religiosas\n- Pastoral do Acolhimento de Manaus (Brasil)\n"
    text += "Rede Amazônia Acolhe\n- Casa Rio Negro (Brasil)\n- Abrigo Tabatinga (Brasil)\n"
    assert read(text, gazetteer) == [
        ("Sindicato dos Estivadores Migrantes", "organization", "", ("BR",)),
        ("Pastoral do Acolhimento de Manaus", "organization", "", ("BR",)),
        ("Rede Amazônia Acolhe", "coalition", "", ()),
        ("Casa Rio Negro", "organization", "Rede Amazônia Acolhe", ("BR",)),
        ("Abrigo Tabatinga", "organization", "Rede Amazônia Acolhe", ("BR",)),
    ]


def wrapped(text: str, width: float = 420.0) -> list[str]:
    """``text`` wrapped greedily at ``width`` points in the test font, as a PDF writer wraps it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.documents import FONT

    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, 11) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def test_pdf_run_on_paragraph_wrapped_at_long_words_and_across_a_page(tmp_path: Path, gazetteer: Gazetteer) -> None:
    names = "Endorsed by: Harbour Light Legal Aid, Northumberland Sanctuary Kitchen, Baltic Shelter Forum "
    names += "(composed of Vilnius Open Door, Klaipeda Seafarers Welcome, Transcarpathian Humanitarian Volunteers), "
    names += "Liverpool Unaccompanied Minors Befriending Scheme, Aberdeenshire Refugee Orchestra and "
    names += "Cardiff Sanctuary Kitchen."
    lines = wrapped(names)
    body = [(0.0, "We ask every government to open safe routes."), (0.0, "")]
    page_one = body + [(0.0, line) for line in lines[:3]]
    page_two = [(0.0, line) for line in lines[3:]]
    text = read_input(pdf_pages(tmp_path / "run-on.pdf", [page_one, page_two], header="Safe routes")).text
    rows = read(text, gazetteer)
    assert [(name, parent) for name, _, parent, _ in rows] == [
        ("Harbour Light Legal Aid", ""),
        ("Northumberland Sanctuary Kitchen", ""),
        ("Baltic Shelter Forum", ""),
        ("Vilnius Open Door", "Baltic Shelter Forum"),
        ("Klaipeda Seafarers Welcome", "Baltic Shelter Forum"),
        ("Transcarpathian Humanitarian Volunteers", "Baltic Shelter Forum"),
        ("Liverpool Unaccompanied Minors Befriending Scheme", ""),
        ("Aberdeenshire Refugee Orchestra", ""),
        ("Cardiff Sanctuary Kitchen", ""),
    ]


def test_bold_names_with_town_suffixes_and_a_persons_table_with_a_note(gazetteer: Gazetteer) -> None:
    text = BODY + "## Firman\n\n- **Casa Caribe Abierto** — Puerto España, Trinidad y Tobago\n"
    text += "- **Refugio Costero de Guatemala** — Livingston\n\n## Firmas individuales\n\n"
    text += "| Nombre | Institución (solo para identificación) | País |\n|---|---|---|\n"
    text += "| Dra. Paula Méndez Roca | Universidad del Litoral | Chile |\n"
    assert read(text, gazetteer) == [
        ("Casa Caribe Abierto", "organization", "", ("TT",)),
        ("Refugio Costero de Guatemala", "organization", "", ("GT",)),
        ("Dra. Paula Méndez Roca", "person", "", ("CL",)),
    ]


def test_network_named_again_with_a_signing_verb_before_its_members(gazetteer: Gazetteer) -> None:
    text = BODY + "Signatories:\n\nMekong Migrant Desk (Thailand)\nRiver Delta Network (regional)\n\n"
    text += "The River Delta Network (network) signs on behalf of its members:\n"
    text += "- Can Tho Shelter House (Viet Nam)\n- Phnom Penh Return Centre (Cambodia)\n"
    rows = read(text, gazetteer)
    assert [(name, kind, parent) for name, kind, parent, _ in rows] == [
        ("Mekong Migrant Desk", "organization", ""),
        ("River Delta Network", "coalition", ""),
        ("Can Tho Shelter House", "organization", "River Delta Network"),
        ("Phnom Penh Return Centre", "organization", "River Delta Network"),
    ]


def test_supporters_label_running_on_into_a_name_without_colon(gazetteer: Gazetteer) -> None:
    text = BODY + "Signed by:\nHarbour Light Legal Aid (Ireland)\nNorth Sea Migrant Desk (Norway)\n\n"
    text += "With the support of Tidewater Charitable Fund.\n"
    assert read(text, gazetteer) == [
        ("Harbour Light Legal Aid", "organization", "", ("IE",)),
        ("North Sea Migrant Desk", "organization", "", ("NO",)),
        ("Tidewater Charitable Fund", "organization", "", ()),
    ]
