"""``gcmkg build``, ``gcmkg export`` and ``gcmkg stats``: thin shells over :mod:`graph.rdf`."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table as RichTable

from graph import paths
from graph.cli.common import console, errors, from_option, reports_errors
from graph.rdf.build import build
from graph.rdf.load import load_graph, load_store
from graph.rdf.serialize import FORMATS, serialize, write_atomically
from graph.rdf.stats import stats_tables


@click.command("build")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=paths.DEFAULT_OUT_DIR,
    show_default=True,
    help="Folder for gcmkg.nt and gcmkg.ttl.",
)
@reports_errors
def build_command(out_dir: Path) -> None:
    """Check the curated data, validate with SHACL and write the graph."""
    with console.status("building the knowledge graph"):
        result = build(out_dir)
    console.print(f"[green]built[/] {result.triple_count} triples, SHACL conforms, no violations")
    for output in result.outputs:
        console.print(f"  wrote {output}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="ttl", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@from_option("export")
@reports_errors
def export_command(fmt: str, output: Path | None, source: Path | None) -> None:
    """Write the graph as Turtle, sorted N-Triples, JSON-LD or TriG."""
    text = serialize(load_graph(source), fmt, paths.ONTOLOGY_DIR)
    if output:
        write_atomically({output: text})
        errors.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@click.command("stats")
@from_option("count")
@click.option("--network", "with_network", is_flag=True, help="Also centrality, communities and coalition shares.")
@reports_errors
def stats_command(source: Path | None, with_network: bool) -> None:
    """Counts per class, per country and per GCM objective."""
    store = load_store(source)
    for table in stats_tables(store):
        rich_table = RichTable(title=table.title, title_justify="left")
        for column in table.columns:
            rich_table.add_column(column)
        for row in table.rows:
            rich_table.add_row(*row)
        console.print(rich_table)
    if with_network:
        from graph.cli.network import add_network_stats

        add_network_stats(console, store)
