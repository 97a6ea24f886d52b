"""Layout rules of the signatory reader, one small invented statement each: headings found inside a
short line, country headings and 'Country: A, B' lines, a colon after a coalition, titles and roles
of persons, suffix shapes, semicolon lists, 'and' before the last name, tables with town, country
and 'member of' columns."""

# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path

from graph.ingest.countries import Gazetteer
from graph.ingest.extract import read_input
from tests.layout_rows import read

BODY = "Declaración\n\nPedimos documentos para todas las personas migrantes.\n\nLima, 3 de mayo de 2026\n\n"


def test_a_heading_word_inside_a_short_line(gazetteer: Gazetteer) -> None:
    text = BODY + "Lista de organizaciones firmantes:\n\n01. Fundación Pasos Firmes (Ciudad de Guatemala, Guatemala)\n"
    text += "02. Asociación Niñez sin Muros / Honduras\n03. Red Infancia en Camino: México\n\n"
    text += "Firmas individuales:\n- Ana María Gutiérrez – Directora, Fundación Pasos Firmes\n- Pedro Solís, abogado\n"
    assert read(text, gazetteer) == [
        ("Fundación Pasos Firmes", "organization", "", ("GT",)),
        ("Asociación Niñez sin Muros", "organization", "", ("HN",)),
        ("Red Infancia en Camino", "organization", "", ("MX",)),
        ("Ana María Gutiérrez", "person", "", ()),
        ("Pedro Solís", "person", "", ()),
    ]


def test_country_headings_and_country_lines_are_places_not_agents(gazetteer: Gazetteer) -> None:
    text = BODY + "## Firmantes\n\n### Argentina\n\n- Colectivo Sur Abierto\n- Casa Puente de Rosario\n\n"
    text += "### Regional\n\n- Alianza Andina de Refugio (AAR)\n\n"
    text += "Chile: Fundación Cerro Alegre, Corporación Nuevo Paso.\n"
    assert read(text, gazetteer) == [
        ("Colectivo Sur Abierto", "organization", "", ("AR",)),
        ("Casa Puente de Rosario", "organization", "", ("AR",)),
        ("Alianza Andina de Refugio (AAR)", "organization", "", ()),
        ("Fundación Cerro Alegre", "organization", "", ("CL",)),
        ("Corporación Nuevo Paso", "organization", "", ("CL",)),
    ]


def test_a_colon_after_a_coalition_introduces_its_members(gazetteer: Gazetteer) -> None:
    text = BODY + "Firman:\n\nRed Costera de Acogida (RCA): Casa Marea Alta, Fundación Puerto Norte, Colectivo Ola.\n"
    text += "Asociación Caminos Libres\n"
    assert read(text, gazetteer) == [
        ("Red Costera de Acogida (RCA)", "coalition", "", ()),
        ("Casa Marea Alta", "organization", "Red Costera de Acogida (RCA)", ()),
        ("Fundación Puerto Norte", "organization", "Red Costera de Acogida (RCA)", ()),
        ("Colectivo Ola", "organization", "Red Costera de Acogida (RCA)", ()),
        ("Asociación Caminos Libres", "organization", "", ()),
    ]


def test_titles_roles_and_a_trailing_group_label(gazetteer: Gazetteer) -> None:
    text = "Joint letter\n\nWe ask for safe routes.\n\nParis, 1 May 2026\n\nLes organisations signataires :\n\n"
    text += "1) Collectif Vallée Solidaire\n2) Union des Exilés de Lille\n3) La Cimade Île-de-France\n\n"
    text += "Ainsi que :\nMarie Dupont, sociologue\nProf. James Whitlow, University of Dover\n"
    assert read(text, gazetteer) == [
        ("Collectif Vallée Solidaire", "organization", "", ()),
        ("Union des Exilés de Lille", "organization", "", ()),
        ("La Cimade Île-de-France", "organization", "", ("FR",)),
        ("Marie Dupont", "person", "", ()),
        ("Prof. James Whitlow", "person", "", ()),
    ]


