"""Events stage: code who did what to whom, as CAMEO and PLOVER, with negation and modality.

Skeleton: the verb-pattern dictionary and coder land with issue 4; until then no event is coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from communique.model import Actor, Document, Event


@dataclass
class PatternSet:
    """Verb, nominal and evaluative patterns loaded from YAML."""

    patterns: list[dict[str, object]] = field(default_factory=list)


def load_patterns(extra: Sequence[str | Path] = ()) -> PatternSet:
    """Load the bundled event patterns plus the user's files."""
    return PatternSet()


def code_events(document: Document, sdoc: Doc, actors: list[Actor], patterns: PatternSet) -> list[Event]:
    """Return the events coded in a parsed document."""
    return []
