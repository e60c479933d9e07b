"""Find a statement's title among its first lines."""

from __future__ import annotations

import re

from communique.ingest.dates import is_date_line
from communique.ingest.structure import (
    LABEL_LINE,
    SKIP_LINE,
    STATEMENT_TITLE,
    Line,
    is_masthead,
    is_paragraph,
    lines_of,
)

# Headings come before the first paragraph; a title further down than this is not a title.
MAX_HEAD_LINES = 12
MAX_TITLE_CHARS = 400
# "... on 3 March 2022. We call on ...": one sentence ends inside the line and another begins. A line of
# that shape is body text even when its last sentence has no full stop (a paste ending in markup, a cut
# line); abbreviations ("U.S. Secretary", "Mr. Lavrov", "No. 5") do not end in three small letters or digits.
_INNER_SENTENCE_END = re.compile(r"\b[a-z0-9]{3,}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
# Fewer words than this is a headline even with a full stop inside ("Talks resume. Ceasefire holds").
MIN_RUN_ON_WORDS = 12


def is_body_line(text: str) -> bool:
    """True for a body paragraph, including one of two sentences or more whose last has no full stop."""
    if is_paragraph(text):
        return True
    return (
        len(text.split()) >= MIN_RUN_ON_WORDS
        and _INNER_SENTENCE_END.search(text) is not None
        and not STATEMENT_TITLE.match(text)
    )


def head_lines(text: str) -> list[Line]:
    """The lines before the first body paragraph (headings, datelines, mastheads)."""
    head: list[Line] = []
    for line in lines_of(text)[:MAX_HEAD_LINES]:
        if is_body_line(line.text):
            break
        head.append(line)
    return head


def title_candidates(text: str) -> list[Line]:
    """Heading lines that could be a title: not datelines, source lines, breadcrumbs or bare labels."""
    return [
        line
        for line in head_lines(text)
        if len(line.text) <= MAX_TITLE_CHARS
        and len(line.text.split()) >= 2
        and not is_date_line(line.text)
        and not SKIP_LINE.match(line.text)
    ]


def find_title(text: str) -> Line | None:
    """Return the title line of a statement, or None when it starts straight with its body.

    A heading that names a kind of statement ("Joint Statement of ... on ...", "Press release — ...",
    "G7 Foreign Ministers' Statement on ...") wins over other short headings such as a kicker or a slogan
    printed above it; otherwise the first heading that is not just an organisation's name (a masthead).
    """
    # A heading stands above a body: a text's last line (a one-line statement) is its body, not its title,
    # whatever its length; taken as the title it also hid the statement's issuer.
    candidates = [line for line in title_candidates(text) if text[line.end :].strip()]
    labels = [line for line in candidates if is_label(line.text)]
    headlines = [line for line in candidates if line not in labels]
    for line in headlines:
        if STATEMENT_TITLE.match(line.text):
            return line
    for line in headlines:
        if not is_masthead(line.text):
            return line
    if labels:
        return labels[0]
    return candidates[0] if candidates else None


def is_label(text: str) -> bool:
    """True for a line that only names an issuer and a kind of statement ("HRW — Press release")."""
    match = LABEL_LINE.match(text)
    if not match:
        return False
    who = match.group("before") or match.group("after") or ""
    return is_masthead(who)
