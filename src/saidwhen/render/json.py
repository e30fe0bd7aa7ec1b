"""The JSON shape of a verdict, as ``check --json`` and ``POST /v1/check`` print it.

Schema (documented in the README)::

    {
      "claim": str, "verdict": label, "reasons": [reason], "confidence": 0..1, "justification": str,
      "parsed": {"speaker", "content", "quoted", "modality", "negated", "when", "numbers", "entities"},
      "alignment": {"fidelity", "similarity", "edits": [...], "statement": citation} | null,
      "evidence": [citation], "fact_checks": [citation],
      "versions": {name: version}, "settings": fingerprint
    }
    citation = {"role", "score", "article_id", "source", "outlet", "title", "published", "said_on",
                "speaker", "span": [start, end], "text", "sentence", "direct", "markers": [...]}
"""

from __future__ import annotations

from typing import Any

from saidwhen.codec import to_json
from saidwhen.records import Article, Citation, Evidence, Verdict


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    """One piece of evidence with everything needed to cite it."""
    return {
        "article_id": evidence.article_id,
        "source": evidence.source,
        "outlet": evidence.outlet,
        "title": evidence.title,
        "published": to_json(evidence.published),
        "said_on": to_json(evidence.said_on),
        "speaker": evidence.speaker,
        "span": to_json(evidence.span),
        "text": evidence.text,
        "sentence": evidence.sentence_index,
        "direct": evidence.direct,
        "fact_check": evidence.fact_check,
        "markers": [{"kind": m.kind.value, "text": m.text, "span": to_json(m.span)} for m in evidence.markers],
    }


def citation_json(citation: Citation) -> dict[str, Any]:
    return {"role": citation.role.value, "score": round(citation.score, 4), **evidence_json(citation.evidence)}


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """The verdict as a JSON-ready dict; the top-level ``verdict`` is the label string."""
    claim = verdict.claim
    alignment: dict[str, Any] | None = None
    if verdict.alignment is not None:
        a = verdict.alignment
        alignment = {
            "fidelity": a.fidelity.value,
            "similarity": round(a.similarity, 4),
            "edits": to_json(a.edits),
            "statement": evidence_json(a.evidence) if a.evidence else None,
        }
    return {
        "claim": claim.text,
        "verdict": verdict.label.value,
        "reasons": [r.value for r in verdict.reasons],
        "confidence": round(verdict.confidence, 4),
        "justification": verdict.justification,
        "parsed": {
            "speaker": claim.speaker,
            "content": claim.content,
            "quoted": list(claim.quoted),
            "modality": claim.modality.value,
            "negated": claim.negated,
            "when": to_json(claim.when.resolved) if claim.when else None,
            "numbers": list(claim.numbers),
            "entities": list(claim.entities),
        },
        "alignment": alignment,
        "evidence": [citation_json(c) for c in verdict.evidence],
        "fact_checks": [citation_json(c) for c in verdict.fact_checks],
        "versions": dict(verdict.versions),
        "settings": verdict.settings,
    }


def article_summary(article: Article) -> dict[str, Any]:
    """One row of ``saidwhen articles --json`` and ``GET /v1/articles``."""
    return {
        "id": article.id,
        "published": to_json(article.published.value),
        "outlet": article.outlet,
        "title": article.title,
        "source": article.source,
    }
