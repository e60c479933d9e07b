"""Ingest details from the review of session 16's I/O code (UX17), on real files and real parsing."""

from __future__ import annotations

import pytest

from communique.ingest.html import extract_html
from communique.ingest.sources import IngestOptions, iter_source
from communique.model import Document, InputError


def test_a_jsonl_text_that_is_not_a_string_is_named_as_such(tmp_path):
    """iter_jsonl's own copy of the text check said 'missing "text"' for a "text" that is a number."""
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "a", "text": 5}\n{"id": "b"}\n', encoding="utf-8")
    out = list(iter_source(str(lines), IngestOptions(check_language=False)))
    problems = [str(o) for o in out if isinstance(o, InputError)]
    assert problems == [f'{lines}:1: "text" must be a string', f'{lines}:2: missing "text" (a string)']


def test_a_one_block_fragment_given_as_bytes_keeps_its_accents():
    """The fragment fallback decoded bytes as UTF-8 with replacement characters, ignoring Windows-1252."""
    body = "<p>Le ministère a déclaré que la réunion des délégués aura lieu à Genève la semaine suivante.</p>"
    content = extract_html(body.encode("cp1252"), "fragment.html")
    assert "ministère a déclaré" in content.text and "\ufffd" not in content.text
    assert extract_html(body, "fragment.html").text == content.text


def test_iter_documents_yields_documents_for_good_lines(tmp_path):
    lines = tmp_path / "ok.jsonl"
    lines.write_text(
        '{"id": "a", "text": "The ministers of both countries met in Vienna to sign a trade accord."}\n',
        encoding="utf-8",
    )
    (doc,) = iter_source(str(lines), IngestOptions(check_language=False))
    assert isinstance(doc, Document)


@pytest.mark.parametrize("bad", ["{nope", '{"a": 1,}'])
def test_a_malformed_json_line_reads_the_same_in_ingest_and_import(tmp_path, bad):
    """The 'malformed JSON line (...)' text was built in two places (RV16-io 5): both say the same."""
    from communique.store.ingest import read_coded_jsonl

    path = tmp_path / "in.jsonl"
    path.write_text(bad + "\n", encoding="utf-8")
    (error,) = iter_source(str(path), IngestOptions(check_language=False))
    assert isinstance(error, InputError) and error.problem.startswith("malformed JSON line (")
    failed: list[tuple[str, str]] = []
    assert list(read_coded_jsonl([str(path)], failed)) == []
    assert failed == [(f"{path}:1", error.problem)]


_BODY = (
    "The foreign ministers of the two neighbouring states met in the border town to discuss the river, "
    "the fishing rights of both peoples and the reopening of the old crossing, and they agreed to hold "
    "further talks with the help of regional mediators before the harvest season begins in earnest."
)


def _feed(tmp_path, dates: list[str]):
    items = "".join(
        f"<item><title>Talks {n}</title><link>https://example.org/{n}</link><guid>t-{n}</guid>"
        f"<pubDate>{when}</pubDate><description>{_BODY}</description></item>"
        for n, when in enumerate(dates, 1)
    )
    path = tmp_path / "news.rss"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>{items}</channel></rss>\n'
    )
    return path


def test_a_feed_entry_whose_date_cannot_be_read_is_stored_with_a_warning(tmp_path):
    """An entry with an unreadable publisher date was stored undated, and nothing said so (UX16)."""
    from communique.model import InputWarning

    path = _feed(tmp_path, ["Tue, 04 Apr 2023 10:00:00 GMT", "sometime after the rains", "April 5th, 2023"])
    with pytest.warns(InputWarning) as caught:
        docs = list(iter_source(str(path), IngestOptions(check_language=False)))
    assert [d.date for d in docs] == ["2023-04-04", None, "2023-04-05"]
    assert [str(w.message) for w in caught] == [
        f"{path}#2: the entry's date 'sometime after the rains' could not be read; stored undated"
    ]


def test_the_cli_prints_the_warning_as_one_line_and_codes_the_entry(tmp_path):
    import subprocess
    import sys

    path = _feed(tmp_path, ["sometime after the rains"])
    out = subprocess.run(
        [sys.executable, "-m", "communique", "code", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "COMMUNIQUE_SEMANTIC": "0"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines() == [
        f"communique: warning: {path}#1: the entry's date 'sometime after the rains' could not be read; "
        "stored undated"
    ], out.stderr
    assert out.stdout.count('"document"') == 1
