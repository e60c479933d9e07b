"""Loose ends of the API a demanding user hit (UX24).

1. ``HEAD`` answered 405 with JSON headers everywhere (the routes name GET only): a download manager or a
   link checker asking ``HEAD /issues/x?format=csv`` learnt neither the CSV type nor the file name. HEAD now
   answers as GET would: same status, Content-Type, Content-Disposition and Content-Length, and no body.
"""

from __future__ import annotations

import pytest

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.web.views import Pages

    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux24') / 'corpus.db'}"
    corpus = Corpus(url)
    corpus.add_many(synthetic_documents(30, seed=24))
    corpus.close()
    warm = Pages.warm
    Pages.warm = lambda self: None  # type: ignore[method-assign]
    try:
        with TestClient(create_app(url, token="")) as c:
            yield c
    finally:
        Pages.warm = warm  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def issue(client):
    return client.get("/api/v1/stances", params={"limit": 1}).json()["items"][0]["issue_id"]


# ---- 1. HEAD answers as GET ------------------------------------------------------------------------------

HEADERS = ("content-type", "content-disposition", "content-length", "allow", "content-location")


def _same_as_get(client, url):
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == got.status_code, (url, head.status_code, got.status_code)
    for name in HEADERS:
        if name == "content-length" and name not in got.headers:
            continue  # a streamed GET names no length; HEAD must not invent one either
        assert head.headers.get(name) == got.headers.get(name), (url, name)
    assert head.content == b""
    return got, head


@pytest.mark.parametrize(
    ("fmt", "ctype", "suffix"), [("csv", "text/csv", ".csv"), ("markdown", "text/markdown", ".md")]
)
def test_head_on_an_issue_download_names_the_file(client, issue, fmt, ctype, suffix):
    got, head = _same_as_get(client, f"/issues/{issue}?format={fmt}")
    assert head.status_code == 200
    assert head.headers["content-type"].startswith(ctype)
    assert head.headers["content-disposition"].startswith("attachment;")
    assert head.headers["content-disposition"].rstrip('"').endswith(suffix)
    assert got.content  # GET still carries the file


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/events?format=jsonl",
        "/api/v1/events?format=plover",
        "/api/v1/events",
        "/api/v1/documents?limit=3",
        "/api/v1/stances?limit=2",
        "/api/v1/stats?by=month",
        "/api/v1/",
        "/api/v1/openapi.json",
    ],
)
def test_head_on_api_reads_answers_as_get(client, url):
    _got, head = _same_as_get(client, url)
    assert head.status_code == 200
    identity = client.get(url, headers={"Accept-Encoding": "identity"})
    assert int(client.head(url, headers={"Accept-Encoding": "identity"}).headers["content-length"]) == len(
        identity.content
    )


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/issues/sanctions-package?format=xlsx", 422),  # a bad format is the GET's 422, not a 405
        ("/issues/no_such_issue_here?format=csv", 404),
        ("/api/v1/events?format=yaml", 422),
        ("/api/v1/documents?text=x", 422),  # unknown parameter
        ("/api/v1/documents/nope", 404),
        ("/api/v1/code", 405),  # POST only: GET's own 405, naming POST
    ],
)
def test_head_errors_are_the_get_errors(client, url, status):
    _got, head = _same_as_get(client, url)
    assert head.status_code == status


def test_head_on_a_post_only_route_names_post(client):
    head = client.head("/api/v1/code")
    assert head.status_code == 405
    assert head.headers["allow"] == "POST"


def test_get_and_post_are_unchanged(client):
    # Near misses: only HEAD is rewritten.
    assert client.get("/api/v1/events?format=jsonl").content
    r = client.post("/api/v1/code", json={"text": "The Government of Kazakhstan condemned the attack."})
    assert r.status_code == 200 and r.json()["document"]
    assert client.request("OPTIONS", "/api/v1/events").status_code == 405


# ---- 2. one matching rule for actors and issues: any case -------------------------------------------------


@pytest.fixture(scope="module")
def stored(client):
    """A stored stance's actor code and issue (id and label), from the API itself."""
    items = client.get("/api/v1/stances", params={"limit": 200}).json()["items"]
    row = next(i for i in items if i["actor_code"] and len(i["actor_code"]) >= 3 and i["issue_id"])
    return row


def _keys(client, **params):
    r = client.get("/api/v1/stances", params={"limit": 200, **params})
    if r.status_code == 404:
        return set()
    items = r.json()["items"]
    return {(i["document_id"], i["actor_code"], i["issue_id"]) for i in items}


def test_issue_filter_ignores_case_of_id_and_label(client, stored):
    want = _keys(client, issue=stored["issue_id"])
    assert want
    for given in (stored["issue_id"].upper(), stored["issue"].upper(), stored["issue"].title()):
        assert _keys(client, issue=given) == want, given


def test_actor_filters_ignore_case_of_codes(client, stored):
    code = stored["actor_code"]
    exact = _keys(client, actor_code=code)
    assert exact
    assert _keys(client, actor_code=code.lower()) == exact
    assert _keys(client, actor=code.lower()) == _keys(client, actor=code)
    for path in ("/api/v1/documents", "/api/v1/events"):
        upper = client.get(path, params={"actor": code, "limit": 100}).json()["items"]
        lower = client.get(path, params={"actor": code.lower(), "limit": 100}).json()["items"]
        assert upper and lower == upper, path
    by = client.get("/api/v1/stats", params={"by": "event", "actor": code.lower()}).json()
    assert by == client.get("/api/v1/stats", params={"by": "event", "actor": code}).json()


def test_case_rule_near_misses(client, stored):
    # A different issue or code in any case still matches nothing; a word that is no code matches no code.
    assert client.get("/api/v1/stances", params={"issue": stored["issue_id"] + "x"}).status_code in (200, 404)
    assert not _keys(client, issue=stored["issue_id"] + "x")
    assert not _keys(client, actor_code=stored["actor_code"].lower() + "q")
    assert client.get("/api/v1/documents", params={"actor": "zzzq"}).json()["items"] == []
