"""Claim-check latency on a large corpus: p50/p95 warm (in-process) and cold (a fresh CLI process).

    .venv/bin/python bench/check.py [--n 10000] [--db /tmp/saidwhen-bench-check.db] [--runs 20]

Builds (once; the store is kept at --db for later runs) a corpus of ``n`` articles: the five seeds,
every PolNeAR text, and articles assembled from paragraphs of PolNeAR texts (seeded, so the corpus is
the same every time), ingested with full analysis and vectors. Prints index size, peak memory and the
latencies.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import SEED_CLAIMS, SHARED, polnear_texts
from saidwhen import api
from saidwhen.settings import load_settings

CLAIMS = [
    *SEED_CLAIMS,
    "Trump said he would build a wall on the southern border.",
    "Clinton said she never sent classified material on her private email server.",
    "Obama said the Iran deal will prevent Iran from getting a nuclear weapon.",
    "Sanders said the minimum wage should be raised to 15 dollars an hour.",
    "Cruz said he would carpet bomb ISIS.",
    "Rubio said Trump is a con artist.",
    "Trump said Mexico will pay for the wall.",
    "Clinton said Trump is unfit to be president.",
    "Kallas said it is up to Ukrainians to decide.",
    "Zelenskyy said Ukraine will never recognise Russian control of Crimea.",
    "Pence said Russia is responsible for the hacks.",
    "Kaine said Clinton will protect Social Security.",
    "Ryan said he would no longer defend Trump.",
    "Obama said Trump is unfit to serve.",
    "McConnell said the Senate will not hold hearings on a Supreme Court nominee.",
    "Putin said Russia had nothing to do with the hacking.",
]
# Twenty claims, so the default twenty warm runs check each once: a claim checked again would find its
# words already in the in-process caches and time faster than a new one.


def build_corpus(folder: Path, n: int) -> None:
    texts = polnear_texts()
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    paragraphs = [p for t in texts for p in t.split("\n\n") if len(p) > 80]
    rng = random.Random(7)
    for i in range(n - 5):
        text = texts[i] if i < len(texts) else "\n\n".join(rng.sample(paragraphs, 8))
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "saidwhen-bench-check.db")
    ap.add_argument("--runs", type=int, default=20, help="checks per mode")
    ap.add_argument("--rebuild", action="store_true", help="build the corpus store again")
    args = ap.parse_args()
    settings = load_settings(db=args.db, progress=False)
    if args.rebuild or not args.db.exists() or not api.articles(settings, limit=1):
        args.db.unlink(missing_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            build_corpus(Path(tmp) / "corpus", args.n)
            start = time.perf_counter()
            report = api.ingest([Path(tmp) / "corpus"], settings)
            print(f"built corpus: {len(report.outcomes)} documents in {time.perf_counter() - start:.0f} s")
    else:
        print(f"reusing the store at {args.db} (--rebuild to build it again)")
    stats = api.store_stats(settings)
    print("store: " + ", ".join(f"{k} {v}" for k, v in stats.items()))

    warm: list[float] = []
    api.check(settings, CLAIMS[0])  # load models once; warm means loaded
    for i in range(args.runs):
        start = time.perf_counter()
        api.check(settings, CLAIMS[i % len(CLAIMS)])
        warm.append(time.perf_counter() - start)
    cold: list[float] = []
    for i in range(max(3, args.runs // 4)):
        cmd = [sys.executable, "-m", "saidwhen.cli", "--db", str(args.db), "check", CLAIMS[i % len(CLAIMS)], "--json"]
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        cold.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"warm check (in-process): p50 {statistics.median(warm):.3f} s, p95 {percentile(warm, 0.95):.3f} s")
    print(f"cold check (CLI process): p50 {statistics.median(cold):.3f} s, p95 {percentile(cold, 0.95):.3f} s")
    print(f"peak RSS of the warm process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
