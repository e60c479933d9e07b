"""Load and validate the issue dictionary and the polarity lexicon (bundled YAML plus the user's files).

Every problem names the file, the line and what is wrong (``DictionaryError``), before any coding starts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from communique.model import DictionaryError

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "issues"
ISSUES_FILE = DATA_DIR / "issues.yaml"
LEXICON_FILE = DATA_DIR / "polarity.yaml"
SYNONYMS_FILE = DATA_DIR / "synonyms.yaml"
TOPICS_FILE = DATA_DIR / "topics.yaml"

# Function words are ignored inside cues: "introduction of troops" matches "introduction of the troops".
FUNCTION_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "to",
        "in",
        "on",
        "for",
        "against",
        "with",
        "by",
        "at",
        "from",
        "into",
        "all",
        "those",
        "up",
        "any",
        "its",
        "their",
        "his",
        "her",
    ]
)
ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
MAX_FILE_BYTES = 5_000_000
ISSUE_KEYS = {
    "id",
    "label",
    "cues",
    "weak",
    "combos",
    "counter",
    "weak_counter",
    "synonyms",
    "scope",
    "description",
    "principle",
}
SCOPES = {"country", "actor"}
# (session 21) word classes the polarity rules read by name (once sets in polarity.py): single words each.
WORD_CLASSES = (
    "reporting",
    "postnominal",
    "not_evaluative",
    "contention_nouns",
    "aspect_nouns",
    "fullness",
    "conformity_words",
    "bargaining",
    "standing",
    "existence",
    "judging",
    "believing",
    "sparing",
    "keeping_by",
    "decision_nouns",
    "apprehension",
    "conveying",
    "not_doing",
    "adversaries",
    "compassion",
    "ability",
    "inability",
    "capacity_nouns",
    "failures",
    "misuse",
    "publishing",
    "feelings",
    "inquiries",
    "enactment",
    "raising",
    "voting",
    "norms",
    "holding",
    "absence",
    "continuation",
    "state_offices",
    "state_name_words",
    "civil_society_words",
    "endeavours",
)
LEXICON_WEIGHTED = ("positive", "negative", "harm", "benefit", "call")
LEXICON_LISTS = (
    "neutral",
    "procedure",
    "negators",
    "light",
    "blame",
    "blame_subjects",
    "deescalation",
    "deescalation_issues",
    "settlement",
    "wishes",
    "titles",
    "effects",
    "qualities",
    "release",
    "confinement",
    "causatives",
    "endings",
    "own_activity",
    "defensive_purposes",
    "suffering",
    "victims",
    "borne",
    "prohibitions",
    "adjectives_only",
    "deference_verbs",
    "deference_nouns",
    "position_nouns",
    "choice_nouns",
    "disclosure",
    "records",
    *WORD_CLASSES,
)
# Word groups (synonyms.yaml): derivational families, near-synonyms, nouns that refer back to an issue.
WORD_GROUPS = ("families", "synonyms", "kinds")
WORD_LISTS = ("references", "light_heads", "body_nouns")
# (session 24) one-way synonyms [word, other, ...]: the phrase's word said as the others, never the reverse.
ONE_WAY = "one_way"
# (session 15) regions a phrase may name ("the Western Balkans") -> the places in them ("Albania", "Serbia").
REGIONS = "regions"
MAX_GROUP_WORDS = 24
# (session 19) the topic lexicon (topics.yaml): the words by which a writer refers to a policy topic without
# naming it ("statutory age" for a pension reform, "seabed" for deep-sea mining).
TOPICS = "topics"
TOPIC_KEYS = {"id", "names", "terms"}


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue: content words in lemma form, matched in order with small gaps."""

    words: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Topic:
    """A policy topic: the words that name it in an issue phrase and the terms a sentence refers to it by."""

    id: str
    # Each name: content words that must all be in an ad-hoc phrase for it to name the topic.
    names: tuple[tuple[str, ...], ...]
    terms: tuple[Cue, ...]


