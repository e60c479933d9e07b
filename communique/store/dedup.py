"""Near-duplicate statements: word shingles, MinHash signatures (datasketch) and LSH band keys.

A repost of a statement on another site differs by boilerplate (navigation, share buttons, copyright),
small edits ("today" vs "on Thursday") or a trimmed last paragraph. Word 3-shingles survive all of these:
one changed word removes three shingles out of hundreds. Candidates come from LSH bands stored in the
database (``lsh_buckets``), so the index is shared by every process writing the corpus, and each candidate is
confirmed on the exact shingle sets (Jaccard, or containment for trimmed copies) or, for short copies
that were both trimmed and wrapped in boilerplate, on one block of shingles shared in order (``block_score``).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

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
#: A repost that trimmed its last paragraph AND gained a site's boilerplate passes neither measure when it is
#: short (a third of a 60-word statement gone, forty words of navigation added). What it shares with the
#: original is one block of text in order, which one of the two starts with. Statements filled in from one
#: template share pieces broken at every slot, and two statements that share a paragraph do not both start
#: with it, so neither makes such a block (measured in tests/test_store_dedup.py).
BLOCK_GAP = SHINGLE + 1  # unmatched shingles that one or two edited words leave ("today" → "on Thursday")
BLOCK_MAX_GAPS = 2
BLOCK_MIN = 20  # shingles in the block
BLOCK_SHARE_MIN = 0.5  # of each text's shingles
BLOCK_SHARE_ONE = 0.6  # of at least one of them
#: A statement over this many times the size (in shingles) of another that it contains, and larger by
#: over COMPILATION_MIN_EXTRA shingles (about words), is a compilation quoting it (a digest, the statement
#: among others), not a repost of it, in either storing order: the digest stored first does not swallow
#: the original arriving later. The absolute floor is what tells a digest from a site's chrome: a short
#: line republished with an "About us", contact and related-links block can be 3.6 times its size, yet
#: only ~110 words larger; a digest is large in absolute terms.
COMPILATION_RATIO = 3.0
COMPILATION_MIN_EXTRA = 300
#: An LSH bucket shared by this many statements holds boilerplate (a common phrase, a template), not
#: reposts: it neither votes for candidates nor takes new members, which keeps lookups cheap.
BUCKET_CAP = 32
#: Reposts appear within days of the original; equal texts a year apart are separate statements.
WINDOW_DAYS = 31

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class _MinHashing:
    """datasketch's ``MinHash`` class and its permutations for ``NUM_PERM`` and ``SEED``, also as arrays."""

    MinHash: Any
    permutations: Any
    perm_a: np.ndarray
    perm_b: np.ndarray


@lru_cache(maxsize=1)
def _minhashing() -> _MinHashing:
    """The MinHash machinery, loaded on first use.

    datasketch imports scipy (about a second), which commands that only read a corpus (search, stats,
    export, serve) never need.
    """
    from datasketch import MinHash

    permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
    perm_a, perm_b = (np.asarray(p, dtype=np.uint32) for p in permutations)
    return _MinHashing(MinHash, permutations, perm_a, perm_b)


def _identity(value: int) -> int:
    # Shingles are already 32-bit hashes (see ``shingles``); MinHash only applies its permutations.
    return value


_ROW_MULT = [np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9)]
_FINAL_MULT = np.uint64(0xBF58476D1CE4E5B9)
_BAND_SALT = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)).astype(np.uint64)
_MIX_A = np.uint64(0x9E3779B1)
_MIX_B = np.uint64(0x85EBCA77)
_MASK = np.uint64(0xFFFFFFFF)


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


def _folded_bytes(text: str) -> bytes:
    """The ``\\w+`` words of the case-folded text, UTF-8 encoded, separated by spaces (one or more).

    ASCII texts (most, once common typographic punctuation is spaced out) go through ``bytes.translate``
    (every non-word byte becomes a space), three times as fast as the regular expression; others through
    the expression, its words joined by single spaces. Word bytes are never spaces: UTF-8 encodes non-ASCII
    characters in bytes >= 0x80, and ``\\w`` matches no ASCII space.
    """
    folded = text.casefold()
    if not folded.isascii():
        for sep in _SEPARATORS:
            if sep in folded:
                folded = folded.replace(sep, " ")
        if not folded.isascii():
            return b" ".join(w.encode() for w in _WORD.findall(folded))
    return folded.encode("ascii").translate(_ASCII_WORDS)


