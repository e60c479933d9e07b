"""code_texts' dict items as a data frame gives them (RV17-io 5): fields of the wrong type are named, a
frame's missing values (NaN, NaT, pandas.NA) are missing, and errors="skip" skips bad items, never a bug."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

import communique
from communique.model import InputError, InputWarning

TEXT = "The Government of Chile welcomed the agreement between the two governments on the border crossings."


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"text": TEXT, "title": 5}, '"title" must be a string'),
        ({"text": TEXT, "url": ["http://example.org"]}, '"url" must be a string'),
        ({"text": TEXT, "issuers": b"France"}, '"issuers" must be a string or a list of strings'),
        ({"text": TEXT, "issuers": ["France", 7]}, '"issuers" must be a string or a list of strings'),
    ],
)
def test_a_field_of_the_wrong_type_is_an_input_error_naming_it(item: dict, field: str) -> None:
    """A title of 5 was a TypeError deep in the title finder; issuers=b"France" an AttributeError."""
    with pytest.raises(InputError, match=field) as raised:
        list(communique.code_texts([item]))
    assert raised.value.source == "<text 0>"


def test_a_data_frames_missing_values_are_missing_fields() -> None:
    """records() of a frame with gaps gives NaN titles and NaT/NA dates: they were 'not a date' errors."""
    frame = pd.DataFrame(
        {
            "text": [TEXT, TEXT, TEXT],
            "title": ["Chile and Peru", math.nan, None],
            "date": [pd.Timestamp("2023-04-05"), pd.NaT, pd.NA],
            "url": [math.nan, "https://example.org/a", math.nan],
        }
    )
    coded = list(communique.code_texts(frame.to_dict("records")))
    assert [c.document.date for c in coded] == ["2023-04-05", None, None]
    assert coded[0].document.title == "Chile and Peru"
    assert coded[1].document.title != "nan" and coded[2].document.title != "nan"
    assert coded[0].document.url is None and coded[1].document.url == "https://example.org/a"


def test_skip_passes_a_bug_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """errors="skip" caught every TypeError, so a bug inside the coder was reported as a skipped item."""
    import communique.ingest

    def broken(*args: object, **kwargs: object) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(communique.ingest, "document_from_text", broken)
    with pytest.raises(TypeError, match="a bug"):
        list(communique.code_texts([TEXT], errors="skip"))


def test_skip_still_skips_an_item_of_the_wrong_type() -> None:
    """A number among the texts is a bad item: skipped with its index, the rest coded."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        coded = list(communique.code_texts([5, {"text": TEXT, "title": 3}, TEXT], errors="skip"))
    assert len(coded) == 1
    messages = [str(w.message) for w in seen if issubclass(w.category, InputWarning)]
    assert messages[0].startswith("<text 0>: skipped: expected a string")
    assert messages[1] == '<text 1>: skipped: "title" must be a string, not int'
