"""The documents table of an export reads counts, not the coding (UX20).

It built every event, stance and evidence span of each statement to count them: on 4,000 statements as slow
as the full JSONL (45 s at load 16; 9.6 s now). The rows must stay exactly those of ``document_row``.
SQLite files and a real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re

from sqlalchemy import event

from communique.export.formats import DOCUMENT_COLUMNS, document_row, export, spreadsheet_safe
from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


def test_the_documents_table_is_the_same_rows_without_reading_events(db_url):
    corpus = Corpus(db_url)
    try:
        docs = list(synthetic_documents(30, seed=24))
        # A repost (same text, later source) is a row of the documents table with duplicate_of.
        repost = dataclasses.replace(
            docs[0], document=dataclasses.replace(docs[0].document, id="repost-ux20", source="elsewhere")
        )
        corpus.add_many([*docs, repost])
        expected = [
            {k: spreadsheet_safe(v) for k, v in document_row(c, info).items()}
            for c, info in corpus.iter_records(include_duplicates=True)
        ]
        assert any(r["duplicate_of"] for r in expected) and any(r["issuer_codes"] for r in expected)
        seen: list[str] = []

        def note(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
            seen.append(re.sub(r"\s+", " ", statement))

        event.listen(corpus.engine, "before_cursor_execute", note)
        out = io.StringIO()
        n = export(corpus, "csv", out, table="documents")
        event.remove(corpus.engine, "before_cursor_execute", note)
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert n == len(rows) == len(expected)
        assert [list(r) for r in rows[:1]] == [DOCUMENT_COLUMNS]
        assert rows == [{k: "" if v is None else str(v) for k, v in r.items()} for r in expected]
        # No event, actor-of-event, evidence or full stance row is read: counts only.
        assert not [s for s in seen if re.search(r"FROM (event_actors|evidence)\b", s)], seen
        assert not [s for s in seen if re.match(r"SELECT (events|stances)\.pk\b", s)], seen
    finally:
        corpus.close()
