"""Mends of session 19's news vocabulary (VC19b, after the events review RV19 C1-C3).

Every sentence is written for these tests (none is taken from a gold set); each test of a mend failed on the
code before it, and the guards (the patterns' own senses, tests/test_vocabulary_s19.py) pass on both.
"""

from __future__ import annotations

import pytest

from .conftest import coded_events


def _codes(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.cameo, sorted(a.code or "" for a in e.sources), sorted(a.code or "" for a in e.targets))
        for e in coded_events(coder, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan farmers braced for an assault by Somali gunmen.",
        "Villagers in northern Mali are preparing for an offensive by jihadist fighters.",
        "Malian villagers are preparing for an attack.",
        "Ugandan soldiers were preparing for an assault by rebel fighters.",
    ],
)
def test_bracing_or_preparing_for_an_attack_is_not_showing_force(coder, text):
    """Who braces or prepares *for* an attack (by someone else, or as civilians) is to receive it: no 150."""
    assert not [c for c in _codes(coder, text) if c[0] == "150"], _codes(coder, text)


def test_an_attack_awaited_keeps_its_doer(coder):
    """ "braced for an attack by al-Shabaab": the attack is al-Shabaab's (190), not the residents' 150."""
    codes = _codes(coder, "Residents of Mandera braced for an attack by al-Shabaab.")
    assert [c[0] for c in codes] == ["190"], codes
    assert codes[0][1][0].startswith("SOM"), codes


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops geared up for an offensive in Darfur.",
        "Rwandan rebels are preparing for an offensive in the hills.",
        "Sudanese troops prepared to attack the rebel camps.",
        "Russia is preparing an invasion of Georgia.",
        "The army prepared to resume shelling the rebel-held villages.",
    ],
)
def test_forces_preparing_an_attack_still_show_force(coder, text):
    """Guard: armed forces gearing up for an offensive, or preparing one (object, infinitive), show force."""
    assert "150" in [c[0] for c in _codes(coder, text)], _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Malian colonel ordered members of the mission to stay in their hotel.",
        "The Kenyan commander ordered members of the observer team to move north.",
    ],
)
def test_members_given_an_order_are_not_expelled(coder, text):
    """ "ordered members of the mission to stay": an order to them, not an expulsion (1662)."""
    assert not [c for c in _codes(coder, text) if c[0] == "1662"], _codes(coder, text)


def test_members_ordered_out_or_expelled_still_are(coder):
    """Guard: "ordered the members of the inspection team out", "expelled ... members of the team" (1662)."""
    for text in (
        "Khartoum ordered the members of the inspection team out of the country.",
        "Pyongyang expelled the two American members of the inspection team.",
    ):
        assert "1662" in [c[0] for c in _codes(coder, text)], (text, _codes(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of Bangladeshi villagers were carried away by the floodwaters.",
        "Many Kenyan people got carried away during the victory parade.",
        "Three Kenyan children were carried off by the river.",
    ],
)
def test_people_carried_away_by_water_or_by_joy_are_not_abducted(coder, text):
    """No one abducts people swept off by a flood or a river, or who "got carried away": no 181."""
    assert not [c for c in _codes(coder, text) if c[0] == "181"], _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits carried off 40 villagers from a farming settlement in Zamfara state.",
        "Gunmen whisked away two Italian priests from their mission in Niger.",
    ],
)
def test_people_carried_off_by_gunmen_still_are(coder, text):
    """Guard: people carried off or whisked away by gunmen are abducted (181)."""
    assert "181" in [c[0] for c in _codes(coder, text)], _codes(coder, text)
