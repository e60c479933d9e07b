"""Find an event's sources and targets in the dependency parse, using the actor mentions of the actors stage.

Rules (documented in docs/patterns.md):
- source: the clause subject; the passive agent ("by X"); for an infinitive, its controller (the object of
  "urge X to", else the governing subject); for a relative clause, the noun it modifies; for a conjunct verb
  without a subject, the subject of the first conjunct. Nominal events take a possessor, an actor adjective or
  compound ("Russian sanctions"), a "by" phrase, or the subject of the light verb that carries them.
- target: the direct object or indirect object, else the object of a target preposition (whose responsible
  actor is taken when it names none: "against their detention by Australia"; "out of" reads as "from"), else
  the "of" complement of the pattern's noun ("voiced disapproval of Hungary's decision", also when the parser
  hangs it on a date), else the subject of a "that" clause completing the object ("probing reports that X
  executed villagers").
- a mention coded only by the sentence's one country (``via="sentence-country"``) yields to what its own
  modifiers, apposition or "of"/"in" phrase say. With several countries named, a local agent (police,
  gunmen, students; not troops or officials) takes the one country of the places its own clause happens in.
- the thing that acted for someone: "a bomb planted by X killed ..." → X is the source.
- an actor's own forces ("strengthened its forces in Lebanon") are never its target.
- in the object of an evaluation or rejection, the *responsible* actor is preferred: the agent of the nominal
  action, else its head, else — for the use/sending of an armed force of country C — C's government.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from communique.actors.keys import country_key, organisation_key
from communique.actors.resolver import NOT_LOCATED, STATE_SECTORS, mentioned_again
from communique.events.loader import grammar_words
from communique.events.matcher import AID_PURPOSE_VERBS, PERMISSION_VERBS, dated, introductory, lemma
from communique.events.modality import infinitive_complement, to_infinitive
from communique.model import Actor, Event
from communique.nlp.view import ViewSpan as Span
from communique.nlp.view import ViewToken as Token
from communique.nlp.view import doc_view

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos", "punct", "cc"})
AGENT_MOD_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# ... that stand for people, never for a place
PERSON_RELATIVES = frozenset({"who", "whom"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PERSON_ENTS = frozenset({"PERSON", "ORG", "NORP"})
DATE_ENTS = frozenset({"DATE", "TIME"})
MAX_WALK = 40
ARMED_SECTORS = frozenset({"MIL", "COP"})
# Verbs that send men or goods somewhere: their object is what goes, the place or party it goes to the target.
SENDING_VERBS = frozenset(
    {"send", "deploy", "dispatch", "station", "contribute", "deliver", "ship", "airlift"}
)
# Where a clause happens, and who is not assumed to belong there (soldiers and officials often act abroad).
PLACE_PREPS = frozenset(
    {"in", "near", "across", "through", "throughout", "outside", "inside", "around", "at"}
)
NOT_LOCAL_SECTORS = frozenset({"MIL", "GOV", "SPY", "IGO", "NGO"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# Words of an issuer's name that make it its state's voice abroad ("Ministry of Foreign Affairs", "Embassy of
# X", "Permanent Mission of X to the UN"): its statements speak of other countries.
FOREIGN_SERVICE_WORDS = frozenset({"foreign", "external", "embassy", "consulate", "mission", "delegation"})
# Words of the issuers' own service or its people, which a foreign ministry addresses at home.
OWN_SERVICE_WORDS = FOREIGN_SERVICE_WORDS | {
    "ministry", "ministries", "minister", "ministers", "embassies", "consulates", "missions", "diplomats",
    "diplomat", "ambassador", "ambassadors",
}  # fmt: skip
# Names of a foreign service with none of those words, as phrases of the issuer's name.
FOREIGN_SERVICE_NAMES = ("department of state", "state department")
MAX_PLACE_TOKENS = 300  # bounds the place search in very long "sentences" (flattened tables, lists)
# Pseudo-countries that say nothing about where a domestic actor belongs.
INTERNATIONAL = frozenset({"IGO", "NGO", "MNC", "IMG", "UNK"})
# How a "we" mention is named when the document has no issuers (actors.resolver): not an issuer then.
WE_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})
# How a mention of the document's own issuers is found (actors stage): the issuer list, "we", "The Council".
ISSUER_VIAS = frozenset({"issuer", "pronoun", "self-reference"})
OWN_PRONOUNS = frozenset({"our", "my"})
# How a mention that names no country was given the sentence's or the document's one country: a guess that
# the mention's own modifiers, apposition or "of"/"in" phrase overrule.
GUESSED_VIAS = frozenset({"sentence-country", "document-country"})
# ... and the actors stage's "the government" → the country named nearby: none of them names a country itself
CONTEXT_VIAS = GUESSED_VIAS | {"context"}
# How far back a generic addressee looks for the country it belongs to (the actors stage's own reach).
CONTEXT_SENTENCES = 3
# Verbs that quote a speaker through "as saying": "X was quoted as saying", "the agency cited X as saying".
QUOTING_VERBS = frozenset({"quote", "cite", "report"})


DASHES = frozenset("-–—")


def _dateline(text: str, start: int, end: int) -> bool:
    """A place in a press release's dateline, "(Berlin) – Kazakh security forces used ...", which says where
    the release was issued and takes no part in any event."""
    if start == 0 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return False
    after = text[end + 1 : end + 4].lstrip(" ")
    return bool(after) and after[0] in DASHES


def _plural_head(head: Token) -> bool | None:
    """A noun phrase names several ("fighters", "A and B", "a string of lawmakers"), one ("the president"), or
    either (a plural name: "the United States")."""
    if head.pos_ == "PRON":
        return None
    if head.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        counted = [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if counted and counted[0].tag_ == "NNS" and lemma(head) in QUANTITY_OF_PEOPLE:
            return True
    if any(c.dep_ == "conj" for c in head.children) or head.tag_ == "NNS":
        return True
    return None if head.tag_ == "NNPS" else False


# Singular heads that count the people after "of": "a string of lawmakers", "a group of protesters".
QUANTITY_OF_PEOPLE = frozenset(
    {"string", "group", "number", "delegation", "team", "handful", "dozen", "crowd"}
)


def _one_person(head: Token, person_nouns: frozenset[str]) -> bool:
    """The phrase names one person: a person's name, or a singular noun of a person ("the president")."""
    if _plural_head(head) is not False:
        return False
    return head.ent_type_ == "PERSON" or (head.pos_ in {"NOUN", "PROPN"} and lemma(head) in person_nouns)


