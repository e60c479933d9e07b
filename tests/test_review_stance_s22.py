"""Review of the twenty-second session's stance work (RS22): near misses of its new cues and mechanisms.

Sentences written by the reviewer, none copied from a gold file. MENDED are wrong reads this session's rules
brought in (each failed on 599e4c7); KEPT are reads of the
session's mechanisms that must stay right beside the mends.
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


MENDED = [
    # "land grab" (ST22 cue): alone it is as often companies taking farmland; it needs a word of recognition,
    # occupation or sovereignty beside it, or a text that names the annexation otherwise (weak cue).
    (
        "Oxfam condemns the land grab by agribusiness companies that has driven thousands of farmers from"
        " their fields.",
        "annexation",
        "Oxfam",
        {"not addressed"},
    ),
    # A position against X (ST22b) held by others is not the issuers' position.
    (
        "We respect the position against capital punishment held by our European partners.",
        "death_penalty",
        "Ministry of Foreign Affairs of Singapore",
        {"not addressed", "neutral"},
    ),
    (
        "Japan notes the position against the death penalty expressed by several delegations.",
        "death_penalty",
        "Ministry of Foreign Affairs of Japan",
        {"neutral", "not addressed"},
    ),
    (
        "Kenya recalls the European Union's position against the death penalty.",
        "death_penalty",
        "Government of Kenya",
        {"not addressed", "neutral"},
    ),
    # Voting / arguing for X (ST22b) by others reports their side, not the issuers'.
    (
        "Some delegations argue for a return to capital punishment; France does not share that view.",
        "death_penalty",
        "Ministry of Foreign Affairs of France",
        {"not addressed", "oppose"},
    ),
    # A denied position against X (ST22b read it as support, the session before as oppose) declines a side.
    (
        "India takes no position against the sanctions.",
        "sanctions",
        "Ministry of Foreign Affairs of India",
        {"neutral"},
    ),
    (
        "India has never taken a position against the sanctions.",
        "sanctions",
        "Ministry of Foreign Affairs of India",
        {"neutral"},
    ),
    # Norms (ST22b) restrain the use of a means; guidelines for a benign thing organise it.
    (
        "Norway supports the guidelines on ceasefire monitoring agreed by the parties.",
        "ceasefire",
        "Ministry of Foreign Affairs of Norway",
        {"support"},
    ),
    # cede (ST22b harm word): ceding *to* someone yields to them; it harms no issue named there.
    (
        "We will never cede to terrorists, and the attacks on our cities will be answered.",
        "terrorist_attacks",
        "Government of Kenya",
        {"oppose"},
    ),
]

KEPT = [
    # "land grab" in a text that names the annexation otherwise still counts (weak cue).
    (
        "Poland condemns the illegal annexation of the peninsula. No State should take any step that could be"
        " read as acknowledging this land grab.",
        "annexation",
        "Ministry of Foreign Affairs of Poland",
        "oppose",
    ),
    # A position against X held by the issuers' own government is theirs.
    (
        "Kenya restates the position against the death penalty held by our Government since 2010.",
        "death_penalty",
        "Government of Kenya",
        "oppose",
    ),
    # The issuers asking others not to vote for X oppose X (here X lifts sanctions: support for them).
    (
        "We urge members not to vote for any resolution that would lift the sanctions.",
        "sanctions",
        "Ministry of Foreign Affairs of Lithuania",
        "support",
    ),
    # Norms on the use of force still take no side; the condemnation beside them does.
    (
        "The guidelines on the use of force by police must be respected; we condemn the firing of live"
        " bullets at protesters.",
        "force_against_protesters",
        "Amnesty International",
        "oppose",
    ),
    # Lifted by a date is removed, not raised ("by 30 June" holds a number but is no amount).
    (
        "The Union calls on the Council to lift the sanctions by 31 December 2025.",
        "sanctions",
        "Ministry of Foreign Affairs of Hungary",
        "oppose",
    ),
    # The agreement in principle on X is no norm on X.
    (
        "We welcome the agreement in principle on a ceasefire reached by the parties.",
        "ceasefire",
        "Ministry of Foreign Affairs of Norway",
        "support",
    ),
    # Incorporating regions into a rail network, a military rescue operation: no annexation, no strike.
    (
        "The new development plan will incorporate the northern regions into the national rail network.",
        "annexation",
        "Ministry of Transport of Kenya",
        "not addressed",
    ),
    (
        "The army's rescue operation saved hundreds from death in the floods, and military engineers rebuilt"
        " two bridges.",
        "military_strikes",
        "Ministry of Defence of India",
        "not addressed",
    ),
    # The issuers' own denied harm holds the issue; a causative's doer that is the issuers keeps the act.
    (
        "We will not lift the sanctions until the occupation ends.",
        "sanctions",
        "Ministry of Foreign Affairs of Latvia",
        "support",
    ),
    (
        "The findings of the inquiry led the Union to impose restrictive measures on those responsible.",
        "sanctions",
        "Council of the European Union",
        "support",
    ),
    (
        "Brazil neither supports nor opposes the sanctions adopted by the Council.",
        "sanctions",
        "Ministry of Foreign Affairs of Brazil",
        "neutral",
    ),
]


# Words of ST22's data that a development excerpt held and no test of its own did ("brought to trial", "let
# ... go free"): cases of the reviewer's own, so that a later change to the cue is seen.
UNTESTED_CUES = [
    (
        "Those responsible for the killing of the two journalists must be brought to trial without delay.",
        "accountability",
        "Human Rights Watch",
        "support",
    ),
    (
        "We urge the authorities to let the detained journalists go free.",
        "the release of the detained journalists",
        "Committee to Protect Journalists",
        "support",
    ),
    # guard: an interview's end lets people go home; no release is asked for
    (
        "The journalists were let go home after the interview ended.",
        "the release of the detained journalists",
        "Committee to Protect Journalists",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), MENDED)
def test_mended_near_misses(coder, text: str, issue: str, issuer: str, expected: set[str]) -> None:
    assert _stance(coder, text, issue, issuer) in expected


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), KEPT)
def test_session_reads_kept(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, issuer) == expected


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), UNTESTED_CUES)
def test_untested_cues_of_the_session(coder, text: str, issue: str, issuer: str, expected: str) -> None:
    assert _stance(coder, text, issue, issuer) == expected
