"""Polarity of a sentence towards an issue mention, for the statement's issuer.

The rules walk the dependency path from the issue's anchor token up to the sentence root, keeping:

* ``rel``: how the current phrase relates to the issue (+1 the same, -1 reversed: "obstruct the delivery of
  aid", "lift sanctions", "withdrawal of troops"),
* ``att``: the speaker's attitude towards the issue, set by the first evaluation met on the way ("condemn X",
  "X is unacceptable", "X sets a dangerous precedent", "calls for X", "X must be released") and multiplied by
  an outer evaluation only across a clause boundary ("we reject attempts to present X as an occupation":
  opposing those who oppose X is support).

Negation flips evaluations; hypothetical modals (may, would, could) lower the weight but keep the stance
("X would have negative consequences" opposes X). Coded events (reject, disapprove, praise, ...) fill in
where the lexicon is silent, so a missing event never removes a stance and a missing word does not either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from communique.actors.resolver import STATE_SECTORS
from communique.events.roles import party_noun_phrase
from communique.model import Actor, Event
from communique.nlp.view import DocView, doc_view
from communique.nlp.view import ViewToken as Token
from communique.stance.loader import Lexicon

SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
ANY_SUBJECT_DEPS = frozenset(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)  # built once, not per test
CLAUSE_DEPS = {"xcomp", "ccomp", "acl", "relcl", "advcl", "csubj", "pcomp"}
# Subordinators of a conceded clause ("While we welcome X, ...", "Although the law protects Y, ...").
CONCESSIVE_MARKS = frozenset({"while", "whilst", "although", "though", "whereas"})
TIME_MARKS = frozenset({"before", "after", "until", "till", "once"})
COMPLEMENT_DEPS = {"acomp", "attr", "dobj", "oprd", "xcomp", "advmod", "prep", "npadvmod", "ccomp"}
PASSIVE_COMPLEMENT_DEPS = {"acomp", "oprd", "advmod", "prep"}
HYPOTHETICAL = {"may", "might", "could", "would", "can"}
DEONTIC = {"must", "should", "ought", "shall"}
CONFORMITY_VALUE = 0.6
BARGAINING_VALUE = -0.6  # as "negotiable" in polarity.yaml
HARM_PREPOSITIONS = {"of", "on", "against", "to", "for", "upon", "over", "into", "towards", "at", "in"}
# Prepositions that the parser hangs on a support verb although they belong to its ending noun: "put an end
# to X", "declare a halt to X", "impose a moratorium on X" (the "to"/"on" phrase is the noun's).
ENDING_PREPOSITIONS = frozenset({"to", "on"})
# Particles of phrasal verbs ("pull back", "call off"), looked up as "verb-particle" in the harm lexicon.
PARTICLES = frozenset({"back", "out", "off", "down", "up", "aside"})
# Prepositions that attach the one affected to a noun of effect ("consequences for X", "impact on X").
VICTIM_PREPOSITIONS = {"for", "to", "on", "upon"}
# Prepositions of a suffering verb whose phrase is no harm done to what it names: "killed in the shelling",
# "died during the raid".
CAUSE_PREPOSITIONS = frozenset({"in", "during", "by", "from", "at", "under"})
# Of those, the ones that name what was suffered ("killed in / by / from / under X"); "during" and "at" give
# only the time or place ("killed during the ceasefire"), so a victim there says nothing of X (RV18-stance 4).
SUFFERED_CAUSES = frozenset({"in", "by", "from", "under"})
# The way a step leads: "a step in the right direction" (not "right" alone, which is most often a noun).
DIRECTIONS = {"right": 0.8, "wrong": -0.8}
# Prepositions of manner and norm ("in accordance with", "without justification", "contrary to"), not of
# time, place or cause ("during the protests", "for specific crimes").
MANNER_PREPOSITIONS = {"in", "with", "without", "contrary", "under"}
# Prepositions of means, place and time: what they bring to a call is not what is called for.
MEANS_PREPOSITIONS = frozenset({"with", "across", "during", "at", "in", "by"})
FIRST_PERSON = {"we", "i", "us", "our", "he", "she"}
THIRD_PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
# Coded events read as a position on their object. Disapprove (11), reject (12) and protest (14) oppose what
# they are about; a statement (01) takes no position; any other event the issuers carry out on the issue
# (appeal for it, impose sanctions, send aid, sign an agreement, release prisoners) takes it up.
CAMEO_POLARITY = {"11": -1.0, "12": -1.0, "14": -0.8, "01": 0.0}
CAMEO_DEFAULT = 0.5


@dataclass(slots=True)
class Vote:
    """The position one sentence shows on one issue mention."""

    polarity: int  # +1 support, -1 oppose, 0 neutral
    weight: float
    op: int | None = None  # token index of the deciding evaluation
    event_id: str | None = None
    holder: int | None = None  # subject token of the deciding evaluation, when explicit
    rel: int = 1  # descriptive relation of the sentence to the issue (for "This is unacceptable" next)


@dataclass
class Context:
    """What the rules need besides the sentence: lexicon, events by token, issuers to tell holders apart."""

    doc: DocView  # the parse view of the document: the rules read view tokens, not spaCy's
    lexicon: Lexicon
    issuer_words: set[str]
    issuer_countries: set[str]
    actors_by_token: dict[int, Actor]
    events_by_token: dict[int, Event]
    has_issuers: bool
    # Votes already read in this document, by (anchor, sign, sentence start, reversers): targets share
    # anchors (one word cues several issues) and a reference is read again for each issue it may point to.
    votes: dict[tuple[int, int, int, frozenset[int], frozenset[int]], Vote | None] = field(
        default_factory=dict
    )
    modifier_votes: dict[tuple[int, int], Vote | None] = field(default_factory=dict)
    # Per subject token and per event: whose position it is (read once per document).
    third_party: dict[int, bool] = field(default_factory=dict)
    issuers_act: dict[int, bool] = field(default_factory=dict)
    # (ST23b) Issuers that hold no state office (an NGO, a union, a church, an opposition party): "the
    # Government" or "Ministers" in their statement are the state they address, never the issuers.
    nonstate: bool = False


def lemma(token: Token) -> str:
    """Lower-case lemma, with hyphenated words re-joined ("so-called", "cease-fire")."""
    return token.lemma_.lower()


def hyphen_word(token: Token) -> str | None:
    """The hyphenated word a token ends, e.g. ``called`` in ``so-called``, or None."""
    i = token.i
    if i < 2:
        return None
    view = getattr(token, "view", None)  # a view token; a spaCy token (callers outside the stage) has none
    tokens = view.tokens if view is not None else token.doc
    dash = tokens[i - 1]
    if dash.text != "-" or dash.whitespace_:
        return None  # (most tokens: one string comparison)
    before = tokens[i - 2]
    return None if before.whitespace_ else f"{before.lower_}-{token.lower_}"


def evaluation(token: Token, lex: Lexicon) -> float:
    """Signed evaluative weight of a token (lexicon), 0 if neutral."""
    if token.lower_ in lex.not_evaluative and token.dep_ not in {"amod", "acomp", "attr", "oprd"}:
        return 0.0
    value = lex.evaluation(lemma(token)) or lex.evaluation(token.lower_)
    if (
        value
        and token.lower_ in lex.postnominal
        and token.dep_ in {"amod", "acl"}
        and token.i == token.head.i + 1
    ):
        return 0.0  # "the governments concerned": those in question, no feeling
    if value and token.pos_ == "NOUN" and lemma(token) in lex.contention_nouns:
        return 0.0
    if value < 0 and token.pos_ == "NOUN" and lemma(token) in lex.borne and _borne_by_others(token, lex):
        return 0.0  # "imposes real costs on the regime": the measure working, not a harm to the issuers
    if value and lemma(token) == "short" and lemma(token.head) != "fall":
        return 0.0  # only "falls short" judges; "a short pause", "in short" do not
    if value and token.pos_ == "NOUN" and _aspect(token, lex):
        return 0.0  # "in other key respects", "in this respect", "with respect to": an aspect, no esteem
    if not value and _conformity(token, lex):
        return CONFORMITY_VALUE
    joined = hyphen_word(token)
    if not value:
        if joined:
            value = lex.evaluation(joined)
    elif joined is not None and joined.startswith("non-"):
        value = -value  # "non-escalatory", "non-violent": the prefix denies the word
    return value


OWN_WORDS = frozenset({"we", "us", "our", "i", "me", "my", "ours"})


def _borne_by_others(noun: Token, lex: Lexicon) -> bool:
    """Whether a cost is laid on the other side: an on/upon/for phrase of the noun, or of the verb it is the
    object of, naming a party or an adversary ("impose costs on the regime"), not "our farmers"."""
    if any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in noun.children):
        return False
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "upon", "for"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return (
                        obj.pos_ == "PROPN"
                        or obj.ent_type_ in {"GPE", "ORG", "PERSON"}
                        or lemma(obj) in lex.adversaries
                    )
    return False


def _own_ending(verb: Token, lex: Lexicon) -> bool:
    """An ending of the doer's own existence or activity: "to close (their doors)", "to flee", "to cease
    operations"; not the ending of something else ("to stop fighting", "to abandon violence")."""
    if lemma(verb) not in lex.endings:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"}]
    return all(lemma(o) in lex.own_activity for o in objects)


def _aspect(token: Token, lex: Lexicon) -> bool:
    """Whether a noun names an aspect ("in some respects", "in this regard", "with respect to")."""
    if any(c.dep_ == "amod" and c.lower_ in lex.fullness for c in token.children):
        return False  # "in full respect of international law": conformity to a norm, which approves
    return lemma(token) in lex.aspect_nouns and token.head.lower_ in {"in", "with"} and token.dep_ == "pobj"


def _conformity(token: Token, lex: Lexicon) -> bool:
    """Whether a word says conformity as "in line with" or "in keeping with" (a norm followed)."""
    return (
        token.lower_ in lex.conformity_words
        and token.dep_ in {"pobj", "pcomp"}
        and token.head.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    )


def _up_for_bargaining(token: Token, lex: Lexicon) -> bool:
    """Whether "up" says something is open to bargaining: "up for negotiation", "up for debate"."""
    return token.lower_ == "up" and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            g.dep_ == "pobj" and (lemma(g) in lex.bargaining or g.lower_ in lex.bargaining)
            for g in c.children
        )
        for c in token.children
    )


def negated(token: Token, lex: Lexicon) -> bool:
    """Whether a token is negated by a child (not, never, no, neither), or is what a verb of not-doing
    governs ("refuses to endorse", "failed to condemn": the endorsing is not done)."""
    spared = token.dep_ == "dobj" and lemma(token.head) in lex.sparing
    for child in token.children:
        if child.dep_ in {"neg", "advmod", "preconj"} and _not_only(child):
            continue  # "not only recognises X but also ..." affirms
        if child.dep_ == "neg":
            return True
        if child.lower_ in lex.negators and child.dep_ in {"advmod", "preconj", "det", "neg"}:
            if spared and child.dep_ == "det":
                continue  # "will spare no effort to support the talks" makes every effort
            return True
        if child.dep_ in {"aux", "auxpass"} and any(c.dep_ == "neg" for c in child.children):
            # "We do not, however, accept ...": the parser may hang the "not" on the auxiliary.
            return True
        if child.dep_ in ANY_SUBJECT_DEPS and token.pos_ in PREDICATE_POS and _denied(child):
            # "No result can be considered credible", "no state should recognise it", "nothing justifies
            # the strikes": a subject that none fits denies the predicate.
            return True
    head = token.head
    if (
        token.dep_ == "dobj"
        and head.i != token.i
        and lemma(head) in lex.light
        and any(c.dep_ in ANY_SUBJECT_DEPS and _denied(c) for c in head.children)
    ):
        # (ST26) "No authority has the right to turn its weapons on its citizens": a light verb's object is
        # denied by a subject that none fits, as "has no right" denies it.
        return True
    if (
        token.dep_ == "conj"
        and head.i != token.i
        and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children)
        and any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)
    ):
        # (ST22b) "neither accepts nor recognises X": the "nor" verb is denied as the "neither" one is.
        return True
    if token.dep_ == "xcomp" and token.pos_ == "VERB" and lemma(head) in lex.not_doing and head.i != token.i:
        return not negated(head, lex)  # "did not refuse to endorse" endorses
    if token.pos_ == "VERB" and head.i != token.i:
        # "is not able / unable / not in a position to support": the ability denied, the act is not done.
        if token.dep_ == "xcomp" and head.pos_ == "ADJ" and lemma(head) in lex.ability:
            return _denied_ability(head, lex) != (lemma(head) in lex.inability)
        if (
            token.dep_ in {"acl", "relcl"}
            and lemma(head) in lex.capacity_nouns
            and head.dep_ == "pobj"
            and head.head.lower_ == "in"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        ):
            return _denied_ability(head.head, lex)
    return False


