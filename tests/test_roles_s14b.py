"""Who is judged, who is asked, second wave of the fourteenth session (communique/events/roles.py, coder.py,
grammar.yaml).

Every sentence is written for these tests (none is taken from a gold set); each test of a rule failed on
the code before the rule it guards.
"""

from __future__ import annotations

from .conftest import by_root as _by_root
from .conftest import issued_events as _issued
from .conftest import sorted_codes as _codes


def test_a_blame_noun_as_subject_blames_the_object_of_its_verb(coder):
    """ "Responsibility ... lies with X", "the blame falls on X": the judged party is the verb's "with"/"on"
    object, not the subject noun's own phrase; a duty ("the primary responsibility for protecting civilians
    lies with the government") blames no one."""
    lies = _issued(
        coder,
        "Responsibility for the escalation lies entirely with the Belarusian regime.",
        "Government of Poland",
    )
    judged = _by_root(lies, "11")
    assert [e.cameo for e in judged] == ["112"], lies
    assert _codes(judged[0].targets) == ["BLRGOV"], lies
    falls = _issued(
        coder, "The blame for the bloodshed falls squarely on the Syrian government.", "Amnesty International"
    )
    assert [_codes(e.targets) for e in _by_root(falls, "11")] == [["SYRGOV"]], falls
    duty = _issued(
        coder,
        "The primary responsibility for protecting civilians lies with the Malian government.",
        "Government of France",
    )
    assert not _by_root(duty, "11"), duty


def test_no_justification_for_an_act_judges_its_doer(coder):
    """ "There is no justification for the arrests ... carried out by X", "no legal grounds for the verdicts
    handed down by X": the denied justification is a disapproval (111) of whoever did the act."""
    arrests = _issued(
        coder,
        "There is no justification for the arrests of journalists carried out by the Iranian police.",
        "Government of Poland",
    )
    judged = _by_root(arrests, "11")
    assert [e.cameo for e in judged] == ["111"] and not judged[0].negated, arrests
    assert _codes(judged[0].targets) == ["IRNCOP"], arrests
    verdicts = _issued(
        coder,
        "There are no legal grounds for the verdicts handed down by the Belarusian courts.",
        "Government of Lithuania",
    )
    assert [_codes(e.targets) for e in _by_root(verdicts, "11")] == [["BLRJUD"]], verdicts
    evidence = _issued(
        coder, "There is no evidence that the strikes were justified.", "Government of Lithuania"
    )
    assert not _by_root(evidence, "11"), evidence


def test_two_named_between_are_the_parties_a_later_both_sides_stands_for(coder):
    """ "the growing tension along the border between Ethiopia and Eritrea" codes no event, yet names the two
    whom the next sentence's "both sides" asks to show restraint."""
    events = _issued(
        coder,
        "The Commission is alarmed by the growing tension along the border between Ethiopia and Eritrea. "
        "It calls on both sides to exercise maximum restraint.",
        "African Union",
    )
    assert [_codes(e.targets) for e in _by_root(events, "02")] == [["ERI", "ETH"]], events


def test_the_political_class_and_all_stakeholders_are_the_country_the_statement_is_about(coder):
    """Addressed by a class noun, the people of the country a statement is about: "the political class" is
    its government and opposition, "all stakeholders" the country; "the working class" is no one's."""
    events = _issued(
        coder,
        "The ECOWAS Commission condemns the postponement of the presidential election by the Guinean "
        "government. The Commission calls on the political class to resume dialogue. It urges all "
        "stakeholders to exercise restraint. It calls on the working class to remain calm.",
        "ECOWAS",
    )
    asked = _by_root(events, "02")
    assert [_codes(e.targets) for e in asked] == [["GINGOV", "GINOPP"], ["GIN"], []], events


def test_a_third_party_that_should_press_another_is_asked_by_the_issuers(coder):
    """In the issuers' own voice, "X should press / urge Y to ..." is their appeal to X for its diplomatic
    weight (022; "must" a demand, 102), not X's appeal to Y; a subject named by its examples ("partners,
    including A and B") is asked through them. Reported ("the minister said ...") it stays the minister's."""
    pressed = _issued(
        coder,
        "Kenya's foreign partners, including the United States and the European Union, should press the "
        "government to release the detained protesters.",
        "Human Rights Watch",
    )
    assert [(e.cameo, _codes(e.sources), _codes(e.targets)) for e in pressed] == [
        ("022", ["NGOHRW"], ["IGOEU", "USA"])
    ], pressed
    must = _issued(
        coder,
        "The United States must urge the Egyptian authorities to free the journalists.",
        "Amnesty International",
    )
    assert [(e.cameo, _codes(e.targets)) for e in must] == [("102", ["USA"])], must


def test_a_by_agent_hung_on_the_passives_own_phrase_word_is_its_source(coder):
    """ "was targeted in an airstrike by fighter jets of X": the parser hangs the passive's "by" agent on
    "airstrike" (the phrase word of the pattern "target ... airstrike"); it is the doer, not a target."""
    struck = _issued(
        coder,
        "The Lebanese embassy in Damascus was targeted in an airstrike by fighter jets of the Israeli army.",
        "Government of Lebanon",
    )
    assert [(e.cameo_root, _codes(e.sources)) for e in struck] == [("19", ["ISRMIL"])], struck
    assert "ISRMIL" not in _codes(struck[0].targets), struck
