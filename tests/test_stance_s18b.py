"""Mends of session 18's stance rules (ST18b, after the RV18-stance review), in sentences of our own.

Each group fails on the code before the mend; the guards beside them keep ST18's gains.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. A harm word with a value of its own reads the "not": the requirement must not turn it again.
        ("The territorial integrity of Freedonia must not be violated.", "territorial_integrity", "support"),
        (
            "The sovereignty of Freedonia must never be undermined by anyone.",
            "territorial_integrity",
            "support",
        ),
        ("The peace talks in Vardo must not be undermined.", "peace_talks", "support"),
        # guards: a harm verb with no value of its own keeps ST18's turn
        ("Aid convoys to Vardo must not be blocked.", "humanitarian_access", "support"),
        ("Aid deliveries should never be obstructed by the army.", "humanitarian_access", "support"),
    ],
)
def test_required_not_to_happen(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. A cost on ordinary people is still a cost of the measure; only one on a named party or an
        # adversary is the measure working.
        ("The sanctions impose an unbearable cost on ordinary families.", "oppose"),
        ("These sanctions would impose heavy costs on small farmers.", "oppose"),
        ("The sanctions mean higher costs for consumers across the continent.", "oppose"),
        # guards
        ("The new sanctions impose real costs on the junta.", "not addressed"),
        ("The sanctions would impose heavy costs on our exporters.", "oppose"),
    ],
)
def test_costs_on_ordinary_people(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "sanctions") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3. The conceded clause names the issue outright: its reading stands.
        (
            "Although Ruritania backs the talks in Geneva, it cannot support the meeting being prepared in"
            " Geneva on fishing quotas.",
            "support",
        ),
        (
            "While Ruritania supports the talks in Geneva, it rejects the meeting in Geneva called by the"
            " rebels.",
            "support",
        ),
        # guard: ST18's stand-in case
        (
            "While Ruritania has always favoured dialogue, it cannot support the meeting being prepared in"
            " Geneva.",
            "oppose",
        ),
    ],
)
def test_conceded_clause_names_the_issue(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "the planned talks in Geneva", ["National Council of Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 4. Sympathy judges only what its people suffered; "during" and "at" give the time or place.
        (
            "Ruritania offers its condolences on the death of the former president, who signed the"
            " ceasefire.",
            "ceasefire",
            "not addressed",
        ),
        (
            "Ruritania extends its condolences to the families of those who died during the ceasefire.",
            "ceasefire",
            "not addressed",
        ),
        (
            "Ruritania sends its sympathy to the relatives of the protesters killed during the peace talks.",
            "peace_talks",
            "not addressed",
        ),
        # guard: the cause keeps ST18's reading
        (
            "Ruritania offers its condolences to the families of those killed in the shelling of Vardo.",
            "military_strikes",
            "oppose",
        ),
        # 5. A killer described by a clause did the killing; a candidate who lost was beaten, not harmed.
        (
            "Ruritania condemns the pilots who killed civilians in the airstrikes on Vardo.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania condemns the artillery crews that killed villagers in the shelling of Vardo.",
            "military_strikes",
            "oppose",
        ),
    ],
)
def test_sympathy_and_suffering(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 6. "give / lend no support": the object's "no" counts.
        ("Ruritania will give no support to the talks in Geneva.", "the planned talks in Geneva", "oppose"),
        ("Ruritania will lend no support to the talks in Geneva.", "the planned talks in Geneva", "oppose"),
        # guard
        (
            "Ruritania will lend its full support to the talks in Geneva.",
            "the planned talks in Geneva",
            "support",
        ),
    ],
)
def test_conveying_no_support(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["National Council of Ruritania"]) == expected


def test_party_in_the_singular_is_one_side(coder) -> None:
    """8. "the party" asked to show restraint is one side, not all of them (the plural keeps the old rule)."""
    text = (
        "The police dispersed the rally in Vardo. Ruritania calls on the party to exercise restraint"
        " towards the protesters."
    )
    assert _stance(coder, text, "force_against_protesters") == "oppose"


@pytest.mark.parametrize(
    "text",
    [
        # 7. Prices rising are not the wage raised (the [raise, increase, rise, hike] group is dropped).
        "The employers' federation welcomes the decision to keep the minimum wage unchanged despite the"
        " rise in prices.",
        "The federation welcomes the freeze of the minimum wage, as costs increase across the sector.",
    ],
)
def test_rising_prices_are_not_a_raised_wage(coder, text: str) -> None:
    assert (
        _stance(coder, text, "raising the minimum wage", ["National Council of Ruritania"]) == "not addressed"
    )
