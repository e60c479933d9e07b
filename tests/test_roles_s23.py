"""Who is the source and the target: the twenty-third session (communique/events/coder.py, roles.py).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards; the guards pass on both.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def _keys(codes: list[str]) -> set[str]:
    return {c[:3] for c in codes if c}


def _last(events, root: str) -> list[tuple[list[str], list[str]]]:
    """The dyads of one root in the document's last sentence."""
    last = max(e.sentence_index for e in events)
    return _dyads([e for e in events if e.sentence_index == last], root)


# --- a class addressed in a statement that has judged no one ------------------------------------------------

BACKGROUND = (
    "Zambia held presidential and parliamentary elections on Thursday. "
    "Counting is under way across Zambia and results are expected by the weekend. "
)


def test_political_actors_of_the_country_the_statement_named_most(coder):
    """ "We call on all political actors to exercise restraint" after two sentences on Zambia's elections,
    with no one judged: Zambia's government and opposition."""
    events = _issued(
        coder,
        BACKGROUND + "We call on all political actors to exercise restraint.",
        "Ministry of Foreign Affairs of Kenya",
    )
    dyads = _last(events, "02")
    assert dyads and all(_keys(t) == {"ZMB"} for _, t in dyads), events


def test_all_institutions_and_the_public_are_the_country_addressed(coder):
    """ "calls on all institutions to respect the results", "calls on the public to remain calm": the people
    of the country the statement is about."""
    for addressed in ("all institutions to respect the results", "the public to remain calm"):
        events = _issued(
            coder,
            BACKGROUND + f"The Commission calls on {addressed}.",
            "Commission of the Southern African Development Community",
        )
        dyads = _last(events, "02")
        assert dyads and all(_keys(t) == {"ZMB"} for _, t in dyads), (addressed, events)


def test_no_country_named_most_leaves_the_class_unaddressed(coder):
    """Guard: two countries named as often, or one named once, say nothing about whose class it is."""
    for text in (
        "Zambia and Malawi held elections on Thursday. Counting is under way in Zambia and in Malawi. ",
        "Zambia held elections on Thursday. Counting is under way. ",
    ):
        text += "We call on all political actors to exercise restraint."
        events = _issued(coder, text, "Ministry of Foreign Affairs of Kenya")
        for _, targets in _last(events, "02"):
            assert not _keys(targets), (text, events)


def test_the_issuers_own_country_is_not_the_class_addressed(coder):
    """Guard: Kenya's statement naming Kenya twice does not address Kenya's "political actors" (its own
    country is never whom the statement is about)."""
    events = _issued(
        coder,
        "Kenya held elections on Thursday. Counting is under way across Kenya. "
        "We call on all political actors to exercise restraint.",
        "Ministry of Foreign Affairs of Kenya",
    )
    for _, targets in _last(events, "02"):
        assert "KEN" not in _keys(targets), events


def test_someone_elses_class_is_not_the_country_addressed(coder):
    """Guard: "the international community", "the working class", "its partners" are not the people of the
    country the statement named most."""
    for addressed in (
        "the international community to support the transition",
        "the working class to join the strike",
        "its partners to support the transition",
    ):
        events = _issued(
            coder,
            BACKGROUND + f"The Commission calls on {addressed}.",
            "Commission of the Southern African Development Community",
        )
        for _, targets in _last(events, "02"):
            assert "ZMB" not in _keys(targets), (addressed, events)


# --- a conjunct act of force with no victim of its own ------------------------------------------------------


def test_a_conjunct_seizure_is_done_to_the_foreign_victims_of_the_first(coder):
    """ "The navy arrested 34 Indian fishermen and seized five trawlers": the trawlers are the fishermen's
    (India), not the navy's own country."""
    events = _issued(
        coder,
        "The Sri Lanka Navy arrested 21 Indian fishermen and seized four boats off Mannar on Sunday.",
        "Ministry of External Affairs of India",
    )
    dyads = _dyads(events, "17")
    assert len(dyads) >= 2 and all(_keys(t) == {"IND"} for _, t in dyads), events


def test_a_conjunct_act_of_force_keeps_its_own_or_the_domestic_target(coder):
    """Guards: a conjunct with its own subject, a first conjunct whose victims are the doers' own people or
    are not coded, and a first conjunct that is no act of force leave the conjunct as it was."""
    cases = [
        # its own subject: the army's seizure is not the navy's
        "The Sri Lanka Navy arrested 21 Indian fishermen, and the army seized four boats off Mannar.",
        # the first conjunct's victims are the doers' own
        "The Sri Lanka Navy arrested 21 Sri Lankan fishermen and seized four boats off Mannar.",
        # the first conjunct's victims are not coded
        "The Sri Lanka Navy arrested 21 fishermen and seized four boats off Mannar.",
        # the first conjunct is no coercion
        "The Sri Lanka Navy welcomed 21 Indian fishermen and seized four boats off Mannar.",
    ]
    for text in cases:
        events = _issued(coder, text, "Ministry of External Affairs of India")
        seizures = [e for e in _by_root(events, "17") if "seiz" in e.trigger]
        assert all("IND" not in _keys(_codes(e.targets)) for e in seizures), (text, events)
