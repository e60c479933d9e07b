"""Find where a sentence talks about an issue: dictionary cues, combos, counter-cues and ad-hoc phrases.

A match yields an *anchor* token (the syntactic head of the matched words), from which polarity.py walks up
the dependency tree. Ad-hoc issues are short phrases typed by users; their words are expanded with the
dictionary's synonym groups and cues, and their named entities (countries, organisations) are matched by
name, demonym prefix or resolved actor code.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.actors.shared import load_shared_names
from communique.model import Actor, CommuniqueError, Issue
from communique.nlp.view import DocView, ViewSpan, ViewToken, doc_view
from communique.stance.loader import FUNCTION_WORDS, Cue, IssueDictionary, IssueEntry, Lexicon, cue_words
from communique.stance.polarity import CONCESSIVE_MARKS

MAX_GAP = 3  # tokens allowed between two consecutive cue words
MAX_ISSUE_CHARS = 300
MAX_MENTIONS_PER_SENTENCE = 24
LEAD_SENTENCES = 2  # the sentences where a statement names what it reacts to
ENTITY_LABELS = {"GPE", "NORP", "ORG", "LOC", "PERSON", "FAC"}
STOP = FUNCTION_WORDS | {"and", "or", "be", "the", "this", "that", "issue", "question", "situation", "matter"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a sentence talks about an issue."""

    key: str  # issue id, or "adhoc:<label>"
    anchor: int  # token index in the spaCy doc
    sign: int  # +1 for the issue itself, -1 for its reversal (lifting sanctions, releasing prisoners)
    weak: bool
    tokens: tuple[int, ...]


def token_forms(token: Token) -> tuple[str, str]:
    """The forms a cue word may match: lemma and lower-case text."""
    return token.lemma_.lower(), token.lower_


def doc_forms(doc: Doc) -> list[tuple[str, str, bool]]:
    """(lemma, lower text, is punctuation or space) of every token, computed once per parsed document."""
    forms = doc.user_data.get("communique_forms")
    if forms is None or len(forms) != len(doc):
        # From the document's parse view (shared with the other stages): no Token objects are built.
        view = doc_view(doc)
        odd = [bool(p or s) for p, s in zip(view.punct_flags, view.space_flags, strict=True)]
        forms = list(zip(view.lemma_lowers, view.lowers, odd, strict=True))
        doc.user_data["communique_forms"] = forms
    return forms


def _match_cue(
    cue: Cue, sent: Span, start: int, forms: list[tuple[str, str, bool]] | None = None, end: int | None = None
) -> tuple[int, ...] | None:
    """Match a cue whose first word is at token ``start``; later words may follow after small gaps."""
    if len(cue.words) == 1:
        return (start,)
    positions = [start]
    last = start
    if end is None:
        end = sent.end
    if forms is None:
        forms = doc_forms(sent.doc)
    for word in cue.words[1:]:
        found = None
        for j in range(last + 1, min(end, last + 2 + MAX_GAP)):
            if word == forms[j][0] or word == forms[j][1]:
                found = j
                break
        if found is None:
            return _passive_cue(cue, sent, start, forms, end)
        positions.append(found)
        last = found
    return tuple(positions)


def _passive_cue(
    cue: Cue, sent: Span, start: int, forms: list[tuple[str, str, bool]], end: int
) -> tuple[int, ...] | None:
    """A verb-and-object cue said in the passive: "access to the internet must be restored", "networks must
    be switched back on" ("restore access internet", "switch on network"). The cue's other words are found
    in the passive subject's phrase or among the few words right after the verb (its particles)."""
    verb = doc_view(sent.doc).tokens[start]
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return None
    places: list[int] = []
    for subject in subjects:
        places.extend(_subtree_positions(subject))
    places.extend(range(start + 1, min(end, start + 2 + MAX_GAP)))
    positions = [start]
    for word in cue.words[1:]:
        found = next(
            (j for j in places if j not in positions and (word == forms[j][0] or word == forms[j][1])), None
        )
        if found is None:
            return None
        positions.append(found)
    return tuple(positions)


def _subtree_positions(token: ViewToken) -> list[int]:
    """Positions of a parse-view token's phrase (itself and all it governs), in text order."""
    out = [token.i]
    stack = list(token.children)
    while stack:
        node = stack.pop()
        out.append(node.i)
        stack.extend(node.children)
    return sorted(out)


# Adverbs that, like a predicate on the object, make "leave X alone" or "leave X behind" a state, not a
# departure.
RESULTATIVE_ADVERBS = frozenset({"alone", "behind"})


def _resultative(doc: Doc, positions: tuple[int, ...]) -> bool:
    """A cue's verb with a predicate on its object that is not a word of the cue ("leave the countries alone",
    "leaves the country vulnerable"; "held accountable" is its own cue): it puts the object in a state, so a
    verb-and-object cue ("leave country") is not meant."""
    token = doc_view(doc)[positions[0]]
    return token.pos_ in {"VERB", "AUX"} and any(
        (c.dep_ == "oprd" or (c.dep_ == "advmod" and c.lower_ in RESULTATIVE_ADVERBS))
        and c.i not in positions
        for c in token.children
    )


def head_of(tokens: Iterable[int], doc: Doc) -> int:
    """The token of a set that is highest in the dependency tree (fewest ancestors)."""
    tokens = tuple(tokens)
    if len(tokens) == 1:
        return tokens[0]
    parsed = doc_view(doc).tokens  # head indices from the shared parse view
    best, best_depth = -1, 10_000
    for i in tokens:
        depth = 0
        node = i
        while parsed[node].head.i != node and depth < 40:
            node = parsed[node].head.i
            depth += 1
        if depth < best_depth:
            best, best_depth = i, depth
    return best


# Marks a referring word that is a general noun of the issue's kind, not a word of the issue itself.
KIND_MARK = "~"


@dataclass
class CompiledDictionary:
    """First-word indexes over the dictionary's cues and combos, built once per IssueDictionary."""

    dictionary: IssueDictionary
    # first word -> (issue, cue, sign, weak, the cue's other words): a cue whose other words are not all in
    # the document cannot match there, which one subset test tells before any token is compared.
    cue_index: dict[str, list[tuple[IssueEntry, Cue, int, bool, frozenset[str]]]] = field(
        default_factory=dict
    )
    combo_words: dict[str, list[IssueEntry]] = field(default_factory=dict)
    synonyms: dict[str, set[str]] = field(default_factory=dict)
    # (session 24) one-way synonyms (synonyms.yaml ``one_way``): a phrase's word -> what it may be said as.
    one_way: dict[str, set[str]] = field(default_factory=dict)
    cue_owner: dict[str, list[IssueEntry]] = field(default_factory=dict)
    families: dict[str, set[str]] = field(default_factory=dict)
    kinds: dict[str, set[str]] = field(default_factory=dict)
    marked_kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[IssueEntry, Cue, int, bool, frozenset[str]]]] = defaultdict(list)
        combo: dict[str, list[IssueEntry]] = defaultdict(list)
        syn: dict[str, set[str]] = defaultdict(set)
        owner: dict[str, list[IssueEntry]] = defaultdict(list)
        fam: dict[str, set[str]] = defaultdict(set)
        lexicon = self.dictionary.lexicon
        for group in lexicon.families:
            for word in group:
                fam[word].update(group)
        self.families = dict(fam)
        kinds: dict[str, set[str]] = defaultdict(set)
        for group in lexicon.kinds:
            for word in group:
                kinds[word].update(group)
        self.kinds = dict(kinds)
        # The same, marked as referring words (built once, not per mention).
        self.marked_kinds = {
            word: frozenset(KIND_MARK + w for w in group if " " not in w) for word, group in kinds.items()
        }
        for issue in self.dictionary.issues:
            for cues, sign, weak in (
                (issue.cues, 1, False),
                (issue.weak, 1, True),
                (issue.counter, -1, False),
                (issue.weak_counter, -1, True),
            ):
                for cue in cues:
                    for variant in self.cue_variants(cue):
                        rest = frozenset(variant.words[1:])
                        index[variant.words[0]].append((issue, variant, sign, weak, rest))
                    if sign == 1:
                        owner[" ".join(cue.words)].append(issue)
            for groups in issue.combos:
                for word in groups[0]:
                    combo[word].append(issue)
            for group in issue.synonyms:
                for word in group:
                    syn[word].update(group)
        for group in lexicon.synonyms:
            for word in group:
                syn[word].update(group)
        self.cue_index = dict(index)
        self.combo_words = dict(combo)
        # Every word that can start a cue or a combo: one membership test per form rejects most tokens.
        self.first_words = frozenset(self.cue_index) | frozenset(self.combo_words)
        self.synonyms = dict(syn)
        self.one_way = {word: set(said) for word, said in lexicon.one_way.items()}
        self.cue_owner = dict(owner)

    def cue_variants(self, cue: Cue) -> list[Cue]:
        """A cue and its variants with one word replaced by a member of its family ("detain activist")."""
        out = [cue]
        seen = {cue.words}
        if len(cue.words) > 3:
            return out
        for position, word in enumerate(cue.words):
            for other in sorted(self.families.get(word, ())):
                if " " in other or other == word:
                    continue
                words = (*cue.words[:position], other, *cue.words[position + 1 :])
                if words not in seen:
                    seen.add(words)
                    out.append(Cue(words, cue.text))
        return out

    def family(self, word: str) -> set[str]:
        """The word and its derivational family (nominal, verbal, adjectival forms) from synonyms.yaml."""
        return {word} | self.families.get(word, set())


_compiled: dict[int, CompiledDictionary] = {}


def compiled(dictionary: IssueDictionary) -> CompiledDictionary:
    """The compiled indexes of a dictionary, cached per dictionary object."""
    key = id(dictionary)
    hit = _compiled.get(key)
    if hit is None or hit.dictionary is not dictionary:
        hit = CompiledDictionary(dictionary)
        _compiled[key] = hit
    return hit


def dictionary_mentions(
    sent: Span,
    comp: CompiledDictionary,
    candidates: Sequence[int] | None = None,
    all_forms: list[tuple[str, str, bool]] | None = None,
    present: frozenset[str] | None = None,
) -> list[Mention]:
    """All dictionary-issue mentions in one sentence (weak ones are filtered per document later).

    ``candidates`` are the sentence's token positions whose forms start a cue or combo, when the caller has
    them for the whole document (``document_mentions``, which also passes the document's ``all_forms`` and
    ``present`` words); otherwise they are found here.
    """
    doc = sent.doc
    if all_forms is None:
        all_forms = doc_forms(doc)
    if present is None:
        present = doc_words(doc)
    found: dict[tuple[str, int], Mention] = {}
    # Forms -> first token having them, built only when a combo's first word is met (few sentences).
    first_with: dict[str, int] | None = None
    sent_start, sent_end = sent.start, sent.end
    if candidates is None:
        candidates = _cue_starts(all_forms, comp.first_words, sent_start, sent_end)
    cue_index = comp.cue_index
    combo_words = comp.combo_words
    for i in candidates:
        lemma_form, lower_form, _ = all_forms[i]
        forms = (lemma_form, lower_form)
        # The same form twice finds the same entries twice: the second pass can add nothing.
        # (Each index entry is in the list of its first word only: two distinct forms never meet one twice.)
        distinct = forms if lemma_form != lower_form else (lemma_form,)
        for form in distinct:
            for issue, cue, sign, weak, rest in cue_index.get(form, ()):
                # A word of the cue the document does not have: no match (the common case, no token read).
                if rest and not rest <= present:
                    continue
                positions = _match_cue(cue, sent, i, all_forms, sent_end)
                if positions is None or (len(positions) > 1 and _resultative(doc, positions)):
                    continue
                if (
                    weak
                    and len(positions) == 1
                    and _countermeasure(doc[positions[0]], comp.dictionary.lexicon.defensive_purposes)
                ):
                    continue
                anchor = head_of(positions, doc)
                key = (issue.id, anchor)
                old = found.get(key)
                # A strong cue beats a weak one on the same anchor; a longer cue beats a shorter one.
                if (
                    old is None
                    or (old.weak and not weak)
                    or (old.weak == weak and len(old.tokens) < len(positions))
                ):
                    found[key] = Mention(issue.id, anchor, sign, weak, positions)
            for issue in combo_words.get(form, ()):
                if first_with is None:
                    first_with = {}
                    tokens = doc_view(doc).tokens
                    for k in range(sent_start, sent_end):
                        if tokens[k].ent_type_ == "DATE":
                            # a date's words name no issue: "the attack of 12 March" is no march
                            continue
                        first_with.setdefault(all_forms[k][0], k)
                        first_with.setdefault(all_forms[k][1], k)
                positions_c = _match_combo(issue, i, forms, first_with)
                if positions_c is None:
                    continue
                anchor = positions_c[0]
                key = (issue.id, anchor)
                if key not in found or found[key].weak:
                    found[key] = Mention(issue.id, anchor, 1, False, positions_c)
    if len(found) < 2:
        return list(found.values())  # one mention has nothing to be nested in
    mentions = _drop_nested(list(found.values()))
    if len(mentions) > MAX_MENTIONS_PER_SENTENCE:
        # Run-on "sentences" (flattened tables, lists) repeat cues hundreds of times: keep a bounded sample,
        # strong cues first, so the cost per sentence stays bounded.
        mentions.sort(key=lambda m: (m.weak, m.anchor))
        mentions = mentions[:MAX_MENTIONS_PER_SENTENCE]
    return mentions


