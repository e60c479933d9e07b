"""An act that a reaction verb takes as object happened: the reaction's negation and mood are not the act's.

"We do not recognise the annexation of Crimea by Russia" denies no annexation, and "we may condemn the
shelling of X by Y" reports a shelling that took place (grammar.yaml ``reaction_verbs``; the act needs its
doer or a definite article). A bare or indefinite act ("we will not accept any attempt to ...") keeps the
clause's reading.
"""

from __future__ import annotations

import pytest

from communique.model import Actor, Document

UKRAINE = "Ministry of Foreign Affairs of Ukraine"


def _events(coder, text: str) -> dict[str, tuple[str, bool]]:
    coded = coder.code_document(
        Document(id="reacted", text=text, issuers=[Actor(name=UKRAINE, text=UKRAINE, via="issuer")])
    )
    return {e.cameo[:2]: (e.modality, e.negated) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("We do not recognise the annexation of Crimea by Russia.", "19"),
        ("We do not accept Russia's occupation of Kherson.", "19"),
        ("We may yet condemn the shelling of Kharkiv by Russian forces.", "19"),
        ("We did not welcome the expulsion of our diplomats by Hungary.", "16"),
    ],
)
def test_the_act_reacted_to_is_asserted_and_not_negated(coder, text: str, root: str):
    got = _events(coder, text)
    assert got.get(root) == ("asserted", False), got


def test_the_reaction_keeps_its_own_reading(coder):
    got = _events(coder, "We may yet condemn the shelling of Kharkiv by Russian forces.")
    assert got.get("11") == ("hypothetical", False), got


def test_an_act_with_its_doer_after_by_was_done_to_its_of_phrase(coder):
    coded = coder.code_document(
        Document(
            id="of-target",
            text="We condemn the shelling of Kharkiv by Russian forces.",
            issuers=[Actor(name=UKRAINE, text=UKRAINE, via="issuer")],
        )
    )
    shelling = [e for e in coded.events if e.cameo_root == "19"]
    assert [([a.code for a in e.sources], [a.code for a in e.targets]) for e in shelling] == [
        (["RUSMIL"], ["UKR"])
    ]


def test_a_killing_with_a_possessive_doer_was_done_to_its_of_phrase(coder):
    text = "Israel's killing of a senior Hamas commander drew condemnation from Iran."
    coded = coder.code_document(Document(id="of-target", text=text))
    killing = [e for e in coded.events if e.cameo == "1823"]
    assert [([a.country for a in e.sources], [a.country for a in e.targets]) for e in killing] == [
        (["ISR"], ["PSE"])
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    # ("has no objection" was the first case here; since ae21247 it is an accord, 019, by its own pattern)
    [("Japan will impose no sanctions on Seoul.", "163"), ("Germany will send no troops to Ukraine.", "154")],
)
def test_a_no_on_the_verbs_object_denies_the_act(coder, text: str, code: str):
    coded = coder.code_document(Document(id="no-object", text=text))
    assert [e.negated for e in coded.events if e.cameo == code] == [True]


def test_what_a_movement_moves_is_no_target_even_with_its_doer_after_by(coder):
    coded = coder.code_document(
        Document(id="of-target", text="The withdrawal of troops from Syria by Iran was welcomed.")
    )
    withdrawal = [e for e in coded.events if e.cameo_root == "08"]
    assert [[a.code for a in e.targets] for e in withdrawal] == [["SYR"]]
