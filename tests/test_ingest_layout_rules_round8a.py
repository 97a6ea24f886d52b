"""Tables read by what each column holds (round 8a): the header row is never an agent, a logo column
(alt text) is skipped, a member row ('↳ Name', typed 'Member group') belongs to the coalition row
above, a members column lists who signs through the row, a network column by a phrase ('Rede a que
pertence'), a merged country cell covers the rows below it, a person's role line below the row is no
name, and a grid's country line below its names gives each its country. One small invented statement
each, in another language than the held-out document that showed the class."""

from __future__ import annotations

from graph.ingest.countries import Gazetteer
from graph.ingest.table_columns import is_header_row, members_columns, network_column
from tests.layout_rows import read

INTRO = "Appel commun\n\nNous demandons des voies sûres et légales.\n\n"


def test_header_rows_in_four_languages() -> None:
    assert is_header_row(["Logo", "Organization / Name", "Type", "Country"])
    assert is_header_row(["#", "Firmante", "País", "Tipo", "Grupos que firman a través de ella"])
    assert is_header_row(["Organização ou rede", "País", "Membros que subscrevem"])
    assert is_header_row(["Organisation", "Réseau auquel elle appartient"])
    assert not is_header_row(["Casa Azul", "México"])
    assert members_columns(["Signataire", "Pays", "Membres signant par son intermédiaire"]) == {2}
    assert members_columns(["Organization", "Member of"]) == set()
    assert network_column(["Entidade", "Rede a que pertence"]) == 1


def test_logo_column_and_member_rows_typed_or_marked(gazetteer: Gazetteer) -> None:
    text = "Carta regional\n\nPedimos proteção para quem se desloca.\n\nAdesões\n\n"
    text += "Logotipo | Organização | Tipo | País\n"
    text += "Rede Serrana de Apoio (RSA) | Rede Serrana de Apoio (RSA) | Rede | Regional\n"
    text += "Casa Aberta de Cusco | ↳ Casa Aberta de Cusco | Organização membro | Peru\n"
    text += "Coletivo Pão e Rosas | Coletivo Pão e Rosas | Membro | Bolívia\n"
    text += "Instituto Sol Nascente | Instituto Sol Nascente | ONG | Brasil\n"
    network = "Rede Serrana de Apoio (RSA)"
    assert read(text, gazetteer) == [
        (network, "coalition", "", ()),
        ("Casa Aberta de Cusco", "organization", network, ("PE",)),
        ("Coletivo Pão e Rosas", "organization", network, ("BO",)),
        ("Instituto Sol Nascente", "organization", "", ("BR",)),
    ]


def test_members_column_lists_who_signs_through_the_row(gazetteer: Gazetteer) -> None:
    text = INTRO + "## Signataires\n\n"
    text += "| N° | Signataire | Pays | Type | Membres signant par son intermédiaire |\n|---|---|---|---|---|\n"
    text += "| 1 | Foyer des Voyageurs de Kidal | Mali | Foyer | — |\n"
    text += "| 2 | Réseau Fleuve Solidaire (RFS) | Régional | Réseau | "
    text += "Amicale de Matam (Sénégal) ; Union des Piroguiers de Kayes (Mali) |\n"
    text += "| 3 | Awa Traoré Diarra | — | Personne | — |\n"
    network = "Réseau Fleuve Solidaire (RFS)"
    assert read(text, gazetteer) == [
        ("Foyer des Voyageurs de Kidal", "organization", "", ("ML",)),
        (network, "coalition", "", ()),
        ("Amicale de Matam", "organization", network, ("SN",)),
        ("Union des Piroguiers de Kayes", "organization", network, ("ML",)),
        ("Awa Traoré Diarra", "person", "", ()),
    ]


def test_network_phrase_column_names_the_coalition_of_the_row(gazetteer: Gazetteer) -> None:
    text = "Carta abierta\n\nPedimos regularización.\n\nFirmantes\n\n"
    text += "Red Costera de Acogida (RCA)\n\n"
    text += "Organización | Red a la que pertenece\n"
    text += "Albergue Puerto Nuevo | RCA\n"
    text += "Comedor Migrante San José | —\n"
    network = "Red Costera de Acogida (RCA)"
    rows = read(text, gazetteer)
    assert ("Albergue Puerto Nuevo", "organization", network, ()) in rows
    assert ("Comedor Migrante San José", "organization", "", ()) in rows
    assert all(row[0] not in {"Organización", "Red a la que pertenece", "RCA"} for row in rows)


