"""Thirteenth session: named addressees of 2015-2025 statements (office holders, envoys, guards), short names
of a body named before, weapons that are not actors, and the key two organisation codes share."""

from __future__ import annotations

import pytest

from .test_actors import codes, resolve


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        # heads of state and government, ministers, leaders of 2015-2025, by the term covering the date
        ("The bloc urged Abdourahamane Tiani to free him.", "2023-09-01", "Abdourahamane Tiani", "NERGOV"),
        ("We demand the release of Mohamed Bazoum and his family.", "2023-09-01", "Mohamed Bazoum", "NERGOV"),
        ("Ministers met Assimi Goïta in the capital.", "2022-03-01", "Assimi Goïta", "MLIGOV"),
        ("Ministers met Ibrahim Traoré in the capital.", "2023-03-01", "Ibrahim Traoré", "BFAGOV"),
        ("The envoy held talks with Khalifa Haftar on Tuesday.", "2020-03-01", "Khalifa Haftar", "LBYMIL"),
        ("The envoy met Abdul Hamid Dbeibah on Tuesday.", "2022-03-01", "Abdul Hamid Dbeibah", "LBYGOV"),
        ("The minister spoke with Riek Machar by telephone.", "2016-03-01", "Riek Machar", "SSDREB"),
        ("The minister spoke with Riek Machar by telephone.", "2021-03-01", "Riek Machar", "SSDGOV"),
        ("Delegates welcomed Kais Saied to the summit.", "2021-03-01", "Kais Saied", "TUNGOV"),
        ("Delegates welcomed Nayib Bukele to the summit.", "2021-03-01", "Nayib Bukele", "SLVGOV"),
        ("The council received Albin Kurti on Friday.", "2023-03-01", "Albin Kurti", "XKXGOV"),
        ("Sanctions target Rosario Murillo and her circle.", "2022-03-01", "Rosario Murillo", "NICGOV"),
        ("The talks were chaired by Tsai Ing-wen herself.", "2020-03-01", "Tsai Ing-wen", "TWNGOV"),
        ("Talks were held with Jeppe Kofod.", "2021-03-01", "Jeppe Kofod", "DNKGOV"),
        ("The ministers met Hadja Lahbib in Brussels.", "2023-03-01", "Hadja Lahbib", "BELGOV"),
        ("The ministers met Hadja Lahbib in Brussels.", "2025-03-01", "Hadja Lahbib", "IGOEUEC"),
        ("The ministers met Than Swe in Naypyidaw.", "2024-03-01", "Than Swe", "MMRGOV"),
        ("The talks included Abdul Ghani Baradar.", "2020-03-01", "Abdul Ghani Baradar", "AFGREB"),
        ("The talks included Abdul Ghani Baradar.", "2022-03-01", "Abdul Ghani Baradar", "AFGGOV"),
        ("Envoys met Mazloum Abdi near Hasakah.", "2022-03-01", "Mazloum Abdi", "SYRREB"),
        ("The ministers met Petteri Orpo in Helsinki.", "2024-03-01", "Petteri Orpo", "FINGOV"),
        ("Gangs loyal to Jimmy Chérizier blocked the port.", "2024-03-01", "Jimmy Chérizier", "HTICRM"),
        ("The summit heard Mia Mottley on climate finance.", "2023-03-01", "Mia Mottley", "BRBGOV"),
        ("JNIM, led by Iyad Ag Ghaly, claimed the attack.", "2023-03-01", "Iyad Ag Ghaly", "MLIREB"),
        ("Kyiv blamed Denis Pushilin for the shelling.", "2023-03-01", "Denis Pushilin", "UKRREB"),
        ("The talks were held with Yaşar Güler in Ankara.", "2024-03-01", "Yaşar Güler", "TURGOV"),
        ("Yahya Saree claimed the attack on the ship.", "2024-03-01", "Yahya Saree", "YEMREB"),
        # the UN's envoys are the UN's, whatever country they deal with
        ("The parties met Hans Grundberg in Muscat.", "2023-03-01", "Hans Grundberg", "IGOUN"),
        ("The parties met Geir Pedersen in Geneva.", "2023-03-01", "Geir Pedersen", "IGOUN"),
        ("Both sides briefed Ramtane Lamamra on the talks.", "2024-03-01", "Ramtane Lamamra", "IGOUN"),
        ("Both sides briefed Ramtane Lamamra on the talks.", "2022-03-01", "Ramtane Lamamra", "DZAGOV"),
    ],
)
def test_office_holders_of_2015_2025_are_coded_by_their_term(coder, text, date, name, code):
    actors, _, _ = resolve(coder, text, date=date)
    assert (name, code) in codes(actors)


