"""Layout rules added when the sixth held-out set became development data, one small invented
statement each (in another language than the held-out document that showed the class): a heading
with a note below it above a table, underlined plain-text sections, signature blocks, a conference's
participants by country with a town after a dash, labels in two languages, flag emoji."""

# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path

from graph.ingest.countries import Gazetteer
from graph.ingest.extract import read_input
from tests.layout_rows import read


def test_annex_heading_with_a_note_above_a_table(gazetteer: Gazetteer) -> None:
    text = "Comunicado conjunto\n\nPedimos a los Estados que dejen de criminalizar el rescate en el mar.\n\n"
    text += "Anexo: organizaciones firmantes\n\n"
    text += "Las firmas se recibieron hasta el 1 de diciembre, en el orden en que llegaron.\n\n"
    text += "Organización | País\n\nCentro Puerto Abierto | Chile\n\nCasa del Caminante Andino | Perú\n\n"
    text += "Red Pacífico Solidario (RPS) | Regional\n\n"
    text += "Miembros de la Red Pacífico Solidario (RPS): "
    text += "Refugio Costa Norte (Ecuador); Albergue Sol de Arica (Chile).\n"
    assert read(text, gazetteer) == [
        ("Centro Puerto Abierto", "organization", "", ("CL",)),
        ("Casa del Caminante Andino", "organization", "", ("PE",)),
        ("Red Pacífico Solidario (RPS)", "coalition", "", ()),
        ("Refugio Costa Norte", "organization", "Red Pacífico Solidario (RPS)", ("EC",)),
        ("Albergue Sol de Arica", "organization", "Red Pacífico Solidario (RPS)", ("CL",)),
    ]


def test_underlined_sections_networks_with_member_groups(gazetteer: Gazetteer) -> None:
    text = "DECLARATION ON SAFE HARVEST WORK\n================================\n\n"
    text += "We ask governments to let seasonal workers change employer without losing their visa.\n\n"
    text += "ENDORSING NETWORKS\n------------------\n\nHarvest Roads Network (HRN) — regional\n"
    text += "  Member groups endorsing:\n    * Orchard Hands Union (Canada)\n    * Vineyard Voices (Chile)\n\n"
    text += "OTHER ENDORSING ORGANIZATIONS\n-----------------------------\n\n  - Field Clinic Collective (Spain)\n\n"
    text += "INDIVIDUALS\n-----------\n\n  - Marta Ruiz-Calvo, Murcia, Spain\n  - Tomas Keller\n\n"
    text += "Coordinated by the Harvest Roads secretariat.\n"
    assert read(text, gazetteer) == [
        ("Harvest Roads Network (HRN)", "coalition", "", ()),
        ("Orchard Hands Union", "organization", "Harvest Roads Network (HRN)", ("CA",)),
        ("Vineyard Voices", "organization", "Harvest Roads Network (HRN)", ("CL",)),
        ("Field Clinic Collective", "organization", "", ("ES",)),
        ("Marta Ruiz-Calvo", "person", "", ("ES",)),
        ("Tomas Keller", "person", "", ()),
    ]


def test_signature_blocks_after_signed_comma(gazetteer: Gazetteer) -> None:
    text = "Open letter\n\nDear Minister,\n\nWe ask you to end the detention of children.\n\n"
    text += "Yours sincerely,\n\nSigned,\nLakeside Family Rights Centre\nRepresented by Jane Holloway, chair\n"
    text += "Coalition Against Child Detention (CACD)\non behalf of its member organisations:\n"
    text += "River Street Youth Project, Harbour Parents Group (Ireland), Open Door Legal.\n"
    text += "Northgate Law Clinic\nRepresented by the board\n"
    assert read(text, gazetteer) == [
        ("Lakeside Family Rights Centre", "organization", "", ()),
        ("Coalition Against Child Detention (CACD)", "coalition", "", ()),
        ("River Street Youth Project", "organization", "Coalition Against Child Detention (CACD)", ()),
        ("Harbour Parents Group", "organization", "Coalition Against Child Detention (CACD)", ("IE",)),
        ("Open Door Legal", "organization", "Coalition Against Child Detention (CACD)", ()),
        ("Northgate Law Clinic", "organization", "", ()),
    ]


