"""Who did it: the sixteenth session (communique/events/roles.py, coder.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_pronoun_subject_of_another_verb_is_resolved_where_it_stands(coder):
    """ "..., and it will keep working with X": the pronoun is the subject of "keep", a conjunct of the first
    clause, whose subject it stands for; the controlled "working" acts through it."""
    events = _issued(
        coder,
        "Norway has asked for an urgent session of the Human Rights Council, and it will keep working "
        "closely with Sweden and Denmark.",
        "Ministry of Foreign Affairs of Finland",
    )
    working = _by_root(events, "03")
    assert [_codes(e.sources) for e in working] == [["NOR"]], events


def test_a_pronoun_in_a_relative_clause_is_the_agent_of_the_act_it_details(coder):
    """ "the raid carried out by the Peruvian police, when they stormed the office and arrested X": "they"
    are the police, the "by" agent of the participle the relative clause details; a singular "he" is the
    singular agent ("the speech given by President X, in which he congratulated Y")."""
    events = _issued(
        coder,
        "We condemn the raid carried out by the Peruvian police on the evening of 3 May, when they stormed "
        "the offices of the newspaper in Lima and arrested the opposition leader Carlos Mendoza.",
        "Government of Chile",
    )
    arrests = _by_root(events, "17")
    assert arrests and all(_codes(e.sources) == ["PERCOP"] for e in arrests), events
    speech = _issued(
        coder,
        "We take note of the speech given on 4 March by President Alpha Condé, in which he congratulated "
        "the opposition leader Cellou Dalein Diallo.",
        "African Union Commission",
    )
    praised = _by_root(speech, "05")
    assert [_codes(e.sources)[0][:3] for e in praised] == ["GIN"], speech


def test_both_countries_are_two_countries_not_one_countrys_police_and_prisoner(coder):
    """The parties an arrest gives (the police and whom it arrested, one country) are not "both countries":
    those stay the two countries the statement named most."""
    events = _issued(
        coder,
        "The Ecuadorian police entered the embassy of Mexico in Quito and detained the Ecuadorian "
        "opposition leader Pablo Ruiz, to whom Mexico had granted asylum. Mexico condemned the raid and "
        "Ecuador defended it. We call on both countries to settle their dispute through dialogue.",
        "Government of Colombia",
    )
    asked = [e for e in events if e.cameo_root == "02"]
    assert asked and all(
        sorted({a.code[:3] for a in e.targets if a.code}) == ["ECU", "MEX"] for e in asked
    ), events
