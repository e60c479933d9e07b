"""Aggregates over a corpus: counts, stats, facets, timelines and actor pages (``CAMEO_ROOTS`` names roots).

``max_docs`` variants bound the work to the newest matching documents, for pages with a time budget.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from sqlalchemy import Connection, String, and_, case, cast, func, select, text, tuple_
from sqlalchemy.sql.elements import True_

from communique.model import CommuniqueError
from communique.store.reading import _Reading, summary_columns
from communique.store.rows import MENTIONS, SOURCES, _chunks
from communique.store.schema import ISSUER_ONLY
from communique.store.search import (
    _CODE,
    ACTORS,
    DOC_ACTORS,
    DOCS,
    EVENT_ACTORS,
    EVENTS,
    STANCES,
    Filters,
    actor_keys,
    prefix_upper,
)

#: CAMEO root code → (root name, quad class). Quad classes follow the CAMEO/Phoenix convention.
CAMEO_ROOTS: dict[str, tuple[str, str]] = {
    "01": ("Make public statement", "verbal cooperation"),
    "02": ("Appeal", "verbal cooperation"),
    "03": ("Express intent to cooperate", "verbal cooperation"),
    "04": ("Consult", "verbal cooperation"),
    "05": ("Engage in diplomatic cooperation", "verbal cooperation"),
    "06": ("Engage in material cooperation", "material cooperation"),
    "07": ("Provide aid", "material cooperation"),
    "08": ("Yield", "material cooperation"),
    "09": ("Investigate", "verbal conflict"),
    "10": ("Demand", "verbal conflict"),
    "11": ("Disapprove", "verbal conflict"),
    "12": ("Reject", "verbal conflict"),
    "13": ("Threaten", "verbal conflict"),
    "14": ("Protest", "material conflict"),
    "15": ("Exhibit force posture", "material conflict"),
    "16": ("Reduce relations", "material conflict"),
    "17": ("Coerce", "material conflict"),
    "18": ("Assault", "material conflict"),
    "19": ("Fight", "material conflict"),
    "20": ("Use unconventional mass violence", "material conflict"),
}
QUAD_CLASS = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}


#: How an actor's name was found when it is the mention itself, not a dictionary name: a bare word the
#: sentence's context resolved ("authorities"), a name made up for an implied actor ("government of KAZ"),
#: a domestic target named by its code.
WEAK_VIAS = frozenset({"context", "implied", "domestic"})
#: How a person holding an office of the code was found ("President Kassym-Jomart Tokayev" for KAZGOV, "He"):
#: a name of one member, shown only when the code has no name of its own.
PERSON_VIAS = frozenset({"title", "coreference"})
#: Words that make a name a pronoun or a reference, not a name ("We", "He", "our country").
PRONOUNS = frozenset(
    "i me my we us our ours you your he him his she her it its they them their this that these those "  # noqa: SIM905
    "who which".split()
)
#: Name forms read per code for its display name: enough to find the usual one, bounded for frequent codes.
NAME_SAMPLE = 200


def name_rank(name: str, code: str, via: str | None) -> int:
    """How well a stored name names its code: 3 a proper name, 2 an office holder's, 1 a plain noun, 0 none.

    0: empty, the code itself, a pronoun or reference ("We", "He", "our country"), or a made-up name holding
    a code ("government of KAZ"). 1: a name found only by context or implied, or one without a capital
    ("authorities", "forces"). 2: a person found by title or coreference. 3: the rest ("Coordination
    Council", "Belarusian authorities").
    """
    words = name.split()
    if not words or name == code:
        return 0
    first = words[0].casefold()
    # The actors stage names an implied actor "<sector> of <country code>" ("government of KAZ").
    made_up = len(words) > 2 and words[-2] == "of" and words[-1] == code[:3]
    if first in PRONOUNS or made_up:
        return 0
    if via in WEAK_VIAS or not any(w[:1].isupper() for w in words):
        return 1
    return 2 if via in PERSON_VIAS else 3


def display_name(code: str, forms: list[tuple[str, str | None, int]], fallback: str | None) -> str:
    """The name to show for a code: its most frequent best-ranked form, the longest of equally frequent.

    ``forms`` are (name, via, count) of the code's stored names; ``fallback`` (the actors table's name, the
    first one ever stored) counts as one more form found once. The actor page showed that first name, which
    could be "forces", "government of BLR" or whatever mention happened to come first (UX21).
    """
    counts: dict[str, int] = {}
    ranks: dict[str, int] = {}
    for name, via, n in [*forms, *([(fallback, None, 1)] if fallback else [])]:
        name = " ".join((name or "").split())
        if not name:
            continue
        counts[name] = counts.get(name, 0) + int(n)
        ranks[name] = max(ranks.get(name, 0), name_rank(name, code, via))
    if not counts:
        return fallback or code
    return min(counts, key=lambda nm: (-ranks[nm], -counts[nm], -len(nm), nm))


#: Up to this many ``doc_actors`` keys, ``newest_of_keys`` reads each key's own index range (a UNION ALL
#: of limited branches); SQLite allows 500 terms in one compound SELECT, so more keys read one range scan.
UNION_KEYS = 400


def newest_of_keys(conn: Connection, keys: list[str], f: Filters, max_docs: int) -> list[int]:
    """Keys of the newest ``max_docs`` documents holding any of these ``doc_actors`` keys, in one statement.

    Each key's branch reads at most ``max_docs`` entries of ix_doc_actors_key (key, sort_date, doc_pk) newest
    first, and the union is cut once. It was one statement per key (UX21: a code prefix matching 352 codes
    issued 352 statements and fetched each key's rows into Python to merge them).
    """
    if not keys:
        return []
    params: dict[str, Any] = {"n": max_docs}
    bounds = ""
    if f.since:
        bounds += " AND sort_date >= :since"
        params["since"] = f.since
    if f.until:
        # '~' sorts after digits and '-': the whole period (as QueryBuilder.date_where).
        bounds += " AND sort_date <= :until" + ("" if f.since else " AND sort_date >= '0'")  # not undated
        params["until"] = f.until + "~"
    order = "ORDER BY sort_date DESC, doc_pk DESC LIMIT :n"
    if len(keys) <= UNION_KEYS:
        branches = []
        for i, key in enumerate(keys):
            params[f"k{i}"] = key
            branches.append(
                f"SELECT doc_pk, sort_date FROM (SELECT doc_pk, sort_date FROM doc_actors "
                f"WHERE key = :k{i}{bounds} {order}) AS b{i}"
            )
        source = "(" + " UNION ALL ".join(branches) + ") AS u"
    else:
        names = []
        for i, key in enumerate(keys):
            params[f"k{i}"] = key
            names.append(f":k{i}")
        source = f"doc_actors WHERE key IN ({', '.join(names)}){bounds}"
    # A document holding two of the keys comes once (its sort_date is the same in every row of it).
    rows = conn.execute(text(f"SELECT DISTINCT doc_pk, sort_date FROM {source} {order}"), params)
    return [pk for pk, _sd in rows]


def keys_in_range(conn: Connection, lo: str, hi: str) -> list[str]:
    """The distinct ``doc_actors`` keys in ``[lo, hi)``, by one index seek per key (a skip scan).

    A recursive query steps from each key to the next greater one, so a prefix held by a few codes in
    60,000 rows reads a few index entries; DISTINCT over the range read all of them (UX22). Each step is
    greater than the last, so UNION keeps every row UNION ALL would (and the statement stays one SELECT).
    """
    rows = conn.execute(
        text(
            "WITH RECURSIVE k(key) AS ("
            "SELECT (SELECT min(key) FROM doc_actors WHERE key >= :lo AND key < :hi) "
            "UNION SELECT (SELECT min(d.key) FROM doc_actors AS d WHERE d.key > k.key AND d.key < :hi) "
            "FROM k WHERE k.key IS NOT NULL) "
            "SELECT key FROM k WHERE key IS NOT NULL"
        ),
        {"lo": lo, "hi": hi},
    )
    return [key for (key,) in rows]


class _Aggregates(_Reading):
    """Counting over the stored records (needs the reading paths: filters, summaries, stances)."""

    # -- aggregates ------------------------------------------------------------------------------------
    def count(self) -> dict[str, int]:
        """Row counts: documents (all), statements (canonical), reposts, events, stances, actors."""
        with self._read() as conn:
            docs = conn.execute(select(func.count()).select_from(DOCS)).scalar_one()
            dups = conn.execute(select(func.count()).where(DOCS.c.canonical_pk.is_not(None))).scalar_one()
            return {
                "documents": docs,
                "statements": docs - dups,
                "reposts": dups,
                "exact_reposts": conn.execute(select(func.count()).select_from(SOURCES)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(EVENTS)).scalar_one(),
                "stances": conn.execute(select(func.count()).select_from(STANCES)).scalar_one(),
                "actors": conn.execute(select(func.count()).select_from(ACTORS)).scalar_one(),
            }

    def stats(
        self, by: str = "actor", *, event_dedup: str | None = None, **filters: Any
    ) -> list[dict[str, Any]]:
        """Counts by ``actor`` (events as source/target), ``event`` (CAMEO root) or ``month``.

        By actor, ``events`` counts each event the actor takes part in once, however many of its mentions
        the event lists; ``as_source`` and ``as_target`` count the events in that role.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            ewhere = self._event_select(conn, f, event_dedup)
            if by == "actor":
                ea = EVENT_ACTORS
                where: list[Any] = [ea.c.code.is_not(None)]
                # The events the other counts read (``_event_select``): when its clauses select them all,
                # every event_actors row is of a counted event and no join to events is needed. Reading the
                # clauses, not the filter fields, keeps one list of what narrows the events.
                narrowing = [c for c in ewhere if not isinstance(c, True_)]
                if narrowing:
                    sub = select(EVENTS.c.doc_pk, EVENTS.c.ordinal).where(*narrowing)
                    where.append(tuple_(ea.c.doc_pk, ea.c.event_ordinal).in_(sub))
                # An event lists an actor once per mention: three issuers of one code are three sources of
                # each event. Count events, not those rows (UX19: 10 events of one statement counted 30).
                # One row per (code, event) says whether the code is a source and a target of it, so one
                # pass over event_actors gives every count (UX20: two passes, each joined to every event,
                # took 9.8 s on a 40,000-statement store; this one 1.4 s).
                per_event = (
                    select(
                        ea.c.code,
                        ea.c.doc_pk,
                        func.max(case((ea.c.role == "source", 1), else_=0)).label("src"),
                        func.max(case((ea.c.role == "target", 1), else_=0)).label("tgt"),
                    )
                    .where(*where)
                    .group_by(ea.c.code, ea.c.doc_pk, ea.c.event_ordinal)
                    .subquery()
                )
                acc: dict[str, dict[str, Any]] = {}
                for code, n, ndocs, n_src, n_tgt in conn.execute(
                    select(
                        per_event.c.code,
                        func.count(),
                        func.count(func.distinct(per_event.c.doc_pk)),
                        func.sum(per_event.c.src),
                        func.sum(per_event.c.tgt),
                    ).group_by(per_event.c.code)
                ).all():
                    acc[code] = {
                        "key": code,
                        "label": "",
                        "events": n,
                        "as_source": int(n_src or 0),
                        "as_target": int(n_tgt or 0),
                        "documents": ndocs,
                    }
                names = self._actor_names(conn, list(acc))
                for code, item in acc.items():
                    item["label"] = names.get(code, "")
                return sorted(acc.values(), key=lambda x: (-x["events"], x["key"]))
            if by == "event":
                rows = conn.execute(
                    select(EVENTS.c.cameo_root, func.count(), func.count(func.distinct(EVENTS.c.doc_pk)))
                    .where(*ewhere)
                    .group_by(EVENTS.c.cameo_root)
                ).all()
                return sorted(
                    (
                        {
                            "key": root,
                            "label": CAMEO_ROOTS.get(root, ("", ""))[0],
                            "event_class": CAMEO_ROOTS.get(root, ("", ""))[1],
                            "events": n,
                            "documents": nd,
                        }
                        for root, n, nd in rows
                    ),
                    key=lambda x: (-x["events"], x["key"]),
                )
            if by == "month":
                month = func.substr(EVENTS.c.sort_date, 1, 7)
                ev_rows: dict[str, int] = dict(
                    conn.execute(select(month, func.count()).where(*ewhere).group_by(month)).all()
                )
                dmonth = func.substr(DOCS.c.sort_date, 1, 7)
                dwhere = self.q.doc_where(f, self._codes_for(conn, f.actor))
                doc_rows: dict[str, int] = dict(
                    conn.execute(select(dmonth, func.count()).where(*dwhere).group_by(dmonth)).all()
                )
                keys = sorted(set(ev_rows) | set(doc_rows))
                return [
                    {"key": k or "undated", "documents": doc_rows.get(k, 0), "events": ev_rows.get(k, 0)}
                    for k in keys
                ]
        raise CommuniqueError(f"stats: cannot count by {by!r} (use actor, event or month)")

    def _actor_names(self, conn: Connection, codes: list[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for chunk in _chunks(codes, 500):
            names.update(
                dict(conn.execute(select(ACTORS.c.code, ACTORS.c.name).where(ACTORS.c.code.in_(chunk))).all())
            )
        return names

    def newest_doc_pks(self, max_docs: int, **filters: Any) -> list[int]:
        """Keys of the newest ``max_docs`` documents matching the filters (newest first).

        An actor alone (with dates) reads its ``doc_actors`` index keys newest first, a few hundred index
        entries; other filters use the search plan. Bounded facets and timelines count over these keys.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            return self._newest_pks(conn, f, max_docs)

    def _newest_pks(self, conn: Connection, f: Filters, max_docs: int) -> list[int]:
        codes = self._codes_for(conn, f.actor)
        if f.actor and not (f.text or f.event or f.issue or f.modality or f.include_duplicates):
            keys = set(actor_keys(f.actor)[1:] + tuple("c:" + c for c in codes))
            if _CODE.match(f.actor):
                lo = "c:" + f.actor
                keys.update(keys_in_range(conn, lo, prefix_upper(lo)))
            # A key with no row (in the dates) is one empty index probe of newest_of_keys, which applies the
            # dates itself: the keys need no check of their own (UX22: a SELECT DISTINCT over the keys' rows
            # read every one of them, 60,000 index entries for KAZ in a 100k store, 0.4-0.8 s).
            return newest_of_keys(conn, sorted(keys), f, max_docs)
        driver = self._sqlite_driver(conn, f, codes)
        stmt = (
            select(DOCS.c.pk)
            .where(*self.q.doc_where(f, codes, driver=driver))
            .order_by(DOCS.c.sort_date.desc(), DOCS.c.pk.desc())
            .limit(max_docs)
        )
        if driver == "date":
            stmt = stmt.with_hint(DOCS, "INDEXED BY ix_documents_sort", "sqlite")
        return list(conn.execute(stmt).scalars())

    def facets(
        self, *, size: int = 20, max_docs: int | None = None, **filters: Any
    ) -> dict[str, list[dict[str, Any]]]:
        """Facet counts over the matching documents: actors, event roots, issues and modalities.

        ``max_docs`` bounds the work: counts are then over the newest ``max_docs`` matching documents only
        (callers must say so; ``bounded_aggregates`` tells whether the bound was reached).
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            docs: Any
            if max_docs is not None:
                # An explicit list of keys: each document's rows are read by primary key, instead of
                # grouping every match of a frequent filter.
                docs = self._newest_pks(conn, f, max_docs)
            else:
                dwhere = self.q.doc_where(f, self._codes_for(conn, f.actor))
                docs = select(DOCS.c.pk).where(*dwhere)
            return self._facet_counts(conn, docs, size)

    def _facet_counts(self, conn: Connection, docs: Any, size: int) -> dict[str, list[dict[str, Any]]]:
        n = func.count(func.distinct(DOC_ACTORS.c.doc_pk))
        actor_rows = conn.execute(
            select(DOC_ACTORS.c.key, n)
            .where(DOC_ACTORS.c.doc_pk.in_(docs), DOC_ACTORS.c.key.like("c:%"))
            .group_by(DOC_ACTORS.c.key)
            .order_by(n.desc(), DOC_ACTORS.c.key)
            .limit(size)
        ).all()
        # Named as the actor page names them (the stored name is the first ever seen: "government of BLR").
        names = self._display_names(conn, [k[2:] for k, _ in actor_rows])
        nd = func.count(func.distinct(EVENTS.c.doc_pk))

        def documents_by(column: Any) -> list[Any]:
            """Matching documents counted by an event column (CAMEO root, modality), most first."""
            query = select(column, nd).where(EVENTS.c.doc_pk.in_(docs)).group_by(column).order_by(nd.desc())
            return list(conn.execute(query).all())

        event_rows = documents_by(EVENTS.c.cameo_root)
        ns = func.count(func.distinct(STANCES.c.doc_pk))
        issue_rows = conn.execute(
            select(STANCES.c.issue_id, STANCES.c.issue_label, ns)
            .where(STANCES.c.doc_pk.in_(docs))
            .group_by(STANCES.c.issue_id, STANCES.c.issue_label)
            .order_by(ns.desc())
            .limit(size)
        ).all()
        mod_rows = documents_by(EVENTS.c.modality)
        return {
            "actors": [{"key": k[2:], "label": names.get(k[2:], ""), "count": c} for k, c in actor_rows],
            "events": [
                {"key": k, "label": CAMEO_ROOTS.get(k, ("", ""))[0], "count": c} for k, c in event_rows
            ],
            "issues": [{"key": i or label, "label": label, "count": c} for i, label, c in issue_rows],
            "modality": [{"key": k, "label": k, "count": c} for k, c in mod_rows],
        }

    def timeline(
        self, *, event_dedup: str | None = None, max_docs: int | None = None, **filters: Any
    ) -> list[dict[str, Any]]:
        """Events per month and event class (CAMEO quad class) for the matching events.

        ``max_docs`` bounds the work to the events of the newest ``max_docs`` matching documents.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            pks = self._newest_pks(conn, f, max_docs) if max_docs is not None else None
            return self._timeline_counts(conn, f, event_dedup, pks)

    def bounded_aggregates(self, max_docs: int = 1000, **filters: Any) -> dict[str, Any]:
        """Facets and timeline over the newest ``max_docs`` matching documents, for pages with a budget.

        Returns ``{"facets", "timeline", "docs", "bounded"}``: ``docs`` documents were counted, and
        ``bounded`` is true when more documents match (the page then says "newest N").
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            pks = self._newest_pks(conn, f, max_docs + 1)
            bounded = len(pks) > max_docs
            pks = pks[:max_docs]
            return {
                "facets": self._facet_counts(conn, pks, 20),
                "timeline": self._timeline_counts(conn, f, None, pks),
                "docs": len(pks),
                "bounded": bounded,
            }

    def _timeline_counts(
        self, conn: Connection, f: Filters, event_dedup: str | None, pks: list[int] | None
    ) -> list[dict[str, Any]]:
        if pks is not None:
            # Text and issue are document-level: the key list already applies them (and re-running the
            # full-text match over every document would cost more than the whole bounded timeline).
            f = dataclasses.replace(f, text=None, issue=None)
        where = self._event_select(conn, f, event_dedup)
        if pks is not None:
            where = [*where, EVENTS.c.doc_pk.in_(pks)]
        month = func.substr(EVENTS.c.sort_date, 1, 7)
        rows = conn.execute(
            select(month, EVENTS.c.cameo_root, func.count())
            .where(*where)
            .group_by(month, EVENTS.c.cameo_root)
        ).all()
        acc: Counter[tuple[str, str]] = Counter()
        for m, root, n in rows:
            acc[(m or "undated", CAMEO_ROOTS.get(root, ("", "other"))[1])] += n
        return [{"month": m, "event_class": c, "count": n} for (m, c), n in sorted(acc.items())]

    def actor(self, code: str, *, limit: int = 20, stance_limit: int | None = None) -> dict[str, Any] | None:
        """An actor's page: name, counts, recent statements it issued or appears in, stances, targets.

        ``stance_limit`` keeps only the newest stances (still oldest first; ``n_stances`` counts them all):
        a frequent actor has thousands, too many to load with their evidence for one page.
        """
        with self._read() as conn:
            st = STANCES
            # The actor's own stances, by exact code. The actor filter of stance_rows would also read every
            # stance of the codes it prefixes and of a name equal to the code (UX20: /actors/USA read and
            # dropped USAGOV's 8,331 stances, with their evidence), so the page reads only its own.
            n_stances = conn.execute(select(func.count()).where(st.c.actor_code == code)).scalar_one()
            newest = select(st, DOCS.c.title, DOCS.c.source, DOCS.c.url).join(DOCS, DOCS.c.pk == st.c.doc_pk)
            newest = newest.where(st.c.actor_code == code).order_by(st.c.sort_date.desc(), st.c.pk.desc())
            if stance_limit is not None:
                newest = newest.limit(max(0, stance_limit))
            stances = self._stance_dicts(conn, list(reversed(conn.execute(newest).mappings().all())))
            row = conn.execute(select(ACTORS).where(ACTORS.c.code == code)).mappings().first()
            key = "c:" + code
            n_docs = conn.execute(select(func.count()).where(DOC_ACTORS.c.key == key)).scalar_one()
            if row is None and n_docs == 0:
                return None
            # The role as a literal: only then can the planners use the partial index over issuers.
            issued = select(MENTIONS.c.doc_pk).where(MENTIONS.c.code == code, ISSUER_ONLY).distinct()
            # The newest documents from the (key, sort_date, doc_pk) index, then their rows by primary key
            # (UX23: selecting the rows of every document of the code and sorting them computed each one's
            # snippet first; 90 ms of /actors/KAZ on a 40,000-statement store).
            da = DOC_ACTORS.c
            recent_pks = list(
                conn.execute(
                    select(da.doc_pk)
                    .where(da.key == key)
                    .order_by(da.sort_date.desc(), da.doc_pk.desc())
                    .limit(limit)
                ).scalars()
            )
            by_pk = {
                r["pk"]: r
                for r in conn.execute(select(*summary_columns()).where(DOCS.c.pk.in_(recent_pks))).mappings()
            }
            recent = [by_pk[pk] for pk in recent_pks if pk in by_pk]
            summaries = self._summaries(conn, recent)
            n_issued = conn.execute(select(func.count()).select_from(issued.subquery())).scalar_one()
            ea_src = EVENT_ACTORS.alias("src")
            ea_tgt = EVENT_ACTORS.alias("tgt")
            pair = and_(
                ea_src.c.doc_pk == ea_tgt.c.doc_pk,
                ea_src.c.event_ordinal == ea_tgt.c.event_ordinal,
                ea_src.c.role == "source",
                ea_tgt.c.role == "target",
            )
            # Counted in events: a pair named by three mentions of one code in one event is one event.
            to = (
                select(ea_tgt.c.code, ea_tgt.c.name, ea_tgt.c.doc_pk, ea_tgt.c.event_ordinal)
                .join(ea_src, pair)
                .where(ea_src.c.code == code)
                .subquery()
            )
            targets = self._pair_counts(conn, to, limit)
            by = (
                select(ea_src.c.code, ea_src.c.name, ea_src.c.doc_pk, ea_src.c.event_ordinal)
                .join(ea_tgt, pair)
                .where(ea_tgt.c.code == code)
                .subquery()
            )
            targeted_by = self._pair_counts(conn, by, limit)
            ea = EVENT_ACTORS
            n_events = conn.execute(
                select(func.count()).select_from(
                    select(ea.c.doc_pk, ea.c.event_ordinal).where(ea.c.code == code).distinct().subquery()
                )
            ).scalar_one()
            name = display_name(code, self._name_forms(conn, code), row["name"] if row else None)
            # The codes it targets and is targeted by are named the same way (their minimum name in these
            # events was often one made up for an implied actor: "government of BLR").
            names = self._display_names(conn, sorted({c for c, _n, _k in [*targets, *targeted_by] if c}))
        return {
            "code": code,
            "name": name,
            "country": row["country"] if row else None,
            "documents": n_docs,
            "issued": n_issued,
            "events": n_events,
            "statements": summaries,
            "stances": stances,
            "n_stances": n_stances,
            "targets": [{"code": c, "name": names.get(c, nm), "count": k} for c, nm, k in targets],
            "targeted_by": [{"code": c, "name": names.get(c, nm), "count": k} for c, nm, k in targeted_by],
        }

    @staticmethod
    def _name_forms(conn: Connection, code: str) -> list[tuple[str, str | None, int]]:
        """(name, via, count) of a code's names in its event roles and as an issuer, over a bounded sample."""
        ea = EVENT_ACTORS
        # Both reads walk an index on the code (ix_event_actors_code; the issuers' partial index).
        roles = select(ea.c.name, ea.c.via).where(ea.c.code == code).limit(NAME_SAMPLE).subquery()
        forms: list[Any] = list(
            conn.execute(
                select(roles.c.name, roles.c.via, func.count()).group_by(roles.c.name, roles.c.via)
            ).all()
        )
        issued = (
            select(MENTIONS.c.name).where(MENTIONS.c.code == code, ISSUER_ONLY).limit(NAME_SAMPLE).subquery()
        )
        forms += [
            (name, "issuer", n)
            for name, n in conn.execute(select(issued.c.name, func.count()).group_by(issued.c.name))
        ]
        return [(str(name or ""), via, int(n)) for name, via, n in forms]

    def _display_names(self, conn: Connection, codes: list[str]) -> dict[str, str]:
        """``display_name`` of several codes, from a bounded sample of each one's event roles: one statement.

        Each code's branch reads at most ``NAME_SAMPLE`` rows of ix_event_actors_code; a statement per code
        would grow with the list (the actor page lists up to 2 × 20 codes).
        """
        if not codes:
            return {}
        params: dict[str, Any] = {"n": NAME_SAMPLE}
        branches = []
        for i, c in enumerate(codes[:UNION_KEYS]):
            params[f"c{i}"] = c
            branches.append(
                f"SELECT code, name, via FROM (SELECT code, name, via FROM event_actors WHERE code = :c{i} "
                f"LIMIT :n) AS b{i}"
            )
        union = " UNION ALL ".join(branches)
        sql = f"SELECT code, name, via, count(*) FROM ({union}) AS u GROUP BY code, name, via"
        forms: dict[str, list[tuple[str, str | None, int]]] = {}
        for c, name, via, n in conn.execute(text(sql), params):
            forms.setdefault(c, []).append((str(name or ""), via, int(n)))
        stored = self._actor_names(conn, codes)
        return {c: display_name(c, forms.get(c, []), stored.get(c)) for c in codes}

    @staticmethod
    def _pair_counts(conn: Connection, pairs: Any, limit: int) -> list[Any]:
        """(code, a name, events) of the other side of an actor's event pairs, most events first."""
        # One grouping by code, counting distinct events: it was a grouping by (code, event) and another of
        # its rows by code, two sorts of every pair (UX23: 260 ms of /actors/KAZ on 40,000 statements; 140).
        event_key = cast(pairs.c.doc_pk, String) + ":" + cast(pairs.c.event_ordinal, String)
        n = func.count(func.distinct(event_key))
        rows = conn.execute(
            select(pairs.c.code, func.min(pairs.c.name), n)
            .group_by(pairs.c.code)
            .order_by(n.desc(), pairs.c.code)
            .limit(limit)
        ).all()
        return list(rows)

    def actors(self, *, prefix: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Known actors (code, name, country), optionally with codes starting with ``prefix``."""
        with self._read() as conn:
            stmt = select(ACTORS).order_by(ACTORS.c.code).limit(max(1, min(limit, 10_000)))
            if prefix:
                stmt = stmt.where(ACTORS.c.code.like(prefix.replace("%", "").replace("_", "") + "%"))
            return [dict(r) for r in conn.execute(stmt).mappings()]
