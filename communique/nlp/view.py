"""A read-only Python view of a parsed spaCy ``Doc``, built once per document and shared by the stages.

Why: every ``doc[i]``, ``token.head``, ``token.children`` or ``span.text`` makes spaCy build new ``Token``
objects and look their strings up again; the actor and event stages walk the parse many times per token,
so that re-materialisation dominated their cost. ``doc_view(sdoc)`` reads the token attributes once with
``Doc.to_array`` and returns plain objects whose attributes have the names and values of spaCy's
(``i``, ``idx``, ``text``, ``lower_``, ``lemma_``, ``pos_``, ``tag_``, ``dep_``, ``ent_type_``, ``head``,
``children``, ``lefts``, ``rights``, ``subtree``, ``left_edge``, ``right_edge``, ``whitespace_``,
``is_space``, ``is_stop``, ``is_alpha``, ``nbor``), so code written against spaCy tokens reads them unchanged.

One difference matters: there is exactly one view token per position, so ``token.head is token`` is true
for a root, while spaCy returns a fresh ``Token`` on every access (``is`` never holds). Code ported from
spaCy tokens must not rely on ``is`` between tokens (``==`` compares positions in both).
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

_ATTRS = [
    ORTH,
    LEMMA,
    POS,
    TAG,
    DEP,
    ENT_TYPE,
    HEAD,
    SPACY,
    IDX,
    ENT_IOB,
    SENT_START,
    IS_SPACE,
    IS_PUNCT,
    IS_STOP,
    IS_ALPHA,
]
(
    _ORTH,
    _LEMMA,
    _POS,
    _TAG,
    _DEP,
    _ENT,
    _HEAD,
    _SPACY,
    _IDX,
    _ENT_IOB,
    _SENT_START,
    _IS_SPACE,
    _IS_PUNCT,
    _IS_STOP,
    _IS_ALPHA,
) = range(len(_ATTRS))


def _strings(hashes: list[int], store: Any) -> list[str]:
    """The strings of hashes, through a module cache (``StringStore.__getitem__`` is a slow Python call; a
    hash names the same string in every store)."""
    try:
        return list(map(_STRINGS.__getitem__, hashes))
    except KeyError:
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()  # bounded: a long stream of new words must not grow memory without limit
        for h in hashes:
            if h not in _STRINGS:
                _STRINGS[h] = store[h]
        return list(map(_STRINGS.__getitem__, hashes))


_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 200_000


class ViewToken:
    """One token of a ``DocView``: spaCy's attribute names, plain Python values (built by ``DocView``)."""

    __slots__ = (
        "children",
        "dep_",
        "ent_type_",
        "head",
        "i",
        "idx",
        "lemma_",
        "lower_",
        "pos_",
        "tag_",
        "text",
        "view",
    )

    view: DocView
    i: int
    idx: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    ent_type_: str
    head: ViewToken
    children: list[ViewToken]
    __deletable__ = ("head",)  # release_view deletes it: the compiled (mypyc) class must be told so

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    @property
    def doc(self) -> DocView:
        """The view this token belongs to (indexable like a ``Doc``)."""
        return self.view

    @property
    def whitespace_(self) -> str:
        """The space after the token, if any (read from the view's column: few callers ask)."""
        return " " if self.view._cols[_SPACY][self.i] else ""

    @property
    def text_with_ws(self) -> str:
        """The text plus its trailing space, if any."""
        return self.text + self.whitespace_

    @property
    def is_space(self) -> bool:
        """spaCy's IS_SPACE flag."""
        return bool(self.view._cols[_IS_SPACE][self.i])

    @property
    def is_punct(self) -> bool:
        """spaCy's IS_PUNCT flag."""
        return bool(self.view._cols[_IS_PUNCT][self.i])

    @property
    def is_stop(self) -> bool:
        """spaCy's IS_STOP flag."""
        return bool(self.view._cols[_IS_STOP][self.i])

    @property
    def is_alpha(self) -> bool:
        """spaCy's IS_ALPHA flag."""
        return bool(self.view._cols[_IS_ALPHA][self.i])

    @property
    def conjuncts(self) -> tuple[ViewToken, ...]:
        """Coordinated tokens, the token itself excluded (spaCy's ``Token.conjuncts`` algorithm)."""
        start = self
        while start.i != start.head.i:
            if start.dep_ == "conj":
                start = start.head
            else:
                break
        queue = [start]
        output = [start]
        for word in queue:
            for child in word.rights:
                if child.dep_ == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple([w for w in output if w.i != self.i])

    @property
    def ancestors(self) -> Iterator[ViewToken]:
        """The token's heads up to the root, nearest first (spaCy's walk over the raw head offsets)."""
        offsets = self.view._cols[_HEAD]
        tokens = self.view.tokens
        j = self.i
        n = 0
        while offsets[j] != 0 and n < len(tokens):
            j += offsets[j]
            yield tokens[j]
            n += 1

    @property
    def lefts(self) -> list[ViewToken]:
        """Children before the token, in order."""
        i = self.i
        return [c for c in self.children if c.i < i]

    @property
    def rights(self) -> list[ViewToken]:
        """Children after the token, in order."""
        i = self.i
        return [c for c in self.children if c.i > i]

    @property
    def subtree(self) -> Iterator[ViewToken]:
        """The token and its descendants, in spaCy's order (left subtrees, the token, right subtrees)."""
        i = self.i
        for c in self.children:
            if c.i < i:
                yield from c.subtree
        yield self
        for c in self.children:
            if c.i > i:
                yield from c.subtree

    def _edge_indices(self) -> tuple[int, int]:
        edges = self.view.edges
        got = edges.get(self.i)
        if got is None:
            # spaCy's own edges (its algorithm handles non-projective parses its own way): read once
            token = self.view.doc[self.i]
            got = edges[self.i] = (token.left_edge.i, token.right_edge.i)
        return got

    @property
    def left_edge(self) -> ViewToken:
        """spaCy's left edge of the token's subtree."""
        return self.view.tokens[self._edge_indices()[0]]

    @property
    def right_edge(self) -> ViewToken:
        """spaCy's right edge of the token's subtree."""
        return self.view.tokens[self._edge_indices()[1]]

    def nbor(self, i: int = 1) -> ViewToken:
        """The token ``i`` positions away (IndexError outside the document, as spaCy)."""
        j = self.i + i
        if j < 0 or j >= len(self.view.tokens):
            raise IndexError(f"nbor {i} of token {self.i} is outside the document")
        return self.view.tokens[j]


