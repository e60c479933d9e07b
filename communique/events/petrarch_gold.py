"""Read PETRARCH-style validation records (``<Sentence>`` + ``<EventCoding>`` XML) as gold for ``evaluate``.

The format is the one of PETRARCH-2 / UniversalPetrarch validation files: each ``<Sentence id=... date=...>``
carries zero or more ``<EventCoding sourcecode= targetcode= eventcode=>`` rows (or ``noevents="True"``) and a
``<Text>``. Real files are not always well-formed XML (self-closing openers followed by a closing tag, banners
outside comments), so records are read with bounded regular expressions rather than an XML parser.

Only files with real CAMEO actor and event codes make sense here (e.g. ``PETR2_GSR_validation.xml``); the
PETRARCH unit tests use invented actors and test-only event codes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from communique.events.evaluate import NONE, STATEMENT, GoldRecord, _mapped_category
from communique.model import CommuniqueError, InputError

MAX_PETRARCH_BYTES = 20_000_000
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)</Sentence>", re.DOTALL)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CAMEO = re.compile(r"^\d{3,4}$")


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _actor_country(code: str) -> list[str]:
    """The country part of a CAMEO actor code ("USAGOV" → USA); unknown ("---") or non-codes give nothing."""
    code = code.strip().upper()
    return [code[:3]] if re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", code) else []


def load_petrarch(path: str | Path) -> list[GoldRecord]:
    """Read a PETRARCH validation XML file: one gold record per sentence, scored on its first coded event.

    A sentence whose codings are all ``noevents`` is gold "no event". With several codings, the first one
    gives the category (mapped from CAMEO to PLOVER by communique's own table; CAMEO 01 is scored as
    STATEMENT), and the codings sharing that category give the source/target countries. Record numbers follow
    file order, so ``--half odd|even`` splits them the same way every time.
    """
    p = Path(path)
    try:
        if p.stat().st_size > MAX_PETRARCH_BYTES:
            raise InputError(str(p), "file too large for a validation file")
        raw = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(p), f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(p), f"not UTF-8 text: {exc}") from exc
    body = _COMMENT.sub("", raw)
    records: list[GoldRecord] = []
    for n, match in enumerate(_SENTENCE.finditer(body), 1):
        attrs = _attrs(match.group(1))
        rid = attrs.get("id") or f"sentence-{n}"
        text_match = _TEXT.search(match.group(2))
        if text_match is None:
            raise InputError(str(p), f"{rid}: sentence without <Text>")
        text = " ".join(html.unescape(text_match.group(1)).split())
        codings = [_attrs(c) for c in _CODING.findall(match.group(2))]
        coded = [c for c in codings if c.get("noevents", "").lower() != "true" and "error" not in c]
        if not coded and not any(c.get("noevents", "").lower() == "true" for c in codings):
            continue  # parser-error records test a coder's error handling, not its events
        category, cameo, sources, targets = NONE, None, [], []
        if coded:
            cameo = coded[0].get("eventcode", "").strip()
            if not _CAMEO.match(cameo):
                raise InputError(str(p), f"{rid}: event code {cameo!r} is not a CAMEO code")
            category = _mapped_category(cameo) or NONE
            for c in coded:
                code = c.get("eventcode", "").strip()
                if _CAMEO.match(code) and (_mapped_category(code) or NONE) == category:
                    sources += _actor_country(c.get("sourcecode", ""))
                    targets += _actor_country(c.get("targetcode", ""))
        records.append(
            GoldRecord(
                id=rid,
                number=n,
                text=text,
                category=category,
                sources=sources,
                targets=targets,
                reciprocal=False,
                cameo=cameo,
            )
        )
    if not records:
        raise CommuniqueError(f"{p}: no <Sentence> records found")
    return records


__all__ = ["STATEMENT", "load_petrarch"]
