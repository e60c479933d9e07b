"""Events stage: code who did what to whom, as CAMEO and PLOVER, with negation, modality and reported speech.

``load_patterns`` reads the YAML pattern dictionary (``communique/data/events``) plus user files;
``code_events`` codes a parsed document given the actor mentions of the actors stage.
"""

from __future__ import annotations

from communique.events.coder import code_events, code_sentence, event_id
from communique.events.loader import Pattern, PatternSet, load_patterns

__all__ = ["Pattern", "PatternSet", "code_events", "code_sentence", "event_id", "load_patterns"]
