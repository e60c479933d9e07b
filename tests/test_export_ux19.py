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
