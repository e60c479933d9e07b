"""The reaction matrix counts statements and names a code once (UX19 leftovers, UX20).

Three offices of one opposition sharing a code issued one statement: the matrix row read "Coordination
Council support x3" (three stance rows, one statement), and the row's name was whichever office's name came
first in a group. The names of actors on a phone broke mid-word ("Coordinatio/n Council").
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from communique.model import Issue, Stance
from communique.store import Corpus
from communique.store.views import stance_matrix
from tests.test_store_ux19 import _joint_statement


def _with_stances():
    coded = _joint_statement()
    issue = Issue(id=None, label="the new border rules")
    # Each office holds the stance; the Office also issued a second statement, so its name is the one the
    # code's stances use most ("Council", the alphabetical minimum of the group, was the row's name).
    stances = [Stance(actor=a, issue=issue, stance="oppose", confidence=0.9) for a in coded.document.issuers]
    other = dataclasses.replace(coded.document, id="joint-ux20-b", text=coded.document.text + " Again.")
    return [
        dataclasses.replace(coded, stances=stances),
        dataclasses.replace(coded, document=other, stances=stances[:1]),
    ]


def test_a_code_is_one_row_named_once_counting_statements(db_url):
    corpus = Corpus(db_url, dedup=False)  # the second statement repeats the first's text
    try:
        corpus.add_many(_with_stances())
        assert {s["actor"] for s in corpus.stance_rows()} == {"Office", "Council", "Management"}
        matrix = stance_matrix(corpus)
        (row,) = [a for a in matrix["actors"] if a[0] == "XYZOPP"]
        assert row[1] == "Office"
        cells = [c for c in matrix["cells"] if c[0] == "XYZOPP"]
        assert cells == [("XYZOPP", "the new border rules", "oppose", 2)]  # two statements, not four rows
    finally:
        corpus.close()


def test_actor_names_in_the_matrix_wrap_between_words():
    css = (Path(__file__).resolve().parent.parent / "communique/web/static/app.css").read_text(
        encoding="utf-8"
    )
    rule = css[css.index(".matrix th.actor-h .muted") :].split("}", 1)[0]
    assert "overflow-wrap: anywhere" not in rule and "overflow-wrap: break-word" in rule, rule
