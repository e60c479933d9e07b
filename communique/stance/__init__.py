"""Stance stage: where each issuer stands on an issue (support, oppose, neutral, mixed), with evidence.

``load_issues`` reads the issue dictionary and polarity lexicon (``communique/data/issues/*.yaml`` plus user
files); ``derive_stances`` finds the sentences that talk about dictionary issues, ad-hoc issues typed by the
user and salient issues the document names itself, reads each sentence's polarity from the parse, the
evaluative language and the coded events, and aggregates per issuer and issue. Reaction tables over many
documents live in ``communique.stance.reactions``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from communique.events.roles import INTERNATIONAL
from communique.model import Actor, Document, Event, Evidence, Issue, Stance
from communique.nlp.view import DocView, doc_view
from communique.nlp.view import ViewToken as Token
from communique.stance.aggregate import TURN_REACH, Tally, decide
from communique.stance.loader import IssueDictionary, IssueEntry, Lexicon, load_issues
from communique.stance.matching import (
    KIND_MARK,
    REFERRING_DETERMINERS,
    AdhocIssue,
    CompiledDictionary,
    Mention,
    adhoc_mentions,
    compile_adhoc,
    compiled,
    compound_in,
    contrast_anchors,
    contrastive,
    doc_forms,
    document_mentions,
    entity_in,
    head_of,
    head_positions,
    instrument_words,
    references,
    referring_words,
    repeated_mentions,
    sentence_ents,
    sentence_turns,
)
from communique.stance.polarity import (
    CAMEO_DEFAULT,
    CAMEO_POLARITY,
    CONCESSIVE_MARKS,
    Context,
    Vote,
    anaphoric_subject,
    asked_of_all,
    blame_vote,
    call_above,
    defers,
    evaluate,
    evaluation,
    is_issuer,
    is_third_party,
    lemma,
    modifier_vote,
    negated,
    neutral_markers,
    nonstate_issuers,
    subject_of,
)
from communique.stance.relevance import (
    NOT_ABOUT,
    Relevance,
    adhoc_relevance,
    dictionary_relevance,
    synonym_stand_ins,
)
from communique.stance.semantic import enabled as semantic_enabled

__all__ = [
    "AdhocIssue",
    "IssueDictionary",
    "IssueEntry",
    "Lexicon",
    "compile_adhoc",
    "derive_stances",
    "load_issues",
    "stances_for_issue",
]

# Issuer-name words too generic to tell a holder apart ("Ministry of Foreign Affairs of X": only X counts).
GENERIC_ISSUER_WORDS = set(
    [
        "ministry",
        "foreign",
        "affairs",
        "office",
        "government",
        "republic",
        "federal",
        "department",
        "state",
        "national",
        "council",
        "spokesperson",
        "statement",
        "joint",
        "people",
        "president",
        "minister",
        "secretary",
        "general",
        "union",
        "the",
        "of",
        "and",
        "for",
        "on",
        "united",
        "nations",
        "international",
        "commission",
        "committee",
        "high",
        "representative",
        "expatriates",
    ]
)
MAX_SALIENT = 6
# How far (in sentences, before or after) from a sentence naming the document's topic issue a reference
# noun ("the decision", "these steps") is still taken to be about it.
TOPIC_REACH = 5
MAX_LABEL_TOKENS = 8


@dataclass
class _Target:
    """An issue being coded in this document: its output record and its mentions per sentence position."""

    key: str
    issue: Issue
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    # The issue is only loosely named (weak cues): a sentence can show a neutral position, nothing more.
    neutral_only: bool = False
    # Only a crisis reaction's calls for restraint stand for the issue (see _generic_reaction).
    generic: bool = False
    # Other words of an ad-hoc phrase ("transition" in "the transition timetable in Mali") and their
    # families: in a sentence that turns against the one before, they stand for the issue.
    words: frozenset[str] = frozenset()
    # The document is about the issue, decided once from all its evidence (relevance.py): then weak mentions
    # take sides, reference nouns anywhere near the evidence refer to it, and what the issuers evaluate in
    # the sentences around it (its clause arguments) is taken to be it.
    relevance: Relevance = NOT_ABOUT
    # Lower-case words that name the issue's own things: an ad-hoc phrase's entities and other words.
    marks: frozenset[str] = frozenset()
    # A document about the issue that never names it outright and takes no side on it may still be a crisis
    # reaction (restraint, calm): this target, read only when the target itself shows nothing.
    fallback: _Target | None = None
    # (session 21) Content words of the issue's topic: its cues' words (a dictionary issue), or its topic's
    # terms, the nouns of its head's kind and its other words (an ad-hoc phrase). A sentence before a turn
    # that holds one is on the issue's topic: what the issuers welcome there is conceded (_conceded_before).
    topic_words: frozenset[str] = frozenset()
    # (session 22) A fallback target of a document about the issue that never names it: what the issuers only
    # note or follow there ("has taken note of the decision of the Court") is the issue, on no side.
    noting: bool = False


_adhoc_cache: dict[tuple[int, int, str], AdhocIssue] = {}


def _adhoc(text: str, issues: IssueDictionary, actor_dictionary: object | None = None) -> AdhocIssue:
    key = (id(issues), id(actor_dictionary), text)
    hit = _adhoc_cache.get(key)
    if hit is None:
        hit = compile_adhoc(text, issues, actor_dictionary=actor_dictionary)
        if len(_adhoc_cache) > 256:
            _adhoc_cache.clear()
        _adhoc_cache[key] = hit
    return hit


def sentence_spans(document: Document, sdoc: Doc) -> list[tuple[int, Span]]:
    """(Document sentence index, spaCy span) pairs, aligned with ``document.sentences``."""
    out: list[tuple[int, Span]] = []
    index = 0
    spaces = doc_view(sdoc).space_flags  # 1 for a whitespace token
    for sent in sdoc.sents:
        # A sentence of whitespace tokens only (blank lines) has no text: skip it without building it.
        if all(spaces[sent.start : sent.end]):
            continue
        out.append((index, sent))
        index += 1
    if document.sentences and len(document.sentences) != len(out):
        # Sentences were filled by another segmentation: align by character offsets instead.
        out = []
        for s in document.sentences:
            span = sdoc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None:
                out.append((s.index, span))
    return out


def _issuer_words(document: Document) -> set[str]:
    """Distinctive words of the issuers' names ("Lithuania" in "Ministry of Foreign Affairs of Lithuania")."""
    words: set[str] = set()
    for issuer in document.issuers:
        for w in re.findall(r"[\w'-]+", f"{issuer.name} {issuer.text}".lower()):
            if len(w) > 2 and w not in GENERIC_ISSUER_WORDS:
                words.add(w)
        # The issuer's initials ("NRC urges ..." in a statement of the Norwegian Refugee Council).
        capitals = [w[0] for w in re.findall(r"[\w'-]+", issuer.name) if w[0].isupper()]
        if 2 <= len(capitals) <= 6:
            words.add("".join(capitals).lower())
        # ... also of names in languages that write their words in lower case ("Stranka demokratske
        # akcije" writes itself "SDA").
        named = [w for w in re.findall(r"[\w'-]+", issuer.name) if w.lower() not in GENERIC_ISSUER_WORDS]
        if 2 <= len(named) <= 6 and any(w[0].islower() for w in named):
            words.add("".join(w[0] for w in named).lower())
    return words


def _context(
    document: Document, sdoc: Doc, actors: Sequence[Actor], events: Sequence[Event], lex: Lexicon
) -> Context:
    words = _issuer_words(document)
    countries = {issuer.country for issuer in document.issuers if issuer.country}
    view = doc_view(sdoc)
    by_token: dict[int, Actor] = {}
    for actor in actors:
        if actor.start is None or actor.end is None:
            continue
        bounds = view.char_span_bounds(actor.start, actor.end)
        if bounds is not None:
            for i in range(*bounds):
                by_token.setdefault(i, actor)
    events_by_token: dict[int, Event] = {}
    for event in events:
        bounds = view.char_span_bounds(event.start, event.end)
        if bounds is not None:
            for i in range(*bounds):
                events_by_token.setdefault(i, event)
    return Context(
        doc=view,
        lexicon=lex,
        issuer_words=words,
        issuer_countries=countries,
        actors_by_token=by_token,
        events_by_token=events_by_token,
        has_issuers=bool(document.issuers),
        nonstate=nonstate_issuers(document.issuers, lex),
    )


def _event_for(vote: Vote, sent: Span, ctx: Context, events_in_sentence: Sequence[Event]) -> str | None:
    """The coded event behind a vote: the event triggered at the deciding word, else one that agrees."""
    if vote.op is not None and vote.op in ctx.events_by_token:
        return ctx.events_by_token[vote.op].id
    for event in events_in_sentence:
        value = CAMEO_POLARITY.get(event.cameo_root, CAMEO_DEFAULT) * (-1 if event.negated else 1)
        if value and (value > 0) == (vote.polarity > 0) and vote.polarity != 0:
            return event.id
    return None


