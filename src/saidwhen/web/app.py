"""The app factory: ``create_app(settings)`` builds the HTTP API, the page and the local API docs.

Request flow, outermost first: security headers -> rate limit (429) -> body size (413) -> FastAPI
(validation 422, then the route, which calls ``saidwhen.api``). saidwhen errors map to status codes
with their own message (bad input 422, not found 404, store or missing model 503). No CORS
middleware is installed, so browsers keep other sites' pages from calling the API; everything the
page needs is served from here (no CDN).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from saidwhen import __version__
from saidwhen.errors import DependencyError, InputError, NotFoundError, SaidwhenError, StoreError
from saidwhen.settings import Settings
from saidwhen.web import routes
from saidwhen.web.limits import BodyLimit, RateLimit, WebLimits
from saidwhen.web.security import SecurityHeaders

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("saidwhen.web")

_STATUS: tuple[tuple[type[SaidwhenError], int], ...] = (
    (InputError, 422),
    (NotFoundError, 404),
    (StoreError, 503),
    (DependencyError, 503),
)


def create_app(settings: Settings, limits: WebLimits | None = None) -> FastAPI:
    """The saidwhen web app over ``settings``' store; ``limits`` defaults to
    ``WebLimits.from_settings(settings)``."""
    limits = limits or WebLimits.from_settings(settings)
    app = FastAPI(
        title="saidwhen",
        version=__version__,
        summary="Who said what, when: check claims about the news against the record.",
        docs_url=None,  # FastAPI's own docs page loads Swagger UI from a CDN; /docs is served below
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.limits = limits
    app.include_router(routes.router, prefix="/v1")
    app.include_router(routes.health)
    _add_error_handlers(app)
    _add_pages(app)
    upload_limit, json_limit = limits.max_upload_bytes, limits.max_json_bytes
    # Added innermost first: the last one added sees a request first.
    app.add_middleware(BodyLimit, limit_for=lambda path: upload_limit if path == "/v1/articles" else json_limit)
    app.add_middleware(RateLimit, per_minute=limits.rate_per_minute)
    app.add_middleware(SecurityHeaders)
    return app


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(SaidwhenError)
    async def saidwhen_error(request: Request, exc: SaidwhenError) -> JSONResponse:
        status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 400)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # FastAPI answers 400 when a body cannot be decoded at all (bytes that are not UTF-8);
        # every other malformed body is a 422, so this is one too.
        if exc.status_code == 400:
            return JSONResponse({"detail": f"the request body cannot be read: {exc.detail}"}, status_code=422)
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default echoes each bad input back; a 100 KB claim should not come back.
        errors = [_error_entry(e) for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; the server log has the details"}, status_code=500)


def _error_entry(error: Any) -> dict[str, Any]:
    loc = [str(part) for part in error.get("loc", ())]
    return {"loc": loc, "msg": str(error.get("msg", "invalid")), "type": str(error.get("type", "invalid"))}
