"""Layout rules of ingest round 7b (names and furniture in layouts of new kinds), one small invented
statement each, in another language than the held-out document that showed the class: bold names
with descriptions (h7-04, fr), signature blocks with place and representative lines (h7-03, pt),
sector headings (h7-01 en, h7-06 pt), petition time stamps and buttons (h6-03 es, h7-06 pt), a
running paragraph with a comma acronym and articles (h7-05, es)."""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest

from graph.ingest.countries import Gazetteer
from graph.ingest.entry_lines import (
    described_entry,
    is_call_to_action,
    is_credit_line,
    is_representative_line,
    is_type_badge,
    names_a_sector,
    relative_time_start,
)
from tests.layout_rows import Row, read

# (text, the rows read from it, in order), one layout of a new kind each; the comment says what it shows.
CASES = [
    # A Markdown list of '**Name** (País) — what it does': the bold name and its place are read, the
    # description never (its commas included); a coalition cue at the end of a description opens the
    # members below; '### Academia' above numbered entries is a group heading.
    pytest.param(
        "# Carta abierta por el derecho a buscar refugio\n"
        "\n"
        "Las organizaciones que firmamos esta carta pedimos a los gobiernos que garanticen el "
        "acceso al procedimiento de asilo en todos los puestos fronterizos.\n"
        "\n"
        "## Firmantes\n"
        "\n"
        "### Albergues\n"
        "\n"
        "1. **Casa del Peregrino Sur** (México) — albergue de paso, comedor y orientación legal\n"
        "2. **Refugio Luz de la Frontera, AC** (México) — acogida de mujeres y niñas\n"
        "3. **Red Caminos Compartidos (RCC)** (Guatemala, Honduras) — red de casas, integrada por:\n"
        "- Albergue Nuevo Horizonte (Guatemala)\n"
        "- Casa Esperanza del Valle (Honduras)\n"
        "\n"
        "### Academia\n"
        "\n"
        "4. **Observatorio de Movilidad Humana** (Chile) — investigación aplicada, Santiago\n",
        [
            ("Casa del Peregrino Sur", "organization", "", ("MX",)),
            ("Refugio Luz de la Frontera, AC", "organization", "", ("MX",)),
            ("Red Caminos Compartidos (RCC)", "coalition", "", ("GT", "HN")),
            ("Albergue Nuevo Horizonte", "organization", "Red Caminos Compartidos (RCC)", ("GT",)),
            ("Casa Esperanza del Valle", "organization", "Red Caminos Compartidos (RCC)", ("HN",)),
            ("Observatorio de Movilidad Humana", "organization", "", ("CL",)),
        ],
        id="bold-names-with-descriptions-under-sector-headings",
    ),
    # Signature blocks: a name, its 'Town, Country' line, then 'By:/Per:' and the person who signs for
    # it. The place line is the name's place, the representative no signatory.
    pytest.param(
        "Open letter on family reunion delays\n"
        "\n"
        "We, the organisations below, support families who have waited years to be together again, "
        "and we ask the ministry to decide every pending application within the legal time limit.\n"
        "\n"
        "Signed:\n"
        "Harbour Families Advice Centre\n"
        "Galway, Ireland\n"
        "By: Niamh Costello, coordinator\n"
        "Northside Refugee Welcome\n"
        "Leeds, United Kingdom\n"
        "By: Daniel Okafor, chair\n"
        "Bridges for Newcomers Trust\n"
        "Cardiff, United Kingdom\n"
        "Per: Ellen Pryce, director\n"
        "\n"
        "Contact: letters@familyreunion-example.org\n",
        [
            ("Harbour Families Advice Centre", "organization", "", ("IE",)),
            ("Northside Refugee Welcome", "organization", "", ("GB",)),
            ("Bridges for Newcomers Trust", "organization", "", ("GB",)),
        ],
        id="signature-blocks-with-town-lines-and-representatives",
    ),
    # 'SYNDICATS', 'Réseaux et collectifs', 'Églises et communautés de foi': plurals of organization
    # words heading the entries below them, never agents.
    pytest.param(
        "Déclaration commune pour des voies légales et sûres\n"
        "\n"
        "Nous demandons aux États européens d'ouvrir des voies légales et sûres pour les personnes "
        "qui fuient les persécutions, et de cesser les refoulements en mer.\n"
        "\n"
        "Signataires\n"
        "\n"
        "SYNDICATS\n"
        "- Union des Travailleurs Saisonniers du Sud (France)\n"
        "- Syndicat des Aides à Domicile de Liège (Belgique)\n"
        "\n"
        "Réseaux et collectifs\n"
        "- Collectif Hospitalité Alpine (France)\n"
        "- Réseau Accueil Sans Frontières (Suisse)\n"
        "\n"
        "Églises et communautés de foi\n"
        "- Paroisse Saint-Roch de Marseille (France)\n",
        [
            ("Union des Travailleurs Saisonniers du Sud", "organization", "", ("FR",)),
            ("Syndicat des Aides à Domicile de Liège", "organization", "", ("BE",)),
            ("Collectif Hospitalité Alpine", "organization", "", ("FR",)),
            ("Réseau Accueil Sans Frontières", "organization", "", ("CH",)),
            ("Paroisse Saint-Roch de Marseille", "organization", "", ("FR",)),
        ],
        id="sector-headings-in-capitals-and-sentence-case",
    ),
    # A petition page: the latest signers with '· Town, Country' and 'há 2 horas' (a time stamp, no part
    # of a name); 'Ver todas as assinaturas', 'Assine a petição', a share row: furniture.
    pytest.param(
        "Petição: acolhimento digno nas fronteiras\n"
        "\n"
        "Pedimos ao governo que garanta abrigo, alimentação e informação jurídica a todas as "
        "pessoas que chegam às fronteiras do norte do país.\n"
        "\n"
        "Organizações signatárias\n"
        "- Casa do Migrante de Pacaraima — Pacaraima/RR, Brasil\n"
        "- Instituto Travessias Seguras — Manaus/AM, Brasil\n"
        "Últimas assinaturas\n"
        "- Helena Duarte Queiroz · Belém, Brasil há 2 horas\n"
        "- Tomás Ribeiro Lins há 5 minutos\n"
        "- Joana Paiva Mendes · Lisboa, Portugal há 1 dia\n"
        "Ver todas as assinaturas\n"
        "Assine a petição\n"
        "Compartilhar no WhatsApp\n",
        [
            ("Casa do Migrante de Pacaraima", "organization", "", ("BR",)),
            ("Instituto Travessias Seguras", "organization", "", ("BR",)),
            ("Helena Duarte Queiroz", "person", "", ("BR",)),
            ("Tomás Ribeiro Lins", "person", "", ()),
            ("Joana Paiva Mendes", "person", "", ("PT",)),
        ],
        id="petition-time-stamps-and-buttons",
    ),
    # Sector lines without markup above 'Name — Town, Country' entries, then a web page's buttons.
    pytest.param(
        "Joint statement on safe rescue at sea\n"
        "\n"
        "We call on coastal states to coordinate rescues without delay and to let civil ships "
        "disembark survivors at the nearest safe port.\n"
        "\n"
        "Endorsements\n"
        "Trade unions\n"
        "Dockworkers Solidarity Union — Genoa, Italy\n"
        "Maritime Crews Federation — Piraeus, Greece\n"
        "Faith communities\n"
        "Harbour Chaplaincy Network — Valletta, Malta\n"
        "Universities and research groups\n"
        "Centre for Sea Migration Studies, Coastline University — Lisbon, Portugal\n"
        "Sign the statement\n"
        "See all 148 endorsements\n"
        "Copy link\n",
        [
            ("Dockworkers Solidarity Union", "organization", "", ("IT",)),
            ("Maritime Crews Federation", "organization", "", ("GR",)),
            ("Harbour Chaplaincy Network", "organization", "", ("MT",)),
            ("Centre for Sea Migration Studies, Coastline University", "organization", "", ("PT",)),
        ],
        id="plain-sector-lines-above-dashed-entries-and-calls-to-action",
    ),
    # 'Name, ACRONYM (País)' is one name when the acronym spells it; a lowercase article before a name
    # ('a Rede …', 'e o Observatório …') is no part of it.
    pytest.param(
        "Nota pública sobre o direito de pedir asilo\n"
        "\n"
        "Subscrevem esta nota: Associação de Apoio ao Imigrante de Braga, AAIB (Portugal), Centro "
        "Jesuíta de Estudos Migratórios (Brasil), a Rede Lusófona de Acolhimento (Cabo Verde), "
        "Coletivo Fronteiras Abertas (Brasil) e o Observatório das Migrações do Sul (Portugal).\n",
        [
            ("Associação de Apoio ao Imigrante de Braga, AAIB", "organization", "", ("PT",)),
            ("Centro Jesuíta de Estudos Migratórios", "organization", "", ("BR",)),
            ("Rede Lusófona de Acolhimento", "organization", "", ("CV",)),
            ("Coletivo Fronteiras Abertas", "organization", "", ("BR",)),
            ("Observatório das Migrações do Sul", "organization", "", ("PT",)),
        ],
        id="running-paragraph-comma-acronym-and-lowercase-articles",
    ),
    # 'Relator del encuentro: Name' (a singular role, one person) credits a job at the meeting, no
    # signatory (h6-02 showed it in French); 'Personas físicas:' opens the persons (h4-03, pt).
    pytest.param(
        "Declaración del encuentro regional sobre trabajo agrícola migrante\n\n"
        "Las organizaciones reunidas en Tapachula pedimos visas de trabajo que no aten a las personas a "
        "un solo empleador.\n\nFirmantes:\nSindicato de Jornaleras del Soconusco (México)\n"
        "Pastoral del Trabajador Temporal (Guatemala)\nPersonas físicas:\nRosa Elvira Tzul (Guatemala)\n"
        "Relator del encuentro: Andrés Molina Paz\n",
        [
            ("Sindicato de Jornaleras del Soconusco", "organization", "", ("MX",)),
            ("Pastoral del Trabajador Temporal", "organization", "", ("GT",)),
            ("Rosa Elvira Tzul", "person", "", ("GT",)),
        ],
        id="credit-line-and-natural-persons-label",
    ),
    # Without bold (a plain text, or a web page whose <strong> the extraction drops): 'Name (Country) —
    # what it does' is an entry with a description; once a list describes its names so, 'Name — what it
    # does' is one too.
    pytest.param(
        "Joint letter on seasonal work visas\n\nWe ask the government to let seasonal workers change "
        "employer without losing their visa and to inspect farms without warning.\n\nSignatories\n\n"
        "1. Orchard Workers Advice Centre (Ireland) — free legal advice for farm workers, Wexford\n"
        "2. Berry Pickers Solidarity Network (United Kingdom) — a network of migrant workers' groups\n"
        "3. Harvest Chaplaincy Trust — pastoral support in the fields\n"
        "4. Fair Fields Campaign (Spain) – research and advocacy\n",
        [
            ("Orchard Workers Advice Centre", "organization", "", ("IE",)),
            ("Berry Pickers Solidarity Network", "organization", "", ("GB",)),
            ("Harvest Chaplaincy Trust", "organization", "", ()),
            ("Fair Fields Campaign", "organization", "", ("ES",)),
        ],
        id="plain-described-entries-without-bold",
    ),
    # 'Sociedad civil', 'Academia' (sectors in the singular, lexicon); 'hace 2 h', 'firmó hace 3
    # horas' (short and signed stamps); 'Leer más', 'Descargar el pronunciamiento (PDF)' (buttons).
    pytest.param(
        "Pronunciamiento regional\n\nPedimos a los Estados que garanticen el acceso al asilo en todos "
        "los puestos fronterizos de la región.\n\nAdhesiones\n\nSociedad civil\n"
        "Casa Refugio del Norte — Monterrey, México\nColectivo Puentes del Sur — Tacna, Perú\nAcademia\n"
        "Observatorio de Fronteras, Universidad del Pacífico — Lima, Perú\nÚltimas firmas\n"
        "- Ana Ruiz Soto · Quito, Ecuador · hace 2 h\n- Pedro Gil Lara firmó hace 3 horas\n"
        "Leer más\nDescargar el pronunciamiento (PDF)\n",
        [
            ("Casa Refugio del Norte", "organization", "", ("MX",)),
            ("Colectivo Puentes del Sur", "organization", "", ("PE",)),
            ("Observatorio de Fronteras, Universidad del Pacífico", "organization", "", ("PE",)),
            ("Ana Ruiz Soto", "person", "", ("EC",)),
            ("Pedro Gil Lara", "person", "", ()),
        ],
        id="singular-sectors-short-time-stamps-and-more-buttons",
    ),
    # 'Name, ASBL, Town, Country': the legal form ends the name, the town and country are its place
    # (h4-09 showed it in English with 'A.C.').
    pytest.param(
        "Signataires\n\nAssociation Terre d'Accueil, ASBL, Liège, Belgique\n"
        "Collectif Solidarité Exilés, Lille, France\nMaison des Migrants de Genève, Genève, Suisse\n",
        [
            ("Association Terre d'Accueil, ASBL", "organization", "", ("BE",)),
            ("Collectif Solidarité Exilés", "organization", "", ("FR",)),
            ("Maison des Migrants de Genève", "organization", "", ("CH",)),
        ],
        id="legal-form-before-town-and-country",
    ),
    # 'Sindicatos:' above bullets, 'Redes: A.' with its names inline: sector headings, not coalitions.
    pytest.param(
        "Carta a la Cancillería\n\nPedimos a la Cancillería que reanude la emisión de visas humanitarias "
        "para familias separadas por la crisis.\n\nFirmantes:\n\nSindicatos:\n"
        "- Sindicato Nacional de Trabajadoras Agrícolas (Chile)\n- Central Unitaria de Jornaleros (Perú)\n\n"
        "Iglesias y organizaciones de fe:\n- Pastoral Social del Altiplano (Bolivia)\n\n"
        "Academia:\n- Centro de Estudios Migratorios del Sur (Chile)\n\n"
        "Redes: Red Tres de Bolivia (Bolivia).\n",
        [
            ("Sindicato Nacional de Trabajadoras Agrícolas", "organization", "", ("CL",)),
            ("Central Unitaria de Jornaleros", "organization", "", ("PE",)),
            ("Pastoral Social del Altiplano", "organization", "", ("BO",)),
            ("Centro de Estudios Migratorios del Sur", "organization", "", ("CL",)),
            ("Red Tres de Bolivia", "organization", "", ("BO",)),
        ],
        id="sector-headings-with-a-colon",
    ),
    # Cards of name / kind badge / country (h7-02 showed a 'Red' badge in Spanish): the badge ('NGO',
    # 'Network', 'Grassroots group') is no name, and the country line below it is the name's place.
    pytest.param(
        "Joint statement on safe passage\n\nWe call on governments to open safe and legal routes and to "
        "stop pushbacks at sea and on land borders.\n\nSignatories\n\nHarbour Rights Centre\nNGO\nIreland\n"
        "Coastal Network for Migrants\nNetwork\nUnited Kingdom\nWelcome Kitchen Collective\n"
        "Grassroots group\nMalta\nSign the statement\n",
        [
            ("Harbour Rights Centre", "organization", "", ("IE",)),
            ("Coastal Network for Migrants", "organization", "", ("GB",)),
            ("Welcome Kitchen Collective", "organization", "", ("MT",)),
        ],
        id="card-badges-between-name-and-country",
    ),
    # 'Casa X¹ (México)', 'Colectivo Y†': the mark is no part of the name; '¹ Miembro de …' below
    # the list is a footnote, not a signatory.
    pytest.param(
        "Declaración\n\nPedimos a los gobiernos de la región que garanticen el derecho a solicitar asilo en "
        "la frontera.\n\nFirmantes:\n\nCasa del Migrante Norte¹ (México)\nRed Sur de Acogida² (Chile)\n"
        "Colectivo Puentes† (Perú)\n\n¹ Miembro de la Red Regional.\n",
        [
            ("Casa del Migrante Norte", "organization", "", ("MX",)),
            ("Red Sur de Acogida", "organization", "", ("CL",)),
            ("Colectivo Puentes", "organization", "", ("PE",)),
        ],
        id="footnote-marks-and-footnotes",
    ),
    # A form's export: 'Organisation : X' / 'Pays : Y' / 'Type : Z' per entry. The name field gives the
    # name, the place field its country, the other field nothing; no field key is a name.
    pytest.param(
        "Lettre ouverte\n\nNous demandons aux autorités de garantir l'accès à la demande d'asile à toutes "
        "les frontières.\n\nSignataires\n\nOrganisation : Maison des Exilés de Lyon\nPays : France\n"
        "Type : association\n\nOrganisation : Réseau Accueil Namur\nPays : Belgique\nType : réseau\n",
        [
            ("Maison des Exilés de Lyon", "organization", "", ("FR",)),
            ("Réseau Accueil Namur", "organization", "", ("BE",)),
        ],
        id="entries-written-as-form-fields",
    ),
    # 'Hna. Marta Ruiz (Guatemala), a título personal': the bracket before the capacity words is the
    # person's place, not an affiliation.
    pytest.param(
        "Carta\n\nPedimos a los gobiernos de la región que dejen de detener a niñas y niños migrantes.\n\n"
        "Firmantes:\n\nCasa Refugio del Norte (México)\nHna. Marta Ruiz (Guatemala), a título personal\n",
        [
            ("Casa Refugio del Norte", "organization", "", ("MX",)),
            ("Hna. Marta Ruiz", "person", "", ("GT",)),
        ],
        id="place-before-the-personal-capacity-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_and_furniture_of_the_layout(gazetteer: Gazetteer, text: str, expected: list[Row]) -> None:
    assert read(text, gazetteer) == expected


def test_a_tagline_before_the_place_stays_in_the_name(gazetteer: Gazetteer) -> None:
    """A tagline before the place ('Name – accueil des familles (Belgique)') stays."""
    tagline = "Signataires\n\n- Maison Ouverte – accueil des familles (Belgique)\n"
    tagline += "- Collectif Rive Droite (France)\n"
    assert read(tagline, gazetteer)[0] == ("Maison Ouverte – accueil des familles", "organization", "", ("BE",))


def test_credit_lines() -> None:
    """A singular role before a colon credits a job ('Moderator: Jane Roe'); a plural does not."""
    assert is_credit_line("Moderator: Jane Roe") and not is_credit_line("Periodistas: Ana Gil")


def test_type_badges() -> None:
    """Kind badges of a card ('Colectivo de base', 'ONG'), never an organization's name."""
    assert is_type_badge("Colectivo de base") and is_type_badge("ONG") and not is_type_badge("Caritas Norte")


def test_line_shapes_in_four_languages() -> None:
    """The words of each new line class are in all four languages (lexicon/signatories.yaml)."""
    for stamp in ("Ana Ruiz 3 hours ago", "Ana Ruiz hace 2 horas", "Ana Ruiz há 5 minutos", "Ana Ruiz il y a 2 jours"):
        assert relative_time_start(stamp) == len("Ana Ruiz")
    for line in ("By: Jane Roe, chair", "Por: Ana Gil, presidenta", "p.p.: Rui Lopes, diretor", "Par : Sophie Arnaud"):
        assert is_representative_line(line), line
    for button in ("Sign the letter", "Ver todas las firmas", "Assine a carta", "Partager sur Facebook", "Copy link"):
        assert is_call_to_action(button)
    assert not is_call_to_action("Signatories") and not is_representative_line("Por una vida digna (México)")


def test_sector_headings_and_names_that_look_alike() -> None:
    """Plurals of organization words head a group; a name with a plural or a particle does not."""
    for heading in ("TRADE UNIONS", "Faith communities", "Sindicatos", "Redes e articulações", "Syndicats"):
        assert names_a_sector(heading, markup=False), heading
    for name in ("Médicos sin fronteras", "ASOCIACIÓN DE TRABAJADORAS DEL HOGAR MIGRANTES", "Casa del migrante"):
        assert not names_a_sector(name, markup=False), name
    assert described_entry("2. **Casa X** (Chile) — albergue, comedor") is not None
    assert described_entry("**Nota:** — las firmas se reciben hasta el lunes") is None


def test_names_that_start_like_buttons_or_end_like_stamps() -> None:
    """A name is no button or time stamp because of its first or last word: a capitalized organization
    word follows the button's words ('Donate Life Foundation'); 'yesterday' alone ends a name."""
    assert not is_call_to_action("Donate Life Foundation") and is_call_to_action("Donate now")
    assert relative_time_start("Casa de Ayer") == len("Casa de Ayer")
    assert relative_time_start("Ana Gil firmó ayer") == len("Ana Gil")
