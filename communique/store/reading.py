"""Reading a corpus: documents with their coding and sources, search, events and stances.

Reads use indexed paths only: documents by date (keyset cursors), by actor (``doc_actors``) and by text
(FTS5 / tsvector); events by document, actor code, CAMEO root and date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, func, or_, select

from communique.model import (
    Actor,
    CodedDocument,
    CommuniqueError,
    Document,
    Event,
    Evidence,
    Issue,
    Sentence,
    Stance,
)
from communique.store.connection import _Database
from communique.store.rows import (
    DICTS,
    EVENT_COLUMNS,
    EVIDENCE,
    MENTIONS,
    SENTENCES,
    SOURCES,
    STANCE_COLUMNS,
    _actor,
    _chunks,
    _event_dict,
    _evidence,
    _exact_source,
    _src,
    flat_event,
)
from communique.store.search import (
    ACTORS,
    DOC_ACTORS,
    DOCS,
    EVENT_ACTORS,
    EVENTS,
    MAX_PAGE,
    STANCES,
    Filters,
    fts5_query,
    keyset_page,
)

if TYPE_CHECKING:
    import pandas as pd


#: Below this many matches, a text or actor filter drives a SQLite search (see ``Corpus._sqlite_driver``).
DRIVER_CAP = 2000
_Loaded = TypeVar("_Loaded")  # what a caller of _document_pages reads for each page


@dataclass
class SearchPage:
    """One page of results and the cursor of the next page (``None`` on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"items": self.items, "next_cursor": self.next_cursor}


def summary_columns() -> list[Any]:
    """Columns of a document summary row (search results, actor pages): metadata plus a text snippet."""
    return [
        DOCS.c.pk,
        DOCS.c.id,
        DOCS.c.title,
        DOCS.c.date,
        DOCS.c.sort_date,
        DOCS.c.source,
        DOCS.c.url,
        DOCS.c.language,
        DOCS.c.n_events,
        DOCS.c.n_stances,
        DOCS.c.n_sentences,
        DOCS.c.canonical_pk,
        func.substr(DOCS.c.text, 1, 240).label("snippet"),
    ]


