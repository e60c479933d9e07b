"""Score the coder on whole statements: every event of every sentence, with the statement's own structure.

The gold format (``tests/data/statements/*.yaml``) holds statements, each with its title, issuers and body
sentences, and for every sentence the events a careful CAMEO coder codes there (``[]`` for none)::

    statements:
      - id: s01
        title: "Communiqué of the Peace and Security Council of the African Union on Niger"
        issuers: ["Peace and Security Council of the African Union"]
        date: "2023-07-28"
        sentences:
          - text: "The Council strongly condemns the military coup d'état in Niger."
            events: [{cameo: "111", source: IGOAU, target: NERMIL}]

Unlike the one-event-per-sentence news sets, nothing is chosen as a "main" event: predicted and gold events
of a sentence are paired one to one. A pair matches when the CAMEO roots agree, the sources share an actor and
the targets share one (or both have none). Actors are compared by country (the first three letters of a
code), or by the first five letters for international bodies (``IGOUN`` for ``IGOUNO`` and ``IGOUNSC``).
Statements (CAMEO 01) are left out of the headline figures: when a declaration is worth coding is a
convention that differs between coders; they are scored on their own line.

A gold event may say ``negated: true`` and ``modality: future | hypothetical | conditional`` (default
asserted). They do not decide a match, with one exception that is the same claim said two ways: issue 4 has a
negated cooperative verb absorbed into a rejection ("does not recognise the junta" is a 12, not negated),
while some gold writers code it as the cooperative code negated (054, ``negated: true``); a negated gold event
of roots 03-08 therefore matches a 12 that is not negated, and the other way round. Otherwise, of the matched
events, the report counts those whose negation and modality agree with the gold, and the non-asserted gold
events the coder states as asserted (issue 4: "never code a hypothetical as asserted").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.events.evaluate import read_gold_yaml
from communique.events.roles import actor_key
from communique.model import Actor, Document, Event, InputError

MAX_STATEMENT_GOLD_BYTES = 10_000_000
_CODE = re.compile(r"^\d{2,4}$")
GOLD_MODALITIES = frozenset({"asserted", "future", "hypothetical", "conditional"})


@dataclass
class GoldEvent:
    """One event of a gold sentence."""

    cameo: str
    sources: list[str]
    targets: list[str]
    negated: bool = False
    modality: str = "asserted"


@dataclass
class GoldSentence:
    """A body sentence and the events coded in it."""

    text: str
    events: list[GoldEvent]


@dataclass
class GoldStatement:
    """One statement: title, issuers, date and its sentences; ``number`` chooses the half."""

    id: str
    number: int
    title: str
    issuers: list[str]
    date: str | None
    sentences: list[GoldSentence]


def _codes(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise InputError(where, f"actor codes must be strings, got {value!r}")
    return [v.strip().upper() for v in values]


def load_statement_gold(path: str | Path) -> list[GoldStatement]:
    """Read a statement gold file; problems name the file and the statement or sentence."""
    file = Path(path)
    where = str(file)
    raw = read_gold_yaml(file, MAX_STATEMENT_GOLD_BYTES, "a statement gold set")
    items = raw.get("statements") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise InputError(where, "expected a mapping with a non-empty 'statements:' list")
    out: list[GoldStatement] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise InputError(where, f"statement {n}: expected a mapping")
        sid = str(item.get("id", f"statement-{n}"))
        m = re.search(r"(\d+)$", sid)
        sentences = item.get("sentences")
        if m is None or not isinstance(sentences, list) or not sentences:
            raise InputError(where, f"{sid}: needs an id ending in its number and a list of sentences")
        body: list[GoldSentence] = []
        for k, sentence in enumerate(sentences, 1):
            at = f"{sid} sentence {k}"
            text = sentence.get("text") if isinstance(sentence, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise InputError(where, f"{at}: missing text")
            events = sentence.get("events") or []
            if not isinstance(events, list):
                raise InputError(where, f"{at}: 'events' must be a list")
            gold: list[GoldEvent] = []
            for event in events:
                code = str(event.get("cameo", "")).strip() if isinstance(event, dict) else ""
                if not _CODE.match(code):
                    raise InputError(where, f"{at}: bad CAMEO code in {event!r}")
                modality = str(event.get("modality") or "asserted")
                if modality not in GOLD_MODALITIES or not isinstance(event.get("negated", False), bool):
                    raise InputError(where, f"{at}: bad modality or negated in {event!r}")
                gold.append(
                    GoldEvent(
                        code,
                        _codes(event.get("source"), where),
                        _codes(event.get("target"), where),
                        bool(event.get("negated", False)),
                        modality,
                    )
                )
            body.append(GoldSentence(" ".join(text.split()), gold))
        issuers = item.get("issuers") or []
        if not isinstance(issuers, list) or not all(isinstance(i, str) for i in issuers):
            raise InputError(where, f"{sid}: 'issuers' must be a list of names")
        date = item.get("date")
        out.append(
            GoldStatement(
                sid, int(m.group(1)), str(item.get("title") or ""), issuers, str(date) if date else None, body
            )
        )
    return out


def _keys(actors: list[Actor]) -> set[str]:
    return {actor_key(a.code) for a in actors if a.code}


# Roots of cooperation whose negation issue 4 absorbs into a rejection (12): "will not support", "does not
# recognise", "refused to sign".
ABSORBED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
REJECTION_ROOT = "12"


def _absorbed(gold: GoldEvent, event: Event) -> bool:
    """The same refusal coded two ways: a negated cooperative code on one side, a plain 12 on the other."""
    if gold.negated and not event.negated:
        return gold.cameo[:2] in ABSORBED_ROOTS and event.cameo_root == REJECTION_ROOT
    if event.negated and not gold.negated:
        return event.cameo_root in ABSORBED_ROOTS and gold.cameo[:2] == REJECTION_ROOT
    return False


def _matches(gold: GoldEvent, event: Event, actors_too: bool) -> bool:
    if event.cameo_root != gold.cameo[:2] and not _absorbed(gold, event):
        return False
    if not actors_too:
        return True
    sources, targets = _keys(event.sources), _keys(event.targets)
    gold_sources, gold_targets = {actor_key(c) for c in gold.sources}, {actor_key(c) for c in gold.targets}
    same_source = bool(sources & gold_sources) or not (sources or gold_sources)
    same_target = bool(targets & gold_targets) or not (targets or gold_targets)
    return same_source and same_target


def _pairs(gold: list[GoldEvent], predicted: list[Event], actors_too: bool) -> list[tuple[GoldEvent, Event]]:
    """Pairs matched one to one, greedily in sentence order."""
    free = list(predicted)
    pairs: list[tuple[GoldEvent, Event]] = []
    for g in gold:
        for event in free:
            if _matches(g, event, actors_too):
                free.remove(event)
                pairs.append((g, event))
                break
    return pairs


@dataclass
class StatementMiss:
    """A sentence whose events and gold do not pair up: gold events unmatched, events coded in excess."""

    statement: str
    sentence_index: int
    text: str
    missed: list[GoldEvent]
    extra: list[Event]


@dataclass
class StatementScores:
    """Event precision/recall with and without actors, statements apart, and sentences with no event."""

    sentences: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[StatementMiss] = field(default_factory=list)

    def add(
        self, gold: list[GoldEvent], predicted: list[Event], where: tuple[str, int, str] | None = None
    ) -> None:
        """Count one sentence (``where``: statement id, sentence index and text, to list its misses)."""
        self.sentences += 1
        c = self.counts
        g = [e for e in gold if not e.cameo.startswith("01")]
        p = [e for e in predicted if e.cameo_root != "01"]
        c["gold"] += len(g)
        c["pred"] += len(p)
        matched = _pairs(g, p, True)
        if where is not None and (len(matched) < len(g) or len(matched) < len(p)):
            missed = [e for e in g if not any(e is m for m, _ in matched)]
            extra = [e for e in p if not any(e is m for _, m in matched)]
            self.errors.append(StatementMiss(*where, missed, extra))
        c["hit"] += len(matched)
        c["root_hit"] += len(_pairs(g, p, False))
        c["gold_01"] += len(gold) - len(g)
        c["pred_01"] += len(predicted) - len(p)
        c["hit_01"] += len(
            _pairs(
                [e for e in gold if e.cameo.startswith("01")],
                [e for e in predicted if e.cameo_root == "01"],
                True,
            )
        )
        for gold_event, event in matched:
            c["same_negation"] += gold_event.negated == event.negated or _absorbed(gold_event, event)
            c["same_modality"] += gold_event.modality == event.modality
            if gold_event.modality != "asserted":
                c["gold_unasserted"] += 1
                c["unasserted_as_asserted"] += event.modality == "asserted"
        if not g:
            c["empty"] += 1
            c["empty_ok"] += not p

    @staticmethod
    def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, Any]:
        """The figures as a dict (what ``--json`` prints)."""
        c = self.counts
        p, r, f = self._prf(c["hit"], c["pred"], c["gold"])
        rp, rr, rf = self._prf(c["root_hit"], c["pred"], c["gold"])
        sp, sr, _ = self._prf(c["hit_01"], c["pred_01"], c["gold_01"])
        return {
            "sentences": self.sentences,
            "events": {"gold": c["gold"], "predicted": c["pred"], "precision": p, "recall": r, "f1": f},
            "roots_only": {"precision": rp, "recall": rr, "f1": rf},
            "statements_01": {"gold": c["gold_01"], "predicted": c["pred_01"], "precision": sp, "recall": sr},
            "no_event_sentences": {
                "gold": c["empty"],
                "left_empty": c["empty_ok"],
                "share": c["empty_ok"] / c["empty"] if c["empty"] else 0.0,
            },
            "matched_events": {
                "count": c["hit"],
                "same_negation": c["same_negation"],
                "same_modality": c["same_modality"],
                "gold_not_asserted": c["gold_unasserted"],
                "coded_asserted": c["unasserted_as_asserted"],
            },
        }


def statement_document(statement: GoldStatement) -> tuple[Document, list[tuple[int, int]]]:
    """The statement as a document (one body sentence per line) and each gold sentence's character span."""
    spans: list[tuple[int, int]] = []
    text = ""
    for sentence in statement.sentences:
        start = len(text)
        text += sentence.text
        spans.append((start, len(text)))
        text += "\n"
    document = Document(
        id=f"statement-gold:{statement.id}",
        text=text,
        title=statement.title or None,
        date=statement.date,
        language="en",
        issuers=[Actor(name=name, text=name, via="issuer") for name in statement.issuers],
    )
    return document, spans


