# ruff: noqa: RUF001
"""Held-out signatory layouts, set 10: eight invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout10/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout10.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout10.py --check   # rebuild in a temp folder and check

Documents, layouts and the decisions a reviewer should check: ``layouts_heldout10/README.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx, esc, new_docx, page_marks, write_pdf

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout10"


# --------------------------------------------------------------------------- agents and gold


def A(name, kind="organization", cc=(), in_name=(), of=None, **extra):
    """One agent. kind: organization | coalition | person; of: the coalition's name if a member."""
    d = {"name": name, "read_as": kind, "countries": list(cc), "in_name": list(in_name), "of": of}
    d.update(extra)
    return d


def flag(cc):
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in cc)


# --------------------------------------------------------------------------- 01 en md: flags and a footnote

D1_COAL = "Horn of Africa Migrant Workers' Platform (HAMWP)"
D1_ORGS = [
    A("Mombasa Coastal Migrant Support Trust", cc=["KE"]),
    A("Kampala Urban Refugee Voices (KURV)", cc=["UG"]),
    A("Addis Mobility Research Collective", cc=["ET"]),
    A("Galkayo Returnee Women's Association", cc=["SO"]),
    A("Great Lakes Labour Mobility Watch", cc=["KE", "UG"]),
    A("Lake Zone Paralegal Aid Society", cc=["TZ"]),
    A(D1_COAL, "coalition"),
    A("Obock Crossroads Humanitarian Desk", cc=["DJ"]),
    A("Centre for Diaspora Studies, Harlow Fields University", cc=["GB"]),
    A("Juba Youth for Safe Journeys", cc=["SS"]),
    A("Aden Transit Assistance Committee", cc=["YE"]),
]
D1_PERSONS = [
    (A("Dr. Miriam Wanjiru Kamau", "person", cc=["KE"]), "human rights lawyer, Nairobi"),
    (A("Abdirahman Yusuf Elmi", "person", cc=["SO"]), "community interpreter"),
    (A("Prof. Helen Tesfaye-Lindqvist", "person", cc=["SE"]), "Norrland Institute of Migration Research"),
]
D1_GROUPS = [
    A("Dire Dawa Domestic Workers' Union", cc=["ET"], of=D1_COAL),
    A("Bosaso Seafarers and Boat Crew Committee", cc=["SO"], of=D1_COAL),
    A("Tadjourah Migrants' Kitchen", cc=["DJ"], of=D1_COAL),
    A("Eastleigh Returnee Traders' Circle", cc=["KE"], of=D1_COAL),
]
D1_TITLE = "Joint submission to the regional review of the Global Compact for Migration: East Africa and the Horn"


def d1_agents():
    return D1_ORGS + [p for p, _ in D1_PERSONS] + D1_GROUPS


