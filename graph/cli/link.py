"""``gcmkg link``: propose Wikidata links for review, and apply the reviewed ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from graph import paths
from graph.cli.common import console, errors, reports_errors
from graph.curation.curated import load_curated
from graph.linking.reconcile import DiskCache, apply_review, fetch_json, propose_links, review_csv
from graph.rdf.serialize import write_atomically


@click.group("link")
def link() -> None:
    """Link organizations to other datasets (Wikidata), always through a curator's review."""


@link.command("organizations")
@click.option("--endpoint", required=True, help="A SPARQL endpoint with Wikidata's shape (e.g. Wikidata's own).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("links-review.csv"),
    show_default=True,
    help="The review file to write.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep endpoint answers here; a rerun reads them instead of the network.",
)
@click.option(
    "--batch", "batch_size", type=click.IntRange(1, 200), default=20, show_default=True, help="Organizations per query."
)
@click.option("--timeout", type=click.IntRange(1, 600), default=30, show_default=True, help="Seconds per request.")
@reports_errors
def link_organizations(endpoint: str, output: Path, cache_dir: Path | None, batch_size: int, timeout: int) -> None:
    """Propose Wikidata candidates for organizations without a link, scored, for review."""
    curated = load_curated(paths.DATA_DIR)
    cache = DiskCache(cache_dir) if cache_dir else None
    candidates = propose_links(
        curated, endpoint, cache, batch_size,
        fetch=lambda url, query: fetch_json(url, query, timeout=timeout),
        progress=lambda done, total: errors.print(f"batch {done}/{total}", highlight=False),
    )  # fmt: skip
    write_atomically({output: review_csv(candidates, curated, endpoint, date.today())})
    matched = len({c.organization for c in candidates})
    console.print(f"{len(candidates)} candidate(s) for {matched} organization(s) written to {output}")
    console.print("Mark rows 'accept' or 'reject' in the decision column, then run: gcmkg link accept " + str(output))


@link.command("accept")
@click.argument("review", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@reports_errors
def link_accept(review: Path) -> None:
    """Copy the rows marked 'accept' in REVIEW into data/links/organizations.csv."""
    curated = load_curated(paths.DATA_DIR)
    count = apply_review(review, paths.DATA_DIR, set(curated.organizations))
    console.print(f"{count} link(s) written to {paths.DATA_DIR / 'links' / 'organizations.csv'}; run gcmkg build")
