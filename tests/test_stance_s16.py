"""Stance rules of the sixteenth session (ST16), each with sentences of our own.

The causes were found among the development misses of half I (blind-written, promoted to development this
session) and the remaining "not addressed" misses of the other development sets; the sentences here are
invented and name other issues, issuers and places.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A crisis reaction that names no place but the issuers' own reacts to a crisis it leaves unnamed: it
        # takes no side on whichever crisis is asked about.
        (
            "Ruritania has taken note of the reports of the past days. We call on all parties to exercise"
            " restraint and to avoid any further escalation.",
            "Freedonian offensive in the Sylvan valley",
            "neutral",
        ),
        (
            "Ruritania is following the recent events in the region with concern. We urge the sides concerned"
            " to de-escalate and to return to the negotiating table.",
            "Freedonian offensive in the Sylvan valley",
            "neutral",
        ),
        # One that names another place is about that place, not the phrase.
        (
            "Ruritania is following the situation in Kashmir. We call on all parties to exercise restraint.",
            "Freedonian offensive in the Sylvan valley",
            "not addressed",
        ),
    ],
)
def test_an_unnamed_crisis_reaction_is_neutral(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Settling differences and keeping stability, asked of the sides, are a crisis reaction too.
        (
            "Ruritania has learnt of the events in the capital of Freedonia. We hope that the political"
            " forces there will settle their differences through consultation and maintain social stability.",
            "coup",
            "neutral",
        ),
        (
            "We call on the rival factions in Freedonia to resolve their differences within the"
            " constitutional framework.",
            "coup",
            "neutral",
        ),
        # Said of a harm, stability is no call for calm: the drills are judged, not the coup.
        (
            "The naval drills near the Freedonian coast threaten regional peace and stability.",
            "coup",
            "not addressed",
        ),
    ],
)
def test_settling_differences_is_a_crisis_reaction(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A border said as a boundary: altering it by force reverses territorial integrity.
        (
            "We reject any attempt to redraw the boundary between our two republics by force.",
            "territorial_integrity",
            "support",
        ),
        # Force against protesters said as an attack or assault on the protest.
        (
            "We condemn the armed attack on the student protest outside parliament last night.",
            "force_against_protesters",
            "oppose",
        ),
        # Sanctions announced or adopted against a company are sanctions, as imposed ones are.
        (
            "Ruritania today announced measures against the Sylvan Mining Corporation, which finances the"
            " militia.",
            "sanctions",
            "support",
        ),
        # A force's withdrawal said as its disengagement or its departure.
        (
            "We welcome the disengagement of the Freedonian brigade from the Sylvan valley.",
            "withdrawal of Freedonian troops from the Sylvan valley",
            "support",
        ),
        (
            "We support the swift departure of the Freedonian observers from Sylvania.",
            "Freedonian withdrawal from Sylvania",
            "support",
        ),
    ],
)
def test_issues_said_in_other_words(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Restraint asked of the parties of a conflict named as such is asked of every side: it takes none.
        (
            "Clashes broke out between police and protesters in the capital. We call on"
            " the parties to exercise restraint.",
            "neutral",
        ),
        (
            "Clashes broke out between police and protesters in the capital. We call on"
            " the warring parties to exercise restraint.",
            "neutral",
        ),
        # Other parties are one side: asked of them alone, restraint takes a side.
        (
            "Clashes broke out between police and protesters in the capital. We call on"
            " the opposition parties to exercise restraint.",
            "oppose",
        ),
    ],
)
def test_restraint_asked_of_the_parties_is_neutral(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "force_against_protesters") == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Warning of a harm agrees with it: blaming the doer for the consequences of its act opposes the act.
        (
            "The League condemns the incursion. It warns that Freedonia bears full responsibility for the"
            " consequences of its incursion into Sylvania.",
            "Freedonian incursion into Sylvania",
            "oppose",
        ),
        (
            "It warns that Freedonia bears full responsibility for the consequences of its incursion into"
            " Sylvania.",
            "Freedonian incursion into Sylvania",
            "oppose",
        ),
        # Restrictions on civil society said by the money organisations receive from abroad.
        (
            "We regret that the new rules oblige associations receiving money from abroad to open their"
            " accounts to government inspectors.",
            "civil_society_restrictions",
            "oppose",
        ),
    ],
)
def test_warnings_and_foreign_money(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The issuers' own decision to do the act, which they hold to, is their act: support.
        ("The Government of Niger fully assumes its decision to expel the French ambassador.", "support"),
        # Standing by a decision keeps it (the event coder may read a refusal to back down there).
        ("The Government of Niger stands by its decision to expel the French ambassador.", "support"),
    ],
)
def test_the_issuers_own_decision(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "expulsion of the French ambassador", ["Government of Niger"]) == expected


def test_a_deadly_airspace_violation_is_a_strike(coder) -> None:
    # A violation of airspace that killed or wounded people is a strike said by its path.
    text = (
        "Ruritania condemns the violation of its airspace by Freedonian aircraft, which killed three farmers"
        " near the border."
    )
    assert _stance(coder, text, "military_strikes") == "oppose"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The issuers' official, named by an indefinite title, a possessive or a title and a name, speaks
        # for them.
        ("A spokesperson for the Ministry condemned the execution.", "oppose"),
        ("The Ministry's spokesperson condemned the execution.", "oppose"),
        ("Foreign Minister Anna Petrova condemned the execution.", "oppose"),
        # Someone else's official, or a title that is not the issuers' kind, does not.
        ("Russian Foreign Minister Sergey Lavrov welcomed the execution.", "not addressed"),
        ("Opposition leader Anna Petrova condemned the execution.", "not addressed"),
    ],
)
def test_the_issuers_official_holds_their_position(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "death_penalty", ["Ministry of Foreign Affairs of Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A ceasefire said as the cessation or end of the fighting, or as a halt to military operations.
        (
            "We welcome the agreement reached last night to halt all military operations in the south for"
            " seventy-two hours.",
            "ceasefire",
            "support",
        ),
        (
            "Ruritania welcomes the cessation of fighting announced by both parties and hopes it will hold.",
            "ceasefire",
            "support",
        ),
        # Talks said as a round of discussions, consultations or conversations.
        (
            "Ruritania stands ready to host the next round of discussions between the two delegations.",
            "peace_talks",
            "support",
        ),
        # A coup said as the removal or ouster of the head of state by the army.
        (
            "The unconstitutional removal of the elected President by the army is unacceptable.",
            "coup",
            "oppose",
        ),
        # An election said as the outcome or result of a poll or vote, or judged by its fraud.
        (
            "Ruritania does not recognise the outcome of the poll held on 3 March.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "The vote was marred by widespread fraud, and the announced results do not reflect the will of"
            " the people.",
            "election_legitimacy",
            "oppose",
        ),
        # The death penalty said as the ultimate penalty.
        (
            "We deplore that the court imposed the ultimate penalty on the three defendants.",
            "death_penalty",
            "oppose",
        ),
        # A strike said by the weapon that hit and killed.
        (
            "The missile that hit the apartment block in Dnipro killed dozens of civilians. This is a war"
            " crime.",
            "military_strikes",
            "oppose",
        ),
        # Accountability said as a body set up to investigate.
        (
            "We support the establishment of an independent international mechanism to investigate the"
            " crimes.",
            "accountability",
            "support",
        ),
        # Force against protesters who are said to have gathered.
        (
            "We condemn the brutal beating of students who had gathered peacefully outside the university.",
            "force_against_protesters",
            "oppose",
        ),
    ],
)
def test_dictionary_issues_said_in_other_words(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "Spare no effort" makes every effort: its "no" denies nothing.
        ("Ruritania will spare no effort to support the peace talks.", "peace_talks", "support"),
        # Aligning oneself with a measure joins it.
        (
            "Ruritania has aligned itself with the latest EU sanctions package against Freedonia.",
            "sanctions",
            "support",
        ),
        # What is done in defence of a thing serves it.
        (
            "Ruritania stands firmly with Freedonia in defence of its sovereignty.",
            "territorial_integrity",
            "support",
        ),
    ],
)
def test_idioms_of_support(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An asset freeze said by its gerund.
        ("We welcome the freezing of the funds of the militia leaders.", "support"),
        # "X is another matter" sets X apart from what was just said: both sides of the issue are held.
        (
            "The freezing of the assets of the officials responsible for torture is legitimate. The oil"
            " embargo is another matter: it hurts families and it should be lifted.",
            "mixed",
        ),
    ],
)
def test_freezing_and_another_matter(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "sanctions", ["Caritas Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A deportation said as a forced return; an arrest said as an abduction.
        (
            "We condemn the forced return of thousands of Sylvanian nationals by Freedonia.",
            "Freedonian deportation of Sylvanian migrants",
            "oppose",
        ),
        (
            "We condemn the abduction of Anna Petrova by masked men in uniform.",
            "arrest of opposition leader Anna Petrova",
            "oppose",
        ),
    ],
)
def test_ad_hoc_acts_said_in_other_words(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A step in the right or the wrong direction judges the thing that takes it.
        ("The ceasefire is a step in the right direction.", "support"),
        ("The ceasefire is a step in the wrong direction.", "oppose"),
        # ... and ending the thing in the wrong direction supports it.
        ("The decision to end the ceasefire is a step in the wrong direction.", "support"),
    ],
)
def test_a_step_in_a_direction(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "ceasefire") == expected
