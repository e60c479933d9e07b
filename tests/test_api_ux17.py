"""REST API edges (UX17): pagination to the last page, and error bodies for bad cursors and groupings."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux17') / 'c.db'}"
    with Corpus(url) as corpus:
        corpus.add_many(synthetic_documents(30, seed=2))
    return TestClient(create_app(url), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/documents"])
@pytest.mark.parametrize("limit", [1, 7, 500])
def test_pages_walk_every_item_once_in_order(client, path, limit):
    whole = client.get(path, params={"limit": 500}).json()
    assert whole["next_cursor"] is None
    walked, cursor = [], None
    while True:
        page = client.get(path, params={"limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        assert len(page["items"]) <= limit
        walked += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == whole["items"] and len(walked) > 7


@pytest.mark.parametrize("cursor", ["garbage", "x" * 3000, "WyJhIiwgImIiXQ", "%00%ff"])
@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/documents"])
def test_a_bad_cursor_is_an_invalid_parameter_like_the_others(client, path, cursor):
    """A bad cursor was 400 'bad_input' with the cursor echoed; every other bad parameter is 422 invalid_*."""
    r = client.get(f"{path}?cursor={cursor}")
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_cursor"
    assert error["message"] == "cursor is not one this API returned (pass next_cursor as it came)"


def test_an_unknown_stats_grouping_is_invalid_by(client):
    """stats?by=nope was 400 'bad_input': the route meant 422 invalid_by but caught the wrong exception."""
    r = client.get("/api/v1/stats", params={"by": "nope"})
    assert r.status_code == 422, r.text
    assert r.json()["error"] == {
        "code": "invalid_by",
        "message": "by must be actor, event or month",
    }
    assert client.get("/api/v1/stats", params={"by": "month"}).status_code == 200
