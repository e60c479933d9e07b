"""JSON errors with stable codes, and the handlers that keep stack traces out of every response."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from communique.model import CommuniqueError, DictionaryError, InputError

log = logging.getLogger("communique.api")

# HTTP status → stable error code, for errors raised by the framework itself (404 on an unknown route, ...).
STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` with an HTTP status."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        links: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        #: (text, path under the app's root) of pages an HTML error page offers besides the start page.
        self.links = links or []


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    """Return the JSON error envelope."""
    body: dict[str, Any] = {"code": code, "message": message}
    body.update(extra)
    return {"error": body}


def wants_html(request: Request) -> bool:
    """True for web UI requests (not the API) from a browser, which get an HTML error page."""
    path = request.url.path
    root = str(request.scope.get("root_path") or "").rstrip("/")
    if root and path.startswith(root):
        # Behind a root path the URL's path holds it: '/communique/api/v1/...' is the API all the same.
        path = path[len(root) :]
    if path.startswith("/api/") or path.startswith("/static/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    links: list[tuple[str, str]] | None = None,
) -> Response:
    """Answer an error as JSON for the API and tools, or as a small HTML page for browsers."""
    if wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": status, "code": code, "message": message, "links": links or []},
                status_code=status,
                headers=headers,
            )
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def body_problem(exc: StarletteHTTPException) -> str | None:
    """What was wrong with a JSON body FastAPI could not read, named as the 'body' field (else None).

    FastAPI answers a body that is not UTF-8, or nested deeper than the parser recurses, with a bare 400
    "There was an error parsing the body"; bad JSON syntax is a 422 that names the body, and these are the
    same mistake (UX22).
    """
    if exc.status_code != 400:
        return None
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return f"body: not valid UTF-8 (byte {cause.start})"
    if isinstance(cause, RecursionError):
        return "body: not valid JSON (nested too deeply)"
    return None


#: Pydantic's error types for a request body that is not a JSON object (or is missing).
_NOT_AN_OBJECT = frozenset({"model_attributes_type", "model_type", "dict_type", "missing"})
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9.+-]{1,40}/[A-Za-z0-9.+-]{1,60}")


def not_a_json_object(content_type: str | None) -> str:
    """What to say of a body that is not a JSON object: what to send, and what came (its media type only, when
    it is one: the header is not echoed otherwise)."""
    media = (content_type or "").split(";")[0].strip().lower()
    if not media:
        came = "no Content-Type"
    elif media == "application/json":
        came = "JSON that is not an object"
    elif _MEDIA_TYPE.fullmatch(media):
        came = f"Content-Type {media}"
    else:
        came = "another Content-Type"
    return f'body: send a JSON object, such as {{"text": "..."}}, as application/json (got {came})'


def install_error_handlers(app: FastAPI) -> None:
    """Register handlers so every error is JSON (or an HTML page for browsers) with a stable code."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message, exc.headers, exc.links)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return error_response(request, 422, "invalid_input", exc.problem)

    @app.exception_handler(DictionaryError)
    async def _dictionary_error(request: Request, exc: DictionaryError) -> Response:
        # The server's own YAML failed validation: not the client's fault, and its file paths stay here.
        log.error("dictionaries failed to load on %s %s: %s", request.method, request.url.path, exc)
        return error_response(
            request, 500, "dictionary_error", "the server's dictionaries could not be loaded (see its log)"
        )

    @app.exception_handler(CommuniqueError)
    async def _communique_error(request: Request, exc: CommuniqueError) -> Response:
        return error_response(request, 400, "bad_input", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        unparsed = body_problem(exc)
        if unparsed:
            return error_response(request, 422, "invalid_request", unparsed)
        code = STATUS_CODES.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return error_response(request, exc.status_code, code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        # Name the offending fields, never echo the input back (it may be huge or hostile).
        problems = []
        for err in exc.errors()[:10]:
            if err.get("type") == "json_invalid":
                # Its loc is ("body", offset): '8: JSON decode error' named a number, not the body.
                at = [p for p in err.get("loc", ()) if isinstance(p, int)]
                problems.append("body: not valid JSON" + (f" (at character {at[0]})" if at else ""))
                continue
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            if not where and err.get("type") in _NOT_AN_OBJECT:
                # UX23: a form, plain text or a JSON list was "body: Input should be a valid dictionary or
                # object to extract fields from", and no body at all "body: Field required".
                problems.append(not_a_json_object(request.headers.get("content-type")))
                continue
            if err.get("type") == "extra_forbidden":
                problems.append(f"{where}: unknown field")  # a misspelt "tittle", "txt"
                continue
            message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            problems.append(f"{where or 'body'}: {message}")
        return error_response(request, 422, "invalid_request", "; ".join(problems) or "invalid request")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Logged server-side with the traceback; the client only learns that it failed.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal_error", "internal server error")