def test_adopted_by_participants_country_headings_town_after_dash(gazetteer: Gazetteer) -> None:
    text = "Declaración de Arica\n\nArica, 3 de octubre de 2026\n"
    text += "Reunidas durante dos días, las organizaciones piden documentos gratuitos para la juventud migrante.\n\n"
    text += "Adoptada por las organizaciones participantes\n\nCHILE\n\n"
    text += "   1. Colectivo Pampa Abierta – Iquique\n   2. Casa Nortina de Acogida (CNA) – Arica\n\nPERÚ\n\n"
    text += "   3. Asociación Frontera Viva – Tacna\n"
    assert read(text, gazetteer) == [
        ("Colectivo Pampa Abierta", "organization", "", ("CL",)),
        ("Casa Nortina de Acogida (CNA)", "organization", "", ("CL",)),
        ("Asociación Frontera Viva", "organization", "", ("PE",)),
    ]


def test_labels_and_headers_in_two_languages(gazetteer: Gazetteer) -> None:
    text = "Déclaration commune / Declaração conjunta\n\n"
    text += "Nous demandons des couloirs humanitaires. Pedimos corredores humanitários.\n\n"
    text += "Signataires / Signatárias\nOrganisation / Organização | Pays / País\n"
    text += "Association Pont Atlantique | Sénégal\nRede Lusa de Acolhida (RLA) | Regional\n"
    text += "Réseaux signataires et leurs membres / Redes signatárias e seus membros\n"
    text += "Rede Lusa de Acolhida (RLA)\nMembres / Membros :\n  - Casa Mindelo Aberta (Cabo Verde)\n"
    text += "Signatures individuelles / Assinaturas individuais\n- Aminata Sow – Sénégal\n"
    rows = read(text, gazetteer)
    assert ("Association Pont Atlantique", "organization", "", ("SN",)) in rows
    assert ("Casa Mindelo Aberta", "organization", "Rede Lusa de Acolhida (RLA)", ("CV",)) in rows
    assert ("Aminata Sow", "person", "", ("SN",)) in rows
    assert not [row for row in rows if "/" in row[0]]


def test_flag_emoji_before_country_headings_and_places(gazetteer: Gazetteer) -> None:
    text = "Joint appeal\n\nWe ask every government to open safe routes.\n\n## Who signs (by country)\n\n"
    text += "### \U0001f1f0\U0001f1ea Kenya\n\n- Lake Basin Migrant Desk\n\n### \U0001f310 International networks\n\n"
    text += "- **East African Mobility Forum (EAMF)** – composed of:\n"
    text += "    - Kampala Workers Circle – \U0001f1fa\U0001f1ec Uganda\n"
    text += "    - Macau Care Line – \U0001f1f2\U0001f1f4 Macau\n"
    assert read(text, gazetteer) == [
        ("Lake Basin Migrant Desk", "organization", "", ("KE",)),
        ("East African Mobility Forum (EAMF)", "coalition", "", ()),
        ("Kampala Workers Circle", "organization", "East African Mobility Forum (EAMF)", ("UG",)),
        ("Macau Care Line", "organization", "East African Mobility Forum (EAMF)", ("MO",)),
    ]


def test_logo_wall_alt_text_names_uncaptioned_logos(gazetteer: Gazetteer, tmp_path: Path) -> None:
    figures = '<figure><img src="a.png" alt="Logo: Northern Shelter Trust"></figure>'
    figures += (
        '<figure><img src="b.png" alt="Logo of Valley Law Centre"><figcaption>Valley Law Centre</figcaption></figure>'
    )
    figures += '<figure><img src="c.png" alt="A crowd at the border"></figure>'
    page = f"<html><body><main><h1>Joint appeal</h1><p>{'We ask for safe routes now. ' * 4}</p>"
    page += f"<h2>Signatory organisations</h2><div>{figures}</div>"
    page += (
        "<h2>Individual signatories</h2><ul><li>Grace Mensah \U0001f1ec\U0001f1ed Ghana</li></ul></main></body></html>"
    )
    path = tmp_path / "logos.html"
    path.write_text(page, encoding="utf-8")
    assert read(read_input(path).text, gazetteer) == [
        ("Northern Shelter Trust", "organization", "", ()),
        ("Valley Law Centre", "organization", "", ()),
        ("Grace Mensah", "person", "", ("GH",)),
    ]
