"""Aggregate read queries for the web UI that the ``Corpus`` API does not offer (owned by the api/web issue).

They use the store's schema read-only through ``Corpus.engine``; nothing here writes.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import and_, exists, func, literal, or_, select, text, tuple_

from communique.store.rows import event_dict
from communique.store.schema import Base
from communique.store.search import (
    ACTORS,
    DOC_ACTORS,
    DOCS,
    EVENT_ACTORS,
    EVENTS,
    STANCES,
    Filters,
    decode_cursor,
    encode_cursor,
    issue_ids,
    keyset_page,
    page_size,
)

EVIDENCE = Base.metadata.tables["evidence"]


def stance_matrix(corpus: Any, *, max_actors: int = 40, max_issues: int = 30) -> dict[str, Any]:
    """Statements per (actor, issue, stance) for the most active actors and issues, in one scan.

    Actors are keyed by code, or ``?name`` when unresolved; issues by id, or label for ad-hoc issues. Counts
    are of statements: co-issuers sharing a code (three offices of one opposition) hold one stance per
    statement, not three. A code is named by the name its stances use most.
    """
    actor_key = func.coalesce(STANCES.c.actor_code, literal("?") + STANCES.c.actor_name)
    issue_key = func.coalesce(STANCES.c.issue_id, STANCES.c.issue_label)
    with corpus.engine.connect() as conn:
        rows = conn.execute(
            select(
                actor_key,
                issue_key,
                STANCES.c.stance,
                func.count(func.distinct(STANCES.c.doc_pk)),
                func.min(STANCES.c.actor_name),
                func.min(STANCES.c.issue_label),
            ).group_by(actor_key, issue_key, STANCES.c.stance)
        ).all()
    actor_n: dict[str, int] = {}
    issue_n: dict[str, int] = {}
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for a, i, _s, n, name, label in rows:
        actor_n[a] = actor_n.get(a, 0) + n
        issue_n[i] = issue_n.get(i, 0) + n
        names.setdefault(a, name)
        labels.setdefault(i, label)
    actors = sorted(actor_n, key=lambda k: (-actor_n[k], k))[:max_actors]
    # One name per code, the one its stances use most: the minimum name of each (issue, stance) group gave
    # a code several names ("Office of ..." in one group, "Coordination Council" in another) and the row took
    # whichever group came first.
    coded = [a for a in actors if not a.startswith("?")]
    if coded:
        with corpus.engine.connect() as conn:
            used = conn.execute(
                select(STANCES.c.actor_code, STANCES.c.actor_name, func.count())
                .where(STANCES.c.actor_code.in_(coded))
                .group_by(STANCES.c.actor_code, STANCES.c.actor_name)
            ).all()
        best: dict[str, tuple[int, str]] = {}
        for code, name, n in used:
            if code not in best or (-n, name) < (-best[code][0], best[code][1]):
                best[code] = (n, name)
        names.update({code: name for code, (_n, name) in best.items()})
    issues = sorted(issue_n, key=lambda k: (-issue_n[k], k))[:max_issues]
    keep_a, keep_i = set(actors), set(issues)
    return {
        "actors": [(a, names[a], actor_n[a]) for a in actors],
        "issues": [(i, labels[i], issue_n[i]) for i in issues],
        "cells": [(a, i, st, n) for a, i, st, n, _, _ in rows if a in keep_a and i in keep_i],
        "n_rows": sum(actor_n.values()),
        "n_actors": len(actor_n),
    }


_CODE = re.compile(r"^[A-Z0-9]{3,}$")


def _actor_row(r: Any) -> dict[str, Any]:
    return {
        "name": r.name,
        "code": r.code,
        "country": r.country,
        "sectors": r.sectors.split() if r.sectors else [],
        "text": r.text or "",
        "start": r.start,
        "end": r.end,
        "sentence_index": r.sentence_index,
        "wikidata": r.wikidata,
        "via": r.via,
        "entry": r.entry,
    }


def _actor_codes(q: Any, conn: Any, actor: str) -> tuple[list[str], str]:
    """Codes an actor filter stands for (a code prefix, or codes whose name has it) and its folded name."""
    name = " ".join(actor.casefold().split())
    codes: list[str] = []
    if _CODE.match(actor):
        upper = actor[:-1] + chr(ord(actor[-1]) + 1)
        codes += [
            c
            for (c,) in conn.execute(
                select(ACTORS.c.code).where(ACTORS.c.code >= actor, ACTORS.c.code < upper)
            )
        ]
    if len(name) >= 3:
        named = select(ACTORS.c.code).where(q.name_contains(ACTORS.c.name, name)).limit(50)
        codes += [c for (c,) in conn.execute(named)]
    return sorted(set(codes)), name


_LOOKUPS: dict[tuple[int, str], tuple[float, list[str], str, list[str]]] = {}
_LOOKUP_TTL = 10.0


def _actor_lookup(corpus: Any, conn: Any, actor: str) -> tuple[list[str], str, list[str]]:
    """Codes, folded name and existing doc_actors keys of an actor filter, remembered for a few seconds."""
    key = (id(corpus), actor)
    now = time.monotonic()
    hit = _LOOKUPS.get(key)
    if hit is not None and now - hit[0] < _LOOKUP_TTL:
        return hit[1], hit[2], hit[3]
    codes, name = _actor_codes(corpus.q, conn, actor)
    wanted = [f"c:{c}" for c in codes] + [f"n:{name}"]
    keys = [
        k for (k,) in conn.execute(select(DOC_ACTORS.c.key).where(DOC_ACTORS.c.key.in_(wanted)).distinct())
    ]
    if len(_LOOKUPS) > 4096:
        _LOOKUPS.clear()
    _LOOKUPS[key] = (now, codes, name, keys)
    return codes, name, keys


def events_page(corpus: Any, *, limit: int = 50, cursor: str | None = None, **filters: Any) -> dict[str, Any]:
    """Events matching the filters, newest first, as ``{"items", "next_cursor"}`` — the API's fast path.

    Same filters, order, item shape and cursors as ``Corpus.events_page``; the difference is the plan:
    an actor filter walks ``doc_actors`` (key, sort_date) in order and checks each event's actors with a
    primary-key probe, and only the page's events have their actors loaded, as plain dicts.
    """
    f = Filters.make(**filters)
    limit = page_size(limit)
    if not f.text and not f.issue:
        return _events_page_raw(corpus, f, limit, cursor)
    actor, f.actor = f.actor, None
    e, ea, da = EVENTS, EVENT_ACTORS, DOC_ACTORS
    with corpus.engine.connect() as conn:
        where = list(corpus.q.event_where(f, []))
        order_date = e.c.sort_date
        source: Any = e
        if actor:
            codes, name, keys = _actor_lookup(corpus, conn, actor)
            named = corpus.q.name_equals(ea.c.name, name)
            probe = or_(ea.c.code.in_(codes), named) if codes else named
            where.append(exists().where(ea.c.doc_pk == e.c.doc_pk, ea.c.event_ordinal == e.c.ordinal, probe))
            if not keys:
                return {"items": [], "next_cursor": None}
            if len(keys) == 1:
                # One index key: documents come out of ix_doc_actors_key already in date order.
                source = e.join(da, and_(da.c.doc_pk == e.c.doc_pk, da.c.key == keys[0]))
                order_date = da.c.sort_date
            else:
                # Several keys (a code prefix, a name): walk events in date order and probe each one's actors;
                # an IN over the documents would sort every matching event before the first page.
                pass
        stmt = select(*e.c).select_from(source).where(*where)
        rows, next_cursor = keyset_page(conn, stmt, (order_date, e.c.pk), limit=limit, cursor=cursor)
        roles: dict[tuple[int, int], dict[str, list[dict[str, Any]]]] = {}
        if rows:
            pairs = sorted({(r["doc_pk"], r["ordinal"]) for r in rows})
            # One primary-key probe per event (an OR of equalities; a row-value IN list would scan), written
            # as text: building 20 SQLAlchemy comparisons per request cost more than the query.
            probes = " OR ".join(f"(doc_pk = :d{i} AND event_ordinal = :o{i})" for i in range(len(pairs)))
            params: dict[str, int] = {}
            for i, (d, o) in enumerate(pairs):
                params[f"d{i}"], params[f"o{i}"] = d, o
            actor_sql = text(
                'SELECT doc_pk, event_ordinal, role, name, code, country, sectors, text, start, "end", '
                f"sentence_index, wikidata, via, entry FROM event_actors WHERE {probes} "
                "ORDER BY doc_pk, event_ordinal, ordinal"
            )
            for a in conn.execute(actor_sql, params):
                bucket = roles.setdefault((a.doc_pk, a.event_ordinal), {"source": [], "target": []})
                bucket.setdefault(a.role, []).append(_actor_row(a))
    items = []
    for r in rows:
        who = roles.get((r["doc_pk"], r["ordinal"]), {"source": [], "target": []})
        items.append(event_dict(r, who.get("source", []), who.get("target", [])))
    return {"items": items, "next_cursor": next_cursor}


_EVENT_COLS = (
    'e.pk, e.doc_pk, e.ordinal, e.sort_date, e.event_id, e.sentence_index, e.start, e."end", '
    'e."trigger", e.sentence, e.cameo, e.cameo_root, e.cameo_name, e.plover, e.plover_mode, '
    "e.plover_context, e.negated, e.modality, e.reported_by, e.pattern, e.confidence, e.document_id, e.date"
)
_ACTOR_COLS = (
    'doc_pk, event_ordinal, role, name, code, country, sectors, text, start, "end", sentence_index, '
    "wikidata, via, entry"
)
_CAMEO_RE = re.compile(r"^\d{2,4}$")


def _json_value(value: Any) -> Any:
    # SQLite hands back JSON columns as text, PostgreSQL (psycopg) as parsed values.
    return json.loads(value) if isinstance(value, str) else value


def _events_page_raw(corpus: Any, f: Filters, limit: int, cursor: str | None) -> dict[str, Any]:
    """``events_page`` for actor/event/modality/date filters as two hand-written SQL statements.

    The hot path of ``GET /api/v1/events``: building and compiling SQLAlchemy constructs and processing
    result rows cost ~3 ms per page, ten times the queries themselves (0.2-0.5 ms on 100k documents).
    The SQL is the plan the constructs produced (checked with EXPLAIN QUERY PLAN): an actor walks
    ``ix_doc_actors_key`` (key, sort_date) newest first and probes each event's actors by primary key;
    an event code walks ``ix_events_cameo_root``; dates walk ``ix_events_sort``. Values are bound
    parameters, never spliced.
    """
    mark = "?" if corpus.engine.dialect.paramstyle == "qmark" else "%s"
    where: list[str] = []
    params: list[Any] = []
    source = "events e"
    order_date = "e.sort_date"
    # One connection, and exec_driver_sql rather than a raw DBAPI cursor: the statements then go through
    # the engine's events like every other read, so the SQL counters of the tests see this path too (UX21:
    # GET /api/v1/events counted 0 statements), at no measurable cost (no constructs are compiled).
    with corpus.engine.connect() as conn:
        if f.actor:
            codes, name, keys = _actor_lookup(corpus, conn, f.actor)
            if not keys:
                return {"items": [], "next_cursor": None}
            probe, folded = corpus.q.name_equals_sql("ea.name", name, mark)
            probe_params: list[Any] = [folded]
            if codes:
                probe = f"(ea.code IN ({', '.join([mark] * len(codes))}) OR {probe})"
                probe_params = [*codes, folded]
            if len(keys) == 1:
                # One index key: documents come out of ix_doc_actors_key already in date order.
                source = f"events e JOIN doc_actors da ON da.doc_pk = e.doc_pk AND da.key = {mark}"
                params.append(keys[0])
                order_date = "da.sort_date"
            where.append(
                "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.doc_pk = e.doc_pk "
                f"AND ea.event_ordinal = e.ordinal AND {probe})"
            )
            params += probe_params
        # With the actor's index driving the walk, the unary + keeps the planner off the event-type index
        # (it chose it for actor+event+date and sorted every match: 0.5 s instead of 2 ms), and the date
        # bounds go on da.sort_date (the same value) so they narrow the actor's index range.
        plus = "+" if order_date == "da.sort_date" else ""
        date_col = order_date
        if f.event:
            if _CAMEO_RE.match(f.event):
                if len(f.event) == 2:
                    where.append(f"{plus}e.cameo_root = {mark}")
                    params.append(f.event)
                else:
                    where.append(f"e.cameo >= {mark} AND e.cameo < {mark}")
                    params += [f.event, f.event[:-1] + chr(ord(f.event[-1]) + 1)]
            else:
                where.append(f"upper(e.plover) = {mark}")
                params.append(f.event.upper())
        if f.modality:
            where.append(f"e.modality = {mark}")
            params.append(f.modality)
        if f.since:
            where.append(f"{date_col} >= {mark}")
            params.append(f.since)
        if f.until:
            where.append(f"{date_col} <= {mark}")  # '~' sorts after digits: the whole period
            params.append(f.until + "~")
            if not f.since:
                where.append(f"{date_col} >= '0'")  # an undated event ('') is not before any date
        if cursor:
            sd, pk = decode_cursor(cursor)
            where.append(f"({order_date}, e.pk) < ({mark}, {mark})")
            params += [sd, pk]
        sql = (
            f"SELECT {_EVENT_COLS} FROM {source} WHERE {' AND '.join(where) or '1 = 1'} "
            f"ORDER BY {order_date} DESC, e.pk DESC LIMIT {limit + 1}"
        )
        rows = conn.exec_driver_sql(sql, tuple(params)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        roles: dict[tuple[int, int], dict[str, list[dict[str, Any]]]] = {}
        if rows:
            pairs = sorted({(r[1], r[2]) for r in rows})
            # One primary-key probe per event (an OR of equalities; a row-value IN list would scan).
            probes = " OR ".join([f"(doc_pk = {mark} AND event_ordinal = {mark})"] * len(pairs))
            found = conn.exec_driver_sql(
                f"SELECT {_ACTOR_COLS} FROM event_actors WHERE {probes} "
                "ORDER BY doc_pk, event_ordinal, ordinal",
                tuple(v for pair in pairs for v in pair),
            )
            for a in found.all():
                bucket = roles.get((a[0], a[1]))
                if bucket is None:
                    bucket = roles[(a[0], a[1])] = {"source": [], "target": []}
                bucket.setdefault(a[2], []).append(
                    {
                        "name": a[3],
                        "code": a[4],
                        "country": a[5],
                        "sectors": a[6].split() if a[6] else [],
                        "text": a[7] or "",
                        "start": a[8],
                        "end": a[9],
                        "sentence_index": a[10],
                        "wikidata": a[11],
                        "via": a[12],
                        "entry": a[13],
                    }
                )
    empty: dict[str, list[dict[str, Any]]] = {}
    items = []
    for r in rows:
        who = roles.get((r[1], r[2]), empty)
        items.append(
            {
                "id": r[4],
                "sentence_index": r[5],
                "start": r[6],
                "end": r[7],
                "trigger": r[8],
                "sentence": r[9],
                "cameo": r[10],
                "cameo_root": r[11],
                "cameo_name": r[12],
                "plover": r[13],
                "plover_mode": r[14],
                "plover_context": list(_json_value(r[15]) or []),
                "sources": who.get("source", []),
                "targets": who.get("target", []),
                "negated": bool(r[16]),
                "modality": r[17],
                "reported_by": _json_value(r[18]),
                "pattern": r[19],
                "confidence": r[20],
                "document_id": r[21],
                "date": r[22],
            }
        )
    # doc_actors.sort_date is its document's, which is its events' sort_date: one cursor for both orders.
    next_cursor = encode_cursor(rows[-1][3], rows[-1][0]) if more and rows else None
    return {"items": items, "next_cursor": next_cursor}


def _issue_where(corpus: Any, issue: str, actor: str | None) -> list[Any]:
    """WHERE clauses of one issue's reaction table, maybe of one actor: the API's rule, in any case.

    The issue is its id or its label, in any case (``QueryBuilder.issue_clause``), and the actor one code
    in any case (``?name`` for an uncoded actor: its name in any case). When no stance outside the id's
    carries the label, the id alone selects the same rows, in date order on ``ix_stances_issue``.
    """
    s = STANCES
    ids = issue_ids(issue)
    by_id = s.c.issue_id == ids[0] if len(ids) == 1 else s.c.issue_id.in_(ids)
    with corpus.engine.connect() as conn:
        other = conn.execute(
            select(s.c.pk)
            .where(
                corpus.q.name_equals(s.c.issue_label, issue),
                or_(s.c.issue_id.is_(None), s.c.issue_id.not_in(ids)),
            )
            .limit(1)
        ).first()
    where: list[Any] = [by_id if other is None else corpus.q.issue_clause(issue, s)]
    if actor:
        if actor.startswith("?"):
            where.append(and_(s.c.actor_code.is_(None), corpus.q.name_equals(s.c.actor_name, actor[1:])))
        else:
            where.append(s.c.actor_code.in_(sorted({actor, actor.upper()})))
    return where


def _table_rows(conn: Any, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Reaction table rows (the keys of ``Corpus.stance_rows``) for stance rows, with their evidence.

    Evidence is read for these stances only, by (document, stance ordinal): reading every evidence row of
    their documents and keeping this issue's read all other stances' too (UX20: 45 s for one issue's CSV).
    """
    evidence: dict[tuple[int, int], list[dict[str, Any]]] = {}
    wanted = {(r.doc_pk, r.ordinal) for r in rows}
    docs = sorted({d for d, _ in wanted})
    ordinals = sorted({o for _, o in wanted})
    for start in range(0, len(docs), 400):
        # Two IN lists seek the primary key (doc_pk, stance_ordinal, ...) per pair; a row-value IN list
        # would scan the whole evidence table on SQLite. The few other stances' rows are dropped below.
        for ev in conn.execute(
            select(EVIDENCE)
            .where(EVIDENCE.c.doc_pk.in_(docs[start : start + 400]), EVIDENCE.c.stance_ordinal.in_(ordinals))
            .order_by(EVIDENCE.c.doc_pk, EVIDENCE.c.stance_ordinal, EVIDENCE.c.ordinal)
        ):
            if (ev.doc_pk, ev.stance_ordinal) not in wanted:
                continue
            evidence.setdefault((ev.doc_pk, ev.stance_ordinal), []).append(
                {
                    "sentence_index": ev.sentence_index,
                    "start": ev.start,
                    "end": ev.end,
                    "text": ev.text,
                    "event_id": ev.event_id,
                    "polarity": ev.polarity,
                }
            )
    return [
        {
            "actor": r.actor_name,
            "actor_code": r.actor_code,
            "issue": r.issue_label,
            "issue_id": r.issue_id,
            "stance": r.stance,
            "confidence": r.confidence,
            "evidence": evidence.get((r.doc_pk, r.ordinal), []),
            "document_id": r.document_id,
            "date": r.date,
            "title": r.title,
            "source": r.source,
            "url": r.url,
            "sentence_index": r.sentence_index,
        }
        for r in rows
    ]


