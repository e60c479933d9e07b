"""Hyphenated words the tokenizer splits ("de-escalate": "de" "-" "escalate", "test-fired") are matched as
the whole word the dictionary names: as a trigger (its head part triggers, the other parts are phrase words)
and as a phrase word of another trigger ("agreed to de-escalate")."""

from __future__ import annotations

from communique.events.loader import PatternSet
from communique.events.matcher import match_sentence
from communique.nlp.pipeline import get_nlp
from communique.nlp.view import doc_view


def _matches(text: str, patterns: PatternSet) -> list[tuple[str, str, list[str]]]:
    view = doc_view(get_nlp()(text))
    return [
        (m.pattern.id, m.token.text, [w.text for w in m.words])
        for s in view.sents
        for m in match_sentence(s, patterns)
    ]


def test_a_split_hyphenated_trigger_fires_as_one_word(coder):
    got = _matches("North Korea test-fired two ballistic missiles on Sunday.", coder.patterns)
    fired = [m for m in got if m[1] == "fired"]
    assert fired and fired[0][0].startswith("150:test-fire"), got
    assert {"test", "-"} <= set(fired[0][2])  # the whole word is the evidence


def test_a_split_hyphenated_phrase_word_counts(coder):
    got = _matches("Armenia and Azerbaijan agreed to de-escalate the situation.", coder.patterns)
    assert any(pid.startswith("0356:") and token == "agreed" for pid, token, _ in got), got


def test_only_words_written_with_the_hyphen_join(coder):
    # "de escalate" with spaces is no hyphenated word; a dash between words is no hyphen
    got = _matches("Armenia and Azerbaijan agreed to de - escalate.", coder.patterns)
    assert not any(pid.startswith("0356:") for pid, _, _ in got), got
