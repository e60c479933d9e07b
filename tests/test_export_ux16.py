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


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    from communique.store.synthetic import synthetic_documents

    path = tmp_path_factory.mktemp("export-ux16-syn") / "s.db"
    with Corpus(str(path)) as corpus:
        for coded in synthetic_documents(40, seed=3):
            corpus.add(coded)
    return path


@pytest.mark.parametrize("table", ["events", "documents", "stances"])
def test_parquet_is_written_in_bounded_row_groups_with_a_fixed_schema(
    synthetic_db, tmp_path, monkeypatch, table
):
    """Parquet export built the whole table in memory (one list of every row) and typed empty columns null."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import communique.export.formats as formats

    monkeypatch.setattr(formats, "PARQUET_ROW_GROUP", 16)
    out = tmp_path / f"{table}.parquet"
    with Corpus(str(synthetic_db), create=False) as corpus:
        n = export(corpus, "parquet", str(out), table=table)
        expected = list(csv_rows(to_string(corpus, "csv", table=table)))
    stored = pq.ParquetFile(out)
    assert n == stored.metadata.num_rows == len(expected) > 16
    assert stored.metadata.num_row_groups == -(-n // 16)
    assert max(stored.metadata.row_group(i).num_rows for i in range(stored.metadata.num_row_groups)) <= 16
    schema = stored.schema_arrow
    assert schema.names == formats._columns(table)
    # A column with no value in any row (no statement here has a URL) is text, not Arrow's null type.
    if table != "stances":
        assert schema.field("url").type == pa.string()
    assert [r["document_id"] for r in stored.read().to_pylist()] == [r["document_id"] for r in expected]


def test_empty_parquet_export_keeps_its_columns(synthetic_db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "none.parquet"
    with Corpus(str(synthetic_db), create=False) as corpus:
        assert export(corpus, "parquet", str(out), since="2099") == 0
    assert pq.read_table(out).num_rows == 0
    assert "event_uid" in pq.read_schema(out).names


def csv_rows(text: str):
    import csv

    return csv.DictReader(io.StringIO(text))
