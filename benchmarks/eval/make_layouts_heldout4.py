# ruff: noqa: RUF001, RUF002, RUF003  (en dashes, "›", "·" are the point of these layouts)
"""Build the blind held-out signatory-layout corpus `benchmarks/eval/layouts_heldout4/`.

Ten invented statements (en, es, pt, fr; PDF, HTML, DOCX, txt/md) with invented organizations,
coalitions and persons, each with a `<stem>.gold.yaml` in the format of `tests/data/layouts/README.md`.
Written blind (without reading gcmkg's code or the other corpora) on 2026-12-03.

    python benchmarks/eval/make_layouts_heldout4.py          # (re)write the corpus
    python benchmarks/eval/make_layouts_heldout4.py --check  # rebuild in a temp folder and verify

`--check` rebuilds everything into a temporary folder, checks that the files are byte-identical to
the committed ones, that every gold name occurs in gold order in the text read back (PDF with
pdfplumber, one column at a time; DOCX with python-docx; HTML with the standard library parser),
that every `not_agents` string occurs, and that no invented name is in `data/organizations.csv` or
`data/persons.csv`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import re
import sys
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape as xesc

import yaml
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, A5  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "eval" / "layouts_heldout4"

ORG, COAL, PERS = "organization", "coalition", "person"

COUNTRY = {
    # code: (en, es, pt, fr)
    "AO": ("Angola", "Angola", "Angola", "Angola"),
    "AR": ("Argentina", "Argentina", "Argentina", "Argentine"),
    "BE": ("Belgium", "Bélgica", "Bélgica", "Belgique"),
    "BO": ("Bolivia", "Bolivia", "Bolívia", "Bolivie"),
    "BR": ("Brazil", "Brasil", "Brasil", "Brésil"),
    "BZ": ("Belize", "Belice", "Belize", "Belize"),
    "CA": ("Canada", "Canadá", "Canadá", "Canada"),
    "CH": ("Switzerland", "Suiza", "Suíça", "Suisse"),
    "CI": ("Côte d'Ivoire", "Costa de Marfil", "Costa do Marfim", "Côte d'Ivoire"),
    "CL": ("Chile", "Chile", "Chile", "Chili"),
    "CO": ("Colombia", "Colombia", "Colômbia", "Colombie"),
    "CR": ("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"),
    "CV": ("Cape Verde", "Cabo Verde", "Cabo Verde", "Cap-Vert"),
    "DE": ("Germany", "Alemania", "Alemanha", "Allemagne"),
    "DO": ("Dominican Republic", "República Dominicana", "República Dominicana", "République dominicaine"),
    "EC": ("Ecuador", "Ecuador", "Equador", "Équateur"),
    "ES": ("Spain", "España", "Espanha", "Espagne"),
    "FR": ("France", "Francia", "França", "France"),
    "GB": ("United Kingdom", "Reino Unido", "Reino Unido", "Royaume-Uni"),
    "GT": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HN": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "IT": ("Italy", "Italia", "Itália", "Italie"),
    "KE": ("Kenya", "Kenia", "Quênia", "Kenya"),
    "MA": ("Morocco", "Marruecos", "Marrocos", "Maroc"),
    "ML": ("Mali", "Malí", "Mali", "Mali"),
    "MR": ("Mauritania", "Mauritania", "Mauritânia", "Mauritanie"),
    "MX": ("Mexico", "México", "México", "Mexique"),
    "MZ": ("Mozambique", "Mozambique", "Moçambique", "Mozambique"),
    "NI": ("Nicaragua", "Nicaragua", "Nicarágua", "Nicaragua"),
    "PA": ("Panama", "Panamá", "Panamá", "Panama"),
    "PE": ("Peru", "Perú", "Peru", "Pérou"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal"),
    "PY": ("Paraguay", "Paraguay", "Paraguai", "Paraguay"),
    "SN": ("Senegal", "Senegal", "Senegal", "Sénégal"),
    "SV": ("El Salvador", "El Salvador", "El Salvador", "Salvador"),
    "TN": ("Tunisia", "Túnez", "Tunísia", "Tunisie"),
    "US": ("United States", "Estados Unidos", "Estados Unidos", "États-Unis"),
    "UY": ("Uruguay", "Uruguay", "Uruguai", "Uruguay"),
    "VE": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
}
LANGS = ("en", "es", "pt", "fr")


def cname(code: str, lang: str) -> str:
    return COUNTRY[code][LANGS.index(lang)]


def S(name, kind=ORG, cc=(), of=None, cin=(), sup=False, **kw):
    """One signatory, in document order, with rendering hints in `kw`."""
    d = {"name": name, "read_as": kind, "countries": list(cc)}
    if of:
        d["member_of"] = of
    if cin:
        d["countries_in_name"] = list(cin)
    if sup:
        d["supporter"] = True
    d["_kw"] = kw
    return d


def gold_entry(s: dict) -> dict:
    g = {"name": s["name"], "read_as": s["read_as"]}
    if "member_of" in s:
        g["member_of"] = s["member_of"]
    g["countries"] = s["countries"]
    if "countries_in_name" in s:
        g["countries_in_name"] = s["countries_in_name"]
    if s.get("supporter"):
        g["supporter"] = True
    return g


def gold_yaml(document, fmt, lang, layout, notes, sigs, not_agents) -> bytes:
    data = {
        "document": document,
        "format": fmt,
        "language": lang,
        "layout": layout,
        "origin": "hand-written",
        "notes": " ".join(notes.split()),
        "signatories": [gold_entry(s) for s in sigs],
        "not_agents": list(not_agents),
    }
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None)
    return text.encode("utf-8")


# ----------------------------------------------------------------------------- PDF helpers

PDF_META = {"author": "", "creator": "make_layouts_heldout4", "producer": "reportlab", "subject": ""}


def _pdf_build(make_story, pagesize, title, header, footer_fmt, margins, two_cols_after_first=False):
    """Build a PDF twice (the first pass counts pages for the 'i of n' footer)."""
    w, h = pagesize
    lm, rm, tm, bm = margins

    def build(total):
        buf = io.BytesIO()

        def deco(canv, doc):
            canv.saveState()
            canv.setFont("Helvetica-Oblique", 7.5)
            canv.drawString(lm, h - 24, header)
            canv.drawRightString(w - rm, 20, footer_fmt.format(i=doc.page, n=total))
            canv.restoreState()

        doc = BaseDocTemplate(
            buf,
            pagesize=pagesize,
            leftMargin=lm,
            rightMargin=rm,
            topMargin=tm,
            bottomMargin=bm,
            title=title,
            invariant=1,
            **PDF_META,
        )
        full = Frame(lm, bm, w - lm - rm, h - tm - bm, id="full", leftPadding=0, rightPadding=0)
        templates = [PageTemplate(id="one", frames=[full], onPage=deco)]
        if two_cols_after_first:
            gap = 14
            cw = (w - lm - rm - gap) / 2
            left = Frame(lm, bm, cw, h - tm - bm, id="left", leftPadding=0, rightPadding=0)
            right = Frame(lm + cw + gap, bm, cw, h - tm - bm, id="right", leftPadding=0, rightPadding=0)
            templates.append(PageTemplate(id="cols", frames=[left, right], onPage=deco))
        doc.addPageTemplates(templates)
        doc.build(make_story())
        return buf.getvalue(), doc.page

    _, pages = build(0)
    data, pages2 = build(pages)
    assert pages == pages2
    return data


def _st(name, size=9.5, leading=None, bold=False, italic=False, space_after=4, left=0, bullet_indent=0):
    font = "Helvetica-Bold" if bold else ("Helvetica-Oblique" if italic else "Helvetica")
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.3,
        spaceAfter=space_after,
        leftIndent=left,
        firstLineIndent=-(left - bullet_indent) if left else 0,
    )


def P(text, style, bullet=None):
    """A paragraph; a bullet is typed into the text (hanging indent from the style)."""
    if bullet:
        text = f"{bullet} {text}"
    return Paragraph(xesc(text), style)


# ----------------------------------------------------------------------------- DOCX helpers

FIXED = dt.datetime(2026, 12, 3, 9, 0, 0)


def _docx_bytes(doc) -> bytes:
    cp = doc.core_properties
    cp.author = "gcmkg heldout4"
    cp.last_modified_by = "gcmkg heldout4"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


# ============================================================================= documents
# Each builder returns (file name, document bytes, gold bytes).


def doc01():
    """English PDF: a table Organization | Country | Type running over pages with a repeated header
    row, running header and 'Page i of n' footer; coalition members in later tables."""
    stem = "h4-01-en-pdf-multipage-table"
    fdac = "Farmworker Dignity Alliance of the Carolinas (FDAC)"
    gswc = "Global Seasonal Workers Coalition (GSWC)"
    main = [
        S("Harvest Rights Workers' Centre", cc=["CA"], t="Union"),
        S(fdac, COAL, ["US"], t="Network"),
        S("Fundación Surcos Abiertos", cc=["MX"], t="NGO"),
        S("St. Brigid's Migrant Outreach", cc=["CA"], t="Faith-based"),
        S("Ontario Legal Clinic for Temporary Workers", cc=["CA"], t="Legal aid"),
        S("Guatemala Solidarity Network of Vancouver", cc=["CA"], t="NGO"),
        S("Coastal Growers Labour Monitor & Research Unit", cc=["US"], t="Research"),
        S("Unión de Trabajadores del Campo del Noroeste (UTCN)", cc=["MX"], t="Union"),
        S("Filipino Agricultural Workers' Association in Alberta (FAWAA)", cc=["CA"], t="Union"),
        S("Center for Rural Migration Studies, Eastbrook University", cc=["US"], t="Research"),
        S("Asociación de Temporeros Hondureños", cc=["HN"], t="NGO"),
        S(gswc, COAL, [], t="Network", place="International"),
        S("Migrant Harvest Chaplaincy of Kent", cc=["GB"], t="Faith-based"),
        S("Pacific Seasonal Labour Watch", cc=["CA"], t="NGO"),
    ]
    m1 = [
        S("Piedmont Farmworker Legal Project", cc=["US"], of=fdac),
        S("Tar River Workers' Defense Committee", cc=["US"], of=fdac),
        S("Iglesia Hispana Nueva Cosecha de Goldsboro", cc=["US"], of=fdac),
        S("Sandhills Rural Health Collective", cc=["US"], of=fdac),
    ]
    m2 = [
        S("Kenya Returnee Workers Forum", cc=["KE"], of=gswc),
        S("Alianza Campesina Transfronteriza (ACT)", cc=["GT"], of=gswc),
        S("Seasonal Workers' Rights Unit of Leeds", cc=["GB"], of=gswc),
    ]
    pers = [
        S("Miriam Okafor-Lindqvist", PERS, role="agricultural economist, Lakeshore College"),
        S("Tomás Echeverría Balcázar", PERS, role="labour inspector (retired)"),
        S("Gwendolyn Pryce", PERS, role="nurse, Hillcrest Community Hospital"),
        S("Rafael Ibarra Quintanilla", PERS, role="seasonal worker and organizer"),
    ]
    sigs = main + m1 + m2 + pers
    title = "Joint Statement on Fair Recruitment of Seasonal Farmworkers"
    header = "Joint Statement on Fair Recruitment of Seasonal Farmworkers \u2014 December 2026"
    body = [
        "Every season, tens of thousands of people cross borders to plant, tend and harvest the food "
        "sold in our supermarkets. Many of them arrive already indebted to recruiters who charged them "
        "for a job offer, a medical check or a seat on a bus, and they often hold a work permit that "
        "ties them to a single employer.",
        "We, the undersigned organizations, ask governments in sending and receiving countries to ban "
        "recruitment fees outright, to let seasonal workers change employer without losing their "
        "status, and to fund independent inspections of housing on farms. Worker-driven monitoring "
        "should be the rule, not a pilot project.",
        "These steps are consistent with the commitments states made on fair and ethical recruitment "
        "and on decent work. They cost little compared with the harm they would prevent.",
    ]
    st_t = _st("t", 15, bold=True, space_after=8)
    st_b = _st("b", 10, space_after=6)
    st_h = _st("h", 11.5, bold=True, space_after=6)
    st_small = _st("s", 8.5, italic=True)
    cols = [300, 110, 85]

    def table(rows, head, widths, rh=30):
        for r in rows:
            for cell, wd in zip(r, widths, strict=True):
                assert stringWidth(cell, "Helvetica", 9) < wd - 10, cell
        t = Table([head, *rows], colWidths=widths, repeatRows=1, rowHeights=[24] + [rh] * len(rows))
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                    ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return t

    def story():
        s = [P(title, st_t), P("Ottawa and Raleigh, 3 December 2026", st_small), Spacer(1, 6)]
        s += [P(b, st_b) for b in body]
        s.append(P("Signatory organizations", st_h))
        rows = [[x["name"], x["_kw"].get("place") or cname(x["countries"][0], "en"), x["_kw"]["t"]] for x in main]
        s.append(table(rows, ["Organization", "Country", "Type"], cols, 46))
        s.append(Spacer(1, 12))
        s.append(P(f"Members of the {fdac}", st_h))
        s.append(
            table([[x["name"], cname(x["countries"][0], "en")] for x in m1], ["Organization", "Country"], [300, 110])
        )
        s.append(Spacer(1, 12))
        s.append(P(f"Members of the {gswc}", st_h))
        s.append(
            table([[x["name"], cname(x["countries"][0], "en")] for x in m2], ["Organization", "Country"], [300, 110])
        )
        s.append(Spacer(1, 12))
        s.append(P("Individual signatories*", st_h))
        for x in pers:
            s.append(P(f"{x['name']}, {x['_kw']['role']}", st_b))
        s.append(P("* Affiliations are given for identification only.", st_small))
        s.append(P("Contact: Sarah Whitcombe, media@fairharvest.example", st_small))
        return s

    data = _pdf_build(story, A4, title, header, "Page {i} of {n}", (60, 50, 55, 50))
    notes = """Table 'Organization | Country | Type' that starts on page 1 and runs onto page 2 with the
    header row repeated; running header and 'Page i of n' footer. Two rows are coalitions (Type
    'Network') because their members are listed later in tables under 'Members of the …', which name the
    coalition again (one agent, first mention). The country cell 'International' is no country. 'Guatemala
    Solidarity Network of Vancouver' names a country that is not where it is (column: Canada); 'Filipino
    …' and 'Hondureños' are nationalities. Individual signatories carry a role and an affiliation after
    commas; affiliations are for identification only (footnote) and are not agents."""
    na = [
        title,
        header,
        "Ottawa and Raleigh, 3 December 2026",
        "Signatory organizations",
        "Organization",
        "Country",
        "Type",
        "International",
        "Network",
        "Faith-based",
        "Legal aid",
        "Individual signatories",
        "Lakeshore College",
        "Hillcrest Community Hospital",
        "labour inspector (retired)",
        "Affiliations are given for identification only.",
        "Contact: Sarah Whitcombe, media@fairharvest.example",
        "Page 1 of 2",
        "Page 2 of 2",
    ]
    return (
        stem + ".pdf",
        data,
        gold_yaml(stem + ".pdf", "pdf", "en", "pdf-multipage-table-type-column", notes, sigs, na),
    )


# ----------------------------------------------------------------------------- HTML helpers


def h(text: str) -> str:
    return html.escape(text, quote=False)


def page(lang, title, site, nav, cookie, crumbs, share, article, related_title, related, footer):
    navh = "\n".join(f'        <li><a href="#">{h(n)}</a></li>' for n in nav)
    shareh = " ".join(f'<a class="share" href="#">{h(x)}</a>' for x in share)
    relh = "\n".join(f'        <li><a href="#">{h(r)}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{h(title)} | {h(site)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body{{font-family:sans-serif}} .cookie{{position:fixed;bottom:0}}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="cookie" id="cookie-banner"><p>{h(cookie[0])}</p><button>{h(cookie[1])}</button></div>
  <header>
    <a class="logo" href="#">{h(site)}</a>
    <nav>
      <ul>
{navh}
      </ul>
    </nav>
  </header>
  <div class="breadcrumb">{h(crumbs)}</div>
  <main>
    <article>
{article}
      <div class="share-links">{shareh}</div>
    </article>
    <aside class="sidebar">
      <h2>{h(related_title)}</h2>
      <ul>
{relh}
      </ul>
    </aside>
  </main>
  <footer><p>{h(footer)}</p></footer>
</body>
</html>
"""


