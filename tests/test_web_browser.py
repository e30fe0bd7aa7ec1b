"""The page end to end in real headless Chromium (Debian's ``chromium`` package, driven by Playwright).

The browser is the system one (``apt-get install -y chromium``), never a Playwright download. The
server is uvicorn on a free loopback port over a temp store holding the five seed articles. The
Kallas test saves ``docs/screenshot.png``, the screenshot the README shows.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from saidwhen import api
from saidwhen.settings import load_settings
from saidwhen.web import WebLimits, create_app

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="pip install playwright (no browser download needed)"
)
uvicorn = pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
KALLAS_CLAIM = "Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership."
# Her conditional remark as seeds 000 and 001 report it.
CONDITIONAL = re.compile(r"\bif (they concede|Ukraine declines|this is not in question)", re.IGNORECASE)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}; put shared/ beside the repo")
    settings = load_settings(db=tmp_path_factory.mktemp("browser") / "seeds.db", progress=False)
    assert not api.ingest([SEEDS], settings).failed
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, WebLimits(rate_per_minute=0)), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("Chromium not installed: apt-get update && apt-get install -y chromium")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """A laptop-sized page, with the console errors it logged and any request that left the server."""

    page: Any
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)


@pytest.fixture
def tab(browser: Any, base_url: str) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    t = Tab(context.new_page())
    t.page.on("pageerror", lambda exc: t.errors.append(str(exc)))
    t.page.on("console", lambda msg: t.errors.append(msg.text) if msg.type == "error" else None)
    local = (base_url, "data:", "blob:")
    t.page.on("request", lambda req: None if req.url.startswith(local) else t.external.append(req.url))
    yield t
    context.close()


def test_web_browser_page_and_docs_load_with_nothing_external(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/")
    assert page.get_attribute("label[for=claim]", "for") == "claim"
    page.keyboard.press("Tab")  # the skip link, then the claim box
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "claim"
    page.goto(base_url + "/docs")
    page.wait_for_selector("h2 code")
    endpoints = page.locator("h2 code").all_inner_texts()
    assert "POST /v1/check" in endpoints and len(endpoints) >= 7
    assert not tab.errors and not tab.external


def test_web_browser_kallas_claim_is_misleading_with_her_condition_marked(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/")
    page.fill("#claim", KALLAS_CLAIM)
    page.press("#claim", "Enter")  # Enter submits
    page.wait_for_selector("#result:not([hidden])", timeout=120_000)
    assert page.inner_text("#verdict-label") == "Misleading"
    assert page.inner_text("#verdict-justification").strip()
    marked = page.locator("#evidence-list li:has-text('Kallas') mark.evidence").all_inner_texts()
    assert any(CONDITIONAL.search(text) for text in marked), marked
    assert page.evaluate("document.activeElement.id") == "verdict-card"  # focus moves to the result
    assert page.locator("#framing-table tbody tr").count() >= 1
    with page.expect_download() as download:
        page.click("#download-claimreview")
    review = Path(download.value.path()).read_text(encoding="utf-8")
    assert '"ClaimReview"' in review and '"Misleading"' in review
    page.locator("#verdict-card").scroll_into_view_if_needed()
    (ROOT / "docs").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=True)
    assert not tab.errors and not tab.external
