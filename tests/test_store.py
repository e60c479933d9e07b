"""Corpus on SQLite and PostgreSQL: idempotency, recode atomicity, search filters, cursors, aggregates."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from communique.ingest import document_id
from communique.model import CodedDocument, CommuniqueError, Document, Event, Sentence
from communique.store import Corpus
from communique.store.schema import SCHEMA_REVISION
from communique.store.synthetic import synthetic_documents


@pytest.fixture
def corpus(db_url):
    with Corpus(db_url) as c:
        yield c


def _docs(n: int, seed: int = 1) -> list[CodedDocument]:
    return list(synthetic_documents(n, seed=seed))


def _ids(page) -> list[str]:
    return [item["id"] for item in page.items]


def test_add_is_idempotent_and_round_trips(corpus):
    docs = _docs(30)
    assert [corpus.add(d) for d in docs[:5]] == ["new"] * 5
    summary = corpus.add_many(docs)
    assert (summary.new, summary.skipped) == (25, 5)
    assert [corpus.add(d) for d in docs[:3]] == ["skipped"] * 3
    again = corpus.add_many(docs)
    assert (again.new, again.skipped) == (0, 30)
    counts = corpus.count()
    assert counts["documents"] == 30
    assert counts["events"] == sum(len(d.events) for d in docs)
    assert counts["stances"] == sum(len(d.stances) for d in docs)
    for d in docs:
        assert corpus.document(d.document.id) == d
    assert corpus.document("no-such-id") is None


def test_provenance_and_dictionary_version_are_stored(corpus):
    doc = _docs(1)[0]
    corpus.add(doc, dictionary_version="abc123")
    info = corpus.document_info(doc.document.id)
    assert info["dictionary_version"] == "abc123"
    rows = corpus.raw_sql('SELECT document_id, sentence_index, start, "end" FROM events')
    assert rows and all(r[0] == doc.document.id and r[1] is not None and r[2] < r[3] for r in rows)
    for event in corpus.iter_events():
        assert doc.document.text[event["start"] : event["end"]] == event["trigger"]
        for actor in event["sources"] + event["targets"]:
            assert doc.document.text[actor["start"] : actor["end"]] == actor["text"]
    for row in corpus.stance_rows():
        assert row["document_id"] == doc.document.id
        assert doc.document.text[row["start"] : row["end"]] == row["evidence"][0]["text"]


def test_recode_replaces_atomically(corpus):
    doc = _docs(1, seed=5)[0]
    assert corpus.add(doc) == "new"
    before = corpus.document(doc.document.id)
    # A recode whose coding cannot be stored (an event without a CAMEO code violates NOT NULL) must leave
    # the stored coding untouched: the delete of the old rows is rolled back with the failed insert.
    broken = copy.deepcopy(doc)
    broken.events.append(dataclasses.replace(broken.events[0], id="bad", cameo=None))  # type: ignore[arg-type]
    with pytest.raises(CommuniqueError, match="rolled back"):
        corpus.add(broken, recode=True)
    assert corpus.document(doc.document.id) == before
    # A good recode replaces every coded row.
    changed = copy.deepcopy(doc)
    changed.events = changed.events[:1]
    changed.events[0].cameo, changed.events[0].cameo_root = "120", "12"
    changed.stances = []
    assert corpus.add(changed, recode=True) == "recoded"
    stored = corpus.document(doc.document.id)
    assert stored == changed
    assert corpus.count()["events"] == 1
    assert corpus.count()["stances"] == 0
    assert corpus.add(changed) == "skipped"


def test_batch_is_all_or_nothing(corpus):
    docs = _docs(10, seed=9)
    bad = copy.deepcopy(docs[7])
    bad.events[0] = dataclasses.replace(bad.events[0], trigger=None)  # type: ignore[arg-type]
    with pytest.raises(CommuniqueError):
        corpus.add_many([*docs[:7], bad, *docs[8:]], batch_size=100)
    assert corpus.count()["documents"] == 0
    assert corpus.add_many(docs).new == 10


def test_failed_full_text_rows_roll_the_batch_back(tmp_path):
    """SQLite writes a large batch's full-text rows on a helper thread: its failure fails the batch, which
    is rolled back whole (here the FTS table is gone; the batch before it stays)."""
    docs = _docs(400, seed=21)
    with Corpus(str(tmp_path / "fts.db")) as corpus:
        assert corpus.add_many(docs[:200]).new == 200
        with corpus.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE documents_fts")
        with pytest.raises(CommuniqueError, match="documents_fts"):
            corpus.add_many(docs[200:], batch_size=200)
        assert corpus.count()["documents"] == 200
        assert corpus.count()["events"] == sum(len(d.events) for d in docs[:200])


def test_full_text_index_is_merged_once_the_corpus_is_large(tmp_path, monkeypatch):
    """SQLite: ``optimize`` (after a bulk import that doubled the corpus) merges the full-text index into one
    segment from ``FTS_MERGE_MIN`` documents on; searches answer exactly as before the merge."""
    from communique.store import writing as writing_module

    docs = _docs(160, seed=23)
    words = sorted({w for d in docs[:20] for w in d.document.text.lower().replace(".", " ").split()})[:40]

    def build(name: str, merge_min: int) -> tuple[int, list[list[str]]]:
        monkeypatch.setattr(writing_module, "FTS_MERGE_MIN", merge_min)
        with Corpus(str(tmp_path / name)) as c:
            c.add_many(docs, batch_size=20)
            segments = c.raw_sql("SELECT count(DISTINCT segid) FROM documents_fts_idx")[0][0]
            return segments, [_ids(c.search(w, limit=500)) for w in words]

    unmerged, found = build("plain.db", 10_000)
    merged, found_merged = build("merged.db", 100)
    assert unmerged > 1 and merged == 1
    assert found_merged == found and any(found)


def test_batches_read_in_full_are_written_when_the_source_fails(corpus):
    """A failing source gets every batch it delivered in full written (one transaction each), and the
    partial one not: a rerun stores the rest."""
    docs = _docs(25, seed=4)

    def source():
        yield from docs[:23]
        raise ValueError("broken source")

    with pytest.raises(ValueError, match="broken source"):
        corpus.add_many(source(), batch_size=10)
    assert corpus.count()["documents"] == 20
    assert corpus.add_many(docs, batch_size=10).new == 5


def test_search_filters(corpus):
    docs = _docs(200, seed=3)
    corpus.add_many(docs)
    everything = corpus.search(limit=1000)
    assert len(everything.items) == 200 and everything.next_cursor is None

    def matching(pred) -> set[str]:
        return {d.document.id for d in docs if pred(d)}

    def all_ids(**kw) -> set[str]:
        page = corpus.search(limit=1000, **kw)
        assert page.next_cursor is None
        return set(_ids(page))

    assert all_ids(text="sanctions") == matching(lambda d: "sanctions" in d.document.text.lower())
    # Stemming on both backends: "condemned" finds "condemns".
    assert all_ids(text="condemned") == matching(lambda d: "condemns" in d.document.text)

    def has_actor(d, prefix):
        actors = [*d.document.issuers, *d.actors]
        return any((a.code or "").startswith(prefix) for a in actors)

    assert all_ids(actor="BLR") == matching(lambda d: has_actor(d, "BLR"))
    assert all_ids(actor="BLROPP") == matching(lambda d: has_actor(d, "BLROPP"))
    assert all_ids(actor="the belarusian opposition") == matching(lambda d: has_actor(d, "BLROPP"))
    assert all_ids(event="12") == matching(lambda d: any(e.cameo_root == "12" for e in d.events))
    assert all_ids(event="111") == matching(lambda d: any(e.cameo.startswith("111") for e in d.events))
    assert all_ids(event="accuse") == matching(lambda d: any(e.plover == "ACCUSE" for e in d.events))
    assert all_ids(modality="future") == matching(lambda d: any(e.modality == "future" for e in d.events))
    issue = (
        docs[0].stances[0].issue if docs[0].stances else next(d.stances[0].issue for d in docs if d.stances)
    )
    assert all_ids(issue=issue.id) == matching(lambda d: any(s.issue.id == issue.id for s in d.stances))
    assert all_ids(issue=issue.label.upper()) == all_ids(issue=issue.id)
    assert all_ids(since="2020-03-01", until="2021") == matching(
        lambda d: "2020-03-01" <= d.document.date <= "2021-12-31"
    )
    combined = all_ids(text="sanctions", actor="KAZ", since="2018")
    assert combined == matching(
        lambda d: "sanctions" in d.document.text.lower() and has_actor(d, "KAZ") and d.document.date >= "2018"
    )
    assert combined  # the generated corpus has matches, so the filter is really exercised
    with pytest.raises(CommuniqueError):
        corpus.search(since="last week")
    with pytest.raises(CommuniqueError):
        corpus.search(modality="maybe")


def test_cursor_pages_are_stable_and_complete(corpus):
    corpus.add_many(_docs(120, seed=4))
    seen: list[str] = []
    cursor = None
    while True:
        page = corpus.search(actor="RUS", limit=7, cursor=cursor)
        seen += _ids(page)
        if not page.next_cursor:
            break
        cursor = page.next_cursor
        # Adding documents between pages does not shift or repeat the pages still to come.
        corpus.add_many(_docs(2, seed=100 + len(seen)))
    full = corpus.search(actor="RUS", limit=1000)
    dates = [i["date"] for i in corpus.search(actor="RUS", limit=1000).items]
    assert dates == sorted(dates, reverse=True)
    assert len(seen) == len(set(seen))
    assert set(seen) <= set(_ids(full))
    with pytest.raises(CommuniqueError, match="cursor"):
        corpus.search(cursor="not-a-cursor!")


HOSTILE = [
    '"',
    "'",
    '""',
    "*",
    "NEAR(peace plan)",
    "peace AND NOT plan",
    "title:peace",
    "^peace",
    "peace OR 1=1",
    "'; DROP TABLE documents; --",
    "\\",
    "(",
    "phase-2)",
    "%_%",
    "peace\x00plan",
    "-peace",
    "{peace}",
    "a" * 5000,
]


def test_hostile_search_text_is_plain_text(corpus):
    corpus.add_many(_docs(20, seed=8))
    text = 'The "peace" plan (phase-2) is rejected; AND NOT NEAR OR * -- DROP TABLE documents; title:x ^y'
    hostile = CodedDocument(
        document=Document(id=document_id(text), text=text, title="hostile", date="2022-01-07",
                          sentences=[Sentence(0, 0, len(text), text)])
    )  # fmt: skip
    corpus.add(hostile)
    for query in HOSTILE:
        corpus.search(query)  # never a syntax error
        corpus.events_page(text=query)
    for query in ['"peace"', "peace AND NOT plan", "phase-2)", "DROP TABLE documents", "title:x", "NEAR OR"]:
        assert hostile.document.id in _ids(corpus.search(query)), query
    assert corpus.search("'; DROP TABLE documents; --").items[0]["id"] == hostile.document.id
    assert corpus.count()["documents"] == 21
    assert _ids(corpus.search("peace plan zebra")) == []


def test_events_stats_facets_timeline_actor(corpus):
    docs = _docs(80, seed=11)
    corpus.add_many(docs)
    all_events = [e for d in docs for e in d.events]
    events = list(corpus.iter_events())
    assert len(events) == len(all_events)
    assert {(e["document_id"], e["id"]) for e in events} == {
        (d.document.id, e.id) for d in docs for e in d.events
    }
    page = corpus.events_page(limit=10, event="11")
    assert all(e["cameo_root"] == "11" for e in page.items) and page.next_cursor
    nxt = corpus.events_page(limit=10, event="11", cursor=page.next_cursor)
    assert not {(e["document_id"], e["id"]) for e in page.items} & {
        (e["document_id"], e["id"]) for e in nxt.items
    }
    kaz = list(corpus.iter_events(actor="KAZ"))
    assert kaz and all(any(a["code"].startswith("KAZ") for a in e["sources"] + e["targets"]) for e in kaz)
    df = corpus.events(actor="KAZ")
    assert len(df) == len(kaz) and {"document_id", "cameo", "source_codes", "sentence"} <= set(df.columns)
    by_event = {r["key"]: r["events"] for r in corpus.stats("event")}
    assert sum(by_event.values()) == len(all_events)
    by_actor = {r["key"]: r for r in corpus.stats("actor")}
    assert by_actor["KAZ"]["as_source"] == sum(1 for e in all_events for a in e.sources if a.code == "KAZ")
    months = corpus.stats("month")
    assert sum(r["events"] for r in months) == len(all_events)
    assert sum(r["documents"] for r in months) == 80
    with pytest.raises(CommuniqueError):
        corpus.stats("weather")
    facets = corpus.facets(text="sanctions")
    assert facets["actors"] and facets["events"] and set(facets) == {"actors", "events", "issues", "modality"}
    timeline = corpus.timeline(actor="KAZ")
    assert sum(r["count"] for r in timeline) == len(kaz)
    assert {r["event_class"] for r in timeline} <= {
        "verbal cooperation", "material cooperation", "verbal conflict", "material conflict", "other"
    }  # fmt: skip
    actor = corpus.actor("KAZ")
    assert (
        actor["name"] == "Kazakhstan" and actor["documents"] > 0 and actor["targets"] and actor["targeted_by"]
    )
    assert corpus.actor("ZZZ") is None
    stances = corpus.stances()
    assert len(stances) == sum(len(d.stances) for d in docs)


def test_bounded_aggregates_and_newest_stances(corpus):
    """Bounded facets and timeline equal the exact ones below the bound; above it they cover the newest."""
    docs = _docs(60, seed=12)
    corpus.add_many(docs)
    for filters in ({"text": "sanctions"}, {"actor": "KAZ"}, {"actor": "kazakhstan"}, {"event": "11"}, {}):
        exact = corpus.bounded_aggregates(1000, **filters)
        assert not exact["bounded"] and exact["docs"] == len(corpus.newest_doc_pks(1000, **filters))
        assert exact["facets"] == corpus.facets(**filters), filters
        assert exact["timeline"] == corpus.timeline(**filters), filters
    small = corpus.bounded_aggregates(5, actor="KAZ")
    assert small["bounded"] and small["docs"] == 5
    newest = corpus.search(actor="KAZ", limit=5).items
    newest_pks = corpus.newest_doc_pks(5, actor="KAZ")
    assert len(newest_pks) == 5 and len(newest) == 5
    counted = sum(r["count"] for r in small["timeline"])
    assert 0 < counted < sum(r["count"] for r in corpus.timeline(actor="KAZ"))
    full = corpus.actor("KAZ")
    some = corpus.actor("KAZ", stance_limit=2)
    assert some["n_stances"] == full["n_stances"] == len(full["stances"])
    if full["stances"]:
        assert some["stances"] == full["stances"][-len(some["stances"]) :]


def test_event_level_dedup_for_aggregates(corpus):
    """Phoenix-style: the same source/target/code on the same day counts once."""
    base = _docs(1, seed=21)[0]
    copies = []
    for k in range(3):
        c = copy.deepcopy(base)
        text = c.document.text + f"\nUpdate {k}: no change."
        c.document = dataclasses.replace(c.document, id=document_id(text), text=text, source=f"site{k}")
        copies.append(c)
    with Corpus(corpus.url, dedup=False) as plain:
        plain.add_many(copies)
        n = len(base.events)
        assert sum(r["events"] for r in plain.stats("event")) == 3 * n
        distinct = len(
            {
                (e.cameo, tuple(a.code for a in e.sources), tuple(a.code for a in e.targets))
                for e in base.events
            }
        )
        assert sum(r["events"] for r in plain.stats("event", event_dedup="day")) == distinct
        assert len(list(plain.iter_events(event_dedup="day"))) == distinct
        assert sum(r["count"] for r in plain.timeline(event_dedup="day")) == distinct


def test_exact_repost_keeps_its_source(corpus):
    doc = _docs(1, seed=2)[0]
    corpus.add(doc)
    repost = copy.deepcopy(doc)
    repost.document.source, repost.document.url = "mirror", "https://mirror.example/a"
    assert corpus.add(repost) == "skipped"
    sources = corpus.sources(doc.document.id)
    assert {s["source"] for s in sources} == {doc.document.source, "mirror"}
    assert corpus.search(limit=5).items[0]["n_reposts"] == 1


def test_schema_revision_and_reopen(db_url):
    with Corpus(db_url) as c:
        c.add_many(_docs(3))
        rev = c.schema_revision()
    with Corpus(db_url) as c:
        assert c.schema_revision() == rev == SCHEMA_REVISION
        assert c.count()["documents"] == 3


def _events_doc() -> CodedDocument:
    text = "Poland condemns the attack."
    return CodedDocument(
        document=Document(id=document_id(text), text=text, sentences=[Sentence(0, 0, len(text), text)]),
        events=[
            Event(id="e0", sentence_index=0, start=7, end=15, trigger="condemns", sentence=text, cameo="111",
                  cameo_root="11", cameo_name="Criticize or denounce", plover="DISAPPROVE")
        ],
    )  # fmt: skip


def test_undated_documents_sort_last_and_filter_out_by_dates(corpus):
    corpus.add(_events_doc())
    corpus.add_many(_docs(3))
    items = corpus.search(limit=10).items
    assert items[-1]["date"] is None
    assert all(i["date"] for i in corpus.search(since="1900", limit=10).items)
    assert len(corpus.search(since="1900", limit=10).items) == 3


def test_fast_events_page_equals_corpus_events_page(corpus):
    """The API's hand-written events query gives Corpus.events_page's items and cursors, page after page."""
    from communique.store.views import events_page

    corpus.add_many(_docs(60, seed=13))
    combos = [
        {},
        {"actor": "KAZ"},
        {"actor": "KAZGOV"},
        {"actor": "kazakhstan"},
        {"event": "11"},
        {"event": "0411"},
        {"event": "ACCUSE"},
        {"actor": "KAZ", "event": "11", "since": "2021-01-01"},
        {"since": "2021-03", "until": "2022", "modality": "asserted"},
    ]
    nonempty = 0
    for filters in combos:
        nonempty += bool(events_page(corpus, limit=1, **filters)["items"])
        fast_cursor = slow_cursor = None
        for _ in range(4):
            fast = events_page(corpus, limit=7, cursor=fast_cursor, **filters)
            slow = corpus.events_page(limit=7, cursor=slow_cursor, **filters)
            assert fast["items"] == list(slow.items), filters
            assert (fast["next_cursor"] is None) == (slow.next_cursor is None), filters
            fast_cursor, slow_cursor = fast["next_cursor"], slow.next_cursor
            if fast_cursor is None:
                break
    assert nonempty >= 7