def test_merged_country_cell_covers_the_rows_below(gazetteer: Gazetteer) -> None:
    text = "Joint letter\n\nWe ask for visas that allow a change of employer.\n\nSignatories\n\n"
    text += "| Country | Organization |\n|---|---|\n"
    text += "| Kenya | Nakuru Porters Forum |\n"
    text += "| | Eldoret Workers Help Desk |\n"
    text += "| Uganda | Jinja Returnee Circle |\n"
    assert read(text, gazetteer) == [
        ("Nakuru Porters Forum", "organization", "", ("KE",)),
        ("Eldoret Workers Help Desk", "organization", "", ("KE",)),
        ("Jinja Returnee Circle", "organization", "", ("UG",)),
    ]


def test_indented_line_below_a_country_first_row_shares_its_country(gazetteer: Gazetteer) -> None:
    text = "Carta\n\nPedimos vías seguras.\n\nFirmantes\n\n"
    text += "País | Organización\n"
    text += "Argentina | Asociación Puente Sur\n"
    text += "          Centro de Estudios del Limay\n"
    text += "Bolivia | Pastoral del Altiplano\n"
    assert read(text, gazetteer) == [
        ("Asociación Puente Sur", "organization", "", ("AR",)),
        ("Centro de Estudios del Limay", "organization", "", ("AR",)),
        ("Pastoral del Altiplano", "organization", "", ("BO",)),
    ]


def test_person_row_role_line_below_is_no_name(gazetteer: Gazetteer) -> None:
    text = "Lettre\n\nNous demandons des voies sûres.\n\nSignataires\n\n"
    text += "Logo | Nom | Type | Pays\n"
    text += " | Collectif Solidaire de Liège | Association | Belgique\n"
    text += " | Jeanne Mbala Ngoy | Individuel | Belgique\n"
    text += "   infirmière, à titre personnel\n"
    text += " | Maison des Migrants de Namur | Association | Belgique\n"
    assert read(text, gazetteer) == [
        ("Collectif Solidaire de Liège", "organization", "", ("BE",)),
        ("Jeanne Mbala Ngoy", "person", "", ("BE",)),
        ("Maison des Migrants de Namur", "organization", "", ("BE",)),
    ]


def test_grid_line_below_gives_each_name_its_country(gazetteer: Gazetteer) -> None:
    text = "Carta aberta\n\nPedimos a portabilidade das contribuições.\n\nOrganizações signatárias\n\n"
    text += "Associação Kwanza Unida | Fórum Maputo Solidário\n"
    text += "Brasil | Moçambique\n\n"
    text += "Pessoas\n\n"
    text += "Rita Mendes Lopes | Abel Nhantumbo\n"
    text += "Economista, Portugal | Sindicalista, Moçambique\n"
    assert read(text, gazetteer) == [
        ("Associação Kwanza Unida", "organization", "", ("BR",)),
        ("Fórum Maputo Solidário", "organization", "", ("MZ",)),
        ("Rita Mendes Lopes", "person", "", ("PT",)),
        ("Abel Nhantumbo", "person", "", ("MZ",)),
    ]


def test_network_cell_naming_a_row_further_down(gazetteer: Gazetteer) -> None:
    text = "Lettre\n\nNous demandons des titres de séjour.\n\nSignataires\n\n"
    text += "Structure | Réseau d'appartenance\n"
    text += "Amicale des Comoriens de Marseille | RSA\n"
    text += "Foyer Solidaire de Nantes | Accueil en Réseau\n"
    text += "Collectif Accueil en Réseau de l'Ouest | —\n"
    text += "Réseau Solidarité Asile (RSA) | —\n"
    assert read(text, gazetteer) == [
        ("Amicale des Comoriens de Marseille", "organization", "Réseau Solidarité Asile (RSA)", ()),
        ("Foyer Solidaire de Nantes", "organization", "Collectif Accueil en Réseau de l'Ouest", ()),
        ("Collectif Accueil en Réseau de l'Ouest", "coalition", "", ()),
        ("Réseau Solidarité Asile (RSA)", "coalition", "", ()),
    ]
