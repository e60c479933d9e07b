"""Code events sentence by sentence: match patterns, find roles, read negation/modality/reported speech.

Confidence (0..1) = 0.45 base
  + 0.10 per phrase word beyond the trigger (max 0.30): a specific phrase is rarely wrong
  + 0.15 when every source has a dictionary code, + 0.05 when a target is coded
  - 0.10 when the source was inferred (controller, conjunct, relative clause, speaker of an evaluation,
    the authorities of the place of an agentless arrest)
  - 0.15 when the perpetrator of violence is unknown (agentless passive, event noun as subject: no source)
  - 0.05 for an implied actor (government behind its troops)
  - 0.10 for nominal events (nouns are more ambiguous than verbs)
clipped to [0.05, 0.99].
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from communique.actors.resolver import STATE_SECTORS, mentioned_again
from communique.events.cameo import cameo_name, plover_of
from communique.events.loader import Pattern, PatternSet
from communique.events.matcher import (
    CIRCUMSTANTIAL_PREPS,
    Match,
    arrival_verb,
    circumstantial,
    lemma,
    lemmas,
    match_sentence,
)
from communique.events.modality import (
    background_past,
    clause_verb,
    denied_act,
    directive_governor,
    infinitive_complement,
    modality_of,
    negated_by_determiner,
    negating_governor,
    reporting_ancestor,
    to_infinitive,
)
from communique.events.roles import (
    ARMED_SECTORS,
    BORDER_NOUNS,
    CONTEXT_VIAS,
    COUNTERPART_ROOTS,
    EXAMPLE_PREPS,
    HOSTING_CODE,
    ISSUER_VIAS,
    KIND_QUANTIFIERS,
    PARTICIPANT_PREPS,
    PARTIES_APPEALS,
    PASSIVE_SUBJECT_DEPS,
    STATE_KIND_WORDS,
    SUBJECT_DEPS,
    SUMMONER_ACTS,
    SUMMONING_VERBS,
    ActorIndex,
    Counterpart,
    Parties,
    actor_key,
    actors_of_phrase,
    addressed_pronoun,
    antecedent_actors,
    any_of_kind,
    between_members,
    carried_out_thing,
    coded_keys,
    conditional_subject_actors,
    conjuncts,
    coup_makers,
    each_other,
    foreign_addressees,
    goods_origins,
    goods_sender,
    helped_parties,
    hung_agent,
    implied_authorities,
    implied_protesters,
    is_passive,
    last_doers,
    misread_belief,
    mobilised_towards,
    most_named_country,
    names_what,
    not_universal,
    noun_agents,
    of_the_state,
    other_parties,
    owner_by_pronoun,
    participants_before,
    party_keys,
    passive_subject,
    person_antecedent,
    places_abroad,
    pobj_actors,
    possessive_antecedent,
    praisers,
    prep_targets,
    refers_back,
    requested_agents,
    responsible_actors,
    same_party,
    situation_parties,
    sources_of_verb,
    subject_tokens,
    targets_of_verb,
    told_addressees,
    unattributed_act,
    undergoing_verb,
    welcomed_between,
)
from communique.model import Actor, Document, Event
from communique.nlp.view import DocView, doc_view
from communique.nlp.view import ViewSpan as Span
from communique.nlp.view import ViewToken as Token

# Sentences longer than this are flattened tables or lists, not prose: only the first tokens are coded.
MAX_SENTENCE_TOKENS = 250
MAX_EVENTS_PER_SENTENCE = 25
# Demands, disapproval, rejection, threats, protest, coercion and violence (CAMEO 10-14, 17-20) always have
# an addressee or a victim: a strike, a riot, a crackdown. When the sentence names none and every source
# belongs to one country, the event is domestic and aimed at that country (its authorities or population),
# as CAMEO coders code it. Shows of force (15), reduced relations (16, always towards another country) and
# most yielding (08: resign, withdraw) need no addressee, so they keep an empty target; a state's executive
# easing its own restrictions, acceding to reform or releasing people (YIELDING_AT_HOME) does it for its own
# country.
DOMESTIC_ROOTS = frozenset({"10", "11", "12", "13", "14", "17", "18", "19", "20"})
INTERNATIONAL = frozenset({"IGO", "NGO", "MNC", "IMG", "UNK"})
# Roots whose target may be the subject of a complement clause ("demanded that X ...", "threatened ... if X").
# Words through which an event's object can point back to an earlier sentence (roles.refers_back).
POINTING_WORDS = frozenset({"this", "that", "these", "those", "such", "it"})
DEMONSTRATIVES = POINTING_WORDS - {"it"}
POINTER_DEPS = frozenset({"det", "amod", "predet"})  # "this attack", "such attacks", "such an attack"
# Roots of material force, whose outcome told by a free -ing adjunct is the same act (_without_outcomes).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Inquiries (09x) into wrongs told before ("the authorities have not investigated the killings") are aimed at
# whoever did them (_investigates_told_wrongs); "the", "these" or "such" name them again.
INVESTIGATION_ROOT = "09"
TOLD_AGAIN_DETS = frozenset({"the", "these", "those", "such", "this", "that"})
REPRESSION_CODE = "175"  # (violent repression: the one act of force of root 17 an inquiry looks into)
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
# Judgements and rejections: an intention they take as their own object is aimed at whoever holds it.
JUDGED_ROOTS = frozenset({"11", "12"})
# Unspecified coercion (170: "will take all necessary measures", "will use every tool at our disposal"):
# announced, it names no act but the threat it is coded as (intent 130); the vague future action is not coded
# beside it.
UNSPECIFIED_ACTIONS = frozenset({"170"})
# Acts aimed at an addressee who is always an actor (appeals, intents and offers, support, consultation, aid,
# demands): an "it"/"them" they address stands for an actor of the sentence before (_pronoun_referents).
ADDRESSED_ROOTS = frozenset({"02", "03", "04", "05", "07", "10"})
# Mediation offered, asked for or done (CAMEO 039, 028, 045): between the parties, when none is named.
MEDIATION_CODES = frozenset({"039", "028", "045"})
# Shows of force (CAMEO 15x: exercises, alerts, mobilisation) and the sectors of the forces shown.
SHOW_OF_FORCE_ROOT = "15"
# Reduced relations (recalled envoys, suspended ties), and where an envoy serves ("the ambassador in Tehran").
REDUCED_RELATIONS_ROOT = "16"
SENTENCE_COUNTRY = "sentence-country"
ENVOY_PLACE_PREPS = frozenset({"in", "to", "at", "from"})
DEPLOYED_SECTORS = frozenset({"MIL", "COP"})
# A warning (130) whose content clause lays the blame (112) is that blame.
THREAT_ROOT = "13"
ALERT_CODES = frozenset({"151", "152"})  # police or troops put on a higher alert
BLAME_CODE = "112"
WARNING_VERBS = frozenset({"warn"})
UNSPECIFIED_THREAT = "130"
FLYING_VERBS = frozenset({"fly", "overfly", "pass", "cross"})
OVER_PREPS = frozenset({"over", "across"})
# Intents (CAMEO 03x): a readiness or commitment is always someone's, for someone.
INTENT_ROOT = "03"
# Aid (07): the issuers' own, naming no one, goes to the country the statement is about.
AID_ROOT = "07"
# Intents and aid (03, 07): whom their purpose "to help X" or aid noun "for X" helps (roles.helped_parties)
HELPING_ROOTS = frozenset({"03", "07"})
# Approval (05): "welcomes the signing of the agreement between A and B" is for A and B.
WELCOME_ROOT = "05"
# Concern (012): about a situation, aimed at its parties or country (roles.situation_parties)
CONCERN_CODE = "012"
# Embargoes, boycotts, sanctions and tariffs, whose goods may name whom they are laid on.
EMBARGO_CODE = "163"
# a force sent to help another party protects it (074:s18-sent-to-help)
PROTECTION_CODE = "074"
# Arrests, detentions and charges (173), convictions and sentences (116): who holds a prisoner whose release
# is asked for.
DETENTION_CODES = frozenset({"173", "116"})
# ... as is an appeal for someone's release (0253): to whoever holds them, whom the statement is about.
RELEASE_APPEAL = "0253"
# Intents and threats (CAMEO 03x "express intent to", 13x "threaten"): said in the speaker's own future tense,
# the announcement is the act, so it is asserted ("we will continue to work with ...", "such actions will
# not go unanswered"), as a refusal said so is ("we will never accept", a negation absorbed into 12x).
ANNOUNCING_ROOTS = frozenset({"03", "13"})
# Judgements and complaints, which two coordinated verbs of one speaker aim at the same party.
JUDGING_ROOTS = frozenset({"11", "12", "13"})
# ... and praise: "commends ECOWAS for its response and supports its efforts" endorses ECOWAS once.
SHARING_ROOTS = JUDGING_ROOTS | {"05"}
# Roots of material actions, whose location may stand for the target when nothing else does.
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# Yielding (release, lifting sanctions, allowing access, a ceasefire): what CAMEO's appeals and demands to
# yield (025, 105) ask for
YIELD_ROOT = "08"
# A state's yielding that names no one is to its own country: it eases restrictions (081: "lifted the ban on
# social media"), accedes to reform (083) or releases people (084)
YIELDING_AT_HOME = frozenset({"081", "083", "084"})
# The executive power that imposes restrictions and so lifts them (not a court ruling them void)
EXECUTIVE_SECTORS = frozenset({"GOV", "MIL", "COP"})
# Acts two or more do together, with each other when no one else is named (intent, consultation, cooperation,
# yielding): "A and B agreed to ...", "the two sides met"
JOINT_ACT_ROOTS = frozenset({"03", "04", "05", "08"})
# Violence is coded even when its perpetrator is unknown (with no source), if its target is coded.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# So is coercion (17) told in the agentless passive ("were arrested", "was detained and expelled"), and a
# sentence a court passes (116 with a court verb: "was sentenced to 25 years"), when it is asserted, not
# negated and done to someone coded outside the issuers' own country (_agentless_state_act). A bare 170 says
# too little to keep with no one doing it; repression (175) names its doer's class, the state's forces
# ("protesters were shot dead" told with no one is a killing by an unknown hand, not an agentless repression).
COERCION_ROOT = "17"
SENTENCE_CODE = "116"
BARE_COERCION = "170"
NO_ONE = frozenset({"nobody", "none", "noone"})
# how a draft with no source was kept: violence by an unknown hand, an agentless act of coercion or sentence
UNNAMED_DOERS = frozenset({"unknown-agent", "agentless"})
# how a mention that names no country was given one (roles.ActorIndex.in_context, the actors stage's context)
COMPOSED_VIAS = frozenset({"sentence-country", "context", "document-country"})
ARMED = frozenset({"MIL", "COP", "REB", "SPY"})
# ("i": "\"I condemn this attack,\" the Minister said" is the Minister speaking)
PRONOUNS = frozenset({"it", "they", "he", "she", "i"})
PERSON_PRONOUNS = frozenset({"he", "she"})
PERSON_OBJECTS = frozenset({"him", "her"})
CLAUSE_CHILD_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "advcl"})


@dataclass
class _Draft:
    match: Match
    code: str
    negated: bool
    modality: str
    sources: list[Actor]
    targets: list[Actor]
    how: str
    clause: Token
    suffix: str = ""
    # judges an act of violence whose doer is not named: aimed at no one, not even whom the statement is about
    no_doer: bool = False


# Dependencies of a noun that is predicated of a subject ("would be an illegal act").
PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp", "appos"})


def event_id(document_id: str, sentence_index: int, start: int, code: str) -> str:
    """A stable id: the same document, sentence, trigger offset and code always give the same id."""
    digest = hashlib.sha1(f"{document_id}:{sentence_index}:{start}:{code}".encode()).hexdigest()[:16]
    return f"ev-{digest}"


# (NW25) A state's inquiry (09: prosecutors, courts, police, a public protector) into no one named is into its
# own country: "Prosecutors in Seoul launched a probe into the former first lady's dealings" (KOR -> KOR), as
# the news gold codes it. Not an international body's ("the ICC opened an investigation"), not an NGO's.
INQUIRY_ROOT = "09"
# (NW26) A state's police put on alert or sent in (151, 153) by its government with no one named police its
# own country: "Ecuador sent thousands of police officers into Guayaquil" (ECU -> ECU), as the news gold codes
# it; police that are themselves the source ("Police across Dhaka were placed on high alert") keep none.
POLICING_CODES = frozenset({"151", "153"})


def _state_only(sources: Sequence[Actor]) -> bool:
    """Every source is a country or one of its state bodies (government, courts, police, legislature ...)."""
    return bool(sources) and all(a.code and of_the_state(a) for a in sources)


def _executive_only(sources: Sequence[Actor]) -> bool:
    """Every source is a state's executive ("the government", "the authorities", a president, a country)."""
    return all(
        a.code
        and a.code[:3] not in INTERNATIONAL
        and (len(a.code) == 3 or bool(EXECUTIVE_SECTORS & set(a.sectors)))
        and not (set(a.sectors) - EXECUTIVE_SECTORS - {"ELI"})
        for a in sources
    )


def _government_only(sources: Sequence[Actor]) -> bool:
    """Every source is a state or its government ("Britain", "the Kenyan authorities"), not its forces."""
    return bool(sources) and all(
        a.code and a.code[:3] not in INTERNATIONAL and (len(a.code) == 3 or set(a.sectors) == {"GOV"})
        for a in sources
    )


def _domestic_target(d: _Draft, issuers: list[Actor]) -> list[Actor]:
    """The source's own country as target of a domestic event with no named target (contentious, or a
    state's yielding at home)."""
    if d.targets or not d.sources:
        return d.targets
    inquiry = d.code[:2] == INQUIRY_ROOT and _state_only(d.sources)
    if (
        d.code[:2] not in DOMESTIC_ROOTS
        and not (d.code[:3] in YIELDING_AT_HOME and _executive_only(d.sources))
        and not (d.code[:3] in POLICING_CODES and _government_only(d.sources))
        and not inquiry
    ):
        return d.targets
    if inquiry and (any(a.via in ISSUER_VIAS for a in d.sources) or _issuers_speak(d.sources, issuers, [])):
        return d.targets  # (the issuers' own inquiry names whom it is into, or no one)
    if d.suffix == "+deontic":
        return d.targets  # (NW26) "rich countries must pay": laid on states in general, not on its own
    if d.match.pattern.kind == "eval":
        # a judgement names what it judges or judges no one: "Iran considers the sanctions unacceptable" is
        # not aimed at Iran
        return d.targets
    if d.code[:2] in SPEECH_ACT_ROOTS and (
        any(a.via in ISSUER_VIAS for a in d.sources) or _issuers_speak(d.sources, issuers, [])
    ):
        # "We firmly oppose", "The Council condemns" with nothing named: a statement's issuer does not speak
        # against its own country
        return d.targets
    countries = {(a.country or a.code or "")[:3].upper() for a in d.sources}
    if len(countries) != 1 or not all(a.code for a in d.sources):
        return d.targets
    country = countries.pop()
    if not country or country in INTERNATIONAL:
        return d.targets
    if (
        issuers
        and d.code[:2] in SPEECH_ACT_ROOTS
        and all(not a.sectors or "GOV" in a.sectors for a in d.sources)
        and country not in {_country_of(a) for a in issuers}
    ):
        # a foreign state a statement reports speaking of something it names no one for ("Japan will not
        # recognise the referendum" in Estonia's statement) does not speak against itself; a government's
        # refusal at home (its own opposition's statement, a news report) keeps the fallback
        return d.targets
    first = d.sources[0]
    return [
        Actor(
            name=country,
            code=country,
            country=country,
            # composed, not a mention: no span of its own
            sentence_index=first.sentence_index,
            via="domestic",
        )
    ]


def _for_anyone(clause: Token) -> bool:
    """An "any" determines a noun of the clause: "ready to cooperate with any investigation"."""
    return any(t.lower_ == "any" and t.dep_ == "det" for t in clause.subtree)


def _only_places(targets: Sequence[Actor], verb: Token, index: ActorIndex) -> bool:
    """No coded target, or only the places named after "in"/"at" in the verb's phrase ("the signing in
    Pretoria", which the dictionaries may read as the government seated there)."""
    places = {
        a.code
        for t in verb.subtree
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}
        for a in actors_of_phrase(t, index)
        if a.code
    }
    return all(not t.code or t.code in places for t in targets)


# What is given or pledged, whose receiver a second conjunct leaves out ("..., and Japan has offered three
# million more"): intents and pledges (03), material cooperation (06), aid (07); not appeals or demands, whose
# object is whom they address.
GAPPING_ROOTS = frozenset({"03", "06", "07"})
# Prepositions that name a receiver of its own ("and Japan sent tents to Syria").
GIVEN_TO_PREPS = frozenset({"to", "for", "toward", "towards", "with"})


def _gapped_targets(d: _Draft, drafts: dict[int, _Draft]) -> list[Actor]:
    """ "The US has pledged 50,000 doses to the DRC, and Japan has offered three million more": a conjunct
    clause with its own subject and no one named, coding the same root as the clause it is joined to, is
    aimed at that clause's coded targets (the writer leaves out what is shared)."""
    verb = d.match.token
    first = drafts.get(verb.head.i)
    if (
        d.targets
        or verb.dep_ != "conj"
        or first is None
        or first is d
        or first.code[:2] != d.code[:2]
        or d.code[:2] not in GAPPING_ROOTS
        or not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        or any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in GIVEN_TO_PREPS) for c in verb.children)
    ):
        return []
    return [t for t in first.targets if t.code]


def _conjunct_receivers(d: _Draft, index: ActorIndex) -> list[Actor]:
    """ "deployed rescue teams and delivered shelter to both countries": aid (07) with no receiver of its own
    goes to the receiver its conjoined verb names ("to", a dative), when that verb has no subject of its own
    (the same giver)."""
    if d.code[:2] != AID_ROOT or any(t.code for t in d.targets):
        return []
    for conj in d.clause.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        if any(c.dep_ in ANY_SUBJECT_DEPS for c in conj.children):
            continue
        found = [
            a
            for c in conj.children
            if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in {"to", "toward", "towards"})
            # ("sent supplies to Mozambique": the parser calls the "to" phrase a dative too)
            for a in (pobj_actors(c, index) if c.pos_ == "ADP" else actors_of_phrase(c, index))
            if a.code
        ]
        if found:
            return found
    return []


def _two_sides(sources: Sequence[Actor]) -> bool:
    """Two or more sides among the sources: of different countries, or of one country with a side outside its
    state ("the Government of Yemen and Ansar Allah released 900 detainees in an exchange": YEMGOV, YEMREB);
    not one state's own bodies ("the government and the army", "the Prime Minister and the Government")."""
    if len(coded_keys(sources)) > 1:
        return True
    codes = {a.code for a in sources if a.code}
    return len(codes) > 1 and any(
        a.code and a.sectors and STATE_SECTORS.isdisjoint(a.sectors) for a in sources
    )


def _together(d: _Draft, mutual: frozenset[str]) -> bool:
    """Two or more sources of different countries whose intent is an agreement or cooperation with each other
    (grammar.yaml ``mutual_words``): "They agreed to leave aside their differences", "Our three countries will
    strengthen our security cooperation"; not "are willing to support the efforts of dialogue" (for others),
    nor "agreed to support the transition" (``_agreed_on_another``).
    """
    return (
        d.code[:2] in JOINT_ACT_ROOTS
        and len(coded_keys(d.sources)) > 1
        and any(
            lemma(t) in mutual and not _agreed_on_another(t, mutual) for t in (d.match.token, *d.match.words)
        )
    )


# Possessives by which an agreed act's object is the agreeing parties' own ("leave aside their differences").
SHARED_POSSESSIVES = frozenset({"their", "our"})
# Meeting and negotiating (intent to, 036, and the act, 04) are with each other whatever their object names
# ("agreed to hold talks on the border").
MEETING_CODES = ("036", "04")


def _agreed_on_another(word: Token, mutual: frozenset[str]) -> bool:
    """A verb of agreement, or the act it carries, done to something else: "Ghana and Togo agreed to support
    the transition" (the infinitive's object is neither a mutual word nor their own) is no act with each
    other; "agreed to strengthen their cooperation", "agreed to meet" stay mutual."""
    act: Token | None = word
    if not (word.dep_ == "xcomp" and lemma(word.head) in mutual):
        act = next((c for c in word.children if c.dep_ == "xcomp"), None) if lemma(word) in mutual else None
    if act is None:
        return False
    for obj in act.children:
        if obj.dep_ != "dobj" or lemma(obj) in mutual:
            continue
        if any(c.dep_ == "poss" and c.lower_ in SHARED_POSSESSIVES for c in obj.children):
            continue
        return not each_other(act)
    return False


# Parts of speech that may stand between a judgement word and the act whose object it qualifies ("respond
# to this illegal act": the adjective, its noun, the preposition); a verb or clause between makes it a
# judgement of its own ("said the arrest was illegal").
QUALIFYING_PATH_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "PRON"})


