"""The ``gcmkg`` command line: a thin layer over the library, with readable errors."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table as RichTable

from graph import __version__, paths
from graph.build import build
from graph.cli_common import console, errors, from_option, reports_errors
from graph.load import load_graph, load_store
from graph.serialize import FORMATS, serialize, write_atomically
from graph.stats import stats_tables


@click.group()
@click.version_option(__version__, prog_name="gcmkg")
def cli() -> None:
    """gcmkg: who demands what in migration governance, as a knowledge graph.

    Organizations, coalitions, defenders and countries that sign civil-society statements, their
    demands, and the objectives of the UN Global Compact for Migration they address.
    """


@cli.command("build")
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
    console.print(f"[green]built[/] {len(result.graph)} triples, SHACL conforms, no violations")
    for output in result.outputs:
        console.print(f"  wrote {output}")


@cli.command("export")
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


@cli.command("stats")
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
        from graph.cli_network import add_network_stats

        add_network_stats(console, store)


def register_commands() -> None:
    """Attach the commands that live in their own modules (imported here to avoid import cycles)."""
    from graph.cli_ingest import accept_command, ingest_command
    from graph.cli_link import link
    from graph.cli_network import network
    from graph.cli_query import push_command, queries_command, query_command
    from graph.cli_serve import serve

    cli.add_command(ingest_command)
    cli.add_command(accept_command)
    cli.add_command(link)
    cli.add_command(network)
    cli.add_command(query_command)
    cli.add_command(queries_command)
    cli.add_command(push_command)
    cli.add_command(serve)


register_commands()
