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

from communique.events.evaluate import GoldRecord, actor_country, code_gold

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-01-08.yaml"


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()
REQUIRED = {"family", "root", "source", "text"}


@pytest.fixture(scope="module")
def predictions(coder) -> dict[str, Any]:
    """Code all items in one batch (one parse per sentence) and map each text to its prediction."""
    records = [
        GoldRecord(
            id=f"v-{n}",
            number=n,
            text=item["text"],
            category="",
            sources=[],
            targets=[],
            reciprocal=False,
            cameo=None,
        )
        for n, item in enumerate(ITEMS, 1)
    ]
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
