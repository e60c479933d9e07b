"""Second user's pass on ingest (UX16): record dates, titles of pasted and re-encoded texts, feeds."""

from __future__ import annotations

import json

import pytest

from communique.ingest import IngestOptions, documents_from_bytes
from communique.ingest.sources import document_from_record
from communique.model import Document, InputError

TEXT = "The foreign ministers of the two countries welcomed the agreement on fishing rights in the bay."


def _jsonl(*records: dict) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode("utf-8")


def test_date_option_overrides_an_unreadable_record_date():
    """`code --date 2023-01-01 f.jsonl` refused a line whose "date" was "soon", though --date replaces it."""
    data = _jsonl(
        {"id": "a", "text": TEXT, "date": "soon"}, {"id": "b", "html": f"<p>{TEXT}</p>", "date": "x"}
    )
    items = list(documents_from_bytes(data, "f.jsonl", IngestOptions(date="2023-01-01"), kind="jsonl"))
    assert all(isinstance(i, Document) for i in items), items
    assert [i.date for i in items if isinstance(i, Document)] == ["2023-01-01", "2023-01-01"]


def test_unreadable_record_date_is_refused_wherever_a_record_is_built():
    """The Spark job builds records without the line parser; a bad date must not be stored as undated."""
    with pytest.raises(InputError, match="is not a date"):
        document_from_record({"text": TEXT, "date": "soon"}, "part-0:3")
    with pytest.raises(InputError, match="is not a date"):
        document_from_record({"html": f"<p>{TEXT}</p>", "date": "13/13/2023"}, "part-0:4")
    assert document_from_record({"text": TEXT, "date": "5 April 2023"}, "p").date == "2023-04-05"


def test_unreadable_record_date_still_named_per_line():
    data = _jsonl({"id": "a", "text": TEXT, "date": "soon"}, {"id": "b", "text": TEXT, "date": "2023-04-05"})
    items = list(documents_from_bytes(data, "f.jsonl", IngestOptions(), kind="jsonl"))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == "f.jsonl:1: \"date\" 'soon' is not a date (YYYY-MM-DD or e.g. 5 April 2023)"
    assert isinstance(items[1], Document) and items[1].date == "2023-04-05"


def test_jsonl_line_with_html_instead_of_text_is_read():
    """The JSONL format allows "html" in place of "text"; such a line crashed with KeyError: 'text'."""
    data = _jsonl({"id": "h", "html": f"<html><body><h1>Joint communique</h1><p>{TEXT}</p></body></html>"})
    (item,) = list(documents_from_bytes(data, "f.jsonl", IngestOptions(), kind="jsonl"))
    assert isinstance(item, Document), item
    assert "fishing rights" in item.text and item.external_id == "h"
    with pytest.raises(InputError, match='missing "text"'):
        document_from_record({"id": "x", "html": 5}, "part-0:1")
