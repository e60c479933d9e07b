"""Twenty-fourth session (AC24), the right country for an actor whose event the coder found: a capital's name
right before a state's local body places it ("a Managua court"), a city's name before "street" names a
street ("her home in San José street"), "the court" whose jurisdiction a state rejects, or "any such court",
is the court named before, and "the Emirate" is no misspelt "Emirates"."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown

# -- a capital's name right before a state's own local body -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Spain offered nationality to the 94 opponents whose nationality was withdrawn by a Managua "
            "court.",
            "Managua court",
            "NICJUD",
        ),
        ("The Moscow police detained dozens of protesters on Saturday.", "Moscow police", "RUSCOP"),
        ("Lawyers said the Tehran authorities had refused to release him.", "Tehran authorities", "IRNGOV"),
    ],
)
def test_capital_before_a_local_state_body(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


def test_capital_before_other_agents_is_left_alone(coder):
    # near misses: people who are not a state body, and a comma list, are not composed with the capital
    actors, _, _ = resolve(coder, "Caracas students marched to the electoral council.")
    assert "VENEDU" not in [a.code for a in actors], shown(actors)
    actors, _, _ = resolve(coder, "The talks were held in Doha, Sudanese officials said.")
    assert found(actors, "Sudanese officials") == ["SDNGOV"], shown(actors)


# -- a city's name before "street" ---------------------------------------------------------------------------


def test_city_name_before_street_is_a_street(coder):
    text = (
        "Former president Cristina Fernandez de Kirchner was sentenced in Buenos Aires. Thousands of "
        "supporters "
        "gathered outside her home in San José street."
    )
    actors, _, _ = resolve(coder, text)
    assert not [a for a in actors if (a.code or "").startswith("CRI")], shown(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # near misses: the city itself, a facility in it, and a country's adjective before "street"
        ("Protesters gathered in San José on Tuesday.", "San José", "CRIGOV"),
        ("Police arrested two men at Kabul Airport.", "Kabul", "AFGGOV"),
        ("Iranian police cleared the street outside the embassy.", "Iranian police", "IRNCOP"),
    ],
)
def test_city_without_street_noun_still_names_the_place(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert code in found(actors, mention) or code in [a.code for a in actors], shown(actors)


# -- "the court" of a jurisdiction a state rejects; "any such court" ----------------------------------------

ICJ_TEXT = (
    "Guyana remains committed to the peaceful resolution of the controversy through the International Court "
    "of Justice. In Caracas, the Venezuelan government said it rejected the court's jurisdiction over the "
    "dispute."
)


def test_court_whose_jurisdiction_is_rejected_is_the_court_named_before(coder):
    actors, _, _ = resolve(coder, ICJ_TEXT, issuers=["Ministry of Foreign Affairs of Guyana"])
    assert found(actors, "court") == ["IGOUNICJ"], shown(actors)


def test_such_court_is_the_court_named_before(coder):
    text = (
        "The Islamic Emirate of Afghanistan rejects the arrest warrants issued by the International Criminal "
        "Court. We do not recognise any such court."
    )
    actors, _, _ = resolve(coder, text, issuers=["Spokesman of the Islamic Emirate of Afghanistan"])
    assert found(actors, "court") == ["IGOICC"], shown(actors)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # near misses: a court where a man was arrested is that place's court; a verdict of the court after
        # the state's own government is named is the state's court
        (
            "The International Criminal Court issued a warrant. A man was arrested in London, and the court "
            "sentenced him to ten years.",
            "GBRJUD",
        ),
        (
            "The European Court of Human Rights ruled last year. The Georgian government ignored the ruling, "
            "and "
            "the court jailed the activist.",
            "GEOJUD",
        ),
    ],
)
def test_local_court_near_misses(coder, text, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, "court") == [code], shown(actors)


def test_such_courts_plural_is_no_court_named_before(coder):
    text = "The International Criminal Court issued a warrant. Such courts have no standing in our country."
    actors, _, _ = resolve(coder, text, issuers=["Ministry of Foreign Affairs of Afghanistan"])
    assert "IGOICC" not in found(actors, "courts"), shown(actors)


# -- "the Emirate" is no misspelt "the Emirates" -------------------------------------------------------------


def test_emirate_is_not_the_united_arab_emirates(coder):
    text = "Under the Emirate's decrees, girls have been barred from secondary school."
    actors, _, _ = resolve(coder, text, issuers=["Spokesman of the Islamic Emirate of Afghanistan"])
    assert "ARE" not in [(a.code or "")[:3] for a in actors], shown(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # near misses: the Emirates named, and real misspellings still corrected
        ("The Emirates announced new aid to Sudan.", "The Emirates", "ARE"),
        ("The Emirati government announced new aid to Sudan.", "Emirati government", "AREGOV"),
        ("Ethopia and Sudan agreed to talks.", "Ethopia", "ETH"),
    ],
)
def test_emirates_and_misspellings_still_resolve(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)