def test_a_surname_that_is_a_common_word_names_no_one(coder):
    """ "a gallant effort" is not Yoav Gallant: only distinctive surnames stand alone."""
    actors, _, _ = resolve(coder, "Rescuers made a Gallant effort to reach the village.", date="2023-03-01")
    assert all(a.code is None or not a.code.startswith("ISR") for a in actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # national bodies: electoral commissions and central banks are the state's, transitional, interim and
        # de facto bodies the government of the country in context
        ("In Kenya, the Electoral Commission must act.", "Electoral Commission", "KENGOV"),
        ("We urge the Central Bank of Nigeria to act.", "Central Bank of Nigeria", "NGAGOV"),
        ("We urge the Presidential Council of Libya to act.", "Presidential Council of Libya", "LBYGOV"),
        ("In Sudan, the Sovereignty Council must hand over power.", "Sovereignty Council", "SDNGOV"),
        (
            "We urge the Venezuelan National Electoral Council to act.",
            "Venezuelan National Electoral Council",
            "VENGOV",
        ),
        # a presidential or republican guard is the military
        ("In Niger, members of the Presidential Guard held him.", "Presidential Guard", "NERMIL"),
        ("In Gabon, the Republican Guard seized the palace.", "Republican Guard", "GABMIL"),
        # armed groups and missions
        (
            "We urge Jamaat Nusrat al-Islam wal-Muslimin to stop.",
            "Jamaat Nusrat al-Islam wal-Muslimin",
            "MLIREB",
        ),
        ("We urge Viv Ansanm to stop.", "Viv Ansanm", "HTICRM"),
        ("We urge the Africa Corps to leave.", "Africa Corps", "RUSMIL"),
        ("We thank UNSMIL for its work.", "UNSMIL", "IGOUN"),
    ],
)
def test_national_bodies_armed_groups_and_missions(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-08-01")
    assert (name, code) in codes(actors)


@pytest.mark.parametrize(
    ("text", "short", "code"),
    [
        ("Freedonia asked NATO for help.\nThe Alliance agreed to send advisers.", "Alliance", "IGONATO"),
        ("Ruritania left the International Criminal Court.\nThe Court regretted it.", "Court", "IGOICC"),
        ("The European Union met in Brussels.\nThe Union then fined Ruritania.", "Union", "IGOEU"),
        ("The European Union met in Brussels.\nThe bloc then fined Ruritania.", "bloc", "IGOEU"),
        ("The ECOWAS Commission met.\nThe Commission will send a mission.", "Commission", "IGOECOWAS"),
        ("The Supreme Court of Kenya sat.\nThe Court annulled the result.", "Court", "KENJUD"),
        ("Ruritania left the ICC.\nThe Court's judges regretted it.", "Court", "IGOICC"),
    ],
)
def test_the_short_name_of_a_body_named_before_is_that_body(coder, text, short, code):
    actors, _, _ = resolve(coder, text, date="2023-08-01")
    assert (short, code) in codes(actors)


def test_a_short_name_with_no_body_before_or_a_longer_name_is_not_guessed(coder):
    actors, _, _ = resolve(coder, "The Court must rule on the case.", date="2023-08-01")
    assert ("Court", None) in codes(actors)
    actors, _, _ = resolve(coder, "NATO met.\nThe Alliance for Change protested.", date="2023-08-01")
    assert all(a.code != "IGONATO" for a in actors if "Change" in a.text or a.text == "Alliance")


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("IGOUNSC", "IGOUN"),  # a body joins its organisation
        ("IGOUNO", "IGOUN"),  # a code the dictionary does not know, under a known organisation
        ("IGOEUEEAS", "IGOEU"),
        ("IGONATOMIL", "IGONATO"),
        ("IGONATO", "IGONATO"),  # neighbours that share their first five letters stay apart
        ("IGONAM", "IGONAM"),
        ("IGOOAS", "IGOOAS"),
        ("IGOOAU", "IGOOAU"),
        ("IGOOPEC", "IGOOPEC"),
        ("IGOOPCW", "IGOOPCW"),
        ("IGOSADC", "IGOSADC"),
        ("IGOSAARC", "IGOSAARC"),
        ("IGOMIL", "IGOMIL"),  # peacekeepers of no known organisation
        ("RUSGOV", "RUSGOV"),  # not an international code: unchanged
    ],
)
def test_organisation_key_joins_bodies_and_keeps_neighbours_apart(code, key):
    from communique.actors import organisation_key

    assert organisation_key(code) == key


