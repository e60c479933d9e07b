"""Score the event coder against the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.json``).

The gold file is read at run time from wherever the user keeps it; nothing of it is stored in the repo.
Its categories are PLOVER 0.5b1: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE and FIGHT→ASSAULT
bring them to the current ontology. Each gold record is one sentence coded with one event, so for every
sentence communique's *main* event is compared:

- event-type accuracy: the main event's PLOVER category equals the gold category (no event = wrong);
- triples: (source country, category, target country) for every source × target of the main event, both
  directions for reciprocal actors ("A and B agreed"), compared as sets per sentence → precision/recall/F1.

The main event is, among events with a PLOVER category other than a statement (CAMEO 01, which PLOVER lacks),
the one whose trigger stands highest in the dependency tree (it heads the main clause; reported and
subordinate events sit below it), then an asserted (or historical) one before a
future/hypothetical/conditional one, then the first in the sentence. A light or generic verb
(grammar.yaml ``light_verbs``: give, make, hold, take, launch, hit ...) yields to an event noun in its object:
in "Japan gave 50 million dollars in economic aid" or "Germany made an offer of loans" the noun says what
happened, so the noun's event takes the verb's place.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from communique.actors import resolve_actors
from communique.actors.keys import country_key
from communique.events.coder import code_events
from communique.model import CodedDocument, CommuniqueError, Document, Event, InputError
from communique.nlp import parse_documents
from communique.nlp.view import release_view

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NONE = "(none)"
MAX_GOLD_BYTES = 50_000_000
MAX_DEPTH = 64


@dataclass
class GoldRecord:
    """One gold sentence with its event category and actor countries."""

    id: str
    number: int
    text: str
    category: str
    sources: list[str]
    targets: list[str]
    reciprocal: bool
    cameo: str | None = None  # probe sets carry the gold CAMEO code; the PLOVER GSR file does not

    def triples(self) -> set[tuple[str, str, str]]:
        """The gold (source, category, target) triples."""
        return make_triples(self.sources, self.category, self.targets, self.reciprocal)


@dataclass
class Prediction:
    """communique's main event for one gold sentence."""

    category: str
    triples: set[tuple[str, str, str]]
    event: Event | None
    events: list[Event] = field(default_factory=list)


def make_triples(
    sources: list[str], category: str, targets: list[str], reciprocal: bool
) -> set[tuple[str, str, str]]:
    """Expand source × target; reciprocal actors are each other's targets, never their own."""
    out: set[tuple[str, str, str]] = set()
    srcs = sorted(set(sources))
    tgts = sorted(set(targets))
    # "A and B met" may be coded with no target or with the same actors as targets ("each to the other"):
    # either way the pairs are A->B and B->A, not the self-pairs a plain product would add.
    if (not tgts or tgts == srcs) and reciprocal and len(srcs) > 1:
        for a in srcs:
            for b in srcs:
                if a != b:
                    out.add((a, category, b))
        return out
    for s in srcs or [NONE]:
        for t in tgts or [NONE]:
            if s == NONE and t == NONE:
                continue
            out.add((s, category, t))
    return out


