"""Who did it: the sixteenth session (communique/events/roles.py, coder.py, grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_pronoun_subject_of_another_verb_is_resolved_where_it_stands(coder):
    """ "..., and it will keep working with X": the pronoun is the subject of "keep", a conjunct of the first
    clause, whose subject it stands for; the controlled "working" acts through it."""
    events = _issued(
        coder,
        "Norway has asked for an urgent session of the Human Rights Council, and it will keep working "
        "closely with Sweden and Denmark.",
        "Ministry of Foreign Affairs of Finland",
    )
    working = _by_root(events, "03")
    assert [_codes(e.sources) for e in working] == [["NOR"]], events


def test_a_pronoun_in_a_relative_clause_is_the_agent_of_the_act_it_details(coder):
    """ "the raid carried out by the Peruvian police, when they stormed the office and arrested X": "they"
    are the police, the "by" agent of the participle the relative clause details; a singular "he" is the
    singular agent ("the speech given by President X, in which he congratulated Y")."""
    events = _issued(
        coder,
        "We condemn the raid carried out by the Peruvian police on the evening of 3 May, when they stormed "
        "the offices of the newspaper in Lima and arrested the opposition leader Carlos Mendoza.",
        "Government of Chile",
    )
    arrests = _by_root(events, "17")
    assert arrests and all(_codes(e.sources) == ["PERCOP"] for e in arrests), events
    speech = _issued(
        coder,
        "We take note of the speech given on 4 March by President Alpha Condé, in which he congratulated "
        "the opposition leader Cellou Dalein Diallo.",
        "African Union Commission",
    )
    praised = _by_root(speech, "05")
    assert [_codes(e.sources)[0][:3] for e in praised] == ["GIN"], speech


def test_both_countries_are_two_countries_not_one_countrys_police_and_prisoner(coder):
    """The parties an arrest gives (the police and whom it arrested, one country) are not "both countries":
    those stay the two countries the statement named most."""
    events = _issued(
        coder,
        "The Ecuadorian police entered the embassy of Mexico in Quito and detained the Ecuadorian "
        "opposition leader Pablo Ruiz, to whom Mexico had granted asylum. Mexico condemned the raid and "
        "Ecuador defended it. We call on both countries to settle their dispute through dialogue.",
        "Government of Colombia",
    )
    asked = [e for e in events if e.cameo_root == "02"]
    assert asked and all(
        sorted({a.code[:3] for a in e.targets if a.code}) == ["ECU", "MEX"] for e in asked
    ), events


def test_a_second_participle_or_a_finite_conjunct_misjoined_keeps_the_subject(coder):
    """The parser joins "burning" to the first participle's object ("killing twelve villagers and burning
    their huts") and "beat" to a participle ("fired at fleeing students and beat detainees"): both are acts of
    the clause's subject."""
    burned = _issued(
        coder,
        "Last night armed bandits raided four villages in Zamfara State, killing twelve farmers and burning "
        "houses and mosques.",
        "Catholic Bishops' Conference of Nigeria",
    )
    assert [[c[:3] for c in _codes(e.sources)] for e in _by_root(burned, "17")] == [["NGA"]], burned
    beaten = _issued(
        coder,
        "Our researchers recorded incidents in which Sri Lankan police shot at fleeing students and beat "
        "detainees at the station.",
        "Amnesty International",
    )
    assert [_codes(e.sources) for e in _by_root(beaten, "18")] == [["LKACOP"]], beaten


def test_a_decision_to_act_is_its_deciders_act(coder):
    """ "the decision of President X to withdraw the bill", "the decision announced by the government to raise
    tariffs" (the parser hangs the infinitive on the participle): the decider does what it decided; "the
    ability of the agency to verify" is no one's act."""
    withdrawn = _issued(
        coder,
        "We welcome the decision of President Gustavo Petro to withdraw the tax reform bill.",
        "Colombian Chamber of Commerce",
    )
    assert [_codes(e.sources)[0][:3] for e in _by_root(withdrawn, "08")] == ["COL"], withdrawn
    tariffs = _issued(
        coder,
        "We regret the decision announced on Monday by the Canadian government to impose a 25% tariff on "
        "imports from China.",
        "European Business Council",
    )
    assert [_codes(e.sources) for e in _by_root(tariffs, "16")] == [["CANGOV"]], tariffs
    ability = _issued(
        coder,
        "These steps weaken the ability of the IAEA to cooperate with Iran on verification.",
        "Government of France",
    )
    assert not [e for e in ability if e.cameo_root == "03"], ability


def test_an_opening_verb_read_as_a_noun_still_speaks_for_the_issuer(coder):
    """ "Decides, in line with ..., to suspend X": the small model reads "Decides" as a plural noun; the
    paragraph is the issuing body's, and so is what it decides."""
    events = _issued(
        coder,
        "Decides, in accordance with its earlier decisions, to immediately suspend the participation of the "
        "Republic of Guinea in all activities of the Union.",
        "Peace and Security Council of the African Union",
    )
    assert [_codes(e.sources) for e in _by_root(events, "16")] == [["IGOAU"]], events


def test_protests_told_without_participants_are_the_peoples_of_the_place(coder):
    """ "Protests broke out in several towns" in a sentence about one country: its people protest (against
    their own state, by the domestic rule); "the protests began on Monday" points back to protests already
    reported and is no new event."""
    events = _issued(
        coder,
        "Ecuadorian police have detained dozens of people since protests against the fuel price rise broke "
        "out in several towns last week.",
        "Human Rights Watch",
    )
    protests = _by_root(events, "14")
    assert [[c[:3] for c in _codes(e.sources)] for e in protests] == [["ECU"]], events
    again = _issued(
        coder,
        "Students in Quito marched against the fuel price rise on Monday. The protests began after the "
        "government doubled the price of petrol.",
        "Human Rights Watch",
    )
    assert len(_by_root(again, "14")) == 1, again


