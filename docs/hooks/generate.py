"""MkDocs hook: the parts of the documentation that are generated from the code, so they cannot drift.

- ``<!-- gcmkg:cli-reference -->``: ``--help`` of every ``gcmkg`` command, read from the click commands.
- ``<!-- gcmkg:query-catalogue -->``: every query of ``queries/``, read from its header.
- ``<!-- gcmkg:import-drawing -->``: the subpackages of ``graph`` and who imports whom, as an inline
  SVG drawn from the modules' imports (no JavaScript, no external renderer).
"""

from __future__ import annotations

import ast
import html
from pathlib import Path
from typing import Any

import click

ROOT = Path(__file__).resolve().parents[2]


def cli_reference() -> str:
    from graph.cli import COMMANDS, cli

    parts: list[str] = []
    root = click.Context(cli, info_name="gcmkg")
    parts.append(f"## `gcmkg`\n\n```text\n{cli.get_help(root)}\n```\n")
    for name in COMMANDS:
        command = cli.get_command(root, name)
        assert command is not None
        parts.extend(_command_help(command, click.Context(command, info_name=f"gcmkg {name}", parent=None)))
    return "\n".join(parts)


def _command_help(command: click.Command, context: click.Context) -> list[str]:
    parts = [f"## `{context.info_name}`\n\n```text\n{command.get_help(context)}\n```\n"]
    if isinstance(command, click.Group):
        for sub in command.list_commands(context):
            child = command.get_command(context, sub)
            assert child is not None
            parts.extend(_command_help(child, click.Context(child, info_name=f"{context.info_name} {sub}")))
    return parts


def query_catalogue() -> str:
    from graph.sparql.library import load_library

    library = load_library(ROOT / "queries")
    questions = [query for query in library.values() if not query.is_violation]
    checks = [query for query in library.values() if query.is_violation]
    rows = ["| query | title | parameters (`name: type = default`) |", "|---|---|---|"]
    for query in sorted(questions, key=lambda q: q.name):
        signature = "<br>".join(f"`{_cell(p.signature())}`" for p in query.parameters) or "none"
        rows.append(f"| [`{query.name}`](#{query.name.replace('_', '-')}) | {_cell(query.title)} | {signature} |")
    rows += ["", "Checks run by `gcmkg build` (each must return no rows):", "", "| query | rule |", "|---|---|"]
    rows += [f"| `{q.name}` | {_cell(q.title)} |" for q in sorted(checks, key=lambda q: q.name)]
    for query in sorted(questions, key=lambda q: q.name):
        rows += ["", f"## {query.name}", "", f"**{_cell(query.title)}**", "", html.escape(query.description), ""]
        rows += [f"- `{_cell(p.signature())}`: {html.escape(p.description)}" for p in query.parameters]
        rows += ["", *[f"```bash\n{example}\n```" for example in query.examples]]
        rows += ["", f"```sparql\n{query.text.strip()}\n```"]
    return "\n".join(rows)


def _cell(text: str) -> str:
    return html.escape(text).replace("|", "\\|")


def subpackage_imports() -> dict[str, set[str]]:
    """Which subpackage (or foundation module) of ``graph`` imports which."""
    package = ROOT / "graph"
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        owner = parts[0] if len(parts) > 1 else "foundation"
        owner = "cli" if parts == ("__main__.py",) else owner
        found.setdefault(owner, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("graph") and not node.level:
                names = node.module.split(".")
                target = names[1] if len(names) > 1 and (package / names[1]).is_dir() else "foundation"
                if target != owner:
                    found[owner].add(target)
    return found


def import_drawing() -> str:
    """An SVG: each subpackage at the height of its layer (longest import chain below it)."""
    imports = subpackage_imports()
    level: dict[str, int] = {}

    def depth(name: str) -> int:
        if name not in level:
            level[name] = 1 + max((depth(target) for target in imports.get(name, ())), default=-1)
        return level[name]

    rows: dict[int, list[str]] = {}
    for name in sorted(imports):
        rows.setdefault(depth(name), []).append(name)
    width, step = 760, 90
    height = step * len(rows) + 20
    where: dict[str, tuple[float, float]] = {}
    for row, names in rows.items():
        for index, name in enumerate(names):
            where[name] = (width * (index + 1) / (len(names) + 1), height - 40 - row * step)
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        'aria-label="Imports between the subpackages of graph">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#888"/></marker></defs>',
    ]
    for source, targets in sorted(imports.items()):
        for target in sorted(targets):
            (x1, y1), (x2, y2) = where[source], where[target]
            lines.append(
                f'<line x1="{x1:.0f}" y1="{y1 + 14:.0f}" x2="{x2:.0f}" y2="{y2 - 16:.0f}" stroke="#888" '
                'marker-end="url(#arrow)"/>'
            )
    for name, (x, y) in sorted(where.items()):
        lines.append(
            f'<rect x="{x - 55:.0f}" y="{y - 15:.0f}" width="110" height="30" rx="6" fill="#e8eaf6" stroke="#3f51b5"/>'
            f'<text x="{x:.0f}" y="{y + 5:.0f}" text-anchor="middle" font-family="sans-serif" font-size="14">'
            f"{html.escape(name)}</text>"
        )
    lines.append("</svg>")
    return "\n".join(lines) + "\n\nArrows point from the importing subpackage to the imported one."


GENERATORS = {
    "<!-- gcmkg:cli-reference -->": cli_reference,
    "<!-- gcmkg:query-catalogue -->": query_catalogue,
    "<!-- gcmkg:import-drawing -->": import_drawing,
}


def on_page_markdown(markdown: str, **_: Any) -> str:
    for marker, generate in GENERATORS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, generate())
    return markdown