def stance_table(
    corpus: Any, issue: str, *, actor: str | None = None, limit: int = 200, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """One page of the reaction table for an issue (id or label), oldest first, and the total row count.

    Rows have the keys of ``Corpus.stance_rows``; evidence is loaded for the page's stances only.
    """
    s = STANCES
    where = _issue_where(corpus, issue.strip(), actor)
    with corpus.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(s).where(*where)).scalar_one())
        rows = conn.execute(
            select(s, DOCS.c.title, DOCS.c.source, DOCS.c.url)
            .join(DOCS, DOCS.c.pk == s.c.doc_pk)
            .where(*where)
            .order_by(s.c.sort_date, s.c.pk)
            .limit(limit)
            .offset(offset)
        ).all()
        return _table_rows(conn, rows), total


def stance_table_page(
    corpus: Any,
    issue: str,
    *,
    actor: str | None = None,
    limit: int = 200,
    after: str | None = None,
    before: str | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """One keyset page of an issue's reaction table, oldest first: the rows after (or before) a cursor.

    Returns ``{"rows", "total", "next_cursor", "prev_cursor"}``; a cursor is ``None`` when nothing lies that
    way. Each page is one range of the (sort_date, pk) order, where ``stance_table``'s OFFSET read and joined
    every earlier row again (UX21: the last page of a 100,000-row table). ``after`` wins over ``before``;
    ``offset`` (a page number typed into a URL) applies only without either.
    """
    s = STANCES
    where = _issue_where(corpus, issue.strip(), actor)
    key = tuple_(s.c.sort_date, s.c.pk)
    backwards = bool(before) and not after
    page_where = list(where)
    if after:
        page_where.append(key > tuple_(*decode_cursor(after)))
    elif before:
        page_where.append(key < tuple_(*decode_cursor(before)))
    order = (s.c.sort_date.desc(), s.c.pk.desc()) if backwards else (s.c.sort_date, s.c.pk)
    stmt = (
        select(s, DOCS.c.title, DOCS.c.source, DOCS.c.url)
        .join(DOCS, DOCS.c.pk == s.c.doc_pk)
        .where(*page_where)
        .order_by(*order)
        .limit(limit + 1)
    )
    if offset > 0 and not (after or before):
        stmt = stmt.offset(offset)
    with corpus.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(s).where(*where)).scalar_one())
        rows = list(conn.execute(stmt).all())
        more = len(rows) > limit
        rows = rows[:limit]
        if backwards:
            rows.reverse()
        out = _table_rows(conn, rows)
    first = encode_cursor(rows[0].sort_date, rows[0].pk) if rows else None
    last = encode_cursor(rows[-1].sort_date, rows[-1].pk) if rows else None
    # Going forwards, rows lie before this page when a cursor brought us here; backwards, after it.
    return {
        "rows": out,
        "total": total,
        "next_cursor": last if (more if not backwards else True) else None,
        "prev_cursor": first if (more if backwards else bool(after) or offset > 0) else None,
    }


