"""Actors, fifth session: crowds named by their number, lists that end at a clause comma, borders and
languages, broadcast channels, names inside dates, 'based in', and the adjective that outranks 'in'.

Every sentence here was written for these tests (none comes from a benchmark)."""

from __future__ import annotations

import pytest

from communique.actors import resolve_actors
from communique.model import Document
from communique.nlp import parse_documents


def resolve(coder, text, date="2005-06-01"):
    """Parse ``text`` and return its actors."""
    ((document, sdoc),) = list(parse_documents([Document(id="t", text=text, date=date)], coder.nlp))
    return resolve_actors(document, sdoc, coder.actor_dictionary)


def codes(actors):
    return [(a.text, a.code) for a in actors]


def events_of(coder, text):
    """Code ``text`` through the whole pipeline and return its events."""
    return coder.code_document(Document(id="t", text=text, date="2005-06-01")).events


# --- crowds named by their number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Thousands marched through the centre of Belgrade on Sunday.", "Thousands"),
        ("Tens of thousands rallied in Caracas against the new tax.", "Tens of thousands"),
        ("More than 5,000 protested in Minsk on Saturday.", "More than 5,000"),
        ("Some 2,000 gathered outside the court in Tbilisi.", "Some 2,000"),
        ("Riot police in Dhaka detained dozens on Monday.", "dozens"),
        ("Soldiers opened fire on hundreds in the main square of Andijan.", "hundreds"),
    ],
)
def test_a_number_standing_for_people_is_a_civilian_crowd(coder, text, crowd):
    actors = resolve(coder, text)
    found = [a for a in actors if a.text == crowd]
    assert len(found) == 1, codes(actors)
    assert found[0].code is None and found[0].sectors == ["CVL"], found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Nigerians converged on Lagos for the rally.",  # the "of" phrase says who
        "The two signed a trade accord in Geneva.",  # the two named before
        "In 2005, the ministry paid 5,000 dollars to each family.",  # an amount
        "1999 was a difficult year for the Kenyan economy.",  # a year
        "Twelve of the miners were rescued.",  # a small number, and an "of" phrase
    ],
)
def test_numbers_that_are_not_crowds(coder, text):
    actors = resolve(coder, text)
    assert not any(a.entry == "crowd" for a in actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "country", "plover"),
    [
        ("Thousands marched through the centre of Belgrade on Sunday.", "SRB", "PROTEST"),
        ("More than 5,000 protested in Minsk against the election result.", "BLR", "PROTEST"),
        ("Tens of thousands rallied in Caracas against the government.", "VEN", "PROTEST"),
    ],
)
def test_a_crowd_subject_codes_an_event_with_the_sentence_country(coder, text, country, plover):
    events = events_of(coder, text)
    assert events, text
    ev = events[0]
    assert ev.plover == plover, (ev.cameo, ev.plover)
    assert [a.code for a in ev.sources] == [country + "CVL"], [(a.text, a.code) for a in ev.sources]


def test_a_crowd_as_object_is_the_target(coder):
    events = events_of(coder, "Police in Dhaka detained dozens after the march.")
    assert events and [a.code for a in events[0].targets] == ["BGDCVL"], [
        (e.cameo, [(a.text, a.code) for a in e.targets]) for e in events
    ]


# --- lists of modifiers end at a clause comma ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Gunmen seized two villages near Serbia's border with Hungary, Serbian police said.",
            "Serbian police",
            {"SRBCOP"},
        ),
        (
            "Pyongyang has built missiles able to reach Japan, South Korea's defence ministry said.",
            "South Korea's defence ministry",
            {"KORGOV"},
        ),
        (
            "The convoy crossed into Chad, Sudanese officials said on Friday.",
            "Sudanese officials",
            {"SDNGOV"},
        ),
        (
            "Greek, Turkish and Cypriot leaders met in Geneva.",
            "Greek, Turkish and Cypriot leaders",
            {"GRCGOV", "TURGOV", "CYPGOV"},
        ),
        (
            "French, German, and Italian ministers signed the accord.",
            "French, German, and Italian ministers",
            {"FRAGOV", "DEUGOV", "ITAGOV"},
        ),
    ],
)
def test_a_comma_with_no_and_after_it_ends_a_list(coder, text, mention, expected):
    actors = resolve(coder, text)
    assert {a.code for a in actors if a.text == mention} == expected, codes(actors)
    # the country before the comma stays a mention of its own
    assert not any(a.text.endswith(mention) and a.text != mention for a in actors), codes(actors)


