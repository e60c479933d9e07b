"""Near-duplicate statements: word shingles, MinHash signatures (datasketch) and LSH band keys.

A repost of a statement on another site differs by boilerplate (navigation, share buttons, copyright),
small edits ("today" vs "on Thursday") or a trimmed last paragraph. Word 3-shingles survive all of these:
one changed word removes three shingles out of hundreds. Candidates come from LSH bands stored in the
database (``lsh_buckets``), so the index is shared by every process writing the corpus, and each candidate is
confirmed on the exact shingle sets (Jaccard, or containment for trimmed copies).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain

import numpy as np
from datasketch import MinHash

SHINGLE = 3
BANDS = 16
ROWS = 3
NUM_PERM = BANDS * ROWS
SEED = 20220107
#: Accept a candidate as a repost when either measure reaches its threshold.
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.7
#: Short statements from one template differ in a few words only (other actor, other topic), so the shorter
#: the text, the closer a repost must be: below ``SHORT`` shingles near-identical, below ``MEDIUM`` close.
SHORT = 12
SHORT_JACCARD_MIN = 0.85
MEDIUM = 100
MEDIUM_JACCARD_MIN = 0.7
MEDIUM_CONTAINMENT_MIN = 0.9
#: An LSH bucket shared by this many statements holds boilerplate (a common phrase, a template), not
#: reposts: it neither votes for candidates nor takes new members, which keeps lookups cheap.
BUCKET_CAP = 32
#: Reposts appear within days of the original; equal texts a year apart are separate statements.
WINDOW_DAYS = 31

_WORD = re.compile(r"\w+", re.UNICODE)
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")


def _identity(value: int) -> int:
    # Shingles are already 32-bit hashes (see ``shingles``); MinHash only applies its permutations.
    return value


_ROW_MULT = [np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9)]
_FINAL_MULT = np.uint64(0xBF58476D1CE4E5B9)
_BAND_SALT = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)).astype(np.uint64)
_MIX_A = np.uint64(0x9E3779B1)
_MIX_B = np.uint64(0x85EBCA77)
_MASK = np.uint64(0xFFFFFFFF)


_WORD_HASHES: dict[bytes, int] = {}
#: ASCII bytes: word characters (``\w``: letters, digits, underscore) kept, every other byte a space.
_ASCII_WORDS = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + b" " * 128
#: Common non-ASCII punctuation of press texts (quotes, dashes, ellipsis, spaces, bullets): separators for
#: ``\w+`` like any non-word character, so replacing them by spaces leaves the words unchanged and lets
#: most texts take the ASCII path.
_SEPARATORS = (
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2010\u2011\u2026\u00a0\u202f\u2009\u200b"
    "\u00ab\u00bb\u2022\u00b7\u2032\u2033\u00a7\u00b0\u20ac\u00a3"
)
assert not any(c.isalnum() or c == "_" for c in _SEPARATORS)


def _words(text: str) -> list[bytes]:
    """The ``\\w+`` words of the case-folded text, UTF-8 encoded (what ``re.findall(r"\\w+")`` gives).

    ASCII texts (most, once common typographic punctuation is spaced out) are split by ``bytes.translate``
    and ``split``, three times as fast as the regular expression; others go through the expression.
    """
    folded = text.casefold()
    if not folded.isascii():
        for sep in _SEPARATORS:
            if sep in folded:
                folded = folded.replace(sep, " ")
        if not folded.isascii():
            return [w.encode() for w in _WORD.findall(folded)]
    return folded.encode("ascii").translate(_ASCII_WORDS).split()


def _word_hash(word: bytes) -> int:
    # Memoised CRC32: a corpus reuses a small vocabulary, and the hash is the hot spot of shingling.
    h = _WORD_HASHES.get(word)
    if h is None:
        if len(_WORD_HASHES) > 500_000:
            _WORD_HASHES.clear()
        h = _WORD_HASHES[word] = zlib.crc32(word)
    return h


def _hashes(words: list[bytes]) -> list[int]:
    """CRC32 of every word (memoised; each new word hashed once, the lookups mapped in C)."""
    hashes = list(map(_WORD_HASHES.get, words))
    if None in hashes:
        for word in {w for h, w in zip(hashes, words, strict=True) if h is None}:
            _word_hash(word)
        hashes = list(map(_WORD_HASHES.get, words))
        if None in hashes:  # the memo was cleared midway (it is bounded): hash the rest directly
            hashes = [h if h is not None else _word_hash(w) for h, w in zip(hashes, words, strict=True)]
    return hashes  # type: ignore[return-value]


def shingles(text: str) -> set[int]:
    """Word ``SHINGLE``-grams of the case-folded text as stable 32-bit hashes (CRC32 of each word, mixed).

    Hashing words once and combining them with numpy keeps shingling cheap on the bulk-ingest path; CRC32
    is stable across processes and runs (unlike ``hash()``), which the stored LSH keys need.
    """
    words = _words(text)
    if not words:
        return set()
    if len(words) < SHINGLE:
        return {int(zlib.crc32(b" ".join(words)))}
    ids = np.array(_hashes(words), dtype=np.uint64)
    mixed = (ids[:-2] * _MIX_A + ids[1:-1] * _MIX_B + ids[2:]) & _MASK
    return set(mixed.tolist())


def band_keys(shingle_set: set[int]) -> list[int]:
    """LSH band keys (signed 63-bit ints, one per band) of the MinHash signature of a shingle set."""
    mh = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=_identity,
        permutations=_TEMPLATE.permutations,
        scheme="affine32",
    )
    if shingle_set:
        mh.update_batch(list(shingle_set))
    values = np.asarray(mh.hashvalues, dtype=np.uint64).reshape(BANDS, ROWS)
    # One 63-bit key per band: the band's ROWS values and the band number, mixed by odd multipliers
    # (uint64 arithmetic wraps), vectorised over the bands.
    mixed = _BAND_SALT.copy()
    for r in range(ROWS):
        mixed ^= values[:, r] * _ROW_MULT[r]
        mixed = (mixed ^ (mixed >> np.uint64(29))) * _FINAL_MULT
    return [int(k) for k in mixed >> np.uint64(1)]


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_PERM_A, _PERM_B = (np.asarray(p, dtype=np.uint32) for p in _TEMPLATE.permutations)
#: Shingles hashed per numpy step in ``band_keys_many``: x NUM_PERM uint32 values = ~1 MB, which stays in
#: the CPU caches (100,000 shingles, ~19 MB per step, took three times as long on statements of 200 words).
_BULK_CHUNK = 5_000


def _keys_of(values: np.ndarray) -> list[list[int]]:
    """Band keys of MinHash signatures (one row of ``NUM_PERM`` uint32 values per shingle set)."""
    bands = values.astype(np.uint64).reshape(len(values), BANDS, ROWS)
    mixed = np.broadcast_to(_BAND_SALT, (len(values), BANDS)).copy()
    for r in range(ROWS):
        mixed ^= bands[:, :, r] * _ROW_MULT[r]
        mixed = (mixed ^ (mixed >> np.uint64(29))) * _FINAL_MULT
    return (mixed >> np.uint64(1)).astype(np.int64).tolist()


def band_keys_many(shingle_sets: Sequence[set[int] | np.ndarray]) -> list[list[int]]:
    """``band_keys`` of many shingle sets at once: the same keys, computed in a few numpy steps.

    datasketch's ``MinHash`` costs ~0.2 ms per statement in object set-up and Python-level hashing; on
    the bulk-import path the permutations of a whole batch are applied in one vectorised pass instead
    (the same affine32 scheme: MurmurHash3 finaliser, then ``a * h + b`` mod 2^32, minimum per set). A
    test checks the keys equal ``band_keys`` (datasketch) on random sets. An item may also be an array of
    shingle hashes with repeats (``shingle_arrays``): a minimum does not see repeats, so the keys are those
    of its set.
    """
    out: list[list[int]] = []
    empty = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    start = 0
    while start < len(shingle_sets):
        # Group sets until the chunk holds about _BULK_CHUNK shingles (at least one set).
        stop, total = start, 0
        while stop < len(shingle_sets) and (stop == start or total + len(shingle_sets[stop]) <= _BULK_CHUNK):
            total += len(shingle_sets[stop])
            stop += 1
        group = shingle_sets[start:stop]
        lengths = np.fromiter((len(s) for s in group), dtype=np.int64, count=len(group))
        sigs = np.tile(empty, (len(group), 1))
        if total:
            if all(isinstance(s, np.ndarray) for s in group):
                hv = np.concatenate(group).astype(np.uint32)  # type: ignore[arg-type]
            else:
                hv = np.fromiter(chain.from_iterable(group), dtype=np.uint32, count=total)
            s1, m1, s2, m2, s3 = _FMIX32
            hv = hv ^ (hv >> s1)
            hv = hv * m1
            hv = hv ^ (hv >> s2)
            hv = hv * m2
            hv = hv ^ (hv >> s3)
            phv = hv[:, None] * _PERM_A + _PERM_B  # uint32 arithmetic wraps: mod 2^32 as in datasketch
            nonempty = lengths > 0
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
            sigs[nonempty] = np.minimum.reduceat(phv, offsets, axis=0)
        out.extend(_keys_of(sigs))
        start = stop
    return out


def shingle_arrays(texts: Sequence[str]) -> list[np.ndarray]:
    """Per text, its shingle hashes as a uint64 array in text order (repeats kept): ``set(a.tolist())``
    equals ``shingles(text)``.

    The word 3-grams of a whole batch are mixed in one numpy pass (per-text numpy calls cost more than the
    arithmetic on statements of a few hundred words); the arrays are views into that one result.
    """
    words = [_words(t) for t in texts]
    ids = np.array(_hashes(list(chain.from_iterable(words))), dtype=np.uint64)
    # Triples that straddle two texts are computed too and never used (slices below skip them).
    mixed = (ids[:-2] * _MIX_A + ids[1:-1] * _MIX_B + ids[2:]) & _MASK if len(ids) >= SHINGLE else ids[:0]
    out: list[np.ndarray] = []
    offset = 0
    for w in words:
        n = len(w)
        if n >= SHINGLE:
            out.append(mixed[offset : offset + n - SHINGLE + 1])
        elif n:
            out.append(np.array([zlib.crc32(b" ".join(w))], dtype=np.uint64))
        else:
            out.append(np.empty(0, dtype=np.uint64))
        offset += n
    return out


def signatures(texts: Sequence[str]) -> list[tuple[set[int], list[int]]]:
    """Per text, its shingle set (``shingles``) and its LSH band keys (``band_keys``), for a whole batch."""
    arrays = shingle_arrays(texts)
    return [(set(a.tolist()), keys) for a, keys in zip(arrays, band_keys_many(arrays), strict=True)]


@dataclass(frozen=True, slots=True)
class Similarity:
    """Exact similarity of two shingle sets."""

    jaccard: float
    containment: float

    @property
    def score(self) -> float:
        """The larger of the two measures, stored as the repost's similarity."""
        return max(self.jaccard, self.containment)


