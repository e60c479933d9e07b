"""Scoring whole statements (communique/events/statement_gold.py and ``evaluate --format statements``).

The data is tests/data/statements/mini.yaml, two short statements written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.events.statement_gold import (
    actor_key,
    load_statement_gold,
    score_statements,
    statement_document,
)
from communique.model import CommuniqueError, InputError
from tests.test_pipeline import run_cli

MINI = Path(__file__).resolve().parent / "data" / "statements" / "mini.yaml"


def test_actor_keys_compare_countries_and_international_bodies():
    assert actor_key("USAGOV") == actor_key("usa") == "USA"
    assert actor_key("IGOUNO") == actor_key("IGOUNSC") == "IGOUN"
    assert actor_key("IGOEU") != actor_key("IGOECOWAS")
    # organisations sharing their first five letters are different actors; bodies join their organisation
    assert actor_key("IGOOAS") != actor_key("IGOOAU") and actor_key("IGONATO") != actor_key("IGONAM")
    assert actor_key("IGOSADC") != actor_key("IGOSAARC") and actor_key("IGOOPEC") != actor_key("IGOOPCW")
    assert actor_key("IGOEUEEAS") == actor_key("IGOEU")
    # other coders' country codes read as ours: CAMEO's Kosovo, the PLOVER GSR file's typos
    assert actor_key("KSVGOV") == actor_key("XKX") == "XKX" and actor_key("JAP") == "JPN"
    # the short organisation codes of our own blind gold writers read as ours
    assert actor_key("IGOAFU") == actor_key("IGOAU") and actor_key("IGOASN") == actor_key("IGOASEAN")
    assert actor_key("IGONAT") == actor_key("IGONATO") and actor_key("NGOIRC") != actor_key("NGOICRC")
    assert actor_key("IGOWAFECW") == actor_key("IGOECOWAS") != actor_key("IGOAFU")
    # CAMEO's region-prefixed codes, and forms built by analogy; CSTO under EUR is not the EU
    assert actor_key("IGOWSTNAT") == actor_key("IGONATO") and actor_key("IGOMEAARL") == actor_key("IGOLAS")
    assert actor_key("IGOEURCST") == actor_key("IGOCSTO") != actor_key("IGOEU") == actor_key("IGOEUREEC")
    assert actor_key("NGOHRIAMN") == actor_key("NGOAMN") != actor_key("NGOHRIHRW") == actor_key("NGOHRW")


def test_load_reads_statements_and_rejects_garbage(tmp_path: Path):
    statements = load_statement_gold(MINI)
    assert [s.id for s in statements] == ["m01", "m02"] and [s.number for s in statements] == [1, 2]
    assert statements[0].sentences[3].events == []
    assert statements[0].sentences[0].events[0].sources == ["IGOAU"]
    for body, problem in [
        ("statements: []", "non-empty"),
        ("statements: [{id: x1, sentences: [{text: ''}]}]", "missing text"),
        ("statements: [{id: x1, sentences: [{text: 'A b.', events: [{cameo: 'abc'}]}]}]", "bad CAMEO code"),
        ("statements: [{id: nonumber, sentences: [{text: 'A b.'}]}]", "id ending in its number"),
        ("statements: [{id: x1, issuers: 3, sentences: [{text: 'A b.'}]}]", "issuers"),
        (": : :", "not a YAML file"),
    ]:
        bad = tmp_path / "bad.yaml"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises((InputError, CommuniqueError)) as caught:
            load_statement_gold(bad)
        assert problem in str(caught.value) and "bad.yaml" in str(caught.value)


def test_statement_document_keeps_one_gold_sentence_per_line():
    statement = load_statement_gold(MINI)[1]
    document, spans = statement_document(statement)
    assert [document.text[a:b] for a, b in spans] == [s.text for s in statement.sentences]
    assert [i.name for i in document.issuers] == statement.issuers


def test_score_pairs_events_sentence_by_sentence(coder):
    scores = score_statements(load_statement_gold(MINI), coder).summary()
    assert scores["sentences"] == 7
    assert scores["events"]["gold"] == 6
    # the coder finds every event's kind here; actors are the harder part
    assert scores["roots_only"]["recall"] == 1.0
    assert scores["events"]["f1"] >= 0.5
    assert scores["no_event_sentences"] == {"gold": 1, "left_empty": 1, "share": 1.0}


def test_cli_evaluate_statements_json():
    result = run_cli("evaluate", str(MINI), "--format", "statements", "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"odd", "even"}
    assert scores["odd"]["sentences"] == 4 and scores["even"]["sentences"] == 3


def _french_statement(path: Path, sentences: list[tuple[str, str]]) -> Path:
    """A one-statement gold file issued by France's foreign ministry: (text, events in YAML flow style)."""
    body = "".join(f'      - text: "{text}"\n        events: {events}\n' for text, events in sentences)
    path.write_text(
        "statements:\n  - id: q1\n    issuers: [Ministry of Foreign Affairs of France]\n    sentences:\n"
        + body,
        encoding="utf-8",
    )
    return path


