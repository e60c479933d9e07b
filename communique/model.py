"""Typed records shared by every pipeline stage.

ingest → nlp → actors → events → stance → store → api/web/cli: each stage is a plain function that takes
and returns these records. Offsets (``start``/``end``) are always character offsets into ``Document.text``.
Every record serialises to plain JSON-ready dicts with ``to_dict()``; ``from_dict()`` reads them back.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

Modality = Literal["asserted", "future", "hypothetical", "conditional", "question", "historical"]
StanceValue = Literal["support", "oppose", "neutral", "mixed"]

MODALITIES: tuple[str, ...] = ("asserted", "future", "hypothetical", "conditional", "question", "historical")
STANCE_VALUES: tuple[str, ...] = ("support", "oppose", "neutral", "mixed")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """``dataclasses.asdict``'s conversion of a value, with the same result, in a quarter of its time."""
    # asdict asks fields() again for every record and deep-copies every string and number: that cost more
    # than coding the record's stances (3.4% of the parse time when every document is written out). A deep
    # copy of a str, int, float, bool or None is the object itself; other values go the asdict way below.
    cls: Any = type(obj)
    if cls is str or cls is int or obj is None or cls is float or cls is bool:
        return obj
    if cls is list:
        return [_plain(v) for v in obj]
    names = _FIELD_NAMES.get(cls)
    if names is None and is_dataclass(cls):
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(cls))
    if names is not None:
        return {name: _plain(getattr(obj, name)) for name in names}
    # anything else as asdict does it
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return cls(*[_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return cls((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


@dataclass(slots=True)
class Sentence:
    """One sentence of a document, with its offsets into the document text."""

    index: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)


@dataclass(slots=True)
class Actor:
    """A mention of an actor, resolved to a CAMEO-style code where the dictionaries allow it.

    ``code`` is country (ISO alpha-3 or a pseudo-country such as ``IGO``) followed by sector codes, e.g.
    ``BLROPP``; it is ``None`` for an unresolved person or organisation, which is still reported.
    """

    name: str
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    text: str = ""
    start: int | None = None
    end: int | None = None
    sentence_index: int | None = None
    wikidata: str | None = None
    # How the mention was found: "entity", "noun_chunk", "pronoun" ("we" → issuers), "context"
    # ("the government" → most recent country), "issuer" (from the document's header or signature).
    via: str | None = None
    # Dictionary entry id that resolved the mention, for provenance.
    entry: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """Build from the JSON form, ignoring unknown keys."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["sectors"] = list(known.get("sectors") or [])
        return cls(**known)


@dataclass(slots=True)
class Event:
    """Who did what to whom in one sentence, with its evidence and the pattern that fired."""

    id: str
    sentence_index: int
    start: int
    end: int
    trigger: str
    sentence: str
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None = None
    plover_context: list[str] = field(default_factory=list)
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    reported_by: Actor | None = None
    pattern: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Build from the JSON form."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["sources"] = [Actor.from_dict(a) for a in known.get("sources") or []]
        known["targets"] = [Actor.from_dict(a) for a in known.get("targets") or []]
        rb = known.get("reported_by")
        known["reported_by"] = Actor.from_dict(rb) if rb else None
        known["plover_context"] = list(known.get("plover_context") or [])
        return cls(**known)


@dataclass(slots=True)
class Issue:
    """An issue a stance is about: a dictionary issue (``id`` set) or an ad-hoc one (``id`` None)."""

    id: str | None
    label: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)


@dataclass(slots=True)
class Evidence:
    """A sentence span that supports a stance, optionally tied to the event that carries it."""

    sentence_index: int
    start: int
    end: int
    text: str
    event_id: str | None = None
    polarity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)


@dataclass(slots=True)
class Stance:
    """One actor's position on one issue in one document, with the sentences that show it."""

    actor: Actor
    issue: Issue
    stance: str
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stance:
        """Build from the JSON form."""
        return cls(
            actor=Actor.from_dict(data["actor"]),
            issue=Issue(**data["issue"]),
            stance=data["stance"],
            confidence=float(data.get("confidence", 0.0)),
            evidence=[Evidence(**e) for e in data.get("evidence") or []],
        )


@dataclass(slots=True)
class Document:
    """A statement as ingested: clean text plus metadata. ``id`` is a hash of the normalised text."""

    id: str
    text: str
    external_id: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    issuers: list[Actor] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Build from the JSON form."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["issuers"] = [Actor.from_dict(a) for a in known.get("issuers") or []]
        known["sentences"] = [Sentence(**s) for s in known.get("sentences") or []]
        return cls(**known)


@dataclass(slots=True)
class CodedDocument:
    """The output of the pipeline for one document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``{"document", "actors", "events", "stances"}``."""
        return {
            "document": self.document.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "stances": [s.to_dict() for s in self.stances],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CodedDocument:
        """Build from the JSON form written by ``to_dict``."""
        return cls(
            document=Document.from_dict(data["document"]),
            actors=[Actor.from_dict(a) for a in data.get("actors") or []],
            events=[Event.from_dict(e) for e in data.get("events") or []],
            stances=[Stance.from_dict(s) for s in data.get("stances") or []],
        )


class CommuniqueError(Exception):
    """Base class of errors caused by user input; the CLI prints them as one line, never a traceback."""


class InputWarning(UserWarning):
    """A source was read but not fully: the document is kept, and the warning says what was lost."""


class InputError(CommuniqueError):
    """A source could not be read or understood; names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class DictionaryError(CommuniqueError):
    """A dictionary file is malformed; names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
