"""Transfer set of session 15's second wave: the roots the held-out statements found weakest (16 reduce
relations, 08 yield, 07 provide aid, 13 threaten).

tests/data/events/vocabulary-s15b.yaml is in the statement gold format (issuers, sentences, events); every
item was written before the wave's pattern changes, in our own words. It is scored like the statement sets, by
CAMEO root (the actors are the resolver's and roles' business; their figures are printed, not asserted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import check_root_scores, check_statement_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s15b.yaml"
# Measured (roots only). Batch 1 (30 sentences) on the code before the wave (8f4d8d3): recall 20/31 (0.645),
# precision 0.769; with batch 1's patterns (consulate closures ordered 161, decrees withdrawn 0832, runoff
# results accepted, people allowed to return 081): recall 0.710, precision 0.815. What stays missed is mostly
# roles' (agentless passives "is suspended", "would be stopped", "will be allowed to return"; an ability
# "has not been able to bring relief" lends no actor; "the agency" is no actor).
# Batches 1-2 (40 sentences) on batch 1's code (48c865d): recall 0.694, precision 0.781; with batch 2's
# patterns (a kind of act rejected in principle is no rejection, projects put on hold 160): 0.722, 0.839.
# Batches 1-3 (50 sentences) on batch 2's code (d74059a): recall 0.630, precision 0.784; with batch 3's
# ("targeted measures" weighed 1312; "will not be long in coming" 130, the matcher letting an adjective see
# the gerund the parser hangs on its copula; relief kits, parcels, rations 073): 0.761, 0.814.
# Batches 1-4 (54 sentences) on batch 3's code (622d41a): recall 0.720, precision 0.766; with batch 4's
# ("stands ready to adopt restrictive measures" is 1312, no longer the assurance 030): 0.780, 0.830.
# Floors between the figures before and after, so that the patterns' loss fails the test.
ROOT_RECALL_FLOOR = 0.74
ROOT_PRECISION_FLOOR = 0.80


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=30, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)
