"""Transfer set of session 12: our own sentences for the weak PLOVER categories, recall per category.

Each item of tests/data/events/vocabulary-s12.yaml was written before any pattern change, in the many ways
news and ministries say the act, so the set measures how far the dictionary carries over to wordings it was
not written from. The main event must have the expected PLOVER category and, when one is given, a source of
the expected country. Misses are allowed; recall must stay above a floor (overall and per category).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import GoldRecord, Prediction, actor_country, code_gold

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s12.yaml"
# Recall floors: overall, and for every category with at least ten items (a few points under the measured
# figures, so that a change that loses several items fails). Measured: session-start dictionaries 365/422 on
# the first three batches (0.865) and 568/676 on all ten (0.840); end of session 12: 608/676 (0.899), lowest
# category AGREE 48/59 (0.81).
OVERALL_FLOOR = 0.87
CATEGORY_FLOOR = 0.78


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()


def _correct(item: dict[str, Any], prediction: Prediction) -> bool:
    """The main event has the expected category and, if one is expected, a source of that country."""
    event = prediction.event
    if event is None or prediction.category != item["plover"]:
        return False
    return item["source"] is None or item["source"] in {actor_country(a) for a in event.sources}


@pytest.fixture(scope="module")
def outcomes(coder: Any) -> list[tuple[dict[str, Any], bool]]:
    """Code all items in one batch; pair every item with whether it was coded as expected."""
    records = [
        GoldRecord(
            id=f"s12-{n}", number=n, text=i["text"], category="", sources=[], targets=[], reciprocal=False
        )
        for n, i in enumerate(ITEMS, 1)
    ]
    return [(item, _correct(item, p)) for item, (_, p) in zip(ITEMS, code_gold(records, coder), strict=True)]


def test_items_are_well_formed() -> None:
    """Every item has a category, a three-letter source or none, and a unique text."""
    assert len(ITEMS) >= 650
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert str(item["plover"]).isupper(), item
        assert item["source"] is None or len(str(item["source"])) == 3, item


def test_recall_per_category(outcomes: list[tuple[dict[str, Any], bool]]) -> None:
    """Recall stays above the floors; the per-category figures are printed (pytest -s)."""
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for item, ok in outcomes:
        total[item["plover"]] += 1
        good[item["plover"]] += ok
    for category in sorted(total):
        print(f"{category:9} {good[category]:3}/{total[category]:3} {good[category] / total[category]:.2f}")
    overall = sum(good.values()) / sum(total.values())
    print(f"overall   {sum(good.values())}/{sum(total.values())} {overall:.3f}")
    assert overall >= OVERALL_FLOOR
    low = {c: good[c] / total[c] for c in total if total[c] >= 10 and good[c] / total[c] < CATEGORY_FLOOR}
    assert not low, low
