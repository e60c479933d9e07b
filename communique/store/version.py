"""The dictionary version used for coding: a hash of every dictionary file the coder loads."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _files(extra: Sequence[str | Path]) -> list[Path]:
    bundled = sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".txt"})
    return bundled + [Path(p) for p in extra]


def dictionary_version(options: Any = None) -> tuple[str, dict[str, Any]]:
    """Return ``(hash, detail)`` for the bundled dictionaries plus the user files in ``CodingOptions``.

    The hash covers file names and contents (bundled actors, patterns, issues and the user's extra files),
    the spaCy model name, ad-hoc issues and whether semantic matching served them, so two corpora coded alike
    share a version and a changed dictionary is visible per document.
    """
    extra: list[str | Path] = []
    model = None
    adhoc: tuple[str, ...] = ()
    if options is not None:
        extra = [*options.actor_files, *options.pattern_files, *options.issue_files]
        model = options.model
        adhoc = tuple(options.adhoc_issues)
    # Sentence-embedding matching changes the stances on the issues a user asks for (``--issue``) where its
    # extra is installed and on: part of the version then. Imported only then: the stance package loads
    # spaCy and torch (3.6 s), which a bulk import of already-coded records must not pay.
    semantic = False
    if adhoc:
        from communique.stance.semantic import enabled as semantic_enabled

        semantic = semantic_enabled()
    return _version(tuple(str(p) for p in extra), model, adhoc, semantic)


@lru_cache(maxsize=32)
def _version(
    extra: tuple[str, ...], model: str | None, adhoc: tuple[str, ...], semantic: bool = False
) -> tuple[str, dict[str, Any]]:
    digest = hashlib.sha256()
    names = []
    for path in _files(extra):
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        name = str(path.relative_to(DATA_DIR)) if path.is_relative_to(DATA_DIR) else str(path)
        names.append(name)
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    digest.update(f"model={model}\0adhoc={'|'.join(adhoc)}".encode())
    if semantic:  # only when on, so versions coded without the extra keep their hash
        digest.update(b"\0semantic")
    detail = {"files": names, "model": model, "adhoc_issues": list(adhoc), "semantic": semantic}
    return digest.hexdigest()[:16], detail
