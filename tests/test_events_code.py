"""Event coder code rules of the fifth session (issue 4, task EC), each on sentences of our own wording.

- directives: "told X to V", "wants X to V" are a demand (100) or appeal (020) BY the subject TO X; V itself
  is only requested (hypothetical, X its source); without an addressee and an infinitive nothing is directed;
- denials: an event in the that-clause of "deny" (or of a claim noun it takes: "dismissed claims that") is
  negated, not asserted;
- phrase words the parser hides: "took X hostage" (hostage parsed as a clause), "under house arrest" (an
  "under" phrase that names what is done, not a circumstance);
- light verbs: a noun in a circumstantial phrase ("after the bombing") is not done by the verb's subject;
  quantity heads ("made hundreds of arrests") pass the event to the light verb;
- subjects the parser hides: a participle made the subject ("The Red Cross operating in Yemen said"), a
  subject hung on an introductory phrase ("Despite the warnings of the UN, Israel and Hamas have ...");
- an introductory "With the backing of X," names a backer: no phrase word, no target;
- invented events: statements of uncoded groups ("residents say"), event nouns described by a verb of state
  ("the agreement has held for 40 years"), event nouns in circumstantial phrases ("since the invasion"),
  "took up her post";
- the parse view's one-token-per-position identity: ``clause_verb`` stops at a verbless sentence's root;
- tests/data/events/no-event.yaml (written before these rules): invented events on 62 no-event sentences and
  recall on 20 one-event sentences, with floors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import GoldRecord, Prediction, code_gold
from communique.events.modality import clause_verb
from communique.nlp.view import doc_view, release_view
from tests.transfer_set import bare_records

DIRECTIVES = [
    # (sentence, code, source country, target country, embedded event root or None)
    ("The Nigerian president told the army to withdraw from the Niger Delta.", "100", "NGA", "NGA", "08"),
    ("Beijing told Seoul to stop the military drills near the border.", "100", "CHN", "KOR", None),
    ("The United States wants Iran to release the detained sailors.", "020", "USA", "IRN", "08"),
    ("Germany told Turkey to free the jailed journalists.", "100", "DEU", "TUR", "08"),
]
NOT_DIRECTED = [
    "The Kremlin told reporters that Russian troops had left Kazakhstan.",
    "Russia wants peace in the region.",
    "Turkey wants a buffer zone in northern Syria.",
]
DENIED = [
    ("Russia denied that its troops had crossed into Ukraine.", "19"),
    ("The Syrian government denied that its forces had used chemical weapons in Douma.", "20"),
    ("Pakistan dismissed claims that its army had shelled Indian villages.", "19"),
]
ASSERTED = [
    ("Moscow said that its troops had crossed into Ukraine.", "19"),
    ("Pakistan admitted that its army had shelled Indian villages.", "19"),
]
HOSTAGES = [
    "Gunmen took three Italian engineers hostage in the Niger Delta.",
    "Somali pirates took the crew of a German freighter hostage.",
    "Islamist militants took two French journalists hostage in Mali.",
]
HOUSE_ARREST = [
    "The Egyptian army put the former president under house arrest.",
    "Myanmar's junta placed the opposition leader under house arrest.",
    "Pakistani police placed the opposition leader under house arrest in Lahore.",
]
CIRCUMSTANTIAL_NOUNS = [
    # (sentence, root that must not be coded)
    ("The Afghan government held a press conference after the bombing in Kabul.", "18"),
    ("The Iranian foreign minister gave a speech during the protests in Tehran.", "14"),
    ("The Israeli prime minister made a statement after the attack in Jerusalem.", "19"),
]
QUANTITIES = [
    ("Egyptian police made hundreds of arrests in Cairo.", "17", "EGY"),
    ("Israeli forces carried out dozens of raids in the West Bank.", "19", "ISR"),
    ("Syrian troops launched a number of attacks on rebel positions.", "19", "SYR"),
]
NO_EVENT = [
    # statements of groups that no dictionary codes
    "Many residents say life has become more expensive since the war began.",
    "Witnesses said the streets of the capital were quiet on Sunday.",
    "Analysts said the Iranian economy would grow by 2 percent.",
    # event nouns described by a verb of state
    "The agreement between Egypt and Israel has held for more than 40 years.",
    "The truce between Israel and Hamas has held since Friday.",
    "The alliance between Russia and Belarus has lasted for decades.",
    # event nouns in circumstantial phrases
    "Since the Russian invasion of Ukraine, gas prices in Europe have tripled.",
    "After the Israeli air strikes on Gaza, oil prices rose sharply.",
    "During the Iraqi elections, the price of oil fell.",
    # taking up a post is no capture
    "The American ambassador took up her post in Ankara last month.",
    "The new French envoy took up his post in Algiers on Monday.",
    "Rebels took up positions around the city.",
]
STILL_CODED = [
    # (sentence, root): the narrowing rules above leave these alone
    ("Suspected rebels killed twelve villagers in eastern Congo.", "18"),
    ("Talks between Iran and the European Union held in Vienna", "04"),
    ("Amid protests in Tehran, the Iranian government shut down the internet.", "17"),
    ("Houthi fighters overran a Saudi border post on Sunday.", "19"),
    ("Under the agreement, Russia withdrew its troops from Moldova.", "08"),
]
REDUCED_RELATIVE_SUBJECTS = [
    # "X operating in Y said": the parser makes the participle the subject, X the participle's subject
    ("The Red Cross operating in Yemen said Saudi forces must allow aid convoys into Hodeidah.", "SAU"),
    ("The Red Cross operating in Ukraine said Russia must allow its staff into Mariupol.", "RUS"),
    ("The Red Cross working in Syria said the government must allow aid into Aleppo.", "SYR"),
]
DETACHED_SUBJECTS = [
    # an introductory phrase, a comma, then the subject, which the parser hangs on the phrase's last noun
    ("Despite the warnings of the United Nations, Israel and Hamas have resumed fighting.", "19", {"ISR"}),
    ("Despite pressure from Washington, Turkey and Russia signed an arms deal.", "05", {"TUR", "RUS"}),
    ("After the mediation of Qatar, Israel and Hamas have agreed to a ceasefire.", "08", {"ISR"}),
    (
        "Despite the objections of Beijing, Japan and the Philippines signed a defence pact.",
        "06",
        {"JPN", "PHL"},
    ),
]
INTRODUCTORY_WITH = [
    # (sentence, backer's country, which must be neither target nor a phrase word's source)
    ("With the backing of the European Union, Serbia and Kosovo have agreed to normalise relations.", "IGO"),
    ("With the support of the African Union, Ethiopia and Eritrea agreed to open the border.", "IGO"),
    ("With the help of Turkish mediators, Russia and Ukraine agreed to a grain deal.", "TUR"),
    ("With American backing, Israel agreed to a truce with Hamas.", "USA"),
]
SENTENCES = sorted(
    {t for t, *_ in DIRECTIVES}
    | set(NOT_DIRECTED)
    | {t for t, _ in DENIED + ASSERTED}
    | set(HOSTAGES + HOUSE_ARREST + NO_EVENT)
    | {t for t, _ in CIRCUMSTANTIAL_NOUNS + STILL_CODED}
    | {t for t, _, _ in QUANTITIES}
    | {t for t, _ in REDUCED_RELATIVE_SUBJECTS}
    | {t for t, _, _ in DETACHED_SUBJECTS}
    | {t for t, _ in INTRODUCTORY_WITH}
)
NO_EVENT_SET = Path(__file__).resolve().parent / "data" / "events" / "no-event.yaml"


def _records(texts: list[str]) -> list[GoldRecord]:
    return bare_records(texts, "ec")


@pytest.fixture(scope="module")
def coded(coder: Any) -> dict[str, Prediction]:
    return {r.text: p for r, p in code_gold(_records(SENTENCES), coder, statements=True)}


def _show(p: Prediction) -> list[tuple[Any, ...]]:
    return [
        (e.cameo, e.trigger, [a.code for a in e.sources], [a.code for a in e.targets], e.modality, e.negated)
        for e in p.events
    ]


def _country(actors: list[Any]) -> set[str]:
    return {(a.country or a.code or "")[:3] for a in actors}


@pytest.mark.parametrize("text,code,source,target,embedded", DIRECTIVES)
def test_directive_is_a_demand_or_appeal_to_the_addressee(coded, text, code, source, target, embedded):
    p = coded[text]
    directed = [e for e in p.events if e.cameo == code]
    assert directed, _show(p)
    assert source in _country(directed[0].sources) and target in _country(directed[0].targets), _show(p)
    assert p.event is not None and p.event.cameo == code, _show(p)  # the main event is the request
    for e in p.events:
        if e.cameo_root == embedded:
            assert e.modality == "hypothetical", _show(p)  # requested, not done


@pytest.mark.parametrize("text", NOT_DIRECTED)
def test_no_directive_without_addressee_and_infinitive(coded, text):
    assert not [
        e for e in coded[text].events if e.pattern.endswith(":directive") or ":directive:" in e.pattern
    ]


@pytest.mark.parametrize("text,root", DENIED)
def test_denied_clause_is_no_event(coded, text, root):
    """The denial is coded (016) and the denied act is not (session 27: it was coded negated beside it)."""
    p = coded[text]
    assert not [e for e in p.events if e.cameo_root == root], _show(p)
    assert [e for e in p.events if e.cameo == "016"], _show(p)


@pytest.mark.parametrize("text,root", ASSERTED)
def test_reported_or_admitted_clause_is_not_negated(coded, text, root):
    p = coded[text]
    chosen = [e for e in p.events if e.cameo_root == root]
    assert chosen and not any(e.negated for e in chosen), _show(p)


@pytest.mark.parametrize("text", HOSTAGES)
def test_took_x_hostage(coded, text):
    assert coded[text].event is not None and coded[text].event.cameo == "181", _show(coded[text])


@pytest.mark.parametrize("text", HOUSE_ARREST)
def test_under_house_arrest(coded, text):
    p = coded[text]
    assert p.event is not None and p.event.cameo_root == "17" and p.event.sources, _show(p)


@pytest.mark.parametrize("text,root", CIRCUMSTANTIAL_NOUNS)
def test_noun_in_circumstantial_phrase_is_not_done_by_the_light_verb_subject(coded, text, root):
    assert not [e for e in coded[text].events if e.cameo_root == root], _show(coded[text])


@pytest.mark.parametrize("text,root,source", QUANTITIES)
def test_quantity_heads_carry_the_event_to_the_light_verb(coded, text, root, source):
    p = coded[text]
    assert p.event is not None and p.event.cameo_root == root, _show(p)
    assert source in _country(p.event.sources), _show(p)


@pytest.mark.parametrize("text,target", REDUCED_RELATIVE_SUBJECTS)
def test_reduced_relative_subject_speaks(coded, text, target):
    p = coded[text]
    assert p.event is not None and p.event.cameo == "100", _show(p)  # "must": a demand of the addressee
    assert all(a.code for a in p.event.sources) and target in _country(p.event.targets), _show(p)


@pytest.mark.parametrize("text,root,sources", DETACHED_SUBJECTS)
def test_subject_detached_by_an_introductory_phrase(coded, text, root, sources):
    p = coded[text]
    assert p.event is not None and p.event.cameo_root == root, _show(p)
    assert sources <= _country(p.event.sources), _show(p)
    # the introductory phrase's own actor (the UN, Washington, Qatar, Beijing) is not a source
    assert not {"IGO", "USA", "QAT", "CHN"} & _country(p.event.sources), _show(p)


@pytest.mark.parametrize("text,backer", INTRODUCTORY_WITH)
def test_introductory_with_phrase_names_no_target(coded, text, backer):
    p = coded[text]
    assert p.event is not None and p.event.cameo_root in {"03", "08"}, _show(p)  # an agreement, not support
    assert all(backer not in _country(e.targets) for e in p.events), _show(p)
    assert not [e for e in p.events if e.cameo_root == "03" and e.cameo.startswith("032")], _show(p)


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_invented_event(coded, text):
    assert coded[text].events == [], _show(coded[text])


@pytest.mark.parametrize("text,root", STILL_CODED)
def test_narrowing_keeps_real_events(coded, text, root):
    p = coded[text]
    assert p.event is not None and p.event.cameo_root == root, _show(p)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions against Iran: a grave mistake.",
        "No talks with Russia before the election in March.",
        "Fresh clashes on the border between Armenia and Azerbaijan",
    ],
)
def test_clause_verb_stops_at_a_verbless_root(coder, text):
    """One view token per position: ``head is token`` holds at the root (spaCy's tokens never made it hold,
    and the climb used to give back the starting token itself)."""
    sdoc = coder.nlp(text)
    view = doc_view(sdoc)
    try:
        tokens = list(view)
        roots = [t for t in tokens if t.head is t]
        assert len(roots) == 1 and roots[0].pos_ not in {"VERB", "AUX"}
        deep = [t for t in tokens if t.head is not t and t.head.head is not t.head and not t.is_punct]
        assert deep
        for t in deep:
            if not any(a.pos_ in {"VERB", "AUX"} for a in [t, *t.ancestors]):
                assert clause_verb(t) is roots[0]
    finally:
        release_view(sdoc)


# --- tests/data/events/no-event.yaml ------------------------------------------------------------------------

# Measured when the set was written, before any rule of this session: 2 of 62 no-event sentences got an
# event, 20 of 20 one-event sentences were found; after: 0 of 62, 20 of 20. Floors: one sentence of slack.
MAX_INVENTED = 1
MIN_FOUND = 19


def test_no_event_set(coder):
    items = yaml.safe_load(NO_EVENT_SET.read_text(encoding="utf-8"))["items"]
    none = [i for i in items if i["kind"] == "none"]
    one = [i for i in items if i["kind"] == "one"]
    assert len(none) >= 60 and len(one) >= 20
    got = {r.text: p for r, p in code_gold(_records([i["text"] for i in items]), coder, statements=True)}
    invented = [i["id"] for i in none if got[i["text"]].events]
    found = [i["id"] for i in one if any(e.cameo_root in i["roots"] for e in got[i["text"]].events)]
    extra = sum(max(0, len(got[i["text"]].events) - 1) for i in one)
    print(
        f"\nno-event set: {len(invented)}/{len(none)} invented, {len(found)}/{len(one)} found, "
        f"{extra} extra events"
    )
    assert len(invented) <= MAX_INVENTED, invented
    assert len(found) >= MIN_FOUND
