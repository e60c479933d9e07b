"""Who it is aimed at: the eighteenth session (communique/events/roles.py, coder.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import coded_events as _coded
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_welcomed_agreement_is_for_those_between_whom_it_was_reached(coder):
    """ "welcomes the peace accord signed yesterday in Nairobi between Sudan and South Sudan": the parser
    hangs "between" on the participle or on the place, and the welcome had no target; "welcomed the ceasefire
    announced in Doha between ..." is read as a clause of its own ("the ceasefire announced")."""
    events = _issued(
        coder,
        "Norway welcomes the peace accord signed yesterday in Nairobi between Sudan and South Sudan.\n"
        "Norway also commends the talks held last week in Oslo between Colombia and the ELN.",
        "Government of Norway",
    )
    welcomes = [e for e in _by_root(events, "05") if e.cameo != "057"]
    assert [_codes(e.targets) for e in welcomes] == [["SDN", "SSD"], ["COL", "COLREB"]], events
    # (VC25) the accord itself, told by its noun with the participle that concluded it, is coded too
    assert [(_codes(e.sources), _codes(e.targets)) for e in events if e.cameo == "057"] == [
        (["SDN", "SSD"], ["SDN", "SSD"])
    ], events
    clause = _issued(
        coder,
        "The Ministry welcomed the ceasefire announced on Sunday in Doha between Israel and Hamas.",
        "Ministry of Foreign Affairs of Norway",
    )
    assert [_codes(e.targets) for e in _by_root(clause, "05")] == [["ISR", "PSEREB"]], clause


def test_what_a_shared_thing_is_about_names_no_participant(coder):
    """Guard: "shared intelligence with the United States about talks between Hamas and Iran" is shared with
    the United States; those between whom the talks were are what it is about."""
    events = _issued(
        coder,
        "Israeli officials shared intelligence with the United States about talks between Hamas and Iran.",
        "Government of Israel",
    )
    assert [_codes(e.targets) for e in _by_root(events, "06")] == [["USA"]], events


def test_each_other_names_the_doers_as_each_others_targets(coder):
    """ "Our two countries stand ready to provide each other with any assistance", "pledged to support one
    another", "shelled each other's positions": the doers act on each other; the target was left empty."""
    events = _issued(
        coder,
        "Our two countries stand ready to provide each other with any assistance to secure the border.\n"
        "Estonia and Latvia have pledged to support one another in the event of an attack.",
        "Government of Estonia",
        "Government of Latvia",
    )
    assert [_codes(e.targets) for e in _by_root(events, "03")] == [["EST", "LVA"], ["EST", "LVA"]], events
    fighting = _issued(
        coder,
        "Armenian and Azerbaijani forces shelled each other's positions overnight.",
        "Government of France",
    )
    assert [_codes(e.targets) for e in _by_root(fighting, "19")] == [["ARMMIL", "AZEMIL"]], fighting


def test_a_class_addressed_in_its_own_place_is_that_countrys(coder):
    """ "calls on all political stakeholders in Haiti to remain calm", "political actors in Mali": the class
    noun's own place says whose people are addressed, also when the statement has judged no one (the class
    rule needed whom the statement is about); "the working class in Mali" stays someone else's class."""
    events = _issued(
        coder,
        "The Council called on all political stakeholders in Haiti to remain calm.\n"
        "The Council called on political actors in Mali to exercise restraint.\n"
        "The Council called on the working class in Mali to exercise restraint.",
        "UN Security Council",
    )
    assert [_codes(e.targets) for e in _by_root(events, "02")] == [["HTI"], ["MLIGOV", "MLIOPP"], []], events


def test_the_issuers_own_name_in_their_threat_leaves_it_for_whom_the_statement_is_about(coder):
    """ "Official Minsk's response will not be long in coming" in Minsk's statement: "Minsk" (the possessor
    of the threat's noun) was taken as the target, which blocked whom the statement is about and was then
    dropped as the issuers' own country, leaving the threat aimed at no one."""
    events = _issued(
        coder,
        "The Ministry condemns the expulsion of three Belarusian diplomats by the Polish authorities.\n"
        "Official Minsk's response will not be long in coming.",
        "Ministry of Foreign Affairs of the Republic of Belarus",
    )
    assert [_codes(e.targets) for e in _by_root(events, "13")] == [["POLGOV"]], events


