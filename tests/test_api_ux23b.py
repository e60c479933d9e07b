"""Three defects a first-time user of the API hit (UX23b).

1. ``GET /api/v1/`` (where the README points) was a 404: it now answers an index of the endpoints, with the
   docs page and the OpenAPI schema; ``/api/v1`` without the slash answers it too.
2. ``GET /api/v1/actors/kaz`` was a 404 "no actor with code kaz": codes are upper case, so a code that is
   not found as given is looked up upper-cased (and the answer names its canonical URL in
   ``Content-Location``); a code found as given is answered as it is, and an unknown one stays a 404.
3. ``GET /api/v1/stances?issue=no_such_issue`` answered an empty page, as if the issue existed and nobody
   took a side: an issue that no stored stance has, that is not in the issue dictionary and that is not a
   phrase of two words or more is a 404 ``issue_not_found``. A dictionary issue, or an ad-hoc phrase no
   statement addresses, is still an empty page (200), and so is a known issue whose filters select nothing.
"""

from __future__ import annotations

import json

import pytest

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.web.views import Pages

    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux23b') / 'corpus.db'}"
    corpus = Corpus(url)
    corpus.add_many(synthetic_documents(30, seed=21))
    corpus.close()
    warm = Pages.warm
    Pages.warm = lambda self: None  # type: ignore[method-assign]
    try:
        with TestClient(create_app(url, token="")) as c:
            yield c
    finally:
        Pages.warm = warm  # type: ignore[method-assign]


# ---- 1. the API root ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1"])
def test_the_api_root_answers_an_index(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["docs"] == "/api/v1/docs"
    assert body["openapi"] == "/api/v1/openapi.json"
    listed = {(e["method"], e["path"]) for e in body["endpoints"]}
    for wanted in [
        ("POST", "/api/v1/code"),
        ("GET", "/api/v1/documents"),
        ("GET", "/api/v1/events"),
        ("GET", "/api/v1/actors/{code}"),
        ("GET", "/api/v1/stances"),
        ("GET", "/api/v1/stats"),
    ]:
        assert wanted in listed, listed
    assert all(e["summary"] for e in body["endpoints"])
    # Its links answer.
    assert client.get(body["docs"]).status_code == 200
    assert client.get(body["openapi"]).status_code == 200


def test_the_index_carries_the_root_path(tmp_path):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Corpus(url).close()
    with TestClient(create_app(url, token=""), root_path="/communique") as c:
        body = c.get("/api/v1/").json()
    assert body["docs"] == "/communique/api/v1/docs"
    assert ("GET", "/communique/api/v1/stances") in {(e["method"], e["path"]) for e in body["endpoints"]}


def test_the_index_refuses_unknown_parameters_and_other_paths_stay_404(client):
    assert client.get("/api/v1/?x=1").status_code == 422
    assert client.get("/api/v1/nothing-here").status_code == 404
    assert client.get("/api/v2/").status_code == 404


# ---- 2. actor codes in lower case -----------------------------------------------------------------------


def test_a_lower_case_code_answers_the_actor(client):
    exact = client.get("/api/v1/actors/KAZ")
    assert exact.status_code == 200
    assert "content-location" not in exact.headers
    for given in ("kaz", "Kaz"):
        r = client.get(f"/api/v1/actors/{given}")
        assert r.status_code == 200, r.text
        assert r.json() == exact.json()
        assert r.headers["content-location"] == "/api/v1/actors/KAZ"


@pytest.mark.parametrize(
    "given", ["kazz", "nosuchactor", "%2F%2Fevil.example", "kaz%0d%0aX-Bad: 1", "k" * 65]
)
def test_an_unknown_code_in_any_case_stays_a_404(client, given):
    r = client.get(f"/api/v1/actors/{given}")
    assert r.status_code == 404
    assert r.json()["error"]["code"] in ("actor_not_found", "not_found")  # an encoded slash is no route
    assert "content-location" not in r.headers
    assert "location" not in r.headers


# ---- 3. unknown issues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "issue", ["no_such_issue", "nosuchissue", "detention_of_journalistz", "of the", "<script>x</script>"]
)
def test_an_unknown_issue_is_a_404(client, issue):
    r = client.get("/api/v1/stances", params={"issue": issue})
    assert r.status_code == 404, r.text
    error = r.json()["error"]
    assert error["code"] == "issue_not_found"
    assert "unknown issue" in error["message"]


@pytest.mark.parametrize(
    "issue",
    [
        "detention-of-journalists",  # a stored issue id
        "the detention of journalists",  # its label
        "THE DETENTION OF JOURNALISTS",  # its label, in any case (as the API has always matched labels)
    ],
)
def test_a_stored_issue_answers_its_stances(client, issue):
    r = client.get("/api/v1/stances", params={"issue": issue})
    assert r.status_code == 200
    assert r.json()["items"]


@pytest.mark.parametrize(
    "issue",
    [
        "sanctions",  # a dictionary id no stored statement addresses
        "election legitimacy",  # a dictionary id with spaces
        "Sanctions",  # a dictionary label
        "grain deal with Varnia",  # an ad-hoc phrase that matches nothing stored
    ],
)
def test_a_known_issue_without_stances_is_an_empty_page(client, issue):
    r = client.get("/api/v1/stances", params={"issue": issue})
    assert r.status_code == 200, r.text
    assert r.json() == {"items": [], "next_cursor": None}


def test_filters_that_select_nothing_of_a_stored_id_are_an_empty_page(client):
    r = client.get("/api/v1/stances", params={"issue": "detention-of-journalists", "since": "2999"})
    assert r.status_code == 200, r.text
    assert r.json()["items"] == []
    # Without an issue, nothing is unknown.
    assert client.get("/api/v1/stances", params={"since": "2999"}).status_code == 200


def test_the_404_does_not_reflect_a_long_issue(client):
    r = client.get("/api/v1/stances", params={"issue": "x_" * 140})
    assert r.status_code == 404
    assert len(json.dumps(r.json())) < 600
