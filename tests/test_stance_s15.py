"""Stance rules of the fifteenth session (ST15), each with sentences of our own.

The causes were found among the development misses of halves F, G and H (blind-written, promoted to
development); the sentences here are invented and name other issues, issuers and places.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Setting a person free is releasing them: "free", "liberate" stand for the head "release".
        (
            "Anna Korvel was sentenced again last week. We call on the authorities to set her free at once.",
            "release of Anna Korvel",
            "support",
        ),
        (
            "We demand that the authorities free Anna Korvel without conditions.",
            "release of Anna Korvel",
            "support",
        ),
    ],
)
def test_setting_free_is_a_release(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Annexation said as claiming the land: imposing or extending sovereignty over it.
        (
            "We reject the announced intention of the occupying power to impose its sovereignty over the"
            " northern lake district.",
            "annexation",
            "oppose",
        ),
        (
            "The decision to extend so-called sovereignty to the coastal strip is null and void.",
            "annexation",
            "oppose",
        ),
    ],
)
def test_imposing_sovereignty_is_annexation(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Asking for a measure to be discarded opposes it, as asking for its repeal does.
        ("We urge the ministry to set the island relocation plan aside.", "island relocation plan", "oppose"),
        ("We urge the ministry to set aside the island relocation plan.", "island relocation plan", "oppose"),
        ("The council should scrap the new grazing levy before the spring.", "grazing levy", "oppose"),
        ("We call on the assembly to shelve the broadcasting bill.", "broadcasting bill", "oppose"),
        ("The court was right to annul the broadcasting bill.", "broadcasting bill", "oppose"),
        # Keeping it is still support.
        ("We urge the ministry to keep the island relocation plan.", "island relocation plan", "support"),
    ],
)
def test_discarding_a_measure_opposes_it(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A prohibition compounded with the issue stops it: supporting "the test ban" opposes the tests, and
        # condemning "ceasefire violations" is a concern for the ceasefire.
        ("Ruritania fully supports the nuclear test ban.", "nuclear_tests", "oppose"),
        ("We call on all States to keep their moratoria on nuclear testing.", "nuclear_tests", "oppose"),
        ("We condemn the ceasefire violations in the northern districts.", "ceasefire", "support"),
        # A prohibition that is itself a word of the issue is the issue: "the economic blockade" is sanctions.
        ("The economic blockade of the island must be lifted.", "sanctions", "oppose"),
        ("We reject the economic blockade of the island.", "sanctions", "oppose"),
    ],
)
def test_a_compounded_prohibition_stops_the_issue(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Restraint is the reversal of force: asked of the police alone, after protesters were hurt, it
        # opposes the force used on them.
        (
            "Police fired rubber bullets at the marchers in Vell. We urge the police to exercise restraint.",
            "force_against_protesters",
            "oppose",
        ),
        # Asked of every side, or of both sides named alike, it takes none.
        (
            "Police fired rubber bullets at the marchers in Vell. We call on all sides to exercise restraint"
            " and to refrain from violence.",
            "force_against_protesters",
            "neutral",
        ),
        (
            "Police fired rubber bullets at the marchers in Vell. We call on the marchers and the police"
            " alike to show restraint.",
            "force_against_protesters",
            "neutral",
        ),
    ],
)
def test_restraint_asked_of_one_side_takes_a_side(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The voters' participation and the turnout are the people's conduct: praising them takes no side on
        # the vote's result.
        (
            "Ruritania salutes the peaceful participation of the citizens of Ostland in the charter"
            " referendum held on Sunday.",
            "result of the charter referendum",
            "neutral",
        ),
        (
            "Ruritania welcomes the high turnout in the charter referendum in Ostland.",
            "result of the charter referendum",
            "neutral",
        ),
        # Welcoming the result itself still supports it.
        (
            "Ruritania welcomes the result of the charter referendum in Ostland.",
            "result of the charter referendum",
            "support",
        ),
    ],
)
def test_praising_turnout_is_no_verdict(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The issue as a part of a crisis between two sides: concern over the crisis blames neither.
        (
            "Ruritania follows with deep concern the escalation between Ostland and Westmark, including the"
            " reported drone strikes on the Westmark refinery.",
            "Ostland drone strikes on Westmark",
            "neutral",
        ),
        # Concern over the strikes themselves opposes them.
        (
            "Ruritania is deeply concerned by the drone strikes by Ostland on the Westmark refinery.",
            "Ostland drone strikes on Westmark",
            "oppose",
        ),
    ],
)
def test_part_of_a_crisis_between_two_sides(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A thing described by NOT doing the issue's act stands against it ("that does not restore ..."), as
        # one that "fails to" does; refusing such a thing is asking for the act.
        (
            "Ruritania will not accept any settlement that does not restore access to the internet in the"
            " northern province.",
            "internet_shutdown",
            "oppose",
        ),
        (
            "We will not endorse any agreement that does not withdraw the foreign troops from the island.",
            "foreign_military_intervention",
            "oppose",
        ),
    ],
)
def test_a_thing_that_does_not_do_the_act(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A judgement denied by its holder: "does not consider X credible" doubts X.
        ("The observers do not consider the election results credible.", "election_legitimacy", "oppose"),
        ("We do not believe that the grazing levy is fair.", "grazing levy", "oppose"),
        ("We consider the grazing levy fair.", "grazing levy", "support"),
        # Acting against a thing on a question opposes it, as being against it does.
        ("We urge the assembly to vote against the grazing levy.", "grazing levy", "oppose"),
        ("Ruritania will campaign against the grazing levy.", "grazing levy", "oppose"),
    ],
)
def test_denied_judgements_and_votes_against(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


def test_a_lower_case_word_the_recogniser_calls_an_organisation_is_a_common_word() -> None:
    # "amnesty" is found as an organisation (after a well-known NGO); in a phrase typed in lower case it is
    # the thing itself. Places keep their lower-case spelling; a capitalised name stays an entity.
    from communique.stance import load_issues
    from communique.stance.matching import compile_adhoc

    issues = load_issues()
    assert [e.text for e in compile_adhoc("amnesty bill for rebel fighters", issues).entities] == []
    assert [e.text for e in compile_adhoc("sanctions on russia", issues).entities] == ["russia"]
    report = compile_adhoc("Amnesty International report on Ostland", issues)
    assert "Amnesty" in [e.text for e in report.entities]


def test_an_amnesty_said_as_clemency(coder) -> None:
    text = "Ruritania welcomes the clemency granted to the rebel fighters."
    assert _stance(coder, text, "amnesty bill for rebel fighters") == "support"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Ratifying takes a text up, as adopting does; a ratification made impossible is refused.
        (
            "Our parliament will ratify the Ostland free trade agreement.",
            "Ostland free trade agreement",
            "support",
        ),
        (
            "The blockade of our ports makes it impossible for parliament to ratify the Ostland free trade"
            " agreement.",
            "Ostland free trade agreement",
            "oppose",
        ),
        (
            "Parliament cannot ratify the Ostland free trade agreement at this stage.",
            "Ostland free trade agreement",
            "oppose",
        ),
    ],
)
def test_ratifying_and_impossible(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # A region in the phrase is named again by its countries (synonyms.yaml, regions).
        (
            "Ruritania welcomes the opening of accession talks with Montenegro.",
            "EU enlargement to the Western Balkans",
            "support",
        ),
        (
            "Ruritania welcomes the start of membership negotiations with Tajikistan.",
            "EU enlargement to Central Asia",
            "support",
        ),
        # A country's own business is still not the region's enlargement.
        (
            "Ruritania welcomes the new fishing agreement with Montenegro.",
            "EU enlargement to the Western Balkans",
            "not addressed",
        ),
    ],
)
def test_a_region_named_by_its_countries(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


def test_a_region_needs_two_places(tmp_path) -> None:
    from communique.model import DictionaryError
    from communique.stance import load_issues

    extra = tmp_path / "regions.yaml"
    extra.write_text("version: 1\nregions:\n  lake country: [Ostland]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="two or more places"):
        load_issues([extra])
    extra.write_text("version: 1\nregions:\n  lake country: [Ostland, Westmark]\n", encoding="utf-8")
    assert load_issues([extra]).lexicon.regions["lake country"] == ("Ostland", "Westmark")


def test_regretting_stalled_talks_supports_them(coder) -> None:
    # What befell the talks: regretting that they stalled is wanting them to move.
    text = "Ruritania regrets that the membership negotiations with Tajikistan have stalled again."
    assert _stance(coder, text, "EU enlargement to Central Asia") == "support"
    talks = "We regret that the peace talks on the island have stalled."
    assert _stance(coder, talks, "peace_talks") == "support"


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # Access adjectives: what is open or accessible to X serves X.
        (
            "The mountain roads into Vell must remain open to humanitarian convoys.",
            "humanitarian_access",
            "support",
        ),
        (
            "The river crossings must be accessible to humanitarian convoys at all hours.",
            "humanitarian_access",
            "support",
        ),
    ],
)
def test_open_and_accessible_serve_what_they_admit(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected
