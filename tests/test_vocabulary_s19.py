"""Transfer set of session 19 (VC19): wire-news sentences of the categories the held-out news half loses
(accusations and investigations, retreat, concessions, aid, consultation, coercion against assault, sanctions,
support) and the clause shapes that lose an event (a nominal act carried by "carried out" or "staged", a
participle, a relative clause, coordinated verbs, a passive with its agent).

Each item of tests/data/events/vocabulary-s19.yaml was written in our own words before any miss of the session
was looked at and before the session's rule changes. The main event must have the expected PLOVER category
and, when one is given, a source of the expected country; ``not:`` items must not have that category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import NewsTransferSet, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s19.yaml"
# Measured. As first written (110 items, d01-d13; 104 positive, 6 near-misses) on the session's starting
# code (2d36d56): 95/110 (0.864). Batch 2 (42 items, d14-d20: the same categories in longer wire sentences)
# on the same code, before any change: 30/42 (one item first written with SRB for the Yugoslav president was
# given YUG, the actor dictionary's convention, before the run that counts); both batches 125/152 (0.822).
# With the session's first rules (journeys' purposes, relief carried, operations scaled down, inquiries set
# up, people carried off, ultimatums with an addressee, trade bans lifted): 134/152 (0.882).
OVERALL_FLOOR = 0.86
CATEGORY_FLOOR = 0.0


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "s19"
    minimum = 100
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each failed before its
# rule). (plover: the category expected, with the source country or None; not: the category forbidden)
SENSES_TABLE = [
    # a journey's purpose, or a team's, is what the journey did (matcher: a motion verb's purpose infinitive)
    (
        "plover",
        "SUPPORT",
        "MLI",
        "The Malian foreign minister travelled to Abuja and Accra to rally support for the transition plan.",
    ),
    (
        "plover",
        "ACCUSE",
        None,
        "African Union experts flew to Goma on Monday to investigate the reported killings.",
    ),
    (
        "plover",
        "ACCUSE",
        "IGO",
        "The Arab League dispatched two envoys to Beirut to investigate the clashes.",
    ),
    # operations scaled down, forces moved back
    (
        "plover",
        "RETREAT",
        "IND",
        "The Indian army scaled back its operations in the Kashmir valley after the vote.",
    ),
    ("plover", "RETREAT", "SYR", "Syria moved its tanks back from the Lebanese border on Sunday."),
    # relief by any carrier, staple foods
    ("plover", "AID", "PAK", "Pakistani army trucks ferried tents and blankets to the quake zone."),
    ("plover", "AID", "VNM", "Vietnam shipped 5,000 tonnes of rice to Cuba as a gift."),
    # a trade ban lifted eases an economic sanction (085, RETREAT), not an administrative one (081)
    ("plover", "RETREAT", "JPN", "Tokyo lifted its ban on the sale of fishing boats to Indonesia."),
    # inquiries set up, hearings begun
    ("plover", "ACCUSE", "KEN", "Kenya's parliament set up an inquiry into the sale of the state airline."),
    (
        "plover",
        "ACCUSE",
        "NGA",
        "The Nigerian Senate began hearings on Tuesday into the missing oil revenue.",
    ),
    # people carried off are abducted
    (
        "plover",
        "ASSAULT",
        None,
        "Bandits carried off 40 villagers from a farming settlement in Zamfara state.",
    ),
    # demands thrown out are rejected
    (
        "plover",
        "REJECT",
        "ZMB",
        "The Zambian court threw out the opposition's demand for a recount.",
    ),
    # an order with an assault as its penalty is an ultimatum
    (
        "plover",
        "THREATEN",
        "MLI",
        "The Malian army gave the gunmen 24 hours to free the hostages or face an assault.",
    ),
    # a truce that took effect or came into force (matcher: a nominal subject's "take effect")
    (
        "plover",
        "RETREAT",
        "YEM",
        "A truce between the Yemeni government and the Houthis took effect on Saturday.",
    ),
    ("plover", "RETREAT", "ARM", "The ceasefire between Armenia and Azerbaijan came into force at noon."),
    # a commander handed over to a court; powers given to a parliament; working toward a shared goal
    ("plover", "COOPERATE", "HRV", "Croatia turned over the former militia commander to the tribunal."),
    (
        "plover",
        "AGREE",
        "MAR",
        "The Moroccan king said he would give parliament the power to appoint ministers.",
    ),
    ("plover", "AGREE", "KEN", "Kenya and Tanzania said they would work towards a single customs union."),
    # a call paid on someone; members of a mission expelled; deliveries halted; a zone vacated; exiles home
    (
        "plover",
        "CONSULT",
        "KEN",
        "The Kenyan foreign minister paid an official call on the Ugandan president.",
    ),
    ("plover", "SANCTION", "PRK", "Pyongyang expelled the two American members of the inspection team."),
    (
        "plover",
        "SANCTION",
        None,
        "The Red Cross suspended food distribution in Darfur after an attack on its staff.",
    ),
    ("plover", "RETREAT", "COD", "Congolese rebels vacated the airport in Goma on Sunday."),
    ("plover", "CONCEDE", "KEN", "The Kenyan government allowed exiled dissidents to return home."),
    # forces preparing an attack show force; pressing someone to act asks it of them
    (
        "plover",
        "MOBILIZE",
        "SRB",
        "Serbian troops prepared to launch an offensive on the rebel-held villages.",
    ),
    (
        "plover",
        "REQUEST",
        "CHN",
        "The Chinese authorities pressured the families to withdraw their complaints.",
    ),
    ("plover", "COERCE", "USA", "Washington is pressuring Beijing over its currency."),
    # near-misses: a race left, a match met, a price charged
    ("not", "RETREAT", None, "The Ethiopian runner pulled out of the race in Berlin on Sunday."),
    ("not", "CONSULT", None, "The Brazilian side met its match in Rome on Saturday."),
    ("not", "ACCUSE", None, "The Indian power company charged higher prices to farmers in Punjab."),
    ("not", "COERCE", None, "The Indian power company charged higher prices to farmers in Punjab."),
]
SENSES = [
    {key: category, "cameo": "0", "source": source, "text": text}
    for key, category, source, text in SENSES_TABLE
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = [(item["text"], p.category) for item, p, ok in code_items(coder, SENSES, "s19r") if not ok]
    assert not wrong, wrong
