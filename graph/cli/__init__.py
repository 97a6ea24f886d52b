"""The ``gcmkg`` command line: a thin layer over the library, with readable errors.

Commands live in their own modules and are imported only when they run (:class:`LazyGroup`):
``gcmkg --help`` reads each command's summary from its module's source without importing the
module, so it starts in the time it takes to import click.
May import: everything in :mod:`graph`; nothing imports it.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from functools import cache

import click

from graph import __version__

COMMANDS = {
    "build": "graph.cli.data:build_command",
    "export": "graph.cli.data:export_command",
    "stats": "graph.cli.data:stats_command",
    "query": "graph.cli.query:query_command",
    "queries": "graph.cli.query:queries_command",
    "push": "graph.cli.query:push_command",
    "network": "graph.cli.network:network",
    "serve": "graph.cli.serve:serve",
    "site": "graph.cli.site:site",
    "ingest": "graph.cli.ingest:ingest_command",
    "accept": "graph.cli.ingest:accept_command",
    "suggest": "graph.cli.suggest:suggest_command",
    "link": "graph.cli.link:link",
}
"""Each command's name and where it lives, ``module:attribute``, in the order ``--help`` lists them."""


@cache
def summary(target: str) -> str:
    """The first line of the docstring of the function behind ``target``, read from the source."""
    module, _, attribute = target.partition(":")
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return ""
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == attribute:
            return (ast.get_docstring(node) or "").split("\n", 1)[0]
    return ""


class LazyGroup(click.Group):
    """A group whose commands are imported on first use, and listed without importing them."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, summary(target)) for name, target in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="gcmkg")
def cli() -> None:
    """gcmkg: who demands what in migration governance, as a knowledge graph.

    Organizations, coalitions, defenders and countries that sign civil-society statements, their
    demands, and the objectives of the UN Global Compact for Migration they address.
    """
