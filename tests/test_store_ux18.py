"""Keyset paging in one helper, one limit policy, and stances indexed in their page order (UX18).

SQLite files and a real PostgreSQL server (``db_url``), with synthetic coded statements.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from communique.store import Corpus
from communique.store.migrate import alembic_config
from communique.store.schema import SCHEMA_REVISION
from communique.store.search import MAX_PAGE, page_size


def test_the_api_page_cap_is_one_store_page():
    """Two caps (API 500, store 1000): the API's refuses, the store's clamps; an API page is a store page."""
    from communique.api.service import MAX_LIMIT

    assert MAX_LIMIT <= MAX_PAGE
    assert [page_size(n) for n in (0, -5, 1, 50, MAX_PAGE, MAX_PAGE + 1, 10**9)] == [
        1,
        1,
        1,
        50,
        MAX_PAGE,
        MAX_PAGE,
        MAX_PAGE,
    ]


@pytest.fixture(scope="module")
def coded():
    from communique.store.synthetic import synthetic_documents

    return list(synthetic_documents(60, seed=18))


def _walk(page, limit: int) -> list[str]:
    seen, cursor = [], None
    while True:
        got = page(limit=limit, cursor=cursor)
        seen += [
            item.get("id") or f"{item['document_id']}#{item['issue_id']}/{item['actor']}"
            for item in got.items
        ]
        cursor = got.next_cursor
        if not cursor:
            return seen


@pytest.mark.parametrize("limit", [1, 7])
def test_walking_every_pager_gives_each_row_once_in_one_pages_order(db_url, coded, limit):
    with Corpus(db_url) as corpus:
        corpus.add_many(coded)
        assert corpus.count()["stances"] > 10, "the synthetic corpus should hold stances"
        for page in (corpus.search, corpus.events_page, corpus.stances_page):
            assert _walk(page, limit) == _walk(page, 1000), page.__name__


def _stance_indexes(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return {ix["name"] for ix in inspect(engine).get_indexes("stances")}
    finally:
        engine.dispose()


def test_upgrade_0004_to_0005_indexes_stances_in_page_order(db_url, coded):
    """/api/v1/stances sorted every stance for each page (measured plans: the 0005 migration's docstring)."""
    from alembic import command

    with Corpus(db_url) as corpus:
        corpus.add_many(coded[:40])
        full = corpus.stance_rows()
    assert "ix_stances_sort" in _stance_indexes(db_url)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0004")
    finally:
        engine.dispose()
    assert "ix_stances_sort" not in _stance_indexes(db_url)
    with Corpus(db_url, create=False) as corpus:  # a 0004 corpus reads as it is
        assert corpus.schema_revision() == "0004"
        assert corpus.stances_page(limit=1000).items == full
    with Corpus(db_url) as corpus:  # upgraded on open
        assert corpus.schema_revision() == SCHEMA_REVISION
        assert "ix_stances_sort" in _stance_indexes(db_url)
        assert corpus.stances_page(limit=1000).items == full
        corpus.add_many(coded[40:])
        assert len(corpus.stance_rows()) > len(full)


def test_a_digest_quoting_a_stored_statement_is_not_a_repost_of_it(tmp_path, coded):
    """A new text holding a stored statement among much else was stored as its repost, its coding dropped:
    the examples x18 as one statement (359 events) became 'a repost of the G7 statement' with 0 events."""
    import dataclasses

    from communique.store.dedup import is_repost, shingles

    statement = "The ministers condemned the shelling of the port and called for an immediate ceasefire. " * 2
    digest = statement + " ".join(
        f"Item {i}: the council of region {i} approved budget line {i * 7} for roads and {i} schools."
        for i in range(30)
    )
    assert is_repost(shingles(statement), shingles(digest)) is None
    # A repost that only gained a little of a site's text, and a trimmed copy, still are.
    assert is_repost(shingles(statement), shingles("Home | News | Contact. " + statement)) is not None
    assert is_repost(shingles(digest), shingles(digest[: int(len(digest) * 0.8)])) is not None
    first, second = coded[0], coded[1]
    text = first.document.text + "\n\n" + "\n\n".join(c.document.text for c in coded[2:12])
    document = dataclasses.replace(second.document, text=text, date=first.document.date)
    longer = dataclasses.replace(second, document=document)
    with Corpus(f"sqlite:///{tmp_path / 'digest.db'}") as corpus:
        corpus.add(first)
        assert corpus.add(longer) != "duplicate"