def test_a_semicolon_list_keeps_commas_and_splits_the_last_y(gazetteer: Gazetteer) -> None:
    text = BODY + "Suscriben: Red de Mujeres, Territorio y Cuidado; Centro de Estudios, Trabajo y Frontera; "
    text += "Asociación Hogar Latino, Sevilla, España; Observatorio del Cuidado y Fundación Manos Juntas.\n"
    assert read(text, gazetteer) == [
        ("Red de Mujeres, Territorio y Cuidado", "organization", "", ()),
        ("Centro de Estudios, Trabajo y Frontera", "organization", "", ()),
        ("Asociación Hogar Latino", "organization", "", ("ES",)),
        ("Observatorio del Cuidado", "organization", "", ()),
        ("Fundación Manos Juntas", "organization", "", ()),
    ]


def test_and_before_the_last_name_after_a_bracketed_coalition(gazetteer: Gazetteer) -> None:
    text = "Appeal\n\nWe ask for family unity.\n\nLeeds, 2 June 2026\n\nSigned by: Harbour Law Centre, "
    text += "Moorland Families Coalition (members: Dale Kinship Project, Fell Parents Network and Beck Refugee "
    text += "Services), Welcome Office of Ripon and Riverside Outreach Collective.\n"
    assert read(text, gazetteer) == [
        ("Harbour Law Centre", "organization", "", ()),
        ("Moorland Families Coalition", "coalition", "", ()),
        ("Dale Kinship Project", "organization", "Moorland Families Coalition", ()),
        ("Fell Parents Network", "organization", "Moorland Families Coalition", ()),
        ("Beck Refugee Services", "organization", "Moorland Families Coalition", ()),
        ("Welcome Office of Ripon", "organization", "", ()),
        ("Riverside Outreach Collective", "organization", "", ()),
    ]


def test_table_columns_of_town_country_and_coalition(gazetteer: Gazetteer) -> None:
    text = BODY + "## Signataires\n\n| Organisation | Ville | Pays | Membre de |\n|---|---|---|---|\n"
    text += "| Réseau Fleuve Solidaire (RFS) | Dakar | Sénégal | |\n"
    text += "| Maison du Passage | Kayes | Mali | RFS |\n"
    text += "| Accueil Sable Rouge | Agadez | Niger | Réseau Fleuve Solidaire (RFS) |\n"
    text += "| Comité Dune Claire | Nouakchott | Mauritanie | |\n"
    assert read(text, gazetteer) == [
        ("Réseau Fleuve Solidaire (RFS)", "coalition", "", ("SN",)),
        ("Maison du Passage", "organization", "Réseau Fleuve Solidaire (RFS)", ("ML",)),
        ("Accueil Sable Rouge", "organization", "Réseau Fleuve Solidaire (RFS)", ("NE",)),
        ("Comité Dune Claire", "organization", "", ("MR",)),
    ]


def test_names_outside_a_persons_section_are_organizations(gazetteer: Gazetteer) -> None:
    text = "Open letter\n\nEnd child detention.\n\nYork, 4 May 2026\n\nSignatories\n1. Moor Welcome Kitchen\n"
    text += "2. Safe Harbours Europe\nIndividual signatories\n3. Helen Castle\n"
    assert read(text, gazetteer) == [
        ("Moor Welcome Kitchen", "organization", "", ()),
        ("Safe Harbours Europe", "organization", "", ()),
        ("Helen Castle", "person", "", ()),
    ]


def test_a_brazilian_town_and_state_is_brazil(gazetteer: Gazetteer) -> None:
    text = "Nota\n\nPedimos acolhida digna.\n\nRecife, 2 de maio de 2026\n\nAssinam:\n"
    text += "• Centro de Acolhida Sol Nascente (CASN) – São Paulo/SP\n• Projeto Rio Aberto – Manaus/AM\n"
    assert read(text, gazetteer) == [
        ("Centro de Acolhida Sol Nascente (CASN)", "organization", "", ("BR",)),
        ("Projeto Rio Aberto", "organization", "", ("BR",)),
    ]


