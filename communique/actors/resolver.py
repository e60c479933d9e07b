"""Resolve actor mentions in a parsed document to CAMEO-style codes.

One pass per sentence: greedy longest dictionary match over folded lowercase words (the last word is also
tried in its singular), then composition and context:

- **agents with a country**: "Belarusian troops" → ``BLRMIL``, "the incumbent government of Kazakhstan" →
  ``KAZGOV``, "Russia's foreign ministry" → ``RUSGOV``; "CSTO troops" → ``IGOCSTOMIL`` (an organisation's
  officials are the organisation itself: "NATO officials" → ``IGONATO``).
- **compounds**: "Hungarian and Romanian officials" → two actors, ``HUNGOV`` and ``ROUGOV``, that *both* carry
  the full span "Hungarian and Romanian officials". Actors with an identical span are one compound (the same
  convention as "we" → one actor per issuer with the pronoun's span), so an event coder takes all actors at a
  token as one compound source or target and never duplicates a dyad.
- **we/us/our/ourselves** → one actor per document issuer (``via="pronoun"``); "our country" → the issuers'
  country, "our people" → that country + ``CVL``, "our government" → + ``GOV``.
- **context**: "the country", "the government", "the authorities" (agents marked ``context: true``) take the
  country mentioned in the same sentence before them, else in the previous sentence, if exactly one country
  is mentioned there; otherwise they stay unresolved (``via="context"`` when resolved).
- **titles**: "President Tokayev", "Russian Foreign Minister Sergei Lavrov" → one actor spanning title and
  name, coded by the person's office on the document date (``via="title"``); an unknown name after a
  country title ("Kazakh President X") takes the title's code.
- **unresolved**: spaCy PERSON/ORG/NORP/GPE entities no dictionary entry covers, and generic agents with no
  country, are reported with ``code: None`` (agents keep their sectors), never dropped, never guessed.

Work per sentence is bounded: at most ``MAX_SENTENCE_TOKENS`` tokens are scanned, each with a few dict
lookups; dictionary names are at most 12 words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Token as SpacyToken

from communique.actors.keys import organisation_key
from communique.actors.kinds import kind_at, name_words, split_camel
from communique.actors.loader import (
    ActorDictionary,
    ActorEntry,
    Candidate,
    _tok_lock,
    _tokenizer,
    fold,
    fold_all,
    singular,
    split_code,
)
from communique.actors.shared import load_shared_names
from communique.actors.words import load_court_seats, load_words
from communique.model import Actor, Document
from communique.nlp.view import DocView, doc_view
from communique.nlp.view import ViewSpan as Span
from communique.nlp.view import ViewToken as Token

MAX_SENTENCE_TOKENS = 2000
# How many earlier sentences "the government" may look back for the country it belongs to.
CONTEXT_SENTENCES = 3
MAX_NAME_CHARS = 500
# No word of a real name is longer; the tokenizer is slow on long unbroken runs (emoji, symbols).
MAX_WORD_CHARS = 64
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Entities that are dates and amounts: a dictionary name wholly inside one is not an actor.
NUMBER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Crowds named by their number ("Thousands marched"): the words, the roles they are people in, what may
# stand before them, and the prepositions after which a number is the people an action is aimed at.
CROWD_WORDS = frozenset(
    {"thousands", "hundreds", "dozens", "millions", "scores", "tens", "hundred", "thousand", "million"}
)
CROWD_RE = re.compile(
    r"(?<![\w.,$€£])(?:thousands?|hundreds?|dozens|millions?|scores|tens|\d{1,3}(?:,\d{3})+|\d{2,9})(?![\w%])",
    re.IGNORECASE,
)
CROWD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
CROWD_PREPS = frozenset({"on", "at", "against", "upon", "among"})
CROWD_MODS = frozenset({"advmod", "quantmod", "nummod", "compound", "amod", "det"})
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})
# Misspelt country names: only words this long, tagged by the parser as one of these entity types.
FUZZY_MIN_CHARS = 6
FUZZY_ENTITIES = frozenset({"GPE", "NORP", "LOC", "ORG"})
# Word lists (data/actors/words.yaml, one key per constant below).
_WORDS = load_words()
# Real names one letter away from a country's: not misspellings of it.
NOT_MISSPELT = _WORDS["not_misspelt"]
CHANNEL_WORDS = _WORDS["channel_words"]
CHANNEL_GAPS = _WORDS["channel_gaps"]
# Last words of an office named as an organisation's alias ("UN Secretary-General", "UN chief").
OFFICE_WORDS = _WORDS["office_words"]
FORMER_WORDS = _WORDS["former_words"]
GROUP_WORDS = _WORDS["group_words"]
REB_WORDS = _WORDS["reb_words"]
PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
# "I condemn ...": the issuer speaking in its own voice (a person's statement, a minister's remarks); inside a
# quote it is whoever the quote is attributed to (left to the event stage's reporter).
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "``", "''"})
ALL_PRONOUNS = PRONOUNS | FIRST_SINGULAR
# Verbs that attribute a quote to its speaker.
QUOTE_VERBS = frozenset({"say", "add", "tell", "state", "declare", "stress", "note", "write", "explain"})
ISSUER_PRONOUNS = frozenset({"he", "she", "it", "they"})
PERSON_PRONOUNS = frozenset({"he", "she"})
# Names of a group of states that a joint statement's issuers call themselves by ("The Troika calls on ...").
GROUP_OF_ISSUERS = _WORDS["group_of_issuers"]
# Counts that may name as many issuers ("the three mediators" of a three-state statement).
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# Title words in an issuer's name that make it a person, whom "He"/"She" may name ("Secretary-General of the
# United Nations", "Prime Minister of X"); bodies ("Amnesty International", "Ministry of ...") are "It".
PERSON_ISSUER_WORDS = _WORDS["person_issuer_words"]
# The words by which a statement names its own issuer without its name: the kind of body it is and the title
# of its head, by the issuer's kind ("The Bloc" for the EU, "The Mission" for a delegation, "The Minister" in
# a ministry's statement, "The Chairperson" in a commission's). Each is the issuer only when capitalised as
# statements write themselves and when the statement has named no other body or person by that word.
_HEAD_TITLES = ("chair", "chairperson", "chairman", "chairwoman", "president", "secretary", "general",
                "spokesperson", "spokesman", "spokeswoman", "director", "executive")  # fmt: skip
_SPOKES = ("spokesperson", "spokesman", "spokeswoman")
# Kind words that only qualify a title ("Executive Director", "Special Envoy"): alone, not the issuer's head.
TITLE_MODIFIERS = frozenset({"executive", "general", "special", "high", "foreign", "prime", "federal"})
# The agent entries of a body's voice: "Spokesperson X said" in a ministry's statement is its own.
SPOKES_AGENTS = frozenset({"spokesperson"})
# ... and of an organisation's head named by office alone: "The Secretary-General welcomed ..." in the Arab
# League's statement is its own (in a state's statement it stays unknown: mostly the UN's, NOT_LOCATED).
ORG_HEAD_AGENTS = frozenset({"secretary-general"})
# (its words of a secretariat's head: not the special rapporteurs and high commissioners the entry also names,
# who are the UN's in other bodies' statements)
HEAD_OFFICE_WORDS = frozenset({"secretary", "director", "secretary-general", "director-general"})
KIND_WORDS = {
    # ("The Secretary" is a state's secretary of state; "the Secretary-General" in its statement is the UN's)
    "state": frozenset(
        {"ministry", "government", "office", "embassy", "mission", "delegation", "department", "presidency",
         "cabinet", "administration", "minister", "foreign", "prime", "president", "kingdom", "sultanate",
         "federal", "secretary", *_SPOKES}
    ),
    "igo": frozenset(
        {"council", "commission", "union", "bloc", "organisation", "organization", "secretariat", "mission",
         "delegation", "office", "presidency", "assembly", "committee", "authority", "alliance", "community",
         "group", "court", "high", "representative", "commissioner", "envoy", "special", "rapporteur",
         "prosecutor", *_HEAD_TITLES}
    ),
    "ngo": frozenset(
        {"organisation", "organization", "office", "committee", "federation", "network", "coalition",
         "foundation", "movement", "centre", "center", "board", "secretariat", *_HEAD_TITLES}
    ),
    "party": frozenset(
        {"party", "movement", "alliance", "coalition", "front", "bloc", "leadership", "leader", *_HEAD_TITLES}
    ),
}  # fmt: skip
# "The undersigned organisations call on ...", "the signatories": the issuers of a joint statement.
UNDERSIGNED = _WORDS["undersigned"]
# Nouns of travel whose "from"/"to" phrase names where someone comes from or goes to, not where the
# sentence's act happens ("on his return from a conference in South Africa").
TRAVEL_NOUNS = _WORDS["travel_nouns"]
# Words that introduce the examples of a group named before them ("partners, including X and Y").
EXAMPLE_WORDS = frozenset({"including", "notably", "especially", "particularly", "namely"})
# Words that put an agent on the side of the actor named after them ("forces loyal to X", "detainees
# affiliated with Y"), followed by "to" or "with".
ALLEGIANCE_WORDS = _WORDS["allegiance_words"]
# Prepositions after a body's head word ("Centre for ...", "Court of ..."): its kind comes before them.
BODY_HEAD_STOPS = frozenset({"for", "of", "on", "in", "to", "against"})
# Participles by which a group names whom it follows: "a delegation led by X", "the team headed by Y".
LED_WORDS = frozenset({"led", "headed", "commanded"})
# Words from a diplomat to the "interests" of the state its country protects: "..., which represents the
# interests of the United States", "..., as the protector of US interests".
PROTECTOR_SPAN = 12
# How a diplomat stands to the verb an "as" phrase may hang on ("the Swiss envoy, as the protector of US
# interests, was summoned"), and the subjects of a relative clause that is the diplomat's own.
DIPLOMAT_VERB_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# The offices a country holds for an organisation ("As Chair of ASEAN, Malaysia ...").
CHAIR_WORDS = _WORDS["chair_words"]
OWN_TEXT_WORDS = frozenset({"this", "these", "our", "present"})
# Function words of other languages inside a name written in it ("Union pour la paix", "Frente para la ...").
NAME_PARTICLES = _WORDS["name_particles"]
# Nouns that end the name of a text ("the Cessation of Hostilities Agreement"): an unknown name so ended is a
# text, not an actor.
NAMED_TEXTS = _WORDS["named_texts"]
# ... and the kind words a statement writes in lower case for itself ("the organisation urges ...").
LOWER_KIND_WORDS = frozenset({"organisation", "organization"})
# Head words by which a statement names again a body it named in full ("the Court", "the Alliance"); "bloc"
# and "alliance" also in lower case ("the bloc said"); "the Bloc" is the last international organisation.
SHORT_BODY_WORDS = _WORDS["short_body_words"]
EUROPEAN_UNION_WORDS = _WORDS["european_union_words"]
# The organs an international body's communiqué names itself by, with no article ("Summit urged ...").
ORGAN_WORDS = _WORDS["organ_words"]
FACILITY_NOUNS = _WORDS["facility_nouns"]
# Nouns after which a city's or capital's name names a street, in either case ("her home in San José
# street", "the embassy on Baghdad Street"): no actor and no place of the sentence.
STREET_NOUNS = _WORDS["street_nouns"]
# Nouns and verbs of a state dealing with a body as another party ("cooperation with the court").
DEALING_WORDS = _WORDS["dealing_words"]
# The sectors of a state's bodies a capital's name right before them places there ("a Managua court", "the
# Moscow police", "Tehran authorities"); other agents ("Caracas students") are left to the event roles.
CAPITAL_BODY_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
# ... and a body's standing, which a state accepts or rejects ("rejected the court's jurisdiction").
JURISDICTION_NOUNS = _WORDS["jurisdiction_nouns"]
# Acts that punish another ("sanctions on officials of the government"): never the punisher's own agents.
PUNITIVE_WORDS = _WORDS["punitive_words"]
# Ways that join two places ("the bridge between Windsor and Detroit"): either end may lie abroad.
CROSSING_NOUNS = _WORDS["crossing_nouns"]
EUROPEAN_UNION_ENTRY = "eu"
# The capital that news names the European Union by when it acts ("Brussels brandished the threat of
# sanctions", "migrants assigned to it by Brussels"); as a place ("talks in Brussels") it stays Belgium's.
UNION_SEATS = _WORDS["union_seats"]
MOVE_PREPS = frozenset({"to", "from", "into", "via", "through", "toward", "towards"})
# "the court" and "the tribunal" too: news and statements write a court named before in lower case ("the
# warrant issued by the International Criminal Court ... cooperation with the court").
LOWER_SHORT_WORDS = frozenset({"bloc", "alliance", "court", "tribunal"})
# ... but a lower-case court after a place named since the body ("arrested in London ... the court sentenced
# him") is that place's court, unless the place is the body's seat ("a hearing in The Hague ... the court").
LOCAL_COURT_WORDS = frozenset({"court", "tribunal"})
COURT_SEATS = load_court_seats()  # (words.yaml court_seats: court code → the country it sits in)
BLOC_WORDS = frozenset({"bloc"})
SHORT_NAME_LOOKBACK = 300
# Mentions that only name again someone found before: no body of their own for a short name to point to.
REFERRING_VIAS = frozenset({"self-reference", "pronoun", "coreference", "issuer"})
# ... and those with a country only from the context: "the government" and "the court" given the country
# named last name no body of their own either ("the government's cooperation with the court" after "the
# International Criminal Court" and "flown to The Hague" is the ICC's court).
CONTEXT_VIAS = REFERRING_VIAS | {"context", "short-name"}
# Pronouns that take up a subject as a thing, a state ("Israel said it would ..."), or as a person.
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# Words after which a name's head has come ("Ministry of Foreign Affairs", "Office for the Coordination").
HEAD_STOPS = frozenset({"of", "for", "on", "to", "in", "and", "&"})
# Plurals of the nouns for a state: "the countries of the region" are several, never the one in context.
PLURAL_STATE_NOUNS = frozenset({"countries", "states", "nations"})
# Words before "Commissioner" that title a commissioner of another body than a commission's college (RV22):
# police, rights, election, refugee, county ... commissioners (resolver._commission_member).
OTHER_COMMISSIONERS = frozenset(
    {
        "police", "high", "county", "district", "city", "metropolitan", "provincial", "regional", "election",
        "electoral", "refugee", "refugees", "rights", "information", "privacy", "data", "prison", "prisons",
        "fire", "tax", "revenue", "customs", "insurance", "children's", "language", "languages",
    }
)  # fmt: skip
# Prepositions of the place where something happens ("In Kyiv, police said ...").
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across"})
# Munitions: named with no owner ("fired missiles", "drones struck the city") they are no actor; with one
# ("Russian missiles", "Hamas rockets") they name the owner's armed force (agents.yaml, weapon system).
MUNITIONS = _WORDS["munitions"]
# Plural agents that, opening a joint statement's sentence, are the co-signers' own people ("The foreign
# ministers of the three Baltic states met ...; They condemned ..."): their sectors.
COSIGNER_SECTORS = frozenset({"GOV"})
POSSESSIVE = frozenset({"our"})
# Words that may stand between a country modifier and its agent: "Belarusian senior officials".
GAP_WORDS = _WORDS["gap_words"]
# Person nouns after an agent word keep the agent's sectors: "intelligence officials", "army officers".
HEAD_NOUNS = _WORDS["head_nouns"]
# Acts an agent word before them names the doer of: "police abuse", "the military takeover", "army abuses"
# (the agent is a mention; "government policy", "military assistance" stay modifiers).
AGENT_ACTS = _WORDS["agent_acts"]
AGENT_FOLLOWERS = HEAD_NOUNS | AGENT_ACTS
# An adjective standing as a noun phrase's head ("we urge our faithful", "the wounded") is a noun.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
# Non-state agents that "in COUNTRY" locates: "protesters in Kazakhstan" → KAZOPP (not troops: often foreign).
IN_COUNTRY_SECTORS = frozenset(
    {"OPP", "REB", "CVL", "MED", "LAB", "EDU", "REL", "BUS", "NGO", "HLH", "CRM", "GOV", "COP", "JUD", "LEG"}
)
# Plural nouns of states or sides that, counted ("both", "the two", "all"), say an agent is of several
# ("the leaders of both countries"): no one country in context is theirs.
SEVERAL_STATE_NOUNS = PLURAL_STATE_NOUNS | {"sides", "parties", "governments", "neighbours", "neighbors"}
# The mark of places.yaml entries' ids ("GEO:places:103:4"): towns and regions, named by a proper noun.
PLACES_ID = ":places:"
# Of those, the nouns of parties set against or dealing with each other: never states who act as one.
SIDE_NOUNS = frozenset({"sides", "parties"})
# Words that, before a count ("the two countries", "these three states"), make it a plural named again.
COUNTED_DETERMINERS = frozenset({"the", "these", "those"})
# Acts two or more do to or with each other: their joint subjects are sides (``_acting_as_one``).
RECIPROCAL_WORDS = _WORDS["reciprocal_words"]
# Dependencies inside a proper name, up to its head ("the United States").
NAME_DEPS = frozenset({"compound", "amod", "det"})
# Agents that a sentence naming no country leaves in the country of the sentence before: people and bodies
# that act where they are, armed groups too (not troops, officials, envoys: they often act abroad).
LOCAL_SECTORS = frozenset(
    {"OPP", "CVL", "COP", "EDU", "LAB", "REL", "MED", "BUS", "HLH", "JUD", "LEG", "CRM", "REB"}
)
# Words of nationality two countries share (data/actors/shared_names.yaml): the document's choice codes them;
# the plurals that name both states after "two" or "both" ("the two Koreas"); and the state news means by a
# word of the pair when the document names neither.
_SHARED = load_shared_names()
AMBIGUOUS_NATIONALITIES = _SHARED.nationalities
PAIR_PLURALS = _SHARED.pair_plurals
AMBIGUOUS_DEFAULT = _SHARED.defaults
# The entry of a mention such an adjective leads and no country chose: no sentence's country is given to it.
AMBIGUOUS_NATIONAL = "ambiguous-nationality"
# Mentions no sentence's country is given to: envoys and embassies ("diplomats in Moscow" are usually foreign
# ones posted there), heads of bodies named by their office alone ("the Special Rapporteur criticised the
# Belarusian authorities", "the High Commissioner", "the Secretary-General": mostly international ones), and a
# mention whose nationality two countries share.
NOT_LOCATED = frozenset({"diplomat", "secretary-general", AMBIGUOUS_NATIONAL})
# Prepositions that attach an agent to the body it belongs to: "officials of the ANC", "ministers from
# Chile", "a spokesman for the army".
BELONG_PREPS = frozenset({"of", "from", "for"})
FOR_AGENTS = frozenset({"spokesperson"})
# ... and these words of other agents, who also act for the body named after "for" ("negotiators for the EU")
FOR_WORDS = _WORDS["for_words"]
# ... but not a representative with an envoy's title: "the Special Representative for Libya" is sent there.
ENVOY_TITLES = _WORDS["envoy_titles"]
# Capitals whose name another country's place shares: (the capital's country, the other country).
SHARED_PLACES = _SHARED.places
# Words by which a document shows which of several entries sharing a name it means ("RSF").
SENSES = _SHARED.senses
# Names for groups of states ("Baltic States") and their members: issuers named after them are each member.
STATE_GROUPS = _SHARED.state_groups
# "X-backed", "X-sponsored": X supports the group named after, it is not the group.
BACKING_WORDS = _WORDS["backing_words"]
# "Inter-American", "Ibero-American", "pan-American": a region's word, not the country's.
REGIONAL_PREFIXES = _WORDS["regional_prefixes"]
# "anti-American protesters": whom the agent is against, not who it is.
OPPOSING_PREFIXES = _WORDS["opposing_prefixes"]
# "the Kingdom", "the Sultanate": a state named before by a formal name holding the word.
STATE_FORM_WORDS = _WORDS["state_form_words"]
# "refugees fleeing Sudan": where refugees come from, which CAMEO codes them by.
FLIGHT_VERBS = _WORDS["flight_verbs"]
# The words of an office named alone ("High Representative", "Special Envoy", "Secretary-General").
OFFICE_TITLE_WORDS = _WORDS["office_title_words"]
# Words naming the document itself, which the NER model sometimes tags as a person or organisation.
DOCUMENT_WORDS = _WORDS["document_words"]
DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Possessives pointing back to a person or a state named before: "President X and his government".
OWNER_PRONOUNS = frozenset({"his", "her", "its"})
ARTICLES = frozenset({"the", "a", "an"})
CONJ = frozenset({"and", ",", "&", "or"})
POSSESSIVE_MARK = frozenset({"'s", "'", "’s", "’"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", ""})
PERSON_TITLE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "OPP", "COP", "SPY", "ELI"})
# The sector an unknown organisation's own name announces ("Adani Group" → BUS, "Dawn News" → MED).
ORG_SECTORS = {
    **dict.fromkeys(
        ("group", "company", "corporation", "corp", "inc", "ltd", "bank", "airline", "airway", "holding",
         "industry", "motor", "petroleum", "oil", "energy", "telecom", "mining", "steel", "enterprise"),
        "BUS",
    ),
    **dict.fromkeys(("university", "college", "school", "academy"), "EDU"),
    **dict.fromkeys(
        ("news", "time", "post", "tribune", "herald", "radio", "television", "tv", "broadcasting", "gazette",
         "daily", "newspaper"),
        "MED",
    ),
    "party": "PTY", "army": "MIL", "navy": "MIL", "court": "JUD", "tribunal": "JUD", "church": "REL",
    "union": "LAB",
}  # fmt: skip
# A border or a language named by a country adjective says where or what, not who acts ("fighting on the
# Thai border", "the use of the Russian language"). Not territory, airspace, waters or towns: "violated Greek
# airspace", "shelled a Lebanese town" are aimed at that country.
PLACE_NOUNS = _WORDS["place_nouns"]
# Documents and meetings named after the place they were made or held in ("the Lomé Declaration", "the Minsk
# agreements", "the Normandy format", "the Geneva talks"): the place's name there is not an actor.
NAMED_AFTER_PLACE = _WORDS["named_after_place"]
# Legal texts named after the organisation that wrote them ("the United Nations Charter", "the ECOWAS
# Supplementary Protocol", "the AU Constitutive Act"): the organisation is the text's author, not an actor.
# Not resolutions, treaties or declarations: "vetoed a Security Council resolution" is aimed at the Council.
NAMED_AFTER_AUTHOR = _WORDS["named_after_author"]
RELATION_NOUNS = _WORDS["relation_nouns"]
# Agents of the state, which a state speaking of them means as its own.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Groups outside the state whose speakers and leaders are theirs ("a spokesman for the rebels").
NON_STATE_SECTORS = frozenset({"REB", "OPP", "PTY", "LAB", "REL", "BUS", "NGO", "MED", "CRM", "RAD"})


def parse_date(value: str | None) -> dt.date | None:
    """Return the date of an ISO ``YYYY-MM-DD...`` string, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    entry: ActorEntry
    cands: list[Candidate]
    code: str | None
    consumed: bool = False

    @property
    def is_country_like(self) -> bool:
        """A bare country (BLR) or organisation (IGOCSTO) code that an agent can attach to."""
        c = self.code
        if self.entry.id.endswith(":capital"):
            return True  # "the government in Canberra", "Kyiv's troops": the capital's country
        return bool(c) and self.entry.kind in ("country", "org") and (len(c or "") == 3 or _is_org(c))


def _is_org(code: str | None) -> bool:
    return code is not None and code[:3] in ("IGO", "NGO") and len(code) > 3


@dataclass(slots=True)
class _Found:
    """An actor found in the text, with token bounds kept for context and the ``ActorIndex``."""

    actor: Actor
    start_tok: int
    end_tok: int
    countries: tuple[str, ...] = ()
    # A composed title ("Kazakh President", "Arab League Secretary-General") that a following name may join.
    title: bool = False


@dataclass
class _State:
    dictionary: ActorDictionary
    day: dt.date | None
    issuers: list[Actor]
    sentence_starts: list[int]
    found: list[_Found] = field(default_factory=list)
    # Words of the issuers' own names ("council", "secretary-general"): "The Council condemns" is the issuer.
    self_words: frozenset[str] = frozenset()
    issuer_codes: frozenset[str] = frozenset()
    # The last sentence opened with the issuer ("The Secretary-General condemns ..."): "He calls ..." is it.
    issuer_opened: bool = False
    # The last person the text named is the issuer (a sentence opened with it, and none since named another
    # person): "He commends ..." two sentences after "The Secretary-General condemns ..." is still it.
    issuer_last_person: bool = False
    # Kind and head-title words by which the statement may name its issuer (KIND_WORDS, by the issuers' kind),
    # and the issuers' own name and kind words together (what a self-reference is read from).
    kind_words: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    # The capitalised initials of each issuer's name ("PTI" for Pakistan Tehreek-e-Insaf).
    initials: tuple[str, ...] = ()
    # Words of the mentions found so far (singular, lower case) → the last such mention: "The Minister" after
    # "Russian Foreign Minister Sergei Lavrov" is Lavrov, not the issuer.
    named: dict[str, _Found] = field(default_factory=dict)
    # The mentions of the last sentence, in order: its persons are whom "He"/"She" opening the next one
    # points to.
    last_found: list[_Found] = field(default_factory=list)
    # Countries mentioned per sentence, in token order: (token index, country code).
    mentions: list[list[tuple[int, str]]] = field(default_factory=list)
    # Countries the document's title names ("Belarus: Declaration by the High Representative ..."): the
    # context of last resort for "the security forces" when no sentence nearby names a country.
    title_countries: frozenset[str] = frozenset()
    # The words of a short unparsed text resolved as one sentence (``_scan_name``: an issuer's name).
    name_texts: list[str] = field(default_factory=list)
    # Countries that hold an issuing organisation's chair ("ASEAN Chair (Malaysia)"): as a subject, the
    # issuer. None when no issuer is an organisation (nothing to look for).
    holders: set[str] | None = None
    # The head words of the issuers' own names that name a body ("agency" of "UNHCR, the UN Refugee Agency",
    # "ministry" of "Ministry of Foreign Affairs of X"): "the agency" in lower case may be the issuer.
    head_words: frozenset[str] = frozenset()
    # The issuers a counted group opening the last sentence named, when fewer than all ("The two leaders
    # thanked President Erdogan" in three states' statement): "They" opening the next sentence is them.
    opened_by: list[Actor] | None = None


@dataclass(slots=True)
class _DictionaryMemo:
    """What the resolver computes from a dictionary once and reuses for every document."""

    dictionary: ActorDictionary
    index_size: int
    lengths_size: int
    pairs: frozenset[tuple[str, str]]  # the first two words of every multi-word name
    # the name lengths a folded word may start (filled by ``scan``: words repeat)
    start_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # folded word tuple → its non-exact candidates, the last word also tried in its singular (``_names``)
    names: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    # folded surname → the person entries whose names end in it (``_surnames``, built at first use)
    surnames: dict[str, list[ActorEntry]] | None = None


# id(dictionary) → its memo (which keeps the dictionary, so a reused id is told apart)
_pair_cache: dict[int, _DictionaryMemo] = {}
MAX_MEMO = 200_000  # words and names memoised per dictionary: a long stream of new words stays bounded


