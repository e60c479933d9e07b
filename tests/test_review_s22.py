"""Review of session 22's event and role rules (RV22): near misses of the new pattern families and role rules,
in sentences written for this review (none from a gold or transfer set).

``FIXED`` near misses fired a session-22 pattern before the review's guard; ``KEPT`` positives show the guard
does not eat the rule. ``OPEN`` near misses are still coded by a session-22 pattern: strict xfails, so a rule
that stops firing on one turns it into a failure to remove from the list.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import coded_events, issued_events

FINLAND = "Ministry of Foreign Affairs of Finland"
CHILE = "Ministry of Foreign Affairs of Chile"

# (issuer or None for wire text, sentence, pattern id that must not fire)
FIXED_NEAR_MISSES = [
    (None, "The Indian ministry held a workshop for students in Delhi.", "173:s22-hold-person"),
    (None, "The Egyptian military held the opposition leader's funeral on Sunday.", "173:s22-hold-person"),
    (None, "The Kenyan court remanded the case to a lower court.", "173:s22-remand"),
    (FINLAND, "The ministry will answer the letters at the appropriate time.", "130:s22-respond-at-time"),
    (
        FINLAND,
        "Finland will respond at the right time to the questions of journalists.",
        "130:s22-respond-at-time",
    ),
    (FINLAND, "The minister refused to rule out an operation on his knee.", "130:s22-refuse-rule-out-force"),
    (FINLAND, "The union leader refused to rule out a strike by teachers.", "130:s22-refuse-rule-out-force"),
    (
        CHILE,
        "The government will apply the necessary measures to protect the harvest.",
        "170:necessary-measures",
    ),
    (
        CHILE,
        "The government will take the necessary measures to protect the harvest.",
        "170:necessary-measures",
    ),
    (CHILE, "The ministry is implementing the necessary measures to contain the outbreak.", "170:"),
    (
        None,
        "The Turkish government removed the statue forcibly from the square.",
        "175:s22-break-up-gathering",
    ),
    (
        None,
        "Government workers forcibly removed the debris from the road in Manila.",
        "175:s22-break-up-gathering",
    ),
    (FINLAND, "The ministry launched a case study on dispute settlement.", "115:s22-case-against"),
    # (lead) "take action against" is any measure, most often a sanction
    (None, "The United States is taking action against three Nicaraguan judges.", "115:s22-case-against"),
    # NV22's news rules
    (None, "Kenyan police arrived in Nairobi to guard the stadium for the football final.", "074:nv22"),
    (None, "The Nigerian scientists set upon the problem with energy.", "182:nv22-set-upon"),
    (None, "Locusts set upon the crops of Kenyan farmers.", "182:nv22-set-upon"),
    (None, "The Nigerian minister promised to introduce a levy on plastic bags.", "1312:nv22-vow-sanctions"),
    (
        None,
        "The Kenyan court said the shop was a legitimate target for the tax.",
        "138:e:nv22-legitimate-target",
    ),
]

# (issuer or None, sentence, CAMEO code the guarded rule must still give)
KEPT_POSITIVES = [
    (None, "Ugandan security forces have held the two reporters without charge.", "173"),
    (None, "A Kenyan magistrate remanded the opposition leader.", "173"),
    (FINLAND, "Finland will react at the appropriate time.", "130"),
    (FINLAND, "Russia refused to rule out military action against Finland.", "130"),
    (FINLAND, "The Russian president refused to rule out the use of military force against Finland.", "130"),
    (FINLAND, "Russia declined to rule out an invasion.", "130"),
    (None, "Trump vowed to impose tariffs on Chinese goods.", "1312"),
    (None, "Riot police forcibly removed the striking workers from the factory in Seoul.", "175"),
    (FINLAND, "Finland has requested dispute settlement consultations with Indonesia.", "115"),
    (FINLAND, "Finland has filed an action against Indonesia at the Court of Justice.", "115"),
    (FINLAND, "Finland will take legal action against the Russian operator.", "115"),
    (None, "Senegalese troops arrived in Banjul to protect the new president.", "074"),
    (
        None,
        "Kenyan police officers landed in Port-au-Prince to bolster the mission fighting the gangs.",
        "074",
    ),
    (None, "The Nigerian army said the militia's bases were legitimate targets.", "138"),
]

OPEN_NEAR_MISSES = [
    # 020: a thing recommended is no appeal (the rule's own comment), but an object satisfies needs_clause
    (FINLAND, "The minister recommends a visit to the national museum.", "020:s22-recommend-that"),
    # 130: "use" alone stands for "the use of force", which lies beyond the phrase's reach
    (
        FINLAND,
        "The minister refused to rule out the use of emergency funds.",
        "130:s22-refuse-rule-out-force",
    ),
    # 173: "in high regard" is a circumstance the forbidden words do not see
    (None, "The Kenyan government held the leader of the opposition in high regard.", "173:s22-hold-person"),
    # 161: the infinitive's own negation is not the instruction's
    (
        FINLAND,
        "The President instructed the Ministry not to break relations with Nicaragua.",
        "161:s22-instructed-to-break",
    ),
    # 172: seats of a plane are no seats in a parliament
    (None, "The Kenyan airline stripped the seats from its old planes.", "172:v9k"),
    # 115: a physical law challenged is no case
    (FINLAND, "Finland will challenge the law of gravity with a new rocket.", "115:s22-case-against"),
]


def _events(coder: Any, issuer: str | None, text: str) -> list[Any]:
    return issued_events(coder, text, issuer) if issuer else coded_events(coder, text)


@pytest.mark.parametrize(("issuer", "text", "pattern"), FIXED_NEAR_MISSES)
def test_fixed_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """A near miss the review guarded codes nothing by the session-22 pattern."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)


