"""The word lists that show a statement's structure, read from ``data/ingest/statements.yaml``.

Each list is validated at load (known key, a list of non-empty strings) and compiled into regular-expression
alternations by :func:`alternation`; the grammar around them stays with the code that uses them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml

from communique.model import DictionaryError

VOCABULARY_FILE = Path(__file__).resolve().parent.parent / "data" / "ingest" / "statements.yaml"
KEYS = (
    "statement_modifiers",
    "statement_kinds",
    "weak_statement_kinds",
    "institution_words",
    "name_particles",
    "not_name_words",
    "not_issuer_heads",
    "names_with_and",
    "plural_heads",
    "own_office_words",
    "portfolio_words",
    "role_modifiers",
    "role_titles",
    "opening_stance_words",
    "concern_states",
    "concern_degrees",
    "clear_stance_adverbs",
    "clear_stance_verbs",
    "topic_starters",
    "possessive_topic_nouns",
    "reporting_verbs",
)


def load_vocabulary(path: Path = VOCABULARY_FILE) -> dict[str, tuple[str, ...]]:
    """Read and validate a structure-vocabulary file; errors name the file, the line and the problem."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(str(path), None, f"cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DictionaryError(str(path), mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise DictionaryError(str(path), None, "expected a mapping of list names to word lists")
    out: dict[str, tuple[str, ...]] = {}
    for key_node, value_node in root.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if key not in KEYS:
            raise DictionaryError(str(path), line, f"unknown list {key!r} (known: {', '.join(KEYS)})")
        if not isinstance(value_node, yaml.SequenceNode):
            raise DictionaryError(str(path), line, f"{key}: expected a list of words")
        words: list[str] = []
        for item in value_node.value:
            # Plain scalars are read as text, so "no" and "on" stay words (YAML 1.1 would make them booleans).
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                raise DictionaryError(str(path), item.start_mark.line + 1, f"{key}: entries must be words")
            words.append(" ".join(str(item.value).split()))
        out[key] = tuple(words)
    missing = [key for key in KEYS if key not in out]
    if missing:
        raise DictionaryError(str(path), None, f"missing lists: {', '.join(missing)}")
    return out


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """The bundled structure vocabulary, read once."""
    return load_vocabulary()


def words(key: str) -> tuple[str, ...]:
    """One bundled list, lower-cased."""
    return tuple(word.lower() for word in vocabulary()[key])


def alternation(key: str | Sequence[str]) -> str:
    """A non-capturing regex alternation of a list's entries; a space matches any run of white space."""
    entries = vocabulary()[key] if isinstance(key, str) else key
    return "(?:" + "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in entries) + ")"
