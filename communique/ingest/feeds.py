"""RSS and Atom feeds: each entry becomes a document; entries with only a link are fetched (guarded).

An entry whose summary is a teaser is fetched from its link; when the page cannot be had, the summary is coded
instead, with a warning naming the page and why.
"""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from communique.model import Document, InputError, InputWarning

# An RSS 0.91 feed declares its DTD ("<!DOCTYPE rss PUBLIC ..."); some feeds carry an internal subset.
# feedparser neither fetches external entities nor expands nested ones, so such feeds are safe to read.
_FEED_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE\s[^\[>]*(?:\[.*?\])?\s*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.S | re.I,
)
# A summary shorter than this is a teaser; the linked page holds the statement.
MIN_ENTRY_WORDS = 40
# A hostile or huge feed must not turn one source into thousands of fetches.
MAX_LINKED_FETCHES = 200

# (entry fields, source label) -> document; supplied by sources.py.
EntryBuilder = Callable[[dict[str, Any], str], Document]
# (url, source label) -> document, fetching through the URL guard.
LinkFetcher = Callable[[str, str, dict[str, Any]], Document]


def looks_like_feed(text: str) -> bool:
    """True for an RSS or Atom document."""
    return bool(_FEED_SNIFF.match(text[:4096]))


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%d", parsed)
    except (TypeError, ValueError):
        return None


def _entry_date(entry: Any) -> tuple[str | None, str | None]:
    """The entry's date as YYYY-MM-DD, and the publisher's date text when neither feedparser nor we can."""
    from communique.ingest.dates import parse_given_date

    # dict.get: feedparser's own get maps a missing "updated" to "published" with a DeprecationWarning.
    found = _iso(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
    raw = dict.get(entry, "published") or dict.get(entry, "updated")
    if found is not None or not isinstance(raw, str) or not raw.strip():
        return found, None
    found = parse_given_date(raw)
    return found, None if found else raw.strip()


def _warn_unread_date(where: str, raw: str, document: Document) -> None:
    """Say that an entry's own date was lost, and what the document's date is instead."""
    instead = f"dated {document.date} from its text" if document.date else "stored undated"
    warnings.warn(
        f"{where}: the entry's date {raw[:80]!r} could not be read; {instead}", InputWarning, stacklevel=2
    )


def iter_feed(
    data: bytes | str, source: str, build: EntryBuilder, fetch_link: LinkFetcher | None
) -> Iterator[Document | InputError]:
    """Yield one document per feed entry (or an ``InputError`` for that entry) in feed order."""
    import feedparser

    from communique.ingest.html import fragment_to_text

    feed = feedparser.parse(data)
    if not feed.entries:
        if getattr(feed, "bozo", False) and not feed.get("feed"):
            raise InputError(source, "not a valid RSS/Atom feed")
        raise InputError(source, "feed has no entries")
    fetched = 0
    for index, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        where = f"{source}#{index}"
        content = entry.get("content") or []
        body = content[0].get("value") if content else None
        if not body:
            body = entry.get("summary") or entry.get("description")
        text = fragment_to_text(body) if body else ""
        fields: dict[str, Any] = {
            "id": entry.get("id") or link,
            "title": entry.get("title"),
            "url": link,
        }
        fields["date"], unread_date = _entry_date(entry)
        try:
            if len(text.split()) < MIN_ENTRY_WORDS and link and fetch_link is not None:
                fetched += 1
                if fetched > MAX_LINKED_FETCHES:
                    yield InputError(
                        where, f"not fetched: more than {MAX_LINKED_FETCHES} linked entries in one feed"
                    )
                    continue
                try:
                    document = fetch_link(link, where, fields)
                except InputError as exc:
                    if not text.strip():
                        raise
                    # The page is out of reach (offline, refused, gone), but the entry's own summary is a
                    # statement too: code it rather than lose the entry, and say so (UX19).
                    warnings.warn(
                        f"{exc}; coded the entry's summary ({len(text.split())} words) instead",
                        InputWarning,
                        stacklevel=2,
                    )
                    document = build({**fields, "text": text}, where)
            elif text.strip():
                document = build({**fields, "text": text}, where)
            else:
                yield InputError(where, "entry has no content and no link")
                continue
        except InputError as exc:
            yield exc
            continue
        if unread_date is not None:
            _warn_unread_date(where, unread_date, document)
        yield document