def _countermeasure(token: Token, purposes: set[str] | frozenset[str]) -> bool:
    """Whether a weak cue is the speaker's answer, not the issue: "will take (resolute) measures to safeguard
    the legitimate rights of its companies" after sanctions it opposes (session 11); ``purposes`` are the
    lexicon's defensive purposes."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() == "take"
        and any(
            c.dep_ in {"xcomp", "advcl", "relcl", "acl"} and c.lemma_.lower() in purposes
            for c in (*verb.children, *token.children)
        )
    )


def _cue_starts(
    forms: list[tuple[str, str, bool]], first_words: frozenset[str], start: int, end: int
) -> list[int]:
    """Positions in ``start..end`` whose lemma or lower-case form starts a cue or combo (no punctuation)."""
    return [
        i
        for i in range(start, end)
        if not forms[i][2] and (forms[i][0] in first_words or forms[i][1] in first_words)
    ]


def doc_words(doc: Doc) -> frozenset[str]:
    """Every lemma and lower-case form of a parsed document, computed once per document."""
    hit = doc.user_data.get("communique_words")
    if hit is None or hit[0] != len(doc):
        view = doc_view(doc)
        hit = doc.user_data["communique_words"] = (len(doc), frozenset(view.lemma_lowers).union(view.lowers))
    return hit[1]


def _match_combo(
    issue: IssueEntry, i: int, forms: tuple[str, str], first_with: dict[str, int]
) -> tuple[int, ...] | None:
    """Match a combo whose first group holds token ``i`` (its ``forms``); ``first_with`` maps forms to a token
    having them."""
    for groups in issue.combos:
        if forms[0] not in groups[0] and forms[1] not in groups[0]:
            continue
        positions = [i]
        for group in groups[1:]:
            # Set intersection first (C speed): most groups share no word with the sentence. Of several words
            # present, the one nearest the first word, whatever the set order (same output on every run and
            # every Spark worker, whatever PYTHONHASHSEED). keys() first: ``group & keys`` is typed frozenset
            # but is a set, which the compiled build checks and refuses
            hit = min(
                (first_with[w] for w in first_with.keys() & group if first_with[w] != i),
                key=lambda p: (abs(p - i), p),
                default=None,
            )
            if hit is None:
                break
            positions.append(hit)
        else:
            return tuple(positions)
    return None


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per issue and anchor region: weak mentions inside a strong one's tokens go."""
    strong_tokens: dict[str, set[int]] = defaultdict(set)
    counter_tokens: dict[str, set[int]] = defaultdict(set)
    any_weak = False
    for m in mentions:
        if not m.weak:
            strong_tokens[m.key].update(m.tokens)
            if m.sign < 0 and len(m.tokens) > 1:
                counter_tokens[m.key].update(m.tokens)
        else:
            any_weak = True
    if not any_weak and not counter_tokens:
        return mentions  # nothing weak to drop, no reversal to hold an issue
    # The issue named inside its own reversal ("the moratorium on executions", "the release of political
    # prisoners") is that reversal, whatever the parser attached "on executions" to.
    return [
        m
        for m in mentions
        if not (m.weak and m.anchor in strong_tokens[m.key])
        and not (m.sign > 0 and m.anchor in counter_tokens[m.key])
    ]


# --------------------------------------------------------------------------------------------- ad hoc


@dataclass
class Term:
    """A word of an ad-hoc issue phrase with the cues that may stand for it."""

    text: str
    kind: str  # head | argument | modifier | entity
    alternatives: list[Cue] = field(default_factory=list)
    # Looser stand-ins ("forces" for "deployment"): they count only next to an entity of the phrase.
    weak_alternatives: list[Cue] = field(default_factory=list)
    place: bool = False  # a country, place or nationality (entities only)
    # Actor codes the entity resolves to ("Swedish" -> SWE, "NATO" -> IGONATO): a sentence naming an actor
    # of that country or code names the entity ("Stockholm", "Pristina's decision" for "Kosovo").
    codes: frozenset[str] = frozenset()
    # Verbs derived by rule from a nominal word ("postponement" -> "postpone"): they match verbs only.
    verbs: frozenset[str] = frozenset()
    far_verbs: frozenset[str] = frozenset()
    # How many of the alternatives are the word's own family (the rest are synonyms and cues of issues).
    own: int = 0
    # Cues of the reversal of the dictionary issue the head names ("release" for "imprisonment").
    counters: list[Cue] = field(default_factory=list)
    # (session 24) The stand-ins reached only by a one-way synonym ("withdrawal" for "repeal"): as the head's,
    # they need another noun of the phrase in the sentence.
    one_way: frozenset[tuple[str, ...]] = frozenset()
    # (session 26) The full name of the body an entity resolves to and the head noun of that name
    # ("International Criminal Court", "Court" for "ICC"): "the Court" names it where no other body of that
    # noun is named.
    body: tuple[str, str] = ("", "")


@dataclass
class AdhocIssue:
    """An issue typed by the user: a short phrase compiled into terms."""

    label: str
    head: Term
    commons: list[Term]
    entities: list[Term]
    issue_id: str | None = None  # set when the phrase names a dictionary issue
    # The head says little alone ("opening of accession talks"): another noun of the phrase must be there too.
    light_head: bool = False
    # (session 19) The terms of the topics the phrase names (topics.yaml: "statutory age" for "French pension
    # reform"): a document with no word of the head reads a sentence holding one as naming the phrase.
    topic: Term | None = None
    # The nouns of the head's kind (synonyms.yaml ``kinds``): a topic's word of another kind is another thing.
    head_kind: frozenset[str] = frozenset()
    # (session 20) The terms of the topic that names the phrase's compounded noun too ("seabed" for deep-sea
    # mining): the broader topic's terms ("extract", "mineral") count only in a document holding one of them.
    topic_specific: frozenset[tuple[str, ...]] = frozenset()
    # (session 21) The initials of the phrase's words around its head ("CSDDD" for "corporate sustainability
    # due diligence directive", "COC" for "Code of Conduct"): a statement naming the thing by them names it.
    acronyms: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        """Key used to group mentions and stances."""
        return self.issue_id or f"adhoc:{self.label}"

    @property
    def arguments(self) -> list[Term]:
        """The phrase's nouns other than the head and its entities ("grain" in "Black Sea grain deal")."""
        return [t for t in self.commons if t.kind in {"argument", "compound"}]

    @property
    def complements(self) -> list[Term]:
        """The nouns attached to the phrase by a preposition ("weapons" in "deployment of weapons")."""
        return [t for t in self.commons if t.kind == "argument"]

    def issue(self, dictionary: IssueDictionary) -> Issue:
        """The issue record for output."""
        if self.issue_id:
            entry = dictionary.get(self.issue_id)
            return Issue(id=self.issue_id, label=entry.label if entry else self.label)
        return Issue(id=None, label=self.label)

    def prefilter_words(self) -> set[str]:
        """First words of every cue that may stand for the head (for cheap document pre-filters)."""
        words = {c.words[0] for c in [*self.head.alternatives, *self.head.weak_alternatives]}
        words |= set(self.head.verbs) | set(self.head.far_verbs)
        if self.light_head:
            words |= {c.words[0] for t in self.arguments for c in t.alternatives}
        if self.topic is not None:
            words |= {c.words[0] for c in self.topic.alternatives}
        return words | {a.lower() for a in self.acronyms}


def normalise_issue_text(text: str) -> str:
    """Validate and tidy a user's issue phrase: not empty, not a paragraph."""
    cleaned = re.sub(r"\s+", " ", (text or "").replace("\x00", " ")).strip().strip("\"'")
    if not cleaned:
        raise CommuniqueError(
            "the issue is empty: give a short phrase such as 'CSTO deployment to Kazakhstan'"
        )
    if len(cleaned) > MAX_ISSUE_CHARS:
        raise CommuniqueError(
            f"the issue is {len(cleaned)} characters long (at most {MAX_ISSUE_CHARS}): give a short phrase "
            "such as 'sanctions on Belarus', not a paragraph"
        )
    return cleaned


#: An issue written as an identifier: lower-case words joined by underscores ("internet_shutdowns").
ID_LIKE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")


def _id_key(name: str) -> tuple[str, ...]:
    """An id's words in the singular: "internet_shutdowns" and "internet_shutdown", "death_penalties" and
    "death_penalty" agree."""
    words = re.split(r"[\s_]+", name.lower())
    return tuple(w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s") for w in words if w)


def dictionary_issue_named(label: str, dictionary: IssueDictionary) -> IssueEntry | None:
    """The dictionary issue ``label`` names: its id, its label or its id with spaces, in any case; an id-like
    label also names the issue whose id differs only in its words' plural endings."""
    lowered = label.lower()
    for entry in dictionary.issues:
        if lowered in (entry.id, entry.label.lower(), entry.id.replace("_", " ")):
            return entry
    if ID_LIKE.fullmatch(label):
        key = _id_key(label)
        return next((e for e in dictionary.issues if _id_key(e.id) == key), None)
    return None


# Direction words qualify a place ("northern Syria" is said "the north of Syria"): not words to require.
DIRECTIONS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}


