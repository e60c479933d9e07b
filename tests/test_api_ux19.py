"""API answers after a new user's afternoon (UX19): a body that is not JSON is named as the body."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('api-ux19') / 'c.db'}", token="s3cret")
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/api/v1/code", "/api/v1/documents"])
def test_a_body_that_is_not_json_is_named_as_the_body(client, path):
    """The answer was '8: JSON decode error': the problem's place was a bare number."""
    answer = client.post(
        path,
        content=b'{"text":',
        headers={"content-type": "application/json", "authorization": "Bearer s3cret"},
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == {
        "code": "invalid_request",
        "message": "body: not valid JSON (at character 8)",
    }


def test_a_field_of_the_wrong_type_is_still_named_by_its_field(client):
    answer = client.post("/api/v1/code", json={"text": 5})
    assert answer.status_code == 422
    assert answer.json()["error"]["message"] == "text: Input should be a valid string"


def test_a_refused_address_does_not_tell_an_api_client_to_pass_a_cli_option(client):
    """'...; use --allow-private': an option of the command line, which a client of the API cannot give."""
    answer = client.post("/api/v1/code", json={"url": "http://127.0.0.1:9/statement"})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "url_refused"
    assert error["message"].startswith("refused: 127.0.0.1 resolves to a private or reserved address")
    assert "use --allow-private" not in error["message"]
    assert "communique serve --allow-private" in error["message"]
