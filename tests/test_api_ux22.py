"""Bad input on the API's write endpoints (UX22): every refusal is a 4xx JSON body naming the field, and an
ingest that fails while writing leaves nothing of the statement behind.

Found by a demanding user's pass: a misspelt field ("tittle", "txt") was dropped without a word; a lone
surrogate escaped in the JSON ("\\ud800") reached the coder and answered 500; a body that is not UTF-8, or
nested thousands deep, got a bare 400 "There was an error parsing the body"; a dictionary file that failed
to load was answered as the client's 400 with the server's file path.

The coder is a stub (one event per statement), so these tests do not move with the dictionaries. SQLite files
and a real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy import func, select, text

from communique.model import Actor, CodedDocument, DictionaryError, Document, Event
from communique.store.search import DOCS
from communique.web.views import Pages

TOKEN = "ux22-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
JSON = {"content-type": "application/json"}
GOOD = {"text": "The Council condemned the attack on the embassy."}


class StubCoder:
    """Codes every statement as one 'condemned' (111) event of the Council; ``fail`` raises instead."""

    fail: Exception | None = None

    def code_documents(self, documents: Sequence[Document]) -> list[CodedDocument]:
        if self.fail is not None:
            raise self.fail
        coded = []
        for doc in documents:
            council = Actor(name="Council", code="IGOCOU", text="Council")
            event = Event(
                id="e0",
                sentence_index=0,
                start=0,
                end=len(doc.text),
                trigger="condemned",
                sentence=doc.text,
                cameo="111",
                cameo_root="11",
                cameo_name="Criticize or denounce",
                plover="DISAPPROVE",
                sources=[council],
            )
            coded.append(CodedDocument(document=doc, actors=[council], events=[event]))
        return coded


@pytest.fixture()
def api(db_url, monkeypatch):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    monkeypatch.setattr(Pages, "warm", lambda self: None)
    stub = StubCoder()
    app = create_app(db_url, token=TOKEN, coder=stub)  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, app.state.services.corpus, stub


def _error(response) -> dict:
    assert response.headers["content-type"].startswith("application/json"), response.text
    return response.json()["error"]


def _stored(corpus) -> dict[str, int]:
    """Rows of the statement tables: a half-written ingest leaves some of them."""
    with corpus.engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("documents", "sentences", "mentions", "events", "event_actors", "doc_actors")
        }
        counts["docs"] = conn.execute(select(func.count()).select_from(DOCS)).scalar_one()
    return counts


@pytest.mark.parametrize(
    "body, field",
    [
        ({**GOOD, "tittle": "A title"}, "tittle"),
        ({"txt": GOOD["text"]}, "txt"),
        ({**GOOD, "issuer": "Council"}, "issuer"),
        ({**GOOD, "recode": "sometimes"}, "recode"),
        ({"text": 12}, "text"),
        ({**GOOD, "issuers": "Council"}, "issuers"),
        ({**GOOD, "issuers": ["Council", 3]}, "issuers.1"),
        ({**GOOD, "title": ["a"]}, "title"),
        ({**GOOD, "date": 20220110}, "date"),
    ],
)
def test_a_wrong_or_unknown_field_is_refused_by_name(api, body, field):
    client, corpus, _ = api
    before = _stored(corpus)
    for path, headers in (("/api/v1/documents", AUTH), ("/api/v1/code", {})):
        if path == "/api/v1/code" and "recode" in body:
            continue
        r = client.post(path, json=body, headers=headers)
        assert r.status_code == 422, r.text
        err = _error(r)
        assert err["code"] == "invalid_request"
        assert err["message"].startswith(f"{field}: "), err
    assert _stored(corpus) == before


def test_a_misspelt_field_is_called_unknown_and_code_takes_no_recode(api):
    client, _, _ = api
    err = _error(client.post("/api/v1/documents", json={**GOOD, "tittle": "x"}, headers=AUTH))
    assert err["message"] == "tittle: unknown field"
    # recode is a field of the ingest only: on /code it is a mistake, not an option quietly ignored.
    err = _error(client.post("/api/v1/code", json={**GOOD, "recode": True}))
    assert err["message"] == "recode: unknown field"


@pytest.mark.parametrize("field", ["text", "html", "title", "issuers"])
def test_a_lone_surrogate_is_a_422_naming_the_field_not_a_500(api, field):
    client, corpus, _ = api
    bad = "We condemn \\ud800 the attack."
    value = f'["Council", "{bad}"]' if field == "issuers" else f'"{bad}"'
    body = (
        f'{{"text": "The Council condemned it.", "{field}": {value}}}'
        if field != "text"
        else f'{{"text": {value}}}'
    )
    if field == "html":
        body = f'{{"html": {value}}}'
    before = _stored(corpus)
    r = client.post("/api/v1/documents", content=body.encode(), headers={**AUTH, **JSON})
    assert r.status_code == 422, r.text
    err = _error(r)
    assert err["message"].startswith(f"{field}"), err
    assert "\\ud800" in err["message"] and "surrogate" in err["message"]
    assert _stored(corpus) == before
    # A paired surrogate (an emoji escaped as two) is one valid character and is coded.
    ok = client.post("/api/v1/code", content=b'{"text": "We condemn it \\ud83d\\ude00."}', headers=JSON)
    assert ok.status_code == 200, ok.text


@pytest.mark.parametrize(
    "body, message",
    [
        (b'{"text": "We condemn \xff the attack."}', "body: not valid UTF-8"),
        (b'{"text": "x", "issuers": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", "body: not valid JSON"),
        (b'{"text": "We condemn', "body: not valid JSON"),
        (b"", "body: "),
        (b"[1, 2]", "body: "),
    ],
)
def test_a_body_that_cannot_be_read_names_the_body(api, body, message):
    client, corpus, _ = api
    before = _stored(corpus)
    r = client.post("/api/v1/documents", content=body, headers={**AUTH, **JSON})
    assert 400 <= r.status_code < 500, r.text
    assert _error(r)["message"].startswith(message), r.text
    assert _stored(corpus) == before


def test_an_oversize_body_is_413_json_before_anything_is_stored(db_url, monkeypatch):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    monkeypatch.setattr(Pages, "warm", lambda self: None)
    app = create_app(db_url, token=TOKEN, coder=StubCoder(), max_body_bytes=10_000)  # type: ignore[arg-type]
    with TestClient(app) as client:
        corpus = app.state.services.corpus
        before = _stored(corpus)
        big = {"text": "The Council condemned the attack. " * 1000}
        for path, headers in (("/api/v1/documents", AUTH), ("/api/v1/code", {})):
            r = client.post(path, json=big, headers=headers)
            assert r.status_code == 413, r.text
            assert _error(r)["code"] == "payload_too_large"
        assert _stored(corpus) == before


def test_an_ingest_that_fails_while_writing_leaves_no_part_of_the_statement(api, monkeypatch):
    """One transaction per ingest: the document row is written before its children; when writing the
    children fails, the document goes too (and the error is a JSON 500, with no detail)."""
    client, corpus, _ = api
    assert client.post("/api/v1/documents", json=GOOD, headers=AUTH).status_code == 201
    before = _stored(corpus)
    assert before["documents"] == 1 and before["events"] == 1

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full while writing the child rows")

    monkeypatch.setattr(corpus, "_insert_children", broken)
    r = client.post(
        "/api/v1/documents", json={"text": "The Council condemned the second attack."}, headers=AUTH
    )
    assert r.status_code == 500
    assert _error(r) == {"code": "internal_error", "message": "internal server error"}
    assert _stored(corpus) == before
    monkeypatch.undo()
    monkeypatch.setattr(Pages, "warm", lambda self: None)
    # The same statement then stores whole: nothing of the failed attempt was left to collide with.
    r = client.post(
        "/api/v1/documents", json={"text": "The Council condemned the second attack."}, headers=AUTH
    )
    assert r.status_code == 201 and r.json()["results"][0]["status"] == "new"
    after = _stored(corpus)
    assert after["documents"] == 2 and after["events"] == 2


def test_a_dictionary_that_fails_to_load_is_the_servers_error_not_the_clients(api):
    client, corpus, stub = api
    stub.fail = DictionaryError("/srv/communique/data/issues/polarity.yaml", 852, "unknown top-level key 'x'")
    for path, headers in (("/api/v1/documents", AUTH), ("/api/v1/code", {})):
        r = client.post(path, json=GOOD, headers=headers)
        assert r.status_code == 500, r.text
        err = _error(r)
        assert err["code"] == "dictionary_error"
        assert "polarity.yaml" not in r.text and "/srv/" not in r.text
    assert _stored(corpus)["documents"] == 0
