"""``communique serve``: run the JSON API and the web UI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli import app

if TYPE_CHECKING:
    from communique.store import Corpus


@app.command("serve")
def serve_command(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: $COMMUNIQUE_DB or sqlite:///./communique.db)."),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless behind a proxy.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URL ingestion fetch private/loopback addresses.")
    ] = False,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1, max=64)] = 1,
    root_path: Annotated[
        str,
        typer.Option(
            "--root-path",
            help="URL prefix the app is reached under behind a proxy (e.g. /communique): every link, form "
            "and asset URL of the web UI carries it.",
        ),
    ] = "",
) -> None:
    """Serve the JSON API under /api/v1/ and the web UI; writes need $COMMUNIQUE_TOKEN."""
    import os

    import uvicorn

    from communique.api import create_app

    if root_path and (not root_path.startswith("/") or "//" in root_path or "?" in root_path):
        raise typer.BadParameter(
            f"{root_path!r} is not a URL path like /communique", param_hint="--root-path"
        )
    root_path = root_path.rstrip("/")
    corpus = _check_can_serve(db, host, port)
    if allow_private:
        os.environ["COMMUNIQUE_ALLOW_PRIVATE"] = "1"
    if db:
        os.environ["COMMUNIQUE_DB"] = db
    # The address to type into a browser: a wildcard bind is reachable on loopback; IPv6 needs brackets.
    shown = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, f"[{host}]" if ":" in host else host)
    typer.echo(
        f"communique: serving on http://{shown}:{port}{root_path}/  "
        f"(API: http://{shown}:{port}{root_path}/api/v1/docs)",
        err=True,
    )
    if not os.environ.get("COMMUNIQUE_TOKEN"):
        typer.echo("communique: COMMUNIQUE_TOKEN is not set: the API is read-only", err=True)
    if workers > 1:
        # Forked workers each open their own connections; the checked corpus is not shared with them.
        corpus.close()
        uvicorn.run(
            "communique.api.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            root_path=root_path,
            log_level="warning",
        )
    else:
        # One process: it serves with the corpus the check opened rather than opening the database again.
        try:
            app_ = create_app(db, allow_private=allow_private, corpus=corpus)
            uvicorn.run(app_, host=host, port=port, root_path=root_path, log_level="warning")
        finally:
            corpus.close()


def _check_can_serve(db: str | None, host: str, port: int) -> Corpus:
    """Open the corpus and probe the port; fail in one line when the database or the port is unusable.

    Otherwise the server starts anyway and every request fails (a bad database), or uvicorn exits 3 with
    its own message (a taken port). The opened corpus is returned for the server to use.
    """
    from communique.store import Corpus

    corpus = Corpus(db)
    try:
        _probe_port(host, port)
    except BaseException:
        corpus.close()
        raise
    return corpus


def _probe_port(host: str, port: int) -> None:
    import errno
    import socket

    from communique.model import CommuniqueError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # The same option uvicorn sets, so a port left in TIME_WAIT by a stopped server is not "in use".
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CommuniqueError(f"port {port} on {host} is in use; choose another with --port") from exc
            raise CommuniqueError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
