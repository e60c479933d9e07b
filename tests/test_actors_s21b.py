"""Twenty-first session, second wave (AC21b): "both sides" and "the two parties" are parties set against or
dealing with each other, never states that act as one ("X and Y condemned ..."), while "both countries"
may be either; literal word lists of the counted-plural rule are named constants; a town's plural is no
town; a crossing's far end does not place local agents; a court a state deals with is the court named
before, not the state's own."""

from __future__ import annotations

import pytest

from communique.actors import resolver

from .test_actors import found, resolve, shown

# -- sides are never states acting as one -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # joint subjects of a judgement
        (
            "Canada and Norway deplored the massacre in Burkina Faso. We urge both sides to stop.",
            "both sides",
        ),
        # joint authors
        (
            "A joint statement by Japan and Australia denounced the blockade. "
            "We ask the two parties to talk.",
            "two parties",
        ),
    ],
)
def test_states_acting_as_one_are_not_both_sides(coder, text, phrase):
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert not [c for c in found(actors, phrase) if c], shown(actors)


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        # joint subjects of an act done with or to each other
        (
            "Armenia and Azerbaijan resumed their negotiations in Vienna. We urge both sides to compromise.",
            "both sides",
            ["ARM", "AZE"],
        ),
        (
            "Sudan and South Sudan exchanged fire along the border. We call on the two parties to stop.",
            "two parties",
            ["SDN", "SSD"],
        ),
        # those who judge alike are left out, the pair they judge remains
        (
            "Canada and Norway deplored the clashes between Armenia and Azerbaijan. "
            "We urge both sides to stop.",
            "both sides",
            ["ARM", "AZE"],
        ),
        # judged alike in the last sentence, set against each other before it
        (
            "Peru and Chile quarrelled over fishing rights. Canada and Norway voiced concern. "
            "We urge both sides to talk.",
            "both sides",
            ["PER", "CHL"],
        ),
    ],
)
def test_states_dealing_with_each_other_are_both_sides(coder, text, phrase, codes):
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, phrase) == codes, shown(actors)


def test_states_acting_as_one_are_still_both_countries(coder):
    actors, _, _ = resolve(
        coder,
        "Canada and Norway deplored the massacre. Both countries will send investigators.",
        date="2024-03-01",
    )
    assert found(actors, "Both countries") == ["CAN", "NOR"], shown(actors)


def test_the_counted_plural_words_are_named_constants():
    assert {"sides", "parties"} <= resolver.SIDE_NOUNS <= resolver.SEVERAL_STATE_NOUNS
    assert "the" in resolver.COUNTED_DETERMINERS
    assert {"dialogue", "clash", "agreement"} <= resolver.RECIPROCAL_WORDS


# -- a town's name with an "s" is not the town --------------------------------------------------------------


def test_a_place_name_plus_s_is_not_that_place(coder):
    # "Gori" is a Georgian town in places.yaml; "Goris" (an Armenian town) is not its plural
    actors, _, _ = resolve(coder, "Shells fell near Goris overnight.", date="2024-03-01")
    assert "GEO" not in found(actors, "Goris"), shown(actors)
    # a country's demonym in the plural still reads
    actors, _, _ = resolve(coder, "Belarusians voted on Sunday.", date="2024-03-01")
    assert found(actors, "Belarusians") == ["BLR"], shown(actors)


# -- a crossing between two places: its far end places no one ------------------------------------------------


def test_local_agents_at_a_crossing_are_not_placed_by_its_far_end(coder):
    text = (
        "Truckers blocked roads around Monterrey for a week. Police removed the trucks from the crossing "
        "between Tijuana and San Diego, detaining twelve people."
    )
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, "Police") == ["MEXCOP"], shown(actors)
    assert found(actors, "people") == ["MEXCVL"], shown(actors)


def test_a_place_in_the_sentence_still_places_local_agents(coder):
    text = (
        "Truckers blocked roads around Monterrey for a week. Police removed the trucks from a market "
        "in San Diego, detaining twelve people."
    )
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert "MEXCOP" not in found(actors, "Police") and "MEXCVL" not in found(actors, "people"), shown(actors)


# -- a court a state deals with is the court named before ----------------------------------------------------


def test_a_court_a_state_deals_with_is_the_international_court_named_before(coder):
    text = (
        "The International Criminal Court issued a warrant for the former minister. "
        "We welcome the Kenyan government's cooperation with the court."
    )
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, "court") == ["IGOICC"], shown(actors)


def test_a_court_acting_at_home_is_still_the_states_own(coder):
    text = (
        "The International Criminal Court issued a warrant for the former minister. "
        "The Georgian police arrested a journalist, and the court jailed him for a year."
    )
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert "IGOICC" not in found(actors, "court"), shown(actors)


# -- a punitive act is never against the punisher's own government -----------------------------------------


def test_a_government_in_a_sanction_is_not_the_sanctioners(coder):
    text = "Rebels attacked Bamako. The French government imposed an embargo on arms for the government."
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, "government") == ["MLIGOV"], shown(actors)


def test_a_government_in_a_kind_act_may_be_the_actors_own(coder):
    text = "The French government raised the salaries of officials of the government."
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, "government") == ["FRAGOV"], shown(actors)
