"""Who acts in clauses the parser shapes awkwardly, and what such clauses assert (roles.py, modality.py).

Sentences are written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from communique.model import Actor, Document
from tests.test_roles import _countries, _event, _events


def _dyad(coder, text, root, source, target):
    """The first event of the root, asserted to come from the source country and aim at the target."""
    ev = _event(coder, text, root)
    assert source in _countries(ev.sources), (text, [(a.text, a.code) for a in ev.sources])
    assert target in _countries(ev.targets), (text, [(a.text, a.code) for a in ev.targets])
    return ev


def test_a_date_is_not_the_one_called_on(coder):
    """ "decided on Friday to expel": "on Friday" is when, not whom an infinitive's governor addresses."""
    for text, root, source, target in [
        ("The Turkish government decided on Friday to expel the Dutch ambassador.", "16", "TUR", "NLD"),
        (
            "Ghana's parliament voted on Tuesday to suspend the trade agreement with Nigeria.",
            "16",
            "GHA",
            "NGA",
        ),
    ]:
        _dyad(coder, text, root, source, target)
    # a real addressee after "on" still acts
    ev = _event(coder, "Iran called on the United States to lift the sanctions.", "02")
    assert "USA" in _countries(ev.targets)


def test_an_infinitive_on_a_noun_acts_through_its_owner(coder):
    """ "Bolivia's decision to expel the envoy": Bolivia expels; a plan is future, a refusal negated."""
    for text, root, source, modality in [
        ("Bolivia's decision to expel the US ambassador drew sharp criticism.", "16", "BOL", "asserted"),
        (
            "The decision by Peru to expel the Mexican ambassador surprised diplomats.",
            "16",
            "PER",
            "asserted",
        ),
        ("China's plan to impose tariffs on European goods worries Brussels.", "16", "CHN", "future"),
        ("Japan's readiness to provide humanitarian aid to Myanmar was welcomed.", "07", "JPN", "future"),
    ]:
        ev = _event(coder, text, root)
        assert source in _countries(ev.sources), (text, [(a.text, a.code) for a in ev.sources])
        assert ev.modality == modality, (text, ev.modality)
    for ev in _events(coder, "Serbia's refusal to extradite the suspects angered Bosnia."):
        if ev.cameo_root == "08" or ev.cameo.startswith("04"):
            assert ev.negated, ev
    # no owner, no actor borrowed from elsewhere in the sentence
    for ev in _events(coder, "The decision to expel the ambassador was taken in Ankara."):
        assert not ev.cameo.startswith("16") or not any(a.code for a in ev.sources), ev


def test_a_denied_gerund_is_not_asserted(coder):
    """ "denied sending troops": the sending is denied, as in "denied that it sent troops"."""
    for text in [
        "Moscow has repeatedly denied sending troops to eastern Ukraine.",
        "Israel denied carrying out the air strike on the hospital.",
        "Iran denied having supplied drones to Russia.",
    ]:
        events = _events(coder, text)
        assert any(e.cameo.startswith("016") for e in events), (text, [e.cameo for e in events])
        asserted = [e for e in events if e.cameo_root in {"07", "15", "19"} and not e.negated]
        assert not asserted, (text, [(e.cameo, e.trigger) for e in asserted])


def test_an_epithet_judges_now_whatever_its_clause_says(coder):
    """ "will never recognise the illegal annexation": the annexation is called illegal, asserted and not
    negated; "would be an illegal act" predicates, judging the clause subject, and stays hypothetical."""
    issuers = [Actor(name=n, text=n, via="issuer") for n in ["Ministry of Foreign Affairs of Ukraine"]]
    text = (
        "Ukraine will never recognise the illegal annexation of its territories by Russia.\n"
        "Any use of force by Belarus would be an illegal act."
    )
    coded = coder.code_document(
        Document(id="t", text=text, source="t", date="2023-01-01", language="en", issuers=issuers)
    )
    judged = {e.sentence_index: e for e in coded.events if e.cameo.startswith("111")}
    assert judged[0].modality == "asserted" and not judged[0].negated, judged[0]
    assert "RUS" in _countries(judged[0].targets), judged[0].targets
    assert judged[1].modality == "hypothetical", judged[1]
    assert "BLR" in _countries(judged[1].targets), judged[1].targets


