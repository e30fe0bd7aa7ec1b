"""Plain-terminal renderings of records (no colour codes, so output pipes and tests read cleanly)."""

from __future__ import annotations

from collections.abc import Sequence

from saidwhen.records import Article, IngestReport, IngestStatus, Quote, SearchHit, Sentence


def ingest_summary(report: IngestReport) -> str:
    lines = [
        f"added {report.count(IngestStatus.ADDED)}, already present {report.count(IngestStatus.PRESENT)}, "
        f"failed {report.count(IngestStatus.FAILED)}"
    ]
    for o in report.failed:
        lines.append(f"  FAILED {o.source}: {o.reason}")
    return "\n".join(lines)


def _clip(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def article_table(articles: Sequence[Article]) -> str:
    if not articles:
        return "the store holds no articles yet; add some with `saidwhen ingest PATH`"
    rows = [f"{'id':16}  {'date':10}  {'outlet':16}  {'title':50}  source"]
    for a in articles:
        when = a.published.value.isoformat() if a.published.value else "undated"
        rows.append(f"{a.id:16}  {when:10}  {_clip(a.outlet, 16):16}  {_clip(a.title, 50):50}  {a.source}")
    return "\n".join(rows)


def article_view(article: Article, sentences: Sequence[Sentence]) -> str:
    p = article.published
    when = f"{p.value.isoformat()} (from {p.how.value}, confidence {p.confidence:.2f})" if p.value else "undated"
    out = [
        f"id:        {article.id}",
        f"title:     {article.title or '-'}",
        f"published: {when}",
        f"outlet:    {article.outlet or '-'}",
        f"cites:     {', '.join(article.cited_sources) or '-'}",
        f"source:    {article.source}",
        "",
        "sentences:",
    ]
    out += [f"  [{s.index + 1}] {s.text}" for s in sentences]
    if article.dates:
        out += ["", "dates found:"]
        for d in article.dates:
            resolved = d.resolved.isoformat() if d.resolved else "unresolved"
            kind = "relative" if d.relative else "absolute"
            out.append(f"  {d.text!r} at {d.span.start}-{d.span.end} -> {resolved} ({d.granularity.value}, {kind})")
    return "\n".join(out)


def search_results(hits: Sequence[SearchHit]) -> str:
    if not hits:
        return "no sentence matches"
    out = []
    for h in hits:
        when = h.published.isoformat() if h.published else "undated"
        out.append(f"{h.article_id} #{h.sentence_index + 1}  {when}  {h.outlet or ''}  {_clip(h.title, 60)}")
        out.append(f"    {h.text}")
    return "\n".join(out)


def quote_table(quotes: Sequence[Quote]) -> str:
    if not quotes:
        return "no quotes match; ingest articles first, or loosen --speaker/--since/--until"
    rows = []
    for q in quotes:
        when = q.said_on or q.published
        day = when.isoformat() if when else "undated"
        rows.append(f"{day:10}  {_clip(q.speaker or 'unknown', 24):24}  {q.kind.value:8}  {q.article_id}")
        rows.append(f"    {_clip(q.text, 200)}")
    return "\n".join(rows)
