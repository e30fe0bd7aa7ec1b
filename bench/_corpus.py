"""Benchmark corpora built from ../shared/data (read from there, written to a temp folder, never copied
into the repo)."""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLNEAR = SHARED / "data" / "polnear"

# Issue 4's four acceptance claims about the seeds: the claims every check benchmark starts from.
SEED_CLAIMS = [
    "Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership.",
    "Zelenskyy said Kyiv could drop its bid to join NATO if the United States and Europe give binding "
    "security guarantees.",
    "Kallas said Russia wants this peace.",
    "Kallas said Ukraine should join the European Union by 2027.",
]


def polnear_texts() -> list[str]:
    """Every PolNeAR article text (train then dev), sorted by name."""
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    if not files:
        raise SystemExit(f"PolNeAR texts not found under {POLNEAR}; put shared/ beside the repo")
    return [f.read_text(encoding="utf-8") for f in files]


def write_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct plain-text articles in ``folder``: PolNeAR texts, repeated with a variant line
    so every file has its own content id."""
    texts = polnear_texts()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):
            text = f"{text.rstrip()}\n\nBenchmark variant {i // len(texts)}.\n"
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
