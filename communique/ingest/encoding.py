"""Decode input bytes: UTF-8 first, then BOMs and common legacy encodings; refuse binary data."""

from __future__ import annotations

import codecs
import re

from communique.model import InputError

# Bytes that never occur in text files (NUL and most C0 controls); a few of them mean "binary".
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})["']""")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when the bytes are not UTF-8 and charset_normalizer has no confident answer.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252", "cp1251", "iso-8859-2", "koi8-r")


def looks_binary(data: bytes) -> bool:
    """True when a sample of ``data`` holds NUL bytes or many control bytes."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    # bytes.translate deletes in C: what it removes is the number of control bytes.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 200)


def _plausible(text: str) -> bool:
    """True when decoded text is mostly letters, digits, punctuation and spaces."""
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x80 <= ord(ch) < 0xA0)
    return bad <= len(sample) // 500


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or an XML declaration names, if Python knows it."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text or raise ``InputError`` ("binary file", "cannot decode ...")."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {encoding} text after a byte-order mark") from exc
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file (not text, HTML, a feed or JSONL)")
    try:
        return data.decode("utf-8")  # NUL-free UTF-8 is text; decoding first is the cheap common case
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise InputError(source, "binary file (not text, HTML, a feed or JSONL)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    declared = declared or declared_encoding(data)
    if declared and declared not in ("utf-8", "utf_8"):
        candidates.append(declared)
    if _western(data):
        # Accented letters inside ASCII words and lone typographic bytes: Windows-1252, whatever a
        # statistical guess says about a short text.
        candidates.append("cp1252")
    guess = _charset_guess(data)
    if guess:
        candidates.append(guess)
    candidates.extend(LEGACY_ENCODINGS)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    # Latin-1 decodes anything, so it is only a last resort for bytes that still look like text.
    text = data.decode("latin-1")
    if _plausible(text):
        return text
    raise InputError(source, "not valid UTF-8 and no legacy encoding fits")


def _western(data: bytes) -> bool:
    """True when the non-ASCII bytes look like Western European text: short runs inside Latin words."""
    runs = list(re.finditer(rb"[\x80-\xff]+", data[:200_000]))
    if not runs:
        return False
    latin = 0
    for run in runs:
        before = data[run.start() - 1 : run.start()]
        after = data[run.end() : run.end() + 1]
        next_to_letter = before.isalpha() or after.isalpha()
        if run.end() - run.start() <= 2 and (next_to_letter or run.end() - run.start() == 1):
            latin += 1
    return latin >= 0.8 * len(runs)


def _charset_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer comes with requests/trafilatura
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    return str(best.encoding)
