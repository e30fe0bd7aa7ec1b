"""Readers: every format, and bad input reported by file and reason while the batch goes on."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from saidwhen.errors import ReadError
from saidwhen.ingest import build_article, iter_documents
from saidwhen.ingest.readers import text_document
from saidwhen.records import RawDocument, Span
from saidwhen.settings import Settings

GOOD_TEXT = "A headline\n\nThe minister said on Monday that talks would go on.\n"
CP1251 = "Президент заявил, что Киев может отказаться от вступления в НАТО.".encode("cp1251")


def _read(*paths: Path, settings: Settings | None = None) -> list[RawDocument | ReadError]:
    return list(iter_documents(paths, settings or Settings()))


def _errors(items: list[RawDocument | ReadError]) -> dict[str, str]:
    return {Path(e.source).name: e.reason for e in items if isinstance(e, ReadError)}


def _docs(items: list[RawDocument | ReadError]) -> list[RawDocument]:
    return [d for d in items if isinstance(d, RawDocument)]


# --------------------------------------------------------------------------- plain text
@pytest.mark.parametrize(
    ("text", "title", "published", "header"),
    [
        (
            " date 2025-12-15 Kallas on NATO\n\nBody.",
            "Kallas on NATO",
            date(2025, 12, 15),
            " date 2025-12-15 Kallas on NATO",
        ),
        ("date 2025-02-28 Title here\nBody.", "Title here", date(2025, 2, 28), "date 2025-02-28 Title here"),
        (" date 2025-12-15\n\nBody only.", None, date(2025, 12, 15), " date 2025-12-15"),
        (" date 2025-13-45 Bad month\n\nBody.", "Bad month", None, " date 2025-13-45 Bad month"),
        ("\n\n  First line is the title  \n\nBody.", "First line is the title", None, None),
        ("# Markdown title\n\nBody.", "Markdown title", None, None),
        ("dated 2025-12-15 is not a header\nBody.", "dated 2025-12-15 is not a header", None, None),
        (
            " date 2025-12-15 Windows line\r\n\r\nBody.\r\n",
            "Windows line",
            date(2025, 12, 15),
            " date 2025-12-15 Windows line",
        ),
    ],
)
def test_readers_text_header_and_title(
    text: str, title: str | None, published: date | None, header: str | None
) -> None:
    doc = text_document(text, "x.txt")
    assert doc.text == text  # never modified
    assert doc.title == title
    assert doc.published == published
    assert doc.date_from_header == (published is not None)
    assert (doc.header.of(text) if doc.header else None) == header
    assert (doc.title_span.of(text) if doc.title_span else None) == title


def test_readers_seed_header_spans(seeds_dir: Path) -> None:
    (doc,) = _read(seeds_dir / "000_ee17d7f5eae074a5.txt")
    assert isinstance(doc, RawDocument)
    assert doc.header == Span(0, doc.text.index("\n"))
    assert doc.title_span is not None and doc.title_span.of(doc.text).startswith("Kallas on possibility")
    assert doc.published == date(2025, 12, 15) and doc.date_from_header


def test_readers_directory_sorted_and_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z title\n\nz body")
    (tmp_path / "a.txt").write_text("A title\n\na body")
    (tmp_path / "c.md").write_text("# C title\n\nc body")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")  # skipped silently
    (tmp_path / ".hidden.txt").write_text("hidden")  # skipped silently
    items = _read(tmp_path)
    assert [Path(d.source).name for d in _docs(items)] == ["a.txt", "z.txt", "c.md"]
    assert _errors(items) == {}


def test_readers_unknown_extension_sniffed(tmp_path: Path) -> None:
    (tmp_path / "story.article").write_text("Sniffed title\n\nBody text.")
    (tmp_path / "page.dat").write_text(
        "<!DOCTYPE html><html><body><article><p>" + "Words of a page. " * 20 + "</p></article></body></html>"
    )
    docs = _docs(_read(tmp_path))
    assert [d.title for d in docs if d.source.endswith(".article")] == ["Sniffed title"]
    assert any(d.source.endswith("page.dat") and "Words of a page." in d.text for d in docs)


# --------------------------------------------------------------------------- bad input
def test_readers_bad_inputs_reported_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    with (tmp_path / "huge.txt").open("wb") as handle:  # sparse: 50 MB without writing 50 MB
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "cp1251.txt").write_bytes(CP1251)
    (tmp_path / "invalid.txt").write_bytes(b"Caf\xe9 \xff\xfe broken bytes in an otherwise English line.")
    (tmp_path / "broken.html").write_text("<html><head><title>x</title></head><body><div></div></html")
    (tmp_path / "feed.xml").write_text("<rss><channel><item><title>t</title>")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": "Good line.", "title": "J"}) + "\n{not json\n")
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "inner.txt").write_text("Inner title\n\ninner body")
    (loop / "again").symlink_to(loop, target_is_directory=True)

    items = _read(tmp_path)
    errors = _errors(items)
    expected = {
        "empty.txt": "empty",
        "blank.txt": "white space",
        "binary.bin": "binary",
        "huge.txt": "50.0 MB, over the 20 MB limit",
        "cp1251.txt": "looks like cp1251",
        "invalid.txt": "not UTF-8",
        "broken.html": "no article text found in the HTML",
        "feed.xml": "not well-formed XML",
        "lines.jsonl:2": "not JSON",
        "again": "symlink loop",
    }
    assert set(errors) == set(expected)
    for name, words in expected.items():
        assert words in errors[name], (name, errors[name])
        assert ";" in errors[name] or "saidwhen reads" in errors[name], "the reason says how to fix it"
    assert sorted(Path(d.source).name for d in _docs(items)) == ["good.txt", "inner.txt", "lines.jsonl:1"]


def test_readers_error_source_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(CP1251)
    (error,) = _read(bad)
    assert isinstance(error, ReadError)
    assert error.source == str(bad)
    assert str(bad) in str(error)
    assert "iconv -f cp1251 -t utf-8" in error.reason


def test_readers_size_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024)

    def refuse(self: Path) -> bytes:
        raise AssertionError("an oversized file must not be read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (error,) = _read(big, settings=Settings(max_file_mb=1))
    assert isinstance(error, ReadError) and "over the 1 MB limit" in error.reason


@pytest.mark.parametrize(
    ("data", "readable"),
    [
        (b"\xef\xbb\xbfUTF-8 with a BOM\n\nbody", True),
        ("UTF-16 title\n\nbody".encode("utf-16"), True),
        (b"Mostly \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 control", False),
        (b"Title\x00with a NUL", False),
    ],
)
def test_readers_encodings(tmp_path: Path, data: bytes, readable: bool) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    (item,) = _read(path)
    assert isinstance(item, RawDocument) == readable, item
    if isinstance(item, RawDocument):
        assert not item.text.startswith("\ufeff")


def test_readers_missing_path_and_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    errors = _errors(_read(tmp_path / "absent.txt", tmp_path))
    assert "no such file" in errors["absent.txt"]
    assert "broken symlink" in errors["dangling.txt"]


def test_readers_directory_reached_twice_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("A\n\nbody")
    (tmp_path / "zlink").symlink_to(tmp_path / "real", target_is_directory=True)
    items = _read(tmp_path)
    assert [Path(d.source).name for d in _docs(items)] == ["a.txt"]
    assert _errors(items) == {}


# --------------------------------------------------------------------------- JSONL
def test_readers_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"text": "First.", "title": "One", "date": "2025-12-15", "url": "https://x.org/a", "outlet": "X"}
        ),
        "",
        json.dumps({"text": "Second.", "date": "2025-12-14T23:30:00-05:00"}),
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Bad date.", "date": "15/12/2025"}),
        json.dumps({"text": "Bad type.", "title": 7}),
        "{oops",
        json.dumps({"text": "Last.", "extra": "ignored"}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = _read(path)
    docs = _docs(items)
    assert [(d.source, d.text, d.title, d.published, d.url, d.outlet) for d in docs] == [
        (f"{path}:1", "First.", "One", date(2025, 12, 15), "https://x.org/a", "X"),
        (f"{path}:3", "Second.", None, date(2025, 12, 14), None, None),  # the date as written
        (f"{path}:9", "Last.", None, None, None, None),
    ]
    errors = _errors(items)
    assert list(errors) == [
        "corpus.jsonl:4",
        "corpus.jsonl:5",
        "corpus.jsonl:6",
        "corpus.jsonl:7",
        "corpus.jsonl:8",
    ]
    assert "not an object" in errors["corpus.jsonl:4"]
    assert '"text"' in errors["corpus.jsonl:5"]
    assert "ISO date" in errors["corpus.jsonl:6"]
    assert '"title" field must be a string' in errors["corpus.jsonl:7"]
    assert "not JSON" in errors["corpus.jsonl:8"]


def test_readers_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "c.ndjson"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    items = _read(path)
    assert [d.text for d in _docs(items)] == ["ok"]
    assert "not UTF-8" in _errors(items)["c.ndjson:2"]


# --------------------------------------------------------------------------- HTML
PAGE = """<!DOCTYPE html><html><head><title>Kallas speaks | Example News</title>
<meta property="article:published_time" content="2025-12-15T10:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://www.example.com/news/kallas-speaks"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Kallas speaks</h1>
<p>High Representative Kaja Kallas said on Monday that only Ukrainians can decide what to give up.</p>
<p>“It is up to Ukrainians to decide,” she said at a press conference in Brussels after the meeting.</p>
</article><footer>© 2025 Example News</footer></body></html>"""


def test_readers_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument), doc
    assert doc.title == "Kallas speaks"
    assert doc.published == date(2025, 12, 15)
    assert doc.url == "https://www.example.com/news/kallas-speaks"
    assert "only Ukrainians can decide" in doc.text
    assert "Home" not in doc.text
    if doc.title_span is not None:
        assert doc.title_span.of(doc.text) == doc.title


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><div><p>unclosed <b>tags & stuff",
        b"<<<<>>>>",
        b"<html>" + b"<div>" * 5000,
        b"<html><head><meta charset='nope-charset'></head><body>\xff\xfe</body></html>",
        b"\xef\xbb\xbf<html>",
    ],
)
def test_readers_broken_html_never_raises(tmp_path: Path, page: bytes) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(page)
    (item,) = _read(path)  # an article or a ReadError, never an exception
    assert isinstance(item, RawDocument | ReadError)
    if isinstance(item, ReadError):
        assert item.source == str(path) and item.reason


def test_readers_html_declared_charset(tmp_path: Path) -> None:
    body = ("Президент сказал, что переговоры продолжатся в понедельник в Берлине. " * 4).encode("cp1251")
    path = tmp_path / "ru.htm"
    path.write_bytes(
        b"<html><head><meta charset='windows-1251'></head><body><article><p>"
        + body
        + b"</p></article></body></html>"
    )
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument) and "переговоры продолжатся" in doc.text


# --------------------------------------------------------------------------- feeds
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
<item><title>First &amp; best</title><link>https://news.example.org/2025/12/15/first</link>
<pubDate>Mon, 15 Dec 2025 09:00:00 +0000</pubDate>
<description>&lt;p&gt;Kallas said on &lt;b&gt;Monday&lt;/b&gt; that talks go on.&lt;/p&gt;
&lt;p&gt;Second para.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://news.example.org/b</link>
<content:encoded><![CDATA[<p>Full <i>content</i> wins over the description.</p>]]></content:encoded>
<description>short</description></item>
<item><title>Empty</title><link>https://news.example.org/c</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Atom entry</title><link rel="alternate" href="https://atom.example.net/x"/>
<published>2025-02-28T08:00:00Z</published><updated>2025-03-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;Kallas told AFP there was no reason for concessions.&lt;/p&gt;</content>
</entry></feed>"""

