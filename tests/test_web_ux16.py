"""The web UI with big corpora (UX16): Debian's chromium driven by Playwright against a real server."""

from __future__ import annotations

import pytest

from tests.live_server import browser_page, served
from tests.test_web_browser import CHROMIUM, OUT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="BROWSER TESTS SKIPPED: chromium is not installed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn in a thread serving a synthetic corpus: 20 actors with stances on 10 issues."""
    from communique.api import create_app
    from communique.store import Corpus
    from communique.store.synthetic import synthetic_documents

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux16') / 'web.db'}"
    with Corpus(url) as corpus:
        for coded in synthetic_documents(300, seed=16):
            corpus.add(coded)
    with served(create_app(url)) as base:
        yield base


@pytest.fixture
def page():
    OUT.mkdir(exist_ok=True)
    with browser_page(1000, 700) as pg:
        yield pg


VISIBLE = """(selector) => {
  const el = document.querySelector(selector);
  const r = el.getBoundingClientRect();
  const x = Math.min(r.left + 8, window.innerWidth - 1), y = Math.min(r.top + 8, window.innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  return r.bottom > 0 && r.top < window.innerHeight && hit !== null && el.contains(hit);
}"""


def test_reaction_matrix_keeps_actor_and_issue_labels_in_view_when_scrolled(server, page):
    """Beyond ~7 issues the matrix scrolled sideways and the actor column went with it; down, the issues."""
    page.goto(server + "/reactions")
    assert page.locator("#matrix thead th.issue-h").count() >= 10
    # Scroll the matrix to its far right and bottom, as a reader looking for the last actor's last issue.
    page.evaluate(
        """() => { const box = document.querySelector('#matrix').parentElement; box.scrollIntoView();
                   box.scrollLeft = 1e6; box.scrollTop = 1e6; window.scrollBy(0, 60); }"""
    )
    page.wait_for_timeout(200)
    page.screenshot(path=str(OUT / "web-ux16-matrix-scrolled.png"))
    last_row = "#matrix tbody tr:last-child"
    assert page.evaluate(VISIBLE, f"{last_row} td:last-child"), "the last cell is not in view"
    assert page.evaluate(VISIBLE, f"{last_row} th.actor-h"), "the actor of the row in view is hidden"
    assert page.evaluate(VISIBLE, "#matrix thead th.issue-h:last-child"), "the issue headers are hidden"
