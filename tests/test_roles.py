"""Sources and targets from the parse (communique/events/roles.py) and the actor rules they lean on.

Every rule is checked on sentences written for these tests (none is taken from a gold set), with the real
spaCy model and dictionaries; each test names the rule it guards.
"""

from __future__ import annotations

from communique.model import Document

from .conftest import statement


def _events(coder, text, date="2015-06-01"):
    coded = coder.code_document(Document(id="t", text=text, source="t", date=date, language="en"))
    return coded.events


def _countries(actors):
    return {(a.country or a.code or "")[:3] for a in actors if a.code}


def _event(coder, text, root):
    events = [e for e in _events(coder, text) if e.cameo_root == root]
    assert events, (text, [(e.cameo, e.trigger) for e in _events(coder, text)])
    return events[0]


def test_of_complement_of_an_attitude_noun_is_the_target(coder):
    """ "voiced disapproval of X's decision": X is the target, also when the parser hangs "of" on a date."""
    for text, root, target in [
        (
            "Germany's foreign ministry voiced disapproval on Monday of Hungary's decision to block the aid.",
            "11",
            "HUN",
        ),
        ("Sweden expressed disapproval of Turkey's demands on Tuesday.", "11", "TUR"),
        ("Chile voiced strong disapproval on Friday of Peru's decision to close the border.", "11", "PER"),
    ]:
        ev = _event(coder, text, root)
        assert target in _countries(ev.targets), (text, [(a.text, a.code, a.via) for a in ev.targets])


def test_out_of_reads_as_from_for_withdrawals(coder):
    """ "pulled out of the Jenin camp": the place left is the target, like "withdrew from"."""
    for text, target in [
        ("Israeli troops pulled out of the Jenin refugee camp early on Wednesday.", "PSE"),
        ("Ethiopian forces pulled out of Mekelle after the truce.", "ETH"),
        ("Turkish troops pulled out of Afrin last spring.", "SYR"),
    ]:
        ev = _event(coder, text, "08")
        assert target in _countries(ev.targets), (text, [(a.text, a.code, a.via) for a in ev.targets])


def test_responsible_actor_of_a_prepositional_target(coder):
    """A target phrase naming an action takes the actor who did it ("by", "committed by")."""
    for text, root, target in [
        ("The court opened an investigation into war crimes committed by the army of Myanmar.", "09", "MMR"),
        ("Students marched in protest against the arrests by Iranian police.", "14", "IRN"),
        ("The tribunal began an inquiry into abuses committed by Sudanese troops in Chad.", "09", "SDN"),
    ]:
        ev = _event(coder, text, root)
        assert target in _countries(ev.targets), (text, [(a.text, a.code, a.via) for a in ev.targets])


def test_that_clause_of_the_object_names_the_target(coder):
    """ "probing reports that X executed villagers": X is investigated."""
    for text, target in [
        (
            "Human Rights Watch is probing reports that Burkinabe soldiers executed dozens of villagers.",
            "BFA",
        ),
        ("Amnesty International is investigating claims that Ethiopian police tortured detainees.", "ETH"),
        ("The UN is examining allegations that Malian troops killed civilians near Mopti.", "MLI"),
    ]:
        ev = _event(coder, text, "09")
        assert target in _countries(ev.targets), (text, [(a.text, a.code, a.via) for a in ev.targets])


def test_a_state_speaking_of_its_own_forces(coder):
    """Bare "troops", "police" in a state's own reported words are that state's."""
    for text, root, source in [
        (
            "Israel's defence minister said troops will launch a ground offensive against Hezbollah.",
            "19",
            "ISR",
        ),
        ("The Chinese defence ministry said warships would hold live-fire drills near Taiwan.", "15", "CHN"),
        ("Kenya's interior minister said police had arrested three Somali suspects.", "17", "KEN"),
    ]:
        ev = _event(coder, text, root)
        assert source in _countries(ev.sources), (text, [(a.text, a.code, a.via) for a in ev.sources])
    # a trailing attribution reports, it does not own: the troops stay unresolved
    for text in [
        "Troops shelled rebel positions in Cambodia, Thai military sources said.",
        "Police fired tear gas at protesters in Beirut, a French diplomat said.",
    ]:
        for ev in _events(coder, text):
            if ev.cameo_root in {"17", "18", "19"}:
                assert "THA" not in _countries(ev.sources) and "FRA" not in _countries(ev.sources), text


def test_the_one_who_placed_or_drove_the_weapon_acts(coder):
    """ "a bomb planted by X killed ...": X is the source."""
    for text, source in [
        ("A mine laid by Houthi fighters killed three Yemeni children.", "YEM"),
        ("A roadside bomb planted by Taliban fighters killed four Afghan soldiers.", "AFG"),
        ("A truck driven by an al-Shabaab militant killed six Somali policemen.", "SOM"),
    ]:
        ev = _event(coder, text, "19") if any(e.cameo_root == "19" for e in _events(coder, text)) else None
        ev = ev or _event(coder, text, "18")
        assert source in _countries(ev.sources), (text, [(a.text, a.code, a.via) for a in ev.sources])


def test_local_agents_take_the_place_of_their_own_clause(coder):
    """With several countries named, police, gunmen or students take the place their clause happens in."""
    for text, root, source in [
        ("Police fired tear gas at protesters in Dhaka, a U.S. diplomat said.", "18", "BGD"),
        ("Gunmen killed four aid workers near Mosul, the French foreign ministry said.", "19", "IRQ"),
        ("Students marched through the streets in Caracas, Colombian media reported.", "14", "VEN"),
    ]:
        ev = next((e for e in _events(coder, text) if e.cameo_root in {root, "17", "18", "19", "14"}), None)
        assert ev is not None and source in _countries(ev.sources), (text, ev)
    # armed forces are not assumed local: they often fight abroad
    for ev in _events(coder, "Troops shelled villages in Lebanon, the Syrian army said."):
        if ev.cameo_root == "19":
            assert "LBN" not in _countries(ev.sources)


def test_own_forces_are_not_the_target(coder):
    """ "strengthened its forces in Lebanon": the place, not the actor's own forces, is aimed at."""
    for text, root, target in [
        ("Israel has strengthened its forces in Lebanon after the rocket attacks.", "15", "LBN"),
        ("Russia reinforced its troops in Belarus ahead of the drills.", "15", "BLR"),
        ("Chad withdrew its soldiers from Mali after the coup.", "08", "MLI"),
    ]:
        ev = _event(coder, text, root)
        assert target in _countries(ev.targets), (text, [(a.text, a.code, a.via) for a in ev.targets])


def test_free_adjunct_participle_is_done_by_the_clause_subject(coder):
    """ "..., killing five": a comma-set -ing clause is done by the subject of the clause it hangs on."""
    for text, root, source, target in [
        (
            "Turkish troops shelled villages in northern Iraq on Monday, killing at least five fighters.",
            "19",
            "TUR",
            None,
        ),
        (
            "The Iranian foreign ministry summoned the British envoy, accusing London of meddling.",
            "11",
            "IRN",
            "GBR",
        ),
        (
            "Police in Nairobi fired tear gas at marchers, arresting dozens of opposition supporters.",
            "17",
            "KEN",
            "KEN",
        ),
        (
            "Ghana and Togo signed a border accord in Accra, pledging to resolve disputes by dialogue.",
            "03",
            "GHA",
            None,
        ),
    ]:
        events = [e for e in _events(coder, text) if e.cameo_root == root]
        assert any(source in _countries(e.sources) for e in events), (
            text,
            [(e.cameo, e.trigger) for e in events],
        )
        if target:
            assert any(target in _countries(e.targets) for e in events), text


def test_reduced_relative_participle_is_done_by_its_noun(coder):
    """ "protesters demanding reforms" (no comma): the noun acts, not the sentence's subject."""
    ev = _event(coder, "Police detained students in Caracas demanding the release of jailed activists.", "10")
    assert "VEN" in _countries(ev.sources)
    assert not any("COP" in (a.code or "") for a in ev.sources), [(a.text, a.code) for a in ev.sources]


