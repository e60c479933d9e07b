"""Export a stored corpus: full JSONL, PLOVER JSON lines, Phoenix-style and ICEWS-style TSV, CSV, Parquet.

Column orders are documented in ``docs/formats.md`` and fixed here in ``PHOENIX_COLUMNS``,
``ICEWS_COLUMNS``, ``EVENT_CSV_COLUMNS``, ``DOCUMENT_COLUMNS`` and ``STANCE_COLUMNS``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from communique.model import Actor, CodedDocument, CommuniqueError, Event

if TYPE_CHECKING:
    from communique.store import Corpus

FORMATS = ("jsonl", "plover", "phoenix", "icews", "csv", "parquet")
TABLES = ("events", "documents", "stances")
# The formats that write any of the TABLES; the others write their own event records.
TABLE_FORMATS = ("csv", "parquet")
#: The formats whose text cells the opt-in spreadsheet guard applies to (CSV cells are always guarded).
SPREADSHEET_SAFE_FORMATS = ("phoenix", "icews", "csv")

#: Phoenix (OEDA Phoenix data set) column order; the files have no header row.
PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]  # fmt: skip
#: ICEWS coded event data (Dataverse release) column order; the files have this header row.
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
]  # fmt: skip
EVENT_CSV_COLUMNS = [
    "event_uid", "document_id", "event_id", "date", "title", "source", "url", "sentence_index", "start",
    "end", "trigger", "cameo", "cameo_root", "cameo_name", "quad_class", "plover", "plover_mode", "negated",
    "modality", "source_codes", "source_names", "target_codes", "target_names", "reported_by", "pattern",
    "confidence", "sentence",
]  # fmt: skip
DOCUMENT_COLUMNS = [
    "document_id", "date", "title", "source", "url", "external_id", "language", "issuers", "issuer_codes",
    "n_sentences", "n_events", "n_stances", "duplicate_of", "dictionary_version", "text",
]  # fmt: skip
STANCE_COLUMNS = [
    "document_id", "date", "actor", "actor_code", "issue_id", "issue", "stance", "confidence",
    "sentence_index", "start", "end", "evidence",
]  # fmt: skip


def _quad(root: str) -> int | None:
    from communique.store.corpus import CAMEO_ROOTS, QUAD_CLASS

    cls = CAMEO_ROOTS.get(root)
    return QUAD_CLASS[cls[1]] if cls else None


def _label(a: Actor) -> str:
    return a.code or "?" + (a.name or a.text or "")


def _dyads(event: Event) -> list[tuple[Actor | None, Actor | None]]:
    """One (source, target) pair per combination: dyadic formats carry one actor per side."""
    sources: list[Actor | None] = list(event.sources) or [None]
    targets: list[Actor | None] = list(event.targets) or [None]
    return [(s, t) for s in sources for t in targets]


def _ymd(date: str | None) -> tuple[str, str, str, str]:
    if not date or len(date) < 10:
        return "", (date or "")[:4], "", ""
    return date[:10].replace("-", ""), date[:4], str(int(date[5:7])), str(int(date[8:10]))


def _sector_parts(a: Actor | None) -> tuple[str, str, str, str]:
    """(full code, entity/country, primary role, other attributes) of an actor code."""
    if a is None:
        return "", "", "", ""
    code = a.code or ""
    country = a.country or code[:3]
    sectors = list(a.sectors)
    if not sectors and len(code) > 3:
        rest = code[3:]
        sectors = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    return code, country, sectors[0] if sectors else "", ";".join(sectors[1:])


class _EventDedup:
    """Event-level de-duplication for aggregates: one event per (day, source, target, CAMEO code)."""

    def __init__(self, mode: str | None) -> None:
        if mode not in (None, "day", "document"):
            raise CommuniqueError(f"--dedup-events: {mode!r} is not 'day' or 'document'")
        self.mode = mode
        self.seen: set[tuple[str, ...]] = set()

    def keep(self, coded: CodedDocument, source: str, target: str, cameo: str) -> bool:
        if self.mode is None:
            return True
        when = (coded.document.date or "")[:10] if self.mode == "day" else coded.document.id
        key = (when, source, target, cameo)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def _kept_dyads(
    coded: CodedDocument, dedup: _EventDedup | None, include_negated: bool
) -> Iterator[tuple[str, Event, Actor | None, Actor | None]]:
    """``(uid, event, source, target)`` for every dyad kept by the negation and de-duplication options."""
    doc = coded.document
    for event in coded.events:
        if event.negated and not include_negated:
            continue
        pairs = _dyads(event)
        for k, (s, t) in enumerate(pairs):
            if dedup and not dedup.keep(
                coded, s.code or "" if s else "", t.code or "" if t else "", event.cameo
            ):
                continue
            yield f"{doc.id}-{event.id}" + (f"-{k}" if len(pairs) > 1 else ""), event, s, t


def phoenix_rows(
    coded: CodedDocument, *, dedup: _EventDedup | None = None, include_negated: bool = False
) -> Iterator[list[str]]:
    """Phoenix-style rows of a coded document (negated events are left out: they did not happen)."""
    doc = coded.document
    issues = ";".join(sorted({s.issue.id or s.issue.label for s in coded.stances}))
    compact, year, month, day = _ymd(doc.date)

    def rows() -> Iterator[tuple[Event, list[str]]]:
        for uid, event, s, t in _kept_dyads(coded, dedup, include_negated):
            row = [
                uid, compact, year, month, day,
                *_sector_parts(s), *_sector_parts(t),
                event.cameo, event.cameo_root, str(_quad(event.cameo_root) or ""), "", issues,
                "", "", "", "", "", f"{doc.id}_{event.sentence_index}", doc.url or "", doc.source or "",
            ]  # fmt: skip
            yield event, row

    yield from _distinct_dyads(rows())


def _distinct_dyads(rows: Iterable[tuple[Event, list[str]]]) -> Iterator[list[str]]:
    """Each event's rows once: pairs that only differ in the mention (three issuers of one code, a target
    named twice) made identical rows, and a reader counting rows counted that event three or four times."""
    seen: set[tuple[str, ...]] = set()
    current: Event | None = None
    for event, row in rows:
        if event is not current:
            current, seen = event, set()
        key = tuple(row[1:])
        if key not in seen:
            seen.add(key)
            yield row


def icews_rows(
    coded: CodedDocument, *, dedup: _EventDedup | None = None, include_negated: bool = False
) -> Iterator[list[str]]:
    """ICEWS-style rows of a coded document (one per source/target pair; negated events left out)."""
    doc = coded.document

    def rows() -> Iterator[tuple[Event, list[str]]]:
        for uid, event, s, t in _kept_dyads(coded, dedup, include_negated):
            row = [
                uid, (doc.date or "")[:10],
                (s.name if s else ""), (",".join(s.sectors) if s else ""), (s.country or "" if s else ""),
                event.cameo_name, event.cameo, "",
                (t.name if t else ""), (",".join(t.sectors) if t else ""), (t.country or "" if t else ""),
                doc.id, str(event.sentence_index + 1), doc.source or doc.url or "",
                "", "", "", "", "", "",
            ]  # fmt: skip
            yield event, row

    yield from _distinct_dyads(rows())


def event_rows(
    coded: CodedDocument, *, dedup: _EventDedup | None = None, include_negated: bool = True
) -> Iterator[dict[str, Any]]:
    """Flat event rows (``EVENT_CSV_COLUMNS``) of a coded document; sources/targets joined by ';'."""
    doc = coded.document
    for event in coded.events:
        if event.negated and not include_negated:
            continue
        src = ";".join(_label(a) for a in event.sources)
        tgt = ";".join(_label(a) for a in event.targets)
        if dedup and not dedup.keep(coded, src, tgt, event.cameo):
            continue
        rb = event.reported_by
        yield {
            "event_uid": f"{doc.id}-{event.id}",
            "document_id": doc.id,
            "event_id": event.id,
            "date": doc.date,
            "title": doc.title,
            "source": doc.source,
            "url": doc.url,
            "sentence_index": event.sentence_index,
            "start": event.start,
            "end": event.end,
            "trigger": event.trigger,
            "cameo": event.cameo,
            "cameo_root": event.cameo_root,
            "cameo_name": event.cameo_name,
            "quad_class": _quad(event.cameo_root),
            "plover": event.plover,
            "plover_mode": event.plover_mode,
            "negated": bool(event.negated),
            "modality": event.modality,
            "source_codes": src,
            "source_names": ";".join(a.name or "" for a in event.sources),
            "target_codes": tgt,
            "target_names": ";".join(a.name or "" for a in event.targets),
            "reported_by": (rb.code or rb.name) if rb else None,
            "pattern": event.pattern,
            "confidence": event.confidence,
            "sentence": event.sentence,
        }


def document_row(coded: CodedDocument, info: dict[str, Any]) -> dict[str, Any]:
    """One flat documents row (``DOCUMENT_COLUMNS``)."""
    doc = coded.document
    # The loaded record's facts, in the shape ``Corpus.iter_document_facts`` reads: one builder for the row.
    return document_fact_row(
        {
            "id": doc.id,
            "date": doc.date,
            "title": doc.title,
            "source": doc.source,
            "url": doc.url,
            "external_id": doc.external_id,
            "language": doc.language,
            "issuers": [(a.name, a.code) for a in doc.issuers],
            "sentences": len(doc.sentences),
            "events": len(coded.events),
            "stances": len(coded.stances),
            "duplicate_of": info.get("duplicate_of"),
            "dictionary_version": info.get("dictionary_version"),
            "text": doc.text,
        }
    )


def document_fact_row(facts: dict[str, Any]) -> dict[str, Any]:
    """One flat documents row (``DOCUMENT_COLUMNS``) from its facts (``Corpus.iter_document_facts``)."""
    return {
        "document_id": facts["id"],
        "date": facts["date"],
        "title": facts["title"],
        "source": facts["source"],
        "url": facts["url"],
        "external_id": facts["external_id"],
        "language": facts["language"],
        "issuers": ";".join(name for name, _code in facts["issuers"]),
        "issuer_codes": ";".join(code or "" for _name, code in facts["issuers"]),
        "n_sentences": facts["sentences"],
        "n_events": facts["events"],
        "n_stances": facts["stances"],
        "duplicate_of": facts["duplicate_of"],
        "dictionary_version": facts["dictionary_version"],
        "text": facts["text"],
    }


def stance_rows(coded: CodedDocument) -> Iterator[dict[str, Any]]:
    """Flat stance rows (``STANCE_COLUMNS``); evidence sentences joined by ' | '."""
    doc = coded.document
    for s in coded.stances:
        first = s.evidence[0] if s.evidence else None
        yield {
            "document_id": doc.id,
            "date": doc.date,
            "actor": s.actor.name,
            "actor_code": s.actor.code,
            "issue_id": s.issue.id,
            "issue": s.issue.label,
            "stance": s.stance,
            "confidence": s.confidence,
            "sentence_index": first.sentence_index if first else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "evidence": " | ".join(e.text for e in s.evidence),
        }


def _flat(
    records: Iterable[tuple[CodedDocument, dict[str, Any]]],
    table: str,
    dedup: _EventDedup,
    include_negated: bool,
) -> Iterator[dict[str, Any]]:
    for coded, info in records:
        if table == "events":
            yield from event_rows(coded, dedup=dedup, include_negated=include_negated)
        elif table == "documents":
            yield document_row(coded, info)
        else:
            yield from stance_rows(coded)


def _columns(table: str) -> list[str]:
    return {"events": EVENT_CSV_COLUMNS, "documents": DOCUMENT_COLUMNS, "stances": STANCE_COLUMNS}[table]


def check_options(format: str, table: str = "events") -> None:
    """Raise ``CommuniqueError`` for an unknown format or table, or a table the format cannot write."""
    if format not in FORMATS:
        raise CommuniqueError(f"unknown export format {format!r} (use {', '.join(FORMATS)})")
    if table not in TABLES:
        raise CommuniqueError(f"unknown table {table!r} (use {', '.join(TABLES)})")
    # The other formats have one fixed record shape; a table asked of them would be silently ignored.
    if table != "events" and format not in TABLE_FORMATS:
        raise CommuniqueError(
            f"the {table} table can be exported as {' or '.join(TABLE_FORMATS)} only, not as {format}"
        )


def export(
    corpus: Corpus,
    format: str,
    out: IO[str] | str,
    *,
    table: str = "events",
    event_dedup: str | None = None,
    include_negated: bool | None = None,
    spreadsheet_safe_tsv: bool = False,
    **filters: Any,
) -> int:
    """Write the matching part of the corpus to ``out`` (a stream, or a path for Parquet); return rows.

    CSV cells are always spreadsheet-safe (``spreadsheet_safe``); Phoenix and ICEWS TSV cells only with
    ``spreadsheet_safe_tsv``, because their readers take the text as it is.
    """
    check_options(format, table)
    if spreadsheet_safe_tsv and format not in SPREADSHEET_SAFE_FORMATS:
        raise CommuniqueError(f"the spreadsheet guard applies to phoenix, icews and csv, not to {format}")
    dedup = _EventDedup(event_dedup)
    if table == "documents":
        # Counts, not the coding: reading every event, stance and evidence span to count them made this
        # table as slow as the full JSONL (UX20: 4,000 statements, 11.5 s).
        facts = corpus.iter_document_facts(**{"include_duplicates": True, **filters})
        rows = (document_fact_row(f) for f in facts)
        if format == "parquet":
            if not isinstance(out, str):
                raise CommuniqueError("parquet export needs an output file path, not a stream")
            with _replacing(out) as tmp:
                return _write_parquet(tmp, rows, table)
        if not isinstance(out, str):
            return _write_csv_rows(out, rows, table)
        with _replacing(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as stream:
            return _write_csv_rows(stream, rows, table)
    # Reposts carry no coding of their own; JSONL keeps them (with duplicate_of) so an import is complete.
    records = corpus.iter_records(**{"include_duplicates": format == "jsonl", **filters})
    if format == "parquet":
        if not isinstance(out, str):
            raise CommuniqueError("parquet export needs an output file path, not a stream")
        with _replacing(out) as tmp:
            return _write_parquet(tmp, _flat(records, table, dedup, include_negated is not False), table)
    if not isinstance(out, str):
        return _write_text(out, format, records, table, dedup, include_negated, spreadsheet_safe_tsv)
    with _replacing(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as stream:
        return _write_text(stream, format, records, table, dedup, include_negated, spreadsheet_safe_tsv)


# Rows held in memory at once by a Parquet export: one row group each, so memory stays flat with corpus size.
PARQUET_ROW_GROUP = 5_000
# Columns that are not text, by their Parquet type; every other column is a (nullable) string.
_PARQUET_INTS = frozenset(
    {"sentence_index", "start", "end", "quad_class", "n_sentences", "n_events", "n_stances"}
)


def parquet_schema(table: str) -> Any:
    """A table's fixed Parquet schema: the same types whatever the rows (an all-empty column stays text)."""
    import pyarrow as pa

    def kind(column: str) -> Any:
        if column in _PARQUET_INTS:
            return pa.int64()
        if column == "negated":
            return pa.bool_()
        if column == "confidence":
            return pa.float64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in _columns(table)])


