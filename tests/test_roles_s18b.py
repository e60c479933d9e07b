"""Who the sides are: the eighteenth session's review mended (communique/events/roles.py, EV18b).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import coded_events as _coded
from .conftest import issued_events as _issued
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


def test_the_issuers_own_aid_goes_to_no_one_it_judged(coder):
    """ "condemns the Russian missile strikes on Odesa. Russia must end this war. The Government is providing
    humanitarian assistance": the aid naming no one is not for the aggressor the statement judged, though it
    is the country named most; aid after a cyclone goes to the struck country (guard)."""
    war = _issued(
        coder,
        "New Zealand condemns the Russian missile strikes on Odesa. Russia must end this war. "
        "The Government is providing humanitarian assistance.",
        "Government of New Zealand",
    )
    assert [_codes(e.targets) for e in _by_root(war, "07")] == [[]], war
    judged = _issued(
        coder,
        "Australia condemns Russia's attack on Kharkiv. Russia must withdraw its forces. "
        "The Government is providing humanitarian assistance.",
        "Government of Australia",
    )
    assert "RUS" not in [a.code for e in _by_root(judged, "07") for a in e.targets], judged
    cyclone = _issued(
        coder,
        "A cyclone has struck Fiji. New Zealand stands with the people of Fiji. "
        "The Government is providing emergency assistance.",
        "Government of New Zealand",
    )
    assert [_codes(e.targets) for e in _by_root(cyclone, "07")] == [["FJI"]], cyclone


def test_a_force_sent_to_help_protects_whom_it_helps(coder):
    """ "sent 300 soldiers to help Nigerian troops": the protection (074) is aimed at the helped, not at the
    soldiers sent, who are the sender's own."""
    events = _coded(
        coder,
        "Chad dispatched 300 soldiers to help Nigerian troops fight Boko Haram.\n"
        "France deployed 2,000 soldiers to northern Mali to help Malian forces.",
    )
    assert [_codes(e.targets) for e in _by_root(events, "07")] == [["NGAMIL"], ["MLIMIL"]], events
