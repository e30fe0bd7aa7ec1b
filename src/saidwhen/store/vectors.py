"""The dense-vector matrix of a SQLite store, for brute-force cosine search.

SQLite keeps the vectors (the source of truth). Scanning needs them as one matrix, and reading 150,000
blobs takes about half a second, so the matrix is cached twice: in the process (a warm server or a
benchmark loop reuses it) and in a sidecar file beside the store (``<db>.vectors.npy`` and
``<db>.vectors.ids.npy``, float16, memory-mapped) so that a cold CLI call skips the rebuild. Both are
keyed by the store's id and a version counter that every vector write or delete bumps, so a stale
cache is never used; a sidecar is only ever replaced whole (written aside, then renamed).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import numpy as np

Matrix = np.ndarray[Any, np.dtype[Any]]
Ids = np.ndarray[Any, np.dtype[np.int64]]

_PROCESS: dict[str, tuple[str, Matrix, Ids]] = {}
_LOCK = threading.Lock()


def cache_key(conn: sqlite3.Connection) -> str:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('store_id', 'vectors_version')"))
    return f"{rows.get('store_id')}:{rows.get('vectors_version')}"


def bump(conn: sqlite3.Connection) -> None:
    """Mark every cached matrix of this store stale (call inside the writing transaction)."""
    conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'vectors_version'")


def _paths(db: Path) -> tuple[Path, Path, Path]:
    return (
        db.with_name(db.name + ".vectors.npy"),
        db.with_name(db.name + ".vectors.ids.npy"),
        db.with_name(db.name + ".vectors.json"),
    )


def _from_sidecar(db: Path, key: str) -> tuple[Matrix, Ids] | None:
    mat_path, ids_path, key_path = _paths(db)
    try:
        if json.loads(key_path.read_text(encoding="utf-8")).get("key") != key:
            return None
        mat = np.load(mat_path, mmap_mode="r")
        ids = np.load(ids_path)
    except (OSError, ValueError):
        return None
    return (mat, ids) if mat.ndim == 2 and len(ids) == mat.shape[0] else None


def _to_sidecar(db: Path, key: str, mat: Matrix, ids: Ids) -> None:
    mat_path, ids_path, key_path = _paths(db)
    try:
        key_path.unlink(missing_ok=True)  # invalidate first: a crash mid-write leaves no valid key
        for path, data in ((mat_path, mat), (ids_path, ids)):
            tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                np.save(f, data)
            os.replace(tmp, path)
        key_path.write_text(json.dumps({"key": key}), encoding="utf-8")
    except OSError:
        pass  # a read-only folder only costs speed: the matrix is rebuilt next time


def _from_rows(conn: sqlite3.Connection) -> tuple[Matrix, Ids]:
    rows = conn.execute("SELECT sentence_id, vec FROM vectors ORDER BY sentence_id").fetchall()
    if not rows:
        return np.zeros((0, 0), dtype=np.float16), np.zeros(0, dtype=np.int64)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    mat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    return mat.astype(np.float16), ids


def load(conn: sqlite3.Connection, db: Path) -> tuple[Matrix, Ids]:
    """The current (matrix, sentence ids) of the store at ``db``, from the fastest valid cache."""
    key = cache_key(conn)
    name = str(db.resolve())
    with _LOCK:
        hit = _PROCESS.get(name)
        if hit is not None and hit[0] == key:
            return hit[1], hit[2]
        found = _from_sidecar(db, key)
        if found is None:
            found = _from_rows(conn)
            _to_sidecar(db, key, *found)
        # float16 on disk halves the file; numpy has no fast float16 product, so scan in float32.
        found = (np.asarray(found[0], dtype=np.float32), found[1])
        _PROCESS[name] = (key, *found)
        return found
