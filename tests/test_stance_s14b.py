"""Stance rules of the fourteenth session's second wave (ST14b), each with sentences of our own.

The causes were found among the development misses whose gold is a position and which read "not addressed";
the sentences here are invented and name other issues, issuers and places.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of the Interior of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Saying a thing conforms to a norm is approving it: "in line with", "in keeping with", "in conformity
        # with", "in full respect of" the law, as "in accordance with" and "in compliance with" already were.
        (
            "The reception camps on the northern coast are run in line with the country's obligations.",
            "reception camps",
            "support",
        ),
        (
            "The reception camps on the northern coast operate in full respect of international law.",
            "reception camps",
            "support",
        ),
        ("The new border levy is in conformity with the customs union's rules.", "border levy", "support"),
        ("The new border levy is fully in keeping with our treaty commitments.", "border levy", "support"),
        # Denied conformity is a complaint.
        ("The new border levy is not in line with the customs union's rules.", "border levy", "oppose"),
        # "In this respect" and "in some respects" name an aspect and still carry no esteem.
        ("In this respect, the border levy was discussed by the ministers.", "border levy", "not addressed"),
    ],
)
def test_conformity_with_a_norm_approves(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A verb-and-object cue or counter-cue said in the passive: the object comes first, as the passive
        # subject ("withdraw troop", "restore access internet" read backwards).
        (
            "The troops must be withdrawn from the island before the vote.",
            "foreign_military_intervention",
            "oppose",
        ),
        (
            "Access to the internet in the eastern districts must be restored without delay.",
            "internet_shutdown",
            "oppose",
        ),
        # The active order still reads as before.
        (
            "The authorities must restore access to the internet in the eastern districts.",
            "internet_shutdown",
            "oppose",
        ),
        # A passive whose subject lacks the cue's object is no mention.
        ("The elections were withdrawn from the agenda.", "foreign_military_intervention", "not addressed"),
    ],
)
def test_passive_cues(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "Up for negotiation / debate" is open to bargaining, like "negotiable": denying it defends it.
        (
            "The sovereignty of Ruritania and its borders are not up for negotiation.",
            "territorial_integrity",
            "support",
        ),
        ("Safe passage for aid convoys is not up for debate.", "humanitarian_access", "support"),
        # The bargaining itself is not judged by it: no position on talks.
        ("The sovereignty of Ruritania is not up for negotiation.", "peace_talks", "not addressed"),
    ],
)
def test_not_up_for_bargaining_defends(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Networks switched or turned back on undo a shutdown, in either voice.
        (
            "The governor should turn the internet back on in the northern towns.",
            "internet_shutdown",
            "oppose",
        ),
        ("Mobile networks in the valley must be switched back on today.", "internet_shutdown", "oppose"),
        # Lights switched on in a room named after a network undo nothing.
        ("The lights in the network room were switched on at night.", "internet_shutdown", "not addressed"),
    ],
)
def test_networks_switched_back_on(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
