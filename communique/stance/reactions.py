"""Reaction tables: one row per issuer and statement on one issue (date, actor, code, stance, evidence).

``reaction_rows(coded_documents, issue_text, coder)`` is the entry point for the CLI, the store and the API:
it re-parses each stored document (the store keeps text, actors and events, not parses) and reads the
document's position on the issue; a document that does not touch the issue gives ``not addressed`` rows,
never a guess.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from communique.model import Actor, CodedDocument, Evidence, Stance
from communique.stance import stances_for_issue
from communique.stance.aggregate import strongest
from communique.stance.matching import AdhocIssue, compile_adhoc

NOT_ADDRESSED = "not addressed"
COLUMNS = (
    "date",
    "actor",
    "code",
    "stance",
    "confidence",
    "evidence",
    "sentence_index",
    "document_id",
    "title",
)
MAX_EVIDENCE_CHARS = 400


@dataclass
class ReactionRow:
    """One issuer's reaction to an issue in one statement."""

    date: str | None
    actor: Actor
    stance: str
    confidence: float
    evidence: Evidence | None
    document_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None

    @property
    def code(self) -> str | None:
        """The issuer's actor code."""
        return self.actor.code

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the table's columns plus the full actor and evidence records."""
        return {
            "date": self.date,
            "actor": self.actor.to_dict(),
            "code": self.code,
            "stance": self.stance,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "document_id": self.document_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
        }

    def flat(self) -> dict[str, Any]:
        """One flat row for CSV and Markdown."""
        return {
            "date": self.date or "",
            "actor": self.actor.name,
            "code": self.code or "",
            "stance": self.stance,
            "confidence": f"{self.confidence:.2f}" if self.stance != NOT_ADDRESSED else "",
            "evidence": (self.evidence.text[:MAX_EVIDENCE_CHARS] if self.evidence else ""),
            "sentence_index": "" if self.evidence is None else str(self.evidence.sentence_index),
            "document_id": self.document_id,
            "title": self.title or "",
        }


def _issue_matches(stance: Stance, issue: AdhocIssue) -> bool:
    if issue.issue_id:
        return stance.issue.id == issue.issue_id
    return stance.issue.id is None and stance.issue.label == issue.label


def _same_actor(a: Actor, b: Actor) -> bool:
    return a.name == b.name and (a.code or "") == (b.code or "")


def rows_for_document(coded: CodedDocument, stances: Sequence[Stance]) -> list[ReactionRow]:
    """Rows for one document: one per issuer (or stance holder), ``not addressed`` when it has no stance."""
    doc = coded.document
    holders: list[Actor] = list(doc.issuers)
    for stance in stances:
        if not any(_same_actor(stance.actor, h) for h in holders):
            holders.append(stance.actor)
    if not holders:
        holders = [Actor(name=doc.source or doc.title or "(unknown issuer)", via="issuer")]
    rows = []
    for holder in holders:
        found = next((s for s in stances if _same_actor(s.actor, holder)), None)
        rows.append(
            ReactionRow(
                date=doc.date,
                actor=holder,
                stance=found.stance if found else NOT_ADDRESSED,
                confidence=found.confidence if found else 0.0,
                evidence=strongest(found) if found else None,
                document_id=doc.id,
                title=doc.title,
                source=doc.source,
                url=doc.url,
            )
        )
    return rows


def _prefilter_stems(issue: AdhocIssue, coder: Any) -> list[str]:
    """Cheap word stems of the issue's cues: a document containing none of them cannot address it."""
    words: set[str] = set()
    if issue.issue_id:
        entry = coder.issues.get(issue.issue_id)
        if entry is not None:
            for cue in [*entry.cues, *entry.weak, *entry.counter, *entry.weak_counter]:
                words.add(cue.words[0])
            for combo in entry.combos:
                words.update(combo[0])
    else:
        words |= issue.prefilter_words()
    # Irregular forms ("send"/"sent") share a short stem; three letters keep the filter safe.
    return sorted({w[: max(3, len(w) - 3)] for w in words if w})


def reaction_rows(
    coded_documents: Iterable[CodedDocument], issue_text: str, coder: Any, *, fresh: bool = False
) -> list[ReactionRow]:
    """Reaction-table rows for an issue over coded documents, sorted by date then actor.

    ``coder`` is a ``communique.pipeline.Coder`` (its spaCy model and issue dictionary are used). With
    ``fresh=True`` the documents were just coded with this issue among their ad-hoc issues, so their stances
    are used as they are; otherwise each document is re-parsed and its stance on the issue derived again
    from its stored actors and events.
    """
    issue = compile_adhoc(issue_text, coder.issues, coder.nlp, coder.actor_dictionary)
    stems = _prefilter_stems(issue, coder)
    rows: list[ReactionRow] = []
    pending: list[CodedDocument] = []

    def flush() -> None:
        if not pending:
            return
        texts = [c.document.text for c in pending]
        for coded, sdoc in zip(pending, coder.nlp.pipe(texts, batch_size=16), strict=True):
            stances = stances_for_issue(
                coded.document,
                sdoc,
                coded.actors,
                coded.events,
                coder.issues,
                issue_text,
                actor_dictionary=coder.actor_dictionary,
            )
            rows.extend(rows_for_document(coded, stances))
        pending.clear()

    for coded in coded_documents:
        if fresh:
            rows.extend(rows_for_document(coded, [s for s in coded.stances if _issue_matches(s, issue)]))
            continue
        lowered = coded.document.text.lower()
        if not any(stem in lowered for stem in stems):
            rows.extend(rows_for_document(coded, []))
            continue
        pending.append(coded)
        if len(pending) >= 16:
            flush()
    flush()
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.actor.name.lower(), r.document_id))
    return rows


def addressed(rows: Sequence[ReactionRow]) -> int:
    """How many rows show a position (anything but ``not addressed``)."""
    return sum(1 for r in rows if r.stance != NOT_ADDRESSED)


# ------------------------------------------------------------------------------------------- rendering


def to_csv(rows: Sequence[ReactionRow]) -> str:
    """CSV with a header row; text cells that would start a spreadsheet formula are quoted as text."""
    from communique.export.formats import spreadsheet_safe  # the output formats' one guard

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.flat().items()})
    return out.getvalue()


def to_json(rows: Sequence[ReactionRow], issue_label: str) -> str:
    """JSON object: the issue and its rows."""
    return json.dumps(
        {"issue": issue_label, "rows": [r.to_dict() for r in rows]}, ensure_ascii=False, indent=2
    )


def _md_cell(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("|", "\\|")


def to_markdown(rows: Sequence[ReactionRow], issue_label: str) -> str:
    """A Markdown table (pipes in quotes are escaped)."""
    head = ["Date", "Actor", "Code", "Stance", "Evidence"]
    lines = [f"**{_md_cell(issue_label)}**", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        flat = row.flat()
        cells = [flat["date"], flat["actor"], flat["code"], flat["stance"], flat["evidence"]]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def iter_table_rows(rows: Sequence[ReactionRow]) -> Iterator[list[str]]:
    """Cells for a terminal table: date, actor, code, stance, evidence."""
    for row in rows:
        flat = row.flat()
        yield [flat["date"] or "-", flat["actor"], flat["code"] or "-", flat["stance"], flat["evidence"]]
