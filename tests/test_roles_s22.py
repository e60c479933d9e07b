"""Who it was aimed at: the twenty-second session (communique/events/coder.py, roles.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards; the guards pass on both.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def _keys(codes: list[str]) -> set[str]:
    return {c[:3] for c in codes}


# --- the speaker's "our" in another's act ------------------------------------------------------------------


def test_another_party_acting_on_our_people_acts_on_the_speaker(coder):
    """ "Bolivian soldiers beat two of our consular officials": done by Bolivia to the speaker (Peru), not
    a domestic act of Bolivia's."""
    events = _issued(
        coder,
        "Bolivian soldiers beat members of our consular staff at the border post.",
        "Ministry of Foreign Affairs of Peru",
    )
    dyads = _dyads(events, "18")
    assert dyads and all(_keys(t) == {"PER"} for _, t in dyads), events
    assert all(_keys(s) == {"BOL"} for s, _ in dyads), events


def test_another_party_rejecting_our_offer_rejects_the_speaker(coder):
    """ "Armenia rejected our proposal" in Azerbaijan's statement: a rejection of Azerbaijan."""
    events = _issued(
        coder,
        "Armenia has rejected our proposal for a border commission.",
        "Ministry of Foreign Affairs of Azerbaijan",
    )
    dyads = _dyads(events, "12")
    assert dyads and all(_keys(t) == {"AZE"} for _, t in dyads), events


def test_our_own_act_on_our_own_thing_is_no_target(coder):
    """Guard: "We have strengthened our forces on the border", "we reaffirm our support for Chile": the
    speaker's own forces or support are not whom it acts on."""
    events = _issued(
        coder,
        "We reaffirm our support for Chile. We have recalled our ambassador from Caracas for consultations.",
        "Ministry of Foreign Affairs of Peru",
    )
    for root in ("05", "16"):
        for _, targets in _dyads(events, root):
            assert "PER" not in _keys(targets), events


# --- whose goods a trade measure is laid on --------------------------------------------------------------


def test_duties_on_a_range_of_a_countrys_goods_are_aimed_at_it(coder):
    """ "imposes duties on a range of Australian wines": the measure is laid on Australia."""
    events = _issued(
        coder,
        "China will impose anti-dumping duties on a range of Australian wines from next week.",
        "Ministry of Commerce of China",
    )
    dyads = _dyads(events, "16")
    assert dyads and all(_keys(t) == {"AUS"} for _, t in dyads), events


def test_tariffs_on_goods_imported_from_a_country_are_aimed_at_it(coder):
    """ "tariffs on timber and on cheese imported from Canada": the goods' origin, after a participle."""
    events = _issued(
        coder,
        "Washington announced tariffs of 20% on timber and 15% on cheese imported from Canada.",
        "Government of Mexico",
    )
    dyads = [(s, t) for s, t in _dyads(events, "16") if "USA" in _keys(s)]
    assert dyads and all(_keys(t) == {"CAN"} for _, t in dyads), events


def test_a_trade_measure_on_nothing_of_anyones_stays_without_target(coder):
    """Guard: "duties on a range of luxury goods" names no country; the doer's own goods are none either."""
    events = _issued(
        coder,
        "Japan will impose duties on a range of luxury goods produced in Japan.",
        "Ministry of Trade of Singapore",
    )
    for _, targets in _dyads(events, "16"):
        assert "JPN" not in _keys(targets), events


# --- addressees that code as no one ----------------------------------------------------------------------


def test_an_appeal_to_the_international_community_has_no_target(coder):
    """ "calls on the international community to list the militia as a terrorist group": the appeal is
    made to no coded actor; the militia is what is asked about, not whom the appeal is aimed at."""
    events = _issued(
        coder,
        "The Council calls on the international community to list the Houthi militia as a terrorist group.",
        "Gulf Cooperation Council",
    )
    dyads = _dyads(events, "02")
    assert dyads and all(t == [] for _, t in dyads), events


def test_an_appeal_to_donors_has_no_target(coder):
    """ "urges donors to send food to Sudan": donors code as no one."""
    events = _issued(
        coder, "We urge donors to send food and medicine to Sudan without delay.", "World Food Programme"
    )
    dyads = _dyads(events, "02")
    assert dyads and all(t == [] for _, t in dyads), events


def test_an_appeal_to_coded_members_keeps_them(coder):
    """Guard: "calls on the member states of the African Union": a coded body is named in the addressee."""
    events = _issued(
        coder,
        "We call on the member states of the African Union to reject the coup in Niger.",
        "Economic Community of West African States",
    )
    dyads = _dyads(events, "02")
    assert dyads and all("IGO" in "".join(t) for _, t in dyads), events


