"""API-key check for write endpoints, and the security headers every response carries."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from saidwhen.settings import Settings

WRITES_DISABLED = (
    "writes are disabled because no API key is configured; to enable them set api_key in saidwhen.toml "
    "or the SAIDWHEN_API_KEY environment variable, restart `saidwhen serve`, and send the key as "
    "'Authorization: Bearer KEY' or 'X-API-Key: KEY'"
)

# Everything the page needs is served from this origin; the policy makes the browser enforce it.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def presented_key(request: Request) -> str | None:
    """The key a client sent, from ``X-API-Key`` or ``Authorization: Bearer``."""
    key = request.headers.get("x-api-key")
    if key:
        return key.strip()
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def require_key(request: Request, settings: Settings) -> None:
    """Raise 403 when writes are disabled, 401 when the key is missing or wrong."""
    if not settings.api_key:
        raise HTTPException(403, WRITES_DISABLED)
    key = presented_key(request)
    if key is None or not hmac.compare_digest(key.encode(), settings.api_key.encode()):
        raise HTTPException(
            401,
            "this endpoint needs the API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
            headers={"WWW-Authenticate": "Bearer"},
        )


class SecurityHeaders:
    """Add the content-security policy and related headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                msg["headers"] = list(msg.get("headers", [])) + HEADERS
            await send(msg)

        await self.app(scope, receive, with_headers)
