"""``saidwhen quotes`` over the store (aliases, dates) and ``--raw --jsonl`` on plain text files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhen.cli import app

runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "store.db"
    assert runner.invoke(app, ["--db", str(path), "ingest", str(seeds_dir)]).exit_code == 0
    return path


def speakers(db: Path, *args: str) -> set[str]:
    result = runner.invoke(app, ["--db", str(db), "quotes", *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return {q["speaker"] for q in json.loads(result.stdout)}


@pytest.mark.parametrize("name", ["Zelensky", "Zelenskiy", "zelenskyy", "Volodymyr Zelenskyy"])
def test_cli_quotes_speaker_aliases_find_every_spelling(db: Path, name: str) -> None:
    found = speakers(db, "--speaker", name)
    assert found and all("Zelensk" in s for s in found)
    assert len(found) == len(speakers(db, "--speaker", "Zelensky"))


def test_cli_quotes_filters_by_date_said(db: Path) -> None:
    assert speakers(db, "--speaker", "Kallas", "--since", "2025-12-01") == {"Kaja Kallas"}
    early = runner.invoke(app, ["--db", str(db), "quotes", "--speaker", "Kallas", "--until", "2025-03-01", "--json"])
    days = {q["said_on"] or q["published"] for q in json.loads(early.stdout)}
    assert days and all(d <= "2025-03-01" for d in days)


def test_cli_quotes_raw_jsonl_offsets_index_the_file(seeds_dir: Path) -> None:
    result = runner.invoke(app, ["quotes", "--raw", str(seeds_dir / "000_ee17d7f5eae074a5.txt"), "--jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = (seeds_dir / "000_ee17d7f5eae074a5.txt").read_text(encoding="utf-8")
    assert rows and {r["article"] for r in rows} == {"000_ee17d7f5eae074a5"}
    assert set(rows[0]) == {"article", "content", "cue", "source", "speaker", "direct"}
    noted = [r for r in rows if r["cue"] and text[r["cue"][0] : r["cue"][1]] == "noted"]
    assert noted and noted[0]["speaker"] == "Kaja Kallas" and noted[0]["direct"] is True
    assert text[noted[0]["source"][0] : noted[0]["source"][1]] == "Kallas"


def test_cli_timeline_is_oldest_first_and_on_topic(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "timeline", "Kallas", "--topic", "NATO membership", "--json"])
    rows = json.loads(result.stdout)
    days = [q["said_on"] or q["published"] or "" for q in rows]
    assert rows and days == sorted(days)
    assert all("nato" in q["text"].lower() or "membership" in q["text"].lower() for q in rows)