def doc02():
    """Spanish saved web page: signatories under type headings, a coalition 'conformada por:' with a
    nested list, personal signatures with a role and an affiliation after commas."""
    stem = "h4-02-es-html-type-headings"
    red = "Red Mesoamericana por la Niñez en Movimiento (REDMENIM)"
    groups = [
        (
            "Redes y coaliciones",
            [
                S(red, COAL, [], suffix=" – Regional, conformada por:"),
                S("Casa Refugio Pequeños Pasos", cc=["GT"], of=red),
                S("Asociación Pro Infancia Migrante del Soconusco, A.C.", cc=["MX"], of=red),
                S("Fundación Caminos de Niñez", cc=["HN"], of=red),
                S("Colectivo Derechos sin Fronteras de El Salvador", cc=["SV"], of=red, cin=["SV"], bare=True),
                S("Plataforma Andina de Movilidad y Derechos (PAMDE)", cc=["PE"]),
            ],
        ),
        (
            "Sindicatos",
            [
                S("Sindicato Nacional de Trabajadoras del Hogar y Cuidados (SINTRAHOC)", cc=["CO"]),
                S("Federación Unitaria de Trabajadores de la Educación – FUTE", cc=["EC"]),
                S("Comité Obrero Tijuana Sin Muros", cc=["US"]),
            ],
        ),
        (
            "Organizaciones basadas en la fe",
            [
                S("Pastoral de Movilidad Humana de la Parroquia de Tierra Blanca", cc=["MX"]),
                S("Hermanas Misioneras de la Frontera Sur", cc=["GT"]),
                S("Comunidad Menonita de Acogida El Buen Samaritano", cc=["CR"]),
            ],
        ),
        (
            "Organizaciones sociales y de derechos humanos",
            [
                S("Centro de Derechos Humanos Tonatiuh (CDH-Tonatiuh)", cc=["MX"]),
                S("Abogadas y Abogados por la Infancia Migrante & Refugiada", cc=["CL"]),
                S("Asociación Venezolana de Madres en Lima", cc=["PE"]),
                S("Iniciativa Ciudadana L'Esperança", cc=["ES"]),
                S("Observatorio de Derechos de la Niñez Migrante en Argentina", cc=["AR"], cin=["AR"], bare=True),
            ],
        ),
    ]
    pers = [
        S("Ana Lucía Ferreyra Quispe", PERS, ["PE"], role="investigadora, Universidad Andina del Sur"),
        S("Joaquín Beltrán Ocampo", PERS, ["MX"], role="abogado"),
        S("María José Núñez del Arco", PERS, ["BO"], role="psicóloga, Clínica Jurídica Puentes"),
        S("Esteban Quiñónez Rivas", PERS, ["CO"], role=None),
    ]
    sigs = [x for _, g in groups for x in g] + pers
    title = "Pronunciamiento: ninguna niña ni niño migrante en centros de detención"

    def item(x):
        if x["_kw"].get("bare"):
            return h(x["name"])
        if "suffix" in x["_kw"]:
            return h(x["name"] + x["_kw"]["suffix"])
        return h(f"{x['name']} ({cname(x['countries'][0], 'es')})")

    art = [
        f"      <h1>{h(title)}</h1>",
        '      <p class="meta">Publicado el 3 de diciembre de 2026 · Ciudad de Guatemala</p>',
        '      <figure><img src="albergue.jpg" alt=""><figcaption>Foto: niñas y niños juegan en el patio de un '
        "albergue en Tapachula, noviembre de 2026.</figcaption></figure>",
        "      <p>Cada semana, niñas, niños y adolescentes que viajan solos o con sus familias pasan días "
        "encerrados en estaciones migratorias que no fueron pensadas para ellos. La detención, aunque sea "
        "breve, deja huellas en su salud y rompe el acceso a la escuela y a la atención médica.</p>",
        "      <p>Las organizaciones y personas que firmamos pedimos a los Estados de la región que prohíban "
        "por ley la detención migratoria de personas menores de edad, que deriven cada caso a los "
        "sistemas de protección de la infancia y que financien alternativas comunitarias de cuidado.</p>",
        "      <h2>Organizaciones firmantes</h2>",
    ]
    for head, g in groups:
        art.append(f"      <h3>{h(head)}</h3>")
        art.append("      <ul>")
        i = 0
        while i < len(g):
            x = g[i]
            if x["read_as"] == COAL:
                mem = []
                i += 1
                while i < len(g) and g[i].get("member_of") == x["name"]:
                    mem.append(f"          <li>{item(g[i])}</li>")
                    i += 1
                art.append(
                    f"        <li>{item(x)}\n          <ul>\n" + "\n".join(mem) + "\n          </ul>\n        </li>"
                )
            else:
                art.append(f"        <li>{item(x)}</li>")
                i += 1
        art.append("      </ul>")
    art.append("      <h3>Firmas personales</h3>")
    art.append("      <ul>")
    for x in pers:
        role = x["_kw"]["role"]
        txt = f"{x['name']} ({cname(x['countries'][0], 'es')})" + (f", {role}" if role else "")
        art.append(f"        <li>{h(txt)}</li>")
    art.append("      </ul>")
    art.append(
        "      <p><em>Para sumar la firma de su organización escriba a firmas@movilidad-observatorio.example "
        "antes del 15 de diciembre.</em></p>"
    )
    art.append("      <p>Contacto de prensa: Lorena Vidal Mejía – prensa@movilidad-observatorio.example</p>")
    related = [
        "Red de albergues denuncia el cierre de la frontera sur",
        "Informe anual: 3.200 niñas y niños detenidos en 2026",
        "Entrevista con la Defensoría de la Niñez de Chiapas",
    ]
    doc = page(
        "es",
        title,
        "Observatorio Regional de Movilidad Humana",
        ["Inicio", "Quiénes somos", "Campañas", "Publicaciones", "Contacto"],
        ("Usamos cookies propias y de terceros para mejorar tu experiencia.", "Aceptar todas"),
        "Inicio › Campañas › Niñez sin detención",
        ["Compartir en Facebook", "Compartir en X", "Enviar por WhatsApp"],
        "\n".join(art),
        "Noticias relacionadas",
        related,
        "© 2026 Observatorio Regional de Movilidad Humana · Aviso de privacidad",
    )
    notes = """Saved web page (cookie banner, nav, breadcrumb, photo caption, share links, a 'Noticias
    relacionadas' sidebar whose headlines are no agents, footer naming the site's publisher). Organizations
    are grouped under type headings (no agents); countries in parentheses; the coalition is the only
    network whose members are listed ('– Regional, conformada por:' and a nested list), so 'Plataforma
    Andina …' is read as an organization. Two names print no country but state one ('… de El Salvador',
    '… en Argentina': countries_in_name). 'Venezolana' is a nationality; the Tijuana workers' committee is
    in the United States. Under 'Firmas personales' a person's country is in parentheses and the role and
    affiliation after commas only describe the person: the affiliations are not signatories."""
    na = [
        title,
        "Observatorio Regional de Movilidad Humana",
        "Inicio",
        "Quiénes somos",
        "Campañas",
        "Usamos cookies propias y de terceros para mejorar tu experiencia.",
        "Aceptar todas",
        "Publicado el 3 de diciembre de 2026 · Ciudad de Guatemala",
        "Foto: niñas y niños juegan en el patio de un albergue en Tapachula, noviembre de 2026.",
        "Organizaciones firmantes",
        "Redes y coaliciones",
        "Sindicatos",
        "Organizaciones basadas en la fe",
        "Organizaciones sociales y de derechos humanos",
        "Firmas personales",
        "Universidad Andina del Sur",
        "Clínica Jurídica Puentes",
        "firmas@movilidad-observatorio.example",
        "Contacto de prensa: Lorena Vidal Mejía – prensa@movilidad-observatorio.example",
        "Compartir en Facebook",
        "Noticias relacionadas",
        *related,
        "© 2026 Observatorio Regional de Movilidad Humana · Aviso de privacidad",
    ]
    return (
        stem + ".html",
        doc.encode("utf-8"),
        gold_yaml(stem + ".html", "html", "es", "webpage-type-headings", notes, sigs, na),
    )


