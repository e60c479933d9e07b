"""URL ingestion against a real HTTP server on 127.0.0.1, and the private-address guard."""

from __future__ import annotations

import gzip
import ipaddress
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from communique.ingest import IngestOptions, check_url, fetch_url, iter_source
from communique.ingest.url import is_public_address
from communique.model import Document, InputError

DATA = Path(__file__).parent / "data" / "ingest"
STATEMENT = (DATA / "statement.html").read_bytes()
TEXT = (
    b"Statement by the Government of Norway on Belarus\n\n"
    b"Norway condemns the crackdown on peaceful protesters and calls for the release of all detainees.\n"
)
# Server-side sleeps stay short and bounded so the suite never hangs on a slow response.
SLOW_SECONDS = 2.0


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Press</title><link>{base}/</link><description>d</description>
<item><title>Inline statement</title><link>{base}/inline</link><guid>inline-1</guid>
<description>The Council of Europe condemns the detention of journalists in Minsk and calls for the immediate
release of everyone held for their work. Journalists must be free to report on protests, on elections and on
the conduct of the authorities without fear of arrest, prosecution or violence, the Council said.
</description></item>
<item><title>Linked statement</title><link>{base}/statement.html</link><guid>linked-2</guid></item>
<item><title>Broken link</title><link>{base}/missing</link><guid>broken-3</guid></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    """Serves the fixture pages, feeds and misbehaving endpoints."""

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200, headers: dict[str, str] | None = None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        path = self.path
        if path == "/statement.html":
            self._send(STATEMENT, "text/html; charset=utf-8")
        elif path == "/text":
            self._send(TEXT, "text/plain; charset=utf-8")
        elif path == "/feed.xml":
            self._send(_feed(base), "application/rss+xml")
        elif path == "/jsonl":
            body = b'{"id": "j1", "text": "The Government of Canada condemns violence against protesters"}'
            body += b"\n"
            self._send(body + b"{broken\n", "application/x-ndjson")
        elif path == "/redirect":
            self._redirect("/statement.html")
        elif path == "/redirect-absolute":
            self._redirect(f"{base}/redirect", 301)
        elif path == "/redirect-file":
            self._redirect("file:///etc/passwd")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(TEXT, "text/plain")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(8):  # each chunk arrives within the read timeout; the whole takes longer
                self.wfile.write(b"The Council condemns the attack. ")
                self.wfile.flush()
                time.sleep(0.25)
        elif path == "/big":
            self._send(b"x" * 300_000, "text/plain")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"The Council condemns the attack. " * 300)
        elif path == "/gzip-bomb":
            self._send(gzip.compress(b"a" * 5_000_000), "text/plain", headers={"Content-Encoding": "gzip"})
        elif path == "/gzip":
            self._send(gzip.compress(TEXT), "text/plain", headers={"Content-Encoding": "gzip"})
        elif path == "/empty.html":
            self._send(b"<html><body><nav>Home</nav></body></html>", "text/html")
        else:
            self._send(b"not found", "text/plain", status=404)


