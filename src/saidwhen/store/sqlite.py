"""SQLite store: the embedded default backend (WAL, one transaction per article, FTS5 over sentences).

Records are kept as JSON (``codec``) beside the columns that queries filter on. Sentence vectors are
float32 blobs; dense search loads them once into a matrix cached per connection and scans it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from saidwhen.codec import from_json, to_json
from saidwhen.errors import StoreError
from saidwhen.records import Analysis, Article, Entity, Quote, SearchHit, Sentence, Span
from saidwhen.store import vectors as vector_cache
from saidwhen.store.base import Vector
from saidwhen.store.migrations import migrate


@lru_cache(maxsize=8192)
def _quote(record: str) -> Quote:
    """A stored quote record, decoded once per process: records are immutable values keyed by their own text, so
    a changed record is a new key (a check reads the same articles' quotes many times over)."""
    return from_json(Quote, json.loads(record))


@lru_cache(maxsize=65536)
def _spans(content: str) -> tuple[Span, ...]:
    """A quote's content spans from their JSON (``[[start, end], ...]``)."""
    return tuple(Span(int(a), int(b)) for a, b in json.loads(content))


@lru_cache(maxsize=1024)
def _article(record: str) -> Article:
    """A stored article record, decoded once per process (as ``_quote``)."""
    return from_json(Article, json.loads(record))

_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to help ranking; dropping them keeps OR queries cheap on large archives.
_STOP = frozenset(
    "a an and are as at be by for from has have he her his i in is it its of on or she that the their "
    "they this to was were will with".split()
    # What the tokenizer leaves of a contraction or possessive ("Ukraine's", "don't"): in most sentences.
    + "s t d m ll re ve".split()
)


def fts_query(text: str) -> str | None:
    """Plain words of ``text`` as a safe FTS5 OR-query (every token quoted); None if no words remain."""
    words = [w.lower() for w in _WORD.findall(text)]
    kept = [w for w in words if w not in _STOP] or words
    unique = list(dict.fromkeys(kept))[:64]
    if not unique:
        return None
    return " OR ".join('"' + w.replace('"', "") + '"' for w in unique)


class SQLiteStore:
    """The Store protocol over one SQLite file. Cheap to construct; the file is opened at once."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"--db {self.path} is a directory; give a file path such as {self.path}/saidwhen.db")
        try:
            self._conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA busy_timeout=10000")
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}; check the path or use another --db") from None

    # ------------------------------------------------------------------ writing
    def _tx(self) -> _Transaction:
        return _Transaction(self._conn)

    def write(self, article: Article, sentences: Sequence[Sentence]) -> bool:
        with self._tx() as c:
            if c.execute("SELECT 1 FROM articles WHERE id=?", (article.id,)).fetchone():
                return False
            c.execute(
                "INSERT INTO articles(id, source, title, url, outlet, published, record) VALUES (?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.source,
                    article.title,
                    article.url,
                    article.outlet,
                    _iso(article.published.value),
                    json.dumps(to_json(article), ensure_ascii=False),
                ),
            )
            c.executemany(
                'INSERT INTO sentences(article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
                [(article.id, s.index, s.span.start, s.span.end, s.text) for s in sentences],
            )
            c.execute(
                "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE article_id = ?",
                (article.id,),
            )
        return True

    def write_analysis(self, analysis: Analysis, version: int = 1) -> None:
        aid = analysis.article_id
        with self._tx() as c:
            if not c.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                raise StoreError(f"article {aid} is not stored; ingest it before writing its analysis")
            c.execute("DELETE FROM quotes WHERE article_id=?", (aid,))
            c.execute("DELETE FROM mentions WHERE article_id=?", (aid,))
            c.executemany(
                "INSERT OR REPLACE INTO quotes(id, article_id, speaker, said_on, published, record) "
                "VALUES (?,?,?,?,?,?)",
                [
                    (
                        q.id,
                        aid,
                        q.speaker,
                        _iso(q.said_on),
                        _iso(q.published),
                        json.dumps(to_json(q), ensure_ascii=False),
                    )
                    for q in analysis.quotes
                ],
            )
            c.executemany(
                "INSERT INTO mentions(article_id, entity, record) VALUES (?,?,?)",
                [(aid, m.entity, json.dumps(to_json(m), ensure_ascii=False)) for m in analysis.mentions],
            )
            for e in analysis.entities:
                self._merge_entity(c, e)
            c.execute("UPDATE articles SET analysed=? WHERE id=?", (version, aid))

    def _merge_entity(self, c: sqlite3.Connection, entity: Entity) -> None:
        row = c.execute("SELECT record FROM entities WHERE name=?", (entity.name,)).fetchone()
        if row:
            old = from_json(Entity, json.loads(row[0]))
            entity = Entity(
                name=old.name,
                kind=old.kind,
                aliases=tuple(dict.fromkeys(old.aliases + entity.aliases)),
                roles=tuple(dict.fromkeys(old.roles + entity.roles)),
            )
        c.execute(
            "INSERT OR REPLACE INTO entities(name, record) VALUES (?, ?)",
            (entity.name, json.dumps(to_json(entity), ensure_ascii=False)),
        )

    def write_vectors(self, article_id: str, vectors: Vector, model: str, indices: Sequence[int] | None = None) -> None:
        with self._tx() as c:
            rows = c.execute("SELECT idx, id FROM sentences WHERE article_id=? ORDER BY idx", (article_id,))
            by_idx = dict(rows.fetchall())
            chosen = list(indices) if indices is not None else sorted(by_idx)
            if len(chosen) != len(vectors) or any(i not in by_idx for i in chosen):
                raise StoreError(f"{len(vectors)} vectors do not match sentences {chosen} of article {article_id}")
            c.execute("DELETE FROM vectors WHERE article_id=?", (article_id,))
            c.executemany(
                "INSERT INTO vectors(sentence_id, article_id, model, vec) VALUES (?,?,?,?)",
                [
                    (by_idx[i], article_id, model, np.asarray(v, dtype=np.float32).tobytes())
                    for i, v in zip(chosen, vectors, strict=True)
                ],
            )
            c.execute("UPDATE articles SET embedded=? WHERE id=?", (model, article_id))
            vector_cache.bump(c)

    def delete(self, article_id: str) -> bool:
        with self._tx() as c:
            rows = c.execute("SELECT id, text FROM sentences WHERE article_id=?", (article_id,)).fetchall()
            for sid, text in rows:
                c.execute("INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', ?, ?)", (sid, text))
            c.execute("DELETE FROM vectors WHERE article_id=?", (article_id,))
            cur = c.execute("DELETE FROM articles WHERE id=?", (article_id,))
            gone = cur.rowcount > 0
            vector_cache.bump(c)
        return gone

    # ------------------------------------------------------------------ reading
    def get(self, article_id: str) -> Article | None:
        key = article_id.strip().lower()
        if not re.fullmatch(r"[0-9a-f]{4,64}", key):
            return None
        rows = self._conn.execute(
            "SELECT record FROM articles WHERE id >= ? AND id < ? LIMIT 2", (key, key + "g")
        ).fetchall()
        if len(rows) != 1:
            return None
        return _article(rows[0][0])

    def sentences(self, article_id: str) -> tuple[Sentence, ...]:
        rows = self._conn.execute(
            'SELECT idx, start, "end", text FROM sentences WHERE article_id=? ORDER BY idx', (article_id,)
        )
        return tuple(Sentence(article_id, i, Span(s, e), t) for i, s, e, t in rows)

    def quotes(
        self,
        speaker: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
        limit: int = 1000,
    ) -> list[Quote]:
        sql, args = _quote_filter("SELECT record FROM quotes", speaker, article_id, since, until)
        sql += " ORDER BY coalesce(said_on, published), id LIMIT ?"
        args.append(limit)
        return [_quote(r[0]) for r in self._conn.execute(sql, args)]

    def quote_texts(
        self, speaker: str, since: date | None = None, until: date | None = None, limit: int = 5000
    ) -> list[tuple[str, str, str]]:
        if not speaker:
            return []
        head = "SELECT id, article_id, json_extract(record, '$.text') FROM quotes"
        sql, args = _quote_filter(head, speaker, None, since, until)
        args.append(limit)
        return [(qid, aid, text or "") for qid, aid, text in self._conn.execute(sql + " LIMIT ?", args)]

    def quote_heads(self, article_id: str) -> list[tuple[str, str | None, tuple[Span, ...]]]:
        rows = self._conn.execute(
            "SELECT id, speaker, json_extract(record, '$.content') FROM quotes "
            "WHERE article_id=? ORDER BY coalesce(said_on, published), id",
            (article_id,),
        )
        return [(qid, speaker, _spans(content)) for qid, speaker, content in rows]

    def quotes_by_id(self, ids: Sequence[str]) -> list[Quote]:
        out: list[Quote] = []
        wanted = list(dict.fromkeys(ids))
        for at in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
            chunk = wanted[at : at + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(f"SELECT record FROM quotes WHERE id IN ({marks})", chunk)
            out.extend(_quote(r[0]) for r in rows)
        return out

    def entities(self) -> list[Entity]:
        """Every entity in the corpus-wide registry."""
        return [from_json(Entity, json.loads(r[0])) for r in self._conn.execute("SELECT record FROM entities")]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def ids(self) -> Iterator[str]:
        for (aid,) in self._conn.execute("SELECT id FROM articles ORDER BY seq").fetchall():
            yield aid

    def articles(self, limit: int | None = None) -> list[Article]:
        """Stored articles, oldest ingest first."""
        rows = self._conn.execute("SELECT record FROM articles ORDER BY seq LIMIT ?", (limit if limit else -1,))
        return [from_json(Article, json.loads(r[0])) for r in rows]

    def pending_analysis(self, version: int) -> list[str]:
        """Ids of articles whose stored analysis is older than ``version`` (or missing)."""
        return [r[0] for r in self._conn.execute("SELECT id FROM articles WHERE analysed < ? ORDER BY seq", (version,))]

    def pending_vectors(self, model: str) -> list[str]:
        """Ids of articles without vectors from ``model``."""
        rows = self._conn.execute("SELECT id FROM articles WHERE embedded IS NOT ? ORDER BY seq", (model,))
        return [r[0] for r in rows]

    def search_text(
        self, query: str, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        match = fts_query(query)
        if match is None:
            return []
        columns = 's.article_id, s.idx, s.start, s."end", s.text, f.rank, a.title, a.published, a.outlet, a.source'
        args: list[Any] = [match]
        if since or until:
            sql = (
                f"SELECT {columns} FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ?) f "
                "JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id WHERE 1"
            )
            sql, args = _date_filter(sql, args, since, until)
            sql += " ORDER BY f.rank LIMIT ?"
            args.append(limit)
        else:  # the best rows first, then the joins for those rows only
            sql = (
                f"SELECT {columns} FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY rank LIMIT ?) f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
                "ORDER BY f.rank"
            )
            args.append(limit)
        return [
            SearchHit(aid, idx, Span(s, e), text, -rank, title, _date(pub), outlet, source)
            for aid, idx, s, e, text, rank, title, pub, outlet, source in self._conn.execute(sql, args)
        ]

    def texts_with(self, word: str, limit: int = 20) -> list[str]:
        words = _WORD.findall(word.lower())
        if len(words) != 1:
            return []
        sql = (
            "SELECT s.text FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?) f "
            "JOIN sentences s ON s.id = f.rowid"
        )
        return [text for (text,) in self._conn.execute(sql, ('"' + words[0].replace('"', "") + '"', limit))]

    def sentence_vectors(self, keys: Sequence[tuple[str, int]], model: str) -> dict[tuple[str, int], Vector]:
        wanted = list(dict.fromkeys(keys))
        out: dict[tuple[str, int], Vector] = {}
        for start in range(0, len(wanted), 400):  # SQLite's limit on bound parameters
            chunk = wanted[start : start + 400]
            pairs = " OR ".join("(s.article_id=? AND s.idx=?)" for _ in chunk)
            sql = (
                "SELECT s.article_id, s.idx, v.vec FROM sentences s JOIN vectors v ON v.sentence_id = s.id "
                f"WHERE v.model=? AND ({pairs})"
            )
            args: list[Any] = [model, *(x for key in chunk for x in key)]
            for aid, idx, blob in self._conn.execute(sql, args):
                out[(aid, idx)] = np.frombuffer(blob, dtype=np.float32)
        return out

    def search_vector(
        self, vector: Vector, since: date | None = None, until: date | None = None, limit: int = 20
    ) -> list[SearchHit]:
        mat, ids = vector_cache.load(self._conn, self.path)
        if len(ids) == 0:
            return []
        scores = np.asarray(mat @ np.asarray(vector, dtype=mat.dtype), dtype=np.float32)
        # Take extra candidates so date filtering can still fill ``limit``.
        k = min(len(ids), limit * (8 if since or until else 1))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        by_id = {int(ids[i]): float(scores[i]) for i in top}
        marks = ",".join("?" * len(by_id))
        sql = (
            'SELECT s.id, s.article_id, s.idx, s.start, s."end", s.text, a.title, a.published, a.outlet, a.source '
            f"FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id IN ({marks})"
        )
        args: list[Any] = list(by_id)
        sql, args = _date_filter(sql, args, since, until)
        hits = [
            SearchHit(aid, idx, Span(s, e), text, by_id[sid], title, _date(pub), outlet, source)
            for sid, aid, idx, s, e, text, title, pub, outlet, source in self._conn.execute(sql, args)
        ]
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def stats(self) -> dict[str, int]:
        """Row counts and on-disk size, for benchmarks and ``/healthz``."""
        out = {
            table: int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "sentences", "quotes", "vectors")
        }
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        size = self._conn.execute("PRAGMA page_size").fetchone()[0]
        out["db_bytes"] = int(pages * size)
        return out

    def integrity(self) -> str:
        """``PRAGMA integrity_check`` result ("ok" when healthy)."""
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error: a write is all or nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the store is busy or read-only ({exc}); retry, or check file permissions") from None
        return self.conn

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _quote_filter(
    head: str, speaker: str | None, article_id: str | None, since: date | None, until: date | None
) -> tuple[str, list[Any]]:
    """``head`` with the WHERE clause shared by the quote queries (dates are when said, else published)."""
    sql, args = head + " WHERE 1=1", []
    for clause, value in (
        (" AND speaker = ?", speaker),
        (" AND article_id = ?", article_id),
        (" AND coalesce(said_on, published) >= ?", since.isoformat() if since else None),
        (" AND coalesce(said_on, published) <= ?", until.isoformat() if until else None),
    ):
        if value:
            sql += clause
            args.append(value)
    return sql, args


def _date_filter(sql: str, args: list[Any], since: date | None, until: date | None) -> tuple[str, list[Any]]:
    if since:
        sql += " AND a.published >= ?"
        args.append(since.isoformat())
    if until:
        sql += " AND a.published <= ?"
        args.append(until.isoformat())
    return sql, args
