"""The server's pure parts, from tables: content negotiation, keyword detection, row capping,
engine error detection, resource paths, parameter examples and the answer cache."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from graph.server.cache import AnswerCache, CachedAnswer, is_repeatable
from graph.server.describe import local_path, resource_iri
from graph.server.editor import editor_tabs, example_values
from graph.server.negotiation import GRAPH_FORMATS, SOLUTION_FORMATS, negotiate
from graph.server.pool import read_capped
from graph.server.protocol import ProtocolError, authorize_update, keyword_positions
from graph.server.results import readable_reason, split_failure, syntax_message
from graph.sparql.library import load_library

SOLUTIONS = list(SOLUTION_FORMATS)
GRAPHS = list(GRAPH_FORMATS)

ACCEPT_CASES = [
    # (Accept header, offers, expected choice)
    (None, SOLUTIONS, "application/sparql-results+json"),
    ("", SOLUTIONS, "application/sparql-results+json"),
    ("*/*", SOLUTIONS, "application/sparql-results+json"),
    ("text/csv", SOLUTIONS, "text/csv"),
    ("TEXT/CSV", SOLUTIONS, "text/csv"),
    ("application/json", SOLUTIONS, "application/sparql-results+json"),
    ("application/xml", SOLUTIONS, "application/sparql-results+xml"),
    ("text/xml", SOLUTIONS, "application/sparql-results+xml"),
    ("text/*", SOLUTIONS, "text/csv"),
    ("text/*;q=0.5, application/sparql-results+xml", SOLUTIONS, "application/sparql-results+xml"),
    ("text/csv;q=0.2, text/tab-separated-values;q=0.9", SOLUTIONS, "text/tab-separated-values"),
    ("text/csv;q=0, */*", SOLUTIONS, "application/sparql-results+json"),
    ("*/*;q=0.1, text/csv;q=0", SOLUTIONS, "application/sparql-results+json"),
    ("image/png", SOLUTIONS, None),
    ("text/csv;q=0", SOLUTIONS, None),
    ("text/csv;q=abc", SOLUTIONS, "text/csv"),
    ("text/csv ; charset=utf-8 ; q=0.7, application/sparql-results+xml;q=0.6", SOLUTIONS, "text/csv"),
    ("garbage, ;;, /, */", SOLUTIONS, "application/sparql-results+json"),
    (None, GRAPHS, "text/turtle"),
    ("application/ld+json", GRAPHS, "application/ld+json"),
    ("application/x-turtle", GRAPHS, "text/turtle"),
    ("application/n-triples, text/turtle", GRAPHS, "text/turtle"),
    ("application/*", GRAPHS, "application/n-triples"),
    ("application/sparql-results+json", GRAPHS, None),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", [*GRAPHS, "text/html"], "text/html"),
]


@pytest.mark.parametrize(("accept", "offers", "chosen"), ACCEPT_CASES)
def test_negotiate_picks_what_the_client_prefers(accept: str | None, offers: list[str], chosen: str | None) -> None:
    assert negotiate(accept, offers) == chosen


KEYWORD_CASES = [
    ("SELECT * { SERVICE <http://x> { ?s ?p ?o } }", 1),
    ("select * { service silent <http://x> { } }", 1),
    ("SELECT * { SeRvIcE ?endpoint { } }", 1),
    ("SELECT * {SERVICE<http://x>{}}", 1),
    ('SELECT * { ?s ?p "SERVICE" }', 0),
    ("SELECT * { ?s ?p <http://x/SERVICE> }", 0),
    ("# SERVICE in a comment\nSELECT * {}", 0),
    ("PREFIX service: <http://x/> SELECT * { ?s service:p ?o }", 0),
    ("SELECT * { ?s ex:SERVICE ?o }", 0),
    ("SELECT ?service { ?service ?p ?o }", 0),
    ('SELECT * { ?s ?p """multi\nSERVICE\nline""" }', 0),
]


@pytest.mark.parametrize(("text", "count"), KEYWORD_CASES)
def test_service_is_found_only_where_it_is_the_keyword(text: str, count: int) -> None:
    assert len(keyword_positions(text, "SERVICE")) == count


async def chunks_of(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


@pytest.mark.parametrize(
    ("parts", "max_lines", "body", "truncated"),
    [
        ((b"?x\n1\n2\n", b"3\n"), 10, b"?x\n1\n2\n3\n", False),
        ((b"?x\n1\n2\n", b"3\n"), 3, b"?x\n1\n2\n", True),
        ((b"?x\n1\n2\n3\n",), 4, b"?x\n1\n2\n3\n", False),
        ((b"?x\n1", b"\n2\n3\n4\n"), 2, b"?x\n1\n", True),
        ((b"?x\n1\n", b"Cancelled"), 2, b"?x\n1\nCancelled", False),
        ((b"true",), 1, b"true", False),
        ((b"a\nb\nc\n",), None, b"a\nb\nc\n", False),
    ],
)
def test_read_capped_stops_after_the_cap(
    parts: tuple[bytes, ...], max_lines: int | None, body: bytes, truncated: bool
) -> None:
    assert asyncio.run(read_capped(chunks_of(*parts), max_lines)) == (body, truncated)


@pytest.mark.parametrize(
    ("body", "kept", "failure"),
    [
        (b"?x\n1\n", b"?x\n1\n", None),
        (b"true", b"true", None),
        (b"false", b"false", None),
        (b"", b"", None),
        (b"?n\nThe SPARQL operation has been cancelled", b"?n\n", "The SPARQL operation has been cancelled"),
        (b"<a> <b> <c> .\nboom", b"<a> <b> <c> .\n", "boom"),
    ],
)
def test_split_failure_finds_an_error_after_the_last_row(body: bytes, kept: bytes, failure: str | None) -> None:
    assert split_failure(body) == (kept, failure)


def test_syntax_messages_name_line_and_column_without_unicode_ranges() -> None:
    engine = "error at 2:7: expected one of \",\", \"{\", ['0' ..= '9' | '\\u{00B7}'], ['_']"
    message = syntax_message("SELECT *\nWHERE ?s", engine)
    assert message.splitlines()[0] == 'invalid SPARQL at line 2, column 7: expected one of ",", "{"'
    assert message.splitlines()[1].endswith("WHERE ?s")
    assert readable_reason("['a' ..= 'z']") == "unexpected text"


@pytest.mark.parametrize(
    ("path", "iri"),
    [
        ("organization/caref", "https://w3id.org/gcmkg/id/organization/caref"),
        (
            "position/lac-2025-santiago/justice-for-missing-migrants",
            "https://w3id.org/gcmkg/id/position/lac-2025-santiago/justice-for-missing-migrants",
        ),
        ("objective/8", "https://w3id.org/gcmkg/id/objective/8"),
        ("organización/ñ", "https://w3id.org/gcmkg/id/organizaci%C3%B3n/%C3%B1"),
        ("", None),
        ("../etc/passwd", None),
        ("a//b", None),
        ("a/./b", None),
        ("a b", "https://w3id.org/gcmkg/id/a%20b"),
        ('a"<>b', "https://w3id.org/gcmkg/id/a%22%3C%3Eb"),
    ],
)
def test_resource_paths_map_to_iris_of_the_id_namespace(path: str, iri: str | None) -> None:
    found = resource_iri(path)
    assert (found.value if found else None) == iri
    if found:
        assert local_path(found.value) == "/id/" + found.value.split("/id/", 1)[1]


def test_local_paths_only_for_our_iris() -> None:
    assert local_path("https://w3id.org/gcmkg/id/objective/8") == "/id/objective/8"
    assert local_path("https://w3id.org/gcmkg/ontology#supports") is None
    assert local_path("https://w3id.org/gcmkg/id/") is None


@pytest.mark.parametrize(
    ("authorization", "token", "status"),
    [
        (None, None, 403),
        ("Bearer secret", None, 403),
        (None, "secret", 401),
        ("Basic c2VjcmV0", "secret", 401),
        ("Bearer", "secret", 401),
        ("Bearer wrong", "secret", 403),
        ("Bearer secret ", "secret", None),
        ("bearer secret", "secret", None),
    ],
)
def test_updates_need_the_write_token(authorization: str | None, token: str | None, status: int | None) -> None:
    if status is None:
        authorize_update(authorization, token)
        return
    with pytest.raises(ProtocolError) as refused:
        authorize_update(authorization, token)
    assert refused.value.status == status


def test_every_library_query_gets_an_editor_tab_with_its_parameters_bound() -> None:
    library = load_library()
    tabs = editor_tabs(library)
    assert sorted(tab.name for tab in tabs) == sorted(library)
    violations = [tab.name.endswith("_violation") for tab in tabs]
    assert violations == sorted(violations), "questions come before the checks"
    supporters = next(tab for tab in tabs if tab.name == "supporters_of_objective")
    assert "VALUES" in supporters.query and "<https://w3id.org/gcmkg/id/objective/8>" in supporters.query


def test_example_values_fill_required_parameters_from_the_examples() -> None:
    library = load_library()
    query = library["supporters_of_objective"]
    required = [p for p in query.parameters if p.required]
    assert example_values(query) == {p.name: "8" for p in required}


@pytest.mark.parametrize(
    ("text", "repeatable"),
    [
        ("SELECT * { ?s ?p ?o }", True),
        ("SELECT (RAND() AS ?r) {}", False),
        ("SELECT (now() AS ?t) {}", False),
        ("SELECT (STRUUID() AS ?u) {}", False),
        ('SELECT * { ?s ?p "RAND()" }', True),
    ],
)
def test_answers_that_change_between_runs_are_not_cached(text: str, repeatable: bool) -> None:
    assert is_repeatable(text) is repeatable


def test_the_cache_shares_one_computation_and_evicts_the_oldest() -> None:
    async def scenario() -> tuple[int, list[bytes], bool, bool]:
        cache = AnswerCache(max_bytes=8 * 1024)
        runs = 0

        async def compute() -> CachedAnswer:
            nonlocal runs
            runs += 1
            await asyncio.sleep(0.01)
            return CachedAnswer(200, b"x" * 400, "text/plain")

        answers = await asyncio.gather(*(cache.answer("a", compute) for _ in range(5)))
        for key in "bcdefghijklmnopq":
            await cache.answer(key, compute)
        return runs, [a.body for a in answers], "a" in cache._answers, cache.size <= cache.max_bytes

    runs, bodies, kept_a, bounded = asyncio.run(scenario())
    assert runs == 1 + 16 and len(set(bodies)) == 1
    assert not kept_a and bounded


def test_the_cache_does_not_keep_errors() -> None:
    async def scenario() -> int:
        cache = AnswerCache(max_bytes=1024 * 1024)
        calls = 0

        async def failing() -> CachedAnswer:
            nonlocal calls
            calls += 1
            raise ProtocolError(400, "bad")

        for _ in range(2):
            with pytest.raises(ProtocolError):
                await cache.answer("k", failing)
        return calls

    assert asyncio.run(scenario()) == 2
