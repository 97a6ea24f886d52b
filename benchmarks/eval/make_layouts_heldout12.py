# ruff: noqa: RUF001
"""Held-out signatory layouts, set 12: eight invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout12/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout12.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout12.py --check   # rebuild in a temp folder and check

| stem | format | lang | layout |
|---|---|---|---|
| h12-01-en-pdf-submission-footnote | pdf | en | cover 'Submitted by' + footnote affiliates + annex table |
| h12-02-en-html-flag-images | html | en | numbered <ol> with flag images, network members in <details> |
| h12-03-es-html-accordion-flags | html | es | <details> accordion per country with emoji flag and count |
| h12-04-es-docx-signature-grid | docx | es | borderless 3-column signature grid, members after the grid |
| h12-05-fr-pdf-network-member-table | pdf | fr | table 'network | its organizations', then other signatories |
| h12-06-fr-docx-dot-leaders | docx | fr | 'Name ........ Pays' dot-leader tab lines, 'dont :' members |
| h12-07-fr-txt-tribune | txt | fr | tribune: persons first, ' / ' organizations, members sentence |
| h12-08-pt-md-links-flags | md | pt | markdown link bullets with emoji flags, blockquote members |
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout12"


# --------------------------------------------------------------------------- agents


def org(name, cc=(), in_name=(), of=None, supporter=False):
    return {
        "name": name,
        "read_as": "organization",
        "countries": list(cc),
        "in_name": list(in_name),
        "of": of,
        "supporter": supporter,
    }


def coal(name, cc=()):
    return {"name": name, "read_as": "coalition", "countries": list(cc), "in_name": [], "of": None, "supporter": False}


def per(name, cc=(), of=None):
    return {"name": name, "read_as": "person", "countries": list(cc), "in_name": [], "of": of, "supporter": False}


def esc(s):
    return html.escape(s)


# --------------------------------------------------------------------------- 01 en pdf submission + footnote

D1_TITLE = "Joint civil society submission to the regional review of the Global Compact for Migration"
D1_SUB = "Decent work and protection for migrant domestic and care workers in Asia and the Pacific"
D1_COAL = coal("Asia-Pacific Care Workers' Solidarity Alliance (APCWSA)")
D1_MEMBERS = [
    (org("Kalinga Domestic Workers Association", ["PH"], of=D1_COAL["name"]), "Philippines"),
    (org("Sagarmatha Home-Based and Care Workers Union", ["NP"], of=D1_COAL["name"]), "Nepal"),
    (org("Persatuan Pekerja Rumah Tangga Lestari", ["ID"], of=D1_COAL["name"]), "Indonesia"),
    (org("Dhaka Care Workers Forum", ["BD"], of=D1_COAL["name"]), "Bangladesh"),
]
D1_ANNEX = [
    (org("Centre for Fair Recruitment Studies", ["NP"]), "Nepal"),
    (org("Migrant Workers' Legal Aid Collective (MWLAC)", ["MY"]), "Malaysia"),
    (org("Sri Lanka Returnee Workers' Association", ["LK"]), "Sri Lanka"),
    (org("Seafarers and Fishers Welfare Desk, Diocese of Batangas", ["PH"]), "Philippines"),
    (org("Al-Waha Migrant Support Line", ["QA"]), "Qatar"),
    (org("FORUM FOR MIGRANT HEALTH EQUITY", ["TH"]), "Thailand"),
    (org("Southern Cross Migrant Advocacy Inc.", ["AU"]), "Australia"),
    (org("Institute for Labour Mobility Research – ILMR", ["IN"]), "India"),
    (org("Mekong Crossroads Foundation", ["KH"]), "Cambodia"),
]
D1_PERSONS = [
    (per("Prof. Rukmini Dasgupta", ["IN"]), "labour economist", "India"),
    (per("Ma. Teresa Villanueva-Santos", ["PH"]), "former labour attaché", "Philippines"),
    (per("Bishnu Prasad Adhikari", ["NP"]), "migration lawyer", "Nepal"),
]
D1_FOOT = (
    "¹ The Alliance brings together groups of domestic and care workers in six countries. Four of its affiliates "
    "co-sign this submission in their own name: "
    + "; ".join(f"{m['name']} ({c})" for m, c in D1_MEMBERS[:-1])
    + f"; and {D1_MEMBERS[-1][0]['name']} ({D1_MEMBERS[-1][1]})."
)
D1_BODY = [
    "Millions of women and men from the region cook, clean and care in households far from their own. Their "
    "work keeps economies running, yet labour laws in many destination countries still leave them out, and "
    "the debts they take on to pay recruiters follow them for years.",
    "This submission draws on consultations held with worker groups in eight countries during 2026. It sets "
    "out what has changed since the Compact was adopted, what has not, and what governments of origin and "
    "destination can do before the next review.",
]
D1_RECS = [
    "Objective 6: ban recruitment fees charged to workers and make recruiters and employers jointly liable "
    "for abuses in the recruitment chain.",
    "Objective 7: bring domestic work under labour law everywhere, with a weekly rest day, a written contract "
    "and the right to keep one's own passport.",
    "Objective 22: let contributions paid abroad count towards pensions at home through bilateral social "
    "security agreements.",
]
D1_NA = [
    D1_TITLE,
    D1_SUB,
    "Submitted by",
    "Key recommendations",
    "Annex A – Co-submitting organizations",
    "No.",
    "Organization",
    "Based in",
    "Annex B – Individual experts (in their personal capacity)",
    "labour economist",
    "former labour attaché",
    "migration lawyer",
    "Contact for this submission: secretariat@apcwsa-care.org",
    "APCWSA joint submission",
    "Page 1 of 2",
    "Page 2 of 2",
    "December 2026",
]


def d1_agents():
    return [D1_COAL] + [m for m, _ in D1_MEMBERS] + [o for o, _ in D1_ANNEX] + [p for p, _, _ in D1_PERSONS]


def build_pdf_01(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    subt = ParagraphStyle("st", parent=base, fontName="Helvetica-Oblique", fontSize=11, leading=15)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=10, spaceAfter=4)
    box = ParagraphStyle("box", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=15)
    foot = ParagraphStyle("f", parent=base, fontSize=8, leading=10)
    item = ParagraphStyle("i", parent=base, leftIndent=14, spaceAfter=3)

    story = [Paragraph(esc(D1_TITLE), title), Paragraph(esc(D1_SUB), subt), Spacer(1, 14)]
    story.append(Paragraph("Submitted by", base))
    story.append(Paragraph(esc(D1_COAL["name"]) + "¹", box))
    story.append(Paragraph(esc("together with the organizations listed in Annex A"), base))
    story.append(Paragraph("December 2026", base))
    story.append(Spacer(1, 12))
    story += [Paragraph(esc(p), base) for p in D1_BODY]
    story.append(Paragraph("Key recommendations", head))
    story += [Paragraph(esc(f"{i}. {r}"), item) for i, r in enumerate(D1_RECS, 1)]
    story.append(PageBreak())
    story.append(Paragraph(esc("Annex A – Co-submitting organizations"), head))
    rows = [["No.", "Organization", "Based in"]]
    rows += [[str(i), o["name"], c] for i, (o, c) in enumerate(D1_ANNEX, 1)]
    t = Table(rows, colWidths=[34, 320, 120])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(t)
    story.append(Paragraph(esc("Annex B – Individual experts (in their personal capacity)"), head))
    story += [Paragraph(esc(f"{p['name']}, {role} ({c})"), item) for p, role, c in D1_PERSONS]
    story += [Spacer(1, 12), Paragraph(esc("Contact for this submission: secretariat@apcwsa-care.org"), base)]

    def first(canvas, doc):
        deco(canvas, doc)
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(56, 118, 200, 118)
        para = Paragraph(esc(D1_FOOT), foot)
        _, h = para.wrap(A4[0] - 112, 80)
        para.drawOn(canvas, 56, 112 - h)
        canvas.restoreState()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 36, "APCWSA joint submission")
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page} of 2")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,
        title=D1_TITLE,
        author="",
        leftMargin=56,
        rightMargin=56,
        topMargin=60,
        bottomMargin=130,
    )
    doc.build(story, onFirstPage=first, onLaterPages=deco)


# --------------------------------------------------------------------------- 02 en html flag images

D2_TITLE = "Open letter: no child should be held in immigration detention"
D2_PUBLISHER = "Northfield Refugee Justice Project"
D2_BODY = [
    "To the Minister responsible for immigration,",
    "Last year, children were again held with their parents in immigration holding centres, or separated from "
    "them so that the parents could be detained alone. Doctors who work with these families see the same "
    "things every time: children who stop sleeping, stop eating and stop speaking.",
    "We ask you to end the detention of children and families for immigration purposes in law, not only in "
    "practice, to fund community-based alternatives run with local groups, and to publish every quarter how "
    "many children were held, where and for how long.",
]
D2_NET = coal("Coast-to-Coast Network Against Child Detention (CNACD)", ["CA"])
D2_FLAG = {
    "CA": ("ca", "Canada"),
    "US": ("us", "United States"),
    "MX": ("mx", "Mexico"),
    "GH": ("gh", "Ghana"),
    "DE": ("de", "Germany"),
    "": ("globe", "International"),
}
D2_LIST = [
    org("Prairie Newcomer Legal Clinic", ["CA"]),
    org("Association des familles réfugiées de l'Outaouais", ["CA"]),
    org("Harbour City Sanctuary Circle", ["CA"]),
    D2_NET,
    org("Borderlands Children's Rights Project", ["US"]),
    org("Fundación Niñez sin Fronteras, A.C.", ["MX"]),
    org("Accra Centre for Migration and Childhood", ["GH"]),
    org("Kinderrechte ohne Grenzen e.V.", ["DE"]),
    org("International Association of Paediatric Social Workers", []),
    org("UNITED FAITHS FOR NEWCOMERS", ["CA"]),
    org("Toronto Detention Visitors' Fellowship", ["CA"]),
]
D2_MEMBERS = [
    org("Red River Refugee Families Collective", ["CA"], of=D2_NET["name"]),
    org("Saint John Newcomer Youth Hub", ["CA"], of=D2_NET["name"]),
    org("Okanagan Migrant Justice", ["CA"], of=D2_NET["name"]),
    org("Comité d'accueil des familles de Sherbrooke", ["CA"], of=D2_NET["name"]),
    org("Halifax Asylum Support Group", ["CA"], of=D2_NET["name"]),
]
D2_PERSONS = [
    (per("Dr. Miriam Achterberg"), "paediatrician, Hamilton"),
    (per("Rev. Samuel Osei-Bonsu", ["GH"]), "Methodist minister, Accra, Ghana"),
    (per("Lucía Ferreyra Cabral", ["AR"]), "human rights lawyer, Buenos Aires, Argentina"),
    (per("Jonah Whitecloud"), "youth worker, Regina"),
]
D2_NA = [
    D2_TITLE,
    "We use cookies to understand how visitors use this site.",
    "Accept",
    "Manage preferences",
    "Home",
    "Our work",
    "Campaigns",
    "Resources",
    "Donate",
    "Posted on 3 December 2026",
    "Organizations that have signed",
    "Show the 5 groups signing through the network",
    "Individuals",
    "paediatrician, Hamilton",
    "Methodist minister, Accra, Ghana",
    "human rights lawyer, Buenos Aires, Argentina",
    "youth worker, Regina",
    "… and 214 more individuals",
    "Add your name",
    "Share this letter:",
    "Email",
    D2_PUBLISHER,
    "Privacy policy",
]


def d2_agents():
    out = []
    for a in D2_LIST:
        out.append(a)
        if a is D2_NET:
            out += D2_MEMBERS
    return out + [p for p, _ in D2_PERSONS]


def _flag(cc, indent):
    code, alt = D2_FLAG[cc[0] if cc else ""]
    return f'{indent}<img class="flag" src="/assets/flags/{code}.svg" alt="{esc(alt)}" title="{esc(alt)}" width="20">'


def build_html_02(path):
    lis = []
    for a in D2_LIST:
        row = [
            "        <li>",
            _flag(a["countries"], "          "),
            f'          <span class="sig-name">{esc(a["name"])}</span>',
        ]
        if a is D2_NET:
            row.append('          <details class="sig-net">')
            row.append("            <summary>Show the 5 groups signing through the network</summary>")
            row.append("            <ul>")
            for m in D2_MEMBERS:
                row.append(
                    f"              <li>{_flag(m['countries'], '').strip()} "
                    f'<span class="sig-name">{esc(m["name"])}</span></li>'
                )
            row.append("            </ul>")
            row.append("          </details>")
        row.append("        </li>")
        lis.append("\n".join(row))
    people = "\n".join(
        f'        <li><strong>{esc(p["name"])}</strong>, <span class="role">{esc(r)}</span></li>' for p, r in D2_PERSONS
    )
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in D2_BODY)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(D2_TITLE)} – {esc(D2_PUBLISHER)}</title>
  <link rel="stylesheet" href="/assets/css/main.css">
  <style>.flag {{ vertical-align: middle; margin-right: .4em; }} ol.signatories {{ columns: 2; }}</style>
</head>
<body class="post-template">
  <div class="cookie-notice" id="cookie-notice">
    <p>We use cookies to understand how visitors use this site.</p>
    <button type="button">Accept</button>
    <button type="button">Manage preferences</button>
  </div>
  <header class="site-header">
    <a href="/" class="brand"><img src="/assets/img/nrjp-logo.png" alt="NRJP logo"></a>
    <nav aria-label="Main">
      <a href="/">Home</a>
      <a href="/our-work/">Our work</a>
      <a href="/campaigns/">Campaigns</a>
      <a href="/resources/">Resources</a>
      <a href="/donate/" class="btn">Donate</a>
    </nav>
  </header>
  <main id="content">
    <article>
      <h1>{esc(D2_TITLE)}</h1>
      <p class="byline">Posted on 3 December 2026</p>
{body}
      <h2>Organizations that have signed</h2>
      <ol class="signatories">
{chr(10).join(lis)}
      </ol>
      <h2>Individuals</h2>
      <ul class="people">
{people}
      </ul>
      <p class="more">… and 214 more individuals</p>
      <p><a class="btn" href="/campaigns/no-child-detention/sign/">Add your name</a></p>
      <div class="share">
        <span>Share this letter:</span>
        <a href="https://twitter.com/intent/tweet">X</a>
        <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
        <a href="mailto:?subject=Open%20letter">Email</a>
      </div>
    </article>
  </main>
  <footer class="site-footer">
    <p>© 2026 {esc(D2_PUBLISHER)}. Registered charity.</p>
    <p><a href="/privacy/">Privacy policy</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 03 es html accordion

D3_TITLE = "Declaración de Cuenca: migrar no es delito"
D3_LEAD = (
    "Declaración de las organizaciones sociales reunidas en el Foro Andino de Movilidad Humana, Cuenca, "
    "28 y 29 de noviembre de 2026"
)
D3_PUBLISHER = "Portal Movilidad Andina"
D3_BODY = [
    "Durante dos días, más de cien personas de organizaciones de base, casas de acogida, colectivos de "
    "personas migrantes y retornadas e investigadoras compartimos lo que vemos en las rutas de la región.",
    "Exigimos a los Estados andinos que dejen de exigir visas y antecedentes imposibles de obtener a quienes "
    "huyen, que regularicen a las personas que ya viven y trabajan en sus territorios y que ninguna niña ni "
    "ningún niño quede sin escuela por su situación migratoria.",
]
D3_NET = coal("Red Andina de Acción por la Movilidad Humana (RAAMH)")
D3_GROUPS = [
    (
        "🇪🇨",
        "Ecuador",
        [
            org("Fundación Puentes del Austro", ["EC"]),
            org("Asociación de Mujeres Retornadas de Cañar", ["EC"]),
            org("Clínica Jurídica de Movilidad Humana, Universidad Andina del Tomebamba", ["EC"]),
        ],
    ),
    (
        "🇵🇪",
        "Perú",
        [
            org("Centro de Promoción del Migrante Tacneño – CEPROMIT", ["PE"]),
            org("Colectivo Wayra Sin Fronteras", ["PE"]),
        ],
    ),
    (
        "🇨🇴",
        "Colombia",
        [
            org("Corporación Caminantes del Catatumbo", ["CO"]),
            org("Fundación Semillas de Acogida", ["CO"]),
        ],
    ),
    (
        "🇨🇱",
        "Chile",
        [
            org("Agrupación de Inmigrantes Haitianos de Quilicura", ["CL"]),
            org("Oficina de Derechos Migrantes de Arica", ["CL"]),
        ],
    ),
    ("🇻🇪", "Venezuela", [org("Observatorio Venezolano de la Diáspora", ["VE"])]),
    ("🌎", "Redes regionales", [D3_NET]),
]
D3_MEMBERS = [
    (org("Asociación Kallpa Migrante", ["BO"], of=D3_NET["name"]), "Bolivia"),
    (org("Mesa de Retorno Digno de Loja", ["EC"], of=D3_NET["name"]), "Ecuador"),
    (org("Colectivo Frontera Viva de Ipiales", ["CO"], of=D3_NET["name"]), "Colombia"),
    (org("Casa de Acogida San Martín de Porres", ["PE"], of=D3_NET["name"]), "Perú"),
]
D3_PERSONS = [
    (per("Hna. Rosa Elvira Tenesaca", ["EC"]), "acompañante pastoral", "Ecuador"),
    (per("Mauricio Quintero Lozada", ["CO"]), "investigador", "Colombia"),
    (per("Yelitza Coromoto Parra", ["VE"]), "defensora de derechos humanos", "Venezuela"),
]
D3_NA = [
    D3_TITLE,
    D3_LEAD,
    "Este sitio usa cookies para mejorar tu navegación.",
    "Aceptar",
    "Rechazar",
    "Inicio",
    "Noticias",
    "Declaraciones",
    "Mapa de rutas",
    "Contacto",
    "Quiénes firman",
    "Ecuador (3)",
    "Perú (2)",
    "Colombia (2)",
    "Chile (2)",
    "Venezuela (1)",
    "Redes regionales (1)",
    "Personas (3)",
    "Adhieren también, a través de la red, sus colectivos de base:",
    "acompañante pastoral",
    "investigador",
    "defensora de derechos humanos",
    "Para sumar tu firma escribe a firmas@movilidadandina.org",
    "Compartir:",
    "Telegram",
    D3_PUBLISHER,
    "Política de privacidad",
    "Publicado el 3 de diciembre de 2026",
]


def d3_agents():
    out = []
    for _, _, items in D3_GROUPS:
        for a in items:
            out.append(a)
            if a is D3_NET:
                out += [m for m, _ in D3_MEMBERS]
    return out + [p for p, _, _ in D3_PERSONS]


def build_html_03(path):
    blocks = []
    for flag, label, items in D3_GROUPS:
        lis = []
        for a in items:
            if a is D3_NET:
                mem = ", ".join(f"{esc(m['name'])} ({esc(c)})" for m, c in D3_MEMBERS[:-1])
                last, lc = D3_MEMBERS[-1]
                mem += f" y {esc(last['name'])} ({esc(lc)})."
                lis.append(
                    f"            <li><strong>{esc(a['name'])}</strong>\n"
                    f'              <p class="nota">Adhieren también, a través de la red, sus colectivos de base: '
                    f"{mem}</p>\n            </li>"
                )
            else:
                lis.append(f"            <li>{esc(a['name'])}</li>")
        blocks.append(
            f'        <details class="acordeon">\n          <summary>{flag} {esc(label)} ({len(items)})</summary>\n'
            f"          <ul>\n{chr(10).join(lis)}\n          </ul>\n        </details>"
        )
    people = "\n".join(f"            <li>{esc(p['name'])} — {esc(r)} ({esc(c)})</li>" for p, r, c in D3_PERSONS)
    blocks.append(
        f'        <details class="acordeon">\n          <summary>👤 Personas ({len(D3_PERSONS)})</summary>\n'
        f"          <ul>\n{people}\n          </ul>\n        </details>"
    )
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in D3_BODY)
    page = f"""<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(D3_TITLE)} · {esc(D3_PUBLISHER)}</title>
