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
