"""Coalition membership read from the layout, not from the cue's exact words (round 7a): a clause
before a colon whose words no lexicon knows, a cue line alone below a card's name, bullets at the
same depth right below a network's line (after its own place line), members between dashes inside a
running paragraph, and a sentence naming a network by its acronym. One small invented statement
each, in another language than the held-out document that showed the class."""

# ruff: noqa: RUF001

from __future__ import annotations

from graph.ingest.countries import Gazetteer
from tests.layout_rows import read


def test_unknown_clause_before_a_colon_with_members_nested_below(gazetteer: Gazetteer) -> None:
    text = "Declaración por el trabajo agrícola digno\n\nPedimos visados que no aten a nadie a un patrón.\n\n"
    text += "Firmantes:\n\n"
    text += "- Sindicato de Jornaleras del Valle (Chile)\n"
    text += "- Federación Andina de Trabajadores del Campo (FATC), en representación de sus afiliadas:\n"
    text += "    – Unión de Recolectoras de Ica (Perú)\n"
    text += "    – Gremio de Temporeros de Maule (Chile)\n"
    text += "- Casa del Jornalero Migrante (Bolivia)\n"
    federation = "Federación Andina de Trabajadores del Campo (FATC)"
    assert read(text, gazetteer) == [
        ("Sindicato de Jornaleras del Valle", "organization", "", ("CL",)),
        (federation, "coalition", "", ()),
        ("Unión de Recolectoras de Ica", "organization", federation, ("PE",)),
        ("Gremio de Temporeros de Maule", "organization", federation, ("CL",)),
        ("Casa del Jornalero Migrante", "organization", "", ("BO",)),
    ]


def test_clause_without_a_list_below_is_cut_but_opens_no_members(gazetteer: Gazetteer) -> None:
    text = "Carta aberta\n\nPedimos o fim das deportações sumárias.\n\nAssinam:\n\n"
    text += "Centro Aberto de Apoio ao Imigrante (Portugal)\n"
    text += "Plataforma Atlântica de Associações (PAA), que assina pelas suas associadas:\n"
    text += "Associação Ponte Segura (Portugal)\n"
    rows = read(text, gazetteer)
    assert ("Plataforma Atlântica de Associações (PAA)", "organization", "", ()) in rows
    assert ("Associação Ponte Segura", "organization", "", ("PT",)) in rows


def test_cue_line_alone_below_a_card_above_its_bullets(gazetteer: Gazetteer) -> None:
    text = "Statement on safe harbours\n\nWe ask every port to let rescue ships dock without delay.\n\n"
    text += "Signatory organisations\n"
    text += "Harbour Light Shelter\nIreland\nSeafarers' Welcome Centre\nMalta\n"
    text += "North Sea Rescue Alliance\nRegional\nBrings together:\n"
    text += "- Dockside Aid Group (Norway)\n- Lantern Rescue Association (Denmark)\n"
    text += "Coastal Law Clinic\nPortugal\n"
    assert read(text, gazetteer) == [
        ("Harbour Light Shelter", "organization", "", ("IE",)),
        ("Seafarers' Welcome Centre", "organization", "", ("MT",)),
        ("North Sea Rescue Alliance", "coalition", "", ()),
        ("Dockside Aid Group", "organization", "North Sea Rescue Alliance", ("NO",)),
        ("Lantern Rescue Association", "organization", "North Sea Rescue Alliance", ("DK",)),
        ("Coastal Law Clinic", "organization", "", ("PT",)),
    ]


def test_category_heading_with_a_colon_is_no_cue(gazetteer: Gazetteer) -> None:
    text = "Statement on safe harbours\n\nWe ask every port to let rescue ships dock.\n\nSignatories:\n\n"
    text += "Harbour Light Shelter (Ireland)\nTrade unions:\n"
    text += "- Dockers United (Norway)\n- Crane Operators Guild (Malta)\n"
    rows = read(text, gazetteer)
    assert all(coalition == "" for _, _, coalition, _ in rows)


def test_same_depth_bullets_below_a_network_line_with_a_descriptor(gazetteer: Gazetteer) -> None:
    text = "Appel pour l'accueil en montagne\n\nNous demandons la fin des refoulements aux cols.\n\n"
    text += "Signataires\n"
    text += "Refuge des Cols (France)\n"
    text += "Réseau Alpin Solidaire — coordination régionale, composé de :\n"
    text += "- Maison Montagne Ouverte (France)\n- Casa Valle Aperta (Italie)\n"
    text += "Autres organisations\n"
    text += "Union des Saisonniers Alpins (Suisse)\n"
    assert read(text, gazetteer) == [
        ("Refuge des Cols", "organization", "", ("FR",)),
        ("Réseau Alpin Solidaire", "coalition", "", ()),
        ("Maison Montagne Ouverte", "organization", "Réseau Alpin Solidaire", ("FR",)),
        ("Casa Valle Aperta", "organization", "Réseau Alpin Solidaire", ("IT",)),
        ("Union des Saisonniers Alpins", "organization", "", ("CH",)),
    ]


