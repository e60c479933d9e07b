"""Who did it, mended (session 19, EV19b: the events review's findings on coder.py and roles.py).

Every sentence is written for these tests (none is taken from a gold set); each test of a mend failed on the
code before it, and each keeps the rule's own motivating cases.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes

AU = "African Union Commission"


def _dyads(events, root: str) -> list[tuple[list[str], list[str]]]:
    return [(_codes(e.sources), _codes(e.targets)) for e in _by_root(events, root)]


def test_the_doer_named_in_a_relative_clause_is_no_target(coder):
    """ "the attack on the clinic, which was carried out by Sudanese forces": the relative names who did it,
    not a second victim (it was coded as the target of an act with no source)."""
    for text, doer in (
        (
            "The Commission condemns the attack on the clinic, which was carried out by Sudanese forces.",
            "SDNMIL",
        ),
        (
            "The Commission condemns the assault on the refugee camp, which was committed by Ethiopian "
            "militias.",
            "ETHREB",
        ),
        (
            "The Commission condemns the attack on the village school, which was claimed by al-Shabaab.",
            "SOMREB",
        ),
    ):
        dyads = _dyads(_issued(coder, text, AU), "19")
        assert dyads and all(doer not in ts for _, ts in dyads), (text, dyads)
        assert all(s == [doer] for s, _ in dyads), (text, dyads)


def test_only_a_claim_of_the_act_itself_names_its_doer(coder):
    """A claim that something is so ("which Uganda claimed was carried out by Ethiopian troops", "which the
    Commission has claimed was unprovoked", "which Ethiopia claimed to have repelled") or a claim denied
    ("which al-Shabaab has not claimed") names no doer; a claim of the act still does, once ("which al-Shabaab
    may have claimed": three subject tokens, one doer)."""
    for text in (
        "The Commission condemns the attack on Kenyan police officers, which Uganda claimed was carried out "
        "by Ethiopian troops.",
        "The Commission condemns the attack on Kenyan police officers, which the Commission has claimed "
        "was unprovoked.",
        "The Commission condemns the attack on Kenyan police officers, which Ethiopia claimed to have "
        "repelled.",
        "The Commission condemns the attack on Kenyan police officers, which al-Shabaab has not claimed.",
    ):
        events = _issued(coder, text, AU)
        assert all(e.trigger.startswith("repel") or not e.sources for e in _by_root(events, "19")), (
            text,
            events,
        )
    claimed = _issued(
        coder,
        "The Commission condemns the attack on Kenyan police officers, which al-Shabaab may have claimed.",
        AU,
    )
    assert _dyads(claimed, "19") == [(["SOMREB"], ["KENCOP"])], claimed
    bombing = _issued(
        coder,
        "The Chairperson condemns the bombing of a market in Mogadishu, for which al-Shabaab has claimed "
        "responsibility.",
        AU,
    )
    assert [s for s, _ in _dyads(bombing, "18")] == [["SOMREB"]], bombing


def test_a_decision_denied_or_under_a_modal_is_not_taken(coder):
    """ "will never take the decision to recognise", "has not made the decision to expel", "cannot take the
    decision to expel ... lightly": the taker's negation or modal governs the infinitive, which alone reads
    asserted; a decision taken still makes its taker act."""
    for text in (
        "Nigeria will never take the decision to recognise Somaliland.",
        "Nigeria has not made the decision to expel Ghanaian diplomats.",
        "Nigeria cannot take the decision to expel Ghanaian diplomats lightly.",
    ):
        events = _issued(coder, text)
        assert not [e for e in events if e.sources and not e.negated and e.modality == "asserted"], (
            text,
            events,
        )
    taken = _issued(coder, "Nigeria has taken the difficult decision to expel Ghanaian diplomats.")
    assert _dyads(taken, "16") == [(["NGA"], ["GHAGOV"])], taken


def test_no_event_for_attacks_in_general_or_not_yet_done(coder):
    """ "condemns all attacks on aid workers", "any attack on civilians", "the planned attack on the
    parliament": no one act that happened (a condemned act with no doer needs "the", a demonstrative or an
    owner, and none of planned/threatened/future); "the attack on ..." and "this attack on ..." still are."""
    for text in (
        "The Commission condemns all attacks on aid workers in Sudan.",
        "The Commission condemns any attack on Nigerian civilians.",
        "The Commission condemns attacks on Sudanese humanitarian workers wherever they occur.",
        "The Commission condemns the planned attack on the Kenyan parliament.",
        "The Commission condemns the threatened attack on Kenyan schools.",
    ):
        events = _issued(coder, text, AU)
        assert all(e.sources for e in events), (text, events)
    for text in (
        "The Commission condemns the attack on Kenyan soldiers near Mandera.",
        "The Commission condemns this attack on Kenyan soldiers near Mandera.",
    ):
        events = _issued(coder, text, AU)
        assert _dyads(events, "19") == [([], ["KENMIL"])], (text, events)