def _denied_ability(word: Token, lex: Lexicon) -> bool:
    """Whether an ability word ("able", "in (a position)") is negated, itself or through its copula."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    verb = word.head
    return word.dep_ in {"acomp", "prep"} and verb.i != word.i and negated(verb, lex)


PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
NONE_WORDS = frozenset({"none", "nobody", "nothing", "neither"})


def _denied(subject: Token) -> bool:
    """Whether a subject names no one and nothing: "no result", "no one", "none (of them)", "nothing"."""
    return subject.lower_ in NONE_WORDS or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


# Words after "not" that make it no denial of the verb ("not only sent troops but also ...").
NOT_ONLY = frozenset({"only", "just", "merely", "simply"})


def _not_only(negator: Token) -> bool:
    """Whether a "not" opens "not only / not just ..." (no denial of its verb)."""
    after = negator.doc[negator.i + 1] if negator.i + 1 < len(negator.doc) else None
    return negator.lower_ in {"not", "n't"} and after is not None and after.lower_ in NOT_ONLY


def _own_denial(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is denied by its own "not" / "never" (on it or its auxiliary), not by "not only", nor by
    a negation read from its subject or its head."""
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"}:
            if any(c.dep_ == "neg" for c in child.children):
                return True
            continue
        if (
            child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in lex.negators)
        ) and not _not_only(child):
            return True
    return False


def _denied_act(node: Token, dep: str, head: Token, word: str, lex: Lexicon) -> bool:
    """Whether ``head`` is a plain verb doing something to the issue at ``node`` ("hold the referendum",
    "the talks were held", "extract minerals from the seabed") that carries its own denial."""
    if head.pos_ != "VERB" or word == "be" or not _own_denial(head, lex):
        return False
    # (a harm word reads its own denial: "did not block aid" is no harm; a benefit word's is kept apart, in
    # the walk's soft reading, which is used only when nothing above evaluates)
    if word in lex.harm or word in lex.neutral or word in lex.call:
        return False
    if dep == "prep" and node.lower_ == "for" and word in lex.voting:
        return False  # "will not vote for X" reads its own denial (the vote is a side, not the issue's act)
    if evaluation(head, lex) or deontic(head, lex):
        return False
    if dep == "nsubj":
        # "the talks did not resume" befell the issue; "the ceasefire did not stop the shelling" is its deed.
        # (ST20c) An ending or a failure denied goes on ("welcome that the talks did not collapse").
        if word in lex.failures or word in lex.endings:
            return False
        return not any(c.dep_ == "dobj" for c in head.children)
    # (ST20c) A misuse of the issue, or what an act makes of it ("not to politicise the aid", "not to use the
    # election to silence critics", "not to turn the vote into a contest of arms"), denied keeps the issue.
    if word in lex.misuse or any(
        c.dep_ in {"xcomp", "advcl", "oprd"}
        or (c.dep_ == "prep" and c.lower_ in {"into", "as"} and not _enacting(c, lex))
        for c in head.children
    ):
        return False
    return dep in {"dobj", "nsubjpass"} or (dep == "prep" and node.lower_ != "as")


AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _to_amount(verb: Token) -> bool:
    """Whether a verb or its object takes a "to" / "by" phrase of an amount ("to 14.60 euros", "by 5%")."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "by"}]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            phrases += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"to", "by"}]
    return any(
        t.pos_ == "NUM" or t.ent_type_ in AMOUNT_ENTS
        for prep in phrases
        for t in prep.subtree
        if t.i != prep.i
    )


def _under_norms(node: Token, dep: str, head: Token, lex: Lexicon, own: frozenset[int]) -> bool:
    """Whether a phrase is the act that norms govern: "standards on the use of force" (also with "on" hung on
    the verb of "comply with standards"), "the principle that force may be used only as a last resort"."""
    if head.i in own:
        return False
    if head.pos_ == "NOUN" and lemma(head) in lex.norms:
        governed = (dep == "prep" and node.lower_ in {"on", "for", "governing"}) or dep == "acl"
    else:
        governed = (
            dep == "prep"
            and node.lower_ in {"on", "for"}
            and head.pos_ == "VERB"
            and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(lemma(p) in lex.norms for p in c.children)
                for c in head.children
            )
        )
    # (RS22) Norms restrain the use of a means ("the use of force", "firearms may be used only ..."); norms
    # for a thing that is no means kept in bounds organise it: "supports the guidelines on ceasefire
    # monitoring". (PF26) Read last: the phrase's whole subtree, walked at every step up the tree, was 3-4%
    # of the stages' time when read first.
    return governed and any(lemma(t) in lex.misuse for t in node.subtree)


def _enacting(prep: Token, lex: Lexicon) -> bool:
    """Whether an "into" phrase makes its verb's object law ("convert the decree into law", "into force")."""
    return prep.lower_ == "into" and any(
        c.dep_ == "pobj" and lemma(c) in lex.enactment for c in prep.children
    )


def modal_weight(token: Token) -> float:
    """0.8 when a predicate is hypothetical (may, would, could), else 1."""
    return 0.8 if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in token.children) else 1.0


def deontic(token: Token, lex: Lexicon) -> int:
    """+1 when a verb is required (must, should), -1 when forbidden (must not), 0 otherwise."""
    for child in token.children:
        if child.dep_ in {"aux", "auxpass"} and lemma(child) in DEONTIC:
            return -1 if negated(token, lex) else 1
    if (
        token.dep_ == "conj"
        and token.pos_ == "VERB"
        and token.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children)
    ):
        # (ST23b) "the authorities must quash his conviction and free him": a verb coordinated under the
        # first one's modal, with no auxiliary or subject of its own, is required with it; (RS23) with a
        # negation of its own it is forbidden ("must quash it and not detain him again", "never resume").
        required = deontic(token.head, lex)
        return -abs(required) if negated(token, lex) else required
    return 0


def np_value(token: Token, lex: Lexicon, depth: int = 0) -> float:
    """Evaluative value of a complement phrase: its modifiers' evaluation, else its own, with coordination."""
    if depth > 3:
        return 0.0
    value = 0.0
    if token.dep_ == "prep" or token.pos_ == "ADP":
        value += evaluation(token, lex)
        if _up_for_bargaining(token, lex):
            # Said of a complement only ("the borders are not up for negotiation"): the talks themselves,
            # read from "negotiation", are not judged by it.
            return BARGAINING_VALUE
        if token.lower_ == "against" and not any(c.dep_ in {"pobj", "pcomp"} for c in token.children):
            # "Ireland will vote against", "we came out against": a stranded "against" is the verdict.
            return -0.8
        for child in token.children:
            if child.dep_ in {"pobj", "pcomp"}:
                value += np_value(child, lex, depth + 1)
        # "without delay", "without justification": the preposition negates its object.
        if token.lower_ in lex.negators:
            value = -value
        # "with restraint and in full compliance with the law": coordinated prepositional phrases add up.
        for conj in token.children:
            if conj.dep_ == "conj" and conj.pos_ == "ADP":
                value += np_value(conj, lex, depth + 1)
        return value
    # A proper name's words are no evaluation: "the Criminal Code", "the Free Syrian Army". Coordinated
    # adjectives all describe the noun: "the most serious, realistic and credible basis".
    mods = sum(
        evaluation(c, lex)
        + sum(evaluation(a, lex) for a in c.children if a.dep_ == "conj" and a.pos_ == "ADJ")
        for c in token.children
        if c.dep_ in {"amod", "advmod", "compound", "acomp"} and c.pos_ != "PROPN"
    )
    own = evaluation(token, lex)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    # "X continues to obstruct" says something bad of X; "X continues to be denied" says X is harmed.
    if not own and not passive and lemma(token) in lex.harm and token.pos_ in {"NOUN", "VERB"}:
        own = -0.6 * lex.harm[lemma(token)]
    value = mods if mods else own
    if not value and token.pos_ == "NOUN" and lemma(token) in lex.light:
        # "another example of politically motivated persecution": a light noun takes its complement's value;
        # "a step towards further escalation" takes its direction's.
        # A bare undoing act as the direction is a goal, not a harm judged ("a moratorium as a first step
        # towards abolition": the abolition of nothing named is where the step leads, session 11).
        value = sum(
            np_value(c, lex, depth + 1)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"of", "towards", "toward"} and not _bare_harm(c, lex)
        )
        # "a step in the right direction", "a move in the wrong direction": the way it leads.
        value = value or sum(
            DIRECTIONS.get(a.lower_, 0.0)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for d in c.children
            if d.dep_ == "pobj" and lemma(d) == "direction"
            for a in d.children
            if a.dep_ == "amod"
        )
    if any(c.lower_ == "neither" for c in token.children) or negated(token, lex):
        value = -value
    for conj in token.conjuncts:
        if conj.i > token.i:
            part = np_value_single(conj, lex)
            value += part
    return value


def _bare_harm(prep: Token, lex: Lexicon) -> bool:
    """Whether a preposition's object is a harm noun with no object of its own ("towards abolition"), or an
    undoing gerund with no value of its own ("towards ending executions"): where a step leads, not a harm."""
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if len(objects) != 1 or lemma(objects[0]) not in lex.harm:
        return False
    if objects[0].dep_ == "pcomp":
        return objects[0].tag_ == "VBG" and not evaluation(objects[0], lex)
    return objects[0].pos_ == "NOUN" and not any(
        c.dep_ in {"prep", "amod", "compound"} for c in objects[0].children
    )


def _weighs(word: str, token: Token, lex: Lexicon) -> bool:
    """A benefit or harm word counts, unless it weighs only as an adjective and is not one here."""
    return word not in lex.adjectives_only or token.pos_ == "ADJ"


def np_value_single(token: Token, lex: Lexicon) -> float:
    """Like np_value for one coordinated member (no recursion into its own conjuncts)."""
    mods = sum(evaluation(c, lex) for c in token.children if c.dep_ in {"amod", "advmod"})
    value = mods if mods else evaluation(token, lex)
    if negated(token, lex) or (token.i > 0 and token.doc[token.i - 1].lower_ == "nor"):
        value = -value
    return value


def predicate_value(
    head: Token, exclude: Token, lex: Lexicon, ctx: Context, *, passive: bool = False, events: bool = True
) -> float:
    """What a predicate says of its subject (or, for passives, of its patient) from the lexicon and events
    (``events``: also from the event coded on the predicate)."""
    word = lemma(head)
    own = 0.0
    if not passive:
        if word in lex.causatives and any(c.dep_ == "xcomp" and _own_ending(c, lex) for c in head.children):
            # "The law will push dozens of organisations to close": making others close or flee harms them.
            own = -0.8
        elif word in lex.harm and _weighs(word, head, lex):
            own = -lex.harm[word]
        elif word in lex.benefit and _weighs(word, head, lex):
            own = 0.8 * lex.benefit[word]
    evaluative = evaluation(head, lex)
    if evaluative and head.pos_ in {"ADJ", "NOUN"}:
        own = own or evaluative
    value = own
    if not value and (word in lex.light or not evaluative):
        deps = PASSIVE_COMPLEMENT_DEPS if passive else COMPLEMENT_DEPS
        for child in head.children:
            if child.i == exclude.i or child.dep_ not in deps:
                continue
            if child.dep_ == "ccomp":
                small = child.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in child.children)
                if word in lex.light and small:
                    # A small clause the parser reads as a clause: "the supply makes Iran complicit in the
                    # attacks" says of the supply what the adjective says.
                    value += evaluation(child, lex)
                continue
            value += np_value(child, lex)
    if not value and passive and evaluative:
        value = evaluative
    if value and negated(head, lex):
        value = -value
    if not value and events:
        # A coded event already carries its negation ("will not allow" is coded as a rejection).
        value = event_value(head, ctx)
    return value


