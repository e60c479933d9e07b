"""An agentless action noun only a state does ("the detention of the opposition leader", "the deportation of
two activists") is the state's, as an agentless passive is (roles.implied_authorities): the authorities of the
place named on the noun, or of the document's one country, act on those its "of" phrase names."""

from __future__ import annotations

from communique.model import Document


def _events(coder, text: str, root: str = "17"):
    coded = coder.code_document(Document(id="n", text=text, source="n", date="2021-03-01", language="en"))
    return [e for e in coded.events if e.cameo_root == root]


def _dyads(events):
    return [
        ([a.code for a in e.sources], sorted((a.country or "") for a in e.targets if a.code)) for e in events
    ]


def test_a_detention_in_a_statement_about_one_country_is_that_states(coder):
    text = (
        "Cambodia has silenced its critics ahead of the vote.\n"
        "We condemn the arrest of the opposition leader and call for his release."
    )
    events = [e for e in _events(coder, text) if e.sentence_index == 1]
    assert _dyads(events) == [(["KHMCOP"], ["KHM"])], _dyads(events)
    assert events[0].sources[0].via == "implied"


def test_the_place_on_the_noun_names_the_holder(coder):
    # the parser hangs the place on those held
    events = _events(coder, "Denmark condemns the detention of two Swedish researchers in Tehran.")
    assert _dyads(events) == [(["IRNCOP"], ["SWE"])], _dyads(events)
    events = _events(coder, "Two reporters in Beirut were arrested on Monday.")
    assert [[a.code for a in e.sources] for e in events] == [["LBNCOP"]], _dyads(events)


def test_no_state_without_an_of_phrase_a_named_doer_or_only_a_nationality(coder):
    # no one held is named: nothing to code
    text = "Cambodia has silenced its critics.\nThe arrests must stop."
    assert not [e for e in _events(coder, text) if e.sentence_index == 1]
    # the doer named keeps its role
    events = _events(
        coder, "Cambodia: we condemn the abduction and detention of the activist by unidentified gunmen."
    )
    assert all(a.via != "implied" for e in events for a in e.sources)
    # the victim's nationality does not say who held them
    assert not _events(coder, "We condemn the detention of a French aid worker.")
