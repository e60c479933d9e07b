"""Export formats: JSONL round trip into a fresh database, PLOVER, Phoenix/ICEWS TSV, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.export.formats import (
    DOCUMENT_COLUMNS,
    EVENT_CSV_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    STANCE_COLUMNS,
    export,
    to_string,
)
from communique.model import CommuniqueError
from communique.store import Corpus
from communique.store.ingest import read_coded_jsonl
from communique.store.synthetic import synthetic_documents


@pytest.fixture
def filled(db_url):
    docs = list(synthetic_documents(60, seed=13))
    with Corpus(db_url) as corpus:
        corpus.add_many(docs)
        # An exact repost from another site and a near-duplicate repost, so grouping travels too.
        repost = synthetic_documents(1, seed=13).__next__()
        repost.document.source = "mirror.example"
        corpus.add(repost)
        near = next(synthetic_documents(2, seed=13, start_year=2015))
        near.document.text += "\nShare this statement on social media."
        from communique.ingest import document_id

        near.document.id = document_id(near.document.text)
        near.document.source = "aggregator.example"
        assert corpus.add(near) == "duplicate"
        yield corpus, docs


def _ids(corpus: Corpus) -> set[str]:
    return {r[0] for r in corpus.raw_sql("SELECT id FROM documents")}


def test_jsonl_round_trip_into_fresh_database(filled, tmp_path):
    corpus, docs = filled
    out = tmp_path / "corpus.jsonl"
    n = export(corpus, "jsonl", str(out))
    assert n == 61
    fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = CliRunner().invoke(app, ["import", str(out), "--db", fresh_url, "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 60 and json.loads(result.stdout)["duplicates"] == 1
    with Corpus(fresh_url) as fresh:
        assert fresh.count() == corpus.count()
        assert _ids(fresh) == _ids(corpus)
        for d in docs[:10]:
            assert fresh.document(d.document.id) == corpus.document(d.document.id) == d
        canonical = docs[0].document.id
        assert {s["source"] for s in fresh.sources(canonical)} == {
            s["source"] for s in corpus.sources(canonical)
        }
        assert len(fresh.sources(canonical)) == 3
        assert [i["id"] for i in fresh.search(limit=100).items] == [
            i["id"] for i in corpus.search(limit=100).items
        ]
    # Importing the same export again changes nothing.
    with Corpus(fresh_url) as fresh:
        summary = fresh.add_many(read_coded_jsonl([str(out)], []))
        assert summary.new == 0 and summary.skipped == 61


def test_plover_lines(filled):
    corpus, docs = filled
    lines = to_string(corpus, "plover").splitlines()
    assert len(lines) == sum(len(d.events) for d in docs)
    record = json.loads(lines[0])
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "text", "document_id"} <= set(
        record
    )


def test_phoenix_and_icews_tsv(filled):
    corpus, docs = filled
    events = [(d, e) for d in docs for e in d.events if not e.negated]
    phoenix = list(csv.reader(io.StringIO(to_string(corpus, "phoenix")), delimiter="\t"))
    assert len(phoenix) == len(events)  # one source and one target per synthetic event
    assert all(len(row) == len(PHOENIX_COLUMNS) == 26 for row in phoenix)
    col = {name: i for i, name in enumerate(PHOENIX_COLUMNS)}
    by_uid = {row[col["EventID"]]: row for row in phoenix}
    d, e = events[0]
    row = by_uid[f"{d.document.id}-{e.id}"]
    assert row[col["Date"]] == d.document.date.replace("-", "")
    assert row[col["SourceActorFull"]] == e.sources[0].code
    assert row[col["TargetActorEntity"]] == e.targets[0].country
    assert row[col["EventCode"]] == e.cameo and row[col["EventRootCode"]] == e.cameo_root
    assert row[col["QuadClass"]] in {"1", "2", "3", "4"}
    icews = list(csv.reader(io.StringIO(to_string(corpus, "icews")), delimiter="\t"))
    assert icews[0] == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    assert len(icews) - 1 == len(events)
    col = {name: i for i, name in enumerate(ICEWS_COLUMNS)}
    first = next(r for r in icews[1:] if r[0] == f"{d.document.id}-{e.id}")
    assert first[col["Event Date"]] == d.document.date
    assert first[col["Source Name"]] == e.sources[0].name and first[col["CAMEO Code"]] == e.cameo
    assert first[col["Sentence Number"]] == str(e.sentence_index + 1)
    # Negated events are not events in these formats unless asked for.
    negated = sum(1 for d in docs for e in d.events if e.negated)
    assert negated > 0
    with_negated = to_string(corpus, "phoenix", include_negated=True).splitlines()
    assert len(with_negated) == len(events) + negated
    # Phoenix-style de-duplication: one event per day per source/target/code.
    dedup = to_string(corpus, "phoenix", event_dedup="day").splitlines()
    keys = {(d.document.date, e.sources[0].code, e.targets[0].code, e.cameo) for d, e in events}
    assert len(dedup) == len(keys)


def test_csv_and_parquet_tables(filled, tmp_path):
    corpus, docs = filled
    rows = list(csv.DictReader(io.StringIO(to_string(corpus, "csv"))))
    assert list(rows[0]) == EVENT_CSV_COLUMNS
    assert len(rows) == sum(len(d.events) for d in docs)
    docs_csv = list(csv.DictReader(io.StringIO(to_string(corpus, "csv", table="documents"))))
    assert list(docs_csv[0]) == DOCUMENT_COLUMNS and len(docs_csv) == 61
    assert sum(1 for r in docs_csv if r["duplicate_of"]) == 1
    for table, columns, expected in [
        ("events", EVENT_CSV_COLUMNS, sum(len(d.events) for d in docs)),
        ("stances", STANCE_COLUMNS, sum(len(d.stances) for d in docs)),
        ("documents", DOCUMENT_COLUMNS, 61),
    ]:
        path = tmp_path / f"{table}.parquet"
        assert export(corpus, "parquet", str(path), table=table) == expected
        frame = pq.read_table(path)
        assert frame.column_names == columns and frame.num_rows == expected
    frame = pq.read_table(tmp_path / "events.parquet").to_pandas()
    assert set(frame["document_id"]) == {d.document.id for d in docs if d.events}
    filtered = to_string(corpus, "csv", actor="KAZ", since="2020")
    assert 0 < len(filtered.splitlines()) - 1 < len(rows)


def test_bad_export_requests(filled, tmp_path):
    corpus, _ = filled
    with pytest.raises(CommuniqueError):
        to_string(corpus, "xml")
    with pytest.raises(CommuniqueError):
        to_string(corpus, "csv", table="people")
    with pytest.raises(CommuniqueError):
        export(corpus, "parquet", io.StringIO())
    result = CliRunner().invoke(
        app, ["export", str(tmp_path / "nodir" / "x.csv"), "-f", "csv", "--db", corpus.url]
    )
    assert isinstance(result.exception, CommuniqueError) and "does not exist" in str(result.exception)
    result = CliRunner().invoke(app, ["export", "-", "-f", "parquet", "--db", corpus.url])
    assert result.exit_code == 2
