"""Issues said by paraphrase, kept precise (session 20, ST20).

The topic lexicon (session 19) lets a sentence holding a term of the phrase's topic stand for the phrase. Two
near-miss classes read a side where the statement is about something else: a broad topic standing in for a
phrase whose compounded noun says which one ("the carbon tax" read from a cut in the income tax), and a term
that only says where a thing of another kind is ("cables lying on the seabed" for deep-sea mining). Sentences
of our own; each near-miss below fails on the code before, the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "issuers"),
    [
        # Another tax than the one the phrase names.
        (
            "The Business Council welcomes the government's decision to lower the income tax rate for small"
            " companies. This will encourage investment. We thank the finance minister.",
            "the carbon tax",
            ["Business Council"],
        ),
        (
            "The Federation opposes the planned increase in value added tax on food. A higher VAT will hurt"
            " families already struggling with prices.",
            "the carbon tax",
            ["Federation of Farmers"],
        ),
        (
            "The Chamber welcomes the cut in corporate tax. Lower tax rates make our firms competitive and"
            " protect jobs.",
            "a wealth tax",
            ["Chamber of Commerce"],
        ),
        # A compounded noun no topic names: the phrase is narrower than taxes in general.
        (
            "The Association rejects the new property tax. Raising the levy on homes is unfair to pensioners"
            " and young families.",
            "the sugar tax",
            ["Association of Homeowners"],
        ),
    ],
)
def test_a_broad_topic_does_not_stand_for_a_narrower_phrase(coder, text: str, issue: str, issuers) -> None:
    assert _stance(coder, text, issue, issuers) == "not addressed"


@pytest.mark.parametrize(
    ("text", "issue", "issuers"),
    [
        (
            "The Alliance condemns the deliberate cutting of data cables lying on the seabed of the Baltic"
            " Sea. Attacks like these on vital infrastructure cannot be tolerated. Allies will keep watch"
            " over the ocean floor.",
            "deep-sea mining",
            ["NATO"],
        ),
        (
            "Norway condemns the damage done to a gas pipeline resting on the seabed of the North Sea. Navy"
            " divers have examined the sea floor around the site. Those responsible will be held to account.",
            "deep-sea mining",
            ["Ministry of Defence of Norway"],
        ),
        (
            "Ireland welcomes the recovery of the sunken trawler from the seabed. Divers searched the sea"
            " floor for four days. We thank the coast guard for its courage.",
            "deep-sea mining",
            ["Government of Ireland"],
        ),
    ],
)
def test_a_place_of_another_thing_is_no_mention(coder, text: str, issue: str, issuers) -> None:
    assert _stance(coder, text, issue, issuers) == "not addressed"


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # The topic really said: the controls keep their side (they pass before and after).
        (
            "Ocean Watch opposes any plan to scrape metal nodules from the ocean floor. Stripping the seabed"
            " for minerals would destroy fragile life.",
            "deep-sea mining",
            ["Ocean Watch"],
            "oppose",
        ),
        (
            "The Green Party backs a levy on every tonne of carbon dioxide emitted. Making polluters pay for"
            " emissions is fair.",
            "the carbon tax",
            ["Green Party"],
            "support",
        ),
        (
            "The Federation rejects the tax on carbon emissions. Charging firms for every tonne they emit"
            " will cost jobs.",
            "the carbon tax",
            ["Federation of Small Firms"],
            "oppose",
        ),
        (
            "Norway supports a Palestinian state living side by side with Israel in peace and security.",
            "the two-state solution",
            ["Ministry of Foreign Affairs of Norway"],
            "support",
        ),
    ],
)
def test_the_topic_said_still_counts(coder, text: str, issue: str, issuers, expected: str) -> None:
    assert _stance(coder, text, issue, issuers) == expected


@pytest.mark.parametrize(
    ("text", "issue", "issuers"),
    [
        # An act any text undergoes (vetoing a bill, ratifying a convention, a delegation's visit, a summit)
        # is no word of a topic (topics.yaml, session 20).
        (
            "The Union calls on the President of Ruritania to veto the broadcasting bill, which would silence"
            " independent newsrooms across the country.",
            "Ruritania's accession to the European Union",
            ["Ruritanian Press Union"],
        ),
        (
            "Varnia welcomes the vote of its parliament to ratify the fisheries convention with Ruritania."
            " The convention will protect our coastal communities.",
            "Varnia's accession to NATO",
            ["Ministry of Foreign Affairs of Varnia"],
        ),
        (
            "A delegation of Ruritanian farmers visited Varnia this week to study irrigation. The summit of"
            " agriculture ministers will be held in Varnia next spring. We welcome this cooperation.",
            "peace talks between Ruritania and Varnia",
            ["Ministry of Foreign Affairs of Varnia"],
        ),
    ],
)
def test_an_act_any_text_undergoes_names_no_topic(coder, text: str, issue: str, issuers) -> None:
    assert _stance(coder, text, issue, issuers) == "not addressed"


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # "on" after a noun says what a measure bears on, not where a thing lies: the revenues are the tax's.
        (
            "Varnia objects to the charge Ruritania imposes on the revenues of foreign technology companies."
            " It singles out our firms.",
            "the Ruritanian digital services tax",
            ["Office of the Trade Representative of Varnia"],
            "oppose",
        ),
        (
            "Varnia objects to the charge Ruritania imposes on the revenues of foreign technology companies."
            " It singles out our firms.",
            "the Ruritanian digital tax",
            ["Office of the Trade Representative of Varnia"],
            "oppose",
        ),
        # A phrase narrower than its topic: another tax of the same kind stays another tax.
        (
            "The Federation opposes the increase in value added tax on food. Higher taxation of groceries"
            " will hurt families.",
            "the sugar tax",
            ["Federation of Grocers"],
            "not addressed",
        ),
    ],
)
def test_what_a_measure_bears_on(coder, text: str, issue: str, issuers, expected: str) -> None:
    assert _stance(coder, text, issue, issuers) == expected


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # A turning sentence that names nothing of the issue, between the two sides, links them.
        (
            "For years we fought for a fair share of the catch, and the fishing quota deal finally guarantees"
            " one to our coastal towns. That is a real achievement. But our crews will not accept being kept"
            " in port for half of every year. We will oppose the closed seasons that the deal writes into its"
            " annexes.",
            "the fishing quota deal",
            ["Ruritanian Fishermen's Union"],
            "mixed",
        ),
        (
            "The Varnian judicial reform finally gives every citizen a right to free legal aid. That is a"
            " welcome change. Yet judges must never be chosen by the minister. We reject the appointment"
            " rules of the reform and will challenge them in court.",
            "the Varnian judicial reform",
            ["Varnian Bar Association"],
            "mixed",
        ),
        # (a turn to another matter, with no second side, leaves the one side)
        (
            "The Varnian judicial reform finally gives every citizen a right to free legal aid. That is a"
            " welcome change. Yet much remains to be done for prisons. We call on the minister to build new"
            " courts.",
            "the Varnian judicial reform",
            ["Varnian Bar Association"],
            "support",
        ),
    ],
)
def test_a_turn_between_two_sides(coder, text: str, issue: str, issuers, expected: str) -> None:
    assert _stance(coder, text, issue, issuers) == expected


def test_a_plus_on_the_acronym_still_names_the_topic(coder) -> None:
    # "LGBTQ+" is one token with its "+": the topic's acronyms are written with it too (topics.yaml).
    text = (
        "Every LGBTQ+ couple in Varnia deserves the same rights as any other. We welcome the bill and urge"
        " Parliament to pass it."
    )
    assert _stance(coder, text, "same-sex marriage in Varnia", ["Varnian Equality Network"]) == "support"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # (ST20c) Another one of the head's kind: a word of its name is no term of a narrower phrase.
        (
            "We welcome the windfall levy on energy firms. The surcharge is fair.",
            "the fuel tax",
            "not addressed",
        ),
        (
            "The Council backs a windfall tax on shipping companies. Such a surcharge is overdue.",
            "the plastic bag tax",
            "not addressed",
        ),
        (
            "The Council supports a windfall tax on energy companies.",
            "the digital services tax",
            "not addressed",
        ),
        # The head's own word beside a term of its topic says the phrase.
        ("We reject a tax on the revenues of technology giants.", "the digital services tax", "oppose"),
        (
            "Ruritania opposes any levy on the revenues of large internet platforms.",
            "the digital services tax",
            "oppose",
        ),
        # Guards: another tax beside a term stays another tax; the phrase itself still reads.
        (
            "We oppose the planned cut in income tax. It would starve the state of revenue.",
            "the property tax",
            "not addressed",
        ),
        (
            "We welcome the new taxi licences. The surcharge on fares is fair.",
            "the sugar tax",
            "not addressed",
        ),
        ("We oppose the sugar tax.", "the sugar tax", "oppose"),
    ],
)
def test_a_narrower_phrase_and_its_kind(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
