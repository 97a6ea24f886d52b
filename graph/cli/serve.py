"""``gcmkg serve``: a thin shell over ``graph.server`` (settings in, uvicorn out)."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.common import console, from_option, reports_errors
from graph.server import PreparedStore, ServerSettings, create_app
from graph.server.settings import MIB

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=5.0,
    show_default=True,
    help="Seconds a query may run; then it is stopped and answered with 504.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Rows (or triples) per answer; longer answers are cut and say so in X-Gcmkg-Truncated.",
)
@click.option(
    "--write-token",
    envvar="GCMKG_WRITE_TOKEN",
    metavar="TOKEN",
    help="Accept SPARQL Update with 'Authorization: Bearer TOKEN' (also $GCMKG_WRITE_TOKEN). Default: read-only.",
)
@click.option(
    "--cors",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let pages from ORIGIN query the server (repeatable; '*' for any). Default: same origin only.",
)
@click.option("--allow-service", is_flag=True, help="Let queries use SERVICE (the server then calls other endpoints).")
@click.option(
    "--cache-mb",
    type=click.IntRange(min=0),
    default=64,
    show_default=True,
    help="Memory for answers to repeated queries (0: no cache).",
)
@click.option(
    "--engine-memory-mb",
    type=click.IntRange(min=0),
    default=2048,
    show_default=True,
    help="Address space each engine process may use (0: no cap); a query needing more fails alone.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="Requests run on the engines at once.",
)
@click.option(
    "--queue",
    type=click.IntRange(min=0),
    default=256,
    show_default=True,
    help="Requests that may wait for the engines; beyond that 503 with Retry-After.",
)
@click.option(
    "--max-depth",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Nesting of brackets a query may have.",
)
@click.option(
    "--allow-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests whose Host header is NAME (repeatable; '*' for any). Default: loopback and --host.",
)
@from_option("serve")
@reports_errors
def serve(
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    write_token: str | None,
    cors_origins: tuple[str, ...],
    allow_service: bool,
    cache_mb: int,
    engine_memory_mb: int,
    concurrency: int,
    queue: int,
    max_depth: int,
    allowed_hosts: tuple[str, ...],
    source: Path | None,
) -> None:
    """Serve the graph: SPARQL endpoint (/sparql), query editor (/), resource pages (/id/...)."""
    settings = ServerSettings(
        host=host, port=port, timeout=timeout, max_rows=max_rows, write_token=write_token or None,
        cors_origins=cors_origins, allow_service=allow_service, source=source, cache_bytes=cache_mb * MIB,
        engine_memory=engine_memory_mb * MIB, concurrency=concurrency, queue=queue, max_depth=max_depth,
        allowed_hosts=allowed_hosts,
    )  # fmt: skip
    run(settings)


def run(settings: ServerSettings) -> None:
    """Load the graph into a fresh Oxigraph store, serve it until interrupted, then remove it."""
    import uvicorn

    with console.status("loading the graph into Oxigraph"):
        store = PreparedStore.create(settings)
    mode = "read-write with the token" if settings.writable else "read-only"
    console.print(
        f"gcmkg: serving {mode} on http://{settings.host}:{settings.port}/ "
        f"(SPARQL at /sparql; {settings.timeout:g} s and {settings.max_rows:,} rows per query)",
        highlight=False,
        soft_wrap=True,
    )
    if settings.host not in LOOPBACK:
        console.print(f"[yellow]warning:[/] listening on {settings.host}: anyone who can reach it can query the graph")
        if not settings.allowed_hosts:
            console.print("requests must name this server in their Host header: add --allow-host NAME for its DNS name")
    try:
        uvicorn.run(
            create_app(settings, store), host=settings.host, port=settings.port, log_level="warning",
            access_log=False, server_header=False, limit_concurrency=1024, timeout_graceful_shutdown=5,
        )  # fmt: skip
    finally:
        store.remove()


if __name__ == "__main__":
    serve()
