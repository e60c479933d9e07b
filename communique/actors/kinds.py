"""The kind of body an issuer's name announces, for issuers the actor dictionary does not know.

"Progressive Citizens' Party", "Federation of Kenyan Employers", "Uganda Bar Association": the words of the
name say what the issuer is (``communique/data/actors/kinds.yaml`` maps them to CAMEO sectors). An office
named after a person the dictionary does not know ("Office of Juan Perez") is a political figure's
(``ELI``). The resolver gives such an issuer a country from its name, the title or the document
(``resolver.resolve_issuers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.actors.loader import fold, read_yaml, singular
from communique.model import DictionaryError

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "kinds.yaml"
# An office named after a person: "Office of Juan Perez", "the Office of Dr. Amina Yusuf".
OFFICE_OF = re.compile(r"^(?:the\s+)?office\s+of\s+(?P<who>.+)$", re.I)
_PERSON_SKIP = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "de", "van",
                          "von", "bin", "al", "el", "da", "dos", "del"})  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# A capital after a lower-case letter inside one word: "BusinessEurope", "SolarPowerEurope" are run together.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class IssuerKind:
    """A sector and the word sequences (folded, singular) that announce it in a name."""

    sector: str
    phrases: tuple[tuple[str, ...], ...]


def split_camel(name: str) -> str:
    """A name whose words are run together, with spaces between them ("BusinessEurope" → "Business
    Europe"); other names unchanged."""
    return _CAMEL.sub(" ", name)


def name_words(name: str) -> tuple[str, ...]:
    """Folded singular words of a name, possessives dropped ("Journalists' Union" → journalist union), words
    run together apart ("BusinessEurope" → business europe)."""
    words = _WORD.findall(fold(split_camel(name)).replace("’", "'"))
    return tuple(singular(w[:-2] if w.endswith("'s") else w.rstrip("'")) for w in words)


def _find(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Index of the first occurrence of ``phrase`` in ``words``, or -1."""
    n = len(phrase)
    return next((i for i in range(len(words) - n + 1) if words[i : i + n] == phrase), -1)


@lru_cache(maxsize=4)
def load_kinds(path: Path = KINDS_FILE) -> tuple[IssuerKind, ...]:
    """Read the kinds file (errors name the file and line)."""
    data: Any = read_yaml(path)
    where = str(path)
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), list):
        raise DictionaryError(where, 1, "top level must map 'kinds' to a list")
    unknown = set(data) - {"kinds", "version", "description"}
    if unknown:
        raise DictionaryError(where, 1, f"unknown top-level keys {sorted(unknown)}")
    out: list[IssuerKind] = []
    for item in data["kinds"]:
        line = getattr(item, "line", None)
        if not isinstance(item, dict) or set(item) != {"sector", "words"}:
            raise DictionaryError(where, line, "every kind must have exactly 'sector' and 'words'")
        sector, phrases = item["sector"], item["words"]
        if not isinstance(sector, str) or not re.fullmatch(r"[A-Z]{3}", sector):
            raise DictionaryError(where, line, f"sector must be three capital letters, got {sector!r}")
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) for p in phrases):
            raise DictionaryError(where, line, "'words' must be a non-empty list of strings")
        out.append(IssuerKind(sector, tuple(name_words(p) for p in phrases if name_words(p))))
    return tuple(out)


def _person_shaped(text: str) -> bool:
    """Two to five capitalised words, titles and particles aside: "Juan Perez", "Dr. Amina Yusuf"."""
    words = [w for w in text.split() if w.lower() not in _PERSON_SKIP]
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words)


def kind_of(name: str, kinds: tuple[IssuerKind, ...] | None = None) -> str | None:
    """The sector an issuer's name announces ("Zambian Workers' Party" → PTY), or None."""
    return kind_at(name, kinds)[0]


def kind_at(name: str, kinds: tuple[IssuerKind, ...] | None = None) -> tuple[str | None, int]:
    """The sector an issuer's name announces and the index (in ``name_words``) of the words announcing it."""
    words = name_words(name)
    if not words:
        return None, -1
    for kind in kinds if kinds is not None else load_kinds():
        at = [i for i in (_find(words, p) for p in kind.phrases) if i >= 0]
        if at:
            return kind.sector, min(at)
    office = OFFICE_OF.match(name.strip())
    if office and _person_shaped(office.group("who")):
        return "ELI", 0  # the office of a political figure the dictionary does not know
    return None, -1