def test_agentless_state_action_is_done_by_the_authorities_of_its_place(coder):
    """ "were detained in Minsk": only a state detains, tries and deports; the place names which state."""
    for text, root, source in [
        ("More than forty protesters were detained in Minsk on Sunday.", "17", "BLRCOP"),
        ("Two reporters were arrested in Lebanon on Monday.", "17", "LBNCOP"),
        ("A Lebanese journalist was arrested in Paris last week.", "17", "FRACOP"),
    ]:
        ev = _event(coder, text, root)
        assert [a.code for a in ev.sources] == [source], (text, [(a.code, a.via) for a in ev.sources])
        assert ev.sources[0].via == "implied"
    # no place, no guess: the victim's nationality does not say who held them (the arrest is kept with no
    # source, tests/test_roles_s24.py, but never with one)
    assert not [
        e
        for e in _events(coder, "A French aid worker was arrested on Tuesday.")
        if e.cameo_root == "17" and e.sources
    ]
    # an agent named keeps its role
    ev = _event(coder, "Two reporters were arrested in Lebanon by Hezbollah gunmen.", "17")
    assert all(a.via != "implied" for a in ev.sources), [(a.code, a.via) for a in ev.sources]


def test_the_one_called_on_does_the_infinitive(coder):
    """ "call on X to expel": X is asked, also when the parser reads the infinitive as a purpose clause; the
    expulsion is the appeal's content, not an event of its own."""
    text = "We call on the Belarusian regime to immediately expel the Russian ambassador."
    ev = _event(coder, text, "02")
    assert _countries(ev.targets) == {"BLR"} and all("GOV" in (a.code or "") for a in ev.targets)
    assert [e.cameo_root for e in _events(coder, text)] == ["02"]
    # ... and an infinitive an appeal phrase names gives the appeal its sub-code, as "calls on X to release"
    codes = [e.cameo for e in _events(coder, "We call on Belarus to release all political prisoners.")]
    assert codes == ["0253"], codes
    # a date is no addressee: "stayed home on Monday to protest" is protest by the subject
    ev = _event(
        coder, "Bolivian miners stayed away from work on Monday to protest against the new tax.", "14"
    )
    assert "BOL" in _countries(ev.sources)


def test_this_points_back_to_who_acted_in_the_sentence_before(coder):
    """ "The US approved the sale ... China firmly opposes this": the opposition is aimed at the US."""
    events = _events(
        coder,
        "The United States approved the sale of missiles to Taiwan on Friday. China firmly opposes this. "
        "China also opposes corruption.",
    )
    opposes = [e for e in events if e.cameo_root == "11" and e.sentence_index == 1]
    assert opposes and _countries(opposes[0].targets) == {"USA"}, [(e.cameo, e.trigger) for e in events]
    # no pointing word, no borrowed target
    later = [e for e in events if e.cameo_root == "11" and e.sentence_index == 2]
    assert all("USA" not in _countries(e.targets) for e in later)


def _titled(coder, text, issuer, title=None):
    """Code a statement by one issuer (with a title, if given)."""
    return coder.code_document(statement(text, issuer, title=title))


def _statement(coder, text, issuer):
    return _titled(coder, text, issuer).events


def _first_event(events, sentence, root):
    """The first event of a CAMEO root in a sentence, or None."""
    return next((e for e in events if e.sentence_index == sentence and e.cameo_root == root), None)


def _source_codes(events, sentence, root):
    """The source codes of the first event of a CAMEO root in a sentence (None when there is none)."""
    found = _first_event(events, sentence, root)
    return [a.code for a in found.sources] if found else None


def _target_codes(events, sentence, root):
    """The target codes of the first event of a CAMEO root in a sentence (None when there is none)."""
    found = _first_event(events, sentence, root)
    return [a.code for a in found.targets] if found else None


def test_must_and_should_in_the_issuers_voice_are_demands_and_appeals(coder):
    """ "The authorities must release ...": the statement demands it of them (100); "should" appeals."""
    events = _statement(
        coder,
        "The Georgian authorities must immediately release everyone detained for protesting.\n"
        "Parliament should drop the foreign agents bill.\n"
        "The Georgian authorities released three students on Friday.",
        "Amnesty International",
    )
    demand = [e for e in events if e.cameo_root == "10"]
    appeal = [e for e in events if e.cameo_root == "02"]
    assert demand and [a.code for a in demand[0].sources] == ["NGOAMN"], [
        (e.cameo, e.trigger) for e in events
    ]
    assert _countries(demand[0].targets) == {"GEO"}
    assert appeal and _countries(appeal[0].targets) == {"GEO"}
    # an asserted act is no demand
    assert not [e for e in events if e.sentence_index == 2 and e.cameo_root in {"02", "10"}]
    # what is demanded is the demand's content, not a hypothetical release beside it
    assert [e.cameo_root for e in events if e.sentence_index == 0] == ["10"]


def test_an_issuer_speaking_has_no_domestic_target(coder):
    """ "We firmly oppose any interference": no target named; the issuer does not oppose its own country."""
    events = _statement(
        coder, "We firmly oppose any external interference.", "Ministry of Foreign Affairs of China"
    )
    assert all("CHN" not in _countries(e.targets) for e in events), [(e.cameo, e.targets) for e in events]


def test_it_points_back_like_this(coder):
    events = _statement(
        coder,
        "The United States approved the sale of missiles to Taiwan.\n"
        "It gravely undermines China's sovereignty.",
        "Ministry of Foreign Affairs of China",
    )
    judged = [e for e in events if e.sentence_index == 1 and e.cameo_root == "11"]
    assert judged and _countries(judged[0].targets) == {"USA"}, [
        (e.cameo, e.trigger, e.targets) for e in events
    ]


def test_our_own_possessive_is_not_the_target(coder):
    """ "We reaffirm our support for X": X is supported, not "our"."""
    events = _statement(
        coder,
        "We reaffirm our support for the democratic forces of Belarus.",
        "Foreign Ministers of Estonia",
    )
    support = [e for e in events if e.cameo_root == "05"]
    assert support and _countries(support[0].targets) == {"BLR"}, [(e.cameo, e.targets) for e in events]


def test_statement_language_small_cases(coder):
    """Dictionary cases met in statements: "call on the regime to" is an appeal to the regime, not a call for
    regime change; "decides to impose" is the imposition; "it is deeply troubling" disapproves."""
    events = _statement(
        coder,
        "We call on the Belarusian regime to release all political prisoners.\n"
        "The Authority decides to impose sanctions on the military junta in Niger with immediate effect.\n"
        "It is deeply troubling that the Nigerian police have arrested no suspect.",
        "ECOWAS Authority of Heads of State and Government",
    )
    by_sentence = {k: [e for e in events if e.sentence_index == k] for k in range(3)}
    assert not any(e.cameo == "0244" for e in by_sentence[0]), [(e.cameo, e.trigger) for e in events]
    sanctions = [e for e in by_sentence[1] if e.cameo_root == "16"]
    assert sanctions and sanctions[0].modality == "asserted", [(e.cameo, e.modality) for e in events]
    assert any(e.cameo_root == "11" for e in by_sentence[2]), [(e.cameo, e.trigger) for e in events]


def test_diplomats_do_not_take_the_sentence_country(coder):
    """ "Western diplomats said Iran had tested a missile": the diplomats are not Iran's government."""
    events = _events(coder, "Western diplomats said Iran had tested a new missile on Monday.")
    said = [e for e in events if e.cameo_root == "01"]
    assert all("IRN" not in _countries(e.sources) for e in said), [(e.cameo, e.sources) for e in said]
    # other generic agents still do ("Police arrested two students in Caracas" is Venezuelan)
    ev = _event(coder, "Police arrested two students in Caracas on Monday.", "17")
    assert _countries(ev.sources) == {"VEN"}


def test_issuers_expect_x_to_act_asks_x(coder):
    """ "We expect the authorities to act" asks them (020) in the statement's own voice; "analysts expect X to
    act" is a forecast, no appeal."""
    events = _statement(
        coder,
        "We expect the Swedish authorities to take concrete measures against this provocation.\n"
        "Analysts expect Iran to respond within days.",
        "Ministry of Foreign Affairs of the Republic of Türkiye",
    )
    asks = [e for e in events if e.cameo_root == "02"]
    assert [e.sentence_index for e in asks] == [0], [(e.cameo, e.trigger) for e in events]
    assert _countries(asks[0].sources) == {"TUR"} and _countries(asks[0].targets) == {"SWE"}


