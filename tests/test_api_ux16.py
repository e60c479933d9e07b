"""Second user's pass on the REST API (UX16), on FastAPI's TestClient and a real SQLite corpus."""

from __future__ import annotations

from fastapi.testclient import TestClient

from communique.api.app import create_app

TEXT = "The foreign ministers of the two countries welcomed the agreement on fishing rights in the bay."


def test_code_a_one_paragraph_html_fragment():
    """{"html": "<p>…</p>"} got 422 'HTML could not be parsed' (a one-block fragment)."""
    client = TestClient(create_app(":memory:"))
    response = client.post("/api/v1/code", json={"html": f"<p>{TEXT}</p>"})
    assert response.status_code == 200, response.text
    assert "fishing rights" in response.json()["document"]["text"]