class ViewSpan:
    """A token range of a view (a sentence or an entity): ``start``/``end`` token indices, iterable."""

    __slots__ = ("end", "label_", "start", "view")

    def __init__(self, view: DocView, start: int, end: int, label: str = "") -> None:
        self.view = view
        self.start = start
        self.end = end
        self.label_ = label

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[ViewToken]:
        return iter(self.view.tokens[self.start : self.end])

    def __getitem__(self, key: slice) -> ViewSpan:
        start, stop, _ = key.indices(self.end - self.start)
        return ViewSpan(self.view, self.start + start, self.start + max(start, stop), self.label_)

    @property
    def doc(self) -> DocView:
        """The view the span belongs to."""
        return self.view

    @property
    def root(self) -> ViewToken:
        """spaCy's ``Span.root``: the first token without a head in the span, else spaCy decides."""
        offsets = self.view._cols[_HEAD]
        for i in range(self.start, self.end):
            if offsets[i] == 0:
                return self.view.tokens[i]
        return self.view.tokens[self.view.doc[self.start : self.end].root.i]

    @property
    def start_char(self) -> int:
        """Offset of the first character."""
        return self.view.tokens[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        """Offset after the last character (trailing space excluded)."""
        if self.end <= self.start:
            return self.start_char
        last = self.view.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        """The span's text, as ``Span.text``."""
        return self.view.text[self.start_char : self.end_char]


class DocView:
    """Tokens, text, sentences and entities of a ``Doc`` as plain Python objects (see the module doc)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.strings = strings = doc.vocab.strings
        n = len(doc)
        if n:
            arr = doc.to_array(_ATTRS)
            # string hashes as they are; the columns from HEAD on (head offsets, spaces, offsets, flags) as
            # signed integers: to_array returns unsigned ones; a negative head offset must read as negative
            cols: list[list[int]] = arr[:, :_HEAD].T.tolist() + arr[:, _HEAD:].astype("int64").T.tolist()
            # the tokens inside or at the start of an entity (IOB not 2 = "O"): the entity scan visits
            # only these few
            self._not_outside: list[int] = (arr[:, _ENT_IOB] != 2).nonzero()[0].tolist()
        else:
            cols = [[] for _ in _ATTRS]
            self._not_outside = []
        self._cols = cols
        self.texts: list[str] = _strings(cols[_ORTH], strings)
        self.lemmas: list[str] = _strings(cols[_LEMMA], strings)
        self.poses: list[str] = _strings(cols[_POS], strings)  # every token's pos_, in order
        lowers = list(map(str.lower, self.texts))  # spaCy's LOWER lexeme attribute is str.lower() of the text
        # Tokens are made without an ``__init__`` of their own (calling one was most of their cost): every
        # slot of ``ViewToken`` is set here, and only here.
        tokens: list[ViewToken] = []
        append = tokens.append
        noun_roots: list[ViewToken] = []  # roots tagged NNS: verbs the tagger misread? (see below)
        for i, idx, text, low, lem, pos, tag, dep, ent in zip(
            range(n),
            cols[_IDX],
            self.texts,
            lowers,
            self.lemmas,
            self.poses,
            _strings(cols[_TAG], strings),
            _strings(cols[_DEP], strings),
            _strings(cols[_ENT], strings),
            strict=True,
        ):
            t = ViewToken()  # not object.__new__: mypyc's native class refuses it
            t.view = self
            t.i = i
            t.idx = idx
            t.text = text
            t.lower_ = low
            t.lemma_ = lem
            t.pos_ = pos
            t.tag_ = tag
            t.dep_ = dep
            t.ent_type_ = ent
            t.children = []
            append(t)
            if tag == "NNS" and dep == "ROOT":
                noun_roots.append(t)
        self.tokens: list[ViewToken] = tokens
        deps = cols[_DEP]  # dependency label hashes: 0 for a token without a label
        for i, off in enumerate(cols[_HEAD]):
            t = tokens[i]
            if off:
                head = tokens[i + off]
                # children come from the raw head offsets, as spaCy's lefts/rights scan them; visiting
                # tokens in order appends each head's children in order
                head.children.append(t)
                # spaCy: a token without a dependency label has no head (the token itself)
                t.head = head if deps[i] else t
            else:
                t.head = t
        # "The Council appeals to ...", "The Union thanks Norway ...": the small tagger reads a statement's
        # third-person verb as a plural noun, while its own parse gives that "noun" a subject as a sentence's
        # root; a root with a subject is the verb the parse says it is.
        for t in noun_roots:
            if any(c.dep_ == "nsubj" for c in t.children):
                t.pos_ = "VERB"
                t.tag_ = "VBZ"
                self.poses[t.i] = "VERB"
        # token index → spaCy's (left edge, right edge) of its subtree, read on first use (few are asked)
        self.edges: dict[int, tuple[int, int]] = {}
        # Per-document memo of the event roles: token index → the token and its conjuncts.
        self.conjuncts: dict[int, list[ViewToken]] = {}
        # Per-document memo of the events' modality: (clause verb index, sentence text) → (the grammar it
        # was read with, its result); a clause is asked about once per trigger and alternative it heads.
        self.modality: dict[tuple[int, str], tuple[object, tuple[str, bool]]] = {}
        self._text: str | None = None
        self._lemma_lowers: list[str] | None = None
        self._lowers: list[str] | None = lowers
        self._sents: list[ViewSpan] | None = None
        self._ents: list[ViewSpan] | None = None
        self._by_start: dict[int, int] | None = None
        self._empty_tokens: bool | None = None  # whether any token is empty (offsets then may repeat)
        self._by_end: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> ViewToken:
        return self.tokens[i]

    def __iter__(self) -> Iterator[ViewToken]:
        return iter(self.tokens)

    @property
    def lowers(self) -> list[str]:
        """Every token's lower-case text, in order (built once; callers must not change it)."""
        if self._lowers is None:
            self._lowers = [t.lower_ for t in self.tokens]
        return self._lowers

    @property
    def offsets(self) -> list[int]:
        """Every token's character offset (spaCy's ``Token.idx``), in order (callers must not change it)."""
        return self._cols[_IDX]

    @property
    def space_flags(self) -> list[int]:
        """spaCy's IS_SPACE flag of every token (1 or 0), in order."""
        return self._cols[_IS_SPACE]

    @property
    def alpha_flags(self) -> list[int]:
        """spaCy's IS_ALPHA flag of every token (1 or 0), in order."""
        return self._cols[_IS_ALPHA]

    @property
    def punct_flags(self) -> list[int]:
        """spaCy's IS_PUNCT flag of every token (1 or 0), in order."""
        return self._cols[_IS_PUNCT]

    @property
    def lemma_lowers(self) -> list[str]:
        """Every token's lemma in lower case, in order."""
        if self._lemma_lowers is None:
            self._lemma_lowers = list(map(str.lower, self.lemmas))
        return self._lemma_lowers

    @property
    def text(self) -> str:
        """The document text (as ``Doc.text``)."""
        if self._text is None:
            spaces = self._cols[_SPACY]
            self._text = "".join([t + " " if s else t for t, s in zip(self.texts, spaces, strict=True)])
        return self._text

    @property
    def sents(self) -> list[ViewSpan]:
        """The Doc's sentences (as ``Doc.sents``: spaCy's rule, read from the SENT_START array once)."""
        if self._sents is None:
            doc = self.doc
            n = len(self.tokens)
            if n == 0 or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
                # spaCy decides (a hook, or the error for a Doc without sentence boundaries)
                self._sents = [ViewSpan(self, s.start, s.end) for s in doc.sents]
            else:
                flags = self._cols[_SENT_START]
                starts = [0, *(i for i in range(1, n) if flags[i] == 1), n]
                self._sents = [ViewSpan(self, a, b) for a, b in pairwise(starts)]
        return self._sents

    @property
    def ents(self) -> list[ViewSpan]:
        """The Doc's entities (as ``Doc.ents``: spaCy's rule over the IOB array, read once)."""
        if self._ents is None:
            iob, types = self._cols[_ENT_IOB], self._cols[_ENT]
            found: list[tuple[int, int, int]] = []
            start, label = -1, 0
            last = -2  # the previous token visited; the tokens skipped in between are all O (outside)
            for i in self._not_outside:
                if start != -1 and i != last + 1:  # an O right after ``last`` closed the entity there
                    found.append((start, last + 1, label))
                    start, label = -1, 0
                last = i
                b = iob[i]
                if b == 1:  # I: inside
                    if start == -1:  # an I with no B: spaCy's error
                        self._ents = [ViewSpan(self, e.start, e.end, e.label_) for e in self.doc.ents]
                        return self._ents
                elif b == 0 or (b == 3 and types[i] == 0):  # unset, or a B with no type
                    if start != -1:
                        found.append((start, i, label))
                    start, label = -1, 0
                elif b == 3:  # B: begins
                    if start != -1:
                        found.append((start, i, label))
                    start, label = i, types[i]
            if start != -1:  # closed by the O after the last token visited, or by the end of the document
                found.append((start, last + 1, label))
            labels = _strings([x[2] for x in found], self.strings)
            spans = [ViewSpan(self, a, b, name) for (a, b, _), name in zip(found, labels, strict=True)]
            self._ents = [e for e in spans if e.label_ != ""]
        return self._ents

    def span(self, start: int, end: int) -> ViewSpan:
        """Tokens ``start..end`` (end exclusive)."""
        return ViewSpan(self, start, end)

    def char_span_bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """Token bounds of ``Doc.char_span(start, end, alignment_mode="expand")``, None when it has none."""
        if self._empty_tokens is None:
            self._empty_tokens = "" in self.texts
        if not self._empty_tokens:
            # Tokens are non-empty and in order, so their offsets increase: the token starting at ``start``
            # is the last one starting at or before it, the token ending at ``end`` the last one starting
            # before it (two binary searches; no index of the whole document for a few mentions).
            offsets = self._cols[_IDX]
            s = bisect_right(offsets, start) - 1
            e = bisect_left(offsets, end) - 1
            if s >= 0 and offsets[s] == start and e >= s and offsets[e] + len(self.texts[e]) == end:
                return s, e + 1  # aligned on token boundaries: the common case, no spaCy call
        else:
            if self._by_start is None:
                idx = self._cols[_IDX]
                self._by_start = {x: i for i, x in enumerate(idx)}
                self._by_end = {x + len(t): i for i, (x, t) in enumerate(zip(idx, self.texts, strict=True))}
            s_at = self._by_start.get(start)
            e_at = self._by_end.get(end)
            if s_at is not None and e_at is not None and e_at >= s_at:
                return s_at, e_at + 1
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start, span.end)


_lock = threading.Lock()
_recent: list[DocView] = []
_RECENT = 4  # a few documents in flight at once (threads of the API); one is enough for a single coder


def release_view(doc: Doc) -> None:
    """Forget a Doc's view and break its reference cycles (tokens point to their head, children and view),
    so that it is freed at once instead of waiting for the cyclic garbage collector. Call it only when no
    stage will read the view again (the coder does, after the last stage of each document)."""
    with _lock:
        views = [v for v in _recent if v.doc is doc]
        _recent[:] = [v for v in _recent if v.doc is not doc]
    for view in views:
        # Every cycle among tokens goes through a head (a child's head holds it in its children; a root is its
        # own head): without heads, the children lists are a tree, freed by reference counting.
        for t in view.tokens:
            del t.head
        view.tokens = []
        view.conjuncts.clear()
        view.modality.clear()
        view._sents = view._ents = None


def doc_view(doc: Doc) -> DocView:
    """The view of a Doc, built on first use and shared by the stages that code the same Doc."""
    with _lock:
        for view in _recent:
            if view.doc is doc:
                return view
    view = DocView(doc)
    with _lock:
        _recent.insert(0, view)
        del _recent[_RECENT:]
    return view
