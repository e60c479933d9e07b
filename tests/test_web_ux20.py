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
    # UX22: break-word still split a word longer than the phone column ("Representativ|e"); the rule now
    # breaks nowhere inside a word (tests/test_web_ux22.py measures the wrapping in chromium).
    assert "overflow-wrap: anywhere" not in rule and "break-word" not in rule, rule
    assert ".matrix th.actor-h .muted { overflow-wrap: normal;" in css.replace(
        ".matrix th, .matrix th a, .matrix th.actor-h .muted {", ".matrix th.actor-h .muted {"
    )


def test_an_issue_csv_streams_in_keyset_pages_with_each_stances_own_evidence(db_url, monkeypatch):
    """/issues/X?format=csv held the whole table in memory, read in OFFSET pages (UX20: 7 MB, 76 MB peak)."""
    import csv
    import io
    import re

    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from communique.api import create_app
    from communique.store import views as store_views
    from communique.store.synthetic import synthetic_documents
    from communique.store.views import stance_table

    corpus = Corpus(db_url)
    corpus.add_many(synthetic_documents(40, seed=23))
    counts: dict[str, int] = {}
    for s in corpus.stance_rows():
        counts[s["issue_id"] or s["issue"]] = counts.get(s["issue_id"] or s["issue"], 0) + 1
    issue = max(sorted(counts), key=lambda k: counts[k])
    table, total = stance_table(corpus, issue, limit=10_000)
    assert total == counts[issue] > 7
    corpus.close()
    monkeypatch.setattr(store_views, "TABLE_PAGE", 3)
    app = create_app(db_url, token="s3cret")
    with TestClient(app) as client:
        engine = app.state.services.corpus.engine
        seen: list[str] = []

        def note(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
            seen.append(re.sub(r"\s+", " ", statement))

        event.listen(engine, "before_cursor_execute", note)
        response = client.get(f"/issues/{issue}", params={"format": "csv"})
        event.remove(engine, "before_cursor_execute", note)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["document_id"] for r in rows] == [t["document_id"] for t in table]
    assert [r["evidence"] for r in rows] == [" | ".join(e["text"] for e in t["evidence"]) for t in table]
    pages = [s for s in seen if "FROM stances JOIN documents" in s]
    assert len(pages) == -(-total // 3) + (total % 3 == 0)  # keyset pages of 3, the last one short or empty
    # Each page after the first starts after the last row given (a keyset), not after skipping rows.
    assert all("(stances.sort_date, stances.pk) >" in s for s in pages[1:]), pages[1:2]
