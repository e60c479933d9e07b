"""A person's pass over the web UI (UX18): what a reader tripped on, through TestClient and chromium.

Real SQLite corpora of coded examples; the browser tests serve the app with uvicorn and drive chromium.
"""

from __future__ import annotations

import gzip
import re

import pytest

from tests.conftest import EXAMPLES
from tests.live_server import CHROMIUM, browser_page, served

JOINT = EXAMPLES / "belarus-opposition-kazakhstan-2022.txt"
RTL_TEXT = "أدانت وزارة الخارجية الهجوم على القافلة ودعت إلى ضبط النفس."


def _store(corpus, coder, path, *, text: str | None = None, title: str | None = None):
    from dataclasses import replace

    from communique.ingest import load_source

    doc = next(iter(load_source(str(path))))
    if text is not None:
        from communique.ingest.sources import document_from_record

        doc = document_from_record({"text": text, "title": title, "date": doc.date}, "made up", None)
    elif title is not None:
        doc = replace(doc, title=title)
    coded = coder.code_document(doc)
    corpus.add(coded)
    return coded.document.id


@pytest.fixture(scope="module")
def stored(tmp_path_factory, coder):
    """A corpus holding one statement, a repost of it (a title and one sentence added) and an RTL one."""
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux18') / 'corpus.db'}"
    with Corpus(url) as corpus:
        original = _store(corpus, coder, JOINT)
        body = JOINT.read_text(encoding="utf-8")
        repost = _store(
            corpus, coder, JOINT, text=body + "\n\nPublished again by our office.", title="Reposted"
        )
        rtl = _store(corpus, coder, JOINT, text=RTL_TEXT, title="بيان وزارة الخارجية")
        info = corpus.document_info(repost)
    assert info is not None and info["duplicate_of"] == original, "the copy should be stored as a repost"
    return url, {"original": original, "repost": repost, "rtl": rtl}


@pytest.fixture(scope="module")
def client(stored, coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(stored[0], token="", coder=coder), raise_server_exceptions=False) as c:
        yield c


def test_a_repost_page_names_the_statement_it_repeats(client, stored):
    """It read 'Stored statement · 0 sentences · 0 events', issuers 'none detected', and no word of why."""
    ids = stored[1]
    page = client.get(f"/documents/{ids['repost']}").text
    notice = re.search(r'<p class="notice" id="repost">(.*?)</p>', page, flags=re.S)
    assert notice, page[:2000]
    assert f'href="/documents/{ids["original"]}"' in notice.group(1)
    assert "coded there" in notice.group(1)


def test_an_original_lists_where_else_it_was_published(client, stored):
    ids = stored[1]
    page = client.get(f"/documents/{ids['original']}").text
    published = page.split('id="published"', 1)[1].split("</div>", 1)[0]
    assert f'href="/documents/{ids["repost"]}"' in published and "Reposted" in published
    # The statement's own page is not listed as published elsewhere, and a plain one has no such list.
    assert f'href="/documents/{ids["original"]}"' not in published
    assert 'id="published"' not in client.get(f"/documents/{ids['rtl']}").text


def test_an_empty_result_list_is_not_numbered_and_an_empty_corpus_says_so(client, tmp_path):
    """'1. No statements match.': the message was the first item of the numbered list of hits."""
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.store import Corpus

    none = client.get("/search", params={"q": "zeppelinquartz"}).text
    assert re.search(r'<p class="muted" id="results">No statements match.</p>', none)
    assert '<ol class="hits"' not in none
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Corpus(url).close()
    with TestClient(create_app(url, token="")) as empty:
        page = empty.get("/search").text
    assert "No statements stored yet" in page and "No statements match" not in page


