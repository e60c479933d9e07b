"""API answers bounded at scale (UX20): an actor's answer holds its newest stances, the rest are paged.

On a 40,000-statement store ``/api/v1/actors/USAGOV`` answered all 8,167 of its stances with their evidence
(8.8 MB, 11 s), and ``/api/v1/stances`` had no actor filter to page them instead. SQLite files and a real
PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import pytest

from communique.api import service
from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


def synthetic_api(db_url, monkeypatch, actor_stances: int):
    """A test client over 60 synthetic statements, the actor answer capped at ``actor_stances`` stances."""
    from fastapi.testclient import TestClient

    from communique.api import create_app

    corpus = Corpus(db_url)
    corpus.add_many(synthetic_documents(60, seed=22))
    corpus.close()
    monkeypatch.setattr(service, "ACTOR_STANCES", actor_stances)
    with TestClient(create_app(db_url, token="s3cret")) as test_client:
        yield test_client


@pytest.fixture()
def client(db_url, monkeypatch):
    yield from synthetic_api(db_url, monkeypatch, 3)


def _code_with_most_stances(client) -> tuple[str, int]:
    counts: dict[str, int] = {}
    cursor = None
    while True:
        page = client.get("/api/v1/stances", params={"limit": 500, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200
        for item in page.json()["items"]:
            counts[item["actor_code"]] = counts.get(item["actor_code"], 0) + 1
        cursor = page.json()["next_cursor"]
        if not cursor:
            break
    code = max(sorted(counts), key=lambda c: counts[c])
    return code, counts[code]


def test_an_actor_answers_its_newest_stances_and_the_rest_are_paged(client):
    code, total = _code_with_most_stances(client)
    assert total > 3
    answer = client.get(f"/api/v1/actors/{code}").json()
    assert answer["n_stances"] == total
    assert len(answer["stances"]) == 3  # bounded: the newest, oldest first
    dates = [s["date"] or "" for s in answer["stances"]]
    assert dates == sorted(dates)
    seen: list[dict] = []
    cursor = None
    while True:
        params = {"actor": code, "limit": 7, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/stances", params=params).json()
        seen.extend(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            break
    own = [s for s in seen if s["actor_code"] == code]
    assert len(own) == total
    assert own[-3:] == answer["stances"]


def test_the_stances_filters_are_checked_like_the_others(client):
    for params, code in (
        ({"actor": "x" * 201}, "invalid_actor"),
        ({"since": "2024-13"}, "invalid_since"),
    ):
        response = client.get("/api/v1/stances", params=params)
        assert response.status_code == 422 and response.json()["error"]["code"] == code, response.text
    assert client.get("/api/v1/stances", params={"actor": "NOSUCHCODE"}).json()["items"] == []