def _dictionary_memo(dictionary: ActorDictionary) -> _DictionaryMemo:
    """The dictionary's memo, built once per dictionary (again if its index has changed)."""
    got = _pair_cache.get(id(dictionary))
    if (
        got is not None
        and got.dictionary is dictionary
        and got.index_size == len(dictionary.index)
        and got.lengths_size == len(dictionary.lengths)
    ):
        return got
    pairs = frozenset((k[0], k[1]) for k in dictionary.index if len(k) >= 2)
    if len(_pair_cache) > 16:
        _pair_cache.clear()
    got = _pair_cache[id(dictionary)] = _DictionaryMemo(
        dictionary, len(dictionary.index), len(dictionary.lengths), pairs
    )
    return got


SURNAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surnames(dictionary: ActorDictionary) -> dict[str, list[ActorEntry]]:
    """Folded last word of each person's names (a suffix such as "Jr." skipped) → those people, built once
    per dictionary."""
    memo = _dictionary_memo(dictionary)
    if memo.surnames is None:
        got: dict[str, list[ActorEntry]] = {}
        for entry in dictionary.by_id.values():
            if entry.kind != "person" or not entry.terms:
                continue
            last: set[str] = set()
            for name in (entry.name, *entry.names):
                words = [w for w in fold(name).split() if w not in SURNAME_SUFFIXES]
                if len(words) > 1:
                    last.add(words[-1])
            for w in last:
                got.setdefault(w, []).append(entry)
        memo.surnames = got
    return memo.surnames


def _start_lengths(lengths: dict[str, tuple[int, ...]], w: str) -> tuple[int, ...]:
    """Name lengths worth trying at a folded word: its own, plus 1 when its singular is a one-word name."""
    lens = lengths.get(w, ())
    if 1 not in lens:
        # A plural word may start longer names ("Turks and Caicos", "soldiers of fortune") and still
        # be a one-word plural of a name on its own ("Turks" → "Turk", "soldiers" → "soldier").
        sw = singular(w)
        if sw != w and 1 in lengths.get(sw, ()):
            lens = (*lens, 1)
    return lens


def mentioned_again(actor: Actor, text: str, start: int, end: int, sentence_index: int, via: str) -> Actor:
    """A new mention (text, span) of a known actor: the issuers called "we", a person called "She"."""
    return Actor(
        name=actor.name,
        code=actor.code,
        country=actor.country,
        sectors=list(actor.sectors),
        text=text,
        start=start,
        end=end,
        sentence_index=sentence_index,
        wikidata=actor.wikidata,
        via=via,
        entry=actor.entry,
    )