def compile_adhoc(
    text: str, dictionary: IssueDictionary, nlp: object | None = None, actor_dictionary: object | None = None
) -> AdhocIssue:
    """Turn a user's issue phrase into an ad-hoc issue, or the dictionary issue it names.

    The phrase is parsed into its head noun (``operation``), its other nouns (``grain`` in "grain deal",
    ``negotiations`` in "opening of accession negotiations"), its modifiers (``military``) and its entities
    (places, nationalities, organisations). Each word is expanded with its derivational family, the synonym
    groups of synonyms.yaml and of the issue dictionary, and (for the head) the cues of the dictionary issue
    it is a cue of. Entities are resolved to actor codes with ``actor_dictionary`` (the coder's, with the
    user's own actor files); without one, with the bundled actor dictionary.
    """
    label = normalise_issue_text(text)
    entry = dictionary_issue_named(label, dictionary)
    if entry is not None:
        return _dictionary_adhoc(entry)
    if ID_LIKE.fullmatch(label):
        # "press_freedom", "use_of_force_against_protesters": an id written for a dictionary that has no such
        # issue is the phrase its words make, not one unknown word.
        label = label.replace("_", " ")
    if nlp is None:
        from communique.nlp import get_nlp

        nlp = get_nlp()
    pdoc = nlp(label)  # type: ignore[operator]
    comp = compiled(dictionary)
    content = [
        t
        for t in pdoc
        if not (t.is_punct or t.is_space or t.lower_ in STOP or t.is_stop)
        and any(ch.isalpha() for ch in t.text)
    ]
    if not content:
        raise CommuniqueError(f"the issue {label!r} has no content word: name what the statements are about")
    # (A lower-case organisation or person the recogniser finds, "amnesty" in "amnesty law for former
    # combatants", is a common word: places keep their lower-case spelling, "sanctions on russia".)
    entity_ids = {
        t.i
        for ent in pdoc.ents
        if ent.label_ in ENTITY_LABELS
        and (ent.label_ in {"GPE", "NORP", "LOC"} or any(t.text[:1].isupper() for t in ent))
        for t in ent
    }
    # A lower-case word the tagger calls a proper noun ("arbitral award" in "arbitral award on the South
    # China Sea") is a common word: only capitalised ones name someone.
    entity_ids |= {
        t.i for t in content if (t.pos_ == "PROPN" and t.text[:1].isupper()) or (t.is_upper and len(t) > 1)
    }
    # A capitalised word the tagger took for an adjective or a noun ("Senegal" in "Senegal election
    # postponement") is an entity when it names an actor or a place of the actor dictionary.
    entity_ids |= {
        t.i
        for t in content
        if t.i not in entity_ids
        and t.text[:1].isupper()
        and t.pos_ in {"ADJ", "NOUN"}
        and entity_codes(t.text, dictionary=actor_dictionary)
    }
    if len(content) == 1:
        only = content[0]
        owners = comp.cue_owner.get(only.lemma_.lower()) or comp.cue_owner.get(only.lower_) or []
        if len({o.id for o in owners}) == 1:
            return _dictionary_adhoc(owners[0])
        raise CommuniqueError(
            f"the issue {label!r} is a single word that names no dictionary issue; use a phrase of two "
            "words or more (e.g. 'sanctions on Belarus') or a dictionary id (see docs/issues.md)"
        )
    commons_tokens = [t for t in content if t.i not in entity_ids]
    if not commons_tokens:
        # "Lobito Corridor", "Online Safety Act", "the Paris Agreement": a capitalised name of a thing, not of
        # an actor. Its last word, a common noun once lower-cased, is the head; the other words stay entities.
        named = _named_thing_head(pdoc, content, nlp, actor_dictionary, dictionary.lexicon.titles)
        if named is not None:
            entity_ids.discard(named.i)
            commons_tokens = [named]
    if not commons_tokens:
        raise CommuniqueError(
            f"the issue {label!r} names only actors; say what about them (e.g. 'troops of X')"
        )
    root = next((t for t in pdoc if t.head.i == t.i), content[0])
    nouns = [t for t in commons_tokens if t.pos_ in {"NOUN", "VERB"}]
    head_token = root if root in commons_tokens else head_of_tokens(nouns or commons_tokens)
    following = pdoc[root.i + 1] if root.i + 1 < len(pdoc) else None
    if (
        root.tag_ in {"VBD", "VBN"}
        and following is not None
        and following.pos_ == "NOUN"
        and following.dep_ == "compound"
    ):
        # "Fukushima treated water release" parses as a clause ("Fukushima treated ..."): a participle
        # before a noun compound modifies it, and the compound's head noun is the phrase's head.
        obj = following.head
        if obj.pos_ == "NOUN" and obj in commons_tokens:
            head_token = obj
    head_alternatives = _alternatives(head_token, comp, head=True)
    own_count = len({w for f in _forms(head_token) for w in comp.family(f)})
    head = Term(
        head_token.text,
        "head",
        head_alternatives,
        _weak_alternatives(head_token, comp),
        verbs=frozenset(v for f in _forms(head_token) for v in derived_verbs(f)),
        # Verbs of its one-word stand-ins ("stationing" -> "station"), ranked after every stand-in.
        far_verbs=frozenset(
            v for c in head_alternatives if len(c.words) == 1 for v in derived_verbs(c.words[0])
        ),
        own=own_count,
        one_way=_one_way_only(head_token, comp),
        counters=[
            c
            for f in _forms(head_token)
            for issue in comp.cue_owner.get(f, ())
            for c in [*issue.counter, *issue.weak_counter]
        ],
    )
    commons = []
    for t in commons_tokens:
        if t == head_token or t.lower_ in DIRECTIONS:
            continue
        # Nouns: "argument" when attached by a preposition ("weapons" in "deployment of weapons"), "compound"
        # when they modify another noun ("grain" in "grain deal", "ground" in "ground offensive").
        if t.pos_ not in {"NOUN", "VERB"} or (t.i == root.i and t.tag_ in {"VBD", "VBN"}):
            kind = "modifier"  # (a displaced participle root modifies the head: "treated water release")
        else:
            kind = "compound" if t.dep_ in {"compound", "amod", "nmod"} else "argument"
        verbs = frozenset(v for f in _forms(t) for v in derived_verbs(f))
        own_words = {w for f in _forms(t) for w in comp.family(f) | computed_family(f, verb=t.pos_ == "VERB")}
        commons.append(
            Term(t.text, kind, _alternatives(t, comp, head=False), verbs=verbs, own=len(own_words))
        )
    places = {t.i for ent in pdoc.ents if ent.label_ in {"GPE", "NORP", "LOC"} for t in ent}
    ent_text = {t.i: ent.text for ent in pdoc.ents for t in ent}
    entities = [
        Term(
            t.text,
            "entity",
            [Cue((t.lower_,), t.text)],
            place=t.i in places,
            codes=entity_codes(t.text, ent_text.get(t.i, t.text), dictionary=actor_dictionary)
            | _region_codes(ent_text.get(t.i, t.text), dictionary, actor_dictionary),
            body=_body_name(t.text, dictionary.lexicon.body_nouns, actor_dictionary),
        )
        for t in content
        if t.i in entity_ids and t != head_token
    ]
    topic, specific = _topic_term(pdoc, head_token, comp, [t for t in commons_tokens if t.pos_ == "NOUN"])
    light = bool(_forms(head_token) & dictionary.lexicon.light_heads) and any(
        c.kind in {"argument", "compound"} for c in commons
    )
    return AdhocIssue(
        label=label,
        head=head,
        commons=commons,
        entities=entities,
        light_head=light,
        topic=topic,
        head_kind=frozenset(w for f in _forms(head_token) for w in comp.kinds.get(f, ())),
        topic_specific=specific,
        acronyms=_acronyms(pdoc, head_token),
    )


MIN_ACRONYM = 3  # two letters ("AI", "EU") are too often something else


def _acronyms(pdoc: Doc, head: Token) -> frozenset[str]:
    """The initials of every run of two or more of the phrase's words that holds its head, with and without
    their function words ("COC" and "CC" for "Code of Conduct"), of at least MIN_ACRONYM letters."""
    words = [t for t in pdoc if t.is_alpha and t.dep_ != "det"]
    if head not in words:
        return frozenset()
    at = words.index(head)
    out: set[str] = set()
    for i in range(at + 1):
        for j in range(max(at, i + 1), len(words)):
            run = words[i : j + 1]
            if not _whole_name(words, i, j):
                continue
            for initials in (
                "".join(t.text[0] for t in run),
                "".join(t.text[0] for t in run if t.lower_ not in STOP),
            ):
                if len(initials) >= MIN_ACRONYM:
                    out.add(initials.upper())
    return frozenset(out)


def _whole_name(words: list[Token], i: int, j: int) -> bool:
    """Whether a run of the phrase's words is all common words, or a whole capitalised name ("CTBT", never
    "TBT" of "Comprehensive Test Ban Treaty"; never "PAC" of "Paris Agreement on climate")."""
    caps = [t.text[:1].isupper() for t in words]
    content = [k for k in range(i, j + 1) if words[k].lower_ not in STOP]
    if not any(caps[k] for k in content):
        # common words from the first of them: "CRMA", not "RMA"; "CSDDD" after "EU", not "DDD"
        return i == 0 or caps[i - 1]
    if not all(caps[k] for k in content):
        return False
    return (i == 0 or not caps[i - 1]) and (j == len(words) - 1 or not caps[j + 1])


def acronym_in(issue: AdhocIssue, sent: Span) -> int | None:
    """Position of a word of the sentence written as the phrase's initials ("the CSDDD"), or None."""
    if not issue.acronyms:
        return None
    doc = sent.doc
    for i in range(sent.start, sent.end):
        text = doc[i].text
        if (
            len(text) >= MIN_ACRONYM
            and text.isalpha()
            and sum(ch.isupper() for ch in text) >= 2
            and text[0].isupper()
            and text.upper() in issue.acronyms
        ):
            return i
    return None


def _topic_term(
    pdoc: Doc, head: Token, comp: CompiledDictionary, nouns: Sequence[Token] = ()
) -> tuple[Term | None, frozenset[tuple[str, ...]]]:
    """The terms of the topics the phrase names (all words of one of a topic's names in it), or None.

    Topics named with the head come first and alone: "Senegal election postponement" is about the putting
    off ("delay", "new date"), not about the vote itself, which "organise the vote" names; "French pension
    reform", whose head names no topic, takes the topic of "pension".
    """
    forms = {f for t in pdoc if not (t.is_punct or t.is_space) for f in (t.lemma_.lower(), t.lower_)}
    head_forms = {head.lemma_.lower(), head.lower_}
    # Each topic the phrase names, with the phrase's words its names cover.
    covers = [
        (topic, frozenset(w for name in topic.names if all(w in forms for w in name) for w in name))
        for topic in comp.dictionary.lexicon.topics.values()
    ]
    named = [(topic, cover) for topic, cover in covers if cover]
    narrower: set[str] = set()
    specific: set[tuple[str, ...]] = set()
    if any(head_forms & cover for _, cover in named):
        # (session 20) The head names a kind of thing ("tax"); a noun compounded with it says which one ("the
        # carbon tax"). The terms of the topics that name that noun too are required: the terms of taxes in
        # general (an income tax, VAT) alone say another tax than the carbon tax, and count only next to one
        # of them ("extract minerals from the seabed" for deep-sea mining). A compounded noun no topic names
        # makes the phrase narrower than any of them ("the sugar tax"): the head's own word and its stand-ins
        # then say another one of its kind ("the property tax", "a levy on homes"), and only the topic's other
        # terms may stand for it ("the revenues of technology companies" for a digital services tax). (An
        # entity says which one by itself and scopes the terms: "recognition of Palestine" keeps the terms of
        # recognition in general.)
        kinds = [t for t in nouns if t.head.i == head.i and t.dep_ in {"compound", "nmod"}]
        covered = {w for _, cover in named for w in cover}
        if any(not _forms(t) & covered for t in kinds):
            narrower = {w for c in _alternatives(head, comp, head=True) for w in c.words} | head_forms
            # The other words of a name of the head's kind name another one of its kind ("windfall" of "a
            # windfall tax", "value added" of "value added tax" for "the fuel tax"), as do the one-word names
            # of the topics the head names ("VAT").
            narrower |= {
                w
                for topic, cover in covers
                for name in topic.names
                if head_forms & set(name) or (len(name) == 1 and head_forms & cover)
                for w in name
            }
        named = [(topic, cover) for topic, cover in named if head_forms & cover]
        said = {f for t in kinds for f in _forms(t)}
        widest = max(len(cover & said) for _, cover in named)
        if widest:
            specific = {
                cue.words for topic, cover in named if len(cover & said) == widest for cue in topic.terms
            }
    # The phrase's own nouns keep their own rules (they stand for the phrase only with its head: "the freeze
    # of the minimum wage" is not "raising the minimum wage"): a term made of the phrase's words adds nothing
    # ("a Palestinian state" still counts for "the two-state solution").
    own = {f for t in pdoc if t.i != head.i and t.pos_ in {"NOUN", "PROPN"} for f in _forms(t)}
    cues: dict[tuple[str, ...], Cue] = {}
    for topic, _ in named:
        for cue in topic.terms:
            if own.intersection(cue.words) and forms.issuperset(cue.words):
                continue
            if any(_derived_from(w, n, comp) for w in cue.words for n in narrower):
                continue  # ("taxation", "taxpayer" for the sugar tax; not "taxi")
            cues.setdefault(cue.words, cue)
    # Longest first: "retirement age" anchors on "age" (the thing acted on), not on "retirement".
    ordered = sorted(cues.values(), key=lambda c: -len(c.words))
    if not cues or (specific and not specific & cues.keys()):
        return None, frozenset()
    return Term("topic", "topic", ordered), frozenset(specific & cues.keys())


# Endings that make a word of the same family ("taxation", "taxes"); anything else after a word's letters
# makes another word ("taxi", "mineral", "damage").
DERIVATION_ENDINGS = frozenset(
    {"", "s", "es", "ed", "ing", "ation", "ations", "ion", "ions", "al", "ment", "ments"}
)


def _derived_from(word: str, base: str, comp: CompiledDictionary) -> bool:
    """Whether a word is the base, of its family or a compound it begins ("taxpayer"), not a longer word."""
    if word in comp.family(base) or word in computed_family(base):
        return True
    if not word.startswith(base):
        return False
    rest = word[len(base) :]
    # A compound joins a word of its own: "tax" + "payer"; "mine" + "ral" is no word joined.
    return rest in DERIVATION_ENDINGS or (
        len(rest) >= 4 and rest[0] not in "aeiouy" and base[-1] not in "aeiou"
    )


def _named_thing_head(
    pdoc: Doc,
    content: Sequence[Token],
    nlp: object,
    actor_dictionary: object | None,
    titles: frozenset[str] | set[str] = frozenset(),
) -> Token | None:
    """The head of a name of a thing ("Corridor" in "Lobito Corridor"), or None for a name of actors.

    The phrase's root word must be its last content word, or be followed by its own prepositional phrase
    ("Pact" in "EU Pact on Migration and Asylum", "Treaty on ..."), name no actor nor office ("President of
    France"), and read as a common noun once lower-cased ("the corridor", "the act"); "Russia and Ukraine"
    or "the African Union" stay actors.
    """
    root = next((t for t in pdoc if t.head.i == t.i), None)
    if root is None or len(content) < 2 or not root.is_alpha or root.lower_ in titles:
        return None
    after = pdoc[root.i + 1] if root.i + 1 < len(pdoc) else None
    titled = after is not None and after.dep_ == "prep" and after.head.i == root.i
    if root.i != content[-1].i and not titled:
        return None
    if entity_codes(root.text, dictionary=actor_dictionary):
        return None
    if titled and root.i == content[0].i:
        # "the Treaty of Lisbon", "the Code of Conduct for the Arctic" are things; "the Government of France"
        # or "the Council of Europe" name an actor as a whole (more than the place they hold)
        inside = {code for t in content[1:] for code in entity_codes(t.text, dictionary=actor_dictionary)}
        if entity_codes(pdoc.text, dictionary=actor_dictionary) - inside:
            return None
    lowered = nlp(f"the {root.lower_}")  # type: ignore[operator]
    if lowered[-1].pos_ != "NOUN":
        return None
    return root


