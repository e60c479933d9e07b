"""communique: turn political statements into structured, searchable, auditable data.

Public API::

    communique.code_text(text, title=None, date=None, issuers=None) -> CodedDocument
    communique.code_texts(texts) -> Iterator[CodedDocument]
    communique.code_source(path_or_url) -> list[CodedDocument]
    communique.Corpus(db_url)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from communique.model import (
    Actor,
    CodedDocument,
    CommuniqueError,
    Document,
    Event,
    InputError,
    Issue,
    Sentence,
    Stance,
)

if TYPE_CHECKING:
    from communique.pipeline import Coder, CodingOptions
    from communique.store import Corpus

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "CodedDocument",
    "Coder",
    "CodingOptions",
    "CommuniqueError",
    "Corpus",
    "Document",
    "Event",
    "InputError",
    "Issue",
    "Sentence",
    "Stance",
    "code_source",
    "code_text",
    "code_texts",
]


def code_text(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    issuers: Sequence[str] | None = None,
    options: CodingOptions | None = None,
) -> CodedDocument:
    """Code one statement given as plain text."""
    from communique.ingest import document_from_text
    from communique.pipeline import default_coder

    document = document_from_text(text, source="<text>", title=title, date=date, issuers=issuers)
    return default_coder(options).code_document(document)


def code_texts(
    texts: Iterable[str | dict[str, Any]], *, options: CodingOptions | None = None
) -> Iterator[CodedDocument]:
    """Code many texts (strings, or dicts with ``text`` and optional ``id/title/date/url``), streamed."""
    from communique.ingest import document_from_text
    from communique.pipeline import default_coder

    def documents() -> Iterator[Document]:
        for i, item in enumerate(texts):
            if isinstance(item, str):
                yield document_from_text(item, source=f"<text {i}>")
            else:
                yield document_from_text(
                    item["text"],
                    source=item.get("source") or f"<text {i}>",
                    external_id=item.get("id"),
                    title=item.get("title"),
                    date=item.get("date"),
                    url=item.get("url"),
                    issuers=item.get("issuers"),
                )

    return default_coder(options).code_documents(documents())


def code_source(
    source: str, *, allow_private: bool = False, options: CodingOptions | None = None
) -> list[CodedDocument]:
    """Code every statement in a file, directory, URL, feed or JSONL file."""
    from communique.ingest import IngestOptions, load_source
    from communique.pipeline import default_coder

    documents = list(load_source(source, IngestOptions(allow_private=allow_private)))
    return list(default_coder(options).code_documents(documents))


def __getattr__(name: str) -> Any:
    # The coder pulls in spaCy and Corpus pulls in SQLAlchemy: import them only when asked for, so the
    # CLI's store commands and `--help` start fast.
    if name == "Corpus":
        from communique.store import Corpus

        return Corpus
    if name in ("Coder", "CodingOptions"):
        from communique import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
