"""Two defects a first-time user of the web UI hit (UX23b).

1. ``/actors/kaz`` was a 404 "actor not found": codes are upper case, so a code not found as given is
   redirected (308) to its upper-case page when that actor exists. The location is only the path's own code,
   upper-cased and quoted, under the app's own root: no open redirect. An unknown code stays a 404.
2. An unknown ``/issues/<id>`` answered 200 with an empty table, as if the issue existed: it is a 404 page
   saying the issue is unknown, with a link to the issues (the reaction matrix); a tool gets the 404 as JSON,
   and so do the CSV and Markdown downloads. A dictionary issue or an ad-hoc phrase that no stored
   statement addresses is still a page, whose table says it is not addressed.
"""

from __future__ import annotations

import html

import pytest

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from communique.web.views import Pages

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux23b') / 'corpus.db'}"
    corpus = Corpus(url)
    corpus.add_many(synthetic_documents(30, seed=21))
    corpus.close()
    warm = Pages.warm
    Pages.warm = lambda self: None  # type: ignore[method-assign]
    yield url
    Pages.warm = warm  # type: ignore[method-assign]


def _client(url: str, **kwargs):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    return TestClient(create_app(url, token=""), follow_redirects=False, **kwargs)


@pytest.fixture(scope="module")
def client(stored):
    with _client(stored) as c:
        yield c


# ---- 1. actor codes in lower case -----------------------------------------------------------------------


@pytest.mark.parametrize("given", ["kaz", "Kaz", "kAZ"])
def test_a_lower_case_code_redirects_to_the_actor(client, given):
    r = client.get(f"/actors/{given}", headers=HTML)
    assert r.status_code == 308
    assert r.headers["location"] == "/actors/KAZ"
    page = client.get(r.headers["location"], headers=HTML)
    assert page.status_code == 200
    assert "KAZ" in page.text


def test_the_redirect_keeps_the_root_path(stored):
    with _client(stored, root_path="/communique") as c:
        r = c.get("/actors/kaz", headers=HTML)
    assert r.status_code == 308
    assert r.headers["location"] == "/communique/actors/KAZ"


def test_an_upper_case_code_is_served_as_it_is(client):
    r = client.get("/actors/KAZ", headers=HTML)
    assert r.status_code == 200
    assert "location" not in r.headers


@pytest.mark.parametrize(
    "given",
    [
        "kazz",  # no such actor in any case
        "evil.example",  # upper-cased, still no actor: no redirect anywhere
        "%2F%2Fevil.example",  # an encoded slash is no route of the page
        "%5C%5Cevil.example",
        "kaz%0d%0aLocation:%20http:%2F%2Fevil.example",
        "k" * 80,
    ],
)
def test_no_redirect_for_an_unknown_code(client, given):
    r = client.get(f"/actors/{given}", headers=HTML)
    assert r.status_code == 404
    assert "location" not in r.headers
    assert "evil.example" not in r.headers.get("location", "")


# ---- 2. unknown issues ----------------------------------------------------------------------------------


@pytest.mark.parametrize("issue", ["no_such_issue", "nosuchissue", "detention_of_journalistz"])
def test_an_unknown_issue_is_a_404_page_linking_to_the_issues(client, issue):
    r = client.get(f"/issues/{issue}", headers=HTML)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    text = html.unescape(r.text)
    assert "unknown issue" in text
    assert f"'{issue}'" in text
    assert 'href="/reactions"' in r.text
    assert 'id="reaction-table"' not in r.text


def test_a_tool_gets_the_unknown_issue_as_json(client):
    r = client.get("/issues/no_such_issue")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "issue_not_found"
    for wanted in ("csv", "markdown"):
        d = client.get("/issues/no_such_issue", params={"format": wanted})
        assert d.status_code == 404
        assert d.json()["error"]["code"] == "issue_not_found"


def test_the_404_page_escapes_the_issue(client):
    r = client.get("/issues/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers=HTML)
    assert r.status_code in (404,)
    assert "<script>alert(1)" not in r.text
    r = client.get("/issues/" + "%3Cb%3E" + "x_" * 200, headers=HTML)
    assert r.status_code == 404
    assert "<b>" not in r.text
    assert len(r.text) < 20_000


def test_the_404_page_links_under_the_root_path(stored):
    with _client(stored, root_path="/communique") as c:
        r = c.get("/issues/no_such_issue", headers=HTML)
    assert r.status_code == 404
    assert 'href="/communique/reactions"' in r.text


@pytest.mark.parametrize(
    "issue",
    [
        "sanctions",  # a dictionary issue no stored statement addresses
        "election%20legitimacy",  # its id with a space
        "grain%20deal%20with%20Varnia",  # an ad-hoc phrase that matches nothing stored
    ],
)
def test_a_known_issue_without_stances_says_not_addressed(client, issue):
    r = client.get(f"/issues/{issue}", headers=HTML)
    assert r.status_code == 200
    assert 'id="reaction-table"' in r.text
    assert "Not addressed" in r.text
    assert client.get(f"/issues/{issue}", params={"format": "csv"}).status_code == 200


def test_a_stored_issue_shows_its_rows(client):
    for issue in ("detention-of-journalists", "the%20detention%20of%20journalists"):
        r = client.get(f"/issues/{issue}", headers=HTML)
        assert r.status_code == 200
        assert "Not addressed" not in r.text
        assert "/documents/" in r.text.split('id="reaction-table"')[1]
