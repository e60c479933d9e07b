"""Twentieth session, second wave: "Brussels" modifying a name or a noun is the city, a well-known party
is not moved to the title's country, a counted group's issuers are not narrowed by a place or by its own
guess, and an organisation code of another coder is read as ours only whole or with sectors after it."""

from __future__ import annotations

import pytest

from communique.actors.keys import country_key, organisation_key, our_code

from .test_actors import found, resolve, shown

# -- "Brussels" as a modifier is the city, not the European Union -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brussels prosecutors charged two bankers with fraud on Friday.",
        "Brussels Zoo closed its gates after a storm on Sunday.",
    ],
)
def test_brussels_modifying_a_noun_or_a_name_is_not_the_european_union(coder, text):
    actors, _, _ = resolve(coder, text, date="2021-05-24")
    assert "IGOEU" not in [a.code for a in actors if a.text.startswith("Brussels")], shown(actors)


# -- a well-known party stays where the dictionary puts it under a title naming another country -------------

VENEZUELA = "Statement on the crisis in Venezuela"
HRW = ("Human Rights Watch",)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Members of the Republican Party demanded fresh elections.", "USAPTY"),
        ("Leaders of the Democratic Party called for humanitarian corridors.", "USAPTY"),
    ],
)
def test_a_party_named_with_a_capital_party_is_not_moved_to_the_titles_country(coder, text, code):
    actors, _, _ = resolve(coder, text, issuers=HRW, date="2019-02-01", title=VENEZUELA)
    assert code in [a.code for a in actors if "Party" in a.text], shown(actors)


# -- "the two ministers ... in Nairobi": a place or the group's own guess names no issuer apart -----------

THREE = ("Government of Kenya", "Government of Uganda", "Government of Tanzania")


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers received a delegation of Chinese investors in Nairobi.",
        "In Kampala, the two foreign ministers signed a trade accord.",
        "The talks took place in Dodoma on Monday. The two presidents agreed to open the border.",
    ],
)
def test_a_place_or_the_groups_own_guess_does_not_narrow_the_counted_issuers(coder, text):
    actors, _, _ = resolve(coder, text, issuers=THREE, date="2023-05-01")
    # (which two of three is not known: no subset the place or the guess alone would give)
    assert not any(a.via == "self-reference" for a in actors), shown(actors)


# -- another coder's organisation code: whole, or with sectors after it ------------------------------------


@pytest.mark.parametrize("code", ["IGOWAFWAD", "IGOWAFDEVWAM", "IGOWAFBNK"])
def test_a_longer_code_of_another_body_of_the_region_is_not_read_as_the_equivalent(code):
    assert organisation_key(code) != "IGOECOWAS"
    assert our_code(code) == code


def test_the_equivalent_with_a_sector_after_it_is_still_read_as_ours():
    assert our_code("IGOWAFMIL") == "IGOECOWASMIL"


# -- one table of other coders' country codes ------------------------------------------------------------


@pytest.mark.parametrize(("theirs", "ours"), [("JAP", "JPN"), ("itlgov", "ITA"), ("VTN", "VNM")])
def test_a_gold_files_misspelt_country_code_is_read_as_ours(theirs, ours):
    assert country_key(theirs) == ours


# -- "the court" after a place named since the international court: the place's court ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The International Criminal Court opened an inquiry last year. "
        "On Friday a driver was detained in Manchester after a crash. The court fined him heavily.",
        "The International Court of Justice gave its opinion in May. "
        "A journalist was arrested at Lagos airport in June. The court later released her on bail.",
    ],
)
def test_the_court_after_a_place_named_since_the_international_court_is_not_it(coder, text):
    actors, _, _ = resolve(coder, text, issuers=("Human Rights Watch",), date="2025-03-12")
    assert not any(a.text == "court" and (a.code or "").startswith("IGO") for a in actors), shown(actors)


def test_the_court_after_a_hearing_at_its_seat_is_still_the_international_court(coder):
    text = (
        "The International Criminal Court issued a warrant for the former minister. "
        "He appeared at a hearing in The Hague on Tuesday. The court set a trial date."
    )
    actors, _, _ = resolve(coder, text, issuers=("Human Rights Watch",), date="2025-03-12")
    assert found(actors, "court") == ["IGOICC"], shown(actors)
