"""Which category a sentence gets when generic verbs meet specific event words (issue 4, confusable pairs).

Every sentence here is our own wording (not from any gold or probe set). Each class of rule is checked with at
least three sentences and, where the rule could over-fire, with sentences that must stay in their category:

- a light verb yields to the event noun in its object ("approved military aid" is aid, not praise);
- "give in (to)" is yielding, but "gave N dollars in aid" is a donation;
- "call/describe X a Y" with a term of condemnation or approval judges X, while "call for/on/off" do not;
- a crowd that "rallied against" something demonstrates (141), it does not rally opposition (113);
- capturing a town is fighting (190 ASSAULT), occupying it or taking control is 192 (COERCE);
- bare event nouns (talks, bombings) carried by a light verb are events;
- holding people for questioning is 173;
- easing a curfew or state of emergency (0813/0814) is CONCEDE;
- all of CAMEO 17 (demolitions, tear gas) is PLOVER COERCE.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.events.cameo import plover_of
from communique.events.evaluate import GoldRecord, Prediction, code_gold, evaluate, load_probes, main_event

CASES: list[tuple[str, str | None, str | None]] = [
    # light verb + event noun in its object: the noun's event is the main one
    ("The US Congress approved military aid to Ukraine.", "AID", "07"),
    ("The European Parliament approved humanitarian aid for Syrian refugees.", "AID", "07"),
    ("Germany made an offer of fresh credit to Ukraine.", "AGREE", "03"),
    ("France made an offer of emergency aid to Lebanon after the explosion.", "AGREE", "03"),
    ("The Serbian government made an offer of talks to Kosovo.", "AGREE", "03"),
    ("The European Union hit Iran with sanctions on Monday.", "SANCTION", "16"),
    # ... while a light verb with its own complete phrase keeps it
    ("Egypt held talks with Israel on the Gaza truce.", "CONSULT", "04"),
    ("Pakistan made a formal protest to India over the shooting.", "ACCUSE", "11"),
    ("Britain gave its backing to the Kenyan peace plan.", "SUPPORT", "05"),
    # donations are not "giving in"
    ("Norway gave two million euros in humanitarian aid to Sudan.", "AID", "07"),
    ("Canada gave 10 million dollars in development assistance to Haiti.", "AID", "07"),
    ("China gave a loan of two billion dollars to Pakistan.", "AID", "07"),
    ("The Bolivian government gave in to the demands of the striking miners.", "CONCEDE", "08"),
    # naming with a term of condemnation or approval
    ("Moscow called the Western sanctions illegal.", "ACCUSE", "11"),
    ("The Kenyan opposition described the election as a farce.", "ACCUSE", "11"),
    ("Beijing called the visit a provocation.", "ACCUSE", "11"),
    ("Iran called the nuclear deal a historic breakthrough.", "SUPPORT", "05"),
    # ... and "call" in its other senses
    ("The United Nations called for an end to the violence in Darfur.", "REQUEST", "02"),
    ("India called off the talks with Pakistan.", "SANCTION", "16"),
    ("Turkey called on Greece to resume the talks.", "REQUEST", "02"),
    # crowds rallying against something demonstrate
    ("Thousands of students rallied in Belgrade against the government.", "PROTEST", "14"),
    ("Hundreds of farmers rallied outside the Indian parliament against the new farm laws.", "PROTEST", "14"),
    ("Tens of thousands of Georgians rallied in Tbilisi against the foreign agents bill.", "PROTEST", "14"),
    # taking a place is fighting (190); holding it is occupation (192)
    ("Ethiopian troops captured the Somali town of Baidoa after heavy fighting.", "ASSAULT", "19"),
    ("Houthi fighters overran a Saudi border post on Sunday.", "ASSAULT", "19"),
    ("Afghan troops retook the airport in Kandahar from the Taliban.", "ASSAULT", "19"),
    ("Israeli troops occupied the West Bank town of Jenin.", "COERCE", "19"),
    ("Nigerian troops took control of the town of Monguno.", "COERCE", "19"),
    ("Russian forces seized control of the Crimean peninsula.", "COERCE", "19"),
    # event nouns carried by a light verb (talks, bombings) need no preposition of their own
    (
        "Israeli and Syrian negotiators returned to Washington for talks on the Golan Heights.",
        "CONSULT",
        "04",
    ),
    ("Islamist militants carried out a series of bombings in the Iraqi capital.", "ASSAULT", "18"),
    ("Chechen rebels staged a wave of bombings in southern Russia.", "ASSAULT", "18"),
    # holding people for questioning is a detention
    ("Israeli forces held two Palestinian teenagers for questioning.", "COERCE", "17"),
    ("Turkish police held a German journalist for questioning in Istanbul.", "COERCE", "17"),
    ("Egyptian authorities held a British tourist for interrogation at Cairo airport.", "COERCE", "17"),
    # easing a curfew or an emergency is a concession like other eased restrictions
    ("The Thai government lifted the curfew in Bangkok.", "CONCEDE", "08"),
    ("Algeria lifted the state of emergency after 19 years.", "CONCEDE", "08"),
    ("The Sudanese government eased the curfew in Khartoum.", "CONCEDE", "08"),
    # a report of an event is coded as the embedded event, not as the statement
    ("Iraqi officials said the bombing killed 14 pilgrims near Karbala.", "ASSAULT", "18"),
    ("Kenya said Somali militants attacked a police station near the border.", "ASSAULT", "19"),
    ("Police in Lagos said gunmen kidnapped three foreign oil workers.", "ASSAULT", "18"),
    # a warning given is a threat; a contribution of money is aid
    ("The Indian army gave a stern warning to Pakistan over the border firing.", "THREATEN", "13"),
    ("The Chinese foreign ministry delivered a warning to Japan over the islands.", "THREATEN", "13"),
    ("NATO sent a final ultimatum to the Bosnian Serbs.", "THREATEN", "13"),
    ("Germany made a contribution of 100 million euros to the Afghan reconstruction fund.", "AID", "07"),
    ("Japan made a donation of five million dollars to the Red Cross in Haiti.", "AID", "07"),
    ("Saudi Arabia announced a contribution of 500 million dollars to Yemen.", "AID", "07"),
    # generic verbs in their criticising or approving sense, and the senses they were confused with
    ("The Turkish president took aim at the European Union over its refugee policy.", "ACCUSE", "11"),
    ("The Polish prime minister took aim at Brussels over the migrant quotas.", "ACCUSE", "11"),
    ("The Venezuelan president hit back at Washington over the sanctions.", "ACCUSE", "11"),
    ("The Chinese foreign ministry hit back at Canada over the arrest of its citizens.", "ACCUSE", "11"),
    ("The Ukrainian government hit Russian banks with new sanctions.", "SANCTION", "16"),
    ("Germany took in a million refugees in 2015.", "AID", "07"),
    ("Uganda took in thousands of South Sudanese refugees.", "AID", "07"),
    ("The Kenyan government gave the green light to the deployment of troops in Somalia.", "SUPPORT", "05"),
    ("The Turkish parliament gave the green light to the Swedish membership of NATO.", "SUPPORT", "05"),
    ("The US Senate gave the green light to arms sales to Taiwan.", "SUPPORT", "05"),
    # a vow of violence is a threat; a vow to fight corruption stays a pledge
    ("The rebels vowed to attack any foreign troops entering the country.", "THREATEN", "13"),
    ("Hezbollah pledged to avenge the killing of its commander.", "THREATEN", "13"),
    ("Al-Shabaab vowed to fight on against the African Union troops.", "THREATEN", "13"),
    ("The new Nigerian president vowed to fight corruption.", "AGREE", "03"),
    # a sit-in (split by the tokenizer) is a demonstration
    ("Opposition supporters staged a sit-in outside the election commission in Nairobi.", "PROTEST", "14"),
    ("Students held a sit-in at the university in Dhaka.", "PROTEST", "14"),
    ("Kenyan nurses began a sit-in at the health ministry.", "PROTEST", "14"),
    # a nuclear-capable missile test is a show of force, not a nuclear strike
    ("India test-fired a nuclear-capable missile.", "MOBILIZE", "15"),
    ("Pakistan test-fired a nuclear-capable cruise missile on Thursday.", "MOBILIZE", "15"),
    ("North Korea launched a nuclear-capable ballistic missile into the sea.", "MOBILIZE", "15"),
    # "go to" is a visit only when the place is one: not the polls, war, court, the streets
    ("The Indian prime minister went to Washington for talks with the president.", "CONSULT", "04"),
    ("Iraqi voters went to the polls on Sunday to elect a new parliament.", None, None),
    ("Algerian lawyers went to court over the ban on their union.", None, None),
    # "attack" a policy or a law is criticism; "battle" fires or floods is no combat
    ("The opposition leader attacked the government's economic policy.", "ACCUSE", "11"),
    ("The opposition attacked the government's budget.", "ACCUSE", "11"),
    ("Greek unions attacked the austerity law.", "ACCUSE", "11"),
    ("Indonesian firefighters battled forest fires in Sumatra.", None, None),
    ("The Australian army battled floods in Queensland.", None, None),
    ("Philippine troops battled Muslim rebels on Jolo island.", "ASSAULT", "19"),
    # dismissing a government changes the leadership (08); dismissing criticism or a proposal rejects it (12)
    ("The Jordanian king dismissed the government after protests over fuel prices.", "CONCEDE", "08"),
    ("The Tunisian president sacked the prime minister amid street protests.", "CONCEDE", "08"),
    ("The Peruvian president dismissed his cabinet after the corruption scandal.", "CONCEDE", "08"),
    ("The Chinese foreign ministry dismissed the American criticism.", "REJECT", "12"),
    ("Hamas dismissed the Egyptian truce proposal.", "REJECT", "12"),
    # "decline" rejects only with an object or complement; "storm out", "press ahead" are no attack, no demand
    ("Iranian oil exports declined sharply in the first quarter.", None, None),
    ("The Venezuelan opposition declined the invitation to the talks.", "REJECT", "12"),
    ("The Syrian foreign minister declined to attend the conference in Geneva.", "REJECT", "12"),
    ("The Israeli delegation stormed out of the UN meeting.", None, None),
    ("The British foreign secretary stormed out of the meeting with his Russian counterpart.", None, None),
    ("Russian special forces stormed the theatre in Moscow.", "ASSAULT", "19"),
    ("The Greek government pressed ahead with the privatisation plan.", None, None),
    ("The French prime minister pressed ahead with the pension reform despite strikes.", None, None),
    ("The European Union pressed Serbia for reforms of the judiciary.", "REQUEST", "10"),
    # officials who clash over an issue disagree; troops and crowds that clash fight
    ("The German and Polish leaders clashed over migration at the EU summit.", "ACCUSE", "11"),
    ("The Chinese and Indian foreign ministers clashed over the border issue at the summit.", "ACCUSE", "11"),
    ("Eritrean troops clashed with Ethiopian forces near Badme.", "ASSAULT", "19"),
    ("Protesters clashed with police in the Venezuelan capital.", "PROTEST", "14"),
    # an order to release a named person: the release is the event
    ("The Pakistani court ordered the release of the opposition leader.", "RETREAT", "08"),
    ("A Cairo court ordered the release of the jailed blogger.", "RETREAT", "08"),
    ("The Supreme Court ordered the release of the detained journalists in Bangladesh.", "RETREAT", "08"),
    # support in weapons is military aid; ordering jets is a purchase, not a demand; a campaign is military
    # only when it says so
    ("Iran supported the Houthi rebels with missiles and drones.", "AID", "07"),
    ("Russia backed the separatists with tanks and artillery.", "AID", "07"),
    ("The United States supported the Kurdish fighters with weapons and air strikes.", "AID", "07"),
    ("India ordered 36 Rafale fighter jets from France.", None, None),
    ("Poland ordered 250 Abrams tanks from the United States.", None, None),
    ("The Kenyan opposition launched a campaign against the constitutional changes.", "ACCUSE", "11"),
    ("Russia launched a bombing campaign against rebel positions in Syria.", "ASSAULT", "19"),
    ("The Israeli army launched a military campaign in the West Bank.", "ASSAULT", "19"),
    # a protest addressed to a party is a formal complaint; crowds protest against something
    ("Egypt protested to Israel over the killing of its border guards.", "ACCUSE", "11"),
    ("China protested to Japan over the textbook revisions.", "ACCUSE", "11"),
    ("The Philippines protested to Beijing over the harassment of its fishermen.", "ACCUSE", "11"),
    ("Farmers protested against the new tax in Nairobi.", "PROTEST", "14"),
    # protesters who burn buildings riot; soldiers or villagers who do it destroy property
    ("According to the police, protesters set fire to a police station in Dhaka.", "PROTEST", "14"),
    ("Opposition protesters torched the ruling party offices in Kinshasa.", "PROTEST", "14"),
    ("Israeli soldiers set fire to Palestinian olive groves near Nablus.", "COERCE", "17"),
    ("Angry villagers torched the local government office in Bihar.", "COERCE", "17"),
    # "retaliate" is force; announced, it is a threat; ships entering waters show force
    ("Israel retaliated with air strikes on Gaza.", "ASSAULT", "19"),
    ("Turkish officials said Ankara would retaliate against any attack on its troops.", "THREATEN", "13"),
    ("Iran retaliated against the US base in Iraq with ballistic missiles.", "ASSAULT", "19"),
    ("Chinese warships entered Japanese waters near the disputed islands.", "MOBILIZE", "15"),
    ("Russian bombers violated Estonian airspace on Tuesday.", "MOBILIZE", "15"),
    ("Turkish jets violated Greek airspace over the Aegean.", "MOBILIZE", "15"),
    # saying no rejects; a blacklist or sanctions list sanctions
    ("Poland said no to the migrant relocation scheme.", "REJECT", "12"),
    ("The Swiss voters said no to the EU treaty.", "REJECT", "12"),
    ("Greece said no to the creditors' demands.", "REJECT", "12"),
    ("The minister said no agreement had been reached.", None, None),
    ("The United States added Chinese tech firms to its trade blacklist.", "SANCTION", "16"),
    ("The EU put three Iranian officials on its sanctions list.", "SANCTION", "16"),
    ("Britain placed the Russian bank on its sanctions list.", "SANCTION", "16"),
    # sitting down (together) is a meeting; sitting in is a protest
    ("Saudi and Iranian officials sat down together in Baghdad.", "CONSULT", "04"),
    ("The Israeli and Palestinian negotiators sat down in Washington.", "CONSULT", "04"),
    ("Hundreds of workers sat in at the factory in Seoul.", "PROTEST", "14"),
    ("Moroccan police dispersed a sit-in by unemployed graduates in Rabat.", "COERCE", "17"),
    ("Police in Istanbul dispersed a march by LGBT activists.", "COERCE", "17"),
    ("Belarusian police dispersed a candlelight vigil in Minsk.", "COERCE", "17"),
    # CAMEO 17 is COERCE as a whole
    ("Kenyan police used tear gas to disperse protesters in Nairobi.", "COERCE", "17"),
    ("Israeli bulldozers demolished Palestinian homes in Hebron.", "COERCE", "17"),
    ("Security forces in Bahrain crushed a protest by Shiite villagers.", "COERCE", "17"),
]


@pytest.fixture(scope="module")
def predictions(coder: Any) -> dict[str, Prediction]:
    """Code all sentences in one batch."""
    records = [GoldRecord(f"c-{n}", n, text, "", [], [], False) for n, (text, _, _) in enumerate(CASES, 1)]
    return {r.text: p for r, p in code_gold(records, coder)}


@pytest.mark.parametrize(("text", "plover", "root"), CASES, ids=[c[0][:40] for c in CASES])
def test_main_event_category(
    predictions: dict[str, Prediction], text: str, plover: str | None, root: str | None
) -> None:
    """The main event has the expected PLOVER category and CAMEO root."""
    pred = predictions[text]
    ev = pred.event
    found = (ev.cameo, ev.pattern) if ev else None
    if plover is None:  # not the sense the verb was confused with: no visit, demand, rejection, combat
        assert ev is None or ev.cameo_root not in {"04", "10", "12", "19"}, f"{text} -> {found}"
        return
    assert ev is not None and ev.plover == plover and ev.cameo_root == root, f"{text} -> {found}"


@pytest.mark.parametrize(
    "text",
    [
        "The US Congress approved military aid to Ukraine.",
        "The European Parliament approved humanitarian aid for Syrian refugees.",
    ],
)
def test_light_verb_event_yields_to_its_object_noun(predictions: dict[str, Prediction], text: str) -> None:
    """Both the verb (051 approve) and the noun (07 aid) are coded; the noun wins only through the rule."""
    pred = predictions[text]
    codes = {e.cameo_root for e in pred.events}
    assert {"05", "07"} <= codes, pred.events
    without_rule = main_event(pred.events, None, light_verbs=frozenset())
    assert without_rule is not None and without_rule.cameo_root == "05"  # first in the sentence
    assert pred.event is not None and pred.event.cameo_root == "07"


def test_cameo_17_maps_to_coerce() -> None:
    """Destroying property (1712) and violent repression (175) are COERCE, like the rest of root 17."""
    for code in ("170", "1712", "173", "175"):
        assert plover_of(code)[0] == "COERCE", code


def test_bare_event_noun_without_agent_is_no_event(coder: Any) -> None:
    """A bare "talks"/"bombings" with no possessor, actor adjective or carrying verb is not an event."""
    texts = ["The talks collapsed on Friday.", "The bombings continued for a third week."]
    records = [GoldRecord(f"b-{n}", n, t, "", [], [], False) for n, t in enumerate(texts, 1)]
    for _, pred in code_gold(records, coder):
        assert pred.event is None, pred.events


def test_easing_a_curfew_is_a_concession() -> None:
    """0813/0814 map to CONCEDE like 081; releases and withdrawals stay RETREAT."""
    assert plover_of("0813")[0] == plover_of("0814")[0] == plover_of("081")[0] == "CONCEDE"
    assert plover_of("0841")[0] == plover_of("087")[0] == "RETREAT"


CONFUSIONS = Path(__file__).resolve().parent / "data" / "events" / "confusions.yaml"


def test_confusion_set_does_not_regress(coder: Any) -> None:
    """Our confusable-pair set (tests/data/events/confusions.yaml, 72 items): a regression guard at the figure
    measured when it was frozen (0.903 event-type accuracy), two items of slack."""
    records = load_probes(CONFUSIONS)
    assert len(records) >= 70
    scores = evaluate(records, coder, statements=True)
    print(f"\nconfusion set ({scores.n} items): accuracy {scores.accuracy:.3f}, triple F1 {scores.f1:.3f}")
    assert scores.accuracy >= 0.903 - 2 / scores.n
