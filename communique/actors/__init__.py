"""Actors stage: find who acts and who is addressed, and resolve them to CAMEO-style codes.

Skeleton: the dictionary and resolver land with issue 3; until then no actor is resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from communique.model import Actor, Document


@dataclass
class ActorDictionary:
    """Actor entries loaded from YAML (bundled and user files)."""

    entries: list[dict[str, object]] = field(default_factory=list)


def load_actor_dictionary(extra: Sequence[str | Path] = ()) -> ActorDictionary:
    """Load the bundled actor dictionaries plus the user's files."""
    return ActorDictionary()


def resolve_actors(document: Document, sdoc: Doc, dictionary: ActorDictionary) -> list[Actor]:
    """Return the actor mentions of a parsed document, resolving its issuers too."""
    return []
