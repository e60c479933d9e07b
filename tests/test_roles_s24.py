"""Who did what to whom, twenty-fourth session: acts with no named doer and acts inside a reaction
(communique/events/coder.py, roles.py).

Every sentence is written for these tests (none is taken from a gold set); each positive failed on the code
before the rule it guards, and each near miss must not fire.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import coded_events as _events
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes

EU = "European Union"
UKRAINE = "Ministry of Foreign Affairs of Ukraine"


def _sourceless(events, root: str):
    return [e for e in _by_root(events, root) if not e.sources]


def test_an_agentless_arrest_or_sentence_is_kept_with_no_source(coder):
    """ "A French aid worker was arrested", "were jailed for six years", "was sentenced to nine years": an act
    of coercion or a court's sentence told in the passive with no doer named or implied is kept with no source
    (statement gold convention: an agentless passive gives source null), done to whom it names."""
    aid = _by_root(_events(coder, "A French aid worker was arrested on Tuesday."), "17")
    assert [e.cameo for e in aid] == ["173"] and not aid[0].sources, aid
    assert [a.code[:3] for a in aid[0].targets] == ["FRA"], aid
    jailed = _issued(coder, "Three Russian opposition activists were jailed for six years.", EU)
    assert [e.cameo for e in _sourceless(jailed, "17")] == ["173"], jailed
    assert _codes(_sourceless(jailed, "17")[0].targets) == ["RUSOPP"], jailed
    sentenced = _issued(coder, "Three Russian opposition activists have been sentenced to death.", EU)
    assert [e.cameo for e in _sourceless(sentenced, "11")] == ["116"], sentenced
    assert _codes(_sourceless(sentenced, "11")[0].targets) == ["RUSOPP"], sentenced


def test_a_court_verb_does_not_make_the_issuer_the_sentencer(coder):
    """ "Three Russian activists were sentenced to five years" in Ukraine's foreign ministry's statement, and
    "We note that ... were convicted": a court's act, not the issuer's (was UKRGOV's 116 or nothing)."""
    for text in (
        "Three Russian activists were sentenced to five years in prison.",
        "We note that three Russian activists were convicted of treason.",
    ):
        events = _issued(coder, text, UKRAINE)
        assert not [e for e in _by_root(events, "11") if e.cameo == "116" and e.sources], (text, events)
        kept = [e for e in _sourceless(events, "11") if e.cameo == "116"]
        assert kept and _codes(kept[0].targets) == ["RUSOPP"], (text, events)
    # near miss: the issuers' own diplomatic acts told in the passive stay theirs
    declared = _issued(coder, "Two Russian diplomats were declared persona non grata.", UKRAINE)
    assert [_codes(e.sources) for e in _by_root(declared, "16")] in ([], [["UKRGOV"]]), declared


def test_an_agentless_act_not_asserted_negated_or_done_to_no_one_is_not_kept(coder):
    """Near misses: no one arrested, an arrest denied or only possible, a bare 170, repression with no one
    firing, and the issuers' own people held (their own state's act told in the passive) code no sourceless
    act of coercion."""
    for text in (
        "No Russian journalist was arrested on Sunday.",
        "None of the Russian journalists were detained.",
        "The Russian journalist was not arrested.",
        "Russian journalists could be arrested for their reporting.",
        "Russian journalists will be detained if they cover the protest.",
        "Russian journalists were pressured into leaving the country.",
        "Several Russian protesters were shot dead on Sunday.",
    ):
        events = _issued(coder, text, EU)
        assert not [e for e in _sourceless(events, "17") if e.modality == "asserted" and not e.negated], (
            text,
            events,
        )
    belarus = "Ministry of Foreign Affairs of Belarus"
    own = _issued(coder, "Three Belarusian journalists were detained.", belarus)
    assert not _sourceless(own, "17"), own
    # a named agent keeps its role, a place its implied authorities
    named = _issued(coder, "Three Russian journalists were detained by the Russian police.", EU)
    assert [_codes(e.sources) for e in _by_root(named, "17")] == [["RUSCOP"]], named
    placed = _issued(coder, "Three Belarusian journalists were detained in Minsk.", EU)
    assert [_codes(e.sources) for e in _by_root(placed, "17")] == [["BLRCOP"]], placed


def test_the_victims_of_an_agentless_act_are_not_whom_the_statement_speaks_against(coder):
    """ "... were sentenced to nine years. The EU will consider further restrictive measures": the sentenced
    are not the counterpart of the issuers' measures (roles.Counterpart counts the issuers' acts, and an act
    with no doer is none of theirs)."""
    text = (
        "Three Russian opposition activists were sentenced to nine years in prison on Monday.\n"
        "The EU will consider further restrictive measures against those responsible."
    )
    events = _issued(coder, text, EU)
    assert _sourceless(events, "11"), events
    measures = [e for e in _by_root(events, "13") if e.sentence_index == 1]
    assert measures and "RUSOPP" not in _codes(measures[0].targets), events


def test_an_area_measure_shares_no_victims_with_its_conjunct(coder):
    """(RV23) "detained twelve Thai fishermen and declared martial law": an internet shutdown (1721), a curfew
    (1723) or martial law (1724) is imposed on an area, not on the first conjunct's foreign victims. Near
    misses: boats seized and people deported in such a conjunct are still theirs."""
    for text, code in (
        ("Myanmar's junta arrested thirty Thai workers and shut down the internet.", "1721"),
        ("The Burmese army detained twelve Thai fishermen and declared martial law.", "1724"),
        ("Russian soldiers detained dozens of Ukrainian activists in Kherson and imposed a curfew.", "1723"),
    ):
        events = _events(coder, text)
        measure = [e for e in events if e.cameo == code]
        assert measure, (text, events)
        assert not {"THA", "UKR"} & {
            (a.code or "")[:3] for a in measure[0].targets if len(a.code or "") > 3
        }, (
            text,
            events,
        )
    for text, code in (
        ("The Burmese army detained twelve Thai fishermen and seized their boats.", "171"),
        ("The Burmese army detained twelve Thai fishermen and deported them.", "174"),
    ):
        events = _events(coder, text)
        shared = [e for e in events if e.cameo == code]
        assert shared and _codes(shared[0].targets) == ["THACVL"], (text, events)


def test_the_act_named_inside_a_reaction_is_coded_beside_it(coder):
    """ "concerned by the deportation of Ukrainian children by Russia": the concern's own pattern takes the
    act noun as a phrase word, so the act was lost and the concern aimed at no one. Now the concern (111) is
    at Russia and the deportation (174) is Russia's, done to the Ukrainians."""
    events = _issued(coder, "We are concerned by the deportation of Ukrainian children by Russia.", EU)
    assert [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, "11")] == [(["IGOEU"], ["RUS"])]
    assert [(e.cameo, _codes(e.sources), _codes(e.targets)) for e in _by_root(events, "17")] == [
        ("174", ["RUS"], ["UKRCVL"])
    ], events
    expelled = _issued(
        coder, "The EU expresses concern about the expulsion of Lithuanian diplomats by Belarus.", EU
    )
    act = [e for e in expelled if e.cameo_root in {"16", "17"}]
    assert [_codes(e.sources) for e in act] == [["BLR"]], expelled


def test_no_act_is_coded_inside_a_reaction_to_acts_of_a_kind_or_with_no_doer(coder):
    """Near misses: "any deportation" is an act of a kind; a concern denied reports no act; an arrest with no
    "by" doer names no one inside the concern; an act already a trigger of its own is not coded twice."""
    for text in (
        "We are concerned by any deportation of Ukrainian children by Russia.",
        "We are not concerned by the deportation of Ukrainian children by Russia.",
        "We are concerned by the arrest of opposition leaders in Minsk.",
    ):
        events = _issued(coder, text, EU)
        assert not [e for e in events if e.cameo_root == "17" and e.sources], (text, events)
    condemned = _issued(coder, "We condemn the deportation of Ukrainian children by Russia.", EU)
    assert len(_by_root(condemned, "17")) == 1, condemned
