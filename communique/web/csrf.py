"""CSRF protection for the web forms: a signed double-submit token.

A page with a form sets a random nonce in a SameSite=Strict cookie and puts ``nonce.signature`` in a hidden
field; a POST is accepted only if the field's nonce equals the cookie's and the HMAC signature (keyed by a
per-app secret) matches, so neither a cross-site form nor a planted cookie alone gets through.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "communique_csrf"
FIELD = "csrf_token"


class CsrfProtect:
    """Issue and check signed double-submit tokens."""

    def __init__(self, secret: bytes | None = None) -> None:
        self.secret = secret or secrets.token_bytes(32)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()

    def token_for(self, request: Request) -> tuple[str, str]:
        """Return ``(nonce, form_token)``, reusing the request's cookie nonce when it is well formed."""
        nonce = request.cookies.get(COOKIE, "")
        if not (len(nonce) == 43 and nonce.replace("-", "").replace("_", "").isalnum()):
            nonce = secrets.token_urlsafe(32)
        return nonce, f"{nonce}.{self._sign(nonce)}"

    @staticmethod
    def set_cookie(response: Response, nonce: str, secure: bool = False) -> None:
        """Set the nonce cookie on a response that carries a form."""
        response.set_cookie(COOKIE, nonce, httponly=True, samesite="strict", secure=secure, path="/")

    def valid(self, request: Request, form_token: str | None) -> bool:
        """Check a submitted form token against the cookie and the signature."""
        cookie = request.cookies.get(COOKIE)
        if not cookie or not form_token or "." not in form_token:
            return False
        nonce, _, signature = form_token.partition(".")
        return hmac.compare_digest(nonce, cookie) and hmac.compare_digest(signature, self._sign(nonce))
