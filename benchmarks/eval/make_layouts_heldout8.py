# ruff: noqa: RUF001
"""Held-out signatory layouts, set 8: eight invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout8/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout8.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout8.py --check   # rebuild in a temp folder and check

Utilities (deterministic DOCX saving, read-back, check) come from layout_kit.py; the layouts are new.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx, new_docx, page_marks, write_pdf

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout8"
E = html.escape


# --------------------------------------------------------------------------- agents


def org(name, cc=(), in_name=(), supporter=False):
    return {
        "name": name,
        "read_as": "organization",
        "countries": list(cc),
        "in_name": list(in_name),
        "supporter": supporter,
    }


def coal(name, cc=()):
    return {"name": name, "read_as": "coalition", "countries": list(cc), "in_name": [], "supporter": False}


def per(name, cc=()):
    return {"name": name, "read_as": "person", "countries": list(cc), "in_name": [], "supporter": False}


# --------------------------------------------------------------------------- 01 es pdf grid of three, footnotes

D1_TITLE = "Declaración de San Salvador sobre la detención de personas migrantes"
D1_FORUM = "Foro Mesoamericano de Movilidad Humana · San Salvador, 2 y 3 de diciembre de 2026"
D1_BODY = [
    "Reunidas durante dos días en San Salvador, las organizaciones que acompañan a personas en tránsito por "
    "Centroamérica y México constatamos que la detención se ha vuelto la respuesta ordinaria a la movilidad: "
    "estaciones saturadas, niñas y niños encerrados junto a adultos desconocidos y plazos que nadie respeta.",
    "Pedimos a los gobiernos de la región que pongan fin a la detención de niñez y familias, que abran "
    "alternativas comunitarias con acompañamiento jurídico y que permitan la visita independiente de "
    "organizaciones de derechos humanos a todos los lugares donde se priva de libertad a personas migrantes.",
    "Nos comprometemos a informar cada seis meses sobre el cumplimiento de estas peticiones.",
]
D1_NET = coal("Red Regional Caminos Sin Muros", [])
D1_M = [
    (org("Colectivo Mujeres del Suchiate", ["GT"]), "Guatemala"),
    (org("Pastoral de Movilidad de Choluteca", ["HN"]), "Honduras"),
    (org("Asociación Retorno Digno", ["SV"]), "El Salvador"),
]
# grid cells: (agent, country line, footnote mark)
D1_GRID = [
    (org("Albergue Hermanas de la Frontera", ["MX"]), "México", ""),
    (org("Centro de Derechos Tierra Viva, AC", ["MX"]), "México", ""),
    (D1_NET, "Regional", "1"),
    (org("Voces Migrantes de Quetzaltenango", ["GT"]), "Guatemala", ""),
    (org("Observatorio Itinerante (OBITI)", ["HN"]), "Honduras", ""),
    (org("Fundación Puentes del Lempa", ["SV"]), "El Salvador", ""),
    (org("Clínica Jurídica Paso Seguro", ["CR"]), "Costa Rica", "2"),
    (org("Comité Darién Humano", ["PA"]), "Panamá", ""),
    (org("Casa Nicaragüense en Heredia", ["CR"]), "Costa Rica", ""),
    (org("Asamblea de Jornaleros de Yakima", ["US"]), "Estados Unidos", ""),
    (org("Solidarité Frontières Montréal", ["CA"]), "Canadá", ""),
    (org("Asociación Cauce Sur", ["ES"]), "España", "2"),
]
D1_PERSONS = [
    (per("Marta Lucía Echeverría", ["SV"]), "abogada, El Salvador"),
    (per("Fray Ernesto Galdámez", ["GT"]), "párroco, Guatemala"),
    (per("Dra. Inés Cortázar Vela", ["MX"]), "psicóloga, México"),
]
D1_FOOT1 = (
    "Firma también en nombre de las organizaciones de base con las que trabaja: "
    + ", ".join(f"{m['name']} ({p})" for m, p in D1_M[:-1])
    + f" y {D1_M[-1][0]['name']} ({D1_M[-1][1]})."
)
D1_FOOT2 = "Adhesión recibida después de la lectura pública de la declaración."
D1_NA = [
    D1_TITLE,
    D1_FORUM,
    "Foro Mesoamericano de Movilidad Humana",
    "Organizaciones firmantes",
    "Firmas personales",
    "Regional",
    D1_FOOT2,
    "abogada, El Salvador",
    "párroco, Guatemala",
    "psicóloga, México",
    "Contacto: secretaria@foromovilidad-mesoamerica.org",
    "Página 2 de 2",
]


def d1_order_doc():
    """Document order: the members come in the footnote, after the grid and the persons."""
    out = [(a, None) for a, _, _ in D1_GRID]
    out += [(p, None) for p, _ in D1_PERSONS]
    return out + [(m, D1_NET) for m, _ in D1_M]


def build_pdf_01(path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    sub = ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor="#444444")
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6, spaceAfter=6)
    cell = ParagraphStyle("c", parent=base, fontName="Helvetica-Bold", fontSize=8.5, leading=11)
    foot = ParagraphStyle("f", parent=base, fontSize=8, leading=10)

    def grid(cells):
        rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
        t = Table(rows, colWidths=[161, 161, 161])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return t

    story = [Paragraph(E(D1_TITLE), title), Paragraph(E(D1_FORUM), sub), Spacer(1, 12)]
    story += [Paragraph(E(p), base) for p in D1_BODY]
    story += [Spacer(1, 8), Paragraph("Contacto: secretaria@foromovilidad-mesoamerica.org", base), PageBreak()]
    story.append(Paragraph("Organizaciones firmantes", head))
    cells = []
    for a, pais, mark in D1_GRID:
        sup = f"<super>{mark}</super>" if mark else ""
        cells.append(Paragraph(f"{E(a['name'])}{sup}<br/><font name='Helvetica' size='8'>{E(pais)}</font>", cell))
    story.append(grid(cells))
    story.append(Paragraph("Firmas personales", head))
    cells = [
        Paragraph(f"{E(p['name'])}<br/><font name='Helvetica' size='8'>{E(role)}</font>", cell)
        for p, role in D1_PERSONS
    ]
    story.append(grid(cells))
    story += [
        Spacer(1, 18),
        Paragraph(f"<super>1</super> {E(D1_FOOT1)}", foot),
        Paragraph(f"<super>2</super> {E(D1_FOOT2)}", foot),
    ]

    write_pdf(
        path,
        D1_TITLE,
        story,
        page_marks("Foro Mesoamericano de Movilidad Humana", "Página {page} de 2"),
        margins=(56, 56, 60, 64),
    )


# --------------------------------------------------------------------------- 02 pt pdf two-line entries

D2_TITLE = "Carta aberta aos Estados da SADC: corredores seguros para quem foge da seca"
D2_HEADER = "Carta aberta aos Estados da SADC — dezembro de 2026"
D2_BODY = [
    "Excelências,",
    "Há três anos seguidos que a chuva falha no sul de Angola, no centro de Moçambique e no Malawi. Milhares de "
    "famílias deixaram as suas machambas e atravessam fronteiras sem documentos, expostas a extorsões, a "
    "detenções e ao trabalho forçado nas grandes explorações agrícolas.",
    "Pedimos aos Estados da Comunidade de Desenvolvimento da África Austral que reconheçam a deslocação por "
    "causas climáticas nos seus acordos de livre circulação, que emitam autorizações temporárias de residência "
    "e trabalho a quem chega e que protejam especialmente mulheres, crianças e pessoas idosas.",
    "Maputo, 3 de dezembro de 2026",
]
D2_NET = coal("Rede Austral de Mobilidade Climática (RAMC)")
# (agent, second line); members follow the network
D2_ENTRIES = [
    (org("Associação Mulher, Terra e Caminho (AMTC)", ["MZ"]), "Moçambique — associação de mulheres"),
    (org("Liga Angolana de Apoio ao Camponês", ["AO"]), "Angola — organização camponesa"),
    (org("Centro Jurídico Kanimambo", ["MZ"]), "Moçambique — assistência jurídica"),
    (D2_NET, "Regional (África Austral) — rede"),
    (org("Núcleo de Lilongwe", ["MW"]), "Malawi — núcleo local"),
    (org("Núcleo do Cunene", ["AO"]), "Angola — núcleo local"),
    (org("Núcleo de Tete e Manica", ["MZ"]), "Moçambique — núcleo local"),
    (org("Cáritas Diocesana de Chimoio", ["MZ"]), "Moçambique — organização religiosa"),
    (org("Sindicato dos Trabalhadores Agrícolas do Sul, SINTAS", ["ZA"]), "África do Sul — sindicato"),
    (org("Associação Cabo-verdiana Passo Firme", ["PT"]), "Portugal — associação de imigrantes"),
    (org("Instituto Travessias, Estudos e Ação", ["BR"]), "Brasil — centro de pesquisa"),
    (org("Coletivo Maré Alta Timor", ["TL"]), "Timor-Leste — coletivo"),
]
D2_MEMBERS = {"Núcleo de Lilongwe", "Núcleo do Cunene", "Núcleo de Tete e Manica"}
D2_PERSONS = [
    (per("Ana Beatriz Muchanga", ["MZ"]), "Moçambique — advogada de direitos humanos"),
    (per("Joaquim dos Santos Nhantumbo", ["MZ"]), "Moçambique — agrónomo"),
    (per("Leonor Vaz Cardoso", ["PT"]), "Portugal — investigadora em migrações"),
]
D2_NA = [
    D2_TITLE,
    D2_HEADER,
    "Excelências,",
    "Maputo, 3 de dezembro de 2026",
    "SUBSCREVEM",
    "Organizações",
    "A rede subscreve esta carta juntamente com os seus núcleos locais:",
    "Pessoas a título individual",
    "+ 14 coletivos locais em processo de confirmação",
    "Moçambique — associação de mulheres",
    "Regional (África Austral) — rede",
    "Malawi — núcleo local",
    "Portugal — investigadora em migrações",
    "Contacto: secretariado@ramc-austral.org · +258 21 000 000",
    "Página 2 de 2",
]


def d2_order():
    out = []
    for a, _ in D2_ENTRIES:
        out.append((a, D2_NET if a["name"] in D2_MEMBERS else None))
    return out + [(p, None) for p, _ in D2_PERSONS]


def build_pdf_02(path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=10)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=6)
    name = ParagraphStyle("n", parent=base, fontName="Helvetica-Bold", spaceAfter=0)
    line2 = ParagraphStyle("l", parent=base, fontSize=8.5, leading=11, textColor="#555555", spaceAfter=6)
    note = ParagraphStyle("o", parent=base, fontName="Helvetica-Oblique", fontSize=9, leftIndent=18)
    mname = ParagraphStyle("mn", parent=name, leftIndent=18)
    mline2 = ParagraphStyle("ml", parent=line2, leftIndent=18)

    story = [Paragraph(E(D2_TITLE), title)]
    story += [Paragraph(E(p), base) for p in D2_BODY]
    story += [PageBreak(), Paragraph("SUBSCREVEM", title), Paragraph("Organizações", head)]
    for a, second in D2_ENTRIES:
        member = a["name"] in D2_MEMBERS
        block = [
            Paragraph(E(a["name"]), mname if member else name),
            Paragraph(E(second), mline2 if member else line2),
        ]
        if a is D2_NET:
            block.append(Paragraph(E("A rede subscreve esta carta juntamente com os seus núcleos locais:"), note))
        story.append(KeepTogether(block))
    story.append(Paragraph(E("+ 14 coletivos locais em processo de confirmação"), line2))
    story.append(Paragraph("Pessoas a título individual", head))
    for p, second in D2_PERSONS:
        story.append(KeepTogether([Paragraph(E(p["name"]), name), Paragraph(E(second), line2)]))
    story += [Spacer(1, 10), Paragraph(E("Contacto: secretariado@ramc-austral.org · +258 21 000 000"), base)]

    write_pdf(path, D2_TITLE, story, page_marks(D2_HEADER, "Página {page} de 2"), margins=(56, 56, 60, 64))


# --------------------------------------------------------------------------- 03 es docx table with a network column

D3_TITLE = "Carta al Ministerio del Interior sobre el proceso de regularización extraordinaria"
D3_NET_A = coal("Red Nacional de Acogida a Migrantes (RENAM)")
D3_NET_B = coal("Coordinadora Norte Grande por la Movilidad Humana")
D3_ROWS = [
    (org("Fundación Manos Abiertas de Arica"), "RENAM"),
    (org("Centro Comunitario Los Aromos"), "RENAM"),
    (org("Asociación de Haitianos en Quilicura"), "—"),
    (org("Colectivo Pampa Abierta, Iquique"), "Coordinadora Norte Grande"),
    (org("Oficina Jurídica Popular de Antofagasta"), "Coordinadora Norte Grande"),
    (org("Sindicato de Trabajadoras de Casa Particular Valle Central"), "—"),
    (org("Hogar de Tránsito San Expedito"), "RENAM"),
    (org("Mesa Intercultural de Calama"), "Coordinadora Norte Grande"),
    (org("Programa de Migraciones, Universidad del Litoral Sur"), "—"),
    (org("Asociación de Intérpretes Comunitarios de Chile", ["CL"], ["CL"]), "—"),
    (org("Comunidad Venezolana Unida en Temuco"), "—"),
]
D3_NETS = {"RENAM": D3_NET_A, "Coordinadora Norte Grande": D3_NET_B}
D3_PERSONS = [
    (per("CASTRO VILLEGAS, Mariela"), "abogada, Clínica de Derechos Humanos de Valparaíso"),
    (per("ONYEKA, Chidi Emmanuel"), "mediador intercultural"),
    (per("RIQUELME SOTO, Padre Hernán"), "vicario de la pastoral migrante de Copiapó"),
]
D3_NA = [
    D3_TITLE,
    "Santiago, 3 de diciembre de 2026",
    "Señora Ministra:",
    "Organización",
    "Red a la que pertenece",
    "Adhieren a título personal:",
    "abogada, Clínica de Derechos Humanos de Valparaíso",
    "mediador intercultural",
    "vicario de la pastoral migrante de Copiapó",
    "Saluda atentamente a usted,",
    "Respuestas a: carta.regularizacion@renam-red.cl",
]


def d3_order():
    out = [(D3_NET_A, None), (D3_NET_B, None)]
    out += [(a, D3_NETS.get(net)) for a, net in D3_ROWS]
    return out + [(p, None) for p, _ in D3_PERSONS]


def build_docx_03(path):

    doc = new_docx()
    doc.add_paragraph("Santiago, 3 de diciembre de 2026")
    doc.add_paragraph(D3_TITLE).runs[0].bold = True
    doc.add_paragraph("Señora Ministra:")
    for t in (
        "Las organizaciones que suscribimos esta carta acompañamos cada semana a personas que llevan años "
        "trabajando en Chile sin poder regularizar su situación. El proceso extraordinario anunciado en "
        "septiembre exige documentos que muchas de ellas no pueden obtener de sus países de origen.",
        "Le solicitamos aceptar pruebas alternativas de identidad y de residencia, suspender las expulsiones "
        "administrativas mientras dure el proceso y abrir oficinas de atención en las regiones del norte.",
        f"Suscriben esta carta dos redes, la {D3_NET_A['name']} y la {D3_NET_B['name']}, junto con las "
        "organizaciones que se indican a continuación, señalando en cada caso la red en la que participan:",
    ):
        doc.add_paragraph(t)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text = "Organización"
    hdr[1].text = "Red a la que pertenece"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
    for a, net in D3_ROWS:
        cells = table.add_row().cells
        cells[0].text = a["name"]
        cells[1].text = net
    doc.add_paragraph("")
    doc.add_paragraph("Adhieren a título personal:").runs[0].bold = True
    for p, role in D3_PERSONS:
        doc.add_paragraph(f"{p['name']} ({role})")
    doc.add_paragraph("Saluda atentamente a usted,")
    doc.add_paragraph("Respuestas a: carta.regularizacion@renam-red.cl")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 04 fr docx 'SIGLE : nom, ville (pays)'

D4_TITLE = (
    "Contribution conjointe de la société civile à l'examen régional du Pacte mondial sur les migrations "
    "– Afrique de l'Ouest et du Centre"
)
D4_NET = coal("RAMIDA : Réseau ouest-africain migrations et droits", [])
D4_MEMBERS = [
    (org("Association des jeunes rapatriés de Kayes (AJRK)", ["ML"]), "Kayes, Mali"),
    (org("Collectif Sahel Mobilité (CSM)", ["NE"]), "Agadez, Niger"),
    (org("Maison des femmes migrantes de Treichville (MFMT)", ["CI"]), "Abidjan, Côte d'Ivoire"),
]
D4_ORGS = [
    (org("ADEM : Action pour la dignité des exilés et des migrants", ["SN"]), "Dakar (Sénégal)"),
    (org("CEDIMO : Centre d'étude et de défense de l'individu en mobilité", ["CM"]), "Douala (Cameroun)"),
    (D4_NET, "Dakar"),
    (org("FJM : Femmes juristes pour la migration", ["ML"]), "Bamako (Mali)"),
    (org("AFRIPASS : Association franco-africaine pour le passage sûr", ["FR"]), "Marseille (France)"),
    (org("LDH-Sud : Ligue des droits humains du Sud, section Souss", ["MA"]), "Tiznit (Maroc)"),
    (org("OMIB : Observatoire des migrations internationales de Bruxelles", ["BE"]), "Bruxelles (Belgique)"),
    (org("SOLIMA : Solidarité Mauritanie-Sénégal", []), "Rosso"),
    (
        org("GRAINE : Groupe de réflexion et d'action pour l'insertion des enfants", ["BF"]),
        "Bobo-Dioulasso (Burkina Faso)",
    ),
    (org("UTRAM : Union des transporteurs migrants de la CEDEAO", ["NE"]), "Niamey (Niger)"),
]
D4_PERSONS = [
    (per("Aminata Coulibaly-Diarra", ["ML"]), "juriste, Bamako (Mali)"),
    (per("Jean-Baptiste Nkoulou", ["CM"]), "anthropologue, Yaoundé (Cameroun)"),
    (per("Soeur Marie-Claire Tapsoba", ["BF"]), "religieuse, Ouagadougou (Burkina Faso)"),
]
D4_NA = [
    D4_TITLE,
    "Dakar, le 3 décembre 2026",
    "Organisations signataires",
    "À titre individuel",
    "juriste, Bamako (Mali)",
    "anthropologue, Yaoundé (Cameroun)",
    "religieuse, Ouagadougou (Burkina Faso)",
    "Point focal : secretariat@ramida-reseau.org",
]


def d4_order():
    out = []
    for a, _ in D4_ORGS:
        out.append((a, None))
        if a is D4_NET:
            out += [(m, D4_NET) for m, _ in D4_MEMBERS]
    return out + [(p, None) for p, _ in D4_PERSONS]


def build_docx_04(path):
    from docx.shared import Pt

    doc = new_docx()
    doc.add_heading(D4_TITLE, level=1)
    doc.add_paragraph("Dakar, le 3 décembre 2026")
    for t in (
        "Les organisations signataires travaillent avec des personnes en déplacement le long des routes du "
        "Sahel et de la côte atlantique. Elles présentent ici leurs observations sur la mise en œuvre du Pacte "
        "dans la région depuis le dernier examen.",
        "Trois priorités se dégagent : la délivrance de documents d'état civil aux personnes nées en mobilité, "
        "la fin des refoulements collectifs aux frontières intérieures de la CEDEAO et la création de "
        "mécanismes de recherche des personnes disparues associant les familles.",
        "Nous demandons aux États de rendre compte de ces trois points lors de la prochaine session et "
        "d'associer les organisations de migrants à la préparation de leurs rapports nationaux.",
    ):
        doc.add_paragraph(t)
    doc.add_heading("Organisations signataires", level=2)
    for a, place in D4_ORGS:
        doc.add_paragraph(f"{a['name']}, {place}")
        if a is D4_NET:
            inner = " ; ".join(f"{m['name']}, {p}" for m, p in D4_MEMBERS)
            para = doc.add_paragraph(f"(signe également pour ses antennes nationales : {inner})")
            para.paragraph_format.left_indent = Pt(28)
            para.runs[0].italic = True
    doc.add_heading("À titre individuel", level=2)
    for p, role in D4_PERSONS:
        doc.add_paragraph(f"{p['name']}, {role}")
    doc.add_paragraph("Point focal : secretariat@ramida-reseau.org")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 05 en html logo table with a type column

D5_TITLE = "Joint civil society input to the Asia-Pacific regional review of the Global Compact for Migration"
D5_PUBLISHER = "Open Passage Hub"
D5_NET = coal("Migrant Domestic Workers Alliance Asia (MDWAA)")
# (agent, type cell, country cell, indented member row)
D5_ROWS = [
    (org("Sentinel Migrant Center, Inc.", ["PH"]), "NGO", "Philippines", False),
    (org("Serikat Buruh Migran Nusantara", ["ID"]), "Trade union", "Indonesia", False),
    (D5_NET, "Network", "Regional (Asia-Pacific)", False),
    (org("Kasambahay Voices Collective", ["SG"]), "Member group", "Singapore", True),
    (org("Pravasi Didi Forum", ["NP"]), "Member group", "Nepal", True),
    (org("Rumah Singgah Pekerja Rumah Tangga", ["MY"]), "Member group", "Malaysia", True),
    (org("Domestic Workers United of Colombo", ["LK"]), "Member group", "Sri Lanka", True),
    (org("Himalayan Safe Migration Initiative", ["NP"]), "NGO", "Nepal", False),
    (org("Bangla Returnee Workers' Association (BRWA)", ["BD"]), "Migrant association", "Bangladesh", False),
    (org("Mekong Legal Aid Collective", ["TH"]), "Legal aid", "Thailand", False),
    (org("Our Lady of the Seafarers Mission", ["PH"]), "Faith-based", "Philippines", False),
    (org("Pacific Labour Mobility Watch", ["FJ"]), "Research", "Fiji", False),
    (org("Vancouver Filipino Caregivers Society", ["CA"]), "Diaspora association", "Canada", False),
]
D5_PERSONS = [
    (per("Maria Lourdes Dimaculangan", ["PH"]), "former migrant domestic worker, Manila", "Philippines"),
    (per("Prof. Arjun Thapa Magar", ["NP"]), "Tribhuvan Valley Institute, for identification only", "Nepal"),
    (per("Siti Rahmawati", []), "paralegal", "—"),
]
D5_NA = [
    D5_TITLE,
    D5_PUBLISHER,
    "Accept all cookies",
    "Manage preferences",
    "Home",
    "Campaigns",
    "Endorsements (16)",
    "Logo",
    "Organization / Name",
    "Type",
    "Country",
    "Network",
    "Member group",
    "Individual",
    "Regional (Asia-Pacific)",
    "former migrant domestic worker, Manila",
    "Tribhuvan Valley Institute, for identification only",
    "paralegal",
    "Showing 16 of 16 endorsements",
    "Add your organization",
    "Share:",
    "Posted on 3 December 2026 by the Open Passage Hub team",
]


def d5_order():
    out = [(a, D5_NET if member else None) for a, _, _, member in D5_ROWS]
    return out + [(p, None) for p, _, _ in D5_PERSONS]


def build_html_05(path):
    rows = []
    for a, typ, cc, member in D5_ROWS:
        slug = re.sub(r"[^a-z0-9]+", "-", a["name"].lower()).strip("-")
        logo = f'<img src="/media/logos/{slug}.png" alt="{E(a["name"])} logo" width="48">'
        name = f'<span class="sub">↳</span> {E(a["name"])}' if member else f"<strong>{E(a['name'])}</strong>"
        cls = ' class="member-row"' if member else ""
        rows.append(f"          <tr{cls}><td>{logo}</td><td>{name}</td><td>{E(typ)}</td><td>{E(cc)}</td></tr>")
    for p, role, cc in D5_PERSONS:
        rows.append(
            '          <tr><td><img src="/media/logos/person.svg" alt="" width="48"></td>'
            f"<td><strong>{E(p['name'])}</strong><br><small>{E(role)}</small></td><td>Individual</td>"
            f"<td>{E(cc)}</td></tr>"
        )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(D5_TITLE)} | {E(D5_PUBLISHER)}</title>
<style>.member-row td:nth-child(2) {{ padding-left: 2em; }} .sub {{ color: #888; }}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="cookie-consent" role="dialog">
  <p>We use cookies to understand how visitors use this site.</p>
  <button>Accept all cookies</button> <button>Manage preferences</button>
</div>
<header>
  <a class="brand" href="/"><img src="/media/oph-logo.svg" alt="{E(D5_PUBLISHER)}"></a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/campaigns">Campaigns</a></li>
  <li><a href="/resources">Resources</a></li><li><a href="/about">About us</a></li></ul></nav>
</header>
<main>
  <article>
    <h1>{E(D5_TITLE)}</h1>
    <p class="byline">Posted on 3 December 2026 by the Open Passage Hub team</p>
    <p>Ahead of the regional review in Bangkok, migrant-led groups, unions and support organizations across
    the region have agreed on five asks: portable social protection, an end to recruitment fees charged to
    workers, firewalls between labour inspection and immigration enforcement, safe shelter for domestic
    workers who leave abusive employers, and the return of the bodies of workers who die abroad at no cost
    to their families.</p>
    <p>The full text of the submission can be downloaded below. The organizations and people who endorse it
    are listed in the table.</p>
    <p><a href="/media/gcm-apac-input-2026.pdf">Download the submission (PDF, 420 KB)</a></p>
    <h2>Endorsements (16)</h2>
    <table class="endorsements">
      <thead>
        <tr><th>Logo</th><th>Organization / Name</th><th>Type</th><th>Country</th></tr>
      </thead>
      <tbody>
{chr(10).join(rows)}
      </tbody>
    </table>
    <p class="count">Showing 16 of 16 endorsements</p>
    <p><a class="button" href="/campaigns/gcm-apac/endorse">Add your organization</a></p>
    <div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a>
    <a href="#">Email</a></div>
  </article>
</main>
<footer>
  <p>© 2026 {E(D5_PUBLISHER)} · Registered charity ·
  <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 06 pt html accordion per country

D6_TITLE = "Manifesto pelo direito à documentação das pessoas migrantes no espaço lusófono"
D6_PUBLISHER = "Observatório Lusófono de Mobilidades"
D6_NET = coal("Articulação Atlântica Migrar com Direitos")
D6_GROUPS = [
    (
        "Brasil",
        [
            org("Centro de Acolhida Irmã Dorothy, Manaus"),
            org("Coletivo Fronteira Viva (CFV)"),
            org("Associação de Trabalhadoras Domésticas Imigrantes de Campinas"),
            org("Núcleo de Direitos Humanos, Faculdade de Direito do Cerrado"),
        ],
    ),
    (
        "Portugal",
        [
            org("Associação Ponte Sul-Norte"),
            org("Casa do Migrante da Amadora"),
            org("SOS Documentos Já"),
        ],
    ),
    ("Angola", [org("Mãos Unidas do Huambo"), org("Associação Kizomba Solidária")]),
    ("Cabo Verde", [org("Rede de Mulheres do Mindelo")]),
]
D6_CC = {"Brasil": "BR", "Portugal": "PT", "Angola": "AO", "Cabo Verde": "CV"}
D6_MEMBERS = [
    (org("Coletivo Sankofa Lisboa", ["PT"]), "Portugal"),
    (org("Associação Bissau-Guineense de Apoio ao Emigrante", ["GW"]), "Guiné-Bissau"),
    (org("Grupo Mar Aberto de São Tomé", ["ST"], []), "São Tomé e Príncipe"),
]
D6_PERSONS = [
    ("Irmã Lúcia Ferraz", ["BR"], "religiosa scalabriniana, Brasil"),
    ("Adilson Tavares Monteiro", ["CV"], "jornalista, Cabo Verde"),
    ("Rosa Nzinga Kapenda", [], "pesquisadora"),
]
D6_NA = [
    D6_TITLE,
    D6_PUBLISHER,
    "Aceitar cookies",
    "Definições",
    "Início",
    "Publicações",
    "Quem assina",
    "Brasil (4)",
    "Portugal (3)",
    "Angola (2)",
    "Cabo Verde (1)",
    "Redes internacionais (1)",
    "Pessoas (3)",
    "Por meio desta articulação, assinam também:",
    "religiosa scalabriniana, Brasil",
    "jornalista, Cabo Verde",
    "pesquisadora",
    "Partilhar:",
    "Publicado a 3 de dezembro de 2026",
]


def d6_persons():
    return [per(n, cc) for n, cc, _ in D6_PERSONS]


def d6_agents():
    for cc_name, items in D6_GROUPS:
        for a in items:
            a["countries"] = [D6_CC[cc_name]]
    return D6_GROUPS


def d6_order():
    out = [(a, None) for _, items in d6_agents() for a in items]
    out.append((D6_NET, None))
    out += [(m, D6_NET) for m, _ in D6_MEMBERS]
    return out + [(p, None) for p in d6_persons()]


def build_html_06(path):
    blocks = []
    for cc_name, items in d6_agents():
        lis = "\n".join(f"          <li>{E(a['name'])}</li>" for a in items)
        blocks.append(
            f"      <details>\n        <summary>{E(cc_name)} ({len(items)})</summary>\n        <ul>\n{lis}\n"
            "        </ul>\n      </details>"
        )
    mem = "\n".join(f"              <li>{E(m['name'])} ({E(c)})</li>" for m, c in D6_MEMBERS)
    blocks.append(
        "      <details>\n        <summary>Redes internacionais (1)</summary>\n        <ul>\n"
        f"          <li><strong>{E(D6_NET['name'])}</strong>\n"
        "            <p>Por meio desta articulação, assinam também:</p>\n"
        f"            <ul>\n{mem}\n            </ul>\n          </li>\n        </ul>\n      </details>"
    )
    pes = "\n".join(f"          <li>{E(n)} — <em>{E(r)}</em></li>" for n, _, r in D6_PERSONS)
    blocks.append(
        f"      <details>\n        <summary>Pessoas (3)</summary>\n        <ul>\n{pes}\n        </ul>\n      </details>"
    )
    page = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta charset="utf-8">
<title>{E(D6_TITLE)} — {E(D6_PUBLISHER)}</title>
<style>summary {{ cursor: pointer; font-weight: bold; }}</style>
</head>
<body>
<div class="aviso-cookies">Utilizamos cookies para fins estatísticos.
  <a href="#" class="btn">Aceitar cookies</a> <a href="#" class="btn">Definições</a></div>
<nav class="topo"><a href="/">Início</a> · <a href="/publicacoes">Publicações</a> · <a href="/agenda">Agenda</a>
  · <a href="/contactos">Contactos</a></nav>
<main>
  <article>
    <h1>{E(D6_TITLE)}</h1>
    <p class="data">Publicado a 3 de dezembro de 2026</p>
    <p>Em vários países de língua portuguesa, pessoas migrantes esperam meses ou anos por uma autorização de
    residência. Sem ela não conseguem abrir uma conta bancária, arrendar casa ou inscrever os filhos na escola.</p>
    <p>Pedimos prazos máximos de decisão, a renovação automática dos títulos caducados enquanto os pedidos estão
    pendentes e o reconhecimento mútuo de documentos entre os Estados da comunidade lusófona.</p>
    <h2>Quem assina</h2>
    <p class="instrucao">Clique em cada país para ver as assinaturas.</p>
    <div class="acordeao">
{chr(10).join(blocks)}
    </div>
    <div class="partilha">Partilhar: <a href="#">WhatsApp</a> · <a href="#">Facebook</a> ·
    <a href="#">E-mail</a></div>
  </article>
</main>
<footer><p>{E(D6_PUBLISHER)} · Lisboa · <a href="/privacidade">Privacidade</a></p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 07 en txt forwarded e-mail

D7_NET = coal("Great Lakes Migrant Solidarity Network")
D7_ORGS = [
    (org("Harambee Refugee Legal Aid", ["KE"]), "Nairobi, Kenya"),
    (org("Women on the Move Uganda", ["UG"], ["UG"]), "Kampala"),
    (D7_NET, "Goma, DR Congo"),
    (org("Centre for Returnee Dignity", ["RW"]), "Kigali, Rwanda"),
    (org("Ubuntu Border Monitors", ["ZA"]), "Musina, South Africa"),
    (org("Eastleigh Somali Youth Forum", ["KE"]), "Nairobi, Kenya"),
    (org("Asylum Rights Clinic, Leiden Law School", ["NL"]), "Netherlands"),
    (org("Kirchliche Flüchtlingshilfe Oberrhein e.V.", ["DE"]), "Freiburg, Germany"),
    (org("Tanzania Domestic Workers Association (TADWA)", ["TZ"], ["TZ"]), "Dar es Salaam"),
    (org("Lake Albert Fisherfolk Union", ["UG"]), "Hoima, Uganda"),
    (org("Solidarity Without Borders Toronto", ["CA"]), "Canada"),
]
D7_MEMBERS = [
    (org("Amani Women Traders of Bukavu", ["CD"]), "DR Congo"),
    (org("Rubavu Youth for Safe Migration", ["RW"]), "Rwanda"),
    (org("Kasese Cross-Border Porters Group", ["UG"]), "Uganda"),
]
D7_PERSONS = [
    (per("Dr. Grace Wanjiru Mwangi", ["KE"]), "Kenya"),
    (per("Pieter van Oudenhove", ["NL"]), "Netherlands"),
    (per("Aisha Nakato Ssempala", []), ""),
]
D7_NA = [
    "---------- Forwarded message ---------",
    "From: Campaign Secretariat <secretariat@safepassage-greatlakes.org>",
    "Date: Wed, 2 Dec 2026 at 17:42",
    "Subject: Final list of endorsements - Joint letter to the EAC Council of Ministers",
    "To: endorsers@lists.safepassage-greatlakes.org",
    "Tobias Ekström",
    "Advocacy Officer",
    "ENDORSING ORGANISATIONS",
    "INDIVIDUAL ENDORSEMENTS",
    "(*) The Great Lakes Migrant Solidarity Network endorses together with the local groups it coordinates:",
    "Deadline for endorsements: Monday 30 November, 12:00 EAT",
    "The Campaign Secretariat",
]


def d7_order():
    out = [(a, None) for a, _ in D7_ORGS]
    out += [(p, None) for p, _ in D7_PERSONS]
    return out + [(m, D7_NET) for m, _ in D7_MEMBERS]


def build_txt_07(path):
    q_ = []
    for i, (a, place) in enumerate(D7_ORGS, 1):
        star = " (*)" if a is D7_NET else ""
        q_.append(f"{i}. {a['name']}{star}, {place}")
    persons = []
    for p, cc in D7_PERSONS:
        persons.append(f"- {p['name']}" + (f", {cc}" if cc else ""))
    members = [f"- {m['name']} ({c})" for m, c in D7_MEMBERS]
    quoted = [
        "Dear all,",
        "",
        "Thank you for your patience. Below is the final list of endorsements for the joint letter to the",
        "EAC Council of Ministers asking for a regional framework on the free movement of informal",
        "cross-border traders and for an end to the detention of children at border posts. The letter will be",
        "delivered in Arusha on Friday.",
        "",
        "ENDORSING ORGANISATIONS",
        "",
        *q_,
        "",
        "INDIVIDUAL ENDORSEMENTS",
        "",
        *persons,
        "",
        "(*) The Great Lakes Migrant Solidarity Network endorses together with the local groups it coordinates:",
        *members,
        "",
        "Warm regards,",
        "The Campaign Secretariat",
        "",
        "On Tue, 24 Nov 2026, Campaign Secretariat wrote:",
        "> Deadline for endorsements: Monday 30 November, 12:00 EAT",
        "> Please reply to this address with the exact name of your organisation and its city.",
    ]
    lines = [
        "Hi everyone,",
        "",
        "Forwarding the final list from the secretariat for your records - we are number 8.",
        "",
        "Tobias",
        "",
        "---------- Forwarded message ---------",
        "From: Campaign Secretariat <secretariat@safepassage-greatlakes.org>",
        "Date: Wed, 2 Dec 2026 at 17:42",
        "Subject: Final list of endorsements - Joint letter to the EAC Council of Ministers",
        "To: endorsers@lists.safepassage-greatlakes.org",
        "",
        *[("> " + x).rstrip() for x in quoted],
        "",
        "--",
        "Tobias Ekström",
        "Advocacy Officer",
        "Kirchliche Flüchtlingshilfe Oberrhein e.V. | Freiburg",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------- 08 es md table with a members column

D8_TITLE = "Pronunciamiento ante la Conferencia Regional sobre Migración: protección para quien cruza el Darién"
D8_NET_A = coal("Red Andina de Acompañamiento Migrante (RAAM)")
D8_NET_B = coal("Plataforma Caribe Sin Fronteras")
D8_A_MEM = [
    (org("Fundación Senderos del Pacífico", ["CO"]), "Colombia"),
    (org("Colectivo Warmi Caminante", ["EC"]), "Ecuador"),
    (org("Asociación Llaqta Migrante", ["PE"]), "Perú"),
]
D8_B_MEM = [
    (org("Centro Bonó-Sur de Estudios Migratorios", ["DO"]), "República Dominicana"),
    (org("Konbit Fanm Lakay", ["HT"]), "Haití"),
]
# (agent, country cell, type cell, members)
D8_ROWS = [
    (org("Casa de Acogida El Buen Samaritano de Metetí", ["PA"]), "Panamá", "Albergue", []),
    (org("Comisión de Derechos Humanos del Urabá, Antioquia", ["CO"]), "Colombia", "ONG", []),
    (D8_NET_A, "Regional", "Red", D8_A_MEM),
    (org("Fundación Vinotinto Solidaria", ["VE"]), "Venezuela", "Fundación", []),
    (org("Observatorio Ciudadano de Fronteras, A. C.", ["MX"]), "México", "Observatorio", []),
    (D8_NET_B, "Regional", "Plataforma", D8_B_MEM),
    (org("Servicio Jurídico Migrante de Costa Rica", ["CR"], ["CR"]), "—", "Clínica jurídica", []),
    (org("Mujeres Tejiendo Caminos", ["GT"]), "Guatemala", "Colectivo", []),
    (org("Iglesia Luterana de Chiriquí, Pastoral Social", ["PA"]), "Panamá", "Iglesia", []),
]
D8_PERSONS = [
    (per("Rosa Elvira Mosquera Palacios", ["CO"]), "lideresa afrodescendiente", "Colombia"),
    (per("Pastor Abdiel Quintero", ["PA"]), "pastor evangélico", "Panamá"),
    (per("Yusuf Abdikarim Hassan", []), "intérprete somalí-español", "—"),
]
D8_NA = [
    D8_TITLE,
    "Ciudad de Panamá, 3 de diciembre de 2026",
    "Firmantes",
    "Firmante",
    "País",
    "Tipo",
    "Grupos que firman a través de ella",
    "Regional",
    "Red",
    "Plataforma",
    "Persona",
    "lideresa afrodescendiente",
    "pastor evangélico",
    "intérprete somalí-español",
    "Contacto de prensa: prensa@raam-red.org",
]


def d8_order():
    out = []
    for a, _, _, mem in D8_ROWS:
        out.append((a, None))
        parent = a if mem else None
        out += [(m, parent) for m, _ in mem]
    return out + [(p, None) for p, _, _ in D8_PERSONS]


def build_md_08(path):
    rows = []
    n = 0
    for a, cc, typ, mem in D8_ROWS:
        n += 1
        cell = "; ".join(f"{m['name']} ({c})" for m, c in mem) if mem else "—"
        rows.append(f"| {n} | {a['name']} | {cc} | {typ} | {cell} |")
    for p, role, cc in D8_PERSONS:
        n += 1
        rows.append(f"| {n} | {p['name']} ({role}) | {cc} | Persona | — |")
    text = [
        f"# {D8_TITLE}",
        "",
        "*Ciudad de Panamá, 3 de diciembre de 2026*",
        "",
        "Cada semana miles de personas salen de la selva del Darién heridas, deshidratadas o después de haber "
        "sufrido violencia sexual. Las estaciones de recepción no dan abasto y la respuesta de los Estados sigue "
        "siendo cerrar caminos en lugar de abrir vías seguras.",
        "",
        "Las organizaciones abajo firmantes pedimos a los gobiernos reunidos en la Conferencia Regional que:",
        "",
        "1. garanticen atención médica y psicológica en los puntos de salida de la selva;",
        "2. creen un mecanismo regional de búsqueda de personas desaparecidas en la ruta;",
        "3. suspendan las deportaciones de personas que no han podido presentar una solicitud de asilo.",
        "",
        "## Firmantes",
        "",
        "| # | Firmante | País | Tipo | Grupos que firman a través de ella |",
        "|---|---|---|---|---|",
        *rows,
        "",
        "Contacto de prensa: prensa@raam-red.org",
        "",
    ]
    path.write_text("\n".join(text), encoding="utf-8")


# --------------------------------------------------------------------------- registry

DOCS = [
    (
        "h8-01-es-pdf-grid-footnote",
        "pdf",
        "es",
        "pdf-grid-three-columns-footnote-members",
        build_pdf_01,
        d1_order_doc,
        D1_NA,
        "PDF whose signatories are a ruled grid of three cells per row (read row by row): bold name, country on a "
        "line below in the cell. The network's cell says 'Regional' (no country) and carries a footnote number "
        "'1' printed right after the name (not part of the name); footnote 1 at the end of the list names its "
        "three base organizations with countries in parentheses, so they are its members and come last in "
        "document order (after the persons). Footnote '2' only says the endorsement came late: no membership. "
        "Persons in a second grid 'Firmas personales', role and country on the line below; titles 'Fray', "
        "'Dra.' kept as printed. 'Casa Nicaragüense en Heredia' is a nationality, its country comes from the "
        "cell (Costa Rica); 'Montréal', 'Yakima' are cities. The forum in the subtitle and running header convened the "
        "meeting; it is no signatory.",
    ),
    (
        "h8-02-pt-pdf-two-line-type",
        "pdf",
        "pt",
        "pdf-two-line-entries-country-type",
        build_pdf_02,
        d2_order,
        D2_NA,
        "Single-column PDF list where every entry takes two lines: a bold name, then a grey 'País — tipo' line "
        "(the type is never an agent). The network's second line is 'Regional (África Austral) — rede' (no "
        "country) and an italic sentence below it ('A rede subscreve esta carta juntamente com os seus núcleos "
        "locais:') introduces three indented two-line entries: its members. 'Cabo-verdiana' is a nationality "
        "(the association is in Portugal); 'Timor' in a name and 'Timor-Leste' on the line below: countries "
        "[TL], no countries_in_name as the layout prints it. A comma-acronym name ('…, SINTAS') and commas "
        "inside names. '+ 14 coletivos …' is a trailer, not an agent.",
    ),
    (
        "h8-03-es-docx-network-column",
        "docx",
        "es",
        "docx-table-network-column",
        build_docx_03,
        d3_order,
        D3_NA,
        "Word letter. The two networks sign in a sentence before the table ('Suscriben esta carta dos redes, la "
        "X y la Y, junto con …'; the article 'la' is not part of the name). Table 'Organización | Red a la que "
        "pertenece': a row whose second cell names a network (by its acronym 'RENAM' or a short form "
        "'Coordinadora Norte Grande') is a member of it; '—' signs directly. No country is printed anywhere: "
        "countries [] (the letter is addressed to Chile's ministry, but the layout does not say where each "
        "organization is), except 'de Chile' in one name (countries_in_name). 'Haitianos', 'Venezolana' are "
        "nationalities. Persons 'SURNAME SURNAME, Given (role)': the gold name is the printed 'SURNAME, Given' "
        "part ('Padre' kept as printed inside it), the role in parentheses is not part of it.",
    ),
    (
        "h8-04-fr-docx-acronym-colon",
        "docx",
        "fr",
        "docx-acronym-colon-city",
        build_docx_04,
        d4_order,
        D4_NA,
        "Word paragraphs 'SIGLE : Nom complet, Ville (Pays)'. Following the README convention for 'SIGLA – "
        "Nombre', the acronym is kept: the gold name is 'SIGLE : Nom complet' (a reviewer may prefer only the "
        "full name; both are substrings). City and country are stripped; a name may itself hold a comma "
        "('LDH-Sud : …, section Souss', then ', Tiznit (Maroc)'; 'Bruxelles' inside the OMIB name is a "
        "city). Entries with a city but no country ('Dakar', 'Rosso', which exists on both banks of the "
        "river) get countries []. 'Mauritanie-Sénégal' and 'CEDEAO' name a working area, no country. The "
        "network's next, indented italic paragraph '(signe également pour ses antennes nationales : A, Ville, "
        "Pays ; B … ; C …)' lists its three members (name with '(SIGLE)', then city and country). Persons "
        "'Nom, rôle, Ville (Pays)' under 'À titre individuel'; 'Soeur' kept as printed.",
    ),
    (
        "h8-05-en-html-logo-table",
        "html",
        "en",
        "webpage-logo-table-type-column",
        build_html_05,
        d5_order,
        D5_NA,
        "Saved web page (cookie dialog, nav, share links, footer naming the publisher, who does not sign). "
        "Table 'Logo | Organization / Name | Type | Country': the logo cell is an <img> whose alt text repeats "
        "the name (not text; a reader that reads alt text must not double the agent). The network row (Type "
        "'Network', Country 'Regional (Asia-Pacific)') is followed by four rows whose name starts with '↳' "
        "and whose Type is 'Member group': its members. Persons are rows with Type 'Individual', name in bold "
        "and a role under it (one 'for identification only'); 'Prof.' kept; one person's country cell is '—' "
        "(countries []). A comma before a legal form ('…, Inc.'); 'of Colombo' and 'Vancouver' are cities, no "
        "countries; 'Filipino' and 'Bangla' are nationality/language adjectives (countries from the column).",
    ),
    (
        "h8-06-pt-html-accordion-countries",
        "html",
        "pt",
        "webpage-accordion-per-country",
        build_html_06,
        d6_order,
        D6_NA,
        "Saved web page whose list is an accordion: one <details> per country, <summary> 'País (n)' (the country "
        "of every organization inside it; the summary is no agent), a plain <ul> of names. A <details> "
        "'Redes internacionais (1)' holds the network, with the sentence 'Por meio desta articulação, assinam "
        "também:' and a nested <ul> of its three members with their own countries in parentheses. A <details> "
        "'Pessoas (3)' holds persons 'Nome — role, País' (one without a country; 'Irmã' kept). A city after a "
        "comma inside a name ('…, Manaus') is part of the name (the accordion gives the country). "
        "'Bissau-Guineense' is a nationality, the country comes from the parentheses.",
    ),
    (
        "h8-07-en-txt-forwarded-email",
        "txt",
        "en",
        "txt-forwarded-email-quoted",
        build_txt_07,
        d7_order,
        D7_NA,
        "A forwarded e-mail: the forwarder's note and signature ('Tobias Ekström, Advocacy Officer', no "
        "signatory) wrap a quoted message whose lines all start with '> '. Numbered '1.' organizations with "
        "', City, Country', ', Country' or ', City' (no country: then only a country said by the name, as "
        "countries_in_name). The network carries '(*)' after its name; the '(*)' note after the individual "
        "endorsements lists its three member groups (with countries in parentheses), so they come last in "
        "document order. 'Dr.' kept. An older message quoted at a second level ('> > Deadline …') is no list. "
        "The forwarder's organization appears again in his signature: the same agent, not a second one.",
    ),
    (
        "h8-08-es-md-table-members-column",
        "md",
        "es",
        "md-table-members-column",
        build_md_08,
        d8_order,
        D8_NA,
        "Markdown table '# | Firmante | País | Tipo | Grupos que firman a través de ella': the last cell of a "
        "network or platform row lists its members 'Nombre (País); …' (members, in that order, right after "
        "it); '—' elsewhere. Country column 'Regional' for the two coalitions (no country); one '—' country "
        "cell whose country is in the name (countries_in_name). Persons are rows with Tipo 'Persona' and "
        "'Nombre (rol)' in the name cell: the role is not part of the name; 'Pastor' kept as printed. A comma "
        "before a region or a legal form inside names ('…, Antioquia', '…, A. C.', '…, Pastoral Social').",
    ),
]


# --------------------------------------------------------------------------- build and check


def rows(order):
    """``order``: (agent, coalition agent or None) pairs in document order."""
    return [
        kit.Gold(e["name"], e["read_as"], e["countries"], e["in_name"], p and p["name"], e["supporter"])
        for e, p in order
    ]


mix = kit.brief_mix("{stem}: counts outside the brief ({n} agents, {n_c}/{n_m}/{n_p})")


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows, mix)


if __name__ == "__main__":
    sys.exit(main())
