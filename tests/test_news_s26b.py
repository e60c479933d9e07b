"""Transfer set of session 26, second wave (NW26b): deployments told in the passive ("Turkish commandos were
sent into northern Syria") coded as the active voice is, and a contingent that arrives to reinforce a mission
"against" someone coded as aid (074).

Each item of tests/data/events/vocabulary-news-s26b.yaml was written in our own words and committed before the
coder was run on it. The main event must have the expected PLOVER category and, when one is given, a source of
the expected country; ``not:`` items must not have that category. ``target`` lists the countries the main
event must be aimed at; ``target_within`` (a deployment at home) the countries it may be aimed at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.events.evaluate import actor_country
from tests.transfer_set import NewsTransferSet, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s26b.yaml"
# Measured on the session's main (d10e066) before NW26b's rules: category and source 11/18 (passive
# deployments 1/8, contingents 5/5, near misses 5/5), targets of the 13 positives 4/13. With them: 16/18,
# targets 8/13 (passive deployments 7/8). Left: "Turkish commandos were sent ... to push back Kurdish
# fighters" is 074 as its active voice is ("back" of "push back" read as help); "a column of armoured
# vehicles" is no force in either voice; a contingent's target is the mission it helps ("the UN mission",
# "the Kenyan-led mission": EV18b's convention) rather than the place it arrives in, and Pemba is unknown.
OVERALL_FLOOR = 0.8
CATEGORY_FLOOR = 0.8
TARGET_FLOOR = 0.6

ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns26b"
    minimum = 18
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


def wrong_targets(coder: Any) -> list[tuple[str, set[str]]]:
    """The positive items whose main event is not aimed at the expected countries."""
    items = [item for item in ITEMS if "plover" in item]
    wrong = []
    for item, prediction, _ in code_items(coder, items, "ns26bt"):
        event = prediction.event
        got = {c for c in (actor_country(a) for a in (event.targets if event else [])) if c}
        if "target_within" in item:
            if not got <= set(item["target_within"]):
                wrong.append((item["text"], got))
        elif got != set(item["target"]):
            wrong.append((item["text"], got))
    return wrong


def test_targets(coder: Any) -> None:
    """The main events of the positive items are aimed at the expected countries, over the floor."""
    wrong = wrong_targets(coder)
    total = sum("plover" in item for item in ITEMS)
    print(f"targets {total - len(wrong)}/{total}", wrong)
    assert (total - len(wrong)) / total >= TARGET_FLOOR, wrong
