"""Table handles, row builders (coded records → rows to insert) and converters (rows → records, flat rows).

Row builders hand the bulk write path driver-ready values (``CHILD_COLUMNS`` tuples, JSON pre-serialised);
converters turn stored rows back into ``Actor``/``Evidence``/event dicts and flat export rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from communique.model import Actor, CodedDocument, Document, Evidence
from communique.store.schema import Base
from communique.store.search import actor_keys

T = Base.metadata.tables
SENTENCES = T["sentences"]
MENTIONS = T["mentions"]
EVIDENCE = T["evidence"]
LSH = T["lsh_buckets"]
SOURCES = T["document_sources"]
DICTS = T["dictionary_versions"]
META = T["corpus_meta"]


# -- flat rows (DataFrames, CSV export) -----------------------------------------------------------------
EVENT_COLUMNS = [
    "document_id",
    "date",
    "event_id",
    "sentence_index",
    "start",
    "end",
    "trigger",
    "cameo",
    "cameo_root",
    "cameo_name",
    "plover",
    "plover_mode",
    "negated",
    "modality",
    "source_codes",
    "source_names",
    "target_codes",
    "target_names",
    "reported_by",
    "pattern",
    "confidence",
    "sentence",
]
STANCE_COLUMNS = [
    "document_id",
    "date",
    "title",
    "source",
    "url",
    "actor",
    "actor_code",
    "issue",
    "issue_id",
    "stance",
    "confidence",
    "evidence",
    "sentence_index",
    "start",
    "end",
]


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """One event dict (``Event.to_dict()`` + document_id/date) as a flat row of ``EVENT_COLUMNS``."""
    rb = e.get("reported_by")
    return {
        "document_id": e.get("document_id"),
        "date": e.get("date"),
        "event_id": e["id"],
        "sentence_index": e["sentence_index"],
        "start": e["start"],
        "end": e["end"],
        "trigger": e["trigger"],
        "cameo": e["cameo"],
        "cameo_root": e["cameo_root"],
        "cameo_name": e["cameo_name"],
        "plover": e.get("plover"),
        "plover_mode": e.get("plover_mode"),
        "negated": bool(e.get("negated")),
        "modality": e.get("modality"),
        "source_codes": ";".join(_label(a) for a in e.get("sources") or []),
        "source_names": ";".join(a.get("name") or "" for a in e.get("sources") or []),
        "target_codes": ";".join(_label(a) for a in e.get("targets") or []),
        "target_names": ";".join(a.get("name") or "" for a in e.get("targets") or []),
        "reported_by": (rb.get("code") or rb.get("name")) if rb else None,
        "pattern": e.get("pattern"),
        "confidence": e.get("confidence"),
        "sentence": e.get("sentence"),
    }


# -- helpers and row builders ---------------------------------------------------------------------------
def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _label(a: dict[str, Any] | Actor) -> str:
    if isinstance(a, Actor):
        return a.code or "?" + (a.name or a.text or "")
    return a.get("code") or "?" + (a.get("name") or a.get("text") or "")


def _sort_date(date: str | None) -> str:
    return (date or "")[:10]


def _document_row(doc: Document, dv_id: int, now: datetime) -> dict[str, Any]:
    return {
        "id": doc.id,
        "external_id": doc.external_id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "date": doc.date[:10] if doc.date else None,
        "sort_date": _sort_date(doc.date),
        "language": doc.language,
        # PostgreSQL text cannot hold NUL; a space keeps every offset valid.
        "text": doc.text.replace("\x00", " "),
        "n_sentences": 0,
        "n_events": 0,
        "n_stances": 0,
        "canonical_pk": None,
        "similarity": None,
        "dictionary_version_id": dv_id,
        "coded_at": now,
    }


def _source_row(doc: Document) -> dict[str, Any]:
    return {
        "source": (doc.source or "")[:500],
        "url": (doc.url or "")[:1000],
        "title": doc.title,
        "date": doc.date[:10] if doc.date else None,
        "external_id": doc.external_id,
    }


def _actor_json(a: Actor) -> dict[str, Any]:
    # Same as Actor.to_dict() without dataclasses.asdict's deep copies (hot in bulk ingest).
    return {
        "name": a.name,
        "code": a.code,
        "country": a.country,
        "sectors": list(a.sectors),
        "text": a.text,
        "start": a.start,
        "end": a.end,
        "sentence_index": a.sentence_index,
        "wikidata": a.wikidata,
        "via": a.via,
        "entry": a.entry,
    }


#: Columns of an actor mention (``mentions`` and ``event_actors`` rows, after their keys).
_ACTOR_COLS = ("name", "code", "country", "sectors", "text", "start", "end", "sentence_index", "wikidata",
               "via", "entry")  # fmt: skip
#: Column order of the value tuples ``_child_rows`` builds, per table (plain tuples: the driver binds them
#: as they are, with no per-row dict building or key lookups on the bulk path).
CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_pk", "idx", "start", "end"),
    "mentions": ("doc_pk", "role", "ordinal", *_ACTOR_COLS),
    "doc_actors": ("doc_pk", "key", "sort_date"),
    "events": (
        "doc_pk",
        "document_id",
        "ordinal",
        "event_id",
        "sentence_index",
        "start",
        "end",
        "trigger",
        "sentence",
        "cameo",
        "cameo_root",
        "cameo_name",
        "plover",
        "plover_mode",
        "plover_context",
        "negated",
        "modality",
        "reported_by",
        "pattern",
        "confidence",
        "source_codes",
        "target_codes",
        "date",
        "sort_date",
    ),
    "event_actors": ("doc_pk", "event_ordinal", "role", "ordinal", *_ACTOR_COLS),
    "stances": (
        "doc_pk",
        "document_id",
        "ordinal",
        "actor",
        "actor_name",
        "actor_code",
        "issue_id",
        "issue_label",
        "stance",
        "confidence",
        "sentence_index",
        "start",
        "end",
        "date",
        "sort_date",
    ),
    "evidence": (
        "doc_pk",
        "stance_ordinal",
        "ordinal",
        "sentence_index",
        "start",
        "end",
        "text",
        "event_id",
        "polarity",
    ),
    "lsh_buckets": ("key", "doc_pk"),
}


def _actor_values(a: Actor) -> tuple[Any, ...]:
    """An actor's values in ``_ACTOR_COLS`` order."""
    return (
        a.name or a.text or "",
        a.code,
        a.country,
        " ".join(a.sectors) if a.sectors else None,
        a.text,
        a.start,
        a.end,
        a.sentence_index,
        a.wikidata,
        a.via,
        a.entry,
    )


