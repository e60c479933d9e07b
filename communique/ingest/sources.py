"""Read sources (files, directories, stdin, URLs, feeds, JSONL) into documents.

``iter_source`` is tolerant: it yields a ``Document`` or an ``InputError`` per item, so one bad line of a
JSONL file, one bad file in a directory or one bad feed entry never stops the others. ``load_source`` is the
strict form that raises the first error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.ingest.dates import parse_given_date
from communique.ingest.encoding import declared_encoding, decode_bytes, looks_binary
from communique.ingest.feeds import iter_feed, looks_like_feed
from communique.ingest.html import extract_html, looks_like_html
from communique.ingest.jsonl import iter_jsonl, looks_like_jsonl
from communique.ingest.text import document_from_text, markdown_to_text
from communique.ingest.url import DEFAULT_MAX_BYTES, fetch_url
from communique.model import Document, InputError

MAX_INPUT_BYTES = DEFAULT_MAX_BYTES

EXTENSION_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
CONTENT_TYPE_KINDS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
    "text/markdown": "markdown",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json": "jsonl",
}


# Files a user will try that are not text: named for what they are, with what to do instead.
DOCUMENT_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file: convert it to text first (e.g. pdftotext FILE.pdf FILE.txt)"),
    (b"PK\x03\x04", "a zip archive (a .docx, .odt or .zip?): save the statement as text or HTML first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc?): save the statement as text or HTML first"),
    (b"\x1f\x8b", "a gzip-compressed file: decompress it first (gunzip)"),
)


@dataclass
class IngestOptions:
    """How sources are read: network policy, size limits and metadata overrides."""

    allow_private: bool = False
    max_bytes: int = MAX_INPUT_BYTES
    timeout: float = 20.0
    title: str | None = None
    date: str | None = None
    issuers: Sequence[str] = ()
    # Refuse documents in a language the coder does not handle (English only for now).
    check_language: bool = True
    # Fetch the linked page of a feed entry that has no content of its own.
    fetch_links: bool = True


def is_url(source: str) -> bool:
    """True when a source names an http(s) URL."""
    return source.lower().startswith(("http://", "https://"))


def iter_source(source: str, options: IngestOptions | None = None) -> Iterator[Document | InputError]:
    """Yield each document of one source, or an ``InputError`` for each part that fails, in order."""
    opts = options or IngestOptions()
    try:
        if source == "-":
            data = sys.stdin.buffer.read(opts.max_bytes + 1)
            yield from documents_from_bytes(data, "<stdin>", opts)
            return
        if is_url(source):
            yield from _from_url(source, source, opts, {})
            return
        path = Path(source)
        if path.is_dir():
            files = list(walk_directory(path))
            if not files:
                yield InputError(source, "directory has no statement files")
            for file in files:
                yield from iter_source(str(file), opts)
            return
        if not path.exists():
            raise InputError(source, "no such file or directory")
        if not path.is_file():
            raise InputError(source, "not a regular file")
        data = _read_file(path, source, opts.max_bytes)
        yield from documents_from_bytes(data, source, opts, kind=EXTENSION_KINDS.get(path.suffix.lower()))
    except InputError as exc:
        yield exc


def load_source(source: str, options: IngestOptions | None = None) -> Iterator[Document]:
    """Yield the documents in one source; raise ``InputError`` naming the source on bad input."""
    for item in iter_source(source, options):
        if isinstance(item, InputError):
            raise item
        yield item


def load_sources(
    sources: Sequence[str], options: IngestOptions | None = None
) -> Iterator[Document | InputError]:
    """Yield documents from many sources in order, yielding an ``InputError`` for each that fails."""
    for source in sources:
        yield from iter_source(source, options)


def walk_directory(root: Path) -> Iterator[Path]:
    """Statement files under ``root``, recursively, in sorted path order; hidden files and folders skipped.

    Symbolic links to folders are not followed (no cycles); only known statement extensions and files
    without an extension are read, so a folder of statements with images beside them just works.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~", "__")) or entry.name.endswith("~"):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_directory(Path(entry.path))
        elif entry.is_file():
            suffix = Path(entry.name).suffix.lower()
            if suffix in EXTENSION_KINDS or not suffix:
                yield Path(entry.path)


def _read_file(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"too large: {size} bytes, limit {max_bytes}")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from exc


