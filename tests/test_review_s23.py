"""Review of session 23's event and role rules (RV23): near misses of the new pattern families and of the
guards added to old ones, in sentences written for this review (none from a gold or transfer set).

``FIXED`` near misses fired a session-23 pattern before the review's guard. ``RESTORED`` positives lost their
code to a session-23 guard (sport, money and weather words that an accusation, a meeting, a signature or a
protest names too) and have it back. ``KEPT`` positives show the review's guards do not eat the rules.
``OPEN`` near misses are still coded by a session-23 pattern: strict xfails (see the RV23 report), so a rule
that stops firing on one turns it into a failure to remove from the list.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import coded_events, issued_events

FINLAND = "Ministry of Foreign Affairs of Finland"

# (issuer or None for wire text, sentence, pattern id that must not fire)
FIXED_NEAR_MISSES = [
    # 0841: a captive's things or files handed over release no one
    (
        None,
        "Kenyan police turned over the kidnapped girl's case file to prosecutors on Monday.",
        "0841:nv23-hand-over-captive",
    ),
    (
        None,
        "The Nigerian police handed over the abducted students' belongings to their parents.",
        "0841:nv23-hand-over-captive",
    ),
    # 0874: vehicles left in a village, a claim given up, an officer's post quit in the capital
    (None, "Russian troops abandoned their tanks in the village of Kupiansk.", "0874:nv23-abandon-place"),
    (None, "The Ethiopian army abandoned its claim to the disputed region.", "0874:nv23-abandon-place"),
    (None, "The Syrian army commander quit his post in the capital on Monday.", "0874:nv23-abandon-place"),
    # 163: an import company barred from tenders is no embargo
    (None, "A Kenyan court barred the import company from public tenders.", "163:nv23-bar-imports"),
    # 053: a place behind which people rally, troops behind the front
    (None, "Protesters rallied behind the parliament building in Nairobi.", "053:nv23-rally-behind"),
    (None, "Troops mustered behind the front lines.", "053:nv23-rally-behind"),
    # 120: a protest camp swept away is no reply to anyone
    (None, "The Kenyan police swept away the protest camp outside parliament.", "120:s20-wave-away"),
    # VC23 150: a special economic zone is no exclusive economic zone ("zone economic|exclusive" took either)
    (
        FINLAND,
        "The new trade deal will allow Finnish companies to enter the Chinese economic zone in Shenzhen.",
        "150:vc23-enter-eez",
    ),
    # VC23 143: fees for a service withheld are no strike
    (None, "Kenyan farmers withheld their service fees from the cooperative.", "143:vc23-withdraw-labour"),
]

# (issuer or None, sentence, CAMEO code that must be among the events)
RESTORED_POSITIVES = [
    # blame: "failure" and "fault" are what accusations name too
    (None, "Hamas blamed Israel for the failure of the ceasefire talks.", "112"),
    (None, "The Ukrainian government blamed Russia for the power failure in Kyiv.", "112"),
    # meet: the Red Cross is no football cross
    (None, "The Kenyan foreign minister met Red Cross officials in Nairobi.", "040"),
    # sign: "move forward" and "key players" are no footballers
    (None, "Kenya and Ethiopia signed an agreement to move forward with the pipeline.", "057"),
    (None, "Kenya and Ethiopia signed a deal with key regional players on the dam.", "057"),
    # concede: a second referendum and a set of reforms are no sport
    (None, "The British government conceded a second referendum on Scottish independence.", "080"),
    (None, "The Serbian government conceded a new set of reforms to the opposition.", "080"),
    # rally: a set of taxes is no tennis set
    (None, "Thousands of Kenyans rallied against a new set of taxes in Nairobi.", "141"),
]

KEPT_POSITIVES = [
    (None, "The Colombian rebels handed over three kidnapped soldiers to the Red Cross on Sunday.", "0841"),
    # (a town, as the rule's commit said: "quit the town" was 0831, a resignation)
    (None, "Malian soldiers quit the town of Ber after rebel attacks.", "0874"),
    (None, "China barred imports of Japanese seafood.", "163"),
    (None, "Egypt rallied Arab League members behind its plan for Gaza.", "053"),
    (None, "China waved away American complaints about its trade practices.", "120"),
    (
        None,
        "A Chinese coast guard vessel entered Japan's exclusive economic zone near the Senkaku Islands.",
        "150",
    ),
    (
        None,
        "The Kenyan teachers' union will withdraw its labour if the government fails to pay the arrears.",
        "133",
    ),
]

# guards that must keep holding with the narrower word lists
KEPT_NEAR_MISSES = [
    (None, "The Brazilian airline blamed a technical fault for the delays at Sao Paulo airport.", "112"),
    (None, "The Argentine striker met the cross with a powerful header in the second half.", "040"),
    (None, "The Spanish club signed a Uruguayan winger on a three-year deal.", "057"),
    (None, "The Italian cyclist conceded three minutes on the final climb of the stage.", "080"),
    (None, "The retired army general quit the town council in protest.", "0874"),
]

OPEN_NEAR_MISSES = [
    # 0861: a trade mission is no peacekeeping deployment; the word that says so ("trade") lies four steps
    # from the verb, beyond the reach of a forbidden word (dropping "mission" is the author's call)
    (None, "Cuba allowed the entry of an American trade mission.", "0861:nv23-accept-deployment"),
    # 172: a railway or petrol station closed by the authorities; the station's kind lies beyond the noun walk
    (
        None,
        "The closure of the railway station by the Kenyan authorities angered commuters.",
        "172:nv23-n-shutdown",
    ),
    # 164: talks declared over for the day resume; "for the day" lies beyond the walk
    (None, "The mediator declared the talks over for the day.", "164:nv23-declare-talks-dead"),
    # VC23 170: rescue teams reacting to an attack announce no response to its doer
    (
        FINLAND,
        "The Finnish rescue teams reacted quickly to the attack on the shopping centre.",
        "170:vc23-respond-to-act",
    ),
    # VC23 150: fishing boats in another's zone show no force (the subject is no phrase word: a sector guard
    # would lose "a Venezuelan naval vessel", coded VEN with no sector)
    (
        None,
        "Taiwanese fishing boats entered Japan's exclusive economic zone near Yonaguni.",
        "150:vc23-enter-eez",
    ),
    # VC23 161: a party suspending its own members from its organs reduces no relations (the older
    # 160:suspend-from codes it too, so a guard on VC23's phrase alone moves it to 160: a roles question)
    (
        None,
        "The Kenyan ruling party suspended two senators from all party organs.",
        "16",
    ),
]


def _events(coder: Any, issuer: str | None, text: str) -> list[Any]:
    return issued_events(coder, text, issuer) if issuer else coded_events(coder, text)


@pytest.mark.parametrize(("issuer", "text", "pattern"), FIXED_NEAR_MISSES)
def test_fixed_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """A near miss the review guarded codes nothing by the session-23 pattern."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)


@pytest.mark.parametrize(("issuer", "text", "code"), RESTORED_POSITIVES + KEPT_POSITIVES)
def test_positives_keep_their_code(coder: Any, issuer: str | None, text: str, code: str) -> None:
    """A positive a session-23 guard had eaten is coded again; the guarded rules keep a plain positive."""
    codes = [e.cameo for e in _events(coder, issuer, text)]
    assert code in codes, (text, codes)


@pytest.mark.parametrize(("issuer", "text", "code"), KEPT_NEAR_MISSES)
def test_sport_and_weather_guards_still_hold(coder: Any, issuer: str | None, text: str, code: str) -> None:
    """The session's sport and weather guards, narrowed by the review, still keep their near misses out."""
    codes = [e.cameo for e in _events(coder, issuer, text)]
    assert code not in codes, (text, codes)


@pytest.mark.xfail(strict=True, reason="RV23: open near miss of a session-23 rule")
@pytest.mark.parametrize(("issuer", "text", "pattern"), OPEN_NEAR_MISSES)
def test_open_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """Still coded by its session-23 pattern (listed in the RV23 report)."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)
