"""Fourteenth session: issuers named by their own words (a name run together, a region, a group of states, a
count of them, a headline "Council condemns"), "He"/"She" never an organisation, "the Freedonian side", acts
that name their doer ("police abuse"), and the issuers' own subject never giving "the authorities" a country.
"""

from __future__ import annotations

from communique.actors import load_actor_dictionary, resolve_issuers
from communique.model import Actor, Document

from .test_actors import found, resolve


def test_a_name_run_together_with_a_region_codes_the_issuer_by_region_and_kind():
    """ "SolarTradeEurope" is a business body of Europe (CAMEO's EUR region), not of the country its statement
    speaks about; a regional union is the region's."""
    d = load_actor_dictionary([])
    for name, code in [("TradeBusinessEurope", "EURBUS"), ("Teachers Union of Africa", "AFRLAB")]:
        named = [Actor(name=name, via="issuer")]
        doc = Document(id="t", text="", title="Statement on tariffs set by Canada", issuers=named)
        resolve_issuers(doc, d)
        assert (name, doc.issuers[0].code) == (name, code)
        assert doc.issuers[0].entry.endswith(":region")


def test_the_issuer_named_in_full_by_an_unknown_name_is_the_issuer(coder):
    actors, _, _ = resolve(
        coder,
        "TradeBusinessEurope deeply regrets the duties announced by Canada on Monday.",
        issuers=["TradeBusinessEurope"],
    )
    assert found(actors, "TradeBusinessEurope") == ["EURBUS"]


def test_he_after_an_organisation_issuer_is_not_the_organisation(coder):
    actors, _, _ = resolve(
        coder,
        "Human Rights Watch deplores the verdict. He was sentenced by a court in Minsk to ten years.",
        issuers=["Human Rights Watch"],
    )
    assert found(actors, "He") == []
    # a person's office may be "He"
    actors, _, _ = resolve(
        coder,
        "The Secretary-General deplores the verdict. He urges the authorities to release the journalist.",
        issuers=["Secretary-General of the United Nations"],
    )
    assert found(actors, "He") == ["IGOUN"]


def test_a_headline_self_reference_with_no_article(coder):
    actors, _, _ = resolve(
        coder,
        "Council firmly denounces the shelling of villages near Goma.",
        issuers=["Peace and Security Council of the African Union"],
    )
    assert found(actors, "Council") == ["IGOAU"]


def test_the_national_side_is_that_state_and_a_bare_side_no_actor(coder):
    actors, _, _ = resolve(
        coder,
        "We handed a note to the Estonian side. Talks with the other side went nowhere.",
        issuers=["Ministry of Foreign Affairs of Finland"],
    )
    assert found(actors, "Estonian side") == ["ESTGOV"]
    assert not [a for a in actors if a.text == "side"]


def test_the_issuers_as_subject_give_the_authorities_no_country(coder):
    actors, _, _ = resolve(
        coder,
        "Sweden urges the authorities to free the detained reporters without delay.",
        issuers=["Ministry for Foreign Affairs of Sweden"],
    )
    assert [a.code for a in actors if a.text == "authorities"] == [None]
    # another state as subject still gives its own: "Chile's police" in all but name
    actors, _, _ = resolve(
        coder,
        "Chile says the authorities will free the detained reporters.",
        issuers=["Ministry for Foreign Affairs of Sweden"],
    )
    assert found(actors, "authorities") == ["CHLGOV"]
    # the issuers' country as a possessor, or in another clause, still gives its own
    actors, _, _ = resolve(
        coder,
        "Sweden's record is clear, and the government has always defended reporters.",
        issuers=["Ministry for Foreign Affairs of Sweden"],
    )
    assert found(actors, "government") == ["SWEGOV"]


