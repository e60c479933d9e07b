"""An ad-hoc issue that names a document by "X of Y" ("the Treaty of Lisbon", "the Code of Conduct for the
Arctic") is a thing the statements talk about, not a list of actors; "the Government of France" still is one
(written for the sixteenth session: the first two were refused as "names only actors")."""

from __future__ import annotations

import pytest

from communique.model import CommuniqueError
from communique.stance.matching import compile_adhoc


@pytest.mark.parametrize(
    "phrase",
    [
        "the Treaty of Lisbon",
        "the Code of Conduct for the Arctic",
        "the Declaration of Principles on the Nile",
    ],
)
def test_a_named_document_is_an_issue(coder, phrase: str):
    issue = compile_adhoc(phrase, coder.issues, coder.nlp, coder.actor_dictionary)
    assert issue.label == phrase


@pytest.mark.parametrize(
    "phrase", ["the Government of France", "the Council of Europe", "the Army of Myanmar"]
)
def test_a_named_actor_is_still_refused(coder, phrase: str):
    with pytest.raises(CommuniqueError, match="names only actors"):
        compile_adhoc(phrase, coder.issues, coder.nlp, coder.actor_dictionary)


def test_a_statement_takes_a_position_on_the_named_document(coder):
    from tests.test_stance_labelled import _predict

    item = {
        "id": "arctic",
        "issuers": ["Ministry of Foreign Affairs of Iceland"],
        "issue": "the Code of Conduct for the Arctic",
        "text": "We welcome the adoption of the Code of Conduct for the Arctic and call on all coastal "
        "states to sign it without delay.",
    }
    assert _predict(coder, item) == "support"
