"""Analysis speed: whole analysis over PolNeAR train on 2 cores, and ``quotes --raw`` on dev from cold.

    .venv/bin/python bench/analyse.py [--limit N] [--workers 2] [--skip-raw]

Prints, for the analysis (sentences, parse, quotes, speakers, entities) of the 840 train articles:
start-up (spaCy load + forking the workers + first chunk back), steady-state articles/s (after the
first chunk), overall articles/s and peak RSS (parent, and the largest worker). Articles are built
(read, cleaned, dated) before the clock starts: ingest is not what is measured.

Then runs ``saidwhen quotes --raw DEV/text --jsonl`` on the 84 dev articles in a fresh process and prints its wall
time and articles/s including interpreter start-up and model loading. PolNeAR is read from
../shared/data (never copied into the repo).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLNEAR = SHARED / "data" / "polnear"


def _articles(limit: int | None) -> list[object]:
    from saidwhen.ingest import build_article
    from saidwhen.ingest.readers import read_file
    from saidwhen.records import RawDocument
    from saidwhen.settings import Settings

    files = sorted((POLNEAR / "train" / "text").glob("*.txt"))[:limit]
    if not files:
        raise SystemExit(f"PolNeAR train texts not found under {POLNEAR}; put shared/ beside the repo")
    out = []
    for f in files:
        for doc in read_file(f, Settings()):
            if isinstance(doc, RawDocument):
                out.append(build_article(doc, Settings()))
    return out


def bench_analysis(limit: int | None, workers: int) -> None:
    from saidwhen.analyse import analyse_articles
    from saidwhen.settings import Settings

    articles = _articles(limit)
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    first: float | None = None
    n_first = 0
    n = quotes = 0
    for analysis in analyse_articles(articles, Settings(workers=workers)):  # type: ignore[arg-type]
        n += 1
        quotes += len(analysis.quotes)
        if first is None:
            first = time.perf_counter()
            n_first = n
    total = time.perf_counter() - t0
    assert first is not None
    startup = first - t0
    steady = (n - n_first) / max(total - startup, 1e-9)
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) + (
        c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
    )
    self_mb = r1.ru_maxrss / 1024
    child_mb = c1.ru_maxrss / 1024
    print(f"analysis: {n} PolNeAR train articles, {quotes} quotes, {workers} workers")
    print(f"  start-up (load + fork + first result): {startup:.1f} s")
    print(f"  steady state: {steady:.1f} articles/s")
    print(f"  overall: {n / total:.1f} articles/s ({total:.1f} s)")
    print(f"  peak RSS: parent {self_mb:.0f} MiB, largest worker {child_mb:.0f} MiB")
    # CPU time does not depend on what else runs on the machine: the rate 2 idle cores would give.
    print(f"  CPU: {cpu / n * 1000:.0f} ms per article -> {workers * n / cpu:.1f} articles/s on {workers} idle cores")


def bench_raw() -> None:
    folder = POLNEAR / "dev" / "text"
    n = len(list(folder.glob("*.txt")))
    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        cmd = [sys.executable, "-m", "saidwhen.cli", "quotes", "--raw", str(folder), "--jsonl"]
        subprocess.run(cmd, check=True, stdout=sink)
    wall = time.perf_counter() - t0
    print(f"quotes --raw (fresh process, {n} dev articles): {wall:.1f} s, {n / wall:.1f} articles/s incl. start-up")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N train articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-raw", action="store_true")
    a = ap.parse_args()
    bench_analysis(a.limit, a.workers)
    if not a.skip_raw:
        bench_raw()


if __name__ == "__main__":
    main()