<link rel="stylesheet" href="/tema/estilo.min.css">
<script async src="/tema/analitica.js"></script>
</head>
<body>
<div class="aviso-cookies">
  <p>Este sitio usa cookies para mejorar tu navegación.</p>
  <button class="ok">Aceptar</button><button class="no">Rechazar</button>
</div>
<nav class="menu">
  <ul>
    <li><a href="/">Inicio</a></li>
    <li><a href="/noticias">Noticias</a></li>
    <li><a href="/declaraciones">Declaraciones</a></li>
    <li><a href="/mapa">Mapa de rutas</a></li>
    <li><a href="/contacto">Contacto</a></li>
  </ul>
</nav>
<main>
  <article class="entrada">
    <h1>{esc(D3_TITLE)}</h1>
    <p class="bajada">{esc(D3_LEAD)}</p>
    <p class="fecha">Publicado el 3 de diciembre de 2026</p>
    <div class="cuerpo">
{body}
      <h2>Quiénes firman</h2>
      <div class="firmas">
{chr(10).join(blocks)}
      </div>
      <p>Para sumar tu firma escribe a firmas@movilidadandina.org</p>
    </div>
    <div class="compartir">Compartir: <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Facebook</a></div>
  </article>
</main>
<footer>
  <p>{esc(D3_PUBLISHER)} — Cuenca, Ecuador</p>
  <p><a href="/privacidad">Política de privacidad</a></p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 04 es docx signature grid