def test_party_noun_phrase_is_public_and_needs_no_index(coder):
    """ST17's request: the index-free part of the parties rule, for the stance stage ("the parties", "the
    warring parties", "the sides concerned", "both countries"; not "the opposition parties", "political
    parties", "parties" alone or "the countries" without "both"/"two")."""
    from communique.events.roles import party_noun_phrase
    from communique.nlp.pipeline import get_nlp
    from communique.nlp.view import doc_view

    def heads(text: str, word: str) -> bool:
        view = doc_view(get_nlp()(text))
        return party_noun_phrase(next(t for s in view.sents for t in s if t.lower_ == word))

    assert heads("We urge the warring parties to return to talks.", "parties")
    assert heads("We call on the sides concerned to show restraint.", "sides")
    assert heads("We call on both countries to show restraint.", "countries")
    assert not heads("We met the opposition parties yesterday.", "parties")
    assert not heads("Political parties held rallies in the capital.", "parties")
    assert not heads("We call on the countries of the region to help.", "countries")


def test_the_issuers_own_aid_naming_no_one_goes_to_the_country_the_statement_is_about(coder):
    """ "The Government is providing emergency food assistance" after two sentences about a cyclone in Fiji:
    aid is always given to someone (the development gold gives nearly every 07 a target); with no one named,
    it is the country the statement named most. Aid given "to him and to his family" is someone's already."""
    events = _issued(
        coder,
        "A powerful cyclone struck Fiji on Sunday. Thousands of people in Fiji have lost their homes.\n"
        "The Government is providing emergency food assistance and has dispatched relief supplies.",
        "Government of Ireland",
    )
    assert [_codes(e.targets) for e in _by_root(events, "07")] == [["FJI"], ["FJI"]], events
    named = _issued(
        coder,
        "Floods have struck Malawi. Thousands of families in Malawi lost their homes.\n"
        "The Government will continue to provide all possible support to him and to his family.",
        "Government of Ireland",
    )
    assert [_codes(e.targets) for e in _by_root(named, "07")] == [[]], named


def test_a_trailing_speaker_says_nothing_of_where_it_happened(coder):
    """AC17's request 4: "The military government declared a state of siege in Haiti, a spokeswoman for the
    U.S. embassy said": the speaker of a trailing attribution named a second country, so "the military
    government" took none; a speaker named with no coded actor ("an army spokesman said") still takes the
    sentence's country."""
    texts = [
        "The military government declared a state of siege in Haiti on Saturday, a spokeswoman for the U.S. "
        "embassy said.",
        "Troops shelled rebel positions near Goma overnight, an army spokesman said.",
    ]
    found = [_coded(coder, t) for t in texts]
    assert [[_codes(e.sources) for e in events] for events in found] == [
        [["HTIGOV"], ["USAGOV"]],
        [["CODMIL"], ["CODMIL"]],
    ], found


def test_a_host_is_no_party_of_the_talks_it_hosts(coder):
    """ "Malaysia hosted the meeting, attended by the leader of Cambodia" after "the agreement between
    Cambodia and Thailand": the host was noted with the one attendee as the parties, and "both sides" became
    Malaysia and Cambodia."""
    events = _issued(
        coder,
        "The Chair welcomes the agreement reached today between Cambodia and Thailand.\n"
        "Prime Minister Anwar Ibrahim of Malaysia hosted the meeting, which was attended by the Prime "
        "Minister of Cambodia.\n"
        "Both sides agreed to meet again next week.",
        "Association of Southeast Asian Nations",
    )
    agreed = [e for e in events if e.cameo_root == "03"]
    assert [_codes(e.sources) for e in agreed] == [["KHM", "THA"]], events


def test_an_act_against_someones_offices_or_home_is_aimed_at_their_owner(coder):
    """AC17's request 5: "Israeli settlers set fire to the offices of the Palestinian administrators": the
    possessor of the damaged offices is the target (grammar.yaml owned_nouns), not the doers' own country
    ("domestic", for want of a coded target)."""
    events = _coded(
        coder, "Israeli settlers set fire to the offices of the Palestinian administrators overnight."
    )
    assert [_codes(e.targets) for e in _by_root(events, "17")] == [["PSE"]], events
