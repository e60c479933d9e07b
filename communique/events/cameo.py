"""CAMEO code names and communique's own CAMEO → PLOVER mapping, read from ``data/events/cameo.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from communique.model import DictionaryError

CAMEO_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "cameo.yaml"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its name and PLOVER labels."""

    code: str
    name: str
    plover: str | None
    mode: str | None
    context: tuple[str, ...] = field(default_factory=tuple)

    @property
    def root(self) -> str:
        """The two-digit CAMEO root."""
        return self.code[:2]


def _parse(path: Path) -> dict[str, CameoCode]:
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DictionaryError(str(path), mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise DictionaryError(str(path), None, "expected a mapping of CAMEO codes")
    lines = {line.split(":", 1)[0].strip().strip('"'): n for n, line in enumerate(text.splitlines(), 1)}
    table: dict[str, CameoCode] = {}
    for code, value in raw.items():
        code = str(code)
        line = lines.get(code)
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise DictionaryError(str(path), line, f"{code!r} is not a 2- to 4-digit CAMEO code")
        if not isinstance(value, list) or len(value) != 4:
            raise DictionaryError(str(path), line, f"{code}: expected [name, plover, mode, context]")
        name, plover, mode, context = value
        contexts = tuple(c.strip() for c in str(context or "").split(";") if c.strip())
        table[code] = CameoCode(code, str(name), plover or None, mode or None, contexts)
    for code in table:
        if len(code) > 2 and code[:2] not in table:
            raise DictionaryError(str(path), lines.get(code), f"{code}: root {code[:2]} is not defined")
    return table


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Return the bundled CAMEO table, loaded once."""
    return _parse(CAMEO_FILE)


def lookup(code: str) -> CameoCode | None:
    """Return the entry for a CAMEO code (falling back to its 3-digit parent for names only)."""
    return cameo_table().get(code)


def cameo_name(code: str) -> str:
    """Return the CAMEO name of a code."""
    entry = lookup(code)
    return entry.name if entry else ""


def plover_of(code: str) -> tuple[str | None, str | None, list[str]]:
    """Return ``(plover event, mode, contexts)`` for a CAMEO code."""
    entry = lookup(code) or lookup(code[:3]) or lookup(code[:2])
    if entry is None:
        return None, None, []
    return entry.plover, entry.mode, list(entry.context)
