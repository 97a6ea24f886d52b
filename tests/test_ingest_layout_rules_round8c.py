# ruff: noqa: RUF001
"""Coalition members given apart from the list (round 8c): a marker glued to a coalition's name
('Red X¹', 'Mesa1', 'Platform[^1]', 'Network (*)') and a note elsewhere that starts with the same
marker and lists names; and a name's place on the line below it, followed by the signatory's type
('Kenya — women's association'). One small invented statement each, in another language than the
development document that showed the class."""

from __future__ import annotations

from graph.ingest.countries import Gazetteer
from tests.layout_rows import read


def test_star_marker_and_note_with_bullets_after_the_list(gazetteer: Gazetteer) -> None:
    text = "Carta a los ministros del Cono Sur\n\nPedimos residencia para quien trabaja en la cosecha.\n\n"
    text += "Organizaciones firmantes:\n\n"
    text += "1. Casa del Temporero, Mendoza, Argentina\n"
    text += "2. Coordinadora Austral de Trabajo Rural (*), Temuco, Chile\n"
    text += "3. Centro Legal Paso Alto, Salto, Uruguay\n\n"
    text += "(*) La Coordinadora firma junto con los grupos que reúne:\n"
    text += "- Cuadrilla Solidaria de Malleco (Chile)\n"
    text += "- Comité de Recolectoras del Alto Valle (Argentina)\n"
    coordinator = "Coordinadora Austral de Trabajo Rural"
    assert read(text, gazetteer) == [
        ("Casa del Temporero", "organization", "", ("AR",)),
        (coordinator, "coalition", "", ("CL",)),
        ("Centro Legal Paso Alto", "organization", "", ("UY",)),
        ("Cuadrilla Solidaria de Malleco", "organization", coordinator, ("CL",)),
        ("Comité de Recolectoras del Alto Valle", "organization", coordinator, ("AR",)),
    ]


def test_glued_digit_and_note_listing_members_after_a_colon(gazetteer: Gazetteer) -> None:
    text = "Appel pour des retours dignes\n\nNous demandons un délai avant toute expulsion.\n\n"
    text += "Signataires :\n"
    text += "Maison d'Accueil de Kayes (Mali)\n"
    text += "Réseau Sahélien des Rapatriés1\n"
    text += "Clinique du Droit de Thiès (Sénégal)\n\n"
    text += "Contact : appel@example.org\n\n"
    text += "1 Le Réseau signe au nom de ses groupes locaux : Foyer des Rapatriés de Mopti (Mali) ; "
    text += "Association Retour Debout de Louga (Sénégal).\n"
    text += "2 Signature reçue après la publication.\n"
    network = "Réseau Sahélien des Rapatriés"
    rows = read(text, gazetteer)
    assert (network, "coalition", "", ()) in rows
    assert ("Foyer des Rapatriés de Mopti", "organization", network, ("ML",)) in rows
    assert ("Association Retour Debout de Louga", "organization", network, ("SN",)) in rows
    assert not any(row[0].startswith("Signature") for row in rows)


def test_a_marker_without_a_note_is_left_alone(gazetteer: Gazetteer) -> None:
    text = "Open letter\n\nWe ask for safe routes.\n\nSigned:\n"
    text += "- Harbour Aid Group (Ireland)\n- Radio Station 1 Collective (Malta)\n- Shore Watch (Greece)\n"
    assert [row[0] for row in read(text, gazetteer)] == [
        "Harbour Aid Group",
        "Radio Station 1 Collective",
        "Shore Watch",
    ]


def test_place_and_type_line_below_each_name(gazetteer: Gazetteer) -> None:
    text = "Joint letter on climate mobility\n\nWe ask for visas for people displaced by floods.\n\n"
    text += "Organisations\n"
    text += "Lakeside Women's Forum\nKenya — women's association\n"
    text += "Delta Farmers' Union\nBangladesh — farmers' union\n"
    text += "Pacific Mobility Research Lab\nFiji — research centre\n"
    text += "Tidewater Legal Aid\nPhilippines — NGO\n"
    assert read(text, gazetteer) == [
        ("Lakeside Women's Forum", "organization", "", ("KE",)),
        ("Delta Farmers' Union", "organization", "", ("BD",)),
        ("Pacific Mobility Research Lab", "organization", "", ("FJ",)),
        ("Tidewater Legal Aid", "organization", "", ("PH",)),
    ]