# --- a border or a language is not its country acting ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Burmese troops overran a rebel camp on the Thai border.", "Thai"),
        ("Refugees massed on the Turkish frontier after the shelling.", "Turkish"),
        ("The court struck down limits on the use of the Russian language in schools.", "Russian"),
        ("Teachers in Quebec must pass an exam in the French language.", "French"),
    ],
)
def test_a_country_adjective_before_a_border_or_language_is_not_an_actor(coder, text, word):
    actors = resolve(coder, text)
    assert not any(a.text == word for a in actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Turkish jets violated Greek airspace on Monday.", "Greek", "GRC"),
        ("Israeli artillery shelled Lebanese territory overnight.", "Lebanese", "LBN"),
        ("Russia's border guards detained two fishermen.", "Russia's border guards", "RUSMIL"),
    ],
)
def test_territory_airspace_and_possessives_still_name_the_country(coder, text, word, code):
    actors = resolve(coder, text)
    assert (word, code) in codes(actors), codes(actors)


def test_the_border_country_still_gives_context(coder):
    # "the Thai border" is not an actor, but the country is still mentioned for "the government" after it
    actors = resolve(coder, "Fighting flared on the Thai border. The government sent more troops.")
    assert ("government", "THAGOV") in codes(actors), codes(actors)


# --- broadcast channels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The president announced the decision on state television.", "state television"),
        ("The minister said over the radio that talks would resume.", "radio"),
        ("The ban on songs in Uzbek on national radio and television was lifted.", "television"),
    ],
)
def test_a_medium_after_on_or_over_is_a_channel_not_an_actor(coder, text, channel):
    actors = resolve(coder, text)
    assert not any(channel in a.text for a in actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("State television said the rebels had surrendered.", "State television"),
        ("Police fired tear gas on journalists in Minsk.", "journalists in Minsk"),
        ("Kenyan television showed the burning market.", "Kenyan television"),
        ("Local radio reported heavy fighting near Osh.", "radio"),
    ],
)
def test_media_that_act_are_still_actors(coder, text, mention):
    actors = resolve(coder, text)
    assert any(a.text.startswith(mention.split()[0]) and "MED" in a.sectors for a in actors), codes(actors)


# --- names inside dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Parliament recognised the results of the November 17 municipal elections.",
        "Voting in the run-off ended on 17 November in Athens.",
        "The talks are due to resume on November 17 in Vienna.",
    ],
)
def test_a_group_named_after_a_date_is_not_found_in_dates(coder, text):
    actors = resolve(coder, text)
    assert not any(a.code == "GRCREB" for a in actors), codes(actors)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek group November 17 claimed the bombing.",
        "Police said November 17 gunmen shot the attache.",
        "Members of the group 17 November were arrested in Athens.",
    ],
)
def test_the_group_named_after_a_date_is_still_found_as_a_group(coder, text):
    actors = resolve(coder, text)
    assert any(a.code == "GRCREB" for a in actors), codes(actors)


# --- "based in", terror groups, and the adjective before "in" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A terror group based in Trinidad claims to be making poison gas.", "TTOREB"),
        ("Rebels based in Liberia attacked a border town.", "LBRREB"),
        ("A rights group based in Kenya documented the abuses.", "KENNGO"),
    ],
)
def test_based_in_locates_a_group(coder, text, code):
    actors = resolve(coder, text)
    assert code in {a.code for a in actors}, codes(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code", "place"),
    [
        (
            "Washington banned all aid to Albanian rebels in Macedonia.",
            "Albanian rebels",
            "ALBREB",
            "Macedonia",
        ),
        ("Chinese workers in Zambia went on strike.", "Chinese workers", "CHNLAB", "Zambia"),
        ("UN peacekeepers from Ghana guarded the camp.", "UN peacekeepers", "IGOUNMIL", "Ghana"),
        ("Russian officials from Moscow flew to Minsk.", "Russian officials", "RUSGOV", "Moscow"),
        (
            "Ukrainian students in Poland protested outside the embassy.",
            "Ukrainian students",
            "UKREDU",
            "Poland",
        ),
    ],
)
def test_a_country_adjective_outranks_a_place_after_in(coder, text, mention, code, place):
    actors = resolve(coder, text)
    got = codes(actors)
    assert (mention, code) in got, got
    assert any(a.text == place for a in actors), got  # the place stays a mention of its own