@dataclass(slots=True)
class IssueEntry:
    """One dictionary issue with its cues, counter-cues and synonym groups."""

    id: str
    label: str
    cues: list[Cue] = field(default_factory=list)
    weak: list[Cue] = field(default_factory=list)
    combos: list[list[frozenset[str]]] = field(default_factory=list)
    counter: list[Cue] = field(default_factory=list)
    weak_counter: list[Cue] = field(default_factory=list)
    synonyms: list[frozenset[str]] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    # A principle or state that statements defend or deny (sovereignty), not an act or measure someone takes:
    # "this decision", "such steps" in a later sentence never point back to it.
    principle: bool = False
    # One sentence saying what the issue is, in general words: the query of the optional semantic matcher.
    description: str = ""
    source: str = ""
    line: int = 0


@dataclass(slots=True)
class Lexicon:
    """Polarity lexicon: word classes that move a speaker's position along the dependency path."""

    positive: dict[str, float] = field(default_factory=dict)
    negative: dict[str, float] = field(default_factory=dict)
    harm: dict[str, float] = field(default_factory=dict)
    benefit: dict[str, float] = field(default_factory=dict)
    call: dict[str, float] = field(default_factory=dict)
    neutral: set[str] = field(default_factory=set)
    # Nouns of a procedure done on the issue ("the publication of the results", "transparency"): what is
    # asked of or said about the procedure takes no side on the issue itself.
    procedure: set[str] = field(default_factory=set)
    negators: set[str] = field(default_factory=set)
    light: set[str] = field(default_factory=set)
    blame: set[str] = field(default_factory=set)
    blame_subjects: set[str] = field(default_factory=set)
    deescalation: set[str] = field(default_factory=set)
    deescalation_issues: set[str] = field(default_factory=set)
    # Words a crisis reaction asks for besides restraint ("settle their differences", "preserve stability"),
    # which mark one only under a call or a wish ("we hope ..."): "threaten stability" is no reaction.
    settlement: set[str] = field(default_factory=set)
    wishes: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    # Nouns of an effect ("consequences", "impact"): negative ones for X ("negative consequences for the
    # sovereignty of X") say X is harmed, which is a concern for X, not a rejection of it.
    effects: set[str] = field(default_factory=set)
    qualities: set[str] = field(default_factory=set)
    # Words that set free ("release", "free") and words of confinement ("detention", "prisoner", "detained"):
    # releasing reverses a mention that names the confinement ("the release of those detained" undoes the
    # detention), and nothing else ("the release of the report on access" does not undo the access).
    release: set[str] = field(default_factory=set)
    confinement: set[str] = field(default_factory=set)
    # A consequence said of the issue that makes others close, leave or stop ("will push dozens of
    # organisations to close their doors"): verbs that make others act, verbs of ending, and the objects
    # that make an ending the doers' own ("close their doors", not "stop fighting").
    causatives: set[str] = field(default_factory=set)
    endings: set[str] = field(default_factory=set)
    own_activity: set[str] = field(default_factory=set)
    # Purposes of the issuers' own countermeasures ("will take resolute measures to safeguard its rights").
    defensive_purposes: set[str] = field(default_factory=set)
    # Victims of the issue (session 18): verbs of suffering whose cause clause or phrase is the issue ("the
    # children who died when a missile struck", "those killed in the shelling") and victim nouns ("the
    # victims of the bombing"); what is felt for the victims is against their harm's cause.
    suffering: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    # What a measure makes someone bear ("cost", "price"): negative only when the issuers bear it (session 18)
    borne: set[str] = field(default_factory=set)
    # Nouns that stop or bar the noun compounded before them ("test ban", "arms embargo", "ceasefire
    # violation"): the compound names the stopping, so it reverses that noun as "a ban on tests" does.
    prohibitions: set[str] = field(default_factory=set)
    # Benefit and harm words that weigh only as adjectives: "open to convoys", not the verb of "open fire on".
    adjectives_only: set[str] = field(default_factory=set)
    # A question the issuers leave to others, or on which they say they take no side ("it is for the two
    # governments to settle", "a matter for the Parliament", "does not take a position on"): the verbs of
    # "for X to decide", the nouns of "a matter for X", the nouns of "take no position".
    deference_verbs: set[str] = field(default_factory=set)
    deference_nouns: set[str] = field(default_factory=set)
    position_nouns: set[str] = field(default_factory=set)
    # (session 21) a choice left to each of the parties: "the right of each Member State to choose".
    choice_nouns: set[str] = field(default_factory=set)
    # Adjectives that make a thing known ("make the detailed results available / public"): a publication,
    # which is a procedure on the thing (see ``procedure``).
    disclosure: set[str] = field(default_factory=set)
    # What a publication is a procedure on: records of a vote or an inquiry (results, figures, findings), not
    # the issue's own good ("make humanitarian assistance available" asks for the access itself).
    records: set[str] = field(default_factory=set)
    # (session 21) word classes the polarity rules read by name, once sets in polarity.py (see polarity.yaml
    # for each one's use): single words, lemmas unless polarity.yaml says they are forms.
    reporting: set[str] = field(default_factory=set)
    postnominal: set[str] = field(default_factory=set)
    not_evaluative: set[str] = field(default_factory=set)
    contention_nouns: set[str] = field(default_factory=set)
    aspect_nouns: set[str] = field(default_factory=set)
    fullness: set[str] = field(default_factory=set)
    conformity_words: set[str] = field(default_factory=set)
    bargaining: set[str] = field(default_factory=set)
    standing: set[str] = field(default_factory=set)
    existence: set[str] = field(default_factory=set)
    judging: set[str] = field(default_factory=set)
    believing: set[str] = field(default_factory=set)
    sparing: set[str] = field(default_factory=set)
    keeping_by: set[str] = field(default_factory=set)
    decision_nouns: set[str] = field(default_factory=set)
    apprehension: set[str] = field(default_factory=set)
    conveying: set[str] = field(default_factory=set)
    not_doing: set[str] = field(default_factory=set)
    adversaries: set[str] = field(default_factory=set)
    compassion: set[str] = field(default_factory=set)
    ability: set[str] = field(default_factory=set)
    inability: set[str] = field(default_factory=set)
    capacity_nouns: set[str] = field(default_factory=set)
    failures: set[str] = field(default_factory=set)
    misuse: set[str] = field(default_factory=set)
    publishing: set[str] = field(default_factory=set)
    feelings: set[str] = field(default_factory=set)
    inquiries: set[str] = field(default_factory=set)
    enactment: set[str] = field(default_factory=set)
    raising: set[str] = field(default_factory=set)
    voting: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    holding: set[str] = field(default_factory=set)
    absence: set[str] = field(default_factory=set)
    continuation: set[str] = field(default_factory=set)
    state_offices: set[str] = field(default_factory=set)
    state_name_words: set[str] = field(default_factory=set)
    civil_society_words: set[str] = field(default_factory=set)
    endeavours: set[str] = field(default_factory=set)
    families: list[frozenset[str]] = field(default_factory=list)
    synonyms: list[frozenset[str]] = field(default_factory=list)
    # (session 24) A phrase's word -> the words it may also be said as, one way ("repeal" -> "withdrawal"; a
    # troop withdrawal is no repeal).
    one_way: dict[str, set[str]] = field(default_factory=dict)
    # Nouns of one kind of thing (documents, laws, votes, military acts): a definite noun of a group refers
    # back to an issue named by a word of the same group ("the peace agreement" ... "the document").
    kinds: list[frozenset[str]] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    light_heads: set[str] = field(default_factory=set)
    # (session 26) The head nouns of bodies' names ("Court", "Fund"): "the Court" names the phrase's ICC.
    body_nouns: set[str] = field(default_factory=set)
    # A region's name (lower case) -> the names of the countries in it: an entity of a phrase that names the
    # region is named again by any of them ("accession talks with Albania" for "enlargement to the Western
    # Balkans").
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Policy topics by id (topics.yaml; a user file's topic with a bundled id replaces it).
    topics: dict[str, Topic] = field(default_factory=dict)

    def evaluation(self, word: str) -> float:
        """Signed evaluative weight of a word (positive minus negative), 0 when not evaluative."""
        return self.positive.get(word, 0.0) - self.negative.get(word, 0.0)


@dataclass
class IssueDictionary:
    """Issues and the polarity lexicon, with a first-word index for fast matching."""

    issues: list[IssueEntry] = field(default_factory=list)
    lexicon: Lexicon = field(default_factory=Lexicon)
    files: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id: dict[str, IssueEntry] = {i.id: i for i in self.issues}
        self.version = "+".join(Path(f).name for f in self.files) or "empty"

    def get(self, issue_id: str) -> IssueEntry | None:
        """Return the issue with this id, or None."""
        return self.by_id.get(issue_id)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _compose(path: Path) -> yaml.Node | None:
    """Read a YAML file into a node tree (keeps line numbers) with size and syntax checks."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DictionaryError(name, None, f"file larger than {MAX_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DictionaryError(name, None, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(name, None, f"cannot read: {exc}") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DictionaryError(name, line, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise DictionaryError(name, None, f"invalid YAML: {exc}") from None


def _mapping(node: yaml.Node, name: str, what: str) -> list[tuple[str, yaml.Node, int]]:
    """Return (key, value node, line) pairs of a mapping node; duplicate keys are an error."""
    if not isinstance(node, yaml.MappingNode):
        raise DictionaryError(name, _line(node), f"{what} must be a mapping")
    out: list[tuple[str, yaml.Node, int]] = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            raise DictionaryError(name, _line(key_node), f"{what}: keys must be strings")
        if key in seen:
            raise DictionaryError(name, _line(key_node), f"{what}: duplicate key {key!r}")
        seen.add(key)
        out.append((key, value_node, _line(key_node)))
    return out


def _scalar(node: yaml.Node, name: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise DictionaryError(name, _line(node), f"{what} must be a non-empty string")
    return str(node.value).strip()


def _string_list(node: yaml.Node, name: str, what: str) -> list[tuple[str, int]]:
    if not isinstance(node, yaml.SequenceNode):
        raise DictionaryError(name, _line(node), f"{what} must be a list of strings")
    return [(_scalar(item, name, f"an entry of {what}"), _line(item)) for item in node.value]


def cue_words(text: str) -> tuple[str, ...]:
    """Split a cue into lower-case content words; hyphens split words as spaCy's tokenizer does."""
    words = re.split(r"[\s\-]+", text.lower().replace("’", "'"))
    return tuple(w for w in words if w and w not in FUNCTION_WORDS)


def _cue(text: str, name: str, line: int, what: str) -> Cue:
    if len(text) > 200:
        raise DictionaryError(name, line, f"{what}: cue longer than 200 characters")
    words = cue_words(text)
    if not words:
        raise DictionaryError(name, line, f"{what}: cue {text!r} has no content word")
    if len(words) > 6:
        raise DictionaryError(name, line, f"{what}: cue {text!r} has more than 6 content words")
    return Cue(words=words, text=text)


def _issue(node: yaml.Node, name: str) -> IssueEntry:
    fields = dict((k, (v, line)) for k, v, line in _mapping(node, name, "an issue"))
    where = _line(node)
    for key, (_, line) in fields.items():
        if key not in ISSUE_KEYS:
            raise DictionaryError(
                name, line, f"unknown issue key {key!r} (known: {', '.join(sorted(ISSUE_KEYS))})"
            )
    if "id" not in fields:
        raise DictionaryError(name, where, "issue without an id")
    issue_id = _scalar(fields["id"][0], name, "id")
    if not ID_RE.match(issue_id):
        raise DictionaryError(
            name, fields["id"][1], f"id {issue_id!r} must be lower_snake_case (a-z, 0-9, _)"
        )
    if "label" not in fields:
        raise DictionaryError(name, where, f"issue {issue_id!r} has no label")
    entry = IssueEntry(id=issue_id, label=_scalar(fields["label"][0], name, "label"), source=name, line=where)
    what = f"issue {issue_id!r}"
    if "description" in fields:
        entry.description = _scalar(fields["description"][0], name, "description")
    for key in ("cues", "weak", "counter", "weak_counter"):
        if key in fields:
            cues = [_cue(t, name, ln, f"{what} {key}") for t, ln in _string_list(fields[key][0], name, key)]
            setattr(entry, key, cues)
    if "combos" in fields:
        combos_node, line = fields["combos"]
        if not isinstance(combos_node, yaml.SequenceNode):
            raise DictionaryError(name, line, f"{what} combos must be a list of lists of word lists")
        for combo in combos_node.value:
            if not isinstance(combo, yaml.SequenceNode) or len(combo.value) < 2:
                raise DictionaryError(name, _line(combo), f"{what}: a combo needs at least two word groups")
            groups = []
            for group in combo.value:
                words = frozenset(w.lower() for w, _ in _string_list(group, name, "a combo group"))
                groups.append(words)
            entry.combos.append(groups)
    if "synonyms" in fields:
        syn_node, line = fields["synonyms"]
        if not isinstance(syn_node, yaml.SequenceNode):
            raise DictionaryError(name, line, f"{what} synonyms must be a list of word lists")
        for group in syn_node.value:
            words = frozenset(w.lower() for w, _ in _string_list(group, name, "a synonym group"))
            if len(words) < 2:
                raise DictionaryError(name, _line(group), f"{what}: a synonym group needs two words or more")
            entry.synonyms.append(words)
    if "scope" in fields:
        for value, line in _string_list(fields["scope"][0], name, "scope"):
            if value not in SCOPES:
                raise DictionaryError(name, line, f"{what}: scope {value!r} is not one of {sorted(SCOPES)}")
            entry.scope.append(value)
    if "principle" in fields:
        node_p, line = fields["principle"]
        value = str(node_p.value).strip().lower() if isinstance(node_p, yaml.ScalarNode) else ""
        if value not in {"true", "false"}:
            raise DictionaryError(name, line, f"{what}: principle must be true or false")
        entry.principle = value == "true"
    if not entry.cues and not entry.combos:
        raise DictionaryError(name, where, f"{what} has neither cues nor combos: it could never match")
    return entry


def _word_groups(node: yaml.Node, name: str, key: str) -> list[frozenset[str]]:
    """A list of word groups (each a list of two to MAX_GROUP_WORDS lemmas)."""
    if not isinstance(node, yaml.SequenceNode):
        raise DictionaryError(name, _line(node), f"{key} must be a list of word lists")
    groups: list[frozenset[str]] = []
    for group in node.value:
        words = frozenset(w.lower() for w, _ in _string_list(group, name, f"a group of {key}"))
        if not 2 <= len(words) <= MAX_GROUP_WORDS:
            raise DictionaryError(
                name, _line(group), f"{key}: a group needs 2 to {MAX_GROUP_WORDS} different words"
            )
        for word in words:
            if not cue_words(word):
                raise DictionaryError(name, _line(group), f"{key}: {word!r} has no content word")
        groups.append(words)
    return groups


def _topics(node: yaml.Node, name: str) -> list[Topic]:
    """The topics of a ``topics`` section, validated: an id, names and terms, each with content words."""
    if not isinstance(node, yaml.SequenceNode):
        raise DictionaryError(name, _line(node), "topics must be a list")
    out: list[Topic] = []
    seen: set[str] = set()
    for item in node.value:
        fields = {k: (v, line) for k, v, line in _mapping(item, name, "a topic")}
        for key, (_, line) in fields.items():
            if key not in TOPIC_KEYS:
                raise DictionaryError(
                    name, line, f"unknown topic key {key!r} (known: {', '.join(sorted(TOPIC_KEYS))})"
                )
        missing = sorted(TOPIC_KEYS - set(fields))
        if missing:
            raise DictionaryError(name, _line(item), f"a topic without {', '.join(missing)}")
        topic_id = _scalar(fields["id"][0], name, "id")
        if not ID_RE.match(topic_id):
            raise DictionaryError(name, fields["id"][1], f"topic id {topic_id!r} must be lower_snake_case")
        if topic_id in seen:
            raise DictionaryError(name, fields["id"][1], f"topic id {topic_id!r} defined twice")
        seen.add(topic_id)
        what = f"topic {topic_id!r}"
        names = tuple(
            _cue(t, name, ln, f"{what} names").words
            for t, ln in _string_list(fields["names"][0], name, "names")
        )
        terms = tuple(
            _cue(t, name, ln, f"{what} terms") for t, ln in _string_list(fields["terms"][0], name, "terms")
        )
        if not names or not terms:
            raise DictionaryError(name, _line(item), f"{what} needs at least one name and one term")
        out.append(Topic(topic_id, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(terms))))
    return out


