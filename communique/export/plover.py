"""PLOVER JSON records from coded documents (``communique code --format plover``).

One record per event, in the PLOVER record form: ``actor``/``recipient`` lists of actor objects, ``event``,
``mode``, ``context``, ``event_text``, plus provenance (``id``, ``date``, ``source``, document and sentence)
and communique's own fields (CAMEO code, negation, modality, reported speech, confidence). CAMEO 01 public
statements have no PLOVER category: their ``event`` is null and ``mode`` is ``statement``.
"""

from __future__ import annotations

from typing import Any

from communique.model import Actor, CodedDocument, Event


def _actor(actor: Actor) -> dict[str, Any]:
    sectors = list(actor.sectors)
    return {
        "actorText": actor.text or actor.name,
        "name": actor.name,
        "code": actor.code,
        "country": actor.country,
        "sector": sectors[0] if sectors else None,
        "sectors": sectors,
        "wikidata": actor.wikidata,
    }


def plover_record(coded: CodedDocument, event: Event) -> dict[str, Any]:
    """The PLOVER record of one event."""
    document = coded.document
    return {
        "id": event.id,
        "date": document.date,
        "source": document.source or document.url,
        "document_id": document.id,
        "external_id": document.external_id,
        "url": document.url,
        "title": document.title,
        "actor": [_actor(a) for a in event.sources],
        "recipient": [_actor(a) for a in event.targets],
        "event": event.plover,
        "mode": event.plover_mode,
        "context": list(event.plover_context),
        "event_text": event.trigger,
        "text": event.sentence,
        "sentence_index": event.sentence_index,
        "start": event.start,
        "end": event.end,
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "negated": event.negated,
        "modality": event.modality,
        "reported_by": _actor(event.reported_by) if event.reported_by else None,
        "pattern": event.pattern,
        "confidence": event.confidence,
        "language": document.language,
    }


def plover_records(coded: CodedDocument) -> list[dict[str, Any]]:
    """All events of a coded document as PLOVER JSON records, in document order."""
    return [plover_record(coded, e) for e in coded.events]
