"""Every API endpoint and web page over one stored corpus: time, SQL statements, response size (UX20).

1. Build (or reuse) a corpus of synthetic coded statements (``communique.store.synthetic``) in a SQLite file,
   or use ``--db URL`` (a PostgreSQL database, or a store of real coded statements).
2. Request each path once through the app (FastAPI TestClient), after the start-up warm-up, and print its
   status, wall time, the number of SQL statements the corpus engine issued and the response size. A count
   or a size that grows with the corpus is what to look at first; times are noisy on a shared machine.

3. Deep pages (UX21): the last page of the largest issue's reaction table, read by a typed ``?page=N``
   (OFFSET: every earlier row is read and joined again) and by the "Later" link's keyset cursor (one range
   of the index), and the newest documents of the widest code prefix (the web's bounded facets).

Usage: python bench/store_scale.py [--docs 20000] [--db URL] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH (make bench: build/compiled) picks the build

from communique.store import Corpus  # noqa: E402
from communique.store.synthetic import synthetic_documents  # noqa: E402

PATHS = [
    "/api/v1/documents",
    "/api/v1/documents?limit=500",
    "/api/v1/documents?actor=KAZ",
    "/api/v1/documents?event=11",
    "/api/v1/documents?since=2021-01-01&until=2021-12-31",
    "/api/v1/documents?q=sanctions",
    "/api/v1/events",
    "/api/v1/events?limit=500",
    "/api/v1/events?actor=KAZ&event=11",
    "/api/v1/actors/KAZ",
    "/api/v1/actors/BLROPP",
    "/api/v1/stances",
    "/api/v1/stances?actor=BLROPP",
    "/api/v1/stats?by=actor",
    "/api/v1/stats?by=event",
    "/api/v1/stats?by=month",
    "/",
    "/search",
    "/search?q=sanctions",
    "/search?actor=KAZ",
    "/search?actor=IGO",
    "/reactions",
    "/actors/KAZ",
    "/actors/BLROPP",
]


def build(db: Path, n: int) -> str:
    """Create (or reuse) the synthetic SQLite corpus; return its URL."""
    db.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db}"
    with Corpus(url, dedup=False) as corpus:
        have = corpus.count()["documents"]
        if have < n:
            start = time.perf_counter()
            corpus.add_many(synthetic_documents(n - have, seed=2020 + have), batch_size=2000)
            print(f"corpus: stored {n - have:,} documents in {time.perf_counter() - start:.0f} s")
        else:
            print(f"corpus: reusing {db} ({have:,} documents)")
    return url


def deep_paths(corpus: Corpus) -> list[str]:
    """The last page of the largest issue's reaction table, by page number and by cursor (UX21)."""
    from sqlalchemy import func, select

    from communique.store.views import STANCES, stance_table_page
    from communique.web.views import PAGE_ROWS

    with corpus.engine.connect() as conn:
        top = conn.execute(
            select(STANCES.c.issue_id, func.count())
            .where(STANCES.c.issue_id.is_not(None))
            .group_by(STANCES.c.issue_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    if top is None:
        return []
    issue, total = top
    pages = -(-total // PAGE_ROWS)
    after, cursor = None, None
    for _ in range(pages - 1):  # walk the "Later" links to the last page's cursor
        cursor = stance_table_page(corpus, issue, limit=PAGE_ROWS, after=after)["next_cursor"]
        after = cursor
    offset = (pages - 1) * PAGE_ROWS
    print(f"deep pages: issue {issue}, {total:,} stances, last page {pages} (offset {offset:,})")
    paths = [f"/issues/{issue}?page={pages}"]
    if cursor:
        paths.append(f"/issues/{issue}?page={pages}&after={cursor}")
    return paths


def main() -> None:
    """Build or open the corpus and print one line per path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--db", default=None, help="database URL (default: a synthetic SQLite corpus)")
    parser.add_argument("--only", default="", help="only the paths containing this text")
    args = parser.parse_args()
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from communique.api import create_app

    url = args.db or build(ROOT / "bench" / "out" / f"scale-{args.docs}.db", args.docs)
    corpus = Corpus(url, create=False)
    seen: list[str] = []

    def note(*_args: Any) -> None:
        seen.append("")

    event.listen(corpus.engine, "before_cursor_execute", note)
    with TestClient(create_app(url, token="bench", corpus=corpus)) as client:
        time.sleep(5)  # the start-up warm-up computes the matrix and the start page's aggregates
        print(f"{'status':>6} {'ms':>8} {'sql':>5} {'kB':>9}  path")
        for path in [*PATHS, *deep_paths(corpus)]:
            if args.only not in path:
                continue
            seen.clear()
            start = time.perf_counter()
            response = client.get(path)
            ms = (time.perf_counter() - start) * 1000
            kb = len(response.content) / 1000
            print(f"{response.status_code:>6} {ms:>8.0f} {len(seen):>5} {kb:>9.1f}  {path}")
    corpus.close()


if __name__ == "__main__":
    main()
