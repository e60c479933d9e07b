"""Codes other coders give an organisation (communique/data/actors/code_equivalents.yaml): every comparison of
actor codes reads them as communique's own, so gold written in CAMEO's region style scores against our codes,
and the file is checked at load like every other dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors import keys
from communique.actors.keys import country_key, load_equivalents, organisation_key, our_code
from communique.events.roles import actor_key
from communique.model import DictionaryError


@pytest.mark.parametrize(
    "theirs, ours",
    [
        ("IGOWAFECO", "IGOECOWAS"),
        ("IGOSEAASN", "IGOASEAN"),
        ("IGOSAFSAD", "IGOSADC"),
        ("IGOWAFECOMIL", "IGOECOWASMIL"),  # a body or role of the organisation keeps its extension
        ("IGOWAF", "IGOECOWAS"),  # ECOWAS by its region alone (news-s20)
    ],
)
def test_another_coders_code_is_read_as_ours(theirs: str, ours: str):
    assert our_code(theirs) == ours
    assert organisation_key(theirs) == organisation_key(ours)
    assert actor_key(theirs.lower()) == actor_key(ours)


@pytest.mark.parametrize("code", ["IGOSADC", "IGOSAARC", "IGOECOWAS", "IGOUNIAEA", "BLRGOV", "IGOOAS"])
def test_our_own_codes_and_neighbours_are_unchanged(code: str):
    assert our_code(code) == code


def test_neighbouring_organisations_stay_apart():
    assert organisation_key("IGOSAD") != organisation_key("IGOSAARC")
    assert organisation_key("IGOARL") != organisation_key("IGOAU")


def test_every_equivalent_names_a_bundled_organisation_and_clashes_with_none():
    codes = keys._bundled_codes()
    for theirs, ours in load_equivalents():
        assert organisation_key(ours) in codes, ours
        # another coder's code must not start one of our codes for something else
        clashes = [c for c in codes if c.startswith(theirs) and not c.startswith(ours)]
        assert not clashes, (theirs, clashes)


@pytest.mark.parametrize(
    "body, problem",
    [
        ("equivalents:\n  IGOWAFECO: [IGOECOWAS]\n", "IGOWAFECO: give two international codes in capitals"),
        ("equivalents:\n  igowafeco: IGOECOWAS\n", "igowafeco: give two international codes in capitals"),
        ("equivalents:\n  IGOX: IGOX\n", "IGOX is its own equivalent"),
        ("others:\n  IGOX: IGOY\n", "top level must be a mapping with one key, 'equivalents'"),
    ],
)
def test_a_malformed_equivalents_file_names_file_and_problem(tmp_path: Path, body: str, problem: str):
    path = tmp_path / "code_equivalents.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_equivalents(path)
    assert caught.value.path == str(path) and caught.value.problem == problem
    assert caught.value.line in (1, 2)


@pytest.mark.parametrize(
    ("theirs", "ours"), [("KSV", "XKX"), ("ksvgov", "XKX"), ("SRBGOV", "SRB"), ("XKX", "XKX")]
)
def test_another_coders_country_code_is_read_as_ours(theirs: str, ours: str):
    assert country_key(theirs) == ours
