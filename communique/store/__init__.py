"""Store stage: a SQLite/PostgreSQL corpus of coded statements with search, aggregates and export."""

from communique.store.corpus import Corpus, SearchPage
from communique.store.ingest import IngestSummary

__all__ = ["Corpus", "IngestSummary", "SearchPage"]
