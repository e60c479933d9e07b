"""The FastAPI application: JSON API under ``/api/v1/`` and the server-rendered web UI, one process."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from communique.api.errors import install_error_handlers
from communique.api.middleware import BodyLimitMiddleware, HeadAsGetMiddleware, SecurityHeadersMiddleware
from communique.api.routes import router as api_router
from communique.api.service import Services, Settings, env_token
from communique.pipeline import Coder, CodingOptions


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """On start-up, precompute the corpus-wide aggregates in the background."""
    pages = getattr(app.state, "pages", None)
    if pages is not None:
        threading.Thread(target=pages.warm, name="communique-warm", daemon=True).start()
    yield


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    *,
    allow_private: bool = False,
    max_body_bytes: int | None = None,
    max_upload_bytes: int | None = None,
    coding_options: CodingOptions | None = None,
    coder: Coder | None = None,
    corpus: Any = None,
) -> FastAPI:
    """Build the app. ``token`` defaults to ``$COMMUNIQUE_TOKEN``; with none, writes are refused (403)."""
    from communique.web.views import install_web

    settings = Settings(
        db_url=db_url or os.environ.get("COMMUNIQUE_DB") or None,
        token=token if token is not None else env_token(),
        allow_private=allow_private,
        coding_options=coding_options,
    )
    if max_body_bytes is not None:
        settings.max_body_bytes = max_body_bytes
    if max_upload_bytes is not None:
        settings.max_upload_bytes = max_upload_bytes
    # The upload limit must fit in the body limit, or the body limit would answer first with less detail.
    settings.max_upload_bytes = min(settings.max_upload_bytes, settings.max_body_bytes)
    settings.max_text_chars = min(settings.max_text_chars, settings.max_body_bytes)

    app = FastAPI(
        title="communique",
        version="1",
        description="Political statements as structured, auditable event and stance data.",
        openapi_url="/api/v1/openapi.json",
        # The stock docs pages load scripts from a CDN; /api/v1/docs is served by the app instead.
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.services = Services(settings, coder=coder, corpus=corpus)
    install_error_handlers(app)
    app.include_router(api_router)
    install_web(app)
    # Order matters: the body limit answers inside the security headers, so its 413 carries them too;
    # compression is innermost, so every compressed response passes both. A long document page is ~1 MB
    # of HTML and ~50 kB gzipped. Pages carrying a CSRF form token are never compressed (BREACH): they
    # name Content-Encoding: identity themselves (web.views.Pages.render), which GZipMiddleware passes
    # through, so the decision follows the token, not a path (a root path would change the path).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    # Outermost: a HEAD runs as the GET it asks about, through every layer, and loses only its body.
    app.add_middleware(HeadAsGetMiddleware)
    return app


def app_from_env() -> FastAPI:
    """App factory for worker processes, configured from ``COMMUNIQUE_*`` environment variables."""
    return create_app(None, allow_private=os.environ.get("COMMUNIQUE_ALLOW_PRIVATE") == "1")
