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
from tests.conftest_store import db_url, pg_server, pg_url  # noqa: E402,F401
