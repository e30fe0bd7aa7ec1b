"""The HTTP API through FastAPI's TestClient: every endpoint, auth, limits, hostile input, CORS.

The store holds the five seed articles. Most ``/v1/check`` tests run against a stand-in for
``api.check`` (the web layer only parses, calls and serialises); the tests marked ``real check`` run
the actual pipeline and are skipped only while ``api.check`` does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from saidwhen import api
from saidwhen.errors import NotFoundError, QueryError
from saidwhen.records import (
    Citation,
    CitationRole,
    Claim,
    Evidence,
    Marker,
    MarkerKind,
    Reason,
    Span,
    Verdict,
    VerdictLabel,
)
from saidwhen.settings import Settings, load_settings
from saidwhen.web import WebLimits, create_app

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
KEY = "test-key-0123456789"
KALLAS_CLAIM = "Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership."
CONDITIONAL = "if they concede into this"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}; put shared/ beside the repo")
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    cfg = load_settings(db=db, api_key=KEY, progress=False)
    report = api.ingest([SEEDS], cfg)
    assert not report.failed
    return cfg


@pytest.fixture
def client(store: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


def seed_article(cfg: Settings, prefix: str) -> tuple[str, str]:
    """(id, text) of the seed whose file name starts with ``prefix``."""
    for a in api.articles(cfg):
        if Path(a.source).name.startswith(prefix):
            return a.id, a.text
    raise AssertionError(f"seed {prefix} not stored")


def fake_verdict(cfg: Settings, claim: str) -> Verdict:
    """A misleading verdict citing Kallas's conditional remark in seed 000, built from the store."""
    aid, text = seed_article(cfg, "000")
    start = text.index("So " + CONDITIONAL)
    end = text.index(".", start) + 1
    ev = Evidence(
        aid,
        Span(start, end),
        text[start:end],
        "seeds/000.txt",
        "Ukrinform",
        date(2025, 12, 15),
        speaker="Kaja Kallas",
        said_on=date(2025, 12, 15),
        direct=True,
        markers=(Marker(MarkerKind.CONDITION, Span(start + 3, start + 5), "if"),),
    )
    parsed = Claim(text=claim, content=claim, content_span=Span(0, len(claim)), speaker="Kaja Kallas")
    return Verdict(
        parsed,
        VerdictLabel.MISLEADING,
        0.8,
        "She said it only as a condition.",
        reasons=(Reason.CONDITION_STRIPPED,),
        evidence=(Citation(ev, CitationRole.STATEMENT, 0.9),),
    )


