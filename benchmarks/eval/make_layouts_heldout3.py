# ruff: noqa: RUF001
"""Write the third held-out signatory-layout corpus (``benchmarks/eval/layouts_heldout3/``).

Eight invented statements (two per language: en, es, pt, fr) with invented organizations,
coalitions and persons that are not in the graph, each with an exact gold file in the format of
``tests/data/layouts/README.md``. Held out: never read these while developing a layout reader.

Layouts not used by the earlier corpora: a three-column table (name | type | country) that runs over
a page break, alphabetical lists under letter headings, 'Organization (Country)' items joined by
' · ' or ' | ' on a few lines, regional headings, coalitions introduced by 'which brings together' /
'que reúne' / 'qui réunit', persons signing 'in a personal capacity', and a closing contact block
naming a person who is not a signatory.

    .venv/bin/python benchmarks/eval/make_layouts_heldout3.py           # write documents + gold
    .venv/bin/python benchmarks/eval/make_layouts_heldout3.py --check   # rebuild, compare, read back

The DOCX renderer, the readers and the gold writer are those of ``make_layouts_heldout2.py``.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_layouts_heldout2 as h2

Doc = h2.Doc
Built = tuple[h2.Doc, bytes]
ROOT = h2.ROOT
OUT = Path(__file__).resolve().parent / "layouts_heldout3"
SCRIPT = "benchmarks/eval/make_layouts_heldout3.py"
CONTACT_NOTE = "The person in the closing contact block is no signatory (not_agents)."


def gold_yaml(doc: h2.Doc) -> str:
    return h2.gold_yaml(doc).replace(h2.SCRIPT, SCRIPT)


def site_page(d: h2.Doc, site: str, title: str, nav: list[str], body: list[str], foot: str) -> bytes:
    """A saved web page: cookie banner, header with navigation, share links, the article, a footer."""
    cookie = {"es": "Usamos cookies propias y de terceros.", "pt": "Este site usa cookies."}[d.lang]
    share = {"es": ["Compartir", "Imprimir"], "pt": ["Compartilhar", "Imprimir"]}[d.lang]
    out = [h2.SITE_HEAD.format(lang=d.lang, title=escape(title))]
    out.append('<div class="cookie"><p>' + escape(d.na(cookie)) + "</p><button>OK</button></div>")
    out.append('<header><p class="brand">' + escape(d.na(site)) + "</p><nav><ul>")
    out += [f'<li><a href="#">{escape(d.na(x))}</a></li>' for x in nav]
    out.append("</ul></nav></header>\n<main><article>")
    out.append("<h1>" + escape(d.na(title)) + "</h1>")
    out.append('<div class="share">' + " ".join(f'<a href="#">{escape(d.na(x))}</a>' for x in share) + "</div>")
    out += body
    out.append("</article>\n<aside><h4>" + escape(d.na({"es": "Lo más leído", "pt": "Mais lidas"}[d.lang])) + "</h4>")
    out.append("<p>" + escape(d.na(foot)) + "</p></aside>")
    out.append("</main>\n<footer><p>" + escape(d.na(f"© 2026 {site}")) + "</p></footer>\n</body>\n</html>\n")
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- PDF (own story: tables allowed)


Block = tuple[str, str | list[list[str]]]  # (style, text) or ("table", rows with the header row first)


def make_story(blocks: list[Block]) -> list[object]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    story: list[Block] = []
    for style, content in blocks:
        if isinstance(content, str):
            story.append(para(style, content))
            continue
        table = Table(content, colWidths=[270, 90, 110], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                    ("FONT", (0, 1), (-1, -1), "Helvetica", 10),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [table, Spacer(1, 10)]
    return story


def render_pdf(d: h2.Doc, blocks: list[Block], header: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    w, h = A4
    total = [0]

    def furniture(canvas: Canvas, tpl: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(h2.MARGIN, h - 34, header)
        canvas.drawCentredString(w / 2, 28, h2.PAGE_WORDS[d.lang].format(i=tpl.page, n=total[0] or tpl.page))
        canvas.restoreState()

    def build() -> tuple[bytes, int]:
        buf = io.BytesIO()
        tpl = BaseDocTemplate(buf, pagesize=A4, invariant=True, title=header, author="Secretariat")
        frame = Frame(h2.MARGIN, 66, w - 2 * h2.MARGIN, h - 2 * 66, id="one")
        tpl.addPageTemplates([PageTemplate("one", [frame], onPage=furniture)])
        tpl.build(make_story(blocks))
        return buf.getvalue(), tpl.page

    _, total[0] = build()
    data, count = build()
    assert count == total[0] and count >= 2, d.stem
    return data


def styles() -> dict[str, object]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10),
        "p": ParagraphStyle("p", base, alignment=4),
        "h": ParagraphStyle("h", base, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8),
        "item": ParagraphStyle("item", base, leftIndent=12, spaceAfter=2),
        "sub": ParagraphStyle("sub", base, leftIndent=28, spaceAfter=2),
        "small": ParagraphStyle("small", base, fontSize=9, leading=12),
    }


def para(style: str, text: str) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(h2.xml(text), styles()[style])  # type: ignore[arg-type]


# ---------------------------------------------------------------- the documents


def en_pdf_table() -> Built:
    d = Doc("h3-01-en-pdf-three-column-table", "pdf", "en", "pdf-table-name-type-country")
    d.notes = (
        "Signatories in a table Name | Type | Country that runs from page 1 onto page 2 (header row repeated). "
        "The Type and Country cells are no part of a name. The coalition row is followed, after the table, by a "
        "paragraph 'which brings together' its members (same agent, listed once); its country cell is "
        "'Regional'. Rows typed 'Individual' are persons signing directly. " + CONTACT_NOTE
    )
    header = d.na("Harvest Without Borders – Joint statement, November 2026")
    story: list[Block] = [
        ("title", d.na("Fair seasons: a joint statement on farm work across borders")),
        (
            "p",
            "Each spring, thousands of workers cross into the fruit and vegetable belts of the north on "
            "contracts that tie them to one grower. They cannot change employer, they pay for their own "
            "travel, and many are sent home without their last wages. We ask the ministries of labour of "
            "the sending and receiving countries to let workers change employer freely, to forbid any fee "
            "charged to a worker, and to inspect housing before a single permit is issued.",
        ),
        (
            "p",
            "We also ask that contributions paid during the season count towards a pension at home, and that "
            "consulates keep an office open in the main harvest towns for the whole season.",
        ),
        (
            "p",
            "Those of us who visit the farms hear the same stories every year: a bunk bed rented for more "
            "than a week's pay, a clinic an hour's walk away, a supervisor who keeps the passports 'for safe "
            "keeping'. A worker who complains is simply not called back the following spring. Governments "
            "that run these schemes know this, because their own inspectors have written it down.",
        ),
        (
            "p",
            "A scheme that brings people in for their labour must also give them the means to defend "
            "themselves: written contracts in a language they read, a hotline that does not report them, "
            "and the right to join a union on the first day.",
        ),
        ("h", d.na("Signatories")),
    ]
    rows: list[list[str]] = []

    def row(name: str, kind: str, country: str) -> None:
        rows.append([name, d.na(kind), d.na(country) if country else ""])

    for name, cc, country in [
        ("Greenhouse Workers' Advice Centre", "GB", "United Kingdom"),
        ("Fieldhands Legal Clinic", "CA", "Canada"),
        ("Comité de Jornaleros de Huelva", "ES", "Spain"),
        ("Orchard Pickers' Union Local 12", "US", "United States"),
        ("Asociación Tierra y Surco", "GT", "Guatemala"),
        ("Harvest Chaplaincy of the Fens", "GB", "United Kingdom"),
        ("Seasonal Workers' Rights Hub", "NZ", "New Zealand"),
        ("Women on the Land Network", "JM", "Jamaica"),
    ]:
        row(d.org(name, cc), "Organization", country)
    coalition = d.coal("Pan-American Farmworker Alliance (PAFA)")
    row(coalition, "Coalition", "Regional")
    for name, cc, country in [
        ("Mesa Campesina del Bajío", "MX", "Mexico"),
        ("Coastal Berry Workers Committee", "US", "United States"),
        ("Red de Cortadores de Caña", "HN", "Honduras"),
        ("Apple Valley Migrant Ministry", "CA", "Canada"),
        ("Kingston Overseas Workers' Desk", "JM", "Jamaica"),
        ("Centro de Apoyo al Temporero", "CL", "Chile"),
        ("Pacific Islands Seasonal Voices", "FJ", "Fiji"),
        ("Tomato Row Solidarity Fund", "IT", "Italy"),
        ("Vineyard Hands Collective", "ZA", "South Africa"),
        ("Asociación de Recolectoras Andaluzas", "ES", "Spain"),
        ("Dairy Workers Outreach Project", "IE", "Ireland"),
        ("Farm Crew Health Initiative", "AU", "Australia"),
        ("Sindicato Rural de Ica", "PE", "Peru"),
        ("Friends of the Pickers", "", ""),
    ]:
        row(d.org(name, *(cc,) if cc else ()), "Organization", country)
    for name, cc, country in [
        ("Dr. Helen Achterberg", "NL", "Netherlands"),
        ("Tomás Ruiz Palacios", "MX", "Mexico"),
        ("Rev. Samuel Okonkwo", "GB", "United Kingdom"),
        ("Ana Lúcia Ferraz", "BR", "Brazil"),
    ]:
        row(d.per(name, cc), "Individual", country)
    members = [
        d.org("Jornaleros Unidos de Sinaloa", "MX", of=coalition),
        d.org("Caribbean Farm Labour Council", of=coalition),
        d.org("Coordinadora de Trabajadores del Agro", "GT", of=coalition),
        d.org("Prairie Harvest Workers Association", "CA", of=coalition),
    ]
    story += [
        ("table", [[d.na("Name"), "Type", "Country"], *rows]),
        (
            "p",
            f"The {coalition}, which brings together {members[0]} (Mexico), {members[1]}, "
            f"{members[2]} (Guatemala) and {members[3]} (Canada), signs on behalf of all its members.",
        ),
        ("h", d.na("Contact:")),
        ("small", d.na("Marguerite Olsen, coordination")),
        ("small", d.na("m.olsen@harvestwithoutborders.example")),
    ]
    d.na("Page 1 of 2")
    d.na("Page 2 of 2")
    return d, render_pdf(d, story, header)


def fr_pdf_regions() -> Built:
    d = Doc("h3-02-fr-pdf-regions", "pdf", "fr", "pdf-regional-headings-split")
    d.notes = (
        "Items 'Organisation (Pays)' under regional headings (Afrique de l'Ouest, Maghreb, Europe, "
        "Amériques): the headings are no agents and give no country. The list runs onto page 2 under a "
        "running header and a 'Page i sur n' footer. The coalition item ends with 'qui réunit :' and its "
        "members follow as indented items. Persons signing '(à titre personnel)': the parenthesis is no "
        "part of the name. " + h2.TITLE_NOTE + " " + CONTACT_NOTE
    )
    header = d.na("Réseau Sahel-Méditerranée – Déclaration commune")
    blocks: list[Block] = [
        ("title", d.na("Pour que la route ne tue plus : déclaration des associations des deux rives")),
        (
            "p",
            "Sur la route qui mène du Sahel à la Méditerranée, des milliers de personnes disparaissent chaque "
            "année sans que leurs familles sachent jamais ce qui leur est arrivé. Nous demandons aux États "
            "de créer un registre commun des personnes disparues, d'identifier les corps retrouvés dans le "
            "désert et en mer, et d'informer les familles dans leur langue.",
        ),
        (
            "p",
            "Nous demandons aussi la fin des refoulements vers le désert, l'accès des organisations "
            "humanitaires aux lieux où les personnes sont retenues, et des voies de passage légales pour "
            "celles et ceux qui fuient la guerre et la faim.",
        ),
        ("h", d.na("Organisations signataires")),
    ]
    regions = [
        (
            "Afrique de l'Ouest",
            [
                ("Association des Rapatriés de Kayes", "ML", "Mali"),
                ("Voix des Mères de Disparus", "SN", "Sénégal"),
                ("Centre d'Écoute des Voyageurs d'Agadez", "NE", "Niger"),
                ("Jeunesse Debout pour la Mobilité", "CI", "Côte d'Ivoire"),
                ("Collectif des Femmes de Tambacounda", "SN", "Sénégal"),
                ("Observatoire Citoyen de la Route", "BF", "Burkina Faso"),
            ],
        ),
        (
            "Maghreb",
            [
                ("Maison des Passants d'Oujda", "MA", "Maroc"),
                ("Ligue Tunisienne pour la Dignité des Exilés", "TN", "Tunisie"),
                ("Comité de Soutien aux Naufragés de Zarzis", "TN", "Tunisie"),
                ("Association Sable et Mer", "DZ", "Algérie"),
            ],
        ),
    ]
    coalition = "Plateforme Euro-Africaine Migrations et Droits (PEAMD)"
    for region, items in regions:
        blocks.append(("h", d.na(region)))
        for name, cc, country in items:
            blocks.append(("item", f"{d.org(name, cc)} ({d.na(country)})"))
    blocks.append(("h", d.na("Europe")))
    for name, cc, country in [
        ("Accueil Frontière Hautes-Alpes", "FR", "France"),
        ("Collectif Mémoire des Cols", "FR", "France"),
        ("Association Belge des Amis des Exilés", "BE", "Belgique"),
    ]:
        blocks.append(("item", f"{d.org(name, cc)} ({d.na(country)})"))
    blocks.append(("item", f"{d.coal(coalition)}, qui réunit :"))
    for name, cc, country in [
        ("Centre de Ressources Migrations de Lyon", "FR", "France"),
        ("Forum des Diasporas Sahéliennes", "BE", "Belgique"),
        ("Association Pont des Deux Rives", "IT", "Italie"),
        ("Collectif Bamako-Marseille", "FR", "France"),
        ("Réseau des Juristes pour l'Exil", "CH", "Suisse"),
    ]:
        blocks.append(("sub", f"– {d.org(name, cc, of=coalition)} ({d.na(country)})"))
    for name, cc, country in [
        ("Aide aux Exilés de Vintimille", "IT", "Italie"),
        ("Solidarité Port-Vendres", "FR", "France"),
    ]:
        blocks.append(("item", f"{d.org(name, cc)} ({d.na(country)})"))
    blocks.append(("h", d.na("Amériques")))
    for name, cc, country in [
        ("Carrefour des Migrants de Montréal", "CA", "Canada"),
        ("Maison d'Haïti pour la Mobilité", "HT", "Haïti"),
    ]:
        blocks.append(("item", f"{d.org(name, cc)} ({d.na(country)})"))
    blocks.append(("h", d.na("Personnes signataires")))
    for name, cc in [
        ("Aminata Diallo-Keïta", "ML"),
        ("Pr Jean-Baptiste Ndour", "SN"),
        ("Sœur Claire Mathieu", "FR"),
        ("Karim Ben Salah", "TN"),
    ]:
        blocks.append(("item", f"{d.per(name, cc)} ({d.na('à titre personnel')}), {d.na(fr_country(cc))}"))
    blocks += [
        ("h", d.na("Contact presse :")),
        ("small", d.na("Fatoumata Sangaré – presse@sahel-mediterranee.example")),
    ]
    d.na("Page 1 sur 2")
    d.na("Page 2 sur 2")
    return d, render_pdf(d, blocks, header)


def fr_country(cc: str) -> str:
    return {"ML": "Mali", "SN": "Sénégal", "FR": "France", "TN": "Tunisie"}[cc]


def en_docx_alphabetical() -> Built:
    d = Doc("h3-03-en-docx-alphabetical", "docx", "en", "docx-letter-headings")
    d.notes = (
        "Signatories in alphabetical order under one-letter headings (A, B, C …): the letters are no agents. "
        "'Name (Country)' items; the country in parentheses is no part of the name. The coalition entry says "
        "'which brings together' and its members follow as 'List Bullet 2' items. Persons '(in a personal "
        "capacity)' are listed in the same alphabet, by family name, as printed. " + h2.TITLE_NOTE + " " + CONTACT_NOTE
    )
    blocks: list[h2.DocxBlock] = [
        ("Title", d.na("Teachers against the classroom border")),
        (
            "Normal",
            "Schools are being asked, more and more often, to check the immigration status of pupils and their "
            "parents. We, education unions, parents' groups and associations that work with newcomer children, "
            "refuse to turn teachers into border agents. No pupil should be asked for papers to enrol, and no "
            "school record should ever be passed to the immigration authorities.",
        ),
        ("Normal", "We call on education ministers to write this rule into law before the next school year."),
        ("Heading 1", d.na("Endorsements (A–Z)")),
    ]
    coalition = "Coalition for Schools of Welcome"
    entries: list[tuple[str, list[tuple[str, str, str, str]]]] = [
        (
            "A",
            [
                ("o", "Association of Newcomer Tutors", "IE", "Ireland"),
                ("o", "Aula Abierta Valencia", "ES", "Spain"),
            ],
        ),
        ("B", [("p", "Bennett, Grace", "GB", "United Kingdom"), ("o", "Bridges Parent Network", "CA", "Canada")]),
        (
            "C",
            [
                ("c", coalition, "", ""),
                ("m", "Harbour Street Primary Parents' Council", "GB", "United Kingdom"),
                ("m", "Escola Sem Fronteiras Lisboa", "PT", "Portugal"),
                ("m", "Northside Refugee Youth Project", "IE", "Ireland"),
                ("o", "Classroom Rights Defence Fund", "US", "United States"),
            ],
        ),
        ("E", [("o", "Educators' Union of the Northern Region", "GB", "United Kingdom")]),
        ("L", [("o", "Lantern Homework Clubs", "AU", "Australia"), ("p", "Lindqvist, Maja", "SE", "Sweden")]),
        ("M", [("o", "Mothers of Maple Ward", "CA", "Canada")]),
        ("N", [("p", "Nwosu, Chidi", "NG", "Nigeria")]),
        (
            "S",
            [("o", "Sanctuary Schools Scotland", "GB", "United Kingdom"), ("o", "St Columba's Welcome Circle", "", "")],
        ),
        ("T", [("o", "Teachers for Open Doors", "NZ", "New Zealand")]),
    ]
    for letter, items in entries:
        blocks.append(("Heading 2", d.na(letter)))
        for kind, name, cc, country in items:
            suffix = f" ({d.na(country)})" if country else ""
            ccs = (cc,) if cc else ()
            if kind == "o":
                blocks.append(("List Bullet", d.org(name, *ccs) + suffix))
            elif kind == "p":
                blocks.append(("List Bullet", f"{d.per(name, *ccs)} ({d.na('in a personal capacity')}){suffix}"))
            elif kind == "c":
                blocks.append(("List Bullet", f"{d.coal(name)}, {d.na('which brings together:')}"))
            else:
                blocks.append(("List Bullet 2", d.org(name, *ccs, of=coalition) + suffix))
    blocks += [
        ("Heading 2", d.na("Contact:")),
        ("Normal", d.na("Orla Fitzgerald")),
        ("Normal", d.na("orla.fitzgerald@schoolsofwelcome.example")),
    ]
    return d, h2.render_docx(blocks)


def es_docx_regions() -> Built:
    d = Doc("h3-04-es-docx-regions", "docx", "es", "docx-regional-headings")
    d.notes = (
        "Encabezados regionales ('Centroamérica', 'Caribe', 'Sudamérica', 'Norteamérica'): no son agentes ni dan "
        "país. Cada línea 'Organización (País)'. La red 'que reúne a:' lleva sus integrantes en 'List Bullet 2'. "
        "Personas '(a título personal)'. " + h2.TITLE_NOTE + " " + CONTACT_NOTE
    )
    blocks: list[h2.DocxBlock] = [
        ("Title", d.na("Las remesas no son un lujo: pronunciamiento regional")),
        (
            "Normal",
            "Millones de hogares de la región viven del dinero que envían sus familiares desde el exterior. Cada "
            "envío pierde en comisiones y tipos de cambio una parte que esas familias no pueden permitirse. "
            "Exigimos a los bancos centrales que publiquen los costos de cada corredor y que las personas "
            "migrantes puedan abrir una cuenta con cualquier documento de identidad.",
        ),
        ("Heading 1", d.na("Firman")),
    ]
    coalition = "Red Mesoamericana de Economía Migrante"

    def line(name: str, cc: str, country: str) -> None:
        blocks.append(("List Bullet", f"{d.org(name, cc)} ({d.na(country)})"))

    blocks.append(("Heading 2", d.na("Centroamérica")))
    line("Fundación Remesa Justa", "SV", "El Salvador")
    line("Cooperativa de Ahorro Los Hermanos Lejanos", "HN", "Honduras")
    blocks.append(("List Bullet", f"{d.coal(coalition)}, {d.na('que reúne a:')}"))
    for name, cc, country in [
        ("Asociación de Familias Receptoras de Quetzaltenango", "GT", "Guatemala"),
        ("Caja Popular San Isidro", "SV", "El Salvador"),
        ("Colectivo Dinero en Casa", "NI", "Nicaragua"),
    ]:
        blocks.append(("List Bullet 2", f"{d.org(name, cc, of=coalition)} ({d.na(country)})"))
    line("Centro de Estudios sobre Migración y Desarrollo de Chiriquí", "PA", "Panamá")
    blocks.append(("Heading 2", d.na("Caribe")))
    line("Diáspora Quisqueyana Organizada", "DO", "República Dominicana")
    line("Fondo Comunitario de Santiago de los Caballeros", "DO", "República Dominicana")
    blocks.append(("Heading 2", d.na("Sudamérica")))
    line("Observatorio de Remesas del Altiplano", "BO", "Bolivia")
    line("Asociación de Emprendedores Retornados", "EC", "Ecuador")
    blocks.append(("Heading 2", d.na("Norteamérica")))
    line("Casa del Envío Justo", "US", "Estados Unidos")
    line("Unión de Paisanos en Toronto", "CA", "Canadá")
    blocks.append(("Heading 2", d.na("Personas")))
    for name, cc, country in [
        ("Dra. Lucía Menjívar", "SV", "El Salvador"),
        ("Ramón Aguilar Tzoc", "GT", "Guatemala"),
        ("Lic. Patricia Vélez", "EC", "Ecuador"),
    ]:
        blocks.append(("List Bullet", f"{d.per(name, cc)} ({d.na('a título personal')}) – {d.na(country)}"))
    blocks += [
        ("Heading 2", d.na("Contacto:")),
        ("Normal", d.na("Julio César Portillo")),
        ("Normal", d.na("comunicacion@remesajusta.example")),
    ]
    return d, h2.render_docx(blocks)


def es_html_dots() -> Built:
    d = Doc("h3-05-es-webpage-dot-lines", "html", "es", "webpage-separator-lines")
    d.notes = (
        "Página guardada (cookies, navegación, enlaces para compartir, columna lateral, pie). Las firmas van "
        "como 'Organización (País)' unidas por ' · ' en unas pocas líneas (<br>); el país entre paréntesis no "
        "es parte del nombre. La coordinadora aparece en la lista y luego en un párrafo 'que reúne a' sus "
        "integrantes (un solo agente). Personas '(a título personal)'. " + CONTACT_NOTE
    )
    coalition = "Coordinadora Andina por la Movilidad Humana (CAMH)"
    groups = [
        [
            ("Pastoral de Movilidad Humana de Cúcuta", "CO", "Colombia"),
            ("Fundación Puente Llanero", "VE", "Venezuela"),
            ("Colectivo Caminantes del Páramo", "CO", "Colombia"),
        ],
        [
            ("Asociación de Venezolanos en Tumbes", "PE", "Perú"),
            ("Defensoría Popular de Huaquillas", "EC", "Ecuador"),
            ("Centro Scalabriniano de Tacna", "PE", "Perú"),
            (coalition, "", ""),
        ],
        [
            ("Mujeres Migrantes del Sur de Quito", "EC", "Ecuador"),
            ("Casa de Acogida Paso del Norte de Arica", "CL", "Chile"),
            ("Sindicato de Trabajadoras del Hogar de La Paz", "BO", "Bolivia"),
        ],
    ]
    body = [
        "<p>Las personas que caminan desde Venezuela hacia el sur cruzan cuatro fronteras en pocas semanas. En "
        "cada una cambian las reglas, los papeles que se piden y los plazos. Pedimos a los gobiernos andinos un "
        "permiso de tránsito común, gratuito y reconocido en todos los países, y que ninguna persona sea "
        "devuelta a un país donde corre peligro.</p>",
        "<p>También pedimos que los alcaldes de las ciudades de frontera abran albergues públicos y que la "
        "policía deje de decomisar los documentos de quienes viajan.</p>",
        "<h2>" + escape(d.na("Organizaciones firmantes")) + "</h2>",
        "<p>",
    ]
    for group in groups:
        parts = []
        for name, cc, country in group:
            if name == coalition:
                parts.append(escape(d.coal(name)))
            else:
                parts.append(escape(d.org(name, cc)) + " (" + escape(d.na(country)) + ")")
        body.append(" · ".join(parts) + "<br>")
    body.append("</p>")
    members = [
        d.org("Red Jesuita con Migrantes de Riobamba", "EC", of=coalition),
        d.org("Observatorio Fronterizo de Ipiales", "CO", of=coalition),
        d.org("Corporación Nuevos Vecinos", of=coalition),
    ]
    body.append(
        f"<p>La {escape(coalition)}, que reúne a {escape(members[0])} (Ecuador), {escape(members[1])} "
        f"(Colombia) y {escape(members[2])}, suscribe en nombre de todas sus integrantes.</p>"
    )
    body.append("<h3>" + escape(d.na("Firmas individuales")) + "</h3><p>")
    people = ["P. Eduardo Salcedo", "Mariela Contreras Rojas", "Hna. Rosa Elvira Quispe"]
    body.append(" · ".join(escape(d.per(n)) + " (" + escape(d.na("a título personal")) + ")" for n in people))
    body.append("</p>")
    body.append(
        "<p>" + escape(d.na("Contacto:")) + " " + escape(d.na("Gabriela Montoya")) + ", "
        '<a href="mailto:prensa@camh.example">' + escape(d.na("prensa@camh.example")) + "</a></p>"
    )
    d.notes += " " + h2.TITLE_NOTE
    page = site_page(
        d,
        "Frontera Abierta Noticias",
        "Organizaciones andinas piden un permiso de tránsito común",
        ["Inicio", "Noticias", "Opinión", "Quiénes somos"],
        body,
        "Cierran el paso de Rumichaca por tercer día",
    )
    return d, page


def pt_html_table() -> Built:
    d = Doc("h3-06-pt-webpage-table", "html", "pt", "webpage-table-name-type-country")
    d.notes = (
        "Página salva com uma tabela Nome | Tipo | País: as células Tipo e País não fazem parte do nome. A rede "
        "tem a linha 'Rede' e, depois da tabela, um parágrafo 'que reúne' os seus membros (um só agente). "
        "Linhas 'Pessoa (a título pessoal)' são pessoas que assinam diretamente; a indicação entre parênteses "
        "fica na célula Tipo. " + CONTACT_NOTE
    )
    coalition = "Rede Amazônica de Acolhida (RAA)"
    rows: list[tuple[str, str, str, str]] = [
        ("o", "Centro de Defesa dos Direitos dos Migrantes de Pacaraima", "BR", "Brasil"),
        ("o", "Associação Warao Unida de Belém", "BR", "Brasil"),
        ("o", "Pastoral do Migrante de Boa Vista", "BR", "Brasil"),
        ("c", coalition, "", "Regional"),
        ("o", "Fundação Rio Negro Solidário", "BR", "Brasil"),
        ("o", "Coletivo Venezuelanas em Manaus", "BR", "Brasil"),
        ("o", "Asociación Indígena de Santa Elena de Uairén", "VE", "Venezuela"),
        ("o", "Comissão de Justiça e Paz da Guiana", "GY", "Guiana"),
        ("p", "Irmã Raimunda Sousa", "BR", "Brasil"),
        ("p", "José Ribamar Tavares", "BR", "Brasil"),
    ]
    table = ["<table>", "<tr>" + "".join(f"<th>{escape(d.na(x))}</th>" for x in ["Nome", "Tipo", "País"]) + "</tr>"]
    for kind, name, cc, country in rows:
        ccs = (cc,) if cc else ()
        if kind == "o":
            cell, typ = d.org(name, *ccs), d.na("Organização")
        elif kind == "c":
            cell, typ = d.coal(name), d.na("Rede")
        else:
            cell, typ = d.per(name, *ccs), d.na("Pessoa (a título pessoal)")
        table.append(f"<tr><td>{escape(cell)}</td><td>{escape(typ)}</td><td>{escape(d.na(country))}</td></tr>")
    table.append("</table>")
    members = [
        d.org("Casa de Passagem São José de Roraima", "BR", of=coalition),
        d.org("Instituto Pés na Estrada", of=coalition),
        d.org("Grupo de Mulheres Ribeirinhas de Tabatinga", "BR", of=coalition),
        d.org("Centro Pastoral de Leticia", "CO", of=coalition),
    ]
    body = [
        "<p>O fechamento dos abrigos federais na fronteira norte deixou centenas de famílias dormindo na "
        "rodoviária. Pedimos ao governo federal e às prefeituras que reabram as vagas, que garantam "
        "atendimento de saúde sem exigir documentos e que a interiorização seja feita com o consentimento "
        "das famílias.</p>",
        "<h2>" + escape(d.na("Quem assina")) + "</h2>",
        *table,
        f"<p>A {escape(coalition)}, que reúne {escape(members[0])} (Brasil), {escape(members[1])}, "
        f"{escape(members[2])} (Brasil) e {escape(members[3])} (Colômbia), assina em nome de todos os "
        "seus membros.</p>",
        "<p>"
        + escape(d.na("Contato para a imprensa:"))
        + " "
        + escape(d.na("Luana Figueiredo"))
        + " – "
        + escape(d.na("imprensa@redeamazonica.example"))
        + "</p>",
    ]
    d.notes += " " + h2.TITLE_NOTE
    page = site_page(
        d,
        "Portal Fronteira Norte",
        "Entidades cobram a reabertura dos abrigos em Roraima",
        ["Início", "Notícias", "Direitos", "Contato"],
        body,
        "Chuvas isolam comunidades no alto Rio Negro",
    )
    return d, page


def pt_txt_pipes() -> Built:
    d = Doc("h3-07-pt-txt-pipe-lines", "txt", "pt", "txt-regions-pipe-lines")
    d.notes = (
        "Texto simples: sob títulos regionais em maiúsculas ('CONE SUL', 'REGIÃO ANDINA', 'EUROPA'), "
        "entidades 'Nome (País)' separadas por ' | ' em poucas linhas; os títulos não são agentes nem dão "
        "país. O fórum 'que reúne' vem numa linha própria com os membros nas linhas seguintes, recuadas. "
        "Pessoas '(a título pessoal)'. Uma nacionalidade ou um país no nome ('Casa do Brasil em Lisboa "
        "Solidária', '… Paraguaio em São Paulo') não dá país: conta só o país entre parênteses. "
        + h2.TITLE_NOTE
        + " "
        + CONTACT_NOTE
    )
    coalition = "Fórum Sul-Americano de Trabalhadores Migrantes (FSTM)"
    out = [
        d.na("NOTA PÚBLICA – APOSENTADORIA SEM FRONTEIRAS"),
        "",
        "Quem trabalhou anos num país e voltou para outro não pode perder o que pagou à previdência. Pedimos",
        "aos governos do Mercosul que façam funcionar de verdade o acordo multilateral de seguridade social:",
        "contagem dos períodos de contribuição em todos os países, pagamento no país de residência e",
        "atendimento nos consulados para quem não consegue reunir os papéis.",
        "",
        d.na("Subscrevem:"),
        "",
    ]

    def line(items: list[tuple[str, str, str]]) -> str:
        return " | ".join(f"{d.org(n, cc)} ({d.na(c)})" for n, cc, c in items)

    out += [
        d.na("CONE SUL"),
        line(
            [
                ("Centro de Apoio ao Trabalhador Paraguaio em São Paulo", "BR", "Brasil"),
                ("Sindicato dos Costureiros do Brás", "BR", "Brasil"),
            ]
        ),
        line(
            [
                ("Asociación Mutual de Jubilados Migrantes", "AR", "Argentina"),
                ("Centro de Retornados de Encarnación", "PY", "Paraguai"),
                ("Colectivo Trabajo Digno Montevideo", "UY", "Uruguai"),
            ]
        ),
        "",
        d.na("REGIÃO ANDINA"),
        line(
            [("Red de Familias de Migrantes de Cochabamba", "BO", "Bolívia"), ("Mesa de Retorno de Lima", "PE", "Peru")]
        ),
        f"{d.coal(coalition)}, {d.na('que reúne:')}",
    ]
    for n, cc, c in [
        ("Central de Trabalhadores Bolivianos no Brasil", "BR", "Brasil"),
        ("Unión de Obreros Peruanos en Chile", "CL", "Chile"),
        ("Associação Nacional de Migrantes Aposentados", "", ""),
    ]:
        suffix = f" ({d.na(c)})" if c else ""
        out.append("    " + d.org(n, *((cc,) if cc else ()), of=coalition) + suffix)
    out += [
        "",
        d.na("EUROPA"),
        line(
            [
                ("Associação Lusofonia Ativa de Lyon", "FR", "França"),
                ("Casa do Brasil em Lisboa Solidária", "PT", "Portugal"),
            ]
        ),
        "",
        d.na("PESSOAS"),
        " | ".join(
            f"{d.per(n)} ({d.na('a título pessoal')})"
            for n in ["Prof.ª Dra. Helena Cordeiro", "Wilson Mamani Choque", "Pe. Antônio Lisboa Neto"]
        ),
        "",
        d.na("Contato:"),
        d.na("Renata Boaventura"),
        d.na("renata.b@aposentadoriasemfronteiras.example"),
        "",
    ]
    return d, "\n".join(out).encode("utf-8")


def fr_md_alphabetical() -> Built:
    d = Doc("h3-08-fr-md-alphabetical", "md", "fr", "md-letter-headings")
    d.notes = (
        "Markdown : les signataires par ordre alphabétique sous des titres d'une lettre ('### A', '### B' …), "
        "qui ne sont pas des agents. Pays entre parenthèses après le nom. Le collectif « qui réunit » a ses "
        "membres en sous-puces. Personnes '(à titre personnel)', classées au nom de famille mais imprimées "
        "prénom d'abord. " + h2.TITLE_NOTE + " " + CONTACT_NOTE
    )
    coalition = "Collectif Enfance et Exil (CEE)"
    out = [
        "# " + d.na("Aucun enfant en rétention : appel des associations et des professionnels de l'enfance"),
        "",
        "Cette année encore, des enfants ont passé des nuits dans des centres de rétention, parfois des semaines. "
        "Aucune raison administrative ne justifie d'enfermer un enfant. Nous demandons l'interdiction pure et "
        "simple de la rétention des mineurs, accompagnés ou non, et le recours à des solutions d'accueil dans "
        "la communauté, avec un suivi social et scolaire.",
        "",
        "## " + d.na("Signataires"),
        "",
    ]
    entries: list[tuple[str, list[tuple[str, str, str, str]]]] = [
        ("A", [("o", "Accueil Mineurs Isolés de Bayonne", "FR", "France"), ("p", "Yasmina Aït-Kaci", "", "")]),
        ("B", [("o", "Bureau d'Aide Juridique aux Familles de Liège", "BE", "Belgique")]),
        (
            "C",
            [
                ("c", coalition, "", ""),
                ("m", "Pédiatres Solidaires de Seine-Saint-Denis", "FR", "France"),
                ("m", "Maison des Adolescents Exilés de Genève", "CH", "Suisse"),
                ("m", "Association des Éducateurs de Rue de Calais", "FR", "France"),
                ("o", "Comité Droits de l'Enfant – Québec", "CA", "Canada"),
            ],
        ),
        ("D", [("p", "Dr Paul-Henri Delmas", "", "")]),
        ("F", [("o", "Familles Unies sans Frontières", "LU", "Luxembourg")]),
        ("L", [("o", "La Cabane des Petits Exilés", "FR", "France"), ("p", "Me Sophie Lefranc", "", "")]),
        ("R", [("o", "Réseau Écoles Ouvertes Marseille", "FR", "France")]),
        ("S", [("o", "SOS Enfance Migrante Maghreb", "MA", "Maroc")]),
    ]
    for letter, items in entries:
        out += ["### " + d.na(letter), ""]
        for kind, name, cc, country in items:
            suffix = f" ({d.na(country)})" if country else ""
            ccs = (cc,) if cc else ()
            if kind == "o":
                out.append(f"- {d.org(name, *ccs)}{suffix}")
            elif kind == "p":
                out.append(f"- {d.per(name)} ({d.na('à titre personnel')})")
            elif kind == "c":
                out.append(f"- {d.coal(name)}, {d.na('qui réunit :')}")
            else:
                out.append(f"    - {d.org(name, *ccs, of=coalition)}{suffix}")
        out.append("")
    out += [
        "---",
        "",
        "**" + d.na("Contact :") + "** " + d.na("Hélène Marchetti") + " – " + d.na("contact@enfance-exil.example"),
        "",
    ]
    return d, "\n".join(out).encode("utf-8")


BUILDERS: list[Callable[[], Built]] = [
    en_pdf_table,
    fr_pdf_regions,
    en_docx_alphabetical,
    es_docx_regions,
    es_html_dots,
    pt_html_table,
    pt_txt_pipes,
    fr_md_alphabetical,
]


def build(folder: Path) -> list[h2.Doc]:
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    for builder in BUILDERS:
        doc, data = builder()
        (folder / doc.file_name).write_bytes(data)
        (folder / f"{doc.stem}.gold.yaml").write_text(gold_yaml(doc), encoding="utf-8")
        docs.append(doc)
    return docs


def check_doc(doc: h2.Doc, folder: Path, known: set[str]) -> list[str]:
    problems = []
    for name in (doc.file_name, f"{doc.stem}.gold.yaml"):
        committed = OUT / name
        if not committed.exists() or (folder / name).read_bytes() != committed.read_bytes():
            problems.append(f"{name} differs from the committed one (not deterministic, or not rebuilt)")
    text = h2.norm(h2.read_back(doc, folder))
    at = 0
    for a in doc.agents:
        found = text.find(h2.norm(a.name), at)
        if found < 0:
            where = "at all" if h2.norm(a.name) not in text else "after the previous name"
            problems.append(f"gold name not found {where}: {a.name!r}")
        else:
            at = found + len(h2.norm(a.name))
        if a.name.casefold() in known:
            problems.append(f"gold name is in the graph: {a.name!r}")
    names = {a.name for a in doc.agents}
    problems += [
        f"member_of names no coalition: {a.name!r}" for a in doc.agents if a.member_of and a.member_of not in names
    ]
    problems += [f"not_agent not found: {t!r}" for t in doc.not_agents if h2.norm(t) not in text]
    problems += [f"a not_agent is a gold name: {t!r}" for t in doc.not_agents if t in names]
    return problems


def check() -> int:
    known = h2.graph_names()
    errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc in build(Path(tmp)):
            problems = check_doc(doc, Path(tmp), known)
            errors += len(problems)
            kinds = [a.kind for a in doc.agents]
            members = sum(1 for a in doc.agents if a.member_of)
            status = "ok" if not problems else f"{len(problems)} problem(s)"
            print(
                f"{doc.file_name}: {len(kinds)} agents ({kinds.count('coalition')} coalitions, "
                f"{members} members, {kinds.count('person')} persons), {status}"
            )
            for p in problems:
                print(f"  {p}")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        return check()
    if argv:
        print("usage: make_layouts_heldout3.py [--check]", file=sys.stderr)
        return 2
    docs = build(OUT)
    print(f"wrote {len(docs)} documents and their gold to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
