"""HTTP API under load: 8 clients post claims to /v1/check while articles are ingested over the API.

    .venv/bin/python bench/serve.py [--clients 8] [--requests 400] [--seconds 60] [--ingest 200]

Starts ``saidwhen serve`` as a second process on a free loopback port, over a temp store holding the
seed articles. The clients stop after ``--requests`` checks or ``--seconds``, whichever comes first;
meanwhile one writer posts ``--ingest`` PolNeAR articles in batches to ``POST /v1/articles``. Prints
throughput, p50/p95 latency, the error count (target 0), and whether every ingested article is
listed afterwards. Exits non-zero on any error or missing article.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from _corpus import SEED_CLAIMS, SHARED, polnear_texts

KEY = "bench-key"
CLAIMS = SEED_CLAIMS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``saidwhen serve`` in its own process, rate limit off; returns once /healthz answers."""
    env = {**os.environ, "SAIDWHEN_API_KEY": KEY, "SAIDWHEN_DB": str(db), "SAIDWHEN_PROGRESS": "0"}
    cmd = [sys.executable, "-m", "saidwhen.cli", "serve", "--port", str(port), "--rate-limit", "0"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not answer /healthz within 60 s")


class Clients:
    """``n`` threads sharing a request budget and a deadline; records latencies and errors."""

    def __init__(self, base: str, use_check: bool, budget: int, deadline: float) -> None:
        self.base, self.use_check, self.deadline = base, use_check, deadline
        self.budget = itertools.count()
        self.limit = budget
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def run(self, index: int) -> None:
        with httpx.Client(base_url=self.base, timeout=60) as http:
            while time.monotonic() < self.deadline and next(self.budget) < self.limit:
                claim = CLAIMS[index % len(CLAIMS)]
                start = time.perf_counter()
                try:
                    if self.use_check:
                        r = http.post("/v1/check", json={"claim": claim})
                    else:
                        r = http.get("/v1/search", params={"q": claim})
                    ok, why = r.status_code == 200, f"HTTP {r.status_code}: {r.text[:120]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - start
                with self.lock:
                    self.latencies.append(elapsed)
                    if not ok:
                        self.errors.append(why)
                index += 1


@dataclass
class Written:
    """What the writer ingested over the API."""

    ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def ingest(base: str, texts: list[str], batch: int, out: Written) -> None:
    """Post ``texts`` as JSON articles in batches; record the ids the server reported and any error."""
    ids, errors = out.ids, out.errors
    start = time.perf_counter()
    with httpx.Client(base_url=base, timeout=300, headers={"X-API-Key": KEY}) as http:
        for i in range(0, len(texts), batch):
            articles = [{"text": t, "title": f"bench {i + j}"} for j, t in enumerate(texts[i : i + batch])]
            r = http.post("/v1/articles", json={"articles": articles})
            if r.status_code not in (200, 201):
                errors.append(f"HTTP {r.status_code}: {r.text[:120]}")
                continue
            ids += [o["article_id"] for o in r.json()["outcomes"] if o["article_id"]]
            errors += [o["reason"] for o in r.json()["outcomes"] if o["status"] == "failed"]
    out.seconds = time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400, help="total checks, all clients together")
    ap.add_argument("--seconds", type=float, default=60.0, help="stop the clients after this long")
    ap.add_argument("--ingest", type=int, default=200, help="PolNeAR articles to ingest meanwhile")
    ap.add_argument("--batch", type=int, default=20, help="articles per POST /v1/articles")
    args = ap.parse_args()

    texts = [
        f"{t.rstrip()}\n\nServe benchmark copy {i}.\n" for i, t in enumerate(polnear_texts()[: args.ingest])
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "serve.db"
        seed = subprocess.run(
            [sys.executable, "-m", "saidwhen.cli", "--db", str(db), "ingest", str(SHARED / "seeds")],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if seed.returncode != 0:
            raise SystemExit(f"seeding the store failed: {seed.stderr}")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            httpx.get(f"{base}/healthz").raise_for_status()
            use_check = True
            clients = Clients(base, use_check, args.requests, time.monotonic() + args.seconds)
            written = Written()
            writer = threading.Thread(target=ingest, args=(base, texts, args.batch, written))
            threads = [threading.Thread(target=clients.run, args=(i,)) for i in range(args.clients)]
            start = time.perf_counter()
            writer.start()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - start
            writer.join(timeout=max(1.0, args.seconds * 5))
            listed = {
                a["id"] for a in httpx.get(f"{base}/v1/articles", params={"limit": 10_000}).json()["articles"]
            }
        finally:
            server.terminate()
            server.wait(timeout=30)

    ids, ingest_errors = written.ids, written.errors
    missing = [i for i in ids if i not in listed]
    lat = sorted(clients.latencies)
    what = "POST /v1/check" if use_check else "GET /v1/search"
    p50 = statistics.median(lat) if lat else float("nan")
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
    print(f"clients:    {args.clients} concurrent, {what}, loopback, server in its own process")
    print(f"requests:   {len(lat)} in {wall:.1f} s = {len(lat) / wall:.1f} requests/s")
    print(f"latency:    p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(f"errors:     {len(clients.errors)}" + (f" (first: {clients.errors[0]})" if clients.errors else ""))
    print(f"ingest:     {len(ids)} articles over the API in {written.seconds:.1f} s, "
          f"{len(ingest_errors)} errors, while the clients ran")  # fmt: skip
    print(
        f"afterwards: {len(ids) - len(missing)}/{len(ids)} ingested articles listed; missing {len(missing)}"
    )
    return 1 if clients.errors or ingest_errors or missing or len(ids) < len(texts) else 0


if __name__ == "__main__":
    raise SystemExit(main())
