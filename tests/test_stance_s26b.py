"""Session 26, second wave (ST26b): a position read from the feeling a thing is received with.

Written before the rule was run on them (own sentences, none copied from gold). "X notes with concern Y",
"received with dismay the decision", "has learned with satisfaction of the release": the noting or receiving
verb alone takes no side, but the feeling named by its "with" phrase does. Held items: a manner that is no
feeling ("with interest", "with attention") keeps the noting neutral.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances

# Own items that still fail at the session's end, kept as written and marked (strict: a pass is reported).
XFAIL = "ST26b, not mended: "


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


# 1. A noting or receiving verb with a feeling: "notes with concern", "received with deep regret".
FEELING = [
    (
        "The Ministry of Foreign Affairs of Norland notes with concern the decision of the Varnian "
        "parliament "
        "to extend the state of emergency for another six months.",
        "the extension of the state of emergency in Varnia",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
    (
        "The Federation of Exporters received with deep regret the new import levy on Kastorian wine "
        "announced "
        "by the government yesterday.",
        "the import levy on Kastorian wine",
        "Federation of Exporters",
        "oppose",
    ),
    (
        "Sweden has learned with great satisfaction of the release of the journalist Anna Petrova, who had "
        "been held for two years in Koravia.",
        "the release of Anna Petrova",
        "Ministry for Foreign Affairs of Sweden",
        "support",
    ),
    (
        "The Council of Bishops views with alarm the plan to close rural schools across the northern "
        "provinces, which would leave thousands of children without a classroom.",
        "the plan to close rural schools",
        "Council of Bishops",
        "oppose",
    ),
    (
        "Tamaris welcomed with relief and followed with satisfaction the signing of the border agreement "
        "between its two neighbours.",
        "the border agreement",
        "Tamaris",
        "support",
    ),
    (
        "The union greeted with dismay the closure of the Dunmore steelworks, where nine hundred people lost "
        "their jobs this week.",
        "the closure of the Dunmore steelworks",
        "Dunmore Steelworkers Union",
        "oppose",
    ),
]
# Held: a manner that names no feeling keeps the noting neutral.
FEELING_HELD = [
    (
        "The Ministry of Foreign Affairs of Norland notes with interest the decision of the Varnian "
        "parliament "
        "to extend the state of emergency for another six months.",
        "the extension of the state of emergency in Varnia",
        "Ministry of Foreign Affairs of Norland",
        "neutral",
    ),
    (
        "Tamaris has followed with attention the signing of the border agreement between its two neighbours.",
        "the border agreement",
        "Tamaris",
        "neutral",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), FEELING + FEELING_HELD)
def test_feeling_of_reception(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 2. The issue named twice in one sentence: the bare definite repeat ("the law", "the accord") carries the
#    judgement, while the first naming sits in a time or setting phrase ("On the anniversary of the Award ...,
#    X reiterates that the Award is binding"). Held: a repeat of the head noun that names another thing of its
#    kind ("the reform of the health service", "the new labour law") is no repeat.
REPEAT = [
    (
        "When the Kastorian parliament adopted the media bill last week, Sweden warned that the bill is a "
        "grave "
        "threat to press freedom.",
        "the Kastorian media bill",
        "Ministry for Foreign Affairs of Sweden",
        "oppose",
    ),
    (
        "Ten years after the peace accord was signed in Tamaris, the coalition reaffirms that the accord "
        "remains "
        "the only viable basis for a lasting peace.",
        "the Tamaris peace accord",
        "Tamaris Civic Coalition",
        "support",
    ),
    (
        "After the ministers discussed the gas pipeline at length on Tuesday, Norland declared that the "
        "pipeline "
        "is a dangerous and unnecessary project.",
        "the Varnia-Norland gas pipeline",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
    (
        "Since the pension reform was first announced in March, the union has insisted that the reform is "
        "unfair to young workers and must be withdrawn.",
        "the pension reform in Varnia",
        "Varnian Workers Union",
        "oppose",
    ),
    (
        "On the fifth anniversary of the border ruling of the tribunal, Koravia recalls that the ruling is "
        "final "
        "and binding on both parties.",
        "the tribunal's border ruling",
        "Ministry of Foreign Affairs of Koravia",
        "support",
    ),
]
REPEAT_HELD = [
    pytest.param(
        "While the pension reform was being debated, the union praised the reform of the health service as a "
        "fair compromise.",
        "the pension reform in Varnia",
        "Varnian Workers Union",
        "support",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL + "'the reform of the health service' read as the issue (before this session too)",
        ),
    ),
    (
        "Since the electoral law was passed in May, Norland has welcomed the new labour law as a fair "
        "settlement for workers.",
        "the Varnian electoral law",
        "Ministry of Foreign Affairs of Norland",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), REPEAT)
def test_repeat_in_sentence(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


@pytest.mark.parametrize(("text", "issue", "issuer", "wrong"), REPEAT_HELD)
def test_repeat_of_another_kind(coder, text: str, issue: str, issuer: str, wrong: str):
    assert _stance(coder, text, issue, issuer) != wrong


# 3. A thing named in a clause that says when it happened ("Since the accord was signed in April, ...", "When
#    the parliament passed the law last year, ..."), a past event: the main clause's verb does not take it as
#    its object. Held: a "since" of cause in the present ("since the blockade violates the law") still judges.
SINCE_WHEN = [
    (
        "Since the ceasefire agreement was signed in April, Norland has condemned every attack on "
        "civilians by "
        "the militias.",
        "the ceasefire agreement",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
    pytest.param(
        "When the Varnian parliament passed the budget law last year, the opposition called for early "
        "elections.",
        "the Varnian budget law",
        "Varnian Democratic Opposition",
        "support",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL + "support read from the main clause's call by another path than the walk",
        ),
    ),
    pytest.param(
        "Since the mining licence was granted to Korex in 2019, the villagers have demanded compensation for "
        "their lost fields.",
        "the mining licence granted to Korex",
        "Villagers' Committee of Dunmore",
        "support",
        marks=pytest.mark.xfail(
            strict=True, reason=XFAIL + "'granted' said of the licence read as support inside its own clause"
        ),
    ),
    (
        "When the embassy of Tamaris was closed in March, its government rejected all claims that its "
        "diplomats "
        "had spied.",
        "the closure of the embassy of Tamaris",
        "Government of Tamaris",
        "oppose",
    ),
]
SINCE_HELD = [
    (
        "Since the blockade of Tamaris violates international law, Norland condemns it in the strongest "
        "terms.",
        "the blockade of Tamaris",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
    (
        "When the port of Tamaris reopens, Norland will welcome the resumption of trade.",
        "the reopening of the port of Tamaris",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "wrong"), SINCE_WHEN)
def test_time_clause_not_the_object(coder, text: str, issue: str, issuer: str, wrong: str):
    assert _stance(coder, text, issue, issuer) != wrong


def test_cause_still_judges(coder):
    text, issue, issuer, gold = SINCE_HELD[0]
    assert _stance(coder, text, issue, issuer) == gold


def test_future_when_not_opposed(coder):
    text, issue, issuer, wrong = SINCE_HELD[1]
    assert _stance(coder, text, issue, issuer) != wrong
