"""Transfer set of session 17 (VC17): news-wire and statement shapes of the classes the development GSR
half and statement sets lose by class: harms named through a quantity noun ("a series of raids"), a country
taken to court over a border, armed forces evacuated and offensives called off, solidarity with a state or its
leader, armed forces on alert, resignations (CONCEDE, guarded), standing by one's own decision, warnings that
blame, calls to rise against a party, verbal attacks, armed confrontations, humanitarian pauses, states of
siege lifted and parties given legal status.

Each item of tests/data/events/vocabulary-s17.yaml was written before the session's pattern changes. The main
event must have the expected PLOVER category and, when one is given, a source of the expected country;
``not:`` items must not have that category. The expected CAMEO code is reported (pytest -s), not asserted.
"""

from __future__ import annotations

from pathlib import Path

from tests.transfer_set import NewsTransferSet, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s17.yaml"
# Measured. Batch 1 (40 items, groups c01-c06) on the session's starting code (4fde93a): 24/40 (0.600;
# ACCUSE 5/9, RETREAT 1/6, SUPPORT 1/4, MOBILIZE 1/4, one near-miss MOBILIZE coded); with batch 1's changes
# (the matcher finds the noun a quantity noun counts, "a series of raids", and a title before a name,
# "President X"; the copula "be" triggers; 115 over 192 with a court; armed forces evacuated, offensives
# called off, military missions ended, 087/0871; solidarity with a kingdom, republic or minister, 051; "on
# alert" with armed doers only, 152): 39/40 (0.975; the miss: "the Guyana Defence Force" has no MIL sector).
# Batches 1-2 (64 items; c07-c10) on batch 1's code (154537e): 50/64 (0.781); with batch 2's (standing by
# one's decision to act is no 124 and no 051; calls to rise, revolt or close ranks against a party, 113;
# "attack" with a plan, programme, report or accord, 111): 59/64 (0.922). The four c08 items (a warning whose
# content is blame, 112 rather than 130) wait for the coder (VC17-requests.md).
# Batches 1-3 (74 items; c11-c12) on batch 2's code (1a3c16f): 62/74 (0.838); with batch 3's (armed or
# military confrontations between forces are 190, as clashes are; a humanitarian pause agreed, declared or
# observed is a truce, 0871; armed doers who "left six soldiers dead" leave no place, no 087): 69/74 (0.932).
# Batches 1-4 (84 items; c13-c14) on batch 3's code (cb934cd): 71/84 (0.845); with batch 4's (a state of siege
# lifted or ended is 0814, not 0872; legal status or recognition granted to a party or union is 0812, not
# 075): 78/84 (0.929).
OVERALL_FLOOR = 0.85
CATEGORY_FLOOR = 0.0


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "s17"
    minimum = 84
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR
