"""Match the lemma-indexed patterns against one parsed sentence.

A trigger token is looked up by lemma (one dict lookup per token); the phrase's other words must appear among
the trigger's near dependents, collected by a breadth-first walk of bounded depth and size that skips subjects
and separate clauses. The cost per sentence is therefore linear in its length whatever the parse looks like.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from communique.events.loader import Pattern, PatternSet
from communique.nlp.view import DocView
from communique.nlp.view import ViewSpan as Span
from communique.nlp.view import ViewToken as Token

# Dependents never searched for phrase words: subjects and separate clauses belong to other events.
SKIP_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "punct",
        "cc",
        "conj",
        "advcl",
        "relcl",
        "ccomp",
        "parataxis",
        "mark",
        "appos",
        "aux",
        "auxpass",
        "neg",
        "det",
        "case",
        "dep",
        "meta",
        "npadvmod",
    }
)
# Circumstantial prepositions: their phrases say when, why or on what terms something happens, never what is
# done ("Under the agreement, X will withdraw its troops" withdraws troops, not from an agreement).
CIRCUMSTANTIAL_PREPS = frozenset(
    {"under", "after", "before", "during", "despite", "since", "until", "amid", "amidst", "following"}
    | {"without"}
)
# ... except "under" with an object that names what is done to someone: "put X under house arrest",
# "placed the city under siege", "placed the region under martial law" (not "under the agreement", "under
# pressure from"; "came under fire" names no doer). ("law" alone is no such object: "arrested under the new
# law" cites the law; only martial law is done to a place.)
UNDER_EVENT_NOUNS = frozenset(
    {"arrest", "detention", "custody", "siege", "blockade", "curfew", "guard", "surveillance", "emergency"}
    | {"lockdown"}
)
# A motive phrase says why something is done, never what: "suspended its aid in protest at the tests" suspends
# aid, not a protest; "froze the talks in response to the raid", "in retaliation for the shelling" (VC18).
# (Under a verb of collective action the phrase is kept: "gathered in protest" is a protest, "urged them to
# stay at home in protest" calls for one.)
MOTIVE_NOUNS = frozenset({"protest", "response", "retaliation", "reprisal", "revenge", "reply"})
MOTIVE_KEEPERS = frozenset(
    {"gather", "assemble", "march", "walk", "rally", "resign", "strike", "demonstrate", "stay", "quit"}
    | {"close", "shut", "fast", "boycott", "sit"}
)
# Passive subjects are the verb's object ("sanctions were imposed"): searched for verbs only at depth 1.
PASSIVE_OBJECT = frozenset({"nsubjpass"})
MAX_DEPTH = 3
PERMISSION_VERBS = frozenset({"allow", "permit", "let", "enable", "authorize", "authorise"})
# Determiners that are phrase words: the denying "no" and the quantifiers ("both parties", "all sides").
WORD_DETERMINERS = frozenset({"no", "both", "all", "every", "each", "either"})
# Nouns of disposition whose "to" infinitive the parser may hang on the verb instead ("reaffirms the
# availability of ECOWAS to accompany Mali"): the infinitive says what the disposition is for.
DISPOSITION_NOUNS = frozenset(
    {"availability", "willingness", "readiness", "commitment", "determination", "resolve", "disposition"}
    | {"intention", "pledge", "promise", "offer", "desire", "wish", "preparedness"}
)
# Nouns that count or group acts: "responsible for a series of raids", "an inquiry into a wave of killings".
# The noun after their "of" names the act and is found at their own depth (VC17): one step further it fell out
# of the three dependency steps a phrase may use.
QUANTITY_NOUNS = frozenset(
    {"series", "wave", "spate", "string", "rash", "spree", "chain", "round", "succession", "flurry", "number"}
)
# Verbs through which a nominal act subject says that it began: "took effect", "came into force", "went into
# effect", "entered into force" (VC19).
TAKING_EFFECT_VERBS = frozenset({"take", "come", "go", "enter"})
# (NW26) Verbs through which what was sent is said to arrive ("the first Abrams tanks arrived in Ukraine", "a
# convoy of aid trucks reached Mariupol"), and the nouns that carry it as their "of" ("a batch of tanks").
ARRIVAL_VERBS = frozenset({"arrive", "reach", "land", "enter"})
CONSIGNMENT_NOUNS = frozenset(
    {"batch", "shipment", "consignment", "delivery", "cargo", "convoy", "load", "planeload", "shipload"}
)
MAX_ALTERNATIVES = 4
MAX_VISITED = 40
VERB_POS = frozenset({"VERB"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(slots=True)
class Match:
    """A pattern that fired on a trigger token, with the tokens that satisfied its phrase."""

    pattern: Pattern
    token: Token
    words: list[Token]
    alternatives: list[Match] = field(default_factory=list)


def lemma(token: Token) -> str:
    """Lower-case lemma (spaCy keeps capitals on proper nouns and all-caps words)."""
    return token.lemma_.lower()


def lemmas(token: Token) -> tuple[str, ...]:
    """The lemma plus suffix-stripped forms of the word: the statistical lemmatizer errs on rarer verbs
    ("staged" → "stag") and on all-caps text; the pattern index then still finds "stage"."""
    key = (token.lemma_, token.lower_)
    got = _lemma_forms.get(key)
    if got is None:
        if len(_lemma_forms) > 100_000:
            _lemma_forms.clear()
        got = _lemma_forms[key] = _forms(*key)
    return got


_lemma_forms: dict[tuple[str, str], tuple[str, ...]] = {}  # words repeat: their forms are kept


def fold_accents(word: str) -> str:
    """ "chargé" → "charge", "communiqué" → "communique": patterns are written in plain letters."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _forms(lemma_: str, low: str) -> tuple[str, ...]:
    base = lemma_.lower()
    forms = [base, low]
    if not low.isascii():
        folded = fold_accents(low)
        forms += [folded, *_forms(folded, folded)[1:]]
    if low.endswith("ied") or low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
        if len(low) > 4 and low[-3] == low[-4]:
            forms.append(low[:-3])  # "banned" → "ban"
    elif low.endswith("ing"):
        forms += [low[:-3] + "e", low[:-3]]
        if len(low) > 5 and low[-4] == low[-5]:
            forms.append(low[:-4])
    elif low.endswith("es"):
        forms += [low[:-1], low[:-2]]
    elif low.endswith("s") and not low.endswith("ss"):
        forms.append(low[:-1])
    return tuple(dict.fromkeys(forms))


def _hyphenated(child: Token, head: Token) -> bool:
    """The first half of a hyphenated word the tokenizer split ("test-fired": "test" - "fired")."""
    return child.i + 2 == head.i and child.nbor(1).text == "-" and not child.whitespace_


def _written_together(view: DocView, i: int) -> bool:
    """Tokens i-2, i-1 and i are written with no space between them ("de-escalate", not "de - escalate")."""
    offsets, texts = view.offsets, view.texts
    return offsets[i - 1] == offsets[i - 2] + len(texts[i - 2]) and offsets[i] == offsets[i - 1] + len(
        texts[i - 1]
    )


def _hyphen_joins(
    view: DocView, start: int, end: int, index: dict[str, list[Pattern]]
) -> dict[int, tuple[list[Pattern], list[Token]]]:
    """Hyphenated trigger words the tokenizer split ("de-escalate": "de" "-" "escalate"; "test-fired"): the
    word's head part → (its patterns, the other parts). The head is the part the parse hangs outside the
    word (else the last): "fired" in "test-fired", "escalate" in "agreed to de-escalate"."""
    texts, alphas = view.texts, view.alpha_flags
    joins: dict[int, tuple[list[Pattern], list[Token]]] = {}
    for i in range(start + 2, end):
        if texts[i - 1] != "-" or not (alphas[i - 2] and alphas[i]) or not _written_together(view, i):
            continue
        first = view.lowers[i - 2]
        plist = index.get(f"{first}-{view.lemma_lowers[i]}") or index.get(f"{first}-{view.lowers[i]}")
        if not plist:
            continue
        parts = [view.tokens[j] for j in (i - 2, i - 1, i)]
        outside = [t for t in parts if not i - 2 <= t.head.i <= i]
        head = outside[-1] if outside else parts[-1]
        joins[head.i] = (plist, [t for t in parts if t is not head])
    return joins


def dated(prep: Token) -> bool:
    """A time phrase ("on Friday", "in March"): it says when, never what ("called off ... on Friday")."""
    for g in prep.children:  # noqa: SIM110 (a plain loop: no generator object per preposition)
        if g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTS:
            return True
    return False


_TIME_ENTS = frozenset({"DATE", "TIME"})
_SMALL_CLAUSE_POS = frozenset({"ADJ", "NOUN"})


def _motive(prep: Token, lemma_lowers: list[str]) -> bool:
    """An "in protest / response / retaliation" phrase under a verb that does something else."""
    head = prep.head
    if lemma_lowers[head.i] in MOTIVE_KEEPERS:
        return False
    return any(c.dep_ == "pobj" and lemma_lowers[c.i] in MOTIVE_NOUNS for c in prep.children)


def _or_face(conj: Token, head: Token, lemma_lowers: list[str]) -> bool:
    """The penalty of an ordered act: "to return to work within 48 hours or face punishment" (VC18)."""
    # the parser also reads "or face arrest" as a noun with "face" its compound (VC20): the same penalty
    return (
        lemma_lowers[conj.i] == "face"
        or any(c.dep_ == "compound" and lemma_lowers[c.i] == "face" for c in conj.children)
    ) and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < conj.i for c in head.children)


def circumstantial(prep: Token) -> bool:
    """A preposition that sets the scene ("after", "during", a date): its object is no phrase word."""
    return prep.lower_ in CIRCUMSTANTIAL_PREPS or dated(prep)


