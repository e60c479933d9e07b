"""Stance rules of the seventeenth session (ST17), each with sentences of our own.

The causes were found among the development misses of half J (blind-written, promoted to development this
session) and of the other development sets, and among the over-broad cues the session-16 review listed; the
sentences here are invented and name other issues, issuers and places.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The issuers leave the question to others: what they ask of the sides besides takes no side.
        (
            "The Ministry has received the delegations of the fishermen's cooperative and of the harbour"
            " authority. It is not for the Government to decide which of them is right. The blockade of the"
            " harbour by the fishing boats must end through negotiation, and the right to protest must be"
            " respected.",
            "the fishermen's blockade of the harbour of Portavia",
            "neutral",
        ),
        (
            "Ruritania has learnt of the vote to dissolve the regional assembly of Freedonia. This is a"
            " matter for the Freedonian people under their constitution. We encourage the authorities to"
            " publish the full record of the vote, which would strengthen trust in the process.",
            "dissolution of the regional assembly of Freedonia",
            "neutral",
        ),
        (
            "Ruritania does not take a position on the imposition or lifting of sanctions, which are"
            " decisions for the states concerned. We ask every state that applies such measures to exempt"
            " deliveries of food and medicine.",
            "sanctions",
            "neutral",
        ),
    ],
)
def test_a_question_left_to_others_is_neutral(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Others denied the choice, or the issuers' own claim, take a side.
        (
            "It is not for Freedonia to decide the borders of its neighbours. Ruritania rejects the"
            " annexation of the Sylvan valley.",
            "annexation of the Sylvan valley",
            "oppose",
        ),
        # "a matter for concern" is an evaluation, not a deference.
        (
            "The closure of the border crossing at Vardo is a matter for serious concern. We condemn the"
            " closure.",
            "closure of the border crossing at Vardo",
            "oppose",
        ),
    ],
)
def test_a_side_taken_is_no_deference(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # A date's month is no march of protesters.
        (
            "The assault of 3 March on the army barracks was a terrorist act, and we condemn it.",
            "force_against_protesters",
        ),
        (
            "Freedonian police killed two suspected smugglers near the border on 3 March.",
            "force_against_protesters",
        ),
        # The result of a vote on a text is no election.
        (
            "Ruritania welcomes the result of the vote on the resolution in the General Assembly, adopted by"
            " a large majority.",
            "election_legitimacy",
        ),
        (
            "We regret the outcome of the vote in the Security Council on the draft text.",
            "election_legitimacy",
        ),
        # Discussions hosted or resumed on another subject are no peace talks.
        (
            "Ruritania hosted discussions on climate finance with the small island states this week.",
            "peace_talks",
        ),
        ("A new round of consultations on the budget will resume in Geneva next month.", "peace_talks"),
        # Missiles destroyed under a treaty, or kept on someone's land, are no strike.
        ("We welcome the decision to destroy the missiles stored on Freedonian land.", "military_strikes"),
    ],
)
def test_over_broad_combos_name_nothing(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "not addressed"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The combos still find what they were made for.
        (
            "Ruritania condemns the violent attacks by the police on the protest camp in the capital.",
            "force_against_protesters",
            "oppose",
        ),
        (
            "We welcome the resumption of consultations between the delegations of the two parties in"
            " Geneva.",
            "peace_talks",
            "support",
        ),
        (
            "We condemn the missile that hit the apartment block in Vardo and killed eleven people.",
            "military_strikes",
            "oppose",
        ),
    ],
)
def test_narrowed_combos_still_match(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # A turn that names the issue again without judging it there: the issuers' own verdict in it ("we
        # will dispute them") is the other side of a mixed position.
        (
            "Ruritania accepts the results of the municipal elections in the capital, where the count was"
            " public. The figures announced for the by-elections in the provinces, however, bear no relation"
            " to the tallies, and we will dispute them before the courts.",
            "election_legitimacy",
        ),
        # ... the verdict in the verb's object ("will not give our consent").
        (
            "Ruritania supports the new listings of officials responsible for the deportations, and will"
            " approve them. At the same time, restrictions on gas transit through the northern pipeline would"
            " hit our power plants first, and we will not give our consent to any such step.",
            "sanctions",
        ),
        # ... or in "against" ("we will vote against it").
        (
            "We have always said that the way ministers are appointed in Freedonia needs to change, and parts"
            " of the proposal on the cabinet can serve as a basis. But scrapping the confidence vote by a"
            " slim majority would strip parliament of its power, and we will vote against it.",
            "constitutional reform in Freedonia",
        ),
    ],
)
def test_a_turn_with_the_issuers_verdict_makes_a_mixed_position(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "mixed"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # A gerund subject ("Applying the same duties to X") is what its predicate judges, not the issuers'
        # own act; the parser may hang it as an adverbial clause of a verb with no subject.
        (
            "Ruritania backs higher duties on imported fish from the northern fleets. Applying the same"
            " duties to fish meal, however, would raise feed costs for our farmers at the worst moment.",
            "duties on imported fish",
        ),
        # Costs raised and retaliation invited are what a measure brings on others: a judgement against it.
        (
            "Ruritania supports tariffs on dumped steel. But extending the same tariffs to our neighbours"
            " will raise costs for our builders and invite retaliation against our exporters.",
            "tariffs on steel imports",
        ),
    ],
)
def test_a_judged_gerund_subject_is_no_support(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "mixed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The issue's word qualifying a procedure ("any electoral complaint", "every election dispute") asks
        # for the procedure, not for the vote's result.
        (
            "Ruritania takes note of the provisional results of the presidential election in Freedonia. We"
            " call on all candidates to refrain from violence and to bring any electoral complaint before the"
            " competent courts.",
            "neutral",
        ),
        (
            "Ruritania urges the parties to settle every election dispute through the constitutional"
            " council.",
            "neutral",
        ),
        # The vote itself praised is still a side.
        (
            "Ruritania welcomes the peaceful conduct of the presidential election in Freedonia and"
            " congratulates the winner.",
            "support",
        ),
    ],
)
def test_a_procedure_qualified_by_the_issue_takes_no_side(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "election_legitimacy") == expected


def test_a_group_of_states_from_the_actors_table_is_named_by_its_members(coder) -> None:
    # The Baltic States now come from actors/shared_names.yaml (state_groups), not a copy in synonyms.yaml.
    text = (
        "Ruritania welcomes the deployment of additional NATO troops to Estonia and Lithuania, which"
        " strengthens the defence of the Alliance."
    )
    assert _stance(coder, text, "NATO troop presence in the Baltic States") == "support"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A new vote or count asked for undoes the one held.
        (
            "Ruritania accepts the municipal results in the towns where its agents watched the count."
            " However, the presidential figures announced by the commission do not match the tally sheets."
            " We reject that result and call for a fresh election under international supervision.",
            "mixed",
        ),
        (
            "Ruritania supports the opposition's demand for a recount of the presidential ballots in"
            " Freedonia.",
            "oppose",
        ),
    ],
)
def test_a_second_vote_asked_for_rejects_the_first(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "election_legitimacy") == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # A person named by the surname alone, then taken back by "him" or "her" where the release is asked.
        (
            "A court in Freedonia sentenced the journalist Petrova to nine years in prison last month. We"
            " call on the authorities to set her free without delay.",
            "release of Anna Petrova",
        ),
        (
            "The poet Renn was detained at the airport on Sunday. We urge the authorities to release him at"
            " once.",
            "release of Halvard Renn",
        ),
    ],
)
def test_a_person_taken_back_by_a_pronoun_is_named(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "support"


@pytest.mark.parametrize(
    "text",
    [
        # A publication asked for by "make ... available / public" is a procedure on the vote: no side.
        "Ruritania encourages the authorities of Freedonia to make the detailed referendum results"
        " available.",
        "Ruritania urges the commission to make public the tally sheets of the presidential election.",
    ],
)
def test_results_made_known_are_a_procedure(coder, text: str) -> None:
    assert _stance(coder, text, "election_legitimacy") == "neutral"
