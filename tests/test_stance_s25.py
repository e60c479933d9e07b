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


# 2. Turns said by denying the same of another part ("We cannot say the same of the northern
#    constituencies", "The same cannot be said of ...") or by a contrast phrase ("By contrast", "In contrast",
#    "Conversely") set the side after them against the side before, as "However" does (the document may then
#    be mixed). Before, such a sentence linked nothing and the heavier side won.
MISSION = "Varnian Election Observation Mission"
CAPITAL = (
    "The mission considers that the vote in the capital was free and well run, and that the results "
    "announced there reflect the will of the voters."
)
SOUTH = "the southern provinces"
RECOUNT = "The mission does not consider those results credible and supports the call for a recount there."
SECRET = "observers were expelled and ballots were counted in secret"

TURNS = [
    (f"{CAPITAL} We cannot say the same of {SOUTH}, where {SECRET}. {RECOUNT}", "mixed"),
    (f"{CAPITAL} The same cannot be said of {SOUTH}, where {SECRET}. {RECOUNT}", "mixed"),
    (f"{CAPITAL} By contrast, in {SOUTH} {SECRET}. {RECOUNT}", "mixed"),
    (f"{CAPITAL} Conversely, in {SOUTH} {SECRET}. {RECOUNT}", "mixed"),
]

TURNS_HELD = [
    # the same affirmed is no turn
    (f"{CAPITAL} The same is true of {SOUTH}. The mission considers the results credible.", "support"),
    # "the same" denied of something else, with no side read before it: nothing to set against
    (
        "The mission considers that the vote was marred by fraud. We cannot say the same of the campaign, "
        "which was calm. The mission does not consider the results credible.",
        "oppose",
    ),
    # "not ... the same mistakes" is no turn; nor is a plain next sentence
    (
        "The mission considers that the vote in the capital was free and well run. The authorities will not "
        f"make the same mistakes as in 2019. {RECOUNT}",
        "oppose",
    ),
    (f"{CAPITAL} In {SOUTH} {SECRET}. {RECOUNT}", "oppose"),
]


@pytest.mark.parametrize(("text", "gold"), TURNS + TURNS_HELD)
def test_turns_by_the_same_denied_and_contrast_phrases(coder, text: str, gold: str):
    assert _stance(coder, text, "election_legitimacy", MISSION) == gold


# 3. A turn two or three sentences after a side, with no side read in between, where the issuers' own
#    evaluative verb takes the other side on a thing of the issue's topic ("a text", "the provision"), is that
#    other side (_turned_after, the mirror of _conceded_before). Before, only the very next sentence was read
#    so, and only when the turn named the issue itself.
FEDERATION = "Varnian Federation of Digital Industries"
DATA_LAW = "the Varnian data protection law"
APPROACH = (
    "The Federation supports the risk-based approach at the heart of the Varnian data protection law. These "
    "are the right foundations for trust."
)
HARDEST = "a text that would make Varnia the hardest place to start a company."

TURNED = [
    (f"{APPROACH} However, we cannot endorse {HARDEST}", "mixed"),
    (f"{APPROACH} But we cannot support {HARDEST}", "mixed"),
    (f"{APPROACH} At the same time, we reject {HARDEST}", "mixed"),
]

TURNED_HELD = [
    # another's refusal, a refusal with no turn, a turn on the same side
    (f"{APPROACH} However, the opposition cannot endorse {HARDEST}", "support"),
    (f"{APPROACH} We cannot endorse {HARDEST}", "support"),
    (f"{APPROACH} However, we also welcome a text that keeps Varnia open to new companies.", "support"),
    # a turn to a thing of no word of the issue's topic is no side of it
    (f"{APPROACH} However, we cannot accept the new school budget.", "support"),
    (f"{APPROACH} However, we cannot accept a budget that cuts teachers' pay.", "support"),
]


@pytest.mark.parametrize(("text", "gold"), TURNED + TURNED_HELD)
def test_a_later_turn_in_the_issuers_words(coder, text: str, gold: str):
    assert _stance(coder, text, DATA_LAW, FEDERATION) == gold


def test_a_later_turn_already_read_stays(coder):
    # (held: read mixed before this change too, by the turn's own reading)
    text = (
        "The Confederation supported the amendment to the labour code at second reading. Workers deserve to "
        "know their schedules a week ahead. At the same time, we cannot accept a code that lets employers "
        "extend the working week at will."
    )
    code = "the amended labour code in Varnia"
    assert _stance(coder, text, code, "Varnian Confederation of Labour") == "mixed"
