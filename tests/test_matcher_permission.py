"""A permission verb's complement: the parser makes "allowed fuel trucks to enter Gaza" a clause with its own
subject, so what is allowed ("trucks") and what it is allowed to do ("enter", "into") are phrase words of the
permission verb."""

from __future__ import annotations

from communique.model import Document


def _codes(coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code_document(Document(id="p", text=text, date="2024-01-05")).events]


def test_what_is_allowed_to_move_in_is_a_phrase_word(coder):
    assert "0863" in _codes(coder, "Israel allowed fuel trucks to enter Gaza."), _codes(
        coder, "Israel allowed fuel trucks to enter Gaza."
    )
    assert "0863" in _codes(coder, "Egypt allowed aid convoys to cross into Gaza on Sunday.")


def test_a_permission_to_do_something_else_is_not_aid_access(coder):
    assert "0863" not in _codes(coder, "Israel allowed fuel prices to rise.")
