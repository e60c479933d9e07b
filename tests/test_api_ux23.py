"""API errors a first-time user hits (UX23): a body that is not a JSON object says what to send.

``curl -d 'text=...'`` (a form), ``-H 'content-type: text/plain'``, a JSON list or no body at all answered
"body: Input should be a valid dictionary or object to extract fields from" (or "body: Field required"),
which names neither JSON nor the field to send. The answer now says to send a JSON object as
application/json and what came instead (its media type only; a header that is not one is not echoed).
Field errors of a JSON object keep their own messages.
"""

from __future__ import annotations

import pytest

TOKEN = "ux23-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux23') / 'corpus.db'}"
    Corpus(url).close()
    with TestClient(create_app(url, token=TOKEN)) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _error(response) -> tuple[int, str, str]:
    body = response.json()["error"]
    return response.status_code, body["code"], body["message"]


PLAIN = {"content-type": "text/plain"}
JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    "kwargs, came",
    [
        ({"content": "We condemn the attack.", "headers": PLAIN}, "Content-Type text/plain"),
        ({"data": {"text": "We condemn the attack."}}, "Content-Type application/x-www-form-urlencoded"),
        ({"content": "[1, 2]", "headers": JSON}, "JSON that is not an object"),
        ({"content": '"We condemn"', "headers": JSON}, "JSON that is not an object"),
        ({}, "no Content-Type"),
    ],
)
@pytest.mark.parametrize("path, headers", [("/api/v1/code", {}), ("/api/v1/documents", AUTH)])
def test_a_body_that_is_no_json_object_says_what_to_send(client, path, headers, kwargs, came):
    kwargs = {**kwargs, "headers": {**headers, **kwargs.get("headers", {})}}
    status, code, message = _error(client.post(path, **kwargs))
    assert (status, code) == (422, "invalid_request")
    assert message == f'body: send a JSON object, such as {{"text": "..."}}, as application/json (got {came})'


def test_a_hostile_content_type_is_not_echoed(client):
    for content_type in ("text/<script>alert(1)</script>", "x" * 300 + "/y", "text plain"):
        status, code, message = _error(
            client.post("/api/v1/code", content="hi", headers={"content-type": content_type})
        )
        assert (status, code) == (422, "invalid_request")
        assert message.endswith("(got another Content-Type)"), message
        assert "<script>" not in message and "xxx" not in message


@pytest.mark.parametrize(
    "body, expected",
    [
        ({}, ("one_input_required", "give exactly one of text, html or url")),
        ({"txt": "We condemn"}, ("invalid_request", "txt: unknown field")),
        ({"text": 5}, ("invalid_request", "text: Input should be a valid string")),
        ({"text": "x", "issuers": "Ukraine"}, ("invalid_request", "issuers: Input should be a valid list")),
    ],
)
def test_the_errors_of_a_json_object_keep_their_own_words(client, body, expected):
    status, code, message = _error(client.post("/api/v1/code", json=body))
    assert status == 422
    assert (code, message) == expected


def test_a_write_without_the_token_is_still_refused_before_the_body_is_read(client):
    response = client.post("/api/v1/documents", content="text", headers={"content-type": "text/plain"})
    assert response.status_code == 401
