"""Session 24 (VC24): wordings of whole statements that the development statement sets
(tests/data/statements/, s20 included) missed with nothing coded for their root: a chargé d'affaires
recalled or expelled (161), a decision called hostile, unfriendly, discriminatory or politically motivated
(111), any attempt "will meet with resolute countermeasures" (130). The rules are the VC24 section of
communique/data/events/09-20-conflict.yaml.

Each positive below failed before its rule; the near misses pass before and after. Measured on the
development statement sets (events F1, roots F1), a snapshot of HEAD 009bf33 without/with, group by group:
161 s17 0.613 -> 0.618 (0.711 -> 0.715: x11.5's chargé recalled); 111 s19 0.502 -> 0.500 (roots 0.632 ->
0.637: z04.7's decision called hostile, coded without the target the gold takes from context); 130 s19 0.500
-> 0.505 (roots 0.637 -> 0.642: z22.5's resolute countermeasures), s14 0.693 -> 0.690 (0.764 -> 0.761:
v16.6's "will be met with a firm response" codes a second 130 beside the one of "warns"). Set 1 odd, set 2,
s7, s8, s10-s13, s15, s16, s18, s20 identical; news odd halves s18-s24, probes odd and GSR odd identical.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import issued_events

# (issuer, sentence, CAMEO code expected among the events, or "!" + a root that must not be coded)
SENSES_TABLE = [
    # a chargé d'affaires recalled, withdrawn or expelled reduces diplomatic relations (161), as an ambassador
    # recalled or a diplomat expelled does; one summoned is a complaint (114), charges recalled are none
    ("Federal Foreign Office of Germany", "Germany recalled its chargé d'affaires from Tehran.", "161"),
    (
        "Ministry of Foreign Affairs of Iraq",
        "The Government has decided to expel the Turkish chargé d'affaires.",
        "161",
    ),
    ("Ministry of Foreign Affairs of Iraq", "The Ministry summoned the Turkish chargé d'affaires.", "!16"),
    ("Reuters", "The Kenyan prosecutor recalled the charges against the journalists.", "!16"),
    # a decision, a law or a verdict called hostile, unfriendly, discriminatory or politically motivated is
    # disapproved of (111), as one called illegal is (111:call-as); players called motivated, neighbours
    # called (on the telephone), hostile forces called to surrender are none
    (
        "Ministry of Foreign Affairs of the Russian Federation",
        "Moscow called the decision unfriendly.",
        "111",
    ),
    (
        "Ministry of Foreign Affairs of Algeria",
        "The Algerian ministry called the French decision hostile.",
        "111",
    ),
    ("Ministry of Foreign Affairs of Turkey", "Ankara called the French law discriminatory.", "111"),
    (
        "Pakistan Tehreek-e-Insaf",
        "The Pakistani opposition called the verdict politically motivated.",
        "111",
    ),
    ("Reuters", "The Brazilian coach called the players motivated.", "!11"),
    ("Reuters", "The Kenyan minister called the unfriendly neighbours.", "!11"),
    ("Reuters", "The Nigerian commander called the hostile forces to surrender.", "!11"),
    # any attempt or provocation that "will meet with" / "be met with" resolute countermeasures or a firm
    # response is threatened by the speaker (130); a proposal met with resistance, an appeal met with a strong
    # response from donors, a minister who met a delegation are none
    (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "Any attempt to split the motherland will meet with resolute countermeasures.",
        "130",
    ),
    (
        "Ministry of Foreign Affairs of the People's Republic of China",
        "Any provocation will be met with a resolute response.",
        "130",
    ),
    ("Reuters", "The Chilean proposal met with strong resistance from farmers.", "!13"),
    ("Reuters", "The Ethiopian appeal met with a strong response from donors.", "!13"),
    ("Reuters", "The Kenyan minister met with a delegation of farmers.", "!13"),
]


@pytest.mark.parametrize(("issuer", "text", "root"), SENSES_TABLE)
def test_senses_of_the_session(coder: Any, issuer: str, text: str, root: str) -> None:
    """Each sentence of the session's rules gets an event of the expected code (or none of the forbidden
    root)."""
    events = issued_events(coder, text, issuer)
    roots = [e.cameo_root for e in events]
    if root.startswith("!"):
        assert root[1:] not in roots, (text, roots)
    else:
        codes = [e.cameo for e in events]
        assert root in codes, (text, codes)
