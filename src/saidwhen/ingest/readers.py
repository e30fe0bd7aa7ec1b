"""Read files into RawDocuments: plain text, JSONL, HTML, RSS/Atom feeds, and directories of them.

``iter_documents`` yields a :class:`RawDocument` per article and a :class:`ReadError` (yielded, not
raised) per file, line or feed item that cannot be read, so one bad file never stops a batch.

Formats are chosen by extension, with content sniffing for any other extension:

* ``.txt .text .md`` -- plain text. An optional first line `` date YYYY-MM-DD <title>`` gives the
  publication date (``date_from_header``) and the title; otherwise the first non-blank line is the
  title (a Markdown ``#`` is not part of it).
* ``.jsonl .ndjson`` -- one JSON object per line. Fields: ``text`` (string, required, the article
  text), ``title`` (string), ``date`` (ISO date ``2025-12-15`` or datetime ``2025-12-15T09:30:00Z``;
  the calendar date as written is kept, no time-zone shift), ``url`` (string), ``outlet`` (string,
  the publisher's name). Other fields are ignored; blank lines are skipped. Each document's source
  is ``path:LINE``. A bad line (not JSON, no ``text``, a bad ``date``) is a ReadError naming the
  file and line; the other lines are still read.
* ``.html .htm .xhtml`` -- a web page; title, date and main text through trafilatura (see markup.py).
* ``.xml .rss .atom`` -- an RSS 2.0 / RSS 1.0 / Atom feed, one document per item (see markup.py).

Bytes rules, checked for every file: a file over ``settings.max_file_mb`` is refused before it is
read; an empty file, or one with NUL bytes or mostly control characters, is refused as binary. Text
must be UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured). Any other encoding is refused, with
the encoding charset-normalizer thinks it is and the ``iconv`` command that converts it: saidwhen
never decodes by guess, because a wrong guess silently changes the wording of the quotes it checks
(a stray byte in Latin-1 text is "detected" as Urdu cp1006, for one).

Directories are walked recursively in sorted order, following symlinks. A symlink that leads back
to a directory above it is a loop and reported as a ReadError; a directory reached a second time by
another path is not read again. Hidden files and directories (``.name``) and files whose extension
says they are clearly not articles (images, audio, video, fonts, archives, executables, databases)
are skipped silently; every other file is read, and reported if it cannot be. A file named
explicitly is never skipped.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from saidwhen.errors import ReadError
from saidwhen.records import RawDocument, Span
from saidwhen.settings import Settings

TEXT_EXT = frozenset({".txt", ".text", ".md"})
JSONL_EXT = frozenset({".jsonl", ".ndjson"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
FEED_EXT = frozenset({".xml", ".rss", ".atom"})
# Skipped silently in a directory walk: nothing in these is an article saidwhen could read.
_NOT_ARTICLE = (
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .heic .avif "
    ".mp3 .wav .ogg .flac .m4a .aac .mp4 .mov .avi .mkv .webm "
    ".woff .woff2 .ttf .otf .eot .zip .gz .tgz .bz2 .xz .zst .7z .rar .tar "
    ".exe .dll .so .dylib .o .a .pyc .class .jar .wasm .db .sqlite .sqlite3 .parquet .npy .pkl"
)
NOT_ARTICLE_EXT = frozenset(_NOT_ARTICLE.split())

_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=[ \t]|$)[ \t]*")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SUPPORTED = "plain text (.txt/.md), JSONL (.jsonl), HTML (.html) or an RSS/Atom feed (.xml/.rss/.atom)"


def iter_documents(paths: Iterable[Path], settings: Settings) -> Iterator[RawDocument | ReadError]:
    """Yield every article under ``paths`` (files or directories), and a ReadError for each failure."""
    for path in paths:
        if path.is_dir():
            yield from _walk_dir(path, settings, set(), [])
        else:
            yield from read_file(path, settings, explicit=True)


def _walk_dir(
    directory: Path, settings: Settings, seen: set[tuple[int, int]], ancestors: list[tuple[int, int]]
) -> Iterator[RawDocument | ReadError]:
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            yield ReadError(
                str(directory),
                f"symlink loop: this directory leads back to {os.path.realpath(directory)}, which is "
                "already being read; remove the link or point it elsewhere",
            )
            return
        if key in seen:  # reached again through another link: its files were already read
            return
        seen.add(key)
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(str(directory), f"cannot read the directory ({exc.strerror}); check its permissions")
        return
    ancestors.append(key)
    try:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                yield from _walk_dir(path, settings, seen, ancestors)
            elif path.suffix.lower() not in NOT_ARTICLE_EXT:
                yield from read_file(path, settings, explicit=False)
    finally:
        ancestors.pop()


def read_file(path: Path, settings: Settings, *, explicit: bool = True) -> Iterator[RawDocument | ReadError]:
    """Read one file (any supported format); yields its documents, or ReadErrors."""
    source = str(path)
    data = _read_bytes(path, settings)
    if isinstance(data, ReadError):
        yield data
        return
    suffix = path.suffix.lower()
    kind = _kind_by_extension(suffix) or _sniff(data)
    if kind == "jsonl":
        yield from _read_jsonl(data, source)
        return
    if kind in ("html", "feed"):
        from saidwhen.ingest import markup  # lazy: trafilatura and lxml are slow to import

        if kind == "html":
            yield markup.read_html(data, source)
        else:
            yield from markup.read_feed(data, source)
        return
    text = decode(data, source)
    if isinstance(text, ReadError):
        yield text
    elif not text.strip():
        yield ReadError(source, "the file holds only white space; give it the article text")
    else:
        yield text_document(text, source)


def _kind_by_extension(suffix: str) -> str | None:
    for kind, exts in (("text", TEXT_EXT), ("jsonl", JSONL_EXT), ("html", HTML_EXT), ("feed", FEED_EXT)):
        if suffix in exts:
            return kind
    return None


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head):
            return "feed"
        if re.search(rb"<(!doctype html|html|head|body|p|div|article)[\s>]", head):
            return "html"
    if head.startswith(b"{"):
        first = data.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, UnicodeDecodeError):
            pass
    return "text"


def _read_bytes(path: Path, settings: Settings) -> bytes | ReadError:
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        kind = "a broken symlink" if path.is_symlink() else "no such file or directory"
        return ReadError(source, f"{kind}; check the path")
    except OSError as exc:
        return ReadError(source, f"cannot read the file ({exc.strerror}); check its permissions")
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        return ReadError(source, "not a regular file (a pipe, socket or device); give a file or directory")
    size = info.st_size
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:  # checked before reading, so a huge file never reaches memory
        return ReadError(
            source,
            f"the file is {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit; "
            "split it, or raise max_file_mb (SAIDWHEN_MAX_FILE_MB) if it really is one article",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(source, f"cannot read the file ({exc.strerror}); check its permissions")
    if not data:
        return ReadError(source, "the file is empty; remove it or give it the article text")
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in data[:65536]:
        return ReadError(source, f"binary file (it contains NUL bytes); saidwhen reads {_SUPPORTED}")
    return data


def decode(data: bytes, source: str) -> str | ReadError:
    """Decode UTF-8 (or BOM-marked UTF-16) strictly; any other encoding is a ReadError with a fix."""
    codec = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        return ReadError(source, _not_utf8(data, exc))
    if len(_CONTROL.findall(text, 0, 8192)) > 0.05 * min(len(text), 8192):
        return ReadError(source, f"binary file (mostly control characters); saidwhen reads {_SUPPORTED}")
    return text


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    from charset_normalizer import from_bytes  # only on failure: detection is slow

    guess = from_bytes(data[:65536]).best()
    where = f"byte {exc.start} (0x{data[exc.start]:02x}) is not valid UTF-8"
    if guess is None or guess.coherence < 0.3:
        return f"not UTF-8 text ({where}) and not in any encoding saidwhen can recognise; save it as UTF-8"
    return (
        f"not UTF-8 text ({where}); it looks like {guess.encoding}. saidwhen does not decode by guess; "
        f"convert it first: iconv -f {guess.encoding} -t utf-8 FILE > FILE.utf8.txt"
    )


def text_document(text: str, source: str) -> RawDocument:
    """A plain-text article: header line (date + title) or first line as title, text kept as is."""
    first_start = len(text) - len(text.lstrip())
    first_end = text.find("\n", first_start)
    if first_end < 0:
        first_end = len(text)
    line_end = first_end - 1 if text[first_start:first_end].endswith("\r") else first_end
    header = _HEADER.match(text, 0, line_end)
    published: date | None = None
    header_span: Span | None = None
    if header is not None and not text[: header.start()].strip("\ufeff"):
        try:
            published = date.fromisoformat(header.group(1))
        except ValueError:
            published = None  # "date 2025-13-45": a header, but no date we can trust
        header_span = Span(header.start(), line_end)
        title_start = header.end()
    else:
        heading = _MD_HEADING.match(text, first_start, line_end)
        title_start = heading.end() if heading else first_start
    title_end = title_start + len(text[title_start:line_end].rstrip())
    title_span = Span(title_start, title_end) if title_end > title_start else None
    return RawDocument(
        text=text,
        source=source,
        title=title_span.of(text) if title_span else None,
        published=published,
        header=header_span,
        title_span=title_span,
        date_from_header=published is not None,
    )


def parse_iso_date(value: str) -> date:
    """``2025-12-15`` or an ISO datetime; the calendar date as written. Raises ValueError."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


