"""Session 20 (ST20b): oppose read as support, mixed and neutral, in sentences of our own.

Each group fails on the code before its change; the guards beside them pass before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Government of Ruritania")


VOTE = "the referendum in the province"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. A plain verb doing the issue's act, denied by its own "not" / "never", turns what is said above.
        ("Ruritania calls on Varnia not to hold the referendum in the province.", VOTE, "oppose"),
        ("Ruritania welcomes that Varnia did not hold the referendum in the province.", VOTE, "oppose"),
        ("Ruritania regrets that the referendum in the province was not held.", VOTE, "support"),
        ("Ruritania asks Varnia not to send troops into Lakonia.", "foreign_military_intervention", "oppose"),
        (
            "Ruritania welcomes that Varnia did not deploy troops to the border region.",
            "foreign_military_intervention",
            "oppose",
        ),
        (
            "Ruritania urges mining firms never to extract minerals from the seabed.",
            "deep-sea mining",
            "oppose",
        ),
        ("Ruritania urges the Council not to renew the sanctions on Varnia.", "sanctions", "oppose"),
        # ... and the issue's own verb denied (session 19's prepared change)
        (
            "Ruritania calls on the authorities of Varnia not to postpone the presidential election.",
            "the postponement of the presidential election in Varnia",
            "oppose",
        ),
        # guards: the act affirmed, a harm word's own denial, "not only"
        ("Ruritania calls on Varnia to hold the referendum in the province.", VOTE, "support"),
        ("Ruritania regrets that the Council did not lift the sanctions on Varnia.", "sanctions", "oppose"),
        (
            "Ruritania welcomes that Varnia not only held the referendum in the province but also published "
            "the results.",
            VOTE,
            "support",
        ),
    ],
)
def test_denied_act(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 2. Standing in the way of X obstructs it; capping X holds it down; "unjust" is a verdict.
        ("Ruritania regrets that Varnia stood in the way of the sanctions.", "sanctions", "support"),
        (
            "Ruritania will vote against any text that does not cap the fishing quotas.",
            "the fishing quotas",
            "oppose",
        ),
        ("Raising the legal retirement age to 64 is unjust.", "raising the retirement age", "oppose"),
        # guard
        ("Ruritania regrets that Varnia supported the sanctions.", "sanctions", "oppose"),
    ],
)
def test_obstruction_and_verdict_words(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 3. Publishing a record is a procedure, whoever is called on to do it and however.
        (
            "Ruritania calls on the Electoral Commission to publish the results of the presidential election "
            "by polling station.",
            "election_legitimacy",
            "neutral",
        ),
        # guards: a call on the issue itself; a publication that is the measure (no record)
        ("Ruritania calls for the annulment of the presidential election.", "election_legitimacy", "oppose"),
        (
            "Ruritania supports the requirement that foreign-funded associations publish their donors.",
            "civil_society_restrictions",
            "support",
        ),
        # 4. "a matter for X to settle", with "for" read as the infinitive's mark, leaves the question to X.
        (
            "Ruritania calls on all sides to respect the referendum in the province. Whether the "
            "referendum in the province is held this year is a matter for the two governments to settle.",
            VOTE,
            "neutral",
        ),
        # guard: a matter for the issuers themselves
        (
            "Ruritania calls on all sides to respect the referendum in the province. Whether the "
            "referendum in the province is held this year is a matter for us to settle.",
            VOTE,
            "support",
        ),
    ],
)
def test_procedure_and_deference(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 5. Neutral statements read as a side. A feeling coordinated with the issue's (misparsed) clause is
        # the speaker's; an escalation "between" two sides blames neither, also when it is the mention itself;
        # the issuers' "take note" is a noting, whatever issue word it was matched as.
        (
            "Ruritania has noted the air strikes carried out overnight along the border and is concerned "
            "about the current situation.",
            "military_strikes",
            "neutral",
        ),
        (
            "We are deeply concerned at the escalation of hostilities between Varnia and Lakonia.",
            "the Varnian missile attack on Lakonia",
            "neutral",
        ),
        (
            "Ruritania takes note of the application by Varnia to the International Court of Justice.",
            "Varnia taking the border dispute to the Court",
            "not addressed",
        ),
        # guards: a verdict on the strikes; an escalation of one side's act
        (
            "Ruritania condemns the air strikes carried out overnight along the border, which are "
            "unacceptable.",
            "military_strikes",
            "oppose",
        ),
        (
            "We are deeply concerned at the escalation of the Varnian missile attack on Lakonia.",
            "the Varnian missile attack on Lakonia",
            "oppose",
        ),
    ],
)
def test_crisis_reactions_take_no_side(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 6. A pause on X halts it; asking others to reconsider or rethink X asks them to undo it; a phrase of
        # means hung on a participle's call is not what is called for (a8004b1).
        (
            "Ruritania supports the island states that have called for a pause on deep-sea mining.",
            "deep-sea mining",
            "oppose",
        ),
        ("Ruritania calls for a pause on deep-sea mining.", "deep-sea mining", "oppose"),
        (
            "Ruritania urges the Varnian authorities to reconsider the foreign agents law in Varnia.",
            "the foreign agents law in Varnia",
            "oppose",
        ),
        (
            "Ruritania urges Varnia to rethink the foreign agents law.",
            "the foreign agents law in Varnia",
            "oppose",
        ),
        (
            "Police attacked students demanding reform of the quota system with batons and tear gas. "
            "Ruritania is following events closely.",
            "force_against_protesters",
            "not addressed",
        ),
        # ... and deterring or dissuading someone from X keeps X from happening
        (
            "Ruritania calls on the international community to deter Varnia from any step aimed at the "
            "annexation of Lakonia.",
            "annexation",
            "oppose",
        ),
        ("Ruritania urges its partners to dissuade Varnia from annexing Lakonia.", "annexation", "oppose"),
        # guards: the pause as the issue itself; a call for an end to the force
        ("Ruritania welcomes the humanitarian pause in Lakonia.", "humanitarian pause in Lakonia", "support"),
        (
            "Ruritania calls for an end to the use of tear gas against peaceful protesters.",
            "force_against_protesters",
            "oppose",
        ),
    ],
)
def test_halts_and_undoing(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


R = ["Ruritania"]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # (ST20c) An ending or a failure denied goes on: no denial of the issue.
        (
            "We are glad that the truce between Varnia and Lakonia did not expire last night.",
            "the truce between Varnia and Lakonia",
            "support",
        ),
        # A misuse of the issue, or what an act makes of it, denied keeps the issue.
        (
            "Ruritania urges both camps not to politicise the food aid to Varnia.",
            "food aid to Varnia",
            "support",
        ),
        (
            "We ask the government not to exploit the referendum in Lakonia to punish its opponents.",
            "the referendum in Lakonia",
            "support",
        ),
        (
            "We call on the parties not to turn the Varnia elections into a contest of arms.",
            "the Varnia elections",
            "support",
        ),
        # Guards: the act itself denied still turns the reading.
        (
            "Ruritania regrets that the peace talks in Varnia did not resume.",
            "the peace talks in Varnia",
            "support",
        ),
        (
            "We call on Lakonia not to hold the referendum on annexation.",
            "the referendum on annexation",
            "oppose",
        ),
        ("We urge Varnia not to postpone the Varnia elections.", "the Varnia elections", "support"),
        # A condemned escalation between two sides is opposed; a felt one blames neither.
        (
            "Ruritania firmly condemns the escalation between Varnia and Lakonia.",
            "the escalation between Varnia and Lakonia",
            "oppose",
        ),
        (
            "We denounce the escalation of fighting between the militias and the army.",
            "the escalation of fighting",
            "oppose",
        ),
        (
            "Ruritania is deeply concerned at the escalation of fighting between Varnia and Lakonia.",
            "the escalation of fighting",
            "neutral",
        ),
        # "not only ... but also" affirms; a plain "not" still denies.
        (
            "Ruritania not only recognises the independence of Kosovo but also backs its UN membership.",
            "the independence of Kosovo",
            "support",
        ),
        (
            "We not only welcome the sanctions on Varnia but also call for more.",
            "the sanctions on Varnia",
            "support",
        ),
        ("Ruritania does not recognise the independence of Kosovo.", "the independence of Kosovo", "oppose"),
    ],
)
def test_denials_that_keep_the_issue(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, R) == expected