class _Resolver:
    def __init__(self, view: DocView, state: _State, parsed: bool) -> None:
        # The document view: tokens, texts and entities read once (spaCy rebuilds a Token or Span object
        # on every access of doc[i], token.head, doc.ents or doc.text).
        self.doc = view
        self.st = state
        self.d = state.dictionary
        self.parsed = parsed
        self.texts = view.texts
        self.low = fold_all(self.texts)
        self.ents = view.ents
        # entity starts, for a binary search (entities are sorted and never overlap); the entities an
        # unresolved mention may come from, with their starts
        self._ent_starts = [e.start for e in self.ents]
        self._named_ents = [e for e in self.ents if e.label_ in ENTITY_LABELS]
        self._named_starts = [e.start for e in self._named_ents]
        self.text = view.text
        memo = _dictionary_memo(state.dictionary)
        self.pairs, self._start_lens, self._names_memo = memo.pairs, memo.start_lens, memo.names
        self._caps = False
        self._sent_end = len(view)
        # Computed on first use, once per document: token → (start, end) of the date/number entity it is in;
        # indices of the words that may name a crowd.
        self._number_tokens: dict[int, tuple[int, int]] | None = None
        self._crowd_at: list[int] | None = None
        self._capital_words: list[int] | None = None  # (``_capitals``)
        self._issuer_names: frozenset[str] | None = None  # (``_issuer_named``)
        self._words_count: Counter[str] | None = None  # (``_sense``)
        self._starts: dict[int, _Match] = {}  # the sentence's dictionary names by first token

    # -- matching ----------------------------------------------------------------------------------

    def _valid(self, cand: Candidate, start: int, end: int) -> bool:
        doc = self.doc
        if cand.exact:
            # In an all-caps sentence "US" may be "us": trust an acronym only where case carries meaning.
            return not (self._caps and doc[start].is_stop)
        if cand.proper and cand.single and self.texts[start].islower():
            # "us", "turkey", "chad", "memorial": a lowercase common word is not the proper name.
            return False
        if (
            cand.proper
            and not cand.single
            and self.texts[start] == "the"
            and all(self.texts[k].islower() for k in range(start + 1, end))
        ):
            # (RV22) "the states of the region" are no "the States": an alias of "the" and a capitalised word,
            # written all in lower case, is common words
            return False
        if cand.entry.kind in {"org", "group"} and end - start > 1 and start > 0:
            # "Kenya's National Security Council", "the AU Peace and Security Council": a name that is
            # only the tail of a longer organisation name (one entity with the word before it) is not the
            # organisation the dictionary means ("Security Council" = the UN's).
            prev, first = doc[start - 1], doc[start]
            if (
                prev.ent_type_ in {"ORG", "FAC"}
                and prev.ent_type_ == first.ent_type_
                and prev.lower_ not in {"the", "'s", "’s"}
                and not self._own_country_word(start - 1, cand.entry)
            ):
                return False
        if cand.entry.kind == "agent" and self.parsed:
            last = doc[end - 1]
            if (
                last.pos_ not in NOUNISH
                and last.dep_ not in NOMINAL_DEPS
                and not (end < self._sent_end and singular(self.low[end]) in AGENT_FOLLOWERS)
            ):
                # an adjective is an agent only before a person noun: "military officers", "police chiefs"
                return False
            head = last.head
            if (
                last.dep_ in ("compound", "amod", "nmod")
                and head.i >= end
                and head.pos_ == "NOUN"
                and head.i < self._sent_end
                and not (head.i == end and singular(self.low[end]) in AGENT_FOLLOWERS)
            ):
                # "government policy", "military assistance": a modifier, not the actor
                # ("intelligence officials", "army officers" are kept and extended below).
                return False
        return True

    def _names(self, key: tuple[str, ...]) -> list[Candidate]:
        """The non-exact candidates of folded words, else of the words with the last one in its singular
        (memoised per dictionary; callers must not change the list)."""
        out = self._names_memo.get(key)
        if out is not None:
            return out
        out = [c for c in self.d.index.get(key, ()) if not c.exact]
        if not out:
            last = singular(key[-1])
            if last != key[-1]:
                out = [
                    c
                    for c in self.d.index.get((*key[:-1], last), ())
                    if not c.exact
                    and (not c.proper or c.entry.kind == "country")  # "Belarusians"
                    # (never a town's plural: "Goris" in Armenia is not "Gori" in Georgia)
                    and PLACES_ID not in c.entry.id
                ]
        if len(self._names_memo) > MAX_MEMO:
            self._names_memo.clear()
        self._names_memo[key] = out
        return out

    def _lookup(self, start: int, length: int) -> list[Candidate]:
        low = self.low
        if length > 1:
            # Most multi-word tries fail on their first two words: test them against the dictionary's
            # two-word prefixes first (for two words, the last one is also tried in its singular below).
            first, second = low[start], low[start + 1]
            pairs = self.pairs
            if (first, second) not in pairs and (length != 2 or (first, singular(second)) not in pairs):
                return []
        out = self._names(tuple(low[start : start + length]))
        if length == 1 and self.texts[start].isupper():
            # exact (case-sensitive) names are single all-caps words: "US", "WHO", "AFP"
            out = [c for c in self.d.index.get((self.texts[start],), ()) if c.exact] + out
        return [c for c in out if self._valid(c, start, start + length)]

    def _own_country_word(self, i: int, entry: ActorEntry) -> bool:
        """Token ``i`` names the country of the group ``entry`` ("the Chinese People's Liberation Army",
        "the Sudanese Rapid Support Forces"): the longer entity is that group, not another body's name."""
        codes = {(c or "")[:3] for c in (entry.code, *(t.code for t in entry.terms))}
        return any(
            c.entry.kind == "country" and (c.entry.code or "") in codes
            for c in self.d.index.get((self.low[i],), ())
        )

    def scan(self, start: int, end: int) -> list[_Match]:
        """Greedy longest match from left to right over tokens ``start..end``."""
        lengths = self.d.lengths
        memo = self._start_lens
        low = self.low
        pairs = self.pairs
        matches: list[_Match] = []
        i = start
        end = min(end, start + MAX_SENTENCE_TOKENS)
        while i < end:
            w = low[i]
            lens = memo.get(w)
            if lens is None:
                lens = _start_lengths(lengths, w)
                if len(memo) < MAX_MEMO:  # bounded: a long stream of new words must not grow it without limit
                    memo[w] = lens
            hit = None
            for n in lens:
                if i + n > end:
                    continue
                if n > 1:
                    # ``_lookup``'s first test, without the call: most tries of long names fail on it
                    second = low[i + 1]
                    if (w, second) not in pairs and (n != 2 or (w, singular(second)) not in pairs):
                        continue
                cands = self._lookup(i, n)
                if cands:
                    hit = (n, cands)
                    break
            if hit is None:
                if len(w) >= FUZZY_MIN_CHARS and self.texts[i][:1].isupper():
                    fuzzy = self._misspelt_country(i)
                    if fuzzy is not None:
                        matches.append(fuzzy)
                i += 1
                continue
            n, cands = hit
            if cands[0].entry.kind == "agent" and i + n < end and singular(low[i + n]) in HEAD_NOUNS:
                n += 1  # "intelligence officials" → SPY, "army officers" → MIL: the modifier says who
            if n > 1 and self._longer_at(i + 1, i + n, end):
                # "the UN Security Council": a longer name starting one word later wins over "the UN".
                i += 1
                continue
            entry, code = self._choose(cands)
            if entry is None and len(cands) > 1:
                entry, code = self._choose_by_place(cands, matches)
            if entry is not None:
                matches.append(_Match(i, i + n, entry, cands, code))
            else:
                matches.append(_Match(i, i + n, cands[0].entry, cands, None))
            i += n
        return matches

    def _shared_not_misspelt(self, matches: list[_Match]) -> None:
        """A word two countries share, read as a misspelling of one of them ("Dominican", one letter from
        "Dominica"), is the country of the pair the document names (earlier sentences, this one, the
        issuers), else the one news means ("Dominican" alone: the Dominican Republic); with neither known
        it is left to ``_ambiguous_nationals`` (which marks it uncoded)."""
        for k, m in enumerate(matches):
            word = self.low[m.start]
            pair = AMBIGUOUS_NATIONALITIES.get(word)
            if pair is None or m.end - m.start != 1 or m.entry.kind != "country" or m.code not in pair:
                continue
            named = {c for mm in self.st.mentions for _, c in mm if c in pair}
            named.update(o.code[:3] for o in matches if o is not m and o.code and o.code[:3] in pair)
            named.update(i.code[:3] for i in self.st.issuers if i.code and i.code[:3] in pair)
            if not named and word in AMBIGUOUS_DEFAULT:
                named = {AMBIGUOUS_DEFAULT[word]}
            country = next(iter(named)) if len(named) == 1 else None
            if country == m.code:
                continue
            name = tuple(fold(p) for p in _tokenize_part(self.d.country_name(country))) if country else ()
            cands = [
                c for c in self.d.index.get(name, ()) if c.entry.kind == "country" and c.entry.code == country
            ]
            if cands:
                matches[k] = _Match(m.start, m.end, cands[0].entry, cands, country)
            else:
                matches[k] = _Match(m.start, m.end, m.entry, m.cands, None)

    def _misspelt_country(self, i: int) -> _Match | None:
        """A capitalised name the parser calls a place or nationality, one letter away from exactly one
        country's own name or adjective: "Ethopia", "Quatar", "Phillippines", "Ethopian" (not cities:
        "Samarra" is not "Samara")."""
        t = self.doc[i]
        w = self.low[i]
        if not self.parsed or not t.text[:1].isupper() or not w.isalpha() or w in NOT_MISSPELT:
            return None
        if t.ent_type_ not in FUZZY_ENTITIES and not (t.ent_type_ == "" and t.pos_ == "PROPN"):
            return None
        doc = self.doc
        if (i > 0 and doc[i - 1].pos_ == "PROPN") or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            return None  # part of a longer name: "Columbia University", "District of Columbia" stays
        word = _spelling_index(self.d).correct(w)
        if word is None:
            return None
        cands = [c for c in self.d.index.get((word,), ()) if c.entry.kind == "country" and c.entry.spellings]
        if not cands:
            return None
        entry = cands[0].entry
        return _Match(i, i + 1, entry, cands, entry.code)

    def _longer_at(self, j: int, old_end: int, end: int) -> bool:
        lens = self.d.lengths.get(self.low[j], ())
        return any(j + n > old_end and j + n <= end and self._lookup(j, n) for n in lens)

    def _choose(self, cands: list[Candidate]) -> tuple[ActorEntry | None, str | None]:
        """Pick one entry among same-name candidates; ambiguous people are resolved by date or not at all."""
        if len(cands) == 1:
            e = cands[0].entry
            return e, e.code_on(self.st.day)
        if any(c.entry.kind != "agent" for c in cands):
            cands = [c for c in cands if c.entry.kind != "agent"]  # a proper name beats a generic noun
        entries = list(dict.fromkeys(c.entry.id for c in cands))
        by_id = {c.entry.id: c.entry for c in cands}
        if len(entries) == 1:
            e = by_id[entries[0]]
            return e, e.code_on(self.st.day)
        codes = {by_id[i].code_on(self.st.day) for i in entries}
        if len(codes) == 1:
            e = by_id[entries[0]]
            return e, e.code_on(self.st.day)
        day = self.st.day
        if day is not None:
            holding = [by_id[i] for i in entries if any(t.covers(day) for t in by_id[i].terms)]
            if len(holding) == 1:
                return holding[0], holding[0].code_on(day)
        return None, None

    def _choose_by_place(
        self, cands: list[Candidate], earlier: list[_Match]
    ) -> tuple[ActorEntry | None, str | None]:
        """Among same-name organisations of different countries ("RSF": Reporters Without Borders, or Sudan's
        Rapid Support Forces), the one whose country the document has named (title, earlier sentences, or
        earlier in this sentence); with none named, the international one, if only one is."""
        day = self.st.day
        named = set(self.st.title_countries)
        named.update(c for sentence in self.st.mentions for _, c in sentence)
        named.update(m.code[:3] for m in earlier if m.code and m.entry.kind == "country")
        # (people sharing a name stay for the date to tell apart, as documented)
        entries = list({c.entry.id: c.entry for c in cands if c.entry.kind in ("org", "group")}.values())
        meant = self._sense(entries)
        if meant is not None:
            return meant, meant.code_on(day)
        local = [e for e in entries if (e.code_on(day) or "")[:3] in named]
        if len(local) == 1:
            return local[0], local[0].code_on(day)
        international = [e for e in entries if _is_org(e.code_on(day))]
        if not local and len(international) == 1:
            return international[0], international[0].code_on(day)
        return None, None

    def _sense(self, entries: list[ActorEntry]) -> ActorEntry | None:
        """The entry whose words (shared_names.yaml ``senses``) the document uses most, if one does."""
        if len(entries) < 2 or not all(e.id in SENSES for e in entries):
            return None
        if self._words_count is None:
            self._words_count = Counter(self.low)
            text = " ".join(self.low)
            for words in SENSES.values():
                for w in words:
                    if " " in w:  # (phrases are counted in the folded text)
                        self._words_count[w] = len(re.findall(rf"\b{re.escape(w)}\b", text))
        counts = Counter({e.id: sum(self._words_count[w] for w in SENSES[e.id]) for e in entries})
        (best, n), *rest = counts.most_common()
        if n == 0 or (rest and rest[0][1] == n):
            return None
        return next(e for e in entries if e.id == best)

    # -- composition -------------------------------------------------------------------------------

    def _skip_gaps_left(self, pos: int, floor: int) -> int:
        """Return the index left of ``pos`` after up to three modifiers ("senior")."""
        j = pos - 1
        skipped = 0
        while j >= floor and skipped < 3:
            t = self.doc[j]
            if self.low[j] in GAP_WORDS or (
                self.parsed
                and j not in self._matched
                and (
                    t.pos_ in ("ADJ", "NUM")
                    # "South Korean trainee doctors", "Sri Lanka Ports Authority": a noun modifying the agent
                    or (t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "amod") and t.head.i >= pos)
                )
            ):
                j -= 1
                skipped += 1
                continue
            break
        return j

    def _left_countries(self, m: _Match, ends: dict[int, _Match], floor: int) -> tuple[list[_Match], int]:
        """Country/organisation matches modifying ``m`` from the left, with conjuncts; and the new start."""
        found: list[_Match] = []
        j = self._skip_gaps_left(m.start, floor)
        possessive = j >= floor and self.low[j] in POSSESSIVE_MARK
        if possessive:
            j -= 1
        left = ends.get(j + 1)
        if left is None and m.entry.context and m.start - 1 >= floor:
            k = m.start - 1
            if self.low[k] in POSSESSIVE_MARK and k - 1 >= floor:
                k -= 1  # "the Marcos government", "Marcos's government"
            left = self._incumbent_before(k)
        start = m.start
        if (
            left is not None
            and left.entry.kind == "person"
            and left.code
            and not _is_org(left.code)
            and left.start >= floor
        ):
            # "the Biden administration", "Lukashenko's regime", "Putin's troops": the person's country.
            return [left], left.start
        joined = False  # an "and"/"or" joins the last two modifiers of a real list
        while left is not None and left.is_country_like and not left.consumed and left is not m:
            if left.entry.id.endswith(":capital") and (
                found
                or not (
                    possessive
                    # "a Managua court", "the Moscow police": right before a state's own local body
                    or (left.end == m.start and set(m.entry.sectors or ()) <= CAPITAL_BODY_SECTORS)
                )
            ):
                break  # a capital modifies only as a possessive ("Kyiv's troops"), never in a list
            found.append(left)
            start = left.start
            k = left.start - 1
            determiner = k >= floor and self.low[k] == "the"
            if determiner:
                k -= 1
            if k >= floor and self.low[k] in ("and", "or"):
                # "Hungarian and Romanian officials"; "French, German, and Italian ministers"
                joined = True
                left = ends.get(k - 1 if k - 1 >= floor and self.low[k - 1] == "," else k)
                continue
            if k >= floor and self.low[k] == "," and not determiner and joined:
                # "Greek, Turkish and Cypriot leaders" — but a comma with no "and" after it closes a
                # clause ("near Macedonia's border with Bulgaria, Macedonian officials said", "against the
                # United States, South Korea's defense ministry said"), and after "X, the Dutch minister"
                # it opens an apposition: neither is a list
                left = ends.get(k)
                continue
            break
        return found, start

    def _incumbent_before(self, j: int) -> _Match | None:
        """Token ``j``, a capitalised surname the dictionary does not name alone, right before a state agent
        ("the Marcos government", "the Sharif administration"): the one person of that surname in office on
        the document's date (a term covering it). Undated, or two such people: none."""
        day = self.st.day
        if day is None or not self.parsed or self.doc[j].pos_ != "PROPN" or not self.texts[j][:1].isupper():
            return None
        if j in self._matched or j + 1 >= len(self.low):
            return None
        people = [
            e for e in _surnames(self.d).get(fold(self.low[j]), ()) if any(t.covers(day) for t in e.terms)
        ]
        if len(people) != 1:
            return None
        code = people[0].code_on(day)
        return _Match(j, j + 1, people[0], [], code) if code else None

    def _right_countries(self, m: _Match, starts: dict[int, _Match], ceil: int) -> tuple[list[_Match], int]:
        """``of [the] COUNTRY [and COUNTRY]`` after an agent; and the new end."""
        j = m.end
        if j >= ceil:
            return [], m.end
        based = self.low[j] == "based" and j + 1 < ceil and self.low[j + 1] == "in"
        if based:
            j += 1  # "a terror group based in Trinidad", "an NGO based in Kenya": located like "in"
        located = (
            self.low[j] == "in"
            and bool(m.entry.sectors)
            and set(m.entry.sectors or ()) <= IN_COUNTRY_SECTORS
            and m.entry.id not in NOT_LOCATED
        )
        if self.low[j] not in BELONG_PREPS and not located:
            return [], m.end
        if self.low[j] == "for" and not self._speaks_for(m):
            # "a spokesman for Russia" speaks for it, but "the envoy for Syria" is sent to it
            return [], m.end
        if self.low[j] in ("from", "for") and not self._attached(j, m):
            # the phrase belongs to the verb, not to the agent: "withdrew its troops from Afghanistan"
            return [], m.end
        j += 1
        if j < ceil and self.low[j] == "the" and j not in starts:  # some names include "the"
            j += 1
        found: list[_Match] = []
        end = m.end
        right = starts.get(j)
        while right is not None and right.is_country_like and not right.consumed:
            if located and right.entry.kind != "country":
                break
            if (
                located
                and right.entry.id.endswith(":capital")
                and not set(m.entry.sectors or ()) <= CAPITAL_BODY_SECTORS
            ):
                # "the government in Canberra" is Australia's; "students in Caracas" are left to the
                # event roles, which place them by their clause
                break
            nxt = starts.get(self._skip_gaps_right(right.end, ceil))
            if (nxt is not None and nxt.entry.kind == "agent" and not nxt.consumed) or (
                right.end < ceil and self.low[right.end] in POSSESSIVE_MARK
            ):
                # "a delegation of U.S. lawmakers", "the leader of Egypt's opposition party": the country
                # belongs to what comes after it
                break
            found.append(right)
            end = right.end
            k = right.end
            if k + 1 < ceil and self.low[k] in ("and", ","):
                k += 1
                if k + 1 < ceil and self.low[k] == "the" and k not in starts:
                    # "delegations of the Kingdom of Saudi Arabia and the Islamic Republic of Iran": the
                    # second formal name keeps its article, as the first did
                    k += 1
                right = starts.get(k)
                continue
            break
        return found, end

    def _group_of(
        self, m: _Match, starts: dict[int, _Match], ends: dict[int, _Match], floor: int, ceil: int
    ) -> tuple[_Match, int, int] | None:
        """A named group or institution an agent belongs to: before it, or after "of"/"from"/"for"."""
        j = self._skip_gaps_left(m.start, floor)
        if j >= floor and self.low[j] in POSSESSIVE_MARK:
            j -= 1
        left = ends.get(j + 1)
        if left is not None and left is not m and self._is_group(left):
            return left, left.start, m.end
        k = m.end
        if (
            k < ceil
            and (self.low[k] in ("of", "from") or (self.low[k] == "for" and self._speaks_for(m)))
            and (self.low[k] == "of" or self._attached(k, m))
        ):
            k += 1
            right = starts.get(k)  # "leaders of the Taliban": some names include their article
            if right is None:
                while k < ceil and self.low[k] in ("the", "a", "an"):
                    k += 1
                right = starts.get(self._skip_gaps_right(k, ceil))
            if right is not None and self._is_group(right):
                nxt = starts.get(self._skip_gaps_right(right.end, ceil))
                if nxt is None or nxt.entry.kind != "agent":
                    return right, m.start, right.end
        return None

    def _speaks_for(self, m: _Match) -> bool:
        """A spokesperson, negotiator or delegate "for" a body is that body's; an envoy "for" it is not, nor a
        special, personal or high representative ("the Special Representative for Libya" is sent to it)."""
        if self.low[m.start] in ENVOY_TITLES:
            return False
        return m.entry.id in FOR_AGENTS or singular(self.low[m.end - 1]) in FOR_WORDS

    def _attached(self, prep: int, m: _Match) -> bool:
        """True when the preposition at ``prep`` modifies the agent (always assumed without a parse)."""
        return not self.parsed or m.start <= self.doc[prep].head.i < m.end

    @staticmethod
    def _is_group(m: _Match) -> bool:
        """A coded organisation, party, armed group or seat of power that is not a bare country or IGO."""
        return m.entry.kind in ("org", "group") and bool(m.code) and not m.is_country_like and not m.consumed

    def _skip_gaps_right(self, pos: int, ceil: int) -> int:
        """Return the index at or right of ``pos`` after up to three modifiers ("senior", "top")."""
        j = pos
        while j < min(ceil, pos + 3) and self.low[j] in GAP_WORDS:
            j += 1
        return j

    def _owner_before(self, m: _Match, out: list[_Found], floor: int) -> str | None:
        """The country of whom "his/her" (the last person coded before in the sentence) or "its" (the last
        country named before in it) points to, before the agent ``m``; None when there is none."""
        j = self._skip_gaps_left(m.start, floor)
        if self.low[j] in ("his", "her"):
            people = [
                f
                for f in out
                if f.end_tok <= j
                and f.actor.country
                and (e := self.d.by_id.get(f.actor.entry or "")) is not None
                and e.kind == "person"
            ]
            return max(people, key=lambda f: f.end_tok).actor.country if people else None
        # ("its": only when the last name before it is a country's, not "the UN ... its peacekeepers")
        before = [k for k, mm in self._starts.items() if k < j and mm.code and mm is not m]
        last = self._starts[max(before)] if before else None
        if (
            last is None
            or last.entry.kind != "country"
            or not last.code
            or last.code[:3] not in self.d.country_names
        ):
            return None
        return last.code[:3]

    def _preceded_by(self, pos: int, floor: int, words: frozenset[str]) -> bool:
        j = self._skip_gaps_left(pos, floor)
        return j >= floor and self.low[j] in words

    def _unknown_place(self, e: int) -> bool:
        """An unknown place name after a preposition ("from the vicinity of Sunan", "near Pahalgam", "in
        Jagang Province"), or listed with one: where, not who."""
        if not self.parsed:
            return False
        head = self.doc[e - 1]
        while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
            head = head.head
        return head.dep_ == "pobj"

    def _counted(self, pos: int, floor: int) -> bool:
        """A number stands before the agent ("released 222 political prisoners", "two soldiers"): some
        particular ones, as "the" says, not the kind in general."""
        if not self.parsed:
            return False
        j = self._skip_gaps_left(pos, floor)  # (a number is one of the words skipped)
        return any(self.doc[k].pos_ == "NUM" and self.doc[k].dep_ == "nummod" for k in range(j + 1, pos))

    # -- main --------------------------------------------------------------------------------------

    def sentence(self, s_index: int, start: int, end: int) -> None:
        """Resolve one sentence (tokens ``start..end``)."""
        doc = self.doc
        self._sent_end = end
        letters = list(filter(str.isalpha, self.texts[start:end]))
        self._caps = len(letters) >= 3 and sum(map(str.isupper, letters)) > 0.6 * len(letters)
        numbers = self._number_spans()  # (most names start in no date or number: no call for them)
        matches = [
            m for m in self.scan(start, end) if m.start not in numbers or not self._in_number_entity(m)
        ]
        self._shared_not_misspelt(matches)
        self._matched = {i for m in matches for i in range(m.start, m.end)}
        starts = {m.start: m for m in matches}
        self._starts = starts
        ends = {m.end: m for m in matches}
        backers = {
            m.start
            for m in matches
            if m.entry.kind != "agent"
            and (self._backer(m) or self._continental(m) or self._structure(m) or self._street(m))
        }
        self._cur_countries = [
            (m.start, m.code[:3])
            for m in matches
            if m.entry.kind in ("country", "person")
            and m.code
            and not _is_org(m.code)
            and m.start not in backers
            # "the Rome Statute", "the Minsk agreements": no context for "the Court" after them
            and not (m.entry.kind == "country" and self._names_document(m))
        ]
        out: list[_Found] = []
        mentions: list[tuple[int, str]] = []
        self.st.mentions.append(mentions)
        if not matches and self._no_cue(start, end):
            # No dictionary name and no cue of steps 4 to 5c (most often a title): no actor, and only what a
            # sentence leaves to the next one is set, as the steps would (one test instead of ~25 steps).
            self.st.issuer_opened = False
            self.st.last_found = out
            return

        # 1. people, with their titles ("Russian Foreign Minister Sergei Lavrov").
        for m in matches:
            if m.entry.kind != "person" or m.code is None:
                continue
            m_start, m_end = m.start, m.end
            ent = self._entity_at(m.start, m.end)
            if ent is not None and ent.label_ == "PERSON":
                extra = [t for t in ent if not (m.start <= t.i < m.end) and not _is_title_word(t)]
                if extra and not self._names_agree(m.entry, ent):
                    # "Hunter Biden" is not Joe Biden: never guess from a shared surname, nor take the known
                    # person's country as one the sentence names ("Jean Mbeki" names no South Africa)
                    self._cur_countries = [(i, c) for i, c in self._cur_countries if i != m.start]
                    m.code = None
                    m.start, m.end = ent.start, ent.end
                    continue
                m_start, m_end = min(m_start, ent.start), max(m_end, ent.end)
            via = "entity"
            left = ends.get(m_start)
            title_agent: _Match | None = None
            while (
                left is not None
                and not left.consumed
                and (left.entry.kind == "agent" or (left.code and m.code and left.code[:3] == m.code[:3]))
            ):
                left.consumed = True
                m_start = left.start
                via = "title"
                if left.entry.kind == "agent" and title_agent is None:
                    title_agent = left
                j = m_start - 1
                if j >= start and self.low[j] in POSSESSIVE_MARK:
                    j -= 1
                left = ends.get(j + 1)
            m.consumed = True
            if (
                title_agent is not None
                and left is not None
                and not left.consumed
                and left.is_country_like
                and left.code
                and m.code
                and left.code[:3] != m.code[:3]
                and not any(self.low[k] in FORMER_WORDS for k in range(max(start, left.start - 2), m.start))
            ):
                # "UN Secretary-General Antonio Guterres", "NATO Secretary-General X": the office the text
                # names beats the person's dated entry (a missing or stale term, or an undated document)
                left.consumed = True
                f = self._composed(title_agent, left, left.start, m_end, s_index)
                f.actor.name = m.entry.name
                f.actor.via = "title"
                f.actor.entry = m.entry.id
                f.actor.wikidata = m.entry.wikidata
                out.append(f)
                continue
            if (
                title_agent is None
                and left is not None
                and left.end == m_start
                and not left.consumed
                and left.entry.kind == "org"
                and left.code
                and m.code
                and left.code[:3] != m.code[:3]
                and self.low[left.end - 1].split("-")[-1] in OFFICE_WORDS
            ):
                # an office named as one entry right before the person: "UN Secretary-General Antonio
                # Guterres", "UN chief X" (the office, not the person's dated entry)
                left.consumed = True
                f = self._make(left, left.code, left.start, m_end, "title", s_index, name=m.entry.name)
                f.actor.via = "title"
                f.actor.entry = m.entry.id
                f.actor.wikidata = m.entry.wikidata
                out.append(f)
                continue
            out.append(self._entry_actor(m, m_start, m_end, via, s_index))

        # 2. agents: with a country, "our", context, or unresolved.
        for m in matches:
            if m.entry.kind != "agent" or m.consumed:
                continue
            lefts, a_start = self._left_countries(m, ends, start)
            if any(c.start in backers for c in lefts):
                # "pro-Russian separatists", "Iran-backed militias": whom they support is not who they are
                lefts, a_start = [], m.start
            rights, a_end = self._right_countries(m, starts, end)
            if lefts and rights and m.end < end and self.low[m.end] in ("in", "based", "from"):
                # "Albanian rebels in Macedonia", "Chinese workers in Zambia": the adjective says who they
                # are, the place only where they are (it stays a mention of its own); "UN peacekeepers from
                # Ghana" serve the UN, "Russian officials from Moscow" are Russian once
                rights, a_end = [], m.end
            mods = lefts[::-1] + rights
            if mods:
                m.consumed = True
                codes: set[str | None] = set()
                for c in mods:
                    if c.entry.kind == "person":
                        # The phrase is about the person's administration/regime/troops: one actor.
                        mine = [f for f in out if f.actor.entry == c.entry.id and f.end_tok == c.end]
                        for f in mine:
                            out.remove(f)
                            a_start = min(a_start, f.start_tok)
                    c.consumed = True
                    f = self._composed(m, c, a_start, a_end, s_index)
                    if f.actor.code not in codes:  # "the USA and US officials" is one actor
                        codes.add(f.actor.code)
                        out.append(f)
                continue
            group = self._group_of(m, starts, ends, start, end)
            if group is not None:
                # "Hamas negotiators", "Kremlin officials", "leaders of the ANC": the group's own code
                g, g_start, g_end = group
                m.consumed = g.consumed = True
                f = self._make(
                    g, g.code, g_start, g_end, "noun_chunk", s_index, name=g.entry.name,
                    entry_id=f"{m.entry.id}+{g.entry.id}",
                )  # fmt: skip
                f.title = bool(set(m.entry.sectors or ()) & PERSON_TITLE_SECTORS)
                out.append(f)
                continue
            m.consumed = True
            if self._preceded_by(m.start, start, POSSESSIVE) and self.st.issuers:
                j = self._skip_gaps_left(m.start, start)
                out.extend(self._ours(m, j, s_index))
                self._matched.add(j)
                continue
            if m.entry.context and m.end - m.start == 1 and self._short_form_at(m.start, end):
                bodies = self._bodies_named(singular(self.low[m.start]), m.start, out)
                if bodies and self._names_own_country(m.start, start, out) and not self._dealt_with(m.start):
                    # "The Georgian government ignored the criticism, and the Parliament adopted the law":
                    # Georgia's own parliament, not the European Parliament of the sentence before
                    bodies = [f for f in bodies if f.start_tok >= start]
                if (
                    len(bodies) == 1
                    and self.low[m.start] in LOCAL_COURT_WORDS
                    and self.texts[m.start].islower()
                    and self._place_named_since(bodies[0], m.start, out)
                ):
                    bodies = []  # ("arrested in London ... the court sentenced him": London's court)
                if bodies:
                    # "the Court" after the International Criminal Court, "the Parliament" after the European
                    # Parliament: that body, not the country in context's courts; with two named, no guess
                    # (and no country in context either: the short-name via keeps it from one)
                    out.append(
                        self._refer_body(bodies[0], m.start, m.end, s_index)
                        if len(bodies) == 1
                        else self._make(m, None, m.start, m.end, "short-name", s_index, name=None)
                    )
                    continue
            if m.entry.context and self._preceded_by(m.start, start, OWNER_PRONOUNS):
                owner = self._owner_before(m, out, start)
                if owner is not None:
                    # "President X and his government", "Belarus and its army": the owner's country
                    code = owner + "".join(m.entry.sectors or ())
                    out.append(self._make(m, code, m.start, m.end, "context", s_index, name=None))
                    continue
            if m.entry.context and (
                self._preceded_by(m.start, start, DETERMINERS) or self._counted(m.start, start)
            ):
                several = (
                    self._of_several(m.end)
                    or self._several(m.start, m.end)
                    or self.low[m.end - 1] in PLURAL_STATE_NOUNS  # "the countries of the region": not one
                )
                local = bool(m.entry.sectors) and set(m.entry.sectors or ()) <= LOCAL_SECTORS
                country = None if several else self._context_country(m.start, local=local)
                if country is not None:
                    code = country + "".join(m.entry.sectors or ())
                    out.append(self._make(m, code, m.start, m.end, "context", s_index, name=None))
                    continue
            if "MED" in (m.entry.sectors or ()) and self._channel(m, start):
                continue  # "said on national radio", "broadcast on state television": a channel
            if self._munition(m.end):
                continue  # "fired missiles at the town": a weapon whose owner no word names is no actor
            if m.entry.sectors and m.entry.bare:  # a bare "country" with no country is not an actor
                out.append(self._make(m, None, m.start, m.end, "noun_chunk", s_index, name=None))

        # 3. countries, organisations, groups on their own.
        for m in matches:
            if m.consumed or m.entry.kind == "agent":
                continue
            if m.start in backers:
                continue  # "Russian-backed separatists", "pro-Iranian militias": the backer is no actor here
            if m.entry.kind == "person" and m.code is None and m.cands:
                out.append(self._unresolved(m.start, m.end, "entity", s_index))
                continue
            if m.code is None:
                out.append(self._unresolved(m.start, m.end, "entity", s_index))
                continue
            ent = self._entity_at(m.start, m.end)
            if (
                ent is not None
                and ent.label_ == "PERSON"
                and m.entry.kind == "country"
                and ent.end - ent.start > m.end - m.start
            ):
                # "Michael Jordan", "Paris Hilton": a place name inside a person's name is not the place.
                self._matched.difference_update(range(m.start, m.end))
                continue
            if self._office_of_org_before(m, ends):
                continue  # "the AU High Representative": the AU's office, not the EU's High Representative
            if m.entry.kind in ("country", "org") and self._names_document(m):
                # "the Lomé Declaration", "the UN Charter": not the place's country at all, not even context
                # for later sentences
                self._cur_countries = [(i, c) for i, c in self._cur_countries if i != m.start]
                continue
            if m.entry.kind == "country" and self._describes_place(m, ent):
                continue  # "the Thai border", "the Bosnian town of Gorazde", "the Russian language"
            if m.entry.kind == "country" and self._relation_of(m):
                continue  # "Tunisia's international partners should ...": the partners act, not Tunisia
            if self.st.holders is not None and m.entry.kind == "country" and self._holder_speaks(m, start):
                # "As Chair of ASEAN, Malaysia welcomes ...", "Malaysia urges ..." in the ASEAN Chair's
                # statement: the country speaks as the organisation's chair, that is as the issuer
                out.extend(self._we(m.start, s_index, m.end, via="self-reference"))
                continue
            if m.entry.kind == "country" and m.end - m.start == 1 and self.texts[m.start][:1].isupper():
                person = self._named_in_full(m.start, out, s_index, country=m.code[:3] if m.code else None)
                if person is not None:
                    # (a surname that is also a country's word: "Türk", "Jordan" after the person's full name)
                    self._cur_countries = [(i, c) for i, c in self._cur_countries if i != m.start]
                    out.append(self._refer(person, m.start, m.end, s_index))
                    continue
            f = self._entry_actor(m, m.start, m.end, "entity", s_index)
            self._shared_place(m, f)
            out.append(f)

        # 4. we / us / our (a sentence without any is skipped by one set test).
        stop = min(end, start + MAX_SENTENCE_TOKENS)
        words = self.low[start:stop]
        pronouns = PRONOUNS if not self.st.issuers else ALL_PRONOUNS
        # (quotes are looked for only in a sentence that has a quotation mark)
        quotes: bool | None = None
        quoted: list[int] = []
        for i in range(start, stop) if not pronouns.isdisjoint(words) else ():
            if self.low[i] in pronouns and i not in self._matched:
                t = doc[i]
                if self.parsed and t.pos_ not in ("PRON", "DET", ""):
                    continue
                if self.low[i] == "us" and t.text == "US" and not self._caps:
                    continue
                if quotes is None:
                    quotes = not QUOTE_MARKS.isdisjoint(self.texts[start:end])
                if quotes and self._in_quote(i, start, end):
                    # '"They beat me," a detainee said', '"We were beaten," one of them said': the quoted
                    # speaker's, decided below once the issuer's own names are found
                    quoted.append(i)
                    continue
                out.extend(self._we(i, s_index))

        # 4b. the issuer calling itself by its own name's head: "The Council strongly condemns ...",
        # "the Secretary-General calls on ...", "The Ministry rejects ..." (capitalised, as statements write
        # themselves; "the council" in lower case is some other council).
        # A bare title the dictionary knows only as a generic agent ("the Secretary-General") yields to it.
        # Words of the issuer's kind or its head's title ("The Bloc", "The Minister"; KIND_WORDS) name it only
        # when no other mention named by the word came before ("The Minister" after "Russian Foreign Minister
        # Sergei Lavrov" is Lavrov).
        for i in self._positions("the", start, stop - 1) if self.st.own_words else ():
            generic = i + 1 in starts and starts[i + 1].entry.kind == "agent" and starts[i + 1].code is None
            lower = (
                self.low[i + 1] in LOWER_KIND_WORDS
                and self.low[i + 1] in self.st.kind_words
                and not self._other_body_before()
            ) or self._own_head_lower(i + 1, out)
            if (i + 1 not in self._matched or generic) and (self.texts[i + 1][:1].isupper() or lower):
                ref_end = i + 2 if lower else self._self_reference_end(i + 1, stop)
                if ref_end is None:
                    continue
                kinds = [singular(w) for w in self.low[i + 1 : ref_end]]
                own_head = kinds[-1] in self.st.self_words
                if not own_head and kinds[-1] in TITLE_MODIFIERS:
                    continue  # "The Executive must present a plan": the government, not "Executive Director"
                if not own_head and ref_end < stop and self.low[ref_end] in BELONG_PREPS | {"to", "-"}:
                    # "the Embassy of the Islamic Republic of Iran", "the Chair of the Commission", "the
                    # Secretary-General" (a longer title)
                    continue
                before = None
                if not own_head:
                    # a kind or title word as head: another body or person named by it before is the referent
                    before = self._named_here(kinds[-1], i, out) or self._named_before(kinds[-1], i)
                    if before is None and ref_end == i + 2 and self._short_form_at(i + 1, stop):
                        # "The Mission" in a ministry's statement after MONUSCO was named: that body
                        bodies = self._bodies_named(kinds[-1], i + 1, out)
                        if len(bodies) > 1:
                            continue
                        if bodies:
                            out.append(self._refer_body(bodies[0], i + 1, ref_end, s_index))
                            self._matched.update(range(i + 1, ref_end))
                            continue
                if generic:
                    out = [f for f in out if not (i + 1 <= f.start_tok < ref_end)]
                if before is None:
                    out.extend(self._we(i + 1, s_index, ref_end, via="self-reference"))
                elif before.actor.code:
                    out.append(self._refer(before, i + 1, ref_end, s_index))
                else:
                    continue
                self._matched.update(range(i + 1, ref_end))

        # 4b'. ... and with no article, opening the sentence as its subject: "Council strongly condemns ..."
        # (a headline style of communiqués).
        lead = start
        while lead < stop and doc[lead].is_space:
            lead += 1
        if (
            self.parsed
            and self.st.self_words
            and lead < stop
            and lead not in self._matched
            and self.texts[lead][:1].isupper()
        ):
            ref_end = None
            if singular(self.low[lead]) in self.st.self_words:
                ref_end = self._self_reference_end(lead, stop)
            elif self._organ_alone(lead, stop):
                ref_end = lead + 1
            if ref_end is not None and doc[ref_end - 1].dep_ in ("nsubj", "nsubjpass"):
                out = [f for f in out if not (lead <= f.start_tok < ref_end and f.actor.code is None)]
                out.extend(self._we(lead, s_index, ref_end, via="self-reference"))
                self._matched.update(range(lead, ref_end))

        # 4c'. "the undersigned (organisations)", "the signatories": the issuers.
        for i in range(start, stop - 1) if self.st.issuers and not UNDERSIGNED.isdisjoint(words) else ():
            if self.low[i] in UNDERSIGNED and self.low[i - 1] == "the" and i not in self._matched:
                ref_end = i + 1
                if self.parsed and doc[i + 1].pos_ == "NOUN" and doc[i].dep_ in ("amod", "compound"):
                    ref_end = i + 2  # "the undersigned organisations"
                if (
                    ref_end + 1 < stop
                    and self.low[ref_end] in ("to", "of")
                    and self.low[ref_end + 1] not in OWN_TEXT_WORDS
                ):
                    continue  # "the signatory parties to the Agreement": its parties ("of this letter": us)
                out = [f for f in out if not (i <= f.start_tok < ref_end and f.actor.code is None)]
                out.extend(self._we(i, s_index, ref_end, via="self-reference"))
                self._matched.update(range(i, ref_end))

        # 4d. the issuer's acronym: "PTI" in Pakistan Tehreek-e-Insaf's statement, "CPJ" in the Committee to
        # Protect Journalists' (an all-capitals word the dictionary does not know, spelt from the initials).
        for i in self._capitals(start, stop) if self.st.initials and not self._caps else ():
            w = self.texts[i]
            if i not in self._matched and self._acronym(w):
                out = [f for f in out if not (f.start_tok <= i < f.end_tok and f.actor.code is None)]
                # "PTI spokesperson Fawad Chaudhry", "PTI supporters": an agent named after the acronym is
                # the issuer's own (its spokesperson speaks for it; its supporters take its code)
                after = next((f for f in out if f.start_tok == i + 1 and f.actor.via != "entity"), None)
                if (
                    after is not None
                    and self.st.issuers[0].code
                    and (after.actor.code is None or after.actor.via == "context")
                ):
                    out.remove(after)
                    if singular(self.low[after.end_tok - 1]) in _SPOKES:
                        # (with the spokesperson's name: "PTI spokesperson Fawad Chaudhry")
                        ref_end = self._person_end(after.end_tok)
                        out.extend(self._we(i, s_index, ref_end, via="self-reference"))
                        self._matched.update(range(i, ref_end))
                    else:
                        iss = self.st.issuers[0]
                        a, b, text = self._span(i, after.end_tok)
                        actor = Actor(
                            name=text, code=iss.code, country=iss.country, sectors=list(iss.sectors),
                            text=text, start=a, end=b, sentence_index=s_index, via="noun_chunk",
                            entry=iss.entry,
                        )  # fmt: skip
                        out.append(_Found(actor, i, after.end_tok))
                else:
                    out.extend(self._we(i, s_index, i + 1, via="self-reference"))
                self._matched.add(i)

        # 4c. "He/She/It calls on ..." opening the sentence after one the issuer opened: the issuer again.
        first = start
        while first < stop and doc[first].is_space:
            first += 1
        opener = (
            first < stop
            and self.low[first] in ISSUER_PRONOUNS
            and first not in self._matched
            and self.texts[first][:1].isupper()
        )
        person_pronoun = opener and self.low[first] in PERSON_PRONOUNS
        if (
            opener
            and self.st.issuers
            and (self.st.issuer_opened or (person_pronoun and self.st.issuer_last_person))
            and (not person_pronoun or self._person_issuer())
        ):
            some = self.st.opened_by if self.low[first] == "they" else None
            out.extend(self._we(first, s_index, via="self-reference", issuers=some))
            self._matched.add(first)
        elif self.st.last_found:
            # "He/She ..." as the sentence's first subject ("She urged ...", "On Monday, he also spoke ...")
            # after a sentence that named people: the first of them, as a rule its subject ("Foreign
            # Minister X held talks with Y. She urged ..." is X)
            at = first if opener else self._person_pronoun(first, stop, start, end, out)
            person = None
            if at is not None and self.low[at] in PERSON_PRONOUNS:
                person = next((f for f in self.st.last_found if self._is_person(f)), None)
            if at is not None and person is not None:
                if self._issuer_mention(person):
                    out.extend(self._we(at, s_index, via="self-reference"))
                else:
                    out.append(self._refer(person, at, at + 1, s_index))
                self._matched.add(at)
        # 4c''. "His Office stands ready ..." opening a sentence while the issuer is the person last named (a
        # person issuer): the issuer's own office, which is the issuer.
        if (
            first + 1 < stop
            and self.low[first] in ("his", "her")
            and self.texts[first][:1].isupper()
            and self.st.issuers
            and self.st.issuer_last_person
            and first + 1 not in self._matched
            and self.texts[first + 1][:1].isupper()
            and self._person_issuer()
        ):
            ref_end = self._self_reference_end(first + 1, stop)
            if ref_end is not None:
                out.extend(self._we(first, s_index, ref_end, via="self-reference"))
                self._matched.update(range(first, ref_end))
        # ("The Council ...", "We ...", "The members of the Security Council ...": the issuer near the start;
        # in a joint statement also the co-signers' own people: "The foreign ministers of the three states")
        own = self.st.issuer_codes
        self.st.issuer_opened = any(
            f.start_tok <= first + 5
            and (f.actor.via in ("self-reference", "pronoun") or f.actor.code in own or self._cosigners(f))
            for f in out
        )
        if self.st.issuer_opened:
            self.st.issuer_last_person = True
        if not (self.st.issuer_opened and opener and self.low[first] == "they"):
            self.st.opened_by = None  # ("They" opening this sentence kept the issuers the last one named)

        # 4e. "we" and "I" inside a quote are the issuers only when the quote is theirs: '"We condemn this
        # attack," the Minister said' in a ministry's statement (the Minister found as the issuer above).
        if quoted and self.parsed and self._quote_by_issuer(out, start, end):
            for i in quoted:
                out.extend(self._we(i, s_index))
                self._matched.add(i)

        # 5. unresolved named entities nobody covered.
        covered = set(self._matched)
        for f in out:
            covered.update(range(f.start_tok, f.end_tok))
        # agents named by their kind alone, which an unknown group adjective before them only qualifies
        kind_at = {f.start_tok: f for f in out if f.actor.via == "noun_chunk" and f.actor.sectors}
        for ent in self._entities(start, end):
            if any(t.i in covered for t in ent):
                continue
            s, e = ent.start, ent.end
            # (the tagger calls some group names a person: "Hutu")
            modifier = ent.label_ == "NORP" or (e - s == 1 and ent.label_ in ("PERSON", "ORG"))
            agent = kind_at.get(e) if modifier else None
            if agent is not None:
                # "Islamist militants", "Hutu rebels", "Maoist guerrillas": one mention, the agent's, whose
                # country comes from its own modifiers or context (CAMEO codes such groups by where they act)
                agent.start_tok = s
                agent.actor.start, agent.actor.end, agent.actor.text = self._span(s, agent.end_tok)
                continue
            while s < e and self.low[s] in ("the", "a", "an"):
                s += 1
            while e > s and doc[e - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ", "PART"):
                e -= 1  # "Joint Statement of" → "Joint Statement"
            if s < e and all(self.low[i] in DOCUMENT_WORDS or doc[i].is_stop for i in range(s, e)):
                continue  # spaCy sometimes tags "Joint Statement" as a person: a document, not an actor
            if s < e and e - s > 1 and singular(self.low[e - 1]) in NAMED_TEXTS and ent.label_ != "PERSON":
                continue  # "the Cessation of Hostilities Agreement", "the Indus Waters Treaty": a text
            if s < e and (self._munition(e) or (e < end and self._munition(e + 1))):
                continue  # "UAVs", "Shahed drones": a weapon, or the make of one, is no actor
            if s < e and e - s == 1 and "-" in doc[s].text:
                pair = self._hyphen_countries(s, s_index)
                if pair:
                    out.extend(pair)  # "U.S.-Soviet talks": both sides, one compound
                    continue
            if (s < e and self._issuer_named(s, e)) or (
                s + 1 == e and len(self.st.issuers) > 1 and singular(self.low[s]) in GROUP_OF_ISSUERS
            ):
                # (and "The Troika calls on ..." in the joint statement of the Troika's three governments)
                # "BusinessEurope regrets ..." in BusinessEurope's statement: the issuer by its own name
                out.extend(self._we(s, s_index, e, via="self-reference"))
                self._matched.update(range(s, e))
                continue
            if s < e and ent.label_ == "GPE" and self._unknown_place(e):
                continue  # "launched from the vicinity of Mupyong-ri": a place no entry knows is no actor
            if s < e:
                f = self._unresolved(s, e, "entity", s_index, label=ent.label_)
                if ent.label_ == "ORG":
                    self._owned_org(f, ends, start)
                elif ent.label_ == "PERSON":
                    self._military_rank(f, start)
                    before = self._surname_of(s, e, out)
                    if before is None and e - s == 1:
                        before = self._named_in_full(s, out, s_index)
                    if before is not None:
                        f = self._refer(before, s, e, s_index)
                out.append(f)

        # 5a. "The three mediators will ...", "the two governments" in a statement of as many issuers: them.
        if len(self.st.issuers) > 1:
            out = self._counted_issuers(out, start, s_index)

        # 5b. crowds named only by their number: "Thousands marched", "police detained hundreds".
        if self.parsed:
            self._crowds(out, covered, start, end, s_index)

        # 5c. the short name of a body named before: "the Alliance" after NATO, "the Court" after the ICC,
        # "the Union" or "the Bloc" after the EU, "the Mission" after MONUSCO (thirteenth session).
        out = self._short_names(out, start, stop, s_index)
        if not STATE_FORM_WORDS.isdisjoint(words):
            # 5c'. "the Kingdom" after "the Kingdom of Saudi Arabia", whoever the issuer is
            out = self._state_forms(out, start, stop, s_index)
        # 5d. "Congolese soldiers", "Korean officials": an adjective of two countries
        out = self._ambiguous_nationals(out, s_index)

        # 6. a name after a country title: "Kazakh President X" → the title's code.
        by_end = {f.end_tok: f for f in out if f.actor.code and f.actor.via == "noun_chunk"}
        for f in out:
            if f.actor.code is None and f.actor.via == "entity" and f.start_tok in by_end:
                title = by_end[f.start_tok]
                if title.title and self._is_person_ent(f):
                    _absorb_name(doc, title, f)
        out = [f for f in out if f.actor.code != "__drop__"]
        out = self._own_office(out, s_index)
        self._head_of_body_named(out)
        self._belonging(out, end)
        self._appositions(out, start, end)
        self._belonging(out, end)  # titles joined to a name just now: "President X of Burkina Faso"
        self._allegiance(out, end)
        if self.parsed and not LED_WORDS.isdisjoint(self.low[start:end]):
            out = self._led_by(out, end, s_index)
        self._possessed_office(out)
        if self.parsed and not EXAMPLE_WORDS.isdisjoint(self.low[start:end]):
            self._examples(out, start, end, s_index)
        self._minorities(out, start)
        if "interests" in self.low[start:end]:
            self._protecting_power(out, end)
        if self.parsed:
            self._their_own(out, start, end)
        if self.parsed:
            self._speakers_own(out, start, end)
        self._titled_in_context(out)
        if "commissioner" in self.low[start:end]:
            self._commission_member(out)
        self._previous_sentence(out)
        self._named_with_country(out, s_index)
        out = self._groups_again(out, start, s_index)
        if self.parsed:
            self._refugees_from(out)
        self._alone(out)
        if UNION_SEATS.intersection(self.low[start:end]):
            self._union_seat(out)
        if self.st.title_countries:
            self._party_of_the_title(out)
        if not SEVERAL_STATE_NOUNS.isdisjoint(self.low[start:end]):
            out = self._counted_states(out, start, end, s_index)
        out = [f for f in out if f.actor.code != "__drop__"]

        # Context for the next sentence: every country named here, modifiers and titles included.
        mentions.extend(self._cur_countries)
        self.st.found.extend(out)
        kind_words = self.st.kind_words
        if kind_words:
            named = self.st.named
            for f in out:
                for w in self.low[f.start_tok : f.end_tok]:
                    if w[-1:] == "s":
                        w = singular(w)  # ("Foreign Ministers")
                    if w in kind_words:
                        named[w] = f
        self.st.last_found = out
        if not self.st.issuer_opened and any(
            (self._is_person(f) or (f.actor.via == "entity" and self._is_person_ent(f)))
            and not self._issuer_mention(f)
            for f in out
        ):
            # another person named since the issuer, known or not: "He" may be that one
            self.st.issuer_last_person = False

    def _no_cue(self, start: int, end: int) -> bool:
        """Whether tokens ``start..end`` hold no cue of the steps that find actors with no dictionary name:
        no pronoun, undersigned, issuer's own word or acronym, entity, crowd number or short body name (each
        test is a necessary condition of its step; see ``sentence``). A new step that finds actors with no
        dictionary name must add its cue here, or sentences with only that cue lose them."""
        stop = min(end, start + MAX_SENTENCE_TOKENS)
        words = self.low[start:stop]
        st = self.st
        if not (
            ALL_PRONOUNS.isdisjoint(words)
            and ISSUER_PRONOUNS.isdisjoint(words)
            and UNDERSIGNED.isdisjoint(words)
        ):
            return False
        if st.own_words and ("the" in words or not st.self_words.isdisjoint(map(singular, words))):
            return False
        if st.own_words and words and words[0] in ORGAN_WORDS:
            return False  # "Summit urged ...": the issuer's organ (step 4b')
        if st.initials and not self._caps and self._capitals(start, stop):
            return False
        if self._entities(start, end):
            return False
        if not SEVERAL_STATE_NOUNS.isdisjoint(words):
            return False  # "Both countries agreed ...": the states named before (``_counted_states``)
        at = self._crowd_positions() if self.parsed else []
        if bisect.bisect_left(at, start) != bisect.bisect_left(at, stop):
            return False
        return "the" not in words or SHORT_BODY_WORDS.isdisjoint(map(singular, words))

    def _ambiguous_nationals(self, out: list[_Found], s_index: int) -> list[_Found]:
        """A mention led by an adjective two countries share ("Congolese soldiers", "the Korean side") is the
        country of the pair the document has named so far, when it named one of them only (a sentence about
        Goma or Kinshasa makes them the DRC's); with neither named, "Congolese" and "Congo" are the DRC's, as
        news writes them; else it stays uncoded and is marked so that the events stage does not give it the
        sentence's country (a Rwandan sentence does not make Korean officials Rwandan). "The two Koreas" are
        both states."""
        extra: list[_Found] = []
        for f in out:
            word = self.low[f.start_tok]
            if f.actor.code or word not in AMBIGUOUS_NATIONALITIES:
                continue
            if f.end_tok - f.start_tok > 1 and not f.actor.sectors:
                continue  # "the Congo Basin", "Korean Air": a longer name
            pair = AMBIGUOUS_NATIONALITIES[word]
            if word in PAIR_PLURALS and f.start_tok > 0 and self.low[f.start_tok - 1] in ("two", "both"):
                for country in pair:
                    g = self._unresolved(f.start_tok, f.end_tok, "entity", s_index)
                    g.actor.code = g.actor.country = country
                    extra.append(g)
                f.actor.code = "__drop__"
                continue
            named = {c for m in self.st.mentions for _, c in m if c in pair}
            named.update(c for _, c in self._cur_countries if c in pair)
            named.update(i.code[:3] for i in self.st.issuers if i.code and i.code[:3] in pair)
            if not named and word in AMBIGUOUS_DEFAULT:
                named = {AMBIGUOUS_DEFAULT[word]}
            if len(named) == 1:
                country = next(iter(named))
                f.actor.code = country + "".join(f.actor.sectors)
                f.actor.country = country
                f.actor.via = "context"
            else:
                f.actor.entry = AMBIGUOUS_NATIONAL
        return [f for f in out if f.actor.code != "__drop__"] + extra

    def _office_of_org_before(self, m: _Match, ends: dict[int, _Match]) -> bool:
        """An organisation's entry named by a bare office ("High Representative") right after another
        organisation's name is that organisation's office: the name before is the actor."""
        if m.entry.kind != "org" or not all(self.low[i] in OFFICE_TITLE_WORDS for i in range(m.start, m.end)):
            return False
        left = ends.get(m.start)
        return left is not None and left.entry.kind == "org" and bool(left.code) and left.code != m.code

    def _shared_place(self, m: _Match, f: _Found) -> None:
        """A capital whose name a city of another country shares ("Tripoli": Libya's capital, a Lebanese
        port) is that other country's city when the document names that country and not the capital's."""
        other = self._other_place_country(m)
        if other is not None:
            f.actor.code = f.actor.country = other
            f.actor.sectors = []

    def _other_place_country(self, m: _Match) -> str | None:
        """The other country of a shared place name ("Tripoli", "Santiago") when the document names it and
        not the capital's (the sentence's context then holds it too), else None."""
        pair = SHARED_PLACES.get(" ".join(self.low[m.start : m.end]))
        if pair is None or not m.code or m.code[:3] != pair[0]:
            return None
        named = {c for mm in self.st.mentions for _, c in mm}
        named.update(c for i, c in self._cur_countries if i != m.start)
        if pair[1] in named and pair[0] not in named:
            self._cur_countries = [(i, pair[1] if i == m.start else c) for i, c in self._cur_countries]
            return pair[1]
        return None

    def _backer(self, m: _Match) -> bool:
        """A name that says whom a group serves, not who it is: "Russian-backed", "Iran-sponsored",
        "pro-Russian", or whom it is against: "anti-American protesters" ("Saudi-led", "Hamas-run" name the
        leader, who is the actor)."""
        low, n = self.low, len(self.low)
        after = m.end + 1 < n and low[m.end] == "-" and low[m.end + 1] in BACKING_WORDS
        if after or m.start < 2 or low[m.start - 1] != "-":
            return after
        if low[m.start - 2] == "pro":
            return True
        # "anti-American protesters": only before an agent ("anti-Russian sanctions" still name Russia)
        agent = self._starts.get(m.end)
        return low[m.start - 2] in OPPOSING_PREFIXES and agent is not None and agent.entry.kind == "agent"

    def _holder_speaks(self, m: _Match, start: int) -> bool:
        """A country that holds an issuing organisation's chair, as the subject of a verb: named so in an
        issuer's name ("ASEAN Chair (Malaysia)", "Polish Chairmanship of the OSCE") or by the sentence's
        opening ("As Chair of ASEAN, Malaysia ...", which makes it the holder for the rest of the text)."""
        holders = self.st.holders
        if holders is None or not self.parsed or not m.code or self.doc[m.end - 1].dep_ != "nsubj":
            return False
        if m.code in holders:
            return not self._organisation_apart(start)
        first = start
        while first < m.start and self.doc[first].is_space:
            first += 1
        if self.low[first] != "as" or "," not in self.low[first : m.start]:
            return False
        lead = range(first + 1, m.start)
        if not any(self.low[k] in CHAIR_WORDS for k in lead):
            return False
        own = {organisation_key(c) for c in self.st.issuer_codes if _is_org(c)}
        if not any(organisation_key(c) in own for k in lead for c in self._codes_at(k)):
            return False
        holders.add(m.code)
        return True

    def _organisation_apart(self, start: int) -> bool:
        """The sentence names the issuing organisation itself, not as the chair's ("ASEAN Member States stand
        ready to help, and Malaysia has dispatched a rescue team"): a chair-holding subject beside it acts as
        the country ("As Chair of ASEAN, Malaysia ...", "the ASEAN Chair" name the chair, not the body)."""
        own = {organisation_key(c) for c in self.st.issuer_codes if _is_org(c)}
        for k, m in self._starts.items():
            if k < start or not m.code or not _is_org(m.code) or organisation_key(m.code) not in own:
                continue
            near = self.low[max(start, k - 3) : k] + self.low[m.end : m.end + 1]  # ("Chair of the X")
            if CHAIR_WORDS.isdisjoint(near):
                return True
        return False

    def _codes_at(self, k: int) -> list[str]:
        """The codes of the dictionary names this sentence's scan found starting at token ``k``."""
        m = self._starts.get(k)
        return [m.code] if m is not None and m.code else []

    def _structure(self, m: _Match) -> bool:
        """A country's or region's own name right before a capitalised structure noun names the structure:
        "the Europe Bridge", "Palestine Square" (not a city or capital: "Kabul Airport" is in Kabul)."""
        j = m.end
        if j >= len(self.low) or not self.texts[j][:1].isupper():
            return False
        if singular(self.low[j]) not in FACILITY_NOUNS:
            return False
        e = m.entry
        return (e.kind == "country" and e.id == e.code) or e.id.startswith("region-")

    def _street(self, m: _Match) -> bool:
        """A city's or capital's name right before a street noun names the street, not the city: "outside her
        home in San José street" (in Buenos Aires), "a rally on Tehran Avenue"."""
        j = m.end
        return (
            j < len(self.low)
            and self.low[j] in STREET_NOUNS
            and m.entry.kind == "country"
            and (m.entry.id.endswith(":capital") or PLACES_ID in m.entry.id)
        )

    def _continental(self, m: _Match) -> bool:
        """A country's adjective after "pan" names a continent, not the country: "the Pan-American Highway",
        "pan-American solidarity", the "Inter-American Democratic Charter", an "Ibero-American summit" (the
        Americas, not the United States)."""
        low, i = self.low, m.start
        if m.entry.kind != "country":
            return False
        return (i >= 1 and low[i - 1] == "pan") or (
            i >= 2 and low[i - 1] == "-" and low[i - 2] in REGIONAL_PREFIXES
        )

    def _munition(self, end: int) -> bool:
        """The words ending at token ``end`` name a munition ("missiles", "unmanned aerial vehicles")."""
        last = singular(self.low[end - 1])
        return last in MUNITIONS or (last == "vehicle" and end >= 2 and self.low[end - 2] == "aerial")

    def _short_form_at(self, i: int, stop: int) -> bool:
        """Token ``i`` may be a body's head word standing alone for the body ("the Court", "the Alliance"):
        after "the" (or "such": "any such court"), capitalised as statements write it ("bloc" and "alliance"
        also in lower case), and not the start of a longer name ("the Court of Justice", "the Union pour la
        paix")."""
        word = singular(self.low[i])
        if i < 1 or word not in SHORT_BODY_WORDS:
            return False
        if self.low[i - 1] != "the" and not (self.low[i - 1] == "such" and word == self.low[i]):
            return False  # (also "any such court": the one named before, never "such courts")
        if not (self.texts[i][:1].isupper() or word in LOWER_SHORT_WORDS):
            return False
        if self._longer_name_after(i, stop):
            return False
        nxt = self.texts[i + 1] if i + 1 < stop else ""
        return not (nxt in ("in", "at") and not self.texts[i][:1].isupper())  # ("the court in Manila")

    def _short_names(self, out: list[_Found], start: int, stop: int, s_index: int) -> list[_Found]:
        """ "the Court", "the Union", "the Bloc": a body's head word alone after "the", capitalised as
        statements write it, names the one body named before whose name holds that word ("the Bloc": the
        one regional organisation). A longer name ("the Court of Justice") is some other body; with two such
        bodies named before, no guess."""
        for j in self._positions("the", start, stop - 1):
            i = j + 1
            if not self._short_form_at(i, stop):
                continue
            word = singular(self.low[i])
            here = [f for f in out if f.start_tok <= i < f.end_tok]
            if any(f.actor.code or f.end_tok - f.start_tok > 1 for f in here):
                continue  # coded already, or a word of a longer mention
            bodies = self._bodies_named(word, i, out)
            if len(bodies) > 1:
                continue  # "the ICC and the ICJ ... the Court": either
            if (
                len(bodies) == 1
                and word in LOCAL_COURT_WORDS
                and self.texts[i].islower()
                and self._place_named_since(bodies[0], i, out)
            ):
                continue
            found = (
                self._refer_body(bodies[0], i, i + 1, s_index)
                if bodies
                else self._default_body(word, i, s_index)
            )
            if found is None:
                continue
            out = [f for f in out if f not in here]
            out.append(found)
            self._matched.add(i)
        return out

    def _state_forms(self, out: list[_Found], start: int, stop: int, s_index: int) -> list[_Found]:
        """ "the Kingdom", "the Sultanate", "the Federation": a word of a state's formal name alone after
        "the", capitalised, names the one state named before whose name holds it ("the Kingdom" after "the
        Kingdom of Saudi Arabia" or "Saudi Arabia"). A longer name ("the Kingdom of Bahrain", "the Federation
        Council") is not one; with two such states named before, no guess."""
        for j in self._positions("the", start, stop - 1):
            i = j + 1
            word = self.low[i]
            if word not in STATE_FORM_WORDS or not self.texts[i][:1].isupper():
                continue
            nxt = self.texts[i + 1] if i + 1 < stop else ""
            if nxt[:1].isupper() or nxt in ("of", "-"):
                continue
            here = [f for f in out if f.start_tok <= i < f.end_tok]
            if any(f.actor.code or f.end_tok - f.start_tok > 1 for f in here):
                continue  # coded already (the issuer's own "The Kingdom condemns"), or inside a longer name
            states = self._states_named(word, i, out)
            if len(states) != 1:
                continue
            ((country, before),) = states.items()
            f = self._refer(before, i, i + 1, s_index)
            f.actor.code = f.actor.country = country
            f.actor.sectors = []
            f.countries = (country,)
            out = [g for g in out if g not in here]
            out.append(f)
            self._matched.add(i)
        return out

    def _states_named(self, word: str, i: int, out: list[_Found]) -> dict[str, _Found]:
        """The countries named before token ``i`` (this sentence, then the last ``SHORT_NAME_LOOKBACK``
        mentions) by a mention or an entry whose names hold ``word``, each with its last such mention."""
        earlier = sorted((f for f in out if f.end_tok <= i), key=lambda f: f.start_tok)
        got: dict[str, _Found] = {}
        seen: set[str] = set()
        for f in reversed(self.st.found[-SHORT_NAME_LOOKBACK:] + earlier):
            eid = f.actor.entry or ""
            if not f.actor.code or f.actor.via in REFERRING_VIAS or "+" in eid or eid in seen:
                continue
            seen.add(eid)  # (the last mention of each entry: its names are read once)
            entry = self.st.dictionary.by_id.get(eid)
            if entry is None or entry.kind != "country" or not entry.code or len(entry.code) != 3:
                continue
            names = (f.actor.text, entry.name, *entry.names)
            if entry.code not in got and any(word in fold_all(_tokenize_part(n)) for n in names):
                got[entry.code] = f
        return got

    def _dealt_with(self, i: int) -> bool:
        """The short form at token ``i`` is what a state deals with as another party ("the government's
        cooperation with the court", "surrender him to the court"; words.yaml ``dealing_words``; "rejected the
        court's jurisdiction": ``jurisdiction_nouns``), so no body of the state named before it."""
        if not self.parsed:
            return False
        t = self.doc[i]
        prep = t.head
        if t.dep_ == "poss" and t.head.lemma_.lower() in JURISDICTION_NOUNS:
            return True  # "Venezuela rejected the court's jurisdiction": a state accepts or rejects a body
        return (
            t.dep_ == "pobj"
            and self.low[prep.i] in ("with", "to", "from")
            and prep.head.i != prep.i
            and (prep.head.lemma_.lower() in DEALING_WORDS or self.low[prep.head.i] in DEALING_WORDS)
        )

    def _names_own_country(self, i: int, start: int, out: list[_Found]) -> bool:
        """The sentence up to token ``i`` (from ``start``) names a country whose own body a short form may be:
        by its name or adjective, a capital, or one of its agents ("the Georgian government")."""
        return any(k < i for k, _ in self._cur_countries) or any(
            start <= f.start_tok < i
            and f.actor.code
            and f.actor.via not in CONTEXT_VIAS
            and not _is_org(f.actor.code)
            for f in out
        )

    def _refer_body(self, before: _Found, s: int, e: int, s_index: int) -> _Found:
        """A short form at tokens ``s..e`` of the body found before: the body itself when it was named with
        one of its agents ("the Alliance" after "NATO defence ministers", "the Tribunal" after "the judges
        of the ICTR")."""
        f = self._refer(before, s, e, s_index)
        eid = before.actor.entry or ""
        body = self.d.by_id.get(eid.rsplit("+", 1)[-1]) if "+" in eid else None
        if body is not None and body.code and _is_org(body.code):
            f.actor.code = body.code
            f.actor.sectors = list(body.sectors_of(body.code))
        return f

    def _default_body(self, word: str, i: int, s_index: int) -> _Found | None:
        """ "the Union" with no union named before (and issuers that are none): the European Union."""
        entry = self.st.dictionary.by_id.get(EUROPEAN_UNION_ENTRY)
        if word not in EUROPEAN_UNION_WORDS or entry is None or not entry.code:
            return None
        m = _Match(i, i + 1, entry, [], entry.code)
        return self._entry_actor(m, i, i + 1, "short-name", s_index)

    def _place_named_since(self, body: _Found, i: int, out: list[_Found]) -> bool:
        """A country's place is named after "in"/"at" between the ``body`` and token ``i``, other than the
        body's seat ("a man was arrested in London" after "the International Criminal Court")."""
        seat = COURT_SEATS.get(body.actor.code or "")
        since = False
        for f in self.st.found[-SHORT_NAME_LOOKBACK:] + sorted(
            (f for f in out if f.end_tok <= i), key=lambda f: f.start_tok
        ):
            if f is body:
                since = True
                continue
            code = f.actor.code or ""
            if (
                since
                and code
                and code[:3] not in ("IGO", "NGO", "MNC", "IMG")
                and code[:3] != seat
                and f.actor.via not in CONTEXT_VIAS
                and f.start_tok > 0
                and self.low[f.start_tok - 1] in PLACE_PREPS
            ):
                return True
        return False

    def _bodies_named(self, word: str, i: int, out: list[_Found]) -> list[_Found]:
        """The coded bodies named before token ``i`` (this sentence, then earlier ones) whose name or
        dictionary names hold ``word``, the last mention of each, latest first; for "bloc", the regional
        organisations (an international one outside the UN system). A mention composed of an agent and a
        body ("NATO leaders", "MONUSCO peacekeepers") names the body."""
        earlier = sorted((f for f in out if f.end_tok <= i), key=lambda f: f.start_tok)
        got: list[_Found] = []
        codes: set[str] = set()
        # (the last SHORT_NAME_LOOKBACK mentions only: a long document stays linear)
        for f in reversed(self.st.found[-SHORT_NAME_LOOKBACK:] + earlier):
            code = f.actor.code
            if not code or code in codes or f.actor.via in CONTEXT_VIAS:
                continue
            eid = f.actor.entry or ""
            entry = self.st.dictionary.by_id.get(eid)
            if entry is not None and entry.kind in ("person", "country"):
                continue
            if entry is None and "+" in eid:
                # an agent with a body ("NATO leaders": NATO's names); with a country, only its own words
                # ("the Supreme Court of Pakistan")
                entry = self.st.dictionary.by_id.get(eid.rsplit("+", 1)[-1])
                if entry is not None and entry.kind in ("person", "country"):
                    entry = None
            if word in BLOC_WORDS:
                if code[:3] == "IGO" and code[:5] != "IGOUN":
                    got.append(f)
                    codes.add(code)
                continue
            names = [f.actor.text, f.actor.name]
            if f.end_tok < len(self.low) and self.texts[f.end_tok][:1].isupper():
                names.append(self.low[f.end_tok])  # "the ECOWAS Commission" named by "ECOWAS"
            if entry is not None:
                names += [entry.name, *entry.names]
            if any(word in {singular(w) for w in fold(n).split()} for n in names if n):
                got.append(f)
                codes.add(code)
        return got

    def _crowd_positions(self) -> list[int]:
        """The tokens that may name a crowd by its number, in order (built once per document)."""
        at = self._crowd_at
        if at is None:
            # one regular-expression pass over the text finds the few candidates (no per-token Python loop)
            at = []
            tokens = self.doc.tokens
            offsets = self.doc.offsets
            for mo in CROWD_RE.finditer(self.text):
                if mo.group()[0].isdigit() and not _crowd_number(mo.group()):
                    continue  # years, small numbers: most numbers in a text
                k = bisect.bisect_left(offsets, mo.start())
                if (
                    k < len(tokens)
                    and tokens[k].idx == mo.start()
                    and len(tokens[k].text) == mo.end() - mo.start()
                ):
                    at.append(k)
            self._crowd_at = at
        return at

    def _crowds(self, out: list[_Found], covered: set[int], start: int, end: int, s_index: int) -> None:
        """A number standing alone for people is a crowd of civilians (CAMEO's "mob" → CVL): "Thousands
        marched in Belgrade", "More than 5,000 rallied", "Tens of thousands gathered", "troops killed
        dozens". Unresolved with sector CVL; the event roles give it the sentence's country. Not when an
        "of" phrase says who they are ("thousands of Nigerians": that phrase is the actor), nor after a
        determiner ("the two signed": the two are named before), nor for amounts, years and small numbers."""
        low = self.low
        doc = self.doc
        at = self._crowd_positions()
        if not at:
            return
        stop = min(end, start + MAX_SENTENCE_TOKENS)
        for i in at[bisect.bisect_left(at, start) : bisect.bisect_left(at, stop)]:
            t = doc[i]
            if i in covered or t.dep_ not in CROWD_DEPS or t.ent_type_ in AMOUNT_ENTITIES:
                continue
            if t.dep_ == "pobj" and low[t.head.i] not in CROWD_PREPS:
                continue
            last = i
            skip = False
            for c in t.children:
                if c.dep_ in ("det", "poss") and low[c.i] not in ("some", "an", "a"):
                    skip = True  # "the two", "their hundreds"
                elif c.dep_ == "prep" and low[c.i] == "of":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs and low[objs[0].i] in CROWD_WORDS and c.i > i:
                        last = objs[0].i  # "tens of thousands", "hundreds of thousands"
                    else:
                        skip = True  # "thousands of Nigerians", "dozens of them": the phrase says who
            if skip:
                continue
            first = i
            while first > start and doc[first - 1].head.i in (i, first) and doc[first - 1].dep_ in CROWD_MODS:
                first -= 1  # "More than 5,000", "some 2,000", "up to 1,000", "five hundred"
            a, b, text = self._span(first, last + 1)
            actor = Actor(
                name=text, code=None, sectors=["CVL"], text=text, start=a, end=b, sentence_index=s_index,
                via="noun_chunk", entry="crowd",
            )  # fmt: skip
            out.append(_Found(actor, first, last + 1))
            covered.update(range(first, last + 1))

    def _surname_of(self, s: int, e: int, out: list[_Found]) -> _Found | None:
        """The one known person named before in the text whose surname is the unknown name at ``s..e``
        ("Mr Mondlane", "Mondlane" after "Venâncio Mondlane"; titles aside), else None."""
        words = [k for k in range(s, e) if self.doc[k].is_alpha and not _is_title_word(self.doc[k])]
        if len(words) != 1 or not self.texts[words[0]][:1].isupper():
            return None
        surname = self.low[words[0]]
        seen: dict[str, _Found] = {}
        for g in self.st.found[-SHORT_NAME_LOOKBACK:] + out:
            entry = self.d.by_id.get(g.actor.entry or "") if g.actor.code else None
            if entry is None or entry.kind != "person" or g.actor.via in ("pronoun", "self-reference"):
                continue
            if any(fold(n.split()[-1]) == surname for n in entry.names if n and " " in n):
                seen[entry.id] = g
        return next(iter(seen.values())) if len(seen) == 1 else None

    def _named_in_full(
        self, i: int, out: list[_Found], s_index: int, country: str | None = None
    ) -> _Found | None:
        """The one person named up to ``CONTEXT_SENTENCES`` sentences before token ``i`` by a full name (two
        or more capitalised words: a person entity, or a known person's entry) whose last word is token
        ``i``'s, coded or not: "Türk said" after "UN High Commissioner for Human Rights Volker Türk" is
        that office, not Turkey, and "Jordan said" after "Ambassador Michael Jordan" is no country. When the
        word is ``country``'s, never if the text speaks of the word as a thing ("Israel said it would ...",
        "Jordan closed its border"), nor, for a word that is the country's name, if the text coded that
        country before in another form ("in Amman"; its adjective "Türk" stays the person after "Turkish
        authorities")."""
        w = self.low[i]
        # (the person's surname does not stand for the country for the rest of the document)
        earlier = [g for g in self.st.found[-SHORT_NAME_LOOKBACK:] + out if g.end_tok <= i]
        state = self.d.by_id.get(country) if country is not None else None
        # A state is named by a noun: the country's adjective or demonym alone ("Türk said" after Volker Türk)
        # is the person even when the text named the country before ("Turkish authorities detained ...").
        demonym = state is not None and w in state.adjectives
        if country is not None and (
            self._spoken_of_as_thing(i)
            or (
                not demonym
                and any(
                    (g.actor.code or "")[:3] == country and g.actor.via not in REFERRING_VIAS for g in earlier
                )
            )
        ):
            return None
        seen: dict[str, _Found] = {}
        for g in earlier:
            e = g.end_tok
            if (
                e - g.start_tok < 2
                or self.low[e - 1] != w
                or g.actor.via in REFERRING_VIAS - {"issuer"}
                or (g.actor.sentence_index or 0) < s_index - CONTEXT_SENTENCES
                or not self.texts[e - 2][:1].isupper()
            ):
                continue
            ent = self._entity_at(e - 1, e)
            entry = self.d.by_id.get(g.actor.entry or "")
            if (ent is not None and ent.label_ == "PERSON" and ent.end == e and ent.end - ent.start >= 2) or (
                entry is not None and entry.kind == "person"
            ):
                seen[f"{self.low[e - 2]} {w}"] = g
        return next(iter(seen.values())) if len(seen) == 1 else None

    def _spoken_of_as_thing(self, i: int) -> bool:
        """The subject at token ``i`` is taken up by "it"/"its"/"itself" in its own clause and by no personal
        pronoun: "Israel said it would not attend", "Jordan has closed its border" speak of a state."""
        if not self.parsed:
            return False
        t = self.doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return False
        words = {self.low[k.i] for k in t.head.subtree if k.i > i}
        return bool(words & THING_PRONOUNS) and not words & PERSON_PRONOUNS

    def _military_rank(self, f: _Found, floor: int) -> None:
        """An unknown name after a military rank is a soldier: "Gen. Ahmed Bello", "Lt. Col. X" → MIL (not
        after another office's word: "Attorney General X", "Secretary General X")."""
        j = f.start_tok
        rank = False
        while j > floor and self.texts[j - 1] in TITLE_TEXTS | {"Lt", "Lt.", "Brig", "Brig.", "Sgt", "Sgt."}:
            j -= 1
            rank = rank or fold(self.texts[j]).rstrip(".") in MILITARY_RANKS
        if not rank or (j > floor and self.texts[j - 1][:1].isupper() and self.low[j - 1] not in ARTICLES):
            return
        f.actor.sectors = ["MIL"]  # (the name keeps its own span: an apposition may still give it a code)

    def _titled_in_context(self, out: list[_Found]) -> None:
        """An unknown name with a title and no country ("President Joseph Mwangi", "Foreign Minister X")
        holds that office in the one country named before it in the sentence or, failing that, in the
        nearest earlier sentence naming any country (as "the government" does); an agent "of" such a person
        ("the military government of President X") follows. Never the issuers' own country: a statement
        often names a foreign leader it addresses."""
        # (not an office that is mostly an international one: "Secretary-General X" holds no post in the
        # country the sentence before named)
        located = [f for f in out if (f.actor.entry or "").split("+")[0] not in NOT_LOCATED]
        if self._give_context_country(located, "title", PERSON_TITLE_SECTORS):
            self._belonging(out, self._sent_end)

    def _commission_member(self, out: list[_Found]) -> None:
        """An unknown person titled Commissioner ("Trade Commissioner Cecilia Malmström", "Commissioner
        Hogan") in the statement of a commission (an organisation whose name holds "Commission": the
        European Commission, the AU Commission) is one of its members: the issuer, not a state nearby."""
        owners = [
            i
            for i in self.st.issuers
            if _is_org(i.code) and "commission" in name_words(i.name or i.text or "")
        ]
        if len(owners) != 1:
            return
        (owner,) = owners
        for f in out:
            a, j = f.actor, f.start_tok - 1
            if a.code is not None or a.via != "entity" or j < 0 or self.low[j] != "commissioner":
                continue
            if not OTHER_COMMISSIONERS.isdisjoint(self.low[max(0, j - 3) : j]):
                # (RV22) "Police Commissioner John Kamau", "the Kenyan Human Rights Commissioner X", "the UN
                # High Commissioner": a commissioner of another body, not a member of the commission
                continue
            if self.parsed and not self._is_person_ent(f):
                continue
            a.code, a.country, a.sectors = owner.code, owner.country, list(owner.sectors)
            a.via, a.entry = "title", owner.entry

    def _previous_sentence(self, out: list[_Found]) -> None:
        """Bare local agents in a sentence that names no country at all ("Police fired tear gas.",
        "Protesters demanded new elections.", "Thousands marched.") belong to the one country of the nearest
        earlier sentence that names any (up to ``CONTEXT_SENTENCES`` back). Not troops, officials or envoys
        (they often act abroad), and never the issuers' own country."""
        preps: dict[int, int] = {}
        for i, _ in self._cur_countries if self.parsed else ():
            prep = self._elsewhere(i)
            if prep is not None:
                preps[i] = prep
        elsewhere = set(preps)
        if elsewhere:
            # "police arrested him on his return from a conference in South Africa": a country named only as
            # where someone comes from or goes to does not place the sentence's local agents; the one
            # country the sentence names otherwise does, else the sentence before
            named = {c for i, c in self._cur_countries if i not in elsewhere} | {
                (f.actor.country or "")[:3]
                for f in out
                if f.actor.code
                and (f.actor.country or "")[:3] not in ("IGO", "NGO", "")
                and f.start_tok not in elsewhere
            }
            # (not the mentions inside those phrases: "delivered goods to Baghdad University")
            out_here = [f for f in out if not any(self._below(f.start_tok, preps[i]) for i in elsewhere)]
            if len(named) <= 1:
                country = next(iter(named)) if named else None
                # (the context, too, is not the names elsewhere: "... between Windsor and Detroit, arresting
                # about 25 people" are no Americans)
                kept = self._cur_countries
                self._cur_countries = [(i, c) for i, c in kept if i not in elsewhere]
                try:
                    self._give_context_country(out_here, "noun_chunk", LOCAL_SECTORS, country=country)
                finally:
                    self._cur_countries = kept
            return
        if self._cur_countries or any(
            f.actor.code and (f.actor.country or "")[:3] not in ("IGO", "NGO") for f in out
        ):
            return  # the sentence names a country: the event roles' sentence-country rule decides
        self._give_context_country(out, "noun_chunk", LOCAL_SECTORS)

    def _of_several(self, end: int) -> bool:
        """An "of" phrase after token ``end`` names two or more states or sides with no name: "the leaders of
        both countries", "the commanders of the two sides", "the foreign ministers of the three states".
        Whose they are is the parties' (the event roles'), never one country in context."""
        low = self.low
        k = end
        if k + 2 >= self._sent_end or low[k] != "of":
            return False
        k += 1
        if low[k] == "the":
            k += 1
        return k + 1 < self._sent_end and self._several(k + 1, k + 2)

    def _several(self, start: int, end: int) -> bool:
        """Tokens ``start..end`` are a counted plural of states or sides: "both countries", "the two
        governments", "all states"."""
        if start < 1 or self.low[end - 1] not in SEVERAL_STATE_NOUNS:
            return False
        w = self.low[start - 1]
        return w in ("both", "all") or COUNT_WORDS.get(w, 0) >= 2

    def _counted_states(self, out: list[_Found], start: int, end: int, s_index: int) -> list[_Found]:
        """A counted plural of states or sides standing for states named before ("both countries", "the two
        governments", "the two brotherly countries", "both sides") is those states: one mention each, of the
        same span (``via: "coreference"``). They are the ``n`` states named before it in the sentence, else
        (leaving out the states this sentence names) the ``n`` named in the nearest earlier sentences, up to
        ``CONTEXT_SENTENCES`` back; more or fewer, nothing. "Governments" keep their sector."""
        low = self.low
        extra: list[_Found] = []
        for i in range(start + 1, end):
            noun = low[i]
            if noun not in SEVERAL_STATE_NOUNS or (i + 1 < end and low[i + 1] == "of"):
                continue  # ("both sides of the border" is a place)
            k = i - 1
            if self.parsed and k > start and (self.doc[k].pos_ == "ADJ" or self.doc[k].dep_ == "amod"):
                k -= 1  # "the two brotherly countries", "both neighbouring states"
            n = 2 if low[k] == "both" else COUNT_WORDS.get(low[k], 0)
            if n < 2 or (low[k] != "both" and (k == start or low[k - 1] not in COUNTED_DETERMINERS)):
                continue  # ("two countries have signed": some other two)
            if any(f.actor.code and f.start_tok <= i < f.end_tok for f in out):
                continue
            states = self._states_before(k, start, n, sides=noun in SIDE_NOUNS)
            if states is None and len(self._issuer_countries()) == n and len(self.st.issuers) == n:
                # "The three countries will strengthen their cooperation" in three states' joint statement,
                # with no three others named just before: the issuers
                out = [f for f in out if not f.start_tok <= i < f.end_tok]
                extra.extend(self._we(k, s_index, i + 1, via="self-reference"))
                continue
            if states is None:
                continue
            out = [f for f in out if not f.start_tok <= i < f.end_tok]  # ("governments" of no country)
            sectors = ["GOV"] if noun == "governments" else []
            for country in states:
                g = self._unresolved(k, i + 1, "coreference", s_index)
                g.actor.name = self.d.country_names.get(country, country)
                g.actor.code, g.actor.country, g.actor.sectors = country + "".join(sectors), country, sectors
                g.countries = (country,)
                extra.append(g)
        if not extra:
            return out
        return sorted([*out, *extra], key=lambda f: (f.start_tok, f.end_tok))

    def _states_before(self, k: int, start: int, n: int, sides: bool) -> list[str] | None:
        """The ``n`` states a counted plural at token ``k`` names again (``_counted_states``), else None. A
        state named only as where something happened ("met in Ankara") counts when the others are too few,
        unless they are ``sides``; sides are never states acting as one ("The US and Britain condemned the
        coup ... both sides": ``_acting_as_one``)."""
        one = self._acting_as_one if sides and self.parsed else None
        here = [(i, c) for i, c in self._cur_countries if i < k and not (one and one(i))]
        windows = [here] if here else []
        own = {c for _, c in self._cur_countries}
        if len({c for _, c in here}) < n:
            windows = [
                [(i, c) for i, c in prev if c not in own and not (one and one(i))]
                for prev in self.st.mentions[-2 : -2 - CONTEXT_SENTENCES : -1]
            ]
        named: list[str] = []
        named_all: list[str] = []
        for window in windows:
            for i, c in window:
                if c in self.d.country_names and c not in named_all:
                    named_all.append(c)
                    if not (i > 0 and self.low[i - 1] in PLACE_PREPS) and c not in named:
                        named.append(c)
            if len(named) == n:
                return named
            if len(named) > n:
                return None
            if len(named_all) >= n:
                return named_all if not sides and len(named_all) == n else None
        return None

    def _acting_as_one(self, i: int) -> bool:
        """The state named at token ``i`` is one of the joint subjects or joint authors ("a statement by X
        and Y") of an act that is none they do to or with each other (words.yaml ``reciprocal_words``): "The
        US and Britain condemned the coup", not "Serbia and Kosovo resumed the dialogue" nor "clashed"."""
        t = self.doc[i]
        steps = 0
        while t.dep_ in NAME_DEPS and t.head.pos_ == "PROPN" and t.head.i != t.i and steps < 4:
            t, steps = t.head, steps + 1  # (to the head of the name: "the United States")
        joint = any(c.dep_ == "conj" for c in t.children)
        while t.dep_ == "conj" and t.head.i != t.i:
            t, joint = t.head, True
        if not joint:
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            act = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "by":
            act = t.head.head  # ("a joint statement by X and Y", "was signed by X and Y")
        else:
            return False
        # The act, its objects and phrases, and what they hang (not the subjects' own words; not a reciprocal
        # noun with its own "between" phrase: "condemned the clashes between A and B" is about A and B)
        words = [act]
        for c in act.children:
            if c.i == t.i or c.dep_ in ("punct", "cc", "conj"):
                continue
            words.append(c)
            words.extend(g for g in c.children if g.dep_ not in ("punct", "cc", "relcl", "acl"))
        for w in words:
            reciprocal = w.lemma_.lower() in RECIPROCAL_WORDS or self.low[w.i] in RECIPROCAL_WORDS
            if reciprocal and not any(g.dep_ == "prep" and self.low[g.i] == "between" for g in w.children):
                return False
        return True

    def _refugees_from(self, out: list[_Found]) -> None:
        """Refugees with no country come from where they flee: "refugees fleeing Sudan", "refugees fleeing
        the war in Sudan", "6,000 refugees have crossed from West Darfur into Chad", "thousands of refugees
        fled Eritrea" → SDNREF, ERIREF (CAMEO codes refugees by their origin). The one country named in the
        object or the "from" phrase of a verb of flight (words.yaml flight_verbs) whose subject they are, or
        that describes them, decides (the country they reach, "into Chad", "for Ethiopia", does not); else
        the one country of the refugees named up to ``CONTEXT_SENTENCES`` sentences before."""
        refugees = [f for f in out if f.actor.code is None and f.actor.sectors == ["REF"]]
        if not refugees:
            return
        places = {i: c for i, c in self._cur_countries}
        for g in out:
            if g.actor.code and len(g.actor.code) == 3 and g.actor.via == "entity":
                places.update(dict.fromkeys(range(g.start_tok, g.end_tok), g.actor.code))
        for f in refugees:
            # (where these refugees flee first: "Syrian refugees ... refugees fleeing Iraq" are Iraqi)
            origin = self._fled_from(f, places) or self._refugees_before(f)
            if origin is not None:
                f.actor.code, f.actor.country, f.countries = origin + "REF", origin, (origin,)

    def _fled_from(self, f: _Found, places: dict[int, str]) -> str | None:
        """The one country (of ``places``, token → country) named in the object or the "from" phrase of the
        verb of flight whose subject the refugees ``f`` are, or that describes them."""
        t = self.doc[f.end_tok - 1]
        verbs = [c for c in t.children if c.dep_ in ("acl", "relcl")]
        if t.dep_ == "nsubj":
            verbs.append(t.head)  # "refugees have crossed from ..."
        elif t.dep_ == "pobj" and t.head.head.dep_ == "nsubj":
            verbs.append(t.head.head.head)  # "thousands of refugees fled ..."
        for v in verbs:
            if v.lemma_.lower() not in FLIGHT_VERBS:
                continue
            objects = [c for c in v.children if c.dep_ == "dobj"]
            # ("fleeing the war in Sudan" often hangs "in Sudan" on the verb: where they flee, for these)
            preps = ("from", "in") if v.lemma_.lower() in ("flee", "escape") else ("from",)
            for c in v.children:
                if c.dep_ == "prep" and self.low[c.i] in preps:
                    objects.extend(p for p in c.children if p.dep_ == "pobj")
            found = {
                places[k.i] for o in objects for k in o.subtree if k.i in places and not self._bound(k, o)
            }
            if len(found) == 1:
                return found.pop()
        return None

    def _bound(self, k: Token, top: Token) -> bool:
        """Token ``k`` below ``top`` lies in a phrase of where someone goes ("fled Burundi for Tanzania")."""
        node, steps = k, 0
        while node.i != top.i and node.head.i != node.i and steps < 12:
            if node.dep_ == "prep" and self.low[node.i] in ("to", "into", "for", "towards", "toward"):
                return True
            node, steps = node.head, steps + 1
        return False

    def _refugees_before(self, f: _Found) -> str | None:
        """The one country of the refugees named up to ``CONTEXT_SENTENCES`` sentences before ("6,000
        refugees have crossed from West Darfur ... Chad has welcomed more than 150,000 refugees"): refugees
        named again are the same people, wherever the sentence places them."""
        s_index = f.actor.sentence_index or 0
        found: set[str] = set()
        told: set[int] = set()
        recent = self.st.found[-SHORT_NAME_LOOKBACK:]
        for g in reversed(recent):
            if (g.actor.sentence_index or 0) < s_index - CONTEXT_SENTENCES:
                break
            if g.actor.code and g.actor.sectors == ["REF"] and g.actor.country and len(g.actor.country) == 3:
                found.add(g.actor.country)
                told.add(g.actor.sentence_index or 0)
        if len(found) != 1:
            return None
        # Only while the sentence names no country but those of the story told then (where they came from and
        # where they reached): "Greece has turned back refugees at its border with Turkey" after Sudanese
        # refugees reaching Chad are other refugees (RV19-events D1).
        allowed = found | {
            g.actor.country[:3] for g in recent if g.actor.sentence_index in told and g.actor.country
        }
        if any(c not in allowed for _, c in self._cur_countries):
            return None
        return found.pop()

    def _groups_again(self, out: list[_Found], start: int, s_index: int) -> list[_Found]:
        """A definite non-state agent with no country of its own ("The militants took 240 hostages") is the
        one actor the same agent was named with before ("Hamas militants"), not the country in context
        (ISRREB). Run after the context steps, which the sentence's other agents keep ("hostages": ISRCVL)."""
        for k, f in enumerate(out):
            a = f.actor
            if a.via not in ("noun_chunk", "context") or (a.code is not None) == (a.via == "noun_chunk"):
                continue  # (an agent named with no country: uncoded, or coded by context alone)
            if not a.entry or "+" in a.entry:
                continue
            if not self._preceded_by(f.start_tok, start, DETERMINERS):
                continue  # "Gunmen attacked a village": some group, maybe a new one
            entry = self.d.by_id.get(a.entry)
            # (a state agent too when the context gave it no country: "The junta also suspended French media"
            # after "Mali's junta expelled the French ambassador", which names two countries)
            before = (
                self._group_named_before(entry, f.start_tok, out, state=a.code is None)
                if entry is not None
                else None
            )
            if before is not None:
                out[k] = self._refer(before, f.start_tok, f.end_tok, s_index)
        return out

    def _group_named_before(
        self, entry: ActorEntry, tok: int, out: list[_Found], state: bool = False
    ) -> _Found | None:
        """The one non-state actor an agent of ``entry`` was named with before token ``tok`` ("Hamas
        militants", "the Houthi militia"): its last mention in the last ``SHORT_NAME_LOOKBACK`` mentions;
        None with two such actors, or for a state agent ("the government" is left to the context country)
        unless ``state`` allows it."""
        sectors = entry.sectors
        allowed = NON_STATE_SECTORS | STATE_SECTORS if state else NON_STATE_SECTORS
        if not sectors or not set(sectors) <= allowed:
            return None
        prefix = entry.id + "+"
        here = [f for f in out if f.end_tok <= tok]
        got: _Found | None = None
        for g in reversed(self.st.found[-SHORT_NAME_LOOKBACK:] + here):
            code = g.actor.code
            if not code or g.actor.via in REFERRING_VIAS or not (g.actor.entry or "").startswith(prefix):
                continue
            if got is None:
                got = g
            elif got.actor.code != code:
                return None  # "Hamas militants ... Islamic Jihad militants ... the militants": either
        return got

    def _named_with_country(self, out: list[_Found], s_index: int) -> None:
        """A local agent still with no country takes the one country the same agent was named with just
        before (earlier in this sentence or up to ``CONTEXT_SENTENCES`` back): "Ecuadorian police forced
        their way into the embassy. Police officers detained X, to whom Mexico had granted asylum." A
        sentence that names one country, as the place where ("In Kyiv, police said ..."), leaves its agents to
        the roles' sentence country."""
        # (a place where named by a country or a capital, whatever else the sentence names: "In Mexico City,
        # police arrested two protesters outside the Ecuadorian embassy")
        if any(i > 0 and self.low[i - 1] in PLACE_PREPS for i, _ in self._cur_countries) or any(
            f.start_tok > 0
            and self.low[f.start_tok - 1] in PLACE_PREPS
            and f.actor.code
            and not _is_org(f.actor.code)
            for f in out
        ):
            return
        for f in out:
            a = f.actor
            if a.code is not None or a.via != "noun_chunk" or not a.entry or not a.sectors:
                continue
            if not set(a.sectors) <= LOCAL_SECTORS or self._of_several(f.end_tok):
                continue
            prefix = a.entry + "+"
            countries: set[str] = set()
            here = [x for x in out if x.end_tok <= f.start_tok]
            for g in reversed(self.st.found[-SHORT_NAME_LOOKBACK:] + here):
                if (g.actor.sentence_index or 0) < s_index - CONTEXT_SENTENCES:
                    break
                if g.countries and (g.actor.entry or "").startswith(prefix):
                    countries.add(g.countries[0])
            if len(countries) == 1:
                (country,) = countries
                a.code = country + "".join(a.sectors)
                a.country = country
                a.via = "context"

    def _elsewhere(self, i: int) -> int | None:
        """The "from"/"to" of a phrase of where someone comes from or goes to that holds the name at token
        ``i`` ("on his return from a conference in South Africa", "before her flight to Kenya"), or the
        "between" of a crossing's two ends ("the bridge between Windsor and Detroit"), below any verb of the
        clause; else None."""
        node = self.doc[i]
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return None
            prep = node.head
            if node.dep_ == "pobj" and self.low[prep.i] in ("from", "to"):
                # (of a noun of movement: "his return from", "her flight to"; "delivered goods to X" is the
                # act's aim)
                return prep.i if singular(self.low[prep.head.i]) in TRAVEL_NOUNS else None
            if node.dep_ == "pobj" and self.low[prep.i] == "between":
                # a bridge, border or road between two places runs into both: either end may be abroad
                return prep.i if singular(self.low[prep.head.i]) in CROSSING_NOUNS else None
            node = node.head
        return None

    def _give_context_country(
        self, out: list[_Found], via: str, sectors: frozenset[str], country: str | None = None
    ) -> bool:
        """Give ``country``, else the context country (never the issuers'), to uncoded mentions found ``via``
        whose sectors are all in ``sectors``; whether any changed."""
        changed = False
        given = country
        for f in out:
            a = f.actor
            if a.code is not None or a.via != via or not a.sectors or not set(a.sectors) <= sectors:
                continue
            if self._of_several(f.end_tok):
                continue  # "the police of both countries": the parties'
            country = given or self._context_country(f.start_tok, issuers=False)
            if country is None:
                continue
            a.code = country + "".join(a.sectors)
            a.country = country
            a.via = "context"
            changed = True
        return changed

    def _union_seat(self, out: list[_Found]) -> None:
        """ "Brussels" as an actor, not a place (no place or motion word before it): the European Union, as
        news writes it ("Brussels threatened Minsk with sanctions", "talks with Brussels")."""
        entry = self.d.by_id.get(EUROPEAN_UNION_ENTRY)
        if entry is None or not entry.code:
            return
        for f in out:
            i = f.start_tok
            if (
                f.end_tok - i != 1
                or self.low[i] not in UNION_SEATS
                or not (f.actor.entry or "").endswith(":capital")
                or (i > 0 and self.low[i - 1] in PLACE_PREPS | MOVE_PREPS)
                # (a modifier of a name or a noun is the city's: "Brussels Airlines", "Brussels police")
                or (i + 1 < len(self.texts) and self.texts[i + 1][:1].isupper())
                or (self.parsed and self.doc[i].dep_ in ("compound", "nmod", "amod"))
            ):
                continue
            f.actor.code = entry.code
            f.actor.country = entry.code[:3]
            f.actor.sectors = list(entry.sectors_of(entry.code))
            f.actor.entry = entry.id
            f.actor.name = entry.name
            f.countries = ()

    def _party_of_the_title(self, out: list[_Found]) -> None:
        """A party the dictionary gives to a country that neither the document nor its issuers name, in a
        document whose title names one other country: that country's party of the same name ("an official of
        the Podemos party" under "... the post-election situation in Mozambique" is not Spain's Podemos)."""
        title = self._title_country(True)
        if title is None:
            return
        moved: dict[str, str] = {}
        for f in out:
            code = f.actor.code or ""
            eid = (f.actor.entry or "").rsplit("+", 1)[-1]
            entry = self.d.by_id.get(eid)
            if len(code) != 6 or code[3:] != "PTY" or entry is None or entry.kind != "group":
                continue
            if self.texts[f.end_tok - 1] != "party":
                continue  # ("the Republican Party" is the well-known one; "the Podemos party" is introduced)
            country = code[:3]
            if country == title or country in self._issuer_countries():
                continue
            if any(c == country for named in (*self.st.mentions, self._cur_countries) for _, c in named):
                continue  # ("Spain's Podemos", "in Madrid" anywhere so far: the dictionary's party)
            moved[code] = title + code[3:]
        for f in out:
            # (the party's people the sentence gave its code: "an official of the Podemos party")
            new = moved.get(f.actor.code or "")
            if new is not None:
                f.actor.code = new
                f.actor.country = new[:3]
                f.countries = (new[:3],)

    def _alone(self, out: list[_Found]) -> None:
        """An agent no rule gave a country takes its entry's pseudo-country: "peacekeepers" with no country
        are an international force (CAMEO: IGO), never the country they are deployed in; "its peacekeepers"
        were given their owner's country before, and the object of "deploy/send peacekeepers" is left to the
        event roles (the sender's own)."""
        for f in out:
            a = f.actor
            if a.code is not None or a.via != "noun_chunk" or not a.entry:
                continue
            if self.parsed and self.doc[f.end_tok - 1].dep_ == "dobj":
                continue  # "refused to deploy peacekeepers": the subject's own, left to the event roles
            entry = self.d.by_id.get(a.entry)
            if entry is not None and entry.alone:
                a.code = entry.alone + "".join(a.sectors)
                a.country = entry.alone

    def _channel(self, m: _Match, floor: int) -> bool:
        """A broadcast medium after "on"/"over" is the channel something was said on, not an actor."""
        if self.low[m.end - 1] not in CHANNEL_WORDS:
            return False
        j = m.start - 1
        while j >= floor and (self.low[j] in CHANNEL_GAPS or self.low[j] in CHANNEL_WORDS):  # "radio and TV"
            j -= 1
        return j >= floor and self.low[j] in ("on", "over")

    def _number_spans(self) -> dict[int, tuple[int, int]]:
        """Token → (start, end) of the date or number entity it is in (built once per document)."""
        spans = self._number_tokens
        if spans is None:
            spans = self._number_tokens = {
                i: (e.start, e.end)
                for e in self.ents
                if e.label_ in NUMBER_ENTITIES
                for i in range(e.start, e.end)
            }
        return spans

    def _in_number_entity(self, m: _Match) -> bool:
        """A name inside a date or number is that date: "elections on November 17" is not the Greek group
        November 17, "at 6 April" not a movement named after the day."""
        spans = self._number_spans()
        span = spans.get(m.start)
        # (the small model may split a date in two: "the strike of 17 November" is CARDINAL "17" + DATE
        # "November"; a name all of whose words lie in such entities is still the date)
        if span is None or not all(i in spans for i in range(m.start, m.end)):
            return False
        if span == (m.start, m.end) and m.entry.kind == "country":
            return False  # the small model tags a lone "Niger" after a date as DATE: a country is no date
        before = self.low[m.start - 1] if m.start > 0 else ""
        after = self.low[m.end] if m.end < self._sent_end else ""
        # ... unless the words around call it a group: "the group November 17", "November 17 gunmen"
        return before not in GROUP_WORDS and singular(after) not in HEAD_NOUNS | REB_WORDS

    def _names_document(self, m: _Match) -> bool:
        """A place or an organisation naming a document or meeting: "the Lomé Declaration", "the Helsinki
        Final Act", "the Charter of Paris", "the Geneva talks", "the United Nations Charter" say where it was
        made or who wrote it, not who acts."""
        if not self.parsed or m.end >= self._sent_end:
            return False
        nouns = NAMED_AFTER_PLACE if m.entry.kind == "country" else NAMED_AFTER_AUTHOR
        last = self.doc[m.end - 1]
        first = last
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head  # "the Luanda and Nairobi processes": the last place is the first's conjunct
        head = first.head
        if first.pos_ == "PROPN" and first.dep_ in ("compound", "nmod"):
            # the name and any capitalised words after it ("Final") modify the document's noun; other places
            # listed with it ("and Nairobi") name the same kind of document
            def joined(k: int) -> bool:
                t = self.doc[k]
                if self.texts[k][:1].isupper():
                    return t.head.i == head.i or (t.dep_ in ("conj", "compound") and t.head.i >= first.i)
                return t.dep_ in ("cc", "punct") and t.head.i >= first.i and t.head.i < head.i

            return (
                max(m.end, first.i + 1) <= head.i < self._sent_end
                and singular(self.low[head.i]) in nouns
                and all(joined(k) for k in range(first.i + 1, head.i))
            )
        # "the Charter of Paris", "the Treaty of Rome": the name after "of" of a capitalised document noun
        # ("the agreement of Russia and Ukraine" names its parties: lower case, left alone)
        if last.dep_ == "pobj" and self.low[head.i] == "of" and head.head.i < m.start:
            noun = head.head
            return self.texts[noun.i][:1].isupper() and singular(self.low[noun.i]) in nouns
        return False

    def _describes_place(self, m: _Match, ent: Span | None) -> bool:
        """A country adjective modifying a border or a language names where or what, not who acts: "on the
        Thai border", "the use of the Russian language". The country still counts as mentioned (context);
        a noun form ("Russia's border") stays an actor."""
        j = m.end
        if not self.parsed or j >= self._sent_end:
            return False
        last = self.doc[m.end - 1]
        after = singular(self.low[j])
        if after not in PLACE_NOUNS:
            return False
        adjective = last.pos_ == "ADJ" or (ent is not None and ent.label_ == "NORP")
        return adjective and last.dep_ in ("amod", "compound", "nmod") and last.head.i == j

    def _relation_of(self, m: _Match) -> bool:
        """A country owning a noun of relation ("Tunisia's partners", "Ukraine's allies", "Sudan's
        neighbours") names whose partners they are, not an actor; it still counts as mentioned (context)."""
        if not self.parsed:
            return False
        last = self.doc[m.end - 1]
        head = last.head
        return (
            last.dep_ == "poss"
            and head.i >= m.end
            and head.i < self._sent_end
            and singular(self.low[head.i]) in RELATION_NOUNS
        )

    def _hyphen_countries(self, i: int, s_index: int) -> list[_Found]:
        """A single token joining two country names or adjectives: "U.S.-Soviet" → USA and SUN."""
        parts = [p for p in self.doc[i].text.split("-") if p]
        if len(parts) < 2 or len(parts) > 4:
            return []
        codes: list[str] = []
        for part in parts:
            words = _tokenize_part(part)
            cands = self.d.index.get(tuple(words), []) or self.d.index.get(tuple(fold(w) for w in words), [])
            found = {c.entry.code for c in cands if c.entry.kind == "country" and c.entry.code}
            found = {c for c in found if c and len(c) == 3}
            if len(found) != 1:
                return []
            codes.append(found.pop())
        a, b, text = self._span(i, i + 1)
        return [
            _Found(
                Actor(
                    name=text,
                    code=c,
                    country=c,
                    text=text,
                    start=a,
                    end=b,
                    sentence_index=s_index,
                    via="entity",
                ),
                i,
                i + 1,
                (c,),
            )
            for c in dict.fromkeys(codes)
        ]

    def _owned_org(self, f: _Found, ends: dict[int, _Match], floor: int) -> None:
        """An unknown organisation owned by a country: "India's Adani Group" → ``INDBUS``."""
        j = f.start_tok - 1
        if j < floor or self.low[j] not in POSSESSIVE_MARK:
            return
        owner = ends.get(j)
        if owner is None or owner.entry.kind != "country" or not owner.code or len(owner.code) != 3:
            return
        words = [singular(self.low[i]) for i in range(f.start_tok, f.end_tok)]
        sector = next((ORG_SECTORS[w] for w in reversed(words) if w in ORG_SECTORS), "")
        f.actor.code = owner.code + sector
        f.actor.country = owner.code
        f.actor.sectors = [sector] if sector else []

    def _belonging(self, out: list[_Found], end: int) -> None:
        """An unresolved agent speaking for a coded body named after it: "a spokesman for the Sudanese
        army" → ``SDNMIL``, "officials of the interior ministry of Iraq" → ``IRQGOV``; a titled unknown name
        of a country: "President Joseph Kabore of Burkina Faso" → ``BFAGOV``."""
        by_start = {f.start_tok: f for f in out if f.actor.code and f.actor.via != "pronoun"}
        # groups named by their kind alone ("the rebels", "the opposition"), which a speaker for them joins
        uncoded = {
            f.start_tok: f
            for f in out
            if f.actor.code is None
            and f.actor.via == "noun_chunk"
            and not NON_STATE_SECTORS.isdisjoint(f.actor.sectors)
        }
        for f in out:
            # (an agent given the country named last yields to its own complement: "The Government of the
            # Republic of Rwanda" after a sentence on the DRC is Rwanda's)
            from_context = f.actor.via == "context" and f.actor.code is not None
            if (
                (f.actor.code is not None and not from_context)
                or f.actor.via not in ("noun_chunk", "title", "context")
                or f.end_tok >= end
            ):
                continue
            prep = self.low[f.end_tok]
            if from_context and prep != "of":
                continue
            if prep not in ("of", "for", "from") or (
                prep == "for"
                and (
                    (f.actor.entry not in FOR_AGENTS and singular(self.low[f.end_tok - 1]) not in FOR_WORDS)
                    or self.low[f.start_tok] in ENVOY_TITLES
                )
            ):
                continue
            if prep == "from" and (
                f.actor.via != "noun_chunk"
                or (self.parsed and not f.start_tok <= self.doc[f.end_tok].head.i < f.end_tok)
            ):
                # "doctors from two American aid groups" are theirs; "troops withdrew from the Chadian
                # border" (the phrase belongs to the verb) is not
                continue
            k = f.end_tok + 1
            while k < end and (self.low[k] in ARTICLES or (self.parsed and self.doc[k].pos_ == "NUM")):
                k += 1  # "of the", "from two"
            if k not in by_start and k + 2 < end and self.low[k] == "republic" and self.low[k + 1] == "of":
                k += 2  # "of the Republic of Türkiye" (a listed name, "Republic of Korea", wins)
            body = by_start.get(k) or by_start.get(self._skip_gaps_right(k, end))  # "of senior ..."
            if body is None:
                group = uncoded.get(k)
                if group is not None and (prep == "for" or singular(self.low[f.end_tok - 1]) in HEAD_NOUNS):
                    # "a spokesman for the rebels", "the leader of the opposition": the group's own sectors,
                    # its country still to come from context
                    f.actor.sectors = list(group.actor.sectors)
                continue
            code = body.actor.code or ""
            if len(code) == 3 and code not in ("IGO", "NGO") and f.actor.sectors:
                # "President Joseph Kabore of Burkina Faso": the title's sectors in that country
                f.actor.code = code + "".join(f.actor.sectors)
                f.actor.country = code
                if from_context:
                    f.actor.via = "noun_chunk"
            elif from_context:
                continue
            elif prep == "for" or f.actor.via == "noun_chunk":
                _adopt(f.actor, body.actor)

    def _examples(self, out: list[_Found], start: int, end: int, s_index: int) -> None:
        """A noun of relation named through its examples stands for them: "Kenya's partners, including the
        United States and the EU, should ..." (one mention of "partners" per coded example, as a joint
        statement's "we" is one per issuer); with no examples it names no one."""
        for i in range(start, end - 2):
            if singular(self.low[i]) not in RELATION_NOUNS or self.doc[i].pos_ != "NOUN":
                continue
            marker = next(
                (
                    k
                    for k in range(i + 1, min(i + 3, end))
                    if self.low[k] in EXAMPLE_WORDS and self.doc[k].head.i == i
                ),
                None,
            )
            if marker is None or any(f.start_tok <= i < f.end_tok for f in out):
                continue
            examples = [
                f
                for f in out
                if f.actor.code
                and f.start_tok > marker
                and f.actor.via != "pronoun"
                and self._below(f.end_tok - 1, marker)
            ]
            a, b, text = self._span(i, i + 1)
            for f in examples:
                copy = mentioned_again(f.actor, text, a, b, s_index, "noun_chunk")
                out.append(_Found(copy, i, i + 1, f.countries))

    def _below(self, tok: int, top: int) -> bool:
        """Token ``top`` governs token ``tok`` (within a few steps of the parse)."""
        return tok == top or any(a.i == top for a in itertools.islice(self.doc[tok].ancestors, 7))

    def _possessed_office(self, out: list[_Found]) -> None:
        """An uncoded office owned by a coded actor or the issuer is theirs: "the Secretary-General's Personal
        Envoy for Sudan" is the UN's (an envoy "for" a country alone is sent to it, not its own), "the
        Sudanese Army's spokesman" the army's."""
        by_end = {f.end_tok: f for f in out if f.actor.code and f.actor.via != "pronoun"}
        if not by_end:
            return
        for f in out:
            a, j = f.actor, f.start_tok - 1
            if a.code is not None or a.via != "noun_chunk" or not a.sectors:
                continue
            while j > 0 and self.low[j] in OFFICE_TITLE_WORDS:
                j -= 1  # "the Secretary-General's Personal Envoy"
            if self.low[j] not in POSSESSIVE_MARK or not set(a.sectors) <= PERSON_TITLE_SECTORS:
                continue
            k = j
            while (
                k > j - 4
                and k not in by_end
                and (self.texts[k - 1] == "-" or self.texts[k - 1][:1].isupper())
            ):
                k -= 1  # (a self-reference may stop at "Secretary" of "Secretary-General")
            owner = by_end.get(k)
            if owner is not None:
                _adopt(a, owner.actor)

    def _allegiance(self, out: list[_Found], end: int) -> None:
        """An unresolved agent loyal or affiliated to a coded actor named after it is on that actor's side:
        "forces loyal to President X" → X's country with the agent's sectors, "detainees affiliated with
        <an armed group>" → the group's code (a group outside the state gives its own sectors)."""
        by_start = {f.start_tok: f for f in out if f.actor.code and f.actor.via != "pronoun"}
        if not by_start:
            return
        for f in out:
            j = f.end_tok
            if f.actor.code is not None or f.actor.via != "noun_chunk" or j + 2 >= end:
                continue
            if self.low[j] not in ALLEGIANCE_WORDS or self.low[j + 1] not in ("to", "with"):
                continue
            k = j + 2
            while k < end and self.low[k] in ARTICLES:
                k += 1
            body = by_start.get(k)
            code = body.actor.code if body is not None else None
            if body is None or not code or _is_org(code) or code[:3] in ("IGO", "NGO"):
                continue
            if not NON_STATE_SECTORS.isdisjoint(body.actor.sectors) or not f.actor.sectors:
                _adopt(f.actor, body.actor)
            elif body.actor.country:
                f.actor.code = body.actor.country + "".join(f.actor.sectors)
                f.actor.country = body.actor.country

    def _led_by(self, out: list[_Found], end: int, s_index: int) -> list[_Found]:
        """An unresolved agent led by coded actors is theirs: "a delegation led by Foreign Minister X" → X's
        country with the agent's sectors; "the delegations headed by X of Iran and Y of Saudi Arabia" → one
        mention per leader (the first coded mention of each conjunct, its apposition included)."""
        coded = [f for f in out if f.actor.code and f.actor.via not in ("pronoun", "self-reference")]
        if not coded:
            return out
        doc = self.doc
        extra: list[_Found] = []
        for f in out:
            j = f.end_tok
            if j < end and self.low[j] == ",":
                j += 1  # "the delegation, led by ..."
            if (
                f.actor.code is not None
                or f.actor.via != "noun_chunk"
                or not f.actor.sectors
                or j + 1 >= end
                or self.low[j] not in LED_WORDS
                or self.low[j + 1] != "by"
            ):
                continue
            objs = [c for c in doc[j + 1].children if c.dep_ == "pobj"]
            if not objs:
                continue
            heads = sorted([objs[0], *objs[0].conjuncts], key=lambda t: t.i)
            leaders: list[Actor] = []
            for k, h in enumerate(heads):
                lo = h.left_edge.i
                hi = heads[k + 1].left_edge.i if k + 1 < len(heads) else h.right_edge.i + 1
                first = next((g for g in coded if lo <= g.start_tok < hi), None)
                if first is not None and all(first.actor.code != x.code for x in leaders):
                    leaders.append(first.actor)
            copies: list[Actor] = []
            for leader in leaders:
                code = leader.code or ""
                copy = mentioned_again(
                    f.actor, f.actor.text, f.actor.start or 0, f.actor.end or 0, s_index, "context"
                )
                if _is_org(code) or code[:3] in ("IGO", "NGO") or not leader.country:
                    copy.code, copy.country = code, leader.country
                else:
                    copy.code = leader.country + "".join(f.actor.sectors)
                    copy.country = leader.country
                copies.append(copy)
            if copies:
                first_copy, *rest = copies
                f.actor.code, f.actor.country, f.actor.via = first_copy.code, first_copy.country, "context"
                extra.extend(_Found(c, f.start_tok, f.end_tok) for c in rest)
        return out + extra if extra else out

    def _minorities(self, out: list[_Found], start: int) -> None:
        """An "ethnic" group belongs to the state it lives in: "ethnic Albanians in southern Serbia" → SRB,
        "ethnic Hungarians in Slovakia" → SVK. The state is the one other country the sentence names (places
        included), not counting, when it names several, those it names only as where the group comes from or
        goes to or as the other side of a border; with none or several left, the group keeps its own country.
        A people "of" a place belongs to it: "the Albanians of southern Serbia" → SRB."""
        low = self.low
        if not any(
            (f.end_tok < len(low) and low[f.end_tok] == "of")
            or (f.start_tok - 1 >= start and low[f.start_tok - 1] == "ethnic")
            for f in out
        ):
            return  # neither "X of ..." nor "ethnic X" (most sentences)
        named = {c for _, c in self._cur_countries}
        where: dict[int, str] = {}
        for g in out:
            if g.actor.code and len(g.actor.code) == 3 and g.actor.via == "entity":
                where.update(dict.fromkeys(range(g.start_tok, g.end_tok), g.actor.code))
        for f in out:
            a = f.actor
            j = f.end_tok
            if a.code and len(a.code) == 3 and self.parsed and j < len(self.doc) and self.low[j] == "of":
                # "the Albanians of southern Serbia", "the Serbs of Bosnia": the people of a place (the
                # phrase's head noun decides: "of the Israeli-occupied West Bank" is the West Bank)
                heads = [t.i for t in self.doc[j].children if t.dep_ == "pobj"]
                place = where.get(heads[0]) if heads else None
                if place and place != a.country:
                    a.code = a.country = place
                    f.countries = (place,)
                    continue
            k = f.start_tok - 1
            if not a.code or len(a.country or "") != 3 or k < start or self.low[k] != "ethnic":
                continue
            others = named - {a.country}
            if len(others) > 1 and self.parsed:
                # "ethnic Turks protested against Sweden's decision to send them back to Bulgaria", "ethnic
                # Albanians near Macedonia's border with Bulgaria": a state they come from, go to or border
                # on is not where they live (CAMEO codes an ethnic group by its state of residence)
                others = {c for i, c in self._cur_countries if c in others and not self._away(i)}
            if len(others) == 1:
                country = others.pop()
                a.code = country + a.code[3:]
                a.country = country
                f.countries = (country,)

    def _protecting_power(self, out: list[_Found], end: int) -> None:
        """A diplomat of a protecting power acts for the state whose interests it represents: "the Swiss
        chargé d'affaires, as the protector of US interests in Tehran", "the chargé d'affaires of
        Switzerland, which represents the interests of the United States" → USAGOV. A represent/protect word
        and "interests" must follow the diplomat within a few words, with the other state right before
        "interests" or after "interests of"."""
        states = {
            f.start_tok: f.actor.code
            for f in out
            if f.actor.code and len(f.actor.code) == 3 and f.actor.via == "entity"
        }
        if not states:
            return
        low = self.low
        for f in out:
            a = f.actor
            if not a.code or len(a.code) < 6 or (a.entry or "").split("+")[0] != "diplomat":
                continue
            stop = min(end, f.end_tok + PROTECTOR_SPAN)
            if "interests" not in low[f.end_tok : stop]:
                continue
            k = low.index("interests", f.end_tok, stop)
            if not any(
                low[j].startswith(("represent", "protect")) and self._diplomats_own(f, j)
                for j in range(f.end_tok, k)
            ):
                continue
            before = [g for g in out if g.end_tok in (k, k - 1) and g.start_tok in states]
            after = [states[i] for i in (k + 2, k + 3) if low[k + 1 : k + 2] == ["of"] and i in states]
            owner = before[0].actor.code if before else after[0] if after else None
            if owner and owner != a.country:
                a.code, a.country = owner + a.code[3:], owner

    def _diplomats_own(self, f: _Found, j: int) -> bool:
        """Whether the word at ``j`` belongs to the diplomat's own phrase: its relative clause ("..., which
        represents"), an apposition ("..., the protector of"), or an "as" phrase on it or on its verb ("...,
        as the protector of"); not a clause with a subject of its own ("promised that Berlin would protect
        the interests of Ukraine"). Unparsed text: no."""
        if not self.parsed:
            return False
        doc = self.doc
        head = doc[f.end_tok - 1]
        for _ in range(4):
            if not f.start_tok <= head.head.i < f.end_tok or head.head.i == head.i:
                break
            head = head.head
        own = {t.i for t in head.subtree}
        anchors = own | ({head.head.i} if head.dep_ in DIPLOMAT_VERB_DEPS else set())
        tok = doc[j]
        for _ in range(8):
            if tok.i == tok.head.i:
                return False
            if tok.dep_ == "prep" and tok.lower_ == "as":
                return tok.head.i in anchors
            if tok.dep_ in {"relcl", "acl"}:
                subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
                relative = all(
                    c.lower_ in RELATIVE_SUBJECTS or any(g.lower_ == "whose" for g in c.children)
                    for c in subjects
                )
                return relative and tok.head.i in own
            if tok.dep_ == "appos":
                return tok.head.i in own
            if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                return False  # a clause of its own
            tok = tok.head
        return False

    def _away(self, i: int) -> bool:
        """Whether the name at token ``i`` is the object of "from", "to" or "with" (through its own compound
        or possessive words): where someone comes from or goes to, or the other side of a border."""
        node = self.doc[i]
        for _ in range(4):
            if node.dep_ not in ("compound", "poss", "amod", "flat", "nmod") or node.head.i == node.i:
                break
            node = node.head
        return node.dep_ == "pobj" and self.low[node.head.i] in ("from", "to", "with")

    def _their_own(self, out: list[_Found], start: int, end: int) -> None:
        """ "Israel pulled its soldiers out", "the rebels and their commanders": an agent after "its"/"their"
        belongs to the subject of its own clause when that subject is one coded country or organisation."""
        if not any(f.actor.code is None and f.actor.via == "noun_chunk" and f.actor.sectors for f in out):
            return  # no bare agent to give an owner (most sentences): no index of the coded mentions
        doc = self.doc
        coded_at: dict[int, list[_Found]] = {}
        for g in out:
            if g.actor.code and g.actor.via != "pronoun":
                for i in range(g.start_tok, g.end_tok):
                    coded_at.setdefault(i, []).append(g)
        for f in out:
            k = f.start_tok - 1
            while k >= start and self.low[k] in GAP_WORDS:
                k -= 1
            if f.actor.code is not None or f.actor.via != "noun_chunk" or k < start:
                continue
            if self.low[k] not in ("its", "their") or not f.actor.sectors:
                continue
            verb = doc[f.end_tok - 1]
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            owners = [
                g
                for child in verb.children
                if child.dep_ in ("nsubj", "nsubjpass") and start <= child.i < end
                for g in coded_at.get(child.i, ())
            ]
            codes = {g.actor.code for g in owners}
            if len(codes) != 1:
                continue
            owner = owners[0].actor
            base = owner.code or ""
            if len(base) == 3 or _is_org(base):
                sectors = [x for x in f.actor.sectors if not base.endswith(x)]
                f.actor.code = base + "".join(sectors)
                f.actor.country = owner.country
                f.actor.via = "context"

    def _speakers_own(self, out: list[_Found], start: int, end: int) -> None:
        """A state's bare agents in its own reported words are its own: "Israel's defence minister said
        troops will launch an operation in Lebanon" → the troops are ``ISRMIL``."""
        if not any(
            f.actor.code is None
            and f.actor.via == "noun_chunk"
            and f.actor.sectors
            and STATE_SECTORS.issuperset(f.actor.sectors)
            for f in out
        ):
            return  # no bare agent of the state (most sentences): no index of the coded mentions
        coded_at: dict[int, list[_Found]] = {}
        for f in out:
            if f.actor.code and f.actor.via != "pronoun":
                for i in range(f.start_tok, f.end_tok):
                    coded_at.setdefault(i, []).append(f)
        doc = self.doc
        for f in out:
            sectors = set(f.actor.sectors)
            if (
                f.actor.code is not None
                or f.actor.via != "noun_chunk"
                or not sectors
                or sectors - STATE_SECTORS
            ):
                continue
            tok = doc[f.end_tok - 1]
            speech = None
            for _ in range(6):  # climb to the clause the mention sits in, then to the verb reporting it
                # (no "tok.head is tok" test: it never held with spaCy tokens; a root stays in range and
                # the climb ends after six steps, as it did)
                if not (start <= tok.head.i < end):
                    break
                if tok.dep_ == "ccomp":
                    # only a speaker named first speaks of its own forces; "..., Thai military sources
                    # said" at the end attributes a report, it does not own what it reports
                    if tok.head.i < f.start_tok:
                        speech = tok.head
                    break
                tok = tok.head
            if speech is None:
                continue
            speakers = [
                g
                for child in speech.children
                if child.dep_ in ("nsubj", "nsubjpass")
                for i in range(child.left_edge.i, child.i + 1)
                for g in coded_at.get(i, ())
            ]
            countries = {(g.actor.country or "")[:3] for g in speakers}
            if len(countries) == 1 and not any(_is_org(g.actor.code) for g in speakers):
                country = countries.pop()
                if len(country) == 3 and country not in ("IGO", "NGO"):
                    f.actor.code = country + "".join(f.actor.sectors)
                    f.actor.country = country
                    f.actor.via = "context"

    def _appositions(self, out: list[_Found], start: int, end: int) -> None:
        """Join a name and the role next to it.

        "Amina Mohamed, Kenya's foreign minister," and "Kenya's foreign minister, Amina Mohamed," → the
        unknown name takes the role's code; "the opposition leader Juan Perez" → one unresolved mention
        with the title's sectors (a country found later in context completes it).
        """
        doc = self.doc
        by_start = {f.start_tok: f for f in out}
        by_end = {f.end_tok: f for f in out}
        for f in out:
            if f.actor.code is not None or f.actor.via != "entity" or not self._is_person_ent(f):
                continue
            # role after the name: NAME , [the] ROLE
            k = f.end_tok
            if k < end and doc[k].text == ",":
                k += 1
                while k < end and self.low[k] in ("the", "a", "an"):
                    k += 1
                role = by_start.get(k)
                if role is not None and self._is_role(role) and self._role_ends(role.end_tok, end):
                    _adopt(f.actor, role.actor)
                    continue
            # role before the name: ROLE , NAME  or  ROLE NAME (an unresolved title)
            k = f.start_tok - 1
            while (
                k > start
                and _is_title_word(doc[k])
                and (doc[k - 1].text == "," or doc[k - 1].text in TITLE_TEXTS)
            ):
                k -= 1  # "Qatar's emir, Sheikh Hamad ...": an honorific between the comma and the name
            comma = k >= start and doc[k].text == ","
            if not comma:
                k = f.start_tok - 1
            role = by_end.get(k if comma else f.start_tok)
            if role is None or not self._is_role(role, coded_only=comma):
                continue
            if role.actor.code is not None:
                _adopt(f.actor, role.actor)
            elif not comma:
                _absorb_name(doc, role, f)

    def _is_role(self, f: _Found, coded_only: bool = False) -> bool:
        """A composed or unresolved office/title agent ("Kenya's foreign minister", "opposition leader")."""
        if f.actor.via not in ("noun_chunk", "context", "title"):
            return False
        if coded_only and not f.actor.code:
            return False
        return bool(set(f.actor.sectors) & PERSON_TITLE_SECTORS)

    def _role_ends(self, pos: int, end: int) -> bool:
        """The apposition closes: a comma, the end of the sentence or a verb follows the role."""
        return (
            pos >= end or self.doc[pos].text in (",", ";", ")", ".") or self.doc[pos].pos_ in ("VERB", "AUX")
        )

    def _is_person_ent(self, f: _Found) -> bool:
        ent = self._entity_at(f.start_tok, f.end_tok)
        return ent is not None and ent.label_ == "PERSON"

    def _entities(self, start: int, end: int) -> list[Span]:
        """The person, organisation, nationality and place entities inside tokens ``start..end``."""
        ents = self._named_ents
        out = []
        for k in range(bisect.bisect_left(self._named_starts, start), len(ents)):
            e = ents[k]
            if e.start >= end:
                break
            if e.end <= end:
                out.append(e)
        return out

    def _entity_at(self, start: int, end: int) -> Span | None:
        """The entity that holds tokens ``start..end``, if any (entities never overlap: at most one)."""
        k = bisect.bisect_right(self._ent_starts, start) - 1
        if k >= 0 and end <= self.ents[k].end:
            return self.ents[k]
        return None

    def _names_agree(self, entry: ActorEntry, ent: Span) -> bool:
        words = {fold(w) for n in entry.names for w in n.replace("-", " ").split()}
        return all(fold(t.text) in words or _is_title_word(t) or not t.is_alpha for t in ent)

    def _context_country(self, tok: int, issuers: bool = True, local: bool = False) -> str | None:
        own = self._issuer_countries()
        skip: frozenset[str] = frozenset()
        if own and any(i < tok and c in own and self._subject_over(i, tok) for i, c in self._cur_countries):
            # "Norway urges the authorities to ...", "Kenya calls on the government to ...": the issuers,
            # speaking as the subject, address another state's authorities, never their own
            issuers, skip = False, frozenset(own)
        skip |= self._sanctioners(tok)
        current = {c for i, c in self._cur_countries if i < tok and c not in skip}
        if current:
            return next(iter(current)) if len(current) == 1 else None
        if local:
            # a local agent acts where the sentence places it: "Members of the opposition were arrested in
            # Minsk" (not the country of the sentence before, nor the issuers' own)
            placed = {c for i, c in self._cur_countries if i > tok and self.low[i - 1] in PLACE_PREPS}
            if len(placed) == 1:
                return next(iter(placed))
        # The nearest earlier sentence (up to CONTEXT_SENTENCES back) that names any country decides.
        for previous in self.st.mentions[-2 : -2 - CONTEXT_SENTENCES : -1]:
            named = {c for _, c in previous if c not in skip}
            if len(named) == 1:
                return next(iter(named))
            if named:  # several countries named nearby: only the country the title is about can decide
                return self._title_country(issuers)
        country = self._title_country(issuers)
        if country is not None or not issuers:
            return country
        # Nothing named nearby: a statement's own country ("the authorities" in a ministry's press release).
        own = self._issuer_countries()
        return own[0] if len(own) == 1 else None

    def _subject_over(self, i: int, tok: int) -> bool:
        """Token ``i`` is the subject of a verb that governs token ``tok`` ("Norway urges the authorities";
        not "Iran's programme is peaceful, and the fatwa of the Leader ...": a possessor, another clause)."""
        if not self.parsed:
            return False
        t = self.doc[i]
        if t.dep_ != "nsubj":
            return False
        verb, node, steps = t.head.i, self.doc[tok], 0
        while node.head.i != node.i and steps < 12:
            node, steps = node.head, steps + 1
            if node.i == verb:
                return True
            if node.dep_ == "conj":
                return False  # (a second clause: "..., and the government must ...")
        return False

    def _sanctioners(self, tok: int) -> frozenset[str]:
        """The countries named in the subject of the clause whose punitive act (words.yaml
        ``punitive_words``) holds token ``tok``: "the US Treasury announced sanctions on officials of the
        central government" does not punish its own government."""
        if not self.parsed or not self._cur_countries:
            return frozenset()
        node, steps = self.doc[tok], 0
        while node.head.i != node.i and steps < 8:
            node, steps = node.head, steps + 1
            if node.lemma_.lower() in PUNITIVE_WORDS or self.low[node.i] in PUNITIVE_WORDS:
                break
        else:
            return frozenset()
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and steps < 12:
            node, steps = node.head, steps + 1
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        return frozenset(
            c for i, c in self._cur_countries if any(s.left_edge.i <= i <= s.right_edge.i for s in subjects)
        )

    def _title_country(self, issuers: bool) -> str | None:
        """The one country the title names (not the issuers' own unless ``issuers``), or None."""
        if len(self.st.title_countries) != 1:
            return None
        (country,) = self.st.title_countries
        return country if issuers or country not in self._issuer_countries() else None

    # -- actor builders ----------------------------------------------------------------------------

    def _span(self, s: int, e: int) -> tuple[int, int, str]:
        doc = self.doc
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        return a, b, self.text[a:b]

    def _make(
        self,
        m: _Match,
        code: str | None,
        s: int,
        e: int,
        via: str,
        s_index: int,
        name: str | None,
        countries: tuple[str, ...] = (),
        entry_id: str | None = None,
    ) -> _Found:
        a, b, text = self._span(s, e)
        country = code[:3] if code else None
        sectors = list(m.entry.sectors or ()) if code is None else _sectors(m.entry, code)
        actor = Actor(
            name=name or text,
            code=code,
            country=country,
            sectors=sectors,
            text=text,
            start=a,
            end=b,
            sentence_index=s_index,
            via=via,
            entry=entry_id or m.entry.id,
        )
        if code and not countries and country and not _is_org(code) and country not in ("IGO", "NGO"):
            countries = (country,)
        return _Found(actor, s, e, countries)

    def _entry_actor(self, m: _Match, s: int, e: int, via: str, s_index: int) -> _Found:
        f = self._make(m, m.code, s, e, via, s_index, name=m.entry.name)
        f.actor.wikidata = m.entry.wikidata
        if m.entry.kind == "person":
            f.countries = ()  # a person's nationality is not a mention of the country
        return f

    def _composed(self, agent: _Match, mod: _Match, s: int, e: int, s_index: int) -> _Found:
        base = mod.code or ""
        if mod.entry.kind == "person" or mod.entry.id.endswith(":capital"):
            base = base[:3]
        if mod.entry.kind == "country":
            # "police in Santiago" in a statement about Cuba: Santiago de Cuba's police
            base = self._other_place_country(mod) or base
        sectors = list(agent.entry.sectors or ())
        if _is_org(base):
            # "NATO officials" are NATO; "UNIFIL troops" are already the UN's military (IGOUNMIL)
            sectors = [x for x in sectors if x != "GOV" and not base.endswith(x)]
        code = "".join(sectors) + base if agent.entry.prefix else base + "".join(sectors)
        f = self._make(
            agent, code, s, e, "noun_chunk", s_index, name=None, entry_id=f"{agent.entry.id}+{mod.entry.id}"
        )
        if _is_org(base):
            f.actor.sectors = [*mod.entry.sectors_of(base), *sectors]
        if mod.entry.kind == "country" and len(base) == 3:
            f.countries = (base,)
        f.title = bool(set(agent.entry.sectors or ()) & PERSON_TITLE_SECTORS)
        return f

    def _unresolved(self, s: int, e: int, via: str, s_index: int, label: str | None = None) -> _Found:
        a, b, text = self._span(s, e)
        name = text if len(text) <= 300 else text[:300]
        return _Found(
            Actor(name=name, code=None, text=text, start=a, end=b, sentence_index=s_index, via=via), s, e
        )

    def _named_before(self, word: str, i: int) -> _Found | None:
        """The last mention before token ``i`` named by a kind or title word (this sentence's mentions are
        recorded at its end: only earlier sentences count)."""
        f = self.st.named.get(word)
        if f is None or f.end_tok > i or self._issuer_mention(f):
            return None
        return f

    def _named_here(self, word: str, i: int, out: list[_Found]) -> _Found | None:
        """The last coded mention before token ``i`` in this sentence named by a kind or title word ("the
        President of Niger, Mohamed Bazoum, and ... the President and his family"), not the issuers'."""
        for f in reversed(out):
            if (
                f.end_tok <= i
                and f.actor.code
                and not self._issuer_mention(f)
                and word in (singular(w) for w in self.low[f.start_tok : f.end_tok])
            ):
                return f
        return None

    def _own_head_lower(self, k: int, out: list[_Found]) -> bool:
        """Token ``k`` is the head word of an issuer's own name in lower case, as the subject: "the agency
        stands ready" in the statement of "UNHCR, the UN Refugee Agency", when no other body so named came
        before."""
        word = singular(self.low[k])
        return (
            self.parsed
            and word in self.st.head_words
            and self.texts[k].islower()
            and self.doc[k].dep_ in ("nsubj", "nsubjpass")
            # (the issuer itself named before, "UNHCR is dispatching ...", is no other body)
            and not [f for f in self._bodies_named(word, k, out) if not self._issuer_mention(f)]
        )

    def _other_body_before(self) -> bool:
        """An organisation other than the issuers was named before ("Memorial was liquidated ... the
        organisation had documented ..."): "the organisation" in lower case may be that one."""
        return any(
            not self._issuer_mention(f)
            and (
                (f.actor.code or "")[:3] in ("NGO", "IGO")
                or "NGO" in f.actor.sectors  # ("Memorial": RUSNGO)
                # (an unknown name, but not a person's: "..., said Jane Doe, the organisation's director")
                or (f.actor.code is None and f.actor.via == "entity" and not self._is_person_ent(f))
            )
            for f in self.st.found
        )

    def _issuer_mention(self, f: _Found) -> bool:
        """A mention of the issuers themselves ("we", "The Council", their code)."""
        return f.actor.via in ("self-reference", "pronoun") or f.actor.code in self.st.issuer_codes

    def _own_office(self, out: list[_Found], s_index: int) -> list[_Found]:
        """In one state body's statement, its own office or spokesperson named with no country, and the
        unknown name after the title, are the issuer: "Foreign Ministry Spokesperson Zhao Lijian said ..." in
        a foreign ministry's statement, "Spokesperson X said ..." in a ministry's."""
        if len(self.st.issuers) != 1:
            return out
        issuer = self.st.issuers[0]
        body = _is_org(issuer.code)
        if not issuer.code or not (body or STATE_SECTORS & set(issuer.sectors)):
            return out
        own = (issuer.entry or "").split("+")[0]
        for f in [f for f in out if f.actor.code is None and f.actor.via in ("noun_chunk", "title")]:
            agent = (f.actor.entry or "").split("+")[0]
            if body:
                # an organisation's statement: its own head named by office alone ("Secretary-General X
                # expressed regret", "The Secretary-General welcomed ..."), unless another body's was named
                if (
                    agent not in ORG_HEAD_AGENTS
                    or HEAD_OFFICE_WORDS.isdisjoint(self.low[f.start_tok : f.end_tok])
                    or not self.texts[f.start_tok][:1].isupper()
                    or any(self._named_before(w, f.start_tok) for w in self.low[f.start_tok : f.end_tok])
                ):
                    continue
            elif agent != own and agent not in SPOKES_AGENTS:
                continue
            s, e = f.start_tok, f.end_tok
            names = [
                g
                for g in out
                if g is not f and g.actor.code is None and g.actor.via == "entity" and s <= g.start_tok <= e
            ]
            e = max([e, *(g.end_tok for g in names)])
            while (
                self.parsed and e < self._sent_end and self.doc[e].pos_ == "PROPN" and e not in self._matched
            ):
                e += 1  # (a name the tagger did not call a person)
            out = [g for g in out if g is not f and all(g is not n for n in names)]
            out.extend(self._we(s, s_index, e, via="self-reference"))
            self._matched.update(range(s, e))
        return out

    def _head_of_body_named(self, out: list[_Found]) -> None:
        """ "has informed the United Nations Security Council and asked the Secretary-General to ...": a bare
        "Secretary-General" or "Director-General" (capitalised, no "of" after it) left uncoded is the head of
        the one international organisation named before it in the same sentence (its organisation's code:
        the Security Council's Secretary-General is the UN's). With none or two organisations, no guess."""
        for f in out:
            a = f.actor
            if (
                a.code is not None
                or a.via != "noun_chunk"
                or (a.entry or "").split("+")[0] not in ORG_HEAD_AGENTS
                or HEAD_OFFICE_WORDS.isdisjoint(self.low[f.start_tok : f.end_tok])
                or not self.texts[f.start_tok][:1].isupper()
                or (f.end_tok < self._sent_end and self.low[f.end_tok] == "of")
            ):
                continue
            bodies = {
                organisation_key(g.actor.code)
                for g in out
                if g.end_tok <= f.start_tok
                and g.actor.code
                and g.actor.code[:3] == "IGO"
                and not self._issuer_mention(g)
            }
            if len(bodies) == 1:
                a.code = bodies.pop()
                a.country = "IGO"
                a.via = "context"

    def _counted_issuers(self, out: list[_Found], start: int, s_index: int) -> list[_Found]:
        """Uncoded agents counted as many as the issuers, after "the"/"our" ("the three mediators", "our two
        governments"), in a joint statement: the issuers."""
        count = len(self.st.issuers)
        # (agents of the issuers' own kind: "the four legislators" in four foreign ministers' statement are
        # others)
        kinds = {x for iss in self.st.issuers for x in iss.sectors} or {"GOV"}
        keep: list[_Found] = []
        for f in out:
            i = f.start_tok
            a = f.actor
            n = COUNT_WORDS.get(self.low[i - 1]) if i - 2 >= start else None
            if (
                n is not None
                # (the country named last is a weaker guess than the issuers the count names)
                and ((a.code is None and a.via == "noun_chunk") or a.via == "context")
                and a.sectors
                and kinds.issuperset(a.sectors)
                and self.low[i - 2] in ("the", "our", "these")
            ):
                some = None if n == count else self._issuers_apart(out, n, f)
                if n == count or some:
                    keep.extend(self._we(i - 2, s_index, f.end_tok, via="self-reference", issuers=some))
                    self._matched.update(range(i - 2, f.end_tok))
                    if some and i - 2 <= start + 1:
                        # the subset opens the sentence: "They" opening the next one is them
                        self.st.opened_by = some
                        self.st.issuer_opened = True
                    continue
            keep.append(f)
        return keep

    def _issuers_apart(self, out: list[_Found], n: int, counted: _Found) -> list[Actor] | None:
        """The issuers whose countries no other coded mention of the sentence names, when they are ``n``
        and fewer than all: "The two leaders thanked President Erdogan" in the statement of Somalia, Ethiopia
        and Turkiye is Somalia's and Ethiopia's."""
        # (not the counted group's own guess from context, nor a place: "met officials in Nairobi" does not
        # rule out Kenya's minister)
        named = {
            f.actor.code[:3]
            for f in out
            if f is not counted
            and f.actor.code
            and f.actor.via not in CONTEXT_VIAS
            and not (f.start_tok > 0 and self.low[f.start_tok - 1] in PLACE_PREPS)
        }
        rest = [iss for iss in self.st.issuers if iss.code and iss.code[:3] not in named]
        return rest if 0 < len(rest) == n < len(self.st.issuers) else None

    def _person_issuer(self) -> bool:
        """An issuer is a person ("Secretary-General of the UN", "Prime Minister of X", a person's entry):
        "He" or "She" may be it; an organisation ("Amnesty International", "The Ministry") is "It"."""
        for issuer in self.st.issuers:
            entry = self.d.by_id.get((issuer.entry or "").split("+")[0])
            if entry is not None and entry.kind == "person":
                return True
            words = {w for part in fold_all((issuer.name or "").split()) for w in part.split("-")}
            if not PERSON_ISSUER_WORDS.isdisjoint(words):
                return True
        return False

    def _issuer_named(self, s: int, e: int) -> bool:
        """Tokens ``s..e`` spell an issuer's whole name (its bracketed acronym aside) that no entry knows."""
        if not self.st.issuers:
            return False
        if self._issuer_names is None:
            names = ((i.name or "").split(" (")[0].strip() for i in self.st.issuers)
            self._issuer_names = frozenset(" ".join(fold_all(_tokenize_part(n))) for n in names if n)
        return " ".join(self.low[s:e]) in self._issuer_names

    def _refer(self, before: _Found, s: int, e: int, s_index: int) -> _Found:
        """A mention at tokens ``s..e`` ("The Minister", "She") of the actor found before (``via
        "coreference"``)."""
        a, b, text = self._span(s, e)
        return _Found(mentioned_again(before.actor, text, a, b, s_index, "coreference"), s, e)

    def _person_end(self, tok: int) -> int:
        """The end of a person's name starting at ``tok`` (a PERSON entity), else ``tok``."""
        name = next((e for e in self._named_ents if e.start == tok and e.label_ == "PERSON"), None)
        return name.end if name is not None else tok

    def _is_person(self, f: _Found) -> bool:
        """A mention of one person: a titled name, a person of the dictionary, a composed title."""
        if f.actor.via == "title" or f.title:
            return True
        entry = self.d.by_id.get(f.actor.entry) if f.actor.entry else None
        return entry is not None and entry.kind == "person"

    def _cosigners(self, f: _Found) -> bool:
        """An uncoded plural of the issuers' own officials opening a joint statement's sentence: "The foreign
        ministers of the three Baltic states met ..." (then "They condemned ..." is the co-signers)."""
        return (
            len(self.st.issuers) > 1
            and not f.actor.code
            and f.actor.via == "noun_chunk"
            and bool(f.actor.sectors)
            and set(f.actor.sectors) <= COSIGNER_SECTORS
            and self.low[f.end_tok - 1].endswith("s")
        )

    def _capitals(self, start: int, stop: int) -> list[int]:
        """Indices of the all-capitals words (3+ letters) in ``start..stop``, from one list per document."""
        if self._capital_words is None:
            self._capital_words = [
                i for i, w in enumerate(self.texts) if len(w) >= 3 and w.isupper() and w.isalpha()
            ]
        found = self._capital_words
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, stop)]

    def _acronym(self, word: str) -> bool:
        """The word spells an issuer's initials: all of them, or an abbreviation keeping the first ("OHCHR" of
        the Office of the United Nations High Commissioner for Human Rights)."""
        for initials in self.st.initials:
            if word[0] != initials[0] or len(word) * 2 < len(initials):
                continue
            rest = iter(initials)
            if all(c in rest for c in word):
                return True
        return False

    def _person_pronoun(self, first: int, stop: int, start: int, end: int, out: list[_Found]) -> int | None:
        """A "he"/"she" subject among the sentence's first words, outside quotes, with no person named before
        it in the sentence ("On Monday, she also spoke with ..."), or None."""
        if PERSON_PRONOUNS.isdisjoint(self.low[first : min(stop, first + 8)]) or not self.parsed:
            return None
        for j in range(first, min(stop, first + 8)):
            if self.low[j] in PERSON_PRONOUNS and j not in self._matched:
                t = self.doc[j]
                if t.dep_ not in ("nsubj", "nsubjpass") or self._in_quote(j, start, end):
                    return None
                if any(f.start_tok < j and self._is_person(f) for f in out):
                    return None
                return j
        return None

    def _quote_by_issuer(self, out: list[_Found], start: int, end: int) -> bool:
        """The sentence's quote is attributed to the issuers: the subject of its verb of saying (outside the
        quote) is a mention of the issuers ("the Minister said", "said the Secretary-General")."""
        doc = self.doc
        for k in range(start, end):
            t = doc[k]
            if (
                t.lemma_.lower() not in QUOTE_VERBS
                or t.pos_ not in ("VERB", "AUX")
                or self._in_quote(k, start, end)
            ):
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    lo, hi = c.left_edge.i, c.right_edge.i
                    return any(lo <= f.start_tok <= hi and self._issuer_mention(f) for f in out)
        return False

    def _in_quote(self, i: int, start: int, end: int) -> bool:
        """Token ``i`` stands inside quotation marks: an odd number of marks before it in the sentence, or
        none before it and an odd number in all (a quote opened in an earlier sentence closes here)."""
        marks = [k for k in range(start, end) if self.texts[k] in QUOTE_MARKS]
        before = sum(1 for k in marks if k < i)
        return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)

    def _issuer_countries(self) -> list[str]:
        out = []
        for iss in self.st.issuers:
            c = iss.country
            if c and c not in ("IGO", "NGO") and len(c) == 3 and c not in out:
                out.append(c)
        return out

    def _ours(self, m: _Match, our: int, s_index: int) -> list[_Found]:
        """ "our country" → the issuers' country (+ the agent's sectors: "our people" → CVL)."""
        countries = self._issuer_countries()
        if not countries:
            return [self._make(m, None, our, m.end, "pronoun", s_index, name=None)]
        return [
            self._make(m, c + "".join(m.entry.sectors or ()), our, m.end, "pronoun", s_index, name=None)
            for c in countries
        ]

    def _positions(self, word: str, start: int, stop: int) -> list[int]:
        """Indices of a lower-case word in ``start..stop`` (found by list.index, in C)."""
        low, i = self.low, start
        out: list[int] = []
        while True:
            try:
                i = low.index(word, i, stop)
            except ValueError:
                return out
            out.append(i)
            i += 1

    def _self_reference_end(self, j: int, stop: int) -> int | None:
        """End of a capitalised phrase of the issuers' own name words starting at ``j`` ("Council",
        "High Representative"), when it is a whole noun phrase head; else None."""
        doc, low = self.doc, self.low
        own = self.st.own_words
        k = j
        while k < stop and k < j + 6:
            word = self.texts[k][:1].isupper() and singular(low[k]) in own
            # "the Ministry of Foreign Affairs" in the statement of the Ministry of Foreign Affairs of X
            joint = (
                low[k] == "of"
                and j < k < stop - 1
                and self.texts[k + 1][:1].isupper()
                and singular(low[k + 1]) in own
            )
            if not (word or joint):
                break
            k += 1
        if k == j or (self.parsed and doc[k - 1].pos_ not in ("NOUN", "PROPN")):
            return None
        if k < stop and (
            self.texts[k][:1].isupper()
            or (low[k] == "of" and k + 1 < stop and self.texts[k + 1][:1].isupper())
            or (low[k] == "of" and k + 2 < stop and low[k + 1] == "the" and self.texts[k + 2][:1].isupper())
            or self._name_goes_on(k)
        ):
            # a longer name: "the Council of Europe", "the President of Russia", "the Government of the DRC"
            return None
        return k

    def _organ_alone(self, i: int, stop: int) -> bool:
        """Token ``i`` is an organ word alone with no article (ORGAN_WORDS: "Summit urged ...") in an
        international body's statement, naming no other body named by it before: the issuer's own organ,
        as communiqués write it."""
        word = self.low[i]
        if word not in ORGAN_WORDS or not any(_is_org(c) for c in self.st.issuer_codes):
            return False
        if self._longer_name_after(i, stop):
            return False
        before = self._named_before(word, i)  # ("the Extraordinary Summit of SADC", uncoded, is this one)
        return self.doc[i].pos_ in ("NOUN", "PROPN") and (before is None or before.actor.code is None)

    def _longer_name_after(self, i: int, stop: int) -> bool:
        """Token ``i`` starts a longer name: a capitalised word, "of", "for", "on" or a hyphen follows ("the
        Court of Justice", "Council of Ministers", "Conference on Disarmament"), or a name in another language
        goes on ("the Union pour la paix")."""
        nxt = self.texts[i + 1] if i + 1 < stop else ""
        return (
            nxt[:1].isupper()
            or nxt in ("of", "for", "on", "-")
            or (i + 1 < stop and self._name_goes_on(i + 1))
        )

    def _name_goes_on(self, k: int) -> bool:
        """Token ``k`` carries a name in another language on ("the Union pour la paix en Centrafrique",
        "the Frente para la Victoria"): the capitalised word before it heads that name, not an English one."""
        return (
            self.low[k] in NAME_PARTICLES
            and k + 1 < self._sent_end
            and self.low[k + 1] != "-"
            and self.doc[k + 1].is_alpha
        )

    def _we(
        self,
        i: int,
        s_index: int,
        end: int | None = None,
        via: str = "pronoun",
        issuers: list[Actor] | None = None,
    ) -> list[_Found]:
        """The issuers (or those of ``issuers``), named at tokens ``i..end`` by "we"/"us" or by their own
        name's head."""
        end = i + 1 if end is None else end
        a, b, text = self._span(i, end)
        if issuers:
            return [_Found(mentioned_again(iss, text, a, b, s_index, via), i, end) for iss in issuers]
        if not self.st.issuers:
            return [
                _Found(
                    Actor(name=text.lower(), text=text, start=a, end=b, sentence_index=s_index, via=via),
                    i,
                    end,
                )
            ]
        return [_Found(mentioned_again(iss, text, a, b, s_index, via), i, end) for iss in self.st.issuers]


