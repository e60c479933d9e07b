"""Who asks it: the sixteenth session's second wave (communique/events/coder.py, _issuers_deontic).

Every sentence is written for these tests (none is taken from a gold set); the first two failed on the code
before the rule they guard, the third guards its precision (it passed before and must still pass).
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_passive_concession_in_the_issuers_voice_is_their_demand_or_appeal(coder):
    """ "The students held for marching must be freed": a passive release that names no one to make it is
    still the issuers' demand (must) or appeal (should), aimed at no one the sentence names; the release
    itself is its content, not an event."""
    demanded = _issued(
        coder,
        "The students held since Friday for marching peacefully must be freed.",
        "Government of Canada",
    )
    demands = _by_root(demanded, "10")
    assert [(_codes(e.sources), _codes(e.targets)) for e in demands] == [(["CANGOV"], [])], demanded
    assert not _by_root(demanded, "08"), demanded
    appealed = _issued(
        coder,
        "The trade restrictions imposed last spring should be lifted without further delay.",
        "Government of Canada",
    )
    appeals = _by_root(appealed, "02")
    assert [_codes(e.sources) for e in appeals] == [["CANGOV"]], appealed


def test_a_misparsed_conjunct_keeps_its_own_modal(coder):
    """ "Everyone detained merely for ... must be freed": the parser hangs "freed" as a conjunct of the
    root "detained"; the modal is the conjunct's own, and the demand is the issuers'."""
    events = _issued(
        coder,
        "Everyone detained merely for exercising the right to peaceful assembly must be freed.",
        "Government of Canada",
    )
    assert [_codes(e.sources) for e in _by_root(events, "10")] == [["CANGOV"]], events


def test_no_demand_without_a_concession_or_in_reported_speech(coder):
    """A principle in the passive ("civilians must be spared") asks no concession; a passive reported from
    someone else ("The minister said the strikers must be freed") is not the issuers' demand; a coded "by"
    agent stays the addressee."""
    principle = _issued(coder, "The independence of the judiciary must be respected.", "Government of Canada")
    assert not _by_root(principle, "10"), principle
    reported = _issued(
        coder,
        "The Bolivian labour minister said on Monday that the strikers must be freed.",
        "Government of Canada",
    )
    assert not [e for e in _by_root(reported, "10") if _codes(e.sources) == ["CANGOV"]], reported
    addressed = _issued(coder, "The truce must be respected by Russia.", "Government of Canada")
    assert [_codes(e.targets) for e in _by_root(addressed, "10")] == [["RUS"]], addressed
