"""``gcmkg site``: the profiles, the network views, the query catalogue, VoID and the graph as a
static folder that works from ``file://`` and on any static host.

Every link is relative (profile pages sit one folder down: ``organization/caref.html``), no page
loads anything from outside the folder, and the search box reads a prebuilt index from a local
script. Incremental: a file whose bytes have not changed is not rewritten (its mtime and inode
stay); a changed one is written to a temporary sibling and renamed into place.
"""

from __future__ import annotations

import filecmp
import os
import pickle
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pyoxigraph import Store

from graph.network.page import render_page
from graph.network.views import VIEWS, build_view
from graph.site.catalogue import catalogue
from graph.site.downloads import NAMES, dump, sort_lines, void, write_formats
from graph.site.kinds import LIMITS
from graph.site.local import select
from graph.site.manifest import NAME as MANIFEST
from graph.site.manifest import Manifest, code_hash, digest
from graph.site.pages import site_profiles
from graph.site.queries import INDEX, profile_kind
from graph.site.render import Linker, render, render_profile, script_safe
from graph.site.rows import ID_BASE, LabelBook, Ref, natural_key, text
from graph.site.search import search_entries

NAV = (("Home", "index.html"), ("Queries", "queries/index.html"), ("Network", "network/full.html"))
SECTIONS = (
    ("statement", "Statements"), ("objective", "GCM objectives"), ("principle", "Guiding principles"),
    ("organization", "Organizations and coalitions"), ("person", "People"), ("country", "Countries"),
)  # fmt: skip


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
        temporary = self.temporary(relative)
        try:
            temporary.write_bytes(body)
            self.place(temporary, relative)
        finally:
            temporary.unlink(missing_ok=True)

    def temporary(self, relative: str) -> Path:
        """A new empty temporary sibling of ``relative`` (hidden, removed if not placed)."""
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
        return Path(name)

    def place(self, temporary: Path, relative: str) -> None:
        """Move ``temporary`` into place unless the file there has the same bytes."""
        path = self.root / relative
        if path.is_file() and filecmp.cmp(temporary, path, shallow=False):
            temporary.unlink()
            self.report.unchanged.append(path)
            return
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        self.report.written.append(path)

    def keep(self, relative: str) -> None:
        """A file left as it is without being made again (its inputs have not changed)."""
        self.report.unchanged.append(self.root / relative)


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


def write_site(store: Store, out: Path, timings: dict[str, float] | None = None) -> Report:
    """Write the static site for the graph in ``store`` to ``out`` (``timings``: filled with the
    seconds each phase took, for the benchmark)."""
    clock = Clock(timings)
    writer, manifest = Writer(out), Manifest(out)
    sections = index_items(store)
    pages = frozenset(ref.path for refs in sections.values() for ref in refs)
    inputs = digest(code_hash(), repr(sorted(LIMITS.items())), *sorted(pages))
    scratch = writer.temporary("data/graph.nt")
    try:
        whole = digest(inputs, dump(store, scratch))
        write_profiles(store, writer, manifest, inputs, whole, pages)
        clock.lap("profiles")
        write_whole(store, writer, manifest, whole, scratch, sections, clock)
    finally:
        scratch.unlink(missing_ok=True)
    write_lists(writer, sections, pages)
    writer.write("search.js", (Path(__file__).parent / "templates" / "search.js").read_bytes())
    remove_stale(writer.report, out)
    Writer(out).write(MANIFEST, manifest.text(whole))  # bookkeeping: not counted as a file of the site
    return writer.report


def write_profiles(
    store: Store, writer: Writer, manifest: Manifest, inputs: str, whole: str, pages: frozenset[str]
) -> None:
    """Every profile page. Same graph and code as last time: the pages still as written are kept
    without building their profiles. Otherwise each profile is built, and rendered only when it
    (or a page it links to) changed."""
    same = manifest.same_graph(whole)
    todo = []
    for path in sorted(pages):
        if same and manifest.kept(f"{path}.html"):
            writer.keep(f"{path}.html")
        else:
            todo.append(path)
    deep = linker(1, pages)
    for path, found, triples in site_profiles(store, todo):
        relative, key = f"{path}.html", digest(inputs, pickle.dumps(found, protocol=5), *map(str, triples))
        if manifest.fresh(relative, key):
            writer.keep(relative)
            continue
        writer.write(relative, render_profile(found, deep, triples, None))
        manifest.record(relative, key)


