"""Sixteenth session: a person issuer named again by "He"/"She" after sentences that name nobody, the head of
an issuing organisation named by office alone, and mentions wrongly taken for the issuers.
"""

from __future__ import annotations

from .test_actors import found, resolve


def test_he_is_the_person_issuer_after_sentences_that_name_nobody(coder):
    text = (
        "The Secretary-General is alarmed by the floods in the north of Ruritania. "
        "The rains have destroyed bridges and roads across the region. "
        "He urges the authorities to open the roads to relief convoys."
    )
    actors, _, _ = resolve(coder, text, issuers=["Spokesperson for the UN Secretary-General"])
    assert found(actors, "He") == ["IGOUN"]


def test_he_is_another_person_named_since_the_issuer(coder):
    text = (
        "The Secretary-General is alarmed by the floods in Mozambique. "
        "President Daniel Chapo visited the flooded districts on Monday. "
        "He promised new shelters within a week."
    )
    actors, _, _ = resolve(coder, text, issuers=["Spokesperson for the UN Secretary-General"])
    assert found(actors, "He") != ["IGOUN"]
    # ... a person the dictionary does not know too
    text = (
        "The Secretary-General condemns the strike on the market in Kharkiv. "
        '"We are outraged," said Ihor Terekhov, who visited the site. '
        "He called for air defence systems."
    )
    actors, _, _ = resolve(coder, text, issuers=["Spokesperson for the UN Secretary-General"])
    assert found(actors, "He") != ["IGOUN"]


def test_an_organisations_secretary_general_is_its_own(coder):
    text = (
        "The League condemns the burning of a holy book outside a mosque in Oslo. "
        "Secretary-General Karim Haddad regretted that the Norwegian authorities had allowed the rally. "
        "The Secretary-General welcomed the statement of the Norwegian government."
    )
    actors, _, _ = resolve(coder, text, issuers=["General Secretariat of the League of Arab States"])
    assert found(actors, "Secretary-General Karim Haddad") == ["IGOLAS"]
    assert found(actors, "Secretary-General") == ["IGOLAS"]
    # not the special rapporteur the same entry names, who is the UN's in an NGO's statement
    actors, _, _ = resolve(
        coder,
        "The Special Rapporteur criticised the authorities of Belarus.",
        issuers=["Amnesty International"],
    )
    assert found(actors, "Special Rapporteur") != ["NGOAMN"]


def test_a_secretary_general_takes_no_country_from_the_sentence_before(coder):
    text = (
        "The Ministry condemns the burning of a holy book outside a mosque in Oslo. "
        "Secretary-General Karim Haddad expressed regret at the rally."
    )
    actors, _, _ = resolve(coder, text, issuers=["Ministry of Foreign Affairs of Turkey"])
    assert found(actors, "Secretary-General Karim Haddad") == [None]


def test_the_organisation_after_a_quoted_persons_name_is_still_the_issuer(coder):
    text = (
        "Soldiers have killed eight protesters in Harare, Amnesty International said today. "
        '"The killings must stop," said Tendai Moyo, a regional director. '
        "The organization is also calling on the authorities to release everyone detained."
    )
    actors, _, _ = resolve(coder, text, issuers=["Amnesty International"])
    assert found(actors, "organization") == ["NGOAMN"]


def test_a_count_of_other_agents_is_not_a_joint_statements_issuers(coder):
    names = ["Government of Chile", "Government of Peru", "Government of Uruguay"]
    actors, _, _ = resolve(
        coder, "The removal of the three lawmakers from the assembly silences the opposition.", issuers=names
    )
    assert not [a for a in actors if a.via == "self-reference"]
    # their own kind still is them
    actors, _, _ = resolve(coder, "The three governments will pursue their mediation.", issuers=names)
    assert found(actors, "The three governments") == ["CHLGOV", "PERGOV", "URYGOV"]


def test_the_title_named_earlier_in_the_sentence_is_that_person_not_the_issuer(coder):
    text = (
        "The Authority condemns the attempt to overthrow the elected President of Gambia, Ousman Jallow, "
        "and the detention of the President and his family by soldiers."
    )
    actors, _, _ = resolve(coder, text, issuers=["ECOWAS Authority of Heads of State and Government"])
    assert found(actors, "President") == ["GMBGOV"]
    # with no such person before it, "the President" in the heads of state's statement is still theirs
    actors, _, _ = resolve(
        coder, "The President of the Authority condemns the coup.", issuers=["ECOWAS Authority"]
    )
    assert not [a for a in actors if (a.code or "").startswith("GMB")]


def test_a_group_named_after_its_countrys_adjective_is_still_the_group(coder):
    actors, _, _ = resolve(
        coder, "A survey team of the Chinese People's Liberation Army crossed into the valley on Tuesday."
    )
    assert found(actors, "People's Liberation Army") == ["CHNMIL"]
    # another country's adjective before a body's name still makes another body ("Security Council" alone is
    # the UN's)
    actors, _, _ = resolve(coder, "The Kenyan Security Council met in Nairobi.")
    assert not [a for a in actors if (a.code or "").startswith("IGO")]


def test_state_services_known_by_their_own_names(coder):
    cases = [
        (
            "Officers of the Rapid Action Battalion detained two students in Sylhet.",
            "Rapid Action Battalion",
            "BGDCOP",
        ),
        ("The ISI was accused of holding the journalist.", "ISI", "PAKSPY"),
        ("The GSU fired tear gas at the marchers.", "GSU", "KENCOP"),
        ("Agents of SEBIN raided the offices of the newspaper.", "SEBIN", "VENSPY"),
        ("Carabineros dispersed the march near the university.", "Carabineros", "CHLCOP"),
        ("The UPDF deployed two battalions to the border.", "UPDF", "UGAMIL"),
    ]
    for text, name, code in cases:
        actors, _, _ = resolve(coder, text)
        assert found(actors, name) == [code], text


def test_legislatures_and_seats_of_government_known_by_their_own_names(coder):
    actors, _, _ = resolve(coder, "The Wolesi Jirga rejected the nominee, and Carondelet issued a decree.")
    assert found(actors, "Wolesi Jirga") == ["AFGLEG"]
    assert found(actors, "Carondelet") == ["ECUGOV"]
    actors, _, _ = resolve(coder, "The Grand National Assembly approved the deployment.")
    assert found(actors, "Grand National Assembly") == ["TURLEG"]


def test_a_juntas_shared_acronym_is_the_junta_of_the_day(coder):
    text = "The CNSP suspended the constitution and closed the borders."
    actors, _, _ = resolve(coder, text, date="2023-08-02")
    assert found(actors, "CNSP") == ["NERMIL"]
    actors, _, _ = resolve(coder, text, date="2020-08-20")
    assert found(actors, "CNSP") == ["MLIMIL"]
    actors, _, _ = resolve(coder, "The CNRD dissolved the government.")
    assert found(actors, "CNRD") == ["GINMIL"]


def test_a_group_led_by_coded_actors_is_theirs(coder):
    actors, _, _ = resolve(coder, "A delegation led by Sergei Lavrov arrived in Ankara on Monday.")
    assert found(actors, "delegation") == ["RUSGOV"]
    # one mention per leader
    actors, _, _ = resolve(coder, "The delegations headed by Sergei Lavrov and Hakan Fidan met in Geneva.")
    assert found(actors, "delegations") == ["RUSGOV", "TURGOV"]
    # an unknown leader gives nothing
    actors, _, _ = resolve(coder, "A delegation led by Mr Smith arrived on Monday.")
    assert found(actors, "delegation") == [None]


def test_the_americas_name_no_country(coder):
    text = (
        "Students marched in Caracas. "
        "“These arrests must stop,” said Ana Pérez, Americas director at Human Rights Watch. "
        "Police detained 40 protesters on Sunday."
    )
    actors, _, _ = resolve(coder, text, issuers=["Human Rights Watch"])
    assert not [a for a in actors if (a.code or "").startswith("USA")]
    assert found(actors, "Police") == ["VENCOP"]
    # "American" still is the United States
    actors, _, _ = resolve(coder, "Leaders of the Americas met in Lima. American officials attended.")
    assert found(actors, "American officials") == ["USAGOV"]


def test_the_spans_of_bodies_names_with_their_kind_word(coder):
    from communique.actors import body_heads, body_spans

    text = (
        "The International Criminal Court and the Independent Centre for the Study of Elections met the "
        "National Electoral Commission on Monday."
    )
    actors, _, _ = resolve(coder, text)
    heads = body_heads(actors, coder.actor_dictionary)
    kinds = [(text[a:b], kind) for a, b, kind in heads]
    assert [kind for name, kind in kinds if name.startswith("International Criminal")] == ["court"]
    assert [kind for name, kind in kinds if name.startswith("Independent Centre")] == ["centre"]
    assert [kind for name, kind in kinds if name.startswith("National Electoral")] == ["commission"]
    assert body_spans(actors, coder.actor_dictionary) == [(a, b) for a, b, _ in heads]
