"""A joint statement titled by its ministers' plural office over two countries has two issuers (UX20).

"Joint statement by the foreign ministers of Canada and Australia on ..." gave no issuers at all: the list
"Canada and Australia" follows an "of", and "and" never splits a side that holds an "of", so the plural
head was not distributed. The titles below are our own.
"""

from __future__ import annotations

import pytest

from communique.ingest.issuers import issuers_from_title


@pytest.mark.parametrize(
    ("title", "names"),
    [
        (
            "Joint statement by the foreign ministers of Norway and Iceland on fishing rights",
            ["foreign ministers of Norway", "foreign ministers of Iceland"],
        ),
        (
            "Joint statement by the Foreign Ministers of Chile and Peru on the border",
            ["Foreign Ministers of Chile", "Foreign Ministers of Peru"],
        ),
        (
            "Joint statement of the Heads of State and Government of Ghana and Togo",
            ["Heads of State and Government of Ghana", "Heads of State and Government of Togo"],
        ),
        (
            "Joint statement by the leaders of Kenya, Uganda and Rwanda on trade",
            ["leaders of Kenya", "leaders of Uganda", "leaders of Rwanda"],
        ),
    ],
)
def test_a_plural_office_over_two_countries_names_both(title, names):
    assert [name for name, _span in issuers_from_title(title)] == names


@pytest.mark.parametrize(
    "title",
    [
        # One country whose name has an "of" of its own: nothing to distribute.
        "Joint statement of the Foreign Ministers of the Republic of Korea and Japan on trade",
        # A singular office is one body, whatever follows.
        "Statement by the Ministry of Foreign Affairs of Ghana and Togo",
    ],
)
def test_what_is_not_a_plural_head_over_a_list_stays_as_it_was(title):
    assert len(issuers_from_title(title)) == 1