def build_md_01(path):
    out = [
        f"# {D1_TITLE}",
        "",
        "*Submitted 3 December 2026 · Contact: submissions@hornmobility-platform.org*",
        "",
        "## Summary",
        "",
        "People who move along the eastern route out of the Horn (by boat across the Gulf of Aden, on foot "
        "through Djibouti, by bus towards the south) are counted badly and protected even less. Four years "
        "after the last review, most governments of the region still cannot say how many of their citizens "
        "died or disappeared on the way.",
        "",
        "## What we ask the review to recommend",
        "",
        "1. A shared, public record of deaths and disappearances on the eastern route (objective 8).",
        "2. Consular help that reaches workers in the Gulf states before their contracts end, not after "
        "(objective 14).",
        "3. Recruitment without fees for the worker, checked by labour inspectors of both countries (objective 6).",
        "4. Return and reintegration that starts with what the returnee wants to do (objective 21).",
        "",
        "## Endorsing organisations",
        "",
    ]
    for e in D1_ORGS:
        if e["read_as"] == "coalition":
            out.append(f"- 🌍 {e['name']}[^1]")
        else:
            out.append(f"- {''.join(flag(c) for c in e['countries'])} {e['name']}")
    out += [
        "",
        "…and 14 more organisations whose names are available on request.",
        "",
        "## Individuals",
        "",
    ]
    for p, role in D1_PERSONS:
        out.append(f"- {flag(p['countries'][0])} {p['name']} — {role}")
    groups = "; ".join(f"{flag(g['countries'][0])} {g['name']}" for g in D1_GROUPS)
    out += [
        "",
        "---",
        "",
        "[^1]: The Platform endorses this submission together with the following groups, which asked "
        f"to be named: {groups}.",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


D1_NA = [
    D1_TITLE,
    "Submitted 3 December 2026",
    "Contact: submissions@hornmobility-platform.org",
    "Summary",
    "What we ask the review to recommend",
    "Endorsing organisations",
    "…and 14 more organisations whose names are available on request.",
    "Individuals",
    "human rights lawyer, Nairobi",
    "community interpreter",
    "Norrland Institute of Migration Research",
    "The Platform endorses this submission together with the following groups, which asked to be named:",
]
D1_NOTES = (
    "Countries are given only by flag emoji before each name (two flags for the watch: KE and UG); the "
    "platform carries a globe emoji (regional, no country). The platform's name is followed by a footnote "
    "marker '[^1]' that is not part of the name; the footnote at the end of the file names the four groups "
    "that endorse with it, each with a flag, separated by semicolons: they are its members (member_of), in "
    "document order after the individuals. 'Centre for Diaspora Studies, Harlow Fields University' is one name "
    "with a comma. Persons keep their titles ('Dr.', 'Prof.'); the role or institution after the em dash is not "
    "part of the name and no agent. The trailer '…and 14 more organisations' is no agent."
)


# --------------------------------------------------------------------------- 02 fr pdf: country prefix lines

D2_TITLE = "Déclaration de Saint-Louis sur la liberté de circulation en Afrique de l'Ouest"
D2_HEADER = "Forum citoyen ouest-africain sur les migrations – Déclaration de Saint-Louis"
D2_COAL = "Réseau Sahel Mobilités et Droits (RSMD)"
D2_FR = {
    "BJ": "Bénin",
    "BF": "Burkina Faso",
    "CI": "Côte d'Ivoire",
    "FR": "France",
    "ML": "Mali",
    "NE": "Niger",
    "SN": "Sénégal",
    "TG": "Togo",
}
D2_BY_COUNTRY = [
    ("BJ", ["Association Porto-Novo Accueil et Solidarité", "Collectif des Jeunes Rapatriés de Cotonou"]),
    (
        "BF",
        [
            "Maison du Voyageur de Bobo-Dioulasso",
            "Association Burkinabè pour les Droits des Travailleurs Saisonniers (ABDTS)",
        ],
    ),
    ("CI", ["Centre d'Écoute des Femmes Migrantes d'Abidjan (CEFMA)"]),
    ("FR", ["Collectif Solidarité Sahel-Marseille"]),
    ("ML", ["Association des Expulsés de Kayes pour la Dignité", "Groupe d'Entraide des Femmes de Retour de Ségou"]),
    ("SN", ["Comité Villageois pour une Migration Sûre de Thiaroye", "Observatoire Citoyen des Pirogues (OCP)"]),
]
D2_GROUPS = [
    ("ML", ["Jigiya Kalanso", "Association des Transporteurs Solidaires de Gao"]),
    ("NE", ["Agadez Hospitalité", "Tillabéri Femmes Debout"]),
]
D2_PERSONS = [
    ("Me Aïssata Koné-Traoré", "avocate au barreau de Bamako", "ML"),
    ("Pr Ousmane Faye", "géographe", "SN"),
    ("Sœur Marie-Claire Agbodjan", "religieuse", "TG"),
]


def d2_agents():
    out = [A(n, cc=[c]) for c, names in D2_BY_COUNTRY for n in names]
    out.append(A(D2_COAL, "coalition"))
    out += [A(n, cc=[c], of=D2_COAL) for c, names in D2_GROUPS for n in names]
    out += [A(n, "person", cc=[c]) for n, _, c in D2_PERSONS]
    return out


def d2_lines():
    lines = []
    for c, names in D2_BY_COUNTRY:
        lines.append((f"{D2_FR[c]} :", " ; ".join(names)))
    parts = []
    for c, names in D2_GROUPS:
        parts.append(f"au {D2_FR[c]} ({', '.join(names)})")
    lines.append(("Régional :", f"{D2_COAL}, qui signe pour ses associations {' et '.join(parts)}"))
    lines.append(("Personnalités :", " ; ".join(f"{n}, {r} ({D2_FR[c]})" for n, r, c in D2_PERSONS)))
    return lines


def build_pdf_02(path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=10)
    item = ParagraphStyle("i", parent=base, leftIndent=14, firstLineIndent=-14, spaceAfter=7)
    story = [Paragraph(esc(D2_TITLE), title)]
    body = [
        "Réunies à Saint-Louis du 26 au 28 novembre 2026, les associations du Forum citoyen constatent que "
        "la libre circulation promise par les textes communautaires s'arrête trop souvent au premier poste de "
        "contrôle : racket, refoulements, cartes d'identité confisquées.",
        "Nous demandons aux États de la région de publier les tarifs officiels aux frontières, de sanctionner "
        "les prélèvements illégaux, de reconnaître les documents d'identité des pays voisins et d'associer "
        "les organisations de migrants de retour au suivi du Pacte mondial pour les migrations.",
        "Nous demandons à l'Union européenne de cesser de financer des contrôles qui empêchent les habitants "
        "du Sahel de circuler chez eux.",
        "Fait à Saint-Louis, le 28 novembre 2026.",
    ]
    story += [Paragraph(esc(p), base) for p in body]
    story += [PageBreak(), Paragraph("Signataires (par pays)", title)]
    for label, text in d2_lines():
        story.append(Paragraph(f"<b>{esc(label)}</b> {esc(text)}", item))
    story += [Spacer(1, 10), Paragraph(esc("Secrétariat du Forum : forum.saintlouis@mobilites-ao.org"), base)]

    write_pdf(path, D2_TITLE, story, page_marks(D2_HEADER, "Page {page} / 2", "Helvetica-Oblique", 8))


D2_NA = [
    D2_TITLE,
    D2_HEADER,
    "Fait à Saint-Louis, le 28 novembre 2026.",
    "Signataires (par pays)",
    "Bénin :",
    "Burkina Faso :",
    "Côte d'Ivoire :",
    "France :",
    "Mali :",
    "Sénégal :",
    "Régional :",
    "Personnalités :",
    "qui signe pour ses associations",
    "avocate au barreau de Bamako",
    "géographe",
    "religieuse",
    "Secrétariat du Forum : forum.saintlouis@mobilites-ao.org",
    "Page 1 / 2",
    "Page 2 / 2",
]
D2_NOTES = (
    "Each line starts with a country in bold followed by ' :' and the organizations based there, separated by "
    "' ; ' (the country prefix is a layout place, no agent). 'Burkinabè' is a nationality adjective, no country "
    "in the name (the prefix gives BF). The 'Régional :' line holds the network and one sentence: it signs 'pour "
    "ses associations au Mali (A, B) et au Niger (C, D)': those four are its members (member_of), their country "
    "is the one the sentence names before the parenthesis; the network itself has no country. 'Personnalités :' "
    "are persons with titles kept as printed ('Me', 'Pr', 'Sœur'); the role after the comma is not part of the "
    "name; the country in parentheses is theirs."
)


# --------------------------------------------------------------------------- 03 es pdf: country printed once per group

D3_TITLE = "Carta abierta al Gobierno de Chile: regularización para las familias que ya viven aquí"
D3_HEADER = "Carta abierta – regularización migratoria en Chile"
D3_COAL = "Red Andina de Casas de Acogida – REDACA"
D3_ES = {"AR": "Argentina", "BO": "Bolivia", "CL": "Chile", "PE": "Perú", "VE": "Venezuela"}
D3_GROUPS = [
    (
        "AR",
        ["Asociación Puente Andino de Mendoza", "Centro de Estudios Fronterizos Patagonia, Universidad del Plata Sur"],
    ),
    ("BO", ["Pastoral de Movilidad Humana de Oruro", "Mujeres Aymaras en Tránsito (MAT)"]),
    (
        "CL",
        [
            "Fundación Casa Abierta Arica",
            "Clínica Jurídica Migrante de Antofagasta",
            "Sindicato de Trabajadoras de Casa Particular Venezolanas en Chile",
        ],
    ),
    ("PE", ["Asociación Tacna Sin Fronteras"]),
    ("VE", ["Observatorio Caraqueño de Retornos"]),
]
D3_MEMBERS = [("Albergue San Roque de Puno", "PE"), ("Casa Wayra", "BO"), ("Hogar de Paso Altiplano Norte", "CL")]
D3_PERSONS = [
    ("Dra. Valentina Quispe Mamani", "Antropóloga, investigadora independiente", "BO"),
    ("P. Jorge Ignacio Saavedra Ruiz", "Sacerdote, capellán de migrantes", "CL"),
    ("Rosa Elvira Ccori Huamán", "Abogada", "PE"),
]


def d3_agents():
    out = [A(n, cc=[c]) for c, names in D3_GROUPS for n in names]
    out.append(A(D3_COAL, "coalition"))
    out += [A(n, cc=[c], of=D3_COAL) for n, c in D3_MEMBERS]
    out += [A(n, "person", cc=[c]) for n, _, c in D3_PERSONS]
    return out


def build_pdf_03(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
    title = ParagraphStyle("t", parent=base, fontName="Times-Bold", fontSize=14, leading=18, spaceAfter=10)
    head = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=11, spaceBefore=8)
    note = ParagraphStyle("n", parent=base, fontSize=9.5, leading=12.5)
    story = [
        Paragraph(esc("Santiago, 2 de diciembre de 2026"), base),
        Paragraph(esc("Señor Ministro del Interior"), base),
        Spacer(1, 6),
        Paragraph(esc(D3_TITLE), title),
    ]
    body = [
        "Miles de familias que llegaron al país por pasos no habilitados trabajan, arriendan y mandan a sus hijos "
        "a la escuela en Chile desde hace años, sin un documento que lo reconozca. Cada mes sin permiso es un mes "
        "de sueldos más bajos, de arriendos abusivos y de miedo a pedir ayuda.",
        "Las organizaciones firmantes pedimos un proceso de regularización abierto a quienes puedan acreditar "
        "arraigo, con costos al alcance de un salario mínimo, y que la expulsión administrativa no se use "
        "mientras el proceso siga abierto.",
        "Quedamos a disposición para reunirnos con su equipo.",
    ]
    story += [Paragraph(esc(p), base) for p in body]
    story += [PageBreak(), Paragraph("Organizaciones firmantes", head), Spacer(1, 4)]
    rows = [["País", "Organización"]]
    spans = []
    for c, names in D3_GROUPS:
        start = len(rows)
        for i, n in enumerate(names):
            rows.append([D3_ES[c] if i == 0 else "", n])
        if len(names) > 1:
            spans.append(("SPAN", (0, start), (0, len(rows) - 1)))
    rows.append(["Regional", f"{D3_COAL} (*)"])
    style = [
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
        ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        *spans,
    ]
    t = Table(rows, colWidths=[90, 380])
    t.setStyle(TableStyle(style))
    story.append(t)
    members = ", ".join(f"{n} ({D3_ES[c]})" for n, c in D3_MEMBERS[:-1])
    last = D3_MEMBERS[-1]
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            esc(f"(*) Suscriben además, por intermedio de la Red: {members} y {last[0]} ({D3_ES[last[1]]})."), note
        )
    )
    story += [Spacer(1, 8), Paragraph("Firmas personales", head), Spacer(1, 4)]
    prow = [["Nombre", "Cargo", "País"]] + [[n, r, D3_ES[c]] for n, r, c in D3_PERSONS]
    pt = Table(prow, colWidths=[170, 220, 80])
    pt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
        )
    )
    story.append(pt)
    story += [Spacer(1, 10), Paragraph(esc("Contacto: cartaregularizacion@redaca.org"), note)]

    write_pdf(
        path,
        D3_TITLE,
        story,
        page_marks(
            D3_HEADER, "Página {page} de 2", "Times-Italic", 9, pagesize=LETTER, inset=(72, 40, 32), centred=True
        ),
        pagesize=LETTER,
        margins=(72, 72, 64, 60),
    )


