"""Invariants of the live ``data/``, whatever and however much has been curated.

No counts of today's data are asserted here (those live in the frozen ``tests/fixtures/seed_data``
tests): every quote and span is the source text at its offsets, every support has its record, and
the statistics agree with the query library.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.rdf.stats import stats_tables
from graph.sparql.library import load_library, run_query, run_violation_checks, solution_rows
from tests.conftest import select


def test_every_span_is_its_source_text_at_its_offsets(live_store: ox.Store) -> None:
    rows = select(
        live_store,
        """
        SELECT ?text ?exact ?start ?end WHERE {
          ?span a oa:SpecificResource ; oa:hasSource/schema:text ?text ; oa:hasSelector ?p , ?q .
          ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }""",
    )
    assert rows
    wrong = [r["exact"] for r in rows if r["text"][int(r["start"]) : int(r["end"])] != r["exact"]]
    assert wrong == []


def test_every_quote_is_in_its_source(live_store: ox.Store) -> None:
    rows = select(
        live_store,
        """
        SELECT ?position ?quote ?text ?start ?end WHERE {
          ?position gcm:quote ?quote ; gcm:textSpan ?span .
          ?span oa:hasSource/schema:text ?text ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }""",
    )
    positions = select(live_store, "SELECT DISTINCT ?position WHERE { ?position a gcm:Position }")
    assert len({r["position"] for r in rows}) == len(positions) > 0
    assert [r["position"] for r in rows if r["text"][int(r["start"]) : int(r["end"])] != r["quote"]] == []


def test_every_support_has_exactly_one_record(live_store: ox.Store) -> None:
    supports = select(live_store, "SELECT ?agent ?concept WHERE { ?agent gcm:supports ?concept }")
    records = select(
        live_store,
        "SELECT ?agent ?concept WHERE { ?agent gcm:qualifiedSupport ?s . ?s gcm:agent ?agent ; gcm:supported ?concept }",  # noqa: E501
    )
    assert sorted((r["agent"], r["concept"]) for r in supports) == sorted((r["agent"], r["concept"]) for r in records)
    assert supports


def test_every_violation_query_is_empty(live_store: ox.Store) -> None:
    assert [(name, rows) for name, rows in run_violation_checks(live_store) if rows] == []


def test_stats_agree_with_the_query_library(live_store: ox.Store) -> None:
    tables = {table.title: table for table in stats_tables(live_store)}
    classes = {label: int(count) for label, count in tables["Resources per class"].rows}
    library = load_library()
    overview = solution_rows(run_query(live_store, library["statements_overview"]))
    assert classes["statements"] == len(overview) > 0
    kinds = sum(classes[label] for label in ("demands", "concerns", "commitments", "questions", "slogans"))
    assert classes["positions"] == kinds
    for notation, _label, _demands, supporters in tables["Support per GCM objective"].rows:
        found = solution_rows(run_query(live_store, library["supporters_of_objective"], {"objective": notation}))
        assert int(supporters) == len({row["agent"] for row in found}), notation
