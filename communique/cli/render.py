"""Readable terminal views of coded documents (``--format table``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from communique.model import Actor, CodedDocument, Stance

console = Console(highlight=False, soft_wrap=False)

STANCE_STYLES = {"support": "green", "oppose": "red", "neutral": "yellow", "mixed": "magenta"}


def actor_label(actor: Actor) -> str:
    """Short label of an actor: its code, or its text when unresolved."""
    return actor.code or f"?{actor.text or actor.name}"


def actors_label(actors: list[Actor]) -> str:
    """Label of a compound actor: distinct codes in order, with a count where co-signers share one."""
    counts: dict[str, int] = {}
    for actor in actors:
        label = actor_label(actor)
        counts[label] = counts.get(label, 0) + 1
    return " + ".join(f"{label}×{n}" if n > 1 else label for label, n in counts.items()) or "-"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(coded: CodedDocument) -> None:
    """Print one coded document as a header, an events table and a stances table."""
    doc = coded.document
    console.rule(f"[bold]{escape(_clip(doc.title or doc.source or doc.id, 150))}")
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column()
    if doc.title and len(doc.title) > 70:
        meta.add_row("title", escape(doc.title))
    meta.add_row("source", escape(doc.url or doc.source or "-"))
    meta.add_row("id", f"{doc.id}" + (f"  (input id {escape(doc.external_id)})" if doc.external_id else ""))
    meta.add_row("date", doc.date or "-")
    meta.add_row("language", doc.language or "-")
    issuers = ", ".join(f"{escape(a.name)} [dim]({a.code or '?'})[/]" for a in doc.issuers) or "-"
    meta.add_row("issuers", issuers)
    counts = f"{len(doc.sentences)} sentences, {len(coded.actors)} actor mentions, {len(coded.events)} events"
    meta.add_row("coded", counts + f", {len(coded.stances)} stances")
    console.print(meta)
    if coded.events:
        table = Table(
            "#", "source", "event", "target", "modality", "trigger", title="events", title_justify="left"
        )
        for event in coded.events:
            neg = "[red]NOT[/] " if event.negated else ""
            table.add_row(
                str(event.sentence_index),
                escape(actors_label(event.sources)),
                f"{neg}{event.cameo} {escape(event.cameo_name)} / {escape(event.plover or '-')}",
                escape(actors_label(event.targets)),
                event.modality,
                escape(_clip(event.trigger, 40)),
            )
        console.print(table)
    if coded.stances:
        table = Table("actor", "issue", "stance", "conf.", "evidence", title="stances", title_justify="left")
        # Co-signers taking the same position on the same evidence share one row.
        rows: dict[tuple[str, str, str], list[Stance]] = {}
        for stance in coded.stances:
            evidence = stance.evidence[0].text if stance.evidence else ""
            rows.setdefault((stance.issue.label, stance.stance, evidence), []).append(stance)
        for (_, _, evidence), group in rows.items():
            stance = group[0]
            style = STANCE_STYLES.get(stance.stance, "")
            names = ", ".join(dict.fromkeys(f"{s.actor.name} ({actor_label(s.actor)})" for s in group))
            table.add_row(
                escape(names),
                escape(stance.issue.label),
                f"[{style}]{stance.stance}[/]" if style else stance.stance,
                f"{stance.confidence:.2f}",
                escape(_clip(evidence, 120)),
            )
        console.print(table)
    console.print()


@dataclass
class Summary:
    """Running totals over the documents printed in one ``--format table`` run."""

    documents: int = 0
    events: int = 0
    stances: int = 0
    event_roots: Counter[str] = field(default_factory=Counter)
    issuers: Counter[str] = field(default_factory=Counter)

    def add(self, coded: CodedDocument) -> None:
        """Count one coded document."""
        self.documents += 1
        self.events += len(coded.events)
        self.stances += len(coded.stances)
        # Counted by root under the root's own name: keyed by each event's full-code name, "11 Criticize or
        # denounce" and "11 Disapprove" were two lines of one root.
        self.event_roots.update(_root_label(e.cameo_root) for e in coded.events)
        # Statements per issuer: three issuers of one code in one statement are one statement of it.
        self.issuers.update(list(dict.fromkeys(a.code or a.name for a in coded.document.issuers)))


def _root_label(root: str) -> str:
    from communique.events.cameo import cameo_name

    name = cameo_name(root)
    return f"{root} {name.capitalize()}" if name else root


def render_summary(summary: Summary) -> None:
    """Print totals after the per-document tables."""
    if summary.documents <= 1:
        return
    console.rule("[bold]summary")
    console.print(f"{summary.documents} documents, {summary.events} events, {summary.stances} stances")
    if summary.event_roots:
        top = ", ".join(f"{escape(k)} ×{n}" for k, n in summary.event_roots.most_common(8))
        console.print(f"most frequent events: {top}")
    if summary.issuers:
        console.print(
            "issuers: " + ", ".join(f"{escape(k)} ×{n}" for k, n in summary.issuers.most_common(12))
        )
