"""Session 26 (VC26): judgements and sanctions in statements that the development statement sets missed with
nothing coded for their root, or coded under another root (root 11 and 17 misses on s17-s20). The rules are
the VC26 sections of communique/data/events/evaluative.yaml and 09-20-conflict.yaml, and coder._ordered_act.

(1) An act said to amount to, or to constitute, a named abuse (persecution, torture, an enforced
disappearance, collective punishment, a coup) judges its doer (11x).
(2) A part played in an act of violence ("played a role in the assassination", "Russia's role in the
explosions") accuses the one who played it (112).
(3) What threatens, undermines or erodes rights and freedoms is judged (11x), and is no threat of force (130).
(4) Conduct incompatible with an actor's impartiality, neutrality or mandate is judged (11x).
(5) "biased", "one-sided": judging words (111).
(6) "a political tool / instrument": what the issuers call a body or an act used against them (111).
(7) An official suspended or dismissed from office by a court or a government is an administrative sanction
(172). A removal by a legislature's vote was in the first version and was dropped: the development sets split
on it (s13 codes none, s18 a 172), and it cost s13 an event.

(8) An authority's order that someone be jailed, detained or arrested, said in the passive, is that act done
by the one who ordered it (coder._ordered_act), not a demand (100).
(9) People dispersed by force, named as people ("dispersed teachers who gathered"), are repressed (175).

Each sentence was written before the coder was run on it. Right at first / at the end: (1)-(7) 1/27 ->
21/27 (amount to 4/4, role 3/4, rights 4/4, incompatible 4/4, biased 1/4, political tool 2/4, suspended from
office 1/3 -> 3/3; the six left are marked xfail with their cause), their near misses 9/9 -> 9/9, the threat
to rights 0/1 -> 1/1; (8) 0/4 -> 4/4, orders kept 3/3 -> 3/3, bare participles ("ordered the journalist
jailed", written after the first (8) was measured) 0/4 -> 3/4; (9) 0/4 -> 3/4, near misses 3/3 -> 3/3 (the
first version took "dispersed aid to the villagers": aid and funds are now forbidden).
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import issued_events

AMNESTY = "Amnesty International"
HRW = "Human Rights Watch"
CANADA = "Government of Canada"
LITHUANIA = "Ministry of Foreign Affairs of Lithuania"
AUSTRALIA = "Government of Australia"
EU = "European Union"
RUSSIA = "Ministry of Foreign Affairs of the Russian Federation"
AZERBAIJAN = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
VENEZUELA = "Government of the Bolivarian Republic of Venezuela"
SWEDEN = "Government of Sweden"
OAS = "Organization of American States"

# Open at the end of VC26 (failed at first and still fail; roles questions, not vocabulary): the judged act's
# doer is not found ("the investigation by the African Union was one-sided", "the BBC's coverage", "the
# sanctions imposed by the United States were a political tool"), or a judging noun inside the object of
# another verb is not judged at all ("has evidence of India's role in the bombing", "reject the biased
# resolution").
XFAIL_TARGET = pytest.mark.xfail(strict=True, reason="the judged act's doer is not found (roles)")
XFAIL_NOUN_UNDER_OBJECT = pytest.mark.xfail(
    strict=True, reason="a judging noun in another verb's object is not judged"
)

# (issuer, sentence, CAMEO root expected, the target's code prefix (None: not checked))
POSITIVES = [
    # (1) amount to / constitute a named abuse
    (
        AMNESTY,
        "The detention of the journalists by the Egyptian authorities amounts to persecution.",
        "11",
        "EGY",
    ),
    (
        LITHUANIA,
        "The Belarusian regime's deportation of opposition activists constitutes collective punishment.",
        "11",
        "BLR",
    ),
    (
        HRW,
        "Human Rights Watch said that the Venezuelan government's detention of the candidates"
        " amounted to an enforced disappearance.",
        "11",
        "VEN",
    ),
    (
        CANADA,
        "We believe that the Russian Federation's treatment of Ukrainian prisoners of war"
        " constitutes torture.",
        "11",
        "RUS",
    ),
    # (2) a role in an act of violence
    (
        "Government of the Islamic Republic of Iran",
        "There are clear indications that Israel played a role in the assassination of the scientist.",
        "11",
        "ISR",
    ),
    pytest.param(
        "Government of Pakistan",
        "The Government of Pakistan has evidence of India's role in the bombing in Quetta.",
        "11",
        "IND",
        marks=XFAIL_NOUN_UNDER_OBJECT,
    ),
    (
        "Government of the Czech Republic",
        "We have concluded that Russian military intelligence played a central role in the"
        " explosions at the depot.",
        "11",
        "RUS",
    ),
    (
        AUSTRALIA,
        "Seoul said North Korea had played a direct role in the cyberattack on its banks.",
        "11",
        "PRK",
    ),
    # (3) rights and freedoms threatened, undermined, eroded
    (
        AUSTRALIA,
        "The extraterritorial reach of China's National Security Law threatens the rights and"
        " freedoms of people around the world.",
        "11",
        "CHN",
    ),
    (
        EU,
        "The foreign agents law adopted by the Georgian parliament undermines fundamental freedoms.",
        "11",
        "GEO",
    ),
    (
        HRW,
        "Human Rights Watch said the Hungarian government's media law threatens press freedom.",
        "11",
        "HUN",
    ),
    (CANADA, "Iran's treatment of women erodes their most basic rights.", "11", "IRN"),
    # (4) incompatible with impartiality, neutrality, mandate
    (
        "Ministry of Foreign Affairs of Türkiye",
        "Türkiye said the conduct of the UN peacekeepers was incompatible with their impartiality.",
        "11",
        "IGOUN",
    ),
    (
        RUSSIA,
        "The Ministry considers the UN Secretary-General's remarks incompatible with his neutrality.",
        "11",
        "IGOUN",
    ),
    (AZERBAIJAN, "The statements of the OSCE mission are incompatible with its mandate.", "11", "IGOOS"),
    (
        "Government of Israel",
        "Israel said the UN agency's conduct was incompatible with its neutrality.",
        "11",
        "IGOUN",
    ),
    # (5) biased, one-sided
    (VENEZUELA, "The report of the UN fact-finding mission is biased and one-sided.", "11", "IGOUN"),
    pytest.param(
        "Embassy of China in the United Kingdom",
        "The Chinese embassy called the BBC's coverage biased.",
        "11",
        "GBR",
        marks=XFAIL_TARGET,
    ),
    pytest.param(
        RUSSIA,
        "We reject the biased resolution adopted by the Parliamentary Assembly of the Council of Europe.",
        "11",
        None,
        marks=XFAIL_NOUN_UNDER_OBJECT,
    ),
    pytest.param(
        "Government of Ethiopia",
        "Ethiopia said the investigation by the African Union commission was one-sided.",
        "11",
        None,
        marks=XFAIL_TARGET,
    ),
    # (6) a political tool or instrument
    (
        "Islamic Emirate of Afghanistan",
        "Spokesman Zabihullah Mujahid said that the International Criminal Court was a political"
        " tool of the West.",
        "11",
        "IGOICC",
    ),
    (RUSSIA, "The OSCE has become a political tool of Washington.", "11", "IGOOS"),
    pytest.param(
        "Ministry of Foreign Affairs of the People's Republic of China",
        "Beijing said the sanctions imposed by the United States were a political tool to contain China.",
        "11",
        "USA",
        marks=XFAIL_TARGET,
    ),
    pytest.param(
        SWEDEN,
        "We regard the Interpol notice issued by Turkey as an instrument of political persecution.",
        "11",
        "TUR",
        marks=XFAIL_TARGET,
    ),
    # (7) removed or suspended from office
    (
        OAS,
        "A justice of Brazil's Supreme Court suspended the governor of the Federal District from"
        " office for 90 days.",
        "17",
        "BRA",
    ),
    (
        AMNESTY,
        "The governor of Rio was suspended from office by Brazil's Superior Court of Justice.",
        "17",
        "BRA",
    ),
    (HRW, "Malian authorities dismissed the elected mayors of Bamako from their posts.", "17", "MLI"),
]


@pytest.mark.parametrize(("issuer", "text", "root", "target"), POSITIVES)
def test_judgement_or_sanction_coded(
    coder: Any, issuer: str, text: str, root: str, target: str | None
) -> None:
    """An event of the root is coded, asserted, aimed at the judged or sanctioned actor."""
    events = issued_events(coder, text, issuer)
    found = [e for e in events if e.cameo_root == root and not e.negated]
    assert found, (text, [(e.cameo, e.pattern) for e in events])
    if target is not None:
        assert any(any((a.code or "").startswith(target) for a in e.targets) for e in found), (
            text,
            [(e.cameo, [a.code for a in e.targets]) for e in found],
        )


# (issuer, sentence, CAMEO root that must not be coded)
NEAR_MISSES = [
    (AMNESTY, "The aid promised to Sudan amounted to twenty million dollars.", "11"),
    (EU, "The new rules constitute a framework for cooperation between the two countries.", "11"),
    (EU, "Norway played a key role in the peace talks between Colombia and the rebels.", "11"),
    (EU, "The United Nations played a central role in the negotiations.", "11"),
    (EU, "The rebels threatened the villagers of Kidal.", "11"),
    (EU, "Climate change threatens the rights of future generations.", "11"),
    (EU, "Trade is an important tool for development in Africa.", "11"),
    (OAS, "President Arce has been in office since 2020.", "17"),
    (OAS, "The minister of Peru left office in May.", "17"),
]


@pytest.mark.parametrize(("issuer", "text", "root"), NEAR_MISSES)
def test_near_miss_not_coded(coder: Any, issuer: str, text: str, root: str) -> None:
    """Neighbouring wordings that judge or sanction no one."""
    events = issued_events(coder, text, issuer)
    assert not [e for e in events if e.cameo_root == root and not e.negated], (
        text,
        [(e.cameo, e.pattern) for e in events],
    )


def test_threat_to_rights_is_no_threat_of_force(coder: Any) -> None:
    """A law that threatens rights is judged (11), not a threat (13)."""
    text = (
        "The extraterritorial reach of China's National Security Law threatens the rights and"
        " freedoms of people around the world."
    )
    events = issued_events(coder, text, AUSTRALIA)
    assert not [e for e in events if e.cameo_root == "13"], [(e.cameo, e.pattern) for e in events]


# (8) An authority's order that someone be jailed, detained or arrested is that act (17x), done by the one who
# ordered it, not a demand (10x): the development sets code "a court ordered that X be jailed" as the arrest.
# (issuer, sentence, the source's code prefix)
ORDERED_DETENTIONS = [
    (
        LITHUANIA,
        "A Minsk court ordered that the opposition leader be held in pretrial detention for two months.",
        "BLR",
    ),
    (AMNESTY, "An Ankara court on Friday ordered that the journalist be jailed pending trial.", "TUR"),
    (AMNESTY, "Last week a Tehran court ordered that the students be arrested.", "IRN"),
    (HRW, "The Egyptian prosecutor has ordered that the two activists be detained for fifteen days.", "EGY"),
]


@pytest.mark.parametrize(("issuer", "text", "source"), ORDERED_DETENTIONS)
def test_ordered_detention_is_the_detention(coder: Any, issuer: str, text: str, source: str) -> None:
    """The order is coded as the detention it orders, with the orderer as its source, and no demand."""
    events = issued_events(coder, text, issuer)
    found = [e for e in events if e.cameo_root == "17"]
    assert found, (text, [(e.cameo, e.pattern) for e in events])
    assert any((a.code or "").startswith(source) for e in found for a in e.sources), (
        text,
        [(e.cameo, [a.code for a in e.sources]) for e in found],
    )
    assert not [e for e in events if e.cameo_root == "10"], (text, [(e.cameo, e.pattern) for e in events])


ORDERS_KEPT = [
    (
        OAS,
        "The International Court of Justice ordered Venezuela to refrain from any action in the territory.",
        "10",
    ),
    (AMNESTY, "The court ordered that the prisoners be released immediately.", "17"),
    (AMNESTY, "The president of Mali ordered that more troops be deployed to the north.", "17"),
]


@pytest.mark.parametrize(("issuer", "text", "root"), ORDERS_KEPT)
def test_other_orders_kept(coder: Any, issuer: str, text: str, root: str) -> None:
    """An order to someone stays a demand; an ordered release or deployment is no detention."""
    events = issued_events(coder, text, issuer)
    roots = [e.cameo_root for e in events]
    if root == "10":
        assert "10" in roots and "17" not in roots, (text, roots)
    else:
        assert root not in roots, (text, roots)


# (9) People dispersed by force, named as people rather than as a protest ("dispersed teachers who gathered",
# "dispersed opposition supporters"), are repressed as a dispersed crowd is (175).
DISPERSED = [
    (AMNESTY, "Riot police dispersed the students with tear gas outside Dhaka University.", "BGD"),
    (
        AMNESTY,
        "Guinean security forces dispersed opposition supporters who had gathered at the party headquarters.",
        "GIN",
    ),
    # (open: the parser reads "teachers" as the subject of "marching", a clause, not the dispersed object)
    pytest.param(
        HRW,
        "The Kenyan police violently dispersed teachers marching to Parliament.",
        "KEN",
        marks=pytest.mark.xfail(strict=True, reason="parse: the object read as a clause's subject"),
    ),
    (
        LITHUANIA,
        "Belarusian riot police have dispersed hundreds of women who were protesting in Minsk.",
        "BLR",
    ),
]


@pytest.mark.parametrize(("issuer", "text", "source"), DISPERSED)
def test_dispersed_people_repressed(coder: Any, issuer: str, text: str, source: str) -> None:
    """A dispersal of people by the police or the army is repression (17x) by them."""
    events = issued_events(coder, text, issuer)
    found = [e for e in events if e.cameo_root == "17"]
    assert any((a.code or "").startswith(source) for e in found for a in e.sources), (
        text,
        [(e.cameo, e.pattern, [a.code for a in e.sources]) for e in events],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The fog over the capital dispersed by noon.",
        "The United Nations dispersed aid to the villagers of Kidal.",
        "The crowd dispersed peacefully after the speeches.",
    ],
)
def test_dispersal_of_no_one(coder: Any, text: str) -> None:
    """Fog, aid and a crowd that leaves of itself are repressed by no one."""
    events = issued_events(coder, text, AMNESTY)
    assert not [e for e in events if e.cameo_root == "17"], [(e.cameo, e.pattern) for e in events]


# (8b) The same order with a bare participle ("ordered the journalist jailed"): the parser makes the undergoer
# the participle's subject.
ORDERED_BARE = [
    (AMNESTY, "A Moscow judge ordered the opposition leader detained for 30 days.", "RUS"),
    # (open: no pattern codes the union "closed": the parser makes the union the participle's subject)
    pytest.param(
        HRW,
        "A Jordanian prosecutor ordered the teachers' union closed for two years.",
        "JOR",
        marks=pytest.mark.xfail(strict=True, reason="no coded act for the bare participle 'closed'"),
    ),
    (AMNESTY, "An Ankara court ordered the journalist jailed pending trial.", "TUR"),
    (HRW, "The Egyptian prosecutor ordered the two activists held in custody for fifteen days.", "EGY"),
]


@pytest.mark.parametrize(("issuer", "text", "source"), ORDERED_BARE)
def test_ordered_bare_participle(coder: Any, issuer: str, text: str, source: str) -> None:
    """The ordered detention is coded, by the one who ordered it, and no demand beside it."""
    events = issued_events(coder, text, issuer)
    found = [e for e in events if e.cameo_root == "17"]
    assert any((a.code or "").startswith(source) for e in found for a in e.sources), (
        text,
        [(e.cameo, e.pattern, [a.code for a in e.sources]) for e in events],
    )
    assert not [e for e in events if e.cameo_root == "10"], (text, [(e.cameo, e.pattern) for e in events])
