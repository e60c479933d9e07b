"""The web UI: server-rendered pages over the same services as the JSON API."""

from __future__ import annotations

import csv
import io
import itertools
import logging
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from communique.api import service
from communique.api.errors import ApiError
from communique.export.formats import spreadsheet_safe
from communique.model import MODALITIES, CodedDocument
from communique.web import highlight
from communique.web.charts import bar_rows, timeline_chart
from communique.web.csrf import FIELD, CsrfProtect

HERE = Path(__file__).resolve().parent
log = logging.getLogger("communique.web")
STANCE_ORDER = ("support", "mixed", "neutral", "oppose")


#: Filtered facet counts and timelines cover at most this many of the newest matching statements.
SAMPLE_DOCS = 1000


def _root_path(request: Request) -> dict[str, Any]:
    """``root``: the prefix the app is served under (``serve --root-path``, a proxy's sub-path), or "".

    Every link, form and asset URL of a page starts with it: without it, a page served at
    ``/communique/search`` loaded ``/static/app.css`` and linked ``/documents/...``, off the app.
    """
    return {"root": str(request.scope.get("root_path") or "").rstrip("/")}


def install_web(app: FastAPI) -> None:
    """Mount static files, templates and the page routes on ``app``."""
    templates = Jinja2Templates(directory=str(HERE / "templates"), context_processors=[_root_path])
    templates.env.autoescape = True  # every template, whatever its suffix
    templates.env.globals.update(
        quad_classes=highlight.QUAD_CLASSES,
        quad_class=highlight.quad_class,
        actor_label=highlight.actor_label,
        modalities=MODALITIES,
        stance_order=STANCE_ORDER,
    )
    templates.env.filters["actor_label"] = highlight.actor_label
    templates.env.filters["actor_labels"] = highlight.actor_labels
    templates.env.globals["actor_group"] = actor_group
    templates.env.tests["http_url"] = is_http_url
    app.state.templates = templates
    app.state.csrf = CsrfProtect()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    pages = Pages(app)
    app.state.pages = pages

    for path, endpoint, methods in (
        ("/", pages.start, ["GET"]),
        ("/code", pages.code, ["POST"]),
        ("/documents/{doc_id}", pages.document, ["GET"]),
        ("/search", pages.search, ["GET"]),
        ("/reactions", pages.reactions, ["GET"]),
        ("/reactions/evidence", pages.evidence, ["GET"]),
        ("/issues/{issue}", pages.issue, ["GET"]),
        ("/actors/{code}", pages.actor, ["GET"]),
        ("/api/v1/docs", pages.api_docs, ["GET"]),
    ):
        app.add_api_route(
            path, endpoint, methods=methods, include_in_schema=False, response_class=HTMLResponse
        )