_actor_dictionary: list[object] = []


def _or_bundled(dictionary: object | None) -> object:
    """The given actor dictionary, or the bundled one, loaded once."""
    from communique.actors import load_actor_dictionary

    if dictionary is not None:
        return dictionary
    if not _actor_dictionary:
        _actor_dictionary.append(load_actor_dictionary(()))
    return _actor_dictionary[0]


def entity_codes(*names: str, dictionary: object | None = None) -> frozenset[str]:
    """Actor codes of an entity of a phrase (empty if none), resolved with the given actor dictionary.

    The coder passes its own dictionary (bundled plus the user's actor files); callers without one get the
    bundled dictionary, loaded once.
    """
    from communique.actors import resolve_name

    dictionary = _or_bundled(dictionary)
    codes = set()
    for name in dict.fromkeys(names):
        actor = resolve_name(name, None, dictionary)  # type: ignore[arg-type]
        if actor is not None and actor.code:
            codes.add(actor.code)
    return frozenset(codes)


def _region_codes(name: str, dictionary: IssueDictionary, actor_dictionary: object | None) -> frozenset[str]:
    """The actor codes of the countries of a region a phrase names ("Western Balkans" -> ALB, SRB, ...).

    The actors' groups of states (shared_names.yaml ``state_groups``: "Baltic States", "Nordic countries")
    first, by code; then the stance lexicon's regions (synonyms.yaml), by country name.
    """
    key = name.lower().removeprefix("the ")
    group = load_shared_names().state_groups.get(key)
    if group:
        return frozenset(group)
    members = dictionary.lexicon.regions.get(key)
    return entity_codes(*members, dictionary=actor_dictionary) if members else frozenset()


def _body_name(name: str, nouns: set[str], actor_dictionary: object | None) -> tuple[str, str]:
    """The full name of the body an entity of a phrase resolves to and its head noun, when that noun is a
    body's (``body_nouns``): ("International Court of Justice", "Court") for "ICJ"; else empty."""
    from communique.actors import resolve_name

    if not nouns:
        return ("", "")
    actor = resolve_name(name, None, _or_bundled(actor_dictionary))  # type: ignore[arg-type]
    full = (actor.name or "") if actor is not None else ""
    words = full.split()
    # The head noun of a name is its last word before a preposition ("Court" in "Court of Justice").
    lead = next((k for k, w in enumerate(words) if w in {"of", "for", "on", "in"}), len(words))
    if lead < 2 or not words[lead - 1].istitle() or words[lead - 1].lower() not in nouns:
        return ("", "")
    return (full, words[lead - 1])


def _body_named(term: Term, sent: Span) -> bool:
    """Whether a sentence names the body of an entity by the head noun of its name ("the Court's decision" for
    the ICC), in a document naming no other body of that noun ("the Supreme Court", "the Court of Appeal")."""
    full, noun = term.body
    doc = sent.doc
    key = f"communique_body:{full}"
    own = doc.user_data.get(key)
    if own is None:
        name = full.split()
        own = True
        for t in doc:
            if t.text != noun:
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            after = doc[t.i + 1 : t.i + 3]
            # Another body: a capitalised word before the noun that is not its own name's, or "of X" after it
            # that its own name does not have.
            if before is not None and before.text[:1].isupper() and before.lower_ != "the":
                own = own and before.text in name
            elif len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper():
                own = own and after[1].text in name
        doc.user_data[key] = own
    if not own:
        return False
    return any(t.text == noun and t.i > sent.start and doc[t.i - 1].lower_ == "the" for t in sent)


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


# Regular nominalisations and the verb endings they come from: "postponement" -> "postpone",
# "negotiation" -> "negotiate", "withdrawal" -> "withdraw", "closure" -> "close", "filling" -> "fill".
NOMINAL_SUFFIXES = (
    ("isation", ("ise", "ize")),
    ("ization", ("ize", "ise")),
    ("ation", ("ate", "", "e")),
    ("ition", ("ite", "")),
    ("sion", ("d", "de", "t")),
    ("ment", ("",)),
    ("ion", ("", "e")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("e", "")),
    ("al", ("", "e")),
    ("ing", ("", "e")),
)
MIN_STEM = 4


def derived_verbs(word: str) -> frozenset[str]:
    """Candidate verbs a noun comes from by a regular suffix (matched only against verbs in a sentence)."""
    hit = _derived_cache.get(word)
    if hit is None:
        if len(_derived_cache) > 50_000:
            _derived_cache.clear()
        hit = _derived_cache[word] = frozenset(_derived_verbs(word))
    return hit


_derived_cache: dict[str, frozenset[str]] = {}


def _derived_verbs(word: str) -> set[str]:
    out: set[str] = set()
    if len(word) < 6 or " " in word:
        return out
    for suffix, endings in NOMINAL_SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) < MIN_STEM - 1:
                continue
            for ending in endings:
                verb = stem + ending
                if len(verb) >= MIN_STEM and verb != word:
                    out.add(verb)
                # Doubled consonants: "shipping" -> "ship", "planning" -> "plan".
                if suffix == "ing" and len(stem) > 3 and stem[-1] == stem[-2] and not ending:
                    out.add(stem[:-1])
            break
    return out


def computed_family(word: str, *, verb: bool = False) -> frozenset[str]:
    """Regular derivations of a word, computed rather than listed (matched with any part of speech).

    A noun in -ion, -ment or -ure has an adjective in -al ("transition" -> "transitional", "constitution"
    -> "constitutional") and an adjective in -ional or -mental its noun; a verb of a phrase ("deploy",
    "annex", "withdraw") has its nominalisations ("deployment", "annexation", "withdrawal"). Words that are
    not English never occur in a text, so over-generation costs nothing; short words get no family (the
    derivations of "state" would reach "statement").
    """
    if len(word) < 5 or " " in word or not word.isalpha():
        return frozenset()
    out: set[str] = set()
    if word.endswith(("ion", "ment", "ure")):
        out.add(word + "al")
    if word.endswith(("ional", "mental", "ural")) and len(word) > 7:
        out.add(word[:-2])
    if verb:
        base = word[:-1] if word.endswith("e") else word
        out |= {word + "ment", base + "ation", base + "ion", word + "al"}
    out.discard(word)
    return frozenset(out)


def head_of_tokens(tokens: Sequence[Token]) -> Token:
    """The highest token of a list in its parse."""
    doc = tokens[0].doc
    return doc[head_of([t.i for t in tokens], doc)]


def _dictionary_adhoc(entry: IssueEntry) -> AdhocIssue:
    return AdhocIssue(
        label=entry.label, head=Term(entry.id, "head"), commons=[], entities=[], issue_id=entry.id
    )


def _alternatives(token: Token, comp: CompiledDictionary, *, head: bool) -> list[Cue]:
    """A term's forms, their families and synonym groups and, for the head, cues of issues it is a cue of.

    Ordered closest first (own family, then synonyms and dictionary cues, then families of synonyms): a
    sentence holding several is anchored on the closest ("Initiative" for "deal", not "agreed").
    """
    forms = _forms(token)
    own: set[str] = set()
    for form in forms:
        own |= comp.family(form) | computed_family(form, verb=token.pos_ == "VERB")
    near: set[str] = set()
    for word in own:
        near |= comp.synonyms.get(word, set()) | comp.one_way.get(word, set())
    # Families of synonyms: "invade" for "operation" (via "invasion"), then nothing further.
    far: set[str] = set()
    for word in near:
        far |= comp.families.get(word, set())
    cues = [Cue(cue_words(w) or (w,), w) for w in sorted(own)]
    cues += [Cue(cue_words(w) or (w,), w) for w in sorted(near - own)]
    if head:
        for form in forms:
            for issue in comp.cue_owner.get(form, ()):
                cues.extend(issue.cues)
    cues += [Cue(cue_words(w) or (w,), w) for w in sorted(far - near - own)]
    unique: dict[tuple[str, ...], Cue] = {}
    for cue in cues:
        unique.setdefault(cue.words, cue)
    return list(unique.values())


def _one_way_only(token: Token, comp: CompiledDictionary) -> frozenset[tuple[str, ...]]:
    """The stand-ins of a word reached only by a one-way synonym and its family ("withdraw" for "repeal")."""
    own: set[str] = set()
    for form in _forms(token):
        own |= comp.family(form) | computed_family(form, verb=token.pos_ == "VERB")
    one_way: set[str] = set()
    both: set[str] = set(own)
    for word in own:
        one_way |= comp.one_way.get(word, set())
        both |= comp.synonyms.get(word, set())
    one_way |= {w for word in one_way for w in comp.families.get(word, set())}
    both |= {w for word in both for w in comp.families.get(word, set())}
    return frozenset(cue_words(w) or (w,) for w in one_way - both)


def _weak_alternatives(token: Token, comp: CompiledDictionary) -> list[Cue]:
    """The weak cues of the issues a head word is a cue of."""
    out: list[Cue] = []
    for form in _forms(token):
        for issue in comp.cue_owner.get(form, ()):
            out.extend(issue.weak)
    return out


def _term_positions(term: Term, sent: Span, *, weak: bool = False) -> tuple[int, ...] | None:
    """Where a term (or its closest stand-in) occurs in a sentence, or None."""
    hit = _ranked_positions(term, sent, weak=weak)
    return hit[1] if hit is not None else None


def term_positions(term: Term, sent: Span) -> tuple[int, ...] | None:
    """Where a term of an ad-hoc phrase (or its closest stand-in) occurs in a sentence, or None."""
    return _term_positions(term, sent)


# Determiners of a bare repeat that takes back the thing just named ("the law", "this accord").
REPEAT_DETERMINERS = frozenset({"the", "this", "that"})


def repeated_mentions(mentions: dict[int, list[Mention]], sents: Sequence[Span]) -> None:
    """Add, in place, the bare definite repeats of a mention's noun in its own sentence as mentions too.

    "On the anniversary of the Award ..., Japan reiterates that the Award is final": the first naming sits in
    a setting phrase, the repeat carries the judgement. Only a repeat with nothing but "the", "this" or "that"
    before it takes the thing back; "the reform of the health service", "the new labour law" name another.
    """
    for pos, found in mentions.items():
        if pos >= len(sents):
            continue
        sent = sents[pos]
        taken = {i for m in found for i in m.tokens} | {m.anchor for m in found}
        added: list[Mention] = []
        for mention in found:
            said = sent.doc[mention.anchor]
            if said.pos_ not in {"NOUN", "PROPN"}:
                continue
            word = said.lemma_.lower()
            for token in sent:
                if token.i in taken or token.pos_ != said.pos_ or token.lemma_.lower() != word:
                    continue
                children = list(token.children)
                if not children or any(
                    c.dep_ != "det" or c.lower_ not in REPEAT_DETERMINERS for c in children
                ):
                    continue
                taken.add(token.i)
                added.append(Mention(mention.key, token.i, mention.sign, mention.weak, (token.i,)))
        found.extend(added)


def head_positions(issue: AdhocIssue, sent: Span) -> tuple[int, ...] | None:
    """Where the phrase's head (or its closest stand-in) occurs in a sentence, or None: a stand-in naming
    another thing of its kind ("the Non-Proliferation Treaty" for a submarine deal) is none."""
    hit = _ranked_positions(issue.head, sent)
    if hit is None or (hit[0] >= issue.head.own and _another_of_kind(hit[1], sent.doc)):
        return None
    if _one_way_alone(issue, hit, sent):
        return None
    return hit[1]


def _one_way_alone(issue: AdhocIssue, hit: tuple[int, tuple[int, ...]], sent: Span) -> bool:
    """Whether the head's stand-in is a one-way synonym (synonyms.yaml ``one_way``) without the noun of the
    phrase it needs: the phrase's nouns attached by a preposition when it has some ("the withdrawal of Varnia
    from the convention on strikes" is no repeal of the strike law), else its other nouns ("the output of the
    working group on Afghanistan" is not "opium production in Afghanistan")."""
    rank = hit[0]
    alternatives = issue.head.alternatives
    if rank >= len(alternatives) or alternatives[rank].words not in issue.head.one_way:
        return False
    needed = issue.complements or issue.arguments
    if not needed or any(_term_positions(term, sent) is not None for term in needed):
        return False
    # A stand-in said of something named before ("demands its withdrawal", "the withdrawal of this text")
    # takes that thing back; the earlier sentence named the phrase's nouns or not.
    return not any(_refers_back(sent.doc[i]) for i in hit[1])


