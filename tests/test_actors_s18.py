"""Eighteenth session: the short form of a body named earlier ("the Court", "the Alliance", "the Mission"), a
surname that is also a country's word, the same local agent named again without its country, and agents of
"both countries"."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve

UKRAINE = ("Ministry of Foreign Affairs of Ukraine",)


@pytest.mark.parametrize(
    "text, issuers, short, code",
    [
        (
            "We welcome the opening of an investigation by the International Criminal Court into the "
            "deportation of children. The Court has already heard twelve witnesses.",
            UKRAINE,
            "Court",
            "IGOICC",
        ),
        (
            "NATO defence ministers gathered in Brussels on Thursday. The Alliance agreed to send more air "
            "defence systems to Kyiv.",
            ("Ministry of Foreign Affairs of Poland",),
            "Alliance",
            "IGONATO",
        ),
        (
            "MONUSCO peacekeepers came under fire near Sake. The Mission said two of its vehicles were hit.",
            ("Ministry of Foreign Affairs of Belgium",),
            "Mission",
            "IGOUNMIL",
        ),
        (
            "The European Parliament debated the media law of Slovakia. The Parliament then voted for a "
            "resolution.",
            ("Ministry of Foreign Affairs of Czechia",),
            "Parliament",
            "IGOEUEP",
        ),
        (
            "The judges of the International Criminal Tribunal for Rwanda closed the last trial. The "
            "Tribunal handed over its archives.",
            ("Ministry of Justice of Rwanda",),
            "Tribunal",
            "IGOUNICTR",
        ),
    ],
)
def test_a_short_form_names_the_one_body_named_before_that_holds_the_word(coder, text, issuers, short, code):
    actors, _, _ = resolve(coder, text, issuers=issuers, date="2024-05-01")
    assert found(actors, short) == [code], [(a.text, a.code, a.via) for a in actors]


def test_a_short_form_after_two_bodies_holding_the_word_is_no_guess(coder):
    actors, _, _ = resolve(
        coder,
        "Both the International Criminal Court and the International Court of Justice hold hearings this "
        "month. The Court will rule on the request in June.",
        issuers=UKRAINE,
        date="2024-05-01",
    )
    assert found(actors, "Court") == [None]
    # with no body named before, "the Court" is still the country's own court (unchanged)
    actors, _, _ = resolve(coder, "The Court will rule on the request in June.", issuers=UKRAINE)
    assert found(actors, "Court") == ["UKRJUD"]


def test_a_surname_that_is_a_countrys_word_names_the_person_named_in_full_before(coder):
    actors, _, _ = resolve(
        coder,
        "Volker Türk, the UN High Commissioner for Human Rights, visited Caracas on Tuesday. Türk said that "
        "all political prisoners must be freed.",
        issuers=("Amnesty International",),
        date="2023-06-01",
    )
    assert found(actors, "Türk") == ["IGOUNOHCHR"], [(a.text, a.code, a.via) for a in actors]
    actors, _, _ = resolve(
        coder,
        "Ambassador Michael Jordan met the governor on Monday. Jordan said the talks had been useful.",
        issuers=("Amnesty International",),
    )
    assert found(actors, "Jordan") == [None]
    # a country named by its own word, with no such person before, stays the country
    actors, _, _ = resolve(coder, "King Abdullah of Jordan met the envoy. Jordan condemned the raid.")
    assert found(actors, "Jordan") == ["JOR"]


def test_a_local_agent_named_again_takes_the_country_it_was_named_with(coder):
    actors, _, _ = resolve(
        coder,
        "We condemn the raid by Peruvian police on the offices of the newspaper in Lima. Police officers "
        "seized the laptops of reporters whom Chile had invited to a conference.",
        issuers=("Committee to Protect Journalists",),
    )
    assert found(actors, "Police officers") == ["PERCOP"], [(a.text, a.code, a.via) for a in actors]
    # two countries' police named before: no guess
    actors, _, _ = resolve(
        coder,
        "Kenyan police and Ugandan police met at the border post. Police officers then reopened the road "
        "that Tanzania uses.",
    )
    assert found(actors, "Police officers") == [None]
    # a sentence that names the one place where: the roles' sentence country decides, not the agent before
    actors, _, _ = resolve(
        coder, "Russian police detained six activists in Moscow. In Kyiv, police said two men were arrested."
    )
    assert found(actors, "police") == [None]


def test_an_agent_of_both_countries_takes_no_country_in_context(coder):
    actors, _, _ = resolve(
        coder,
        "Armenia and Azerbaijan sent delegations to the talks. The talks were held in Belgium. We commend "
        "the leaders of both countries for their courage.",
        issuers=("Ministry of Foreign Affairs of France",),
    )
    assert found(actors, "leaders") == [None], [(a.text, a.code, a.via) for a in actors]
    # one country named: its leaders as before
    actors, _, _ = resolve(
        coder,
        "The talks were held in Belgium. We commend the leaders for their courage.",
        issuers=("Ministry of Foreign Affairs of France",),
    )
    assert found(actors, "leaders") == ["BELGOV"]


def test_the_head_of_the_issuers_name_in_lower_case_is_the_issuer(coder):
    actors, _, _ = resolve(
        coder,
        "Heavy floods displaced thousands in Sindh. The agency is sending tents and blankets to the camps.",
        issuers=("UNHCR, the UN Refugee Agency",),
    )
    assert found(actors, "agency") == ["IGOUNHCR"], [(a.text, a.code, a.via) for a in actors]
    # not another issuer's: Amnesty is no agency
    actors, _, _ = resolve(
        coder,
        "Heavy floods displaced thousands in Sindh. The agency is sending tents and blankets to the camps.",
        issuers=("Amnesty International",),
    )
    assert found(actors, "agency") == []
    # nor after another agency named so
    actors, _, _ = resolve(
        coder,
        "The International Atomic Energy Agency sent inspectors to Iran. The agency is checking the site.",
        issuers=("UNHCR, the UN Refugee Agency",),
    )
    assert found(actors, "agency") != ["IGOUNHCR"]


def test_his_office_after_the_person_issuer_is_the_issuer(coder):
    actors, _, _ = resolve(
        coder,
        "The High Commissioner deplored the death sentences handed down in Minsk. His Office will keep "
        "documenting the trials.",
        issuers=("UN High Commissioner for Human Rights",),
        date="2023-01-01",
    )
    assert found(actors, "His Office") == ["IGOUNOHCHR"], [(a.text, a.code, a.via) for a in actors]
    # an organisation's statement has no "his"
    actors, _, _ = resolve(
        coder,
        "The Ministry deplored the death sentences handed down in Minsk. His Office will keep documenting "
        "the trials.",
        issuers=("Ministry of Foreign Affairs of Norway",),
    )
    assert found(actors, "His Office") == []


def test_countries_in_the_plural_are_not_the_one_country_in_context(coder):
    actors, _, _ = resolve(
        coder,
        "Fighting goes on in Sudan. The neighbouring countries must not arm either side.",
        issuers=("Ministry of Foreign Affairs of Norway",),
    )
    assert found(actors, "countries") == [], [(a.text, a.code, a.via) for a in actors]
    # one country still is
    actors, _, _ = resolve(
        coder,
        "Fighting goes on in Sudan. The country needs a ceasefire.",
        issuers=("Ministry of Foreign Affairs of Norway",),
    )
    assert found(actors, "country") == ["SDN"]
