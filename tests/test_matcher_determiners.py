"""What the matcher sees around a trigger (session 14): a "no" determiner on a phrase word is a word patterns
may name or forbid ("has no objection" is accord, not disapproval), and a judging noun that is its clause's
subject gets its verb and that verb's prepositions as phrase words ("responsibility lies with X")."""

from __future__ import annotations

from communique.events.loader import PatternSet
from communique.events.matcher import match_sentence
from communique.nlp.pipeline import get_nlp
from communique.nlp.view import doc_view


def _ids(text: str, patterns: PatternSet) -> list[str]:
    view = doc_view(get_nlp()(text))
    return [m.pattern.id for s in view.sents for m in match_sentence(s, patterns)]


def test_a_no_determiner_is_a_phrase_word(coder):
    for text in (
        "Denmark has no objection to the appointment of the new envoy.",
        "The delegations raised no objection to the draft resolution.",
        "Chile expressed no reservations about the revised text.",
    ):
        ids = _ids(text, coder.patterns)
        assert "019:s14-no-objection" in ids, (text, ids)
        assert not any(i.startswith("110:") for i in ids), (text, ids)


def test_an_objection_without_no_is_still_disapproval(coder):
    ids = _ids("Chile expressed strong reservations about the revised text.", coder.patterns)
    assert any(i.startswith("110:") for i in ids) and "019:s14-no-objection" not in ids, ids


def test_no_doubt_is_no_disapproval(coder):
    ids = _ids("We have no doubt about the outcome of the inquiry.", coder.patterns)
    assert not any(i.startswith("110:") for i in ids), ids


def test_other_determiners_are_still_unseen(coder):
    # "the", "any", "this" name nothing: only the denying "no" is a word
    ids = _ids("Chile has an objection to the revised text.", coder.patterns)
    assert "019:s14-no-objection" not in ids, ids


def test_a_subject_noun_gets_its_verb(coder):
    text = "Responsibility for the breakdown of the talks lies entirely with the Serbian side."
    ids = _ids(text, coder.patterns)
    assert "112:e:s14:lies-with" in ids, ids
    ids = _ids("The blame for the famine falls squarely on the junta.", coder.patterns)
    assert "112:e:s14:lies-with" in ids, ids


def test_a_duty_is_no_blame(coder):
    text = "The primary responsibility for protecting refugees lies with the host government."
    assert "112:e:s14:lies-with" not in _ids(text, coder.patterns)


def test_hyphenated_nouns_as_phrase_words(coder):
    ids = _ids("Nurses staged a walk-out over unpaid overtime.", coder.patterns)
    assert any(i.startswith("143:") for i in ids), ids
    ids = _ids("The cabinet made a U-turn on the pension reform.", coder.patterns)
    assert any(i.startswith("0832:") for i in ids), ids


def test_quantifier_determiners_are_phrase_words(coder):
    ids = _ids("The envoy will keep engaging with both sides to reach a settlement.", coder.patterns)
    assert any(i.startswith("045:s14-engage-parties") for i in ids), ids
    # ... but police meeting protesters names no parties
    ids = _ids("Riot police engaged with the crowd.", coder.patterns)
    assert not any(i.startswith("045:s14-engage-parties") for i in ids), ids


def test_a_disposition_infinitive_hung_on_the_verb_completes_its_object(coder):
    # the parser hangs "to accompany" on "reaffirms" (advcl); it says what the availability is for
    text = "The Authority reaffirms the availability of ECOWAS to accompany Guinea in the transition."
    ids = _ids(text, coder.patterns)
    assert any(i.startswith("030:s11-commitment") for i in ids), ids


def test_a_figure_names_its_order_of_magnitude(coder):
    ids = _ids("The militia killed more than 1,500 civilians in the province.", coder.patterns)
    assert "202:s14-killed-in-numbers" in ids, ids
    ids = _ids("The militia killed 40 civilians in the province.", coder.patterns)
    assert "202:s14-killed-in-numbers" not in ids, ids
