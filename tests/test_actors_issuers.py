"""Issuers the dictionary does not know, coded by the kind their names announce; issuers' names that hold a
second actor (an office's holder after a comma, a known party name inside a longer one)."""

from __future__ import annotations

import pytest

from communique.actors import resolve_issuers, resolve_name
from communique.actors.kinds import kind_of, load_kinds
from communique.model import Actor, DictionaryError, Document

from .test_actors import resolve


def issuer(name, title=None, date="2023-05-01"):
    named = [Actor(name=name, text=name, via="issuer")]
    return Document(id="t", text="", title=title, date=date, issuers=named)


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Progressive Citizens' Party", "PTY"),
        ("Workers' Party of Freedonia", "PTY"),  # a party, whatever it is named after
        ("National Alliance for Change", "OPP"),
        ("Coalition for Democratic Renewal", "OPP"),
        ("Patriotic Salvation Movement", "OPP"),
        ("Federation of Freedonian Employers", "BUS"),
        ("Confederation of Industries", "BUS"),
        ("Chamber of Commerce and Industry", "BUS"),
        ("Trades Union Congress", "LAB"),
        ("National Union of Teachers", "LAB"),
        ("Bar Association", "JUD"),
        ("Law Society", "JUD"),
        ("Union of Journalists", "MED"),
        ("Council of Churches", "REL"),
        ("Episcopal Conference", "REL"),
        ("National Human Rights Commission", "NGO"),
        ("Office of Juan Mendez", "ELI"),
        ("Ministry of Foreign Affairs", None),
        ("Office of the President", None),
    ],
)
def test_kind_of_an_issuer_name(name, sector):
    assert kind_of(name) == sector


def test_unknown_issuer_takes_its_kind_and_the_country_its_name_names():
    """ "Zambian People's Party" is a party (not Zambian civilians); "U.S. Chamber of Commerce" a business
    body (not the United States); "Uganda Bar Association" lawyers."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, code in [
        ("Zambian People's Party", "ZMBPTY"),
        ("U.S. Chamber of Commerce", "USABUS"),
        ("Uganda Bar Association", "UGAJUD"),
        ("Journalists' Union of Chad", "TCDMED"),
        ("Freedonia Labour Congress", None),  # (no such country: the kind alone)
        ("Ghana Labour Congress", "GHALAB"),  # "Congress" after the union is not a legislature
        ("Episcopal Conference of Togo", "TGOREL"),
    ]:
        doc = issuer(name)
        resolve_issuers(doc, d)
        (iss,) = doc.issuers
        if code is None:
            assert (iss.code, iss.sectors) == (None, ["LAB"])
            continue
        assert (name, iss.code) == (name, code)
        # by the kind of its name, or by a generic agent of that kind composed with the country
        assert iss.entry == f"kind:{code[3:]}:name" or "+" in (iss.entry or ""), iss.entry
        assert iss.via == "issuer"


def test_unknown_issuer_takes_the_one_country_of_the_title():
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    doc = issuer("National Alliance for Change", title="Statement on the arrests of journalists in Ghana")
    resolve_issuers(doc, d)
    assert (doc.issuers[0].code, doc.issuers[0].entry) == ("GHAOPP", "kind:OPP:title")
    two = issuer("National Alliance for Change", title="Statement on the border clashes of Ghana and Togo")
    resolve_issuers(two, d)
    assert (two.issuers[0].code, two.issuers[0].sectors) == (None, ["OPP"])
    # an international body's name: never the country it speaks about
    world = issuer("Global Coalition for Press Freedom", title="Statement on Ghana")
    resolve_issuers(world, d)
    assert world.issuers[0].code is None
    # ... nor a regional one's, which takes CAMEO's region code (session 14; was uncoded)
    region = issuer("African Trade Union Confederation", title="Statement on Ghana")
    resolve_issuers(region, d)
    assert (region.issuers[0].code, region.issuers[0].entry) == ("AFRLAB", "kind:LAB:region")


def test_a_known_entry_or_a_state_body_keeps_its_code():
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, code in [
        ("Movement for Democratic Change", "ZWEOPP"),  # a dictionary entry, not the kind "movement"
        ("Catholic Bishops' Conference of Nigeria", "NGAREL"),
        ("Ministry of Industry of Kenya", "KENGOV"),  # a ministry, not a business body
    ]:
        doc = issuer(name)
        resolve_issuers(doc, d)
        assert doc.issuers[0].code == code, name


def test_unknown_issuer_takes_the_one_country_the_document_names(coder):
    """A party's statement naming only Malawi is Malawian: its "we" and "The Party" are coded too."""
    text = (
        "The Party condemns the arrest of its candidate in Lilongwe. We call on the Malawian police to "
        "release him at once."
    )
    actors, document, _ = resolve(coder, text, issuers=["Progressive Citizens' Party"])
    assert (document.issuers[0].code, document.issuers[0].entry) == ("MWIPTY", "kind:PTY:document")
    assert [a.code for a in actors if a.via == "self-reference"] == ["MWIPTY"]
    assert [a.code for a in actors if a.text == "We"] == ["MWIPTY"]
    ours, _, _ = resolve(
        coder, "Our people deserve free elections in Malawi.", issuers=["Progressive Citizens' Party"]
    )
    assert [a.code for a in ours if a.text == "Our people"] == ["MWICVL"]
    # two countries named: no guess
    two, document, _ = resolve(
        coder, "We condemn the arrests in Malawi and in Zambia.", issuers=["Progressive Citizens' Party"]
    )
    assert document.issuers[0].code is None
    assert [a.code for a in two if a.text == "We"] == [None]
    # ... nor when the title names a second one
    _, titled, _ = resolve(
        coder,
        "We condemn the arrests in Malawi.",
        issuers=["Progressive Citizens' Party"],
        title="Statement on the arrests in Malawi and Zambia",
    )
    assert titled.issuers[0].code is None


