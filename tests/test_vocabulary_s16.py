"""Transfer set of session 16 (VC16): the sense of a trigger chosen by its doer's or its object's class
(police who kill repress, armed forces who bomb a hospital attack from the air), and senses that over-fire
(crowds "infiltrated" by provocateurs, a body's requests to its own officers, judgements of "any" act), and
calls on one's own supporters to protest (113), nouns of a concessive phrase ("in disregard of").

tests/data/events/vocabulary-s16.yaml is in the statement gold format (issuers, sentences, events); every item
was written before the session's pattern changes, in our own words. It is scored like the statement sets, by
CAMEO root (the actors are the resolver's and roles' business; their figures are printed, not asserted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import check_root_scores, check_statement_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s16.yaml"
# Measured (roots only). Batch 1 (24 sentences) on the session's starting code (33d2366): recall 9/18 (0.500),
# precision 0.391; with batch 1's patterns (175:s16-police-kill, 195:s16-forces-bomb, "infiltrate" a crowd
# forbidden, "request" to one's own chairperson, commission or secretariat forbidden): recall 0.833,
# precision 0.714.
# Batches 1-2 (36 sentences) on batch 1's code (174c274): recall 0.704, precision 0.559; with batch 2's (a
# missile fired toward a compass direction is a launch, 150:s16-launch-direction, and no attack; the matcher
# drops a judgement of "any" act: "any hostile steps", "any form of illegal pressure", "any further escalation
# would have grave consequences"): 0.778, 0.778.
# Batches 1-3 (47 sentences; two c07 items corrected to session 12's 192, see the file) on batch 2's code
# (64387eb): recall 0.794, precision 0.730; with batch 3's (soldiers, police or agents who storm or raid a
# parliament, court, ministry or offices coerce, 170:s16-forces-storm; "displace" alone is an outcome, no 201;
# "order X to leave" with judges, lawmakers, residents or journalists is no 161): 0.824, 0.800.
# Batches 1-4 (53 sentences) on batch 3's code (a9de9d5): recall 0.750, precision 0.732; with batch 4's
# (a call on one's workers or supporters to join a march, protest, strike or stay at home in protest rallies
# opposition, 113:s16-call-to-protest; the matcher lets "come out" see its purpose, "to come out to protest";
# "call out" is no longer the particle of the addressee's verb; a disapproval of what is "without" judges
# nothing): 0.850, 0.829.
# Batches 1-5 (58 sentences) on batch 4's code (334c96a): recall 0.795, precision 0.814; with batch 5's (a
# party that "failed to protect / prevent / investigate / punish" is criticised, 111:e:s16-failed-to): 0.864,
# 0.826.
# Batches 1-6 (63 sentences) on batch 5's code (579d7a6): recall 0.826, precision 0.745; with batch 6's (the
# matcher drops the noun and evaluative readings of a noun in a concessive phrase, "in disregard / in spite /
# in defiance of X's protests and warnings", as after "despite"): 0.826, 0.792.
# Batches 1-7 (68 sentences) on batch 6's code (4c0a5bd): recall 0.736, precision 0.796, and the same with
# batch 7's pattern (an agreement reached between/among parties is 057, 057:s16-reached-between, at RL16's
# request): the pattern matches, but its drafts find no source until roles give the "between" members of a
# passive "reach" (RL16's part). With RL16's a517498 (the reciprocal pair of a passive "reached between"):
# recall 0.774, precision 0.788 (one reciprocal event [X, Y] -> [X, Y] pairs one of the two directed gold
# 057s; "no agreement has yet been reached between the delegations" falls back to 030, now with sources).
# Floors between the figures before and after, so that the patterns' loss fails the test.
ROOT_RECALL_FLOOR = 0.75
ROOT_PRECISION_FLOOR = 0.77


def test_items_are_well_formed() -> None:
    """Every construction has four sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=68, min_sentences=4)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)
