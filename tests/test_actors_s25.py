"""Twenty-fifth session (AC25), actor names that were left uncoded: a faith's followers named as a group
("Iraqi Christians", "the Christian community", "Rohingya Muslims") are a religious actor (REL), and returnees
and deportees are coded as refugees are (agents.yaml). Every sentence is written for these tests; each
positive failed before the entries, and each near miss must stay as it was."""

from __future__ import annotations

import pytest

from .conftest import by_root as _by_root
from .conftest import coded_events as _events
from .test_actors import found, resolve, shown


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Iraqi Christians returned to their villages near Mosul.", "Iraqi Christians", "IRQREL"),
        ("Rohingya Muslims fled across the border.", "Rohingya Muslims", "MMRREL"),
        ("Egypt's Christian community mourned the victims.", "Egypt's Christian community", "EGYREL"),
        (
            "Nigeria condemned the attack. The Christian community called for calm.",
            "Christian community",
            "NGAREL",
        ),
        ("Pakistani Hindus marked the festival in Karachi.", "Pakistani Hindus", "PAKREL"),
        ("Afghan returnees crossed the border at Torkham.", "Afghan returnees", "AFGREF"),
        ("Sudan received thousands of Eritrean deportees.", "Eritrean deportees", "ERIREF"),
    ],
)
def test_a_faiths_followers_and_returnees_are_coded(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


def test_a_faith_group_is_the_target_of_an_appeal(coder):
    """ "encouraged the Christian community to rebuild" after a sentence naming the country: a 020 to that
    country's religious actor (before: no target, the group was uncoded)."""
    events = _events(
        coder,
        "Pope Francis visited Iraq last week. In Mosul he encouraged the Christian community to rebuild.",
    )
    appeals = _by_root(events, "02")
    assert appeals and [a.code for a in appeals[0].targets] == ["IRQREL"], events


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # named parties, people and groups keep their own entries
        ("The Christian Democratic Union won the vote.", "Christian Democratic Union", "DEUPTY"),
        ("The Muslim Brotherhood rejected the offer.", "Muslim Brotherhood", "EGYOPP"),
        ("Christian Wulff spoke in Berlin.", "Christian Wulff", "DEUGOV"),
        ("Bosnian Muslims voted on Sunday.", "Bosnian Muslims", "BIH"),
    ],
)
def test_named_groups_and_adjectives_are_unchanged(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


def test_a_bare_faith_word_is_no_actor(coder):
    # "Muslim" and "Christian" alone, as adjectives of something that is no group, code nothing
    actors, _, _ = resolve(coder, "The Muslim holiday and the Christian calendar were discussed.")
    assert not [a for a in actors if a.code and a.code.endswith("REL")], shown(actors)