def introductory(prep: Token) -> bool:
    """A phrase that opens the sentence and ends in a comma before its verb ("With the backing of the EU,
    Serbia and Kosovo have agreed to ..."): it sets the scene and supplies no phrase word."""
    head = prep.head
    if prep.i > head.i or head.dep_ != "ROOT":
        return False
    tokens = prep.view.tokens
    # (cheap tests first: the edges walk the subtrees)
    return any(tokens[i].text == "," for i in range(prep.i + 1, head.i)) and (
        prep.left_edge.i == head.left_edge.i
    )


def _hung_infinitive(clause: Token, verb: Token) -> bool:
    """A "to" infinitive after the verb that the parser hung on it as a separate (adverbial) clause."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VB"
        and clause.i > verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _called_on_infinitive(clause: Token, verb: Token) -> bool:
    """A "to" infinitive the parser hung on "call on X" as a separate clause: "We call on Iran to release"
    is parsed as "calls on Iran to release" is, with the infinitive as what is called for; "called for
    President X to step down" too (VC20: it was a telephone call to the president)."""
    return _hung_infinitive(clause, verb) and (
        any(
            c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and verb.i < c.i < clause.i
            for c in verb.children
        )
        # ("for" may be parsed as the infinitive's own marker: "called for President X to resign")
        or any(c.dep_ == "mark" and c.lower_ == "for" and verb.i < c.i for c in clause.children)
    )


def _out_to_infinitive(clause: Token, verb: Token) -> bool:
    """The purpose of going out, which the parser hangs on the motion verb as a separate clause: "calls on its
    supporters to come out to protest" asks them to protest (VC16)."""
    return _hung_infinitive(clause, verb) and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _disposition_infinitive(clause: Token, verb: Token) -> bool:
    """A "to" infinitive the parser hung on the verb that completes its object, a noun of disposition:
    "reaffirms the availability of ECOWAS to accompany Mali", "maintain their willingness to support"."""
    return _hung_infinitive(clause, verb) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DISPOSITION_NOUNS and verb.i < c.i < clause.i
        for c in verb.children
    )


# Armed men sent "to help" or "to support" another party: the purpose, which the parser hangs on the verb as a
# separate clause, says whom the deployment serves (074), as "deployed 2,000 soldiers to northern Mali to help
# French and Malian forces" (VC18)
AID_PURPOSE_VERBS = frozenset({"help", "assist", "support", "bolster", "reinforce", "back", "aid"})
ARMED_OBJECTS = frozenset(
    {"troop", "soldier", "force", "police", "officer", "unit", "contingent", "battalion", "brigade", "marine"}
    | {"paratrooper", "commando", "personnel", "policeman", "gendarme", "peacekeeper"}
)


def _aid_purpose_infinitive(clause: Token, verb: Token) -> bool:
    """A "to help / to support" infinitive hung on a verb that sends armed men."""
    return (
        _hung_infinitive(clause, verb)
        and clause.lemma_.lower() in AID_PURPOSE_VERBS
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ARMED_OBJECTS and verb.i < c.i < clause.i
            for c in verb.children
        )
    )


# A journey's purpose, which the parser hangs on the motion verb as a separate clause, says what the journey
# was for: "toured Caribbean capitals to drum up support for Venezuela's bid" rallies support (053), "a UN
# team arrived in Kigali to investigate reports of massacres" investigates (09), as wire coders read them
# (VC19). So are envoys, teams and missions sent somewhere to do something ("sent a team to investigate").
# Not grammar.yaml's motion `light_verbs` (RV19 E): those carry an event named in their object or "for"
# phrase ("returned to Geneva for talks"); these yield to a purpose infinitive. The lists differ on purpose: a
# visit or a tour is an event of its own, so never a light verb, yet its purpose is what it was for; crowds
# that "gathered" or "marched to demand" protest, so their infinitive must not take over as the main event.
MOTION_VERBS = frozenset(
    {"tour", "travel", "visit", "fly", "go", "come", "arrive", "head", "return", "journey", "rush", "hurry"}
    # armed men who land or deploy somewhere "to reinforce the mission" or "to guard the plants" (NV22)
    | {"land", "deploy"}
)
SENDING_VERBS = frozenset({"send", "dispatch"})
ENVOY_OBJECTS = frozenset(
    {"team", "mission", "delegation", "envoy", "emissary", "expert", "investigator", "inspector", "monitor"}
    | {"official", "representative", "minister", "diplomat", "observer"}
)


def _journey_purpose_infinitive(clause: Token, verb: Token) -> bool:
    """A "to" infinitive hung on a verb of the subject's journey, or on sending an envoy or a team."""
    if not _hung_infinitive(clause, verb):
        return False
    word = verb.lemma_.lower()
    if word in MOTION_VERBS:
        return True
    return word in SENDING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_OBJECTS and verb.i < c.i < clause.i
        for c in verb.children
    )


def _addressed_infinitive(clause: Token, verb: Token) -> bool:
    """A "to" infinitive hung on a verb with an addressee: "gave the gunmen 24 hours to free the hostages or
    face an assault" sets what the gunmen must do (and its penalty), as "ordered X to V" does (VC19)."""
    return _hung_infinitive(clause, verb) and any(
        c.dep_ == "dative" and c.i < clause.i for c in verb.children
    )


def _magnitude(figure: str) -> str | None:
    """ "hundred" or "thousand" for a figure in digits of that order or more ("300", "2,000"), else None."""
    digits = figure.replace(",", "")
    if not digits.isdigit():
        return None
    value = int(digits)
    return "thousand" if value >= 1000 else "hundred" if value >= 100 else None


def _under_event(prep: Token) -> bool:
    """An "under" phrase naming what is done: "under house arrest", "under siege", "under curfew"."""
    return any(g.dep_ == "pobj" and _done_under(g) for g in prep.children)


def _done_under(noun: Token) -> bool:
    """What is done to a place: "house arrest", "siege", "martial law", "a state of emergency"."""
    word = noun.lemma_.lower()
    if word in UNDER_EVENT_NOUNS:
        return True
    if word in {"law", "rule"}:
        return any(c.lower_ in {"martial", "military"} for c in noun.children)
    return word == "state" and any(w.lemma_.lower() in UNDER_EVENT_NOUNS for w in noun.subtree)


def near_dependents(token: Token, kind: str) -> dict[str, Token]:
    """Return lemma → token for the bounded neighbourhood of dependents a phrase may use."""
    found: dict[str, Token] = {}
    lemma_lowers = token.view.lemma_lowers  # lemma(child) without a call per child
    texts, lowers = token.view.texts, token.view.lowers
    visited = 0
    max_depth = MAX_DEPTH if kind != "noun" else 2
    # Breadth first, one depth level at a time (the order in which words are first found decides which
    # token a word names); the walk stops when MAX_VISITED children have been looked at.
    level = [token]
    depth = 0
    while level and visited < MAX_VISITED:
        deeper: list[Token] = []
        go_on = depth + 1 < max_depth
        for current in level:
            if visited >= MAX_VISITED:
                break
            for child in current.children:
                visited += 1
                dep = child.dep_
                if dep == "det":
                    if child.lower_ in WORD_DETERMINERS:
                        # "has no objection", "raised no objection": patterns may name the denying
                        # determiner ("have objection no") or forbid it ("!no"), or a quantifier ("engage with
                        # both parties"); articles and demonstratives say nothing
                        found.setdefault(child.lower_, child)
                    continue
                if dep == "ccomp" and depth == 0 and child.pos_ in _SMALL_CLAUSE_POS:
                    # a small clause: "found the journalist guilty", "declared the vote invalid"; a noun the
                    # parser took for a clause: "took three engineers hostage" (hostage: ccomp over engineers)
                    pass
                elif dep in SKIP_DEPS and not (
                    (
                        depth == 0
                        and (
                            (dep in PASSIVE_OBJECT and kind != "noun")
                            # (the cheap first tests of the two helpers, before calling them)
                            or (child.i + 2 == current.i and _hyphenated(child, current))
                            or (
                                kind == "verb"
                                and dep == "advcl"
                                and (
                                    _called_on_infinitive(child, current)
                                    or _disposition_infinitive(child, current)
                                    or _aid_purpose_infinitive(child, current)
                                    or _journey_purpose_infinitive(child, current)
                                    or _addressed_infinitive(child, current)
                                )
                            )
                        )
                    )
                    or (
                        depth == 1
                        and kind == "verb"
                        and dep == "advcl"
                        and _out_to_infinitive(child, current)
                    )
                    or (kind == "verb" and dep == "conj" and _or_face(child, current, lemma_lowers))
                    # a sentence parsed as one noun phrase ("The Russian side reserves the right to ...": the
                    # verb read as the plural noun at the root, its object as an apposition) keeps the object
                    or (
                        depth == 0
                        and dep == "appos"
                        and token.dep_ == "ROOT"
                        and token.tag_ == "NNS"
                        and child.i == token.i + 2
                    )
                    # the "for" of "called for X to resign", parsed as the infinitive's marker (VC20)
                    or (depth == 1 and dep == "mark" and child.lower_ == "for" and current.dep_ == "advcl")
                ):
                    continue
                low = child.lower_
                if dep == "prep":
                    if (low in CIRCUMSTANTIAL_PREPS or dated(child)) and not (
                        low == "under" and _under_event(child)
                    ):
                        continue
                    if depth == 0 and introductory(child):
                        continue
                    if low == "in" and _motive(child, lemma_lowers):
                        continue
                lem = lemma_lowers[child.i]
                if lem not in found:
                    found[lem] = child
                if lem in QUANTITY_NOUNS or lem in CONSIGNMENT_NOUNS:
                    # "a series of raids": the counted noun stands where its quantity noun stands (and what a
                    # consignment carries where it stands: "a shipment of missiles was delivered", NW26)
                    for of in child.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            for counted in of.children:
                                if counted.dep_ == "pobj":
                                    # (its own dependents keep their distance: "conduct a series of joint
                                    # exercises, including live-fire drills" is no closer to its drills)
                                    found.setdefault(lemma_lowers[counted.i], counted)
                                    found.setdefault(counted.lower_, counted)
                elif not go_on and child.pos_ == "PROPN":
                    # a title written before a name at the last step names the person too: "solidarity with
                    # President Bazoum" (the parser hangs "President" on "Bazoum", one step further)
                    for title in child.children:
                        if title.dep_ == "compound" and title.pos_ == "PROPN":
                            found.setdefault(lemma_lowers[title.i], title)
                if child.tag_ == "CD":
                    # a figure names its order of magnitude: "killed more than 2,000 civilians" is killed by
                    # the thousand, as "killed thousands of civilians" is
                    magnitude = _magnitude(child.lower_)
                    if magnitude:
                        found.setdefault(magnitude, child)
                if child.i > 1 and texts[child.i - 1] == "-" and _written_together(token.view, child.i):
                    # the second half of a hyphenated word the tokenizer split also names the whole word
                    # ("call for de-escalation": "de-escalation" is a phrase word)
                    found.setdefault(f"{lowers[child.i - 2]}-{lem}", child)
                if low not in found:
                    found[low] = child
                if not low.isascii():
                    found.setdefault(fold_accents(low), child)
                if go_on:
                    deeper.append(child)
        depth += 1
        level = deeper
    if kind == "verb" and lemma(token) in PERMISSION_VERBS:
        # "allowed UN inspectors to return", "let aid convoys enter": what is allowed is the subject of the
        # complement clause the parser hangs on the verb
        for clause in token.children:
            if clause.dep_ in {"ccomp", "xcomp"}:
                for subj in clause.children:
                    if subj.dep_ in {"nsubj", "nsubjpass"}:
                        found.setdefault(lemma(subj), subj)
                        found.setdefault(subj.lower_, subj)
                        for mod in subj.children:
                            if mod.dep_ in {"compound", "amod"}:
                                found.setdefault(lemma(mod), mod)
                        # ... and what it is allowed to do: "allowed fuel trucks to enter Gaza", "let aid
                        # convoys cross into Gaza" (the complement's verb and its particles or prepositions)
                        found.setdefault(lemma(clause), clause)
                        for part in clause.children:
                            if part.dep_ in {"prt", "prep"} and not dated(part):
                                found.setdefault(part.lower_, part)
    if kind == "eval" and token.dep_ in {"acomp", "attr", "oprd", "dobj"}:
        # "X sets a dangerous precedent" is matched on "precedent" too: let its verb supply words.
        found.setdefault(lemma(token.head), token.head)
        if token.dep_ == "acomp":
            # the parser hangs an adjective's own gerund phrase on the copula: "will not be long in coming"
            for prep in token.head.children:
                if prep.dep_ == "prep" and prep.i == token.i + 1:
                    for gerund in prep.children:
                        if gerund.dep_ == "pcomp":
                            found.setdefault(gerund.lower_, gerund)
    elif kind == "eval" and token.dep_ == "nsubj" and token.pos_ in NOUN_POS and token.head.pos_ in VERB_POS:
        # a judging noun as the subject says the judgement through its verb: "responsibility lies with X",
        # "the blame falls on Y": the verb and its prepositions are phrase words (what they govern is not)
        verb = token.head
        found.setdefault(lemma(verb), verb)
        for child in verb.children:
            if child.dep_ == "prep" and not circumstantial(child):
                found.setdefault(child.lower_, child)
    elif kind == "noun" and (arrival := arrival_verb(token)) is not None:
        # (NW26) what was sent is said to arrive through its verb: "the first Abrams tanks arrived in
        # Ukraine", "a convoy of aid trucks reached Mariupol" (the verb, its object and prepositions are
        # phrase words)
        found.setdefault(lemma(arrival), arrival)
        for child in arrival.children:
            if child.dep_ == "dobj" or (child.dep_ == "prep" and not circumstantial(child)):
                found.setdefault(lemma(child), child)
    elif kind == "noun" and token.dep_ == "nsubj" and lemma(token.head) in TAKING_EFFECT_VERBS:
        # an act that "took effect" or "came into force" is said through its verb: "a truce between the army
        # and the rebels took effect at midnight" declares it (VC19); the verb, its particles and what they
        # govern ("effect", "into force") are phrase words
        verb = token.head
        found.setdefault(lemma(verb), verb)
        for child in verb.children:
            if child.dep_ in {"dobj", "prt"} or (child.dep_ == "prep" and not circumstantial(child)):
                found.setdefault(lemma(child), child)
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.setdefault(lemma(obj), obj)
    return found


def arrival_verb(token: Token) -> Token | None:
    """The arrival verb (``ARRIVAL_VERBS``) the noun is the subject of, itself or as the "of" of a consignment
    noun ("a batch of tanks arrived"); None otherwise."""
    subject = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in CONSIGNMENT_NOUNS:
        subject = token.head.head
    if subject.dep_ == "nsubj" and subject.head.pos_ in VERB_POS and lemma(subject.head) in ARRIVAL_VERBS:
        return subject.head
    return None


def _kind_fits(pattern: Pattern, token: Token) -> bool:
    if pattern.kind == "verb":
        # a participle modifying a noun describes a state, not an event of the sentence ("the besieged town");
        # a copula is the clause's verb though the tagger calls it AUX ("troops were on high alert")
        if token.pos_ == "AUX":
            return token.dep_ not in AUXILIARY_DEPS
        return token.pos_ in VERB_POS and token.dep_ != "amod"
    if pattern.kind == "noun":
        # "riot police", "protest movement": a noun modifying another noun names no event
        return token.pos_ in NOUN_POS and token.dep_ != "compound"
    if pattern.kind == "adj":
        # predicative only: "X is ready to ..." (participles such as "prepared" may be tagged VERB)
        return token.dep_ in {"acomp", "ROOT", "oprd", "conj"} and (
            token.pos_ == "ADJ" or (token.pos_ == "VERB" and token.tag_ == "VBN")
        )
    # Evaluations: adjectives ("unacceptable"), nouns ("inadmissibility of"), and verbs only in multi-word
    # phrases ("run counter", "set a dangerous precedent") so that a plain verb never reads as a judgement.
    if token.pos_ == "ADJ":
        return True
    if token.pos_ in {"VERB", "NOUN", "ADV", "ADP"}:  # ADP: "X was behind the bombing"
        return bool(pattern.required) or token.pos_ == "NOUN"
    return False


@dataclass(slots=True)
class _Entry:
    """A pattern prepared for matching: what ``match_sentence`` would otherwise recompute per token."""

    pattern: Pattern
    bit: int  # which of its list's kind tests (``_Prepared.tests``) the token must pass
    needs_deps: bool
    required: tuple[tuple[str, ...], ...]
    any_required: tuple[frozenset[str], ...]  # each alternatives group as a set, for a quick miss test
    forbidden: frozenset[str]
    # the groups after the first: an entry is looked at only when a word of its first group is present
    rest: tuple[frozenset[str], ...]


@dataclass(slots=True)
class _Fit:
    """The entries of a pattern list that fit one kind of token, and how to pick the few worth testing."""

    entries: list[_Entry]  # in list order
    # the kind of the first entry that needs the trigger's dependents (their walk depends on it), or None
    deps_kind: str | None
    # word → positions (in ``entries``) of the entries whose FIRST required group holds the word: an entry
    # none of whose first words is among the dependents cannot match, so it is never looked at
    first_words: dict[str, list[int]]
    always: list[int]  # positions of the entries tested whatever the dependents (no required words)


@dataclass(slots=True)
class _Prepared:
    """A trigger's pattern list prepared once: its distinct kind tests, and its entries per test outcome."""

    plist: list[Pattern]
    size: int
    # ``_kind_fits`` depends only on the pattern's kind and on whether it requires words: one
    # representative pattern per distinct (kind, requires words) pair, tested once per token.
    tests: list[Pattern]
    entries: list[_Entry]
    by_mask: dict[int, _Fit]  # bit mask of the passed tests → the entries that fit
    # ``_kind_fits`` reads only the token's pos_, dep_ and tag_: their triple → the fit (a few dozen)
    by_token: dict[tuple[str, str, str], _Fit]


# id(pattern list) → its preparation, which keeps the list and compares it, so a rebuilt index (new
# lists, possibly at reused addresses) or a list changed in place is prepared again.
_prepared: dict[int, _Prepared] = {}


def _prepare(plist: list[Pattern]) -> _Prepared:
    got = _prepared.get(id(plist))
    if got is not None and got.plist is plist and got.size == len(plist):
        return got
    keys: dict[tuple[str, bool], int] = {}
    tests: list[Pattern] = []
    entries = []
    for p in plist:
        key = (p.kind, bool(p.required))
        if key not in keys:
            keys[key] = len(tests)
            tests.append(p)
        groups = tuple(frozenset(a) for a in p.required)
        entries.append(
            _Entry(p, keys[key], bool(p.required or p.forbidden), p.required, groups, p.forbidden, groups[1:])
        )
    if len(_prepared) > 50_000:
        _prepared.clear()
    got = _prepared[id(plist)] = _Prepared(plist, len(plist), tests, entries, {}, {})
    return got


def _fit(entries: list[_Entry]) -> _Fit:
    # The walk is the verb walk when a verb pattern needs it: on a verb it finds what the evaluative walk
    # finds, and more (a purpose infinitive, "called on X to"). The first pattern's kind alone let an
    # evaluative pattern listed first ("send signal worrying") cut the verb patterns of "send" off those
    # words (VC18).
    needing = [e.pattern.kind for e in entries if e.needs_deps]
    deps_kind = "verb" if "verb" in needing else next(iter(needing), None)
    first_words: dict[str, list[int]] = {}
    always: list[int] = []
    for j, e in enumerate(entries):
        if e.required:
            for w in e.any_required[0]:
                first_words.setdefault(w, []).append(j)
        else:
            always.append(j)
    return _Fit(entries, deps_kind, first_words, always)


def _fitting_entries(prepared: _Prepared, token: Token) -> _Fit:
    """The entries whose kind fits the token, in list order."""
    key = (token.pos_, token.dep_, token.tag_)
    got = prepared.by_token.get(key)
    if got is not None:
        return got
    mask = 0
    for bit, representative in enumerate(prepared.tests):
        if _kind_fits(representative, token):
            mask |= 1 << bit
    got = prepared.by_mask.get(mask)
    if got is None:
        got = prepared.by_mask[mask] = _fit([e for e in prepared.entries if mask >> e.bit & 1])
    if len(prepared.by_token) < 1000:  # bounded: tags and labels are few, but a user model may differ
        prepared.by_token[key] = got
    return got


# (pattern index, its size, lemma → the pattern list of a suffix-stripped form of a word not in the index)
_fallback: list[tuple[dict[str, list[Pattern]], int, dict[tuple[str, str], list[Pattern] | None]]] = []


def _fallback_lists(index: dict[str, list[Pattern]]) -> dict[tuple[str, str], list[Pattern] | None]:
    """The memo of ``_fallback_list`` for this index (a new one when the index is rebuilt or grows)."""
    if _fallback:
        got_index, size, memo = _fallback[0]
        if got_index is index and size == len(index):
            return memo
    memo = {}
    _fallback[:] = [(index, len(index), memo)]
    return memo


_NOT_SEEN: list[Pattern] = []  # a memo miss (a stored None means: no form of the word triggers)
_FALLBACK_POS = frozenset({"VERB", "NOUN", "ADJ"})


def _fallback_list(index: dict[str, list[Pattern]], token: Token) -> list[Pattern] | None:
    """The patterns of the first suffix-stripped form of the token's word that triggers any (memoised)."""
    memo = _fallback_lists(index)
    key = (token.lemma_, token.lower_)
    got = memo.get(key, _NOT_SEEN)  # (one read: another thread may clear the memo between two)
    if got is not _NOT_SEEN:
        return got
    got = next((index[f] for f in lemmas(token)[1:] if f in index), None)
    if len(memo) > 100_000:
        memo.clear()
    memo[key] = got
    return got


def _fitting_matches(plist: list[Pattern], token: Token) -> list[Match]:
    """The patterns of one trigger list that fit the token and find their required words, best first."""
    prepared = _prepare(plist)
    fit = prepared.by_token.get((token.pos_, token.dep_, token.tag_)) or _fitting_entries(prepared, token)
    deps: dict[str, Token] = {}  # (read only by entries that need it, and then computed below)
    if fit.deps_kind is None:
        entries = fit.entries
    else:
        # (the dependents' walk depends on the kind of the first pattern that needs it; the other
        # patterns reuse it)
        deps = near_dependents(token, fit.deps_kind)
        first_words = fit.first_words
        common = first_words.keys() & deps.keys()
        if not common:
            if not fit.always:
                return []
            entries = [fit.entries[j] for j in fit.always]
        else:
            # the entries that may match, in list order (the others miss their first word)
            hits = set(fit.always)
            for word in common:
                hits.update(first_words[word])
            entries = [fit.entries[j] for j in sorted(hits)]
    fitting: list[Match] = []
    keys = deps.keys()
    for entry in entries:
        if entry.needs_deps:
            # every entry here has a word of its first group (``common``) or no required words: the other
            # groups must each have one too, and no forbidden word may be present
            if entry.rest and any(map(keys.isdisjoint, entry.rest)):
                continue
            if entry.forbidden and not keys.isdisjoint(entry.forbidden):
                continue
            # the first present alternative of each group, in written order
            fitting.append(Match(entry.pattern, token, [_first_present(deps, g) for g in entry.required]))
            continue
        fitting.append(Match(entry.pattern, token, []))
        if len(fitting) >= MAX_ALTERNATIVES:
            break
    return fitting


# Nouns of "in disregard / in spite / in defiance of" and "regardless of": with "of" they make a preposition
# like "despite", which sets the scene (CIRCUMSTANTIAL_PREPS) and names no act (VC16).
CONCESSIVE_NOUNS = frozenset({"disregard", "spite", "defiance", "regardless"})


def _concessive(noun: Token) -> bool:
    """The noun is (the object of) a concessive phrase: "in disregard of China's opposition and warnings", "in
    spite of the protests", "in defiance of the sanctions" — the scene of the act, not an event."""
    for _ in range(4):  # the first of its conjuncts ("opposition and serious representations")
        if noun.dep_ != "conj":
            break
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in CONCESSIVE_NOUNS
    # the phrase's own noun: "in disregard of", "in defiance of"
    return (
        noun.lower_ in CONCESSIVE_NOUNS
        and noun.dep_ == "pobj"
        and head.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


def _disapproval(m: Match) -> bool:
    """An evaluative match that disapproves (11): "unacceptable", "hostile step", "undermine the process"."""
    return m.pattern.kind == "eval" and (m.pattern.code or "")[:2] == "11"


def _judged_noun(token: Token) -> Token | None:
    """The noun an evaluative word judges in its own phrase: the adjective's or relative clause's head ("any
    hostile step", "any action that could undermine"), the copula's subject ("any change would be
    unacceptable", "any escalation would have grave consequences"), or the word itself when it is a noun."""
    if token.pos_ in NOUN_POS:
        return token
    if token.dep_ in {"amod", "relcl"}:
        return token.head
    clause = token.head if token.dep_ in {"acomp", "attr"} else token
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    # a judging verb's or copula's subject: "any further escalation would have dangerous consequences", and
    # its conjunct's ("... and further aggravate the situation")
    for _ in range(3):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or clause.dep_ != "conj":
            return subject
        clause = clause.head
    return None


def _judges_no_act(token: Token) -> bool:
    """The judged noun is one of "any" ("any hostile steps", "any form of illegal pressure"), a kind of act
    the speaker warns about or rules out, or what is "without" ("to proceed without interference"): no act
    that happened."""
    noun = _judged_noun(token)
    for _ in range(2):  # the noun itself, or the "form" / "act" / "kind" it is "of"
        if noun is None:
            return False
        if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "without":
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head
    return False


def _first_present(deps: dict[str, Token], group: tuple[str, ...]) -> Token:
    """The token of the group's first word among the dependents (one is there, by the caller's test)."""
    for w in group:
        got = deps.get(w)
        if got is not None:
            return got
    raise AssertionError("no word of the group is present")


def match_sentence(sent: Span, patterns: PatternSet, max_matches: int = 60) -> list[Match]:
    """Return the best pattern per trigger token; words used by a more specific match are consumed."""
    candidates: list[Match] = []
    index = patterns.by_lemma
    view = sent.view
    lowered = view.lemma_lowers  # every token's lower-case lemma, read once: no object for most words
    tokens = view.tokens
    poses = view.poses
    memo = _fallback_lists(index)  # (read once per sentence, not once per word missing from the index)
    joins = (
        _hyphen_joins(view, sent.start, sent.end, index) if "-" in view.texts[sent.start : sent.end] else {}
    )
    for i in range(sent.start, sent.end):
        if i in joins:
            joined, parts = joins[i]
            whole = _fitting_matches(joined, tokens[i])
            if whole:
                # the hyphenated word triggers as one: its other parts are phrase words (consumed)
                for m in whole:
                    m.words = [*parts, *m.words]
                whole[0].alternatives = whole[1:MAX_ALTERNATIVES]
                candidates.append(whole[0])
                continue
        plist = index.get(lowered[i])
        if not plist:
            if poses[i] not in _FALLBACK_POS:
                continue
            token = tokens[i]
            plist = memo.get((token.lemma_, token.lower_), _NOT_SEEN)
            if plist is _NOT_SEEN:
                plist = _fallback_list(index, token)
            if not plist:
                continue
        token = tokens[i]
        fitting = _fitting_matches(plist, token)
        if not fitting and poses[i] in _FALLBACK_POS:
            # none of the lemma's patterns fits ("outrage against" needs its word): the word as written may
            # still trigger ("We are outraged by ...": the adjective "outraged"). Only the written form: a
            # stem would turn "the parties concerned" into the noun "concern".
            other = index.get(token.lower_)
            if other and other is not plist:
                fitting = _fitting_matches(other, token)
        if fitting and any(_disapproval(m) for m in fitting) and _judges_no_act(token):
            # "rejects any form of illegal pressure", "any further escalation would have grave consequences",
            # "allow the march to proceed without interference": disapproving of any act of a kind, or of one
            # that is absent, judges no act that happened (VC16). (A threat about any act stays: "any
            # deployment of troops will receive an appropriate response".)
            fitting = [m for m in fitting if not _disapproval(m)]
        if fitting and poses[i] in NOUN_POS and _concessive(tokens[i]):
            # "in disregard of China's strong opposition, X visited ...": a noun of the scene, as after
            # "despite" (the coder drops those); its verbal readings stay (VC16)
            fitting = [m for m in fitting if m.pattern.kind not in {"noun", "eval"}]
        if fitting:
            # The best match carries the others as fallbacks for role constraints (source_sectors ...).
            best = fitting[0]
            best.alternatives = fitting[1:MAX_ALTERNATIVES]
            candidates.append(best)
        if len(candidates) >= max_matches:
            break
    # Only phrase words can consume a trigger: without any, every candidate is kept (already in token order).
    if not any(m.words for m in candidates):
        return candidates
    # Most specific first; a token consumed as a phrase word cannot trigger another pattern. (Candidates are
    # in token order, one per token: a stable sort on specificity alone keeps that order among equals.)
    ranked = sorted(candidates, key=_less_specific)
    consumed: set[int] = set()
    kept: list[Match] = []
    for m in ranked:
        i = m.token.i
        if i in consumed:
            continue
        kept.append(m)
        consumed.add(i)
        for w in m.words:
            consumed.add(w.i)
    # a trigger that is another kept match's phrase word goes (word position → the matches using it)
    users: dict[int, list[Match]] = {}
    for user in kept:
        for w in user.words:
            users.setdefault(w.i, []).append(user)
    at = {m.token.i: m for m in kept}
    for i, using in users.items():
        used = at.get(i)
        if used is not None and any(u is not used for u in using):
            del at[i]
    # the kept matches in token order: the candidates' own order
    return [m for m in candidates if m.token.i in at]


def _less_specific(m: Match) -> int:
    return -m.pattern.specificity