BACK_DETERMINERS = frozenset({"this", "these", "that", "those", "such"})


def _refers_back(token: Token) -> bool:
    """Whether a noun's possessor or "of" object is a pronoun or a demonstrative ("its", "of this text")."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                dets = {d.lower_ for d in obj.children if d.dep_ == "det"}
                if obj.pos_ == "PRON" or dets & BACK_DETERMINERS:
                    return True
    return False


def _ranked_positions(term: Term, sent: Span, *, weak: bool = False) -> tuple[int, tuple[int, ...]] | None:
    """(rank, positions) of a term's closest stand-in in a sentence: rank 0 is the word itself."""
    alternatives = term.weak_alternatives if weak else term.alternatives
    index = _first_word_index(alternatives)
    rank = _rank(alternatives)
    forms = doc_forms(sent.doc)
    sent_end = sent.end
    verbs = term.verbs if not weak else frozenset()
    far = term.far_verbs if not weak else frozenset()
    best: tuple[int, tuple[int, ...]] | None = None
    for i in range(sent.start, sent.end):
        for form in forms[i][:2]:
            for cue in index.get(form, ()):
                r = rank[cue.words]
                if best is not None and r >= best[0]:
                    continue
                positions = _match_cue(cue, sent, i, forms, sent_end)
                if positions is not None:
                    best = (r, positions)
        # A verb the head is derived from ranks with the head's own family; one a stand-in is derived from
        # ranks last.
        if verbs and (best is None or best[0] > 0) and forms[i][0] in verbs and sent.doc[i].pos_ == "VERB":
            best = (0, (i,))
        elif (
            far
            and best is None
            and forms[i][0] in far
            and forms[i][0] not in index
            and sent.doc[i].pos_ == "VERB"
        ):
            best = (len(alternatives), (i,))
        if best is not None and best[0] == 0:
            break
    return best


def _rank(cues: list[Cue]) -> dict[tuple[str, ...], int]:
    """Position of each cue in its (closest first) list."""
    hit = _rank_cache.get(id(cues))
    if hit is not None and hit[0] is cues:
        return hit[1]
    ranks = {c.words: i for i, c in reversed(list(enumerate(cues)))}
    if len(_rank_cache) > 512:
        _rank_cache.clear()
    _rank_cache[id(cues)] = (cues, ranks)
    return ranks


_rank_cache: dict[int, tuple[list[Cue], dict[tuple[str, ...], int]]] = {}
_index_cache: dict[int, tuple[list[Cue], dict[str, list[Cue]]]] = {}


def _first_word_index(cues: list[Cue]) -> dict[str, list[Cue]]:
    """Cues grouped by first word (cached per list object)."""
    hit = _index_cache.get(id(cues))
    if hit is not None and hit[0] is cues:
        return hit[1]
    index: dict[str, list[Cue]] = defaultdict(list)
    for cue in cues:
        index[cue.words[0]].append(cue)
    if len(_index_cache) > 512:
        _index_cache.clear()
    _index_cache[id(cues)] = (cues, dict(index))
    return dict(index)


def entity_in(term: Term, sent: Span, actors: Sequence[Actor]) -> bool:
    """Whether a sentence names the entity of a term: same word, demonym prefix, or resolved actor."""
    want = term.text.lower()
    forms = doc_forms(sent.doc)
    stem = want[:4]
    # Tokens by their first letters, once per document: only those sharing the entity's can name it.
    starts = sent.doc.user_data.get("communique_starts")
    if starts is None or starts[0] != len(forms):
        index: dict[str, list[int]] = defaultdict(list)
        for k, form in enumerate(forms):
            index[form[1][:1]].append(k)
        starts = (len(forms), dict(index))
        sent.doc.user_data["communique_starts"] = starts
    # Token indices sharing the first letter, ascending: the sentence's ones are a slice.
    positions = starts[1].get(want[:1], ())
    lo = bisect_left(positions, sent.start)
    hi = bisect_left(positions, sent.end, lo)
    for i in positions[lo:hi]:
        low = forms[i][1]
        if not low.startswith(stem[: len(low)]) and low != want:
            continue
        if low == want:
            return True
        prefix = len(low) >= 4 and len(want) >= 4 and (low.startswith(want) or want.startswith(low))
        if prefix:
            token = sent.doc[i]
            if token.pos_ in {"PROPN", "ADJ", "NOUN"} or token.ent_type_:
                return True
    if _spelled_out(term.text, sent) or _blend_spelled_out(term.text, sent):
        return True
    if term.body[1] and _body_named(term, sent):
        return True
    for actor in actors:
        if actor.start is None or actor.end is None:
            continue
        if actor.start >= sent.start_char and actor.end <= sent.end_char:
            hay = " ".join(str(x or "") for x in (actor.code, actor.name, actor.entry, actor.country)).lower()
            if re.search(rf"\b{re.escape(want)}\b", hay) or (actor.code and want in actor.code.lower()):
                return True
            if term.codes and _same_code(term.codes, actor):
                return True
    return False


MAX_INITIALS = 6


def _spelled_out(initials: str, sent: Span) -> bool:
    """Whether the sentence spells out an entity written as initials ("AI" in "the EU AI Act"): a run of
    capitalised words whose first letters are those initials, function words between them skipped ("the
    Artificial Intelligence Regulation", "the International Court of Justice" for "ICJ")."""
    if not (2 <= len(initials) <= MAX_INITIALS and initials.isalpha() and initials.isupper()):
        return False
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if doc[i].text[:1] != initials[0] or not doc[i].is_alpha or doc[i].is_upper:
            continue
        k, j = 1, i + 1
        while k < len(initials) and j < sent.end:
            word = doc[j]
            if word.lower_ in STOP and word.is_lower and k > 0:
                j += 1  # "of" in "Court of Justice"
                continue
            if not (word.is_alpha and word.text[:1] == initials[k] and not word.is_upper):
                break
            k, j = k + 1, j + 1
        if k == len(initials) and doc[j - 1].text[:1].isupper():
            return True
    return False


def _blend_spelled_out(name: str, sent: Span) -> bool:
    """(session 26) Whether the sentence says in full the words a blended name is made of ("the Eastern
    Mediterranean" for "EastMed", "Nord Stream" for "NordStream"): capitalised words in a row, each starting
    with one part of the name (a capital and the lower-case letters after it, two letters or more)."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    if len(parts) < 2 or "".join(parts) != name:
        return False
    doc = sent.doc
    for i in range(sent.start, sent.end - len(parts) + 1):
        if all(doc[i + k].text.startswith(part) for k, part in enumerate(parts)):
            return True
    return False


def _same_code(codes: frozenset[str], actor: Actor) -> bool:
    """An actor of a country code (any actor of that country) or of an organisation's code."""
    for code in codes:
        if len(code) == 3 and code != "IGO" and actor.country == code:
            return True
        if len(code) > 3 and actor.code and actor.code.startswith(code):
            return True
        if len(code) > 3 and code.endswith("GOV") and actor.code == code[:3]:
            # A capital or a leader stands for its state: "signed in South Africa" names the "Pretoria" of
            # "Pretoria agreement" (not any actor of the country: its police are not its capital).
            return True
    return False