def _new_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def doc03():
    """Portuguese Word file: 'List Number' items 'Org – Cidade, País', a coalition 'composta por:' with
    'List Bullet 2' members, individuals in a table 'Nome | País', late adhesions after publication."""
    stem = "h4-03-pt-docx-numbered-nested"
    riai = "Rede Ibérica de Acolhimento e Integração (RIAI)"
    main = [
        S("Associação de Apoio ao Imigrante Lusófono (AAIL)", cc=["PT"], city="Lisboa"),
        S(riai, COAL, ["ES"], city="Madri"),
        S("Casa do Migrante Cabo-Verdiano", cc=["PT"], of=riai, city="Porto"),
        S("Fundación Horizonte Compartido", cc=["ES"], of=riai, city="Sevilha"),
        S("Associação Angola Solidária de Setúbal", cc=["PT"], of=riai, city="Setúbal"),
        S("Coletivo Mulheres Imigrantes em Luta (MIL)", cc=["PT"], of=riai, city="Lisboa"),
        S("Centro de Estudos Migratórios D'Ávila", cc=["BR"], city="São Paulo"),
        S("Missão Caminho Novo dos Imigrantes", cc=["BR"], city="Belo Horizonte"),
        S("Sindicato dos Trabalhadores da Limpeza Urbana & Conservação (STLUC)", cc=["PT"], city="Lisboa"),
        S("Instituto de Direitos Humanos e Migração de Moçambique", cc=["MZ"], city="Maputo"),
        S(
            "Associação Brasileira de Estudos sobre Refúgio e Mobilidade Humana (ABERMH)",
            cc=["BR"],
            city="Brasília",
        ),
        S("Plataforma Angolana para a Mobilidade Digna", cc=["AO"], city="Luanda"),
        S(
            "Grupo de Trabalho Migrações e Cidadania da Universidade Federal do Recôncavo",
            cc=["BR"],
            city="Cachoeira",
        ),
    ]
    pers = [
        S("Helena Guimarães Tavares", PERS, ["BR"]),
        S("João Pedro Nhantumbo", PERS, ["MZ"]),
        S("Marta Sofia Rebelo", PERS, ["PT"]),
        S("Aníbal Cortês Figueira", PERS, ["CV"]),
    ]
    late = [
        S("Associação Cultural Guiné-Bissau em Lisboa", cc=["PT"], city="Lisboa"),
        S("Comunidade de Acolhimento São Martinho de Tours", cc=["PT"], city="Coimbra"),
    ]
    sigs = main + pers + late
    title = "Carta aberta pela regularização migratória ampla e permanente"
    d = _new_docx()
    d.add_heading(title, level=1)
    d.add_paragraph("Lisboa e São Paulo, 3 de dezembro de 2026")
    d.add_paragraph(
        "Milhares de pessoas vivem e trabalham há anos nos nossos países sem um documento que reconheça a "
        "sua presença. Pagam renda, criam filhos e descontam para a segurança social, mas continuam à "
        "mercê de uma inspeção ou de um patrão abusivo."
    )
    d.add_paragraph(
        "Pedimos um mecanismo de regularização aberto todo o ano, com prazos curtos de decisão, sem "
        "exigir contrato de trabalho prévio e com proteção de dados: a informação dada num pedido não "
        "pode servir para afastar quem o fez."
    )
    p = d.add_paragraph()
    p.add_run("Subscrevem:").bold = True

    def line(x):
        return f"{x['name']} – {x['_kw']['city']}, {cname(x['countries'][0], 'pt')}"

    for x in main:
        if x["read_as"] == COAL:
            d.add_paragraph(line(x) + ", composta por:", style="List Number")
        elif x.get("member_of"):
            d.add_paragraph(line(x), style="List Bullet 2")
        else:
            d.add_paragraph(line(x), style="List Number")
    p = d.add_paragraph()
    p.add_run("Pessoas físicas").bold = True
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Nome"
    t.rows[0].cells[1].text = "País"
    for x in pers:
        r = t.add_row().cells
        r[0].text = x["name"]
        r[1].text = cname(x["countries"][0], "pt")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Adesões recebidas após a publicação").bold = True
    for x in late:
        d.add_paragraph(line(x), style="List Number")
    d.add_paragraph(
        "Para aderir, envie o nome da organização, a cidade e o país para adesoes@regularizacao-ja.example."
    )
    d.add_paragraph("Contacto para a imprensa: Rui Albuquerque Sampaio – +351 900 000 000")
    notes = """Word file: 'List Number' items 'Nome – Cidade, País' under a bold 'Subscrevem:'; the
    coalition's item ends ', composta por:' and its members are 'List Bullet 2' items right after it.
    Individuals are in a table 'Nome | País' (header cells and country cells are no agents). A late
    section 'Adesões recebidas após a publicação' adds two direct signatories. 'Associação Angola
    Solidária de Setúbal' names a country that is not where it is (Portugal); 'Cabo-Verdiano', 'Angolana'
    … are nationalities; 'Instituto … de Moçambique' has its country both in the name and the suffix."""
    na = [
        title,
        "Lisboa e São Paulo, 3 de dezembro de 2026",
        "Subscrevem:",
        "Pessoas físicas",
        "Nome",
        "País",
        "Adesões recebidas após a publicação",
        "adesoes@regularizacao-ja.example",
        "Contacto para a imprensa: Rui Albuquerque Sampaio – +351 900 000 000",
    ]
    return (
        stem + ".docx",
        _docx_bytes(d),
        gold_yaml(stem + ".docx", "docx", "pt", "docx-numbered-nested-persons-table", notes, sigs, na),
    )