def event_value(token: Token, ctx: Context) -> float:
    """Polarity of an event whose trigger is this token (CAMEO root), 0 when none."""
    # Only a verb or predicate adjective triggers: an event's span also covers its object ("expresses
    # concern over plans"), and a preposition or noun inside it is not the act.
    if token.pos_ not in {"VERB", "AUX", "ADJ"}:
        return 0.0
    event = ctx.events_by_token.get(token.i)
    if event is None or not _issuers_act(event, ctx):
        return 0.0
    value = CAMEO_POLARITY.get(event.cameo_root, CAMEO_DEFAULT)
    return -value if event.negated else value


def _issuers_act(event: Event, ctx: Context) -> bool:
    """Whether an event is the issuers' own (its sources are the issuers, "we", or unknown)."""
    hit = ctx.issuers_act.get(id(event))
    if hit is None:
        hit = ctx.issuers_act[id(event)] = _issuers_own(event, ctx)
    return hit


def _issuers_own(event: Event, ctx: Context) -> bool:
    """``_issuers_act`` without the memo."""
    if not event.sources:
        return True
    for actor in event.sources:
        if actor.via in {"pronoun", "issuer"} or (actor.country and actor.country in ctx.issuer_countries):
            return True
        words = set(re.findall(r"[a-z'-]+", f"{actor.name} {actor.text}".lower()))
        if ctx.issuer_words and (words & ctx.issuer_words or _prefix_overlap(words, ctx.issuer_words)):
            return True
    return False


def subject_of(token: Token) -> Token | None:
    """The active subject of a verb, following conjunction to a shared subject."""
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        # Coordination shares the subject; so does subject control ("Germany will continue to support").
        if node.dep_ in {"conj", "xcomp"} and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def is_third_party(subject: Token | None, ctx: Context) -> bool:
    """Whether an explicit subject is someone other than the issuers (so the evaluation is not theirs)."""
    if subject is None:
        return False
    hit = ctx.third_party.get(subject.i)
    if hit is None:
        hit = ctx.third_party[subject.i] = _third_party(subject, ctx)
    return hit


INDEFINITE = frozenset({"a", "an"})
FUNCTION_TITLES = frozenset({"the", "of", "for", "and"})


