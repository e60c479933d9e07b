"""The API page after a first-time user's pass (UX23), through the app.

The page's curl examples said ``localhost:8000`` whatever host, port or ``--root-path`` served it (``make
demo``-style on another port, every pasted example missed the server); ten parameters (limit, cursor, by,
format, the path ids) had no description at all; and the docstrings' ````double backquotes```` were shown as
typed. The examples now name the server as the browser reached it, every parameter says what it takes, and
the backquoted words are code. Nothing of a request reaches the page unescaped.
"""

from __future__ import annotations

import html
import re

import pytest

from communique.web.views import code_spans, example_base


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux23') / 'corpus.db'}"
    Corpus(url).close()
    return url


def _client(url: str, **kwargs):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    return TestClient(create_app(url, token="t"), **kwargs)


def _examples(page: str) -> list[str]:
    block = page[page.index("<h2>Examples</h2>") :]
    return [html.unescape(line) for line in re.findall(r"curl [^\n<]*", block)]


def test_the_examples_name_the_server_that_answered(stored):
    with _client(stored, base_url="http://127.0.0.1:58123") as client:
        page = client.get("/api/v1/docs").text
    examples = _examples(page)
    assert len(examples) == 5
    assert all("http://127.0.0.1:58123/api/v1/" in e for e in examples), examples
    assert "localhost:8000" not in page


def test_behind_a_root_path_the_examples_carry_it(stored):
    with _client(stored, base_url="http://example.org", root_path="/communique") as client:
        page = client.get("/api/v1/docs").text
    examples = _examples(page)
    assert examples and all("http://example.org/communique/api/v1/" in e for e in examples), examples


@pytest.mark.parametrize(
    "base",
    [
        "http://evil.example'$(touch /tmp/x)/",
        'http://a"><script>alert(1)</script>/',
        "http://a b/",
        "http://host/`id`/",
        "javascript:alert(1)//",
    ],
)
def test_a_host_no_shell_line_should_hold_is_not_put_in_the_examples(base):
    assert example_base(base) == "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "base, expected",
    [
        ("http://127.0.0.1:58123/", "http://127.0.0.1:58123"),
        ("https://example.org/communique/", "https://example.org/communique"),
        ("http://[::1]:8000/", "http://[::1]:8000"),
    ],
)
def test_an_ordinary_base_is_kept(base, expected):
    assert example_base(base) == expected


def test_every_parameter_says_what_it_takes(stored):
    with _client(stored) as client:
        schema = client.get("/api/v1/openapi.json").json()
        page = client.get("/api/v1/docs").text
    blank = [
        (path, method, p["name"])
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        for p in op.get("parameters", [])
        if not (p.get("description") or "").strip()
    ]
    assert blank == []
    rows = re.findall(r"<tr><td><code>([^<]+)</code>(?: \*)?</td><td>[^<]*</td><td>(.*?)</td></tr>", page)
    assert rows and all(desc.strip() for _name, desc in rows), [n for n, d in rows if not d.strip()]
    assert "1 to 500" in page  # limit
    assert "actor, event (CAMEO root) or month" in page  # by


def test_backquoted_words_are_code_not_backquotes(stored):
    with _client(stored) as client:
        page = client.get("/api/v1/docs").text
    main = page[page.index("<main") :]
    assert "``" not in main
    assert "<code>next_cursor</code>" in main


def test_code_spans_escape_nothing_themselves_and_leave_odd_backquotes_alone():
    assert code_spans("a ``b`` c") == [("a ", False), ("b", True), (" c", False)]
    assert code_spans("``<b>``") == [("<b>", True)]  # the template escapes it
    assert code_spans("one `` unmatched") == [("one `` unmatched", False)]
    assert code_spans("plain `single` quotes") == [("plain `single` quotes", False)]
    assert code_spans("") == []
