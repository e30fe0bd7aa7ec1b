"""Request limits as plain ASGI middleware: body size (413) and a per-client rate limit (429).

Both run before FastAPI parses anything, so an oversized or flooding client costs the server almost
nothing. The client is the peer address of the connection: the server binds to loopback by default
and trusts no ``X-Forwarded-For`` header, which any client could forge.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from saidwhen.settings import Settings

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class WebLimits:
    """Limits of the HTTP API. ``create_app`` derives the upload limit from ``Settings.max_file_mb``."""

    max_json_bytes: int = 256 * 1024
    """Largest request body for JSON endpoints (a claim is at most ``max_claim_chars``)."""
    max_upload_bytes: int = 20 * MIB
    """Largest body of ``POST /v1/articles`` (JSON articles or uploaded files, all together)."""
    max_upload_files: int = 100
    """Most files or JSON articles in one ``POST /v1/articles``."""
    rate_per_minute: int = 120
    """Requests to ``/v1/`` per client per rolling minute; 0 turns the limit off."""

    @classmethod
    def from_settings(cls, settings: Settings, **changes: int) -> WebLimits:
        """The defaults, with the upload limit from ``settings.max_file_mb``, then ``changes``."""
        upload = int(settings.max_file_mb * MIB) + 64 * 1024  # room for the multipart framing
        return replace(cls(max_upload_bytes=upload), **changes)


async def _send_json(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


class BodyLimit:
    """Refuse request bodies over a per-path limit with 413, whether declared or streamed (chunked)."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        message = f"the request body is over {limit} bytes, the limit for {scope['path']}"
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _send_json(send, 413, message)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    # FastAPI re-raises HTTPExceptions met while reading the body; they become 413.
                    raise HTTPException(413, message)
            return msg

        async def watched_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited_receive, watched_send)
        except HTTPException as exc:
            if started or exc.status_code != 413:
                raise
            await _send_json(send, 413, message)


class RateLimit:
    """At most ``per_minute`` requests to paths under ``prefix`` per client in any rolling minute."""

    MAX_CLIENTS = 10_000  # clients tracked at once; idle ones are dropped first

    def __init__(self, app: ASGIApp, per_minute: int, prefix: str = "/v1/") -> None:
        self.app = app
        self.per_minute = per_minute
        self.prefix = prefix
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _allow(self, client: str, now: float) -> float:
        """0 when the request may go ahead, else the seconds until it would be allowed."""
        with self._lock:
            window = self._seen.get(client)
            if window is None:
                if len(self._seen) >= self.MAX_CLIENTS:
                    self._prune(now)
                window = self._seen[client] = deque()
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= self.per_minute:
                return 60.0 - (now - window[0])
            window.append(now)
            return 0.0

    def _prune(self, now: float) -> None:
        idle = [c for c, w in self._seen.items() if not w or now - w[-1] >= 60.0]
        for client in idle or list(self._seen)[: len(self._seen) // 2]:
            del self._seen[client]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.per_minute <= 0 or scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        peer = scope.get("client")
        client = str(peer[0]) if peer else "unknown"
        wait = self._allow(client, time.monotonic())
        if wait > 0:
            retry = max(1, int(wait + 0.999))
            await _send_json(
                send,
                429,
                f"too many requests: the limit is {self.per_minute} a minute per client; retry in {retry} s",
                {"Retry-After": str(retry)},
            )
            return
        await self.app(scope, receive, send)