def _third_party(subject: Token, ctx: Context) -> bool:
    """``is_third_party`` without the memo."""
    if subject.lower_ in FIRST_PERSON:
        return False
    if subject.lower_ in {"they", "it", "this", "that"}:
        return False
    # The subject without the clauses that describe it: in "the way judges are chosen in Israel needs to
    # change" the subject is the way, not Israel.
    described = {t.i for c in subject.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    span = [
        t for t in subject.doc.span(subject.left_edge.i, subject.right_edge.i + 1) if t.i not in described
    ]
    # "The Chairperson", "the Foreign Minister": an office named by its title alone is the issuer's ("a
    # spokesperson for the Ministry", "the Ministry's spokesperson" too).
    titles = {t.lower_ for t in span if not t.is_punct and t.dep_ != "case"} - INDEFINITE
    actor = next((ctx.actors_by_token[t.i] for t in span if t.i in ctx.actors_by_token), None)
    if actor is not None and actor.via in {"pronoun", "issuer"}:
        return False
    if _addressed_state(span, actor, ctx):
        return True  # (ST23b) "the government approved ..." in an NGO's or an opposition's statement
    if titles and titles <= ctx.lexicon.titles | ctx.issuer_words:
        return False
    words = {t.lower_ for t in span if t.is_alpha and not t.is_stop}
    if ctx.issuer_words and (words & ctx.issuer_words or _prefix_overlap(words, ctx.issuer_words)):
        return False
    if actor is not None and actor.country and actor.country in ctx.issuer_countries:
        return False
    named = any(t.ent_type_ in THIRD_PARTY_ENTS or t.pos_ == "PROPN" for t in span)
    if (
        actor is not None
        and actor.code
        and ctx.issuer_countries
        and actor.country not in ctx.issuer_countries
    ):
        return True
    if (
        any(t.lower_ in ctx.lexicon.titles and t.lower_ not in FUNCTION_TITLES for t in span)
        and all(t.lower_ in ctx.lexicon.titles or t.ent_type_ == "PERSON" or t.is_punct for t in span)
        and (actor is None or not actor.code)
    ):
        # "Foreign Minister Anna Petrova", "the spokesperson, Mr Dahl": an official named by a title of the
        # issuers' kind and a name no dictionary gives another country speaks for the issuers.
        return False
    if not ctx.issuer_countries and any(t.ent_type_ == "GPE" for t in span):
        # Issuers whose names give no country ("Foreign, Commonwealth and Development Office"): a country
        # subject is most often the issuer's own ("The United Kingdom does not recognise ...").
        return False
    return named and ctx.has_issuers


# (ST23b) Sectors of issuers outside the state (the state's own are the resolver's STATE_SECTORS).
NONSTATE_SECTORS = frozenset({"OPP", "REL", "BUS", "LAB", "NGO", "CVL", "MED", "EDU"})


def nonstate_issuers(issuers: Sequence[Actor], lex: Lexicon) -> bool:
    """Whether every issuer is a body outside the state: an NGO, a union, a church, a business group, an
    opposition (by code or sector), or an unresolved name with a word of civil society; none whose name
    holds a word of a state office ("Campaign Against Arms Trade", not "Foreign, Commonwealth and Development
    Office" or a ministry filed under a civil sector; an unresolved "Bundesregierung" is not known to be
    outside). The words are polarity.yaml's ``state_offices``, ``state_name_words`` and
    ``civil_society_words``."""
    state_words = lex.state_offices | lex.state_name_words

    def outside(issuer: Actor) -> bool:
        if "OPP" in issuer.sectors:
            return True
        words = set(re.findall(r"[a-z'-]+", f"{issuer.name} {issuer.text}".lower()))
        if words & state_words:
            return False  # (a ministry the dictionary files under a civil sector is still the state)
        return (
            (issuer.code or "").startswith("NGO")
            or bool(set(issuer.sectors) & NONSTATE_SECTORS)
            or (not issuer.code and not issuer.sectors and bool(words & lex.civil_society_words))
        )

    return bool(issuers) and all(outside(i) for i in issuers)


def _addressed_state(span: Iterable[Token], actor: Actor | None, ctx: Context) -> bool:
    """Whether a subject in the statement of issuers outside the state names the state they address: its own
    words ("the Government", "Ministers") or a resolved actor of a state sector ("the Turkish authorities"),
    unless it is the issuers themselves (a pronoun or an issuer mention)."""
    if not ctx.nonstate or (actor is not None and actor.via in {"pronoun", "issuer"}):
        return False
    if actor is not None and actor.code and set(actor.sectors) & STATE_SECTORS:
        return True
    return any(t.lower_ in ctx.lexicon.state_offices and t.pos_ in {"NOUN", "PROPN"} for t in span)


def _prefix_overlap(words: set[str], issuer_words: set[str]) -> bool:
    """Demonym-tolerant overlap: "Norway"/"Norwegian", "Kyrgyzstan"/"Kyrgyz" share a 5-letter stem."""
    stems = {w[:5] for w in issuer_words if len(w) >= 5}
    return any(len(w) >= 5 and w[:5] in stems for w in words)


@dataclass(slots=True)
class _Walk:
    rel: int = 1
    att: float = 0.0
    weight: float = 1.0
    op: int | None = None
    holder: int | None = None
    crossed: bool = False
    suffered: bool = False  # the walk passed a victim of the issue ("the families of those killed in X")
    soft: float = 0.0  # benefit words: a weak evaluation used only when nothing else evaluates
    neutral: bool = False
    third_party: bool = False
    noun: float = (
        0.0  # weight of an evaluative noun met on the way ("approval of X"), used when nothing else is
    )
    noun_op: int | None = None
    harm: float = 0.0  # a negative harm word's description of the issue ("the violation of X"): last resort
    harm_op: int | None = None
    # The attitude so far is what the issue does to something else ("the law restricts the use of X"): an
    # evaluation of the clause across it judges that deed, so it sets the attitude rather than reverse it.
    deed: bool = False
    # The attitude so far is the act of a noun a participle describes ("petitions challenging the results",
    # "protesters demanding X"): that noun's position, which only an evaluation above it makes the issuers'.
    reported: bool = False
    # The issue is reached through a quality of it ("the credibility of the outcome"): a harm described as
    # done to the quality denies the issue rather than pities it.
    quality: bool = False
    # The attitude was set by the issue's own manner adverbials ("sent without consent", "done lawfully").
    manner: bool = False


def _non_restrictive(clause: Token, noun: Token) -> bool:
    """Whether a clause describing a noun is set off by a comma after it ("the person, deprived of ...")."""
    first = clause.left_edge.i
    return first > noun.i and first > 0 and clause.doc[first - 1].text == ","


def _between_sides(noun: Token) -> bool:
    """Whether a noun is said to be between sides: "the escalation between X and Y", "the escalation of
    hostilities between X and Y"."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "between":
            return True
        if prep.lower_ == "of" and any(
            c.lower_ == "between" and c.dep_ == "prep" for obj in prep.children for c in obj.children
        ):
            return True
    return False


def _felt_or_noted(noun: Token, lex: Lexicon) -> bool:
    """Whether the first predicate above a noun is a feeling or a noting ("concerned at", "follows")."""
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "ADJ", "AUX"}:
            return _feeling(head, lex) or lemma(head) in lex.neutral or lemma(head) in {"concern", "worry"}
        node = head
    return False


def _set_att(walk: _Walk, value: float, token: Token, ctx: Context, *, verb_holder: bool) -> None:
    """Record an evaluation: the first one sets the attitude; a later one multiplies it across a clause."""
    sign = 1.0 if value > 0 else -1.0
    if verb_holder:
        subj = subject_of(token)
        # "The Senate should reject the deal": what the issuers require of others is their own position.
        required = deontic(token, ctx.lexicon) != 0
        if (is_third_party(subj, ctx) and not required) or _caused_in_others(token, ctx):
            if walk.att == 0.0:
                walk.third_party = True
            return
        if subj is not None and not required:
            walk.holder = subj.i
    if walk.att == 0.0:
        walk.att = walk.rel * sign
        walk.weight = min(1.0, abs(value)) * modal_weight(token)
        walk.op = token.i
        walk.crossed = False
        walk.reported = (
            verb_holder
            and token.dep_ == "acl"
            and token.tag_ == "VBG"
            and token.head.pos_ in {"NOUN", "PROPN"}
            and not is_issuer(token.head, ctx)
        )
    elif walk.crossed:
        if sign < 0 and walk.att < 0 and not walk.deed and lemma(token) in ctx.lexicon.apprehension:
            sign = 1.0  # warning of a harm says it is one
        if sign < 0 and walk.att < 0 and walk.manner:
            # "rejects any decision to send soldiers without the consent of that State": the act is judged by
            # the way it is done, and the rejection around it judges the same act done so.
            sign = 1.0
        walk.att = walk.rel * sign if walk.deed else walk.att * sign
        walk.op = token.i
        walk.crossed = False
        walk.deed = False
        walk.reported = False
        walk.manner = False


def _others_act(verb: Token, ctx: Context) -> bool:
    """Whether a verb's explicit subject is others, not the issuers: a third party, or a plural or quantified
    common noun that does not name them ("several member states voted", "some delegations argue"). (RS22)"""
    subj = subject_of(verb)
    if subj is None or deontic(verb, ctx.lexicon) != 0 or is_issuer(subj, ctx):
        return False
    if any(t.lower_ in FIRST_PERSON for t in subj.subtree):
        return False
    if is_third_party(subj, ctx):
        return True
    return subj.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in OTHERS_DETS for c in subj.children)


OTHERS_DETS = frozenset({"some", "many", "several", "other", "most", "few"})
# what "our" names of the issuers themselves, not of others beside them ("our partners", "our neighbours")
OWN_BODIES = frozenset(
    {"government", "country", "state", "nation", "ministry", "organisation", "organization"}
)


def _others_position(position: Token, ctx: Context) -> bool:
    """Whether a position noun is someone else's: owned by a named other ("the EU's position"), or said to be
    expressed or held by others ("the position ... held by our partners"). (RS22)"""
    # The parser often hangs the holding clause on the phrase's last noun ("the position against the death
    # penalty expressed by several delegations"); a holding verb there still says whose the position is.
    phrase = [t for c in position.children if c.dep_ == "prep" for t in c.children if t.dep_ == "pobj"]
    holding = [c for t in phrase for c in t.children if c.dep_ == "acl" and lemma(c) in ctx.lexicon.holding]
    for child in [*position.children, *holding]:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return not is_issuer(child, ctx)
        if child.dep_ == "acl" and child.pos_ == "VERB":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for holder in (c for c in agent.children if c.dep_ == "pobj"):
                    # ("held by us" and "by our Government" are the issuers'; "held by our partners" is not)
                    if holder.lower_ in FIRST_PERSON or holder.lower_ in ctx.issuer_words | OWN_BODIES:
                        return False
                    ours = any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in holder.children)
                    return ours or not is_issuer(holder, ctx)
    return False


def _denied_position(position: Token, lex: Lexicon) -> bool:
    """Whether a position noun is denied, or is the object of a denied verb ("does not take a position")."""
    if negated(position, lex):
        return True
    verb = position.head
    return position.dep_ == "dobj" and verb.pos_ in {"VERB", "AUX"} and _own_denial(verb, lex)


def _caused_in_others(verb: Token, ctx: Context) -> bool:
    """Whether a verb is what something made others do ("the frustration that has led many of our compatriots
    to demand its departure"): the object of a causative does it, and unless the issuers are that object the
    demand is reported, not theirs. (ST22b; "urge X to condemn" is no causative: a call is the issuers'.)"""
    head = verb.head
    if (
        not (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _infinitive(verb)))
        or head.i == verb.i
        or lemma(head) not in ctx.lexicon.causatives
    ):
        return False
    doer = next((c for c in head.children if c.dep_ == "dobj"), None)
    if doer is None or doer.lower_ in FIRST_PERSON:
        return False
    # The object's own word, not its phrase: "many of our compatriots" are others, whatever "our" resolves to.
    actor = ctx.actors_by_token.get(doer.i)
    if actor is not None and (actor.via in {"pronoun", "issuer"} or actor.country in ctx.issuer_countries):
        return False
    return doer.lower_ not in ctx.issuer_words


def _copy(vote: Vote | None) -> Vote | None:
    """A fresh copy of a remembered vote (callers scale the weights of the votes they get)."""
    return None if vote is None else replace(vote)


def evaluate(
    anchor: Token,
    sign: int,
    sent: Span,
    ctx: Context,
    reversers: frozenset[int] = frozenset(),
    own: frozenset[int] = frozenset(),
) -> Vote | None:
    """The vote a sentence casts on the issue mention at ``anchor``, or None when it shows no position.

    ``reversers`` are tokens of counter-cues in the sentence ("release" for detentions): crossing one flips
    the relation, as a harm word does. ``own`` are the tokens of the mention itself ("economic blockade" for
    sanctions): a word of the issue is no prohibition of it. The walk reads only the parse and the context, so
    each vote is read once per document and copied after.
    """
    key = (anchor.i, sign, sent.start, reversers, own)
    memo = ctx.votes
    if key in memo:
        return _copy(memo[key])
    vote = memo[key] = _evaluate(anchor, sign, sent, ctx, reversers, own)
    return _copy(vote)


def _evaluate(
    anchor: Token, sign: int, sent: Span, ctx: Context, reversers: frozenset[int], own: frozenset[int]
) -> Vote | None:
    """``evaluate`` without the memo."""
    lex = ctx.lexicon
    walk = _Walk(rel=sign)
    if (
        anchor.pos_ == "NOUN"
        and lemma(anchor) in lex.deescalation
        and _between_sides(anchor)
        and _felt_or_noted(anchor, lex)
    ):
        # (ST20c: only when felt or noted; "we condemn the escalation between X and Y" still opposes it)
        # "We are seriously concerned at the escalation of hostilities between X and Y", the escalation itself
        # matched as the issue: a crisis between two sides, whose concern blames neither.
        return Vote(0, 0.5, None, rel=walk.rel)
    # The anchor may itself be required or forbidden: "they must be released", "the deployment must end".
    d = deontic(anchor, lex)
    if d:
        _set_att(walk, float(d), anchor, ctx, verb_holder=False)
    # The issue said by a verb is evaluated by its own adverbials: "access was restricted in full accordance
    # with the law", "the sentence was carried out lawfully".
    if anchor.pos_ == "VERB":
        value = sum(
            np_value(c, lex)
            for c in anchor.children
            if c.dep_ == "advmod" or (c.dep_ == "prep" and c.lower_ in MANNER_PREPOSITIONS)
        )
        if value:
            _set_att(walk, value, anchor, ctx, verb_holder=False)
            walk.manner = True
    if anchor.pos_ == "VERB" and anchor.dep_ in {"relcl", "acl"} and negated(anchor, lex):
        # "will not accept any arrangement that does not restore constitutional order": a thing described by
        # not doing the issue's act stands against it, as one that "fails to restore" it does.
        walk.rel = -walk.rel
    # Issuers doing the issue's action themselves ("we have sent a contingent", "the EU imposed sanctions").
    if anchor.pos_ == "VERB" and walk.att == 0.0:
        subj = subject_of(anchor)
        # Only a subject that names the issuers: "the regulator revoked ..." reports someone else's act.
        if subj is not None and is_issuer(subj, ctx):
            if lemma(anchor) in lex.light and any(
                c.dep_ == "dobj" and lemma(c) in lex.neutral for c in anchor.children
            ):
                # "Brazil takes note of the application": the issuers' verb is a noting, whatever issue word
                # ("taking the dispute to the Court") it was matched as.
                walk.neutral = True
            else:
                walk.soft = 0.6 * walk.rel * (-1 if negated(anchor, lex) else 1)
    if anchor.pos_ == "VERB" and anchor.dep_ not in {"relcl", "acl"} and not d and _own_denial(anchor, lex):
        # "calls on the authorities not to postpone the election": the act named by the issue's verb is
        # denied, so what is asked or welcomed above it is its reversal (ST19's request).
        walk.rel = -walk.rel
    node = anchor
    steps = 0
    # Whether the mention names a confinement ("those detained", "political prisoners", "the detention"), read
    # on its way up until the first coordination: a release word above it undoes it.
    confined = False
    coordinated = False
    while node.head.i != node.i and node.i >= sent.start and steps < 60:
        steps += 1
        head = node.head
        dep = node.dep_
        judged = walk.att != 0.0 or bool(walk.harm)
        if dep == "advcl" and _gerund_subject(node):
            dep = "csubj"
        if not coordinated:
            confined = confined or lemma(node) in lex.confinement
            coordinated = dep == "conj"
        if (
            dep == "advcl"
            and walk.att != 0.0
            and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in node.children)
        ):
            # "While welcoming the ceasefire, we remain concerned that it excludes ...": a conceded clause
            # that judges the issue keeps its own position; the main clause's concern does not turn it.
            break
        if walk.att == 0.0 and not walk.harm and _under_norms(node, dep, head, lex, own):
            # (ST22b) "ensure that officers comply with international standards on the use of force": the
            # norms that govern an act restrain it; what is asked of them or said of them takes no side on the
            # act itself.
            break
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children):
            # "will ask for that chapter to be renegotiated before the accord is ratified": a clause that only
            # says when is not what the main clause asks for, welcomes or rejects.
            break
        if dep == "advcl" and node.i < head.i and head.dep_ == "ROOT" and _past_time_clause(node):
            # (ST26b) "Since the accord was signed in April, Norland has condemned every attack": "since" or
            # "when" with a verb in the past, set before the main clause, says when too (a "since" of cause is
            # in the present: "since the blockade violates the law"; a "when" after a suffering verb says how
            # the victims suffered: "who lost their lives when a bomb hit the hospital").
            break
        if (
            dep in {"ccomp", "parataxis"}
            and node.i < head.i
            and any(view_lower in {":", ";"} for view_lower in _gap(node, head))
        ):
            # "There can be no impunity for the killings: those who ordered them must answer": a clause set
            # before a colon or semicolon is a statement of its own, not the complement of the next clause.
            break
        if (
            dep == "ccomp"
            and walk.att != 0.0
            and (lemma(head) in lex.judging or lemma(head) in lex.believing)
            and negated(head, lex)
        ):
            # "The mission does not consider those results credible", "we do not believe the vote was fair":
            # the judgement below is denied by its holder.
            walk.att = -walk.att
        if dep in CLAUSE_DEPS:
            walk.crossed = True
        if dep == "prep" and node.lower_ == "of" and head.pos_ == "NOUN" and lemma(head) in lex.qualities:
            walk.quality = True
        if dep == "conj" and head.dep_ == "pobj" and lemma(node) in lex.harm:
            # "endorses the freezing of the junta's assets and the travel ban on its leaders": a measure with
            # its own determiner is coordinated with the measure above the "of" phrase, not with its object.
            prep = head.head
            if (
                prep.lower_ == "of"
                and prep.head.pos_ == "NOUN"
                and lemma(prep.head) in lex.harm
                and any(c.dep_ == "det" for c in node.children)
            ):
                node = prep.head
                continue
        if (
            # (a compound's head is a noun whatever its tag: "violations" is sometimes tagged a verb)
            (
                dep == "compound"
                or (dep == "amod" and not evaluation(node, lex) and head.pos_ in {"NOUN", "PROPN"})
            )
            and lemma(head) in lex.prohibitions
            and head.i not in own
        ):
            # "the nuclear test ban", "an arms embargo", "repeated ceasefire violations": the compound's head
            # stops or breaks the issue, as "a ban on nuclear tests" does (a plain modifier too: "a nuclear
            # ban"; an evaluative one, "an illegal blockade", judges the ban instead).
            walk.rel = -walk.rel
            node = head
            continue
        if dep == "conj" and _infinitive(node) and not _infinitive(head):
            # "calls on them to refrain from actions that could escalate tensions and to return to dialogue":
            # an infinitive the parser coordinates with a finite verb below belongs with the infinitive above.
            above = _infinitive_above(head)
            if above is not None:
                node = above
                continue
        if dep == "conj" and _bare_asked(node, head, lex):
            # (ST23b) "calls on the government to halt all sales, suspend the licences and ...": a bare verb
            # the parser coordinates with the call verb itself is one more thing asked, as its first
            # infinitive is.
            node = next(c for c in head.children if c.dep_ == "xcomp" and _infinitive(c))
            continue
        if dep == "conj" or dep in {"appos", "compound", "det", "amod", "nummod", "poss", "case", "cc"}:
            if (
                dep in {"amod", "compound"}
                and head.pos_ == "NOUN"
                and lemma(head) in lex.procedure
                and walk.att == 0.0
                and not walk.harm
                and call_above(head, lex, wishes=True) is not None
                and not any(
                    c.dep_ == "amod" and (evaluation(c, lex) or lemma(c) in lex.harm) for c in head.children
                )
            ):
                # "calls on them to channel any electoral dispute through the courts": the issue's word
                # qualifies a procedure asked for, which takes no side (as "a dispute about the vote" does); a
                # procedure judged ("the rigged election audit") or welcomed is a side on the issue
                return Vote(0, 0.5, None, rel=walk.rel)
            node = head
            continue
        if lemma(head) in lex.reporting and dep == "ccomp" and is_third_party(subject_of(head), ctx):
            return None  # someone else's claim, reported
        word = _phrasal(head, lex)
        if head.pos_ == "NOUN" and word in lex.deescalation and walk.att == 0.0 and _between_sides(head):
            # "follows with concern the escalation between X and Y, including the strikes on Z": the issue is
            # a part of a crisis between two sides; what is said of the crisis blames neither.
            return Vote(0, 0.5, None, rel=walk.rel)
        if head.pos_ == "NOUN" and word in lex.procedure and walk.att == 0.0 and not walk.harm:
            # "calls for the timely publication of the results by polling station": what is asked for is a
            # procedure on the issue; it takes no side on the issue itself.
            return Vote(0, 0.5, None, rel=walk.rel)
        if walk.att == 0.0 and not walk.harm and _made_known(node, dep, head, lex):
            # "encourages the authorities to make the detailed results available": a publication asked for
            # is a procedure on the issue, which takes no side on it.
            return Vote(0, 0.5, None, rel=walk.rel)
        if dep == "pobj" and head.lower_ == "for" and _held_to_account_for(head, lex):
            # (ST26) "We hold the authorities responsible for the closure of every newsroom": what someone is
            # held responsible or accountable for is blamed.
            _set_att(walk, -1.0, head.head, ctx, verb_holder=False)
            node = head.head
            continue
        if dep in ANY_SUBJECT_DEPS and has_blame(head, lex, outside=node):
            # "Those responsible for X must be held accountable": holding X's authors to account opposes X.
            _set_att(walk, -1.0, head, ctx, verb_holder=False)
            node = head
            continue
        if (
            dep == "acl"
            and confined
            and node.tag_ == "VBN"
            and lemma(head) in lex.release
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        ):
            # "the release of the opposition leader, jailed for his criticism": the parser hangs the
            # participle on the release, but it describes the one released; setting free undoes it.
            walk.rel = -walk.rel
        if (
            dep in {"relcl", "acl"}
            and head.pos_ in {"NOUN", "PROPN", "PRON"}
            and _suffered(node, anchor, lex)
        ):
            # "sympathy to the families of the children who died when a missile struck their school", "those
            # killed in the shelling": the noun described suffered the issue (its cause), so what is felt for
            # it is against the issue.
            walk.rel = -walk.rel
            walk.suffered = True
        if (
            dep == "prep"
            and node.lower_ in {"of", "from"}
            and head.pos_ == "ADJ"
            and lemma(head) in lex.absence
            and not confined
        ):
            # (ST23b) "a world free of nuclear weapons", "a region declared free from landmines": free of X is
            # without X, so the good said of the freedom is said against X. (RS23) Not a confinement: "must
            # be free from detention" already reads as a release, which undoes the detention.
            walk.rel = -walk.rel
        if dep == "prep" and node.lower_ == "of" and head.pos_ == "NOUN" and lemma(head) in lex.victims:
            # "condolences to the victims of the bombing": the victims suffered it.
            walk.rel = -walk.rel
            walk.suffered = True
        if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            if walk.att and walk.holder is None and _non_restrictive(node, head):
                # "We reject decisions taken by the person, deprived of legitimacy by the elections, ...": a
                # clause set off by a comma is the speaker's own aside, outside the scope of the main verb
                # (unless its evaluation is someone's in it: "the minister, who praised the shelling").
                break
            # A clause describing a noun: the noun's own evaluation is not about the issue ... except for an
            # infinitive completing it: "efforts to bring about a ceasefire", "the right to adopt laws".
            if (
                dep == "acl"
                and head.pos_ == "NOUN"
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children)
            ):
                value = evaluation(head, lex)
                if value:
                    _set_att(walk, value * (-1 if negated(head, lex) else 1), head, ctx, verb_holder=False)
            node = head
            continue
        if dep in SUBJECT_DEPS:
            # Raising: "X continues to be denied", "X was reported to be blocked": X is the patient.
            for child in head.children:
                if (
                    child.dep_ == "xcomp"
                    and lemma(child) in lex.harm
                    and any(c.dep_ == "auxpass" for c in child.children)
                ) or (child.dep_ == "acomp" and child.pos_ == "ADJ" and lemma(child) in lex.harm):
                    # ... or a state of harm: "aid convoys remain stuck at the crossing".
                    walk.rel = -walk.rel
            if head.pos_ == "ADJ" and head.dep_ == "ROOT" and lemma(head) in lex.harm:
                walk.rel = -walk.rel
            value = predicate_value(head, node, lex, ctx)
            if value and _condition_on_agent(head, lex):
                value = 0.0  # "all forces there must comply with the law": a condition, not a judgement
            if value:
                # The issue as the doer of a transitive act ("the sanctions harm citizens", "the law imposes
                # disproportionate obligations"): the predicate judges its deed; "we regret that ..." around
                # it judges the same deed, it does not turn it. An intransitive one ("the talks failed") is
                # what befell the issue, and regretting that supports it.
                deed = (
                    walk.att == 0.0
                    and dep == "nsubj"
                    and head.pos_ == "VERB"
                    and any(c.dep_ == "dobj" for c in head.children)
                )
                _set_att(walk, value, head, ctx, verb_holder=False)
                walk.deed = deed and walk.att != 0.0
            _shared_subject_predicates(head, walk, ctx)
        elif dep == "agent":
            value = predicate_value(head, node, lex, ctx)
            if not value and head.pos_ == "VERB":
                # "We are alarmed / dismayed / encouraged by X": the feeling is about the agent.
                value = evaluation(head, lex) * (-1 if negated(head, lex) else 1)
            if value:
                _set_att(walk, value, head, ctx, verb_holder=False)
        else:
            # A harm word reverses its object; through an infinitive only verbs of not-doing reverse
            # ("refuse to withdraw"), not "stop ... to withdraw" (a misattached coordinate); a gerund is the
            # stopped act itself ("must stop harassing reporters").
            # A harm verb acts on its object, never on a clause hung under it: "The move is an act of
            # coercion, undermines the rules" parsed with "is" under "undermines" undermines no move.
            if dep == "ccomp" and word in lex.harm and head.pos_ == "VERB":
                node = head
                continue
            reverses = word in lex.harm and (dep != "xcomp" or word in lex.not_doing or node.tag_ == "VBG")
            if (
                reverses
                and dep == "prep"
                and node.lower_ == "to"
                and head.pos_ == "VERB"
                and not any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children)
            ):
                # (RS22) "will never cede to terrorists": the "to" of a harm verb with no object is the one
                # yielded to, not what the verb harms (what is ceded is its object: "cede an inch of land").
                reverses = False
            if reverses and word in lex.raising and _to_amount(head):
                # (ST22b) "lift the statutory wage floor to 14.60 euros": lifted to an amount, a thing is
                # raised, not removed as lifted sanctions are.
                reverses = False
            if (
                not reverses
                and dep in PASSIVE_SUBJECT_DEPS
                and not confined
                and any(c.dep_ == "oprd" and lemma(c) in lex.confinement for c in head.children)
            ):
                # Held as a captive: "the opening of the talks must not be held hostage by one capital" is a
                # thing kept from happening (a confinement mention keeps its own reading). The negation there
                # is the requirement's, read with it below, so the relation turns whatever it says.
                walk.rel = -walk.rel
            if (
                not reverses
                and not confined
                and dep == "prep"
                and node.lower_ == "of"
                and head.pos_ == "NOUN"
                and lemma(head) in lex.confinement
                and head.i not in own
            ):
                # "we condemn the jailing of two reporters": those a confinement holds are harmed by it, as
                # the object of a harm noun is ("the obstruction of aid").
                reverses = True
            if (
                not reverses
                and word in lex.inquiries
                and head.i not in own
                and (dep in {"dobj", "nsubjpass"} or (dep == "prep" and node.lower_ == "into"))
                and not _inquired_ending(node, lex)
            ):
                # (session 21) "calls for an investigation into the shelling", "the killings must be
                # investigated": an investigation is done into a wrong. Its "of" phrase is as often its doer
                # ("the investigation of the International Criminal Court"), and reverses nothing.
                reverses = True
            if dep == "prep" and word in lex.suffering and node.lower_ in {"during", "at"}:
                return None  # "those killed during the ceasefire": only the time or place of the suffering
            if reverses and dep == "prep" and word in lex.suffering and node.lower_ in CAUSE_PREPOSITIONS:
                # "killed in the shelling": the phrase names the cause of the killing, not what is killed.
                reverses = False
            if not reverses and not walk.crossed and _ending_object(node, head, lex):
                reverses = True
            if reverses and head.pos_ in {"NOUN", "PROPN"} and dep == "prep":
                # A harm noun reverses what it is applied to ("sanctions on X", "violation of X"), not what
                # it merely comes with ("sanctions, including an asset freeze").
                reverses = node.lower_ in HARM_PREPOSITIONS
            if not reverses and confined and word in lex.release and _released(node, head):
                # "calls for the release of all those detained", "free the detained reporters", "the
                # prisoners were released": setting free undoes the confinement the mention names.
                reverses = True
            if reverses or head.i in reversers:
                # A negated harm is none ("access was not blocked"), unless the negation is a requirement's
                # ("convoys must not be blocked"): the deontic reading below holds that negation.
                required = (
                    head.pos_ in {"VERB", "AUX"} and not evaluation(head, lex) and deontic(head, lex) != 0
                )
                walk.rel = -walk.rel if required or not negated(head, lex) else walk.rel
                if (
                    not required
                    and walk.att == 0.0
                    and head.pos_ == "VERB"
                    and word in lex.harm
                    # (RS22) what is given up: "never cede to terrorists" yields to no one, it holds no issue
                    and dep in {"dobj", "nsubjpass"}
                    and _own_denial(head, lex)
                    and (subj := subject_of(head)) is not None
                    and is_issuer(subj, ctx)
                ):
                    # (ST22b) The issuers deny a harm of their own: "Viet Nam will never cede an inch of its
                    # territory", "we will not block the convoys": they hold to the issue.
                    _set_att(walk, 0.8, head, ctx, verb_holder=True)
            value = evaluation(head, lex)
            if not value and word in lex.conveying and head.pos_ == "VERB" and dep != "dobj":
                # "sends its warmest congratulations to X on the victory": a verb that conveys a feeling
                # takes the feeling's value for what else it governs.
                value = next(
                    (
                        evaluation(c, lex) * (-1 if negated(c, lex) else 1)
                        for c in head.children
                        if c.dep_ == "dobj"
                    ),
                    0.0,
                )
            if (
                value
                and not walk.suffered
                and (
                    lemma(head) in lex.compassion
                    or (
                        word in lex.conveying
                        and any(c.dep_ == "dobj" and lemma(c) in lex.compassion for c in head.children)
                    )
                )
            ):
                value = 0.0  # sympathy is for someone: it judges only what they suffered
            own_harm = reverses and value < 0  # a harm word that is also negative ("undermine", "violation")
            # "we see no grounds for X", "there is no justification for X": a negated evaluative noun flips.
            if value and head.pos_ in {"VERB", "NOUN"} and negated(head, lex):
                value = -value
            if value and dep == "prep" and node.lower_ == "against" and head.pos_ == "VERB":
                # "condemn the attack against X" with the phrase attached to the verb: X is the victim.
                value = -value
            if (
                not value
                and dep == "prep"
                and node.lower_ == "for"
                and word in lex.voting
                and head.pos_ == "VERB"
            ):
                # (ST22b) "we will not vote for the implementing agreements", "campaigned for the reform": to
                # vote for something supports it, as voting against it opposes it.
                # (RS22) Not when others vote: "several member states voted for the bill", "some
                # delegations argue for a return to X" report their side, not the issuers'.
                value = 0.0 if _others_act(head, ctx) else -1.0 if negated(head, lex) else 1.0
            if not value and dep == "prep" and node.lower_ == "against" and word in lex.standing:
                # "Estonia is firmly against the death penalty", "remains against the arrangement": to be
                # against something is to oppose it ("is not against" is not).
                value = 1.0 if negated(head, lex) else -1.0
            if (
                not value
                and dep == "prep"
                and node.lower_ in {"about", "on", "over"}
                and lemma(head) == "silent"
                and (negated(head, lex) or negated(head.head, lex))
            ):
                # "We cannot stay silent about the way the withdrawal was carried out": speaking out against
                # it (the event coder may read a threat there).
                value = -0.8
            if not value and dep == "prep" and node.lower_ == "at" and _draws_the_line(head):
                # "We draw the line at the new rule": what one draws the line at is refused.
                value = 0.8 if negated(head, lex) else -0.8
            if not value and dep == "prep" and node.lower_ == "by" and word in lex.keeping_by:
                # "stands by its decision", "will abide by the truce": keeping to a thing holds it (the event
                # coder may read a refusal to back down there).
                value = -1.0 if negated(head, lex) else 1.0
            mods = sum(evaluation(c, lex) for c in head.children if c.dep_ == "amod")
            if head.pos_ in {"NOUN", "PROPN"} and mods:
                value = mods
            if (
                dep == "prep"
                and node.lower_ == "against"
                and head.pos_ == "NOUN"
                and word in lex.position_nouns
            ):
                # (ST22b) "its principled position against capital punishment": a position against X opposes
                # X; the position's own adjectives say how it is held, not what it holds of X.
                if _others_position(head, ctx):
                    # (RS22) Another's position ("the position against X expressed by several delegations",
                    # "the EU's position against X") is not the issuers': what they say of it is no side on X.
                    break
                # (RS22) A position denied ("takes no position against X", "has never taken a position against
                # X") is no side: declining to take one (defers reads it as neutral).
                value = 0.0 if _denied_position(head, lex) else -1.0
                mods = 0.0
            if (
                value < 0
                and not reverses  # a harm noun ("risks for X", "threat to X") already turned the relation
                and dep == "prep"
                and node.lower_ in VICTIM_PREPOSITIONS
                and word in lex.effects
            ):
                # "negative consequences for the sovereignty of X": X is what suffers; the speaker's concern
                # is for it (the cause, elsewhere in the sentence, is what is opposed).
                value = -value
            # (not the "as" phrase the walk comes up through: "declare a halt as a step towards ending X")
            as_value = sum(
                np_value(c, lex)
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "as" and c.i != node.i
            )
            if as_value:
                value = as_value
            if (
                value > 0
                and not mods
                and not as_value
                and walk.att == 0.0
                and head.pos_ == "NOUN"
                and dep == "prep"
                and node.lower_ in {"of", "for", "to"}
                and head.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
                and word not in lex.harm
                and not reverses
            ):
                # An evaluative noun that is itself the object of a further evaluation relates the issue to
                # it:
                # "condemn the approval of new settler homes", "reject the recognition of X" oppose X; alone
                # ("the approval of X was announced") it is read at the end of the walk. Positive nouns only:
                # a negative one ("the intrusion of vessels") most often names what its object does.
                walk.noun = max(walk.noun, min(1.0, abs(value)))
                walk.noun_op = head.i
                value = 0.0
            if not value and word in lex.judging and dep == "dobj":
                # "we consider the detention of journalists unacceptable", "we regard the warrant issued in
                # The Hague as void": the small clause's adjective (or the "as" phrase's), wherever the parser
                # attached it after the object.
                value = next(
                    (
                        evaluation(t, lex)
                        for t in head.subtree
                        if t.i > node.i
                        and t.pos_ == "ADJ"
                        and (t.dep_ in {"acomp", "oprd", "ccomp", "xcomp"} or t.head.lower_ == "as")
                        and evaluation(t, lex)
                    ),
                    0.0,
                )
                if value and negated(head, lex):
                    value = -value
            if not value and dep == "attr" and word == "be":
                # "What we cannot accept is a negotiation that ...", "What is needed is a ceasefire": the
                # pseudo-cleft's clause evaluates what it is equated with.
                clause = next(
                    (
                        c
                        for c in head.children
                        if c.dep_ in {"csubj", "csubjpass"}
                        and any(
                            t.lower_ == "what" for t in c.children if t.dep_ in {"dobj", "nsubjpass", "nsubj"}
                        )
                    ),
                    None,
                )
                if clause is not None:
                    cleft = evaluation(clause, lex) or lex.call.get(lemma(clause), 0.0)
                    if cleft:
                        cleft *= -1 if negated(clause, lex) else 1
                        _set_att(walk, cleft, clause, ctx, verb_holder=True)
                        node = head
                        continue
            # "urge the police to exercise restraint": the object of an appeal with an infinitive is its
            # addressee, not what is called for.
            # So is the one called on: "We call on the Electoral Commission to publish ..." (a word of the
            # issue in the addressee's name is not what is called for).
            # (ST22b) The parser may hang the infinitive on the call as an adverbial clause ("calls on all
            # nuclear-weapon states to maintain their moratoria"): the one called on is still the addressee.
            addressee = (dep == "dobj" or (dep == "prep" and node.lower_ in {"on", "upon"})) and any(
                c.dep_ == "xcomp" or (c.dep_ == "advcl" and word in lex.call and _infinitive(c))
                for c in head.children
            )
            # Nor is a phrase of means, place or time what is called for: "attacked students demanding reform
            # with sticks and tear gas" (the parser hangs the attackers' means on the students' demand).
            aside = addressee or (dep == "prep" and node.lower_ in MEANS_PREPOSITIONS)
            if not value and word in lex.call and head.pos_ in {"VERB", "AUX"} and not aside:
                value = lex.call[word] * (-1 if negated(head, lex) else 1)
            noting = word in lex.neutral or (
                word in lex.light and any(c.dep_ == "dobj" and lemma(c) in lex.neutral for c in head.children)
            )
            if (
                not value
                and head.pos_ in {"VERB", "AUX"}
                and (word in lex.light or word not in lex.harm)
                and not (dep == "prep" and node.lower_ == "as")
                and not (
                    dep == "advcl" and walk.att != 0.0 and word in lex.light and subject_of(head) is not None
                )
            ):
                # The issue is the verb's object: only the verb's complements can evaluate it ("was taken in
                # full accordance with"), not what the verb does (that is the relation, above). An "as" phrase
                # is what the verb's object is taken for ("declare a halt to the killings as a step towards
                # ending X"): the verb's other phrases do not judge what is inside it. Nor does a copula's
                # complement turn what an adverbial clause under it already judged: "they are null and void,
                # being based on votes held at gunpoint under occupation" says what the subject is, and why.
                coded = not noting and not addressee  # (an addressee takes no value from the appeal)
                value = predicate_value(head, node, lex, ctx, passive=True, events=coded)
            if not value and not (reverses and word in lex.harm) and not noting and not addressee:
                # (The appeal coded on "calls on X to ..." is the call for its content; its addressee is not
                # what is called for, whichever way the parser reads the verb's other phrases.)
                # (A coded event on a harm word that turns the relation is that harm itself, the act the word
                # names: "an agreement that infringes upon X" is coded as a disapproval by the agreement, not
                # the issuers'. Its lexicon description above is the reading.) Noting takes no side, however
                # the event coder reads "has taken note of" (as a disapproval).
                value = event_value(head, ctx)
            if (
                own_harm
                and value < 0
                and not mods
                and not as_value
                and walk.att == 0.0
                # A relative clause reports a harm that happened ("pressure on voters, which undermined the
                # fairness of the vote"): its negativity stays the evaluation of the issue's state, unless
                # the noun it describes is itself judged ("rejects any memorandum that infringes upon X").
                and (head.dep_ != "relcl" or _judged(head.head, lex))
            ):
                # The harm word already turned the relation; its own negativity is the description of what
                # is done to the issue, used only when nothing else evaluates it ("the violation of X's
                # borders."). An outer evaluation then sets the attitude rather than reverse it: "we reject
                # any attempt to undermine the unity of X" supports X, as "we condemn the violation of X"
                # does.
                if not walk.harm:
                    walk.harm = walk.rel * min(1.0, -value) * modal_weight(head)
                    walk.harm_op = head.i
                value = 0.0
            if value:
                _set_att(walk, value, head, ctx, verb_holder=head.pos_ in {"VERB", "AUX"})
            elif (
                word in lex.benefit
                and _weighs(word, head, lex)
                and not walk.soft
                # "Extending the duties to fertilisers would raise our costs": a gerund subject is what the
                # predicate judges, not the issuers' own act.
                and not (
                    (head.dep_ in {"csubj", "csubjpass"} or (head.dep_ == "advcl" and _gerund_subject(head)))
                    and _judges(head.head, lex)
                )
                # "Parliament adopted the bill" reports another's act; it takes no side for the issuers.
                and (negated(head, lex) or not is_third_party(subject_of(head), ctx))
            ):
                # "will not allow the start of negotiations": a refused benefit opposes.
                walk.soft = walk.rel * (0.5 if not negated(head, lex) else -0.7)
            if noting:
                walk.neutral = True  # "note", "take note of", "follow closely", "monitor"
            if dep in PASSIVE_SUBJECT_DEPS:
                _shared_subject_predicates(head, walk, ctx)
        d = deontic(head, lex) if word not in lex.light else 0
        if (
            d
            and dep in SUBJECT_DEPS
            and word not in lex.harm
            and word not in lex.existence
            and (word not in lex.benefit or _acting(head))
        ):
            # "All forces there must comply with the law": what the issue's agents must do to something else
            # is another act, not the issue's own fate ("the deployment must end", "the talks must resume").
            d = 0
            if _acting(head) and walk.att == 0.0 and not walk.harm:
                # ... and whoever asks it ("recalls that all forces must comply", coded as a demand) asks
                # that other act: no position on the issue from this mention.
                return None
        if d and head.i != anchor.i:
            _set_att(walk, float(d), head, ctx, verb_holder=False)
        if (
            not judged
            and walk.att == 0.0
            and head.i not in reversers
            and _denied_act(node, dep, head, word, lex)
        ):
            # "calls on them not to hold the referendum", "regrets that the talks were not held", "urges
            # firms never to extract minerals from the seabed": a plain verb doing the issue's act, denied,
            # turns what is said above it (a harm, call or evaluative verb reads its own negation).
            walk.rel = -walk.rel
        node = head
    if walk.third_party and walk.att == 0.0:
        return None
    if walk.att == 0.0 and not walk.soft:
        walk.soft = _agentive(anchor, walk.rel, ctx)
    if walk.att and walk.reported and walk.neutral:
        # The issuers only note what a described noun does ("takes note of the ruling on the petitions
        # challenging the results"): the challenge is the petitions', the issuers take no side.
        return Vote(0, 0.5, None, rel=walk.rel)
    if walk.att:
        polarity = 1 if walk.att > 0 else -1
        return Vote(polarity, walk.weight, walk.op, holder=walk.holder, rel=walk.rel)
    if walk.harm:
        # The walk's relation is already reversed by the harm word: harming X is bad, so X is supported.
        harmed = -1 if walk.harm > 0 else 1
        return Vote(-harmed if walk.quality else harmed, abs(walk.harm), walk.harm_op, rel=walk.rel)
    if walk.noun:
        return Vote(1 if walk.rel > 0 else -1, walk.noun, walk.noun_op, rel=walk.rel)
    if walk.neutral:
        # "We take note of the decision to extend the sanctions": noting outweighs a mere description.
        return Vote(0, 0.5, None, rel=walk.rel)
    loaded = evaluation(anchor, lex)
    if loaded < 0 and not walk.third_party:
        # A loaded name for the issue ("an attempt to instrumentalise migrants", "the weaponisation of
        # migrants"): calling it so, with no evaluation said, is the speaker's charge against it.
        return Vote(-1 if walk.rel > 0 else 1, min(0.6, -loaded), anchor.i, rel=walk.rel)
    if walk.soft:
        return Vote(1 if walk.soft > 0 else -1, abs(walk.soft), None, rel=walk.rel)
    return _descriptive(walk)


