"""Store reads of the twenty-first session (UX21): an actor prefix is one statement, and a code's name.

1. The newest documents of an actor filter (the web's bounded facets and timelines, the actor page's chart)
   read one statement per ``doc_actors`` key the filter matched: a code prefix matching 352 codes issued
   352 statements. Now one statement reads them all, whatever the number of codes.
2. An actor's answer named the code by the first name ever stored for it ("forces", "government of BLR",
   whichever mention came first); now by its most frequent proper name.

SQLite files and a real PostgreSQL server (``db_url``); the statement counts never time anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from communique.model import Actor, CodedDocument, Document, Event, Sentence
from communique.store import Corpus
from communique.store import aggregates as store_aggregates
from communique.store.aggregates import display_name, name_rank
from communique.store.search import DOCS
from communique.store.synthetic import synthetic_documents
from tests.test_store_ux20 import statements

N_CODES = 40


def _many_codes(n_docs: int = 160) -> Iterator[CodedDocument]:
    """Synthetic statements whose actor codes all start with QQQ: 40 codes per country code of the pool."""

    def under_prefix(a: Actor, k: int) -> Actor:
        code = f"QQQ{a.code}{k % N_CODES:02d}" if a.code else None
        return dataclasses.replace(a, code=code, name=f"{a.name} {k % N_CODES:02d}")

    for k, coded in enumerate(synthetic_documents(n_docs, seed=21)):
        doc = dataclasses.replace(
            coded.document, issuers=[under_prefix(a, k) for a in coded.document.issuers]
        )
        events = [
            dataclasses.replace(
                e,
                sources=[under_prefix(a, k) for a in e.sources],
                targets=[under_prefix(a, k) for a in e.targets],
            )
            for e in coded.events
        ]
        stances = [dataclasses.replace(s, actor=under_prefix(s.actor, k)) for s in coded.stances]
        yield dataclasses.replace(
            coded,
            document=doc,
            actors=[under_prefix(a, k) for a in coded.actors],
            events=events,
            stances=stances,
        )


def _newest_slowly(corpus: Corpus, prefix: str, limit: int, since: str | None = None) -> list[str]:
    """Ids of the newest ``limit`` documents with a code under ``prefix``, worked out in Python."""
    found = []
    for coded, _info in corpus.iter_records():
        codes = {a.code for a in [*coded.document.issuers, *coded.actors] if a.code}
        codes |= {a.code for e in coded.events for a in [*e.sources, *e.targets] if a.code}
        date = coded.document.date or ""
        if any(c.startswith(prefix) for c in codes) and (since is None or date >= since):
            found.append((date, coded.document.id))
    return [doc_id for _date, doc_id in sorted(found, reverse=True)[:limit]]


@pytest.fixture()
def prefixed(db_url):
    corpus = Corpus(db_url, dedup=False)
    corpus.add_many(list(_many_codes()))
    yield corpus
    corpus.close()


def _ids(corpus: Corpus, pks: list[int]) -> list[str]:
    with corpus.engine.connect() as conn:
        by_pk = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(pks))).all())
    return [by_pk[pk] for pk in pks]


def test_the_newest_documents_of_a_code_prefix_are_one_statement(prefixed):
    corpus = prefixed
    n_codes = len(corpus.actors(prefix="QQQ", limit=10_000))
    assert n_codes > 200  # many codes under one prefix: the case that issued a statement per code
    with statements(corpus) as seen:
        pks = corpus.newest_doc_pks(25, actor="QQQ")
    reads = [s for s in seen if "doc_actors" in s]
    # One statement finds the keys present, one reads the newest documents of all of them.
    assert len(reads) == 2, len(reads)
    assert len(pks) == 25
    assert _ids(corpus, pks) == _newest_slowly(corpus, "QQQ", 25)
    # Narrower prefixes and dates: the same answer as the reference, and the same two statements.
    with statements(corpus) as seen:
        pks = corpus.newest_doc_pks(30, actor="QQQKAZ", since="2020")
    assert len([s for s in seen if "doc_actors" in s]) == 2
    assert _ids(corpus, pks) == _newest_slowly(corpus, "QQQKAZ", 30, since="2020")


def test_more_keys_than_one_compound_statement_holds_read_one_range(prefixed, monkeypatch):
    """Above ``UNION_KEYS`` keys (SQLite allows 500 terms in a compound SELECT) one IN list reads them."""
    corpus = prefixed
    expected = _newest_slowly(corpus, "QQQ", 40)
    monkeypatch.setattr(store_aggregates, "UNION_KEYS", 3)
    with statements(corpus) as seen:
        pks = corpus.newest_doc_pks(40, actor="QQQ")
    assert len([s for s in seen if "doc_actors" in s]) == 2
    assert not any("UNION ALL" in s for s in seen)
    assert _ids(corpus, pks) == expected


def test_bounded_facets_and_timeline_of_a_prefix_do_not_grow_with_its_codes(prefixed):
    corpus = prefixed
    with statements(corpus) as seen:
        few = corpus.bounded_aggregates(20, actor="QQQGEO")
    n_few = len(seen)
    with statements(corpus) as seen:
        many = corpus.bounded_aggregates(20, actor="QQQ")
    assert len(seen) == n_few, seen  # 40 codes or 800: the same statements
    assert many["docs"] == 20 and many["bounded"]
    assert sum(row["count"] for row in many["timeline"]) > 0
    assert few["docs"] > 0


def _spoken(
    code: str, forms: list[tuple[str, str, str]], doc_id: str, target: Actor | None = None
) -> CodedDocument:
    """One statement whose events have the given (mention text, name, via) actors of one code as sources
    (and ``target`` as their target, offsets left out)."""
    text_parts, sentences, events = [], [], []
    offset = 0
    for i, (mention, name, via) in enumerate(forms):
        sentence = f"{mention} condemned the decision again ({doc_id}-{i})."
        sentences.append(Sentence(index=i, start=offset, end=offset + len(sentence), text=sentence))
        actor = Actor(
            name=name,
            code=code,
            text=mention,
            start=offset,
            end=offset + len(mention),
            sentence_index=i,
            via=via,
        )
        trigger_start = offset + len(mention) + 1
        events.append(
            Event(
                id=f"e{i}",
                sentence_index=i,
                start=trigger_start,
                end=trigger_start + len("condemned"),
                trigger="condemned",
                sentence=sentence,
                cameo="111",
                cameo_root="11",
                cameo_name="Criticize or denounce",
                plover="DISAPPROVE",
                sources=[actor],
                targets=[target] if target else [],
            )
        )
        text_parts.append(sentence)
        offset += len(sentence) + 1
    doc = Document(
        id=doc_id, text="\n".join(text_parts), source=f"{doc_id}.txt", date="2023-05-01", sentences=sentences
    )
    return CodedDocument(document=doc, events=events)


def test_an_actor_is_named_by_its_usual_proper_name_not_its_first_mention(db_url):
    corpus = Corpus(db_url, dedup=False)
    try:
        # The first statement stored names the code by a bare context word and a made-up implied name.
        corpus.add(
            _spoken(
                "ZZAGOV", [("forces", "forces", "context"), ("troops", "government of ZZA", "implied")], "a"
            )
        )
        corpus.add(
            _spoken(
                "ZZAGOV",
                [
                    ("Zedland's government", "Government of Zedland", "noun_chunk"),
                    ("The Government of Zedland", "Government of Zedland", "entity"),
                    ("We", "Government of Zedland", "pronoun"),
                    ("President Ada Quill", "Ada Quill", "title"),
                    ("She", "Ada Quill", "coreference"),
                    ("Ada Quill", "Ada Quill", "title"),
                    ("Ada Quill", "Ada Quill", "title"),
                ],
                "b",
            )
        )
        answer = corpus.actor("ZZAGOV")
        assert answer is not None
        # Not "forces" (the first stored), nor the office holder named more often: the body's own name.
        assert answer["name"] == "Government of Zedland"
        # A code with only an office holder's name is named by it; one with only weak forms by the best.
        corpus.add(
            _spoken(
                "ZZBGOV", [("He", "Bo Lind", "coreference"), ("the ministry", "ministry", "context")], "c"
            )
        )
        assert corpus.actor("ZZBGOV")["name"] == "Bo Lind"
        corpus.add(_spoken("ZZCMIL", [("They", "forces", "context"), ("troops", "troops", "context")], "d"))
        assert corpus.actor("ZZCMIL")["name"] == "forces"  # twice (the stored name too), "troops" once
    finally:
        corpus.close()


def test_name_ranks_and_ties():
    assert name_rank("We", "XGOV", "pronoun") == 0
    assert name_rank("our country", "X", "pronoun") == 0
    assert name_rank("authorities of ZZA", "ZZACOP", "implied") == 0
    assert name_rank("ZZA", "ZZA", "domestic") == 0
    assert name_rank("authorities", "ZZAGOV", "context") == 1
    assert name_rank("Security Council", "IGOUNO", "context") == 1  # context-found: a weak form
    assert name_rank("Ada Quill", "ZZAGOV", "title") == 2
    assert name_rank("Belarusian authorities", "BLRGOV", "noun_chunk") == 3
    # Equally frequent proper names: the longest.
    forms = [("Coordination Council", "issuer", 3), ("Office of the Opposition Leader", "issuer", 3)]
    assert display_name("ZZAOPP", forms, "Coordination Council") == "Coordination Council"  # + the fallback
    assert display_name("ZZAOPP", forms, None) == "Office of the Opposition Leader"
    assert display_name("ZZA", [], None) == "ZZA"
    assert display_name("ZZA", [("  ", None, 4)], "Zedland") == "Zedland"


def test_the_codes_an_actor_targets_are_named_the_same_way(db_url):
    corpus = Corpus(db_url, dedup=False)
    try:
        corpus.add(
            _spoken("ZZAGOV", [("The Government of Zedland", "Government of Zedland", "entity")] * 2, "e")
        )
        # ZZB's events name their target only by the name made up for an implied actor.
        implied = Actor(name="government of ZZA", code="ZZAGOV", text="troops", via="implied")
        corpus.add(_spoken("ZZBGOV", [("Bo Lind", "Bo Lind", "title")] * 3, "f", target=implied))
        answer = corpus.actor("ZZBGOV")
        assert answer["targets"] == [{"code": "ZZAGOV", "name": "Government of Zedland", "count": 3}]
        assert answer["name"] == "Bo Lind"
        assert corpus.actor("ZZAGOV")["targeted_by"] == [{"code": "ZZBGOV", "name": "Bo Lind", "count": 3}]
        # However many codes it lists, their names are one statement.
        with statements(corpus) as seen:
            corpus.actor("ZZBGOV")
        assert sum(") AS b0" in s for s in seen) == 1
    finally:
        corpus.close()