def _write_parquet(path: str, rows: Iterable[dict[str, Any]], table: str) -> int:
    """Write rows in bounded row groups (``PARQUET_ROW_GROUP``); return how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(table)
    n = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch:  # the last, partial group; an empty export has none (the writer records the schema)
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


@contextlib.contextmanager
def _replacing(path: str) -> Iterator[str]:
    """A temporary path beside ``path`` that replaces it only when the export finished.

    A failed export (bad filter, database error, full disk) leaves the previous file as it was, and never
    a truncated or half-written one.
    """
    import os
    import tempfile

    if os.path.exists(path) and not os.path.isfile(path):
        yield path  # /dev/stdout, a named pipe: written in place, never replaced
        return
    # A symlink's target is the file replaced (the link stays a link), and an existing file keeps its mode (a
    # private 0600 export stays private); a new file gets the mode a plain open() would give, not mkstemp's.
    path = os.path.realpath(path)
    directory, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
    os.close(fd)
    if os.path.exists(path):
        mode = os.stat(path).st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_text(
    stream: IO[str],
    format: str,
    records: Iterable[tuple[CodedDocument, dict[str, Any]]],
    table: str,
    dedup: _EventDedup,
    include_negated: bool | None,
    safe_tsv: bool = False,
) -> int:
    n = 0
    if format == "jsonl":
        for coded, info in records:
            record = coded.to_dict()
            record["store"] = info
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    elif format == "plover":
        from communique.export.plover import plover_records

        for coded, _info in records:
            for record in plover_records(coded):
                if record.get("negated") and include_negated is False:
                    continue
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    elif format in ("phoenix", "icews"):
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        make = phoenix_rows if format == "phoenix" else icews_rows
        if format == "icews":
            writer.writerow(ICEWS_COLUMNS)
        for coded, _info in records:
            for row in make(coded, dedup=dedup, include_negated=bool(include_negated)):
                cells = [_tsv(v) for v in row]
                writer.writerow([_tsv_safe(c) for c in cells] if safe_tsv else cells)
                n += 1
    else:
        n = _write_csv_rows(stream, _flat(records, table, dedup, include_negated is not False), table)
    return n


def _write_csv_rows(stream: IO[str], rows: Iterable[dict[str, Any]], table: str) -> int:
    """Flat rows as CSV with a header, every cell spreadsheet-safe; return how many rows."""
    n = 0
    dict_writer = csv.DictWriter(stream, fieldnames=_columns(table), lineterminator="\n")
    dict_writer.writeheader()
    for flat in rows:
        dict_writer.writerow({k: spreadsheet_safe(v) for k, v in flat.items()})
        n += 1
    return n


# A text cell starting with one of these is a formula to Excel/LibreOffice (=HYPERLINK(...) from a hostile
# title would run when the CSV is opened); a leading apostrophe makes it plain text there.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV value that spreadsheets will not evaluate: text cells starting a formula get a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _tsv_safe(cell: str) -> str:
    """A TSV cell spreadsheets will not evaluate: a number stays one, text starting a formula gets a ``'``.

    Every TSV cell is text by then, so the CSV rule (text only) would turn a Goldstein score of -5.0 into
    the text "'-5.0"; a cell that reads as a number is no formula.
    """
    try:
        float(cell)
    except ValueError:
        return str(spreadsheet_safe(cell))
    return cell


def _tsv(value: Any) -> str:
    # TSV readers of these formats split on tabs and lines: keep every field on one line.
    return " ".join(str(value).split()) if value is not None else ""


def to_string(corpus: Corpus, format: str, **kwargs: Any) -> str:
    """Export to a string (small corpora, tests)."""
    buf = io.StringIO()
    export(corpus, format, buf, **kwargs)
    return buf.getvalue()
