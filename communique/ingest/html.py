"""HTML pages: main text via trafilatura, title and publication date from the page's metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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
    """Extract the main text, title and date of a page; raise ``InputError`` if it has no main text."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except (ValueError, TypeError, RecursionError) as exc:  # malformed markup trafilatura cannot parse
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.split()) < MIN_MAIN_WORDS:
        raise InputError(source, "no main text found in the HTML page")
    return HtmlContent(
        text=text,
        title=clean_page_title(getattr(result, "title", None)),
        raw_title=getattr(result, "title", None),
        date=getattr(result, "date", None),
        sitename=getattr(result, "sitename", None),
        url=getattr(result, "url", None) or url,
    )


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
