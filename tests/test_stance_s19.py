"""Issues said by paraphrase (session 19, ST19): the topic lexicon (communique/data/issues/topics.yaml).

An ad-hoc phrase whose words name a policy topic ("pension" in "the Belgian pension reform") lets a sentence
holding one of the words writers use for that topic ("working longer", "the retirement age") stand for the
phrase, scoped as the phrase is. Sentences of our own; each positive case fails on the code before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.model import DictionaryError
from communique.stance.loader import load_issues
from tests.test_stance import stance_reader

_stance = stance_reader("Ministry of Foreign Affairs of Ruritania")


def test_topic_lexicon_loads_and_is_broad() -> None:
    topics = load_issues().lexicon.topics
    assert len(topics) >= 80
    assert ("retirement", "age") in {cue.words for cue in topics["pensions"].terms}
    assert ("seabed",) in {cue.words for cue in topics["deep_sea_mining"].terms}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("topics:\n  - id: ports\n    names: [port]\n", "without terms"),
        ("topics:\n  - id: Ports\n    names: [port]\n    terms: [harbour]\n", "lower_snake_case"),
        (
            "topics:\n  - id: ports\n    names: [port]\n    terms: [harbour]\n    weak: [dock]\n",
            "unknown topic key",
        ),
        ("topics:\n  - id: ports\n    names: [port]\n    terms: [of the]\n", "no content word"),
        (
            "topics:\n  - id: ports\n    names: [port]\n    terms: [harbour]\n"
            "  - id: ports\n    names: [quay]\n    terms: [dock]\n",
            "defined twice",
        ),
    ],
)
def test_topic_errors_name_the_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(body)
    with pytest.raises(DictionaryError, match=message) as caught:
        load_issues([path])
    assert "mine.yaml" in str(caught.value)


def test_a_user_topic_is_read(coder, tmp_path: Path) -> None:
    path = tmp_path / "ports.yaml"
    path.write_text("topics:\n  - id: ports\n    names: [port]\n    terms: [harbour, quay]\n")
    topics = load_issues([path]).lexicon.topics
    assert topics["ports"].terms[0].words == ("harbour",)
    assert "pensions" in topics  # the bundled ones stay


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # The policy said by what it does, never by its name.
        (
            "The Belgian government wants people to work until 67. Making workers retire later is unfair to"
            " those in arduous jobs.",
            "the Belgian pension reform",
            "oppose",
        ),
        (
            "Ruritania opposes any extraction of polymetallic nodules from the ocean floor until the science"
            " is clear. The seabed is a common heritage of mankind.",
            "deep-sea mining",
            "oppose",
        ),
        (
            "Norway reaffirms its support for a Palestinian state living side by side with Israel in peace"
            " and security.",
            "the two-state solution",
            "support",
        ),
    ],
)
def test_an_issue_said_by_its_topic(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # Same country, another topic: the topic's words are not there.
        (
            "Belgium condemns the missile strike on Kyiv and stands with Ukraine.",
            "the Belgian pension reform",
        ),
        # The topic's word only inside the name of an organisation, and no second word of the topic.
        (
            "The International Seabed Authority elected a new Secretary-General today. Ruritania"
            " congratulates her on her election.",
            "deep-sea mining",
        ),
        # A document about another country's institutions, which never names the phrase's country.
        (
            "The Georgian Communications Commission suspended two television channels for thirty days before"
            " the vote. We regret this decision.",
            "the Mozambican general election result",
        ),
        # The head names the topic (putting off a vote): words of the vote itself are not its postponement.
        (
            "Senegal's candidates campaigned across the country and turnout is expected to be high. We wish"
            " all voters well.",
            "the postponement of the presidential election in Senegal",
        ),
    ],
)
def test_near_misses_stay_not_addressed(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "not addressed"
