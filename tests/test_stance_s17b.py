"""Stance rules mended after the session-17 stance review (ST17b), each with sentences of our own.

The review ran made-up sentences through the session's new rules and found them too broad: a deference that
wiped out sides the issuers took, a counter cue that read a verb of narration as an election, and "make ...
available" read as a procedure for every issue. The sentences here are invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A wish or a date ("it is crucial / too soon for X to ..."), not a question left to others.
        (
            "It is crucial for both governments to resolve the border question through talks. Ruritania"
            " strongly condemns the annexation of the Lusk peninsula.",
            "annexation of the Lusk peninsula",
            "oppose",
        ),
        (
            "Ruritania welcomes the ceasefire in the eastern provinces. It is still too soon for anyone to"
            " judge whether it will last.",
            "ceasefire",
            "support",
        ),
        (
            "Ruritania welcomes the new sanctions against the Freedonian junta. It is high time for the"
            " Council to decide on a further package.",
            "sanctions",
            "support",
        ),
        # A side refused to someone ("the side of ...", "sides with ...", "the view that ..."), or refused by
        # others the issuers call on, is no neutrality of the issuers.
        (
            "Ruritania will never take the side of those who bomb hospitals, and condemns the air strikes on"
            " Vardo.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania condemns the annexation of the Lusk peninsula and urges all states not to take sides"
            " with the occupying power.",
            "annexation of the Lusk peninsula",
            "oppose",
        ),
        (
            "Ruritania condemns the annexation of the Lusk peninsula. We do not take the view that borders"
            " may be changed by force.",
            "annexation of the Lusk peninsula",
            "oppose",
        ),
        # Another question left to others next to a side the issuers take in their own words: the side stands.
        (
            "Ruritania welcomes the presidential election in Freedonia, held in a calm atmosphere. It is for"
            " the citizens of Freedonia to choose who governs them.",
            "election_legitimacy",
            "support",
        ),
        (
            "Ruritania condemns the shelling of the hospital in Vardo. The amount of compensation is a matter"
            " for the courts.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania takes no side in the dispute between Freedonia and Sylvania. But we condemn the air"
            " strike that destroyed the school in Vardo and killed nine children.",
            "military_strikes",
            "oppose",
        ),
    ],
)
def test_a_side_taken_next_to_a_deference_stands(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # What the issuers only ask of the parties takes no side once they leave the question to others.
        (
            "It is for the two governments to decide how to settle the border question. Ruritania calls on"
            " both to resume talks.",
            "peace_talks",
        ),
        (
            "It is not for Ruritania to judge which party is right. We call on both sides to return to the"
            " negotiating table.",
            "peace_talks",
        ),
        (
            "Ruritania does not take sides in the border dispute and calls on both governments to respect the"
            " ceasefire.",
            "ceasefire",
        ),
        # A demonstrative subject takes the question back to the issue.
        (
            "Ruritania has noted the vote on the new constitution of Freedonia. This is a matter for the"
            " Freedonian people alone. We hope the count will be transparent.",
            "election_legitimacy",
        ),
    ],
)
def test_a_question_left_to_others_stays_neutral(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # "recount" the verb narrates: no second count of an election is asked for.
        "Ruritania is shocked by the torture that former detainees recount in the report, and condemns it.",
        "Ruritania praises the courage of the refugees who recount their ordeal to the commission.",
    ],
)
def test_a_story_recounted_is_no_election(coder, text: str) -> None:
    assert _stance(coder, text, "election_legitimacy") == "not addressed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun, by what is counted, by the request or by the kind of count, still asks for a second count.
        ("Ruritania backs the opposition's call for a recount in Freedonia.", "oppose"),
        ("Ruritania supports the demand for a recount of the ballots cast in the capital.", "oppose"),
        ("Ruritania asks the electoral commission of Freedonia to order a full recount.", "oppose"),
        (
            "Ruritania rejects the announced results of the presidential election in Freedonia and calls for"
            " an independent recount.",
            "oppose",
        ),
        # What a recount found is said of the vote.
        (
            "Ruritania welcomes the results of the recount, which confirmed the victory of President Orlov.",
            "support",
        ),
    ],
)
def test_a_recount_asked_for_still_rejects_the_vote(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "election_legitimacy") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Aid made available is the access asked for, not a publication of records.
        "Ruritania calls on Freedonia to make humanitarian assistance available to all civilians in the"
        " besieged city.",
        "Ruritania urges the parties to make food and medical supplies available to the displaced families in"
        " Vardo.",
    ],
)
def test_aid_made_available_supports_access(coder, text: str) -> None:
    assert _stance(coder, text, "humanitarian_access") == "support"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A turn whose verdict is aimed at something else ("the air defence", "them": the attacks) leaves the
        # side just taken alone.
        (
            "Ruritania condemns the missile strikes on Vardo. However, the strikes continue, and we will"
            " give our"
            " full support to the air defence of Vardo.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania welcomes the peace talks between the parties. However, the talks are taking place"
            " while"
            " attacks on civilians continue, and we will speak out against them.",
            "peace_talks",
            "support",
        ),
        (
            "Ruritania supports the sanctions against the regime. However, the sanctions are still being"
            " circumvented through third countries, and we will act against that.",
            "sanctions",
            "support",
        ),
        # Aimed back at the issue ("against it", "to this move"), it is the other side of a mixed position.
        (
            "Ruritania supports parts of the reform of the judiciary in Freedonia. But the reform would also"
            " end"
            " the independence of the courts, and we will vote against it.",
            "reform of the judiciary in Freedonia",
            "mixed",
        ),
        (
            "Ruritania supports the new listings of Freedonian judges who jail dissidents. At the same time,"
            " restrictions on grain transit through the port of Vardo would ruin our farmers first, and we"
            " will"
            " not give our consent to this step.",
            "sanctions",
            "mixed",
        ),
    ],
)
def test_a_turns_verdict_counts_only_when_aimed_back(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # A gerund subject whose predicate passes no verdict of its own keeps the benefit it names.
        ("Strengthening the sanctions remains our priority.", "sanctions"),
        ("Extending the ceasefire to the whole region would save thousands of lives.", "ceasefire"),
    ],
)
def test_a_gerund_subject_not_judged_keeps_its_benefit(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "support"


def test_a_gerund_subject_judged_by_a_coordinate_verb_is_no_support(coder) -> None:
    text = "Extending the ceasefire on these terms would reward the aggressor and betray the victims."
    assert _stance(coder, text, "ceasefire") != "support"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A procedure on the issue that is judged or welcomed, not asked for, is a side on the issue.
        (
            "Ruritania condemns the rigged election audit, a sham that whitewashed the fraud.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "Ruritania welcomes the ceasefire verification mechanism agreed by the parties.",
            "ceasefire",
            "support",
        ),
        (
            "Ruritania welcomes the election audit, which confirmed the integrity of the vote.",
            "election_legitimacy",
            "support",
        ),
    ],
)
def test_a_procedure_judged_is_a_side(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Discussions at a side event or about a conflict's effects are other talks ...
        ("Ruritania hosted a side event with discussions on climate finance.", "not addressed"),
        (
            "Ruritania hosted discussions on the conflict's impact on food prices with the World Bank.",
            "not addressed",
        ),
        # ... a round between the sides or the parties is still peace talks.
        ("Ruritania welcomes the new round of discussions between the two sides in Geneva.", "support"),
        ("Ruritania is ready to host a round of consultations between the warring parties.", "support"),
    ],
)
def test_discussions_on_other_things_are_no_peace_talks(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "peace_talks") == expected
