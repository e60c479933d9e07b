"""API answers a user found confusing (UX15): each test failed on the code before its fix."""

from __future__ import annotations

import pytest

TOKEN = "ux15-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux15') / 'corpus.db'}"
    with TestClient(create_app(url, token=TOKEN, coder=coder), raise_server_exceptions=False) as c:
        yield c


STATEMENT = {"text": "The two foreign ministers welcomed the new agreement on river water sharing."}


def test_code_with_an_unknown_format_is_refused(client):
    """?format=xml used to be ignored silently (JSON came back), unlike /events which refuses it."""
    response = client.post("/api/v1/code?format=xml", json=STATEMENT)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_format"
    assert "json" in response.json()["error"]["message"] and "plover" in response.json()["error"]["message"]
    assert client.post("/api/v1/code?format=plover", json=STATEMENT).status_code == 200
    assert client.post("/api/v1/code?format=json", json=STATEMENT).status_code == 200


def test_empty_text_is_named_as_empty(client):
    """{"text": ""} used to answer 'give exactly one of text, html or url', though text was given."""
    response = client.post("/api/v1/code", json={"text": ""})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_text"
    response = client.post(
        "/api/v1/documents", json={"html": ""}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_text"
    # Two inputs, or none, still get the 'exactly one' answer.
    assert client.post("/api/v1/code", json={}).json()["error"]["code"] == "one_input_required"
    both = client.post("/api/v1/code", json={"text": "a", "url": "https://example.org/"})
    assert both.json()["error"]["code"] == "one_input_required"


def test_a_blank_field_beside_the_input_given_is_ignored(client):
    """{"text": "   ", "html": "<p>..."} codes the html (it answered empty_text from the blank text)."""
    html = "<html><body><p>The Government of Chile condemns the attack on the embassy.</p></body></html>"
    response = client.post("/api/v1/code", json={"text": "   ", "html": html})
    assert response.status_code == 200, response.text


def test_unused_fields_sent_empty_are_ignored(client):
    """A form serialiser that sends the unused inputs as "" still works."""
    response = client.post("/api/v1/code", json={**STATEMENT, "html": "", "url": ""})
    assert response.status_code == 200, response.text


@pytest.fixture(scope="module")
def stored(client):
    """Two stored statements with different actors and dates."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for text, date in (
        ("The Government of Japan welcomed the new agreement on river water sharing.", "2023-04-05"),
        ("The Government of Chile condemned the attack on the border post.", "2024-06-07"),
    ):
        response = client.post("/api/v1/documents", json={"text": text, "date": date}, headers=headers)
        assert response.status_code in (200, 201), response.text
    return client


def test_unknown_query_parameter_is_named_not_ignored(stored):
    """?text=water (the CLI's --text) used to be ignored: every statement came back, unfiltered."""
    response = stored.get("/api/v1/documents", params={"text": "water"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "unknown_parameter"
    assert "text" in error["message"] and "q" in error["message"]
    assert stored.get("/api/v1/events", params={"acter": "JPN"}).status_code == 422
    # Known parameters still work.
    found = stored.get("/api/v1/documents", params={"q": "water"}).json()["items"]
    assert len(found) == 1


def test_stats_take_the_same_filters_as_search(stored):
    """/stats?actor=...&since=... used to ignore the filters and count the whole corpus."""
    whole = stored.get("/api/v1/stats", params={"by": "month"}).json()
    assert {row["key"] for row in whole} >= {"2023-04", "2024-06"}
    later = stored.get("/api/v1/stats", params={"by": "month", "since": "2024-01-01"}).json()
    assert [row["key"] for row in later] == ["2024-06"]
    assert stored.get("/api/v1/stats", params={"since": "2024-02-30"}).status_code == 422
