"""Who it was aimed at: the twentieth session (communique/events/coder.py, roles.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import coded_events as _coded
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def _concern(events) -> list[list[str]]:
    return [sorted(t[:3] for t in _codes(e.targets)) for e in events if e.cameo == "012"]


def test_concern_about_a_situation_is_about_its_country(coder):
    """ "is deeply concerned by the escalation of violence in Haiti", "expressed concern about the unrest
    throughout Chad": a situation no one is named responsible for is about the country it is in."""
    haiti = _issued(
        coder, "Canada is deeply concerned by the escalation of violence in Haiti.", "Government of Canada"
    )
    assert _concern(haiti) == [["HTI"]], haiti
    chad = _issued(
        coder, "The Union expressed its concern about the unrest throughout Chad.", "African Union"
    )
    assert _concern(chad) == [["TCD"]], chad


def test_concern_about_clashes_is_about_those_who_clash(coder):
    """ "the clashes that erupted along the border between India and China": the two who clash, not the place;
    a crisis "on our borders with X" is about X."""
    clashes = _issued(
        coder,
        "Japan is worried about the clashes that erupted last week along the border between India and China.",
        "Government of Japan",
    )
    assert _concern(clashes) == [["CHN", "IND"]], clashes
    border = _issued(
        coder,
        "Finland is deeply concerned by the crisis on its borders with Russia.",
        "Government of Finland",
    )
    assert _concern(border) == [["RUS"]], border


def test_concern_about_something_else_gets_no_place(coder):
    """Guards: a concern about no situation ("the prices of grain in Egypt") or about a named actor's own
    situation keeps the general rule."""
    prices = _issued(coder, "Sweden is concerned about the prices of grain in Egypt.", "Government of Sweden")
    assert _concern(prices) == [[]], prices


def test_clashes_between_two_are_aimed_at_each_other(coder):
    """ "clashes between Armenia and Azerbaijan": the two named by the noun's own "between" phrase clash with
    each other, as when the phrase hangs on an occurrence verb."""
    events = _coded(coder, "Observers reported heavy clashes between Armenia and Azerbaijan overnight.")
    assert _dyads(events, "19") == [(["ARM", "AZE"], ["ARM", "AZE"])], events


def test_a_governments_yielding_naming_no_one_is_to_its_own_country(coder):
    """ "The Egyptian government lifted the state of emergency": a state's executive easing its own
    restrictions (081), acceding to reform (083) or releasing people (084) with no one named does it for its
    own country."""
    events = _coded(coder, "The Egyptian government lifted the state of emergency on Monday.")
    assert _dyads(events, "08") == [(["EGYGOV"], ["EGY"])], events


def test_other_yielding_and_courts_keep_no_target(coder):
    """Guards: a withdrawal of troops (087) is not aimed at the withdrawing country; a court's ruling is not
    the executive's easing."""
    withdrawal = _coded(coder, "Russia withdrew its troops from the border.")
    assert _dyads(withdrawal, "08") == [(["RUS"], [])], withdrawal
    court = _coded(
        coder, "The Latvian Constitutional Court cancelled restrictions on the use of the Russian language."
    )
    assert [ts for _, ts in _dyads(court, "08")] == [[]], court


def test_talks_hosted_are_between_the_parties(coder):
    """ "thanks the Government of Kenya for hosting the talks" after fighting between Ethiopia and Eritrea:
    the host (043) hosts the parties' talks, as a mediator mediates between them; a host that is itself one
    of the two parties hosts no one else."""
    events = _issued(
        coder,
        "Fighting broke out between Ethiopia and Eritrea last year. The Commission commends both parties for "
        "their courage and thanks the Government of Kenya for hosting the talks.",
        "African Union Commission",
    )
    assert [ts for _, ts in _dyads(events, "04")] == [["ERI", "ETH"]], events
    own = _issued(
        coder,
        "Fighting broke out between Kenya and Somalia last year. The Commission thanks the Government of "
        "Kenya for hosting the talks.",
        "African Union Commission",
    )
    assert [ts for _, ts in _dyads(own, "04")] == [[]], own


def test_force_used_abroad_is_aimed_at_the_country_where_it_struck(coder):
    """ "the attack carried out by the Houthi militia on civilian facilities in Jeddah": with no victim coded,
    force used in a coded place of another country is aimed at that country, not (as a domestic act) at the
    doers' own."""
    events = _coded(
        coder,
        "The Council condemned the terrorist attack carried out yesterday by the Houthi militia on civilian "
        "facilities in Jeddah.",
    )
    assert [[t[:3] for t in ts] for _, ts in _dyads(events, "18")] == [["SAU"]], events


def test_force_used_at_home_stays_domestic(coder):
    """Guard: a place of the doers' own country is no other country: "Armed men attacked a bus in Kano"."""
    events = _coded(coder, "Nigerian gunmen attacked a bus in Kano on Tuesday.")
    assert all(t[:3] == "NGA" for _, ts in _dyads(events, "19") for t in ts), events


def test_two_who_agree_together_agree_with_each_other(coder):
    """ "Chile and Argentina agreed to ...", "the two sides will meet again": two or more who agree, meet,
    cooperate or yield together with no one else named do it with each other (the statement gold's X, Y ->
    X, Y)."""
    events = _coded(coder, "Chile and Argentina agreed on Monday to reopen their border crossings.")
    assert [(s, ts) for s, ts in _dyads(events, "03")] == [(["ARG", "CHL"], ["ARG", "CHL"])], events


def test_concern_about_a_situation_at_home_is_not_against_the_speaker(coder):
    """ "Germany is concerned about the escalation of violence in Hamburg": a situation in the speaker's own
    country is no act aimed at itself (a foreign one still is)."""
    home = _issued(
        coder,
        "Germany is deeply concerned about the escalation of violence in Hamburg.",
        "Government of Germany",
    )
    assert _concern(home) == [[]], home
    abroad = _issued(
        coder,
        "Germany is deeply concerned about the escalation of violence in Haiti.",
        "Government of Germany",
    )
    assert _concern(abroad) == [["HTI"]], abroad