def test_a_number_column_and_a_table_of_persons_with_their_institution(gazetteer: Gazetteer) -> None:
    text = BODY + "Organizaciones firmantes\nN° | Organización | País\n1 | Sindicato de Jornaleras del Valle | España\n"
    text += "2 | Asociación Temporeros Unidos (ATU) | Marruecos\nPersonas firmantes\nNombre | Organización | País\n"
    text += "Carmen Ruiz Peña | Universidad de Huelva | España\nYoussef Amrani |  | Marruecos\n"
    assert read(text, gazetteer) == [
        ("Sindicato de Jornaleras del Valle", "organization", "", ("ES",)),
        ("Asociación Temporeros Unidos (ATU)", "organization", "", ("MA",)),
        ("Carmen Ruiz Peña", "person", "", ("ES",)),
        ("Youssef Amrani", "person", "", ("MA",)),
    ]


def test_a_group_line_above_bullets_names_their_coalition(gazetteer: Gazetteer) -> None:
    text = BODY + "## Firmantes\n\n**Red Ístmica de Protección (RIP)**\n- Casa Refugio La Ola (Honduras)\n"
    text += "- Asociación Techo Abierto\n\n**Otras organizaciones**\n- Fundación Camino Sereno (Costa Rica)\n\n"
    text += "Colectivo Puerto Libre\n- Albergue Brisa Norte\nPastoral Social de Rivas\n"
    assert read(text, gazetteer) == [
        ("Red Ístmica de Protección (RIP)", "coalition", "", ()),
        ("Casa Refugio La Ola", "organization", "Red Ístmica de Protección (RIP)", ("HN",)),
        ("Asociación Techo Abierto", "organization", "Red Ístmica de Protección (RIP)", ()),
        ("Fundación Camino Sereno", "organization", "", ("CR",)),
        ("Colectivo Puerto Libre", "coalition", "", ()),
        ("Albergue Brisa Norte", "organization", "Colectivo Puerto Libre", ()),
        ("Pastoral Social de Rivas", "organization", "", ()),
    ]


def test_dash_numbering_personal_labels_and_a_conjunction_after_brackets(gazetteer: Gazetteer) -> None:
    text = BODY + "Firman: Servicio Migrante del Desierto (Chile), Red Puna de Acogida (integrada por Casa Altiplano "
    text += "Sur, Fundación Salar Blanco y Comité Puna Alta) y Asociación Tierra Seca (Bolivia).\n\n"
    text += "Adhesiones personales: María López Ugarte; Juan Pérez Ríos.\n"
    assert read(text, gazetteer) == [
        ("Servicio Migrante del Desierto", "organization", "", ("CL",)),
        ("Red Puna de Acogida", "coalition", "", ()),
        ("Casa Altiplano Sur", "organization", "Red Puna de Acogida", ()),
        ("Fundación Salar Blanco", "organization", "Red Puna de Acogida", ()),
        ("Comité Puna Alta", "organization", "Red Puna de Acogida", ()),
        ("Asociación Tierra Seca", "organization", "", ("BO",)),
        ("María López Ugarte", "person", "", ()),
        ("Juan Pérez Ríos", "person", "", ()),
    ]
    french = "Lettre\n\nNous demandons la fermeture des centres.\n\nLyon, 3 octobre 2026\n\nPremiers signataires :\n"
    french += "1- Collectif Rétention Zéro (Lyon, France)\n2 - Réseau Rhône Sans Frontières\n\nPersonnalités :\n"
    french += "Claire Vidal (chercheuse, CNRS)\n"
    assert read(french, gazetteer) == [
        ("Collectif Rétention Zéro", "organization", "", ("FR",)),
        ("Réseau Rhône Sans Frontières", "organization", "", ()),
        ("Claire Vidal", "person", "", ()),
    ]


