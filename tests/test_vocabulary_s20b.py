"""Mends of session 20's statement rules (VC20b, review RV20-events findings 1-6): each over-broad rule keeps
its intended sentences and no longer codes the other senses of its words. Sentences of our own wording; the
"!" rows failed before their mend, the others are the rules' intended sentences (pass before and after).
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import issued_events

# (issuer, sentence, a CAMEO code prefix expected among the events, or "!" + a prefix no event may have)
MENDS_TABLE = [
    # 163: sanctions designate people; an appointment designates someone to an office (finding 1)
    (
        "Ministry of Foreign Affairs of Canada",
        "Canada designated four army generals under its sanctions regulations.",
        "163",
    ),
    ("Government of Chile", "The president designated a new minister of health on Friday.", "!163"),
    ("Government of Chile", "The coalition designated its deputy leader as candidate for governor.", "!163"),
    ("Government of Chile", "The senate designated the judge as chair of the audit court.", "!163"),
    ("Government of Chile", "The cabinet designated an interim director for the national museum.", "!163"),
    # 152: armed forces put on a war footing; an economy on a war footing is a figure of speech (finding 2)
    ("Ministry of Defence of Armenia", "Armenia put its army on a war footing along the border.", "152"),
    (
        "Ministry of Defence of Armenia",
        "The ministry placed its coastal artillery units on a war footing.",
        "152",
    ),
    (
        "Government of Italy",
        "The government put the health system on a war footing to fight the virus.",
        "!15",
    ),
    (
        "Government of Italy",
        "The prime minister switched the economy to a war footing against inflation.",
        "!15",
    ),
    # 160: programmes of training and partnerships ended; an armed mission ended is a withdrawal (087), and
    # leaving a dialogue is 164 (finding 3)
    ("Government of Germany", "Germany ended its police training programme in Niger.", "160"),
    ("Government of Japan", "Japan halted its military training mission in Iraq.", "160"),
    ("Government of Norway", "Norway withdrew from the security partnership with the junta.", "160"),
    ("Government of Spain", "Spain ended its military mission in the Sahel.", "!160"),
    ("Government of Spain", "The rebels pulled out of the dialogue with the government.", "!160"),
    # 161: an embassy or mission downgraded; not a "representation" of women or on a board (finding 5)
    ("Government of Estonia", "Estonia downgraded its embassy in Minsk to a chargé d'affaires.", "161"),
    ("Government of Estonia", "Estonia reduced its diplomatic representation in Minsk.", "16"),
    ("Government of Estonia", "The ministry downgraded the representation of women on its boards.", "!16"),
    ("Government of Estonia", "The company reduced its representation on the supervisory board.", "!16"),
    # 138: a threat to strike or launch against a military object, renewed; not a lawsuit, a satellite, a
    # labour strike, nor terrorism brought up in talks (finding 4)
    ("Government of Kenya", "The bank made a threat to launch legal action against the magazine.", "!138"),
    ("Government of Kenya", "Iran issued a threat to launch a new weather satellite.", "!138"),
    ("Government of Kenya", "The dockworkers' union renewed its threat to strike over wages.", "!138"),
    ("Government of Kenya", "Nurses raised the threat of a strike over staffing levels.", "!138"),
    (
        "Government of Kenya",
        "The minister raised the threat of terrorist attacks with his Ugandan counterpart.",
        "!138",
    ),
    ("Government of Japan", "Pyongyang repeated its threat to strike American bases in the Pacific.", "138"),
    (
        "Government of Japan",
        "The militia renewed its threat to launch a ground offensive on the town.",
        "138",
    ),
    ("Government of Japan", "The junta issued a threat to attack the capital.", "138"),
    # 111: concern at another's deliberate act; not people moving, nor an act only possible (finding 6)
    (
        "Government of Norway",
        "Norway is concerned about the move of thousands of migrants towards the frontier.",
        "!111",
    ),
    (
        "Government of Norway",
        "Norway is concerned about the possible closure of the crossing by Egypt.",
        "!111",
    ),
    (
        "Government of Norway",
        "Norway is concerned about the potential expulsion of aid workers by the junta.",
        "!111",
    ),
    ("Government of Norway", "Norway expressed concern at the detention of its citizens by Iran.", "111"),
]


@pytest.mark.parametrize(("issuer", "text", "code"), MENDS_TABLE)
def test_mended_senses(coder: Any, issuer: str, text: str, code: str) -> None:
    """Each sentence gets an event of the expected code (or none of the forbidden one)."""
    codes = [e.cameo for e in issued_events(coder, text, issuer)]
    if code.startswith("!"):
        assert not any(c.startswith(code[1:]) for c in codes), (text, codes)
    else:
        assert any(c.startswith(code) for c in codes), (text, codes)