@dataclass(slots=True)
class _Spellings:
    """Single-word country names and adjectives (folded) → country code, and each with one letter deleted."""

    exact: dict[str, str]
    deleted: dict[str, set[str]]
    memo: dict[str, str | None] = field(default_factory=dict)

    def correct(self, w: str) -> str | None:
        """The one country word ``w`` misspells (a letter missing, added or changed), else None."""
        if w in self.memo:
            return self.memo[w]
        found = set(self.deleted.get(w, ()))  # a letter missing: "ethopia"
        for k in range(len(w)):
            cut = w[:k] + w[k + 1 :]
            if cut in self.exact:
                found.add(cut)  # a letter too many: "quatar", "phillippines"
            found.update(self.deleted.get(cut, ()))  # a letter changed: "ethiopja"
        found = {f for f in found if f[0] == w[0]}
        word = min(found) if len({self.exact[f] for f in found}) == 1 else None
        if len(self.memo) > 50_000:
            self.memo.clear()
        self.memo[w] = word
        return word


_spelling_cache: dict[int, tuple[ActorDictionary, int, _Spellings]] = {}


def _spelling_index(dictionary: ActorDictionary) -> _Spellings:
    """The misspelling index of a dictionary, built once on first use."""
    got = _spelling_cache.get(id(dictionary))
    if got is not None and got[0] is dictionary and got[1] == len(dictionary.entries):
        return got[2]
    exact: dict[str, str] = {}
    ambiguous: set[str] = set()
    for entry in dictionary.entries:
        if entry.kind != "country" or not entry.spellings or not entry.code or len(entry.code) != 3:
            continue
        for name in entry.spellings:
            w = fold(name)
            if len(w) < FUZZY_MIN_CHARS - 1 or not w.isalpha():
                continue
            if exact.get(w, entry.code) != entry.code:
                ambiguous.add(w)
            exact[w] = entry.code
    for w in ambiguous:
        del exact[w]
    deleted: dict[str, set[str]] = {}
    for w in exact:
        for k in range(len(w)):
            deleted.setdefault(w[:k] + w[k + 1 :], set()).add(w)
    index = _Spellings(exact, deleted)
    if len(_spelling_cache) > 8:
        _spelling_cache.clear()
    _spelling_cache[id(dictionary)] = (dictionary, len(dictionary.entries), index)
    return index