def _suffered(clause: Token, anchor: Token, lex: Lexicon) -> bool:
    """Whether a clause of suffering ("who died when X struck", "killed in X") has the issue at ``anchor`` as
    its cause: in an adverbial clause, or a cause phrase (in, by, from, under) of the suffering verb."""
    if lemma(clause) not in lex.suffering:
        return False
    if any(c.dep_ == "dobj" for c in clause.children) != (lemma(clause) == "lose"):
        # "the pilots who killed civilians" did it; "the candidate who lost in the vote" was beaten
        return False
    for child in clause.children:
        if child.left_edge.i <= anchor.i <= child.right_edge.i:
            return child.dep_ in {"advcl", "agent"} or (
                child.dep_ == "prep" and child.lower_ in SUFFERED_CAUSES
            )
    return False


def _inquired_ending(node: Token, lex: Lexicon) -> bool:
    """Whether what an inquiry looks into is an ending or failure of the issue ("an investigation into the
    collapse of the peace talks"): that word already turns the issue, and the inquiry is against it, not
    against the issue (RS21 finding 7)."""
    target = next((c for c in node.children if c.dep_ == "pobj"), node) if node.dep_ == "prep" else node
    word = lemma(target)
    return word in lex.endings or word in lex.failures


def _made_known(node: Token, dep: str, head: Token, lex: Lexicon) -> bool:
    """Whether a word is what "make ... available / public" makes known: the subject of the small clause
    ("make the results available"), the object with the adjective beside it ("make public the results"), or
    the object of a publishing verb ("publish the results").
    Only a record of a vote or an inquiry (``records``) is a publication: "make humanitarian assistance
    available" asks for the thing itself."""
    if head.pos_ == "VERB" and lemma(head) in lex.publishing and not negated(head, lex):
        # "calls on the Commission to publish the results by polling station": publishing a record is a
        # procedure, as "the publication of the results" is, for all the verb's phrases ("release the
        # figures", never "release the prisoners"; "publish their sources of funding" is no record).
        return any(c.dep_ == "dobj" and lemma(c) in lex.records for c in head.children)
    if lemma(node) not in lex.records:
        return False
    if dep in ANY_SUBJECT_DEPS and head.pos_ == "ADJ" and lemma(head) in lex.disclosure:
        return lemma(head.head) == "make" and head.head.i != head.i
    if dep == "dobj" and lemma(head) == "make":
        return any(c.pos_ == "ADJ" and lemma(c) in lex.disclosure for c in head.children)
    return False


