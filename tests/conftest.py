"""Shared fixtures: the bundled seed example, the shared benchmark folder, a loaded coder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "belarus-opposition-kazakhstan-2022.txt"
SHARED = ROOT.parent / "shared"
BENCHMARKS = SHARED / "benchmarks"


def statement(text: str, *issuers: str, **fields):
    """A Document issued by the named issuers (as a user would give them), for tests of statements."""
    from communique.model import Actor, Document

    fields.setdefault("id", "t")
    return Document(text=text, issuers=[Actor(name=n, text=n, via="issuer") for n in issuers], **fields)


def coded_events(coder, text: str):
    """The events of one plain text coded as a document (no issuers, a fixed date)."""
    from communique.model import Document

    document = Document(id="t", text=text, source="t", date="2015-06-01", language="en")
    return coder.code_document(document).events


def issued_events(coder, text: str, *issuers: str, date: str = "2021-03-01"):
    """The events coded in a statement by the named issuers."""
    return coder.code_document(statement(text, *issuers, date=date)).events


def sorted_codes(actors) -> list[str]:
    """The actors' codes, sorted ("" for an uncoded actor)."""
    return sorted(a.code or "" for a in actors)


def by_root(events, root: str):
    """The events of one CAMEO root."""
    return [e for e in events if e.cameo_root == root]


@pytest.fixture(scope="session")
def coder():
    """A process-wide coder with the default model and bundled dictionaries."""
    from communique.pipeline import default_coder

    return default_coder().load()


@pytest.fixture(scope="session")
def seed_coded(coder):
    """The seed example, coded once per test session."""
    from communique.ingest import load_source

    (document,) = list(load_source(str(SEED)))
    return coder.code_document(document)


# Database fixtures of the store tests (SQLite and a throwaway PostgreSQL server, one per session).
# Spark fixtures of the Spark output tests (a local session per module, a one-line corpus).
from tests.conftest_spark import corpus, spark  # noqa: E402,F401
from tests.conftest_store import db_url, pg_server, pg_url  # noqa: E402,F401


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The compiled build's tests run last: by then a build CI makes beside the suite is ready."""
    items.sort(key=lambda item: item.path.name == "test_compiled.py")  # a stable sort: the order is kept


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the compiled build's rerun of the coding tests in the background if the session has its test."""
    from tests import compiled_rerun

    if session.config.option.collectonly:
        return
    names = {(item.path.name, item.name) for item in session.items}
    if ("test_compiled.py", compiled_rerun.RERUN_TEST) in names:
        compiled_rerun.start_background()


def pytest_sessionfinish() -> None:
    """Stop a background rerun the session did not wait for (interrupted, or stopped at a failure)."""
    from tests import compiled_rerun

    compiled_rerun.stop_background()