@pytest.mark.parametrize(("issuer", "text", "code"), KEPT_POSITIVES)
def test_guarded_rules_keep_their_positives(coder: Any, issuer: str | None, text: str, code: str) -> None:
    """Each guarded rule still codes a plain positive of its own."""
    codes = [e.cameo for e in _events(coder, issuer, text)]
    assert code in codes, (text, codes)


@pytest.mark.xfail(strict=True, reason="RV22: open near miss of a session-22 rule")
@pytest.mark.parametrize(("issuer", "text", "pattern"), OPEN_NEAR_MISSES)
def test_open_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """Still coded by its session-22 pattern (listed in the RV22 report)."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)


def test_unspecified_measures_threaten_whom_the_statement_is_about(coder: Any) -> None:
    """ "will apply all necessary measures" after a judged act of another is a threat aimed at its doer (the
    measures alone, about no one, are the issuers' own business: FIXED above)."""
    events = issued_events(
        coder,
        "Chile condemns the incursion of Argentine troops into its territory.\n"
        "Chile will apply all necessary measures to defend its sovereignty.",
        CHILE,
    )
    threats = [e for e in events if e.sentence_index == 1 and e.cameo_root == "13"]
    assert threats and {a.code[:3] for e in threats for a in e.targets if a.code} == {"ARG"}, [
        (e.cameo, [a.code for a in e.targets]) for e in events
    ]


def test_a_rejected_attempt_is_one_judgement_aimed_at_who_attempts(coder: Any) -> None:
    """ "rejects any attempt by X to interfere in our internal affairs" is one 111 aimed at X (the judgement
    word inside the rejected attempt qualifies it, as in "respond to this illegal act"); an attempt by no one
    named is aimed at whom the statement is about, not at what it would be done to ("the media")."""
    one = issued_events(
        coder, "Chile rejects any attempt by Argentina to interfere in our internal affairs.", CHILE
    )
    judged = [e for e in one if e.cameo_root == "11"]
    assert len(judged) == 1 and [a.code for a in judged[0].targets] == ["ARG"], [
        (e.cameo, e.pattern, [a.code for a in e.targets]) for e in one
    ]
    told = issued_events(
        coder,
        "Chile condemns the arrest of journalists by the Venezuelan authorities.\n"
        "Chile rejects any attempt to silence the independent media.",
        CHILE,
    )
    aimed = [a.code for e in told if e.sentence_index == 1 and e.cameo_root == "11" for a in e.targets]
    assert aimed == ["VENGOV"], aimed


def test_our_people_abroad_are_the_target_not_the_place(coder: Any) -> None:
    """ "Peruvian police assaulted members of our diplomatic staff in Lima" is aimed at the speaker only: the
    place names the doers' own country, which is no target of theirs."""
    events = issued_events(coder, "Peruvian police assaulted members of our diplomatic staff in Lima.", CHILE)
    assaults = [e for e in events if e.cameo_root == "18"]
    assert assaults and all({(a.code or "")[:3] for a in e.targets if a.code} == {"CHL"} for e in assaults), [
        (e.cameo, [a.code for a in e.targets]) for e in events
    ]


def test_states_in_lower_case_are_no_country() -> None:
    """ "the states of the region" names no one coded (was the United States, by the alias "the States"); the
    capitalised alias still names it."""
    import communique

    lower = communique.code_text("Norway urges the states of the region to stop supporting the rebels.")
    assert not [a for a in lower.actors if a.code == "USA"], [(a.text, a.code) for a in lower.actors]
    upper = communique.code_text("The minister flew back to the States on Monday.")
    assert [a.text for a in upper.actors if a.code == "USA"] == ["the States"], upper.actors


def test_a_complaint_lodged_with_a_body_is_aimed_at_whom_it_is_about(coder: Any) -> None:
    """ "lodge a complaint with the Security Council over the Russian incursion" is aimed at Russia, not at
    the council it is lodged with; with no one it is about, at no one the phrase names."""
    about = issued_events(
        coder, "Finland will lodge a complaint with the Security Council over the Russian incursion.", FINLAND
    )
    assert [[a.code for a in e.targets] for e in about if e.cameo == "114"] == [["RUS"]], [
        (e.cameo, [a.code for a in e.targets]) for e in about
    ]
    bare = issued_events(coder, "Finland will lodge a complaint with the Security Council.", FINLAND)
    assert not [a.code for e in bare if e.cameo == "114" for a in e.targets if a.code == "IGOUNSC"]


@pytest.mark.parametrize(
    "text",
    [
        "Police Commissioner John Kamau said officers in Nairobi arrested twelve protesters.",
        "The Kenyan Human Rights Commissioner Joseph Ole condemned the arrest of the protesters.",
    ],
)
def test_another_bodys_commissioner_is_no_member_of_the_commission(coder: Any, text: str) -> None:
    """In the European Commission's statement a police or human-rights commissioner is no member of the
    Commission (AC22's _commission_member); "Trade Commissioner X" still is."""
    events = issued_events(coder, text, "European Commission")
    assert not [a for e in events for a in e.sources if a.code == "IGOEUEC"], [
        (e.cameo, [a.code for a in e.sources]) for e in events
    ]
    own = issued_events(
        coder, "Trade Commissioner Cecilia Malmstrom said the talks had failed.", "European Commission"
    )
    assert [a.code for e in own if e.cameo == "010" for a in e.sources] == ["IGOEUEC"], own