# --- the host's guests --------------------------------------------------------------------------------------


def test_whoever_thanks_a_host_was_its_guest(coder):
    """ "Kenya and Somalia thank Qatar for hosting the talks": Qatar hosted Kenya and Somalia."""
    events = _issued(
        coder, "Kenya and Somalia thank Qatar for hosting the talks in Doha.", "Government of Kenya"
    )
    assert (["QAT"], ["KEN", "SOM"]) in [(s, sorted(c[:3] for c in t)) for s, t in _dyads(events, "04")], (
        events
    )


def test_a_host_of_named_talks_keeps_those_between(coder):
    """Guard: "commend Norway for hosting the talks between Colombia and the ELN": those between, not the
    praiser."""
    events = _issued(
        coder,
        "We commend Norway for hosting the talks between Colombia and the ELN.",
        "Ministry of Foreign Affairs of Peru",
    )
    hosted = _dyads(events, "04")
    assert hosted and all("PER" not in _keys(t) for _, t in hosted), events


# --- two sides of one country ------------------------------------------------------------------------------


def test_a_government_and_rebels_who_swap_prisoners_release_them_to_each_other(coder):
    """ "the Government of Colombia and the FARC exchanged prisoners" — one country, two sides: each
    releases to the other, as two states would."""
    events = _issued(
        coder,
        "The Government of Colombia and the FARC released 120 prisoners in an exchange on Monday.",
        "International Committee of the Red Cross",
    )
    dyads = _dyads(events, "08")
    assert dyads and all(s and t == s for s, t in dyads), events


def test_a_states_own_bodies_acting_together_are_not_each_others_target(coder):
    """Guard: "the Prime Minister and the Government" or "the government and the army" are one side."""
    events = _issued(
        coder,
        "The Ghanaian government and the army agreed to meet again next month.",
        "International Crisis Group",
    )
    for sources, targets in _dyads(events, "03") + _dyads(events, "04"):
        assert targets != sources, events


# --- an envoy recalled from where it serves ------------------------------------------------------------


def test_an_envoy_recalled_is_recalled_from_where_it_serves(coder):
    """ "recalled the Dutch ambassador in Caracas to The Hague": aimed at Venezuela, not the Netherlands."""
    events = _issued(
        coder,
        "The Ministry summoned the Venezuelan envoy and recalled the Dutch ambassador in Caracas "
        "to The Hague.",
        "Ministry of Foreign Affairs of the Netherlands",
    )
    dyads = _dyads(events, "16")
    assert dyads and all(_keys(t) == {"VEN"} for _, t in dyads), events


def test_an_envoy_recalled_with_no_place_keeps_no_target(coder):
    """Guard: "recalled its ambassador for consultations" names no one it is recalled from."""
    events = _issued(
        coder, "The Netherlands recalled its ambassador for consultations.", "Government of Belgium"
    )
    for _, targets in _dyads(events, "16"):
        assert "NLD" not in _keys(targets), events


# --- "its" owner of what another party's act is done to ---------------------------------------------------


def test_another_partys_strike_on_its_clinic_is_aimed_at_the_owner(coder):
    """ "MSF condemns the shelling of its clinic in Marib by Houthi forces": done to MSF's clinic, not to
    the place."""
    events = _issued(
        coder,
        "Medecins Sans Frontieres condemns the shelling of its clinic in Marib by Houthi forces on Sunday.",
        "Medecins Sans Frontieres",
    )
    dyads = [(s, t) for s, t in _dyads(events, "19") if s]
    assert dyads and all(t == ["NGOMSF"] for _, t in dyads), events


def test_forces_leaving_its_territory_leave_the_owner(coder):
    """ "Niger announces that the withdrawal of American troops from its territory is complete": from
    Niger."""
    events = _issued(
        coder,
        "The Government of Niger announces that the withdrawal of American troops from its territory "
        "is complete.",
        "Government of Niger",
    )
    dyads = [(s, t) for s, t in _dyads(events, "08") if "USA" in _keys(s)]
    assert dyads and all(_keys(t) == {"NER"} for _, t in dyads), events


def test_the_doers_own_possession_is_no_target(coder):
    """Guard: "Russia announced the withdrawal of its troops from Kherson": its own troops, not Russia."""
    events = _issued(coder, "Russia announced the withdrawal of its troops from Kherson.", "Reuters")
    for _, targets in _dyads(events, "08"):
        assert "RUS" not in _keys(targets), events