def is_http_url(value: Any) -> bool:
    """True for http(s) URLs only, so a stored ``javascript:`` URL never becomes a link."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


NAV = {
    "start.html": "code",
    "document.html": "code",
    "search.html": "search",
    "reactions.html": "reactions",
    "evidence.html": "reactions",
    "issue.html": "reactions",
    "actor.html": "search",
    "api_docs.html": "api",
}


def get(row: Any, *keys: str, default: Any = None) -> Any:
    """First present value among ``keys`` in a store row (dict or object)."""
    for key in keys:
        value = row.get(key) if isinstance(row, dict) else getattr(row, key, None)
        if value not in (None, ""):
            return value
    return default


class AggregateCache:
    """Corpus-wide aggregates (facets, timelines, matrix, profiles) kept until the corpus changes.

    The key includes the store's data version (checked at most every ``check_every`` seconds) and entries
    also expire after ``ttl`` seconds, so a recode (same document count) shows within that time.
    """

    def __init__(self, ttl: float = 60.0, size: int = 256, check_every: float = 2.0) -> None:
        self.ttl, self.size, self.check_every = ttl, size, check_every
        self._data: dict[Any, tuple[float, Any]] = {}
        self._version: Any = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        """Forget everything (called after a write through this app)."""
        with self._lock:
            self._data.clear()
            self._checked = 0.0

    def get(self, corpus: Any, key: Any, compute: Any) -> Any:
        """The cached value for ``key``, computing it (outside the lock) when missing or stale."""
        from communique.store.views import data_version

        now = time.monotonic()
        if now - self._checked > self.check_every:
            version = data_version(corpus)
            with self._lock:
                if version != self._version:
                    self._data.clear()
                self._version, self._checked = version, now
        with self._lock:
            hit = self._data.get(key)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        value = compute()
        with self._lock:
            if len(self._data) >= self.size:
                oldest = min(self._data, key=lambda k: self._data[k][0])
                del self._data[oldest]
            self._data[key] = (now, value)
        return value


class Pages:
    """Page handlers; each renders one template with server time in an ``X-Render-Ms`` header."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.cache = AggregateCache()

    def cached(self, name: str, compute: Any, **params: Any) -> Any:
        """An aggregate from the cache (keyed by ``name`` and the sorted parameters)."""
        corpus = self.services.corpus
        return self.cache.get(corpus, (name, tuple(sorted(params.items()))), compute)

    def warm(self) -> None:
        """Compute the corpus-wide aggregates once, so the first visitors of big corpora do not wait."""
        try:
            corpus = self.services.corpus
            from communique.store.views import ensure_planner_stats, stance_matrix

            if ensure_planner_stats(corpus):
                log.info("computed SQLite planner statistics (ANALYZE)")
            self.cached("count", corpus.count)
            self.cached("matrix", lambda: stance_matrix(corpus, max_actors=40), actors=40)
            self.cached("facets", lambda: corpus.facets())
            self.cached("timeline", lambda: corpus.timeline())
        except Exception:
            log.warning("could not precompute the corpus aggregates", exc_info=True)

    @property
    def services(self) -> service.Services:
        """The shared coder and corpus."""
        return self.app.state.services

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any],
        started: float,
        status: int = 200,
        form: bool = False,
    ) -> Response:
        """Render a template; pages with forms get a CSRF token and cookie."""
        csrf: CsrfProtect = self.app.state.csrf
        nonce = None
        if form:
            nonce, context["csrf_token"] = csrf.token_for(request)
        context.setdefault("csrf_field", FIELD)
        context.setdefault("nav", NAV.get(name, ""))
        context["render_ms"] = lambda: f"{(time.perf_counter() - started) * 1000:.0f}"
        response = self.app.state.templates.TemplateResponse(request, name, context, status_code=status)
        if nonce:
            csrf.set_cookie(response, nonce, secure=self.services.settings.secure_cookies)
        if form:
            # BREACH: a compressed page holding the token beside stored text leaks the token through its
            # length; naming an encoding makes the gzip middleware pass the page through as it is.
            response.headers["Content-Encoding"] = "identity"
        response.headers["X-Render-Ms"] = f"{(time.perf_counter() - started) * 1000:.1f}"
        response.headers["Cache-Control"] = "no-store"
        return response

    def corpus_or_none(self) -> Any:
        """The corpus, or None when the store cannot be opened (the start page still works)."""
        try:
            return self.services.corpus
        except Exception:
            return None

    # ---- start page and coding ----------------------------------------------------------------------------

    def start(self, request: Request) -> Response:
        """Paste, upload or give a URL; plus the corpus at a glance."""
        started = time.perf_counter()
        corpus = self.corpus_or_none()
        recent: list[Any] = []
        totals: dict[str, Any] = {}
        if corpus is not None:
            try:
                recent = self.cached("recent", lambda: list(corpus.search(None, limit=8).items))
                totals = self.cached("count", lambda: overview(corpus))
            except Exception:
                recent, totals = [], {}
        return self.render(
            request, "start.html", {"recent": recent, "totals": totals, "tab": "text"}, started, form=True
        )

    async def code(self, request: Request) -> Response:
        """Code the pasted text, uploaded file or URL and show it at once (nothing is stored)."""
        started = time.perf_counter()
        form = await request.form(
            max_files=1, max_fields=20, max_part_size=self.services.settings.max_body_bytes
        )
        if not self.app.state.csrf.valid(request, str(form.get(FIELD) or "")):
            raise ApiError(
                403, "csrf_failed", "the form expired or came from another site; reload the page and retry"
            )
        settings = self.services.settings
        title = str(form.get("title") or "").strip() or None
        date = str(form.get("date") or "").strip() or None
        issuers = [
            i.strip() for i in str(form.get("issuers") or "").replace(";", "\n").splitlines() if i.strip()
        ]
        upload = form.get("file")
        text = str(form.get("text") or "")
        url = str(form.get("url") or "").strip()
        mode = str(form.get("mode") or "")
        from starlette.concurrency import run_in_threadpool

        has_file = isinstance(upload, UploadFile) and bool(upload.filename)
        # The chosen tab decides; without JavaScript every field shows, so fall back on whichever is filled.
        if mode not in ("file", "url", "text") or (mode == "text" and not text.strip()):
            mode = "file" if has_file else "url" if url else "text"
        if mode == "file":
            if not isinstance(upload, UploadFile) or not upload.filename:
                raise ApiError(422, "no_file", "choose a file to upload")
            data = await upload.read(settings.max_upload_bytes + 1)
            docs = await run_in_threadpool(
                service.documents_from_bytes,
                settings,
                data,
                upload.filename,
                title=title,
                date=date,
                issuers=issuers,
            )
        elif mode == "url":
            docs = await run_in_threadpool(
                service.documents_from_url, settings, url, title=title, date=date, issuers=issuers
            )
        else:
            docs = service.documents_from_text(settings, text, title=title, date=date, issuers=issuers)
        coded = await run_in_threadpool(self.services.code, docs[:1])
        context = document_context(coded[0])
        context.update(stored=False, more=len(docs) - 1)
        return self.render(request, "document.html", context, started)

    # ---- stored documents ---------------------------------------------------------------------------------

    def document(self, request: Request, doc_id: str) -> Response:
        """A stored statement with its highlights, events and stances."""
        started = time.perf_counter()
        coded = self.services.corpus.document(doc_id[:128])
        if coded is None:
            raise ApiError(404, "document_not_found", "no document with this id")
        context = document_context(coded)
        # A repost carries no coding of its own: the page says whose it is; an original lists its reposts.
        context.update(stored=True, info=self.services.corpus.document_info(coded.document.id))
        return self.render(request, "document.html", context, started)

    def search(self, request: Request) -> Response:
        """Search with filters, facet counts and the timeline of the matching events."""
        started = time.perf_counter()
        params = request.query_params
        try:
            q = service.clean_text_query(params.get("q"))
            filters = service.clean_filters(
                actor=params.get("actor"),
                event=params.get("event"),
                issue=params.get("issue"),
                since=params.get("since"),
                until=params.get("until"),
                modality=params.get("modality"),
            )
            cursor = service.clean_cursor(params.get("cursor"))
        except ApiError as exc:
            # A date typed as 01/03/2022 was an error page: the form comes back as typed, with the reason.
            given = {k: str(params.get(k) or "")[:500] for k in ("actor", "event", "issue", "since", "until")}
            context: dict[str, Any] = {
                "q": str(params.get("q") or "")[:500],
                "filters": {**given, "modality": params.get("modality")},
                "form_error": exc.message,
                "results": [],
                "next_url": None,
                "facets": [],
                "chart": timeline_chart([]),
                "query": {},
                "sample": None,
            }
            return self.render(request, "search.html", context, started, status=exc.status)
        corpus = self.services.corpus
        page = self.cached(
            "search",
            lambda: corpus.search(q, **filters, limit=25, cursor=cursor),
            q=q,
            cursor=cursor,
            **filters,
        )
        text_filter = {"text": q} if q else {}
        sample = None
        if any(v for v in {**text_filter, **filters}.values()):
            # A filtered search counts over its newest SAMPLE_DOCS matches (a few hundred index probes)
            # and says so; exact counts over tens of thousands of matches took seconds per first load.
            agg = self.cached(
                "bounded",
                lambda: corpus.bounded_aggregates(SAMPLE_DOCS, **text_filter, **filters),
                **text_filter,
                **filters,
            )
            facets, timeline = agg["facets"], agg["timeline"]
            sample = agg["docs"] if agg["bounded"] else None
        else:
            facets = self.cached("facets", lambda: corpus.facets())
            timeline = self.cached("timeline", lambda: corpus.timeline())
        query = {k: v for k, v in {"q": q, **filters}.items() if v}
        next_url = f"/search?{urlencode({**query, 'cursor': page.next_cursor})}" if page.next_cursor else None
        context = {
            "q": q or "",
            "filters": filters,
            "results": list(page.items),
            "next_url": next_url,
            "facets": facet_view(facets, query),
            "chart": timeline_chart(timeline),
            "query": query,
            "sample": sample,
        }
        return self.render(request, "search.html", context, started)

    # ---- reactions -----------------------------------------------------------------------------------------

    def reactions(self, request: Request) -> Response:
        """The reaction matrix: actors × issues coloured by stance; each cell links to its evidence."""
        started = time.perf_counter()
        corpus = self.services.corpus
        from communique.store.views import stance_matrix

        try:
            max_actors = max(1, min(int(request.query_params.get("actors") or 40), 200))
        except ValueError:
            max_actors = 40
        data = self.cached("matrix", lambda: stance_matrix(corpus, max_actors=max_actors), actors=max_actors)
        context = reaction_matrix(data)
        return self.render(request, "reactions.html", context, started)

    def evidence(self, request: Request) -> Response:
        """The statements and sentences behind one cell of the matrix."""
        started = time.perf_counter()
        actor = (request.query_params.get("actor") or "")[:200]
        issue = (request.query_params.get("issue") or "")[:300]
        if not actor or not issue:
            raise ApiError(422, "missing_parameter", "give actor and issue")
        table = table_page(request, self.services.corpus, issue, actor=actor)
        label = row_issue(table["rows"][0])[1] if table["rows"] else issue
        context = {"actor": actor, "issue": issue, "issue_label": label, **table}
        return self.render(request, "evidence.html", context, started)

    def issue(self, request: Request, issue: str) -> Response:
        """The reaction table of one issue, by date; ``?format=csv`` (or ``markdown``) downloads it all."""
        started = time.perf_counter()
        issue = issue[:300]
        corpus = self.services.corpus
        wanted = request.query_params.get("format")
        if wanted is not None:
            from communique.store.views import iter_stance_table

            if wanted not in ("csv", "markdown", "md"):
                # ?format=xlsx answered the HTML page as if it were the file asked for (UX22).
                raise ApiError(422, "invalid_format", "format must be csv or markdown")
            if not service.issue_may_exist(self.services, issue) and not issue_stored(corpus, issue):
                self.check_issue(issue)
            if wanted == "csv":
                return csv_response(iter_stance_table(corpus, issue), issue)
            return markdown_response(iter_stance_table(corpus, issue), issue)
        table = table_page(request, corpus, issue)
        if not table["total"]:
            # UX23b: an unknown id answered 200 with an empty table, as if the issue existed. A dictionary
            # issue or an ad-hoc phrase that no stored statement addresses is still a page (not addressed).
            self.check_issue(issue)
        label = row_issue(table["rows"][0])[1] if table["rows"] else issue
        context = {"issue": issue, "issue_label": label, **table}
        return self.render(request, "issue.html", context, started)

    def check_issue(self, issue: str) -> None:
        """Raise a 404 naming the issue unknown, with a link to the issues, unless it may exist (no rows)."""
        if not service.issue_may_exist(self.services, issue):
            raise ApiError(
                404,
                "issue_not_found",
                service.unknown_issue_message(issue),
                links=[("See the issues with stances (the reaction matrix)", "/reactions")],
            )

    def actor(self, request: Request, code: str) -> Response:
        """An actor: its statements, stances, who it targets and who targets it, and its timeline."""
        started = time.perf_counter()
        code = code[:64]
        corpus = self.services.corpus
        profile = self.cached("actor", lambda: corpus.actor(code, stance_limit=100), code=code)
        if profile is None and code != code.upper():
            # Codes are upper case: /actors/kaz is /actors/KAZ (UX23b). Only this path's own code, upper-cased
            # and quoted, under the app's own root: never a location taken from the request otherwise.
            upper = code.upper()
            if self.cached("actor", lambda: corpus.actor(upper, stance_limit=100), code=upper) is not None:
                root = str(request.scope.get("root_path") or "").rstrip("/")
                return RedirectResponse(f"{root}/actors/{quote(upper, safe='')}", status_code=308)
        if profile is None:
            raise ApiError(404, "actor_not_found", f"no actor with code {code}")
        agg = self.cached("bounded", lambda: corpus.bounded_aggregates(SAMPLE_DOCS, actor=code), actor=code)
        context = {
            "code": code,
            "profile": profile,
            "stance_rows": stance_rows(profile.get("stances") or []),
            "chart": timeline_chart(agg["timeline"], title=f"Events of {code}"),
            "sample": agg["docs"] if agg["bounded"] else None,
        }
        return self.render(request, "actor.html", context, started)

    def api_docs(self, request: Request) -> Response:
        """A readable list of the API's endpoints, built from the OpenAPI schema (no CDN scripts)."""
        started = time.perf_counter()
        schema = self.app.openapi()
        endpoints = []
        for path, ops in schema.get("paths", {}).items():
            for method, op in ops.items():
                params = [
                    (
                        p.get("name"),
                        p.get("in"),
                        code_spans(p.get("description") or ""),
                        p.get("required", False),
                    )
                    for p in op.get("parameters", [])
                ]
                endpoints.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "description": code_spans(op.get("description", "")),
                        "params": params,
                        "body": "requestBody" in op,
                    }
                )
        # The examples name this server as the browser reached it, root path included: they said
        # localhost:8000 whatever the host, port or --root-path (UX23), so a pasted curl missed the server.
        base = example_base(str(request.base_url))
        return self.render(request, "api_docs.html", {"endpoints": endpoints, "base": base}, started)


