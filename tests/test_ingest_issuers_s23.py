"""Issuer names with a comma inside one body's name (IS23): "Foreign, Commonwealth and Development Office" is
one issuer, not "Foreign" and "Commonwealth and Development Office". A comma piece made only of department
words or adjectives ("Foreign", "Trade", "International Trade") cannot stand as an issuer and joins the next
piece; real lists of states, organisations and offices still split."""

from __future__ import annotations

import pytest

from communique.actors import load_actor_dictionary, resolve_issuers
from communique.ingest.issuers import issuers_from_names, issuers_from_title, split_issuer_phrase
from communique.model import Actor, Document


def _names(phrase: str) -> list[str]:
    return [name for name, _ in split_issuer_phrase(phrase, (0, len(phrase)))]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Foreign, Commonwealth and Development Office", ["Foreign, Commonwealth and Development Office"]),
        ("Foreign, Commonwealth & Development Office", ["Foreign, Commonwealth & Development Office"]),
        (
            "Global Affairs Canada, Foreign, Commonwealth and Development Office",
            ["Global Affairs Canada", "Foreign, Commonwealth and Development Office"],
        ),
        (
            "Global Affairs Canada and the Foreign, Commonwealth & Development Office",
            ["Global Affairs Canada", "Foreign, Commonwealth & Development Office"],
        ),
        (
            "the Foreign, Commonwealth and Development Office and Amnesty International",
            ["Foreign, Commonwealth and Development Office", "Amnesty International"],
        ),
    ],
)
def test_a_bare_department_word_joins_the_next_piece(phrase, expected):
    assert _names(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # Near misses: real lists still split.
        ("Governments of Estonia, Latvia and Lithuania", 3),
        ("Amnesty International, Human Rights Watch and Reporters Without Borders", 3),
        (
            "the Office of Sviatlana Tsikhanouskaya, the Coordination Council and the National Anti-Crisis "
            "Management",
            3,
        ),
        ("France, Germany and the European Union", 3),
        ("International Crisis Group, Foreign Policy Centre and Chatham House", 3),
        ("the European Union, the African Union and the United Nations", 3),
        ("Ministry of Foreign Affairs and Trade, Ministry of Defence", 2),
        ("the Foreign Ministry, the Trade Ministry and the Finance Ministry", 3),
        ("Trades Union Congress, Amnesty International", 2),
        # Names that were whole already stay whole.
        ("Ministry of Foreign Affairs, Trade and Development", 1),
        ("Ministry of Foreign Affairs, International Trade and Worship", 1),
        ("Ministry of Foreign Affairs, European Integration and International Cooperation", 1),
        ("Ministry of Europe and Foreign Affairs", 1),
        ("Federal Department of Foreign Affairs", 1),
        ("Office of the High Commissioner for Human Rights", 1),
    ],
)
def test_real_lists_still_split(phrase, expected):
    assert len(_names(phrase)) == expected, _names(phrase)


def test_title_names_the_fcdo_whole():
    title = (
        "Joint statement by Global Affairs Canada and the Foreign, Commonwealth & Development Office "
        "on Myanmar"
    )
    assert [n for n, _ in issuers_from_title(title)] == [
        "Global Affairs Canada",
        "Foreign, Commonwealth & Development Office",
    ]
    title = "Statement by the Foreign, Commonwealth and Development Office on Sudan"
    assert [n for n, _ in issuers_from_title(title)] == ["Foreign, Commonwealth and Development Office"]


def test_given_names_split_at_the_comma_are_joined_again():
    """A list written as "[A, Foreign, Commonwealth and Development Office]" (YAML, a comma-separated field)
    arrives as three names; the bare "Foreign" joins the name after it."""
    text = "The United Kingdom calls for restraint."
    got = issuers_from_names(
        [
            "U.S. Department of the Treasury",
            "Foreign",
            "Commonwealth and Development Office of the United Kingdom",
        ],
        text,
    )
    assert [a.name for a in got] == [
        "U.S. Department of the Treasury",
        "Foreign, Commonwealth and Development Office of the United Kingdom",
    ]
    # Near misses: names that stand on their own are kept apart.
    for names in (
        ["Estonia", "Latvia", "Lithuania"],
        ["Amnesty International", "Human Rights Watch"],
        ["European Union", "African Union"],
        ["Foreign"],  # nothing after it to join
    ):
        assert [a.name for a in issuers_from_names(names, text)] == names


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Foreign, Commonwealth and Development Office", "GBRGOV"),
        ("Foreign, Commonwealth & Development Office", "GBRGOV"),
        ("Foreign, Commonwealth and Development Office of the United Kingdom", "GBRGOV"),
        ("Department of Foreign Affairs, Trade and Development", "CANGOV"),
        ("Ministry of Foreign Affairs, Trade and Development", "CANGOV"),
        ("Ministry of Foreign Affairs, International Trade and Worship", "ARGGOV"),
        (
            "Federal Department of Foreign Affairs",
            "CHEGOV",
        ),  # Switzerland's (Germany's: Federal Foreign Office)
        ("Federal Foreign Office", "DEUGOV"),
    ],
)
def test_whole_names_resolve_to_their_country(name, code):
    doc = Document(id="t", text="", date="2023-05-01", issuers=[Actor(name=name, text=name, via="issuer")])
    resolve_issuers(doc, load_actor_dictionary([]))
    assert [a.code for a in doc.issuers] == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # A region as the portfolio of a ministry that names no state: no region's code (was EUR, EURGOV).
        ("Ministry of Europe and Foreign Affairs", None),
        ("Ministry for Europe and Foreign Affairs", None),
        ("Ministry of Foreign Affairs, European Integration and International Cooperation", None),
        ("Ministry of Foreign and European Affairs", None),
        # Near misses: the state named owns the ministry; a region's ministers; organisations.
        ("Ministry for Europe and Foreign Affairs of Albania", "ALBGOV"),
        ("Ministry of Foreign Affairs and European Integration of Moldova", "MDAGOV"),
        ("Ministers of Foreign Affairs of the European Union", "IGOEU"),
        ("African Union Commission", "IGOAU"),
        ("European Commission", "IGOEUEC"),
    ],
)
def test_a_region_in_a_ministrys_portfolio_is_not_the_issuer(name, code):
    doc = Document(id="t", text="", date="2023-05-01", issuers=[Actor(name=name, text=name, via="issuer")])
    resolve_issuers(doc, load_actor_dictionary([]))
    assert [a.code for a in doc.issuers] == [code]