def _holders(
    document: Document, vote: Vote, sent: Span, ctx: Context, events: Sequence[Event]
) -> list[Actor]:
    """Who holds the position: the issuers; without issuers, the sentence's source actors."""
    if document.issuers:
        return list(document.issuers)
    if vote.holder is not None:
        actor = ctx.actors_by_token.get(vote.holder)
        if actor is not None and actor.via not in {"pronoun"}:
            return [actor]
        token = ctx.doc[vote.holder]
        if token.pos_ == "PROPN" or token.ent_type_:
            span = ctx.doc.span(token.left_edge.i, token.right_edge.i + 1)
            return [
                Actor(name=span.text, text=span.text, start=span.start_char, end=span.end_char, via="stance")
            ]
    sources = [a for e in events for a in e.sources if a.via != "pronoun"]
    if sources:
        unique: dict[str, Actor] = {}
        for a in sources:
            unique.setdefault(a.code or a.name, a)
        return list(unique.values())
    return [Actor(name="(statement issuer)", text="", via="issuer")]


def _actor_key(actor: Actor) -> str:
    return f"{actor.code or ''}|{actor.name}"


def _salient_targets(
    spans: Sequence[tuple[int, Span]],
    covered: dict[int, set[int]],
    lex: Lexicon,
    actor_spans: Sequence[tuple[int, int]] = (),
) -> dict[str, _Target]:
    """Issues the document names itself: objects of evaluative verbs, subjects of evaluative predicates.

    An actor is no issue: "The United Nations stands ready to support the people of Kazakhstan" takes no
    position on the United Nations or on the people (``actor_spans``: the actors' character spans).
    """
    targets: dict[str, _Target] = {}
    forms = doc_forms(spans[0][1].doc) if spans else []
    view = doc_view(spans[0][1].doc) if spans else None
    positive, negative = lex.positive, lex.negative
    # Only evaluative words can make a salient issue: their positions, found in one pass over the document
    # (membership first: most words are in neither list), are all each sentence visits.
    hits = [i for i, f in enumerate(forms) if f[0] in positive or f[0] in negative]
    for pos, (_, sent) in enumerate(spans):
        for i in hits[bisect_left(hits, sent.start) : bisect_left(hits, sent.end)]:
            word = forms[i][0]
            if not lex.evaluation(word):
                continue
            assert view is not None
            token = view[i]
            candidates: list[Token] = []
            if token.pos_ == "VERB" and lex.evaluation(word) and word not in lex.call:
                candidates = [c for c in token.children if c.dep_ == "dobj"]
            elif token.dep_ in {"acomp", "attr"} and lex.evaluation(word):
                candidates = [c for c in token.head.children if c.dep_ in {"nsubj", "csubj"}]
            for anchor in candidates:
                if anchor.pos_ not in {"NOUN", "PROPN"} or anchor.i in covered.get(pos, set()):
                    continue
                if actor_spans and _names_actor(anchor, actor_spans):
                    continue
                # "the imposition of sanctions": a phrase around a dictionary or ad-hoc mention is that issue.
                if covered.get(pos, set()) & _subtree(anchor):
                    continue
                label = _label(anchor)
                if not label:
                    continue
                key = "salient:" + label.lower()
                target = targets.get(key)
                if target is None:
                    if len(targets) >= MAX_SALIENT:
                        continue
                    target = targets[key] = _Target(key, Issue(id=None, label=label))
                target.mentions.setdefault(pos, []).append(Mention(key, anchor.i, 1, False, (anchor.i,)))
    return targets


def _names_actor(anchor: Token, actor_spans: Sequence[tuple[int, int]]) -> bool:
    """The noun, or a word of its compound name ("Secretary" in "the Secretary-General"), is an actor's."""
    # (plain loops: this runs for every candidate anchor, and a nested generator cost more than the tests)
    for w in (anchor, *[c for c in anchor.children if c.dep_ == "compound"]):
        idx = w.idx
        for a, b in actor_spans:
            if a <= idx < b:
                return True
    return False


def _label(anchor: Token) -> str:
    """A short noun phrase for a salient issue: the noun, its modifiers and one short complement."""
    if anchor.lower_ in {"it", "this", "that", "which", "what"}:
        return ""
    doc = anchor.doc
    keep = {anchor.i}
    for child in anchor.children:
        if child.i < anchor.i and child.dep_ in {"amod", "compound", "nmod", "nummod"}:
            keep.update(t.i for t in child.subtree)
    for child in anchor.children:
        if child.i > anchor.i and child.dep_ in {"prep", "acl"}:
            keep.add(child.i)
            for grand in child.children:
                if grand.dep_ in {"pobj", "dobj", "aux"} or (grand.dep_ == "pcomp"):
                    keep.update(
                        t.i
                        for t in grand.subtree
                        if t.dep_ not in {"cc", "conj", "relcl", "acl", "prep"} or t.i == grand.i
                    )
            break
    ordered = sorted(keep)
    # Keep the phrase contiguous from its first word ("non-government controlled areas" keeps its hyphens).
    run = [doc[ordered[0]]]
    for i in ordered[1:]:
        if i != run[-1].i + 1:
            break
        run.append(doc[i])
    while len(run) > 1 and run[0].is_punct:
        run.pop(0)
    while len(run) > 1 and (run[-1].is_stop or run[-1].dep_ in {"cc", "det", "prep"}):
        run.pop()
    if sum(1 for t in run if not t.is_punct) > MAX_LABEL_TOKENS:
        run = run[: MAX_LABEL_TOKENS + 2]
    text = "".join(t.text_with_ws for t in run).strip()
    return text if 0 < len(text) <= 100 else anchor.text


