"""Memberships read apart from the coalition's line (a table's 'member of' column, a later
'Integrantes de X:' section) go from ``ingest`` through ``accept`` into the built graph, with the
span that names the coalition recorded as ``context``; a context that does not name the coalition,
or is not above the member's block, is refused with the row and field."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from graph.curation.curated import load_curated
from graph.errors import CurationError
from graph.ingest import AcceptError, Options, accept_draft, ingest
from graph.rdf.build import assemble
from tests.test_ingest_draft import complete_review, snapshot

OPENING = (
    "Las organizaciones reunidas en el Foro Andino de Movilidad Humana, celebrado en Lima, Perú, "
    "del 10 al 12 de junio de 2026, declaramos:\n"
    "Exigimos a los Estados una regularización migratoria amplia, gratuita y sin plazos imposibles.\n\n"
)
TABLE = (
    "# Declaración andina por la regularización\n\n"
    + OPENING
    + "## Firman organizaciones de Perú, Ecuador y Colombia\n\n"
    "| Organización | País | Red o coalición |\n"
    "|---|---|---|\n"
    "| Alianza Andina contra la Trata (AACT) | Regional | |\n"
    "| Casa Refugio Las Gaviotas | Perú | Alianza Andina contra la Trata (AACT) |\n"
    "| Fundación Puerto Seguro | Ecuador | AACT |\n"
    "| Colectivo Manos Abiertas | Colombia | |\n"
)
SECTION = (
    "Carta andina por la regularización\n" + OPENING + "Firman organizaciones de Perú, Bolivia y Colombia:\n"
    "Coordinadora Andina de Movilidad Humana (CAMH)\n"
    "Asociación Puentes del Sur (Perú)\n\n"
    "Integrantes de la Coordinadora Andina de Movilidad Humana:\n"
    "Colectivo Tejiendo Fronteras (Bolivia)\n"
    "Red de Acogida Cordillera (Colombia)\n"
)


def drafted(tmp_path: Path, data: Path, name: str, text: str) -> Path:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    ingest(source, Options(), data, tmp_path / "draft")
    return tmp_path / "draft"


def membership_rows(draft: Path) -> list[tuple[str, str, str, str]]:
    content = (draft / "memberships.csv").read_text(encoding="utf-8")
    return [(r["member"], r["organization"], r["evidence"], r["context"]) for r in csv.DictReader(io.StringIO(content))]


def accepted_relations(data: Path) -> dict[tuple[str, str], tuple[str, str]]:
    curated = load_curated(data)
    return {
        (r.member, r.organization): (r.evidence.span.exact, r.context.span.exact if r.context else "")
        for r in curated.relations
    }


def test_a_member_of_column_is_accepted_and_built(tmp_path: Path, data_copy: Path) -> None:
    draft = drafted(tmp_path, data_copy, "table.md", TABLE)
    assert membership_rows(draft) == [
        ("casa-refugio-gaviotas", "aact", "Casa Refugio Las Gaviotas", "Alianza Andina contra la Trata (AACT)"),
        ("fundacion-puerto-seguro", "aact", "Fundación Puerto Seguro", "AACT"),
    ]
    complete_review(draft)
    accept_draft(draft, data_copy)  # builds and validates the graph on a staged copy first
    relations = accepted_relations(data_copy)
    assert relations[("casa-refugio-gaviotas", "aact")] == (
        "Casa Refugio Las Gaviotas",
        "Alianza Andina contra la Trata (AACT)",
    )
    assert relations[("fundacion-puerto-seguro", "aact")] == ("Fundación Puerto Seguro", "AACT")
    assert ("colectivo-manos-abiertas", "aact") not in relations
    header = (data_copy / "memberships.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "member,organization,relation,evidence,context"
    triples = assemble(data_copy).asserted_lines
    assert any("membership/aact/fundacion-puerto-seguro" in line for line in triples)


def test_a_members_section_is_accepted_and_built(tmp_path: Path, data_copy: Path) -> None:
    draft = drafted(tmp_path, data_copy, "section.txt", SECTION)
    heading = "Integrantes de la Coordinadora Andina de Movilidad Humana:"
    assert membership_rows(draft) == [
        ("colectivo-tejiendo-fronteras", "camh", "Colectivo Tejiendo Fronteras", heading),
        ("red-acogida-cordillera", "camh", "Red de Acogida Cordillera", heading),
    ]
    complete_review(draft)
    accept_draft(draft, data_copy)
    relations = accepted_relations(data_copy)
    assert relations[("red-acogida-cordillera", "camh")] == ("Red de Acogida Cordillera", heading)
    assert any("membership/camh/red-acogida-cordillera" in line for line in assemble(data_copy).asserted_lines)


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("", r"memberships.csv, row \d+, field 'evidence'.*not written in the coalition's list.*context column"),
        ("Carta andina", r"memberships.csv, row \d+, field 'context'.*'Carta andina' does not name 'camh'"),
        ("Coordinadora Andina de Movilidad Humana (CAMH)", r"field 'context'.*nor just above the block"),
    ],
)
def test_a_context_that_does_not_hold_is_refused(tmp_path: Path, data_copy: Path, context: str, message: str) -> None:
    draft = drafted(tmp_path, data_copy, "section.txt", SECTION)
    complete_review(draft)
    path = draft / "memberships.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[0]["context"] = context
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    before = snapshot(data_copy)
    with pytest.raises(AcceptError, match=message):
        accept_draft(draft, data_copy)
    assert snapshot(data_copy) == before


def test_the_curated_loader_reports_a_bad_context(data_copy: Path) -> None:
    path = data_copy / "memberships.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] += ",context"
    lines[1] += ",Nowhere to be found"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"memberships.csv, row 2, field 'context'"):
        load_curated(data_copy)


COUNTRY_HEADINGS = (
    "# Carta andina por la regularización\n\n" + OPENING + "## Firman organizaciones de Perú y Bolivia\n\n"
    "### Perú\n\n"
    "- Asociación Puentes del Sur\n"
    "- Casa del Caminante Andino\n\n"
    "### Bolivia\n\n"
    "- Colectivo Tejiendo Fronteras\n"
)


def test_a_country_heading_is_a_place_accepted_with_the_heading_as_evidence(tmp_path: Path, data_copy: Path) -> None:
    draft = drafted(tmp_path, data_copy, "countries.md", COUNTRY_HEADINGS)
    content = (draft / "based_in.csv").read_text(encoding="utf-8")
    claims = {(r["agent"], r["country"], r["evidence"]) for r in csv.DictReader(io.StringIO(content))}
    assert claims == {
        ("asociacion-puentes-sur", "PE", "Perú"),
        ("casa-caminante-andino", "PE", "Perú"),
        ("colectivo-tejiendo-fronteras", "BO", "Bolivia"),
    }
    names = [r["pref_label"] for r in csv.DictReader(io.StringIO((draft / "organizations.csv").read_text("utf-8")))]
    assert "Perú" not in names and "Bolivia" not in names  # a heading is never an agent
    complete_review(draft)
    accept_draft(draft, data_copy)
    claims_read = {(c.agent, c.country): c.evidence for c in load_curated(data_copy).location_claims}
    evidence = claims_read[("colectivo-tejiendo-fronteras", "BO")]
    assert evidence.source.text[evidence.span.start - 4 : evidence.span.end + 1] == "### Bolivia\n"
