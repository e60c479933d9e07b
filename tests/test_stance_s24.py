"""Session 24 (ST24): one-way synonyms (synonyms.yaml ``one_way``), in sentences of our own.

A law's repeal is said as its "withdrawal" and a production as its "output", but a troop withdrawal is no
revocation and a working group's output is no production: the first word of an ad-hoc phrase is found as the
others, never the reverse, and as the head's stand-in such a word needs the phrase's noun (its complement when
it has one) or a pronoun or demonstrative taking back something named before. The FIXED cases were read wrong
before (they were strict xfails in tests/test_review_stance_s23.py); the HELD ones passed before and after.
"""

from __future__ import annotations

import pytest

from communique.stance.loader import DictionaryError, load_issues
from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


FIXED = [
    # a troop withdrawal is not revoked or annulled (was oppose: "withdrawal" took the repeal group)
    (
        "Amnesty International condemns the decision of the Varnian authorities to revoke the accreditation "
        "of foreign journalists.",
        "withdrawal of foreign troops from Varnia",
        "Amnesty International",
        {"not addressed"},
    ),
    (
        "The European Union regrets the annulment of the Varnian peace agreement by the military council.",
        "withdrawal of Varnian forces from the buffer zone",
        "Council of the European Union",
        {"not addressed"},
    ),
    # a state leaving a convention is no repeal of a law (the phrase's "law" is not there)
    (
        "The union deplores the withdrawal of Varnia from the International Labour Organization "
        "convention on strikes.",
        "repeal of the Varnia strike law",
        "National Union of Varnian Teachers",
        {"not addressed"},
    ),
    # what a meeting puts out is no production without the thing produced
    (
        "We welcome the output of the working group on Afghanistan and its recommendations.",
        "opium production in Afghanistan",
        "Ministry of Foreign Affairs of Estonia",
        {"not addressed"},
    ),
]

HELD = [
    # the one-way direction still reads: a law's withdrawal, taken back by a pronoun or a demonstrative
    (
        "The foreign agents law was adopted in Varnia last week. We demand its withdrawal.",
        "repeal of the Varnia foreign agents law",
        "Varnian Journalists Union",
        {"support"},
    ),
    (
        "The Syndicate reiterates that the foreign agents law has become a weapon against free expression. "
        "It demands the withdrawal of this text.",
        "repeal of the Varnia foreign agents law",
        "Varnian Journalists Union",
        {"support"},
    ),
    (
        "Varnia's decree on the press has become a weapon against free expression, and we demand its "
        "withdrawal.",
        "repeal of the Varnia press decree",
        "Varnian Journalists Union",
        {"support"},
    ),
    # ... and with the phrase's own noun
    (
        "We call on the Varnian parliament to withdraw the law on strikes.",
        "repeal of the Varnia strike law",
        "National Union of Varnian Teachers",
        {"support"},
    ),
    (
        "The eight countries decided to raise their combined output targets from January, which we welcome.",
        "the OPEC production increase",
        "Ministry of Energy of Varnia",
        {"support", "neutral", "not addressed"},
    ),
    # the symmetric group stays symmetric: a revocation is a repeal and a repeal a revocation
    (
        "We call on the Varnian authorities to revoke the foreign agents law.",
        "repeal of the Varnia foreign agents law",
        "Varnian Journalists Union",
        {"support"},
    ),
    (
        "We welcome the repeal of the Varnian foreign agents law.",
        "revocation of the Varnia foreign agents law",
        "Varnian Journalists Union",
        {"support"},
    ),
    # a troop withdrawal still reads as before, next to a revocation
    (
        "The Council welcomes the withdrawal of Varnian troops from the border and hopes the revocation of "
        "the emergency decree will follow.",
        "withdrawal of Varnian troops",
        "Council of the European Union",
        {"support"},
    ),
    (
        "We call for the withdrawal of all foreign troops from Varnia.",
        "withdrawal of foreign troops from Varnia",
        "Amnesty International",
        {"support"},
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), FIXED + HELD)
def test_st24_one_way_synonyms(coder, monkeypatch, text, issue, issuer, expected):
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stance(coder, text, issue, issuer) in expected


def test_st24_one_way_is_validated(tmp_path):
    bad = tmp_path / "user.yaml"
    bad.write_text("version: 1\none_way:\n  - [repeal]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="one_way"):
        load_issues([bad])
    good = tmp_path / "good.yaml"
    good.write_text("version: 1\none_way:\n  - [closure, shutdown]\n", encoding="utf-8")
    assert "shutdown" in load_issues([good]).lexicon.one_way["closure"]


# The means of an act of the issue (session 24): "attacked students with tear gas" names the force by its
# means; the act's noun after it ("the attacks") is the issue itself, taken back with its own relation (it
# read "support" or nothing before: the reference inherited what the sentence before did to the gas).
INSTRUMENT = [
    (
        "Police attacked students with tear gas across Dhaka on Tuesday. ASK condemns the attacks on unarmed "
        "young people.",
        {"oppose"},
    ),
    (
        "Police attacked students with tear gas across Dhaka on Tuesday. ASK demands an immediate end to the "
        "attacks on unarmed young people.",
        {"oppose"},
    ),
]

INSTRUMENT_HELD = [
    # only an act of the issue's own words: the artillery of an attack on a village is no force on protesters
    ("Soldiers attacked the village with artillery on Friday. We condemn the attacks.", {"not addressed"}),
    # "met with tear gas" is no meeting
    (
        "Protesters were met with tear gas in the capital on Friday. We condemn the meeting held by the "
        "minister the next day.",
        {"not addressed"},
    ),
    (
        "The ministers met with protesters and discussed tear gas stocks. The meeting was useful.",
        {"not addressed"},
    ),
    # the means already read before (a dispersal word and a beating word of the issue)
    (
        "Police dispersed the marchers with water cannon in the capital on Friday. We condemn this "
        "dispersal.",
        {"oppose"},
    ),
    (
        "Riot police beat the demonstrators with batons and rubber bullets outside parliament. These "
        "beatings must stop.",
        {"oppose"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTRUMENT + INSTRUMENT_HELD)
def test_st24_act_named_by_its_means(coder, monkeypatch, text, expected):
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stance(coder, text, "force_against_protesters", "Ain o Salish Kendra") in expected


@pytest.mark.xfail(strict=True, reason="known limit: a claim reported for a third party inside the reference")
def test_st24_act_named_by_its_means_reported_claim(coder, monkeypatch):
    # The reference now reaches a sentence whose evaluation is the ministry's ("lawful", "the ministry said"),
    # read as the issuers' (support); it read nothing before.
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    text = (
        "Police attacked the students with tear gas on Tuesday. The attacks were lawful and proportionate, "
        "the ministry said, but we reject that account."
    )
    assert _stance(coder, text, "force_against_protesters", "Ain o Salish Kendra") in {
        "oppose",
        "not addressed",
    }
