"""``gcmkg ingest`` and ``gcmkg accept``: thin shells over ``graph.ingest``.

Errors the user can act on (a non-UTF-8 file, an unreviewed draft, a duplicate id) are printed as
one message on stderr with exit code 1, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from graph.cli.common import console, data_option, reports_errors
from graph.ingest import Options, accept_draft, ingest


@click.command("ingest")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", help="The statement's title as written in the text (default: its first line).")
@click.option("--date", help="The statement's date, YYYY-MM or YYYY-MM-DD (default: the first date in the text).")
@click.option("--event", help="The event's name as written in the text (default: a review or forum it names).")
@click.option("--id", "statement_id", help="The statement's id (default: from the title and year).")
@click.option("--language", type=click.Choice(["en", "es", "pt", "fr"]), help="The text's language (default: guessed).")
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Draft folder to write [default: drafts/<statement id>].",
)
@click.option("--force", is_flag=True, help="Replace an existing draft folder.")
@data_option("The curated data to match against.")
@reports_errors
def ingest_command(
    file: Path,
    title: str | None,
    date: str | None,
    event: str | None,
    statement_id: str | None,
    language: str | None,
    out: Path | None,
    force: bool,
    data_dir: Path,
) -> None:
    """Read a statement (.txt, .md, .html, .pdf or .docx) and write a draft curated record for review.

    Finds the signatories (organizations, coalitions and their members, persons, countries), matches
    them against the curated organizations, splits the body into typed positions and suggests the
    GCM objectives each addresses. Nothing is written to data/: review the draft's review.md, then
    run `gcmkg accept DRAFT_DIR`.
    """
    options = Options(title=title, date=date, event=event, statement_id=statement_id, language=language)
    result = ingest(file, options, data_dir, out, force)
    draft = result.draft
    checks = sum(1 for item in draft.review if item.blocking)
    new_agents = len(draft.rows["organizations.csv"]) + len(draft.rows["persons.csv"])
    folder = escape(str(result.folder))
    console.print(f"[green]draft written[/] to {folder}", soft_wrap=True)
    console.print(
        f"  {len(draft.signatories)} signatory names ({new_agents} new agents, {len(draft.spellings)} new spellings), "
        f"{len(draft.positions)} positions, {checks} decision(s) to check",
        soft_wrap=True,
    )
    console.print(f"  review {folder}/review.md, then run: gcmkg accept {folder}", soft_wrap=True)


@click.command("accept")
@click.argument("draft_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@data_option("The curated data folder to write into.")
@reports_errors
def accept_command(draft_dir: Path, data_dir: Path) -> None:
    """Turn a reviewed draft into curated data (all of it, or nothing)."""
    accepted = accept_draft(draft_dir, data_dir)
    console.print(f"[green]accepted[/] statement {accepted.statement_id} into {escape(str(data_dir))}:", soft_wrap=True)
    for name in accepted.written:
        console.print(f"  wrote {escape(name)}", soft_wrap=True)
    console.print("now run: gcmkg build")
