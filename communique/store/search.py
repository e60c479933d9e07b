"""Search filters turned into SQL: safe full-text queries (FTS5 / tsvector), actor, event, issue and dates.

User text is never spliced into SQL or into FTS syntax: on SQLite each word becomes a double-quoted FTS5
string (quotes doubled), so ``AND``, ``NEAR``, ``*``, ``:``, ``^``, ``(`` and quotes are plain text; on
PostgreSQL the text goes through ``plainto_tsquery``, which has no operators at all. Every value is a bound
parameter.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
)

from communique.model import MODALITIES, CommuniqueError
from communique.store.schema import Base

T = Base.metadata.tables
DOCS: Table = T["documents"]
EVENTS: Table = T["events"]
EVENT_ACTORS: Table = T["event_actors"]
DOC_ACTORS: Table = T["doc_actors"]
STANCES: Table = T["stances"]
ACTORS: Table = T["actors"]

_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_CODE_ANY_CASE = re.compile(r"^[A-Za-z0-9]{3,}$")
_CAMEO = re.compile(r"^\d{2,4}$")
MAX_QUERY_CHARS = 1000
MAX_WORDS = 32


def fts5_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression in which every word of ``user_text`` is a quoted literal (implicit AND)."""
    words = _WORD.findall(user_text[:MAX_QUERY_CHARS])[:MAX_WORDS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def actor_keys(value: str) -> tuple[str, str]:
    """Index keys of an actor: ``c:CODE`` for a code and ``n:name`` for a case-folded name."""
    return ("c:" + value, "n:" + " ".join(value.casefold().split()))


def actor_filter(value: str) -> str:
    """An actor filter as the store matches it; the rule is one for every reader (API, web, library, CLI).

    Actor codes are upper case, so a word of three or more ASCII letters and digits is upper-cased
    (``igoeu`` and ``IgoEu`` are ``IGOEU``, a code prefix as ``IGO`` is); names are compared case-folded
    whatever their case. An upper-cased word still matches as a name (``kenya`` and ``KENYA`` fold alike).
    """
    return value.upper() if _CODE_ANY_CASE.match(value) else value


def issue_ids(issue: str) -> list[str]:
    """The issue ids an issue filter stands for: as given and lower-cased (dictionary ids are lower case)."""
    return sorted({issue, issue.lower()})


def prefix_upper(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (for index range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def check_date(value: str | None, name: str) -> str | None:
    """Validate a YYYY, YYYY-MM or YYYY-MM-DD bound."""
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not _DATE.match(value) or not _real_date(value):
        raise CommuniqueError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def check_event(value: str | None, name: str = "event") -> str | None:
    """Validate an event filter: a CAMEO code or prefix of 2 to 4 digits, or a PLOVER type (any case).

    A filter of neither kind matched nothing, silently: ``--event XYZ`` or ``--event 1`` listed no statement
    and said nothing of why (UX19).
    """
    if value is None or not str(value).strip():
        return None
    from communique.events.cameo import cameo_table

    value = str(value).strip()
    table = cameo_table()
    if _CAMEO.match(value) and value[:2] in table:
        return value
    types = sorted({c.plover for c in table.values() if c.plover})
    if value.upper() in types:
        return value
    raise CommuniqueError(
        f"{name}: {value[:40]!r} is not a CAMEO code or prefix (2 to 4 digits, e.g. 11 or 0411) "
        f"or a PLOVER type ({', '.join(types)})"
    )


def _real_date(value: str) -> bool:
    """True when a YYYY[-MM[-DD]] string names a real month and day (not 2022-13 or 2022-02-30)."""
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@dataclass
class Filters:
    """The filters shared by search, events, stats, facets, timeline and export."""

    text: str | None = None
    actor: str | None = None
    event: str | None = None
    issue: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    include_duplicates: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def make(cls, **kwargs: Any) -> Filters:
        """Build and validate filters from keyword arguments (unknown keys are an error)."""
        known = {k: kwargs.pop(k) for k in list(kwargs) if k in cls.__dataclass_fields__ and k != "extra"}
        if kwargs:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(kwargs))}")
        f = cls(**known)
        f.since = check_date(f.since, "since")
        f.until = check_date(f.until, "until")
        f.event = check_event(f.event)
        if f.modality is not None and f.modality not in MODALITIES:
            raise CommuniqueError(f"modality: {f.modality!r} is not one of {', '.join(MODALITIES)}")
        for name in ("actor", "event", "issue", "text"):
            value = getattr(f, name)
            if value is not None:
                value = str(value).strip()[:MAX_QUERY_CHARS]
                setattr(f, name, value or None)
        if f.actor:
            f.actor = actor_filter(f.actor)
        return f


def _exists(alias: Any, *conds: ColumnElement[bool]) -> ColumnElement[bool]:
    """EXISTS over an aliased table, correlated to everything but that alias (safe inside subqueries)."""
    return exists().where(*conds).correlate_except(alias)


#: The limit policy. The store reads at most this many rows for one page: a library caller asking for more
#: gets this many and a cursor to the rest (``page_size`` clamps, it does not refuse). The REST API refuses
#: a ``limit`` above its own, smaller cap (``communique.api.service.MAX_LIMIT``): that bounds one response.
MAX_PAGE = 1000


def page_size(limit: int) -> int:
    """A page size the store serves: ``limit`` clamped to 1..``MAX_PAGE``."""
    return max(1, min(int(limit), MAX_PAGE))


def keyset_page(
    conn: Connection,
    stmt: Select[Any],
    key: tuple[Any, Any],
    *,
    limit: int,
    cursor: str | None,
    newest_first: bool = True,
) -> tuple[list[Any], str | None]:
    """One page of ``stmt`` (filtered, not ordered) in (sort date, pk) order, and the next page's cursor.

    ``key`` is the pair of columns the page is ordered and cut on; each row must hold ``sort_date`` and
    ``pk`` (the cursor is written from the last one). Rows come back as mappings. The three pagers of
    documents, events and stances and the API's events path share this; only ``views._events_page_raw``
    writes the same keyset in SQL text, for speed.
    """
    sort_date, pk = key
    limit = page_size(limit)
    if cursor:
        last = tuple_(*decode_cursor(cursor))
        # Newest first, the next page is what sorts before the last row given; oldest first, after it.
        stmt = stmt.where(tuple_(*key) < last if newest_first else tuple_(*key) > last)
    order = (sort_date.desc(), pk.desc()) if newest_first else (sort_date, pk)
    rows = list(conn.execute(stmt.order_by(*order).limit(limit + 1)).mappings().all())
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["pk"]) if more and rows else None
    return rows, next_cursor


