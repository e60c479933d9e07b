"""Who did it, to whom, and what is no event: the fifteenth session (communique/events/roles.py, coder.py,
grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_doer_believed_to_be_someone_is_that_someone(coder):
    """ "by men believed to be police officers": the presumed identity is the doer's; "gunmen suspected to be
    soldiers" likewise."""
    events = _issued(
        coder,
        "We condemn the abduction of two students in Nairobi by men believed to be police officers.",
        "Kenya Conference of Catholic Bishops",
    )
    abducted = _by_root(events, "17") + _by_root(events, "18")
    assert [_codes(e.sources) for e in abducted] == [["KENCOP"]], events
    shot = _issued(
        coder,
        "Three farmers were shot dead near Bamako by men suspected to be Malian soldiers.",
        "Human Rights Watch",
    )
    assert [_codes(e.sources) for e in shot if e.cameo_root in {"18", "19", "20"}] == [["MLIMIL"]], shot


def test_both_countries_are_the_two_the_statement_named_most(coder):
    """With no conflict or talks coded between two others, "both countries" / "the two sides" addressed are
    the two countries the statement named most before it; a subject ("the two countries had agreed") is
    left alone, and the issuers' own country is never one of them."""
    events = _issued(
        coder,
        "The Bolivian government has accused Peru of interfering in Bolivia's elections, and the Peruvian "
        "government has rejected the accusation. We call on both countries to resolve their differences "
        "through dialogue.",
        "Government of Chile",
    )
    asked = [e for e in events if e.cameo_root == "02"]
    assert [sorted(_codes(e.targets)) for e in asked] == [["BOLGOV", "PERGOV"]], events


def test_a_call_that_addresses_no_one_asks_the_parties_or_whom_the_statement_is_about(coder):
    """ "We call for an immediate ceasefire" after fighting between two forces asks those forces; "reiterates
    its call for transparency" asks whom the statement is about; an appeal that names whom it asks ("urge the
    international community to ...") keeps its addressee."""
    ceasefire = _issued(
        coder,
        "Heavy fighting broke out on Sunday between the Sudanese army and the Rapid Support Forces in "
        "Khartoum. We call for an immediate ceasefire.",
        "Government of Norway",
    )
    asked = [e for e in ceasefire if e.cameo_root == "02"]
    assert [sorted(_codes(e.targets)) for e in asked] == [["SDNMIL", "SDNREB"]], ceasefire
    results = _issued(
        coder,
        "The Nicaraguan police have detained dozens of opposition candidates. The Union reiterates its call "
        "for full transparency of the elections.",
        "European Union",
    )
    asked = [e for e in results if e.cameo_root == "02"]
    assert [[(t.code or "")[:3] for t in e.targets] for e in asked] == [["NIC"]], results
    community = _issued(
        coder,
        "Nicaraguan police arrested forty students in Managua. We urge the international community to "
        "press for their release.",
        "Amnesty International",
    )
    assert all(not e.targets for e in community if e.cameo_root == "02"), community


def test_him_or_her_addressed_is_the_person_named_before_in_the_sentence(coder):
    """ "We welcome the decision of President X to veto the bill, and we urge him to ..." asks President X;
    with no person before it, "him" stays no one's."""
    events = _issued(
        coder,
        "We welcome the decision of President Cyril Ramaphosa to veto the media bill, and we urge him to "
        "make sure that those responsible for the raids are held to account.",
        "Committee to Protect Journalists",
    )
    asked = [e for e in events if e.cameo_root == "02"]
    assert [_codes(e.targets) for e in asked] == [["ZAFGOV"]], events


def test_a_judgement_in_an_as_predicate_judges_the_doer_of_the_object(coder):
    """ "sees the closure of its consulate by Ankara as a hostile step", "regards the conviction of the
    blogger by the Azerbaijani court as politically motivated": the judging verb's object is the act judged,
    its doer the target."""
    closure = _issued(
        coder,
        "Greece sees the closure of its consulate by the Turkish government as a hostile step.",
        "Government of Greece",
    )
    assert [_codes(e.targets) for e in closure if e.cameo == "111"] == [["TURGOV"]], closure
    conviction = _issued(
        coder,
        "We regard the conviction of the blogger by the Azerbaijani court as politically motivated.",
        "Human Rights Watch",
    )
    assert [_codes(e.targets) for e in conviction if e.cameo == "111"] == [["AZEJUD"]], conviction


def test_the_one_who_summons_an_envoy_to_protest_protests_to_the_envoy(coder):
    """ "Canada summoned the Indian High Commissioner to protest ..." is Canada's protest to India (the envoy
    does not protest); a summons "to protest against" an incursion is one protest to the envoy."""
    events = _issued(
        coder,
        "Canada summoned the Indian High Commissioner to protest the killing of a Canadian citizen.",
        "Government of Canada",
    )
    protests = [e for e in events if e.cameo == "114"]
    assert [(_codes(e.sources), _codes(e.targets)) for e in protests] == [(["CAN"], ["INDGOV"])], events
    drone = _issued(
        coder,
        "Poland summoned the Russian ambassador to protest against the incursion of a drone into its "
        "airspace.",
        "Government of Poland",
    )
    assert [_codes(e.targets) for e in drone if e.cameo == "114"] == [["RUSGOV"]], drone
