# ruff: noqa: RUF001  (the documents print en dashes, guillemets and other typographic characters on purpose)
"""Generate the blind held-out signatory-layout set `layouts_heldout6` (8 documents + gold files).

Written blind on 2026-12-03: every organization, coalition and person is invented.

    .venv/bin/python benchmarks/eval/make_layouts_heldout6.py           # (re)write the folder
    .venv/bin/python benchmarks/eval/make_layouts_heldout6.py --check   # rebuild in a temp dir and verify
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "layouts_heldout6"


@dataclass
class Agent:
    name: str
    read_as: str = "organization"
    member_of: str | None = None
    countries: list[str] = field(default_factory=list)
    countries_in_name: list[str] = field(default_factory=list)
    supporter: bool = False


def org(name: str, *cc: str, m: str | None = None, cin: tuple[str, ...] = (), sup: bool = False) -> Agent:
    return Agent(name, "organization", m, list(cc), list(cin), sup)


def coal(name: str, *cc: str, m: str | None = None) -> Agent:
    return Agent(name, "coalition", m, list(cc))


def per(name: str, *cc: str, m: str | None = None) -> Agent:
    return Agent(name, "person", m, list(cc))


@dataclass
class Doc:
    stem: str
    fmt: str
    lang: str
    layout: str
    notes: str
    agents: list[Agent]
    not_agents: list[str]


# ---------------------------------------------------------------- gold writer


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def gold_yaml(d: Doc) -> str:
    lines = [
        f"document: {q(d.stem + '.' + d.fmt)}",
        f"format: {d.fmt}",
        f"language: {d.lang}",
        f"layout: {d.layout}",
        "origin: hand-written",
        f"notes: {q(d.notes)}",
        "signatories:",
    ]
    for a in d.agents:
        lines.append(f"  - name: {q(a.name)}")
        lines.append(f"    read_as: {a.read_as}")
        if a.member_of:
            lines.append(f"    member_of: {q(a.member_of)}")
        lines.append(f"    countries: [{', '.join(a.countries)}]")
        if a.countries_in_name:
            lines.append(f"    countries_in_name: [{', '.join(a.countries_in_name)}]")
        if a.supporter:
            lines.append("    supporter: true")
    lines.append("not_agents:")
    lines.extend(f"  - {q(s)}" for s in d.not_agents)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- PDF helpers


def build_pdf(
    path: Path, title: str, running: str, page_word: str, of_word: str, story_fn: Callable[[], list[Any]]
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def make(target, total: int):  # type: ignore[no-untyped-def]
        def deco(canvas, doc):  # type: ignore[no-untyped-def]
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawString(56, A4[1] - 36, running)
            canvas.drawRightString(A4[0] - 56, 30, f"{page_word} {doc.page} {of_word} {total}")
            canvas.restoreState()

        doc = SimpleDocTemplate(
            target,
            pagesize=A4,
            invariant=1,
            title=title,
            author="",
            subject="",
            creator="",
            producer="",
            leftMargin=56,
            rightMargin=56,
            topMargin=60,
            bottomMargin=56,
        )
        doc.build(story_fn(), onFirstPage=deco, onLaterPages=deco)
        return doc.page

    n = make(io.BytesIO(), 0)
    make(str(path), n)


def styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    return {
        "body": base,
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8),
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=11),
        "item": ParagraphStyle("i", parent=base, leftIndent=14, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, leftIndent=30, spaceAfter=2),
    }


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- DOCX helpers

FIXED = dt.datetime(2026, 11, 20, 9, 0, 0, tzinfo=dt.UTC)


def save_docx(document, path: Path) -> None:  # type: ignore[no-untyped-def]
    cp = document.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def bold_par(document, text: str, style: str | None = None):  # type: ignore[no-untyped-def]
    p = document.add_paragraph(style=style)
    p.add_run(text).bold = True
    return p


# ---------------------------------------------------------------- HTML page frame


def page(lang: str, title: str, head_nav: str, cookie: str, main: str, aside: str, footer: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        '<link rel="stylesheet" href="assets/site.css">\n'
        "<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n"
        f'<div class="cookie-banner" role="dialog">\n{cookie}\n</div>\n'
        f'<header class="site-header">\n{head_nav}\n</header>\n'
        f'<div class="layout">\n<main>\n{main}\n</main>\n<aside class="sidebar">\n{aside}\n</aside>\n</div>\n'
        f"<footer>\n{footer}\n</footer>\n</body>\n</html>\n"
    )


# ================================================================ documents
# ---------------------------------------------------------------- 01 en PDF press release + annex table

D1_COAL = "Harbourside Migrant Solidarity Network (HMSN)"
D1 = Doc(
    "h6-01-en-pdf-press-annex",
    "pdf",
    "en",
    "pdf-press-release-annex-table",
    "Press release; signatories in an annex table Organization | Country on page 2; the network's "
    "row says 'Regional' (no country); its members follow in a paragraph after the table that names it again "
    "(one agent, at its first mention). 'Supported by:' entries are supporters; a page break (running header, "
    "'Page 2 of 3' footer) falls between the two supporters. Persons sign 'in a personal capacity' in one "
    "sentence joined by 'and'. The press officer and the "
    "'Notes to editors' are not agents. Friends of Lampedusa Association is in Malta, not Italy.",
    [
        org("Northern Corridor Refugee Legal Aid Centre", "KE"),
        org("Saint Brigid's Welcome House", "IE"),
        org("Friends of Lampedusa Association", "MT"),
        org("Coastal Workers & Families Trust", "PH"),
        org("Centre for Asylum Law and Policy Research (CALPR)", "ZA"),
        org("Bright Harbour Youth Initiative", "GB"),
        org("Dakar Road Mobility Observatory", "ML"),
        org("Returnee Welfare Forum of Colombo District", "LK"),
        coal(D1_COAL),
        org("Open Table Interfaith Shelter Network of Rotterdam", "NL"),
        org("Women on the Move - WOM", "JO"),
        org("Himalayan Labour Migration Desk", "NP"),
        org("Mercy Street Drop-In Centre", "MT", m=D1_COAL),
        org("Valletta Seafarers' Mission", "MT", m=D1_COAL),
        org("Tunis Coast Rescue Volunteers", "TN", m=D1_COAL),
        org("Association for Dignity at Sea - ADS", "IT", m=D1_COAL),
        org("Kingsbridge Community Foundation", "GB", sup=True),
        org("Jubilee Fund for Human Mobility", "US", sup=True),
        per("Amara Okafor-Lindqvist", "SE"),
        per("Tomás Brennan", "IE"),
    ],
    [
        "FOR IMMEDIATE RELEASE",
        "Geneva, 30 November 2026",
        "Media contact:",
        "Helen Marsh",
        "press@harbourside-network.example",
        "Notes to editors",
        "Annex: Signatory organizations",
        "Organization",
        "Country",
        "Regional",
        "Supported by:",
        "Also endorsed in a personal capacity by:",
        "Page 2 of 3",
        "Rescue at sea is not a crime - joint press release",
        "Ends",
    ],
)


def render_d1(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    st = styles()
    a = D1.agents
    rows = [["Organization", "Country"]]
    names = {
        "KE": "Kenya",
        "IE": "Ireland",
        "MT": "Malta",
        "PH": "Philippines",
        "ZA": "South Africa",
        "GB": "United Kingdom",
        "ML": "Mali",
        "LK": "Sri Lanka",
        "NL": "Netherlands",
        "JO": "Jordan",
        "NP": "Nepal",
        "TN": "Tunisia",
        "IT": "Italy",
        "US": "United States",
        "SE": "Sweden",
    }
    for x in a[:12]:
        rows.append([x.name, names[x.countries[0]] if x.countries else "Regional"])

    def story():  # type: ignore[no-untyped-def]
        s = [
            Paragraph("FOR IMMEDIATE RELEASE", st["small"]),
            Paragraph("Rescue at sea is not a crime - joint press release", st["h1"]),
            Paragraph(
                "<b>Geneva, 30 November 2026</b> - Twenty civil-society groups from four continents today asked "
                "coastal states to stop prosecuting the crews of civilian rescue boats and the fishermen who "
                "answer distress calls. Over the past year, at least nine volunteers have faced charges for "
                "bringing shipwrecked people to the nearest safe port.",
                st["body"],
            ),
            Paragraph(
                "The groups call for a shared disembarkation plan, for independent monitoring of pushbacks, "
                "and for the return of seized vessels. They recall that the duty to assist people in distress "
                "at sea does not depend on their nationality or on how they set out.",
                st["body"],
            ),
            Paragraph("Ends", st["small"]),
            Spacer(1, 12),
            Paragraph("Notes to editors", st["h2"]),
            Paragraph(
                "The full list of signatories is in the annex. Interviews can be arranged in English, French "
                "and Arabic.",
                st["body"],
            ),
            Paragraph("Media contact: Helen Marsh, press@harbourside-network.example, +41 22 555 01 20", st["body"]),
            PageBreak(),
            Paragraph("Annex: Signatory organizations", st["h1"]),
            Paragraph(
                "Signatures received until 29 November 2026, in the order in which they arrived. Networks "
                "sign on behalf of the members listed after the table.",
                st["body"],
            ),
            Spacer(1, 168),
        ]
        t = Table(rows, colWidths=[330, 120], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 9),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        s.append(t)
        s.append(Spacer(1, 10))
        mem = [f"{x.name} ({names[x.countries[0]]})" for x in a[12:16]]
        s.append(
            Paragraph(esc(f"Members of the {D1_COAL} endorsing this release: " + "; ".join(mem) + "."), st["body"])
        )
        s.append(Paragraph("Supported by:", st["h2"]))
        for x in a[16:18]:
            s.append(Paragraph(esc(f"{x.name} ({names[x.countries[0]]})"), st["item"]))
        s.append(Paragraph("Also endorsed in a personal capacity by:", st["h2"]))
        s.append(Paragraph(esc(f"{a[18].name} (Sweden) and {a[19].name} (Ireland)."), st["body"]))
        return s

    build_pdf(
        path, "Rescue at sea is not a crime", "Rescue at sea is not a crime - joint press release", "Page", "of", story
    )


# ---------------------------------------------------------------- 02 fr PDF conference declaration

D2_COAL = "Réseau Ouest-Africain pour la Libre Circulation (ROALC)"
D2_COUNTRIES = [("SÉNÉGAL", "SN"), ("MALI", "ML"), ("CÔTE D'IVOIRE", "CI"), ("MAROC", "MA"), ("FRANCE", "FR")]
D2 = Doc(
    "h6-02-fr-pdf-conference-declaration",
    "pdf",
    "fr",
    "pdf-conference-participants-by-country",
    "Déclaration adoptée par les participants d'une rencontre; la liste des participants est groupée sous des "
    "en-têtes de pays en capitales (lieu des organisations, jamais des agents); entrées numérotées '1.' … ; "
    "chaque entrée porte la ville "
    "après un tiret (ville, non nom). Sous 'RÉGIONAL', un réseau 'qui regroupe :' et ses membres avec leur pays "
    "entre parenthèses, sous des tirets '–' non numérotés ; les personnes continuent la numérotation. La "
    "rapporteuse et le comité d'organisation ne sont pas signataires. La FAMVFP est en "
    "France (la 'Vallée du Fleuve' est un lieu, pas son pays).",
    [
        org("Association des Jeunes Rapatriés de Tambacounda (AJRT)", "SN"),
        org("Collectif des Femmes Transformatrices de Ziguinchor", "SN"),
        org("Service diocésain d'accueil des migrants de Kolda", "SN"),
        org("Union des Rapatriés de Kayes pour le Développement (URKD)", "ML"),
        org("Centre d'écoute « Bamako Solidarité »", "ML"),
        org("Observatoire ivoirien des mobilités humaines", "CI"),
        org("Association « Retour & Dignité » d'Abidjan", "CI"),
        org("Association Tanger-Accueil pour les Personnes Migrantes", "MA"),
        org("Collectif des Travailleuses Subsahariennes d'Oujda", "MA"),
        org("Association Passerelles Alpes-Exil", "FR"),
        org("Fédération des Associations de Migrants de la Vallée du Fleuve à Paris (FAMVFP)", "FR"),
        coal(D2_COAL),
        org("Association Nigérienne pour la Route Sûre", "NE", m=D2_COAL),
        org("Collectif Routes du Sahel", "NE", m=D2_COAL),
        org("Maison des Voyageurs de Gao", "ML", m=D2_COAL),
        org("Groupe de Réflexion sur les Migrations de Kankan", "GN", m=D2_COAL),
        per("Aminata Diallo-Sarr", "SN"),
        per("Jean-Baptiste Kaboré", "BF"),
        per("Lucie Martin-Ndiaye", "FR"),
    ],
    [
        "Déclaration de Saint-Louis sur la mobilité des jeunes",
        "Saint-Louis, le 14 octobre 2026",
        "Adoptée par les participants",
        "Liste des participants",
        "SÉNÉGAL",
        "MALI",
        "CÔTE D'IVOIRE",
        "MAROC",
        "FRANCE",
        "RÉGIONAL",
        "Tambacounda",
        "Ziguinchor",
        "Kolda",
        "Kayes",
        "Bamako",
        "Abidjan",
        "Tanger",
        "Oujda",
        "Briançon",
        "qui regroupe :",
        "Participantes et participants à titre individuel :",
        "Rapporteuse de la rencontre : Odile Ferrand",
        "Comité d'organisation",
        "Page 2 sur 2",
    ],
)


def render_d2(path: Path) -> None:
    from reportlab.platypus import PageBreak, Paragraph

    st = styles()
    a = D2.agents
    cities = [
        "Tambacounda",
        "Ziguinchor",
        "Kolda",
        "Kayes",
        "Bamako",
        "Abidjan",
        "Abidjan",
        "Tanger",
        "Oujda",
        "Briançon",
        "Montreuil",
    ]
    fr = {"NE": "Niger", "ML": "Mali", "GN": "Guinée", "SN": "Sénégal", "BF": "Burkina Faso", "FR": "France"}

    def story():  # type: ignore[no-untyped-def]
        s = [
            Paragraph("Déclaration de Saint-Louis sur la mobilité des jeunes", st["h1"]),
            Paragraph("Saint-Louis, le 14 octobre 2026", st["body"]),
            Paragraph(
                "Réunis pendant trois jours, nous, associations de jeunes, de femmes et de personnes "
                "rapatriées, constatons que la fermeture des routes ne retient personne : elle rend seulement "
                "les trajets plus longs, plus chers et plus meurtriers.",
                st["body"],
            ),
            Paragraph(
                "Nous demandons aux États de la région d'appliquer pleinement le protocole sur la libre "
                "circulation, de délivrer des documents d'identité gratuits aux jeunes et de financer des "
                "programmes de réinsertion conçus avec les personnes de retour.",
                st["body"],
            ),
            Paragraph("Comité d'organisation : secrétariat de la rencontre, Saint-Louis.", st["small"]),
            PageBreak(),
            Paragraph("Adoptée par les participants", st["h1"]),
            Paragraph("Liste des participants", st["h2"]),
        ]
        i = 0
        for label, cc in D2_COUNTRIES:
            s.append(Paragraph(esc(label), st["h2"]))
            while i < 11 and a[i].countries == [cc]:
                s.append(Paragraph(esc(f"{i + 1}. {a[i].name} – {cities[i]}"), st["item"]))
                i += 1
        s.append(Paragraph("RÉGIONAL", st["h2"]))
        s.append(Paragraph(esc(f"12. {D2_COAL}, qui regroupe :"), st["item"]))
        for x in a[12:16]:
            s.append(Paragraph(esc(f"– {x.name} ({fr[x.countries[0]]})"), st["sub"]))
        s.append(Paragraph("Participantes et participants à titre individuel :", st["h2"]))
        for k, x in enumerate(a[16:], start=13):
            s.append(Paragraph(esc(f"{k}. {x.name} ({fr[x.countries[0]]})"), st["item"]))
        s.append(Paragraph("Rapporteuse de la rencontre : Odile Ferrand", st["small"]))
        return s

    build_pdf(
        path,
        "Déclaration de Saint-Louis",
        "Déclaration de Saint-Louis – Rencontre régionale 2026",
        "Page",
        "sur",
        story,
    )


# ---------------------------------------------------------------- 03 es HTML petition page

D3_COAL = "Coordinadora Fronteriza por el Refugio Digno (CFRD)"
D3 = Doc(
    "h6-03-es-html-petition",
    "html",
    "es",
    "webpage-petition-count-list",
    "Página de petición guardada (banner de cookies, navegación, botones para compartir, barra lateral con otras "
    "peticiones, pie). Contador de firmas; organizaciones con 'Ciudad, País' tras una raya (la ciudad no es "
    "nombre); la coordinadora presenta a sus integrantes en la misma línea con 'articulación de:' y 'y'. "
    "Firmas individuales con lugar y 'hace N horas' (no agentes); una persona sin lugar (countries []). "
    "'Asociación Venezolanos en Lima…' está en Perú: la nacionalidad no es país.",
    [
        org("Albergue Hermanas de la Misericordia de Tapachula", "MX"),
        org("Centro de Derechos Humanos Frontera Sur “Tonalá”", "MX"),
        org("Asociación de Retornados Guatemaltecos del Altiplano", "GT"),
        org("Fundación Caminos & Raíces", "SV"),
        org("Colectivo Madres Buscadoras de Migrantes de Olancho", "HN"),
        org("Pastoral de Movilidad Humana de la Diócesis de San Marcos", "GT"),
        org("Clínica Jurídica para Personas Refugiadas, Universidad Autónoma del Soconusco", "MX"),
        coal(D3_COAL),
        org("Casa de Acogida Santa Marta del Suchiate", "MX", m=D3_COAL),
        org("Hogar Temporal Nuevo Amanecer", "GT", m=D3_COAL),
        org("Comité de Familiares de Migrantes de El Progreso", "HN", m=D3_COAL),
        org("Sindicato de Trabajadoras del Hogar y Cuidados de Costa Rica (SINTRAHOC)", "CR"),
        org("Asociación Venezolanos en Lima por la Integración", "PE"),
        org("Red Panameña de Acompañamiento en el Darién - REPAD", "PA"),
        per("María José Quintero Ríos", "GT"),
        per("Julián Echeverría Paz", "MX"),
        per("Ana Lucía Betancourt", "CO"),
        per("Raúl Ñáñez Ortiz"),
        per("Xiomara Castillo Barahona", "HN"),
    ],
    [
        "ConVoz Peticiones",
        "Aceptar todas",
        "Configurar cookies",
        "Inicio",
        "Peticiones",
        "Iniciar sesión",
        "1.482 firmas",
        "¡Firma ahora!",
        "Organizaciones firmantes",
        "Últimas firmas",
        "hace 2 horas",
        "Compartir en Facebook",
        "Compartir en WhatsApp",
        "Peticiones relacionadas",
        "Tapachula, México",
        "articulación de:",
        "Ver todas las firmas",
        "© 2026 ConVoz Peticiones",
        "Dirigida a:",
    ],
)

D3_PLACES = [
    "Tapachula, México",
    "Tonalá, México",
    "Quetzaltenango, Guatemala",
    "San Salvador, El Salvador",
    "Juticalpa, Honduras",
    "San Marcos, Guatemala",
    "Tapachula, México",
    "",
    "",
    "",
    "",
    "San José, Costa Rica",
    "Lima, Perú",
    "Metetí, Panamá",
]


def render_d3(path: Path) -> None:
    a = D3.agents
    li = []
    for i, x in enumerate(a[:14]):
        if x.member_of:
            continue
        if x.read_as == "coalition":
            ms = [f"{m.name} ({p})" for m, p in zip(a[8:11], ["México", "Guatemala", "Honduras"], strict=True)]
            li.append(
                f"    <li><strong>{esc(x.name)}</strong> — articulación de: {esc(ms[0])}, {esc(ms[1])} y "
                f"{esc(ms[2])}</li>"
            )
        else:
            li.append(
                f'    <li><span class="org">{esc(x.name)}</span> — <span class="place">{esc(D3_PLACES[i])}</span></li>'
            )
    places = ["Quetzaltenango, Guatemala", "Monterrey, México", "Bogotá, Colombia", "", "Tegucigalpa, Honduras"]
    ago = ["hace 2 horas", "hace 3 horas", "hace 5 horas", "hace 6 horas", "hace 9 horas"]
    sig = []
    for x, p, t in zip(a[14:], places, ago, strict=True):
        pl = f' <span class="place">· {esc(p)}</span>' if p else ""
        sig.append(f'    <li><span class="signer">{esc(x.name)}</span>{pl} <time>{t}</time></li>')
    main = f"""<nav class="breadcrumb"><a href="/">Inicio</a> › <a href="/peticiones">Peticiones</a> › Migración</nav>
