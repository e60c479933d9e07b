"""The web UI after a new user's afternoon (UX19): served under a root path, every link, form and asset
carries it; a narrow desktop window does not cover the mention under the mouse; an unknown event type is
refused by name; the actor page counts events.

A real SQLite corpus of a coded example; FastAPI's TestClient with a root path; uvicorn (the app mounted
under a prefix, as a proxy's sub-path serves it) and chromium through Playwright.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import EXAMPLES
from tests.live_server import CHROMIUM, browser_page, served

JOINT = EXAMPLES / "belarus-opposition-kazakhstan-2022.txt"
ROOT = "/communique"


@pytest.fixture(scope="module")
def stored(tmp_path_factory, coder):
    """The joint statement (three BLROPP issuers), and a long copy a narrow window has to scroll."""
    from communique.ingest import load_source
    from communique.ingest.sources import document_from_record
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux19') / 'corpus.db'}"
    doc = next(iter(load_source(str(JOINT))))
    text = "\n\n".join([JOINT.read_text(encoding="utf-8")] * 4)
    long_doc = document_from_record({"text": text, "title": "Long", "date": "2022-01-10"}, "made up", None)
    with Corpus(url, dedup=False) as corpus:
        coded = coder.code_document(doc)
        corpus.add(coded)
        long = coder.code_document(long_doc)
        corpus.add(long)
    return url, coded, long.document.id, long


def _client(stored, coder, **kwargs):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    return TestClient(create_app(stored[0], token="", coder=coder), **kwargs)


def _pages(coded) -> list[str]:
    stance = coded.stances[0]
    issue = stance.issue.id or stance.issue.label
    return [
        "/",
        "/search",
        "/search?actor=BLROPP",
        f"/documents/{coded.document.id}",
        "/reactions",
        f"/issues/{issue}",
        f"/reactions/evidence?actor=BLROPP&issue={issue}",
        "/actors/BLROPP",
        "/api/v1/docs",
        "/documents/no-such-document",
    ]


def test_behind_a_root_path_every_link_form_and_asset_carries_it(stored, coder):
    """base.html wrote /static/app.css, /static/app.js and every link from the site's root: behind a proxy's
    sub-path the pages came without style or script, and every link left the app."""
    with _client(stored, coder, root_path=ROOT) as client:
        for path in _pages(stored[1]):
            page = client.get(ROOT + path, headers={"accept": "text/html"})
            assert page.status_code in (200, 404), (path, page.status_code)
            urls = re.findall(r'(?:href|src|action)="(/[^"]*)"', page.text)
            assert urls, path
            outside = [u for u in urls if not u.startswith(ROOT + "/")]
            assert not outside, (path, outside[:5])
        # The details data's actor links are prefixed by app.js from the body's data-root.
        document = client.get(f"{ROOT}/documents/{stored[1].document.id}")
        assert f'<body data-root="{ROOT}">' in document.text
    # Served at the root, nothing changes.
    with _client(stored, coder) as client:
        page = client.get("/search?actor=BLROPP")
        assert '<body data-root="">' in page.text and 'href="/static/app.css"' in page.text


def test_behind_a_root_path_an_api_error_is_still_json(stored, coder):
    """The API's error handler looked for '/api/' at the start of a path that now began with the prefix: a
    browser asking the API got an HTML page."""
    with _client(stored, coder, root_path=ROOT) as client:
        answer = client.get(f"{ROOT}/api/v1/documents/nothing-here", headers={"accept": "text/html"})
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("application/json"), answer.text[:200]


def test_an_unknown_event_type_is_refused_by_name_in_the_api_and_the_form(stored, coder):
    """'event=XYZ' answered an empty list (API) and 'No statements match' (web): a typo read as no data."""
    with _client(stored, coder) as client:
        for path in ("/api/v1/events", "/api/v1/documents", "/api/v1/stats"):
            answer = client.get(path, params={"event": "XYZ"})
            assert answer.status_code == 422, (path, answer.text)
            error = answer.json()["error"]
            assert error["code"] == "invalid_event" and "'XYZ' is not a CAMEO code" in error["message"]
        assert client.get("/api/v1/events", params={"event": "accuse"}).status_code == 200
        page = client.get("/search", params={"event": "XYZ", "actor": "BLROPP"})
        assert page.status_code == 422
        assert "is not a CAMEO code or prefix" in page.text and 'value="XYZ"' in page.text


def test_the_actor_page_counts_events_not_mentions(stored, coder):
    """'30 event roles' for the 10 events of a statement whose three issuers share the code BLROPP."""
    events = [
        e
        for coded in (stored[1], stored[3])
        for e in coded.events
        if "BLROPP" in {a.code for a in (*e.sources, *e.targets)}
    ]
    assert any(len([a for a in e.sources if a.code == "BLROPP"]) > 1 for e in events), "three issuers"
    with _client(stored, coder) as client:
        page = client.get("/actors/BLROPP").text
        assert f"· {len(events)} events ·" in " ".join(page.split()), page[:2000]
        assert "event role" not in page
        assert client.get("/api/v1/actors/BLROPP").json()["events"] == len(events)


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="BROWSER TESTS SKIPPED: chromium is not installed (/usr/bin/chromium)"
)


def _mounted(stored, coder):
    """The app under /communique of a parent app, as a proxy's sub-path reaches it."""
    from starlette.applications import Starlette
    from starlette.routing import Mount

    from communique.api import create_app

    return Starlette(routes=[Mount(ROOT, app=create_app(stored[0], token="", coder=coder))])


@needs_chromium
def test_in_chromium_behind_a_root_path_the_page_has_its_style_script_and_links(stored, coder):
    with served(_mounted(stored, coder)) as base, browser_page(1280, 900) as page:
        failed: list[str] = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(f"{base}{ROOT}/documents/{stored[1].document.id}")
        assert not failed, failed
        # The stylesheet applied (the header is dark), and the script ran: an actor's details hold its link.
        assert (
            page.eval_on_selector("header.top", "h => getComputedStyle(h).backgroundColor")
            != "rgba(0, 0, 0, 0)"
        )
        page.locator("#doctext [data-actor]").first.click()
        link = page.locator(".detail a.code").first
        assert (link.get_attribute("href") or "").startswith(f"{ROOT}/actors/")
        link.click()
        page.wait_for_load_state()
        assert page.url.startswith(f"{base}{ROOT}/actors/") and "Actor" in page.content()
        assert not failed and not page.seen, (failed, page.seen)


@needs_chromium
def test_on_a_narrow_desktop_window_hover_leaves_the_mention_uncovered(stored, coder):
    """Below 900 px the pane sits at the bottom of the screen once it shows something. Hovering a mention
    in the lower half showed it there, over the mention and under the mouse; now hover shows details only
    beside the text (wide windows), and a click shows them with the mention scrolled clear."""
    with served(_mounted(stored, coder)) as base, browser_page(700, 800) as page:
        page.goto(f"{base}{ROOT}/documents/{stored[2]}")
        assert page.evaluate("matchMedia('(hover: hover)').matches")
        mentions = page.locator("#doctext [data-actor]")
        target = mentions.nth(mentions.count() // 2)
        target.scroll_into_view_if_needed()
        page.evaluate(
            "el => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.8)",
            target.element_handle(),
        )
        target.hover()
        assert "has-info" not in (page.locator(".detail").get_attribute("class") or "")
        target.click()
        box, pane = target.bounding_box(), page.locator(".detail").bounding_box()
        assert box is not None and pane is not None
        assert box["y"] + box["height"] <= pane["y"], (box, pane)
