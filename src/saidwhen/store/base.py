"""The Store protocol: the one seam between the pipeline and a database.

Every backend must pass ``tests/test_store_conformance.py``. SQLite (``store/sqlite.py``) is the
embedded default. A backend stores, per article: the Article, its sentences, its analysis (quotes,
mentions) and optionally one vector per sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Protocol

import numpy as np
import numpy.typing as npt

from saidwhen.records import Analysis, Article, Entity, Quote, SearchHit, Sentence, Span

Vector = npt.NDArray[np.float32]


class Store(Protocol):
    """Small storage interface: write, get, delete, count, search_text, search_vector."""

    def write(self, article: Article, sentences: Sequence[Sentence]) -> bool:
        """Store an article and its sentences in one transaction; False if the id was already stored."""

    def write_analysis(self, analysis: Analysis) -> None:
        """Store (replace) an article's quotes and mentions in one transaction."""

    def write_vectors(self, article_id: str, vectors: Vector, model: str, indices: Sequence[int] | None = None) -> None:
        """Store (replace) the article's sentence vectors in one transaction: one row per sentence, in
        order, or one per sentence index in ``indices`` (only the sentences worth embedding)."""

    def get(self, article_id: str) -> Article | None:
        """The stored article, or None. Accepts a unique id prefix."""

    def sentences(self, article_id: str) -> tuple[Sentence, ...]:
        """The article's sentences in order."""

    def quotes(
        self,
        speaker: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
        limit: int = 1000,
    ) -> list[Quote]:
        """Stored quotes, filtered; speaker matches the resolved name (case-insensitive)."""

    def quote_texts(
        self, speaker: str, since: date | None = None, until: date | None = None, limit: int = 5000
    ) -> list[tuple[str, str, str]]:
        """(quote id, article id, content text) of a speaker's quotes: cheap rows to choose from before
        reading whole records with ``quotes_by_id``."""

    def quotes_by_id(self, ids: Sequence[str]) -> list[Quote]:
        """The stored quotes with these ids (in no particular order)."""

    def quote_heads(self, article_id: str) -> list[tuple[str, str | None, tuple[Span, ...]]]:
        """(quote id, speaker, content spans) of an article's quotes, in stored order: enough to tell who
        said a sentence without reading every whole record."""

    def delete(self, article_id: str) -> bool:
        """Remove an article and everything derived from it; False if absent."""

    def entities(self) -> list[Entity]:
        """Every entity of the corpus-wide registry (names, aliases, roles)."""
        ...

    def count(self) -> int:
        """Number of stored articles."""

    def ids(self) -> Iterator[str]:
        """All article ids, oldest ingest first."""

    def search_text(
        self, query: str, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Full-text (BM25) search over sentences. ``query`` is plain words: never FTS syntax."""

    def texts_with(self, word: str, limit: int = 20) -> list[str]:
        """Up to ``limit`` sentence texts holding ``word`` (any of them, unranked: how the corpus writes a word)."""
        ...

    def sentence_vectors(self, keys: Sequence[tuple[str, int]], model: str) -> dict[tuple[str, int], Vector]:
        """The stored ``model`` vectors of the sentences ``keys`` ((article id, sentence index));
        sentences without one are left out."""
        ...

    def search_vector(
        self, vector: Vector, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Nearest sentences by cosine similarity to ``vector`` (unit-normalised)."""

    def close(self) -> None:
        """Release the connection."""
