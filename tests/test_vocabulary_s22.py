"""Transfer set of session 22 (VC22): wordings of whole statements the development sets missed with nothing
coded (disappointment, regret and concern at another's act; attempts rejected; gatherings broken up and people
held by order; hedged threats; legal action; relations reduced; praise and visits in other words).

tests/data/events/vocabulary-s22.yaml is in the statement gold format (issuers, sentences, events); every item
was written in our own words before the coder was run on it (committed first, 9c4250e). It is scored like the
statement sets, by CAMEO root (the actors are the resolver's and roles' business; their figures are printed,
not asserted). The senses table holds sentences of our own apart from the set, one or more per rule of the
session (each failed before its rule) and guards (pass before and after).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.transfer_set import check_root_scores, check_statement_items

from .conftest import issued_events

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-s22.yaml"
# Measured (roots only). Batch 1 (83 sentences, z01-z08) on the session's starting rules (e572c9f):
# recall 0.581, precision 0.551 (events F1 0.461); with its rules 0.784 / 0.667. Batch 2 (38 more, z09-z12)
# first run on those rules: all 121 at 0.741 / 0.678; with its rules 0.778 / 0.689. Batch 3 (20 more,
# z13-z14) first run: all 141 at 0.786 / 0.702. End of session, all 141: 0.810 / 0.713 (events F1 0.625);
# the same tree without the session's rules 0.627 / 0.622 (events F1 0.514).
ROOT_RECALL_FLOOR = 0.80
ROOT_PRECISION_FLOOR = 0.70


def test_items_are_well_formed() -> None:
    """Every construction has three sentences or more; texts are unique."""
    check_statement_items(ITEMS_FILE, min_texts=80, min_sentences=3)


def test_root_recall_and_precision(coder: Any) -> None:
    """Roots-only recall and precision stay above the floors (the full figures are printed: pytest -s)."""
    check_root_scores(ITEMS_FILE, coder, ROOT_RECALL_FLOOR, ROOT_PRECISION_FLOOR)


# (issuer, sentence, CAMEO code expected among the events, or "!" + a root that must not be coded)
SENSES_TABLE = [
    # another's attempt or effort rejected is disapproval (111), not a rejection (12); a proposal stays 12
    (
        "Ministry of Foreign Affairs of Chile",
        "Chile rejects the attempt of the Nicaraguan regime to silence the Catholic Church.",
        "111",
    ),
    (
        "Ministry of Foreign Affairs of Chile",
        "Chile repudiates the repeated efforts of the Venezuelan government to annex the Essequibo.",
        "111",
    ),
    (
        "Ministry of Foreign Affairs of Chile",
        "Chile rejects the proposal of the Bolivian government to renegotiate the border treaty.",
        "!11",
    ),
    # legal action told with a case, proceedings or a challenged instrument (115); a case defended is none
    (
        "Reuters",
        "Australia has launched a dispute settlement case at the WTO against China's barley duties.",
        "115",
    ),
    (
        "Reuters",
        "The Spanish opposition will contest the amnesty law before the Constitutional Court.",
        "115",
    ),
    ("Reuters", "The Spanish coach challenged his players to play with more courage.", "!11"),
    # gatherings broken up or people removed by force, by the state's forces (175); a club's meeting is none
    (
        "Amnesty International",
        "Police broke up a press conference of the opposition coalition in Kampala.",
        "175",
    ),
    (
        "Amnesty International",
        "The Kenyan police dispersed the funeral procession of the slain activist.",
        "175",
    ),
    (
        "Amnesty International",
        "Soldiers forcibly removed the farmers from the disputed land in Bukavu.",
        "175",
    ),
    ("Reuters", "The chess club broke up its meeting early because of a power cut.", "!17"),
    # remanded is held (173), remanded on bail is not
    ("Reuters", "A Minsk court remanded the two students pending trial on charges of hooliganism.", "173"),
    ("Reuters", "The Dhaka court remanded the businessman on bail until the hearing.", "!17"),
    # relations suspended by order (161), not a closure ordered (172)
    ("Reuters", "The Bolivian president ordered the suspension of diplomatic relations with Israel.", "161"),
    # a response at a time of one's choosing (130); a reply to a letter in good time is none
    ("Reuters", "Tehran said it would respond to the strike at the time it chooses.", "130"),
    ("Ministry of Foreign Affairs of Estonia", "We will respond to the letter in a timely manner.", "!13"),
    # force not ruled out is a threat (130); a run for office not ruled out is none
    ("Reuters", "The Guyanese president did not rule out military action to defend the border.", "130"),
    ("Reuters", "The Venezuelan leader refused to rule out the use of force in the Essequibo.", "130"),
    ("Reuters", "The Peruvian senator refused to rule out a run for the presidency.", "!13"),
    # another's act followed or viewed with concern or dismay is criticism (111); a situation followed with
    # concern, a loss regretted are none
    (
        "Ministry of Foreign Affairs of Ireland",
        "Ireland has followed with concern the closure of the UNRWA offices by the Israeli authorities.",
        "111",
    ),
    (
        "Ministry of Foreign Affairs of Ireland",
        "Ireland follows with concern the deterioration of the situation in the Sahel.",
        "!11",
    ),
    (
        "Ministry of Foreign Affairs of Ireland",
        "Ireland regrets the loss of life in the floods in Libya.",
        "!11",
    ),
    # (batch 2) a recommendation that another party act is an appeal (020)
    (
        "Secretary-General of the United Nations",
        "The Secretary-General recommends that Iraq hold the census.",
        "020",
    ),
    # relations kept friendly or close say the will to cooperate (030)
    ("Reuters", "Niger will maintain friendly relations with Algeria, the junta's spokesman said.", "030"),
    # seats stripped are a restriction (172); persons held by the state's forces are detained (173), a meeting
    # held is none
    ("Reuters", "The Cambodian Supreme Court stripped the opposition deputies of their seats.", "172"),
    ("Reuters", "Burundian police have held the three reporters for two weeks.", "173"),
    ("Reuters", "Burundian students held a meeting with the police chief.", "!17"),
    # (batch 3) another's act not condoned is disapproved (111); an act that does not help the process is
    # judged unhelpful (110); a team not helped is none
    (
        "Federal Foreign Office of Germany",
        "We cannot condone the expulsion of the envoy by the Malian junta.",
        "111",
    ),
    (
        "Federal Foreign Office of Germany",
        "The demolitions ordered by the Israeli authorities do not help the peace process.",
        "110",
    ),
    ("Reuters", "The coach's substitutions did not help the Serbian team in the final.", "!11"),
    # a complaint lodged with a council is a formal complaint (114), not a lawsuit; a government that
    # protests another's act lodges a protest (114), workers who protest demonstrate (14); another's reasoning
    # not accepted is disapproved (111)
    ("Reuters", "Somalia lodged a complaint with the Security Council over the Ethiopian port deal.", "114"),
    (
        "Ministry of Foreign Affairs of Japan",
        "The Ministry strongly protests the Chinese survey ship's activity.",
        "114",
    ),
    (
        "Reuters",
        "Thousands of Kenyan nurses protested the decision of the government to cut allowances.",
        "!11",
    ),
    ("Ministry of Foreign Affairs of Japan", "Japan cannot accept the argument of the Russian side.", "111"),
    # a head of state who instructs his ministry to break relations breaks them (161); a building or a convoy
    # struck is attacked (190), not a labour strike (14)
    (
        "Reuters",
        "President Petro instructed the foreign ministry to sever diplomatic relations with Israel.",
        "161",
    ),
    ("Reuters", "A Turkish gunship repeatedly struck the health centre in Qamishli.", "190"),
    ("Reuters", "A Turkish gunship repeatedly struck the health centre in Qamishli.", "!14"),
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
