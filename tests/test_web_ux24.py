"""The web UI's matching rule is the API's (UX24): actor codes and issue ids or labels in any case.

``/issues/SANCTIONS`` showed an empty table ("0 stances") where ``/api/v1/stances?issue=SANCTIONS`` listed the
stances, and ``/reactions/evidence?actor=igoeu`` said no evidence was stored. Both now follow one rule
(documented in docs/formats.md): an issue is its id or its label in any case, an actor code in any case, an
actor name case-folded. HEAD on a page answers as GET (UX24, test_api_ux24.py).
"""

from __future__ import annotations

import re

import pytest

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.web.views import Pages

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux24') / 'corpus.db'}"
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
def stored(client):
    items = client.get("/api/v1/stances", params={"limit": 200}).json()["items"]
    return next(i for i in items if i["actor_code"] and len(i["actor_code"]) >= 3 and i["issue_id"])


def _csv_rows(client, issue):
    r = client.get(f"/issues/{issue}", params={"format": "csv"})
    assert r.status_code == 200, r.text
    return sorted(r.text.splitlines()[1:])


def _api_count(client, issue):
    return len(client.get("/api/v1/stances", params={"issue": issue, "limit": 200}).json()["items"])


def test_issue_page_ignores_case_as_the_api_does(client, stored):
    want = _csv_rows(client, stored["issue_id"])
    assert want
    for given in (stored["issue_id"].upper(), stored["issue"].upper(), stored["issue"]):
        assert _csv_rows(client, given) == want, given
        assert _api_count(client, given) == len(want), given
        page = client.get(f"/issues/{given}")
        assert page.status_code == 200
        assert "Not addressed" not in page.text or len(want) == 0


def test_evidence_cell_ignores_case_of_code_and_issue(client, stored):
    params = {"actor": stored["actor_code"], "issue": stored["issue_id"]}
    exact = client.get("/reactions/evidence", params=params)
    assert exact.status_code == 200
    docs = set(re.findall(r'href="/documents/([^"#?]+)', exact.text))
    assert docs
    for actor, issue in (
        (stored["actor_code"].lower(), stored["issue_id"]),
        (stored["actor_code"], stored["issue_id"].upper()),
        (stored["actor_code"].lower(), stored["issue"].upper()),
    ):
        r = client.get("/reactions/evidence", params={"actor": actor, "issue": issue})
        assert set(re.findall(r'href="/documents/([^"#?]+)', r.text)) == docs, (actor, issue)


def test_search_page_actor_in_any_case(client, stored):
    code = stored["actor_code"]
    upper = client.get("/search", params={"actor": code})
    lower = client.get("/search", params={"actor": code.lower()})
    hits = set(re.findall(r'href="/documents/([^"#?]+)', upper.text))
    assert hits and set(re.findall(r'href="/documents/([^"#?]+)', lower.text)) == hits


def test_near_misses_stay_unknown(client, stored):
    # Another id in any case is still unknown; a lower-cased code one letter off matches nothing.
    assert client.get(f"/issues/{stored['issue_id'].upper()}QQ", params={"format": "csv"}).status_code == 404
    r = client.get(
        "/reactions/evidence",
        params={"actor": stored["actor_code"].lower() + "q", "issue": stored["issue_id"]},
    )
    assert not re.findall(r'href="/documents/([^"#?]+)', r.text)


def test_head_on_a_page_is_its_get(client, stored):
    for url in ("/", f"/issues/{stored['issue_id']}", "/reactions", "/static/app.css"):
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.content == b""
