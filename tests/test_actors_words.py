"""The resolver's word lists live in data/actors/words.yaml (fourteenth session): checked at load, and the
same words the resolver used to keep in code."""

from __future__ import annotations

import pytest

from communique.actors import resolver
from communique.actors.words import WORD_KEYS, load_words
from communique.model import DictionaryError


def test_every_list_is_loaded_under_its_constant():
    words = load_words()
    assert set(words) == WORD_KEYS
    for key in WORD_KEYS:
        assert getattr(resolver, key.upper()) == words[key]
    assert {"missile", "drone"} <= resolver.MUNITIONS
    assert "senior" in resolver.GAP_WORDS and "backed" in resolver.BACKING_WORDS


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("version: 1\nwords:\n  munitions: [drone]\n", "missing keys"),
        ("version: 1\nlists: {}\n", "top level"),
    ],
)
def test_a_broken_file_names_its_problem(tmp_path, body, problem):
    path = tmp_path / "words.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError, match=problem):
        load_words(path)


def test_a_word_in_capitals_or_twice_is_refused(tmp_path):
    good = {k: ["x"] for k in WORD_KEYS}
    for bad, problem in ([["Drone"], "lower-case"], [["drone", "drone"], "twice"], [[], "non-empty"]):
        lists = {**good, "munitions": bad}
        body = "version: 1\nwords:\n" + "".join(f"  {k}: {v!r}\n" for k, v in lists.items())
        path = tmp_path / "words.yaml"
        path.write_text(body, encoding="utf-8")
        load_words.cache_clear()
        with pytest.raises(DictionaryError, match=problem):
            load_words(path)
