"""The web UI after a demanding user's pass (UX22), in Debian's chromium and through the app.

1. The reaction matrix broke a long word mid-word on a phone ("Representativ|e" at 375 px): labels now wrap
   between words only, and a long name is cut after three lines with the whole of it in its tooltip.
2. Text on the tinted stance and event-class backgrounds was below WCAG AA (4.5:1 for small text): the support
   green 3.6:1, a verbal-conflict badge 3.0:1. Every text of the matrix, a reaction table and a document page
   is now measured in the browser.
3. The reaction table downloads as Markdown as well as CSV (a row per stance, markup and pipes escaped); an
   unknown ``?format=`` is refused instead of answered with the HTML page.

The statements are made up here (actors, issues and events of our own), stored in a temporary SQLite file.
"""

from __future__ import annotations

import re

import pytest

from communique.model import Actor, CodedDocument, Document, Event, Evidence, Issue, Sentence, Stance
from tests.live_server import CHROMIUM, browser_page, served

LONG_NAME = "Plenipotentiary Representative for Interparliamentary Cooperation of the Northern Commonwealth"
HOSTILE = "We | reject *the* <b>plan</b> `now` [link](javascript:x) # here"
#: (code, name) of the made-up issuers; one name has words longer than the matrix column on a phone.
ISSUERS = [
    ("ZZAGOV", "Government of Zedland"),
    ("ZZBREP", LONG_NAME),
    ("IGOZZC", "Commissioner Extraordinary"),
]
#: event CAMEO codes of each quad class, so every badge colour is on the page
EVENTS = [("051", "05", "VCOOP"), ("071", "07", "MCOOP"), ("111", "11", "VCONF"), ("180", "18", "MCONF")]
STANCES = ["support", "oppose", "neutral", "mixed"]


def _statement(n: int, code: str, name: str) -> CodedDocument:
    """A statement of ``name`` with an event of each quad class and a stance of each kind."""
    sentences_text = [
        f"{name} welcomed the decision number {n}.",
        f"{name} pledged aid to the Intercontinental Denuclearisation Commission.",
        f"{name} condemned the blockade of the harbour.",
        f"{name} reported that troops attacked the crossing.",
        HOSTILE,
    ]
    text, sentences, offset = "", [], 0
    for i, s in enumerate(sentences_text):
        sentences.append(Sentence(index=i, start=offset, end=offset + len(s), text=s))
        text += s + "\n"
        offset += len(s) + 1
    issuer = Actor(name=name, code=code, text=name, start=0, end=len(name), sentence_index=0, via="issuer")
    events = []
    for i, (cameo, root, _q) in enumerate(EVENTS):
        s = sentences[i]
        trig = s.text.split()[len(name.split())]
        start = s.start + s.text.index(trig)
        events.append(
            Event(
                id=f"e{i}",
                sentence_index=i,
                start=start,
                end=start + len(trig),
                trigger=trig,
                sentence=s.text,
                cameo=cameo,
                cameo_root=root,
                cameo_name="made up",
                plover=None,
                sources=[issuer],
            )
        )
    stances = []
    for i, st in enumerate(STANCES):
        s = sentences[i if i < 3 else 4]
        stances.append(
            Stance(
                actor=issuer,
                issue=Issue(id=None, label=f"Intercontinental denuclearisation {i}" if i else "sanctions"),
                stance=st,
                confidence=0.8,
                evidence=[Evidence(sentence_index=s.index, start=s.start, end=s.end, text=s.text)],
            )
        )
    doc = Document(
        id=f"{n:016x}",
        text=text,
        source=f"made-up-{n}.txt",
        title=f"Statement {n} of {name}",
        date=f"2024-0{1 + n % 9}-1{n % 9}",
        language="en",
        issuers=[issuer],
        sentences=sentences,
    )
    return CodedDocument(document=doc, actors=[issuer], events=events, stances=stances)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux22') / 'corpus.db'}"
    with Corpus(url, dedup=False) as corpus:
        for n, (code, name) in enumerate(ISSUERS, 1):
            corpus.add(_statement(n, code, name))
    return url


