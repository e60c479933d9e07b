"""Session 26, second wave (ST26b): a position read from the feeling a thing is received with.

Written before the rule was run on them (own sentences, none copied from gold). "X notes with concern Y",
"received with dismay the decision", "has learned with satisfaction of the release": the noting or receiving
verb alone takes no side, but the feeling named by its "with" phrase does. Held items: a manner that is no
feeling ("with interest", "with attention") keeps the noting neutral.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


# 1. A noting or receiving verb with a feeling: "notes with concern", "received with deep regret".
FEELING = [
    (
        "The Ministry of Foreign Affairs of Norland notes with concern the decision of the Varnian parliament "
        "to extend the state of emergency for another six months.",
        "the extension of the state of emergency in Varnia",
        "Ministry of Foreign Affairs of Norland",
        "oppose",
    ),
    (
        "The Federation of Exporters received with deep regret the new import levy on Kastorian wine announced "
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
        "The Ministry of Foreign Affairs of Norland notes with interest the decision of the Varnian parliament "
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
