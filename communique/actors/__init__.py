"""Actors stage: find who acts and who is addressed, and resolve them to CAMEO-style codes.

- ``load_actor_dictionary(extra)``: bundled YAML (``communique/data/actors``) plus user YAML or PETRARCH
  ``.actors.txt``/``.agents.txt`` files; malformed files raise ``DictionaryError`` with file and line.
- ``resolve_actors(document, sdoc, dictionary)``: every mention as an ``Actor``, issuers too.
- ``resolve_name(name, date, dictionary)``: one bare name → ``Actor`` or None.
- ``ActorIndex(actors, sdoc)``: token index → actors, for the event coder (same span = one compound).
- ``body_spans(actors, dictionary)``: character spans of the mentions that name a body ("the EU Election
  Observation Mission"), for the stance stage; ``body_heads``: the same with each body's kind word ("court").
- ``organisation_key(code)``: the organisation an international code belongs to ("IGOUNSC" → "IGOUN").
"""

from __future__ import annotations

from communique.actors.keys import organisation_key
from communique.actors.loader import ActorDictionary, ActorEntry, Term, load_actor_dictionary, split_code
from communique.actors.resolver import (
    ActorIndex,
    body_heads,
    body_spans,
    resolve_actors,
    resolve_issuers,
    resolve_name,
)

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "ActorIndex",
    "Term",
    "body_heads",
    "body_spans",
    "load_actor_dictionary",
    "organisation_key",
    "resolve_actors",
    "resolve_issuers",
    "resolve_name",
    "split_code",
]