class ActorIndex:
    """Token index → actor mentions covering that token (several for "we" with several issuers)."""

    def __init__(self, actors: Sequence[Actor], sdoc: Doc, owned_nouns: frozenset[str] = frozenset()) -> None:
        self.by_token: dict[int, list[Actor]] = {}
        # Per-sentence replacements (unresolved mentions given the sentence's country); see in_context().
        self.overlay: dict[int, list[Actor]] = {}
        view = doc_view(sdoc)
        for actor in actors:
            if actor.start is None or actor.end is None or actor.end <= actor.start:
                continue
            if _dateline(view.text, actor.start, actor.end):
                continue
            bounds = view.char_span_bounds(actor.start, actor.end)
            if bounds is None:
                continue
            for i in range(*bounds):
                bucket = self.by_token.setdefault(i, [])
                if not any(a is actor for a in bucket):
                    bucket.append(actor)
        # the covered token indices in order: a sentence visits only its own (most tokens name no actor)
        self._covered = sorted(self.by_token)
        # nouns naming what belongs to a party (grammar.yaml owned_nouns): "the sovereignty of Ukraine"
        self.owned_nouns = owned_nouns
        # nouns whose infinitive is their owner's intention (grammar.yaml intention_nouns): "its willingness
        # to support X" is aimed at X (set by the coder)
        self.intention_nouns: frozenset[str] = frozenset()
        # verbs that give an unnamed doer a presumed identity (grammar.yaml presumed_identity_verbs): "men
        # believed to be security officers" (set by the coder)
        self.presumed_verbs: frozenset[str] = frozenset()
        # nouns of violent acts (grammar.yaml violent_acts): "the attack, which X claimed" is X's (set by the
        # coder)
        self.violent_acts: frozenset[str] = frozenset()
        # verbs of force that make the subject of "in which X ..." on such an act its doer, and the nouns
        # of attackers a defender kills (grammar.yaml relative_force_verbs, assailant_nouns; set by the coder)
        self.force_verbs: frozenset[str] = frozenset()
        self.assailant_nouns: frozenset[str] = frozenset()
        # verbs of a trailing attribution ("..., X said"), whose speaker names no place (grammar.yaml
        # attribution_verbs; set by the coder)
        self.attribution_verbs: frozenset[str] = frozenset()
        # the one country a whole document names, if it names exactly one, and where its mentions start
        # (see document_country())
        self.document_country: str | None = None
        self.document_mentions: tuple[int, ...] = ()
        # that country is named in the text by someone other than the issuers, and is not theirs
        self.document_named = False
        # the countries whose foreign service issued the document (see about())
        self.abroad: frozenset[str] = frozenset()
        # the document speaks of other countries (a foreign service or an international body): the countries
        # its mentions name other than the issuers', by sentence (see addressee_country())
        self.speaks_abroad = False
        self.foreign: dict[int, set[str]] = {}
        # the issuers' own side (party_keys)
        self.own: frozenset[str] = frozenset()
        # verbs that tell an addressee something, and nouns of a person (grammar.yaml telling_verbs,
        # person_nouns; set by the coder): see _addressee_pronouns()
        self.telling_verbs: frozenset[str] = frozenset()
        self.person_nouns: frozenset[str] = frozenset()

    def about(self, actors: Sequence[Actor], issuers: Sequence[Actor]) -> None:
        """Record the one country the document names (``document_country``) and whether its text names it
        apart from its issuers' own country (a statement by Canada about "gunmen" names no place)."""
        self.document_country, self.document_mentions = document_country(actors, issuers)
        only = self.document_country
        self.document_named = (
            only is not None
            and not same_party(only, party_keys(issuers))
            and any(
                a.code and a.via not in ISSUER_VIAS and (a.country or a.code)[:3].upper() == only
                for a in actors
            )
        )
        # A foreign ministry, embassy or mission speaks of other countries: an agentless arrest in its
        # statement is not its own state's (an interior ministry's or police's statement is about home).
        self.abroad = frozenset(
            (a.country or a.code or "")[:3].upper()
            for a in issuers
            if a.code
            and a.code[:3] not in INTERNATIONAL
            and FOREIGN_SERVICE_WORDS.intersection((a.name or a.text).lower().replace("-", " ").split())
        )
        # ... as do international bodies, the US Department of State, and states speaking jointly
        coded = [a for a in issuers if a.code]
        states = {(a.country or a.code or "")[:3].upper() for a in coded} - INTERNATIONAL
        self.speaks_abroad = (
            bool(self.abroad)
            or (bool(coded) and not states)
            or len(states) > 1
            or any(n in (a.name or a.text).lower() for a in coded for n in FOREIGN_SERVICE_NAMES)
        )
        own = party_keys(issuers)
        self.own = own
        self.foreign = {}
        for a in actors:
            country = (a.country or a.code or "")[:3].upper()
            if (
                a.code
                and a.sentence_index is not None
                and a.via not in ISSUER_VIAS | CONTEXT_VIAS
                and a.entry not in NOT_LOCATED
                and country not in INTERNATIONAL
                and not same_party(country, own)
            ):
                self.foreign.setdefault(a.sentence_index, set()).add(country)

    def addressee_country(self, mention: Actor) -> str | None:
        """The other country a generic addressee of the issuers' own act ("the authorities", "the government",
        "the security forces") belongs to, in a statement that speaks of other countries: the one its own
        sentence names besides the issuers', else the nearest of the three sentences before that names any
        (one only), else the one the whole document names; with two at the nearest place, None."""
        if not self.speaks_abroad or mention.sentence_index is None:
            return None
        for back in range(CONTEXT_SENTENCES + 1):
            named = self.foreign.get(mention.sentence_index - back)
            if named:
                return next(iter(named)) if len(named) == 1 else None
        named = set().union(*self.foreign.values()) if self.foreign else set()
        return next(iter(named)) if len(named) == 1 else None

    def most_named(self, before: int, own: frozenset[str]) -> str | None:
        """The country the statement has named most before token ``before`` (at least twice, more often than
        any other), never the issuers' own nor an international body: whom a statement about Sudan is about
        when no event has said so."""
        counts: dict[str, int] = {}
        seen: set[int] = set()
        for i in self._covered[: bisect_left(self._covered, before)]:
            for a in self.by_token[i]:
                code = a.code or ""
                if (
                    id(a) in seen
                    or not code
                    or code[:3] in INTERNATIONAL
                    or a.via in ISSUER_VIAS | GUESSED_VIAS
                ):
                    continue
                seen.add(id(a))
                if not same_party(code, own):
                    counts[code[:3]] = counts.get(code[:3], 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return next(c for c, n in counts.items() if n == ranked[0])

    def at(self, token: Token) -> list[Actor]:
        """Actors whose span covers the token."""
        if token.i in self.overlay:
            return self.overlay[token.i]
        return self.by_token.get(token.i, [])

    def in_context(self, sent: Span) -> None:
        """Set the sentence's overlay: its unresolved mentions' country (_located), then the pronouns that
        stand for whom a verb of telling addresses (_addressee_pronouns)."""
        self.overlay = {}
        self._located(sent)
        self._addressee_pronouns(sent)

    def _addressee_pronouns(self, sent: Span) -> None:
        """(NW25) A "he"/"she"/"they" subject of what a verb of telling says stands for its addressee when its
        number or person agrees with the addressee and not with the teller: "ZANU-PF told Mugabe that he must
        step down", "Erdogan told the Kurdish fighters that they would pay a heavy price" (the pronoun of
        reported speech is otherwise the reporter's: "X told reporters that he would resign")."""
        if not self.telling_verbs or self.telling_verbs.isdisjoint(
            sent.view.lemma_lowers[sent.start : sent.end]
        ):
            return
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            told = addressee_heads(verb)
            tellers = [c for c in verb.children if c.dep_ == "nsubj"]
            if len(told) != 1 or len(tellers) != 1:
                continue
            addressee = told_addressees(verb, self)
            if not addressee:
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp" or clause.i < told[0].i:
                    continue
                for pronoun in clause.children:
                    if (
                        pronoun.dep_ in {"nsubj", "nsubjpass"}
                        and pronoun.pos_ == "PRON"
                        and not any(a.code for a in self.at(pronoun))
                        and self._stands_for(pronoun.lower_, told[0], tellers[0])
                    ):
                        self.overlay[pronoun.i] = [
                            mentioned_again(
                                a,
                                pronoun.text,
                                pronoun.idx,
                                pronoun.idx + len(pronoun.text),
                                a.sentence_index or 0,
                                "coreference",
                            )
                            for a in addressee
                        ]

    def _stands_for(self, word: str, told: Token, teller: Token) -> bool:
        """The pronoun agrees with the addressee's head and not with the teller's: "he"/"she" a person told
        by no one person (a party, lawmakers), "they" several told by one."""
        if word in {"he", "she"}:
            return _one_person(told, self.person_nouns) and not _one_person(teller, self.person_nouns)
        if word == "they":
            return _plural_head(told) is True and _plural_head(teller) is False
        return False

    def _located(self, sent: Span) -> None:
        """Give the sentence's unresolved mentions its country when it names exactly one.

        A CAMEO coder reads "Police arrested students in Caracas" or "Vice-President X declined to resign
        despite pressure by the Kenya Anti-Corruption Commission" as domestic: generic agents, bare titles
        and unknown names belong to the one country the sentence is about. With two or more countries the
        mention stays unresolved (never guessed). International pseudo-countries (IGO, NGO) do not count.
        """
        countries: set[str] = set()
        unresolved: dict[int, list[Actor]] = {}
        covered = self._covered
        by_token = self.by_token
        speakers, abroad = self._trailing_speakers(sent)
        for i in covered[bisect_left(covered, sent.start) : bisect_left(covered, sent.end)]:
            bucket = by_token[i]
            if not bucket:
                continue
            if i in speakers:
                # "..., said X, Amnesty International's director": a speaker who names who it is takes no
                # place of what it reports; one who serves abroad names none either ("..., a spokeswoman for
                # the U.S. embassy said"), unlike "..., the Syrian army said" after "troops shelled Lebanon"
                if i not in abroad:
                    countries.update(
                        c
                        for a in bucket
                        if a.code
                        for c in [(a.country or a.code)[:3].upper()]
                        if c not in INTERNATIONAL
                    )
                continue
            coded = [a for a in bucket if a.code]
            # not the issuers, and not diplomats: they serve abroad ("Western diplomats said Iran ..."); not
            # a sea or a coast either ("entered the Persian Gulf", "shelled the Lebanese coast"): a natural
            # feature is no one's agent; nor an unknown "we" (a text with no issuers): whoever speaks is not
            # the country spoken to ("We call on Russia to withdraw" is no Russian appeal)
            if (
                not coded
                and not any(_is_issuer(a) or a.via == "pronoun" or a.entry in NOT_LOCATED for a in bucket)
                and sent.view.tokens[i].ent_type_ != "LOC"
                and not any_of_kind(sent.view.tokens[i])
            ):
                unresolved[i] = bucket
            for a in coded:
                country = (a.country or a.code or "")[:3].upper()
                if country and country not in INTERNATIONAL:
                    countries.add(country)
        if unresolved and not countries and self.document_named:
            # A sentence that names no country, in a document that names one country and no other (outside
            # its issuers): its generic agents ("armed men", "the security forces", "the militia") are that
            # country's (``via="document-country"``); unknown names and diplomats are not guessed.
            country = self.document_country or ""
            for i, bucket in unresolved.items():
                local = [a for a in bucket if a.sectors]
                if local:
                    self.overlay[i] = [_with_country(a, country, via="document-country") for a in local]
            return
        if not unresolved or not countries:
            return
        made: dict[int, Actor] = {}
        if len(countries) == 1:
            country = next(iter(countries))
            for i, bucket in unresolved.items():
                self.overlay[i] = [made.setdefault(id(a), _contextual(country, a)) for a in bucket]
            return
        # Several countries: a local agent takes the place its own clause happens in ("Police fired on
        # protesters in Dhaka, a U.S. diplomat said" → Bangladeshi police). Armed forces and officials are
        # left alone: they often act abroad.
        doc = sent.doc
        places: dict[int, str | None] = {}  # one search per clause verb
        preps = [t for t in sent[:MAX_PLACE_TOKENS] if t.dep_ == "prep" and t.lower_ in PLACE_PREPS]
        for i, bucket in unresolved.items():
            local = [a for a in bucket if a.sectors and not set(a.sectors) & NOT_LOCAL_SECTORS]
            if not local:
                continue
            place = self._clause_place(doc[i], preps, places)
            if place is not None:
                self.overlay[i] = [made.setdefault(id(a), _contextual(place, a)) for a in local]

    def _trailing_speakers(self, sent: Span) -> tuple[frozenset[int], frozenset[int]]:
        """The tokens of the subject of a trailing attribution ("..., a spokeswoman for the U.S. embassy
        said"): whoever reports the sentence from after it says nothing of where it happened."""
        if self.attribution_verbs.isdisjoint(sent.view.lemma_lowers[sent.start : sent.end]):
            return frozenset(), frozenset()  # (one scan in C: most sentences have no such verb)
        out: set[int] = set()
        abroad: set[int] = set()
        for token in sent:
            if lemma(token) not in self.attribution_verbs or not any(
                c.dep_ in {"ccomp", "parataxis"} and c.i < token.i for c in token.children
            ):
                continue
            for c in token.children:
                if c.dep_ in SUBJECT_DEPS and c.i > token.i - 12:
                    phrase = [t.i for t in c.subtree]
                    # (only a speaker named with a coded actor: "an army spokesman said" is the country's)
                    found = [a for i in phrase for a in self.by_token.get(i, ()) if a.code]
                    if found:
                        out.update(phrase)
                    if any(_serves_abroad(a) for a in found):
                        abroad.update(phrase)
        return frozenset(out), frozenset(abroad)

    def _clause_place(self, token: Token, preps: list[Token], cache: dict[int, str | None]) -> str | None:
        """The one country of the places ("in Dhaka", "near Mosul") attached to the token's own clause."""
        verb = token
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        if verb.i not in cache:
            cache[verb.i] = self._places_of(verb, preps)
        return cache[verb.i]

    def _places_of(self, verb: Token, preps: list[Token]) -> str | None:
        found: set[str] = set()
        for prep in preps:
            if not _in_clause(prep, verb):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for t in pobj.subtree:
                    for a in self.by_token.get(t.i, ()):
                        country = (a.country or a.code or "")[:3].upper()
                        # a place named on its own, or the place a mention took in ("activists in Myanmar" is
                        # one mention, its country the place's, when its head names no nationality)
                        took_in = a.start is not None and a.start < prep.idx
                        if a.code and (a.via == "entity" or took_in) and country not in INTERNATIONAL | {""}:
                            found.add(country)
        return next(iter(found)) if len(found) == 1 else None


# Quantifiers by which a phrase names any or all states, no one in particular: "all States", "every country",
# "any government" ("all parties" are those of the conflict in context: roles.Parties; "all the protesters",
# "five other activists" are a group of the sentence's own country).
KIND_QUANTIFIERS = frozenset({"all", "every", "any"})
STATE_KIND_WORDS = frozenset(
    {"state", "states", "country", "countries", "nation", "nations", "government", "governments"}
)


def any_of_kind(token: Token) -> bool:
    """The mention names any or all states ("urged all States to cooperate with Iran", "all Member States",
    "every country"): it belongs to no one country of its sentence or document. Not with an article ("all the
    countries of the region" are some)."""
    head = token
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    if head.lower_ not in STATE_KIND_WORDS:
        return False
    mods = [c.lower_ for c in head.children if c.dep_ in {"det", "predet", "amod", "poss"}]
    return bool(KIND_QUANTIFIERS.intersection(mods)) and not DEFINITE_WORDS.intersection(mods)


# The body every state belongs to: "all Member States of the United Nations", "all UN Member States" are no
# one in particular ("all countries of the European Union" are the EU's).
UNIVERSAL_BODY = "IGOUN"


def not_universal(found: list[Actor]) -> list[Actor]:
    """The actors of an any-or-all-states phrase without the body every state belongs to (the UN): "all
    Member States of the United Nations" leaves no one coded, "all countries of the European Union" the EU."""
    return [a for a in found if not a.code or organisation_key(a.code) != UNIVERSAL_BODY]


def _any_addressed(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The verb's target prepositions' objects that name any or all states ("calls on all Member States")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj" and any_of_kind(g)
    ]


UNNAMED_ADDRESSEES = grammar_words("unnamed_addressees")
# Prepositions that name whom an appeal is made to ("calls on", "appeals to").
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def unnamed_addressee(verb: Token, index: ActorIndex) -> bool:
    """An appeal made to a group that codes as no one (grammar.yaml ``unnamed_addressees``): "calls on the
    international community to designate the militia", "urges donors to ...": the appeal has no target."""
    for c in verb.children:
        heads = [c] if c.dep_ == "dobj" else []
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS:
            heads = [g for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            if lemma(h) not in UNNAMED_ADDRESSEES or (h.tag_ != "NNS" and lemma(h) != "community"):
                continue
            if not any(a.code and a.via not in GUESSED_VIAS for t in h.subtree for a in index.at(t)):
                return True
    return False


DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
DEFINITE_WORDS = frozenset({"the", "these", "those", "their", "its", "our"})


def refers_back(trigger: Token, clause: Token, act_nouns: frozenset[str] = frozenset()) -> bool:
    """What the event is about points back to an earlier sentence: "China firmly opposes this", "We condemn
    these attacks", "This move violates the principle", "It gravely undermines ...", "We object to such
    actions"; coordinated verbs share their object ("opposes and strongly condemns this"). With ``act_nouns``
    (grammar.yaml told_act_nouns), only a bare definite noun of an act: "Moscow condemned the move"."""
    heads = {trigger.i: trigger, clause.i: clause}
    for verb in list(heads.values()):
        if verb.dep_ == "conj":
            heads.setdefault(verb.head.i, verb.head)
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                heads.setdefault(child.i, child)
    for head in heads.values():
        has_clause = any(c.dep_ in {"ccomp", "csubj", "xcomp"} for c in head.children)
        for child in head.children:
            if child.dep_ == "prep":
                things = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in {"dobj", "nsubj", "nsubjpass"}:
                things = [child]
            else:
                continue
            for thing in things:
                if act_nouns:
                    # (RL26) "the move", "the decision", with nothing that says whose or which
                    if lemma(thing) in act_nouns and _bare_definite(thing):
                        return True
                    continue
                if thing.lower_ in DEMONSTRATIVES or any(
                    g.dep_ in {"det", "amod", "predet"} and g.lower_ in DEMONSTRATIVES for g in thing.children
                ):
                    return True
                # "It gravely undermines ...": a pronoun subject for the last thing reported (not the "it"
                # of "it is unacceptable that ...", which has its clause)
                if thing.lower_ == "it" and thing.dep_ == "nsubj" and not has_clause:
                    return True
    return False


def _bare_definite(noun: Token) -> bool:
    """ "the move", "the decision as interference": a noun with "the" and nothing that says whose or which
    (no possessor, modifier, "of"/"by" phrase or clause of its own)."""
    return any(g.dep_ == "det" and g.lower_ == "the" for g in noun.children) and not any(
        g.dep_ in {"poss", "compound", "amod", "nmod", "acl", "relcl", "appos", "nummod"}
        or (g.dep_ == "prep" and g.lower_ in {"of", "by"})
        for g in noun.children
    )


def actor_key(code: str) -> str:
    """What two actor codes share when they name the same actor: the country, or an international
    organisation (``IGOUN`` for ``IGOUNO`` and ``IGOUNSC``; ``IGOOAS`` and ``IGOOAU`` stay apart); other
    coders' country codes read as ours (CAMEO's ``KSV`` is ``XKX``)."""
    code = code.strip().upper()
    return organisation_key(code) if code[:3] in INTERNATIONAL else country_key(code)


def coded_keys(actors: Iterable[Actor]) -> set[str]:
    """The ``actor_key`` of each coded actor (uncoded ones left out)."""
    return {actor_key(a.code) for a in actors if a.code}


def party_keys(issuers: Sequence[Actor]) -> frozenset[str]:
    """The issuers' own side: a state's whole country ("China" in China's statement), but only the very
    code of an opposition, party or church, whose country's government is often whom it speaks against."""
    keys: set[str] = set()
    for a in issuers:
        if a.code:
            state = len(a.code) == 3 or a.code[:3] in INTERNATIONAL or bool(STATE_SECTORS & set(a.sectors))
            keys.add(actor_key(a.code) if state else a.code)
    return frozenset(keys)


def same_party(code: str, keys: frozenset[str]) -> bool:
    """True when an actor code is on the side ``keys`` (``party_keys``) stand for."""
    return code in keys or actor_key(code) in keys


def other_parties(actors: Sequence[Actor], own: frozenset[str]) -> list[Actor]:
    """The coded actors that are neither the issuers nor on their side (``own``: ``party_keys``)."""
    return [a for a in actors if a.code and a.via not in ISSUER_VIAS and not same_party(a.code, own)]


def last_doers(events: Sequence[Event]) -> list[Actor]:
    """Who did the last act a sentence reported (not a statement), the issuers too: whom another party's
    reaction to "the move" or "this" in the next sentence is aimed at."""
    for event in reversed(events):
        found = [a for a in event.sources if a.code]
        if event.cameo_root != "01" and found:
            return found
    return []


def antecedent_actors(events: Sequence[Event], own: frozenset[str] = frozenset()) -> list[Actor]:
    """Who did the last thing a sentence reported: the coded sources of its last event that is not a
    statement and not the issuers' own (``own``: ``party_keys`` of the issuers), what "this" in the next
    sentence is likely to point back to."""
    for event in reversed(events):
        if event.cameo_root != "01" and other_parties(event.sources, own):
            return other_parties(event.sources, own)
    # Only the issuers acted: whom they disapproved of ("The US move violates ..." → "It undermines ...").
    for event in reversed(events):
        if (
            judgement(event.cameo)
            and not other_parties(event.sources, own)
            and other_parties(event.targets, own)
        ):
            return other_parties(event.targets, own)
    return []


class Counterpart:
    """Whom a statement is about, sentence after sentence: the parties its issuers demanded of, judged,
    rejected, threatened or sanctioned, and those it reports coercing or attacking. "China will take all
    necessary measures" in a statement against US arms sales is aimed at the US."""

    def __init__(self, own: frozenset[str]) -> None:
        self.own = own
        self.counts: dict[str, int] = {}
        self.latest: dict[str, tuple[int, list[Actor]]] = {}
        self.seen = 0

    def note(self, events: Sequence[Event]) -> None:
        """Remember the other parties of a sentence's contentious events."""
        for event in events:
            root = event.cameo_root
            # (an act told with no doer, "three activists were sentenced", is no act of the issuers': whom it
            # was done to is no one they speak against)
            if root in COUNTERPART_ROOTS and event.sources and not other_parties(event.sources, self.own):
                parties = other_parties(event.targets, self.own)
            elif root in WRONGDOING_ROOTS:
                parties = other_parties(event.sources, self.own)
            else:
                continue
            # (in the order named, not a set's: the latest of equals decides, and a set's order changes with
            # PYTHONHASHSEED from one process or Spark worker to the next)
            for key in dict.fromkeys(actor_key(a.code or "") for a in parties):
                self.seen += 1
                self.counts[key] = self.counts.get(key, 0) + 1
                self.latest[key] = (self.seen, [a for a in parties if actor_key(a.code or "") == key])

    def actors(self) -> list[Actor]:
        """The party named most often so far (the latest of equals), or none."""
        if not self.counts:
            return []
        best = max(self.counts, key=lambda k: (self.counts[k], self.latest[k][0]))
        return list(self.latest[best][1])


# Hosting talks or a visit (043): the host is no party of the talks it hosts.
HOSTING_CODE = "043"
# Events whose actors are the parties of a conflict or of talks: "both sides", "all parties" point to them.
PARTIES_ROOTS = frozenset({"04", "15", "16", "17", "18", "19", "20"})
# Events whose two or more sources are the parties of what they do together: agreeing, talking, cooperating,
# yielding ("Ethiopia and Eritrea signed a peace agreement"), besides those above; not two who judge, demand
# or state something alike ("the US and the UK condemned the attack" are no parties).
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "08"}) | PARTIES_ROOTS
# ... and appeals whose addressees are the parties: restraint or a ceasefire (025), talks (026), a settlement
# (027), mediation (028).
PARTIES_APPEALS = frozenset({"025", "026", "027", "028"})
# Nouns that, with "all", "both", "the" or "two", name the parties ("all parties", "both sides", "the
# belligerents"), and nouns that do so only with "both" or "two" ("the two countries", "both governments").
PARTY_NOUNS = frozenset({"party", "side", "belligerent"})
VICTIM_SECTORS = frozenset({"CVL", "REF"})
# Nouns of a pair of states ("both countries", "the two governments") ...
STATE_PAIR_NOUNS = frozenset({"country", "government", "nation", "state", "neighbour", "neighbor"})
# ... and of the people who speak for them: "the two leaders", "both presidents", "the two delegations"
PAIR_NOUNS = STATE_PAIR_NOUNS | {"leader", "president", "minister", "delegation"}
PARTY_WORDS = frozenset(
    {"parties", "sides", "belligerents", "countries", "governments", "nations", "states", "neighbours"}
    | {"neighbors", "leaders", "presidents", "ministers", "delegations"}
)
# Modifiers such a phrase may have: "the warring parties", "all parties concerned" (grammar.yaml
# party_modifiers; "opposition parties", "political parties" are other parties).
PARTY_MODIFIERS = grammar_words("party_modifiers")


class Parties:
    """The parties of the conflict or talks a statement reports, sentence after sentence: the coded actors of
    its latest fighting, coercion, show of force, reduced relations or talks between at least two others
    (never the issuers' own). "calls on both sides to exercise restraint" after "fighting broke out between
    Armenia and Azerbaijan" asks Armenia and Azerbaijan."""

    def __init__(self, own: frozenset[str]) -> None:
        self.own = own
        self.actors: list[Actor] = []

    def note(self, events: Sequence[Event]) -> None:
        """Remember the actors of a sentence's last conflict or talks event between two or more others, or
        the two or more others an appeal for restraint, talks, a settlement or mediation addresses."""
        for event in events:
            asked = [a for a in event.targets if a.code and a.via != "domestic"]
            asked = [a for a in asked if not same_party(a.code or "", self.own)]
            if event.cameo[:3] in PARTIES_APPEALS:
                # "calls on the Russian Federation and Ukraine to agree on a ceasefire": those asked to
                # de-escalate, talk or settle are the parties
                self._keep(asked)
                continue
            if event.cameo_root == "02" and len({a.code for a in asked}) >= 2:
                # ... and two or more states (or their organs, forces, armed groups) asked together to do
                # anything: "calls on Russia and Ukraine to agree on the terms of a ceasefire"
                if all((a.code or "")[:3] not in INTERNATIONAL for a in asked):
                    self._keep(asked)
                continue
            doers = [a for a in event.sources if a.code and a.via != "domestic"]
            if len({a.code for a in doers}) >= 2 and event.cameo_root in JOINT_ROOTS:
                # two or more who act together are the parties ("Ethiopia and Eritrea signed a peace
                # agreement ... the two countries"), and their place is none ("Serbia and Kosovo resumed the
                # dialogue in Brussels")
                if not any(a.via in ISSUER_VIAS or same_party(a.code or "", self.own) for a in doers):
                    self._keep(doers)
                continue
            if event.cameo_root not in PARTIES_ROOTS:
                continue
            # (civilians and refugees an act is done to are its victims, not a party: "the war between the two
            # forces has displaced ten million people"; a host is no party of the talks it hosts: "Malaysia
            # hosted the meeting, attended by the leaders of Cambodia and Thailand")
            victims = [a for a in event.targets if VICTIM_SECTORS & set(a.sectors)]
            # (only when two others are left without the host, among the hosted event's targets or the parties
            # already known: "Xi received Putin in Beijing. Both sides agreed ..." keeps the host as a side)
            hosts = {actor_key(a.code or "") for a in event.sources}
            others = coded_keys(event.targets) | {actor_key(a.code or "") for a in self.actors}
            hosted = event.cameo.startswith(HOSTING_CODE) and len(others - hosts) >= 2
            actors = [
                a
                for a in (*([] if hosted else event.sources), *event.targets)
                if a.code and a.via != "domestic" and not any(a is v for v in victims)
            ]
            if any(a.via in ISSUER_VIAS or same_party(a.code or "", self.own) for a in actors):
                continue
            self._keep(actors)

    def note_between(self, sent: Span, index: ActorIndex) -> None:
        """With no parties known from events, two or more others named together after "between" are the
        parties: "the armed clashes along the border between Cambodia and Thailand" (an act the coder did not
        code) makes the next sentence's "both sides" Cambodia and Thailand."""
        if self.actors or "between" not in sent.view.lowers[sent.start : sent.end]:
            return  # (one scan in C: most sentences have no "between")
        for token in sent:
            if token.lower_ != "between" or token.dep_ != "prep":
                continue
            named = [
                a
                for obj in token.children
                if obj.dep_ == "pobj"
                for t in conjuncts(obj)
                for a in actors_of_phrase(t, index)
                if a.code and a.via not in ISSUER_VIAS and not same_party(a.code, self.own)
            ]
            self._keep(named)
            if self.actors:
                return

    def _keep(self, actors: Sequence[Actor]) -> None:
        """The actors, once each by code, are the parties when there are two or more."""
        distinct: list[Actor] = []
        for a in actors:
            if all(a.code != b.code for b in distinct):
                distinct.append(a)
        if len(distinct) >= 2:
            self.actors = distinct

    def apply(self, sent: Span, index: ActorIndex, sentence_index: int) -> None:
        """Let the sentence's "all parties", "both sides", "the two countries" stand for the parties (in the
        index's overlay, as mentions in this sentence); with no parties known, or a phrase that names its own
        place ("all parties in Sudan"), the mention is left as it is."""
        if PARTY_WORDS.isdisjoint(sent.view.lowers[sent.start : sent.end]):
            return
        for token in sent:
            if token.lower_ in PARTY_WORDS and _party_phrase(token, index):
                parties = self.actors
                if lemma(token) in STATE_PAIR_NOUNS and len({actor_key(a.code or "") for a in parties}) < 2:
                    # "both countries" are two countries: not the police and the politician it arrested
                    parties = []
                pair = [] if parties else _named_pair(token, index, self.own)
                if not parties and not pair:
                    continue
                end = token.idx + len(token.text)
                index.overlay[token.i] = [
                    mentioned_again(a, token.text, token.idx, end, sentence_index, "parties") for a in parties
                ] or [
                    _implied_government(
                        mentioned_again(a, token.text, token.idx, end, sentence_index, "parties")
                    )
                    for a in pair
                ]
                _owned_by_parties(token, index, sentence_index)