D3_NA = [
    D3_TITLE,
    D3_HEADER,
    "Santiago, 2 de diciembre de 2026",
    "Señor Ministro del Interior",
    "Organizaciones firmantes",
    "País",
    "Organización",
    "Regional",
    "(*) Suscriben además, por intermedio de la Red:",
    "Firmas personales",
    "Nombre",
    "Cargo",
    "Antropóloga, investigadora independiente",
    "Sacerdote, capellán de migrantes",
    "Abogada",
    "Contacto: cartaregularizacion@redaca.org",
    "Página 1 de 2",
    "Página 2 de 2",
]
D3_NOTES = (
    "A two-column table 'País | Organización' where the country cell is printed once for a group of rows "
    "(merged cell, top-aligned); every organization in the group is based in that country. The network's row "
    "('Regional') ends with ' (*)', a marker that is not part of the name; the note '(*)' below the table names "
    "three groups that sign 'por intermedio de la Red', each with its country in parentheses: they are its "
    "members (member_of). The network's acronym after a dash is kept. 'Venezolanas' is a nationality adjective; "
    "'… en Chile' names a country in the name, but the column already gives CL, so no countries_in_name. "
    "Persons in a second table 'Nombre | Cargo | País': titles ('Dra.', 'P.') kept, the Cargo cell is no agent."
)


# --------------------------------------------------------------------------- 04 es html: petition feed