def adhoc_mentions(
    issue: AdhocIssue,
    sents: Sequence[Span],
    actors: Sequence[Actor],
    comp: CompiledDictionary,
    *,
    keep_weak: bool = False,
    home: frozenset[str] = frozenset(),
    semantic: bool = False,
    entity_sentences: dict[str, set[int]] | None = None,
) -> dict[int, list[Mention]]:
    """Mentions of an ad-hoc issue, per sentence position: the head (or a stand-in), scoped by the entities.

    A sentence is about the phrase when it holds the head or a stand-in for it (family, synonym, cue of the
    dictionary issue the head names; a verb the head is derived from) and the phrase is scoped there: an
    entity of the phrase is in the sentence, or in a sentence at most three before that was itself about
    the phrase. A light head ("opening of ...") needs another noun of the phrase in the sentence too. A
    phrase without entities needs all its other nouns in the sentence.

    With ``keep_weak``, weak dictionary cues are kept even without a strong cue in the document (the caller
    uses them only for neutral positions: "calls on all sides to refrain from violence").
    ``entity_sentences``, when given, receives the sentence positions naming each entity of the phrase.
    """
    if issue.issue_id:
        out: dict[int, list[Mention]] = {}
        for k, sent in enumerate(sents):
            hits = [m for m in dictionary_mentions(sent, comp) if m.key == issue.issue_id]
            if hits:
                out[k] = hits
        # The model is a fallback for a dictionary issue: where its cues find it, they are more precise
        # than sentence similarity (which also finds neighbouring issues: detentions in a text about force
        # against protesters).
        if semantic and not any(not m.weak for ms in out.values() for m in ms):
            out.update(_semantic_dictionary(issue.issue_id, sents, comp, out))
        return out if keep_weak else _filter_weak(out)
    heads: dict[int, tuple[int, ...]] = {}
    entity_hits: dict[int, bool] = {}
    argument_hits: dict[int, bool] = {}
    by_sentence: dict[int, list[Actor]] = defaultdict(list)
    starts = [s.start_char for s in sents]
    for actor in actors:
        if actor.start is not None:
            k = max(0, bisect_right(starts, actor.start) - 1)
            by_sentence[k].append(actor)
    named_at: dict[str, set[int]] = entity_sentences if entity_sentences is not None else {}
    for term in issue.entities:
        named_at[term.text] = {
            k for k, sent in enumerate(sents) if entity_in(term, sent, by_sentence.get(k, ()))
        }
    with_entity: set[int] = set().union(*named_at.values()) if named_at else set()
    arguments = issue.arguments
    complements = issue.complements
    own_heads: set[int] = set()  # sentences holding the head's own word (not a stand-in)
    for k, sent in enumerate(sents):
        hit = _ranked_positions(issue.head, sent)
        positions = hit[1] if hit is not None else None
        loose = hit is not None and hit[0] >= issue.head.own
        if positions is not None and loose and _another_of_kind(positions, sent.doc):
            # "obligations under the Non-Proliferation Treaty" in a statement on "AUKUS submarine deal": a
            # stand-in naming another thing of the head's kind.
            positions = None
        if positions is None and k in with_entity:
            positions = _term_positions(issue.head, sent, weak=True)
            loose = True
        if positions is None and k in with_entity and not issue.light_head:
            # "the document signed in Addis Ababa" for "Addis Ababa peace agreement": a definite noun of the
            # head's kind whose own phrase names an entity of the phrase describes the issue.
            described = _described_by_kind(issue, sent, comp, by_sentence.get(k, ()))
            if described is not None and not _another_of_kind((described,), sent.doc):
                positions, loose = (described,), False
        if (
            positions is not None
            and loose
            and k in with_entity
            and not issue.light_head
            and _conceded(positions, sent)
        ):
            # "While Ruritania has always favoured dialogue, it cannot support the meeting being prepared in
            # Geneva": the head's word only in a conceded clause, the main clause judges a noun of its kind
            # that names the phrase's entity. That noun is the issue the issuers take a side on. Only a
            # stand-in (loose) hit gives way: a conceded clause naming the issue outright ("although
            # Ruritania backs the talks in Geneva, ...") holds its reading (RV18-stance 3).
            described = _described_by_kind(issue, sent, comp, by_sentence.get(k, ()))
            if described is not None and not _conceded((described,), sent):
                positions, loose = (described,), False
        if positions is None and (acronym := acronym_in(issue, sent)) is not None:
            # "We support the core of the CSDDD": the thing named by its initials, which say all its words
            # and scope it as a name does.
            heads[k] = (acronym,)
            entity_hits[k] = argument_hits[k] = True
            continue
        if positions is None and not issue.light_head:
            continue
        found = [p for term in arguments if (p := _term_positions(term, sent)) is not None]
        if hit is not None and positions == hit[1] and _one_way_alone(issue, hit, sent):
            continue
        # A stand-in that is not the head's own word ("placement" for "deployment") needs another noun of the
        # phrase in the sentence: "the placement of students" is not "the deployment of nuclear weapons".
        if (
            loose
            and complements
            and not issue.light_head
            and not any(_term_positions(term, sent) is not None for term in complements)
        ):
            continue
        if issue.light_head:
            # The other nouns carry a light head: "coast guard" for "coast guard actions near X". Without the
            # head, they need an entity of the phrase in the same sentence.
            if not found:
                continue
            if positions is not None and _idiom_object(sent.doc, positions, found):
                # "takes note of Cambodia's letter ... the boundary question" for "Cambodia taking the border
                # dispute to the Court": the light verb with an object of its own is an idiom, not the act;
                # the phrase's noun stands for the issue.
                positions = None
            if positions is None:
                if issue.entities and k not in with_entity:
                    continue
                positions = found[0]
        if positions is None:
            continue
        if not issue.entities and len(found) < len(arguments):
            continue
        heads[k] = positions
        entity_hits[k] = k in with_entity
        argument_hits[k] = bool(found) or not arguments
        if not loose:
            own_heads.add(k)
    if not heads and with_entity and not issue.light_head:
        # A statement names what it reacts to in its lead, and by its kind rather than by the phrase's head
        # ("the bill adopted in Kampala" for "Uganda's anti-homosexuality law", "this dangerous escalation
        # ... calls on Israel to halt it" for an Israeli operation): a definite noun of the head's kind in
        # one of the first two sentences, which names an entity of the phrase, is the issue described. A noun
        # that is a stand-in of the head keeps the stand-in rules ("this deal" for "memorandum of
        # understanding" needs "understanding").
        for k in range(min(LEAD_SENTENCES, len(sents))):
            if k not in with_entity:
                continue
            described = _described_by_kind(issue, sents[k], comp, (), anywhere=True)
            if described is not None:
                heads[k] = (described,)
                entity_hits[k] = True
                argument_hits[k] = True
                break
    topical: set[int] = set()
    if not heads and issue.topic is not None:
        # (session 19) A document that never says the head may name the phrase's topic in the words
        # its writers use for it ("pushing back the statutory age" for "French pension reform"): a
        # sentence holding a term of the topic stands for the phrase, scoped as a head would be (its
        # entities in the sentence or just before; a document that never names them only when it names
        # no other place).
        # One word of a topic is thin evidence where nothing of the phrase scopes it ("civil society" in a
        # statement on a prisoner, for "the foreign agents bill"): a document that names none of the phrase's
        # entities (or a phrase without any) must hold two different terms of the topic.
        said: set[tuple[str, ...]] = set()
        for k, sent in enumerate(sents):
            terms = _topic_terms_in(issue, issue.topic, sent, comp)
            if not terms:
                continue
            said.update(terms)
            if _bare_head(issue, sent):
                # The head's own word beside a term says the phrase's kind of thing ("a tax on the revenues
                # of technology giants" for the digital services tax): a second term (the words of other
                # things of its kind are no terms of a narrower phrase: "a windfall tax").
                said.add(("<head>",))
            # The longest term found (the topic's terms are ordered longest first).
            rank = _rank(issue.topic.alternatives)
            heads[k] = terms[min(terms, key=lambda words: rank[words])]
            topical.add(k)
            entity_hits[k] = k in with_entity
            argument_hits[k] = True
        if (len(said) < MIN_TOPIC_TERMS and not with_entity and not _at_home(issue, sents, actors, home)) or (
            issue.topic_specific and not said & issue.topic_specific
        ):
            for k in topical:
                del heads[k]
            topical.clear()
    # The model is a fallback, as for dictionary issues: only a document where no word of the phrase's head
    # (or a stand-in) is found asks it (a model call costs ten times the rules' time for a document).
    by_model: set[int] = set()
    if semantic and not heads:
        # A document that names neither the phrase's place or actor nor any other place is read whole, as the
        # rules read it ("the reform" in a French union's statement on "the pension reform in France").
        unscoped = bool(issue.entities) and not with_entity and not _names_other_places(sents, home)
        # A sentence at most three after one that names the entity is scoped, as the rules scope it.
        scope = set(with_entity) | {k + d for k in with_entity for d in (1, 2, 3) if k + d < len(sents)}
        found_by_model = _semantic_heads(issue, sents, heads, scope, anywhere=unscoped)
        heads.update(found_by_model)
        by_model.update(found_by_model if unscoped else (k for k in found_by_model if k not in with_entity))
        entity_hits.update({k: k in with_entity for k in heads if k not in entity_hits})
        argument_hits.update({k: False for k in heads if k not in argument_hits})
    result: dict[int, list[Mention]] = {}
    if not heads:
        return result
    doc_has_entity = not issue.entities or bool(with_entity)
    # A document that never names the phrase's place or actor may still address it ("the filling of the dam"),
    # unless it names other places: then it is about somewhere else.
    elsewhere = not doc_has_entity and _names_other_places(sents, home)
    # (session 19) A topic's words are looser than the phrase's own: in a document that never names the
    # phrase's places or actors, they hold only when no actor of another country is named either ("the
    # Georgian Communications Commission" is no place, but the document is about Georgia, not a Mozambican
    # vote).
    foreign = bool(topical) and not doc_has_entity and _other_countries(actors, issue)
    last_scoped = -100
    for k in sorted(heads):
        scoped = (
            not issue.entities
            or entity_hits[k]
            or _short_name(issue, sents[k], heads[k])
            or _person_pronoun(sents[k], k, with_entity)
            or (_lead_then_entity(k, own_heads, with_entity) and argument_hits[k])
        )
        near = k - last_scoped <= 3
        # Without the entity in the sentence, the issue must be scoped nearby (the sentence continues a scoped
        # passage), or, when the document never names the entity, another word of the phrase must carry it.
        keep = (
            scoped
            or (doc_has_entity and near)
            or (not doc_has_entity and not elsewhere and argument_hits[k] and bool(arguments))
            or (not doc_has_entity and not elsewhere and not arguments and bool(issue.commons))
            or k in by_model
        ) and not (k in topical and foreign)
        if scoped or keep:
            last_scoped = k
        if keep:
            doc = sents[k].doc
            anchor = head_of(heads[k], doc)
            result[k] = [Mention(issue.key, anchor, 1, not scoped or k in topical, heads[k])]
    # The reversal of the issue the head names ("release" for an imprisonment, "withdrawal" for a
    # deployment, "lifting" for sanctions), where the phrase is scoped: it reverses what it applies to.
    if issue.head.counters:
        for k in sorted(set(result) | with_entity):
            positions = _term_positions(Term("", "counter", issue.head.counters), sents[k])
            if positions is not None:
                anchor = head_of(positions, sents[k].doc)
                result.setdefault(k, []).append(
                    Mention(issue.key, anchor, -1, k not in with_entity, positions)
                )
    return result


def _lead_then_entity(k: int, own_heads: set[int], with_entity: set[int]) -> bool:
    """(session 23) A statement's opening sentence names what it reacts to by the head's own word and
    leaves its place or actor to the next ("has taken note of the announcement that the closure of the
    waterway took effect. It encourages Varnia and the shipping companies ..." for "Varnia's closure of the
    Kel Strait"): the first sentence is scoped by an entity of the phrase in the second. Only the head's own
    word (a stand-in there stays unscoped), with the phrase's other nouns (the caller checks them: "the
    expansion of the national park. Varnia ..." is no "Varnia's port expansion"); no later sentence is scoped
    by the one after it."""
    return k == 0 and k in own_heads and 1 in with_entity


def _at_home(issue: AdhocIssue, sents: Sequence[Span], actors: Sequence[Actor], home: frozenset[str]) -> bool:
    """Whether a document reads as a domestic statement on a phrase about one country: the phrase's
    entities are places of a single country and the text names no country, nationality or actor of a country
    at all ("the unions call on the President not to promulgate the law" for "the French pension reform")."""
    countries = {c for t in issue.entities for c in t.codes if len(c) == 3}
    return (
        bool(issue.entities)
        and all(t.place for t in issue.entities)
        and len(countries) == 1
        and not any(a.country for a in actors)
        and not _names_other_places(sents, home)
    )


def _other_countries(actors: Sequence[Actor], issue: AdhocIssue) -> bool:
    """Whether an actor of a country other than those of the phrase's entities is named."""
    countries = {c for t in issue.entities for c in t.codes if len(c) == 3 and c != "IGO"}
    return bool(countries) and any(a.country and a.country not in countries for a in actors)


MIN_TOPIC_TERMS = 2


def _bare_head(issue: AdhocIssue, sent: Span) -> bool:
    """Whether a sentence says the phrase's head with no modifier but the phrase's own words ("a tax on ...").

    "value added tax", "the income tax" name another one of the head's kind.
    """
    positions = _term_positions(issue.head, sent)
    if positions is None:
        return False
    words = set(issue.label.lower().split())
    return not any(
        c.dep_ in {"compound", "nmod", "amod", "npadvmod"} and not _forms(c) & words
        for i in positions
        for c in sent.doc[i].children
    )


def _topic_terms_in(
    issue: AdhocIssue, topic: Term, sent: Span, comp: CompiledDictionary
) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The topic's terms a sentence holds (with where), outside names and nouns of another kind."""
    index = _first_word_index(topic.alternatives)
    forms = doc_forms(sent.doc)
    out: dict[tuple[str, ...], tuple[int, ...]] = {}
    for i in range(sent.start, sent.end):
        for form in forms[i][:2]:
            for cue in index.get(form, ()):
                if cue.words in out:
                    continue
                positions = _match_cue(cue, sent, i, forms, sent.end)
                if positions is not None and _topical(issue, positions, sent.doc, comp):
                    out[cue.words] = positions
    return out


def _topical(issue: AdhocIssue, positions: tuple[int, ...], doc: Doc, comp: CompiledDictionary) -> bool:
    """Whether a topic's term found at ``positions`` may stand for the phrase.

    Not inside a name ("the International Seabed Authority" is an organisation, not the seabed), and not a
    noun of another kind than the head's, which is another thing, as for references ("the talks held in
    Addis Ababa" are not "the Addis Ababa peace agreement").
    """
    if _in_a_name(positions, doc):
        return False
    if _place_of_another_thing(issue, positions, doc):
        return False
    if issue.head_kind and len(positions) == 1:
        forms = _forms(doc[positions[0]])
        if any(f in comp.kinds for f in forms) and not forms & issue.head_kind:
            return False
    return True


# Prepositions after which a noun says where something is or comes from ("cables lying on the seabed", "a
# wreck raised from the sea floor"); "in" is left out: it also takes what a change applies to ("a rise in the
# retirement age").
THEME_PREPOSITIONS = frozenset({"on", "upon"})
PLACE_PREPOSITIONS = frozenset(
    {"on", "upon", "from", "under", "beneath", "below", "underneath", "off", "along", "across", "near"}
    | {"beside"}
)


def _place_of_another_thing(issue: AdhocIssue, positions: tuple[int, ...], doc: Doc) -> bool:
    """Whether a topic's term only says where a thing of another kind is ("cables lying on the seabed").

    A term that is the object of a place preposition hung on a noun (directly, or through a participle
    describing it: "cables lying on", "a wreck raised from") locates that noun; it names the topic only when
    the noun is itself a word of the topic or of the phrase's head ("mining on the seabed"). A verb's place
    phrase ("scrape nodules from the ocean floor") still counts, and so does "on" straight after a noun,
    which mostly says what a measure bears on ("a charge on the revenues of technology firms").
    """
    term = doc[head_of(positions, doc)]
    prep = term.head
    if term.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    holder = prep.head
    through = False
    while holder.dep_ == "acl" and holder.tag_ in {"VBG", "VBN"} and holder.head.i != holder.i:
        holder, through = holder.head, True
    if holder.pos_ not in {"NOUN", "PROPN"} or (prep.lower_ in THEME_PREPOSITIONS and not through):
        return False
    cues = [*issue.head.alternatives, *(issue.topic.alternatives if issue.topic else ())]
    own = {w for cue in cues for w in cue.words}
    return not (_forms(holder) | _forms(prep.head)) & (own | issue.head.verbs)


NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def _in_a_name(positions: tuple[int, ...], doc: Doc) -> bool:
    """Whether every matched word is part of a capitalised name of an organisation, person, law, ...

    (session 22) Not when the term's last word ends a longer name: the name is then one of the term's things
    ("the National Living Wage" is a living wage; "the International Seabed Authority" is no seabed, nor is
    a name that is the term's words alone)."""
    if not all(doc[i].ent_type_ in NAME_LABELS and doc[i].text[:1].isupper() for i in positions):
        return False
    first, last = min(positions), max(positions)
    ends = last + 1 >= len(doc) or doc[last + 1].ent_iob_ != "I"
    # a capitalised word of the name before the term ("National"; not the "the" the recogniser often takes in)
    longer = doc[first].ent_iob_ == "I" and doc[first - 1].text[:1].isupper()
    return not (ends and longer)


def _another_of_kind(positions: tuple[int, ...], doc: Doc) -> bool:
    """Whether a one-word stand-in of the head is the head of a capitalised name, so names another thing of
    its kind ("the Non-Proliferation Treaty" for "AUKUS submarine deal", "its Implementation Annex" for an
    accession). A stand-in of several words may be a name itself ("the International Criminal Court"); a
    common noun compounded with it still describes the thing ("the trilateral security partnership")."""
    anchor = doc[head_of(positions, doc)]
    return (
        len(positions) == 1
        and anchor.ent_type_ in NAME_LABELS
        and anchor.text[:1].isupper()
        and anchor.i != anchor.sent.start
    )


