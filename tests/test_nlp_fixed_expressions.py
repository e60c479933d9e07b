"""Fixed expressions (nlp.pipeline.FIXED_EXPRESSIONS): "persona non grata" is one predicative word; idioms
the tagger reads as a clause ("hold X to account") are re-hung as the phrase they are.

The small parser reads "declared two diplomats persona non grata" with "persona" as a clause verb, so no
expulsion was coded. The phrase is merged after parsing into one adjective whose lemma the event patterns
name, hung on the verb as its object's complement, with the verb's "by" agent given back to the verb.
"""

from __future__ import annotations

from communique.model import Document
from communique.nlp.pipeline import get_nlp


def test_the_phrase_is_one_complement_of_the_verbs_object():
    nlp = get_nlp()
    assert nlp.pipe_names.index("communique_fixed_expressions") == nlp.pipe_names.index("parser") + 1
    doc = nlp("Estonia declared a Russian diplomat persona non grata on Monday.")
    phrase = next(t for t in doc if t.text == "persona non grata")
    assert (phrase.lemma_, phrase.dep_, phrase.head.text) == ("persona-non-grata", "oprd", "declared")
    diplomat = next(t for t in doc if t.text == "diplomat")
    assert (diplomat.dep_, diplomat.head.text) == ("dobj", "declared")
    assert [s.text for s in doc.sents] == [doc.text]


def test_a_passive_keeps_its_by_agent_on_the_verb():
    doc = get_nlp()("Two Latvian consuls were declared persona non grata by Belarus.")
    agent = next(t for t in doc if t.text == "by")
    assert (agent.dep_, agent.head.text) == ("agent", "declared")


def test_text_without_the_phrase_is_untouched():
    nlp = get_nlp()
    text = "Estonia declared a state of emergency; a persona grata in Tallinn spoke."
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer(text)]


def test_the_expulsion_is_coded(coder):
    for text in (
        "Estonia declared a Russian diplomat persona non grata on Monday.",
        "Two Latvian consuls were declared persona non grata by Belarus.",
    ):
        coded = coder.code_document(Document(id="png", text=text))
        got = [
            (e.cameo, [a.country for a in e.sources], [a.country for a in e.targets]) for e in coded.events
        ]
        source, target = ("EST", "RUS") if text.startswith("Estonia") else ("BLR", "LVA")
        assert ("161", [source], [target]) in got, got


def _heads(text: str) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.dep_, t.head.text, t.pos_) for t in get_nlp()(text)}


def test_to_account_is_the_verbs_phrase_and_its_subject_the_object():
    # parsed as "hold [Moldova to account]" with "account" a verb whose subject is Moldova
    heads = _heads("The court will hold Moldova to account for the seizure of the vessel.")
    assert heads["Moldova"] == ("dobj", "hold", "PROPN")
    assert heads["to"] == ("prep", "hold", "ADP")
    assert heads["account"] == ("pobj", "to", "NOUN")
    assert heads["for"][:2] == ("prep", "hold")
    assert _heads("They held him to account.")["account"] == ("pobj", "to", "NOUN")


def test_an_appeal_to_account_for_something_stays_a_clause():
    heads = _heads("Norway called on Syria to account for the missing.")
    assert heads["account"][0] in {"xcomp", "ccomp"} and heads["account"][2] == "VERB"
    assert heads["Syria"][:2] == ("pobj", "on")


def test_holding_to_account_is_coded_as_blame_aimed_at_the_held(coder):
    coded = coder.code_document(
        Document(id="acc", text="Canada will hold Iran to account for the downing of the jet.")
    )
    got = [(e.cameo, [a.country for a in e.sources], [a.country for a in e.targets]) for e in coded.events]
    assert ("112", ["CAN"], ["IRN"]) in got, got
