"""Export as a library caller and a user with a big corpus meet it (UX16). Real SQLite."""

from __future__ import annotations

import io

import pytest

from communique.export.formats import export, to_string
from communique.ingest.text import document_from_text
from communique.model import CommuniqueError
from communique.store import Corpus

TEXT = "The two foreign ministers welcomed the new agreement on river water sharing on Monday."


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    path = tmp_path_factory.mktemp("export-ux16") / "c.db"
    with Corpus(str(path)) as corpus:
        corpus.add(coder.code_document(document_from_text(TEXT, source="t.txt", date="2023-04-05")))
    return path


@pytest.mark.parametrize("fmt", ["plover", "phoenix", "icews", "jsonl"])
def test_a_table_the_format_cannot_write_is_refused_by_the_library(db, fmt):
    """export(format="plover", table="stances") silently wrote events; only the CLI refused it (RV-io 7)."""
    with Corpus(str(db), create=False) as corpus:
        with pytest.raises(CommuniqueError, match="stances table"):
            export(corpus, fmt, io.StringIO(), table="stances")
        with pytest.raises(CommuniqueError, match="documents table"):
            to_string(corpus, fmt, table="documents")
        assert to_string(corpus, fmt, table="events")
        assert to_string(corpus, "csv", table="stances").startswith("document_id")