def test_call_on_a_president_to_act_is_an_appeal_not_a_phone_call(coder):
    events = _statement(
        coder,
        "We call on President Bola Tinubu to protect defenceless communities.",
        "Catholic Bishops' Conference of Nigeria",
    )
    assert [e.cameo_root for e in events if e.cameo_root in {"02", "04"}] == ["02"], [
        (e.cameo, e.trigger) for e in events
    ]
    phoned = _events(coder, "Biden called President Xi on Friday to discuss trade.")
    assert "041" in [e.cameo for e in phoned]


def test_issuers_never_judge_their_own_country(coder):
    """Türkiye's ministry finding something unacceptable does not aim at Türkiye."""
    events = _statement(
        coder,
        "We condemn the vile attack on our Holy Book, carried out today in front of a mosque in Stockholm.\n"
        "It is unacceptable to allow these anti-Islamic actions under the pretext of freedom of expression.",
        "Ministry of Foreign Affairs of the Republic of Türkiye",
    )
    judged = [e for e in events if e.cameo_root == "11"]
    assert judged and all("TUR" not in _countries(e.targets) for e in judged), [
        (e.cameo, e.targets) for e in events
    ]


def test_what_an_appeal_asks_to_avoid_judges_no_one(coder):
    """ "refrain from any action that would escalate tensions": no disapproval; "the introduction of troops
    may complicate relations" still warns (hypothetical)."""
    events = _statement(
        coder,
        "We call on all countries to refrain from any action that would further escalate tensions.",
        "U.S. Department of State",
    )
    assert [e.cameo_root for e in events] == ["02"], [(e.cameo, e.trigger) for e in events]


def test_a_summons_and_a_protest_note_are_complaints_by_the_summoner(coder):
    """ "X was summoned to the Ministry": the Ministry (here the issuer) complains (114) to X's country; the
    French spelling "chargé" is read as "charge"."""
    events = _statement(
        coder,
        "The Ambassador of the Czech Republic was summoned to the Ministry on Monday.\n"
        "The Ministry summoned the Swiss chargé d'affaires on Tuesday.\n"
        "The German ambassador was summoned to the Russian Foreign Ministry.",
        "Ministry of Foreign Affairs of the Russian Federation",
    )
    complaints = {e.sentence_index: e for e in events if e.cameo == "114"}
    assert set(complaints) == {0, 1, 2}, [(e.sentence_index, e.cameo, e.trigger) for e in events]
    assert _countries(complaints[0].sources) == {"RUS"} and _countries(complaints[0].targets) == {"CZE"}
    assert _countries(complaints[1].targets) == {"CHE"}
    assert _countries(complaints[2].sources) == {"RUS"} and _countries(complaints[2].targets) == {"DEU"}


def test_statement_threat_formulas(coder):
    """ "will take resolute measures", "reserves the right to respond", "will not go unanswered" threaten
    (13); "necessary measures" threaten only in the issuers' own voice."""
    events = _statement(
        coder,
        "China will take resolute and forceful measures to safeguard its sovereignty.\n"
        "China will take all necessary measures to safeguard its territorial integrity.\n"
        "China reserves the right to respond.\n"
        "Such provocations will not go unanswered.\n"
        "The health ministry said it took all necessary measures to contain the outbreak.",
        "Ministry of Foreign Affairs of the People's Republic of China",
    )
    threats = {e.sentence_index for e in events if e.cameo_root == "13" and e.modality == "asserted"}
    assert {0, 1, 2} <= threats, [(e.sentence_index, e.cameo, e.modality, e.trigger) for e in events]
    assert 3 in {e.sentence_index for e in events if e.cameo_root == "13"}
    assert not [e for e in events if e.sentence_index == 4 and e.cameo_root in {"13", "17"}]


def test_violations_and_unfree_votes_are_judged_by_the_issuers(coder):
    """In a statement's own voice, "X violates the resolutions" and "the elections were neither free nor fair"
    are the issuers' disapproval (111)."""
    events = _statement(
        coder,
        "North Korea launched two ballistic missiles on Sunday.\n"
        "These launches violate relevant Security Council resolutions.\n"
        "The presidential elections in Belarus were neither free nor fair.",
        "Ministry of Foreign Affairs of Japan",
    )
    judged = {e.sentence_index: e for e in events if e.cameo_root == "11"}
    assert {1, 2} <= set(judged), [(e.sentence_index, e.cameo, e.trigger) for e in events]
    assert _countries(judged[1].sources) == {"JPN"} and _countries(judged[2].targets) == {"BLR"}


def test_the_title_country_is_the_context_of_last_resort(coder):
    """ "Belarus: Declaration by the High Representative ...": "the security forces" of a body that names no
    country are Belarus's; "this violence" in the next sentence points back to them."""
    coded = _titled(
        coder,
        "The presidential elections were neither free nor fair.\n"
        "Since election day, the security forces have used disproportionate force against protesters.\n"
        "The European Union strongly condemns this violence.",
        "High Representative on behalf of the European Union",
        "Belarus: Declaration by the High Representative on behalf of the EU on the presidential elections",
    )
    forces = [a for a in coded.actors if a.text == "security forces"]
    assert forces and forces[0].code == "BLRCOP", [(a.text, a.code) for a in coded.actors]
    condemned = [e for e in coded.events if e.sentence_index == 2 and e.cameo_root == "11"]
    assert condemned and _countries(condemned[0].targets) == {"BLR"}
    untitled = _statement(
        coder, "Since election day, the security forces have used force against protesters.", "European Union"
    )
    assert all(not (e.sources and e.sources[0].code) for e in untitled), [
        (e.cameo, e.sources) for e in untitled
    ]


def test_it_and_this_point_back_to_whom_the_issuers_disapproved_of(coder):
    """ "The US move violates the one-China principle. It undermines ... China opposes this": both point to
    the US; "China will take resolute measures" in China's own statement is no domestic threat: it is aimed at
    the party the statement is about (the US)."""
    events = _statement(
        coder,
        "The US move seriously violates the one-China principle.\n"
        "It gravely undermines China's sovereignty and security interests.\n"
        "China firmly opposes this.\n"
        "China will take resolute and forceful measures.",
        "Ministry of Foreign Affairs of the People's Republic of China",
    )
    for k, root in ((1, "11"), (2, "11"), (3, "13")):
        codes = _target_codes(events, k, root) or []
        assert codes and {c[:3] for c in codes} == {"USA"}, [(e.cameo, e.targets) for e in events]


def test_an_oppositions_own_government_is_not_its_own_side(coder):
    """For an opposition, "the junta" of its country is another party: "this" can point to it."""
    events = _statement(
        coder,
        "The military junta bombed a school in Sagaing Region on Tuesday, killing twenty children.\n"
        "The National Unity Government strongly condemns this.\n"
        "The junta has not allowed the ICRC to reach the area.\n"
        "We condemn this.",
        "National Unity Government of Myanmar",
    )
    for k in (1, 3):
        assert _target_codes(events, k, "11") == ["MMRGOV"], [
            (e.sentence_index, e.cameo, e.targets) for e in events
        ]


def test_must_reaches_every_conjunct_and_a_relative_clause_judges_its_doer(coder):
    """ "must halt ..., quash ... and release ...": one demand, whichever verb a pattern names; "Ortega
    orchestrated an election that was neither free nor fair" judges Ortega; "will continue to use all tools at
    our disposal" threatens."""
    events = _statement(
        coder,
        "The Iranian authorities must immediately halt all executions, quash all death sentences and release "
        "everyone detained solely for protesting.\n"
        "Today, Daniel Ortega orchestrated a pantomime election that was neither free nor fair.\n"
        "The United States will continue to use all tools at our disposal to counter these abuses.",
        "U.S. Department of State",
    )
    first = [(e.cameo_root, e.modality) for e in events if e.sentence_index == 0]
    assert first == [("10", "asserted")], [(e.sentence_index, e.cameo, e.modality) for e in events]
    judged = [e for e in events if e.sentence_index == 1 and e.cameo_root == "11"]
    assert judged and _countries(judged[0].targets) == {"NIC"}
    assert [e for e in events if e.sentence_index == 2 and e.cameo_root == "13" and e.modality == "asserted"]


