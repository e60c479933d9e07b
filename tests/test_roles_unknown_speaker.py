"""A text pasted with no issuers: its "we" is an unknown speaker, never the country the sentence names."""

from __future__ import annotations

from communique.model import Document


def _coded(coder, text: str):
    return coder.code_document(Document(id="paste", text=text))


def test_an_unknown_we_is_not_the_country_it_addresses(coder):
    for text, addressed in (
        ("We call on Russia to withdraw its troops.", "RUS"),
        ("We urge Kenya to release the students.", "KEN"),
    ):
        (event,) = [e for e in _coded(coder, text).events if e.cameo_root == "02"]
        assert [a.code for a in event.sources] == [None], event
        assert [a.code for a in event.targets] == [addressed], event


def test_an_unknown_we_holds_its_stance_without_a_code(coder):
    coded = _coded(coder, "We call on Russia to withdraw its troops from its neighbour.")
    holders = [s.actor for s in coded.stances]
    assert holders and all(a.code is None for a in holders), holders
