"""``GET /api/v1/events`` under the SQL statement counter (UX21).

Its fast path ran its statements on a raw DBAPI cursor, which the engine's events never see: the counter the
other endpoints are tested with read 0 statements for it, so an N+1 (actors or documents read per event)
would have passed unseen. It now runs them through the engine (``exec_driver_sql``). These tests count the
statements of a page at two sizes, in each format and with each kind of filter: a page costs the same
statements whatever its size, and every event's actors come with it. SQLite files and a real PostgreSQL
server (``db_url``).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents
from communique.web.views import Pages


@pytest.fixture()
def api(db_url, monkeypatch):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    corpus = Corpus(db_url)
    corpus.add_many(synthetic_documents(80, seed=21))
    corpus.close()
    # The start-up warm-up computes the web's aggregates on a thread: its statements are not the request's.
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    app = create_app(db_url, token="s3cret")
    with TestClient(app) as client:
        yield client, app.state.services.corpus


def _counted(api, path: str, params: dict, headers: dict | None = None) -> tuple[list[str], object]:
    client, corpus = api
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        seen.append(re.sub(r"\s+", " ", statement))

    event.listen(corpus.engine, "before_cursor_execute", note)
    try:
        response = client.get(path, params=params, headers=headers or {})
    finally:
        event.remove(corpus.engine, "before_cursor_execute", note)
    assert response.status_code == 200, response.text
    return [s for s in seen if s.upper() not in ("BEGIN", "COMMIT", "ROLLBACK")], response


FILTERS = [
    {},
    {"event": "11"},
    {"event": "ACCUSE", "since": "2018", "until": "2023-06"},
    {"actor": "KAZ"},  # a code prefix: KAZ and KAZGOV
    {"actor": "Kazakhstan"},  # a name
    {"actor": "BLROPP", "modality": "asserted"},
    {"q": "sanctions"},
    {"q": "sanctions", "actor": "RUS"},
    {"issue": "sanctions-package"},
]


@pytest.mark.parametrize(
    "filters", FILTERS, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()) or "none"
)
def test_an_events_page_costs_the_same_statements_whatever_its_size(api, filters):
    # The actor filter's codes are looked up once and remembered for seconds: a first request reads them.
    _counted(api, "/api/v1/events", {**filters, "limit": 1})
    small, _ = _counted(api, "/api/v1/events", {**filters, "limit": 2})
    large, r_large = _counted(api, "/api/v1/events", {**filters, "limit": 60})
    items = r_large.json()["items"]
    assert len(items) > 2, filters  # the large page holds more events than the small one
    assert len(small) == len(large), (small, large)
    assert len(large) == 2, large  # the page, and its events' actors
    assert sum("event_actors" in s and "EXISTS" not in s for s in large) == 1, large
    # Every event of the page came with its actors (none was left to a second request).
    assert all(i["sources"] and i["targets"] for i in items)


def test_the_next_page_and_the_other_formats_read_the_same_way(api):
    first, response = _counted(api, "/api/v1/events", {"limit": 10})
    cursor = response.json()["next_cursor"]
    assert cursor
    second, page2 = _counted(api, "/api/v1/events", {"limit": 10, "cursor": cursor})
    assert len(second) == len(first) == 2, second
    assert not {i["id"] + i["document_id"] for i in page2.json()["items"]} & {
        i["id"] + i["document_id"] for i in response.json()["items"]
    }
    for fmt in ("jsonl", "plover"):
        seen, lines = _counted(api, "/api/v1/events", {"limit": 40, "format": fmt})
        assert len(seen) == 2, (fmt, seen)
        assert len(lines.text.splitlines()) >= 40


def test_the_engine_path_answers_what_the_library_answers(api):
    """The page read through the engine equals ``Corpus.events_page`` item for item (actors included)."""
    client, corpus = api
    for filters in ({}, {"actor": "KAZ"}, {"event": "04", "since": "2019"}):
        mine = client.get("/api/v1/events", params={**filters, "limit": 30}).json()
        theirs = corpus.events_page(limit=30, **filters)
        assert [(i["document_id"], i["id"]) for i in mine["items"]] == [
            (i["document_id"], i["id"]) for i in theirs.items
        ]
        assert [[a["code"] for a in i["sources"] + i["targets"]] for i in mine["items"]] == [
            [a["code"] for a in i["sources"] + i["targets"]] for i in theirs.items
        ]
        assert mine["next_cursor"] == theirs.next_cursor