def test_people_killed_after_a_preposition_are_the_victims(coder):
    """ "resulted in 95 people killed and 200 injured": the parser makes "people" the subject of "killed";
    they are its victims, never its doers. A finite verb the tagger calls VBN is read as written."""
    events = _events(
        coder, "The attack in Kerman, Iran, resulted in at least 95 people killed and 200 injured."
    )
    assert all(not any((a.code or "").endswith("CVL") for a in e.sources) for e in events), [
        (e.cameo, e.sources) for e in events
    ]
    events = _events(
        coder,
        "Stone-throwing youths clashed with paramilitary police in Srinagar on Friday, witnesses said.",
    )
    assert [e for e in events if e.cameo_root == "14" and _countries(e.sources) == {"IND"}]


def test_statement_judgement_formulas(coder):
    """ "has failed in its primary duty", "a blatant attack on the judiciary" disapprove (11); "has been a
    long-standing concern" is the issuers' concern (012); "suspend X from the bodies of" reduces relations
    (16). "failed to reach agreement" stays a rejection: no pattern of "fail" fires there."""
    events = _statement(
        coder,
        "The Federal Government has failed in its primary duty of protecting the lives of Nigerians.\n"
        "The arrest of the chairman is a blatant attack on the judiciary and on the rule of law.\n"
        "The inaction of the Canadian Government on this matter has been a long-standing concern.\n"
        "The Authority decides to suspend Guinea from all the governing bodies of ECOWAS.",
        "ECOWAS Authority of Heads of State and Government",
    )
    roots = {e.sentence_index: e.cameo_root for e in events}
    assert roots == {0: "11", 1: "11", 2: "01", 3: "16"}, [(e.sentence_index, e.cameo) for e in events]
    rejected = _events(coder, "Palestinians and Israelis failed to reach agreement on the offices on Sunday.")
    assert [e.cameo_root for e in rejected] == ["12"], [(e.cameo, e.trigger) for e in rejected]


def test_a_condemned_coup_is_aimed_at_the_army_that_made_it(coder):
    """ "condemns the military coup d'état in Niger" → Niger's military; an attack in Mali with no doer named
    is aimed at no one yet (neither Mali nor its victims did it)."""
    events = _statement(
        coder,
        "The Council strongly condemns the military coup d'état of 26 July 2023 in Niger.\n"
        "The Council condemns the coup in Guinea.\n"
        "The Council condemns the attack in Mali.",
        "Peace and Security Council of the African Union",
    )
    targets = {e.sentence_index: [a.code for a in e.targets] for e in events if e.cameo_root == "11"}
    assert targets == {0: ["NERMIL"], 1: ["GINMIL"], 2: []}, targets


def test_a_sentence_opened_by_it_goes_on_about_whoever_acted_last(coder):
    """ "Nicaragua's government jailed ... It also barred independent media from covering the vote": the
    government bars; "It sends a wrong signal to the separatist forces" sends no troops."""
    events = _statement(
        coder,
        "Nicaragua's government jailed seven presidential candidates.\n"
        "It also barred independent media from covering the vote.\n"
        "It sends a wrong signal to the separatist forces.",
        "U.S. Department of State",
    )
    assert _source_codes(events, 1, "17") == ["NICGOV"], [(e.cameo, e.sources) for e in events]
    assert not [e for e in events if e.sentence_index == 2 and e.cameo_root == "15"]


def test_an_agentless_arrest_takes_the_country_the_document_gave_its_victims(coder):
    """ "Dozens of demonstrators were detained" in a statement about Georgia: Georgia's authorities detained
    them (the actors stage gave the demonstrators Georgia from context); a nationality alone still says
    nothing about who held someone."""
    events = _statement(
        coder,
        "Georgia: the authorities must end the crackdown on peaceful protesters in Tbilisi.\n"
        "Dozens of peaceful demonstrators were detained on Sunday.\n"
        "A French aid worker was arrested last week.",
        "Amnesty International",
    )
    assert _source_codes(events, 1, "17") == ["GEOCOP"], [(e.cameo, e.sources) for e in events]
    assert [a.via for e in events if e.sentence_index == 1 and e.cameo_root == "17" for a in e.sources] == [
        "implied"
    ]
    assert not [e for e in events if e.sentence_index == 2 and e.cameo_root == "17" and e.sources]


def test_an_inverted_should_states_a_condition_not_an_appeal(coder):
    """ "Should the junta refuse to release the detainees, the EU will impose sanctions": a threat, no
    appeal to the junta; "The junta should release ..." stays an appeal."""
    events = _statement(
        coder,
        "Should the Belarusian regime refuse to release the detainees, the European Union will impose "
        "sanctions on its members.\n"
        "The Belarusian regime should release the detainees.",
        "European Union",
    )
    first = {e.cameo_root for e in events if e.sentence_index == 0}
    assert "02" not in first and "13" in first, [(e.cameo, e.trigger) for e in events]
    assert [e.cameo_root for e in events if e.sentence_index == 1] == ["02"]


def test_readiness_to_punish_threatens_and_leaving_the_country_is_an_expulsion(coder):
    """ "stands ready to impose sanctions" threatens (1312), "ready to lift sanctions" offers (0354); "asked
    the envoy to leave the country" sends a diplomat home (161, VC15's convention); "will challenge the ruling
    in the Constitutional Court" goes to court."""
    events = _statement(
        coder,
        "The European Union stands ready to impose additional sanctions on the Belarusian regime.\n"
        "The European Union is ready to lift sanctions on Belarus.\n"
        "The Ministry has asked the Russian envoy to leave the country within 72 hours.\n"
        "The Belarusian opposition will challenge the ruling in the Constitutional Court.",
        "European Union",
    )
    by_sentence = {e.sentence_index: e.cameo for e in events}
    assert by_sentence.get(0) == "1312" and by_sentence.get(1) == "0354", by_sentence
    assert by_sentence.get(2) == "161" and by_sentence.get(3) == "115", by_sentence


def test_judgements_of_charges_and_trials(coder):
    """ "politically motivated", "a travesty of justice", "a sham", "the regime's revenge for": the issuers
    disapprove (111); a retaliation is an act, not a judgement."""
    events = _statement(
        coder,
        "The charges brought by the Belarusian authorities against the opposition leader are politically "
        "motivated.\n"
        "The verdict of the Minsk court is a travesty of justice.\n"
        "The arrests are the Belarusian regime's revenge against its critics.\n"
        "The retaliation against Iran was swift, the minister said.",
        "Ministry of Foreign Affairs of Lithuania",
    )
    judged = {e.sentence_index for e in events if e.cameo == "111"}
    assert judged == {0, 1, 2}, [(e.sentence_index, e.cameo, e.trigger) for e in events]


def test_a_judgement_of_no_one_is_no_event_but_a_warning_stays(coder):
    """An asserted judgement naming no responsible party has no dyad ("acts of terrorism are unjustifiable");
    a warning of what may happen stays ("may complicate relations"), and issuers never act on themselves."""
    events = _statement(
        coder,
        "Any acts of terrorism are criminal and unjustifiable.\n"
        "The deployment of Russian troops to Belarus may complicate relations in the region.\n"
        "The Council reaffirms the commitment of the African Union to the sovereignty of Niger.\n"
        "We call upon our supporters across Pakistan to protest peacefully.\n"
        "The people of Belarus will never stop fighting for freedom.",
        "Peace and Security Council of the African Union",
    )
    by_sentence: dict[int, list[str]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e.cameo)
    assert 0 not in by_sentence and "110" in by_sentence.get(1, []), by_sentence
    assert not [e for e in events if e.sentence_index == 2 and "IGOAU" in [a.code for a in e.targets]]
    assert "082" not in by_sentence.get(3, []), by_sentence
    assert not {c[:2] for c in by_sentence.get(4, [])} & {"08", "12", "19"}, by_sentence


def test_the_issuers_unaimed_threats_and_sanctions_go_to_whom_the_statement_is_about(coder):
    """A statement's threat or sanction with no one named is aimed at the party it has judged or reported
    doing wrong ("The EU will impose further sanctions" after condemning Minsk's crackdown); a reported
    party's own act, or a statement about no one, gets no such target."""
    events = _statement(
        coder,
        "The European Union condemns the violent crackdown by the Belarusian authorities on peaceful "
        "protesters.\n"
        "The European Union will impose further sanctions.\n"
        "The EU also rejects any attempt to silence the media.",
        "European Union",
    )
    # (RV22) "rejects any attempt to silence the media" is 111 now, as the development gold codes another's
    # attempt rejected (s18: "rejects the attempt by President X to dissolve the Congress", 111): still aimed
    # at whom the statement is about, not at the media the attempt is made on
    roots = {"11", "12", "13", "16"}
    aimed = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root in roots}
    assert aimed.get(1) == {"BLR"} and aimed.get(2) == {"BLR"}, [(e.cameo, e.targets) for e in events]
    alone = _statement(coder, "The European Union will impose further sanctions.", "European Union")
    assert not [e for e in alone if e.targets], [(e.cameo, e.targets) for e in alone]