def test_place_line_between_a_platform_and_its_bullets(gazetteer: Gazetteer) -> None:
    text = "Open letter on family reunion\n\nWe ask for decisions within six months.\n\nSigned:\n"
    text += "Riverside Migrant Centre\nCork, Ireland\n"
    text += "Shannon Platform for Migrant Groups (SPMG), speaking for its member groups:\nLimerick, Ireland\n"
    text += "- Harbour Mothers Circle\n- Eastside Youth Project\n"
    text += "Westport Legal Desk\nGalway, Ireland\n"
    text += "Clare Newcomers Network\nEnnis, Ireland\n"
    rows = read(text, gazetteer)
    platform = "Shannon Platform for Migrant Groups (SPMG)"
    assert (platform, "coalition", "", ("IE",)) in rows
    assert ("Harbour Mothers Circle", "organization", platform, ()) in rows
    assert ("Eastside Youth Project", "organization", platform, ()) in rows
    assert ("Westport Legal Desk", "organization", "", ("IE",)) in rows


def test_members_between_dashes_in_a_running_paragraph(gazetteer: Gazetteer) -> None:
    text = "Nota pública\n\nExigimos abrigo digno na fronteira norte.\n\n"
    text += "Assinam esta nota: Casa do Migrante de Pacaraima (Brasil), a Rede Fronteira Norte —integrada por "
    text += "Abrigo Sol Nascente (Brasil), Casa Caminhantes (Venezuela) e Pastoral da Acolhida (Brasil)—, "
    text += "Instituto Travessias (Brasil) e Coletivo Mãos Dadas (Brasil).\n"
    assert read(text, gazetteer) == [
        ("Casa do Migrante de Pacaraima", "organization", "", ("BR",)),
        ("Rede Fronteira Norte", "coalition", "", ()),
        ("Abrigo Sol Nascente", "organization", "Rede Fronteira Norte", ("BR",)),
        ("Casa Caminhantes", "organization", "Rede Fronteira Norte", ("VE",)),
        ("Pastoral da Acolhida", "organization", "Rede Fronteira Norte", ("BR",)),
        ("Instituto Travessias", "organization", "", ("BR",)),
        ("Coletivo Mãos Dadas", "organization", "", ("BR",)),
    ]


