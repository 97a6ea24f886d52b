"""``gcmkg build``: curated data + ontology -> a validated, deterministic knowledge graph.

Steps, each of which can fail the build with a report a curator can act on:
read and cross-check ``data/`` (file, row, field) -> generate triples -> materialize
``gcm:supports`` -> SHACL-validate the asserted part -> run the ``*_violation.rq`` queries on the
whole graph -> write the outputs atomically. Triples are serialized, sorted and loaded with
pyoxigraph; no rdflib ``Graph`` is made unless a caller asks for ``BuildResult.graph``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph import paths
from graph.curation.curated import load_curated
from graph.curation.journal import commit_files
from graph.curation.model import Curated
from graph.errors import ValidationError
from graph.namespaces import bind_prefixes
from graph.rdf.derive import activity_triples, support_lines
from graph.rdf.links import link_triples
from graph.rdf.ontodoc import ontology_html
from graph.rdf.serialize import LineWriter, ntriples_text, oxigraph_lines, turtle_of_lines, turtle_of_ntriples
from graph.rdf.states import state_triples
from graph.rdf.triples import curated_triples
from graph.rdf.validate import load_shapes, validate
from graph.rdf.void import summarize, void_triples
from graph.sparql.library import run_violation_checks

OUTPUT_NAME = "gcmkg"
SAMPLE_ROWS = 3


@dataclass
class Assembled:
    """The whole graph as sorted N-Triples lines, loaded in a pyoxigraph store; the VoID part; and
    the asserted part (ontology, curated data, links: everything but derived supports and VoID)."""

    lines: list[str]
    void_lines: list[str]
    asserted_lines: list[str]
    store: ox.Store
    curated: Curated
    ntriples: str


@dataclass
class BuildResult:
    ntriples: str
    curated: Curated
    outputs: list[Path] = field(default_factory=list)

    @property
    def triple_count(self) -> int:
        return self.ntriples.count("\n")

    @cached_property
    def graph(self) -> Graph:
        """The built graph as an rdflib ``Graph`` (parsed on first use; the build itself does not need it)."""
        return bind_prefixes(Graph()).parse(data=self.ntriples, format="nt")


def ontology_triples(ontology_dir: Path) -> list[ox.Triple]:
    triples = list(ox.parse(path=str(ontology_dir / "gcm.ttl"), format=ox.RdfFormat.TURTLE))
    if blank := next(
        (t for t in triples if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)), None
    ):
        raise ValidationError(f"the ontology has a blank node, which breaks determinism: {blank}")
    return triples


def assemble(data_dir: Path | None = None, ontology_dir: Path | None = None) -> Assembled:
    """Ontology + curated data + derived supports + the VoID description, not yet validated."""
    ontology_dir = ontology_dir or paths.ONTOLOGY_DIR
    curated = load_curated(data_dir or paths.DATA_DIR)
    writer = LineWriter()
    asserted = writer.lines(
        chain(curated_triples(curated), link_triples(curated.links), state_triples(curated.links, curated.countries))
    )
    asserted |= oxigraph_lines(ontology_triples(ontology_dir))
    core = asserted | writer.lines(activity_triples())
    core.update(support_lines(curated))
    void_lines = sorted(writer.lines(void_triples(summarize(core))))
    core.update(void_lines)
    lines = sorted(core)
    del core  # one copy of the lines at a time: on a corpus they are millions
    text = ntriples_text(lines)
    return Assembled(lines, void_lines, sorted(asserted), load_text(text), curated, text)


def load_text(text: str) -> ox.Store:
    store = ox.Store()
    store.load(text, format=ox.RdfFormat.N_TRIPLES)
    return store


def load_lines(lines: list[str]) -> ox.Store:
    return load_text(ntriples_text(lines))


def build_graph(data_dir: Path | None = None, ontology_dir: Path | None = None) -> tuple[Graph, Curated]:
    """The full graph as an rdflib ``Graph``, not yet validated (for callers that need rdflib)."""
    assembled = assemble(data_dir, ontology_dir)
    return bind_prefixes(Graph()).parse(data=assembled.ntriples, format="nt"), assembled.curated


def check_graph(assembled: Assembled, ontology_dir: Path, queries_dir: Path) -> None:
    """Raise ValidationError unless the asserted part conforms to SHACL and every violation query is
    empty on the whole graph.

    SHACL sees the curated part only: the derived supports, most of a large corpus, are checked by
    the violation queries (support_record, support_not_derived, support_content), which read the
    same rule and stances from the ontology in the graph, in a fraction of the time.
    """
    report = validate(load_lines(assembled.asserted_lines), load_shapes(ontology_dir))
    if not report.conforms:
        raise ValidationError(f"SHACL validation failed:\n{report.text}")
    failed = [(name, rows) for name, rows in run_violation_checks(assembled.store, queries_dir) if rows]
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
    assembled = assemble(data_dir, ontology_dir)
    check_graph(assembled, ontology_dir, queries_dir or paths.QUERIES_DIR)
    ntriples = assembled.ntriples
    files = {
        out_dir / f"{OUTPUT_NAME}.nt": ntriples,
        out_dir / f"{OUTPUT_NAME}.ttl": turtle_of_ntriples(ntriples),
        out_dir / "void.ttl": turtle_of_lines(assembled.void_lines),
        out_dir / "ontology.html": ontology_html(Graph().parse(ontology_dir / "gcm.ttl", format="turtle")),
    }
    write_outputs(out_dir, files)
    return BuildResult(ntriples, assembled.curated, sorted(files))


def write_outputs(out_dir: Path, files: dict[Path, str]) -> None:
    """Replace the outputs as one change: a build killed at any moment leaves the previous set
    or the new one (finished by the next build), never a mix, and no temporary file behind."""
    commit_files(out_dir, {path.relative_to(out_dir).as_posix(): text.encode("utf-8") for path, text in files.items()})
