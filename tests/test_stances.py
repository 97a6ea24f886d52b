"""Stances: one vocabulary read from the ontology, curator overrides, and what makes support."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal

from graph import paths
from graph.errors import CurationError
from graph.namespaces import GCM, ID
from graph.rdf.build import build
from graph.rdf.validate import load_shapes, validate
from graph.sparql.library import load_library, run_query, solution_rows
from graph.vocabulary import load_vocabulary
from tests.test_build import replace_in

SEED_YAML = "statements/lac-2025-santiago.yaml"
QUESTION_LINK = """  - objective: 2
    rationale: Asks how many more people must be forcibly displaced.
    confidence: 0.7"""


def test_the_vocabulary_comes_from_the_ontology() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.kind_slugs == ("demand", "concern", "commitment", "question", "slogan")
    assert vocabulary.stance_slugs == ("calls-for", "concerned-about", "commits-to", "asks", "slogan")
    assert [kind.default_stance for kind in vocabulary.kinds] == list(vocabulary.stance_slugs)
    assert {s.slug for s in vocabulary.stances if s.defends} == {"calls-for", "concerned-about", "commits-to"}
    assert vocabulary.stance("concerned-about").label_es == "preocupada por"
    assert all(stance.definition and stance.label_en for stance in vocabulary.stances)


def test_no_module_retypes_the_position_kinds() -> None:
    """The five kinds are listed once, in the ontology; code and queries read them."""
    spelled = '"demand", "concern", "commitment", "question", "slogan"'
    roots = [paths.PACKAGE_DIR, paths.QUERIES_DIR, paths.ONTOLOGY_DIR]
    files = [f for root in roots for f in root.rglob("*") if f.suffix in {".py", ".js", ".rq", ".ttl"}]
    assert [f.name for f in files if spelled in f.read_text(encoding="utf-8")] == []
    shapes = (paths.ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8")
    assert "gcm:Slogan" not in shapes


def test_a_curator_stance_turns_a_question_into_support(data_copy: Path, tmp_path: Path) -> None:
    replace_in(data_copy / SEED_YAML, QUESTION_LINK, QUESTION_LINK + "\n    stance: calls-for")
    graph = build(tmp_path / "out", data_dir=data_copy).graph
    question = ID["position/lac-2025-santiago/questions-of-migrants-and-families"]
    link = ID["position/lac-2025-santiago/questions-of-migrants-and-families/addresses/objective-2"]
    assert graph.value(link, GCM.stance) == GCM.callsFor
    assert graph.value(ID["position/lac-2025-santiago/questions-of-migrants-and-families/addresses/objective-8"],
                       GCM.stance) == GCM.asksAbout  # fmt: skip
    records = set(graph.subjects(GCM.throughPosition, question))
    assert records and {graph.value(r, GCM.supported) for r in records} == {ID["objective/2"]}


def test_an_unknown_stance_names_file_and_field(data_copy: Path, tmp_path: Path) -> None:
    replace_in(data_copy / SEED_YAML, QUESTION_LINK, QUESTION_LINK + "\n    stance: applauds")
    with pytest.raises(CurationError) as caught:
        build(tmp_path / "out", data_dir=data_copy)
    errors = [str(error) for error in caught.value.errors]
    assert any(
        error.startswith(f"{SEED_YAML}, field 'positions[2] (questions-of-migrants-and-families).addresses[1].stance'")
        and "'applauds' is not one of calls-for, concerned-about" in error
        for error in errors
    ), errors


def test_shacl_refuses_support_through_a_stance_that_does_not_defend(data_copy: Path, tmp_path: Path) -> None:
    """If the ontology said slogans defend, the build would derive supports; SHACL and the
    violation query read the same ontology, so a support record through a non-defending stance fails."""
    graph = build(tmp_path / "out", data_dir=data_copy).graph
    record = next(iter(graph.subjects(GCM.supported, ID["objective/8"])))
    graph.add((record, GCM.throughStance, GCM.sloganFor))
    report = validate(graph, load_shapes(paths.ONTOLOGY_DIR))
    assert not report.conforms and "defends the commitment" in report.text
    assert Literal(True) in set(graph.objects(GCM.callsFor, GCM.defendsCommitment))


def test_supporters_by_stance_counts_each_stance(store: ox.Store) -> None:
    query = load_library()["supporters_by_stance"]
    rows = [{k: v.strip('"').split('"')[0] for k, v in row.items()} for row in solution_rows(run_query(store, query))]
    by_key = {(row["notation"], row["stance"]): int(row["supporters"]) for row in rows}
    assert by_key[("13", "concerned-about")] == by_key[("8", "calls-for")] > 0
    assert ("13", "calls-for") not in by_key
    assert {row["stance"] for row in rows} <= {"calls-for", "concerned-about", "commits-to"}
