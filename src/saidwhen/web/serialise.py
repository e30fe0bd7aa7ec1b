"""Records to the JSON the HTTP API answers with: the same shapes as the CLI's ``--json`` output."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from saidwhen.codec import to_json
from saidwhen.records import Article, IngestReport, IngestStatus, Sentence, Verdict
from saidwhen.render import json as render_json


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """A verdict as ``check --json`` prints it."""
    return render_json.verdict_json(verdict)


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
