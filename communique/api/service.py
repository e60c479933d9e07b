"""Shared by the API and the web UI: settings, the lazily loaded coder and corpus, input → documents."""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from communique.api.errors import ApiError
from communique.ingest import IngestOptions, document_from_text, load_source
from communique.ingest.dates import parse_iso_date
from communique.model import MODALITIES, CodedDocument, CommuniqueError, Document, InputError
from communique.pipeline import Coder, CodingOptions, default_coder
from communique.store.search import check_date, check_event, decode_cursor

MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_URL_CHARS = 2048
# The API's page cap bounds one response; it refuses more (422), where the store clamps a library caller's
# limit to its own larger page (``store.search.MAX_PAGE``), so an API page is always one store page.
MAX_LIMIT = 500
#: Stances in one /actors/{code} answer (the newest); the rest are paged by /stances?actor_code=CODE.
ACTOR_STANCES = 100

# Upload suffixes passed on to ingestion (which picks the reader from them); anything else is read as text.
UPLOAD_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl"}


@dataclass
class Settings:
    """How one app instance runs: database, write token, network policy and size limits."""

    db_url: str | None = None
    token: str | None = None
    allow_private: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    coding_options: CodingOptions | None = None
    secure_cookies: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class Services:
    """The coder and the corpus, created on first use and shared by every request of one app."""

    def __init__(self, settings: Settings, coder: Coder | None = None, corpus: Any = None) -> None:
        self.settings = settings
        self._coder = coder
        self._corpus = corpus
        self._lock = threading.Lock()
        # spaCy pipelines are not documented as thread-safe: one coding call at a time.
        self._code_lock = threading.Lock()

    @property
    def coder(self) -> Coder:
        """The loaded coder (model and dictionaries load on first use)."""
        if self._coder is None:
            with self._lock:
                if self._coder is None:
                    self._coder = default_coder(self.settings.coding_options).load()
        return self._coder

    @property
    def corpus(self) -> Any:
        """The store's ``Corpus`` for the configured database."""
        if self._corpus is None:
            with self._lock:
                if self._corpus is None:
                    try:
                        from communique.store import Corpus
                    except ImportError as exc:
                        raise ApiError(
                            503, "store_unavailable", "the document store is not available"
                        ) from exc
                    self._corpus = Corpus(self.settings.db_url)
        return self._corpus

    def code(self, documents: Sequence[Document]) -> list[CodedDocument]:
        """Code documents with the shared coder, one call at a time."""
        coder = self.coder
        with self._code_lock:
            return list(coder.code_documents(documents))


def _options(
    settings: Settings, title: str | None, date: str | None, issuers: Sequence[str]
) -> IngestOptions:
    return IngestOptions(
        allow_private=settings.allow_private,
        max_bytes=settings.max_upload_bytes,
        title=title or None,
        date=date or None,
        issuers=tuple(i for i in issuers if i),
    )


def check_meta(title: str | None, date: str | None, issuers: Sequence[str]) -> None:
    """Validate user-given metadata; raise ``ApiError`` 422 naming the field."""
    if title is not None and len(title) > 1000:
        raise ApiError(422, "invalid_title", "title longer than 1000 characters")
    if date and parse_iso_date(date) is None:
        raise ApiError(422, "invalid_date", "date must be a real date in YYYY-MM-DD form")
    if len(issuers) > 50 or any(len(i) > 500 for i in issuers):
        raise ApiError(422, "invalid_issuers", "at most 50 issuers of at most 500 characters each")


def documents_from_text(
    settings: Settings,
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] = (),
    source: str = "pasted text",
) -> list[Document]:
    """One document from pasted or posted plain text."""
    check_meta(title, date, issuers)
    if len(text) > settings.max_text_chars:
        raise ApiError(413, "text_too_large", f"text longer than {settings.max_text_chars} characters")
    if not text.strip():
        raise ApiError(422, "empty_text", "no text to code")
    return [document_from_text(text, source=source, title=title or None, date=date or None, issuers=issuers)]


