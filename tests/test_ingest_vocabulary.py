"""The structure vocabulary (data/ingest/statements.yaml): validated at load, compiled into regexes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.ingest.issuers import issuers_from_title
from communique.ingest.structure import INSTITUTION_RE, is_name_like
from communique.ingest.vocabulary import KEYS, VOCABULARY_FILE, alternation, load_vocabulary
from communique.model import DictionaryError


def test_bundled_file_has_every_list_and_yaml_words_stay_words():
    vocabulary = load_vocabulary()
    assert set(vocabulary) == set(KEYS)
    assert all(vocabulary[key] for key in KEYS)
    # YAML 1.1 would read these as booleans; the loader keeps them as the words they are.
    assert {"no", "yes"} <= set(vocabulary["not_name_words"])


def test_alternation_matches_any_white_space_inside_an_entry():
    pattern = re.compile(rf"\b{alternation(['press release', 'chair’s'])}\b", re.I)
    assert pattern.fullmatch("Press\n  Release")
    assert pattern.fullmatch("chair’s")
    assert not pattern.fullmatch("pressrelease")


def test_lists_reach_the_detection_rules():
    assert INSTITUTION_RE.search("Office of the Riigikogu")
    assert is_name_like("Reporters Without Borders Observatory")
    # names_with_and keeps one actor whole; plural_heads distribute over a list of countries
    assert [n for n, _ in issuers_from_title("Joint Statement of Bosnia and Herzegovina and Montenegro")] == [
        "Bosnia and Herzegovina",
        "Montenegro",
    ]
    title = "Statement by the Foreign Ministers of Chile, Peru and Bolivia"
    assert [n for n, _ in issuers_from_title(title)] == [
        "Foreign Ministers of Chile",
        "Foreign Ministers of Peru",
        "Foreign Ministers of Bolivia",
    ]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("- just a list\n", "expected a mapping"),
        ("statement_kinds: statement\n", "expected a list"),
        ("colours: [red]\n", "unknown list 'colours'"),
        ("statement_kinds: [statement, '  ']\n", "entries must be words"),
        ("statement_kinds: [statement]\n", "missing lists"),
        ("statement_kinds: [statement\n", "invalid YAML"),
    ],
)
def test_malformed_file_names_file_line_and_problem(tmp_path: Path, body: str, problem: str):
    path = tmp_path / "statements.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_vocabulary(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_unknown_key_error_carries_its_line(tmp_path: Path):
    path = tmp_path / "statements.yaml"
    path.write_text(VOCABULARY_FILE.read_text(encoding="utf-8") + "\nextra_words: [x]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_vocabulary(path)
    assert error.value.line == len(path.read_text(encoding="utf-8").splitlines())
