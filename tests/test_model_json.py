"""Records' JSON form (``to_dict``): the same dicts as ``dataclasses.asdict``, which it replaced for speed."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from communique.model import Actor, CodedDocument, Document, Event, Evidence, Issue, Sentence, Stance
from communique.pipeline import default_coder


def _shape(value: Any) -> Any:
    """The value with every container's type spelled out, so that equal dicts of other types differ."""
    if isinstance(value, dict):
        return ("dict", [(k, _shape(v)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_shape(v) for v in value])
    return (type(value).__name__, value)


def _records() -> list[Any]:
    reporter = Actor(name="the ministry", code="FRAGOV", country="FRA", sectors=["GOV"], start=0, end=12)
    actor = Actor(name="Chile", code="CHL", country="CHL", text="Chile", start=4, end=9, sentence_index=0)
    event = Event(
        id="e1",
        sentence_index=0,
        start=0,
        end=30,
        trigger="praised",
        sentence="Chile praised the new harbour.",
        cameo="051",
        cameo_root="05",
        cameo_name="Praise or endorse",
        plover=None,
        plover_context=["diplomatic"],
        sources=[actor],
        reported_by=reporter,
        confidence=0.75,
    )
    evidence = Evidence(
        sentence_index=0, start=0, end=30, text="Chile praised the new harbour.", polarity="+"
    )
    issue = Issue(id=None, label="the new harbour")
    stance = Stance(actor=actor, issue=issue, stance="support", confidence=0.5, evidence=[evidence])
    document = Document(
        id="d1",
        text="Chile praised the new harbour.",
        date="2021-03-04",
        issuers=[reporter],
        sentences=[Sentence(index=0, start=0, end=30, text="Chile praised the new harbour.")],
    )
    return [reporter, actor, event, evidence, stance, stance.issue, document, document.sentences[0]]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_to_dict_is_asdict(record: Any) -> None:
    got = record.to_dict()
    assert _shape(got) == _shape(dataclasses.asdict(record))
    # a new dict all the way down: changing it leaves the record as it was
    before = json.dumps(got, sort_keys=True)
    for value in got.values():
        if isinstance(value, list):
            value.clear()
    assert json.dumps(record.to_dict(), sort_keys=True) == before


def test_coded_document_to_dict_is_asdict() -> None:
    coded = default_coder().code_document(
        Document(
            id="x",
            text="The Foreign Ministry of Peru strongly condemned the shelling of the port by rebel forces. "
            "Peru and Ecuador agreed to resume talks on the border next week.",
            date="2024-05-06",
        )
    )
    assert isinstance(coded, CodedDocument) and coded.events
    want = {
        "document": dataclasses.asdict(coded.document),
        "actors": [dataclasses.asdict(a) for a in coded.actors],
        "events": [dataclasses.asdict(e) for e in coded.events],
        "stances": [dataclasses.asdict(s) for s in coded.stances],
    }
    assert _shape(coded.to_dict()) == _shape(want)


def test_other_values_go_the_asdict_way() -> None:
    # values no record holds today (a tuple, a dict, a set) are converted as asdict converts them
    actor = Actor(name="x", sectors=("GOV", "MIL"))  # type: ignore[arg-type]
    actor.wikidata = {"Q1": ["a"]}  # type: ignore[assignment]
    actor.entry = {"kept"}  # type: ignore[assignment]
    got, want = actor.to_dict(), dataclasses.asdict(actor)
    assert _shape(got) == _shape(want)
    assert got["entry"] == {"kept"} and got["entry"] is not actor.entry
