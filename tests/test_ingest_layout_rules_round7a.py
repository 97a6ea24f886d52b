"""Coalition membership read from the layout, not from the cue's exact words (round 7a): a clause
before a colon whose words no lexicon knows, a cue line alone below a card's name, bullets at the
same depth right below a network's line (after its own place line), members between dashes inside a
running paragraph, and a sentence naming a network by its acronym. One small invented statement
each, in another language than the held-out document that showed the class."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from graph.ingest.countries import Gazetteer
from tests.layout_rows import Row, read

# The coalitions the cases name, as the rows give them.
ACA = "Alianza Costera de Acogida (ACA)"
CAO = "Collectif Alpes Ouvertes (CAO)"
CRA = "Coastal Rescue Alliance (CRA)"
FATC = "Federación Andina de Trabajadores del Campo (FATC)"
FPS = "Fédération Paysanne Solidaire (FPS)"
NORTHERN_WELCOME = "Northern Welcome Alliance"
NSRA = "North Sea Rescue Alliance"
NWA = "Northern Welcome Alliance (NWA)"
PNA = "Plateforme Nord Accueil"
RAS = "Réseau Alpin Solidaire"
RC = "Red Costera (RC)"
RFN = "Rede Fronteira Norte"
RMA = "Red Mesoamericana de Acogida (RMA)"
RNA = "Rede Norte de Abrigos (RNA)"
RRS = "Réseau Rhône Solidaire (RRS)"
RSA = "Rede Sul de Acolhida"
SPMG = "Shannon Platform for Migrant Groups (SPMG)"

# (text, the rows read from it, in order): each case a layout whose members the reader must find.
EXACT = [
    pytest.param(
        "Declaración por el trabajo agrícola digno\n\nPedimos visados que no aten a nadie a un patrón.\n\n"
        "Firmantes:\n\n"
        "- Sindicato de Jornaleras del Valle (Chile)\n"
        "- Federación Andina de Trabajadores del Campo (FATC), en representación de sus afiliadas:\n"
        "    – Unión de Recolectoras de Ica (Perú)\n"
        "    – Gremio de Temporeros de Maule (Chile)\n"
        "- Casa del Jornalero Migrante (Bolivia)\n",
        [
            ("Sindicato de Jornaleras del Valle", "organization", "", ("CL",)),
            (FATC, "coalition", "", ()),
            ("Unión de Recolectoras de Ica", "organization", FATC, ("PE",)),
            ("Gremio de Temporeros de Maule", "organization", FATC, ("CL",)),
            ("Casa del Jornalero Migrante", "organization", "", ("BO",)),
        ],
        id="unknown-clause-before-a-colon-with-members-nested-below",
    ),
    pytest.param(
        "Statement on safe harbours\n\nWe ask every port to let rescue ships dock without delay.\n\n"
        "Signatory organisations\n"
        "Harbour Light Shelter\nIreland\nSeafarers' Welcome Centre\nMalta\n"
        "North Sea Rescue Alliance\nRegional\nBrings together:\n"
        "- Dockside Aid Group (Norway)\n- Lantern Rescue Association (Denmark)\n"
        "Coastal Law Clinic\nPortugal\n",
        [
            ("Harbour Light Shelter", "organization", "", ("IE",)),
            ("Seafarers' Welcome Centre", "organization", "", ("MT",)),
            (NSRA, "coalition", "", ()),
            ("Dockside Aid Group", "organization", NSRA, ("NO",)),
            ("Lantern Rescue Association", "organization", NSRA, ("DK",)),
            ("Coastal Law Clinic", "organization", "", ("PT",)),
        ],
        id="cue-line-alone-below-a-card-above-its-bullets",
    ),
    pytest.param(
        "Appel pour l'accueil en montagne\n\nNous demandons la fin des refoulements aux cols.\n\n"
        "Signataires\n"
        "Refuge des Cols (France)\n"
        "Réseau Alpin Solidaire — coordination régionale, composé de :\n"
        "- Maison Montagne Ouverte (France)\n- Casa Valle Aperta (Italie)\n"
        "Autres organisations\n"
        "Union des Saisonniers Alpins (Suisse)\n",
        [
            ("Refuge des Cols", "organization", "", ("FR",)),
            (RAS, "coalition", "", ()),
            ("Maison Montagne Ouverte", "organization", RAS, ("FR",)),
            ("Casa Valle Aperta", "organization", RAS, ("IT",)),
            ("Union des Saisonniers Alpins", "organization", "", ("CH",)),
        ],
        id="same-depth-bullets-below-a-network-line-with-a-descriptor",
    ),
    pytest.param(
        "Nota pública\n\nExigimos abrigo digno na fronteira norte.\n\n"
        "Assinam esta nota: Casa do Migrante de Pacaraima (Brasil), a Rede Fronteira Norte —integrada por "
        "Abrigo Sol Nascente (Brasil), Casa Caminhantes (Venezuela) e Pastoral da Acolhida (Brasil)—, "
        "Instituto Travessias (Brasil) e Coletivo Mãos Dadas (Brasil).\n",
        [
            ("Casa do Migrante de Pacaraima", "organization", "", ("BR",)),
            (RFN, "coalition", "", ()),
            ("Abrigo Sol Nascente", "organization", RFN, ("BR",)),
            ("Casa Caminhantes", "organization", RFN, ("VE",)),
            ("Pastoral da Acolhida", "organization", RFN, ("BR",)),
            ("Instituto Travessias", "organization", "", ("BR",)),
            ("Coletivo Mãos Dadas", "organization", "", ("BR",)),
        ],
        id="members-between-dashes-in-a-running-paragraph",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos que nadie sea devuelto sin audiencia.\n\nFirmantes\n"
        "- Centro Pueblo Abierto (Chile)\n- Red Mesoamericana de Acogida (RMA)\n"
        "La RMA firma en representación de sus asociadas: Casa Sur (Guatemala), Albergue Norte (México) "
        "y Refugio Río (Honduras).\n"
        "Personas\n- Ana Ruiz Paz (Chile)\n",
        [
            ("Centro Pueblo Abierto", "organization", "", ("CL",)),
            (RMA, "coalition", "", ()),
            ("Casa Sur", "organization", RMA, ("GT",)),
            ("Albergue Norte", "organization", RMA, ("MX",)),
            ("Refugio Río", "organization", RMA, ("HN",)),
            ("Ana Ruiz Paz", "person", "", ("CL",)),
        ],
        id="sentence-naming-a-network-by-its-acronym",
    ),
    pytest.param(
        "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
        "Harbour Legal Aid (Ireland)\n"
        "Coastal Shelters Network (Ireland and Malta)\n"
        "Northern Welcome Alliance (Riverside Drop-in Centre; Old Mill Family Project; Hillside Night Shelter)\n"
        "Bridge Street Advice Centre (Malta)\n",
        [
            ("Harbour Legal Aid", "organization", "", ("IE",)),
            ("Coastal Shelters Network", "organization", "", ("IE", "MT")),
            (NORTHERN_WELCOME, "coalition", "", ()),
            ("Riverside Drop-in Centre", "organization", NORTHERN_WELCOME, ()),
            ("Old Mill Family Project", "organization", NORTHERN_WELCOME, ()),
            ("Hillside Night Shelter", "organization", NORTHERN_WELCOME, ()),
            ("Bridge Street Advice Centre", "organization", "", ("MT",)),
        ],
        id="coalition-word-then-a-bracket-of-names",
    ),
    pytest.param(
        "Tribune\n\nNous demandons des titres de séjour pour les saisonniers.\n\nSignataires :\n\n"
        "Maison des Saisonniers (France)\n"
        "Fédération Paysanne Solidaire (FPS), porte-parole de ses adhérents :\n"
        "Ferme Collective du Lot (France)\nAtelier Paysan de Namur (Belgique)\n\n"
        "Syndicat Agricole du Jura (Suisse)\n",
        [
            ("Maison des Saisonniers", "organization", "", ("FR",)),
            (FPS, "coalition", "", ()),
            ("Ferme Collective du Lot", "organization", FPS, ("FR",)),
            ("Atelier Paysan de Namur", "organization", FPS, ("BE",)),
            ("Syndicat Agricole du Jura", "organization", "", ("CH",)),
        ],
        id="unknown-clause-above-a-plain-block-up-to-a-blank-line",
    ),
    pytest.param(
        "Nota\n\nPedimos acolhida digna.\n\nAssinam:\n\n"
        "Casa Aberta (Brasil)\nRede Sul de Acolhida, que reúne 2 organizações:\n"
        "  - Abrigo Esperança (Brasil)\n  - Casa Paraná (Paraguai)\n",
        [
            ("Casa Aberta", "organization", "", ("BR",)),
            (RSA, "coalition", "", ()),
            ("Abrigo Esperança", "organization", RSA, ("BR",)),
            ("Casa Paraná", "organization", RSA, ("PY",)),
        ],
        id="a-count-in-the-cue-object-is-no-member",
    ),
    pytest.param(
        "Tribune\n\nNous demandons des cols ouverts.\n\nSignataires :\n\n"
        "Maison des Cols (France)\nCollectif Alpes Ouvertes (CAO)\n"
        "Ses membres : Refuge Haut-Val (France), Casa Confine (Italie) et Association Abri du Col (Suisse).\n"
        "Permanence Exil Savoie (France)\n",
        [
            ("Maison des Cols", "organization", "", ("FR",)),
            (CAO, "coalition", "", ()),
            ("Refuge Haut-Val", "organization", CAO, ("FR",)),
            ("Casa Confine", "organization", CAO, ("IT",)),
            ("Association Abri du Col", "organization", CAO, ("CH",)),
            ("Permanence Exil Savoie", "organization", "", ("FR",)),
        ],
        id="possessive-before-a-cue-below-the-coalition",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
        "Casa del Puerto (Chile)\nAlianza Costera de Acogida (ACA) – una red de:\n\n"
        "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n\nClínica del Río (Chile)\n",
        [
            ("Casa del Puerto", "organization", "", ("CL",)),
            (ACA, "coalition", "", ()),
            ("Albergue Mar Azul", "organization", ACA, ("PE",)),
            ("Hogar Brisa", "organization", ACA, ("EC",)),
            ("Clínica del Río", "organization", "", ("CL",)),
        ],
        id="blank-line-between-a-clause-and-its-bullets",
    ),
    pytest.param(
        "Nota pública\n\nPedimos abrigo digno.\n\nAssinam:\n\n"
        "Casa Aberta (Brasil)\n"
        "Rede Norte de Abrigos (RNA), que assina pelas suas associadas Casa Sol Nascente (Brasil), "
        "Abrigo Luz do Norte (Brasil) e Casa Rio Negro (Peru)\n"
        "Instituto Travessia (Brasil)\n",
        [
            ("Casa Aberta", "organization", "", ("BR",)),
            (RNA, "coalition", "", ()),
            ("Casa Sol Nascente", "organization", RNA, ("BR",)),
            ("Abrigo Luz do Norte", "organization", RNA, ("BR",)),
            ("Casa Rio Negro", "organization", RNA, ("PE",)),
            ("Instituto Travessia", "organization", "", ("BR",)),
        ],
        id="inline-clause-without-a-colon-then-members",
    ),
    pytest.param(
        "Appel commun\n\nNous demandons des voies légales.\n\nSignataires\n\n"
        "Organisation | Pays\nMaison des Exilés | France\n"
        "Réseau Rhône Solidaire (RRS), porte-voix de ses membres : Association Abri du Quai (France) ; "
        "Foyer du Lac (Suisse) | Régional\n"
        "Plateforme Nord Accueil (Association Cuisine Ouverte de Lille, Collectif Atelier Exil de Roubaix) | France\n"
        "Centre Juridique Liège | Belgique\n",
        [
            ("Maison des Exilés", "organization", "", ("FR",)),
            (RRS, "coalition", "", ()),
            ("Association Abri du Quai", "organization", RRS, ("FR",)),
            ("Foyer du Lac", "organization", RRS, ("CH",)),
            (PNA, "coalition", "", ("FR",)),
            ("Association Cuisine Ouverte de Lille", "organization", PNA, ()),
            ("Collectif Atelier Exil de Roubaix", "organization", PNA, ()),
            ("Centre Juridique Liège", "organization", "", ("BE",)),
        ],
        id="table-cell-naming-a-coalition-and-its-members-inline",
    ),
    pytest.param(
        "Statement\n\nWe ask for fair hearings.\n\nSigned by:\n\n"
        "Harbour House (Ireland)\nCoastal Rescue Alliance (CRA), speaking for:\n"
        "Casa Azul Centre (Peru), Red Door Project (Chile) and Lantern Association (Malta).\n"
        "River Clinic (Malta)\n",
        [
            ("Harbour House", "organization", "", ("IE",)),
            (CRA, "coalition", "", ()),
            ("Casa Azul Centre", "organization", CRA, ("PE",)),
            ("Red Door Project", "organization", CRA, ("CL",)),
            ("Lantern Association", "organization", CRA, ("MT",)),
            ("River Clinic", "organization", "", ("MT",)),
        ],
        id="unknown-clause-above-one-line-of-names",
    ),
    pytest.param(
        "Tribune\n\nNous demandons des cols ouverts.\n\nSignataires :\n\n"
        "Maison des Cols (France)\nCollectif Alpes Ouvertes (CAO)\nPermanence Exil Savoie (France)\n\n"
        "Le CAO rassemble Association Refuge Haut-Val (France), Casa Confine (Italie) et "
        "Association Abri du Col (Suisse).\n",
        [
            ("Maison des Cols", "organization", "", ("FR",)),
            (CAO, "coalition", "", ()),
            ("Permanence Exil Savoie", "organization", "", ("FR",)),
            ("Association Refuge Haut-Val", "organization", CAO, ("FR",)),
            ("Casa Confine", "organization", CAO, ("IT",)),
            ("Association Abri du Col", "organization", CAO, ("CH",)),
        ],
        id="later-sentence-naming-a-coalition-then-its-members",
    ),
    pytest.param(
        "Nota pública\n\nPedimos abrigo digno.\n\nAssinam:\n\n"
        "Casa Aberta (Brasil)\nRede Norte de Abrigos (RNA)\n\n"
        "A Rede Norte de Abrigos (RNA) é formada por Casa Sol Nascente (Brasil) e Abrigo Luz do Norte (Peru).\n",
        [
            ("Casa Aberta", "organization", "", ("BR",)),
            (RNA, "coalition", "", ()),
            ("Casa Sol Nascente", "organization", RNA, ("BR",)),
            ("Abrigo Luz do Norte", "organization", RNA, ("PE",)),
        ],
        id="known-cue-after-a-coalition-named-again-with-a-verb",
    ),
    pytest.param(
        "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
        "Harbour Legal Aid (Ireland)\nNorthern Welcome Alliance\n"
        "(Riverside Drop-in Centre, Old Mill Family Project, Hillside Night Shelter)\n"
        "Bridge Street Advice Centre (Malta)\n",
        [
            ("Harbour Legal Aid", "organization", "", ("IE",)),
            (NORTHERN_WELCOME, "coalition", "", ()),
            ("Riverside Drop-in Centre", "organization", NORTHERN_WELCOME, ()),
            ("Old Mill Family Project", "organization", NORTHERN_WELCOME, ()),
            ("Hillside Night Shelter", "organization", NORTHERN_WELCOME, ()),
            ("Bridge Street Advice Centre", "organization", "", ("MT",)),
        ],
        id="bracket-of-names-on-the-line-below-a-coalition",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
        "• Casa del Puerto (Chile)\n• Alianza Costera de Acogida (ACA), en representación de:\n"
        "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n• Clínica del Río (Chile)\n",
        [
            ("Casa del Puerto", "organization", "", ("CL",)),
            (ACA, "coalition", "", ()),
            ("Albergue Mar Azul", "organization", ACA, ("PE",)),
            ("Hogar Brisa", "organization", ACA, ("EC",)),
            ("Clínica del Río", "organization", "", ("CL",)),
        ],
        id="members-marked-with-another-bullet-at-the-same-depth",
    ),
    pytest.param(
        "Joint statement\n\nWe ask for safe routes.\n\nSigned by:\n\n"
        "Harbour Legal Aid (Ireland)\nNorthern Welcome Alliance (NWA)\nRiver Clinic (Malta)\n\n"
        "Northern Welcome members:\n- Riverside Drop-in Centre (Ireland)\n- Old Mill Family Project (Malta)\n",
        [
            ("Harbour Legal Aid", "organization", "", ("IE",)),
            (NWA, "coalition", "", ()),
            ("River Clinic", "organization", "", ("MT",)),
            ("Riverside Drop-in Centre", "organization", NWA, ("IE",)),
            ("Old Mill Family Project", "organization", NWA, ("MT",)),
        ],
        id="heading-naming-a-coalition-by-its-first-words-above-its-list",
    ),
]

# (text, rows that must be among those read): the rows a case is about, the rest left free.
INCLUDED = [
    pytest.param(
        "Carta aberta\n\nPedimos o fim das deportações sumárias.\n\nAssinam:\n\n"
        "Centro Aberto de Apoio ao Imigrante (Portugal)\n"
        "Plataforma Atlântica de Associações (PAA), que assina pelas suas associadas:\n"
        "Associação Ponte Segura (Portugal)\n",
        [
            ("Plataforma Atlântica de Associações (PAA)", "organization", "", ()),
            ("Associação Ponte Segura", "organization", "", ("PT",)),
        ],
        id="clause-without-a-list-below-is-cut-but-opens-no-members",
    ),
    pytest.param(
        "Open letter on family reunion\n\nWe ask for decisions within six months.\n\nSigned:\n"
        "Riverside Migrant Centre\nCork, Ireland\n"
        "Shannon Platform for Migrant Groups (SPMG), speaking for its member groups:\nLimerick, Ireland\n"
        "- Harbour Mothers Circle\n- Eastside Youth Project\n"
        "Westport Legal Desk\nGalway, Ireland\n"
        "Clare Newcomers Network\nEnnis, Ireland\n",
        [
            (SPMG, "coalition", "", ("IE",)),
            ("Harbour Mothers Circle", "organization", SPMG, ()),
            ("Eastside Youth Project", "organization", SPMG, ()),
            ("Westport Legal Desk", "organization", "", ("IE",)),
        ],
        id="place-line-between-a-platform-and-its-bullets",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos refugio digno.\n\nFirman: Casa del Puerto (Chile), Red Costera (RC).\n"
        "Integran la Red Costera (RC): Albergue Mar Azul, Hogar Brisa del Sur.\n"
        "Personas físicas:\n- Rosa Quispe Mamani\n- Andrés Villca Choque\n",
        [
            ("Albergue Mar Azul", "organization", RC, ()),
            ("Rosa Quispe Mamani", "person", "", ()),
            ("Andrés Villca Choque", "person", "", ()),
        ],
        id="natural-persons-after-a-member-heading-sign-for-themselves",
    ),
    pytest.param(
        "Nota\n\nPedimos abrigo.\n\nAssinam:\n\nCasa Aberta (Brasil)\nRede Norte de Abrigos (RNA)\n\n"
        "Entidades da RNA que assinam:\n- Casa Sol Nascente (Brasil)\n- Abrigo Luz do Norte (Peru)\n",
        [
            ("Casa Sol Nascente", "organization", RNA, ("BR",)),
            ("Abrigo Luz do Norte", "organization", RNA, ("PE",)),
        ],
        id="heading-naming-a-coalition-by-its-acronym-above-its-list",
    ),
]

# (text, rows that must be among those read): layouts that must open no membership at all.
NO_MEMBERS = [
    pytest.param(
        "Statement on safe harbours\n\nWe ask every port to let rescue ships dock.\n\nSignatories:\n\n"
        "Harbour Light Shelter (Ireland)\nTrade unions:\n"
        "- Dockers United (Norway)\n- Crane Operators Guild (Malta)\n",
        [],
        id="category-heading-with-a-colon-is-no-cue",
    ),
    pytest.param(
        "Declaración\n\nPedimos refugio digno.\n\nAdhesiones\n\nSINDICATOS AGRARIOS\n"
        "  - Unión de Jornaleras del Sur (Chile)\n  - Gremio Temporero de Maule (Chile)\n",
        [("Unión de Jornaleras del Sur", "organization", "", ("CL",))],
        id="names-nested-under-a-sector-heading-are-not-its-members",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
        "Casa del Migrante San Juan, que acoge a familias en Tapachula y Tijuana\n"
        "Centro Fray Matías (México)\n",
        [],
        id="a-clause-about-places-opens-no-members",
    ),
    pytest.param(
        "Pronunciamiento\n\nPedimos refugio digno.\n\nFirmantes:\n\n"
        "- Casa del Puerto (Chile)\n- Alianza Costera de Acogida (ACA), en representación de:\n"
        "- Albergue Mar Azul (Perú)\n- Hogar Brisa (Ecuador)\n",
        [(ACA, "organization", "", ())],
        id="same-bullet-at-the-same-depth-is-no-member",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_members_read_from_the_layout(gazetteer: Gazetteer, text: str, expected: list[Row]) -> None:
    assert read(text, gazetteer) == expected


@pytest.mark.parametrize(("text", "included"), INCLUDED)
def test_rows_read_from_the_layout_include(gazetteer: Gazetteer, text: str, included: list[Row]) -> None:
    rows = read(text, gazetteer)
    for row in included:
        assert row in rows


@pytest.mark.parametrize(("text", "included"), NO_MEMBERS)
def test_no_membership_is_opened(gazetteer: Gazetteer, text: str, included: list[Row]) -> None:
    rows = read(text, gazetteer)
    for row in included:
        assert row in rows
    assert all(coalition == "" for _, _, coalition, _ in rows)
