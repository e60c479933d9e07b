"""Readable terminal views of coded documents (``--format table``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from communique.model import Actor, CodedDocument

console = Console(highlight=False, soft_wrap=False)


def actor_label(actor: Actor) -> str:
    """Short label of an actor: its code, or its text when unresolved."""
    return actor.code or f"?{actor.text or actor.name}"


def render_table(coded: CodedDocument) -> None:
    """Print one coded document as a header, an events table and a stances table."""
    doc = coded.document
    console.rule(f"[bold]{doc.title or doc.source or doc.id}")
    console.print(f"id {doc.id}  date {doc.date or '-'}  language {doc.language or '-'}  source {doc.source or '-'}")
    issuers = ", ".join(f"{a.name} ({a.code or '?'})" for a in doc.issuers) or "-"
    console.print(f"issuers: {issuers}")
    console.print(f"{len(doc.sentences)} sentences, {len(coded.actors)} actor mentions, {len(coded.events)} events")
    if coded.events:
        table = Table("#", "source", "event", "target", "modality", "trigger", show_lines=False)
        for event in coded.events:
            neg = "NOT " if event.negated else ""
            table.add_row(
                str(event.sentence_index),
                " + ".join(actor_label(a) for a in event.sources) or "-",
                f"{neg}{event.cameo} {event.cameo_name} / {event.plover or '-'}",
                " + ".join(actor_label(a) for a in event.targets) or "-",
                event.modality,
                event.trigger,
            )
        console.print(table)
    if coded.stances:
        table = Table("actor", "issue", "stance", "confidence", "evidence")
        for stance in coded.stances:
            evidence = stance.evidence[0].text if stance.evidence else ""
            table.add_row(
                actor_label(stance.actor),
                stance.issue.label,
                stance.stance,
                f"{stance.confidence:.2f}",
                evidence[:120],
            )
        console.print(table)
