"""The bundled grammar.yaml is checked when it is loaded, like every other dictionary: a list that is not a
list of words names the file, the key's line and the problem (a mapping or a bare word used to be iterated
as if it were a list, silently turning into letters or keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.events import loader
from communique.model import DictionaryError


@pytest.mark.parametrize(
    "body, line, problem",
    [
        ("modals: [may, might]\nlight_verbs: launch\n", 2, "light_verbs must be a list of words"),
        ("modals: [may]\n# why\nowned_nouns:\n  soil: 1\n", 3, "owned_nouns must be a list of words"),
        ("modals: [may, [might]]\n", 1, "modals must be a list of words"),
        ("modals: [may, '']\n", 1, "modals must be a list of words"),
    ],
)
def test_a_malformed_bundled_grammar_names_file_line_and_problem(
    tmp_path: Path, body: str, line: int, problem: str
):
    path = tmp_path / "grammar.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        loader._load_grammar(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert caught.value.problem == problem


def test_a_grammar_that_is_not_a_mapping_is_refused(tmp_path: Path):
    path = tmp_path / "grammar.yaml"
    path.write_text("- may\n- might\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="expected a mapping"):
        loader._load_grammar(path)


def test_the_bundled_grammar_loads_as_lower_case_word_sets():
    grammar = loader._load_grammar(loader.GRAMMAR_FILE)
    assert "may" in grammar["hypothetical_modals"]
    assert all(isinstance(words, set) and words for words in grammar.values())
    assert all(word == word.lower() for words in grammar.values() for word in words)


def test_load_patterns_checks_the_bundled_grammar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    broken = tmp_path / "grammar.yaml"
    broken.write_text("hypothetical_modals: may\n", encoding="utf-8")
    monkeypatch.setattr(loader, "GRAMMAR_FILE", broken)
    with pytest.raises(DictionaryError, match=r"grammar\.yaml:1: hypothetical_modals must be a list"):
        loader.load_patterns()