def _lexicon_section(lexicon: Lexicon, key: str, node: yaml.Node, name: str) -> None:
    if key == TOPICS:
        lexicon.topics.update((t.id, t) for t in _topics(node, name))
        return
    if key == REGIONS:
        for region, members, line in _mapping(node, name, key):
            places = tuple(dict.fromkeys(w for w, _ in _string_list(members, name, f"{key}.{region}")))
            if len(places) < 2:
                raise DictionaryError(name, line, f"{key}.{region}: give two or more places")
            lexicon.regions[region.lower()] = places
        return
    if key in WORD_GROUPS:
        getattr(lexicon, key).extend(_word_groups(node, name, key))
        return
    if key == ONE_WAY:
        if not isinstance(node, yaml.SequenceNode):
            raise DictionaryError(name, _line(node), f"{key} must be a list of word lists")
        for group in node.value:
            words = list(dict.fromkeys(w.lower() for w, _ in _string_list(group, name, f"a list of {key}")))
            if not 2 <= len(words) <= MAX_GROUP_WORDS:
                raise DictionaryError(
                    name, _line(group), f"{key}: a list needs 2 to {MAX_GROUP_WORDS} different words"
                )
            for word in words:
                if not cue_words(word):
                    raise DictionaryError(name, _line(group), f"{key}: {word!r} has no content word")
            lexicon.one_way.setdefault(words[0], set()).update(words[1:])
        return
    if key in LEXICON_WEIGHTED:
        target: dict[str, float] = getattr(lexicon, key)
        for word, value_node, line in _mapping(node, name, key):
            try:
                weight = float(value_node.value) if isinstance(value_node, yaml.ScalarNode) else None
            except ValueError:
                weight = None
            if weight is None or not 0.0 < weight <= 1.0:
                raise DictionaryError(name, line, f"{key}: weight of {word!r} must be a number in (0, 1]")
            target[word.lower()] = weight
    else:
        entries = _string_list(node, name, key)
        if key in WORD_CLASSES:
            for word, line in entries:
                # (a YAML number or a stray symbol would load as a word no token ever has: "misuse: [3]")
                if len(word.split()) != 1 or not word.replace("-", "").replace("'", "").isalpha():
                    raise DictionaryError(name, line, f"{key}: {word!r} must be a single word")
        values: set[str] = getattr(lexicon, key)
        values.update(w.lower() for w, _ in entries)


