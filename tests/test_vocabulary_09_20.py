"""Vocabulary coverage of CAMEO roots 09-20: every verb family added from the codebook codes its root.

Each item of tests/data/events/vocabulary-09-20.yaml is a sentence of our own wording (not taken from any gold
or probe set) using one added verb, phrasal verb, collocation or nominal form; the real pipeline (spaCy, actor
dictionaries, event patterns) codes it as a one-sentence document, and its main event must have the expected
CAMEO root and a source of the expected country.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import Prediction, actor_country, code_gold
from tests.transfer_set import bare_records

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-09-20.yaml"
ROOTS = {f"{n:02d}" for n in range(9, 21)}


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()


@pytest.fixture(scope="module")
def predictions(coder: Any) -> dict[str, Prediction]:
    """Code all items in one batch and map each text to its prediction."""
    records = bare_records([item["text"] for item in ITEMS], "v")
    return {record.text: prediction for record, prediction in code_gold(records, coder)}


def test_items_are_well_formed() -> None:
    """Every item has a root in 09-20, a three-letter source and a unique text; every root is covered."""
    assert len(ITEMS) >= 100
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert str(item["root"]) in ROOTS, item
        assert len(str(item["source"])) == 3, item
    assert {str(item["root"]) for item in ITEMS} == ROOTS


@pytest.mark.parametrize("item", ITEMS, ids=[f"{i['root']}-{n}" for n, i in enumerate(ITEMS, 1)])
def test_vocabulary_item_codes_its_root(predictions: dict[str, Prediction], item: dict[str, Any]) -> None:
    """The main event has the expected CAMEO root and a source of the expected country."""
    prediction = predictions[item["text"]]
    event = prediction.event
    assert event is not None, f"no event: {item['text']}"
    found = (event.cameo, event.pattern)
    assert event.cameo_root == str(item["root"]), f"{item['text']} -> {found}"
    countries = {actor_country(actor) for actor in event.sources}
    assert item["source"] in countries, f"{item['text']} -> sources {countries} {found}"
