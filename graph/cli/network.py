"""``gcmkg network`` and the network tables of ``gcmkg stats --network``: thin shells over
``graph.network.views`` (the views and their statistics) and ``graph.network.page`` (the HTML page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import click
from pyoxigraph import Store
from rich.console import Console
from rich.table import Table
from rich.text import Text

from graph.cli.common import from_option, reports_errors
from graph.escape import shorten
from graph.network.corpus import NETWORK_VIEWS, NetworkView, build_network
from graph.network.export import EXPORT_FORMATS, ExportFormat, export_graph
from graph.network.matrix import matrix_data, write_matrix_page
from graph.network.page import PHYSICS_THRESHOLD, write_page
from graph.network.stats import network_stats
from graph.rdf.load import load_store


@click.command("network")
@click.option(
    "--view",
    type=click.Choice([*NETWORK_VIEWS, "matrix"]),
    default="full",
    show_default=True,
    help="full: agents-statements-positions-objectives; support: agents-objectives; "
    "coalitions: coalitions-members-countries; cosignature: agents linked by the statements they "
    "signed together; matrix: a page of agents x objectives and principles, with the statements' timeline.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write [default: network.html, or network.FORMAT with --export].",
)
@click.option(
    "--export",
    "export_fmt",
    type=click.Choice(EXPORT_FORMATS),
    help="Write the view as GraphML, GEXF or node-link JSON instead of the page.",
)
@click.option(
    "--physics/--no-physics",
    default=None,
    help=f"Let vis-network's physics settle the layout [default: on up to {PHYSICS_THRESHOLD} nodes].",
)
@from_option("draw")
@reports_errors
def network(
    view: str, output: Path | None, export_fmt: ExportFormat | None, physics: bool | None, source: Path | None
) -> None:
    """Write an interactive page (one offline HTML file) or a graph file of who supports what."""
    if view == "matrix":
        _matrix(load_store(source), output, export_fmt)
        return
    graph = build_network(load_store(source), cast(NetworkView, view))
    try:
        if export_fmt:
            path = export_graph(graph, output or Path(f"network.{export_fmt}"), export_fmt)
        else:
            path = write_page(graph, output or Path("network.html"), physics=physics)
    except OSError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"wrote {path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} links ({view} view)")


def _matrix(store: Store, output: Path | None, export_fmt: ExportFormat | None) -> None:
    """Write the agent x objective matrix page."""
    if export_fmt:
        raise click.UsageError("the matrix view is a page only; --export takes a network view")
    matrix = matrix_data(store)
    try:
        path = write_matrix_page(matrix, output or Path("matrix.html"))
    except OSError as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"wrote {path}: {len(matrix['agents'])} agents x {len(matrix['concepts'])} objectives and principles, "
        f"{len(matrix['positions'])} positions in {len(matrix['statements'])} statement(s) (matrix view)"
    )


def add_network_stats(console: Console, store: Store) -> None:
    """Print centrality, communities, support per objective and coalition shares as tables."""
    for table in network_stats_tables(network_stats(store)):
        console.print(table)


def network_stats_tables(stats: dict[str, Any]) -> list[Table]:
    """Rich tables for the dict ``network_stats`` returns; names go in as Text, never as markup."""
    return [
        _summary_table(stats),
        _ranking_table("Degree centrality (full view)", stats["degree"]),
        _ranking_table("Betweenness centrality (full view)", stats["betweenness"]),
        _communities_table(stats),
        _objectives_table("Most supported objectives", stats["most_supported"]),
        _objectives_table("Least supported objectives", stats["least_supported"]),
        _coalitions_table(stats["coalitions"]),
    ]


def _table(title: str, *columns: str) -> Table:
    """A left-titled table; columns named ``#...`` or numeric ones are right-aligned."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        numeric = column in {"#", "nodes", "score", "size", "agents", "supporters", "demands", "members", "of", "share"}
        table.add_column(column, justify="right" if numeric else "left")
    return table


def _summary_table(stats: dict[str, Any]) -> Table:
    table = _table("Network (full view)", "kind", "nodes")
    for kind, count in stats["kinds"].items():
        table.add_row(kind, str(count))
    table.add_section()
    table.add_row("all nodes", str(stats["nodes"]))
    table.add_row("links", str(stats["edges"]))
    return table


def _ranking_table(title: str, rows: list[dict[str, Any]]) -> Table:
    table = _table(title, "#", "name", "kind", "score")
    for rank, row in enumerate(rows, 1):
        name = str(row["label"])
        if row["quote"]:
            name += ": " + shorten(str(row["quote"]), 40)
        table.add_row(str(rank), Text(name), row["kind"], f"{row['score']:.3f}")
    return table


def _communities_table(stats: dict[str, Any]) -> Table:
    title = f"Communities of the support view (Louvain, seed 42; modularity {stats['modularity']:.3f})"
    if stats["modularity"] < 0.1:
        title += ": no real community structure, they share what they support"
    table = _table(title, "#", "size", "agents", "objectives and principles", "agents with most support")
    for number, row in enumerate(stats["communities"], 1):
        concepts = Text("\n".join(row["concepts"]) or "-")
        leaders = Text("\n".join(row["leading_agents"]) or "-")
        table.add_row(str(number), str(row["size"]), str(row["agents"]), concepts, leaders)
    return table


def _objectives_table(title: str, rows: list[dict[str, Any]]) -> Table:
    table = _table(title, "objective", "supporters", "demands")
    for row in rows:
        table.add_row(Text(str(row["label"])), str(row["supporters"]), str(row["demands"]))
    return table


def _coalitions_table(rows: list[dict[str, Any]]) -> Table:
    table = _table(
        "Coalitions' share of all signatories (direct or through a coalition)", "coalition", "members", "of", "share"
    )
    for row in rows:
        name = f"{row['label']} ({row['acronym']})" if row["acronym"] else str(row["label"])
        table.add_row(Text(name), str(row["members"]), str(row["signers"]), f"{row['share']:.0%}")
    return table
