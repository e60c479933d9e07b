"""Stance rules of the fourteenth session (ST14), each with sentences of our own.

The causes were found in the misses of the blind halves F and G (development since session 14) and checked on
every development half; the sentences here are invented and name other issues, issuers and places.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Peru")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A breach said with its verb is as much a complaint as the noun: the issuers defend what is breached.
        (
            "Peru protests the incursion of foreign trawlers into its waters. These actions violate our "
            "sovereignty.",
            "territorial_integrity",
            "support",
        ),
        ("The new checkpoints infringe on the sovereignty of Peru.", "territorial_integrity", "support"),
        # A relative clause of harm on a noun the issuers reject describes the harm: rejecting it defends X.
        (
            "Peru rejects any protocol or arrangement that undermines the territorial integrity of Bolivia.",
            "territorial_integrity",
            "support",
        ),
        (
            "Peru condemns the decree, which flouts the ceasefire.",
            "ceasefire",
            "support",
        ),
    ],
)
def test_breach_verbs_and_rejected_relative_clauses(coder, text: str, issue: str, expected: str):
    assert _stance(coder, text, issue) == expected


def test_negation_hung_on_the_auxiliary_still_negates(coder):
    # The parser hangs "not" on "do" when a parenthetical "however" follows; the main verb is still negated,
    # so the turn against the first sentence's support is a second side.
    text = "Chile implements the sanctions of the UN. We do not, however, accept unilateral measures."
    assert _stance(coder, text, "sanctions", ["Ministry of Foreign Affairs of Chile"]) == "mixed"
    text = "Chile implements sanctions. We do not, however, accept unilateral measures."
    assert _stance(coder, text, "sanctions", ["Ministry of Foreign Affairs of Chile"]) == "mixed"


def test_crisis_reaction_about_the_phrase_by_its_places_is_neutral(coder):
    # The document is about the clashes by their places and a weak word (the border), never names them and
    # takes no side: its call for restraint is a crisis reaction, neutral, not silence.
    text = (
        "Oman is following closely the developments along the border between Ethiopia and Eritrea and "
        "expresses concern over the loss of life on both sides. We call on both governments to exercise "
        "utmost restraint."
    )
    issuers = ["Ministry of Foreign Affairs of Oman"]
    assert _stance(coder, text, "Ethiopian-Eritrean border clashes", issuers) == "neutral"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "The export levies announced in Jakarta are the wrong answer to the crisis.",
            "export levies",
            "oppose",
        ),
        (
            "Peru backs the listings of the officials responsible. At the same time, sanctions on fertiliser "
            "would ruin our farmers, and Peru will not agree to them.",
            "sanctions",
            "mixed",
        ),
        (
            "The coalition accepts the result of the mayoral vote. The count for the council, however, "
            "was manipulated.",
            "election_legitimacy",
            "mixed",
        ),
    ],
)
def test_plain_verdict_words(coder, text: str, issue: str, expected: str):
    # "wrong", "ruin", "manipulated" are verdicts as plainly as "unacceptable" and "rigged".
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a test named by what the seismographs recorded and where
        (
            "Seismic stations detected a blast at the underground site in the north today. Peru deplores "
            "this act.",
            "nuclear_tests",
            "oppose",
        ),
        # a coup named by the seizure of the palace by soldiers
        (
            "Peru condemns the storming of the presidential palace by soldiers of the army in Bissau.",
            "coup",
            "oppose",
        ),
        # votes staged under occupation
        (
            "Peru will never recognise the sham ballot held by the occupation authorities in the east.",
            "annexation",
            "oppose",
        ),
        # homes built on occupied land, without the word "settlement"
        (
            "Peru condemns the approval of 900 new homes in occupied East Jerusalem.",
            "settlements",
            "oppose",
        ),
        # people used as a weapon
        (
            "Peru condemns the regime for using desperate migrants as a weapon against its neighbours.",
            "migrant_instrumentalisation",
            "oppose",
        ),
        (
            "Peru condemns this hybrid operation at the eastern frontier.",
            "migrant_instrumentalisation",
            "oppose",
        ),
        # the rules on money from abroad for organisations
        (
            "Peru regrets the decree that forces non-profit organisations to declare every grant received "
            "from abroad.",
            "civil_society_restrictions",
            "oppose",
        ),
        # near misses stay not addressed
        (
            "Peru welcomes the handover of heavy weapons and the return of displaced people to their homes.",
            "migrant_instrumentalisation",
            "not addressed",
        ),
        (
            "Peru welcomes the construction of 900 new homes for the families displaced by the floods.",
            "settlements",
            "not addressed",
        ),
    ],
)
def test_issues_said_by_their_acts(coder, text: str, issue: str, expected: str):
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "There can be no impunity for the massacre: those who planned it must answer in court.",
            "accountability",
            "support",
        ),
        (
            "The ban on the newspaper is unacceptable; the editors must be allowed to work freely.",
            "media_restrictions",
            "oppose",
        ),
    ],
)
def test_a_clause_before_a_colon_is_a_statement_of_its_own(coder, text: str, issue: str, expected: str):
    # The parser hangs the clause before ":" or ";" as the complement of the next clause's verb; it is not.
    assert _stance(coder, text, issue) == expected


def test_connectivity_is_what_a_shutdown_takes_away(coder):
    # Its restoration demanded is the shutdown opposed, as "restore connectivity" already was.
    text = (
        "The authorities have cut off the internet in the region for weeks. Connectivity must be restored at "
        "once."
    )
    assert _stance(coder, text, "internet_shutdown", ["Article 19"]) == "oppose"


def test_calling_an_act_a_coup_condemns_it(coder):
    text = "The arrest of the speaker of parliament is a coup against the voters of Lima."
    assert _stance(coder, text, "arrest of the speaker of parliament", ["Partido Morado"]) == "oppose"
    # the coup itself is still judged by what is said of it
    assert _stance(coder, "Peru welcomes the failure of the coup in Bolivia.", "coup") == "oppose"


def test_a_light_verb_head_in_an_idiom_is_not_the_act(coder):
    # "take note of" is no taking of the dispute to the court; the phrase's noun carries the issue, and the
    # issuers only note it.
    text = "Chile takes note of Bolivia's letter to the Court on the border dispute with Peru."
    issue = "Bolivia taking the border dispute with Peru to the ICJ"
    assert _stance(coder, text, issue, ["Ministry of Foreign Affairs of Chile"]) == "neutral"


def test_a_phrase_without_places_pairs_its_head_with_another_of_its_words(coder):
    # No entity scopes "tariffs on sugar and cocoa imports": a word of the head's group in one sentence and
    # another word of the phrase anywhere make the document about it.
    text = (
        "The council has long supported duties on subsidised sugar. But extending the same tariffs to our "
        "neighbours would be a grave mistake."
    )
    assert (
        _stance(coder, text, "tariffs on sugar and cocoa imports", ["Sugar Council of Peru"])
        != "not addressed"
    )
