"""The JSON API under ``/api/v1/``: code, ingest, search documents and events, actors, stances, stats."""

from __future__ import annotations

import dataclasses
import hmac
import json
import re
from collections.abc import Iterable, Iterator
from typing import Annotated, Any
from urllib.parse import quote

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.responses import JSONResponse, Response

from communique.api import service
from communique.api.errors import ApiError
from communique.model import CodedDocument, Document, Event


def _query_names(dependant: Any) -> set[str]:
    """Query parameter names a route accepts, its sub-dependencies' included."""
    names = {f.alias for f in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_params(request: Request) -> None:
    """A query parameter no endpoint reads is an error, not silently ignored (``?text=`` is ``?q=``)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise ApiError(
            422,
            "unknown_parameter",
            f"unknown query parameter(s): {', '.join(unknown)[:200]}"
            f" (this endpoint takes: {', '.join(sorted(allowed)) or 'none'})",
        )


router = APIRouter(prefix="/api/v1", dependencies=[Depends(reject_unknown_params)])


def services(request: Request) -> service.Services:
    """The app's shared services."""
    return request.app.state.services


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <COMMUNIQUE_TOKEN>``; with no token configured they are refused."""
    expected = services(request).settings.token
    if not expected:
        raise ApiError(
            403, "writes_disabled", "writes are disabled: set COMMUNIQUE_TOKEN on the server to enable them"
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(
            401, "token_required", "send Authorization: Bearer <token>", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "bad_token", "the token is not valid")


def jsonable(obj: Any) -> Any:
    """Turn store results (records, dataclasses, dicts, rows) into JSON-ready values."""
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set):
        return [jsonable(v) for v in obj]
    if hasattr(obj, "_asdict"):
        return jsonable(obj._asdict())
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return str(obj)


def dumps(obj: Any) -> bytes:
    """Compact JSON bytes."""
    try:
        # orjson: ~10x faster than json on an events page; same compact UTF-8 output.
        return orjson.dumps(obj, default=str, option=orjson.OPT_NON_STR_KEYS)
    except (TypeError, orjson.JSONEncodeError):
        # Integers beyond 64 bits and other rarities orjson refuses: the standard library takes them.
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str).encode()


class FastJSON(JSONResponse):
    """JSON response without pydantic validation on the way out (the store already returns plain data)."""

    def render(self, content: Any) -> bytes:
        """Serialise compactly."""
        return dumps(content)


def page_of(result: Any) -> tuple[list[Any], str | None]:
    """Items and next cursor of a store page (``SearchPage``-like object, dict or plain iterable)."""
    if hasattr(result, "items") and hasattr(result, "next_cursor"):
        items = result.items() if callable(result.items) else result.items
        return list(items), result.next_cursor
    if isinstance(result, dict):
        return list(result.get("items") or []), result.get("next_cursor")
    return list(result), None


# ---- coding and ingestion ----------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unpaired_surrogate(value: str) -> str | None:
    """The first lone UTF-16 surrogate in ``value`` (JSON may escape one, ``"\\ud800"``), if any."""
    found = _SURROGATE.search(value)
    return f"\\u{ord(found.group()):04x}" if found else None


class CodeRequest(BaseModel):
    """A statement to code: exactly one of ``text``, ``html`` or ``url``, with optional metadata."""

    # A misspelt field ("tittle", "txt") was dropped without a word and the statement coded without it.
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain text of the statement.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    url: str | None = Field(None, description="An http(s) URL to fetch (private addresses are refused).")
    title: str | None = None
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    issuers: list[str] = Field(default_factory=list, description="Issuer names; override detection.")

    @field_validator("text", "html", "url", "title", "date", "issuers")
    @classmethod
    def _valid_unicode(cls, value: Any) -> Any:
        """Refuse a lone surrogate: no UTF-8 encodes it, so coding or storing it failed with a 500 (UX22)."""
        for item in value if isinstance(value, list) else [value]:
            bad = _unpaired_surrogate(item) if isinstance(item, str) else None
            if bad:
                raise ValueError(f"contains an unpaired surrogate ({bad}), which is not valid Unicode")
        return value


class IngestRequest(CodeRequest):
    """A statement to code and store."""

    recode: bool = Field(False, description="Recode and replace a document already stored.")


def request_documents(svc: service.Services, body: CodeRequest) -> list[Document]:
    """Read the documents a code/ingest request names."""
    fields = ("text", "html", "url")
    given = [name for name in fields if (getattr(body, name) or "").strip()]
    if not given:
        # A field sent empty is named as such rather than answered with "give one of them".
        empty = [name for name in fields if getattr(body, name) is not None]
        if empty:
            raise ApiError(422, "empty_text", f"{empty[0]} is empty: no text to code")
    if len(given) != 1:
        raise ApiError(422, "one_input_required", "give exactly one of text, html or url")
    settings = svc.settings
    if given[0] == "text":  # (the field given, not a blank one beside it)
        return service.documents_from_text(
            settings, body.text or "", source="api", title=body.title, date=body.date, issuers=body.issuers
        )
    if given[0] == "html":
        return service.documents_from_bytes(
            settings,
            (body.html or "").encode("utf-8"),
            "posted.html",
            title=body.title,
            date=body.date,
            issuers=body.issuers,
        )
    return service.documents_from_url(
        settings, body.url or "", title=body.title, date=body.date, issuers=body.issuers
    )


@router.post("/code", summary="Code a statement without storing it")
def code(
    body: CodeRequest,
    request: Request,
    format: Annotated[
        str, Query(description="json (the coded document) or plover (PLOVER records).")
    ] = "json",
) -> Response:
    """Code text, HTML or a URL and return ``{"document", "actors", "events", "stances"}`` (or PLOVER)."""
    if format not in ("json", "plover"):
        raise ApiError(422, "invalid_format", "format must be json or plover")
    svc = services(request)
    coded = svc.code(request_documents(svc, body))
    if format == "plover":
        from communique.export.plover import plover_records

        return FastJSON([r for c in coded for r in plover_records(c)])
    if len(coded) == 1:
        return FastJSON(coded[0].to_dict())
    return FastJSON({"documents": [c.to_dict() for c in coded]})


@router.post("/documents", summary="Code and store statements", dependencies=[Depends(require_token)])
def ingest(body: IngestRequest, request: Request) -> Response:
    """Code and store; answers each document's id and status (new, skipped, recoded, duplicate)."""
    svc = services(request)
    corpus = svc.corpus
    results = []
    for coded in svc.code(request_documents(svc, body)):
        status = corpus.add(coded, recode=body.recode)
        results.append({"id": coded.document.id, "title": coded.document.title, "status": status})
    pages = getattr(request.app.state, "pages", None)
    if pages is not None:
        pages.cache.invalidate()  # the next page view shows the new documents at once
    created = any(r["status"] == "new" for r in results)
    return FastJSON({"results": results}, status_code=201 if created else 200)


# ---- reads ----------------------------------------------------------------------------------------------


async def filter_params(
    actor: Annotated[str | None, Query(description="Actor code or name.")] = None,
    event: Annotated[str | None, Query(description="CAMEO code/prefix or PLOVER type.")] = None,
    issue: Annotated[str | None, Query(description="Issue id or label.")] = None,
    since: Annotated[str | None, Query(description="From date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="To date (inclusive).")] = None,
    modality: Annotated[str | None, Query(description="asserted, future, hypothetical, ...")] = None,
    q: Annotated[str | None, Query(description="Only statements with these words (plain text).")] = None,
) -> dict[str, Any]:
    """The filters shared by every search endpoint, validated; ``q`` becomes the store's ``text`` filter."""
    filters = service.clean_filters(
        actor=actor, event=event, issue=issue, since=since, until=until, modality=modality
    )
    text = service.clean_text_query(q)
    if text:
        filters["text"] = text
    return filters


Filters = Annotated[dict[str, Any], Depends(filter_params)]
# Described here, so that the API page and openapi.json say what they take (UX23: they were blank).
Limit = Annotated[int, Query(description=f"Rows in a page, 1 to {service.MAX_LIMIT} (default 50).")]
Cursor = Annotated[str | None, Query(description="The next_cursor of the previous page, unchanged.")]


@router.get("/documents", summary="Search stored statements")
def search_documents(
    request: Request,
    filters: Filters,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Response:
    """Documents matching the filters, newest first, with a stable ``next_cursor``."""
    corpus = services(request).corpus
    page = corpus.search(**filters, limit=service.clean_limit(limit), cursor=service.clean_cursor(cursor))
    items, next_cursor = page_of(page)
    return FastJSON({"items": [summary_of(i) for i in items], "next_cursor": next_cursor})


def summary_of(item: Any) -> Any:
    """A search hit without the full text and sentences (documents can be large)."""
    data = jsonable(item)
    if isinstance(data, dict) and "document" in data and isinstance(data["document"], dict):
        doc = dict(data["document"])
        data = {**doc, "events": len(data.get("events") or []), "stances": len(data.get("stances") or [])}
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("sentences",)}
        if isinstance(data.get("text"), str) and len(data["text"]) > 400:
            data["text"] = data["text"][:400] + "…"
    return data


@router.get("/documents/{doc_id}", summary="One stored statement, fully coded")
def get_document(
    doc_id: Annotated[str, Path(description="A statement's id, as the items of /documents give it.")],
    request: Request,
) -> Response:
    """The stored coded document."""
    if len(doc_id) > 128:
        raise ApiError(404, "document_not_found", "no such document")
    coded = services(request).corpus.document(doc_id)
    if coded is None:
        raise ApiError(404, "document_not_found", f"no document with id {doc_id}")
    return FastJSON(jsonable(coded))


JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq")
PLOVER_TYPES = ("application/vnd.plover+json",)


def events_format(request: Request, format: str | None) -> str:
    """Pick json (a page), jsonl or plover from ``format`` or the Accept header."""
    if format:
        if format not in ("json", "jsonl", "plover"):
            raise ApiError(422, "invalid_format", "format must be json, jsonl or plover")
        return format
    accept = request.headers.get("accept", "")
    if any(t in accept for t in PLOVER_TYPES):
        return "plover"
    if any(t in accept for t in JSONL_TYPES):
        return "jsonl"
    return "json"


@router.get("/events", summary="Search coded events")
async def list_events(
    request: Request,
    filters: Filters,
    limit: Limit = 50,
    cursor: Cursor = None,
    format: Annotated[str | None, Query(description="json (page), jsonl or plover; or use Accept.")] = None,
) -> Response:
    """Events matching the filters; a JSON page, JSON lines or PLOVER JSON lines."""
    fmt = events_format(request, format)
    corpus = services(request).corpus
    from communique.store.views import events_page

    result = events_page(
        corpus, **filters, limit=service.clean_limit(limit), cursor=service.clean_cursor(cursor)
    )
    items, next_cursor = page_of(result)
    headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
    if fmt == "json":
        # The fast path returns plain JSON-ready dicts already.
        return FastJSON({"items": items, "next_cursor": next_cursor})
    records: Iterable[Any] = items
    if fmt == "plover":
        records = plover_lines(items)
    media = "application/vnd.plover+json" if fmt == "plover" else "application/x-ndjson"
    return Response(b"".join(dumps(r) + b"\n" for r in records), media_type=media, headers=headers)


def plover_lines(items: list[Any]) -> Iterator[dict[str, Any]]:
    """PLOVER records for stored event rows, through the export stage's own mapping."""
    from communique.export.plover import plover_records

    for item in items:
        data = jsonable(item)
        event = Event.from_dict(data)
        # A stored event row carries its document's id and date; that is all the PLOVER record needs of it.
        document = Document(id=str(data.get("document_id") or ""), text="", date=data.get("date"))
        yield from plover_records(CodedDocument(document=document, events=[event]))


@router.get("/actors/{code}", summary="One actor: statements, stances, who it targets and who targets it")
def get_actor(
    code: Annotated[str, Path(description="One actor code exactly, in capitals (KAZGOV, IGOEU).")],
    request: Request,
) -> Response:
    """The store's profile of an actor code."""
    if len(code) > 64:
        raise ApiError(404, "actor_not_found", "no such actor")
    # The newest stances only: a frequent actor has thousands, each with its evidence (UX20: 8.8 MB and
    # 11 s for one actor of a 40,000-statement store). n_stances counts them all; /stances?actor_code=
    # pages them.
    corpus = services(request).corpus
    actor = corpus.actor(code, stance_limit=service.ACTOR_STANCES)
    headers: dict[str, str] = {}
    if actor is None and code != code.upper():
        # Codes are upper case: /actors/kaz answers KAZ's profile (UX23b), naming its own URL; the code
        # given is used exactly first, so a stored lower-case code is still found as it is.
        actor = corpus.actor(code.upper(), stance_limit=service.ACTOR_STANCES)
        if actor is not None:
            root = str(request.scope.get("root_path") or "").rstrip("/")
            headers["Content-Location"] = f"{root}/api/v1/actors/{quote(code.upper(), safe='')}"
    if actor is None:
        raise ApiError(404, "actor_not_found", f"no actor with code {code}")
    return FastJSON(jsonable(actor), headers=headers)


@router.get("/stances", summary="Stances on an issue (a reaction table), in pages")
def list_stances(
    request: Request,
    issue: Annotated[str | None, Query(description="Issue id or label.")] = None,
    actor: Annotated[str | None, Query(description="Actor code (prefix, e.g. USA) or name.")] = None,
    actor_code: Annotated[
        str | None, Query(description="One actor code exactly (USA, not USAGOV), as /actors/{code} counts.")
    ] = None,
    since: Annotated[str | None, Query(description="From date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="To date (inclusive).")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Response:
    """One row per actor, document and issue, oldest first, a page at a time with ``next_cursor``."""
    if issue is not None and len(issue) > 300:
        raise ApiError(422, "invalid_issue", "issue longer than 300 characters")
    if actor_code is not None and len(actor_code) > 64:
        raise ApiError(422, "invalid_actor_code", "actor_code longer than 64 characters")
    filters = service.clean_filters(actor=actor, since=since, until=until)
    # ``actor`` is the prefix-or-name filter every list shares (/documents, /events, /stats); ``actor_code``
    # is the exact code, so an actor's n_stances is paged here in full and nothing of its sub-codes.
    page = services(request).corpus.stances_page(
        issue=issue or None,
        limit=service.clean_limit(limit),
        cursor=service.clean_cursor(cursor),
        actor_code=(actor_code or "").strip() or None,
        **filters,
    )
    items, next_cursor = page_of(page)
    # UX23b: an unknown issue id answered an empty page, as if the issue existed and nobody took a side.
    # The filters may have emptied the page: the issue is unknown only when no stored stance has it.
    if (
        issue
        and not items
        and not cursor
        and not service.issue_may_exist(services(request), issue)
        and not page_of(services(request).corpus.stances_page(issue=issue, limit=1))[0]
    ):
        raise ApiError(404, "issue_not_found", service.unknown_issue_message(issue))
    return FastJSON({"items": jsonable(items), "next_cursor": next_cursor})


@router.get("", include_in_schema=False)
@router.get("/", summary="This index: the API's endpoints and where their documentation is")
def index(request: Request) -> Response:
    """The endpoints of this API (method, path, summary), the documentation page and the OpenAPI schema."""
    root = str(request.scope.get("root_path") or "").rstrip("/")
    endpoints = [
        {"method": method.upper(), "path": f"{root}{path}", "summary": op.get("summary", "")}
        for path, ops in request.app.openapi().get("paths", {}).items()
        for method, op in ops.items()
    ]
    return FastJSON(
        {
            "name": "communique",
            "version": request.app.version,
            "docs": f"{root}/api/v1/docs",
            "openapi": f"{root}/api/v1/openapi.json",
            "endpoints": endpoints,
        }
    )


@router.get("/stats", summary="Counts by actor, event type or month")
def stats(
    request: Request,
    filters: Filters,
    by: Annotated[str, Query(description="actor, event (CAMEO root) or month (default event).")] = "event",
) -> Response:
    """Aggregate counts from the store, over the events the filters select."""
    if by not in service.STATS_BY:
        raise ApiError(
            422, "invalid_by", f"by must be {', '.join(service.STATS_BY[:-1])} or {service.STATS_BY[-1]}"
        )
    result = services(request).corpus.stats(by=by, **filters)
    return FastJSON(jsonable(result))
