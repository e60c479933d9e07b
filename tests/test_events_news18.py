"""The blind news-sentence set of the eighteenth session (tests/data/events/news-s18.yaml): event type and
triples on both halves.

160 one-event news sentences in the style of the CAMEO manual's examples (the PLOVER GSR set's style), with
the GSR's category proportions, written by a writer who saw neither the coder nor ../shared (NW18, e7d1d97 and
d961772). The odd items are development material; the even ones are held out: this test prints only their
aggregates. First run, on the session's starting rules (3c86ccb): odd half event-type accuracy 0.887, triple
F1 0.788; even half 0.850 and 0.617 (the gap 0.037). The floors are regression guards from that run, with one
or two sentences of slack, not the targets (issue 4: >= 0.80 and >= 0.60 on held-out news, gap under 0.08).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.events.evaluate import PLOVER_CATEGORIES, evaluate, load_probes, select_half

NEWS = Path(__file__).resolve().parent / "data" / "events" / "news-s18.yaml"
FLOORS = {"odd": {"accuracy": 0.887, "f1": 0.788}, "even": {"accuracy": 0.850, "f1": 0.617}}
SLACK = 0.03  # two sentences of 80: a parser or dictionary change elsewhere may move a borderline item


@pytest.fixture(scope="module")
def news_scores(coder):
    records = load_probes(NEWS)
    return {half: evaluate(select_half(records, half), coder, statements=True) for half in ("odd", "even")}


def test_news_set_is_well_formed():
    records = load_probes(NEWS)
    assert len(records) == 160 and len({r.id for r in records}) == 160
    assert {r.category for r in records} <= set(PLOVER_CATEGORIES)
    assert all(r.cameo and r.sources for r in records)
    halves = [select_half(records, h) for h in ("odd", "even")]
    assert [len(h) for h in halves] == [80, 80]


@pytest.mark.parametrize("half", ["odd", "even"])
def test_news_accuracy_does_not_regress(news_scores, half):
    scores = news_scores[half]
    print(
        f"\nnews s18, {half} half ({scores.n} items): event-type accuracy {scores.accuracy:.3f}, "
        f"CAMEO root {scores.root_accuracy:.3f}, triple F1 {scores.f1:.3f}"
    )
    floor = FLOORS[half]
    assert scores.accuracy >= floor["accuracy"] - SLACK
    assert scores.f1 >= floor["f1"] - SLACK
