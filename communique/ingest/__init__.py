"""Ingestion stage: turn files, pages, URLs, feeds and JSONL into clean ``Document`` records."""

from communique.ingest.sources import (
    IngestOptions,
    documents_from_bytes,
    iter_source,
    load_source,
    load_sources,
)
from communique.ingest.text import document_from_text, document_id, normalise_text
from communique.ingest.url import check_url, fetch_url

__all__ = [
    "IngestOptions",
    "check_url",
    "document_from_text",
    "document_id",
    "documents_from_bytes",
    "fetch_url",
    "iter_source",
    "load_source",
    "load_sources",
    "normalise_text",
]