def test_in_still_locates_a_group_with_no_adjective(coder):
    actors = resolve(coder, "Protesters in Kazakhstan blocked the main road.")
    assert ("Protesters in Kazakhstan", "KAZOPP") in codes(actors), codes(actors)


# --- peacekeepers with no country -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The rebels opposed the deployment of a regional peacekeeping force.",
            "peacekeeping force",
            "IGOMIL",
        ),
        ("Peacekeepers in southern Lebanon came under mortar fire.", "Peacekeepers", "IGOMIL"),
        ("Blue helmets escorted the convoy to Goma.", "Blue helmets", "IGOMIL"),
        ("Russian peacekeepers left the buffer zone.", "Russian peacekeepers", "RUSMIL"),
        ("Nigeria will withdraw its peacekeeping force from Chad.", "peacekeeping force", "NGAMIL"),
    ],
)
def test_peacekeepers_with_no_country_are_an_international_force(coder, text, mention, code):
    actors = resolve(coder, text)
    assert (mention, code) in codes(actors), codes(actors)


def test_peacekeepers_a_state_sends_are_not_coded_igo(coder):
    actors = resolve(coder, "Pakistan refused to send peacekeepers to Somalia.")
    assert not any(a.text == "peacekeepers" and a.code for a in actors), codes(actors)


def test_alone_must_be_a_pseudo_country(tmp_path):
    from communique.actors import load_actor_dictionary
    from communique.model import DictionaryError

    bad = tmp_path / "bad.yaml"
    bad.write_text("agents:\n  - {name: monitors, sectors: [MIL], alone: igo1}\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_actor_dictionary([bad])
    assert "bad.yaml" in str(err.value) and "alone" in str(err.value)


# --- members "from" a body --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Doctors from two French aid groups reached the camp.", "Doctors", "FRA"),
        ("Officials from the Kenyan foreign ministry flew to Juba.", "Officials", "KEN"),
        ("Soldiers from the Chadian army guarded the airport.", "Soldiers", "TCD"),
    ],
)
def test_members_from_a_coded_body_are_its_own(coder, text, mention, country):
    actors = resolve(coder, text)
    got = [a for a in actors if a.text == mention]
    assert got and got[0].country == country, codes(actors)


def test_from_that_belongs_to_the_verb_gives_nothing(coder):
    actors = resolve(coder, "Troops withdrew from the Chadian capital on Sunday.")
    assert not any(a.text == "Troops" and a.code for a in actors), codes(actors)


# --- misspelt country names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Ethopia has agreed to reopen its border crossings.", "Ethopia", "ETH"),
        ("Quatar's emir hosted the talks.", "Quatar's emir", "QATGOV"),
        ("Both the Phillippines military and the rebels broke the truce.", "Phillippines military", "PHLMIL"),
        ("Britian and Frnace signed the accord.", "Frnace", "FRA"),
        ("Ethopian troops crossed into Somalia.", "Ethopian troops", "ETHMIL"),
    ],
)
def test_a_country_name_one_letter_off_is_still_the_country(coder, text, mention, code):
    actors = resolve(coder, text)
    assert (mention, code) in codes(actors), codes(actors)


@pytest.mark.parametrize(
    "text",
    [
        "The Columbia river flooded the valley.",  # a real name, not Colombia
        "Students at Columbia University protested.",  # part of a longer name
        "Voters in Indiana backed the measure.",  # a US state, not India
    ],
)
def test_real_names_near_a_country_name_are_not_misspellings(coder, text):
    actors = resolve(coder, text)
    assert not any(a.code and a.code[:3] in ("COL", "IND") for a in actors), codes(actors)