# Heads of an "of" phrase naming the parties that speak for their states: "the leaders of both countries" are
# the two governments (grammar.yaml party_head_persons).
PARTY_HEAD_PERSONS = grammar_words("party_head_persons")


def _owned_by_parties(token: Token, index: ActorIndex, sentence_index: int) -> None:
    """A noun whose "of" complement is the parties is theirs, unless it names a coded actor of its own: "the
    leaders of both countries" → the parties' governments, "the affected areas of both countries" → the
    parties (a guess from context, "leaders" taken for the speaker's country, gives way)."""
    prep = token.head
    head = prep.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return
    if head.pos_ not in {"NOUN", "PROPN"}:
        return
    if any(a.code and a.via not in CONTEXT_VIAS for a in index.at(head)):
        return
    parties = index.overlay.get(token.i, [])
    end = head.idx + len(head.text)
    again = [mentioned_again(a, head.text, head.idx, end, sentence_index, "parties") for a in parties]
    if lemma(head) in PARTY_HEAD_PERSONS:
        again = [_implied_government(a) for a in again]
    index.overlay[head.i] = again


def _named_pair(token: Token, index: ActorIndex, own: frozenset[str]) -> list[Actor]:
    """ "both countries", "the two sides" with no parties known from events or "between": the two countries
    the statement has named most so far (each at least twice; of as many, those named first). "Ecuadorian
    police entered the embassy of Mexico ... calls on both countries to resolve their differences" asks
    Ecuador and Mexico. Only a phrase that is no subject; never the issuers' own country nor an international
    body."""
    if token.dep_ in SUBJECT_DEPS or not any(
        c.dep_ in {"det", "nummod", "predet"} and c.lower_ in {"both", "two"} for c in token.children
    ):
        # (only those addressed: "the two countries had agreed" in India's statement includes India)
        return []
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    seen: set[int] = set()
    for i in index._covered[: bisect_left(index._covered, token.i)]:
        for a in index.by_token[i]:
            code = a.code or ""
            if id(a) in seen or not code or code[:3] in INTERNATIONAL or a.via in ISSUER_VIAS | GUESSED_VIAS:
                continue
            seen.add(id(a))
            if same_party(code, own):
                continue
            counts[code[:3]] = counts.get(code[:3], 0) + 1
            first.setdefault(code[:3], a)
    # (most named first; of as many, the one named first: a statement names its subject early)
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[1]] < 2:
        return []
    return [first[c] for c in ranked[:2]]


def most_named_country(before: int, index: ActorIndex, own: frozenset[str]) -> str | None:
    """The country the statement has named most before token ``before`` (see ActorIndex.most_named)."""
    return index.most_named(before, own)


def party_noun_phrase(token: Token) -> bool:
    """ "all parties", "both sides", "the warring parties", "the sides concerned", "the two countries": a noun
    naming the parties of a conflict, with no modifier that makes it other parties ("the opposition parties",
    "political parties"); whether it has a place or owner of its own is not looked at (see ``_party_phrase``,
    which rejects "all parties in Sudan" when Sudan is a coded actor)."""
    word = lemma(token)
    pair = word in PAIR_NOUNS
    if not pair and word not in PARTY_NOUNS:
        return False
    mods = [c for c in token.children if c.dep_ in {"det", "predet", "amod", "nummod", "compound", "poss"}]
    if any(c.lower_ not in PARTY_MODIFIERS for c in mods):
        return False
    if pair and not any(c.lower_ in {"both", "two"} for c in mods):
        return False  # "the countries" alone says too little
    return pair or bool(mods)  # ("parties" alone names no one's)


def _party_phrase(token: Token, index: ActorIndex) -> bool:
    """A party noun phrase (``party_noun_phrase``) with no coded place or owner of its own."""
    if not party_noun_phrase(token):
        return False
    for c in token.children:
        # "all parties in Sudan", "all sides of the conflict in Libya": its own place or owner decides
        if (
            c.dep_ == "prep"
            and c.lower_ in {"in", "of", "from"}
            and any(a.code for a in pobj_actors(c, index))
        ):
            return False
    return True


# The issuers' own contentious acts (demand, disapprove, reject, threaten, sanction) and what others are
# reported doing wrong (coerce, assault, fight, mass violence).
COUNTERPART_ROOTS = frozenset({"10", "11", "12", "13", "16"})
WRONGDOING_ROOTS = frozenset({"17", "18", "19", "20"})


def judgement(cameo: str) -> bool:
    """Disapproval or rejection, whose target is the party a statement goes on to call "this" or "it" (not a
    formal complaint, 114, lodged with whoever receives it)."""
    return cameo[:2] in {"11", "12"} and not cameo.startswith("114")


# Words of a country's service abroad: "a spokeswoman for the U.S. embassy said" speaks from abroad.
ABROAD_SERVICE_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates"})


def _serves_abroad(actor: Actor) -> bool:
    """A diplomat or an embassy (the resolver's entry, or the mention's own words)."""
    return (actor.entry or "").split("+")[0] in NOT_LOCATED or not ABROAD_SERVICE_WORDS.isdisjoint(
        (actor.text or "").lower().split()
    )


def _is_issuer(actor: Actor) -> bool:
    """A mention of the document's own issuer ("we", "The Council"): who it is does not depend on the
    country a sentence is about, even when the issuer has no code ("the Secretary-General")."""
    return actor.via == "self-reference" or (actor.via == "pronoun" and actor.name.lower() not in WE_WORDS)


def _own_thing(obj: Token, others: bool = False) -> bool:
    """ "withdrew its troops", "strengthened their forces": the actor's own forces or envoys (an actor
    mention after its/their) are not its target; "its ban on X" still leads to X. With ``others`` (the
    doer is not the speaker, ``_others_act``) the speaker's "our" is not the doer's own."""
    return any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES and not (others and c.lower_ in OWN_PRONOUNS)
        for c in obj.children
    )


def _others_act(verb: Token, index: ActorIndex) -> frozenset[str]:
    """The keys of the verb's subject when it names coded actors none of whom is the speaker ("we", the
    issuer, a pronoun for it); the speaker's "our" of another key is then whom they act on: "Ecuadorian
    police assaulted our diplomats" (not "we strengthened our forces", nor "The United States will use all
    tools at our disposal" in a US statement: the same key). Empty otherwise."""
    subjects, _ = subject_tokens(verb)
    if not subjects or any(t.lower_ in WE_WORDS or t.lower_ in FIRST_PERSON for t in subjects):
        return frozenset()
    doers = [a for t in subjects for a in actors_of_phrase(t, index)]
    if not doers or not all(a.code and a.via not in ISSUER_VIAS for a in doers):
        return frozenset()
    return frozenset(coded_keys(doers))


def _in_clause(token: Token, verb: Token) -> bool:
    """True when the token hangs from the verb without crossing into another clause."""
    current = token
    for _ in range(8):
        if current.head.i == current.i or current.dep_ in CLAUSE_DEPS - {"punct", "cc", "appos"}:
            return False
        current = current.head
        if current.i == verb.i:
            return True
    return False


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    # the first of each (name, start, code), in order: one set test per actor instead of a scan of those kept
    out: list[Actor] = []
    seen: set[tuple[object, object, object]] = set()
    for actor in actors:
        key = (actor.name, actor.start, actor.code)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def conjuncts(token: Token) -> list[Token]:
    """The token plus its coordinated heads ("Hungarian and Romanian officials", "A and B").

    Memoised per document view (asked several times per phrase); callers must not change the list."""
    memo = token.view.conjuncts
    got = memo.get(token.i)
    if got is not None:
        return got
    got = memo[token.i] = _conjuncts(token)
    return got


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    frontier = [token]
    while frontier and len(out) < 12:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ == "conj" and child not in out:
                out.append(child)
                frontier.append(child)
    return out


def actors_of_phrase(head: Token, index: ActorIndex) -> list[Actor]:
    """Actors named by a noun phrase: at its head (and conjuncts), else its modifiers or "of" complements."""
    found: list[Actor] = []
    for h in conjuncts(head):
        here = index.at(h)
        if here and any(a.code and a.via not in GUESSED_VIAS for a in here):
            found.extend(here)
            continue
        # a mention coded only by the sentence's country is a guess: its own modifiers, apposition or
        # "of"/"in" phrase say better who it is ("India's Adani Group", "X, Chad's envoy")
        if here:
            # "Serbian President Vojislav Kostunica": an unresolved name takes its coded modifier's code.
            coded = [
                a
                for child in h.lefts
                if child.dep_ in AGENT_MOD_DEPS
                for t in child.subtree
                for a in index.at(t)
                if a.code
            ]
            if not coded:
                # "Salaheddine Sidhoum, Algeria's leading activist": a coded actor inside an apposition
                coded = [
                    a
                    for child in h.children
                    if child.dep_ == "appos"
                    for t in list(child.subtree)[:12]
                    for a in index.at(t)
                    if a.code
                ]
            if not coded:
                # "King Hassan of Morocco", "the foreign minister of Iran", "students in Caracas"
                for preps in ({"of", "from"}, {"in"}):
                    coded = [
                        a
                        for child in h.rights
                        if child.dep_ == "prep" and child.lower_ in preps
                        for a in pobj_actors(child, index)
                        if a.code
                    ]
                    if coded and preps == {"in"}:
                        # a group located in a country belongs to it, with its own sectors: "students in
                        # Caracas" are Venezuelan students, not the government that "Caracas" stands for
                        coded = [_located(a, here[0]) for a in coded[:1]]
                    if coded:
                        break
            found.extend(coded or here)
            continue
        mods: list[Actor] = []
        for child in h.children:
            if child.dep_ == "appos":
                mods.extend(a for t in conjuncts(child) for a in index.at(t))
            elif child.dep_ in AGENT_MOD_DEPS:
                # "Vietnamese-led forces", "Hungarian and Romanian officials": anywhere in the modifier
                mods.extend(a for t in list(child.subtree)[:12] for a in index.at(t))
        if not any(a.code for a in mods):
            # "Thousands of Nigerians", "A member of the Syrian parliament, X": the group it belongs to
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            mods.extend(a for t in conjuncts(pobj) for a in index.at(t))
        if not mods and h.pos_ in {"NOUN", "PROPN"}:
            # "a roadside bomb planted by Maoist rebels", "a car driven by a suicide bomber": the one who
            # placed or drove the thing acted through it
            for child in h.children:
                if child.dep_ == "acl" and child.tag_ == "VBN":
                    for grand in child.children:
                        if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by"):
                            mods.extend(pobj_actors(grand, index))
                    if not mods and child.lemma_.lower() in index.presumed_verbs:
                        mods.extend(_presumed_identity(child, index))
        coded = [a for a in mods if a.code]
        found.extend(coded or mods)
    return _dedupe(found)


# Whom a verb of telling addresses: its object or dative ("warned Israel that ...", "told him the plan").
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})


def addressee_heads(verb: Token) -> list[Token]:
    """The heads of the noun phrases a verb addresses (its object or dative noun or name)."""
    return [c for c in verb.children if c.dep_ in ADDRESSEE_DEPS and c.pos_ in {"NOUN", "PROPN"}]


def told_addressees(verb: Token, index: ActorIndex, tellers: Sequence[Actor] = ()) -> list[Actor]:
    """Whom a verb of telling (grammar.yaml telling_verbs) addresses: the coded actors of its object or dative
    phrase ("Iran warned Israel that ...", "ZANU-PF told Mugabe that he must step down"), none of the
    tellers' own codes. The one rule for a warning's blame, a threat told to someone and the pronoun that
    stands for the addressee in what is told."""
    if lemma(verb) not in index.telling_verbs:
        return []
    own = {a.code for a in tellers}
    return [
        a for c in addressee_heads(verb) for a in actors_of_phrase(c, index) if a.code and a.code not in own
    ]


# The clauses a purpose infinitive hangs on its verb as ("sent troops to help ...").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# Nouns of aid whose "for" phrase names whom it goes to: "assistance for Mozambique", "loans for Egypt".
AID_NOUNS = frozenset(
    {"aid", "assistance", "help", "support", "loan", "grant", "funding", "fund", "financing", "relief"}
    | {"credit"}
)


def helped_parties(clause: Token, index: ActorIndex, aid: bool = False) -> list[Actor]:
    """The actors an aid-purpose infinitive hung on ``clause`` helps: "sent troops to help the Syrian
    government" (its object), "to help the new government keep order" (the subject of its complement). With
    ``aid`` (an act of aid or an offer of it), also the purpose of its infinitives and of its object ("offered
    to send engineers to help Sudan", "approved loans to help Pakistan rebuild") and the "for" phrase of an
    aid noun it gives ("pledged 20 million dollars in emergency assistance for Mozambique")."""
    heads = [clause]
    if aid:
        for k in range(4):  # ("offered to send engineers to help ...": offered → send)
            if k < len(heads):
                heads.extend(c for c in heads[k].children if c.dep_ == "xcomp" and c.pos_ == "VERB")
        heads.extend(c for h in list(heads) for c in h.children if c.dep_ == "dobj")
    # (an object's purpose hangs on it as a clause of the noun: "loans to help Pakistan rebuild")
    deps = PURPOSE_DEPS | {"acl", "relcl"} if aid else PURPOSE_DEPS
    helped: list[Actor] = []
    for head in heads:
        for c in head.children:
            if c.dep_ not in deps or lemma(c) not in AID_PURPOSE_VERBS:
                continue
            for o in c.children:
                if o.dep_ == "dobj":
                    helped.extend(actors_of_phrase(o, index))
                elif o.dep_ in {"ccomp", "xcomp"}:
                    subjects = [g for g in o.children if g.dep_ == "nsubj"]
                    helped.extend(a for g in subjects for a in actors_of_phrase(g, index))
    if aid and not any(a.code for a in helped):
        helped.extend(_aid_for(heads, index))
    return helped


def _aid_for(heads: Sequence[Token], index: ActorIndex) -> list[Actor]:
    """The coded actors a "for" phrase names on a verb of giving among the heads ("pledged 20 million dollars
    ... for Mozambique", where the parser hangs it), on an aid noun among them, or on one in their "in" phrase
    ("20 million dollars in emergency assistance for Mozambique")."""
    nouns = [h for h in heads if h.pos_ == "NOUN"]
    inner = [p for h in nouns for p in h.children if p.dep_ == "prep" and p.lower_ == "in"]
    nouns += [g for p in inner for g in p.children if g.dep_ == "pobj"]
    givers = [h for h in heads if h.pos_ == "VERB"] + [n for n in nouns if lemma(n) in AID_NOUNS]
    return [
        a
        for head in givers
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for a in pobj_actors(p, index)
        if a.code
    ]


def _presumed_identity(participle: Token, index: ActorIndex) -> list[Actor]:
    """Who "believed / suspected / said to be X" or "thought to belong to X" says an unnamed doer is: "the
    abduction of young people by men believed to be security officers" → the security officers."""
    found: list[Actor] = []
    for inner in participle.children:
        if inner.dep_ != "xcomp" or not to_infinitive(inner):
            continue
        for grand in inner.children:
            if grand.dep_ in {"attr", "acomp"}:
                found.extend(actors_of_phrase(grand, index))
            elif grand.dep_ == "prep" and grand.lower_ in {"to", "from"} and inner.lemma_.lower() != "be":
                found.extend(pobj_actors(grand, index))  # "thought to belong to the Wagner group"
    return found


# "X is committed/prepared/determined to ...": passive in form, but X is the one who acts.
ADJECTIVAL_PASSIVES = frozenset(
    {"commit", "prepare", "determine", "resolve", "dedicate", "engage", "involve"}
)


# An envoy summoned "to protest", "to convey", "to lodge a complaint" hears it: the one who summons protests
# ("summoned the ambassador to explain" is the envoy's to do, and no event).
SUMMONING_VERBS = frozenset({"summon", "convoke"})
SUMMONER_ACTS = frozenset(
    {"protest", "complain", "convey", "express", "lodge", "deliver", "voice", "register"}
)


# "X is (not) able to deliver aid" says what X can do, not what it does or refuses: no actor is lent.
ABILITY_ADJECTIVES = frozenset({"able", "unable", "capable", "incapable"})