@pytest.fixture(scope="module")
def client(stored):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(stored, token="t")) as c:
        yield c


# ---- Markdown export --------------------------------------------------------------------------------


def test_the_reaction_table_downloads_as_markdown_a_row_per_stance(client):
    page = client.get("/issues/sanctions")
    assert page.status_code == 200
    assert 'href="/issues/sanctions?format=markdown"' in page.text
    r = client.get("/issues/sanctions?format=markdown")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/markdown")
    assert r.headers["content-disposition"] == 'attachment; filename="reactions-sanctions.md"'
    lines = r.text.splitlines()
    assert lines[0] == "**Reactions: sanctions**"
    assert lines[2] == "| Date | Actor | Code | Stance | Evidence | Statement |"
    rows = [line for line in lines[4:] if line]
    assert len(rows) == len(ISSUERS)  # one per stance
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert len(cells) == 6, row
        assert cells[3] == "support"
    assert any(LONG_NAME in row and "ZZBREP" in row for row in rows)


def test_markdown_cells_show_the_text_as_written(client):
    # The mixed stance's evidence is the hostile sentence: pipes, emphasis, HTML, code and a link.
    r = client.get("/issues/Intercontinental%20denuclearisation%203?format=markdown")
    assert r.status_code == 200
    body = r.text
    # No markup character of the sentence is left unescaped (a renderer would bold, link or run it).
    hostile_rows = [row for row in body.splitlines() if "reject" in row]
    assert hostile_rows
    for row in hostile_rows:
        assert not re.search(r"(?<!\\)[<>*`\[\]#]", row), row
    escaped = r"We \| reject \*the\* \<b\>plan\</b\> \`now\` \[link\](javascript:x) \# here"
    assert escaped in body
    for row in body.splitlines()[4:]:
        if row:
            # Every unescaped pipe is a cell border: 7 of them for 6 cells.
            assert row.replace("\\|", "").count("|") == 7, row


def test_an_unknown_format_is_refused_not_answered_with_the_page(client):
    r = client.get("/issues/sanctions?format=xlsx")
    assert r.status_code == 422
    assert r.json()["error"] == {"code": "invalid_format", "message": "format must be csv or markdown"}
    html = client.get("/issues/sanctions?format=xlsx", headers={"accept": "text/html"})
    assert html.status_code == 422 and "format must be csv or markdown" in html.text
    assert client.get("/issues/sanctions?format=csv").headers["content-type"].startswith("text/csv")


# ---- in the browser --------------------------------------------------------------------------------

browser = pytest.mark.skipif(
    CHROMIUM is None, reason="BROWSER TESTS SKIPPED: chromium is not installed (/usr/bin/chromium)"
)

#: The words of the given elements' text that the layout split across two lines (a mid-word break).
MID_WORD = """(sel) => {
  const broken = [];
  for (const el of document.querySelectorAll(sel)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const re = /[^\\s\\-\\u2010-\\u2014\\/]+/g;
      let m;
      while ((m = re.exec(node.data))) {
        const r = document.createRange();
        r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""

#: Visible texts below the WCAG AA contrast ratio with the background they are drawn on.
LOW_CONTRAST = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c;
    }
    return [255, 255, 255];
  };
  const low = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    if (!node.data.trim()) continue;
    const el = node.parentElement, cs = getComputedStyle(el);
    if (el.closest('.sr, svg, [hidden]') || cs.visibility === 'hidden') continue;
    if (!el.getClientRects().length) continue;
    const a = lum(rgb(cs.color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(cs.fontSize), large = size >= 24 || (+cs.fontWeight >= 700 && size >= 18.66);
    const what = `${el.tagName}.${el.className} "${node.data.trim().slice(0, 20)}"`;
    if (ratio < (large ? 3 : 4.5)) low.push(`${what} ${ratio.toFixed(2)}`);
  }
  return low;
}"""