def test_only_verbs_of_calling_ask_their_on_object(coder):
    """ "called on X to act" asks X; "went on a hunger strike to protest" asks no one: strikers protest."""
    for text in [
        "Hundreds of Palestinian prisoners went on a hunger strike to protest conditions in Israeli jails.",
        "Thousands of Kenyan nurses went on strike to protest unpaid salaries.",
    ]:
        ev = _event(coder, text, "14")
        protest = next((e for e in _events(coder, text) if e.cameo.startswith("140")), None)
        assert protest is not None and protest.sources, (
            text,
            [(e.cameo, e.sources) for e in _events(coder, text)],
        )
        assert {a.code for a in protest.sources} == {a.code for a in ev.sources}, (
            protest.sources,
            ev.sources,
        )
    ev = _event(coder, "The UN called upon Israel on Monday to halt settlement construction.", "02")
    assert "ISR" in _countries(ev.targets), ev.targets


def test_a_subject_the_parser_read_as_a_prepositions_object(coder):
    """ "expelled the envoy after London criticized its policy": London criticized (the parser made "after
    London" a prepositional phrase and left "criticized" without a subject)."""
    for text, root, source in [
        ("Sudan expelled the British ambassador after London criticized its policy in Darfur.", "11", "GBR"),
        ("Moscow recalled its envoy after Warsaw accused Russian diplomats of spying.", "11", "POL"),
    ]:
        ev = _event(coder, text, root)
        assert source in _countries(ev.sources), (text, [(a.text, a.code) for a in ev.sources])


def test_those_acting_together_with_the_subject_are_sources(coder):
    """ "France, together with Germany and Italy, called for ...": all three call."""
    for text, root, sources in [
        (
            "France, together with Germany and Italy, called for a ceasefire in Libya.",
            "02",
            {"FRA", "DEU", "ITA"},
        ),
        ("Kenya, alongside Uganda, deployed troops to Somalia.", "15", {"KEN", "UGA"}),
        ("The United States, along with Canada, imposed new sanctions on Iran.", "16", {"USA", "CAN"}),
    ]:
        ev = _event(coder, text, root)
        assert _countries(ev.sources) == sources, (text, [(a.text, a.code) for a in ev.sources])
    ev = _event(coder, "Turkey met with Greece in Athens.", "04")
    assert _countries(ev.sources) == {"TUR"} and "GRC" in _countries(ev.targets), ev


def test_an_infinitive_after_an_adjective_of_time_or_likelihood(coder):
    """ "is due to arrive" / "is set to impose" are future, "is likely to veto" hypothetical; the copula's
    subject acts; an adjective with its own pattern ("ready to resume talks") is coded once, by that pattern;
    "not able to deliver aid" lends no actor (inability is no refusal)."""
    for text, root, source, modality in [
        ("A Sudanese delegation is due to arrive in Cairo next week.", "04", "SDN", "future"),
        ("Japan is set to impose sanctions on Russian banks.", "16", "JPN", "future"),
        ("Russia is likely to veto the resolution on Syria.", "12", "RUS", "hypothetical"),
    ]:
        ev = _event(coder, text, root)
        assert source in _countries(ev.sources), (text, ev.sources)
        assert ev.modality == modality, (text, ev.modality)
    roots = [e.cameo_root for e in _events(coder, "Iran is ready to resume talks with the United States.")]
    assert roots.count("03") == 1 and "04" not in roots, roots
    events = _events(coder, "The Red Cross has not been able to deliver any assistance to Gaza.")
    assert not any(e.cameo_root in {"07", "12"} for e in events), [(e.cameo, e.trigger) for e in events]


def test_the_pope_is_the_holy_see(coder):
    """ "the Pope" (no name) is the Holy See's head: VATGOV."""
    ev = _event(coder, "The Pope will visit Iraq in March.", "04")
    assert {a.code for a in ev.sources} == {"VATGOV"}, ev.sources


def test_a_subject_qualified_by_belief_is_the_main_verbs(coder):
    """ "Gunmen believed to be members of X abducted 40 students": the gunmen abduct; no one says anything."""
    for text, root, country in [
        ("Gunmen believed to be members of Boko Haram abducted 40 students.", "18", "NGA"),
        ("Militants said to be linked to the Islamic State killed 12 villagers in Mozambique.", "18", "MOZ"),
    ]:
        events = _events(coder, text)
        assert not any(e.cameo_root == "01" for e in events), [(e.cameo, e.trigger) for e in events]
        ev = _event(coder, text, root)
        assert country in _countries(ev.sources), (text, ev.sources)
    # a real report keeps its speaker
    assert any(
        e.cameo_root == "01" for e in _events(coder, "Kenya said it believed the rebels had withdrawn.")
    )