def test_a_condemned_act_of_violence_with_no_doer_judges_no_place_or_victim(coder):
    """ "condemn the terrorist attack in Kerman", "the heinous act of burning the Quran in Stockholm": not
    aimed at Iran or Sweden; "the Russian attack on Kyiv" is aimed at Russia."""
    events = _statement(
        coder,
        "We strongly condemn the heinous act of burning a copy of the Holy Quran in front of a mosque in "
        "Stockholm.\n"
        "We condemn the terrorist attack in Kerman, Iran.\n"
        "We condemn the Russian attack on Kyiv.",
        "Ministry of Foreign Affairs of Türkiye",
    )
    targets = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert targets == {0: set(), 1: set(), 2: {"RUS"}}, targets


def test_a_judgement_naming_no_one_is_aimed_at_whom_the_statement_is_about(coder):
    """ "The elections were neither free nor fair" after condemning Minsk's detentions judges Minsk; "any
    acts of terrorism are unjustifiable" judges no one, even there."""
    events = _statement(
        coder,
        "The European Union condemns the detention of journalists by the Belarusian authorities.\n"
        "The presidential elections were neither free nor fair.\n"
        "Any acts of terrorism are criminal and unjustifiable.",
        "European Union",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert judged.get(1) == {"BLR"} and 2 not in judged, judged


def test_a_statement_foretelling_another_partys_act_announces_no_intent_of_theirs(coder):
    """ "The junta will continue to commit atrocities" in the opposition's statement is a prediction, not the
    junta's threat; "will protect and assist" announces the issuers' own aid (033) on both conjuncts; an
    epithet ("the illegitimate military council") and "demonstrated its behaviour" report nothing."""
    events = _statement(
        coder,
        "Without decisive international action, the Myanmar junta will continue to commit atrocities.\n"
        "The National Unity Government will protect and assist those who flee conscription.\n"
        "The National Unity Government does not recognise any law of the illegitimate military council.\n"
        "Iran's attack on Israel demonstrated once again its destabilizing behavior.",
        "National Unity Government of Myanmar",
    )
    codes_by = {(e.sentence_index, e.cameo) for e in events}
    assert not [c for k, c in codes_by if k == 0 and c[:2] == "13"], codes_by
    assert (1, "033") in codes_by, codes_by
    assert not [c for k, c in codes_by if k == 2 and c[:2] == "11"], codes_by
    assert not [c for k, c in codes_by if k == 3 and c[:2] == "14"], codes_by


def test_statement_reminders_willingness_and_the_zionist_regime(coder):
    """ "We remind the parties that civilians must be protected" appeals to the parties (only in the issuers'
    voice); "reiterate their willingness to support" is a willingness (030), not support; "the Zionist
    regime" of an Iranian statement is Israel's government."""
    events = _statement(
        coder,
        "We remind Russia and Ukraine that civilians must be protected at all times.\n"
        "The report reminds readers in France that history repeats itself.\n"
        "Brazil, Colombia and Mexico reiterate their willingness to support dialogue in Venezuela.\n"
        "Iran holds the Zionist regime responsible for the consequences of this aggression.",
        "International Committee of the Red Cross",
    )
    by_sentence: dict[int, list[tuple[str, set[str]]]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append((e.cameo, _countries(e.targets)))
    assert ("020", {"RUS", "UKR"}) in by_sentence.get(0, []), by_sentence
    assert 1 not in by_sentence and [c for c, _ in by_sentence.get(2, [])] == ["030"], by_sentence
    assert ("112", {"ISR"}) in by_sentence.get(3, []), by_sentence


def test_appalled_by_and_condemn_the_aggression_against_a_countrys_sovereignty(coder):
    """ "We are appalled by and condemn the aggression by Russia against the sovereignty of Ukraine": the
    issuers condemn (the active conjunct of a passive), Russia's aggression is aimed at Ukraine (the owner of
    the sovereignty, the "against" the parser hung on the verb); a dateline "(Berlin) –" is no actor."""
    events = _statement(
        coder,
        "We are appalled by and condemn the military aggression by the Russian Federation against the "
        "territorial integrity, sovereignty and independence of Ukraine.\n"
        "(Berlin) – Kazakh security forces used excessive force against protesters in Almaty, it said.",
        "G7 Leaders",
    )
    found = {(e.sentence_index, e.cameo_root): (_countries(e.sources), _countries(e.targets)) for e in events}
    assert found.get((0, "11"), (set(), set()))[1] == {"RUS"}, found
    assert found.get((0, "19")) == ({"RUS"}, {"UKR"}), found
    assert found.get((1, "17")) == ({"KAZ"}, {"KAZ"}), found


def test_diplomatic_disapproval_measured_against_the_law(coder):
    """ "contrary to international law", "incompatible with the UN Charter", "flies in the face of", "we are
    outraged by", "will only exacerbate the crisis", "bears full responsibility" (an accusation, not a claim
    of responsibility), "null and void": the issuers judge whoever did it; "strikes on Kyiv" are attacks."""
    events = _statement(
        coder,
        "The decision of the Russian government is contrary to international law.\n"
        "Russia's annexation of Crimea is incompatible with the UN Charter.\n"
        "Russia's actions fly in the face of international law.\n"
        "We are outraged by the Russian strikes on Kyiv.\n"
        "Russia's decision will only exacerbate the crisis.\n"
        "The Russian government bears full responsibility for the consequences.\n"
        "The so-called referendums organised by Russia are null and void.",
        "Ministry of Foreign Affairs of Ukraine",
    )
    judged = {(e.sentence_index, e.cameo_root) for e in events if _countries(e.targets) == {"RUS"}}
    assert {(k, "11") for k in range(7)} <= judged, sorted(judged)
    codes_by = {(e.sentence_index, e.cameo) for e in events}
    assert (5, "112") in codes_by and not [c for k, c in codes_by if k == 5 and c.startswith("01")], codes_by
    assert (3, "190") in codes_by and not [c for k, c in codes_by if c.startswith("14")], codes_by


def test_standing_ready_reaches_through_its_complement(coder):
    """ "stands ready to work with the administration and Congress" offers to work with them (030 aimed at
    them), as "is ready to" does."""
    events = _statement(
        coder,
        "The Chamber stands ready to work with the Biden administration and the US Congress.\n"
        "The United Nations stands ready to support all efforts toward a lasting peace in Sudan.",
        "U.S. Chamber of Commerce",
    )
    aimed = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "03"}
    assert aimed == {0: {"USA"}, 1: {"SDN"}}, aimed


def test_what_a_statement_calls_a_partys_act(coder):
    """ "a direct threat to regional security", "a step backwards", "a serious blow to the peace process", "a
    grave mistake", "a dangerous escalation", "an attempt to intimidate", "has no place in", "has no legal
    force": the issuers disapprove of whoever did it."""
    events = _statement(
        coder,
        "North Korea's missile launch is a direct threat to regional security.\n"
        "The Chinese decision is a step backwards for the region.\n"
        "The Russian move is a serious blow to the peace process.\n"
        "Beijing's decision is a grave mistake.\n"
        "The Russian deployment is a dangerous escalation.\n"
        "North Korea's launches are a clear attempt to intimidate its neighbours.\n"
        "Russia's so-called referendums have no place in the modern world.\n"
        "The Russian decision has no legal force.",
        "Ministry of Foreign Affairs of Japan",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert judged == {
        0: {"PRK"},
        1: {"CHN"},
        2: {"RUS"},
        3: {"CHN"},
        4: {"RUS"},
        5: {"PRK"},
        6: {"RUS"},
        7: {"RUS"},
    }, judged


def test_mandative_appeals_and_foretold_punishment(coder):
    """ "It is imperative that Iran release the journalists" and "We count on Russia to honour its
    commitments" ask Iran and Russia (02, nothing asserted done); "will face consequences" and "will pay a
    heavy price" are the issuers' threats (13)."""
    events = _statement(
        coder,
        "It is imperative that Iran release the detained journalists.\n"
        "We count on Russia to honour its commitments.\n"
        "Those responsible for the attack on Canadian citizens will face consequences.\n"
        "Iran will pay a heavy price for its actions.",
        "Government of Canada",
    )
    roots = {(e.sentence_index, e.cameo_root) for e in events}
    assert {(0, "02"), (1, "02"), (2, "13"), (3, "13")} <= roots, sorted(roots)
    assert not {(0, "08"), (1, "05")} & roots, sorted(roots)
    asked = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "02"}
    assert asked == {0: {"IRN"}, 1: {"RUS"}}, asked


def test_there_must_be_asks_for_what_it_names(coder):
    """In a statement's own voice "There must be an end to X" demands it (10) and "There should / shall be Y"
    appeals for it (02), aimed at the party the phrase names or, naming none, whom the statement is about;
    "There will be consequences" threatens (13); reported or plain "there is" asks nothing."""
    events = _statement(
        coder,
        "Russian forces shelled the port of Mykolaiv overnight, killing four civilians.\n"
        "There must be an immediate end to Russia's aggression against Ukraine.\n"
        "There should be an independent international investigation into this attack.\n"
        "First, there shall be an immediate cessation of hostilities in Sudan.\n"
        "There will be consequences for those who ordered it.\n"
        "The mayor said there must be more shelters in the city.\n"
        "There is no alternative to dialogue.",
        "Ministry of Foreign Affairs of Lithuania",
    )
    asked = {(e.sentence_index, e.cameo_root): _countries(e.targets) for e in events if e.sentence_index}
    assert asked.get((1, "10")) == {"RUS"}, asked
    assert asked.get((2, "02")) == {"RUS"}, asked
    assert asked.get((3, "02")) == {"SDN"}, asked
    assert (4, "13") in asked, asked
    assert not [k for k in asked if k[0] in {5, 6} and k[1] in {"02", "10", "13"}], asked
    assert all(
        e.sources and e.sources[0].code == "LTUGOV"
        for e in events
        if e.sentence_index in {1, 2, 3, 4} and e.cameo_root in {"02", "10", "13"}
    )


def test_a_noun_the_parser_made_a_conjunct_of_the_first_verb_is_the_next_verbs_subject(coder):
    """ "X is unacceptable, and the Swedish authorities, by turning a blind eye, have become complicit": the
    small parser hangs "authorities" on "is" as a conjunct; it is the subject of "become"."""
    events = _statement(
        coder,
        "Burning the Quran is unacceptable, and the Swedish authorities, by turning a blind eye to such "
        "acts, have become complicit in them.\n"
        "The attack was a crime, and the Russian command, by ordering it, has shown contempt for the law.",
        "Ministry of Foreign Affairs of Türkiye",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert judged.get(0) == {"SWE"} and judged.get(1) == {"RUS"}, judged


def test_provocations_bare_violations_and_complicity(coder):
    """What a statement calls the act it reported: "This is a provocation", "a blatant violation" with no
    "of", and complicity, an accusation (112) of whoever is complicit."""
    events = _statement(
        coder,
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat near the Second Thomas "
        "Shoal.\n"
        "This is a dangerous provocation.\n"
        "This is a blatant violation.\n"
        "The Swedish authorities have become complicit in these hate crimes.",
        "Department of Foreign Affairs of the Philippines",
    )
    judged = {e.sentence_index: (e.cameo, _countries(e.targets)) for e in events if e.cameo_root == "11"}
    assert judged.get(1, ("", set()))[1] == {"CHN"} and judged.get(2, ("", set()))[1] == {"CHN"}, judged
    assert judged.get(3) == ("112", {"SWE"}), judged


def test_announced_unspecified_measures_are_only_the_threat(coder):
    """ "China will take all necessary measures" announces no act but a threat (130); no future 170 beside it.
    Measures taken now stay what they are."""
    events = _statement(
        coder,
        "The US approved the sale of missiles to Taiwan.\n"
        "China will take resolute and forceful measures to safeguard its sovereignty.\n"
        "China has taken resolute countermeasures against the companies involved.",
        "Ministry of Foreign Affairs of China",
    )
    roots = [(e.sentence_index, e.cameo_root) for e in events if e.sentence_index]
    assert (1, "13") in roots and (1, "17") not in roots, roots
    assert (2, "17") in roots, roots


def test_reserving_the_right_threatens_whatever_the_parser_makes_of_reserves(coder):
    """ "X reserves the right to respond" is the issuers' threat (13) aimed at whom the statement is about,
    also where the small parser reads "reserves" as a plural noun."""
    events = _statement(
        coder,
        "Russian forces shelled Kharkiv overnight, killing six civilians.\n"
        "The Government of Ukraine reserves its right to take all necessary measures.\n"
        "Ukraine strongly condemns the shelling and reserves the right to take countermeasures.\n"
        "The Republic of Ukraine reserves the right to respond to this provocation.",
        "Ministry of Foreign Affairs of Ukraine",
    )
    threats = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "13"}
    assert threats == {1: {"RUS"}, 2: {"RUS"}, 3: {"RUS"}}, threats


def test_a_kind_of_act_named_in_a_principle_judges_no_one(coder):
    """ "recalls its decisions on unconstitutional changes of government": a bare plural kind of act in a
    prepositional phrase states a principle, judging no one; "the illegal detention of X by the military"
    judges the military."""
    events = _statement(
        coder,
        "The Council recalls its relevant decisions on unconstitutional changes of government in Africa.\n"
        "The Council reaffirms its zero tolerance for illegal seizures of power in Niger.\n"
        "The Council condemns the illegal detention of President Bazoum by the Nigerien military.",
        "Peace and Security Council of the African Union",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert 0 not in judged and 1 not in judged and judged.get(2) == {"NER"}, judged


def test_coordinated_praise_shares_its_party(coder):
    """ "commends ECOWAS for its swift response and supports its efforts": one endorsement of ECOWAS, not a
    second one aimed at no one."""
    events = _statement(
        coder,
        "The Council commends ECOWAS for its swift response and supports its efforts towards a peaceful "
        "resolution of the crisis.",
        "Peace and Security Council of the African Union",
    )
    praise = [(e.cameo, sorted(a.code or "" for a in e.targets)) for e in events if e.cameo_root == "05"]
    assert praise and all(t == ["IGOECOWAS"] for _, t in praise), praise


def test_these_steps_after_a_sentence_with_no_event_point_to_its_subject(coder):
    """ "Iran has also continued its enrichment of uranium ... These steps undermine the credibility of the
    agreement": with no event coded in the sentence before, "these steps" are its subject's."""
    events = _statement(
        coder,
        "The Agency's latest report was published on Monday.\n"
        "Iran has also continued its enrichment of uranium to 60 percent, far beyond any civilian need.\n"
        "These steps further undermine the credibility of the agreement.",
        "Government of France",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert judged.get(2) == {"IRN"}, judged


def test_what_the_judging_noun_says_is_whose_act(coder):
    """ "This is a serious provocation by Pyongyang", "a Russian provocation": the noun's own agent is judged,
    not whoever the sentence before was about."""
    events = _statement(
        coder,
        "The Malian authorities expelled the French ambassador on Monday.\n"
        "This is a serious provocation by Pyongyang.\n"
        "It is a Russian provocation.",
        "Ministry of Foreign Affairs of Japan",
    )
    judged = {e.sentence_index: _countries(e.targets) for e in events if e.cameo_root == "11"}
    assert judged.get(1) == {"PRK"} and judged.get(2) == {"RUS"}, judged


def test_an_agentless_arrest_in_a_document_about_one_country_is_that_states(coder):
    """ "Several organisers were arrested on Tuesday" with no place, in a statement that names Cambodia and no
    other country: only a state arrests, and the document leaves one state (KHMCOP, via implied). A document
    naming two countries leaves it unknown; a named agent keeps its role."""
    one = _statement(
        coder,
        "Cambodia: the ruling party has silenced its critics ahead of the vote.\n"
        "Several opposition organisers were arrested on Tuesday without a warrant.",
        "Human Rights Watch",
    )
    assert _source_codes(one, 1, "17") == ["KHMCOP"], [(e.cameo, e.sources) for e in one]
    assert [a.via for e in one if e.sentence_index == 1 and e.cameo_root == "17" for a in e.sources] == [
        "implied"
    ]
    two = _statement(
        coder,
        "Cambodia and Vietnam have silenced their critics ahead of the votes.\n"
        "Several opposition organisers were arrested on Tuesday without a warrant.",
        "Human Rights Watch",
    )
    assert _first_event(two, 1, "17") is None, [(e.cameo, e.sources) for e in two]
    named = _statement(
        coder,
        "Cambodia: the ruling party has silenced its critics ahead of the vote.\n"
        "Several opposition organisers were detained on Tuesday by unidentified gunmen.",
        "Human Rights Watch",
    )
    assert all(a.via != "implied" for e in named if e.sentence_index == 1 for a in e.sources)


def test_a_foreign_ministry_does_not_imply_its_own_police(coder):
    """A foreign ministry, embassy or mission speaks of other countries: "Dozens of protesters were arrested"
    with no place, in its statement that names only its own country, was done by no state we can tell (the
    arrest is not NORCOP). A justice ministry's statement about home keeps its own police."""
    text = (
        "Norway is deeply concerned about the crackdown on peaceful demonstrations.\n"
        "Dozens of protesters were arrested on Saturday."
    )
    for issuer in ("Norwegian Ministry of Foreign Affairs", "Embassy of Norway"):
        events = _statement(coder, text, issuer)
        assert _first_event(events, 1, "17") is None, (issuer, [(e.cameo, e.sources) for e in events])
    home = _statement(coder, text, "Norwegian Ministry of Justice and Public Security")
    assert _source_codes(home, 1, "17") == ["NORCOP"], [(e.cameo, e.sources) for e in home]


def test_judgements_before_the_statement_names_anyone_go_to_whom_it_is_about(coder):
    """A statement that opens "The elections held on Sunday were neither free nor fair" and only later
    condemns the Azerbaijani government's arrests judges that government from its first line: the issuers'
    judgement made before any party is named waits for whom the whole statement is about. A statement about
    no one still judges no one."""
    events = _statement(
        coder,
        "The parliamentary elections held on Sunday were neither free nor fair.\n"
        "It is unacceptable to silence independent observers.\n"
        "We condemn the arrests of independent observers by the Azerbaijani government.",
        "European Union",
    )
    assert _target_codes(events, 0, "11") == ["AZEGOV"], [
        (e.sentence_index, e.cameo, e.targets) for e in events
    ]
    assert _target_codes(events, 1, "11") == ["AZEGOV"], [
        (e.sentence_index, e.cameo, e.targets) for e in events
    ]
    assert [e.sentence_index for e in events] == sorted(e.sentence_index for e in events)
    alone = _statement(
        coder,
        "The parliamentary elections held on Sunday were neither free nor fair.\n"
        "It is unacceptable to silence independent observers.",
        "European Union",
    )
    assert not [e for e in alone if e.cameo_root == "11"], [(e.cameo, e.targets) for e in alone]


def test_an_appeal_with_no_addressee_asks_the_doer_named_in_what_it_asks_for(coder):
    """ "We demand accountability for the crimes committed by the Myanmar military": the issuers' demand or
    appeal with no addressee is aimed at the doer of what it asks about, when the asked-for phrase names one
    (agent, possessor, "by"); not at the party an asked-for act is aimed at ("further sanctions against the
    Lukashenko regime" asks no one named), nor at the issuers themselves."""
    events = _statement(
        coder,
        "We demand accountability for the crimes committed by the Myanmar military.\n"
        "We call for a full investigation into the attack on the convoy by Russian forces.\n"
        "We call for further sanctions against the Lukashenko regime.",
        "European Union",
    )
    assert _countries(_first_event(events, 0, "10").targets) == {"MMR"}, [
        (e.cameo, e.targets) for e in events
    ]
    assert _countries(_first_event(events, 1, "02").targets) == {"RUS"}, [
        (e.cameo, e.targets) for e in events
    ]
    assert "BLR" not in _countries(_first_event(events, 2, "02").targets)


def test_the_issuers_own_country_given_to_an_unnamed_mention_is_no_target(coder):
    """ "It is unacceptable to tolerate such anti-Islamic acts" in Türkiye's statement: the mention names no
    country and took Türkiye's; that is no target, so the judgement goes to whom the statement is about
    (Norway). The issuers never judge their own country."""
    events = _statement(
        coder,
        "We condemn the burning of a copy of the Quran outside a mosque in Oslo on Friday.\n"
        "It is unacceptable to tolerate such anti-Islamic acts in the name of free speech.\n"
        "The Norwegian authorities must stop these provocations.",
        "Ministry of Foreign Affairs of the Republic of Türkiye",
    )
    assert _target_codes(events, 1, "11") == ["NORGOV"], [
        (e.sentence_index, e.cameo, e.targets) for e in events
    ]
    assert not [a for e in events for a in e.targets if (a.code or "").startswith("TUR")]


def test_an_act_done_in_custody_is_done_by_the_holders(coder):
    """ "several reported being beaten in custody", "were tortured in detention": only the state holds people
    in custody, so with no agent the police of the place or of the document's one country did it; an agent
    named, even where the parser hangs it on the noun ("in detention by other inmates"), keeps its role."""
    events = _statement(
        coder,
        "Kyrgyzstan: the authorities must stop harassing independent journalists.\n"
        "Eleven reporters were detained, and several reported being beaten in custody.\n"
        "Two of them were tortured in detention.\n"
        "One was tortured in detention by other inmates.",
        "Human Rights Watch",
    )
    assert _countries(_first_event(events, 1, "18").sources) == {"KGZ"}, [
        (e.cameo, e.sources) for e in events
    ]
    assert _countries(_first_event(events, 2, "18").sources) == {"KGZ"}, [
        (e.cameo, e.sources) for e in events
    ]
    assert not [a for e in events if e.sentence_index == 3 for a in e.sources if a.via == "implied"]


def _issued(coder, text, *issuers, date="2023-05-01"):
    """The events of a statement by the named issuers."""
    return coder.code_document(statement(text, *issuers, date=date)).events


def _show(events):
    return [
        (e.sentence_index, e.cameo, [a.code for a in e.sources], [a.code for a in e.targets]) for e in events
    ]


def test_the_issuer_named_by_its_kind_its_head_or_its_acronym(coder):
    """A statement names its own issuer by the kind of body it is ("The Bloc", "The Mission", "the
    organisation"), by its head ("The Minister" in a ministry's statement, "The Chairperson" in a
    commission's) or by its acronym ("PTI" for Pakistan Tehreek-e-Insaf): each is the issuer."""
    for text, issuer, root, code in [
        ("The Bloc calls on Russia to withdraw its troops from Ukraine.", "European Union", "02", "IGOEU"),
        (
            "The Mission calls on the Ethiopian government to release the detained journalists.",
            "EU Delegation to Ethiopia",
            "02",
            "IGOEU",
        ),
        (
            "The Minister strongly condemned the detention of the opposition leader by the Belarusian junta.",
            "Ministry of Foreign Affairs of Lithuania",
            "11",
            "LTUGOV",
        ),
        (
            "The Chairperson warmly welcomes the peace agreement signed by Ethiopia and Eritrea.",
            "African Union Commission",
            "05",
            "IGOAU",
        ),
        (
            "PTI strongly condemns the arrest of its workers by the police in Lahore.",
            "Pakistan Tehreek-e-Insaf",
            "11",
            "PAKPTY",
        ),
        (
            "The organisation urges the Iranian authorities to halt all executions.",
            "Amnesty International",
            "02",
            "NGOAMN",
        ),
        (
            "The Federal Government condemns the arrest of the opposition politician by Turkish police.",
            "Federal Foreign Office of Germany",
            "11",
            "DEUGOV",
        ),
        (
            "The Secretary strongly condemned the detention of the journalist by Russian authorities.",
            "United States Department of State",
            "11",
            "USAGOV",
        ),
        (
            "The Kingdom strongly condemns the shelling of Rafah by Israeli forces.",
            "Ministry of Foreign Affairs of Saudi Arabia",
            "11",
            "SAUGOV",
        ),
    ]:
        events = _issued(coder, text, issuer)
        assert _source_codes(events, 0, root) == [code], (text, _show(events))


def test_the_undersigned_are_the_issuers_of_a_joint_statement(coder):
    """ "The undersigned organisations call on ...", "the signatories": the joint statement's issuers."""
    events = _issued(
        coder,
        "The undersigned organisations call on the Egyptian authorities to release all detained journalists.",
        "Human Rights Watch",
        "Amnesty International",
    )
    assert _source_codes(events, 0, "02") == ["NGOHRW", "NGOAMN"], _show(events)


def test_a_kind_word_or_title_that_names_another_body_is_not_the_issuer(coder):
    """ "The Minister" after the statement has named another country's minister is that minister, not the
    issuer; "the Council of Europe" in an EU statement is a longer name of another body."""
    events = _issued(
        coder,
        "Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday.\n"
        "The Minister threatened to strike government buildings in Kyiv.",
        "Ministry of Foreign Affairs of Ukraine",
    )
    assert not [e for e in events if e.sentence_index == 1 and "UKR" in _countries(e.sources)], _show(events)
    # "the organisation" after another organisation was named is that one
    coded = coder.code_document(
        statement(
            "A Moscow court ordered the liquidation of Memorial on Tuesday.\n"
            "For decades the organisation had documented political repression.",
            "Amnesty International",
            date="2023-05-01",
        )
    )
    assert not [a for a in coded.actors if a.via == "self-reference"], [(a.text, a.via) for a in coded.actors]
    # a church's statement has no "Government" of its own
    coded = coder.code_document(
        statement(
            "The Government has failed to protect the lives of Nigerians.",
            "Catholic Bishops' Conference of Nigeria",
            date="2023-05-01",
        )
    )
    assert not [a for a in coded.actors if a.via == "self-reference"], [(a.text, a.via) for a in coded.actors]


def test_i_is_the_issuer_in_its_own_voice_and_the_speaker_inside_a_quote(coder):
    """ "I condemn ..." in a one-person statement is the issuer; inside a quote it is whoever the quote is
    attributed to: the issuer's minister, or a detainee who is no actor of the statement."""
    events = _issued(coder, "I condemn the attack on the hospital by Russian forces.", "Josep Borrell")
    judged = _first_event(events, 0, "11")
    assert judged and _countries(judged.targets) == {"RUS"} and judged.sources[0].code, _show(events)
    events = _issued(
        coder,
        '"I strongly condemn this attack by Russia," the Minister said.',
        "Ministry of Foreign Affairs of Ukraine",
    )
    assert _countries(_first_event(events, 0, "11").sources) == {"UKR"}, _show(events)
    events = _issued(
        coder,
        '"They beat me every night," one former detainee told Human Rights Watch.',
        "Human Rights Watch",
    )
    assert not [e for e in events for a in e.targets if a.code == "NGOHRW"], _show(events)
    # "we" too: the issuers' only when the quote is theirs
    events = _issued(
        coder,
        '"We were beaten with sticks and they threatened to kill us," a protester told Human Rights Watch.\n'
        '"We will never accept the occupation of our land," the Minister said.',
        "Human Rights Watch",
    )
    assert not [e for e in events if e.cameo_root != "01" and "NGOHRW" in {a.code for a in e.targets}], _show(
        events
    )
    events = _issued(
        coder,
        '"We will never accept the occupation of our land," the Minister said.',
        "Ministry of Foreign Affairs of Ukraine",
    )
    assert _countries(_first_event(events, 0, "12").sources) == {"UKR"}, _show(events)


def test_he_and_she_point_back_to_the_person_named_before(coder):
    """ "She urged China ..." after "Foreign Minister Kamikawa held talks with Wang Yi" is Kamikawa (the
    subject before), not the counterpart; "He threatened ..." after Putin spoke is Putin, not the issuer."""
    events = _issued(
        coder,
        "Foreign Minister Kamikawa held talks with Wang Yi in Beijing on Monday.\n"
        "She urged China to release a detained Japanese national.",
        "Ministry of Foreign Affairs of Japan",
    )
    assert _countries(_first_event(events, 1, "02").sources) == {"JPN"}, _show(events)
    events = _issued(
        coder,
        "Russian President Vladimir Putin spoke on state television on Tuesday.\n"
        "He threatened to strike government buildings in Kyiv.",
        "Office of the President of Ukraine",
    )
    assert not [e for e in events if e.sentence_index == 1 and "UKR" in _countries(e.sources)], _show(events)
    # also as the first subject after an opening phrase
    events = _issued(
        coder,
        "Foreign Minister Kamikawa held talks with Wang Yi in Beijing on Monday.\n"
        "During the meeting, she urged China to release a detained Japanese national.",
        "Ministry of Foreign Affairs of Japan",
    )
    assert _countries(_first_event(events, 1, "02").sources) == {"JPN"}, _show(events)


def test_they_after_the_issuers_own_representatives_are_the_cosigners(coder):
    """ "The foreign ministers of the three Baltic states met ... They condemned ...": in a joint statement,
    "They" after a sentence about the issuers' own representatives is the co-signers."""
    events = _issued(
        coder,
        "The foreign ministers of the three Baltic states met in Riga on Friday.\n"
        "They condemned Belarus's use of migrants as a weapon.",
        "Government of Estonia",
        "Government of Latvia",
        "Government of Lithuania",
    )
    judged = _first_event(events, 1, "11")
    assert judged and _countries(judged.sources) == {"EST", "LVA", "LTU"}, _show(events)
    assert _countries(judged.targets) == {"BLR"}, _show(events)


def test_all_parties_are_the_parties_the_statement_named(coder):
    """ "calls on both sides", "urges all parties", "the two countries": the parties of the conflict or
    talks the statement named before, not the issuers' (or the sentence's) country with sector PTY."""
    for text, parties in [
        (
            "Heavy fighting broke out between Armenia and Azerbaijan along their border on Tuesday.\n"
            "Norway calls on both sides to exercise restraint.",
            {"ARM", "AZE"},
        ),
        (
            "We are alarmed by the clashes between Sudanese army troops and the Rapid Support Forces.\n"
            "We urge all parties to agree to a ceasefire.",
            {"SDN"},
        ),
        (
            "India and Pakistan exchanged artillery fire across the Line of Control.\n"
            "We call on the two countries to resume dialogue.",
            {"IND", "PAK"},
        ),
    ]:
        events = _issued(coder, text, "Government of Norway")
        appeal = _first_event(events, 1, "02")
        assert appeal and _countries(appeal.targets) == parties, (text, _show(events))
        # the parties are mentioned here, by "both sides": their span and sentence are this sentence's
        assert all(t.sentence_index == 1 and t.start > text.index("\n") for t in appeal.targets), appeal
    events = _issued(
        coder,
        "Heavy fighting broke out between Armenia and Azerbaijan along their border on Tuesday.\n"
        "The Azerbaijani government banned two opposition parties on Wednesday.",
        "Government of Norway",
    )
    assert not [e for e in events if e.sentence_index == 1 and "ARM" in _countries(e.targets)], _show(events)


def test_uncoded_agents_in_a_document_about_one_country_belong_to_it(coder):
    """ "armed men", "the security forces" in a sentence that names no country, far from the last one that
    did, in a statement that names one country and no other (outside its issuers): they are that country's.
    With two countries named, or only the issuers' own, nothing is guessed."""
    story = (
        "The Office has documented dozens of killings since January.\n"
        "Many of the victims were farmers.\n"
        "The Office has repeatedly raised these cases.\n"
        "On Sunday, armed men in military uniforms shot dead a journalist.\n"
        "Witnesses said the security forces detained the survivors."
    )
    ohchr = "Office of the United Nations High Commissioner for Human Rights"
    events = _issued(coder, "We are alarmed by the situation in Burkina Faso.\n" + story, ohchr)
    assert _countries(_first_event(events, 4, "18").sources) == {"BFA"}, _show(events)
    assert _countries(_first_event(events, 5, "17").sources) == {"BFA"}, _show(events)
    for text, issuer in [
        ("We are alarmed by the situation in Mali and Burkina Faso.\n" + story, ohchr),
        ("Canada is alarmed by the situation.\n" + story, "Government of Canada"),
    ]:
        events = _issued(coder, text, issuer)
        guessed = [a for e in events for a in e.sources if a.via == "document-country"]
        assert not guessed, (text, _show(events))
