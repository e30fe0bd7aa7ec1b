"""The ingest/articles/show/search commands through Typer's runner, on the real seeds."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhen.cli import app

runner = CliRunner()


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def test_cli_ingest_seeds_twice_keeps_five(db: Path, seeds_dir: Path) -> None:
    code, out, _ = run(db, "ingest", str(seeds_dir), "--no-analyse")
    assert code == 0 and "added 5, already present 0, failed 0" in out
    code, out, _ = run(db, "ingest", str(seeds_dir), "--no-analyse")
    assert code == 0 and "added 0, already present 5, failed 0" in out
    code, out, _ = run(db, "articles", "--json")
    rows = json.loads(out)
    assert len(rows) == 5
    assert {r["published"] for r in rows} >= {"2025-12-15", "2025-02-28"}


def _bad_files(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "cp1251.txt").write_bytes("Каллас заявила, что решать украинцам.".encode("cp1251"))
    (folder / "bad.jsonl").write_text('{"text": "A fine line about Kallas."}\nnot json at all\n', encoding="utf-8")
    with open(folder / "huge.txt", "wb") as f:  # sparse 50 MB file: refused before it is read
        f.truncate(50 * 1024 * 1024)
    (folder / "broken.html").write_text("<html><body><p>unclosed <b>tags <div></p>", encoding="utf-8")
    (folder / "loop").mkdir()
    os.symlink(folder, folder / "loop" / "back")


def test_cli_ingest_bad_batch_fails_loudly_and_keeps_store(db: Path, seeds_dir: Path, tmp_path: Path) -> None:
    run(db, "ingest", str(seeds_dir), "--no-analyse")
    before = sqlite3.connect(db).execute("SELECT id, record FROM articles ORDER BY id").fetchall()
    bad = tmp_path / "bad"
    _bad_files(bad)
    code, out, _ = run(db, "ingest", str(bad), "--no-analyse", "--json")
    assert code == 1
    report = json.loads(out)
    failed = {Path(o["source"].split(":")[0]).name: o["reason"] for o in report["outcomes"] if o["status"] == "failed"}
    for name in ("empty.txt", "binary.txt", "cp1251.txt", "bad.jsonl", "huge.txt"):
        assert failed.get(name), (name, failed)
    assert any("loop" in reason.lower() for reason in failed.values())
    added = [o for o in report["outcomes"] if o["status"] == "added"]
    assert any("bad.jsonl" in o["source"] for o in added)  # the good JSONL line still went in
    conn = sqlite3.connect(db)
    after = conn.execute("SELECT id, record FROM articles ORDER BY id").fetchall()
    assert set(before) <= set(after)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_show_and_search(db: Path, seeds_dir: Path) -> None:
    run(db, "ingest", str(seeds_dir), "--no-analyse")
    code, out, _ = run(db, "search", "tangible security guarantees", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and "tangible" in hits[0]["text"]
    aid = hits[0]["article_id"]
    code, out, _ = run(db, "show", aid[:8], "--json")
    shown = json.loads(out)
    assert shown["article"]["id"] == aid
    text = shown["article"]["text"]
    for s in shown["sentences"]:
        assert text[s["span"][0] : s["span"][1]] == s["text"]
    code, out, _ = run(db, "search", "guarantees", "--until", "2025-03-01", "--json")
    assert {h["published"] for h in json.loads(out)} <= {"2025-02-28"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "ffffffffff"], 4, "no stored article"),
        (["search", "   "], 2, "empty"),
        (["search", "x", "--since", "yesterday"], 2, "YYYY-MM-DD"),
        (["search", "x" * 5000], 2, "limit"),
    ],
)
def test_cli_read_commands_explain_bad_input(db: Path, args: list[str], code: int, message: str) -> None:
    got, _, err = run(db, *args)
    assert got == code
    assert message in err


def test_cli_refuses_a_non_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes, not a database" * 50)
    code, _, err = run(bogus, "articles")
    assert code == 3 and "cannot open the store" in err
    assert bogus.read_text().startswith("my notes")


@pytest.mark.integration
def test_cli_kill9_midway_then_rerun_is_consistent(tmp_path: Path, shared_dir: Path) -> None:
    texts = sorted((shared_dir / "data" / "polnear" / "train" / "text").glob("*.txt"))[:300]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in texts:
        shutil.copy(p, corpus / p.name)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "saidwhen.cli", "--db", str(db), "ingest", str(corpus), "--no-analyse"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stored() -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
                return int(c.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0

    while stored() < 100 and proc.poll() is None:
        pass
    proc.kill()
    proc.wait()
    assert stored() < len(texts), "the ingest finished before it could be killed"
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    with sqlite3.connect(db) as c:
        ids = [r[0] for r in c.execute("SELECT id FROM articles")]
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    distinct = {p.read_text(encoding="utf-8") for p in texts}
    assert len(ids) == len(set(ids)) == len(distinct)


def test_ingest_embeds_short_texts_whole_and_long_ones_by_statement(tmp_path: Path) -> None:
    from saidwhen import api
    from saidwhen.records import RawDocument
    from saidwhen.settings import Settings

    short = "Did the council close the bridge? Yes. It shut on Monday."  # three sentences
    long = " ".join(f"The river rose by {n} centimetres on day {n}." for n in range(1, 7))  # six, no quotes
    settings = Settings(db=tmp_path / "v.db", progress=False)
    api.ingest_documents([RawDocument(text=short, source="qa.txt"), RawDocument(text=long, source="long.txt")],
                         settings)  # fmt: skip
    # Every sentence of the short text, only the first of the long one (it carries no statement).
    assert api.store_stats(settings)["vectors"] == 3 + 1