def _crowd_number(word: str) -> bool:
    """A written number large enough for a crowd and not a year: "5,000", "300" (not "12", not "1999")."""
    digits = word.replace(",", "")
    if not digits.isdigit() or len(digits) > 9:
        return False
    n = int(digits)
    if "," not in word and 1900 <= n <= 2099:
        return False  # a year: "2005 saw ..."
    return n >= 20


def _tokenize_part(part: str) -> list[str]:
    from communique.actors.loader import tokenize_name

    return tokenize_name(part)


def _absorb_name(doc: DocView, title: _Found, name: _Found) -> None:
    """Make a title mention span the person's name that follows it ("Kazakh President X"); drop the name."""
    title.actor.name = name.actor.name
    title.actor.text = doc.span(title.start_tok, name.end_tok).text
    title.actor.end = name.actor.end
    title.end_tok = name.end_tok
    title.actor.via = "title"
    name.actor.code = "__drop__"


def _adopt(mention: Actor, body: Actor) -> None:
    """Give an unresolved mention the code of the coded actor it belongs to or is identified with."""
    mention.code = body.code
    mention.country = body.country
    mention.sectors = list(body.sectors)
    mention.wikidata = mention.wikidata or None


def _sectors(entry: ActorEntry, code: str) -> list[str]:
    if entry.kind == "agent":
        return split_code(code)[1]
    return entry.sectors_of(code)