def doc04():
    """French markdown: a numbered list '1. Org – Ville, Pays', a coalition 'composée de :' with
    indented bullets, individual signatures with a role, a late-additions section."""
    stem = "h4-04-fr-md-numbered-city"
    csmao = "Coordination Santé-Migrations d'Afrique de l'Ouest (CSMAO)"
    main = [
        S("Collectif Santé Exil Marseille", cc=["FR"], city="Marseille"),
        S("Médecins Solidaires des Deux Rives (MSDR)", cc=["BE"], city="Bruxelles"),
        S(
            "Fédération des Associations de Soutien aux Travailleurs Immigrés du Nord (FASTIN)",
            cc=["FR"],
            city="Lille",
        ),
        S(csmao, COAL, ["SN"], city="Dakar"),
        S("Association Sénégalaise pour la Santé des Migrants de Retour", cc=["SN"], of=csmao, city="Dakar"),
        S("Réseau Malien des Agents de Santé Communautaire", cc=["ML"], of=csmao, city="Bamako"),
        S("Clinique Mobile Frontières & Santé", cc=["CI"], of=csmao, city="Abidjan"),
        S("Association Solidarité Lampedusa", cc=["MR"], of=csmao, city="Nouakchott"),
        S("Maison de Santé Exil et Droits", cc=["FR"], city="Lyon"),
        S("Ligue Wallonne pour l'Accueil des Réfugiés (LWAR)", cc=["BE"], city="Namur"),
        S("ASSOCIATION D'ENTRAIDE DES FEMMES COMORIENNES", cc=["FR"], city="Marseille"),
        S("Centre Primo-Soins de Montréal pour Nouveaux Arrivants", cc=["CA"], city="Montréal"),
        S("Syndicat National des Infirmières et Infirmiers de la Santé Publique – SNIISP", cc=["FR"], city="Paris"),
        S(
            "Association Marocaine d'Aide aux Migrants en Situation de Vulnérabilité (AMAMSV)",
            cc=["MA"],
            city="Oujda",
        ),
    ]
    pers = [
        S("Claire Ménard-Aubry", PERS, role="médecin généraliste, Hôpital Saint-Lazare de Lyon"),
        S("Moussa Diarra Koné", PERS, role="infirmier"),
        S("Élodie Vasseur-N'Diaye", PERS, role="juriste, Permanence d'accès aux droits de Saint-Denis"),
        S("Rachid Benali El Idrissi", PERS, role=None),
    ]
    late = [
        S("Réseau Éducation Santé Exilés de Grenoble", cc=["FR"], city="Grenoble"),
        S("Collectif Sans-Papiers de la Meuse", cc=["BE"], city="Liège"),
    ]
    sigs = main + pers + late
    title = "Déclaration commune : pour un accès inconditionnel aux soins des personnes exilées"

    def line(x):
        return f"{x['name']} – {x['_kw']['city']}, {cname(x['countries'][0], 'fr')}"

    out = [
        f"# {title}",
        "",
        "*Marseille, le 3 décembre 2026*",
        "",
        "Dans plusieurs pays d'Europe et d'Afrique, des personnes exilées renoncent à se soigner par peur "
        "d'être signalées ou parce qu'on leur demande des papiers qu'elles n'ont pas. Des maladies "
        "chroniques s'aggravent, des grossesses ne sont pas suivies, des enfants ne sont pas vaccinés.",
        "",
        "Nous demandons que l'accès aux soins soit garanti à toute personne présente sur le territoire, "
        "quel que soit son statut administratif, et que les services de santé ne transmettent jamais "
        "d'informations aux autorités chargées du contrôle migratoire.",
        "",
        "## Organisations signataires",
        "",
    ]
    n = 0
    for x in main:
        if x.get("member_of"):
            out.append(f"    - {line(x)}")
        else:
            n += 1
            out.append(f"{n}. {line(x)}" + (", composée de :" if x["read_as"] == COAL else ""))
    out += ["", "## Signatures individuelles", ""]
    for x in pers:
        role = x["_kw"]["role"]
        out.append(f"- {x['name']}" + (f", {role}" if role else ""))
    out += ["", "## Signatures reçues après publication", ""]
    for x in late:
        n += 1
        out.append(f"{n}. {line(x)}")
    out += [
        "",
        "---",
        "",
        "Pour ajouter votre organisation, écrivez à signatures@sante-exil.example.",
        "",
        "Contact presse : Julien Carrère – j.carrere@sante-exil.example",
        "",
    ]
    notes = """Markdown: numbered items '1. Nom – Ville, Pays' under '## Organisations signataires'; the
    coalition's item ends ', composée de :' and its members are indented '-' bullets (not numbered); the
    numbering goes on after them and again in '## Signatures reçues après publication' (late signatories
    are direct signatories). 'Association Solidarité Lampedusa' names an Italian island but is in
    Mauritania; 'Sénégalaise', 'Malien', 'Marocaine', 'Comoriennes' are nationalities and the suffix gives
    the country; 'Montréal' is in the name and in the suffix. Under '## Signatures individuelles' the role
    and workplace after commas describe the person and are no agents; no country is printed for persons."""
    na = [
        title,
        "Marseille, le 3 décembre 2026",
        "Organisations signataires",
        "Signatures individuelles",
        "Signatures reçues après publication",
        "Hôpital Saint-Lazare de Lyon",
        "Permanence d'accès aux droits de Saint-Denis",
        "Pour ajouter votre organisation, écrivez à signatures@sante-exil.example.",
        "Contact presse : Julien Carrère – j.carrere@sante-exil.example",
    ]
    text = "\n".join(out)
    return (
        stem + ".md",
        text.encode("utf-8"),
        gold_yaml(stem + ".md", "md", "fr", "numbered-city-country-indented-members", notes, sigs, na),
    )


