"""Relevance: whether a document is ABOUT an issue, decided once per (document, issue) from all its evidence.

Sentence-by-sentence matching asks of every sentence whether it names the issue. Statements seldom repeat the
issue's words: after the lead they say "the decision", "this step", "these troops", or name the place and
the people affected. So the question is asked once of the whole document, from every trace of the issue
together, each with a weight:

* a sentence with a strong mention (a cue, the ad-hoc phrase's head scoped by its entity): 1.0 (at most two);
* a sentence with a weak mention only (a weak cue of a dictionary issue, the phrase's head without its
  place): 0.5;
* the head of an ad-hoc phrase (or a stand-in) in a sentence the scoping rules dropped: 0.5, once;
* each other content word of the phrase ("water" in "treated water release", "foreign" in "foreign agents
  law") named anywhere, by itself or its family: 0.5;
* each entity of the phrase named anywhere: 0.5, or 0.25 when it is the issuers' own country (a statement
  names its own country whatever it talks about);
* each distinct word of a dictionary issue's synonym groups ("units", "army" for troop deployment): 0.25,
  at most 1.0.

A document is about the issue when the score reaches ``ABOUT_THRESHOLD`` and some word of the issue itself
(not only its places) is there: a statement on Niger that never names sanctions is not about "ECOWAS sanctions
on Niger". The threshold was calibrated on the labelled halves A-E and S4 (see docs/issues.md). Another word
of the phrase together with one of its entities that is not the issuers' own country is the thing itself
said without its head: enough at ``PAIR_THRESHOLD`` (session 8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from communique.stance.matching import (
    AdhocIssue,
    CompiledDictionary,
    Mention,
    Term,
    doc_forms,
    doc_words,
    head_positions,
    term_positions,
)

ABOUT_THRESHOLD = 1.25
PAIR_THRESHOLD = 1.0
STRONG = 1.0
WEAK = 0.5
UNSCOPED_HEAD = 0.5
WORD = 0.5
ENTITY = 0.5
HOME_ENTITY = 0.25
SYNONYM = 0.25
MAX_SYNONYMS = 1.0


@dataclass(frozen=True, slots=True)
class Relevance:
    """How much a document is about an issue: the score, the decision and where the evidence is."""

    score: float
    about: bool
    # Sentence positions holding any trace of the issue (mentions, its words, its entities).
    positions: frozenset[int]


NOT_ABOUT = Relevance(0.0, False, frozenset())


def _mention_score(mentions: dict[int, list[Mention]]) -> tuple[float, set[int]]:
    strong = [k for k, ms in mentions.items() if any(not m.weak for m in ms)]
    weak = [k for k, ms in mentions.items() if ms and all(m.weak for m in ms)]
    return STRONG * min(2, len(strong)) + WEAK * len(weak), set(mentions)


def adhoc_relevance(
    issue: AdhocIssue,
    sents: Sequence[Span],
    entity_hits: dict[str, set[int]],
    mentions: dict[int, list[Mention]],
    home: frozenset[str],
) -> Relevance:
    """Relevance of a document to an ad-hoc phrase (not a dictionary id); ``entity_hits`` are the sentence
    positions naming each entity of the phrase, as adhoc_mentions found them."""
    if not sents:
        return NOT_ABOUT
    score, positions = _mention_score(mentions)
    if score >= 2 * STRONG:
        return Relevance(score, True, frozenset(positions))
    words = doc_words(sents[0].doc)
    heads = issue.prefilter_words()
    if not mentions and heads.isdisjoint(words) and not any(_may_occur(t, words) for t in issue.commons):
        return NOT_ABOUT  # no word of the phrase anywhere (most documents): no need to look for its places
    content = bool(mentions)
    word = foreign = head_seen = False
    if not any(not m.weak for ms in mentions.values() for m in ms):
        # The head where the scoping rules dropped it (no place of the phrase near it): a trace all the same.
        for k, sent in enumerate(sents):
            if k not in mentions and head_positions(issue, sent) is not None:
                score += UNSCOPED_HEAD
                positions.add(k)
                content = head_seen = True
                break
        # (session 26) The head in a sentence holding only a weak trace (a word of the phrase's topic: "the
        # draft law on the transparency of foreign influence" for "the foreign agents bill") is seen too: it
        # adds no score (the trace has), but pairs with another word of the phrase.
        head_seen = head_seen or any(
            k in mentions and head_positions(issue, sent) is not None for k, sent in enumerate(sents)
        )
    for term in issue.commons:
        if not _may_occur(term, words):
            continue
        hits = [k for k, sent in enumerate(sents) if term_positions(term, sent) is not None]
        if hits:
            score += WORD
            positions.update(hits)
            content = True
            word = True
    stems = {w[:5] for w in home if len(w) >= 4}
    for term in issue.entities:
        named = entity_hits.get(term.text, set())
        if named:
            own = term.text.lower()[:5] in stems
            score += HOME_ENTITY if own else ENTITY
            positions.update(named)
            foreign = foreign or not own
    # The phrase's own other word and its (foreign) entity together ("Ukrainian grain" for "Ukrainian grain
    # exports through the EU") are the thing itself, said without its head: enough at PAIR_THRESHOLD. A head
    # synonym and an entity are not ("the placement of Belarusian students").
    # A phrase that names no place has no entity to pair: its head and another of its words, each somewhere
    # in the document ("the same tariffs" ... "Chinese steel overcapacity" for "tariffs on steel and
    # aluminium imports"), are the pair.
    pair = foreign or (head_seen and not issue.entities)
    about = content and (score >= ABOUT_THRESHOLD or (word and pair and score >= PAIR_THRESHOLD))
    return Relevance(score, about, frozenset(positions))


def _may_occur(term: Term, words: frozenset[str]) -> bool:
    """Whether a term's first words (or the verbs it derives from) occur in a document at all."""
    return any(c.words[0] in words for c in term.alternatives) or not term.verbs.isdisjoint(words)