def score_statements(statements: list[GoldStatement], coder: Any) -> StatementScores:
    """Code every statement and pair its events with the gold, sentence by sentence."""
    scores = StatementScores()
    for statement in statements:
        document, spans = statement_document(statement)
        coded = coder.code_document(document)
        by_sentence: list[list[Event]] = [[] for _ in spans]
        for event in coded.events:
            for k, (start, end) in enumerate(spans):
                if start <= event.start < end:
                    by_sentence[k].append(event)
                    break
        for k, (sentence, predicted) in enumerate(zip(statement.sentences, by_sentence, strict=True)):
            scores.add(sentence.events, predicted, (statement.id, k, sentence.text))
    return scores


def format_statement_report(title: str, scores: StatementScores) -> str:
    """Plain-text report of one half."""
    s = scores.summary()
    e, r, st, ne = s["events"], s["roots_only"], s["statements_01"], s["no_event_sentences"]
    m = s["matched_events"]
    return "\n".join(
        [
            f"== {title}: {s['sentences']} sentences",
            f"events (root + source + target, CAMEO 01 apart): gold {e['gold']}, predicted {e['predicted']}",
            f"  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}",
            f"roots only: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}",
            f"statements (01): gold {st['gold']}, predicted {st['predicted']}, "
            f"P {st['precision']:.3f}  R {st['recall']:.3f}",
            f"sentences with no gold event left empty: {ne['left_empty']}/{ne['gold']}",
            f"matched events: negation agrees {m['same_negation']}/{m['count']}, modality agrees "
            f"{m['same_modality']}/{m['count']}; future, hypothetical or conditional in the gold but coded "
            f"asserted: {m['coded_asserted']}/{m['gold_not_asserted']}",
        ]
    )


def _gold_text(event: GoldEvent) -> str:
    return f"{event.cameo} {','.join(event.sources) or '-'} -> {','.join(event.targets) or '-'}"


def _coded_text(event: Event) -> str:
    sources = ",".join(a.code or "?" for a in event.sources) or "-"
    targets = ",".join(a.code or "?" for a in event.targets) or "-"
    return f"{event.cameo} {sources} -> {targets} ({event.pattern} on {event.trigger!r})"


def format_statement_errors(scores: StatementScores) -> str:
    """One block per sentence whose events do not pair with the gold: missed, coded in excess, the text."""
    out = []
    for miss in scores.errors:
        missed = "; ".join(_gold_text(e) for e in miss.missed) or "none"
        extra = "; ".join(_coded_text(e) for e in miss.extra) or "none"
        out.append(
            f"{miss.statement} sentence {miss.sentence_index + 1}: missed {missed} | extra {extra}\n"
            f"    {miss.text}"
        )
    return "\n".join(out)
