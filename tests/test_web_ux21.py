"""The web's reaction tables page by keyset, and a demanding user's pass over the pages (UX21).

``/issues/{issue}`` and ``/reactions/evidence`` read page N with OFFSET: the last page of a 10,600-row issue
table took 136 ms on a 100,000-statement store (and grows with depth), where a keyset page is one index range
(35 ms, whatever the depth). Their "Later" / "Earlier" links now carry ``after=`` / ``before=`` cursors; a
typed ``?page=N`` still works. The pager also sat inside ``<title>``, which is plain text: the browser tab
read ``Reactions: X<nav class="pager"><a class="button" href=...``.

Synthetic stored statements on SQLite files and a real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import re

import pytest
from sqlalchemy import event

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents
from communique.store.views import stance_table, stance_table_page
from communique.web import views as web_views
from communique.web.views import Pages

ROOT = "/communique"


@pytest.fixture()
def stored(db_url, monkeypatch):
    corpus = Corpus(db_url)
    corpus.add_many(synthetic_documents(60, seed=21))
    counts: dict[str, int] = {}
    for s in corpus.stance_rows():
        counts[s["issue_id"]] = counts.get(s["issue_id"], 0) + 1
    issue = max(sorted(counts), key=lambda k: counts[k])
    table, total = stance_table(corpus, issue, limit=10_000)
    corpus.close()
    assert total > 9
    monkeypatch.setattr(web_views, "PAGE_ROWS", 4)
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    return db_url, issue, table


def _client(url: str, **kwargs):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    return TestClient(create_app(url, token=""), **kwargs)


def _rows(page: str) -> list[str]:
    """The statements' document ids of a reaction table page, in order."""
    body = page[page.index('id="reaction-table"') :]
    return re.findall(r'href="[^"]*/documents/([^"#]+)[#"]', body)


def _link(page: str, rel: str) -> str | None:
    found = re.search(rf'<a class="button" href="([^"]+)" rel="{rel}">', page)
    return html.unescape(found.group(1)) if found else None