def test_labels_alone_are_a_list_without_a_heading(gazetteer: Gazetteer) -> None:
    text = "Statement\n\nWe stand with the workers.\n\nHouston, 14 March 2026\n\nOrganizations:\n"
    text += "- Gulf Coast Workers Center\n- Bayou Day Laborer Network\n\n"
    text += "Individuals (affiliations for identification purposes only):\n- Maria Gonzalez, Rice University\n"
    text += "- Tom Becker, Houston Interfaith Worker Justice\n"
    assert read(text, gazetteer) == [
        ("Gulf Coast Workers Center", "organization", "", ()),
        ("Bayou Day Laborer Network", "organization", "", ()),
        ("Maria Gonzalez", "person", "", ()),
        ("Tom Becker", "person", "", ()),
    ]


def test_bare_numbers_and_a_paragraph_under_subscritores(gazetteer: Gazetteer) -> None:
    text = "Statement\n\nWe demand an end to detention.\n\nDublin, 3 May 2026\n\nSignatories\n"
    text += "1 Liffey Refugee Action Group\n2 Coalition of Harbour Advocates (CHA), composed of:\n"
    text += "2.1 Cork Welcome Circle\n2.2 Galway Sanctuary Network\n3 Migrant Legal Desk\n"
    assert read(text, gazetteer) == [
        ("Liffey Refugee Action Group", "organization", "", ()),
        ("Coalition of Harbour Advocates (CHA)", "coalition", "", ()),
        ("Cork Welcome Circle", "organization", "Coalition of Harbour Advocates (CHA)", ()),
        ("Galway Sanctuary Network", "organization", "Coalition of Harbour Advocates (CHA)", ()),
        ("Migrant Legal Desk", "organization", "", ()),
    ]
    portuguese = "Carta aberta\n\nPedimos a regularização já.\n\nLisboa, 18 de dezembro de 2026\n\nSubscritores:\n"
    portuguese += "Associação Lusofonia, Cultura e Cidadania; Casa Aberta do Tejo; Plataforma Encontro e "
    portuguese += "Movimento Vida Digna.\n"
    assert read(portuguese, gazetteer) == [
        ("Associação Lusofonia, Cultura e Cidadania", "organization", "", ()),
        ("Casa Aberta do Tejo", "organization", "", ()),
        ("Plataforma Encontro", "organization", "", ()),
        ("Movimento Vida Digna", "organization", "", ()),
    ]


