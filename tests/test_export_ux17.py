"""Export details (UX17): Parquet row groups, and the field conventions of the event formats. Real SQLite."""

from __future__ import annotations

import pytest

from communique.export.formats import export
from communique.store import Corpus


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    from communique.store.synthetic import synthetic_documents

    path = tmp_path_factory.mktemp("export-ux17-syn") / "s.db"
    with Corpus(str(path)) as corpus:
        corpus.add_many(synthetic_documents(30, seed=4))
    return path


@pytest.mark.parametrize("table", ["events", "documents", "stances"])
def test_an_empty_parquet_export_has_its_schema_and_no_row_group(synthetic_db, tmp_path, table):
    """An empty export wrote one empty row group; the writer records the schema without one (RV16-io 8)."""
    import pyarrow.parquet as pq

    out = tmp_path / "none.parquet"
    with Corpus(str(synthetic_db), create=False) as corpus:
        assert export(corpus, "parquet", str(out), table=table, since="2099") == 0
    meta = pq.ParquetFile(out).metadata
    assert (meta.num_rows, meta.num_row_groups) == (0, 0)
    assert pq.read_table(out).num_rows == 0 and len(pq.read_schema(out).names) > 3
