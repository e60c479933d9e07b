"""code_texts(errors="skip") (UX17b): a bad item in a long batch is skipped with a warning, the rest coded."""

from __future__ import annotations

import warnings

import pytest

import communique
from communique.model import InputError, InputWarning

FIRST = "The Government of France condemned the missile attack on the port on Monday and urged restraint."
LAST = "The European Union welcomed the agreement between the two governments on the border crossings."
FRENCH = (
    "Le gouvernement français condamne fermement l'attaque de missiles contre le port et appelle toutes "
    "les parties à la retenue et au dialogue."
)
BATCH = [
    FIRST,
    "   ",
    {"title": "a title and no text"},
    None,
    {"text": FRENCH, "source": "press-fr.txt"},
    {"text": FIRST, "date": "someday"},
    {"text": LAST, "id": "last"},
]


def test_skip_codes_the_good_items_and_warns_of_each_bad_one_by_index():
    """code_texts stopped at the first bad item; a notebook coding thousands of texts lost the rest."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coded = list(communique.code_texts(BATCH, errors="skip"))
    assert [c.document.text for c in coded] == [FIRST, LAST]
    assert coded[1].document.external_id == "last"
    assert coded[0].events  # the good items are coded as usual
    skipped = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert skipped == [
        "<text 1>: skipped: empty: no text to code",
        '<text 2>: skipped: missing "text" (a string)',
        '<text 3>: skipped: expected a string or a dict with "text", not NoneType',
        "<text 4> (press-fr.txt): skipped: language fr is not supported (English only)",
        "<text 5>: skipped: date 'someday' is not a date (YYYY-MM-DD or e.g. 5 April 2023)",
    ]


def test_the_default_still_raises_at_the_first_bad_item():
    stream = communique.code_texts(BATCH)
    with pytest.raises(InputError, match=r"^<text 1>: empty: no text to code$"):
        list(stream)
    with pytest.raises(InputError):
        list(communique.code_texts(BATCH, errors="raise"))


def test_an_unknown_errors_value_is_refused_at_the_call():
    with pytest.raises(ValueError, match="errors must be 'raise' or 'skip', not 'ignore'"):
        communique.code_texts([FIRST], errors="ignore")  # type: ignore[arg-type]


def test_skip_with_nothing_good_yields_nothing():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert list(communique.code_texts(["", None], errors="skip")) == []
    assert len([w for w in caught if issubclass(w.category, InputWarning)]) == 2