def doc05():
    """English saved web page: 'Co-signed by' with country headings; a 'Regional networks' heading with
    a coalition whose members follow in brackets; individual signatories with countries."""
    stem = "h4-05-en-html-country-headings"
    cspa = "Coalition for Safe Passage in the Americas (CSPA)"
    groups = [
        (
            "PA",
            [
                S("Fundación Puente Humanitario del Darién", cc=["PA"]),
                S("Red de Voluntarias de Metetí", cc=["PA"]),
                S("Asociación Panameña de Psicología en Emergencias (APPE)", cc=["PA"]),
            ],
        ),
        (
            "CO",
            [
                S("Corporación Frontera Abierta de Urabá", cc=["CO"]),
                S("Defensoría Comunitaria Necoclí-Acandí", cc=["CO"]),
                S("Colectivo Jurídico Tierra de Paso", cc=["CO"]),
            ],
        ),
        (
            "CR",
            [
                S("Centro de Orientación al Migrante Paso Canoas", cc=["CR"]),
                S("Servicio Ecuménico de Acompañamiento Migrante (SEAM)", cc=["CR"]),
            ],
        ),
        (
            "US",
            [
                S("Darien Watch Project", cc=["US"]),
                S("Brooklyn–Caracas Solidarity Committee", cc=["US"]),
                S("Human Mobility Clinic, Riverbend School of Law", cc=["US"]),
            ],
        ),
        ("VE", [S("Asociación Civil Retorno Seguro", cc=["VE"])]),
        (
            None,
            [
                S(cspa, COAL, []),
                S("Albergue Hogar del Caminante", cc=["MX"], of=cspa),
                S("Red Ecuatoriana de Acompañamiento a Caminantes", cc=["EC"], of=cspa),
                S("Pan-American Nurses for Migrants", cc=["CA"], of=cspa),
            ],
        ),
    ]
    pers = [
        S("Natalia Goicoechea", PERS, ["CO"]),
        S("Samuel K. Whitfield", PERS, ["US"]),
        S("Yusleidy Herrera Castañeda", PERS, ["VE"]),
        S("Priya Raman-Castillo", PERS, ["CA"]),
    ]
    sigs = [x for _, g in groups for x in g] + pers
    title = "Statement: Protect people crossing the Darién Gap"
    art = [
        f"      <h1>{h(title)}</h1>",
        '      <p class="meta">3 December 2026 · Panama City</p>',
        '      <figure><img src="station.jpg" alt=""><figcaption>Photo: families resting at a reception '
        "station in Lajas Blancas after six days in the jungle.</figcaption></figure>",
        "      <p>The jungle between Colombia and Panama has become one of the most dangerous routes in the "
        "hemisphere. People arrive at the first villages exhausted, robbed and often injured; some never "
        "arrive at all, and their families are left with no news.</p>",
        "      <p>We call on the governments along the route to keep humanitarian stations open, to let "
        "independent groups give medical and legal help without fear of prosecution, and to set up a "
        "shared mechanism to search for missing people and identify the dead.</p>",
        "      <h2>Co-signed by</h2>",
    ]
    for code, g in groups:
        art.append(f"      <h3>{h(cname(code, 'en') if code else 'Regional networks')}</h3>")
        art.append("      <ul>")
        if code:
            art += [f"        <li>{h(x['name'])}</li>" for x in g]
        else:
            mem = "; ".join(f"{m['name']} ({cname(m['countries'][0], 'en')})" for m in g[1:])
            art.append(f"        <li>{h(g[0]['name'])} [members: {h(mem)}]</li>")
        art.append("      </ul>")
    art.append("      <h3>Individual signatories</h3>")
    art.append("      <ul>")
    art += [f"        <li>{h(x['name'])} ({h(cname(x['countries'][0], 'en'))})</li>" for x in pers]
    art.append("      </ul>")
    art.append("      <p>Press officer: Daniel Okonjo, press@americasmobility.example</p>")
    related = [
        "Panama extends the closure of two reception stations",
        "Interview: a nurse on six years of night shifts in Bajo Chiquito",
        "Missing on the route: families ask for a regional DNA database",
    ]
    doc = page(
        "en",
        title,
        "Americas Mobility Monitor",
        ["Home", "About us", "Our work", "Statements", "Donate"],
        ("This site uses cookies to measure traffic and remember your preferences.", "Accept"),
        "Home › Statements › Darién",
        ["Share on Facebook", "Share on LinkedIn", "Copy link"],
        "\n".join(art),
        "Related news",
        related,
        "© 2026 Americas Mobility Monitor. All rights reserved.",
    )
    notes = """Saved web page; under 'Co-signed by' the organizations are grouped under country headings
    (no agents, but each heading states the country of the organizations below it). A 'Regional networks'
    heading holds the coalition, whose members follow in '[members: A (Country); B (Country); C
    (Country)]'; the coalition itself has no country. 'Brooklyn–Caracas Solidarity Committee' names a
    Venezuelan city but is listed under the United States; 'Panameña' and 'Ecuatoriana' are adjectives
    and the heading or parenthesis gives the country. Individual signatories carry their country in
    parentheses. The sidebar headlines and the footer's publisher are no agents."""
    na = [
        title,
        "Americas Mobility Monitor",
        "This site uses cookies to measure traffic and remember your preferences.",
        "Home › Statements › Darién",
        "3 December 2026 · Panama City",
        "Photo: families resting at a reception station in Lajas Blancas after six days in the jungle.",
        "Co-signed by",
        "Panama",
        "Colombia",
        "Costa Rica",
        "United States",
        "Venezuela",
        "Regional networks",
        "Individual signatories",
        "Press officer: Daniel Okonjo, press@americasmobility.example",
        "Share on Facebook",
        "Related news",
        *related,
        "© 2026 Americas Mobility Monitor. All rights reserved.",
    ]
    return (
        stem + ".html",
        doc.encode("utf-8"),
        gold_yaml(stem + ".html", "html", "en", "webpage-country-headings-members-brackets", notes, sigs, na),
    )


def doc06():
    """Spanish PDF: statement on page 1, from page 2 the list in two columns under 'Adhesiones'; '·'
    items with countries in parentheses, a coalition 'integrada por:' with '–' members."""
    stem = "h4-06-es-pdf-two-columns"
    acmc = "Alianza Centroamericana por la Movilidad Climática (ACMC)"
    orgs = [
        S("Centro de Estudios sobre Clima y Desplazamiento (CECLID)", cc=["HN"]),
        S("Mesa Nacional de Incidencia por la Movilidad Climática", cc=["HN"]),
        S("Asociación de Pescadores Artesanales del Golfo de Fonseca", cc=["NI"]),
        S(acmc, COAL, [], place="Regional"),
        S("Fundación Tierra Viva de Olancho", cc=["HN"], of=acmc),
        S("Colectivo Ambiental Chalatenango Resiste", cc=["SV"], of=acmc),
        S(
            "Instituto de Investigación Agraria y Migración, Universidad Popular de Occidente",
            cc=["GT"],
            of=acmc,
        ),
        S("Red de Comunidades Garífunas Desplazadas", cc=["BZ"], of=acmc),
        S("Cooperativa Agrícola La Esperanza del Corredor Seco", cc=["GT"]),
        S("Comisión Parroquial de Movilidad Humana de Marcovia", cc=["HN"]),
        S("Oficina Jurídica para Personas Desplazadas por Desastres – OJUDD", cc=["CR"]),
        S("Asociación Hondureña de Mujeres Rurales en Madrid", cc=["ES"]),
        S("Observatorio Caribeño de Migración Climática", cc=["DO"]),
        S("Movimiento de Comunidades Afectadas por Sequías – MOCAS", cc=["PA"]),
        S("FEDERACIÓN DE COOPERATIVAS PESQUERAS DEL PACÍFICO", cc=["SV"]),
        S("Centro Latinoamericano de Derecho Ambiental & Movilidad (CLADAM)", cc=["MX"]),
    ]
    pers = [
        S("Rosa Elvira Matamoros", PERS, ["HN"]),
        S("Ignacio Pérez-Yglesias", PERS, ["CR"]),
        S("Dilcia Maribel Zúniga", PERS, ["HN"]),
        S("Kevin Alexander Orellana", PERS, ["SV"]),
    ]
    sigs = orgs + pers
    title = "Declaración de Tegucigalpa sobre movilidad humana y crisis climática"
    header = "Declaración de Tegucigalpa · diciembre de 2026"
    st_t = _st("t", 13, bold=True, space_after=8)
    st_b = _st("b", 9, space_after=5)
    st_h = _st("h", 10, bold=True, space_after=5)
    st_i = _st("i", 8.5, space_after=3, left=9, bullet_indent=0)
    st_m = _st("m", 8.5, space_after=3, left=20, bullet_indent=11)
    st_s = _st("s", 8, italic=True, space_after=3)
    body = [
        "Sequías que se alargan, huracanes más intensos y la subida del mar ya obligan a familias enteras "
        "de Centroamérica y del Caribe a dejar sus tierras. Casi ninguna de ellas encuentra una categoría "
        "legal que la proteja cuando cruza una frontera.",
        "Las organizaciones reunidas en Tegucigalpa pedimos visados humanitarios ágiles para quienes huyen "
        "de un desastre, que los planes de adaptación incluyan a las comunidades que se quedan y a las que "
        "se van, y que los fondos climáticos lleguen a los gobiernos locales que reciben a las personas "
        "desplazadas.",
        "Pedimos también que ninguna persona sea devuelta a una zona declarada en emergencia mientras dure "
        "la reconstrucción.",
    ]

    def story():
        s = [P(title, st_t), P("Tegucigalpa, 3 de diciembre de 2026", st_s), Spacer(1, 4)]
        s += [P(b, st_b) for b in body]
        s += [NextPageTemplate("cols"), PageBreak(), P("Adhesiones", st_h)]
        for x in orgs:
            if x.get("member_of"):
                s.append(P(f"{x['name']} ({cname(x['countries'][0], 'es')})", st_m, bullet="–"))
            elif x["read_as"] == COAL:
                s.append(P(f"{x['name']} ({x['_kw']['place']}), integrada por:", st_i, bullet="·"))
            else:
                s.append(P(f"{x['name']} ({cname(x['countries'][0], 'es')})", st_i, bullet="·"))
        s += [Spacer(1, 4), P("Firmas personales", st_h)]
        for x in pers:
            s.append(P(f"{x['name']} ({cname(x['countries'][0], 'es')})", st_i, bullet="·"))
        s += [
            Spacer(1, 6),
            P("Contacto: Secretaría técnica, Karla Mejía Andino, adhesiones@movilidadclimatica.example", st_s),
        ]
        return s

    data = _pdf_build(story, A5, title, header, "Página {i} de {n}", (36, 36, 40, 40), two_cols_after_first=True)
    notes = """PDF (A5): the statement on page 1; from page 2 the list in two columns under 'Adhesiones',
    with a running header and 'Página i de n' footer. '·' items with the country in parentheses; long
    names wrap inside the narrow columns (the gold name is the unwrapped one). The coalition's item ends
    '(Regional), integrada por:' and its members are '–' sub-items; 'Regional' is no country. A comma
    inside a university institute's name; a name in capitals; acronyms after a dash. 'Hondureña … en
    Madrid' is a nationality: the organization is in Spain. 'Firmas personales' lists persons with
    countries; that heading ends the left column and its persons open the right one.
    The contact line names a person who is no signatory."""
    na = [
        title,
        header,
        "Tegucigalpa, 3 de diciembre de 2026",
        "Adhesiones",
        "Firmas personales",
        "Regional",
        "Contacto: Secretaría técnica, Karla Mejía Andino, adhesiones@movilidadclimatica.example",
        "Página 1 de 2",
        "Página 2 de 2",
    ]
    return stem + ".pdf", data, gold_yaml(stem + ".pdf", "pdf", "es", "pdf-two-columns-bullets", notes, sigs, na)


