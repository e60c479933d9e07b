"""JSON API and server-rendered pages through FastAPI's test client, on a real SQLite corpus."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from tests.conftest import ROOT, SEED

TOKEN = "test-token-123"


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_api", ROOT / "bench" / "api.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def db_url(tmp_path_factory, seed_coded) -> str:
    """A corpus with the coded seed statement and 300 generated statements."""
    from communique.store import Corpus

    path = tmp_path_factory.mktemp("api") / "corpus.db"
    url = f"sqlite:///{path}"
    corpus = Corpus(url, dedup=False)
    corpus.add(seed_coded)
    corpus.add_many(_bench_module().generate(300), batch_size=100)
    corpus.close()
    return url


@pytest.fixture(scope="module")
def client(db_url, coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    app = create_app(db_url, token=TOKEN, coder=coder, max_body_bytes=200_000, max_upload_bytes=100_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def readonly_client(db_url, coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    with TestClient(create_app(db_url, token="", coder=coder), raise_server_exceptions=False) as c:
        yield c


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["code"], str) and body["error"]["message"]
    return body["error"]


def csrf_token(client) -> str:
    page = client.get("/")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "start page has no CSRF field"
    return match.group(1)


# ---- headers, errors, limits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/api/v1/events", "/api/v1/nothing-here", "/static/app.css", "/search"]
)
def test_security_headers_on_every_response(client, path):
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_unknown_route_is_json_error(client):
    r = client.get("/api/v1/nothing-here")
    assert r.status_code == 404
    assert error_of(r)["code"] == "not_found"


def test_openapi_and_docs_page(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/code",
        "/api/v1/documents",
        "/api/v1/documents/{doc_id}",
        "/api/v1/events",
        "/api/v1/actors/{code}",
        "/api/v1/stances",
        "/api/v1/stats",
    ):
        assert path in spec["paths"], path
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and "/api/v1/events" in docs.text
    assert "cdn" not in docs.text.lower()


def test_body_limit_by_content_length(client):
    r = client.post(
        "/api/v1/code", content=b"{" + b" " * 300_000 + b"}", headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert error_of(r)["code"] == "payload_too_large"
    assert "content-security-policy" in r.headers


def test_body_limit_while_streaming(client):
    def chunks():
        for _ in range(40):
            yield b" " * 10_000

    r = client.post("/api/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert error_of(r)["code"] == "payload_too_large"


def test_upload_limit_on_the_form(client):
    token = csrf_token(client)
    big = b"We reject the decision. " * 6000  # ~144 kB: under the body limit, over the upload limit
    r = client.post(
        "/code", data={"csrf_token": token, "mode": "file"}, files={"file": ("big.txt", big, "text/plain")}
    )
    assert r.status_code == 413
    assert error_of(r)["code"] == "upload_too_large"


def test_no_stack_trace_on_internal_error(coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    class FailingCorpus:
        """A corpus whose every call fails, to check what the client sees of an internal error."""

        def __getattr__(self, name):
            raise RuntimeError("secret internals /etc/passwd line 42")

    app = create_app(corpus=FailingCorpus(), coder=coder)
    with TestClient(app, raise_server_exceptions=False) as c:
        for path, headers in (("/api/v1/events", {}), ("/search", {"accept": "text/html"})):
            r = c.get(path, headers=headers)
            assert r.status_code == 500
            assert (
                "Traceback" not in r.text
                and "secret internals" not in r.text
                and "RuntimeError" not in r.text
            )
        assert error_of(c.get("/api/v1/stats"))["code"] == "internal_error"


# ---- writes and tokens --------------------------------------------------------------------------------


def test_writes_refused_without_configured_token(readonly_client):
    r = readonly_client.post(
        "/api/v1/documents",
        json={"text": "We welcome the talks."},
        headers={"authorization": "Bearer anything"},
    )
    assert r.status_code == 403
    assert error_of(r)["code"] == "writes_disabled"
    assert readonly_client.get("/api/v1/events").status_code == 200  # reads stay open


def test_write_needs_the_right_bearer_token(client):
    body = {"text": "The Council of the European Union today imposed sanctions on Belarus. We welcome this."}
    r = client.post("/api/v1/documents", json=body)
    assert r.status_code == 401 and error_of(r)["code"] == "token_required"
    r = client.post("/api/v1/documents", json=body, headers={"authorization": "Bearer wrong"})
    assert r.status_code == 403 and error_of(r)["code"] == "bad_token"
    r = client.post(
        "/api/v1/documents",
        json={**body, "title": "EU sanctions", "date": "2022-03-02"},
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 201, r.text
    (result,) = r.json()["results"]
    assert result["status"] == "new"
    again = client.post("/api/v1/documents", json=body, headers={"authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["results"][0]["status"] in ("skipped", "duplicate")
    stored = client.get(f"/api/v1/documents/{result['id']}").json()
    assert stored["document"]["title"] == "EU sanctions" and stored["document"]["date"] == "2022-03-02"
    # Cached pages show the new statement at once.
    assert result["id"] in client.get("/search", params={"since": "2022-03-02", "until": "2022-03-02"}).text


def test_serve_command_runs_the_app(tmp_path, db_url):
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "communique", "serve", "--db", db_url, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "COMMUNIQUE_TOKEN"},
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v1/stats?by=event", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.time() < deadline, "server did not start"
                time.sleep(0.3)
        assert r.status_code == 200 and r.json()
        w = httpx.post(f"http://127.0.0.1:{port}/api/v1/documents", json={"text": "We agree."}, timeout=5)
        assert w.status_code == 403  # no COMMUNIQUE_TOKEN in this environment: read-only
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err.decode()


# ---- coding -----------------------------------------------------------------------------------------------


def test_code_text_returns_coded_document(client):
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/api/v1/code", json={"text": text})
    assert r.status_code == 200
    data = r.json()
    assert set(data) == {"document", "actors", "events", "stances"}
    doc = data["document"]
    assert "top of page" not in doc["text"]
    for s in doc["sentences"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]


def test_code_html(client):
    html = (
        "<html><head><title>Statement by the Ministry of Foreign Affairs of Ukraine</title></head><body>"
        "<nav>Home | About</nav><article><h1>Statement by the Ministry of Foreign Affairs of Ukraine</h1>"
        "<p>Ukraine strongly condemns the shelling of Kharkiv by the Russian armed forces.</p>"
        "<p>We call on our partners to increase sanctions against Russia.</p></article></body></html>"
    )
    r = client.post("/api/v1/code", json={"html": html})
    assert r.status_code == 200, r.text
    assert "condemns" in r.json()["document"]["text"]
    assert "<p>" not in r.json()["document"]["text"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "one_input_required"),
        ({"text": "a", "url": "https://example.org"}, "one_input_required"),
        ({"text": "   "}, "empty_text"),
        ({"text": "We agree.", "date": "2022-13-45"}, "invalid_date"),
        ({"url": "file:///etc/passwd"}, "invalid_url"),
        ({"url": "/etc/passwd"}, "invalid_url"),
        ({"url": "ftp://example.org/x"}, "invalid_url"),
    ],
)
def test_code_bad_input(client, body, code):
    r = client.post("/api/v1/code", json=body)
    assert 400 <= r.status_code < 500
    assert error_of(r)["code"] == code


def test_code_validation_error_is_json(client):
    r = client.post("/api/v1/code", content=b"not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and error_of(r)["code"] == "invalid_request"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8000/",
        "http://localhost/",
    ],
)
def test_url_ingestion_refuses_private_addresses(client, url):
    for path, headers in (("/api/v1/code", {}), ("/api/v1/documents", {"authorization": f"Bearer {TOKEN}"})):
        r = client.post(path, json={"url": url}, headers=headers)
        assert r.status_code == 422, r.text
        assert error_of(r)["code"] == "url_refused"
    token = csrf_token(client)
    page = client.post(
        "/code", data={"csrf_token": token, "mode": "url", "url": url}, headers={"accept": "text/html"}
    )
    assert page.status_code == 422 and "refused" in page.text


# ---- CSRF ----------------------------------------------------------------------------------------------


def test_csrf_rejections(client, coder, db_url):
    from fastapi.testclient import TestClient

    from communique.api import create_app

    text = {"mode": "text", "text": "We welcome the ceasefire."}
    with TestClient(create_app(db_url, coder=coder, token=""), raise_server_exceptions=False) as fresh:
        r = fresh.post("/code", data=text, headers={"accept": "text/html"})
        assert r.status_code == 403 and "csrf" in r.text.lower()
        token = csrf_token(fresh)
        nonce, _, sig = token.partition(".")
        r = fresh.post("/code", data={**text, "csrf_token": f"{nonce}.{'0' * len(sig)}"})
        assert r.status_code == 403 and error_of(r)["code"] == "csrf_failed"
        fresh.cookies.clear()
        fresh.cookies.set("communique_csrf", "x" * 43)  # a planted cookie does not match the signed field
        r = fresh.post("/code", data={**text, "csrf_token": token})
        assert r.status_code == 403
        fresh.cookies.clear()
        fresh.cookies.set("communique_csrf", nonce)
        r = fresh.post("/code", data={**text, "csrf_token": token}, headers={"accept": "text/html"})
        assert r.status_code == 200 and "ceasefire" in r.text


# ---- reads ---------------------------------------------------------------------------------------------


def test_events_filters_and_stable_cursor(client):
    first = client.get("/api/v1/events", params={"event": "12", "limit": 7}).json()
    assert len(first["items"]) == 7 and first["next_cursor"]
    assert all(e["cameo"].startswith("12") for e in first["items"])
    seen = [(e["document_id"], e["id"]) for e in first["items"]]
    cursor = first["next_cursor"]
    for _ in range(3):
        page = client.get("/api/v1/events", params={"event": "12", "limit": 7, "cursor": cursor}).json()
        seen += [(e["document_id"], e["id"]) for e in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen))
    whole = client.get("/api/v1/events", params={"event": "12", "limit": 28}).json()
    assert [(e["document_id"], e["id"]) for e in whole["items"]] == seen
    again = client.get(
        "/api/v1/events", params={"event": "12", "limit": 7, "cursor": first["next_cursor"]}
    ).json()
    assert again["items"][0]["id"] == seen[7][1]


def test_events_actor_and_date_filters(client):
    r = client.get("/api/v1/events", params={"actor": "RUSGOV", "since": "2021-01-01", "until": "2021-12-31"})
    items = r.json()["items"]
    assert items
    for e in items:
        assert "2021-01-01" <= e["date"] <= "2021-12-31"
        codes = [a["code"] for a in e["sources"] + e["targets"]]
        assert "RUSGOV" in codes


def test_events_jsonl_by_format_and_accept(client):
    r = client.get("/api/v1/events", params={"format": "jsonl", "limit": 5})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = r.text.strip().split("\n")
    assert len(lines) == 5 and all("cameo" in json.loads(line) for line in lines)
    r2 = client.get("/api/v1/events", params={"limit": 5}, headers={"accept": "application/x-ndjson"})
    assert r2.text == r.text


def test_events_plover(client):
    pytest.importorskip("communique.export.plover", reason="PLOVER export (events owner) not there yet")
    r = client.get("/api/v1/events", params={"format": "plover", "limit": 3})
    assert r.status_code == 200, r.text
    records = [json.loads(line) for line in r.text.strip().split("\n")]
    assert records and all("event" in rec and "actor" in rec and "recipient" in rec for rec in records)


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"modality": "maybe"}, "invalid_modality"),
        ({"since": "yesterday"}, "invalid_since"),
        ({"since": "2022-13"}, "invalid_since"),  # (was a 400 from the store's own check)
        ({"until": "2022-02-30"}, "invalid_until"),
        ({"limit": 0}, "invalid_limit"),
        ({"limit": 100000}, "invalid_limit"),
        ({"format": "xml"}, "invalid_format"),
    ],
)
def test_events_bad_filters(client, params, code):
    r = client.get("/api/v1/events", params=params)
    assert r.status_code == 422 and error_of(r)["code"] == code


def test_search_text_is_text_not_syntax(client):
    for q in ('"unbalanced', "troops AND (", "'; DROP TABLE documents; --", "NEAR(x y)", "*"):
        r = client.get("/api/v1/documents", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/v1/documents", params={"limit": 3}).json()["items"]


def test_document_actor_stances_stats(client, seed_coded):
    doc = client.get(f"/api/v1/documents/{seed_coded.document.id}").json()
    assert doc["document"]["id"] == seed_coded.document.id
    assert error_of(client.get("/api/v1/documents/nope"))["code"] == "document_not_found"
    actor = client.get("/api/v1/actors/BLRGOV").json()
    assert actor["code"] == "BLRGOV" and actor["statements"]
    assert error_of(client.get("/api/v1/actors/XXXNOPE"))["code"] == "actor_not_found"
    stances = client.get("/api/v1/stances", params={"issue": "sanctions"}).json()["items"]
    assert stances and all(s["issue_id"] == "sanctions" for s in stances)
    dates = [s["date"] for s in stances]
    assert dates == sorted(dates)
    by_event = client.get("/api/v1/stats", params={"by": "event"}).json()
    assert any(row["key"] == "12" for row in by_event)


# ---- pages ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/search",
        "/search?q=ceasefire&actor=RUSGOV",
        "/search?event=12&since=2022",
        "/reactions",
        "/issues/sanctions",
        "/reactions/evidence?actor=RUSGOV&issue=sanctions",
        "/actors/BLRGOV",
        "/documents/bench00000001",
    ],
)
def test_pages_render(client, path):
    r = client.get(path, headers={"accept": "text/html"})
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text and "style=" not in r.text


def test_reaction_table_csv(client):
    r = client.get("/issues/sanctions", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = r.text.strip().splitlines()
    assert rows[0].startswith("date,actor,actor_name,issue,stance")
    dates = [line.split(",")[0] for line in rows[1:]]
    assert dates == sorted(dates) and len(dates) > 3


def test_csv_cells_cannot_become_formulas():
    from communique.web.views import safe_cell

    assert safe_cell('=HYPERLINK("http://x")').startswith("'")
    assert safe_cell("@SUM(A1)").startswith("'")
    assert safe_cell("plain") == "plain"


def test_missing_pages_are_html_errors(client):
    r = client.get("/documents/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and "<h1>" in r.text and "not found" in r.text.lower()


# ---- highlighting ------------------------------------------------------------------------------------------


HOSTILE = (
    'Statement <script>window.__pwned=1</script> by the "Council" & friends\n\n'
    'We <img src=x onerror="window.__pwned=2"> reject <a href="javascript:window.__pwned=3">this</a>.\n'
    "</span></a><svg onload=window.__pwned=4>"
)


def test_segments_cover_text_exactly_and_escape(client, seed_coded):
    from communique.model import Actor, CodedDocument, Document, Event, Sentence
    from communique.web.highlight import segment

    for coded in (seed_coded,):
        text = "".join(p.text for v in segment(coded) for p in v.pieces)
        assert text == coded.document.text
    text = HOSTILE
    start = text.index("reject")
    doc = Document(
        id="h1", text=text, sentences=[Sentence(0, 0, 66, text[:66]), Sentence(1, 68, len(text), text[68:])]
    )
    we = Actor(name="we", code="XXXOPP", text="We", start=68, end=70, sentence_index=1)
    ev = Event(
        id="e1",
        sentence_index=1,
        start=start,
        end=start + 6,
        trigger="reject",
        sentence=text[68:],
        cameo="120",
        cameo_root="12",
        cameo_name="Reject",
        plover="REJECT",
        sources=[we],
        pattern="<b>pattern</b>",
    )
    coded = CodedDocument(document=doc, actors=[we], events=[ev])
    assert "".join(p.text for v in segment(coded) for p in v.pieces) == text
    from communique.web.views import document_context

    template = client.app.state.templates.get_template("document.html")
    html = template.render(**document_context(coded), stored=False, request=None, csrf_field="x", nav="")
    assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")
    assert "<img" not in html and "<svg onload" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;" in html
    # The details pane's data (app.js puts it in text nodes): tojson escapes < > & ' in the attribute.
    assert "\\u003cb\\u003epattern\\u003c/b\\u003e" in html and "<b>pattern" not in html
    assert 'class="hl ev q-vconf' in html


def test_url_ingestion_with_allow_private_fetches_the_page(tmp_path, coder, db_url):
    """With --allow-private (the test's own 127.0.0.1 server), the same guard lets the fetch through."""
    import http.server
    import threading

    from fastapi.testclient import TestClient

    from communique.api import create_app

    page = (
        "<html><head><title>Statement by the Ministry of Foreign Affairs of Ukraine</title></head><body>"
        "<article><h1>Statement by the Ministry of Foreign Affairs of Ukraine</h1>"
        "<p>Ukraine condemns the missile strikes on Kyiv by the Russian armed forces.</p>"
        "</article></body></html>"
    )
    (tmp_path / "statement.html").write_text(page, encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/statement.html"
        with TestClient(
            create_app(db_url, coder=coder, allow_private=True), raise_server_exceptions=False
        ) as c:
            r = c.post("/api/v1/code", json={"url": url})
            assert r.status_code == 200, r.text
            assert "missile strikes" in r.json()["document"]["text"]
        with TestClient(create_app(db_url, coder=coder), raise_server_exceptions=False) as c:
            assert error_of(c.post("/api/v1/code", json={"url": url}))["code"] == "url_refused"
    finally:
        httpd.shutdown()
