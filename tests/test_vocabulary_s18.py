"""Transfer set of session 18 (VC18): a codebook sweep of the roots whose held-out recall or precision stayed
low for three sessions (consult, assault, threaten, sanction, aid, yield, mobilise, cooperate, investigate,
coerce, fight) and near-misses of reject and protest.

Each item of tests/data/events/vocabulary-s18.yaml was written from the CAMEO sub-codes and ordinary news and
diplomatic English before any miss was looked at and before the session's pattern changes. The main event
must have the expected PLOVER category and, when one is given, a source of the expected country; ``not:``
items must not have that category. The agreement of the CAMEO root is printed too (pytest -s): categories
such as ASSAULT join two roots.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import NewsTransferSet, code_items, load_items

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s18.yaml"
# Measured. Batch 1 as first written (199 items, c01-c21; 158 positive, 41 near-misses) on the session's
# starting code (3c86ccb): 183/199 (0.920), CAMEO root agreement 146/158. The simple news shapes of the
# codebook's sub-codes were mostly known already; the misses are senses (a film "shot", rain "warned of",
# "opened an investigation into the fire", a probe "into the air strike") and a few words. With batch 1's
# senses (fire opened, strikes launched, bail refused, weather warned of, a device demonstrated; joint patrols
# are 062): 189/199 (0.950), roots 149/158. Batch 2 (63 items, c22-c28: the same sub-codes in longer wire
# sentences) on batch 1's code (ea7960a): 50/63 (0.794), roots 42/55; both batches 239/262 (0.912), roots
# 191/213. With batch 2's (a motive phrase, "in protest at", "in response to", names no act of the verb;
# "wound up talks"; no word received is no visit; armed groups firing on a gathering, 180; airdrops of food):
# 244/262 (0.931), roots 195/213. Batch 3 (24 items: statement voice, a ministry announcing its own act) on
# 8755ec0: 18/24 (three items first written with no country for the speaker, "The Foreign Minister had a
# bilateral meeting", were given one before the first run that counts: the item format has no issuers);
# whole set 263/286 (0.920), roots 212/233. With batch 3's (a dialogue table suspended, 164; a plan not
# proceeded with, 0832; texts withdrawn from a website are no withdrawal, 087): 265/286 (0.927), roots
# 213/233.
OVERALL_FLOOR = 0.90
CATEGORY_FLOOR = 0.0


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "s18"
    minimum = 150
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each failed before its
# rule): the sense of a word shown by its dependents (batch 1); a motive phrase ("in protest at"), talks
# concluded, no word received, armed groups firing on a gathering, airdrops of food (batch 2); an order with a
# penalty ("or face eviction"), relations or aid put under review (threats).
# (plover: the category expected, with the source country or None; not: the category forbidden)
SENSES_TABLE = [
    # batch 3: a negotiating table suspended, a plan not proceeded with, a text withdrawn from a website
    (
        "plover",
        "SANCTION",
        "PHL",
        "The Philippine government suspended the peace table with the communist rebels.",
    ),
    (
        "plover",
        "CONCEDE",
        "KEN",
        "The Kenyan government decided not to go ahead with the plan to tax mobile money.",
    ),
    (
        "not",
        "RETREAT",
        None,
        "The Danish ministry withdrew the misleading guidance from its website on Friday.",
    ),
    ("plover", "THREATEN", "KEN", "The Kenyan army ordered the villagers to leave or face eviction."),
    (
        "plover",
        "THREATEN",
        "NGA",
        "The Nigerian government will review its relations with any state that hosts the rebels.",
    ),
    ("plover", "THREATEN", "NLD", "The Dutch government may reconsider its aid to Suriname."),
    (
        "plover",
        "THREATEN",
        "GHA",
        "Ghana will reassess its ties with Burkina Faso if the junta does not hold elections.",
    ),
    (
        "not",
        "ASSAULT",
        None,
        "Police in Lagos opened an investigation into the fire that destroyed the market.",
    ),
    (
        "not",
        "ASSAULT",
        None,
        "The Philippine navy launched a probe into the air strike on the fishing boats.",
    ),
    ("not", "REJECT", None, "The Zambian high court refused bail to the opposition leader."),
    ("not", "THREATEN", None, "The Kenyan meteorological department warned of flooding in the lake region."),
    ("not", "PROTEST", None, "The Korean defence ministry demonstrated the prototype to foreign buyers."),
    ("plover", "COOPERATE", "TUR", "Turkish and Russian troops held a joint patrol near Kobani."),
    (
        "not",
        "CONCEDE",
        None,
        "Norway suspended its fisheries cooperation with Russia in protest at the arrests.",
    ),
    (
        "plover",
        "CONSULT",
        "IND",
        "Indian and Nepali officials wound up a round of talks on the border on Monday.",
    ),
    ("not", "CONSULT", None, "The Bolivian government said it had received no official word of the arrests."),
    ("plover", "ASSAULT", None, "Gunmen opened fire on mourners at a funeral in northern Iraq, police said."),
    (
        "plover",
        "AID",
        "ETH",
        "The Ethiopian air force began airdrops of food to the cut-off villages in the south.",
    ),
]
SENSES = [
    {key: category, "cameo": "0", "source": source, "text": text}
    for key, category, source, text in SENSES_TABLE
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = [(item["text"], p.category) for item, p, ok in code_items(coder, SENSES, "s18r") if not ok]
    assert not wrong, wrong


# Rules that change the CAMEO code within a category (each main event's code was another before its rule):
# threats to shell or to close a sea passage, a sector opened to foreign firms, armed men sent to help (the
# classes the blind news half's odd items missed).
CODES_TABLE = [
    ("138", "Venezuela threatened to shell the Guyanese border posts if the exercises went ahead."),
    ("1381", "Yemen's rebels threatened on Monday to close the Bab el-Mandeb strait to Israeli ships."),
    ("061", "Ethiopia opened its telecommunications sector to foreign investors."),
    ("074", "Senegal sent 500 troops to Gambia to help the new government keep order."),
    ("074", "Russia sent soldiers to Syria to bolster the government's forces."),
]


def test_codes_of_the_session(coder: Any) -> None:
    """The main event of each sentence has the expected CAMEO code."""
    items = [{"not": "-", "cameo": code, "source": None, "text": text} for code, text in CODES_TABLE]
    got = [
        (item["text"], p.event.cameo if p.event else None) for item, p, _ in code_items(coder, items, "s18c")
    ]
    wrong = [(text, code) for (text, code), (want, _) in zip(got, CODES_TABLE, strict=True) if code != want]
    assert not wrong, wrong