def test_organisation_key_with_a_user_list_of_organisations():
    from communique.actors import organisation_key

    assert organisation_key("IGOFREXCOM", known=["IGOFREX", "IGOFRE"]) == "IGOFRE"
    assert organisation_key("IGOABC", known=["IGOFREX"]) == "IGOABC"


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia fired rockets and missiles at the border town.",
        "Drones struck the power station overnight.",
        "The shells landed near the hospital.",
        "Ruritania attacked the port with Shahed drones and UAVs.",
        "The attack involved some 300 unmanned aerial vehicles.",
    ],
)
def test_a_munition_with_no_owner_is_no_actor(coder, text):
    actors, _, _ = resolve(coder, text, date="2024-04-14")
    words = ("rocket", "missile", "drone", "shell", "UAV", "Shahed", "vehicle")
    assert not any(w in a.text for a in actors for w in words), codes(actors)


def test_an_owned_munition_names_the_owners_armed_force(coder):
    actors, _, _ = resolve(coder, "Hamas rockets and Russian drones hit the towns.", date="2024-04-14")
    got = dict(codes(actors))
    assert got.get("Hamas rockets") == "PSEREB"
    assert got.get("Russian drones") == "RUSMIL"


def test_an_adjective_two_countries_share_takes_the_one_the_document_named(coder):
    """ "Congolese" is the DRC's or the Republic of the Congo's: Goma or Kinshasa named before decides."""
    actors, _, _ = resolve(
        coder, "Fighting spread near Goma.\nCongolese soldiers fled the town.", date="2024-01-01"
    )
    assert ("Congolese soldiers", "CODMIL") in codes(actors)
    actors, _, _ = resolve(
        coder, "Talks opened in Brazzaville.\nCongolese officials attended.", date="2024-01-01"
    )
    assert ("Congolese officials", "COGGOV") in codes(actors)


