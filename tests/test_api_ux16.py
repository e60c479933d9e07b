"""Second user's pass on the REST API (UX16), on FastAPI's TestClient and a real SQLite corpus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api.app import create_app

TOKEN = "ux16-token"
TEXT = "The foreign ministers of the two countries welcomed the agreement on fishing rights in the bay."


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux16') / 'corpus.db'}"
    with TestClient(create_app(url, token=TOKEN, coder=coder), raise_server_exceptions=False) as c:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        for text, date in (
            ("The Government of Japan welcomed the new agreement on river water sharing.", "2023-04-05"),
            ("The Government of Chile condemned the attack on the border post.", "2024-06-07"),
        ):
            response = c.post("/api/v1/documents", json={"text": text, "date": date}, headers=headers)
            assert response.status_code in (200, 201), response.text
        yield c


def test_code_a_one_paragraph_html_fragment(client):
    """{"html": "<p>…</p>"} got 422 'HTML could not be parsed' (a one-block fragment)."""
    response = client.post("/api/v1/code", json={"html": f"<p>{TEXT}</p>"})
    assert response.status_code == 200, response.text
    assert "fishing rights" in response.json()["document"]["text"]


@pytest.mark.parametrize("path", ["/api/v1/documents", "/api/v1/events", "/api/v1/stats"])
def test_q_means_the_same_on_every_search_endpoint(client, path):
    """One filter, one check (RV-io 6): too long is 422 invalid_query, blank is no filter, words filter."""
    too_long = client.get(path, params={"q": "w" * 501})
    assert too_long.status_code == 422
    assert too_long.json()["error"]["code"] == "invalid_query"

    def count(**params: str) -> int:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        if path.endswith("stats"):
            return sum(row["events"] for row in body)
        return len(body["items"])

    assert count(q="   ") == count() > count(q="water") > 0
    assert count(q="no such words anywhere") == 0
