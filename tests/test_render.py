"""Renderers: check JSON, ClaimReview JSON-LD, terminal and Markdown reports, from a hand-built verdict."""

from __future__ import annotations

from datetime import date

import pytest

from saidwhen.records import (
    Citation,
    CitationRole,
    Claim,
    Evidence,
    Marker,
    MarkerKind,
    Reason,
    Span,
    Verdict,
    VerdictLabel,
)
from saidwhen.render.claimreview import claimreview
from saidwhen.render.json import verdict_json
from saidwhen.render.report import verdict_markdown, verdict_text
from saidwhen.settings import Settings

STATEMENT = "So if they concede into this, then we need strong guarantees."


def verdict(label: VerdictLabel = VerdictLabel.MISLEADING) -> Verdict:
    statement = Evidence(
        article_id="bc4ab9258eb86aae",
        span=Span(100, 100 + len(STATEMENT)),
        text=STATEMENT,
        source="000.txt",
        outlet=None,
        published=date(2025, 12, 15),
        speaker="Kaja Kallas",
        said_on=date(2025, 12, 15),
        markers=(Marker(MarkerKind.CONDITION, Span(103, 105), "if"),),
    )
    report = Evidence(
        article_id="1c9a84cdaa87e756",
        span=Span(0, 60),
        source="https://stopfake.example/x",
        outlet="StopFake",
        published=date(2025, 12, 16),
        text="Russian media circulated a quote claiming that Europe has abandoned Ukraine's NATO bid.",
    )
    claim = Claim(
        text="Kallas said Europe has abandoned Ukraine's NATO bid.",
        content="Europe has abandoned",
        content_span=Span(12, 32),
        speaker="Kallas",
    )
    return Verdict(
        claim=claim,
        label=label,
        confidence=0.8,
        justification="Her remark was conditional.",
        reasons=(Reason.CONDITION_STRIPPED,) if label is VerdictLabel.MISLEADING else (),
        evidence=(Citation(statement, CitationRole.STATEMENT, 0.9),),
        fact_checks=(Citation(report, CitationRole.FACT_CHECK, 0.7),),
        versions=(("rules", "3"),),
        settings="abc123",
    )


def test_render_json_has_the_documented_top_level_shape() -> None:
    data = verdict_json(verdict())
    assert data["verdict"] == "misleading" and data["reasons"] == ["condition_stripped"]
    assert {"confidence", "justification", "evidence", "fact_checks", "versions", "settings"} <= set(data)
    cited = data["evidence"][0]
    assert cited["role"] == "statement" and cited["span"] == [100, 100 + len(STATEMENT)]
    assert cited["published"] == "2025-12-15" and cited["speaker"] == "Kaja Kallas"
    assert cited["markers"] == [{"kind": "condition", "text": "if", "span": [103, 105]}]


@pytest.mark.parametrize(
    ("label", "value", "name"),
    [
        (VerdictLabel.REFUTED, 1, "Refuted"),
        (VerdictLabel.MISLEADING, 2, "Misleading"),
        (VerdictLabel.SUPPORTED, 5, "Supported"),
        (VerdictLabel.NOT_ENOUGH_EVIDENCE, 3, "Not enough evidence"),
    ],
)
def test_render_claimreview_rating_scale(label: VerdictLabel, value: int, name: str) -> None:
    review = claimreview(verdict(label), Settings(organisation="Desk"), reviewed_on=date(2026, 1, 2))
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (value, name)
    assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
    assert review["author"]["name"] == "Desk" and review["datePublished"] == "2026-01-02"
    assert review["@type"] == "ClaimReview" and review["claimReviewed"].startswith("Kallas said")


def test_render_claimreview_item_has_author_and_appearance() -> None:
    item = claimreview(verdict(), Settings())["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Kallas"}
    assert [a["url"] for a in item["appearance"]] == ["https://stopfake.example/x"]
    assert item["firstAppearance"]["datePublished"] == "2025-12-16"


def test_render_reports_highlight_markers_and_cite() -> None:
    text = verdict_text(verdict())
    assert "MISLEADING (condition stripped)" in text
    assert "So **if** they concede" in text and "000.txt [100:" in text
    md = verdict_markdown(verdict())
    assert "### Existing fact-checks" in md and "StopFake" in md
