"""The web UI after the RV18-io review (UX18b): the form page is never compressed whatever the root path,
and on a phone the details pane does not cover the mention just tapped.

A real SQLite corpus of a coded example; TestClient with a root path; uvicorn and chromium for the phone.
"""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES
from tests.live_server import CHROMIUM, browser_page, served

JOINT = EXAMPLES / "belarus-opposition-kazakhstan-2022.txt"


@pytest.fixture(scope="module")
def stored(tmp_path_factory, coder):
    """One long statement (the example four times over, so a phone has to scroll it)."""
    from communique.ingest import load_source
    from communique.ingest.sources import document_from_record
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux18b') / 'corpus.db'}"
    doc = next(iter(load_source(str(JOINT))))
    text = "\n\n".join([JOINT.read_text(encoding="utf-8")] * 4)
    long_doc = document_from_record({"text": text, "title": "Long", "date": doc.date}, "made up", None)
    with Corpus(url) as corpus:
        coded = coder.code_document(long_doc)
        corpus.add(coded)
    return url, coded.document.id


def test_the_form_page_is_not_compressed_behind_a_root_path(stored, coder):
    """Served under a prefix, the start page (CSRF token beside stored text: BREACH) was gzipped."""
    from fastapi.testclient import TestClient

    from communique.api import create_app

    app = create_app(stored[0], token="", coder=coder)
    with TestClient(app, root_path="/communique") as client:
        start = client.get("/communique/", headers={"accept-encoding": "gzip"})
        assert start.status_code == 200 and "csrf_token" in start.text
        assert start.headers.get("content-encoding", "identity") == "identity"
        page = client.get(f"/communique/documents/{stored[1]}", headers={"accept-encoding": "gzip"})
        assert page.status_code == 200 and page.headers.get("content-encoding") == "gzip"
    with TestClient(app) as client:
        start = client.get("/?x=1", headers={"accept-encoding": "gzip"})
        assert start.headers.get("content-encoding", "identity") == "identity" and "csrf_token" in start.text


browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium")


@browser
def test_on_a_phone_a_mention_tapped_low_on_the_screen_stays_above_the_details(stored, coder):
    """The pane takes the bottom of a phone's screen once it shows something: a mention tapped in the
    lower half was hidden under the details it had just opened."""
    from communique.api import create_app

    with served(create_app(stored[0], token="", coder=coder)) as base, browser_page(375, 740) as page:
        page.goto(f"{base}/documents/{stored[1]}")
        # Bring a mention from the middle of the text to y ~ 620 of the 740 px screen, then tap it.
        index = page.evaluate(
            "(() => { const all = [...document.querySelectorAll('#doctext [data-actor]')];"
            " const i = Math.floor(all.length / 2);"
            " window.scrollTo(0, all[i].getBoundingClientRect().top + window.scrollY - 620); return i; })()"
        )
        mention = page.locator("#doctext [data-actor]").nth(index)
        top = page.evaluate("el => el.getBoundingClientRect().top", mention.element_handle())
        assert 560 < top < 700, top
        # A tap: a click with no hover first (a mouse passing over would show the pane on hover).
        mention.dispatch_event("click")
        page.wait_for_function("document.querySelector('#detail-body .info') !== null")
        page.wait_for_timeout(300)
        pane = page.evaluate("document.getElementById('detail').getBoundingClientRect().top")
        rect = "el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom]; }"
        box = page.evaluate(rect, mention.element_handle())
        assert box[0] >= 0 and box[1] <= pane, (box, pane)
        assert pane < 740
        assert page.seen == []


def test_a_statement_with_many_reposts_lists_twenty_and_a_near_copy_is_not_100_percent(tmp_path, coder):
    """'Also published' listed every repost (a statement grouped with hundreds rendered them all), and a
    repost 99.6% the same was shown as '(100% the same words)'."""
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, text

    from communique.api import create_app
    from communique.ingest.sources import document_from_record
    from communique.store import Corpus

    body = (
        "The ministry of foreign affairs condemned the attack on the aid convoy near the border crossing "
        "and called on all parties to let humanitarian workers reach the people in need without delay. "
    ) * 3
    url = f"sqlite:///{tmp_path / 'many.db'}"
    ids = []
    with Corpus(url) as corpus:
        for i in range(25):
            words = body if i == 0 else body + f"Shared by office number {i}."
            doc = document_from_record(
                {"text": words, "title": f"Copy {i}", "date": f"2024-05-0{1 + i % 9}"},
                "made up",
                None,
            )
            coded = coder.code_document(doc)
            corpus.add(coded)
            ids.append(coded.document.id)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET similarity = 0.996 WHERE id = :id"), {"id": ids[1]})
    engine.dispose()
    with TestClient(create_app(url, token="", coder=coder)) as client:
        repost = client.get(f"/documents/{ids[1]}").text
        assert "(99% the same words)" in repost, repost[:3000]
        page = client.get(f"/documents/{ids[0]}").text
    published = page.split('id="published"', 1)[1].split("</div>", 1)[0]
    assert published.count('href="/documents/') == 20
    assert "and 4 more" in published
