"""Word lists the actor resolver reads (``communique/data/actors/words.yaml``): munitions, the words that may
stand between a country and its agent, the nouns after an agent that keep its sectors, and the like. Each key
is one list the resolver kept in code before the fourteenth session, under the constant of the same name. The
file's ``court_seats`` section maps international courts to the country they sit in (``load_court_seats``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.actors.loader import key_line, read_yaml
from communique.model import DictionaryError

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "words.yaml"
# Every list the resolver reads; the file must give each of them and no other.
WORD_KEYS = frozenset(
    {"munitions", "gap_words", "backing_words", "head_nouns", "agent_acts", "group_of_issuers",
     "person_issuer_words", "document_words", "channel_words", "channel_gaps", "former_words", "group_words",
     "reb_words", "office_words", "place_nouns", "named_after_place", "named_after_author", "exile_words",
     "international_words", "not_misspelt", "short_body_words", "envoy_titles", "for_words", "undersigned",
     "office_title_words", "relation_nouns", "name_particles", "named_texts",
     "chair_words", "allegiance_words", "travel_nouns", "european_union_words", "facility_nouns",
     "regional_prefixes", "opposing_prefixes", "state_form_words",
     "flight_verbs", "organ_words", "union_seats", "outward_words", "reciprocal_words",
     "crossing_nouns", "dealing_words", "street_nouns", "jurisdiction_nouns",
     "punitive_words"}
)  # fmt: skip


@lru_cache(maxsize=4)
def load_words(path: Path = WORDS_FILE) -> dict[str, frozenset[str]]:
    """Read and check the word lists (errors name the file and line)."""
    data: Any = read_yaml(path)
    where = str(path)
    if (
        not isinstance(data, dict)
        or set(data) - {"version", "words", "court_seats"}
        or not isinstance(data.get("words"), dict)
    ):
        raise DictionaryError(where, 1, "top level must be 'version', a 'words' mapping and 'court_seats'")
    lists = data["words"]
    missing, unknown = WORD_KEYS - set(lists), set(lists) - WORD_KEYS
    if missing or unknown:
        raise DictionaryError(where, 1, f"missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    out: dict[str, frozenset[str]] = {}
    for key, words in lists.items():
        line = getattr(words, "line", None)
        ok = (
            isinstance(words, list)
            and words
            and all(isinstance(w, str) and w == w.strip().lower() for w in words)
        )
        if not ok:
            raise DictionaryError(where, line, f"{key}: give a non-empty list of lower-case words")
        if len(set(words)) != len(words):
            raise DictionaryError(where, line, f"{key}: a word is listed twice")
        out[str(key)] = frozenset(words)
    return out


_COURT_CODE = re.compile(r"IGO[A-Z0-9]+")
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")


@lru_cache(maxsize=4)
def load_court_seats(path: Path = WORDS_FILE) -> dict[str, str]:
    """Read and check the ``court_seats`` section: an international court's code → the country it sits in."""
    data: Any = read_yaml(path)
    where = str(path)
    seats = data.get("court_seats") if isinstance(data, dict) else None
    if not isinstance(seats, dict) or not seats:
        raise DictionaryError(where, 1, "'court_seats' must map court codes to country codes")
    out: dict[str, str] = {}
    for court, country in seats.items():
        line = key_line(seats, str(court))
        if not (isinstance(court, str) and _COURT_CODE.fullmatch(court)):
            raise DictionaryError(where, line, f"court_seats: {court!r} is no international code (IGO...)")
        if not (isinstance(country, str) and _COUNTRY_CODE.fullmatch(country)):
            raise DictionaryError(where, line, f"court_seats: {court}'s seat {country!r} is no country code")
        out[court] = country
    return out
