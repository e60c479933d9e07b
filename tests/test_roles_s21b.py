"""Roles and coder mends of the twenty-first session's second wave (communique/events/coder.py, matcher.py,
roles.py, loader.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards; the guards pass on both.
"""

from __future__ import annotations

import pytest

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def _codes_of(events) -> list[str]:
    return [e.cameo for e in events]


# --- word lists kept in grammar.yaml ---------------------------------------------------------------------


def test_party_word_lists_come_from_grammar_yaml():
    """The party modifiers and the heads that speak for the parties are grammar.yaml's lists, not code."""
    import yaml

    from communique.events import roles
    from communique.events.loader import GRAMMAR_FILE

    raw = yaml.safe_load(GRAMMAR_FILE.read_text(encoding="utf-8"))
    assert frozenset(raw["party_modifiers"]) == roles.PARTY_MODIFIERS
    assert frozenset(raw["party_head_persons"]) == roles.PARTY_HEAD_PERSONS
    assert {"brotherly", "warring", "both"} <= roles.PARTY_MODIFIERS


def test_a_missing_grammar_list_is_a_dictionary_error():
    """A rule asking for a list grammar.yaml does not have fails at load with the file named."""
    from communique.events.loader import grammar_words
    from communique.model import DictionaryError

    with pytest.raises(DictionaryError, match=r"grammar\.yaml"):
        grammar_words("no_such_list_of_words")


# --- agreeing to act on something else --------------------------------------------------------------------


def test_issuers_who_agree_to_support_a_transition_do_not_support_each_other(coder):
    """ "Senegal and Gambia agreed to back the reform process": the agreement carries an act done to
    something else (its infinitive's object), not an act of the two with each other."""
    events = _issued(
        coder,
        "Senegal and Gambia agreed to back the reform process.",
        "Government of Senegal",
        "Government of Gambia",
    )
    dyads = _dyads(events, "03") + _dyads(events, "05")
    assert dyads, events
    assert all(not (len(s) == 2 and t == s) for s, t in dyads), events


def test_issuers_who_agree_to_deepen_their_ties_agree_with_each_other(coder):
    """Guard: "agreed to deepen their trade ties", "agreed to hold talks": the object is theirs or a meeting,
    so the two act with each other."""
    ties = _issued(
        coder,
        "Senegal and Gambia agreed to deepen their trade ties.",
        "Government of Senegal",
        "Government of Gambia",
    )
    assert any(len(s) == 2 and t == s for s, t in _dyads(ties, "03")), ties
    talks = _issued(
        coder,
        "Senegal and Gambia agreed to hold talks on fishing rights.",
        "Government of Senegal",
        "Government of Gambia",
    )
    assert any(len(s) == 2 and t == s for s, t in _dyads(talks, "03")), talks


# --- a judgement word inside the object of the speaker's own act -------------------------------------------


def test_a_judgement_inside_the_object_of_an_accountability_call_is_no_second_event(coder):
    """ "will hold Chile accountable for its breaches of international law": "breaches" only says what Chile
    is to be held accountable for; the 112 is the one event."""
    events = _issued(
        coder,
        "Bolivia will hold Chile accountable for its violations of international law.",
        "Government of Bolivia",
    )
    codes = _codes_of(events)
    assert "112" in codes, events
    assert "111" not in codes, events


def test_a_judgement_said_of_an_act_stays(coder):
    """Guard: "said the arrests by Peru were illegal": the judgement is a clause of its own (a verb stands
    between), so the 111 stays beside the arrest."""
    events = _issued(coder, "Chile said the arrests by Peru were illegal.", "Government of Chile")
    assert "111" in _codes_of(events), events


def test_a_charge_predicated_with_as_stays(coder):
    """Guard: "rejects the verdict as fraudulent": the "as" phrase predicates a charge of its own."""
    events = _issued(
        coder,
        "The opposition alliance rejects the tally of the election commission as fraudulent.",
        "Zimbabwe opposition alliance",
    )
    assert any(e.cameo.startswith("112") or e.cameo.startswith("111") for e in events), events


# --- the act a concern names is coded too ------------------------------------------------------------------


def test_concern_at_a_deportation_codes_the_deportation_too(coder):
    """ "concerned by the deportation of Afghan refugees by Pakistan": the concern (111) and Pakistan's
    deportation (174), as acts in a reaction's object are coded with their own source."""
    events = _issued(
        coder,
        "Canada is deeply concerned by the deportation of Afghan refugees by Pakistan.",
        "Government of Canada",
    )
    assert (["CAN"], ["PAK"]) in _dyads(events, "11"), events
    assert any(e.cameo == "174" and _codes(e.sources) == ["PAK"] for e in events), events


def test_a_threat_a_judgement_names_is_not_a_threat_made(coder):
    """Guard: "poses a grave threat to the region" judges the launch; the threat noun is no 13 of its own
    (only others' acts of protest, force, coercion and violence are freed)."""
    events = _issued(
        coder,
        "Kenya condemns the missile launch by Eritrea, which poses a grave threat to the region.",
        "Government of Kenya",
    )
    assert not _by_root(events, "13"), events
