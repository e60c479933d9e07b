"""Transfer set of session 13: news-wire sentences per CAMEO sub-code of the weak categories.

Each item of tests/data/events/vocabulary-s13.yaml was written before any pattern change of the session. The
main event must have the expected PLOVER category and, when one is given, a source of the expected country;
``not:`` items must not have that category. The expected CAMEO code is reported (pytest -s), not asserted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import GoldRecord, Prediction, actor_country, code_gold

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s13.yaml"
# Recall floors, a few points under the measured figures so that a change losing several items fails.
# Measured with the session-start dictionaries (and 184 -> COERCE): batch 1 141/163 (0.865); batches 1 and 2
# 213/265 (0.804), lowest category with ten items or more ASSAULT 25/35. After the session-13 patterns
# (coups, decreed emergencies, truces begun, media unblocked, weapons handover, prison terms, ...): 229/265
# (0.864), lowest AID 12/16. Batch 3 (70 older-wire items) written then: 291/335 (0.869) before its patterns,
# 296/335 (0.884) after. Batch 4 (32 items; three set to intent by the codebook): 321/367 (0.875) before its
# patterns, 327/367 (0.891) after.
OVERALL_FLOOR = 0.84
CATEGORY_FLOOR = 0.72


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()


def _category(item: dict[str, Any]) -> str:
    return str(item.get("plover") or f"not {item['not']}")


def _correct(item: dict[str, Any], prediction: Prediction) -> bool:
    """The main event has the expected category (or not the forbidden one) and the expected source."""
    if "not" in item:
        return prediction.category != item["not"]
    event = prediction.event
    if event is None or prediction.category != item["plover"]:
        return False
    return item["source"] is None or item["source"] in {actor_country(a) for a in event.sources}


@pytest.fixture(scope="module")
def outcomes(coder: Any) -> list[tuple[dict[str, Any], Prediction, bool]]:
    """Code all items in one batch; pair every item with its prediction and whether it is as expected."""
    records = [
        GoldRecord(
            id=f"s13-{n}", number=n, text=i["text"], category="", sources=[], targets=[], reciprocal=False
        )
        for n, i in enumerate(ITEMS, 1)
    ]
    return [
        (item, p, _correct(item, p)) for item, (_, p) in zip(ITEMS, code_gold(records, coder), strict=True)
    ]


def test_items_are_well_formed() -> None:
    """Every item has one of plover/not, a CAMEO code, a three-letter source or none, and a unique text."""
    assert len(ITEMS) >= 150
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert ("plover" in item) != ("not" in item), item
        assert str(_category(item)).split()[-1].isupper(), item
        assert str(item["cameo"]).isdigit(), item
        assert item["source"] is None or len(str(item["source"])) == 3, item


def test_recall_per_category(outcomes: list[tuple[dict[str, Any], Prediction, bool]]) -> None:
    """Recall stays above the floors; per-category recall and CAMEO code agreement are printed (pytest -s)."""
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    same_code: Counter[str] = Counter()
    for item, prediction, ok in outcomes:
        category = _category(item)
        total[category] += 1
        good[category] += ok
        same_code[category] += bool(prediction.event and prediction.event.cameo == item["cameo"])
    for category in sorted(total):
        print(
            f"{category:12} {good[category]:3}/{total[category]:3} {good[category] / total[category]:.2f}"
            f"  same CAMEO code {same_code[category]:3}"
        )
    overall = sum(good.values()) / sum(total.values())
    print(f"overall      {sum(good.values())}/{sum(total.values())} {overall:.3f}")
    assert overall >= OVERALL_FLOOR
    low = {c: good[c] / total[c] for c in total if total[c] >= 10 and good[c] / total[c] < CATEGORY_FLOOR}
    assert not low, low
