# ruff: noqa: RUF001
"""Held-out signatory layouts, set 7: six invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout7/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout7.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout7.py --check   # rebuild in a temp folder and check
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx, page_marks, write_pdf

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout7"


# --------------------------------------------------------------------------- agents


def org(name, cc=(), in_name=(), supporter=False):
    return {
        "name": name,
        "read_as": "organization",
        "countries": list(cc),
        "in_name": list(in_name),
        "supporter": supporter,
        "members": [],
    }


def coal(name, cc=(), members=()):
    return {
        "name": name,
        "read_as": "coalition",
        "countries": list(cc),
        "in_name": [],
        "supporter": False,
        "members": list(members),
    }


def per(name, cc=(), extra=""):
    return {
        "name": name,
        "read_as": "person",
        "countries": list(cc),
        "in_name": [],
        "supporter": False,
        "members": [],
        "extra": extra,
    }


def flatten(entries):
    """Gold order: each entry, then its members (which name it in member_of)."""
    out = []
    for e in entries:
        out.append((e, None))
        for m in e["members"]:
            out.append((m, e["name"]))
    return out


# --------------------------------------------------------------------------- 01 en pdf

D1_TITLE = "Joint statement: keep the Northern Corridor reception centres open"
D1_HEADER = "Joint statement – Northern Corridor reception centres"
D1_BODY = [
    "The three reception centres along the Northern Corridor are due to close at the end of the winter. "
    "For most people arriving by sea or crossing by land in the dark months, they are the only place "
    "with a bed, a doctor and someone who can explain the asylum procedure in a language they speak.",
    "We, trade unions, faith communities, community groups and academics, ask the authorities to extend "
    "the funding of the centres for at least two more years, to keep legal advice inside them, and to "
    "consult the people who use them before any change is decided.",
]
D1_SECTIONS = [
    (
        "TRADE UNIONS",
        [
            (org("Harbourside Care Workers' Union", ["GB"]), "Leeds, United Kingdom"),
            (org("Allied Seasonal Farmworkers Union — ASFU", ["IE"]), "Ireland"),
            (
                coal(
                    "Federation of Domestic and Hospitality Workers (FDHW)",
                    [],
                    [
                        org("Kettering Cleaners' Branch", ["GB"]),
                        org("Dundalk Hotel Staff Association", ["IE"]),
                        org("Marlow Road Home Carers Collective", ["GB"]),
                    ],
                ),
                None,
            ),
        ],
    ),
    (
        "FAITH COMMUNITIES",
        [
            (org("Society of the Open Door, Anglican Refugee Ministry", ["GB"]), "Bristol, United Kingdom"),
            (org("St Brendan's Parish Migrant Welcome Group", ["IE"]), "Cork, Ireland"),
            (org("Welsh Interfaith Hospitality Circle"), None),
        ],
    ),
    (
        "COMMUNITY AND ADVOCACY GROUPS",
        [
            (org("Tyneside Migrant Rights Forum", ["GB"]), "United Kingdom"),
            (org("Legal Clinic for Newcomers, Ashgrove School of Law", ["GB"]), "United Kingdom"),
            (org("FAIR PASSAGE TRUST", ["MT"]), "Malta"),
            (org("Refugee Youth Voices Ireland", ["IE"], ["IE"]), None),
            (org("Coastal Kitchen Solidarity CIC", ["GB"]), "Hull, United Kingdom"),
        ],
    ),
]
D1_COUNTRY = {"GB": "United Kingdom", "IE": "Ireland"}
D1_PERSONS = [
    (per("Hannah Okonkwo-Reid", ["GB"]), "Senior Lecturer in Migration Law, Ashgrove School of Law"),
    (per("Ciaran Mulvey", ["IE"]), "Centre for Mobility Studies, Ballymore University"),
    (per("Rev. Dorothy Amankwah", ["GB"]), "hospital chaplain"),
    (per("Tomasz Wierzbicki", []), "interpreter and community organiser"),
]
D1_NA = [
    D1_TITLE,
    D1_HEADER,
    "Endorsements",
    "TRADE UNIONS",
    "FAITH COMMUNITIES",
    "COMMUNITY AND ADVOCACY GROUPS",
    "on behalf of its affiliates:",
    "ACADEMICS AND PRACTITIONERS (in a personal capacity; institutions for identification only)",
    "Senior Lecturer in Migration Law, Ashgrove School of Law",
    "Centre for Mobility Studies, Ballymore University",
    "hospital chaplain",
    "interpreter and community organiser",
    "Further endorsements are being collected until 15 January 2027.",
    "Media contact: press@northerncorridor-statement.org",
    "Published 3 December 2026",
    "Page 1",
    "Page 2",
]


def d1_entries():
    out = [e for _, items in D1_SECTIONS for e, _ in items]
    return out + [p for p, _ in D1_PERSONS]


def build_pdf_01(path):
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_LEFT)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10, spaceBefore=8, spaceAfter=3)
    item = ParagraphStyle("i", parent=base, leftIndent=12)
    sub = ParagraphStyle("s", parent=base, leftIndent=28)
    story = [Paragraph(html.escape(D1_TITLE), title), Spacer(1, 10)]
    story += [Paragraph(html.escape(p), base) for p in D1_BODY]
    story += [Spacer(1, 8), Paragraph(html.escape("Published 3 December 2026"), base), PageBreak()]
    story.append(Paragraph("Endorsements", title))
    for heading, items in D1_SECTIONS:
        story.append(Paragraph(html.escape(heading), head))
        for e, place in items:
            if e["members"]:
                story.append(Paragraph(html.escape(f"- {e['name']}, on behalf of its affiliates:"), item))
                for m in e["members"]:
                    txt = f"– {m['name']} ({D1_COUNTRY[m['countries'][0]]})"
                    story.append(Paragraph(html.escape(txt), sub))
            else:
                txt = f"- {e['name']}" + (f" ({place})" if place else "")
                story.append(Paragraph(html.escape(txt), item))
    story.append(
        Paragraph(
            html.escape("ACADEMICS AND PRACTITIONERS (in a personal capacity; institutions for identification only)"),
            head,
        )
    )
    for p, role in D1_PERSONS:
        cc = f", {D1_COUNTRY[p['countries'][0]]}" if p["countries"] else ""
        story.append(Paragraph(html.escape(f"- {p['name']} — {role}{cc}"), item))
    story += [
        Spacer(1, 10),
        Paragraph(html.escape("Further endorsements are being collected until 15 January 2027."), base),
        Paragraph(html.escape("Media contact: press@northerncorridor-statement.org"), base),
    ]

    write_pdf(path, D1_TITLE, story, page_marks(D1_HEADER, "Page {page}"))


# --------------------------------------------------------------------------- 02 es html cards

D2_TITLE = "Pronunciamiento: el refugio no se negocia"
D2_BODY = [
    "Las organizaciones abajo firmantes vemos con preocupación que varios gobiernos de la región están "
    "endureciendo los requisitos para solicitar refugio en la frontera, con plazos imposibles de cumplir "
    "y entrevistas hechas sin intérprete ni asesoría legal.",
    "Pedimos que cualquier reforma se discuta con las personas afectadas y con quienes las acompañan, "
    "y que nadie sea devuelto a un país donde su vida corre peligro mientras su caso está pendiente.",
]
D2_CARDS = [
    (org("Colectivo Manos Abiertas de Tapachula", ["MX"]), "México", ""),
    (org("Asociación Pro Derechos del Migrante Retornado, A.C.", ["MX"]), "México", ""),
    (org("Pastoral de Movilidad Humana de la Diócesis de San Cristóbal del Valle", ["GT"]), "Guatemala", ""),
    (org("Centro de Estudios Fronterizos y Sociedad (CEFyS)", ["CL"]), "Chile", ""),
    (
        coal(
            "Mesa Intersectorial sobre Refugio y Desplazamiento",
            [],
            [
                org("Fundación Camino Seguro", ["CO"]),
                org("Casa Albergue Nuestra Señora del Tránsito", ["HN"]),
                org("Asociación de Venezolanos en Arequipa", ["PE"]),
                org("Red de Abogadas por la Movilidad", ["EC"]),
            ],
        ),
        "Regional",
        "Red",
    ),
    (org("Sindicato Único de Trabajadoras del Hogar de Costa Rica", ["CR"]), "Costa Rica", ""),
    (org("COLECTIVA FEMINISTA SIN FRONTERAS", ["AR"]), "Argentina", ""),
    (org("Equipo Pastoral de Acompañamiento al Migrante – EPAM", ["PA"]), "Panamá", ""),
    (org("Observatorio Universitario de Migraciones, Universidad del Litoral Pacífico", ["CL"]), "Chile", ""),
    (org("Clínica Jurídica para Personas Refugiadas", ["UY"]), "Uruguay", ""),
]
D2_MEMBER_COUNTRY = {"CO": "Colombia", "HN": "Honduras", "PE": "Perú", "EC": "Ecuador"}
D2_PERSONS = [
    (per("Lucía Benavente Ortuño", ["ES"]), "España"),
    (per("Mateo Ilabaca Sepúlveda", ["CL"]), "Chile"),
    (per("Rosaura Quispe Mamani", ["BO"]), "Bolivia"),
    (per("Hernán Etchegaray", ["AR"]), "Argentina"),
]
D2_PUBLISHER = "Observatorio Ciudadano de Movilidad"
D2_NA = [
    D2_TITLE,
    "Usamos cookies propias y de terceros para medir las visitas.",
    "Aceptar todas",
    "Configurar",
    "Inicio",
    "Campañas",
    "Publicaciones",
    "Quiénes somos",
    "Contacto",
    "Organizaciones firmantes",
    "Red",
    "Regional",
    "Articula a:",
    "Cargar más adhesiones",
    "Firmas personales",
    "¿Tu organización quiere sumarse? Escríbenos a adhesiones@ocmovilidad.org",
    "Compartir en:",
    "Facebook",
    "WhatsApp",
    "Copiar enlace",
    D2_PUBLISHER,
    "Aviso de privacidad",
    "Publicado el 3 de diciembre de 2026",
]


def d2_entries():
    return [e for e, _, _ in D2_CARDS] + [p for p, _ in D2_PERSONS]


def build_html_02(path):
    e = html.escape
    cards = []
    for a, pais, badge in D2_CARDS:
        parts = ['      <div class="firma-card">']
        if badge:
            parts.append(f'        <span class="badge">{e(badge)}</span>')
        parts.append(f"        <h3>{e(a['name'])}</h3>")
        parts.append(f'        <p class="pais">{e(pais)}</p>')
        if a["members"]:
            parts.append('        <p class="articula">Articula a:</p>')
            parts.append('        <ul class="miembros">')
            for m in a["members"]:
                parts.append(f"          <li>{e(m['name'])} ({e(D2_MEMBER_COUNTRY[m['countries'][0]])})</li>")
            parts.append("        </ul>")
        parts.append("      </div>")
        cards.append("\n".join(parts))
    persons = ", ".join(f"{e(p['name'])} ({e(c)})" for p, c in D2_PERSONS[:-1])
    last = D2_PERSONS[-1]
    persons += f" y {e(last[0]['name'])} ({e(last[1])})."
    body = "\n".join(f"    <p>{e(p)}</p>" for p in D2_BODY)
    page = f"""<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>{e(D2_TITLE)} | {e(D2_PUBLISHER)}</title>
  <link rel="stylesheet" href="/static/css/sitio.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" role="dialog">
    <p>Usamos cookies propias y de terceros para medir las visitas.</p>
    <button>Aceptar todas</button> <button>Configurar</button>
  </div>
  <header>
    <a class="logo" href="/"><img src="/static/img/logo-ocm.svg" alt="Logo"></a>
    <nav>
      <ul>
        <li><a href="/">Inicio</a></li>
        <li><a href="/campanas/">Campañas</a></li>
        <li><a href="/publicaciones/">Publicaciones</a></li>
        <li><a href="/quienes-somos/">Quiénes somos</a></li>
        <li><a href="/contacto/">Contacto</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
    <h1>{e(D2_TITLE)}</h1>
    <p class="fecha">Publicado el 3 de diciembre de 2026</p>
{body}
    <h2>Organizaciones firmantes</h2>
    <div class="grid-firmas">
{chr(10).join(cards)}
    </div>
    <button class="cargar">Cargar más adhesiones</button>
    <h2>Firmas personales</h2>
    <p>{persons}</p>
    <p class="sumarse">¿Tu organización quiere sumarse? Escríbenos a adhesiones@ocmovilidad.org</p>
    <div class="compartir">Compartir en: <a href="#">Facebook</a> <a href="#">WhatsApp</a>
      <a href="#">Copiar enlace</a></div>
    </article>
  </main>
  <footer>
    <p>© 2026 {e(D2_PUBLISHER)}</p>
    <p><a href="/privacidad/">Aviso de privacidad</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 03 pt docx signature blocks