<article class="petition">
  <h1>Que ninguna familia sea separada en la frontera sur</h1>
  <p class="target">Dirigida a: autoridades migratorias de México y Centroamérica</p>
  <div class="counter"><strong>1.482 firmas</strong> de 2.000 · <a class="btn" href="#firmar">¡Firma ahora!</a></div>
  <p>Cada semana, madres y padres son detenidos en los puntos de control mientras sus hijas e hijos quedan
  solos al otro lado. Pedimos un protocolo común que mantenga unidas a las familias durante cualquier trámite
  migratorio y que las estaciones de detención dejen de recibir a niñas y niños.</p>
  <p>También pedimos que las familias separadas puedan localizarse por teléfono sin costo y que las
  organizaciones de acogida puedan visitar los centros sin aviso previo.</p>
  <div class="share"><a href="#">Compartir en Facebook</a> <a href="#">Compartir en WhatsApp</a>
  <a href="#">Copiar enlace</a></div>
  <h2>Organizaciones firmantes</h2>
  <ul class="orgs">
{chr(10).join(li)}
  </ul>
  <h2>Últimas firmas</h2>
  <ul class="signers">
{chr(10).join(sig)}
  </ul>
  <p><a href="/peticiones/familias-unidas/firmas">Ver todas las firmas</a></p>
  <form id="firmar"><label>Tu nombre <input name="nombre"></label> <label>Tu correo <input name="correo">
  </label> <button>¡Firma ahora!</button></form>