def _judges(predicate: Token, lex: Lexicon) -> bool:
    """Whether a predicate passes a verdict of its own on its subject ("would be a grave mistake", "would
    raise our costs", "would betray the victims"); "remains our priority" and "would save lives" do not."""
    for verb in (predicate, *predicate.conjuncts):
        if evaluation(verb, lex) < 0 or lemma(verb) in lex.harm:
            return True
        if any(
            c.dep_ in {"acomp", "attr", "oprd", "dobj"} and (evaluation(c, lex) or lemma(c) in lex.harm)
            for c in verb.children
        ):
            return True
    return False


PAST_TIME_MARKS = frozenset({"since", "when"})


def _past_time_clause(clause: Token) -> bool:
    """Whether an adverbial clause says when in the past: "since" or "when" with a verb in the past tense."""
    # (the parser hangs "when" as an adverb, "since" as a mark)
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in PAST_TIME_MARKS for c in clause.children):
        return False
    if clause.tag_ == "VBD":
        return True
    return clause.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in clause.children
    )


def _gerund_subject(clause: Token) -> bool:
    """Whether a gerund clause the parser hung as an adverbial is its verb's missing subject: "Extending the
    duties to fertilisers, however, would raise our costs" (no "by", no "while"; the verb has no other)."""
    return (
        clause.tag_ == "VBG"
        and clause.i < clause.head.i
        and clause.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"mark", "nsubj", "aux", "auxpass"} for c in clause.children)
        and not any(c.dep_ in ANY_SUBJECT_DEPS for c in clause.head.children)
        and clause.head.dep_ == "ROOT"
        and clause.left_edge.i == clause.i
    )


