"""Command-line interface: ``communique code|actors|stances|ingest|search|stats|export|serve|evaluate``.

Each command lives in its own module and registers itself on ``app``; user errors print one line on stderr
and exit 1 (2 for usage errors), never a traceback.
"""

from __future__ import annotations

import sys
import warnings
from typing import Annotated, Any

import typer

from communique.model import CommuniqueError, InputWarning

app = typer.Typer(
    name="communique",
    help="Turn political statements into structured, searchable, auditable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from communique import __version__

        typer.echo(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn political statements into structured, searchable, auditable data."""


# Command modules register themselves on import; keep this list in pipeline order.
from communique.cli import actors as _actors  # noqa: E402,F401
from communique.cli import code as _code  # noqa: E402,F401
from communique.cli import evaluate as _evaluate  # noqa: E402,F401
from communique.cli import serve as _serve  # noqa: E402,F401
from communique.cli import spark as _spark  # noqa: E402,F401
from communique.cli import stances as _stances  # noqa: E402,F401
from communique.cli import store as _store  # noqa: E402,F401


def fail(message: str, code: int = 1) -> None:
    """Print one error line on stderr and exit with ``code``."""
    typer.echo(f"communique: error: {message}", err=True)
    raise typer.Exit(code)


def _show_warning(message: Any, category: type[Warning], *args: Any, **kwargs: Any) -> None:
    """An ``InputWarning`` as one line on stderr, like errors; other warnings as Python prints them."""
    if issubclass(category, InputWarning):
        typer.echo(f"communique: warning: {message}", err=True)
    else:
        _python_show_warning(message, category, *args, **kwargs)


_python_show_warning = warnings.showwarning


def main() -> None:
    """Entry point of the ``communique`` console script."""
    warnings.showwarning = _show_warning
    try:
        app()
    except CommuniqueError as exc:
        typer.echo(f"communique: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("communique: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