#: Rows read at once by ``iter_stance_table`` (a download streams page by page; memory stays flat).
TABLE_PAGE = 1000


def iter_stance_table(corpus: Any, issue: str, *, actor: str | None = None) -> Iterator[dict[str, Any]]:
    """Every row of an issue's reaction table, oldest first, read in keyset pages of ``TABLE_PAGE``.

    Pages are cut on (sort_date, pk), so each is one range of the index, where OFFSET paging re-read every
    earlier row for each page; one connection is held per page, not for the whole download.
    """
    s = STANCES
    where = _issue_where(corpus, issue.strip(), actor)
    last: tuple[str, int] | None = None
    while True:
        page_where = list(where)
        if last is not None:
            page_where.append(tuple_(s.c.sort_date, s.c.pk) > tuple_(*last))
        with corpus.engine.connect() as conn:
            rows = conn.execute(
                select(s, DOCS.c.title, DOCS.c.source, DOCS.c.url)
                .join(DOCS, DOCS.c.pk == s.c.doc_pk)
                .where(*page_where)
                .order_by(s.c.sort_date, s.c.pk)
                .limit(TABLE_PAGE)
            ).all()
            out = _table_rows(conn, rows)
        yield from out
        if len(rows) < TABLE_PAGE:
            return
        last = (rows[-1].sort_date, rows[-1].pk)


def data_version(corpus: Any) -> tuple[Any, ...]:
    """A cheap fingerprint that changes whenever documents are added or removed (recoding: see the TTL)."""
    with corpus.engine.connect() as conn:
        return tuple(conn.execute(select(func.max(DOCS.c.pk), func.count()).select_from(DOCS)).one())


def ensure_planner_stats(corpus: Any) -> bool:
    """Run SQLite's ANALYZE once if the database has no planner statistics; return True if it ran.

    Without ``sqlite_stat1`` SQLite may scan an event-type index instead of the actor index for an
    actor + event + date filter (a second instead of milliseconds on 100k documents). Statistics only:
    no data changes. Skipped on other databases and on read-only files.
    """
    if corpus.engine.dialect.name != "sqlite" or getattr(corpus, "read_only", False):
        return False
    with corpus.engine.connect() as conn:
        has = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
        if has is not None:
            return False
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return True
