"""Crash safety: kill -9 an ingest half-way, re-run it, and check nothing is duplicated or missing.

    .venv/bin/python bench/kill9.py [--n 2000] [--analyse]

Exits non-zero if the store is inconsistent after the re-run.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import write_corpus
from saidwhen.records import content_id


def count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def ingest_cmd(db: Path, corpus: Path, analyse: bool) -> list[str]:
    cmd = [sys.executable, "-m", "saidwhen.cli", "--db", str(db), "ingest", str(corpus)]
    return cmd if analyse else [*cmd, "--no-analyse"]


def run(n: int, analyse: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "crash.db"
        paths = write_corpus(corpus, n)
        expected = {content_id(p.read_text(encoding="utf-8")) for p in paths}
        proc = subprocess.Popen(ingest_cmd(db, corpus, analyse), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 300
        while count(db) < n // 2 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        at_kill = count(db)
        print(f"killed with -9 after {at_kill} of {n} articles")
        rerun = subprocess.run(ingest_cmd(db, corpus, analyse), capture_output=True, text=True)
        conn = sqlite3.connect(db)
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        fts = conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')") and "ok"
        orphans = conn.execute(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM articles WHERE analysed = 0").fetchone()[0]
        conn.close()
    dupes, missing = len(ids) - len(set(ids)), len(expected - set(ids))
    print(f"re-run exit {rerun.returncode}: {rerun.stdout.strip()}")
    print(
        f"after re-run: {len(ids)} articles, {dupes} duplicates, {missing} missing, "
        f"integrity_check {integrity}, fts {fts}, orphan sentences {orphans}, unanalysed {pending if analyse else '-'}"
    )
    ok = at_kill < n and dupes == 0 and missing == 0 and integrity == "ok" and orphans == 0
    ok = ok and (pending == 0 or not analyse) and rerun.returncode == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--analyse", action="store_true", help="also run quote analysis and embedding")
    args = ap.parse_args()
    sys.exit(run(args.n, args.analyse))


if __name__ == "__main__":
    main()
