"""The ``/v1`` HTTP API: parse the request, call ``saidwhen.api``, answer with the CLI's JSON shapes.

Handlers that only call the (blocking) facade are plain ``def``: FastAPI runs them in its thread
pool, and each facade call opens its own store connection.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from saidwhen import __version__, api
from saidwhen.codec import to_json
from saidwhen.errors import ReadError
from saidwhen.ingest import iter_documents
from saidwhen.records import IngestStatus, RawDocument
from saidwhen.render.claimreview import claimreview
from saidwhen.render.json import article_summary
from saidwhen.settings import Settings
from saidwhen.web import serialise, uploads
from saidwhen.web.limits import WebLimits
from saidwhen.web.security import require_key

router = APIRouter()

ARTICLE_ID = r"^[0-9A-Fa-f]{4,64}$"
NAME_CHARS = 200


def current_settings(request: Request) -> Settings:
    """The Settings the app was created with."""
    return cast(Settings, request.app.state.settings)


def current_limits(request: Request) -> WebLimits:
    """The WebLimits the app was created with."""
    return cast(WebLimits, request.app.state.limits)


SettingsDep = Annotated[Settings, Depends(current_settings)]
Since = Annotated[dt.date | None, Query(description="Only on or after this day (YYYY-MM-DD).")]
Until = Annotated[dt.date | None, Query(description="Only on or before this day (YYYY-MM-DD).")]


class CheckRequest(BaseModel):
    """Body of ``POST /v1/check``."""

    claim: str = Field(min_length=1, description="The claim to check, as written.")
    said_by: str | None = Field(default=None, max_length=NAME_CHARS, description="Who the claim says said it.")
    date: dt.date | None = Field(default=None, description="The day the claim refers to (YYYY-MM-DD).")


@router.post("/check", summary="Check a claim against the stored record")
def check(body: CheckRequest, settings: SettingsDep) -> dict[str, Any]:
    """The verdict, as ``saidwhen check --json`` prints it: ``verdict`` (label), ``reasons``,
    ``confidence``, ``justification``, ``evidence`` (each with article id, span and provenance)."""
    if len(body.claim) > settings.max_claim_chars:
        raise HTTPException(422, f"the claim is {len(body.claim)} characters; the limit is {settings.max_claim_chars}")
    verdict = api.check(settings, body.claim, said_by=body.said_by, on=body.date)
    return {**serialise.verdict_json(verdict), "claimreview": claimreview(verdict, settings)}


@router.get("/quotes", summary="Stored quotes, by speaker and date said")
def quotes(
    settings: SettingsDep,
    since: Since = None,
    until: Until = None,
    speaker: Annotated[str | None, Query(max_length=NAME_CHARS, description="A name or alias.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """Quotes (who said what, with spans into their article), oldest first."""
    found = api.quotes(settings, speaker=speaker, since=since, until=until, limit=limit)
    return {"quotes": to_json(found)}


@router.get("/search", summary="Full-text search over stored sentences")
def search(
    settings: SettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=api.MAX_QUERY_CHARS, description="Plain words.")],
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    """Sentences matching the words of ``q`` (search syntax is treated as text), best first."""
    return {"hits": to_json(api.search(settings, q, since, until, limit))}


@router.get("/articles", summary="List stored articles")
def articles(settings: SettingsDep, limit: Annotated[int, Query(ge=1, le=10_000)] = 1000) -> dict[str, Any]:
    """Stored articles, oldest ingest first: id, publication date, outlet, title, source."""
    return {"articles": [article_summary(a) for a in api.articles(settings, limit)]}


@router.get("/articles/{article_id}", summary="One article with its sentences")
def article(
    settings: SettingsDep,
    article_id: Annotated[str, PathParam(pattern=ARTICLE_ID, description="Id or a unique prefix.")],
) -> dict[str, Any]:
    """The article record (original ``text``; every span indexes it) and its sentences."""
    found, sentences = api.article(settings, article_id)
    return serialise.article_detail(found, sentences)


_ARTICLES_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": uploads.ArticlesIn.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                }
            },
        },
    }
}


@router.post("/articles", summary="Add articles (needs the API key)", openapi_extra=_ARTICLES_BODY)
async def add_articles(request: Request, response: Response) -> dict[str, Any]:
    """Ingest JSON articles (``{"articles": [{"text", "title", "date", "url", "outlet"}]}``) or
    uploaded files (form field ``files``: .txt, .jsonl, .html, RSS/Atom). 201 when something was
    added, 200 when everything was already stored, 422 when nothing could be read."""
    settings, limits = current_settings(request), current_limits(request)
    require_key(request, settings)  # before the body is read
    with tempfile.TemporaryDirectory(prefix="saidwhen-upload-") as tmp:
        staged = await uploads.stage(request, Path(tmp), limits)
        report = await run_in_threadpool(api.ingest_documents, _as_uploaded(staged, settings), settings)
        result = serialise.ingest_json(report, lambda source: source.removeprefix("upload:"))
    if report.count(IngestStatus.ADDED):
        response.status_code = 201
    elif report.outcomes and len(report.failed) == len(report.outcomes):
        response.status_code = 422
    return result


def _as_uploaded(staged: uploads.Staged, settings: Settings) -> Iterator[RawDocument | ReadError]:
    """The staged documents with the client's names as their source ("upload:NAME"), so that no
    temp path is stored or shown."""
    for item in iter_documents(staged.paths, settings):
        name = "upload:" + staged.rename(item.source)
        yield ReadError(name, item.reason) if isinstance(item, ReadError) else replace(item, source=name)


@router.get("/speakers/{name}/timeline", summary="A speaker's statements over time")
def timeline(
    settings: SettingsDep,
    name: Annotated[str, PathParam(min_length=1, max_length=NAME_CHARS, description="A name or alias.")],
    topic: Annotated[str | None, Query(max_length=api.MAX_QUERY_CHARS, description="Topic words.")] = None,
) -> dict[str, Any]:
    """The speaker's quotes (on the topic, when given), oldest first."""
    return {"speaker": name, "topic": topic, "quotes": to_json(api.timeline(settings, name, topic))}


health = APIRouter()


@health.get("/healthz", summary="Liveness and store check")
def healthz(settings: SettingsDep) -> dict[str, Any]:
    """``ok`` when the store opens; also whether writes and claim checking are enabled."""
    api.articles(settings, limit=1)
    return {
        "status": "ok",
        "version": __version__,
        "writes_enabled": bool(settings.api_key),
        "organisation": settings.organisation,
        "organisation_url": settings.organisation_url,
    }
