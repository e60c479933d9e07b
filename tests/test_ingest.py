"""Ingestion of files, directories, stdin, HTML, feeds and JSONL; encodings, dates, titles and issuers."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import yaml

from communique.ingest import IngestOptions, document_from_text, document_id, iter_source, load_source
from communique.ingest.dates import date_from_text, find_date, parse_iso_date
from communique.ingest.encoding import decode_bytes
from communique.ingest.language import detect_language
from communique.model import Document, InputError
from tests.conftest import EXAMPLES, SEED

DATA = Path(__file__).parent / "data" / "ingest"
NO_FETCH = IngestOptions(fetch_links=False)


def items(source: str | Path, options: IngestOptions = NO_FETCH) -> list[Document | InputError]:
    return list(iter_source(str(source), options))


def only_doc(source: str | Path, options: IngestOptions = NO_FETCH) -> Document:
    found = items(source, options)
    assert len(found) == 1, found
    assert isinstance(found[0], Document), found[0]
    return found[0]


def only_error(source: str | Path, options: IngestOptions = NO_FETCH) -> InputError:
    found = items(source, options)
    assert len(found) == 1, found
    assert isinstance(found[0], InputError), found[0]
    return found[0]


# --- the seed example --------------------------------------------------------------------------------------


def test_seed_title_text_language_and_three_issuers():
    doc = only_doc(SEED)
    assert doc.title.startswith("Joint Statement of the Office of Sviatlana Tsikhanouskaya")
    assert doc.title.endswith("operations abroad")
    assert "top of page" not in doc.text and "bottom of page" not in doc.text
    assert doc.text.startswith("Events in Kazakhstan are an internal political conflict")
    assert doc.language == "en"
    assert [a.name for a in doc.issuers] == [
        "Office of Sviatlana Tsikhanouskaya",
        "Coordination Council",
        "National Anti-Crisis Management",
    ]
    for issuer in doc.issuers:
        assert issuer.via == "issuer" and issuer.code is None
        assert doc.text[issuer.start : issuer.end] == issuer.text
        assert issuer.name.casefold() in issuer.text.casefold() or " of " in issuer.name == issuer.name
    assert doc.external_id is None and doc.id == document_id(doc.text)


def test_seed_example_is_byte_identical_to_shared_copy():
    shared = SEED.parent.parent.parent / "shared" / "examples" / SEED.name
    if not shared.exists():
        pytest.skip("../shared/examples not present")
    assert SEED.read_bytes() == shared.read_bytes()


def test_every_bundled_example_ingests_with_title_language_and_issuers():
    found = items(EXAMPLES)
    assert len(found) >= 5
    for doc in found:
        assert isinstance(doc, Document), doc
        assert doc.language == "en" and doc.title and doc.issuers, doc.source
        assert "Source:" not in (doc.title or "")


# --- HTML --------------------------------------------------------------------------------------------------


def test_html_page_main_text_title_and_date_from_metadata():
    doc = only_doc(DATA / "statement.html")
    assert (
        doc.title == "Statement by the Ministry of Foreign Affairs of Lithuania on the situation in Belarus"
    )
    assert doc.date == "2021-05-24"
    assert "strongly condemns the forced landing" in doc.text
    for boilerplate in ("Privacy policy", "All rights reserved", "Most read", "Skip to content", "Contacts"):
        assert boilerplate not in doc.text
    assert [a.name for a in doc.issuers] == ["Ministry of Foreign Affairs of Lithuania"]


def test_page_builder_residue_removed_from_html():
    doc = only_doc(DATA / "wix-page.html")
    assert "top of page" not in doc.text.lower() and "bottom of page" not in doc.text.lower()
    assert doc.title.startswith("Joint Statement of the Office of Sviatlana Tsikhanouskaya")
    assert [a.name for a in doc.issuers] == ["Office of Sviatlana Tsikhanouskaya", "Coordination Council"]


def test_html_without_main_text_is_an_input_error():
    error = only_error(DATA / "nav-only.html")
    assert "no main text" in error.problem and "nav-only.html" in str(error)


def test_html_sniffed_without_extension(tmp_path):
    page = tmp_path / "saved-page"
    page.write_bytes((DATA / "statement.html").read_bytes())
    assert only_doc(page).date == "2021-05-24"


# --- plain text, Markdown, encodings, binary, empty ------------------------------------------------------


def test_markdown_headings_links_and_comments_cleaned(tmp_path):
    md = tmp_path / "statement.md"
    md.write_text(
        "<!-- internal note: not part of the statement -->\n"
        "# Statement by the Spokesperson of the European External Action Service on Georgia\n\n"
        "The **European Union** calls on all sides to "
        "[resume dialogue](https://example.org/x) without delay.\n",
        encoding="utf-8",
    )
    doc = only_doc(md)
    assert doc.title == "Statement by the Spokesperson of the European External Action Service on Georgia"
    assert "**" not in doc.text and "https://" not in doc.text and "internal note" not in doc.text
    assert "resume dialogue without delay" in doc.text
    assert [a.name for a in doc.issuers] == ["Spokesperson of the European External Action Service"]


def test_cp1252_text_decoded_not_refused():
    doc = only_doc(DATA / "cp1252.txt")
    assert "“strongly”" in doc.text and "café" in doc.text and "–" in doc.text


def test_cp1251_russian_decoded_then_refused_as_unsupported_language():
    error = only_error(DATA / "russian-cp1251.txt")
    assert error.problem == "language ru is not supported (English only)"


def test_decode_bytes_fallbacks():
    assert decode_bytes("naïve".encode(), "x") == "naïve"
    assert decode_bytes("\ufeffhello".encode(), "x") == "hello"
    assert decode_bytes("Statement – “quoted”".encode("utf-16"), "x") == "Statement – “quoted”"
    assert decode_bytes("Déclaration à Genève".encode("latin-1"), "x") == "Déclaration à Genève"
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"abc\x00\x01\x02def", "x")


def test_binary_and_empty_files_refused():
    assert "binary file" in only_error(DATA / "image.png").problem
    assert only_error(DATA / "empty.txt").problem.startswith("empty")


def test_whitespace_only_file_is_empty(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n   \n\t\n", encoding="utf-8")
    assert only_error(blank).problem.startswith("empty")


def test_unsupported_language_refused():
    assert only_error(DATA / "french.txt").problem == "language fr is not supported (English only)"


def test_language_check_can_be_disabled():
    doc = only_doc(DATA / "french.txt", IngestOptions(check_language=False))
    assert doc.language == "fr"


def test_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("The Council condemns the attack. " * 100, encoding="utf-8")
    error = only_error(big, IngestOptions(max_bytes=1000))
    assert "too large" in error.problem


def test_missing_file():
    assert "no such file" in only_error("no/such/statement.txt").problem


# --- JSONL -------------------------------------------------------------------------------------------------


def test_jsonl_good_lines_kept_bad_lines_reported_with_line_numbers():
    found = items(DATA / "statements.jsonl")
    docs = [f for f in found if isinstance(f, Document)]
    errors = [f for f in found if isinstance(f, InputError)]
    assert [d.external_id for d in docs] == ["a-1", "2", "a-5"]
    assert docs[0].title == "Statement on Kazakhstan" and docs[0].date == "2022-01-07"
    assert docs[0].url == "https://example.org/a-1"
    assert [a.name for a in docs[0].issuers] == ["Government of Canada"]
    assert [e.source for e in errors] == [f"{DATA / 'statements.jsonl'}:3", f"{DATA / 'statements.jsonl'}:4"]
    assert "malformed JSON" in errors[0].problem and "text" in errors[1].problem
    # Input order is kept: the errors sit between the documents they were found between.
    assert [type(f).__name__ for f in found] == [
        "Document",
        "Document",
        "InputError",
        "InputError",
        "Document",
    ]


def test_load_source_strict_raises_first_error():
    with pytest.raises(InputError) as info:
        list(load_source(str(DATA / "statements.jsonl")))
    assert info.value.source.endswith("statements.jsonl:3")


# --- feeds -------------------------------------------------------------------------------------------------


def test_rss_feed_each_entry_a_document():
    docs = items(DATA / "feed.rss")
    assert all(isinstance(d, Document) for d in docs)
    assert [d.external_id for d in docs] == ["press-1", "press-2"]
    assert [d.date for d in docs] == ["2022-01-10", "2022-01-11"]
    assert docs[0].title == "Statement on the detention of journalists"
    assert docs[0].url == "https://example.org/press/1"
    assert "<p>" not in docs[1].text and "Access Now condemns" in docs[1].text
    assert [a.name for a in docs[0].issuers] == ["Committee to Protect Journalists"]
    assert [a.name for a in docs[1].issuers] == ["Access Now"]


def test_atom_feed_entry():
    doc = only_doc(DATA / "feed.atom")
    assert doc.external_id == "urn:uuid:entry-1" and doc.date == "2022-01-12"
    assert doc.title == "Joint statement on Kazakhstan"


# --- directories and stdin ---------------------------------------------------------------------------------


def test_directory_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    body = " condemns the detention of peaceful protesters and calls for their release."
    (tmp_path / "b" / "2.txt").write_text(
        "The Ministry of Foreign Affairs of Latvia" + body, encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("The Ministry of Foreign Affairs of Estonia" + body, encoding="utf-8")
    (tmp_path / "c.md").write_text("The Ministry of Foreign Affairs of Poland" + body, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(
        "The Ministry of Foreign Affairs of Hidden" + body, encoding="utf-8"
    )
    (tmp_path / ".git" / "x.txt").write_text(
        "The Ministry of Foreign Affairs of Git" + body, encoding="utf-8"
    )
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    docs = items(tmp_path)
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["a.txt", "b/2.txt", "c.md"]
    assert [d.issuers[0].name for d in docs] == [
        "Ministry of Foreign Affairs of Estonia",
        "Ministry of Foreign Affairs of Latvia",
        "Ministry of Foreign Affairs of Poland",
    ]


def test_directory_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_text(
        "The Council of Europe condemns the arrests of journalists in Minsk.", "utf-8"
    )
    found = items(tmp_path)
    assert isinstance(found[0], InputError) and isinstance(found[1], Document)


def test_stdin(monkeypatch):
    text = "Statement by the Government of Norway on Belarus\n\nNorway condemns the crackdown on protest."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    doc = only_doc("-")
    assert doc.source == "<stdin>" and doc.title == "Statement by the Government of Norway on Belarus"


# --- ids, dates, titles, issuers ---------------------------------------------------------------------------


def test_same_statement_from_two_sources_same_id(tmp_path):
    txt = document_from_text(SEED.read_text(encoding="utf-8"), source="a")
    html = tmp_path / "seed.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip())
    html.write_text(f"<html><body><nav>Home News</nav><main>{paragraphs}</main></body></html>", "utf-8")
    assert only_doc(html).id == txt.id


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 January 2022", "2022-01-12"),
        ("January 12, 2022", "2022-01-12"),
        ("Jan. 12, 2022", "2022-01-12"),
        ("2022-01-12", "2022-01-12"),
        ("12.01.2022", "2022-01-12"),
        ("12th of January 2022", "2022-01-12"),
        ("25/12/2021", "2021-12-25"),
        ("03/04/2022", None),
        ("31 February 2022", None),
    ],
)
def test_date_formats(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_date_line_not_body_date():
    text = (
        "Statement on Belarus\n\nThe elections of 9 August 2020 were neither free nor fair, we said.\n\nMinsk"
    )
    assert date_from_text(text) is None
    assert date_from_text("Statement on Belarus\nKyiv, 7 January 2022\nBody text here.") == "2022-01-07"
    lead = "(Brussels, 12.01.2022) – The European Union condemns the violence against protesters."
    assert date_from_text(lead) == "2022-01-12"


def test_overrides_title_date_issuers():
    doc = document_from_text(
        SEED.read_text(encoding="utf-8"),
        source="seed",
        title="My title",
        date="2022-01-07",
        issuers=["Coordination Council", "Someone Else"],
    )
    assert doc.title == "My title" and doc.date == "2022-01-07"
    assert [a.name for a in doc.issuers] == ["Coordination Council", "Someone Else"]
    council = doc.issuers[0]
    assert doc.text[council.start : council.end] == "Coordination Council"
    assert doc.issuers[1].start is None


def test_parse_iso_date():
    assert parse_iso_date("2022-01-07") == "2022-01-07"
    assert parse_iso_date("2022-13-45") is None and parse_iso_date("7 Jan") is None


def test_language_detection():
    assert detect_language("The European Union calls for restraint and dialogue in Kazakhstan.") == "en"
    german = "Die Bundesregierung verurteilt die Gewalt gegen die Demonstranten"
    german += " und fordert ihre Freilassung heute."
    assert detect_language(german) == "de"
    assert detect_language("Die Regierung verurteilt die Gewalt.") is None  # too short to refuse
    short = "The Foreign Minister of Latvia Edgars Rinkēvičs stated that the deployment is worrying."
    assert detect_language(short) == "en"
    assert detect_language("ok") is None


ISSUER_CASES = yaml.safe_load((DATA / "issuers.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ISSUER_CASES, ids=[c["id"] for c in ISSUER_CASES])
def test_issuer_fixtures(case):
    doc = document_from_text(case["text"], source=case["id"])
    assert [a.name for a in doc.issuers] == case["issuers"]
    if "title" in case:
        assert doc.title == case["title"]
    for issuer in doc.issuers:
        assert issuer.via == "issuer"
        assert issuer.start is not None, issuer
        assert doc.text[issuer.start : issuer.end] == issuer.text
        assert issuer.name.casefold() in issuer.text.casefold() or " of " in issuer.name
