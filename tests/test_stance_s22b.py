"""Session 22 (ST22b): stance polarity and hedged neutrality, in sentences of our own.

Each group names the mechanism it checks; the first cases of a group fail on the code before its change, the
guards beside them pass before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Government of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. A position against X opposes X; the position's own adjectives ("principled", "long-standing",
        # "consistent") say how it is held, not what it holds of X.
        (
            "Ruritania restates its principled and long-standing position against the death penalty.",
            "death_penalty",
            "oppose",
        ),
        (
            "The Government recalls its consistent position against any sanctions imposed outside the UN.",
            "sanctions",
            "oppose",
        ),
        # guards: a position for X, and an evaluated position with no "against"
        (
            "Ruritania recalls its firm position in favour of a moratorium on executions.",
            "death_penalty",
            "oppose",
        ),
        (
            "Ruritania welcomes the clear position of the Council in support of the ceasefire.",
            "ceasefire",
            "support",
        ),
    ],
)
def test_position_against(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 2. The one called on is the addressee also when the parser hangs the infinitive on the call as an
        # adverbial clause: a word of the issue in the addressee ("nuclear-weapon states") is not called for.
        (
            "Ruritania calls on all nuclear-weapon states to maintain their moratoria, and on the remaining "
            "states to ratify the Treaty without further delay so that it can finally enter into force.",
            "nuclear_tests",
            "not addressed",
        ),
        # guard: what is called for still reads
        (
            "Ruritania calls on all states to halt nuclear tests and to ratify the Treaty without delay.",
            "nuclear_tests",
            "oppose",
        ),
    ],
)
def test_addressee_of_an_adverbial_infinitive(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


DECREE = "the decree on fishing quotas in Ruritania"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 3. Made law ("into law", "into force"), a text is adopted: a denial of that act opposes the text, as
        # "not to adopt it" does (turning something into something else still keeps it: guard below).
        (
            "The fishermen's union calls on the Ruritanian Parliament not to convert the decree on fishing "
            "quotas into law.",
            DECREE,
            "oppose",
        ),
        (
            "We urge the President of Ruritania not to sign the decree on fishing quotas into law.",
            DECREE,
            "oppose",
        ),
        # guard: a misuse turned into something else, denied, keeps the issue
        (
            "Ruritania calls on all parties not to turn the elections into a contest of arms.",
            "election_legitimacy",
            "support",
        ),
    ],
)
def test_denied_enactment(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["Fishermen's Union of Ruritania"]) == expected


MISSION = "the withdrawal of the UN mission from Varnia"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 4. What something made others do is theirs: "the anger that has pushed many residents to demand the
        # departure of the mission" reports the residents' demand, not the issuers'.
        (
            "The council of elders of Varnia is aware of the anger that has pushed many residents to demand "
            "the withdrawal of the UN mission. We ask the Security Council to suspend the withdrawal of the "
            "mission until the army can protect the camps.",
            MISSION,
            "oppose",
        ),
        # guards: a call on others is the issuers' own ("urge X to demand"), and so is what moved the issuers
        (
            "The council of elders of Varnia urges the UN Security Council to approve the withdrawal of the "
            "UN mission from Varnia.",
            MISSION,
            "support",
        ),
        (
            "The attacks on the camps have forced us to demand the withdrawal of the UN mission from Varnia.",
            MISSION,
            "support",
        ),
    ],
)
def test_demand_caused_in_others(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["Council of Elders of Varnia"]) == expected


RETURN = "the return of refugees to Varnia"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 5. Both sides denied at once ("neither promotes nor hinders", "neither encourages nor discourages")
        # is a hedged neutrality: it makes a side read faintly elsewhere neutral, as a deference does.
        (
            "Every refugee has the right to return to Varnia. The agency neither promotes nor hinders the "
            "return of refugees to Varnia, and it keeps offering counselling to families.",
            RETURN,
            "neutral",
        ),
        (
            "Refugees have the right to return to Varnia. Ruritania neither encourages nor discourages the "
            "return of refugees to Varnia.",
            RETURN,
            "neutral",
        ),
        # guards: one side denied is a side; "neither ... nor" of two verbs of one side denies both (the
        # "nor" verb read alone had read support: fails before)
        (
            "Ruritania does not support the return of refugees to Varnia while the fighting goes on.",
            RETURN,
            "oppose",
        ),
        (
            "Ruritania neither accepts nor recognises the return of refugees to Varnia in these conditions.",
            RETURN,
            "oppose",
        ),
    ],
)
def test_neither_side(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["UNHCR Representation in Ruritania"]) == expected


WAGE = "raising the minimum wage in Ruritania"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 6. Lifted to an amount, a thing is raised, not removed as lifted sanctions are.
        (
            "The unions welcome the pay commission's decision to lift the national wage floor in Ruritania "
            "to 12 euros.",
            WAGE,
            "support",
        ),
        (
            "The union is glad that the Government will lift the minimum wage in Ruritania by 8 percent next "
            "year.",
            WAGE,
            "support",
        ),
        # guard: lifted with no amount is removed
        (
            "Ruritania welcomes the decision of the Council to lift the sanctions on Varnia.",
            "sanctions",
            "oppose",
        ),
    ],
)
def test_lifted_to_an_amount(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["Ruritanian Trade Union Confederation"]) == expected


TREATY = "the fisheries treaty between Ruritania and Varnia"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 7. To vote or campaign for a thing supports it; "will not vote for it" opposes it (the vote is no
        # act of the issue whose denial would turn what is said above it).
        (
            "Our party will not vote for the fisheries treaty between Ruritania and Varnia in this form.",
            TREATY,
            "oppose",
        ),
        (
            "Our party voted for the fisheries treaty between Ruritania and Varnia because it protects jobs.",
            TREATY,
            "support",
        ),
        # guard: voting against still opposes
        (
            "Our party will vote against the fisheries treaty between Ruritania and Varnia.",
            TREATY,
            "oppose",
        ),
    ],
)
def test_vote_for(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue, ["Green Party of Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 8. The issuers denying a harm of their own hold to the issue: "will never cede ... of its territory"
        # (cede is a harm word now), "will not block the convoys".
        (
            "Ruritania will never cede a single inch of its land, whatever the pressure from its neighbours.",
            "territorial_integrity",
            "support",
        ),
        (
            "Ruritania will not obstruct the delivery of humanitarian aid to the displaced in the north.",
            "humanitarian_access",
            "support",
        ),
        # guard: a harm others are asked not to do
        (
            "Ruritania urges the militias not to obstruct the delivery of humanitarian aid to the displaced.",
            "humanitarian_access",
            "support",
        ),
    ],
)
def test_own_harm_denied(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 9. The norms that govern an act restrain it: asking that they be kept ("comply with the standards on
        # the use of force", "the principle that firearms may be used only to protect life") takes no side on
        # the act; the rest of the sentence still does.
        (
            "Ruritania urges the police to exercise restraint and to comply with the international standards "
            "on the use of force against demonstrators.",
            "force_against_protesters",
            "oppose",
        ),
        (
            "Ruritania asks the police to comply with the standards on the use of force against protesters.",
            "force_against_protesters",
            "not addressed",
        ),
        # guards: with restraint asked beside the principle, and force judged outright, the side still reads
        (
            "Ruritania recalls the principle that force against demonstrators may be used only as a last "
            "resort, and asks the police to exercise restraint.",
            "force_against_protesters",
            "oppose",
        ),
        (
            "Ruritania condemns the use of force against peaceful demonstrators in the capital.",
            "force_against_protesters",
            "oppose",
        ),
    ],
)
def test_norms_on_an_act(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
