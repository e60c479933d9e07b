"""Transfer set of session 21 (NV21): wire-news sentences of the categories the held-out GSR half loses
(retreat, concessions, aid, consultation, accusations and investigations, and the sanction / coercion /
assault boundary).

Each item of tests/data/events/vocabulary-news-s21.yaml was written in our own words before any miss of the
session was looked at and before the session's rule changes. The main event must have the expected PLOVER
category and, when one is given, a source of the expected country; ``not:`` items must not have that
category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import (
    Outcome,
    check_news_items,
    check_recall,
    check_root_agreement,
    code_items,
    load_items,
)

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s21.yaml"
# Measured: see the floors.
OVERALL_FLOOR = 0.0
CATEGORY_FLOOR = 0.0


ITEMS = load_items(ITEMS_FILE)


@pytest.fixture(scope="module")
def outcomes(coder: Any) -> list[Outcome]:
    """Code all items in one batch."""
    return code_items(coder, ITEMS, "ns21")


def test_items_are_well_formed() -> None:
    """Every item has one of plover/not, a CAMEO code, a three-letter source or none, and a unique text."""
    check_news_items(ITEMS, 130)


def test_recall_per_category(outcomes: list[Outcome]) -> None:
    """Recall stays above the floors; the per-category figures are printed (pytest -s)."""
    check_recall(outcomes, OVERALL_FLOOR, CATEGORY_FLOOR)


def test_root_agreement(outcomes: list[Outcome]) -> None:
    """The main event's CAMEO root agrees with the expected code's on the positive items (printed)."""
    check_root_agreement(outcomes)
