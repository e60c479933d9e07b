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
