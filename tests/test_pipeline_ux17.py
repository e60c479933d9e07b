"""The Python API as a notebook user calls it (UX17): wrong types, dates and issuers, bad items in a batch."""

from __future__ import annotations

import datetime as dt

import pytest

import communique
from communique.model import InputError

T = "The Government of France condemned the missile attack on the port on Monday and urged restraint."


@pytest.mark.parametrize("bad", [5, T.encode(), None, ["a text"]])
def test_code_text_refuses_what_is_not_a_string_in_its_own_words(bad):
    """code_text(b'...') died inside unicodedata: 'normalize() argument 2 must be str, not bytes'."""
    with pytest.raises(TypeError, match=r"^code_text: text must be a str, not "):
        communique.code_text(bad)


def test_a_date_that_cannot_be_read_is_an_error_not_dropped():
    """code_text(text, date='someday') dropped the date in silence (the CLI, API and JSONL refuse it)."""
    with pytest.raises(InputError, match=r"<text>: date 'someday' is not a date"):
        communique.code_text(T, date="someday")
    with pytest.raises(InputError, match=r"<text 1>: date 'soon' is not a date"):
        list(communique.code_texts([T, {"text": T, "date": "soon"}]))


def test_dates_come_as_strings_written_out_or_as_date_objects():
    """A datetime.date (what a DataFrame column holds) raised AttributeError: no attribute 'strip'."""
    assert communique.code_text(T, date=dt.date(2023, 4, 5)).document.date == "2023-04-05"
    assert communique.code_text(T, date=dt.datetime(2023, 4, 5, 17, 30)).document.date == "2023-04-05"
    assert communique.code_text(T, date="5 April 2023").document.date == "2023-04-05"
    (coded,) = communique.code_texts([{"text": T, "date": dt.date(2021, 1, 2)}])
    assert coded.document.date == "2021-01-02"


def test_one_issuer_given_as_a_string_is_one_issuer():
    """issuers='France' made six issuers: 'F', 'r', 'a', 'n', 'c', 'e'."""
    coded = communique.code_text(T, issuers="France")
    assert [(a.name, a.code) for a in coded.document.issuers] == [("France", "FRA")]
    (coded,) = communique.code_texts([{"text": T, "issuers": "France"}])
    assert [a.name for a in coded.document.issuers] == ["France"]


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"title": "no text"}, '<text 0>: missing "text" (a string)'),
        ({"text": 5}, '<text 0>: "text" must be a string'),
        (None, '<text 0>: expected a string or a dict with "text", not NoneType'),
        (7, '<text 0>: expected a string or a dict with "text", not int'),
    ],
)
def test_a_bad_item_in_code_texts_is_named(item, problem):
    """KeyError: 'text', or "'NoneType' object is not subscriptable", with no word of which item."""
    with pytest.raises((InputError, TypeError)) as caught:
        list(communique.code_texts([item]))
    assert str(caught.value) == problem


def test_code_texts_given_one_string_says_to_call_code_text():
    """code_texts('one text') coded each character as a text and died on the first space."""
    with pytest.raises(TypeError, match="code_texts takes an iterable of texts; for one text use code_text"):
        list(communique.code_texts(T))
