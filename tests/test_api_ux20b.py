"""``/api/v1/stances?actor_code=`` pages exactly the stances an actor's answer counts (UX20b).

``/api/v1/actors/{code}`` counts ``n_stances`` by the exact code, but its documented way to page the rest,
``/stances?actor=CODE``, is the prefix-or-name filter every list shares: for ``USA`` it also paged USAGOV's
and USAMIL's stances. ``actor_code`` is the exact code; ``actor`` stays the shared filter. SQLite files and a
real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import pytest

from .test_api_ux20 import synthetic_api


@pytest.fixture()
def client(db_url, monkeypatch):
    yield from synthetic_api(db_url, monkeypatch, 2)


def _pages(client, **params) -> list[dict]:
    seen: list[dict] = []
    cursor = None
    while True:
        page = client.get(
            "/api/v1/stances", params={"limit": 4, **params, **({"cursor": cursor} if cursor else {})}
        )
        assert page.status_code == 200, page.text
        seen.extend(page.json()["items"])
        cursor = page.json()["next_cursor"]
        if not cursor:
            return seen


def test_actor_code_pages_what_the_actor_answer_counts_and_nothing_of_its_sub_codes(client):
    codes = {s["actor_code"] for s in _pages(client) if s["actor_code"]}
    # A code that prefixes another code with stances of its own ("KAZ" and "KAZGOV").
    code = min(c for c in codes if any(o != c and o.startswith(c) for o in codes))
    answer = client.get(f"/api/v1/actors/{code}").json()
    exact = _pages(client, actor_code=code)
    assert {s["actor_code"] for s in exact} == {code}
    assert len(exact) == answer["n_stances"] > 2
    assert exact[-2:] == answer["stances"]
    # The shared filter stays a prefix: it pages the sub-codes' stances as /documents and /events select them.
    assert len(_pages(client, actor=code)) > answer["n_stances"]


def test_actor_code_is_checked(client):
    response = client.get("/api/v1/stances", params={"actor_code": "X" * 65})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_actor_code"
    assert _pages(client, actor_code="NOSUCHCODE") == []