def _qualifies_another_act(d: _Draft, drafts: Sequence[_Draft]) -> bool:
    """A judgement (11, evaluative) that only qualifies, in a phrase of nouns and prepositions, the object of
    another act coded here by the same sources: "Poland will respond to further hostile acts", "Mexico will
    take the case to court so that Ecuador is held responsible for its violations of international law"."""
    if d.match.pattern.kind != "eval" or d.code[:2] != "11":
        return False
    mine = coded_keys(d.sources)
    token = d.match.token
    if token.pos_ in {"VERB", "AUX"} and token.dep_ != "relcl" and not _intended_by_noun(token):
        # a clause of its own ("warned that their provocations would destabilise the region" lays the blame);
        # a relative clause still qualifies its noun ("the launch, which poses a grave threat"), as an
        # attempt's infinitive does ("rejects any attempt to interfere in our internal affairs", RV22)
        return False
    path = token
    while path.head.i != path.i:
        path = path.head
        other = next((o for o in drafts if o is not d and o.match.token.i == path.i), None)
        if other is not None:
            theirs = coded_keys(other.sources)
            return bool(mine) and mine == theirs and other.code[:2] != "01"
        if path.pos_ not in QUALIFYING_PATH_POS or path.lower_ == "as":
            # ("denounces this martial law as an unconstitutional insurrection" predicates its own charge)
            return False
    return False


# Nouns of a try whose infinitive is the act tried (RV22): a judgement word there qualifies the try.
TRYING_NOUNS = frozenset({"attempt", "effort", "bid", "ploy", "scheme", "plot", "manoeuvre", "maneuver"})


def _intended_by_noun(verb: Token) -> bool:
    """The verb is the "to" infinitive of a noun of trying: "any attempt to interfere"."""
    return verb.dep_ == "acl" and lemma(verb.head) in TRYING_NOUNS and to_infinitive(verb)


def _benign_purpose(d: _Draft, owned: frozenset[str]) -> bool:
    """The measures' "to" infinitive acts on nothing a party owns: "the necessary measures to protect the
    harvest", "to contain the outbreak" (not "to safeguard its sovereignty", grammar.yaml owned_nouns)."""
    heads = [d.match.token, *d.match.words]
    purposes = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and to_infinitive(c)
    ]
    if not purposes:
        return False
    objects = [o for p in purposes for o in p.subtree if o.pos_ in {"NOUN", "PROPN"}]
    return bool(objects) and not any(lemma(o) in owned for o in objects)


# (VC25) An agreement named by its noun whose own phrase names a truce declares that truce (0871):
# "welcomes the agreement reached in Putrajaya between A and B on an immediate ceasefire", as the statement
# gold codes it.
AGREEMENT_CODE = "057"
TRUCE_CODE = "0871"
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _truce_agreed(d: _Draft) -> bool:
    """An agreement noun (057) with a ceasefire or truce in its own phrase (or in an "on" phrase the parser
    hung on the verb it is the object of: "welcomes the agreement reached ... on an immediate ceasefire")."""
    noun = d.match.token
    if d.code != AGREEMENT_CODE or d.match.pattern.kind != "noun":
        return False
    if any(lemma(t) in TRUCE_WORDS for t in noun.subtree if t.i != noun.i):
        return True
    hung = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i]
    return noun.dep_ == "dobj" and any(lemma(t) in TRUCE_WORDS for c in hung for t in c.subtree)


def _investigates_told_wrongs(d: _Draft, wrongs: frozenset[str]) -> bool:
    """The inquiry's phrase names wrongs told before, with no doer of their own: "have not opened an
    investigation into these abuses", "have not investigated a single one of the killings" (not "an inquiry
    into killings by the army", whose doer is named, nor "an investigation into a new attack")."""
    for word in d.match.words:
        if word.i == d.match.token.i or word.pos_ != "NOUN" or lemma(word) not in wrongs:
            continue
        if any(c.dep_ in {"poss", "agent"} or (c.dep_ == "prep" and c.lower_ == "by") for c in word.children):
            return False
        if any(c.dep_ in POINTER_DEPS and c.lower_ in TOLD_AGAIN_DETS for c in word.children):
            return True
    return False


def _phrase_names_them(words: Sequence[Token], targets: Sequence[Actor], index: ActorIndex) -> bool:
    """Every coded target is an actor a phrase word of the pattern names itself ("complaint with the
    council": the council)."""
    named = {a.code for w in words for a in index.at(w) if a.code}
    coded = [a.code for a in targets if a.code]
    return bool(named) and bool(coded) and all(c in named for c in coded)


def _issuers_speak(sources: list[Actor], speaker: list[Actor], reporter: list[Actor]) -> bool:
    """The statement's own voice: its issuers ("we", "the Ministry") or their country by name ("China will
    ..." in China's statement), not anyone it reports."""
    if reporter or not sources or not speaker:
        return False
    own = party_keys(speaker)
    return all(a.via in ISSUER_VIAS or (a.code and same_party(a.code, own)) for a in sources)


def _shared_targets(d: _Draft, drafts: dict[int, _Draft]) -> list[Actor]:
    """The coded targets of the verb this one is a conjunct of, when both judge (or both praise) and one
    speaker speaks."""
    first = next((o for o in drafts.values() if o.clause.i == d.clause.head.i and o is not d), None)
    if first is None or first.sources != d.sources:
        return d.targets
    if not ({first.code[:2], d.code[:2]} <= JUDGING_ROOTS or first.code[:2] == d.code[:2] == "05"):
        # (a judgement and a praise never share a party: "condemns X and supports the efforts of Y")
        return d.targets
    return [a for a in first.targets if a.code]


# Measures imposed on an area, not on people (RV23): an internet shutdown (1721), a curfew (1723), a state of
# emergency or martial law (1724). "detained twelve Thai fishermen and declared martial law" declares it where
# the doers rule, not on the fishermen, so they share no victims with a conjunct (_conjunct_victims).
AREA_MEASURES = frozenset({"1721", "1723", "1724"})


def _conjunct_victims(d: _Draft, drafts: dict[int, _Draft]) -> list[Actor]:
    """ "The navy arrested 34 Indian fishermen and seized five trawlers": coercion or force (17, 18) naming no
    victim, in a conjunct with no subject of its own, is done to the foreign victims its first conjunct names
    (the trawlers are the fishermen's), not to the doers' own country."""
    if d.targets or not d.sources or d.code[:2] not in COERCION_AND_FORCE or d.code in AREA_MEASURES:
        return []
    verb = d.match.token
    if verb.dep_ != "conj" or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children):
        return []
    first = drafts.get(verb.head.i)
    if (
        first is None
        or first is d
        or first.code[:2] not in COERCION_AND_FORCE
        or first.code in AREA_MEASURES
        or coded_keys(first.sources) != coded_keys(d.sources)
    ):
        return []
    mine = {_country_of(a) for a in d.sources}
    victims = [a for a in first.targets if a.code]
    if not victims or any(_country_of(a) in mine | INTERNATIONAL for a in victims):
        return []
    return victims


def _not_at_itself(d: _Draft) -> list[Actor]:
    """A statement's issuers do not speak against, appeal to or judge their own country as a whole: "It is
    unacceptable to allow ..." from Türkiye's ministry is aimed at someone else, never at TUR."""
    if not d.targets or not d.sources or not all(a.via in ISSUER_VIAS and a.code for a in d.sources):
        return d.targets
    own = {a.code for a in d.sources}
    if d.code[:2] in SPEECH_ACT_ROOTS | {"01"}:
        own |= {(a.code or "")[:3] for a in d.sources}
    # A party, church or movement shares its code with others of its kind ("We support the opposition
    # activists" from an opposition office, both BLROPP): only a mention of the issuers themselves is them.
    shared = {a.code for a in d.sources if a.code and not _state_code(a)}
    # whatever they do, never to themselves: "reaffirms the commitment of the African Union to ..."
    return [t for t in d.targets if t.code not in own or (t.code in shared and t.via not in ISSUER_VIAS)]


# Acts of force that, done by a state's police or soldiers to its own unarmed people, CAMEO codes as violent
# repression (175): shooting at, firing on, attacking or killing protesters or citizens. Beatings (182) and
# torture keep their own codes; so do executions, which courts and governments order (their sources are JUD or
# GOV, not COP or MIL), and mass killings (20).
REPRESSION_CODES = frozenset({"180", "190", "193", "1823"})
# Coercion and unconventional force: a conjunct shares its first conjunct's victims (_conjunct_victims).
COERCION_AND_FORCE = frozenset({"17", "18"})
# Sectors of those who bear arms or hold power: force against them is fighting or a coup, not repression.
UNARMED_EXCLUDED = STATE_SECTORS | {"REB", "INS", "UAF", "CRM"}
# Who represses: the police and the army (not a government or a court as such).
REPRESSING_SECTORS = frozenset({"COP", "MIL"})
SHOOTING_CODE = "193"


def _state_doers(d: _Draft) -> bool:
    """Every source a coded organ of one state (its government, police, army, courts ...)."""
    countries = {_country_of(a) for a in d.sources}
    return (
        bool(d.sources)
        and len(countries) == 1
        and not countries & INTERNATIONAL
        and all(a.code and STATE_SECTORS & set(a.sectors) for a in d.sources)
    )


def _only_country_besides(sent: Span, index: ActorIndex, doers: Sequence[Actor], own: frozenset[str]) -> bool:
    """The sentence names no country but the doers' and the issuers' own ("Peruvian police arrested two
    journalists after a match against Chile" names two: the journalists may be either's)."""
    named = {_country_of(a) for t in sent for a in index.at(t) if a.code} - INTERNATIONAL
    return named <= {_country_of(a) for a in doers} | {k for k in own if len(k) == 3}


def _meets_itself(d: _Draft) -> bool:
    """A plain meeting or discussion (040) with no one named, or only the very actors who meet."""
    if d.code != "040" or not d.sources:
        return False
    codes = {a.code for a in d.sources}
    return all(a.code in codes for a in d.targets)


def _repression(d: _Draft) -> bool:
    """An act of force by a state's police or army against unarmed people of its own country: "soldiers opened
    fire on unarmed citizens in Harare", "the shooting of protesters by the police" repress (175), as CAMEO
    and the statement gold code them, rather than fight (193) or kill (1823)."""
    if d.code not in REPRESSION_CODES or not d.sources or not d.targets:
        return False
    # the police repress whatever force they use; soldiers when they shoot into a crowd ("soldiers opened fire
    # on unarmed citizens"), but their shelling or killing of civilians is war (1823, 20), not repression
    sectors = {"COP"} if d.code != SHOOTING_CODE else REPRESSING_SECTORS
    if not all(a.code and sectors & set(a.sectors) for a in d.sources):
        return False
    countries = {_country_of(a) for a in (*d.sources, *d.targets)}
    if len(countries) != 1 or countries & (INTERNATIONAL | {""}):
        return False
    # every target a coded group of that country's people, none armed or in office
    return all(a.code and a.sectors and not UNARMED_EXCLUDED & set(a.sectors) for a in d.targets)


def _state_code(actor: Actor) -> bool:
    """A code of a state or its organs (``USA``, ``USAGOV``), or of an international body: one actor."""
    code = actor.code or ""
    return len(code) <= 3 or code[:3] in INTERNATIONAL or bool(STATE_SECTORS & set(actor.sectors))


def _sector_agent(d: _Draft) -> bool:
    """An asserted verb event done by a generic agent named as its subject: the agent's sector codes it."""
    return (
        d.match.pattern.kind == "verb"
        # "many residents say", "analysts said": an opinion of an uncoded group is no codable statement
        and d.code[:2] != "01"
        and d.how in {"subject", "agent"}
        and d.modality in {"asserted", "historical"}
        and not d.negated
        and all(a.sectors for a in d.sources)
    )


def _sentence_index(document: Document) -> dict[int, int]:
    return {s.start: s.index for s in document.sentences}


def _issuers(document: Document, actors: list[Actor]) -> list[Actor]:
    coded = [a for a in document.issuers if a.code]
    return coded or list(document.issuers)


# Any subject a clause may have, active, passive or an expletive "there/it".
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"}


def _opens_headless(verb: Token, sent: Span) -> bool:
    """The verb (or the first of coordinated verbs) opens its sentence in the third person present with no
    subject, after adverbs, numbering or punctuation only: the paragraph form of communiqués."""
    while verb.head.i < verb.i and (
        verb.dep_ == "conj"
        # "Decides to suspend Mali", "Agrees to extend the mandate": the infinitive of a verb with no object
        # (subject control) is done by that verb's left-out subject
        or (verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in verb.head.children))
        # (or read as a purpose clause: "Decides, in line with ..., to suspend X")
        or (verb.dep_ == "advcl" and to_infinitive(verb) and verb.head.tag_ == "NNS")
    ):
        verb = verb.head
    # ("Decides, in line with ..., to suspend X": the small model may read the opening verb as a plural noun)
    misread = verb.tag_ == "NNS" and any(
        c.dep_ in {"xcomp", "advcl"} and to_infinitive(c) for c in verb.children
    )
    if (
        verb.dep_ != "ROOT"
        or (verb.tag_ != "VBZ" and not misread)
        or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children)
    ):
        return False
    before = [t for t in sent if t.i < verb.i]
    return all(t.pos_ in {"ADV", "PUNCT", "NUM", "X", "SPACE"} or t.tag_ == "LS" for t in before)


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in CLAUSE_CHILD_DEPS or (c.dep_ == "punct" and c.text == ":") for c in token.children)


# grammar.yaml lists of actions only a state does, as verbs and as nouns, and the state body that does them.
STATE_ACTION_LISTS = (
    ("police_actions", "police_action_nouns", "COP"),
    ("court_actions", "court_action_nouns", "JUD"),
    ("state_actions", "state_action_nouns", "GOV"),
)


def _state_action_sector(word: str, patterns: PatternSet, nouns: bool = False) -> str | None:
    """The sector of the state body that does an action only a state does (the verb lists, or with ``nouns``
    the noun lists), or None."""
    for verbs, noun_list, sector in STATE_ACTION_LISTS:
        if word in patterns.words(noun_list if nouns else verbs):
            return sector
    return None


def _held_under(verb: Token, patterns: PatternSet) -> str | None:
    """ "was placed under house arrest", "has been kept in detention": a verb that puts someone under arrest
    or in custody is a police action (COP), whatever the verb."""
    held = patterns.words("police_action_nouns") | patterns.words("custody_nouns")
    placed = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"under", "in", "into"}]
    if any(g.dep_ == "pobj" and lemma(g) in held for c in placed for g in c.children):
        return "COP"
    return None


def _in_custody(verb: Token, patterns: PatternSet) -> bool:
    """An act done to someone "in custody" or "in detention" (grammar.yaml custody_nouns), no agent named."""
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return False
    custody = patterns.words("custody_nouns")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "while"}:
            words = [lemma(g) for g in c.subtree]
            # ("tortured in detention by other inmates": the parser may hang the agent on the noun)
            if "by" not in words and not custody.isdisjoint(words):
                return True
    return False


def _agentless_state_act(verb: Token, code: str, patterns: PatternSet) -> bool:
    """An act of coercion or a court's sentence told in the passive with no doer named or implied: "Nine
    survivors were arrested on Thursday", "he was sentenced to 25 years", "were taken off the aircraft and
    detained". Not one done to no one ("No one was arrested", "none of them has been detained")."""
    if code in {BARE_COERCION, REPRESSION_CODE} or not (
        code[:2] == COERCION_ROOT
        or (code[:3] == SENTENCE_CODE and lemma(verb) in patterns.words("court_actions"))
    ):
        return False
    if any(c.dep_ in {"nsubj", "csubj"} or _is_by(c) for c in verb.children):
        return False
    held = passive_subject(verb)
    if not held:
        return False
    return not any(
        t.lower_ in NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) for t in held
    )


# The acts a reaction's own phrase may name and that are coded beside it (_embedded_act): reduced relations
# and expulsions (16), coercion (17: arrests, deportations, dispersals) and a court's sentence (116). Not
# force (18-20): "concerned by the blockade of X by Y" stays the concern alone, as the transfer set
# vocabulary-s21 codes it.
EMBEDDED_ROOTS = frozenset({"16", "17"})
# Quantifiers by which an act noun names any act of its kind, none in particular ("any deportation").
GENERIC_QUANTIFIERS = frozenset({"any", "no", "all", "every", "each"})


def _embedded_act(
    d: _Draft,
    sent: Span,
    index: ActorIndex,
    patterns: PatternSet,
    issuers: list[Actor],
    triggers: frozenset[int],
    drafts: dict[int, _Draft],
) -> _Draft | None:
    """The act a disapproval names inside its own phrase, with its doer named after "by": "concerned by the
    deportation of Ukrainian children by Russia" is the concern (111) and the deportation (174 by Russia at
    Ukraine), the noun being a phrase word of the concern's pattern (111:s20-concern-at-act) and so no trigger
    of its own. Not an act of a kind ("any deportation", "all arrests"), and not one with no doer named."""
    if d.code[:2] != "11" or d.negated or d.modality != "asserted" or d.match.pattern.kind == "noun":
        return None
    for word in d.match.words:
        if word.pos_ != "NOUN" or word.i in drafts or word.i == d.match.token.i:
            continue
        if any(
            c.dep_ in {"det", "predet", "amod"} and c.lower_ in GENERIC_QUANTIFIERS for c in word.children
        ):
            continue  # ("any deportation", "all arrests": an act of a kind)
        if not any(_is_by(c) for c in word.children):
            continue  # (a doer named after "by" only: "the arrest of opposition leaders" names none)
        for m in match_sentence(sent.view.span(word.i, word.i + 1), patterns):
            code = m.pattern.code or ""
            if m.pattern.kind != "noun" or not (code[:2] in EMBEDDED_ROOTS or code[:3] == SENTENCE_CODE):
                continue
            act = _draft(m, sent, index, patterns, issuers, [], triggers, need_source=True)
            if act is not None and act.how == "nominal" and any(a.code for a in act.sources):
                act.modality, act.negated = "asserted", False
                return act
    return None


def _kept_agentless(d: _Draft, index: ActorIndex) -> bool:
    """An agentless act of coercion or sentence (_agentless_state_act) is kept with no source when it is
    asserted, not negated, and done to someone coded who is not of the issuers' own country (their own people
    held at home: their own state's act, told in the passive)."""
    return (
        d.how == "agentless"
        and d.modality == "asserted"
        and not d.negated
        and any(a.code for a in d.targets)
        and not any(a.code and (a.country or a.code)[:3] in index.own for a in d.targets)
    )


