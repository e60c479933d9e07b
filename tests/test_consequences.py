"""An act's outcome and a judgement said twice are no second event: a participle that tells what a coded
act of force led to ("..., killing 150 people", "..., injuring dozens"), and an evaluative word on what a
judging verb already condemns ("condemns the illegal detention of X")."""

from __future__ import annotations

from communique.model import Actor, Document

from .conftest import coded_events


def _roots(coder, text: str) -> list[str]:
    return [e.cameo_root for e in coded_events(coder, text)]


def test_the_outcome_of_an_act_of_force_is_not_a_second_event(coder):
    text = "Zimbabwean police fired on the strikers in Harare, killing three workers and injuring dozens."
    assert _roots(coder, text) == ["17"], [(e.cameo, e.trigger) for e in coded_events(coder, text)]
    text = "Turkish drones struck a convoy near Qamishli, killing four fighters."
    assert _roots(coder, text) == ["19"], [(e.cameo, e.trigger) for e in coded_events(coder, text)]


def test_a_killing_that_is_the_act_itself_stays(coder):
    assert "18" in _roots(coder, "Gunmen killed five villagers in Zamfara, the governor said.")


def test_an_evaluative_word_on_what_a_judging_verb_condemns_is_no_second_judgement(coder):
    """ "condemns the illegal detention of X by Y" is one condemnation (the verb's), not two."""
    issuer = "Ministry of Foreign Affairs of Kenya"
    text = "Kenya condemns the illegal detention of two Ugandan journalists by the Tanzanian police."
    document = Document(
        id="j", text=text, date="2024-01-05", issuers=[Actor(name=issuer, text=issuer, via="issuer")]
    )
    judgements = [e for e in coder.code_document(document).events if e.cameo_root == "11"]
    assert len(judgements) == 1 and judgements[0].trigger.startswith("condemns"), [
        (e.cameo, e.trigger) for e in judgements
    ]
