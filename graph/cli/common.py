"""What every ``gcmkg`` command shares: the consoles and the error-to-exit-code wrapper."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape

from graph.errors import GcmkgError

F = TypeVar("F", bound=Callable[..., Any])
console = Console()
errors = Console(stderr=True)


def reports_errors(command: F) -> F:
    """Turn the library's errors into a message on stderr and the error's exit code, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GcmkgError as error:
            errors.print(f"[bold red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True)
            sys.exit(error.exit_code)

    return wrapper  # type: ignore[return-value]


def from_option(verb: str) -> Callable[[F], F]:
    """The ``--from FILE`` option shared by every command that reads the graph."""
    return click.option(
        "--from",
        "source",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=f"A built gcmkg.nt to {verb} (default: build from data/ in memory).",
    )


def data_option(purpose: str) -> Callable[[F], F]:
    """The ``--data DIR`` option of the commands that read or write the curated data folder."""
    from graph import paths

    return click.option(
        "--data",
        "data_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=paths.DATA_DIR,
        show_default="data/ of $GCMKG_HOME, of the checkout or of the installed package",
        help=purpose,
    )