PERSON_PRONOUNS = frozenset({"him", "her"})


def _conceded(positions: tuple[int, ...], sent: Span) -> bool:
    """Whether all the positions lie in an adverbial clause opened by a concessive mark ("While X, ...")."""
    doc = sent.doc
    for i in range(sent.start, sent.end):
        token = doc[i]
        if (
            token.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in token.children)
            and all(token.left_edge.i <= p <= token.right_edge.i for p in positions)
        ):
            return True
    return False


def _person_pronoun(sent: Span, k: int, with_entity: set[int]) -> bool:
    """Whether a sentence takes back, by "him" or "her", an entity of the phrase named in one of the two
    sentences before: "A court sentenced Professor Tohti to life. We call on the authorities to free him"."""
    if not ({k - 1, k - 2} & with_entity):
        return False
    view = doc_view(sent.doc)
    lowers, tokens = view.lowers, view.tokens
    return any(lowers[i] in PERSON_PRONOUNS and tokens[i].dep_ != "poss" for i in range(sent.start, sent.end))


def _idiom_object(doc: Doc, positions: tuple[int, ...], found: Sequence[tuple[int, ...]]) -> bool:
    """Whether a light head said as a verb has a direct object that is no word of the phrase ("take note")."""
    token = doc_view(doc)[head_of(positions, doc)]
    words = {i for p in found for i in p}
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i not in words for c in token.children)


def compound_in(issue: AdhocIssue, sent: Span) -> tuple[int, ...] | None:
    """Where a noun compounded with the phrase's head (or its stand-in) is a noun of the sentence ("weapons"
    for "arms" in "US arms sales to Taiwan")."""
    for term in issue.commons:
        if term.kind != "compound":
            continue
        positions = _term_positions(term, sent)
        if positions is not None and sent.doc[head_of(positions, sent.doc)].pos_ in {"NOUN", "PROPN"}:
            return positions
    return None


def _short_name(issue: AdhocIssue, sent: Span, positions: tuple[int, ...]) -> bool:
    """Whether the sentence calls the named thing by its capitalised head alone ("the Pact", "the Framework
    agreed by ...") for a phrase that is its name ("EU Pact on Migration and Asylum", "Windsor Framework"):
    statements give the full name once, or never, and then the short one. Another name on the same head
    ("the Lusaka Accord" for "Pretoria Accord") is another thing; a sentence-initial capital is no name."""
    head = issue.head.text
    if not head[:1].isupper() or head.isupper():
        return False
    doc = sent.doc
    label = {w.lower() for w in re.findall(r"[\w'-]+", issue.label)}
    for i in positions:
        token = doc[i]
        if token.text != head or i == sent.start or token.dep_ == "compound":
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            continue
        if any(
            c.i < i and c.pos_ == "PROPN" and c.lower_ not in label and c.dep_ in {"compound", "amod", "nmod"}
            for c in token.children
        ):
            continue
        return True
    return False


def _described_by_kind(
    issue: AdhocIssue,
    sent: Span,
    comp: CompiledDictionary,
    actors: Sequence[Actor],
    *,
    anywhere: bool = False,
) -> int | None:
    """A definite noun of the phrase head's kind ("the document", "the text") whose own phrase names one of
    the phrase's entities ("the document signed in Addis Ababa", "the text adopted by the Georgian
    parliament"): the issue described, not named. Places alone never are: the kind noun is required.
    With ``anywhere``, the caller knows the document names an entity of the phrase: the noun alone will do."""
    own = {issue.head.text.lower(), *(c.words[0] for c in issue.head.alternatives[: issue.head.own])}
    kinds = {w for word in own for w in comp.kinds.get(word, ())} - own
    if anywhere:
        kinds -= {c.words[0] for c in issue.head.alternatives}
    if not kinds:
        return None
    forms = doc_forms(sent.doc)
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if forms[i][0] not in kinds:
            continue
        token = doc[i]
        # A kind noun heading a capitalised name is one too ("the Artificial Intelligence Regulation" for
        # "the EU AI Act"): the tagger calls it a proper noun.
        if token.pos_ not in {"NOUN", "PROPN"} or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children
        ):
            continue
        end = token.right_edge.i
        verb = token.head
        if (
            token.dep_ in {"nsubj", "nsubjpass"}
            and verb.tag_ == "VBN"
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        ):
            # "considers the document signed in Addis Ababa null and void" is parsed as a clause whose subject
            # is the document: a participle with no auxiliary is a reduced relative clause, part of the noun's
            # own phrase.
            end = max(end, verb.right_edge.i)
        if anywhere:
            return i
        phrase = doc[token.left_edge.i : end + 1]
        inside = [a for a in actors if a.start is not None and phrase.start_char <= a.start < phrase.end_char]
        if any(entity_in(term, phrase, inside) for term in issue.entities):
            return i
    return None


def _semantic_heads(
    issue: AdhocIssue,
    sents: Sequence[Span],
    heads: dict[int, tuple[int, ...]],
    with_entity: set[int],
    *,
    anywhere: bool = False,
) -> dict[int, tuple[int, ...]]:
    """Sentences the embedding model finds close to the phrase, anchored on their closest noun phrase.

    Only sentences that name an entity of the phrase (or any sentence, for a phrase without one, or with
    ``anywhere``: a document naming no place at all) are compared, so the model widens the words matched,
    never the places or actors.
    """
    from communique.stance import semantic

    open_scope = anywhere or not issue.entities
    candidates = [k for k in range(len(sents)) if k not in heads and (k in with_entity or open_scope)][
        : semantic.MAX_TEXTS
    ]
    if not candidates:
        return {}
    scores = semantic.similarities(issue.label, [sents[k].text for k in candidates])
    close = [k for k, score in zip(candidates, scores, strict=True) if score >= semantic.SENTENCE_THRESHOLD]
    return {k: (anchor,) for k, anchor in _closest_chunks(issue.label, sents, close).items()}


def _closest_chunks(query: str, sents: Sequence[Span], positions: Sequence[int]) -> dict[int, int]:
    """For each sentence position, the head of its phrase closest to the query (one model call).

    The phrases are the subtrees of the sentence's nouns and of its verbs that are arguments of another word
    ("Blocking access to communication" as a subject, "to abolish payments in dinars" after "the decision"),
    at most 14 words long: an issue is as often an act as a thing, and its head anchors the polarity rules.
    """
    from communique.stance import semantic

    phrases: list[tuple[int, int, str]] = []
    for k in positions:
        view = doc_view(sents[k].doc)
        found = 0
        for i in range(sents[k].start, sents[k].end):
            token = view[i]
            noun = token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"compound", "amod", "poss"}
            act = token.pos_ == "VERB" and token.dep_ in ARGUMENT_CLAUSES
            if not (noun or act):
                continue
            left, right = token.left_edge.i, token.right_edge.i + 1
            if right - left > 14:
                continue
            phrases.append((k, i, view.span(left, right).text))
            found += 1
            if found >= 16:
                break
    if not phrases:
        return {}
    scores = semantic.similarities(query, [text for _, _, text in phrases])
    best: dict[int, tuple[float, int]] = {}
    for (k, head, _), score in zip(phrases, scores, strict=True):
        if k not in best or score > best[k][0]:
            best[k] = (score, head)
    # A paraphrase is a whole act, not the word in it closest to the query: "Making people work two more years
    # before they can draw a pension" for "the pension reform", not "a pension". The widest clause around the
    # closest phrase that scores nearly as well is the anchor. Only a clause: a wider noun phrase has a head
    # of its own that may turn the issue ("the ban on imports" around "imports" for "grain exports").
    out: dict[int, int] = {}
    for k, (top, head) in best.items():
        view = doc_view(sents[k].doc)
        width = 0
        out[k] = head
        for (j, other, _), score in zip(phrases, scores, strict=True):
            if j != k or score < top - CHUNK_MARGIN or view[other].pos_ != "VERB":
                continue
            left, right = view[other].left_edge.i, view[other].right_edge.i + 1
            if left <= head < right and right - left > width:
                out[k], width = other, right - left
    return out


# How much lower than the closest phrase a wider phrase around it may score and still be the anchor.
CHUNK_MARGIN = 0.1


# Clauses that stand as an argument of another word: a gerund subject, an infinitive after a noun, ...
ARGUMENT_CLAUSES = {"csubj", "csubjpass", "pcomp", "acl", "xcomp", "ccomp"}


def _semantic_dictionary(
    issue_id: str, sents: Sequence[Span], comp: CompiledDictionary, found: dict[int, list[Mention]]
) -> dict[int, list[Mention]]:
    """Sentences the embedding model finds close to a dictionary issue (its label and description).

    A sentence with a strong cue is matched already; one with only a weak cue of the issue ("the latest
    listings") needs a lower similarity than one with none, and keeps the weak cue as its anchor. Others are
    anchored on their noun phrase closest to the query. The mentions are strong: the model, not a word list,
    says the sentence is about the issue.
    """
    from communique.stance import semantic

    entry = comp.dictionary.get(issue_id)
    if entry is None:
        return {}
    query = f"{entry.label}. {entry.description}".strip()
    candidates = [k for k in range(len(sents)) if not any(not m.weak for m in found.get(k, ()))][
        : semantic.MAX_TEXTS
    ]
    if not candidates:
        return {}
    scores = semantic.similarities(query, [sents[k].text for k in candidates])
    out: dict[int, list[Mention]] = {}
    unanchored: list[int] = []
    plain = max(scores) >= semantic.DICTIONARY_DOCUMENT_THRESHOLD
    for k, score in zip(candidates, scores, strict=True):
        weak = [m for m in found.get(k, ()) if m.weak]
        if weak and score >= semantic.WEAK_CUE_THRESHOLD:
            out[k] = [Mention(m.key, m.anchor, m.sign, False, m.tokens) for m in weak]
        elif score >= semantic.DICTIONARY_THRESHOLD and plain:
            unanchored.append(k)
    for k, anchor in _closest_chunks(query, sents, unanchored).items():
        out[k] = [Mention(issue_id, anchor, 1, False, (anchor,))]
    return out


def sentence_ents(sent: Span) -> list[ViewSpan]:
    """The entities inside a sentence, as ``sent.ents`` gives them, from the shared parse view."""
    # Not spaCy's Span.ents: its stub says a tuple, it returns a list, and the compiled build (mypyc) checks
    # the stub's type and refuses the list.
    return [e for e in doc_view(sent.doc).ents if e.start >= sent.start and e.end <= sent.end]


def _names_other_places(sents: Sequence[Span], home: frozenset[str]) -> bool:
    """Whether the text names a country or nationality other than the issuers' own (``home`` words)."""
    stems = {w[:5] for w in home if len(w) >= 4}
    for sent in sents:
        for ent in sentence_ents(sent):
            if ent.label_ in {"GPE", "NORP"} and ent.text.lower()[:5] not in stems:
                return True
    return False


def _filter_weak(by_sentence: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    strong = {m.key for ms in by_sentence.values() for m in ms if not m.weak}
    out: dict[int, list[Mention]] = {}
    for k, ms in by_sentence.items():
        kept = [m for m in ms if not m.weak or m.key in strong]
        if kept:
            out[k] = kept
    return out


def document_mentions(sents: Sequence[Span], comp: CompiledDictionary) -> dict[int, list[Mention]]:
    """Dictionary mentions for every sentence, weak cues kept only where the issue is named strongly."""
    if not sents:
        return {}
    # The tokens that can start a cue, found in one pass over the document; each sentence takes its share.
    first, last = min(s.start for s in sents), max(s.end for s in sents)
    forms = doc_forms(sents[0].doc)
    present = doc_words(sents[0].doc)
    starts = _cue_starts(forms, comp.first_words, first, last)
    raw: dict[int, list[Mention]] = {}
    for k, sent in enumerate(sents):
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        if lo == hi:
            continue  # no token starts a cue or combo here: no mention
        ms = dictionary_mentions(sent, comp, starts[lo:hi], forms, present)
        if ms:
            raw[k] = ms
    return _filter_weak(raw)


# --------------------------------------------------------------------------------------------- references

REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "such"}
MAX_REFERENCES = 2


