"""Session 25 (VC25): wordings of whole statements that the development statement sets missed with nothing
coded for their root. The rules are the VC25 sections of communique/data/events/03-08-cooperation.yaml and one
change of coder._participants.

(1) An agreement or a truce named by a noun with the participle that concluded it: "the agreement signed in
Pretoria by A and B" (057), "the ceasefire agreed by the two sides" (0871), "the agreement reached today in
Putrajaya between A and B" (the parser hangs "between" on the place; coder._participants now reads the
participle's phrase with roles.between_members).

(2) Tariffs or duties paused, suspended, lifted or waived ease an economic sanction
(085:vc25-pause-tariffs), and are no military pause (0356:cov forbids tariffs): "the United States will
pause the tariffs on Canadian goods".

(3) A court that confirms or affirms a conviction, verdict or sentence hands it down again
(116:vc25-confirm-sentence, 09-20-conflict.yaml; courts only).

Each positive below failed before its rule; the near misses pass before and after. The figures are in the
commit message.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import issued_events

MALAYSIA = "Ministry of Foreign Affairs of Malaysia"

# (issuer, sentence, CAMEO code expected with these sources, each the other's target)
CONCLUDED = [
    (
        MALAYSIA,
        "The Ministry welcomes the agreement signed in Vientiane by Laos and Vietnam.",
        "057",
        ["LAO", "VNM"],
    ),
    (
        MALAYSIA,
        "The prisoner exchange follows an agreement reached by Ethiopia and Eritrea in Jeddah.",
        "057",
        ["ERI", "ETH"],
    ),
    (
        MALAYSIA,
        "We welcome the agreement reached today in Kuala Lumpur between Laos and Vietnam.",
        "057",
        ["LAO", "VNM"],
    ),
    (MALAYSIA, "We welcome the ceasefire agreed by Laos and Vietnam.", "0871", ["LAO", "VNM"]),
    (MALAYSIA, "We welcome the truce agreed between Armenia and Azerbaijan today.", "0871", ["ARM", "AZE"]),
]


@pytest.mark.parametrize(("issuer", "text", "code", "parties"), CONCLUDED)
def test_agreement_concluded_by_its_parties(
    coder: Any, issuer: str, text: str, code: str, parties: list[str]
) -> None:
    """The agreement or truce a participle concluded is coded, by its parties, with each other."""
    events = [e for e in issued_events(coder, text, issuer) if e.cameo == code]
    assert events, (text, [e.cameo for e in issued_events(coder, text, issuer)])
    (event,) = events
    assert sorted(a.code or "" for a in event.sources) == parties
    assert sorted(a.code or "" for a in event.targets) == parties


# (issuer, sentence, CAMEO code that must not be coded, asserted and not negated)
NEAR_MISSES = [
    # no one named concluded it
    (MALAYSIA, "We welcome the agreement reached by the negotiators.", "057"),
    (MALAYSIA, "The agreement reached on Friday was welcomed.", "057"),
    # a law signed is no agreement
    (MALAYSIA, "We welcome the law signed by President Ruto.", "057"),
    (MALAYSIA, "The decree signed by the Kenyan president entered into force.", "057"),
    # a truce that was not agreed
    (MALAYSIA, "No ceasefire was agreed between Laos and Vietnam.", "0871"),
]


@pytest.mark.parametrize(("issuer", "text", "code"), NEAR_MISSES)
def test_near_misses_stay_uncoded(coder: Any, issuer: str, text: str, code: str) -> None:
    """Near misses of the session's rules code nothing of the code (asserted and not negated)."""
    events = [e for e in issued_events(coder, text, issuer) if e.cameo == code]
    assert all(e.negated or e.modality != "asserted" for e in events), (text, [e.cameo for e in events])


def test_welcome_keeps_its_targets(coder: Any) -> None:
    """The welcome of an agreement is still aimed at its parties, and "between" with no participle still
    reads as before (030:n:agreement between)."""
    events = issued_events(coder, "We welcome the agreement between Laos and Vietnam.", MALAYSIA)
    assert sorted(e.cameo for e in events) == ["030", "051"]
    (welcome,) = [e for e in events if e.cameo == "051"]
    assert sorted(a.code or "" for a in welcome.targets) == ["LAO", "VNM"]


CANADA = "Government of Canada"

TARIFFS = [
    # tariffs paused, suspended or lifted ease a sanction (085), also after "agreed to"
    (CANADA, "The United States will pause the tariffs on Canadian goods for thirty days.", "085", True),
    (CANADA, "President Trump agreed to suspend the tariffs on Mexican goods for a month.", "085", True),
    (CANADA, "The Commission decided to lift the duties on American steel.", "085", True),
    # tariffs raised are none; a pause of talks or of an offensive is no tariff relief
    (CANADA, "The United States raised the tariffs on Canadian goods.", "085", False),
    (CANADA, "The two sides agreed to pause the talks.", "085", False),
    (CANADA, "Russia agreed to pause its offensive.", "085", False),
    # ... and a tariff pause is no military one (0356 forbids tariffs now)
    (CANADA, "President Trump agreed to pause the tariffs on Mexican goods.", "0356", False),
    (CANADA, "Russia agreed to pause its offensive.", "0356", True),
]


@pytest.mark.parametrize(("issuer", "text", "code", "coded"), TARIFFS)
def test_tariffs_paused(coder: Any, issuer: str, text: str, code: str, coded: bool) -> None:
    """Tariffs paused or lifted are an easing of economic sanctions (085), not a military pause (0356)."""
    codes = [e.cameo for e in issued_events(coder, text, issuer)]
    assert (code in codes) == coded, (text, codes)


PJ = "Partido Justicialista"

SENTENCES_CONFIRMED = [
    # a court that confirms or affirms a conviction or a sentence hands it down again (116)
    (PJ, "The Court confirmed a six-year prison sentence against the former president.", True),
    (PJ, "The Kenyan Supreme Court confirmed the death sentence against the opposition leader.", True),
    (PJ, "The appeals court affirmed the conviction of the opposition leader.", True),
    # a ministry confirming a sentence reports it; a court confirming a date sentences no one
    (PJ, "The Argentine ministry confirmed the sentence of the former president.", False),
    (PJ, "The Argentine court confirmed the date of the hearing.", False),
]


@pytest.mark.parametrize(("issuer", "text", "coded"), SENTENCES_CONFIRMED)
def test_sentence_confirmed_by_a_court(coder: Any, issuer: str, text: str, coded: bool) -> None:
    """A conviction or sentence confirmed by a court is a sentence handed down (116)."""
    codes = [e.cameo for e in issued_events(coder, text, issuer)]
    assert ("116" in codes) == coded, (text, codes)