def _collect(
    document: Document,
    sdoc: Doc,
    spans: Sequence[tuple[int, Span]],
    targets: Sequence[_Target],
    ctx: Context,
    events: Sequence[Event],
    tallies: dict[tuple[str, str], Tally],
    comp: CompiledDictionary,
) -> None:
    """Vote every relevant sentence for every target and add evidence to the tallies."""
    events_by_sentence: dict[int, list[Event]] = {}
    for event in events:
        events_by_sentence.setdefault(event.sentence_index, []).append(event)
    lex = ctx.lexicon
    view = ctx.doc
    named_by_pos = _named_positions(spans, targets, comp)
    for target in targets:
        entry = comp.dictionary.get(target.issue.id) if target.issue.id else None
        generic_refs = entry is None or not entry.principle
        topic = _topic_words(target, view, comp, len(spans))
        topic_positions = [p for p, ms in target.mentions.items() if any(not m.weak for m in ms)]
        about = target.relevance.about
        # Only a document that never names the issue outright refers to it by what it evaluates: where it is
        # named, the other things judged ("this attack", "all detained persons") are other things.
        indirect = about and not any(not m.weak for ms in target.mentions.values() for m in ms)
        if about and topic is None:
            # About the issue by the document's whole evidence: what refers back to any of its mentions
            # refers to it, near any trace of it.
            topic = referring_words([m for ms in target.mentions.values() for m in ms], view, comp)
            topic_positions = sorted(target.relevance.positions)
        # (position, descriptive relation) of the last relevant sentence that did not evaluate the issue
        # itself: "Access was denied. This is unacceptable." (after an evaluation, "it" is something else).
        last: tuple[int, int] | None = None
        # (position, descriptive relation, words that refer back) of the last sentence that named the issue:
        # "the operation", "this decision", "a further extension" in the next two sentences point back to it.
        named: tuple[int, int, frozenset[str], list[Mention]] | None = None
        polar_pos = -10  # position of the last sentence that took a side on the issue
        polar_sign = 0  # ... and the side it took
        target_mentions = target.mentions
        for pos, (index, sent) in enumerate(spans):
            mentions = target_mentions.get(pos)
            if not mentions and topic is None and (named is None or pos - named[0] > 2):
                continue  # nothing names or refers to the issue here: no vote (most sentences, most targets)
            votes: list[Vote] = []
            nets: list[tuple[float, Vote]] = []  # each mention's net position and its deciding vote
            even_calls: set[int] = set()
            if mentions:
                reversers = frozenset(i for m in mentions if m.sign < 0 for i in m.tokens)
                # The issue named strongly above words of its own reversal harms them: "condemn the detention
                # of journalists and representatives of independent media" condemns the detention, so
                # crossing it reverses a counter mention, as crossing a counter word reverses the issue (one
                # counter word under another, "freedom of expression and media freedom", reverses nothing).
                named_anchors = frozenset(m.anchor for m in mentions if m.sign > 0 and not m.weak)
                # What the sentence says happened to the issue, read by the references in the next sentences:
                # not a reversal the issuers only ask for ("restore access to X, which has been blocked.
                # Such measures ..." -- the measures are the blocking), while a reversal that happened
                # stays ("Russian troops would leave the country. We welcome the decision").
                named_votes: list[Vote] = []
                # Appeals for restraint made to every side ("calls on all sides to exercise restraint").
                for m in mentions:
                    said = view[m.anchor]
                    call = call_above(said, lex) if lemma(said) in lex.deescalation else None
                    if call is not None and asked_of_all(call, said):
                        even_calls.add(call.i)
                for mention in mentions:
                    anchor = view[mention.anchor]
                    own: list[Vote] = []
                    rev = (reversers if mention.sign > 0 else named_anchors) - {mention.anchor}
                    vote = evaluate(anchor, mention.sign, sent, ctx, rev, frozenset(mention.tokens))
                    call = call_above(anchor, lex) if even_calls else None
                    if vote is not None and vote.polarity and call is not None and call.i in even_calls:
                        # Restraint asked of every side takes none, nor does what is asked of all with it
                        # ("calls on all sides to exercise restraint and to refrain from violence"); restraint
                        # asked of one side is a position.
                        vote = replace(vote, polarity=0, weight=0.5)
                    if vote is not None:
                        own.append(vote)
                    mod = modifier_vote(anchor, mention.sign, ctx)
                    if mod is not None:
                        own.append(mod)
                    votes.extend(own)
                    if mention.sign > 0:
                        if vote is not None and rev and vote.rel < 0:
                            # What the sentence says happened to the issue, without the reversal the
                            # issuers ask for ("restore access to X, which has been blocked": blocked).
                            plain = evaluate(anchor, mention.sign, sent, ctx, own=frozenset(mention.tokens))
                            if plain is not None:
                                own[0] = replace(vote, rel=plain.rel)
                        named_votes.extend(own)
                    elif not (vote is not None and vote.op is not None and _asked(view[vote.op], lex)):
                        named_votes.extend(own)
                    net = sum(v.polarity * v.weight for v in own if v.weight > 0)
                    if net:
                        nets.append((net, max(own, key=lambda v: v.weight * (v.polarity * net > 0))))
                # "capital punishment remains in the code, and we do not intend to abolish it": a pronoun
                # object in a later clause of the same sentence takes the mention back.
                pronoun = _pronoun_back(sdoc, view, mentions, sent)
                if pronoun is not None:
                    vote = evaluate(pronoun[0], pronoun[1], sent, ctx)
                    if vote is not None and vote.weight > 0 and vote.polarity != 0:
                        vote.weight *= 0.8
                        votes.append(vote)
                        nets.append((vote.polarity * vote.weight, vote))
                # "While the Pact contains some welcome elements, we remain concerned by its reliance on ...":
                # the main clause after a conceded one speaks of the issue through "its"/"their" (session 11).
                # The asserted main clause keeps its full weight: it is what the issuers hold after conceding.
                for part, sign in _conceded_back(view, mentions, sent):
                    vote = evaluate(part, sign, sent, ctx)
                    if vote is not None and vote.weight > 0 and vote.polarity != 0:
                        votes.append(vote)
                        nets.append((vote.polarity * vote.weight, vote))
                if (
                    pos == polar_pos + 1
                    and not sum(v.polarity * v.weight for v in votes if v.weight > 0)
                    and sentence_turns(sent)[0]
                ):
                    # "The party accepts the results in the towns. The figures for the rural wards, however,
                    # bear no relation to the count, and we will challenge them": a turn that names the issue
                    # again without judging it there passes the issuers' own verdict on it, against the side
                    # just taken (another part of the issue is judged). Readings that cancel out count as none
                    # ("we recall that earlier forces left behind abuse, and we reject any presence of ...").
                    verdict = _turn_verdict(sent, ctx)
                    if verdict and verdict != polar_sign:
                        votes.append(Vote(verdict, TURN_VERDICT_WEIGHT, None))
                # What the sentence says happens to the issue, for "This is unacceptable" next: a harm
                # ("access was denied") wins over a plain mention.
                rels = named_votes or votes
                descriptive = [v.rel for v in rels if v.weight == 0.0] or [v.rel for v in rels] or [1]
                rel = -1 if -1 in descriptive else 1
                evaluated = any(v.polarity != 0 and v.weight > 0 for v in votes)
                last = None if evaluated else (pos, rel)
                named = (pos, rel, referring_words(mentions, view, comp), mentions)
            elif named is not None and pos - named[0] <= 2:
                # A sentence naming another issue: its "decision" or "step" is most likely that issue's.
                elsewhere = bool(named_by_pos.get(pos, set()) - {target.key})
                for ref in (
                    []
                    if elsewhere
                    else references(sent, named[2], lex, generic=generic_refs, possessive=True, pronouns=True)
                ):
                    after = max(m.anchor for m in named[3]) + 1
                    if _other_of_kind(view, ref, named[2], after, comp):
                        continue
                    # The issue's own word ("the blocking" after "blocked") is the issue itself, whatever
                    # the sentence before did to it.
                    word = ref.lemma_.lower()
                    own_word = any(
                        m.sign > 0 and word in comp.family(view[m.anchor].lemma_.lower()) for m in named[3]
                    ) or word in instrument_words(named[3], view, comp)
                    vote = evaluate(ref, 1 if own_word else named[1], sent, ctx)
                    if vote is not None and vote.weight > 0:
                        vote.weight *= 0.8
                        votes.append(vote)
                subject = anaphoric_subject(sent, lex) if last is not None and pos - last[0] <= 2 else None
                if subject is not None and not votes and last is not None:
                    vote = evaluate(subject, last[1], sent, ctx)
                    if vote is not None and vote.weight > 0:
                        vote.weight *= 0.8
                        votes.append(vote)
                if not votes and last is not None and pos - last[0] <= 2 and blame_vote(sent, ctx):
                    votes.append(Vote(-last[1], 0.6, None))
                if not votes and pos == polar_pos + 1 and contrastive(sent, lex):
                    # "We welcome the agreement. However, we regret that it leaves out ...": a sentence that
                    # turns against the one before speaks of the same issue through its pronouns ("it",
                    # "its scope") and the phrase's other words ("the length of the transition").
                    anchors = contrast_anchors(sent, named[2] | target.words, lex)
                    # (ST23b) "... supported the declaration of the state of emergency. But we will not
                    # support a further extension": a bare noun that continues a thing (no "of" phrase
                    # naming another) is the issue's continuation in the turn.
                    anchors += [
                        (t, 1) for t in _continuations(sent, lex) if all(t.i != a.i for a, _ in anchors)
                    ]
                    for anchor, rel in anchors:
                        vote = evaluate(anchor, named[1] * rel, sent, ctx)
                        if vote is not None and vote.weight > 0 and vote.polarity != 0:
                            vote.weight *= 0.8
                            votes.append(vote)
                    if not votes and about:
                        # "... needs reform. But the bill passed this morning is a grave mistake": in a
                        # document about the issue, the definite thing the turn judges is the issue, or a
                        # part of it; a harm done to it ("the violations that followed") reverses.
                        for anchor in clause_arguments(sent, ctx, target.marks):
                            harm = -1 if anchor.lemma_.lower() in lex.harm else 1
                            vote = evaluate(anchor, named[1] * harm, sent, ctx)
                            if vote is not None and vote.weight > 0 and vote.polarity != 0:
                                vote.weight *= 0.6
                                votes.append(vote)
                    verdict = _turn_verdict(sent, ctx) if anchors and not votes else 0
                    if verdict and verdict != polar_sign:
                        # "We welcome the truce. However, it excludes the north, and that is unacceptable":
                        # a turn that speaks of the issue ("it") without judging it there passes its own
                        # verdict on it, against the side just taken (a part of the issue is judged).
                        votes.append(Vote(verdict, TURN_VERDICT_WEIGHT, None))
            if (
                topic is not None
                and not mentions
                and not votes
                and any(abs(pos - p) <= TOPIC_REACH for p in topic_positions)
                and not (named_by_pos.get(pos, set()) - {target.key})
            ):
                # The document is about the issue (named in its lead, or throughout): "the decision", "these
                # steps", "Moscow's move" anywhere in it refer to the issue, before or after it is named,
                # unless the sentence names another issue.
                rel = named[1] if named is not None else 1
                for ref in references(sent, topic, lex, generic=generic_refs, possessive=True):
                    # Things of the reference's kind are looked for since the sentence before (after the
                    # issue's own mention there).
                    previous = target_mentions.get(pos - 1)
                    before = (
                        max(m.anchor for m in previous) + 1
                        if previous
                        else spans[pos - 1][1].start
                        if pos > 0
                        else sent.start
                    )
                    if _other_of_kind(view, ref, topic, before, comp):
                        continue
                    vote = evaluate(ref, rel, sent, ctx)
                    if vote is not None and vote.weight > 0 and vote.polarity != 0:
                        vote.weight *= 0.7
                        votes.append(vote)
            if (
                indirect
                and generic_refs  # a principle (sovereignty) is defended or denied, not an act judged
                and not mentions
                and not votes
                and any(abs(pos - p) <= TOPIC_REACH for p in topic_positions)
                and not (
                    named_by_pos.get(pos, set()) - {target.key} - _own_word_issues(spans, pos, target, comp)
                )
            ):
                # A document about the issue: what the issuers evaluate in a sentence that names nothing
                # else ("rejects the proclamation issued by the council", "the bill passed this morning is
                # a grave mistake") is the issue, or part of it.
                rel = named[1] if named is not None else 1
                noted = _noted_things(sent, ctx) if target.noting else []
                for anchor in [*clause_arguments(sent, ctx, target.marks), *noted]:
                    # "will maintain the ban on imports of Ukrainian wheat": a harm judged is a harm done to
                    # the issue's part, so keeping it opposes that part (as in the contrast reading above).
                    harm = -1 if _harm_on(anchor, lex) else 1
                    vote = evaluate(anchor, rel * harm, sent, ctx)
                    if vote is None or vote.weight <= 0:
                        continue
                    if vote.polarity != 0 or (target.noting and _noted(anchor, lex)):
                        # (session 22) what the issuers only note or follow there is the issue too, on no
                        # side, when nothing else reads: "has taken note of the decision of the Court"
                        vote.weight *= 0.6
                        votes.append(vote)
            if not votes and not mentions:
                continue
            if target.neutral_only:
                # Only weak cues: the sentence counts when it takes no side (restraint, calm, noting).
                calm = neutral_markers(sent, lex) or (
                    target.generic
                    and (
                        any(w in lex.deescalation for w in view.lemma_lowers[sent.start : sent.end])
                        or any(view.lemma_lowers[m.anchor] in lex.settlement for m in mentions or ())
                    )
                )
                if mentions and calm:
                    votes = [Vote(0, 0.5, None)]
                else:
                    continue
            polar = [v for v in votes if v.polarity != 0 and v.weight > 0]
            total = sum(v.polarity * v.weight for v in polar)
            sides: list[tuple[int, float, Vote]] = []
            if polar and total != 0:
                polarity = 1 if total > 0 else -1
                weight = max(v.weight for v in polar if v.polarity == polarity)
                best = max((v for v in polar if v.polarity == polarity), key=lambda v: v.weight)
                sides.append((polarity, weight, best))
                other = [(n, v) for n, v in nets if n * polarity < 0 and abs(n) >= 0.5 and v.op != best.op]
                if other and any(n * polarity > 0 for n, _ in nets):
                    # One sentence, two mentions, two positions: "we supported the first packages, but will
                    # not agree to measures on energy". Each side counts (the tally may then be mixed).
                    n, rival = max(other, key=lambda x: abs(x[0]))
                    sides.append((-polarity, min(1.0, abs(n)), rival))
            elif (mentions and neutral_markers(sent, lex)) or any(
                v.polarity == 0 and v.weight > 0 for v in votes
            ):
                if (
                    mentions
                    and all(m.weak for m in mentions)
                    and not target.neutral_only
                    and not even_calls
                    and not (about and _issuers_note_mention(sent, ctx, mentions))
                ):
                    # (weak words alone take no side, except in restraint asked of every side, or (ST25) in a
                    # document about the issue, where weak mentions take sides too, what the issuers
                    # themselves note: "Switzerland takes note of the results announced ... following Sunday's
                    # presidential election" notes the result; another's noting or a bare word does not)
                    continue
                sides.append((0, 0.5, Vote(0, 0.5, None)))
            else:
                continue
            if any(polarity for polarity, _, _ in sides):
                polar_pos = pos
                polar_sign = next(polarity for polarity, _, _ in sides if polarity)
            evidence_events = events_by_sentence.get(index, [])
            structure = sentence_turns(sent) if any(p for p, _, _ in sides) else (False, False)
            for polarity, weight, best in sides:
                holders = _holders(document, best, sent, ctx, evidence_events)
                for actor in holders:
                    if (
                        best.holder is not None
                        and document.issuers
                        and is_third_party(view[best.holder], ctx)
                    ):
                        continue
                    evidence = _sentence_evidence(
                        document,
                        index,
                        sent,
                        {1: "support", -1: "oppose", 0: "neutral"}[polarity],
                        _event_for(best, sent, ctx, evidence_events),
                    )
                    tally_key = (_actor_key(actor), target.key)
                    tally = tallies.get(tally_key)
                    if tally is None:
                        tally = tallies[tally_key] = Tally(actor=actor, issue=target.issue)
                    tally.mark(index, *structure)
                    if polarity and best.holder is not None and is_issuer(view[best.holder], ctx):
                        tally.direct.add((index, evidence.polarity or ""))
                    tally.add(
                        evidence, weight * (0.8 if all(m.weak for m in mentions or []) and mentions else 1.0)
                    )
        _conceded_before(document, spans, target, ctx, tallies)
        _turned_after(document, spans, target, ctx, tallies)
        _turns_between(spans, target, tallies)


