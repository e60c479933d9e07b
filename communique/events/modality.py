"""Negation, modality and reported speech of an event clause, read from the dependency parse.

- negation: a ``neg`` dependent ("not", "n't", "never"), "no" as determiner of the trigger or of a noun
  governing its clause ("There is no evidence that X attacked"), or a negating governor ("refused to attack").
- modality: if/unless → conditional; a question mark → question; may/might/could/would/can/should/must →
  hypothetical; will/shall, or the complement of an intention verb ("plans to") → future; past perfect
  ("had ... attacked") → historical; else asserted. "would" inside the complement of a past reporting verb is
  the reported form of "will" ("Putin said troops would leave") → future. Modality is inherited through
  infinitive complements and coordinated verbs, never from the reporting verb.
"""

from __future__ import annotations

from communique.events.loader import PatternSet
from communique.nlp.view import ViewToken as Token

INHERIT_DEPS = frozenset({"xcomp", "conj", "acl", "advcl", "pcomp", "relcl", "ccomp"})
MAX_CLIMB = 6
_AUX_DEPS = frozenset({"aux", "auxpass"})


def clause_verb(token: Token) -> Token:
    """The verb whose clause contains the token (the token itself for verbs)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"amod", "compound"}:
            return current
        if current.head is current:
            # A verbless sentence ("Sanctions against Iran: a mistake"): its root heads the clause, and its
            # markers (a question mark, "no") are the clause's. (One view token per position: ``is`` holds.)
            return current
        current = current.head
    return token  # deeper than MAX_CLIMB: no clause found within bounds


def _own_markers(verb: Token, grammar: PatternSet) -> tuple[str | None, bool]:
    """Modality from the verb's own auxiliaries and the negation on it."""
    negated = False
    modality: str | None = None
    has_had = False
    emphatic = False
    for child in verb.children:
        dep = child.dep_
        if dep == "neg":
            negated = negated or not _focus_negation(child, verb, grammar)
        elif dep in _AUX_DEPS:
            if (
                child.lemma_ == "can"
                and verb.lemma_.lower() in grammar.words("emphatic_verbs")
                and _emphatic_cannot(child, verb, grammar)
            ):
                emphatic = True
            hyp = grammar.words("hypothetical_modals")  # (read only for a verb with an auxiliary)
            fut = grammar.words("future_modals")
            low = child.lower_
            if low in hyp or child.lemma_.lower() in hyp:
                modality = modality or ("would" if low in {"would", "'d"} else "hypothetical")
            elif low in fut or child.lemma_.lower() in fut:
                modality = modality or "future"
            elif low == "had" and (verb.tag_ == "VBN" or any(c.lower_ == "been" for c in verb.children)):
                has_had = True
            elif low == "going" or (child.lemma_ == "go" and child.tag_ == "VBG"):
                modality = modality or "future"
    if modality is None and has_had:
        modality = "historical"
    if emphatic:
        # "we cannot thank Norway enough", "we cannot but welcome": the act is asserted, emphatically
        return None, False
    return modality, negated


def _focus_negation(neg: Token, verb: Token, grammar: PatternSet) -> bool:
    """A "not" that bears on a focus word right after it ("don't just welcome", "not merely support")."""
    return any(
        c.i == neg.i + 1 and c.dep_ == "advmod" and c.lower_ in grammar.words("focus_particles")
        for c in verb.children
    )


def _emphatic_cannot(can: Token, verb: Token, grammar: PatternSet) -> bool:
    """A negated "can" with "enough" or "but" on the verb: "cannot thank X enough", "cannot but welcome"
    (the parser hangs the "not" on the verb or on the "can")."""
    negs = [c for c in (*verb.children, *can.children) if c.dep_ == "neg" and c.i == can.i + 1]
    # ("but" right before the verb: "cannot accept this, but ..." coordinates, it is no emphasis)
    return bool(negs) and any(
        c.lower_ in grammar.words("emphatic_after_cannot")
        and ((c.dep_ == "advmod" and c.i > verb.i) or c.i == verb.i - 1 == negs[0].i + 1)
        for c in verb.children
    )


