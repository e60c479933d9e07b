"""Language identification with lingua, restricted to languages statements commonly come in."""

from __future__ import annotations

import re
import threading
from typing import Any

# ISO 639-1 codes the detector chooses among; a smaller set is faster and avoids exotic confusions.
LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "ro", "hu", "sv", "da", "fi",
    "el", "tr", "ru", "uk", "be", "kk", "ka", "hy", "az", "bg", "sr", "hr", "lt", "lv", "et",
    "ar", "fa", "he", "zh", "ja", "ko", "hi", "ur", "id", "vi",
)  # fmt: skip
SUPPORTED: frozenset[str] = frozenset({"en"})
# Enough text to decide; lingua's cost grows with length and more text changes nothing.
SAMPLE_CHARS = 1500
MIN_LETTERS = 20
# English function words: a quarter of the words of any English prose and almost absent from other
# languages' prose, so a high share decides "en" without running lingua (the hot path of bulk ingestion).
_ENGLISH_MARKERS = frozenset(
    ("the", "and", "of", "to", "that", "with", "is", "are", "for", "by", "this", "which", "be", "have",
     "has", "will", "from", "its", "their", "our", "was", "were", "not", "we", "it", "on", "an", "as", "at")
)  # fmt: skip
ENGLISH_SAMPLE_CHARS = 600
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")

_lock = threading.Lock()
_detector: Any = None


def get_detector() -> Any:
    """Return the lingua detector, built once per process on first use."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                languages = []
                for code in LANGUAGES:
                    try:
                        languages.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
                    except (AttributeError, ValueError):  # a lingua build without that language
                        continue
                _detector = LanguageDetectorBuilder.from_languages(*languages).build()
    return _detector


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:SAMPLE_CHARS]
    if len(sample) < 400 and len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    if _clearly_english(sample):
        return "en"
    language = get_detector().detect_language_of(sample)
    if language is None:
        return None
    code = str(language.iso_code_639_1.name).lower()
    if code != "en" and len(_WORD.findall(sample, 0, 400)) < 12:
        return None  # too few words for a detector to be trusted with a refusal
    return code


def _clearly_english(sample: str) -> bool:
    """True when nearly all words are ASCII and English function words are frequent enough.

    15% of 30 words or more, 20% of a short text of 12 words or more: English prose sits at 25-40%, other
    languages near 0%. Short statements with foreign names are where statistical detectors slip.
    """
    words = _WORD.findall(sample[:ENGLISH_SAMPLE_CHARS].lower())
    if len(words) < 12:
        return False
    markers = sum(map(_ENGLISH_MARKERS.__contains__, words))
    non_ascii = 0 if sample.isascii() else sum(1 for w in words if not w.isascii())
    share = 0.15 if len(words) >= 30 else 0.2
    return markers >= share * len(words) and non_ascii <= 0.1 * len(words)


def unsupported_message(code: str) -> str:
    """The one-line problem reported for a document in a language the coder cannot handle."""
    return f"language {code} is not supported (English only)"