def _check_lexicon(lexicon: Lexicon, name: str) -> None:
    both = set(lexicon.positive) & set(lexicon.negative)
    if both:
        raise DictionaryError(name, None, f"words both positive and negative: {', '.join(sorted(both))}")
    # An inability word is read only where an ability word is (polarity.negated).
    stray = lexicon.inability - lexicon.ability
    if stray:
        raise DictionaryError(
            name, None, f"inability words not among the ability words: {', '.join(sorted(stray))}"
        )


def _load_file(path: Path, issues: dict[str, IssueEntry], lexicon: Lexicon, *, bundled: bool) -> None:
    name = str(path)
    root = _compose(path)
    if root is None:
        raise DictionaryError(name, None, "empty file")
    top = _mapping(root, name, "the file")
    known = {
        "version",
        "issues",
        REGIONS,
        TOPICS,
        *LEXICON_WEIGHTED,
        *LEXICON_LISTS,
        *WORD_GROUPS,
        *WORD_LISTS,
        ONE_WAY,
    }
    for key, node, line in top:
        if key not in known:
            raise DictionaryError(
                name, line, f"unknown top-level key {key!r} (known: {', '.join(sorted(known))})"
            )
        if key == "version":
            continue
        if key == "issues":
            if not isinstance(node, yaml.SequenceNode):
                raise DictionaryError(name, line, "issues must be a list")
            for item in node.value:
                entry = _issue(item, name)
                old = issues.get(entry.id)
                if old is not None:
                    if old.source == name:
                        raise DictionaryError(name, entry.line, f"issue id {entry.id!r} defined twice")
                    log.warning(
                        "%s:%d: issue %r overrides %s:%d", name, entry.line, entry.id, old.source, old.line
                    )
                issues[entry.id] = entry
        else:
            _lexicon_section(lexicon, key, node, name)


