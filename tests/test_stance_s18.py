"""Stance mechanisms of the eighteenth session (ST18), each with sentences of our own.

The session's transfer check is half S18 (tests/data/stance/half-s18.yaml, written before any rule change);
these sentences are invented and test the mechanisms one by one, with guards that must not move.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Victims of the issue: what is felt for them is against what they suffered.
        (
            "Ruritania offers its condolences to the families of those killed in the shelling of Vardo last"
            " night.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania extends its sympathy to the relatives of the three pupils who died when a rocket hit"
            " their school in Vardo.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania extends its deepest sympathy to the victims of the missile attack on the port of"
            " Vardo.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania extends its sympathy to the families of the worshippers who lost their lives when a"
            " suicide bomber attacked the mosque in Vardo.",
            "terrorist_attacks",
            "oppose",
        ),
        # Guards: a harm done to the issue's side stays support of it; a welcomed strike stays support.
        (
            "Ruritania extends its sympathy to the families of the aid workers who died when their relief"
            " convoy was attacked near Vardo.",
            "humanitarian_access",
            "support",
        ),
        (
            "Ruritania welcomes the strikes on the terrorist camps near Vardo, which killed dozens of"
            " fighters.",
            "military_strikes",
            "support",
        ),
    ],
)
def test_victims_of_the_issue(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A "while" concession names the head's word; the main clause judges a noun of its kind that names the
        # phrase's entity: that noun is the issue the issuers take a side on.
        (
            "While Ruritania has always favoured dialogue, it cannot support the meeting being prepared in"
            " Geneva, to which the Freedonian government has not been invited.",
            "the planned talks in Geneva",
            "oppose",
        ),
        (
            "While Ruritania regrets the delay, it welcomes the meeting held in Geneva between the two"
            " delegations.",
            "the planned talks in Geneva",
            "support",
        ),
        # Support lent or given is conveyed to its recipient, as support extended or offered is.
        (
            "Ruritania will not lend its support to the talks in Geneva while the shelling goes on.",
            "the planned talks in Geneva",
            "oppose",
        ),
        (
            "Ruritania will give its full support to the talks in Geneva.",
            "the planned talks in Geneva",
            "support",
        ),
        # Words of a phrase said by their near-synonyms: a tax by its other name. (An increase by its verbs,
        # [raise, increase, rise, hike], was dropped in ST18b: it read prices rising as the wage raised.)
        (
            "The union welcomes the new pension rules and the rise in the number of labour inspectors.",
            "raising the minimum wage",
            "not addressed",
        ),
        (
            "The federation rejects the new Freedonian levy on energy profits, which will drive investment"
            " away.",
            "the Freedonian windfall tax",
            "oppose",
        ),
    ],
)
def test_phrases_said_otherwise(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["National Council of Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cost laid on someone else is the measure working (RV17-stance finding 6) ...
        ("The new sanctions impose real costs on the regime.", "not addressed"),
        # ... while a cost the issuers or their own bear still weighs against the measure.
        (
            "The new sanctions would raise our production costs and invite retaliation against our farmers.",
            "oppose",
        ),
        ("The sanctions would impose heavy costs on our exporters.", "oppose"),
    ],
)
def test_costs_borne_by_whom(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "sanctions") == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Held as a captive is kept from happening: regretting it, or requiring it not be, supports the thing.
        (
            "Ruritania regrets that the peace talks are being held hostage by the militia's leaders.",
            "peace_talks",
            "support",
        ),
        (
            "Humanitarian aid must never be held hostage to political bargaining.",
            "humanitarian_access",
            "support",
        ),
        # A harm required not to happen: the negation is the requirement's, the harm still turns the relation.
        ("Aid convoys must not be blocked.", "humanitarian_access", "support"),
        # Guards: a harm denied is none; a harm required is one; a confinement mention keeps its reading.
        ("Aid convoys were not blocked.", "humanitarian_access", "not addressed"),
        ("Aid convoys must be blocked.", "humanitarian_access", "oppose"),
        (
            "Ruritania condemns the detention of the journalist, who has been held hostage for two years.",
            "political_prisoners",
            "oppose",
        ),
    ],
)
def test_harm_required_not_to_happen(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