def test_matched_events_report_negation_and_modality(coder, tmp_path: Path):
    gold = _french_statement(
        tmp_path / "modal.yaml",
        [
            (
                "Germany imposed sanctions on Russia.",
                "[{cameo: '163', source: DEU, target: RUS, modality: future}]",
            ),
            (
                "Germany might impose sanctions on Russia.",
                "[{cameo: '163', source: DEU, target: RUS, modality: hypothetical}]",
            ),
            ("Germany did not impose sanctions on Russia.", "[{cameo: '163', source: DEU, target: RUS}]"),
        ],
    )
    statements = load_statement_gold(gold)
    assert [e.modality for s in statements[0].sentences for e in s.events] == [
        "future",
        "hypothetical",
        "asserted",
    ]
    matched = score_statements(statements, coder).summary()["matched_events"]
    # the gold's first modality is wrong on purpose, and its third event forgets the negation
    assert matched == {
        "count": 3,
        "same_negation": 2,
        "same_modality": 2,
        "gold_not_asserted": 2,
        "coded_asserted": 1,
    }
    gold.write_text(
        "statements: [{id: q1, sentences: [{text: 'A b.', events: [{cameo: '010', modality: 'perhaps'}]}]}]",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="bad modality"):
        load_statement_gold(gold)


def test_cli_evaluate_statements_lists_misses(tmp_path: Path):
    # the gold's code is wrong on purpose: the sanction is missed as 190 and coded in excess as 163
    gold = _french_statement(
        tmp_path / "wrong.yaml",
        [
            ("Germany imposed sanctions on Russia.", "[{cameo: '190', source: DEU, target: RUS}]"),
            ("The weather was mild.", "[]"),
        ],
    )
    result = run_cli("evaluate", str(gold), "--format", "statements", "--half", "all", "--errors")
    assert result.returncode == 0, result.stderr
    listing = result.stdout.split("== sentences with misses, all (1)\n")[1]
    assert listing.startswith("q1 sentence 1: missed 190 DEU -> RUS | extra 163 DEU -> RUS (")
    assert "Germany imposed sanctions on Russia." in listing and "weather" not in listing


def test_a_negated_cooperative_gold_event_matches_the_absorbed_rejection(coder, tmp_path: Path):
    """Issue 4 absorbs "does not recognise" into a 12; a gold writer who coded 054 negated means the same."""
    gold = _french_statement(
        tmp_path / "absorbed.yaml",
        [
            (
                "Germany does not recognise the so-called government of the junta in Niger.",
                "[{cameo: '054', source: DEU, target: NER, negated: true}]",
            ),
            # a negated cooperative gold event is no rejection of another root: 11 stays unmatched
            (
                "Germany condemned the coup in Niger.",
                "[{cameo: '054', source: DEU, target: NER, negated: true}]",
            ),
        ],
    )
    summary = score_statements(load_statement_gold(gold), coder).summary()
    assert summary["matched_events"]["count"] == 1
    assert summary["matched_events"]["same_negation"] == 1


def test_a_bare_errors_run_lists_the_development_half_only(tmp_path: Path):
    """Both halves are scored, but the held-out (even) statements' sentences are printed only on request."""
    body = "".join(
        f"  - id: q{n}\n    issuers: [Ministry of Foreign Affairs of France]\n    sentences:\n"
        f"      - text: 'Germany imposed sanctions on Russia number {n}.'\n"
        "        events: [{cameo: '190', source: DEU, target: RUS}]\n"
        for n in (1, 2)
    )
    gold = tmp_path / "halves.yaml"
    gold.write_text("statements:\n" + body, encoding="utf-8")
    result = run_cli("evaluate", str(gold), "--format", "statements", "--errors")
    assert result.returncode == 0, result.stderr
    assert "held-out statements (even)" in result.stdout  # scored ...
    assert "number 1." in result.stdout and "number 2." not in result.stdout  # ... but not listed
    assert "--half even --errors" in result.stdout
    listed = run_cli("evaluate", str(gold), "--format", "statements", "--half", "even", "--errors")
    assert "number 2." in listed.stdout and "number 1." not in listed.stdout