def sniff_kind(text: str) -> str:
    """Guess the kind of a decoded input: feed, html, jsonl or text."""
    if looks_like_feed(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    if looks_like_jsonl(text):
        return "jsonl"
    return "text"


def documents_from_bytes(
    data: bytes,
    source: str,
    opts: IngestOptions,
    *,
    kind: str | None = None,
    url: str | None = None,
    charset: str | None = None,
    fields: dict[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    """Turn one input's bytes into documents: decode, detect the kind, extract, build."""
    if len(data) > opts.max_bytes:
        raise InputError(source, f"too large: more than {opts.max_bytes} bytes")
    if not data.strip():
        raise InputError(source, "empty: no text to code")
    for magic, what in DOCUMENT_FORMATS:
        if data.startswith(magic):
            raise InputError(source, what)
    if b"\x00" in data[:65536] and looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file (not text, HTML, a feed or JSONL)")
    fields = fields or {}
    if kind == "html" or (kind is None and looks_like_html(data[:4096].decode("latin-1"))):
        # trafilatura reads the page's own charset declaration when given bytes; decode ourselves for
        # pages that lie about it or declare none.
        text = decode_bytes(data, source, declared=charset or declared_encoding(data))
        yield _from_html(text, source, opts, url=url, fields=fields)
        return
    text = decode_bytes(data, source, declared=charset)
    if kind is None or (kind == "feed" and not looks_like_feed(text)) or (kind == "jsonl" and url):
        kind = sniff_kind(text)
    if kind == "feed":
        fetcher = (lambda link, where, f: _fetch_one(link, where, opts, f)) if opts.fetch_links else None
        yield from iter_feed(data, source, lambda rec, where: _build(rec, where, opts), fetcher)
    elif kind == "jsonl":
        yield from iter_jsonl(text, source, lambda rec, where: _build(rec, where, opts))
    elif kind == "html":
        yield _from_html(text, source, opts, url=url, fields=fields)
    else:
        if kind == "markdown":
            text = markdown_to_text(text)
        yield _build({**fields, "text": text, "url": url or fields.get("url")}, source, opts)


def _build(record: dict[str, Any], source: str, opts: IngestOptions) -> Document:
    """Document from a record's fields, with the user's overrides taking precedence."""
    text = record.get("text")
    if text is None:
        # A JSONL line may carry the page as "html" instead of "text" (jsonl.py's format).
        text = record.get("html")
        if not isinstance(text, str):
            raise InputError(source, 'missing "text" (a string)')
        return _from_html(text, source, opts, url=_str(record.get("url")), fields=record)
    if not isinstance(text, str):
        raise InputError(source, '"text" must be a string')
    if looks_like_html(text[:4096]):
        return _from_html(text, source, opts, url=_str(record.get("url")), fields=record)
    external = record.get("id")
    return document_from_text(
        text,
        source=source,
        title=opts.title or _str(record.get("title")),
        date=opts.date or _record_date(record, source),
        issuers=opts.issuers or _record_issuers(record, source),
        external_id=None if external is None else str(external),
        url=_str(record.get("url")),
        check_language=opts.check_language,
    )


def _from_html(
    html: str, source: str, opts: IngestOptions, *, url: str | None, fields: dict[str, Any]
) -> Document:
    page = extract_html(html, source, url=url)
    external = fields.get("id")
    return document_from_text(
        page.text,
        source=source,
        title=opts.title or _str(fields.get("title")),
        date=opts.date or _record_date(fields, source),
        page_date=page.date,
        issuers=opts.issuers or _record_issuers(fields, source),
        external_id=None if external is None else str(external),
        url=url or page.url,
        page_title=page.title,
        raw_page_title=page.raw_title,
        check_language=opts.check_language,
    )


def _record_date(fields: dict[str, Any], source: str) -> str | None:
    """A record's own "date" as YYYY-MM-DD; one the user wrote but we cannot read is an error, not dropped.

    Checked here, where the date is used, so a ``--date`` override (which skips this) can replace it.
    """
    given = _str(fields.get("date"))
    if given is None:
        return None
    found = parse_given_date(given)
    if found is None:
        raise InputError(source, f'"date" {given!r} is not a date (YYYY-MM-DD or e.g. 5 April 2023)')
    return found


def _record_issuers(fields: dict[str, Any], source: str) -> list[str] | None:
    """A record's own "issuers" (one name, or a list of names), read as ``code_texts`` reads a dict's.

    ``--issuer`` replaces them. A JSONL line's issuers were dropped silently (UX19): detection then named
    whoever the text began with, while the same record given to ``code_texts`` or the API kept its issuers.
    """
    value = fields.get("issuers")
    if value is None:
        return None
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise InputError(source, '"issuers" must be a string or a list of strings')
    return [name.strip() for name in names if name.strip()] or None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def _from_url(
    url: str, source: str, opts: IngestOptions, fields: dict[str, Any]
) -> Iterator[Document | InputError]:
    result = fetch_url(url, allow_private=opts.allow_private, timeout=opts.timeout, max_bytes=opts.max_bytes)
    kind = CONTENT_TYPE_KINDS.get(result.content_type)
    yield from documents_from_bytes(
        result.content,
        source,
        opts,
        kind=kind,
        url=result.final_url,
        charset=result.charset,
        fields=fields,
    )


def _fetch_one(link: str, where: str, opts: IngestOptions, fields: dict[str, Any]) -> Document:
    """Fetch a feed entry's page; it must hold exactly one statement (an HTML page or text)."""
    try:
        for item in _from_url(link, where, opts, fields):
            if isinstance(item, InputError):
                raise item
            return item
    except InputError as exc:
        if exc.source == where:
            raise
        # The fetch names the link only; in a feed of hundreds of entries the user needs the entry too.
        raise InputError(where, f"linked page {exc.source}: {exc.problem}") from exc
    raise InputError(where, "linked page has no statement")


def document_from_record(
    record: dict[str, Any], source: str, options: IngestOptions | None = None
) -> Document:
    """Build a document from one JSONL-style record (``text`` or ``html``, ``id``, ``title``, ``date``...)."""
    return _build(record, source, options or IngestOptions())
