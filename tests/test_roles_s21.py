"""Who it was aimed at: the twenty-first session (communique/events/coder.py, roles.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards; the guards pass on both.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def test_issuers_who_agree_together_agree_with_each_other(coder):
    """ "Ghana and Togo agreed to strengthen their cooperation" in their joint statement: an agreement between
    the two, not an intent aimed at whom the statement judged before."""
    events = _issued(
        coder,
        "Ghana condemned the smuggling of fuel across its border by criminal networks from Nigeria. "
        "Ghana and Togo agreed to strengthen their cooperation on customs.",
        "Government of Ghana",
        "Government of Togo",
    )
    assert (["GHA", "TGO"], ["GHA", "TGO"]) in _dyads(events, "03"), events
    assert all("NGA" not in "".join(t) for _, t in _dyads(events, "03")), events


def test_issuers_willing_to_support_others_keep_them(coder):
    """Guard: two issuers "willing to support the efforts of dialogue" support someone else, not each
    other."""
    events = _issued(
        coder,
        "Venezuela arrested opposition leaders. "
        "Our governments are willing to support the efforts of dialogue that benefit the Venezuelan people.",
        "Government of Brazil",
        "Government of Colombia",
    )
    intents = _dyads(events, "03")
    assert intents and all(t and all(c.startswith("VEN") for c in t) for _, t in intents), events


def test_the_leaders_of_both_countries_are_the_parties_governments(coder):
    """ "commends the leaders of both countries" after fighting between Ethiopia and Eritrea: the two
    governments, not a leader guessed from context."""
    events = _issued(
        coder,
        "Fighting broke out between Ethiopia and Eritrea along their border. "
        "The Union commends the leaders of both countries for agreeing to a ceasefire.",
        "African Union",
    )
    assert (["IGOAU"], ["ERIGOV", "ETHGOV"]) in _dyads(events, "05"), events


def test_a_head_with_its_own_actor_keeps_it(coder):
    """Guard: "the President of Kenya and both countries": Kenya's president is his own, the parties
    beside."""
    events = _issued(
        coder,
        "Clashes erupted between Sudan and South Sudan near Abyei. "
        "Egypt urges the President of Kenya and both countries to exercise restraint.",
        "Government of Egypt",
    )
    targets = [t for _, t in _dyads(events, "02")]
    assert targets and "KENGOV" in targets[0], events


def test_two_neighbouring_countries_are_the_parties(coder):
    """ "urges the two neighbouring countries to exercise restraint": a pair's kinship word does not make them
    other countries than the parties."""
    events = _issued(
        coder,
        "Clashes erupted between Sudan and South Sudan near Abyei. "
        "Egypt urges the two neighbouring countries to exercise restraint.",
        "Government of Egypt",
    )
    assert (["EGY"], ["SDN", "SSD"]) in _dyads(events, "02"), events
