"""Seventeenth session: news-style mentions the resolver coded wrong on the development halves (ethnic groups
in sentences naming several states, an organisation's office named alone after the organisation)."""

from __future__ import annotations

from .test_actors import found, resolve


def test_an_ethnic_group_is_not_placed_by_where_it_comes_from_goes_to_or_borders_on(coder):
    for text, mention, code in [
        (
            "Ethnic Uzbeks in southern Kyrgyzstan complained that the border with Tajikistan was closed.",
            "Uzbeks",
            "KGZ",
        ),
        ("Ethnic Hungarians who fled from Ukraine held a rally in Romania on Sunday.", "Hungarians", "ROU"),
        ("Ethnic Greeks in Albania fear that Tirana will deport them to Greece.", "Greeks", "ALB"),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, mention) == [code], (text, [(a.text, a.code) for a in actors])
    # two states where the group may live: still not guessed
    actors, _, _ = resolve(coder, "Ethnic Russians in Latvia and Estonia protested against the language law.")
    assert found(actors, "Russians") == ["RUS"]


def test_a_protecting_powers_diplomat_acts_for_the_state_it_represents(coder):
    for text, mention, code in [
        (
            "The foreign ministry summoned the Swiss ambassador, whose embassy represents the interests of "
            "Canada in Tehran, and handed him a note of protest.",
            "Swiss ambassador",
            "CANGOV",
        ),
        (
            "Police stopped the Swedish envoy, the protector of American interests in Pyongyang, at the "
            "airport.",
            "Swedish envoy",
            "USAGOV",
        ),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, mention) == [code], (mention, found(actors, mention))
    # a diplomat defending its own country's interests stays its own
    actors, _, _ = resolve(
        coder, "The Swiss ambassador said that Bern would protect Swiss interests in the region."
    )
    assert found(actors, "Swiss ambassador") == ["CHEGOV"]


def test_a_bare_secretary_general_is_the_head_of_the_organisation_named_before_it(coder):
    text = (
        "The Government has written to the United Nations Security Council about the incursion and has "
        "asked the Secretary-General to send observers."
    )
    actors, _, _ = resolve(coder, text, issuers=["Ministry of Foreign Affairs of Guyana"])
    assert found(actors, "Secretary-General") == ["IGOUN"]
    # two organisations before it, or none: no guess
    for text in (
        "The ministry wrote to NATO and to the African Union and asked the Secretary-General to respond.",
        "The ministry asked the Secretary-General to send observers.",
    ):
        actors, _, _ = resolve(coder, text, issuers=["Ministry of Foreign Affairs of Guyana"])
        assert found(actors, "Secretary-General") == [None], text


def test_an_issuer_named_after_a_word_two_states_share_takes_the_state_news_means(coder):
    text = "The Conference deplores the violence of last Sunday. We ask the authorities to open an inquiry."
    actors, document, _ = resolve(coder, text, issuers=["Episcopal Conference of Congo"])
    assert document.issuers[0].code == "CODREL"
    assert found(actors, "We") == ["CODREL"]
    # the document names the other state of the pair: that one
    text = "The Conference deplores the violence in Brazzaville. We ask the authorities to open an inquiry."
    actors, document, _ = resolve(coder, text, issuers=["Episcopal Conference of Congo"])
    assert document.issuers[0].code == "COGREL"


def test_electoral_bodies_by_their_acronyms(coder):
    for text, mention, code in [
        ("In Venezuela, the opposition accused the CNE of hiding the tally sheets.", "CNE", "VENGOV"),
        ("Observers in Burundi asked the CENI to publish the results.", "CENI", "BDIGOV"),
        ("The opposition said the ZEC had rigged the count.", "ZEC", "ZWEGOV"),
        ("The KPU announced the final results on Tuesday.", "KPU", "IDNGOV"),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, mention) == [code], (text, [(a.text, a.code) for a in actors])


def test_a_country_or_region_naming_a_structure_is_no_actor(coder):
    for text, gone in [
        ("Farmers blocked the Europe Bridge between Kehl and Strasbourg for two hours.", "Europe"),
        ("Students rallied in Palestine Square in Tehran on Friday.", "Palestine"),
        ("Delegates met at Africa Hall in Addis Ababa.", "Africa"),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, gone) == [], (text, [(a.text, a.code) for a in actors])
    # a city before a structure noun still names the place; a country before a lower-case noun is the actor
    actors, _, _ = resolve(coder, "Rockets struck Kabul Airport on Monday.")
    assert found(actors, "Kabul") == ["AFGGOV"]
    actors, _, _ = resolve(coder, "Protesters blocked a bridge into Germany.")
    assert found(actors, "Germany") == ["DEU"]


def test_state_news_agencies_and_broadcasters_as_sources_of_reports(coder):
    for text, mention, code in [
        ("KUNA reported that the emir had accepted the cabinet's resignation.", "KUNA", "KWTGOVMED"),
        (
            "According to the News Agency of Nigeria, gunmen freed the hostages.",
            "News Agency of Nigeria",
            "NGAGOVMED",
        ),
        (
            "Houthi-run Al-Masirah television said the strikes hit the port.",
            "Al-Masirah television",
            "YEMREBMED",
        ),
        ("The SABC said the minister had resigned.", "SABC", "ZAFGOVMED"),
    ]:
        actors, _, _ = resolve(coder, text)
        assert found(actors, mention) == [code], (text, [(a.text, a.code) for a in actors])
    # an acronym that names something else in news is left out: "the MENA region" is no news agency
    actors, _, _ = resolve(coder, "Unemployment in the MENA region rose again.")
    assert all(not (a.code or "").endswith("MED") for a in actors)
