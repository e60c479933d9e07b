"""Session 19 (ST19b): oppose read as support, mixed and neutral, in sentences of our own.

Each group fails on the code before its change; the guards beside them pass before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuers: list[str] | None = None) -> str:
    stances = _stances(coder, text, issue, issuers or ["Ruritanian Farmers Union"])
    return stances[0].stance if stances else "not addressed"


DEAL = "the fishing quota deal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. What the issuers require of others is their position, though the verb's subject is not them.
        ("The Senate should reject the fishing quota deal.", "oppose"),
        ("Members of the Bundestag must reject the fishing quota deal.", "oppose"),
        ("The Senate should not reject the fishing quota deal.", "support"),
        # guards: others' own act, and the issuers' own verdict
        ("The Senate rejected the fishing quota deal.", "not addressed"),
        ("We reject the fishing quota deal.", "oppose"),
    ],
)
def test_required_of_others(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, DEAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. A particle the parser hangs on the object still makes the phrasal verb: "vote it down".
        ("We urge Parliament to vote the fishing quota deal down.", "oppose"),
        ("Ministers should tear the fishing quota deal up.", "oppose"),
        # ... and "vote down", "tear up", "water down" join the phrasal harms
        ("We call on senators to vote down the fishing quota deal.", "oppose"),
        # guard: a verb of approval
        ("We urge Parliament to approve the fishing quota deal.", "support"),
    ],
)
def test_particle_on_the_object(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, DEAL) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 3. A subject that none fits denies its predicate.
        (
            "No result of the presidential election can be considered credible.",
            "election_legitimacy",
            "oppose",
        ),
        ("No election held under these conditions can be free or fair.", "election_legitimacy", "oppose"),
        ("No state should endorse the fishing quota deal.", DEAL, "oppose"),
        ("Nothing justifies the fishing quota deal.", DEAL, "oppose"),
        # guards
        (
            "The result of the presidential election can be considered credible.",
            "election_legitimacy",
            "support",
        ),
        ("Every state should endorse the fishing quota deal.", DEAL, "support"),
    ],
)
def test_denied_subject(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
