"""Session 19 (ST19b): oppose read as support, mixed and neutral, in sentences of our own.

Each group fails on the code before its change; the guards beside them pass before and after.
"""

from __future__ import annotations

import pytest

from communique.model import Actor, Evidence, Issue
from communique.stance.aggregate import Tally, decide
from tests.test_stance import stance_reader

_stance = stance_reader("Ruritanian Farmers Union")


DEAL = "the fishing quota deal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. What the issuers require of others is their position, though the verb's subject is not them.
        ("The Senate should reject the fishing quota deal.", "oppose"),
        ("Members of the Bundestag must reject the fishing quota deal.", "oppose"),
        ("The Senate should not reject the fishing quota deal.", "support"),
        # guards: others' own act, and the issuers' own verdict
        ("The Senate rejected the fishing quota deal.", "not addressed"),
        ("We reject the fishing quota deal.", "oppose"),
    ],
)
def test_required_of_others(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, DEAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. A particle the parser hangs on the object still makes the phrasal verb: "vote it down".
        ("We urge Parliament to vote the fishing quota deal down.", "oppose"),
        ("Ministers should tear the fishing quota deal up.", "oppose"),
        # ... and "vote down", "tear up", "water down" join the phrasal harms
        ("We call on senators to vote down the fishing quota deal.", "oppose"),
        # guard: a verb of approval
        ("We urge Parliament to approve the fishing quota deal.", "support"),
    ],
)
def test_particle_on_the_object(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, DEAL) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 3. A subject that none fits denies its predicate.
        (
            "No result of the presidential election can be considered credible.",
            "election_legitimacy",
            "oppose",
        ),
        ("No election held under these conditions can be free or fair.", "election_legitimacy", "oppose"),
        ("No state should endorse the fishing quota deal.", DEAL, "oppose"),
        ("Nothing justifies the fishing quota deal.", DEAL, "oppose"),
        # guards
        (
            "The result of the presidential election can be considered credible.",
            "election_legitimacy",
            "support",
        ),
        ("Every state should endorse the fishing quota deal.", DEAL, "support"),
    ],
)
def test_denied_subject(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 4. An "as" phrase says what the verb's object is taken for: the verb's other phrases do not judge
        # what is inside it, and where a step leads by undoing something is its goal, not a harm judged.
        (
            "We urge the authorities to declare a moratorium as a first step towards ending executions.",
            "oppose",
        ),
        (
            "The minister should order a stop to the beatings as a first step towards ending executions.",
            "oppose",
        ),
        # guards
        ("The moratorium on executions is a welcome first step towards abolition.", "oppose"),
        ("Parliament should adopt the moratorium as a step towards abolishing the death penalty.", "oppose"),
    ],
)
def test_as_a_step_towards(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, "death_penalty", ["Ruritanian Bar Association"]) == expected


OCCUPATION = "the military occupation of Varnia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 5. A copula's complement says what its subject is: it does not turn what an adverbial clause
        # under it already judged (the reason given).
        (
            "The decrees are null and void, being based on votes held at gunpoint under the military"
            " occupation of Varnia.",
            "oppose",
        ),
        (
            "The results are invalid, being the product of a vote organised at gunpoint under the military"
            " occupation of Varnia.",
            "oppose",
        ),
        # guards: the complement alone judges
        (
            "These laws are illegitimate, having been passed in sham sessions held under the military"
            " occupation of Varnia.",
            "oppose",
        ),
        ("The new decrees are void, being based on the military occupation of Varnia.", "oppose"),
        ("The military occupation of Varnia is illegal.", "oppose"),
    ],
)
def test_reason_clause_under_a_copula(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, OCCUPATION, ["Ministry of Foreign Affairs of Ruritania"]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # 6. An act judged by the way it is done ("without its consent"): the rejection around it judges the
        # same act done so, it does not turn it.
        (
            "We support the deployment of the regional force. At the same time, we reject any decision by one"
            " country to send troops into a neighbour without its consent.",
            "foreign_military_intervention",
            "Ministry of Foreign Affairs of Ruritania",
            "mixed",
        ),
        # 7. What one draws the line at is refused.
        (
            "We do not object to the closure of the channels run by the army. We draw the line, however, at"
            " the new law that lets ministers shut any newspaper without a court order.",
            "media_restrictions",
            "Ruritanian Union of Journalists",
            "mixed",
        ),
        # 8. Those a confinement holds are harmed by it: "the jailing of three reporters".
        (
            "We stand by the suspension of the licences of two channels run by the army. At the same time, we"
            " condemn the jailing of three reporters in Vardo for their coverage of the strike.",
            "media_restrictions",
            "Government of Ruritania",
            "mixed",
        ),
        # guards
        (
            "Ruritania condemns any attempt to deploy soldiers abroad without a mandate from the Security"
            " Council.",
            "foreign_military_intervention",
            "Ministry of Foreign Affairs of Ruritania",
            "oppose",
        ),
        (
            "We welcome that the troops were deployed with the full consent of the host government.",
            "foreign_military_intervention",
            "Ministry of Foreign Affairs of Ruritania",
            "support",
        ),
    ],
)
def test_second_side_read(coder, text: str, issue: str, issuers: str, expected: str) -> None:
    assert _stance(coder, text, issue, [issuers]) == expected


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # 9. The issuers' noting outweighs sides read only faintly in other sentences.
        (
            "The Council has taken note of the suspension of mobile internet in the northern provinces"
            " announced by the regulator. We are in contact with the authorities to understand how long the"
            " measure will last.",
            "internet_shutdown",
            "Ruritanian Press Council",
            "neutral",
        ),
        (
            "Ruritania has noted the final results of the presidential election announced by the electoral"
            " commission of Freedonia. These are internal matters of Freedonia, to be settled under its own"
            " laws.",
            "election_legitimacy",
            "Ministry of Foreign Affairs of Ruritania",
            "neutral",
        ),
        # guards: a side said outright stands
        (
            "The Council has taken note of the suspension of mobile internet in the northern provinces. We"
            " condemn this measure.",
            "internet_shutdown",
            "Ruritanian Press Council",
            "oppose",
        ),
        (
            "The Council has taken note of the suspension of mobile internet in the northern provinces.",
            "internet_shutdown",
            "Ruritanian Press Council",
            "neutral",
        ),
    ],
)
def test_noting_outweighs_faint_sides(coder, text: str, issue: str, issuers: str, expected: str) -> None:
    assert _stance(coder, text, issue, [issuers]) == expected


