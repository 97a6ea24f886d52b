"""The ``gcmkg query``, ``gcmkg queries`` and ``gcmkg push`` commands: thin shells over
:mod:`graph.sparql.library`, :mod:`graph.sparql.remote` and :mod:`graph.sparql.push`.

Errors the user can fix (unknown query, bad parameter, invalid SPARQL) exit with code 2, failures
of the endpoint or the network with code 1; neither prints a traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import cast

import click
from rich.console import Console
from rich.table import Table

from graph.cli.common import errors, from_option, reports_errors
from graph.rdf.load import default_ntriples, load_store
from graph.sparql.confined import run_offline
from graph.sparql.federation import check_services, load_further_graphs
from graph.sparql.library import (
    Query,
    Results,
    bind_parameters,
    load_library,
    parse_assignments,
    resolve_query,
    run_query,
)
from graph.sparql.output import FORMATS, output_format, render_results
from graph.sparql.push import Method, push_graph
from graph.sparql.remote import run_remote


@click.command("query")
@click.argument("name_or_file", metavar="NAME|FILE.rq")
@click.option(
    "-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a parameter of the query (repeatable)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: from -o's suffix, else a table; Turtle for RDF).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of stdout."
)
@click.option("--endpoint", metavar="URL", help="Run on a remote SPARQL 1.1 endpoint instead.")
@click.option(
    "--timeout", type=click.IntRange(min=1), default=30, show_default=True, help="Seconds to wait for --endpoint."
)
@from_option("query")
@click.option(
    "--with",
    "further",
    multiple=True,
    metavar="FILE|URL",
    help="Load more RDF into its own named graph (its file: URI or URL) to join with GRAPH (repeatable).",
)
@click.option(
    "--service",
    "services",
    multiple=True,
    metavar="URL",
    help="Allow the query's SERVICE calls to this endpoint (repeatable); none are made otherwise.",
)
@reports_errors
def query_command(
    name_or_file: str,
    params: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    endpoint: str | None,
    timeout: int,
    source: Path | None,
    further: tuple[str, ...],
    services: tuple[str, ...],
) -> None:
    """Run a query of the library (by NAME) or any .rq FILE.

    \b
    Examples:
      gcmkg query supporters_of_objective --param objective=13
      gcmkg query gaps --format csv -o gaps.csv
      gcmkg query search_demands -p words="missing migrants" --endpoint http://localhost:7878/query
      gcmkg query my_join.rq --with other-statement.ttl --with sdg-targets.ttl
    """
    if endpoint and (source or further):
        raise click.UsageError("--endpoint runs on the server's data: it excludes --from and --with")
    query = resolve_query(name_or_file)
    values = parse_assignments(params)
    if not endpoint:
        check_services(query, services)
    results = execute(query, values, endpoint, timeout, source, further, offline=not services)
    chosen = output_format(fmt, output, results)
    width = None if output else shutil.get_terminal_size((120, 24)).columns
    data = render_results(results, chosen, query.prefixes, width)
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(data, nl=False)


def execute(
    query: Query,
    values: dict[str, str],
    endpoint: str | None,
    timeout: int,
    source: Path | None,
    further: tuple[str, ...] = (),
    offline: bool = False,
) -> Results:
    """Results from the remote endpoint when one is given, else from the embedded store (with no
    network access at all when ``offline``: no ``--service`` endpoint was allowed)."""
    if endpoint:
        return run_remote(endpoint, query, values, timeout)
    bind_parameters(query, values)  # report parameter mistakes before building the graph
    store = load_store(source)
    for name in load_further_graphs(store, further, timeout):
        errors.print(f"loaded <{name}> as a named graph", highlight=False, soft_wrap=True)
    return run_offline(store, query, values) if offline else run_query(store, query, values)


@click.command("queries")
@click.argument("name", required=False)
@reports_errors
def queries_command(name: str | None) -> None:
    """List the query library, or show one query's description, parameters and text."""
    console = Console(width=shutil.get_terminal_size((120, 24)).columns, highlight=False)
    if name:
        print_query(console, resolve_query(name))
        return
    console.print(library_table(load_library()))


def library_table(library: dict[str, Query]) -> Table:
    """One row per query: name, title and parameters (``name: type = default``)."""
    table = Table(title="gcmkg query library", title_justify="left")
    table.add_column("name", no_wrap=True, min_width=max(map(len, library), default=4))
    table.add_column("title")
    table.add_column("parameters", overflow="fold")
    for name, query in library.items():
        parameters = "\n".join(p.signature() for p in query.parameters)
        table.add_row(name, query.title, parameters)
    table.caption = f"{len(library)} queries; run one with: gcmkg query NAME [--param name=value]"
    return table


def print_query(console: Console, query: Query) -> None:
    console.print(f"{query.name}: {query.title}", markup=False)
    console.print(query.description, markup=False)
    if query.parameters:
        console.print(query.parameters_help(), markup=False)
    for example in query.examples:
        console.print(f"example: {example}", markup=False)
    console.print("")
    console.print(query.text, markup=False)


@click.command("push")
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store.",
)
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace (default: the default graph).")
@click.option(
    "--update-endpoint", metavar="URL", help="SPARQL Update URL for the fallback (default: guessed from --endpoint)."
)
@click.option(
    "--method",
    type=click.Choice(["auto", "gsp", "update"]),
    default="auto",
    show_default=True,
    help="auto = Graph Store PUT, falling back to SPARQL Update.",
)
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=5000, show_default=True, help="Triples per INSERT DATA request."
)
@click.option(
    "--timeout", type=click.IntRange(min=1), default=60, show_default=True, help="Seconds to wait per request."
)
@from_option("push")
@reports_errors
def push_command(
    endpoint: str,
    graph_iri: str | None,
    update_endpoint: str | None,
    method: str,
    batch_size: int,
    timeout: int,
    source: Path | None,
) -> None:
    """Load the graph into a running SPARQL 1.1 store; pushing twice leaves the same triples."""
    data = source.read_bytes() if source else default_ntriples()
    report = push_graph(endpoint, data, graph_iri, update_endpoint, cast(Method, method), batch_size, timeout)
    target = f"<{report.graph}>" if report.graph else "the default graph"
    click.echo(
        f"pushed {report.triples} triples to {target} at {endpoint} "
        f"({report.method}, {report.requests} request{'s' if report.requests != 1 else ''})"
    )
