"""Transfer set of session 22 (NV22): wire-news sentences grouped by the cause of the development news misses
(a wording family with no pattern, a nominal act heading the sentence, a conditional threat, a reported act
inside a speech verb, a light verb, a competing pattern taking the main event).

Each item of tests/data/events/vocabulary-news-s22.yaml was written in our own words before the session's rule
changes. The main event must have the expected PLOVER category and, when one is given, a source of the
expected country; ``not:`` items must not have that category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import NewsTransferSet, load_items, wrong_senses

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s22.yaml"
# Measured. First run (102 items, n01-n09) on the session's code before NV22's rules (e19a5f6): 59/102
# (0.578); with the writer's three label slips mended (the file's header): 65/102 (0.637). With NV22's rules
# (31f40d6): 75/102 (0.735); lowest category of ten items or more AID 4/12 (deliveries told in the passive or
# by their noun with "from": their giver is no source yet, a roles question).
OVERALL_FLOOR = 0.73
CATEGORY_FLOOR = 0.33


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns22"
    minimum = 100
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each positive failed
# before its rule), and guards that must stay as they are. (plover: the category expected, the CAMEO code the
# rule claims for the main event, the source country or None; not: the category forbidden, no code)
SENSES_TABLE: list[tuple[str, str, str | None, str | None, str]] = [
    # armed men arriving, landing or deploying somewhere to help, guard or protect (074)
    (
        "plover",
        "AID",
        "074",
        "NGA",
        "Nigerian troops arrived in Freetown on Sunday to help the government restore order.",
    ),
    (
        "plover",
        "AID",
        "074",
        "ZAF",
        "South African soldiers landed in Maputo to reinforce the regional mission.",
    ),
    (
        "plover",
        "AID",
        "074",
        "TCD",
        "Chadian troops deployed to Niger to protect oil installations near Agadem.",
    ),
    ("not", "AID", None, None, "Kenyan police deployed to the stadium in Nairobi to guard the fans."),
    ("plover", "CONSULT", "042", "USA", "American troops arrived in Poland on Monday for a NATO exercise."),
    # a signature in other words (057, SUPPORT by cameo.yaml), not a player's contract
    ("plover", "SUPPORT", "057", "PER", "Peru and Ecuador put pen to a border treaty in Brasilia."),
    (
        "plover",
        "SUPPORT",
        "057",
        "TZA",
        "Tanzania and Uganda penned a pipeline protocol in Kampala on Monday.",
    ),
    (
        "not",
        "SUPPORT",
        None,
        None,
        "The Chilean goalkeeper put pen to a three-year contract with the Mexican club.",
    ),
    # disengagement (087); joint exercises with a partner (062)
    (
        "plover",
        "RETREAT",
        "087",
        "ARM",
        "Armenian and Azerbaijani troops began their disengagement from the border villages.",
    ),
    (
        "plover",
        "COOPERATE",
        "062",
        "EGY",
        "Egypt held joint naval exercises with Greece in the Mediterranean on Tuesday.",
    ),
    # an ultimatum handed (139); set upon (182)
    (
        "plover",
        "THREATEN",
        "139",
        "SRB",
        "Serbia handed Kosovo an ultimatum over the licence plates on Monday.",
    ),
    (
        "plover",
        "ASSAULT",
        "182",
        "ISR",
        "Israeli settlers set upon a Palestinian shepherd near Hebron on Friday.",
    ),
    ("not", "ASSAULT", None, None, "The Polish government set upon a course of sweeping judicial reform."),
    # a country brought to a standstill (143), vowed (133); sanctions vowed (1312); a road shut by protesters
    # (144)
    (
        "plover",
        "PROTEST",
        "143",
        "NGA",
        "Nigerian unions brought the country to a standstill with a general strike on Monday.",
    ),
    (
        "plover",
        "THREATEN",
        "133",
        "KEN",
        "Kenyan opposition parties vowed to bring the country to a standstill unless taxes were cut.",
    ),
    (
        "plover",
        "THREATEN",
        "1312",
        "GBR",
        "Britain vowed to impose sanctions on Belarus unless the opposition leader was freed.",
    ),
    (
        "plover",
        "PROTEST",
        "144",
        "SRB",
        "Serbian students shut down the main motorway in Belgrade for six hours.",
    ),
    (
        "not",
        "PROTEST",
        None,
        None,
        "Israeli police closed the main highway to Jerusalem for the parade on Thursday.",
    ),
    # the other side's men or ships declared legitimate targets (138); said not to be, no threat
    (
        "plover",
        "THREATEN",
        "138",
        "IRN",
        "Iran said foreign warships in the Gulf would be legitimate targets for its missiles.",
    ),
    ("not", "THREATEN", None, None, "The Red Cross said schools and hospitals are never legitimate targets."),
    # an inquiry into war crimes is no war (ACCUSE, not ASSAULT)
    (
        "not",
        "ASSAULT",
        None,
        None,
        "Swedish prosecutors began investigating alleged war crimes by a former Iranian official.",
    ),
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = wrong_senses(coder, SENSES_TABLE, "ns22r")
    assert not wrong, wrong
