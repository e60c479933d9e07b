"""Session 22 (ST22): stance relevance, positions that read "not addressed", in sentences of our own.

Each group fails on the code before its change (the issue was read "not addressed"); the guards beside them
(near misses that must stay "not addressed", or sides that must stay as they were) pass before and after.
"""

from __future__ import annotations

import pytest
import spacy

from communique.stance.matching import _spelled_out
from tests.test_stance import stance_reader

_stance = stance_reader("Government of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. A marriage said by its verb (synonyms.yaml families: marriage ~ marry ~ married).
        (
            "The Ministry welcomes the law adopted by the Chilean Congress today, which allows two men or "
            "two women to marry and to adopt children.",
            "same-sex marriage in Chile",
            "support",
        ),
        # guard: the country's other laws are not its marriage law
        (
            "The Ministry welcomes the pension law adopted by the Chilean Congress today.",
            "same-sex marriage in Chile",
            "not addressed",
        ),
        # 2. A release asked for as letting the person go (release ~ let go).
        (
            "Ahmed Karimi has now spent three years in prison for a poem. We urge the authorities to let him "
            "go home to his family without delay.",
            "release of Ahmed Karimi",
            "support",
        ),
        # guard: letting go of something else, of someone else
        (
            "Ahmed Karimi has now spent three years in prison for a poem. We urge the court to let the "
            "appeal go forward, and we will keep writing to him.",
            "release of Ahmed Karimi",
            "not addressed",
        ),
        # 3. Talks said as the delegations of the two sides meeting.
        (
            "We have taken note of the announcement that the delegations of both parties will meet in Geneva "
            "on Monday. It is for the parties themselves to decide on the agenda.",
            "peace_talks",
            "neutral",
        ),
        (
            "Ruritania welcomes the news that the delegations of the two sides met in Vienna yesterday and "
            "agreed to meet again next month.",
            "peace_talks",
            "support",
        ),
        # guard: a delegation received by one host is a visit, not talks
        (
            "The Minister met a delegation of business leaders from Varnia to discuss investment.",
            "peace_talks",
            "not addressed",
        ),
        # 4. Annexation said by its plain word, or by incorporating the land.
        (
            "Ruritania will never recognise this land grab and stands with the people of the occupied coast.",
            "annexation",
            "oppose",
        ),
        (
            "Ruritania rejects the decrees purporting to incorporate the three northern provinces of Varnia "
            "into the neighbouring state.",
            "annexation",
            "oppose",
        ),
        # guard: incorporating recommendations takes no land
        (
            "Ruritania welcomes the decision to incorporate the recommendations of the Venice Commission "
            "into the draft electoral code.",
            "annexation",
            "not addressed",
        ),
        # 5. Accountability asked for as bringing those responsible to trial.
        (
            "The massacre of the villagers must not go unpunished: those who ordered it must be brought to "
            "trial.",
            "accountability",
            "support",
        ),
        # 6. Force against protesters by its means: live bullets.
        (
            "Ruritania condemns the use of live bullets against students marching in the capital.",
            "force_against_protesters",
            "oppose",
        ),
    ],
)
def test_issue_said_otherwise(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 10. A military operation that kills is an armed attack (military_strikes combo).
        (
            "Ruritania condemns the military operation in the border villages, which killed eleven "
            "civilians, and demands that it end.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania is deeply concerned by the lethal military operations carried out against fishing "
            "boats off its coast.",
            "military_strikes",
            "oppose",
        ),
        # guards: an operation that kills no one; a death beside operations of another kind
        (
            "Ruritania welcomes the end of the military operation against the rebel group in the north.",
            "military_strikes",
            "not addressed",
        ),
        (
            "Ruritania mourns the death of the former military chief, who led the country's peacekeeping "
            "operations for a decade.",
            "military_strikes",
            "not addressed",
        ),
    ],
)
def test_operation_that_kills(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 7. An entity written as initials in the phrase is spelled out in the statement, and a kind noun
        # heading a capitalised name describes the thing ("the Artificial Intelligence Regulation" is the
        # "AI Act"): the tagger calls such a noun a proper noun.
        (
            "Our federation welcomes the Artificial Intelligence Regulation adopted in Brussels today, which "
            "gives developers the legal certainty they have asked for.",
            "the EU AI Act",
            "support",
        ),
        # guard: another regulation of another thing
        (
            "Our federation welcomes the Data Governance Regulation adopted in Brussels today, which gives "
            "developers the legal certainty they have asked for.",
            "the EU AI Act",
            "not addressed",
        ),
    ],
)
def test_initials_spelled_out(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


MOLDOVA = "the annulment of Moldova's local elections"
NOTED = (
    "Ruritania has taken note of the decision of the Constitutional Court of Moldova concerning the second "
    "round of the local elections"
)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 8. In a document about the issue that never names it, the definite thing the issuers only note or
        # follow is the issue, on no side (before: "not addressed").
        (NOTED + " and is following developments closely.", MOLDOVA, "neutral"),
        (NOTED + ". It will continue to follow developments closely.", MOLDOVA, "neutral"),
        (
            "The Ministry is closely following the developments along the frontier between Armenia and "
            "Azerbaijan and expresses its sorrow over the casualties.",
            "clashes on the Armenia-Azerbaijan border",
            "neutral",
        ),
        # guards: a noted thing of another kind, in a document not about the issue; others' concerns one is
        # aware of are not the thing noted; a side taken elsewhere stands (the noted thing is read only when
        # nothing else is: tests/test_stance_s21c.py test_choice_left_to_each)
        (
            "Ruritania has taken note of the budget adopted by the Parliament of Moldova. It is for the "
            "Moldovan institutions to address the questions raised.",
            MOLDOVA,
            "not addressed",
        ),
        (
            "The Ministry has taken note of the results of the regional elections in Bavaria. It "
            "congratulates the winners.",
            "the Kenyan finance bill",
            "not addressed",
        ),
        (
            "Ruritania takes note of the announcement by the Supreme Court of Chile of the final results of "
            "the vote. Ruritania is aware of the concerns of several candidates and calls for calm.",
            "the dissolution of Peru's Congress",
            "not addressed",
        ),
    ],
)
def test_noted_thing_is_the_issue(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 9. A topic's term that ends a longer capitalised name is the name's thing ("the National Living
        # Wage" is a living wage), not an organisation's name.
        (
            "We welcome today's announcement that the National Living Wage will go up next April, a boost "
            "for millions of shop workers.",
            "raising the UK minimum wage",
            "support",
        ),
        # guards: the term inside a longer name, or the whole name
        (
            "Our members met the Living Wage Foundation today to discuss its accreditation scheme and we "
            "thank them.",
            "raising the UK minimum wage",
            "not addressed",
        ),
        (
            "We thank the International Seabed Authority for hosting our delegation in Kingston this week.",
            "deep-sea mining",
            "not addressed",
        ),
    ],
)
def test_term_ending_a_name(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("initials", "text", "expected"),
    [
        ("ICJ", "The case is now before the International Court of Justice in The Hague.", True),
        ("AI", "the Artificial Intelligence Regulation", True),
        ("UK", "The United Kingdom and Mauritius signed it.", True),
        # lower-case words are no name; nor a run whose letters differ, nor a word in capitals
        ("AI", "artificial intelligence is changing work", False),
        ("ICJ", "The International Criminal Court ruled.", False),
        ("AI", "AI systems", False),
        ("A", "An Act", False),
    ],
)
def test_spelled_out(initials: str, text: str, expected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert _spelled_out(initials, doc[:]) is expected
