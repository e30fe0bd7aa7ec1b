"""Records to the JSON the HTTP API answers with: the same shapes as the CLI's ``--json`` output."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from saidwhen.codec import to_json
from saidwhen.records import Article, IngestReport, IngestStatus, Sentence


def verdict_json(verdict: object) -> dict[str, Any]:
    """A verdict as ``check --json`` prints it: the render layer's JSON when it has one, else the record.

    ``check --json`` puts the label string at the top-level key ``verdict``; the fallback adds that
    key when the record names its label ``label``.
    """
    try:
        render = importlib.import_module("saidwhen.render.json")
    except ModuleNotFoundError:
        render = None
    shaped = getattr(render, "verdict_json", None)
    data = shaped(verdict) if callable(shaped) else to_json(verdict)
    if not isinstance(data, dict):
        raise TypeError(f"a verdict must serialise to a JSON object, not {type(data).__name__}")
    if "verdict" not in data and "label" in data:
        data = {"verdict": data["label"], **data}
    return data


def article_summary(article: Article) -> dict[str, Any]:
    """One row of ``GET /v1/articles`` (as ``saidwhen articles --json``)."""
    return {
        "id": article.id,
        "published": to_json(article.published.value),
        "outlet": article.outlet,
        "title": article.title,
        "source": article.source,
    }


def article_detail(article: Article, sentences: Sequence[Sentence]) -> dict[str, Any]:
    """``GET /v1/articles/{id}`` (as ``saidwhen show --json``): the full record and its sentences."""
    return {
        "article": to_json(article),
        "analysed_text": article.analysed_text(),
        "sentences": to_json(sentences),
    }


def ingest_json(report: IngestReport, rename: Callable[[str], str]) -> dict[str, Any]:
    """An ingest report with server-side temp paths replaced (``rename``) by what the client sent."""
    outcomes = [
        {"source": rename(o.source), "status": o.status.value, "article_id": o.article_id, "reason": o.reason}
        for o in report.outcomes
    ]
    return {
        "added": report.count(IngestStatus.ADDED),
        "present": report.count(IngestStatus.PRESENT),
        "failed": report.count(IngestStatus.FAILED),
        "outcomes": outcomes,
    }
