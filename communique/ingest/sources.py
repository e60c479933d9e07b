"""Read sources (files, directories, stdin, URLs, feeds, JSONL) into documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from communique.ingest.text import document_from_text
from communique.model import Document, InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass
class IngestOptions:
    """How sources are read: network policy, size limits and metadata overrides."""

    allow_private: bool = False
    max_bytes: int = MAX_INPUT_BYTES
    timeout: float = 20.0
    title: str | None = None
    date: str | None = None
    issuers: Sequence[str] = ()


def load_source(source: str, options: IngestOptions | None = None) -> Iterator[Document]:
    """Yield the documents in one source; raise ``InputError`` naming the source on bad input."""
    opts = options or IngestOptions()
    if source == "-":
        data = sys.stdin.buffer.read(opts.max_bytes + 1)
        yield _from_bytes(data, "<stdin>", opts)
        return
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file or directory")
    yield _from_bytes(path.read_bytes(), source, opts)


def load_sources(
    sources: Sequence[str], options: IngestOptions | None = None
) -> Iterator[Document | InputError]:
    """Yield documents from many sources in order, yielding an ``InputError`` for each that fails."""
    for source in sources:
        try:
            yield from load_source(source, options)
        except InputError as exc:
            yield exc


def _from_bytes(data: bytes, source: str, opts: IngestOptions) -> Document:
    if len(data) > opts.max_bytes:
        raise InputError(source, f"larger than the {opts.max_bytes} byte limit")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source, "not valid UTF-8") from exc
    return document_from_text(text, source=source, title=opts.title, date=opts.date, issuers=opts.issuers)
