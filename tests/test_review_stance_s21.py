"""Review of the twenty-first session's stance work (RS21): near misses of its new cues and mechanisms.

Sentences written by the reviewer, none copied from a gold file. The strict xfails are wrong reads that the
session's rules brought in (each read right at d24823d): they pass once the finding they name is mended and
then must lose their mark. The plain tests are reads the session got right and must keep.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


# Findings 1-5 and 7 mended by ST21c (RS21's proposed fixes: the unilateral-measures combo, whole-name
# acronyms, the inch idiom without cede/surrender, airspace lives lost, no "another country"/"hear claim"
# terms; an inquiry into an ending is against the ending).
MENDED = [
    # Acronyms (9cf788c): a suffix of a name's initials is another thing ("TBT" of the WTO is not "CTBT").
    (
        "Austria recalls that the TBT Agreement of the World Trade Organization obliges members to notify new"
        " technical regulations. We urge all members to respect it.",
        "the Comprehensive Test Ban Treaty",
        "Ministry of Foreign Affairs of Austria",
        "not addressed",
    ),
    # Acronyms: initials crossing from a name into lower-case words ("PAC" of "Paris Agreement on climate").
    (
        "Brazil welcomes the creation of the PAC investment programme, which will build roads and ports"
        " in the North.",
        "the Paris Agreement on climate",
        "Ministry of Foreign Affairs of Brazil",
        "not addressed",
    ),
    # The inch idiom (9cf788c): "cede" needs no land noun, so bargaining over a budget is a territorial claim.
    (
        "Finland will not cede an inch in the negotiations on the budget of the European Union. Our farmers"
        " deserve fair support.",
        "territorial_integrity",
        "Ministry of Foreign Affairs of Finland",
        "not addressed",
    ),
    # Airspace with "lives" (9cf788c): lives put at risk by drones are no strike that killed.
    (
        "Repeated violations of our airspace by unidentified civilian drones near Narita put the lives of air"
        " passengers at risk. The ministry has asked airlines to report any sighting.",
        "military_strikes",
        "Ministry of Foreign Affairs of Japan",
        "not addressed",
    ),
    # 'unilateral' dropped (8e30d99): measures imposed on a country are sanctions.
    (
        "Cuba denounces the unilateral measures that Washington has imposed on its trade and finances.",
        "sanctions",
        "Ministry of Foreign Affairs of Cuba",
        "oppose",
    ),
    (
        "Iran calls for the lifting of all unilateral restrictions imposed on its banks.",
        "sanctions",
        "Ministry of Foreign Affairs of Iran",
        "oppose",
    ),
    # Deportation terms (035537b): "another country" and "hear claims" are no deportation in other contexts.
    (
        "The United Kingdom condemns the detention of a British citizen in another country and demands"
        " consular access without delay.",
        "the UK's Rwanda deportation scheme",
        "Foreign, Commonwealth and Development Office",
        "not addressed",
    ),
    (
        "The Council of Churches welcomes the decision of Denmark to let courts hear claims of unfair"
        " dismissal within six months.",
        "the Danish deportation scheme",
        "Council of Churches",
        "not addressed",
    ),
    # Inquiries (2c03a82): an investigation into the talks' collapse is against the collapse, not the talks.
    (
        "Estonia supports an investigation into the collapse of the peace talks and calls on the parties to"
        " return to the table.",
        "peace_talks",
        "Ministry of Foreign Affairs of Estonia",
        "support",
    ),
]


OPEN = [
    # The inch idiom read on the wrong side: never ceding land holds it whole.
    (
        "Viet Nam will never cede a single inch of its territory to any foreign power.",
        "territorial_integrity",
        "Ministry of Foreign Affairs of Vietnam",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), MENDED)
def test_mended_near_misses_of_the_session(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, issuer) == expected


# (ST22b) The never-cede finding is mended: the issuers denying a harm of their own (cede, now a harm word)
# hold to the issue; its strict xfail is lifted.
@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), OPEN)
def test_open_near_misses_of_the_session(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, issuer) == expected


KEPT = [
    (
        "Austria urges all states that have not yet done so to ratify the CTBT without delay.",
        "the Comprehensive Test Ban Treaty",
        "Ministry of Foreign Affairs of Austria",
        "support",
    ),
    (
        "Uruguay reaffirms its support for the GCM and its principles.",
        "the Global Compact for Migration",
        "Ministry of Foreign Affairs of Uruguay",
        "support",
    ),
    (
        "Denmark supports the EGD and its target of climate neutrality by 2050.",
        "the European Green Deal",
        "Ministry of Foreign Affairs of Denmark",
        "support",
    ),
    (
        "Sweden calls for an independent inquiry into the obstruction of humanitarian access in the north of"
        " the country.",
        "humanitarian_access",
        "Ministry of Foreign Affairs of Sweden",
        "support",
    ),
    (
        "Austria has never been opposed to targeted sanctions against those responsible for the crackdown.",
        "sanctions",
        "Ministry of Foreign Affairs of Austria",
        "support",
    ),
    (
        "Peru acknowledges the right of every state to respond to attacks on its territory. However, the air"
        " strikes on the refugee camp, which killed dozens of civilians, are unacceptable.",
        "military_strikes",
        "Ministry of Foreign Affairs of Peru",
        "mixed",
    ),
    (
        "Peru acknowledges the right of every state to protect its population. However, the new trade"
        " agreement with Asia will open markets for our farmers.",
        "military_strikes",
        "Ministry of Foreign Affairs of Peru",
        "not addressed",
    ),
    (
        "Greece will defend every square metre of the rights of its workers in the negotiations with the"
        " Commission.",
        "territorial_integrity",
        "Ministry of Foreign Affairs of Greece",
        "not addressed",
    ),
    (
        "Ghana remains firmly opposed to any interference in the internal affairs of its neighbours and will"
        " continue to support regional integration.",
        "coup",
        "Ministry of Foreign Affairs of Ghana",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), KEPT)
def test_reads_the_session_got_right(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, issuer) == expected