def test_reciprocal_acts_between_two_parties_are_each_ones_to_the_other(coder):
    """ "clashes broke out along the border between A and B", "clashes along the A-B border": A and B are
    the doers, and each other's targets."""
    clashes = _issued(
        coder,
        "We are alarmed by the clashes that broke out on Sunday along the border between Kyrgyzstan and "
        "Tajikistan.",
        "Government of Germany",
    )
    fought = _by_root(clashes, "19")
    assert [(_codes(e.sources), _codes(e.targets)) for e in fought] == [(["KGZ", "TJK"], ["KGZ", "TJK"])], (
        clashes
    )
    hyphen = _issued(
        coder,
        "We are alarmed by the renewed clashes along the Kyrgyzstan-Tajikistan border.",
        "Government of Germany",
    )
    assert [_codes(e.sources) for e in _by_root(hyphen, "19")] == [["KGZ", "TJK"]], hyphen


def test_a_ministrys_own_diplomatic_act_told_in_the_passive_is_the_ministrys(coder):
    """In a ministry's own statement, "three employees of the Belarusian Embassy are declared persona non
    grata" and "the Iranian side was warned that ..." are the issuing state's acts against the other state;
    its own diplomats expelled ("Two Polish diplomats were declared persona non grata") are not its doing."""
    declared = _issued(
        coder,
        "Three employees of the Belarusian Embassy in Warsaw are declared persona non grata and must leave "
        "Poland within 72 hours.",
        "Ministry of Foreign Affairs of Poland",
    )
    assert [(_codes(e.sources), [c[:3] for c in _codes(e.targets)]) for e in _by_root(declared, "16")] == [
        (["POLGOV"], ["BLR"])
    ], declared
    warned = _issued(
        coder,
        "The Belarusian side was warned that any further provocation would be met with a firm response.",
        "Ministry of Foreign Affairs of Poland",
    )
    assert [_codes(e.sources) for e in _by_root(warned, "13")] == [["POLGOV"]], warned
    own = _issued(
        coder,
        "Two Polish diplomats in Minsk were declared persona non grata on Monday.",
        "Ministry of Foreign Affairs of Poland",
    )
    assert not [e for e in own if e.cameo_root == "16" and _codes(e.sources) == ["POLGOV"]], own


def test_subjects_through_an_auxiliary_a_commitment_and_a_means(coder):
    """ "The Chair had, on behalf of ASEAN, made an appeal": the parser hangs the subject on "had"; "Kenya is
    committed to working with Uganda": the copula's subject works; "trying to silence the protests by shutting
    down the internet": "by" after the verb names its own subject's means."""
    appeal = _issued(
        coder,
        "The Chair had, on behalf of the Council, made an appeal to the Malian authorities to release the "
        "detained journalists.",
        "Chair of the Peace and Security Council of the African Union",
    )
    assert [_codes(e.sources) for e in _by_root(appeal, "02")] == [["IGOAU"]], appeal
    committed = _issued(
        coder,
        "Kenya is committed to working with Uganda to secure the common border.",
        "Ministry of Foreign Affairs of Kenya",
    )
    assert [[c[:3] for c in _codes(e.sources)] for e in _by_root(committed, "03")] == [["KEN"]], committed
    means = _issued(
        coder,
        '"The Iranian government is trying to silence the protests by shutting down the internet," said Sara '
        "Malik of Amnesty International.",
        "Amnesty International",
    )
    assert [_codes(e.sources) for e in _by_root(means, "17")] == [["IRNGOV"]], means


def test_these_and_a_kind_noun_opening_a_sentence_are_who_acted_last(coder):
    """ "X and Y remain the main threat ... These groups have kidnapped ...": a sentence opened by "these" and
    a plural noun naming no act (nor any coded actor) goes on about the actors of the sentence before."""
    events = _issued(
        coder,
        "Boko Haram and ISWAP remain the main threat to civilians in north-eastern Nigeria. These groups "
        "have kidnapped hundreds of schoolchildren for ransom.",
        "Government of France",
    )
    assert [_codes(e.sources) for e in _by_root(events, "18")] == [["NGAREB", "NGAREB"]], events


def test_a_repeated_pronoun_subject_of_a_conjunct_is_the_first_ones_referent(coder):
    """ "He urges X to ..., and he encourages both sides to ...": the second "he" is whom the first stands for
    (the issuer here), as a noun subject of the first clause would be."""
    events = _issued(
        coder,
        "The Secretary-General is closely following the situation in Libya. He urges the Government of "
        "National Unity and the Libyan National Army to exercise restraint, and he encourages both sides to "
        "resume talks.",
        "Spokesperson for the UN Secretary-General",
    )
    talks = [e for e in events if e.cameo == "026"]
    assert [[c[:5] for c in _codes(e.sources)] for e in talks] == [["IGOUN"]], events


def test_an_agreement_reached_between_two_parties_is_each_ones_with_the_other(coder):
    """ "An agreement has been reached between A and B" (a passive with no agent): A and B concluded it, each
    with the other."""
    agreed = _issued(
        coder,
        "The two mediators announce that an agreement has been reached between Egypt and Ethiopia on the "
        "filling of the dam.",
        "Government of the United States",
    )
    deals = [e for e in agreed if e.cameo_root in {"03", "05"}]
    assert [(_codes(e.sources), _codes(e.targets)) for e in deals] == [(["EGY", "ETH"], ["EGY", "ETH"])], (
        agreed
    )
