"""Ingest after a user's afternoon (UX19): a JSONL line's own issuers, and a feed entry whose page is out of
reach."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from communique.ingest import IngestOptions, load_sources
from communique.model import Document, InputError, InputWarning

TEXT = "The spokesperson condemned the shelling of the port and called for an immediate ceasefire."


def _jsonl(tmp_path: Path, *records: dict[str, object]) -> Path:
    path = tmp_path / "bulk.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_jsonl_line_keeps_its_own_issuers(tmp_path):
    """The line's "issuers" were dropped: detection named 'Spokesperson' instead of the European Union."""
    path = _jsonl(
        tmp_path,
        {"id": "a", "text": TEXT, "issuers": ["European Union"]},
        {"id": "b", "text": TEXT, "issuers": "Government of Chile"},
        {"id": "c", "text": TEXT, "issuers": [" ", ""]},
    )
    a, b, c = list(load_sources([str(path)]))
    assert [i.name for i in a.issuers] == ["European Union"]
    assert [i.name for i in b.issuers] == ["Government of Chile"]
    assert isinstance(c, Document) and "European Union" not in [i.name for i in c.issuers]
    # --issuer still replaces them, as it replaces every detected or given issuer.
    (overridden,) = list(load_sources([str(path)], IngestOptions(issuers=("Government of Peru",))))[:1]
    assert [i.name for i in overridden.issuers] == ["Government of Peru"]


@pytest.mark.parametrize("bad", [5, {"name": "EU"}, ["EU", 3]])
def test_a_jsonl_line_with_unreadable_issuers_is_an_error_naming_the_line(tmp_path, bad):
    path = _jsonl(tmp_path, {"id": "a", "text": TEXT}, {"id": "b", "text": TEXT, "issuers": bad})
    good, error = list(load_sources([str(path)]))
    assert isinstance(good, Document)
    assert isinstance(error, InputError)
    assert str(error) == f'{path}:2: "issuers" must be a string or a list of strings'


def test_html_in_a_jsonl_line_keeps_its_issuers_too(tmp_path):
    html = f"<html><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    path = _jsonl(tmp_path, {"id": "h", "html": html, "issuers": ["Government of Chile"]})
    (document,) = list(load_sources([str(path)]))
    assert [i.name for i in document.issuers] == ["Government of Chile"]


def _feed(tmp_path: Path, summary: str) -> Path:
    path = tmp_path / "news.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry news</title>'
        "<item><title>Minister condemns the shelling</title><guid>n1</guid>"
        f"<link>http://127.0.0.1:9/n1</link><description>{summary}</description></item>"
        "<item><title>Teaser only</title><guid>n2</guid><link>http://127.0.0.1:9/n2</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_a_feed_entry_whose_page_cannot_be_fetched_is_coded_from_its_summary(tmp_path):
    """The entry failed whole ('linked page ...: refused'): its summary, a statement itself, was lost."""
    feed = _feed(tmp_path, TEXT)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first, second = list(load_sources([str(feed)]))
    assert isinstance(first, Document), first
    assert first.text.strip() == TEXT and first.external_id == "n1" and first.url == "http://127.0.0.1:9/n1"
    said = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert len(said) == 1, said
    assert said[0].startswith(f"{feed}#1: linked page http://127.0.0.1:9/n1: refused")
    assert said[0].endswith("coded the entry's summary (14 words) instead")
    # An entry with no summary still fails, naming the page.
    assert isinstance(second, InputError)
    assert str(second).startswith(f"{feed}#2: linked page http://127.0.0.1:9/n2: refused")
