"""Shared fixtures: the real seed articles in ../shared (next to the repository root)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from saidwhen.ingest import build_article
from saidwhen.ingest.readers import read_file
from saidwhen.records import Article, RawDocument
from saidwhen.settings import Settings


def _find_shared() -> Path | None:
    candidates = [Path(os.environ["SAIDWHEN_SHARED"])] if os.environ.get("SAIDWHEN_SHARED") else []
    candidates.append(Path(__file__).resolve().parents[1].parent / "shared")
    return next((c for c in candidates if (c / "seeds").is_dir()), None)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared next to the repository (or $SAIDWHEN_SHARED). Missing seeds fail, never skip."""
    found = _find_shared()
    if found is None:
        pytest.fail("../shared/seeds not found next to the repository; set SAIDWHEN_SHARED to its folder")
    return found


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def seed_raws(seeds_dir: Path) -> dict[str, RawDocument]:
    """The five seeds read as RawDocuments, keyed by their number ("000" ... "004")."""
    raws: dict[str, RawDocument] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        (doc,) = read_file(path, Settings())
        assert isinstance(doc, RawDocument), doc
        raws[path.name[:3]] = doc
    assert sorted(raws) == ["000", "001", "002", "003", "004"]
    return raws


@pytest.fixture(scope="session")
def seed_articles(seed_raws: dict[str, RawDocument]) -> dict[str, Article]:
    """The five seeds built into Articles, keyed by their number."""
    return {key: build_article(raw, Settings()) for key, raw in seed_raws.items()}
