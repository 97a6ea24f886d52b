# ruff: noqa: RUF001
"""Held-out signatory layouts, set 9: eight invented statements written blind on 2026-12-03.

Writes each document and its ``<stem>.gold.yaml`` into ``benchmarks/eval/layouts_heldout9/``.
Deterministic: PDFs with reportlab (invariant), DOCX with fixed core properties and zip dates.

    .venv/bin/python benchmarks/eval/make_layouts_heldout9.py           # (re)write the files
    .venv/bin/python benchmarks/eval/make_layouts_heldout9.py --check   # rebuild in a temp folder and check

The gold lists agents in document order; a member names its coalition in ``member_of`` (which may be
printed after it, as in an alphabetical table).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout_kit as kit
from layout_kit import deterministic_docx, esc, new_docx, page_marks, write_pdf

OUT = kit.ROOT / "benchmarks" / "eval" / "layouts_heldout9"


# --------------------------------------------------------------------------- agents


def org(name, cc=(), mo=None, inn=(), sup=False, **kw):
    return {"name": name, "read_as": "organization", "cc": list(cc), "mo": mo, "inn": list(inn), "sup": sup, **kw}


def coal(name, cc=(), **kw):
    return {"name": name, "read_as": "coalition", "cc": list(cc), "mo": None, "inn": [], "sup": False, **kw}


def per(name, cc=(), mo=None, **kw):
    return {"name": name, "read_as": "person", "cc": list(cc), "mo": mo, "inn": [], "sup": False, **kw}


# --------------------------------------------------------------------------- 01 en pdf: grid of three


D1_TITLE = "Open letter to the Ministers of Labour of the East African Community"
D1_SUB = "Let migrant workers take their social security with them"
D1_HEADER = "Open letter – portability of social security in the EAC"
D1_BODY = [
    "Tens of thousands of women and men from our region work for years in a neighbouring country, pay "
    "contributions every month, and then go home with nothing to show for them. Pension rights stay "
    "behind, medical cover ends at the border, and the paperwork to claim anything back is out of reach "
    "for most households.",
    "We ask the Ministers to adopt, before the next Sectoral Council, a binding protocol that lets "
    "contributions follow the worker, to open one help desk per border post where returnees can file "
    "their claims, and to publish every year how many claims were paid.",
]
D1_NET = coal("Great Lakes Labour Mobility Network (GLLMN)")
D1_GLLMN = D1_NET["name"]
D1_ROWS = [
    [
        (org("Kisumu Porters' Welfare Group", ["KE"]), "Kenya"),
        (org("Arusha Domestic Workers Union", ["TZ"]), "Tanzania"),
        (org("Gulu Returnee Women's Forum", ["UG"]), "Uganda"),
    ],
    "NET",
    [
        (org("Kigali Bus Conductors' Co-op", ["RW"], D1_GLLMN), "Rwanda"),
        (org("Bujumbura Migrant Help Desk", ["BI"], D1_GLLMN), "Burundi"),
        (org("Goma Cross-Border Traders", ["CD"], D1_GLLMN), "DR Congo"),
    ],
    [
        (org("Mombasa Seafarers Aid Trust", ["KE"]), "Kenya"),
        (org("HAKI SAWA Legal Aid", ["TZ"]), "Tanzania"),
        (org("Labour Justice Centre, Lira", ["UG"]), "Uganda"),
    ],
    [
        (org("Juba Youth Employment Forum", ["SS"]), "South Sudan"),
        (org("Addis Care Givers Association", ["ET"]), "Ethiopia"),
        (org("Voice of Kenyan Workers Abroad", ["KE"]), "Kenya"),
    ],
]
D1_PERSONS = [
    (per("Dr. Achieng Odhiambo", ["KE"]), "Labour economist, Kenya"),
    (per("Juma Mwakyusa", ["TZ"]), "Retired shop steward, Tanzania"),
    (per("Sr. Agnes Nabirye"), "Religious sister, Gulu diocese"),
]


def d1_agents():
    out = []
    for row in D1_ROWS:
        if row == "NET":
            out.append(D1_NET)
        else:
            out += [e for e, _ in row]
    return out + [p for p, _ in D1_PERSONS]


D1_NA = [
    D1_TITLE,
    D1_SUB,
    D1_HEADER,
    "Nairobi, 3 December 2026",
    "Signatory organisations",
    "Regional network – signing with its affiliated groups:",
    "DR Congo",
    "South Sudan",
    "Individuals (affiliations for identification only)",
    "Labour economist, Kenya",
    "Retired shop steward, Tanzania",
    "Religious sister, Gulu diocese",
    "Replies to: eac-portability-letter@proton.me",
    "Page 1 of 2",
    "Page 2 of 2",
]


def build_pdf_01(path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    subt = ParagraphStyle("st", parent=base, fontName="Helvetica-Oblique", fontSize=11, leading=15)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=10, spaceAfter=6)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=11)
    story = [Paragraph(esc(D1_TITLE), title), Paragraph(esc(D1_SUB), subt), Spacer(1, 10)]
    story += [Paragraph(esc(p), base) for p in D1_BODY]
    story += [Spacer(1, 8), Paragraph("Nairobi, 3 December 2026", base), PageBreak()]
    story.append(Paragraph(esc("Signatory organisations"), head))

    def card(name, line2):
        return Paragraph(f"<b>{esc(name)}</b><br/><font color='#555555'>{esc(line2)}</font>", cell)

    data, style = (
        [],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ],
    )
    for row in D1_ROWS:
        if row == "NET":
            r = len(data)
            data.append([card(D1_NET["name"], "Regional network – signing with its affiliated groups:"), "", ""])
            style += [("SPAN", (0, r), (2, r)), ("BACKGROUND", (0, r), (2, r), colors.whitesmoke)]
            style += [("BACKGROUND", (0, r + 1), (2, r + 1), colors.whitesmoke)]
        else:
            data.append([card(e["name"], place) for e, place in row])
    t = Table(data, colWidths=[161, 161, 161])
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Paragraph(esc("Individuals (affiliations for identification only)"), head))
    t2 = Table([[card(p["name"], role) for p, role in D1_PERSONS]], colWidths=[161, 161, 161])
    t2.setStyle(TableStyle(style[:2]))
    story += [t2, Spacer(1, 14), Paragraph(esc("Replies to: eac-portability-letter@proton.me"), base)]

    write_pdf(path, D1_TITLE, story, page_marks(D1_HEADER, "Page {page} of 2"))


# --------------------------------------------------------------------------- 02 en html: logo + type table


D2_TITLE = "Joint submission to the 2026 regional review of the Global Compact for Migration in the Americas"
D2_COAL = "Coalition for Dignified Farm Work in the Americas"
D2_FLAG = {
    "CA": ("\U0001f1e8\U0001f1e6", "Canada"),
    "JM": ("\U0001f1ef\U0001f1f2", "Jamaica"),
    "MX": ("\U0001f1f2\U0001f1fd", "Mexico"),
    "GT": ("\U0001f1ec\U0001f1f9", "Guatemala"),
    "DO": ("\U0001f1e9\U0001f1f4", "Dominican Republic"),
    "US": ("\U0001f1fa\U0001f1f8", "United States"),
    "TT": ("\U0001f1f9\U0001f1f9", "Trinidad and Tobago"),
    "HN": ("\U0001f1ed\U0001f1f3", "Honduras"),
}
D2_ROWS = [
    (org("Frontline Legal Aid for Newcomers", ["CA"]), "NGO"),
    (org("Caribbean Seasonal Workers' Association (CSWA)", ["JM"]), "Trade union"),
    (coal(D2_COAL), "Coalition"),
    (org("Okanagan Orchard Workers Support", ["CA"], D2_COAL), "Affiliate"),
    (org("Asociación de Jornaleros del Valle de San Quintín", ["MX"], D2_COAL), "Affiliate"),
    (org("Proyecto Retorno Digno", ["GT"], D2_COAL), "Affiliate"),
    (org("Ontario Migrant Nurses Circle", ["CA"]), "Community group"),
    (org("Centro de Estudios Laborales del Caribe, Inc.", ["DO"]), "Research centre"),
    (org("Harvest Justice Ministry of Immokalee", ["US"]), "Faith-based"),
    (org("Trinidad and Tobago Domestic Workers Forum", ["TT"]), "NGO"),
    (org("RUTA SEGURA", ["HN"]), "NGO"),
    (org("Kingston Remittance Families Cooperative", ["JM"]), "Cooperative"),
]
D2_PERSONS = [
    (per("Marguerite Lavoie-Singh"), "Professor of labour law, Laurentide University"),
    (per("Desmond Archibald"), "Former farm worker and organiser"),
    (per("Rev. Luis Amaro Pineda"), "Pastor, Iglesia Luz del Camino"),
]


def d2_agents():
    return [e for e, _ in D2_ROWS] + [p for p, _ in D2_PERSONS]


D2_NA = [
    D2_TITLE,
    "Mobility Rights Observatory",
    "Home",
    "Publications",
    "Campaigns",
    "About us",
    "Donate",
    "We use cookies to understand how our pages are read. You can refuse non-essential cookies.",
    "Accept all",
    "Refuse",
    "Submissions",
    "Posted on 3 December 2026",
    "Endorsing organisations",
    "Organisation",
    "Type",
    "Country",
    "Coalition",
    "Affiliate",
    "Regional",
    "Trinidad and Tobago",
    "… and 12 more organisations",
    "Individual endorsements",
    "Affiliation (for identification only)",
    "Professor of labour law, Laurentide University",
    "Pastor, Iglesia Luz del Camino",
    "Share:",
    "Copy link",
    "© 2026 Mobility Rights Observatory · Registered charity · Privacy",
]


def build_html_02(path):
    rows = []
    for e, typ in D2_ROWS:
        slug = re.sub(r"[^a-z0-9]+", "-", e["name"].lower()).strip("-")
        logo = f'<img src="/media/logos/{slug}.png" alt="Logo: {html.escape(e["name"])}" width="48">'
        name = html.escape(e["name"])
        if e["mo"]:
            name = f'<span class="tree">↳</span> {name}'
        if e["cc"]:
            flag, cname = D2_FLAG[e["cc"][0]]
            ctry = f'<span class="flag" aria-hidden="true">{flag}</span> {html.escape(cname)}'
        else:
            ctry = "Regional"
        cls = ' class="child"' if e["mo"] else ""
        rows.append(f"<tr{cls}><td>{logo}</td><td>{name}</td><td>{html.escape(typ)}</td><td>{ctry}</td></tr>")
    prow = "\n".join(f"<tr><td>{html.escape(p['name'])}</td><td>{html.escape(r)}</td></tr>" for p, r in D2_PERSONS)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(D2_TITLE)} | Mobility Rights Observatory</title>
<style>.child td:nth-child(2){{padding-left:1.5em}} .cookie{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="cookie" role="dialog">
<p>We use cookies to understand how our pages are read. You can refuse non-essential cookies.</p>
<button>Accept all</button> <button>Refuse</button>
</div>
<header><a class="brand" href="/">Mobility Rights Observatory</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/publications">Publications</a></li>
<li><a href="/campaigns">Campaigns</a></li><li><a href="/about">About us</a></li>
<li><a class="btn" href="/donate">Donate</a></li></ul></nav></header>
<main>
<p class="crumbs"><a href="/publications">Publications</a> › <a href="/publications/submissions">Submissions</a></p>
<article>
<h1>{html.escape(D2_TITLE)}</h1>
<p class="meta">Posted on 3 December 2026</p>
<p>Farm, care and construction work in our hemisphere depends on people who cross borders on
temporary permits. The review is a chance to measure whether these schemes respect the commitments
governments made on fair recruitment, decent work and access to justice.</p>
<p>We ask the States of the region to end recruitment fees paid by workers, to let workers change
employer without losing their status, and to fund legal help in the places where seasonal workers
actually live.</p>
<h2>Endorsing organisations</h2>
<table class="endorsers">
<thead><tr><th><span class="sr-only">Logo</span></th><th>Organisation</th><th>Type</th><th>Country</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="more">… and 12 more organisations</p>
<h2>Individual endorsements</h2>
<table class="people">
<thead><tr><th>Name</th><th>Affiliation (for identification only)</th></tr></thead>
<tbody>
{prow}
</tbody>
</table>
<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>
<a href="#">Copy link</a></div>
</article>
</main>
<footer><p>© 2026 Mobility Rights Observatory · Registered charity · Privacy</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 03 en txt: forwarded e-mail


D3_COAL = "South Asian Returnee Workers Platform (SARWP)"
D3_AGENTS = [
    (org("Pravasi Welfare Trust", ["IN"]), "Pravasi Welfare Trust – Kozhikode, India"),
    (org("Nepal Safe Migration Centre", ["NP"], inn=["NP"]), None),
    (org("Women on the Move Sri Lanka", ["LK"], inn=["LK"]), None),
    (org("Dhaka Recruitment Watch", ["BD"]), "Dhaka Recruitment Watch – Bangladesh"),
    (coal(D3_COAL), None),
    (org("Kathmandu Returnee Women's Group", [], D3_COAL), None),
    (org("Sylhet Family Remittance Society", [], D3_COAL), None),
    (org("Colombo Domestic Workers' Hub", [], D3_COAL), None),
    (org("Lahore Labour Rights Desk", ["PK"]), "Lahore Labour Rights Desk – Pakistan"),
    (org("Gulf Wage Theft Helpline", []), None),
    (org("MIGRANTS' LEGAL AID CELL", ["IN"]), "MIGRANTS' LEGAL AID CELL – India"),
    (org("Seafarers and Fishers Solidarity Front", ["PH"]), "Seafarers and Fishers Solidarity Front – Philippines"),
    (per("Dr. Priya Raghunathan"), "Dr. Priya Raghunathan, researcher on labour migration"),
    (per("Mohammad Shafiqul Islam"), "Mohammad Shafiqul Islam, returned migrant worker"),
    (per("Anjali Thapa Magar"), "Anjali Thapa Magar, lawyer"),
]


def d3_agents():
    return [e for e, _ in D3_AGENTS]


D3_NA = [
    "---------- Forwarded message ---------",
    "From: Meena Kulkarni <meena.k@returnee-letter.net>",
    "Date: Thu, 3 Dec 2026 at 08:12",
    "Subject: FINAL – letter on wage theft and recruitment debt (with signatures)",
    "To: list-coordination@returnee-letter.net",
    "Hi all, below is the letter exactly as it went to the Ministers this morning, with the final list.",
    "Thanks for your patience with the late additions. – Meena",
    "Signed,",
    "The Platform signs for itself and for these groups that took part in its consultations:",
    "In our own names:",
    "researcher on labour migration",
    "returned migrant worker",
    "lawyer",
    "Contact for replies: coordination@returnee-letter.net",
]


def build_txt_03(path):
    q_lines = [
        "To the Ministers of Labour and of Overseas Employment of the countries of origin in South Asia",
        "",
        "Re: wage theft and recruitment debt of returning migrant workers",
        "",
        "Every month, workers come home from the Gulf and from Malaysia with months of unpaid wages and a",
        "recruitment loan still to repay. Claims filed abroad go nowhere once the worker has left, and at home",
        "nobody is in charge of following them up.",
        "",
        "We ask you to create a joint fund that pays the wages owed while claims are pending, to give",
        "embassies the mandate to pursue claims after departure, and to cap recruitment costs at zero for",
        "the worker, as many of you already promised in the Global Compact for Migration.",
        "",
        "Signed,",
        "",
    ]
    for e, line in D3_AGENTS:
        if e["read_as"] == "person" and e is D3_AGENTS[-3][0]:
            q_lines += ["", "In our own names:"]
        if e["read_as"] == "coalition":
            q_lines.append(e["name"])
            q_lines.append("The Platform signs for itself and for these groups that took part in its consultations:")
        elif e["mo"]:
            q_lines.append(f"    * {e['name']}")
        else:
            q_lines.append(line or e["name"])
    q_lines += ["", "Contact for replies: coordination@returnee-letter.net"]
    text = [
        "Hi all, below is the letter exactly as it went to the Ministers this morning, with the final list.",
        "Thanks for your patience with the late additions. – Meena",
        "",
        "---------- Forwarded message ---------",
        "From: Meena Kulkarni <meena.k@returnee-letter.net>",
        "Date: Thu, 3 Dec 2026 at 08:12",
        "Subject: FINAL – letter on wage theft and recruitment debt (with signatures)",
        "To: list-coordination@returnee-letter.net",
        "",
    ]
    text += [("> " + ln).rstrip() for ln in q_lines]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- 04 fr pdf: two-line entries


D4_TITLE = "Déclaration de Dakar sur les retours forcés et la réintégration"
D4_HEADER = "Déclaration de Dakar – retours forcés"
D4_COLL = "Collectif des Associations de Rapatriés du Bassin Arachidier"
D4_ENTRIES = [
    (org("Association Sénégalaise pour l'Accueil des Rapatriés (ASAR)", ["SN"]), "Sénégal — association"),
    (org("Maison des Migrants de Gao", ["ML"]), "Mali — centre d'accueil"),
    (org("Bureau d'Écoute Juridique d'Oujda", ["MA"]), "Maroc — clinique juridique"),
    (coal(D4_COLL, ["SN"]), "Sénégal — collectif"),
    (org("Jeunesse Debout pour le Retour Digne", ["CI"]), "Côte d'Ivoire — mouvement de jeunes"),
    (org("ACCUEIL DE QUARTIER LILLE-SUD", ["FR"]), "France — collectif de soutien"),
    (org("Solidarité Sahel-Belgique, asbl", ["BE"]), "Belgique — ONG"),
    (org("Comité d'entraide des Maliens de Montréal", ["CA"]), "Canada — association communautaire"),
    (org("Observatoire des Frontières de Nouadhibou", ["MR"]), "Mauritanie — observatoire"),
]
D4_MEMBERS = [
    org("Groupement des Femmes Rapatriées de Kaolack", [], D4_COLL),
    org("Association Retour et Terre de Fatick", [], D4_COLL),
    org("Foyer des Jeunes de Diourbel", [], D4_COLL),
]
D4_PERSONS = [
    (per("Aminata Diallo-Ndiaye", ["SN"]), "Sociologue, Sénégal"),
    (per("Me Ibrahima Coulibaly", ["ML"]), "Avocat au barreau de Bamako, Mali"),
    (per("Père Jean-Baptiste Kaboré", ["BF"]), "Aumônier des migrants, Burkina Faso"),
]


def d4_agents():
    out = []
    for e, _ in D4_ENTRIES:
        out.append(e)
    return out + [p for p, _ in D4_PERSONS] + D4_MEMBERS


D4_NA = [
    D4_TITLE,
    D4_HEADER,
    "Dakar, le 3 décembre 2026",
    "Signataires",
    "Sénégal — association",
    "Sénégal — collectif",
    "Mali — centre d'accueil",
    "Belgique — ONG",
    "Personnes signataires",
    "Sociologue, Sénégal",
    "Avocat au barreau de Bamako, Mali",
    "Aumônier des migrants, Burkina Faso",
    "Le Collectif signe ce texte au nom des groupements de rapatriés qui l'animent :",
    "Contact : declaration.dakar@riseup.net",
    "— 1 —",
    "— 2 —",
]


def build_pdf_04(path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12, spaceBefore=10, spaceAfter=6)
    name = ParagraphStyle("n", parent=base, fontName="Helvetica-Bold", fontSize=10, leading=12)
    line2 = ParagraphStyle("l", parent=base, fontSize=8.5, leading=11, textColor=colors.grey, spaceAfter=6)
    note = ParagraphStyle("fn", parent=base, fontSize=8.5, leading=11, leftIndent=10)
    body = [
        "Réunies à Dakar pour la troisième rencontre des associations de rapatriés, nos organisations "
        "constatent que les expulsions se font de plus en plus souvent de nuit, sans préavis, et que les "
        "personnes renvoyées arrivent sans leurs biens ni leurs papiers.",
        "Nous demandons aux États d'origine comme aux États de départ de garantir un délai pour récupérer "
        "salaires et effets personnels, de remettre à chaque personne une copie de son dossier, et de "
        "financer un accompagnement de six mois au moins après le retour, conformément à l'objectif 21 du "
        "Pacte mondial pour les migrations.",
    ]
    story = [Paragraph(esc(D4_TITLE), title), Spacer(1, 8)]
    story += [Paragraph(esc(p), base) for p in body]
    story += [Spacer(1, 8), Paragraph("Dakar, le 3 décembre 2026", base), PageBreak()]
    story.append(Paragraph("Signataires", head))
    for e, l2 in D4_ENTRIES:
        sup = "<super>1</super>" if e["read_as"] == "coalition" else ""
        story.append(Paragraph(esc(e["name"]) + sup, name))
        story.append(Paragraph(esc(l2), line2))
    story.append(Paragraph("Personnes signataires", head))
    for p, role in D4_PERSONS:
        story.append(Paragraph(esc(p["name"]), name))
        story.append(Paragraph(esc(role), line2))
    story += [Spacer(1, 6), Paragraph(esc("Contact : declaration.dakar@riseup.net"), base), Spacer(1, 16)]
    fn = "Le Collectif signe ce texte au nom des groupements de rapatriés qui l'animent :"
    story.append(Paragraph("<super>1</super> " + esc(fn), note))
    for m in D4_MEMBERS:
        story.append(Paragraph("– " + esc(m["name"]), note))

    write_pdf(path, D4_TITLE, story, page_marks(D4_HEADER, "— {page} —", centred=True))


# --------------------------------------------------------------------------- 05 fr html: accordion per country


D5_FOOT = (
    "Veille Méditerranée Sud – plateforme d'information · Mentions légales · Contact : contact@veille-med-sud.example"
)
D5_TITLE = "Appel de Sfax : cessez les refoulements dans le désert"
D5_NET = "Réseau Sahel-Méditerranée pour la Mobilité (RSMM)"
D5_GROUPS = [
    (
        "Tunisie",
        "TN",
        [
            (org("Association Tunisienne d'Aide aux Naufragés", ["TN"]), None),
            (org("Collectif Sfax Solidaire", ["TN"]), None),
            (org("Ligue de défense des travailleurs étrangers, section de Médenine", ["TN"]), None),
        ],
    ),
    (
        "Niger",
        "NE",
        [
            (org("Veille Ténéré", ["NE"]), None),
            (org("Maison d'hospitalité d'Arlit", ["NE"]), None),
        ],
    ),
    (
        "Algérie",
        "DZ",
        [
            (org("Comité de Vigilance de Tamanrasset", ["DZ"]), None),
            (org("SOS Passagers d'Oran", ["DZ"]), None),
        ],
    ),
    (
        "Italie",
        "IT",
        [
            (org("Rete Approdi Aperti", ["IT"]), None),
            (org("Osservatorio Mediterraneo dei Diritti, ETS", ["IT"]), None),
        ],
    ),
    (
        "Réseaux régionaux",
        None,
        [
            (coal(D5_NET), None),
            (org("Groupe Agadez Accueil", ["NE"], D5_NET), "Agadez, Niger"),
            (org("Les Amis de Zarzis", ["TN"], D5_NET), "Zarzis, Tunisie"),
            (org("Casa delle Donne in Viaggio", ["IT"], D5_NET), "Palerme, Italie"),
        ],
    ),
    (
        "Personnes",
        None,
        [
            (per("Leïla Ben Slimane"), "juriste"),
            (per("Moussa Ag Attaher"), "ancien passeur devenu médiateur"),
            (per("Chiara Benedetti"), "médecin bénévole en mer"),
        ],
    ),
]


def d5_agents():
    return [e for _, _, items in D5_GROUPS for e, _ in items]


D5_NA = [
    D5_TITLE,
    "Veille Méditerranée Sud",
    "Accueil",
    "Actualités",
    "Campagnes",
    "Ressources",
    "Nous contacter",
    "Ce site utilise des cookies de mesure d'audience. Vous pouvez les refuser.",
    "Tout accepter",
    "Paramétrer",
    "Publié le 3 décembre 2026",
    "Signataires par pays",
    "Cliquez sur un pays pour afficher la liste.",
    "Tunisie (3)",
    "Niger (2)",
    "Réseaux régionaux (1)",
    "Personnes (3)",
    "qui engage aussi ses groupes relais :",
    "juriste",
    "médecin bénévole en mer",
    "Partager",
    "Imprimer",
    D5_FOOT,
]


def build_html_05(path):
    blocks = []
    for label, _cc, items in D5_GROUPS:
        n = sum(1 for e, _ in items if not e["mo"])
        lines = []
        for e, extra in items:
            if e["read_as"] == "coalition":
                lines.append(f"<strong>{html.escape(e['name'])}</strong>, qui engage aussi ses groupes relais :")
            elif e["mo"]:
                lines.append(f"&nbsp;&nbsp;– {html.escape(e['name'])} ({html.escape(extra)})")
            elif extra:
                lines.append(f"{html.escape(e['name'])}, {html.escape(extra)}")
            else:
                lines.append(html.escape(e["name"]))
        body = "<br>\n".join(lines)
        blocks.append(f"<details>\n<summary>{html.escape(label)} ({n})</summary>\n<p>\n{body}\n</p>\n</details>")
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{html.escape(D5_TITLE)} – Veille Méditerranée Sud</title>
</head>
<body>
<div id="cookies"><p>Ce site utilise des cookies de mesure d'audience. Vous pouvez les refuser.</p>
<button>Tout accepter</button><button>Paramétrer</button></div>
<header><div class="logo">Veille Méditerranée Sud</div>
<nav><a href="/">Accueil</a> | <a href="/actualites">Actualités</a> | <a href="/campagnes">Campagnes</a> |
<a href="/ressources">Ressources</a> | <a href="/contact">Nous contacter</a></nav></header>
<main><article>
<h1>{html.escape(D5_TITLE)}</h1>
<p class="date">Publié le 3 décembre 2026</p>
<p>Depuis l'été, des centaines de personnes interceptées sur la côte ou arrêtées en ville sont conduites
en bus jusqu'aux zones frontalières et abandonnées sans eau. Plusieurs y sont mortes.</p>
<p>Nous demandons l'arrêt immédiat de ces déplacements forcés, l'accès des organisations humanitaires
aux zones concernées, et la suspension des fonds européens qui financent ces opérations tant qu'une
enquête indépendante n'aura pas eu lieu.</p>
<h2>Signataires par pays</h2>
<p class="hint">Cliquez sur un pays pour afficher la liste.</p>
{chr(10).join(blocks)}
<div class="share"><a href="#">Partager</a> · <a href="#" onclick="window.print()">Imprimer</a></div>
</article></main>
<footer>{html.escape(D5_FOOT, quote=False)}</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- 06 pt docx: table with network column


D6_TITLE = "Carta aberta ao Ministério da Administração Interna sobre a regularização por via do trabalho"
D6_R1 = "Rede Lusófona de Acolhimento (RLA)"
D6_R2 = "Plataforma Migrantes em Rede da Margem Sul"
# Alphabetical table, as the letter prints it; the second column names the network by acronym or short name.
D6_ROWS = [
    (org("Associação Bissau-Guineense de Odivelas"), "RLA"),
    (org("Associação Cultural Morabeza do Seixal", mo=D6_R2), "Migrantes em Rede"),
    (org("Casa de Convívio Brasileira de Setúbal"), "—"),
    (org("Centro Comunitário São Tomé e Príncipe da Amadora"), "RLA"),
    (org("Clínica Jurídica para Migrantes, Faculdade de Direito da Universidade do Tejo"), "—"),
    (org("Coletivo Mulheres Sem Fronteiras"), "—"),
    (org("Grupo de Apoio aos Trabalhadores Agrícolas de Odemira (GATAO)"), "—"),
    (org("Liga Angolana de Apoio Mútuo"), "RLA"),
    (org("Movimento Timor Aqui"), "Migrantes em Rede"),
    (coal(D6_R2), "—"),
    (coal(D6_R1), "—"),
    (org("UNIÃO ALGARVE ACOLHE"), "—"),
]
D6_PERSONS = [
    (per("MACHAVA, Celeste"), "advogada"),
    (per("PEREIRA DA SILVA, João Carlos"), "professor de Sociologia"),
    (per("TAVARES, Nilza"), "mediadora intercultural"),
]


def d6_agents():
    out = []
    for e, net in D6_ROWS:
        if net == "RLA":
            e = dict(e, mo=D6_R1)
        elif net == "Migrantes em Rede":
            e = dict(e, mo=D6_R2)
        out.append(e)
    return out + [p for p, _ in D6_PERSONS]


D6_NA = [
    "Lisboa, 3 de dezembro de 2026",
    "Exma. Senhora Ministra da Administração Interna",
    "Assunto: " + D6_TITLE,
    "Excelência,",
    "Com os melhores cumprimentos,",
    "Entidades subscritoras",
    "Entidade",
    "Rede a que pertence",
    "Subscrevem ainda, a título pessoal:",
    "advogada",
    "professor de Sociologia",
    "mediadora intercultural",
    "Contacto: carta.regularizacao@gmail.com",
]


def build_docx_06(path):

    doc = new_docx()
    doc.add_paragraph("Lisboa, 3 de dezembro de 2026")
    doc.add_paragraph("Exma. Senhora Ministra da Administração Interna")
    p = doc.add_paragraph()
    p.add_run("Assunto: " + D6_TITLE).bold = True
    doc.add_paragraph("Excelência,")
    for t in (
        "As organizações abaixo, que acompanham todos os dias pessoas imigrantes em Lisboa, na Margem Sul e "
        "no Alentejo, vêm pedir que a regularização por via do contrato de trabalho volte a ser possível para "
        "quem já vive e desconta em Portugal.",
        "Desde o fim desse mecanismo, milhares de trabalhadores com contrato e descontos ficaram sem forma de "
        "pedir autorização de residência, à espera de vagas que não abrem. Pedimos um regime transitório, "
        "prazos de resposta cumpridos e o reforço dos balcões de atendimento fora de Lisboa.",
    ):
        doc.add_paragraph(t)
    doc.add_paragraph("Com os melhores cumprimentos,")
    h = doc.add_paragraph()
    h.add_run("Entidades subscritoras").bold = True
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Entidade"
    table.rows[0].cells[1].text = "Rede a que pertence"
    for e, net in D6_ROWS:
        cells = table.add_row().cells
        cells[0].text = e["name"]
        cells[1].text = net
    doc.add_paragraph()
    doc.add_paragraph("Subscrevem ainda, a título pessoal:")
    for pp, role in D6_PERSONS:
        doc.add_paragraph(f"{pp['name']} ({role})", style="List Bullet")
    doc.add_paragraph("Contacto: carta.regularizacao@gmail.com")
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- 07 pt md: table with a members column


D7_TITLE = "Declaração da Praia — Fórum da Sociedade Civil sobre Mobilidade na África Ocidental e Lusófona"
D7_C1 = "Rede Atlântica de Associações de Pescadores Migrantes (RAAPM)"
D7_C2 = "Fórum das Diásporas Africanas em Portugal"
D7_PT = {
    "CV": "Cabo Verde",
    "GW": "Guiné-Bissau",
    "SN": "Senegal",
    "AO": "Angola",
    "MZ": "Moçambique",
    "PT": "Portugal",
    "BR": "Brasil",
    "ST": "São Tomé e Príncipe",
}
D7_ROWS = [
    (org("Associação Caboverdiana de Luta contra a Exploração Laboral (ACLEL)", ["CV"]), []),
    (
        coal(D7_C1),
        [
            org("Cooperativa de Pescadores do Tarrafal", ["CV"], D7_C1),
            org("Associação dos Pescadores Artesanais de Cacheu", ["GW"], D7_C1),
            org("Collectif des Piroguiers de Mbour", ["SN"], D7_C1),
        ],
    ),
    (org("Observatório Angolano das Migrações, Deslocamentos e Refúgio", ["AO"]), []),
    (org("Mulheres em Movimento de Maputo", ["MZ"]), []),
    (
        coal(D7_C2, ["PT"]),
        [
            org("Associação Guineense de Solidariedade Social", ["PT"], D7_C2),
            org("Casa da Juventude Africana da Amadora", ["PT"], D7_C2),
        ],
    ),
    (org("Centro de Direitos Humanos e Mobilidade de São Paulo", ["BR"]), []),
    (org("Associação Santomense de Regresso Digno", ["ST"]), []),
]
D7_PERSONS = [
    (per("Dra. Odete Semedo Varela", ["CV"]), "antropóloga"),
    (per("Aníbal Mendes Correia", ["GW"]), "jornalista"),
    (per("Fátima Mussagy", ["MZ"]), "defensora de direitos humanos"),
]


def d7_agents():
    out = []
    for e, members in D7_ROWS:
        out.append(e)
        out += members
    return out + [p for p, _ in D7_PERSONS]


D7_NA = [
    "# " + D7_TITLE,
    "Praia, 3 de dezembro de 2026",
    "## Subscrevem",
    "| Organização ou rede | País | Membros que subscrevem |",
    "Regional",
    "## A título pessoal",
    "antropóloga",
    "jornalista",
    "defensora de direitos humanos",
    "_Secretariado do Fórum: forum.praia2026@gmail.com_",
]


def build_md_07(path):
    lines = [
        "# " + D7_TITLE,
        "",
        "*Praia, 3 de dezembro de 2026*",
        "",
        "Nós, associações, redes e pessoas reunidas na Praia durante três dias, afirmamos que a mobilidade "
        "entre as nossas costas é antiga e necessária, e que as políticas de fecho só empurram as pessoas "
        "para rotas mais longas e mais perigosas.",
        "",
        "Pedimos aos governos da região que facilitem vistos de trabalho sazonal para pescadores, que "
        "reconheçam as qualificações obtidas no estrangeiro e que garantam o apoio consular a quem fica "
        "retido em trânsito, como prometeram ao aprovar o Pacto Global para as Migrações.",
        "",
        "## Subscrevem",
        "",
        "| Organização ou rede | País | Membros que subscrevem |",
        "|---|---|---|",
    ]
    for e, members in D7_ROWS:
        ctry = D7_PT[e["cc"][0]] if e["cc"] else "Regional"
        mem = "; ".join(f"{m['name']} ({D7_PT[m['cc'][0]]})" for m in members) if members else "—"
        lines.append(f"| {e['name']} | {ctry} | {mem} |")
    lines += ["", "## A título pessoal", ""]
    for p, role in D7_PERSONS:
        lines.append(f"- {p['name']}, {role} ({D7_PT[p['cc'][0]]})")
    lines += ["", "---", "", "_Secretariado do Fórum: forum.praia2026@gmail.com_"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- 08 es docx: press release, footnote


D8_TITLE = "Más de veinte organizaciones piden a Chile frenar las expulsiones exprés en la frontera norte"
D8_MESA = "Mesa Andina por la Movilidad Humana"
D8_ORGS = [
    org("Servicio Pastoral Altiplánico", ["CL"]),
    org("Corporación Humanas en Tránsito", ["CL"]),
    org("Fundación Puentes del Desierto", ["CL"]),
    org("Clínica de Migrantes de la Universidad del Norte Grande", ["CL"]),
    coal(D8_MESA),
    org("Colectivo Venezolanos Organizados en Iquique (VOI)", ["CL"]),
    org("Asociación Pro Derechos de las Personas Refugiadas del Perú", ["PE"], inn=["PE"]),
    org("Red de Casas de Acogida de Tacna", ["PE"]),
    org("Defensoría Popular de Oruro", ["BO"]),
    org("Fundación Caminos Abiertos Ecuador", ["EC"], inn=["EC"]),
]
D8_CC = {"CL": "Chile", "PE": "Perú", "BO": "Bolivia", "EC": "Ecuador"}
D8_MEMBERS = [
    org("Pastoral de Movilidad de Arica", ["CL"], D8_MESA),
    org("Colectiva Mujeres Migrantes de El Alto", ["BO"], D8_MESA),
    org("Albergue San Martín de Porres de Tacna", ["PE"], D8_MESA),
]
D8_PERSONS = [
    ("la abogada", per("Rosa Elena García Luna")),
    ("el sacerdote", per("Tomás Echeverri")),
    ("la investigadora", per("Ana Lucía Ponce Quispe")),
]


def d8_agents():
    return D8_ORGS + [p for _, p in D8_PERSONS] + D8_MEMBERS


D8_NA = [
    "COMUNICADO DE PRENSA",
    "Para difusión inmediata",
    D8_TITLE,
    "Iquique, 3 de diciembre de 2026.",
    "Las siguientes organizaciones firmaron la carta:",
    "A título personal la suscribieron también",
    "la abogada",
    "el sacerdote",
    "la investigadora",
    "Contacto de prensa: Daniela Rojas, +56 9 5555 0142, prensa.frontera.norte@gmail.com",
    "Notas",
    "La Mesa firma en nombre de las organizaciones de base que la animan en los tres países:",
    "###",
]


def d8_list_text():
    parts = []
    for e in D8_ORGS:
        s = e["name"]
        if e["read_as"] == "coalition":
            s += "\x01"
        elif not e["inn"]:
            s += f" ({D8_CC[e['cc'][0]]})"
        parts.append(s)
    return ", ".join(parts[:-1]) + " y " + parts[-1] + "."


def build_docx_08(path):

    doc = new_docx()
    doc.add_paragraph().add_run("COMUNICADO DE PRENSA").bold = True
    doc.add_paragraph().add_run("Para difusión inmediata").italic = True
    doc.add_heading(D8_TITLE, level=1)
    for t in (
        "Iquique, 3 de diciembre de 2026. Organizaciones de Chile, Perú, Bolivia y Ecuador entregaron hoy una "
        "carta al Ministerio del Interior en la que piden suspender las expulsiones que se ejecutan en menos de "
        "24 horas en la frontera con Perú y Bolivia, sin que las personas puedan pedir refugio ni hablar con "
        "un abogado.",
        "Según la carta, en los últimos meses se ha devuelto a familias con niñas y niños pequeños y a personas "
        "con solicitudes de refugio pendientes. Las organizaciones piden un protocolo público, presencia de la "
        "Defensoría en los pasos fronterizos y datos mensuales sobre cada devolución.",
    ):
        doc.add_paragraph(t)
    doc.add_paragraph("Las siguientes organizaciones firmaron la carta:")
    p = doc.add_paragraph()
    before, after = d8_list_text().split("\x01")
    p.add_run(before)
    p.add_run("1").font.superscript = True
    p.add_run(after)
    people = [f"{role} {pp['name']}" for role, pp in D8_PERSONS]
    persons = ", ".join(people[:-1]) + " y " + people[-1]
    doc.add_paragraph(f"A título personal la suscribieron también {persons}.")
    doc.add_paragraph("Contacto de prensa: Daniela Rojas, +56 9 5555 0142, prensa.frontera.norte@gmail.com")
    doc.add_paragraph("###")
    doc.add_paragraph().add_run("Notas").bold = True
    fn = doc.add_paragraph()
    fn.add_run("1").font.superscript = True
    fn.add_run(
        " La Mesa firma en nombre de las organizaciones de base que la animan en los tres países: "
        + "; ".join(f"{m['name']} ({D8_CC[m['cc'][0]]})" for m in D8_MEMBERS)
        + "."
    )
    deterministic_docx(doc, path)


# --------------------------------------------------------------------------- index

DOCS = [
    (
        "h9-01-en-pdf-grid-three",
        "pdf",
        "en",
        "pdf-grid-three-columns",
        build_pdf_01,
        d1_agents,
        D1_NA,
        "Page 2 holds a borderless 3-column grid, read row by row: each cell is a bold name with its "
        "country on the line below (so pdfplumber prints three names, then three countries). A full-width "
        "shaded row holds the network with 'Regional network – signing with its affiliated groups:' "
        "below it; the next shaded row is its three member groups (member_of the network), a nationality "
        "('Voice of Kenyan Workers Abroad') is no country but its cell prints Kenya. "
        "'Labour Justice Centre, Lira' keeps its comma and town (part of the name, no suffix). A "
        "second grid 'Individuals (affiliations for identification only)' holds three persons whose "
        "second line is a role; the name keeps the title as printed ('Dr.', 'Sr.'); a role line ending "
        "with a country gives that country, 'Gulu diocese' gives none.",
    ),
    (
        "h9-02-en-html-logo-type-table",
        "html",
        "en",
        "html-table-logo-type-flag",
        build_html_02,
        d2_agents,
        D2_NA,
        "Saved web page of a publisher (Mobility Rights Observatory: nav, cookie banner, breadcrumb, share "
        "links, footer; no agent). Four-column table Logo | Organisation | Type | Country: the logo cell is "
        "an <img> whose alt text repeats the name (not text to read), the Type cell is never a name, the "
        "Country cell is a flag emoji plus the country name. The coalition's row says 'Coalition' and "
        "'Regional' (countries []); the three rows under it start with '↳', say 'Affiliate' and are its "
        "members. A region ('Caribbean') or a US town ('Immokalee') in a name gives no country beyond "
        "the column; 'Trinidad and Tobago …' has its country in the name and in the column (no "
        "countries_in_name). '… and 12 more organisations' is a trailer. Persons in a second table "
        "'Name | Affiliation (for identification only)'; their affiliation is no agent and no country; "
        "'Rev.' kept in the name.",
    ),
    (
        "h9-03-en-txt-forwarded-email",
        "txt",
        "en",
        "txt-forwarded-email-quoted",
        build_txt_03,
        d3_agents,
        D3_NA,
        "A forwarded e-mail: the forwarder's note and the 'From:/Date:/Subject:/To:' header are no agents "
        "(Meena Kulkarni forwards, she does not sign). Every line of the letter is quoted with '> '. Lines "
        "after 'Signed,' are one signatory each; some end ' – City, Country' or ' – Country' (suffix, not "
        "name), others print no country: 'Nepal Safe Migration Centre' and 'Women on the Move Sri Lanka' "
        "have it only in the name (countries_in_name). The platform line is followed by a sentence "
        "('signs for itself and for these groups that took part in its consultations:') and indented '*' "
        "lines: its members, with no country printed (towns are no countries). 'In our own names:' "
        "introduces persons written 'Name, role'; the role is no agent; 'Dr.' kept in the name.",
    ),
    (
        "h9-04-fr-pdf-two-line-entries",
        "pdf",
        "fr",
        "pdf-name-then-country-type-line-footnote-members",
        build_pdf_04,
        d4_agents,
        D4_NA,
        "Page 2: one column under 'Signataires'; each entry is a bold name, then a grey line 'Pays — type' "
        "(the country is read from it, the type is no agent). The collective has a superscript 1 after "
        "its name (not part of it); the note 1 after the contact line ('Le Collectif signe ce texte au nom "
        "des groupements de rapatriés qui l'animent :') lists its three member groups as '–' lines: they "
        "come last in document order (after the persons and the contact line) and are member_of the "
        "collective; they print no country (their towns are no countries: countries []). 'Personnes "
        "signataires' lists persons with a role line "
        "ending in a country; titles 'Me' and 'Père' kept in the name. 'Solidarité Sahel-Belgique, asbl' "
        "keeps its legal form; 'des Maliens de Montréal' is a nationality (country from the type line).",
    ),
    (
        "h9-05-fr-html-accordion-countries",
        "html",
        "fr",
        "html-details-accordion-per-country-br-lines",
        build_html_05,
        d5_agents,
        D5_NA,
        "Saved web page (cookie banner, nav, share and print links, footer naming the publisher Veille "
        "Méditerranée Sud, no agent). Signatories in <details> blocks whose <summary> is 'Country (n)': "
        "the country heading is the country of every name in the block (no suffix in the lines), the "
        "count is no agent. Names are <p> lines separated by <br>. The 'Réseaux régionaux (1)' block holds "
        "the network (no country) followed by ', qui engage aussi ses groupes relais :' and three '– Name "
        "(Town, Country)' lines: its members, countries from the parentheses. 'Personnes (3)' holds "
        "persons 'Name, role' without country. A comma inside 'Ligue …, section de Médenine' and before "
        "'ETS' belongs to the name.",
    ),
    (
        "h9-06-pt-docx-network-column",
        "docx",
        "pt",
        "docx-table-entity-network-column",
        build_docx_06,
        d6_agents,
        D6_NA,
        "Word letter (place/date, addressee, 'Assunto:', salutation, closing formula before the list). "
        "Table 'Entidade | Rede a que pertence' in alphabetical order: the second column names the "
        "network by its acronym ('RLA') or short name ('Migrantes em Rede'), '—' when none; both networks "
        "have their own rows, AFTER some of their members (alphabetical order; the gold keeps document "
        "order and member_of gives the full name). No country is printed anywhere (the letter only says "
        "the groups work in Lisbon, the Margem Sul and the Alentejo: countries []); 'Timor' and 'São Tomé "
        "e Príncipe da Amadora' name a community, not where the group is (no country); nationalities "
        "('Bissau-Guineense', 'Angolana', 'Brasileira') are no country. One name in capitals. Persons "
        "after the table as 'SURNAME, Given (role)': the gold name is the printed form 'MACHAVA, "
        "Celeste' without the role.",
    ),
    (
        "h9-07-pt-md-members-column",
        "md",
        "pt",
        "md-table-members-column",
        build_md_07,
        d7_agents,
        D7_NA,
        "Markdown table 'Organização ou rede | País | Membros que subscrevem': the third cell of a network "
        "row lists its members separated by '; ' with the country in parentheses; other rows have '—'. "
        "A network with no country says 'Regional' (countries []); 'Fórum das Diásporas Africanas em "
        "Portugal' has Portugal in its name and in the column (countries [PT], no countries_in_name). "
        "Gold order: each row, then the members in its third cell. '## A título pessoal' persons as "
        "'- Name, role (Country)'; 'Dra.' kept in the name.",
    ),
    (
        "h9-08-es-docx-press-release-footnote",
        "docx",
        "es",
        "docx-press-release-comma-list-footnote-members",
        build_docx_08,
        d8_agents,
        D8_NA,
        "Press release: 'Las siguientes organizaciones firmaron la carta:' then one paragraph, names "
        "separated by ', ' and ' y ' before the last, most with '(País)'; two carry their country only in "
        "the name (countries_in_name), the Mesa none. The Mesa has a superscript '1' (no part of the "
        "name); its members are in the 'Notas' section at the end, after '###' and the press contact "
        "(a contact person, no signatory), so they come last in document order. Persons sign in a "
        "sentence, each after a role word ('la abogada', 'el sacerdote'); the role is not part of the "
        "name. 'Venezolanos' is a nationality; the country (Chile) comes from the parentheses.",
    ),
]


def rows(agents):
    return [kit.Gold(e["name"], e["read_as"], e["cc"], e["inn"], e["mo"], e["sup"]) for e in agents]


mix = kit.brief_mix("{stem}: mix out of bounds ({n} agents, {n_c} coalitions, {n_p} persons)")


def main(argv=None) -> int:
    return kit.main(argv, __doc__.splitlines()[0], OUT, DOCS, rows, mix)


if __name__ == "__main__":
    sys.exit(main())
