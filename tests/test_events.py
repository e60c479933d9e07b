"""Event coder: patterns, roles, negation, modality, reported speech, ids, bad input, the seed example.

Most tests give the coder hand-made actor mentions (found by string search) so that they test the event stage
with the real spaCy parse whatever the state of the actor dictionaries; the seed tests run the whole pipeline.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from communique.events import code_events, load_patterns
from communique.events.cameo import cameo_table, plover_of
from communique.export.plover import plover_records
from communique.model import Actor, CodedDocument, DictionaryError, Document

ACTORS = {
    "Russia": ("RUS", []),
    "Ukraine": ("UKR", []),
    "France": ("FRA", []),
    "Germany": ("DEU", []),
    "Iran": ("IRN", []),
    "European Union": ("IGOEU", []),
    "Belarusian troops": ("BLRMIL", ["MIL"]),
    "CSTO troops": ("IGOCSTOMIL", ["MIL"]),
    "Kazakhstan": ("KAZ", []),
    "Putin": ("RUSGOV", ["GOV"]),
    "Israel": ("ISR", []),
    "Syria": ("SYR", []),
    "the rebels": ("SYRREB", ["REB"]),
    "police": ("SYRCOP", ["COP"]),
}


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def code(coder, patterns, text: str, issuers: list[Actor] | None = None):
    """Parse the text with the real pipeline and code it with hand-made actor mentions."""
    document = Document(id="doc-test", text=text, issuers=list(issuers or []))
    sdoc = coder.nlp(text)
    from communique.nlp.pipeline import sentences_of

    document.sentences = sentences_of(sdoc)
    actors = []
    for name, (code_, sectors) in ACTORS.items():
        for m in re.finditer(re.escape(name), text):
            if any(a.start is not None and a.start <= m.start() < a.end for a in actors):
                continue
            country = code_[:3]
            actors.append(
                Actor(
                    name=name,
                    code=code_,
                    country=country,
                    sectors=sectors,
                    text=name,
                    start=m.start(),
                    end=m.end(),
                )
            )
    for m in re.finditer(r"\b[Ww]e\b", text):
        for issuer in issuers or []:
            actors.append(
                Actor(
                    name=issuer.name,
                    code=issuer.code,
                    country=issuer.country,
                    sectors=issuer.sectors,
                    text=m.group(),
                    start=m.start(),
                    end=m.end(),
                    via="pronoun",
                )
            )
    actors.sort(key=lambda a: a.start or 0)
    return code_events(document, sdoc, actors, patterns)


def only(events, root=None):
    chosen = [e for e in events if root is None or e.cameo_root == root]
    assert len(chosen) == 1, [(e.cameo, e.trigger) for e in events]
    return chosen[0]


def codes(actors):
    return sorted(a.code for a in actors)


# --- dictionary -------------------------------------------------------------------------------------------


def test_every_cameo_root_has_patterns(patterns):
    roots = {p.code[:2] for p in patterns.patterns if p.code} | {
        p.negated_code[:2] for p in patterns.patterns if p.negated_code
    }
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    subcodes = {p.code for p in patterns.patterns if p.code and len(p.code) >= 3}
    assert len(subcodes) > 150


def test_cameo_table_maps_to_plover():
    table = cameo_table()
    assert table["163"].plover == "SANCTION"
    assert plover_of("190")[0] == "ASSAULT"
    assert plover_of("010") == (None, "statement", [])
    assert plover_of("0256")[:2] == ("REQUEST", "appeal")
    assert all(
        c.plover
        in {
            None,
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "COOPERATE",
            "AID",
            "CONCEDE",
            "RETREAT",
            "ACCUSE",
            "REQUEST",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "MOBILIZE",
            "SANCTION",
            "COERCE",
            "ASSAULT",
        }
        for c in table.values()
    )


def test_malformed_pattern_file_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("patterns:\n  - code: '111'\n    verbs: [condemn]\n  - code: '999'\n    verbs: [frob]\n")
    with pytest.raises(DictionaryError) as info:
        load_patterns([bad])
    assert f"{bad}:4" in str(info.value) and "999" in str(info.value)
    broken = tmp_path / "broken.yaml"
    broken.write_text("patterns:\n  - code: '111'\n    verbs: [condemn\n")
    with pytest.raises(DictionaryError) as info:
        load_patterns([broken])
    assert str(broken) in str(info.value) and "invalid YAML" in str(info.value)
    odd = tmp_path / "odd.yaml"
    odd.write_text("patterns:\n  - code: '111'\n    verbz: [condemn]\n")
    with pytest.raises(DictionaryError, match=r"odd.yaml:2: unknown key"):
        load_patterns([odd])


def test_user_pattern_file_adds_a_verb(coder, tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("patterns:\n  - code: '111'\n    verbs: ['excoriate']\n")
    pats = load_patterns([extra])
    ev = only(code(coder, pats, "Russia excoriated Ukraine on Monday."))
    assert ev.cameo == "111" and ev.pattern == "111:excoriate"
    assert not code(coder, load_patterns(), "Russia excoriated Ukraine on Monday.")


def test_a_lemma_pattern_that_does_not_fit_leaves_the_word_to_its_other_forms(coder, tmp_path: Path):
    """A user's "outrage against" (keyed on the lemma "outrage") must not hide the bundled adjective
    "outraged" when its own word is missing: "Ukraine is outraged by the strikes" is still a 111."""
    extra = tmp_path / "mine.yaml"
    extra.write_text("patterns:\n  - code: '111'\n    evaluative: ['outrage against']\n")
    text = "Ukraine is outraged by the Russian strikes on Kyiv."
    assert "111" in [e.cameo for e in code(coder, load_patterns(), text)]
    assert "111" in [e.cameo for e in code(coder, load_patterns([extra]), text)]


# --- roles -----------------------------------------------------------------------------------------------


def test_subject_object_and_passive_agent(coder, patterns):
    ev = only(code(coder, patterns, "Russia condemned Ukraine on Tuesday."))
    assert (ev.cameo, codes(ev.sources), codes(ev.targets)) == ("111", ["RUS"], ["UKR"])
    assert ev.modality == "asserted" and not ev.negated and ev.reported_by is None
    ev = only(code(coder, patterns, "Ukraine was attacked by Russia."))
    assert (ev.cameo_root, codes(ev.sources), codes(ev.targets)) == ("19", ["RUS"], ["UKR"])


def test_verb_object_phrase_and_prepositional_target(coder, patterns):
    ev = only(code(coder, patterns, "The European Union imposed new sanctions on Iran."))
    assert ev.cameo == "163" and ev.plover == "SANCTION"
    assert codes(ev.sources) == ["IGOEU"] and codes(ev.targets) == ["IRN"]
    assert "imposed" in ev.trigger and "sanctions" in ev.trigger


def test_call_on_is_an_appeal_with_target(coder, patterns):
    ev = only(code(coder, patterns, "France called on Russia to release the detained journalists."))
    assert ev.cameo == "0253" and ev.plover == "REQUEST" and ev.plover_mode == "appeal"
    assert codes(ev.sources) == ["FRA"] and codes(ev.targets) == ["RUS"]


def test_compound_reciprocal_sources(coder, patterns):
    ev = only(code(coder, patterns, "France and Germany agreed to hold talks."), "03")
    # two who agree together with no one else named agree with each other (coder.JOINT_ACT_ROOTS, session 20)
    assert codes(ev.sources) == ["DEU", "FRA"] and codes(ev.targets) == ["DEU", "FRA"]


def test_nominal_trigger_with_possessor(coder, patterns):
    events = code(
        coder,
        patterns,
        "We condemn Russia's invasion of Ukraine.",
        [Actor("Ukrainian government", "UKRGOV", "UKR", ["GOV"])],
    )
    roots = {e.cameo_root: e for e in events}
    assert codes(roots["11"].targets) == ["RUS"]
    assert codes(roots["19"].sources) == ["RUS"] and codes(roots["19"].targets) == ["UKR"]


def test_no_codable_actor_or_no_trigger_no_event(coder, patterns):
    assert code(coder, patterns, "Someone condemned something yesterday.") == []
    assert (
        code(coder, patterns, "Street protests are one of the few available means of expressing civic will.")
        == []
    )
    assert code(coder, patterns, "Russia and Ukraine are large countries with long histories.") == []


# --- negation, modality, reported speech -----------------------------------------------------------------


def test_negation_kept_or_absorbed(coder, patterns):
    ev = only(code(coder, patterns, "Russia did not attack Ukraine."))
    assert ev.cameo_root == "19" and ev.negated is True
    ev = only(code(coder, patterns, "Iran does not accept the proposal of France."))
    assert ev.cameo_root == "12" and ev.negated is False and ev.pattern.startswith(("030:", "037:"))
    ev = only(code(coder, patterns, "Russia refused to withdraw its troops from Ukraine."), "12")
    assert ev.negated is False


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia may attack Ukraine.", "hypothetical"),
        ("Russia could attack Ukraine.", "hypothetical"),
        ("Russia will attack Ukraine.", "future"),
        ("Russia plans to attack Ukraine.", "future"),
        ("If talks fail, Russia will attack Ukraine.", "conditional"),
        ("Did Russia attack Ukraine?", "question"),
        # (session 27: a past perfect in the main clause is background and no event; reported, it stays)
        ("Kyiv said that Russia had attacked Ukraine before the talks.", "historical"),
        ("Russia attacked Ukraine.", "asserted"),
    ],
)
def test_modality(coder, patterns, text, modality):
    ev = only(code(coder, patterns, text), "19")
    assert ev.modality == modality


def test_background_past_perfect_is_no_event(coder, patterns):
    """An act recalled in the past perfect as background is not coded (session 27)."""
    assert not [
        e
        for e in code(coder, patterns, "Russia had attacked Ukraine before the talks.")
        if e.cameo_root == "19"
    ]


def test_reported_speech_statement_plus_embedded_future(coder, patterns):
    events = code(coder, patterns, "Putin said CSTO troops would leave Kazakhstan.")
    by_root = {e.cameo_root: e for e in events}
    assert set(by_root) == {"01", "08"}
    assert (
        by_root["01"].cameo == "010"
        and codes(by_root["01"].sources) == ["RUSGOV"]
        and by_root["01"].plover is None
    )
    withdrawal = by_root["08"]
    assert withdrawal.plover == "RETREAT" and withdrawal.modality == "future"
    assert codes(withdrawal.sources) == ["IGOCSTOMIL"] and codes(withdrawal.targets) == ["KAZ"]
    assert withdrawal.reported_by is not None and withdrawal.reported_by.code == "RUSGOV"


def test_declared_evaluation_by_issuers(coder, patterns):
    issuers = [
        Actor("Opposition A", "BLROPP", "BLR", ["OPP"]),
        Actor("Opposition B", "BLROPP", "BLR", ["OPP"]),
    ]
    events = code(coder, patterns, "We declare: the use of Belarusian troops is unacceptable.", issuers)
    judged = only(events, "11")
    assert [a.name for a in judged.sources] == ["Opposition A", "Opposition B"]
    assert codes(judged.targets) == ["BLRGOV"] and judged.targets[0].via == "implied"
    assert judged.reported_by is not None and judged.reported_by.name == "Opposition A"
    statement = only(events, "01")
    assert statement.cameo == "010"
    # Without issuers nobody is judging: no event.
    assert code(coder, patterns, "The use of Belarusian troops is unacceptable.") == []


# --- ids, confidence, export ----------------------------------------------------------------------------


def test_ids_stable_and_distinct(coder, patterns):
    text = "Russia condemned Ukraine.\nFrance condemned Russia."
    first = code(coder, patterns, text)
    second = code(coder, patterns, text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == 2
    assert [e.sentence_index for e in first] == [0, 1]
    for e in first:
        assert text[e.start : e.end] == e.trigger


def test_confidence_reflects_specificity(coder, patterns):
    specific = only(code(coder, patterns, "France called on Russia to release the detained journalists."))
    generic = only(code(coder, patterns, "France urged Russia."))
    assert 0 < generic.confidence < specific.confidence <= 0.99


def test_plover_records(coder, patterns):
    text = "The European Union imposed new sanctions on Iran."
    events = code(coder, patterns, text)
    coded = CodedDocument(
        document=Document(id="d1", text=text, date="2022-01-01", source="x.txt"), events=events
    )
    (record,) = plover_records(coded)
    for key in ("id", "date", "source", "actor", "recipient", "event", "mode", "context", "event_text"):
        assert key in record
    assert record["event"] == "SANCTION" and record["actor"][0]["code"] == "IGOEU"
    assert record["recipient"][0]["code"] == "IRN" and record["date"] == "2022-01-01"


# --- bad input ------------------------------------------------------------------------------------------


def test_bad_input_is_bounded_and_invents_nothing(coder, patterns):
    long_sentence = " ".join(["Russia condemned Ukraine and"] * 300) + " France."
    table = "\n".join("Russia | condemned | Ukraine | 12 | 2021 | total" for _ in range(50))
    names = ", ".join(["Russia", "Ukraine", "France", "Germany", "Iran"] * 60)
    caps = "RUSSIA CONDEMNS THE ATTACK ON UKRAINE. FRANCE CALLS FOR CALM."
    verbless = "Russia. Ukraine. France and Germany. Iran, Syria, Israel."
    for text in (long_sentence, table, names, caps, verbless):
        start = time.perf_counter()
        events = code(coder, patterns, text)
        assert time.perf_counter() - start < 30
        if text in (table, names, verbless):
            assert events == [], [(e.cameo, e.trigger) for e in events]
        assert len(events) <= 25 * max(1, text.count("\n") + text.count(". ") + 1)


# --- the seed example (whole pipeline) ---------------------------------------------------------------------


def _sentence_events(seed_coded, fragment):
    return [e for e in seed_coded.events if fragment in e.sentence]


def test_seed_rejection_of_troop_use(seed_coded):
    events = [e for e in _sentence_events(seed_coded, "use of Belarusian troops") if e.cameo_root == "12"]
    assert len(events) == 1
    ev = events[0]
    assert not ev.negated and ev.modality == "asserted"
    assert len(ev.sources) == 3 and {a.code for a in ev.sources} == {"BLROPP"}
    assert {a.code for a in ev.targets} == {"BLRGOV"}


def test_seed_disapproval_of_intervention(seed_coded):
    judged = [e for e in seed_coded.events if e.cameo_root == "11" and e.modality == "asserted"]
    sentences = " ".join(e.sentence for e in judged)
    assert "Sending troops" in sentences and "Military intervention" in sentences
    assert all({a.code for a in e.sources} == {"BLROPP"} for e in judged)


def test_seed_may_complicate_is_hypothetical(seed_coded):
    events = _sentence_events(seed_coded, "may complicate")
    embedded = [e for e in events if e.cameo_root != "01"]
    assert embedded and all(e.modality == "hypothetical" for e in embedded)
    assert not any(e.modality == "asserted" and e.cameo_root != "01" for e in events)


def test_seed_no_invented_events(seed_coded):
    assert _sentence_events(seed_coded, "Street protests") == []
    assert _sentence_events(seed_coded, "no evidence") == []
    for e in seed_coded.events:
        assert e.sources and any(a.code for a in [*e.sources, *e.targets])
        assert e.cameo_root == e.cameo[:2] and e.cameo_name


def test_requested_action_is_the_appeals_content_not_an_event(coder, patterns):
    """ "urged Russia to attack Ukraine" is one appeal, as CAMEO codes it: the attack is asked for, not done,
    and is no event of its own (neither asserted nor hypothetical); also for a second requested action."""
    events = code(coder, patterns, "France urged Russia to attack Ukraine.")
    assert [(e.cameo_root, e.modality, codes(e.targets)) for e in events] == [("02", "asserted", ["RUS"])]
    events = code(
        coder,
        patterns,
        "Germany called on Russia and Ukraine to cease hostilities and to protect civilians.",
    )
    assert [e.cameo_root for e in events] == ["02"], [(e.cameo, e.modality) for e in events]
    # an asserted action beside the appeal stays: "Russia attacked Ukraine, and France urged restraint"
    events = code(
        coder, patterns, "Russia attacked Ukraine on Monday, and France urged Russia to show restraint."
    )
    assert {e.cameo_root for e in events} >= {"19", "02"}


def test_announced_own_action_adds_intent(coder, patterns):
    events = code(coder, patterns, "Russia will withdraw its troops from Ukraine.")
    by_code = {e.cameo: e for e in events}
    assert by_code["087"].modality == "future"
    intent = by_code["0356"]
    assert intent.modality == "asserted" and intent.pattern.endswith("+intent") and intent.plover == "AGREE"
    threat = {
        e.cameo_root: e for e in code(coder, patterns, "Russia will attack Ukraine unless talks resume.")
    }
    assert threat["19"].modality == "conditional" and threat["13"].modality == "asserted"


def test_unknown_perpetrator_of_violence(coder, patterns):
    (ev,) = code(
        coder, patterns, "Three Syria soldiers were killed near Damascus.".replace("Syria soldiers", "police")
    )
    assert ev.cameo_root == "18" and ev.sources == [] and codes(ev.targets) == ["SYRCOP"]
    assert code(coder, patterns, "Three people were killed near the border.") == []


def test_no_evidence_negates_and_refusal_is_coded_once(coder, patterns):
    ev = only(code(coder, patterns, "There is no evidence that Iran supplied weapons to Syria."))
    assert ev.cameo == "072" and ev.negated is True and codes(ev.targets) == ["SYR"]
    events = code(coder, patterns, "Iran refuses to recognise Israel.")
    assert [e.cameo_root for e in events] == ["12"]


def _full(coder, text):
    """Code a text with the whole pipeline (real actor dictionaries)."""
    return coder.code_document(Document(id="ctx", text=text, date="2005-06-01")).events


def _dyads(events, plover):
    return [
        ([a.code for a in e.sources], [a.code for a in e.targets], e.targets)
        for e in events
        if e.plover == plover
    ]


def test_unresolved_actors_take_the_one_country_of_their_sentence(coder):
    # A bare title and an unknown name in a sentence about one country are that country's.
    events = _full(
        coder,
        "Vice-President Jonah Kaweme has declined to resign despite pressure from the Zambian parliament.",
    )
    assert any(e.plover == "REJECT" and [a.country for a in e.sources] == ["ZMB"] for e in events)
    # Generic agents likewise: "Police" and "students" in a sentence that names only Venezuela.
    ((sources, targets, target_actors),) = _dyads(
        _full(coder, "Police arrested two students in Caracas on Monday."), "COERCE"
    )
    assert sources == ["VENCOP"] and targets == ["VENEDU"]
    assert target_actors[0].via == "sentence-country"
    # Two countries named: the unknown person is not guessed.
    events = _full(coder, "Peruvian police arrested two journalists after a match against Chile.")
    assert [a.code for e in events if e.plover == "COERCE" for a in e.targets] == [None]


def test_domestic_contentious_event_without_target_aims_at_own_country(coder):
    ((sources, targets, target_actors),) = _dyads(
        _full(coder, "Thousands of Bolivian miners marched on Tuesday demanding higher wages."), "PROTEST"
    )
    assert sources == ["BOLLAB"] and targets == ["BOL"] and target_actors[0].via == "domestic"
    # Cooperative events keep an empty target: agreeing is not aimed at one's own country.
    events = _full(coder, "The Chilean government agreed to hold a referendum.")
    assert any(e.plover == "AGREE" and e.targets == [] for e in events)
    # International sources are not domestic to anyone.
    events = _full(coder, "Amnesty International staged a protest on Monday.")
    assert all(not e.targets for e in events if e.plover == "PROTEST")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Pakistan conducted a nuclear test in the desert.", "150"),
        ("Iran unveiled a new long-range missile.", "150"),
        ("Venezuela recruited thousands of soldiers.", "154"),
        ("France and Germany established a joint brigade.", "062"),
        ("Norway sent medical teams to Haiti.", "073"),
        ("Australia imposed travel bans on Fijian officials.", "163"),
        ("Chad denied visas to Sudanese officials.", "163"),
        ("Mozambique's president said his government would never negotiate with the rebels.", "125"),
    ],
)
def test_codebook_classes_weapon_tests_recruitment_joint_units_teams_travel_bans_refused_talks(
    coder, text, cameo
):
    assert cameo in [e.cameo for e in _full(coder, text)]


def test_talks_held_are_not_refusals(coder):
    codes_ = [e.cameo for e in _full(coder, "Chile and Peru held talks on Monday.")]
    assert "040" in codes_ and "125" not in codes_


def test_participants_of_between_phrases_are_reciprocal_sources(coder):
    (event,) = [
        e
        for e in _full(coder, "Heavy fighting broke out between Chadian troops and rebels on Monday.")
        if e.plover == "ASSAULT"
    ]
    assert sorted(a.code for a in event.sources) == ["TCDMIL", "TCDREB"]
    events = _full(coder, "Fighting between Malian soldiers and Islamist militants killed 40 people.")
    assert any(e.plover == "ASSAULT" and {a.country for a in e.sources} == {"MLI"} for e in events)
    events = _full(coder, "Clashes erupted between Indian and Pakistani troops in Kashmir.")
    assert any({a.code for a in e.sources} == {"INDMIL", "PAKMIL"} for e in events)
    # fighting with no named participants is no event
    assert not _full(coder, "There was heavy fighting overnight.")


def test_supporters_are_a_group_of_their_country(coder):
    events = _full(coder, "Opposition supporters clashed with police in the Togolese capital Lome.")
    dyads = [([a.code for a in e.sources], [a.code for a in e.targets]) for e in events]
    assert (["TGOOPP"], ["TGOCOP"]) in dyads


def test_circumstantial_phrases_supply_no_pattern_words(coder):
    text = "Under the agreement, Ethiopia will withdraw its troops from Somalia by the end of the year."
    codes_ = [e.cameo for e in _full(coder, text)]
    assert "087" in codes_ and not any(c.startswith("16") or c.startswith("13") for c in codes_)
    # the same words as the verb's own object still count
    assert "160" in [e.cameo for e in _full(coder, "Ethiopia withdrew from the agreement with Somalia.")]


def test_criminal_groups_and_bans_named_as_nouns(coder):
    events = _full(coder, "Drug traffickers in Mexico killed two policemen.")
    assert any(
        [a.code for a in e.sources] == ["MEXCRM"] and [a.code for a in e.targets] == ["MEXCOP"]
        for e in events
    )
    events = _full(coder, "The Peruvian government announced a ban on all public demonstrations in Lima.")
    assert any(e.cameo == "172" and [a.code for a in e.sources] == ["PERGOV"] for e in events)


def test_bomb_that_went_off_is_a_bombing_by_an_unknown_perpetrator(coder):
    events = _full(coder, "A bomb exploded near the Israeli embassy in Amman.")
    assert any(e.cameo == "183" and not e.sources and "ISRGOV" in [a.code for a in e.targets] for e in events)
    assert not [e for e in _full(coder, "The crowd exploded with anger in Cairo.") if e.plover == "ASSAULT"]


# --- generalisation: CAMEO classes and structures checked on sentences of our own wording -------------------


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # nominal events whose agent's "by" phrase the parser hangs on the object of "of"
        ("The arrest of the opposition leader by Ugandan police sparked riots in Kampala.", "173"),
        # (diplomats sent home reduce diplomatic relations: 161 since VC15, was 166)
        ("The expulsion of two Russian diplomats by Estonia was announced on Friday.", "161"),
        ("The deportation of 300 migrants by Malaysia drew criticism.", "174"),
        ("The torture of detainees by Egyptian guards was documented in the report.", "1822"),
        ("The killing of three aid workers by gunmen in Somalia shocked Kenya.", "1823"),
        # nominal events with a possessor or actor adjective
        ("Russia's veto of the resolution angered France.", "129"),
        ("Japan's apology to South Korea was welcomed in Seoul.", "055"),
        ("Sweden's recognition of Palestine came on Thursday.", "054"),
    ],
)
def test_nominal_events_take_agents_from_possessors_and_by_phrases(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Syria says it will not accept any more refugees from Iraq.", "120"),
        ("Myanmar's junta will not release the detained journalists.", "1243"),
        ("Israel did not withdraw its troops from the border zone.", "1246"),
        ("The Serbian government will not lift the curfew in the province.", "1241"),
    ],
)
def test_a_negated_concession_is_the_matching_rejection(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]
    assert not any(e.plover in {"CONCEDE", "RETREAT", "AID"} for e in events)


def test_no_evidence_of_a_concession_is_not_a_rejection(coder, patterns):
    ev = only(code(coder, patterns, "There is no evidence that Israel withdrew its troops from Syria."))
    assert ev.cameo_root == "08" and ev.negated is True


@pytest.mark.parametrize(
    ("text", "sector", "plover"),
    [
        ("Suspected rebels killed twelve villagers on Sunday.", "REB", "ASSAULT"),
        ("Gunmen kidnapped two engineers near the border on Monday.", None, "ASSAULT"),
        ("Hundreds of students marched through the city centre on Tuesday.", "EDU", "PROTEST"),
    ],
)
def test_generic_agent_named_as_subject_codes_an_asserted_event(coder, text, sector, plover):
    (event,) = [e for e in _full(coder, text) if e.plover == plover]
    assert event.sources and all(a.code is None and a.sectors for a in event.sources)
    if sector:
        assert sector in event.sources[0].sectors


def test_generic_agent_alone_codes_nothing_hypothetical_or_nominal(coder):
    assert not _full(coder, "Rebels may attack villages in the north.")
    assert not _full(coder, "Rebels did not attack the villages.")
    assert not [e for e in _full(coder, "The arrival of troops could complicate matters.") if e.plover]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran test-fired a new medium-range missile on Sunday.", "150"),
        ("North Korea test-launched two ballistic missiles into the sea.", "150"),
        ("Pakistan test-fired a nuclear-capable cruise missile.", "150"),
    ],
)
def test_hyphenated_verbs_split_by_the_tokenizer_keep_their_first_half(coder, text, cameo):
    assert cameo in [e.cameo for e in _full(coder, text)]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("China and Brazil inked a trade deal worth 10 billion dollars.", "061"),
        ("Ethiopia and Eritrea inked a peace accord in Algiers.", "057"),
        ("Security forces in Bahrain crushed a protest by Shiite villagers.", "175"),
        ("Soldiers quashed the uprising in the northern province of Mali.", "175"),
        ("Israel withdrew its ambassador from Turkey on Friday.", "161"),
        ("Morocco pulled its envoy out of Algeria.", "161"),
        ("Moscow charged that Georgian troops had fired first.", "112"),
        ("Kenyan police charged two men with murder.", "173"),
        ("The Greek Cypriots voted down the reunification plan.", "127"),
        ("Bolivian teachers ended their month-long strike on Monday.", "082"),
        ("Australia flew tons of food and medicine to Pakistan.", "073"),
        ("Thailand gave shelter to thousands of refugees from Myanmar.", "075"),
    ],
)
def test_codebook_synonyms_ink_crush_withdraw_envoy_charge_vote_down_end_strike_fly_aid_shelter(
    coder, text, cameo
):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("A spokesman for the Turkish government said Turkey will withdraw its troops from Syria.", "0356"),
        ("The Iranian foreign ministry said Iran will release the British sailors next week.", "0353"),
        ("Indian officials said India will free the Pakistani fishermen it detained.", "0353"),
    ],
)
def test_a_spokesman_of_the_acting_country_announces_its_intent(coder, text, intent):
    events = _full(coder, text)
    assert intent in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]
    (announced,) = [e for e in events if e.cameo == intent]
    assert announced.pattern.endswith("+intent") and announced.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # responsibility for violence attributed by a speaker is an accusation of the clause subject
        ("Pakistani officials said India was behind the bombing of the embassy in Kabul.", "112"),
        ("The Georgian government said Russia was responsible for the explosion at the pipeline.", "112"),
        ("Colombia said Venezuela was behind the attacks on its border posts.", "112"),
        # exercises of two countries' forces are joint military cooperation; one country's, a show of force
        ("Indian and Russian troops began joint military exercises in Rajasthan.", "062"),
        ("Chinese and Pakistani air forces held exercises over the Arabian Sea.", "062"),
        ("The Russian navy staged war games in the Black Sea.", "150"),
        # an event noun under a quantity head passes to the light verb
        ("Greek and Turkish warships launched ten days of war games in the Aegean.", "062"),
        ("Chechen rebels launched a wave of attacks on Russian posts.", "190"),
        ("Vietnamese forces completed their pullout from Cambodia on Tuesday.", "087"),
        ("Ivorian Prime Minister Seydou Diarra tendered his resignation to President Gbagbo.", "0831"),
        ("A bomb blast ripped through a market in the southern Philippine city of Zamboanga.", "183"),
        ("Ethiopian warplanes and troops went on the offensive against Eritrean positions.", "190"),
        ("UN helicopters dropped food to villagers cut off by floods in Mozambique.", "073"),
    ],
)
def test_codebook_structures_responsibility_joint_exercises_quantity_heads(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


def test_sentence_initial_subject_misparsed_as_modifier_still_acts(coder):
    # en_core_web_sm attaches "Turkey" to "massed" as npadvmod: it is the subject all the same
    events = _full(coder, "Turkey massed troops on its border with Iraq on Thursday.")
    assert any(e.cameo == "154" and [a.code for a in e.sources] == ["TUR"] for e in events)
    # a hyphenated modifier is no subject: "Israeli-occupied" names no occupation event by Israel
    events = _full(coder, "Palestinians of the Israeli-occupied West Bank held a rally on Monday.")
    assert not any(e.plover == "COERCE" for e in events)


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # subject raising and passive object control: the passive subject does the infinitive's action
        ("The Afghan president is expected to ask donors for more aid in Tokyo.", "023", "AFG"),
        ("Armenia was urged by France to halt the offensive in Karabakh.", "0256", "FRA"),
        ("Kenyan opposition leader Raila Odinga is set to ask the court for a recount.", "020", "KEN"),
        # the mandative subjunctive after a directive verb is a demand of the clause's subject
        ("The United States insisted that Iran halt uranium enrichment.", "100", "USA"),
        ("Canada insisted that India cooperate fully with the investigation.", "100", "CAN"),
        ("The European Commission insisted that Poland restore judicial independence.", "100", "IGO"),
        # "in protest": whoever does the carrying verb protests
        ("Greek doctors stayed away from hospitals in protest at pay cuts.", "141", "GRC"),
        ("Lebanese shopkeepers closed their stores in protest against the new tax.", "141", "LBN"),
        ("Nigerian lawyers boycotted the courts in protest at the arrest of a judge.", "143", "NGA"),
        # crowds that storm, ransack or clash riot (145); armed forces that clash fight (190)
        ("Protesters stormed the parliament building in Belgrade.", "145", None),
        ("Students clashed with police in Dhaka on Monday.", "145", None),
        ("Opposition supporters ransacked the ruling party office in Kinshasa.", "145", None),
        ("Ethiopian troops clashed with Eritrean forces along the border.", "190", "ETH"),
        # a time phrase never supplies a phrase word: "called off ... on Sunday" is not "call on"
        ("Truck drivers in Brazil called off their strike on Sunday after talks.", "082", "BRA"),
        ("Nepalese farmers called off their blockade of the highway on Monday.", "082", "NPL"),
    ],
)
def test_raising_subjunctive_in_protest_crowds_and_time_phrases(coder, text, cameo, source):
    events = _full(coder, text)
    hits = [e for e in events if e.cameo == cameo]
    assert hits, [(e.cameo, e.trigger) for e in events]
    if source:
        assert source in {(a.country or a.code or "")[:3] for e in hits for a in e.sources}


def test_violence_by_an_agent_the_dictionaries_do_not_know_keeps_its_victim(coder):
    for text in (
        "The Slovak prime minister was shot by a gunman in the town of Handlova.",
        "A Pakistani journalist was killed by unidentified attackers in Karachi.",
        "Iraqi prisoners were beaten by guards at a prison near Basra.",
    ):
        events = [e for e in _full(coder, text) if e.plover == "ASSAULT"]
        assert events and any(a.code for e in events for a in e.targets), text


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Indian foreign minister landed in Kabul on Monday for a two-day visit.", "042"),
        ("Norwegian envoys shuttled between the Colombian government and the rebels in Havana.", "045"),
        ("Kenya lobbied African Union members on Somalia's behalf at the summit.", "053"),
        ("The Belgian king said sorry to Congo for the abuses of the colonial era.", "055"),
        ("Serbia and Kosovo put their signatures to a trade deal in Brussels.", "057"),
        ("Jordan and Iraq resumed the sharing of intelligence on militant groups.", "064"),
        ("Nigerian peacekeepers took over security at the airport in Bangui.", "074"),
        ("Canada granted protection to 300 Yazidi women who fled Iraq.", "075"),
        ("Sudan granted aid agencies access to the besieged town of El Fasher.", "086"),
        ("Germany returned hundreds of looted bronzes to Nigeria.", "0842"),
        ("Saudi Arabia tried to forge a coalition against Iran at the Arab summit.", "113"),
        ("Thousands of Israeli academics signed a petition against the judicial overhaul.", "140"),
        ("The Asian Development Bank suspended lending to Myanmar after the coup.", "1621"),
        ("Qatar suspended its role as mediator between Israel and Hamas.", "165"),
        ("A Turkish court issued arrest warrants for 40 journalists.", "173"),
        ("Niger expelled two French reporters on Friday.", "174"),
        ("Sudanese militiamen unleashed mass violence against villagers in Darfur.", "200"),
        ("Denmark handed over fighter jets to the Ukrainian air force.", "072"),
        ("Poland asked the United States for more air defence batteries.", "0232"),
        ("Spanish farmers blocked motorways around Madrid with tractors on Monday.", "144"),
    ],
)
def test_codebook_vocabulary_found_missing_on_blind_probes_checked_on_our_own_sentences(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


def test_trying_to_act_is_no_trial(coder):
    events = _full(coder, "Saudi Arabia tried to forge a coalition against Iran at the Arab summit.")
    assert "113" in [e.cameo for e in events] and not any(e.cameo == "173" for e in events)
    assert "173" in [e.cameo for e in _full(coder, "An Egyptian court tried 20 journalists in Cairo.")]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Japan will station additional missile units on its southern islands next year.", False),
        ("Brazil will deploy more soldiers in the Amazon region to fight illegal mining.", False),
        ("Turkey will send warships toward Cyprus next week.", True),
        ("China will hold naval drills near Taiwan next week.", True),
    ],
)
def test_announced_show_of_force_is_a_threat_only_when_aimed_abroad(coder, text, threat):
    events = _full(coder, text)
    assert any(e.cameo_root == "15" for e in events), [(e.cameo, e.pattern) for e in events]
    assert any(e.cameo_root == "13" for e in events) is threat, [(e.cameo, e.pattern) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Mediation by Kenya's president between Ethiopia and Eritrea resumed in Nairobi on Monday.",
        "Qatar's mediation between Washington and the Taliban produced an agreement.",
        "Algerian mediation between Mali and the rebels began in Algiers.",
    ],
)
def test_mediation_named_as_a_noun_with_its_agent(coder, text):
    assert "045" in [e.cameo for e in _full(coder, text)]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the negated complement of a promise is a refusal
        ("Sharon has vowed not to return the Golan Heights to Syria.", "12"),
        ("The junta promised not to release the opposition leaders before the vote.", "12"),
        ("Belgrade pledged not to lift the curfew in the province.", "12"),
        # an actor's own vow is its intent, whoever reports it
        ("Kurdish rebels have sworn to fight until Turkey frees their leader, Turkish officials said.", "13"),
        ("Hamas vowed to retaliate against Israel, Egyptian mediators said on Monday.", "13"),
        ("The rebels pledged to release the hostages, a Red Cross official said.", "03"),
        # ruling a course of action out rejects it
        ("Iranian officials said that talks with Washington are out of the question.", "12"),
        ("Ankara said that withdrawing its troops from Cyprus is out of the question.", "12"),
        ("The Greek government said a new bailout was out of the question.", "12"),
    ],
)
def test_negated_promises_reported_vows_and_ruled_out_options(coder, text, root):
    events = _full(coder, text)
    assert root in [e.cameo_root for e in events if e.modality == "asserted"], [
        (e.cameo, e.pattern, e.modality) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran engaged with European diplomats in Vienna on Monday.",
        "The Malian minister went back to Bamako after the summit.",
        "The new sanctions target senior Syrian officials.",
        "The storm hit the Philippine coast on Sunday.",
    ],
)
def test_words_too_general_to_code_alone_are_not_attacks_or_rejections(coder, text):
    assert not [e for e in _full(coder, text) if e.plover in {"ASSAULT", "REJECT"}]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # what a permission verb allows is the subject of its complement clause
        ("Iraq allowed UN weapons inspectors to return to the country.", "0862"),
        ("Syria let aid convoys enter the besieged town of Madaya.", "0863"),
        ("Sudan permitted peacekeepers to deploy in Darfur.", "0861"),
        ("The Kenyan government scrapped the controversial fuel tax after weeks of protests.", "0832"),
        ("China blocked a Security Council statement on Myanmar.", "129"),
    ],
)
def test_permissions_and_more_codebook_objects(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


def test_a_participle_modifying_a_noun_is_no_event(coder):
    for text in (
        "Aid reached the besieged town of Madaya on Monday.",
        "Refugees returned to the occupied territories last week.",
        "Doctors treated the wounded soldiers in Kabul.",
    ):
        assert not [e for e in _full(coder, text) if e.plover in {"ASSAULT", "COERCE"}], text


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Moscow court found the journalist guilty of espionage.", "116"),
        ("A Cairo court found three activists guilty of illegal assembly.", "116"),
        ("The tribunal found the former general guilty of war crimes.", "116"),
        ("The Egyptian president received the Qatari emir in Cairo on Sunday.", "043"),
        ("Armenia and Azerbaijan initialled a peace deal at the White House.", "057"),
        ("Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", "071"),
    ],
)
def test_small_clause_verdicts_hosts_initials_deposits(coder, text, cameo):
    events = _full(coder, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.trigger) for e in events]


def test_whoever_considers_or_calls_something_unacceptable_judges_it(coder, patterns):
    """ "Iran considers the sanctions unacceptable": Iran disapproves, with no statement issuer needed."""
    events = coder.code_document(
        Document(id="t", text="Iran considers the new US sanctions unacceptable.")
    ).events
    judged = [(codes(e.sources), codes(e.targets)) for e in events if e.cameo_root == "11"]
    assert judged == [(["IRN"], ["USA"])], events
    # the small clause's subject is what is judged, and its country the target
    coded = coder.code_document(
        Document(id="t", text="The EU considers the Belarusian elections illegitimate.")
    )
    judged = [(codes(e.sources), codes(e.targets)) for e in coded.events if e.cameo_root == "11"]
    assert judged == [(["IGOEU"], ["BLR"])], coded.events


def test_coordinated_judgements_of_one_speaker_share_their_target(coder):
    """ "lodged a protest against North Korea and condemned the launch": both aim at North Korea."""
    text = "Japan lodged a strong protest against North Korea and strongly condemned the launch."
    coded = coder.code_document(Document(id="t", text=text))
    condemned = [e for e in coded.events if e.cameo == "111"]
    assert condemned and codes(condemned[0].targets) == ["PRK"], coded.events


@pytest.mark.parametrize(
    ("text", "recognition"),
    [
        # papers, plates and qualifications recognised grant no diplomatic recognition (VC12)
        ("Kosovo recognised Serbian licence plates.", False),
        ("Moldova recognises the diplomas of the breakaway region's universities.", False),
        ("Brazil recognised Palestine.", True),
        ("Armenia recognised Azerbaijan's territorial integrity.", True),
    ],
)
def test_recognised_papers_are_no_diplomatic_recognition(coder, text, recognition):
    events = _full(coder, text)
    assert ("054" in [e.cameo for e in events]) is recognition, [(e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a government that wins an election also "takes power"; a parliament "ousts" a premier by vote
        "The new government took power in Oslo on Monday after the election.",
        "Parliament ousted the prime minister in a confidence vote on Thursday.",
        # the coup family needs a ruler or power as object: statues are toppled, teams overthrow no one
        "Protesters toppled a statue of the colonial governor in the port city.",
    ],
)
def test_power_taken_without_force_is_no_coup(coder, text):
    events = _full(coder, text)
    assert "180" not in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets attacked Syrian air defence systems near Damascus.",
        "American forces attacked the militant network in the province.",
        "Militants hacked three villagers to death with machetes.",
    ],
)
def test_armed_attacks_on_systems_and_networks_are_no_cyberattack(coder, text):
    events = _full(coder, text)
    assert "171" not in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        ("The opposition seized on the power cuts to attack the government.", "180"),
        ("The governor ordered emergency evacuations of the coast.", "1724"),
        ("Japan announced emergency aid for the flood victims.", "1724"),
        ("Israel and Hamas began talks on a truce in Cairo.", "0871"),
        ("Students rallied against the state in the capital.", "113"),
        ("Tens of thousands rallied in Caracas against the government.", "113"),
    ],
)
def test_session_13_families_keep_to_their_objects(coder, text, not_code):
    events = _full(coder, text)
    assert not_code not in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]


def test_rallying_against_people_is_no_opposition_rallied(coder):
    events = _full(coder, "Protesters rallied against the people in power.")
    assert "113" not in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]


def test_aid_agencies_ordered_out_are_expelled_aid_agencies(coder):
    text = "Niger's junta ordered foreign aid agencies to leave the Tillaberi region within a week."
    events = _full(coder, text)
    assert "1663" in [e.cameo for e in events], [(e.cameo, e.pattern) for e in events]
