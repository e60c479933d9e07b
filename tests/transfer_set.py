"""Shared by the vocabulary transfer-set tests: sentence items checked for recall per PLOVER category
against floors (``NewsTransferSet``: test_vocabulary_s13, s17, s18, s19, news_s21; and test_vocabulary_s12),
and sets in the statement gold format scored by CAMEO root (s14, s15, s15b)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import GoldRecord, Prediction, actor_country, code_gold
from communique.events.statement_gold import load_statement_gold, score_statements

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


def wrong_senses(
    coder: Any, table: list[tuple[str, str, str | None, str | None, str]], prefix: str
) -> list[tuple[str, str | None, str | None]]:
    """The sentences of a session's senses table (kind "plover" or "not", category, CAMEO code the rule claims
    or None, source country or None, text) that miss: a wrong category, or a positive with another code."""
    items = [
        {key: name, "cameo": code or "0", "source": source, "text": text}
        for key, name, code, source, text in table
    ]
    return [
        (item["text"], p.category, p.event and p.event.cameo)
        for item, p, ok in code_items(coder, items, prefix)
        if not ok or ("plover" in item and not (p.event and p.event.cameo == item["cameo"]))
    ]


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


def check_news_items(items: list[dict[str, Any]], minimum: int) -> None:
    """A news-item set is well formed: enough items, unique texts, each with one of plover/not, a CAMEO code
    and a three-letter source or none."""
    assert len(items) >= minimum
    texts = [item["text"] for item in items]
    assert len(set(texts)) == len(texts)
    for item in items:
        assert ("plover" in item) != ("not" in item), item
        assert str(category(item)).split()[-1].isupper(), item
        assert str(item["cameo"]).isdigit(), item
        assert item["source"] is None or len(str(item["source"])) == 3, item


def check_statement_items(path: Path, min_texts: int, min_sentences: int) -> None:
    """A statement-format set is well formed: unique texts, enough of them, each construction's statement
    with at least ``min_sentences`` sentences."""
    statements = load_statement_gold(path)
    texts = [s.text for st in statements for s in st.sentences]
    assert len(texts) == len(set(texts)) >= min_texts
    assert all(len(st.sentences) >= min_sentences for st in statements)


def check_root_scores(path: Path, coder: Any, recall_floor: float, precision_floor: float) -> None:
    """Roots-only recall and precision of a statement-format set stay above the floors (the full figures are
    printed: pytest -s)."""
    summary = score_statements(load_statement_gold(path), coder).summary()
    print(summary["events"], summary["roots_only"], summary["no_event_sentences"])
    assert summary["roots_only"]["recall"] >= recall_floor
    assert summary["roots_only"]["precision"] >= precision_floor


def check_root_agreement(outcomes: list[Outcome]) -> None:
    """The main event's CAMEO root agrees with the expected code's on the positive items (printed)."""
    positive = [(item, p) for item, p, _ in outcomes if "plover" in item]
    same = sum(bool(p.event and p.event.cameo[:2] == str(item["cameo"])[:2]) for item, p in positive)
    print(f"root agreement {same}/{len(positive)}")
    assert positive


class NewsTransferSet:
    """The tests every news-style transfer set runs: its items well formed, recall per category over the
    floors, the main event's CAMEO root (printed). A test module subclasses it as ``TestTransferSet`` and
    sets the attributes."""

    items: list[dict[str, Any]]
    tag: str  # prefix of the records' ids
    minimum: int  # the fewest items the file may hold
    overall_floor: float
    category_floor: float

    @pytest.fixture(scope="class")
    @classmethod
    def outcomes(cls, coder: Any) -> list[Outcome]:
        """Code all items in one batch."""
        return code_items(coder, cls.items, cls.tag)

    def test_items_are_well_formed(self) -> None:
        """Every item has plover or not, a CAMEO code, a three-letter source or none, a unique text."""
        check_news_items(self.items, self.minimum)

    def test_recall_per_category(self, outcomes: list[Outcome]) -> None:
        """Recall stays above the floors; the per-category figures are printed (pytest -s)."""
        check_recall(outcomes, self.overall_floor, self.category_floor)

    def test_root_agreement(self, outcomes: list[Outcome]) -> None:
        """The main event's CAMEO root agrees with the expected code's on the positive items (printed)."""
        check_root_agreement(outcomes)
