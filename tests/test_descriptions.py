"""The curated descriptions of objectives and principles: checks, and their SKOS triples."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import Literal

from graph.curation.curated import load_curated
from graph.curation.descriptions import LANGUAGES
from graph.errors import CurationError
from graph.namespaces import ID, SKOS
from graph.rdf.triples import curated_triples


def described(data_dir: Path) -> Path:
    """The first description file of ``data_dir`` (the folder fills up as curators write)."""
    files = sorted((data_dir / "descriptions").glob("objective-*.yaml"))
    assert files, "data/descriptions holds no objective description"
    return files[0]


def errors_of(data_dir: Path) -> list[str]:
    with pytest.raises(CurationError) as caught:
        load_curated(data_dir)
    return [str(error) for error in caught.value.errors]


def test_every_description_has_four_languages(data_copy: Path) -> None:
    curated = load_curated(data_copy)
    assert curated.descriptions
    for target, description in curated.descriptions.items():
        assert target.split("/")[0] in ("objective", "principle")
        for texts in (description.label, description.definition, description.scope_note):
            assert set(texts) == set(LANGUAGES)
        assert all(description.terms[language] for language in LANGUAGES)
        assert description.sources and all(url.startswith("http") for url in description.sources)


def test_definitions_and_labels_become_skos_per_language(data_copy: Path) -> None:
    path = described(data_copy)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    curated = load_curated(data_copy)
    iri = ID[doc["target"]]
    triples = set(curated_triples(curated))
    for language in LANGUAGES:
        assert (iri, SKOS.definition, Literal(doc["definition"][language].strip(), lang=language)) in triples
        assert (iri, SKOS.scopeNote, Literal(doc["scope_note"][language].strip(), lang=language)) in triples
    assert (iri, SKOS.prefLabel, Literal(doc["label"]["fr"].strip(), lang="fr")) in triples


def test_a_missing_language_is_one_line_with_file_and_field(data_copy: Path) -> None:
    path = described(data_copy)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    del doc["definition"]["pt"]
    doc["terms"]["de"] = ["Abschiebung"]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    errors = errors_of(data_copy)
    name = f"descriptions/{path.name}"
    assert f"{name}, field 'definition.pt': missing or empty text" in errors
    assert f"{name}, field 'terms.de': unknown language (expected: en, es, pt, fr)" in errors
    assert all("\n" not in error for error in errors)


def test_a_target_that_does_not_match_the_file_name_is_reported(data_copy: Path) -> None:
    path = described(data_copy)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["target"] = "objective/99"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    errors = errors_of(data_copy)
    assert any(e.startswith(f"descriptions/{path.name}, field 'target': 'objective/99' does not match") for e in errors)


def test_broken_yaml_names_the_file_and_line(data_copy: Path) -> None:
    (data_copy / "descriptions" / "objective-01.yaml").write_text("target: [objective/1\n", encoding="utf-8")
    errors = errors_of(data_copy)
    assert any(e.startswith("descriptions/objective-01.yaml: not valid YAML at line") for e in errors)