def _child_rows(coded: CodedDocument, pk: int, out: dict[str, list[tuple[Any, ...]]]) -> None:
    """Append the rows of every coded record of one document to ``out`` (table → ``CHILD_COLUMNS`` tuples).

    ``out["actors"]`` gets ``(code, name, country)`` of every coded actor seen.
    """
    doc = coded.document
    date = doc.date[:10] if doc.date else None
    sd = _sort_date(doc.date)
    out["sentences"].extend((pk, s.index, s.start, s.end) for s in doc.sentences)
    keys: set[str] = set()
    codes: set[str] = set()
    actors = out["actors"]
    # One actor object is often both a mention and an event source/target: its values are built once.
    values: dict[int, tuple[Any, ...]] = {}

    def note(a: Actor) -> tuple[Any, ...]:
        # Coded actors are indexed by code (a name search reaches them through the actors table);
        # unresolved ones by their case-folded name, the only handle they have.
        v = values.get(id(a))
        if v is not None:
            return v
        v = values[id(a)] = _actor_values(a)
        if a.code:
            if a.code not in codes:
                codes.add(a.code)
                keys.add("c:" + a.code)
                actors.append((a.code, a.name or a.text or a.code, a.country))
        elif a.name or a.text:
            keys.add(actor_keys(a.name or a.text)[1][:200])
        return v

    mentions = out["mentions"]
    for role, group in (("issuer", doc.issuers), ("actor", coded.actors)):
        for i, a in enumerate(group):
            mentions.append((pk, role, i, *note(a)))
    events, event_actors = out["events"], out["event_actors"]
    for i, e in enumerate(coded.events):
        sources = [note(a) for a in e.sources]
        targets = [note(a) for a in e.targets]
        events.append(
            (
                pk,
                doc.id,
                i,
                e.id,
                e.sentence_index,
                e.start,
                e.end,
                e.trigger,
                e.sentence.replace("\x00", " ") if e.sentence else e.sentence,
                e.cameo,
                e.cameo_root,
                e.cameo_name,
                e.plover,
                e.plover_mode,
                json.dumps(list(e.plover_context)) if e.plover_context else None,
                bool(e.negated),
                e.modality,
                json.dumps(_actor_json(e.reported_by)) if e.reported_by else None,
                e.pattern or "",
                float(e.confidence),
                # ``_label`` from the values already built: code, else "?" + name.
                ";".join([v[1] or "?" + v[0] for v in sources]),
                ";".join([v[1] or "?" + v[0] for v in targets]),
                date,
                sd,
            )
        )
        event_actors.extend([(pk, i, "source", j, *v) for j, v in enumerate(sources)])
        event_actors.extend([(pk, i, "target", j, *v) for j, v in enumerate(targets)])
    for i, st in enumerate(coded.stances):
        first = st.evidence[0] if st.evidence else None
        out["stances"].append(
            (
                pk,
                doc.id,
                i,
                json.dumps(_actor_json(st.actor)),
                st.actor.name or st.actor.text or "",
                st.actor.code,
                st.issue.id,
                st.issue.label,
                st.stance,
                float(st.confidence),
                first.sentence_index if first else st.actor.sentence_index,
                first.start if first else st.actor.start,
                first.end if first else st.actor.end,
                date,
                sd,
            )
        )
        note(st.actor)
        out["evidence"].extend(
            (pk, i, j, ev.sentence_index, ev.start, ev.end, ev.text, ev.event_id, ev.polarity)
            for j, ev in enumerate(st.evidence)
        )
    out["doc_actors"].extend((pk, k, sd) for k in sorted(keys))


