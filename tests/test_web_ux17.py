"""The document page's details pane (UX17): facts rendered on demand from data, in Debian's chromium.

A long statement's page carried one hidden HTML block per event and actor mention (half of its bytes);
app.js now builds the block it shows from one data attribute. Its strings come from hostile text.
"""

from __future__ import annotations

import pytest

from communique.model import Actor, CodedDocument, Document, Event, Sentence
from tests.live_server import browser_page, served
from tests.test_web_browser import CHROMIUM, OUT
from tests.test_web_highlight_ux16 import _statement

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="BROWSER TESTS SKIPPED: chromium is not installed"),
]

HOSTILE_ACTOR = '<img src=x onerror="window.__pwned=1">\'s </dd></dl><script>window.__pwned=2</script>'
HOSTILE_TRIGGER = "condemns'\"><b>"


def _hostile() -> CodedDocument:
    line = f"The Ministry of {HOSTILE_ACTOR} strongly {HOSTILE_TRIGGER} the attack on the port."
    a0 = line.index(HOSTILE_ACTOR)
    t0 = line.index(HOSTILE_TRIGGER)
    actor = Actor(
        name="</p><svg onload=window.__pwned=3>", text=HOSTILE_ACTOR, start=a0, end=a0 + len(HOSTILE_ACTOR),
        sentence_index=0, code="ABC'><img src=x onerror=window.__pwned=4>", country="<u>X</u>",
        sectors=["GOV", "<i>"], via="entity", entry="</code><script>window.__pwned=5</script>",
    )  # fmt: skip
    event = Event(
        id="e0", sentence_index=0, start=t0, end=t0 + len(HOSTILE_TRIGGER), trigger=HOSTILE_TRIGGER,
        sentence=line, cameo="111", cameo_root="11", cameo_name="Criticize <or> denounce", plover="ACCUSE",
        sources=[actor], pattern="111:<script>window.__pwned=6</script>" + "x" * 80, confidence=0.5,
    )  # fmt: skip
    document = Document(
        id="hostile-ux17", text=line, sentences=[Sentence(index=0, start=0, end=len(line), text=line)]
    )
    return CodedDocument(document=document, actors=[actor], events=[event])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from communique.api import create_app
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux17') / 'web.db'}"
    with Corpus(url) as corpus:
        corpus.add(_hostile())
        corpus.add(_statement(400, seed=17))
    with served(create_app(url)) as base:
        yield base


@pytest.fixture
def page():
    OUT.mkdir(exist_ok=True)
    with browser_page(1280, 900) as pg:
        yield pg


def test_a_long_statement_has_no_hidden_detail_blocks_and_shows_each_on_click(server, page):
    """400 sentences, ~840 events, 2000 mentions: every one had its hidden block in the page."""
    import urllib.request

    body = urllib.request.urlopen(server + "/documents/long").read()
    page.goto(server + "/documents/long")
    assert page.locator(".info").count() == 0, "hidden detail blocks are back in the page"
    n_events = page.locator("#events-table tbody tr").count()
    assert n_events > 500
    # Bytes per event and mention: ~1.2 kB with the hidden blocks, well under 1 kB without.
    assert len(body) < 900 * (n_events + 2000), len(body)
    last = page.locator("#doctext a.ev").last
    last.click()
    detail = page.locator("#detail-body .info")
    assert detail.count() == 1
    index = int(last.get_attribute("data-ev") or "-1")
    assert detail.locator("a").last.get_attribute("href") == f"#ev-{index}"
    text = detail.inner_text()
    assert "111 Criticize" in text and "Source → target" in text and "Confidence" in text, text
    page.locator("#doctext [data-actor]").first.click()
    text = page.locator("#detail-body .info").inner_text()
    assert "Government of Canada" in text or "Canada" in text, text
    assert "Found via" in text and "Country" in text, text
    assert not page.seen


def test_hostile_strings_in_the_details_pane_stay_text(server, page):
    page.goto(server + "/documents/hostile-ux17")
    page.locator("#doctext a.ev").first.click()
    detail = page.locator("#detail-body")
    text = detail.inner_text()
    assert f"“{HOSTILE_TRIGGER}”" in text, text
    assert "Criticize <or> denounce" in text
    code = detail.locator("code")
    assert code.inner_text().endswith("…") and len(code.inner_text()) == 60
    assert code.get_attribute("title") == "111:<script>window.__pwned=6</script>" + "x" * 80
    page.locator("#doctext [data-actor]").first.hover()
    page.locator("#doctext [data-actor]").first.click()
    text = detail.inner_text()
    assert f"“{HOSTILE_ACTOR}”" in text and "</p><svg onload=window.__pwned=3>" in text, text
    assert "</code><script>window.__pwned=5</script>" in text and "GOV, <i>" in text and "<u>X</u>" in text
    link = detail.locator("a.code")
    assert link.inner_text() == "ABC'><img src=x onerror=window.__pwned=4>"
    assert link.get_attribute("href") == "/actors/ABC%27%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D4%3E"
    assert detail.locator("img, script, svg, b, u, i").count() == 0
    page.screenshot(path=str(OUT / "web-ux17-hostile-detail.png"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not page.seen
