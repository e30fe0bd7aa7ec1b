"""The one Python facade: every surface (CLI, HTTP, tests) calls these functions.

ingest(paths)      read -> clean -> date -> sentences -> store, then analyse and embed new articles
articles(), article(id), search(query), quotes(...), check(claim), timeline(speaker)
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import numpy as np

from saidwhen.analyse import analyse_articles
from saidwhen.analyse.entities import name_key
from saidwhen.analyse.sentences import split_sentences
from saidwhen.errors import NotFoundError, QueryError, ReadError
from saidwhen.index.embed import OnnxMiniLM
from saidwhen.ingest import build_article, iter_documents
from saidwhen.records import (
    Article,
    IngestOutcome,
    IngestReport,
    IngestStatus,
    Quote,
    RawDocument,
    SearchHit,
    Sentence,
    Verdict,
)
from saidwhen.settings import Settings
from saidwhen.store.sqlite import SQLiteStore
from saidwhen.verify import check_claim

Progress = Callable[[str, int, int | None], None]
"""Progress callback: (phase, done, total or None)."""

MAX_QUERY_CHARS = 2000


@contextmanager
def open_store(settings: Settings) -> Iterator[SQLiteStore]:
    """The configured store, closed on exit."""
    store = SQLiteStore(settings.db)
    try:
        yield store
    finally:
        store.close()


def _noop(phase: str, done: int, total: int | None) -> None:
    return None


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    progress: Progress | None = None,
    analyse: bool = True,
) -> IngestReport:
    """Ingest files/folders into the store; each article is one transaction. Never raises on bad files:
    failures are reported in the returned IngestReport with the source and reason."""
    return ingest_documents(iter_documents(paths, settings), settings, progress, analyse)


def ingest_documents(
    documents: Iterable[RawDocument | ReadError],
    settings: Settings,
    progress: Progress | None = None,
    analyse: bool = True,
) -> IngestReport:
    """Ingest documents already read (the HTTP API's posted articles, evaluation corpora)."""
    tick = progress or _noop
    outcomes: list[IngestOutcome] = []
    with open_store(settings) as store:
        for n, item in enumerate(documents, start=1):
            outcomes.append(_ingest_one(store, item, settings))
            tick("read", n, None)
        if analyse:
            _complete(store, settings, tick)
    return IngestReport(tuple(outcomes))


def _ingest_one(store: SQLiteStore, item: RawDocument | ReadError, settings: Settings) -> IngestOutcome:
    if isinstance(item, ReadError):
        return IngestOutcome(item.source, IngestStatus.FAILED, reason=item.reason)
    try:
        article = build_article(item, settings)
        sentences = split_sentences(article.text, article.body, article.id)
    except (ValueError, RecursionError) as exc:  # a malformed document must not stop the batch
        return IngestOutcome(item.source, IngestStatus.FAILED, reason=f"cannot analyse: {exc}")
    added = store.write(article, sentences)
    return IngestOutcome(item.source, IngestStatus.ADDED if added else IngestStatus.PRESENT, article.id)


ANALYSIS_VERSION = 3
"""Bump when the analyse stage changes what it stores; ingest then re-analyses older articles."""
_CHUNK = 64
_EMBED_WHOLE = 3  # a text of at most this many sentences is embedded whole


def _complete(store: SQLiteStore, settings: Settings, tick: Progress) -> None:
    """Analyse, then embed, every stored article that lacks it (this also finishes an interrupted run).

    What is embedded: the sentences that carry a statement (overlap a quote's content), each
    article's first sentence, and every sentence of a short text (``_EMBED_WHOLE`` sentences or fewer:
    a post, a question and its answer). Full-text search covers every sentence; vectors serve the
    statements that claims are compared with, which keeps ingest near the analysis speed."""
    pending = store.pending_analysis(ANALYSIS_VERSION)
    done = 0
    for start in range(0, len(pending), _CHUNK):
        batch = [a for a in (store.get(i) for i in pending[start : start + _CHUNK]) if a is not None]
        for analysis in analyse_articles(batch, settings):
            store.write_analysis(analysis, ANALYSIS_VERSION)
            done += 1
            tick("analyse", done, len(pending))
    if settings.embed_at_ingest:
        _embed_pending(store, settings, tick)


def _embed_pending(store: SQLiteStore, settings: Settings, tick: Progress) -> None:
    model = embedder(settings)
    pending = store.pending_vectors(model.model_id)
    for start in range(0, len(pending), _CHUNK):
        chosen: list[tuple[str, list[Sentence]]] = []
        for aid in pending[start : start + _CHUNK]:
            spans = [p for q in store.quotes(article_id=aid) for p in q.content]
            sentences = store.sentences(aid)
            keep = [
                s
                for s in sentences
                if len(sentences) <= _EMBED_WHOLE
                or s.index == 0
                or any(p.start < s.span.end and s.span.start < p.end for p in spans)
            ]
            chosen.append((aid, keep))
        texts = [s.text for _, keep in chosen for s in keep]
        vectors = model.encode(texts) if texts else np.zeros((0, model.dim), dtype=np.float32)
        at = 0
        for aid, keep in chosen:
            store.write_vectors(aid, vectors[at : at + len(keep)], model.model_id, [s.index for s in keep])
            at += len(keep)
        tick("embed", min(start + _CHUNK, len(pending)), len(pending))


def articles(settings: Settings, limit: int | None = None) -> list[Article]:
    with open_store(settings) as store:
        return store.articles(limit)


def store_stats(settings: Settings) -> dict[str, int]:
    """Counts of stored articles, sentences, quotes and vectors, and the store's size in bytes."""
    with open_store(settings) as store:
        return store.stats()


def article(settings: Settings, article_id: str) -> tuple[Article, tuple[Sentence, ...]]:
    """One stored article and its sentences; accepts a unique id prefix (at least 4 characters)."""
    with open_store(settings) as store:
        found = store.get(article_id)
        if found is None:
            raise NotFoundError(
                f"no stored article has id {article_id!r} (or the prefix is ambiguous); "
                "list ids with `saidwhen articles`"
            )
        return found, store.sentences(found.id)


def search(
    settings: Settings, query: str, since: date | None = None, until: date | None = None, limit: int = 20
) -> list[SearchHit]:
    """Full-text search over stored sentences, newest-first ties broken by rank."""
    _check_query(query)
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}; swap them")
    with open_store(settings) as store:
        return store.search_text(query, since, until, limit)


