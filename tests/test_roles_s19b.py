"""Who did it, mended (session 19, EV19b: the events review's findings on coder.py and roles.py).

Every sentence is written for these tests (none is taken from a gold set); each test of a mend failed on the
code before it, and each keeps the rule's own motivating cases.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes

AU = "African Union Commission"


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def test_a_decision_denied_or_under_a_modal_is_not_taken(coder):
    """ "will never take the decision to recognise", "has not made the decision to expel", "cannot take the
    decision to expel ... lightly": the taker's negation or modal governs the infinitive, which alone reads
    asserted; a decision taken still makes its taker act."""
    for text in (
        "Nigeria will never take the decision to recognise Somaliland.",
        "Nigeria has not made the decision to expel Ghanaian diplomats.",
        "Nigeria cannot take the decision to expel Ghanaian diplomats lightly.",
    ):
        events = _issued(coder, text)
        assert not [e for e in events if e.sources and not e.negated and e.modality == "asserted"], (
            text,
            events,
        )
    taken = _issued(coder, "Nigeria has taken the difficult decision to expel Ghanaian diplomats.")
    assert _dyads(taken, "16") == [(["NGA"], ["GHAGOV"])], taken
