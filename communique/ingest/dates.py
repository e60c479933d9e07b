"""Dates: parse user-given ISO dates and find a publication date line in a statement's text."""

from __future__ import annotations

import datetime as dt
import re

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(value: str) -> str | None:
    """Return ``value`` if it is a real ``YYYY-MM-DD`` date, else None."""
    if not ISO_DATE.match(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None
