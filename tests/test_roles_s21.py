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


def test_issuers_who_offer_to_someone_unknown_do_not_offer_to_each_other(coder):
    """ "we stand ready to provide shelter to the refugees stranded at the border" in a joint statement: the
    refugees are named (uncoded), so the two issuers are not each other's target."""
    events = _issued(
        coder,
        "We stand ready to provide shelter to the refugees stranded at the border.",
        "Government of Latvia",
        "Government of Estonia",
    )
    intents = _dyads(events, "03")
    assert intents and all("EST" not in "".join(t) for _, t in intents), events


def test_issuers_who_meet_with_no_one_named_meet_each_other(coder):
    """Guard: "We agreed to meet again in the spring" in a joint statement is between the issuers."""
    events = _issued(
        coder,
        "We agreed to meet again in the spring.",
        "Government of Latvia",
        "Government of Estonia",
    )
    assert any(t == s and len(s) == 2 for s, t in _dyads(events, "03") + _dyads(events, "04")), events


def test_the_speaker_is_not_the_target_of_its_own_threat(coder):
    """ "We ask France to cancel the sale; otherwise India will make firm responses": the parser makes "We
    ask" the complement of "make"; the speaker ("we", India's own) is not whom India threatens."""
    events = _issued(
        coder,
        "India firmly opposes the sale of fighter jets to Pakistan by France. "
        "We ask France to cancel the sale; otherwise India will make firm and necessary responses.",
        "Ministry of External Affairs of India",
    )
    threats = _dyads(events, "13")
    assert threats and all(t and not any(c.startswith("IND") for c in t) for _, t in threats), events


def test_another_party_in_the_complement_stays_the_target(coder):
    """Guard: "Turkey warned that Sweden would face consequences": the complement's subject is another
    party."""
    events = _issued(
        coder,
        "Turkey warned that Sweden would face serious consequences.",
        "Ministry of Foreign Affairs of Turkey",
    )
    assert any("SWE" in "".join(t) for _, t in _dyads(events, "13")), events


def test_a_welcomed_signing_is_for_those_between_whom_it_was_signed(coder):
    """ "welcomes the signing in Nairobi yesterday of the Declaration on the Cessation of Hostilities between
    X and Y": the parser hangs "between" on the verb's other phrases; the welcome is for X and Y, not for the
    place (nor for no one)."""
    nairobi = _issued(
        coder,
        "The Secretary-General welcomes the signing in Nairobi yesterday of the Declaration on the "
        "Cessation of Hostilities between the Government of South Sudan and the SPLM-IO.",
        "United Nations",
    )
    assert (["IGOUN"], ["SSDGOV", "SSDREB"]) in _dyads(nairobi, "05"), nairobi
    luanda = _issued(
        coder,
        "The Union welcomes the signing in Luanda today of the peace accord between Rwanda and the "
        "Democratic Republic of the Congo.",
        "African Union",
    )
    assert (["IGOAU"], ["COD", "RWA"]) in _dyads(luanda, "05"), luanda


def test_a_welcomed_summit_keeps_its_own_between(coder):
    """Guard: "welcomes the summit in Luanda between A and B" already found A and B on the object."""
    events = _issued(
        coder,
        "The Union welcomes the summit in Luanda between Rwanda and the Democratic Republic of the Congo.",
        "African Union",
    )
    assert (["IGOAU"], ["COD", "RWA"]) in _dyads(events, "05"), events


def _plain_dyads(coder, text: str, root: str) -> list[tuple[list[str], list[str]]]:
    from .conftest import coded_events

    return _dyads(coded_events(coder, text), root)


def test_a_gapped_pledge_goes_to_the_first_clause_receiver(coder):
    """ "Canada has pledged 20 million dollars to Jordan, and Australia has offered ten million more": the
    second pledge leaves out the shared receiver."""
    dyads = _plain_dyads(
        coder,
        "Canada has pledged 20 million dollars to Jordan, and Australia has offered ten million more.",
        "03",
    )
    assert (["AUS"], ["JOR"]) in dyads, dyads


def test_a_second_pledge_with_its_own_receiver_keeps_it(coder):
    """Guards: a second clause naming its own receiver keeps it; an appeal is not gapped ("and Australia
    urged the same" addresses no one named)."""
    own = _plain_dyads(
        coder,
        "Canada has pledged 20 million dollars to Jordan, and Australia has offered ten million dollars to "
        "Lebanon.",
        "03",
    )
    assert (["AUS"], ["LBN"]) in own, own
    appeal = _plain_dyads(
        coder, "Canada urged Iran to free the prisoners, and Australia urged the same.", "02"
    )
    assert (["AUS"], []) in appeal, appeal
