"""HTML pages: main text via trafilatura, title and publication date from the page's metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from communique.ingest.encoding import decode_bytes
from communique.model import InputError

# Fewer words than this after boilerplate removal means the page has no statement in it.
MIN_MAIN_WORDS = 8
_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I | re.S)
_TAG_SNIFF = re.compile(r"<(?:p|div|article|section|h[1-6]|span|br|table|main)\b[^>]*>", re.I)
# Page titles carry the site's name after a separator: "Statement on X | Ministry of Y".
_TITLE_SUFFIX = re.compile(r"\s+[|·•»]\s+[^|·•»]{2,80}$|\s+[–—-]\s+(?:[A-Z][\w.&'’-]*\s*){1,6}$")
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@dataclass
class HtmlContent:
    """What a page yields: its main text and the metadata the page declares."""

    text: str
    title: str | None
    raw_title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """True when text is an HTML document or a fragment with block-level tags."""
    head = text[:4096]
    return bool(_HTML_SNIFF.match(head)) or len(_TAG_SNIFF.findall(head)) >= 3


def clean_page_title(title: str | None) -> str | None:
    """Strip the site-name suffix from a page title and collapse whitespace."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    stripped = _TITLE_SUFFIX.sub("", title).strip()
    # Keep the suffix if stripping it would leave almost nothing ("Home | Site").
    return stripped if len(stripped.split()) >= 3 else title or None


def extract_html(html: str | bytes, source: str, *, url: str | None = None) -> HtmlContent:
    """Extract the main text, title and date of a page; raise ``InputError`` if it has no main text.

    The page is parsed once: title and date are read from the tree (og:title / <title> / <h1>, and
    htmldate on meta tags and dated elements) before trafilatura extracts the main text from it. This is
    what keeps ingestion close to the cost of a bare ``trafilatura.extract``.
    """
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except (ValueError, TypeError, RecursionError) as exc:  # markup lxml cannot parse at all
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from exc
    if tree is None:
        # trafilatura gives up on a fragment with a single block ("<p>One paragraph.</p>", what an API user
        # or a JSONL "html" field sends); inside a page body it reads like any other.
        body = decode_bytes(html, source) if isinstance(html, bytes) else html
        tree = load_html(f"<html><body>{body}</body></html>") if "<" in body else None
    if tree is None:
        raise InputError(source, "HTML could not be parsed")
    metas = page_metas(tree)
    raw_title = page_title(tree, metas)
    date = page_date(tree, url, metas)
    canonical_link = tree.find('.//link[@rel="canonical"]')
    canonical = url or (canonical_link.get("href") if canonical_link is not None else None)
    try:
        result = trafilatura.bare_extraction(tree, url=url, include_comments=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.split()) < MIN_MAIN_WORDS:
        raise InputError(source, "no main text found in the HTML page")
    return HtmlContent(
        text=text,
        title=clean_page_title(raw_title),
        raw_title=raw_title,
        date=date,
        sitename=metas.get("og:site_name"),
        url=canonical,
    )


def page_metas(tree: Any) -> dict[str, str]:
    """The page's ``<meta>`` values by lower-cased property/name/itemprop (first occurrence wins)."""
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        key = key.strip().lower()
        content = element.get("content")
        if key and content and key not in metas:
            metas[key] = re.sub(r"\s+", " ", content).strip()
    return metas


def page_title(tree: Any, metas: dict[str, str] | None = None) -> str | None:
    """The page's own title: og:title, twitter:title, <title>, then the first <h1>."""
    metas = page_metas(tree) if metas is None else metas
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            return metas[key]
    for tag in ("title", "h1"):
        element = tree.find(f".//{tag}")
        if element is not None:
            text = re.sub(r"\s+", " ", element.text_content()).strip()
            if text:
                return text
    return None


# Meta properties that declare the publication date, most specific first.
DATE_METAS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.issued",
    "date",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
)
_ISO_PREFIX = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


def page_date(tree: Any, url: str | None, metas: dict[str, str] | None = None) -> str | None:
    """Publication date from the page: a declared meta date, else htmldate (fast mode); ISO or None."""
    import datetime as dt

    import htmldate

    metas = page_metas(tree) if metas is None else metas
    for key in DATE_METAS:
        match = _ISO_PREFIX.match(metas.get(key, ""))
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
    try:
        found = htmldate.find_date(tree, url=url, **_DATE_PARAMS, outputformat="%Y-%m-%d")
    except (ValueError, TypeError, RecursionError):
        return None
    return str(found) if found else None


def fragment_to_text(fragment: str) -> str:
    """Turn a small HTML fragment (a feed entry's content) into text with one line per block."""
    import lxml.html
    from lxml import etree

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    return str(root.text_content())