# What an active past verb does to someone: a participle the parser hung on a noun with one of these is no
# passive ("police charged at protesters", not "police charged with corruption").
AIMING_PREPS = frozenset({"at", "against", "into", "toward", "towards"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# (NW26b) Verbs with no passive: hung on a noun as a participle they cannot be a passive reduced relative, so
# they are the noun's own act even with no object ("a contingent of Kenyan police officers arrived in ...").
NO_PASSIVE_VERBS = frozenset({"arrive", "come", "go", "return", "march", "travel", "flee"})


# Nouns whose infinitive reports the act decided: "the decision announced by X to impose tariffs".
DECISION_NOUNS = frozenset({"decision", "move", "step", "resolution", "plan", "proposal", "intention"})
# Verbs that take a decision as object: its infinitive is their subject's act ("took the decision to pause").
TAKING_VERBS = frozenset({"take", "make", "reach", "adopt"})


def _asserted_taking(taking: Token, decision: Token) -> bool:
    """A decision told as taken: not denied ("has not made the decision to", "took no decision to") nor under
    a modal ("will never take", "cannot take", "may take the decision to"): its infinitive alone reads
    asserted."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in taking.children):
        return False
    return not any(c.dep_ == "det" and c.lower_ == "no" for c in decision.children)


# Verbs of praise or blame whose "for V-ing" names what their object did ("commends X for travelling").
PRAISING_VERBS = frozenset(
    {"commend", "thank", "praise", "congratulate", "applaud", "salute", "hail", "laud"}
) | (frozenset({"credit", "blame", "condemn", "criticise", "criticize", "denounce", "fault", "rebuke"}))


def _agent_pobjs(participle: Token) -> list[Token]:
    """The objects of a participle's "by" agent."""
    return [g for c in participle.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _verbless_predicate(verb: Token) -> bool:
    """ "Riot police charged at protesters in Nairobi": the small parser makes the noun the sentence's root
    and the verb a participle on it; with no finite verb elsewhere in the sentence, a participle aimed at
    someone (an object or an "at"/"against" phrase, no "by" agent) is the noun's own act."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        # "A contingent of 400 Kenyan police officers arrived in ...": the root is the noun the "of" hangs on
        head = head.head.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT":
        return False
    if head.pos_ not in {"NOUN", "PROPN"} or any(
        c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children
    ):
        return False
    if lemma(verb) not in NO_PASSIVE_VERBS and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMING_PREPS) for c in verb.children
    ):
        return False
    sentence = range(head.left_edge.i, head.right_edge.i + 1)
    return not any(verb.view.tokens[i].tag_ in FINITE_TAGS for i in sentence if i != verb.i)


def subject_tokens(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The tokens naming a verb's agent and how they were found (subject, agent, controller, relcl, conj)."""
    if depth > 4 or bare_passive(verb):
        return [], ""
    if _verbless_predicate(verb):
        return [verb.head], "subject"
    if verb.lemma_.lower() in ADJECTIVAL_PASSIVES:
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return [child], "subject"
    passive = False
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and _dateline(child.doc.text, child.idx, child.idx + len(child.text)):
            continue  # "(Berlin) – Kazakh security forces used ...": the release's place is not the subject
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return [_relative_antecedent(verb, child)], "relcl"
            if child.tag_ in {"VBG", "VBN"}:
                # a reduced relative the parser took for the subject: in "The Red Cross operating in Iraq
                # said ..." the participle is the subject and the Red Cross its own subject
                inner = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"} and g.i < child.i]
                if inner:
                    return inner[:1], "subject"
            return [child], "subject"
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            passive = True
    if not passive:
        for child in verb.children:
            if child.dep_ == "aux" and child.i < verb.i:
                # "The Chair had, on behalf of ASEAN, made appeals": the parser hangs the subject on the
                # auxiliary an adverbial phrase cuts off
                inner = [g for g in child.children if g.dep_ in SUBJECT_DEPS]
                if inner:
                    return inner[:1], "subject"
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                pobjs = [g for g in child.children if g.dep_ == "pobj"]
                if pobjs:
                    return pobjs, "agent"
        return [], ""
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # a passive infinitive ("if the will of the people continues to be ignored", "expects to be
        # consulted"): the controller undergoes the act; only a "by" agent does it
        for child in verb.children:
            if child.dep_ == "agent":
                return [g for g in child.children if g.dep_ == "pobj"], "agent"
        return [], ""
    if verb.dep_ == "xcomp":
        gov = verb.head
        if (
            gov.dep_ == "acl"
            and gov.tag_ == "VBN"
            and lemma(gov.head) in DECISION_NOUNS
            and not any(c.dep_ in {"dobj", "dative"} for c in gov.children)
        ):
            # "the decision announced by X to impose tariffs": the parser hangs the decision's infinitive on
            # the participle; X decided, and imposes
            agents = _agent_pobjs(gov)
            if agents:
                return agents, "controller"
        if gov.lemma_.lower() in SUMMONING_VERBS and verb.lemma_.lower() in SUMMONER_ACTS:
            # "Canada summoned the Indian High Commissioner to protest ...": the summoner protests
            toks, _ = subject_tokens(gov, depth + 1)
            return toks, "controller"
        # Object control: "urged Iran to withdraw", "called on Iran to withdraw".
        for child in gov.children:
            if child.dep_ in {"dobj", "dative"}:
                return [child], "controller"
            if child.dep_ == "prep" and _calls_on(gov, child):
                pobjs = [g for g in child.children if g.dep_ == "pobj"]
                if pobjs:
                    return pobjs, "controller"
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                # "X is expected to ask", "X was urged (by Y) to withdraw": the passive subject acts
                return [child], "controller"
        if gov.dep_ == "acomp" and gov.head.lemma_ == "be" and gov.lemma_ not in ABILITY_ADJECTIVES:
            gov = gov.head  # "X is due / set / likely to arrive": the copula's subject acts
        toks, _ = subject_tokens(gov, depth + 1)
        return toks, "controller"
    if verb.dep_ == "relcl":
        return [verb.head], "relcl"
    if verb.dep_ == "acl" and to_infinitive(verb):
        # an infinitive on a noun acts through the noun's owner: "Bolivia's decision to expel the envoy",
        # "the decision by Bolivia to expel ...", "the decision of President X to withdraw the bill", "the
        # decision taken by the cabinet to close ..." (the agent of a participle on the noun)
        for child in verb.head.children:
            if child.dep_ == "poss":
                return [child], "controller"
            if (
                child.dep_ == "prep"
                and (child.lower_ == "by" or (child.lower_ == "of" and lemma(verb.head) in DECISION_NOUNS))
                and child.i < verb.i
            ):
                pobjs = [g for g in child.children if g.dep_ == "pobj"]
                if pobjs:
                    return pobjs, "controller"
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.i < verb.i:
                agents = _agent_pobjs(child)
                if agents:
                    return agents, "controller"
        if (
            verb.head.dep_ == "dobj"
            and lemma(verb.head) in DECISION_NOUNS
            and lemma(verb.head.head) in TAKING_VERBS
            and _asserted_taking(verb.head.head, verb.head)
        ):
            # "WFP has taken the difficult decision to pause deliveries": whoever took the decision acts
            return subject_tokens(verb.head.head, depth + 1)[0], "controller"
        return [], ""
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ == "for"
        and lemma(verb.head.head) in PRAISING_VERBS
    ):
        # "commends President X for travelling to Niamey", "condemned Russia for shelling the port": whom the
        # praise or blame is addressed to did it
        objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        if objects:
            return objects[:1], "controller"
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # purpose infinitive: "X started a hunger strike to protest ..." → X protests; but "called on the
        # regime to release ..." is object control the parser read as purpose: the one called on acts
        for child in verb.head.children:
            if child.dep_ == "prep" and child.i < verb.i and _calls_on(verb.head, child):
                pobjs = [g for g in child.children if g.dep_ == "pobj"]
                if pobjs:
                    return pobjs, "controller"
        toks, _ = subject_tokens(verb.head, depth + 1)
        return toks, "controller"
    if verb.dep_ == "ccomp" and misread_belief(verb.head):
        toks, _ = subject_tokens(verb.head, depth + 1)
        return toks, "subject"
    if verb.dep_ == "advcl":
        subordinated = _subject_read_as_pobj(verb)
        if subordinated is not None:
            return [subordinated], "subject"
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "dobj"
        and verb.head.head.tag_ == "VBG"
    ):
        # "attacked the villages, killing ten people and burning homes": the parser joins the second
        # participle to the first one's object; it is the first participle's conjunct
        toks, _ = subject_tokens(verb.head.head, depth + 1)
        return toks, "conj"
    if (
        verb.dep_ == "conj"
        and verb.tag_ in FINITE_TAGS
        and verb.head.tag_ == "VBG"
        and verb.head.dep_ == "pcomp"
    ):
        # "cases in which police fired at fleeing protesters and beat detainees": a finite verb joined to a
        # participle is the conjunct of the finite verb above it
        governor = next((t for t in verb.head.ancestors if t.tag_ in FINITE_TAGS), None)
        if governor is not None:
            toks, _ = subject_tokens(governor, depth + 1)
            return toks, "conj"
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return [stranded], "subject"
        if passive_conjunct(verb):
            # "the United States is responsible and must be held to account": the first clause's subject
            # is the one held to account, not the one holding it
            for child in verb.children:
                if child.dep_ == "agent":
                    return [g for g in child.children if g.dep_ == "pobj"], "agent"
            return [], ""
        toks, _ = subject_tokens(verb.head, depth + 1)
        if not toks and verb.tag_ in {"VB", "VBP", "VBZ"}:
            # "We are appalled by and condemn the aggression": an active conjunct of a passive verb acts
            # through the passive's subject
            toks = [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS][:1]
        return toks, "conj"
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"}:
        return _participle_subject(verb, depth)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTING_VERBS:
        quoted = _quoted_speaker(verb.head.head)
        if quoted is not None:
            return [quoted], "subject"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        controller = _gerund_controller(verb.head)
        if controller is not None:
            toks, _ = subject_tokens(controller, depth + 1)
            return toks, "controller"
    if verb.dep_ == "acl":
        stranded = _stranded_root(verb)
        if stranded is not None:
            return [stranded], "subject"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [], ""
    if verb.dep_ == "ROOT":
        detached = _detached_subject(verb)
        if detached is not None:
            return [detached], "subject"
    return [], ""


# Prepositions through which a predicate adjective's subject does the gerund: "are guilty of violating the
# truce", "is responsible for shelling the town", "were complicit in torturing detainees".
PREDICATE_GERUND_PREPS = frozenset({"of", "for", "in"})
# ... and an active verb's subject: "succeeded in capturing the town", "responded by expelling ten diplomats".
VERB_GERUND_PREPS = frozenset({"in", "by"})


def praisers(verb: Token, index: ActorIndex) -> list[Actor]:
    """Who thanks or praises the doer of a gerund ("We thank Jamaica for hosting the meeting": we)."""
    if not (verb.dep_ == "pcomp" and verb.head.lower_ == "for" and lemma(verb.head.head) in PRAISING_VERBS):
        return []
    subjects, _ = subject_tokens(verb.head.head)
    return [a for t in subjects for a in actors_of_phrase(t, index)]


def _gerund_controller(prep: Token) -> Token | None:
    """The clause whose subject does a subjectless gerund after ``prep``: the copula of a predicate adjective
    ("X are guilty of violating", "X is responsible for shelling"), an adjectival passive ("X was engaged in
    shelling"), or an active verb with no object of its own ("X succeeded in capturing", "X responded by
    expelling"). Not a noun's ("the crime of shelling") and not a verb whose object does it ("thanked Japan
    for sending aid", "prevented Iran from acquiring")."""
    if prep.dep_ != "prep":
        return None
    word, gov = prep.lower_, prep.head
    if gov.pos_ == "ADJ" and gov.dep_ in {"acomp", "oprd"} and word in PREDICATE_GERUND_PREPS:
        return gov.head
    if word == "to" and gov.dep_ == "acomp" and gov.lemma_.lower() in ADJECTIVAL_PASSIVES:
        return gov.head  # "India is committed to working with China": the copula's subject works
    if gov.pos_ != "VERB" or word not in VERB_GERUND_PREPS:
        return None
    if is_passive(gov):
        return gov if gov.lemma_.lower() in ADJECTIVAL_PASSIVES else None
    if (word != "by" or prep.i < gov.i) and any(
        c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in gov.children
    ):
        # ("by" after the verb names the means of its own subject, object or not: "hid the killings by cutting
        # the internet"; "By banishing them, the regime has committed crimes" restates what it judges)
        return None
    return gov


def _stranded_root(verb: Token) -> Token | None:
    """The subject the parser made the root of a sentence with no main verb, hanging the main verb on it (or
    on its "from"/"of" phrase) as a clause: "Abdullah Ocalan, the jailed leader of the PKK, called on ..."
    (after an apposition), "Volunteers from three Japanese charities collected and shipped blankets to ..."
    (the verb read as a participle of "charities"), "An official newspaper called Thursday on Arabs to ...".
    Only a finite verb after an apposition, a verb that takes an object of its own or through its conjunct,
    or one followed by the day of the report (a headline's "Talks between A and B held in Vienna" stays a
    participle)."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in {"from", "of"}:
        head = head.head.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    if (
        verb.head is head
        and verb.tag_ in {"VBD", "VBZ"}
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
    ):
        return head
    finite = [v for v in (verb, *(c for c in verb.children if c.dep_ == "conj")) if v.tag_ == "VBD"]
    objects = [c for v in (verb, *conjuncts(verb)) for c in v.children if c.dep_ == "dobj"]
    if finite and objects:
        return head
    # wire copy's day after the verb: "An official Egyptian newspaper called Thursday on Arabs to ..."
    after = verb.view.tokens[verb.i + 1] if verb.i + 1 < len(verb.view.tokens) else None
    dated = after is not None and after.ent_type_ == "DATE" and after.head is verb and verb.head is head
    return head if dated else None


def _quoted_speaker(quoting: Token) -> Token | None:
    """Who "was quoted (cited, reported) as saying": the passive subject, else whom the active verb quotes."""
    for deps in (PASSIVE_SUBJECT_DEPS, frozenset({"dobj"})):
        for child in quoting.children:
            if child.dep_ in deps:
                return child
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the small parser hung on the first verb as a conjunct: in "X is unacceptable, and the
    Swedish authorities, by turning a blind eye, have become complicit" "authorities" is a conjunct of "is".
    A noun is never a verb's conjunct: one standing between the first verb and this one is this one's
    subject."""
    for sibling in verb.head.children:
        if sibling.dep_ == "conj" and verb.head.i < sibling.i < verb.i and sibling.pos_ in {"NOUN", "PROPN"}:
            return sibling
    return None


# Verbs whose "on"/"upon" object is asked to do the infinitive: "called on Iran to withdraw", "count on X to".
ON_CONTROL_VERBS = frozenset({"call", "prevail", "rely", "count", "depend", "lean"})
# Subordinators the parser takes for prepositions before a clause: "after London criticized its policy".
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till", "as", "because", "while", "when"})


# Verbs of belief and report that qualify a subject in wire copy: "gunmen believed to be members of X".
QUALIFYING_VERBS = frozenset(
    {
        "believe",
        "think",
        "say",
        "report",
        "suspect",
        "know",
        "understand",
        "allege",
        "presume",
        "fear",
        "claim",
    }
)


def misread_belief(verb: Token) -> bool:
    """ "Gunmen believed to be members of Boko Haram abducted 40 students": the parser made "believed" the
    main verb and "abducted" its complement. A past participle of belief with a "to" infinitive, followed by a
    subjectless finite complement, qualifies its subject; the complement is the sentence's real verb."""
    if verb.lemma_.lower() not in QUALIFYING_VERBS or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    infinitive = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if not infinitive or not any(
        g.dep_ in {"aux", "auxpass"} and g.lower_ == "to" for g in infinitive[0].children
    ):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > infinitive[0].i
        and c.tag_ in {"VBD", "VBZ", "VBN"}
        and not any(g.dep_ in SUBJECT_DEPS or g.dep_ in PASSIVE_SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


def _calls_on(governor: Token, prep: Token) -> bool:
    """ "called on X": the prep names whom the governor asks ("went on a hunger strike to protest" and
    "decided on Friday to expel" ask no one)."""
    return prep.lower_ in {"on", "upon"} and governor.lemma_.lower() in ON_CONTROL_VERBS and not dated(prep)


def _subject_read_as_pobj(verb: Token) -> Token | None:
    """A subordinate clause whose subject the parser took for a preposition's object: "expelled the envoy
    after London criticized its policy" ("after" + "London", and "criticized" with no subject)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.view.tokens[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "pobj" or before.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    prep = before.head
    return before if prep.dep_ == "prep" and prep.lower_ in CLAUSE_PREPS else None


def _relative_antecedent(verb: Token, pronoun: Token) -> Token:
    """The noun a relative clause set off by a comma is about: the phrase that ends right before the comma
    ("was abducted by Rangers in riot gear, who broke the windows": the Rangers), where the parser hung the
    clause on a noun further back (the subject, Khan). A non-restrictive relative clause follows its noun
    phrase; "the leader of the rebels, who ..." stays the leader (the phrase climbs through its own "of")."""
    head = verb.head
    at = pronoun.i - 1
    if at <= head.i or pronoun.view.tokens[at].lower_ != ",":
        return head
    tok = pronoun.view.tokens[at - 1]
    if tok.i == head.i and not (pronoun.lower_ in PERSON_RELATIVES and tok.ent_type_ not in PERSON_ENTS):
        return head
    for _ in range(MAX_WALK):
        # climb the phrase ending before the comma: a noun's own modifiers and prepositional phrases ("who"
        # climbs out of a place: "police in Kampala, who beat him" are the police)
        up = tok.head
        if up.i == tok.i:
            break
        if tok.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ in {"NOUN", "PROPN"}:
            tok = up.head
        elif tok.dep_ in {"compound", "amod", "nummod", "poss", "det"} and up.pos_ in {"NOUN", "PROPN"}:
            tok = up
        else:
            break
    if (
        pronoun.lower_ in PERSON_RELATIVES
        and tok.dep_ == "pobj"
        and tok.ent_type_ not in PERSON_ENTS
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in {"VERB", "AUX"}
        and tok.head.i > 0
    ):
        # "detained by police in Kampala, who beat him": the place or manner phrase hangs on the verb, and
        # "who" is the noun phrase before it (the police)
        before = pronoun.view.tokens[tok.head.i - 1]
        if before.pos_ in {"NOUN", "PROPN"} and before.head.i != tok.head.i:
            return before
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.i < head.i:
        return head
    return tok


def _participle_subject(verb: Token, depth: int) -> tuple[list[Token], str]:
    """The doer of a subjectless -ing clause.

    A free adjunct set off by a comma ("Turkish troops shelled the town, killing five"; "Iran summoned the
    envoy, accusing London of meddling") is done by the subject of the clause it hangs on, wherever the
    parser attached it; without a comma, an -ing clause on a noun is a reduced relative done by that noun
    ("protesters demanding reforms")."""
    before = verb.view.tokens[max(0, verb.i - 2) : verb.i]
    if verb.dep_ == "acl" and not any(t.lower_ == "," for t in before):
        return [verb.head], "relcl"
    head = verb.head
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ != "ROOT" and head.head is not head:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return [], ""
    toks, _ = subject_tokens(head, depth + 1)
    return toks, "controller"


DETACHED_PATH_DEPS = frozenset({"conj", "pobj", "prep", "appos", "compound"})


def _detached_subject(verb: Token) -> Token | None:
    """The subject the small parser hung, after a comma, on the last noun of an introductory phrase as a
    conjunct: "Despite the warnings of the UN, Israel and Hamas have resumed fighting" (Israel: conj of
    Nations). Found from the words just before the verb; only through a preposition before the verb."""
    first = min([c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}] + [verb.i])
    if first == 0:
        return None
    current = verb.view.tokens[first - 1]
    for _ in range(6):
        if current.dep_ != "conj" or current.pos_ not in {"NOUN", "PROPN", "PRON"}:
            # climb only through the conjuncts that end right before the verb
            if current.dep_ == "conj" and current.head.i < current.i:
                current = current.head
                continue
            return None
        edge = current.left_edge.i
        if edge > 0 and verb.view.tokens[edge - 1].text == ",":
            break
        current = current.head
    else:
        return None
    # the comma-separated phrase must sit inside an introductory prepositional phrase of this verb
    step = current.head
    for _ in range(12):
        if step.head is verb:
            return current if step.dep_ == "prep" and step.i < current.i < verb.i else None
        if step.dep_ not in DETACHED_PATH_DEPS or step.head is step:
            return None
        step = step.head
    return None


def sources_of_verb(verb: Token, index: ActorIndex) -> tuple[list[Actor], str]:
    """Actors that did the verb's action."""
    toks, how = subject_tokens(verb)
    actors: list[Actor] = []
    for tok in toks:
        actors.extend(actors_of_phrase(tok, index))
    if how == "subject":
        actors.extend(_co_agents(verb, toks, index))
    if how == "subject" and not any(a.code for a in actors):
        first = _first_conjunct_subject(verb, toks)
        if first is not None:
            # "Iran has not answered the questions, and it expelled the inspectors": the pronoun subject of a
            # second clause is the first clause's subject
            return _dedupe(a for t in conjuncts(first) for a in actors_of_phrase(t, index)), "conj"
    if (
        how in {"subject", "controller", "conj"}
        and len(toks) == 1
        and toks[0].pos_ == "PRON"
        and toks[0].lower_ in SUBJECT_PRONOUNS
        and not any(a.code for a in actors)
    ):
        # the pronoun is the subject of another verb ("..., and it will continue to work with X": of
        # "continue"; "when they entered ... and detained X": of "entered"): resolve it there
        own = toks[0].head
        first = (_first_conjunct_subject(own, toks) if own is not verb else None) or _relative_agent(
            own, toks[0]
        )
        if first is not None:
            found = _dedupe(a for t in conjuncts(first) for a in actors_of_phrase(t, index))
            if any(a.code for a in found):
                return found, how
    return _dedupe(actors), how


def _relative_agent(verb: Token, pronoun: Token) -> Token | None:
    """The doer a pronoun subject of a relative clause stands for: the "by" agent of the participle whose
    phrase the clause details ("the raid carried out by the police, when they entered the embassy": the
    police; "the statement made by President X, in which he accepted the result": X), of agreeing number."""
    if verb.dep_ != "relcl":
        return None
    current = verb.head
    for _ in range(8):
        # (the clause hangs on the participle's phrase, or on the noun the participle modifies)
        participles = [current] + [c for c in current.children if c.dep_ == "acl" and c.i < verb.i]
        participle = next((t for t in participles if t.tag_ == "VBN" and t.dep_ == "acl"), None)
        if participle is not None:
            doer = next(iter(_agent_pobjs(participle)), None)
            if doer is None or doer.i > pronoun.i or doer.pos_ not in {"NOUN", "PROPN"}:
                return None
            plural = doer.tag_ == "NNS" or len(conjuncts(doer)) > 1
            return doer if plural == (pronoun.lower_ == "they") or doer.tag_ == "NNPS" else None
        if current.dep_ == "ROOT" or current.tag_ in FINITE_TAGS or current.head is current:
            return None
        current = current.head
    return None


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})


EMBEDDING_DEPS = frozenset({"ccomp", "advcl", "xcomp", "pcomp"})
OBJECT_PRONOUNS = frozenset({"it", "them", "they"})


def _pronoun_referent(pronoun: Token, verb: Token, index: ActorIndex) -> list[Actor]:
    """Whom an unresolved "it"/"them"/"they" aimed at stands for, of agreeing number: the object of the
    verb this one is a conjunct of ("detained the activists and beat them"), else the noun subject of the
    clause this one conjoins or depends on ("Egypt closed the crossing after it was shelled")."""
    word = pronoun.lower_
    if word not in OBJECT_PRONOUNS or pronoun.pos_ != "PRON" or any(a.code for a in index.at(pronoun)):
        return []
    plural = word != "it"
    candidates: list[Token] = []
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        candidates += [c for c in verb.head.children if c.dep_ == "dobj"]
    # (an object pronoun is never its own clause's subject: "attacked the soldiers and wounded them")
    own_clause = pronoun.dep_ == "dobj" and verb.dep_ == "conj"
    subject = None if own_clause else _governing_subject(verb, "they" if plural else "it")
    candidates += [subject] if subject is not None else []
    for tok in candidates:
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.tag_ != "NNPS" and (tok.tag_ == "NNS" or len(conjuncts(tok)) > 1) != plural:
            continue
        found = [a for t in conjuncts(tok) for a in actors_of_phrase(t, index) if a.code]
        if found:
            return found
    if word == "them" and pronoun.dep_ == "dobj":
        # "welcomes the truce agreed by the two sides and urges them to respect it": the plural named before
        # it in its sentence, as for "calls on them" (_plural_antecedent)
        found = _plural_antecedent_of(pronoun, index)
        return [a for k, a in enumerate(found) if all(a.code != b.code for b in found[:k])]
    return []


def _first_conjunct_subject(verb: Token, toks: list[Token]) -> Token | None:
    """The noun subject a pronoun subject stands for, when their number agrees ("it", "he", "she": one noun,
    not a plural; "they": a plural or coordinated subject): that of the clause a conjunct clause follows
    ("Iran has not answered, and it expelled ..."), or for "it"/"they" that of the clause an embedded one
    depends on ("Iran's ministry summoned the envoy to protest against what it called interference")."""
    if len(toks) != 1:
        return None
    return _governing_subject(verb, toks[0].lower_)


def _governing_subject(verb: Token, word: str) -> Token | None:
    """See _first_conjunct_subject (``word``: the pronoun, as a subject)."""
    if word not in SUBJECT_PRONOUNS:
        return None
    if verb.dep_ == "conj":
        governors = [verb.head]
    elif word in {"it", "they"} and verb.dep_ in EMBEDDING_DEPS:
        governors = []
        current = verb
        for _ in range(4):
            if current.dep_ not in EMBEDDING_DEPS:
                break
            current = current.head
            if current.dep_ == "prep" and current.head is not current:
                current = current.head  # ("against what it called ...": the preposition's governor)
            governors.append(current)
    else:
        return None
    for governor in governors:
        if governor.pos_ not in {"VERB", "AUX"}:
            return None
        first = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
        if first is None:
            continue
        if first.pos_ == "PRON" and first.lower_ == word and verb.dep_ == "conj":
            return first  # "He urges X ..., and he encourages Y": the same pronoun, resolved there
        if first.pos_ not in {"NOUN", "PROPN"}:
            return None
        plural = first.tag_ == "NNS" or len(conjuncts(first)) > 1
        return first if plural == (word == "they") or first.tag_ == "NNPS" else None
    return None


def _co_agents(verb: Token, subjects: list[Token], index: ActorIndex) -> list[Actor]:
    """Those who act with the subject: "France, together with Germany and Italy, called for ...", "the US,
    along with its allies, imposed ...", "Kenya, alongside Uganda, deployed ..." (on the subject, or hung
    on the verb between the subject and the verb)."""
    out: list[Actor] = []
    first = min(t.i for t in subjects) if subjects else verb.i
    candidates = [c for t in subjects for c in t.children]
    candidates += [c for c in verb.children if first < c.i < verb.i]
    for prep in candidates:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if (
            word == "with"
            and any(c.dep_ == "advmod" and c.lower_ in {"together", "along"} for c in prep.children)
        ) or word == "alongside":
            out.extend(pobj_actors(prep, index))
        elif word == "along":
            out.extend(
                a
                for c in prep.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for a in pobj_actors(c, index)
            )
    return [a for a in out if a.code]


def is_passive(verb: Token) -> bool:
    """True when the verb has a passive subject."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)


def passive_conjunct(verb: Token) -> bool:
    """A passive verb with no subject of its own, conjoined to a clause whose subject it is done to ("X is
    responsible and must be held to account", "troops entered the town and were ambushed")."""
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    )


def passive_subject(verb: Token) -> list[Token]:
    """Whom a passive verb is done to: its passive subject, or for a passive conjunct the subject of the
    clause it is conjoined to."""
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if own or not passive_conjunct(verb):
        return own
    return [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS][:1]


def bare_passive(verb: Token) -> bool:
    """A participle the parser gave a subject, with no auxiliary and no object inside a sentence: "resulted in
    95 people killed and 200 injured" — the people were killed; they killed no one."""
    # (only under a preposition or a noun, or a conjunct of such: the tagger also calls a finite "clashed"
    # VBN, and a clause of its own is read as written)
    if verb.tag_ != "VBN" or not (
        verb.dep_ in {"pcomp", "acl"}
        or (verb.dep_ == "conj" and verb.head.i != verb.i and bare_passive(verb.head))
        # "150 people have been killed and thousands injured": the passive's auxiliaries are left out
        or (verb.dep_ == "conj" and verb.head.i < verb.i and is_passive(verb.head))
    ):
        return False
    children = verb.children
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in children
    )


