"""Session 27 (VC27): three classes the development statement sets (s11-s20) got wrong, by count on the
coder's output at the start of the session.

(1) Background told in the past perfect: "Minsk had expelled the Lithuanian consul in the spring", "the
engineer, who had been arrested in 2019, ...". The sets' convention codes no event for earlier acts recalled
as background (past perfect), and the coder coded them with modality "historical": 52 extra events over the
development statement sets, 4 matched. A past perfect in what a past reporting verb reports ("said the
ambassador had been summoned on Friday") is the reported act told in the past (backshift), not background, and
stays coded.
(2) Denied acts: "denied that its aircraft had bombed the school", "rejects the claim that its soldiers looted
the market". The coder coded the denied act, negated, beside the denial (016); the sets code the denial alone
(6 extra events, none matched). A denial that is itself negated ("did not deny that its forces attacked")
asserts the act, which stays.
(3) Crowds that storm, break into or set fire to a public building riot (145), not a destruction of property
(1712: soldiers, settlers) or a use of force (170).

tests/data/events/vocabulary-s27.yaml is in the statement gold format; every sentence was written before the
coder was run on it (committed first). It is scored by CAMEO root; the tables below check each sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.events.statement_gold import load_statement_gold
from tests.transfer_set import check_root_scores, check_statement_items

from .conftest import issued_events

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s27.yaml"
# Measured (roots only; CAMEO 01 apart): on the session's starting rules (a9a939b) recall 0.905, precision
# 0.442 (events F1 0.438), 23 of the 45 sentences right; with the rules of the session recall 1.000, precision
# 0.808 (events F1 0.638), 40 of 45 (the five left are marked below with their cause).
ROOT_RECALL_FLOOR = 0.95
ROOT_PRECISION_FLOOR = 0.78

# Open at the end of VC27: two acts of one crowd in one sentence are two events where the set codes one
# riot; an attack told in a relative clause inside a denied claim ("accusations that Serbia armed the gunmen
# who attacked the police") is still coded, as the attack it reports; "disputes the claim" is a disapproval
# (110) by its pattern, not a denial (016).
OPEN = {  # the sentence's first words: why it fails
    "Belgrade rejects accusations": "an attack in a relative clause of the denied claim is coded",
    "Rwanda disputes the claim": "'dispute the claim' is coded as a disapproval (110), not a denial",
    "Hundreds of protesters stormed": "the crowd's attack on deputies is coded (190) beside the riot",
    "Angry demonstrators torched": "two acts of one crowd are two riot events",
    "Thousands of protesters breached": "two acts of one crowd are two riot events",
}


def test_items_are_well_formed() -> None:
    """Every construction has five sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=35, min_sentences=5)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)


def _sentences() -> list[Any]:
    """(issuer, text, gold roots other than CAMEO 01) of every sentence of the set."""
    out = []
    for statement in load_statement_gold(ITEMS_FILE):
        for sentence in statement.sentences:
            roots = sorted(e.cameo[:2] for e in sentence.events if not e.cameo.startswith("01"))
            reason = next((why for start, why in OPEN.items() if sentence.text.startswith(start)), None)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(statement.issuers[0], sentence.text, roots, marks=marks))
    return out


@pytest.mark.parametrize(("issuer", "text", "roots"), _sentences())
def test_sentence_roots(coder: Any, issuer: str, text: str, roots: list[str]) -> None:
    """Each sentence codes exactly the gold roots (CAMEO 01 apart), negated or not."""
    events = issued_events(coder, text, issuer)
    got = sorted(e.cameo_root for e in events if e.cameo_root != "01")
    assert got == roots, (text, [(e.cameo, e.pattern, e.modality, e.negated) for e in events])