@browser
@pytest.mark.parametrize("width", [320, 375, 390])
def test_on_a_phone_the_matrix_labels_wrap_between_words(stored, width):
    from communique.api import create_app

    with served(create_app(stored, token="t")) as base, browser_page(width, 800) as page:
        page.goto(f"{base}/reactions")
        assert page.locator(f"th.actor-h .muted[title='{LONG_NAME}']").count() == 1
        assert page.evaluate(MID_WORD, ".matrix th") == []
        # The long name is cut to three lines (its tooltip has all of it), not a column as tall as a page.
        box = page.locator(f"th.actor-h .muted[title='{LONG_NAME}']").bounding_box()
        line = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('th.actor-h .muted')).lineHeight)"
        )
        assert box is not None and box["height"] <= 3 * line + 1
        # The actor column leaves room for the cells: the matrix scrolls sideways inside its box.
        column = page.locator("th.actor-h").first.bounding_box()
        assert column is not None and column["width"] < width * 0.5
        assert page.seen == []


@browser
def test_every_text_meets_the_contrast_minimum(stored):
    from communique.api import create_app

    with served(create_app(stored, token="t")) as base, browser_page(1280, 900) as page:
        for path in (
            "/reactions",
            "/issues/sanctions",
            "/issues/Intercontinental%20denuclearisation%203",
            "/actors/ZZAGOV",
            f"/documents/{1:016x}",
            "/search?actor=ZZA",
        ):
            page.goto(base + path)
            if not path.startswith("/search"):
                assert page.locator(".badge, .cell a").count(), path  # the tinted texts under test are there
            assert page.evaluate(LOW_CONTRAST) == [], path
        # The document page shows a badge of every event class and stance of the made-up statement.
        page.goto(f"{base}/documents/{1:016x}")
        for cls in (
            "q-vcoop",
            "q-mcoop",
            "q-vconf",
            "q-mconf",
            "st-support",
            "st-oppose",
            "st-neutral",
            "st-mixed",
        ):
            assert page.locator(f".badge.{cls}").count(), cls
        assert page.seen == []


@browser
def test_the_input_tabs_follow_the_keyboard_pattern_of_tabs(stored):
    """Paste / Upload / URL were three tab stops with no panel roles: a screen reader heard tabs it could not
    move between with the arrow keys, controlling nothing. Now one tab stop, arrows and Home/End move the
    choice, and each panel is a tabpanel named by its tab."""
    from communique.api import create_app

    state = """() => [document.activeElement.id,
      [...document.querySelectorAll('.tab')].map(t => t.getAttribute('aria-selected') + ':' + t.tabIndex),
      [...document.querySelectorAll('.pane')].filter(p => !p.hidden).map(p => p.id)]"""
    with served(create_app(stored, token="t")) as base, browser_page(1280, 900) as page:
        page.goto(f"{base}/")
        for name, pane in (("Paste text", "paste"), ("Upload a file", "upload"), ("From a URL", "fromurl")):
            tab = page.get_by_role("tab", name=name)
            assert tab.get_attribute("aria-controls") == pane
            assert page.get_by_role("tabpanel", name=name, include_hidden=True).get_attribute("id") == pane
        page.keyboard.press("Tab")  # the skip link first
        while page.evaluate("document.activeElement.id") != "tab-text":
            page.keyboard.press("Tab")
        assert page.evaluate(state) == ["tab-text", ["true:0", "false:-1", "false:-1"], ["paste"]]
        page.keyboard.press("ArrowRight")
        assert page.evaluate(state) == ["tab-file", ["false:-1", "true:0", "false:-1"], ["upload"]]
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")  # wraps round to the last
        assert page.evaluate(state) == ["tab-url", ["false:-1", "false:-1", "true:0"], ["fromurl"]]
        page.keyboard.press("Home")
        assert page.evaluate(state)[0] == "tab-text"
        page.keyboard.press("End")
        page.keyboard.press("Tab")  # one stop for the tab list: the next is the chosen panel's field
        assert page.evaluate("document.activeElement.id") == "url"
        assert page.evaluate("document.getElementById('mode').value") == "url"
        assert page.seen == []
