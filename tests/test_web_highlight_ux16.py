"""The document page's highlighting on long statements (UX16): same pieces, in time linear in the text."""

from __future__ import annotations

import random
import time

from communique.model import Actor, CodedDocument, Document, Event, Sentence
from communique.web.highlight import segment


def _statement(n_sentences: int, seed: int = 1) -> CodedDocument:
    """A long statement with overlapping actor and event spans in every sentence."""
    rng = random.Random(seed)
    parts: list[str] = []
    sentences, actors, events = [], [], []
    at = 0
    for k in range(n_sentences):
        line = f"The Government of Canada strongly condemns the attack on the port of Ghana ({k})."
        sentences.append(Sentence(index=k, start=at, end=at + len(line), text=line))
        for word in (
            "The Government of Canada",
            "Government of Canada",
            "Canada",
            "the port of Ghana",
            "Ghana",
        ):
            start = at + line.index(word)
            actors.append(Actor(name=word, text=word, start=start, end=start + len(word), sentence_index=k))
        for trigger in ("strongly condemns", "condemns", "condemns the attack"):
            if rng.random() < 0.7:
                start = at + line.index(trigger)
                events.append(
                    Event(
                        id=f"e{len(events)}", sentence_index=k, start=start, end=start + len(trigger),
                        trigger=trigger, sentence=line, cameo="111", cameo_root="11",
                        cameo_name="Criticize", plover="ACCUSE",
                    )
                )  # fmt: skip
        parts.append(line)
        at += len(line) + 1
    text = "\n".join(parts)
    document = Document(id="long", text=text, sentences=sentences)
    return CodedDocument(document=document, actors=actors, events=events)


def _covering(spans, a: int, b: int) -> list[int]:
    return [i for i, (s, e) in enumerate(spans) if s <= a and b <= e]


def test_pieces_carry_exactly_the_spans_that_cover_them():
    coded = _statement(60, seed=4)
    event_spans = [(e.start, e.end) for e in coded.events]
    actor_spans = [(a.start, a.end) for a in coded.actors]
    pieces = [p for view in segment(coded) for p in view.pieces]
    assert "".join(p.text for p in pieces) == coded.document.text
    for piece in pieces:
        end = piece.start + len(piece.text)
        assert piece.events == _covering(event_spans, piece.start, end)
        assert piece.actors == _covering(actor_spans, piece.start, end)


def test_a_statement_of_2000_sentences_is_segmented_in_well_under_a_second():
    """Every piece was tested against every span: 1,081 sentences took 2 s of a 4 s page (UX16)."""
    coded = _statement(2000)
    # CPU time of this process, not wall time: on a loaded shared machine the wall clock measured other jobs
    # (2.18 s once for a segmentation that takes 0.1 s of CPU); the quadratic version took seconds of CPU.
    started = time.process_time()
    views = segment(coded)
    elapsed = time.process_time() - started
    assert len(views) >= 2000
    assert elapsed < 2.0, f"{elapsed:.2f} s"