def _is_title_word(t: Token) -> bool:
    return t.text[:1].isupper() and fold(t.text).rstrip(".") in TITLE_WORDS


TITLE_WORDS = frozenset(
    {"president", "mr", "mrs", "ms", "dr", "prime", "minister", "foreign", "secretary", "general",
     "chancellor",
     "sir", "madam", "premier", "vice", "deputy", "state", "senator", "ambassador", "king", "queen", "prince",
     "sheikh", "emir", "leader", "chairman", "chair", "speaker", "opposition", "former", "late",
     "gen", "lt", "colonel", "col", "major", "maj", "admiral", "marshal", "field", "brigadier", "captain",
     "capt", "sultan", "imam", "ayatollah", "mullah", "archbishop", "bishop", "rev", "reverend", "lord",
     # honorifics heading a head of state's name ("His Majesty King Abdullah II", "H.E. Mohamed Bazoum")
     "his", "her", "majesty", "highness", "royal", "excellency", "h.e", "honourable", "honorable", "hon",
     "crown", "pope", "patriarch", "cardinal"}
)  # fmt: skip
# Military ranks: an unknown name after one is a soldier (MIL).
MILITARY_RANKS = frozenset(
    {"gen", "general", "lt", "lieutenant", "colonel", "col", "major", "maj", "admiral", "marshal",
     "brigadier", "brig", "captain", "capt", "sergeant", "sgt"}
)  # fmt: skip
# Capitalised forms of the title words (an honorific chain: "Sheikh", "Dr.").
TITLE_TEXTS = frozenset(w.capitalize() + dot for w in TITLE_WORDS for dot in ("", "."))


