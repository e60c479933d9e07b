"""Actor dictionaries: load bundled and user YAML (or PETRARCH ``.txt``) files into one matching index.

Every dictionary name is tokenised once at load with spaCy's English tokenizer (the same rules as the parse)
and stored as a tuple of accent-folded lowercase words, so resolution is a handful of dict lookups per token.
See ``docs/dictionaries.md`` for the YAML format.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from communique.model import DictionaryError

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
BUNDLED_FILES: tuple[str, ...] = (
    "countries.yaml",
    "places.yaml",
    "igos.yaml",
    "ngos.yaml",
    "agents.yaml",
    "people.yaml",
)

# A code is a 3-letter country or pseudo-country followed by 3-letter sector blocks (CAMEO), or an
# organisation code: IGO/NGO followed by the organisation's own acronym (``IGOCSTO``, ``NGOHRW``).
CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
ORG_CODE_RE = re.compile(r"^(?:IGO|NGO)[A-Z0-9]{2,9}$")
SECTOR_RE = re.compile(r"^[A-Z0-9]{2,9}$")
KINDS = ("country", "org", "person", "agent", "group")
# Names longer than this many tokens are ignored: no real actor name is that long, and it bounds matching.
MAX_NAME_TOKENS = 12
MAX_FILE_BYTES = 50_000_000


def valid_code(code: str) -> bool:
    """Return True if ``code`` is a well-formed actor code."""
    return bool(CODE_RE.match(code) or ORG_CODE_RE.match(code))


def split_code(code: str) -> tuple[str, list[str]]:
    """Split a code into (country, sectors): 3-letter blocks, or one organisation acronym after IGO/NGO."""
    country, rest = code[:3], code[3:]
    if not rest:
        return country, []
    if len(rest) % 3 == 0 and rest.isalpha():
        return country, [rest[i : i + 3] for i in range(0, len(rest), 3)]
    return country, [rest]


@dataclass(slots=True, frozen=True)
class Term:
    """A dated code: the office (or status) an actor held from ``start`` to ``end`` (inclusive)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    role: str | None = None

    def covers(self, day: dt.date) -> bool:
        """Return True if the term includes ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class ActorEntry:
    """One dictionary entry: a country, organisation, person, opposition group or generic agent."""

    id: str
    name: str
    kind: str
    names: tuple[str, ...] = ()
    code: str | None = None
    sectors: tuple[str, ...] | None = None
    terms: tuple[Term, ...] = ()
    wikidata: str | None = None
    # Agents only: may take the most recent country from context ("the government" → KAZGOV).
    context: bool = False
    # PETRARCH agents written ``[NGO~]``: the agent code goes before the country code.
    prefix: bool = False
    # Agents only: the pseudo-country of the agent named with no country ("peacekeepers" → IGO + MIL).
    alone: str | None = None
    # Agents only: False when the agent is an actor only with a country or group named with it ("the Chinese
    # side" is China's government; "the other side", "on both sides" name no one).
    bare: bool = True
    # Countries only: the state's own names and adjectives (not its cities), which a misspelling may match.
    spellings: tuple[str, ...] = ()
    # Countries only: the adjectives and demonyms, folded ("turkish", "turk"): a one-word name that is one of
    # them ("Türk said") is a person's surname rather than the state, which is named by a noun.
    adjectives: frozenset[str] = frozenset()
    # Names written all in capitals (PETRARCH files) carry no case information: never match them exactly.
    caps_names: bool = False
    source: str = ""

    def code_on(self, day: dt.date | None) -> str | None:
        """Return the code valid on ``day``: the first covering term, else the default, else country+ELI.

        Without a date the latest term is used. A person outside every term is coded as an elite of the
        country of the nearest term (CAMEO ``ELI``), unless the entry gives a default ``code``.
        """
        if not self.terms:
            return self.code
        if day is None:
            if self.code and not any(t.start or t.end for t in self.terms):
                return self.code
            latest = max(self.terms, key=lambda t: (t.start or dt.date.min, t.end or dt.date.max))
            return latest.code
        for term in self.terms:
            if term.covers(day):
                return term.code
        if self.code:
            return self.code
        nearest = min(self.terms, key=lambda t: _distance(t, day))
        return nearest.code[:3] + "ELI"

    def sectors_of(self, code: str) -> list[str]:
        """Return the sectors for ``code`` (explicit ones for the default code, else split from the code)."""
        if self.sectors is not None and code == self.code:
            return list(self.sectors)
        return split_code(code)[1]


def _distance(term: Term, day: dt.date) -> int:
    if term.end is not None and term.end < day:
        return (day - term.end).days
    if term.start is not None and day < term.start:
        return (term.start - day).days
    return 0


@dataclass(slots=True)
class Candidate:
    """A dictionary name pointing at an entry; ``exact`` names match case-sensitively (``US``, ``WHO``)."""

    entry: ActorEntry
    exact: bool
    proper: bool
    single: bool


@dataclass
class ActorDictionary:
    """All actor entries plus the token-tuple index used for matching (built once at load)."""

    entries: list[ActorEntry] = field(default_factory=list)
    # folded lowercase word tuple → candidates, the highest-priority (latest file) group first.
    index: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    # first folded word → candidate lengths, longest first.
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    by_id: dict[str, ActorEntry] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)

    def lookup(self, key: tuple[str, ...]) -> list[Candidate]:
        """Return the candidates for a folded word tuple (empty if none)."""
        return self.index.get(key, [])

    def by_code(self, code: str) -> list[ActorEntry]:
        """Entries whose default or dated code is ``code`` (for an API actor page)."""
        return [e for e in self.entries if e.code == code or any(t.code == code for t in e.terms)]

    def country_name(self, code: str) -> str:
        """Return the common name of a country code, or the code itself."""
        return self.country_names.get(code, code)


# --- text normalisation shared with the resolver -------------------------------------------------

_fold_cache: dict[str, str] = {}
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


def fold(text: str) -> str:
    """Lowercase, strip accents and unify apostrophes/dashes; cached because tokens repeat."""
    got = _fold_cache.get(text)
    if got is not None:
        return got
    low = text.lower().translate(_APOS)
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if len(_fold_cache) > 200_000:
        _fold_cache.clear()
    if len(text) <= 64:
        _fold_cache[text] = low
    return low


def fold_all(texts: Sequence[str]) -> list[str]:
    """``fold`` of every text, in order (one pass over the cache in C; only uncached texts are folded)."""
    got: list[str | None] = list(map(_fold_cache.get, texts))
    if None in got:
        return [f if f is not None else fold(t) for f, t in zip(got, texts, strict=True)]
    return got  # type: ignore[return-value]


def singular(word: str) -> str:
    """Naive English singular of a folded word ("troops" → "troop", "authorities" → "authority")."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss") or word.endswith("us"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


_tok_lock = threading.Lock()
# Words the English tokenizer splits even without punctuation ("cannot" → "can", "not").
_CONTRACTIONS = frozenset({"cannot", "gonna", "gotta", "wanna", "lemme", "dunno", "gimme"})


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


_SIMPLE_NAME = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


@lru_cache(maxsize=200_000)
def _tokenize_cached(name: str) -> tuple[str, ...]:
    return tuple(tokenize_name(name))


def tokenize_name(name: str) -> list[str]:
    """Split a name into words exactly as the English tokenizer splits running text."""
    if _SIMPLE_NAME.match(name) and not any(w.lower() in _CONTRACTIONS for w in name.split()):
        # Plain words split on spaces alone: the fast path for the tens of thousands of PETRARCH names.
        return name.split()
    with _tok_lock:
        return [t.text for t in _tokenizer()(name) if not t.is_space]


def is_exact_name(words: Sequence[str]) -> bool:
    """Short all-caps acronyms (``US``, ``WHO``, ``EU``) must match case-sensitively: ``us`` is a pronoun."""
    return len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 5


# --- YAML with line numbers ----------------------------------------------------------------------


class _LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]