def similarity(a: set[int], b: set[int]) -> Similarity:
    """Jaccard and containment (overlap over the smaller set) of two shingle sets."""
    if not a or not b:
        return Similarity(0.0, 0.0)
    # |a ∪ b| = |a| + |b| - |a ∩ b|: the same count without building the union set (hot in bulk import).
    inter = len(a & b) if len(a) <= len(b) else len(b & a)
    return Similarity(inter / (len(a) + len(b) - inter), inter / min(len(a), len(b)))


def is_repost(a: set[int], b: set[int], date_a: str | None = None, date_b: str | None = None) -> float | None:
    """Return the similarity when ``b`` is a repost of ``a`` (or vice versa), else ``None``."""
    if not within_window(day_of(date_a), day_of(date_b)):
        return None
    return repost_score(a, b)


def repost_score(a: set[int], b: set[int]) -> float | None:
    """``is_repost`` without the date window: the similarity when the shingle sets make a repost."""
    if not a or not b:
        return None
    # |a ∪ b| = |a| + |b| - |a ∩ b|: the same count without building the union set (hot in bulk import).
    la, lb = len(a), len(b)
    inter = len(a & b) if la <= lb else len(b & a)
    smaller = la if la <= lb else lb
    jaccard = inter / (la + lb - inter)
    containment = inter / smaller
    if smaller < SHORT:
        return jaccard if jaccard >= SHORT_JACCARD_MIN else None
    if smaller < MEDIUM:
        ok = jaccard >= MEDIUM_JACCARD_MIN or containment >= MEDIUM_CONTAINMENT_MIN
    else:
        ok = jaccard >= JACCARD_MIN or containment >= CONTAINMENT_MIN
    return max(jaccard, containment) if ok else None


def day_of(value: str | None) -> int | None:
    """The day number of an ISO date (its first ten characters), or ``None`` when it has none."""
    if not value or len(value) < 10:
        return None
    return _day(value[:10])


def within_window(a: int | None, b: int | None) -> bool:
    """Whether two statements' days (``day_of``) are close enough for one to repost the other."""
    return a is None or b is None or abs(a - b) <= WINDOW_DAYS


@lru_cache(maxsize=8192)
def _day(value: str) -> int | None:
    # A corpus has few distinct dates; parsing them once matters on the bulk-import path.
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None
