"""``Corpus``: a database of coded statements (SQLite by default, PostgreSQL for teams).

Writes are one transaction per document (``add``) or per batch of documents (``add_many``); a document is
therefore stored completely or not at all, and a crash leaves nothing half-written. Reads use indexed paths
only: events by document, by actor code, by CAMEO root and by date; documents by date (keyset cursors), by
actor (``doc_actors``), and by text (FTS5 / tsvector).

``Corpus`` is assembled from one module per concern (each a mixin over ``connection._Database``):

- ``connection``: opening the database, read/write transactions, database errors, WAL checkpoints;
- ``writing``: ``add``/``add_many``/``optimize``, the bulk write path and batch near-duplicate grouping;
- ``reading``: documents, search, events and stances;
- ``aggregates``: counts, stats, facets, timelines and actor pages;
- ``rows``: table handles, row builders and row → record converters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.store.aggregates import CAMEO_ROOTS, QUAD_CLASS, _Aggregates
from communique.store.connection import DEFAULT_URL, explain_db_error, normalise_url
from communique.store.reading import SearchPage, summary_columns
from communique.store.rows import EVENT_COLUMNS, STANCE_COLUMNS, flat_event
from communique.store.writing import _Writing

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.ingest import IngestOptions
    from communique.pipeline import CodingOptions
    from communique.store.ingest import IngestSummary

__all__ = [
    "CAMEO_ROOTS",
    "DEFAULT_URL",
    "EVENT_COLUMNS",
    "QUAD_CLASS",
    "STANCE_COLUMNS",
    "Corpus",
    "SearchPage",
    "explain_db_error",
    "flat_event",
    "normalise_url",
    "summary_columns",
]


class Corpus(_Aggregates, _Writing):
    """A corpus of coded statements stored in SQLite or PostgreSQL."""

    # Here rather than in ``writing``: it runs the whole pipeline and hands ``store.ingest`` the Corpus.
    def ingest(
        self,
        sources: Sequence[str],
        *,
        ingest_options: IngestOptions | None = None,
        coding_options: CodingOptions | None = None,
        recode: bool = False,
        workers: int = 1,
        progress: bool = True,
    ) -> IngestSummary:
        """Read, code and store sources, one transaction per document; skip documents already stored."""
        from communique.store.ingest import ingest_sources

        return ingest_sources(
            self,
            sources,
            ingest_options=ingest_options,
            coding_options=coding_options,
            recode=recode,
            workers=workers,
            progress=progress,
        )
