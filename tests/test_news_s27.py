"""Transfer set of session 27 (NW27): wire-news sentences grouped by three general miss classes of the
development news halves: a threat or warning whose threatened act names whom it is aimed at, crowds that riot,
loot, burn, blockade or walk out, and a refusal of what another party asked, ruled or offered.

Each item of tests/data/events/vocabulary-news-s27.yaml was written in our own words and committed before the
coder was run on it. The main event must have the expected PLOVER category and, when one is given, a source of
the expected country; ``not:`` items must not have that category. The positives' ``target`` lists the
countries the main event must be aimed at (checked apart: the transfer set checks sources only).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.events.evaluate import actor_country
from tests.transfer_set import NewsTransferSet, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s27.yaml"
# Measured. Batch 1, 38 items (t01-t04, committed first) on the session's starting code (a9a939b): category
# and source 34/38 (THREATEN 12/12, PROTEST 8/12, near misses 4/4, REJECT 10/10), targets 25/34 (threats
# 9/12, crowds 9/12, refusals 7/10); with NW27's rules 35/38, targets 30/34 (threats 11/12, crowds 9/12,
# refusals 10/10). Batch 2 (8 items, t05, written after the rules): 8/8 before and after, targets 2/6 -> 6/6.
# Left: a riot in Brussels (the city names the EU) or in "the English town of" (no country), "coca growers"
# (no actor), "seize oil fields operated on behalf of Guyana" (no target through the participle).
OVERALL_FLOOR = 0.9
CATEGORY_FLOOR = 0.75
TARGET_FLOOR = 0.8

ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns27"
    minimum = 46
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


def wrong_targets(coder: Any) -> list[tuple[str, set[str]]]:
    """The positive items whose main event is not aimed at exactly the expected countries."""
    items = [item for item in ITEMS if "target" in item]
    wrong = []
    for item, prediction, _ in code_items(coder, items, "ns27t"):
        event = prediction.event
        got = {c for c in (actor_country(a) for a in (event.targets if event else [])) if c}
        if got != set(item["target"]):
            wrong.append((item["text"], got))
    return wrong


def test_targets(coder: Any) -> None:
    """The main events of the positive items are aimed at the expected countries, over the floor."""
    wrong = wrong_targets(coder)
    total = sum("target" in item for item in ITEMS)
    print(f"targets {total - len(wrong)}/{total}", wrong)
    assert (total - len(wrong)) / total >= TARGET_FLOOR, wrong