class Clock:
    """Seconds per phase, added to ``timings`` when one is given."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[phase] = self.timings.get(phase, 0.0) + now - self.last
        self.last = now


def write_whole(
    store: Store,
    writer: Writer,
    manifest: Manifest,
    key: str,
    dumped: Path,
    sections: dict[str, list[Ref]],
    clock: Clock,
) -> None:
    """The files made from the whole graph (downloads, catalogue, network views, home page, search
    index), each skipped when the graph and the code are as they were."""
    pages = frozenset(ref.path for refs in sections.values() for ref in refs)
    data = [f"data/{name}" for name in NAMES]
    if all([manifest.fresh(name, key) for name in data]):  # every file is looked at (and kept)
        for name in data:
            writer.keep(name)
    else:
        write_downloads(store, writer, dumped)
        for name in data:
            manifest.record(name, key)
    clock.lap("downloads")
    labels = LabelBook()
    for refs in sections.values():
        for ref in refs:
            labels.add(ref.iri, ref.label)
    makers: dict[str, Callable[[], str | bytes]] = {
        "queries/index.html": lambda: render("queries.html.jinja", linker(1, pages), tables=catalogue(store, labels)),
        **{f"network/{view}.html": partial(lambda v: render_page(build_view(store, v)), view) for view in VIEWS},
        "index.html": lambda: home(writer.root, sections, pages),
        "search-index.js": lambda: f"window.GCMKG_SEARCH = {script_safe(search_entries(store, sections))};\n",
    }
    for name, make in makers.items():
        if manifest.fresh(name, key):
            writer.keep(name)
        else:
            writer.write(name, make())
            manifest.record(name, key)
        clock.lap(name.split("/")[0].removesuffix(".html").removesuffix(".js"))


def write_downloads(store: Store, writer: Writer, dumped: Path) -> None:
    """``data/``: the graph as sorted N-Triples, Turtle and JSON-LD, and VoID."""
    made = {name: writer.temporary(f"data/{name}") for name in NAMES}
    try:
        sort_lines(dumped, made["gcmkg.nt"])
        write_formats(made["gcmkg.nt"], made)
        made["void.ttl"].write_bytes(void(store))
        for name, path in made.items():
            writer.place(path, f"data/{name}")
    finally:
        for path in made.values():
            path.unlink(missing_ok=True)


def home(root: Path, sections: dict[str, list[Ref]], pages: frozenset[str]) -> str:
    """The home page: the search box, every section (the first items of long ones, with links to
    their numbered list pages), the downloads with their sizes."""
    sizes = {name: (root / "data" / name).stat().st_size for name in NAMES}
    titles = dict(SECTIONS)
    ordered = [
        (titles[name], sections.get(name, []), list_pages(name, sections.get(name, []))) for name, _t in SECTIONS
    ]
    return render("index.html.jinja", linker(0, pages), sections=ordered, sizes=sizes, views=VIEWS)


def list_pages(section: str, refs: list[Ref]) -> list[tuple[str, int, int]]:
    """(href, first, last) of the numbered pages listing a section too long for the home page."""
    if len(refs) <= LIMITS["home"]:
        return []
    size = LIMITS["list"]
    return [(f"lists/{section}-{n + 1}.html", start + 1, min(start + size, len(refs)))
            for n, start in enumerate(range(0, len(refs), size))]  # fmt: skip


def write_lists(writer: Writer, sections: dict[str, list[Ref]], pages: frozenset[str]) -> None:
    """Every section too long for the home page, in natural order, on numbered pages."""
    titles = dict(SECTIONS)
    for section, refs in sections.items():
        found = list_pages(section, refs)
        for number, (href, first, last) in enumerate(found, start=1):
            context = {"title": titles[section], "section": section, "number": number, "count": len(found),
                       "first": first, "last": last, "total": len(refs), "refs": refs[first - 1 : last]}  # fmt: skip
            writer.write(href, render("list.html.jinja", linker(1, pages), **context))


def remove_stale(report: Report, out: Path) -> None:
    """Delete the profile pages of resources the graph no longer has (only ``*.html`` in the
    profile folders this writer owns), so a published site does not keep dead pages."""
    kept = set(report.written) | set(report.unchanged)
    for name in [section for section, _title in SECTIONS] + ["lists"]:
        for page in sorted((out / name).glob("*.html")):
            if page not in kept:
                page.unlink()
                report.removed.append(page)
