"""Seventeenth session: news-style mentions the resolver coded wrong on the development halves (ethnic groups
in sentences naming several states, an organisation's office named alone after the organisation)."""

from __future__ import annotations

from .test_actors import resolve


def found(actors, text):
    """Codes of the mentions whose text is ``text``, in order."""
    return [a.code for a in actors if a.text == text]


def test_an_ethnic_group_is_not_placed_by_where_it_comes_from_goes_to_or_borders_on(coder):
    for text, mention, code in [
        (
            "Ethnic Uzbeks in southern Kyrgyzstan complained that the border with Tajikistan was closed.",
            "Uzbeks",
            "KGZ",
        ),
        ("Ethnic Hungarians who fled from Ukraine held a rally in Romania on Sunday.", "Hungarians", "ROU"),
        ("Ethnic Greeks in Albania fear that Tirana will deport them to Greece.", "Greeks", "ALB"),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, mention) == [code], (text, [(a.text, a.code) for a in actors])
    # two states where the group may live: still not guessed
    actors, _, _ = resolve(coder, "Ethnic Russians in Latvia and Estonia protested against the language law.")
    assert found(actors, "Russians") == ["RUS"]
