"""Transfer set of session 19 (VC19): wire-news sentences of the categories the held-out news half loses
(accusations and investigations, retreat, concessions, aid, consultation, coercion against assault, sanctions,
support) and the clause shapes that lose an event (a nominal act carried by "carried out" or "staged", a
participle, a relative clause, coordinated verbs, a passive with its agent).

Each item of tests/data/events/vocabulary-s19.yaml was written in our own words before any miss of the session
was looked at and before the session's rule changes. The main event must have the expected PLOVER category
and, when one is given, a source of the expected country; ``not:`` items must not have that category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import Outcome, check_news_items, check_recall, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s19.yaml"
# Measured. As first written (110 items, d01-d13; 104 positive, 6 near-misses) on the session's starting code
# (2d36d56): 95/110 (0.864). Batch 2 (42 items, d14-d20: the same categories in longer wire sentences) on the
# same code, before any change: 30/42 (one item first written with SRB for the Yugoslav president was given YUG,
# the convention of the actor dictionary, before the run that counts); both batches 125/152 (0.822).
OVERALL_FLOOR = 0.80
CATEGORY_FLOOR = 0.0


ITEMS = load_items(ITEMS_FILE)


@pytest.fixture(scope="module")
def outcomes(coder: Any) -> list[Outcome]:
    """Code all items in one batch."""
    return code_items(coder, ITEMS, "s19")


def test_items_are_well_formed() -> None:
    """Every item has one of plover/not, a CAMEO code, a three-letter source or none, and a unique text."""
    check_news_items(ITEMS, 100)


def test_recall_per_category(outcomes: list[Outcome]) -> None:
    """Recall stays above the floors; the per-category figures are printed (pytest -s)."""
    check_recall(outcomes, OVERALL_FLOOR, CATEGORY_FLOOR)


def test_root_agreement(outcomes: list[Outcome]) -> None:
    """The main event's CAMEO root agrees with the expected code's on the positive items (printed)."""
    positive = [(item, p) for item, p, _ in outcomes if "plover" in item]
    same = sum(bool(p.event and p.event.cameo[:2] == str(item["cameo"])[:2]) for item, p in positive)
    print(f"root agreement {same}/{len(positive)}")
    assert positive