@pytest.fixture
def stub_check(store: Settings, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def check(settings: Settings, claim: str, said_by: str | None = None, on: date | None = None) -> Verdict:
        calls.append({"claim": claim, "said_by": said_by, "on": on})
        return fake_verdict(settings, claim)

    monkeypatch.setattr(api, "check", check, raising=False)
    return calls


# ------------------------------------------------------------------ read endpoints
def test_web_healthz_reports_store_and_features(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["writes_enabled"] is True and body["organisation"] == "saidwhen"


def test_web_articles_lists_the_seeds(client: TestClient) -> None:
    rows = client.get("/v1/articles").json()["articles"]
    assert sum(1 for r in rows if Path(r["source"]).parent.name == "seeds") == 5  # writes tests add others
    assert set(rows[0]) == {"id", "published", "outlet", "title", "source"}
    assert len(client.get("/v1/articles", params={"limit": 2}).json()["articles"]) == 2


def test_web_article_by_id_and_prefix(client: TestClient, store: Settings) -> None:
    aid, text = seed_article(store, "000")
    for key in (aid, aid[:6], aid.upper()):
        body = client.get(f"/v1/articles/{key}").json()
        assert body["article"]["id"] == aid and body["article"]["text"] == text
        start, end = body["sentences"][0]["span"]
        assert text[start:end] == body["sentences"][0]["text"]


def test_web_article_unknown_id_is_404(client: TestClient) -> None:
    r = client.get("/v1/articles/ffffffffffffffff")
    assert r.status_code == 404 and "saidwhen articles" in r.json()["detail"]


@pytest.mark.parametrize(
    "raw_id",
    [
        "../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "zzzz",
        "ab",
        "1'%20OR%20'1'='1",
        "a" * 100,
        "%00abcd",
        "abcd%0a",
    ],
)
def test_web_article_hostile_ids_are_4xx(client: TestClient, raw_id: str) -> None:
    r = client.get(f"/v1/articles/{raw_id}")
    assert 400 <= r.status_code < 500
    assert "root:" not in r.text


def test_web_quotes_filters_and_validates(client: TestClient) -> None:
    assert isinstance(client.get("/v1/quotes").json()["quotes"], list)
    r = client.get("/v1/quotes", params={"speaker": "Kallas", "since": "2025-01-01", "until": "2025-12-31"})
    assert r.status_code == 200
    assert all(q["speaker"] == "Kaja Kallas" for q in r.json()["quotes"])
    assert client.get("/v1/quotes", params={"speaker": "' OR 1=1 --"}).json()["quotes"] == []
    for bad in ({"since": "yesterday"}, {"limit": 0}, {"limit": 5000}, {"speaker": "x" * 500}):
        assert client.get("/v1/quotes", params=bad).status_code == 422


@pytest.mark.parametrize(
    "query", ['NEAR("nato" ukraine', '"', "nato*", "-ukraine", "nato AND OR NOT", "a:b {c}"]
)
def test_web_search_treats_fts_syntax_as_text(client: TestClient, query: str) -> None:
    r = client.get("/v1/search", params={"q": query})
    assert r.status_code == 200 and isinstance(r.json()["hits"], list)


def test_web_search_refuses_empty_and_long_queries(client: TestClient) -> None:
    assert client.get("/v1/search", params={"q": ""}).status_code == 422
    assert client.get("/v1/search", params={"q": "   "}).status_code == 422
    assert client.get("/v1/search", params={"q": "x" * 5000}).status_code == 422


def test_web_timeline_returns_quotes_in_date_order(client: TestClient) -> None:
    body = client.get("/v1/speakers/Kaja Kallas/timeline", params={"topic": "NATO membership"}).json()
    assert body["speaker"] == "Kaja Kallas" and body["topic"] == "NATO membership"
    days = [q["said_on"] or q["published"] or "" for q in body["quotes"]]
    assert days == sorted(days)
    assert client.get("/v1/speakers/" + "x" * 300 + "/timeline").status_code == 422


# ------------------------------------------------------------------ check
def test_web_check_returns_the_check_json(client: TestClient, stub_check: list[dict[str, Any]]) -> None:
    r = client.post("/v1/check", json={"claim": KALLAS_CLAIM, "said_by": "Kallas", "date": "2025-12-15"})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "misleading" and body["reasons"] == ["condition_stripped"]
    assert body["confidence"] == 0.8 and body["justification"]
    cited = body["evidence"][0]
    assert CONDITIONAL in cited["text"] and cited["span"][1] > cited["span"][0]
    assert stub_check == [{"claim": KALLAS_CLAIM, "said_by": "Kallas", "on": date(2025, 12, 15)}]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{", "application/json"),
        (b"", "application/json"),
        (b"[]", "application/json"),
        (b"null", "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (b'{"claim": 5}', "application/json"),
        (b'{"claim": ""}', "application/json"),
        (b'{"text": "no claim field"}', "application/json"),
        (b'{"claim": "x", "date": "yesterday"}', "application/json"),
        (b'{"claim": "x", "said_by": ["a"]}', "application/json"),
        (b"claim=x", "application/x-www-form-urlencoded"),
        (b'{"claim": "x"}', "text/plain"),
    ],
)
def test_web_check_malformed_bodies_are_422(
    client: TestClient, stub_check: list[dict[str, Any]], body: bytes, content_type: str
) -> None:
    r = client.post("/v1/check", content=body, headers={"Content-Type": content_type})
    assert r.status_code == 422, r.text
    assert not stub_check


def test_web_check_claim_length_limit_is_422(
    client: TestClient, store: Settings, stub_check: list[Any]
) -> None:
    r = client.post("/v1/check", json={"claim": "x" * (store.max_claim_chars + 1)})
    assert r.status_code == 422 and str(store.max_claim_chars) in r.json()["detail"]
    assert "xxxx" not in r.text  # the claim is not echoed back


def test_web_check_maps_saidwhen_errors(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def bad_claim(*args: Any, **kwargs: Any) -> None:
        raise QueryError("the claim has no words; write what someone said")

    def nothing(*args: Any, **kwargs: Any) -> None:
        raise NotFoundError("the store is empty; add articles with `saidwhen ingest PATH`")

    monkeypatch.setattr(api, "check", bad_claim, raising=False)
    r = client.post("/v1/check", json={"claim": "?!"})
    assert r.status_code == 422 and "no words" in r.json()["detail"]
    monkeypatch.setattr(api, "check", nothing, raising=False)
    assert client.post("/v1/check", json={"claim": "x"}).status_code == 404


def test_web_unexpected_errors_are_500_without_details(
    store: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "check", broken, raising=False)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        r = c.post("/v1/check", json={"claim": "x"})
    assert r.status_code == 500 and "secret" not in r.text


@pytest.mark.slow
def test_web_check_real_pipeline_kallas_is_misleading(client: TestClient, store: Settings) -> None:
    body = client.post("/v1/check", json={"claim": KALLAS_CLAIM}).json()
    assert body["verdict"] == "misleading"
    assert set(body["reasons"]) & {"condition_stripped", "out_of_context"}
    assert {"confidence", "justification", "evidence"} <= set(body)


# ------------------------------------------------------------------ writes and auth
ARTICLE = {
    "text": "Kaja Kallas said on Tuesday that the talks would go on. Nothing else was said.",
    "title": "Talks go on",
    "date": "2025-12-16",
    "outlet": "Test Wire",
}


def test_web_writes_refused_without_a_configured_key(store: Settings) -> None:
    open_cfg = load_settings(db=store.db, api_key="", progress=False)
    with TestClient(create_app(open_cfg)) as c:
        r = c.post("/v1/articles", json={"articles": [ARTICLE]}, headers={"X-API-Key": "anything"})
    assert r.status_code == 403
    assert "api_key" in r.json()["detail"] and "SAIDWHEN_API_KEY" in r.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-API-Key": "wrong"},
        {"Authorization": "Bearer wrong"},
        {"Authorization": KEY},
        {"Authorization": f"Basic {KEY}"},
        {"X-API-Key": ""},
    ],
)
def test_web_writes_need_the_key(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/v1/articles", json={"articles": [ARTICLE]}, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_web_json_articles_are_ingested_once(client: TestClient) -> None:
    article = {**ARTICLE, "text": ARTICLE["text"] + " (json)"}
    first = client.post(
        "/v1/articles", json={"articles": [article]}, headers={"Authorization": f"Bearer {KEY}"}
    )
    assert first.status_code == 201, first.text
    outcome = first.json()["outcomes"][0]
    assert outcome["status"] == "added" and outcome["source"] == "articles[0]"
    stored = client.get(f"/v1/articles/{outcome['article_id']}").json()["article"]
    assert stored["outlet"] == "Test Wire" and stored["published"]["value"] == "2025-12-16"
    assert stored["source"] == "upload:articles[0]"  # the client's name is stored, never a temp path
    again = client.post("/v1/articles", json={"articles": [article]}, headers={"X-API-Key": KEY})
    assert again.status_code == 200 and again.json()["present"] == 1


def test_web_uploaded_files_get_server_chosen_names(client: TestClient, tmp_path: Path) -> None:
    files = [
        (
            "files",
            ("../../../../tmp/evil.txt", b"date 2025-12-17 Upload test\n\nKallas spoke again today.\n"),
        ),
        (
            "files",
            (
                "page.html",
                b"<html><head><title>T</title></head><body><p>Some page text here.</p></body></html>",
            ),
        ),
        ("files", ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00")),
    ]
    r = client.post("/v1/articles", files=files, headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    by_name = {o["source"]: o for o in r.json()["outcomes"]}
    assert by_name["evil.txt"]["status"] == "added"
    assert by_name["photo.png"]["status"] == "failed"
    assert not Path("/tmp/evil.txt").exists()
    assert "saidwhen-upload" not in r.text  # temp paths are not shown to the client
    listed = client.get("/v1/articles", params={"limit": 10_000}).json()["articles"]
    assert "upload:evil.txt" in {a["source"] for a in listed}
    assert not any("saidwhen-upload" in a["source"] for a in listed)


def test_web_bad_write_bodies(client: TestClient, store: Settings) -> None:
    auth = {"X-API-Key": KEY}
    assert (
        client.post(
            "/v1/articles", content=b"{", headers={**auth, "Content-Type": "application/json"}
        ).status_code
        == 422
    )
    assert client.post("/v1/articles", json={"articles": []}, headers=auth).status_code == 422
    assert (
        client.post("/v1/articles", json={"articles": [{"title": "no text"}]}, headers=auth).status_code
        == 422
    )
    assert (
        client.post(
            "/v1/articles", content=b"text", headers={**auth, "Content-Type": "text/plain"}
        ).status_code
        == 415
    )
    bad_date = client.post(
        "/v1/articles", json={"articles": [{"text": "Words here.", "date": "soon"}]}, headers=auth
    )
    assert bad_date.status_code == 422 and "date" in bad_date.json()["outcomes"][0]["reason"]
    many = {"articles": [{"text": f"Article {i}."} for i in range(101)]}
    assert client.post("/v1/articles", json=many, headers=auth).status_code == 422
    no_files = client.post("/v1/articles", data={"x": "y"}, files=[("other", ("a.txt", b"a"))], headers=auth)
    assert no_files.status_code == 422


# ------------------------------------------------------------------ limits, CORS, headers
def test_web_body_size_limit_is_413(store: Settings, stub_check: list[Any]) -> None:
    limits = WebLimits(max_json_bytes=1000, max_upload_bytes=2000, rate_per_minute=0)
    with TestClient(create_app(store, limits)) as c:
        assert c.post("/v1/check", json={"claim": "x" * 2000}).status_code == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: the body streams in chunks
            yield b'{"claim": "'
            for _ in range(20):
                yield b"x" * 100
            yield b'"}'

        assert (
            c.post("/v1/check", content=chunks(), headers={"Content-Type": "application/json"}).status_code
            == 413
        )
        upload = c.post("/v1/articles", files=[("files", ("a.txt", b"y" * 5000))], headers={"X-API-Key": KEY})
        assert upload.status_code == 413
        assert c.post("/v1/check", json={"claim": "short"}).status_code == 200
    assert not stub_check[1:]


def test_web_rate_limit_is_429_per_client(store: Settings) -> None:
    with TestClient(create_app(store, WebLimits(rate_per_minute=3))) as c:
        codes = [c.get("/v1/articles").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.get("/v1/quotes")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert c.get("/healthz").status_code == 200  # only /v1/ counts
    with TestClient(create_app(store, WebLimits(rate_per_minute=3)), client=("10.0.0.9", 5000)) as other:
        assert other.get("/v1/articles").status_code == 200


def test_web_cors_is_off_by_default(client: TestClient) -> None:
    r = client.get("/v1/articles", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/v1/check", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert pre.status_code >= 400 and "access-control-allow-origin" not in pre.headers


def test_web_responses_carry_a_strict_content_policy(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert client.get("/v1/articles").headers["x-content-type-options"] == "nosniff"


# ------------------------------------------------------------------ page, docs, CLI
def test_web_page_and_assets_are_all_local(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'id="claim"' in page.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    scripts = [
        "/static/" + n
        for n in ("app.js", "util.js", "evidence.js", "timeline.js", "claimreview.js", "docs.js")
    ]
    for path in [*assets, *scripts]:
        assert path.startswith(("/", "#", "data:")), path
        if path.startswith("/static/"):
            r = client.get(path)
            assert r.status_code == 200, path
            assert not re.search(r"(?:src|href|from|import|fetch)\s*[=(]?\s*[\"']https?://", r.text), path


def test_web_docs_are_served_locally(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text and "cdn" not in docs.text.lower()
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {
        "/v1/check",
        "/v1/quotes",
        "/v1/articles",
        "/v1/articles/{article_id}",
        "/v1/speakers/{name}/timeline",
        "/healthz",
    } <= paths
    assert client.get("/redoc").status_code == 404


def test_web_static_path_traversal_is_refused(client: TestClient) -> None:
    for path in (
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2Fapp.py",
        "/static/../../settings.py",
    ):
        r = client.get(path)
        assert r.status_code == 404 and "create_app" not in r.text


def test_web_serve_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch, store: Settings) -> None:
    import uvicorn

    from saidwhen.cli import app

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: seen.update(kw, app=web))
    result = CliRunner().invoke(app, ["--db", str(store.db), "serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.limits.rate_per_minute == 120