#: A base URL that can stand unquoted in a shell command: a host name or address, a port, a plain path.
_SHELL_SAFE_BASE = re.compile(
    r"https?://[A-Za-z0-9.\-]+(:[0-9]+)?(/[A-Za-z0-9._~/%-]*)?|https?://\[[0-9A-Fa-f:.]+\](:[0-9]+)?(/[A-Za-z0-9._~/%-]*)?"
)


def example_base(base_url: str) -> str:
    """The server's base URL for the API page's shell examples; a Host header no shell line should hold
    unquoted (quotes, spaces, ``$(...)``) gives the default address instead."""
    base = base_url.rstrip("/")
    return base if _SHELL_SAFE_BASE.fullmatch(base) else "http://127.0.0.1:8000"


def code_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` as (piece, is_code) pieces: the docstrings' ``double backquotes`` mark code (UX23: the API
    page showed the backquotes). The template escapes every piece."""
    pieces = text.split("``")
    if len(pieces) % 2 == 0:  # an unmatched pair: nothing is code
        return [(text, False)] if text else []
    return [(piece, i % 2 == 1) for i, piece in enumerate(pieces) if piece]


# ---- helpers used by the pages --------------------------------------------------------------------------


PAGE_ROWS = 200


def issue_stored(corpus: Any, issue: str) -> bool:
    """True when a stored stance has this issue id or label, in any case (the reaction table's own rule)."""
    from sqlalchemy import select

    from communique.store.search import STANCES

    issue = issue.strip()
    with corpus.engine.connect() as conn:
        return (
            conn.execute(select(STANCES.c.pk).where(corpus.q.issue_clause(issue)).limit(1)).first()
            is not None
        )


def page_number(request: Request) -> int:
    """The ``page`` query parameter (1-based, bounded)."""
    try:
        return max(1, min(int(request.query_params.get("page") or 1), 100_000))
    except ValueError:
        return 1


def table_page(request: Request, corpus: Any, issue: str, *, actor: str | None = None) -> dict[str, Any]:
    """A page of a reaction table (``rows``) and its pager: ``total``, ``page``, ``pages`` and the links.

    The "Later" link carries ``after=`` (the last row's cursor) and "Earlier" ``before=`` (the first row's),
    so each page is one index range however deep; ``page`` is then only the number shown. A typed
    ``?page=N`` alone still works (an OFFSET read), and its links go on by cursor.
    """
    from communique.store.views import stance_table_page

    params = request.query_params
    page = page_number(request)
    after = service.clean_cursor(params.get("after"))
    before = service.clean_cursor(params.get("before"))
    offset = 0 if after or before else (page - 1) * PAGE_ROWS
    result = stance_table_page(
        corpus, issue, actor=actor, limit=PAGE_ROWS, after=after, before=before, offset=offset
    )
    total = result["total"]
    pages = max(1, -(-total // PAGE_ROWS))
    # The shown number follows the data where it can: no earlier rows is page 1, no later rows the last.
    if result["prev_cursor"] is None:
        page = 1
    elif result["next_cursor"] is None:
        page = pages
    page = max(1, min(page, pages))
    keep = {k: v for k, v in params.items() if k not in ("page", "after", "before")}

    def link(n: int, **cursor: str) -> str:
        return f"{request.url.path}?{urlencode({**keep, 'page': n, **cursor})}"

    return {
        "rows": group_holders(result["rows"]),
        "total": total,
        "page": page,
        "pages": pages,
        "prev_url": link(page - 1, before=result["prev_cursor"]) if result["prev_cursor"] else None,
        "next_url": link(page + 1, after=result["next_cursor"]) if result["next_cursor"] else None,
    }


def group_holders(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adjacent stance rows of one statement, code, stance and evidence as one row with its ``holders``.

    Co-issuers sharing a code (three offices of one opposition) hold one stance each: the reaction table
    and a cell's evidence listed the same sentence three times, where the matrix counts one statement and
    the document page one row (UX21). Rows come in (date, pk) order, so a statement's rows are adjacent.
    """
    out: list[dict[str, Any]] = []
    last: tuple[Any, ...] | None = None
    for row in rows:
        evidence = row.get("evidence") or []
        key = (
            row.get("document_id"),
            row.get("actor_code") or "?" + str(row.get("actor") or ""),
            row.get("stance"),
            tuple(e.get("sentence_index") if isinstance(e, dict) else e for e in evidence),
        )
        name = row.get("actor") or row.get("actor_code") or ""
        if out and key == last:
            if name not in out[-1]["holders"]:
                out[-1]["holders"].append(name)
            continue
        out.append({**row, "holders": [name]})
        last = key
    return out


def overview(corpus: Any) -> dict[str, Any]:
    """Totals for the start page."""
    counts = corpus.count()
    return dict(counts) if isinstance(counts, dict) else {}


def document_context(coded: CodedDocument) -> dict[str, Any]:
    """Everything the document page shows, with the text pre-split into safely escapable pieces."""
    sentences = highlight.segment(coded)
    marks: dict[int, set[str]] = defaultdict(set)
    for stance in coded.stances:
        for ev in stance.evidence:
            marks[ev.sentence_index].add(stance.stance)
    for view in sentences:
        if view.index is not None and view.index in marks:
            view.stance_marks = sorted(marks[view.index])
    issuer_codes = [a.code for a in coded.document.issuers if a.code]
    # Co-signers usually share each position: one row per (issue, stance, evidence) with all its actors.
    groups: dict[tuple[str, str, tuple[int, ...]], dict[str, Any]] = {}
    for stance in coded.stances:
        key = (stance.issue.label, stance.stance, tuple(e.sentence_index for e in stance.evidence))
        group = groups.setdefault(
            key,
            {
                "issue": stance.issue,
                "stance": stance.stance,
                "evidence": stance.evidence,
                "actors": [],
                "confidence": stance.confidence,
            },
        )
        group["actors"].append(stance.actor)
        group["confidence"] = max(group["confidence"], stance.confidence)
    return {
        "stance_groups": list(groups.values()),
        "coded": coded,
        "doc": coded.document,
        "sentences": sentences,
        "events": [(i, ev, highlight.event_summary(ev)) for i, ev in enumerate(coded.events)],
        "actor_counts": Counter(highlight.actor_label(a) for a in coded.actors).most_common(),
        "issuer_codes": issuer_codes,
        "infos": detail_infos(coded),
    }


# The pattern shown in the details pane is cut here (the whole pattern is its tooltip), as Jinja's
# truncate(60) did: with its leeway of 5, a pattern of up to 65 characters is shown whole.
_PATTERN_SHOWN = 60


def detail_infos(coded: CodedDocument) -> dict[str, Any]:
    """The details pane's facts for every event and actor mention, as data that app.js renders on demand.

    A long statement has thousands of mentions: rendered as hidden HTML blocks, one per event and mention,
    they were half of its page. Mentions of one actor share everything but their text, so each mention is
    ``[kind, text]`` with the shared facts listed once under ``kinds``. app.js only ever puts these strings
    in text nodes and attributes (never markup), so hostile text stays text.
    """
    events = []
    for i, ev in enumerate(coded.events):
        info = highlight.event_summary(ev)
        pattern = info["pattern"] or ""
        shown = pattern if len(pattern) <= _PATTERN_SHOWN + 5 else pattern[: _PATTERN_SHOWN - 1] + "…"
        rows: list[list[str]] = [
            ["PLOVER", (info["plover"] or "–") + (f" · {ev.plover_mode}" if ev.plover_mode else "")],
            ["Source → target", f"{info['sources']} → {info['targets']}"],
            ["Modality", info["modality"]],
            ["Negated", "yes" if info["negated"] else "no"],
            ["Trigger", f"“{ev.trigger}”"],
            ["Pattern", shown or "–", "code", pattern],
        ]
        if ev.reported_by:
            rows.append(["Reported by", highlight.actor_label(ev.reported_by)])
        rows.append(["Confidence", f"{ev.confidence:.2f}"])
        events.append({"badge": [info["quad"], info["code"]], "name": info["name"], "rows": rows, "row": i})
    kinds: list[dict[str, Any]] = []
    kind_of: dict[tuple[Any, ...], int] = {}
    mentions: list[list[Any]] = []
    for ac in coded.actors:
        key = (ac.code, ac.name, ac.country, tuple(ac.sectors), ac.via, ac.entry)
        if key not in kind_of:
            kind_of[key] = len(kinds)
            rows = [
                ["Country", ac.country or "–"],
                ["Sectors", ", ".join(ac.sectors) or "–"],
                ["Found via", ac.via or "–"],
            ]
            if ac.entry:
                rows.append(["Entry", ac.entry, "code"])
            code = ac.code or ""
            resolved = bool(code) and not code.startswith("?")
            kinds.append(
                {
                    "link": [f"/actors/{quote(code, safe='/')}", code] if resolved else None,
                    "unresolved": None if resolved else (code or "?"),
                    "name": ac.name,
                    "rows": rows,
                }
            )
        mentions.append([kind_of[key], ac.text])
    return {"events": events, "actors": mentions, "kinds": kinds}


def stance_rows(stances: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per document, issue and stance, with the actors holding it (co-issuers share a code)."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for s in stances:
        key = (s.get("document_id"), s.get("issue_id") or s.get("issue"), s.get("stance"))
        row = rows.get(key)
        if row is None:
            rows[key] = row = {**s, "holders": []}
        name = s.get("actor") or s.get("actor_code") or ""
        if name not in row["holders"]:
            row["holders"].append(name)
        row["n"] = row.get("n", 0) + 1
    return list(rows.values())


def actor_group(actors: list[Any]) -> list[tuple[str, int, str]]:
    """Distinct actor labels of a compound source/target, with how many mentions and their names."""
    seen: dict[str, list[str]] = {}
    for actor in actors:
        seen.setdefault(highlight.actor_label(actor), []).append(
            actor.name if hasattr(actor, "name") else str(actor.get("name", ""))
        )
    return [(label, len(names), "; ".join(dict.fromkeys(names))) for label, names in seen.items()]


def facet_view(facets: Any, query: dict[str, Any]) -> list[dict[str, Any]]:
    """Facet groups with counts, bar widths and a link that adds the value as a filter."""
    groups: list[dict[str, Any]] = []
    if not isinstance(facets, dict):
        return groups
    for name, values in facets.items():
        pairs: list[tuple[str, int]] = []
        labels: dict[str, str] = {}
        items = values.items() if isinstance(values, dict) else values
        for item in items:
            if isinstance(item, dict):
                value = str(get(item, "value", "key", "code", "label", default="?"))
                pairs.append((value, int(item.get("count", 0))))
                label = str(item.get("label") or "")
                if label and label != value:
                    labels[value] = label
            else:
                value, count = item
                pairs.append((str(value), int(count)))
        param = {
            "actors": "actor",
            "events": "event",
            "issues": "issue",
            "modalities": "modality",
            "months": "since",
            "event_class": "event",
            "years": "since",
        }.get(name, name)
        rows = []
        for value, count, width in bar_rows(pairs[:12], width=120):
            link = (
                f"/search?{urlencode({**query, param: value})}"
                if param in ("actor", "event", "issue", "modality")
                else None
            )
            rows.append(
                {"value": value, "label": labels.get(value, ""), "count": count, "width": width, "link": link}
            )
        groups.append({"name": name, "rows": rows})
    return groups


def row_actor(row: Any) -> str:
    """The actor code (or name) of a stance row."""
    code = get(row, "actor_code", "code")
    if code:
        return str(code)
    return "?" + str(get(row, "actor_name", "actor", default=""))


def row_issue(row: Any) -> tuple[str, str]:
    """``(key, label)`` of a stance row's issue."""
    label = str(get(row, "issue_label", "issue", default="?"))
    return str(get(row, "issue_id", default=label)), label


def combine(stances: list[str]) -> str:
    """One cell's stance from several statements: agreement, or mixed when they disagree."""
    values = set(stances)
    if not values:
        return "none"
    if len(values) == 1:
        return stances[0]
    if {"support", "oppose"} <= values or "mixed" in values:
        return "mixed"
    return (values - {"neutral"}).pop() if len(values - {"neutral"}) == 1 else "mixed"


def reaction_matrix(data: dict[str, Any]) -> dict[str, Any]:
    """Actors × issues with the combined stance, counts and evidence links, from ``stance_matrix`` counts."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for actor, issue, stance, count in data["cells"]:
        cells[(actor, issue)][stance] += int(count)
    issues = [(key, label) for key, label, _ in data["issues"]]
    grid = []
    for actor, name, _ in data["actors"]:
        line = []
        for key, _label in issues:
            counts = cells.get((actor, key), Counter())
            stances = [s for s, c in counts.items() for _ in range(c)]
            line.append(
                {
                    "stance": combine(stances),
                    "n": sum(counts.values()),
                    "counts": counts,
                    "link": f"/reactions/evidence?{urlencode({'actor': actor, 'issue': key})}"
                    if counts
                    else None,
                }
            )
        grid.append((actor, name if name != actor.lstrip("?") else "", line))
    return {"issues": issues, "grid": grid, "n_rows": data["n_rows"], "n_actors": data["n_actors"]}


CSV_COLUMNS = (
    "date",
    "actor",
    "actor_name",
    "issue",
    "stance",
    "confidence",
    "evidence",
    "document_id",
    "title",
)


def csv_response(rows: Iterable[Any], issue: str) -> Response:
    """The reaction table as CSV (formula-looking cells are prefixed so spreadsheets do not run them).

    Streamed as the rows come (a page of the store at a time): a frequent issue's table is thousands of rows
    with their evidence, which the whole-file response held in memory at once (UX20: 7 MB, 76 MB peak).
    """

    def lines() -> Iterator[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for n, row in enumerate(rows, 1):
            values = [
                get(row, "date", default=""),
                row_actor(row),
                get(row, "actor_name", "actor", default=""),
                row_issue(row)[1],
                get(row, "stance", default=""),
                get(row, "confidence", default=""),
                get(row, "evidence_text", "evidence", default=""),
                get(row, "document_id", "doc_id", default=""),
                get(row, "title", default=""),
            ]
            writer.writerow([safe_cell(v) for v in values])
            if n % 200 == 0:
                yield out.getvalue()
                out.seek(0)
                out.truncate()
        yield out.getvalue()

    name = "".join(c if c.isalnum() else "-" for c in issue)[:60] or "issue"
    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="reactions-{name}.csv"'},
    )


#: Characters that would format a Markdown table cell or end it, escaped with a backslash (CommonMark).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_cell(value: Any) -> str:
    """A Markdown table cell that shows ``value`` as written: one line, no markup, no raw HTML."""
    if isinstance(value, list):
        value = " | ".join(str(get(v, "text", default=v)) if isinstance(v, dict) else str(v) for v in value)
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value if value is not None else "").split()))


def markdown_response(rows: Iterable[Any], issue: str) -> Response:
    """The reaction table as a Markdown table, streamed as CSV is (a row per stance, the CLI's columns)."""
    rows = iter(rows)
    first = next(rows, None)

    def lines() -> Iterator[str]:
        label = row_issue(first)[1] if first is not None else issue
        yield f"**Reactions: {md_cell(label)}**\n\n"
        yield "| Date | Actor | Code | Stance | Evidence | Statement |\n|---|---|---|---|---|---|\n"
        out: list[str] = []
        for n, row in enumerate(itertools.chain([first] if first is not None else [], rows), 1):
            out.append(_md_row(row))
            if n % 200 == 0:
                yield "".join(out)
                out.clear()
        yield "".join(out)

    name = "".join(c if c.isalnum() else "-" for c in issue)[:60] or "issue"
    return StreamingResponse(
        lines(),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="reactions-{name}.md"'},
    )


def _md_row(row: Any) -> str:
    code = get(row, "actor_code", "code")
    cells = [
        get(row, "date", default="") or "undated",
        get(row, "actor_name", "actor", default=""),
        code or "",
        get(row, "stance", default=""),
        get(row, "evidence_text", "evidence", default=""),
        get(row, "title", default="") or get(row, "document_id", "doc_id", default=""),
    ]
    return "| " + " | ".join(md_cell(c) for c in cells) + " |\n"


def safe_cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not evaluate as a formula."""
    if isinstance(value, list):
        value = " | ".join(str(get(v, "text", default=v)) if isinstance(v, dict) else str(v) for v in value)
    return spreadsheet_safe(str(value))
