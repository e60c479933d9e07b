"""Names two countries share (``communique/data/actors/shared_names.yaml``): nationality words such as
"Congolese" or "Korean", and capitals whose name another country's place shares ("Tripoli"). The resolver
codes them by the country the document itself names. Also the words by which a document shows which of
several entries sharing a name it means ("RSF": press freedom or Sudan's war)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.actors.loader import read_yaml
from communique.model import DictionaryError

SHARED_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "shared_names.yaml"
_COUNTRY = re.compile(r"[A-Z]{3}")
_KEYS = {"version", "nationalities", "pair_plurals", "defaults", "places", "senses", "state_groups"}


@dataclass(frozen=True, slots=True)
class SharedNames:
    """The shared names, lower-case, each with the two countries it may name."""

    nationalities: dict[str, tuple[str, str]]
    pair_plurals: frozenset[str]
    defaults: dict[str, str]
    places: dict[str, tuple[str, str]]
    # entry id → words of a document about that sense of a name several entries share ("RSF")
    senses: dict[str, tuple[str, ...]]
    # a name for a group of states ("Baltic States") → its members, in order
    state_groups: dict[str, tuple[str, ...]]


def _pairs(data: dict[str, Any], key: str, where: str) -> dict[str, tuple[str, str]]:
    """A mapping of lower-case names to two different country codes."""
    raw = data.get(key) or {}
    if not isinstance(raw, dict):
        raise DictionaryError(
            where, getattr(raw, "line", None), f"'{key}' must map names to two country codes"
        )
    out: dict[str, tuple[str, str]] = {}
    for name, pair in raw.items():
        ok = isinstance(pair, list) and len(pair) == 2 and len(set(pair)) == 2
        if not ok or not all(isinstance(c, str) and _COUNTRY.fullmatch(c) for c in pair):
            raise DictionaryError(
                where, getattr(pair, "line", None), f"{key}.{name}: give two different codes"
            )
        out[str(name).lower()] = (pair[0], pair[1])
    return out


@lru_cache(maxsize=4)
def load_shared_names(path: Path = SHARED_NAMES_FILE) -> SharedNames:
    """Read and check the shared-names file (errors name the file and line)."""
    data: Any = read_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise DictionaryError(where, 1, "top level must be a mapping")
    unknown = set(data) - _KEYS
    if unknown:
        raise DictionaryError(where, 1, f"unknown top-level keys {sorted(unknown)}")
    nationalities = _pairs(data, "nationalities", where)
    places = _pairs(data, "places", where)
    plurals = frozenset(str(w).lower() for w in data.get("pair_plurals") or [])
    if not plurals <= nationalities.keys():
        raise DictionaryError(
            where, 1, f"pair_plurals not among nationalities: {sorted(plurals - nationalities.keys())}"
        )
    defaults = {str(k).lower(): str(v) for k, v in (data.get("defaults") or {}).items()}
    for word, country in defaults.items():
        if country not in nationalities.get(word, ()):
            raise DictionaryError(
                where, 1, f"defaults.{word}: {country} is not one of the word's two countries"
            )
    senses_raw = data.get("senses") or {}
    senses: dict[str, tuple[str, ...]] = {}
    if not isinstance(senses_raw, dict):
        raise DictionaryError(where, 1, "'senses' must map entry ids to lists of words")
    for entry, words in senses_raw.items():
        ok = isinstance(words, list) and words and all(isinstance(w, str) and w == w.lower() for w in words)
        if not ok:
            raise DictionaryError(
                where,
                getattr(words, "line", None),
                f"senses.{entry}: give a non-empty list of lower-case words",
            )
        senses[str(entry)] = tuple(words)
    groups: dict[str, tuple[str, ...]] = {}
    for group, members in (data.get("state_groups") or {}).items():
        ok = isinstance(members, list) and len(set(members)) == len(members) >= 2
        if not ok or not all(isinstance(c, str) and _COUNTRY.fullmatch(c) for c in members):
            raise DictionaryError(
                where,
                getattr(members, "line", None),
                f"state_groups.{group}: give two or more different codes",
            )
        groups[str(group).lower()] = tuple(members)
    return SharedNames(nationalities, plurals, defaults, places, senses, groups)