CONCEDED_WEIGHT = 0.8
TURN_VERDICT_WEIGHT = 0.6
# Subjects that take back what was just said ("and that is unacceptable", "this is a mistake").
DEMONSTRATIVE_SUBJECTS = frozenset({"that", "this", "which"})


def _continuations(sent: Span, lex: Lexicon) -> list[Token]:
    """Nouns that continue a thing, with no "of" phrase naming what ("a further extension", "the renewal")."""
    view = doc_view(sent.doc)
    return [
        t
        for t in view.tokens[sent.start : sent.end]
        if t.pos_ == "NOUN"
        and lemma(t) in lex.continuation
        and not any(c.dep_ in {"prep", "poss"} and c.lower_ in {"of", "its", "their"} for c in t.children)
    ]


def _turn_verdict(sent: Span, ctx: Context) -> int:
    """The verdict a turning sentence passes besides what it says of the issue's words or pronouns: an
    evaluative predicate of a demonstrative subject ("and that is unacceptable", "this is a mistake") or the
    issuers' own evaluative verb ("we regret that"); its sign, 0 when there is none."""
    lex = ctx.lexicon
    view = ctx.doc
    for i in range(sent.start, sent.end):
        token = view[i]
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = token.head
        if token.lower_ in DEMONSTRATIVE_SUBJECTS and token.pos_ == "PRON":
            value = sum(evaluation(c, lex) for c in verb.children if c.dep_ in {"acomp", "attr"})
            value = value or (evaluation(verb, lex) if verb.pos_ == "VERB" else 0.0)
        elif is_issuer(token, ctx) and verb.pos_ == "VERB":
            value = evaluation(verb, lex)
            if not value:
                # "we will not give our consent to any such step", "we will vote against it": the verdict in
                # the verb's object or in "against", when what it is given to or said against points back
                # ("give our support to the air defence", "speak out against them" judge other things)
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                if _aimed_back(verb, ("to", "for")) or any(_aimed_back(o, ("to", "for")) for o in objects):
                    value = sum(evaluation(c, lex) for c in objects)
                if _aimed_back(verb, ("against",)):
                    value = value or -1.0
        else:
            continue
        if value:
            return (1 if value > 0 else -1) * (-1 if negated(verb, lex) else 1)
    return 0


# Determiners of a noun that points back to what was just said ("any such step", "this move").
BACK_DETERMINERS = frozenset({"such", "this", "these"})