</article>"""
    aside = """<h2>Peticiones relacionadas</h2>
<ul><li><a href="#">Agua potable en los albergues de Tijuana</a></li>
<li><a href="#">Visas humanitarias para personas desplazadas</a></li></ul>"""
    nav = """<a class="logo" href="/">ConVoz Peticiones</a>
<nav><a href="/">Inicio</a> <a href="/peticiones">Peticiones</a> <a href="/crear">Crear una petición</a>
<a href="/login">Iniciar sesión</a></nav>"""
    cookie = (
        "<p>Usamos cookies para mejorar tu experiencia.</p> <button>Aceptar todas</button> "
        "<button>Configurar cookies</button>"
    )
    footer = '<p>© 2026 ConVoz Peticiones · <a href="/privacidad">Privacidad</a> · <a href="/ayuda">Ayuda</a></p>'
    path.write_text(
        page(
            "es",
            "Que ninguna familia sea separada en la frontera sur – ConVoz Peticiones",
            nav,
            cookie,
            main,
            aside,
            footer,
        ),
        encoding="utf-8",
    )


# ---------------------------------------------------------------- 04 pt HTML logo wall + network sections

D4_C1 = "Articulação Amazônica pelos Direitos dos Migrantes (AADM)"
D4_C2 = "Plataforma Lusófona de Associações de Imigrantes (PLAI)"
D4 = Doc(
    "h6-04-pt-html-logos",
    "html",
    "pt",
    "webpage-logo-wall-network-sections",
    "Página web guardada de um portal de notícias (cookies, navegação, partilha, barra lateral, rodapé com o "
    "editor do portal, que não assina). As proponentes aparecem como mural de logotipos: algumas com legenda, "
    "outras só com o texto alternativo 'Logotipo: …' (o nome é o que segue 'Logotipo: '). Sem país impresso "
    "para as proponentes, exceto 'Frente Brasil Acolhedor' (país no nome). Duas redes: a primeira com membros "
    "em lista com bandeira e país, a segunda apresenta as associadas numa frase. Pessoas com bandeira e país. "
    "A Associação de Retornados de Santa Catarina é de Cabo Verde (não do estado brasileiro).",
    [
        org("Instituto Travessia de Direitos Migratórios (ITDM)"),
        org("Coletivo Mulheres Imigrantes da Zona Leste"),
        org("Casa de Acolhida São Rafael de Pacaraima"),
        org("Observatório Luso-Brasileiro das Migrações Laborais"),
        org("Associação Angolana de Lisboa para a Integração"),
        org("Rede de Apoio Jurídico a Refugiados do Paraná"),
        org("Frente Brasil Acolhedor", "BR", cin=("BR",)),
        coal(D4_C1),
        org("Centro de Apoio ao Migrante de Tabatinga", "BR", m=D4_C1),
        org("Asociación Fronteriza de Leticia para la Acogida", "CO", m=D4_C1),
        org("Casa do Migrante Venezuelano de Boa Vista", "BR", m=D4_C1),
        org("Comunidade Indígena Warao em Movimento", "BR", m=D4_C1),
        coal(D4_C2),
        org("Associação Cabo-Verdiana de Setúbal", "PT", m=D4_C2),
        org("Grupo Comunitário Guineense do Seixal", "PT", m=D4_C2),
        org("Associação de Retornados de Santa Catarina", "CV", m=D4_C2),
        per("Luana Ferreira Batista", "BR"),
        per("Moisés Tavares da Graça", "CV"),
        per("Celeste Rodrigues Amaral", "PT"),
        per("Yusuf Abdi Warsame", "BR"),
    ],
    [
        "Portal Migra Notícias",
        "Aceitar cookies",
        "Recusar",
        "Política de cookies",
        "Notícias",
        "Opinião",
        "Carta aberta ao Congresso Nacional",
        "Organizações proponentes",
        "Redes e organizações-membro",
        "Organizações-membro que assinam:",
        "Pessoas signatárias",
        "Compartilhar no WhatsApp",
        "Compartilhar no X",
        "Assine também",
        "Mais lidas",
        "© 2026 Portal Migra Notícias",
        "Redação:",
        "Brasília, 25 de novembro de 2026",
    ],
)


def render_d4(path: Path) -> None:
    a = D4.agents
    figs = []
    for i, x in enumerate(a[:7]):
        cap = f"\n      <figcaption>{esc(x.name)}</figcaption>" if i % 2 == 0 else ""
        figs.append(
            f'    <figure class="logo"><img src="/img/logos/p{i + 1:02d}.png" alt="Logotipo: '
            f'{html.escape(x.name)}" width="120" height="60">{cap}\n    </figure>'
        )
    flag = {"BR": "🇧🇷 Brasil", "CO": "🇨🇴 Colômbia", "PT": "🇵🇹 Portugal", "CV": "🇨🇻 Cabo Verde"}
    m1 = "\n".join(f"      <li>{esc(x.name)} – {flag[x.countries[0]]}</li>" for x in a[8:12])
    m2 = a[13:16]
    p2 = (
        f"A PLAI assina em nome das suas associadas: {esc(m2[0].name)} (Portugal), {esc(m2[1].name)} (Portugal) "
        f"e {esc(m2[2].name)} (Cabo Verde)."
    )
    pp = "\n".join(f'    <li>{esc(x.name)} <span class="flag">{flag[x.countries[0]]}</span></li>' for x in a[16:])
    main = f"""<article>
  <p class="kicker">Opinião</p>
  <h1>Carta aberta ao Congresso Nacional: acolher não é crime</h1>
  <p class="byline">Redação: Portal Migra Notícias · Brasília, 25 de novembro de 2026</p>
  <div class="share"><a href="#">Compartilhar no WhatsApp</a> <a href="#">Compartilhar no X</a></div>
  <p>As organizações abaixo pedem ao Congresso que rejeite a proposta que pune quem dá abrigo, transporte ou
  comida a pessoas migrantes sem documentos. Casas de acolhida, igrejas e vizinhos fazem hoje o trabalho
  que o Estado não faz, e não podem ser tratados como traficantes.</p>
  <p>Pedimos também a regularização rápida de quem já vive e trabalha no país e o fim das deportações
  sumárias na fronteira norte.</p>
  <h2>Organizações proponentes</h2>
  <div class="logo-wall">
{chr(10).join(figs)}
  </div>
  <h2>Redes e organizações-membro</h2>
  <section class="network">
    <h3>{esc(D4_C1)}</h3>
    <p>Organizações-membro que assinam:</p>
    <ul>
{m1}
    </ul>
  </section>
  <section class="network">
    <h3>{esc(D4_C2)}</h3>
    <p>{p2}</p>
  </section>
  <h2>Pessoas signatárias</h2>
  <ul class="people">
{pp}
  </ul>
  <p class="cta"><a href="/assine">Assine também</a></p>