def doc07():
    """Portuguese saved web page: two networks listed first, then a table 'Organização | País | Rede'
    whose third column names the network (by acronym) each member belongs to; supporters; persons."""
    stem = "h4-07-pt-html-network-column"
    rest = "Rede Sul-Americana de Trabalhadoras Domésticas Migrantes (RESTRADOM)"
    almm = "Articulação Lusófona Migrantes em Movimento (ALMM)"
    nets = [S(rest, COAL, [], acr="RESTRADOM"), S(almm, COAL, [], acr="ALMM")]
    rows = [
        S("Associação das Trabalhadoras Domésticas Bolivianas em São Paulo", cc=["BR"], of=rest),
        S("Sindicato de Trabajadoras del Hogar de Asunción (SINTRAHA)", cc=["PY"], of=rest),
        S("Colectiva Mujeres Migrantes Unidas", cc=["AR"], of=rest),
        S("Centro da Mulher Imigrante e Refugiada – CEMIR", cc=["BR"], of=almm),
        S("Associação Cabo-verdiana de Apoio às Empregadas Domésticas", cc=["PT"], of=almm),
        S("Movimento Mães de Luanda no Porto", cc=["PT"], of=almm),
        S("Instituto Terra & Trabalho", cc=["BR"]),
        S("Coletivo Haitianas em Curitiba", cc=["BR"]),
        S("Fórum Permanente de Mobilidade Humana do Paraná", cc=["BR"]),
        S("Observatório das Migrações Laborais de Moçambique", cc=["MZ"]),
        S("ONG Lar & Dignidade", cc=["UY"], of=rest),
    ]
    sup = [
        S("Fundação Vozes do Atlântico", sup=True),
        S("Assessoria Jurídica Popular Maré Alta", sup=True),
    ]
    pers = [
        S("Conceição Aparecida Ribeiro", PERS, ["BR"]),
        S("Graciela Benítez Aquino", PERS, ["PY"]),
        S("Fátima Zahra Bensaïd", PERS, ["PT"]),
        S("Maria das Dores Quintino", PERS, ["BR"]),
    ]
    sigs = nets + rows + sup + pers
    acr = {x["name"]: x["_kw"]["acr"] for x in nets}
    title = "Nota pública: pelo trabalho doméstico digno para mulheres migrantes"
    art = [
        f"      <h1>{h(title)}</h1>",
        '      <p class="meta">Por Redação · 3 de dezembro de 2026 · Atualizado às 14h20</p>',
        "      <p>Mulheres migrantes cuidam das casas, das crianças e das pessoas idosas de milhões de "
        "famílias, muitas vezes sem contrato, sem folga semanal e morando no local de trabalho. Quando "
        "perdem o emprego, perdem também o teto e, às vezes, a autorização de residência.</p>",
        "      <p>Pedimos que os países ratifiquem e cumpram as normas internacionais sobre trabalho "
        "doméstico, que a autorização de residência não dependa de um único empregador e que as "
        "inspeções do trabalho possam entrar nos domicílios quando houver denúncia.</p>",
        "      <h2>Subscrevem</h2>",
        "      <h3>Redes signatárias</h3>",
        "      <ul>",
        *[f"        <li>{h(x['name'])}</li>" for x in nets],
        "      </ul>",
        "      <h3>Organizações signatárias</h3>",
        "      <table>",
        "        <thead><tr><th>Organização</th><th>País</th><th>Rede</th></tr></thead>",
        "        <tbody>",
    ]
    for x in rows:
        net = acr[x["member_of"]] if x.get("member_of") else "—"
        art.append(
            f"          <tr><td>{h(x['name'])}</td><td>{h(cname(x['countries'][0], 'pt'))}</td><td>{net}</td></tr>"
        )
    art += [
        "        </tbody>",
        "      </table>",
        "      <h3>Com o apoio de:</h3>",
        "      <ul>",
        *[f"        <li>{h(x['name'])}</li>" for x in sup],
        "      </ul>",
        "      <h3>Pessoas físicas</h3>",
        "      <ul>",
        *[f"        <li>{h(x['name'])} ({h(cname(x['countries'][0], 'pt'))})</li>" for x in pers],
        "      </ul>",
        "      <p>Sua organização quer assinar? Preencha o formulário de adesão até 20 de dezembro.</p>",
        '      <p class="credit">Foto de capa: trabalhadoras em assembleia em São Paulo (divulgação).</p>',
    ]
    related = [
        "Trabalhadoras domésticas paraguaias criam sindicato em Buenos Aires",
        "Rede lusófona lança guia de direitos em cinco línguas",
        "Governo adia votação sobre vistos de trabalho",
    ]
    doc = page(
        "pt",
        title,
        "Portal Mobilidades",
        ["Início", "Notícias", "Notas públicas", "Quem somos", "Apoie"],
        ("Este site utiliza cookies. Ao continuar navegando, você concorda com a nossa política.", "Entendi"),
        "Início › Notas públicas › Trabalho doméstico",
        ["Compartilhar no Facebook", "Compartilhar no WhatsApp", "Compartilhar no Telegram"],
        "\n".join(art),
        "Notícias relacionadas",
        related,
        "Portal Mobilidades © 2026 – Conteúdo sob licença CC BY 4.0",
    )
    notes = """Saved web page in Portuguese. Two networks are listed first under 'Redes signatárias';
    then a table 'Organização | País | Rede' whose third column gives, by acronym, the network a row
    belongs to ('—' when none): those rows are the networks' members (member_of), the others sign
    directly. The networks are coalitions with no country printed. 'Com o apoio de:' supporters are
    signatories with supporter: true. 'Bolivianas', 'Cabo-verdiana', 'Haitianas' are nationalities;
    'Mães de Luanda no Porto' names an Angolan city but is in Portugal (column). Sidebar headlines,
    the photo credit and the footer's publisher are no agents."""
    na = [
        title,
        "Portal Mobilidades",
        "Este site utiliza cookies. Ao continuar navegando, você concorda com a nossa política.",
        "Por Redação · 3 de dezembro de 2026 · Atualizado às 14h20",
        "Subscrevem",
        "Redes signatárias",
        "Organizações signatárias",
        "Organização",
        "Rede",
        "Com o apoio de:",
        "Pessoas físicas",
        "Sua organização quer assinar? Preencha o formulário de adesão até 20 de dezembro.",
        "Foto de capa: trabalhadoras em assembleia em São Paulo (divulgação).",
        "Compartilhar no Facebook",
        "Notícias relacionadas",
        *related,
        "Portal Mobilidades © 2026 – Conteúdo sob licença CC BY 4.0",
    ]
    return (
        stem + ".html",
        doc.encode("utf-8"),
        gold_yaml(stem + ".html", "html", "pt", "webpage-table-network-column", notes, sigs, na),
    )