def pobj_actors(prep: Token, index: ActorIndex) -> list[Actor]:
    """Actors in the objects of a preposition."""
    out: list[Actor] = []
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            out.extend(actors_of_phrase(pobj, index))
    return out


def attached_preps(tok: Token) -> list[tuple[str, Token]]:
    """The prepositions attached to a token, as (preposition, prep token).

    Two parser habits are undone: a phrase hung on a date ("voiced disapproval on Monday of X's decision":
    "of" under "Monday") belongs to the word before the date, and "out of" reads as "from" ("pulled out of
    the camp").
    """
    out: list[tuple[str, Token]] = []
    for child in tok.children:
        if child.dep_ not in {"prep", "dative"}:
            continue
        out.append((child.lower_, child))
        for grand in child.children:
            if grand.dep_ == "pobj" and grand.ent_type_ in DATE_ENTS:
                out.extend((g.lower_, g) for g in grand.children if g.dep_ == "prep")
            elif grand.dep_ == "prep" and child.lower_ == "out" and grand.lower_ == "of":
                out.append(("from", grand))
    return out


def prep_targets(tokens: Sequence[Token], preps: frozenset[str], index: ActorIndex) -> list[Actor]:
    """Actors in target prepositional phrases attached to any of the tokens.

    When the phrase names no coded actor, the one responsible for it is taken: "to protest against their
    detention by Australia" → Australia, "an inquiry into crimes committed by the militia" → the militia.
    A body a case is brought at or before is where it is heard, not whom it is against, when an "against"
    phrase names someone (_against_not_venue).
    """
    out: list[Actor] = []
    venues: set[int] = set()
    venue = False
    for tok in tokens:
        for word, child in attached_preps(tok):
            if word == "with" and introductory(child):
                continue  # "With the backing of the EU, Serbia and Kosovo agreed ...": backers, not targets
            if word in preps:
                found = _prep_phrase_actors(child, index)
                if word in VENUE_PREPS:
                    venue = True
                    venues.update(id(a) for a in found)
                out.extend(found)
    against = _against_not_venue(tokens, index) if venue else []
    if against:
        out = [a for a in out if id(a) not in venues] + against
    return _dedupe(out)


def _prep_phrase_actors(prep: Token, index: ActorIndex) -> list[Actor]:
    """The actors a target prepositional phrase names, else the one responsible for its object, its owner,
    or whom a plural points back to."""
    found = pobj_actors(prep, index)
    if not any(a.code for a in found):
        responsible = [
            a
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in responsible_actors(pobj, index, anywhere=False)
            if a.code
        ]
        found = responsible or found
    if not any(a.code for a in found):
        # "aggression against the sovereignty and territorial integrity of Ukraine": Ukraine's
        found = _owners(prep, index) or found
    if not any(a.code for a in found):
        # "dialogue among the Venezuelan political actors, and we call on them to ...": theirs
        found = _plural_antecedent(prep, index) or found
    return found


# Where a case or complaint is brought ("at the WTO", "before the Court"), as against whom it is brought, and
# the participles that name whom it accuses ("... at the ICJ charging Israel with genocide").
VENUE_PREPS = frozenset({"at", "before"})
ACCUSING_VERBS = frozenset({"accuse", "charge"})


def _against_not_venue(tokens: Sequence[Token], index: ActorIndex) -> list[Actor]:
    """(RL26) The coded actors an "against" phrase of the tokens names, for a phrase that also says where the
    act is brought: "launched a case at the WTO against the US measures" (the parser hangs "against" on the
    venue), "initiated proceedings at the WTO against the duties China imposed" (whoever imposed them); or
    whom an accusing participle of the tokens names ("filed a case at the ICJ charging Israel with ...")."""
    phrases = [child for tok in tokens for word, child in attached_preps(tok) if word == "against"]
    venues = [child for tok in tokens for word, child in attached_preps(tok) if word in VENUE_PREPS]
    venue_nouns = [pobj for v in venues for pobj in v.children if pobj.dep_ == "pobj"]
    phrases += [g for n in venue_nouns for g in n.children if g.dep_ == "prep" and g.lower_ == "against"]
    # (the parser hangs the participle on the verb, on the venue's noun, or makes it the venue's complement)
    found: list[Actor] = [
        a
        for holder in [*tokens, *venues, *venue_nouns]
        for clause in holder.children
        if clause.dep_ in {"advcl", "acl", "pcomp"}
        and clause.tag_ == "VBG"
        and lemma(clause) in ACCUSING_VERBS
        for obj in clause.children
        if obj.dep_ == "dobj"
        for a in actors_of_phrase(obj, index)
        if a.code
    ]
    for phrase in phrases:
        named = [a for a in _prep_phrase_actors(phrase, index) if a.code]
        if not named:
            # "the duties China imposed", "the measures taken by the US": whoever did what it is against
            named = [
                a
                for pobj in phrase.children
                if pobj.dep_ == "pobj"
                for clause in pobj.children
                if clause.dep_ in {"relcl", "acl"}
                for a in sources_of_verb(clause, index)[0]
                if a.code
            ]
        found.extend(named)
    return found


def foreign_addressees(targets: Sequence[Actor], index: ActorIndex, own: frozenset[str]) -> list[Actor]:
    """The issuers' own act aimed at "the authorities", "the government", "the security forces" of no named
    country, in a foreign ministry's or an international body's statement, is aimed at the other country in
    context (``ActorIndex.addressee_country``), never at the issuers' own: "Norway urges the authorities to
    ..." after a sentence about Mali is aimed at MLIGOV, though the actors stage gave them Norway, the one
    country named before them in the sentence. With no such country, an own-country guess is dropped."""
    if not index.speaks_abroad:
        return list(targets)
    out: list[Actor] = []
    for t in targets:
        # (an agent kind with sectors: "anti-Islamic acts" given a country names no one to address; the
        # issuers' own service, "instructed the Embassy to ...", is theirs)
        generic = bool(t.sectors) and (
            t.via in CONTEXT_VIAS if t.code else bool(STATE_SECTORS & set(t.sectors))
        )
        if generic and OWN_SERVICE_WORDS.intersection((t.text or "").lower().replace("-", " ").split()):
            generic = False
        if not generic or (t.code and not same_party(t.code, own)):
            out.append(t)
            continue
        country = index.addressee_country(t)
        if country is not None:
            out.append(_with_country(t, country, via="context"))
        elif not t.code:
            out.append(t)
    return _dedupe(out)


def addressed_pronoun(verb: Token, preps: frozenset[str], index: ActorIndex) -> Token | None:
    """An unresolved "it"/"them" the verb is aimed at, or the infinitive it governs ("we urge them to ...",
    "calls on it to ...", "we stand ready to assist them"), when its own sentence has no noun before it the
    pronoun could stand for (the issuers' own mentions and dates apart): the pronoun points back to an
    earlier sentence."""
    nodes = [verb]
    for k in range(4):  # ("stand ready to assist them": stand → ready → assist)
        if k < len(nodes):
            nodes.extend(c for c in nodes[k].children if c.dep_ in {"xcomp", "acomp"})
    for node in nodes:
        for child in node.children:
            if child.dep_ in {"dobj", "dative"}:
                found = [child]
            elif child.dep_ == "prep" and child.lower_ in preps:
                found = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for pronoun in found:
                if pronoun.pos_ != "PRON" or pronoun.lower_ not in {"it", "them"} or index.at(pronoun):
                    continue
                return None if _noun_before(pronoun, index) else pronoun
    return None


def person_antecedent(
    verb: Token, preps: frozenset[str], index: ActorIndex, own: frozenset[str]
) -> list[Actor]:
    """Whom an addressed "him"/"her" stands for in its own sentence: the nearest named person before it who is
    not of the speaker's side ("We welcome the decision of President X to withdraw the bill, and we urge him
    to ..." → President X)."""
    nodes = [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *dated_infinitives(verb)]
    pronouns = [
        g
        for node in nodes
        for child in node.children
        for g in (
            [child]
            if child.dep_ in {"dobj", "dative"}
            else child.children
            if child.dep_ == "prep" and child.lower_ in preps
            else ()
        )
        if g.pos_ == "PRON" and g.lower_ in {"him", "her"} and g.dep_ in {"dobj", "dative", "pobj"}
    ]
    if not pronouns or any(a.code for a in index.at(pronouns[0])):
        return []
    pronoun = pronouns[0]
    *_, root = [pronoun, *pronoun.ancestors]
    for i in range(pronoun.i - 1, root.left_edge.i - 1, -1):
        t = pronoun.doc[i]
        here = [a for a in index.at(t) if a.code and a.via not in ISSUER_VIAS | CONTEXT_VIAS]
        if here and (t.ent_type_ == "PERSON" or any(a.via == "title" for a in here)):
            return [] if any(same_party(a.code or "", own) for a in here) else _dedupe(here)
    return []


