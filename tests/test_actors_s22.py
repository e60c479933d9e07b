"""Twenty-second session (AC22), issuers: a party named after its own state is not another state's party of
the same words ("Malawi Congress Party" is not India's Congress); a one-word group name opening a longer name
is not that group ("Plateforme des ..." is not Mali's armed-group platform); kinds of judges', enterprise and
legal-aid bodies."""

from __future__ import annotations

import pytest

from .test_actors import resolve

# -- an issuer's party named by another state's party words -------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("Malawi Congress Party", "MWIPTY"),  # not India's Congress
        ("Zambian Democratic Party", "ZMBPTY"),  # not the US Democrats
        ("Kenya Republican Party", "KENPTY"),
    ],
)
def test_a_party_named_after_its_state_is_that_states(coder, issuer, code):
    _, document, _ = resolve(coder, "We condemn the arrests.", issuers=(issuer,), date="2024-05-03")
    assert [i.code for i in document.issuers] == [code]


@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("Democratic Party", "USAPTY"),
        ("US Republican Party", "USAPTY"),
        ("Indian National Congress", "INDPTY"),
    ],
)
def test_the_party_the_dictionary_knows_keeps_its_code(coder, issuer, code):
    _, document, _ = resolve(coder, "We condemn the arrests.", issuers=(issuer,), date="2024-05-03")
    assert [i.code for i in document.issuers] == [code]


# -- kinds: judges', enterprise and legal-aid bodies; a one-word group opening a longer name --------------


@pytest.mark.parametrize(
    ("issuer", "text", "code"),
    [
        ("Unione dei Magistrati", "The reform of the Italian courts threatens their independence.", "ITAJUD"),
        ("Asociación de Jueces", "Judges in Peru must be free of pressure from Congress.", "PERJUD"),
        ("Confederation of Danish Enterprise", "We welcome the budget.", "DNKBUS"),
        ("Consejo Nacional Empresarial", "Chile needs legal certainty for investment.", "CHLBUS"),
        ("Kenyan Centre for Legal Aid", "We call for the release of the detainees.", "KENNGO"),
    ],
)
def test_kinds_of_the_twenty_second_session(coder, issuer, text, code):
    _, document, _ = resolve(coder, text, issuers=(issuer,), date="2024-05-03")
    assert [i.code for i in document.issuers] == [code]


def test_a_one_word_group_name_opening_a_longer_name_is_not_that_group(coder):
    # "Plateforme" alone is Mali's armed-group platform; a longer name it opens is another body
    _, document, _ = resolve(
        coder,
        "Gangs killed dozens of people in Haiti last week.",
        issuers=("Plateforme des Associations Haïtiennes des Droits Humains",),
        date="2024-05-03",
    )
    assert [i.code for i in document.issuers] == ["HTINGO"]