BOMB = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>"""


def test_readers_rss_items(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS)
    items = _read(path)
    docs = _docs(items)
    assert [(d.source, d.title, d.url, d.published) for d in docs] == [
        (f"{path}#1", "First & best", "https://news.example.org/2025/12/15/first", date(2025, 12, 15)),
        (f"{path}#2", "Second", "https://news.example.org/b", None),
    ]
    assert docs[0].text == "Kallas said on Monday that talks go on.\n\nSecond para."
    assert docs[1].text == "Full content wins over the description."
    assert "no content or description" in _errors(items)["news.rss#3"]


def test_readers_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM)
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.url, doc.published) == (
        "Atom entry",
        "https://atom.example.net/x",
        date(2025, 2, 28),
    )
    assert doc.text == "Kallas told AFP there was no reason for concessions."


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (BOMB, "declares XML entities"),
        ("<?xml version='1.0'?><urlset><url><loc>x</loc></url></urlset>", "not an RSS or Atom feed"),
        ("<rss><channel><title>none</title></channel></rss>", "no <item> or <entry>"),
    ],
)
def test_readers_bad_feeds(tmp_path: Path, xml: str, reason: str) -> None:
    path = tmp_path / "f.xml"
    path.write_text(xml)
    (error,) = _read(path)
    assert isinstance(error, ReadError) and reason in error.reason


def test_readers_symlink_loop_does_not_recurse(tmp_path: Path) -> None:
    a = tmp_path / "a"
    (a / "b").mkdir(parents=True)
    (a / "b" / "up").symlink_to(a, target_is_directory=True)
    (a / "b" / "doc.txt").write_text("T\n\nbody")
    items = _read(a)
    assert [Path(d.source).name for d in _docs(items)] == ["doc.txt"]
    (error,) = [e for e in items if isinstance(e, ReadError)]
    assert error.source == os.fspath(a / "b" / "up") and "symlink loop" in error.reason


def test_readers_fifo_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (error,) = _read(fifo)
    assert isinstance(error, ReadError) and "not a regular file" in error.reason


def test_readers_jsonl_title_repeated_in_text_is_not_body(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    line = {"title": "Toll stays", "text": "Toll stays\n\nThe council kept the toll, Berg said."}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = iter_documents([path], Settings())
    assert isinstance(doc, RawDocument)
    article = build_article(doc, Settings())
    assert article.analysed_text() == "The council kept the toll, Berg said."
    assert article.title == "Toll stays"
