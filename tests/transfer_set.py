"""Shared by the vocabulary transfer-set tests (test_vocabulary_s12, test_vocabulary_s13): load the items,
code them in one batch, and check recall per PLOVER category against floors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from communique.events.evaluate import GoldRecord, Prediction, actor_country, code_gold

Outcome = tuple[dict[str, Any], Prediction, bool]


def load_items(path: Path) -> list[dict[str, Any]]:
    """The items of a transfer-set file."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["items"])


def category(item: dict[str, Any]) -> str:
    """The item's expected category, or "not X" for an item that must not be coded X."""
    return str(item.get("plover") or f"not {item['not']}")


def correct(item: dict[str, Any], prediction: Prediction) -> bool:
    """The main event has the expected category (or not the forbidden one) and the expected source."""
    if "not" in item:
        return prediction.category != item["not"]
    event = prediction.event
    if event is None or prediction.category != item["plover"]:
        return False
    return item["source"] is None or item["source"] in {actor_country(a) for a in event.sources}


def bare_records(texts: list[str], prefix: str) -> list[GoldRecord]:
    """Gold records that carry only their text, to code sentences in one batch with ``code_gold``."""
    return [GoldRecord(f"{prefix}-{n}", n, text, "", [], [], False) for n, text in enumerate(texts, 1)]


def code_items(coder: Any, items: list[dict[str, Any]], prefix: str) -> list[Outcome]:
    """Code all items in one batch; pair every item with its prediction and whether it is as expected."""
    coded = code_gold(bare_records([i["text"] for i in items], prefix), coder)
    return [(item, p, correct(item, p)) for item, (_, p) in zip(items, coded, strict=True)]


def check_recall(outcomes: list[Outcome], overall_floor: float, category_floor: float) -> None:
    """Print recall per category (and agreement of the CAMEO code where items give one); assert the floors:
    overall, and for every category with ten items or more."""
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    same_code: Counter[str] = Counter()
    for item, prediction, ok in outcomes:
        name = category(item)
        total[name] += 1
        good[name] += ok
        same_code[name] += bool(prediction.event and prediction.event.cameo == str(item.get("cameo")))
    for name in sorted(total):
        print(
            f"{name:12} {good[name]:3}/{total[name]:3} {good[name] / total[name]:.2f}"
            f"  same CAMEO code {same_code[name]:3}"
        )
    overall = sum(good.values()) / sum(total.values())
    print(f"overall      {sum(good.values())}/{sum(total.values())} {overall:.3f}")
    assert overall >= overall_floor
    low = {c: good[c] / total[c] for c in total if total[c] >= 10 and good[c] / total[c] < category_floor}
    assert not low, low