def _unknown_agent(verb: Token, patterns: PatternSet) -> bool:
    """Violence whose perpetrator is not named: an agentless passive ("civilians were killed") or an event
    noun as subject ("a roadside bombing killed a soldier"). The event is kept with no source."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if not subjects:
        # an agentless passive, or one whose agent names no actor ("shot by a 71-year-old man")
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    head = subjects[0]
    return any(
        p.kind == "noun" and (p.code or "")[:2] in VIOLENT_ROOTS
        for p in patterns.by_lemma.get(lemma(head), [])
    )


def _condemned_violence(noun: Token, pattern: Pattern, patterns: PatternSet) -> bool:
    """An act of violence named by a noun that the sentence condemns or mourns, its doer not named ("condemns
    the attack on a school in X", "deplores the killing of two aid workers"): kept with no source."""
    if (pattern.code or "")[:2] not in VIOLENT_ROOTS or lemma(noun) not in patterns.words("violent_acts"):
        return False  # (an "intervention of the military" is the military's)
    unreal = patterns.words("unrealised_modifiers")
    nonviolent = patterns.words("nonviolent_modifiers")
    told = noun
    for _ in range(4):  # "condemns the attack on X and the killing of Y": a conjunct hangs on the first
        if noun.dep_ != "conj":
            break
        noun = noun.head
    if any(c.dep_ in {"amod", "compound"} and lemma(c) in unreal for n in (told, noun) for c in n.children):
        return False  # ("the planned attack on X", "any future attack"): an act that has not happened
    if any(c.dep_ in {"amod", "compound"} and lemma(c) in nonviolent for c in told.children):
        return False  # ("the general strike against the government", "the verbal attacks on judges")
    if not (_definite(told) or (told is not noun and not _has_det(told) and _definite(noun))):
        return False  # ("condemns all attacks on aid workers", "any attack on civilians"): no one act
    return (
        noun.dep_ == "dobj"
        and lemma(noun.head) in patterns.words("condemning_verbs")
        # ("condemned the attack on the patrol ..., by elements of X": a doer named, if misparsed)
        and not any(c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i for c in noun.head.children)
    )


def _has_det(noun: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


def _target_codes(actors: Sequence[Actor]) -> set[str]:
    # exact codes: "the attack on Kenyan soldiers ... and the attack on the Kenyan embassy" are two acts
    return {a.code for a in actors if a.code}


def _same_victims(one: Sequence[Actor], other: Sequence[Actor], by_country: bool) -> bool:
    """A victim named in both: for an act told again by a verb (a relative on its victims: "the killing of X
    and of Y, who were shot dead") one of a country; else one code the other's or its country alone, not two
    of one country ("the attack on Kenyan soldiers and the attack on the Kenyan embassy": KENMIL, KENGOV)."""
    if by_country:
        return not {actor_key(a) for a in _target_codes(one)}.isdisjoint(
            actor_key(b) for b in _target_codes(other)
        )
    return any(a.startswith(b) or b.startswith(a) for a in _target_codes(one) for b in _target_codes(other))


# Bombings (183x) and the roots of what a bomb does ("destroyed a vehicle", "struck a convoy", "killed nine").
BOMBING_CODE = "183"
FORCE_EFFECT_ROOTS = frozenset({"17", "18", "19"})
BOMBERS = frozenset({"bomber", "attacker"})
# An ultimatum: "told X to withdraw or face air strikes".
ULTIMATUM_CODE = "139"
# Prepositions naming the victim of an act of violence whose doer is not named.
VICTIM_PREPS = frozenset({"against", "on", "upon"})
# Passive verbs whose agent did (or claimed) the act of violence a relative clause hangs on.
PERPETRATING_VERBS = frozenset(
    {"carry", "claim", "commit", "perpetrate", "conduct", "launch", "stage", "mount"}
)
# What a claim of an act claims: "claimed responsibility for", "claimed credit for".
CLAIMED_OBJECTS = frozenset({"responsibility", "credit"})
# Dependencies of a clause of its own: a verb with one of these between an act and a relative pronoun ends the
# act's phrase.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis", "xcomp"})


def _perpetrated(verb: Token) -> bool:
    """A passive verb of doing or claiming with its agent: "which was carried out / claimed by X"."""
    if lemma(verb) not in PERPETRATING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if lemma(verb) == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # ("carried away by the crowd")
    return any(c.dep_ == "agent" for c in verb.children)


def _outside_relatives(noun: Token, actors: list[Actor]) -> list[Actor]:
    """The actors not named inside a relative clause hung on the noun's phrase (after the noun)."""
    spans = [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in noun.subtree
        if t.dep_ == "relcl" and t.i > noun.i
    ]
    return [a for a in actors if a.start is None or not any(lo <= a.start < hi for lo, hi in spans)]


def _claimed_by(noun: Token, index: ActorIndex, violent_acts: frozenset[str]) -> list[Actor]:
    """Who claimed (or did) an act of violence in a relative clause after it: "the drone attacks on the oil
    facilities, which the militia has claimed", "the bombing in X, for which Y has claimed responsibility",
    "the attack on the hospital, which was carried out by X"."""
    tokens = noun.view.tokens
    end = min(len(tokens), noun.i + MAX_RELATIVE_REACH)
    for i in range(noun.i + 1, end):
        claim = tokens[i]
        if claim.pos_ != "VERB" or claim.dep_ not in {"relcl", "conj"}:
            continue
        passive = _perpetrated(claim)
        if lemma(claim) != "claim" and not passive:
            continue
        relative = [
            t
            for t in tokens[noun.i + 1 : claim.i]
            if t.lower_ in {"which", "that"} and (t.head.i == claim.i or t.head.head.i == claim.i)
        ]
        if not relative:
            return []
        first = relative[0].i - (1 if tokens[relative[0].i - 1].dep_ == "prep" else 0)  # ("for which")
        if first - 1 != noun.i and tokens[first - 1].lower_ not in {",", "and"}:
            return []  # ("the attack ... after a statement which X claimed": the relative is the statement's)
        # the nearest act of violence before the relative pronoun, with no other clause between (relatives
        # telling its outcome may: "which killed 79 people, and for which X claimed responsibility"), is the
        # one claimed (the parser may hang the relative on the last noun before its comma)
        for j in range(relative[0].i - 1, noun.i, -1):
            tok = tokens[j]
            if tok.pos_ == "NOUN" and lemma(tok) in violent_acts:
                return []
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in CLAUSE_DEPS:
                return []
        if passive:
            doers = [a for c in claim.children if c.dep_ == "agent" for a in pobj_actors(c, index) if a.code]
        else:
            # only a claim of the act itself: its object is the relative pronoun or "responsibility"; not a
            # claim that something is so ("which X claimed was an accident", "claimed to have repelled") nor
            # one denied ("which X has not claimed")
            objects = [c for c in claim.children if c.dep_ == "dobj"]
            if any(c.dep_ in {"neg", "ccomp", "xcomp"} for c in claim.children) or not all(
                o.lower_ in {"which", "that"} or lemma(o) in CLAIMED_OBJECTS for o in objects
            ):
                return []
            if not objects and not any(t.dep_ == "dobj" for t in relative):
                return []
            subj = [c for c in claim.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that"}]
            doers = [a for t in subj for a in actors_of_phrase(t, index) if a.code]
        # one actor named by several tokens ("al-Shabaab" parsed as three subjects) is one doer
        return list({(a.code, a.start): a for a in doers}.values())
    return []


def _light_verb_of(noun: Token, patterns: PatternSet) -> Token | None:
    light = patterns.words("light_verbs")
    for _ in range(6):  # "launched artillery, mortar and rocket fire": the first conjunct carries the verb
        if noun.dep_ != "conj":
            break
        noun = noun.head
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" and light.intersection(lemmas(head)):
        return head
    # "stayed away from work in protest at X": whoever does the verb protests.
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and lemma(noun) == "protest":
        carrier = head.head
        for _ in range(3):  # "stayed away from hospitals in protest": the phrase may hang on an object
            if carrier.pos_ == "VERB":  # (no "head is carrier" test: it never held with spaCy tokens)
                break
            carrier = carrier.head
        if carrier.pos_ == "VERB":
            return carrier
    if noun.dep_ == "pobj" and head.dep_ == "prep" and circumstantial(head):
        # "held a press conference after the bombing", "spoke during the protests": a circumstance is not
        # what the verb's subject does
        return None
    # "take part in talks", "engage in negotiations": the noun is the object of a preposition of the verb.
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ == "VERB"
        and light.intersection(lemmas(head.head))
    ):
        return head.head
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.dep_ == "dobj"
        # "take part in talks", "launched a wave of attacks", "began ten days of war games" — not "express
        # concern over X": only role and quantity heads pass the event to the light verb
        and lemma(head.head) in patterns.words("quantity_heads")
        and light.intersection(lemmas(head.head.head))
    ):
        return head.head.head
    return None


def _circumstance(noun: Token) -> bool:
    """The noun (or the first of its conjuncts) is the object of a circumstantial preposition."""
    for _ in range(6):
        if noun.dep_ != "conj":
            break
        noun = noun.head
    head = noun.head
    return noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CIRCUMSTANTIAL_PREPS


# The issuing state's own diplomatic acts it may tell in the passive: complaints and protests (11), warnings
# (13), reduced relations and expulsions (16).
ISSUERS_PASSIVE_ROOTS = frozenset({"11", "13", "16"})
# Where an event happens along a border ("clashes along the border between A and B").
BORDER_PREPS = frozenset({"along", "on", "at", "across", "near"})


def _participants(token: Token, index: ActorIndex, patterns: PatternSet) -> list[Actor]:
    """Reciprocal participants of an event word: "fighting between A and B", "talks among the parties".

    The "between" phrase may hang on the event word or, when the word is the subject of an occurrence verb
    ("fighting broke out between A and B"), on that verb.
    """
    occurring = patterns.words("occurrence_verbs")
    heads = [token]
    if token.dep_ in {"nsubj", "nsubjpass"} and lemma(token.head) in occurring:
        heads.append(token.head)
    # ("the clashes that broke out along the border between A and B")
    heads += [c for c in token.children if c.dep_ == "relcl" and lemma(c) in occurring]
    # (VC25) "the ceasefire agreed between A and B": a reduced relative's participle (tagged VBD at times)
    participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}]
    heads += participles
    found: list[Actor] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(actors_of_phrase(pobj, index))
    if not found:
        found = _border_sides(heads, index)
    if not found:
        # "the agreement reached today in Putrajaya between A and B": the parser hangs the phrase on the place
        found = [a for p in participles for a in between_members(p, index)]
    return found


def _between_phrase(token: Token) -> bool:
    """The event word has a "between"/"among" phrase of its own ("the clashes between A and B")."""
    return any(c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS for c in token.children)


def _border_sides(heads: Sequence[Token], index: ActorIndex) -> list[Actor]:
    """The two countries of the border an event happens along: "clashes along the border between A and B",
    "fighting on the A-B border" (two coded countries or none)."""
    found: list[Actor] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in BORDER_PREPS:
                continue
            for border in prep.children:
                if border.dep_ != "pobj" or lemma(border) not in BORDER_NOUNS:
                    continue
                for c in border.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        found.extend(
                            a for g in c.children if g.dep_ == "pobj" for a in actors_of_phrase(g, index)
                        )
                    elif c.dep_ == "compound":
                        found.extend(a for t in c.subtree for a in index.at(t))
    found = [a for a in found if a.code]
    return found if len({_country_of(a) for a in found}) >= 2 else []


def _noun_sources(
    noun: Token,
    index: ActorIndex,
    target_preps: frozenset[str] = frozenset(),
    movement_nouns: frozenset[str] = frozenset(),
    intransitive_nouns: frozenset[str] = frozenset(),
) -> list[Actor]:
    found: list[Actor] = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            found.extend(a for t in conjuncts(child) for a in index.at(t))
            if child.dep_ == "poss" and not any(a.code for a in found):
                found.extend(possessive_antecedent(child, index))  # "Iran's ..., with its transfers of ..."
        elif child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "between", "among"} - target_preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(actors_of_phrase(pobj, index))
    if not found:
        # "the arrest of the opposition leader by Ugandan police": the parser often hangs the agent's "by"
        # phrase on the object of "of" rather than on the event noun.
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    for grand in pobj.children if pobj.dep_ == "pobj" else ():
                        if grand.dep_ in {"prep", "agent"} and grand.lower_ == "by":
                            for agent in grand.children:
                                if agent.dep_ == "pobj":
                                    found.extend(actors_of_phrase(agent, index))
    if not found:
        found = hung_agent(noun, index)  # "condemned this attack by Russia": "by" hung on the verb
    carrier = _carrying_participle(noun)
    if not found and carrier is not None:
        # "the air strike carried out by the Russian air force", "the attack, which was committed by ...":
        # the participle's (or passive relative's) agent did what the noun names
        found = [a for c in carrier.children if _is_by(c) for a in pobj_actors(c, index) if a.code]
    if not found and lemma(noun) in intransitive_nouns:
        # "the resignation of the prime minister", "a strike of Greek dockworkers", "the visit of the Iranian
        # president to Moscow": an act that takes no object is done by its "of" complement (coded ones only)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.extend(a for a in pobj_actors(child, index) if a.code)
    if not found and (lemma(noun) in movement_nouns):
        # "the deployment of NATO troops", "the withdrawal of Russian forces": an armed force named in the
        # "of" complement of a movement noun is the one that moves ("the sharing of intelligence" is not).
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(a for a in actors_of_phrase(pobj, index) if ARMED & set(a.sectors))
    return found


def _ordering(verb: Token, index: ActorIndex, patterns: PatternSet) -> list[Actor]:
    """The coded actor whose order an agentless passive carried out: "was shut down on the orders of the
    government", "were detained at the behest of the president" (grammar.yaml ``order_nouns``, their "of" or
    possessor)."""
    orders = patterns.words("order_nouns")
    found: list[Actor] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "at", "under", "upon", "by"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma(noun) not in orders:
                continue
            for c in noun.children:
                if c.dep_ == "poss":
                    found.extend(a for a in actors_of_phrase(c, index) if a.code)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    found.extend(a for a in pobj_actors(c, index) if a.code)
    return found


def _judged_elsewhere(token: Token, index: ActorIndex, patterns: PatternSet) -> list[Actor]:
    """Whom a judging noun blames outside its own phrase: the "with"/"on"/"upon" object of the verb a blame
    noun is the subject of ("Responsibility for the escalation lies with the regime", "the blame falls on the
    junta"), or the doer of the act a grounds noun's "for" names ("no justification for the arrests of
    journalists carried out by the police")."""
    if token.pos_ != "NOUN":
        return []
    if lemma(token) in patterns.words("blame_nouns") and token.dep_ in {"nsubj", "nsubjpass"}:
        return [
            a
            for c in token.head.children
            if c.dep_ == "prep" and c.lower_ in {"with", "on", "upon"}
            for a in pobj_actors(c, index)
            if a.code
        ]
    if lemma(token) not in patterns.words("grounds_nouns"):
        return []
    carriers = patterns.words("light_verbs")
    found: list[Actor] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for act in (c for c in prep.children if c.dep_ == "pobj"):
            doers = [a for a in _noun_sources(act, index) if a.code]
            if not doers:
                # "the arrests of journalists carried out by the police": the parser hangs the carrying
                # participle on the "of" object (only carrying verbs: "the release of prisoners held by X"
                # is not X's release)
                doers = [
                    a
                    for of in act.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for obj in of.children
                    if obj.dep_ == "pobj"
                    for part in [_carrying_participle(obj)]
                    if part is not None and part.lemma_.lower() in carriers
                    for c in part.children
                    if _is_by(c)
                    for a in pobj_actors(c, index)
                    if a.code
                ]
            found.extend(doers)
    return found


def _judged_as(token: Token, index: ActorIndex, patterns: PatternSet) -> list[Actor]:
    """The doer of the act a judging verb's "as" predicate judges: "sees the expulsion of its diplomats by
    Moscow as an unfriendly act" (the parser hangs "as" on the object or on the verb), "regards the sentencing
    of X by the court as politically motivated" ("as" an adverb of the judging word) → Moscow, the court."""
    judging = patterns.words("judging_verbs")
    word = token.head if token.dep_ == "amod" else token
    judged: Token | None = None
    if word.dep_ == "pobj" and word.head.lower_ == "as" and word.head.dep_ == "prep":
        holder = word.head.head
        if holder.lemma_.lower() in judging:
            judged = next((c for c in holder.children if c.dep_ == "dobj"), None)
        elif holder.dep_ == "dobj" and holder.head.lemma_.lower() in judging:
            judged = holder
    elif (
        token.dep_ in {"advcl", "oprd", "xcomp"}
        and token.head.lemma_.lower() in judging
        and any(c.lower_ == "as" and c.dep_ in {"advmod", "prep", "mark"} for c in token.children)
    ):
        judged = next((c for c in token.head.children if c.dep_ == "dobj"), None)
    if judged is None or index.at(judged):
        return []
    doers = [a for a in _noun_sources(judged, index) if a.code]
    return doers or [a for a in responsible_actors(judged, index, anywhere=False) if a.code]


def _country_class(
    verb: Token, counterpart: Sequence[Actor], patterns: PatternSet, sentence_index: int, index: ActorIndex
) -> list[Actor]:
    """The people of one country an appeal addresses by a class noun (grammar.yaml ``class_nouns``), when
    the statement is about one country (whom it judged, else the country it named most) or the class is
    placed in one ("all stakeholders in Haiti"): "the political class", "political actors" are its
    government and opposition; "all stakeholders", "all institutions", "the public" are the country. A class
    named with its own country or owner is left to the actors stage."""
    countries = {(a.country or a.code or "")[:3].upper() for a in counterpart if a.code}
    countries -= INTERNATIONAL | {""}
    about = next(iter(countries)) if len(countries) == 1 else ""
    if not countries:
        # a statement that has judged no one yet is about the country it has named most ("We call on political
        # actors to exercise restraint" after two sentences on Venezuela's elections), never the issuers' own
        about = index.most_named(verb.i, index.own) or ""
    nouns = patterns.words("class_nouns")
    addressed = [c for c in verb.children if c.dep_ == "dobj"]
    addressed += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for g in c.children
    ]
    for noun in addressed:
        if noun.dep_ not in {"dobj", "pobj"} or lemma(noun) not in nouns:
            continue
        mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "det", "predet", "compound", "poss"}}
        if mods - patterns.words("class_modifiers"):
            continue  # "the working class", "Nigerien stakeholders", "its partners": someone else's class
        if lemma(noun) in patterns.words("country_class_nouns"):
            sectors: list[list[str]] = [[]]
        elif "political" in mods:
            sectors = [["GOV"], ["OPP"]]
        else:
            continue
        # ("all stakeholders in Eswatini": the class's own place says whose, when it names one country)
        placed = {
            _country_of(a)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for a in pobj_actors(c, index)
            if a.code and a.code[:3] not in INTERNATIONAL
        }
        country = next(iter(placed)) if len(placed) == 1 else about
        if not country:
            continue
        return [
            Actor(
                name=noun.text,
                code=country + "".join(sector),
                country=country,
                sectors=sector,
                text=noun.text,
                start=noun.idx,
                end=noun.idx + len(noun.text),
                sentence_index=sentence_index,
                via="context",
            )
            for sector in sectors
        ]
    return []


def _passive_doers(
    verb: Token, words: Sequence[Token], index: ActorIndex, patterns: PatternSet, how: str
) -> tuple[list[Actor], str]:
    """Who did a passive with no "by" agent of its own, and how that was found, tried in order: the
    "from"/"to" agent of the verbs that take one (grammar.yaml), whoever ordered it, a "by" agent the parser
    hung on the verb's own phrase word, then the authorities a state action implies."""
    sources: list[Actor] = []
    for prep, verbs in (("from", "from_agent_verbs"), ("to", "to_agent_verbs")):
        if lemmas(verb)[0] in patterns.words(verbs):
            sources, how = prep_targets([verb], frozenset({prep}), index), "agent"
    if not sources:
        # "The internet was shut down on the orders of the government": whoever ordered it did it; "was
        # targeted in an airstrike by fighter jets of X": the parser hangs the passive's "by" agent on the
        # phrase word of the verb's own prepositional phrase
        sources = _ordering(verb, index, patterns) or [
            a
            for w in words
            if w.dep_ == "pobj" and w.head.dep_ == "prep" and w.head.head is verb
            for c in w.children
            if _is_by(c)
            for a in pobj_actors(c, index)
            if a.code
        ]
        how = "agent" if sources else how
    if not sources:
        sector = _state_action_sector(lemmas(verb)[0], patterns) or _held_under(verb, patterns)
        if sector:
            sources, how = implied_authorities(verb, index, sector), "implied"
    return sources, how


def _is_by(token: Token) -> bool:
    return token.dep_ == "agent" or (token.dep_ == "prep" and token.lower_ == "by")


def _carrying_participle(noun: Token) -> Token | None:
    """A passive participle or relative clause on the noun that names its doer after "by": "the attack
    carried out by X", "the arrests made by X", "the raid, which was conducted by X"."""
    for child in noun.children:
        passive_relative = child.dep_ == "relcl" and any(
            g.dep_ in PASSIVE_SUBJECT_DEPS and g.lower_ in {"which", "that"} for g in child.children
        )
        if ((child.dep_ == "acl" and child.tag_ == "VBN") or passive_relative) and any(
            _is_by(g) for g in child.children
        ):
            return child
    return None


def _misparsed_subject(verb: Token, index: ActorIndex) -> list[Actor]:
    """The small parser sometimes attaches a sentence-initial subject as ``npadvmod`` ("Turkey massed troops
    ..."): a named actor before a verb that has no subject of its own is its subject (dates excluded)."""
    if verb.dep_ in {"amod", "acl", "compound"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children
    ):
        return []  # "the Israeli-occupied West Bank" names no event of the sentence
    for child in verb.children:
        if (
            child.dep_ == "npadvmod"
            and child.i < verb.i
            and child.pos_ == "PROPN"
            and child.ent_type_ not in {"DATE", "TIME"}
            and child.whitespace_
        ):
            return [a for a in index.at(child) if a.code]
    return []


def _preps(pattern_targets: tuple[str, ...] | None, default: frozenset[str]) -> frozenset[str]:
    return frozenset(pattern_targets) if pattern_targets is not None else default