def _noun_before(pronoun: Token, index: ActorIndex) -> bool:
    """Some noun of the pronoun's number comes before it in its sentence, other than the issuers' own
    mentions and dates: "Police detained students, and we call on them" has one, "We call on them" none."""
    plural = pronoun.lower_ == "them"
    *_, root = [pronoun, *pronoun.ancestors]
    for t in (pronoun.doc[i] for i in range(root.left_edge.i, pronoun.i)):
        if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ == "compound" or t.ent_type_ in DATE_ENTS:
            continue
        if any(_is_issuer(a) or (a.code and same_party(a.code, index.own)) for a in index.at(t)):
            continue
        if t.tag_ == "NNPS" or (t.tag_ == "NNS") == plural:
            return True
    return False


def _plural_antecedent(prep: Token, index: ActorIndex) -> list[Actor]:
    """The coded actors of the plural noun phrase an unresolved "them" a preposition takes stands for, in the
    same sentence: the nearest plural subject before it ("Security forces detained students, and we call on
    them to ..."), else the nearest plural ("dialogue among the Venezuelan political actors, and we call on
    them to ...", "the talks between Serbia and Kosovo ... calls on them to")."""
    pronoun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return [] if pronoun is None else _plural_antecedent_of(pronoun, index)


def _plural_antecedent_of(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """The coded actors an unresolved "them" stands for in its own sentence (see _plural_antecedent)."""
    if pronoun.lower_ != "them" or pronoun.pos_ != "PRON" or index.at(pronoun):
        return []
    *_, root = [pronoun, *pronoun.ancestors]
    tokens = pronoun.doc
    plurals = [
        t
        for t in (tokens[i] for i in range(root.left_edge.i, pronoun.i))
        if t.tag_ in {"NNS", "NNPS"} and t.dep_ != "compound"
    ]
    subjects = [t for t in plurals if t.dep_ in {"nsubj", "nsubjpass"}]
    for noun in reversed(subjects or plurals[-1:]):
        return _dedupe(a for t in noun.subtree for a in index.at(t) if a.code and a.via not in ISSUER_VIAS)
    return []


def _owners(prep: Token, index: ActorIndex) -> list[Actor]:
    """The coded owners ("of" complement or possessor) of what a preposition names, when it names something
    that belongs to a party (``index.owned_nouns``): its sovereignty, territory, borders, people."""
    out: list[Actor] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        heads = conjuncts(pobj)
        if not any(lemma(h) in index.owned_nouns for h in heads):
            continue
        for head in heads:
            for child in head.children:
                if child.dep_ == "poss":
                    out.extend(a for a in actors_of_phrase(child, index) if a.code)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    out.extend(a for a in pobj_actors(child, index) if a.code)
    return _dedupe(out)


def content_clause_targets(verb: Token, index: ActorIndex) -> list[Actor]:
    """The subject of a "that" clause completing the object: "probing reports that Burkinabe soldiers
    executed villagers" → the soldiers."""
    out: list[Actor] = []
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.children:
            if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in clause.children
            ):
                for sub in clause.children:
                    if sub.dep_ in SUBJECT_DEPS or sub.dep_ in PASSIVE_SUBJECT_DEPS:
                        out.extend(a for a in actors_of_phrase(sub, index) if a.code)
    return _dedupe(out)


def complement_targets(words: Sequence[Token], verb: Token, index: ActorIndex) -> list[Actor]:
    """The "of" complement of a pattern's noun: "voiced disapproval of Hungary's decision" → Hungary."""
    out: list[Actor] = []
    nouns = [w for w in words if w.i != verb.i and w.pos_ in {"NOUN", "PROPN"}]
    # "voiced disapproval on Monday of X": the parser hangs the noun's "of" on the date after the verb
    dated = [
        (g.lower_, g)
        for child in verb.children
        if child.dep_ == "prep" and nouns
        for pobj in child.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in DATE_ENTS
        for g in pobj.children
        if g.dep_ == "prep"
    ]
    for prep, child in [p for word in nouns for p in attached_preps(word)] + dated:
        if prep != "of":
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj":
                out.extend(a for a in responsible_actors(pobj, index, anywhere=False) if a.code)
    return _dedupe(out)


def clause_subject_actors(verb: Token, index: ActorIndex, deps: frozenset[str]) -> list[Actor]:
    """Actors that are subjects of the verb's complement clauses ("demanded that the US cancel ...")."""
    out: list[Actor] = []
    for child in verb.children:
        if child.dep_ in deps:
            for sub in child.children:
                if sub.dep_ in SUBJECT_DEPS or sub.dep_ in PASSIVE_SUBJECT_DEPS:
                    out.extend(actors_of_phrase(sub, index))
    return out


# Subjects that are the speaker: "We urge the US to withdraw its decision; otherwise China will react" (the
# parser makes "We urge" the complement of "make"), "China warned that it would use force".
FIRST_PERSON = frozenset({"we", "i"})


def _others_in_clause(verb: Token, found: list[Actor], index: ActorIndex) -> list[Actor]:
    """The complement clause's subjects without the speaker itself: "we"/"I", the verb's own subject again
    (the same code), or a pronoun standing for the subject's own party ("China warned that it would ...")."""
    if not found:
        return found
    speakers = [a for c in verb.children if c.dep_ in SUBJECT_DEPS for a in actors_of_phrase(c, index)]
    codes = {a.code for a in speakers if a.code}
    keys = {actor_key(c) for c in codes}
    states = {actor_key(a.code) for a in speakers if a.code and of_the_state(a)}
    out: list[Actor] = []
    for a in found:
        word = (a.text or "").strip().lower()
        if word in FIRST_PERSON and keys:
            continue  # (a "we" of a sentence with its own named speaker is that speaker)
        if a.code and (a.code in codes or (word in PRONOUN_WORDS and actor_key(a.code) in keys)):
            continue
        if a.code and of_the_state(a) and actor_key(a.code) in states:
            # (NW25) a state's own forces or officials in what it says act for it: "Beijing warned that
            # Chinese warships could block Philippine boats" is aimed at the Philippines, not at China
            continue
        out.append(a)
    return out


def of_the_state(actor: Actor) -> bool:
    """The actor is a country or one of its state bodies (government, forces, police, courts ...)."""
    return (actor.code or "")[:3] not in INTERNATIONAL and set(actor.sectors) <= STATE_SECTORS


# Pronouns that may stand for the speaker in its own complement clause.
PRONOUN_WORDS = frozenset({"it", "they", "we", "i"})


def conditional_subject_actors(verb: Token, index: ActorIndex, marks: frozenset[str]) -> list[Actor]:
    """Subjects of an if/unless (or inverted should) clause: whom a threat or conditional offer aims at."""
    # the clause itself, its infinitive complements ("threatened to attack ... unless X"), then its governors
    nodes = [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *dated_infinitives(verb)]
    # (NW27) and the act a warning tells in its content clause: "warned that it would take countermeasures
    # if the Philippines continued ...", "said it could walk away from the talks if Israel kept up its
    # strikes"
    nodes += threatened_clauses(verb)
    current = verb
    for _ in range(3):
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            break
        current = current.head
        nodes.append(current)
    for node in nodes:
        for child in node.children:
            inverted = child.left_edge.lower_ in {"should", "had", "were"}
            if child.dep_ == "advcl" and (
                inverted or any(g.dep_ == "mark" and g.lower_ in marks for g in child.children)
            ):
                found = clause_subject_actors(node, index, frozenset({"advcl"}))
                if found:
                    return found
    return []


def dated_infinitives(verb: Token) -> list[Token]:
    """(NW27) The infinitive complement the parser hangs as a clause of its own when a time phrase comes
    between: "threatened on Thursday to shell South Korean islands", "agreed on Sunday to allow
    inspectors"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and infinitive_complement(c)
        and any(p.dep_ == "prep" and verb.i < p.i < c.i and dated(p) for p in verb.children)
    ]


DEFIED_PREPS = frozenset({"despite", "notwithstanding"})
DEFIED_NOUNS = frozenset(
    {
        "demand",
        "call",
        "appeal",
        "plea",
        "request",
        "ultimatum",
        "pressure",
        "warning",
        "threat",
        "deadline",
        "order",
    }
)


def defied_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """(NW27) Whom a refusal defies, when it names no one else: the one whose demand, call, pressure or
    ultimatum it holds out "despite" ("refused to reinstate the president despite an ultimatum from ECOWAS",
    "despite mounting U.S. pressure"). On the verb or the infinitive it refuses."""
    out: list[Actor] = []
    for node in [verb, *(c for c in verb.children if infinitive_complement(c))]:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in DEFIED_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and lemma(noun) in DEFIED_NOUNS:
                    out.extend(a for a in actors_of_phrase(noun, index) if a.code)
    return _dedupe(out)


def threatened_clauses(verb: Token) -> list[Token]:
    """(NW27) The verbs of the act a warning or threat tells in a content clause, with the infinitives that
    clause chains: "warned that his country would not hesitate to go to war with Eritrea" → hesitate, go."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
            chain = [child]
            while len(chain) < 3:
                nxt = [c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
                if not nxt:
                    break
                chain.append(nxt[0])
            out.extend(chain)
    return out


def permitted_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """(NW27) Whom a permission verb lets act when the parser made that party the subject of the allowed act:
    "refused to let a UN envoy visit the former leader", "refused to allow a delegation of British lawmakers
    to enter Hong Kong" (an object "allowed inspectors in" is read as any object is)."""
    if lemma(verb) not in PERMISSION_VERBS:
        return []
    return [
        a
        for child in verb.children
        if child.dep_ == "ccomp"
        for sub in child.children
        if sub.dep_ == "nsubj"
        for a in responsible_actors(sub, index)
    ]


def targets_of_verb(
    verb: Token,
    words: Sequence[Token],
    preps: frozenset[str],
    index: ActorIndex,
    *,
    clause_targets: bool = False,
    conditional_marks: frozenset[str] = frozenset(),
    location_preps: frozenset[str] = frozenset(),
    depth: int = 0,
    judged: bool = False,
    threat: bool = False,
) -> list[Actor]:
    """Actors the verb's action is aimed at (``judged``: a judgement or rejection, see _target_candidates).

    Tried in order, the first candidate naming a coded actor wins (else the first non-empty one): passive
    subject, direct object (its responsible actor), indirect object, target prepositions of the verb and its
    phrase words; for speech acts (appeals, demands, rejections, threats) also the subject of the complement
    clause, the targets of an infinitive complement, and the subject of an if/unless clause; for threats
    (``threat``) also the targets of the infinitives their content clause chains, and for refusals
    (``judged``) the party whose demand they hold out "despite".
    Candidates are computed lazily, in that order: none is computed after the first coded one.
    """
    first: list[Actor] | None = None
    others = _others_act(verb, index)
    for found in _target_candidates(
        verb,
        words,
        preps,
        index,
        clause_targets,
        conditional_marks,
        location_preps,
        depth,
        others,
        judged,
        threat,
    ):
        # "we reaffirm our support for X": the speaker's own "our" owns the object, it is not its target;
        # another's act on it is aimed at the speaker ("the police assaulted members of our staff")
        found = [
            a
            for a in found
            if not (
                a.via == "pronoun"
                and (a.text or "").lower() in OWN_PRONOUNS
                and not (others and a.code and actor_key(a.code) not in others)
            )
        ]
        if others and any(a.via == "pronoun" and a.code and actor_key(a.code) not in others for a in found):
            # (RV22) "Peruvian police assaulted members of our diplomatic staff in Lima": at the speaker, not
            # at the doers' own country that the place of the act names
            found = [a for a in found if not (a.code and actor_key(a.code) in others)]
        if any(a.code for a in found):
            return _dedupe(found)
        if first is None and found:
            first = found
    return _dedupe(first) if first else []


def _target_candidates(
    verb: Token,
    words: Sequence[Token],
    preps: frozenset[str],
    index: ActorIndex,
    clause_targets: bool,
    conditional_marks: frozenset[str],
    location_preps: frozenset[str],
    depth: int,
    others: frozenset[str] = frozenset(),
    judged: bool = False,
    threat: bool = False,
) -> Iterator[list[Actor]]:
    if is_passive(verb) or bare_passive(verb):
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS or (child.dep_ == "nsubj" and bare_passive(verb)):
                yield responsible_actors(child, index) or _pronoun_referent(child, verb, index)
    elif passive_conjunct(verb):
        for child in passive_subject(verb):
            yield responsible_actors(child, index)
    elif verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "the protesters continued to be attacked by the police": the controller undergoes it
        controllers, _ = subject_tokens(verb.head)
        for child in controllers:
            yield responsible_actors(child, index)
    if clause_targets and depth == 0 and unnamed_addressee(verb, index):
        # ("calls on the international community to designate the Houthi militia": not the militia)
        return
    deferred: list[list[Actor]] = []
    holders: list[list[Actor]] = []
    intending: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and not (
            index.at(child) and _own_thing(child, bool(others) and not coded_keys(index.at(child)) & others)
        ):
            found = responsible_actors(child, index) or _pronoun_referent(child, verb, index)
            if clause_targets and child in words and _intended_acts(child, (), index.intention_nouns):
                # "reaffirms the readiness of ECOWAS to support Senegal": the pattern's own noun of intention
                # belongs to whoever intends (the doer); the intended act names whom it is aimed at
                holders.append(found)
                intending.append(child)
                continue
            if found and (
                (child in words and all(a.via in GUESSED_VIAS for a in found))
                # (NW26) armed men whose country is only guessed are who is sent, not where, in an intended
                # act: "stands ready to send 600 police officers to Haiti" is aimed at Haiti ("will send tanks
                # to Ukraine" itself is left to the show of force's own rules)
                or (
                    depth > 0
                    and lemma(verb) in SENDING_VERBS
                    and all(a.via in CONTEXT_VIAS and ARMED_SECTORS & set(a.sectors) for a in found)
                )
            ):
                # "fired missiles at Israel": the pattern's own object, given the sentence's country only by
                # guess, is what was done (the missiles), not whom it was done to
                deferred.append(found)
                continue
            if clause_targets and any_of_kind(child):
                # "urged all States to cooperate with Iran": the addressee is no one in particular, not
                # whom the asked-for act is aimed at ("would prohibit all aid to X" is aimed at X); nor is
                # the body all "Member States of the United Nations" belong to
                yield not_universal(found)
                return
            yield found
    for child in verb.children:
        if _object_read_as_clause(child):
            # "welcomed the agreement announced today in Beijing between X and Y": the parser made the
            # object the subject of its own participle
            subjects = [g for g in child.children if g.dep_ == "nsubj"]
            # (and the participle's own "by" agent: "welcomes the ceasefire agreed by the two sides")
            agents = [a for g in child.children if g.dep_ == "agent" for a in pobj_actors(g, index) if a.code]
            yield (
                [a for g in subjects for a in responsible_actors(g, index)]
                or agents
                or between_members(child, index)
            )
    for named in _named_as(verb):
        yield responsible_actors(named, index)
    yield permitted_parties(verb, index)
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            yield actors_of_phrase(child, index)
    anyone = _any_addressed(verb, preps) if clause_targets else []
    if anyone:
        # "calls on all UN Member States to implement the resolutions": as "urged all States" above, the
        # addressee is no one in particular, and its "UN" names no one asked either ("all countries of the
        # European Union" are the EU's)
        yield not_universal([a for g in anyone for a in actors_of_phrase(g, index) if a.code])
        return
    yield prep_targets([verb, *(w for w in words if w not in intending)], preps, index)
    yield from deferred
    if depth == 0:
        yield from _shared_object_targets(verb, preps, index)
    yield complement_targets([w for w in words if w not in intending], verb, index)
    yield content_clause_targets(verb, index)
    if clause_targets and depth == 0:
        yield _others_in_clause(verb, clause_subject_actors(verb, index, frozenset({"ccomp"})), index)
        for child in verb.children:
            if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
                # (NW25) the speaker's own act in its complement names whom it is aimed at: "warned that
                # Chinese forces could seal off Taiwan's ports", "warned it could slap tariffs on Indian
                # goods" (a subject of another party was taken above)
                yield _others_in_clause(
                    verb, targets_of_verb(child, [], preps, index, depth=depth + 1), index
                )
        for inner in threatened_clauses(verb)[1:] if threat else []:
            # (NW27) a threat, through the infinitives its clause chains: "warned that his country would not
            # hesitate to go to war with Eritrea" ("agreed that their countries should cooperate to encourage
            # refugees to return" is no threat: its parties are each other's)
            if inner.dep_ == "xcomp":
                yield _others_in_clause(
                    verb, targets_of_verb(inner, [], preps, index, depth=depth + 1), index
                )
        for child in [*(c for c in verb.children if c.dep_ == "xcomp"), *dated_infinitives(verb)]:
            found = targets_of_verb(
                child, [], preps, index, location_preps=frozenset({"in"}), depth=depth + 1
            )
            # (NW27) a refused act done to the refuser's own side is aimed at no one else: "refused to
            # reinstate the ousted president despite an ultimatum from ECOWAS" (the defied party, below)
            yield _others_in_clause(verb, found, index) if judged else found
        # (RV22) a judged or rejected intention of the pattern's own ("rejects any attempt to silence the
        # media") is aimed at whoever intends it, not at what the intended act is done to
        intended = [w for w in words if w not in intending] if judged else words
        for inner in _intended_acts(verb, intended, index.intention_nouns):
            # "reiterates its willingness to support the efforts of the AU", "remains committed to
            # supporting the government": whom the intended act is aimed at
            yield targets_of_verb(inner, [], preps, index, depth=depth + 1)
        if conditional_marks:
            yield conditional_subject_actors(verb, index, conditional_marks)
        if judged:
            yield defied_parties(verb, index)
    yield from holders
    if location_preps:
        # material actions with no other target: the place they happen in ("eased curfew in Montenegro",
        # "fired at protesters in Belgrade", "marched through Tehran")
        objects = [
            g
            for c in verb.children
            if c.dep_ in {"dobj", "prep"}
            for g in [c, *c.children]
            if g.dep_ in {"dobj", "pobj"}
        ]
        yield prep_targets([verb, *words, *objects], location_preps, index)


def participants_before(verb: Token, index: ActorIndex) -> list[Actor]:
    """The coded participants of the nearest noun before the verb in its sentence that has a "between" or
    "among" phrase ("welcomes the ceasefire agreement between Israel and Hamas and calls for its full
    implementation": Israel and Hamas)."""
    *_, root = [verb, *verb.ancestors]
    for i in range(verb.i - 1, max(root.left_edge.i, verb.i - MAX_WALK) - 1, -1):
        tok = verb.view.tokens[i]
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"between", "among"}
            for a in pobj_actors(c, index)
            if a.code
        ]
        if found:
            return _dedupe(found)
    return []