def _reported_past(verb: Token, grammar: PatternSet) -> bool:
    """True when the verb is the complement of a reporting verb in the past tense."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.tag_ == "VBG" and head.dep_ == "pcomp":
        head = head.head.head  # "was quoted as saying X would ...": the quoting verb carries the tense
    return verb.dep_ in {"ccomp", "parataxis"} and head.tag_ in {"VBD", "VBN"}


def modality_of(verb: Token, sentence_text: str, grammar: PatternSet) -> tuple[str, bool]:
    """Return ``(modality, negated)`` for the clause of a verb (read once per clause and document)."""
    memo = verb.view.modality
    key = (verb.i, sentence_text)
    got = memo.get(key)
    if got is not None and got[0] is grammar:
        return got[1]
    result = _modality_of(verb, sentence_text, grammar)
    memo[key] = (grammar, result)
    return result


def _modality_of(verb: Token, sentence_text: str, grammar: PatternSet) -> tuple[str, bool]:
    conditional = grammar.words("conditional_marks")
    intention = grammar.words("intention_verbs")
    negators = grammar.words("negating_verbs")
    modality, negated = _own_markers(verb, grammar)
    if modality == "would":
        modality = "future" if _reported_past(verb, grammar) else "hypothetical"
    is_conditional = False
    current = verb
    # "urged Iran to release", "demanded that the US cancel", "called on X to stop and to protect": requested,
    # not done
    inherited: str | None = "hypothetical" if directive_governor(verb, grammar) is not None else None
    # "If talks fail, X will attack" / "Should Iran resume enrichment, X will ...": the consequent depends on
    # a conditional clause attached to it (a subordinator, or an inverted should/had/were).
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        if any(g.dep_ == "mark" and g.lower_ in conditional for g in child.children):
            is_conditional = True
        first = child.left_edge
        if first.lower_ in {"should", "had", "were"} and first.dep_ in {"aux", "auxpass"}:
            is_conditional = True
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in conditional for c in current.children):
            is_conditional = True
            break
        dep = current.dep_
        head = current.head
        if dep not in INHERIT_DEPS:  # (a root's dep is ROOT: no "head is current" test needed)
            break
        hl = head.lemma_.lower()
        if dep == "advcl" and to_infinitive(current) and hl in intention | negators:
            dep = "xcomp"  # "have sworn to fight" parsed as a purpose clause: still the vow's complement
        if dep in {"ccomp", "acl"} and denying_governor(current, grammar) is not None:
            negated = True  # "denied that its troops had crossed": the crossing is denied, not asserted
            break
        if dep == "ccomp":
            break  # reported or embedded clauses keep their own modality
        if dep == "xcomp":
            if hl in negators or _denied_gerund(current, grammar):
                # "refused to attack"; "denied sending troops"; but "never failed to support", "did not refuse
                # to meet": a negated negator asserts its complement
                negated = not any(c.dep_ == "neg" for c in head.children)
            elif hl in intention and inherited is None:
                inherited = "future"
            elif head.pos_ == "ADJ":  # "is due to arrive", "is likely to veto", "unwilling to negotiate"
                if head.dep_ == "acomp" and any(c.dep_ == "neg" for c in head.head.children):
                    negated = True  # "is not willing to negotiate"
                else:
                    negated, inherited = _governing_word(hl, "adjectives", grammar, negated, inherited)
        head_mod, _ = _own_markers(head, grammar)
        if head_mod == "would":
            head_mod = "future" if _reported_past(head, grammar) else "hypothetical"
        # "may decide to attack", "can lead to losses and damage ...": the governing modal scopes over the
        # complement; a possibility outranks the future of an intention verb.
        if (
            dep in {"xcomp", "conj"}
            and head_mod
            and head_mod != "historical"
            and (inherited is None or (inherited == "future" and head_mod != "future"))
        ):
            inherited = head_mod
        if dep == "acl" and head.pos_ == "NOUN" and to_infinitive(current):
            # "Iran's refusal to cooperate" did not happen; "Russia's plan to annex" has not happened yet
            negated, inherited = _governing_word(hl, "nouns", grammar, negated, inherited)
        if dep in {"advcl", "relcl", "acl"}:
            break
        current = head
    if modality is None:
        modality = inherited
    if is_conditional:
        return "conditional", negated
    if sentence_text.rstrip().endswith("?"):
        return "question", negated
    return modality or "asserted", negated


def directive_governor(verb: Token, grammar: PatternSet) -> Token | None:
    """The directive verb asking for this clause or the clause it is a conjunct of: "urged Iran to release
    ..." and "called on X to cease fire and to protect civilians" → the urging, the calling."""
    current = verb
    for _ in range(MAX_CLIMB):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return None
        if dep in {"xcomp", "ccomp", "advcl"}:
            directives = grammar.words("directive_verbs")
            speech_directives = grammar.words("speech_directive_verbs")
            hl = head.lemma_.lower()
            # "told Iran to release" asks; "told reporters that troops left" reports
            asks = hl in directives and (hl not in speech_directives or to_infinitive(current))
            return head if asks else None
        if dep != "conj":
            return None
        current = head
    return None


def to_infinitive(verb: Token) -> bool:
    """A "to" infinitive with no subordinator of its own ("to fight", not "until they fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "mark" for c in verb.children
    )


def infinitive_complement(verb: Token) -> bool:
    """The verb complements its head: an xcomp, or a "to" infinitive the parser hung as advcl."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))


def negating_governor(verb: Token, grammar: PatternSet) -> Token | None:
    """The negating verb (refuse, fail ...) or denial verb (deny, dismiss ...) governing the verb's clause."""
    if infinitive_complement(verb) and verb.head.lemma_.lower() in grammar.words("negating_verbs"):
        return verb.head
    return denying_governor(verb, grammar)


