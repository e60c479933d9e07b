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