# --- public API ----------------------------------------------------------------------------------


def _sentence_ranges(sdoc: Doc, view: DocView) -> list[tuple[int, int]]:
    if sdoc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in view.sents]
    return [(0, len(sdoc))]


def resolve_actors(document: Document, sdoc: Doc, dictionary: ActorDictionary) -> list[Actor]:
    """Return every actor mention of a parsed document, sorted by start; resolves ``document.issuers`` too."""
    day = parse_date(document.date)
    resolve_issuers(document, dictionary)
    starts = [s.start for s in document.sentences]
    state = _State(dictionary, day, list(document.issuers), starts)
    state.self_words = _self_words(document.issuers, dictionary)
    state.kind_words = _kind_words(document.issuers) - state.self_words
    state.own_words = state.self_words | state.kind_words if state.self_words else frozenset()
    state.initials = tuple(i for i in map(_initials, document.issuers) if len(i) >= 3)
    state.head_words = _head_words(document.issuers)
    state.issuer_codes = frozenset(i.code for i in document.issuers if i.code)
    state.title_countries = title_countries(document.title, document.date, dictionary)
    if any(_is_org(i.code) for i in document.issuers):
        state.holders = _chair_holders(document.issuers, document.date, dictionary)
    view = doc_view(sdoc)
    resolver = _Resolver(view, state, parsed=sdoc.has_annotation("DEP"))
    space = view.space_flags
    for start, end in _sentence_ranges(sdoc, view):
        if all(space[start:end]):  # (IS_SPACE flags, 1 or 0: no token object read)
            continue
        s_char = view[start].idx
        s_index = _sentence_index(starts, s_char, view, start, end)
        resolver.sentence(s_index, start, end)
    _document_kind_country(state, dictionary)
    found = sorted(state.found, key=lambda f: (f.actor.start or 0, f.actor.end or 0))
    return [f.actor for f in found]