def test_an_adjective_two_countries_share_is_not_given_the_sentences_country(coder):
    """With neither country named (and no default), "Korean officials" stay uncoded, and the events stage may
    not give them the one country of their sentence: Korean officials in Rwanda are not Rwandan."""
    from communique.actors.resolver import NOT_LOCATED

    actors, _, _ = resolve(coder, "Korean officials met Rwandan ministers in Kigali.", date="2024-01-01")
    found = [a for a in actors if a.text == "Korean officials"]
    assert found and found[0].code is None and found[0].entry in NOT_LOCATED


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # a spokesperson "of" a ministry of a country speaks for its government, whatever the ministry
        ("Spokesperson of the Ministry of Foreign Affairs of Freedonia", None),
        ("Spokesperson of the Ministry of Foreign Affairs of Ukraine", "UKRGOV"),
        ("Spokesperson of the Ministry of Defence of Ukraine", "UKRGOV"),
        # a state's development or humanitarian agency is its government
        ("USAID", "USAGOV"),
        ("Japan International Cooperation Agency", "JPNGOV"),
        ("Swiss Agency for Development and Cooperation", "CHEGOV"),
        ("the Ruritanian development agency", None),
        ("the French development agency", "FRAGOV"),
    ],
)
def test_issuers_spokespeople_of_ministries_and_state_agencies(name, code):
    from communique.actors import load_actor_dictionary, resolve_name

    actor = resolve_name(name, "2023-06-01", load_actor_dictionary([]))
    assert (actor.code if actor else None) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with neither Congo named, "Congolese" and "Congo" are the DRC's, as news writes them
        ("Congolese soldiers looted the market, witnesses said.", [("Congolese soldiers", "CODMIL")]),
        ("Both Congos signed the river accord.", [("Congos", "COD"), ("Congos", "COG")]),
        ("The two Koreas reopened the hotline.", [("Koreas", "KOR"), ("Koreas", "PRK")]),
        ("The Commonwealth suspended Freedonia.", [("The Commonwealth", "IGOCWN")]),
        ("The Treasury Department froze the assets.", [("Treasury Department", "USAGOV")]),
        ("Crowds gathered in Delhi on Sunday.", [("Delhi", "IND")]),
    ],
)
def test_pairs_defaults_and_named_bodies(coder, text, expected):
    actors, _, _ = resolve(coder, text, date="2020-01-01")
    for pair in expected:
        assert pair in codes(actors), codes(actors)


def test_korean_alone_is_not_guessed_and_a_longer_name_is_left_alone(coder):
    actors, _, _ = resolve(coder, "Korean officials attended the talks.", date="2020-01-01")
    assert ("Korean officials", None) in codes(actors)
    actors, _, _ = resolve(coder, "The Congo Basin forests are shrinking.", date="2020-01-01")
    assert not any(a.code for a in actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # regional communities and groupings, UN treaty bodies
        ("We urge ECCAS to convene.", "ECCAS", "IGOECCAS"),
        ("We urge the Alliance of Sahel States to reconsider.", "Alliance of Sahel States", "IGOAES"),
        ("We urge the Committee against Torture to visit.", "Committee against Torture", "IGOUNOHCHR"),
        ("The Quartet met in Oslo.", "The Quartet", "IGOQUARTET"),
        # legislatures by their own names, a constitutional council by context
        ("The Lok Sabha passed the bill.", "Lok Sabha", "INDLEG"),
        ("The Legislative Yuan passed the bill.", "Legislative Yuan", "TWNLEG"),
        ("In Senegal, the Constitutional Council annulled the decree.", "Constitutional Council", "SENJUD"),
        # a leader's double name before an agent: the leader's government
        ("Sanctions hit the Ortega-Murillo regime.", "Ortega-Murillo regime", "NICGOV"),
    ],
)
def test_regional_bodies_legislatures_and_regimes(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Gazan families fled south.", "Gazan families", "PSECVL"),
        ("Crimean Tatar activists were detained.", "Crimean Tatar activists", "UKROPP"),
        ("Transnistrian soldiers patrolled the bridge.", "Transnistrian soldiers", "MDAMIL"),
    ],
)
def test_regional_adjectives_name_their_state(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # central banks by their own names are the state's, not businesses ("the Bank of China" is a business)
        ("The Bank of England raised rates.", "Bank of England", "GBRGOV"),
        ("The People's Bank of China cut rates.", "People's Bank of China", "CHNGOV"),
        ("The Federal Reserve held rates.", "Federal Reserve", "USAGOV"),
        # national electoral bodies by their acronyms
        ("INEC postponed the vote.", "INEC", "NGAGOV"),
        ("The IEBC declared the results.", "IEBC", "KENGOV"),
    ],
)
def test_central_banks_and_electoral_bodies_by_name(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


def test_an_envoy_for_a_country_is_not_that_countrys(coder):
    """ "The Special Representative for Libya" is sent to Libya by someone else; a negotiator for the EU is
    the EU's."""
    actors, _, _ = resolve(coder, "The Special Representative for Libya spoke.", date="2023-06-01")
    assert not any((a.code or "").startswith("LBYGOV") for a in actors), codes(actors)
    actors, _, _ = resolve(coder, "Negotiators for the EU met in Geneva.", date="2023-06-01")
    assert ("Negotiators for the EU", "IGOEU") in codes(actors)


def test_a_bare_office_after_another_organisation_is_that_organisations(coder):
    """ "High Representative" alone is the EU's; "the AU High Representative" is the African Union's."""
    actors, _, _ = resolve(coder, "The AU High Representative visited Juba.", date="2023-06-01")
    assert not any(a.code == "IGOEUEEAS" for a in actors), codes(actors)
    assert any(a.code == "IGOAU" for a in actors)
    actors, _, _ = resolve(coder, "The High Representative condemned the attack.", date="2023-06-01")
    assert ("High Representative", "IGOEUEEAS") in codes(actors)


def test_an_international_office_named_alone_is_not_given_the_sentences_country(coder):
    """ "The Special Rapporteur criticised the Freedonian authorities": a UN mandate-holder, not Freedonia's
    government; the events stage must leave the source uncoded rather than guess the one country."""
    from communique.model import Document

    doc = Document(
        id="t", text="The Special Rapporteur criticised the Belarusian authorities.", date="2023-06-01"
    )
    coded = coder.code_document(doc)
    assert all(not (s.code or "").startswith("BLR") for e in coded.events for s in e.sources), [
        (e.cameo, [s.code for s in e.sources]) for e in coded.events
    ]
    # a chairman in a named country is still that country's
    doc = Document(id="t", text="In Kenya, the party chairman criticised the police.", date="2023-06-01")
    coded = coder.code_document(doc)
    assert any((s.code or "").startswith("KEN") for e in coded.events for s in e.sources)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # whom a group serves is not who it is: the backer is no actor, and the group takes its own place
        ("Russian-backed separatists shelled Donetsk.", "RUS"),
        ("Pro-Russian separatists in eastern Ukraine shelled the town.", "RUS"),
        ("Iran-backed militias attacked the base in Iraq.", "IRN"),
    ],
)
def test_a_backer_is_not_the_group_it_backs(coder, text, absent):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert not any((a.code or "").startswith(absent) for a in actors), codes(actors)


