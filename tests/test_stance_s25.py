"""Session 25 (ST25): stance rules of this session, in sentences of our own (none copied from gold).

1. In a document about the issue, what the issuers themselves note or follow is the issue, on no side, even
   when only a weak word of it is named ("takes note of the results announced ... following Sunday's
   presidential election" for an election result). Before, weak words alone took no side there, and the
   statement read "not addressed". Another's noting, a noting denied, a bare mention and a side taken stay.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


NORWAY = "Ministry of Foreign Affairs of Norway"
RESULT = "the Varnian presidential election result"
ANNOUNCED = (
    "the results announced by the National Electoral Commission following Sunday's presidential election"
)
COURTS = "Norway calls on all parties to settle any dispute through the courts."

NOTED = [
    # read "not addressed" before: the weak word ("results") in a sentence the issuers only note
    (f"Norway takes note of {ANNOUNCED}. {COURTS}", RESULT, NORWAY, "neutral"),
    (
        "Chile has taken note of the results published by the electoral tribunal after the parliamentary "
        "vote. "
        "Chile encourages the authorities to publish the figures for each polling station.",
        "the Varnian parliamentary election result",
        "Ministry of Foreign Affairs of Chile",
        "neutral",
    ),
    # read "support" before (respecting each party's choice); the noting sentence now counts
    (
        "Austria takes note of Varnia's request to the International Court of Justice on the maritime "
        "border. "
        "Austria respects the choice of each party as to the peaceful means of settlement.",
        "Varnia's referral of the border dispute to the International Court of Justice",
        "Ministry of Foreign Affairs of Austria",
        "neutral",
    ),
]

HELD = [
    # another state's noting is not the issuers'
    (f"Brazil has taken note of {ANNOUNCED}. {COURTS}", RESULT, NORWAY, "not addressed"),
    # a noting denied, and a bare mention, take nothing
    (f"Norway does not take note of {ANNOUNCED}. {COURTS}", RESULT, NORWAY, "not addressed"),
    (
        "The results announced by the National Electoral Commission following Sunday's presidential election "
        f"were delayed by two days. {COURTS}",
        RESULT,
        NORWAY,
        "not addressed",
    ),
    # a side taken after the noting, or instead of it, still wins
    (
        f"Norway takes note of {ANNOUNCED}. These results cannot be accepted: observers were expelled from "
        "half the polling stations.",
        RESULT,
        NORWAY,
        "oppose",
    ),
    (f"Norway welcomes {ANNOUNCED}.", RESULT, NORWAY, "support"),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), NOTED + HELD)
def test_issuers_noting_a_weak_mention(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold
