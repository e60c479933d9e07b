"""Twenty-first session (AC21): a state body named with no country takes the one its statement names; a
ministry whose portfolio names an organisation is its state's; "the Government of the DRC" is no
self-reference; an agent coded by context yields to its own "of" complement; a date split in two by the
parser is no group named after it; a counted plural ("both countries", "the two governments") is the states
named before it; the seats of international courts are data."""

from __future__ import annotations

import pytest

from communique.actors import resolver
from communique.actors.words import load_court_seats
from communique.model import DictionaryError

from .test_actors import found, resolve, shown

# -- a state body with no country in its name: the country the statement names -----------------------------


@pytest.mark.parametrize(
    ("issuer", "text", "code"),
    [
        (
            "Ministry of Interior",
            "TASHKENT, 3 May 2024 — Order has been restored. The Ministry asks residents to stay home.",
            "UZBGOV",
        ),
        (
            "Presidential Administration",
            "The Presidential Administration rejects the claims made about the vote in Kyrgyzstan last week.",
            "KGZGOV",
        ),
        (
            "Office of the Prime Minister",
            "The Prime Minister met farmers' leaders and promised that Nepal would buy their harvest.",
            "NPLGOV",
        ),
    ],
)
def test_a_state_body_with_no_country_takes_the_one_the_statement_names(coder, issuer, text, code):
    _, document, _ = resolve(coder, text, issuers=(issuer,), date="2024-05-03")
    assert [i.code for i in document.issuers] == [code]


def test_a_state_body_takes_the_country_of_the_title(coder):
    _, document, _ = resolve(
        coder,
        "Security forces in Ghana and Togo held a joint exercise.",
        issuers=("Ministry of Defence",),
        title="Ghana: statement on the joint border exercise",
    )
    assert [i.code for i in document.issuers] == ["GHAGOV"]


@pytest.mark.parametrize(
    "issuer",
    ["Ministry of Foreign Affairs", "Embassy", "Permanent Mission", "Secretary-General"],
)
def test_a_body_that_speaks_abroad_is_not_given_the_country_it_speaks_of(coder, issuer):
    _, document, _ = resolve(
        coder, "The situation in Mali remains of grave concern.", issuers=(issuer,), date="2024-01-10"
    )
    assert [i.code for i in document.issuers] == [None]


# -- a ministry's portfolio that names an organisation: the state's ministry ---------------------------------


@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("Ministry of Foreign Affairs, European Union and Cooperation of Spain", "ESPGOV"),
        ("Ministry for European Union Affairs of the Republic of Türkiye", "TURGOV"),
        ("Delegation of the European Union to Thailand", "IGOEU"),
    ],
)
def test_an_organisation_in_a_ministrys_portfolio_is_not_the_issuer(coder, issuer, code):
    _, document, _ = resolve(coder, "We welcome the agreement.", issuers=(issuer,), date="2024-01-10")
    assert [i.code for i in document.issuers] == [code]


# -- "the Government of the DRC" in Rwanda's statement is the DRC's ------------------------------------------


def test_the_issuers_head_word_with_of_the_and_a_name_is_someone_else(coder):
    text = "The Government of the DRC must stop arming militias. The Government calls for calm."
    actors, _, _ = resolve(coder, text, issuers=("Government of Rwanda",), date="2024-02-01")
    assert found(actors, "Government of the DRC") == ["CODGOV"], shown(actors)
    assert found(actors, "Government") == ["RWAGOV"], shown(actors)


def test_an_agent_coded_by_context_yields_to_its_own_complement(coder):
    text = "Burundi closed the border. The Government of the Republic of Rwanda will reopen its side."
    actors, _, _ = resolve(coder, text, date="2024-02-01")
    assert found(actors, "Government") == ["RWAGOV"], shown(actors)


# -- a date the parser splits in two is no group named after it ----------------------------------------------


def test_a_day_and_month_split_by_the_parser_is_no_group(coder):
    text = "The unions confirmed the general strike of 17 November against the budget."
    actors, _, _ = resolve(coder, text, date="2023-11-10")
    assert "GRCREB" not in [a.code for a in actors], shown(actors)
    actors, _, _ = resolve(coder, "The group November 17 claimed the bombing in Athens.", date="1999-06-01")
    assert "GRCREB" in [a.code for a in actors], shown(actors)


# -- "both countries", "the two governments": the states named before ----------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        (
            "Ghana and Togo signed a deal. Both countries will reopen the border.",
            "Both countries",
            ["GHA", "TGO"],
        ),
        (
            "Peru and Chile clashed over fishing rights. We urge the two governments to talk.",
            "two governments",
            ["PERGOV", "CHLGOV"],
        ),
        (
            "Laos and Vietnam met in Bangkok. Thailand will support the two neighbouring countries.",
            "two neighbouring countries",
            ["LAO", "VNM"],
        ),
        (
            "Floods hit towns in Nepal and also hit Bhutan. We sent aid to both countries.",
            "both countries",
            ["NPL", "BTN"],
        ),
        (
            "Serbia and Kosovo traded accusations. We call on both sides to show restraint.",
            "both sides",
            ["SRB", "XKX"],
        ),
    ],
)
def test_a_counted_plural_of_states_is_the_states_named_before(coder, text, phrase, codes):
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert found(actors, phrase) == codes, shown(actors)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ghana, Togo and Benin met. Both countries agreed to talk.", "Both countries"),
        ("Two countries have not signed the treaty yet.", "Two countries"),
        ("Troops stood on both sides of the border between Mali and Niger.", "both sides"),
    ],
)
def test_a_counted_plural_with_no_states_to_match_names_none(coder, text, phrase):
    actors, _, _ = resolve(coder, text, date="2024-03-01")
    assert not [c for c in found(actors, phrase) if c], shown(actors)


# -- the seats of international courts live in words.yaml --------------------------------------------------


def test_court_seats_are_read_from_the_actor_data():
    seats = load_court_seats()
    assert seats["IGOICC"] == "NLD" and seats["IGOCOEECHR"] == "FRA"
    assert seats == resolver.COURT_SEATS


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("court_seats: {ICC: NLD}\n", "no international code"),
        ("court_seats: {IGOICC: Netherlands}\n", "seat"),
    ],
)
def test_a_broken_court_seat_is_refused(tmp_path, table, problem):
    path = tmp_path / "words.yaml"
    path.write_text("version: 1\nwords: {}\n" + table, encoding="utf-8")
    with pytest.raises(DictionaryError, match=problem):
        load_court_seats(path)


def test_a_counted_plural_with_no_states_named_before_is_as_many_issuers(coder):
    text = (
        "Chile, Peru and Ecuador condemn the attack on the fishing fleet. "
        "The three countries will strengthen their coast guard cooperation."
    )
    three = (
        "Ministry of Foreign Affairs of Chile",
        "Ministry of Foreign Affairs of Peru",
        "Ministry of Foreign Affairs of Ecuador",
    )
    actors, _, _ = resolve(coder, text, issuers=three, date="2024-03-01")
    assert sorted(c[:3] for c in found(actors, "three countries")) == ["CHL", "ECU", "PER"], shown(actors)


# -- "the junta" again, when the context names two countries: the junta named before ------------------------


def test_a_state_agent_the_context_leaves_uncoded_is_the_one_named_before(coder):
    text = "Mali's junta expelled the French ambassador. The junta also suspended French broadcasters."
    actors, _, _ = resolve(coder, text, date="2022-02-01")
    assert found(actors, "junta") == ["MLIGOV"], shown(actors)
    text = "The Malian army and French troops clashed. The army said ten soldiers had died."
    actors, _, _ = resolve(coder, text, date="2022-02-01")
    assert found(actors, "army") == [None], shown(actors)


# -- a local agent with nothing named before it: the place the sentence puts it in --------------------------


def test_a_local_agent_takes_the_place_its_sentence_names_before_the_issuers_country(coder):
    text = "Canada is deeply worried. Members of the opposition were arrested in Minsk on Sunday."
    actors, _, _ = resolve(coder, text, issuers=("Government of Canada",), date="2022-02-01")
    assert found(actors, "opposition") == ["BLROPP"], shown(actors)


# -- an agency of the African Union --------------------------------------------------------------------------


def test_africa_cdc_is_the_african_unions(coder):
    actors, _, _ = resolve(coder, "Africa CDC warned that cases were rising in Uganda.", date="2024-08-14")
    assert found(actors, "Africa CDC") == ["IGOAUHLH"], shown(actors)


# -- labour confederations named in French, Italian or German -----------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "text", "code"),
    [
        ("Confédération générale du travail", "Workers across France will strike on Tuesday.", "FRALAB"),
        ("Italian General Confederation of Labour", "The strike will go ahead on Friday.", "ITALAB"),
        ("Deutscher Gewerkschaftsbund", "Wages in Germany must rise with prices.", "DEULAB"),
    ],
)
def test_a_labour_confederation_named_in_another_language_is_labour(coder, issuer, text, code):
    _, document, _ = resolve(coder, text, issuers=(issuer,), date="2024-03-01")
    assert [i.code for i in document.issuers] == [code]