D4_TITLE = "Carta abierta al Congreso de la República: una ley de migraciones con enfoque de derechos"
D4_NET = coal("Mesa de Movilidad Humana del Sur", ["PE"])
D4_GRID = [
    (org("Asociación Civil Manos Migrantes", ["PE"]), "Lima, Perú"),
    (org("Centro de Estudios sobre Movilidad y Trabajo (CEMT)", ["PE"]), "Lima, Perú"),
    (D4_NET, "Red regional — Arequipa, Perú"),
    (org("Comunidad Venezolana Organizada en Trujillo", ["PE"]), "Trujillo, Perú"),
    (org("Parroquia Señor de los Milagros de Tumbes, Pastoral de Movilidad", ["PE"]), "Tumbes, Perú"),
    (org("ASOCIACIÓN DE TRABAJADORAS DEL HOGAR MIGRANTES", ["PE"]), "Lima, Perú"),
    (org("Fundación Horizonte Compartido", ["BO"]), "La Paz, Bolivia"),
    (org("Colectivo Ecuatorianos en el Perú", ["PE"], ["PE"]), "Piura"),
    (org("Instituto de Defensa Legal del Migrante – IDELMI", ["PE"]), "Cusco, Perú"),
    (per("Dra. Carmela Huamán Quispe"), "Abogada, Cusco"),
    (per("Julián Mendoza Farfán"), "Sacerdote, Tacna"),
    (per("Greisy Alejandra Rondón", ["PE"]), "Lideresa migrante, Lima, Perú"),
]
D4_MEMBERS = [
    org("Asociación de Migrantes Bolivianos en Puno", of=D4_NET["name"]),
    org("Casa del Caminante de Moquegua", of=D4_NET["name"]),
    org("Colectivo Mujeres Migrantes del Sur Andino", of=D4_NET["name"]),
    org("Consultorio Jurídico Popular Misti", of=D4_NET["name"]),
]
D4_BODY = [
    "Las organizaciones y personas que firmamos esta carta acompañamos cada día a personas migrantes y "
    "refugiadas en el Perú. Nos preocupa el proyecto de reforma de la ley de migraciones que se discute en "
    "comisión, porque facilita las expulsiones sin audiencia y encarece la regularización.",
    "Les pedimos que escuchen a las personas afectadas antes de votar, que mantengan el permiso temporal de "
    "permanencia para quienes ya viven en el país y que toda expulsión pueda ser revisada por un juez.",
]
D4_NA = [
    D4_TITLE,
    "Lima, 3 de diciembre de 2026",
    "Señoras y señores congresistas:",
    "Atentamente,",
    "Red regional — Arequipa, Perú",
    "Abogada, Cusco",
    "Sacerdote, Tacna",
    "Lideresa migrante, Lima, Perú",
    "Desde la Mesa de Movilidad Humana del Sur se adhieren a esta carta:",
    "Contacto: mesamovilidadsur@gmail.com",
]