def _draft(
    m: Match,
    sent: Span,
    index: ActorIndex,
    patterns: PatternSet,
    speaker: list[Actor],
    reporter: list[Actor],
    triggers: frozenset[int] = frozenset(),
    antecedent: Sequence[Actor] = (),
    opening: Sequence[Actor] | None = None,
    need_source: bool = False,
) -> _Draft | None:
    """One match as an event draft (``triggers``: the tokens any pattern matched in the sentence;
    ``antecedent``: who acted last in the sentences before; ``opening``: whom an "It"/"They" opening the
    sentence stands for, if chosen, else ``antecedent``; ``need_source``: the caller keeps the draft only if
    it found a source, so None as soon as the sources are known to be none)."""
    pattern = m.pattern
    no_doer = False
    token = m.token
    if pattern.kind == "verb":
        if pattern.needs_clause and not _has_clause(token):
            return None
        addressee = directive_addressee(token) if pattern.directive else None
        if pattern.directive and addressee is None:
            return None  # "Russia wants peace", "told reporters": no one is asked to act
        verb = token
        if pattern.reporting and misread_belief(verb):
            return None  # "gunmen believed to be members of X abducted ...": no one says anything
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.i in triggers:
            return None  # "is ready to resume talks": the adjective's own pattern codes the readiness
        if names_what(verb):
            return None  # "condemned what it called an attack on its posts": a naming, not a call on anyone
        sources, how = sources_of_verb(verb, index)
        subj, _ = subject_tokens(verb)
        if (
            how == "subject"
            and len(subj) == 1
            and (subj[0].pos_ == "NOUN" or (subj[0].tag_ == "VBG" and subj[0].i in triggers))
            and not index.at(subj[0])  # ("its forces had used ...": "force" is also an event noun)
            and (
                subj[0].i in triggers
                or any(p.kind == "noun" for p in patterns.by_lemma.get(lemma(subj[0]), ()))
            )
        ):
            # "The shelling of Kharkiv by Russian forces killed ten civilians": an event noun as subject acts
            # through its own agent, never through what it is done to (Kharkiv did not kill)
            sources = _noun_sources(
                subj[0],
                index,
                movement_nouns=patterns.words("movement_nouns"),
                intransitive_nouns=patterns.words("intransitive_nouns"),
            )
            # ("a roadside bomb planted by Maoist rebels killed ...": the one who placed it)
            sources = sources or noun_agents(subj[0], index) or _participants(subj[0], index, patterns)
        if not sources and (token.pos_ == "NOUN" or token.dep_ in {"nsubj", "nsubjpass"}):
            # a gerund used as a noun ("Fighting between A and B killed ..."): its participants act
            sources, how = _participants(token, index, patterns), "participants"
        if not sources:
            sources = _misparsed_subject(verb, index)
        if not sources and is_passive(verb) and any(c.lower_ in {"between", "among"} for c in verb.children):
            # "an agreement has been reached between A and B": those between (or among) whom it was reached
            sources = _participants(verb, index, patterns)
            how = "participants" if sources else how
        if not sources and is_passive(verb):
            sources, how = _passive_doers(verb, m.words, index, patterns, how)
        if not sources and is_passive(verb) and (pattern.code or "")[:2] == AID_ROOT:
            # (NW26) "Two French Rafale jets were handed over to the Greek air force", "a shipment of American
            # missiles was delivered to Lithuania": the goods' owner gave them
            sources = [
                a
                for t in passive_subject(verb)
                for g in (t, *(p for c in t.children if c.lower_ == "of" for p in c.children))
                if g.dep_ in {"nsubjpass", "pobj"}
                for a in goods_sender(g, index)
            ]
            how = "owner" if sources else how
        if not sources and is_passive(verb) and (pattern.code or "")[:3] in ALERT_CODES:
            # (NW25) "Police across Dhaka were placed on high alert", "troops were put on standby": armed
            # men or police made ready raise their own side's alert (not troops sent, men conscripted: 154)
            sources = [
                a
                for t in passive_subject(verb)
                for a in responsible_actors(t, index)
                if a.code and not ARMED_SECTORS.isdisjoint(a.sectors)
            ]
            how = "subject" if sources else how
        if not sources and is_passive(verb) and (pattern.code or "")[:2] == SHOW_OF_FORCE_ROOT:
            # (NW26b) "Turkish commandos were sent into northern Syria", "additional Colombian battalions
            # have been dispatched to the border with Venezuela": with no "by" agent, the armed men's own side
            # sends them, as in the active voice (its target is then where they go: mobilised_towards). Their
            # country must be named ("Special forces troops were sent to the National Assembly" guesses it)
            sources = [
                a
                for t in passive_subject(verb)
                for a in responsible_actors(t, index)
                if a.code and not ARMED_SECTORS.isdisjoint(a.sectors) and a.via not in CONTEXT_VIAS
            ]
            how = "subject" if sources else how
        if (
            not any(a.code for a in sources)
            and (pattern.code or "")[:2] in {"17", "18"}
            and (is_passive(verb) or any(c.dep_ == "auxpass" for c in verb.children))
            and _in_custody(verb, patterns)
        ):
            # "several reported being beaten in custody": the holders did it (the controller "several" is
            # the victim of a passive, not its doer)
            sources, how = implied_authorities(verb, index, "COP"), "implied"
        if opening and sources and all(a.via == "coreference" for a in sources):
            subj, _ = subject_tokens(verb)
            if subj and subj[0].lower_ in PERSON_PRONOUNS and subj[0].head.i == sent.root.i:
                # "The Japanese minister met Wang Yi. He urged China ...": the minister, the sentence
                # before's subject, not the first person it named (see _opening_referent), at the pronoun
                said = sources[0]
                if {a.name for a in sources} != {a.name for a in opening} and said.sentence_index is not None:
                    sources = [
                        mentioned_again(
                            a, said.text, said.start or 0, said.end or 0, said.sentence_index, "coreference"
                        )
                        for a in opening
                    ]
        if not sources and (reporter or antecedent or opening):
            subj, _ = subject_tokens(verb)
            pronoun = subj[0].lower_ if subj and subj[0].pos_ == "PRON" else ""
            if reporter and pronoun in PRONOUNS and _agrees(pronoun, reporter, sent.view):
                # "Syria says it will not accept ...": a pronoun subject of reported speech is the reporter
                # ("Kenya said they had attacked a police post": not Kenya)
                sources, how = list(reporter), "speaker"
            elif not reporter and pronoun in {"it", "they"} and subj[0].i == sent.start:
                # "The government held a vote. It also barred the media from covering it": a sentence opened
                # by "It"/"They" goes on about the last sentence's subject or whoever acted last (code_events)
                sources, how = list(antecedent if opening is None else opening), "antecedent"
            elif (
                not reporter
                and antecedent
                and len(subj) == 1
                and subj[0].tag_ == "NNS"
                and subj[0].left_edge.i == sent.start
                and any(c.dep_ == "det" and c.lower_ in {"these", "those"} for c in subj[0].children)
                and not index.at(subj[0])
                and subj[0].i not in triggers
                and not patterns.by_lemma.get(lemma(subj[0]))
            ):
                # "X and Y are the main perpetrators of violence ... These groups have kidnapped hundreds": a
                # sentence opened by "these" and a plural kind noun (no act) goes on about whoever acted last
                sources, how = list(antecedent), "antecedent"
        if not sources and (pattern.code or "")[:2] in VIOLENT_ROOTS and _unknown_agent(verb, patterns):
            how = "unknown-agent"
        elif not sources and _agentless_state_act(verb, pattern.code or "", patterns):
            how = "agentless"
        asking = patterns.words("demand_modals") | patterns.words("appeal_modals")
        if (
            not sources
            and (pattern.code or "")[:2] in {"10", "11", "12"}
            and any(c.dep_ == "auxpass" for c in verb.children)
            and passive_subject(verb)
            and any(
                c.dep_ == "aux" and c.tag_ == "MD" and c.i > passive_subject(verb)[0].i and c.lower_ in asking
                for c in verb.children
            )
        ):
            # "X must be held to account", "such acts should be condemned": whoever says so asks it
            sources, how = list(speaker), "speaker-passive"
        if (
            not sources
            and not reporter
            and speaker
            and (pattern.code or "")[:2] in ISSUERS_PASSIVE_ROOTS
            and how != "agentless"  # ("Three activists were sentenced": a court's act, not the issuer's)
            and is_passive(verb)
            and not any(c.dep_ == "agent" for c in verb.children)
            and _foreign_undergoer(verb, index, speaker)
        ):
            # "Twenty diplomats of the British Embassy are declared persona non grata", "The British side was
            # warned that ...", "He was handed a note of protest" in a ministry's own statement: the issuer's
            # own diplomatic act told in the passive, done to another state's people
            sources, how = list(speaker), "speaker"
        blamed = _blamed(verb)
        if blamed:
            # "Russia is to blame for the collapse of the talks, Ukraine said": the one said to be to blame is
            # blamed, by whoever says so (the reporter, else the statement's issuers)
            if own_negation(verb.head):
                return None  # "Moldova is not to blame": no one is blamed
            sources, how = list(speaker), "speaker"
        if not sources and speaker and not reporter and _opens_headless(verb, sent):
            # "Strongly condemns the coup", "Urges the parties to ...": a communiqué's numbered paragraphs
            # open on their verb, and their subject is the body that issues them
            sources, how = list(speaker), "speaker"
        if need_source and not sources and how not in UNNAMED_DOERS:
            return None  # (the sources are final here: no targets, modality or filters for a dropped draft)
        targets = targets_of_verb(
            verb,
            m.words,
            _preps(pattern.targets, patterns.words("verb_target_preps")),
            index,
            clause_targets=(pattern.code or pattern.negated_code or "")[:2] in SPEECH_ACT_ROOTS,
            conditional_marks=patterns.words("conditional_marks"),
            judged=(pattern.code or pattern.negated_code or "")[:2] in JUDGED_ROOTS,
            threat=(pattern.code or pattern.negated_code or "")[:2] == THREAT_ROOT,
            location_preps=(
                patterns.words("location_preps")
                if (pattern.code or "")[:2] in MATERIAL_ROOTS
                else frozenset()
            ),
        )
        if how == "owner":
            # (NW26) the goods were the passive's subject: they went to whom "to" names
            targets = prep_targets([verb], frozenset({"to", "into"}), index)
        if pattern.targets and targets and _phrase_names_them(m.words, targets, index):
            # (RV22) "lodge a complaint with the Security Council over the incursion": the body the phrase
            # names is whom it is lodged with; the pattern's own prepositions say whom it is about
            targets = prep_targets([verb, *m.words], frozenset(pattern.targets), index)
        if not targets:
            # "stands ready to work with the administration": the readiness reaches through its complement
            for word in m.words:
                if word.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in word.children):
                    targets = targets_of_verb(
                        word,
                        (),
                        _preps(pattern.targets, patterns.words("verb_target_preps")),
                        index,
                        clause_targets=True,
                        conditional_marks=patterns.words("conditional_marks"),
                    )
                    break
        if (
            not any(a.code for a in targets)
            and (pattern.code or "")[:2] in FORCE_ROOTS
            # (not "will use all tools at its disposal to support the people": no force named)
            and pattern.code not in UNSPECIFIED_ACTIONS
        ):
            # "police fired tear gas to disperse opposition supporters": force used for a purpose is aimed at
            # whom the purpose clause acts on
            purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and to_infinitive(c)]
            aimed = [
                a
                for c in purposes
                for o in c.children
                if o.dep_ == "dobj"
                for a in actors_of_phrase(o, index)
                if a.code
            ]
            targets = aimed or targets
        if addressee is not None:
            # the one asked to act is the target, whatever else the complement names; "all Member States of
            # the United Nations" are no one in particular, and not the body they belong to
            targets = actors_of_phrase(addressee, index)
            if any_of_kind(addressee):
                targets = not_universal(targets)
        if blamed:
            targets = [a for t in blamed for a in actors_of_phrase(t, index)]
        if (pattern.code or "")[:2] in SPEECH_ACT_ROOTS and all(len(a.code or "") == 3 for a in targets):
            # "condemns the coup in Niger": its makers, not the country (a named "by" agent stays)
            targets = coup_makers(verb, index, patterns.words("coup_nouns")) or targets
        if (pattern.code or "")[:2] == "11" and unattributed_act(verb, index, patterns.words("violent_acts")):
            targets = []  # whoever did it, not the place or the victims (the statement may name them later)
            no_doer = True
    elif pattern.kind == "noun":
        if (
            token.dep_ == "nsubj"
            and lemma(token.head) in patterns.words("stative_verbs")
            # (not a headline's bare participle: "Talks between A and B held in Geneva")
            and not (token.head.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.head.children))
        ):
            # "the agreement between Egypt and Israel has held for 40 years", "the sanctions remain in
            # force": the noun is what the sentence describes, not an event it reports
            return None
        if _circumstance(token):
            # "since the Russian invasion, prices have risen", "amid protests in Tehran, the government ...":
            # a circumstance the sentence is set against, not an event it reports
            return None
        if (
            antecedent
            and (pattern.code or "")[:2] in FORCE_ROOTS
            and any(c.dep_ in POINTER_DEPS and c.lower_ in DEMONSTRATIVES for c in token.children)
        ):
            # "The junta bombed a village ... We condemn this heinous massacre committed by the junta": an act
            # of force pointed back to was reported before; it is judged here, not done again
            return None
        verb = clause_verb(token)
        light = _light_verb_of(token, patterns)
        sources = _noun_sources(
            token,
            index,
            frozenset(pattern.targets or ()),
            patterns.words("movement_nouns"),
            patterns.words("intransitive_nouns"),
        )
        how = "nominal"
        drawn_from: list[Actor] = []
        if not sources and token.dep_ == "dobj" and lemma(token.head) in patterns.words("drawing_verbs"):
            # "Israel's killing of the commander drew condemnation from Egypt": Egypt condemns, and what drew
            # it (its doer) is condemned
            drawn_from = [
                a for t in (token, token.head) for a in prep_targets([t], frozenset({"from"}), index)
            ]
            drawn_from = [a for a in drawn_from if a.code]
        if drawn_from:
            sources, how = drawn_from, "from"
        elif not sources and light is None:
            sources, how = _participants(token, index, patterns), "participants"
        if not sources and light is not None:
            sources, how = sources_of_verb(light, index)
            how = "light-verb"
        undergone, undergoers = (
            undergoing_verb(token, patterns.words("undergoing_verbs")) if light is None else (None, [])
        )
        if not sources and undergone is not None:
            # "the people, who continue to suffer repression by the regime": "by" hangs on the verb of
            # undergoing; its agent did what the noun names
            sources = [a for c in undergone.children if _is_by(c) for a in pobj_actors(c, index) if a.code]
        if (
            not sources
            and light is None
            and (pattern.code or "")[:2] == "14"
            and token.dep_ == "nsubj"
            and lemma(token.head) in patterns.words("occurrence_verbs")
            and not any(c.dep_ in {"det", "poss"} for c in token.children)
        ):
            # "Protests have since erupted in several cities", "since demonstrations against the quotas
            # began": protests told without their participants are the people's of the place ("the protests
            # began on Monday" tells of protests reported before)
            sources, how = implied_protesters(token, sent, index), "implied"
        sector = (
            _state_action_sector(lemma(token), patterns, nouns=True)
            if not sources and light is None
            else None
        )
        if sector and any(a.code for a in prep_targets([token], frozenset({"of"}), index)):
            # "condemns the detention of the opposition leader": as an agentless passive, the state acts, on
            # those its "of" phrase names (coded: "unjustified arrests of election results" is a misparse)
            sources, how = implied_authorities(token, index, sector), "implied"
        if not sources and light is None and lemma(token) in patterns.words("violent_acts"):
            # "the attack on oil facilities, which the militia has claimed": whoever claimed it did it
            sources = _claimed_by(token, index, patterns.words("violent_acts"))
            how = "claimed" if sources else how
        if (
            not sources
            and light is None
            # (only the primary reading: "the cyber attack on X" is the 171 pattern's, its losing 190
            # alternative is not kept for want of a doer)
            and not need_source
            and _condemned_violence(token, pattern, patterns)
            and not _by_doer(token, index)  # ("the attack ... by elements of X": named, if not coded)
        ):
            how = "unknown-agent"
        arrival = arrival_verb(token)
        if not any(a.code for a in sources) and arrival is not None:
            # (NW26) "the first batch of Swedish armoured vehicles arrived in Ukraine": sent by their owner
            sources = goods_sender(token, index) or sources
        if need_source and not sources and how != "unknown-agent":
            return None
        preps = _preps(pattern.targets, patterns.words("noun_target_preps"))
        if (
            pattern.of_target
            or how == "implied"
            or (
                how == "nominal"
                and _by_doer(token, index)
                and lemma(token) not in patterns.words("movement_nouns")
            )
        ):
            # "the shelling of Kharkiv by Russian forces": with its doer after "by", the act's "of" phrase
            # can only be what it was done to (what a movement moves is no target: "the withdrawal of troops
            # from Syria by Iran")
            preps = preps | {"of"}
        if how == "unknown-agent":
            # with no doer named, only whom it was done to: "the attack against a convoy of the mission", and
            # what an assault (18) or a mass killing (20) is "of" ("the assassination of the president"; an
            # intervention "of the military" (19) is the military's)
            preps = VICTIM_PREPS | (
                frozenset({"of"}) if (pattern.code or "")[:2] in {"18", "20"} else frozenset()
            )
        carrier = _carrying_participle(token)
        # ("the air strike carried out by Russia against a hospital": the target hangs on the participle)
        heads = [token, *m.words, *([carrier] if carrier else [])]
        targets = prep_targets(heads, preps, index)
        if arrival is not None and not any(a.code for a in targets):
            # (NW26) "Japanese food aid reached flood-hit Pakistan": what it reached receives it
            reached = [c for c in arrival.children if c.dep_ == "dobj"]
            targets = [a for c in reached for a in responsible_actors(c, index) if a.code] or targets
        # "condemn the aggression by Russia against Ukraine": the parser hangs "against" on the verb
        misattached = token.dep_ == "dobj" and "against" in preps
        if (
            not targets
            and misattached
            and any(c.dep_ == "prep" and c.lower_ == "against" and c.i > token.i for c in token.head.children)
        ):
            targets = prep_targets([token.head], frozenset({"against"}), index)
        material = (pattern.code or "")[:2] in MATERIAL_ROOTS
        if sources and light is None and material and not any(a.code for a in targets):
            # "the Russian air strike against a hospital in Kharkiv": as for a verb, the place of what was
            # struck stands for the target
            struck = [c for h in heads for c in h.children if c.dep_ == "prep"]
            if misattached:
                struck += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "against"]
            objects = [g for c in struck for g in c.children if g.dep_ == "pobj"]
            placed = prep_targets(objects, patterns.words("location_preps"), index)
            targets = [a for a in placed if a.code] or targets
        if not targets and light is not None:
            targets = targets_of_verb(
                light, [token, *m.words], _preps(pattern.targets, patterns.words("verb_target_preps")), index
            )
        victims = [a for t in undergoers for a in responsible_actors(t, index) if a.code]
        if victims:
            # "protesters were subjected to violence, including attacks by the police": who undergoes it
            targets = victims
        if drawn_from:
            subj, _ = subject_tokens(token.head)
            targets = [a for t in subj for a in responsible_actors(t, index, anywhere=False) if a.code]
        if how == "unknown-agent":
            # ("the vile attack on our holy book": a thing of the speaker's, no one attacked)
            targets = [a for a in targets if a.via != "pronoun"]
        if how in {"unknown-agent", "claimed"}:
            # ("the attack on the hospital, which was carried out by X": the relative on the victim names
            # the doer, not another victim)
            targets = _outside_relatives(token, targets)
        if light is not None:
            verb = light
    elif pattern.kind == "adj":  # "X is ready to talk": the subject of the copula acts
        verb = clause_verb(token) if token.dep_ != "ROOT" else token
        sources, how = sources_of_verb(verb, index)
        if how == "agent":
            # "We are dismayed by the decision": a participle of feeling; "by" names its cause, not its agent
            sources, how = (
                [a for c in verb.children if c.dep_ in {"nsubjpass"} for a in actors_of_phrase(c, index)],
                "subject",
            )
        if not sources and reporter:
            subj, _ = subject_tokens(verb)
            if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in PRONOUNS:
                sources, how = list(reporter), "speaker"
        targets = targets_of_verb(
            token,
            m.words,
            _preps(pattern.targets, patterns.words("verb_target_preps")),
            index,
            clause_targets=True,
            conditional_marks=patterns.words("conditional_marks"),
        )
    else:  # evaluative: the speaker judges the clause subject (or the "of" complement of a noun)
        if (
            token.dep_ == "pobj"
            and not m.words
            and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children)
        ):
            # "measures against this provocation", "in response to such interference": a judgement already
            # made, pointed back to, not made again
            return None
        verb = clause_verb(token)
        if (pattern.code or "")[:2] == THREAT_ROOT and verb is token and _told_as_past(verb):
            # (NW25) punishment told as past is no threat: "consumers paid dearly for the devaluation"; only
            # the judgement's own verb ("said the bases were legitimate targets": a state, the report's tense)
            return None
        evaluated: list[Token] = []
        if token.dep_ == "amod" and token.head.dep_ not in PREDICATE_DEPS:
            # "the illegal annexation": the judged thing is the modified noun ("would be an illegal act"
            # predicates: the clause subject is judged, below)
            epithet = not any(c.dep_ == "prep" for c in token.children)  # (not "guilty of atrocities")
            if epithet and any(a.code for a in index.at(token.head)):
                return None  # an epithet of an actor ("the illegitimate military council") reports nothing
            head = token.head
            if (
                epithet
                and head.dep_ == "pobj"
                and head.tag_ in {"NNS", "NNPS"}
                and not any(c.dep_ in {"det", "poss"} for c in head.children)
            ):
                # "its decisions on unconstitutional changes of government", "zero tolerance for illegal
                # seizures of power": a bare plural kind of act states a principle; no one's act is judged
                return None
            evaluated = [token.head]
        elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"attr", "dobj"}:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"of", "on", "to"}:
                    evaluated.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
        if not evaluated and token.dep_ in {"ccomp", "xcomp", "oprd"} and token is not verb:
            # a small clause: "considers the Belarusian elections illegitimate" judges the elections
            evaluated = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "it"]
        if not evaluated:
            subj, _ = subject_tokens(verb)
            evaluated = [t for t in subj if t.lower_ != "it"]
            if (subj and subj[0].lower_ == "it") or not subj:
                # the judged clauses: never the judging word itself ("considers it unacceptable" — the
                # trigger is the verb's xcomp; view tokens are one per position, so ``is`` holds)
                evaluated.extend(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c is not token)
        judging = patterns.words("judging_verbs")
        if not evaluated and verb.head.lemma_.lower() in judging:
            evaluated = [c for c in verb.head.children if c.dep_ == "dobj"]
        targets = []
        acts = patterns.words("violent_acts")
        for ev in evaluated:
            doers = [a for a in _noun_sources(ev, index) if a.code] if token.dep_ == "amod" else []
            if doers:
                # "the illegal detention of the president by the presidential guard": whoever did the judged
                # act (its "by" phrase, even hung on the "of" phrase), not the one it was done to
                targets.extend(doers)
                continue
            # an act of violence with no doer named: its place and victims are not whom it judges
            anywhere = lemma(ev) not in acts
            targets.extend(responsible_actors(ev, index, patterns.words("action_nouns"), anywhere=anywhere))
        if (
            not targets
            and token.dep_ == "amod"
            and token.head.dep_ == "dobj"
            and not is_passive(token.head.head)
        ):
            # "will never recognise the illegal annexation of Crimea by Russia": an active verb has no "by"
            # agent; the parser hung the annexation's agent on it
            targets = [
                a
                for c in token.head.head.children
                if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.head.i
                for a in pobj_actors(c, index)
                if a.code
            ]
        # ("regard the sentencing ... as politically motivated": not the subject the clause fallback took)
        targets = _judged_as(token, index, patterns) or targets
        if not targets:
            targets = _judged_elsewhere(token, index, patterns)
        no_doer = not targets and any(lemma(ev) in acts for ev in evaluated)
        if not targets and token.pos_ == "NOUN":
            # "the arrests are the regime's revenge", "This is a provocation by Pyongyang", "a Russian
            # provocation": whose act the judging noun calls it
            targets = [a for a in responsible_actors(token, index, anywhere=False) if a.code]
        sources, how = list(speaker), "speaker"
        judge = verb.head if verb.head.lemma_.lower() in judging else verb
        if judge is not token and judge.lemma_.lower() in judging:
            # "Iran considers the sanctions unacceptable", "Russia called the strikes illegal": whoever
            # considers or calls judges, not the statement's issuers
            judges, _ = sources_of_verb(judge, index)
            if any(a.code for a in judges):
                sources, how = judges, "subject"
    modality, negated = modality_of(verb, _span_text(sent), patterns)
    if how == "speaker-passive":
        # the speaker's own demand that X be held to account is said, not only wished
        modality, how = "asserted", "speaker"
    if not negated and pattern.kind in {"verb", "adj"} and _neither_subject(verb):
        negated = True  # "Neither Israel nor Hamas accepted the proposal": neither did
    if pattern.kind == "noun" and verb is clause_verb(token) and _reacted_to(token, verb, patterns):
        # "We do not recognise the annexation of Crimea by Russia", "may condemn the arrest of X": the act
        # reacted to happened; the reaction's negation and mood are the reaction's
        modality, negated = "asserted", negated_by_determiner(token, patterns)
    if pattern.kind == "eval" and token.dep_ == "amod" and token.head.dep_ not in PREDICATE_DEPS:
        # an epithet presupposes its judgement: "will never recognise the illegal annexation" calls the
        # annexation illegal now ("would be an illegal act" predicates, and keeps the clause's modality)
        modality, negated = "asserted", any(c.dep_ == "neg" for c in token.children)
    if pattern.kind == "eval" and verb.dep_ == "relcl" and not targets:
        # A relative clause judges whoever did what it describes: "Ortega orchestrated an election that was
        # neither free nor fair". Nobody else's doing, no one judged: "refrain from any action that would
        # escalate tensions", "rejects any agreement that infringes upon its sovereignty", "condemns the coup,
        # which constitutes a violation" ("the introduction of troops may complicate relations" still warns).
        own = party_keys(sources)
        doers, _ = sources_of_verb(clause_verb(verb.head), index)
        targets = [a for a in doers if a.code and a.via not in ISSUER_VIAS and not same_party(a.code, own)]
        if not targets:
            return None
    # Only a negated verb ("will not accept", "refused to release") turns into a rejection; "there is no
    # evidence that X supplied weapons" denies that the event happened and keeps its code, negated.
    absorbable = negated
    if pattern.kind != "verb":
        negated = negated or negated_by_determiner(token, patterns)
    elif not negated:
        negated = negated_by_determiner(token, patterns)
    if pattern.kind == "eval" and pattern.code is None and not absorbable:
        # "have no place in the modern world", "has no legal force", "there is no justification for": the "no"
        # on the phrase's own noun (or on the trigger) denies the phrase ("no evidence that it is justified"
        # does not: the "no" of a governing noun stays a denial of the event)
        own_no = any(c.dep_ == "det" and c.lower_ == "no" for w in [token, *m.words] for c in w.children)
        if own_no:
            negated = absorbable = True
    if pattern.kind == "verb" and not negated:
        # "has no objection to the proposal", "will send no troops": a "no" on the object denies the act;
        # "no agreement has been reached" on the passive's subject too (a fact denied, no refusal absorbed)
        no_on = {
            w.dep_
            for w in m.words
            if w.dep_ in {"dobj", "nsubjpass"}
            and w.head is token
            and any(c.dep_ == "det" and c.lower_ == "no" for c in w.children)
        }
        negated = bool(no_on)
        absorbable = "dobj" in no_on
    code = pattern.code
    governor = negating_governor(verb, patterns) if negated and pattern.negated_code else None
    if governor is not None and not own_negation(verb) and governor.i in triggers:
        # "refuses to recognise": the refusal is already coded on "refuse"; no second rejection.
        return None
    if (
        not negated
        and pattern.kind == "verb"
        and pattern.negated_code
        and any(w.dep_ == "xcomp" and own_negation(w) for w in m.words)
    ):
        # "vowed not to return the Golan Heights", "agreed not to lift the ban": the promised cooperative
        # action is refused (the phrase's complement carries the negation).
        negated = absorbable = True
    refusal = negated and absorbable and bool(pattern.negated_code)
    if refusal:
        code, negated = pattern.negated_code, False
    if code is None:
        return None
    if (
        modality == "future"
        and (code[:2] in ANNOUNCING_ROOTS or (refusal and code[:2] == "12"))
        and _own_future(verb, patterns)
        # (announced by the actor itself, not foretold by someone else: "X will retaliate, analysts said")
        and (not reporter or bool({_country_of(a) for a in reporter} & {_country_of(a) for a in sources}))
    ):
        modality = "asserted"
    if pattern.source_sectors and not any(pattern.source_sectors & set(a.sectors) for a in sources):
        return None
    if pattern.issuers_voice and not _issuers_speak(sources, speaker, reporter):
        return None
    if pattern.joint_code and len({_country_of(a) for a in sources if a.code} - {""}) > 1:
        # "French and Egyptian warships launched war games": an exercise of two countries is a joint one.
        code = pattern.joint_code
    # An actor does not act on itself: "we express our confidence" has no target ("our" = "we").
    own_ids = {(a.name, a.code) for a in sources}
    targets = [a for a in targets if not any(a is s for s in sources) and (a.name, a.code) not in own_ids]
    if len({a.code for a in sources if a.code}) > 1:
        # reciprocal/compound sources ("Israelis and Palestinians failed to agree on Palestinian offices"):
        # a target repeating one of them is not a third party.
        codes = {a.code for a in sources}
        targets = [a for a in targets if a.code not in codes]
    return _Draft(m, code, negated, modality, sources, targets, how, verb, no_doer=no_doer)


