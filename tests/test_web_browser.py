"""Browser tests: the web UI in Debian's chromium driven by Playwright, against a real server and database."""

from __future__ import annotations

import warnings

import pytest

from tests.conftest import ROOT, SEED
from tests.live_server import CHROMIUM, CHROMIUM_ARGS, served

OUT = ROOT / "test-output"
TOKEN = "browser-test-token"
ARGS = CHROMIUM_ARGS

if CHROMIUM is None:
    warnings.warn(
        "BROWSER TESTS SKIPPED: no chromium at /usr/bin/chromium (apt-get install chromium)", stacklevel=1
    )

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="BROWSER TESTS SKIPPED: chromium is not installed (/usr/bin/chromium)"
    ),
]

HOSTILE = """Statement <script>window.__pwned = 1; alert('script')</script> of the Council

We <img src=x onerror="window.__pwned = 2; alert('img')"> reject the deployment of troops to Kazakhstan.
Read <a href="javascript:window.__pwned = 3; alert('link')">our full position</a> and
<svg onload="window.__pwned = 4"></svg> "><script>window.__pwned = 5</script>
<iframe src="javascript:alert(6)"></iframe>
<style>body { display: none }</style> The government of Belarus must not send troops.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, seed_coded, coder):
    """uvicorn in a thread on 127.0.0.1 serving a temporary SQLite corpus with the coded seed statement."""
    from communique.api import create_app
    from communique.store import Corpus

    db = tmp_path_factory.mktemp("web") / "web.db"
    url = f"sqlite:///{db}"
    corpus = Corpus(url)
    corpus.add(seed_coded)
    corpus.close()
    with served(create_app(url, token=TOKEN, coder=coder)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    OUT.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def _watch(page) -> dict[str, list[str]]:
    """Record dialogs (auto-dismissed), console messages and page errors."""
    seen: dict[str, list[str]] = {"dialogs": [], "console": [], "errors": []}

    def on_dialog(dialog):
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    return seen


def test_paste_seed_shows_issuers_and_highlighted_rejection(server, page):
    seen = _watch(page)
    response = page.goto(server + "/")
    assert response is not None and "script-src 'self'" in response.headers["content-security-policy"]
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.screenshot(path=str(OUT / "web-start.png"), full_page=True)
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#doctext")
    page.screenshot(path=str(OUT / "web-seed-document.png"), full_page=True)
    issuers = page.locator("#issuers .issuer-chip")
    assert issuers.count() == 3, issuers.all_inner_texts()
    names = " ".join(issuers.all_inner_texts())
    for name in ("Tsikhanouskaya", "Coordination Council", "Anti-Crisis"):
        assert name in names
    # The rejection "We do not accept the use of Belarusian troops ...": a CAMEO 12 trigger, coloured as
    # verbal conflict, highlighted in the text.
    rejections = page.locator('#doctext a.hl.ev.q-vconf[title^="12"]')
    assert rejections.count() >= 1, "no highlighted CAMEO 12 rejection in the seed statement"
    assert any("accept" in t for t in rejections.all_inner_texts())
    rejections.first.click()
    detail = page.locator("#detail-body")
    assert "12" in detail.inner_text() and "→" in detail.inner_text()
    page.screenshot(path=str(OUT / "web-seed-detail.png"))
    assert not seen["dialogs"] and not seen["errors"], seen


def test_reaction_matrix_cell_leads_to_evidence(server, page, seed_coded):
    seen = _watch(page)
    page.goto(server + "/reactions")
    page.screenshot(path=str(OUT / "web-reactions.png"), full_page=True)
    row = page.locator("#matrix tbody tr", has=page.locator("th.actor-h", has_text="BLROPP"))
    assert row.count() == 1, "no BLROPP row in the reaction matrix"
    cell = row.locator("td.cell.st-oppose a").first
    assert cell.count() == 1, "the seed's issuers oppose something: expected an 'oppose' cell"
    cell.click()
    page.wait_for_selector("#evidence")
    page.screenshot(path=str(OUT / "web-evidence.png"), full_page=True)
    quote = page.locator("#evidence blockquote.evidence").first.inner_text()
    assert quote.strip()
    page.locator("#evidence a.evidence-link").first.click()
    page.wait_for_selector("#doctext")
    assert seed_coded.document.id in page.url and "#s-" in page.url
    target = page.locator("#doctext .sent:target")
    assert target.count() == 1
    assert quote.strip()[:40] in target.inner_text() or target.inner_text()[:40] in quote
    page.screenshot(path=str(OUT / "web-evidence-in-document.png"), full_page=True)
    assert not seen["dialogs"] and not seen["errors"], seen


def _assert_inert(page, seen) -> None:
    assert seen["dialogs"] == [], f"a dialog opened: {seen['dialogs']}"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.src)")
    assert scripts == [page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + "/static/app.js"], (
        scripts
    )
    assert (
        page.locator("#doctext img, #doctext iframe, #doctext svg, #doctext script, #doctext style").count()
        == 0
    )
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], hrefs
    assert page.locator("body").is_visible()


def test_hostile_document_never_executes(server, page):
    import httpx

    r = httpx.post(
        server + "/api/v1/documents",
        json={
            "text": HOSTILE,
            "title": "<script>alert('title')</script>",
            "issuers": ["<img src=x onerror=alert(7)>"],
        },
        headers={"authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert r.status_code in (200, 201), r.text
    doc_id = r.json()["results"][0]["id"]
    seen = _watch(page)
    response = page.goto(f"{server}/documents/{doc_id}")
    assert response is not None and response.status == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page.wait_for_timeout(300)
    for el in page.locator("#doctext .hl").all()[:10]:
        el.hover()
        el.click()
    page.screenshot(path=str(OUT / "web-hostile-stored.png"), full_page=True)
    _assert_inert(page, seen)
    assert "<script>" in page.locator("#doctext").inner_text()  # shown as text, not run
    assert "<script>alert('title')</script>" in page.locator("h1").inner_text()

    # The same through the paste form, and a search that lists it.
    page.goto(server + "/")
    page.fill("#text", HOSTILE)
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#doctext")
    _assert_inert(page, seen)
    page.goto(server + "/search?q=deployment")
    page.wait_for_timeout(200)
    assert seen["dialogs"] == [] and page.evaluate("typeof window.__pwned") == "undefined"


def test_csrf_rejected_in_the_browser(server, page):
    page.goto(server + "/")
    page.evaluate("document.querySelector('input[name=csrf_token]').value = 'forged.0000'")
    page.fill("#text", "We welcome the talks.")
    page.click("#code-form button[type=submit]")
    page.wait_for_load_state()
    assert "csrf" in page.content().lower()
    assert page.locator("h1").inner_text().startswith("403")


def test_phone_layout_has_no_horizontal_scroll(server, browser, seed_coded):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        for path in ("/", f"/documents/{seed_coded.document.id}", "/search?q=troops", "/reactions"):
            page.goto(server + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
        page.goto(f"{server}/documents/{seed_coded.document.id}")
        page.screenshot(path=str(OUT / "web-phone-document.png"), full_page=True)
    finally:
        context.close()


def test_search_page_shows_facets_and_timeline(server, page):
    page.goto(server + "/search?q=troops")
    assert page.locator("#results li.hit").count() >= 1
    assert page.locator(".facets h3").count() >= 1
    page.screenshot(path=str(OUT / "web-search.png"), full_page=True)
