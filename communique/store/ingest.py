"""Code-and-store: read sources, skip what is stored, code the rest, one transaction per document.

Resumable by construction: a document is either fully stored (one transaction) or absent, and a rerun skips
stored documents before coding them, so after a crash or Ctrl-C the next run codes only what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.ingest.jsonl import json_line_error
from communique.model import CodedDocument, CommuniqueError, Document, InputError

if TYPE_CHECKING:
    from communique.ingest import IngestOptions
    from communique.pipeline import Coder, CodingOptions
    from communique.store.corpus import Corpus

MAX_RECORD_BYTES = 50 * 1024 * 1024


@dataclass
class IngestSummary:
    """What an ingest or import did: counts per outcome and the failures with their reasons."""

    new: int = 0
    skipped: int = 0
    recoded: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def count(self, status: str) -> None:
        """Count one document outcome returned by ``Corpus.add``."""
        if status == "new":
            self.new += 1
        elif status == "skipped":
            self.skipped += 1
        elif status == "recoded":
            self.recoded += 1
        elif status == "duplicate":
            self.duplicates += 1
        else:
            raise ValueError(status)

    @property
    def total(self) -> int:
        """Documents seen, failures included."""
        return self.new + self.skipped + self.recoded + self.duplicates + len(self.failed)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "new": self.new,
            "skipped": self.skipped,
            "recoded": self.recoded,
            "duplicates": self.duplicates,
            "failed": [{"source": s, "reason": r} for s, r in self.failed],
        }

    def line(self) -> str:
        """One-line human summary."""
        return (
            f"{self.new} new, {self.duplicates} reposts grouped, {self.recoded} recoded, "
            f"{self.skipped} skipped (already stored), {len(self.failed)} failed"
        )


# -- worker processes -----------------------------------------------------------------------------------
_worker_coder: Coder | None = None


def _init_worker(options: CodingOptions | None) -> None:
    global _worker_coder
    from communique.pipeline import Coder

    _worker_coder = Coder(options).load()


def _code_chunk(documents: list[Document]) -> list[CodedDocument | tuple[str, str]]:
    assert _worker_coder is not None
    return _code_safely(_worker_coder, documents)


def _code_safely(coder: Coder, documents: list[Document]) -> list[CodedDocument | tuple[str, str]]:
    """Code a chunk; when the batch fails, code one by one so only the bad document is reported."""
    try:
        return list(coder.code_documents(documents))
    except CommuniqueError:
        raise
    except Exception:
        out: list[CodedDocument | tuple[str, str]] = []
        for doc in documents:
            try:
                out.append(coder.code_document(doc))
            except Exception as exc:  # a failure in one document must not stop the run
                out.append((doc.source or doc.id, f"coding failed: {type(exc).__name__}: {exc}"))
        return out


def ingest_sources(
    corpus: Corpus,
    sources: Sequence[str],
    *,
    ingest_options: IngestOptions | None = None,
    coding_options: CodingOptions | None = None,
    recode: bool = False,
    workers: int = 1,
    progress: bool = True,
    chunk_size: int = 16,
) -> IngestSummary:
    """Read, code and store ``sources``; each document is committed in its own transaction."""
    from communique.ingest import load_sources
    from communique.store.version import dictionary_version

    summary = IngestSummary()
    version, _detail = dictionary_version(coding_options)

    def todo() -> Iterator[Document]:
        for item in load_sources(list(sources), ingest_options):
            if isinstance(item, InputError):
                summary.failed.append((item.source, item.problem))
                continue
            if not recode and corpus.has_document(item.id):
                # Record the extra source of an exact repost without coding it again.
                summary.count(corpus.add(CodedDocument(document=item)))
                continue
            yield item

    def chunks(docs: Iterable[Document]) -> Iterator[list[Document]]:
        chunk: list[Document] = []
        for d in docs:
            chunk.append(d)
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def store(results: Iterable[list[CodedDocument | tuple[str, str]]], tick: Callable[[], None]) -> None:
        for result in results:
            for item in result:
                if isinstance(item, tuple):
                    summary.failed.append(item)
                else:
                    summary.count(corpus.add(item, recode=recode, dictionary_version=version))
                tick()

    with _progress(progress) as tick_factory:
        tick = tick_factory(summary)
        if workers <= 1:
            from communique.pipeline import default_coder

            coder = default_coder(coding_options).load()
            store((_code_safely(coder, c) for c in chunks(todo())), tick)
        else:
            with ProcessPoolExecutor(
                max_workers=workers, initializer=_init_worker, initargs=(coding_options,)
            ) as pool:
                store(pool.map(_code_chunk, chunks(todo())), tick)
        tick()
    if summary.new or summary.recoded:
        corpus.optimize()
    return summary


class _progress:
    """A rich progress display (counts and rate) when asked for and stderr is a terminal, else nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def __enter__(self) -> Callable[[IngestSummary], Callable[[], None]]:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            console = Console(stderr=True)
            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("[bold]storing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                transient=False,
                disable=not console.is_terminal,
            )
            self.bar.__enter__()

        def factory(summary: IngestSummary) -> Callable[[], None]:
            if self.bar is None:
                return lambda: None
            task = self.bar.add_task("", total=None)

            def tick() -> None:
                self.bar.update(task, completed=summary.total, description=summary.line())

            return tick

        return factory

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


IMPORT_HINT = "import reads the output of 'communique code' or 'export --format jsonl'"


def _not_coded(data: Any) -> str | None:
    """Why a JSON value is not a coded record, in words (None when it looks like one)."""
    if isinstance(data, dict) and "event" in data and "actor" in data and "document" not in data:
        return f"a PLOVER event record, not a coded record: {IMPORT_HINT}"
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        return f'not a coded record (no "document" object): {IMPORT_HINT}'
    document = data["document"]
    if not document.get("id") or not isinstance(document.get("text"), str) or not document["text"]:
        return "record has no document id or text"
    return None


def read_coded_jsonl(
    paths: Sequence[str], failed: list[tuple[str, str]]
) -> Iterator[tuple[CodedDocument, dict[str, Any] | None]]:
    """Coded records (``CodedDocument.to_dict()`` lines from ``communique code`` or ``export``) and the
    ``store`` facts of exported records (repost grouping, extra sources), if any."""
    import sys

    for path in paths:
        if path == "-":
            stream: Any = sys.stdin
        else:
            p = Path(path)
            if not p.is_file():
                failed.append((path, "no such file"))
                continue
            stream = p.open("r", encoding="utf-8")
        try:
            for n, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                if len(line) > MAX_RECORD_BYTES:
                    failed.append((where, "record larger than the size limit"))
                    continue
                try:
                    data = json.loads(line)
                except ValueError as exc:
                    failed.append((where, json_line_error(exc)))
                    continue
                problem = _not_coded(data)
                if problem:
                    failed.append((where, problem))
                    continue
                try:
                    coded = CodedDocument.from_dict(data)
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    failed.append((where, f"not a coded record: {type(exc).__name__}: {exc}"))
                    continue
                store = data.get("store")
                yield coded, store if isinstance(store, dict) else None
        except UnicodeDecodeError:
            failed.append((path, "not valid UTF-8"))
        finally:
            if stream is not sys.stdin:
                stream.close()
