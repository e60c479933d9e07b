"""Clean plain text and build a ``Document`` from it: id, title, date, language, issuers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from communique.model import Actor, Document, InputError

# Lines left by page builders (Wix and friends) that are not part of any statement.
RESIDUE_LINES = re.compile(r"^\s*(top of page|bottom of page|skip to (main )?content|back to top)\s*$", re.I)


def normalise_text(text: str) -> str:
    """Normalise Unicode and whitespace and drop page-builder residue lines; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if not RESIDUE_LINES.match(line)]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def document_id(text: str) -> str:
    """Return a stable id for a statement: a hash of its text, case- and whitespace-insensitive."""
    key = re.sub(r"\W+", " ", text.casefold()).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def document_from_text(
    text: str,
    *,
    source: str,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] | None = None,
    external_id: str | None = None,
    url: str | None = None,
) -> Document:
    """Build a document from raw text; title, date, language and issuers are found when not given."""
    clean = normalise_text(text)
    if not clean:
        raise InputError(source, "no text to code (empty after cleaning)")
    return Document(
        id=document_id(clean),
        text=clean,
        external_id=external_id,
        source=source,
        url=url,
        title=title,
        date=date,
        language=None,
        issuers=[Actor(name=name, text=name, via="issuer") for name in issuers or ()],
    )
