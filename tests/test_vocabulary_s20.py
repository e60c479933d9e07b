"""Transfer set of session 20 (VC20): the statement acts the held-out statements lose with no pattern of the
gold root matching (11 disapprove, 13 threaten, 16 reduce relations, 17 coerce, 03 intent).

tests/data/events/vocabulary-s20.yaml is in the statement gold format (issuers, sentences, events); every item
was written in our own words from the CAMEO sub-codes and ordinary statement phrasing, before any miss of the
session was looked at, and each batch was committed before the coder was run on it. It is scored like the
statement sets, by CAMEO root (the actors are the resolver's and roles' business; their figures are printed,
not asserted). The senses table holds sentences of our own apart from the set, one or more per rule of the
session (each failed before its rule) and guards (pass before and after).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import check_root_scores, check_statement_items

from .conftest import issued_events

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s20.yaml"
# Measured (roots only). Batch 1 (87 sentences, v01-v16: 11x, 13x) on the session's starting code (e66a466):
# recall 0.823, precision 0.699. Batches 1-2 (143 sentences, + v17-v26: 16x, 17x, 03x) on the same code:
# recall 0.799, precision 0.723 (events F1 0.532). With the first rules (disappointment and dismay 111,
# caution against 130, a threat renewed to attack 138, hours given to lay down arms 139, an embassy downgraded
# 161, programmes ended and partnerships left 160, people designated 163, legal status revoked 1722): recall
# 0.873, precision 0.755 (events F1 0.581). Batch 3 (42 sentences, v27-v32: the same roots in other words)
# alone on those rules (77b81ba): recall 0.833, precision 0.778; all 185 on them: 0.864, 0.760; with the
# session's later rules (concern at a deliberate act, high commissioners, consents withdrawn, the one-noun
# "X side reserves the right"): 0.875, 0.762 (events F1 0.582).
ROOT_RECALL_FLOOR = 0.84
ROOT_PRECISION_FLOOR = 0.74


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=140, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)


# (issuer, sentence, CAMEO root expected among the events, or "!" + a root that must not be coded)
SENSES_TABLE = [
    # disappointment and dismay at another's act criticise it (111)
    (
        "Ministry of Foreign Affairs of Sweden",
        "Sweden is disappointed by Hungary's decision to block the accession talks.",
        "11",
    ),
    (
        "Ministry of Foreign Affairs of Ghana",
        "Ghana expressed its dismay at the treatment of its nationals by the police in Malabo.",
        "11",
    ),
    # cautioning against warns (130)
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "Moscow cautioned Chisinau against any move to close the Russian cultural centre.",
        "13",
    ),
    # a threat to attack renewed or repeated (138)
    ("Reuters", "North Korea repeated its threat to strike American bases on Guam.", "13"),
    # hours or days given to do what force would make one do (139); not a stay cut short, not a race
    ("Reuters", "The Malian army gave the armed group forty-eight hours to withdraw from the town.", "13"),
    ("Reuters", "The organisers gave the Kenyan runners two hours to finish the race.", "!13"),
    # an embassy downgraded (161); a partnership left (160), not a retreat of troops; a programme ended was
    # already 162 (same root; now 160 when it names no aid)
    (
        "Ministry of Foreign Affairs of Latvia",
        "Latvia downgraded its embassy in Minsk to a liaison office.",
        "16",
    ),
    (
        "Ministry of Foreign Affairs of Denmark",
        "Denmark ended its police training programme in Burkina Faso.",
        "16",
    ),
    ("Reuters", "Niger withdrew from the security partnership with the European Union.", "16"),
    ("Reuters", "Kenyan troops withdrew from the town of Kismayo on Friday.", "!16"),
    # people designated under a sanctions law (163)
    ("Global Affairs Canada", "Canada designated three Sudanese generals under its sanctions law.", "16"),
    # an organisation's legal status or registration revoked dissolves it (172x); a parking permit does not
    (
        "Reuters",
        "The Kyrgyz authorities revoked the registration of the largest human rights group in the country.",
        "17",
    ),
    ("Reuters", "The city council of Nairobi revoked the parking permit of the restaurant.", "!17"),
    # second rules: an ultimatum's penalty the parser reads as a noun ("or face arrest"); "called for X to V"
    # asks it (not a telephone call to the president); "leapt to the defence of"; a demand waved away; a
    # threat of sanctions or force brandished; forces put on a war footing; assaults on journalists (182)
    ("Reuters", "The Zambian police told the strikers to go home or face arrest.", "13"),
    ("Reuters", "Mozambique's opposition called for President Nyusi to resign.", "02"),
    ("Reuters", "Mozambique's opposition called for President Nyusi to resign.", "!04"),
    ("Reuters", "Brazil leapt to the defence of Venezuela at the summit in Brasilia.", "05"),
    (
        "Reuters",
        "Turkey waved away the Greek demand for the return of the islands to demilitarised status.",
        "12",
    ),
    ("Reuters", "Washington brandished the threat of new sanctions against Caracas.", "13"),
    ("Reuters", "Azerbaijan put its army on a war footing after the clashes.", "15"),
    ("Council of the European Union", "The Union condemns the assaults on journalists in Belgrade.", "18"),
    ("Reuters", "The finance minister brushed off the criticism of her budget.", "!12"),
    ("Reuters", "Serbian troops launched an assault on the rebel-held town at dawn.", "!18"),
    # third rules (development's missed roots): a high commissioner recalled (161); "X side reserves the
    # right" read as one noun phrase (130); concern at someone's deliberate act criticises it (111),
    # concern at violence stays worry; a consent to a consulate withdrawn (161)
    ("Reuters", "Kenya recalled its high commissioner from Kampala.", "16"),
    ("Ministry of Foreign Affairs of Belarus", "The Belarusian side reserves the right to respond.", "13"),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is deeply concerned by the decision of the Georgian government to suspend the talks.",
        "11",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is deeply concerned by the escalation of violence in Haiti.",
        "!11",
    ),
    (
        "Ministry of Foreign Affairs of Poland",
        "The Minister decided to withdraw his consent for the operation of the Belarusian consulate.",
        "16",
    ),
]


@pytest.mark.parametrize(("issuer", "text", "root"), SENSES_TABLE)
def test_senses_of_the_session(coder: Any, issuer: str, text: str, root: str) -> None:
    """Each sentence of the session's rules gets an event of the expected root (or none of the forbidden
    one)."""
    roots = [e.cameo_root for e in issued_events(coder, text, issuer)]
    if root.startswith("!"):
        assert root[1:] not in roots, (text, roots)
    else:
        assert root in roots, (text, roots)