def _codes(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    out = []
    for actor in value:
        if isinstance(actor, dict) and actor.get("code"):
            # the gold file's typos of ISO alpha-3 (JAP, ITL, VTN) and CAMEO's Kosovo are ours (actors.keys)
            out.append(country_key(str(actor["code"])))
    return out


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read the PLOVER GSR JSON file (skipping its DOCUMENT record)."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_GOLD_BYTES:
            raise InputError(str(p), "file too large for a gold-standard file")
        raw = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(p), f"cannot read: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"not a JSON file: {exc}") from exc
    if not isinstance(raw, list):
        raise InputError(str(p), "expected a JSON array of PLOVER records")
    records: list[GoldRecord] = []
    for item in raw:
        if not isinstance(item, dict) or item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        rid = str(item.get("id", ""))
        m = re.search(r"(\d+)$", rid)
        markup = item.get("textInfo")
        markup_text = markup.get("markup", "") if isinstance(markup, dict) else str(markup or "")
        category = str(item["event"]).upper()
        records.append(
            GoldRecord(
                id=rid,
                number=int(m.group(1)) if m else len(records) + 1,
                text=str(item["text"]).strip(),
                category=OLD_TO_NEW.get(category, category),
                sources=_codes(item.get("source")),
                targets=_codes(item.get("target")),
                reciprocal="SRC/TAR" in markup_text,
            )
        )
    if not records:
        raise CommuniqueError(f"{p}: no PLOVER event records found")
    return records


PLOVER_CATEGORIES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT"}
    | {"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
# CAMEO 01 statements have no PLOVER category; in probe sets they are scored under this label.
STATEMENT = "STATEMENT"
MAX_PROBE_BYTES = 5_000_000
PROBE_KEYS = frozenset({"id", "cameo", "plover", "source", "target", "negated", "modality", "text", "note"})


def _probe_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("probes-*.yaml"))
        if not files:
            raise InputError(str(path), "no probes-*.yaml files in this directory")
        return files
    return [path]


def read_gold_yaml(file: Path, max_bytes: int, what: str) -> Any:
    """A gold YAML file's content; unreadable, oversized or non-YAML files are an InputError naming it."""
    import yaml

    where = str(file)
    try:
        if file.stat().st_size > max_bytes:
            raise InputError(where, f"file too large for {what}")
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from exc
    except yaml.MarkedYAMLError as exc:
        # One line, file:line:column as compilers print it; PyYAML's own text spans several lines and names
        # the string it was given ("<unicode string>"), not the file.
        raise InputError(_yaml_place(where, exc), f"not a YAML file: {_yaml_problem(exc)}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(where, f"not a YAML file: {' '.join(str(exc).split())}") from exc


def _yaml_place(where: str, exc: Any) -> str:
    """``file:line:column`` of a YAML syntax error (1-based), or the file alone when PyYAML gives no mark."""
    mark = exc.problem_mark or exc.context_mark
    return f"{where}:{mark.line + 1}:{mark.column + 1}" if mark is not None else where


def _yaml_problem(exc: Any) -> str:
    """What PyYAML found, then the construct it was reading and where it began, on one line."""
    problem = " ".join(str(exc.problem or exc.context or "syntax error").split())
    if exc.problem and exc.context:
        start = exc.context_mark
        at = f" at {start.line + 1}:{start.column + 1}" if start is not None else ""
        problem += f" ({exc.context}{at})"
    return problem


def load_probes(path: str | Path) -> list[GoldRecord]:
    """Read communique's own probe sets (``tests/data/events/probes-*.yaml``; a file or their directory).

    Each item: ``id`` (``p<root>-<nnn>``; the number's parity chooses the half), ``cameo``, ``plover`` (one of
    the 16 categories, or null for a CAMEO 01 statement), ``source``/``target`` (lists of ``{code, sector}``),
    ``text``; ``negated``, ``modality``, ``note`` are optional. Problems are reported with file and item.
    """
    records: list[GoldRecord] = []
    seen: set[str] = set()
    for file in _probe_files(Path(path)):
        where = str(file)
        raw = read_gold_yaml(file, MAX_PROBE_BYTES, "a probe set")
        items = raw.get("items") if isinstance(raw, dict) else None
        if not isinstance(items, list):
            raise InputError(where, "expected a mapping with an 'items:' list")
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise InputError(where, f"item {n}: expected a mapping")
            rid = str(item.get("id", f"item-{n}"))
            unknown = set(item) - PROBE_KEYS
            if unknown:
                raise InputError(where, f"{rid}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
            text = item.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputError(where, f"{rid}: missing text")
            plover = item.get("plover")
            category = STATEMENT if plover is None else str(plover).upper()
            if category != STATEMENT and category not in PLOVER_CATEGORIES:
                raise InputError(where, f"{rid}: unknown PLOVER category {plover!r}")
            m = re.search(r"(\d+)$", rid)
            if m is None:
                raise InputError(where, f"{rid}: the id must end with the item number")
            if rid in seen:
                raise InputError(where, f"{rid}: duplicate id")
            seen.add(rid)
            cameo = item.get("cameo")
            records.append(
                GoldRecord(
                    id=rid,
                    number=int(m.group(1)),
                    text=text.strip(),
                    category=category,
                    sources=_codes(item.get("source")),
                    targets=_codes(item.get("target")),
                    reciprocal=False,
                    cameo=str(cameo) if cameo is not None else None,
                )
            )
    if not records:
        raise CommuniqueError(f"{path}: no probe items found")
    return records


def _mapped_category(cameo: str) -> str | None:
    """communique's PLOVER category of a CAMEO code (STATEMENT for 01); None for an unknown code."""
    from communique.events.cameo import cameo_table

    entry = cameo_table().get(cameo) or cameo_table().get(cameo[:3])
    if entry is None:
        return None
    return entry.plover or STATEMENT


def select_half(records: list[GoldRecord], half: str) -> list[GoldRecord]:
    """Odd-numbered records are the development half, even-numbered ones are held out."""
    if half == "odd":
        return [r for r in records if r.number % 2 == 1]
    if half == "even":
        return [r for r in records if r.number % 2 == 0]
    return list(records)


def actor_country(actor: Any) -> str | None:
    """The country (or pseudo-country such as IGO) of an actor."""
    country = actor.country or (actor.code or "")[:3]
    return country.upper() if country else None


def _token_depth(token: Token) -> int:
    """Dependency arcs from the token up to its sentence root (at most MAX_DEPTH)."""
    depth = 0
    while token.head.i != token.i and depth < MAX_DEPTH:
        token = token.head
        depth += 1
    return depth


def clause_depth(sdoc: Doc | None, event: Event) -> int:
    """How many dependency arcs separate the event's trigger from the sentence root (0 = main verb)."""
    if sdoc is None:
        return 0
    span = sdoc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return MAX_DEPTH
    return min(_token_depth(token) for token in span)


def _trigger_token(sdoc: Doc | None, event: Event) -> Token | None:
    """The head token of the event's trigger span."""
    if sdoc is None:
        return None
    span = sdoc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# Prepositions through which a light verb carries an event noun: "gave $50 million in aid", "hit Belarus with
# sanctions", "took part in talks" (through a role or quantity head); not "warned against an intervention".
CARRYING_PREPS = frozenset({"in", "with", "of"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


def _carrier(noun: Token, light: frozenset[str]) -> Token | None:
    """The light verb whose object holds the noun, directly or through in/with/of (at most four arcs)."""
    token = noun
    for _ in range(4):
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "launched artillery, mortar and rocket fire"
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ in OBJECT_DEPS or (
            token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CARRYING_PREPS
        ):
            verb = head if token.dep_ in OBJECT_DEPS else head.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in light:
                return verb
            if token.dep_ in OBJECT_DEPS:
                return None
            token = verb  # "a new round of sanctions", "dozens of arrests": go on to the quantity head
            continue
        return None
    return None


def main_event(
    events: list[Event],
    sdoc: Doc | None = None,
    statements: bool = False,
    light_verbs: frozenset[str] = frozenset(),
) -> Event | None:
    """The event to compare with a one-event-per-sentence gold record: the one heading the main clause.

    A light verb's event yields to an event noun in its object ("gave aid", "made an offer of loans");
    ``light_verbs`` is the pattern set's list (``patterns.words("light_verbs")``), empty = no such rule.
    With ``statements`` a CAMEO 01 statement is the main event when nothing else was coded (probe sets score
    statements; the PLOVER GSR file has none)."""
    candidates = [e for e in events if e.plover and e.cameo_root != "01"]
    if not candidates and statements:
        candidates = [e for e in events if e.cameo_root == "01"]
    if not candidates:
        return None
    depths = [clause_depth(sdoc, e) for e in candidates]
    yielding: set[int] = set()
    if sdoc is not None and light_verbs:
        tokens = [_trigger_token(sdoc, e) for e in candidates]
        for n, noun in enumerate(tokens):
            if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            verb = _carrier(noun, light_verbs)
            if verb is None:
                continue
            # the noun takes its light verb's place in the clause; the verb's own event (if any) yields
            depths[n] = min(depths[n], _token_depth(verb))
            yielding.update(v for v, t in enumerate(tokens) if v != n and t is not None and t.i == verb.i)
    # The main clause's event (a carried noun before its light verb), then what happened before what is
    # requested or possible, then the first.
    order = sorted(
        range(len(candidates)),
        key=lambda i: (
            depths[i],
            i in yielding,
            candidates[i].modality not in {"asserted", "historical"},
            candidates[i].start,
            -candidates[i].confidence,
        ),
    )
    return candidates[order[0]]


def predict(
    coded: CodedDocument,
    sdoc: Doc | None = None,
    statements: bool = False,
    light_verbs: frozenset[str] = frozenset(),
) -> Prediction:
    """Turn a coded sentence into the prediction compared with the gold record."""
    event = main_event(coded.events, sdoc, statements, light_verbs)
    if event is None:
        return Prediction(NONE, set(), None, coded.events)
    sources = [c for c in (actor_country(a) for a in event.sources) if c]
    targets = [c for c in (actor_country(a) for a in event.targets) if c]
    category = event.plover or (STATEMENT if event.cameo_root == "01" else NONE)
    return Prediction(category, make_triples(sources, category, targets, True), event, coded.events)


def code_gold(
    records: list[GoldRecord], coder: Any, statements: bool = False
) -> Iterator[tuple[GoldRecord, Prediction]]:
    """Code every gold sentence (as a one-sentence document dated 2000-01-01) and predict its event."""

    def documents() -> Iterable[Document]:
        for r in records:
            yield Document(
                id=f"gsr:{r.id}:{r.number}", text=r.text, source=r.id, date="2000-01-01", language="en"
            )

    coder.load()
    parsed = parse_documents(documents(), coder.nlp, batch_size=coder.options.batch_size)
    for record, (document, sdoc) in zip(records, parsed, strict=True):
        # Only the actor and event stages are needed; the parse is kept to find the main clause.
        actors = resolve_actors(document, sdoc, coder.actor_dictionary)
        events = code_events(document, sdoc, actors, coder.patterns)
        coded = CodedDocument(document=document, actors=actors, events=events)
        prediction = predict(coded, sdoc, statements, coder.patterns.words("light_verbs"))
        release_view(sdoc)  # as the coder does: free the stages' parse view now, not at the next GC
        yield record, prediction


@dataclass
class Scores:
    """Accuracy, triple P/R/F1, per-category table and confusion matrix of one evaluation."""

    n: int = 0
    correct: int = 0
    cameo_n: int = 0  # records with a gold CAMEO code (probe sets)
    root_correct: int = 0
    # gold CAMEO code mapped to PLOVER by communique's table: recognition apart from mapping conventions
    mapped_correct: int = 0
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[tuple[GoldRecord, Prediction]] = field(default_factory=list)

    def add(self, record: GoldRecord, pred: Prediction) -> None:
        """Count one sentence."""
        self.n += 1
        ok = pred.category == record.category
        self.correct += ok
        if record.cameo:
            self.cameo_n += 1
            ev = pred.event
            self.root_correct += ev is not None and ev.cameo_root == record.cameo[:2]
            mapped = _mapped_category(record.cameo)
            self.mapped_correct += mapped is not None and pred.category == mapped
        gold = record.triples()
        self.tp += len(gold & pred.triples)
        self.n_pred += len(pred.triples)
        self.n_gold += len(gold)
        self.confusion[record.category][pred.category] += 1
        if not ok or gold != pred.triples:
            self.errors.append((record, pred))

    @property
    def accuracy(self) -> float:
        """Event-type accuracy per sentence."""
        return self.correct / self.n if self.n else 0.0

    @property
    def root_accuracy(self) -> float:
        """Share of records with a gold CAMEO code whose main event has the same CAMEO root."""
        return self.root_correct / self.cameo_n if self.cameo_n else 0.0

    @property
    def mapped_accuracy(self) -> float:
        """Event-type accuracy with communique's PLOVER mapping of the gold CAMEO code as gold."""
        return self.mapped_correct / self.cameo_n if self.cameo_n else 0.0

    @property
    def precision(self) -> float:
        """Triple precision."""
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """Triple recall."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Triple F1."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def per_category(self) -> list[dict[str, Any]]:
        """Rows: category, gold count, predicted count, correct, precision, recall."""
        predicted: Counter[str] = Counter()
        for row in self.confusion.values():
            predicted.update(row)
        rows = []
        for cat in sorted(set(self.confusion) | {c for c in predicted if c != NONE}):
            gold_n = sum(self.confusion.get(cat, Counter()).values())
            hit = self.confusion.get(cat, Counter()).get(cat, 0)
            rows.append(
                {
                    "category": cat,
                    "gold": gold_n,
                    "predicted": predicted.get(cat, 0),
                    "correct": hit,
                    "precision": round(hit / predicted[cat], 3) if predicted.get(cat) else 0.0,
                    "recall": round(hit / gold_n, 3) if gold_n else 0.0,
                }
            )
        return rows

    def summary(self) -> dict[str, Any]:
        """The JSON form of the scores."""
        return {
            "sentences": self.n,
            "event_type_accuracy": round(self.accuracy, 4),
            "triple_precision": round(self.precision, 4),
            "triple_recall": round(self.recall, 4),
            "triple_f1": round(self.f1, 4),
            **(
                {
                    "cameo_root_accuracy": round(self.root_accuracy, 4),
                    "mapped_event_type_accuracy": round(self.mapped_accuracy, 4),
                }
                if self.cameo_n
                else {}
            ),
            "per_category": self.per_category(),
            "confusion": {g: dict(row) for g, row in sorted(self.confusion.items())},
        }


def evaluate(records: list[GoldRecord], coder: Any, statements: bool = False) -> Scores:
    """Code and score a list of gold records (``statements``: CAMEO 01 is scored, as in probe sets)."""
    scores = Scores()
    for record, pred in code_gold(records, coder, statements):
        scores.add(record, pred)
    return scores


def format_report(title: str, scores: Scores) -> str:
    """Plain-text report: headline figures, per-category table, confusion matrix."""
    lines = [
        f"== {title}: {scores.n} sentences",
        f"event-type accuracy  {scores.accuracy:.3f}",
        f"triples  P {scores.precision:.3f}  R {scores.recall:.3f}  F1 {scores.f1:.3f}",
    ]
    if scores.cameo_n:
        lines.append(f"CAMEO root accuracy  {scores.root_accuracy:.3f}")
        lines.append(f"event-type accuracy, gold CAMEO mapped by cameo.yaml  {scores.mapped_accuracy:.3f}")
    lines += ["", f"{'category':<12}{'gold':>6}{'pred':>6}{'ok':>6}{'prec':>8}{'recall':>8}"]
    for row in scores.per_category():
        lines.append(
            f"{row['category']:<12}{row['gold']:>6}{row['predicted']:>6}{row['correct']:>6}"
            f"{row['precision']:>8.2f}{row['recall']:>8.2f}"
        )
    cats = sorted(set(scores.confusion) | {c for r in scores.confusion.values() for c in r})
    abbrev = {c: c[:5] for c in cats}
    lines += [
        "",
        "confusion (rows gold, columns predicted)",
        " " * 12 + "".join(f"{abbrev[c]:>6}" for c in cats),
    ]
    for g in sorted(scores.confusion):
        lines.append(f"{g:<12}" + "".join(f"{scores.confusion[g].get(c, 0) or '.':>6}" for c in cats))
    return "\n".join(lines)


def format_errors(scores: Scores) -> str:
    """One block per miss: id, gold and predicted category and triples, the sentence, the fired pattern."""
    out = []
    for record, pred in scores.errors:
        ev = pred.event
        fired = f"{ev.cameo} {ev.pattern!r} on {ev.trigger!r}" if ev else "no event"
        gold_code = f" {record.cameo}" if record.cameo else ""
        out.append(
            f"{record.id}: gold {record.category}{gold_code} {sorted(record.triples())} | "
            f"predicted {pred.category} {sorted(pred.triples)} | {fired}\n    {record.text}"
        )
    return "\n".join(out)