def key_line(mapping: Any, key: str) -> int | None:
    """The line a key of a mapping read by ``read_yaml`` stands on (None for other objects)."""
    return getattr(mapping, "key_lines", {}).get(key)


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    pass


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> _LineDict:
    out = _LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise DictionaryError(loader.name, key_node.start_mark.line + 1, f"key {key!r} is not a string")
        if key in out:
            raise DictionaryError(loader.name, key_node.start_mark.line + 1, f"duplicate key {key!r}")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_str(loader: Any, node: yaml.ScalarNode) -> str:
    # Dates and numbers stay strings; we parse them ourselves with clear errors.
    return str(node.value)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
for _tag in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
    _Loader.add_constructor(_tag, _construct_str)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, turning syntax errors into ``DictionaryError`` with the line."""
    data = _read_text(path)
    try:
        loader = _Loader(data)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DictionaryError(str(path), line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DictionaryError(str(path), None, f"invalid YAML: {exc}") from None


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DictionaryError(str(path), None, f"file is larger than {MAX_FILE_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Old PETRARCH files mix Latin-1 bytes into ASCII.
        return raw.decode("latin-1")


# --- YAML entries --------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, line: int | None, problem: str) -> DictionaryError:
        return DictionaryError(self.path, line, problem)


def _line(obj: Any, default: int | None = None) -> int | None:
    return getattr(obj, "line", default)


def _str_list(ctx: _Ctx, item: dict[str, Any], key: str) -> list[str]:
    value = item.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail(_line(item), f"{key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _code(ctx: _Ctx, line: int | None, value: Any, what: str = "code") -> str:
    if not isinstance(value, str) or not valid_code(value.strip()):
        raise ctx.fail(
            line,
            f"{what} {value!r} is not a valid actor code (3-letter country + 3-letter sectors, e.g. BLRGOV, "
            "or IGO/NGO + acronym, e.g. IGOCSTO)",
        )
    return value.strip()


def _date(ctx: _Ctx, line: int | None, value: Any) -> dt.date | None:
    if value is None or value in ("", "null", "~"):
        return None
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ctx.fail(line, f"date {value!r} is not YYYY-MM-DD") from None


def _terms(ctx: _Ctx, item: dict[str, Any]) -> tuple[Term, ...]:
    raw = item.get("terms")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise ctx.fail(_line(item), "'terms' must be a non-empty list")
    terms = []
    for t in raw:
        line = _line(t, _line(item))
        if isinstance(t, list):
            if not 1 <= len(t) <= 4:
                raise ctx.fail(line, f"term {t!r} must be [CODE, START, END, ROLE]")
            t = dict(zip(("code", "start", "end", "role"), t, strict=False))
        if not isinstance(t, dict):
            raise ctx.fail(line, "each term must be a mapping {code, start, end, role} or a list")
        unknown = set(t) - {"code", "start", "end", "role"}
        if unknown:
            raise ctx.fail(line, f"unknown term keys {sorted(unknown)}")
        if "code" not in t:
            raise ctx.fail(line, "term without 'code'")
        term = Term(
            code=_code(ctx, line, t["code"]),
            start=_date(ctx, line, t.get("start")),
            end=_date(ctx, line, t.get("end")),
            role=str(t["role"]) if t.get("role") is not None else None,
        )
        if term.start and term.end and term.end < term.start:
            raise ctx.fail(line, f"term {term.code} ends ({term.end}) before it starts ({term.start})")
        terms.append(term)
    return tuple(terms)


COUNTRY_KEYS = {"code", "name", "aliases", "adjectives", "capitals", "cities", "seats", "wikidata", "exact"}
ACTOR_KEYS = {"id", "name", "aliases", "code", "sectors", "terms", "wikidata", "kind", "exact"}
AGENT_KEYS = {"id", "name", "aliases", "sectors", "context", "prefix", "alone", "bare"}
PLACE_KEYS = {"country", "names"}


def entries_from_yaml(path: Path) -> list[ActorEntry]:
    """Read one YAML dictionary file into entries, validating every field (errors name file and line)."""
    ctx = _Ctx(str(path))
    data = read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ctx.fail(1, "top level must map 'countries', 'places', 'actors' or 'agents' to lists")
    unknown = set(data) - {"countries", "places", "actors", "agents", "version", "description"}
    if unknown:
        raise ctx.fail(_line(data, 1), f"unknown top-level keys {sorted(unknown)}")
    out: list[ActorEntry] = []
    seen: dict[str, int] = {}
    for section in ("countries", "places", "actors", "agents"):
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            raise ctx.fail(_line(data, 1), f"{section!r} must be a list")
        for item in items:
            if not isinstance(item, dict):
                raise ctx.fail(_line(data, 1), f"every item of {section!r} must be a mapping, got {item!r}")
            if section == "countries":
                new = _country_entries(ctx, item)
            elif section == "places":
                new = _place_entries(ctx, item)
            elif section == "actors":
                new = [_actor_entry(ctx, item)]
            else:
                new = [_agent_entry(ctx, item)]
            first = new[0]
            if first.id in seen:
                raise ctx.fail(
                    _line(item), f"duplicate id {first.id!r} (first defined on line {seen[first.id]})"
                )
            seen[first.id] = _line(item) or 0
            out.extend(new)
    return out


def _check_keys(ctx: _Ctx, item: dict[str, Any], allowed: set[str], required: Iterable[str]) -> int | None:
    line = _line(item)
    unknown = set(item) - allowed
    if unknown:
        raise ctx.fail(line, f"unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    for key in required:
        if item.get(key) in (None, ""):
            raise ctx.fail(line, f"missing required key {key!r}")
    return line


def _country_entries(ctx: _Ctx, item: dict[str, Any]) -> list[ActorEntry]:
    line = _check_keys(ctx, item, COUNTRY_KEYS, ("code", "name"))
    code = _code(ctx, line, item["code"])
    if len(code) != 3:
        raise ctx.fail(line, f"country code {code!r} must have 3 letters")
    name = str(item["name"]).strip()
    wikidata = _wikidata(ctx, line, item.get("wikidata"))
    src = f"{ctx.path}:{line}"
    exact = _str_list(ctx, item, "exact")
    adjectives = _str_list(ctx, item, "adjectives")
    names = [name, *_str_list(ctx, item, "aliases"), *adjectives]
    spellings = tuple(names)
    names += _str_list(ctx, item, "cities")
    entries = [
        ActorEntry(
            id=code,
            name=name,
            kind="country",
            names=tuple(names),
            code=code,
            wikidata=wikidata,
            source=src,
            spellings=spellings,
            adjectives=frozenset(fold(a) for a in adjectives if " " not in a),
        )
    ]
    capitals = _str_list(ctx, item, "capitals")
    if capitals:
        # A capital stands for the government that sits there: "Moscow said" → RUSGOV (CAMEO/PETRARCH usage).
        entries.append(
            ActorEntry(
                id=f"{code}:capital",
                name=f"{name} (capital)",
                kind="country",
                names=tuple(capitals),
                code=f"{code}GOV",
                source=src,
            )
        )
    if exact:
        entries.append(
            ActorEntry(
                id=f"{code}#exact", name=name, kind="country", names=tuple(exact), code=code, source=src
            )
        )
    seats = item.get("seats") or {}
    if not isinstance(seats, dict):
        raise ctx.fail(line, "'seats' must map a metonym to a code, e.g. {Kremlin: RUSGOV}")
    for seat, seat_code in seats.items():
        entries.append(
            ActorEntry(
                id=f"{code}:{seat}",
                name=f"{name} ({seat})",
                kind="org",
                names=(seat,),
                code=_code(ctx, line, seat_code),
                source=src,
            )
        )
    return entries


def _place_entries(ctx: _Ctx, item: dict[str, Any]) -> list[ActorEntry]:
    """Cities, provinces and regions of one country: each codes the country ("Lagos" → NGA)."""
    line = _check_keys(ctx, item, PLACE_KEYS, ("names",))
    if "country" not in item:
        raise ctx.fail(line, "missing required key 'country' (null for a place of no country)")
    # country null: a place of no country (a sea, a gulf) named after one; it codes nothing, and so keeps
    # "Japan" in "the Sea of Japan" from coding Japan
    code = _code(ctx, line, item["country"], what="country") if item["country"] is not None else None
    if code is not None and len(code) != 3:
        raise ctx.fail(line, f"country {code!r} must be a 3-letter code")
    names = _str_list(ctx, item, "names")
    if not names:
        raise ctx.fail(line, "'names' must list at least one place")
    # One entry per place, so that an actor found by "Jenin" is named Jenin, not the line's first place.
    return [
        ActorEntry(
            id=f"{code}:places:{line}:{k}",
            name=name,
            kind="country",
            names=(name,),
            code=code,
            source=f"{ctx.path}:{line}",
        )
        for k, name in enumerate(names)
    ]


def _wikidata(ctx: _Ctx, line: int | None, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"Q\d+", value):
        raise ctx.fail(line, f"wikidata {value!r} must look like Q123")
    return value


def _actor_entry(ctx: _Ctx, item: dict[str, Any]) -> ActorEntry:
    line = _check_keys(ctx, item, ACTOR_KEYS, ("name",))
    kind = item.get("kind") or ("person" if "terms" in item else "org")
    if kind not in KINDS or kind == "agent":
        raise ctx.fail(line, f"kind {kind!r} must be one of country, org, person, group")
    terms = _terms(ctx, item)
    code = _code(ctx, line, item["code"]) if item.get("code") is not None else None
    if code is None and not terms:
        raise ctx.fail(line, "an actor needs a 'code' or 'terms'")
    sectors = None
    if item.get("sectors") is not None:
        sectors = tuple(_sectors(ctx, line, item))
    name = str(item["name"]).strip()
    names = [name, *_str_list(ctx, item, "aliases")]
    exact = _str_list(ctx, item, "exact")
    entry_id = str(item.get("id") or _slug(name))
    return ActorEntry(
        id=entry_id,
        name=name,
        kind=kind,
        names=tuple(names + exact),
        code=code,
        sectors=sectors,
        terms=terms,
        wikidata=_wikidata(ctx, line, item.get("wikidata")),
        source=f"{ctx.path}:{line}",
    )


def _sectors(ctx: _Ctx, line: int | None, item: dict[str, Any]) -> list[str]:
    sectors = _str_list(ctx, item, "sectors")
    for s in sectors:
        if not SECTOR_RE.match(s):
            raise ctx.fail(line, f"sector {s!r} must be 2-9 capital letters/digits (GOV, MIL, OPP, ...)")
    return sectors


def _agent_entry(ctx: _Ctx, item: dict[str, Any]) -> ActorEntry:
    line = _check_keys(ctx, item, AGENT_KEYS, ("name", "sectors"))
    sectors = _sectors(ctx, line, item)
    if not sectors and not item.get("context"):
        raise ctx.fail(line, "an agent needs at least one sector")
    name = str(item["name"]).strip()
    context = item.get("context", False)
    if context not in (True, False, "true", "false"):
        raise ctx.fail(line, "'context' must be true or false")
    alone = item.get("alone")
    if alone is not None and (not isinstance(alone, str) or not re.fullmatch(r"[A-Z]{3}", alone)):
        raise ctx.fail(line, f"'alone' must be a 3-letter pseudo-country such as IGO, not {alone!r}")
    bare = item.get("bare", True)
    if bare not in (True, False):
        raise ctx.fail(line, "'bare' must be true or false")
    return ActorEntry(
        id=str(item.get("id") or _slug(name)),
        name=name,
        kind="agent",
        names=(name, *_str_list(ctx, item, "aliases")),
        sectors=tuple(sectors),
        context=context in (True, "true"),
        prefix=bool(item.get("prefix", False)),
        alone=alone,
        bare=bare,
        source=f"{ctx.path}:{line}",
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:80] or "entry"


# --- building the index --------------------------------------------------------------------------


class _IndexBuilder:
    """Adds entries layer by layer; a later layer (user file) replaces earlier same-name candidates."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[Candidate]] = {}
        self.layer_of: dict[tuple[str, ...], int] = {}
        self.conflicts: list[str] = []

    def add(self, entries: Sequence[ActorEntry], layer: int, label: str) -> None:
        conflicts: dict[tuple[str, ...], tuple[str, str]] = {}
        for entry in entries:
            for name in entry.names:
                words = _tokenize_cached(name)
                if not words or len(words) > MAX_NAME_TOKENS:
                    continue
                exact = is_exact_name(words) and not entry.caps_names and entry.kind != "agent"
                key = tuple(words) if exact else tuple(fold(w) for w in words)
                cand = Candidate(
                    entry=entry,
                    exact=exact,
                    proper=entry.kind != "agent" and (entry.caps_names or not name.islower()),
                    single=len(words) == 1,
                )
                old_layer = self.layer_of.get(key)
                if old_layer is not None and old_layer < layer:
                    old = self.index[key]
                    old_codes = {_label(c.entry) for c in old if c.exact == exact}
                    new_code = _label(entry)
                    if old_codes and new_code not in old_codes:
                        conflicts[key] = (", ".join(sorted(str(c) for c in old_codes)), str(new_code))
                    self.index[key] = [c for c in old if c.exact != exact]
                self.layer_of[key] = layer
                bucket = self.index.setdefault(key, [])
                if not any(c.entry is entry and c.exact == exact for c in bucket):
                    bucket.append(cand)
        if conflicts:
            shown = [f"{' '.join(k)!r}: {old} → {new}" for k, (old, new) in list(conflicts.items())[:20]]
            more = f" (and {len(conflicts) - 20} more)" if len(conflicts) > 20 else ""
            message = (
                f"{label} overrides {len(conflicts)} bundled/earlier actor name(s): "
                + "; ".join(shown)
                + more
            )
            self.conflicts.append(message)
            warnings.warn(message, UserWarning, stacklevel=4)
            log.warning(message)