# -- row → record converters ----------------------------------------------------------------------------
def _actor(r: Any) -> Actor:
    return Actor(
        name=r["name"],
        code=r["code"],
        country=r["country"],
        sectors=r["sectors"].split() if r["sectors"] else [],
        text=r["text"] or "",
        start=r["start"],
        end=r["end"],
        sentence_index=r["sentence_index"],
        wikidata=r["wikidata"],
        via=r["via"],
        entry=r["entry"],
    )


def _evidence(r: Any) -> Evidence:
    return Evidence(
        sentence_index=r["sentence_index"],
        start=r["start"],
        end=r["end"],
        text=r["text"],
        event_id=r["event_id"],
        polarity=r["polarity"],
    )


def event_dict(r: Any, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> dict[str, Any]:
    """A stored event row as the event record's dict, with its document's id and date (the API's events)."""
    return {
        "id": r["event_id"],
        "sentence_index": r["sentence_index"],
        "start": r["start"],
        "end": r["end"],
        "trigger": r["trigger"],
        "sentence": r["sentence"],
        "cameo": r["cameo"],
        "cameo_root": r["cameo_root"],
        "cameo_name": r["cameo_name"],
        "plover": r["plover"],
        "plover_mode": r["plover_mode"],
        "plover_context": list(r["plover_context"] or []),
        "sources": sources,
        "targets": targets,
        "negated": bool(r["negated"]),
        "modality": r["modality"],
        "reported_by": r["reported_by"],
        "pattern": r["pattern"],
        "confidence": r["confidence"],
        "document_id": r["document_id"],
        "date": r["date"],
    }


def _event_dict(r: Any, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> dict[str, Any]:
    return {**event_dict(r, sources, targets), "_pk": r["pk"]}


def _exact_source(r: Any) -> dict[str, Any]:
    """Another source of the same text (an exact repost): where it was found, under which title and date."""
    return {
        "document_id": None,
        "source": r["source"] or None,
        "url": r["url"] or None,
        "title": r["title"],
        "date": r["date"],
    }


def _src(r: Any, doc_id: str, similarity: float | None) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "source": r["source"],
        "url": r["url"],
        "title": r["title"],
        "date": r["date"],
        "similarity": similarity if similarity is not None else 1.0,
    }
