"""Force "in response": police or troops who respond with tear gas, bullets or force repress (175);
anyone else responding with words or stones does not."""

from __future__ import annotations

from .conftest import issued_events


def _roots(coder, text):
    return [e.cameo_root for e in issued_events(coder, text, "Amnesty International") if e.cameo_root != "01"]


def test_security_forces_responding_with_force_repress(coder):
    assert "17" in _roots(
        coder, "Thousands marched in Lusaka. Zambian police responded with tear gas and rubber bullets."
    )
    assert "17" in _roots(coder, "The army responded with live ammunition to the protest in Conakry.")


def test_responding_with_words_or_by_civilians_is_no_repression(coder):
    assert "17" not in _roots(coder, "The Government of Chile responded with a diplomatic note.")
    assert "17" not in _roots(coder, "Protesters in Lima responded with stones to the police.")
