"""Who it was aimed at, known only from what the statement told before: the twenty-second session, second
roles task (communique/events/coder.py, roles.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards; the guards pass on both.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes

# --- an inquiry into wrongs told before is aimed at their doers --------------------------------------------


def test_an_inquiry_into_the_killings_told_before_is_aimed_at_the_killers(coder):
    """ "Malian soldiers opened fire ..., killing four. Police arrested dozens. The authorities have not
    investigated any of the killings": aimed at the soldiers, not at the police of the arrest told between."""
    events = _issued(
        coder,
        "Malian soldiers opened fire on protesters in Bamako on Sunday, killing four people. "
        "Police later arrested dozens of demonstrators. "
        "The authorities have not investigated any of the killings.",
        "Amnesty International",
    )
    inquiries = _by_root(events, "09")
    assert inquiries and all(_codes(e.targets) == ["MLIMIL"] for e in inquiries), events


def test_an_inquiry_into_these_abuses_is_aimed_at_who_did_them(coder):
    """ "Security forces beat and shot demonstrators. The government has opened no inquiry into these
    abuses": the inquiry not opened is aimed at the security forces."""
    events = _issued(
        coder,
        "Security forces in Guinea beat and shot peaceful demonstrators in Conakry last week. "
        "To date, the government has opened no inquiry into these abuses.",
        "Human Rights Watch",
    )
    inquiries = _by_root(events, "09")
    assert inquiries and all(_codes(e.targets) == ["GINCOP"] for e in inquiries), events


def test_an_inquiry_into_a_wrong_with_its_own_doer_keeps_it(coder):
    """Guard: "an inquiry into the killing of a journalist by unknown gunmen" names its own doers; the
    security forces of the sentence before are not whom it looks at."""
    events = _issued(
        coder,
        "Security forces in Guinea beat peaceful demonstrators in Conakry last week. "
        "The government has opened an inquiry into the killing of a journalist by unknown gunmen.",
        "Human Rights Watch",
    )
    for e in _by_root(events, "09"):
        assert "GINCOP" not in _codes(e.targets), events


def test_an_inquiry_with_no_violence_told_before_gets_no_guessed_doer(coder):
    """Guard: with only an arrest told before, "the authorities have not investigated the abuses" looks at
    no one the statement named doing violence."""
    events = _issued(
        coder,
        "Police in Harare arrested the opposition leader on Monday. "
        "The authorities have not investigated the abuses in custody.",
        "Amnesty International",
    )
    for e in _by_root(events, "09"):
        assert "ZWECOP" not in _codes(e.targets), events


# --- the parties named before "them" in the sentence; a truce agreed by them --------------------------------


def test_a_truce_agreed_by_the_two_sides_and_them_urged_are_the_parties(coder):
    """ "Fighting broke out between Sudan and South Sudan. The Chairperson welcomes the truce agreed by the
    two sides and urges them to observe it": both the welcome and the appeal are aimed at the two countries
    (the parser reads "the truce agreed by ..." as a clause of its own)."""
    events = _issued(
        coder,
        "Fighting broke out between Sudan and South Sudan along their border last week. "
        "The Chairperson of the Commission welcomes the truce agreed by the two sides on Sunday and urges "
        "them to observe it strictly.",
        "African Union Commission",
    )
    for root in ("05", "02"):
        found = [e for e in _by_root(events, root) if e.sentence_index == 1]
        assert found and all(sorted(set(_codes(e.targets))) == ["SDN", "SSD"] for e in found), events
        assert all(len(e.targets) == 2 for e in found), events


def test_them_urged_after_a_ceasefire_of_both_countries_are_the_two(coder):
    """ "Norway welcomes the ceasefire announced by both countries and urges them to resume talks": the two
    countries of the clashes told before."""
    events = _issued(
        coder,
        "Clashes erupted between Armenia and Azerbaijan on Tuesday. "
        "Norway welcomes the ceasefire announced by both countries and urges them to resume talks.",
        "Ministry of Foreign Affairs of Norway",
    )
    appeals = _by_root(events, "02")
    assert appeals and all(sorted(_codes(e.targets)) == ["ARM", "AZE"] for e in appeals), events


def test_them_after_a_verb_of_its_own_object_stays_that_object(coder):
    """Guard: "Police detained dozens of students and beat them": the students beaten are the detained ones
    (the object of the verb conjoined, not another plural of the sentence)."""
    events = _issued(
        coder,
        "Police in Dhaka detained dozens of students on Monday and beat them at the station.",
        "Amnesty International",
    )
    beatings = _by_root(events, "18")
    assert all("BGDCOP" not in _codes(e.targets) for e in beatings), events


# --- aid whose receiver the conjoined verb names ---------------------------------------------------------


def test_aid_sent_takes_the_receiver_of_its_conjoined_verb(coder):
    """ "Japan has dispatched a medical team and sent emergency supplies to Mozambique": the team goes to
    Mozambique too (one giver, one receiver named once)."""
    events = _issued(
        coder,
        "Japan has dispatched a medical team and sent emergency supplies to Mozambique.",
        "Ministry of Foreign Affairs of Japan",
    )
    aid = _by_root(events, "07")
    assert aid and all({c[:3] for c in _codes(e.targets)} == {"MOZ"} for e in aid), events


def test_aid_deployed_and_delivered_to_both_countries(coder):
    """ "An earthquake struck Nepal and Bhutan. The EU has deployed rescue teams and delivered tents to both
    countries": the teams go to the two countries."""
    events = _issued(
        coder,
        "An earthquake struck Nepal and Bhutan on Monday. The European Union has deployed rescue teams from "
        "12 Member States and delivered tents and medicines to both countries.",
        "European Commission",
    )
    aid = _by_root(events, "07")
    assert aid and all({c[:3] for c in _codes(e.targets)} == {"NPL", "BTN"} for e in aid), events


def test_aid_with_a_conjoined_verb_of_another_giver_keeps_none(coder):
    """Guard: "Japan has dispatched a medical team, and Korea sent supplies to Mozambique": the second verb
    has its own giver, so its receiver is not the first's."""
    events = _issued(
        coder,
        "Japan has dispatched a medical team, and Korea sent emergency supplies to Mozambique.",
        "Ministry of Foreign Affairs of Japan",
    )
    for e in _by_root(events, "07"):
        if _codes(e.sources) == ["JPN"]:
            assert "MOZ" not in {c[:3] for c in _codes(e.targets)}, events
