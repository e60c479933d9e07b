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
# Measured. Batch 1 (30 items, t01-t04, 8a21c29) on the session's starting code (e1fc6d1): category and
# source 22/30 (AGREE 8/8, MOBILIZE 8/9, AID 1/8, near misses 5/5), targets 11/25; with NW26's rules: 28/30,
# targets 20/25. Batch 2 (6 items, t05, written after the first rules) on them: 5/6 (the arms sent to
# Ukraine read as a threat, as before the rules), target 1/1. Batch 3 (8 items, t06, demands laid on states
# in general) before its rule: 2/8 (the near misses only); with it 7/8. All 44: 40 (0.909); targets 27/32.
# Left: "Turkish troops were sent into northern Iraq" (no 154 in the passive), a peacekeeping contingent that
# "landed" with no "help" word (a visit), "the Polish border" ("Polish" names no actor), "offered to host
# talks between A and B" (the parser's advcl), troops sent into a province or city at home (no domestic
# target for the army, as the statement gold codes it), "told the summit that industrialised nations had to
# pay" (no demand).
OVERALL_FLOOR = 0.9
CATEGORY_FLOOR = 0.85
TARGET_FLOOR = 0.8

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
    """The main events of the positive items are aimed at the expected countries, over the floor."""
    wrong = wrong_targets(coder)
    total = sum("target" in item for item in ITEMS)
    print(f"targets {total - len(wrong)}/{total}", wrong)
    assert (total - len(wrong)) / total >= TARGET_FLOOR, wrong
