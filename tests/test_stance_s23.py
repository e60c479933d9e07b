"""Session 23 (ST23): stance relevance, positions that read "not addressed", in sentences of our own.

Each group fails on the code before its change (the issue was read "not addressed"); the guards beside them
(near misses that must stay "not addressed") pass before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("National Union of Varnian Teachers")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. A repeal said as the law's withdrawal, revocation or annulment (synonyms.yaml). (The first, a
        # control, passed before: the decree, its place and "this text" made the document about it.)
        (
            "Teachers across Varnia have lost their posts under the education decree. This text has no place "
            "in a democracy, and we demand its withdrawal.",
            "repeal of the Varnia education decree",
            "support",
        ),
        (
            "We call on the Government of Varnia to revoke the education decree without further delay: it "
            "has already cost dozens of teachers their jobs.",
            "repeal of the Varnia education decree",
            "support",
        ),
        (
            "Annulling the education decree of Varnia now would be a grave mistake; the union stands by the "
            "text it helped to write.",
            "repeal of the Varnia education decree",
            "oppose",
        ),
        # guards: a withdrawal of something else in another country; the decree itself, nothing undone;
        # a candidate's withdrawal in the same country
        (
            "The union welcomes the withdrawal of the riot police from the university campus in Ruritania.",
            "repeal of the Varnia education decree",
            "not addressed",
        ),
        (
            "Teachers in Varnia will meet on Monday to discuss how the new school calendar will be applied.",
            "repeal of the Varnia education decree",
            "not addressed",
        ),
        (
            "The union notes the withdrawal of the opposition candidate from the mayoral race in Varnia and "
            "will not comment on it.",
            "repeal of the Varnia education decree",
            "not addressed",
        ),
        # 2. A producer's output is its production: a phrase with no other word than its head and entity.
        (
            "The union has taken note of the decision by OPEC members to raise their output from March. We "
            "will study the implications of the decision for our members' jobs.",
            "the OPEC production increase",
            "neutral",
        ),
        (
            "We welcome the decision by OPEC members to raise their output from March, which will ease fuel "
            "prices for our members.",
            "the OPEC production increase",
            "support",
        ),
        # guards: another decision of the same body; output of others; a production of another sense.
        # (Not a guard, before or after: "the Peruvian education board ... its research output" reads
        # support on "the Peruvian copper production increase", as "its research production" did before:
        # a word of the phrase and its entity are a pair, relevance.py PAIR_THRESHOLD.)
        (
            "The union welcomes the decision by OPEC members to raise the pay of their secretariat staff.",
            "the OPEC production increase",
            "not addressed",
        ),
        (
            "The union welcomes the higher output of the Nigerian refineries this year.",
            "the OPEC production increase",
            "not addressed",
        ),
        (
            "The theatre production staged by Peruvian pupils this spring was a joy to watch.",
            "the Peruvian copper production increase",
            "not addressed",
        ),
    ],
)
def test_issue_said_by_another_word(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 3. The opening sentence names the act by the head's own word, the next its place or actor.
        (
            "The union has taken note of the announcement that the closure of the waterway took effect at "
            "midnight. It encourages Varnia and the shipping companies to keep the union informed.",
            "Varnia's closure of the Kel Strait",
            "neutral",
        ),
        (
            "The union condemns the closure of the waterway to foreign ships, which breaks the law of the "
            "sea. Varnia must reopen it at once.",
            "Varnia's closure of the Kel Strait",
            "oppose",
        ),
        (
            "The union supports the closure of the waterway during the storm season. Varnia is right to "
            "protect the sailors.",
            "Varnia's closure of the Kel Strait",
            "support",
        ),
        # control (passed before: the phrase's other word and its place made the document about it)
        (
            "The union deplores the expansion of the port, which will destroy the last mangroves of the "
            "bay. Varnia must halt the works at once.",
            "Varnia's expansion of the port",
            "oppose",
        ),
        # guards: the place never named; the head in the second sentence and the place in the third; a
        # stand-in alone in the lead; the phrase's other noun missing (another thing expanded)
        (
            "The union condemns the closure of the waterway. Ruritania must reopen it.",
            "Varnia's closure of the Kel Strait",
            "not addressed",
        ),
        (
            "Ruritania is a seafaring nation. The union condemns the closure of the waterway. Varnia must "
            "reopen it.",
            "Varnia's closure of the Kel Strait",
            "not addressed",
        ),
        (
            "The union condemns the shutdown of the waterway. Varnia must lift it.",
            "Varnia's closure of the Kel Strait",
            "not addressed",
        ),
        (
            "The union welcomes the expansion of the national park. Varnia has also opened two museums.",
            "Varnia's expansion of the port",
            "not addressed",
        ),
        (
            "The union welcomes the enlargement of the fishing fleet. Varnia has also opened two museums.",
            "Varnia's expansion of the port",
            "not addressed",
        ),
        # Not a guard (a limit of the rule): where the phrase has no other common word, any object of the
        # head's own word in the lead passes ("condemns the closure of the school. Varnia has also opened two
        # museums" reads oppose), as a sentence naming both always did ("Varnia condemns the closure of the
        # school").
    ],
)
def test_lead_scoped_by_the_next_sentence(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
