"""Load and validate the event pattern dictionary (bundled YAML plus user ``--patterns`` files).

A pattern file is a YAML mapping with an optional ``grammar`` mapping (word lists merged into the bundled
``grammar.yaml``) and a ``patterns`` list. Each pattern entry::

    - code: "163"                 # CAMEO code the pattern codes (must exist in cameo.yaml), or null
      verbs: ["impose sanction|embargo", "slap sanction"]   # phrases: trigger lemma + required dependents
      nouns: ["sanction"]         # nominal triggers
      adjectives: ["ready"]       # predicative adjectives whose subject acts ("X is ready to talk")
      evaluative: ["unacceptable"]# evaluative triggers: the speaker's judgement of the subject
      negated_code: "120"         # code when the trigger is negated; the negation is then absorbed
      joint_code: "062"           # code when the sources belong to two or more countries (joint exercises)
      targets: [on, against]      # prepositions whose object is the target (default: grammar lists)
      of_target: true             # nouns: the "of" complement is the target ("invasion of X")
      needs_clause: true          # only fires with a complement clause or object ("say" needs what was said)
      reporting: true             # complement clauses are reported speech of the subject
      source_sectors: [MIL]       # only fires when a source actor has one of these sectors ("troops left")
      id: my-id                   # optional; default "<code>:<phrase>"

A phrase is the trigger lemma followed by required lemmas found among the trigger's dependents (objects,
particles, prepositions and their objects, infinitive complements, adjectives), each word a ``|``-separated
set of alternatives; ``!word`` forbids a dependent. Errors name the file, the line and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from communique.events.cameo import cameo_table
from communique.model import DictionaryError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
GRAMMAR_FILE = DATA_DIR / "grammar.yaml"
INTENT_FILE = DATA_DIR / "intent.yaml"
NON_PATTERN_FILES = {"cameo.yaml", "grammar.yaml", "intent.yaml"}
MAX_PATTERN_FILE_BYTES = 5_000_000
KINDS = ("verbs", "nouns", "adjectives", "evaluative")
KIND_OF = {"verbs": "verb", "nouns": "noun", "adjectives": "adj", "evaluative": "eval"}
KNOWN_KEYS = {
    "code",
    "verbs",
    "nouns",
    "evaluative",
    "adjectives",
    "negated_code",
    "joint_code",
    "targets",
    "of_target",
    "needs_clause",
    "reporting",
    "directive",
    "issuers_voice",
    "source_sectors",
    "id",
    "note",
    "__line__",
}
_WORD = re.compile(r"^!?[a-z][a-z'\-]*(\|[a-z][a-z'\-]*)*$")


@dataclass(slots=True)
class Pattern:
    """One trigger phrase with its code and role options."""

    id: str
    kind: str  # verb | noun | adj | eval
    trigger: frozenset[str]
    required: tuple[tuple[str, ...], ...]  # alternatives kept in written order: matching is deterministic
    forbidden: frozenset[str]
    code: str | None
    negated_code: str | None
    joint_code: str | None
    targets: tuple[str, ...] | None
    of_target: bool
    needs_clause: bool
    reporting: bool
    source_sectors: frozenset[str]
    source: str  # "file:line"
    order: int
    # fires only as "V X to Y" ("told Iran to release", "wants Iran to release"): a demand or appeal to X
    directive: bool = False
    # fires only in the statement's own voice ("We expect X to V" asks; "analysts expect X to V" predicts)
    issuers_voice: bool = False

    @property
    def specificity(self) -> int:
        """How many words beyond the trigger the phrase requires."""
        return len(self.required)


@dataclass
class PatternSet:
    """Verb, nominal and evaluative patterns loaded from YAML, indexed by trigger lemma."""

    patterns: list[Pattern] = field(default_factory=list)
    grammar: dict[str, frozenset[str]] = field(default_factory=dict)
    by_lemma: dict[str, list[Pattern]] = field(default_factory=dict)
    # CAMEO prefix → intent code ("087" → "0356"): a self-announced future action is coded as intent too.
    intent: dict[str, str] = field(default_factory=dict)

    def intent_code(self, code: str) -> str | None:
        """The intent (03/13) code of a future action code, by longest prefix; None for verbal codes."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.intent:
                return self.intent[code[:n]]
        return None

    def index(self) -> PatternSet:
        """Build the lemma index; user patterns (loaded last) are tried first at equal specificity."""
        self.by_lemma = {}
        for pattern in self.patterns:
            for lemma in pattern.trigger:
                self.by_lemma.setdefault(lemma, []).append(pattern)
        for plist in self.by_lemma.values():
            plist.sort(key=lambda p: (-p.specificity, -p.order))
        return self

    def words(self, key: str) -> frozenset[str]:
        """Return a grammar word list."""
        return self.grammar.get(key, frozenset())


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping as ``__line__``."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# YAML 1.1 reads on/off/yes/no as booleans; in a word list "on" is a preposition: only true/false are.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _read_yaml(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_PATTERN_FILE_BYTES:
            raise DictionaryError(str(path), None, f"file larger than {MAX_PATTERN_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(str(path), None, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DictionaryError(str(path), None, "not UTF-8 text") from exc
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError(str(path), mark.line + 1 if mark else None, f"invalid YAML: {problem}") from exc


def _check_code(value: Any, path: Path, line: int | None, key: str) -> str | None:
    if value is None:
        return None
    code = str(value).strip()
    if code not in cameo_table():
        raise DictionaryError(str(path), line, f"{key} {code!r} is not a known CAMEO code (see cameo.yaml)")
    return code


def _parse_phrase(
    phrase: Any, path: Path, line: int | None
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    if not isinstance(phrase, str) or not phrase.strip():
        raise DictionaryError(str(path), line, f"phrase {phrase!r} must be a non-empty string")
    words = phrase.lower().split()
    for word in words:
        if not _WORD.match(word):
            raise DictionaryError(
                str(path), line, f"phrase {phrase!r}: bad word {word!r} (lemmas, '|' and '!' only)"
            )
    if words[0].startswith("!"):
        raise DictionaryError(str(path), line, f"phrase {phrase!r}: the trigger cannot be negative")
    trigger = frozenset(words[0].split("|"))
    required = tuple(tuple(dict.fromkeys(w.split("|"))) for w in words[1:] if not w.startswith("!"))
    forbidden = frozenset(x for w in words[1:] if w.startswith("!") for x in w[1:].split("|"))
    return trigger, required, forbidden


def _parse_file(path: Path, start_order: int, grammar: dict[str, set[str]]) -> list[Pattern]:
    raw = _read_yaml(path)
    if raw is None:
        return []
    if isinstance(raw, list):
        raw = {"patterns": raw}
    if not isinstance(raw, dict):
        raise DictionaryError(str(path), 1, "expected a mapping with a 'patterns' list")
    for key, value in (raw.get("grammar") or {}).items():
        if key == "__line__":
            continue
        if not _is_word_list(value):
            raise DictionaryError(
                str(path), raw["grammar"].get("__line__"), f"grammar.{key} must be a list of words"
            )
        grammar.setdefault(key, set()).update(v.lower() for v in value)
    unknown_top = set(raw) - {"patterns", "grammar", "__line__"}
    if unknown_top:
        raise DictionaryError(
            str(path), 1, f"unknown top-level key(s): {', '.join(sorted(map(str, unknown_top)))}"
        )
    entries = raw.get("patterns") or []
    if not isinstance(entries, list):
        raise DictionaryError(str(path), raw.get("__line__"), "'patterns' must be a list")
    out: list[Pattern] = []
    seen_ids: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise DictionaryError(str(path), None, f"pattern entry {entry!r} must be a mapping")
        line = entry.get("__line__")
        unknown = set(entry) - KNOWN_KEYS
        if unknown:
            raise DictionaryError(str(path), line, f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
        if "code" not in entry:
            raise DictionaryError(str(path), line, "missing 'code'")
        code = _check_code(entry.get("code"), path, line, "code")
        negated_code = _check_code(entry.get("negated_code"), path, line, "negated_code")
        joint_code = _check_code(entry.get("joint_code"), path, line, "joint_code")
        if code is None and negated_code is None:
            raise DictionaryError(str(path), line, "a pattern needs a code or a negated_code")
        if not any(entry.get(k) for k in KINDS):
            raise DictionaryError(
                str(path), line, "a pattern needs 'verbs', 'nouns', 'adjectives' or 'evaluative' phrases"
            )
        targets = entry.get("targets")
        if targets is not None and (
            not isinstance(targets, list) or not all(isinstance(t, str) for t in targets)
        ):
            raise DictionaryError(str(path), line, "'targets' must be a list of prepositions")
        sectors = entry.get("source_sectors") or []
        if not isinstance(sectors, list) or not all(isinstance(x, str) for x in sectors):
            raise DictionaryError(str(path), line, "'source_sectors' must be a list of sector codes")
        for flag in ("of_target", "needs_clause", "reporting", "directive", "issuers_voice"):
            if flag in entry and not isinstance(entry[flag], bool):
                raise DictionaryError(str(path), line, f"'{flag}' must be true or false")
        for kind in KINDS:
            phrases = entry.get(kind) or []
            if isinstance(phrases, str):
                phrases = [phrases]
            if not isinstance(phrases, list):
                raise DictionaryError(str(path), line, f"'{kind}' must be a list of phrases")
            for phrase in phrases:
                trigger, required, forbidden = _parse_phrase(phrase, path, line)
                prefix = {"verbs": "", "nouns": "n:", "adjectives": "a:", "evaluative": "e:"}[kind]
                pid = str(entry.get("id") or f"{code or negated_code}:{prefix}{phrase}")
                if entry.get("id") and (len(phrases) > 1 or sum(bool(entry.get(k)) for k in KINDS) > 1):
                    pid = f"{entry['id']}:{phrase}"
                if pid in seen_ids:
                    raise DictionaryError(str(path), line, f"duplicate pattern {pid!r}")
                seen_ids.add(pid)
                out.append(
                    Pattern(
                        id=pid,
                        kind=KIND_OF[kind],
                        trigger=trigger,
                        required=required,
                        forbidden=forbidden,
                        code=code,
                        negated_code=negated_code,
                        joint_code=joint_code,
                        targets=tuple(t.lower() for t in targets) if targets is not None else None,
                        of_target=bool(entry.get("of_target", False)),
                        needs_clause=bool(entry.get("needs_clause", False)),
                        reporting=bool(entry.get("reporting", False)),
                        source_sectors=frozenset(x.upper() for x in sectors),
                        source=f"{path}:{line}",
                        order=start_order + len(out),
                        directive=bool(entry.get("directive", False)),
                        issuers_voice=bool(entry.get("issuers_voice", False)),
                    )
                )
    return out


def bundled_pattern_files() -> list[Path]:
    """Return the bundled pattern files: data/events/*.yaml except the CAMEO, grammar and intent ones."""
    return sorted(p for p in DATA_DIR.glob("*.yaml") if p.name not in NON_PATTERN_FILES)


def load_patterns(extra: Sequence[str | Path] = ()) -> PatternSet:
    """Load the bundled event patterns plus the user's files; user patterns win at equal specificity."""
    grammar = _load_grammar(GRAMMAR_FILE)
    patterns: list[Pattern] = []
    for path in [*bundled_pattern_files(), *map(Path, extra)]:
        if not path.exists():
            raise DictionaryError(str(path), None, "pattern file not found")
        patterns.extend(_parse_file(path, len(patterns), grammar))
    intent = _load_intent(INTENT_FILE)
    return PatternSet(
        patterns=patterns, grammar={k: frozenset(v) for k, v in grammar.items()}, intent=intent
    ).index()


def _load_grammar(path: Path) -> dict[str, set[str]]:
    """The bundled grammar word lists, each checked to be a list of words (a bad entry names its line)."""
    raw = _read_yaml(path) or {}  # same loader: "on" stays a word
    if not isinstance(raw, dict):
        raise DictionaryError(str(path), 1, "expected a mapping of grammar keys to lists of words")
    grammar: dict[str, set[str]] = {}
    for key, value in raw.items():
        if key == "__line__":
            continue
        if not _is_word_list(value):
            raise DictionaryError(str(path), _key_line(path, str(key)), f"{key} must be a list of words")
        grammar[str(key)] = {v.lower() for v in value}
    return grammar


@cache
def _bundled_grammar() -> dict[str, frozenset[str]]:
    """The bundled grammar.yaml, parsed once for every rule that reads a word list at import."""
    return {key: frozenset(words) for key, words in _load_grammar(GRAMMAR_FILE).items()}


def grammar_words(key: str) -> frozenset[str]:
    """A bundled grammar.yaml word list by key, for rules that have no pattern set at hand."""
    grammar = _bundled_grammar()
    if key not in grammar:
        raise DictionaryError(str(GRAMMAR_FILE), None, f"missing grammar word list {key!r}")
    return grammar[key]


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _key_line(path: Path, key: str) -> int | None:
    """The line where a top-level key is defined (mappings carry their own line; lists and scalars do not)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _load_intent(path: Path) -> dict[str, str]:
    raw = _read_yaml(path) or {}
    out: dict[str, str] = {}
    for key, value in raw.items():
        if key == "__line__":
            continue
        code = _check_code(value, path, None, f"intent code for {key}")
        if code is None or not str(key).isdigit():
            raise DictionaryError(str(path), None, f"bad intent entry {key!r}: {value!r}")
        out[str(key)] = code
    return out