def quotes(
    settings: Settings,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 1000,
) -> list[Quote]:
    """Stored quotes, filtered by resolved speaker (aliases accepted) and the date said."""
    with open_store(settings) as store:
        names: Iterable[str | None] = [None]
        if speaker:
            names = _speaker_names(store, speaker)
        out: list[Quote] = []
        for name in names:
            out.extend(store.quotes(speaker=name, since=since, until=until, limit=limit))
        return out[:limit]


def _speaker_names(store: SQLiteStore, speaker: str) -> list[str | None]:
    """The registry names whose name or aliases match ``speaker``, across transliterations
    (Zelensky = Zelenskyy = Zelenskiy); a single word matches a surname. Falls back to the name as given."""

    def keys(text: str) -> tuple[str, ...]:
        return tuple(name_key(w) for w in text.split())

    wanted = keys(speaker)
    names: list[str | None] = []
    for entity in store.entities():
        for form in (entity.name, *entity.aliases):
            got = keys(form)
            if got and (got == wanted or (len(wanted) == 1 and got[-1] == wanted[0])):
                names.append(entity.name)
                break
    return names or [speaker.strip()]


def _check_query(query: str) -> None:
    if not query or not query.strip():
        raise QueryError("the query is empty; give some words to search for")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters; the limit is {MAX_QUERY_CHARS}")


# --- MINIMAL timeline, added by the web layer (issue 5) until the speaker-timeline work lands.
_TOPIC_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an and are as at be by for from has have he her his i in is it its of on or she that the their they "
        "this to was were will with said says say told about would could should",
    )
)


def timeline(settings: Settings, speaker: str, topic: str | None = None) -> list[Quote]:
    """The speaker's stored quotes, oldest first; with ``topic``, those sharing a content word with it."""
    found = quotes(settings, speaker=speaker)
    if topic:
        words = {w for w in re.findall(r"\w+", topic.lower()) if w not in _TOPIC_STOP and len(w) > 2}
        found = [q for q in found if words & set(re.findall(r"\w+", q.text.lower()))]
    return sorted(found, key=lambda q: (q.said_on or q.published or date.min, q.id))


# --------------------------------------------------------------------------- check
_EMBEDDER: list[OnnxMiniLM] = []
_EMBEDDER_LOCK = threading.Lock()


def embedder(settings: Settings) -> OnnxMiniLM:
    """The process-wide sentence embedder (loaded on first use, then kept warm)."""
    with _EMBEDDER_LOCK:
        if not _EMBEDDER:
            _EMBEDDER.append(OnnxMiniLM(threads=settings.workers))
        return _EMBEDDER[0]


def check(settings: Settings, claim: str, said_by: str | None = None, on: date | None = None) -> Verdict:
    """Check a claim against the store: retrieve, align with the speaker's statements, decide."""
    with open_store(settings) as store:
        return check_claim(claim, store, embedder(settings), settings, said_by=said_by, on=on)