def _words(text: str) -> list[bytes]:
    """The ``\\w+`` words of the case-folded text, UTF-8 encoded (what ``re.findall(r"\\w+")`` gives)."""
    return _folded_bytes(text).split()


def _crc_table() -> np.ndarray:
    """The byte table of CRC-32 (reflected polynomial 0xEDB88320, as ``zlib.crc32``)."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(
            table & np.uint32(1), (table >> np.uint32(1)) ^ np.uint32(0xEDB88320), table >> np.uint32(1)
        )
    return table.astype(np.uint32)


_CRC_TABLE = _crc_table()
#: Words longer than this are hashed one by one by ``zlib.crc32``: the vectorised loop takes one numpy
#: step per byte position, so a single hostile 1 MB "word" must not set its length.
_LONG_WORD = 64


def _word_crcs(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``zlib.crc32`` of every word ``buf[start:start + length]``, computed for all words at once.

    Table-driven CRC-32, vectorised across words: step ``k`` feeds byte ``k`` of every word longer than
    ``k``. Words are sorted shortest first, so the words still running at step ``k`` are a suffix of the
    arrays and each step works on contiguous slices (a test compares with ``zlib.crc32``).
    """
    n = len(starts)
    out = np.empty(n, dtype=np.uint32)
    if not n:
        return out
    long_words = np.flatnonzero(lengths > _LONG_WORD)
    for j in long_words.tolist():
        s = int(starts[j])
        out[j] = zlib.crc32(buf[s : s + int(lengths[j])].tobytes())
    short = np.flatnonzero(lengths <= _LONG_WORD) if len(long_words) else None
    if short is not None:
        starts, lengths = starts[short], lengths[short]
        n = len(starts)
        if not n:
            return out
    # Stable sort of small ints (uint8) is a radix sort in numpy: linear in the number of words.
    order = np.argsort(lengths.astype(np.uint8), kind="stable")
    pos = starts[order].astype(np.intp)
    lens = lengths[order]
    done = np.cumsum(np.bincount(lens)).tolist()  # done[k]: words of at most k bytes (a prefix)
    crc = np.full(n, 0xFFFFFFFF, dtype=np.uint32)
    tmp = np.empty(n, dtype=np.uint32)
    byte = np.empty(n, dtype=np.uint8)
    for k in range(int(lens[-1])):
        m = done[k]
        c, t, b, p = crc[m:], tmp[m:], byte[m:], pos[m:]
        np.take(buf, p, out=b)
        p += 1
        np.bitwise_xor(c, b, out=t)
        np.bitwise_and(t, 0xFF, out=t)
        np.right_shift(c, 8, out=c)
        np.bitwise_xor(c, _CRC_TABLE[t], out=c)
    crc ^= np.uint32(0xFFFFFFFF)
    result = np.empty(n, dtype=np.uint32)
    result[order] = crc
    if short is None:
        return result
    out[short] = result
    return out


def shingles(text: str) -> set[int]:
    """Word ``SHINGLE``-grams of the case-folded text as stable 32-bit hashes (CRC32 of each word, mixed).

    CRC32 is stable across processes and runs (unlike ``hash()``), which the stored LSH keys need; see
    ``shingle_arrays`` for how the words are hashed and mixed.
    """
    return set(shingle_arrays([text])[0].tolist())


def band_keys(shingle_set: set[int]) -> list[int]:
    """LSH band keys (signed 63-bit ints, one per band) of the MinHash signature of a shingle set."""
    minhashing = _minhashing()
    mh = minhashing.MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=_identity,
        permutations=minhashing.permutations,
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
#: Shingles hashed per numpy step in ``band_keys_many``: x NUM_PERM uint32 values = ~0.8 MB, which stays in
#: the CPU caches (100,000 shingles, ~19 MB per step, took three times as long on statements of 200 words).
_BULK_CHUNK = 4096


