"""Bulk ingest of already-coded records into SQLite: documents/s (target >= 2,000/s on this machine).

Measured side by side in one run, on the same generated records (``communique.store.synthetic``: 2-5
sentences, 2 actor mentions, one event and ~0.3 stances per sentence, with real offsets):

* ``add_many`` with near-duplicate detection (the default ``communique import`` path);
* ``add_many`` without near-duplicate detection;
* ``add`` one document per transaction (the ``communique ingest`` write path, minus coding);
* a floor: plain ``sqlite3`` ``executemany`` of the bare document texts into an unindexed table, the
  least any store of these documents must cost on this machine, so the ratios stay meaningful when the
  machine is busy.

Usage: python bench/store_ingest.py [--docs 20000]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communique.store import Corpus  # noqa: E402
from communique.store.synthetic import synthetic_documents  # noqa: E402


def timed(label: str, n: int, fn) -> float:  # type: ignore[no-untyped-def]
    """Run ``fn`` and print documents/s."""
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    rate = n / elapsed
    print(f"  {label:<44} {rate:>9,.0f} docs/s  ({elapsed:.2f} s)")
    return rate


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    args = parser.parse_args()
    n = args.docs
    docs = list(synthetic_documents(n, seed=1))
    single = docs[: max(200, n // 20)]
    rows = sum(len(d.events) + len(d.actors) + len(d.stances) + len(d.document.sentences) for d in docs)
    print(f"{n:,} coded documents ({rows / n:.1f} coded rows each: sentences, mentions, events, stances)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)

        def bare() -> None:
            conn = sqlite3.connect(base / "bare.db")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE t (id TEXT, text TEXT)")
            with conn:
                conn.executemany(
                    "INSERT INTO t VALUES (?, ?)", [(d.document.id, d.document.text) for d in docs]
                )
            conn.close()

        def bulk(dedup: bool, name: str) -> None:
            with Corpus(str(base / name), dedup=dedup) as corpus:
                summary = corpus.add_many(docs)
                assert summary.new == n, summary.line()

        def one_by_one() -> None:
            with Corpus(str(base / "single.db")) as corpus:
                for d in single:
                    corpus.add(d)

        floor = timed("floor: bare sqlite3 executemany of texts", n, bare)
        with_dedup = timed("Corpus.add_many (near-dup detection on)", n, lambda: bulk(True, "dedup.db"))
        without = timed("Corpus.add_many (near-dup detection off)", n, lambda: bulk(False, "plain.db"))
        per_doc = timed(
            f"Corpus.add, one transaction per document (n={len(single)})", len(single), one_by_one
        )
        size = (base / "dedup.db").stat().st_size / n
    print(f"database size: {size / 1024:.1f} KiB per document (with FTS5 and indexes)")
    print(
        f"ratios: add_many/floor {with_dedup / floor:.3f}, dedup on/off {with_dedup / without:.2f}, "
        f"per-document/add_many {per_doc / with_dedup:.2f}"
    )
    verdict = "meets" if with_dedup >= 2000 else "MISSES"
    print(f"target >= 2,000 docs/s into SQLite (default path, dedup on): {with_dedup:,.0f} docs/s, {verdict}")


if __name__ == "__main__":
    main()
