"""Twentieth session: two formal state names after one group noun, an organisation's organ with no article,
the issuers a counted group names apart from the one named in the sentence, a court named again in lower
case, and a surname before a state agent ("the Marcos government")."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown


def codes_in(actors, sentence):
    return {a.code for a in actors if a.sentence_index == sentence and a.code}


# -- "delegations of the Kingdom of X and the Y": both formal names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Envoys of the Kingdom of Morocco and the Islamic Republic of Iran met in Geneva on Monday.",
            {"MARGOV", "IRNGOV"},
        ),
        (
            "Negotiators of the Federal Republic of Somalia and the Kingdom of Saudi Arabia signed a deal.",
            {"SOMGOV", "SAUGOV"},
        ),
    ],
)
def test_a_group_of_two_states_with_formal_names_is_both_states(coder, text, codes):
    actors, _, _ = resolve(coder, text, date="2023-03-01")
    assert codes <= codes_in(actors, 0), shown(actors)


# -- "Summit urged ...": the issuing organisation's organ, with no article --------------------------------

SADC = ("Southern African Development Community (SADC)",)


def test_an_organ_word_opening_a_sentence_with_no_article_is_the_issuing_organisation(coder):
    text = (
        "The extraordinary meeting of regional leaders was held in Lusaka on Friday. "
        "Summit urged all political actors to show restraint. "
        "Summit encouraged the parties to settle their disputes in court."
    )
    actors, _, _ = resolve(coder, text, issuers=SADC, date="2024-11-20")
    assert found(actors, "Summit") == ["IGOSADC", "IGOSADC"], shown(actors)


def test_an_organ_word_is_not_the_issuer_of_a_state(coder):
    text = "Summit urged all political actors to show restraint."
    actors, _, _ = resolve(coder, text, issuers=("Ministry of Foreign Affairs of Kenya",), date="2024-11-20")
    assert not any(a.text == "Summit" and a.code for a in actors), shown(actors)


def test_an_organ_word_opening_a_longer_name_is_not_the_issuer(coder):
    text = "Council of Ministers urged all political actors to show restraint."
    actors, _, _ = resolve(coder, text, issuers=SADC, date="2024-11-20")
    assert "IGOSADC" not in found(actors, "Council"), shown(actors)


# -- "The two leaders thanked President X": the issuers other than X's country ------------------------------

THREE = ("Government of Kenya", "Government of Uganda", "Government of Tanzania")


def test_a_counted_group_names_the_issuers_the_sentence_does_not_name_apart(coder):
    text = (
        "The presidents of the three states met in Arusha. "
        "The two leaders thanked President Samia Suluhu Hassan for hosting them. "
        "They agreed to reopen the border within a month."
    )
    actors, _, _ = resolve(coder, text, issuers=THREE, date="2023-05-01")
    assert sorted(found(actors, "The two leaders")) == ["KENGOV", "UGAGOV"], shown(actors)
    assert sorted(found(actors, "They")) == ["KENGOV", "UGAGOV"], shown(actors)


def test_a_count_of_all_the_issuers_is_still_all_of_them(coder):
    text = "The three governments agreed to reopen the border within a month."
    actors, _, _ = resolve(coder, text, issuers=THREE, date="2023-05-01")
    assert sorted(found(actors, "The three governments")) == ["KENGOV", "TZAGOV", "UGAGOV"], shown(actors)


def test_they_after_a_sentence_opened_by_all_issuers_is_all_of_them(coder):
    text = (
        "The two leaders thanked President Samia Suluhu Hassan for hosting them. "
        "The three governments met again in Kampala. "
        "They agreed to reopen the border within a month."
    )
    actors, _, _ = resolve(coder, text, issuers=THREE, date="2023-05-01")
    assert sorted(found(actors, "They")) == ["KENGOV", "TZAGOV", "UGAGOV"], shown(actors)


# -- "the court" in lower case after a court named in full ---------------------------------------------

HRW = ("Human Rights Watch",)


def test_the_court_in_lower_case_is_the_court_named_before_not_the_context_country(coder):
    text = (
        "Police arrested the former president on a warrant issued by the International Criminal Court. "
        "He was flown to The Hague the same night. "
        "The government's cooperation with the court is welcome. "
        "If the court convicts him, he faces life in prison."
    )
    actors, _, _ = resolve(coder, text, issuers=HRW, date="2025-03-12")
    assert found(actors, "court") == ["IGOICC", "IGOICC"], shown(actors)


def test_the_court_in_a_named_city_is_another_court(coder):
    text = (
        "The International Criminal Court issued a warrant. "
        "On Monday the court in Manila sentenced two police officers."
    )
    actors, _, _ = resolve(coder, text, issuers=HRW, date="2025-03-12")
    assert not any(a.code == "IGOICC" and a.sentence_index == 1 for a in actors), shown(actors)


# -- "the Marcos government": the surname of the one person in office ---------------------------------


@pytest.mark.parametrize(
    ("date", "code"),
    [("2025-03-12", "PHLGOV"), ("1984-06-01", "PHLGOV")],
)
def test_a_surname_before_a_state_agent_is_the_person_in_office(coder, date, code):
    actors, _, _ = resolve(coder, "The Marcos government detained three journalists.", date=date)
    assert found(actors, "Marcos government") == [code], shown(actors)


def test_a_surname_of_no_one_in_office_gives_no_country(coder):
    actors, _, _ = resolve(coder, "The Fernandez government detained three journalists.", date="2025-03-12")
    assert not any((a.code or "").endswith("GOV") for a in actors), shown(actors)


# -- a party the dictionary gives to another country, under a title naming one country -----------------------

MOZAMBIQUE = "Communique on the situation in Mozambique after the elections"


def test_a_party_of_a_country_nobody_names_is_the_party_of_the_titles_country(coder):
    text = "Gunmen shot dead a senior official of the Podemos party in the capital on Saturday."
    actors, _, _ = resolve(coder, text, issuers=SADC, date="2024-11-20", title=MOZAMBIQUE)
    assert found(actors, "Podemos party") == ["MOZPTY"], shown(actors)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Spain's Podemos party called for new elections in Madrid on Saturday.", MOZAMBIQUE),
        ("Gunmen shot dead a senior official of the Podemos party in the capital on Saturday.", None),
    ],
)
def test_a_party_keeps_its_country_when_the_text_names_it_or_no_title_does(coder, text, title):
    actors, _, _ = resolve(coder, text, issuers=SADC, date="2024-11-20", title=title)
    assert "ESPPTY" in [a.code for a in actors if "Podemos" in a.text], shown(actors)


# -- "Brussels" acting is the European Union; as a place it stays Belgium's capital -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brussels threatened new trade penalties against Minsk on Monday.",
        "Warsaw said it would never accept quotas imposed on it by Brussels.",
    ],
)
def test_brussels_as_an_actor_is_the_european_union(coder, text):
    actors, _, _ = resolve(coder, text, date="2021-05-24")
    assert found(actors, "Brussels") == ["IGOEU"], shown(actors)


@pytest.mark.parametrize(
    "text",
    [
        "Serbian and Kosovar negotiators held talks in Brussels on Thursday.",
        "The foreign minister flew to Brussels for the meeting.",
    ],
)
def test_brussels_as_a_place_stays_belgiums_capital(coder, text):
    actors, _, _ = resolve(coder, text, date="2021-05-24")
    assert found(actors, "Brussels") == ["BELGOV"], shown(actors)


# -- "the agency" in lower case after the issuer named itself in full --------------------------------------

UNHCR = ("UNHCR, the UN Refugee Agency",)


def test_the_issuers_own_head_word_in_lower_case_after_its_own_name_is_the_issuer(coder):
    text = (
        "UNHCR is sending tents and blankets to the flooded districts. "
        "The agency stands ready to help the Government of Pakistan further."
    )
    actors, _, _ = resolve(coder, text, issuers=UNHCR, date="2022-09-01")
    assert found(actors, "agency") == ["IGOUNHCR"], shown(actors)


def test_the_head_word_after_another_body_so_named_is_not_the_issuer(coder):
    text = (
        "UNHCR welcomed the visit. The International Atomic Energy Agency sent two inspectors to the plant. "
        "The agency stands ready to help the Government of Pakistan further."
    )
    actors, _, _ = resolve(coder, text, issuers=UNHCR, date="2022-09-01")
    assert "IGOUNHCR" not in found(actors, "agency"), shown(actors)