def test_a_raised_marker_apart_from_its_name_is_matched_by_the_note_s_first_words(gazetteer: Gazetteer) -> None:
    text = "Declaración sobre retornos\n\nPedimos plazos antes de cada expulsión.\n\nFirmantes\n"
    text += "Casa del Retornado de Tecún Umán\nGuatemala — albergue\n"
    text += "1\nCoordinadora de Retornados del Occidente\nHonduras — coordinadora\n"
    text += "Clínica Legal Frontera Sur\nMéxico — clínica jurídica\n\n"
    text += "Contacto: retornos@example.org\n\n"
    text += "1 La Coordinadora firma en nombre de los grupos que la forman:\n"
    text += "– Grupo de Retornadas de Copán\n– Comité de Familias de San Pedro Sula\n"
    coordinator = "Coordinadora de Retornados del Occidente"
    rows = read(text, gazetteer)
    assert (coordinator, "coalition", "", ("HN",)) in rows
    assert ("Grupo de Retornadas de Copán", "organization", coordinator, ()) in rows
    assert ("Comité de Familias de San Pedro Sula", "organization", coordinator, ()) in rows


def test_a_count_line_does_not_end_the_list(gazetteer: Gazetteer) -> None:
    text = "Appel pour l'accueil\n\nNous demandons des places d'hébergement.\n\n## Organisations signataires\n\n"
    text += "- Foyer Saint-Roch de Nantes (France)\n- Maison Ouverte de Liège (Belgique)\n\n"
    text += "… et 12 autres associations dont les noms figurent dans le dossier déposé à la préfecture.\n\n"
    text += "## Personnes à titre individuel\n\n- Claire Martin-Dubois (France)\n"
    assert read(text, gazetteer) == [
        ("Foyer Saint-Roch de Nantes", "organization", "", ("FR",)),
        ("Maison Ouverte de Liège", "organization", "", ("BE",)),
        ("Claire Martin-Dubois", "person", "", ("FR",)),
    ]


def test_an_indented_sentence_below_a_network_introduces_its_indented_members(gazetteer: Gazetteer) -> None:
    text = "Joint letter on seasonal work\n\nWe ask for contracts in writing.\n\nSigned by:\n\n"
    text += "Harvest Workers' Centre\nIreland — workers' centre\n"
    text += "Atlantic Seasonal Labour Network (ASLN)\nRegional — network\n\n"
    text += "    The network signs this letter together with its local branches:\n\n"
    text += "    Cork Pickers' Union\n    Ireland — local branch\n"
    text += "    Galicia Fruit Workers' Union\n    Spain — local branch\n"
    text += "Coastal Law Clinic\nPortugal — legal clinic\n"
    network = "Atlantic Seasonal Labour Network (ASLN)"
    assert read(text, gazetteer) == [
        ("Harvest Workers' Centre", "organization", "", ("IE",)),
        (network, "coalition", "", ()),
        ("Cork Pickers' Union", "organization", network, ("IE",)),
        ("Galicia Fruit Workers' Union", "organization", network, ("ES",)),
        ("Coastal Law Clinic", "organization", "", ("PT",)),
    ]


def test_a_country_heading_with_a_count_groups_the_names_below(gazetteer: Gazetteer) -> None:
    text = "Carta abierta sobre el refugio\n\nPedimos que se reciban las solicitudes en la frontera.\n\n"
    text += "Firmantes\n\nMéxico (2)\n- Albergue Camino Seguro\n- Clínica Jurídica del Norte\n"
    text += "Guatemala (1)\n- Pastoral de la Movilidad de Petén\n"
    assert read(text, gazetteer) == [
        ("Albergue Camino Seguro", "organization", "", ("MX",)),
        ("Clínica Jurídica del Norte", "organization", "", ("MX",)),
        ("Pastoral de la Movilidad de Petén", "organization", "", ("GT",)),
    ]


def test_a_role_and_a_place_below_a_person_s_name(gazetteer: Gazetteer) -> None:
    text = "Carta aberta sobre o retorno\n\nPedimos prazos antes de cada expulsão.\n\nAssinaturas\n"
    text += "Associação Retorno Digno\nCabo Verde — associação\n"
    text += "Centro de Acolhida do Mindelo\nCabo Verde — centro de acolhida\n"
    text += "Coletivo Regresso Seguro\nGuiné-Bissau — coletivo\n\n"
    text += "Pessoas a título individual\n"
    text += "Maria do Céu Tavares\nAdvogada de direitos humanos, Portugal\n"
    text += "Joaquim Sanhá\nSociólogo, Guiné-Bissau\n"
    rows = read(text, gazetteer)
    assert [row[0] for row in rows] == [
        "Associação Retorno Digno",
        "Centro de Acolhida do Mindelo",
        "Coletivo Regresso Seguro",
        "Maria do Céu Tavares",
        "Joaquim Sanhá",
    ]
    assert rows[3] == ("Maria do Céu Tavares", "person", "", ("PT",))
