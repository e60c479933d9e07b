"""communique: turn political statements into structured, searchable, auditable data.

Public API::

    communique.code_text(text, title=None, date=None, issuers=None) -> CodedDocument
    communique.code_texts(texts, errors="raise" | "skip") -> Iterator[CodedDocument]
    communique.code_source(path_or_url) -> list[CodedDocument]
    communique.Corpus(db_url)
"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from communique.model import (
    Actor,
    CodedDocument,
    CommuniqueError,
    Document,
    Event,
    InputError,
    InputWarning,
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
    date: str | _dt.date | None = None,
    issuers: str | Sequence[str] | None = None,
    options: CodingOptions | None = None,
) -> CodedDocument:
    """Code one statement given as plain text.

    ``date``: ``YYYY-MM-DD``, a written date ("5 April 2023") or a ``datetime.date``; one that cannot be read
    is an ``InputError``. ``issuers``: names (or one name) of who issued the statement.
    """
    from communique.ingest import document_from_text
    from communique.pipeline import default_coder

    if not isinstance(text, str):
        hint = " (decode the bytes first)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"code_text: text must be a str, not {type(text).__name__}{hint}")
    document = document_from_text(
        text,
        source="<text>",
        title=title,
        date=_given_date(date, "<text>"),
        issuers=_issuer_names(issuers),
    )
    return default_coder(options).code_document(document)


def _given_date(value: object, source: str) -> str | None:
    """A user-given date as YYYY-MM-DD: a date object, or a string we can read; else an ``InputError``."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):  # datetime.datetime and pandas.Timestamp are dates too
        return value.isoformat()[:10]
    from communique.ingest.dates import parse_given_date

    found = parse_given_date(str(value))
    if found is None:
        raise InputError(source, f"date {str(value)!r} is not a date (YYYY-MM-DD or e.g. 5 April 2023)")
    return found


def _issuer_names(issuers: str | Sequence[str] | None) -> list[str] | None:
    """Issuer names as a list: one name given as a string is one issuer, not one per character."""
    if issuers is None:
        return None
    return [issuers] if isinstance(issuers, str) else list(issuers)


def code_texts(
    texts: Iterable[str | dict[str, Any]],
    *,
    options: CodingOptions | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[CodedDocument]:
    """Code many texts (strings, or dicts with ``text`` and optional ``id/title/date/url/issuers``), streamed.

    A text that cannot be coded (empty, not English, an unreadable date, not a string or a dict with
    ``text``) is named as ``<text N>`` (N counts from 0). With ``errors="raise"`` (the default) it raises
    ``InputError`` (``TypeError`` for a wrong type) when the stream reaches it, after the texts before it
    were yielded. With ``errors="skip"`` it is left out with an ``InputWarning`` ("<text N>: skipped:
    <problem>") and the rest are coded, as the CLI does for a batch.
    """
    from communique.ingest import document_from_text
    from communique.pipeline import default_coder

    if isinstance(texts, str | bytes | dict):
        raise TypeError(
            "code_texts takes an iterable of texts; for one text use code_text"
            if not isinstance(texts, dict)
            else "code_texts takes an iterable of texts (strings or dicts); wrap one dict in a list"
        )
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")

    def document(i: int, item: object) -> Document:
        where = f"<text {i}>"
        if isinstance(item, str):
            return document_from_text(item, source=where)
        if not isinstance(item, dict):
            raise TypeError(f'{where}: expected a string or a dict with "text", not {type(item).__name__}')
        text = item.get("text")
        if text is None:
            raise InputError(where, 'missing "text" (a string)')
        if not isinstance(text, str):
            raise InputError(where, '"text" must be a string')
        where = item.get("source") or where
        external = item.get("id")
        return document_from_text(
            text,
            source=where,
            external_id=None if external is None else str(external),
            title=item.get("title"),
            date=_given_date(item.get("date"), where),
            url=item.get("url"),
            issuers=_issuer_names(item.get("issuers")),
        )

    def documents() -> Iterator[Document]:
        for i, item in enumerate(texts):
            if errors == "raise":
                yield document(i, item)
                continue
            try:
                yield document(i, item)
            except (InputError, TypeError) as exc:
                warnings.warn(_skipped(i, exc), InputWarning, stacklevel=2)

    return default_coder(options).code_documents(documents())


def _skipped(index: int, exc: Exception) -> str:
    """The warning for an item ``code_texts`` left out: its index, its own source name if any, the problem."""
    name = f"<text {index}>"
    if isinstance(exc, InputError):
        source = "" if exc.source == name else f" ({exc.source})"
        return f"{name}{source}: skipped: {exc.problem}"
    return f"{name}: skipped: {str(exc).removeprefix(name + ': ')}"


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
