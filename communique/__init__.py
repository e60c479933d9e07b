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


def _missing(value: object) -> bool:
    """None, "", or a data frame's missing value (NaN, NaT, pandas' NA)."""
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float | _dt.date):
        return value != value  # NaN and NaT are the values not equal to themselves
    return type(value).__name__ == "NAType"  # pandas.NA, whose truth value is an error


def _given_date(value: object, source: str) -> str | None:
    """A user-given date as YYYY-MM-DD: a date object, or a string we can read; else an ``InputError``."""
    if _missing(value):
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

    def field(item: dict[str, Any], key: str, where: str) -> str | None:
        value = item.get(key)
        if _missing(value):
            return None
        if not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string, not {type(value).__name__}')
        return value

    def issuer_field(item: dict[str, Any], where: str) -> list[str] | None:
        value = item.get("issuers")
        if not isinstance(value, list | tuple) and _missing(value):
            return None
        names = _issuer_names(value) if isinstance(value, str | list | tuple) else None
        if names is None or not all(isinstance(name, str) for name in names):
            raise InputError(where, '"issuers" must be a string or a list of strings')
        return names

    def document(i: int, item: object) -> Document:
        where = f"<text {i}>"
        if isinstance(item, str):
            return document_from_text(item, source=where)
        if not isinstance(item, dict):
            raise _ItemTypeError(
                f'{where}: expected a string or a dict with "text", not {type(item).__name__}'
            )
        text = item.get("text")
        if text is None:
            raise InputError(where, 'missing "text" (a string)')
        if not isinstance(text, str):
            raise InputError(where, '"text" must be a string')
        where = field(item, "source", where) or where
        external = item.get("id")
        return document_from_text(
            text,
            source=where,
            external_id=None if _missing(external) else str(external),
            title=field(item, "title", where),
            date=_given_date(item.get("date"), where),
            url=field(item, "url", where),
            issuers=issuer_field(item, where),
        )

    def documents() -> Iterator[Document]:
        for i, item in enumerate(texts):
            if errors == "raise":
                yield document(i, item)
                continue
            try:
                yield document(i, item)
            # not any TypeError: a bug inside the coder must not pass for a bad item
            except (InputError, _ItemTypeError) as exc:
                warnings.warn(_skipped(i, exc), InputWarning, stacklevel=2)

    return default_coder(options).code_documents(documents())


class _ItemTypeError(TypeError):
    """An item of ``code_texts`` that is neither a string nor a dict."""


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
