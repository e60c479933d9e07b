"""The blind news-sentence sets (tests/data/events/news-s18.yaml ... news-s27.yaml): event type
and triples on both halves.

Each holds 160 one-event news sentences in the style of the CAMEO manual's examples (the PLOVER GSR set's
style), with the GSR's category proportions, written by a writer who saw neither the coder nor ../shared (s18:
NW18, e7d1d97 and d961772; s19: NW19, 714a1f5 and d1a114d, told to avoid the verbs s18's writer was given;
s20: NW20, 2f44749 and aea6c06, told to avoid those verbs and the ones earlier writers would use instead;
s21: NW21, f6bf902, told to use the over-used verbs rarely and lean on idioms, nominalisations and passives;
s22: NW22, 23f48e2, told the same, with PLOVER 2021's RETREAT for releases, eased sanctions and access
(084-086) and COERCE for blockades and occupations (191, 192); s23: NW23, 6c6dbe0, told the same and to
use the over-used verbs at most a few times each; s24: NW24, 7a42bcc, told the same, with CAMEO 01 statements
kept, PLOVER null, about a tenth of the set; s26: NB26, session 26, the same brief, told to vary countries,
voice, nominalisations, attributions and negation; s27: NB27, session 27, the same brief, told to vary regions,
actor kinds and structures; there is no s25).
The odd items are development material; the even ones are held out: this test prints only their aggregates.
First runs, on each session's starting rules:
- s18 (3c86ccb): odd half event-type accuracy 0.887, triple F1 0.788; even half 0.850 and 0.617;
- s19 (2d36d56): odd half 0.775 and 0.575; even half 0.900 and 0.690;
- s20 (e66a466): odd half 0.750 and 0.663; even half 0.825 and 0.614;
- s21 (d24823d): odd half 0.762 and 0.630; even half 0.750 and 0.580;
- s22 (e572c9f): odd half 0.800 and 0.662; even half 0.838 and 0.702;
- s23 (4fd1a8b): odd half 0.713 and 0.442; even half 0.700 and 0.471;
- s24 (184657a): odd half 0.650 and 0.524; even half 0.688 and 0.497;
- s26 (39db804): odd half 0.775 and 0.557; even half 0.775 and 0.599;
- s27 (926c541, the rules of a9a939b): odd half 0.812 and 0.644; even half 0.725 and 0.565.
The floors are regression guards from those runs, with two sentences of slack, not the targets (issue 4:
>= 0.80 and >= 0.60 on held-out news, gap under 0.08).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.events.evaluate import PLOVER_CATEGORIES, STATEMENT, evaluate, load_probes, select_half

DATA = Path(__file__).resolve().parent / "data" / "events"
FLOORS = {
    "s18": {"odd": {"accuracy": 0.887, "f1": 0.788}, "even": {"accuracy": 0.850, "f1": 0.617}},
    "s19": {"odd": {"accuracy": 0.775, "f1": 0.575}, "even": {"accuracy": 0.900, "f1": 0.690}},
    "s20": {"odd": {"accuracy": 0.750, "f1": 0.663}, "even": {"accuracy": 0.825, "f1": 0.614}},
    "s21": {"odd": {"accuracy": 0.762, "f1": 0.630}, "even": {"accuracy": 0.750, "f1": 0.580}},
    "s22": {"odd": {"accuracy": 0.800, "f1": 0.662}, "even": {"accuracy": 0.838, "f1": 0.702}},
    "s23": {"odd": {"accuracy": 0.713, "f1": 0.442}, "even": {"accuracy": 0.700, "f1": 0.471}},
    "s24": {"odd": {"accuracy": 0.650, "f1": 0.524}, "even": {"accuracy": 0.688, "f1": 0.497}},
    "s26": {"odd": {"accuracy": 0.775, "f1": 0.557}, "even": {"accuracy": 0.775, "f1": 0.599}},
    "s27": {"odd": {"accuracy": 0.812, "f1": 0.644}, "even": {"accuracy": 0.725, "f1": 0.565}},
}
SLACK = 0.03  # two sentences of 80: a parser or dictionary change elsewhere may move a borderline item


def _news(name: str):
    return load_probes(DATA / f"news-{name}.yaml")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def news_scores(request, coder):
    records = _news(request.param)
    scores = {half: evaluate(select_half(records, half), coder, statements=True) for half in ("odd", "even")}
    return request.param, scores


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_news_set_is_well_formed(name):
    records = _news(name)
    assert len(records) == 160 and len({r.id for r in records}) == 160
    assert {r.category for r in records} <= {*PLOVER_CATEGORIES, STATEMENT}
    assert all(r.cameo for r in records)
    # an act by an unidentified perpetrator has no source; nearly every item names one
    assert sum(not r.sources for r in records) <= 3
    halves = [select_half(records, h) for h in ("odd", "even")]
    assert [len(h) for h in halves] == [80, 80]


@pytest.mark.parametrize("half", ["odd", "even"])
def test_news_accuracy_does_not_regress(news_scores, half):
    name, by_half = news_scores
    scores = by_half[half]
    print(
        f"\nnews {name}, {half} half ({scores.n} items): event-type accuracy {scores.accuracy:.3f}, "
        f"CAMEO root {scores.root_accuracy:.3f}, triple F1 {scores.f1:.3f}"
    )
    floor = FLOORS[name][half]
    assert scores.accuracy >= floor["accuracy"] - SLACK
    assert scores.f1 >= floor["f1"] - SLACK