def _phrasal(verb: Token, lex: Lexicon) -> str:
    """A verb's lemma, or its phrasal form when the lexicon knows it as a harm: "pull back the units" is
    "pull-back", which undoes what it acts on, as "withdraw" does."""
    word = lemma(verb)
    if verb.pos_ == "VERB":
        for child in verb.children:
            # (the parser often reads the particle as an adverb: "pull back the units")
            if child.dep_ == "prt" or (
                child.dep_ == "advmod" and child.i > verb.i and child.lower_ in PARTICLES
            ):
                joined = f"{word}-{child.lower_}"
                if joined in lex.harm:
                    return joined
            if child.dep_ == "prep" and child.lower_ == "in" and _way(child):
                # "has not stood in the way of the earlier packages": standing in the way obstructs.
                joined = f"{word}-in-the-way"
                if joined in lex.harm:
                    return joined
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            for child in obj.children:
                # "vote the deal down": the parser may hang a particle after the object on the object.
                if child.dep_ == "prt" and child.i > obj.i:
                    joined = f"{word}-{child.lower_}"
                    if joined in lex.harm:
                        return joined
    return word


def _way(prep: Token) -> bool:
    """Whether a preposition governs "way" ("in the way of")."""
    return any(g.dep_ == "pobj" and g.lower_ == "way" for g in prep.children)


def _ending_object(node: Token, head: Token, lex: Lexicon) -> bool:
    """A "to"/"on" phrase under a verb whose direct object is a harm noun ("put an end to X", "declare a halt
    to X"): the parser attaches the phrase to the verb, but the noun is what acts on X."""
    return (
        node.dep_ == "prep"
        and node.lower_ in ENDING_PREPOSITIONS
        and head.pos_ == "VERB"
        and lemma(head) not in lex.harm
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma(c) in lex.harm for c in head.children)
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to return")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _bare_asked(verb: Token, call: Token, lex: Lexicon) -> bool:
    """Whether ``verb``, coordinated with ``call``, is a bare infinitive that continues the call's own
    to-infinitive ("urges X to halt A, suspend B"): a plain verb form with no subject or auxiliary of its own,
    after the call's infinitive; "CAAT calls for restraint and suspends its work" has a finite verb."""
    return (
        verb.tag_ == "VB"
        and lemma(call) in lex.call
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        and any(c.dep_ == "xcomp" and _infinitive(c) and c.i < verb.i for c in call.children)
    )


def _infinitive_above(verb: Token) -> Token | None:
    """The nearest to-infinitive above a verb, within four steps ("to refrain from actions that could")."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if _infinitive(node):
            return node
    return None


def _draws_the_line(verb: Token) -> bool:
    """Whether a verb is "draw the line" (at something refused)."""
    return lemma(verb) == "draw" and any(c.dep_ == "dobj" and lemma(c) == "line" for c in verb.children)


def _released(node: Token, head: Token) -> bool:
    """Whether ``node`` is what a release word sets free: its object, "of" phrase or passive subject."""
    if head.pos_ == "NOUN":
        # "the release of all political prisoners, including the journalists detained in recent days"
        return node.dep_ == "prep" and node.lower_ in {"of", "including"}
    return head.pos_ == "VERB" and node.dep_ in {"dobj", "nsubjpass"}


def _acting(verb: Token) -> bool:
    """Whether a verb acts on something else: an object, or "with" ("comply with the law")."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _condition_on_agent(verb: Token, lex: Lexicon) -> bool:
    """A required act of the issue's agents towards something else ("forces must comply with the law")."""
    return deontic(verb, lex) > 0 and lemma(verb) in lex.benefit and _acting(verb)


def _agentive(anchor: Token, rel: int, ctx: Context) -> float:
    """Issuers carrying out the issue themselves: "we will bring forward sanctions", "we sent troops"."""
    lex = ctx.lexicon
    node = anchor
    for _ in range(8):
        if node.dep_ not in {"conj", "compound", "amod"} or node.head.i == node.i:
            break
        node = node.head
    if (
        node.pos_ == "VERB"
        and node.dep_ in {"acl", "xcomp"}
        and node.head.pos_ == "NOUN"
        and lemma(node.head) in lex.decision_nouns
        and any(c.dep_ == "poss" and c.lower_ in {"its", "our", "their"} for c in node.head.children)
    ):
        # "The Government fully assumes its decision to suspend the broadcasts": the issuers' own decision to
        # do it, held by them, is their act.
        node = node.head
    if node.dep_ != "dobj":
        return 0.0
    verb = node.head
    word = lemma(verb)
    if word in lex.harm or word in lex.neutral or verb.pos_ != "VERB" or negated(verb, lex):
        return 0.0
    if any(
        c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    ):
        # "Moscow regards the delivery as a step towards escalation", "we consider it an error": a verb with
        # a predicate on its object judges the object, it does not carry it out.
        return 0.0
    subj = subject_of(verb)
    return 0.6 * rel if subj is not None and is_issuer(subj, ctx) else 0.0


def is_issuer(subject: Token, ctx: Context) -> bool:
    """Whether a subject positively names the issuers: "we", their name, or an actor of their country."""
    if subject.lower_ in {"we", "i"}:
        return True
    span = subject.doc.span(subject.left_edge.i, subject.right_edge.i + 1)
    actor = next((ctx.actors_by_token[t.i] for t in span if t.i in ctx.actors_by_token), None)
    if _addressed_state(span, actor, ctx):
        return False  # (ST23b) a domestic opposition's or an NGO's "the Government" is not the issuers
    if actor is not None and (actor.via in {"pronoun", "issuer"} or (actor.country in ctx.issuer_countries)):
        return actor.country is not None or actor.via in {"pronoun", "issuer"}
    words = {t.lower_ for t in span if t.is_alpha and not t.is_stop}
    return bool(ctx.issuer_words and (words & ctx.issuer_words or _prefix_overlap(words, ctx.issuer_words)))


def _descriptive(walk: _Walk) -> Vote:
    """No position: weight 0, but keep the descriptive relation for anaphora in the next sentence."""
    return Vote(0, 0.0, None, rel=walk.rel)


def _feeling(predicate: Token, lex: Lexicon) -> bool:
    """Whether a predicate says a feeling: "is concerned", "remains deeply alarmed"."""
    return predicate.lower_ in lex.feelings or any(
        c.dep_ in {"acomp", "oprd"} and c.lower_ in lex.feelings for c in predicate.children
    )


def _shared_subject_predicates(head: Token, walk: _Walk, ctx: Context) -> None:
    """Predicates coordinated with ``head`` that share its subject: "X is unacceptable and must be lifted"."""
    lex = ctx.lexicon
    for conj in head.conjuncts:
        if conj.i < head.i or any(c.dep_ in ANY_SUBJECT_DEPS for c in conj.children):
            continue
        if _feeling(conj, lex):
            # "China has noted the strikes carried out overnight and is concerned about the situation", with
            # "the strikes" parsed as the subject of both: a feeling is the speaker's, not said of the issue.
            continue
        passive = any(c.dep_ == "auxpass" for c in conj.children)
        rel = walk.rel
        if passive and lemma(conj) in lex.harm:
            rel = -rel
        value = 0.0 if passive else predicate_value(conj, conj, lex, ctx)
        if passive and not value:
            value = evaluation(conj, lex)
        d = deontic(conj, lex)
        if d:
            value = value or float(d)
        if value and walk.att == 0.0:
            saved = walk.rel
            walk.rel = rel
            _set_att(walk, value, conj, ctx, verb_holder=False)
            walk.rel = saved


def modifier_vote(anchor: Token, sign: int, ctx: Context) -> Vote | None:
    """The issue's own evaluative modifiers: "illegitimate restrictions", "the so-called referendums".

    Also normative existential negation: "there can be no negotiations with X" rejects them.
    """
    key = (anchor.i, sign)
    memo = ctx.modifier_votes
    if key in memo:
        return _copy(memo[key])
    vote = memo[key] = _modifier_vote(anchor, sign, ctx)
    return _copy(vote)


def _modifier_vote(anchor: Token, sign: int, ctx: Context) -> Vote | None:
    """``modifier_vote`` without the memo."""
    if (
        anchor.dep_ in {"attr", "nsubj"}
        and lemma(anchor.head) == "be"
        and any(c.dep_ == "expl" for c in anchor.head.children)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children)
        # Normative only ("there can be no", "there will be no"); "there are no political prisoners" is
        # a factual denial that the issue exists, not a rejection of it.
        and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL | DEONTIC | {"will"} for c in anchor.head.children
        )
    ):
        return Vote(-sign, 0.8, anchor.i)
    value = 0.0
    for child in anchor.children:
        if child.dep_ in {"amod", "advmod"} or (child.dep_ == "compound" and hyphen_word(child)):
            value += evaluation(child, ctx.lexicon)
    # "the so-called referendums": spaCy parses "so-called" as three tokens left of the noun.
    doc = anchor.doc
    for i in range(max(anchor.left_edge.i, anchor.i - 4), anchor.i):
        joined = hyphen_word(doc[i])
        if joined and joined != doc[anchor.i].lower_:
            value += ctx.lexicon.evaluation(joined)
    if not value:
        value = _relative_clause_value(anchor, ctx)
    if not value:
        return None
    return Vote(1 if value * sign > 0 else -1, min(1.0, abs(value)) * 0.7, anchor.i)


RELATIVE_PRONOUNS = {"which", "that", "who"}


def _gap(node: Token, head: Token) -> list[str]:
    """The lower-case words from a clause's last token to the later head it hangs on."""
    doc = node.doc
    return [doc[i].lower_ for i in range(node.right_edge.i, head.i)] if node.right_edge.i < head.i else []