def _label(entry: ActorEntry) -> str:
    if entry.kind == "agent":
        return ("" if entry.prefix else "~") + "".join(entry.sectors or ()) + ("~" if entry.prefix else "")
    return str(entry.code_on(None))


def _entries_from_file(path: Path) -> list[ActorEntry]:
    if not path.exists():
        raise DictionaryError(str(path), None, "file not found")
    if path.suffix.lower() in (".yaml", ".yml"):
        return entries_from_yaml(path)
    if path.suffix.lower() == ".txt":
        from communique.actors.petrarch import entries_from_petrarch

        return entries_from_petrarch(path)
    raise DictionaryError(str(path), None, "unknown dictionary format (use .yaml or a PETRARCH .txt file)")


_bundled_lock = threading.Lock()
_bundled_cache: dict[tuple[tuple[str, float], ...], list[list[ActorEntry]]] = {}


def _bundled_entries() -> list[list[ActorEntry]]:
    paths = [DATA_DIR / n for n in BUNDLED_FILES if (DATA_DIR / n).exists()]
    key = tuple((str(p), p.stat().st_mtime) for p in paths)
    with _bundled_lock:
        if key not in _bundled_cache:
            _bundled_cache.clear()
            _bundled_cache[key] = [entries_from_yaml(p) for p in paths]
        return _bundled_cache[key]


