"""schema.org ClaimReview JSON-LD for a verdict.

Numeric scale of ``reviewRating`` (``worstRating`` 1, ``bestRating`` 5; ``alternateName`` carries
saidwhen's label in words):

    1 Refuted   2 Misleading   3 Conflicting or Not enough evidence   5 Supported

``itemReviewed`` is the Claim: its ``author`` is the person the claim attributes words to (when it
does), ``datePublished`` the date the claim refers to, and ``appearance`` / ``firstAppearance`` the
cited sentences that report the claim at a distance (earliest published first), when there are any.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from saidwhen.records import Evidence, Verdict, VerdictLabel
from saidwhen.settings import Settings
from saidwhen.verify.text import reports_claim

RATING = {
    VerdictLabel.REFUTED: 1,
    VerdictLabel.MISLEADING: 2,
    VerdictLabel.CONFLICTING: 3,
    VerdictLabel.NOT_ENOUGH_EVIDENCE: 3,
    VerdictLabel.SUPPORTED: 5,
}
WORDS = {
    VerdictLabel.REFUTED: "Refuted",
    VerdictLabel.MISLEADING: "Misleading",
    VerdictLabel.CONFLICTING: "Conflicting",
    VerdictLabel.NOT_ENOUGH_EVIDENCE: "Not enough evidence",
    VerdictLabel.SUPPORTED: "Supported",
}


def _work(evidence: Evidence) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "url": evidence.source}
    if evidence.title:
        work["headline"] = evidence.title
    if evidence.published:
        work["datePublished"] = evidence.published.isoformat()
    if evidence.outlet:
        work["publisher"] = {"@type": "Organization", "name": evidence.outlet}
    return work


def claimreview(verdict: Verdict, settings: Settings, reviewed_on: date | None = None) -> dict[str, Any]:
    """The ClaimReview object for ``verdict``, reviewed by the organisation named in settings."""
    claim = verdict.claim
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    if claim.when and claim.when.resolved:
        item["datePublished"] = claim.when.resolved.isoformat()
    # Where the claim itself appears: cited sentences that report it at a distance ("circulated a quote
    # ... claiming that ..."), not the speaker's own words nor the fact-checks' findings.
    appearances = [c.evidence for c in (*verdict.evidence, *verdict.fact_checks) if reports_claim(c.evidence.text)]
    if appearances:
        dated = sorted((e for e in appearances if e.published), key=lambda e: e.published or date.max)
        item["appearance"] = [_work(e) for e in appearances]
        if dated:
            item["firstAppearance"] = _work(dated[0])
    author: dict[str, Any] = {"@type": "Organization", "name": settings.organisation}
    if settings.organisation_url:
        author["url"] = settings.organisation_url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": (reviewed_on or date.today()).isoformat(),
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[verdict.label],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": WORDS[verdict.label],
            "ratingExplanation": verdict.justification,
        },
        "itemReviewed": item,
    }
