"""Transfer set of session 15: commitments to work with a partner, diplomats sent home, threats of measures
and responses, accusations denied, results rejected, agreements reached, judgements of acts, praise.

tests/data/events/vocabulary-s15.yaml is in the statement gold format (issuers, sentences, events); every item
was written before the session's pattern changes, in our own words. It is scored like the statement sets, by
CAMEO root (the actors are the resolver's and roles' business; their figures are printed, not asserted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import check_root_scores, check_statement_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s15.yaml"
# Measured (roots only). Batch 1 (55 sentences): the first version of the file (two precision items of w02
# were later rewritten, their complements being events of their own, and w07's codes written as 120) on the
# session-start code (6452df1): recall 22/42 (0.524), precision 0.524; the file as it is with batch 1's
# patterns: 26/42 (0.619), 0.743. Batches 1-2 (67 sentences): precision 0.571 -> 0.757 with batch 2's
# patterns (w13 was then corrected: standing with a people is support, 051, in the development gold).
# All three batches (70 sentences; w08 and w16, agreements reached, are 057 in the statement convention and
# stay missed, see the VC15 report): recall 0.627, precision 0.696. What stays missed is mostly roles'
# (passives with no agent: "was told to leave", "is committed to"; act nouns with no doer). Batches 1-4 (77
# sentences): recall 0.579, precision 0.688 -> 0.649, 0.712 with batch 4's patterns. Batches 1-6 (85
# sentences): recall 0.677, precision 0.746 -> 0.692, 0.750 with batch 6's (batch 5's changed the full
# figures only: 039 for 030, one root).
# Floors a few points under.
ROOT_RECALL_FLOOR = 0.58
ROOT_PRECISION_FLOOR = 0.65


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=50, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)
