"""Transfer set of session 23 (VC23): wordings of whole statements the development sets (s16-s19) missed
with nothing coded or under another root (executions, deportations, passive arrests, internet cut, curfews and
martial law, solidarity, threatened strikes, announced responses, cyber attacks, responsibility imputed,
hostile remarks, suspensions and missions closed, meetings held, military shows, damage).

tests/data/events/vocabulary-s23.yaml is in the statement gold format (issuers, sentences, events); every item
was written in our own words before the coder was run on it (committed first, d971473). It is scored like the
statement sets, by CAMEO root (the actors are the resolver's and roles' business; their figures are printed,
not asserted). The senses table holds sentences of our own apart from the set, one or more per rule of the
session (then communique/data/events/statements-s23.yaml, since session 24 the VC23 section of
09-20-conflict.yaml; each failed before its rule) and near misses (pass before and after).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import check_root_scores, check_statement_items

from .conftest import issued_events

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s23.yaml"
# Measured (roots only). All 125 sentences on the session's starting rules (4fd1a8b plus the tree's
# uncommitted work of the day): recall 0.495, precision 0.608 (events F1 0.375); with the first batch of
# communique/data/events/statements-s23.yaml (seven rules; folded into 09-20-conflict.yaml in session 24)
# 0.546 / 0.631 (events F1 0.420).
# Development statement sets, A/B on one tree (rules file on/off), events F1 (roots F1): set 2, s8, s10, s11,
# s13, s14, s15, s17 identical; s7 0.693 -> 0.691 (0.752 -> 0.749: h18.1, the execution now coded twice, by
# its noun and by "hanged"); s12 0.686 identical (t13.3, a second 130); s16 roots 0.727 -> 0.731 (w15.1's 1823
# coded, its target names unresolved); s18 0.602 -> 0.617 (0.690 -> 0.704); s19 roots 0.623 -> 0.632.
# Batch 2 (143:vc23-withdraw-labour; only s17 x06.8 and s18 y04.1 of the development sets have its words):
# s18 0.617 -> 0.620 (y04.1's 133 matched, its future 143 an extra as for other announced acts); s17 identical
# (x06.8: "will have no choice but to withdraw" is not coded); transfer set roots identical.
ROOT_RECALL_FLOOR = 0.54
ROOT_PRECISION_FLOOR = 0.62


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=100, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)


# (issuer, sentence, CAMEO code expected among the events, or "!" + a root that must not be coded)
SENSES_TABLE = [
    # a person's execution named by its noun, with "of" or "by" (1823); a plan, a budget or a song executed is
    # none
    (
        "Ministry of Foreign Affairs of Italy",
        "Italy deplores the execution of an Italian-Iranian researcher by the authorities in Tehran.",
        "1823",
    ),
    (
        "Amnesty International",
        "The execution of the two teenagers by the Saudi authorities violates international law.",
        "1823",
    ),
    ("Reuters", "The execution of the reform plan by the Italian government was slow.", "!18"),
    ("Reuters", "The Kenyan orchestra's execution of the symphony delighted the audience.", "!18"),
    ("Reuters", "The execution of the Greek budget by the finance ministry was audited.", "!18"),
    # a response to another's act announced by the actor itself is a threat (170 -> 130 through intent.yaml);
    # a question, a letter or a request answered is none
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "Russia will respond to this hostile step by the Estonian authorities.",
        "130",
    ),
    (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "China will retaliate in kind against the new tariffs.",
        "130",
    ),
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "The Ministry will respond to the letter of the Estonian embassy next week.",
        "!13",
    ),
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "Russia will respond to the request of the Red Cross for access.",
        "!13",
    ),
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "We will respond to the questions of journalists after the talks.",
        "!13",
    ),
    # hostile or offensive remarks made about a party are disapproval (111); warm remarks are none
    (
        "Ministry of Foreign Affairs of Algeria",
        "The French interior minister made offensive remarks about Algerian migrants on television.",
        "111",
    ),
    ("Reuters", "The Italian president made warm remarks about the Albanian community.", "!11"),
    ("Reuters", "The Italian president made brief remarks to reporters about the Albanian visit.", "!11"),
    # a member suspended from an organisation's governing or decision-making bodies (161); a pupil or a player
    # suspended is none
    (
        "Economic Community of West African States",
        "ECOWAS has decided to suspend Niger from all its decision-making bodies.",
        "161",
    ),
    ("Reuters", "The Nigerian school suspended the pupil from all classes for a week.", "!16"),
    ("Reuters", "The Ghanaian club suspended the striker for three matches after the brawl.", "!16"),
    # systems, networks and accounts compromised are attacked by cyber means (171); credibility compromised is
    # none
    (
        "National Cyber Security Centre of the United Kingdom",
        "Russian military intelligence compromised the computer network of the Dutch foreign ministry.",
        "171",
    ),
    ("Reuters", "The corruption scandal compromised the credibility of the Dutch minister.", "!17"),
    ("Reuters", "The German minister refused to compromise the principles of the coalition.", "!17"),
    # a state vessel entering another's exclusive economic zone, aircraft crossing the median line show force
    # (150); a missile falling outside the zone, a ferry crossing a line are none
    ("Reuters", "A Chinese survey ship and two warships entered Vietnam's exclusive economic zone.", "150"),
    ("Reuters", "Chinese fighter jets crossed the median line of the strait on Sunday.", "150"),
    ("Reuters", "The North Korean missile fell outside Japan's exclusive economic zone.", "!15"),
    ("Reuters", "Japanese fishermen work inside Japan's exclusive economic zone.", "!15"),
    # (batch 2) workers who withdraw their labour or services strike (143); announced with their own "will" on
    # a condition, a threatened strike (133); a bank, a firm or a government withdrawing services is none
    (
        "Zambia Congress of Trade Unions",
        "Our members will withdraw their labour if the government fails to pay the arrears.",
        "133",
    ),
    (
        "Zambia Congress of Trade Unions",
        "The Zambian nurses withdrew their services from public hospitals on Monday.",
        "143",
    ),
    ("Reuters", "The Kenyan bank withdrew its services from the rural counties.", "!14"),
    ("Reuters", "The Ghanaian government withdrew the services of the foreign consultants.", "!14"),
    ("Reuters", "The ride-hailing firm withdrew its service from the Spanish market.", "!14"),
]


@pytest.mark.parametrize(("issuer", "text", "root"), SENSES_TABLE)
def test_senses_of_the_session(coder: Any, issuer: str, text: str, root: str) -> None:
    """Each sentence of the session's rules gets an event of the expected code (or none of the forbidden
    root)."""
    events = issued_events(coder, text, issuer)
    roots = [e.cameo_root for e in events]
    if root.startswith("!"):
        assert root[1:] not in roots, (text, roots)
    else:
        codes = [e.cameo for e in events]
        assert root in codes, (text, codes)
