"""The eighteenth session's vocabulary mended after review (communique/data/events/*.yaml, EV18b).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the dictionaries before the change it guards, unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from .conftest import coded_events as _coded


def _cameos(coder, text: str) -> list[str]:
    return sorted(e.cameo for e in _coded(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine withdrew from the left bank of the river Dnipro.",
        "Armenia withdrew from the border site near Goris.",
    ],
)
def test_a_bank_or_a_site_troops_leave_is_a_withdrawal(coder, text):
    """ "withdrew from the left bank of the river" is a military withdrawal (087); money is kept out by
    "account", not by "bank"."""
    assert "087" in _cameos(coder, text)


def test_going_along_with_a_law_is_no_backing_down(coder):
    """ "will not go along with the new fuel tax" rejects another's law; "not go ahead with" (guard) and "not
    proceed with" one's own plan back down (0832)."""
    assert "0832" not in _cameos(coder, "The Nigerian opposition will not go along with the new fuel tax.")
    ahead = "The Ghanaian government decided not to go ahead with the fuel tax increase."
    assert "0832" in _cameos(coder, ahead)
    assert "0832" in _cameos(coder, "The Zambian government will not proceed with the planned fuel levy.")


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian foreign minister met his Argentine counterpart to review relations with Argentina.",
        "The Thai foreign minister received the Indian ambassador and reviewed cooperation with India.",
    ],
)
def test_reviewing_relations_at_a_meeting_is_no_threat(coder, text):
    """A review of relations or cooperation with the partner one meets is talk, not a threat (131x): the
    threat needs one's own relations or support ("its", "their", "our")."""
    assert not [c for c in _cameos(coder, text) if c.startswith("131")]


def test_reviewing_ones_own_relations_stays_a_threat(coder):
    """Guard: "will review its relations with any state that ..." threatens to reduce relations."""
    assert "1313" in _cameos(coder, "Ghana will review its relations with any state that arms the rebels.")
    assert "1311" in _cameos(coder, "Sweden may reconsider its aid to Somalia.")


def test_a_flood_of_migrants_is_a_political_warning(coder):
    """ "warned of a flood of migrants" threatens (130); "warned of flooding" (the weather) does not."""
    assert "130" in _cameos(coder, "Turkey warned of a flood of migrants into Greece.")


def test_sinking_a_deal_is_no_military_threat(coder):
    """ "threatened to sink the budget deal" is no threat of force (138); sinking a warship is (guard)."""
    assert "138" not in _cameos(coder, "Opposition senators in Chile threatened to sink the budget deal.")
    assert "138" in _cameos(coder, "Iran threatened to sink any American warship in the Gulf.")


def test_shutting_a_port_is_no_blockade(coder):
    """Dockworkers threatening to shut a port in a pay dispute are not blockading (1381); closing a strait to
    shipping is (guard)."""
    dockworkers = "Kenyan dockworkers threatened to shut the port of Mombasa over unpaid wages."
    assert "1381" not in _cameos(coder, dockworkers)
    assert "1381" in _cameos(coder, "Iran threatened to close the Strait of Hormuz.")


@pytest.mark.parametrize(
    "text",
    [
        "Spanish teachers demonstrated in Madrid over the new grading system.",
        "Greek farmers demonstrated about the subsidy system on Tuesday.",
    ],
)
def test_a_protest_over_a_system_is_a_demonstration(coder, text):
    """Workers demonstrating over a pension or grading system protest (141); showing a device to reporters
    stays none (guard below)."""
    assert "141" in _cameos(coder, text)
    assert "141" not in _cameos(coder, "The Korean firm demonstrated the new device to reporters.")


def test_firing_on_villagers_is_an_attack_not_terror_on_a_gathering(coder):
    """Villagers are no gathering of worshippers or shoppers: "opened fire on villagers" is fighting (193)."""
    assert "180" not in _cameos(coder, "Militants opened fire on villagers in northern Burkina Faso.")