def doc08():
    """French Word file: 'Adhèrent à cet appel :' with type headings ('Réseaux', 'Syndicats', …), a
    coalition 'composé de :' with 'List Bullet 2' members, persons in a table 'Nom | Qualité', late
    signatures."""
    stem = "h4-08-fr-docx-type-headings"
    cecee = "Collectif Européen Contre l'Enfermement des Enfants (CECEE)"
    groups = [
        (
            "Réseaux",
            [
                S(cecee, COAL, ["BE"]),
                S("Ligue Bruxelloise des Droits de l'Enfant", cc=["BE"], of=cecee),
                S("Défense Enfance Exil Paris", cc=["FR"], of=cecee),
                S("Associazione Bambini Senza Confini", cc=["IT"], of=cecee),
                S("Kinderrechte Ohne Grenzen e.V.", cc=["DE"], of=cecee),
                S("Réseau Sahel-Maghreb Migrations (RSMM)", cc=["MA"]),
            ],
        ),
        (
            "Syndicats",
            [
                S("Syndicat des Avocats pour les Libertés & l'Accueil (SALA)", cc=["FR"]),
                S("Centrale des Travailleuses et Travailleurs Immigrants – CTTI", cc=["CA"]),
            ],
        ),
        (
            "Organisations confessionnelles",
            [
                S("Solidarité Protestante de la Vallée du Rhône", cc=["FR"]),
                S("Fraternité Saint-Martin-des-Exilés", cc=["BE"]),
                S("Association Musulmane d'Accueil et de Solidarité de Genève", cc=["CH"]),
            ],
        ),
        (
            "Associations",
            [
                S("Comité d'Aide aux Familles Retenues de Mayotte", cc=["FR"]),
                S("ASSOCIATION LIBERTÉ POUR LES MINEURS ISOLÉS", cc=["FR"]),
                S("Permanence Juridique Dakar-Paris", cc=["FR"]),
                S("Maison des Femmes Exilées de Tunis", cc=["TN"]),
            ],
        ),
    ]
    pers = [
        S("Hélène Gaudreau-Sicard", PERS, q="Avocate au barreau de Lyon"),
        S("Abdoulaye Sow", PERS, q="Éducateur spécialisé"),
        S("Inès Ben Romdhane", PERS, q="Pédiatre"),
        S("Pierre-Yves Lacombe", PERS, q="Chercheur en sociologie, Université de Haute-Alsace"),
    ]
    late = [
        S("Association d'Aide aux Demandeurs d'Asile du Dauphiné (AADAD)", cc=["FR"]),
        S("Réseau Citoyen Exil-Ardennes", cc=["BE"]),
    ]
    sigs = [x for _, g in groups for x in g] + pers + late
    title = "Appel commun : mettre fin à la rétention administrative des familles et des enfants"
    d = _new_docx()
    d.add_heading(title, level=1)
    d.add_paragraph("Bruxelles, Paris et Genève, le 3 décembre 2026")
    d.add_paragraph(
        "Enfermer un enfant parce que ses parents n'ont pas le bon titre de séjour n'est jamais dans son "
        "intérêt. Pourtant, des familles passent encore des jours, parfois des semaines, derrière des "
        "grilles, dans des lieux où l'on dort mal et où l'on ne va pas à l'école."
    )
    d.add_paragraph(
        "Nous demandons l'interdiction par la loi de la rétention des mineurs, accompagnés ou non, et le "
        "recours systématique à des solutions d'hébergement ouvertes avec un suivi social."
    )
    p = d.add_paragraph()
    p.add_run("Adhèrent à cet appel :").bold = True

    def line(x):
        return f"{x['name']} ({cname(x['countries'][0], 'fr')})"

    for head, g in groups:
        d.add_heading(head, level=3)
        for x in g:
            if x["read_as"] == COAL:
                d.add_paragraph(line(x) + ", composé de :", style="List Bullet")
            elif x.get("member_of"):
                d.add_paragraph(line(x), style="List Bullet 2")
            else:
                d.add_paragraph(line(x), style="List Bullet")
    d.add_heading("Signatures individuelles", level=3)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Nom"
    t.rows[0].cells[1].text = "Qualité"
    for x in pers:
        r = t.add_row().cells
        r[0].text = x["name"]
        r[1].text = x["_kw"]["q"]
    d.add_paragraph("Les qualités sont indiquées à titre d'information.")
    d.add_heading("Signatures reçues après publication", level=3)
    for x in late:
        d.add_paragraph(line(x), style="List Bullet")
    d.add_paragraph("Contact : Margaux Delvaux, chargée de plaidoyer – 02 000 00 00")
    notes = """Word file: after 'Adhèrent à cet appel :' the organizations are grouped under 'Heading 3'
    type headings (no agents) as 'List Bullet' items 'Nom (Pays)'; the coalition's item ends ', composé
    de :' and its members are 'List Bullet 2' items. 'Réseau Sahel-Maghreb Migrations' has no members
    listed and is read as an organization. Individual signatures are a table 'Nom | Qualité': the title
    cells (one with a university) only describe the person and are no agents. A late section
    'Signatures reçues après publication' adds two direct signatories. 'Permanence Juridique Dakar-Paris'
    names a Senegalese city but is in France; 'Bruxelloise' is a city adjective; 'Genève' and 'Tunis'
    are cities, the country comes from the parentheses."""
    na = [
        title,
        "Bruxelles, Paris et Genève, le 3 décembre 2026",
        "Adhèrent à cet appel :",
        "Réseaux",
        "Syndicats",
        "Organisations confessionnelles",
        "Associations",
        "Signatures individuelles",
        "Nom",
        "Qualité",
        "Avocate au barreau de Lyon",
        "Chercheur en sociologie, Université de Haute-Alsace",
        "Les qualités sont indiquées à titre d'information.",
        "Signatures reçues après publication",
        "Contact : Margaux Delvaux, chargée de plaidoyer – 02 000 00 00",
    ]
    return (
        stem + ".docx",
        _docx_bytes(d),
        gold_yaml(stem + ".docx", "docx", "fr", "docx-type-headings-persons-table", notes, sigs, na),
    )


def doc09():
    """English plain text: no signatory heading at all, the list is a trailing block of lines
    'Name, City, Country'; a coalition 'composed of:' with indented members; 'Supported by:';
    individual signatories with a role after a comma; late signatures."""
    stem = "h4-09-en-txt-trailing-block"
    fac = "Frontera Accompaniment Coalition (FAC)"
    main = [
        S("Borderlands Immigrant Defense Fund", cc=["US"], city="El Paso"),
        S("Kino Street Legal Aid", cc=["US"], city="Nogales"),
        S("Albergue Camino de Luz y Esperanza", cc=["MX"], city="Reynosa"),
        S("Asylum Seekers' Advocacy Project of San Diego & Tijuana", cc=["US"], city="San Diego"),
        S("Iniciativa Mujeres en el Camino del Norte, A.C.", cc=["MX"], city="Ciudad Juárez"),
        S("Haitian Women's Circle of Tapachula", cc=["MX"], city="Tapachula"),
        S(fac, COAL, ["US"], city="Tucson"),
        S("Good Shepherd Migrant Ministry", cc=["US"], of=fac, city="Tucson"),
        S("Comedor Puerta Norte", cc=["MX"], of=fac, city="Nogales"),
        S("Sonoran Desert Humanitarian Medics", cc=["US"], of=fac, city="Ajo"),
        S("Northern Triangle Families Forum", cc=["US"], city="Los Angeles"),
        S("Toronto Refugee Sponsorship Circle", cc=["CA"], city="Toronto"),
    ]
    sup = [
        S("Hartwell Family Foundation", sup=True),
        S("Meridian Trust for Human Mobility", sup=True),
    ]
    pers = [
        S("Lucía Barragán-Whitmore", PERS, role="immigration attorney"),
        S("Owen Castellanos", PERS, role="physician, Saint Columba Hospital"),
        S("Mei-Ling Ortega", PERS, role="retired schoolteacher"),
        S("Abdirahman Yusuf Hassan", PERS, role="interpreter"),
    ]
    late = [
        S("Rio Grande Valley Asylum Clinic", cc=["US"], city="McAllen"),
        S("Casa Amparo del Migrante", cc=["MX"], city="Matamoros"),
    ]
    sigs = main + sup + pers + late

    def line(x):
        return f"{x['name']}, {x['_kw']['city']}, {cname(x['countries'][0], 'en')}"

    out = [
        "STATEMENT ON THE RIGHT TO ASK FOR ASYLUM AT PORTS OF ENTRY",
        "",
        "3 December 2026",
        "",
        "For more than a year, people who reach a port of entry on the northern border of Mexico have "
        "been told to come back another day, to book an appointment on a phone application that often "
        "fails, or simply to leave. While they wait, they are kidnapped, extorted and pushed to cross "
        "through the desert.",
        "",
        "Asking for protection at an official crossing is lawful. We urge the authorities on both sides of "
        "the border to receive every person who asks for asylum, to stop returning people to cities where "
        "they are in danger, and to let shelters and lawyers reach those who are waiting.",
        "",
    ]
    for x in main:
        if x["read_as"] == COAL:
            out.append(line(x) + ", composed of:")
        elif x.get("member_of"):
            out.append("    " + line(x))
        else:
            out.append(line(x))
    out += ["", "Supported by:"]
    out += [x["name"] for x in sup]
    out += ["", "Individual signatories (titles for identification only):"]
    out += [f"{x['name']}, {x['_kw']['role']}" for x in pers]
    out += ["", "Signatures received after publication:"]
    out += [line(x) for x in late]
    out += [
        "",
        "To add your organisation, write to sign@borderasylum.example with its name, city and country.",
        "Contact: Rebecca Stanford, rstanford@borderasylum.example",
        "",
    ]
    notes = """Plain text with no signatory heading: after the statement a trailing block of lines
    'Name, City, Country' (the city and country are no part of the name; one name holds a comma before
    its legal form 'A.C.'). The coalition's line ends ', composed of:' and its members are indented by 4
    spaces. 'Supported by:' supporters are signatories with supporter: true and no country. Individual
    signatories carry a role (and once a workplace) after a comma, given for identification only: no
    agents. 'Signatures received after publication:' adds two direct signatories. '… San Diego &
    Tijuana' names a Mexican city but is in the United States; 'Haitian' is a nationality; 'Northern
    Triangle' is a region."""
    na = [
        "STATEMENT ON THE RIGHT TO ASK FOR ASYLUM AT PORTS OF ENTRY",
        "3 December 2026",
        "Supported by:",
        "Individual signatories (titles for identification only):",
        "Saint Columba Hospital",
        "Signatures received after publication:",
        "To add your organisation, write to sign@borderasylum.example with its name, city and country.",
        "Contact: Rebecca Stanford, rstanford@borderasylum.example",
    ]
    text = "\n".join(out)
    return (
        stem + ".txt",
        text.encode("utf-8"),
        gold_yaml(stem + ".txt", "txt", "en", "trailing-block-no-heading", notes, sigs, na),
    )