D3_TITLE = "Carta aberta sobre o reagrupamento familiar de pessoas imigrantes"
D3_BODY = [
    "As entidades e pessoas que assinam esta carta acompanham todos os dias famílias separadas há anos "
    "por filas de espera, taxas elevadas e pedidos de documentos que os consulados não emitem.",
    "Pedimos que os prazos legais de decisão sejam cumpridos, que a prova dos laços familiares possa ser "
    "feita por vários meios e que as crianças tenham prioridade em todos os pedidos pendentes.",
]
D3_BLOCKS = [
    (
        org("Associação Cultural Cabo-Verdiana da Amadora", ["PT"]),
        "Amadora, Portugal",
        "Edna Furtado Lopes, presidente da direção",
    ),
    (
        org("Solidariedade Imigrante do Alto Minho", ["PT"]),
        "Viana do Castelo, Portugal",
        "Rui Paiva Correia, coordenador",
    ),
    (
        org("Centro Padre Alves de Acolhimento, IPSS", ["PT"]),
        "Porto, Portugal",
        "Filipa Marques Teixeira, diretora técnica",
    ),
    (
        coal(
            "Plataforma Lusófona pelos Direitos dos Migrantes (PLDM)",
            ["PT"],
            [
                org("Associação Guineense de Solidariedade Social de Setúbal"),
                org("Coletivo Mulheres Imigrantes de Coimbra"),
                org("Associação Angolana de Apoio ao Estudante"),
                org("Fórum Sindical das Trabalhadoras Agrícolas de Odemira"),
            ],
        ),
        "Lisboa, Portugal",
        "Ivanildo Mendes Varela, secretário executivo",
    ),
    (
        org("Sindicato dos Trabalhadores da Restauração e Hotelaria do Sul — SINTRAHS", ["PT"]),
        "Faro, Portugal",
        "Sónia Cabrita Guerreiro, dirigente sindical",
    ),
    (
        org("Irmãs Missionárias da Acolhida – Comunidade de Braga", ["PT"]),
        "Braga, Portugal",
        "Ir. Lurdes Sampaio, superiora local",
    ),
    (
        org("Núcleo de Estudos sobre Migrações e Fronteiras, Faculdade de Letras da Universidade do Atlântico", ["PT"]),
        "Ponta Delgada, Portugal",
        "Gonçalo Medeiros Arruda, coordenador científico",
    ),
    (org("ASSOCIAÇÃO SEM FRONTEIRAS NA ESCOLA", ["PT"]), "Setúbal, Portugal", "Marta Ventura Simões, presidente"),
    (
        org("Rede de Apoio a Refugiados de Cabo Verde", ["CV"]),
        "Praia, Cabo Verde",
        "Adilson Fortes Monteiro, coordenador",
    ),
]
D3_PERSONS = [
    (per("Teresa Bettencourt Amaral", ["PT"]), "Portugal"),
    (per("Abdoulaye Baldé", ["PT"]), "Portugal"),
    (per("Marisa Nóbrega Vieira", ["CV"]), "Cabo Verde"),
    (per("Joaquim Tavares Semedo", ["PT"]), "Portugal"),
]
D3_NA = (
    [
        D3_TITLE,
        "À Presidente da Comissão de Assuntos Constitucionais, Direitos, Liberdades e Garantias",
        "Assinam:",
        "em representação das suas associadas:",
        "Subscrições individuais",
        "Nome",
        "País",
        "Lisboa, 3 de dezembro de 2026",
        "Contacto: secretariado@cartareagrupamento.pt",
    ]
    + [f"Por: {rep}" for _, _, rep in D3_BLOCKS]
    + [place for _, place, _ in D3_BLOCKS]
)