def test_a_group_of_states_and_their_count_name_a_joint_statements_issuers(coder):
    names = ["Government of Chile", "Government of Peru", "Government of Uruguay"]
    actors, _, _ = resolve(
        coder,
        "The Troika deplores the clashes in the capital. The three governments will pursue their mediation.",
        issuers=names,
    )
    assert found(actors, "Troika") == ["CHLGOV", "PERGOV", "URYGOV"]
    assert found(actors, "The three governments") == ["CHLGOV", "PERGOV", "URYGOV"]
    # a count other than the issuers' is someone else
    actors, _, _ = resolve(coder, "The two governments will pursue their mediation.", issuers=names)
    assert not [a for a in actors if a.via == "self-reference"]


def test_an_act_names_its_doer(coder):
    actors, _, _ = resolve(
        coder,
        "Nobody has answered for the police abuse in Tbilisi. We condemn the army takeover in Niamey.",
        issuers=["Amnesty International"],
    )
    texts = {a.text for a in actors}
    assert {"police", "army"} <= texts
    # ... not a thing the agent gives or has
    actors, _, _ = resolve(coder, "They asked for military assistance and police equipment.")
    assert not {"military", "police"} & {a.text for a in actors}


def test_a_congress_of_trade_unions_is_a_union(coder):
    d = load_actor_dictionary([])
    doc = Document(id="t", text="", issuers=[Actor(name="Ghana Congress of Trade Unions", via="issuer")])
    resolve_issuers(doc, d)
    assert doc.issuers[0].code == "GHALAB"


def test_a_region_in_a_ministrys_title_yields_to_the_state_it_names():
    d = load_actor_dictionary([])
    name = "Ministry of Foreign Affairs and European Integration of Montenegro"
    doc = Document(id="t", text="", issuers=[Actor(name=name, via="issuer")])
    resolve_issuers(doc, d)
    assert doc.issuers[0].code == "MNEGOV"


def test_a_place_naming_a_treaty_gives_no_context(coder):
    actors, _, _ = resolve(coder, "Members of the Rome Statute owe the Court their cooperation.")
    assert [a.code for a in actors if a.text == "Court"] == [None]


def test_rangers_and_prison_guards_are_state_forces(coder):
    actors, _, _ = resolve(
        coder, "Bangladesh Rangers fired on the crowd. Prison guards in Peru beat inmates."
    )
    assert found(actors, "Bangladesh Rangers") == ["BGDMIL"]
    assert found(actors, "Prison guards in Peru") == ["PERCOP"]


def test_our_faithful_are_the_issuers_peoples(coder):
    actors, _, _ = resolve(
        coder, "We ask our faithful to stay calm and pray.", issuers=["Episcopal Conference of Zambia"]
    )
    assert found(actors, "our faithful") == ["ZMBCVL"]


def test_a_ministrys_own_spokesperson_named_with_no_country_is_the_ministry(coder):
    issuers = ["Ministry of Foreign Affairs of Viet Nam"]
    for text, mention in [
        (
            "Foreign Ministry Spokesperson Tran Van Binh said the patrol was unlawful.",
            "Foreign Ministry Spokesperson Tran Van Binh",
        ),
        ("Spokesperson Tran Van Binh said the patrol was unlawful.", "Spokesperson Tran Van Binh"),
    ]:
        actors, _, _ = resolve(coder, text, issuers=issuers)
        assert found(actors, mention) == ["VNMGOV"]
    # not in a non-state issuer's statement, nor another state's spokesperson
    actors, _, _ = resolve(coder, "Spokesperson Tran Van Binh said so.", issuers=["Amnesty International"])
    assert found(actors, "Spokesperson Tran Van Binh") != ["NGOAMN"]
    actors, _, _ = resolve(coder, "A Chinese spokesperson denied it.", issuers=issuers)
    assert found(actors, "Chinese spokesperson") == ["CHNGOV"]


def test_a_country_owning_its_partners_is_not_the_actor(coder):
    actors, _, _ = resolve(
        coder, "Chile's partners should press for a recount. Peru's army closed the border."
    )
    assert not [a for a in actors if a.text == "Chile"]
    assert found(actors, "Peru's army") == ["PERMIL"]