def doc10():
    """Portuguese PDF over two pages: the signatories run on in one paragraph separated by commas with
    'e' before the last; a coalition whose members follow in parentheses 'composta por …'; supporters
    and persons in their own run-on paragraphs."""
    stem = "h4-10-pt-pdf-run-on-paragraph"
    fnah = "Frente Nacional de Acolhida Humanitária – FNAH"
    orgs = [
        S("Serviço de Acolhida aos Migrantes de Roraima"),
        S("Associação de Venezuelanos Residentes em Boa Vista", cc=["BR"]),
        S("Centro de Referência para Refugiados e Migrantes da Amazônia (CRRMA)", cc=["BR"]),
        S("Fundación Puentes Binacionales Santa Elena", cc=["VE"]),
        S(fnah, COAL),
        S("Casa de Passagem Irmã Tereza", of=fnah),
        S("Núcleo de Apoio Jurídico ao Migrante da Fronteira Norte", of=fnah),
        S("Coletivo Warao em Movimento", of=fnah),
        S("Observatório da Mobilidade Humana no Brasil", cc=["BR"], cin=["BR"]),
        S("Movimento Sem Fronteiras de Manaus"),
        S("Coletivo de Mulheres Migrantes Vozes de Pacaraima"),
        S("Associação dos Guianenses em Bonfim"),
        S("Clínica de Direitos Humanos e Migração, Universidade do Norte Amazônico"),
        S("Comissão Justiça & Paz do Alto Rio Branco"),
    ]
    sup = [S("Fundo Solidário Igarapé", sup=True), S("Rede de Doadores Amazônia Viva", sup=True)]
    pers = [
        S("Raimunda Nonata Sarmento", PERS),
        S("José Gregorio Marcano", PERS),
        S("Tereza Cristina Uchôa", PERS),
        S("Adélia Mendes Karajá", PERS),
    ]
    sigs = orgs + sup + pers

    def one(x):
        if x.get("countries") and not x.get("countries_in_name"):
            return f"{x['name']} ({cname(x['countries'][0], 'pt')})"
        return x["name"]

    def run(items):
        return ", ".join(items[:-1]) + " e " + items[-1]

    parts = []
    i = 0
    while i < len(orgs):
        x = orgs[i]
        if x["read_as"] == COAL:
            mem = []
            i += 1
            while i < len(orgs) and orgs[i].get("member_of") == x["name"]:
                mem.append(orgs[i]["name"])
                i += 1
            parts.append(f"{x['name']} (composta por {run(mem)})")
        else:
            parts.append(one(x))
            i += 1
    title = "Manifesto contra a xenofobia nas cidades de fronteira"
    header = "Manifesto contra a xenofobia · Boa Vista, dezembro de 2026"
    st_t = _st("t", 13, bold=True, space_after=8)
    st_b = _st("b", 10.5, space_after=7)
    st_s = _st("s", 8, italic=True, space_after=4)
    body = [
        "Nos últimos meses, cidades da fronteira norte viram crescer ataques contra pessoas migrantes: "
        "barracas queimadas, mensagens de ódio nas redes, famílias expulsas de praças onde dormiam. "
        "Quem chega a pé depois de dias de caminhada encontra, muitas vezes, hostilidade em vez de "
        "acolhida.",
        "Afirmamos que a xenofobia não é opinião, é violência. Pedimos às prefeituras e aos governos "
        "estaduais que investiguem as agressões, que garantam abrigo digno e que as escolas e os postos "
        "de saúde recebam todas as pessoas sem pedir documentos.",
        "Pedimos ainda que os meios de comunicação deixem de associar a migração ao crime e que as "
        "autoridades falem publicamente contra o discurso de ódio sempre que ele aparecer.",
        "A convivência nas cidades de fronteira sempre foi feita de trocas entre povos. É esse o caminho "
        "que queremos fortalecer: abrigo, trabalho, escola e participação para quem chega e para quem já "
        "vive aqui.",
        "Por isso, as organizações abaixo se comprometem a registrar cada caso de violência xenófoba de "
        "que tiverem notícia, a denunciá-lo às autoridades e a acompanhar as vítimas até o fim das "
        "investigações.",
    ]

    def story():
        s = [P(title, st_t), P("Boa Vista, 3 de dezembro de 2026", st_s), Spacer(1, 4)]
        s += [P(b, st_b) for b in body]
        s.append(P("Subscrevem este manifesto: " + run(parts) + ".", st_b))
        s.append(P("Com o apoio de " + run([x["name"] for x in sup]) + ".", st_b))
        s.append(P("Adesões individuais: " + run([x["name"] for x in pers]) + ".", st_b))
        s.append(
            P(
                "As adesões continuam abertas pelo endereço manifesto@fronteira-acolhe.example. "
                "Assessoria de imprensa: Thiago Sobral.",
                st_s,
            )
        )
        return s

    data = _pdf_build(story, A5, title, header, "Página {i} de {n}", (40, 40, 44, 90))
    notes = """PDF (A5, one column, running header and 'Página i de n' footer). The organizations run on
    in one paragraph after 'Subscrevem este manifesto:', separated by commas with 'e' before the last;
    the paragraph wraps across lines and crosses the page break (gold names are unwrapped). Some names
    carry a country in parentheses, most carry none. The coalition's members follow in parentheses
    '(composta por A, B e C)'. One name holds a comma before its university. 'Observatório … no Brasil'
    states its country only in the name (countries_in_name). 'Venezuelanos' and 'Guianenses' are
    nationalities, 'Roraima', 'Manaus', 'Bonfim' are places inside Brazil but no country is stated, so
    countries stay empty. 'Com o apoio de' supporters are signatories with supporter: true; 'Adesões
    individuais:' lists persons. The press officer is no signatory."""
    na = [
        title,
        header,
        "Boa Vista, 3 de dezembro de 2026",
        "Subscrevem este manifesto:",
        "Adesões individuais:",
        "manifesto@fronteira-acolhe.example",
        "Assessoria de imprensa: Thiago Sobral.",
        "Página 1 de 2",
        "Página 2 de 2",
    ]
    return stem + ".pdf", data, gold_yaml(stem + ".pdf", "pdf", "pt", "pdf-run-on-paragraph", notes, sigs, na)


BUILDERS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10]
# PDF pages (0-based) from which the body is laid out in two columns.
TWO_COLUMNS_FROM = {"h4-06-es-pdf-two-columns.pdf": 1}
BAND_TOP, BAND_BOTTOM = 34, 32  # running header / footer bands of every PDF page


def build(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for b in BUILDERS:
        fname, data, gold = b()
        stem = fname.rsplit(".", 1)[0]
        (out / fname).write_bytes(data)
        (out / f"{stem}.gold.yaml").write_bytes(gold)
        names += [fname, f"{stem}.gold.yaml"]
    return names


# ----------------------------------------------------------------------------- reading back


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_text(path: Path) -> tuple[str, str]:
    """(body text for the gold names, full text for not_agents), whitespace collapsed."""
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber

        body, full = [], []
        start = TWO_COLUMNS_FROM.get(path.name)
        with pdfplumber.open(path) as pdf:
            for i, pg in enumerate(pdf.pages):
                w, hh = pg.width, pg.height
                full.append(pg.extract_text() or "")
                if start is not None and i >= start:
                    boxes = [(0, BAND_TOP, w / 2, hh - BAND_BOTTOM), (w / 2, BAND_TOP, w, hh - BAND_BOTTOM)]
                else:
                    boxes = [(0, BAND_TOP, w, hh - BAND_BOTTOM)]
                body += [pg.crop(b).extract_text() or "" for b in boxes]
        body_t, full_t = "\n".join(body), "\n".join(full)
    elif ext == ".docx":
        from docx import Document
        from docx.table import Table as DTable
        from docx.text.paragraph import Paragraph as DPar

        d = Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(DPar(el, d).text)
            elif tag == "tbl":
                for row in DTable(el, d).rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        body_t = full_t = "\n".join(parts)
    elif ext in (".html", ".htm"):
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        body_t = full_t = "".join(p.parts)
    else:
        body_t = full_t = path.read_text(encoding="utf-8")
    norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " "))  # noqa: E731
    return norm(body_t), norm(full_t)


def known_names() -> set[str]:
    names = set()
    with open(ROOT / "data" / "organizations.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for col in ("pref_label", "acronym", "written_as"):
                for v in re.split(r"[|;]", row.get(col) or ""):
                    if v.strip():
                        names.add(v.strip().casefold())
    with open(ROOT / "data" / "persons.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for col in ("name", "written_as"):
                for v in re.split(r"[|;]", row.get(col) or ""):
                    if v.strip():
                        names.add(v.strip().casefold())
    return names


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        names = build(Path(tmp))
        committed = sorted(p.name for p in OUT.iterdir() if p.name != "README.md")
        if sorted(names) != committed:
            problems.append(f"file set differs: built {sorted(names)} vs committed {committed}")
        for n in names:
            a, b = (Path(tmp) / n).read_bytes(), (OUT / n).read_bytes() if (OUT / n).exists() else b""
            if a != b:
                problems.append(f"{n}: not byte-identical to the committed file")
    known = known_names()
    total = {"organization": 0, "coalition": 0, "person": 0, "members": 0}
    for gp in sorted(OUT.glob("*.gold.yaml")):
        g = yaml.safe_load(gp.read_text(encoding="utf-8"))
        body, full = read_text(OUT / g["document"])
        pos = 0
        sig_names = {s["name"] for s in g["signatories"]}
        for s in g["signatories"]:
            total[s["read_as"]] += 1
            total["members"] += "member_of" in s
            i = body.find(s["name"], pos)
            if i < 0:
                where = "earlier" if s["name"] in body else "nowhere"
                problems.append(f"{g['document']}: '{s['name']}' not found in order ({where})")
            else:
                pos = i + len(s["name"])
            if s["name"].casefold() in known:
                problems.append(f"{g['document']}: '{s['name']}' is in data/organizations.csv or persons.csv")
            if s.get("member_of") and s["member_of"] not in sig_names:
                problems.append(f"{g['document']}: member_of '{s['member_of']}' is not a signatory")
            for c in s["countries"]:
                if c not in COUNTRY:
                    problems.append(f"{g['document']}: unknown country {c}")
        for na in g["not_agents"]:
            if na not in full and na not in body:
                problems.append(f"{g['document']}: not_agents string '{na}' not found")
        print(f"{g['document']}: {len(g['signatories'])} signatories checked")
    for p in problems:
        print("PROBLEM:", p)
    print("totals:", total)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temp folder and verify")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    for n in build(OUT):
        print("wrote", OUT.relative_to(ROOT) / n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
