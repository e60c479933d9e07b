"""Stance polarity, session 23 (ST23b): whose position a sentence holds, what a call or a duty asks for, and
what "free of" is without.

Excerpts written for these tests, none copied from a gold file. FIXED each read wrong before the change that
names it; KEPT are near misses that must keep their reading beside it.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


FIXED = [
    # Issuers outside the state (an NGO, an opposition, an unresolved campaign): "the government",
    # "Ministers",
    # "the Prime Minister" in their statement are the state they speak of, not themselves; what those approve
    # or praise is no position of the issuers (read support before).
    (
        "The annual figures show that the government approved another forty licences for arms exports"
        " to Saudi"
        " Arabia last year.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"not addressed", "neutral"},
    ),
    (
        "The Prime Minister has defended the state of emergency in Trinidad and Tobago as a necessary"
        " measure.",
        "the state of emergency in Trinidad and Tobago",
        "Office of the Leader of the Opposition, Trinidad and Tobago",
        {"not addressed", "neutral"},
    ),
    (
        "Ministers have praised the new foreign agents law in Georgia as a model of transparency.",
        "the foreign agents law in Georgia",
        "Transparency International Georgia",
        {"not addressed", "neutral"},
    ),
    # A bare verb the parser coordinates with the call verb continues the call's infinitive: "calls on X to
    # halt A, suspend B and publish C" asks for the suspension (read not addressed before: "suspend" was the
    # issuers' own verb beside "calls").
    (
        "Oxfam calls on ministers to halt arms sales to the coalition, suspend the export licences for Saudi"
        " Arabia and publish the risk assessments.",
        "UK arms export licences to Saudi Arabia",
        "Oxfam",
        {"oppose"},
    ),
    # "free of X" / "free from X" is without X: the good said of the freedom is said against X (read support).
    ("We want a world free of nuclear weapons.", "nuclear weapons", "OPANAL", {"oppose"}),
    (
        "Tlatelolco made Latin America the first region declared free of nuclear weapons.",
        "nuclear weapons",
        "OPANAL",
        {"oppose"},
    ),
    (
        "We want a Middle East free from weapons of mass destruction.",
        "weapons of mass destruction",
        "League of Arab States",
        {"oppose"},
    ),
    (
        "The region remains free of foreign troops, and we intend to keep it so.",
        "foreign_military_intervention",
        "Ministry of Foreign Affairs of Estonia",
        {"oppose", "not addressed"},
    ),
    # A verb coordinated under the first verb's modal, with no auxiliary or subject of its own, is required
    # with it ("must quash ... and free him": read not addressed before).
    (
        "The Turkish authorities must quash the conviction of Osman Kavala and free him immediately.",
        "release of Osman Kavala",
        "Amnesty International",
        {"support"},
    ),
    # In a turn right after a side taken, a bare noun that continues a thing ("a further extension", "any
    # renewal") is the issue continued (read one side before).
    (
        "Our party voted for the curfew in Port Louis in March because the riots demanded it. However, we"
        " will not support a further extension.",
        "the curfew in Port Louis",
        "Mauritian Militant Movement",
        {"mixed"},
    ),
    (
        "The Alliance backed the state of emergency in Ecuador when it was declared in January. But it will"
        " vote against any renewal next week.",
        "the state of emergency in Ecuador",
        "Citizen Revolution Movement",
        {"mixed"},
    ),
    # Someone's efforts on a question ("the efforts of the CARICOM Chair") are not the question: in a document
    # that says it takes no position, supporting them is no side (read support before).
    (
        "Norway is following closely the developments in the Essequibo region. We do not take a position on"
        " the competing claims to the territory. Norway supports the efforts of the CARICOM Chair in this"
        " regard.",
        "Venezuela's claim to the Essequibo region",
        "Ministry of Foreign Affairs of Norway",
        {"neutral"},
    ),
]

KEPT = [
    # the state's own statement: its government's position is its own
    (
        "The Government welcomes Parliament's vote to extend the state of emergency in Trinidad and"
        " Tobago for"
        " three more months.",
        "the state of emergency in Trinidad and Tobago",
        "Ministry of National Security of Trinidad and Tobago",
        {"support"},
    ),
    # a ministry the actor dictionary files under a civil sector is still the state
    (
        "The Ministry condemns in the strongest terms the decision to build new settlement units in the"
        " occupied West Bank.",
        "settlements",
        "Ministry of Foreign Affairs and Expatriates of the State of Palestine",
        {"oppose"},
    ),
    # the government as the one called on: the call is the issuers'
    (
        "We call on the government to suspend all arms export licences to Saudi Arabia.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    # the non-state issuers named as subject keep their position
    (
        "The Opposition supported the declaration of the state of emergency in Trinidad and Tobago in"
        " December.",
        "the state of emergency in Trinidad and Tobago",
        "Office of the Leader of the Opposition, Trinidad and Tobago",
        {"support"},
    ),
    (
        "Amnesty International welcomes the release of Osman Kavala.",
        "release of Osman Kavala",
        "Amnesty International",
        {"support"},
    ),
    # bare verbs after a call: a finite verb, or one with its own subject, is the issuers' own act
    (
        "The union called for restraint and suspends its participation in the talks on the pension reform in"
        " France.",
        "the pension reform in France",
        "Confédération générale du travail",
        {"not addressed", "neutral"},
    ),
    (
        "We call on both sides to respect the ceasefire and we suspend our humanitarian flights to Gaza"
        " until it"
        " holds.",
        "ceasefire",
        "Norwegian Refugee Council",
        {"support"},
    ),
    (
        "The Ministry urged the authorities to investigate the attack and welcomed the release of the"
        " detained"
        " journalists.",
        "media_restrictions",
        "Ministry of Foreign Affairs of Estonia",
        {"oppose"},
    ),
    (
        "The Council urges the government to restore the rule of law, lift the sanctions on Belarus and"
        " open a"
        " dialogue with the opposition.",
        "sanctions",
        "Council of the European Union",
        {"oppose"},
    ),
    # "free" as an evaluation of the issue itself, or of something else beside it
    ("The elections in Belarus were neither free nor fair.", "elections in Belarus", "OSCE", {"oppose"}),
    ("We support free and fair elections in Belarus.", "elections in Belarus", "OSCE", {"support"}),
    (
        "Voters in Belarus must be able to take part in the elections free from intimidation.",
        "elections in Belarus",
        "OSCE",
        {"support", "not addressed", "neutral"},
    ),
    # a coordinated verb with an auxiliary or a subject of its own is not under the first modal
    (
        "The court must hear the appeal of Osman Kavala and has refused to free him.",
        "release of Osman Kavala",
        "Amnesty International",
        {"oppose", "not addressed"},
    ),
    (
        "Russia must withdraw its troops and we will then lift the sanctions.",
        "sanctions",
        "Council of the European Union",
        {"oppose"},
    ),
    (
        "The government must not arrest journalists and close newspapers.",
        "media_restrictions",
        "Reporters Without Borders",
        {"oppose"},
    ),
    # a continuation of something named ("of" phrase), a possessive one, or one outside a turn
    (
        "We welcome the ceasefire in Gaza. However, we support a further extension of aid deliveries to the"
        " north.",
        "ceasefire",
        "Norwegian Refugee Council",
        {"support"},
    ),
    (
        "We welcome the ceasefire in Gaza. We also support its extension.",
        "ceasefire",
        "Norwegian Refugee Council",
        {"support"},
    ),
    (
        "We welcome the ceasefire in Gaza. However, its renewal depends on the release of the hostages.",
        "ceasefire",
        "Norwegian Refugee Council",
        {"support"},
    ),
    (
        "Singapore is following closely the developments along the border. We do not take a position on the"
        " rival claims over the islands. Singapore welcomes the mediation of the ASEAN Secretary-General in"
        " this regard.",
        "China's claim to the Paracel Islands",
        "Ministry of Foreign Affairs of Singapore",
        {"neutral", "not addressed"},
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), FIXED + KEPT)
def test_st23b_polarity(coder, monkeypatch, text, issue, issuer, expected):
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stance(coder, text, issue, issuer) in expected