def _aimed_back(head: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether a word's preposition of the given kind takes an object that points back to what was just said:
    "it", or a noun with "such" / "this" ("against it", "to any such step")."""
    for prep in head.children:
        if prep.dep_ not in {"prep", "dative"} or prep.lower_ not in prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "it" or any(
                c.lower_ in BACK_DETERMINERS and c.dep_ in {"det", "amod", "predet"} for c in obj.children
            ):
                return True
    return False


def _conceded_before(
    document: Document,
    spans: Sequence[tuple[int, Span]],
    target: _Target,
    ctx: Context,
    tallies: dict[tuple[str, str], Tally],
) -> None:
    """The position a turn answers: "The Government values the progress made at the sixth round. However, the
    kidnapping ... is incompatible with the spirit of the talks." A sentence that turns ("However", "But",
    "Yet") against the one before, with a position on the issue, concedes the other side of the same issue
    there: the issuers' own position in that sentence (their evaluative verb, "salutes", "values", "would
    support") counts for that side when the sentence holds a trace of the issue (its words, entities or
    synonyms) and no evidence of its own. Without the turn, or without a trace of the issue, two sentences
    are two positions on two things ("We welcome the new school budget. However, we reject the talks ...").
    """
    traces = set(target.mentions) | set(target.relevance.positions)
    if not traces:
        return
    position = {index: pos for pos, (index, _) in enumerate(spans)}
    for key, tally in tallies.items():
        if key[1] != target.key:
            continue
        taken = {e.sentence_index for e in tally.evidence}
        for evidence in list(tally.evidence):
            pos = position.get(evidence.sentence_index)
            if (
                pos is None
                or pos == 0
                or evidence.polarity not in {"support", "oppose"}
                or evidence.sentence_index not in tally.turns
                or (pos - 1 not in traces and not _on_topic(spans[pos - 1][1], target, ctx))
            ):
                continue
            index, sent = spans[pos - 1]
            if index in taken:
                continue
            polarity = _issuers_position(sent, ctx)
            if polarity == 0 or (polarity > 0) == (evidence.polarity == "support"):
                continue
            conceded = _sentence_evidence(document, index, sent, "support" if polarity > 0 else "oppose")
            tally.add(conceded, CONCEDED_WEIGHT)
            taken.add(index)


def _turned_after(
    document: Document,
    spans: Sequence[tuple[int, Span]],
    target: _Target,
    ctx: Context,
    tallies: dict[tuple[str, str], Tally],
) -> None:
    """(ST25) The other side a later turn takes in the issuers' own words: "The caucus supported the amendment
    to the law ... Citizens have a right to know ... At the same time, we cannot accept the provision allowing
    the Ministry to dissolve an association": a sentence that turns ("However", "But", "At the same time")
    within reach of a side read on the issue, with no side read in it or between, naming the issue or a word
    of its topic (``_Target.topic_words``), where the issuers' own evaluative verb takes the other side,
    counts for that side (weight 0.8) and is marked as turning (the mirror of ``_conceded_before``;
    ``_collect`` reads such a verdict only in the very next sentence, and only when the turn names the issue).
    """
    traces = set(target.mentions) | set(target.relevance.positions)
    if not traces:
        return
    position = {index: pos for pos, (index, _) in enumerate(spans)}
    for key, tally in tallies.items():
        if key[1] != target.key:
            continue
        taken = {position[e.sentence_index] for e in tally.evidence if e.sentence_index in position}
        sides = sorted(
            (position[e.sentence_index], e.polarity)
            for e in tally.evidence
            if e.polarity in {"support", "oppose"} and e.sentence_index in position
        )
        for pos, polarity in sides:
            for later in range(pos + 1, min(len(spans), pos + TURN_REACH + 1)):
                if later in taken:
                    break  # the next side read answers for itself
                index, sent = spans[later]
                if not sentence_turns(sent)[0]:
                    continue
                if not target.mentions.get(later) and not _on_topic(sent, target, ctx):
                    break  # (a mention or a word of the issue's topic: relevance positions are too loose)
                turned = _issuers_position(sent, ctx)
                if turned and (turned > 0) != (polarity == "support"):
                    side = "support" if turned > 0 else "oppose"
                    tally.add(_sentence_evidence(document, index, sent, side), CONCEDED_WEIGHT)
                    tally.mark(index, turn=True, inner=True)
                    tally.direct.add((index, side))
                    taken.add(later)
                break


def _on_topic(sent: Span, target: _Target, ctx: Context) -> bool:
    """Whether a sentence holds a word of the issue's topic (``_Target.topic_words``): "supports the creation
    of a disciplinary tribunal" before "But the election of all judges ..." for a judicial reform."""
    return not target.topic_words.isdisjoint(ctx.doc.lemma_lowers[sent.start : sent.end])


def _turns_between(
    spans: Sequence[tuple[int, Span]], target: _Target, tallies: dict[tuple[str, str], Tally]
) -> None:
    """A turning sentence between two sides links them, even when it names nothing of the issue itself.

    "... the Pact finally makes solidarity a legal obligation. That is a real achievement. But Socialists will
    not accept that families can be held for weeks in closed centres. We will oppose the implementing acts
    ...": the "But" sentence holds no evidence on the Pact, yet it sets the side after it against the side
    before, as a turn in the evidence sentence itself would (ST19b's request 4). The later side's sentence is
    marked as turning, within the reach a turn has.
    """
    position = {index: pos for pos, (index, _) in enumerate(spans)}
    for key, tally in tallies.items():
        if key[1] != target.key:
            continue
        sides = {e.sentence_index: e.polarity for e in tally.evidence if e.polarity in {"support", "oppose"}}
        if len(set(sides.values())) < 2:
            continue
        for later, side in sides.items():
            end = position.get(later)
            if end is None or later in tally.turns:
                continue
            for earlier, other in sides.items():
                start = position.get(earlier)
                if other == side or start is None or not 1 < end - start <= TURN_REACH:
                    continue
                if any(
                    spans[p][0] not in sides and sentence_turns(spans[p][1])[0] for p in range(start + 1, end)
                ):
                    tally.mark(later, turn=True, inner=False)
                    break


def _issuers_position(sent: Span, ctx: Context) -> int:
    """The sign of the issuers' own evaluative verb in a sentence's main clause ("We welcome", "Hungary
    supports", "would support"), 0 when there is none."""
    lex = ctx.lexicon
    view = ctx.doc
    root = view[sent.root.i]
    # (session 21) Besides the root and its conjuncts, a main clause the parser hangs on a later root ("The
    # Association welcomes the provisions ...; citizens deserve faster justice"), and a position said by a
    # copula's adjective ("Serbia remains committed to ...").
    heads = [root, *(c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.i < root.i)]
    for verb in (v for head in heads for v in (head, *head.conjuncts)):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        value = lex.evaluation(verb.lemma_.lower()) if verb.pos_ == "VERB" else 0.0
        if not value and verb.lemma_.lower() in {"be", "remain", "stay"}:
            value = sum(lex.evaluation(c.lemma_.lower()) for c in verb.children if c.dep_ == "acomp")
        subject = subject_of(verb)
        if not value or subject is None or not is_issuer(subject, ctx):
            continue
        return (1 if value > 0 else -1) * (-1 if negated(verb, lex) else 1)
    return 0


MAX_ARGUMENTS = 3
# Definite and demonstrative determiners only: quantifiers name classes of things or people ("all detained
# persons", "any process"), not the issue the reader already knows.
ARGUMENT_DETERMINERS = frozenset(REFERRING_DETERMINERS)


def clause_arguments(sent: Span, ctx: Context, marks: frozenset[str] = frozenset()) -> list[Token]:
    """The nouns a sentence's clauses are about: subjects and objects that are things, not actors.

    Common nouns only (a proper name or a coded actor is who acts or is addressed, not what is judged),
    definite: a definite or demonstrative determiner, or a possessor ("the proclamation", "this bill",
    "Moscow's move") points at something the reader knows; "a thorough investigation" asked for is new,
    unless it holds a word or entity of the issue itself (``marks``: "cooperation with Tunisia").
    """
    out: list[Token] = []
    for token in _thing_nouns(sent, ctx):
        # "we voted against the solidarity mechanism", "voted in favour of the regulation": what a verb is
        # against or in favour of is what it judges.
        prep = token.head
        against = token.dep_ == "pobj" and (
            (prep.lower_ == "against" and prep.head.pos_ == "VERB")
            or (prep.lower_ == "of" and prep.head.lower_ in {"favour", "favor"})
        )
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} and not against:
            continue
        if _endeavour_of(token, ctx.lexicon):
            continue  # (ST23b) "supports the efforts of the ASEAN Chair": someone's work on the issue
        if not _definite(token) and not (marks and any(t.lower_ in marks for t in token.subtree)):
            continue
        out.append(token)
        if len(out) >= MAX_ARGUMENTS:
            break
    return out


def _own_word_issues(
    spans: Sequence[tuple[int, Span]], pos: int, target: _Target, comp: CompiledDictionary
) -> set[str]:
    """The dictionary issues a sentence names only by a word of the target phrase itself ("the presidential
    election" in a sentence on "the annulment of Romania's presidential election"): no other issue there."""
    if not target.words:
        return set()
    view = doc_view(spans[0][1].doc)
    by_issue: dict[str, bool] = {}
    for m in _document_mentions(spans, comp).get(pos, ()):
        if not m.weak:
            own = view.lemma_lowers[m.anchor] in target.words or view.lowers[m.anchor] in target.words
            by_issue[m.key] = by_issue.get(m.key, True) and own
    return {key for key, own in by_issue.items() if own}


NOTING = "note"


def _noted(token: Token, lex: Lexicon) -> bool:
    """Whether a thing is what a sentence only notes or follows: the object of a noting verb ("is following
    the situation", "monitors the developments") or of "of" after "note" ("takes note of the decision"; the
    parser hangs "of" on "take" as often as on "note"). Not "aware of the concerns" (others' concerns)."""
    head = token.head
    if token.dep_ == "dobj":
        return lemma(head) in lex.neutral
    if token.dep_ != "pobj" or head.lower_ != "of":
        return False
    noting = head.head
    return lemma(noting) == NOTING or any(c.dep_ == "dobj" and lemma(c) == NOTING for c in noting.children)