def _foreign_undergoer(verb: Token, index: ActorIndex, speaker: list[Actor]) -> bool:
    """The passive's subject is (or is a person of) another state than the issuing state: "the British side",
    "diplomats of the British Embassy", "He" (the envoy the statement named before)."""
    own = {_country_of(a) for a in speaker if a.code} - INTERNATIONAL
    if not own or not all(a.code and _state_code(a) for a in speaker):
        return False
    # (every passive subject: the parser may split "the defence, naval and air advisers" in two)
    subjects = [c for c in verb.children if c.dep_ in {"nsubjpass", "csubjpass"}]
    undergoers = [a for t in subjects for w in list(t.subtree)[:20] for a in index.at(w) if a.code]
    # (a place of the issuer's own named in the phrase is where they serve: "advisers in the Pakistani High
    # Commission in New Delhi")
    return any(_country_of(a) not in own | INTERNATIONAL for a in undergoers) and not any(
        a.via in ISSUER_VIAS or (_country_of(a) in own and a.via != "entity") for a in undergoers
    )


def _neither_subject(verb: Token) -> bool:
    """The verb's subject is "neither X nor Y": what it says, neither did."""
    subj, how = subject_tokens(verb)
    return how in {"subject", "conj"} and any(
        # (the parser makes "neither" a preconj, det or cc of the first name)
        c.dep_ in {"preconj", "det", "cc"} and c.lower_ == "neither" and c.i < t.i
        for t in subj
        for c in t.children
    )


def _blamed(verb: Token) -> list[Token]:
    """The subject of "X is to blame (for ...)": the one blamed, not the one blaming."""
    if (
        verb.lemma_.lower() != "blame"
        or verb.dep_ != "xcomp"
        or verb.head.lemma_.lower() != "be"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return []
    subj, how = subject_tokens(verb.head)
    return subj if how == "subject" else []


def _by_agent(noun: Token) -> bool:
    """True when an event noun names its doer in a "by" phrase of its own ("the shelling of X by Y")."""
    return any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in noun.children)


def _by_doer(noun: Token, index: ActorIndex) -> bool:
    """True when an event noun's doer is named after "by": its own phrase, a participle's ("the strike carried
    out by X"), or one the parser hung on the verb whose object the noun is ("condemns the detention of X by
    Y")."""
    return _by_agent(noun) or _carrying_participle(noun) is not None or bool(hung_agent(noun, index))


def _reacted_to(noun: Token, verb: Token, patterns: PatternSet) -> bool:
    """True for a definite act that a reaction verb takes as object, directly or through a preposition
    ("condemns the arrest of ...", "protested against the detention by ...")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if (
        head is not verb
        or noun.dep_ not in {"dobj", "pobj"}
        or lemma(verb) not in patterns.words("reaction_verbs")
    ):
        return False
    return _definite(noun) or _by_agent(noun)


def _definite(noun: Token) -> bool:
    """A noun told as one known act: "the", a demonstrative or an owner ("condemns the arrest", "this attack",
    "Russia's strikes"), not "all/any attacks" or a bare plural."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", *DEMONSTRATIVES}) or c.dep_ == "poss" for c in noun.children
    )


def directive_addressee(verb: Token) -> Token | None:
    """The one a directive verb asks to act: "told Iran to release" (object + infinitive), or "wants Iran to
    release" (the parser makes Iran the subject of an infinitive clause); None without such a complement."""
    for clause in verb.children:
        if infinitive_complement(clause):
            objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < clause.i]
            if objects:
                return objects[0]
            # "We count on Russia to honour", "look to China to use": the one the preposition names
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in {"on", "upon", "to"} and prep.i < clause.i:
                    pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                    if pobjs:
                        return pobjs[0]
        elif clause.dep_ == "ccomp" and to_infinitive(clause):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    return None


def _asks_anyone(verb: Token) -> bool:
    """The appeal asks any or all states ("calls on all Member States of the United Nations to ...")."""
    addressee = directive_addressee(verb)
    return addressee is not None and any_of_kind(addressee)


def _addressed(verb: Token, patterns: PatternSet) -> bool:
    """The appeal names whom it asks, coded or not: "urges the international community to ...", "calls on all
    countries", "reiterates its call on the parties" (not "calls for a ceasefire")."""
    if directive_addressee(verb) is not None:
        return True
    directives = patterns.words("directive_verbs")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and lemma(c) in directives)]
    return any(
        p.dep_ == "prep" and p.lower_ in {"on", "upon"} and any(g.dep_ == "pobj" for g in p.children)
        for h in heads
        for p in h.children
    )


def _deontic_modal(clause: Token, must: frozenset[str], should: frozenset[str]) -> str | None:
    """The demand or appeal modal of a clause: its must/should auxiliary, or itself ("has to", "needs to").
    A modal before its subject asks nothing: "Should the junta refuse, ..." states a condition."""
    modal = None
    subjects = [c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    for aux in clause.children:
        if aux.dep_ == "aux" and aux.tag_ == "MD" and aux.lower_ in must | should:
            if subjects and aux.i < subjects[0]:
                return None
            modal = aux.lower_
    if modal is None and clause.lemma_.lower() in must and any(c.dep_ == "xcomp" for c in clause.children):
        modal = clause.lemma_.lower()  # "Y has to / needs to withdraw"
    return modal


def _said_clauses(verb: Token) -> list[Token]:
    """The clauses a reporting verb says: its complement clauses, then (NW25) their verb conjuncts with no
    subject of their own ("told Johnson that he had lost the confidence of his party and must go")."""
    said = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"}]
    return said + [
        g
        for c in said
        for g in c.children
        if g.dep_ == "conj"
        and g.pos_ in {"VERB", "AUX"}
        and not any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in g.children)
    ]


def _states_in_general(clause: Token) -> bool:
    """(NW26) The clause's subject is states in general, no one country: "rich countries must pay", "all
    governments should phase out coal" (a plural state word with no article or owner)."""
    subjects, _ = subject_tokens(clause)
    return any(
        t.tag_ == "NNS"
        and t.lower_ in STATE_KIND_WORDS
        and not any(c.dep_ in {"det", "poss"} and c.lower_ not in KIND_QUANTIFIERS for c in t.children)
        for t in subjects
    )


def _deontic(d: _Draft, index: ActorIndex, patterns: PatternSet) -> _Draft:
    """A statement that another party must/should act is a demand (100) or an appeal (020) to that party."""
    if d.code[:2] != "01":
        return d
    must = patterns.words("demand_modals")
    should = patterns.words("appeal_modals")
    for clause in _said_clauses(d.match.token):
        modal = _deontic_modal(clause, must, should)
        if (
            modal is None
            and _subjunctive(clause)
            and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
            and lemma(d.match.token) in patterns.words("directive_verbs")
        ):
            # the mandative subjunctive: "Canada insisted that India cooperate" demands it of India
            modal = "must"
        if modal is None:
            continue
        addressees = [
            a for t, _ in [subject_tokens(clause)] for tok in t for a in actors_of_phrase(tok, index)
        ]
        own = {a.code for a in d.sources if a.code}
        coded = [a for a in addressees if a.code]
        addressees = [a for a in coded if a.code not in own]
        if not addressees and (
            any(a.via not in CONTEXT_VIAS for a in coded) or not _states_in_general(clause)
        ):
            continue
        code = "100" if modal in must | {"must"} else "020"
        return _Draft(
            d.match, code, d.negated, d.modality, d.sources, addressees, d.how, d.clause, "+deontic"
        )
    return d


def _issuers_deontic(
    d: _Draft, issuers: list[Actor], index: ActorIndex, patterns: PatternSet
) -> _Draft | None:
    """In a statement's own voice, "X must stop ..." demands it of X (100) and "X should drop ..." appeals
    to X (020): the issuers are the source, X the target; the event itself is the demand's content.
    "X should press / urge Y to ..." asks X for its diplomatic weight: the issuers' appeal (022) or demand
    (102) to X."""
    pressing = d.code[:2] in {"02", "10"} and lemma(d.match.token) in patterns.words("directive_verbs")
    if d.code[:2] in {"01", "02", "10"} and not pressing:
        return None
    clause = d.clause
    for _ in range(4):
        if clause.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            break
        clause = clause.head  # "must halt executions, quash sentences and release": the first verb's modal
    must, should = patterns.words("demand_modals"), patterns.words("appeal_modals")
    modal = _deontic_modal(clause, must, should)
    if modal is None and clause.dep_ == "xcomp":
        clause = clause.head  # "X has to / needs to withdraw": the subject is the head's
        modal = _deontic_modal(clause, must, should)
    mandative = patterns.words("directive_adjectives")
    if (
        modal is None
        and clause.dep_ == "ccomp"
        and (
            clause.head.lemma_.lower() in mandative
            or any(c.dep_ == "acomp" and c.lemma_.lower() in mandative for c in clause.head.children)
        )
        and _subjunctive(clause)
    ):
        modal = "should"  # "It is imperative that Iran release the journalists": asked of Iran
    conceded = d.code[:2] == YIELD_ROOT and any(c.dep_ == "auxpass" for c in d.clause.children)
    own_modal = _deontic_modal(d.clause, must, should) if conceded and clause.i != d.clause.i else None
    if own_modal is not None:
        # "Anyone held for marching must be freed" parsed as "held ... and must be freed": the conjunct's own
        # modal, not the first verb's (which has none)
        clause, modal = d.clause, own_modal
    if modal is None:
        return None
    own = coded_keys(issuers)
    subjects = subject_tokens(clause)[0]
    addressees = [
        a
        for tok in subjects
        for a in actors_of_phrase(tok, index)
        if a.code and a.via not in ISSUER_VIAS and actor_key(a.code) not in own
    ]
    if not addressees and pressing:
        # "Kenya's partners, including the United States and the EU, should press ...": the named examples
        addressees = [
            a
            for tok in subjects
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in EXAMPLE_PREPS
            for a in pobj_actors(prep, index)
            if a.code and a.via not in ISSUER_VIAS and actor_key(a.code) not in own
        ]
    if (
        not addressees
        and conceded
        and (clause.i == d.clause.i or is_passive(clause))
        and (not d.sources or d.how == "implied")
    ):
        # "Those detained for protesting must be released", "The sanctions should be lifted": a passive
        # concession that names no one to make it is still the issuers' demand or appeal to yield, with no
        # target (the authorities a state act implies are a guess at the doer, not whom the statement
        # addresses). A "by" agent is the addressee: coded, above; uncoded ("by all sides"), no event, as
        # "All sides must respect the truce". Only a concession (08): "sovereignty must be respected",
        # "civilians must be protected" state a principle, not an act asked for
        code = "100" if modal in must else "020"
        return _Draft(d.match, code, False, "asserted", list(issuers), [], "speaker", d.clause, "+deontic")
    if not addressees:
        return None
    code = "100" if modal in must else "020"
    if pressing:
        code = "102" if modal in must else "022"
    speakers = list(issuers)
    return _Draft(d.match, code, False, "asserted", speakers, addressees, "speaker", d.clause, "+deontic")


def _builtin_pattern(
    pattern_id: str, trigger: str, code: str | None, required: tuple[tuple[str, ...], ...] = ()
) -> Pattern:
    """A verb pattern the coder cites for a construction no dictionary phrase can carry."""
    return Pattern(
        id=pattern_id,
        kind="verb",
        trigger=frozenset({trigger}),
        required=required,
        forbidden=frozenset(),
        code=code,
        negated_code=None,
        joint_code=None,
        targets=None,
        of_target=False,
        needs_clause=False,
        reporting=False,
        source_sectors=frozenset(),
        source="communique/events/coder.py",
        order=-1,
    )


# "There must be an end to X": the issuers' own demand (must) or appeal (should, shall) for what it names, and
# "There will be consequences": their threat. No pattern word carries these; the draft cites this pattern.
THERE_BE = _builtin_pattern("there-be", "be", None)