class _Reading(_Database):
    """Reading stored documents, searching them, and listing their events and stances."""

    # -- reading documents -----------------------------------------------------------------------------
    def document(self, doc_id: str) -> CodedDocument | None:
        """The stored coded document with this id (a repost has its text and metadata but no coding)."""
        with self._read() as conn:
            row = conn.execute(select(DOCS).where(DOCS.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            return self._load_coded(conn, [row])[0]

    def documents(self, doc_ids: Sequence[str]) -> list[CodedDocument]:
        """The stored coded documents with these ids, in the given order (missing ids are left out)."""
        with self._read() as conn:
            rows = conn.execute(select(DOCS).where(DOCS.c.id.in_(list(doc_ids)))).mappings().all()
            by_id = {c.document.id: c for c in self._load_coded(conn, rows)}
        return [by_id[i] for i in doc_ids if i in by_id]

    def iter_documents(self, *, batch_size: int = 500, **filters: Any) -> Iterator[CodedDocument]:
        """Every matching coded document (reposts included unless filtered), in storage order."""
        for coded, _info in self.iter_records(batch_size=batch_size, **filters):
            yield coded

    def iter_records(
        self, *, batch_size: int = 500, **filters: Any
    ) -> Iterator[tuple[CodedDocument, dict[str, Any]]]:
        """Matching coded documents in storage order, each with its store facts (for export/import).

        The facts are ``duplicate_of`` (canonical id of a repost), ``similarity``, ``dictionary_version``
        and ``sources`` (exact reposts elsewhere: source, url, title, date).
        """
        for rows, (coded, exact), facts in self._document_pages(filters, batch_size, self._coded_and_sources):
            for row, c in zip(rows, coded, strict=True):
                yield c, {**facts(row), "sources": exact.get(row["pk"], [])}

    def _coded_and_sources(
        self, conn: Connection, rows: Sequence[Any]
    ) -> tuple[list[CodedDocument], dict[int, list[dict[str, Any]]]]:
        exact: dict[int, list[dict[str, Any]]] = defaultdict(list)
        pks = [r["pk"] for r in rows]
        for r in conn.execute(select(SOURCES).where(SOURCES.c.doc_pk.in_(pks))).mappings():
            exact[r["doc_pk"]].append(_exact_source(r))
        return self._load_coded(conn, rows), exact

    def iter_document_facts(self, *, batch_size: int = 500, **filters: Any) -> Iterator[dict[str, Any]]:
        """Matching documents in storage order without their coding: fields, issuers, counts, store facts.

        For the documents table of an export, which needs counts of sentences, events and stances, not the
        records: ``iter_records`` built every event, stance and evidence span of each document to count them.
        Keys: the ``documents`` columns, ``issuers`` [(name, code)], ``sentences``, ``events``, ``stances``
        (counts) and the facts of ``iter_records`` but ``sources``.
        """
        for rows, (issuers, counts), facts in self._document_pages(
            filters, batch_size, self._issuers_and_counts
        ):
            for row in rows:
                pk = row["pk"]
                yield {
                    **row,
                    "issuers": issuers.get(pk, []),
                    **{name: counts[name].get(pk, 0) for name in ("sentences", "events", "stances")},
                    **facts(row),
                }

    def _issuers_and_counts(
        self, conn: Connection, rows: Sequence[Any]
    ) -> tuple[dict[int, list[tuple[str, str | None]]], dict[str, dict[int, int]]]:
        issuers: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
        counts: dict[str, dict[int, int]] = {name: {} for name in ("sentences", "events", "stances")}
        for chunk in _chunks([r["pk"] for r in rows], 500):
            for m in conn.execute(
                select(MENTIONS.c.doc_pk, MENTIONS.c.name, MENTIONS.c.code)
                .where(MENTIONS.c.doc_pk.in_(chunk), MENTIONS.c.role == "issuer")
                .order_by(MENTIONS.c.doc_pk, MENTIONS.c.ordinal)
            ):
                issuers[m.doc_pk].append((m.name, m.code))
            for name, table in (("sentences", SENTENCES), ("events", EVENTS), ("stances", STANCES)):
                key = table.c.doc_pk
                found = conn.execute(select(key, func.count()).where(key.in_(chunk)).group_by(key))
                counts[name].update(dict(found.all()))
        return issuers, counts

    def _document_pages(
        self,
        filters: dict[str, Any],
        batch_size: int,
        load: Callable[[Connection, Sequence[Any]], _Loaded],
    ) -> Iterator[tuple[Sequence[Any], _Loaded, Callable[[Any], dict[str, Any]]]]:
        """Matching document rows in storage order, a keyset page at a time (duplicates included): each page
        with what ``load`` reads for it and a function giving a row's store facts (``duplicate_of``,
        ``similarity``, ``dictionary_version``). The read connection is released before a page is yielded."""
        f = Filters.make(**{"include_duplicates": True, **filters})
        last = 0
        dv_names: dict[int, str] = {}
        while True:
            with self._read() as conn:
                where = [*self.q.doc_where(f, self._codes_for(conn, f.actor)), DOCS.c.pk > last]
                stmt = select(DOCS).where(*where).order_by(DOCS.c.pk).limit(batch_size)
                rows = conn.execute(stmt).mappings().all()
                if not rows:
                    return
                loaded = load(conn, rows)
                canon = sorted({r["canonical_pk"] for r in rows if r["canonical_pk"] is not None})
                canon_ids = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(canon))).all())
                if not dv_names:
                    dv_names.update(dict(conn.execute(select(DICTS.c.id, DICTS.c.hash)).all()))

            def facts(row: Any, canon_ids: dict[int, str] = canon_ids) -> dict[str, Any]:
                return {
                    "duplicate_of": canon_ids.get(row["canonical_pk"]) if row["canonical_pk"] else None,
                    "similarity": row["similarity"],
                    "dictionary_version": dv_names.get(row["dictionary_version_id"]),
                }

            yield rows, loaded, facts
            last = rows[-1]["pk"]

    def document_info(self, doc_id: str) -> dict[str, Any] | None:
        """Store facts about a document: repost status, all its sources, dictionary version, coding time."""
        with self._read() as conn:
            row = conn.execute(select(DOCS).where(DOCS.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            canonical_id = None
            if row["canonical_pk"] is not None:
                canonical_id = conn.execute(
                    select(DOCS.c.id).where(DOCS.c.pk == row["canonical_pk"])
                ).scalar_one_or_none()
            dv = None
            if row["dictionary_version_id"] is not None:
                dv = conn.execute(
                    select(DICTS.c.hash).where(DICTS.c.id == row["dictionary_version_id"])
                ).scalar_one_or_none()
            root_pk = row["canonical_pk"] or row["pk"]
            return {
                "id": row["id"],
                "duplicate_of": canonical_id,
                "similarity": row["similarity"],
                "dictionary_version": dv,
                "coded_at": row["coded_at"].isoformat() if row["coded_at"] else None,
                "sources": self._sources(conn, [root_pk])[root_pk],
            }

    def sources(self, doc_id: str) -> list[dict[str, Any]]:
        """Every place this statement was published: itself, exact reposts and near-duplicate reposts."""
        info = self.document_info(doc_id)
        return info["sources"] if info else []

    def _sources(self, conn: Connection, pks: list[int]) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {pk: [] for pk in pks}
        if not pks:
            return out
        cols = (DOCS.c.pk, DOCS.c.id, DOCS.c.source, DOCS.c.url, DOCS.c.title, DOCS.c.date, DOCS.c.similarity)
        for r in conn.execute(select(*cols).where(DOCS.c.pk.in_(pks))).mappings():
            out[r["pk"]].append(_src(r, r["id"], None))
        rows = conn.execute(
            select(*cols, DOCS.c.canonical_pk).where(DOCS.c.canonical_pk.in_(pks)).order_by(DOCS.c.pk)
        )
        for r in rows.mappings():
            out[r["canonical_pk"]].append(_src(r, r["id"], r["similarity"]))
        exact = conn.execute(select(SOURCES).where(SOURCES.c.doc_pk.in_(pks)))
        for r in exact.mappings():
            out[r["doc_pk"]].append({**_exact_source(r), "similarity": 1.0})
        # Sub-rows of the same doc id (exact reposts) name the canonical's id.
        return out

    def _load_coded(self, conn: Connection, rows: Sequence[Any]) -> list[CodedDocument]:
        pks = [r["pk"] for r in rows]
        sentences: dict[int, list[Sentence]] = defaultdict(list)
        mentions: dict[int, dict[str, list[Actor]]] = defaultdict(lambda: {"issuer": [], "actor": []})
        events: dict[int, list[Event]] = defaultdict(list)
        stances: dict[int, list[Stance]] = defaultdict(list)
        texts = {r["pk"]: r["text"] for r in rows}
        for chunk in _chunks(pks, 500):
            for s in conn.execute(
                select(SENTENCES)
                .where(SENTENCES.c.doc_pk.in_(chunk))
                .order_by(SENTENCES.c.doc_pk, SENTENCES.c.idx)
            ).mappings():
                sentences[s["doc_pk"]].append(
                    Sentence(
                        index=s["idx"],
                        start=s["start"],
                        end=s["end"],
                        text=texts[s["doc_pk"]][s["start"] : s["end"]],
                    )
                )
            for m in conn.execute(
                select(MENTIONS)
                .where(MENTIONS.c.doc_pk.in_(chunk))
                .order_by(MENTIONS.c.doc_pk, MENTIONS.c.ordinal)
            ).mappings():
                mentions[m["doc_pk"]][m["role"]].append(_actor(m))
            for pk, evs in self._load_events(conn, list(chunk)).items():
                events[pk] = [Event.from_dict(e) for e in evs]
            for pk, sts in self._load_stances(conn, list(chunk)).items():
                stances[pk] = sts
        out = []
        for r in rows:
            pk = r["pk"]
            doc = Document(
                id=r["id"],
                text=r["text"],
                external_id=r["external_id"],
                source=r["source"],
                url=r["url"],
                title=r["title"],
                date=r["date"],
                language=r["language"],
                issuers=mentions[pk]["issuer"],
                sentences=sentences[pk],
            )
            out.append(
                CodedDocument(
                    document=doc, actors=mentions[pk]["actor"], events=events[pk], stances=stances[pk]
                )
            )
        return out

    def _load_events(
        self, conn: Connection, doc_pks: list[int], where: Any = None
    ) -> dict[int, list[dict[str, Any]]]:
        stmt = select(EVENTS).where(EVENTS.c.doc_pk.in_(doc_pks)).order_by(EVENTS.c.doc_pk, EVENTS.c.ordinal)
        rows = conn.execute(stmt).mappings().all()
        return self._events_with_actors(conn, rows)

    def _events_with_actors(self, conn: Connection, rows: Sequence[Any]) -> dict[int, list[dict[str, Any]]]:
        doc_pks = sorted({r["doc_pk"] for r in rows})
        roles: dict[tuple[int, int], dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: {"source": [], "target": []}
        )
        for chunk in _chunks(doc_pks, 500):
            for a in conn.execute(
                select(EVENT_ACTORS)
                .where(EVENT_ACTORS.c.doc_pk.in_(chunk))
                .order_by(EVENT_ACTORS.c.doc_pk, EVENT_ACTORS.c.event_ordinal, EVENT_ACTORS.c.ordinal)
            ).mappings():
                roles[(a["doc_pk"], a["event_ordinal"])][a["role"]].append(_actor(a).to_dict())
        out: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            key = (r["doc_pk"], r["ordinal"])
            out[r["doc_pk"]].append(_event_dict(r, roles[key]["source"], roles[key]["target"]))
        return out

    def _load_stances(self, conn: Connection, doc_pks: list[int]) -> dict[int, list[Stance]]:
        ev: dict[tuple[int, int], list[Evidence]] = defaultdict(list)
        for e in conn.execute(
            select(EVIDENCE)
            .where(EVIDENCE.c.doc_pk.in_(doc_pks))
            .order_by(EVIDENCE.c.doc_pk, EVIDENCE.c.stance_ordinal, EVIDENCE.c.ordinal)
        ).mappings():
            ev[(e["doc_pk"], e["stance_ordinal"])].append(_evidence(e))
        out: dict[int, list[Stance]] = defaultdict(list)
        for s in conn.execute(
            select(STANCES).where(STANCES.c.doc_pk.in_(doc_pks)).order_by(STANCES.c.doc_pk, STANCES.c.ordinal)
        ).mappings():
            out[s["doc_pk"]].append(
                Stance(
                    actor=Actor.from_dict(s["actor"]),
                    issue=Issue(id=s["issue_id"], label=s["issue_label"]),
                    stance=s["stance"],
                    confidence=s["confidence"],
                    evidence=ev[(s["doc_pk"], s["ordinal"])],
                )
            )
        return out

    # -- search ----------------------------------------------------------------------------------------
    def _codes_for(self, conn: Connection, actor: str | None) -> list[str]:
        """Codes of actors whose stored name matches ``actor`` (so a name finds coded mentions too)."""
        if not actor:
            return []
        name = " ".join(actor.casefold().split())
        if len(name) < 3:
            return []
        rows = conn.execute(select(ACTORS.c.code).where(self.q.name_contains(ACTORS.c.name, name)).limit(50))
        return [r[0] for r in rows]

    def search(
        self,
        text: str | None = None,
        *,
        actor: str | None = None,
        event: str | None = None,
        issue: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
        include_duplicates: bool = False,
    ) -> SearchPage:
        """Documents matching every filter, newest first, as summaries; page with ``next_cursor``."""
        f = Filters.make(
            text=text,
            actor=actor,
            event=event,
            issue=issue,
            since=since,
            until=until,
            modality=modality,
            include_duplicates=include_duplicates,
        )
        with self._read() as conn:
            codes = self._codes_for(conn, f.actor)
            driver = self._sqlite_driver(conn, f, codes)
            stmt = select(*summary_columns()).where(*self.q.doc_where(f, codes, driver=driver))
            if driver == "date":
                stmt = stmt.with_hint(DOCS, "INDEXED BY ix_documents_sort", "sqlite")
            key = (DOCS.c.sort_date, DOCS.c.pk)
            rows, next_cursor = keyset_page(conn, stmt, key, limit=limit, cursor=cursor)
            items = self._summaries(conn, rows)
        return SearchPage(items=items, next_cursor=next_cursor)

    def _sqlite_driver(self, conn: Connection, f: Filters, codes: list[str]) -> str | None:
        """Pick what drives a SQLite document search: "text", "actor" (few matches) or "date".

        SQLite cannot estimate how many documents an FTS query or an actor matches. A short list of matches
        is best read first and sorted; a long one is best checked document by document while walking the
        date index newest-first, which stops as soon as a page is full. Counting (capped) decides.
        """
        if self.dialect != "sqlite" or not (f.text or f.actor or f.event or f.issue or f.modality):
            return None
        cap = DRIVER_CAP
        counts: dict[str, int] = {}
        if f.text:
            query = fts5_query(f.text)
            if query is None:
                return None
            counts["text"] = conn.exec_driver_sql(
                "SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)",
                (query, cap),
            ).scalar_one()
        if f.actor:
            da = DOC_ACTORS.alias("n_actor")
            inner = select(da.c.doc_pk).where(self.q.actor_conditions(da, f.actor, codes)).limit(cap)
            counts["actor"] = conn.execute(select(func.count()).select_from(inner.subquery())).scalar_one()
        if counts:
            best = min(counts, key=lambda k: counts[k])
            if counts[best] < cap:
                return best
        return "date"

    def _summaries(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        pks = [r["pk"] for r in rows]
        issuers: dict[int, list[dict[str, Any]]] = defaultdict(list)
        dups: Counter[int] = Counter()
        canon_ids: dict[int, str] = {}
        if pks:
            for m in conn.execute(
                select(MENTIONS.c.doc_pk, MENTIONS.c.name, MENTIONS.c.code)
                .where(MENTIONS.c.doc_pk.in_(pks), MENTIONS.c.role == "issuer")
                .order_by(MENTIONS.c.doc_pk, MENTIONS.c.ordinal)
            ):
                issuers[m[0]].append({"name": m[1], "code": m[2]})
            for canon, n in conn.execute(
                select(DOCS.c.canonical_pk, func.count())
                .where(DOCS.c.canonical_pk.in_(pks))
                .group_by(DOCS.c.canonical_pk)
            ):
                dups[canon] += n
            for canon, n in conn.execute(
                select(SOURCES.c.doc_pk, func.count())
                .where(SOURCES.c.doc_pk.in_(pks))
                .group_by(SOURCES.c.doc_pk)
            ):
                dups[canon] += n
            cps = sorted({r["canonical_pk"] for r in rows if r["canonical_pk"] is not None})
            if cps:
                canon_ids = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(cps))).all())
        out = []
        for r in rows:
            snippet = " ".join((r["snippet"] or "").split())
            out.append(
                {
                    "id": r["id"],
                    "title": r["title"],
                    "date": r["date"],
                    "source": r["source"],
                    "url": r["url"],
                    "language": r["language"],
                    "issuers": issuers[r["pk"]],
                    "n_events": r["n_events"],
                    "n_stances": r["n_stances"],
                    "n_sentences": r["n_sentences"],
                    "n_reposts": dups[r["pk"]],
                    "duplicate_of": canon_ids.get(r["canonical_pk"]) if r["canonical_pk"] else None,
                    "snippet": snippet,
                }
            )
        return out

    # -- events ----------------------------------------------------------------------------------------
    def _event_select(self, conn: Connection, f: Filters, event_dedup: str | None) -> list[Any]:
        where = self.q.event_where(f, self._codes_for(conn, f.actor))
        if event_dedup:
            if event_dedup not in ("day", "document"):
                raise CommuniqueError(f"event_dedup: {event_dedup!r} is not 'day' or 'document'")
            # One event per (day | document, source codes, target codes, CAMEO code): the earliest stored.
            group = EVENTS.c.sort_date if event_dedup == "day" else EVENTS.c.doc_pk
            keep = (
                select(func.min(EVENTS.c.pk))
                .where(*where)
                .group_by(group, EVENTS.c.source_codes, EVENTS.c.target_codes, EVENTS.c.cameo)
            )
            return [EVENTS.c.pk.in_(keep)]
        return where

    def events_page(
        self, *, limit: int = 50, cursor: str | None = None, event_dedup: str | None = None, **filters: Any
    ) -> SearchPage:
        """Events matching the filters, newest first (Event.to_dict() + document_id, date), with a cursor."""
        f = Filters.make(**filters)
        with self._read() as conn:
            stmt = select(EVENTS).where(*self._event_select(conn, f, event_dedup))
            key = (EVENTS.c.sort_date, EVENTS.c.pk)
            rows, next_cursor = keyset_page(conn, stmt, key, limit=limit, cursor=cursor)
            by_doc = self._events_with_actors(conn, rows)
        flat: dict[int, dict[str, Any]] = {}
        for evs in by_doc.values():
            for e in evs:
                flat[e["_pk"]] = e
        items = []
        for r in rows:
            item = flat[r["pk"]]
            item.pop("_pk", None)
            items.append(item)
        return SearchPage(items=items, next_cursor=next_cursor)

    def iter_events(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        event_dedup: str | None = None,
        **filters: Any,
    ) -> Iterator[dict[str, Any]]:
        """Iterate matching events newest first (all of them when ``limit`` is None)."""
        remaining = limit
        while True:
            size = MAX_PAGE if remaining is None else min(MAX_PAGE, remaining)
            if size <= 0:
                return
            page = self.events_page(limit=size, cursor=cursor, event_dedup=event_dedup, **filters)
            yield from page.items
            if remaining is not None:
                remaining -= len(page.items)
            if not page.next_cursor:
                return
            cursor = page.next_cursor

    def events(self, *, event_dedup: str | None = None, **filters: Any) -> pd.DataFrame:
        """Matching events as a pandas DataFrame: a row per event, actors joined by ';', dates as text."""
        import pandas as pd

        rows = [flat_event(e) for e in self.iter_events(event_dedup=event_dedup, **filters)]
        return _typed(pd.DataFrame(rows, columns=EVENT_COLUMNS))

    # -- stances ---------------------------------------------------------------------------------------
    def _stance_where(
        self, conn: Connection, issue: str | None, f: Filters, actor_code: str | None = None
    ) -> list[Any]:
        """WHERE clauses of the stances on ``issue`` (id or label) that the filters select."""
        where: list[Any] = []
        if actor_code:
            # One code exactly, as the actor page counts its n_stances (the actor filter is a prefix or name),
            # in any case: codes are upper case (UX24: actor_code=igoeu was an empty page).
            codes = sorted({actor_code, actor_code.upper()})
            where.append(
                STANCES.c.actor_code == codes[0] if len(codes) == 1 else STANCES.c.actor_code.in_(codes)
            )
        if issue:
            where.append(self.q.issue_clause(issue.strip()))
        doc_where = self.q.doc_where(
            Filters.make(text=f.text, actor=None, event=f.event, modality=f.modality), []
        )
        if f.text or f.event or f.modality:
            where.append(STANCES.c.doc_pk.in_(select(DOCS.c.pk).where(*doc_where)))
        if f.actor:
            codes = self._codes_for(conn, f.actor)
            conds = [self.q.name_equals(STANCES.c.actor_name, f.actor)]
            if re.match(r"^[A-Z0-9]{3,}$", f.actor):
                conds.append(STANCES.c.actor_code.like(f.actor + "%"))
            if codes:
                conds.append(STANCES.c.actor_code.in_(codes))
            where.append(or_(*conds))
        where.extend(self.q.date_where(STANCES, f))
        return where

    def _stance_select(self, where: list[Any]) -> Any:
        """Stance rows joined with their document's title, source and url; not ordered."""
        return (
            select(STANCES, DOCS.c.title, DOCS.c.source, DOCS.c.url)
            .join(DOCS, DOCS.c.pk == STANCES.c.doc_pk)
            .where(*where)
        )

    def stance_rows(self, issue: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Stored stances (optionally on one issue), oldest first, each with its evidence and provenance."""
        f = Filters.make(**filters)
        with self._read() as conn:
            where = self._stance_where(conn, issue, f)
            stmt = self._stance_select(where).order_by(STANCES.c.sort_date, STANCES.c.pk)
            rows = conn.execute(stmt).mappings().all()
            return self._stance_dicts(conn, rows)

    def stances_page(
        self,
        issue: str | None = None,
        *,
        limit: int = 50,
        cursor: str | None = None,
        actor_code: str | None = None,
        **filters: Any,
    ) -> SearchPage:
        """One page of ``stance_rows``, in its order (oldest first), and the cursor of the next page.

        ``actor_code`` keeps one code exactly (``USA``, not ``USAGOV``): the stances ``actor(code)`` counts.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            stmt = self._stance_select(self._stance_where(conn, issue, f, actor_code))
            key = (STANCES.c.sort_date, STANCES.c.pk)
            rows, next_cursor = keyset_page(conn, stmt, key, limit=limit, cursor=cursor, newest_first=False)
            items = self._stance_dicts(conn, rows)
        return SearchPage(items=items, next_cursor=next_cursor)

    def _stance_dicts(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        """``stance_rows`` records for stance rows (joined with their document's title/source/url)."""
        ev: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(sorted({r["doc_pk"] for r in rows}), 500):
            for e in conn.execute(
                select(EVIDENCE).where(EVIDENCE.c.doc_pk.in_(chunk)).order_by(EVIDENCE.c.ordinal)
            ).mappings():
                ev[(e["doc_pk"], e["stance_ordinal"])].append(_evidence(e).to_dict())
        out = []
        for r in rows:
            evidence = ev[(r["doc_pk"], r["ordinal"])]
            out.append(
                {
                    "actor": r["actor_name"],
                    "actor_code": r["actor_code"],
                    "actor_record": r["actor"],
                    "issue": r["issue_label"],
                    "issue_id": r["issue_id"],
                    "stance": r["stance"],
                    "confidence": r["confidence"],
                    "evidence": evidence,
                    "document_id": r["document_id"],
                    "date": r["date"],
                    "title": r["title"],
                    "source": r["source"],
                    "url": r["url"],
                    "sentence_index": r["sentence_index"],
                    "start": r["start"],
                    "end": r["end"],
                }
            )
        return out

    def stances(self, issue: str | None = None, **filters: Any) -> pd.DataFrame:
        """Stored stances as a pandas DataFrame (evidence: the first evidence sentence)."""
        import pandas as pd

        rows = []
        for r in self.stance_rows(issue, **filters):
            rows.append(
                {
                    **{k: v for k, v in r.items() if k not in ("evidence", "actor_record")},
                    "evidence": r["evidence"][0]["text"] if r["evidence"] else None,
                }
            )
        return _typed(pd.DataFrame(rows, columns=STANCE_COLUMNS))


# The dtypes pandas infers for these columns from stored rows; an empty frame gets them too (it would
# otherwise hold object columns, and a concat or an aggregate of frames would change type with the data).
_FRAME_DTYPES = {
    "sentence_index": "int64",
    "start": "int64",
    "end": "int64",
    "negated": "bool",
    "confidence": "float64",
}


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """An empty frame with the dtypes of a full one (a full one is left as pandas read it)."""
    if len(frame):
        return frame
    return frame.astype({c: t for c, t in _FRAME_DTYPES.items() if c in frame.columns})