def _noted_things(sent: Span, ctx: Context) -> list[Token]:
    """The definite things a sentence takes note of ("has taken note of the decision of the Court"), which
    clause_arguments (subjects and objects) does not reach."""
    return [
        token
        for token in _thing_nouns(sent, ctx)
        if token.dep_ == "pobj" and _noted(token, ctx.lexicon) and _definite(token)
    ]


def _issuers_note_mention(sent: Span, ctx: Context, mentions: Sequence[Mention]) -> bool:
    """Whether the issuers themselves note or follow something in a sentence ("Switzerland takes note of")
    that names the issue: a mention that is the noting verb itself ("takes" for "taking") is none (ST20b)."""
    lex = ctx.lexicon
    out: set[int] = set()
    for i in range(sent.start, sent.end):
        token = ctx.doc[i]
        noting = token.dep_ == "dobj" and lemma(token) == NOTING  # "takes note": the verb is "take"
        verb = token.head if noting else token
        if verb.pos_ != "VERB" or not (noting or lemma(verb) in lex.neutral):
            continue
        subject = subject_of(verb)
        if subject is not None and is_issuer(subject, ctx) and not negated(verb, lex):
            out.add(verb.i)
    return bool(out) and any(m.anchor not in out for m in mentions)


def _thing_nouns(sent: Span, ctx: Context) -> Iterator[Token]:
    """The common nouns of a sentence that are no actor: the things a clause can be about."""
    view = ctx.doc
    for i in range(sent.start, sent.end):
        if view.tokens[i].pos_ == "NOUN" and i not in ctx.actors_by_token:
            yield view[i]


def _definite(token: Token) -> bool:
    """A noun the reader knows: with a definite or demonstrative determiner, or a possessor ("the
    proclamation", "this bill", "Moscow's move")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ARGUMENT_DETERMINERS) or c.dep_ == "poss" for c in token.children
    )


def _harm_on(anchor: Token, lex: Lexicon) -> bool:
    """A harm noun acting on something named after it ("the ban on imports", "the closure of the border")."""
    return anchor.lemma_.lower() in lex.harm and any(
        c.dep_ == "prep" and c.lower_ in {"on", "of", "to", "against"} for c in anchor.children
    )


def _named_positions(
    spans: Sequence[tuple[int, Span]], targets: Sequence[_Target], comp: CompiledDictionary
) -> dict[int, set[str]]:
    """The issues named (by a strong mention) in each sentence: the targets and every dictionary issue."""
    out: dict[int, set[str]] = {}
    for target in targets:
        if target.key.startswith("salient:"):
            continue
        for pos, mentions in target.mentions.items():
            if any(not m.weak for m in mentions):
                out.setdefault(pos, set()).add(target.key)
    for pos, mentions in _document_mentions(spans, comp).items():
        for m in mentions:
            if not m.weak:
                out.setdefault(pos, set()).add(m.key)
    return out


def _document_mentions(
    spans: Sequence[tuple[int, Span]], comp: CompiledDictionary
) -> dict[int, list[Mention]]:
    """Dictionary mentions of the document's sentences, computed once per parsed document and dictionary."""
    if not spans:
        return {}
    doc = spans[0][1].doc
    key = f"communique_doc_mentions:{id(comp)}:{len(spans)}"
    hit = doc.user_data.get(key)
    if hit is None:
        hit = doc.user_data[key] = document_mentions([s for _, s in spans], comp)
    return hit


def _topic_words(
    target: _Target, view: DocView, comp: CompiledDictionary, n_sentences: int
) -> frozenset[str] | None:
    """The words that refer to the issue when the document is about it, or None when it is not.

    A document is about an issue when it names it strongly in its first two sentences (the lead) or in at
    least a third of its sentences. Salient issues and issues seen only through weak cues are never topics.
    """
    if target.key.startswith("salient:") or target.neutral_only:
        return None
    strong = sorted(pos for pos, ms in target.mentions.items() if any(not m.weak for m in ms))
    if not strong or (strong[0] > 1 and 3 * len(strong) < n_sentences):
        return None
    return referring_words([m for pos in strong for m in target.mentions[pos] if not m.weak], view, comp)


PRONOUNS_BACK = frozenset({"it", "them", "those", "these"})
PLURAL_BACK = frozenset({"them", "those", "these"})


def _endeavour_of(token: Token, lex: Lexicon) -> bool:
    """Whether a noun is someone's work on the issue (polarity.yaml ``endeavours``: "the efforts of the
    Chair"), with no act of its own ("the efforts of Moscow to annex the region" name the act)."""
    children = list(token.children)
    return (
        token.lemma_.lower() in lex.endeavours
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
        and not any(c.dep_ in {"acl", "relcl"} for c in children)
    )


# Verbs by which the issue holds its parts: "the Act contains provisions that ..., and we support those".
HOLDING_VERBS = frozenset({"contain", "include", "have", "comprise", "provide"})


def _clause_argument(token: Token) -> bool:
    """A subject or object of its clause, or the complement of one ("the announcement of a ceasefire")."""
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return True
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ in {"nsubj", "nsubjpass", "dobj"}
    )


def _asked(token: Token, lex: Lexicon) -> bool:
    """Whether a vote's deciding word is an appeal or a requirement ("call on X to restore", "must lift")."""
    return token.lemma_.lower() in lex.call or any(
        c.dep_ == "aux" and c.lemma_.lower() in {"must", "should"} for c in token.children
    )


def _other_of_kind(
    view: DocView, ref: Token, words: frozenset[str], start: int, comp: CompiledDictionary
) -> bool:
    """Whether a general noun of the issue's kind ("the text") has a nearer thing of its kind that is not the
    issue between ``start`` and itself ("... the peace agreement. Parliament adopted a budget law. The text
    ..." -- the text is the law): it refers to the nearest compatible one."""
    word = ref.lemma_.lower()
    if word in words or KIND_MARK + word not in words:
        return False  # the issue's own word, or a reference noun ("the decision"): not a kind noun
    kind = comp.kinds.get(word, set())
    for i in range(start, ref.i):
        token = view[i]
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in kind and lemma not in words and KIND_MARK + lemma not in words:
            return True
    return False


def _pronoun_back(
    sdoc: Doc, view: DocView, mentions: Sequence[Mention], sent: Span
) -> tuple[Token, int] | None:
    """A pronoun object after a subject or object mention, in a clause that does not hold the mention.

    Only when no other noun stands between them as a subject or object (the pronoun could be that noun).
    """
    if PRONOUNS_BACK.isdisjoint(view.lowers[sent.start : sent.end]):
        return None  # no pronoun to take anything back (most sentences): no Token objects built
    # The antecedent is the mention as subject or object of its clause, not a noun inside a phrase ("for acts
    # of terrorism").
    nouns = [
        m for m in mentions if view[m.anchor].pos_ in {"NOUN", "PROPN"} and _clause_argument(view[m.anchor])
    ]
    if len(nouns) != 1:
        return None
    mention = nouns[0]
    anchor = view[mention.anchor]
    end = max(mention.tokens)
    plural = anchor.tag_ in {"NNS", "NNPS"}
    between: list[Token] = []
    # The parts the issue holds ("the Act contains provisions that protect children"): taken back by a
    # pronoun, they stand for the issue, and nothing inside them is a rival antecedent.
    parts = (
        [c for c in anchor.head.children if c.dep_ == "dobj"]
        if anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in HOLDING_VERBS
        else []
    )
    inside = {i for p in parts for i in range(p.left_edge.i, p.right_edge.i + 1)}
    plural_parts = any(p.tag_ in {"NNS", "NNPS"} for p in parts)
    for i in range(end + 1, sent.end):
        token = view[i]
        if (
            token.pos_ in {"NOUN", "PROPN"}
            and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and i not in inside
        ):
            between.append(token)
        if token.lower_ in PRONOUNS_BACK and token.dep_ in {"dobj", "nsubjpass"}:
            verb = token.head
            if verb.pos_ != "VERB" or verb.i in {a.i for a in anchor.ancestors}:
                return None
            # "them" takes back a plural noun, "it" a singular one; a noun in between that agrees with the
            # pronoun could be what it takes back ("we commend both sides for respecting it" is the truce).
            if (token.lower_ in PLURAL_BACK) != plural and not (token.lower_ in PLURAL_BACK and plural_parts):
                return None
            if any((t.tag_ in {"NNS", "NNPS"}) == plural for t in between):
                return None
            return token, mention.sign
    return None


POSSESSIVE_BACK = frozenset({"its", "their"})


