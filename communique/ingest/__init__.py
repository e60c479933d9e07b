"""Ingestion stage: turn files, pages, URLs, feeds and JSONL into clean ``Document`` records."""

from communique.ingest.sources import IngestOptions, load_source, load_sources
from communique.ingest.text import document_from_text, document_id, normalise_text

__all__ = ["IngestOptions", "document_from_text", "document_id", "load_source", "load_sources", "normalise_text"]