def d4_agents():
    out = []
    for a, _ in D4_GRID:
        out.append(a)
    # the members are printed after the grid (document order)
    return out + D4_MEMBERS


def build_docx_04(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Lima, 3 de diciembre de 2026")
    doc.add_heading(D4_TITLE, level=1)
    doc.add_paragraph("Señoras y señores congresistas:")
    for p in D4_BODY:
        doc.add_paragraph(p)
    doc.add_paragraph("Atentamente,")
    ncols = 3
    table = doc.add_table(rows=len(D4_GRID) // ncols, cols=ncols)
    for i, (a, line) in enumerate(D4_GRID):
        cell = table.rows[i // ncols].cells[i % ncols]
        p0 = cell.paragraphs[0]
        p0.add_run("_______________________")
        p1 = cell.add_paragraph()
        r = p1.add_run(a["name"])
        r.bold = True
        p2 = cell.add_paragraph()
        r2 = p2.add_run(line)
        r2.italic = True
        r2.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph(f"Desde la {D4_NET['name']} se adhieren a esta carta:")
    for m in D4_MEMBERS:
        doc.add_paragraph(m["name"], style="List Bullet")
    doc.add_paragraph("Contacto: mesamovilidadsur@gmail.com")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 05 fr pdf network | members table

D5_TITLE = "Déclaration de Saint-Louis sur la libre circulation en Afrique de l'Ouest"
D5_LEAD = (
    "Adoptée par les organisations de la société civile réunies au Forum citoyen sur la mobilité "
    "ouest-africaine, Saint-Louis (Sénégal), le 1er décembre 2026"
)
D5_HEADER = "Déclaration de Saint-Louis – Forum citoyen sur la mobilité ouest-africaine"
D5_BODY = [
    "Circuler librement dans l'espace de la CEDEAO est un droit reconnu depuis longtemps par les textes "
    "communautaires. Sur les routes, pourtant, les passagers des cars sont rançonnés aux postes de contrôle, "
    "les femmes commerçantes sont retenues sans motif et les jeunes sont refoulés parce qu'ils n'ont pas "
    "de carte d'identité.",
    "Nous demandons aux États de supprimer les contrôles abusifs, de délivrer gratuitement les documents "
    "d'identité, de cesser de traiter les jeunes qui voyagent comme des candidats à l'émigration irrégulière "
    "et d'associer les organisations de la société civile au suivi du Pacte mondial pour les migrations.",
]
D5_NETS = [
    (
        coal("Plateforme Migrations Sahel-Sahara (PMSS)"),
        [
            ("Association des Rapatriés de Gao", ["ML"], "Mali"),
            ("Groupe d'Entraide des Femmes de Tahoua", ["NE"], "Niger"),
            ("Collectif Jeunesse et Mobilité de Kaya", ["BF"], "Burkina Faso"),
        ],
    ),
    (
        coal("Réseau des Juristes pour la Mobilité (REJUMO)"),
        [
            ("Clinique du Droit des Étrangers de Lomé", ["TG"], "Togo"),
            ("Association d'Aide Juridique aux Migrants d'Abobo", ["CI"], "Côte d'Ivoire"),
            ("Cabinet Solidaire Droit et Exil", ["BJ"], "Bénin"),
        ],
    ),
]
D5_OTHERS = [
    (org("Association Sénégalaise pour l'Accueil des Migrants de Retour (ASAMR)", ["SN"]), "Dakar (Sénégal)"),
    (org("Foyer d'Accueil Teranga de Tambacounda", ["SN"]), "Tambacounda (Sénégal)"),
    (org("Observatoire Citoyen des Frontières et des Mobilités (OCFM)", ["SN"]), "Saint-Louis (Sénégal)"),
    (org("Union des Transporteurs Solidaires du Corridor Abidjan-Lagos", ["CI"]), "Abidjan (Côte d'Ivoire)"),
    (org("ALTERNATIVES MIGRATOIRES GUINÉE", ["GN"]), "Conakry (Guinée)"),
    (org("Association Mauritanienne des Travailleurs Saisonniers", ["MR"]), "Nouadhibou (Mauritanie)"),
    (org("Collectif des Familles de Disparus en Mer de Thiaroye", ["SN"]), "Thiaroye (Sénégal)"),
]
D5_PERSONS = [
    (per("Pr Aminata Sow Diallo", ["SN"]), "sociologue", "Sénégal"),
    (per("Me Koffi Agbéko Mensah", ["TG"]), "avocat au barreau de Lomé", "Togo"),
    (per("Abbé Théodore Zongo", ["BF"]), "aumônier des migrants", "Burkina Faso"),
]
D5_NA = [
    D5_TITLE,
    D5_LEAD,
    D5_HEADER,
    "Signataires",
    "1. Réseaux et plateformes, avec celles de leurs organisations qui s'associent à la déclaration",
    "Réseau ou plateforme",
    "Organisations qui s'associent",
    "2. Autres organisations signataires",
    "3. Personnalités",
    "sociologue",
    "avocat au barreau de Lomé",
    "aumônier des migrants",
    "Contact : forum.mobilite.saintlouis@gmail.com",
    "Page 1 / 2",
    "Page 2 / 2",
]


def d5_agents():
    out = []
    for net, mem in D5_NETS:
        out.append(net)
        out += [org(n, cc, of=net["name"]) for n, cc, _ in mem]
    out += [o for o, _ in D5_OTHERS]
    return out + [p for p, _, _ in D5_PERSONS]


def build_pdf_05(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    lead = ParagraphStyle("l", parent=base, fontName="Helvetica-Oblique")
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", spaceBefore=10, spaceAfter=5)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=12, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    item = ParagraphStyle("i", parent=base, leftIndent=10, spaceAfter=2)

    story = [Paragraph(esc(D5_TITLE), title), Paragraph(esc(D5_LEAD), lead), Spacer(1, 8)]
    story += [Paragraph(esc(p), base) for p in D5_BODY]
    story += [Paragraph(esc("Contact : forum.mobilite.saintlouis@gmail.com"), base), PageBreak()]
    story.append(Paragraph("Signataires", title))
    story.append(
        Paragraph(
            esc("1. Réseaux et plateformes, avec celles de leurs organisations qui s'associent à la déclaration"), head
        )
    )
    rows = [[Paragraph("Réseau ou plateforme", cellb), Paragraph(esc("Organisations qui s'associent"), cellb)]]
    for net, mem in D5_NETS:
        right = "<br/>".join(esc(f"{n} ({pays})") for n, _, pays in mem)
        rows.append([Paragraph(esc(net["name"]), cellb), Paragraph(right, cell)])
    t = Table(rows, colWidths=[215, 268])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(t)
    story.append(Paragraph("2. Autres organisations signataires", head))
    story += [Paragraph(esc(f"{o['name']} – {place}"), item) for o, place in D5_OTHERS]
    story.append(Paragraph(esc("3. Personnalités"), head))
    story += [Paragraph(esc(f"{p['name']}, {role} ({pays})"), item) for p, role, pays in D5_PERSONS]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 36, D5_HEADER)
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page} / 2")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,
        title=D5_TITLE,
        author="",
        leftMargin=56,
        rightMargin=56,
        topMargin=60,
        bottomMargin=56,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# --------------------------------------------------------------------------- 06 fr docx dot leaders

D6_TITLE = "Lettre ouverte au Gouvernement fédéral : l'accueil des demandeurs d'asile n'est pas une option"
D6_NET = coal("Coordination Bruxelloise pour l'Accueil Digne (CBAD)", ["BE"])
D6_LIST = [
    (org("Comité d'Aide aux Exilés de Namur, ASBL", ["BE"]), "Belgique"),
    (org("Collectif Citoyen Hébergement Liège-Guillemins", ["BE"]), "Belgique"),
    (org("Maison de la Solidarité de Schaerbeek", ["BE"]), "Belgique"),
    (D6_NET, "Belgique"),
    (org("Union des Avocats pour le Droit d'Asile (UADA)", ["BE"]), "Belgique"),
    (org("Passerelles Esch-Solidarité, a.s.b.l.", ["LU"]), "Luxembourg"),
    (org("Association pour l'Accueil des Réfugiés de Lille", ["FR"]), "France"),
    (org("Action Humanitaire Kivu Debout", ["CD"]), "RD Congo"),
    (org("Observatoire Marocain des Migrations Subsahariennes", ["MA"]), "Maroc"),
    (org("SYNDICAT DES TRAVAILLEURS DOMESTIQUES SANS PAPIERS", ["BE"]), "Belgique"),
    (org("Fondation Pont des Cultures", ["CH"]), "Suisse"),
]
D6_MEMBERS = [
    org("Accueil Sans Toit d'Ixelles", ["BE"], of=D6_NET["name"]),
    org("Association des Femmes Congolaises de Matonge", ["BE"], of=D6_NET["name"]),
    org("Service Social des Étrangers d'Anderlecht", ["BE"], of=D6_NET["name"]),
    org("Médiation Interculturelle Porte de Hal", ["BE"], of=D6_NET["name"]),
]
D6_PERSONS = [
    (per("Pr Hélène Vandermeulen", ["BE"]), "professeure de droit des étrangers", "Belgique"),
    (per("Dr Yannick Mbuyi Kalala", ["BE"]), "médecin généraliste", "Belgique"),
    (per("Sœur Marie-Claire Dubois", ["FR"]), "religieuse", "France"),
]
D6_BODY = [
    "Depuis des mois, des centaines d'hommes seuls qui ont demandé une protection internationale dorment "
    "dans la rue, faute de place dans le réseau d'accueil. Les tribunaux ont condamné l'État à de "
    "nombreuses reprises ; ces décisions restent lettre morte.",
    "Nous vous demandons d'ouvrir sans délai les places nécessaires, de respecter les décisions de justice et "
    "de travailler avec les communes et les associations qui, aujourd'hui, hébergent à la place de l'État.",
]
D6_NA = [
    D6_TITLE,
    "Bruxelles, le 3 décembre 2026",
    "Madame, Monsieur le Premier ministre,",
    "Nous vous prions d'agréer l'expression de notre haute considération.",
    "Organisations signataires",
    "Pays",
    "dont les associations suivantes :",
    "Signatures à titre personnel (fonctions mentionnées à titre indicatif)",
    "professeure de droit des étrangers",
    "médecin généraliste",
    "religieuse",
    "Contact presse : lettre.accueil@cbad-bxl.be – 02 512 00 00",
]


def d6_agents():
    out = []
    for a, _ in D6_LIST:
        out.append(a)
        if a is D6_NET:
            out += D6_MEMBERS
    return out + [p for p, _, _ in D6_PERSONS]


def build_docx_06(path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    def leader(text, right, indent=0.0, italic=False):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.left_indent = Cm(indent)
        pf.space_after = Pt(2)
        r = p.add_run(text)
        r.italic = italic
        if right:
            p.add_run("\t" + right)
        return p

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Lettre ouverte – accueil des demandeurs de protection internationale"
    doc.add_paragraph("Bruxelles, le 3 décembre 2026")
    doc.add_heading(D6_TITLE, level=1)
    doc.add_paragraph("Madame, Monsieur le Premier ministre,")
    for p in D6_BODY:
        doc.add_paragraph(p)
    doc.add_paragraph("Nous vous prions d'agréer l'expression de notre haute considération.")
    hp = leader("Organisations signataires", "Pays")
    for r in hp.runs:
        r.bold = True
    for a, pays in D6_LIST:
        leader(a["name"], pays)
        if a is D6_NET:
            leader("dont les associations suivantes :", "", indent=1.0, italic=True)
            for m in D6_MEMBERS:
                leader(m["name"], "Belgique", indent=1.0)
    doc.add_paragraph("")
    hp = leader("Signatures à titre personnel (fonctions mentionnées à titre indicatif)", "")
    for r in hp.runs:
        r.bold = True
    for p, role, pays in D6_PERSONS:
        leader(f"{p['name']}, {role}", pays)
    doc.add_paragraph("")
    doc.add_paragraph("Contact presse : lettre.accueil@cbad-bxl.be – 02 512 00 00")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 07 fr txt tribune

D7_TITLE = "TRIBUNE — « Régulariser celles et ceux qui font tourner nos villes »"
D7_NET = coal("Collectif Régularisation Maintenant (CRM)")
D7_PERSONS = [
    (per("Odile Marchetti"), "sociologue, directrice de recherche"),
    (per("Karim Benslimane"), "avocat au barreau de Marseille"),
    (per("Fatoumata Keïta-Brunel"), "présidente d'une association de femmes de chambre"),
    (per("Père Jean-Baptiste Lefort"), "prêtre-ouvrier"),
    (per("Élodie Nguyen"), "inspectrice du travail retraitée"),
]
D7_ORGS = [
    (org("Collectif des Travailleurs Sans Papiers de Vitry (CTSPV)"), ""),
    (org("Fédération Accueil et Solidarité 93"), ""),
    (org("Union Syndicale des Agents de Propreté – USAP"), ""),
    (D7_NET, ""),
    (org("Cercle Juridique des Exilés"), ""),
    (org("Association Sénégalaise des Travailleurs de Montreuil"), ""),
    (org("Comité Solidarité Migrants Genève", ["CH"]), "Suisse"),
    (org("Associazione Terra d'Approdo", ["IT"]), "Italie"),
    (org("Parents d'Élèves Solidaires de Belleville"), ""),
]
D7_MEMBERS = [
    ("le ", org("Comité des Sans-Papiers du 18e", of=D7_NET["name"])),
    ("l'", org("Association Femmes Debout d'Aubervilliers", of=D7_NET["name"])),
    ("la ", org("Permanence Juridique Solidaire de Saint-Denis", of=D7_NET["name"])),
    ("le ", org("Collectif des Livreurs Sans Papiers", of=D7_NET["name"])),
]
D7_BODY = [
    "Ils nettoient les bureaux avant l'aube, livrent nos repas sous la pluie, gardent nos parents âgés et "
    "montent les murs de nos écoles. Elles cuisinent dans les restaurants où nous déjeunons. Beaucoup vivent "
    "en France depuis plus de cinq ans, paient des impôts et cotisent, mais restent sans titre de séjour.",
    "Chaque année, la régularisation dépend de la préfecture où l'on dépose son dossier, du rendez-vous que "
    "l'on parvient, ou non, à obtenir en ligne, et de la bonne volonté d'un employeur. Ce n'est pas une "
    "politique, c'est une loterie.",
    "Nous demandons au gouvernement une régularisation large et durable par le travail et par les liens "
    "familiaux, sur des critères clairs et publics, et l'ouverture de guichets où l'on peut être reçu sans "
    "passer par un site saturé.",
]
D7_NA = [
    D7_TITLE,
    "Paru le 3 décembre 2026",
    "Premiers signataires :",
    "sociologue, directrice de recherche",
    "avocat au barreau de Marseille",
    "présidente d'une association de femmes de chambre",
    "prêtre-ouvrier",
    "inspectrice du travail retraitée",
    "Organisations signataires :",
    "Au sein du Collectif Régularisation Maintenant, ont tenu à signer en leur nom propre :",
    "Liste arrêtée le 2 décembre 2026 à 18 h.",
    "Plus de 1 200 signatures individuelles recueillies en ligne.",
    "Pour signer : tribune.regularisation@riseup.net",
]


def d7_agents():
    return [p for p, _ in D7_PERSONS] + [o for o, _ in D7_ORGS] + [m for _, m in D7_MEMBERS]


def _wrap(s):
    return "\n".join(textwrap.wrap(s, width=76, break_on_hyphens=False, break_long_words=False))


def build_txt_07(path):
    persons = "\u00a0; ".join(f"{p['name']}, {r}" for p, r in D7_PERSONS) + "."
    orgs = " / ".join(o["name"] + (f" ({pays})" if pays else "") for o, pays in D7_ORGS)
    mem = ", ".join(f"{art}{m['name']}" for art, m in D7_MEMBERS[:-1])
    mem += f" et {D7_MEMBERS[-1][0]}{D7_MEMBERS[-1][1]['name']}."
    parts = [
        D7_TITLE,
        "Paru le 3 décembre 2026",
        *D7_BODY,
        "Premiers signataires :\n" + _wrap(persons),
        "Organisations signataires :\n" + _wrap(orgs),
        _wrap("Au sein du Collectif Régularisation Maintenant, ont tenu à signer en leur nom propre : " + mem),
        "Liste arrêtée le 2 décembre 2026 à 18 h.\nPlus de 1 200 signatures individuelles recueillies en ligne.",
        "Pour signer : tribune.regularisation@riseup.net",
    ]
    text = "\n\n".join(_wrap(p) if "\n" not in p and len(p) > 76 else p for p in parts) + "\n"
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- 08 pt md links + flags

D8_TITLE = "Manifesto: migrar é um direito"
D8_SUB = "Contribuições da sociedade civil para a política nacional de migrações"
D8_NET = coal("Articulação Sul-Americana pelo Direito de Migrar (ASADM)")
D8_LIST = [
    ("🇧🇷", org("Coletivo Vozes Migrantes do Bom Retiro", ["BR"]), "vozesmigrantes.org.br"),
    ("🇧🇷", org("Instituto Pró-Refúgio Amazônia", ["BR"]), "prorefugioamazonia.org"),
    ("🇧🇷", org("Associação dos Trabalhadores Bolivianos da Costura – ATBC", ["BR"]), "atbc.org.br"),
    (
        "🇧🇷",
        org("Casa de Passagem Santa Rosa de Lima, Pastoral do Migrante de Corumbá", ["BR"]),
        "pastoralcorumba.org.br/casa",
    ),
    ("🇦🇴", org("Associação Angolana Mãos Dadas", ["AO"]), "maosdadas.ao"),
    ("🌎", D8_NET, "asadm.org"),
    ("🇵🇹", org("Associação Luso-Cabo-Verdiana de Entreajuda", ["PT"]), "entreajuda-lcv.pt"),
    ("🇲🇿", org("Fórum Moçambicano de Migrantes Retornados", ["MZ"]), "fmmr.org.mz"),
    ("🇧🇷", org("NÚCLEO DE APOIO JURÍDICO AO IMIGRANTE – NAJI", ["BR"]), "naji.org.br"),
    (
        "🇧🇷",
        org("Grupo de Estudos Migratórios do Cerrado, Universidade Federal do Planalto Central", ["BR"]),
        "gemc.ufpc.edu.br",
    ),
    ("🇧🇷", org("Associação de Haitianos de Cascavel", ["BR"]), "haitianoscascavel.org"),
]
D8_MEMBERS = [
    ("🇵🇾", org("Fundación Tekoporã Migrante", ["PY"], of=D8_NET["name"]), "tekopora.org.py"),
    ("🇦🇷", org("Colectivo Mate y Frontera", ["AR"], of=D8_NET["name"]), "mateyfrontera.org.ar"),
    ("🇺🇾", org("Casa de los Inmigrantes de Rivera", ["UY"], of=D8_NET["name"]), "casainmigrantesrivera.uy"),
    ("🇧🇴", org("Asociación Kantuta de Mujeres Migrantes", ["BO"], of=D8_NET["name"]), "kantuta.org.bo"),
]
D8_PERSONS = [
    (per("Irmã Lucinda Ferraz", ["BR"]), "agente de pastoral", "Manaus/AM", "🇧🇷"),
    (per("Jean-Robert Pierre-Louis", ["BR"]), "tradutor e liderança comunitária", "Curitiba/PR", "🇧🇷"),
    (per("Profa. Dra. Teresa Nakamura Alves", ["PT"]), "pesquisadora", "Lisboa", "🇵🇹"),
]
D8_BODY = [
    "Somos organizações de pessoas migrantes e refugiadas, pastorais, coletivos, núcleos jurídicos e grupos "
    "de pesquisa que acompanham no dia a dia quem chega ao Brasil. Escrevemos este manifesto para que a "
    "política nacional de migrações saia do papel com a participação de quem mais a conhece.",
    "Pedimos: (1) atendimento em língua materna nos serviços públicos; (2) regularização simples e gratuita "
    "para quem já vive no país; (3) reconhecimento de diplomas sem custos abusivos; (4) um conselho nacional "
    "com assento garantido para as organizações de migrantes.",
]
D8_NA = [
    D8_TITLE,
    D8_SUB,
    "Publicado em 3 de dezembro de 2026 · São Paulo",
    "Quem assina",
    "Organizações",
    "Por meio da Articulação, assinam também:",
    "Pessoas",
    "agente de pastoral",
    "tradutor e liderança comunitária",
    "pesquisadora",
    "e mais 23 organizações",
    "Sua organização quer assinar? Preencha o formulário",
    "Contato: manifesto@migrareumdireito.org.br",
]


def d8_agents():
    out = []
    for _, a, _ in D8_LIST:
        out.append(a)
        if a is D8_NET:
            out += [m for _, m, _ in D8_MEMBERS]
    return out + [p for p, _, _, _ in D8_PERSONS]


def build_md_08(path):
    lines = [f"# {D8_TITLE}", "", f"*{D8_SUB}*", "", "Publicado em 3 de dezembro de 2026 · São Paulo", ""]
    for p in D8_BODY:
        lines += [p, ""]
    lines += ["## Quem assina", "", "### Organizações", ""]
    for flag, a, url in D8_LIST:
        lines.append(f"- {flag} [{a['name']}](https://{url})")
        if a is D8_NET:
            mem = [f"[{m['name']}](https://{u}) {f}" for f, m, u in D8_MEMBERS]
            lines.append("")
            lines.append("  > Por meio da Articulação, assinam também: " + ", ".join(mem[:-1]) + f" e {mem[-1]}.")
            lines.append("")
    lines += ["", "*… e mais 23 organizações ([lista completa](adesoes.csv))*", "", "### Pessoas", ""]
    for p, role, place, flag in D8_PERSONS:
        lines.append(f"- **{p['name']}**, {role} — {place} {flag}")
    lines += [
        "",
        "---",
        "",
        "✍️ Sua organização quer assinar? Preencha o formulário: https://migrareumdireito.org.br/assinar",
        "",
        "Contato: manifesto@migrareumdireito.org.br",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- registry

DOCS = [
    (
        "h12-01-en-pdf-submission-footnote",
        "pdf",
        "en",
        "pdf-submission-footnote-affiliates-annex-table",
        build_pdf_01,
        d1_agents,
        D1_NA,
        "Joint submission to a GCM review. The cover names the lead submitter after 'Submitted by' with a footnote "
        "mark '¹' glued to its name (the mark is not part of the name). The footnote at the bottom of page 1 says "
        "that four of its 'affiliates' co-sign in their own name and lists them 'Name (Country); …; and Name "
        "(Country)': they are the Alliance's members (member_of), in footnote order; 'Asia-Pacific' gives no "
        "country, so the Alliance has countries []. Annex A is a table 'No. | Organization | Based in' (the number "
        "and the country column are not part of the name; 'Sri Lanka' is in a name and in its column, so no "
        "countries_in_name). Annex B persons 'Title Name, role (Country)': roles are no agents, 'Prof.' and 'Ma.' "
        "(Maria) kept as printed. Running header and 'Page i of 2' footer.",
    ),
    (
        "h12-02-en-html-flag-images",
        "html",
        "en",
        "webpage-ol-flag-images-details-members",
        build_html_02,
        d2_agents,
        D2_NA,
        "Saved web page; the organizations are an <ol> whose items start with a flag <img> (alt and title give the "
        'country, e.g. alt="Canada"): the country is stated only by that image, never as text, and the gold '
        'follows it. A globe image alt="International" gives no country. The network\'s <li> holds a collapsed '
        "<details> 'Show the 5 groups signing through the network' whose <ul> items (each with a flag) are its "
        "members. Persons under 'Individuals' as '<strong>Name</strong>, role, City[, Country]': roles and towns "
        "are no agents; only the two with a printed country get one; 'Dr.' and 'Rev.' kept. '… and 214 more "
        "individuals', the cookie notice, nav, share links and footer (the publisher) are furniture. French and "
        "Spanish names in an English page are kept as printed; ', A.C.' and 'e.V.' are legal forms kept.",
    ),
    (
        "h12-03-es-html-accordion-flags",
        "html",
        "es",
        "webpage-accordion-country-flags-counts",
        build_html_03,
        d3_agents,
        D3_NA,
        "Saved web page: the signatories sit in <details> accordions whose <summary> is an emoji flag, the country "
        "and a count ('🇪🇨 Ecuador (3)'); the summary is a based-in heading for every <li> in it, never an agent. "
        "The '🌎 Redes regionales (1)' accordion holds the network (countries [], 'Andina' is a region); a "
        "paragraph inside its <li> 'Adhieren también, a través de la red, sus colectivos de base: A (País), …, "
        "y D (País).' lists its members (member_of) with their own countries. 'Haitianos' and 'Venezolano' are "
        "nationalities: the country comes from the accordion (CL, VE). A comma before a university in a clinic's "
        "name is kept. Persons in '👤 Personas (3)' as 'Name — role (País)'; 'Hna.' kept.",
    ),
    (
        "h12-04-es-docx-signature-grid",
        "docx",
        "es",
        "docx-signature-grid-members-after",
        build_docx_04,
        d4_agents,
        D4_NA,
        "Word letter with no signatories heading: after 'Atentamente,' a borderless 3-column table where every "
        "cell is a signature line '____', the bold name, and an italic line (City, Country / role, City). Read "
        "row by row. The cell 'Mesa de Movilidad Humana del Sur' / 'Red regional — Arequipa, Perú' is a "
        "coalition (PE); after the grid, 'Desde la Mesa … se adhieren a esta carta:' names it again (one agent, "
        "first mention in the grid) and its members follow as bullets without countries (countries []; 'Bolivianos'"
        " is a nationality and Puno a town). Persons are grid cells with a role line: only Greisy Alejandra Rondón "
        "prints a country. 'Colectivo Ecuatorianos en el Perú' says PE only in its name (its line says 'Piura'). "
        "Gold order is document order, so the members come after the last grid cell.",
    ),
    (
        "h12-05-fr-pdf-network-member-table",
        "pdf",
        "fr",
        "pdf-table-network-members-column",
        build_pdf_05,
        d5_agents,
        D5_NA,
        "PDF, page 2: a two-column table 'Réseau ou plateforme | Organisations qui s'associent': each row is a "
        "network (left, bold, countries []) and, in the right cell, those of its organizations that sign, one per "
        "line 'Name (Pays)' (member_of the network of the row). Read left cell then right cell. Then '2. Autres "
        "organisations signataires' as 'Name – Ville (Pays)' (the town is no agent) and '3. Personnalités' as "
        "'Titre Name, role (Pays)' ('Pr', 'Me', 'Abbé' kept). 'Sénégalaise', 'Mauritanienne' are nationalities; "
        "'GUINÉE' states GN in the name and in the suffix (no countries_in_name); 'Abidjan-Lagos' are towns. "
        "Running header and 'Page i / 2' footer.",
    ),
    (
        "h12-06-fr-docx-dot-leaders",
        "docx",
        "fr",
        "docx-dot-leader-tab-country",
        build_docx_06,
        d6_agents,
        D6_NA,
        "Word letter: each signatory is one paragraph 'Name<TAB>Pays' with a right tab stop and a dotted leader "
        "(the country after the tab is a column, not part of the name; the text read back is 'Name Pays'). The "
        "header line 'Organisations signataires … Pays' is no agent. The coordination is followed by an indented "
        "italic line 'dont les associations suivantes :' and four indented leader lines: its members. "
        "'Bruxelloise' is a city adjective and 'Congolaises' a nationality (both BE by the column). ', ASBL' and "
        "', a.s.b.l.' legal forms kept. Persons 'Title Name, role<TAB>Pays' under 'Signatures à titre personnel "
        "(fonctions mentionnées à titre indicatif)': the role is no agent. The page header (not read back) is "
        "furniture.",
    ),
    (
        "h12-07-fr-txt-tribune",
        "txt",
        "fr",
        "txt-tribune-persons-first-slash-orgs",
        build_txt_07,
        d7_agents,
        D7_NA,
        "A newspaper-style tribune in plain text, hard-wrapped at 76 columns (a name across a line end is the "
        "unwrapped name). 'Premiers signataires :' are five persons 'Name, role' separated by ' ; ' (roles are no "
        "agents; 'Père' kept; no countries). 'Organisations signataires :' separated by ' / ', countries only for "
        "two '(Suisse)', '(Italie)'. The collective is named again in a later sentence 'Au sein du Collectif … , ont "
        "tenu à signer en leur nom propre : le A, l'B, la C et le D.' (one agent, first mention in the slash list); "
        "A–D are its members, without the articles 'le', 'l'', 'la'. 'Sénégalaise' is a nationality. The list date "
        "and the count of online signatures are furniture.",
    ),
    (
        "h12-08-pt-md-links-flags",
        "md",
        "pt",
        "md-link-bullets-emoji-flags-blockquote-members",
        build_md_08,
        d8_agents,
        D8_NA,
        "Markdown: each organization is a bullet '- <flag emoji> [Name](url)': the name is the link text; the flag "
        "before it is the country (🌎 gives none). The network's bullet is followed by an indented blockquote "
        "'> Por meio da Articulação, assinam também: [A](url) 🇵🇾, … e [D](url) 🇧🇴.' with the flags after the names: "
        "its members. 'Bolivianos', 'Angolana', 'Luso-Cabo-Verdiana', 'Moçambicano', 'Haitianos' are nationalities "
        "(countries from the flags). '… e mais 23 organizações' is a trailer. Persons '**Name**, role — City 🇧🇷'; "
        "'Irmã' and 'Profa. Dra.' kept; roles and towns are no agents.",
    ),
]


# --------------------------------------------------------------------------- build and check


def rows(agents):
    return [kit.Gold(e["name"], e["read_as"], e["countries"], e["in_name"], e["of"], e["supporter"]) for e in agents]


MIX = kit.brief_mix("{stem}: counts outside the brief ({n} agents, {n_c} coalitions, {n_p} persons)")


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows, MIX)


if __name__ == "__main__":
    sys.exit(main())
