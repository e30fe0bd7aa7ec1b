"""``POST /v1/articles``: stage JSON articles or uploaded files in a temp folder, then ``api.ingest``.

No request value reaches a file path: staged files get server-chosen names (``upload-003.html``)
whose extension is looked up in a fixed table from the uploaded name's, so the readers pick the
right format; anything else is left without an extension and the readers sniff it. The client's
names only come back, as text, in the report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from saidwhen.web.limits import WebLimits

_CHUNK = 1024 * 1024
# Uploaded extension -> the extension the staged file gets (the readers choose a format by it).
_EXTENSIONS = {
    ext: ext
    for ext in (
        ".txt",
        ".text",
        ".md",
        ".jsonl",
        ".ndjson",
        ".html",
        ".htm",
        ".xhtml",
        ".xml",
        ".rss",
        ".atom",
    )
}
JSONL_NAME = "articles.jsonl"


class ArticleIn(BaseModel):
    """One article sent as JSON; the fields of a JSONL line (see ``saidwhen.ingest.readers``)."""

    text: str = Field(min_length=1, description="The article text.")
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date or datetime of publication.")
    url: str | None = None
    outlet: str | None = Field(default=None, description="The publisher's name.")


class ArticlesIn(BaseModel):
    """Body of a JSON ``POST /v1/articles``."""

    articles: list[ArticleIn] = Field(min_length=1)


@dataclass
class Staged:
    """Files written for one request, and how to show their temp paths to the client again."""

    folder: Path
    paths: list[Path] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def rename(self, source: str) -> str:
        """The client's name for a staged source (``upload-001.txt`` or ``articles.jsonl:3``)."""
        if source in self.names:
            return self.names[source]
        path, sep, line = source.rpartition(":")
        if sep and path == str(self.folder / JSONL_NAME) and line.isdigit():
            return f"articles[{int(line) - 1}]"
        base, hash_, item = source.partition("#")  # a feed's items: "feed.xml#2"
        if hash_ and base in self.names:
            return f"{self.names[base]}#{item}"
        return self.names.get(path, "upload")


async def stage(request: Request, folder: Path, limits: WebLimits) -> Staged:
    """Write the request's articles into ``folder``; 415 for other content types, 422 for bad bodies."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return await _stage_json(request, folder, limits)
    if kind == "multipart/form-data":
        return await _stage_files(request, folder, limits)
    raise HTTPException(
        415, 'send JSON ({"articles": [{"text": ...}]}) or multipart/form-data with one or more \'files\''
    )


async def _stage_json(request: Request, folder: Path, limits: WebLimits) -> Staged:
    try:
        body = ArticlesIn.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    if len(body.articles) > limits.max_upload_files:
        raise HTTPException(422, f"{len(body.articles)} articles; send at most {limits.max_upload_files} at once")
    staged = Staged(folder)
    path = folder / JSONL_NAME
    with path.open("w", encoding="utf-8") as out:
        for item in body.articles:
            out.write(json.dumps(item.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
    staged.paths.append(path)
    return staged


async def _stage_files(request: Request, folder: Path, limits: WebLimits) -> Staged:
    try:
        form = await request.form(max_files=limits.max_upload_files, max_fields=16)
    except HTTPException as exc:
        if exc.status_code == 413:
            raise
        raise HTTPException(422, f"the upload is not usable multipart form data: {exc.detail}") from None
    uploads = [v for key in ("files", "file") for v in form.getlist(key) if isinstance(v, UploadFile)]
    if not uploads:
        raise HTTPException(422, "no files: send each article file in a form field named 'files'")
    staged = Staged(folder)
    for n, upload in enumerate(uploads):
        given = PurePosixPath((upload.filename or "").replace("\\", "/")).name[:200] or f"file {n + 1}"
        suffix = _EXTENSIONS.get(PurePosixPath(given).suffix.lower(), "")
        path = folder / f"upload-{n:03d}{suffix}"
        with path.open("wb") as out:
            while chunk := await upload.read(_CHUNK):
                out.write(chunk)
        await upload.close()
        staged.paths.append(path)
        staged.names[str(path)] = given
    return staged
