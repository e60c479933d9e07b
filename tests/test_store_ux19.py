"""Counts by actor count events, not the mentions an event lists (UX19).

A joint statement of three offices that share one code (the opposition's office, council and management)
gives every event three sources of that code. ``stats --by actor`` counted 30 events for the 10 events of
that statement, and the actor page counted its targets three times. SQLite files and a real PostgreSQL
server (``db_url``).
"""

from __future__ import annotations

from communique.model import Actor, CodedDocument, Document, Event, Sentence
from communique.store import Corpus

TEXT = "The three offices condemned the government. They urged the government to stop. They met the envoy."


def _joint_statement() -> CodedDocument:
    offices = [Actor(name=name, code="XYZOPP", via="issuer") for name in ("Office", "Council", "Management")]
    sentences, events = [], []
    for index, (sentence, cameo, target) in enumerate(
        [
            ("The three offices condemned the government.", "111", "XYZGOV"),
            ("They urged the government to stop.", "020", "XYZGOV"),
            ("They met the envoy.", "040", "XYZGOV"),
        ]
    ):
        start = TEXT.index(sentence)
        sentences.append(Sentence(index=index, start=start, end=start + len(sentence), text=sentence))
        events.append(
            Event(
                id=f"ev-{index}",
                sentence_index=index,
                start=start,
                end=start + 3,
                trigger=sentence.split()[1],
                sentence=sentence,
                cameo=cameo,
                cameo_root=cameo[:2],
                cameo_name="x",
                plover={"111": "ACCUSE", "020": "REQUEST", "040": "CONSULT"}[cameo],
                sources=list(offices),
                # The target named twice in one event (a mention and its pronoun) is one target too.
                targets=[Actor(name="the government", code=target)] * 2,
            )
        )
    document = Document(
        id="joint-ux19",
        text=TEXT,
        title="Joint statement",
        date="2024-03-01",
        language="en",
        issuers=offices,
        sentences=sentences,
    )
    return CodedDocument(document=document, actors=list(offices), events=events)


def test_stats_by_actor_and_the_actor_page_count_events_once(db_url):
    corpus = Corpus(db_url)
    try:
        corpus.add(_joint_statement())
        by_actor = {row["key"]: row for row in corpus.stats("actor")}
        assert by_actor["XYZOPP"]["events"] == 3, by_actor["XYZOPP"]  # was 9
        assert by_actor["XYZOPP"]["as_source"] == 3 and by_actor["XYZOPP"]["as_target"] == 0
        assert by_actor["XYZGOV"]["events"] == 3 and by_actor["XYZGOV"]["as_target"] == 3  # was 6
        assert by_actor["XYZOPP"]["documents"] == 1
        assert sum(row["events"] for row in corpus.stats("event")) == 3

        page = corpus.actor("XYZOPP")
        assert page is not None
        assert page["events"] == 3  # was 9
        assert [(t["code"], t["count"]) for t in page["targets"]] == [("XYZGOV", 3)]  # was 18
        target = corpus.actor("XYZGOV")
        assert target is not None and target["events"] == 3
        assert [(t["code"], t["count"]) for t in target["targeted_by"]] == [("XYZOPP", 3)]
    finally:
        corpus.close()
