"""A participle that tells what a coded act of force led to ("..., killing 150 people", "..., injuring
dozens") is that act's outcome, not a second event: one repression, one strike."""

from __future__ import annotations

from .conftest import coded_events


def _roots(coder, text: str) -> list[str]:
    return [e.cameo_root for e in coded_events(coder, text)]


def test_the_outcome_of_an_act_of_force_is_not_a_second_event(coder):
    text = "Zimbabwean police fired on the strikers in Harare, killing three workers and injuring dozens."
    assert _roots(coder, text) == ["17"], [(e.cameo, e.trigger) for e in coded_events(coder, text)]
    text = "Turkish drones struck a convoy near Qamishli, killing four fighters."
    assert _roots(coder, text) == ["19"], [(e.cameo, e.trigger) for e in coded_events(coder, text)]


def test_a_killing_that_is_the_act_itself_stays(coder):
    assert "18" in _roots(coder, "Gunmen killed five villagers in Zamfara, the governor said.")
