"""Held-out layout corpus 5: eight invented statements with their signatories, written blind (2026-12-03).

Writes into benchmarks/eval/layouts_heldout5/ one document and one `<stem>.gold.yaml` per statement
(format: tests/data/layouts/README.md). Deterministic: PDFs with reportlab (invariant=1), DOCX with
python-docx (fixed core-property dates, rebuilt zip with fixed timestamps), HTML, txt and md by hand.

    .venv/bin/python benchmarks/eval/make_layouts_heldout5.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout5.py --check   # rebuild in a temp folder and verify

`--check` verifies byte-identity with the committed files, that every gold name occurs in gold order in
the text read back (PDF: pdfplumber; DOCX: python-docx; HTML: html.parser), that every `not_agents`
string occurs, and that no invented name is one of data/organizations.csv or data/persons.csv.
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
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "eval" / "layouts_heldout5"

EN = "\u2013"  # en dash
EM = "\u2014"  # em dash
MID = "\u00b7"  # middle dot (inclusive French)
OE = "\u0153"  # oe ligature

COUNTRY = {
    "en": {
        "GB": "United Kingdom",
        "MT": "Malta",
        "AU": "Australia",
        "IE": "Ireland",
        "KE": "Kenya",
        "NL": "Netherlands",
        "IT": "Italy",
        "ES": "Spain",
        "GR": "Greece",
        "US": "United States",
        "SL": "Sierra Leone",
        "LK": "Sri Lanka",
        "DE": "Germany",
        "NZ": "New Zealand",
        "CA": "Canada",
        "SE": "Sweden",
        "NG": "Nigeria",
        "FR": "France",
        "NP": "Nepal",
        "PH": "Philippines",
        "IN": "India",
        "HK": "Hong Kong",
        "BD": "Bangladesh",
        "QA": "Qatar",
        "ID": "Indonesia",
        "MY": "Malaysia",
        "SA": "Saudi Arabia",
        "UG": "Uganda",
    },
    "fr": {
        "MA": "Maroc",
        "BE": "Belgique",
        "CI": "Côte d'Ivoire",
        "CH": "Suisse",
        "NE": "Niger",
        "ML": "Mali",
        "SN": "Sénégal",
        "GN": "Guinée",
        "MG": "Madagascar",
        "CM": "Cameroun",
        "BF": "Burkina Faso",
        "FR": "France",
        "CA": "Canada",
        "TN": "Tunisie",
        "BI": "Burundi",
        "RW": "Rwanda",
        "CD": "République démocratique du Congo",
        "LU": "Luxembourg",
    },
    "es": {
        "GT": "Guatemala",
        "MX": "México",
        "PA": "Panamá",
        "NI": "Nicaragua",
        "CO": "Colombia",
        "CR": "Costa Rica",
        "EC": "Ecuador",
        "HN": "Honduras",
        "SV": "El Salvador",
        "CL": "Chile",
        "US": "Estados Unidos",
        "BO": "Bolivia",
        "PE": "Perú",
        "AR": "Argentina",
    },
    "pt": {
        "BR": "Brasil",
        "PT": "Portugal",
        "AO": "Angola",
        "MZ": "Moçambique",
        "CV": "Cabo Verde",
        "PY": "Paraguai",
        "ST": "São Tomé e Príncipe",
        "TL": "Timor-Leste",
        "GW": "Guiné-Bissau",
    },
}


def sig(name, kind="organization", countries=(), member_of=None, cin=(), supporter=False, **extra):
    """One signatory: gold fields plus layout extras (acronym, city, shown country, affiliation...)."""
    d = {
        "name": name,
        "read_as": kind,
        "countries": list(countries),
        "member_of": member_of,
        "cin": list(cin),
        "supporter": supporter,
    }
    d.update(extra)
    return d


def org(name, *countries, **kw):
    return sig(name, "organization", countries, **kw)


def person(name, *countries, **kw):
    return sig(name, "person", countries, **kw)


def coal(name, *countries, **kw):
    return sig(name, "coalition", countries, **kw)


def cname(lang, s):
    """The printed country of a signatory (its first country), or '' if none."""
    if "shown" in s:
        return s["shown"]
    if not s["countries"] or s.get("no_suffix"):
        return ""
    return COUNTRY[lang][s["countries"][0]]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def gold_yaml(doc):
    lines = [
        f"document: {q(doc['file'])}",
        f"format: {doc['format']}",
        f"language: {doc['lang']}",
        f"layout: {doc['layout']}",
        "origin: hand-written",
        f"notes: {q(doc['notes'])}",
        "signatories:",
    ]
    for s in doc["sigs"]:
        lines.append(f"  - name: {q(s['name'])}")
        lines.append(f"    read_as: {s['read_as']}")
        if s["member_of"]:
            lines.append(f"    member_of: {q(s['member_of'])}")
        lines.append(f"    countries: [{', '.join(s['countries'])}]")
        if s["cin"]:
            lines.append(f"    countries_in_name: [{', '.join(s['cin'])}]")
        if s["supporter"]:
            lines.append("    supporter: true")
    lines.append("not_agents:")
    lines.extend(f"  - {q(x)}" for x in doc["not_agents"])
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------------
# PDF helpers


def _pdf_styles():
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8),
        "meta": ParagraphStyle("m", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceAfter=8),
        "body": ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3),
        "small": ParagraphStyle("s", fontName="Helvetica", fontSize=8, leading=10),
        "smallind": ParagraphStyle("si", fontName="Helvetica", fontSize=8, leading=10, leftIndent=14),
        "note": ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5, spaceBefore=6),
    }


def _build_pdf(path, story, header, footer_fmt, npages, first_notes=()):
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1
    width, height = A4

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, height - 36, header)
        canvas.drawRightString(width - 56, 30, footer_fmt.format(i=doc.page, n=npages))
        if doc.page == 1:
            y = 48 + 10 * len(first_notes)
            canvas.line(56, y + 8, 200, y + 8)
            for note in first_notes:
                canvas.drawString(56, y, note)
                y -= 10
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=56,
        rightMargin=56,
        topMargin=60,
        bottomMargin=60 + 10 * len(first_notes),
        invariant=1,
        title=header,
        author="",
        subject="",
        creator="",
        producer="",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------------------------------------
# 1. English PDF: "Org, Country" lines in a small font after "endorsed by", footnotes, late signatures


def doc01():
    lang = "en"
    coal_name = "Mediterranean Rescue Observatory"
    orgs = [
        org("Harbour Light Refugee Support", "GB"),
        org("Coastwatch Solidarity Collective", "MT"),
        org("Refugee Legal Clinic, Faculty of Law, University of Thornbury", "AU"),
        org("St. Brigid's Migrant Welcome Centre", "IE"),
        org("Women on the Move & Allies (WOMA)", "KE"),
        org("Friends of Lesvos Association", "NL"),
        coal(coal_name, "IT"),
        org("Sea Lanterns Volunteer Corps", "ES", member_of=coal_name),
        org("Associazione Porto Aperto", "IT", member_of=coal_name),
        org("Open Harbour Kefalonia", "GR", member_of=coal_name),
        org("Migrant Health Partnership of the Pacific Northwest", "US"),
        org("Council for Returnee Dignity", "SL"),
        org("Detention Monitors Canada", "CA", cin=["CA"], no_suffix=True),
        org("Tamarind Labour Rights Centre", "LK"),
        org("Lagos Diaspora Return Forum", "DE"),
        org(f"Youth for Open Borders {EN} Aotearoa", "NZ"),
    ]
    persons = [
        person("Prof. Helen Marwood", "AU", aff="Kestrel University"),
        person("Dr. Samuel Okonjo-Reyes", "NG", aff="Institute for Mobility Studies, Port Harcourt"),
        person("Rev. Margaret Ashdown", "GB", aff="Diocese of Wexcombe"),
        person("Dr. Amina Farouk-Lindqvist", "SE", aff="Nordic Centre for Asylum Research"),
    ]
    late = [org("Kinship Refugee Sponsorship Circle", "CA"), org("Ocean Vigil Medics", "FR")]
    from reportlab.platypus import PageBreak, Paragraph

    st = _pdf_styles()
    title = "No One Left in the Water: A Civil Society Statement on Search and Rescue"
    place = "London and Valletta, 1 December 2026"
    story = [
        Paragraph(esc(title), st["title"]),
        Paragraph(esc(place), st["meta"]),
        Paragraph(
            "Every week boats in distress go unanswered while coordination centres argue about whose zone they "
            "drifted into. We, the undersigned, ask states to treat every call for help at sea as their own "
            "responsibility until a safe port is reached.<super>1</super>",
            st["body"],
        ),
        Paragraph(
            "Rescue ships run by volunteers must not be detained on administrative pretexts, and people brought "
            "ashore must be heard one by one, with an interpreter and a lawyer, before any decision on their "
            "return is taken.<super>2</super> Disembarkation is the start of protection, not its end.",
            st["body"],
        ),
        Paragraph(
            "We also ask donors to fund the search for missing persons and the identification of the dead, so "
            "that families on both shores can know what happened to those they love.",
            st["body"],
        ),
        PageBreak(),
        Paragraph("This statement is endorsed by the following organisations:", st["h"]),
    ]
    for s in orgs:
        if s["read_as"] == "coalition":
            line = f"{s['name']} (network), {cname(lang, s)}, on behalf of its members:"
            story.append(Paragraph(esc(line), st["small"]))
        elif s["member_of"]:
            story.append(Paragraph(esc(f"{EN} {s['name']}, {cname(lang, s)}"), st["smallind"]))
        elif s.get("no_suffix"):
            story.append(Paragraph(esc(s["name"]), st["small"]))
        else:
            story.append(Paragraph(esc(f"{s['name']}, {cname(lang, s)}"), st["small"]))
    story.append(Paragraph("Individual endorsements<super>3</super>", st["h"]))
    for s in persons:
        story.append(Paragraph(esc(f"{s['name']}, {s['aff']}, {cname(lang, s)}"), st["small"]))
    story.append(Paragraph("Late signatures (added 28 November 2026):", st["h"]))
    for s in late:
        story.append(Paragraph(esc(f"{s['name']}, {cname(lang, s)}"), st["small"]))
    contact = "Media contact: Joanna Pike, press officer, press@harbourlight.example"
    story.append(Paragraph(esc(contact), st["note"]))
    story.append(Paragraph("3 Affiliations are given for identification purposes only.", st["note"]))
    notes = [
        "1 See the 1979 convention on maritime search and rescue and its annex.",
        "2 Figures on detained rescue ships are kept by the Observatory and updated monthly.",
    ]
    header = "Civil society statement on rescue at sea " + EN + " December 2026"

    def render(path):
        _build_pdf(path, story, header, "Page {i} of {n}", 2, first_notes=notes)

    return {
        "stem": "h5-01-en-pdf-endorsed-lines",
        "format": "pdf",
        "lang": lang,
        "layout": "pdf-small-font-org-comma-country",
        "notes": "Titles (Prof., Dr., Rev.) are kept in person names as printed; affiliations between the name "
        "and the country are not agents. '(network)' is a layout marker, not part of the name. Names "
        "with commas (a faculty of a university) are split at the last comma only. "
        "'Detention Monitors Canada' has no country suffix: its country is in its name.",
        "sigs": orgs + persons + late,
        "render": render,
        "not_agents": [
            title,
            place,
            "This statement is endorsed by the following organisations:",
            "Individual endorsements",
            "Late signatures (added 28 November 2026):",
            "Page 2 of 2",
            header,
            "Kestrel University",
            "Institute for Mobility Studies, Port Harcourt",
            "Diocese of Wexcombe",
            "Nordic Centre for Asylum Research",
            contact,
            "Affiliations are given for identification purposes only.",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# 2. French PDF: sectors with counts, "ACRONYME - Nom (Pays)", network "au nom de", page break in members


def doc02():
    lang = "fr"
    net = f"RéMiSa {EN} Réseau Migrations Sahel-Atlantique"
    assoc = [
        org(f"ASSAMI {EN} Association d'Aide aux Migrants de l'Oriental", "MA"),
        org(f"LDE {EN} Ligue des Droits des Exilé{MID}e{MID}s", "BE"),
        org(f"FAMIRA {EN} Femmes Migrantes et Résilience en Afrique", "CI"),
        org(f"CAPJ {EN} Collectif d'Accueil de Pont-de-Joux", "CH"),
        org(f"ADESE {EN} Action pour la Dignité des Enfants sur les routes de l'Exil", "NE"),
        org(f"OMT {EN} Observatoire des Mobilités Transsahariennes", "ML"),
        org("SOS Frontières Alpines", "FR"),
        org(f"AJRM {EN} Association des Juristes pour les Réfugiés de Montréal", "CA"),
        org("Maison des Solidarités de Sfax", "TN"),
    ]
    nets = [
        coal(net),
        org(f"GRADE {EN} Groupe de Réflexion et d'Action pour les Droits des Expulsés", "ML", member_of=net),
        org(f"ARSO {EN} Association des Rapatrié{MID}e{MID}s du Sénégal Oriental", "SN", member_of=net),
        org("Maison du Retour d'Agadez", "NE", member_of=net),
        org(f"Collectif Lyon{EN}Lesbos Solidarité", "FR"),
    ]
    persons = [
        person(f"S{OE}ur Marie-Thérèse Ndiaye", "SN"),
        person("Pr Aïssatou Barry-Kane", "GN"),
        person("Dr Karim Benslimane", "MA"),
        person("Père Olivier Rabemananjara", "MG"),
        person("Maître Hélène Dufresne-Oyono", "CM"),
    ]
    late = [
        org(f"ATAD {EN} Accueil et Toit aux Déplacés", "BF"),
        org("Comité de Vigilance Migrants de Calais-Dunkerque", "FR"),
    ]
    from reportlab.platypus import PageBreak, Paragraph

    st = _pdf_styles()
    title = "Appel de Genève : arrêtons les renvois forcés vers le désert"
    place = "Genève, le 2 décembre 2026"
    story = [
        Paragraph(esc(title), st["title"]),
        Paragraph(esc(place), st["meta"]),
        Paragraph(
            "Depuis le début de l'année, des centaines de personnes interpellées dans les villes côtières sont "
            "conduites en autocar jusqu'aux frontières sahariennes et laissées sans eau ni abri. Nos équipes "
            "recueillent chaque semaine les témoignages de celles et ceux qui ont survécu à la marche.",
            st["body"],
        ),
        Paragraph(
            "Nous demandons la fin immédiate de ces renvois, l'accès des organisations humanitaires aux lieux de "
            "regroupement et l'examen individuel de chaque situation par une autorité indépendante. Les fonds "
            "européens de coopération ne doivent plus financer ces opérations.",
            st["body"],
        ),
        Paragraph("Endossent cet appel :", st["h"]),
        Paragraph(f"Associations ({len(assoc)})", st["h"]),
    ]
    for s in assoc:
        story.append(Paragraph(esc(f"{s['name']} ({cname(lang, s)})"), st["small"]))
    story.append(Paragraph("Réseaux et collectifs (2)", st["h"]))
    for i, s in enumerate(nets):
        if s["read_as"] == "coalition":
            story.append(Paragraph(esc(f"{s['name']} (réseau régional), au nom de ses membres :"), st["small"]))
        elif s["member_of"]:
            story.append(Paragraph(esc(f"{EM} {s['name']} ({cname(lang, s)})"), st["smallind"]))
            if i == 1:
                story.append(PageBreak())
        else:
            story.append(Paragraph(esc(f"{s['name']} (collectif) ({cname(lang, s)})"), st["small"]))
    story.append(Paragraph(f"Personnalités ({len(persons)})", st["h"]))
    for s in persons:
        story.append(Paragraph(esc(f"{s['name']} ({cname(lang, s)})"), st["small"]))
    story.append(Paragraph("Signatures tardives (reçues après le 30 novembre) :", st["h"]))
    for s in late:
        story.append(Paragraph(esc(f"{s['name']} ({cname(lang, s)})"), st["small"]))
    contact = "Contact presse : Claire Vannier, chargée de communication, presse@appel-geneve.example"
    story.append(Paragraph(esc(contact), st["note"]))
    story.append(Paragraph(esc("Pour signer : écrivez à signatures@appel-geneve.example"), st["note"]))
    header = "Appel de Genève " + EN + " renvois forcés au Sahel"

    def render(path):
        _build_pdf(path, story, header, "Page {i} sur {n}", 2)

    return {
        "stem": "h5-02-fr-pdf-sector-acronyms",
        "format": "pdf",
        "lang": lang,
        "layout": "pdf-sector-counts-acronym-dash",
        "notes": "Entries are 'SIGLE \u2013 Nom complet (Pays)'; the gold name keeps the acronym and the dash. "
        "'(réseau régional)' and '(collectif)' are layout markers, not part of the names; the regional "
        "network states no country. A page break falls inside the network's members. Titles (Sœur, Pr, "
        "Dr, Père, Maître) are kept in person names as printed. The collective names two cities "
        "(Lyon, Lesbos), only its country suffix counts.",
        "sigs": assoc + nets + persons + late,
        "render": render,
        "not_agents": [
            title,
            place,
            "Endossent cet appel :",
            f"Associations ({len(assoc)})",
            "Réseaux et collectifs (2)",
            f"Personnalités ({len(persons)})",
            "Signatures tardives (reçues après le 30 novembre) :",
            "Page 1 sur 2",
            "Page 2 sur 2",
            header,
            contact,
            "Pour signer : écrivez à signatures@appel-geneve.example",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# HTML page furniture


def page(lang, title, site, nav, cookie, share, sidebar, footer, main):
    navh = "\n".join(f'      <li><a href="#">{esc(x)}</a></li>' for x in nav)
    shareh = "\n".join(f'      <a class="share" href="#">{esc(x)}</a>' for x in share)
    sideh = "\n".join(f"      <li>{esc(x)}</li>" for x in sidebar[1:])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(site)}</title>
  <style>.grid{{display:grid;grid-template-columns:repeat(3,1fr)}} .card{{border:1px solid #ccc}}</style>
</head>
<body>
  <div id="cookie-banner" class="cookies">
    <p>{esc(cookie[0])}</p>
    <button>{esc(cookie[1])}</button> <button>{esc(cookie[2])}</button>
  </div>
  <header>
    <div class="logo">{esc(site)}</div>
    <nav>
      <ul>
{navh}
      </ul>
    </nav>
  </header>
  <div class="layout">
  <main>
    <article>
      <h1>{esc(title)}</h1>
      <div class="share-bar">
{shareh}
      </div>
{main}
    </article>
  </main>
  <aside class="sidebar">
    <h3>{esc(sidebar[0])}</h3>
    <ul>
{sideh}
    </ul>
  </aside>
  </div>
  <footer>
    <p>{esc(footer)}</p>
  </footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 3. Spanish web page: grid of cards (name + country line), networks as cards with "en nombre de"


def doc03():
    lang = "es"
    red1 = "Red Mesoamericana de Albergues Seguros (RedMAS)"
    red2 = "Red Jurídica Transfronteriza"
    cards = [
        org("Fundación Caminos de Niñez (FUCANI)", "GT"),
        org('Centro de Derechos Humanos "Fray Tomás de Mercado"', "MX"),
        org("Asociación Pro Refugio Chiriquí", "PA"),
        org("Colectivo Mujeres Sin Fronteras de Tapachula", "MX"),
        coal(red1, shown="Regional"),
        org("Albergue Casa Esperanza del Suchiate", "MX", member_of=red1),
        org("Posada del Caminante de Esquipulas", "GT", member_of=red1),
        org("Hogar Temporal San Benito", "HN", member_of=red1),
        org("Casa de Acogida Nuestra Señora del Camino", "SV", member_of=red1),
        org("Pastoral Migrante de la Diócesis de Ocotal", "NI"),
        org("Clínica Jurídica para Migrantes, Universidad Autónoma del Pacífico", "CO"),
        org(f"Observatorio de Fronteras Darién{EN}Sur", "CR"),
        org("Asociación de Venezolanos en Cúcuta", "CO"),
        org("Fundación Panamericana para la Niñez Migrante en Ecuador (FUPANIME)", "EC"),
        org("Movimiento de Madres Centroamericanas Buscadoras", "HN"),
        coal(red2, shown="Regional"),
        org("Abogadas por la Movilidad A.C.", "MX", member_of=red2),
        org("Consultorio Legal Migrante de Houston", "US", member_of=red2),
        org("Defensoría Comunitaria de Choluteca", "HN", member_of=red2),
    ]
    persons = [
        person("Dra. Lucía Arévalo Quintanilla", "SV"),
        person("Pbro. Andrés Villatoro Mejía", "GT"),
        person("Mtra. Rosario Ibáñez de la Peña", "MX"),
        person("Lic. Tomás Echeverría Ortúzar", "CL"),
    ]
    title = "Niñas y niños en tránsito: protección antes que detención"
    site = "Observatorio Regional de Movilidad y Niñez"
    caption = "Foto: mochilas infantiles en la entrada de un albergue de tránsito. Crédito: archivo ORMN."
    parts = [
        '      <p class="fecha">Ciudad de Guatemala, 30 de noviembre de 2026</p>',
        f'      <figure><div class="img"></div><figcaption>{esc(caption)}</figcaption></figure>',
        "      <p>Cada mes miles de niñas, niños y adolescentes cruzan la región sin una persona adulta que los "
        "acompañe. En lugar de recibir cuidado, muchos pasan días en estaciones migratorias sin saber qué "
        "ocurrirá con ellos.</p>",
        "      <p>Pedimos que ninguna persona menor de edad sea privada de libertad por su situación migratoria, "
        "que se designe de inmediato una tutora o un tutor y que la reunificación familiar se decida siempre "
        "según su interés superior.</p>",
        "      <h2>Adhieren</h2>",
        '      <p class="nota">Organizaciones y personas que se suman a este pronunciamiento:</p>',
        '      <div class="grid">',
    ]
    for s in cards:
        if s["member_of"]:
            continue
        if s["read_as"] == "coalition":
            members = [m for m in cards if m["member_of"] == s["name"]]
            lis = "\n".join(f"            <li>{esc(m['name'])} ({cname(lang, m)})</li>" for m in members)
            parts.append(
                f'        <div class="card red">\n          <h4>{esc(s["name"])}</h4>\n'
                f'          <span class="badge">red</span>\n          <p class="pais">{cname(lang, s)}</p>\n'
                f"          <p>en nombre de:</p>\n          <ul>\n{lis}\n          </ul>\n        </div>"
            )
        else:
            parts.append(
                f'        <div class="card">\n          <h4>{esc(s["name"])}</h4>\n'
                f'          <p class="pais">{cname(lang, s)}</p>\n        </div>'
            )
    parts.append("      </div>")
    parts.append("      <h3>Personas firmantes</h3>")
    parts.append('      <div class="grid personas">')
    for s in persons:
        parts.append(
            f'        <div class="card persona">\n          <h4>{esc(s["name"])}</h4>\n'
            f'          <p class="pais">{cname(lang, s)}</p>\n        </div>'
        )
    parts.append("      </div>")
    call = "¿Tu organización quiere adherir? Escríbenos a adhesiones@ormn.example"
    press = "Prensa: Marcela Quiroa, comunicación, +502 0000 0000"
    parts.append(f'      <p class="cta">{esc(call)}</p>')
    parts.append(f'      <p class="prensa">{esc(press)}</p>')
    nav = ["Inicio", "Quiénes somos", "Pronunciamientos", "Informes", "Contacto"]
    cookie = ["Usamos cookies propias y de terceros para mejorar tu experiencia.", "Aceptar", "Rechazar"]
    share = ["Compartir en Facebook", "Compartir en X", "Enviar por WhatsApp", "Copiar enlace"]
    sidebar = [
        "Artículos relacionados",
        "Informe anual sobre niñez detenida 2025",
        "Guía práctica de tutela para menores no acompañados",
        "Suscríbete a nuestro boletín",
    ]
    footer = f"© 2026 {site}. Todos los derechos reservados. Aviso de privacidad."
    text = page(lang, title, site, nav, cookie, share, sidebar, footer, "\n".join(parts))

    def render(path):
        path.write_text(text, encoding="utf-8")

    return {
        "stem": "h5-03-es-html-cards",
        "format": "html",
        "lang": lang,
        "layout": "webpage-card-grid",
        "notes": "Each card is a <div> with the name in <h4> and the country on its own line. The two networks "
        "carry a 'red' badge and 'Regional' (no country) and list their members 'en nombre de:' with "
        "countries in parentheses. Titles (Dra., Pbro., Mtra., Lic.) are kept in person names as "
        "printed. 'de Venezolanos' is a nationality, not a country; 'en Ecuador' is also the card's "
        "country. The site's publisher in the footer and the sidebar items are not agents.",
        "sigs": cards + persons,
        "render": render,
        "not_agents": [
            title,
            site,
            "Adhieren",
            "Personas firmantes",
            "Regional",
            "red",
            "en nombre de:",
            "Ciudad de Guatemala, 30 de noviembre de 2026",
            caption,
            call,
            press,
            *nav,
            *cookie,
            *share,
            *sidebar,
            "Organizaciones y personas que se suman a este pronunciamiento:",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# 4. Portuguese web page: definition list (dt name / dd country), network "em nome de", "Apoiam"


def doc04():
    lang = "pt"
    rede = "Rede Lusófona de Apoio a Refugiados"
    sigs = [
        org("Centro de Apoio ao Migrante de Boa Vista (CAMBV)", "BR"),
        org("Associação Haitiano-Brasileira de Cascavel", "BR"),
        org("Instituto Terra de Acolhida", "PT"),
        org("Coletivo Mulheres Imigrantes do Porto", "PT"),
        coal(rede, "BR", "PT", "AO", "MZ", shown="Brasil, Portugal, Angola e Moçambique"),
        org("Associação Kalunga de Apoio ao Retornado", "AO", member_of=rede),
        org("Casa do Migrante de Maputo", "MZ", member_of=rede),
        org("Centro Cabo-verdiano de Estudos Migratórios", "CV", member_of=rede),
        org("Irmandade São Raimundo de Acolhida", "BR"),
        org("Núcleo de Estudos sobre Migrações, Universidade Federal do Vale do Juruá", "BR"),
        org("Associação de Venezuelanas em Pacaraima", "BR"),
        org("Movimento Migrantes por Direitos & Dignidade (MMDD)", "BR"),
        org(f"Associação Lisboa{EN}Dakar Solidária", "PT"),
        org("Associação de Apoio a Migrantes em Moçambique", "MZ", cin=["MZ"], shown=EM),
    ]
    sup = [
        org("Fundação Ponte Atlântica", "PT", supporter=True),
        org("Cooperativa de Costureiras Imigrantes Bom Retiro Unido", "BR", supporter=True),
    ]
    persons = [
        person("Pe. Antônio Carlos Menegatti", "BR"),
        person("Ir. Rosângela Baptista Conceição", "BR"),
        person("Profa. Dra. Joana Sá Nogueira", "PT"),
        person("Dr. Edmilson Tavares Lopes", "CV"),
    ]
    title = "Carta aberta: documentos para quem já vive aqui"
    site = "Portal Migrações em Rede"

    def dl(items):
        out = ["      <dl>"]
        for s in items:
            if s["member_of"]:
                continue
            out.append(f"        <dt>{esc(s['name'])}" + (" (rede)" if s["read_as"] == "coalition" else "") + "</dt>")
            out.append(f"        <dd>{esc(cname(lang, s))}</dd>")
            if s["read_as"] == "coalition":
                ms = "; ".join(f"{esc(m['name'])} ({cname(lang, m)})" for m in items if m["member_of"] == s["name"])
                out.append(f'        <dd class="membros">em nome de: {ms}</dd>')
        out.append("      </dl>")
        return out

    date = "Brasília e Lisboa, 1.º de dezembro de 2026"
    parts = [
        f'      <p class="data">{date}</p>',
        "      <p>Milhares de pessoas que trabalham, estudam e pagam impostos continuam sem autorização de "
        "residência porque os pedidos esperam anos por uma resposta. Sem documento, não há contrato, conta "
        "bancária nem consulta médica marcada.</p>",
        "      <p>Pedimos um procedimento de regularização simples, gratuito e permanente, com prazos curtos e "
        "recurso efetivo, e que nenhum pedido pendente sirva de motivo para detenção ou expulsão.</p>",
        "      <h2>Assinam esta carta</h2>",
        *dl(sigs),
        "      <h3>Apoiam:</h3>",
        *dl(sup),
        "      <h3>Assinaturas individuais</h3>",
        *dl(persons),
    ]
    editor = "Nota da redação: lista atualizada em 2 de dezembro de 2026."
    call = "Quer assinar? Preencha o formulário de adesão até 15 de dezembro."
    parts.append(f'      <p class="nota">{esc(editor)}</p>')
    parts.append(f'      <p class="cta">{esc(call)}</p>')
    nav = ["Início", "Notícias", "Cartas e manifestos", "Sobre nós", "Fale conosco"]
    cookie = ["Este site utiliza cookies para analisar o tráfego.", "Aceitar todos", "Configurar"]
    share = ["Partilhar no Facebook", "Partilhar no LinkedIn", "Enviar por e-mail"]
    sidebar = [
        "Mais lidas",
        "Guia de direitos para recém-chegados",
        "Agenda de plantões jurídicos gratuitos",
        "Receba a nossa newsletter",
    ]
    footer = f"{site} {EN} conteúdo sob licença CC BY 4.0 {EN} Política de privacidade"
    text = page(lang, title, site, nav, cookie, share, sidebar, footer, "\n".join(parts))

    def render(path):
        path.write_text(text, encoding="utf-8")

    return {
        "stem": "h5-04-pt-html-deflist",
        "format": "html",
        "lang": lang,
        "layout": "webpage-definition-list",
        "notes": "Each signatory is a <dt> with its country in the following <dd>. The network is marked '(rede)' "
        "(a layout marker, not part of the name), states four countries, and names its members in a "
        "second <dd> 'em nome de: A (País); B (País)'. One organization has '—' instead of a country; "
        "its country is in its name ('em Moçambique'). 'Apoiam:' lists supporters (direct signatories "
        "with supporter: true). Titles (Pe., Ir., Profa. Dra., Dr.) are kept in person names.",
        "sigs": sigs + sup + persons,
        "render": render,
        "not_agents": [
            title,
            site,
            "Assinam esta carta",
            "Apoiam:",
            "Assinaturas individuais",
            date,
            editor,
            call,
            *nav,
            *cookie,
            *share,
            *sidebar,
            footer,
            "Brasil, Portugal, Angola e Moçambique",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# DOCX helpers


def _save_docx(document, path):
    cp = document.core_properties
    fixed = dt.datetime(2026, 12, 3, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------------------
# 5. Spanish DOCX: a table with two side-by-side name columns (alphabetical down each column, read by rows)


def doc05():
    lang = "es"
    red = "Red Andina de Movilidad Humana"
    table_orgs = [
        org("Corporación Colchane Digno", "CL"),
        org("Asociación Civil Puentes del Altiplano", "BO"),
        coal(red, shown="Regional"),
        org('Instituto de Estudios Migratorios "Gabriela Mistral"', "CL"),
        org("Centro de Atención al Migrante de Tacna (CAMTA)", "PE"),
        org("Fundación Manos Abiertas de Iquique", "CL"),
        org("Colectivo de Abogadas Migrantes de Mendoza", "AR"),
        org("Asociación de Peruanos Residentes en Antofagasta", "CL"),
        org("Observatorio Boliviano de Retorno y Deportación", "BO"),
        org("Fundación Mitad del Mundo para las Personas Refugiadas", "EC"),
        org("Clínica Jurídica de Derechos Humanos, Pontificia Universidad del Norte Grande", "CL"),
        org("Comité de Familias de Personas Migrantes Desaparecidas en el Desierto de Atacama", "CL"),
    ]

    def key(s):
        return s["name"].lower().translate(str.maketrans("áéíóú", "aeiou")).replace('"', "")

    ordered = sorted(table_orgs, key=key)
    half = len(ordered) // 2
    left, right = ordered[:half], ordered[half:]
    rowmajor = [s for pair in zip(left, right, strict=True) for s in pair]
    members = [
        org("Asociación Ruta Segura de Desaguadero", "PE", member_of=red),
        org("Casa del Caminante de Pisiga", "BO", member_of=red),
        org("Fundación Warmi Migrante", "EC", member_of=red),
        org("Centro Pastoral de Ipiales", "CO", member_of=red),
    ]
    late = [
        org("Asociación Venezolana-Chilena de Profesionales de la Salud (ASOVECH)", "CL"),
        org("Movimiento Ciudadano Lima Sin Xenofobia", "PE"),
    ]
    persons = [
        person("Dra. Verónica Pizarro Altamirano", "CL"),
        person("Hna. Guadalupe Quispe Mamani", "BO"),
        person("Dr. Ignacio Rentería Solís", "PE"),
        person("Mg. Camila Aránguiz Toro", "CL"),
    ]
    import docx

    d = docx.Document()
    title = "Declaración de Arica: no a la detención en la frontera norte"
    place = "Santiago de Chile, 1 de diciembre de 2026"
    d.add_heading(title, level=1)
    d.add_paragraph(place)
    d.add_paragraph(
        "Desde hace meses, familias que cruzan el altiplano son retenidas durante días en recintos improvisados, "
        "sin acceso a un abogado ni a un intérprete. Muchas de ellas llevan consigo a niñas y niños pequeños."
    )
    d.add_paragraph(
        "Las organizaciones firmantes pedimos cerrar esos recintos, establecer un procedimiento fronterizo con "
        "plazos y control judicial, y coordinar con Perú y Bolivia una respuesta humanitaria común."
    )
    d.add_heading("Organizaciones firmantes", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Organización", "País", "Organización", "País"]):
        t.rows[0].cells[i].text = h
    for a, b in zip(left, right, strict=True):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a["name"], cname(lang, a)
        cells[2].text, cells[3].text = b["name"], cname(lang, b)
    intro = f"La {red} (red) firma en nombre de sus integrantes:"
    d.add_paragraph(intro)
    for m in members:
        d.add_paragraph(f"{m['name']} ({cname(lang, m)})", style="List Bullet")
    d.add_paragraph("Firman también:")
    for s in late:
        d.add_paragraph(f"{s['name']} ({cname(lang, s)})", style="List Bullet")
    d.add_paragraph("A título personal:")
    for s in persons:
        d.add_paragraph(f"{s['name']} ({cname(lang, s)})", style="List Bullet")
    press = "Contacto de prensa: Daniela Muñoz, encargada de comunicaciones (prensa@declaracionarica.example)"
    editor = "Nota de la editora: la lista de firmas se actualizó el 2 de diciembre de 2026."
    d.add_paragraph(press)
    d.add_paragraph(editor)

    def render(path):
        _save_docx(d, path)

    return {
        "stem": "h5-05-es-docx-side-by-side",
        "format": "docx",
        "lang": lang,
        "layout": "docx-table-two-name-columns",
        "notes": "A four-column table 'Organización | País | Organización | País': the names are alphabetical "
        "down the left pair of columns, then down the right pair, but the gold follows the reading "
        "order of python-docx (row by row, left cell before right cell). The network's row says "
        "'Regional' (no country); it is named again below the table with its members (one agent, "
        "listed at its first mention). '(red)' is a marker, not part of the name. 'Firman también:' "
        "are late direct signatories. 'Peruanos'/'Boliviano'/'Venezolana-Chilena' are nationalities.",
        "sigs": rowmajor + members + late + persons,
        "render": render,
        "not_agents": [
            title,
            place,
            "Organizaciones firmantes",
            "Organización",
            "País",
            "Regional",
            intro,
            "Firman también:",
            "A título personal:",
            press,
            editor,
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# 6. French DOCX: an open letter whose signatories come first, before the salutation and the body


def doc06():
    lang = "fr"
    res = f"Réseau Regroupement Familial Europe{EN}Grands Lacs"
    top = [
        org("Maison de l'Exil de Namur", "BE"),
        org(f"Association Familles Réunies sans Frontières {EN} AFRF", "BE"),
        org("Collectif des Parents Séparés de Liège", "BE"),
        coal(res),
        org("Centre d'Écoute des Familles Réfugiées de Bujumbura", "BI", member_of=res),
        org("Association Umuryango Ukize", "RW", member_of=res),
        org("Maison des Droits des Familles de Goma", "CD", member_of=res),
        org(f"Point d'Appui Familles de Lubumbashi {EN} PAFAL", "CD", member_of=res, shown="RD Congo"),
        org("Ligue luxembourgeoise pour le Droit de Vivre en Famille", "LU"),
        org("Entraide Familiale Réfugiés de la Broye", "CH"),
        org("Clinique juridique « Droits et Migrations », Université Libre de Mons", "BE"),
        org("Association Haïti-Québec pour la Réunification Familiale", "CA"),
        org(f"L'Escale d'Ixelles {EN} accueil des familles", "BE"),
        org("Comité des Femmes Congolaises de Charleroi", "BE"),
        org("Collectif Mamans d'Ici et d'Ailleurs", "FR"),
    ]
    persons = [
        person(f"S{OE}ur Anne-Claire Vandenbroucke", "BE"),
        person("Me Thierry Nsengiyumva", "BE", aff="avocat au barreau de Bruxelles"),
        person("Pr Geneviève Lambotte-Diallo", "BE"),
        person("Abbé Jean-Baptiste Habimana", "RW"),
    ]
    late = [
        org("Association des Réfugiés Burundais de Verviers", "BE"),
        org(f"Solidarité Familles Exilées Genève{EN}Lausanne", "CH"),
    ]
    import docx

    d = docx.Document()
    head = "Les organisations et personnes soussignées"
    d.add_paragraph(head).runs[0].bold = True
    for s in top:
        if s["read_as"] == "coalition":
            d.add_paragraph(f"{s['name']} (réseau), au nom de :", style="List Bullet")
        elif s["member_of"]:
            d.add_paragraph(f"{s['name']} ({cname(lang, s)})", style="List Bullet 2")
        else:
            d.add_paragraph(f"{s['name']} ({cname(lang, s)})", style="List Bullet")
    d.add_paragraph("À titre individuel :")
    for s in persons:
        aff = f", {s['aff']}" if s.get("aff") else ""
        d.add_paragraph(f"{s['name']}{aff} ({cname(lang, s)})", style="List Bullet")
    to = "À Madame la Secrétaire d'État à l'Asile et à la Migration"
    obj = "Objet : délais du regroupement familial des personnes réfugiées"
    place = "Bruxelles, le 27 novembre 2026"
    d.add_paragraph(place)
    d.add_paragraph(to)
    d.add_paragraph(obj).runs[0].bold = True
    d.add_paragraph("Madame la Secrétaire d'État,")
    d.add_paragraph(
        "Des enfants attendent depuis plus de deux ans de rejoindre un parent reconnu réfugié en Belgique. Les "
        "rendez-vous dans les ambassades sont introuvables, les tests ADN sont exigés à leurs frais et les "
        "dossiers s'égarent entre les services."
    )
    d.add_paragraph(
        "Nous vous demandons de fixer un délai de traitement de six mois, de prendre en charge les frais de "
        "preuve de filiation et d'accepter les demandes introduites depuis la Belgique lorsque l'ambassade est "
        "inaccessible."
    )
    d.add_paragraph("Veuillez agréer, Madame la Secrétaire d'État, l'expression de notre haute considération.")
    d.add_paragraph("Endossent également :")
    for s in late:
        d.add_paragraph(f"{s['name']} ({cname(lang, s)})", style="List Bullet")
    contact = "Contact : Paul Mercier, coordinateur de la campagne, familles@regroupement.example"
    d.add_paragraph(contact)

    def render(path):
        _save_docx(d, path)

    return {
        "stem": "h5-06-fr-docx-top-list",
        "format": "docx",
        "lang": lang,
        "layout": "docx-signatories-first",
        "notes": "The signatories come first, as the letter's senders, before the place, addressee, subject and "
        "salutation; two late endorsers follow the closing formula. The network ('(réseau)', a marker) "
        "states no country; its members are 'List Bullet 2' paragraphs. 'RD Congo' is CD. Dash "
        "acronyms ('\u2013 AFRF', '\u2013 PAFAL') and a dash tagline ('\u2013 accueil des familles') stay in names. "
        "'Congolaises', 'Burundais', 'luxembourgeoise' are nationalities. A lawyer's bar affiliation "
        "is not part of his name. Titles (Sœur, Me, Pr, Abbé) are kept as printed.",
        "sigs": top + persons + late,
        "render": render,
        "not_agents": [
            head,
            "À titre individuel :",
            to,
            obj,
            place,
            "Madame la Secrétaire d'État,",
            "Endossent également :",
            contact,
            "avocat au barreau de Bruxelles",
            "RD Congo",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# 7. English txt: sector headings with counts, "ACRONYM - Full name (Country)", page breaks, editor's note


def doc07():
    lang = "en"
    n1 = f"CRAN {EN} Corridor Rights Alliance Network"
    n2 = "FAIR-Recruit Asia Coalition"
    unions = [
        org(f"DWU-K {EN} Domestic Workers' Union of Kathmandu", "NP"),
        org(f"FMWA {EN} Federation of Migrant Welders & Allied Trades", "PH"),
        org(f"SLRWU {EN} Sri Lanka Returnee Workers' Union", "LK", cin=["LK"], no_suffix=True),
        org(f"KSM {EN} Kamgar Sathi Mandal", "IN"),
        org(f"BWA-HK {EN} Bayanihan Workers' Association Hong Kong", "HK"),
    ]
    ngos = [
        org(f"CREST {EN} Centre for Recruitment Ethics and Safe Transit", "BD"),
        org("Lantern Migrant Resource Centre", "QA"),
        org(f"JALAN {EN} Jaringan Advokasi Buruh Migran Lintas Negara", "ID"),
        org(f"SPAF {EN} Safe Passage Asia Foundation", "MY"),
        org("Kenya Returnee Workers Welfare Society (KRWWS)", "KE"),
        org(f"GLMC {EN} Gulf Labour Monitoring Cell", "GB"),
    ]
    nets = [
        coal(n1),
        org(f"PEWA {EN} Pinoy Expat Welfare Advocates", "SA", member_of=n1),
        org(f"SNF {EN} Shramik Nyay Forum", "NP", member_of=n1),
        org(f"OWCC {EN} Overseas Workers' Care Centre", "LK", member_of=n1),
        coal(n2),
        org("ProtectHer Dhaka", "BD", member_of=n2),
        org(f"ILMA {EN} Inisiatif Layanan Migran Aceh", "ID", member_of=n2),
    ]
    faith = [
        org(f"OLSW {EN} Our Lady of the Sea Welfare Desk, Archdiocese of Cebu", "PH"),
        org(f"MCMD {EN} Masjid Community Migrant Desk, Klang", "MY"),
    ]
    persons = [
        person("Dr. Priya Raghunathan", "IN", aff="labour economist"),
        person("Atty. Ramon Dizon-Villareal", "PH"),
        person("Sister Bernadette Okwuosa", "NG"),
        person("Ms. Hasina Akter Munni", "BD"),
    ]
    title = "ZERO FEES, FULL WAGES: A JOINT STATEMENT ON RECRUITMENT IN THE ASIA-GULF CORRIDOR"
    running = "Zero Fees, Full Wages " + EN + " joint statement"
    lines = [
        title,
        "",
        "Kathmandu / Manila / Doha, 3 December 2026",
        "",
        "Workers still pay agents the equivalent of a year's savings for a job abroad, and many arrive to find a "
        "different contract, a lower wage and a passport kept in the employer's drawer.",
        "",
        "We call on origin and destination governments to make employers pay every recruitment cost, to license "
        "and publish the names of agencies that charge workers, and to let workers change jobs without losing "
        "their visa.",
        "",
        "Press officer: Daniel Achterberg, press@corridorrights.example",
        "",
        "",
        "SIGNATORIES",
        "",
    ]

    def block(heading, items):
        out = [f"{heading} ({len(items)})", ""]
        for s in items:
            if s["member_of"]:
                out.append(f"      {EN} {s['name']} ({cname(lang, s)})")
            elif s["read_as"] == "coalition":
                kind = "network" if "Network" in s["name"] else "coalition"
                out.append(f"{s['name']} ({kind}), on behalf of:")
            elif s.get("no_suffix"):
                out.append(s["name"])
            elif s.get("aff"):
                out.append(f"{s['name']}, {s['aff']} ({cname(lang, s)})")
            else:
                out.append(f"{s['name']} ({cname(lang, s)})")
        return [*out, ""]

    lines += block("Trade unions and workers' associations", unions)
    lines += block("Non-governmental organizations", ngos)
    top_nets = [s for s in nets if not s["member_of"]]
    nb = block("Networks and coalitions", nets)
    nb[0] = f"Networks and coalitions ({len(top_nets)})"
    lines += nb[:5]
    lines += ["", f"\f{running}", "Page 2 of 2", ""]
    lines += nb[5:]
    lines += block("Faith-based organizations", faith)
    lines += block("Individuals", persons)
    editor = "[Editor's note: this list was corrected on 2 December 2026 to fix the spelling of two names.]"
    sign = "To add your organization, write to sign@corridorrights.example before 18 December."
    lines += [editor, "", sign, ""]
    text = "\n".join(lines)

    def render(path):
        path.write_text(text, encoding="utf-8")

    return {
        "stem": "h5-07-en-txt-sector-acronyms",
        "format": "txt",
        "lang": lang,
        "layout": "lines-sector-counts-acronym",
        "notes": "Signatories grouped by sector with counts in the headings; entries 'ACRONYM \u2013 Full name "
        "(Country)', the acronym and dash kept in the name; one entry has its acronym after the name "
        "in parentheses; one has no country suffix (its country is in its name). '(network)' and "
        "'(coalition)' are markers, not part of the names; their members are indented '\u2013' lines. A "
        "form feed, running title and 'Page 2 of 2' fall inside the first network's members. A place "
        "after a comma ('Klang', 'Archdiocese of Cebu') stays in the name. 'Gulf' in GLMC is a region, "
        "not its country. The economist's occupation is not part of her name; titles are kept.",
        "sigs": unions + ngos + nets + faith + persons,
        "render": render,
        "not_agents": [
            title,
            "SIGNATORIES",
            "Kathmandu / Manila / Doha, 3 December 2026",
            "Press officer: Daniel Achterberg, press@corridorrights.example",
            f"Trade unions and workers' associations ({len(unions)})",
            f"Non-governmental organizations ({len(ngos)})",
            f"Networks and coalitions ({len(top_nets)})",
            f"Faith-based organizations ({len(faith)})",
            f"Individuals ({len(persons)})",
            running,
            "Page 2 of 2",
            editor,
            sign,
            "labour economist",
        ],
    }


# ---------------------------------------------------------------------------------------------------------
# 8. Portuguese Markdown: bold names with "— Cidade, País", networks "em nome de", persons in a table


def doc08():
    lang = "pt"
    r1 = "Rede Lusófona Clima e Mobilidade"
    r2 = "Rede de Mulheres Pescadoras do Baixo São Francisco"
    orgs = [
        org("Associação Vozes do Semiárido", "BR", city="Petrolina"),
        org("Centro de Referência para Deslocados Climáticos (CRDC)", "BR", city="Recife"),
        org("Movimento Ilhas Resilientes de Cabo Verde", "CV", cin=["CV"], city="Mindelo", no_suffix=True),
        org("Observatório Amazônico de Mobilidade Humana", "BR", city="Belém"),
        coal(r1, "PT", city="Lisboa"),
        org("Associação Chuva Boa de Tete", "MZ", member_of=r1, city="Tete"),
        org("Grupo Comunitário Mar Alto", "ST", member_of=r1, city="São Tomé"),
        org("Núcleo de Adaptação Costeira do Algarve", "PT", member_of=r1, city="Faro"),
        org("Cooperativa Agroflorestal Timor Lorosae", "TL", member_of=r1, city="Díli"),
        org("Instituto Maré Cheia & Amigos da Baía de Guanabara", "BR", city="Niterói"),
        org("Coletivo Haitianas no Acre", "BR", city="Rio Branco"),
        org("Fundação Terra Firme Angola", "AO", city="Luanda"),
        org("Comissão Diocesana de Justiça Climática de Xai-Xai", "MZ", city="Xai-Xai"),
        coal(r2, "BR", city="Penedo"),
        org("Associação de Marisqueiras de Piaçabuçu", "BR", member_of=r2, city="Piaçabuçu"),
        org("Colônia de Pescadoras Z-19 de Brejo Grande", "BR", member_of=r2, city="Brejo Grande"),
    ]
    persons = [
        person("Profa. Dra. Maria do Socorro Albuquerque", "BR", aff="Universidade Federal do Sertão"),
        person("Pe. Lino Mazivila", "MZ", aff="Paróquia de Chókwè"),
        person("Ir. Benedita dos Anjos Cardoso", "BR", aff=EM),
        person("Dr. Nuno Vaz-Pestana", "PT", aff="Centro de Estudos Atlânticos"),
    ]
    late = [
        org("Associação Juventude Verde de Bissau", "GW", city="Bissau"),
        org("Instituto d'Água Viva", "BR", city="Fortaleza"),
    ]

    def where(s):
        c = cname(lang, s)
        return f"{s['city']}, {c}" if c else s["city"]

    title = "Quando a terra seca e o mar sobe: manifesto por proteção a quem se desloca pelo clima"
    lines = [
        f"# {title}",
        "",
        "*Belém, 2 de dezembro de 2026*",
        "",
        "Secas mais longas no interior e marés mais altas no litoral já obrigam famílias inteiras a deixar "
        "as suas casas. Quase sempre mudam-se dentro do próprio país, mas sem qualquer estatuto que as "
        "proteja ou que lhes garanta terra e trabalho no lugar de chegada.",
        "",
        "Pedimos aos governos de língua portuguesa que reconheçam o deslocamento climático nas suas leis, "
        "que consultem as comunidades antes de qualquer reassentamento e que facilitem vistos humanitários "
        "entre os nossos países.",
        "",
        "## Subscrevem",
        "",
    ]
    for s in orgs:
        if s["member_of"]:
            lines.append(f"    - {s['name']} {EM} {where(s)}")
        elif s["read_as"] == "coalition":
            lines.append(f"- **{s['name']}** (rede) {EM} {where(s)}, em nome de:")
        else:
            lines.append(f"- **{s['name']}** {EM} {where(s)}")
    lines += [
        "",
        "## Assinaturas individuais",
        "",
        "| Nome | Instituição (apenas para identificação) | País |",
        "|---|---|---|",
    ]
    for s in persons:
        lines.append(f"| {s['name']} | {s['aff']} | {cname(lang, s)} |")
    lines += ["", "### Adesões posteriores (até 2 de dezembro de 2026)", ""]
    for s in late:
        lines.append(f"- **{s['name']}** {EM} {where(s)}")
    call = "Para aderir, envie nome, cidade e país para adesoes@climaemobilidade.example."
    photo = "Legenda da foto de capa: pescadoras na foz do rio, em outubro."
    lines += ["", "---", "", f"_{photo}_", "", call, ""]
    text = "\n".join(lines)

    def render(path):
        path.write_text(text, encoding="utf-8")

    return {
        "stem": "h5-08-pt-md-city-country",
        "format": "md",
        "lang": lang,
        "layout": "bullets-bold-city-country",
        "notes": "Bold names followed by '— Cidade, País'; one organization gives only its city (Mindelo), its "
        "country is in its name. The two networks are marked '(rede)' (not part of the name) and end "
        "'em nome de:'; their members are nested bullets with city and country. 'Timor Lorosae' in a "
        "name is the country's Tetum name and the suffix prints Timor-Leste. Persons are in a table "
        "whose middle column (institution 'for identification only') holds no agents; titles kept. "
        "'Haitianas' is a nationality. Late adhesions are direct signatories.",
        "sigs": orgs + persons + late,
        "render": render,
        "not_agents": [
            title,
            "Belém, 2 de dezembro de 2026",
            "Subscrevem",
            "Assinaturas individuais",
            "Nome",
            "Instituição (apenas para identificação)",
            "País",
            "Universidade Federal do Sertão",
            "Paróquia de Chókwè",
            "Centro de Estudos Atlânticos",
            "Adesões posteriores (até 2 de dezembro de 2026)",
            call,
            photo,
            "Mindelo",
            "Penedo",
        ],
    }


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08]


# ---------------------------------------------------------------------------------------------------------
# build and check


def build(outdir: Path):
    outdir.mkdir(parents=True, exist_ok=True)
    docs = []
    for make in DOCS:
        doc = make()
        doc["file"] = f"{doc['stem']}.{doc['format']}"
        doc["render"](outdir / doc["file"])
        (outdir / f"{doc['stem']}.gold.yaml").write_text(gold_yaml(doc), encoding="utf-8")
        docs.append(doc)
    return docs


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_back(path: Path) -> str:
    fmt = path.suffix[1:]
    if fmt in ("txt", "md"):
        text = path.read_text(encoding="utf-8")
    elif fmt == "html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        text = " ".join(p.parts)
    elif fmt == "pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            text = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    elif fmt == "docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.extend(c.text for c in row.cells)
        text = "\n".join(parts)
    else:
        raise ValueError(path)
    return re.sub(r"\s+", " ", text)


def known_names():
    names = set()
    for fname, cols in (
        ("organizations.csv", ("pref_label", "written_as", "acronym")),
        ("persons.csv", ("name", "written_as")),
    ):
        with open(ROOT / "data" / fname, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for c in cols:
                    for v in (row.get(c) or "").split("|"):
                        if v.strip():
                            names.add(v.strip().casefold())
    return names


def check() -> int:
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        docs = build(Path(tmp))
        built = sorted(p.name for p in Path(tmp).iterdir())
        committed = sorted(p.name for p in OUT.iterdir() if p.name != "README.md")
        if built != committed:
            errors.append(f"file sets differ: {sorted(set(built) ^ set(committed))}")
        for name in built:
            if (OUT / name).exists() and (OUT / name).read_bytes() != (Path(tmp) / name).read_bytes():
                errors.append(f"{name}: not byte-identical with the rebuilt file")
        known = known_names()
        totals = {"signatories": 0, "coalitions": 0, "members": 0, "persons": 0}
        for doc in docs:
            text = read_back(Path(tmp) / doc["file"])
            pos = 0
            for s in doc["sigs"]:
                i = text.find(s["name"], pos)
                if i < 0:
                    where = "anywhere" if s["name"] not in text else "in gold order"
                    errors.append(f"{doc['file']}: {s['name']!r} not found {where}")
                else:
                    pos = i + 1
                if s["name"].casefold() in known:
                    errors.append(f"{doc['file']}: {s['name']!r} is in data/")
            for x in doc["not_agents"]:
                if re.sub(r"\s+", " ", x) not in text:
                    errors.append(f"{doc['file']}: not_agent {x!r} not found")
            coalitions = {s["name"] for s in doc["sigs"] if s["read_as"] == "coalition"}
            for s in doc["sigs"]:
                if s["member_of"] and s["member_of"] not in coalitions:
                    errors.append(f"{doc['file']}: member_of {s['member_of']!r} is no coalition in the list")
            n = len(doc["sigs"])
            if not 15 <= n <= 25:
                errors.append(f"{doc['file']}: {n} signatories")
            totals["signatories"] += n
            totals["coalitions"] += len(coalitions)
            totals["members"] += sum(1 for s in doc["sigs"] if s["member_of"])
            totals["persons"] += sum(1 for s in doc["sigs"] if s["read_as"] == "person")
    for e in errors:
        print("ERROR", e)
    print("totals", totals, "errors", len(errors))
    return 1 if errors else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temp folder and verify")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    build(OUT)
    print(f"wrote {len(DOCS)} documents to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
