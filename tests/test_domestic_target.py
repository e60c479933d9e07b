"""A foreign state's refusal that names no one, reported in another state's statement, is aimed at no one; at
home (a news report, its own opposition's statement) the domestic fallback stays (sixteenth session, lead:
"Japan will not recognise the referendum" in Estonia's statement was Japan's rejection of Japan)."""

from __future__ import annotations

from tests.conftest import issued_events


def _rejections(coder, text: str, issuer: str) -> list[tuple[list[str], list[str]]]:
    events = issued_events(coder, text, issuer)
    return [
        ([a.code or "" for a in e.sources], [a.code or "" for a in e.targets])
        for e in events
        if e.cameo_root == "12"
    ]


def test_a_foreign_states_refusal_in_a_statement_targets_no_one(coder):
    got = _rejections(
        coder, "Japan will not recognise the referendum.", "Ministry of Foreign Affairs of Estonia"
    )
    assert got == [(["JPN"], [])]


def test_a_refusal_at_home_keeps_the_domestic_target(coder):
    got = _rejections(
        coder,
        "The authorities refused to register the party before the election.",
        "Coordination Council of Belarus",
    )
    assert got and all(targets for _, targets in got)
