"""A negated negator asserts what it governs: "never failed to support", "did not deny sending"."""

from __future__ import annotations

from .conftest import issued_events


def _coded(coder, text):
    events = issued_events(coder, text, "Ministry of Foreign Affairs of Canada")
    return [(e.cameo_root, e.negated) for e in events if e.cameo_root != "01"]


def test_never_failing_to_support_is_support(coder):
    assert _coded(coder, "We have never failed to support the Government of Mozambique.") == [("05", False)]
    # a plain failure still denies the act
    failed = _coded(coder, "The Government of Chile failed to support the mediation of Brazil.")
    assert failed != [("05", False)], failed


def test_not_denying_an_act_does_not_deny_it(coder):
    admitted = _coded(coder, "Russia did not deny sending troops to Georgia.")
    denied = _coded(coder, "Russia denied sending troops to Georgia.")
    assert admitted == [("15", False)], admitted
    assert denied == [], denied  # (session 27: a denied act is no event; it was coded negated before)
