"""Database schema (SQLAlchemy 2 declarative models) of a communique corpus.

Design notes:

* Every document has an integer surrogate key ``pk`` (cheap joins, FTS5 rowid) and its stable public ``id``
  (a hash of the normalised text, see :func:`communique.ingest.document_id`).
* Child rows (sentences, mentions, events, event actors, stances, evidence) carry ``doc_pk`` plus their
  ordinal inside the document, so a document is written with plain multi-row inserts (no round trip for
  generated keys) and deleted/replaced with one ``DELETE ... WHERE doc_pk = ?`` per table.
* Provenance: every mention, event, event actor, stance and evidence row keeps ``sentence_index``, ``start``
  and ``end`` (character offsets into ``documents.text``), and events/stances also keep ``document_id``.
* ``sort_date`` is ``date`` or ``''``: a NOT NULL sort key that makes keyset cursors ``(sort_date, pk)``
  simple on both SQLite and PostgreSQL.
* Full-text search structures (FTS5 table and triggers on SQLite; a generated ``tsvector`` column with a GIN
  index on PostgreSQL) are dialect-specific and live in the migrations, not in these models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Schema version this code writes; bumped with every Alembic revision (kept equal to the head revision id).
SCHEMA_REVISION = "0006"
#: Older revisions this code can read without upgrading (0002 changed only the near-duplicate index, 0003
#: only how full-text rows are written, 0004 to 0006 only which indexes exist; no read depends on them):
#: read-only files and ``Corpus(create=False)`` open them as they are; the first write upgrades them.
READABLE_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", SCHEMA_REVISION})


#: The partial index condition of ``ix_mentions_issuer``, spelt as a literal (a bound parameter would not
#: let SQLite prove that a query's rows are all in the partial index).
ISSUER_ONLY = text("role = 'issuer'")


class Base(DeclarativeBase):
    """Declarative base of every communique table."""


class DictionaryVersion(Base):
    """A set of dictionaries (actors, patterns, issues) documents were coded with, identified by a hash."""

    __tablename__ = "dictionary_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class DocumentRow(Base):
    """One statement: clean text and metadata; ``canonical_pk`` is set when it is a near-duplicate repost."""

    __tablename__ = "documents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    external_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    sort_date: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    n_sentences: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    n_events: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    n_stances: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    canonical_pk: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="SET NULL"), nullable=True
    )
    similarity: Mapped[float | None] = mapped_column(Float, nullable=True)
    dictionary_version_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("dictionary_versions.id"), nullable=True
    )
    coded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (
        # Keyset pagination of search results, newest first.
        Index("ix_documents_sort", "sort_date", "pk"),
        Index("ix_documents_canonical", "canonical_pk"),
    )


class SourceRow(Base):
    """Another place the same statement (same id) was published: exact reposts keep their provenance."""

    __tablename__ = "document_sources"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(500), primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    external_id: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SentenceRow(Base):
    """A sentence span of a document (its text is ``documents.text[start:end]``)."""

    __tablename__ = "sentences"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = ({"sqlite_with_rowid": False},)


class ActorRow(Base):
    """A coded actor seen in the corpus: one row per code, named after its first mention."""

    __tablename__ = "actors"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    country: Mapped[str | None] = mapped_column(String(16), nullable=True)


class MentionRow(Base):
    """An actor mention (``role='actor'``) or a document issuer (``role='issuer'``)."""

    __tablename__ = "mentions"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    country: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sectors: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sentence_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wikidata: Mapped[str | None] = mapped_column(String(32), nullable=True)
    via: Mapped[str | None] = mapped_column(String(32), nullable=True)
    entry: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        # The actor page's "statements it issued": issuers only (~1 row per statement instead of ~8).
        # Queries must say ``role = 'issuer'`` as a literal for the planners to use it (``ISSUER_ONLY``).
        Index("ix_mentions_issuer", "code", sqlite_where=ISSUER_ONLY, postgresql_where=ISSUER_ONLY),
        {"sqlite_with_rowid": False},
    )


class DocActorRow(Base):
    """Search index: which actors (by code and by case-folded name) a document involves, with its date."""

    __tablename__ = "doc_actors"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    sort_date: Mapped[str] = mapped_column(String(10), nullable=False, default="")

    __table_args__ = (
        # Actor filter + date range + newest-first order served from one index.
        Index("ix_doc_actors_key", "key", "sort_date", "doc_pk"),
        {"sqlite_with_rowid": False},
    )


class EventRow(Base):
    """A coded event; its sources and targets are rows of ``event_actors``."""

    __tablename__ = "events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False
    )
    document_id: Mapped[str] = mapped_column(String(64), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    event_id: Mapped[str] = mapped_column(Text, nullable=False)
    sentence_index: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    trigger: Mapped[str] = mapped_column(Text, nullable=False)
    sentence: Mapped[str] = mapped_column(Text, nullable=False)
    cameo: Mapped[str] = mapped_column(String(8), nullable=False)
    cameo_root: Mapped[str] = mapped_column(String(4), nullable=False)
    cameo_name: Mapped[str] = mapped_column(Text, nullable=False)
    plover: Mapped[str | None] = mapped_column(String(32), nullable=True)
    plover_mode: Mapped[str | None] = mapped_column(String(64), nullable=True)
    plover_context: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    negated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    modality: Mapped[str] = mapped_column(String(16), nullable=False)
    reported_by: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    pattern: Mapped[str] = mapped_column(Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    # ';'-joined codes (or '?name' when unresolved): event-level de-duplication keys and flat exports.
    source_codes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    target_codes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    sort_date: Mapped[str] = mapped_column(String(10), nullable=False, default="")

    __table_args__ = (
        UniqueConstraint("doc_pk", "ordinal", name="uq_events_doc_ordinal"),
        Index("ix_events_cameo_root", "cameo_root", "sort_date"),
        # No index on plover: the filter compares upper(plover), which a plain index cannot serve (0004).
        Index("ix_events_sort", "sort_date", "pk"),
    )


class EventActorRow(Base):
    """A source or target actor of one event."""

    __tablename__ = "event_actors"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    event_ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    country: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sectors: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sentence_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wikidata: Mapped[str | None] = mapped_column(String(32), nullable=True)
    via: Mapped[str | None] = mapped_column(String(32), nullable=True)
    entry: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        # An actor's mentions by code. On PostgreSQL the index carries the columns its readers take (the
        # pair counts, the name forms, n_events), so they are index-only scans; SQLite's index of a
        # WITHOUT ROWID table holds the primary key already and has no INCLUDE (UX24, migration 0006).
        Index(
            "ix_event_actors_code",
            "code",
            "role",
            postgresql_include=["doc_pk", "event_ordinal", "name", "via"],
        ),
        # PostgreSQL only: the other side of an actor's pairs (who it targets, who targets it) read by
        # index-only probes; without it the planner hashed every target row (UX24: 167 -> 62 ms).
        Index(
            "ix_event_actors_event", "doc_pk", "event_ordinal", "role", postgresql_include=["code", "name"]
        ).ddl_if(dialect="postgresql"),
        {"sqlite_with_rowid": False},
    )


class StanceRow(Base):
    """One actor's stance on one issue in one document; provenance is its first evidence span."""

    __tablename__ = "stances"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False
    )
    document_id: Mapped[str] = mapped_column(String(64), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    actor: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    actor_name: Mapped[str] = mapped_column(Text, nullable=False)
    actor_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issue_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    issue_label: Mapped[str] = mapped_column(Text, nullable=False)
    stance: Mapped[str] = mapped_column(String(16), nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False)
    sentence_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    sort_date: Mapped[str] = mapped_column(String(10), nullable=False, default="")

    __table_args__ = (
        UniqueConstraint("doc_pk", "ordinal", name="uq_stances_doc_ordinal"),
        Index("ix_stances_issue", "issue_id", "sort_date"),
        # Issue labels are matched in any case (search.QueryBuilder.issue_clause): an expression index.
        Index("ix_stances_label_ci", text("lower(issue_label)")),
        Index("ix_stances_actor", "actor_code"),
        # /api/v1/stances pages oldest first on (sort_date, pk): without it each page sorted every stance.
        Index("ix_stances_sort", "sort_date", "pk"),
    )


class EvidenceRow(Base):
    """A sentence span supporting a stance."""

    __tablename__ = "evidence"

    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )
    stance_ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    sentence_index: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    event_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    polarity: Mapped[str | None] = mapped_column(String(16), nullable=True)

    __table_args__ = ({"sqlite_with_rowid": False},)


class LshBucketRow(Base):
    """Near-duplicate index: one row per (MinHash LSH band key, canonical document); one B-tree on SQLite.

    Band keys are salted with their band (``communique.store.dedup``), so the key alone names a bucket, and
    a bucket lookup is a range scan of the primary key. Crowded buckets stop taking members
    (``dedup.BUCKET_CAP``), so no bucket holds more than that many rows.
    """

    __tablename__ = "lsh_buckets"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    doc_pk: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = ({"sqlite_with_rowid": False},)


class MetaRow(Base):
    """Key/value facts about the corpus (schema revision written, creation time)."""

    __tablename__ = "corpus_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