def encode_cursor(sort_date: str, pk: int) -> str:
    """An opaque, stable keyset cursor."""
    return base64.urlsafe_b64encode(json.dumps([sort_date, pk]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    """Read a cursor written by :func:`encode_cursor`; a tampered cursor is a ``CommuniqueError``."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        sort_date, pk = json.loads(raw)
        # Only what encode_cursor writes: a date of at most ten characters and a row pk, which a database
        # integer holds (a larger number was an OverflowError in SQLite's bind, a 500; JSON true is a bool).
        if not isinstance(sort_date, str) or len(sort_date) > 10:
            raise ValueError
        if type(pk) is not int or not 0 <= pk < 2**63:
            raise ValueError
        return sort_date, pk
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise CommuniqueError(f"invalid cursor {cursor[:40]!r}") from exc


def casefold_sql(value: str | None) -> str | None:
    """SQLite's ``casefold()``: Python's Unicode case folding (SQLite's own ``lower()`` is ASCII-only)."""
    return None if value is None else value.casefold()


class QueryBuilder:
    """Builds WHERE clauses for one dialect."""

    def __init__(self, dialect: str, *, icu: bool = False) -> None:
        self.dialect = dialect
        # PostgreSQL with the ICU root collation ("und-x-icu"): lower() under it folds every letter, where a
        # database of the C locale folds only ASCII ones (as SQLite's lower() does).
        self.icu = icu

    # -- case-insensitive names ------------------------------------------------------------------------
    def _fold(self, value: str) -> tuple[str, str]:
        """How ``value`` is compared in any case: "lower", "casefold" (SQLite's registered function) or "icu"
        (PostgreSQL's lower() under ICU's root collation), and the value folded the same way.

        An ASCII value keeps ``lower()``, which the expression indexes are built on (a stored name with other
        letters cannot equal it then anyway); any other value takes a Unicode-aware fold.
        """
        value = " ".join(value.split())  # as names are stored: "  Foo   Bar " is "Foo Bar"
        if value.isascii():
            return "lower", value.lower()
        if self.dialect == "sqlite":
            return "casefold", value.casefold()
        return ("icu" if self.icu else "lower"), value.lower()

    def folded(self, column: Any, value: str) -> tuple[Any, str]:
        """``column`` and ``value`` both case-folded, for comparing a name or label in any case."""
        how, folded = self._fold(value)
        if how == "casefold":
            return func.casefold(column), folded
        if how == "icu":
            return func.lower(column.collate("und-x-icu")), folded
        return func.lower(column), folded

    def name_equals(self, column: Any, value: str) -> ColumnElement[bool]:
        """``column`` equals ``value`` in any case, non-ASCII letters included."""
        left, right = self.folded(column, value)
        return left == right

    def name_contains(self, column: Any, value: str) -> ColumnElement[bool]:
        """``column`` contains ``value`` in any case (LIKE, its wildcards escaped)."""
        left, right = self.folded(column, value)
        like = "%" + right.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return left.like(like, escape="\\")

    def name_equals_sql(self, column_sql: str, value: str, mark: str) -> tuple[str, str]:
        """The raw-SQL form of ``name_equals``: a condition with one ``mark`` parameter, and its value."""
        how, folded = self._fold(value)
        if how == "casefold":
            return f"casefold({column_sql}) = {mark}", folded
        if how == "icu":
            return f'lower({column_sql} COLLATE "und-x-icu") = {mark}', folded
        return f"lower({column_sql}) = {mark}", folded

    # -- documents -------------------------------------------------------------------------------------
    def text_clause(self, pk_col: Any, user_text: str) -> ColumnElement[bool]:
        """Documents whose title or text contain every word of ``user_text``."""
        if self.dialect == "postgresql":
            # plainto_tsquery has no operators: the text is parsed exactly like documents are ("phase-2"
            # gives the same lexemes on both sides). NUL bytes are the one thing PostgreSQL rejects.
            if not _WORD.search(user_text):
                return false()
            words = user_text[:MAX_QUERY_CHARS].replace("\x00", " ")
            sub: Any = (
                select(literal_column("pk"))
                .select_from(text("documents AS fts_d"))
                .where(text("fts_d.tsv @@ plainto_tsquery('english', :fts_q)").bindparams(fts_q=words))
            )
            return pk_col.in_(sub)
        query = fts5_query(user_text)
        if query is None:
            return false()
        sub = (
            select(literal_column("rowid"))
            .select_from(text("documents_fts"))
            .where(text("documents_fts MATCH :fts_q").bindparams(fts_q=query))
        )
        return pk_col.in_(sub)

    def actor_conditions(self, da: Any, actor: str, codes: list[str]) -> ColumnElement[bool]:
        """``doc_actors`` rows of an actor given by code (prefix: ``BLR`` matches ``BLROPP``) or by name."""
        conds = []
        if _CODE.match(actor):
            lo = "c:" + actor
            conds.append(and_(da.c.key >= lo, da.c.key < prefix_upper(lo)))
        conds.append(da.c.key == actor_keys(actor)[1])
        if codes:
            conds.append(da.c.key.in_(["c:" + c for c in codes]))
        return or_(*conds)

    def actor_doc_clause(
        self, pk_col: Any, actor: str, codes: list[str], *, materialise: bool = False
    ) -> ColumnElement[bool]:
        """Documents involving an actor given by code (prefix: ``BLR`` matches ``BLROPP``) or by name."""
        da = DOC_ACTORS.alias("f_actor")
        if materialise:
            # For a rare actor: its documents drive the plan (a short list, sorted afterwards).
            return pk_col.in_(select(da.c.doc_pk).where(self.actor_conditions(da, actor, codes)))
        conds = []
        if _CODE.match(actor):
            lo = "c:" + actor
            conds.append(and_(da.c.key >= lo, da.c.key < prefix_upper(lo)))
        conds.append(da.c.key == actor_keys(actor)[1])
        if codes:
            conds.append(da.c.key.in_(["c:" + c for c in codes]))
        # A correlated EXISTS probes doc_actors' primary key (doc_pk, key) per candidate document, instead
        # of materialising every document of a frequent actor: the plan can then walk the date index newest
        # first and stop after one page.
        return _exists(da, da.c.doc_pk == pk_col, or_(*conds))

    def event_clause(self, table: Any, event: str) -> ColumnElement[bool]:
        """Events of a CAMEO code or prefix (``04``, ``0411``) or of a PLOVER type (``ACCUSE``)."""
        if _CAMEO.match(event):
            if len(event) == 2:
                return table.c.cameo_root == event
            return and_(table.c.cameo >= event, table.c.cameo < prefix_upper(event))
        return func.upper(table.c.plover) == event.upper()

    def doc_where(
        self, f: Filters, codes: list[str], *, driver: str | None = None
    ) -> list[ColumnElement[bool]]:
        """Document-level clauses for ``f``; ``driver`` is the SQLite plan chosen by the corpus."""
        d = DOCS
        where: list[ColumnElement[bool]] = []
        if not f.include_duplicates:
            # coalesce() keeps the planner off ix_documents_canonical: nearly every document is canonical,
            # and that index would cost the newest-first walk of ix_documents_sort.
            where.append(func.coalesce(d.c.canonical_pk, 0) == 0)
        if f.actor:
            where.append(self.actor_doc_clause(d.c.pk, f.actor, codes, materialise=driver == "actor"))
        if f.text:
            if driver == "date" and self.dialect == "sqlite" and fts5_query(f.text):
                # Walking the date index: probe the FTS index for each document (FTS5 seeks by rowid)
                # rather than materialising every match of a frequent word.
                probe = text(
                    "EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH :fts_q "
                    "AND documents_fts.rowid = documents.pk)"
                ).bindparams(fts_q=fts5_query(f.text))
                where.append(probe)  # type: ignore[arg-type]
            else:
                where.append(self.text_clause(d.c.pk, f.text))
        if f.event:
            fe = EVENTS.alias("f_event")
            where.append(_exists(fe, fe.c.doc_pk == d.c.pk, self.event_clause(fe, f.event)))
        if f.modality:
            fm = EVENTS.alias("f_modality")
            where.append(_exists(fm, fm.c.doc_pk == d.c.pk, fm.c.modality == f.modality))
        if f.issue:
            fs = STANCES.alias("f_issue")
            where.append(_exists(fs, fs.c.doc_pk == d.c.pk, self.issue_clause(f.issue, fs)))
        where.extend(self.date_where(d, f))
        return where

    def issue_clause(self, issue: str, table: Any = None) -> ColumnElement[bool]:
        """Stances on an issue given by its id or its label, in any case (the one rule of API and web).

        The id is compared as given and lower-cased (``issue_ids``), on ``ix_stances_issue``; the label
        lower-cased, on the expression index ``ix_stances_label_ci``: each term has its index.
        """
        t = STANCES if table is None else table
        ids = issue_ids(issue)
        by_id = t.c.issue_id == ids[0] if len(ids) == 1 else t.c.issue_id.in_(ids)
        return or_(by_id, self.name_equals(t.c.issue_label, issue))

    @staticmethod
    def date_where(table: Table, f: Filters) -> list[ColumnElement[bool]]:
        """Inclusive date bounds on ``sort_date`` (YYYY and YYYY-MM bounds cover the whole period)."""
        where: list[ColumnElement[bool]] = []
        if f.since:
            where.append(table.c.sort_date >= f.since)
        if f.until:
            # '~' sorts after digits and '-', so "2022-01~" is above every day of January 2022. An undated
            # statement sorts as '' and fell under every 'until' (UX22): dates leave it out, as 'since' does.
            where.append(table.c.sort_date <= f.until + "~")
            if not f.since:
                where.append(table.c.sort_date >= "0")
        return where

    # -- events ----------------------------------------------------------------------------------------
    def event_where(self, f: Filters, codes: list[str]) -> list[ColumnElement[bool]]:
        """Event-level clauses: the actor is a source or target, the code/modality is the event's own."""
        e = EVENTS
        where: list[ColumnElement[bool]] = []
        doc_level = []
        if not f.include_duplicates:
            # Reposts carry no events of their own, so nothing to exclude at event level.
            pass
        if f.text:
            doc_level.append(self.text_clause(DOCS.c.pk, f.text))
        if f.issue:
            doc_level.append(DOCS.c.pk.in_(select(STANCES.c.doc_pk).where(self.issue_clause(f.issue))))
        if doc_level:
            where.append(e.c.doc_pk.in_(select(DOCS.c.pk).where(*doc_level)))
        if f.actor:
            ea = EVENT_ACTORS.alias("f_event_actor")
            conds = []
            if _CODE.match(f.actor):
                conds.append(and_(ea.c.code >= f.actor, ea.c.code < prefix_upper(f.actor)))
            conds.append(self.name_equals(ea.c.name, f.actor))
            if codes:
                conds.append(ea.c.code.in_(codes))
            # Probe the event's own actor rows (primary key prefix doc_pk, event_ordinal) per event, so the
            # plan can walk (cameo_root, sort_date) or the date index newest-first and stop after a page.
            where.append(
                _exists(ea, ea.c.doc_pk == e.c.doc_pk, ea.c.event_ordinal == e.c.ordinal, or_(*conds))
            )
        if f.event:
            where.append(self.event_clause(e, f.event))
        if f.modality:
            where.append(e.c.modality == f.modality)
        where.extend(self.date_where(e, f))
        return where or [true()]
