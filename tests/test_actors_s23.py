"""Twenty-third session (AC23), the right country and sector for a participant the coder found: a demonym
two countries share is not a misspelling of one of them ("Dominican" is not "Dominica"), China's offices for
Taiwan and Hong Kong are China's, places listed before a document noun name the documents ("the Luanda and
Nairobi processes"), special services and state-run hacking groups are intelligence (SPY)."""

from __future__ import annotations

import pytest

from .test_actors import found, resolve, shown

# -- "Dominican": the Dominican Republic's or Dominica's, never a misspelt "Dominica" ---------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The Dominican Republic announced new deportations. Dominican migration authorities "
            "reported that 10,000 people were deported.",
            "Dominican migration authorities",
            "DOMGOV",
        ),
        (
            "We urge the Dominican authorities to halt all deportations to Haiti.",
            "Dominican authorities",
            "DOMGOV",
        ),
        ("Dominican soldiers patrolled the border with Haiti.", "Dominican soldiers", "DOMMIL"),
    ],
)
def test_dominican_is_the_dominican_republic(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # near misses: a text about Dominica keeps its people Dominica's
        (
            "The hurricane struck Dominica. Dominican police evacuated the coast.",
            "Dominican police",
            "DMACOP",
        ),
        ("The storm hit Roseau. Dominican officials asked for aid.", "Dominican officials", "DMAGOV"),
        ("Dominica's prime minister appealed for help.", "Dominica's prime minister", "DMAGOV"),
    ],
)
def test_dominican_in_a_text_about_dominica(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


def test_a_misspelt_country_is_still_read(coder):
    # near miss: the shared word leaves the misspelling rule alone for other words
    actors, _, _ = resolve(coder, "Ethopian troops crossed the border.")
    assert found(actors, "Ethopian troops") == ["ETHMIL"], shown(actors)


# -- China's offices for Taiwan and Hong Kong ---------------------------------------------------------------


def test_the_taiwan_affairs_office_is_chinas(coder):
    actors, _, _ = resolve(coder, "The Taiwan Affairs Office of the State Council warned Lai Ching-te.")
    assert found(actors, "Taiwan Affairs Office") == ["CHNGOV"], shown(actors)
    assert "TWN" not in [a.code for a in actors if a.start < 25], shown(actors)
    actors, _, _ = resolve(coder, "The Hong Kong and Macao Affairs Office condemned the protests.")
    assert found(actors, "Hong Kong and Macao Affairs Office") == ["CHNGOV"], shown(actors)


def test_the_taiwan_affairs_office_as_issuer(coder):
    _, document, _ = resolve(
        coder,
        "We urge the United States to stop arming Taiwan.",
        issuers=("Taiwan Affairs Office of the State Council",),
    )
    assert [i.code for i in document.issuers] == ["CHNGOV"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # near misses: Taiwan's own bodies and Taiwan itself stay Taiwan's
        ("Taiwan's Mainland Affairs Council rejected the claim.", "Mainland Affairs Council", "TWNGOV"),
        ("Taiwan condemned the drills.", "Taiwan", "TWN"),
        ("Taiwanese officials condemned the drills.", "Taiwanese officials", "TWNGOV"),
        ("Hong Kong police arrested the activists.", "Hong Kong police", "HKGCOP"),
    ],
)
def test_taiwans_own_bodies_stay_taiwans(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


# -- places listed before a document noun -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda remains committed to the Luanda and Nairobi processes and welcomes the summit.",
        "Both sides support the Minsk and Normandy formats.",
        "The Doha and Jeddah talks failed to end the war.",
    ],
)
def test_places_listed_before_a_document_noun_are_no_actors(coder, text):
    actors, _, _ = resolve(coder, text)
    for place in ("Luanda", "Nairobi", "Minsk", "Normandy", "Doha", "Jeddah"):
        assert found(actors, place) == [], shown(actors)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # near misses: states listed before their delegations or troops, or acting beside a named document
        ("The Kenya and Uganda delegations met in Arusha.", {"KENGOV", "UGAGOV"}),
        ("Troops from Kenya and Uganda arrived in Mogadishu.", {"KENMIL", "UGAMIL"}),
        ("Kenya and Uganda signed the Nairobi Declaration.", {"KEN", "UGA"}),
    ],
)
def test_listed_states_that_act_stay_actors(coder, text, codes):
    actors, _, _ = resolve(coder, text)
    assert codes <= {a.code for a in actors}, shown(actors)


# -- intelligence: special services and state-run hacking groups ------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The arson had been ordered by the Russian special services.", "Russian special services", "RUSSPY"),
        ("London sanctioned a company linked to APT31.", "APT31", "CHNSPY"),
        ("The attack on the ministry was the work of APT28.", "APT28", "RUSSPY"),
        ("The Lazarus Group stole the funds.", "Lazarus Group", "PRKSPY"),
    ],
)
def test_special_services_and_hacking_groups_are_intelligence(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # near misses: special forces, measures and envoys are no intelligence service
        ("Russian special forces stormed the building.", "Russian special forces"),
        ("Russia adopted special measures against the protesters.", "special measures"),
        ("The Russian special envoy met the rebels.", "Russian special envoy"),
    ],
)
def test_other_special_things_are_not_intelligence(coder, text, mention):
    actors, _, _ = resolve(coder, text)
    assert not any(a.code and a.code.endswith("SPY") for a in actors), shown(actors)


def test_dominican_with_both_countries_named_is_not_guessed(coder):
    actors, _, _ = resolve(
        coder, "Dominica and the Dominican Republic sent aid. Dominican officials arrived on Monday."
    )
    assert found(actors, "Dominican officials") in ([], [None]), shown(actors)
    assert not {"DMAGOV", "DOMGOV"} & {a.code for a in actors}, shown(actors)


# -- intelligence ministries, separatist movements, the MAK --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "APT31 is a hacking group affiliated with China's Ministry of State Security.",
            "China's Ministry of State Security",
            "CHNSPY",
        ),
        (
            "Iran's Ministry of Intelligence arrested the dual nationals.",
            "Iran's Ministry of Intelligence",
            "IRNSPY",
        ),
        (
            "A separatist movement in Cameroon declared independence.",
            "separatist movement in Cameroon",
            "CMRREB",
        ),
        ("Algeria accuses the MAK of setting the fires in Kabylia.", "MAK", "DZAREB"),
    ],
)
def test_intelligence_ministries_and_separatist_movements(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # near misses: other ministries stay the government, other movements the opposition
        ("Iran's Ministry of Interior banned the rally.", "Iran's Ministry of Interior", "IRNGOV"),
        ("China's Ministry of Foreign Affairs protested.", "China's Ministry of Foreign Affairs", "CHNGOV"),
        ("A protest movement in Cameroon called a strike.", "protest movement in Cameroon", "CMROPP"),
    ],
)
def test_other_ministries_and_movements(coder, text, mention, code):
    actors, _, _ = resolve(coder, text)
    assert found(actors, mention) == [code], shown(actors)


def test_mak_in_lower_case_or_longer_words_is_no_group(coder):
    actors, _, _ = resolve(coder, "Mak said he would resign before the MAKS air show.")
    assert "DZAREB" not in [a.code for a in actors], shown(actors)
