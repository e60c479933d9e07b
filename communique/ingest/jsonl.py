"""JSONL input: one statement per line, ``{"id", "text", "title", "date", "url", "issuers"}`` or "html"."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from communique.model import Document, InputError

# Builds a document from one record's fields; supplied by sources.py so overrides apply uniformly.
RecordBuilder = Callable[[dict[str, Any], str], Document]


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-empty line is a JSON object."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not (line.startswith("{") and line.endswith("}")):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            return False
    return False


def json_line_error(exc: ValueError) -> str:
    """The problem of a line ``json.loads`` refused, as ingest and import report it."""
    return f"malformed JSON line ({exc.msg if isinstance(exc, json.JSONDecodeError) else exc})"


def iter_jsonl(text: str, source: str, build: RecordBuilder) -> Iterator[Document | InputError]:
    """Yield a document per line, or an ``InputError`` naming ``source:line`` for a bad line, and go on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield InputError(where, json_line_error(exc))
            continue
        if not isinstance(record, dict):
            yield InputError(where, 'a JSONL line must be an object with a "text" field')
            continue
        # "text" / "html" are checked by ``build`` (the feed path and document_from_record need it too).
        for key in ("id", "title", "date", "url"):
            value = record.get(key)
            if value is not None and not isinstance(value, str | int | float):
                yield InputError(where, f'"{key}" must be a string')
                break
        else:
            try:
                yield build(record, where)
            except InputError as exc:
                yield exc