def _conceded_back(view: DocView, mentions: Sequence[Mention], sent: Span) -> list[tuple[Token, int]]:
    """The nouns of a main clause that take back, by "its"/"their", an issue named in a conceded clause.

    "While the Pact contains some welcome elements, we remain concerned by its reliance on detention": the
    reliance is the Pact's. Only when every mention sits inside an adverbial clause marked while/although/
    though/whereas, and only the main clause's possessed nouns (outside that clause) are taken.
    """
    lowers = view.lowers[sent.start : sent.end]
    if CONCESSIVE_MARKS.isdisjoint(lowers) or POSSESSIVE_BACK.isdisjoint(lowers):
        return []  # no conceded clause or no possessive (most sentences): no Token objects built
    clauses: set[int] = set()
    for mention in mentions:
        clause = next(
            (
                a
                for a in view[mention.anchor].ancestors
                if a.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in a.children)
            ),
            None,
        )
        if clause is None:
            return []
        clauses.add(clause.i)
    inside = {i for c in clauses for i in range(view[c].left_edge.i, view[c].right_edge.i + 1)}
    sign = 1 if all(m.sign > 0 for m in mentions) else -1 if all(m.sign < 0 for m in mentions) else 0
    if not sign:
        return []
    out: list[tuple[Token, int]] = []
    for i in range(sent.start, sent.end):
        token = view[i]
        if i in inside or token.lower_ not in POSSESSIVE_BACK or token.dep_ != "poss":
            continue
        if token.head.pos_ == "NOUN" and token.head.i not in inside:
            out.append((token.head, sign))
    return out[:1]


def stances_for_targets(
    document: Document,
    sdoc: Doc,
    actors: Sequence[Actor],
    events: Sequence[Event],
    issues: IssueDictionary,
    targets: Sequence[_Target],
    spans: Sequence[tuple[int, Span]] | None = None,
) -> list[Stance]:
    """Stances of a document on the given targets (dictionary, ad-hoc or salient issues)."""
    if spans is None:
        spans = sentence_spans(document, sdoc)
    ctx = _context(document, sdoc, actors, events, issues.lexicon)
    tallies: dict[tuple[str, str], Tally] = {}
    _collect(document, sdoc, spans, targets, ctx, events, tallies, compiled(issues))
    decided = {key: decide(tally) for key, tally in tallies.items()}
    shown = {key for key, stance in decided.items() if stance is not None}
    fallbacks = [
        t.fallback for t in targets if t.fallback is not None and not any(k[1] == t.key for k in shown)
    ]
    if fallbacks:
        _collect(document, sdoc, spans, fallbacks, ctx, events, tallies, compiled(issues))
        decided = {key: decide(tally) for key, tally in tallies.items()}  # (the fallbacks added evidence)
    deferring = [pos for pos, (_, sent) in enumerate(spans) if defers(sent, ctx)]
    if deferring:
        _defer(document, spans, [*targets, *fallbacks], deferring, tallies, decided, ctx.lexicon)
    order = {t.key: i for i, t in enumerate(targets)}
    out = [s for s in decided.values() if s is not None]
    keys = {id(tally.issue): key[1] for key, tally in tallies.items()}
    out.sort(key=lambda s: order.get(keys.get(id(s.issue), ""), 10_000))
    return out


# The deference reaches the sentences next to it only when the issuers took no side there in their own words,
# or when it takes the question back with a demonstrative subject ("This is a matter for the Freedonians").
TAKE_BACK_SUBJECTS = frozenset({"this", "that"})


def _own_sides(tally: Tally, spans: Sequence[tuple[int, Span]], lex: Lexicon) -> set[int]:
    """Sentences where the issuers take a side in their own words ("We condemn ..."), not by what they ask
    of others ("We call on both sides to resume talks", which a deference leaves without a side)."""
    asks = set(lex.call) | lex.wishes
    roots = {index: sent.root.lemma_.lower() for index, sent in spans}
    return {index for index, _ in tally.direct if roots.get(index) not in asks}


def _deference_reach(sent: Span, own: set[int]) -> int:
    """How many sentences away a deferring sentence neutralises a tally's side (0: only its own sentence)."""
    back = any(t.lower_ in TAKE_BACK_SUBJECTS and t.dep_ in {"nsubj", "nsubjpass"} for t in sent)
    return 1 if back or not own else 0


# How far a run of asks carries a deference on (sentences between it and the tally's evidence).
ASK_BRIDGE = 2


def _defer_reaches(
    d: int, p: int, spans: Sequence[tuple[int, Span]], own: set[int], lex: Lexicon, strong: set[int]
) -> bool:
    """Whether the deferring sentence at position d reaches the sentence at p: next to it, or across
    sentences that only ask things of others ("It is not for the Government to decide who is right. The
    Minister has asked the conciliator to convene the parties. The right to strike must be respected."), when
    p holds no full verdict (``strong``: "The Government condemns the strike" stands)."""
    reach = _deference_reach(spans[d][1], own)
    if abs(d - p) <= reach:
        return True
    if not reach or p in strong or abs(d - p) > reach + ASK_BRIDGE:
        return False
    asks = set(lex.call) | lex.wishes
    between = spans[min(d, p) + 1 : max(d, p)]
    return all(index not in own and sent.root.lemma_.lower() in asks for index, sent in between)


def _defer(
    document: Document,
    spans: Sequence[tuple[int, Span]],
    targets: Sequence[_Target],
    deferring: Sequence[int],
    tallies: dict[tuple[str, str], Tally],
    decided: dict[tuple[str, str], Stance | None],
    lex: Lexicon,
) -> None:
    """Make neutral the stances next to a sentence where the issuers leave the question to others.

    "It is not for the Government to decide who is right. ... The right to strike must be respected": what the
    issuers ask of the parties besides (talks, restraint, published figures, exemptions) takes no side once
    they have said the question is not theirs. The deference counts for the issue it names or sits next to;
    a side the issuers take in their own words in another sentence ("Ruritania condemns the strike. The
    question of compensation is a matter for the courts.") stands, unless the deference takes it back
    ("This is a matter for ..."). The stance is then decided again from what is left and the deference.
    """
    pos_of = {index: pos for pos, (index, _) in enumerate(spans)}
    by_key = {t.key: t for t in targets}
    for key, tally in tallies.items():
        stance = decided.get(key)
        if stance is None or stance.stance == "neutral":
            continue
        near = {pos_of[e.sentence_index] for e in tally.evidence if e.sentence_index in pos_of}
        target = by_key.get(key[1])
        if target is not None:
            near.update(target.mentions)
        own_sides = _own_sides(tally, spans, lex)
        strong = {
            pos_of[e.sentence_index]
            for e, w in zip(tally.evidence, tally.weights, strict=True)
            if w >= 1.0 and e.polarity != "neutral" and e.sentence_index in pos_of
        }
        hit = next(
            (d for d in deferring if any(_defer_reaches(d, p, spans, own_sides, lex, strong) for p in near)),
            None,
        )
        if hit is None:
            continue
        index, sent = spans[hit]
        kept = Tally(actor=tally.actor, issue=tally.issue, direct=set(tally.direct))
        for evidence, weight in zip(tally.evidence, tally.weights, strict=True):
            own = (
                evidence.sentence_index in own_sides
                and (evidence.sentence_index, evidence.polarity) in tally.direct
            )
            far = evidence.sentence_index not in pos_of or not _defer_reaches(
                hit, pos_of[evidence.sentence_index], spans, own_sides, lex, strong
            )
            if evidence.polarity == "neutral" or (own and far):
                kept.add(evidence, weight)  # (the issuers' own side away from the deference stands)
        kept.turns, kept.inner = set(tally.turns), set(tally.inner)
        kept.add(_sentence_evidence(document, index, sent, "neutral"), 1.0)
        decided[key] = decide(kept)


def _sentence_evidence(
    document: Document, index: int, sent: Span, polarity: str, event_id: str | None = None
) -> Evidence:
    """Evidence quoting a whole sentence (the document's own sentence when it has one, else the parse's)."""
    sentence = document.sentences[index] if index < len(document.sentences) else None
    return Evidence(
        sentence_index=index,
        start=sentence.start if sentence else sent.start_char,
        end=sentence.end if sentence else sent.end_char,
        text=sentence.text if sentence else sent.text.strip(),
        event_id=event_id,
        polarity=polarity,
    )