def test_a_word_table_cell_with_a_coalition_and_its_members(gazetteer: Gazetteer, tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Carta sobre la niñez migrante")
    document.add_paragraph("Pedimos protección para la niñez migrante no acompañada en toda la región.")
    document.add_paragraph("Organizaciones firmantes")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Organización", "País"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "Fundación Niñez Libre", "Perú"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "Red Andina por la Infancia (RAI), integrada por:", "Regional"
    cells[0].add_paragraph("Casa Cuna del Sur (Chile)")
    cells[0].add_paragraph("Asociación Pequeños Pasos (Bolivia)")
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "Colectivo Arcoíris", "Ecuador"
    document.save(tmp_path / "carta.docx")
    assert read(read_input(tmp_path / "carta.docx").text, gazetteer) == [
        ("Fundación Niñez Libre", "organization", "", ("PE",)),
        ("Red Andina por la Infancia (RAI)", "coalition", "", ()),
        ("Casa Cuna del Sur", "organization", "Red Andina por la Infancia (RAI)", ("CL",)),
        ("Asociación Pequeños Pasos", "organization", "Red Andina por la Infancia (RAI)", ("BO",)),
        ("Colectivo Arcoíris", "organization", "", ("EC",)),
    ]


def test_a_line_break_before_a_place_inside_a_list_item(gazetteer: Gazetteer, tmp_path: Path) -> None:
    from docx import Document

    page = "<html><body><article><h1>Pronunciamiento</h1><p>Exigimos el fin de las detenciones.</p>"
    page += "<h2>Firmantes</h2><ul><li>Casa del Migrante Costa Azul<br>México</li>"
    page += "<li>Albergue Esperanza del Desierto<br>Tijuana, México</li><li>Red Norte<br>nuestra casa</li></ul>"
    (tmp_path / "page.html").write_text(page + "</article></body></html>", encoding="utf-8")
    document = Document()
    document.add_paragraph("Firmantes")
    paragraph = document.add_paragraph("Colectivo Puerto Azul", style="List Bullet")
    paragraph.add_run().add_break()
    paragraph.add_run("Chile")
    document.save(tmp_path / "carta.docx")
    assert "- Casa del Migrante Costa Azul – México\n" in read_input(tmp_path / "page.html").text
    assert "- Red Norte\nnuestra casa\n" in read_input(tmp_path / "page.html").text  # not a place: a new line
    assert read_input(tmp_path / "carta.docx").text == "Firmantes\n- Colectivo Puerto Azul – Chile\n"
    assert read(read_input(tmp_path / "page.html").text, gazetteer)[:2] == [
        ("Casa del Migrante Costa Azul", "organization", "", ("MX",)),
        ("Albergue Esperanza del Desierto", "organization", "", ("MX",)),
    ]


def test_a_town_cell_without_a_header_and_a_capitalized_country_heading(gazetteer: Gazetteer) -> None:
    text = "Lettre\n\nNous demandons des voies sûres.\n\nDakar, le 3 mars 2026\n\nSignataires :\n"
    text += "Maison du Fleuve Solidaire | Saint-Louis | Sénégal\nAssociation Retour Digne | Bamako | Mali\n\n"
    text += "ARGENTINA\nColectivo Sur Abierto\n"
    assert read(text, gazetteer) == [
        ("Maison du Fleuve Solidaire", "organization", "", ("SN",)),
        ("Association Retour Digne", "organization", "", ("ML",)),
        ("Colectivo Sur Abierto", "organization", "", ("AR",)),
    ]


def test_a_persons_label_first_opens_the_list_with_persons(gazetteer: Gazetteer) -> None:
    text = BODY + "Firmas individuales: Ana Pérez (abogada), Luis Gómez (investigador, Universidad del Valle) y "
    text += "Rosa Díaz Torres.\n\nOrganizaciones:\nCorporación Humanas Migrantes\nRed Colombiana de Acogida (RECA)\n"
    assert read(text, gazetteer) == [
        ("Ana Pérez", "person", "", ()),
        ("Luis Gómez", "person", "", ()),
        ("Rosa Díaz Torres", "person", "", ()),
        ("Corporación Humanas Migrantes", "organization", "", ()),
        ("Red Colombiana de Acogida (RECA)", "organization", "", ()),
    ]


def test_bold_names_before_their_place(gazetteer: Gazetteer) -> None:
    text = "Statement\n\nWe ask for safe routes.\n\nRome, 2 May 2026\n\nSigned by:\n* **Harbour Aid Network** (Italy)\n"
    text += "* __Sea Watchers Collective__\n"
    assert read(text, gazetteer) == [
        ("Harbour Aid Network", "organization", "", ("IT",)),
        ("Sea Watchers Collective", "organization", "", ()),
    ]


def test_a_town_and_country_in_parentheses_with_a_dash(gazetteer: Gazetteer) -> None:
    text = BODY + "FIRMANTES\nAsociación Vecinos del Rímac (Lima - Perú)\nColectivo Frontera Alta (Tacna – Perú)\n"
    text += "Jesuit Service Andes (JSA -Ecuador)\n"
    assert read(text, gazetteer) == [
        ("Asociación Vecinos del Rímac", "organization", "", ("PE",)),
        ("Colectivo Frontera Alta", "organization", "", ("PE",)),
        ("Jesuit Service Andes (JSA -Ecuador)", "organization", "", ("EC",)),
    ]


def test_lettered_members_under_a_coalition_line_end_at_the_next_unindented_name(gazetteer: Gazetteer) -> None:
    text = "Nota\n\nExigimos respeito.\n\nPorto Alegre, 5 de maio de 2026\n\nEntidades signatárias:\n\n"
    text += "Centro de Referência do Migrante – CRM (Brasil);\nFórum de Mobilidade Humana do Sul, composto por:\n"
    text += "    a) Coletivo Haitiano de Caxias;\n    b) Associação dos Senegaleses do Guaíba;\n"
    text += "Grupo de Assessoria a Imigrantes (GAIRE).\n\nPessoas signatárias:\nMaria José Fernandes;\n"
    assert read(text, gazetteer) == [
        ("Centro de Referência do Migrante – CRM", "organization", "", ("BR",)),
        ("Fórum de Mobilidade Humana do Sul", "coalition", "", ()),
        ("Coletivo Haitiano de Caxias", "organization", "Fórum de Mobilidade Humana do Sul", ()),
        ("Associação dos Senegaleses do Guaíba", "organization", "Fórum de Mobilidade Humana do Sul", ()),
        ("Grupo de Assessoria a Imigrantes (GAIRE)", "organization", "", ()),
        ("Maria José Fernandes", "person", "", ()),
    ]


def test_a_later_member_organizations_heading(gazetteer: Gazetteer) -> None:
    text = "Appel\n\nNous demandons un accueil digne.\n\nLille, le 2 mai 2026\n\nSignataires :\n"
    text += "- Réseau Nord Accueil (RNA)\n- Collectif Dunes Solidaires\n\n"
    text += "Organisations membres du Réseau Nord Accueil :\n- Maison Ouverte de Roubaix\n- Association Asile Lens\n"
    assert read(text, gazetteer) == [
        ("Réseau Nord Accueil (RNA)", "coalition", "", ()),
        ("Collectif Dunes Solidaires", "organization", "", ()),
        ("Maison Ouverte de Roubaix", "organization", "Réseau Nord Accueil (RNA)", ()),
        ("Association Asile Lens", "organization", "Réseau Nord Accueil (RNA)", ()),
    ]


def test_a_headline_with_a_heading_word_above_the_text_is_not_the_list(gazetteer: Gazetteer) -> None:
    text = "Carta abierta\n\nMás de 50 organizaciones firman la carta\n\n"
    text += "Organizaciones de la región firman la carta\n\n"
    text += "Las organizaciones pedimos que se respeten los derechos de las personas migrantes en las fronteras.\n\n"
    text += "Firmantes:\nCasa Sur Abierto\nRed Norte de Acogida\n"
    assert read(text, gazetteer) == [
        ("Casa Sur Abierto", "organization", "", ()),
        ("Red Norte de Acogida", "organization", "", ()),
    ]


def test_short_country_names_in_parentheses(gazetteer: Gazetteer) -> None:
    text = "Joint statement\n\nWe urge States to report.\n\nNew York, 5 May 2026\n\n"
    text += "Endorsing organizations (in alphabetical order):\n\nBrighter Borders Trust (UK)\n"
    text += "Diaspora Voices Coalition (U.S.A.)\nGlobal Forum on Migrant Families – GFMF (International)\n"
    assert read(text, gazetteer) == [
        ("Brighter Borders Trust", "organization", "", ("GB",)),
        ("Diaspora Voices Coalition", "organization", "", ("US",)),
        ("Global Forum on Migrant Families – GFMF", "organization", "", ()),
    ]


def test_signed_with_a_colon_or_a_parenthesis_is_a_heading(gazetteer: Gazetteer) -> None:
    text = "Statement\n\nWe ask for safe routes.\n\nRome, 2 May 2026\n\nSigned (in alphabetical order):\n"
    text += "Harbour Aid Network\nOpen Doors Collective\n\nThis statement stays open for endorsements until June.\n"
    assert read(text, gazetteer) == [
        ("Harbour Aid Network", "organization", "", ()),
        ("Open Doors Collective", "organization", "", ()),
    ]


def test_a_lower_case_scope_after_a_name_is_a_suffix_not_part_of_it(gazetteer: Gazetteer) -> None:
    text = BODY + "Firman: Casa Luna (Perú), Red Valles Abiertos (RVA) (regional), Asociación Taller Norte (red "
    text += "internacional) y Fundación Comedor Sur (Chile).\n\n"
    text += "Integran la Red Valles Abiertos (RVA): Grupo Piedra Blanca, Colectivo Río Seco.\n"
    assert read(text, gazetteer) == [
        ("Casa Luna", "organization", "", ("PE",)),
        ("Red Valles Abiertos (RVA)", "coalition", "", ()),
        ("Asociación Taller Norte", "organization", "", ()),
        ("Fundación Comedor Sur", "organization", "", ("CL",)),
        ("Grupo Piedra Blanca", "organization", "Red Valles Abiertos (RVA)", ()),
        ("Colectivo Río Seco", "organization", "Red Valles Abiertos (RVA)", ()),
    ]


def test_a_role_column_of_a_persons_table_and_a_sign_here_line_are_not_names(gazetteer: Gazetteer) -> None:
    text = "Appel\n\nNous demandons des cantines ouvertes.\n\nNantes, le 4 mai 2026\n\nSignataires\n"
    text += "- Association Tables Partagées\n\nÀ titre individuel\nNom | Fonction\n"
    text += "Odile Varenne-Kassi | infirmière\nThéo Marchal | bibliothécaire\n"
    text += "Pour soutenir l'appel : cantines.example/soutenir\n"
    assert read(text, gazetteer) == [
        ("Association Tables Partagées", "organization", "", ()),
        ("Odile Varenne-Kassi", "person", "", ()),
        ("Théo Marchal", "person", "", ()),
    ]


def test_a_lower_case_web_address_line_is_not_a_name(gazetteer: Gazetteer) -> None:
    text = BODY + "Firmantes:\n- Colectivo Puerta Verde\n- Asociación Barrio Abierto\n"
    text += "Adhesiones en puertaverde.example/firmas\n"
    assert read(text, gazetteer) == [
        ("Colectivo Puerta Verde", "organization", "", ()),
        ("Asociación Barrio Abierto", "organization", "", ()),
    ]


def test_bulleted_country_headings_under_a_members_heading_keep_the_coalition(gazetteer: Gazetteer) -> None:
    text = "Joint letter\n\nWe ask for safe harbours.\n\nSigned by:\n- Harbour Watch Alliance (HWA)\n"
    text += "- Lantern Legal Clinic\n\nMembers of the Harbour Watch Alliance (HWA)\n- Kenya:\n  - Coastline Aid Trust\n"
    text += "- Peru:\n  - Asociación Muelle Seguro\n\nIndividual signatories\n- Marta Quillén Ross\n"
    assert read(text, gazetteer) == [
        ("Harbour Watch Alliance (HWA)", "coalition", "", ()),
        ("Lantern Legal Clinic", "organization", "", ()),
        ("Coastline Aid Trust", "organization", "Harbour Watch Alliance (HWA)", ("KE",)),
        ("Asociación Muelle Seguro", "organization", "Harbour Watch Alliance (HWA)", ("PE",)),
        ("Marta Quillén Ross", "person", "", ()),
    ]


def test_a_coalition_then_a_members_verb_and_a_colon_lists_its_members(gazetteer: Gazetteer) -> None:
    text = "Appel\n\nNous demandons un accueil digne.\n\nBrest, le 6 mai 2026\n\n"
    text += "Signé par : Maison Phare de Brest (France), Réseau Marées Hospitalières (RMH) et Collectif "
    text += "Quai Ouvert.\n\n"
    text += "Le Réseau Marées Hospitalières (RMH) rassemble : Association Vent du Large, Maison Sable Doux et "
    text += "Comité Île Accueillante.\n"
    assert read(text, gazetteer) == [
        ("Maison Phare de Brest", "organization", "", ("FR",)),
        ("Réseau Marées Hospitalières (RMH)", "coalition", "", ()),
        ("Collectif Quai Ouvert", "organization", "", ()),
        ("Association Vent du Large", "organization", "Réseau Marées Hospitalières (RMH)", ()),
        ("Maison Sable Doux", "organization", "Réseau Marées Hospitalières (RMH)", ()),
        ("Comité Île Accueillante", "organization", "Réseau Marées Hospitalières (RMH)", ()),
    ]


def test_an_also_joined_by_line_signs_and_a_bare_acronym_closes_a_name(gazetteer: Gazetteer) -> None:
    text = BODY + "Firmantes:\n- Casa Refugio Santa Brígida\n\n"
    text += "Se suman también: Colectivo Ruta Libre, Parroquia Nuestra Señora del Camino y Estudiantes por "
    text += "el Refugio UNIVAL.\n"
    assert read(text, gazetteer) == [
        ("Casa Refugio Santa Brígida", "organization", "", ()),
        ("Colectivo Ruta Libre", "organization", "", ()),
        ("Parroquia Nuestra Señora del Camino", "organization", "", ()),
        ("Estudiantes por el Refugio UNIVAL", "organization", "", ()),
    ]


def test_a_regions_heading_and_persons_with_a_long_note_in_brackets(gazetteer: Gazetteer) -> None:
    text = "Open letter\n\nWe ask for fair pay for care workers.\n\nSigned by:\n\nKenya\n · Mombasa Carers Circle\n\n"
    text += "Regional and international\n · Lakeside Care Alliance\n\nIndividual signatories\n"
    text += " · Wambui Otieno Kamau (retired nurse and union organizer, Mombasa, for identification only)\n"
    text += " · Liesel Aranda Brook\n"
    assert read(text, gazetteer) == [
        ("Mombasa Carers Circle", "organization", "", ("KE",)),
        ("Lakeside Care Alliance", "organization", "", ()),
        ("Wambui Otieno Kamau", "person", "", ()),
        ("Liesel Aranda Brook", "person", "", ()),
    ]


def test_a_place_suffix_wrapped_to_an_indented_dash_line_stays_with_its_name(gazetteer: Gazetteer) -> None:
    text = "Appel\n\nNous demandons des routes sûres.\n\nSignataires\n – Maison des Passants – Lille, France\n"
    text += " – Association d'Entraide des Voyageurs du Grand Erg\n   – Ouargla, Algérie\n"
    text += " – Collectif Rives Ouvertes – Marseille, France\n"
    assert read(text, gazetteer) == [
        ("Maison des Passants", "organization", "", ("FR",)),
        ("Association d'Entraide des Voyageurs du Grand Erg", "organization", "", ("DZ",)),
        ("Collectif Rives Ouvertes", "organization", "", ("FR",)),
    ]


def test_word_and_word_after_a_comma_ends_the_name_before_it(gazetteer: Gazetteer) -> None:
    text = BODY + "Firman: Casa Luna (Perú), Médicos Solidarios, Selva y Costa (Perú), Colectivo Puerto "
    text += "Abierto (Chile) y Fundación Camino Real (Bolivia).\n"
    assert read(text, gazetteer) == [
        ("Casa Luna", "organization", "", ("PE",)),
        ("Médicos Solidarios, Selva y Costa", "organization", "", ("PE",)),
        ("Colectivo Puerto Abierto", "organization", "", ("CL",)),
        ("Fundación Camino Real", "organization", "", ("BO",)),
    ]
