"""Negations that do not deny the act: a "not" on a focus word ("don't just welcome"), an emphatic "cannot ...
enough" / "cannot but" on a verb of attitude, and "no doubt that" (written for the sixteenth session's lead
change; each sentence is ours, and each failed before: they came out as 12 rejections or negated events)."""

from __future__ import annotations

import pytest

from tests.conftest import issued_events

ISSUER = "Ministry of Foreign Affairs of Estonia"


def _codes(coder, text: str) -> list[tuple[str, bool, str]]:
    return [(e.cameo, e.negated, e.modality) for e in issued_events(coder, text, ISSUER)]


@pytest.mark.parametrize(
    "text",
    [
        "We don't just welcome the agreement, we celebrate it.",
        "The Ministry does not merely support the plan; it will help to fund it.",
        "We cannot thank Norway enough for its patient mediation.",
        "Estonia cannot but welcome the release of the prisoners.",
        "There is no doubt that we support the ceasefire.",
        "There can be no question that we support Moldova's path to membership.",
    ],
)
def test_an_emphatic_or_focused_negation_asserts_the_praise(coder, text: str):
    got = _codes(coder, text)
    assert any(
        code.startswith("05") and not negated and modality == "asserted" for code, negated, modality in got
    )
    assert not any(code.startswith("12") for code, _, _ in got)


@pytest.mark.parametrize(
    "text, root",
    [
        ("We do not support just any candidate.", "12"),  # "just" on the object: still a refusal
        ("There is no evidence that Iran supplied drones to the militia.", "07"),  # "no evidence": denied
    ],
)
def test_the_plain_negation_still_denies(coder, text: str, root: str):
    got = _codes(coder, text)
    assert any(code.startswith(root) and (negated or root == "12") for code, negated, _ in got)


def test_an_inability_is_no_emphasis(coder):
    """ "cannot ... enough" on a verb that voices no attitude keeps its "can" and its "not"."""
    got = _codes(coder, "Ukraine cannot defend itself enough without air defence systems.")
    assert not any(code.startswith("05") and modality == "asserted" for code, _, modality in got)


def test_no_on_a_passive_subject_denies_the_act(coder):
    """A "no" on a passive's subject ("No agreement has been reached") denies the act, it refuses nothing."""
    events = issued_events(coder, "No agreement has yet been reached between Armenia and Azerbaijan.", ISSUER)
    agreements = [e for e in events if e.cameo_root in {"03", "05"}]
    assert agreements and all(e.negated for e in agreements)
    assert not any(e.cameo_root == "12" for e in events)
