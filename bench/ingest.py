"""Ingest throughput: read + clean + date + sentences + store (no language analysis).

    .venv/bin/python bench/ingest.py [--n 2000]

Prints articles/s over ``n`` PolNeAR-based articles ingested into a fresh SQLite store.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from _corpus import write_corpus
from saidwhen import api
from saidwhen.records import IngestStatus
from saidwhen.settings import load_settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000, help="articles to ingest")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.n)
        settings = load_settings(db=Path(tmp) / "bench.db", progress=False)
        start = time.perf_counter()
        report = api.ingest([corpus], settings, analyse=False)
        elapsed = time.perf_counter() - start
        added = report.count(IngestStatus.ADDED)
        db_mb = (Path(tmp) / "bench.db").stat().st_size / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {added} added, {len(report.failed)} failed")
    print(f"elapsed:  {elapsed:.2f} s")
    print(f"rate:     {added / elapsed:.1f} articles/s (read + clean + date + sentences + store)")
    print(f"store:    {db_mb:.1f} MB; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
