"""Schema migrations for the SQLite store, applied in order and recorded in ``PRAGMA user_version``.

Append a new script to ``MIGRATIONS`` to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3

from saidwhen.errors import SchemaError

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, sentences with an FTS5 index, quotes, vectors
    """
    CREATE TABLE articles (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        id         TEXT NOT NULL UNIQUE,
        source     TEXT NOT NULL,
        title      TEXT,
        url        TEXT,
        outlet     TEXT,
        published  TEXT,
        record     TEXT NOT NULL,         -- the Article as JSON (codec.to_json)
        analysed   INTEGER NOT NULL DEFAULT 0,  -- analysis version stored; 0 = not analysed yet
        embedded   TEXT,                  -- embedding model id whose vectors are stored
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE sentences (
        id         INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        text       TEXT NOT NULL,
        UNIQUE(article_id, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE quotes (
        id         TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker    TEXT COLLATE NOCASE,
        said_on    TEXT,
        published  TEXT,
        record     TEXT NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity     TEXT COLLATE NOCASE,
        record     TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE TABLE entities (
        name       TEXT PRIMARY KEY COLLATE NOCASE,
        record     TEXT NOT NULL
    );
    CREATE TABLE vectors (
        sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
        article_id  TEXT NOT NULL,
        model       TEXT NOT NULL,
        vec         BLOB NOT NULL
    );
    CREATE INDEX vectors_article ON vectors(article_id);
    """,
    # 2: a version counter that invalidates cached vector matrices (store/vectors.py)
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value NOT NULL
    );
    INSERT INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(8))));
    INSERT INTO meta(key, value) VALUES ('vectors_version', 0);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; each step is one transaction. Returns the version."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"this database has schema version {version}, newer than this saidwhen ({SCHEMA_VERSION}); "
            "upgrade saidwhen or use another --db"
        )
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables:
            raise SchemaError("this file is an SQLite database that saidwhen did not create; use another --db")
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[step]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines():
        code = line.split("--", 1)[0]
        buf += code + "\n"
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
