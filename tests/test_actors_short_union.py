"""A capitalised "the Union" that names no union named before is the European Union, as diplomatic prose
writes it; a trade union's own "the Union", a union named before and a lower-case "union" keep their readings
(sixteenth session, lead: "the Union" in a foreign ministry's statement was the sentence country's labour
union)."""

from __future__ import annotations

import pytest

from tests.conftest import issued_events


@pytest.mark.parametrize(
    "issuer, text, source",
    [
        ("Ministry of Foreign Affairs of Estonia", "The Union condemns the coup in Gabon.", "IGOEU"),
        (
            "Ministry of Foreign Affairs of Estonia",
            "The African Union met in Addis Ababa. The Union condemned the coup in Gabon.",
            "IGOAU",
        ),
        ("African Union Commission", "The Union condemns the coup in Gabon.", "IGOAU"),
        ("Confederation of Trade Unions of Kenya", "The Union condemns the arrest of its leaders.", "KENLAB"),
    ],
)
def test_the_union_is_the_last_union_named_or_the_european_union(coder, issuer: str, text: str, source: str):
    events = issued_events(coder, text, issuer)
    assert [a.code for e in events if e.cameo_root == "11" for a in e.sources] == [source]


def test_a_lower_case_union_is_still_a_trade_union(coder):
    events = issued_events(coder, "The union of teachers went on strike in Chad.", "Amnesty International")
    assert any(a.code == "TCDLAB" for e in events for a in e.sources)