D4_TITLE = "Alto a las deportaciones exprés de familias en la frontera sur de México"
D4_PUBLISHER = "Voces en Marcha, A.C."
D4_COAL = "Coordinadora Centroamericana de Caminantes (COCECA)"
D4_MEMBERS = [
    ("Casa Refugio El Ceibo", "GT", "Guatemala"),
    ("Asociación de Madres de Migrantes Desaparecidos de Choluteca", "HN", "Honduras"),
    ("Comité de Retornados de Usulután", "SV", "El Salvador"),
]
# (agent, place line, time, comment)
D4_FEED = [
    (A("Colectivo Frontera Digna", cc=["MX"]), "Tapachula, México", "hace 2 horas", ""),
    (
        A("María Fernanda Robledo Castañeda", "person", cc=["MX"]),
        "Ciudad de México, México",
        "hace 3 horas",
        "Firmo porque mi abuela también cruzó este río con sus hijos.",
    ),
    (A("Servicio Jurídico Popular Itzel, A.C.", cc=["MX"]), "Oaxaca, México", "hace 5 horas", ""),
    (
        A(D4_COAL, "coalition"),
        "Regional",
        "hace 6 horas",
        "Firmamos como coordinadora y con nosotros firman nuestras organizaciones de base: "
        + ", ".join(f"{n} ({p})" for n, _, p in D4_MEMBERS[:-1])
        + f" y {D4_MEMBERS[-1][0]} ({D4_MEMBERS[-1][2]}).",
    ),
    (A("Mujeres Garífunas en Movimiento", cc=["HN"]), "La Ceiba, Honduras", "hace 8 horas", ""),
    (A("Gabriel Antonio Ixcoy Tuyuc", "person", cc=["GT"]), "Quetzaltenango, Guatemala", "hace 9 horas", ""),
    (
        A("Parroquia Cristo Peregrino de San Antonio", cc=["US"]),
        "Texas, Estados Unidos",
        "hace 11 horas",
        "Acompañamos a las familias que llegan a nuestra parroquia después de haber sido devueltas dos o tres veces.",
    ),
    (A("Asociación Haitianos Unidos en Tijuana", cc=["MX"]), "Tijuana, México", "hace 12 horas", ""),
    (
        A("Observatorio de Derechos en Movilidad de la Universidad Autónoma del Soconusco", cc=["MX"]),
        "Chiapas, México",
        "hace 14 horas",
        "",
    ),
    (A("Ana Lucía Ferreira Duarte", "person", cc=["UY"]), "Montevideo, Uruguay", "hace 1 día", ""),
    (A("Colectivo Barrial de Apoyo Mutuo Xochimilco", cc=["MX"]), "Ciudad de México, México", "hace 1 día", ""),
]


def d4_agents():
    out = []
    for a, _, _, _ in D4_FEED:
        out.append(a)
        if a["read_as"] == "coalition":
            out += [A(n, cc=[c], of=D4_COAL) for n, c, _ in D4_MEMBERS]
    return out