def test_a_natural_feature_takes_no_country_from_its_sentence(coder):
    """An uncoded sea or coast is no agent: "entered the Persian Gulf" is not aimed at the warships' own
    country, and "shelled the Lebanese coast" is aimed at Lebanon."""
    ev = _event(coder, "Russian warships entered the Persian Gulf on Monday.", "19")
    assert "RUS" not in _countries(ev.targets), ev.targets
    ev = _event(coder, "Israeli gunboats shelled the Lebanese coast.", "19")
    assert _countries(ev.targets) == {"LBN"}, ev.targets


def test_two_verbs_share_one_object(coder):
    """ "condemned and rejected the raid": the first verb, with no object of its own, takes the second's."""
    for text, root, source, target in [
        ("Egypt condemned and rejected the Israeli raid on the camp.", "11", "EGY", "ISR"),
        ("Two Japanese charities donated and delivered blankets to Afghan villages.", "07", "JPN", "AFG"),
    ]:
        _dyad(coder, text, root, source, target)
    # a second verb with a subject of its own shares nothing: Armenia is no target of Turkey's protest
    for ev in _events(coder, "Turkey protested and Azerbaijan attacked Armenia."):
        if ev.cameo_root == "14":
            assert "ARM" not in _countries(ev.targets), ev


def test_the_one_quoted_as_saying_speaks(coder):
    """ "X was quoted as saying ...", "the agency quoted X as saying ...": X speaks, "he" in it is X, and
    "would" after the past quotation is the future of then, as after "said"."""
    for text, root, source, target, modality in [
        (
            "The Turkish foreign minister was quoted as saying he would expel the Dutch ambassador.",
            "16",
            "TUR",
            "NLD",
            "future",
        ),
        (
            "State TV quoted the Iranian defence minister as saying Iran would retaliate against Israel.",
            "19",
            "IRN",
            "ISR",
            "future",
        ),
        (
            "Kenya's president was cited as saying he was ready to meet Somalia's leaders.",
            "03",
            "KEN",
            "SOM",
            "asserted",
        ),
    ]:
        ev = _dyad(coder, text, root, source, target)
        assert ev.modality == modality, (text, ev.modality)
        statement = _event(coder, text, "01")
        assert source in _countries(statement.sources), (text, statement)


def test_the_outcome_of_an_act_of_force_is_no_second_event(coder):
    """ "shelled the town, killing five civilians": one act, told with its outcome, is one event."""
    for text, root in [
        ("Azerbaijani troops shelled the village, killing four civilians.", "19"),
        ("Riot police fired tear gas at students in Dhaka, injuring dozens.", "17"),
    ]:
        events = [e for e in _events(coder, text) if e.cameo_root in {"17", "18", "19", "20"}]
        assert [e.cameo_root for e in events] == [root], (text, [(e.cameo, e.trigger) for e in events])
    # two acts told by two finite verbs are two events, with or without a comma
    for text in [
        "Israeli soldiers raided the camp and killed three refugees.",
        "Israeli soldiers raided the camp, and later killed three refugees.",
    ]:
        assert len([e for e in _events(coder, text) if e.cameo_root in {"17", "18", "19", "20"}]) == 2, text


def test_a_statements_verb_the_tagger_read_as_a_plural_noun(coder):
    """ "The Council appeals to ...", "The Union thanks Norway": the parse gives the "noun" a subject as the
    sentence's root, so it is the issuer's verb and codes its event."""
    for text, issuer, root in [
        ("The Council appeals to the Sudanese parties to return to the negotiating table.", "IGOAU", "02"),
        ("The European Union thanks Norway for its mediation.", "IGOEU", "05"),
    ]:
        doc = Document(
            id="t",
            text=text,
            issuers=[Actor(name="Peace and Security Council of the African Union", via="issuer")],
            date="2024-01-01",
        )
        coded = coder.code_document(doc)
        roots = {(e.cameo_root, (e.sources[0].code or "")[:5]) for e in coded.events if e.sources}
        assert (root, issuer) in roots, (text, [(e.cameo, e.trigger, e.sources) for e in coded.events])
