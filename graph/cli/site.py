"""``gcmkg site``: a thin shell over :mod:`graph.site.static`."""

from __future__ import annotations

import time
from pathlib import Path

import click

from graph.cli.common import console, from_option, reports_errors
from graph.rdf.load import load_store
from graph.site.static import write_site


@click.command("site")
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the static site to (created if missing; unchanged files are left alone).",
)
@from_option("publish")
@reports_errors
def site(out_dir: Path, source: Path | None) -> None:
    """Write the profiles, network views, query catalogue and downloads as a static site."""
    store = load_store(source)
    started = time.perf_counter()
    report = write_site(store, out_dir)
    seconds = time.perf_counter() - started
    console.print(
        f"[green]site[/] {out_dir}: {len(report.written)} files written, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, in {seconds:.1f} s; "
        f"open {out_dir / 'index.html'}"
    )
