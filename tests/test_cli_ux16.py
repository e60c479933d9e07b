"""Second user's pass on the CLI (UX16): serve, export, evaluate, on real files and a real SQLite corpus."""

from __future__ import annotations

from typer.testing import CliRunner

import communique.store
from communique.cli import app
from tests.live_server import free_port

runner = CliRunner()


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
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(free_port())])
    assert result.exit_code == 0, result.output
    assert len(opened) == 1
    assert served == opened


def test_evaluate_a_yaml_gold_file_without_its_format_says_which_format(tmp_path):
    """'evaluate gold.yaml' answered 'not a JSON file: Expecting value' (the default is the GSR JSON)."""
    gold = tmp_path / "gold.yaml"
    gold.write_text("statements:\n  - id: s-1\n    sentences: []\n", encoding="utf-8")
    # main() prints a CommuniqueError as one line and exits 1; the runner hands back the error itself.
    result = runner.invoke(app, ["evaluate", str(gold)])
    message = str(result.exception)
    assert "not a JSON file" in message and "--format statements" in message, message
    xml = tmp_path / "gold.xml"
    xml.write_text("<Sentences></Sentences>", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(xml)])
    assert "--format petrarch" in str(result.exception)
