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
    # 0874: moving out to attack is an advance (a purpose clause is beyond the phrase's reach: no "!attack")
    (None, "Rebel fighters moved out of the forest to attack the town of Beni.", "0874:s21-move-out"),
    (None, "Police moved out of the station to confront the rioters in Dakar.", "0874:s21-move-out"),
    # 042: a leader in his own capital visits no one
    (None, "The Kenyan prime minister was in Nairobi for a meeting with farmers.", "042:s21-be-in-for-talks"),
    # 0841: a ship's crew let go back aboard is no captive freed
    (None, "The Italian coast guard let the crew return to the ship.", "0841:s21-let-leave"),
    # 1823: animals, accidents and rescues
    (None, "Firefighters saved a family from being burned alive in Lagos.", "1823:s21-burn-alive-throats"),
    # 1724: special powers of a company's officer
    (
        "Reuters",
        "The new chief executive of the Nigerian bank assumed special powers over the budget.",
        "1724:s21-emergency-verbs",
    ),
    # 111 a measure rejected by voters in a referendum is a vote, not a judgement of another's act
    (
        STATEMENT_ISSUER,
        "Voters in Switzerland rejected the measure in a referendum on Sunday.",
        "111:s21-reject-decision",
    ),
    # 110 tensions: a fear of others, not the speaker's judgement of an act
    (STATEMENT_ISSUER, "Some fear the vote in Serbia could heighten tensions.", "110:e:s21-heighten-tension"),
]


# Open near misses the second wave mended (EV21b): each rule now needs a positive word of its sense (a party
# or front legalised, a visitor dined, relief workers or convoys let in, weapons its own), not a list of
# exclusions; "capture" and "grab" left 181; the concern rules need a doer for act nouns that name none.
MENDED_NEAR_MISSES = [
    (
        None,
        "Israeli jets destroyed Syria's chemical weapons in an air strike on Damascus.",
        "0873:s21-wmd-dismantled",
    ),
    (None, "The Chinese ministry will dismantle its stockpile of grain reserves.", "0873:s21-arsenal-mines"),
    (None, "Indian regulators relaxed capital requirements for small banks.", "081:s21-entry-rules"),
    (None, "The British school simplified its entry procedure for pupils.", "081:s21-entry-rules"),
    (None, "New Jersey legalised sports betting on Monday.", "0812:s21-legalise-named"),
    (None, "Spain legalised 500,000 undocumented migrants in 2005.", "0812:s21-legalise-named"),
    (None, "El Salvador legalised bitcoin as tender.", "0812:s21-legalise-named"),
    (None, "The Egyptian bank opened a credit line to aid exporters.", "0863:s21-open-to-aid"),
    (
        None,
        "The court in Moscow opened the trial to observers from embassies.",
        "0862:s21-open-to-inspectors",
    ),
    (None, "The Kenyan charity held a fundraising dinner for flood victims.", "043:s21-dinner-for"),
    (None, "The Indian minister gave a lunch for journalists in Delhi.", "043:s21-dinner-for"),
    (None, "Opposition supporters in Kenya grabbed the journalists' cameras.", "181:s21-civilians-seize"),
    (None, "The Nigerian union captured the attention of workers.", "181:s21-civilians-seize"),
    (None, "The Indian opposition party captured women voters in the election.", "181:s21-civilians-seize"),
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
    (None, "The Brazilian club rushed its team doctor onto the pitch.", "073:s21-rush-doctors"),
    (None, "The rebels shipped the captured doctors to their base in Idlib.", "073:s21-rush-doctors"),
    (None, "The Algerian farmer cut the sheep's throat for the feast.", "1823:s21-burn-alive-throats"),
    (STATEMENT_ISSUER, "It would be unreasonable to expect results from the talks by Friday.", "111:e:s21"),
    (STATEMENT_ISSUER, "It is unforgivable that children go hungry in a rich country.", "111:e:s21"),
    (
        STATEMENT_ISSUER,
        "The Spanish government gave no party an unfair advantage.",
        "111:e:s21-unfair-advantage",
    ),
    (None, "The Kenyan family was nearly burned alive in the fire.", "1823:s21-burn-alive-throats"),
    (None, "The hospital airlifted the detained nurses to the capital.", "073:s21-rush-doctors"),
    # (EV21b, own wording) more of the same senses
    (None, "The Thai parliament legalised online poker in 2024.", "0812:s21-legalise-named"),
    (None, "The bank hosted a breakfast for investors in London.", "043:s21-dinner-for"),
    (None, "The mayor of Lyon gave a dinner for the home football team.", "043:s21-dinner-for"),
    (None, "Villagers grabbed the children and fled the flood in Assam.", "181:s21-civilians-seize"),
    (None, "Opposition supporters in Kenya seized the journalists' cameras.", "181:s21-civilians-seize"),
    (None, "The central bank eased reserve requirements for lenders.", "081:s21-entry-rules"),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is concerned about the takeover of the Irish airline by a German company.",
        "111:s21-concern-at-act",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland expressed concern at the suspension of flights because of the storm.",
        "111:s21-concern-at-act",
    ),
]

# (issuer or None, sentence, CAMEO code the mended rule must still give: its positive sense, own wording)
MENDED_POSITIVES = [
    (None, "Egypt legalised the Muslim Brotherhood in 2011.", "0812"),
    (None, "The Ghanaian president held a dinner for the Chinese delegation in Accra.", "043"),
    (None, "The Japanese prime minister hosted a lunch for his Indian counterpart in Tokyo.", "043"),
    (None, "Tribesmen seized four German tourists in Yemen on Sunday.", "181"),
    (None, "Libya destroyed its chemical weapons under international supervision.", "0873"),
    (None, "The Syrian government scrapped its stockpile of chemical weapons.", "0873"),
    (None, "Japan eased entry rules for tourists from China.", "081"),
    (None, "Turkey simplified the visa regime for Iranian citizens.", "081"),
    (None, "Sudan opened Darfur to humanitarian aid.", "0863"),
    (None, "The gunmen slit his throat in front of the house.", "1823"),
    (None, "Cuba airlifted 50 surgeons to the flooded province of Sindh.", "073"),
    (None, "Iran opened its nuclear sites to inspectors from the IAEA.", "0862"),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is concerned about the suspension of the parliament by the Tunisian president.",
        "111",
    ),
    ("Amnesty International", "The Serbian government gave the ruling party an unfair advantage.", "111"),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland is concerned about the military occupation of the Ukrainian power plant.",
        "111",
    ),
    (
        "Department of Foreign Affairs of Ireland",
        "Ireland remains deeply concerned by the continuing offensive of the rebels in Darfur.",
        "111",
    ),
]


def _events(coder: Any, issuer: str | None, text: str) -> list[Any]:
    return issued_events(coder, text, issuer) if issuer else coded_events(coder, text)


@pytest.mark.parametrize(("issuer", "text", "pattern"), FIXED_NEAR_MISSES + MENDED_NEAR_MISSES)
def test_fixed_near_misses(coder: Any, issuer: str | None, text: str, pattern: str) -> None:
    """A near miss the review guarded codes nothing by the session-21 pattern."""
    fired = [e.pattern for e in _events(coder, issuer, text) if e.pattern.startswith(pattern)]
    assert not fired, (text, fired)


@pytest.mark.parametrize(("issuer", "text", "code"), KEPT_POSITIVES + MENDED_POSITIVES)
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