def _there_be(
    sent: Span, issuers: list[Actor], index: ActorIndex, patterns: PatternSet, counterpart: Sequence[Actor]
) -> _Draft | None:
    """In a statement's own voice, "There must be an immediate end to Russia's aggression" demands it (100)
    of the party it names, "There should / shall be an independent investigation" appeals for it (020), and
    "There will be consequences" threatens (130); naming no party, they are aimed at whom the statement is
    about. Only in the main clause: "the mayor said there must be more shelters" is reported."""
    for expl in sent:
        if expl.dep_ != "expl" or expl.lower_ != "there":
            continue
        be = expl.head
        if be.lemma_.lower() != "be" or not (
            be.dep_ == "ROOT" or (be.dep_ == "conj" and be.head.dep_ == "ROOT")
        ):
            continue
        modal = next((c.lower_ for c in be.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        things = [c for c in be.children if c.dep_ in {"attr", "nsubj"} and c.pos_ in {"NOUN", "PROPN"}]
        if modal is None or not things:
            continue
        thing = things[0]
        if modal in patterns.words("future_modals") and lemma(thing) in patterns.words("punishment_nouns"):
            code = "130"
        elif modal in patterns.words("demand_modals"):
            code = "100"
        elif modal in patterns.words("appeal_modals") | {"shall"}:
            code = "020"
        else:
            continue
        own = party_keys(issuers)
        # whose act the asked-for thing ends or probes ("an end to Russia's aggression against Ukraine"
        # → Russia), else any party it names ("a cessation of hostilities in Sudan")
        acts = patterns.words("action_nouns")
        named = responsible_actors(thing, index, acts, anywhere=False)
        for prep in (c for c in thing.children if c.dep_ == "prep" and not named):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and not named):
                named = responsible_actors(pobj, index, acts, anywhere=False)
        named = named or responsible_actors(thing, index, acts)
        targets = [a for a in named if a.code and a.via not in ISSUER_VIAS and not same_party(a.code, own)]
        match = Match(THERE_BE, be, [thing])
        targets = targets or list(counterpart)
        return _Draft(match, code, False, "asserted", list(issuers), targets, "speaker", be)
    return None


# "X reserves the right to respond" read by the small parser as a plural noun "reserves" (the subject's, or
# a conjunct of the object before it: "condemns the attack and reserves the right to ..."): the formula's
# threat.
RESERVED_RIGHT = _builtin_pattern("130:formula-misparsed", "reserve", "130", required=(("right",),))


def _reserved_right(sent: Span, index: ActorIndex, patterns: PatternSet) -> _Draft | None:
    """The threat of "X reserves the right to respond" when the parser took "reserves" for a noun: as the
    head of its own clause ("The Government of Ukraine reserves(NOUN) its right to ...", with a subject), or
    as a conjunct of the object before it ("condemns the attack and reserves(NOUN) the right to ..." with
    "right" hung on "condemns"), whose verb's subject reserves the right. "to impose sanctions" → 1312."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lower_ != "reserves":
            continue
        right = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "right"), None)
        verb = token
        if right is None and token.dep_ == "conj":
            # "condemns the attack and reserves the right", "holds X responsible for the consequences of
            # this aggression and reserves its right": the verb holding both object phrases
            verb = token.head
            for _ in range(6):
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
            right = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "dobj" and c.lower_ == "right" and token.i < c.i <= token.i + 2
                ),
                None,
            )
        if right is None or verb.pos_ not in {"VERB", "AUX", "NOUN"}:
            continue
        sources, how = sources_of_verb(verb, index)
        if not sources and verb is token:
            # "The Republic of Poland reserves": the subject read as the noun's modifier
            sources = [
                a
                for c in token.children
                if c.dep_ in {"nmod", "compound"} and c.i < token.i
                for a in actors_of_phrase(c, index)
                if a.code
            ]
            how = "subject"
        if not sources:
            continue
        code = "130"
        if patterns.words("sanction_words").intersection(t.lemma_.lower() for t in right.subtree):
            code = "1312"
        modality, negated = modality_of(verb, _span_text(sent), patterns)
        return _Draft(Match(RESERVED_RIGHT, token, [right]), code, negated, modality, sources, [], how, verb)
    return None


MAX_ASKING_CLIMB = 6
MAX_RELATIVE_REACH = 40


# (VC26) What an authority orders done to someone, said in the passive, is that act done by the one who
# ordered it: "a court ordered that the mayor be jailed pending trial" is the detention (173), as the
# statement sets code it, not a demand (100). Only coercion (17): an ordered release or deployment stays the
# order. ("ordered Venezuela to refrain from ...", with an addressee to do it, stays a demand.)
ORDERED_ROOTS = frozenset({"17"})
ORDER_VERBS = frozenset({"order"})


def _ordered_act(d: _Draft, drafts: dict[int, _Draft], index: ActorIndex) -> int | None:
    """Recode a demand-order whose passive content clause is a coded act of coercion as that act, aimed at the
    content's subject; return the content's token index (None when the order stays a demand)."""
    verb = d.match.token
    if d.code[:2] != "10" or d.negated or lemma(verb) not in ORDER_VERBS:
        return None
    # ("ordered the two activists held in custody": the parser may hang the participle on the object)
    hung = [
        c
        for o in verb.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
    ]
    for content in [*verb.children, *hung]:
        if content.dep_ == "acl":
            act = drafts.get(content.i)
            if act is not None and act.code[:2] in ORDERED_ROOTS and not act.negated:
                d.code, d.match = act.code, act.match
                d.targets = [a for a in actors_of_phrase(content.head, index) if a.code] or act.targets
                return content.i
            continue
        if content.dep_ != "ccomp":
            continue
        passive = any(c.dep_ == "auxpass" for c in content.children)
        # "ordered the journalist jailed": a bare participle, whose "subject" is the one it is done to
        bare = content.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "mark"} for c in content.children)
        if not (passive or bare):
            continue
        act = drafts.get(content.i)
        if act is None or act.code[:2] not in ORDERED_ROOTS or act.negated:
            continue
        undergoer_deps = {"nsubjpass"} if passive else {"nsubj"}
        undergoers = [
            a
            for c in content.children
            if c.dep_ in undergoer_deps
            for a in actors_of_phrase(c, index)
            if a.code
        ]
        d.code, d.match = act.code, act.match
        d.targets = undergoers or act.targets
        return content.i
    return None


def _requested(d: _Draft, drafts: dict[int, _Draft], patterns: PatternSet) -> bool:
    """What an appeal or demand asks for is its content, not an event of its own: "urged Iran to release the
    journalists" is one appeal (0253), as CAMEO codes it, with no hypothetical release beside it."""
    if d.code[:2] in {"02", "10"}:
        return False
    asking = {"02", "10"}
    clause = d.clause
    for _ in range(MAX_ASKING_CLIMB):
        governor = directive_governor(clause, patterns)
        if governor is not None:
            asker = drafts.get(governor.i)
            # ("ordered the strikers to return to work or face dismissal": an ultimatum (139) matched on the
            # directive verb asks for the ordered act as a demand does)
            return asker is not None and (
                asker.code[:2] in asking or (asker.code == ULTIMATUM_CODE and asker.match.pattern.directive)
            )
        first = clause
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        head = first.head
        if head is first:
            return False
        if first.dep_ in {"ccomp", "parataxis"} and head.i in drafts and drafts[head.i].suffix == "+deontic":
            # "X said that the authorities must stop the crackdown and lift the shutdown": said is the demand
            return True
        if not (infinitive_complement(first) or (first.dep_ == "xcomp" and first.tag_ == "VBG")):
            return False
        if head.i in drafts and drafts[head.i].code[:2] in asking:
            # "reiterates its demand for the junta to hand over power" (the parser hangs the infinitive on
            # the coded demand's verb)
            return True
        if head.pos_ == "NOUN" and lemma(head) in patterns.words("directive_verbs"):
            # "reiterates its call on the parties to cease hostilities", "its demand for the council to hand
            # over power": what a call or demand asks for
            return True
        # "calls on them to build on this step and to continue releasing detainees", "to rise up to their
        # responsibility, to arrest the perpetrators": an infinitive under an asked-for act is asked for too
        clause = head
    return False


def _weapon_effect(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """What a coded bomb did is the bombing: "a roadside bomb planted by rebels destroyed a police vehicle" is
    one bombing (183x), not a bombing and a destruction (1712) or a strike by the bomb; the effect's coded
    victims become the bombing's."""
    if d.match.pattern.kind != "verb" or d.code[:2] not in FORCE_EFFECT_ROOTS:
        return False
    for c in d.clause.children:
        if (
            # (a bombing by no one named stays told by its effect: "a roadside bombing killed one soldier")
            c.dep_ == "nsubj"
            and c.i in drafts
            and drafts[c.i].code.startswith(BOMBING_CODE)
            and drafts[c.i].sources
            and lemma(c) not in BOMBERS  # ("suicide bombers struck a mosque": people, who strike)
        ):
            bombing = drafts[c.i]
            victims = [a for a in d.targets if a.code]
            if victims and not any(a.code and len(a.code) > 3 for a in bombing.targets):
                # "a bomb planted by X killed nine Kenyan soldiers near Mandera": whom it killed is the
                # bombing's target, not the country of its place (nor no one)
                bombing.targets = victims
            return True
    return False


def _consequence(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """A participle that tells what a coded act of force led to is that act's outcome, not an act of its own:
    "security forces used excessive force against protesters, killing 150 people" is one repression (175),
    "the strike hit a market, killing ten" one strike."""
    clause = d.clause
    if (
        d.code[:2] not in VIOLENT_ROOTS
        or clause.tag_ != "VBG"
        or clause.dep_ not in {"advcl", "xcomp", "conj"}
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False  # a clause with its own doer reports its own act
    head = drafts.get(clause.head.i)
    return head is not None and head.code[:2] in FORCE_ROOTS and head is not d


def _warned_blame(d: _Draft, drafts: dict[int, _Draft]) -> _Draft | None:
    """ "Iran warned that Washington would bear full responsibility for the consequences": the blame (112) a
    warning's content clause lays, when the warning is only that blame, not a threat of the speaker's own act
    ("warned that it would respond to any deployment" stays 130, and so does "warned that X would bear
    responsibility and that it would respond decisively": a second content clause that is no blame)."""
    if d.code[:2] != THREAT_ROOT or lemma(d.clause) not in WARNING_VERBS:
        return None
    content = [c for c in d.clause.children if c.dep_ == "ccomp"]
    if not content:
        return None
    # (the blame is the content clause's own verb: "that X would bear responsibility for ...")
    blames = {o.clause.i: o for o in drafts.values() if o is not d and o.code[:3] == BLAME_CODE}
    clauses = [k for c in content for k in conjuncts(c) if k.pos_ in {"VERB", "AUX"}]
    if not clauses or any(k.i not in blames for k in clauses):
        return None
    return blames.get(content[0].i)


def _told_outcome(d: _Draft, violent_acts: frozenset[str]) -> bool:
    """ "the bombing of a camp in Rafah, which killed at least 45 people", "the attack on the convoy, which
    resulted in the death of four peacekeepers and injured five others": a relative clause telling what an
    act of violence did is that act's outcome, not a second act (by whoever the parse finds)."""
    if d.code[:2] not in VIOLENT_ROOTS:
        return False
    clause = d.clause
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    relative = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in {"which", "that"}]
    if clause.dep_ != "relcl" or not relative:
        return False
    # the parser hangs the relative on the last noun before its comma ("the bombing of a camp in Rafah, in
    # the south of the Gaza Strip, which killed ..."): the act is the nearest act of violence before it in
    # the same clause (no clause verb between them)
    tokens = clause.view.tokens
    for i in range(relative[0].i - 1, max(-1, relative[0].i - MAX_RELATIVE_REACH), -1):
        tok = tokens[i]
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "acl", "compound"}:
            return False
        if tok.pos_ == "NOUN" and lemma(tok) in violent_acts:
            return True
    return False


def _restated_judgement(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """An evaluative word on the object of a judging verb already coded says again what the verb said: "France
    condemns the illegal detention of X" is one condemnation, not a condemnation and a second judgement."""
    token = d.match.token
    if d.match.pattern.kind != "eval" or d.code[:2] != "11" or token.dep_ != "amod":
        return False
    judged = token.head
    while judged.dep_ == "conj" and judged.head is not judged:
        judged = judged.head  # "condemns the coup and the illegal detention of the president"
    if judged.dep_ != "dobj":
        return False
    verb = drafts.get(judged.head.i)
    return verb is not None and verb is not d and verb.code[:2] == "11"


def _told_as_past(verb: Token) -> bool:
    """The clause is told in the simple past or a perfect, with no modal: "paid dearly", "have paid a heavy
    price" (not "would pay", "will pay")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    )


def _restated_warning(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """A bare threat (130) in the content clause of a warning already coded is that warning said again: "was
    warned that any further provocation would be met with a firm response" is one threat, not two."""
    if d.code != UNSPECIFIED_THREAT or d.clause.dep_ != "ccomp":
        return False
    warning = drafts.get(d.clause.head.i)
    return (
        warning is not None
        and warning is not d
        and warning.code[:2] == THREAT_ROOT
        and lemma(warning.clause) in WARNING_VERBS
    )


def _subjunctive(clause: Token) -> bool:
    """A bare verb form after a singular subject: "(insisted that) India cooperate", "Iran be allowed"."""
    if clause.tag_ == "VB":
        return True
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    return clause.tag_ == "VBP" and bool(subj) and subj[0].tag_ in {"NNP", "NN"}


def own_negation(verb: Token) -> bool:
    """A not/n't/never on the verb itself."""
    return any(c.dep_ == "neg" for c in verb.children)


def _own_future(verb: Token, patterns: PatternSet) -> bool:
    """True when the verb itself carries will/shall (or reported "would"), not an inherited future, or a verb
    of aspect over it does ("will continue to use")."""
    fut = patterns.words("future_modals") | {"would", "'d"}
    for _ in range(4):
        # "will protect and assist those who flee": the first conjunct's will is the second's too
        if (
            verb.dep_ != "conj"
            or verb.head.pos_ not in {"VERB", "AUX"}
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
        ):
            break
        verb = verb.head
    if infinitive_complement(verb) and verb.head.lemma_.lower() in patterns.words("aspect_verbs"):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in fut for c in verb.children)


def _intent_of(
    d: _Draft,
    patterns: PatternSet,
    reporters: dict[int, list[Actor]],
    reporting: dict[int, Token],
    triggers: frozenset[int] = frozenset(),
    index: ActorIndex | None = None,
    issuers: Sequence[Actor] = (),
) -> _Draft | None:
    """The asserted intent (03x) or threat (13x) an actor expresses by announcing its own future action
    (``issuers``: a statement's issuers, whose own voice foretelling another party's action announces no
    intent of that party: "the junta will continue to commit atrocities")."""
    if d.negated or d.match.pattern.kind != "verb" or d.modality not in {"future", "conditional"}:
        return None
    code = patterns.intent_code(d.code)
    if code is None or not d.sources:
        return None
    if infinitive_complement(d.clause) and d.clause.head.i in triggers:
        return None  # "threatened to attack", "promised to release": the governing verb codes the intent
    marks = patterns.words("conditional_marks")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in d.clause.children):
        return None  # the condition itself ("... unless Baghdad accepted") announces nothing
    head = d.clause.head
    # "Ethnic Albanians have sworn to fight": the actor's own commitment verb announces the action, whoever
    # reports the vow.
    committed = (
        infinitive_complement(d.clause)
        and head.lemma_.lower() in patterns.words("commitment_verbs")
        and head.i not in triggers
    )
    if d.modality == "future" and not _own_future(d.clause, patterns) and not committed:
        return None
    reporter_tok = reporting_ancestor(d.clause, reporting)
    own_voice = reporter_tok is None and bool(issuers)
    if own_voice and not committed and not _issuers_speak(d.sources, list(issuers), []):
        return None
    if reporter_tok is not None and not committed:
        # "Putin said CSTO troops would leave": only a self-announcement is an intent.
        # A spokesman of the acting country announces its own action: compare countries, not full codes
        # ("the Israeli prime minister's spokesman said Israel will evacuate ..." is Israel's intent).
        speaker_codes = {_country_of(a) for a in reporters.get(reporter_tok.i, []) if a.code}
        if speaker_codes and not speaker_codes & {_country_of(a) for a in d.sources} and d.how != "speaker":
            return None
    targets = d.targets
    if not targets and d.modality == "conditional" and index is not None:
        # "Should Iran resume enrichment, the EU will reimpose sanctions": the threat is aimed at Iran.
        targets = conditional_subject_actors(d.clause, index, patterns.words("conditional_marks"))
    if d.code[:2] == SHOW_OF_FORCE_ROOT and _at_home(d.sources, targets):
        # A show of force threatens someone abroad: an announced deployment on one's own soil ("Japan will
        # station missile units on its islands") threatens no one and stays the future action it is.
        # (Announced protests or violence against one's own government are threats: no such test there.)
        return None
    return _Draft(d.match, code, False, "asserted", d.sources, targets, d.how, d.clause, "+intent")


def _given_to_someone(verb: Token) -> bool:
    """The verb names a receiver the actors stage did not code: "provide support to him and to his family"."""
    return any(
        c.dep_ == "dative"
        or (c.dep_ == "prep" and c.lower_ in {"to", "for"} and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def _country_of(actor: Actor) -> str:
    return (actor.country or actor.code or "")[:3].upper()


def _at_home(sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """No coded target is of a country other than the sources': a show of force on one's own soil."""
    own = {_country_of(a) for a in sources}
    return not any(a.code and _country_of(a) not in own for a in targets)


def _own_forces(d: _Draft) -> bool:
    """A show of force aimed only at the sources' own country: its forces or government ("the government
    deployed the army in Dhaka", "launched a missile from the vicinity of Pyongyang") or a place of it, where
    the force was shown from or in ("launched a missile from Wonsan"); its people stay ("deployed the army
    against protesters")."""
    countries = {_country_of(a) for a in d.sources if a.code}
    return len(countries) == 1 and all(
        _country_of(t) in countries
        and (
            not DEPLOYED_SECTORS.isdisjoint(t.sectors)
            or t.code == f"{_country_of(t)}GOV"
            or (not t.sectors and t.code == _country_of(t))
        )
        for t in d.targets
    )


def _background_or_denied(d: _Draft, patterns: PatternSet) -> bool:
    """(VC27) No event for an earlier act recalled in the past perfect ("Minsk had expelled the consul in
    the spring"), or for an act its speaker denies ("denied that its aircraft had bombed the school"): the
    statement sets code background as no event, and a denial as the denial (016) alone."""
    if d.code[:2] == "01":
        return False
    return (d.modality in {"historical", "asserted"} and background_past(d.clause, patterns)) or (
        d.negated and denied_act(d.clause, patterns)
    )


def _told_flight(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """ "launched a ballistic missile ..., which flew over Japan": the relative clause tells where the
    launched missile went (the launch is shown to Japan), not a second show of force."""
    clause = d.clause
    if (
        d.code[:2] != SHOW_OF_FORCE_ROOT
        or clause.dep_ != "relcl"
        or lemma(clause) not in FLYING_VERBS
        or not any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in clause.children)
    ):
        return False
    return any(
        o is not d and o.code[:2] == SHOW_OF_FORCE_ROOT and o.clause.i == a.i
        for a in clause.ancestors
        for o in drafts.values()
    )


def _flown_over(verb: Token, index: ActorIndex) -> list[Actor]:
    """The coded places a relative clause on the verb's object says it flew over ("a missile ..., which flew
    over Japan"; the parser may hang the clause on any noun after the object: "a missile from the vicinity
    of X, which flew over Japan")."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ not in {"dobj", "prep"}:
            continue
        for tok in child.subtree:
            if (
                tok.dep_ == "relcl"
                and lemma(tok) in FLYING_VERBS
                and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in tok.children)
                # ("which did not fly over Japan" was shown to no one there)
                and not own_negation(tok)
            ):
                found = prep_targets(conjuncts(tok), OVER_PREPS, index)
                if any(a.code for a in found):
                    return [a for a in found if a.code]
    return []


def _confidence(d: _Draft) -> float:
    score = 0.45 + min(0.30, 0.10 * d.match.pattern.specificity)
    if d.sources and all(a.code for a in d.sources):
        score += 0.15
    if any(a.code for a in d.targets):
        score += 0.05
    if d.how in {"controller", "conj", "relcl", "speaker", "light-verb", "implied"}:
        score -= 0.10
    if d.how == "unknown-agent":
        score -= 0.15
    if any(a.via == "implied" for a in d.targets):
        score -= 0.05
    if d.match.pattern.kind == "noun":
        score -= 0.10
    return round(max(0.05, min(0.99, score)), 2)


def _trigger_span(m: Match) -> tuple[int, int]:
    tokens = [m.token, *m.words]
    lo = min(tokens, key=lambda t: t.i)
    hi = max(tokens, key=lambda t: t.i)
    if hi.i - lo.i > 5:
        lo = hi = m.token
    return lo.idx, hi.idx + len(hi.text)


def _according_to(sent: Span, index: ActorIndex, patterns: PatternSet) -> list[Actor]:
    preps = patterns.words("according_preps")
    lowered = _span_text(sent).lower()
    if not any(p in lowered for p in preps):  # cheap test before walking the tokens
        return []
    for token in sent:
        if token.lower_ in preps:
            for child in token.children:
                if child.dep_ == "prep":
                    found = [
                        a for p in child.children if p.dep_ == "pobj" for a in actors_of_phrase(p, index)
                    ]
                    if found:
                        return found
    return []


def _span_text(span: Span) -> str:
    """The span's text sliced from the document's text, which the document view joins once."""
    return span.view.text[span.start_char : span.end_char]


class _WordCounts:
    """Running counts of non-space tokens and of words (alphabetic, non-space) over a document, from its
    parse view's IS_ALPHA/IS_SPACE columns: any sentence's counts are then two subtractions."""

    __slots__ = ("tokens", "words")

    def __init__(self, view: DocView) -> None:
        spaces = view.space_flags
        self.tokens: list[int] = [0, *accumulate(0 if sp else 1 for sp in spaces)]
        alpha = view.alpha_flags
        self.words: list[int] = [
            0,
            *accumulate(1 if a and not sp else 0 for a, sp in zip(alpha, spaces, strict=True)),
        ]


def _is_prose(sent: Span, counts: _WordCounts | None = None) -> bool:
    """False for table rows and symbol soup: cells separated by | or tabs, or mostly non-words.

    ``counts`` are the document's running counts, built once per document (one is built when absent)."""
    text = _span_text(sent)
    if text.count("|") >= 2 or text.count("\t") >= 2:
        return False
    counts = counts or _WordCounts(sent.view)
    tokens = counts.tokens[sent.end] - counts.tokens[sent.start]
    words = counts.words[sent.end] - counts.words[sent.start]
    return words >= 0.5 * max(1, tokens)


def _may_report(m: Match) -> bool:
    """The match, or one of its alternatives, reports speech."""
    return m.pattern.reporting or any(a.pattern.reporting for a in m.alternatives)


def code_sentence(
    document: Document,
    sent: Span | SpacySpan,
    sentence_index: int,
    index: ActorIndex,
    patterns: PatternSet,
    counts: _WordCounts | None = None,
    antecedent: Sequence[Actor] = (),
    counterpart: Sequence[Actor] = (),
    waiting: list[int] | None = None,
    opening: Sequence[Actor] | None = None,
    parties: Sequence[Actor] = (),
    referents: dict[str, list[Actor]] | None = None,
    detainer: str | None = None,
    culprits: Sequence[Actor] = (),
    doers: Sequence[Actor] = (),
) -> list[Event]:
    """Code the events of one parsed sentence (``counts``: the document's running word counts, if built;
    ``antecedent``: who did what the sentence before reported, for "this" and "these attacks";
    ``counterpart``: whom the statement is about so far, roles.Counterpart; ``waiting``: gets the sentence
    index when an event of the issuers waited for a counterpart the statement has not named yet; ``opening``:
    whom an "It"/"They" opening the sentence stands for, see _opening_referent; ``parties``: those of the
    conflict or talks reported so far, roles.Parties; ``referents``: whom an addressed "it"/"them" with
    nothing before it in the sentence stands for, see _pronoun_referents; ``detainer``: the country of the
    last arrest, detention or sentence told before, by someone other than the issuers; ``culprits``: who did
    the last act of force told before, see _investigates_told_wrongs; ``doers``: who did the last act told
    before, the issuers too, whom another party's reaction to "the move" or "this" is aimed at)."""
    if isinstance(sent, SpacySpan):
        sent = doc_view(sent.doc).span(sent.start, sent.end)
    if len(sent) > MAX_SENTENCE_TOKENS:
        sent = sent.view.span(sent.start, sent.start + MAX_SENTENCE_TOKENS)
    if not _is_prose(sent, counts):
        return []
    sent_text = _span_text(sent).strip()
    matches = match_sentence(sent, patterns)
    if not matches:
        return []
    issuers = _issuers(document, [])
    according = _according_to(sent, index, patterns)
    mutual_words = patterns.words("mutual_words")
    # Reporting verbs first, so that their complements know who is speaking.
    drafts: dict[int, _Draft] = {}
    reporters: dict[int, list[Actor]] = {}
    ordered = sorted(matches, key=lambda m: (not _may_report(m), m.token.i))
    triggers = frozenset(m.token.i for m in matches)
    reporting_tokens: dict[int, Token] = {m.token.i: m.token for m in matches if m.pattern.reporting}
    # (NW25) a judgement's speaker may also be a verb whose reporting reading is an alternative ("told X that
    # they would pay a heavy price": 010 "tell" when its directive reading gives way); other acts keep the
    # statement's own voice there ("told Parliament that the ambassador would be summoned")
    judging_tokens: dict[int, Token] = {m.token.i: m.token for m in matches if _may_report(m)}
    reported_by: dict[int, Actor | None] = {}
    for m in ordered:
        verb = clause_verb(m.token) if m.pattern.kind != "verb" else m.token
        reporter_tok = reporting_ancestor(
            verb, judging_tokens if m.pattern.kind == "eval" else reporting_tokens
        )
        reporter_actors: list[Actor] = []
        if reporter_tok is not None and reporter_tok.i != m.token.i:
            reporter_actors = reporters.get(reporter_tok.i, [])
        elif according and not m.pattern.reporting:
            reporter_actors = according
        speaker = reporter_actors or issuers
        d = None
        for option in (m, *m.alternatives):
            candidate = _draft(
                option, sent, index, patterns, speaker, reporter_actors, triggers, antecedent, opening,
                need_source=d is not None,
            )  # fmt: skip
            if candidate is not None and (candidate.sources or candidate.how in UNNAMED_DOERS):
                d = candidate
                break
            d = d or candidate
        if d is None:
            continue
        m = d.match
        if m.pattern.reporting:
            reporters[m.token.i] = d.sources
            d = _deontic(d, index, patterns)
        elif reporter_tok is not None and d.code[:2] == THREAT_ROOT and not any(a.code for a in d.targets):
            # (NW25) a threat told to someone is aimed at whom it is told: "Russia told Ukraine that it would
            # respond to any attack", "told the young marchers that they were playing with fire"
            d.targets = told_addressees(reporter_tok, index, d.sources)
        drafts[m.token.i] = d
        reported_by[m.token.i] = reporter_actors[0] if reporter_actors else None
    for d in list(drafts.values()):
        if _truce_agreed(d):
            d.code = TRUCE_CODE
        ordered_act = _ordered_act(d, drafts, index)
        if ordered_act is not None:
            # the act is coded once, as the order; its own draft (if any) is that act again
            drafts.pop(ordered_act, None)
    for d in list(drafts.values()):
        embedded = _embedded_act(d, sent, index, patterns, issuers, triggers, drafts)
        if embedded is not None:
            drafts[embedded.match.token.i] = embedded
            reported_by[embedded.match.token.i] = None
            if not any(a.code for a in d.targets):
                # "concerned by the deportation of children by Russia": the concern is at whoever did it
                d.targets = [a for a in embedded.sources if a.code]
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    ordered_drafts: list[_Draft] = []
    violent_acts = patterns.words("violent_acts")
    warned: dict[int, int] = {}  # a warning that only lays a blame (id of its draft) -> the blame's clause
    for i in sorted(drafts):
        if (
            _requested(drafts[i], drafts, patterns)
            or _consequence(drafts[i], drafts)
            or _restated_judgement(drafts[i], drafts)
            or _restated_warning(drafts[i], drafts)
            or _told_outcome(drafts[i], violent_acts)
            or _told_flight(drafts[i], drafts)
            or _weapon_effect(drafts[i], drafts)
            or _background_or_denied(drafts[i], patterns)
        ):
            continue
        blame = _warned_blame(drafts[i], drafts)
        if blame is not None:
            # the warning is kept only if its blame is not coded with a target (decided below, after the
            # blame's own filters); the blame of no one named is laid on whom the warning addresses
            warned[id(drafts[i])] = blame.clause.i
            if not any(t.code for t in blame.targets):
                blame.targets = told_addressees(drafts[i].clause, index, drafts[i].sources) or blame.targets
        demand = None
        if issuers and reported_by.get(i) is None:
            demand = _issuers_deontic(drafts[i], issuers, index, patterns)
        if demand is not None:
            # "X must release ...": the statement's demand; the release is its content, not an event
            ordered_drafts.append(demand)
            continue
        intent = _intent_of(
            drafts[i], patterns, reporters, reporting_tokens, frozenset(drafts), index, issuers
        )
        if intent is None or drafts[i].code not in UNSPECIFIED_ACTIONS:
            ordered_drafts.append(drafts[i])
        if intent is not None:
            ordered_drafts.append(intent)
    words = sent.view.lowers[sent.start : sent.end]  # (one slice for the word tests below)
    if "reserves" in words and not any(
        d.match.token.lower_ == "reserves" and d.sources for d in ordered_drafts
    ):
        reserved = _reserved_right(sent, index, patterns)
        if reserved is not None:
            ordered_drafts.append(reserved)
    if issuers and "there" in words:
        existential = _there_be(sent, issuers, index, patterns, counterpart)
        if existential is not None:
            ordered_drafts.append(existential)
    ordered_drafts = _without_outcomes(ordered_drafts)
    # "this", "such", "it" ... anywhere in the sentence, or no event here can point back (one set test)
    pointing = bool(antecedent) and not POINTING_WORDS.isdisjoint(words)
    own = party_keys(issuers)
    warnings: list[tuple[Event, int]] = []  # the warnings coded, with their blame's clause
    told_acts = patterns.words("told_act_nouns")
    blamed: set[int] = set()  # the clauses of the blames coded with a target
    for d in ordered_drafts:
        i = d.match.token.i
        suffix = d.suffix
        d.targets = _gapped_targets(d, drafts) or d.targets
        if d.targets and reported_by.get(i) is None and _issuers_speak(d.sources, issuers, []):
            # "Norway urges the authorities to ..." in a statement about Mali: Mali's, not Norway's
            d.targets = foreign_addressees(d.targets, index, own)
        if referents and d.code[:2] in ADDRESSED_ROOTS and not any(t.code for t in d.targets):
            # "Clashes broke out between protesters and soldiers. We urge them to exercise restraint."
            pronoun = addressed_pronoun(d.clause, patterns.words("verb_target_preps"), index)
            if pronoun is not None:
                mine = party_keys(d.sources)
                d.targets = [
                    a for a in referents.get(pronoun.lower_, ()) if not same_party(a.code or "", mine)
                ]
        if (
            d.code[:2] in ADDRESSED_ROOTS
            and not any(t.code for t in d.targets)
            and not PERSON_OBJECTS.isdisjoint(words)
        ):
            # "We welcome the decision of President X ..., and we urge him to ...": the person named before
            mine = party_keys(d.sources)
            preps = patterns.words("verb_target_preps")
            d.targets = person_antecedent(d.clause, preps, index, mine) or d.targets
        if (
            d.clause.dep_ in {"xcomp", "advcl"}
            and lemma(d.clause) in SUMMONER_ACTS
            and lemma(d.clause.head) in SUMMONING_VERBS
        ):
            # "summoned the Russian ambassador to protest the incursion": the protest is made to the envoy
            envoys = [c for c in d.clause.head.children if c.dep_ == "dobj"]
            d.targets = [a for c in envoys for a in actors_of_phrase(c, index) if a.code] or d.targets
        d.targets = _conjunct_receivers(d, index) or d.targets
        if d.code[:2] in HELPING_ROOTS and not any(t.code for t in d.targets):
            # (RL26) "approved loans to help Pakistan rebuild", "offered to send engineers to help the
            # Sudanese authorities", "pledged assistance for Mozambique": aid, or an offer of it, naming
            # no one else goes to whom it helps (not the givers' own side: "to help our farmers")
            mine = party_keys(d.sources)
            helped = helped_parties(d.clause, index, aid=True)
            d.targets = [a for a in helped if a.code and not same_party(a.code, mine)] or d.targets
        if not d.targets and d.code[:2] in SHARING_ROOTS and d.clause.dep_ == "conj":
            # "lodged a protest against North Korea and strongly condemned the launch": the same party
            d.targets = _shared_targets(d, drafts)
        if pointing and not d.targets and refers_back(d.match.token, d.clause):
            # "The US approved the sale of missiles to Taiwan. China firmly opposes this." → against the US
            own = party_keys(d.sources)
            d.targets = [a for a in antecedent if a.code and not same_party(a.code, own)]
        if (
            doers
            and not d.targets
            and "the" in words
            and any(a.code for a in d.sources)
            and not _issuers_speak(d.sources, issuers, [])
            and refers_back(d.match.token, d.clause, told_acts)
        ):
            # (RL26) "Norway expelled two Russian diplomats. Moscow condemned the move": another party's
            # reaction to "the move", "the decision" is aimed at whoever did the act told before, the
            # issuers too (whom ``antecedent`` leaves out)
            own = party_keys(d.sources)
            d.targets = [a for a in doers if a.code and not same_party(a.code, own)]
        if (
            culprits
            and d.code[:2] == INVESTIGATION_ROOT
            and not any(t.code for t in d.targets)
            and _investigates_told_wrongs(d, patterns.words("investigated_wrongs"))
        ):
            # "Police beat the protesters. The authorities have not investigated these abuses": an inquiry
            # into them is aimed at their doers (not whoever acted last: an arrest told between)
            d.targets = list(culprits)
        # The issuers' own country, given by the code to a mention that names none ("these anti-Islamic
        # actions" in Türkiye's statement took the sentence's country), is no target, so whom the statement
        # is about can still be (a named one, "accusations of Russian involvement" from Moscow, stays a
        # denial, dropped below)
        kept = _not_at_itself(d)
        if d.code[:2] == THREAT_ROOT or all(
            t.via in COMPOSED_VIAS for t in d.targets if not any(t is k for k in kept)
        ):
            # (nor is it when named, in the issuers' own threat: "Official Moscow's reply will not be long in
            # coming" from Moscow is aimed at whom the statement is about; a judgement naming the issuers'
            # own country, "the accusations of Russian involvement are absurd", is a denial, dropped below)
            d.targets = kept
        if (
            not d.targets
            and d.code[:2] in {"02", "10"}
            and d.match.pattern.kind == "verb"
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
            and not _asks_anyone(d.clause)
        ):
            # "We demand accountability for the crimes committed by the Myanmar military": the doer of what is
            # asked about, named in the asked-for phrase
            own = party_keys(d.sources)
            d.targets = [a for a in requested_agents(d.clause, index) if not same_party(a.code or "", own)]
        if (
            not d.targets
            and d.code[:2] in COUNTERPART_ROOTS
            # (a condemned attack whose doer is not named is no one's yet)
            and not d.no_doer
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
        ):
            # the statement's own demand, rejection, threat or sanction with no one named is aimed at whom
            # the statement is about
            d.targets = list(counterpart)
            if not counterpart and waiting is not None and sentence_index not in waiting:
                waiting.append(sentence_index)
        if (
            not d.targets
            and d.code[:2] == THREAT_ROOT
            and d.match.pattern.code in UNSPECIFIED_ACTIONS
            and _benign_purpose(d, index.owned_nouns)
        ):
            # (RV22) "will apply the necessary measures to protect the harvest": measures for a purpose that
            # defends nothing of a party's own threaten no one when no one is named or judged ("to safeguard
            # its sovereignty" stays the formula's threat)
            continue
        if (
            not d.targets
            and d.code[:2] == "02"
            and d.modality == "asserted"
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
            and not _addressed(d.clause, patterns)
        ):
            # the statement's own call with no one addressed asks the parties of the conflict or talks it
            # reported when it asks for a ceasefire, talks or a settlement ("We call for an immediate
            # ceasefire"), else first whom the statement is about ("reiterates its call for full transparency
            # of the results")
            own = party_keys(d.sources)
            between = [a for a in parties if not same_party(a.code or "", own)]
            if d.code[:3] in PARTIES_APPEALS or d.code == "0256":
                d.targets = between or list(counterpart)
            else:
                d.targets = list(counterpart) or between
        if (
            not any(t.code for t in d.targets)
            and d.code[:2] == "02"
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
        ):
            # "calls on the political class to prioritise dialogue", "calls on all stakeholders to exercise
            # restraint": the issuers address the people of the country the statement is about (or of the
            # class's own place: "all stakeholders in Haiti")
            found = _country_class(d.match.token, counterpart, patterns, sentence_index, index)
            d.targets = found or d.targets
        if (
            not any(t.code for t in d.targets)
            and d.code[:2] in ADDRESSED_ROOTS
            and carried_out_thing(d.clause, d.match.words, patterns.words("implementation_nouns"), index)
        ):
            # "Israel and Hamas agreed on a ceasefire. The EU calls for its full implementation": those who
            # must carry it out, the parties of the thing named before it in the sentence ("welcomes the
            # agreement between A and B and calls for its implementation"), else of the statement, else
            # whoever acted last
            mine = party_keys(d.sources)
            doers = participants_before(d.clause, index) or parties or antecedent
            d.targets = [a for a in doers if a.code and not same_party(a.code, mine)]
        if not d.targets and (d.code[:3] in MEDIATION_CODES or d.code == HOSTING_CODE) and parties:
            # "The ICRC is ready to act as a neutral intermediary": mediation is between the parties of the
            # conflict or talks the statement reported; so are talks hosted ("thanks South Africa for hosting
            # the talks" after "commends both parties")
            own = party_keys(d.sources)
            between = [a for a in parties if not same_party(a.code or "", own)]
            if d.code[:3] in MEDIATION_CODES or len({actor_key(a.code or "") for a in between}) > 1:
                d.targets = between
        mine = party_keys(d.sources) if d.code == HOSTING_CODE else frozenset()
        if (
            d.code == HOSTING_CODE
            and not parties
            and not any(t.code and not same_party(t.code, mine) for t in d.targets)
        ):
            # "We thank the Government of Jamaica for hosting the meeting", "The Saudi and Iranian sides thank
            # China for hosting the talks in Beijing" (its own place is no guest): whoever thanks the host was
            # its guest, unless the statement told of parties whose talks they were (the thanking mediator
            # is no guest: "Fighting broke out between Kenya and Somalia. The Commission thanks Kenya for
            # hosting the talks")
            d.targets = [
                a for a in praisers(d.clause, index) if a.code and not same_party(a.code, mine)
            ] or d.targets
        if (
            (
                d.code[:2] == INTENT_ROOT
                # ("urge the international community to press for their release" asks no one coded)
                or (d.code == RELEASE_APPEAL and not d.targets and not _addressed(d.clause, patterns))
            )
            and not any(t.code for t in d.targets)
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
            and not ("any" in words and _for_anyone(d.clause))
            and not _together(d, mutual_words)
        ):
            # "The ICRC stands ready to facilitate further releases", "Guyana remains committed to a peaceful
            # settlement", "Japan has repeatedly requested his early release": the issuers' own readiness (or
            # appeal for a release) with no one named is for whom the statement is about (who holds him),
            # else for the parties of the conflict or talks it reported ("ready to support any step that
            # ..." is for no one in particular)
            own = party_keys(d.sources)
            meant: dict[str, Actor] = {}
            for a in (*counterpart, *parties):
                # (an intent is for a state or body, not for the armed forces that attacked: "Russian
                # missiles struck Kyiv. / Canada remains committed to ..." is not for RUSMIL)
                if a.code and not same_party(a.code, own) and ARMED.isdisjoint(a.sectors):
                    meant.setdefault(a.code, a)
            # (an uncoded one named, "assistance to the migrants", is no one the statement is about)
            if meant or d.targets:
                named = None
            elif d.code == RELEASE_APPEAL:
                # (who holds the prisoner, not the country named most: a statement about a detainee names
                # the detainee's own country most, "a French teacher ... French diplomats")
                named = detainer
            else:
                named = most_named_country(d.clause.i, index, own)
            if named:
                # (no event said whom: the country the statement named most before)
                meant[named] = Actor(
                    name=named,
                    code=named,
                    country=named,
                    sentence_index=sentence_index,
                    via="document-country",
                )
            d.targets = list(meant.values()) or d.targets
        if d.code == CONCERN_CODE and not any(t.code for t in d.targets):
            # "is deeply concerned by the escalation of violence in Mozambique", "the clashes between A and
            # B": a situation no one is named responsible for is about its parties, else its country; not
            # the speaker's own ("concerned about the housing shortage in Toronto" said by Canada is no act
            # against itself, as _domestic_target holds for the issuers)
            mine = party_keys(d.sources)
            d.targets = [
                a
                for a in situation_parties(
                    [d.match.token, *d.match.words, d.clause],
                    _preps(d.match.pattern.targets, patterns.words("verb_target_preps")),
                    index,
                    patterns.words("situation_nouns"),
                )
                if not same_party(a.code or "", mine)
            ] or d.targets
        if (
            d.code[:2] == WELCOME_ROOT
            and d.match.token.pos_ == "VERB"
            and _only_places(d.targets, d.match.token, index)
        ):
            # "welcomes the signing in Pretoria of an agreement ... between Ethiopia and the TPLF": the parser
            # hangs the "between" phrase on the verb's other phrases; those who signed, not the place
            d.targets = welcomed_between(d.match.token, index) or d.targets
        if (
            d.code[:2] == AID_ROOT
            and not d.targets
            and reported_by.get(i) is None
            and _issuers_speak(d.sources, issuers, [])
            and not _given_to_someone(d.clause)
        ):
            # "The Government is providing humanitarian assistance" in a statement about a cyclone in Tonga:
            # the issuers' own aid naming no one (not even "to the migrants") goes to the country the
            # statement named most before (not whom it judged: aid is not aimed at the wrongdoer; the
            # statement's counterpart holds the parties it judged or sanctioned, EV18b)
            named = most_named_country(d.clause.i, index, party_keys(d.sources) | party_keys(counterpart))
            if named:
                d.targets = [
                    Actor(
                        name=named,
                        code=named,
                        country=named,
                        sentence_index=sentence_index,
                        via="document-country",
                    )
                ]
        if (
            d.code[:2] == "17"
            and d.targets
            and not any(t.code for t in d.targets)
            and _state_doers(d)
            and _only_country_besides(sent, index, d.sources, party_keys(issuers))
        ):
            # "the arbitrary arrests of presidential pre-candidates X, Y and Z by the regime": a state's
            # coercion of people the dictionaries do not know is aimed at its own country, as with none named
            d.targets = []
        if d.code == PROTECTION_CODE and d.clause.pos_ == "VERB":
            # "deployed 2,000 soldiers to northern Mali to help Malian forces": the protected are whom the
            # purpose infinitive helps, not the armed men sent (EV18b; the sent force is dropped as in 154)
            helped = [a for a in helped_parties(d.clause, index) if a.code]
            if helped:
                d.targets = helped
            elif d.targets and _own_forces(d):
                d.targets = []
        if d.code[:2] == SHOW_OF_FORCE_ROOT and d.targets and _own_forces(d):
            # "the government deployed the army in Dhaka": the forces a state deploys or puts on alert are
            # what it shows, not whom it shows them to ("troops deployed to the border with X" keep X)
            d.targets = []
        if d.code[:2] == SHOW_OF_FORCE_ROOT and not any(t.code for t in d.targets):
            # "launched a ballistic missile ..., which flew over Japan": shown to whom it flew over
            d.targets = _flown_over(d.clause, index) or d.targets
        if d.code[:2] == SHOW_OF_FORCE_ROOT and not any(t.code for t in d.targets) and d.sources:
            # (NW26) "deployed troops near its border with Guyana", "flew a patrol over the Sea of Japan":
            # shown to the country of the border or the place the forces go to
            home = {_country_of(a) for a in d.sources}
            d.targets = mobilised_towards(d.clause, home, index) or d.targets
        if not d.targets and d.code[:2] in FORCE_ROOTS and d.code[:2] in DOMESTIC_ROOTS and d.sources:
            # "the attack carried out by the Houthi militia on civilian facilities in Abu Dhabi": force used
            # abroad is aimed at the country where it struck, not at the doers' own
            carriers = [c for c in d.match.token.children if c.dep_ == "acl"]
            d.targets = places_abroad(
                [d.match.token, *d.match.words, *carriers],
                {_country_of(a) for a in d.sources},
                patterns.words("location_preps"),
                index,
            )
        if d.code.startswith(EMBARGO_CODE) and not any(t.code for t in d.targets) and d.sources:
            # "impose additional duties on a list of US products": whose goods they are
            mine = party_keys(d.sources)
            d.targets = [
                a
                for a in goods_origins([d.match.token, *d.match.words], index)
                if not same_party(a.code or "", mine)
            ] or d.targets
        if (
            d.sources
            and all(a.code for a in d.sources)
            and (not any(t.code for t in d.targets) or _only_places(d.targets, d.match.token, index))
        ):
            # "MSF condemns the bombing of its hospital in Kunduz by US aircraft", "the withdrawal of French
            # forces from its territory" in Chad's statement: the possessor another party's act is done to
            d.targets = (
                owner_by_pronoun([d.match.token, *d.match.words], frozenset(coded_keys(d.sources)), index)
                or d.targets
            )
        if d.code[:2] == REDUCED_RELATIONS_ROOT and d.sources:
            # "recalled the German ambassador in Tehran to Berlin": an envoy of the doers' own is recalled
            # from the country where it serves, not aimed at its own state
            mine = party_keys(d.sources)
            if not any(t.code and not same_party(t.code, mine) for t in d.targets):
                objects = [c for c in d.match.token.children if c.dep_ == "dobj"]
                d.targets = (
                    places_abroad(
                        [*objects, *d.match.words],
                        {_country_of(a) for a in d.sources},
                        ENVOY_PLACE_PREPS,
                        index,
                    )
                    or d.targets
                )
        d.targets = _conjunct_victims(d, drafts) or _domestic_target(d, issuers)
        d.targets = _not_at_itself(d)
        if _repression(d):
            d.code, suffix = "175", f"{suffix}+repression"
        if _meets_itself(d) and reported_by.get(i) is None and _issuers_speak(d.sources, issuers, []):
            # "We also discussed recent developments", "The Cabinet Committee met this evening" in the
            # government's own statement: the issuers meeting among themselves is a formula, no consultation
            continue
        if _qualifies_another_act(d, ordered_drafts):
            # "will respond to this illegal act", "hold Ecuador accountable for its violations of
            # international law": a judgement word inside the object of the speaker's own act is part of it
            continue
        if (
            d.match.pattern.kind == "eval"
            and d.code[:2] == "11"
            and not d.targets
            and d.modality in {"asserted", "historical"}
        ):
            # a judgement of no one ("acts of terrorism are unjustifiable", "the charges are baseless" with no
            # one who brought them) has no dyad; a warning of what may happen ("may complicate relations")
            # stays, as the warning it is
            continue
        if (
            not d.targets
            and (d.how == "participants" or (d.how == "nominal" and _between_phrase(d.match.token)))
            and len({a.code for a in d.sources if a.code}) > 1
        ):
            # "fighting between A and B", "an agreement reached between A and B": each does it to the other
            d.targets = list(d.sources)
        if (
            # (a target given the sentence's one country is no one named: "released 120 prisoners"; the
            # statement's country is: "willing to support the efforts that benefit the Venezuelan people")
            not any(t.code and t.via != SENTENCE_COUNTRY for t in d.targets)
            and d.code[:2] in JOINT_ACT_ROOTS
            and _two_sides(d.sources)
            and not (d.targets and all(a.via in ISSUER_VIAS for a in d.sources))
            # ("Ghana and Togo agreed to support the transition" supports no one of them)
            and (d.code.startswith(MEETING_CODES) or not _agreed_on_another(d.match.token, mutual_words))
        ):
            # "Guyana and Venezuela agreed that ...", "the two sides will meet again", "A and B released 900
            # detainees in an exchange": two or more who agree, meet, cooperate or yield together with no one
            # else named do it with each other
            d.targets = list(d.sources)
        if (
            ("other" in words or "another" in words)
            and not any(t.code for t in d.targets)
            and len({a.code for a in d.sources if a.code}) > 1
            and each_other(d.clause)
        ):
            # "Our countries stand ready to provide each other with any support": each to the others
            d.targets = list(d.sources)
        # No codable actor, no event: a source is required and someone in the dyad must have a code. One
        # exception: an asserted verb event whose grammatical subject (or "by" agent) is a generic agent that
        # CAMEO codes by its sector alone ("Suspected rebels killed twelve villagers": REB, no country).
        if not any(a.code for a in [*d.sources, *d.targets]) and not _sector_agent(d):
            continue
        if (
            not d.sources
            and not (
                d.how == "unknown-agent"
                and d.modality in {"asserted", "historical"}
                and any(a.code for a in d.targets)
            )
            and not _kept_agentless(d, index)
        ):
            continue
        if not d.sources and any(
            not e.sources
            and e.cameo_root == d.code[:2]
            and _same_victims(e.targets, d.targets, by_country=d.match.pattern.kind == "verb")
            for e in events
        ):
            # "condemned the killing of X, who was shot dead in Y": one act by an unknown hand, told twice
            continue
        key = (
            d.code,
            tuple(sorted(a.code or a.name for a in d.sources)),
            tuple(sorted(a.code or a.name for a in d.targets)),
            d.negated,
            d.modality if d.modality == "asserted" else "non-asserted",
        )
        if key in seen:
            continue
        seen.add(key)
        start, end = _trigger_span(d.match)
        plover, mode, context = plover_of(d.code)
        events.append(
            Event(
                id=event_id(document.id, sentence_index, start, d.code),
                sentence_index=sentence_index,
                start=start,
                end=end,
                trigger=document.text[start:end],
                sentence=sent_text,
                cameo=d.code,
                cameo_root=d.code[:2],
                cameo_name=cameo_name(d.code),
                plover=plover,
                plover_mode=mode,
                plover_context=context,
                sources=list(d.sources),
                targets=list(d.targets),
                negated=d.negated,
                modality=d.modality,
                reported_by=reported_by.get(i),
                pattern=d.match.pattern.id + suffix,
                confidence=round(max(0.05, _confidence(d) - (0.05 if suffix else 0.0)), 2),
            )
        )
        if id(d) in warned:
            warnings.append((events[-1], warned[id(d)]))
        if d.code[:3] == BLAME_CODE and any(t.code for t in d.targets):
            blamed.add(d.clause.i)
        if len(events) >= MAX_EVENTS_PER_SENTENCE:
            break
    if warnings:
        # "Iran warned that Washington would bear full responsibility": the warning is that blame, coded
        dropped = [e for e, clause in warnings if clause in blamed]
        events = [e for e in events if not any(e is x for x in dropped)]
    return events


# What an act of force did to people: "... killed", "... injured" (the 182 of "injure", 1823, mass killing).
HARM_CODES = frozenset({"182", "1823", "202"})


def _without_told_outcomes(coded: list[Event], before: Sequence[Event]) -> list[Event]:
    """ "Police fired live ammunition at protesters, and eight people were killed"; "The junta bombed the
    village. More than a hundred people were killed.": an agentless killing or wounding told with, or right
    after, an act of force whose doer is named is what that act did, not a second act by no one."""
    asserted = {"asserted", "historical"}
    acts = (e for e in (*before, *coded) if e.cameo_root in FORCE_ROOTS and e.sources)
    if not any(e.modality in asserted for e in acts):
        return coded
    return [
        e for e in coded if e.sources or e.cameo not in HARM_CODES or e.negated or e.modality not in asserted
    ]


def _without_acts_told_again(
    coded: list[Event], before: Sequence[Event], patterns: PatternSet
) -> list[Event]:
    """ "Ethiopia attacked Kenyan soldiers on Monday. The Commission condemns the attack on Kenyan soldiers.":
    an act of violence named by a noun with no doer, repeating an earlier act of the document (same root, same
    targets), is that act told again, not a second one."""
    again = [
        e
        for e in coded
        if not e.sources
        and e.cameo_root in VIOLENT_ROOTS
        and any(
            b.cameo_root == e.cameo_root
            and not b.negated
            and _target_codes(b.targets)
            and _target_codes(b.targets) == _target_codes(e.targets)
            for b in before
        )
    ]
    if not again:
        return coded
    nouns = {p.id for p in patterns.patterns if p.kind == "noun"}
    dropped = {id(e) for e in again if e.pattern in nouns}
    return [e for e in coded if id(e) not in dropped]


def _without_outcomes(drafts: list[_Draft]) -> list[_Draft]:
    """ "Troops shelled the town, killing five civilians": the killing is what the shelling did, one act and
    one event; a free -ing adjunct of a coded act of force that is itself force is its outcome, not a second
    event."""
    asserted = {"asserted", "historical"}
    acts = {d.clause.i for d in drafts if d.code[:2] in FORCE_ROOTS and d.modality in asserted}
    if not acts:
        return drafts
    return [d for d in drafts if not (d.code[:2] in FORCE_ROOTS and _outcome_of(d.clause, acts))]


def _outcome_of(clause: Token, acts: set[int]) -> bool:
    """The clause is a free -ing adjunct, after a comma, of one of the acts' verbs."""
    if clause.tag_ != "VBG" or clause.dep_ not in {"advcl", "conj", "xcomp"} or clause.head.i not in acts:
        return False
    edge = clause.left_edge.i
    return clause.head.i < edge and edge > 0 and clause.view.tokens[edge - 1].text == ","


def _subject_parties(
    sent: Span, coded: Sequence[Event], index: ActorIndex, own: frozenset[str]
) -> list[Actor]:
    """The other party a sentence that coded nothing is about: its main clause's subject ("Iran has also
    continued its enrichment of uranium" → "These steps undermine ..." next judges Iran)."""
    if coded or not len(sent):
        return []
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return []
    toks, how = subject_tokens(root)
    if how != "subject":
        return []
    return other_parties([a for t in toks for a in actors_of_phrase(t, index)], own)


def _main_subject(sent: Span, index: ActorIndex) -> tuple[list[Actor], bool | None]:
    """The coded actors a sentence's main clause names as its subject (a noun, not a pronoun), and whether
    that subject is plural ("Ethiopia said ..." → Ethiopia, singular)."""
    if not len(sent) or sent.root.pos_ not in {"VERB", "AUX"}:
        return [], None
    toks, how = subject_tokens(sent.root)
    if how != "subject" or not toks or toks[0].pos_ not in {"NOUN", "PROPN"}:
        return [], None
    actors = [a for t in toks for a in actors_of_phrase(t, index) if a.code]
    return actors, _plural_phrase(toks[0])


def _pronoun_referents(
    sent: Span, subject: tuple[list[Actor], bool | None], index: ActorIndex, own: frozenset[str]
) -> dict[str, list[Actor]]:
    """Whom an addressed "it"/"them" in the next sentence stands for (roles.addressed_pronoun): this
    sentence's main subject, when its number agrees and it is not the issuers' side; for "them" else the
    last plural noun phrase (with its conjuncts) naming coded actors ("Clashes broke out in Bamako between
    protesters and soldiers. We urge them to ..." → the protesters and the soldiers)."""
    out: dict[str, list[Actor]] = {}
    actors, plural = subject
    actors = other_parties(actors, own)
    if actors:
        if plural is not True:
            out["it"] = actors
        if plural is not False:
            out["them"] = actors
    if "them" in out or len(sent) > MAX_SENTENCE_TOKENS:
        return out  # (a flattened table or list is no prose to point back to)
    for i in range(sent.end - 1, sent.start - 1, -1):
        tok = sent.view.tokens[i]
        if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ == "compound":
            continue
        head = tok
        while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        found = other_parties([a for t in conjuncts(head) for a in actors_of_phrase(t, index)], own)
        if found:
            out["them"] = _dedupe_codes(found)
            break
    return out


def _next_words(sents: list[Span], k: int, view: DocView) -> frozenset[str]:
    """The lower-case words of the first sentence after the k-th that is not blank."""
    for sent in sents[k + 1 :]:
        words = view.lowers[sent.start : sent.end]
        if any(w.strip() for w in words):
            return frozenset(words)
    return frozenset()


def _dedupe_codes(actors: list[Actor]) -> list[Actor]:
    """The first mention of each code."""
    out: dict[str | None, Actor] = {}
    for a in actors:
        out.setdefault(a.code, a)
    return list(out.values())


def _person_subject(sent: Span, index: ActorIndex, person_nouns: frozenset[str]) -> list[Actor]:
    """The coded actors of a sentence's main subject when it names one person: a person's name, or a
    singular noun of a person (grammar.yaml ``person_nouns``: "The Japanese minister met Wang Yi")."""
    if not len(sent) or sent.root.pos_ not in {"VERB", "AUX"}:
        return []
    toks, how = subject_tokens(sent.root)
    if how != "subject" or len(toks) != 1:
        return []
    head = toks[0]
    if len(conjuncts(head)) > 1 or head.tag_ not in {"NN", "NNP"}:
        return []
    if head.ent_type_ != "PERSON" and not (head.pos_ == "NOUN" and lemma(head) in person_nouns):
        return []
    return [a for a in actors_of_phrase(head, index) if a.code]


def _plural_phrase(head: Token) -> bool | None:
    """A noun phrase is plural ("troops", "A and B"), singular ("Ethiopia", "the army"), or either (a plural
    name: "the United States", "the Philippines")."""
    if len(conjuncts(head)) > 1 or head.tag_ == "NNS":
        return True
    return None if head.tag_ == "NNPS" else False


def _opening_referent(
    sent: Span,
    subject_before: tuple[list[Actor], bool | None],
    antecedent: Sequence[Actor],
    view: DocView,
    person_before: Sequence[Actor] = (),
) -> Sequence[Actor] | None:
    """Whom "It"/"They" opening a sentence stands for: the previous sentence's main subject, else whoever
    acted last, the first whose number agrees ("Ethiopia said Eritrean troops had withdrawn. It accused them
    of looting": Ethiopia, not the troops). None when the sentence opens otherwise or nothing agrees (the
    caller then keeps whoever acted last). A "He"/"She" main subject stands for ``person_before``, the
    previous sentence's subject when it names one person (_person_subject), not the first person that
    sentence named ("The Japanese minister met Wang Yi. He urged China ..." is the minister)."""
    if not len(sent):
        return None
    first = sent.view.tokens[sent.start]
    if (
        person_before
        and sent.root.pos_ in {"VERB", "AUX"}
        and any(c.lower_ in PERSON_PRONOUNS and c.dep_ in {"nsubj", "nsubjpass"} for c in sent.root.children)
    ):
        # "He"/"She" as the main subject after a sentence whose subject was one person
        return person_before
    if first.lower_ not in {"it", "they"} or first.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    want = first.lower_ == "they"
    actors, plural = subject_before
    if actors and plural in {None, want}:
        return actors
    if antecedent and _plural_actors(antecedent, view) in {None, want}:
        return antecedent
    return None


def _agrees(pronoun: str, actors: Sequence[Actor], view: DocView) -> bool:
    """A plural pronoun ("they") may stand for a plural or coordinated mention, "it" for a singular one; a
    plural name ("the United States") or a mention of unknown number fits both; "he", "she", "I" are not
    judged."""
    if pronoun not in {"it", "they"}:
        return True
    plural = _plural_actors(actors, view)
    return plural is None or plural == (pronoun == "they")


def _plural_actors(actors: Sequence[Actor], view: DocView) -> bool | None:
    """Whether mentions name several (two codes, or a plural noun), one, or cannot tell."""
    if len({a.code for a in actors}) > 1:
        return True
    mention = actors[0]
    if mention.start is None or mention.end is None:
        return None
    bounds = view.char_span_bounds(mention.start, mention.end)
    if bounds is None or bounds[1] <= bounds[0]:
        return None
    return _plural_phrase(view.tokens[bounds[1] - 1])


def code_events(document: Document, sdoc: Doc, actors: list[Actor], patterns: PatternSet) -> list[Event]:
    """Return the events coded in a parsed document."""
    if not patterns.by_lemma:
        patterns.index()
    index = ActorIndex(actors, sdoc, patterns.words("owned_nouns"))
    index.intention_nouns = patterns.words("intention_nouns")
    index.violent_acts = patterns.words("violent_acts")
    index.force_verbs = patterns.words("relative_force_verbs")
    index.assailant_nouns = patterns.words("assailant_nouns")
    index.attribution_verbs = patterns.words("attribution_verbs")
    index.presumed_verbs = patterns.words("presumed_identity_verbs")
    index.telling_verbs = patterns.words("telling_verbs")
    index.person_nouns = patterns.words("person_nouns")
    index.about(actors, document.issuers)
    own = party_keys(document.issuers)
    starts = _sentence_index(document)
    events: list[Event] = []
    fallback = 0
    antecedent: list[Actor] = []
    subject_before: tuple[list[Actor], bool | None] = ([], None)
    counterpart = Counterpart(own)
    parties = Parties(own)
    held: list[str] = []  # the countries of the arrests, detentions and sentences told so far
    view = doc_view(sdoc)
    counts = _WordCounts(view)
    # sentences whose issuers' judgement or demand came before the statement named whom it is about
    waiting: list[int] = []
    again: dict[int, tuple[Span, Sequence[Actor], Sequence[Actor] | None, dict[str, list[Actor]]]] = {}
    referents: dict[str, list[Actor]] = {}
    person_before: list[Actor] = []
    person_nouns = patterns.words("person_nouns")
    told_before: list[Event] = []  # the events of the sentence before
    culprits: list[Actor] = []  # who did the last act of force told so far (not the issuers)
    told_doers: list[Actor] = []  # who did the last act told so far (the issuers too)

    def code_in_context(
        sent: Span,
        s_index: int,
        before: Sequence[Actor],
        about: Sequence[Actor],
        opening: Sequence[Actor] | None,
        referents: dict[str, list[Actor]],
        waits: list[int] | None = None,
    ) -> list[Event]:
        """Code one sentence with its country, the parties and whom the statement is about so far."""
        index.in_context(sent)
        parties.apply(sent, index, s_index)
        return code_sentence(
            document,
            sent,
            s_index,
            index,
            patterns,
            counts,
            before,
            about,
            waits,
            opening,
            parties.actors,
            referents,
            held[-1] if held else None,
            culprits,
            told_doers,
        )

    sents = view.sents
    for k, sent in enumerate(sents):
        text = _span_text(sent)
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        s_index = starts.get(sent.start_char + lead, fallback)
        fallback = s_index + 1
        opening = _opening_referent(sent, subject_before, antecedent, view, person_before)
        coded = code_in_context(sent, s_index, antecedent, counterpart.actors(), opening, referents, waiting)
        coded = _without_told_outcomes(coded, told_before)
        coded = _without_acts_told_again(coded, events, patterns)
        told_before = coded
        if waiting and waiting[-1] == s_index and s_index not in again:
            again[s_index] = (sent, antecedent, opening, referents)
        subject_before = _main_subject(sent, index)
        # whom a pronoun of the next sentence may stand for, worked out only when that sentence has one
        following = _next_words(sents, k, view)
        person_before = _person_subject(sent, index, person_nouns) if following & PERSON_PRONOUNS else []
        referents = _pronoun_referents(sent, subject_before, index, own) if following & {"it", "them"} else {}
        events.extend(coded)
        antecedent = antecedent_actors(coded, own) or _subject_parties(sent, coded, index, own) or antecedent
        told_doers = last_doers(coded) or told_doers
        held.extend(
            a.code[:3]
            for e in coded
            if e.cameo[:3] in DETENTION_CODES and not e.negated
            for a in e.sources[:1]
            if a.code and not same_party(a.code, own) and a.code[:3] not in INTERNATIONAL
        )
        for e in coded:
            doers = [a for a in e.sources if a.code and not same_party(a.code, own)]
            # (violence: an arrest told after the killings is no act an inquiry into them looks at)
            violent = e.cameo_root in FORCE_ROOTS - {"17"} or e.cameo.startswith(REPRESSION_CODE)
            if violent and not e.negated and e.modality == "asserted" and doers:
                culprits = doers
        counterpart.note(coded)
        parties.note(coded)
        parties.note_between(sent, index)
    about = counterpart.actors()
    if again and about:
        # "It is unacceptable to allow these acts" as a statement's first words, before it says whom it
        # speaks of: a reader of the whole statement aims it at whom the statement turns out to be about
        for s_index, (sent, before, opening, referents) in again.items():
            recoded = code_in_context(sent, s_index, before, about, opening, referents)
            # the sentence's events in its place, the others in their order
            at = next((k for k, e in enumerate(events) if e.sentence_index >= s_index), len(events))
            events = events[:at] + recoded + [e for e in events[at:] if e.sentence_index != s_index]
    return events
