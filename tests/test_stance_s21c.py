"""Session 21 (ST21c): stance mends of the second wave, in sentences of our own.

Each group fails on the code before its change; the guards beside them pass before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Government of Ruritania")


STRIKE = "the rail strike in Ruritania"
DEFER = "It is not for the Government to decide who is right. "
ASK = "The Minister urges the unions and the operators to meet again this week. "


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. The one called on is not what is called for, also when the appeal is a coded event (an issuer
        # with a known sector gets one): the issue's word in the addressee's name takes no value from it.
        (
            "Ruritania urges the National Electoral Council to receive the complaints of all candidates.",
            "election_legitimacy",
            "not addressed",
        ),
        (
            "Ruritania calls on the Sanctions Committee of the Council to meet the envoys next week.",
            "sanctions",
            "not addressed",
        ),
        # guards: what is called for still reads
        (
            "Ruritania calls on the Sanctions Committee of the Council to lift the sanctions on Varnia.",
            "sanctions",
            "oppose",
        ),
        (
            "Ruritania calls on the Electoral Commission to annul the fraudulent presidential election.",
            "election_legitimacy",
            "oppose",
        ),
    ],
)
def test_addressee_of_a_coded_appeal(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. A deference carries on across sentences that only ask things of others: what follows them
        # (an obligation with no holder) takes no side either.
        (DEFER + ASK + "The rail workers' right to strike must be respected.", "neutral"),
        (DEFER + ASK + "The rail strike must be respected as a lawful action.", "neutral"),
        # guards: a sentence between that asks nothing stops it; the issuers' own verdict stands
        (
            DEFER + "Commuters have lost many hours on crowded buses. Ruritania respects the rail strike.",
            "support",
        ),
        (DEFER + ASK + "Ruritania respects the rail strike.", "support"),
        (DEFER + ASK + "Ruritania condemns the rail strike, which holds commuters hostage.", "oppose"),
    ],
)
def test_deference_across_asks(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, STRIKE) == expected


ICJ = "Varnia taking the border dispute with Lakonia to the International Court of Justice"
NOTED = "Ruritania notes the application by Varnia to the International Court of Justice. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3. A right upheld for each of the parties to choose leaves the choice to them: it takes no side on
        # the way one of them chose, also when the call beside it names both ("both sides").
        (
            NOTED + "Ruritania respects the right of each state to choose the peaceful means of settling the "
            "border dispute, and encourages both sides to keep talking.",
            "neutral",
        ),
        (
            NOTED + "Ruritania respects the right of all parties to choose how to settle the border dispute.",
            "neutral",
        ),
        # guards: the right of the one party that chose; the choice welcomed in the issuers' own words; the
        # right denied
        (
            NOTED
            + "Ruritania supports the right of Varnia to choose the Court to settle the border dispute.",
            "support",
        ),
        (
            "Ruritania welcomes the application by Varnia to the International Court of Justice. Ruritania "
            "respects the right of each state to choose the peaceful means of settling the border dispute.",
            "support",
        ),
        (
            NOTED
            + "Ruritania does not accept the right of each state to choose the means of settling the border "
            "dispute.",
            "oppose",
        ),
    ],
)
def test_choice_left_to_each(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, ICJ) == expected


@pytest.mark.parametrize(
    ("text", "issue", "issuer", "expected"),
    [
        # 4. RS21's findings 1-5 (the review's fixes applied): unilateral measures imposed or lifted are
        # sanctions; a suffix of a name's initials is another thing; "not an inch" needs the land; airspace
        # with "lives" needs lives lost; "another country" and "hear claims" are no deportation terms.
        (
            "Ruritania rejects the unilateral restrictions imposed on its oil exports.",
            "sanctions",
            "Government of Ruritania",
            "oppose",
        ),
        (
            "Ruritania welcomes the new RMA guidelines for harbour dredging.",
            "the Critical Raw Materials Act",
            "Government of Ruritania",
            "not addressed",
        ),
        (
            "Ruritania will not surrender an inch in the wage talks with the teachers.",
            "territorial_integrity",
            "Government of Ruritania",
            "not addressed",
        ),
        (
            "Drones violating the airspace over the capital's airport endangered the lives of passengers.",
            "military_strikes",
            "Government of Ruritania",
            "not addressed",
        ),
        (
            "Ruritania condemns the detention of one of its citizens in another country.",
            "the UK's Rwanda deportation scheme",
            "Government of Ruritania",
            "not addressed",
        ),
        # guards: the cue itself; an inch of land
        (
            "Ruritania condemns the unilateral coercive measures against its banks.",
            "sanctions",
            "Government of Ruritania",
            "oppose",
        ),
        (
            "Ruritania will defend every inch of its land.",
            "territorial_integrity",
            "Government of Ruritania",
            "support",
        ),
    ],
)
def test_review_findings_mended(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, [issuer]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 5. RS21 finding 7: an inquiry into an ending of the issue is against the ending, not the issue.
        (
            "Ruritania backs an independent inquiry into the collapse of the peace talks in Geneva.",
            "peace_talks",
            "support",
        ),
        # guard: an inquiry into a wrong is against it
        (
            "Ruritania calls for an investigation into the shelling of the hospital.",
            "military_strikes",
            "oppose",
        ),
    ],
)
def test_inquiry_into_an_ending(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
