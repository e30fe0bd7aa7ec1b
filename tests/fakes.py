"""An in-memory Store for unit tests of retrieval and verification (implements store.base.Store)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from datetime import date

import numpy as np

from saidwhen.records import Analysis, Article, Entity, Quote, SearchHit, Sentence, Span
from saidwhen.store.base import Vector

_WORD = re.compile(r"[a-z0-9]+")


class MemoryStore:
    """Articles, sentences, quotes and vectors in dicts; BM25 over sentences; cosine over vectors."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.sentence_rows: dict[str, tuple[Sentence, ...]] = {}
        self.quote_rows: dict[str, list[Quote]] = {}
        self.vectors: dict[str, Vector] = {}
        self.vector_model: dict[str, str] = {}
        self.text_queries: list[str] = []

    def write(self, article: Article, sentences: Sequence[Sentence]) -> bool:
        if article.id in self.articles:
            return False
        self.articles[article.id] = article
        self.sentence_rows[article.id] = tuple(sentences)
        return True

    def write_analysis(self, analysis: Analysis) -> None:
        self.quote_rows[analysis.article_id] = list(analysis.quotes)

    def write_vectors(
        self, article_id: str, vectors: Vector, model: str, indices: Sequence[int] | None = None
    ) -> None:
        if indices is not None:
            raise NotImplementedError("the fake store keeps one vector per sentence")
        self.vectors[article_id] = np.asarray(vectors, dtype=np.float32)
        self.vector_model[article_id] = model

    def get(self, article_id: str) -> Article | None:
        matches = [a for k, a in self.articles.items() if k.startswith(article_id)]
        return matches[0] if len(matches) == 1 else None

    def sentences(self, article_id: str) -> tuple[Sentence, ...]:
        return self.sentence_rows.get(article_id, ())

    def quotes(
        self,
        speaker: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
        limit: int = 1000,
    ) -> list[Quote]:
        out = [q for qs in self.quote_rows.values() for q in qs]
        if speaker:
            out = [q for q in out if (q.speaker or "").lower() == speaker.lower()]
        if article_id:
            out = [q for q in out if q.article_id == article_id]
        return out[:limit]

    def quote_texts(
        self, speaker: str, since: date | None = None, until: date | None = None, limit: int = 5000
    ) -> list[tuple[str, str, str]]:
        return [(q.id, q.article_id, q.text) for q in self.quotes(speaker=speaker, limit=limit)]

    def quotes_by_id(self, ids: Sequence[str]) -> list[Quote]:
        wanted = set(ids)
        return [q for qs in self.quote_rows.values() for q in qs if q.id in wanted]

    def quote_heads(self, article_id: str) -> list[tuple[str, str | None, tuple[Span, ...]]]:
        return [(q.id, q.speaker, q.content) for q in self.quotes(article_id=article_id)]

    def delete(self, article_id: str) -> bool:
        found = self.articles.pop(article_id, None)
        self.sentence_rows.pop(article_id, None)
        self.quote_rows.pop(article_id, None)
        self.vectors.pop(article_id, None)
        return found is not None

    def entities(self) -> list[Entity]:
        return []  # the fake keeps no registry

    def count(self) -> int:
        return len(self.articles)

    def ids(self) -> Iterator[str]:
        yield from self.articles

    def _hit(self, s: Sentence, score: float) -> SearchHit:
        a = self.articles[s.article_id]
        return SearchHit(s.article_id, s.index, s.span, s.text, score, a.title, a.published.value, a.outlet, a.source)

    def search_text(
        self, query: str, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        assert not re.search(r'NEAR\(|["*]|(^|\s)-\w', query), f"FTS syntax reached the store: {query!r}"
        self.text_queries.append(query)
        terms = set(_WORD.findall(query.lower()))
        rows = [s for ss in self.sentence_rows.values() for s in ss]
        n = len(rows) or 1
        df = {t: sum(1 for s in rows if t in _WORD.findall(s.text.lower())) for t in terms}
        scored = []
        for s in rows:
            words = _WORD.findall(s.text.lower())
            score = sum(math.log(1 + n / (1 + df[t])) for t in terms if t in words)
            if score > 0:
                scored.append((score, s))
        scored.sort(key=lambda x: -x[0])
        return [self._hit(s, score) for score, s in scored[:limit]]

    def texts_with(self, word: str, limit: int = 20) -> list[str]:
        rows = [s for ss in self.sentence_rows.values() for s in ss]
        return [s.text for s in rows if word.lower() in _WORD.findall(s.text.lower())][:limit]

    def sentence_vectors(self, keys: Sequence[tuple[str, int]], model: str) -> dict[tuple[str, int], Vector]:
        out: dict[tuple[str, int], Vector] = {}
        for aid, idx in keys:
            matrix = self.vectors.get(aid)
            if matrix is not None and self.vector_model.get(aid) == model and 0 <= idx < len(matrix):
                out[(aid, idx)] = matrix[idx]
        return out

    def search_vector(
        self, vector: Vector, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        scored = []
        for article_id, matrix in self.vectors.items():
            for s, row in zip(self.sentence_rows[article_id], matrix, strict=True):
                scored.append((float(row @ vector), s))
        scored.sort(key=lambda x: -x[0])
        return [self._hit(s, score) for score, s in scored[:limit]]

    def close(self) -> None:
        return None