def _chair_holders(issuers: Sequence[Actor], date: str | None, dictionary: ActorDictionary) -> set[str]:
    """The countries an organisation issuer's name says hold its chair ("ASEAN Chair (Malaysia)")."""
    out: set[str] = set()
    for iss in issuers:
        name = iss.name or iss.text or ""
        if not _is_org(iss.code) or CHAIR_WORDS.isdisjoint(name_words(name)):
            continue
        state = _scan_name(name, date, dictionary)
        for f in state.found if state is not None else ():
            code = f.actor.code or ""
            if len(code) == 3 and not f.actor.sectors and code in dictionary.country_names:
                out.add(code)
    return out


NAME_FUNCTION_WORDS = frozenset(
    {"of", "the", "for", "and", "on", "in", "to", "a", "an", "'s", "’s", "de", "du", "des"}
)


def _self_words(issuers: Sequence[Actor], dictionary: ActorDictionary) -> frozenset[str]:
    """The words of the issuers' names and dictionary names, by which a statement names its own issuer."""
    words: set[str] = set()
    for iss in issuers:
        entry = dictionary.by_id.get(iss.entry) if iss.entry else None
        names = [iss.name, entry.name if entry is not None else ""]
        for name in names:
            for w in re.split(r"[\s\-‐–]+", name or ""):
                w = w.strip(".,;:()\"'").lower()
                if len(w) > 1 and w not in NAME_FUNCTION_WORDS and not w.isdigit():
                    words.add(singular(w))
    return frozenset(words)


def _head_words(issuers: Sequence[Actor]) -> frozenset[str]:
    """The head word of each part of the issuers' names ("UNHCR, the UN Refugee Agency": "agency"; "Ministry
    of Foreign Affairs": "ministry") that names a kind of body (SHORT_BODY_WORDS)."""
    words: set[str] = set()
    for iss in issuers:
        for part in re.split(r"[,;()]", iss.name or ""):
            head = ""
            for w in part.split():
                w = w.strip(".:\"'").lower()
                if w in HEAD_STOPS:
                    break
                head = w
            if singular(head) in SHORT_BODY_WORDS:
                words.add(singular(head))
    return frozenset(words)


def _kind_words(issuers: Sequence[Actor]) -> frozenset[str]:
    """The kind and head-title words (KIND_WORDS) by which the issuers' statement may name them."""
    words: set[str] = set()
    for iss in issuers:
        code = iss.code or ""
        if code.startswith("IGO"):
            kind = "igo"
        elif code.startswith("NGO"):
            kind = "ngo"
        elif {"PTY", "OPP"} & set(iss.sectors):
            kind = "party"
        elif len(code) == 3 or STATE_SECTORS & set(iss.sectors):
            kind = "state"
        elif code or iss.sectors:
            kind = "ngo"  # churches, unions, media, businesses: "The Government" is not theirs
        else:
            continue
        words |= KIND_WORDS[kind]
    return frozenset(words)


def _initials(issuer: Actor) -> str:
    """The capitals opening the words of an issuer's name ("Pakistan Tehreek-e-Insaf" → "PTI")."""
    words = re.split(r"[\s\-‐–]+", issuer.name or "")
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in NAME_FUNCTION_WORDS)


def _sentence_index(starts: list[int], s_char: int, sdoc: DocView, start: int, end: int) -> int:
    if not starts:
        return 0
    # The document's sentence starts skip leading whitespace; find the one inside this token range.
    e_char = sdoc[end - 1].idx + len(sdoc[end - 1].text)
    k = bisect.bisect_right(starts, e_char - 1) - 1
    return max(k, 0)


def resolve_issuers(document: Document, dictionary: ActorDictionary) -> None:
    """Fill ``code``, ``country``, ``sectors``, ``wikidata`` and ``entry`` of each issuer in place.

    An issuer the dictionary does not know, whose name says what it is ("... Party", "Chamber of Commerce";
    ``kinds.kind_of``), gets that sector and the country its name names, else the one country the title
    names; ``entry`` records how (``kind:PTY:name``, ``kind:PTY:title``). Without either it keeps the sector
    and no code until ``resolve_actors`` finds the one country the document names (``kind:PTY:document``).
    """
    title_country: list[str | None] = []  # (computed on first need)
    joint: list[tuple[Actor, list[Actor]]] = []  # issuers whose names list several states, and the others
    for issuer in document.issuers:
        if issuer.code:
            continue
        name = issuer.name or issuer.text
        state = _scan_name(_groups_spelt_out(name, dictionary), document.date, dictionary)
        hit = _issuer_hit(state, dictionary)
        kind, kind_word = kind_at(name)
        if kind is not None and state is not None and _kind_applies(state, hit, dictionary, name, kind_word):
            country = hit.country if hit is not None and hit.country in dictionary.country_names else None
            source = "name"
            region = None if country is not None else _region_code(state, name, document.date, dictionary)
            if country is None and not INTERNATIONAL_WORDS.isdisjoint(name_words(name)):
                # "Global Coalition for ...": no country of the place it speaks about
                source = "none"
            elif region is not None:
                # "African Trade Union Confederation", "BusinessEurope": CAMEO's region code (AFRLAB,
                # EURBUS), never the country of the place it speaks about
                country, source = region, "region"
            elif country is None:
                if not title_country:
                    title_country.append(
                        _one_country(title_countries(document.title, document.date, dictionary), dictionary)
                    )
                country, source = title_country[0], "title"
            issuer.sectors = [kind]
            issuer.entry = f"kind:{kind}:{source}"
            if country:
                issuer.code, issuer.country = country + kind, country
            if not issuer.text:
                issuer.text = issuer.name
            continue
        if hit is None:
            organ = _domestic_organ(state, name)
            if organ is not None:
                # "Ministry of Interior", "Presidential Administration", "Office of the Prime Minister" with
                # no country in the name: the state's own body, of the one country the title names, else
                # (resolve_actors) of the one the document names (``kind:GOV:organ``, then ``:document``)
                if not title_country:
                    title_country.append(
                        _one_country(title_countries(document.title, document.date, dictionary), dictionary)
                    )
                issuer.sectors = list(organ)
                issuer.entry = f"kind:{organ[0]}:organ"
                if title_country[0]:
                    issuer.code, issuer.country = title_country[0] + organ[0], title_country[0]
                    issuer.entry = f"kind:{organ[0]}:title"
                if not issuer.text:
                    issuer.text = issuer.name
            continue
        if state is not None and len(hit.code or "") == 3 and not hit.sectors and hit.country == hit.code:
            # "Ministry of Foreign Affairs and International Cooperation of Italy", "Business Unity South
            # Africa": the agent heading the name, which did not compose with the country, is that country's
            # (not one after it: "Ukrainian World Congress" is no legislature)
            head = next((f for f in state.found if f.start_tok <= 1), None)
            if head is not None and head.actor.code is None and head.actor.sectors:
                hit.code = (hit.code or "") + "".join(head.actor.sectors)
                hit.sectors = list(head.actor.sectors)
                hit.entry = f"{head.actor.entry}+{hit.entry}"
        if hit.country and not EXILE_WORDS.isdisjoint(name_words(name)) and STATE_SECTORS & set(hit.sectors):
            # "Government in Exile of X", "Exiled Parliament of X": CAMEO's opposition, not the state
            hit.code, hit.sectors = hit.country + "OPP", ["OPP"]
        issuer.code = hit.code
        issuer.country = hit.country
        issuer.sectors = list(hit.sectors)
        issuer.wikidata = issuer.wikidata or hit.wikidata
        issuer.entry = hit.entry
        if not issuer.text:
            issuer.text = issuer.name
        others = _listed_states(state, issuer) if state is not None else []
        if others:
            joint.append((issuer, others))
    for issuer, others in joint:
        # "Troika (United States, United Kingdom, Norway)", "Governments of X, Y and Z": every state the name
        # lists issues the statement (one issuer each, as a joint statement's signatories are)
        at = document.issuers.index(issuer) + 1
        document.issuers[at:at] = others


def _domestic_organ(state: _State | None, name: str) -> list[str] | None:
    """The sectors of an issuer's name that only names a state's own body, with no country and no body that
    speaks abroad or for an organisation ("Ministry of Interior" → GOV; not "Ministry of Foreign Affairs",
    "Embassy", "Secretary-General": words.yaml ``outward_words``), else None."""
    if state is None or not state.found or not OUTWARD_WORDS.isdisjoint(name_words(name)):
        return None
    for f in state.found:
        if f.actor.code or f.actor.via == "pronoun" or not set(f.actor.sectors) <= STATE_SECTORS:
            return None
    sectors = list(state.found[0].actor.sectors)
    return sectors or None


def _state_owning_body(
    state: _State, found: list[_Found], resolved: list[_Found], org: _Found, dictionary: ActorDictionary
) -> _Found | None:
    """The state a name's opening state body belongs to when an organisation named in between is its
    portfolio ("Ministry of Foreign Affairs, European Union and Cooperation of Spain" → Spain), else None."""
    head = next((f for f in found if f.start_tok == 0), None)
    if head is None or head.actor.code or not STATE_SECTORS & set(head.actor.sectors):
        return None
    states = [
        f
        for f in resolved
        if f is not org and not f.actor.sectors and (f.actor.code or "") in dictionary.country_names
    ]
    if len(states) != 1 or states[0].start_tok < org.end_tok:
        return None
    # (the state is what the body is "of": "... and Cooperation of Spain", "... of the Kingdom of Spain")
    before = [w.lower() for w in state.name_texts[max(0, states[0].start_tok - 2) : states[0].start_tok]]
    return states[0] if "of" in before else None


def _groups_spelt_out(name: str, dictionary: ActorDictionary) -> str:
    """An issuer's name with a group of states spelt out as its members ("Ministers of Foreign Affairs of
    the Baltic States" → "... of Estonia, Latvia and Lithuania"), for ``_listed_states``."""
    low = name.lower()
    for group, members in STATE_GROUPS.items():
        at = low.find(group)
        if at < 0:
            continue
        names = [dictionary.country_names.get(c, c) for c in members]
        spelt = ", ".join(names[:-1]) + " and " + names[-1]
        start = at - 4 if low[max(0, at - 4) : at] == "the " else at
        return name[:start] + spelt + name[at + len(group) :]
    return name


def _listed_states(state: _State, first: Actor) -> list[Actor]:
    """The states after the first that an issuer's name lists ("X, Y and Z"), as issuers of their own; none
    unless the name's states stand in one list, separated by commas or "and" only ("Embassy of the United
    States in Kenya" lists one state)."""
    found = sorted(
        (
            f
            for f in state.found
            if f.actor.code and f.actor.code[:3] not in ("IGO", "NGO") and f.actor.country
        ),
        key=lambda f: (f.start_tok, f.end_tok),
    )
    countries = list(dict.fromkeys(f.actor.country for f in found))
    if len(countries) < 2 or first.country != countries[0]:
        return []
    texts = state.name_texts
    for a, b in itertools.pairwise(found):
        same = (a.start_tok, a.end_tok) == (b.start_tok, b.end_tok)  # "Foreign Ministers of X, Y and Z"
        if not same and not all(texts[k].lower() in LIST_GAPS for k in range(a.end_tok, b.start_tok)):
            return []
    sectors = "".join(first.sectors)
    out: list[Actor] = []
    for f in found:
        country = f.actor.country or ""
        if country == first.country or any(o.country == country for o in out):
            continue
        code = f.actor.code if f.actor.code != country else country + sectors
        out.append(
            Actor(name=f.actor.text or country, code=code, country=country, sectors=list(first.sectors),
                  text=f.actor.text or country, via="issuer", entry=f.actor.entry)
        )  # fmt: skip
    return out


def title_countries(title: str | None, date: str | None, dictionary: ActorDictionary) -> frozenset[str]:
    """The countries a document's title names ("Belarus: Declaration by the High Representative ...")."""
    state = _scan_name(title, date, dictionary)
    return frozenset(c for _, c in state.mentions[0]) if state is not None else frozenset()


def _scan_name(name: str | None, date: str | None, dictionary: ActorDictionary) -> _State | None:
    """Resolve a short unparsed text (a name, a title) as one sentence; None when it is empty."""
    text = " ".join(w[:MAX_WORD_CHARS] for w in str(name or "")[: MAX_NAME_CHARS * 4].split())[
        :MAX_NAME_CHARS
    ]
    if not text:
        return None
    with _tok_lock:
        sdoc = _tokenizer()(text)
    state = _State(dictionary, parse_date(date), [], [0])
    state.name_texts = [t.text for t in sdoc]
    resolver = _Resolver(DocView(sdoc), state, parsed=False)  # not cached: a one-off name
    resolver.sentence(0, 0, len(sdoc))
    return state


# Words that carry a name on: "Plateforme des Organisations ...", "Frente de Liberación ...".
NAME_LINKS = frozenset(
    {"of", "des", "de", "du", "del", "della", "do", "da", "dos", "das", "for", "pour", "para"}
)
# Generic agents that name a body's head or voice, not a state body, at the head of an issuer's name.
HEAD_PERSON_AGENTS = frozenset(
    {"leader", "spokesperson", "official", "secretary-general", "chairperson", "president"}
)
# What may stand between the states an issuer's name lists: "X, Y and Z", "X, the Y & Z".
LIST_GAPS = frozenset({",", "and", "&", "the", "/"})
# Words of a state body's name that make it the opposition abroad ("Government in Exile").
EXILE_WORDS = _WORDS["exile_words"]
OUTWARD_WORDS = _WORDS["outward_words"]
# Words of an international body's name: it has no country of the place it speaks about.
INTERNATIONAL_WORDS = _WORDS["international_words"]


def _region_code(state: _State, name: str, date: str | None, dictionary: ActorDictionary) -> str | None:
    """The one world region a name names ("African", "Europe" in "BusinessEurope"), by its CAMEO code."""
    camel = split_camel(name)
    scans = [state] if camel == name else [state, _scan_name(camel, date, dictionary)]
    regions = {
        f.actor.code[:3]
        for scan in scans
        if scan is not None
        for f in scan.found
        if f.actor.code
        and f.actor.code[:3] not in ("IGO", "NGO")
        and f.actor.code[:3] not in dictionary.country_names
        and not _is_org(f.actor.code)
    }
    return next(iter(regions)) if len(regions) == 1 else None


def _one_country(codes: Iterable[str], dictionary: ActorDictionary) -> str | None:
    """The one country among ``codes`` (international and regional codes aside), else None."""
    countries = {c[:3] for c in codes if c[:3] in dictionary.country_names}
    return next(iter(countries)) if len(countries) == 1 else None


def _main_country(codes: Iterable[str], dictionary: ActorDictionary) -> str | None:
    """The country named at least twice and at least twice as often as any other ("Nicaragua" all through a
    statement that names "Washington" once), else None."""
    counts = Counter(c[:3] for c in codes if c[:3] in dictionary.country_names).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]


# A state body's head word before a region's word in an issuer's name: the region is its portfolio.
_PORTFOLIO_HEADS = frozenset({"ministry", "department", "ministère", "ministerio"})


def _issuer_hit(state: _State | None, dictionary: ActorDictionary) -> Actor | None:
    """The actor an issuer's name resolves to: the widest coded one, with three exceptions for names.

    - A country that only holds an organisation's office does not speak for itself: "Polish Chairmanship of
      the OSCE", "Swedish Presidency of the Council of the EU" are the organisation's.
    - A bare country after a comma names who holds an office, not the speaker: "Chair of ASEAN, Brunei
      Darussalam" is ASEAN's chair (a coded actor before the comma wins).
    - A party or group entry right after a capitalised word the dictionary does not know is the tail of a
      longer, different name: "People's Democratic Party" is not the US Democratic Party.
    """
    if state is None:
        return None
    texts = state.name_texts
    found = [f for f in state.found if f.actor.via != "pronoun"]
    resolved = []
    for f in found:
        if not f.actor.code:
            continue
        entry = dictionary.by_id.get(f.actor.entry or "")
        group = entry is not None and entry.kind == "group" and not _is_org(f.actor.code)
        k = f.end_tok
        if (
            group
            and k - f.start_tok == 1
            and k + 1 < len(texts)
            and texts[k].lower() in NAME_LINKS
            and texts[k + 1][:1].isupper()
            and not any(g.actor.code and g.start_tok <= k + 1 < g.end_tok for g in found)
        ):
            # "Plateforme des Organisations Haïtiennes des Droits Humains": a group's one-word name opening a
            # longer name of words the dictionary does not know is that other body's first word
            continue
        if group and f.start_tok > 0:
            j = f.start_tok - 1
            if j > 0 and texts[j] in POSSESSIVE_MARK:
                j -= 1  # "People's Democratic Party"
            before = texts[j]
            covered = [g for g in found if g.actor.code and g.start_tok <= j < g.end_tok]
            if before[:1].isupper() and before.lower() not in ("the", "of") and not covered:
                continue
            names = dictionary.country_names
            state_before = [g for g in covered if len(g.actor.code or "") == 3 and g.actor.code in names]
            if state_before and state_before[0].actor.code != f.actor.country:
                # "Malawi Congress Party", "Zambian Democratic Party": a party of another state named by the
                # same words is not the one the dictionary knows (India's Congress, the US Democrats); the
                # state named before it owns this one
                own = state_before[0].actor.code or ""
                f.actor.code, f.actor.country = own + "".join(f.actor.sectors), own
                f.actor.entry = None
        resolved.append(f)
    if not resolved:
        return None
    best = max(resolved, key=lambda f: (f.end_tok - f.start_tok, -f.start_tok))
    orgs = [f for f in resolved if _is_org(f.actor.code)]
    if orgs and not _is_org(best.actor.code):
        same = [f for f in orgs if (f.start_tok, f.end_tok) == (best.start_tok, best.end_tok)]
        if same or (not best.actor.sectors and len(best.actor.code or "") == 3):
            # "Polish Chairmanship of the OSCE", "Swedish Presidency of the Council of the EU": the country
            # only holds the organisation's office; the organisation speaks
            best = same[0] if same else max(orgs, key=lambda f: (f.end_tok - f.start_tok, -f.start_tok))
    if _is_org(best.actor.code):
        # "Ministry of Foreign Affairs, European Union and Cooperation of Spain": an organisation named
        # between a state body opening the name and the one state after its last "of" is the body's
        # portfolio; the state owns the body ("Delegation of the European Union to Thailand" has none)
        state_of = _state_owning_body(state, found, resolved, best, dictionary)
        if state_of is not None:
            best = state_of
    if "," in texts and not best.actor.sectors and len(best.actor.code or "") == 3:
        comma = texts.index(",")
        if best.start_tok > comma:
            first = [f for f in resolved if f.end_tok <= comma]
            if first:
                best = max(first, key=lambda f: (f.end_tok - f.start_tok, -f.start_tok))
    actor = best.actor
    if (
        actor.code
        and actor.country
        and actor.country not in dictionary.country_names
        and not _is_org(actor.code)
    ):
        # "Ministry of Foreign Affairs and European Integration of Moldova": an adjective of a region inside
        # a body's title names what the body deals with; the one state the name names is whose body it is
        state_named = _one_country((f.actor.code or "" for f in resolved if f is not best), dictionary)
        if state_named is not None:
            actor.code = state_named + "".join(actor.sectors)
            actor.country = state_named
        elif _PORTFOLIO_HEADS.intersection(t.lower() for t in texts[: best.end_tok - 1]):
            # "Ministry for Europe and Foreign Affairs", "Ministry of Foreign Affairs, European Integration
            # and International Cooperation": the region is the portfolio of a state's ministry that names
            # no state; the issuer is no region's (IS23)
            return None
    actor.via = "issuer"
    return actor


def _kind_applies(
    state: _State, hit: Actor | None, dictionary: ActorDictionary, name: str, kind_word: int
) -> bool:
    """Whether the kind a name announces codes the issuer: not when a dictionary entry names it, nor when
    a state body heads the name ("Ministry of Industry", "Parliamentary Committee on Human Rights"; not
    "Trades Union Congress", whose "Congress" comes after the union)."""
    words = name_words(name)
    for f in state.found:
        entry = dictionary.by_id.get((f.actor.entry or "").split("+")[0])
        if entry is not None and entry.id in HEAD_PERSON_AGENTS:
            continue  # "Leader of the democratic forces", "Spokesperson of the Coalition": the body's head
        # (an agent's own sectors: "Ministry of Industry of X" may borrow the body's code)
        sectors = set(f.actor.sectors) | set(entry.sectors or () if entry is not None else ())
        first = name_words(f.actor.text)[:1]
        if STATE_SECTORS & sectors and first and first[0] in words[: kind_word + 1]:
            return False
    if hit is None:
        return True
    region = (hit.code or "")[:3] not in dictionary.country_names and not _is_org(hit.code)
    for part in (hit.entry or "").split("+"):
        entry = dictionary.by_id.get(part)
        if entry is not None and entry.kind in ("group", "org", "person") and not region:
            return False  # (a world region, "African", names no body: the name's kind still applies)
    return True


def _document_kind_country(state: _State, dictionary: ActorDictionary) -> None:
    """Give issuers coded by their kind alone the one country the document names (or names most, by far),
    and their mentions too."""
    pending = [
        i
        for i in state.issuers
        if not i.code and (i.entry or "").startswith("kind:") and not (i.entry or "").endswith(":none")
    ]
    if not pending:
        return
    # (the title is part of the document: a title naming two countries leaves the issuer uncoded)
    named = [c for sentence in state.mentions for _, c in sentence]
    country = _one_country([*named, *state.title_countries], dictionary)
    if country is None and len(state.title_countries) <= 1:
        # ... or the one it names most, by far ("Nicaragua" all through, "Washington" once)
        country = _main_country([*named, *state.title_countries], dictionary)
    coded = False
    for issuer in pending:
        # (with no country named: the state news means by a word of two states in its own name, "National
        # Episcopal Conference of Congo", when the document names neither state of the pair)
        own = country or _shared_word_default(issuer.name or issuer.text, named)
        if own is None:
            continue
        coded = True
        kind = issuer.sectors[0] if issuer.sectors else ""
        issuer.code, issuer.country = own + kind, own
        issuer.entry = f"kind:{kind}:document"
        for f in state.found:
            a = f.actor
            if a.code is None and a.via in ("pronoun", "self-reference") and a.name == issuer.name:
                a.code, a.country, a.entry = issuer.code, own, issuer.entry
                a.sectors = list(issuer.sectors)
    if country is None:
        return
    if coded and not any(i.country for i in state.issuers if all(i is not p for p in pending)):
        for f in state.found:
            a = f.actor
            if a.code is None and a.via == "pronoun" and a.text[:3].lower() == "our":
                # "our country", "our people": the issuers' country, now known (+ the agent's sectors)
                a.code, a.country = country + "".join(a.sectors), country


def _shared_word_default(name: str, named: list[str]) -> str | None:
    """The state news means by a word two states share in ``name`` ("Congo": the DRC), when ``named``
    (the countries a document names) holds neither of the pair; else None."""
    for word in name_words(name):
        country = AMBIGUOUS_DEFAULT.get(word)
        pair = AMBIGUOUS_NATIONALITIES.get(word, ())
        if country is not None and not set(pair) & set(named):
            return country
    return None


def resolve_name(name: str, date: str | None, dictionary: ActorDictionary) -> Actor | None:
    """Resolve a bare name ("Ministry of Foreign Affairs of Ukraine", "Lavrov") to the widest actor in it.

    Uses the same dictionary and composition as ``resolve_actors`` without a parse; returns None when
    nothing in the name resolves. Names are cut to ``MAX_NAME_CHARS`` characters. A bare country after a
    comma and a party entry inside a longer name do not stand for the name (``_issuer_hit``).
    """
    return _issuer_hit(_scan_name(name, date, dictionary), dictionary)


def body_spans(actors: Sequence[Actor], dictionary: ActorDictionary) -> list[tuple[int, int]]:
    """Character spans of the mentions that name a body by a name of two or more capitalised words ("the EU
    Election Observation Mission", "Independent National Electoral Commission"), known or not: not people,
    countries or pronouns. For the stance stage, whose cue words inside such a name are not the issue."""
    return [(a, b) for a, b, _ in body_heads(actors, dictionary)]


def body_heads(actors: Sequence[Actor], dictionary: ActorDictionary) -> list[tuple[int, int, str]]:
    """The spans of ``body_spans`` with the kind of body each names: the last word of its name, lower case and
    singular ("court" for the International Criminal Court, "centre", "mechanism", "commission"), so that the
    stance stage may keep the cue words of a body that is itself an institution of the issue (ST16's
    request)."""
    out: list[tuple[int, int, str]] = []
    for a in actors:
        if a.start is None or a.end is None or a.via not in ("entity", "noun_chunk"):
            continue
        if sum(1 for w in a.text.split() if w[:1].isupper()) < 2:
            continue
        entry = dictionary.by_id.get((a.entry or "").split("+")[-1])
        if entry is not None and entry.kind in ("person", "country"):
            continue
        if a.entry and a.entry.split(":")[0] == (a.code or "")[:3] and not _is_org(a.code):
            continue  # a country's place or seat ("SDN:places:...", "IRN:capital")
        # (the head comes before the name's first preposition: "Centre" of "International Centre for the
        # Prosecution of the Crime of Aggression")
        words: list[str] = []
        for w in re.findall(r"[^\W\d_]+", a.text):
            if w.lower() in BODY_HEAD_STOPS and words:
                break
            words.append(w)
        out.append((a.start, a.end, singular(words[-1].lower()) if words else ""))
    return out


class ActorIndex:
    """Map spaCy token indices to the actors whose span covers them (for the event coder).

    ``at_token(i)`` returns every actor covering token ``i``: several actors with one span are a compound
    ("we" → each issuer; "Hungarian and Romanian officials" → HUNGOV and ROUGOV).
    """

    def __init__(self, actors: Sequence[Actor], sdoc: Doc) -> None:
        self.sdoc = sdoc
        self.actors = list(actors)
        idx = [t.idx for t in sdoc]
        self._by_token: dict[int, list[Actor]] = {}
        for a in self.actors:
            if a.start is None or a.end is None:
                continue
            s = bisect.bisect_right(idx, a.start) - 1
            e = bisect.bisect_left(idx, a.end)
            for i in range(max(s, 0), e):
                self._by_token.setdefault(i, []).append(a)

    def at_token(self, i: int) -> list[Actor]:
        """Actors whose span covers token ``i``."""
        return list(self._by_token.get(i, ()))

    def in_span(self, start_tok: int, end_tok: int) -> list[Actor]:
        """Actors overlapping tokens ``start_tok..end_tok`` (end exclusive), each once, in text order."""
        seen: dict[int, Actor] = {}
        for i in range(start_tok, end_tok):
            for a in self._by_token.get(i, ()):
                seen.setdefault(id(a), a)
        return sorted(seen.values(), key=lambda a: (a.start or 0, a.end or 0))

    def for_token(self, token: SpacyToken) -> list[Actor]:
        """Actors covering a token, or covering any token of its subtree's head phrase if none covers it."""
        got = self.at_token(token.i)
        if got:
            return got
        return self.in_span(token.left_edge.i, token.right_edge.i + 1) if token.left_edge is not None else []