def test_a_leader_named_with_led_is_still_the_actor(coder):
    """ "the Saudi-led coalition": the leader acts (unlike a backer)."""
    actors, _, _ = resolve(coder, "The Saudi-led coalition struck the port.", date="2023-06-01")
    assert any((a.code or "").startswith("SAU") for a in actors), codes(actors)


def test_no_organisation_code_starts_another_unrelated_one():
    """A code that starts another is that organisation's body (the UN's, the EU's, the AU's ...): a new
    organisation whose code began with "IGOAU" or "IGOG7" would be merged with the African Union or the G7."""
    from communique.actors.keys import _bundled_codes

    parents = {"IGOUN", "IGOEU", "IGOAU", "IGOCOE", "IGOOAS", "IGOOSCE", "IGONATO", "IGOECOWAS", "IGOCSTO"}
    codes_ = _bundled_codes()
    clashes = [(a, b) for a in codes_ for b in codes_ if a != b and b.startswith(a) and a[:5] != "IGOEU"]
    assert all(a in parents for a, _ in clashes), clashes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("We thank IFAD for its support.", "IFAD", "IGOUNIFAD"),
        ("The African Development Bank approved the loan.", "African Development Bank", "IGOAFDB"),
        ("The Group of 77 and China objected.", "Group of 77 and China", "IGOGRP77"),
        ("Europol arrested the suspects.", "Europol", "IGOEUEPOL"),
        ("The Special Tribunal for Lebanon ruled.", "Special Tribunal for Lebanon", "IGOSTL"),
    ],
)
def test_more_international_bodies(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


def test_a_capitals_name_shared_by_another_countrys_city_follows_the_document(coder):
    """ "Tripoli" is Libya's capital, and a Lebanese port: Lebanon named, Libya not, makes it Lebanon's."""
    actors, _, _ = resolve(coder, "Clashes erupted in Tripoli, in northern Lebanon.", date="2023-06-01")
    assert ("Tripoli", "LBN") in codes(actors)
    actors, _, _ = resolve(coder, "Tripoli rejected the plan.", date="2023-06-01")
    assert ("Tripoli", "LBYGOV") in codes(actors)
    actors, _, _ = resolve(coder, "A firm in San Jose, California, was fined.", date="2023-06-01")
    assert ("San Jose", "USA") in codes(actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # formal names of states and de facto states
        ("The Hashemite Kingdom rejects the decision.", "Hashemite Kingdom", "JOR"),
        ("The Republic of Guinea-Bissau protested.", "Republic of Guinea-Bissau", "GNB"),
        ("The TRNC protested.", "TRNC", "CYPREB"),
    ],
)
def test_formal_names_of_states(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an honorific before a known head of state's name does not make the name someone else's
        ("His Majesty King Abdullah II opened the session.", "JORGOV"),
        ("The bloc condemns the detention of H.E. Mohamed Bazoum.", "NERGOV"),
        ("Her Excellency Samia Suluhu Hassan opened the summit.", "TZAGOV"),
    ],
)
def test_honorifics_before_a_known_name(coder, text, code):
    actors, _, _ = resolve(coder, text, date="2023-09-01")
    assert code in [a.code for a in actors], codes(actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Aso Rock said the talks would resume.", "Aso Rock", "NGAGOV"),
        ("Foggy Bottom said the talks would resume.", "Foggy Bottom", "USAGOV"),
        ("The Dalai Lama said the talks would resume.", "The Dalai Lama", "CHNREL"),
        ("Patriarch Kirill blessed the troops.", "Patriarch Kirill", "RUSREL"),
    ],
)
def test_seats_and_religious_leaders(coder, text, name, code):
    actors, _, _ = resolve(coder, text, date="2023-06-01")
    assert (name, code) in codes(actors), codes(actors)


