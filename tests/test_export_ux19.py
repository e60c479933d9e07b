"""The TSV spreadsheet guard leaves numbers alone (UX19, from RV18-io 8). Real SQLite."""

from __future__ import annotations

import csv
import io

import pytest

from communique.export import formats
from communique.export.formats import PHOENIX_COLUMNS, export
from communique.store import Corpus
from tests.test_export_ux18 import HOSTILE, hostile_db  # noqa: F401

GOLDSTEIN = PHOENIX_COLUMNS.index("GoldsteinScore")


@pytest.mark.parametrize("score", [-5.0, "-5.0", "+2", "-1e3"])
def test_a_negative_score_stays_a_number_and_text_is_still_guarded(hostile_db, monkeypatch, score):  # noqa: F811
    """Every TSV cell is text when guarded: a Goldstein score of -5.0 came out as the text "'-5.0"."""
    made = formats.phoenix_rows

    def scored(coded, **kwargs):
        for row in made(coded, **kwargs):
            row = list(row)
            row[GOLDSTEIN] = score
            yield row

    monkeypatch.setattr(formats, "phoenix_rows", scored)
    buf = io.StringIO()
    with Corpus(str(hostile_db), create=False) as corpus:
        export(corpus, "phoenix", buf, spreadsheet_safe_tsv=True)
    rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert rows and {row[GOLDSTEIN] for row in rows} == {str(score)}
    assert {row[25] for row in rows} == {"'" + HOSTILE}
    # A formula that starts like a number is no number: still guarded.
    assert formats._tsv_safe("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"


def test_dyads_that_make_the_same_row_are_one_row(tmp_path):
    """Three issuers of one code and a target named twice: Phoenix wrote 6 identical rows for each event, and
    ICEWS 6 rows of 3 names; a reader counting rows counted each event six times."""
    from tests.test_store_ux19 import _joint_statement

    with Corpus(str(tmp_path / "c.db")) as corpus:
        corpus.add(_joint_statement())
        phoenix, icews = io.StringIO(), io.StringIO()
        assert export(corpus, "phoenix", phoenix) == 3
        assert export(corpus, "icews", icews) == 9
    rows = list(csv.reader(io.StringIO(phoenix.getvalue()), delimiter="\t"))
    assert [(r[0].rsplit("-", 1)[1], r[5], r[9], r[13]) for r in rows] == [
        ("0", "XYZOPP", "XYZGOV", "111"),
        ("0", "XYZOPP", "XYZGOV", "020"),
        ("0", "XYZOPP", "XYZGOV", "040"),
    ]
    named = list(csv.reader(io.StringIO(icews.getvalue()), delimiter="\t"))[1:]
    assert [r[2] for r in named[:3]] == ["Office", "Council", "Management"]
    # The rows kept keep their pair's uid suffix: the first row of each source.
    assert [r[0].rsplit("-", 1)[1] for r in named[:3]] == ["0", "2", "4"]
