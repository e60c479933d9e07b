"""Fifteenth session: mentions that were wrongly the issuer or a country (a name in another language opened by
the issuer's kind word, signatories to an agreement, "Pan-American"), unknown names of texts, and a country
speaking as the chair of the issuing organisation.
"""

from __future__ import annotations

from .test_actors import found, resolve


def test_a_name_in_another_language_is_not_the_issuers_kind_word(coder):
    """ "the Union pour le renouveau du Nord" is a movement named in French, not the issuer's "Union"."""
    actors, _, _ = resolve(
        coder,
        "Gunmen of the Union pour le renouveau du Nord attacked a convoy near Abeche.",
        issuers=["Peace and Security Council of the African Union"],
    )
    assert not any(a.via == "self-reference" for a in actors)
    # an English sentence still names the issuer so
    actors, _, _ = resolve(
        coder,
        "The Union calls for calm in Abeche.",
        issuers=["Peace and Security Council of the African Union"],
    )
    assert found(actors, "Union") == ["IGOAU"]


def test_signatories_to_an_agreement_are_not_the_issuers(coder):
    actors, _, _ = resolve(
        coder,
        "The Council urged the signatories to the Lakeside Accord to honour their commitments.",
        issuers=["United Nations Security Council"],
    )
    assert not any(a.via == "self-reference" and a.text.startswith("signator") for a in actors)
    # the statement's own signatories are its issuers
    actors, _, _ = resolve(
        coder,
        "The signatories of this letter urge the authorities of Chad to free the journalists.",
        issuers=["Reporters Without Borders", "Human Rights Watch"],
    )
    assert [a.via for a in actors if a.text == "signatories"] == ["self-reference", "self-reference"]


def test_pan_american_is_not_the_united_states(coder):
    actors, _, _ = resolve(coder, "Farmers blocked the Pan-American Highway south of Tegucigalpa for a week.")
    assert not any((a.code or "").startswith("USA") for a in actors)
    actors, _, _ = resolve(coder, "A Pan American summit of ministers opened in Lima.")
    assert not any((a.code or "").startswith("USA") for a in actors)
    # plain "American" still is
    actors, _, _ = resolve(coder, "American officials met in Lima.")
    assert found(actors, "American officials") == ["USAGOV"]


def test_an_unknown_name_of_a_text_is_no_actor(coder):
    actors, _, _ = resolve(
        coder, "The fighting violates the Lakeside Cessation of Hostilities Agreement signed in Juba."
    )
    assert not any("Agreement" in a.text for a in actors)


def test_a_country_speaks_as_the_chair_of_the_issuing_organisation(coder):
    # the holder named in the issuer's name
    actors, _, _ = resolve(
        coder,
        "Laos welcomes the truce between the two neighbours. Laos urges Cambodia to honour it.",
        issuers=["ASEAN Chair (Laos)"],
    )
    assert found(actors, "Laos") == ["IGOASEAN", "IGOASEAN"]
    # ... or by the sentence's opening, and then for the rest of the text
    actors, _, _ = resolve(
        coder,
        "As Chair of ASEAN, Laos welcomes the truce. Laos urges Cambodia to honour it. "
        "Cambodia thanked Laos.",
        issuers=["ASEAN Chair"],
    )
    assert found(actors, "Laos") == ["IGOASEAN", "IGOASEAN", "LAO"]
    # a country in another organisation's statement stays itself
    actors, _, _ = resolve(coder, "Laos urges Cambodia to honour the truce.", issuers=["ASEAN Chair"])
    assert found(actors, "Laos") == ["LAO"]


def test_agents_loyal_or_affiliated_to_an_actor_are_on_its_side(coder):
    actors, _, _ = resolve(
        coder,
        "Clashes broke out near Bor between soldiers loyal to President Salva Kiir and the rebels. "
        "The authorities freed forty prisoners affiliated with Ansar Allah.",
    )
    assert found(actors, "soldiers") == ["SSDMIL"]
    assert found(actors, "prisoners") == ["YEMREB"]
    # an organisation named after "close to" gives no country
    actors, _, _ = resolve(coder, "Sources close to the United Nations said the talks had stalled.")
    assert all(a.code is None for a in actors if a.text == "Sources")


def test_a_country_named_only_where_someone_comes_from_does_not_place_local_agents(coder):
    actors, _, _ = resolve(
        coder,
        "Bread prices doubled in Malawi last week. Police detained the teachers' leader at the airport "
        "on her return from a meeting in Zambia.",
    )
    assert [a.code for a in actors if a.text == "Police"] == ["MWICOP"]
    # a country named where the act happens still decides (left to the event roles)
    actors, _, _ = resolve(
        coder, "Bread prices doubled in Malawi last week. Police detained the teachers' leader in Zambia."
    )
    assert [a.code for a in actors if a.text == "Police"] == [None]


