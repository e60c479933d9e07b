"""Bulk ingest of already-coded records into SQLite: documents/s (target >= 2,000/s on this machine).

Measured side by side in one run, on two generated corpora (``communique.store.synthetic``: 2-5 coded
sentences, 2 actor mentions, one event and ~0.3 stances per sentence, with real offsets):

* ``templated``: every sentence filled in from one template and small pools, so statements share most of
  their word 3-shingles: the worst case for near-duplicate candidate lookups (crowded LSH buckets);
* ``varied``: the same coded records plus one to three sentences per coded sentence drawn from a
  20,000-word vocabulary: longer texts with few shared shingles, closer to real statements.

For each corpus: ``add_many`` with near-duplicate grouping (the default ``communique import`` path) and
without it, in alternating order over ``--repeat`` rounds; the medians and the ON/OFF ratio are printed.
``add_many`` keeps up to three threads busy for short spells (full-text rows, the next batch's signatures
and WAL checkpoints run inside SQLite or numpy while the main thread builds or commits), so wall-clock
figures on 2 cores depend on how busy the other core is; the CPU-time rates count every thread.
Also, once: ``add`` one document per transaction (the ``communique ingest`` write path, minus coding), and a
floor: plain ``sqlite3`` ``executemany`` of the bare texts into an unindexed table, the least any store of
these documents must cost, so the ratios stay meaningful when the machine is busy. The load average is
printed before and after (the machine is shared), and rates per second of process CPU time next to the
wall-clock ones.

Usage: python bench/store_ingest.py [--docs 10000] [--repeat 3] [--batch-size 2000]  (add_many default 2000;
`communique import` passes its --batch-size, 200 by default)
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH (make bench: build/compiled) picks the build

from communique.model import CodedDocument  # noqa: E402
from communique.store import Corpus  # noqa: E402
from communique.store.synthetic import synthetic_documents  # noqa: E402

TARGET = 2000


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _rate(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return n / (time.perf_counter() - start)


def _rates(n: int, fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Documents per second of wall-clock time and per second of this process's CPU time (all threads)."""
    cpu, start = time.process_time(), time.perf_counter()
    fn()
    return n / (time.perf_counter() - start), n / (time.process_time() - cpu)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=2000, help="documents per transaction (add_many)")
    args = parser.parse_args()
    n = args.docs
    corpora: dict[str, list[CodedDocument]] = {
        style: list(synthetic_documents(n, seed=1, style=style)) for style in ("templated", "varied")
    }
    print(f"load average before: {_load()}  (2 cores shared with other work)")
    for style, docs in corpora.items():
        rows = sum(len(d.events) + len(d.actors) + len(d.stances) + len(d.document.sentences) for d in docs)
        words = sum(len(d.document.text.split()) for d in docs) / n
        print(f"{style}: {n:,} coded documents, {words:.0f} words and {rows / n:.1f} coded rows each")
    rates: dict[tuple[str, bool], list[float]] = {}
    cpu_rates: dict[tuple[str, bool], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        counter = iter(range(1_000_000))

        def bulk(docs: list[CodedDocument], dedup: bool) -> None:
            with Corpus(str(base / f"run{next(counter)}.db"), dedup=dedup) as corpus:
                summary = corpus.add_many(docs, batch_size=args.batch_size)
                assert summary.new == n, summary.line()

        for round_ in range(args.repeat):
            for style, docs in corpora.items():
                # Alternate which mode runs first, so a load spike does not always hit the same one.
                for dedup in (True, False) if round_ % 2 == 0 else (False, True):
                    wall, cpu = _rates(n, lambda d=docs, g=dedup: bulk(d, g))
                    rates.setdefault((style, dedup), []).append(wall)
                    cpu_rates.setdefault((style, dedup), []).append(cpu)

        templated = corpora["templated"]

        def bare() -> None:
            conn = sqlite3.connect(base / "bare.db")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE t (id TEXT, text TEXT)")
            with conn:
                conn.executemany(
                    "INSERT INTO t VALUES (?, ?)", [(d.document.id, d.document.text) for d in templated]
                )
            conn.close()

        single = templated[: max(200, n // 20)]

        def one_by_one() -> None:
            with Corpus(str(base / "single.db")) as corpus:
                for d in single:
                    corpus.add(d)

        floor = _rate(n, bare)
        per_doc = _rate(len(single), one_by_one)
        size = (base / "run0.db").stat().st_size / n
    print(f"add_many, batch {args.batch_size}, docs/s over {args.repeat} runs (median [min-max]):")
    for style in corpora:
        on, off = (rates[(style, g)] for g in (True, False))
        ratios = [a / b for a, b in zip(on, off, strict=True)]
        print(
            f"  {style:<10} grouping ON {statistics.median(on):>7,.0f} [{min(on):,.0f}-{max(on):,.0f}]"
            f"   OFF {statistics.median(off):>7,.0f} [{min(off):,.0f}-{max(off):,.0f}]"
            f"   ON/OFF {statistics.median(ratios):.2f} [{min(ratios):.2f}-{max(ratios):.2f}]"
        )
    print("  per second of process CPU time (less sensitive to the other work on the machine), median:")
    for style in corpora:
        on, off = (statistics.median(cpu_rates[(style, g)]) for g in (True, False))
        print(f"  {style:<10} grouping ON {on:>7,.0f}   OFF {off:>7,.0f}   ON/OFF {on / off:.2f}")
    print(f"  floor (bare sqlite3 executemany of the texts, templated): {floor:,.0f} docs/s")
    print(f"  Corpus.add, one transaction per document (templated, n={len(single)}): {per_doc:,.0f} docs/s")
    print(f"database size: {size / 1024:.1f} KiB per document (templated, grouping on, FTS5 and indexes)")
    print(f"load average after: {_load()}")
    for style in corpora:
        median = statistics.median(rates[(style, True)])
        verdict = "meets" if median >= TARGET else "MISSES"
        print(f"target >= {TARGET:,} docs/s, default path (grouping on), {style}: {median:,.0f}, {verdict}")


if __name__ == "__main__":
    main()
