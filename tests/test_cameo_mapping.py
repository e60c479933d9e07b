"""CAMEO -> PLOVER mapping decisions of the session-13 audit (cameo.yaml against the PLOVER 2021 table).

Each decision where cameo.yaml departs from the 2021 reference, or could have, is pinned here with its reason
(the full table is in docs/patterns-history.md, "Thirteenth session, vocabulary").
"""

from __future__ import annotations

from typing import Any

from communique.events.cameo import cameo_table
from communique.model import Document


def _plover(code: str) -> str | None:
    return cameo_table()[code].plover


def test_human_shields_are_coercion() -> None:
    """184: civilians held in place as shields are restrained, not harmed: COERCE, like 191."""
    assert _plover("184") == "COERCE"
    assert cameo_table()["184"].mode == "restrict"
    # Abduction, hostage-taking and assassination stay ASSAULT: they seize or harm the person.
    assert {_plover(c) for c in ("181", "182", "185", "186")} == {"ASSAULT"}


def test_documented_departures_from_the_2021_table_hold() -> None:
    """Departures with a codebook reason kept: 0813/0814 CONCEDE, 163 SANCTION, 1712 and 175 COERCE."""
    assert _plover("0813") == _plover("0814") == "CONCEDE"
    assert _plover("163") == "SANCTION"
    assert _plover("1712") == _plover("175") == "COERCE"


def test_kept_with_the_reference() -> None:
    """Where the reference and our table agree, kept: resignations CONCEDE, releases and access RETREAT."""
    assert _plover("0831") == "CONCEDE"
    assert {_plover(c) for c in ("084", "0841", "0842", "085", "086", "0863", "087", "0874")} == {"RETREAT"}
    assert _plover("057") == _plover("055") == "SUPPORT"


def test_human_shield_sentence_codes_coerce(coder: Any) -> None:
    """A made-up wire sentence about human shields is coded COERCE."""
    text = "Rebel fighters kept dozens of villagers as human shields around their positions, the army said."
    coded = coder.code_document(Document(id="t", text=text))
    assert any(e.cameo == "184" and e.plover == "COERCE" for e in coded.events)
