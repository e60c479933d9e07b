"""Statement-voice vocabulary: every judgement, attribution of blame and warning family added codes its root.

Each item of tests/data/events/vocabulary-evaluative.yaml is a sentence of our own wording (not taken from any
gold or probe set) in the voice of a statement's issuer. The real pipeline (spaCy, actor dictionaries, event
patterns) codes it as a one-sentence statement of that issuer; some event must have the expected CAMEO root, a
source of the issuer's country and, when the item names the judged party, a target of that party's country.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.events.evaluate import actor_country
from communique.model import CodedDocument, Document

from .conftest import statement

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-evaluative.yaml"


def _items() -> list[dict[str, Any]]:
    raw = yaml.safe_load(ITEMS_FILE.read_text(encoding="utf-8"))
    return list(raw["items"])


ITEMS = _items()


def _document(n: int, item: dict[str, Any]) -> Document:
    return statement(
        str(item["text"]), str(item["issuer"]), id=f"vocab-eval-{n}", date="2020-01-01", language="en"
    )


@pytest.fixture(scope="module")
def coded(coder: Any) -> dict[str, CodedDocument]:
    """Code all items in one batch and map each text to its coded document."""
    documents = [_document(n, item) for n, item in enumerate(ITEMS, 1)]
    results = coder.code_documents(documents)
    return {document.text: result for document, result in zip(documents, results, strict=True)}


def test_items_are_well_formed() -> None:
    """Every item has an issuer, a two-digit root, three-letter countries and a unique text."""
    assert len(ITEMS) >= 20
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    for item in ITEMS:
        assert item["issuer"], item
        assert len(str(item["root"])) == 2, item
        assert len(str(item["source"])) == 3, item
        assert item.get("target") is None or len(str(item["target"])) == 3, item


@pytest.mark.parametrize("item", ITEMS, ids=[f"{i['root']}-{n}" for n, i in enumerate(ITEMS, 1)])
def test_statement_item_codes_its_root(coded: dict[str, CodedDocument], item: dict[str, Any]) -> None:
    """An event of the expected root by the issuer, aimed at the judged party when one is named."""
    events = coded[item["text"]].events
    found = [(e.cameo, e.pattern, [a.code for a in e.sources], [a.code for a in e.targets]) for e in events]
    rooted = [e for e in events if e.cameo_root == str(item["root"])]
    assert rooted, f"{item['text']} -> {found}"
    by_issuer = [e for e in rooted if item["source"] in {actor_country(a) for a in e.sources}]
    assert by_issuer, f"{item['text']} -> sources {found}"
    if item.get("target"):
        aimed = [e for e in by_issuer if item["target"] in {actor_country(a) for a in e.targets}]
        assert aimed, f"{item['text']} -> targets {found}"