def _read_jsonl(data: bytes, path: str) -> Iterator[RawDocument | ReadError]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        source = f"{path}:{number}"
        if not line.strip():
            continue
        text = decode(line, source)
        if isinstance(text, ReadError):
            yield text
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(
                source, f"not JSON ({exc.msg} at column {exc.colno}); each line must be one object"
            )
            continue
        yield _jsonl_document(record, source)


def _jsonl_document(record: object, source: str) -> RawDocument | ReadError:
    if not isinstance(record, dict):
        return ReadError(source, 'the line is JSON but not an object; write {"text": ..., "title": ...}')
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return ReadError(source, 'no "text" field (a non-empty string is required)')
    fields: dict[str, str | None] = {}
    for name in ("title", "url", "outlet", "date"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return ReadError(source, f'the "{name}" field must be a string, not {type(value).__name__}')
        fields[name] = value.strip() if isinstance(value, str) and value.strip() else None
    published: date | None = None
    if fields["date"] is not None:
        try:
            published = parse_iso_date(fields["date"])
        except ValueError:
            return ReadError(
                source,
                f'bad "date" {fields["date"]!r}: write an ISO date like 2025-12-15 or 2025-12-15T09:30:00Z',
            )
    return RawDocument(
        text=body,
        source=source,
        title=fields["title"],
        published=published,
        url=fields["url"],
        outlet=fields["outlet"],
        title_span=_leading_title(body, fields["title"]),
    )


def _leading_title(text: str, title: str | None) -> Span | None:
    """The span of ``title`` when the text opens with it on a line of its own (it is not body text)."""
    if not title:
        return None
    start = len(text) - len(text.lstrip())
    end = start + len(title)
    if text[start:end] == title and (end == len(text) or text[end] == "\n"):
        return Span(start, end)
    return None