def test_office_holder_after_a_comma_is_not_the_issuer():
    """ "Chairmanship of the OSCE, Malta": the OSCE's chair speaks, Malta only holds the chair."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    assert resolve_name("Chairmanship of the OSCE, Malta", None, d).code == "IGOOSCE"
    # a country holding the organisation's office, before it
    assert resolve_name("Maltese Chairmanship of the OSCE", None, d).code == "IGOOSCE"
    assert resolve_name("Spanish Presidency of the Council of the EU", None, d).code.startswith("IGOEU")
    assert resolve_name("Permanent Mission of Malta to the OSCE", None, d).code == "MLTGOV"  # its own state's
    assert resolve_name("Ministry of External Affairs, Government of India", None, d).code == "INDGOV"


def test_known_party_name_inside_a_longer_name():
    """ "Social Democratic Party of Freedonia" is not the US Democratic Party."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    assert resolve_name("Social Democratic Party", None, d) is None
    assert resolve_name("People's Democratic Party", None, d) is None
    assert resolve_name("U.S. Democratic Party", None, d).code == "USAPTY"
    assert resolve_name("Democratic Party", None, d).code == "USAPTY"


def test_kinds_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "kinds.yaml"
    bad.write_text("kinds:\n  - sector: party\n    words: [party]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"kinds\.yaml:2"):
        load_kinds(bad)


def test_bodies_carry_their_organisation_code_first():
    """A UN agency's statement is the UN system's (IGOUN...), as CAMEO codes it; a Council of Europe or OSCE
    body starts with its organisation's code; nothing outside the UN starts IGOUN (scored by five letters)."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, prefix in [
        ("World Health Organization", "IGOUN"),
        ("International Labour Organization", "IGOUN"),
        ("International Court of Justice", "IGOUN"),
        ("World Food Programme", "IGOUN"),
        ("Parliamentary Assembly of the Council of Europe", "IGOCOE"),
        ("European Court of Human Rights", "IGOCOE"),
        ("OSCE Office for Democratic Institutions and Human Rights", "IGOOSCE"),
        ("Special Envoy of the Secretary-General for Libya", "IGOUN"),  # the UN's envoy, not Libya's
    ]:
        assert resolve_name(name, "2023-05-01", d).code.startswith(prefix), name
    assert not resolve_name("Union State of Russia and Belarus", None, d).code.startswith("IGOUN")


def test_an_agent_heading_an_issuer_name_keeps_the_name_country():
    """ "Ministry of Foreign Affairs and Regional Integration of Freedonia"-like names: the ministry does not
    compose across "and ...", but the country the name ends with is still its (GOV, not the bare country)."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, code in [
        ("Ministry of Foreign Affairs and Regional Integration of Ghana", "GHAGOV"),
        ("Department of Foreign Affairs and Trade of Ireland", "IRLGOV"),
        ("Business Leadership Zimbabwe", "ZWEBUS"),
        ("Kenya Private Sector Alliance", "KENBUS"),  # a business body, not a political alliance
        ("Ukrainian World Congress", "UKR"),  # an agent after the country is not the name's head
    ]:
        doc = issuer(name)
        resolve_issuers(doc, d)
        assert doc.issuers[0].code == code, name


