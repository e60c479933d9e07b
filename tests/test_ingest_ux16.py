"""Second user's pass on ingest (UX16): record dates, titles of pasted and re-encoded texts, feeds."""

from __future__ import annotations

import json
from pathlib import Path

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


PASTE = (
    "The European Union and Japan condemned the shelling of the port on 3 March 2022. We call on the"
    " parties to return to the talks <b>"
)


@pytest.mark.parametrize("heading", ["Joint statement", "JOINT STATEMENT", "Press release"])
def test_a_generic_heading_does_not_make_the_first_paragraph_a_title(heading):
    """A paste under "Joint statement" whose paragraph ends without a full stop became its own title."""
    from communique.ingest.text import document_from_text

    document = document_from_text(f"{heading}\n\n{PASTE}\n\nThey will meet again.", source="paste")
    assert document.title is None


@pytest.mark.parametrize(
    "title",
    [
        "Statement by the U.S. Secretary of State on the attack on the embassy in Kabul today",
        "EU condemns the shelling of the port city. Statement by the High Representative on behalf of the EU",
        "Ministers meet in Ottawa. Fishing rights agreed",
        "Remarks by Mr. Lavrov and Mr. Wang Yi after the talks on regional security in the Asia Pacific",
    ],
)
def test_headings_with_a_full_stop_inside_stay_titles(title):
    from communique.ingest.text import document_from_text

    body = "The foreign ministers of the two countries welcomed the agreement on fishing rights in the bay."
    assert document_from_text(f"{title}\n\n{body}", source="t").title == title


@pytest.mark.parametrize("encoding", ["ascii", "utf-16", "latin-1"])
@pytest.mark.parametrize(
    "line", ["Japan condemned the launch.", "Japan condemned the missile launch over the sea on Monday."]
)
def test_a_one_line_statement_is_its_body_not_its_title(tmp_path, encoding, line):
    """A short one-line file was its own title and a longer one had none (UX15 blamed the encoding)."""
    from communique.ingest import load_sources

    path = tmp_path / "one.txt"
    path.write_bytes((line + "\n").encode(encoding))
    (document,) = list(load_sources([str(path)]))
    assert isinstance(document, Document), document
    assert document.text == line
    assert document.title is None


def test_a_heading_above_a_one_line_body_is_still_the_title():
    from communique.ingest.text import document_from_text

    document = document_from_text("Japan condemns the launch\n\nJapan condemned the launch.", source="t")
    assert document.title == "Japan condemns the launch"


def test_a_feed_entry_whose_link_is_refused_is_named_by_its_entry(tmp_path):
    """'http://127.0.0.1:9/x: refused ...' did not say which of the feed's entries it came from."""
    from communique.ingest import load_sources

    feed = tmp_path / "news.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Full</title><description>{TEXT} {TEXT} {TEXT} {TEXT}</description></item>"
        "<item><title>Teaser</title><link>http://127.0.0.1:9/statement</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    first, second = list(load_sources([str(feed)]))
    assert isinstance(first, Document)
    assert isinstance(second, InputError)
    assert str(second).startswith(f"{feed}#2: linked page http://127.0.0.1:9/statement: refused")


RSS_091 = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
    ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
    '<rss version="0.91"><channel><title>Ministry news</title><link>https://example.org/</link>'
    "<description>d</description><language>en</language>"
    f"<item><title>On the fishing agreement</title><link>https://example.org/1</link>"
    f"<description>{TEXT} {TEXT} {TEXT} {TEXT}</description></item></channel></rss>\n"
)


@pytest.mark.parametrize("name", ["news.rss", "news.xml", "news"])
def test_an_rss_091_feed_with_its_doctype_is_read_as_a_feed(tmp_path, name):
    """The DOCTYPE line of RSS 0.91 hid the feed: the whole XML file was coded as one text of markup."""
    from communique.ingest import load_sources

    path = tmp_path / name
    path.write_bytes(RSS_091.encode("latin-1"))
    (item,) = list(load_sources([str(path)]))
    assert isinstance(item, Document), item
    assert item.title == "On the fishing agreement"
    assert "<" not in item.text and "DOCTYPE" not in item.text


def test_a_feed_with_entity_bombs_is_read_without_expanding_them(tmp_path):
    """Nested entities (billion laughs) and an external entity must not be expanded or fetched."""
    from communique.ingest import load_sources

    bomb = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(9))
    path = tmp_path / "bomb.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{bomb}<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        '<rss version="2.0"><channel><title>t</title>'
        f"<item><title>&l8;</title><description>{TEXT} &x; {TEXT} {TEXT} {TEXT}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    items = list(load_sources([str(path)]))
    assert all(len(str(getattr(i, "text", i))) < 10_000 for i in items)
    etc = Path("/etc/hostname")
    hostname = etc.read_text(encoding="utf-8").strip() if etc.exists() else ""
    for item in items:
        if isinstance(item, Document):
            assert "ENTITY" not in item.text
            assert not hostname or f" {hostname} " not in item.text
