"""Ingest stage: read files into RawDocuments, then clean, date and credit them into Articles.

``iter_documents`` (readers.py) yields RawDocuments and ReadErrors; ``build_article`` turns one
RawDocument into an Article: ``segment`` (clean.py) -> ``publication_date`` and ``find_dates``
(dating.py) -> ``find_sources`` (sources.py). Nothing here touches the store.
"""

from __future__ import annotations

from saidwhen.ingest.clean import segment
from saidwhen.ingest.dating import find_dates, publication_date
from saidwhen.ingest.readers import iter_documents
from saidwhen.ingest.sources import find_sources
from saidwhen.records import ANALYSED, Article, BlockKind, RawDocument, content_id
from saidwhen.settings import Settings

__all__ = ["build_article", "iter_documents"]


def build_article(raw: RawDocument, settings: Settings) -> Article:
    """One RawDocument -> an Article with classified blocks, publication date, dates and sources.

    ``settings`` is accepted so every stage has the same shape; no ingest setting applies here yet.
    The title is dropped when its line is boilerplate (seed 002's header reads "This audio is
    created with AI assistance"): a production note is not a headline.
    """
    blocks = segment(raw)
    published = publication_date(raw, blocks)
    body = tuple(b.span for b in blocks if b.kind in ANALYSED)
    outlet, cited = find_sources(raw, blocks)
    title = raw.title
    if raw.title_span is not None and any(
        b.span == raw.title_span and b.kind is BlockKind.BOILERPLATE for b in blocks
    ):
        title = None
    return Article(
        id=content_id(raw.text, raw.source),
        text=raw.text,
        source=raw.source,
        title=title,
        published=published,
        blocks=blocks,
        url=raw.url,
        outlet=outlet,
        cited_sources=cited,
        dates=find_dates(raw.text, body, published.value),
    )
