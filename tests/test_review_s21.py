"""Review of session 21's event rules (RV21): near misses of the new pattern families, in sentences written
for this review (none from a gold or transfer set).

``FIXED`` are near misses the review guarded (each fired its session-21 pattern before the guard) with one
positive beside each guard, so the guard is known not to eat the rule. ``OPEN`` are near misses still coded
by a session-21 pattern, left for the second wave: strict xfails, so a rule that stops firing on one turns it
into a failure to remove from the list.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import coded_events, issued_events

STATEMENT_ISSUER = "Ministry of Foreign Affairs of Finland"

# (issuer or None for wire text, sentence, pattern id that must not fire)
FIXED_NEAR_MISSES = [
    (None, "Workers cleared the mine shaft after the collapse in Chile.", "0873:s21-arsenal-mines"),
    (None, "The company removed the mine manager after the accident in Zambia.", "0873:s21-arsenal-mines"),
    (None, "The mining company cleared the landslide from the mine road in Peru.", "0873:s21-arsenal-mines"),
    (None, "The insurance company suspended the settlement of claims.", "0832:s21-freeze-building"),
    (None, "The Kenyan court halted the settlement of the land dispute.", "0832:s21-freeze-building"),
    (None, "The American firm froze the debt settlement with its creditors.", "0832:s21-freeze-building"),
    (None, "Chadian soldiers moved out of their barracks to patrol the capital.", "0874:s21-move-out"),
    ("Reuters", "The mayor of Manila approved the lifting of the curfew.", "1723:s21-curfew-verbs"),
    ("Reuters", "The Turkish judge took the length of his detention into account.", "173:s21-take-detention"),
    ("Reuters", "The Greek ministry took over the detention centre on Lesbos.", "173:s21-take-detention"),
]

# (issuer or None, sentence, CAMEO code the rule must still give)
KEPT_POSITIVES = [
    (None, "Cambodian army sappers cleared landmines from the rice fields near Battambang.", "0873"),
    (None, "Israel froze settlement building in the occupied West Bank for ten months.", "0832"),
    (None, "Vietnamese troops moved out of the Cambodian capital on Tuesday.", "0874"),
    ("Reuters", "The Malian junta decreed a nighttime curfew in Bamako.", "1723"),
    ("Reuters", "The Ugandan police took the student leaders into detention on Friday.", "173"),
]

OPEN_NEAR_MISSES = [
    # 0873: someone else's weapons destroyed in a strike are an attack, not disarmament
    (
        None,
        "Israeli jets destroyed Syria's chemical weapons in an air strike on Damascus.",
        "0873:s21-wmd-dismantled",
    ),
    # 0873: any stockpile scrapped
    (None, "The Chinese ministry will dismantle its stockpile of grain reserves.", "0873:s21-arsenal-mines"),
    # 081: bare "ease requirement" (bank capital)
    (None, "Indian regulators relaxed capital requirements for small banks.", "081:s21-entry-rules"),
    (None, "The British school simplified its entry procedure for pupils.", "081:s21-entry-rules"),
    # 0812: anything legalised that the exclusion list lacks
    (None, "New Jersey legalised sports betting on Monday.", "0812:s21-legalise-named"),
    (None, "Spain legalised 500,000 undocumented migrants in 2005.", "0812:s21-legalise-named"),
    (None, "El Salvador legalised bitcoin as tender.", "0812:s21-legalise-named"),
    # 0863: "to aid" is an infinitive; 0862: observers of a trial or a congress inspect nothing
    (None, "The Egyptian bank opened a credit line to aid exporters.", "0863:s21-open-to-aid"),
    (
        None,
        "The court in Moscow opened the trial to observers from embassies.",
        "0862:s21-open-to-inspectors",
    ),
    # 073: one's own doctors moved, or captured ones
    (None, "The Brazilian club rushed its team doctor onto the pitch.", "073:s21-rush-doctors"),
    (None, "The rebels shipped the captured doctors to their base in Idlib.", "073:s21-rush-doctors"),
    # 0874: moving out to attack is an advance (a purpose clause is beyond the phrase's reach: no "!attack")
    (None, "Rebel fighters moved out of the forest to attack the town of Beni.", "0874:s21-move-out"),
    (None, "Police moved out of the station to confront the rioters in Dakar.", "0874:s21-move-out"),
    # 043: a dinner for one's own team, victims or journalists hosts no visitor
    (None, "The Kenyan charity held a fundraising dinner for flood victims.", "043:s21-dinner-for"),
    (None, "The Indian minister gave a lunch for journalists in Delhi.", "043:s21-dinner-for"),
    # 042: a leader in his own capital visits no one
    (None, "The Kenyan prime minister was in Nairobi for a meeting with farmers.", "042:s21-be-in-for-talks"),
    # 0841: a ship's crew let go back aboard is no captive freed
    (None, "The Italian coast guard let the crew return to the ship.", "0841:s21-let-leave"),
    # 1823: animals, accidents and rescues
    (None, "The Algerian farmer cut the sheep's throat for the feast.", "1823:s21-burn-alive-throats"),
    (None, "Firefighters saved a family from being burned alive in Lagos.", "1823:s21-burn-alive-throats"),
    # 181: a word deeper than the object ("the journalists' cameras", "the attention of workers"), votes won
    (None, "Opposition supporters in Kenya grabbed the journalists' cameras.", "181:s21-civilians-seize"),
    (None, "The Nigerian union captured the attention of workers.", "181:s21-civilians-seize"),
    (None, "The Indian opposition party captured women voters in the election.", "181:s21-civilians-seize"),
    # 1724: special powers of a company's officer
    (
        "Reuters",
        "The new chief executive of the Nigerian bank assumed special powers over the budget.",
        "1724:s21-emergency-verbs",
    ),
    # 111 concern at an act: no act of anyone (weather, patients, a market takeover)
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is concerned about the suspension of flights to Europe because of the volcanic ash.",
        "111:s21-concern-at-act",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is concerned over the occupation of hospital beds by flu patients.",
        "111:s21-concern-at-act",
    ),
    # 111 "remains concerned": "!possible" is four steps from "remain" and never seen; steps not yet taken
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland remains concerned about any possible expulsion of diplomats.",
        "111:s21-remain-concerned-at-act",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland remains concerned about the steps needed to rebuild Gaza.",
        "111:s21-remain-concerned-at-act",
    ),
    # 111 a measure rejected by voters in a referendum is a vote, not a judgement of another's act
    (
        STATEMENT_ISSUER,
        "Voters in Switzerland rejected the measure in a referendum on Sunday.",
        "111:s21-reject-decision",
    ),
    # 111 judged unreasonable / unforgivable: no act judged
    (STATEMENT_ISSUER, "It would be unreasonable to expect results from the talks by Friday.", "111:e:s21"),
    (STATEMENT_ISSUER, "It is unforgivable that children go hungry in a rich country.", "111:e:s21"),
    # 111 unfair advantage denied by "no"
    (
        STATEMENT_ISSUER,
        "The Spanish government gave no party an unfair advantage.",
        "111:e:s21-unfair-advantage",
    ),
    # 110 tensions: a fear of others, not the speaker's judgement of an act
    (STATEMENT_ISSUER, "Some fear the vote in Serbia could heighten tensions.", "110:e:s21-heighten-tension"),
]


def _events(coder: Any, issuer: str | None, text: str) -> list[Any]:
    return issued_events(coder, text, issuer) if issuer else coded_events(coder, text)


@pytest.mark.parametrize(("issuer", "text", "pattern"), FIXED_NEAR_MISSES)
def test_fixed_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """A near miss the review guarded codes nothing by the session-21 pattern."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)


@pytest.mark.parametrize(("issuer", "text", "code"), KEPT_POSITIVES)
def test_guarded_rules_keep_their_positives(coder: Any, issuer: str | None, text: str, code: str) -> None:
    """Each guarded rule still codes a plain positive of its own."""
    codes = [e.cameo for e in _events(coder, issuer, text)]
    assert code in codes, (text, codes)


@pytest.mark.xfail(strict=True, reason="RV21: open near miss of a session-21 rule (second wave)")
@pytest.mark.parametrize(("issuer", "text", "pattern"), OPEN_NEAR_MISSES)
def test_open_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """A near miss still coded by a session-21 pattern (xfail until its rule is guarded)."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)