def build_html_04(path):
    items = []
    for a, place, when, comment in D4_FEED:
        c = f'\n          <p class="comentario">“{esc(comment)}”</p>' if comment else ""
        items.append(
            '        <li class="firma">\n'
            f'          <span class="avatar">{esc(a["name"][0])}</span>\n'
            f'          <span class="nombre">{esc(a["name"])}</span>\n'
            f'          <span class="lugar">{esc(place)}</span>\n'
            f'          <time class="hace">{esc(when)}</time>{c}\n'
            "        </li>"
        )
    page = f"""<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>{esc(D4_TITLE)} · Voces en Marcha</title>
  <style>.firma {{ border-bottom: 1px solid #ddd; padding: 8px 0; }} .avatar {{ display: none; }}</style>
</head>
<body>
  <div id="cookies" class="banner">
    <p>Usamos cookies propias y de terceros para medir el alcance de las peticiones.</p>
    <button>Aceptar</button> <button>Rechazar</button>
  </div>
  <header>
    <a class="logo" href="/">Voces en Marcha</a>
    <nav>
      <ul>
        <li><a href="/peticiones">Peticiones</a></li>
        <li><a href="/crear">Crear una petición</a></li>
        <li><a href="/entrar">Iniciar sesión</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{esc(D4_TITLE)}</h1>
      <p class="autor">Creada por: Equipo de campañas de Voces en Marcha ·
        Dirigida a: Instituto Nacional de Migración</p>
      <div class="contador"><strong>1.284</strong> firmas · Meta: 2.000</div>
      <section class="texto">
        <p>En los últimos meses, familias enteras han sido subidas a autobuses y devueltas a la frontera con
        Guatemala horas después de ser detenidas, sin ver a un abogado ni saber que podían pedir asilo.</p>
        <p>Pedimos que ninguna familia sea devuelta sin una entrevista individual, con intérprete cuando lo
        necesite, y que las estaciones migratorias permitan la entrada de organizaciones de derechos humanos.</p>
      </section>
      <div class="compartir">
        <span>Compartir:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
        <a href="#">Copiar enlace</a>
      </div>
      <section class="firmas">
        <h2>Últimas firmas</h2>
        <ul>
{chr(10).join(items)}
        </ul>
        <p class="mas"><a href="#">Ver 1.273 firmas más</a></p>
      </section>
    </article>
  </main>
  <footer>
    <p>© 2026 {esc(D4_PUBLISHER)} · Ciudad de México · <a href="/privacidad">Aviso de privacidad</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


D4_NA = [
    D4_TITLE,
    "Usamos cookies propias y de terceros para medir el alcance de las peticiones.",
    "Aceptar",
    "Rechazar",
    "Voces en Marcha",
    "Peticiones",
    "Crear una petición",
    "Iniciar sesión",
    "Creada por: Equipo de campañas de Voces en Marcha",
    "Dirigida a: Instituto Nacional de Migración",
    "firmas · Meta: 2.000",
    "Compartir:",
    "WhatsApp",
    "Facebook",
    "Copiar enlace",
    "Últimas firmas",
    "Regional",
    "hace 2 horas",
    "hace 1 día",
    "Tapachula, México",
    "Firmo porque mi abuela también cruzó este río con sus hijos.",
    "Ver 1.273 firmas más",
    D4_PUBLISHER,
    "Aviso de privacidad",
]
D4_NOTES = (
    "Saved page of a petition site: the signatures are a feed, newest first, each with a hidden one-letter "
    "avatar, the name, a place line ('Ciudad, País' or 'Regional'), a relative time and sometimes a comment in "
    "quotes. Organizations and persons are mixed in the feed and not labelled; read_as follows the names. The "
    "country is the one after the comma in the place line (the town is no agent; 'Texas, Estados Unidos' gives "
    "US). The coordinator's comment says its base groups sign with it and names them with their countries in "
    "parentheses: they are its members (member_of). Comments, times, the counter, 'Ver 1.273 firmas más', the "
    "petition's author line, addressee, navigation, cookie banner, share links and the footer naming the site's "
    "publisher are no agents. 'Haitianos' is a nationality. 'Servicio Jurídico Popular Itzel, A.C.' keeps its "
    "legal form after the comma."
)


# --------------------------------------------------------------------------- 05 pt html: ISO tags and an accordion

D5_TITLE = "Nota pública: acolhida não pode depender de vaga em abrigo"
D5_PUBLISHER = "Observatório das Migrações do Sul"
D5_COAL = "Fórum Permanente de Mobilidade Humana do Paraná (FPMH-PR)"
D5_BEFORE = [
    A("Centro de Apoio ao Migrante de Cascavel", cc=["BR"]),
    A("Coletivo Bolivianas na Costura", cc=["BR"]),
    A("Instituto Terra de Acolhida – ITA", cc=["BR"]),
    A("Pastoral da Mobilidade Humana de Lages", cc=["BR"]),
]
D5_MEMBERS = [
    A("Associação dos Venezuelanos de Ponta Grossa", cc=["BR"], of=D5_COAL),
    A("Centro de Direitos Humanos de Toledo", cc=["BR"], of=D5_COAL),
    A("Núcleo de Acolhida Maria Mãe dos Caminhantes", cc=["BR"], of=D5_COAL),
]
D5_AFTER = [
    A("Casa Comum das Migrantes do Porto", cc=["PT"]),
    A("Clínica de Direitos Humanos e Migração, Faculdade de Direito de Foz", cc=["BR"]),
    A("Asociación Guaraní de Retornados de Ciudad del Este", cc=["PY"]),
    A("Coletivo Haitiano Lakay Nou", cc=["BR"]),
    A("Cozinha Solidária do Oeste", cc=["BR"]),
]
D5_PERSONS = [
    ("Luciana Bertolini Rocha", "professora de Geografia, para fins de identificação"),
    ("Pe. Adalberto Nunes Siqueira", "missionário"),
    ("Yolette Jean-Baptiste", "liderança comunitária"),
]


def d5_agents():
    return (
        D5_BEFORE
        + [A(D5_COAL, "coalition", cc=["BR"])]
        + D5_MEMBERS
        + D5_AFTER
        + [A(n, "person") for n, _ in D5_PERSONS]
    )


def _li5(a, indent):
    cc = a["countries"][0]
    return f'{indent}<li>{esc(a["name"])} <span class="pais">[{cc}]</span></li>'


def build_html_05(path):
    pad = " " * 10
    before = "\n".join(_li5(a, pad) for a in D5_BEFORE)
    members = "\n".join(_li5(a, pad + "    ") for a in D5_MEMBERS)
    after = "\n".join(_li5(a, pad) for a in D5_AFTER)
    persons = "\n".join(f"{pad}<li>{esc(n)} <em>({esc(r)})</em></li>" for n, r in D5_PERSONS)
    page = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
  <meta charset="utf-8">
  <title>{esc(D5_TITLE)} – {esc(D5_PUBLISHER)}</title>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="aviso-cookies">
    Este site usa cookies para lembrar suas preferências. <a href="/privacidade">Saiba mais</a>
    <button>Entendi</button>
  </div>
  <header>
    <p class="marca">{esc(D5_PUBLISHER)}</p>
    <nav>
      <a href="/">Início</a> | <a href="/notas">Notas públicas</a> | <a href="/dados">Dados</a> |
      <a href="/quem-somos">Quem somos</a>
    </nav>
  </header>
  <main>
    <p class="migalhas"><a href="/">Início</a> › <a href="/notas">Notas públicas</a></p>
    <h1>{esc(D5_TITLE)}</h1>
    <p class="data">Publicado em 1º de dezembro de 2026</p>
    <p>Nas cidades da fronteira oeste, famílias recém-chegadas passam noites na rodoviária porque os abrigos
    municipais estão lotados e a acolhida só começa quando aparece uma vaga. Documentação, matrícula escolar e
    atendimento de saúde ficam parados à espera de um endereço.</p>
    <p>Pedimos aos municípios e ao governo estadual que a acolhida comece no primeiro dia, com atendimento
    documental e de saúde independente do abrigo, e que o financiamento federal chegue às cidades de fronteira
    de acordo com o número real de pessoas atendidas.</p>
    <h2>Quem assina</h2>
    <ul class="signatarias">
{before}
          <li>
            <details>
              <summary>{esc(D5_COAL)} <span class="pais">[BR]</span>
                — ver as 3 entidades que assinam pelo Fórum</summary>
              <ul>
{members}
              </ul>
            </details>
          </li>
{after}
    </ul>
    <h3>Apoiam também, a título pessoal:</h3>
    <ul class="pessoas">
{persons}
    </ul>
    <div class="compartilhe">
      Compartilhe: <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">Telegram</a> ·
      <a href="#">E-mail</a>
    </div>
  </main>
  <footer>
    <p>{esc(D5_PUBLISHER)} · Foz do Iguaçu (PR) · contato@observatoriosul.org.br</p>
    <p>Conteúdo sob licença CC BY 4.0</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


D5_NA = [
    D5_TITLE,
    "Este site usa cookies para lembrar suas preferências.",
    "Saiba mais",
    "Entendi",
    D5_PUBLISHER,
    "Início",
    "Notas públicas",
    "Dados",
    "Quem somos",
    "Publicado em 1º de dezembro de 2026",
    "Quem assina",
    "[BR]",
    "[PT]",
    "[PY]",
    "— ver as 3 entidades que assinam pelo Fórum",
    "Apoiam também, a título pessoal:",
    "professora de Geografia, para fins de identificação",
    "missionário",
    "liderança comunitária",
    "Compartilhe:",
    "Telegram",
    "contato@observatoriosul.org.br",
    "Conteúdo sob licença CC BY 4.0",
]
D5_NOTES = (
    "Saved page of an observatory (cookie notice, nav, breadcrumb, share links, footer naming the publisher). "
    "Each organization is an <li> followed by an ISO 3166 code in square brackets ('[BR]', '[PT]', '[PY]'), which "
    "is its country and no agent. The forum is an <li> holding a <details> accordion: its <summary> gives the "
    "name, '[BR]' and '— ver as 3 entidades que assinam pelo Fórum'; the three entities inside the accordion are "
    "its members (member_of). '(FPMH-PR)' names a Brazilian state, no country; 'Venezuelanos', 'Bolivianas', "
    "'Haitiano' and 'Guaraní' are nationalities or peoples, no country. The dash-acronym ('– ITA') is kept as "
    "printed. The persons sign 'a título "
    "pessoal' with a role in parentheses that is no agent; no country is printed for them."
)


# --------------------------------------------------------------------------- 06 en docx: tab column, indented groups

D6_TITLE = "Open letter on the seasonal agricultural worker program"
D6_COAL = "Canadian Alliance for Migrant Farmworker Justice (CAMFJ)"
D6_EN = {
    "CA": "Canada",
    "JM": "Jamaica",
    "GT": "Guatemala",
    "PH": "Philippines",
    "MX": "Mexico",
    "US": "United States",
    "TT": "Trinidad and Tobago",
}
D6_BEFORE = [
    A("Okanagan Orchard Workers' Support Centre", cc=["CA"]),
    A("Niagara Migrant Farmworker Legal Clinic", cc=["CA"]),
    A("Kingston Parish Seasonal Workers Association", cc=["JM"]),
    A("Asociación de Trabajadores Agrícolas Temporales de Chimaltenango (ATATCH)", cc=["GT"]),
    A("Bayanihan Caregivers' Collective of Manitoba", cc=["CA"]),
    A("Kalinga Overseas Workers Family Circle", cc=["PH"]),
    A("Centro de Apoyo al Jornalero Migrante, A.C.", cc=["MX"]),
]
D6_MEMBERS = [
    A("Leamington Workers' Kitchen", cc=["CA"], of=D6_COAL),
    A("Prairie Harvest Solidarity Group", cc=["CA"], of=D6_COAL),
    A("Chatham-Kent Bunkhouse Committee", cc=["CA"], of=D6_COAL),
]
D6_AFTER = [
    A("Farmworker Health Research Unit, Lakeshore Institute of Technology", cc=["CA"]),
    A("Hudson Valley Rural Justice Project", cc=["US"]),
    A("Caribbean Seasonal Labour Desk", cc=["TT"]),
]
D6_PERSONS = [
    ("Dr. Patricia Mensah-Boateng", "Associate Professor of Labour Studies, Lakeshore Institute of Technology"),
    ("Rafael Ortega Villalobos", "former seasonal worker and organizer"),
    ("Sister Joan McAllister", "St. Brigid's Welcome House"),
]


def d6_agents():
    return (
        D6_BEFORE
        + [A(D6_COAL, "coalition", cc=["CA"])]
        + D6_MEMBERS
        + D6_AFTER
        + [A(n, "person") for n, _ in D6_PERSONS]
    )


def build_docx_06(path):
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    doc = new_docx()
    doc.add_paragraph("3 December 2026")
    doc.add_paragraph(
        "The Honourable Minister of Immigration, Refugees and Citizenship\nHouse of Commons\nOttawa, Ontario"
    )
    doc.add_heading(D6_TITLE, level=1)
    doc.add_paragraph("Dear Minister,")
    for p in [
        "Every spring, thousands of workers arrive on permits that tie them to a single farm. If the employer "
        "withholds wages, crowds twelve people into a bunkhouse or sends an injured worker home, leaving means "
        "losing the right to stay. We have seen the cost of that dependence season after season.",
        "We ask you to replace employer-specific permits with open sectoral permits for agricultural workers, "
        "to give every seasonal worker a path to permanent residence after two seasons, and to fund independent "
        "worker support centres in every region that receives seasonal workers.",
        "We would welcome the chance to meet with you before the next season's quotas are set.",
        "Sincerely,",
    ]:
        doc.add_paragraph(p)

    def row(text, country, indent=0.0, italic=False):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT)
        pf.space_after = Pt(2)
        if indent:
            pf.left_indent = Inches(indent)
        r = par.add_run(f"{text}\t{country}")
        r.italic = italic

    head = doc.add_paragraph()
    head.add_run("Organizational signatories").bold = True
    for a in D6_BEFORE:
        row(a["name"], D6_EN[a["countries"][0]])
    row(D6_COAL, "Canada")
    note = doc.add_paragraph("The Alliance adds the names of the local groups that helped draft this letter:")
    note.paragraph_format.left_indent = Inches(0.4)
    for a in D6_MEMBERS:
        row(a["name"], D6_EN[a["countries"][0]], indent=0.4, italic=True)
    for a in D6_AFTER:
        row(a["name"], D6_EN[a["countries"][0]])
    head = doc.add_paragraph()
    head.add_run("Signing in a personal capacity (affiliations for identification only)").bold = True
    for n, r in D6_PERSONS:
        doc.add_paragraph(f"{n}, {r}")
    doc.add_paragraph("cc: Standing Committee on Citizenship and Immigration")
    doc.add_paragraph("Contact: letters@camfj.ca")
    deterministic_docx(doc, path)


D6_NA = [
    "3 December 2026",
    "The Honourable Minister of Immigration, Refugees and Citizenship",
    "House of Commons",
    D6_TITLE,
    "Dear Minister,",
    "Sincerely,",
    "Organizational signatories",
    "Canada",
    "Jamaica",
    "Guatemala",
    "Philippines",
    "Mexico",
    "United States",
    "Trinidad and Tobago",
    "The Alliance adds the names of the local groups that helped draft this letter:",
    "Signing in a personal capacity (affiliations for identification only)",
    "Associate Professor of Labour Studies, Lakeshore Institute of Technology",
    "former seasonal worker and organizer",
    "St. Brigid's Welcome House",
    "cc: Standing Committee on Citizenship and Immigration",
    "Contact: letters@camfj.ca",
]
D6_NOTES = (
    "Word letter: each organization is a plain paragraph 'Name<TAB>Country' with a right-aligned tab stop, so the "
    "country reads as a column (no list style, no numbering). The alliance's paragraph is followed by a sentence "
    "('adds the names of the local groups that helped draft this letter:') and three italic paragraphs indented "
    "by paragraph formatting only (no list level): they are its members (member_of); the plain paragraphs after "
    "them, back at the margin, sign directly. 'Canadian' is a nationality adjective (the column gives CA). "
    "'Farmworker Health Research Unit, Lakeshore Institute of Technology' and 'Centro de Apoyo al Jornalero "
    "Migrante, A.C.' are single names with commas. Persons: 'Name, affiliation' with affiliations for "
    "identification only (no agents, not part of the name); titles ('Dr.', 'Sister') kept; no country printed. "
    "The addressee, 'cc:' and contact lines are no agents."
)


# --------------------------------------------------------------------------- 07 fr txt: fixed-width columns, tree

D7_TITLE = "APPEL COMMUN : DES VOIES DE RÉGULARISATION POUR LES TRAVAILLEUSES ET TRAVAILLEURS SANS PAPIERS"
D7_COAL = "Réseau Solidarité Méditerranée (RSM)"
D7_FRC = {"BE": "Belgique", "FR": "France", "MA": "Maroc", "TN": "Tunisie", "CD": "RD Congo", "CH": "Suisse"}
D7_ROWS = [
    A("Collectif des Travailleurs Sans Papiers de Charleroi", cc=["BE"]),
    A("Maison Médicale du Quartier Nord, asbl", cc=["BE"]),
    A(D7_COAL, "coalition"),
    A("Association Tanger Accueil", cc=["MA"], of=D7_COAL),
    A("Comité des Familles de Disparus en Mer de Zarzis", cc=["TN"], of=D7_COAL),
    A("Foyer des Exilés du Calaisis", cc=["FR"], of=D7_COAL),
    A("Ligue Congolaise pour la Dignité des Migrants (LCDM)", cc=["CD"]),
    A("Association Suisse-Maghreb pour l'Hospitalité", cc=["CH"]),
    A("Syndicat des Aides Ménagères Sans Statut (SAMS)", cc=["BE"]),
    A("Permanence Juridique des Exilés de Lille", cc=["FR"]),
    A("Centre d'Études sur les Frontières, Université Libre de Namur", cc=["BE"]),
    A("Association Sénégalaise des Femmes de Molenbeek", cc=["BE"]),
    A("Entraide Protestante du Hainaut", cc=["BE"]),
]
D7_PERSONS = [
    (A("MERTENS, Anne-Sophie", "person", cc=["BE"]), "avocate au barreau de Liège"),
    (A("BENSALEM, Karim", "person", cc=["FR"]), "médecin généraliste"),
    (A("MUKENDI, Grâce", "person", cc=["CD"]), "travailleuse sociale"),
]
D7_W = 66


def d7_agents():
    return D7_ROWS + [p for p, _ in D7_PERSONS]


def build_txt_07(path):
    rule = "=" * 78
    thin = "-" * 78
    out = [
        D7_TITLE,
        "",
        "Bruxelles, le 2 décembre 2026",
        "",
        "Des dizaines de milliers de personnes travaillent en Belgique sans titre de séjour : dans le",
        "nettoyage, la construction, l'aide à domicile, la restauration. Elles paient des loyers et",
        "parfois des cotisations, mais ne peuvent ni porter plainte contre un employeur qui ne les",
        "paie pas, ni se soigner sans crainte.",
        "",
        "Nous demandons au gouvernement fédéral des critères de régularisation clairs et publics",
        "(travail, ancienneté de présence, attaches familiales), examinés par une commission",
        "indépendante, et la fin des arrestations sur le lieu de travail pendant l'examen des demandes.",
        "",
        "",
        "SIGNATAIRES",
        rule,
        f"{'Organisation':<{D7_W}}Pays",
        thin,
    ]
    for i, a in enumerate(D7_ROWS):
        if a["of"]:
            last = i + 1 == len(D7_ROWS) or not D7_ROWS[i + 1]["of"]
            label = ("└─ " if last else "├─ ") + a["name"]
        else:
            label = a["name"]
        country = D7_FRC[a["countries"][0]] if a["countries"] else "régional"
        out.append(f"{label:<{D7_W}}{country}")
    out += [
        thin,
        "… et 23 autres organisations (liste complète sur demande)",
        "",
        "SIGNATURES INDIVIDUELLES",
        rule,
    ]
    for p, role in D7_PERSONS:
        out.append(f"{p['name'] + ' — ' + role:<{D7_W}}{D7_FRC[p['countries'][0]]}")
    out += [
        thin,
        "",
        "Contact presse : appel.regularisation@rsm-solidarite.be — +32 2 000 00 00",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


D7_NA = [
    D7_TITLE,
    "Bruxelles, le 2 décembre 2026",
    "SIGNATAIRES",
    "Organisation",
    "Pays",
    "régional",
    "Belgique",
    "RD Congo",
    "… et 23 autres organisations (liste complète sur demande)",
    "SIGNATURES INDIVIDUELLES",
    "avocate au barreau de Liège",
    "médecin généraliste",
    "travailleuse sociale",
    "Contact presse : appel.regularisation@rsm-solidarite.be",
]
D7_NOTES = (
    "Plain text as exported from a spreadsheet: fixed-width columns 'Organisation' and 'Pays' (padded with "
    "spaces; the country column is a layout place and no agent), ruled with '=' and '-'. The network's row says "
    "'régional' (no country); the three rows below it drawn with tree characters '├─' / '└─' are its members "
    "(member_of); the tree characters are not part of the names. 'Congolaise', 'Sénégalaise' are nationalities; "
    "'Suisse-Maghreb' names Switzerland but the column already gives CH, so no countries_in_name. 'Maison "
    "Médicale du Quartier Nord, asbl' keeps its legal form after the comma; 'Centre d'Études sur les Frontières, "
    "Université Libre de Namur' is one name. Persons are written surname first in capitals with a comma "
    "('MERTENS, Anne-Sophie'): the gold keeps the name as printed; the role after the em dash is no agent; the "
    "country is in the column. '… et 23 autres organisations' is a trailer, no agent."
)


# --------------------------------------------------------------------------- 08 pt docx: capitals, line breaks

D8_TITLE = "Carta aberta ao Governo: regularizar quem já trabalha e desconta em Portugal"
D8_COAL = "PLATAFORMA LUSÓFONA PELA MOBILIDADE JUSTA"
D8_PT = {"PT": "Portugal", "AO": "Angola", "ST": "São Tomé e Príncipe", "BR": "Brasil", "CV": "Cabo Verde"}
D8_BEFORE = [
    A("ASSOCIAÇÃO DE IMIGRANTES DO ALENTEJO LITORAL", cc=["PT"]),
    A("COLETIVO TRABALHADORAS DOMÉSTICAS EM LUTA", cc=["PT"]),
    A("SINDICATO DOS TRABALHADORES AGRÍCOLAS DO OESTE – STAO", cc=["PT"]),
]
D8_MEMBERS = [
    A("ASSOCIAÇÃO CABO-VERDIANA DA AMADORA", cc=["PT"], of=D8_COAL),
    A("CENTRO DE APOIO AO RETORNADO DE LUANDA", cc=["AO"], of=D8_COAL),
    A("NÚCLEO DE ESTUDANTES MOÇAMBICANOS EM COIMBRA", cc=["PT"], of=D8_COAL),
    A("FÓRUM SÃO-TOMENSE DE MIGRAÇÕES", cc=["ST"], of=D8_COAL),
]
D8_AFTER = [
    A("CENTRO DE DIREITOS HUMANOS DO PORTO", cc=["PT"]),
    A("ASSOCIAÇÃO BRASILEIRA DE MULHERES EM LISBOA", cc=["PT"]),
    A("COOPERATIVA SOCIAL MÃOS DADAS, CRL", cc=["PT"]),
    A("INSTITUTO DE PESQUISA MIGRAÇÃO E TRABALHO – IPMT", cc=["BR"]),
    A("COMUNIDADE NEPALESA DE ODEMIRA", cc=["PT"]),
]
D8_PERSONS = [
    ("Maria do Céu Fontoura Barros", "socióloga"),
    ("Ir. Albertina Mussa Cuamba", "religiosa"),
    ("Dr. Tiago Rebelo Sequeira", "advogado"),
]


def d8_agents():
    return D8_BEFORE + [A(D8_COAL, "coalition")] + D8_MEMBERS + D8_AFTER + [A(n, "person") for n, _ in D8_PERSONS]


def build_docx_08(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = new_docx("Arial", 10.5)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(D8_TITLE).bold = True
    for p in [
        "Exmo. Senhor Primeiro-Ministro,",
        "Milhares de pessoas imigrantes trabalham em Portugal com contrato, descontam para a Segurança Social e "
        "pagam impostos, mas esperam há mais de dois anos por uma resposta ao seu pedido de autorização de "
        "residência. Sem título válido, não podem visitar a família, mudar de emprego com segurança ou "
        "renovar a carta de condução.",
        "As entidades e pessoas abaixo assinadas pedem a conclusão dos processos pendentes num prazo definido, "
        "a emissão imediata de um comprovativo que permita viajar e trabalhar enquanto o processo decorre, e "
        "a abertura de um canal de regularização para quem comprove trabalho e descontos.",
        "Com os melhores cumprimentos,",
    ]:
        doc.add_paragraph(p)

    def block(lines):
        par = doc.add_paragraph()
        for i, line in enumerate(lines):
            r = par.add_run(line)
            if i + 1 < len(lines):
                r.add_break()

    h = doc.add_paragraph()
    h.add_run("ENTIDADES SIGNATÁRIAS").bold = True
    lines = [f"{a['name']} / {D8_PT[a['countries'][0]]}" for a in D8_BEFORE]
    lines.append(f"{D8_COAL}, QUE ASSINA TAMBÉM EM NOME DE:")
    lines += [f"      » {a['name']} / {D8_PT[a['countries'][0]]}" for a in D8_MEMBERS]
    lines += [f"{a['name']} / {D8_PT[a['countries'][0]]}" for a in D8_AFTER]
    block(lines)
    h = doc.add_paragraph()
    h.add_run("PESSOAS SINGULARES").bold = True
    block([f"{n} ({r})" for n, r in D8_PERSONS])
    doc.add_paragraph("Lisboa, 3 de dezembro de 2026")
    doc.add_paragraph("Contacto: cartaaberta.regularizar@gmail.com")
    deterministic_docx(doc, path)


D8_NA = [
    D8_TITLE,
    "Exmo. Senhor Primeiro-Ministro,",
    "Com os melhores cumprimentos,",
    "ENTIDADES SIGNATÁRIAS",
    "QUE ASSINA TAMBÉM EM NOME DE:",
    "/ Portugal",
    "/ Angola",
    "/ São Tomé e Príncipe",
    "/ Brasil",
    "PESSOAS SINGULARES",
    "socióloga",
    "religiosa",
    "advogado",
    "Lisboa, 3 de dezembro de 2026",
    "Contacto: cartaaberta.regularizar@gmail.com",
]
D8_NOTES = (
    "Word letter: the entities are written in capitals inside ONE paragraph, one per line with manual line "
    "breaks (no list style), each followed by ' / País' (the country, no agent). The platform's line ends with "
    "', QUE ASSINA TAMBÉM EM NOME DE:' (not part of the name; the platform prints no country) and the four lines "
    "below it, indented with spaces and '»', are its members (member_of); lines without '»' after them sign "
    "directly. 'CABO-VERDIANA', 'MOÇAMBICANOS', 'SÃO-TOMENSE', 'BRASILEIRA', 'NEPALESA' are nationalities, no "
    "country in the name. 'COOPERATIVA SOCIAL MÃOS DADAS, CRL' keeps its legal form; dash-acronyms ('– STAO', "
    "'– IPMT') are kept. Persons under 'PESSOAS SINGULARES' in a second line-broken paragraph with their "
    "profession in parentheses (no agent); titles ('Ir.', 'Dr.') kept; no country printed."
)


# --------------------------------------------------------------------------- registry

DOCS = [
    ("h10-01-en-md-flags-footnote", "md", "en", "md-flags-footnote-members", build_md_01, d1_agents, D1_NA, D1_NOTES),
    ("h10-02-fr-pdf-country-prefix", "pdf", "fr", "pdf-country-prefix-lines", build_pdf_02, d2_agents, D2_NA, D2_NOTES),
    ("h10-03-es-pdf-rowspan-table", "pdf", "es", "pdf-table-country-rowspan", build_pdf_03, d3_agents, D3_NA, D3_NOTES),
    ("h10-04-es-html-petition-feed", "html", "es", "webpage-petition-feed", build_html_04, d4_agents, D4_NA, D4_NOTES),
    ("h10-05-pt-html-accordion", "html", "pt", "webpage-iso-tags-accordion", build_html_05, d5_agents, D5_NA, D5_NOTES),
    ("h10-06-en-docx-tab-column", "docx", "en", "docx-tab-column-indented", build_docx_06, d6_agents, D6_NA, D6_NOTES),
    (
        "h10-07-fr-txt-fixed-columns-tree",
        "txt",
        "fr",
        "txt-fixed-columns-tree",
        build_txt_07,
        d7_agents,
        D7_NA,
        D7_NOTES,
    ),
    (
        "h10-08-pt-docx-caps-softbreaks",
        "docx",
        "pt",
        "docx-caps-line-breaks",
        build_docx_08,
        d8_agents,
        D8_NA,
        D8_NOTES,
    ),
]


def rows(agents):
    return [kit.Gold(e["name"], e["read_as"], e["countries"], e["in_name"], e["of"]) for e in agents]


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows)


if __name__ == "__main__":
    sys.exit(main())
