"""Twenty-second session (AC22), issuers: a party named after its own state is not another state's party of
the same words ("Malawi Congress Party" is not India's Congress); a one-word group name opening a longer name
is not that group ("Plateforme des ..." is not Mali's armed-group platform); kinds of judges', enterprise and
legal-aid bodies."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown

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


# -- the European Commission's members; the High Representative of the Union -------------------------------


def test_commissioners_are_the_commissions_not_europes(coder):
    actors, _, _ = resolve(
        coder,
        "The European Commissioner for Energy met ministers in Oslo. Two EU commissioners will visit Kyiv.",
        date="2023-05-03",
    )
    assert found(actors, "European Commissioner") == ["IGOEUEC"], shown(actors)
    assert found(actors, "EU commissioners") == ["IGOEUEC"], shown(actors)


def test_the_high_representative_of_the_union_is_the_eus(coder):
    actors, _, _ = resolve(
        coder,
        "Peru closed its border. The High Representative of the Union called for restraint.",
        date="2023-05-03",
    )
    assert found(actors, "High Representative of the Union") == ["IGOEUEEAS"], shown(actors)


def test_a_commissioner_named_in_a_commissions_statement_is_the_commission(coder):
    actors, _, _ = resolve(
        coder,
        "Canada raised its duties on steel, said Agriculture Commissioner Anna Lindqvist on Friday.",
        issuers=("European Commission",),
        date="2023-05-03",
    )
    assert found(actors, "Anna Lindqvist") == ["IGOEUEC"], shown(actors)


def test_a_commissioner_in_a_states_statement_is_not_the_issuer(coder):
    actors, _, _ = resolve(
        coder,
        "Commissioner Lindqvist met the Canadian trade minister in Ottawa.",
        issuers=("Ministry of Foreign Affairs of Ireland",),
        date="2023-05-03",
    )
    assert "IRLGOV" not in found(actors, "Lindqvist"), shown(actors)
