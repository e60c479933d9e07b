"""Transfer set of session 23 (NV23): wire-news sentences in the manner of the PLOVER GSR records (a title
before a name, a capital for its government, a trailing attribution) for the categories the held-out GSR half
loses most: RETREAT, CONCEDE, COERCE, ACCUSE, CONSULT, AID, SUPPORT, SANCTION, with near misses.

Each item of tests/data/events/vocabulary-news-s23.yaml was written in our own words and committed before the
coder was run on it: batch 1 (99a578d) before any rule change of the session, batch 2 (a65d6be, with REJECT
items) after the first rules and before the second. The main event must have the expected
PLOVER category and, when one is given, a source of the expected country; ``not:`` items must not have that
category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.transfer_set import NewsTransferSet, load_items, wrong_senses

ITEMS_FILE = Path(__file__).parent / "data" / "events" / "vocabulary-news-s23.yaml"
# Measured. Batch 1 (139 items, v01-v11) on the session's starting code (4fd1a8b): 115/139 (0.827); near
# misses 16/23. With NV23's first rules (captives handed over, towns abandoned by armed men, peacekeepers let
# in, imports barred, media shut named by a noun; guards for sport, money and weather): 126/139 (0.906), near
# misses 23/23. Batch 2 (47 items, v12-v18) on those rules: 32/47; with the second rules (complaints waved
# away, talks declared dead, rallied behind; a runner's rally): 36/47. Batch 3 (31 items, v19-v24, 5a9eef8)
# on the second rules: 27/31, no rule added for it. All 217: 189 (0.871); lowest categories of ten items or
# more AID 10/15 (arms and relief arriving or handed over in the passive: the giver named by origin is no
# source yet, a roles question) and RETREAT 23/35. Left as misses, expectations the coder's conventions
# answer otherwise: "will supply", "agreed to suspend" and "agreed to hold a plebiscite" are intent (03); an
# expelled diplomat is 161 (SANCTION), as vocabulary-news-s22 codes it; "deported more than 1,500 Haitians"
# is a mass expulsion (201); the IRA is GBR REB and Bosnian Serb forces BIH MIL in the actor dictionary;
# "shrugged off the criticism" is a denial (016). Misses of parse, roles or main-event choice: "Armenia
# conceded control of ..." (read as a noun phrase), "accepted the deployment of a joint United Nations and
# African Union force" (the force a conjunct of the Nations), a release welcomed by another in the passive
# (the welcome is the main event), a sentence commuted and a prisoner released (the first verb), captives
# "freed" in the passive with their holder in a participle, "King Mohammed" unresolved.
OVERALL_FLOOR = 0.86
CATEGORY_FLOOR = 0.60


ITEMS = load_items(ITEMS_FILE)


class TestTransferSet(NewsTransferSet):
    items = ITEMS
    tag = "ns23"
    minimum = 180
    overall_floor = OVERALL_FLOOR
    category_floor = CATEGORY_FLOOR


# Rules of the session, each with sentences of our own apart from the transfer set (each positive of a new
# pattern failed before its rule; Hamas, Lebanon, Bucha, Armenia, Iraq, Serbia, the U.S., Kyiv, Ankara and the
# Armenians' rally are kept positives, right before and after), and guards that must stay as they are (the
# near misses of sport, money and weather each fired before). (plover: the category expected, the CAMEO code
# the rule claims for the main event, the source country or None; not: the category forbidden, no code)
SENSES_TABLE: list[tuple[str, str, str | None, str | None, str]] = [
    # captives handed over are released (0841); a suspect handed to justice is judicial cooperation (063)
    (
        "plover",
        "RETREAT",
        "0841",
        "NGA",
        "Boko Haram handed over 82 kidnapped schoolgirls to Nigerian officials near the Cameroon border.",
    ),
    (
        "plover",
        "RETREAT",
        "0841",
        "AFG",
        "The Taliban handed over two kidnapped American missionaries to Qatari mediators on Friday.",
    ),
    (
        "plover",
        "RETREAT",
        "0841",
        "PSE",
        "Hamas handed over four hostages to the Red Cross in Gaza on Saturday.",
    ),
    (
        "not",
        "RETREAT",
        None,
        None,
        "Serbia handed over the former general to the war crimes tribunal in The Hague.",
    ),
    (
        "not",
        "RETREAT",
        None,
        None,
        "The Colombian army turned over the captured rebel commander to prosecutors in Bogota.",
    ),
    # armed men abandoning or quitting a town give it up (0874); residents, plans and offensives do not
    (
        "plover",
        "RETREAT",
        "0874",
        "UKR",
        "Ukrainian troops quit the eastern village of Krasnohorivka on Tuesday, the general staff said.",
    ),
    (
        "plover",
        "RETREAT",
        "0874",
        "SDN",
        "Sudanese army units abandoned the city of El Fasher after a long siege.",
    ),
    (
        "not",
        "RETREAT",
        None,
        None,
        "Thousands of Syrian residents abandoned the city of Aleppo as the fighting drew closer.",
    ),
    ("not", "RETREAT", None, None, "The Iraqi army abandoned its offensive on the city of Fallujah."),
    (
        "not",
        "RETREAT",
        None,
        None,
        "Russian troops abandoned plans to storm the capital, Western officials said.",
    ),
    # a peacekeeping force let in or accepted (0861)
    (
        "plover",
        "RETREAT",
        "0861",
        "IDN",
        "Indonesia permitted the entry of an international peacekeeping force into East Timor on Sunday.",
    ),
    ("plover", "RETREAT", "0861", "HTI", "Haiti permitted the deployment of a Kenyan-led force on its soil."),
    (
        "plover",
        "RETREAT",
        "0861",
        "LBN",
        "Lebanon accepted the deployment of more peacekeepers in the south.",
    ),
    # imports barred or prohibited (163), not goods seized
    (
        "plover",
        "SANCTION",
        "163",
        "CHN",
        "Beijing barred imports of Lithuanian beef and dairy products on Friday, customs officials said.",
    ),
    (
        "plover",
        "SANCTION",
        "163",
        "RUS",
        "Russia prohibited imports of Moldovan wine over what it called quality concerns.",
    ),
    (
        "not",
        "SANCTION",
        None,
        None,
        "Nigerian customs officers seized imports of fake drugs at the port of Lagos.",
    ),
    # a station, a newspaper or a party shut, named by its noun with its doer after "by" (172)
    (
        "plover",
        "COERCE",
        "172",
        "BLR",
        "The shutdown of two opposition radio stations by Belarusian authorities left Minsk without news.",
    ),
    (
        "plover",
        "COERCE",
        "172",
        "EGY",
        "The closure of an opposition newspaper by the Egyptian government prompted a strike in Cairo.",
    ),
    (
        "not",
        "COERCE",
        None,
        None,
        "The closure of the airport by heavy snow stranded thousands of travellers in Oslo.",
    ),
    (
        "not",
        "COERCE",
        None,
        None,
        "The closure of the factory by its owners left 2,000 workers jobless in Turin.",
    ),
    # sport, money and weather: words of consultation, withdrawal, signature, praise and blame in other senses
    (
        "not",
        "RETREAT",
        None,
        None,
        "The Australian swimmer withdrew from the final with a shoulder injury on Saturday.",
    ),
    (
        "not",
        "RETREAT",
        None,
        None,
        "Shoppers withdrew record sums from cash machines in Athens ahead of the bank holiday.",
    ),
    ("plover", "RETREAT", "087", "RUS", "Russian troops withdrew from the town of Bucha on Wednesday."),
    (
        "not",
        "CONCEDE",
        None,
        None,
        "The Italian cyclist conceded three minutes on the final climb of the stage.",
    ),
    ("plover", "CONCEDE", "080", "ARM", "Armenia conceded four villages to Azerbaijan on Tuesday."),
    (
        "not",
        "CONSULT",
        None,
        None,
        "The Argentine striker met the cross with a powerful header in the second half.",
    ),
    (
        "plover",
        "CONSULT",
        "040",
        "IRQ",
        "The Iraqi foreign minister met his Iranian counterpart in Baghdad on Monday.",
    ),
    ("not", "SUPPORT", None, None, "The Spanish club signed a Uruguayan defender on a three-year deal."),
    (
        "plover",
        "SUPPORT",
        "057",
        "SRB",
        "Serbia and Kosovo signed an agreement on licence plates in Brussels.",
    ),
    ("not", "SUPPORT", None, None, "Fans hailed a taxi outside the stadium in Madrid after the match."),
    ("plover", "SUPPORT", "051", "USA", "The U.S. president hailed the peace deal as historic."),
    (
        "not",
        "ACCUSE",
        None,
        None,
        "The Brazilian airline blamed the weather for the delays at Sao Paulo airport.",
    ),
    ("plover", "ACCUSE", "1123", "UKR", "Kyiv blamed Moscow for the strike on the power plant."),
    # batch 2: complaints, concerns and objections waved away are rejected (120), not complaints of their own
    ("plover", "REJECT", "120", "FRA", "Paris waved away Italian objections to the migrant deal on Monday."),
    (
        "plover",
        "REJECT",
        "120",
        "RUS",
        "Moscow swatted away American concerns about its military drills near Poland.",
    ),
    (
        "plover",
        "REJECT",
        "120",
        "TUR",
        "Ankara brushed aside Greek complaints about the Turkish survey ship near Crete.",
    ),
    (
        "not",
        "REJECT",
        None,
        None,
        "The Nigerian winger brushed aside two defenders and scored from twenty yards.",
    ),
    # talks declared over or dead are broken off (164)
    (
        "plover",
        "SANCTION",
        "164",
        "ISR",
        "Israel declared the negotiations with Hamas over on Tuesday, officials said.",
    ),
    (
        "not",
        "SANCTION",
        None,
        None,
        "The French coach declared the season over for his injured captain on Monday.",
    ),
    # others rallied or marshalled behind a party are support rallied (053), not a street rally; a runner's
    # rally is no protest
    (
        "plover",
        "SUPPORT",
        "053",
        "DEU",
        "Germany marshalled its European partners behind the new sanctions package against Iran.",
    ),
    (
        "not",
        "PROTEST",
        None,
        None,
        "The Kenyan runner rallied in the final lap to win the 10,000 metres in Eugene.",
    ),
    ("plover", "PROTEST", "141", "ARM", "Thousands of Armenians rallied in Yerevan against the border deal."),
]


def test_senses_of_the_session(coder: Any) -> None:
    """Each sentence of the session's rules gets the expected category (or not the forbidden one)."""
    wrong = wrong_senses(coder, SENSES_TABLE, "ns23r")
    assert not wrong, wrong
