"""``gcmkg build``: curated data + ontology -> a validated, deterministic knowledge graph.

Steps, each of which can fail the build with a report a curator can act on:
read and cross-check ``data/`` (file, row, field) -> generate triples -> materialize
``gcm:supports`` -> SHACL-validate -> run the ``*_violation.rq`` queries -> write the outputs
atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.namespace import VOID

from graph import paths
from graph.curation.curated import load_curated
from graph.curation.journal import commit_files
from graph.curation.model import Curated
from graph.errors import ValidationError
from graph.namespaces import bind_prefixes
from graph.rdf.derive import support_triples
from graph.rdf.links import link_triples
from graph.rdf.ontodoc import ontology_html
from graph.rdf.serialize import sorted_ntriples, turtle
from graph.rdf.triples import curated_triples
from graph.rdf.validate import load_shapes, validate
from graph.rdf.void import DATASET, void_triples
from graph.sparql.library import run_violation_checks

OUTPUT_NAME = "gcmkg"
SAMPLE_ROWS = 3


@dataclass
class BuildResult:
    graph: Graph
    curated: Curated
    outputs: list[Path] = field(default_factory=list)


def build_graph(data_dir: Path | None = None, ontology_dir: Path | None = None) -> tuple[Graph, Curated]:
    """The full graph (ontology + curated data + derived triples), not yet validated."""
    data_dir = data_dir or paths.DATA_DIR
    ontology_dir = ontology_dir or paths.ONTOLOGY_DIR
    curated = load_curated(data_dir)
    graph = bind_prefixes(Graph())
    graph.parse(ontology_dir / "gcm.ttl", format="turtle")
    for triple in curated_triples(curated):
        graph.add(triple)
    for triple in link_triples(curated.links):
        graph.add(triple)
    for triple in support_triples(curated):
        graph.add(triple)
    for triple in list(void_triples(graph)):
        graph.add(triple)
    return graph, curated


def dataset_description(graph: Graph) -> Graph:
    """The VoID description alone (the dataset, its partitions and link sets, their targets), for ``void.ttl``."""
    description = bind_prefixes(Graph())
    description.bind("void", str(VOID))
    subjects = {s for s in graph.subjects() if str(s).startswith(str(DATASET))}
    subjects |= set(graph.objects(None, VOID.objectsTarget))
    for subject in subjects:
        for triple in graph.triples((subject, None, None)):
            description.add(triple)
    return description


def check_graph(graph: Graph, ntriples: str, ontology_dir: Path, queries_dir: Path) -> None:
    """Raise ValidationError unless the graph conforms to SHACL and every violation query is empty."""
    if blank := next((t for t in graph if any(isinstance(term, BNode) for term in t)), None):
        raise ValidationError(f"the graph has a blank node, which breaks determinism: {blank}")
    report = validate(graph, load_shapes(ontology_dir))
    if not report.conforms:
        raise ValidationError(f"SHACL validation failed:\n{report.text}")
    store = ox.Store()
    store.bulk_load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    failed = [(name, rows) for name, rows in run_violation_checks(store, queries_dir) if rows]
    if failed:
        lines = []
        for name, rows in failed:
            lines.append(f"  - {name}: {len(rows)} offending row(s)")
            lines += [f"      {row}" for row in rows[:SAMPLE_ROWS]]
        raise ValidationError("violation queries returned rows:\n" + "\n".join(lines))


def build(
    out_dir: Path | None = None,
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    queries_dir: Path | None = None,
) -> BuildResult:
    """Build, validate and write ``gcmkg.nt`` (sorted), ``gcmkg.ttl``, ``void.ttl`` (the VoID
    description) and ``ontology.html`` (the ontology's documentation) into ``out_dir``."""
    ontology_dir = ontology_dir or paths.ONTOLOGY_DIR
    out_dir = out_dir or paths.DEFAULT_OUT_DIR
    graph, curated = build_graph(data_dir, ontology_dir)
    ntriples = sorted_ntriples(graph)
    check_graph(graph, ntriples, ontology_dir, queries_dir or paths.QUERIES_DIR)
    files = {
        out_dir / f"{OUTPUT_NAME}.nt": ntriples,
        out_dir / f"{OUTPUT_NAME}.ttl": turtle(graph),
        out_dir / "void.ttl": turtle(dataset_description(graph)),
        out_dir / "ontology.html": ontology_html(Graph().parse(ontology_dir / "gcm.ttl", format="turtle")),
    }
    write_outputs(out_dir, files)
    return BuildResult(graph, curated, sorted(files))


def write_outputs(out_dir: Path, files: dict[Path, str]) -> None:
    """Replace the outputs as one change: a build killed at any moment leaves the previous set
    or the new one (finished by the next build), never a mix, and no temporary file behind."""
    commit_files(out_dir, {path.relative_to(out_dir).as_posix(): text.encode("utf-8") for path, text in files.items()})
