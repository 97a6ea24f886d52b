"""Odd input never crashes ingest: a clear message and exit code 1, or a draft with flags."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from graph.cli.ingest import accept_command, ingest_command
from graph.ingest import IngestError, Options, ingest
from tests.conftest import SEED_DATA

DATA = Path(__file__).parent / "data"
SEED = SEED_DATA / "sources/000_ba5cef3e2e24ca91.txt"
HEBREW = "\u05e9\u05dc\u05d5\u05dd \u05dc\u05db\u05d5\u05dc\u05dd"  # right-to-left, 'peace to all'


def run(command: object, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(command, list(args))  # type: ignore[arg-type]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_input_is_refused(tmp_path: Path, data_copy: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    code, output = run(ingest_command, str(empty), "--data", str(data_copy), "-o", str(tmp_path / "draft"))
    assert code == 1 and "is empty" in output and "Traceback" not in output


def test_binary_input_is_refused(tmp_path: Path, data_copy: Path) -> None:
    binary = tmp_path / "file.txt"
    binary.write_bytes(b"PK\x03\x04\x00\x00abc")
    with pytest.raises(IngestError, match="ZIP archive, not a statement"):
        ingest(binary, Options(), data_copy, tmp_path / "draft")


def test_cli_ingest_then_accept_refuses_until_reviewed(tmp_path: Path, data_copy: Path) -> None:
    draft = tmp_path / "draft"
    code, output = run(ingest_command, str(DATA / "ingest_es_firman.txt"), "--data", str(data_copy), "-o", str(draft))
    assert code == 0, output
    assert "draft written" in output and "4 decision(s) to check" in " ".join(output.split())
    code, output = run(accept_command, str(draft), "--data", str(data_copy))
    assert code == 1 and "not reviewed yet" in output and "Traceback" not in output
    code, output = run(ingest_command, str(DATA / "ingest_es_firman.txt"), "--data", str(data_copy), "-o", str(draft))
    assert code == 1 and "already exists" in output


def test_a_statement_without_signatories_gives_a_flagged_draft(tmp_path: Path, data_copy: Path) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("Open letter\nWe demand an end to detention.\nWe are concerned by deportations.\n", "utf-8")
    result = ingest(text, Options(), data_copy, tmp_path / "draft")
    assert result.draft.statement["signatories"] == []
    assert [p["type"] for p in result.draft.statement["positions"]] == ["demand", "concern"]
    review = (tmp_path / "draft" / "review.md").read_text(encoding="utf-8")
    assert "- [ ] **R" in review and "no signatory section found" in review


def test_html_pasted_as_text_is_read_without_its_tags(tmp_path: Path, data_copy: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "<html><head><title>x</title><style>p {color: red}</style></head><body>"
        "<h1>Declaraci&oacute;n de Quito</h1><p>Exigimos v&iacute;as regulares para todas las personas.</p>"
        "<p>Firman:</p><ul><li>Red Uno</li><li>Fundaci&oacute;n Dos (FD) - Ecuador</li></ul></body></html>",
        "utf-8",
    )
    result = ingest(page, Options(), data_copy, tmp_path / "draft")
    assert "<" not in result.draft.text and "color: red" not in result.draft.text
    assert result.draft.statement["title"] == "Declaración de Quito"
    assert [r.written for r in result.draft.signatories] == ["Red Uno", "Fundación Dos (FD)"]
    assert result.draft.statement["positions"][0]["quote"] == "Exigimos vías regulares para todas las personas."
    assert any("web page" in note for note in result.draft.notes)


def test_names_with_emoji_and_right_to_left_text(tmp_path: Path, data_copy: Path) -> None:
    text = tmp_path / "rtl.txt"
    text.write_text(
        "Statement\nWe demand rights for all migrants and their families.\n"
        "Signed by:\nRed 🌍 Migrante\nجمعية حقوق المهاجرين\n" + HEBREW + "\n",
        "utf-8",
    )
    result = ingest(text, Options(), data_copy, tmp_path / "draft")
    assert [r.written for r in result.draft.signatories] == ["Red 🌍 Migrante", "جمعية حقوق المهاجرين", HEBREW]
    ids = result.draft.statement["signatories"]
    assert len(set(ids)) == 3 and all(i for i in ids)
    written = yaml.safe_load((tmp_path / "draft" / "statements").glob("*.yaml").__next__().read_text("utf-8"))
    assert written["signatories"] == ids


def test_a_megabyte_statement_is_read_whole(tmp_path: Path, data_copy: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    body, signatories = seed[: seed.index("Subscribed by")], seed[seed.index("Subscribed by") :]
    parts, size, number = [], 0, 0
    while size < 1_000_000:
        part = body.replace("We demand justice", f"We demand ({number}) justice")
        parts.append(part)
        size += len(part.encode("utf-8"))
        number += 1
    big = tmp_path / "big.txt"
    big.write_text("".join(parts) + signatories, "utf-8")
    result = ingest(big, Options(), data_copy, tmp_path / "draft")  # its time: benchmarks/eval_ingest.py
    assert len(result.draft.signatories) == 107  # 43 direct, 55 + 9 in the coalition
    assert len(result.draft.statement["positions"]) > 1_500
