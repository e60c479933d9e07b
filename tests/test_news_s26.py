"""Transfer set of session 26 (NW26): wire-news sentences grouped by the three largest miss classes of the
least-developed news halves that a general rule can reach: an intent whose promised act names whom it is for,
a mobilisation whose troops go to someone's border or territory, and arms, aid or forces told from the side of
what arrives.

Each item of tests/data/events/vocabulary-news-s26.yaml was written in our own words and committed before the
coder was run on it. The main event must have the expected PLOVER category and, when one is given, a source of
the expected country; ``not:`` items must not have that category. The positives' ``target`` lists the
countries the main event must be aimed at (checked apart: the transfer set checks sources only).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.events.evaluate import actor_country
from tests.transfer_set import NewsTransferSet, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s26.yaml"
# Measured: see the figures below once the coder has run.
OVERALL_FLOOR = 0.0
CATEGORY_FLOOR = 0.0

ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns26"
    minimum = 30
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


def wrong_targets(coder: Any) -> list[tuple[str, set[str]]]:
    """The positive items whose main event is not aimed at exactly the expected countries."""
    items = [item for item in ITEMS if "target" in item]
    wrong = []
    for item, prediction, _ in code_items(coder, items, "ns26t"):
        event = prediction.event
        got = {c for c in (actor_country(a) for a in (event.targets if event else [])) if c}
        if got != set(item["target"]):
            wrong.append((item["text"], got))
    return wrong


def test_targets(coder: Any) -> None:
    """The main event of each positive item is aimed at the expected countries."""
    wrong = wrong_targets(coder)
    assert not wrong, wrong
