"""End-to-end checks of the public API and the ``communique code`` command."""

from __future__ import annotations

import json
import subprocess
import sys

import communique
from tests.conftest import SEED


def test_code_text_returns_sentences_with_offsets():
    coded = communique.code_text("The government of France condemned the attack.\n\nIt called for calm.")
    doc = coded.document
    assert len(doc.sentences) == 2
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_code_texts_streams_in_input_order():
    texts = [f"Statement number {i}. Nothing else." for i in range(5)]
    coded = list(communique.code_texts(texts))
    assert [c.document.text for c in coded] == texts


def test_same_text_same_id_whatever_whitespace():
    a = communique.code_text("We  condemn the attack.\n")
    b = communique.code_text("we condemn the attack")
    assert a.document.id == b.document.id


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", *args], input=stdin, capture_output=True, text=True, timeout=300
    )


def test_cli_code_jsonl_seed():
    result = run_cli("code", str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"document", "actors", "events", "stances"}
    assert "top of page" not in record["document"]["text"]
    assert "bottom of page" not in record["document"]["text"]


def test_cli_missing_file_is_one_line_and_exit_1():
    result = run_cli("code", "does-not-exist.txt")
    assert result.returncode == 1
    assert "does-not-exist.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_bad_date_is_usage_error():
    result = run_cli("code", str(SEED), "--date", "2022-13-45")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def _token_facts(t):  # type: ignore[no-untyped-def]
    return (
        t.i, t.idx, t.text, t.lower_, t.lemma_, t.pos_, t.tag_, t.dep_, t.ent_type_, t.whitespace_,
        t.is_space, t.is_stop, t.is_alpha, t.head.i, t.left_edge.i, t.right_edge.i,
        [c.i for c in t.children], [c.i for c in t.lefts], [c.i for c in t.rights], [c.i for c in t.subtree],
    )  # fmt: skip


def test_document_view_reads_what_spacy_reads(coder):
    """The stages walk a plain-Python view of the parse (communique.nlp.view): every token attribute, the
    tree links, text, sentences, entities and char spans must be spaCy's own, or coding would change."""
    from communique.nlp.view import DocView, doc_view

    texts = [
        SEED.read_text(encoding="utf-8"),
        "The Ministry of Foreign Affairs of Ukraine strongly condemns the attack.\n\nWe call on Russia to "
        "withdraw  its troops, which it sent on Monday, from Crimea.  Is that clear?",
        "ÉTATS-UNIS | FRANCE | Russie\t\tnone\n\n\n",
        "",
    ]
    for text in texts:
        sdoc = coder.nlp(text)
        view = doc_view(sdoc)
        assert doc_view(sdoc) is view  # built once per Doc
        assert view.text == sdoc.text
        assert len(view) == len(sdoc)
        assert [_token_facts(t) for t in view] == [_token_facts(t) for t in sdoc]
        sents = [(s.start, s.end, s.text) for s in sdoc.sents] if text else []
        assert [(s.start, s.end, s.text) for s in view.sents] == sents
        ents = [(e.start, e.end, e.label_) for e in sdoc.ents]
        assert [(e.start, e.end, e.label_) for e in view.ents] == ents
        for t in sdoc:
            for end in (t.idx + len(t.text), len(text)):
                span = sdoc.char_span(t.idx, end, alignment_mode="expand")
                assert view.char_span_bounds(t.idx, end) == (None if span is None else (span.start, span.end))
    # an unparsed Doc (the tokenizer alone, as when resolving a bare name): no heads, no children
    bare = coder.nlp.tokenizer("Russian Foreign Minister Sergei Lavrov")
    assert [_token_facts(t) for t in DocView(bare)] == [_token_facts(t) for t in bare]


def test_coding_frees_each_parse_view(coder):
    """The parse view's tokens point to each other; the coder breaks those cycles after each document, so
    memory is freed at once rather than by the cyclic GC (a view left behind is ~300 objects a document)."""
    import gc

    from communique.model import Document

    texts = [SEED.read_text(encoding="utf-8")] + [
        f"Country {i} condemned the attack on the capital." for i in range(9)
    ]
    list(coder.code_documents([Document(id="warm", text=texts[-1])]))
    gc.collect()
    gc.disable()
    try:
        coded = list(coder.code_documents([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]))
        left = gc.collect()
    finally:
        gc.enable()
    assert len(coded) == 10
    assert left < 100 * len(texts)