def carried_out_thing(verb: Token, words: Sequence[Token], nouns: frozenset[str], index: ActorIndex) -> bool:
    """The act asks for or supports the carrying out of something of no named party: "calls for its full
    implementation", "stands ready to support its implementation" (``nouns``: grammar.yaml
    ``implementation_nouns``, with an unresolved "its"/"their" as possessor)."""
    heads = [verb, *words, *_intended_acts(verb, words, index.intention_nouns)]
    objects = [
        g
        for h in heads
        for c in h.children
        for g in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else [])
        if g.dep_ in {"dobj", "pobj"}
    ]
    return any(
        lemma(o) in nouns
        and any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} and not any(a.code for a in index.at(c))
            for c in o.children
        )
        for o in objects
    )


def _intended_acts(
    verb: Token, words: Sequence[Token], intention: frozenset[str] = frozenset()
) -> list[Token]:
    """The act a speech act's phrase intends or asks for, besides its verb's own infinitive: the "to"
    infinitive of one of its nouns of intention (``intention``, grammar.yaml ``intention_nouns``: "its
    willingness to support"), a gerund after a preposition on such a noun or on an adjective or participle
    ("committed to supporting", "open to meeting", "readiness for hosting"). Not a verb's own gerund:
    "condemned X for targeting civilians" is not aimed at the civilians."""
    out: list[Token] = []
    for word in [verb, *words]:
        intending = word.pos_ == "NOUN" and lemma(word) in intention
        for child in word.children:
            if child.dep_ == "acl" and intending and to_infinitive(child):
                out.append(child)
            elif child.dep_ == "prep" and (
                intending
                or word.pos_ == "ADJ"
                or word.tag_ == "VBN"
                # (NW26) the verb's own "to" + gerund is what it commits to: "Germany committed to
                # delivering air-defence systems to Ukraine" (not "condemned X for targeting civilians")
                or (word.i == verb.i and child.lower_ == "to")
            ):
                out.extend(g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG")
    return out


# Verbs by which a speaker names what it speaks of: "condemned what it called an unprovoked attack".
NAMING_VERBS = frozenset(
    {"call", "describe", "term", "brand", "label", "dub", "characterize", "characterise"}
)


def names_what(verb: Token) -> bool:
    """The verb names what its speaker speaks of: "what it called an unprovoked attack" (no appeal "on")."""
    return verb.lemma_.lower() in NAMING_VERBS and any(
        w.lower_ == "what" and w.dep_ in {"dobj", "nsubjpass"} for w in verb.children
    )


def _named_as(verb: Token) -> list[Token]:
    """What "what it called X" names, when it is the verb's object: "Pakistan condemned what it called an
    unprovoked attack by Indian troops" condemns the attack (the parser makes "what" the object of "called",
    and "called" a clause of "condemned")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "ccomp" and names_what(c)
        # ("what it described as interference": the object of "as")
        for g in [
            *c.children,
            *(p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children),
        ]
        if g.dep_ in {"oprd", "xcomp", "attr", "dobj", "pobj"} and g.pos_ in {"NOUN", "PROPN"}
    ]


def _shared_object_targets(verb: Token, preps: frozenset[str], index: ActorIndex) -> Iterator[list[Actor]]:
    """ "condemned and rejected the raid", "donated and delivered aid to X": two verbs share one object; the
    first, with none of its own, takes the second's (which has no subject of its own either)."""
    if any(c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children):
        return
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ in PASSIVE_SUBJECT_DEPS for g in child.children)
        ):
            yield targets_of_verb(child, [], preps, index, depth=1)


PARTICIPANT_PREPS = frozenset({"between", "among", "amongst"})
TOPIC_PREPS = frozenset({"about", "concerning", "regarding", "over"})


def _object_read_as_clause(clause: Token) -> bool:
    """A bare participle clause with a noun subject and no auxiliary, the verb's only complement: "welcomed
    [the agreement announced today]" read as "welcomed [that] the agreement announced"."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "mark", "dobj"} for c in clause.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in clause.children)
        and not any(c.dep_ == "dobj" for c in clause.head.children)
    )


def between_members(head: Token, index: ActorIndex) -> list[Actor]:
    """The coded members of the first "between"/"among" phrase in a noun phrase, its participles included:
    "the agreement reached today in Putrajaya between Cambodia and Thailand", "the signing of the agreement
    between Ethiopia and the TPLF" (the parser hangs the phrase on any word of it)."""
    frontier = [head]
    seen = 0
    while frontier and seen < MAX_WALK:
        current = frontier.pop(0)
        seen += 1
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
                found = [a for a in pobj_actors(child, index) if a.code]
                if found:
                    return _dedupe(found)
            if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "acl" and child.tag_ == "VBN"):
                continue  # (a participle is still the phrase: "reached", "signed", "announced" ...)
            if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
                continue  # "shared evidence with the US about contacts between X and Y": what it is about
            frontier.append(child)
    return []