# --- titles and honorifics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Qatar's emir, Sheikh Tamim Fahad, opened the summit.", "Tamim Fahad", "QATGOV"),
        ("Kenya's army chief, Gen. Joseph Mwangi, resigned.", "Joseph Mwangi", "KENMIL"),
        ("Jordan's foreign minister, Dr. Amal Haddad, met the envoy.", "Amal Haddad", "JORGOV"),
    ],
)
def test_an_honorific_between_the_role_and_the_name(coder, text, name, code):
    actors = resolve(coder, text)
    assert any(a.text.endswith(name) and a.code == code for a in actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Protests spread across Kenya on Monday. President Joseph Mwangi appealed for calm.",
            "President Joseph Mwangi",
            "KENGOV",
        ),
        (
            "Kenyan police fired tear gas while Foreign Minister Amos Kiprono met the envoys.",
            "Foreign Minister Amos Kiprono",
            "KENGOV",
        ),
        (
            "Floods hit northern Ghana. Vice President Kofi Mensah toured the area on Friday.",
            "Vice President Kofi Mensah",
            "GHAGOV",
        ),
    ],
)
def test_an_unknown_titled_name_takes_the_country_named_before_it(coder, text, mention, code):
    actors = resolve(coder, text)
    assert (mention, code) in codes(actors), codes(actors)


def test_an_unknown_titled_name_after_two_countries_stays_unresolved(coder):
    actors = resolve(coder, "Talks between Russia and Ukraine stalled. President Ivan Petrenko left Geneva.")
    assert any(a.text == "President Ivan Petrenko" and a.code is None for a in actors), codes(actors)


# --- a sentence naming no country: local agents belong to the country of the sentence before ------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Kenya's electoral board announced the results on Monday. Police fired tear gas at the crowd.",
            "Police",
            "KENCOP",
        ),
        ("Thousands marched in Minsk on Sunday. Protesters demanded new elections.", "Protesters", "BLROPP"),
        (
            "Floods hit the north of Ghana last week. Residents say no aid has arrived.",
            "Residents",
            "GHACVL",
        ),
        ("Strikes spread across Bolivia. Thousands blocked the roads to the capital.", "Thousands", "BOLCVL"),
    ],
)
def test_local_agents_take_the_one_country_of_the_sentence_before(coder, text, mention, code):
    actors = resolve(coder, text)
    assert (mention, code) in codes(actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Russia and Ukraine traded blame. Police detained two men.", "Police"),  # two countries before
        ("The Belarusian opposition called a strike. Troops were deployed.", "Troops"),  # troops act abroad
        (
            "Kenya held elections. Protesters in Uganda blocked a road near Ethiopia's border.",
            "Protesters in Uganda",
        ),
    ],
)
def test_no_country_from_the_sentence_before_when_unsure(coder, text, mention):
    actors = resolve(coder, text)
    got = [a for a in actors if a.text == mention]
    assert got and all(a.code is None or a.country == "UGA" for a in got), codes(actors)


# --- the office a title names beats the person's dated entry ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # between two terms in the dictionary, the title says which office
        (
            "NATO Secretary-General Mark Rutte arrived in Kyiv.",
            "2024-08-15",
            "NATO Secretary-General Mark Rutte",
            "IGONATO",
        ),
        (
            "Norwegian Prime Minister Jens Stoltenberg opened the talks.",
            "2016-03-01",
            "Norwegian Prime Minister Jens Stoltenberg",
            "NORGOV",
        ),
        (
            "Danish Prime Minister Anders Fogh Rasmussen criticised the plan.",
            "2011-05-05",
            "Danish Prime Minister Anders Fogh Rasmussen",
            "DNKGOV",
        ),
        (
            "UN Secretary-General Antonio Guterres urged calm.",
            "2000-01-01",
            "UN Secretary-General Antonio Guterres",
            "IGOUN",
        ),
    ],
)
def test_the_title_in_the_text_names_the_office(coder, text, date, mention, code):
    actors = resolve(coder, text, date=date)
    assert (mention, code) in codes(actors), codes(actors)


def test_a_former_title_keeps_the_persons_dated_entry(coder):
    actors = resolve(
        coder, "Former Portuguese Prime Minister Antonio Guterres spoke in Lisbon.", date="2020-05-05"
    )
    assert any(a.text.endswith("Antonio Guterres") and a.code == "IGOUN" for a in actors), codes(actors)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Britain joined the Common Market in 1973.", "Common Market"),
        ("Spain applied to the European Common Market in 1977.", "European Common Market"),
        ("Greece asked the EC member states for aid.", "EC member states"),
    ],
)
def test_old_names_of_the_european_union(coder, text, mention):
    actors = resolve(coder, text, date="1985-01-01")
    assert (mention, "IGOEU") in codes(actors), codes(actors)