def test_a_name_of_two_senses_takes_the_one_the_document_speaks_of(coder):
    actors, _, _ = resolve(coder, "The RSF shelled the market of El Fasher, and its fighters looted homes.")
    assert "SDNREB" in [a.code for a in actors]
    actors, _, _ = resolve(
        coder, "RSF condemned the jailing of two reporters in Khartoum; the press union backed its call."
    )
    assert "NGORSF" in [a.code for a in actors]


def test_a_shared_place_inside_an_agent_takes_the_documents_country(coder):
    actors, _, _ = resolve(coder, "Cuba has jailed critics for years. Police in Santiago beat two of them.")
    assert found(actors, "Police in Santiago") == ["CUBCOP"]
    actors, _, _ = resolve(coder, "Chile has jailed critics for years. Police in Santiago beat two of them.")
    assert found(actors, "Police in Santiago") == ["CHLCOP"]


def test_an_issuer_named_after_a_group_of_states_is_each_member():
    d = load_actor_dictionary([])
    doc = Document(
        id="t", text="", issuers=[Actor(name="Prime Ministers of the Nordic Countries", via="issuer")]
    )
    resolve_issuers(doc, d)
    assert [i.code for i in doc.issuers] == ["DNKGOV", "FINGOV", "ISLGOV", "NORGOV", "SWEGOV"]


def test_issuer_kinds_in_spanish_french_and_portuguese():
    from communique.actors.kinds import kind_of

    for name, sector in [
        ("Partido Verde de Freedonia", "PTY"),
        ("Frente Cívico Nacional", "OPP"),
        ("Rassemblement pour la Démocratie", "OPP"),
        ("Sindicato Nacional de Mineros", "LAB"),
        ("Conferencia Episcopal de Freedonia", "REL"),
        ("Chambre de Commerce de Freedonia", "BUS"),
        ("Comisión de Derechos Humanos", "NGO"),
    ]:
        assert (name, kind_of(name)) == (name, sector)


def test_a_kind_issuer_takes_the_country_its_document_names_by_far_most(coder):
    from communique.model import Document as Doc
    from communique.nlp import parse_documents

    def issuer_code(text):
        doc = Doc(id="t", text=text, issuers=[Actor(name="Frente Cívico Nacional", text="x", via="issuer")])
        ((document, sdoc),) = list(parse_documents([doc], coder.nlp))
        from communique.actors import resolve_actors

        resolve_actors(document, sdoc, coder.actor_dictionary)
        return document.issuers[0].code

    # Bolivia three times, Chile once: Bolivia's; once each: no country
    text = "Bolivia's courts jailed him. He fled to Chile. Bolivia must free the rest of Bolivia's prisoners."
    assert issuer_code(text) == "BOLOPP"
    assert issuer_code("Bolivia's courts jailed him. He fled to Chile.") is None


def test_a_counted_agent_takes_its_context_as_after_the(coder):
    actors, _, _ = resolve(coder, "The Belarusian regime freed 14 political prisoners on Tuesday.")
    assert found(actors, "political prisoners") == ["BLROPP"]
    # a bare plural stays the kind in general
    actors, _, _ = resolve(coder, "The Belarusian regime says political prisoners do not exist.")
    assert found(actors, "political prisoners") == [None]


def test_armed_groups_in_a_sentence_naming_no_country_stay_in_the_one_before(coder):
    actors, _, _ = resolve(coder, "Fighting flared again in Mali. Armed groups ambushed a convoy on Sunday.")
    assert found(actors, "Armed groups") == ["MLIREB"]


def test_an_unknown_place_after_a_preposition_is_no_actor(coder):
    actors, _, _ = resolve(
        coder, "Freedonia fired a missile from the vicinity of Kuldara-ri, Ostrava Province."
    )
    assert not {"Kuldara-ri", "Ostrava Province"} & {a.text for a in actors}
