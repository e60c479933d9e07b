"""Clean plain text and build a ``Document`` from it: id, title, date, language, issuers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from communique.ingest.dates import date_from_text, parse_given_date, parse_iso_date
from communique.ingest.issuers import find_issuers, issuers_from_names, issuers_from_title
from communique.ingest.language import SUPPORTED, detect_language, unsupported_message
from communique.ingest.structure import STATEMENT_TITLE
from communique.ingest.titles import find_title
from communique.model import Actor, Document, InputError

# Lines left by page builders (Wix and friends) and site chrome that are never part of a statement.
RESIDUE_LINES = re.compile(
    r"^\s*(?:top\s+of\s+page|bottom\s+of\s+page|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|scroll\s+to\s+top"
    r"|go\s+to\s+top|jump\s+to\s+(?:main\s+)?content|print(?:\s+this\s+page)?|share(?:\s+this(?:\s+page|\s+article)?)?"
    r"|menu|close|search|log\s*in|sign\s+in|toggle\s+navigation|use\s+tab\s+to\s+navigate\s+through\s+the\s+menu\s+items\.?"
    r"|this\s+site\s+was\s+designed\s+with\s+the\s+\S+\s+website\s+builder\.?.*)\s*$",
    re.I,
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_RUNS = re.compile(r"  +")
_BLANK_RUNS = re.compile(r"\n{3,}")
_NON_WORD = re.compile(r"\W+")
_ASCII_NON_WORD = bytes(c if (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256))
# Invisible characters that change a hash but never the meaning.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Cap on text length: statements are short; a 2 MB "statement" is a dump that would stall the parser.
MAX_TEXT_CHARS = 2_000_000


def normalise_text(text: str) -> str:
    """Normalise Unicode and whitespace and drop page-builder residue lines; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # Cheap C-level membership tests first: most texts have no control characters, tabs or double spaces.
    if _CONTROL_CHARS.search(text):
        text = _CONTROL_CHARS.sub(" ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    # Residue lines are short; matching only short lines keeps this linear and cheap.
    lines = [line for line in lines if len(line) > 120 or not RESIDUE_LINES.match(line)]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def markdown_to_text(text: str) -> str:
    """Turn Markdown into plain text: headings, emphasis, links, images, code fences and rules."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)  # comments are not rendered, so not part of the text
    text = re.sub(r"^```.*?^```\s*$", "", text, flags=re.M | re.S)
    text = re.sub(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", r"\1", text, flags=re.M)
    text = re.sub(r"^\s{0,3}(?:[-*_]\s*){3,}$", "", text, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)
    return text


def document_id(text: str) -> str:
    """Return a stable id for a statement: a hash of its text, case- and whitespace-insensitive."""
    folded = text.casefold()
    if folded.isascii():
        # Same key as the regex below, computed in C: ASCII word characters are [a-z0-9_].
        key = " ".join(folded.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    else:
        key = _NON_WORD.sub(" ", folded).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def choose_title(text: str, page_title: str | None) -> tuple[str | None, int | None]:
    """Pick the title and its offset in ``text`` (None when it comes from page metadata only)."""
    line = find_title(text)
    if line is not None and STATEMENT_TITLE.match(line.text):
        return line.text, line.start
    if page_title and (line is None or STATEMENT_TITLE.match(page_title)):
        at = text.find(page_title)
        return page_title, (at if at >= 0 else None)
    if line is not None:
        return line.text, line.start
    return page_title, None


def document_from_text(
    text: str,
    *,
    source: str,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] | None = None,
    external_id: str | None = None,
    url: str | None = None,
    page_title: str | None = None,
    raw_page_title: str | None = None,
    page_date: str | None = None,
    check_language: bool = True,
) -> Document:
    """Build a document from raw text; title, date, language and issuers are found when not given.

    ``title``/``date``/``issuers`` are the user's overrides; ``page_title``/``page_date`` come from a page's
    metadata and are used when the text itself has nothing better. With ``check_language`` a document in a
    language other than English raises ``InputError``.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(source, f"text longer than the {MAX_TEXT_CHARS} character limit")
    clean = normalise_text(text)
    if not clean or not any(ch.isalnum() for ch in clean):
        raise InputError(source, "empty: no text to code")
    language = detect_language(clean)
    if check_language and language is not None and language not in SUPPORTED:
        raise InputError(source, unsupported_message(language))
    if title:
        title = re.sub(r"\s+", " ", title).strip()
        at = clean.find(title)
        title_start: int | None = at if at >= 0 else None
    else:
        title, title_start = choose_title(clean, page_title)
    found_date = parse_iso_date(date) if date else None
    if found_date is None and page_date:
        found_date = parse_given_date(page_date)
    if found_date is None:
        found_date = date_from_text(clean)
    if issuers:
        issuer_actors = issuers_from_names(issuers, clean)
    else:
        issuer_actors = find_issuers(clean, title, title_start)
        if not issuer_actors and raw_page_title and raw_page_title != title:
            # "Kazakhstan: Investigate Killings | Human Rights Watch": the site is the issuer.
            issuer_actors = [
                Actor(name=name, text=name, via="issuer") for name, _ in issuers_from_title(raw_page_title)
            ]
    return Document(
        id=document_id(clean),
        text=clean,
        external_id=external_id,
        source=source,
        url=url,
        title=title,
        date=found_date,
        language=language,
        issuers=issuer_actors,
    )
