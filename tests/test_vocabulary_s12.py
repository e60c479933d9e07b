"""Transfer set of session 12: our own sentences for the weak PLOVER categories, recall per category.

Each item of tests/data/events/vocabulary-s12.yaml was written before any pattern change, in the many ways
news and ministries say the act, so the set measures how far the dictionary carries over to wordings it was
not written from. The main event must have the expected PLOVER category and, when one is given, a source of
the expected country. Misses are allowed; recall must stay above a floor (overall and per category).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import Outcome, check_recall, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s12.yaml"
# Recall floors: overall, and for every category with at least ten items (a few points under the measured
# figures, so that a change that loses several items fails). Measured: session-start dictionaries 365/422 on
# the first three batches (0.865) and 568/676 on all ten (0.840); end of session 12: 608/676 (0.899), lowest
# category AGREE 48/59 (0.81).
OVERALL_FLOOR = 0.87
CATEGORY_FLOOR = 0.78


ITEMS = load_items(ITEMS_FILE)


@pytest.fixture(scope="module")
def outcomes(coder: Any) -> list[Outcome]:
    """Code all items in one batch."""
    return code_items(coder, ITEMS, "s12")


def test_items_are_well_formed() -> None:
    """Every item has a category, a three-letter source or none, and a unique text."""
    assert len(ITEMS) >= 650
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert str(item["plover"]).isupper(), item
        assert item["source"] is None or len(str(item["source"])) == 3, item


def test_recall_per_category(outcomes: list[Outcome]) -> None:
    """Recall stays above the floors; the per-category figures are printed (pytest -s)."""
    check_recall(outcomes, OVERALL_FLOOR, CATEGORY_FLOOR)