def dictionary_relevance(
    issue_id: str, sents: Sequence[Span], comp: CompiledDictionary, mentions: dict[int, list[Mention]]
) -> Relevance:
    """Relevance of a document to a dictionary issue: its mentions (weak ones included) and synonym words."""
    if not mentions:
        return NOT_ABOUT
    score, positions = _mention_score(mentions)
    entry = comp.dictionary.get(issue_id)
    if entry is not None and entry.synonyms and sents:
        words = {w for group in entry.synonyms for w in group if " " not in w}
        forms = doc_forms(sents[0].doc)
        seen: set[str] = set()
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                lemma, lower, odd = forms[i]
                if odd:
                    continue
                word = lemma if lemma in words else lower if lower in words else None
                if word is not None and word not in seen:
                    seen.add(word)
                    positions.add(k)
        score += min(MAX_SYNONYMS, SYNONYM * len(seen))
    return Relevance(score, score >= ABOUT_THRESHOLD, frozenset(positions))


def synonym_stand_ins(
    issue_id: str, sents: Sequence[Span], comp: CompiledDictionary, mentions: dict[int, list[Mention]]
) -> dict[int, int]:
    """In a document about a dictionary issue, the nouns of its synonym groups that stand for it in sentences
    naming it by no cue ("an end to the shooting" after "opened fire on students marching"), by position.

    Only the groups holding a one-word cue of the issue name the act itself ("crackdown", "violence",
    "shooting"); the others name the people or things it involves ("organisations", "journalists", "police"),
    which a sentence may judge for themselves ("we will not register as an organisation").
    """
    entry = comp.dictionary.get(issue_id)
    if entry is None or not entry.synonyms or not sents:
        return {}
    single = {c.words[0] for c in entry.cues if len(c.words) == 1}
    words = {w for group in entry.synonyms if not single.isdisjoint(group) for w in group if " " not in w}
    if not words:
        return {}
    forms = doc_forms(sents[0].doc)
    doc = sents[0].doc
    out: dict[int, int] = {}
    for k, sent in enumerate(sents):
        if k in mentions:
            continue
        for i in range(sent.start, sent.end):
            lemma, lower, odd = forms[i]
            if not odd and (lemma in words or lower in words) and doc[i].pos_ == "NOUN":
                out[k] = i
                break
    return out
