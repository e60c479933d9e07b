"""Second user's pass on the CLI (UX16): serve, export, evaluate, on real files and a real SQLite corpus."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

import communique.store
from communique.cli import app

runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_opens_the_database_once_and_serves_with_it(tmp_path, monkeypatch):
    """serve opened a Corpus to check the database, closed it, and the app opened a second one (RV-io 3)."""
    import uvicorn

    opened: list[object] = []
    real = communique.store.Corpus

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened.append(self)

    served: list[object] = []
    monkeypatch.setattr(communique.store, "Corpus", Counting)
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: served.append(app_.state.services.corpus))
    monkeypatch.delenv("COMMUNIQUE_DB", raising=False)
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(_free_port())])
    assert result.exit_code == 0, result.output
    assert len(opened) == 1
    assert served == opened