def test_a_noun_of_relation_stands_for_its_examples(coder):
    actors, _, _ = resolve(
        coder,
        "Chad's donors, including Germany and the European Union, should suspend budget support.",
    )
    assert found(actors, "donors") == ["DEU", "IGOEU"]
    assert found(actors, "Chad") == []
    # with no examples it names no one
    actors, _, _ = resolve(coder, "Chad's donors should suspend budget support.")
    assert found(actors, "donors") == []


def test_an_office_owned_by_a_coded_actor_or_the_issuer_is_theirs(coder):
    actors, _, _ = resolve(
        coder,
        "The Secretary-General's Personal Envoy for Yemen will travel to Aden.",
        issuers=["Secretary-General of the United Nations"],
    )
    assert found(actors, "Envoy") == ["IGOUN"]
    actors, _, _ = resolve(coder, "The Chadian Army's spokesman denied the report.")
    assert found(actors, "spokesman") == ["TCDMIL"]


def test_an_opposition_alliance_is_the_opposition(coder):
    actors, _, _ = resolve(
        coder, "Malawi held elections in May. The opposition alliance rejected the results."
    )
    assert found(actors, "opposition alliance") == ["MWIOPP"]


def test_a_surname_alone_is_the_person_named_before_in_full(coder):
    actors, _, _ = resolve(
        coder,
        "Opposition leader Venâncio Mondlane called a strike in Maputo. Police said Mr Mondlane had left.",
        date="2025-01-10",
    )
    assert found(actors, "Mr Mondlane") == ["MOZOPP"]
    # a surname no one named before stays unknown
    actors, _, _ = resolve(coder, "Police said Mr Mondlane had left.", date="2025-01-10")
    assert found(actors, "Mr Mondlane") == [None]


def test_armed_groups_gangs_and_federations_of_the_regions_known_least(coder):
    """Whole classes added in data (agents.yaml): armed groups of the Central African Republic and Mali,
    Haitian and Ecuadorian gangs, parties of Guinea-Bissau, business and labour federations."""
    text = (
        "Fighters of the FPRC and the 3R group clashed with FACA troops. The CMA and the Plateforme met in "
        "Kidal. Gran Grif and Los Choneros were designated. The PAIGC and KEPSA issued statements, and "
        "COSATU and the UGTT called strikes."
    )
    actors, _, _ = resolve(coder, text)
    got = {a.text: a.code for a in actors}
    assert got["Fighters of the FPRC"] == "CAFREB" and got["3R group"] == "CAFREB"
    assert got["FACA troops"] == "CAFMIL"
    assert got["CMA"] == "MLIREB" and got["Plateforme"] == "MLIREB"
    assert got["Gran Grif"] == "HTICRM" and got["Los Choneros"] == "ECUCRM"
    assert got["PAIGC"] == "GNBPTY" and got["KEPSA"] == "KENBUS"
    assert got["COSATU"] == "ZAFLAB" and got["UGTT"] == "TUNLAB"


def test_election_observation_missions_and_the_spans_of_bodies_names(coder):
    from communique.actors import body_spans

    text = (
        "The AU Election Observation Mission and the National Electoral Commission met President Hakainde "
        "Hichilema in Lusaka. International observers left Port Sudan."
    )
    actors, _, _ = resolve(coder, text, date="2022-01-10")
    assert found(actors, "AU Election Observation Mission") == ["IGOAU"]
    assert found(actors, "International observers")[0].startswith("IGO")  # never the host country
    names = [text[a:b] for a, b in body_spans(actors, coder.actor_dictionary)]
    assert names == ["AU Election Observation Mission", "National Electoral Commission"]


def test_a_title_modifier_alone_is_not_the_issuer_and_criminal_elements_are_criminals(coder):
    actors, _, _ = resolve(
        coder,
        "Road blockades paralysed Peru. The Executive must present a plan to reopen the roads.",
        issuers=["Chamber of Commerce of Lima"],
    )
    assert found(actors, "Executive") == ["PERGOV"]
    actors, _, _ = resolve(
        coder, "The Executive Director urges calm in Haiti.", issuers=["UNICEF Executive Director"]
    )
    assert found(actors, "Executive Director") == ["IGOUNICEF"]
    actors, _, _ = resolve(
        coder, "Riots spread in Lima. Criminal elements looted shops in the centre.", date="2024-01-10"
    )
    assert found(actors, "Criminal elements") == ["PERCRM"]


def test_his_or_its_agent_belongs_to_the_person_or_state_named_before(coder):
    actors, _, _ = resolve(
        coder,
        "President Kais Saied and his government moved against the judges. Belarus and its army held drills.",
        date="2023-03-01",
    )
    assert found(actors, "government") == ["TUNGOV"]
    assert found(actors, "army") == ["BLRMIL"]
    # "its" after an organisation is not the country before it
    actors, _, _ = resolve(coder, "In Mali, the UN said its peacekeepers would stay.")
    assert not any((a.code or "").startswith("MLI") for a in actors if a.text == "peacekeepers")
