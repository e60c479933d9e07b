"""GET /api/v1/stances in pages (UX17b): limit and cursor as /events, oldest first, every stance once."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.store import Corpus
from communique.store.synthetic import synthetic_documents

STANCES = "/api/v1/stances"


@pytest.fixture(scope="module")
def corpus_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux17b') / 'c.db'}"
    with Corpus(url) as corpus:
        # 120 synthetic documents hold 109 stances: more than one default page.
        corpus.add_many(synthetic_documents(120, seed=5))
    return url


@pytest.fixture(scope="module")
def client(corpus_url):
    return TestClient(create_app(corpus_url), raise_server_exceptions=False)


def walk(client, limit, **params):
    walked, cursor, pages = [], None, 0
    while True:
        query = {**params, **({"limit": limit} if limit else {}), **({"cursor": cursor} if cursor else {})}
        r = client.get(STANCES, params=query)
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= (limit or 50)
        walked += page["items"]
        pages += 1
        cursor = page["next_cursor"]
        if not cursor:
            return walked, pages


def test_the_default_response_is_a_page_of_50_with_a_cursor(client, corpus_url):
    """Without ``issue`` the endpoint returned every stance of the corpus in one response."""
    with Corpus(corpus_url) as corpus:
        every = corpus.stance_rows()
    assert len(every) > 100
    page = client.get(STANCES).json()
    assert len(page["items"]) == 50
    assert page["next_cursor"]
    assert page["items"] == every[:50]


@pytest.mark.parametrize("limit", [1, 7, 500, None])
def test_pages_walk_every_stance_once_oldest_first(client, corpus_url, limit):
    with Corpus(corpus_url) as corpus:
        every = corpus.stance_rows()
    walked, pages = walk(client, limit)
    assert walked == every
    assert pages == -(-len(every) // (limit or 50))
    dates = [s["date"] or "" for s in walked]
    assert dates == sorted(dates)


def test_pages_of_one_issue(client, corpus_url):
    with Corpus(corpus_url) as corpus:
        every = corpus.stance_rows(issue="sanctions-package")
    assert len(every) > 3
    walked, pages = walk(client, 3, issue="sanctions-package")
    assert walked == every and pages == -(-len(every) // 3)
    assert {s["issue_id"] for s in walked} == {"sanctions-package"}


@pytest.mark.parametrize("cursor", ["garbage", "x" * 3000, "WyJhIiwgImIiXQ", "%00%ff"])
def test_a_bad_cursor_is_invalid_cursor(client, cursor):
    r = client.get(f"{STANCES}?cursor={cursor}")
    assert r.status_code == 422, r.text
    assert r.json()["error"] == {
        "code": "invalid_cursor",
        "message": "cursor is not one this API returned (pass next_cursor as it came)",
    }


@pytest.mark.parametrize("limit", ["0", "-1", "501", "abc", "1.5"])
def test_a_bad_limit_is_refused_as_events_refuses_it(client, limit):
    r = client.get(STANCES, params={"limit": limit})
    assert r.status_code == 422, r.text
    assert r.json() == client.get("/api/v1/events", params={"limit": limit}).json()
    if limit.lstrip("-").isdigit():
        assert r.json()["error"]["code"] == "invalid_limit"


def test_the_limit_bounds_are_the_events_ones(client):
    for path in (STANCES, "/api/v1/events"):
        assert client.get(path, params={"limit": 500}).status_code == 200
        assert client.get(path, params={"limit": 501}).json()["error"]["code"] == "invalid_limit"


def test_the_api_page_says_stances_come_in_pages(client):
    text = client.get("/api/v1/docs").text
    assert "/api/v1/stances" in text
    assert "GET /api/v1/stances" in text and "now a page" in text


def test_the_store_pages_stances_on_both_backends(db_url):
    """The keyset ``(sort_date, pk) > cursor`` on SQLite and a real PostgreSQL server, filters included."""
    with Corpus(db_url) as corpus:
        corpus.add_many(synthetic_documents(40, seed=3))
        for query in ({}, {"since": "2019"}):
            every = corpus.stance_rows(**query)
            assert len(every) > 8
            walked, cursor = [], None
            while True:
                page = corpus.stances_page(limit=4, cursor=cursor, **query)
                walked += page.items
                cursor = page.next_cursor
                if not cursor:
                    break
            assert walked == every
