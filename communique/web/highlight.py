"""Turn a coded document's spans into escaped-at-render segments for the highlighted document view.

The text is split at span offsets into plain pieces; templates print each piece through Jinja's autoescape,
so no HTML is ever built from statement text. Overlapping spans are handled by splitting at every boundary:
each piece knows every span that covers it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from communique.model import Actor, CodedDocument, Event

# CAMEO roots grouped into the four "quad classes" used across the event-data field.
QUAD_CLASSES: dict[str, str] = {
    "vcoop": "verbal cooperation",
    "mcoop": "material cooperation",
    "vconf": "verbal conflict",
    "mconf": "material conflict",
}


def quad_class(cameo_root: str | None) -> str:
    """Return the quad class key (vcoop, mcoop, vconf, mconf) of a CAMEO root such as ``"12"``."""
    try:
        root = int(str(cameo_root or "")[:2])
    except ValueError:
        return "vcoop"
    if root <= 5:
        return "vcoop"
    if root <= 8:
        return "mcoop"
    if root <= 13:
        return "vconf"
    return "mconf"


def actor_label(actor: Actor | dict[str, Any]) -> str:
    """Short label of an actor: its code, or ``?text`` when unresolved."""
    if isinstance(actor, dict):
        code, text, name = actor.get("code"), actor.get("text"), actor.get("name")
    else:
        code, text, name = actor.code, actor.text, actor.name
    return code or f"?{text or name or ''}"


@dataclass
class Piece:
    """A run of text covered by the same set of spans."""

    text: str
    start: int
    events: list[int] = field(default_factory=list)
    actors: list[int] = field(default_factory=list)
    issuer: bool = False

    @property
    def plain(self) -> bool:
        """True when no span covers this piece."""
        return not (self.events or self.actors or self.issuer)


@dataclass
class SentenceView:
    """One sentence (or the gap between sentences, ``index`` None) as a list of pieces."""

    index: int | None
    pieces: list[Piece]
    stance_marks: list[str] = field(default_factory=list)


def _clip(start: int | None, end: int | None, n: int) -> tuple[int, int] | None:
    if start is None or end is None:
        return None
    s, e = max(0, int(start)), min(n, int(end))
    return (s, e) if e > s else None


class _Sweep:
    """The spans ``(start, end, index)`` covering successive, increasing text positions."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self.spans = sorted(spans)
        self.next = 0
        self.open: dict[int, int] = {}  # index -> end

    def at(self, position: int) -> list[int]:
        """Indices (ascending) of the spans with ``start <= position < end``."""
        while self.next < len(self.spans) and self.spans[self.next][0] <= position:
            _, end, index = self.spans[self.next]
            self.open[index] = end
            self.next += 1
        ended = [index for index, end in self.open.items() if end <= position]
        for index in ended:
            del self.open[index]
        return sorted(self.open)


def segment(coded: CodedDocument) -> list[SentenceView]:
    """Split the document text into sentences of pieces annotated with the events and actors covering them."""
    doc = coded.document
    text = doc.text
    n = len(text)
    event_spans: list[tuple[int, int, int]] = []
    for i, ev in enumerate(coded.events):
        span = _clip(ev.start, ev.end, n)
        if span:
            event_spans.append((span[0], span[1], i))
    actor_spans: list[tuple[int, int, int]] = []
    for i, ac in enumerate(coded.actors):
        span = _clip(ac.start, ac.end, n)
        if span:
            actor_spans.append((span[0], span[1], i))
    issuer_spans: list[tuple[int, int]] = []
    for iss in doc.issuers:
        span = _clip(iss.start, iss.end, n)
        if span:
            issuer_spans.append(span)
    sentences = sorted((s for s in doc.sentences if _clip(s.start, s.end, n)), key=lambda s: (s.start, s.end))

    cuts = {0, n}
    for s, e, _ in event_spans + actor_spans:
        cuts.update((s, e))
    for s, e in issuer_spans:
        cuts.update((s, e))
    # Sentences are cut too, so that each piece lies in at most one sentence.
    sent_bounds: list[tuple[int, int, int]] = []
    last_end = 0
    for sent in sentences:
        start = max(sent.start, last_end)
        end = min(sent.end, n)
        if end > start:
            sent_bounds.append((start, end, sent.index))
            cuts.update((start, end))
            last_end = end
    points = sorted(cuts)

    views: list[SentenceView] = []
    current: SentenceView | None = None
    si = 0
    # A sweep over the pieces in text order: the spans open at a piece are those started at or before it
    # and not yet ended. Testing every span against every piece made a 1,000-sentence statement's page
    # take seconds (pieces x spans); every span end is a cut, so an open span covers the whole piece.
    events_open = _Sweep(event_spans)
    actors_open = _Sweep(actor_spans)
    for a, b in itertools.pairwise(points):
        if b <= a:
            continue
        while si < len(sent_bounds) and sent_bounds[si][1] <= a:
            si += 1
        index = sent_bounds[si][2] if si < len(sent_bounds) and sent_bounds[si][0] <= a else None
        piece = Piece(
            text=text[a:b],
            start=a,
            events=events_open.at(a),
            actors=actors_open.at(a),
            issuer=any(s <= a and b <= e for s, e in issuer_spans),
        )
        if current is None or current.index != index:
            current = SentenceView(index=index, pieces=[])
            views.append(current)
        current.pieces.append(piece)
    return views


def actor_labels(actors: list[Any]) -> str:
    """Labels of an event's sources or targets, each once with how many mentions it has ("BLROPP ×3").

    Three co-issuers sharing a code read "BLROPP + BLROPP + BLROPP" in the details pane and the trigger's
    tooltip, where the events table says "BLROPP ×3" (UX21).
    """
    counts: dict[str, int] = {}
    for actor in actors:
        label = actor_label(actor)
        counts[label] = counts.get(label, 0) + 1
    return " + ".join(f"{label} ×{n}" if n > 1 else label for label, n in counts.items()) or "-"


def event_summary(event: Event) -> dict[str, Any]:
    """The facts shown when a trigger is hovered or clicked."""
    return {
        "code": event.cameo,
        "name": event.cameo_name,
        "plover": event.plover or "",
        "quad": quad_class(event.cameo_root),
        "sources": actor_labels(event.sources),
        "targets": actor_labels(event.targets),
        "modality": event.modality,
        "negated": event.negated,
        "pattern": event.pattern,
    }
