"""Files a user will try that communique does not read: named for what they are (UX15)."""

from __future__ import annotations

import zipfile

import pytest

from communique.ingest import load_sources
from communique.model import InputError

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n%%EOF\n"


def _only_error(path) -> str:
    (item,) = list(load_sources([str(path)]))
    assert isinstance(item, InputError), item
    return str(item)


def test_pdf_is_named_and_not_coded_as_text(tmp_path):
    """A small PDF decoded as text used to be coded (its object syntax became the 'statement')."""
    path = tmp_path / "statement.pdf"
    path.write_bytes(PDF)
    message = _only_error(path)
    assert message.startswith(f"{path}: a PDF file")
    assert "pdftotext" in message


def test_word_document_is_named(tmp_path):
    path = tmp_path / "statement.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>The minister welcomed the agreement.</w:document>")
    message = _only_error(path)
    assert "zip archive" in message and "text or HTML" in message


@pytest.mark.parametrize("name", ["plain.txt", "noext"])
def test_text_that_mentions_pdf_is_still_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(
        "%PDF is how the minister's office began its note. The ministers welcomed the agreement.\n"
    )
    (item,) = list(load_sources([str(path)]))
    assert not isinstance(item, InputError)