def referring_words(mentions: Sequence[Mention], doc: DocView, comp: CompiledDictionary) -> frozenset[str]:
    """Words that, in a following sentence, point back to these mentions.

    The mention's own word and its family ("the operation" after "the operation"), and the family of the
    act done to it or described by it ("extend the initiative" -> "a further extension"; "the decision to
    revoke the licences" -> "the decision").
    """
    words: set[str] = set()
    for mention in mentions:
        anchor = doc[mention.anchor]
        word = anchor.lemma_.lower()
        words |= comp.family(word)
        # The other nouns of a cue of several words ("the sentence was carried out" -> "the mandatory
        # sentence", "seizure of power" -> "the seizure"): the issue named by its act, taken back by its noun.
        for i in mention.tokens:
            if i != mention.anchor and doc[i].pos_ == "NOUN" and doc[i].dep_ != "compound":
                words |= comp.family(doc[i].lemma_.lower())
        # General nouns of the issue's kind ("the document" for an agreement, "the text" for a law, "the
        # exercise" for a vote), marked: they refer back only with a definite determiner.
        words |= comp.marked_kinds.get(word, frozenset())
        head = anchor.head
        if head.i != anchor.i and (
            (anchor.dep_ in {"dobj", "nsubjpass", "xcomp"} and head.pos_ == "VERB")
            or (anchor.dep_ in {"acl", "relcl"} and head.pos_ == "NOUN")
        ):
            words |= comp.family(head.lemma_.lower())
        # (session 24) The means of an act that is itself a word of the issue ("attacked students with rubber
        # bullets and tear gas" -> "an end to the attacks"): the act, taken back by its noun.
        words |= instrument_words([mention], doc, comp)
        if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            # A part or aspect of the issue ("the political pillar of the agreement", "the scope of the
            # sanctions"): "the trade pillar" next is another part of the same issue.
            words |= comp.family(head.head.lemma_.lower())
    return frozenset(w for w in words if " " not in w)


def _instrument_of(anchor: ViewToken, key: str, comp: CompiledDictionary) -> ViewToken | None:
    """The verb among the words of issue ``key`` a noun is the means of, through a "with" phrase ("attacked
    ... with sticks, rubber bullets and tear gas"; coordinated nouns climb to the first), or None. The phrase
    may hang on a verb of the object's clause ("attacked students demanding reform with sticks"): the verbs
    above count."""
    node = anchor
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "with":
        return None
    # (PF26) the issue's words only now: gathered for every mention first, they were ~1.5% of the stages' time
    words = _issue_words(key, comp)
    verb = prep.head
    for _ in range(3):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in words:
            return verb
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def instrument_words(mentions: Sequence[Mention], doc: DocView, comp: CompiledDictionary) -> frozenset[str]:
    """The family of the act of the issue the mentions are the means of ("attacked students with tear gas" ->
    attack, attacks): a noun of it after them is the issue itself, not something done to it."""
    words: set[str] = set()
    for mention in mentions:
        if mention.sign <= 0:
            continue
        verb = _instrument_of(doc[mention.anchor], mention.key, comp)
        if verb is not None:
            base = verb.lemma_.lower()
            words |= comp.family(base) | computed_family(base, verb=True)
    return frozenset(w for w in words if " " not in w)


def _issue_words(key: str, comp: CompiledDictionary) -> frozenset[str]:
    """The single words of a dictionary issue's cues and combos (empty for an ad-hoc phrase)."""
    entry = comp.dictionary.get(key)
    if entry is None:
        return frozenset()
    words = {w for cue in entry.cues for w in cue.words}
    words |= {w for groups in entry.combos for group in groups for w in group if " " not in w}
    return frozenset(words)


def references(
    sent: Span,
    words: frozenset[str],
    lex: Lexicon,
    *,
    generic: bool = True,
    possessive: bool = False,
    pronouns: bool = False,
) -> list[ViewToken]:
    """Nouns of a sentence that refer back to an issue named just before.

    A noun of the earlier mention's family or of the act done to it ("a further extension"), or a
    reference noun of synonyms.yaml with a definite or demonstrative determiner ("this decision", "the move",
    "such steps"). Without ``generic`` (an issue that is a principle, not an act: sovereignty), only the
    issue's own words and the act done to it refer back: "such decisions" after "protect the sovereignty of
    X" are someone's decisions, not the sovereignty. With ``possessive``, a possessor also makes a reference
    noun definite ("Moscow's decision", "its move", "today's decision"). With ``pronouns``, "it", "this",
    "them" as the object of an evaluative or appealing verb refer back too ("China firmly opposes it").
    """
    out: list[ViewToken] = []
    doc = sent.doc
    forms = doc_forms(doc)
    view = doc_view(doc)
    for i in range(sent.start, sent.end):
        pos = view.tokens[i].pos_
        if pronouns and pos == "PRON" and forms[i][1] in OBJECT_PRONOUNS:
            token = view[i]
            verb = token.head
            if (
                token.dep_ == "dobj"
                and (lex.evaluation(verb.lemma_.lower()) or verb.lemma_.lower() in lex.call)
                and not _addressee(token)
            ):
                out.append(token)
            continue
        if pos != "NOUN":
            continue
        word = forms[i][0]
        same_act = word in words or bool(derived_verbs(word) & words)
        if not same_act and not (generic and word in lex.references) and KIND_MARK + word not in words:
            continue
        token = view[i]
        definite = any(
            (c.dep_ in {"det", "amod", "predet"} and c.lower_ in REFERRING_DETERMINERS)
            or (possessive and c.dep_ == "poss")
            for c in token.children
        )
        if same_act or definite:
            out.append(token)
        if len(out) >= MAX_REFERENCES:
            break
    return out


OBJECT_PRONOUNS = {"it", "this", "them"}


def _addressee(pronoun: ViewToken) -> bool:
    """A pronoun object followed by the infinitive it is asked to do ("we urge them to halt executions", "we
    ask it to reconsider"): the one appealed to, not the issue the appeal is about."""
    return any(
        c.dep_ == "xcomp"
        and c.i > pronoun.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in pronoun.head.children
    )


# Words that turn a sentence against the one before: "However, ...", "But ...", "At the same time, ...".
CONTRAST_WORDS = {"however", "nevertheless", "nonetheless", "but", "regrettably", "unfortunately"}
# Contrastive only when they open the sentence ("Yet the agreement ..."; not "has not yet", "is still held").
OPENING_CONTRAST_WORDS = {"yet", "still"}
SUBJECT_PRONOUNS = {"it", "they"}
POSSESSIVE_PRONOUNS = {"its", "their"}


def contrastive(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence turns against the one before it (a contrastive adverb or conjunction early on)."""
    forms = doc_forms(sent.doc)
    first = [forms[i][1] for i in range(sent.start, min(sent.end, sent.start + 12))]
    if first and first[0] in OPENING_CONTRAST_WORDS:
        return True
    # "not only ... but also" adds, it does not turn.
    if any(w in CONTRAST_WORDS and first[k + 1 : k + 2] != ["also"] for k, w in enumerate(first)):
        return True
    return "at the same time" in " ".join(first[:6])


# How a sentence sets itself against another position (mixed stances are decided from this structure, not
# from the mere presence of both polarities): words that open a turn against what came before ("However,",
# "But", "While this is a step forward, ..."), adverbs that turn wherever they stand ("we cannot, however,
# accept"), and openings that move to another part of the issue ("As for the energy chapter, ...").
TURN_OPENINGS = frozenset(
    {
        "however",
        "nevertheless",
        "nonetheless",
        "but",
        "yet",
        "still",
        "regrettably",
        "unfortunately",
        "while",
        "whilst",
        "although",
        "though",
        "whereas",
        "despite",
        "notwithstanding",
        "regarding",
        "concerning",
        # (ST25) "Conversely, the count in the north ...": sets what follows against what came before
        "conversely",
    }
)
TURN_ANYWHERE = frozenset({"however", "nevertheless", "nonetheless"})
TURN_PHRASES = (
    "at the same time",
    "on the other hand",
    "that said",
    "as for",
    "as regards",
    "with regard to",
    # (ST25) "By contrast, the results in the north ..."
    "by contrast",
    "in contrast",
)
# (ST25) A sentence that denies what was just said holds for its own subject: "We cannot say the same of the
# northern constituencies", "The same cannot be said of the energy chapter", "The same is not true of ...".
# (Lower-case forms joined by spaces: "cannot" is "can not", "can't" is "ca n't".)
SAME_DENIED = re.compile(
    r"\b(?:can|ca|could|do|does|did|will|would) (?:not|n't) say the same\b"
    r"|\bthe same (?:can|ca|could|is|was|does|did|will) (?:not|n't) (?:be said|be true|true|apply|hold)\b"
)
# "... is another matter", "... are a different story": a sentence that sets its subject apart ("quite another
# matter" holds "another matter").
OTHER_MATTER_MARKS = ("another", "a different", "a separate")
OTHER_MATTER_NOUNS = frozenset({"matter", "story"})
# Inside one sentence, what joins a clause of one position to a clause of the other.
INNER_CONTRAST = TURN_OPENINGS | {"but", "while", "whilst", "although", "though", "whereas", "yet", "despite"}
LEADING_FILLERS = frozenset({"and", ",", "-", "\u2014"})


# "On the trade pillar, ...": an opening that moves to a part of the issue. Not the set phrases of time,
# place and occasion ("On the occasion of", "On the margins of", "On behalf of").
PART_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "these", "those"})
NOT_PARTS = frozenset(
    {"occasion", "eve", "anniversary", "day", "basis", "margins", "margin", "sidelines"}
    | {"invitation", "behalf"}
)


def _part_opening(words: Sequence[str]) -> bool:
    """Whether a sentence opens with "On the <part>," (a comma within six words), naming no set phrase."""
    if len(words) < 4 or words[0] != "on" or words[1] not in PART_DETERMINERS or words[2] in NOT_PARTS:
        return False
    return "," in words[3:8] and not any(w in NOT_PARTS for w in words[2:8])


def sentence_turns(sent: Span) -> tuple[bool, bool]:
    """(turn, inner) for a sentence: it turns against the sentence(s) before it; it holds a contrast inside.

    A turn opens the sentence with a contrast or concession ("However", "But", "While this is welcome",
    "At the same time", "As for ..."), or carries a parenthetical "however" anywhere; an inner contrast is any
    contrastive conjunction or concession in it ("supports the ceasefire but regrets that ...").
    """
    # (PF26) read once per sentence and document: every issue's evidence and turns ask again
    doc = sent.doc
    memo: tuple[int, dict[tuple[int, int], tuple[bool, bool]]] | None = doc.user_data.get("communique_turns")
    if memo is None or memo[0] != len(doc):
        memo = doc.user_data["communique_turns"] = (len(doc), {})
    key = (sent.start, sent.end)
    hit = memo[1].get(key)
    if hit is None:
        hit = memo[1][key] = _sentence_turns(sent)
    return hit


def _sentence_turns(sent: Span) -> tuple[bool, bool]:
    """``sentence_turns`` read afresh."""
    forms = doc_forms(sent.doc)
    words = [f[1] for f in forms[sent.start : sent.end]]
    k = 0
    while k < len(words) and words[k] in LEADING_FILLERS:
        k += 1
    opening = " ".join(words[k : k + 4])
    # (set and tuple tests in C: no generator per word list)
    turn = (k < len(words) and words[k] in TURN_OPENINGS) or opening.startswith(TURN_PHRASES)
    turn = turn or not TURN_ANYWHERE.isdisjoint(words) or _part_opening(words[k:])
    if not turn and not OTHER_MATTER_NOUNS.isdisjoint(words):
        # "The embargo on oil exports is a different matter: ...", "The parliamentary results are another
        # story": what the sentence is about is set apart from what was just said.
        joined = f" {' '.join(words)} "
        turn = any(f" {m} {n} " in joined for m in OTHER_MATTER_MARKS for n in OTHER_MATTER_NOUNS)
    if not turn and "same" in words:
        turn = SAME_DENIED.search(" ".join(words)) is not None
    inner = turn or not INNER_CONTRAST.isdisjoint(words) or "at the same time" in " ".join(words)
    return turn, inner


def contrast_anchors(sent: Span, words: frozenset[str], lex: Lexicon) -> list[tuple[ViewToken, int]]:
    """Tokens of a contrastive sentence that stand for the issue, with their relation to it.

    The subject pronouns "it" and "they"; a possessive "its"/"their" stands for its noun ("its scope"),
    reversed when the noun is a harm done to the issue ("its violations" are violations of the issue:
    condemning them supports it); and nouns of the issue's words.
    """
    view = doc_view(sent.doc)
    forms = doc_forms(sent.doc)
    out: list[tuple[ViewToken, int]] = []
    for i in range(sent.start, sent.end):
        token = view[i]
        low = forms[i][1]
        if low in SUBJECT_PRONOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
            out.append((token, 1))
        elif low in POSSESSIVE_PRONOUNS and token.dep_ == "poss" and token.head.pos_ == "NOUN":
            noun = token.head
            out.append((noun, -1 if noun.lemma_.lower() in lex.harm else 1))
        elif forms[i][0] in words or forms[i][1] in words:
            # A modifier of the issue's words stands for its noun: "the electoral calendar".
            noun = token.head if token.dep_ in {"amod", "compound"} and token.head.pos_ == "NOUN" else token
            if noun.pos_ == "NOUN":
                out.append((noun, 1))
        if len(out) >= 3:
            break
    return out
