"""The key two actor codes share when they name the same international organisation.

Codes of an organisation's bodies extend its own code (``IGOUNSC`` and ``IGOUNWHO`` are the UN's,
``IGOEUEEAS`` the EU's, ``IGONATOMIL`` NATO's), but two organisations may share their first letters
(``IGOOAS`` and ``IGOOAU``, ``IGOOPEC`` and ``IGOOPCW``, ``IGOSADC`` and ``IGOSAARC``, ``IGONATO`` and
``IGONAM``): a fixed number of letters either merges them or splits an organisation from its bodies. The key
is the shortest code of a known organisation that the code starts with, so bodies join their organisation
and neighbours stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.model import DictionaryError

# Pseudo-countries of international actors: their codes carry the organisation after these three letters.
INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG"})
EQUIVALENTS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "code_equivalents.yaml"
_INTERNATIONAL_CODE = re.compile(r"(IGO|NGO|MNC|IMG)[A-Z0-9]+")


# Country codes other coders write for a state communique codes otherwise: CAMEO's Kosovo is KSV, ours (the
# user-assigned ISO code) XKX; the PLOVER GSR file's typos of ISO alpha-3 (JAP, ITL, VTN), so that one table
# does the job (evaluate reads the gold's country codes through it).
COUNTRY_EQUIVALENTS = {"KSV": "XKX", "JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def country_key(code: str) -> str:
    """The country of a code as communique writes it ("KSV" → "XKX"; "KSVGOV" → "XKX"); others' first three
    letters."""
    country = code.strip().upper()[:3]
    return COUNTRY_EQUIVALENTS.get(country, country)


def organisation_key(code: str, known: Iterable[str] | None = None) -> str:
    """The organisation an international code belongs to: the shortest known organisation code that starts it
    ("IGOUNSC" → "IGOUN", "IGOEUEEAS" → "IGOEU"), else the code itself ("IGONAM" is not "IGONATO")."""
    code = code.strip().upper()
    if code[:3] not in INTERNATIONAL_PREFIXES:
        return code
    if known is None:
        return _bundled_key(code)  # (memoised: the events stage asks for the same few codes again and again)
    return _key(our_code(code), _sorted(frozenset(known)))


def our_code(code: str) -> str:
    """The code communique gives an organisation another coder codes otherwise ("IGOSEAASN" → "IGOASEAN",
    "IGOWAFECOMIL" → "IGOECOWASMIL"; code_equivalents.yaml); any other code unchanged."""
    for other, ours in load_equivalents():
        # (the other code whole, or with sectors after it: "IGOWAF" is ECOWAS, "IGOWAFWAD" another West
        # African body; "IGOSADC" is ours, not "IGOSAD" + "C")
        if code.startswith(other) and not code.startswith(ours) and _sectors_only(code[len(other) :]):
            return ours + code[len(other) :]
    return code


def _sectors_only(rest: str) -> bool:
    """``rest`` is nothing or sector codes of the bundled dictionary, three letters each ("MIL", "GOVMIL")."""
    if len(rest) % 3:
        return False
    sectors = _bundled_sectors()
    return all(rest[i : i + 3] in sectors for i in range(0, len(rest), 3))


@lru_cache(maxsize=1)
def _bundled_sectors() -> frozenset[str]:
    """Sector codes the bundled dictionary's entries carry."""
    from communique.actors.loader import load_actor_dictionary

    return frozenset(s for entry in load_actor_dictionary([]).by_id.values() for s in entry.sectors or ())


@lru_cache(maxsize=4)
def load_equivalents(path: Path = EQUIVALENTS_FILE) -> tuple[tuple[str, str], ...]:
    """Read and check the code equivalents, longest other code first (errors name the file and line)."""
    from communique.actors.loader import key_line, read_yaml

    data: Any = read_yaml(path)
    where = str(path)
    table = data.get("equivalents") if isinstance(data, dict) and set(data) == {"equivalents"} else None
    if not isinstance(table, dict):
        raise DictionaryError(where, 1, "top level must be a mapping with one key, 'equivalents'")
    pairs = []
    for other, ours in table.items():
        if not all(isinstance(c, str) and _INTERNATIONAL_CODE.fullmatch(c) for c in (other, ours)):
            raise DictionaryError(
                where, key_line(table, str(other)), f"{other}: give two international codes in capitals"
            )
        if other == ours:
            raise DictionaryError(where, key_line(table, other), f"{other} is its own equivalent")
        pairs.append((other, ours))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _key(code: str, codes: tuple[str, ...]) -> str:
    for org in codes:
        if code.startswith(org):
            return org
    return code


@lru_cache(maxsize=4096)
def _bundled_key(code: str) -> str:
    return _key(our_code(code), _bundled_codes())


@lru_cache(maxsize=8)
def _sorted(codes: frozenset[str]) -> tuple[str, ...]:
    # shortest first, so an organisation wins over its bodies; a bare pseudo-country ("IGO") names none
    return tuple(sorted((c for c in codes if len(c) > 3 and c[:3] in INTERNATIONAL_PREFIXES), key=len))


@lru_cache(maxsize=1)
def _bundled_codes() -> tuple[str, ...]:
    """International codes of the bundled dictionary's entries and terms."""
    from communique.actors.loader import load_actor_dictionary

    codes: set[str] = set()
    for entry in load_actor_dictionary([]).by_id.values():
        if entry.code:
            codes.add(entry.code)
        codes.update(term.code for term in entry.terms)
    return _sorted(frozenset(codes))