def welcomed_between(verb: Token, index: ActorIndex) -> list[Actor]:
    """The members of a "between" phrase the parser hung on a welcoming verb's other phrases, not on its
    object: "welcomes the signing [in Pretoria] [of an agreement on the cessation of hostilities between A
    and B]", "welcomes the signing in Pretoria today [of the Agreement] [through a Cessation of Hostilities
    between A and B]". Two or more coded members, else none; the subject and clauses are not searched."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS or child.dep_ in CLAUSE_DEPS:
            continue
        found = between_members(child, index)
        if len({a.code for a in found if a.code}) >= 2:
            return found
    return []


# Where a situation is: "the violence in Mozambique", "the unrest throughout the country".
SITUATION_PLACE_PREPS = frozenset({"in", "inside", "within", "throughout", "across", "around"})
# Where a situation is along a border: "the crisis on our borders with Belarus".
SITUATION_BORDER_PREPS = frozenset({"on", "along", "at"})
# What a border is called ("the crisis on our borders with X"; the coder's "clashes along the border between
# A and B")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# How many nouns of an "of" chain are read for the situation word ("the escalation of the violence in X"
# reads two, "the risk of an escalation of violence" three): a longer chain is about something else
MAX_OF_CHAIN = 3


def situation_parties(
    heads: Sequence[Token], preps: frozenset[str], index: ActorIndex, nouns: frozenset[str]
) -> list[Actor]:
    """Whom a concern about a situation is about: its parties ("the clashes between Cambodia and Thailand",
    "the clashes that broke out between ..."), else the country it is in ("the escalation of violence in
    Mozambique", "the situation in Myanmar") or along whose border ("the crisis on our borders with
    Belarus"). ``nouns``: the situation words (grammar.yaml ``situation_nouns``)."""
    for head in heads:
        for prep in head.children:
            # ("concerned by": the parser's passive agent is the concern's cause)
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = _situation_phrase_parties(pobj, index, nouns)
                    if found:
                        return found
    return []


def _situation_phrase_parties(noun: Token, index: ActorIndex, nouns: frozenset[str]) -> list[Actor]:
    # the situation word is the object itself or its "of" complement ("the escalation of violence in X")
    chain = [noun]
    while len(chain) < MAX_OF_CHAIN:
        ofs = [g for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        ofs = [g for g in ofs if g.dep_ == "pobj"]
        if not ofs:
            break
        chain.append(ofs[0])
    if not any(lemma(t) in nouns or t.lower_ in nouns for t in chain):
        return []
    if any(a.code for t in chain for a in index.at(t)):
        return []  # ("the situation of the Rohingya": an actor's own situation is for the general rule)
    for t in chain:
        # (the relative clause that tells the clashes: "the clashes that broke out between A and B")
        for head in [t, *(c for c in t.children if c.dep_ == "relcl")]:
            members = between_members(head, index)
            if len(members) > 1:
                return members
    for t in chain:
        for prep in t.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in SITUATION_PLACE_PREPS or prep.lower_ == "with":
                # (with whom: "the tensions with Russia"; the parser hangs a border's "with" on the crisis)
                found = [a for a in pobj_actors(prep, index) if a.code and len(a.code) == 3]
            elif prep.lower_ in SITUATION_BORDER_PREPS:
                found = [
                    a
                    for border in prep.children
                    if border.dep_ == "pobj" and lemma(border) in BORDER_NOUNS
                    for c in border.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for a in pobj_actors(c, index)
                    if a.code and len(a.code) == 3
                ]
            else:
                continue
            if found:
                return _dedupe(found)
    return []


# "each other", "one another": the doers are each other's targets
RECIPROCAL_PRONOUNS = (frozenset({"each", "other"}), frozenset({"one", "another"}))
OTHER_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl", "csubj"})


def each_other(verb: Token) -> bool:
    """Whether the verb's own clause (with its infinitives) names "each other" or "one another" as whom it is
    done to: "stand ready to provide each other with support", "attacked each other's positions"."""
    frontier = [verb]
    seen = 0
    while frontier and seen < MAX_WALK:
        current = frontier.pop(0)
        seen += 1
        for child in current.children:
            if child.dep_ in OTHER_CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
                continue
            # (either word may head the other: "one" as object with "another" as its determiner)
            if any(
                child.lower_ in pair
                and any(g.lower_ in pair and g.lower_ != child.lower_ for g in child.children)
                for pair in RECIPROCAL_PRONOUNS
            ):
                return True
            frontier.append(child)
    return False


def _walk(head: Token, limit: int = MAX_WALK) -> list[Token]:
    """Tokens of a phrase without its embedded clauses, breadth-first, bounded."""
    out = [head]
    frontier = [head]
    while frontier and len(out) < limit:
        current = frontier.pop(0)
        for child in current.children:
            if child.dep_ in CLAUSE_DEPS and child.dep_ != "xcomp":
                continue
            if child.dep_ == "xcomp":
                continue
            out.append(child)
            frontier.append(child)
    return out


def places_abroad(
    heads: Sequence[Token], home: set[str], preps: frozenset[str], index: ActorIndex
) -> list[Actor]:
    """The coded places of another country than ``home`` where an act is done ("struck civilian facilities
    in Abu Dhabi", the attack "carried out ... on facilities in Abu Dhabi"): through a location preposition
    in the act's own phrase, its embedded clauses left out."""
    found: list[Actor] = []
    for head in heads:
        for tok in _walk(head):
            if tok.dep_ != "prep" or tok.lower_ not in preps:
                continue
            for pobj in tok.children:
                if pobj.dep_ != "pobj" or pobj.ent_type_ not in PLACE_ENTS:
                    continue
                found.extend(
                    a
                    for a in index.at(pobj)
                    if a.code
                    and a.code[:3] not in INTERNATIONAL
                    and (a.country or a.code)[:3].upper() not in home
                )
    return _dedupe(found)


# (NW26) Where forces are massed, moved in or flown: the country of the place or of the border they go to is
# whom the show of force is aimed at ("deployed troops along the border with Guyana", "flew a patrol over the
# Sea of Japan", "massing troops near its border with Finland"). Not "to": "send tanks to Ukraine" arms an
# ally.
MOBILISING_PREPS = frozenset(
    {"into", "along", "across", "near", "over", "toward", "towards", "inside", "in", "at", "on", "off"}
)
# ("the Line of Actual Control with China" is a border too)
FRONT_NOUNS = BORDER_NOUNS | {"line"}


def mobilised_towards(verb: Token, home: set[str], index: ActorIndex) -> list[Actor]:
    """The other country whose border (``FRONT_NOUNS`` "with X") or place the verb's forces are sent to,
    massed at or flown over, in the act's own phrase (its embedded clauses left out)."""
    bordering = [
        a
        for tok in _walk(verb)
        if tok.pos_ in {"NOUN", "PROPN"} and lemma(tok) in FRONT_NOUNS
        for c in tok.children
        # "its border with Finland", "the Ukrainian border", "Poland's border"
        for a in (
            pobj_actors(c, index)
            if c.dep_ == "prep" and c.lower_ == "with"
            else index.at(c)
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            else []
        )
        if _abroad(a, home)
    ]
    return (
        _dedupe(bordering)
        or places_abroad([verb], home, MOBILISING_PREPS, index)
        or _dedupe(a for a in _front_sides(verb, index) if _abroad(a, home))
    )


def _abroad(actor: Actor, home: set[str]) -> bool:
    """A coded actor of another country than ``home`` (not an international body)."""
    code = actor.code or ""
    return bool(code) and code[:3] not in INTERNATIONAL and (actor.country or code)[:3].upper() not in home


def _front_sides(verb: Token, index: ActorIndex) -> list[Actor]:
    """(NW26b) Whose border or place forces go to where the parser hung the phrase apart: "deployed along the
    border with Afghanistan" with "with" on the verb, and a place named by its country's possessive ("into
    Somalia's Gedo region")."""
    found: list[Actor] = []
    for tok in _walk(verb):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in MOBILISING_PREPS:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if lemma(tok) in FRONT_NOUNS and nxt is not None and nxt.lower_ == "with" and nxt.head.i == verb.i:
            found.extend(pobj_actors(nxt, index))
        found.extend(
            a for c in tok.children if c.dep_ == "poss" and c.ent_type_ in PLACE_ENTS for a in index.at(c)
        )
    return found


def goods_sender(goods: Token, index: ActorIndex) -> list[Actor]:
    """Who sends goods named with their owner or origin (NW26): "Swedish CV90 armoured vehicles",
    "American-made Abrams tanks", "a consignment of missiles from the United States" (the modifiers before the
    goods noun, and a "from" phrase on it or on the noun carrying it as its "of": "a batch of tanks")."""
    carriers = [goods]
    if goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.pos_ == "NOUN":
        carriers.append(goods.head.head)
    found: list[Actor] = []
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ in GOODS_MODIFIER_DEPS | {"npadvmod"} and child.i < carrier.i:
                found.extend(a for t in child.subtree for a in index.at(t) if a.code)
            elif child.dep_ == "prep" and child.lower_ == "from":
                found.extend(a for a in pobj_actors(child, index) if a.code)
    return _dedupe(a for a in found if (a.code or "")[:3] not in INTERNATIONAL - {"IGO", "NGO"})


# What a trade measure is laid on, and how its goods are named by their origin.
TRADE_MEASURE_PREPS = frozenset({"on", "against"})
GOODS_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def goods_origins(heads: Sequence[Token], index: ActorIndex) -> list[Actor]:
    """Whose goods a trade measure is laid on, named only inside its "on" phrase: "duties on a list of US
    products" (a container's "of"), "tariffs on aluminium imported from the EU" (a participle's "from"),
    also after a conjunct the parser hung on the verb ("25% on steel and 10% on aluminium ...")."""
    preps = [
        p
        for h in heads
        for g in (h, *(c for c in h.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "NUM"}))
        for p in g.children
        if p.dep_ == "prep" and p.lower_ in TRADE_MEASURE_PREPS
    ]
    found: list[Actor] = []
    for prep in preps:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found.extend(_origin_of_goods(pobj, index, 0))
    return _dedupe(found)


def _origin_of_goods(noun: Token, index: ActorIndex, depth: int) -> list[Actor]:
    """The coded origin of goods named by a noun: its modifier, its "of" complement's, its "from"."""
    found: list[Actor] = []
    for g in conjuncts(noun):
        found.extend(a for c in g.children if c.dep_ in GOODS_MODIFIER_DEPS for a in index.at(c) if a.code)
        for c in g.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in TRADE_MEASURE_PREPS) and depth < 2:
                # ("a list of US products"; "20% on timber and 15% on cheese ...": a conjunct's own "on")
                found.extend(
                    a for o in c.children if o.dep_ == "pobj" for a in _origin_of_goods(o, index, depth + 1)
                )
            elif (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "acl":
                origins = (
                    [c]
                    if c.dep_ == "prep"
                    else [p for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
                )
                found.extend(
                    a
                    for p in origins
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in actors_of_phrase(o, index)
                    if a.code
                )
    return found


# Prepositions whose object an act is done to, for a possessed object ("the bombing of its hospital", "the
# withdrawal of French forces from its territory").
POSSESSED_OBJECT_PREPS = frozenset({"of", "on", "upon", "against", "from", "at", "to"})


def owner_by_pronoun(heads: Sequence[Token], doers: frozenset[str], index: ActorIndex) -> list[Actor]:
    """The coded owner, of another key than the doers, that an "its"/"their" on the act's object stands for:
    the nearest subject before it of agreeing number ("MSF condemns the bombing of its hospital by US
    aircraft" → MSF; "Chad announces that the withdrawal of French forces from its territory" → Chad)."""
    for head in heads:
        objects = [c for c in head.children if c.dep_ == "dobj"] + [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in POSSESSED_OBJECT_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for obj in objects:
            for poss in obj.children:
                if poss.dep_ == "poss" and poss.lower_ in {"its", "their"}:
                    found = _subject_before(poss, doers, index)
                    if found:
                        return found
    return []


def _subject_before(pronoun: Token, doers: frozenset[str], index: ActorIndex) -> list[Actor]:
    """The nearest subject before a possessive pronoun in its sentence, of agreeing number, naming coded
    actors of none of the doers' keys."""
    for found in _agreeing_antecedents(pronoun, frozenset({"nsubj", "nsubjpass"}), index):
        if coded_keys(found).isdisjoint(doers):
            return found
    return []


def _located(place: Actor, group: Actor) -> Actor:
    """An unresolved group given the country of the place it is in ("students in Caracas" → VENEDU)."""
    return _with_country(group, place.country or (place.code or "")[:3], via="located")


def _contextual(country: str, mention: Actor) -> Actor:
    """An unresolved mention given the one country its sentence names ("Police" → VENCOP)."""
    return _with_country(mention, country, via="sentence-country")


def _with_country(mention: Actor, country: str, *, via: str) -> Actor:
    """A copy of an unresolved mention coded with ``country`` plus its own sectors."""
    return Actor(
        name=mention.name,
        code=country + "".join(mention.sectors),
        country=country,
        sectors=list(mention.sectors),
        text=mention.text,
        start=mention.start,
        end=mention.end,
        sentence_index=mention.sentence_index,
        via=via,
        entry=mention.entry,
    )


def implied_authorities(verb: Token, index: ActorIndex, sector: str) -> list[Actor]:
    """The authorities of the place an agentless state action (a passive verb or an action noun) happens in.

    "Two journalists were arrested in Lebanon", "an activist was sentenced to death in Tehran": only a state
    arrests, tries and deports, so the state of the one country named by the clause's own place phrase acts
    (``sector``: COP for arrests, JUD for sentences, GOV otherwise; ``via="implied"``). With no place, the
    victims' nationality says nothing about who held them ("A French aid worker was arrested"), but the
    document's own context does: "Dozens of people were detained" in a statement about Georgia, where the
    actors stage gave the people Georgia from context (``via="context"``), were detained by Georgia."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    country = index._places_of(verb, preps) if preps else None
    subjects = _acted_on(verb)
    if country is None:
        # "the arrest of two reporters in Beirut": the parse hangs the place on those held (where held)
        held_at = [c for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
        country = index._places_of(verb, held_at) if held_at else None
        preps = held_at if country else preps
    if country is None:
        victims = [
            a for c in subjects for a in actors_of_phrase(c, index) if a.via == "context" and a.country
        ]
        countries = {a.country or "" for a in victims}
        if countries & index.abroad:
            return []  # the victims were given the country whose foreign service speaks: it speaks of others
        if len(countries) == 1:
            (held_by,) = countries
            return [_implied(victims[0], held_by, sector, f"authorities of {held_by}", entry=None)]
        only = index.document_country
        if only is None or victims or only in index.abroad:
            return []
        # (a passive with its victim controlled from outside, "several reported being beaten", has none)
        subject = subjects[0] if subjects else verb
        first, last = subject.left_edge.idx, subject.right_edge.idx
        if subjects and all(first <= start <= last for start in index.document_mentions):
            return []  # "A French aid worker was arrested": the victims' own nationality names no state
        # a document that names one country and no other: "Several organisers were arrested on Tuesday" in
        # a statement about Cambodia alone was done by Cambodia's police (the passive subject gives the span)
        mention = next(iter(index.at(subject)), None) or Actor(
            name=subject.text, text=subject.text, start=subject.idx, end=subject.idx + len(subject.text)
        )
        return [_implied(mention, only, sector, f"authorities of {only}", entry=None)]
    named = [a for p in preps for t in p.subtree for a in index.at(t) if a.code]
    # (the place's own mention, else the one that took it in: "activists in Myanmar")
    place = next((a for a in named if a.via == "entity"), named[0])
    return [_implied(place, country, sector, f"authorities of {country}", entry=None)]


def implied_protesters(noun: Token, sent: Span, index: ActorIndex) -> list[Actor]:
    """The people of the one country where protests with no named participants broke out: "Protests erupted in
    several cities" in a sentence (or else a document) about one country are its civilians' (``CVL``,
    ``via="implied"``); the protests' own place phrase ("in Nairobi") names the country first."""
    verb = noun.head
    preps = [c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    country = index._places_of(verb, preps) if preps else None
    if country is None:
        found = {
            (a.country or a.code or "")[:3].upper()
            for i in index._covered[
                bisect_left(index._covered, sent.start) : bisect_left(index._covered, sent.end)
            ]
            for a in index.at(sent.doc[i])
            if a.code and a.via not in ISSUER_VIAS
        } - INTERNATIONAL
        if len(found) > 1:
            return []  # (two countries: whose people protest is not said)
        country = next(iter(found), None) or (index.document_country if index.document_named else None)
    if not country:
        return []
    mention = Actor(name=noun.text, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
    return [_implied(mention, country, "CVL", f"people of {country}", entry=None)]


def _acted_on(word: Token) -> list[Token]:
    """Who a state action is done to: a passive verb's subject, or an action noun's "of" object ("the
    detention of the leader")."""
    if word.pos_ in {"NOUN", "PROPN"}:
        return [
            g
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return [c for c in word.children if c.dep_ in PASSIVE_SUBJECT_DEPS]


def document_country(actors: Sequence[Actor], issuers: Sequence[Actor]) -> tuple[str | None, tuple[int, ...]]:
    """The one country a document names, counting its issuers and every coded actor (international bodies do
    not count, nor diplomats serving abroad), with the start offsets of the mentions naming it; with two
    countries or none, (None, ()). Only this certainty lets an agentless arrest with no place be the state's
    (``implied_authorities``)."""
    countries: set[str] = set()
    starts: list[int] = []
    for a in (*actors, *issuers):
        if not a.code or a.entry in NOT_LOCATED:
            continue
        country = (a.country or a.code)[:3].upper()
        if country not in INTERNATIONAL:
            countries.add(country)
            if len(countries) > 1:
                return None, ()
            # (an issuer from the header has no span: it counts as named outside every sentence)
            starts.append(a.start if a.start is not None and a.via != "issuer" else -1)
    return next(iter(countries), None), tuple(starts)


def _implied(mention: Actor, country: str, sector: str, name: str, entry: str | None) -> Actor:
    """An actor the sentence implies without naming it, with the span of the mention that implies it."""
    return Actor(
        name=name,
        code=f"{country}{sector}",
        country=country,
        sectors=[sector],
        text=mention.text,
        start=mention.start,
        end=mention.end,
        sentence_index=mention.sentence_index,
        via="implied",
        entry=entry,
    )


def _implied_government(actor: Actor) -> Actor:
    """The government commanding an armed force: "the use of Belarusian troops" is decided by Minsk."""
    country = actor.country or (actor.code or "")[:3]
    return _implied(actor, country, "GOV", f"government of {country}", entry=actor.entry)


def coup_makers(verb: Token, index: ActorIndex, coup_nouns: frozenset[str]) -> list[Actor]:
    """Whoever made the coup a verb speaks of: "condemns the military coup d'état in Niger" → the military of
    Niger (the place, in the noun's phrase or the verb's "in" phrase, says whose army)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or not any(
            lemma(t) in coup_nouns for t in (obj, *obj.children) if t.i <= obj.i
        ):
            continue
        places = [a for tok in (obj, verb) for a in prep_targets([tok], frozenset({"in"}), index)]
        countries = {(a.country or a.code or "")[:3] for a in places if a.code and len(a.code) == 3}
        if len(countries) == 1:
            (country,) = countries
            place = next(a for a in places if a.code == country)
            return [_implied(place, country, "MIL", f"military of {place.name}", entry=place.entry)]
    return []


def unattributed_act(verb: Token, index: ActorIndex, acts: frozenset[str]) -> bool:
    """The verb's object is an act of violence with no doer named ("condemns the terrorist attack in Kerman",
    "the heinous act of burning the Quran in Stockholm"): its place and victims are not whom the judgement
    is aimed at (``responsible_actors`` without its any-actor fallback finds no one)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        bool(objects)
        and lemma(objects[0]) in acts
        and not responsible_actors(objects[0], index, anywhere=False)
    )


# Words that hang an example on what it exemplifies: "subjected to violence, including attacks by the police".
EXAMPLE_PREPS = frozenset({"including", "especially", "notably", "particularly", "like"})
# Passive verbs whose "to" phrase is what their subject undergoes: "were subjected to beatings".
EXPOSING_VERBS = frozenset({"subject", "expose"})


def undergoing_verb(noun: Token, undergoing_verbs: frozenset[str]) -> tuple[Token | None, list[Token]]:
    """The verb through which the clause's subject undergoes the act a noun names, and that subject: "the
    people of Belarus, who continue to suffer repression by the regime", "activists face harassment and
    detention", "protesters were subjected to violence, including attacks by the police" (grammar.yaml
    ``undergoing_verbs``); (None, []) if there is none."""
    t = noun
    for _ in range(MAX_WALK):
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ in EXAMPLE_PREPS and t.head.head is not t.head:
            t = t.head.head  # (the example hangs on the noun it exemplifies, or on the verb)
            continue
        break
    if t.pos_ in {"VERB", "AUX"}:
        verb: Token | None = t
    elif t.dep_ == "dobj":
        verb = t.head
    elif t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.dep_ == "prep":
        verb = t.head.head
    else:
        return None, []
    if verb is None or verb.lemma_.lower() not in undergoing_verbs:
        return None, []
    if verb.lemma_.lower() in EXPOSING_VERBS:
        if not is_passive(verb):
            return None, []
        subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        relative = [c for c in subjects if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"]
        if relative:
            subjects = [_relative_antecedent(verb, relative[0])]
        return verb, subjects
    if is_passive(verb):
        return None, []
    subjects, how = subject_tokens(verb)
    return (verb, subjects) if how in {"subject", "controller", "relcl", "conj"} else (None, [])


def hung_agent(noun: Token, index: ActorIndex) -> list[Actor]:
    """The agent of an object noun whose "by" phrase the parser hung on the active verb: in "Poland condemned
    this attack by Russia" an active verb has no "by" agent of its own, so Russia attacked (coded actors only;
    "by phone", "by Friday" name none)."""
    obj = noun
    while obj.dep_ == "conj" and obj.head is not obj:
        obj = obj.head  # "condemns the mutiny and the illegal detention of X by Y": a conjunct of the object
    if obj.dep_ != "dobj" or is_passive(obj.head):
        return []
    return [
        a
        for c in obj.head.children
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
        for a in pobj_actors(c, index)
        if a.code
    ]


def possessive_antecedent(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """Whom an unresolved "its"/"their" stands for: the nearest subject or possessor before it in the sentence
    naming a coded actor, of agreeing number ("Iran's nuclear escalation, with its transfers of drones to
    Russia" → Iran; "its" is never a plural or coordinated phrase)."""
    if pronoun.lower_ not in {"its", "their"} or any(a.code for a in index.at(pronoun)):
        return []
    return next(_agreeing_antecedents(pronoun, frozenset({"poss", "nsubj", "nsubjpass"}), index), [])


def _agreeing_antecedents(pronoun: Token, deps: frozenset[str], index: ActorIndex) -> Iterator[list[Actor]]:
    """The coded actors of each noun before a possessive pronoun in its clause tree, nearest first, that
    holds one of ``deps`` and agrees in number ("its": one thing, "their": a plural or coordinated phrase)."""
    plural_word = pronoun.lower_ == "their"
    root = pronoun
    for _ in range(MAX_WALK):
        if root.head is root:
            break
        root = root.head
    for i in range(pronoun.i - 1, max(root.left_edge.i, pronoun.i - MAX_WALK) - 1, -1):
        tok = pronoun.view.tokens[i]
        if tok.dep_ not in deps or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        plural = tok.tag_ == "NNS" or len(conjuncts(tok)) > 1
        if tok.tag_ != "NNPS" and plural != plural_word:
            continue
        found = [a for t in conjuncts(tok) for a in actors_of_phrase(t, index) if a.code]
        if found:
            yield found


def noun_agents(h: Token, index: ActorIndex) -> list[Actor]:
    """Who does what a noun names: possessor, actor adjective or compound ("a US offer"), "by" phrase,
    subject of a gerund, or the "by" agent of a participle or passive relative clause on it ("crimes
    committed by the militia", "the raid, which was carried out by the army")."""
    agents: list[Actor] = hung_agent(h, index)
    for child in h.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ == "poss":
            agents.extend(actors_of_phrase(child, index))
        elif child.dep_ in AGENT_MOD_DEPS and child.i < h.i:
            agents.extend(a for t in child.subtree for a in index.at(t) if a.code)
        elif child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            agents.extend(pobj_actors(child, index))
        elif (child.dep_ == "acl" and child.tag_ == "VBN") or (
            child.dep_ == "relcl"
            and any(g.dep_ in PASSIVE_SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS for g in child.children)
        ):
            # "crimes committed by the militia", "subsidies received by Chinese makers", "the attack, which
            # was carried out by Hamas"
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by"):
                    agents.extend(a for a in pobj_actors(grand, index) if a.code)
    if not agents and index.violent_acts and lemma(h) in index.violent_acts:
        agents = _relative_doer(h, index)
    return agents


# Relative clauses that name the doer of the act they hang on: "the attack, which X has claimed", "the
# attacks, for which X claimed responsibility", "the attacks of 3 June, in which X's forces dispersed ...".
CLAIM_VERBS = frozenset({"claim"})
IN_WHICH_PREPS = frozenset({"in", "during"})


def _relative_doer(act: Token, index: ActorIndex) -> list[Actor]:
    """The coded subject of a relative clause in an act's phrase that claims the act or tells what was done in
    it (the parser hangs such a clause on any noun of the phrase: "the attack in Mogadishu on 28 December,
    which killed 79 people and for which Al-Shabaab has claimed responsibility")."""
    # (and on a date after it that the parser hangs on the verb: "condemns the bombing of X on 4 March, which
    # Y has claimed")
    dates = [
        g
        for c in act.head.children
        if c.dep_ == "prep" and c.i > act.i
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in DATE_ENTS
    ]
    for token in [*_walk(act, 30), *dates]:
        for clause in token.children:
            if clause.dep_ != "relcl":
                continue
            for verb in conjuncts(clause):
                subjects = [
                    c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                ]
                if not subjects or not _tells_the_act(verb, index):
                    continue
                doers = [a for s in subjects for a in actors_of_phrase(s, index) if a.code]
                if doers:
                    return doers
    return []


def _tells_the_act(verb: Token, index: ActorIndex) -> bool:
    """ "which X claimed", "for which X claimed responsibility", "in which X killed Y" (a verb of force,
    not "in which X lost three soldiers", "during which X killed ten assailants"); a claim with a clause
    after it attributes the act to someone else ("which X has claimed were the work of jihadists")."""
    claim = lemma(verb) in CLAIM_VERBS and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    force = lemma(verb) in index.force_verbs and not any(
        c.dep_ == "dobj" and lemma(c) in index.assailant_nouns for c in verb.children
    )
    for child in verb.children:
        relative = child.lower_ in RELATIVE_PRONOUNS
        if relative and child.dep_ == "dobj" and claim:
            return True
        told = (child.lower_ in IN_WHICH_PREPS and force) or (child.lower_ == "for" and claim)
        which = any(g.dep_ == "pobj" and g.lower_ == "which" for g in child.children)
        if told and which and child.dep_ == "prep":
            return True
    return False


# what an act is aimed at: "sanctions against the regime" asks for sanctions, it does not ask the regime
AIMED_PREPS = frozenset({"against", "on", "upon"})


def requested_agents(verb: Token, index: ActorIndex) -> list[Actor]:
    """The doer of what an appeal or demand is about, named inside the asked-for phrase: "We demand
    accountability for the crimes committed by the Myanmar military" asks it of the military; "call for an
    investigation into the attack on the convoy by Russian forces" is about Russia's act. Only agents (see
    ``noun_agents``), never the victims, and not inside a phrase the asked-for act is aimed at ("further
    sanctions against the regime" asks no one named)."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    found: list[Actor] = []
    stack = [h for h in heads if h.pos_ in {"NOUN", "PROPN"}]
    while stack:
        tok = stack.pop()
        found.extend(a for a in noun_agents(tok, index) if a.code)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ not in AIMED_PREPS:
                stack.extend(g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"})
            elif child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
                stack.append(child)
    return _dedupe(found)


def responsible_actors(
    head: Token,
    index: ActorIndex,
    action_nouns: frozenset[str] = frozenset(),
    *,
    anywhere: bool = True,
) -> list[Actor]:
    """The actor behind a phrase naming an action or thing: agent, head, commanding government, any actor."""
    # 1. agents of the head: possessor, actor adjective/compound ("a US offer", "Japanese Prime Minister X"),
    # "by" phrase, subject of a gerund — unless the head itself is a coded actor.
    here = [a for h in conjuncts(head) for a in index.at(h)]
    if not any(a.code for a in here):
        agents = [a for h in conjuncts(head) for a in noun_agents(h, index)]
        if any(a.code for a in agents):
            return _dedupe(a for a in agents if a.code)
        if agents and not here:
            return _dedupe(agents)
    # 2. the head itself names an actor.
    if here:
        return _dedupe(here)
    # 3. the use/sending of an armed force: its government is responsible.
    actions = action_nouns or frozenset({"use", "sending", "send", "deployment", "deploy", "introduction"})
    for h in conjuncts(head):
        if lemma(h) in actions or h.lower_ in actions:
            themes: list[Actor] = []
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    themes.extend(pobj_actors(child, index))
                elif child.dep_ == "dobj":
                    themes.extend(actors_of_phrase(child, index))
            armed = [a for a in themes if ARMED_SECTORS & set(a.sectors) and (a.country or a.code)]
            if armed:
                return _dedupe(_implied_government(a) for a in armed)
            if any(a.code for a in themes):
                return _dedupe(a for a in themes if a.code)
    # 4. any coded actor in the phrase (clauses excluded), first ones first; an unresolved mention deep in a
    # phrase says too little about who is responsible to be a target. Not for a prepositional complement
    # already searched for its own actors ("fire against guerrilla camps near the Thai border").
    if not anywhere:
        return []
    # ... but first those between whom the act was done: "welcomes the signing in Pretoria of the agreement
    # between Ethiopia and the TPLF" is for the two who signed, not for the place
    between = between_members(head, index)
    if between:
        return between
    if any(word in VENUE_PREPS for word, _ in attached_preps(head)):
        # (RL26) "initiated proceedings at the WTO against the duties China imposed": not where it is heard
        against = _against_not_venue([head], index)
        if against:
            return _dedupe(against)
    found: list[Actor] = []
    for tok in _walk(head):
        found.extend(a for a in index.at(tok) if a.code)
        if len(found) >= 3:
            break
    return _dedupe(found)
