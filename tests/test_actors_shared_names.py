"""Names two countries share live in data/actors/shared_names.yaml, checked at load: two different country
codes per name, plurals and defaults among the nationalities; a bad file names the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors.shared import load_shared_names
from communique.model import DictionaryError


def test_the_bundled_file_loads_with_its_pairs():
    shared = load_shared_names()
    assert shared.nationalities["congolese"] == ("COD", "COG")
    assert "koreas" in shared.pair_plurals and shared.defaults["congo"] == "COD"
    assert shared.places["tripoli"] == ("LBY", "LBN")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("nationalities: {korean: [KOR]}\n", "two different codes"),
        ("nationalities: {korean: [KOR, KOR]}\n", "two different codes"),
        ("places: {tripoli: [LBY, lbn]}\n", "two different codes"),
        ("nationalities: {korean: [KOR, PRK]}\npair_plurals: [congos]\n", "pair_plurals"),
        ("nationalities: {korean: [KOR, PRK]}\ndefaults: {korean: JPN}\n", "defaults.korean"),
        ("regions: {}\n", "unknown top-level keys"),
    ],
)
def test_a_bad_file_names_the_file_and_the_problem(tmp_path: Path, body: str, problem: str):
    path = tmp_path / "shared.yaml"
    path.write_text("version: 1\n" + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_shared_names(path)
    assert problem in str(caught.value) and "shared.yaml" in str(caught.value)
