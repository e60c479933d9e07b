"""Vocabulary coverage of CAMEO roots 01-08: every verb family added from the codebook codes its root.

Each item of tests/data/events/vocabulary-01-08.yaml is a sentence of our own wording (not taken from any gold
set) using one added verb, collocation or nominal form; the real pipeline (spaCy, actor dictionaries, event
patterns) codes it as a one-sentence document and its main event must have the expected CAMEO root and a
source of the expected country.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import actor_country, code_gold
from tests.transfer_set import bare_records

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-01-08.yaml"


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()
REQUIRED = {"family", "root", "source", "text"}


@pytest.fixture(scope="module")
def predictions(coder) -> dict[str, Any]:
    """Code all items in one batch (one parse per sentence) and map each text to its prediction."""
    records = bare_records([item["text"] for item in ITEMS], "v")
    return {record.text: prediction for record, prediction in code_gold(records, coder, statements=True)}


def test_items_are_well_formed() -> None:
    """Every item names a family, a two-digit root in 01-08, a source and a text (and optionally the CAMEO
    code the main event must have, for families that refine a sub-code); texts are unique."""
    assert len(ITEMS) >= 100
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert REQUIRED <= set(item) <= REQUIRED | {"code"}, item
        assert item["root"] in {f"0{n}" for n in range(1, 9)}, item
        assert str(item.get("code", item["root"])).startswith(item["root"]), item


@pytest.mark.parametrize("item", ITEMS, ids=[item["family"] for item in ITEMS])
def test_vocabulary_codes_root(item: dict[str, Any], predictions: dict[str, Any]) -> None:
    """The main event has the expected CAMEO root (and code, when given) and a source of the expected
    country."""
    prediction = predictions[item["text"]]
    event = prediction.event
    coded = [(e.cameo, e.trigger, e.pattern) for e in prediction.events]
    assert event is not None, f"no event; coded: {coded}"
    assert event.cameo_root == item["root"], f"main event {event.cameo} ({event.pattern}); coded: {coded}"
    if "code" in item:
        assert event.cameo == item["code"], f"main event {event.cameo} ({event.pattern}); coded: {coded}"
    countries = {actor_country(a) or "" for a in event.sources} | {a.code or "" for a in event.sources}
    assert any(c.startswith(item["source"]) for c in countries), f"sources {sorted(countries)}"


def test_all_concerned_are_the_parties_not_a_concern(coder) -> None:
    """ "urges all concerned to exercise restraint": the parties concerned are asked (025), nobody expresses
    concern (012); "We are all deeply concerned" still does."""
    from communique.model import Actor, Document

    def roots(text: str) -> list[str]:
        issuer = Actor(name="Government of Japan", text="Government of Japan", via="issuer")
        coded = coder.code_document(Document(id="t", text=text, issuers=[issuer]))
        return [e.cameo for e in coded.events]

    assert roots("The Prime Minister urges all concerned to exercise restraint.") == ["025"]
    assert roots("We are all deeply concerned about the violence.") == ["012"]


def test_cooperative_words_out_of_their_sense_code_nothing_cooperative(coder) -> None:
    """Meeting the press or the police "with stones" is no consultation (040); solidarity with the people of
    a country is empathy (018), not praise (051); a reaffirmed commitment to a principle praises no one; a
    pledge to supply air defence "systems" is no political reform (0344)."""
    from communique.model import Document

    def codes(text: str) -> list[str]:
        return [e.cameo for e in coder.code_document(Document(id="t", text=text)).events]

    def consults(text: str) -> list[str]:
        return [c for c in codes(text) if c.startswith("04")]

    assert consults("The Greek police chief met reporters outside the station.") == []
    assert consults("Serbian protesters met the police with stones and bottles.") == []
    assert codes("Japan expressed its full solidarity with the people of Turkey.") == ["018"]
    assert "051" not in codes("Spain reaffirms its unwavering commitment to the integrity of Ukraine.")
    assert "0344" not in codes("Germany pledged to supply Ukraine with more air defence systems.")
    # leaving a court is no military withdrawal (087); names released are no captives (0841)
    assert "087" not in codes("Burundi withdrew from the International Criminal Court.")
    assert "0841" not in codes("Kenyan police released the names of the suspects.")
    # the Red Cross visiting detainees gains access (086); it pays no diplomatic visit (042)
    assert "042" not in codes("The International Committee of the Red Cross visited detainees in Guantanamo.")
    # a truce named as background declares none (0871)
    assert "0871" not in codes("Violations of the truce between Armenia and Azerbaijan were reported.")
    # earnings released, a boy freed from rubble, a minister stepping down from a stage: no yielding (08)
    assert not [c for c in codes("Toyota released its quarterly earnings on Thursday.") if c.startswith("08")]
    assert not [c for c in codes("Turkish rescuers freed a boy trapped under rubble.") if c.startswith("08")]
    assert "0831" not in codes("The Thai prime minister stepped down from the stage after his speech.")


def test_issuers_look_forward_and_stand_in_solidarity(coder) -> None:
    """In a statement's own voice: "we look forward to working with" announces cooperation (030), "to meeting"
    a meeting (036), not an optimistic comment (013); "we stand in solidarity with" is empathy (018); "will
    remain engaged with", "will engage constructively with" commit the issuers (030)."""
    from tests.conftest import statement

    def codes(text: str) -> list[str]:
        return [e.cameo for e in coder.code_document(statement(text, "Government of Japan")).events]

    assert "030" in codes("We look forward to working closely with the new government of Kenya.")
    assert "036" in codes("We look forward to meeting our Korean counterparts in Seoul next month.")
    assert codes("We stand in solidarity with the people of Ukraine.") == ["018"]
    # staying engaged is a commitment in the issuers' own voice only ("police engaged with the protesters")
    assert "030" in codes("Japan will remain engaged with the countries of Central Asia.")
    assert "030" in codes("We will continue to engage constructively with all Libyan actors.")
    assert "030" not in codes("The police engaged with the protesters in the square.")
    # welcoming an opportunity praises no one's act (051)
    assert "051" not in codes("We welcome the opportunity to discuss these issues with our partners.")
    assert "051" in codes("Japan welcomes the adoption of Security Council resolution 2720.")
