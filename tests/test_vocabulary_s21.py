"""Transfer set of session 21 (VC21): disapproval and repression wordings of whole statements (11x judgements
of another's act by an adjective, an effect or a feeling; 17x curfews, emergencies, custody, repression and
expulsions told by other verbs, by nouns and by passives).

tests/data/events/vocabulary-s21.yaml is in the statement gold format (issuers, sentences, events); every item
was written in our own words before the coder was run on it (committed first). It is scored like the statement
sets, by CAMEO root (the actors are the resolver's and roles' business; their figures are printed, not
asserted). The senses table holds sentences of our own apart from the set, one or more per rule of the session
(each failed before its rule) and guards (pass before and after).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import check_root_scores, check_statement_items

from .conftest import issued_events

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s21.yaml"
# Measured (roots only). The 76 sentences on the session's starting rules (2fefc02): recall 0.608, precision
# 0.714 (events F1 0.555). With the first rules (disproportion and groundless claims 111, chilling effects
# 111, curfews and emergencies by other verbs 1723/1724, custody "into detention" 173, dispersal nouns 175,
# people expelled from their own country 174, candidates disqualified 1722, concern at an offensive, a
# blockade, a shutdown 111): recall 0.851, precision 0.797 (events F1 0.706). Batch 2 (11 sentences, y09:
# tensions heightened, an unfair advantage given, war on one's own people) alone on those rules: 4 of its 9
# gold events; all 87 sentences with its rules (110 tension stirred, 111 unfair advantage and war on one's own
# people): recall 0.831, precision 0.784 (events F1 0.690; 0.542 / 0.672 on the starting rules).
# Batch 3 (6 sentences, y10: decisions rejected, proposals rejected) before its rule: 2 of 6; all 93 sentences
# with the rule (another's decision, move or decree rejected 111; a proposal naming an act rejected no longer
# 111): recall 0.843, precision 0.781 (events F1 0.692).
# Batch 4 (3 sentences, y11, written AFTER its rule from one development miss's shape: concern that "remains"
# at an act): all 96 sentences on the session's end rules: recall 0.848, precision 0.788 (events F1 0.702;
# 0.565 roots F1 on the starting rules).
ROOT_RECALL_FLOOR = 0.82
ROOT_PRECISION_FLOOR = 0.77


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=70, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)


# (issuer, sentence, CAMEO code expected among the events (EV21b: the rule's own code, not its root), or "!"
# + a root that must not be coded)
SENSES_TABLE = [
    # an act judged out of proportion or without ground (111); a burden or a share is no act
    (
        "Ministry of Foreign Affairs of Finland",
        "The closure of the border crossings by the Russian side is disproportionate.",
        "111",
    ),
    ("Ministry of Foreign Affairs of Finland", "Moscow's reaction was a disproportionate response.", "111"),
    (
        "Ministry of Foreign Affairs of India",
        "These unsubstantiated allegations by Ottawa are rejected.",
        "111",
    ),
    ("Reuters", "Women carry a disproportionate share of the care work in rural areas.", "!11"),
    # an act judged by the fear it spreads (111); a chilling wind is weather
    (
        "Amnesty International",
        "The closure of the newspaper by the Vietnamese authorities sends a chilling message to all critics.",
        "111",
    ),
    (
        "Amnesty International",
        "The new law will have a chilling effect on peaceful protest in Jordan.",
        "111",
    ),
    ("Reuters", "A chilling wind swept across the Mongolian steppe on Monday.", "!11"),
    # curfews and emergencies by other verbs (17); the approved emergency passed before too (a guard)
    ("Reuters", "The Guinean junta decreed a nighttime curfew in Conakry.", "1723"),
    ("Reuters", "The governor placed the city of Jos under a round-the-clock curfew.", "1723"),
    ("Reuters", "The Ethiopian parliament approved a state of emergency in Amhara.", "1724"),
    ("Reuters", "The government announced emergency aid for the flood victims.", "!17"),
    # custody by one more verb (173); (EV21b) time in detention taken into consideration is none (the rule's
    # own words: the hold-up by a storm it held before had none, so it could not fail)
    ("Reuters", "The Kenyan police took the student leaders into detention on Tuesday.", "173"),
    ("Reuters", "The Kenyan judge took his months in detention into consideration.", "!17"),
    # gatherings of other names dispersed, by the noun (175)
    (
        "Human Rights Watch",
        "We condemn the dispersal of the candlelight vigil by the Zimbabwean police.",
        "175",
    ),
    # people expelled from their own country (174), not staff withdrawn (166)
    ("Reuters", "The Nicaraguan government expelled the bishop from his own country.", "174"),
    ("Reuters", "The Nicaraguan government expelled the bishop from his own country.", "!16"),
    # candidates disqualified (1722); a runner disqualified from a race is none
    (
        "Reuters",
        "The electoral commission disqualified the former president from contesting the election.",
        "1722",
    ),
    ("Reuters", "The judges disqualified the Kenyan runner from the race for a false start.", "!17"),
    # an act said to stir tension (110); an advantage given unfairly, war on one's own people (111); a team's
    # advantage and a market's tensions are no one's act
    (
        "Amnesty International",
        "The arrests of the clerics by the Bahraini police only heighten tensions.",
        "110",
    ),
    ("Amnesty International", "The Eritrean government is waging war on its own people.", "111"),
    ("Amnesty International", "The Eritrean government is waging war on its own people.", "!19"),
    (
        "Amnesty International",
        "The Zambian electoral commission gave the ruling party an unfair advantage in the campaign.",
        "111",
    ),
    ("Reuters", "The home side had an unfair advantage because of the altitude in La Paz.", "!11"),
    # another's decision or move rejected disapproves of it (111); a proposal rejected stays a rejection (12),
    # also when it names an election (111:s14-reject-act no longer takes it)
    (
        "General Secretariat of the Organization of American States",
        "The Secretariat rejects the decision of the Bolivian government to dissolve the electoral tribunal.",
        "111",
    ),
    ("Reuters", "The Malian opposition rejected the proposal of the junta to postpone the elections.", "!11"),
    # concern that "remains" at another's deliberate act criticises it (111); at a situation it stays worry
    (
        "Secretary-General of the United Nations",
        # (EV21b) own wording: the sentence here before was a development gold sentence less one word
        "The Secretary-General remains gravely concerned by the renewed offensive of the Houthis on Marib.",
        "111",
    ),
    (
        "Secretary-General of the United Nations",
        "The Secretary-General remains deeply concerned about the situation in Haiti.",
        "!11",
    ),
    # concern at a named party's offensive or blockade criticises it (111); concern at clashes stays worry
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is deeply concerned by the offensive of the Rapid Support Forces on El Fasher.",
        "111",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is deeply concerned about the clashes between Kyrgyzstan and Tajikistan.",
        "!11",
    ),
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