def load_actor_dictionary(extra: Sequence[str | Path] = ()) -> ActorDictionary:
    """Load the bundled actor dictionaries plus user files (YAML or PETRARCH ``.txt``); user entries win.

    A malformed file raises ``DictionaryError(path, line, problem)``; names a user file redefines with a
    different code are listed in one ``UserWarning`` per file.
    """
    layers: list[tuple[str, list[ActorEntry]]] = [
        (str(DATA_DIR / n), e) for n, e in zip(BUNDLED_FILES, _bundled_entries(), strict=False)
    ]
    for item in extra:
        path = Path(item)
        layers.append((str(path), _entries_from_file(path)))
    builder = _IndexBuilder()
    all_entries: list[ActorEntry] = []
    n_bundled = len(BUNDLED_FILES)
    for i, (label, entries) in enumerate(layers):
        # All bundled files form one layer; each user file is its own, later one winning.
        builder.add(entries, layer=0 if i < n_bundled else i, label=label)
        all_entries.extend(entries)
    lengths: dict[str, set[int]] = {}
    for key in builder.index:
        lengths.setdefault(fold(key[0]) if key[0].isupper() else key[0], set()).add(len(key))
    dictionary = ActorDictionary(
        entries=all_entries,
        index=builder.index,
        lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        files=[label for label, _ in layers],
        conflicts=builder.conflicts,
    )
    for entry in all_entries:
        dictionary.by_id.setdefault(entry.id, entry)
        plain = "#" not in entry.id and ":" not in entry.id  # not an exact-case, capital or place entry
        if entry.kind == "country" and entry.code and len(entry.code) == 3 and plain:
            dictionary.country_names.setdefault(entry.code, entry.name)
    return dictionary
