"""A plural head over a list of countries is found one way, whatever the first country's name holds (UX20b).

"Joint statement by the Presidents of the Republic of Korea and of the United States" gave "Presidents of the
Republic of the United States": one path took the first item's last "of" as the end of the head. The head is
now always the plural head's own "of", and a repeated "of" (", of Japan", "and of ...") starts an item. The
titles below are our own.
"""

from __future__ import annotations

import pytest

from communique.ingest.issuers import issuers_from_title


@pytest.mark.parametrize(
    ("title", "names"),
    [
        (
            "Joint statement by the Presidents of the Republic of Korea and of the United States on trade",
            ["Presidents of the Republic of Korea", "Presidents of the United States"],
        ),
        (
            "Joint statement by the Presidents of the Republic of Korea and the United States",
            ["Presidents of the Republic of Korea", "Presidents of the United States"],
        ),
        (
            "Joint statement of the Foreign Ministers of the Republic of Korea, Japan and the United States",
            [
                "Foreign Ministers of the Republic of Korea",
                "Foreign Ministers of Japan",
                "Foreign Ministers of the United States",
            ],
        ),
        (
            "Joint statement by the Presidents of the Republic of Korea, of Japan and of the United States",
            [
                "Presidents of the Republic of Korea",
                "Presidents of Japan",
                "Presidents of the United States",
            ],
        ),
        (
            "Joint statement by the Prime Ministers of Australia and of New Zealand on fisheries",
            ["Prime Ministers of Australia", "Prime Ministers of New Zealand"],
        ),
        (
            "Joint statement by the Leaders of the Republic of Moldova and of Romania",
            ["Leaders of the Republic of Moldova", "Leaders of Romania"],
        ),
    ],
)
def test_the_head_ends_at_the_plural_heads_own_of(title, names):
    assert [name for name, _span in issuers_from_title(title)] == names


def test_an_office_after_the_countries_is_still_an_issuer_of_its_own():
    title = (
        "Joint statement of the Foreign Ministers of the Republic of Korea, of Japan"
        " and the High Representative of the EU"
    )
    names = [name for name, _span in issuers_from_title(title)]
    assert names[:2] == ["Foreign Ministers of the Republic of Korea", "Foreign Ministers of Japan"]
    assert "Foreign Ministers of the High Representative of the EU" not in names
