"""An intent or a threat said in the speaker's own future tense is asserted (coder.ANNOUNCING_ROOTS).

CAMEO's 03x ("express intent to ...") and 13x ("threaten") are the act of announcing: "we will continue to
work with ..." expresses the intent now, "such provocations will not go unanswered" threatens now, and "we
will never accept ..." refuses now (a negation absorbed into 12x). The blind statement sets code
them asserted. Future acts of other kinds keep "future", and another's forecast of an actor's intent is not
the actor's announcement.
"""

from __future__ import annotations

import pytest

from communique.model import Actor, Document


def _events(coder, text: str, issuer: str | None = None) -> list[tuple[str, str, bool]]:
    issuers = [Actor(name=issuer, text=issuer, via="issuer")] if issuer else []
    coded = coder.code_document(Document(id="announced", text=text, issuers=issuers))
    return [(e.cameo, e.modality, e.negated) for e in coded.events]


@pytest.mark.parametrize(
    ("text", "issuer", "root"),
    [
        (
            "We will continue to work with Ukraine on its reconstruction.",
            "Ministry of Foreign Affairs of Japan",
            "03",
        ),
        (
            "Such provocations will not go unanswered.",
            "Ministry of Foreign Affairs of the Russian Federation",
            "13",
        ),
        (
            "We will never accept the annexation of Crimea by Russia.",
            "Ministry of Foreign Affairs of Ukraine",
            "12",
        ),
    ],
)
def test_an_announced_intent_threat_or_refusal_is_asserted(coder, text: str, issuer: str, root: str):
    got = [(code, modality) for code, modality, negated in _events(coder, text, issuer) if not negated]
    assert any(code[:2] == root and modality == "asserted" for code, modality in got), got
    assert not any(code[:2] == root and modality == "future" for code, modality in got), got


def test_other_future_acts_stay_future(coder):
    got = _events(coder, "Germany will impose new sanctions on Russia.")
    assert ("163", "future", False) in got