def _tally(*sides: tuple[int, str, float]) -> Tally:
    tally = Tally(actor=Actor(name="Ruritania", code="RUR"), issue=Issue(id=None, label="the quota deal"))
    for index, polarity, weight in sides:
        tally.add(Evidence(sentence_index=index, start=0, end=1, text="x", polarity=polarity), weight)
    return tally


def test_decide_noting_and_faint_sides() -> None:
    stance = decide(_tally((0, "neutral", 0.5), (1, "support", 0.4)))
    assert stance is not None and stance.stance == "neutral"
    assert [e.polarity for e in stance.evidence] == ["neutral"]
    # a side of full weight stands; no noting, a faint side still counts
    stance = decide(_tally((0, "neutral", 0.5), (1, "support", 0.8)))
    assert stance is not None and stance.stance == "support"
    stance = decide(_tally((1, "oppose", 0.4)))
    assert stance is not None and stance.stance == "oppose"


@pytest.mark.parametrize(
    ("text", "issue", "issuers", "expected"),
    [
        # 10. "The governments concerned" are those in question: no feeling that turns what they are asked.
        (
            "We appeal to the governments concerned to lift the sanctions.",
            "sanctions",
            "Ruritanian Church",
            "oppose",
        ),
        (
            "We urge the states concerned to maintain the sanctions.",
            "sanctions",
            "Ruritanian Church",
            "support",
        ),
        # 11. Not staying silent about something speaks out against it.
        (
            "We welcome the withdrawal of the foreign troops. We cannot, however, remain silent about the"
            " chaotic way in which the withdrawal was carried out.",
            "the withdrawal of the foreign troops",
            "Ruritanian Workers Union",
            "mixed",
        ),
        # 12. An infinitive the parser coordinates with a finite verb below belongs with the infinitive above.
        (
            "We call on both sides to refrain from steps that could inflame tensions and to return to"
            " dialogue.",
            "peace_talks",
            "Ministry of Foreign Affairs of Ruritania",
            "support",
        ),
        (
            "We call on both sides to refrain from steps that could inflame tensions and to resume"
            " negotiations without delay.",
            "peace_talks",
            "Ministry of Foreign Affairs of Ruritania",
            "support",
        ),
        # guards
        (
            "We welcome the withdrawal of the foreign troops and will not remain silent about attempts to"
            " delay it.",
            "the withdrawal of the foreign troops",
            "Ruritanian Workers Union",
            "support",
        ),
        (
            "We call on both sides to return to dialogue.",
            "peace_talks",
            "Ministry of Foreign Affairs of Ruritania",
            "support",
        ),
    ],
)
def test_words_that_turned_a_call(coder, text: str, issue: str, issuers: str, expected: str) -> None:
    assert _stance(coder, text, issue, [issuers]) == expected


TALKS = "the opening of accession talks with Varnia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 13. An ability or readiness denied denies the act it governs.
        ("Ruritania is not in a position to agree to the opening of accession talks with Varnia.", "oppose"),
        ("Ruritania is not able to support the opening of accession talks with Varnia.", "oppose"),
        ("Ruritania is unable to support the opening of accession talks with Varnia.", "oppose"),
        # guards
        ("Ruritania is in a position to support the opening of accession talks with Varnia.", "support"),
        ("Ruritania is ready to support the opening of accession talks with Varnia.", "support"),
        ("Ruritania is not unwilling to support the opening of accession talks with Varnia.", "support"),
    ],
)
def test_ability_denied(coder, text: str, expected: str) -> None:
    assert _stance(coder, text, TALKS, ["Ministry of Foreign Affairs of Ruritania"]) == expected