def _judged(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is the object of an evaluative verb or noun ("rejects any memorandum or arrangement",
    "its rejection of any agreement")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return bool(evaluation(noun.head.head, lex))
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and bool(evaluation(noun.head, lex))


def _relative_clause_value(anchor: Token, ctx: Context) -> float:
    """What the issue's own relative clause says of it: "a result that was fabricated", "measures, which
    have no basis in law and harm the economies of third countries".

    The clause may hang on the last noun of a participle phrase describing the issue, set off by a comma
    ("measures adopted by individual countries, which have no basis ..."): the parser's attachment there is
    a guess, the comma marks a comment on the whole phrase.
    """
    lex = ctx.lexicon
    clauses = [c for c in anchor.children if c.dep_ == "relcl"]
    for acl in (c for c in anchor.children if c.dep_ == "acl"):
        for prep in (c for c in acl.children if c.dep_ in {"agent", "prep"}):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                clauses.extend(c for c in noun.children if c.dep_ == "relcl" and _non_restrictive(c, noun))
    value = 0.0
    for verb in clauses:
        subject = next(
            (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVE_PRONOUNS),
            None,
        )
        if subject is None:
            continue
        passive = subject.dep_ == "nsubjpass"
        value += predicate_value(verb, subject, lex, ctx, passive=passive)
        for conj in verb.conjuncts:
            if conj.i > verb.i and not any(c.dep_ in ANY_SUBJECT_DEPS for c in conj.children):
                value += predicate_value(conj, conj, lex, ctx)
    return value


# The verb that holds someone to account with an adjective of blame ("hold them responsible / accountable").
HOLDING_TO_ACCOUNT = frozenset({"hold"})


def _held_to_account_for(prep: Token, lex: Lexicon) -> bool:
    """Whether a "for" phrase says what someone is held to account for: "hold X responsible for Y"."""
    adjective = prep.head
    if adjective.i == prep.i or adjective.pos_ != "ADJ":
        return False
    word = lemma(adjective)
    if word not in lex.blame and word not in lex.blame_subjects:
        return False
    verb = adjective.head
    return verb.i != adjective.i and lemma(verb) in HOLDING_TO_ACCOUNT


def has_blame(head: Token, lex: Lexicon, outside: Token | None = None) -> bool:
    """Whether a predicate holds its subject to account ("held accountable", "brought to justice").

    Words of the subject itself (``outside``: "capital punishment is an effective deterrent") are not the
    predicate's blame.
    """
    # Cheap test first on the lemma array: no blame word in the predicate's span, no blame.
    lemmas = head.view.lemma_lowers
    if not any(lemmas[i] in lex.blame for i in range(head.left_edge.i, head.right_edge.i + 1)):
        return False
    skip = range(outside.left_edge.i, outside.right_edge.i + 1) if outside is not None else range(0)
    for token in head.subtree:
        if (
            token.i != head.i
            and token.i not in skip
            and lemma(token) in lex.blame
            and token.head.i in {head.i, *(c.i for c in head.children)}
        ):
            return True
    return False


# Quantifiers that make an addressee every party ("all sides", "both parties", "each actor", "everyone").
ALL_PARTIES = {"all", "both", "each", "every", "everyone", "everybody"}


ASK_REACH = 6


def call_above(anchor: Token, lex: Lexicon, *, wishes: bool = False) -> Token | None:
    """The appeal a word is asked in ("calls on X to exercise restraint"), a few steps up, or None.

    With ``wishes``, a wish asks too ("hope the parties will settle their differences"), and so does an
    appeal word of any class ("must restore stability").
    """
    node = anchor
    for _ in range(ASK_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        word = lemma(node)
        if wishes:
            if word in lex.call or word in lex.wishes:
                return node
        elif node.pos_ in {"VERB", "NOUN"} and word in lex.call:
            return node
    return None


def asked_of_all(call: Token, anchor: Token) -> bool:
    """Whether an appeal is made to every side or to no one named: "calls on all sides / on demonstrators and
    security services alike to exercise restraint", "calls for restraint". Made to one side ("urge the
    security services to exercise restraint") it takes a side."""
    addressees = [c for c in call.children if c.dep_ == "dobj" and c.i < anchor.i and c.pos_ != "PRON"]
    addressees += [
        p for c in call.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in c.children
    ]
    addressees = [a for a in addressees if a.dep_ in {"dobj", "pobj"}]
    if not addressees:
        return True
    return any(
        a.lower_ in ALL_PARTIES
        or any(c.lower_ in ALL_PARTIES for c in a.children if c.dep_ in {"det", "predet", "amod"})
        or any(c.dep_ == "conj" for c in a.children)
        or any(c.lower_ == "alike" for c in a.children)
        # the parties of a conflict named as such ("the warring parties", "the two countries"; not "the
        # opposition parties"): the events' rule, shared (session 18, RL18's party_noun_phrase)
        # plural only: "calls on the party to exercise restraint" asks one side (RV18-stance 8)
        or (a.tag_ in {"NNS", "NNPS"} and party_noun_phrase(a))
        for a in addressees
    )


def _marked_for(token: Token) -> bool:
    """Whether a verb is opened by "for" ("for the two governments to settle")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


# Determiners that give a right to every one of the parties, not to one of them.
EVERY_ONE = frozenset({"each", "every", "all", "both"})


def _choice_of_each(verb: Token, lex: Lexicon) -> bool:
    """Whether a deference verb is the choice a right gives each of the parties, upheld: "respects the right
    of each Member State to choose the peaceful means" (not denied, nor the right of one named party)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i == verb.i or lemma(noun) not in lex.choice_nouns:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    every = any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            holder.dep_ == "pobj"
            and any(d.dep_ in {"det", "predet"} and d.lower_ in EVERY_ONE for d in holder.children)
            for holder in prep.children
        )
        for prep in noun.children
    )
    above = noun.head
    upheld = not negated(noun, lex) and not negated(above, lex) and lemma(above) not in lex.harm
    return every and upheld and evaluation(above, lex) >= 0


def defers(sent: Span, ctx: Context) -> bool:
    """Whether the issuers leave the question to others or say they take no side on it.

    "Questions of sovereignty are for the two governments to settle", "it is not for the Government to decide
    who is right", "This is a matter for the Parliament", "The Committee does not take a position on ...",
    "We take no side". "It is not for Moscow to decide" (others denied the choice) and "it is for us to
    decide" (the issuers' own claim) take a side; "a matter for concern" is an evaluation, not a deference.
    """
    lex = ctx.lexicon
    for token in ctx.doc.tokens[sent.start : sent.end]:
        word = lemma(token)
        if _neither_side(token, ctx):
            return True
        if word in lex.deference_verbs and _choice_of_each(token, lex):
            return True
        if word in lex.deference_verbs and _marked_for(token):
            holder = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            if holder is None:
                continue
            noun = token.head
            if lemma(noun) in lex.deference_nouns and noun.dep_ == "attr" and lemma(noun.head) == "be":
                # "Whether it is held is a matter for those parties to settle": the parser hangs "for X to
                # settle" on the noun, not on "for" as a preposition (read below).
                if negated(noun.head, lex) or holder.lower_ in {"us", "we"} or is_issuer(holder, ctx):
                    continue
                return True
            if lemma(token.head) != "be":
                continue
            if any(c.dep_ in {"acomp", "attr"} and c.i != token.i for c in token.head.children):
                continue  # "it is important / too early / time for X to settle": a wish, no deference
            if negated(token.head, lex) or negated(token, lex):
                # "it is not for the Government to decide": the issuers deny themselves the choice (by name,
                # "us", or an office named by its title alone); denied to others, the choice is a side taken
                words = {t.lower_ for t in holder.subtree if not t.is_punct} - INDEFINITE
                if is_issuer(holder, ctx) or holder.lower_ == "us" or words <= ctx.lexicon.titles:
                    return True
            elif holder.lower_ not in {"us", "we"} and not is_issuer(holder, ctx):
                return True
        elif word in lex.deference_nouns and token.dep_ in {"attr", "ROOT"} and not negated(token.head, lex):
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ != "for":
                    continue
                for holder in prep.children:
                    if holder.dep_ != "pobj":
                        continue
                    said = lemma(holder)
                    if lex.evaluation(said) or said in lex.neutral or said in lex.harm or said in lex.benefit:
                        continue  # "a matter for concern / regret / celebration"
                    if holder.lower_ in {"us", "we"}:
                        continue  # "a matter for us alone": the issuers' own claim
                    return True
        elif word in lex.position_nouns and token.dep_ == "dobj" and lemma(token.head) == "take":
            verb = token.head
            # (one negation test for the verb and the noun: "does not take", "never takes", "takes no side")
            if not (negated(verb, lex) or negated(token, lex)):
                continue
            if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                c.dep_ in {"prep", "acl", "ccomp", "relcl"} and c.lower_ not in {"on", "in", "against"}
                for c in token.children
            ):
                continue  # "never take the side of the aggressor", "not take sides with the occupier": a side
            holder = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if holder is not None and not is_third_party(holder, ctx):
                return (
                    True  # (with no subject, "calls on all states not to take sides", the refusal is others')
                )
    return False


def _side_value(token: Token, lex: Lexicon) -> float:
    """The side a verb takes on its object: evaluation, benefit and call words for, harm words against."""
    word = lemma(token)
    return (
        lex.evaluation(word) + lex.benefit.get(word, 0.0) + lex.call.get(word, 0.0) - lex.harm.get(word, 0.0)
    )


def _neither_side(verb: Token, ctx: Context) -> bool:
    """Whether the issuers deny both sides at once: "the Office neither encourages nor discourages returns",
    "we neither support nor oppose the bill" (two verbs of opposite sides under "neither ... nor"). (ST22b)
    A hedged neutrality, not a side (the first verb's denial alone read oppose)."""
    # (the tagger may take the first verb for a plural noun: "The agency neither promotes nor hinders")
    if verb.pos_ not in {"VERB", "NOUN"} or not any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children
    ):
        return False
    other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if other is None or not any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.children):
        return False
    first, second = _side_value(verb, ctx.lexicon), _side_value(other, ctx.lexicon)
    if not first or not second or (first > 0) == (second > 0):
        return False
    holder = subject_of(verb)
    if holder is None and verb.dep_ == "appos":
        holder = verb.head  # "The agency neither promotes nor hinders ...", parsed as an apposition
    return holder is None or not is_third_party(holder, ctx)


def neutral_markers(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence takes no side: noting, monitoring, calls for restraint, calm or de-escalation."""
    neutral = lex.neutral
    return any(w in neutral for w in doc_view(sent.doc).lemma_lowers[sent.start : sent.end])


def blame_vote(sent: Span, ctx: Context) -> bool:
    """Whether a sentence holds someone to account ("those responsible must be held accountable")."""
    lex = ctx.lexicon
    lemmas = ctx.doc.lemma_lowers[sent.start : sent.end]
    has_blame = any(w in lex.blame for w in lemmas)
    if not has_blame:
        return False
    tokens = ctx.doc.tokens[sent.start : sent.end]
    return any(lemma(t) in lex.blame_subjects and t.dep_ in ANY_SUBJECT_DEPS for t in tokens)


ANAPHORS = {"this", "that", "it", "such", "these", "those"}


def anaphoric_subject(sent: Span, lex: Lexicon | None = None) -> Token | None:
    """The subject of a sentence when it points back ("This is unacceptable", "Such measures ...").

    "It" as the subject of an agent's verb ("It expresses its confidence", "It calls on ...") is the issuer,
    not the issue: only predicates that describe or evaluate their subject take it back to the issue.
    """
    root = doc_view(sent.doc).span(sent.start, sent.end).root
    agentive = False
    if lex is not None and root.pos_ == "VERB":
        word = lemma(root)
        agentive = word not in lex.light and word not in lex.harm and word not in lex.benefit
    for child in root.children:
        if child.dep_ not in ANY_SUBJECT_DEPS:
            continue
        if agentive and child.lower_ == "it" and child.dep_ in SUBJECT_DEPS:
            continue
        if child.lower_ in ANAPHORS or any(
            c.lower_ in ANAPHORS and c.dep_ in {"det", "amod"} for c in child.children
        ):
            return child
    return None