def _keys_of(values: np.ndarray) -> np.ndarray:
    """Band keys of MinHash signatures (one row of ``NUM_PERM`` uint32 values per shingle set)."""
    bands = values.astype(np.uint64).reshape(len(values), BANDS, ROWS)
    mixed = np.broadcast_to(_BAND_SALT, (len(values), BANDS)).copy()
    for r in range(ROWS):
        mixed ^= bands[:, :, r] * _ROW_MULT[r]
        mixed = (mixed ^ (mixed >> np.uint64(29))) * _FINAL_MULT
    return (mixed >> np.uint64(1)).astype(np.int64)


def band_keys_many(shingle_sets: Sequence[set[int] | np.ndarray]) -> list[list[int]]:
    """``band_keys`` of many shingle sets at once: the same keys, computed in a few numpy steps."""
    return band_key_matrix(shingle_sets).tolist()


def band_key_matrix(shingle_sets: Sequence[set[int] | np.ndarray]) -> np.ndarray:
    """``band_keys`` of many shingle sets as one int64 array (a row of ``BANDS`` keys per set).

    datasketch's ``MinHash`` costs ~0.2 ms per statement in object set-up and Python-level hashing; on
    the bulk-import path the permutations of a whole batch are applied in one vectorised pass instead
    (the same affine32 scheme: MurmurHash3 finaliser, then ``a * h + b`` mod 2^32, minimum per set). A
    test checks the keys equal ``band_keys`` (datasketch) on random sets. An item may also be an array of
    shingle hashes with repeats (``shingle_arrays``): a minimum does not see repeats, so the keys are those
    of its set.
    """
    n = len(shingle_sets)
    lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=n)
    arrays = [
        s if isinstance(s, np.ndarray) else np.fromiter(s, dtype=np.uint64, count=len(s))
        for s in shingle_sets
    ]
    hv = np.concatenate(arrays).astype(np.uint32) if n else np.empty(0, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    sigs = np.full((n, NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    minhashing = _minhashing()
    perm_a, perm_b = minhashing.perm_a, minhashing.perm_b
    ends = np.cumsum(lengths)
    begins = ends - lengths
    chunk = np.empty((_BULK_CHUNK, NUM_PERM), dtype=np.uint32)
    ends_list = ends.tolist()
    i = 0
    while i < n:
        # Sets i..j-1 together hold at most _BULK_CHUNK shingles (or j = i + 1 for one larger set).
        start = int(begins[i])
        j = i + 1
        while j < n and ends_list[j] - start <= _BULK_CHUNK:
            j += 1
        stop = ends_list[j - 1]
        if stop > start:
            rows = (
                chunk[: stop - start]
                if stop - start <= _BULK_CHUNK
                else np.empty((stop - start, NUM_PERM), np.uint32)
            )
            # uint32 arithmetic wraps: mod 2^32 as in datasketch.
            np.multiply(hv[start:stop, None], perm_a, out=rows)
            rows += perm_b
            nonempty = np.flatnonzero(lengths[i:j] > 0)
            sigs[i + nonempty] = np.minimum.reduceat(rows, begins[i:j][nonempty] - start, axis=0)
        i = j
    return _keys_of(sigs)


def shingle_arrays(texts: Sequence[str]) -> list[np.ndarray]:
    """Per text, its shingle hashes as a uint64 array in text order (repeats kept); ``set(a.tolist())`` is
    ``shingles(text)``.

    A shingle of words ``w1 w2 w3`` is ``(crc32(w1) * _MIX_A + crc32(w2) * _MIX_B + crc32(w3)) mod 2^32``;
    a text of one or two words has the single shingle ``crc32(b" ".join(words))``. The whole batch is one
    byte buffer: word bounds, word CRCs and the mixing are a few numpy passes over it, with no per-word
    Python (the arrays returned are views into one result).
    """
    if not texts:
        return []
    parts = [_folded_bytes(t) for t in texts]
    joined = b" ".join(parts)
    buf = np.frombuffer(joined, dtype=np.uint8)
    edges = np.diff((buf != 32).view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    ids = _word_crcs(buf, starts, ends - starts).astype(np.uint64)
    # Where each text starts in ``joined`` (parts are joined by one space), then its first word and count.
    offsets = np.cumsum([0] + [len(part) + 1 for part in parts[:-1]])
    first = np.searchsorted(starts, offsets)
    counts = np.diff(first, append=len(starts))
    # Triples that straddle two texts are computed too and never used (slices below skip them).
    mixed = (ids[:-2] * _MIX_A + ids[1:-1] * _MIX_B + ids[2:]) & _MASK if len(ids) >= SHINGLE else ids[:0]
    out: list[np.ndarray] = []
    for f, n in zip(first.tolist(), counts.tolist(), strict=True):
        if n >= SHINGLE:
            out.append(mixed[f : f + n - SHINGLE + 1])
        elif n:
            words = b" ".join(
                joined[s:e] for s, e in zip(starts[f : f + n].tolist(), ends[f : f + n].tolist(), strict=True)
            )
            out.append(np.array([zlib.crc32(words)], dtype=np.uint64))
        else:
            out.append(np.empty(0, dtype=np.uint64))
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
    """Return the similarity when ``b`` (the newer) is a repost of ``a``, else ``None``."""
    if not within_window(day_of(date_a), day_of(date_b)):
        return None
    return repost_score(a, b)


def repost_score(
    a: set[int], b: set[int], a_seq: np.ndarray | None = None, b_seq: np.ndarray | None = None
) -> float | None:
    """``is_repost`` without the date window: the similarity when ``b``'s shingles make it a repost of ``a``.

    With the texts' shingles in order (``shingle_arrays``), a pair that fails both measures is also tried
    as one shared block (``block_score``). Of two texts, one over ``COMPILATION_RATIO`` times the other's
    size and ``COMPILATION_MIN_EXTRA`` shingles larger is a compilation holding the smaller among much else
    (a digest quoting the statement): in neither order is one a repost of the other, since taking it for
    one would drop the new text's own coding.
    """
    if not a or not b:
        return None
    # |a ∪ b| = |a| + |b| - |a ∩ b|: the same count without building the union set (hot in bulk import).
    la, lb = len(a), len(b)
    big, small = (la, lb) if la >= lb else (lb, la)
    if big > COMPILATION_RATIO * small and big - small > COMPILATION_MIN_EXTRA:
        return None  # a compilation and an excerpt of it, whichever was stored first
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
    if ok:
        return max(jaccard, containment)
    if a_seq is None or b_seq is None or containment < BLOCK_SHARE_MIN or inter < BLOCK_MIN:
        return None
    return block_score(a_seq, b_seq)


def shared_block(seq: np.ndarray, other: np.ndarray) -> tuple[int, int]:
    """The largest block of ``seq``'s shingles found in ``other``, in order, with at most ``BLOCK_MAX_GAPS``
    gaps of at most ``BLOCK_GAP`` shingles: (shingles matched in it, position in ``seq`` where it starts)."""
    matched = np.flatnonzero(np.isin(seq, other))
    if not len(matched):
        return 0, 0
    steps = np.diff(matched)
    cuts = np.flatnonzero(steps > 1) + 1
    starts = np.concatenate(([0], cuts)).tolist()
    sizes = np.diff(np.concatenate((starts, [len(matched)]))).tolist()
    bridgeable = (steps[cuts - 1] <= BLOCK_GAP + 1).tolist()  # the gap before run k+1
    best = (0, 0)
    for k in range(len(sizes)):
        total = sizes[k]
        for j in range(k + 1, min(k + BLOCK_MAX_GAPS + 1, len(sizes))):
            if not bridgeable[j - 1]:
                break
            total += sizes[j]
        if total > best[0]:
            best = (total, int(matched[starts[k]]))
    return best


def block_score(a_seq: np.ndarray, b_seq: np.ndarray) -> float | None:
    """The smaller block share when two texts (shingles in order) share one block that makes a repost."""
    if not len(a_seq) or not len(b_seq):
        return None
    in_a, start_a = shared_block(a_seq, np.unique(b_seq))
    in_b, start_b = shared_block(b_seq, np.unique(a_seq))
    if min(in_a, in_b) < BLOCK_MIN or (start_a > BLOCK_GAP and start_b > BLOCK_GAP):
        return None
    share_a, share_b = in_a / len(a_seq), in_b / len(b_seq)
    low, high = min(share_a, share_b), max(share_a, share_b)
    return low if low >= BLOCK_SHARE_MIN and high >= BLOCK_SHARE_ONE else None


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