def _governing_word(
    word: str, kind: str, grammar: PatternSet, negated: bool, inherited: str | None
) -> tuple[bool, str | None]:
    """What a noun or adjective governing an infinitive does to it ("refusal to", "plan to", "due to",
    "likely to"), from grammar.yaml's negating_/intention_/possibility_ lists of that kind."""
    if word in grammar.words(f"negating_{kind}"):
        return True, inherited
    if inherited is None and word in grammar.words(f"intention_{kind}"):
        return negated, "future"
    if inherited is None and word in grammar.words(f"possibility_{kind}"):
        return negated, "hypothetical"
    return negated, inherited


def _denied_gerund(verb: Token, grammar: PatternSet) -> bool:
    """An -ing complement of a denial verb: "denied sending troops", "denied having supplied drones"."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ in {"VBG", "VBN"}
        and verb.head.lemma_.lower() in grammar.words("denial_verbs")
    )


def denying_governor(verb: Token, grammar: PatternSet) -> Token | None:
    """The denial verb whose that-clause holds the verb: its own ccomp ("denied that X crossed"), or the
    clause of a claim noun it takes as object ("denied reports that X crossed", "dismissed claims that")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    denials = grammar.words("denial_verbs")
    head = verb.head
    if (verb.dep_ == "ccomp" and head.lemma_.lower() in denials) or _denied_gerund(verb, grammar):
        return head
    if (
        verb.dep_ in {"acl", "ccomp"}
        and head.lemma_.lower() in grammar.words("claim_nouns")
        and head.dep_ in {"dobj", "nsubjpass"}
        and head.head.lemma_.lower() in denials
    ):
        return head.head
    return None


def negated_by_determiner(token: Token, grammar: PatternSet) -> bool:
    """True when "no" determines the trigger or a noun that governs its clause ("no evidence that ..."; but
    "no doubt that ..." affirms it)."""
    current = token
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in current.children):
            return current is token or current.lemma_.lower() not in grammar.words("affirming_no_nouns")
        if current.dep_ in {"ccomp", "acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            current = current.head
            continue
        if current.pos_ in {"VERB", "AUX"}:
            return False
        current = current.head
    return False


def reporting_ancestor(verb: Token, reporting: dict[int, Token]) -> Token | None:
    """The reporting verb whose complement clause contains ``verb`` ("X said [Y attacked]")."""
    current = verb
    for _ in range(MAX_CLIMB):
        head = current.head
        if current.dep_ in {"ccomp", "parataxis", "xcomp", "conj", "advcl", "dobj"} and head.i in reporting:
            if current.dep_ in {"conj"}:
                current = head
                continue
            return head
        current = head
    # "Troops will leave, Putin said": the reporting verb hangs off the reported clause.
    for child in verb.children:
        if child.dep_ in {"parataxis", "ccomp"} and child.i in reporting:
            return child
    return None


# (VC27) Dependencies through which a conjunct shares its head's auxiliaries: one with no auxiliary and no
# subject of its own ("had attacked the villages and occupied several heights").
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "expl"})


def background_past(verb: Token, grammar: PatternSet) -> bool:
    """The clause tells an earlier act in the past perfect, as background: "Minsk had expelled the consul
    in the spring", "the engineer, who had been arrested in 2019", "had attacked the villages and occupied
    several heights" (a conjunct sharing the "had"). Not a complement clause: "said the ambassador had been
    summoned on Friday" reports the act in the past (the backshift of "was summoned"), and a denied act is
    the business of denied_act."""
    current = verb
    for _ in range(MAX_CLIMB):
        modality, _ = _own_markers(current, grammar)
        if modality == "historical":
            break
        if modality is not None:
            return False
        if _shares_clause(current):
            current = current.head
            continue
        return False
    else:
        return False
    for _ in range(MAX_CLIMB):
        if current.dep_ != "conj":
            break
        current = current.head
    return current.dep_ not in {"ccomp", "parataxis"} and denying_governor(current, grammar) is None


def denied_act(verb: Token, grammar: PatternSet) -> bool:
    """The clause is what its speaker denies or disputes ("denied that its aircraft had bombed the school",
    "rejects the claim that its soldiers looted the market", "denied sending troops"), and the denial is not
    itself negated ("did not deny that its forces attacked the convoy" asserts the attack)."""
    current = verb
    for _ in range(MAX_CLIMB):
        governor = denying_governor(current, grammar)
        if governor is not None:
            # (a clause before the denial is what was said, not what is denied: "X accused Rwanda of deploying
            # troops, a charge Kigali has repeatedly denied", which the parser hangs on "denied")
            return current.i > governor.i and not any(c.dep_ == "neg" for c in governor.children)
        if current.dep_ != "xcomp" and not (
            # (not a simple past beside a perfect: "denied that its forces had carried out the attack and
            # blamed the PKK", the blaming is the ministry's own, a verb of the main clause the parser hung on
            # the denied perfect)
            _shares_clause(current)
            and not (current.tag_ == "VBD" and any(c.lower_ == "had" for c in current.head.children))
        ):
            return False
        current = current.head
    return False


def _shares_clause(verb: Token) -> bool:
    """A conjunct with no auxiliary and no subject of its own shares its head's ("had attacked the villages
    and occupied several heights")."""
    return verb.dep_ == "conj" and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children)