def d3_entries():
    return [e for e, _, _ in D3_BLOCKS] + [p for p, _ in D3_PERSONS]


def build_docx_03(path):
    from docx import Document

    doc = Document()
    doc.add_heading(D3_TITLE, level=1)
    doc.add_paragraph("À Presidente da Comissão de Assuntos Constitucionais, Direitos, Liberdades e Garantias")
    for p in D3_BODY:
        doc.add_paragraph(p)
    doc.add_paragraph("Lisboa, 3 de dezembro de 2026")
    doc.add_heading("Assinam:", level=2)
    for a, place, rep in D3_BLOCKS:
        p = doc.add_paragraph()
        p.add_run(a["name"]).bold = True
        if a["members"]:
            p.add_run(", em representação das suas associadas:")
        doc.add_paragraph(place)
        doc.add_paragraph(f"Por: {rep}")
        for m in a["members"]:
            doc.add_paragraph(m["name"], style="List Bullet")
    doc.add_heading("Subscrições individuais", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Nome"
    table.rows[0].cells[1].text = "País"
    for p, pais in D3_PERSONS:
        row = table.add_row()
        row.cells[0].text = p["name"]
        row.cells[1].text = pais
    doc.add_paragraph("Contacto: secretariado@cartareagrupamento.pt")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 04 fr md described entries

D4_TITLE = "Tribune : pour un accueil digne aux frontières intérieures"
D4_BODY = [
    "Chaque nuit, des personnes exilées traversent à pied les cols entre l'Italie et la France, en "
    "baskets, parfois avec des enfants. Les refoulements se font sans examen de leur situation et sans "
    "interprète, en contradiction avec le droit applicable.",
    "Nous demandons la fin des renvois expéditifs, l'accès effectif à la demande d'asile dès la frontière "
    "et des moyens pour les lieux d'accueil citoyens qui pallient aujourd'hui l'absence de l'État.",
]
D4_SECTIONS = [
    (
        "Associations",
        [
            (
                org("Accueil Solidaire du Haut-Bugey", ["FR"]),
                "France",
                "hébergement citoyen de personnes exilées dans l'Ain",
            ),
            (org("Permanence Juridique Exil 42", ["FR"]), "France", "accès au droit, Saint-Étienne"),
            (org("Maison des Femmes Migrantes de Liège, ASBL", ["BE"]), "Belgique", "accueil de jour et ateliers"),
            (
                org("Association Kassumay pour le Retour Digne", ["SN"]),
                "Sénégal",
                "accompagnement des personnes expulsées",
            ),
            (org("Ligue Vaudoise pour l'Hospitalité", ["CH"]), "Suisse", "parrainages et hébergement"),
            (
                org("AMICALE DES TRAVAILLEURS SAISONNIERS DU VAUCLUSE", ["FR"]),
                "France",
                "défense des saisonniers agricoles",
            ),
        ],
    ),
    (
        "Collectifs et réseaux",
        [
            (
                coal(
                    "Collectif Frontières Alpines (CFA)",
                    ["FR", "IT"],
                    [
                        org("Refuge Solidaire de la Haute-Durance", ["FR"]),
                        org("Associazione Passo Libero di Oulx", ["IT"]),
                        org("Maraudeurs du Montgenèvre", ["FR"]),
                    ],
                ),
                "France, Italie",
                "collectif interassociatif, qui rassemble :",
            ),
        ],
    ),
    (
        "Syndicats, Églises et recherche",
        [
            (org("Union Syndicale des Travailleurs du Nettoyage – USTN", ["FR"]), "France", "syndicat"),
            (org("Paroisse Réformée de Saint-Leu-la-Vallée", ["FR"]), "France", "entraide paroissiale"),
            (
                org("Centre de recherche Migrations, Droit et Territoires, Université de Haute-Loire", ["FR"]),
                "France",
                "laboratoire universitaire",
            ),
        ],
    ),
]
D4_COUNTRY = {"FR": "France", "IT": "Italie"}
D4_SUPPORT = (org("Fondation Terre d'Asile Partagée", ["CH"], supporter=True), "Suisse")
D4_PERSONS = [
    (per("Aminata Sow-Delacroix", ["FR"]), "avocate au barreau de Lyon", "France"),
    (per("Jean-Baptiste Lemercier", ["BE"]), "ancien délégué aux droits des étrangers", "Belgique"),
    (per("Odile Raharimanana", ["CA"]), "chercheuse en géographie", "Canada"),
    (per("Yanis Belkacem-Morel", ["FR"]), "éducateur spécialisé", "France"),
]
D4_NA = [
    D4_TITLE,
    "Les signataires",
    "Associations",
    "Collectifs et réseaux",
    "Syndicats, Églises et recherche",
    "Avec le soutien de :",
    "À titre personnel",
    "collectif interassociatif, qui rassemble :",
    "hébergement citoyen de personnes exilées dans l'Ain",
    "accès au droit, Saint-Étienne",
    "avocate au barreau de Lyon",
    "ancien délégué aux droits des étrangers",
    "chercheuse en géographie",
    "éducateur spécialisé",
    "Pour signer la tribune : signatures@frontieres-accueil.fr",
    "Publiée le 3 décembre 2026",
]


def d4_entries():
    out = [e for _, items in D4_SECTIONS for e, _, _ in items]
    return out + [D4_SUPPORT[0]] + [p for p, _, _ in D4_PERSONS]


def build_md_04(path):
    lines = [f"# {D4_TITLE}", "", "*Publiée le 3 décembre 2026*", ""]
    for p in D4_BODY:
        lines += [p, ""]
    lines += ["## Les signataires", ""]
    n = 0
    for heading, items in D4_SECTIONS:
        lines += [f"### {heading}", ""]
        for a, pays, desc in items:
            n += 1
            lines.append(f"{n}. **{a['name']}** ({pays}) — {desc}")
            for m in a["members"]:
                lines.append(f"    - {m['name']} ({D4_COUNTRY[m['countries'][0]]})")
        lines.append("")
    lines += ["**Avec le soutien de :** " + f"{D4_SUPPORT[0]['name']} ({D4_SUPPORT[1]})", ""]
    lines += ["### À titre personnel", ""]
    for p, role, pays in D4_PERSONS:
        lines.append(f"- {p['name']}, {role} ({pays})")
    lines += ["", "---", "", "Pour signer la tribune : signatures@frontieres-accueil.fr", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------- 05 es pdf running paragraph

D5_TITLE = "Pronunciamiento regional sobre las desapariciones en la ruta migratoria"
D5_HEADER = "Pronunciamiento regional – desapariciones en la ruta migratoria"
D5_BODY = [
    "Cada mes, familias de Centroamérica y México nos buscan porque han perdido el contacto con un hijo, "
    "una hermana o un padre que salió hacia el norte. Muchas de esas búsquedas empiezan tarde, sin apoyo "
    "de las autoridades y con miedo a denunciar.",
    "Exigimos un mecanismo regional de búsqueda que funcione de verdad entre países, con bancos de datos "
    "forenses compartidos y con la participación de las familias en cada etapa.",
]
D5_ORGS = [
    (org("Albergue Peregrinos de la Esperanza", ["MX"]), "México"),
    (org("Comité de Familiares de Migrantes Desaparecidos de La Libertad, COFAMDEL", ["SV"]), "El Salvador"),
    (org("Colectivo Maya Kaqchikel por la Movilidad Digna", ["GT"]), "Guatemala"),
    (
        coal(
            "Coordinadora Centroamericana de Casas de Acogida",
            [],
            [
                org("Casa Refugio San Benito", ["HN"]),
                org("Albergue Santa Marta de Olancho", ["HN"]),
                org("Hogar del Caminante de Rivas", ["NI"]),
                org("Posada Migrante de Chiquimula", ["GT"]),
            ],
        ),
        None,
    ),
    (org("Instituto de Investigación en Movilidad y Derechos, Universidad Autónoma del Istmo", ["HN"]), "Honduras"),
    (org("FUNDACIÓN NUEVOS HORIZONTES SIN MUROS", ["CR"]), "Costa Rica"),
    (org("Sindicato de Trabajadoras Agrícolas Temporales de Chiapas", ["MX"]), "México"),
    (org("Red Jurídica Transfronteriza – REJUT", ["MX", "US"]), "México y Estados Unidos"),
    (org("Servicio Pastoral Migrante de la Parroquia San Judas Tadeo", ["MX"]), "México"),
    (org("Mujeres Garífunas en Movimiento", ["HN"]), "Honduras"),
]
D5_COUNTRY = {"HN": "Honduras", "NI": "Nicaragua", "GT": "Guatemala"}
D5_PERSONS = [
    (per("Itzel Maldonado Cruz", ["MX"]), "México"),
    (per("Fray Anselmo Batres", []), None),
    (per("Dora Elena Villatoro", ["GT"]), "Guatemala"),
    (per("José Ramiro Ochaeta", ["GT"]), "Guatemala"),
]
D5_NA = [
    D5_TITLE,
    D5_HEADER,
    "Suscriben este pronunciamiento:",
    "A título personal:",
    "Ciudad de Guatemala, 3 de diciembre de 2026",
    "Contacto de prensa: prensa@busquedaregional.org",
    "Página 1 de 2",
    "Página 2 de 2",
]


def d5_entries():
    return [e for e, _ in D5_ORGS] + [p for p, _ in D5_PERSONS]


def d5_signers_text():
    parts = []
    for a, pais in D5_ORGS:
        if a["members"]:
            ms = [f"{m['name']} ({D5_COUNTRY[m['countries'][0]]})" for m in a["members"]]
            parts.append(f"la {a['name']} —integrada por {', '.join(ms[:-1])} y {ms[-1]}—")
        else:
            parts.append(f"{a['name']} ({pais})")
    orgs = "Suscriben este pronunciamiento: " + ", ".join(parts[:-1]) + " y " + parts[-1] + "."
    ps = [p["name"] + (f" ({c})" if c else "") for p, c in D5_PERSONS]
    persons = "A título personal: " + ", ".join(ps[:-1]) + " y " + ps[-1] + "."
    return orgs, persons


def build_pdf_05(path):
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15, alignment=TA_LEFT, spaceAfter=8)
    title = ParagraphStyle("t", parent=base, fontName="Times-Bold", fontSize=15, leading=19)
    orgs, persons = d5_signers_text()
    story = [Paragraph(html.escape(D5_TITLE), title), Spacer(1, 6)]
    story += [Paragraph(html.escape(p), base) for p in D5_BODY]
    story += [
        PageBreak(),
        Paragraph(html.escape(orgs), base),
        Paragraph(html.escape(persons), base),
        Spacer(1, 10),
        Paragraph(html.escape("Ciudad de Guatemala, 3 de diciembre de 2026"), base),
        Paragraph(html.escape("Contacto de prensa: prensa@busquedaregional.org"), base),
    ]

    write_pdf(
        path,
        D5_TITLE,
        story,
        page_marks(
            D5_HEADER, "Página {page} de 2", "Times-Italic", 9, pagesize=LETTER, inset=(72, 40, 32), centred=True
        ),
        pagesize=LETTER,
        margins=(72, 72, 64, 60),
    )


# --------------------------------------------------------------------------- 06 pt html definition list

D6_TITLE = "Carta das organizações pela regularização migratória já"
D6_BODY = [
    "Milhares de pessoas migrantes vivem e trabalham no país sem conseguir renovar seus documentos, "
    "porque os agendamentos somem em minutos e as taxas pesam no orçamento de quem ganha pouco.",
    "Pedimos uma regularização ampla, gratuita e sem exigência de antecedentes impossíveis de obter, "
    "construída junto com os coletivos de migrantes que conhecem de perto esses obstáculos.",
]
D6_GROUPS = [
    (
        "Pastorais e organizações de fé",
        [
            (org("Pastoral do Migrante da Arquidiocese de Campo Verde", ["BR"]), "Campo Verde/MT, Brasil"),
            (org("Casa de Acolhida Irmã Dulcina", ["BR"]), "Manaus/AM, Brasil"),
            (org("Comunidade Luterana Acolhe Imigrante", ["BR"]), "Joinville/SC, Brasil"),
        ],
    ),
    (
        "Coletivos e associações de migrantes",
        [
            (org("Coletivo Haitiano Konbit Lakay", ["BR"]), "Curitiba/PR, Brasil"),
            (org("Associação de Mulheres Bolivianas Warmi Sayariy", ["BR"]), "São Paulo/SP, Brasil"),
            (org("ASSOCIAÇÃO DOS VENEZUELANOS EM RORAIMA", ["BR"]), "Boa Vista/RR, Brasil"),
        ],
    ),
    (
        "Sindicatos",
        [
            (
                org("Sindicato dos Trabalhadores em Frigoríficos do Oeste Catarinense – SINTRAFOC", ["BR"]),
                "Chapecó/SC, Brasil",
            ),
        ],
    ),
    (
        "Redes e articulações",
        [
            (
                coal(
                    "Rede Sul-Americana Caminhos Abertos",
                    [],
                    [
                        org("Fundación Pasos Compartidos", ["BO"]),
                        org("Centro de Atención al Migrante Paraguayo de Encarnación", ["PY"]),
                        org("Associação Brasileira de Juristas pela Mobilidade", ["BR"]),
                        org("Colectivo Migrantes Unidos de Rivera", ["UY"]),
                    ],
                ),
                None,
            ),
        ],
    ),
    (
        "Universidades e grupos de pesquisa",
        [
            (
                org("Grupo de Pesquisa Fronteiras e Deslocamentos, Universidade Federal do Vale do Araguaia", ["BR"]),
                "Barra do Garças/MT, Brasil",
            ),
            (
                org("Clínica de Direitos Humanos e Migrações da Faculdade de Direito de Petrópolis", ["BR"]),
                "Petrópolis/RJ, Brasil",
            ),
        ],
    ),
]
D6_MEMBER_PLACE = {
    "Fundación Pasos Compartidos": "Santa Cruz de la Sierra, Bolívia",
    "Centro de Atención al Migrante Paraguayo de Encarnación": "Encarnación, Paraguai",
    "Associação Brasileira de Juristas pela Mobilidade": "Brasília/DF, Brasil",
    "Colectivo Migrantes Unidos de Rivera": "Rivera, Uruguai",
}
D6_PERSONS = [
    (per("Luana Figueiredo Batista", ["BR"]), "defensora pública", "Brasil"),
    (per("Wisly Jean-Baptiste", ["BR"]), "liderança comunitária", "Brasil"),
    (per("Carmen Rosa Choque Flores", ["BO"]), "educadora popular", "Bolívia"),
    (per("Padre Ernesto Lazzarin", ["BR"]), "missionário", "Brasil"),
]
D6_PUBLISHER = "Instituto Travessia Cidadã"
D6_NA = [
    D6_TITLE,
    "Este site utiliza cookies para melhorar sua experiência.",
    "Aceitar",
    "Recusar",
    "Início",
    "Notícias",
    "Campanhas",
    "Biblioteca",
    "Doe",
    "Você está em:",
    "Adesões",
    "Pastorais e organizações de fé",
    "Coletivos e associações de migrantes",
    "Sindicatos",
    "Redes e articulações",
    "Universidades e grupos de pesquisa",
    "Pessoas",
    "articulação regional, composta por:",
    "defensora pública",
    "liderança comunitária",
    "educadora popular",
    "missionário",
    "Ver todas as 312 adesões",
    "Assine a carta",
    "Compartilhar:",
    "E-mail",
    D6_PUBLISHER,
    "Política de privacidade",
    "Publicado em 3 de dezembro de 2026",
]


def d6_entries():
    out = [e for _, items in D6_GROUPS for e, _ in items]
    return out + [p for p, _, _ in D6_PERSONS]


def build_html_06(path):
    e = html.escape
    dl = []
    for heading, items in D6_GROUPS:
        dl.append(f"        <dt>{e(heading)}</dt>")
        for a, place in items:
            if a["members"]:
                lis = "\n".join(
                    f"              <li>{e(m['name'])} "
                    f'<span class="local">— {e(D6_MEMBER_PLACE[m["name"]])}</span></li>'
                    for m in a["members"]
                )
                dl.append(
                    f"        <dd><strong>{e(a['name'])}</strong> — articulação regional, composta por:\n"
                    f"            <ul>\n{lis}\n            </ul>\n        </dd>"
                )
            else:
                dl.append(f'        <dd><strong>{e(a["name"])}</strong> <span class="local">— {e(place)}</span></dd>')
    dl.append("        <dt>Pessoas</dt>")
    for p, role, pais in D6_PERSONS:
        dl.append(f'        <dd>{e(p["name"])} <span class="local">— {e(role)}, {e(pais)}</span></dd>')
    body = "\n".join(f"      <p>{e(p)}</p>" for p in D6_BODY)
    page = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>{e(D6_TITLE)} – {e(D6_PUBLISHER)}</title>
<style>.local {{ color: #666; }} dt {{ font-weight: bold; margin-top: 1em; }}</style>
</head>
<body>
<div class="cookie-aviso">
  <span>Este site utiliza cookies para melhorar sua experiência.</span>
  <a href="#" class="btn">Aceitar</a> <a href="#" class="btn">Recusar</a>
</div>
<nav class="menu-principal">
  <a href="/">Início</a> | <a href="/noticias">Notícias</a> | <a href="/campanhas">Campanhas</a> |
  <a href="/biblioteca">Biblioteca</a> | <a href="/doe">Doe</a>
</nav>
<div class="breadcrumb">Você está em: <a href="/">Início</a> › <a href="/campanhas">Campanhas</a></div>
<main>
  <article class="post">
    <h1>{e(D6_TITLE)}</h1>
    <p class="meta">Publicado em 3 de dezembro de 2026</p>
    <div class="conteudo">
{body}
      <h2>Adesões</h2>
      <dl class="adesoes">
{chr(10).join(dl)}
      </dl>
      <p><a href="/campanhas/regularizacao/adesoes">Ver todas as 312 adesões</a></p>
      <p><a class="btn" href="/campanhas/regularizacao/assinar">Assine a carta</a></p>
    </div>
    <div class="share">Compartilhar: <a href="#">WhatsApp</a> | <a href="#">Facebook</a> | <a href="#">E-mail</a></div>
  </article>
</main>
<footer>
  <p>{e(D6_PUBLISHER)} · Rua das Palmeiras, 140 · Belo Horizonte/MG</p>
  <p><a href="/privacidade">Política de privacidade</a></p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- registry

DOCS = [
    (
        "h7-01-en-pdf-sector-sections",
        "pdf",
        "en",
        "pdf-sector-sections-role-lines",
        build_pdf_01,
        d1_entries,
        D1_NA,
        "Sections in capitals (trade unions, faith communities, community groups) are no agents. Entries "
        "'- Name (City, Country)' or '- Name (Country)' (hyphen items, one column); 'Welsh' is a nationality "
        "adjective, no country; 'Refugee Youth Voices Ireland' states its country only in the name. The federation "
        "signs 'on behalf of its affiliates:' listed below it, indented, with '–', so it is a coalition with three "
        "members. Persons sign in a personal capacity with a role and institution after an em dash (for "
        "identification only, not agents); a title ('Rev.') is kept in the name as printed; one person has no country.",
    ),
    (
        "h7-02-es-html-card-grid",
        "html",
        "es",
        "webpage-card-grid",
        build_html_02,
        d2_entries,
        D2_NA,
        "Saved web page whose signatories are a grid of cards: <h3> name, a country line below it. A card with a 'Red' "
        "badge and country 'Regional' is a coalition: 'Articula a:' and a <ul> of members with countries in "
        "parentheses. 'Costa Rica' is both in a name and on the card (no countries_in_name). 'Asociación de "
        "Venezolanos en Arequipa' is a nationality, its country comes from '(Perú)'. Persons in one sentence under "
        "'Firmas personales'. The site's publisher in the title and footer is no signatory.",
    ),
    (
        "h7-03-pt-docx-signature-blocks",
        "docx",
        "pt",
        "docx-signature-blocks",
        build_docx_03,
        d3_entries,
        D3_NA,
        "Letter signature blocks: a bold name, then 'City, Country', then 'Por: <representative>, <role>'. The "
        "representative signs for the organization and is NOT a separate signatory (listed in not_agents). The "
        "platform's bold name runs on with ', em representação das suas associadas:' and its members come as 'List "
        "Bullet' paragraphs after its place and representative lines; they print no country, so countries [] (their "
        "towns Setúbal, Coimbra, Odemira are no countries). 'Cabo-Verdiana', 'Guineense', 'Angolana' are "
        "nationalities; 'Rede de Apoio a Refugiados de Cabo Verde' states CV in its name and on its place line. "
        "Individuals in a two-column table 'Nome | País' (header cells are no agents).",
    ),
    (
        "h7-04-fr-md-described-entries",
        "md",
        "fr",
        "md-numbered-bold-with-descriptions",
        build_md_04,
        d4_entries,
        D4_NA,
        "Markdown numbered entries '**Name** (Pays) — short description'; the description is never an agent. A "
        "collective in two countries '(France, Italie)' 'qui rassemble :' three members as sub-bullets. 'Avec le "
        "soutien de :' one supporter (supporter: true). Persons 'Name, role (Pays)' under 'À titre personnel': "
        "the role "
        "is not part of the name.",
    ),
    (
        "h7-05-es-pdf-running-paragraph",
        "pdf",
        "es",
        "pdf-running-paragraph-dash-members",
        build_pdf_05,
        d5_entries,
        D5_NA,
        "One flowing paragraph 'Suscriben este pronunciamiento: A (País), B (País), …, y Z (País).' wrapped across PDF "
        "lines (a wrapped name is the unwrapped name). The coalition is introduced with an article ('la "
        "Coordinadora …', article not part of the name) and its members sit between em dashes "
        "'—integrada por A (País), "
        "B … y D (País)—'. A comma-acronym name ('…, COFAMDEL'); a name with two countries '(México y Estados "
        "Unidos)'; 'de Chiapas' is a state, no country. Persons in a second paragraph; 'Fray' kept in the name.",
    ),
    (
        "h7-06-pt-html-definition-list",
        "html",
        "pt",
        "webpage-definition-list-sectors",
        build_html_06,
        d6_entries,
        D6_NA,
        "Saved web page with a <dl>: each <dt> a sector heading (no agent), each <dd> a bold name and ' — Cidade/UF, "
        "Brasil' in a grey span. The network <dd> says 'articulação regional, composta por:' with a nested <ul> of "
        "members, each with its own place and country. Nationality adjectives ('Haitiano', 'Bolivianas', "
        "'Venezuelanos', 'Paraguayo', 'Brasileira') are no countries. Persons under <dt>Pessoas</dt> as 'Name — role, "
        "Country'; 'Padre' kept in the name.",
    ),
]


# --------------------------------------------------------------------------- build and check


def rows(entries):
    return [
        kit.Gold(e["name"], e["read_as"], e["countries"], e["in_name"], p, e["supporter"]) for e, p in flatten(entries)
    ]


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows)


if __name__ == "__main__":
    sys.exit(main())