def test_foreign_services_and_regional_rights_bodies_by_name():
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, code in [
        ("Global Affairs Canada", "CANGOV"),
        ("Foreign, Commonwealth and Development Office", "GBRGOV"),
        ("Federal Foreign Office", "DEUGOV"),
        ("State House Kenya", "KENGOV"),
        ("Inter-American Commission on Human Rights", "IGOOASIACHR"),  # not "American" = USA
        ("African Commission on Human and Peoples' Rights", "IGOAUACHPR"),  # not the region
        ("Coalition for the International Criminal Court", "NGOCICC"),  # not the court
    ]:
        doc = issuer(name)
        resolve_issuers(doc, d)
        assert doc.issuers[0].code == code, name


def test_a_government_in_exile_is_the_opposition():
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name in (
        "Government of Freedonia in Exile",
        "Belarusian Government in Exile",
        "Exiled Parliament of Belarus",
    ):
        doc = issuer(name.replace("Freedonia", "Laos"))
        resolve_issuers(doc, d)
        assert doc.issuers[0].code in ("LAOOPP", "BLROPP"), name


def test_known_opposition_figures_and_parties_by_date():
    """Dated entries: an opposition leader who came to power is the government after the inauguration."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    assert resolve_name("Hakainde Hichilema", "2020-01-01", d).code == "ZMBOPP"
    assert resolve_name("Hakainde Hichilema", "2022-01-01", d).code == "ZMBGOV"
    assert resolve_name("PASTEF", "2023-06-01", d).code == "SENOPP"
    assert resolve_name("National Unity Platform", "2021-01-14", d).code == "UGAOPP"
    # an armoured personnel carrier is no Nigerian party
    assert resolve_name("an APC", "2020-01-01", d) is None
    # spokespeople who head statements
    assert resolve_name("Spokesperson Matthew Miller", "2024-03-01", d).code == "USAGOV"
    assert resolve_name("Stéphane Dujarric", "2024-03-01", d).code == "IGOUN"


def test_the_head_or_voice_of_an_unknown_body_takes_its_kind():
    """ "Leader of the Democratic Forces", "Spokesperson of the National Alliance for Change": the body's
    kind; a minister heading the name stays the state's ("Minister of Labour of Ghana")."""
    from communique.actors import load_actor_dictionary

    d = load_actor_dictionary([])
    for name, title, code in [
        ("Leader of the Democratic Forces", "Statement on the elections in Togo", "TGOOPP"),
        ("Spokesperson of the National Alliance for Change", "On the arrests in Togo", "TGOOPP"),
        ("Secretary-General of the Trades Union Congress of Ghana", None, "GHALAB"),
        ("Minister of Labour of Ghana", None, "GHAGOV"),
    ]:
        doc = issuer(name, title=title)
        resolve_issuers(doc, d)
        assert doc.issuers[0].code == code, name