def documents_from_bytes(
    settings: Settings,
    data: bytes,
    filename: str,
    *,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] = (),
) -> list[Document]:
    """Documents from an uploaded file or posted HTML, read by the ingestion stage's own readers."""
    check_meta(title, date, issuers)
    if len(data) > settings.max_upload_bytes:
        raise ApiError(413, "upload_too_large", f"file larger than {settings.max_upload_bytes} bytes")
    if not data.strip():
        raise ApiError(422, "empty_upload", "the file is empty")
    safe_name = re.sub(r"[^\w.\- ]+", "_", Path(filename or "upload.txt").name)[:120] or "upload.txt"
    suffix = Path(safe_name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        suffix = ".txt"
    # Ingestion reads paths; the upload goes to a private temp file that only this request sees.
    with tempfile.TemporaryDirectory(prefix="communique-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            docs = list(load_source(str(path), _options(settings, title, date, issuers)))
        except InputError as exc:
            raise ApiError(422, "invalid_input", f"{safe_name}: {exc.problem}") from exc
    for doc in docs:
        doc.source = safe_name
    if not docs:
        raise ApiError(422, "no_documents", f"{safe_name}: no statement found")
    return docs


def check_url(url: str) -> str:
    """Accept only absolute http(s) URLs, so a "URL" can never name a local file."""
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise ApiError(422, "invalid_url", f"URL longer than {MAX_URL_CHARS} characters")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ApiError(422, "invalid_url", "give an absolute http:// or https:// URL")
    return url


def documents_from_url(
    settings: Settings,
    url: str,
    *,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] = (),
) -> list[Document]:
    """Fetch a URL through the ingestion stage (its private-address guard applies) and read its documents."""
    check_meta(title, date, issuers)
    url = check_url(url)
    from communique.ingest.url import check_url as guard

    try:
        # The ingestion stage's guard, the same one the CLI uses: refuses private/loopback/link-local hosts
        # (every address a name resolves to) unless the server runs with --allow-private.
        guard(url, allow_private=settings.allow_private)
        docs = list(load_source(url, _options(settings, title, date, issuers)))
    except InputError as exc:
        # The guard speaks to a command-line user; a client of the API cannot pass that option.
        problem = exc.problem.replace(
            "use --allow-private",
            "this server refuses such addresses (it allows them when started with "
            "'communique serve --allow-private')",
        )
        raise ApiError(422, url_error_code(exc.problem), problem) from exc
    if not docs:
        raise ApiError(422, "no_documents", "no statement found at this URL")
    return docs


def url_error_code(problem: str) -> str:
    """A stable code for a URL failure: ``url_refused`` when the address guard said no."""
    lowered = problem.lower()
    if any(w in lowered for w in ("private", "loopback", "link-local", "reserved", "refus", "not allowed")):
        return "url_refused"
    return "url_failed"


# ---- filters shared by the API and the web search ------------------------------------------------------


def clean_filters(
    *,
    actor: str | None = None,
    event: str | None = None,
    issue: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
) -> dict[str, Any]:
    """Validate search filters and drop empty ones; raise ``ApiError`` 422 naming a bad one."""
    filters: dict[str, Any] = {}
    for name, value in (("actor", actor), ("event", event), ("issue", issue)):
        if value is not None and value.strip():
            if len(value) > 200:
                raise ApiError(422, f"invalid_{name}", f"{name} longer than 200 characters")
            filters[name] = value.strip()
    if "event" in filters:
        try:  # the store's own check: a CAMEO code or prefix, or a PLOVER type
            check_event(filters["event"])
        except CommuniqueError as exc:
            raise ApiError(422, "invalid_event", str(exc)) from None
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.strip():
            try:  # the store's own check of a bound (a real month and day)
                filters[name] = check_date(value, name)
            except CommuniqueError:
                raise ApiError(
                    422, f"invalid_{name}", f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD"
                ) from None
    if modality is not None and modality.strip():
        if modality.strip() not in MODALITIES:
            raise ApiError(422, "invalid_modality", f"modality must be one of {', '.join(MODALITIES)}")
        filters["modality"] = modality.strip()
    return filters


def clean_text_query(text: str | None) -> str | None:
    """Validate a free-text query."""
    if text is None or not text.strip():
        return None
    if len(text) > 500:
        raise ApiError(422, "invalid_query", "search text longer than 500 characters")
    return text.strip()


def clean_cursor(cursor: str | None) -> str | None:
    """A page cursor as the store wrote it, or None; anything else is a 422 (never echoed back)."""
    if not cursor:
        return None
    try:
        if len(cursor) > 200:
            raise CommuniqueError("cursor too long")
        decode_cursor(cursor)
    except CommuniqueError as exc:
        raise ApiError(
            422, "invalid_cursor", "cursor is not one this API returned (pass next_cursor as it came)"
        ) from exc
    return cursor


STATS_BY = ("actor", "event", "month")


def clean_limit(limit: int | None, default: int = 50) -> int:
    """Clamp a page size."""
    if limit is None:
        return default
    if limit < 1 or limit > MAX_LIMIT:
        raise ApiError(422, "invalid_limit", f"limit must be between 1 and {MAX_LIMIT}")
    return limit


def env_token() -> str | None:
    """The write token from ``COMMUNIQUE_TOKEN`` (empty means unset)."""
    return os.environ.get("COMMUNIQUE_TOKEN") or None


# ---- issues: known, ad-hoc or unknown -------------------------------------------------------------------


def issue_dictionary(services: Services) -> Any:
    """The issue dictionary the server codes with (its issue files included), without loading the model."""
    coder = services._coder or default_coder(services.settings.coding_options)
    return coder.issues


def issue_may_exist(services: Services, issue: str) -> bool:
    """True when ``issue`` names an issue whatever the store holds: a dictionary issue (id, label, or id
    with spaces), a word that is the cue of exactly one dictionary issue, or a phrase of two content words or
    more (an ad-hoc issue, which no stored statement may address). False for anything else: a mistyped or
    unknown id (``/issues/no_such_issue``), a lone word, function words only.

    The model is not loaded: content words are told by the stance stage's own stop list, as ``compile_adhoc``
    tells them after parsing.
    """
    from communique.stance.matching import STOP, compiled, normalise_issue_text

    try:
        label = normalise_issue_text(issue)
    except CommuniqueError:
        return False
    lowered = label.lower()
    dictionary = issue_dictionary(services)
    for entry in dictionary.issues:
        if lowered in (entry.id.lower(), entry.label.lower(), entry.id.replace("_", " ").lower()):
            return True
    words = [w for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", lowered) if w not in STOP]
    if len(label.split()) < 2 or len(words) < 2:
        # One word (an id-like 'no_such_issue' is one): an issue when it cues exactly one dictionary issue.
        if len(words) != 1:
            return False
        word = words[0]
        owners = compiled(dictionary).cue_owner
        found = owners.get(word) or owners.get(word.removesuffix("s")) or []
        return len({o.id for o in found}) == 1
    return True


def unknown_issue_message(issue: str) -> str:
    """The 404 message of an unknown issue (the given text cut short; the HTML page escapes it)."""
    shown = re.sub(r"\s+", " ", issue).strip()
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    return (
        f"unknown issue {shown!r}: no stored stance has this issue id or label, and it is neither an issue "
        "of the dictionary nor a phrase of two words or more (such as 'sanctions on Belarus')"
    )