def test_pages_and_api_answers_are_gzipped_except_the_form_page(client, stored):
    """A long statement's page was ~1 MB of HTML on the wire (~50 kB gzipped); nothing was compressed."""
    ids = stored[1]
    for path in (f"/documents/{ids['original']}", "/reactions", "/api/v1/events?limit=50"):
        answer = client.get(path, headers={"accept-encoding": "gzip"})
        assert answer.status_code == 200 and answer.headers.get("content-encoding") == "gzip", path
        assert "accept-encoding" in answer.headers.get("vary", "").lower()
    plain = client.get(f"/documents/{ids['original']}", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers
    # BREACH: the start page holds the CSRF token next to stored text; it is never compressed.
    start = client.get("/", headers={"accept-encoding": "gzip"})
    assert start.headers.get("content-encoding", "identity") == "identity"
    assert "communique_csrf" in start.headers["set-cookie"]
    # The security headers are on compressed answers too.
    assert "content-security-policy" in client.get("/reactions", headers={"accept-encoding": "gzip"}).headers
    assert gzip.decompress(gzip.compress(b"x")) == b"x"


def test_statement_text_and_titles_take_their_own_direction(client, stored):
    page = client.get(f"/documents/{stored[1]['rtl']}").text
    assert re.search(r'<p class="counts">1 sentence · \d+ actor mentions? · ', page)  # was "1 sentences"
    assert "(+1 repost)" in client.get("/").text
    assert re.search(r'<h1 dir="auto">', page) and 'id="doctext" dir="auto"' in page
    hits = client.get("/search", params={"q": "الخارجية"}).text
    assert 'class="hit-title" href="/documents/' in hits and 'dir="auto"' in hits


def test_a_bad_search_field_comes_back_in_the_form_with_the_reason(client):
    """A date typed as 01/03/2022 gave an error page ('422 · invalid since', a link to the start page): the
    words typed were lost. A bad cursor was '400 bad input' echoing it, unlike the API's 422."""
    page = client.get(
        "/search",
        params={"q": "troops", "since": "01/03/2022", "actor": "BLROPP"},
        headers={"accept": "text/html"},
    )
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert 'name="since" value="01/03/2022"' in page.text and 'name="q" value="troops"' in page.text
    assert 'name="actor" value="BLROPP"' in page.text
    error = re.search(r'<p class="notice" id="form-error" role="alert">(.*?)</p>', page.text)
    assert error and "since must be a date" in error.group(1)
    hostile = client.get(
        "/search", params={"until": '"><script>x()</script>'}, headers={"accept": "text/html"}
    )
    assert hostile.status_code == 422 and "<script>x()" not in hostile.text
    cursor = client.get("/search", params={"cursor": "abc"}, headers={"accept": "text/html"})
    assert cursor.status_code == 422 and "cursor is not one" in cursor.text and "abc" not in cursor.text


def test_a_chart_of_years_is_not_headed_per_month(tmp_path):
    """Ten years of statements were drawn as one bar per year under the heading 'Events per month'."""
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.store import Corpus
    from communique.store.synthetic import synthetic_documents
    from communique.web.charts import timeline_chart

    rows = [
        {"month": f"{y}-{m:02d}", "event_class": "vcoop", "count": 1} for y in (2015, 2024) for m in (1, 6)
    ]
    assert (timeline_chart(rows).period, timeline_chart(rows[:2]).period) == ("year", "month")
    url = f"sqlite:///{tmp_path / 'years.db'}"
    with Corpus(url) as corpus:
        corpus.add_many(synthetic_documents(40, seed=3, start_year=2014, years=10))
    with TestClient(create_app(url, token="")) as client:
        for path in ("/search", "/actors/RUS"):
            page = client.get(path).text
            assert "<h2>Events per year</h2>" in page and 'aria-label="Events' in page, path
            assert "per month" not in page, path


browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium")


@pytest.fixture(scope="module")
def server(stored, coder):
    from communique.api import create_app

    with served(create_app(stored[0], token="", coder=coder)) as base:
        yield base


@browser
def test_keyboard_skip_link_focus_details_and_rtl_in_chromium(server, stored):
    """Keyboard: five header stops before the content on every page, and a highlight's details only on
    Enter; an Arabic title and statement were laid out left to right."""
    ids = stored[1]
    with browser_page(1280, 900) as page:
        page.goto(f"{server}/documents/{ids['original']}")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0  # shown on focus
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.focus("#doctext [data-ev]")  # focus alone, no Enter: the pane follows
        page.wait_for_function("document.querySelector('#detail-body .info') !== null")
        assert "Source" in page.inner_text("#detail-body")
        page.goto(f"{server}/documents/{ids['rtl']}")
        assert page.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
        assert page.evaluate("getComputedStyle(document.getElementById('doctext')).direction") == "rtl"
        assert page.seen == []


@browser
def test_on_a_phone_a_tapped_mention_shows_its_details_on_screen(server, stored):
    """Below 900 px the details pane sits after the whole text: tapping an actor filled it off screen."""
    with browser_page(375, 740) as page:
        page.goto(f"{server}/documents/{stored[1]['original']}")
        assert page.evaluate("document.getElementById('detail').getBoundingClientRect().top") > 740
        page.locator("#doctext [data-actor]").first.click()
        page.wait_for_function("document.querySelector('#detail-body .info') !== null")
        box = page.evaluate(
            "(() => {const r = document.getElementById('detail').getBoundingClientRect();"
            " return [r.top, r.bottom];})()"
        )
        assert 0 <= box[0] < 740 and box[1] <= 741, box
        page.click("#detail-close")  # and it can be put away again
        assert page.evaluate("document.getElementById('detail').getBoundingClientRect().top") > 740
        assert page.seen == []


@browser
def test_a_long_actor_name_does_not_stretch_its_matrix_row(tmp_path):
    """An issuer named by an envoy's full title made its row of the reaction matrix 250 px tall on a phone."""
    from communique.api import create_app
    from communique.model import Actor, Issue, Stance
    from communique.store import Corpus
    from communique.store.synthetic import synthetic_documents

    name = (
        "The Permanent Representative of the Republic of Nowhere to the United Nations Office at Geneva " * 2
    )
    coded = next(iter(synthetic_documents(1, seed=8)))
    envoy = Actor(name=name.strip(), code="NWHGOV", text="The Permanent Representative")
    stance = Stance(
        actor=envoy, issue=Issue(id="ceasefire", label="Ceasefire"), stance="support", confidence=0.8
    )
    coded.stances.append(stance)
    url = f"sqlite:///{tmp_path / 'long-name.db'}"
    with Corpus(url) as corpus:
        corpus.add(coded)
    with served(create_app(url, token="")) as base, browser_page(375, 800) as page:
        page.goto(f"{base}/reactions")
        header = page.locator("th.actor-h", has_text="NWHGOV")
        assert header.bounding_box()["height"] < 110
        assert header.locator(".muted").get_attribute("title") == name.strip()