class QuietServer(ThreadingHTTPServer):
    """Clients that give up early (timeouts, size caps) are expected: no tracebacks for them."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def local_server() -> Iterator[str]:
    """Run the fixture server on 127.0.0.1 on a free port; yield its base URL; stop it afterwards."""
    server = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with local_server() as url:
        yield url


PRIVATE = IngestOptions(allow_private=True, timeout=5.0)


def fetch_items(url: str, options: IngestOptions = PRIVATE) -> list[Document | InputError]:
    return list(iter_source(url, options))


def test_html_page_over_http(base):
    (doc,) = fetch_items(f"{base}/statement.html")
    assert isinstance(doc, Document)
    assert (
        doc.title == "Statement by the Ministry of Foreign Affairs of Lithuania on the situation in Belarus"
    )
    assert doc.date == "2021-05-24" and doc.url == f"{base}/statement.html"
    assert doc.source == f"{base}/statement.html"


def test_plain_text_and_gzip_over_http(base):
    (plain,) = fetch_items(f"{base}/text")
    (zipped,) = fetch_items(f"{base}/gzip")
    assert isinstance(plain, Document) and isinstance(zipped, Document)
    assert plain.id == zipped.id and plain.title == "Statement by the Government of Norway on Belarus"


def test_redirects_followed_and_final_url_kept(base):
    (doc,) = fetch_items(f"{base}/redirect-absolute")
    assert isinstance(doc, Document) and doc.url == f"{base}/statement.html"


def test_each_redirect_hop_rechecked(base):
    (error,) = fetch_items(f"{base}/redirect-file")
    assert isinstance(error, InputError) and "only http and https" in error.problem


def test_redirect_loop_refused(base):
    (error,) = fetch_items(f"{base}/loop")
    assert isinstance(error, InputError) and "redirects" in error.problem


def test_feed_over_http_with_linked_entry_fetched_through_guard(base):
    found = fetch_items(f"{base}/feed.xml")
    assert [type(f).__name__ for f in found] == ["Document", "Document", "InputError"]
    inline, linked, broken = found
    assert inline.external_id == "inline-1" and "Council of Europe condemns" in inline.text
    assert linked.external_id == "linked-2" and linked.url == f"{base}/statement.html"
    assert "strongly condemns the forced landing" in linked.text
    # The error names the feed entry and, in its problem, the linked page that failed.
    assert broken.source.endswith("feed.xml#3")
    assert "HTTP 404" in broken.problem and "/missing" in broken.problem


def test_linked_feed_entry_refused_without_allow_private(base, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_feed(base))
    found = list(iter_source(str(feed), IngestOptions()))
    assert isinstance(found[0], Document)
    assert isinstance(found[1], InputError) and "private" in found[1].problem


def test_jsonl_over_http(base):
    found = fetch_items(f"{base}/jsonl")
    assert isinstance(found[0], Document) and found[0].external_id == "j1"
    assert isinstance(found[1], InputError) and found[1].source.endswith("/jsonl:2")


def test_timeout(base):
    started = time.monotonic()
    (error,) = fetch_items(f"{base}/slow", IngestOptions(allow_private=True, timeout=0.5))
    assert isinstance(error, InputError) and "timed out" in error.problem
    assert time.monotonic() - started < SLOW_SECONDS


def test_total_deadline_on_slow_drip(base):
    (error,) = fetch_items(f"{base}/drip", IngestOptions(allow_private=True, timeout=1.0))
    assert isinstance(error, InputError) and "timed out" in error.problem


@pytest.mark.parametrize("path", ["/big", "/big-chunked", "/gzip-bomb"])
def test_too_large(base, path):
    (error,) = fetch_items(f"{base}{path}", IngestOptions(allow_private=True, max_bytes=100_000))
    assert isinstance(error, InputError) and "too large" in error.problem


def test_page_without_main_text_over_http(base):
    (error,) = fetch_items(f"{base}/empty.html")
    assert isinstance(error, InputError) and "no main text" in error.problem


def test_local_server_refused_without_allow_private(base):
    with pytest.raises(InputError, match="private"):
        fetch_url(f"{base}/statement.html")
    (error,) = list(iter_source(f"{base}/statement.html", IngestOptions()))
    assert isinstance(error, InputError) and "--allow-private" in error.problem


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/statement",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://0.0.0.0/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://2130706433/",
    ],
)
def test_private_and_reserved_addresses_refused(url):
    with pytest.raises(InputError, match=r"private or reserved|cannot resolve"):
        check_url(url)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://example.org/x", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://user:secret@example.org/", "credentials"),
        ("http:///nohost", "no host"),
    ],
)
def test_bad_urls_refused(url, problem):
    with pytest.raises(InputError, match=problem):
        check_url(url)


def test_public_address_classification():
    public = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"]
    private = [
        "127.0.0.1",
        "::1",
        "169.254.169.254",
        "10.0.0.1",
        "::ffff:10.0.0.1",
        "2002:7f00:1::1",
        "ff02::1",
    ]
    assert all(is_public_address(ipaddress.ip_address(a)) for a in public)
    assert not any(is_public_address(ipaddress.ip_address(a)) for a in private)
