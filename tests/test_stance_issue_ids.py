"""Issues typed as identifiers (lead, session 27).

A user who writes an issue the way the dictionary writes its ids ("internet_shutdowns", "press_freedom") was
refused whenever the id was not one of the dictionary's own, exactly: the underscores made the phrase one
unknown word. An id that differs from a dictionary id only by a plural "s" now names that issue; any other
id-like phrase is read as the words it joins. Plain phrases and exact ids are unchanged.
"""

from __future__ import annotations

import pytest

from communique.model import CommuniqueError
from communique.stance.matching import compile_adhoc, dictionary_issue_named


@pytest.fixture(scope="module")
def issues(coder):
    return coder.issues


@pytest.mark.parametrize(
    ("typed", "issue_id"),
    [
        ("internet_shutdowns", "internet_shutdown"),
        ("death_penalties", "death_penalty"),
        ("political_prisoner", "political_prisoners"),
        ("Death_Penalty", "death_penalty"),
        ("sanctions", "sanctions"),
        ("peace talks", "peace_talks"),
    ],
)
def test_an_id_that_differs_only_by_plural_names_the_dictionary_issue(coder, issues, typed, issue_id):
    issue = compile_adhoc(typed, issues, coder.nlp, coder.actor_dictionary)
    assert issue.issue_id == issue_id


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("press_freedom", "press freedom"),
        ("use_of_force_against_strikers", "use of force against strikers"),
        ("recognition_of_kosovo", "recognition of kosovo"),
    ],
)
def test_an_unknown_id_is_read_as_the_phrase_of_its_words(coder, issues, typed, label):
    issue = compile_adhoc(typed, issues, coder.nlp, coder.actor_dictionary)
    assert issue.issue_id is None
    assert issue.label == label


def test_an_unknown_id_of_one_content_word_is_still_refused(coder, issues):
    with pytest.raises(CommuniqueError, match="single word"):
        compile_adhoc("the_budget", issues, coder.nlp, coder.actor_dictionary)


def test_plural_forms_are_matched_only_for_ids_not_for_free_text(issues):
    # "internet shutdowns" typed with a space is a phrase (it reaches the issue through its cues instead)
    assert dictionary_issue_named("internet shutdowns", issues) is None
    assert dictionary_issue_named("internet_shutdowns", issues).id == "internet_shutdown"
    assert dictionary_issue_named("no_such_issue", issues) is None


def test_a_statement_takes_a_side_on_an_issue_typed_as_an_unknown_id(coder):
    from communique.actors import resolve_actors
    from communique.events import code_events
    from communique.nlp import parse_documents
    from communique.stance import stances_for_issue
    from tests.test_stance_labelled import document_from_text

    text = (
        "We are alarmed by the closure of three independent newspapers this week and the arrest of their "
        "editors. Journalists must be able to report without fear of reprisal, and we call on the "
        "authorities to restore press freedom and release the reporters at once."
    )
    document = document_from_text(text, source="ids-1", issuers=["Committee to Protect Journalists"])
    ((document, sdoc),) = list(parse_documents([document], coder.nlp))
    actors = resolve_actors(document, sdoc, coder.actor_dictionary)
    events = code_events(document, sdoc, actors, coder.patterns)
    stances = stances_for_issue(document, sdoc, actors, events, coder.issues, "press_freedom")
    assert stances and stances[0].stance == "support"
