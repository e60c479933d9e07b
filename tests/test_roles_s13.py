"""Who is acted on, thirteenth session: the addressees of the issuers' own appeals, offers and demands,
and the word lists the event coder keeps in grammar.yaml (communique/events/roles.py, coder.py,
grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

import re
from pathlib import Path

from communique.events.loader import GRAMMAR_FILE, _read_yaml

from .conftest import by_root as _by_root
from .conftest import coded_events as _events
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes
from .conftest import statement

EVENTS_DIR = Path(__file__).resolve().parents[1] / "communique" / "events"


def test_every_grammar_list_the_coder_reads_is_a_documented_list_of_words():
    """grammar.yaml holds the coder's word lists: each key the roles and coder modules read exists, is a
    non-empty list of lower-case words, and has a comment saying what it is for."""
    raw = _read_yaml(GRAMMAR_FILE)
    read = set()
    for name in ("coder.py", "roles.py"):
        read |= set(re.findall(r'words\("([a-z_]+)"\)', (EVENTS_DIR / name).read_text(encoding="utf-8")))
    assert read, "no grammar key read"
    missing = sorted(read - set(raw))
    assert not missing, missing
    lines = GRAMMAR_FILE.read_text(encoding="utf-8").splitlines()
    for key, value in raw.items():
        if key == "__line__":
            continue
        assert isinstance(value, list) and value, key
        assert all(isinstance(v, str) and v == v.lower() and v.strip() for v in value), key
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        # (a comment may serve a group of lists: intention_, possibility_, negating_adjectives)
        assert any(line.startswith("#") for line in lines[max(0, at - 6) : at]), f"{key} has no comment"


def test_word_lists_moved_to_grammar_yaml_still_decide(coder):
    """The lists moved out of coder.py keep their effect: an occurrence verb's "between" phrase names the
    participants, an intransitive noun's "of" phrase its doer, a drawing verb's "from" phrase who acts."""
    fighting = _by_root(_events(coder, "Fighting erupted between Armenia and Azerbaijan on Sunday."), "19")
    assert fighting and _codes(fighting[0].sources) == ["ARM", "AZE"], fighting
    visit = _events(coder, "The visit of the Iranian president to Moscow angered Kyiv.")
    assert any(e.cameo_root == "04" and _codes(e.sources)[:1] == ["IRNGOV"] for e in visit), visit
    text = "Serbia's arrest of the journalist drew condemnation from Germany."
    drawn = _by_root(_events(coder, text), "11")
    assert drawn and _codes(drawn[0].sources)[0][:3] == "DEU", drawn


def test_a_foreign_services_generic_addressee_is_the_other_country_in_context(coder):
    """ "Norway urges the authorities to ...": in a foreign ministry's statement (or an international body's,
    or several states' jointly) the authorities, the government, the security forces addressed are those of
    the other country in context, not the issuers' own (the actors stage took the issuer named before them);
    an unresolved "the government" too. A ministry of the interior keeps its own police."""
    ministry = "Ministry of Foreign Affairs of Norway"
    cases = [
        (
            "Clashes erupted in northern Mali. Norway urges the authorities to protect civilians.",
            "02",
            "MLIGOV",
        ),
        (
            "The Taliban closed girls' schools in Afghanistan. Norway calls on the de facto authorities to "
            "reopen them.",
            "02",
            "AFGGOV",
        ),
        (
            "The vote in Zimbabwe was marred by violence. Norway calls on the security forces to exercise "
            "restraint.",
            "02",
            "ZWECOP",
        ),
        (
            "Norway follows events in Haiti closely. Norway stands ready to support the authorities.",
            "03",
            "HTIGOV",
        ),
        (
            "Floods have displaced thousands in Pakistan. Norway offers help to the government.",
            "03",
            "PAKGOV",
        ),
    ]
    for text, root, target in cases:
        events = _by_root(_issued(coder, text, ministry), root)
        assert events and _codes(events[0].targets) == [target], (text, events)
    text = (
        "Troops fired on protesters in Khartoum. France and Germany call on the authorities to end the "
        "violence."
    )
    document = statement(text, "Government of France", "Government of Germany", date="2021-03-01")
    joint = _by_root(coder.code_document(document).events, "02")
    assert joint and _codes(joint[0].targets) == ["SDNGOV"], joint
    home = _by_root(
        _issued(
            coder,
            "Protesters blocked roads in Nairobi. The Ministry calls on the police to exercise restraint.",
            "Ministry of the Interior of Kenya",
        ),
        "02",
    )
    assert home and _codes(home[0].targets) == ["KENCOP"], home
    # the ministry's own embassy is not the other country's
    text = (
        "The Taliban closed girls' schools in Afghanistan. The Ministry has instructed the Embassy to help."
    )
    instructed = _by_root(_issued(coder, text, ministry), "10")
    assert not [a for e in instructed for a in e.targets if (a.code or "").startswith("AFG")], instructed


def test_an_addressed_it_or_them_with_nothing_before_it_stands_for_the_sentence_before(coder):
    """ "We urge them to ...", "calls on it to ...", "we stand ready to assist them": an appeal, offer or
    demand aimed at a pronoun with no noun before it in its own sentence points back to the sentence before:
    its main subject when the number agrees, else (for "them") its last plural phrase naming actors. A
    pronoun of the other number finds no one."""
    cases = [
        (
            "Violent clashes broke out in Bamako between protesters and soldiers. We urge them to exercise "
            "restraint.",
            "Ministry of Foreign Affairs of Norway",
            "02",
            ["MLIMIL", "MLIOPP"],
        ),
        (
            "Flooding displaced thousands of families in Bangladesh. We stand ready to assist them.",
            "Government of Canada",
            "03",
            ["BGDCVL"],
        ),
        (
            "The government of Mali postponed the elections again. The EU calls on it to set a new date.",
            "European Union",
            "02",
            ["MLIGOV"],
        ),
        (
            "The government of Mali postponed the elections again. The EU calls on them to set a new date.",
            "European Union",
            "02",
            [],
        ),
    ]
    for text, issuer, root, targets in cases:
        events = _by_root(_issued(coder, text, issuer), root)
        assert events and _codes(events[0].targets) == targets, (text, events)


def test_he_after_one_person_as_subject_is_that_person_not_the_one_met(coder):
    """ "The Japanese minister met Wang Yi. He urged China ...": "He" is the minister, the subject of the
    sentence before (a singular person noun), not Wang Yi, the first person it named; with a body as the
    subject ("The Japanese government ...") the person named still is."""
    cases = [
        (
            "The Japanese minister met Wang Yi on Tuesday. He urged China to free the detained citizens.",
            "JPN",
        ),
        (
            "The Turkish envoy met Sergei Lavrov in Moscow. He called on Russia to extend the grain deal.",
            "TUR",
        ),
        (
            "The Japanese government hosted Wang Yi on Tuesday. He urged Japan to drop its export curbs.",
            "CHN",
        ),
    ]
    for text, source in cases:
        root = "02"
        events = _by_root(_events(coder, text), root)
        assert events and [a.code[:3] for a in events[0].sources] == [source], (text, events)
        assert events[0].sources[0].text == text.split(". ")[1].split()[0], events[0].sources


def test_an_opposition_issuer_addresses_others_of_its_kind(coder):
    """A party, movement or opposition office shares its code with others of its kind: "We support the
    opposition activists" from an opposition office (BLROPP both) is aimed at the activists; only a mention
    of the issuers themselves is no target of their own act."""
    events = _issued(
        coder,
        "Security forces detained dozens of people in Minsk. We support the opposition activists who remain "
        "in Belarus.",
        "Office of Sviatlana Tsikhanouskaya",
    )
    support = _by_root(events, "05")
    assert support and _codes(support[0].targets) == ["BLROPP"], events
    events = _issued(
        coder,
        "We will cooperate with the opposition parties of Myanmar.",
        "National Unity Government of Myanmar",
    )
    assert any(_codes(e.targets) == ["MMROPP"] for e in events if e.cameo_root in {"03", "06"}), events


def test_two_states_asked_together_are_the_parties(coder):
    """Two or more states asked together to do anything ("calls on Armenia and Azerbaijan to let aid convoys
    through") are the parties: mediation offered with no one named is between them, and a later
    "the parties" stands for them. International bodies asked together are not parties."""
    text = (
        "The ICRC calls on Armenia and Azerbaijan to let aid convoys through the Lachin corridor. The ICRC "
        "is ready to act as a neutral intermediary. We remind the parties that civilians must be spared."
    )
    events = _issued(coder, text, "International Committee of the Red Cross")
    offer = [e for e in events if e.cameo == "039"]
    assert offer and _codes(offer[0].targets) == ["ARM", "AZE"], events
    reminded = [e for e in events if e.sentence_index == 2 and e.cameo_root == "02"]
    assert reminded and _codes(reminded[0].targets) == ["ARM", "AZE"], events
    text = (
        "The ICRC calls on the EU and the African Union to fund the relief effort. The ICRC is ready to act "
        "as a neutral intermediary."
    )
    offer = [e for e in _issued(coder, text, "International Committee of the Red Cross") if e.cameo == "039"]
    assert offer and not offer[0].targets, offer


def test_an_intent_is_aimed_at_whom_the_intended_act_is(coder):
    """ "reiterates its willingness to support the efforts of X", "remains committed to supporting X", "said
    it was open to meeting X": an intent (03) stated through a noun's infinitive or a gerund after a
    preposition is aimed at whom the intended act is, as "is willing to support X" already was."""
    for text, target in [
        ("Sweden reiterated its willingness to support the efforts of the African Union.", "IGOAU"),
        ("Japan reaffirmed its readiness to assist Sri Lanka.", "LKA"),
        ("The EU remains committed to supporting the government of Mali.", "MLIGOV"),
        ("The Iranian president said he was open to meeting the Saudi crown prince.", "SAU"),
    ]:
        events = _by_root(_events(coder, text), "03")
        first = events[0].targets[:1] if events else []
        assert first and (first[0].code or "").startswith(target), (text, events)
    # a verb's own gerund is what it judges, not an intended act: not aimed at the victims
    condemned = _by_root(
        _issued(coder, "The EU strongly condemns it for shelling Ukrainian cities.", "EU"), "11"
    )
    assert condemned and not [a for a in condemned[0].targets if (a.code or "").startswith("UKR")], condemned


def test_all_states_are_no_one_country_in_particular(coder):
    """ "urges all States to respect the arms embargo on Libya": a phrase naming all, every, any or other of a
    kind belongs to no one country of its sentence (it took Libya's), and an appeal to it is aimed at no
    coded actor, not at the parties of the act it asks for. "All parties" are still the conflict's."""
    for text in [
        "The EU urges all States to respect the arms embargo on Libya.",
        "The Council urged all Member States to cooperate fully with the Government of Iraq.",
    ]:
        events = _by_root(_issued(coder, text, "European Union"), "02")
        assert events and not [a for a in events[0].targets if a.code], (text, events)
    text = "The EU calls on all parties to the conflict in Sudan to exercise restraint."
    events = _by_root(_issued(coder, text, "European Union"), "02")
    assert events and _codes(events[0].targets) == ["SDNPTY"], events
    # a group of the sentence's own country keeps it: "all the protesters", "five other activists"
    for text in [
        "Police in Minsk detained all the protesters on Sunday.",
        "Belarusian police detained five other activists on Sunday.",
    ]:
        detained = _by_root(_events(coder, text), "17")
        assert detained and [a.code[:3] for a in detained[0].targets if a.code] == ["BLR"], (text, detained)


def test_a_passive_conjunct_is_done_to_the_first_clauses_subject(coder):
    """ "X is responsible and must be held accountable", "troops entered the town and were attacked": a
    passive verb with no subject of its own is done to the subject of the clause it is conjoined to (its
    doer is its "by" agent, or no one named); an agentless "must/should be held accountable" is the
    speaker's own demand, asserted (it was the first subject holding itself to account)."""
    events = _issued(
        coder,
        "Russian forces shelled a hospital in Kharkiv. Russia is responsible and must be held accountable.",
        "Ministry of Foreign Affairs of Ukraine",
    )
    held = [e for e in events if e.sentence_index == 1 and e.cameo_root == "11"]
    assert held and _codes(held[0].sources) == ["UKRGOV"] and _codes(held[0].targets) == ["RUS"], events
    assert held[0].modality == "asserted", held
    said = _by_root(_events(coder, "Kenya said that Somalia must be held accountable for the raid."), "11")
    assert said and _codes(said[0].sources)[0][:3] == "KEN" and _codes(said[0].targets) == ["SOM"], said
    attacked = [
        e for e in _events(coder, "Syrian troops entered the village and were attacked.") if e.start > 30
    ]
    assert attacked and not attacked[0].sources and _codes(attacked[0].targets) == ["SYRMIL"], attacked


def _asked_by_the_eu(coder, text):
    """The appeals (02) of an EU statement's second sentence."""
    return [
        e for e in _issued(coder, text, "European Union") if e.sentence_index == 1 and e.cameo_root == "02"
    ]


def test_two_who_act_together_are_the_parties_and_their_place_is_not(coder):
    """Two or more who act together (agree, talk, cooperate, yield, fight) are the parties: "Ethiopia and
    Eritrea signed a peace agreement ... The EU calls on the two countries to ..." asks Ethiopia and Eritrea;
    the place of their talks is no party ("Serbia and Kosovo resumed the dialogue in Brussels ... both
    sides"); two who judge alike ("the US and Britain condemned the coup") are none."""
    text = (
        "Ethiopia and Eritrea signed a peace agreement in Jeddah. The EU calls on the two countries to "
        "implement it fully."
    )
    asked = _asked_by_the_eu(coder, text)
    assert asked and _codes(asked[0].targets) == ["ERI", "ETH"], asked
    text = (
        "Serbia and Kosovo resumed the dialogue in Brussels today. The EU encourages both sides to implement "
        "their commitments."
    )
    asked = _asked_by_the_eu(coder, text)
    assert asked and _codes(asked[0].targets) == ["SRB", "XKX"], asked
    # two who judge alike are no parties
    text = (
        "The United States and Britain condemned the coup in Niger. The EU calls on both sides to show "
        "restraint."
    )
    asked = _asked_by_the_eu(coder, text)
    assert asked and not {"USA", "GBR"} & {(a.code or "")[:3] for a in asked[0].targets}, asked


def test_a_relative_clause_after_a_comma_is_about_the_phrase_before_it(coder):
    """ "X was detained by soldiers in uniform, who beat his guards": a relative clause set off by a comma
    follows its noun phrase, so the soldiers beat, not X nor the uniform (the parser hung the clause on the
    subject or on the last noun); "who" never stands for a place ("police in Kampala, who ..." are the
    police)."""
    for text, source in [
        (
            "The opposition leader was detained by Ugandan soldiers in uniform, who beat his bodyguards.",
            "UGAMIL",
        ),
        ("The journalist was detained by Ugandan police in Kampala, who beat him.", "UGACOP"),
    ]:
        beaten = _by_root(_events(coder, text), "18")
        assert beaten and _codes(beaten[0].sources) == [source], (text, beaten)


def test_an_appeal_for_its_implementation_is_aimed_at_the_parties(coder):
    """ "Israel and Hamas agreed on a ceasefire. The EU calls for its full implementation": "its" names no
    party, and those who must carry the agreement out are its parties: those of the thing named before it in
    the sentence ("the truce between A and B"), else the statement's."""
    text = "Israel and Hamas agreed on a ceasefire on Sunday. The EU calls for its full implementation."
    asked = _asked_by_the_eu(coder, text)
    assert asked and {a.code[:3] for a in asked[0].targets} == {"ISR", "PSE"}, asked
    # the thing named before it in the sentence: "welcomes the truce between A and B and calls for its ..."
    text = "Norway welcomes the truce between Colombia and the ELN and calls for its full implementation."
    asked = _by_root(_issued(coder, text, "Ministry of Foreign Affairs of Norway"), "02")
    assert asked and "COL" in {(a.code or "")[:3] for a in asked[0].targets}, asked
