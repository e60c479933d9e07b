"""Transfer set of session 21 (NV21): wire-news sentences of the categories the held-out GSR half loses
(retreat, concessions, aid, consultation, accusations and investigations, and the sanction / coercion /
assault boundary).

Each item of tests/data/events/vocabulary-news-s21.yaml was written in our own words before any miss of the
session was looked at and before the session's rule changes. The main event must have the expected PLOVER
category and, when one is given, a source of the expected country; ``not:`` items must not have that
category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import NewsTransferSet, load_items, wrong_senses

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s21.yaml"
# Measured. Batch 1 (140 items, w01-w12) on the session's starting code (48d5751): 125/140 (0.893); batches
# 1-2 (214, + w13-w21) on the same code: 188/214 (0.879). With the first rules (arsenals and mines, halts of
# hostilities, entry rules, parties legalised by name, places opened to relief or inspectors, medical teams
# rushed, sport and business senses): 196/214. Batch 3 (36, w22-w27) on those rules: 28/36 (all 250:
# 224/250). Batch 4 (29, w28-w32) on the second rules (moving out, weapons of mass destruction dismantled,
# dinners for visitors, weapons put beyond use, a leader in a capital for talks; a rule for abuses reported
# "by" someone was tried and dropped: it ate the nominal act of an agentless passive): 20/29. All 279 on the
# starting code: 236 (0.846); on the session's rules: 250 (0.896); with batch 4's two source slips mended
# (the file's header): 252 (0.903). Batch 5 (31, w33-w37) on those rules: 22/31 (all 309: 274, 0.887);
# with the third rules (captives let leave, settlement building frozen, people burned alive or their throats
# slit, people seized by civilians): 279/309 (0.903).
OVERALL_FLOOR = 0.88
CATEGORY_FLOOR = 0.80


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns21"
    minimum = 300
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each failed before its
# rule), and guards that must stay as they are. (plover: the category expected, the CAMEO code the rule
# claims for the main event (EV21b: several rules share a category, so the category alone never checked the
# code), the source country or None; not: the category forbidden, no code)
SENSES_TABLE = [
    # arsenals given up, mines cleared, weapons of mass destruction dismantled (0873)
    (
        "plover",
        "RETREAT",
        "0873",
        "GBR",
        "The Ulster loyalist militia decommissioned its entire arsenal on Monday.",
    ),
    (
        "plover",
        "RETREAT",
        "0873",
        "AGO",
        "Angolan army sappers cleared mines from the road to Cuito on Tuesday.",
    ),
    (
        "plover",
        "RETREAT",
        "0873",
        "LBY",
        "Libya scrapped its chemical weapons under the eyes of international inspectors.",
    ),
    ("not", "RETREAT", None, None, "Chilean workers cleared rubble from the copper mine after the collapse."),
    # a halt, end or cessation of hostilities declared, announced or signed (0871)
    ("plover", "RETREAT", "0871", "LKA", "Tamil rebels announced an end to hostilities on Sunday."),
    (
        "plover",
        "RETREAT",
        "0871",
        "SDN",
        "Sudan and the southern rebels signed a cessation of hostilities in Nairobi.",
    ),
    ("not", "RETREAT", None, None, "The UN Security Council called for an end to the fighting in Yemen."),
    # entry rules relaxed (081); a party made lawful by name (0812), not a drug
    ("plover", "CONCEDE", "081", "TUR", "Turkey eased visa requirements for Iraqi businessmen on Monday."),
    (
        "plover",
        "CONCEDE",
        "0812",
        "MWI",
        "The Malawian government legalised the Alliance for Democracy on Monday.",
    ),
    ("not", "CONCEDE", None, None, "Uruguay legalised the sale of cannabis in 2013."),
    # places opened to relief workers or to inspectors (0863, 0862)
    (
        "plover",
        "RETREAT",
        "0863",
        "ETH",
        "Ethiopia opened the Tigray region to foreign aid agencies on Friday.",
    ),
    ("plover", "RETREAT", "0862", "SYR", "Syria opened its prisons to Red Cross observers on Monday."),
    # medical teams rushed (073)
    ("plover", "AID", "073", "TUR", "Turkey rushed surgeons and nurses to quake-hit Albania."),
    # armed men moving out of a place (0874); a dinner given for a visitor (043)
    (
        "plover",
        "RETREAT",
        "0874",
        "UGA",
        "Ugandan troops moved out of the Congolese town of Bunia on Tuesday.",
    ),
    (
        "plover",
        "CONSULT",
        "043",
        "JOR",
        "Jordan's King Abdullah gave a dinner in honour of the visiting Egyptian president.",
    ),
    ("not", "RETREAT", None, None, "Nigerian police dismantled a bomb outside a church in Kaduna."),
    # weapons put beyond use (0873); a leader in a capital for talks visits it (042)
    (
        "plover",
        "RETREAT",
        "0873",
        "ESP",
        "Basque separatist guerrillas put their explosives beyond use, monitors said.",
    ),
    (
        "plover",
        "CONSULT",
        "042",
        "TUR",
        "The Turkish foreign minister was in Tehran on Sunday for talks on the nuclear dispute.",
    ),
    # (EV21b) the guard holds the rule's words ("be in ... for talks"): no capital, no visit
    ("not", "CONSULT", None, None, "The Kenyan striker was in no mood for talks with his club on Monday."),
    # captives let go, settlement building frozen (0841, 0832)
    ("plover", "RETREAT", "0841", "SYR", "Syria let the Italian hostages leave the country on Monday."),
    (
        "plover",
        "CONCEDE",
        "0832",
        "ISR",
        "Israel suspended settlement building in the West Bank for ten months.",
    ),
    # burned alive or throats slit (1823); people seized by civilians (181), suspects seized by police (173)
    (
        "plover",
        "ASSAULT",
        "1823",
        "NGA",
        "A Nigerian mob burned alive two suspected thieves in Port Harcourt.",
    ),
    (
        "plover",
        "ASSAULT",
        "1823",
        "DZA",
        "Algerian militants cut the throats of 12 bus passengers near Medea.",
    ),
    (
        "plover",
        "ASSAULT",
        "181",
        "COL",
        "Colombian villagers seized two oil engineers near the pipeline on Friday.",
    ),
    ("plover", "COERCE", "173", "KEN", "Kenyan police seized two suspects in Mombasa on Monday."),
    # words of the class in sport and business
    ("not", "COERCE", None, None, "The Italian side seized the lead in the second half at Wembley."),
    ("not", "ASSAULT", None, None, "The French winger attacked the goal from the left wing."),
    (
        "not",
        "SANCTION",
        None,
        None,
        "The Portuguese club broke off contract talks with the Brazilian forward.",
    ),
    ("not", "RETREAT", None, None, "The Swiss drug maker pulled back from its bid for an American rival."),
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = wrong_senses(coder, SENSES_TABLE, "ns21r")
    assert not wrong, wrong
