"""Hostile input to the CLI: a server that trickles or floods, a statement whose names are
markup, parameters that are not the resources they look like."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from graph.cli.query import query_command
from graph.ingest.review import Code, sentence, table, text_line
from graph.sparql import federation
from graph.sparql.federation import DownloadError, download
from graph.sparql.library import ParameterError, bind_parameters, resolve_query

HOSTILE = "<img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold** `tick` a|b"


def serve_forever(handle: object) -> Iterator[int]:
    server = socket.create_server(("127.0.0.1", 0))
    port: int = server.getsockname()[1]

    def accept() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(connection,), daemon=True).start()  # type: ignore[arg-type]

    threading.Thread(target=accept, daemon=True).start()
    yield port
    server.close()


def trickle(connection: socket.socket) -> None:
    connection.recv(4096)
    try:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/n-triples\r\n\r\n")
        while True:
            connection.sendall(b"#")
            time.sleep(0.2)
    except OSError:
        connection.close()


def flood(connection: socket.socket) -> None:
    connection.recv(4096)
    try:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/n-triples\r\n\r\n")
        while True:
            connection.sendall(b"# " + b"x" * 4094 + b"\n")
    except OSError:
        connection.close()


@pytest.fixture
def trickling() -> Iterator[int]:
    yield from serve_forever(trickle)


@pytest.fixture
def flooding() -> Iterator[int]:
    yield from serve_forever(flood)


def test_a_trickling_server_is_cut_off_at_the_deadline(trickling: int) -> None:
    url = f"http://127.0.0.1:{trickling}/slow.nt"
    command = [str(Path(sys.executable).parent / "gcmkg"), "query", "gaps", "--with", url, "--timeout", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)  # hangs forever without a deadline
    assert done.returncode == 1
    assert "not complete after the time limit of 2 s" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_flood_is_cut_off_at_the_size_cap(flooding: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(federation, "MAX_DOWNLOAD", 100_000)
    with pytest.raises(DownloadError, match="larger than 100,000 bytes"):
        download(f"http://127.0.0.1:{flooding}/big.nt", timeout=30)


def test_a_refused_connection_exits_1_as_documented() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(query_command, ["gaps", "--with", f"http://127.0.0.1:{port}/x.ttl"])
    assert result.exit_code == 1
    assert "Connection refused" in result.output


def test_review_cells_are_inert_in_a_viewer_that_renders_html() -> None:
    lines = table(["id", "as written"], [[Code("evil`|id"), HOSTILE]])
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render("\n".join(lines))
    assert "<img" not in rendered and "<a " not in rendered and "<strong>" not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert rendered.count("<td>") == 2, "the | in the value did not open a column"
    assert "\n" not in text_line("a\nb\u2028c")
    said = MarkdownIt("commonmark", {"html": True}).render(sentence(f"'{HOSTILE}' may be `org-id` (0.60)"))
    assert "<img" not in said and "<code>org-id</code>" in said


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "the value is empty"),
        ("   ", "the value is empty"),
        ("id:organization/../objective/8", "'..' path segments"),
        ("id:organization/%2e%2e/objective/8", "'..' path segments"),
        ("https://w3id.org/gcmkg/id/organization/./caref", "'..' path segments"),
    ],
)
def test_parameters_that_are_not_a_resource_are_refused(value: str, message: str) -> None:
    query = resolve_query("co_supporters")
    with pytest.raises(ParameterError, match=message):
        bind_parameters(query, {"organization": value})
    assert bind_parameters(query, {"organization": "caref"})["organization"].value.endswith("/organization/caref")
