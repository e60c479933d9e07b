"""Stance stage: each issuer's position on issues, with evidence.

Skeleton: the issue dictionary and polarity rules land with issue 5; until then no stance is derived.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from communique.model import Actor, Document, Event, Stance


@dataclass
class IssueDictionary:
    """Issues loaded from YAML."""

    issues: list[dict[str, object]] = field(default_factory=list)


def load_issues(extra: Sequence[str | Path] = ()) -> IssueDictionary:
    """Load the bundled issue dictionary plus the user's files."""
    return IssueDictionary()


def derive_stances(
    document: Document,
    sdoc: Doc,
    actors: list[Actor],
    events: list[Event],
    issues: IssueDictionary,
    adhoc: Sequence[str] = (),
) -> list[Stance]:
    """Return the stances the document's issuers take."""
    return []
