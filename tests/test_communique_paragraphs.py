"""Communiqué paragraphs that open on their verb ("Strongly condemns the coup", "Urges the parties to ...",
"3. Expresses deep concern"): the subject they leave out is the body that issues the communiqué."""

from __future__ import annotations

from communique.model import Actor, Document

ISSUER = "Peace and Security Council of the African Union"


def _coded(coder, *sentences: str, issuers: tuple[str, ...] = (ISSUER,)):
    document = Document(
        id="c",
        text="\n".join(sentences),
        title="Communiqué of the 1234th meeting",
        date="2023-09-01",
        language="en",
        issuers=[Actor(name=name, text=name, via="issuer") for name in issuers],
    )
    return coder.code_document(document).events


def test_a_headless_paragraph_is_the_issuers(coder):
    events = _coded(
        coder,
        "Strongly condemns the unconstitutional seizure of power in Gabon.",
        "Urges the Gabonese defence and security forces to return to their barracks.",
        "3. Expresses deep concern over the fighting in Sudan.",
    )
    got = {(e.sentence_index, e.cameo_root, tuple(a.code for a in e.sources)) for e in events}
    assert {(0, "11", ("IGOAU",)), (1, "02", ("IGOAU",)), (2, "01", ("IGOAU",))} <= got, got


def test_only_a_verb_that_opens_without_a_subject(coder):
    # a subject, a question or an imperative keep their own reading
    events = _coded(coder, "Gabon strongly condemns the attack.", "Condemn the attack, he told them.")
    assert not [e for e in events if any(a.via == "issuer" for a in e.sources) and e.sentence_index == 0]
    assert not [e for e in events if e.sentence_index == 1 and any(a.code == "IGOAU" for a in e.sources)]
    # no issuer known: nothing is guessed
    assert not _coded(coder, "Strongly condemns the attack on the convoy in Mali.", issuers=())
