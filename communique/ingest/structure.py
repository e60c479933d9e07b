"""Line-level structure of a statement: heading lines, paragraphs, name-like lines, document types."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.ingest.dates import find_date, is_date_line
from communique.ingest.vocabulary import alternation, words

# Kinds of statement a title names; "Joint Statement of ...", "G7 Foreign Ministers' Communiqué".
STRONG_TYPES = rf"(?:{alternation('statement_modifiers')}\s+)*{alternation('statement_kinds')}s?"
# Weaker kinds that only count when followed by "of/by/from" and an issuer.
WEAK_TYPES = rf"{alternation('weak_statement_kinds')}s?"
STRONG_TYPE_RE = re.compile(rf"\b{STRONG_TYPES}\b", re.I)
# "Human Rights Watch — Press release", "Press release | Ministry of ...": a label line, not a headline.
LABEL_LINE = re.compile(
    rf"^(?:(?P<before>.+?)\s*(?:[–—|:]|\s-)\s*{STRONG_TYPES}|{STRONG_TYPES}\s*(?:[–—|:]|\s-)\s*(?P<after>.+?))\s*$",
    re.I,
)
STATEMENT_TITLE = re.compile(rf"^(?:[^:]{{1,80}}:\s*)?(?:\S+\s+){{0,9}}?{STRONG_TYPES}\b", re.I)

INSTITUTION_RE = re.compile(rf"\b{alternation('institution_words')}\b", re.I)
ACRONYM_RE = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9&]{1,7}|[A-Z]\d{1,2})(?![\w-])")
NAME_PARTICLES = frozenset(words("name_particles"))
NOT_NAME_WORDS = frozenset(words("not_name_words"))
CUT_MARKERS = re.compile(
    r"^(?:for\s+(?:more|further)\s+information|media\s+contacts?|press\s+contacts?|contacts?\s*:|contact\s+us"
    r"|notes?\s+to\s+editors?|#{3,}|-+\s*ends?\s*-+|ends\s*$|about\s+the\s+|related\s+(?:content|news|articles)"
    r"|share\s+(?:this|on)|source\s*:|read\s+more|see\s+also|tags\s*:|keywords\s*:|©|copyright\b|photo\s*:)",
    re.I,
)
SKIP_LINE = re.compile(
    rf"^(?:source\s*:|https?://|www\.|for\s+immediate\s+release|embargoed|{STRONG_TYPES}\s*$"
    r"|home\s*[>/»]|.*\s[>»]\s.*\s[>»]\s|(?:media\s+|press\s+)?contacts?\s*:|.*\S@\S+\.\w"
    r"|(?:no|nr|ref)\.?\s*\d|(?:tel|phone|email|e-mail|fax)\s*[:.])",
    re.I,
)
_URLISH = re.compile(r"https?://|www\.|@\w+\.\w|\+?\d[\d ()-]{7,}\d")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of a document with its offsets into the text."""

    text: str
    start: int
    end: int


def lines_of(text: str) -> list[Line]:
    """Return the document's non-empty lines with their (stripped) offsets."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return out


def is_paragraph(line: str) -> bool:
    """True for a body paragraph: a full sentence or a long run of text, not a heading."""
    words = len(line.split())
    if words >= 60:
        return True
    return words >= 8 and line.rstrip('"”’»)]').endswith((".", "!", "?", ";"))


def has_person_shape(name: str) -> bool:
    """True for "Sviatlana Tsikhanouskaya" or "Josep Borrell, High Representative": 2-5 capitalised words."""
    head = name.split(",", 1)[0].strip()
    tokens = head.split()
    if not 2 <= len(tokens) <= 5:
        return False
    capitals = 0
    for token in tokens:
        word = token.strip(".'’")
        if word.lower() in NOT_NAME_WORDS:
            return False
        if word.lower() in NAME_PARTICLES:
            continue
        if not word or not word[0].isupper() or any(ch.isdigit() for ch in word):
            return False
        capitals += 1
    return capitals >= 2


def clean_item(text: str) -> str:
    """Strip list bullets, numbering and trailing punctuation from a list item."""
    text = re.sub(r"^\s*(?:[-–—*•·▪●◦]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+", "", text)
    return text.strip().strip(",;").strip()


def is_name_like(text: str, *, strict: bool = True) -> bool:
    """True when a line is the name of an organisation or a person rather than prose.

    ``strict`` also requires an institution word, an acronym or a person's name shape, which is what a
    sign-off without a "Signatories:" header must show to be trusted.
    """
    text = clean_item(text)
    if not text or len(text) > 160 or len(text.split()) > 16:
        return False
    if text.endswith(("!", "?", ":")) or (
        text.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|e\.V|[A-Z])\.$", text)
    ):
        return False
    if _URLISH.search(text) or is_date_line(text) or find_date(text):
        return False
    first = text.lstrip("\"“'‘«(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if not strict:
        return True
    return bool(INSTITUTION_RE.search(text) or ACRONYM_RE.search(text) or has_person_shape(text))


_FUNCTION_WORDS = {"of", "for", "the", "and", "on", "in", "to", "at", "de", "du", "des", "la", "le", "&"}


def is_masthead(text: str) -> bool:
    """True for a bare organisation name in title case ("Ministry of Foreign Affairs of Ukraine")."""
    text = clean_item(text)
    if ":" in text or len(text.split()) > 10 or not is_name_like(text, strict=False):
        return False
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if any(w[0].islower() and w.lower() not in _FUNCTION_WORDS for w in words):
        return False
    return bool(INSTITUTION_RE.search(text) or ACRONYM_RE.search(text))