def load_issues(extra: Sequence[str | Path] = ()) -> IssueDictionary:
    """Load the bundled issue dictionary and polarity lexicon plus the user's files (user entries win)."""
    issues: dict[str, IssueEntry] = {}
    lexicon = Lexicon()
    files = [ISSUES_FILE, LEXICON_FILE, SYNONYMS_FILE, TOPICS_FILE, *(Path(p) for p in extra)]
    for index, path in enumerate(files):
        _load_file(path, issues, lexicon, bundled=index < 4)
    _check_lexicon(lexicon, str(files[-1]))
    _add_gerunds(lexicon.harm)
    return IssueDictionary(issues=list(issues.values()), lexicon=lexicon, files=[str(f) for f in files])


VOWELS = frozenset("aeiou")


def gerund(verb: str) -> str:
    """The -ing form of a verb ("block" -> "blocking", "close" -> "closing", "stop" -> "stopping")."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if (
        len(verb) <= 4
        and len(verb) >= 3
        and verb[-1] not in VOWELS | {"w", "x", "y"}
        and verb[-2] in VOWELS
        and verb[-3] not in VOWELS
    ):
        return verb + verb[-1] + "ing"  # short closed syllable: stop, ban, cut
    return verb + "ing"


def _add_gerunds(words: dict[str, float]) -> None:
    """Harm verbs said as nouns ("the blocking of aid convoys"): spaCy keeps such a noun's -ing lemma."""
    for word, weight in list(words.items()):
        if " " not in word and "-" not in word and not word.endswith("ing"):
            words.setdefault(gerund(word), weight)


def all_synonym_groups(dictionary: IssueDictionary) -> Iterable[frozenset[str]]:
    """Every synonym group of every issue."""
    for issue in dictionary.issues:
        yield from issue.synonyms


def dump_issue(issue: IssueEntry) -> dict[str, Any]:
    """A JSON-ready summary of an issue (for docs and the API)."""
    return {"id": issue.id, "label": issue.label, "cues": [c.text for c in issue.cues], "scope": issue.scope}
