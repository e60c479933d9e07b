"""Who the sides are: the eighteenth session's review mended (communique/events/roles.py, EV18b).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import coded_events as _coded
from .conftest import sorted_codes as _codes


def test_the_host_of_a_visit_is_one_of_both_sides(coder):
    """ "received his Laotian counterpart in Hanoi. Both sides agreed ...": a host is left out of the parties
    only when two others are left without it; the host of a bilateral visit is one of the two sides."""
    visit = _coded(
        coder,
        "The Vietnamese president received his Laotian counterpart in Hanoi. "
        "Both sides agreed to deepen their cooperation.",
    )
    assert [_codes(e.sources) for e in _by_root(visit, "03")] == [["LAO", "VNMGOV"]], visit
    hosted = _coded(
        coder,
        "The Kenyan president hosted his Tanzanian counterpart in Nairobi. "
        "The two sides signed three agreements.",
    )
    assert [_codes(e.sources) for e in _by_root(hosted, "05")] == [["KENGOV", "TZA"]], hosted
