"""Who it is aimed at: the seventeenth session (communique/events/roles.py, coder.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_the_holder_of_a_readiness_is_its_doer_not_its_target(coder):
    """ "reaffirms the readiness of IGAD to assist Somalia": IGAD is ready (the doer), Somalia is helped;
    the "of" owner of the pattern's own noun of intention was taken for the target, then dropped as the
    source itself, and the intent had no target."""
    events = _issued(
        coder,
        "The Secretariat reaffirms the readiness of IGAD to assist Somalia in organising the elections.",
        "Intergovernmental Authority on Development",
    )
    intents = _by_root(events, "03")
    assert [_codes(e.targets) for e in intents] == [["SOM"]], events
    own = _issued(
        coder,
        "The Council reiterates the determination of the African Union to support Burkina Faso in its return "
        "to constitutional order.",
        "Peace and Security Council of the African Union",
    )
    assert [_codes(e.targets) for e in _by_root(own, "03")] == [["BFA"]], own


def test_the_issuers_readiness_naming_no_one_is_for_whom_the_statement_is_about(coder):
    """ "Norway remains committed to a negotiated solution" after judging Venezuela's authorities: an intent
    (03) is always for someone, and with no one named it is for whom the statement is about; "ready to
    support any initiative" is for no one in particular."""
    events = _issued(
        coder,
        "Norway condemns the detention of the opposition leader by the Venezuelan authorities.\n"
        "Norway remains committed to a negotiated solution to the crisis.\n"
        "We also stand ready to support any initiative that brings peace.",
        "Government of Norway",
    )
    intents = _by_root(events, "03")
    assert [_codes(e.targets) for e in intents] == [["VENGOV"], []], events


def test_a_readiness_with_no_one_named_or_judged_is_for_the_country_the_statement_names_most(coder):
    """No event says whom a statement about floods in Malawi is about, but it names Malawi twice: "Canada
    stands ready to provide further assistance" is for Malawi."""
    events = _issued(
        coder,
        "Severe floods have struck Malawi this week. Thousands of families in Malawi have lost their homes.\n"
        "Canada stands ready to provide further assistance.",
        "Government of Canada",
    )
    offers = [e for e in events if e.cameo == "033"]
    assert [_codes(e.targets) for e in offers] == [["MWI"]], events


def test_a_state_deploying_its_own_forces_shows_them_to_no_one_named(coder):
    """ "The authorities deployed soldiers in the capital": the soldiers are what is deployed, not whom the
    deployment is aimed at; "deployed troops to the border with Serbia" keeps Serbia."""
    events = _issued(
        coder,
        "Demonstrations against the election result continued across Georgia.\n"
        "The Georgian authorities deployed soldiers and riot police in the capital.\n"
        "Hungary has deployed additional troops to its border with Serbia.",
        "Human Rights Watch",
    )
    shows = [e for e in events if e.cameo == "154"]
    assert [_codes(e.targets) for e in shows] == [[], ["SRB"]], events


def test_all_member_states_of_a_body_are_no_one_in_particular_and_not_the_body(coder):
    """ "calls on all UN Member States to ...": the addressee is any state, not the United Nations its "UN"
    names; nor is it whom the asked-for act names ("the arms embargo of the Security Council")."""
    for text in (
        "Ireland calls on all UN Member States to enforce the arms embargo of the Security Council.",
        "Ireland also calls on all Member States of the United Nations to respect the embargo.",
    ):
        events = _issued(coder, text, "Department of Foreign Affairs of Ireland")
        appeals = _by_root(events, "02")
        assert appeals and all(not any(a.code for a in e.targets) for e in appeals), events


def test_a_condemned_attack_is_aimed_at_whom_a_relative_clause_names_as_its_doer(coder):
    """ "the bombing of the market in Gao, which Boko Haram has claimed" and "the attacks of 2 May, in which
    soldiers of the Malian army fired on ...": the doer is named in a relative clause the parser hangs on
    any noun of the phrase; before, the act counted as one with no doer, aimed at no one."""
    claimed = _issued(
        coder,
        "The Commission condemns the bombing of the market in Maiduguri on 4 March, which Boko Haram has "
        "claimed.",
        "ECOWAS Commission",
    )
    assert [_codes(e.targets) for e in _by_root(claimed, "11")] == [["NGAREB"]], claimed
    done_in = _issued(
        coder,
        "The Council condemns the attacks of 2 May, in which soldiers of the Malian army fired on "
        "unarmed villagers near Mopti.",
        "Peace and Security Council of the African Union",
    )
    assert [_codes(e.targets)[0][:3] for e in _by_root(done_in, "11")] == ["MLI"], done_in


def test_a_missile_launch_is_shown_to_whom_it_flew_over_not_to_its_own_capital(coder):
    """ "launched a missile from near Pyongyang": the origin is no target; "..., which flew over Japan" (a
    relative clause the parser hangs on the origin's noun) names whom the launch is shown to."""
    events = _issued(
        coder,
        "This morning North Korea launched a ballistic missile from the vicinity of Pyongyang, which flew "
        "over Japan before falling into the sea.\n"
        "On 3 May North Korea launched two cruise missiles from the vicinity of Pyongyang into the sea.",
        "Ministry of Defense of Japan",
    )
    launches = [e for e in events if e.cameo == "150" and e.trigger.startswith("launched")]
    assert [_codes(e.targets) for e in launches] == [["JPN"], []], events


def test_a_summoned_envoy_of_a_protecting_power_stands_for_the_state_it_represents(coder):
    """ "summoned the Swedish ambassador, who represents the interests of the United States": the protest
    is for the United States, not Sweden; an envoy summoned on his own country's account stays its own (the
    actors resolver's protecting-power step does this; the coder's copy of it was removed, RL17b)."""
    events = _issued(
        coder,
        "The Ministry summoned the Swedish ambassador, who represents the interests of the United States in "
        "Pyongyang.\n"
        "The Ministry also summoned the ambassador of Sweden over the remarks of its foreign minister.",
        "Ministry of Foreign Affairs of the Democratic People's Republic of Korea",
    )
    summons = [e for e in events if e.cameo == "114"]
    assert [_codes(e.targets)[0][:3] for e in summons] == ["USA", "SWE"], events


def test_a_warning_that_lays_the_blame_is_the_blame_not_a_threat(coder):
    """ "Serbia warned that Pristina would bear full responsibility for the consequences": the warning's
    content is an accusation (112), and no threat of Serbia's own act (130) is coded beside it; "warned that
    it would respond to any incursion" stays a threat."""
    blame = _issued(
        coder,
        "Serbia warned that Pristina would bear full responsibility for the consequences of the raids.",
        "Reuters",
    )
    assert [e.cameo[:2] for e in blame] == ["11"], blame
    threat = _issued(
        coder, "Serbia warned that it would respond to any incursion into its territory.", "Reuters"
    )
    assert "13" in [e.cameo[:2] for e in threat], threat


def test_an_appeal_for_a_release_naming_no_one_is_to_whom_the_statement_is_about(coder):
    """ "France has repeatedly requested her release" after a Tehran court sentenced a French teacher: the
    appeal goes to whoever holds her, the country the statement names most (France's own name apart)."""
    events = _issued(
        coder,
        "On 2 June a court in Tehran sentenced a French teacher to eight years in prison. She had been held "
        "in Iran since May 2022.\n"
        "France has repeatedly requested her immediate release.",
        "Ministry for Europe and Foreign Affairs of France",
    )
    appeals = [e for e in events if e.cameo == "0253"]
    assert [_codes(e.targets) for e in appeals] == [["IRN"]], events
