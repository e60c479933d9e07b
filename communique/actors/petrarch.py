"""Import PETRARCH / TABARI / Phoenix dictionaries (``*.actors.txt``, ``*.agents.txt``) as actor entries.

Actors format::

    UNITED_STATES  [USA]          # a name, ``_`` joins words, ``#`` starts a comment
    +U.S.                         # a synonym of the entry above
    GOLLUM                        # codes may follow on indented lines, with date restrictions:
        [HOB <950601]             #   before   (YYMMDD or YYYYMMDD)
        [HOBGOV 19950601-19990815]#   between
        [HOBREB >990816]          #   after
        [HOBELI]                  #   undated: the default outside every dated code

Agents format: ``NAME {PLURAL,...} [~SECTORS]`` (``~`` stands for the actor's country: ``[~MIL]``;
``[NGO~]`` puts the agent code first), ``{}`` means no plural, ``!MACRO! = A, B`` defines a substitution.
Structural problems (a synonym or code line with no entry, an unclosed bracket) raise ``DictionaryError``
with the line; odd values seen in real files (an impossible date, a code such as ``ELR/GAL`` or ``---``) are
skipped and counted in one logged warning, so a user can bring the dictionaries they already curate.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from communique.actors.loader import ActorEntry, Term, _read_text
from communique.model import DictionaryError

log = logging.getLogger(__name__)

_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_PETR_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
_BOUND = re.compile(r"^([<>])\s*(\d{6,8})$")
_MACRO = re.compile(r"^(![A-Za-z]+!)\s*=\s*(.+)$")


@dataclass
class _Block:
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, restriction)


def petr_date(text: str) -> dt.date:
    """Parse a PETRARCH date: YYYYMMDD, or YYMMDD with years up to 30 read as 20YY (as PETRARCH does)."""
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        raise ValueError(text)
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _clean_name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _strip_comment(line: str) -> str:
    pos = line.find("#")
    return line if pos < 0 else line[:pos]


class _Unbalanced(ValueError):
    pass


def _codes_in(text: str, path: str, lineno: int) -> tuple[str, list[str]]:
    """Return (text before the first bracket, the bracket contents); ``_Unbalanced`` if stray."""
    if text.count("[") != text.count("]"):
        raise _Unbalanced(f"{path}:{lineno} unbalanced brackets")
    head = text.split("[", 1)[0]
    return head, [m.group(1).strip() for m in _BRACKET.finditer(text)]


def _is_comment(line: str) -> bool:
    s = line.strip()
    return not s or s.startswith(("#", "<", "--"))


def entries_from_petrarch(path: Path) -> list[ActorEntry]:
    """Read a PETRARCH actors or agents file (picked by its name, else by its content)."""
    text = _read_text(path)
    lines = text.splitlines()
    name = path.name.lower()
    if "agent" in name:
        is_agents = True
    elif "actor" in name:
        is_agents = False
    else:
        is_agents = any("[~" in ln or "~]" in ln for ln in lines[:5000])
    return _agents(lines, str(path)) if is_agents else _actors(lines, str(path))


def _actors(lines: list[str], path: str) -> list[ActorEntry]:
    blocks: list[_Block] = []
    current: _Block | None = None
    skipped: list[str] = []
    for lineno, raw in enumerate(lines, start=1):
        if _is_comment(raw):
            continue
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        try:
            current = _actor_line(line, lineno, path, current, blocks)
        except _Unbalanced as exc:
            # Real dictionaries carry typos such as "+FAEROYENE]_": skip the line, report it once.
            skipped.append(str(exc))
    out: list[ActorEntry] = []
    for block in blocks:
        entry = _block_entry(block, path, skipped)
        if entry is not None:
            out.append(entry)
    if skipped:
        log.warning(
            "%s: skipped %d unusable line(s), code(s) or code-less entries, e.g. %s",
            path,
            len(skipped),
            "; ".join(skipped[:5]),
        )
    return out


def _actor_line(
    line: str, lineno: int, path: str, current: _Block | None, blocks: list[_Block]
) -> _Block | None:
    if line[0] in " \t" and line.strip().startswith("["):
        body = line.strip()
        if current is None:
            raise DictionaryError(path, lineno, "indented code line before any actor entry")
        _, codes = _codes_in(body, path, lineno)
        current.codes.extend(_split_restriction(c) for c in codes)
    elif line.startswith("+"):
        if current is None:
            raise DictionaryError(path, lineno, "synonym '+' line before any actor entry")
        head, codes = _codes_in(line[1:], path, lineno)
        if head.strip():
            current.names.append(_clean_name(head))
        current.codes.extend(_split_restriction(c) for c in codes)
    else:
        head, codes = _codes_in(line.strip(), path, lineno)
        if not head.strip():
            raise DictionaryError(path, lineno, "entry without a name")
        if current is not None and not current.codes:
            # Consecutive names before one code list are synonyms ("IVO JOSIPOVIC" / "PRESIDENT JOSIPOVIC").
            current.names.append(_clean_name(head))
            current.codes.extend(_split_restriction(c) for c in codes)
            return current
        current = _Block(line=lineno, names=[_clean_name(head)])
        current.codes.extend(_split_restriction(c) for c in codes)
        blocks.append(current)
    return current


def _split_restriction(body: str) -> tuple[str, str]:
    parts = body.split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1].strip() if len(parts) > 1 else ""


def _block_entry(block: _Block, path: str, skipped: list[str]) -> ActorEntry | None:
    terms: list[Term] = []
    default: str | None = None
    where = f"{path}:{block.line}"
    for code, restriction in block.codes:
        code = code.upper()
        if not _PETR_CODE.match(code):
            skipped.append(f"{where} code {code!r}")
            continue
        if not restriction:
            default = default or code
            continue
        try:
            if m := _RANGE.match(restriction):
                start, end = petr_date(m.group(1)), petr_date(m.group(2))
                terms.append(Term(code, start, end))
            elif m := _BOUND.match(restriction):
                day = petr_date(m.group(2))
                # "<D" means before D, ">D" means from D on.
                terms.append(
                    Term(code, None, day - dt.timedelta(days=1)) if m.group(1) == "<" else Term(code, day)
                )
            else:
                raise ValueError(restriction)
        except ValueError:
            skipped.append(f"{where} restriction {restriction!r}")
    if not terms and default is None:
        skipped.append(f"{where} {block.names[0]!r} has no code")
        return None
    codes = [t.code for t in terms] + ([default] if default else [])
    if terms:
        kind = "person"
    elif all(len(c) == 3 for c in codes):
        kind = "country"
    else:
        kind = "org"
    return ActorEntry(
        id=f"petrarch:{Path(path).name}:{block.line}",
        name=block.names[0].title(),
        kind=kind,
        names=tuple(dict.fromkeys(n for n in block.names if n)),
        code=default,
        terms=tuple(terms),
        caps_names=True,
        source=where,
    )


def _agents(lines: list[str], path: str) -> list[ActorEntry]:
    macros: dict[str, list[str]] = {}
    out: list[ActorEntry] = []
    skipped: list[str] = []
    for lineno, raw in enumerate(lines, start=1):
        if _is_comment(raw):
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if m := _MACRO.match(line):
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        try:
            head, codes = _codes_in(line, path, lineno)
        except _Unbalanced as exc:
            skipped.append(str(exc))
            continue
        plurals: list[str] | None = None
        if "{" in head:
            if head.count("{") != head.count("}"):
                skipped.append(f"{path}:{lineno} unbalanced braces")
                continue
            inner = head[head.index("{") + 1 : head.index("}")]
            plurals = [p.strip() for p in inner.split(",") if p.strip()]
            head = head[: head.index("{")] + head[head.index("}") + 1 :]
        name = head.strip()
        if not name:
            raise DictionaryError(path, lineno, "agent without a name")
        if not codes:
            skipped.append(f"{path}:{lineno} {name!r} has no code")
            continue
        code = codes[0].replace(" ", "").upper()
        prefix = code.endswith("~") and not code.startswith("~")
        body = code.strip("~")
        if "~" in body or not body or not re.fullmatch(r"[A-Z0-9]+", body):
            skipped.append(f"{path}:{lineno} code {codes[0]!r}")
            continue
        sectors = [body[i : i + 3] for i in range(0, len(body), 3)]
        names = _expand_macros(name, macros)
        forms: list[str] = []
        for n in names:
            forms.append(_clean_name(n))
        for p in plurals or []:
            forms.extend(_clean_name(x) for x in _expand_macros(p, macros))
        out.append(
            ActorEntry(
                id=f"petrarch:{Path(path).name}:{lineno}",
                name=_clean_name(names[0]).lower(),
                kind="agent",
                names=tuple(dict.fromkeys(f for f in forms if f)),
                sectors=tuple(sectors),
                prefix=prefix,
                caps_names=True,
                source=f"{path}:{lineno}",
            )
        )
    if skipped:
        log.warning("%s: skipped %d agent line(s), e.g. %s", path, len(skipped), "; ".join(skipped[:5]))
    return out


def _expand_macros(name: str, macros: dict[str, list[str]]) -> list[str]:
    names = [name]
    for _ in range(3):  # nested macros are rare; bound the expansion
        expanded: list[str] = []
        for n in names:
            m = re.search(r"![A-Za-z]+!", n)
            if m and m.group(0) in macros:
                expanded.extend(n[: m.start()] + sub + n[m.end() :] for sub in macros[m.group(0)])
            else:
                expanded.append(n.replace("!", "") if m else n)
        names = expanded
    return names[:50]
