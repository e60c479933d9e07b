"""Positions read "not addressed" (session 21, ST21): issues named by their initials, by an idiom of the
dictionary issue, or in a domestic statement that never names its own country; and a
stand-in of the head that names another thing of its kind. Sentences of our own; each case below failed on the
code before, the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


# --- the thing named by its initials -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "The Federation of Industry welcomes the adoption of the CRMA. It will secure the supply of"
            " lithium and cobalt for our factories.",
            "the critical raw materials act",
            "support",
        ),
        (
            "Our members cannot accept the PPWR in its present form. The reuse targets it sets will destroy"
            " thousands of jobs in the paper industry.",
            "the packaging and packaging waste regulation",
            "oppose",
        ),
    ],
)
def test_the_phrase_said_by_its_initials(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["Federation of Industry"]) == expected


def test_other_initials_are_not_the_phrase(coder) -> None:
    # "CRM" lacks the head's initial: the initials must hold the head ("act").
    text = "The Federation of Industry welcomes the new CRM software. It will help our members sell abroad."
    assert (
        _stance(coder, text, "the critical raw materials act", ["Federation of Industry"]) == "not addressed"
    )


# --- idioms of dictionary issues ----------------------------------------------------------------------


def test_every_square_kilometre_is_territorial_integrity(coder) -> None:
    text = (
        "Ruritania will not be intimidated by the threats from its neighbour. We will defend every square"
        " kilometre of our land by all lawful means."
    )
    assert _stance(coder, text, "territorial_integrity") == "support"


def test_every_mile_of_a_road_is_no_territory(coder) -> None:
    text = "The engineers inspected every mile of the new motorway before it was opened to traffic."
    assert _stance(coder, text, "territorial_integrity") == "not addressed"


def test_integral_part_of_the_territory(coder) -> None:
    text = "Ruritania reaffirms that the northern islands are an integral part of the territory of Ruritania."
    assert _stance(coder, text, "territorial_integrity") == "support"  # the claim reaffirmed


def test_airspace_incursion_in_which_people_lost_their_lives(coder) -> None:
    text = (
        "Ruritania condemns the incursion into its airspace by foreign jets yesterday, in which three"
        " farmers lost their lives."
    )
    assert _stance(coder, text, "military_strikes") == "oppose"


# --- a stand-in that names another thing of the head's kind ------------------------------------------


def test_another_thing_of_the_heads_kind(coder) -> None:
    text = "Norway will honour its obligations under the Paris Agreement, in cooperation with Iceland."
    issue = "the Norway-Iceland fishing deal"
    assert _stance(coder, text, issue, ["Ministry of Foreign Affairs of Norway"]) == "not addressed"


def test_the_heads_stand_in_itself_still_counts(coder) -> None:
    text = (
        "Norway welcomes the agreement with Iceland on fishing quotas, which secures the future of our fleet."
    )
    issue = "the Norway-Iceland fishing deal"
    assert _stance(coder, text, issue, ["Ministry of Foreign Affairs of Norway"]) == "support"


# --- a domestic statement that never names its own country ------------------------------------------


def test_a_domestic_statement_names_the_topic_once(coder) -> None:
    text = (
        "The confederation rejects the bill adopted by the cabinet this morning. Pushing back the statutory"
        " age to 67 is unjust to those who started work young."
    )
    assert _stance(coder, text, "the Belgian pension reform", ["General Labour Confederation"]) == "oppose"


def test_the_age_of_departure_is_the_retirement_age(coder) -> None:
    text = (
        "The union rejects raising the legal age of departure to 64: it is unjust to those in arduous jobs."
    )
    assert _stance(coder, text, "the pension reform in Belgium", ["General Labour Confederation"]) == "oppose"


def test_a_statement_on_another_country_stays_not_addressed(coder) -> None:
    text = (
        "The confederation rejects Spain's plan adopted this morning. Pushing back the statutory age to 67"
        " is unjust to those who started work young."
    )
    assert _stance(coder, text, "the Belgian pension reform", ["General Labour Confederation"]) == (
        "not addressed"
    )


# --- restraint asked of both sides is no sanctions ---------------------------------------------------


def test_avoiding_unilateral_measures_is_a_crisis_reaction(coder) -> None:
    # "unilateral measures" on the ground, in a call for restraint, do not name sanctions: the statement
    # takes no side on the dispute.
    text = (
        "Chile follows with attention the developments concerning the Lauca basin. Chile calls on Peru and"
        " Bolivia to avoid unilateral measures that could increase tension and to settle their dispute"
        " through dialogue."
    )
    issue = "Bolivia's claim to the Lauca basin"
    assert _stance(coder, text, issue, ["Ministry of Foreign Affairs of Chile"]) == "neutral"


def test_unilateral_coercive_measures_are_still_sanctions(coder) -> None:
    text = "Cuba rejects the unilateral coercive measures imposed on its people for six decades."
    assert _stance(coder, text, "sanctions", ["Ministry of Foreign Affairs of Cuba"]) == "oppose"


# --- offshore processing described, not named ---------------------------------------------------------


def test_claims_examined_in_another_country_are_the_deportation_scheme(coder) -> None:
    text = (
        "The Council of Churches regrets the arrangement under which people seeking asylum in Denmark would"
        " be flown to Rwanda and have their claims examined there. Shifting responsibility for refugees onto"
        " another country is wrong."
    )
    assert _stance(coder, text, "the Danish deportation scheme", ["Council of Churches"]) == "oppose"


def test_claims_examined_at_home_are_no_deportation_scheme(coder) -> None:
    text = (
        "The Council of Churches welcomes the decision of Denmark to hire more judges so that asylum claims"
        " are examined within six months."
    )
    assert _stance(coder, text, "Italy's deportation scheme to Albania", ["Council of Churches"]) == (
        "not addressed"
    )