def test_sentence_naming_a_network_by_its_acronym(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos que nadie sea devuelto sin audiencia.\n\nFirmantes\n"
    text += "- Centro Pueblo Abierto (Chile)\n- Red Mesoamericana de Acogida (RMA)\n"
    text += "La RMA firma en representación de sus asociadas: Casa Sur (Guatemala), Albergue Norte (México) "
    text += "y Refugio Río (Honduras).\n"
    text += "Personas\n- Ana Ruiz Paz (Chile)\n"
    assert read(text, gazetteer) == [
        ("Centro Pueblo Abierto", "organization", "", ("CL",)),
        ("Red Mesoamericana de Acogida (RMA)", "coalition", "", ()),
        ("Casa Sur", "organization", "Red Mesoamericana de Acogida (RMA)", ("GT",)),
        ("Albergue Norte", "organization", "Red Mesoamericana de Acogida (RMA)", ("MX",)),
        ("Refugio Río", "organization", "Red Mesoamericana de Acogida (RMA)", ("HN",)),
        ("Ana Ruiz Paz", "person", "", ("CL",)),
    ]


def test_coalition_word_then_a_bracket_of_names(gazetteer: Gazetteer) -> None:
    text = "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
    text += "Harbour Legal Aid (Ireland)\n"
    text += "Coastal Shelters Network (Ireland and Malta)\n"
    text += "Northern Welcome Alliance (Riverside Drop-in Centre; Old Mill Family Project; Hillside Night Shelter)\n"
    text += "Bridge Street Advice Centre (Malta)\n"
    alliance = "Northern Welcome Alliance"
    assert read(text, gazetteer) == [
        ("Harbour Legal Aid", "organization", "", ("IE",)),
        ("Coastal Shelters Network", "organization", "", ("IE", "MT")),
        (alliance, "coalition", "", ()),
        ("Riverside Drop-in Centre", "organization", alliance, ()),
        ("Old Mill Family Project", "organization", alliance, ()),
        ("Hillside Night Shelter", "organization", alliance, ()),
        ("Bridge Street Advice Centre", "organization", "", ("MT",)),
    ]


def test_unknown_clause_above_a_plain_block_up_to_a_blank_line(gazetteer: Gazetteer) -> None:
    text = "Tribune\n\nNous demandons des titres de séjour pour les saisonniers.\n\nSignataires :\n\n"
    text += "Maison des Saisonniers (France)\n"
    text += "Fédération Paysanne Solidaire (FPS), porte-parole de ses adhérents :\n"
    text += "Ferme Collective du Lot (France)\nAtelier Paysan de Namur (Belgique)\n\n"
    text += "Syndicat Agricole du Jura (Suisse)\n"
    federation = "Fédération Paysanne Solidaire (FPS)"
    assert read(text, gazetteer) == [
        ("Maison des Saisonniers", "organization", "", ("FR",)),
        (federation, "coalition", "", ()),
        ("Ferme Collective du Lot", "organization", federation, ("FR",)),
        ("Atelier Paysan de Namur", "organization", federation, ("BE",)),
        ("Syndicat Agricole du Jura", "organization", "", ("CH",)),
    ]


def test_a_count_in_the_cue_object_is_no_member(gazetteer: Gazetteer) -> None:
    text = "Nota\n\nPedimos acolhida digna.\n\nAssinam:\n\n"
    text += "Casa Aberta (Brasil)\nRede Sul de Acolhida, que reúne 2 organizações:\n"
    text += "  - Abrigo Esperança (Brasil)\n  - Casa Paraná (Paraguai)\n"
    assert read(text, gazetteer) == [
        ("Casa Aberta", "organization", "", ("BR",)),
        ("Rede Sul de Acolhida", "coalition", "", ()),
        ("Abrigo Esperança", "organization", "Rede Sul de Acolhida", ("BR",)),
        ("Casa Paraná", "organization", "Rede Sul de Acolhida", ("PY",)),
    ]


def test_names_nested_under_a_sector_heading_are_not_its_members(gazetteer: Gazetteer) -> None:
    text = "Declaración\n\nPedimos refugio digno.\n\nAdhesiones\n\nSINDICATOS AGRARIOS\n"
    text += "  - Unión de Jornaleras del Sur (Chile)\n  - Gremio Temporero de Maule (Chile)\n"
    rows = read(text, gazetteer)
    assert ("Unión de Jornaleras del Sur", "organization", "", ("CL",)) in rows
    assert all(coalition == "" for _, _, coalition, _ in rows)


def test_possessive_before_a_cue_below_the_coalition(gazetteer: Gazetteer) -> None:
    text = "Tribune\n\nNous demandons des cols ouverts.\n\nSignataires :\n\n"
    text += "Maison des Cols (France)\nCollectif Alpes Ouvertes (CAO)\n"
    text += "Ses membres : Refuge Haut-Val (France), Casa Confine (Italie) et Association Abri du Col (Suisse).\n"
    text += "Permanence Exil Savoie (France)\n"
    collective = "Collectif Alpes Ouvertes (CAO)"
    assert read(text, gazetteer) == [
        ("Maison des Cols", "organization", "", ("FR",)),
        (collective, "coalition", "", ()),
        ("Refuge Haut-Val", "organization", collective, ("FR",)),
        ("Casa Confine", "organization", collective, ("IT",)),
        ("Association Abri du Col", "organization", collective, ("CH",)),
        ("Permanence Exil Savoie", "organization", "", ("FR",)),
    ]


def test_blank_line_between_a_clause_and_its_bullets(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
    text += "Casa del Puerto (Chile)\nAlianza Costera de Acogida (ACA) – una red de:\n\n"
    text += "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n\nClínica del Río (Chile)\n"
    alliance = "Alianza Costera de Acogida (ACA)"
    assert read(text, gazetteer) == [
        ("Casa del Puerto", "organization", "", ("CL",)),
        (alliance, "coalition", "", ()),
        ("Albergue Mar Azul", "organization", alliance, ("PE",)),
        ("Hogar Brisa", "organization", alliance, ("EC",)),
        ("Clínica del Río", "organization", "", ("CL",)),
    ]


def test_inline_clause_without_a_colon_then_members(gazetteer: Gazetteer) -> None:
    text = "Nota pública\n\nPedimos abrigo digno.\n\nAssinam:\n\n"
    text += "Casa Aberta (Brasil)\n"
    text += "Rede Norte de Abrigos (RNA), que assina pelas suas associadas Casa Sol Nascente (Brasil), "
    text += "Abrigo Luz do Norte (Brasil) e Casa Rio Negro (Peru)\n"
    text += "Instituto Travessia (Brasil)\n"
    network = "Rede Norte de Abrigos (RNA)"
    assert read(text, gazetteer) == [
        ("Casa Aberta", "organization", "", ("BR",)),
        (network, "coalition", "", ()),
        ("Casa Sol Nascente", "organization", network, ("BR",)),
        ("Abrigo Luz do Norte", "organization", network, ("BR",)),
        ("Casa Rio Negro", "organization", network, ("PE",)),
        ("Instituto Travessia", "organization", "", ("BR",)),
    ]


def test_a_clause_about_places_opens_no_members(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
    text += "Casa del Migrante San Juan, que acoge a familias en Tapachula y Tijuana\n"
    text += "Centro Fray Matías (México)\n"
    rows = read(text, gazetteer)
    assert all(coalition == "" for _, _, coalition, _ in rows)


def test_table_cell_naming_a_coalition_and_its_members_inline(gazetteer: Gazetteer) -> None:
    text = "Appel commun\n\nNous demandons des voies légales.\n\nSignataires\n\n"
    text += "Organisation | Pays\nMaison des Exilés | France\n"
    text += "Réseau Rhône Solidaire (RRS), porte-voix de ses membres : Association Abri du Quai (France) ; "
    text += "Foyer du Lac (Suisse) | Régional\n"
    text += (
        "Plateforme Nord Accueil (Association Cuisine Ouverte de Lille, Collectif Atelier Exil de Roubaix) | France\n"
    )
    text += "Centre Juridique Liège | Belgique\n"
    rrs, pna = "Réseau Rhône Solidaire (RRS)", "Plateforme Nord Accueil"
    assert read(text, gazetteer) == [
        ("Maison des Exilés", "organization", "", ("FR",)),
        (rrs, "coalition", "", ()),
        ("Association Abri du Quai", "organization", rrs, ("FR",)),
        ("Foyer du Lac", "organization", rrs, ("CH",)),
        (pna, "coalition", "", ("FR",)),
        ("Association Cuisine Ouverte de Lille", "organization", pna, ()),
        ("Collectif Atelier Exil de Roubaix", "organization", pna, ()),
        ("Centre Juridique Liège", "organization", "", ("BE",)),
    ]


def test_unknown_clause_above_one_line_of_names(gazetteer: Gazetteer) -> None:
    text = "Statement\n\nWe ask for fair hearings.\n\nSigned by:\n\n"
    text += "Harbour House (Ireland)\nCoastal Rescue Alliance (CRA), speaking for:\n"
    text += "Casa Azul Centre (Peru), Red Door Project (Chile) and Lantern Association (Malta).\n"
    text += "River Clinic (Malta)\n"
    alliance = "Coastal Rescue Alliance (CRA)"
    assert read(text, gazetteer) == [
        ("Harbour House", "organization", "", ("IE",)),
        (alliance, "coalition", "", ()),
        ("Casa Azul Centre", "organization", alliance, ("PE",)),
        ("Red Door Project", "organization", alliance, ("CL",)),
        ("Lantern Association", "organization", alliance, ("MT",)),
        ("River Clinic", "organization", "", ("MT",)),
    ]


def test_later_sentence_naming_a_coalition_then_its_members(gazetteer: Gazetteer) -> None:
    text = "Tribune\n\nNous demandons des cols ouverts.\n\nSignataires :\n\n"
    text += "Maison des Cols (France)\nCollectif Alpes Ouvertes (CAO)\nPermanence Exil Savoie (France)\n\n"
    text += "Le CAO rassemble Association Refuge Haut-Val (France), Casa Confine (Italie) et "
    text += "Association Abri du Col (Suisse).\n"
    collective = "Collectif Alpes Ouvertes (CAO)"
    assert read(text, gazetteer) == [
        ("Maison des Cols", "organization", "", ("FR",)),
        (collective, "coalition", "", ()),
        ("Permanence Exil Savoie", "organization", "", ("FR",)),
        ("Association Refuge Haut-Val", "organization", collective, ("FR",)),
        ("Casa Confine", "organization", collective, ("IT",)),
        ("Association Abri du Col", "organization", collective, ("CH",)),
    ]


def test_known_cue_after_a_coalition_named_again_with_a_verb(gazetteer: Gazetteer) -> None:
    text = "Nota pública\n\nPedimos abrigo digno.\n\nAssinam:\n\n"
    text += "Casa Aberta (Brasil)\nRede Norte de Abrigos (RNA)\n\n"
    text += "A Rede Norte de Abrigos (RNA) é formada por Casa Sol Nascente (Brasil) e Abrigo Luz do Norte (Peru).\n"
    network = "Rede Norte de Abrigos (RNA)"
    assert read(text, gazetteer) == [
        ("Casa Aberta", "organization", "", ("BR",)),
        (network, "coalition", "", ()),
        ("Casa Sol Nascente", "organization", network, ("BR",)),
        ("Abrigo Luz do Norte", "organization", network, ("PE",)),
    ]


def test_bracket_of_names_on_the_line_below_a_coalition(gazetteer: Gazetteer) -> None:
    text = "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
    text += "Harbour Legal Aid (Ireland)\nNorthern Welcome Alliance\n"
    text += "(Riverside Drop-in Centre, Old Mill Family Project, Hillside Night Shelter)\n"
    text += "Bridge Street Advice Centre (Malta)\n"
    alliance = "Northern Welcome Alliance"
    assert read(text, gazetteer) == [
        ("Harbour Legal Aid", "organization", "", ("IE",)),
        (alliance, "coalition", "", ()),
        ("Riverside Drop-in Centre", "organization", alliance, ()),
        ("Old Mill Family Project", "organization", alliance, ()),
        ("Hillside Night Shelter", "organization", alliance, ()),
        ("Bridge Street Advice Centre", "organization", "", ("MT",)),
    ]


def test_members_marked_with_another_bullet_at_the_same_depth(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
    text += "• Casa del Puerto (Chile)\n• Alianza Costera de Acogida (ACA), en representación de:\n"
    text += "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n• Clínica del Río (Chile)\n"
    alliance = "Alianza Costera de Acogida (ACA)"
    assert read(text, gazetteer) == [
        ("Casa del Puerto", "organization", "", ("CL",)),
        (alliance, "coalition", "", ()),
        ("Albergue Mar Azul", "organization", alliance, ("PE",)),
        ("Hogar Brisa", "organization", alliance, ("EC",)),
        ("Clínica del Río", "organization", "", ("CL",)),
    ]


def test_same_bullet_at_the_same_depth_is_no_member(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
    text += "- Casa del Puerto (Chile)\n- Alianza Costera de Acogida (ACA), en representación de:\n"
    text += "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n"
    rows = read(text, gazetteer)
    assert ("Alianza Costera de Acogida (ACA)", "organization", "", ()) in rows
    assert all(coalition == "" for _, _, coalition, _ in rows)


def test_heading_naming_a_coalition_by_acronym_or_first_words_above_its_list(gazetteer: Gazetteer) -> None:
    text = "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
    text += "Harbour Legal Aid (Ireland)\nNorthern Welcome Alliance (NWA)\nRiver Clinic (Malta)\n\n"
    text += "Northern Welcome members:\n- Riverside Drop-in Centre (Ireland)\n- Old Mill Family Project (Malta)\n"
    alliance = "Northern Welcome Alliance (NWA)"
    assert read(text, gazetteer) == [
        ("Harbour Legal Aid", "organization", "", ("IE",)),
        (alliance, "coalition", "", ()),
        ("River Clinic", "organization", "", ("MT",)),
        ("Riverside Drop-in Centre", "organization", alliance, ("IE",)),
        ("Old Mill Family Project", "organization", alliance, ("MT",)),
    ]
    text = "Nota\n\nPedimos abrigo.\n\nAssinam:\n\nCasa Aberta (Brasil)\nRede Norte de Abrigos (RNA)\n\n"
    text += "Entidades da RNA que assinam:\n- Casa Sol Nascente (Brasil)\n- Abrigo Luz do Norte (Peru)\n"
    rows = read(text, gazetteer)
    assert ("Casa Sol Nascente", "organization", "Rede Norte de Abrigos (RNA)", ("BR",)) in rows
    assert ("Abrigo Luz do Norte", "organization", "Rede Norte de Abrigos (RNA)", ("PE",)) in rows


def test_natural_persons_after_a_member_heading_sign_for_themselves(gazetteer: Gazetteer) -> None:
    text = "Pronunciamiento\n\nPedimos refugio digno.\n\nFirman: Casa del Puerto (Chile), Red Costera (RC).\n"
    text += "Integran la Red Costera (RC): Albergue Mar Azul, Hogar Brisa del Sur.\n"
    text += "Personas físicas:\n- Rosa Quispe Mamani\n- Andrés Villca Choque\n"
    rows = read(text, gazetteer)
    assert ("Albergue Mar Azul", "organization", "Red Costera (RC)", ()) in rows
    assert ("Rosa Quispe Mamani", "person", "", ()) in rows
    assert ("Andrés Villca Choque", "person", "", ()) in rows