</article>"""
    aside = """<h2>Mais lidas</h2>
<ol><li><a href="#">Abrigos de Roraima recebem novas famílias</a></li>
<li><a href="#">O que muda com a nova portaria de vistos</a></li></ol>"""
    nav = """<a class="brand" href="/">Portal Migra Notícias</a>
<nav><a href="/noticias">Notícias</a> <a href="/opiniao">Opinião</a> <a href="/dados">Dados</a></nav>"""
    cookie = (
        '<p>Este site usa cookies. <a href="/cookies">Política de cookies</a></p> '
        "<button>Aceitar cookies</button> <button>Recusar</button>"
    )
    footer = "<p>© 2026 Portal Migra Notícias · Todos os direitos reservados</p>"
    path.write_text(
        page("pt-BR", "Carta aberta ao Congresso Nacional – Portal Migra Notícias", nav, cookie, main, aside, footer),
        encoding="utf-8",
    )


# ---------------------------------------------------------------- 05 es/en DOCX bilingual

D5_C1 = "Red Andina de Casas de Acogida (RACA)"
D5_C2 = "Alianza Binacional Colombo-Venezolana por la Movilidad Segura"
D5 = Doc(
    "h6-05-es-docx-bilingual",
    "docx",
    "es",
    "docx-bilingual-table-network-sections",
    "Documento Word bilingüe (encabezados es / en). Tabla 'Organización / Organization | País / Country' con las "
    "dos redes en filas 'Regional'; sus integrantes siguen en secciones que vuelven a nombrarlas (un agente, en "
    "su primera mención), con el país entre paréntesis. 'Con el apoyo de / With the support of:' son "
    "supporters. El Comité de Solidaridad con Haití de Valparaíso está en Chile: Haití es un lugar del nombre, "
    "no su país.",
    [
        org("Fundación Puentes del Pacífico", "EC"),
        org("Asociación Civil Manos Abiertas de Rosario", "AR"),
        org("Corporación Mujeres Migrantes del Caribe Colombiano", "CO"),
        org("Servicio Ecuménico de Acompañamiento a Desplazados (SEAD)", "PE"),
        org("Comité de Solidaridad con Haití de Valparaíso", "CL"),
        org("Instituto de Estudios sobre Frontera y Movilidad «Darién»", "PA"),
        coal(D5_C1),
        coal(D5_C2),
        org("Colectivo Ñandutí de Mujeres Paraguayas en Buenos Aires", "AR"),
        org("Casa de Acogida El Buen Samaritano de Tulcán", "EC", m=D5_C1),
        org("Albergue Fronterizo San Pablo de Desaguadero", "PE", m=D5_C1),
        org("Hogar de Paso Virgen de Copacabana", "BO", m=D5_C1),
        org("Fundación Frontera Viva de Cúcuta", "CO", m=D5_C2),
        org("Asociación Civil Venezuela Somos Todos", "VE", m=D5_C2),
        org("Colectivo Trocheros por la Vida", "CO", m=D5_C2),
        org("Fondo Iberoamericano para la Justicia Migratoria", "ES", sup=True),
        per("Esteban Villalobos Araya", "CR"),
        per("Daniela Cárdenas O'Connor", "CL"),
        per("Lucía Barrenechea Soto", "UY"),
    ],
    [
        "Declaración conjunta / Joint statement",
        "Firmantes / Signatories",
        "Organización / Organization",
        "País / Country",
        "Regional",
        "Redes firmantes y sus integrantes / Signatory networks and their members",
        "Integrantes / Members:",
        "Con el apoyo de / With the support of:",
        "Firmas individuales / Individual signatures",
        "Lima, 1 de diciembre de 2026 / Lima, 1 December 2026",
        "Contacto / Contact: secretaria@raca.example",
    ],
)

D5_ES = {
    "EC": "Ecuador",
    "AR": "Argentina",
    "CO": "Colombia",
    "PE": "Perú",
    "CL": "Chile",
    "PA": "Panamá",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "ES": "España",
    "CR": "Costa Rica",
    "UY": "Uruguay",
}


def render_d5(path: Path) -> None:
    from docx import Document

    a = D5.agents
    d = Document()
    d.add_heading("Declaración conjunta / Joint statement", level=1)
    d.add_paragraph("Lima, 1 de diciembre de 2026 / Lima, 1 December 2026")
    d.add_heading("Por corredores humanitarios en los Andes", level=2)
    d.add_paragraph(
        "Miles de personas cruzan cada mes los pasos andinos a pie, con temperaturas bajo cero y sin "
        "acceso a agua ni a atención médica. Pedimos a los gobiernos de la región abrir corredores "
        "humanitarios, reconocer los documentos vencidos y coordinar la atención en frontera."
    )
    d.add_heading("For humanitarian corridors in the Andes", level=2)
    d.add_paragraph(
        "Thousands of people cross the Andean passes on foot every month, in freezing temperatures and "
        "without water or medical care. We ask the governments of the region to open humanitarian "
        "corridors, to accept expired documents and to coordinate care at the border."
    )
    d.add_heading("Firmantes / Signatories", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Organización / Organization"
    t.rows[0].cells[1].text = "País / Country"
    for x in a[:9]:
        r = t.add_row().cells
        r[0].text = x.name
        r[1].text = D5_ES[x.countries[0]] if x.countries else "Regional"
    d.add_heading("Redes firmantes y sus integrantes / Signatory networks and their members", level=2)
    for c, ms in ((D5_C1, a[9:12]), (D5_C2, a[12:15])):
        bold_par(d, c)
        d.add_paragraph("Integrantes / Members:")
        for x in ms:
            d.add_paragraph(f"{x.name} ({D5_ES[x.countries[0]]})", style="List Bullet 2")
    d.add_heading("Con el apoyo de / With the support of:", level=2)
    d.add_paragraph(f"{a[15].name} – España", style="List Bullet")
    d.add_heading("Firmas individuales / Individual signatures", level=2)
    for x in a[16:]:
        d.add_paragraph(f"{x.name} – {D5_ES[x.countries[0]]}", style="List Bullet")
    d.add_paragraph("Contacto / Contact: secretaria@raca.example")
    save_docx(d, path)


# ---------------------------------------------------------------- 06 fr DOCX open letter to a minister

D6_COAL = "Collectif Pas d'Enfants en Rétention (CoPER)"
D6 = Doc(
    "h6-06-fr-docx-open-letter",
    "docx",
    "fr",
    "docx-open-letter-signature-blocks",
    "Lettre ouverte à une ministre : 'Signé,' puis des blocs de signature (nom de l'organisation en gras, puis "
    "'Représentée par …, fonction' : la représentante n'est pas signataire à titre personnel, non-agent). Le "
    "collectif signe 'au nom de ses organisations membres :' suivies d'un paragraphe séparé par des virgules. "
    "Signatures à titre personnel avec une profession (non-agent) ; une affiliation 'à titre indicatif' n'est "
    "pas un agent. Aucun pays n'est imprimé pour les organisations françaises (countries []). 'Les Amis de "
    "Lesbos – Normandie' : Lesbos est un lieu du nom, pas son pays.",
    [
        org("Association Enfance Sans Enfermement (AESE)"),
        org("Collectif des Parents d'Élèves Solidaires de Seine-Saint-Denis"),
        org("Service œcuménique d'accueil des exilés de Calais-Dunkerque"),
        org("Syndicat National des Travailleurs Sociaux de l'Asile (SNTSA)"),
        org("Les Amis de Lesbos – Normandie"),
        org("Soignants Solidaires pour la Santé des Exilés (3SE)"),
        org("Maison d'Accueil L'Escale du Pays Basque"),
        coal(D6_COAL),
        org("Association Jeunesse & Exil de Lille", m=D6_COAL),
        org("Comité Toulousain de Soutien aux Mineurs Isolés", m=D6_COAL),
        org("Plateforme Familles Migrantes", "BE", m=D6_COAL),
        org("Association Rive d'Accueil", "CH", m=D6_COAL),
        org("Union des Juristes pour l'Enfance en Exil (UJEE)"),
        per("Hélène Garnier-Moreau"),
        per("Karim Benali"),
        per("Marie-Thérèse Lebrun"),
        per("Amadou Coulibaly-Traoré"),
        per("Clémence D'Aubigny"),
        per("Pierre-Yves Le Goff"),
    ],
    [
        "Lettre ouverte",
        "Paris, le 2 décembre 2026",
        "Madame la Ministre,",
        "Signé,",
        "Représentée par Sophie Arnaud, présidente",
        "Représenté par Thomas Vidal, coordinateur",
        "au nom de ses organisations membres :",
        "Signatures à titre personnel :",
        "avocate au barreau de Lille",
        "pédiatre",
        "Université de Haute-Provence (affiliation à titre indicatif)",
        "Contact presse : Julie Perrin – presse@coper.example – 01 23 45 67 89",
    ],
)


def render_d6(path: Path) -> None:
    from docx import Document

    a = D6.agents
    reps = [
        "Représentée par Sophie Arnaud, présidente",
        "Représenté par Thomas Vidal, coordinateur",
        "Représenté par le bureau diocésain",
        "Représenté par Nadia Haddad, secrétaire générale",
        "Représentée par Yann Quéré, président",
        "Représentée par Inès Lamarre, porte-parole",
        "Représentée par Peio Etxeberri, directeur",
    ]
    d = Document()
    d.add_paragraph("Lettre ouverte")
    d.add_paragraph("Paris, le 2 décembre 2026")
    d.add_paragraph("À Madame la Ministre de l'Intérieur\nPlace Beauvau\n75008 Paris")
    d.add_paragraph("Objet : mettre fin à l'enfermement des enfants en centre de rétention")
    d.add_paragraph("Madame la Ministre,")
    d.add_paragraph(
        "Cette année encore, des enfants de quelques mois à seize ans ont passé des jours derrière les "
        "grilles d'un centre de rétention avec leurs parents. Les soignants qui les suivent décrivent "
        "des troubles du sommeil, des pertes de langage et une peur durable des uniformes."
    )
    d.add_paragraph(
        "Nous vous demandons d'interdire par la loi la rétention des mineurs, y compris à Mayotte et "
        "dans les zones d'attente, et de privilégier l'assignation à résidence des familles."
    )
    d.add_paragraph("Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.")
    d.add_paragraph("Signé,")
    for x, rep in zip(a[:7], reps, strict=True):
        bold_par(d, x.name)
        d.add_paragraph(rep)
    bold_par(d, D6_COAL)
    d.add_paragraph("au nom de ses organisations membres :")
    ms = a[8:12]
    d.add_paragraph(f"{ms[0].name}, {ms[1].name}, {ms[2].name} (Belgique), {ms[3].name} (Suisse).")
    bold_par(d, a[12].name)
    d.add_paragraph("Représentée par Martine Olivier, juriste")
    d.add_paragraph("Signatures à titre personnel :")
    roles = [
        "avocate au barreau de Lille",
        "pédiatre",
        "religieuse",
        "éducateur spécialisé",
        "chercheuse, Université de Haute-Provence (affiliation à titre indicatif)",
        "ancien juge des enfants",
    ]
    for x, r in zip(a[13:], roles, strict=True):
        d.add_paragraph(f"{x.name}, {r}", style="List Bullet")
    d.add_paragraph("Contact presse : Julie Perrin – presse@coper.example – 01 23 45 67 89")
    save_docx(d, path)


# ---------------------------------------------------------------- 07 en txt networks and member groups

D7_C1 = "Pacific Climate Mobility Network (PCMN)"
D7_C2 = "South Asian Alliance on Displacement & Labour (SAADL)"
D7 = Doc(
    "h6-07-en-txt-network-endorsement",
    "txt",
    "en",
    "txt-networks-member-groups-sections",
    "Plain text with underlined capital section headings: 'ENDORSING NETWORKS' where each network line ends "
    "with '— regional' (no country) and is followed by 'Member groups endorsing:' and '*' members indented "
    "four spaces with countries in parentheses; then 'OTHER ENDORSING ORGANIZATIONS' ('-' items); then "
    "'INDIVIDUALS' with ', City, Country' suffixes (city not part of the name) and one person without a place. "
    "Country names inside member names are also printed in parentheses, so no countries_in_name.",
    [
        coal(D7_C1),
        org("Tuvalu Rising Youth Collective", "TV", m=D7_C1),
        org("Kiribati Families on the Move", "KI", m=D7_C1),
        org("Fiji Island Women's Circle for Relocation", "FJ", m=D7_C1),
        org("Solomon Coast Relocation Watch", "SB", m=D7_C1),
        coal(D7_C2),
        org("Sundarbans Fisherfolk Union", "BD", m=D7_C2),
        org("Nepal Hill Migrant Workers' Forum", "NP", m=D7_C2),
        org("Thar Desert Seasonal Workers Association", "IN", m=D7_C2),
        org("Caribbean Hurricane Recovery Fund for Displaced Families", "DM"),
        org("Aotearoa Refugee & Climate Law Clinic", "NZ"),
        org("Mekong Migrant Helpline", "TH"),
        org("Climate Justice Chaplaincy of Manila", "PH"),
        org("Horn of Africa Pastoralist Mobility Forum", "ET"),
        per("Losana Vakaloloma", "FJ"),
        per("Rahul Deshpande-Iyer", "IN"),
        per("Meera Shrestha", "NP"),
        per("Tevita Fonua"),
    ],
    [
        "DECLARATION ON SAFE PATHWAYS FOR CLIMATE-DISPLACED PEOPLE",
        "ENDORSING NETWORKS",
        "Member groups endorsing:",
        "OTHER ENDORSING ORGANIZATIONS",
        "INDIVIDUALS",
        "Suva",
        "Kathmandu",
        "To add your network's name, write to endorse@safepathways.example",
        "Coordinated by the Safe Pathways secretariat",
        "Released 3 December 2026",
    ],
)

D7_EN = {
    "TV": "Tuvalu",
    "KI": "Kiribati",
    "FJ": "Fiji",
    "SB": "Solomon Islands",
    "BD": "Bangladesh",
    "NP": "Nepal",
    "IN": "India",
    "DM": "Dominica",
    "NZ": "New Zealand",
    "TH": "Thailand",
    "PH": "Philippines",
    "ET": "Ethiopia",
}


def render_d7(path: Path) -> None:
    a = D7.agents
    t = "DECLARATION ON SAFE PATHWAYS FOR CLIMATE-DISPLACED PEOPLE"
    out = [
        t,
        "=" * len(t),
        "Released 3 December 2026",
        "",
        "Rising seas, longer droughts and stronger storms already force families to leave their homes. Most",
        "of them move within their own country, but a growing number must cross a border, and no legal",
        "category protects them when they do.",
        "",
        "We call on governments to open humanitarian visas, labour mobility schemes and planned relocation",
        "programmes that are designed with the affected communities, keep families together and respect",
        "their ties to land and culture.",
        "",
        "",
        "ENDORSING NETWORKS",
        "------------------",
        "",
    ]
    for c, ms in ((a[0], a[1:5]), (a[5], a[6:9])):
        out.append(f"{c.name} — regional")
        out.append("  Member groups endorsing:")
        out.extend(f"    * {x.name} ({D7_EN[x.countries[0]]})" for x in ms)
        out.append("")
    out += ["", "OTHER ENDORSING ORGANIZATIONS", "-----------------------------", ""]
    out.extend(f"  - {x.name} ({D7_EN[x.countries[0]]})" for x in a[9:14])
    out += ["", "", "INDIVIDUALS", "-----------", ""]
    places = ["Suva, Fiji", "Pune, India", "Kathmandu, Nepal", ""]
    out.extend(f"  - {x.name}, {p}" if p else f"  - {x.name}" for x, p in zip(a[14:], places, strict=True))
    out += [
        "",
        "",
        "Coordinated by the Safe Pathways secretariat.",
        "To add your network's name, write to endorse@safepathways.example",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 08 pt md sorted by country with flags

D8_COAL = "Rede Lusófona de Trabalho Digno e Migração (RLTDM)"
D8 = Doc(
    "h6-08-pt-md-country-flags",
    "md",
    "pt",
    "md-country-flag-headings",
    "Markdown: assinaturas ordenadas por país sob títulos com bandeira em texto ('### 🇦🇴 Angola'), que dão o "
    "país das organizações abaixo (nunca agentes). Um nome com travessão e sigla ('… – CDTS') mantém a sigla. "
    "Sob '### 🌐 Redes internacionais', uma rede 'integram esta rede:' com membros aninhados, cada um com "
    "bandeira e país após um travessão (Macau = MO). Pessoas com bandeira e país após um travessão. A LIMOTRAM "
    "é de Moçambique: 'África do Sul' é um lugar do nome, não o seu país.",
    [
        org("Associação Kambas da Mobilidade Humana (AKMH)", "AO"),
        org("Centro Comunitário de Acolhimento do Huambo", "AO"),
        org("Centro de Defesa dos Trabalhadores Safristas da Serra Gaúcha – CDTS", "BR"),
        org("Fórum Paulista de Imigrantes Haitianos", "BR"),
        org("Coletivo Vozes do Cais de Santos", "BR"),
        org("Liga Moçambicana de Trabalhadores Migrantes na África do Sul (LIMOTRAM)", "MZ"),
        org("Associação Mineiros Retornados de Ressano Garcia", "MZ"),
        org("Coletivo Estufas Dignas de Odemira", "PT"),
        org("Sindicato dos Trabalhadores Agrícolas do Sul & Ilhas (STASI)", "PT"),
        org("Rede de Trabalhadores Sazonais Timorenses (RTST)", "TL"),
        coal(D8_COAL),
        org("Associação dos Estivadores de Bissau", "GW", m=D8_COAL),
        org("Casa do Trabalhador Santomense", "ST", m=D8_COAL),
        org("Grupo de Apoio Jurídico de Macau", "MO", m=D8_COAL),
        org("Cooperativa de Costureiras Cabo-Verdianas do Mindelo", "CV", m=D8_COAL),
        per("Ana Paula Mondlane", "MZ"),
        per("Joaquim Sebastião Nkosi-Vaz", "AO"),
        per("Rita de Cássia Albuquerque", "BR"),
        per("Tiago Ximenes Soares", "TL"),
    ],
    [
        "Nota pública: trabalho sazonal sem servidão",
        "Maputo e Lisboa, 28 de novembro de 2026",
        "Quem assina (por país)",
        "🇦🇴 Angola",
        "🇧🇷 Brasil",
        "🇲🇿 Moçambique",
        "🇵🇹 Portugal",
        "🇹🇱 Timor-Leste",
        "🌐 Redes internacionais",
        "integram esta rede:",
        "Assinaturas individuais",
        "Para aderir, escreva para adesoes@rltdm.example",
        "*Lista atualizada em 2 de dezembro de 2026.*",
    ],
)

D8_FLAG = {
    "AO": "🇦🇴 Angola",
    "BR": "🇧🇷 Brasil",
    "MZ": "🇲🇿 Moçambique",
    "PT": "🇵🇹 Portugal",
    "TL": "🇹🇱 Timor-Leste",
    "GW": "🇬🇼 Guiné-Bissau",
    "ST": "🇸🇹 São Tomé e Príncipe",
    "MO": "🇲🇴 Macau",
    "CV": "🇨🇻 Cabo Verde",
}


def render_d8(path: Path) -> None:
    a = D8.agents
    out = [
        "# Nota pública: trabalho sazonal sem servidão",
        "",
        "*Maputo e Lisboa, 28 de novembro de 2026*",
        "",
        "Nas colheitas de fruta, nas estufas e nas minas, milhares de trabalhadoras e trabalhadores sazonais",
        "chegam endividados com intermediários, dormem em alojamentos superlotados e perdem o visto se",
        "denunciarem abusos. Os acordos bilaterais entre os nossos países não dizem uma palavra sobre isso.",
        "",
        "Exigimos contratos escritos na língua de quem trabalha, proibição de taxas de recrutamento, inspeção",
        "dos alojamentos e um visto que não dependa de um único empregador.",
        "",
        "## Quem assina (por país)",
    ]
    cur = None
    for x in a[:10]:
        if x.countries[0] != cur:
            cur = x.countries[0]
            out += ["", f"### {D8_FLAG[cur]}", ""]
        out.append(f"- {x.name}")
    out += ["", "### 🌐 Redes internacionais", "", f"- **{D8_COAL}** – integram esta rede:"]
    out.extend(f"    - {x.name} – {D8_FLAG[x.countries[0]]}" for x in a[11:15])
    out += ["", "## Assinaturas individuais", ""]
    out.extend(f"- {x.name} – {D8_FLAG[x.countries[0]]}" for x in a[15:])
    out += [
        "",
        "---",
        "",
        "Para aderir, escreva para adesoes@rltdm.example",
        "",
        "*Lista atualizada em 2 de dezembro de 2026.*",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


DOCS = [
    (D1, render_d1),
    (D2, render_d2),
    (D3, render_d3),
    (D4, render_d4),
    (D5, render_d5),
    (D6, render_d6),
    (D7, render_d7),
    (D8, render_d8),
]


# ================================================================ build and check


def build(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for d, render in DOCS:
        render(folder / f"{d.stem}.{d.fmt}")
        (folder / f"{d.stem}.gold.yaml").write_text(gold_yaml(d), encoding="utf-8")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        if tag in ("script", "style"):
            self.skip += 1
        alt = dict(attrs).get("alt")
        if tag == "img" and alt:
            self.parts.append(alt)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if not self.skip:
            self.parts.append(data)


def read_back(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = Document(str(path))
        parts = []
        for el in doc.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, doc).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, doc).rows:
                    parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "\n".join(p.parts)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def known_names() -> set[str]:
    names: set[str] = set()
    for f in ("organizations.csv", "persons.csv"):
        p = ROOT / "data" / f
        if not p.exists():
            continue
        with p.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for k, v in row.items():
                    if k and ("name" in k.lower() or k.lower() in ("written_as", "label")) and v:
                        names.add(norm(v).casefold())
    return names


def check() -> int:
    import yaml

    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        build(t)
        for f in sorted(t.iterdir()):
            c = OUT / f.name
            if not c.exists() or c.read_bytes() != f.read_bytes():
                errors.append(f"{f.name}: differs from the committed file (run without --check)")
    known = known_names()
    if not known:
        errors.append("no names read from data/organizations.csv or data/persons.csv")
    totals = {"agents": 0, "persons": 0, "coalitions_with_members": 0}
    for d, _ in DOCS:
        gold = yaml.safe_load((OUT / f"{d.stem}.gold.yaml").read_text(encoding="utf-8"))
        text = norm(read_back(OUT / gold["document"]))
        pos = 0
        coals = {s["name"] for s in gold["signatories"] if s["read_as"] == "coalition"}
        for s in gold["signatories"]:
            n = norm(s["name"])
            i = text.find(n, pos)
            if i < 0:
                errors.append(f"{d.stem}: '{n}' not found in order (after offset {pos})")
            else:
                pos = i + len(n)
            if s.get("member_of") and s["member_of"] not in coals:
                errors.append(f"{d.stem}: '{n}' member_of unknown coalition '{s['member_of']}'")
            if n.casefold() in known:
                errors.append(f"{d.stem}: '{n}' is a name already in data/")
        for na in gold["not_agents"]:
            if norm(na) not in text:
                errors.append(f"{d.stem}: not_agent '{na}' not found")
        totals["agents"] += len(gold["signatories"])
        totals["persons"] += sum(s["read_as"] == "person" for s in gold["signatories"])
        totals["coalitions_with_members"] += sum(
            any(m.get("member_of") == c for m in gold["signatories"]) for c in coals
        )
        if not 15 <= len(gold["signatories"]) <= 25:
            errors.append(f"{d.stem}: {len(gold['signatories'])} signatories (want 15-25)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(DOCS)} documents, {totals}; compared with {len(known)} names in data/; {len(errors)} errors")
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        return check()
    build(OUT)
    print(f"wrote {len(DOCS)} documents to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
