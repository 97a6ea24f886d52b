"""The draft folder and ``accept``: from a statement's text to curated data that ``load_curated`` accepts."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest
import yaml

from graph.curation.curated import load_curated
from graph.ingest import AcceptError, Options, accept_draft, ingest
from graph.ingest.draft import TABLES
from graph.ingest.writer import statement_yaml
from tests.conftest import SEED_DATA

DATA = Path(__file__).parent / "data"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def tick_every_box(draft: Path) -> None:
    review = draft / "review.md"
    review.write_text(review.read_text(encoding="utf-8").replace("- [ ]", "- [x]"), encoding="utf-8")


def statement_file(draft: Path) -> Path:
    (found,) = list((draft / "statements").glob("*.yaml"))
    return found


def complete_review(draft: Path) -> None:
    """What a curator does: tick every box, give the event a source, link every demand (here to
    its first suggestion, with a rationale)."""
    tick_every_box(draft)
    events = draft / "events.yaml"
    if events.exists():
        text = events.read_text(encoding="utf-8")
        events.write_text(re.sub(r"source: .*", "source: https://example.org/event-programme", text), "utf-8")
    path = statement_file(draft)
    statement = yaml.safe_load(path.read_text(encoding="utf-8"))
    for position in statement["positions"]:
        if position["type"] == "demand" and not position["addresses"]:
            first = {k: v for k, v in position["suggested"][0].items() if k in ("objective", "principle")}
            position["addresses"] = [{**first, "rationale": "Checked by the curator.", "confidence": 0.8}]
    path.write_text(statement_yaml(statement, draft=True), encoding="utf-8")


@pytest.fixture
def spanish_draft(tmp_path: Path, data_copy: Path) -> Path:
    ingest(DATA / "ingest_es_firman.txt", Options(), data_copy, tmp_path / "draft")
    return tmp_path / "draft"


def test_the_statement_yaml_is_written_in_the_seeds_format() -> None:
    seed = SEED_DATA / "statements/lac-2025-santiago.yaml"
    text = seed.read_text(encoding="utf-8")
    assert statement_yaml(yaml.safe_load(text), draft=False) == text


def test_a_draft_holds_the_source_statement_tables_and_review(spanish_draft: Path, data_copy: Path) -> None:
    before = snapshot(data_copy)
    (source,) = list((spanish_draft / "sources").glob("*.txt"))
    assert re.fullmatch(r"001_[0-9a-f]{16}\.txt", source.name)
    assert source.read_bytes() == (DATA / "ingest_es_firman.txt").read_bytes()
    for name, columns in TABLES.items():
        header = (SEED_DATA / name).read_text(encoding="utf-8").splitlines()[0]
        written = [column for column in columns if column != "context"]  # only when a membership needs it
        assert (spanish_draft / name).read_text(encoding="utf-8").splitlines()[0] == header == ",".join(written)
    statement = yaml.safe_load(statement_file(spanish_draft).read_text(encoding="utf-8"))
    assert statement["source"] == f"sources/{source.name}"
    assert statement["signatory_countries"]["countries"] == ["MX", "GT", "HN", "SV"]
    assert statement["event"]["start"] == "2024-12-04" and statement["event"]["place"]["country"] == "MX"
    assert "idc" in statement["signatories"] and "cofamipro" in statement["signatories"]
    assert snapshot(data_copy) == before  # ingest never writes into data/


def test_positions_carry_suggestions_never_addresses(spanish_draft: Path) -> None:
    statement = yaml.safe_load(statement_file(spanish_draft).read_text(encoding="utf-8"))
    positions = statement["positions"]
    assert [p["type"] for p in positions] == [
        "concern",
        "demand",
        "demand",
        "demand",
        "question",
        "commitment",
        "slogan",
    ]
    assert all(p["addresses"] == [] for p in positions)
    detention = positions[1]
    assert (
        detention["quote"]
        == "Exigimos a los Estados alternativas a la detención y el fin del encierro de niñas, niños y adolescentes."
    )
    assert {"objective": 13} in [{k: v for k, v in s.items() if k == "objective"} for s in detention["suggested"]]
    for suggestion in detention["suggested"]:
        assert set(suggestion) in ({"objective", "score", "evidence"}, {"principle", "score", "evidence"})
        assert 0 < suggestion["score"] <= 1 and suggestion["evidence"]


def test_new_agents_only_with_matches_proposed_as_spellings(spanish_draft: Path) -> None:
    organizations = {row["id"]: row for row in rows(spanish_draft / "organizations.csv")}
    assert "idc" not in organizations and "cofamipro" not in organizations
    assert organizations["casa-migrante-tapachula"]["kinds"] == "shelter"
    assert organizations["sjr-ecuador"]["acronym"] == "SJR Ecuador"
    assert [(r["agent"], r["written_as"]) for r in rows(spanish_draft / "spellings.csv")] == [
        ("sin-fronteras", "Sin Fronteras, I.A.P.")
    ]
    assert [r["name"] for r in rows(spanish_draft / "persons.csv")] == ["María Fernanda López", "Juan Carlos Pérez"]
    assert {(r["agent"], r["country"], r["evidence"]) for r in rows(spanish_draft / "based_in.csv")} == {
        ("casa-migrante-tapachula", "MX", "Tapachula (México)"),
        ("red-mujeres-migrantes-refugiadas", "GT", "Refugiadas - Guatemala"),
        ("sjr-ecuador", "EC", "Refugiados Ecuador"),
    }
    review = (spanish_draft / "review.md").read_text(encoding="utf-8")
    assert "- [ ] **R1** (signatories) 'Servicio Jesuita a Refugiados Ecuador (SJR Ecuador)' may be" in review
    assert "`jrs-ecuador` (0.60" in review
    assert "matched to curated `sin-fronteras`" in review
    assert "Nothing: the draft passes every check of the curated data." in review


def test_accept_refuses_an_unreviewed_draft(spanish_draft: Path, data_copy: Path) -> None:
    before = snapshot(data_copy)
    with pytest.raises(AcceptError, match=r"(?s)not reviewed yet \(5 open item\(s\)\).*unticked.*TODO"):
        accept_draft(spanish_draft, data_copy)
    assert snapshot(data_copy) == before


def test_accept_round_trip_into_a_copy_of_data(spanish_draft: Path, data_copy: Path) -> None:
    complete_review(spanish_draft)
    path = statement_file(spanish_draft)
    statement = yaml.safe_load(path.read_text(encoding="utf-8"))
    detention = statement["positions"][1]
    detention["addresses"] = [{"objective": 13, "rationale": "Demands alternatives to detention.", "confidence": 1.0}]
    path.write_text(statement_yaml(statement, draft=True), encoding="utf-8")

    accepted = accept_draft(spanish_draft, data_copy)  # also builds and validates the graph (SHACL)

    curated = load_curated(data_copy)
    new = curated.statements[accepted.statement_id]
    assert new.signatories[0] == "idc" and "sin-fronteras" in new.signatories
    assert "objective/13" in [link.target for p in new.positions if p.id == detention["id"] for link in p.links]
    assert all(p.links for p in new.positions if p.type == "demand")
    assert "Sin Fronteras, I.A.P." in curated.organizations["sin-fronteras"].written_as
    assert curated.persons["maria-fernanda-lopez"].mentions
    assert {("casa-migrante-tapachula", "MX")} <= {(c.agent, c.country) for c in curated.location_claims}
    written = (data_copy / f"statements/{accepted.statement_id}.yaml").read_text(encoding="utf-8")
    assert "suggested" not in written and "DRAFT" not in written
    compact = yaml.safe_load((data_copy / "links/compact.yaml").read_text(encoding="utf-8"))
    assert {"id": "foro-social-mundial-migraciones-2024", "source": "https://example.org/event-programme"} in compact[
        "events"
    ]
    assert (
        (data_copy / "organizations.csv")
        .read_text(encoding="utf-8")
        .startswith((SEED_DATA / "organizations.csv").read_text(encoding="utf-8").split("\nsin-fronteras")[0])
    )
    with pytest.raises(AcceptError, match="already exists"):
        accept_draft(spanish_draft, data_copy)


def test_accept_refuses_demands_without_a_link(spanish_draft: Path, data_copy: Path) -> None:
    complete_review(spanish_draft)
    path = statement_file(spanish_draft)
    path.write_text(
        re.sub(r"addresses:\n(  - .*\n|    .*\n)+", "addresses: []\n", path.read_text("utf-8"), count=1), "utf-8"
    )
    before = snapshot(data_copy)
    with pytest.raises(AcceptError, match=r"1 demand\(s\) address no objective or principle"):
        accept_draft(spanish_draft, data_copy)
    assert snapshot(data_copy) == before


def test_accept_refuses_an_id_already_curated(spanish_draft: Path, data_copy: Path) -> None:
    complete_review(spanish_draft)
    organizations = spanish_draft / "organizations.csv"
    organizations.write_text(
        organizations.read_text(encoding="utf-8").replace("\nsjr-ecuador,", "\njrs-ecuador,"), "utf-8"
    )
    before = snapshot(data_copy)
    with pytest.raises(AcceptError, match="id 'jrs-ecuador' is already curated"):
        accept_draft(spanish_draft, data_copy)
    assert snapshot(data_copy) == before


def test_accept_refuses_what_load_curated_refuses(spanish_draft: Path, data_copy: Path) -> None:
    complete_review(spanish_draft)
    path = statement_file(spanish_draft)
    path.write_text(
        path.read_text(encoding="utf-8").replace("quote: Exigimos la búsqueda", "quote: Exigimos LA búsqueda")
    )
    before = snapshot(data_copy)
    with pytest.raises(AcceptError, match="text not found verbatim"):
        accept_draft(spanish_draft, data_copy)
    assert snapshot(data_copy) == before


def test_accept_refuses_todo_placeholders(tmp_path: Path, data_copy: Path) -> None:
    ingest(DATA / "ingest_en_semicolons.txt", Options(), data_copy, tmp_path / "draft")
    tick_every_box(tmp_path / "draft")
    with pytest.raises(AcceptError, match="TODO placeholder is left: date: TODO"):
        accept_draft(tmp_path / "draft", data_copy)


def test_accept_restores_data_when_a_rename_fails(
    spanish_draft: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    complete_review(spanish_draft)
    before = snapshot(data_copy)
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(str(target))
        if len(calls) == 3:
            raise OSError("disk full")
        real_replace(source, target)

    monkeypatch.setattr("graph.ingest.accept.staged_problems", lambda *args, **kwargs: [])  # validated elsewhere
    monkeypatch.setattr("graph.curation.journal.os.replace", failing_replace)
    with pytest.raises(AcceptError, match="disk full"):
        accept_draft(spanish_draft, data_copy)
    assert len(calls) >= 3
    assert snapshot(data_copy) == before


def test_portuguese_draft_passes_the_curated_checks(tmp_path: Path, data_copy: Path) -> None:
    result = ingest(DATA / "ingest_pt_assinam.txt", Options(), data_copy, tmp_path / "draft")
    statement = result.draft.statement
    assert statement["signatories"] == ["rede-fronteiras", "cami", "missao-paz", "imdh"]  # CAMI and IMDH are curated
    assert statement["language"] == "pt" and statement["event"]["place"]["country"] == "BR"
    assert statement["event"]["start"] == "2025-06-18" and statement["date_evidence"] == "de 18 a 20 de junho de 2025"
    assert [item.topic for item in result.draft.review if item.blocking] == ["statement", "positions"]
    assert result.draft.build_problems == []  # load_curated accepts it as drafted


def test_seed_text_matches_the_spanish_idc_to_the_existing_id(tmp_path: Path, data_copy: Path) -> None:
    organizations = data_copy / "organizations.csv"
    organizations.write_text(
        organizations.read_text(encoding="utf-8").replace("|Coalición Internacional contra la Detención (IDC)", ""),
        encoding="utf-8",
    )
    result = ingest(SEED_DATA / "sources/000_ba5cef3e2e24ca91.txt", Options(), data_copy, tmp_path / "d")
    row = next(r for r in result.draft.signatories if r.written == "Coalición Internacional contra la Detención (IDC)")
    assert (row.outcome, row.agent, row.role) == ("match", "idc", "signs directly")
    assert row.score is not None and row.score >= 0.95
    assert {"agent": "idc", "written_as": row.written}.items() <= result.draft.spellings[0].items()
    assert "idc" in result.draft.statement["signatories"]
    persons = [r for r in result.draft.signatories if r.kind == "person"]
    assert [(r.outcome, r.role) for r in persons] == [("known", "member of lac-bloc")] * 9


def test_signatories_csv_lists_every_name_read_with_its_offsets(tmp_path: Path, data_copy: Path) -> None:
    draft = tmp_path / "bullets"
    result = ingest(DATA / "ingest_en_bullets.txt", Options(), data_copy, draft)
    table = rows(draft / "signatories.csv")
    assert list(table[0]) == ["as_written", "read_as", "role", "decision", "id", "score", "reason", "start", "end",
                              "notes"]  # fmt: skip
    assert len(table) == 11
    by_name = {row["as_written"]: row for row in table}
    coalition = by_name["Global Coalition on Migration (GCM)"]
    assert (coalition["read_as"], coalition["role"], coalition["decision"]) == ("coalition", "signs directly", "new")
    member = by_name["Casa del Migrante de Saltillo (CDMS)"]
    assert (member["read_as"], member["role"], member["decision"], member["id"], member["score"]) == (
        "organization",
        f"member of {coalition['id']}",
        "known",
        "cdms",
        "1.00",
    )
    assert by_name["Jane Doe"]["read_as"] == "person"
    for row in table:
        assert result.draft.text[int(row["start"]) : int(row["end"])] == row["as_written"]
