# ruff: noqa: RUF001
"""Held-out signatory layouts, set 11: eight invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout11/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout11.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout11.py --check   # rebuild in a temp folder and check

| stem | fmt | lang | layout |
|---|---|---|---|
| h11-01-pt-txt-fixed-width-tree | txt | pt | fixed-width text columns, members drawn as a tree (├─ └─) |
| h11-02-pt-pdf-dot-leaders | pdf | pt | annex with dot leaders to a country, members in a sentence with ISO codes |
| h11-03-es-html-rowspan-table | html | es | table grouped by network with rowspan cells |
| h11-04-es-pdf-footnote-members | pdf | es | flat lines with superscript note; members in the page footnote |
| h11-05-fr-html-flags-details | html | fr | <br> lines with flag emojis; members in a <details> drawer |
| h11-06-fr-docx-tab-stops | docx | fr | tab-stop country column; mandating associations indented; NOM Prénom persons |
| h11-07-en-docx-name-grid | docx | en | logo-wall name grid without countries; network's groups in a later section |
| h11-08-pt-md-arrival-log | md | pt | dated arrival log of endorsements, persons mixed in |
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout11"


# --------------------------------------------------------------------------- agents


def agent(name, kind, cc=(), in_name=(), member_of=None, supporter=False):
    return {
        "name": name,
        "read_as": kind,
        "countries": list(cc),
        "in_name": list(in_name),
        "member_of": member_of,
        "supporter": supporter,
    }


def org(name, cc=(), in_name=(), member_of=None, supporter=False):
    return agent(name, "organization", cc, in_name, member_of, supporter)


def coal(name, cc=(), member_of=None):
    return agent(name, "coalition", cc, (), member_of)


def per(name, cc=(), member_of=None):
    return agent(name, "person", cc, (), member_of)


PT = {
    "BR": "Brasil",
    "PT": "Portugal",
    "AO": "Angola",
    "MZ": "Moçambique",
    "CV": "Cabo Verde",
    "GW": "Guiné-Bissau",
    "ST": "São Tomé e Príncipe",
    "TL": "Timor-Leste",
    "PY": "Paraguai",
    "BO": "Bolívia",
    "HT": "Haiti",
    "VE": "Venezuela",
    "ES": "Espanha",
    "FR": "França",
    "US": "Estados Unidos",
    "JP": "Japão",
}


# --------------------------------------------------------------------------- 01 pt txt fixed-width tree

D1_TITLE = "NOTA PÚBLICA — PELO FIM DAS DEPORTAÇÕES SUMÁRIAS NOS AEROPORTOS"
D1_BODY = [
    "Nas últimas semanas, dezenas de pessoas foram impedidas de entrar no país e reembarcadas no mesmo dia, "
    "sem acesso a intérprete, a defensor ou ao pedido de refúgio. As entidades abaixo pedem ao Ministério "
    "da Justiça que suspenda a prática, publique os números de reembarques e garanta a presença da "
    "Defensoria Pública nas áreas restritas dos aeroportos internacionais.",
    "Pedimos ainda que as salas de espera sejam abertas à visita de organizações da sociedade civil e que "
    "nenhuma criança seja reembarcada sem avaliação individual do seu interesse superior.",
]
D1_COAL = "Fórum Lusófono de Mobilidade Humana (FLMH)"
D1_ROWS = [
    (org("Centro de Acolhida Irmã Dulcineia Prado", ["BR"]), "Brasil"),
    (org("Associação Moçambicana de Apoio ao Migrante - AMAM", ["MZ"]), "Moçambique"),
    (org("Rede de Apoio ao Refugiado no Brasil", ["BR"]), "Brasil"),
    (coal(D1_COAL), "Regional"),
    (org("Casa do Imigrante de Braga", ["PT"], member_of=D1_COAL), "Portugal"),
    (org("Coletivo Kianda, Mulheres em Movimento", ["AO"], member_of=D1_COAL), "Angola"),
    (org("Núcleo de Estudos Migratórios da Universidade do Mindelo", ["CV"], member_of=D1_COAL), "Cabo Verde"),
    (org("Associação Timorense Lafaek Diak", ["TL"], member_of=D1_COAL), "Timor-Leste"),
    (org("INSTITUTO ARAUCÁRIA DE DIREITOS HUMANOS", ["BR"]), "Brasil"),
    (org("Pastoral do Migrante Ponte da Amizade — Foz do Iguaçu", ["BR"]), "Brasil"),
    (org("Associação dos Costureiros Bolivianos do Pari"), "—"),
    (org("Coletivo Haitiano Lakay Nou", ["BR"]), "Brasil"),
    (org("Clínica de Direitos Humanos, Migração e Refúgio da UFRJ-Macaé", ["BR"]), "Brasil"),
]
D1_PERSONS = [
    (per("Rosângela Tavares Lima", ["BR"]), "advogada popular", "Brasil"),
    (per("Pe. Ernesto Maluleke", ["MZ"]), "pastoral dos migrantes de Maputo", "Moçambique"),
    (per("Joana d'Almeida Furtado", ["PT"]), "investigadora", "Portugal"),
]


def d1_agents():
    return [a for a, _ in D1_ROWS] + [p for p, _, _ in D1_PERSONS]


def build_txt_01(path):
    width = 66
    rule = "-" * width + " " + "-" * 12
    out = [D1_TITLE, "", *[line for p in D1_BODY for line in (p, "")]]
    out += ["São Paulo, 3 de dezembro de 2026", "", ""]
    out += ["ENTIDADES SIGNATÁRIAS".ljust(width) + " PAÍS", rule]
    members = [a for a, _ in D1_ROWS if a["member_of"]]
    for a, pais in D1_ROWS:
        if a["member_of"]:
            mark = "└─ " if a is members[-1] else "├─ "
            label = "  " + mark + a["name"]
        else:
            label = a["name"]
        out.append(label.ljust(width) + " " + pais)
    out += ["", "PESSOAS (a título pessoal)".ljust(width) + " PAÍS", rule]
    for p, role, pais in D1_PERSONS:
        out.append(f"{p['name']}, {role}".ljust(width) + " " + pais)
    out += [
        "",
        "Total: 13 entidades e 3 pessoas. Lista aberta a novas adesões até 10/12.",
        "Adesões e imprensa: nota.aeroportos@redemobilidade.org",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


D1_NA = [
    D1_TITLE,
    "São Paulo, 3 de dezembro de 2026",
    "ENTIDADES SIGNATÁRIAS",
    "PAÍS",
    "Regional",
    "PESSOAS (a título pessoal)",
    "advogada popular",
    "Total: 13 entidades e 3 pessoas.",
    "Adesões e imprensa: nota.aeroportos@redemobilidade.org",
]


# --------------------------------------------------------------------------- 02 pt pdf dot leaders

D2_TITLE = "Contribuição conjunta da sociedade civil lusófona à revisão do Pacto Global para a Migração"
D2_HEADER = "Contribuição conjunta — revisão do Pacto Global para a Migração"
D2_BODY = [
    "1. As entidades subscritoras acompanham, desde 2019, a aplicação do Pacto Global para uma Migração "
    "Segura, Ordenada e Regular nos países de língua portuguesa. Esta contribuição resume o que observámos "
    "no terreno e o que pedimos aos Estados para o próximo ciclo.",
    "2. Os compromissos sobre vias regulares de migração laboral avançaram pouco: os acordos bilaterais "
    "continuam sem mecanismos de queixa acessíveis aos trabalhadores e sem acompanhamento independente.",
    "3. A detenção de crianças por motivos migratórios ainda não foi abolida em vários países da região. "
    "Pedimos um calendário público para o seu fim e alternativas de base comunitária.",
    "4. Pedimos, por fim, que as organizações de pessoas migrantes participem nas delegações nacionais e "
    "que os relatórios voluntários de cada Estado sejam discutidos publicamente antes de serem enviados.",
]
D2_COAL = "Rede Atlântica pelos Direitos das Pessoas em Mobilidade"
D2_ENTRIES = [
    (org("Observatório das Migrações do Sul de Angola", ["AO"]), "Angola"),
    (org("Associação Cabo-verdiana de Lisboa para a Integração", ["PT"]), "Portugal"),
    (org("Centro de Apoio ao Migrante e ao Refugiado de Roraima — CAMRR", ["BR"]), "Brasil"),
    (org("Fundação Nkhensani para a Mobilidade Segura", ["MZ"]), "Moçambique"),
    (org("Liga Guineense de Apoio aos Retornados", ["GW"]), "Guiné-Bissau"),
    (coal(D2_COAL), "Regional"),
    (org("Instituto Mulheres do Atlântico", ["BR"], member_of=D2_COAL), "BR"),
    (org("Associação Okavango Solidário", ["AO"], member_of=D2_COAL), "AO"),
    (org("Movimento Xitique pela Dignidade", ["MZ"], member_of=D2_COAL), "MZ"),
    (org("Casa Bissau-Lisboa", ["GW"], member_of=D2_COAL), "GW"),
    (org("Coletivo de Trabalhadores Migrantes de Tóquio, Nikkei e Lusófonos", ["JP"]), "Japão"),
    (org("Grupo de Estudos sobre Fronteiras, Universidade Federal do Oiapoque", ["BR"]), "Brasil"),
    (org("Plataforma São-tomense de Mulheres na Diáspora", ["ST"]), "São Tomé e Príncipe"),
]
D2_PERSONS = [
    (per("Profa. Dra. Marília Couto Bernardes", ["BR"]), "Brasil"),
    (per("Domingos Ualane Chissano", ["MZ"]), "Moçambique"),
    (per("Irmã Teodora Sequeira", []), ""),
]


def d2_agents():
    return [a for a, _ in D2_ENTRIES] + [p for p, _ in D2_PERSONS]


def build_pdf_02(path):
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    width = A4[0] - 2 * 64
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
    title = ParagraphStyle("t", parent=base, fontName="Times-Bold", fontSize=15, leading=19, alignment=TA_LEFT)
    head = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=12, spaceBefore=10, spaceAfter=6)
    line = ParagraphStyle("l", parent=base, fontSize=10.5, leading=14, spaceAfter=0, alignment=TA_LEFT)
    note = ParagraphStyle("n", parent=line, fontName="Times-Italic", leftIndent=18, spaceAfter=3, spaceBefore=2)

    def leader(name, right):
        if not right:
            return Paragraph(html.escape(name), line)
        used = stringWidth(name + "  " + right, "Times-Roman", 10.5)
        dots = "." * max(3, int((width - used - 30) / stringWidth(".", "Times-Roman", 10.5)))
        return Paragraph(html.escape(f"{name} {dots} {right}"), line)

    story = [Paragraph(html.escape(D2_TITLE), title), Spacer(1, 6)]
    story.append(Paragraph(html.escape("Lisboa e Luanda, 3 de dezembro de 2026"), base))
    story += [Paragraph(html.escape(p), base) for p in D2_BODY]
    story += [PageBreak(), Paragraph(html.escape("Anexo I — Entidades subscritoras"), head)]
    members = []
    for a, right in D2_ENTRIES:
        if a["member_of"]:
            members.append((a, right))
            continue
        story.append(leader(a["name"], right))
        if a["read_as"] == "coalition":
            pending = a
            story.append(None)
    idx = story.index(None)
    parts = [f"{m['name']} ({cc})" for m, cc in members]
    sentence = f"Subscrevem por intermédio da {pending['name']}: " + ", ".join(parts[:-1]) + f" e {parts[-1]}."
    story[idx] = Paragraph(html.escape(sentence), note)
    story.append(Paragraph(html.escape("Anexo II — Subscrições individuais"), head))
    for p, right in D2_PERSONS:
        story.append(leader(p["name"], right))
    story += [
        Spacer(1, 12),
        Paragraph(html.escape("Contacto para a revisão: secretariado@redeatlantica-mobilidade.org"), line),
    ]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Times-Italic", 8.5)
        canvas.drawString(64, A4[1] - 40, D2_HEADER)
        canvas.drawRightString(A4[0] - 64, 34, f"p. {doc.page}/2")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,
        title=D2_TITLE,
        author="",
        leftMargin=64,
        rightMargin=64,
        topMargin=64,
        bottomMargin=60,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


D2_NA = [
    D2_TITLE,
    D2_HEADER,
    "Lisboa e Luanda, 3 de dezembro de 2026",
    "Anexo I — Entidades subscritoras",
    "Anexo II — Subscrições individuais",
    "p. 2/2",
    "Regional",
    "Contacto para a revisão: secretariado@redeatlantica-mobilidade.org",
]


# --------------------------------------------------------------------------- 03 es html rowspan table

D3_TITLE = "Exigimos al Gobierno un programa de regularización sin plazos imposibles"
D3_PUBLISHER = "Observatorio Ciudadano de Fronteras"
D3_BODY = [
    "El decreto de regularización publicado en octubre da solo noventa días para presentar documentos que "
    "muchas personas no pueden conseguir desde aquí: antecedentes penales apostillados, pasaportes vigentes, "
    "constancias de ingreso que nunca se entregaron en la frontera.",
    "Las organizaciones que firmamos pedimos al Gobierno que amplíe el plazo a un año, que acepte documentos "
    "vencidos y declaraciones juradas, y que ninguna solicitud en trámite pueda dar lugar a una expulsión.",
]
D3_C1 = "Red Andina de Movilidad Humana (REDAMH)"
D3_C2 = "Plataforma Sur-Sur por la Hospitalidad"
D3_GROUPS = [
    (
        coal(D3_C1),
        [
            (org("Asociación Warmi Yachay", ["PE"], member_of=D3_C1), "Perú"),
            (org("Fundación Puentes del Norte, Ecuador", ["EC"], in_name=["EC"], member_of=D3_C1), ""),
            (org("Corporación Tejido Migrante", ["CO"], member_of=D3_C1), "Colombia"),
            (org("Colectivo de Venezolanas en La Paz", ["BO"], member_of=D3_C1), "Bolivia"),
        ],
    ),
    (
        coal(D3_C2),
        [
            (org("Asociación Sabana de Acogida, A.C.", ["MX"], member_of=D3_C2), "México"),
            (org("Centro Comunitario Dakar-Madrid", ["ES"], member_of=D3_C2), "España"),
            (org("Comité de Solidaridad con Refugiados de Nairobi", ["KE"], member_of=D3_C2), "Kenia"),
        ],
    ),
    (
        None,
        [
            (org("Servicio Jurídico Popular Mariana Arce", ["CL"]), "Chile"),
            (org("ALIANZA DE TRABAJADORAS DEL HOGAR MIGRANTES", ["AR"]), "Argentina"),
            (org("Casa de Paso San Cayetano", ["PA"]), "Panamá"),
            (org("Instituto de Estudios sobre Movilidad, Universidad del Altiplano", ["PE"]), "Perú"),
            (org("Migrantes Latinos de Toronto – MILATO", ["CA"]), "Canadá"),
        ],
    ),
]
D3_PERSONS = [
    (per("Dra. Guadalupe Ortega Villaseñor", ["MX"]), "México"),
    (per("Mateo Quispe Arancibia", ["PE"]), "Perú"),
    (per("Hna. Rosa Elvira Cañete", ["PY"]), "Paraguay"),
]


def d3_agents():
    out = []
    for c, rows in D3_GROUPS:
        if c:
            out.append(c)
        out += [a for a, _ in rows]
    return out + [p for p, _ in D3_PERSONS]


def build_html_03(path):
    e = html.escape
    rows = []
    for c, items in D3_GROUPS:
        first = e(c["name"]) if c else "Firma directa"
        for i, (a, pais) in enumerate(items):
            cells = []
            if i == 0:
                cls = "red" if c else "sin-red"
                cells.append(f'<td rowspan="{len(items)}" class="{cls}">{first}</td>')
            cells.append(f"<td>{e(a['name'])}</td>")
            cells.append(f"<td>{e(pais)}</td>")
            rows.append("        <tr>" + "".join(cells) + "</tr>")
    persons = ", ".join(f"{e(p['name'])} ({e(c)})" for p, c in D3_PERSONS[:-1])
    persons += f" y {e(D3_PERSONS[-1][0]['name'])} ({e(D3_PERSONS[-1][1])})"
    body = "\n".join(f"    <p>{e(p)}</p>" for p in D3_BODY)
    table = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>{e(D3_TITLE)} – {e(D3_PUBLISHER)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <script async src="/assets/js/analytics.js"></script>
</head>
<body class="single-post">
  <div class="aviso-cookies" id="cookies">
    <p>Este sitio utiliza cookies para mejorar tu experiencia de navegación.</p>
    <a href="/privacidad/">Más información</a> <button type="button">Entendido</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(D3_PUBLISHER)}</a>
    <nav class="menu-principal">
      <ul>
        <li><a href="/quienes-somos/">Quiénes somos</a></li>
        <li><a href="/informes/">Informes</a></li>
        <li><a href="/campanas/">Campañas</a></li>
        <li><a href="/prensa/">Prensa</a></li>
        <li><a href="/dona/">Dona</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="categoria"><a href="/campanas/">Campañas</a> · 3 de diciembre de 2026</p>
      <h1>{e(D3_TITLE)}</h1>
{body}
      <h2>Quiénes firman</h2>
      <table class="firmas">
        <thead><tr><th>Articulación</th><th>Organización</th><th>País</th></tr></thead>
        <tbody>
{table}
        </tbody>
      </table>
      <p class="personas"><strong>Firmas personales:</strong> {persons}.</p>
      <p class="mas">… y 212 personas más que firmaron en línea.</p>
      <div class="compartir">
        <span>Comparte:</span>
        <a href="https://twitter.com/intent/tweet">X / Twitter</a>
        <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
        <a href="https://wa.me/?text=">WhatsApp</a>
        <a href="mailto:?subject=Regularización">Correo</a>
      </div>
    </article>
  </main>
  <footer class="site-footer">
    <p>© 2026 {e(D3_PUBLISHER)} · Av. de los Incas 1450, oficina 3, Quito</p>
    <p><a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Política de privacidad</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


D3_NA = [
    D3_TITLE,
    D3_PUBLISHER,
    "Quiénes firman",
    "Articulación",
    "Organización",
    "País",
    "Firma directa",
    "Firmas personales:",
    "… y 212 personas más que firmaron en línea.",
    "Quiénes somos",
    "Campañas",
    "Este sitio utiliza cookies para mejorar tu experiencia de navegación.",
    "Comparte:",
    "X / Twitter",
    "WhatsApp",
    "© 2026 Observatorio Ciudadano de Fronteras · Av. de los Incas 1450, oficina 3, Quito",
    "Política de privacidad",
]


# --------------------------------------------------------------------------- 04 es pdf footnote members

D4_TITLE = "Pronunciamiento ante la reunión regional de examen del Pacto Mundial para la Migración"
D4_HEADER = "Pronunciamiento de sociedad civil · Examen regional del Pacto Mundial · diciembre de 2026"
D4_BODY = [
    "Las organizaciones firmantes, reunidas en Ciudad de Guatemala los días 1 y 2 de diciembre, llegamos a "
    "este examen regional con una constatación compartida: la cooperación entre Estados se ha concentrado en "
    "contener a las personas en tránsito y no en proteger sus vidas.",
    "Pedimos a los Estados de la región que cuenten las muertes y desapariciones en las rutas migratorias con "
    "una metodología común, que abran canales para que las familias busquen a sus seres queridos más allá de "
    "las fronteras y que ninguna persona sea devuelta a un país donde corre peligro.",
    "Pedimos también que los mecanismos de seguimiento del Pacto Mundial incluyan a las organizaciones de "
    "personas migrantes y retornadas con voz propia, y no solo como invitadas a escuchar.",
]
D4_COAL = "Coalición Centroamericana por la Búsqueda de Personas Migrantes (COCEBUM)"
D4_BEFORE = [
    (org("Asociación de Familiares de Migrantes Desaparecidos del Occidente"), "Guatemala", ["GT"]),
    (org("Clínica Jurídica para Migrantes, Universidad Evangélica del Pacífico"), "El Salvador", ["SV"]),
    (org("Albergue Horizonte de Esperanza"), "México", ["MX"]),
]
D4_AFTER = [
    (org("Red de Mujeres Retornadas de San Pedro Sula"), "Honduras", ["HN"]),
    (org("Movimiento Nicaragüense en el Exilio por los Derechos"), "Costa Rica", ["CR"]),
    (org("CENTRO DE ESTUDIOS SOBRE TRÁNSITO Y REFUGIO – CETRAR"), "Panamá", ["PA"]),
    (org("Servicio Humanitario Menonita de Chihuahua"), "México", ["MX"]),
    (org("Kusi Wasi, Acompañamiento Psicosocial"), "Ecuador", ["EC"]),
]
D4_PERSONS = [
    (per("Lic. Aurelio Chavajay Tzul", ["GT"]), "abogado maya k'iche', Guatemala"),
    (per("Marisol Henríquez Bran", ["SV"]), "madre buscadora, El Salvador"),
    (per("Padre Jonás Melgar", ["HN"]), "párroco de Ocotepeque, Honduras"),
]
D4_MEMBERS = [
    (org("Comité de Familias Buscadoras de Huehuetenango", ["GT"], member_of=D4_COAL), "Guatemala"),
    (org("Fundación Caminos de Regreso", ["HN"], member_of=D4_COAL), "Honduras"),
    (org("Proyecto Frontera Abierta de Tucson", ["US"], member_of=D4_COAL), "Estados Unidos"),
    (org("Solidaridad Migrante Montréal", ["CA"], member_of=D4_COAL), "Canadá"),
]


def d4_agents():
    out = []
    for a, _, cc in D4_BEFORE:
        a["countries"] = cc
        out.append(a)
    out.append(coal(D4_COAL))
    for a, _, cc in D4_AFTER:
        a["countries"] = cc
        out.append(a)
    return out + [p for p, _ in D4_PERSONS] + [m for m, _ in D4_MEMBERS]


def d4_footnote():
    parts = [f"{m['name']} ({pais})" for m, pais in D4_MEMBERS]
    return (
        "Firman con la Coalición y a través de ella las siguientes organizaciones de su comité de "
        "coordinación: " + "; ".join(parts[:-1]) + f" y {parts[-1]}."
    )


def build_pdf_04(path):
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_LEFT)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=5)
    line = ParagraphStyle("l", parent=base, alignment=TA_LEFT, spaceAfter=2)
    foot = ParagraphStyle("f", parent=base, fontSize=8, leading=10, alignment=TA_LEFT, spaceAfter=0)
    e = html.escape
    story = [Paragraph(e(D4_TITLE), title), Spacer(1, 6)]
    story.append(Paragraph(e("Ciudad de Guatemala, 2 de diciembre de 2026"), base))
    story += [Paragraph(e(p), base) for p in D4_BODY]
    story += [PageBreak(), Paragraph(e("Organizaciones firmantes"), head)]
    for a, pais, _ in D4_BEFORE:
        story.append(Paragraph(e(f"{a['name']}, {pais}"), line))
    story.append(Paragraph(e(D4_COAL) + "<super>1</super>" + e(", regional"), line))
    for a, pais, _ in D4_AFTER:
        story.append(Paragraph(e(f"{a['name']}, {pais}"), line))
    story.append(Paragraph(e("A título personal"), head))
    for p, role in D4_PERSONS:
        story.append(Paragraph(e(f"{p['name']}, {role}"), line))
    story += [
        Spacer(1, 10),
        Paragraph(e("Para adhesiones: pronunciamiento.examen@cocebum.org · +502 2200 0000"), line),
    ]
    note = Paragraph("<super>1</super> " + e(d4_footnote()), foot)

    def first(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(60, LETTER[1] - 38, D4_HEADER)
        canvas.drawRightString(LETTER[0] - 60, 30, f"{doc.page}")
        canvas.restoreState()

    def later(canvas, doc):
        first(canvas, doc)
        _w, h = note.wrap(LETTER[0] - 120, 200)
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(60, 50 + h + 6, 200, 50 + h + 6)
        note.drawOn(canvas, 60, 50)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=LETTER,
        invariant=1,
        title=D4_TITLE,
        author="",
        leftMargin=60,
        rightMargin=60,
        topMargin=60,
        bottomMargin=120,
    )
    doc.build(story, onFirstPage=first, onLaterPages=later)


D4_NA = [
    D4_TITLE,
    D4_HEADER,
    "Ciudad de Guatemala, 2 de diciembre de 2026",
    "Organizaciones firmantes",
    "A título personal",
    "madre buscadora, El Salvador",
    "Para adhesiones: pronunciamiento.examen@cocebum.org",
]


# --------------------------------------------------------------------------- 05 fr html flags and details


def flag(cc):
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in cc)


D5_TITLE = "Déclaration de Dakar : circuler librement, c'est un droit et non une faveur"
D5_PUBLISHER = "Migrations Solidaires Info"
D5_BODY = [
    "Réunies à Dakar du 28 au 30 novembre pour le Forum citoyen sur les mobilités ouest-africaines, les "
    "organisations soussignées constatent que la libre circulation promise entre les États de la région "
    "recule : contrôles multipliés, rackets aux postes-frontières, refoulements de jeunes sans motif écrit.",
    "Nous demandons aux gouvernements de faire appliquer les protocoles qu'ils ont signés, de publier les "
    "chiffres des refoulements, et de cesser de conditionner l'aide au développement au contrôle des départs.",
]
D5_COAL = "Collectif Sahel-Maghreb pour la Mobilité (CSMM)"
D5_BEFORE = [
    org("Association Sénégalaise des Familles de Disparus en Mer", ["SN"]),
    org("Foyer d'Accueil des Voyageurs de Gao", ["ML"]),
    org("Comité Diocésain de Tahoua – Service Mobilité", ["NE"]),
    org("Réseau Québécois d'Accueil Solidaire"),
    coal(D5_COAL),
]
D5_MEMBERS = [
    org("Association Pont des Deux Rives", ["MA", "ES"], member_of=D5_COAL),
    org("Veille Désert Agadez", ["NE"], member_of=D5_COAL),
    org("Centre d'Écoute d'Oujda pour les Femmes en Transit", ["MA"], member_of=D5_COAL),
    org("Voix des Migrants de Tunisie", ["TN"], member_of=D5_COAL),
]
D5_AFTER = [
    org("Ligue Ivoirienne pour la Libre Circulation – LILC", ["CI"]),
    org("Fondation Ba-Diallo pour les Droits des Migrants", ["GN"]),
    org("ASSOCIATION DES REFOULÉS DU BURKINA", ["BF"]),
    org("Solidarités Sud, groupe local de Montpellier", ["FR"]),
]
D5_PERSONS = [
    (per("Me Fatou Kiné Ndiaye", ["SN"]), "avocate au barreau de Dakar"),
    (per("Pr Idrissa Ouédraogo", ["BF"]), "sociologue, Université de Koudougou"),
    (per("Aïssatou Bangoura", ["GN"]), "fondatrice d'une radio communautaire à Kindia"),
]


def d5_agents():
    return D5_BEFORE + D5_MEMBERS + D5_AFTER + [p for p, _ in D5_PERSONS]


def build_html_05(path):
    e = html.escape

    def line(a):
        f = flag("".join(a["countries"][:1])) + flag("".join(a["countries"][1:2])) if a["countries"] else ""
        return (f + " " if f else "") + e(a["name"])

    before = "<br>\n          ".join(
        line(a) if a["read_as"] != "coalition" else "🌍 " + e(a["name"]) for a in D5_BEFORE
    )
    after = "<br>\n          ".join(line(a) for a in D5_AFTER)
    members = "\n".join(f"            <li>{line(m)}</li>" for m in D5_MEMBERS)
    persons = "\n".join(
        f"          <li>{flag(p['countries'][0])} <strong>{e(p['name'])}</strong>, {e(role)}</li>"
        for p, role in D5_PERSONS
    )
    body = "\n".join(f"      <p>{e(p)}</p>" for p in D5_BODY)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{e(D5_TITLE)} — {e(D5_PUBLISHER)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/theme/style.css">
  <style>details summary {{ cursor: pointer; color: #a33; }}</style>
</head>
<body>
  <div class="rgpd-banner">
    <p>Nous utilisons des traceurs pour mesurer l'audience de ce site.</p>
    <button>Tout accepter</button> <button>Tout refuser</button> <a href="/confidentialite">Personnaliser</a>
  </div>
  <header>
    <div class="brand"><a href="/">{e(D5_PUBLISHER)}</a></div>
    <nav>
      <a href="/actualites">Actualités</a> | <a href="/dossiers">Dossiers</a> |
      <a href="/agenda">Agenda</a> | <a href="/appels">Appels et pétitions</a> | <a href="/contact">Contact</a>
    </nav>
  </header>
  <main>
    <div class="fil-ariane"><a href="/">Accueil</a> › <a href="/appels">Appels et pétitions</a></div>
    <article>
      <h1>{e(D5_TITLE)}</h1>
      <p class="meta">Publié le 3 décembre 2026 · Dakar</p>
{body}
      <section class="signataires">
        <h2>Ils et elles signent la déclaration</h2>
        <p class="compteur">1 482 signatures · <a class="bouton" href="#signer">Signer l'appel</a></p>
        <h3>Organisations</h3>
        <p>
          {before}
        </p>
        <details>
          <summary>Voir les 4 associations qui ont signé à travers le Collectif</summary>
          <ul>
{members}
          </ul>
        </details>
        <p>
          {after}
        </p>
        <h3>Personnalités</h3>
        <ul class="personnalites">
{persons}
        </ul>
        <p class="suite">… et 87 autres organisations et citoyen·nes (liste complète en PDF).</p>
      </section>
      <div class="partage">
        Partager : <a href="https://www.facebook.com/sharer/">Facebook</a> ·
        <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> · <a href="https://bsky.app/intent/compose">Bluesky</a>
        · <a href="#" onclick="window.print()">Imprimer</a>
      </div>
    </article>
  </main>
  <footer>
    <p>{e(D5_PUBLISHER)} est édité par l'association Passerelles Médias, Saint-Louis.</p>
    <p><a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Confidentialité</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


D5_NA = [
    D5_TITLE,
    D5_PUBLISHER,
    "Publié le 3 décembre 2026 · Dakar",
    "Ils et elles signent la déclaration",
    "1 482 signatures",
    "Signer l'appel",
    "Organisations",
    "Voir les 4 associations qui ont signé à travers le Collectif",
    "Personnalités",
    "avocate au barreau de Dakar",
    "sociologue, Université de Koudougou",
    "… et 87 autres organisations et citoyen·nes (liste complète en PDF).",
    "Nous utilisons des traceurs pour mesurer l'audience de ce site.",
    "Appels et pétitions",
    "Partager :",
    "Imprimer",
    "Passerelles Médias",
    "Mentions légales",
]


# --------------------------------------------------------------------------- 06 fr docx tab stops

D6_TITLE = "Lettre ouverte : aucun enfant ne doit dormir dans un centre fermé"
D6_BODY = [
    "Monsieur le Premier ministre,",
    "Depuis le début de l'année, plus de soixante enfants ont passé au moins une nuit en centre fermé avec "
    "leurs parents, en attendant un éloignement qui, pour la moitié d'entre eux, n'a jamais eu lieu. Les "
    "pédiatres et psychologues qui les ont vus décrivent des troubles du sommeil, des régressions, des peurs "
    "qui durent longtemps après la sortie.",
    "Nous vous demandons d'inscrire dans la loi l'interdiction de la détention des mineurs pour des motifs "
    "migratoires, sans exception, et de financer des solutions d'accompagnement en famille, qui coûtent moins "
    "cher et respectent les droits de l'enfant.",
    "Veuillez agréer, Monsieur le Premier ministre, l'expression de notre haute considération.",
]
D6_COAL = "Collectif Enfance sans Enfermement (CESE)"
D6_ROWS = [
    (org("Foyer des Familles Exilées", ["BE"]), "Belgique"),
    (org("Accueil Solidaire du Val-de-Sambre, asbl", ["BE"]), "Belgique"),
    (coal(D6_COAL, ["BE", "FR"]), "Belgique / France"),
    (org("Pédiatres pour l'Accueil des Enfants Migrants", ["FR"], member_of=D6_COAL), "France"),
    (org("Maison de Quartier Les Tilleuls – Molenbeek", ["BE"], member_of=D6_COAL), "Belgique"),
    (org("Association Luxembourgeoise de Soutien aux Mineurs Isolés", ["LU"], member_of=D6_COAL), "Luxembourg"),
    (org("Relais Enfance-Exil de Lille", ["FR"], member_of=D6_COAL), "France"),
    (org("Veille Romande pour les Droits de l'Enfant", ["CH"]), "Suisse"),
    (org("Syndicat des Travailleurs Sociaux de l'Aide à la Jeunesse – STSAJ", ["BE"]), "Belgique"),
    (org("Fédération Haïtienne des Associations de Parents en Europe", ["FR"]), "France"),
    (org("Collectif Papiers pour Tous – Verviers", ["BE"]), "Belgique"),
]
D6_PERSONS = [
    (per("DIALLO Aminata", ["SN"]), "juriste en droit des étrangers", "Sénégal"),
    (per("VAN DEN BROECK Lieve", ["BE"]), "pédopsychiatre", "Belgique"),
    (per("EL AMRANI Youssef", ["MA"]), "ancien mineur non accompagné, étudiant", "Maroc"),
]


def d6_agents():
    return [a for a, _ in D6_ROWS] + [p for p, _, _ in D6_PERSONS]


def build_docx_06(path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_paragraph("Bruxelles et Lille, le 3 décembre 2026")
    doc.add_paragraph("À l'attention de Monsieur le Premier ministre")
    h = doc.add_paragraph()
    h.add_run(D6_TITLE).bold = True
    for p in D6_BODY:
        doc.add_paragraph(p)

    def tabbed(text, right, indent=0.0, italic=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        r = p.add_run(text + ("\t" + right if right else ""))
        r.italic = italic
        return p

    lbl = doc.add_paragraph()
    lbl.add_run("Associations signataires\tPays").bold = True
    lbl.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    for a, pays in D6_ROWS:
        tabbed(a["name"], pays, indent=1.0 if a["member_of"] else 0.0)
        if a["read_as"] == "coalition":
            tabbed("Le Collectif signe aussi pour les associations qui l'ont mandaté :", "", indent=0.5, italic=True)
    lbl = doc.add_paragraph()
    lbl.paragraph_format.space_before = Pt(12)
    lbl.add_run("Signatures à titre individuel\tPays").bold = True
    lbl.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    for p, role, pays in D6_PERSONS:
        tabbed(f"{p['name']}, {role}", pays)
    doc.add_paragraph()
    doc.add_paragraph("Contact presse : presse@enfance-sans-enfermement.eu, +32 2 000 00 00")
    deterministic_docx(doc, path)


D6_NA = [
    "Bruxelles et Lille, le 3 décembre 2026",
    "À l'attention de Monsieur le Premier ministre",
    D6_TITLE,
    "Monsieur le Premier ministre,",
    "Associations signataires",
    "Le Collectif signe aussi pour les associations qui l'ont mandaté :",
    "Signatures à titre individuel",
    "juriste en droit des étrangers",
    "Contact presse :",
]


# --------------------------------------------------------------------------- 07 en docx name grid

D7_TITLE = "Joint submission to the regional review of the Global Compact for Migration in Asia and the Pacific"
D7_BODY = [
    "This submission is made by migrant workers' organizations, returnee groups, trade unions and support "
    "services from countries of origin and destination along the labour migration corridors of South Asia, "
    "South-East Asia and the Gulf.",
    "We ask States to make recruitment free for workers in practice and not only on paper; to let workers "
    "change employer without losing their status; to guarantee that wages owed are paid when a contract ends "
    "early or a worker is sent home; and to count and investigate the deaths of migrant workers abroad.",
    "We also ask that bilateral labour agreements be published in full and that workers' organizations sit "
    "on the committees that monitor them.",
]
D7_COAL = "Bay of Bengal Migrant Justice Network (BBMJN)"
D7_GRID = [
    org("Migrant Workers Rights Centre Nepal", ["NP"], in_name=["NP"]),
    org("Bangladesh Returnee Women's Forum", ["BD"], in_name=["BD"]),
    org("Kalinga Overseas Workers Alliance"),
    org("Sri Lanka Returnee Domestic Workers' Collective", ["LK"], in_name=["LK"]),
    coal(D7_COAL),
    org("Shelter Hands Kuala Lumpur"),
    org("Gulf Seafarers and Fishers Support Desk"),
    org("Pasig River Families of OFWs, Inc."),
    org("Tamil Nadu Women Workers' Circle"),
    org("Centre for Labour Mobility Research, Salween Institute of Social Sciences"),
    org("Hope Line for Migrant Domestic Workers"),
    org("Solidarity Kitchen Doha"),
]
D7_MEMBERS = [
    (org("Chattogram Migrant Families Association", ["BD"], member_of=D7_COAL), "Bangladesh"),
    (org("Rakhine Coast Livelihoods Trust", ["MM"], member_of=D7_COAL), "Myanmar"),
    (org("Odisha Seasonal Workers' Sangathan", ["IN"], member_of=D7_COAL), "India"),
    (org("Andaman Fisherfolk Rights Project", ["TH"], member_of=D7_COAL), "Thailand"),
]
D7_PERSONS = [
    (per("Dr. Anjali Raghunathan"), "Centre for Gender and Migration Studies, Kerala"),
    (per("Rev. Fr. Emmanuel dela Peña"), "Ministry for Seafarers, Diocese of Bohol"),
    (per("Nurul Huda Chowdhury"), "former migrant worker, trainer"),
]


def d7_agents():
    return D7_GRID + [m for m, _ in D7_MEMBERS] + [p for p, _ in D7_PERSONS]


def build_docx_07(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.add_heading(D7_TITLE, level=1)
    doc.add_paragraph("Bangkok, 3 December 2026")
    for p in D7_BODY:
        doc.add_paragraph(p)
    doc.add_heading("Endorsing organizations", level=2)
    cols = 3
    table = doc.add_table(rows=len(D7_GRID) // cols, cols=cols)
    for i, a in enumerate(D7_GRID):
        cell = table.rows[i // cols].cells[i % cols]
        cell.text = a["name"]
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in para.runs:
            r.font.size = Pt(10)
            r.bold = True
    doc.add_heading("Endorsement through the Bay of Bengal network", level=2)
    doc.add_paragraph(
        f"The {D7_COAL} endorses this submission on behalf of the groups of its steering circle who asked to be named:"
    )
    for m, country in D7_MEMBERS:
        doc.add_paragraph(f"{m['name']} — {country}", style="List Bullet")
    doc.add_heading("Individual endorsements", level=2)
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Name"
    t2.rows[0].cells[1].text = "Affiliation (for identification only)"
    for p, aff in D7_PERSONS:
        row = t2.add_row()
        row.cells[0].text = p["name"]
        row.cells[1].text = aff
    doc.add_paragraph()
    doc.add_paragraph("Contact for this submission: gcm-review@bbmjn.org · +66 2 000 0000")
    deterministic_docx(doc, path)


D7_NA = [
    D7_TITLE,
    "Bangkok, 3 December 2026",
    "Endorsing organizations",
    "Endorsement through the Bay of Bengal network",
    "Individual endorsements",
    "Name",
    "Affiliation (for identification only)",
    "Centre for Gender and Migration Studies, Kerala",
    "Ministry for Seafarers, Diocese of Bohol",
    "former migrant worker, trainer",
    "Contact for this submission: gcm-review@bbmjn.org",
]


# --------------------------------------------------------------------------- 08 pt md arrival log

D8_TITLE = "Carta aberta ao Congresso Nacional: a Lei de Migração não pode retroceder"
D8_BODY = [
    "Tramita no Congresso um projeto que volta a tratar a pessoa migrante como ameaça: amplia as hipóteses de "
    "deportação, cria taxas para a regularização e permite a prisão por falta de documentos.",
    "As entidades e pessoas que assinam esta carta pedem aos parlamentares que rejeitem o projeto e que "
    "qualquer mudança na lei seja debatida em audiências públicas com a participação de coletivos de migrantes.",
]
D8_COAL = "Frente Sul-Americana de Trabalhadoras e Trabalhadores Migrantes (FSTM)"
# (date, agent, role or None, place or None, members [(agent, place)])
D8_LOG = [
    ("25/11", org("Instituto Ubuntu de Direitos, Cultura e Território", ["BR"]), None, "Salvador, Brasil", []),
    ("25/11", org("Associação de Venezuelanos em Manaus", ["BR"]), None, "Manaus, Brasil", []),
    ("26/11", per("Maria Aparecida Nogueira Reis", ["BR"]), "defensora pública", "Recife, Brasil", []),
    (
        "26/11",
        coal(D8_COAL),
        None,
        None,
        [
            (org("Sindicato das Costureiras Migrantes do Bom Retiro", ["BR"], member_of=D8_COAL), "São Paulo, Brasil"),
            (
                org("Coordinadora de Trabajadoras Paraguayas Migrantes", ["PY"], member_of=D8_COAL),
                "Assunção, Paraguai",
            ),
            (org("Centro Cultural Andino Tinku", ["BO"], member_of=D8_COAL), "Cochabamba, Bolívia"),
        ],
    ),
    ("27/11", org("COLETIVO SOMOS FRONTEIRA", ["BR"]), None, "Corumbá, Brasil", []),
    ("28/11", org("Casa das Áfricas em Lisboa", ["PT"]), None, "Lisboa, Portugal", []),
    ("28/11", org("Grupo de Pesquisa Migrações e Fronteiras (UNIFAP)", ["BR"]), None, "Macapá, Brasil", []),
    (
        "29/11",
        per("Prof. Wellington Abreu Sampaio", ["BR"]),
        "Universidade Estadual do Tocantins",
        "Palmas, Brasil",
        [],
    ),
    ("30/11", org("Missão Acolhida Fronteira Oeste", ["BR"]), None, "Cáceres, Brasil", []),
    ("01/12", org("Associação Nipo-Brasileira de Apoio aos Dekasseguis", ["JP"]), None, "Hamamatsu, Japão", []),
    ("02/12", per("Lucía Benítez Aguayo"), "jornalista", None, []),
    ("02/12", org("Rede Solidária Haiti–Brasil", ["HT", "BR"], in_name=["HT", "BR"]), None, None, []),
    ("03/12", org("Centro de Direitos Humanos Vale do São Francisco", ["BR"]), None, "Juazeiro, Brasil", []),
]


def d8_agents():
    out = []
    for _, a, _, _, members in D8_LOG:
        out.append(a)
        out += [m for m, _ in members]
    return out


def build_md_08(path):
    out = [f"# {D8_TITLE}", ""]
    for p in D8_BODY:
        out += [p, ""]
    out += ["Brasília, 1º de dezembro de 2026.", "", "---", "", "## Adesões, por ordem de chegada", ""]
    out += ["_Lista atualizada em 3/12/2026, às 18h. Cada adesão é conferida antes de ser publicada._", ""]
    for date, a, role, place, members in D8_LOG:
        text = a["name"]
        if a["read_as"] == "person":
            text += f", {role} (a título pessoal)"
        if a["read_as"] == "coalition":
            text += " · regional. Chegaram junto com a adesão da Frente:"
        elif place:
            text += f" · {place}"
        out.append(f"- **{date}** — {text}")
        for m, mplace in members:
            out.append(f"    - {m['name']} · {mplace}")
    out += [
        "",
        "_E mais 41 adesões aguardando confirmação._",
        "",
        "Para aderir, escreva para cartaaberta.leidemigracao@frentesulamericana.org.",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


D8_NA = [
    D8_TITLE,
    "Brasília, 1º de dezembro de 2026.",
    "Adesões, por ordem de chegada",
    "Lista atualizada em 3/12/2026, às 18h.",
    "25/11",
    "regional. Chegaram junto com a adesão da Frente:",
    "defensora pública (a título pessoal)",
    "Universidade Estadual do Tocantins (a título pessoal)",
    "E mais 41 adesões aguardando confirmação.",
    "Para aderir, escreva para cartaaberta.leidemigracao@frentesulamericana.org.",
]


# --------------------------------------------------------------------------- registry

DOCS = [
    (
        "h11-01-pt-txt-fixed-width-tree",
        "txt",
        "pt",
        "txt-fixed-width-columns-tree",
        build_txt_01,
        d1_agents,
        D1_NA,
        "Plain text laid out as two fixed-width columns padded with spaces (no pipes): the name, then the country "
        "under 'PAÍS'. The forum's row says 'Regional' (no country); its members follow drawn as a tree with "
        "'├─' and a final '└─', indented two spaces, each with its own country in the column. A row whose country "
        "cell is '—' has countries []; 'Bolivianos' and 'Haitiano' are nationalities, no country. 'Rede de Apoio "
        "ao Refugiado no Brasil' names its country and the column repeats it (no countries_in_name). Persons are "
        "'Name, role' in a second block: the role after the comma is not part of the name; 'Pe.' is kept. The "
        "closing count line and the contact line are no agents.",
    ),
    (
        "h11-02-pt-pdf-dot-leaders",
        "pdf",
        "pt",
        "pdf-annex-dot-leaders-iso-members",
        build_pdf_02,
        d2_agents,
        D2_NA,
        "A joint submission with numbered paragraphs on page 1 and an annex on page 2: each entry is the name, a "
        "run of leader dots and the country at the right margin (the dots are no part of the name). The network "
        "prints 'Regional'; right under it, in italics, one sentence 'Subscrevem por intermédio da <rede>: A (BR), "
        "B (AO) … e D (GW).' names the network again (one agent, at its first mention) and gives its members with "
        "ISO alpha-2 codes in parentheses, which are their countries. 'Cabo-verdiana', 'Guineense', 'São-tomense' "
        "are nationalities (the country comes from the leader column); 'Observatório … do Sul de Angola' names "
        "Angola and the column says it too. 'Tóquio' is a city. Individual signatures in Anexo II keep their "
        "academic or religious titles ('Profa. Dra.', 'Irmã'); one has no country.",
    ),
    (
        "h11-03-es-html-rowspan-table",
        "html",
        "es",
        "webpage-table-rowspan-networks",
        build_html_03,
        d3_agents,
        D3_NA,
        "Saved web page whose table 'Articulación | Organización | País' groups rows by network: the first cell of "
        "each group spans its rows (rowspan) and names the network, which signs (coalition, no country); the "
        "organizations in the group's rows are its members, with their country in the third cell. The last "
        "group's spanning cell says 'Firma directa' (a label, no agent): those organizations sign directly. "
        "'Fundación Puentes del Norte, Ecuador' has an empty country cell and names its country only in the name "
        "(countries_in_name). 'de Venezolanas en La Paz' is a nationality; the cell says Bolivia. Persons in one "
        "sentence after 'Firmas personales:' with titles kept ('Dra.', 'Hna.'); '… y 212 personas más' is no agent.",
    ),
    (
        "h11-04-es-pdf-footnote-members",
        "pdf",
        "es",
        "pdf-lines-footnote-members",
        build_pdf_04,
        d4_agents,
        D4_NA,
        "PDF (Letter): statement on page 1, then one 'Name, País' per line under 'Organizaciones firmantes' "
        "(the country after the last comma; 'Clínica Jurídica para Migrantes, Universidad Evangélica del "
        "Pacífico' and 'Kusi Wasi, Acompañamiento Psicosocial' hold a comma of their own). "
        "The coalition line carries a superscript '1' and ', regional' "
        "(no country); its members are given only in the footnote at the foot of page 2 ('Firman con la Coalición "
        "y a través de ella …'), so in document order they come after the persons: the gold lists them last, "
        "with member_of. 'Nicaragüense' is a nationality; the line says Costa Rica. Persons under 'A título "
        "personal' as 'Name, role, Country': the role is not part of the name, 'Lic.' and 'Padre' are kept.",
    ),
    (
        "h11-05-fr-html-flags-details",
        "html",
        "fr",
        "webpage-br-lines-flags-details",
        build_html_05,
        d5_agents,
        D5_NA,
        "Saved web page (RGPD banner, nav, breadcrumb, counter and 'Signer l'appel' button, share links, footer "
        "naming the site's publisher and its editing association, none of them agents). Organizations are lines "
        "of one <p> separated by <br>, each after a flag emoji, which is its country (a pair of flags gives two "
        "countries). The collective's line has a globe emoji (no country); its members sit in a <details> "
        "drawer right after it whose <summary> says they signed through the Collectif. 'Réseau Québécois …' "
        "has no flag and Québec is no country: countries []. 'Sénégalaise', 'Ivoirienne' are nationalities, the "
        "flag gives the country; 'Voix des Migrants de Tunisie' names Tunisia and has the flag too. Persons in a "
        "<ul> under 'Personnalités' as flag, bold name, ', role': 'Me' and 'Pr' are kept in the name, the role "
        "is not part of it. '… et 87 autres …' is no agent.",
    ),
    (
        "h11-06-fr-docx-tab-stops",
        "docx",
        "fr",
        "docx-tab-stop-country-mandated",
        build_docx_06,
        d6_agents,
        D6_NA,
        "Word letter: each signatory is a paragraph 'Name<TAB>Pays' with a right tab stop (no table, no list "
        "style); the header line 'Associations signataires<TAB>Pays' is no agent. The collective prints two "
        "countries 'Belgique / France' (both kept); an italic line below it says it also signs for the "
        "associations that mandated it, which follow indented by 1 cm: they are its members. ', asbl' is a legal "
        "form kept in the name. 'Haïtienne', 'Luxembourgeoise' are nationalities (Luxembourg is also the tab "
        "country, so LU stands). Persons under 'Signatures à titre individuel' in the administrative 'NOM "
        "Prénom' order with the surname in capitals, then ', role' and the tab country: the gold name is as "
        "printed ('DIALLO Aminata'), without the role.",
    ),
    (
        "h11-07-en-docx-name-grid",
        "docx",
        "en",
        "docx-name-grid-network-later-section",
        build_docx_07,
        d7_agents,
        D7_NA,
        "Word file whose endorsing organizations are a borderless 3 x 4 grid of bold centred names (read row by "
        "row), like a logo wall: no countries are printed, so countries come only from names (countries_in_name: "
        "Nepal, Bangladesh, Sri Lanka); 'Tamil Nadu', 'Kuala Lumpur', 'Doha', 'Gulf', 'Kalinga' are places or "
        "regions and 'OFWs' (overseas Filipino workers) a nationality, no country. The network is one grid "
        "cell; a later section names it again in a sentence (one agent, at its "
        "first mention) 'endorses this submission on behalf of the groups of its steering circle' and lists them "
        "as bullets 'Name — Country'. 'Pasig River Families of OFWs, Inc.' keeps its legal form. Persons in a "
        "table 'Name | Affiliation (for identification only)': the header and affiliation cells are no agents; "
        "titles ('Dr.', 'Rev. Fr.') are kept; no person has a country.",
    ),
    (
        "h11-08-pt-md-arrival-log",
        "md",
        "pt",
        "md-dated-arrival-log",
        build_md_08,
        d8_agents,
        D8_NA,
        "Markdown open letter whose endorsements are a log in order of arrival: '- **dd/mm** — Name · City, "
        "Country'. The bold date is no agent, the city is no country. Persons are mixed into the log, marked "
        "', role (a título pessoal)' (role and marker not part of the name). The front line ends ' · regional. "
        "Chegaram junto com a adesão da Frente:' and its members are nested bullets with their own city and "
        "country. 'Venezuelanos', 'Nipo-Brasileira' are nationality words (countries from the place); "
        "'Rede Solidária Haiti–Brasil' prints no place and names two countries (countries_in_name). 'Instituto "
        "Ubuntu de Direitos, Cultura e Território' holds commas; one person and one network print no place. "
        "'E mais 41 adesões …' is no agent.",
    ),
]


# --------------------------------------------------------------------------- build and check


def rows(agents):
    return [
        kit.Gold(e["name"], e["read_as"], e["countries"], e["in_name"], e["member_of"], e["supporter"]) for e in agents
    ]


MIX = kit.brief_mix("{stem}: counts outside the brief ({n} agents, {n_c} coalitions, {n_p} persons)")


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows, MIX)


if __name__ == "__main__":
    sys.exit(main())
