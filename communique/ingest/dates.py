"""Dates: parse user-given ISO dates and find a publication date line in a statement's text."""

from __future__ import annotations

import datetime as dt
import re

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _i

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 12 January 2022
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # January 12, 2022
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),  # 2022-01-12
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),  # 12.01.2022
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),  # 12/01/2022 if unambiguous
)
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
# A line short enough to be a dateline ("Kyiv, 12 January 2022", "(Brussels, 12.01.2022) –").
MAX_DATELINE = 90


def parse_iso_date(value: str) -> str | None:
    """Return ``value`` if it is a real ``YYYY-MM-DD`` date, else None."""
    if not ISO_DATE.match(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def parse_given_date(value: str) -> str | None:
    """A metadata date as ``YYYY-MM-DD``: an ISO date or timestamp, or a written one ("5 April 2023")."""
    # Metadata dates come as ISO timestamps ("2022-01-07T10:00:00+02:00") or written out.
    found = parse_iso_date(value.strip()[:10])
    if found is None:
        written = find_date(value)
        found = written[0] if written else None
    return found


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("a") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:  # 03/04/2022 is ambiguous between conventions: better no date than a wrong one
            return None
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.lower()]
        day = int(groups["day"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """Return the first date in ``text`` as ``(iso, start, end)``, or None."""
    if not _YEAR_HINT.search(text):  # every pattern needs a four-digit year: skip most lines cheaply
        return None
    best: tuple[str, int, int] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso and (best is None or match.start() < best[1]):
                best = (iso, match.start(), match.end())
                break
    return best


def is_date_line(line: str) -> bool:
    """True when a line is essentially a dateline: a date with at most a place name or label around it."""
    line = line.strip()
    if not line or len(line) > MAX_DATELINE:
        return False
    found = find_date(line)
    if not found:
        return False
    rest = (line[: found[1]] + " " + line[found[2] :]).strip(" ,.;:()[]–—-|")
    return len(rest.split()) <= 5 and not rest.endswith(".")


def date_from_text(text: str, *, head_lines: int = 15, tail_lines: int = 8) -> str | None:
    """Find the publication date: a dateline near the top, a dated lead-in, or a dateline at the end.

    Dates inside body sentences ("the elections of 9 August 2020") are events, not the publication date,
    so only datelines and lead-ins such as "KYIV, 12 January 2022 –" or "(Brussels, 12.01.2022) -" count.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:head_lines]:
        if is_date_line(line):
            found = find_date(line)
            if found:
                return found[0]
        lead = line[:MAX_DATELINE]
        dash = re.search(r"\)\s*[–—-]|\s[–—-]\s", lead)
        if dash:
            found = find_date(lead[: dash.start() + 1])
            if found:
                return found[0]
    for line in reversed(lines[-tail_lines:]):
        if is_date_line(line):
            found = find_date(line)
            if found:
                return found[0]
    return None