def _adhoc_targets(
    adhoc: Sequence[str],
    issues: IssueDictionary,
    spans: Sequence[tuple[int, Span]],
    actors: Sequence[Actor],
    document: Document,
    actor_dictionary: object | None = None,
) -> list[_Target]:
    comp = compiled(issues)
    out: list[_Target] = []
    sents = [s for _, s in spans]
    home = frozenset(_issuer_words(document))
    semantic_on = bool(adhoc) and semantic_enabled()
    for text in adhoc:
        issue = _adhoc(text, issues, actor_dictionary)
        entity_hits: dict[str, set[int]] = {}
        mentions = adhoc_mentions(
            issue,
            sents,
            actors,
            comp,
            keep_weak=True,
            home=home,
            semantic=semantic_on,
            entity_sentences=entity_hits,
        )
        strong = any(not m.weak for ms in mentions.values() for m in ms)
        if issue.issue_id:
            relevance = dictionary_relevance(issue.issue_id, sents, comp, mentions)
            if relevance.about:
                for k, anchor in synonym_stand_ins(issue.issue_id, sents, comp, mentions).items():
                    mentions[k] = [Mention(issue.key, anchor, 1, True, (anchor,))]
        else:
            relevance = adhoc_relevance(issue, sents, entity_hits, mentions, home)
            if relevance.about:
                # The head where the scoping rules dropped it is the issue in a document about it.
                named = set().union(*entity_hits.values()) if entity_hits else set()
                for k, sent in enumerate(sents):
                    positions = None if k in mentions else head_positions(issue, sent)
                    if positions is None and k not in mentions and k in named and not issue.light_head:
                        # Else a noun compounded with the head next to an entity of the phrase: the thing
                        # the act is about, named where the act is not ("another package of weapons for the
                        # Taiwan region" for "US arms sales to Taiwan", "the Russian forces" for "Russian
                        # troop presence in X").
                        positions = compound_in(issue, sent)
                    if positions is not None:
                        mentions[k] = [Mention(issue.key, head_of(positions, sent.doc), 1, True, positions)]
        if not issue.issue_id:
            # (ST26b) The phrase named twice in one sentence: its bare repeat is read too.
            repeated_mentions(mentions, sents)
        neutral_only = bool(issue.issue_id) and not strong and not relevance.about
        calls = (
            _generic_reaction(issue, sents, actors, comp, issues.lexicon)
            if not strong and not relevance.about
            else {}
        )
        if calls:
            neutral_only = True
            for pos, mention in calls.items():
                mentions.setdefault(pos, [mention])
        target = _Target(issue.key, issue.issue(issues), mentions, neutral_only=neutral_only)
        target.generic = bool(calls)
        target.relevance = relevance
        target.marks = frozenset(t.text.lower() for t in issue.entities) | target.words
        target.words = frozenset(
            c.words[0] for t in issue.commons if t.kind != "modifier" for c in t.alternatives[: t.own]
        )
        entry = issues.get(issue.issue_id) if issue.issue_id else None
        target.topic_words = (
            frozenset(w for c in (issue.topic.alternatives if issue.topic else ()) for w in c.words)
            | frozenset(w for c in (entry.cues if entry else ()) for w in c.words)
            | issue.head_kind
            | target.words
        )
        if not strong and relevance.about:
            # About the issue by its traces (a place, a weak word) but never named: when nothing there takes
            # a side, a call for restraint is still the crisis reaction that takes none.
            backup = _generic_reaction(issue, sents, actors, comp, issues.lexicon)
            if backup:
                fallback = _Target(
                    issue.key,
                    target.issue,
                    {**{pos: [m] for pos, m in backup.items()}, **mentions},
                    neutral_only=True,
                )
                fallback.generic = True
            else:
                # (session 22) else what the issuers only note or follow, read only when the target itself
                # shows nothing: a side taken elsewhere in the document stands ("notes the application ...
                # does not accept ...")
                fallback = _Target(issue.key, target.issue, dict(mentions), neutral_only=target.neutral_only)
            fallback.noting = True
            fallback.relevance = relevance
            fallback.marks, fallback.words = target.marks, target.words
            fallback.topic_words = target.topic_words
            target.fallback = fallback
        out.append(target)
    return out


def _generic_reaction(
    issue: AdhocIssue, sents: Sequence[Span], actors: Sequence[Actor], comp: CompiledDictionary, lex: Lexicon
) -> dict[int, Mention]:
    """Sentences of a statement that reacts to a crisis only with calls for restraint, calm or dialogue.

    A statement that names no issue of the dictionary (beyond dialogue and ceasefire, the words of
    de-escalation themselves) and calls on parties to show restraint, de-escalate or settle peacefully takes
    no side on the crisis it reacts to: it is neutral on the issue asked about, not silent. An ad-hoc phrase
    needs one of its entities named in the statement (a call for restraint elsewhere is not about it).
    Returns weak mentions anchored on the de-escalation words, by sentence position.
    """
    if not lex.deescalation or not sents:
        return {}
    forms = doc_forms(sents[0].doc)
    view = doc_view(sents[0].doc)
    found: dict[int, Mention] = {}
    for pos, sent in enumerate(sents):
        marker = next(
            (
                i
                for i in range(sent.start, sent.end)
                if forms[i][0] in lex.deescalation
                or (forms[i][0] in lex.settlement and call_above(view[i], lex, wishes=True) is not None)
            ),
            None,
        )
        if marker is not None:
            found[pos] = Mention(issue.key, marker, 1, True, (marker,))
    if not found:
        return {}
    if (
        not issue.issue_id
        and not any(entity_in(t, s, actors) for t in issue.entities for s in sents)
        and _names_foreign_place(sents, actors)
    ):
        # A call for restraint about another place is not about the phrase; one that names no place but the
        # issuers' own ("China has noted the relevant reports. We call on all parties to de-escalate") reacts
        # to a crisis it leaves unnamed, and takes no side on whichever crisis is asked about.
        return {}
    allowed = {issue.issue_id, *lex.deescalation_issues}
    for mentions in document_mentions(sents, comp).values():
        if any(not m.weak and m.key not in allowed for m in mentions):
            return {}
    return found


PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _names_foreign_place(sents: Sequence[Span], actors: Sequence[Actor]) -> bool:
    """Whether a statement names a country or place other than its issuers' own (a region is no place)."""
    home = {a.country for a in actors if a.via in {"pronoun", "issuer"} and a.country}
    covered: set[int] = set()
    for actor in actors:
        if actor.start is None or actor.end is None:
            continue
        covered.update(range(actor.start, actor.end))
        country = actor.country or ""
        if (actor.entry or "").startswith("region-") or country in home or country in INTERNATIONAL:
            continue
        if len(country) == 3 and country.isupper():
            return True
    # A place the actor dictionary does not know ("the relevant reports from Kursk") is still a place.
    return any(
        ent.label_ in PLACE_LABELS and not ({t.idx for t in ent} & covered)
        for sent in sents
        for ent in sentence_ents(sent)
    )


def derive_stances(
    document: Document,
    sdoc: Doc,
    actors: list[Actor],
    events: list[Event],
    issues: IssueDictionary,
    adhoc: Sequence[str] = (),
    actor_dictionary: object | None = None,
) -> list[Stance]:
    """Return the stances the document's issuers take on dictionary, ad-hoc and salient issues.

    ``actor_dictionary`` (the coder's: bundled plus the user's actor files) resolves the entities of ad-hoc
    phrases; without it, the bundled actor dictionary does.
    """
    spans = sentence_spans(document, sdoc)
    if not spans:
        return []
    comp = compiled(issues)
    view = doc_view(sdoc)
    by_sentence = _document_mentions(spans, comp)
    dictionary_targets: dict[str, _Target] = {}
    covered: dict[int, set[int]] = {}
    for pos, mentions in by_sentence.items():
        for mention in mentions:
            entry = issues.get(mention.key)
            if entry is None:
                continue
            target = dictionary_targets.get(entry.id)
            if target is None:
                target = dictionary_targets[entry.id] = _Target(
                    entry.id, Issue(id=entry.id, label=entry.label)
                )
                target.topic_words = frozenset(w for c in entry.cues for w in c.words)
            target.mentions.setdefault(pos, []).append(mention)
            covered.setdefault(pos, set()).update(_subtree(view[mention.anchor]))
    targets: list[_Target] = list(dictionary_targets.values())
    adhoc_targets = _adhoc_targets(adhoc, issues, spans, actors, document, actor_dictionary)
    adhoc_keys = {t.key for t in adhoc_targets}
    targets = [t for t in targets if t.key not in adhoc_keys] + adhoc_targets
    for target in adhoc_targets:
        for pos, mentions in target.mentions.items():
            for mention in mentions:
                covered.setdefault(pos, set()).update(_subtree(view[mention.anchor]))
    actor_spans = [(a.start, a.end) for a in actors if a.start is not None and a.end is not None]
    targets.extend(_salient_targets(spans, covered, issues.lexicon, actor_spans).values())
    return stances_for_targets(document, sdoc, actors, events, issues, targets, spans)


def _subtree(token: Token) -> set[int]:
    # Subtrees of a projective parse are contiguous: the edges give them without walking the tree.
    return set(range(token.left_edge.i, token.right_edge.i + 1))


def stances_for_issue(
    document: Document,
    sdoc: Doc,
    actors: Sequence[Actor],
    events: Sequence[Event],
    issues: IssueDictionary,
    issue_text: str,
    actor_dictionary: object | None = None,
) -> list[Stance]:
    """Stances of one document on one issue (a dictionary id or label, or an ad-hoc phrase)."""
    spans = sentence_spans(document, sdoc)
    if not spans:
        return []
    targets = _adhoc_targets([issue_text], issues, spans, actors, document, actor_dictionary)
    return stances_for_targets(document, sdoc, actors, events, issues, targets, spans)
