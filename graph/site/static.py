"""``gcmkg site``: the profiles, the network views, the query catalogue, VoID and the graph as a
static folder that works from ``file://`` and on any static host.

Every link is relative (profile pages sit one folder down: ``organization/caref.html``), no page
loads anything from outside the folder, and the search box reads a prebuilt index from a local
script. Incremental: a file whose bytes have not changed is not rewritten (its mtime and inode
stay); a changed one is written to a temporary sibling and renamed into place.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import QueryTriples, RdfFormat, Store, Triple, serialize

from graph.namespaces import PREFIXES
from graph.network.page import render_page
from graph.network.views import VIEWS, build_view
from graph.site.catalogue import catalogue
from graph.site.local import descriptions, profiles, select
from graph.site.queries import INDEX, VOID, profile_kind
from graph.site.render import Linker, render, render_profile, script_safe
from graph.site.rows import ID_BASE, LabelBook, Ref, natural_key, text
from graph.site.search import search_entries

NAV = (("Home", "index.html"), ("Queries", "queries/index.html"), ("Network", "network/full.html"))
SECTIONS = (
    ("statement", "Statements"), ("objective", "GCM objectives"), ("principle", "Guiding principles"),
    ("organization", "Organizations and coalitions"), ("person", "People"), ("country", "Countries"),
)  # fmt: skip
DOWNLOADS = (("gcmkg.nt", RdfFormat.N_TRIPLES), ("gcmkg.ttl", RdfFormat.TURTLE), ("gcmkg.jsonld", RdfFormat.JSON_LD))


@dataclass
class Report:
    """What one run wrote: files rewritten, files left as they were."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter({"written": len(self.written), "unchanged": len(self.unchanged), "removed": len(self.removed)})


class Writer:
    """Writes files under ``root`` only when their bytes change (temporary file, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root, self.report = root, Report()

    def write(self, relative: str, data: str | bytes) -> None:
        body = data.encode("utf-8") if isinstance(data, str) else data
        path = self.root / relative
        if path.is_file() and path.read_bytes() == body:
            self.report.unchanged.append(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(body)
            os.chmod(name, 0o644)
            os.replace(name, path)
        finally:
            Path(name).unlink(missing_ok=True)
        self.report.written.append(path)


def linker(depth: int, pages: frozenset[str]) -> Linker:
    """Links from a page ``depth`` folders below the site's root."""
    up = "../" * depth
    return Linker(root=up, suffix=".html", pages=pages, home=f"{up}index.html",
                  nav=tuple((label, up + href) for label, href in NAV))  # fmt: skip


def index_items(store: Store) -> dict[str, list[Ref]]:
    """Every resource with a profile, by section, in natural order (objective 2 before 14)."""
    book, notation, dates = LabelBook(), {}, {}
    rows = select(store, INDEX)
    book.add_rows(rows, "item", "label")
    for row in rows:
        notation[text(row, "item")] = text(row, "notation")
        dates[text(row, "item")] = text(row, "date")
    sections: dict[str, set[str]] = {}
    for iri in notation:
        path = iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else ""
        if profile_kind(path):
            sections.setdefault(path.split("/")[0], set()).add(iri)

    def order(ref: Ref) -> tuple[object, ...]:
        return natural_key(notation[ref.iri]) if notation[ref.iri] else natural_key(ref.label)

    return {name: sorted((book.ref(iri) for iri in iris), key=order) for name, iris in sections.items()}


def graph_files(store: Store) -> dict[str, bytes]:
    """The whole graph as N-Triples (sorted lines), Turtle and JSON-LD, and VoID as Turtle."""
    triples = sorted((quad.triple for quad in store), key=str)
    files = {name: serialize(triples, format=fmt, prefixes=dict(PREFIXES)) or b"" for name, fmt in DOWNLOADS}
    files["gcmkg.nt"] = b"".join(sorted(files["gcmkg.nt"].splitlines(keepends=True)))
    void = store.query(VOID)
    assert isinstance(void, QueryTriples)
    described: list[Triple] = sorted(void, key=str)
    files["void.ttl"] = serialize(described, format=RdfFormat.TURTLE, prefixes={**PREFIXES, "void": VOID_NS}) or b""
    return files


VOID_NS = "http://rdfs.org/ns/void#"


def write_site(store: Store, out: Path) -> Report:
    """Write the static site for the graph in ``store`` to ``out``."""
    writer = Writer(out)
    sections = index_items(store)
    pages = frozenset(ref.path for refs in sections.values() for ref in refs)
    deep = linker(1, pages)
    own = descriptions(store, pages)
    for path, found in sorted(profiles(store, pages).items()):
        writer.write(f"{path}.html", render_profile(found, deep, own.get(path, []), None))
    labels = LabelBook()
    for refs in sections.values():
        for ref in refs:
            labels.add(ref.iri, ref.label)
    tables = catalogue(store, labels)
    writer.write("queries/index.html", render("queries.html.jinja", deep, tables=tables))
    for view in VIEWS:
        writer.write(f"network/{view}.html", render_page(build_view(store, view)))
    files = graph_files(store)
    for name, body in files.items():
        writer.write(f"data/{name}", body)
    sizes = {name: len(body) for name, body in files.items()}
    titles = dict(SECTIONS)
    ordered = [(titles[name], sections.get(name, [])) for name, _title in SECTIONS]
    writer.write("index.html", render("index.html.jinja", linker(0, pages), sections=ordered, sizes=sizes,
                                      views=VIEWS))  # fmt: skip
    entries = search_entries(store, sections)
    writer.write("search-index.js", f"window.GCMKG_SEARCH = {script_safe(entries)};\n")
    writer.write("search.js", (Path(__file__).parent / "templates" / "search.js").read_bytes())
    remove_stale(writer.report, out)
    return writer.report


def remove_stale(report: Report, out: Path) -> None:
    """Delete the profile pages of resources the graph no longer has (only ``*.html`` in the
    profile folders this writer owns), so a published site does not keep dead pages."""
    kept = set(report.written) | set(report.unchanged)
    for name, _title in SECTIONS:
        for page in sorted((out / name).glob("*.html")):
            if page not in kept:
                page.unlink()
                report.removed.append(page)
