"""Nineteenth session: a country's adjective inside a region's word ("Inter-American", "Ibero-American") or
after "anti-" before an agent, and the Inter-American Development Bank."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown

COLOMBIA = ("Ministry of Foreign Affairs of Colombia",)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia invoked the Inter-American Democratic Charter on Monday. The police then closed the square.",
        "The Ibero-American summit opened in Santo Domingo. The police then closed the square.",
        "Delegates praised trans-American trade routes. The police then closed the square.",
    ],
)
def test_a_country_adjective_inside_a_regional_word_is_neither_a_mention_nor_context(coder, text):
    actors, _, _ = resolve(coder, text, issuers=COLOMBIA, date="2023-03-01")
    assert not any((a.code or "").startswith("USA") for a in actors), shown(actors)
    assert found(actors, "police") != ["USACOP"]


def test_the_police_after_the_inter_american_charter_keep_the_country_named_before(coder):
    text = (
        "President Morales of Guatemala was held on Monday. This step breaks the Inter-American Democratic "
        "Charter. The National Police said they acted on a court order."
    )
    actors, _, _ = resolve(coder, text, issuers=COLOMBIA, date="2023-03-01")
    assert found(actors, "Police") == ["GTMCOP"], shown(actors)


def test_anti_before_an_agent_says_whom_the_agent_is_against(coder):
    actors, _, _ = resolve(
        coder, "Anti-French protesters gathered outside the embassy in Niamey.", date="2023-08-01"
    )
    assert not any((a.code or "").startswith("FRA") for a in actors), shown(actors)


def test_anti_before_a_thing_still_names_the_country(coder):
    actors, _, _ = resolve(
        coder, "The Council adopted new anti-Iranian sanctions on Monday.", date="2023-08-01"
    )
    assert "IRN" in found(actors, "Iranian"), shown(actors)


def test_the_inter_american_development_bank_is_an_organisation(coder):
    actors, _, _ = resolve(
        coder, "The Inter-American Development Bank approved a loan to Honduras.", date="2023-08-01"
    )
    assert found(actors, "Inter-American Development Bank") == ["IGOIADB"], shown(actors)


@pytest.mark.parametrize(
    "text, issuers, short, code",
    [
        (
            "Drones struck an oil terminal of the Kingdom of Saudi Arabia at dawn. The fire was put out by "
            "noon. The Council stands with the Kingdom in all the steps it takes.",
            ("Secretary-General of the Gulf Cooperation Council",),
            "Kingdom",
            "SAU",
        ),
        (
            "Oman hosted the two delegations in Muscat. Human Rights Watch thanks the Sultanate for its "
            "help.",
            ("Human Rights Watch",),
            "Sultanate",
            "OMN",
        ),
        (
            "The Russian Federation jailed the reporter on Monday. We urge the Federation to free him.",
            ("Committee to Protect Journalists",),
            "Federation",
            "RUS",
        ),
    ],
)
def test_a_word_of_a_state_s_formal_name_names_the_one_state_named_before(coder, text, issuers, short, code):
    actors, _, _ = resolve(coder, text, issuers=issuers, date="2023-08-01")
    assert found(actors, short) == [code], shown(actors)


def test_with_two_kingdoms_named_before_the_kingdom_is_no_guess(coder):
    text = (
        "Jordan and Morocco signed a water accord. Amnesty International asks the Kingdom to free the "
        "reporter."
    )
    actors, _, _ = resolve(coder, text, issuers=("Amnesty International",), date="2023-08-01")
    assert not any(a.code for a in actors if a.text == "Kingdom"), shown(actors)


def test_a_longer_name_of_another_body_is_not_the_state(coder):
    text = "The Russian Federation jailed the reporter. The Federation Council approved the law on Monday."
    actors, _, _ = resolve(coder, text, issuers=("Committee to Protect Journalists",), date="2023-08-01")
    assert found(actors, "Federation Council") == ["RUSLEG"], shown(actors)


def test_a_surname_that_is_a_country_s_demonym_stays_the_person_after_the_country_was_named(coder):
    # AC18b's trade-off: the country coded before in another form kept "Türk" from the person
    text = (
        "UN High Commissioner for Human Rights Volker Türk opened the session in Geneva. Turkish police "
        "detained twelve lawyers in Izmir on Friday. Türk said the lawyers must be freed at once."
    )
    actors, _, _ = resolve(coder, text, issuers=("UN Human Rights Office",), date="2024-05-01")
    assert found(actors, "Türk") == ["IGOUNOHCHR"], shown(actors)


def test_a_surname_that_is_a_country_s_name_still_yields_to_the_country_named_before(coder):
    text = "Envoy Lisa Jordan landed in Amman on Monday. Jordan then reopened the crossing for lorries."
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert found(actors, "Jordan") == ["JOR"], shown(actors)


def test_the_chair_holding_country_beside_its_organisation_named_apart_is_the_country(coder):
    text = (
        "The Pacific Islands Forum members will send relief to Vanuatu, and Fiji has already flown two "
        "medical teams to Port Vila."
    )
    actors, _, _ = resolve(coder, text, issuers=("Fiji as Pacific Islands Forum Chair",), date="2024-05-01")
    assert found(actors, "Fiji") == ["FJI"], shown(actors)


def test_the_chair_holding_country_alone_or_named_as_chair_is_still_the_issuer(coder):
    issuers = ("Fiji as Pacific Islands Forum Chair",)
    for text in (
        "Fiji urges both parties to return to the talks.",
        "As Chair of the Pacific Islands Forum, Fiji welcomes the accord.",
    ):
        actors, _, _ = resolve(coder, text, issuers=issuers, date="2024-05-01")
        assert found(actors, "Fiji") == ["IGOPIF"], shown(actors)


@pytest.mark.parametrize(
    "text, again, code",
    [
        (
            "Al-Shabaab fighters stormed a hotel in Mogadishu. Kenya offered help. The fighters held the "
            "building for ten hours.",
            "fighters",
            "SOMREB",
        ),
        (
            "Syrian rebels shelled the outskirts of Aleppo. Turkey closed its border crossing. The rebels "
            "then pulled back.",
            "rebels",
            "SYRREB",
        ),
    ],
)
def test_a_definite_armed_group_named_again_is_the_group_named_before_not_the_country_in_context(
    coder, text, again, code
):
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert found(actors, again)[-1] == code, shown(actors)


def test_a_group_named_again_after_two_such_groups_is_left_to_context(coder):
    text = (
        "Hamas militants and Hezbollah militants fired rockets at Israel. Israel answered with air strikes. "
        "The militants said more would follow."
    )
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert not {"PSEREB", "LBNREB"} & set(found(actors, "militants")), shown(actors)


@pytest.mark.parametrize(
    "text, origin",
    [
        ("Uganda has taken in refugees fleeing the fighting in South Sudan.", "SSDREF"),
        ("Some 3,000 refugees crossed from Myanmar into Bangladesh overnight.", "MMRREF"),
        ("Thousands of refugees fled Burundi for Tanzania last month.", "BDIREF"),
    ],
)
def test_refugees_come_from_where_they_flee_not_where_they_arrive(coder, text, origin):
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert found(actors, "refugees") == [origin], shown(actors)


def test_refugees_named_again_are_the_same_people(coder):
    text = (
        "Some 3,000 refugees crossed from Myanmar into Bangladesh overnight. Aid workers in Cox's Bazar "
        "counted the new arrivals. Bangladesh has sheltered the refugees since the crackdown in Rakhine "
        "began."
    )
    actors, _, _ = resolve(coder, text, issuers=("UN Refugee Agency (UNHCR)",), date="2024-05-01")
    assert found(actors, "refugees") == ["MMRREF", "MMRREF"], shown(actors)


def test_refugees_returning_from_a_host_country_are_not_its_own(coder):
    actors, _, _ = resolve(
        coder, "Refugees returning from Pakistan were registered in Kandahar.", date="2024-05-01"
    )
    assert found(actors, "Refugees") != ["PAKREF"], shown(actors)


def test_refugees_fleeing_a_named_country_are_its_own_even_after_other_refugees(coder):
    text = "Syrian refugees crossed into Jordan in March. Later, refugees fleeing Iraq arrived in Amman."
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert found(actors, "refugees") == ["IRQREF"], shown(actors)


def test_refugees_in_a_sentence_about_other_countries_are_not_the_earlier_ones(coder):
    text = (
        "Refugees fleeing Eritrea have reached Sudan. Meanwhile, Italy has turned back refugees at its sea "
        "border."
    )
    actors, _, _ = resolve(coder, text, date="2024-05-01")
    assert found(actors, "refugees") == [None], shown(actors)