def test_the_reaction_table_pages_forwards_and_back_by_cursor(stored):
    url, issue, table = stored
    expected = [r["document_id"] for r in table]
    pages = -(-len(expected) // 4)
    with _client(url) as client:
        engine = client.app.state.services.corpus.engine
        seen: list[str] = []

        def note(_conn, _cursor, statement, params, _context, _many):  # type: ignore[no-untyped-def]
            statement = re.sub(r"\s+", " ", statement)
            # SQLite's dialect writes "LIMIT ? OFFSET ?" for every limit: an offset of 0 skips nothing.
            if statement.endswith("OFFSET ?") and list(params)[-1] == 0:
                statement = statement.removesuffix(" OFFSET ?")
            seen.append(statement)

        event.listen(engine, "before_cursor_execute", note)
        shown: list[list[str]] = []
        path: str | None = f"/issues/{issue}"
        while path:
            seen.clear()
            page = client.get(path)
            assert page.status_code == 200, page.text
            shown.append(_rows(page.text))
            n = len(shown)
            assert f"page {n} of {pages}" in page.text, (n, path)
            reads = [s for s in seen if "FROM stances JOIN documents" in s]
            assert len(reads) == 1 and "OFFSET" not in reads[0].upper(), reads
            if n > 1:
                assert "after=" in path and "(stances.sort_date, stances.pk) >" in reads[0], reads
            path = _link(page.text, "next")
        assert [d for rows in shown for d in rows] == expected
        assert all(len(rows) == 4 for rows in shown[:-1])
        # Back from the last page by "Earlier" links: each page is the one shown going forwards.
        back = [shown[-1]]
        path = _link(page.text, "prev")
        while path:
            seen.clear()
            page = client.get(path)
            assert "before=" in path and f"page {pages - len(back)} of {pages}" in page.text
            reads = [s for s in seen if "FROM stances JOIN documents" in s]
            assert "OFFSET" not in reads[0].upper()
            back.append(_rows(page.text))
            path = _link(page.text, "prev")
        assert back == shown[::-1]
        event.remove(engine, "before_cursor_execute", note)
        # A typed page number still works (read by OFFSET), and its links go on by cursor.
        third = client.get(f"/issues/{issue}", params={"page": 3})
        assert _rows(third.text) == shown[2] and "page 3 of" in third.text
        assert "after=" in (_link(third.text, "next") or "after=") and "before=" in (
            _link(third.text, "prev") or ""
        )


def test_the_evidence_of_one_cell_pages_the_same_way(stored, monkeypatch):
    url, issue, table = stored
    monkeypatch.setattr(web_views, "PAGE_ROWS", 2)
    codes: dict[str, int] = {}
    for r in table:
        codes[r["actor_code"]] = codes.get(r["actor_code"], 0) + 1
    actor = max(sorted(codes), key=lambda c: codes[c])
    assert codes[actor] > 2  # the cell spans two pages
    with _client(url) as client:
        first = client.get("/reactions/evidence", params={"actor": actor, "issue": issue})
        later = _link(first.text, "next")
        assert later and "after=" in later and f"actor={actor}" in later
        second = client.get(later)
        assert second.status_code == 200 and "page 2 of" in second.text
        earlier = _link(second.text, "prev")
        assert earlier and "before=" in earlier
        assert client.get(earlier).text.count('class="card-inner"') == 2


def test_a_tampered_cursor_is_refused_and_the_title_is_text(stored):
    url, issue, _table = stored
    with _client(url) as client:
        bad = client.get(f"/issues/{issue}", params={"after": "not-a-cursor"})
        assert bad.status_code == 422
        page = client.get(f"/issues/{issue}")
        title = re.search(r"<title>(.*?)</title>", page.text, re.S).group(1)
        assert "<" not in html.unescape(title).replace("·", ""), title
        assert page.text.count('<nav class="pager"') == 2  # above and below the table


def test_behind_a_root_path_the_pager_links_carry_it(stored):
    url, issue, _table = stored
    with _client(url, root_path=ROOT) as client:
        page = client.get(f"{ROOT}/issues/{issue}")
        later = _link(page.text, "next")
        assert later and later.startswith(f"{ROOT}/issues/"), later
        assert client.get(later).status_code == 200


def test_the_store_page_cursors_walk_the_whole_table(stored):
    url, issue, table = stored
    corpus = Corpus(url)
    try:
        seen: list[str] = []
        after = None
        while True:
            page = stance_table_page(corpus, issue, limit=3, after=after)
            assert page["total"] == len(table)
            seen += [r["document_id"] for r in page["rows"]]
            after = page["next_cursor"]
            if after is None:
                break
        assert seen == [r["document_id"] for r in table]
        first = stance_table_page(corpus, issue, limit=3)
        assert first["prev_cursor"] is None and first["next_cursor"]
        by_offset = stance_table_page(corpus, issue, limit=3, offset=3)
        assert [r["document_id"] for r in by_offset["rows"]] == seen[3:6] and by_offset["prev_cursor"]
    finally:
        corpus.close()


def test_co_issuers_of_one_statement_share_a_row_and_the_csv_keeps_a_row_each(db_url, monkeypatch):
    """Three offices sharing a code hold the same stance on the same sentence: the matrix counts one
    statement, the document page shows one row, and the reaction table and the cell's evidence listed it
    three times."""
    from communique.model import Evidence, Issue, Stance
    from tests.test_store_ux19 import _joint_statement

    coded = _joint_statement()
    sentence = coded.document.sentences[0]
    evidence = [Evidence(sentence_index=0, start=sentence.start, end=sentence.end, text=sentence.text)]
    issue = Issue(id=None, label="the new border rules")
    stances = [
        Stance(actor=a, issue=issue, stance="oppose", confidence=0.8, evidence=evidence)
        for a in coded.document.issuers
    ]
    # A fourth stance of the same code on another sentence is a row of its own.
    other = coded.document.sentences[1]
    stances.append(
        Stance(
            actor=coded.document.issuers[0],
            issue=issue,
            stance="oppose",
            confidence=0.7,
            evidence=[Evidence(sentence_index=1, start=other.start, end=other.end, text=other.text)],
        )
    )
    corpus = Corpus(db_url)
    corpus.add(dataclasses.replace(coded, stances=stances))
    corpus.close()
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    with _client(db_url) as client:
        table = client.get("/issues/the new border rules")
        assert table.status_code == 200
        assert len(_rows(table.text)) == 2, table.text
        assert "Office, Council, Management" in table.text and "4 stances" in table.text
        cell = client.get("/reactions/evidence", params={"actor": "XYZOPP", "issue": "the new border rules"})
        assert cell.text.count('class="card-inner"') == 2
        assert '<span class="holders">Office, Council, Management</span>' in cell.text
        csv_text = client.get("/issues/the new border rules", params={"format": "csv"}).text
        rows = list(csv.DictReader(io.StringIO(csv_text)))
        assert len(rows) == 4  # the download keeps a row per stance
        # Each row names its holder: the actor_name column was always empty (the rows carry "actor").
        assert [r["actor_name"] for r in rows] == ["Office", "Council", "Management", "Office"]
        assert {r["actor"] for r in rows} == {"XYZOPP"}


def test_a_chart_says_how_many_events_it_cannot_show_and_one_month_is_not_a_wall():
    from communique.web.charts import timeline_chart

    rows = [
        {"month": "2022-01", "event_class": "vcoop", "count": 5},
        {"month": "2022-01", "event_class": "vconf", "count": 1},
        {"month": "undated", "event_class": "vconf", "count": 2},
    ]
    chart = timeline_chart(rows)
    assert chart.undated == 2 and not chart.empty
    assert max(r.w for r in chart.rects) <= 48  # one month filled the whole plot (540 px)
    only_undated = timeline_chart(rows[2:])
    assert only_undated.empty and only_undated.undated == 2


def test_an_actor_page_of_undated_statements_says_why_its_chart_is_empty(db_url, monkeypatch):
    """The demo's joint statement is undated: its issuers' page read "10 events" above "No dated events to
    chart" and nothing of why."""
    from tests.test_store_ux19 import _joint_statement

    coded = _joint_statement()
    undated = dataclasses.replace(coded, document=dataclasses.replace(coded.document, date=None))
    corpus = Corpus(db_url)
    corpus.add(undated)
    corpus.close()
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    with _client(db_url) as client:
        page = client.get("/actors/XYZOPP")
        assert page.status_code == 200
        assert "3 events" in page.text
        assert "No dated events to chart: 3 events of undated statements." in page.text


def test_an_events_co_issuers_are_one_label_with_their_count_in_details_and_tooltips(db_url, monkeypatch):
    """The details pane and the trigger's tooltip read "XYZOPP + XYZOPP + XYZOPP" where the events table
    says "XYZOPP ×3"."""
    from communique.web.views import detail_infos
    from tests.test_store_ux19 import _joint_statement

    coded = _joint_statement()
    rows = dict((r[0], r[1]) for r in detail_infos(coded)["events"][0]["rows"])
    assert rows["Source → target"] == "XYZOPP ×3 → XYZGOV ×2"
    corpus = Corpus(db_url)
    corpus.add(coded)
    corpus.close()
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    with _client(db_url) as client:
        page = client.get(f"/documents/{coded.document.id}").text
        assert "XYZOPP ×3 → XYZGOV ×2" in page and "XYZOPP + XYZOPP" not in page