@pytest.mark.parametrize("name", ["Group of Friends of Sudan", "Core Group on Sri Lanka"])
def test_a_group_of_states_about_a_country_is_not_that_country(name):
    """An issuer named "Core Group on Sri Lanka" speaks about Sri Lanka: it is not Sri Lanka."""
    from communique.actors import load_actor_dictionary, resolve_name

    actor = resolve_name(name, "2023-06-01", load_actor_dictionary([]))
    assert actor is not None and actor.code == "IGOFRIENDS"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # an issuer's name that lists states: every listed state issues the statement
        ("Troika (Ruritania, United Kingdom, Norway)", None),
        ("Troika (United States, United Kingdom, Norway)", ["USA", "GBR", "NOR"]),
        ("Governments of the United States, the United Kingdom and Norway", ["USAGOV", "GBRGOV", "NORGOV"]),
        ("Foreign Ministers of Estonia, Latvia and Lithuania", ["ESTGOV", "LVAGOV", "LTUGOV"]),
        # one state and a place, or an organisation and its chair, are one issuer
        ("Embassy of the United States in Kenya", ["USAGOV"]),
        ("Chair of ASEAN, Brunei Darussalam", ["IGOASEAN"]),
    ],
)
def test_an_issuer_name_listing_states_is_each_state(name, expected):
    from communique.actors import load_actor_dictionary, resolve_issuers
    from communique.model import Actor, Document

    doc = Document(id="t", text="We condemn it.", date="2023-06-01", issuers=[Actor(name=name, text=name)])
    resolve_issuers(doc, load_actor_dictionary([]))
    got = [a.code for a in doc.issuers]
    if expected is None:  # (an unknown name in the list breaks it: no guess)
        assert len(got) <= 3 and "RUR" not in "".join(c or "" for c in got)
    else:
        assert got == expected
