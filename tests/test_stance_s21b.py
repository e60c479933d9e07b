"""Stance polarity, session 21 (ST21b): the polarity rules' word classes live in polarity.yaml.

The word lists the rules of communique/stance/polarity.py once held in code (verbs of failing and of misuse,
feelings, publishing verbs, reporting verbs, ...) are sections of communique/data/issues/polarity.yaml, loaded
and validated by communique/stance/loader.py; a user's file extends them like any other section. Sentences of
our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.model import DictionaryError
from communique.stance.loader import WORD_CLASSES, load_issues
from tests.test_stance import _stances

ISSUERS = ["Ministry of Foreign Affairs of Ruritania"]


def _stance(coder, text: str, issue: str, issues=None) -> str:
    stances = _stances(coder, text, issue, ISSUERS, issues=issues)
    return stances[0].stance if stances else "not addressed"


def test_every_word_class_is_bundled():
    lexicon = load_issues().lexicon
    for key in WORD_CLASSES:
        assert getattr(lexicon, key), key
    assert "politicise" in lexicon.misuse and "expire" in lexicon.failures and "alarmed" in lexicon.feelings
    assert lexicon.inability <= lexicon.ability


@pytest.mark.parametrize(
    ("body", "problem", "line"),
    [
        ("misuse: [use, play with]\n", "misuse: 'play with' must be a single word", 1),
        ("feelings:\n  - glad\n  - very glad\n", "feelings: 'very glad' must be a single word", 3),
        ("misuse: [3]\n", "misuse: '3' must be a single word", 1),
        ("judging: [fair, '-->']\n", "judging: '-->' must be a single word", 1),
        ("failures: buckle\n", "failures must be a list of strings", 1),
        ("inability: [incapable]\n", "inability words not among the ability words: incapable", None),
    ],
)
def test_a_bad_word_class_names_file_line_and_problem(tmp_path: Path, body: str, problem: str, line):
    path = tmp_path / "mine.yaml"
    path.write_text(body)
    with pytest.raises(DictionaryError, match=problem) as info:
        load_issues([path])
    assert str(path) in str(info.value)
    if line is not None:
        assert f"{path}:{line}" in str(info.value)


def test_a_user_file_extends_the_misuse_and_failure_verbs(tmp_path: Path, coder):
    # A denied misuse keeps the issue; a denied failure says it goes on. Words the bundled lists lack read as
    # a denied act (the issue not done) until a user's file adds them.
    misuse = "Ruritania calls on all parties not to militarise humanitarian access."
    failure = "Ruritania welcomes that the ceasefire did not buckle overnight."
    assert _stance(coder, misuse, "humanitarian_access") == "oppose"
    assert _stance(coder, failure, "ceasefire") == "oppose"
    user = tmp_path / "verbs.yaml"
    user.write_text("misuse: [militarise]\nfailures: [buckle]\n")
    issues = load_issues([user])
    assert _stance(coder, misuse, "humanitarian_access", issues) == "support"
    assert _stance(coder, failure, "ceasefire", issues) == "support"


# ------------------------------------------------------------------------- a turn concedes the topic's side


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The sentence before the turn speaks of the issue's topic (a cue word of the issue, "military"; the
        # courts and war criminals of accountability) with the issuers' own position: both sides are theirs.
        (
            "Ruritania fully recognises the right of Borduria to act against the military capabilities of the"
            " insurgents. However, the air strike on the market in Zelen, which killed twelve civilians, is"
            " unacceptable.",
            "military_strikes",
            "mixed",
        ),
        # ... said by a copula and its adjective ("remains committed to")
        (
            "Ruritania remains committed to trying every war criminal in its own courts. We firmly reject,"
            " however, the one-sided indictments issued by foreign tribunals.",
            "accountability",
            "mixed",
        ),
        # A sentence on another topic concedes nothing: the turn's side stands alone.
        (
            "Ruritania welcomes the new budget for schools in Borduria. However, the air strike on the market"
            " in Zelen, which killed twelve civilians, is unacceptable.",
            "military_strikes",
            "oppose",
        ),
        (
            "Ruritania remains committed to the reconstruction of the railway network. We firmly reject,"
            " however, the one-sided indictments issued by foreign tribunals.",
            "accountability",
            "oppose",
        ),
    ],
)
def test_a_turn_concedes_the_position_said_before_on_the_issues_topic(coder, text, issue, expected):
    assert _stance(coder, text, issue) == expected


# --------------------------------------------------------------------------------- words of a position


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "opposed" as an adjective, with its "to" hung on the verb by a parenthetical
        (
            "We remain firmly opposed, however, to raising the legal retirement age to 65.",
            "the pension reform",
            "oppose",
        ),
        ("Ruritania remains firmly opposed to the sanctions imposed on Borduria.", "sanctions", "oppose"),
        # an investigation is done into a wrong
        ("The shelling of the hospital in Zelen must be investigated.", "military_strikes", "oppose"),
        (
            "Ruritania calls for an independent investigation into the shelling of the hospital in Zelen.",
            "military_strikes",
            "oppose",
        ),
        # ... and asked for, it is still the accountability issue's own word: support
        (
            "Ruritania calls for an independent investigation into the shelling of the hospital in Zelen.",
            "accountability",
            "support",
        ),
        ("The shelling of the hospital in Zelen was indiscriminate.", "military_strikes", "oppose"),
    ],
)
def test_words_of_a_position(coder, text, issue, expected):
    assert _stance(coder, text, issue) == expected
