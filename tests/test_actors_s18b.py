"""Eighteenth session, second wave (the events review's actor findings): a surname that is a country's word
names the person only near the full name and while the text has not named the country otherwise; a short
form in a sentence that names a country is that country's own body; a place where named beside a second
country still leaves its local agents to the roles' sentence country."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown


@pytest.mark.parametrize(
    "text, word, code",
    [
        # the word taken up by "it" / "its": the state
        (
            "Representative Paul Israel visited the Knesset. Israel said it would skip the summit.",
            "Israel",
            "ISR",
        ),
        (
            "Ambassador Robert Jordan toured the camps. Jordan has reopened its crossing with Iraq.",
            "Jordan",
            "JOR",
        ),
        # the country named before in another form (its capital): the state
        (
            "Envoy Peter Jordan arrived in Amman on Sunday. Jordan then condemned the strike on the convoy.",
            "Jordan",
            "JOR",
        ),
        # the full name four sentences back: too far to stand for the person
        (
            "Senator Maria Chad toured the refugee camps on Monday. The talks resumed in Geneva. The "
            "mediators met twice. Nothing was agreed. Chad condemned the attack on the camp.",
            "Chad",
            "TCD",
        ),
    ],
)
def test_a_surname_does_not_wipe_out_its_country(coder, text, word, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, word) == [code], shown(actors)


def test_a_surname_near_the_full_name_is_still_the_person(coder):
    actors, _, _ = resolve(
        coder, "Ambassador Robert Jordan toured the camps on Friday. Jordan said his visit had been useful."
    )
    assert found(actors, "Jordan") == [None], shown(actors)


def test_a_short_form_in_a_sentence_naming_a_country_is_that_countrys_body(coder):
    actors, _, _ = resolve(
        coder,
        "The European Parliament criticised the new broadcasting law. The Hungarian government dismissed "
        "the criticism, and the Parliament passed the law on Tuesday.",
    )
    assert found(actors, "Parliament") == ["HUNLEG"], shown(actors)
    actors, _, _ = resolve(
        coder,
        "The European Parliament criticised the new broadcasting law. In Hungary, the Parliament passed it "
        "on Tuesday.",
    )
    assert found(actors, "Parliament") == ["HUNLEG"], shown(actors)
    # a sentence naming no country: the body named before (unchanged)
    actors, _, _ = resolve(
        coder,
        "The European Parliament criticised the broadcasting law of Hungary. The Parliament then adopted a "
        "resolution.",
    )
    assert found(actors, "Parliament") == ["IGOEUEP"], shown(actors)


def test_a_short_form_after_two_bodies_takes_no_country_in_context(coder):
    actors, _, _ = resolve(
        coder, "The ICC and the ICJ both ruled against Serbia. The Court said the case was now closed."
    )
    assert found(actors, "Court") == [None], shown(actors)


def test_a_place_where_beside_a_second_country_leaves_the_agent_to_the_roles(coder):
    actors, _, _ = resolve(
        coder,
        "Bolivian police entered the Chilean consulate. In La Paz, police detained three students near the "
        "Bolivian ministry.",
    )
    assert found(actors, "police") == [None], shown(actors)
    actors, _, _ = resolve(
        coder,
        "Peruvian police raided a newspaper in Lima. In Santiago, police detained two reporters outside the "
        "Peruvian consulate.",
    )
    assert found(actors, "police") == [None], shown(actors)
