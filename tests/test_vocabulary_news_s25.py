"""Transfer set of session 25 (NW25): wire-news sentences grouped by the cause of the development news
misses this session works on: a demand or threat TOLD to someone ("told X that he must ...", "told X that they
would pay a heavy price"), whose pronoun is the addressee, a warning whose content act names whom it is aimed
at, and police or troops put on alert.

Each item of tests/data/events/vocabulary-news-s25.yaml was written in our own words and committed
(f168108, 168038f) before the coder was run on it. The main event must have the expected PLOVER category and,
when one is given, a source of the expected country; ``not:`` items must not have that category. The role
rules are checked on their targets below (the transfer set checks sources only).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.events.evaluate import actor_country
from tests.transfer_set import NewsTransferSet, code_items, load_items, wrong_senses

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s25.yaml"
# Measured. Batch 1 (26 items, t01-t04, f168108) on the session's starting code (a0f68ef): 12/26 (0.462;
# REQUEST 0/8, THREATEN 5/11, near misses 7/7); with NW25's first rules (b1585a8): 22/26 (0.846; REQUEST 6/8,
# THREATEN 9/11, near misses 7/7). Batch 2 (10 items, t05, 168038f) on the first rules: 5/10 (MOBILIZE 1/6,
# near misses 4/4); with the second (forces made ready): 10/10. All 36: 32 (0.889). Left: "Labour
# backbenchers" names no coded teller; a plural teller and a plural addressee ("labour leaders told state
# governors that they ...") are not told apart; "remind" reports nothing; "would regret sheltering" is no
# threat pattern.
OVERALL_FLOOR = 0.88
CATEGORY_FLOOR = 0.8


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns25"
    minimum = 36
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each positive failed
# before its rule), and guards that must stay as they are. (plover: the category expected, the CAMEO code the
# rule claims for the main event, the source country or None; not: the category forbidden, no code)
SENSES_TABLE: list[tuple[str, str, str | None, str | None, str]] = [
    # a demand told to someone: the "he"/"she" of what the teller says is the addressee (roles.ActorIndex.
    # _addressee_pronouns), and an obligation laid on it is a demand (coder._deontic, its conjuncts too)
    (
        "plover",
        "REQUEST",
        "100",
        "ZMB",
        "The ruling party told Zambia's president on Friday that he must call early elections.",
    ),
    (
        "plover",
        "REQUEST",
        "100",
        "THA",
        (
            "Thai protest leaders told Prime Minister Prayuth that "
            "he had to dissolve parliament within three days."
        ),
    ),
    # a threat told to someone: the judgement's speaker is the teller (coder._may_report) and "they" the
    # addressee; "pay dearly" (130:e:nw25-pay-dearly)
    (
        "plover",
        "THREATEN",
        "130",
        "COL",
        (
            "Colombia's defence minister told ELN commanders that "
            "they would pay dearly for the bombing of the police academy."
        ),
    ),
    (
        "plover",
        "THREATEN",
        "130",
        "IND",
        (
            "India's army chief told Pakistani commanders that they "
            "were playing with fire along the Line of Control."
        ),
    ),
    (
        "plover",
        "THREATEN",
        "130",
        "EGY",
        (
            "Egypt's president told Ethiopian negotiators that they "
            "would face consequences if they filled the dam without a deal."
        ),
    ),
    # guards: the teller's own pronoun (number or person agrees with the teller), a past punishment told
    (
        "not",
        "REQUEST",
        None,
        None,
        "The Thai prime minister told reporters that he would visit Phnom Penh next month.",
    ),
    (
        "not",
        "THREATEN",
        None,
        None,
        "The Kenyan president told farmers that they had planted too little maize this year.",
    ),
    (
        "not",
        "REQUEST",
        None,
        None,
        "Chile's president told Bolivian officials that she would attend the summit in La Paz.",
    ),
    (
        "not",
        "THREATEN",
        None,
        None,
        "The minister said pensioners paid dearly for the inflation of the 1990s.",
    ),
    (
        "not",
        "THREATEN",
        None,
        None,
        "The Argentine minister said consumers have paid a heavy price for the devaluation.",
    ),
    # forces made ready: in the passive the forces are the source (151/152:nw25-forces-ready); officers
    # counted
    (
        "plover",
        "MOBILIZE",
        "151",
        "SRB",
        "Serbian police were placed on high alert along the boundary with Kosovo.",
    ),
    (
        "plover",
        "MOBILIZE",
        "152",
        "ARM",
        "Armenian troops were put on standby after the shooting near the border.",
    ),
    ("plover", "MOBILIZE", "151", "ITA", "Italy put 2,000 police officers on standby for the G7 summit."),
    ("not", "MOBILIZE", None, None, "Warehouses in the port were placed on alert for a fire."),
    ("not", "MOBILIZE", None, None, "Hospitals in Lagos were placed on alert for a cholera outbreak."),
    ("not", "MOBILIZE", None, None, "The Philippine capital was put on alert as the typhoon approached."),
    # taking to the streets over a death in custody is a protest, not a custody taken ("take custody !street")
    (
        "plover",
        "PROTEST",
        "141",
        "EGY",
        "Thousands of Egyptians took to the streets of Cairo on Friday to vent anger over the death in "
        "custody of a blogger.",
    ),
    (
        "plover",
        "PROTEST",
        "141",
        "NGA",
        "Crowds took to the streets of Lagos to protest against the death in custody of a student.",
    ),
    ("plover", "COERCE", "173", "KEN", "Kenyan police took two students into custody after the march."),
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = wrong_senses(coder, SENSES_TABLE, "ns25r")
    assert not wrong, wrong


# Whom the main event is aimed at (target countries of the main event; an empty set: no coded target).
TARGETS_TABLE: list[tuple[str, set[str]]] = [
    # a warning whose content act names whom it is aimed at; the speaker's own forces in it act for it
    # (roles._target_candidates, roles._others_in_clause): each was aimed at the speaker's own country before
    ("Beijing warned that Chinese coast guard ships would expel Philippine vessels from the shoal.", {"PHL"}),
    ("Tehran warned that Iranian missiles would hit Israeli cities if the strikes continued.", {"ISR"}),
    (
        "Washington warned it could impose fresh tariffs on Brazilian steel if the dispute was not settled.",
        {"BRA"},
    ),
    (
        "North Korea warned that it would shoot down American reconnaissance planes flying near its coast.",
        {"USA"},
    ),
    # guard: the speaker's own police acting at home keep the domestic target
    ("Kenya's government warned that police would arrest anyone who joined the banned march.", {"KEN"}),
    # a threat told to someone is aimed at the addressee (coder._told_addressee)
    (
        (
            "India's army chief told Pakistani commanders that they "
            "were playing with fire along the Line of Control."
        ),
        {"PAK"},
    ),
    # a state's inquiry into no one named is into its own country (coder.INQUIRY_ROOT); an NGO's is not
    ("The Malaysian government launched a probe into the sinking of the ferry.", {"MYS"}),
    ("Amnesty International opened an inquiry into the killings of protesters in Tehran.", {"IRN"}),
    ("The International Criminal Court opened an investigation into the sinking of the ferry.", set()),
]


def test_targets_of_the_session(coder: Any) -> None:
    """The main event of each sentence is aimed at the expected countries."""
    items = [{"plover": "X", "cameo": "0", "source": None, "text": text} for text, _ in TARGETS_TABLE]
    wrong = []
    for (text, expected), (_, p, _) in zip(TARGETS_TABLE, code_items(coder, items, "ns25t"), strict=True):
        got = {c for c in (actor_country(a) for a in (p.event.targets if p.event else [])) if c}
        if got != expected:
            wrong.append((text, got))
    assert not wrong, wrong
