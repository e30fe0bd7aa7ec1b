"""Readers for markup: HTML pages (through trafilatura) and RSS 2.0 / RSS 1.0 / Atom feeds (lxml).

HTML: the page must be UTF-8 or declare its charset (``<meta charset>``); the main text, title and
date come from trafilatura, with htmldate limited to the page's markup (no guessing from the text).
A page with no extractable article text is a ReadError, never an empty article.

Feeds are parsed with entity expansion, DTD loading and network access all off, and a feed that
declares entities is refused outright (the "billion laughs" attack). Each ``<item>``/``<entry>``
becomes one document: title, link (the url), pubDate / dc:date / published / updated (the date),
and content:encoded / content / description / summary as text, HTML tags removed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from saidwhen.errors import ReadError
from saidwhen.ingest.readers import decode, parse_iso_date
from saidwhen.records import RawDocument, Span

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/?p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def read_html(data: bytes, source: str) -> RawDocument | ReadError:
    """One web page -> its main text, title, date and url; a ReadError when there is no article."""
    page = decode(data, source)
    if isinstance(page, ReadError):
        declared = _META_CHARSET.search(data[:4096])
        if declared is None:
            return page
        try:  # the page says what it is: that is not a guess
            page = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            return ReadError(source, f"the page declares charset {declared.group(1)!r} but is not in it")
    import trafilatura  # lazy: slow to import

    try:
        doc = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    # trafilatura and lxml raise many exception types on malformed pages; any of them means "unreadable".
    except Exception as exc:
        return ReadError(
            source, f"the HTML cannot be parsed ({type(exc).__name__}: {exc}); save the page again"
        )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return ReadError(
            source,
            "no article text found in the HTML (an empty, broken or non-article page); save the article page",
        )
    title = _clean(getattr(doc, "title", None))
    published: date | None = None
    raw_date = getattr(doc, "date", None)
    if isinstance(raw_date, str) and raw_date:
        try:
            published = parse_iso_date(raw_date)
        except ValueError:
            published = None
    title_span = None
    # trafilatura often repeats the headline as the first line; only a whole line is the title
    if title and text.startswith(title) and text[len(title) : len(title) + 1] in ("", "\n"):
        title_span = Span(0, len(title))
    return RawDocument(
        text=text,
        source=source,
        title=title,
        published=published,
        url=_clean(getattr(doc, "url", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        title_span=title_span,
    )


def read_feed(data: bytes, source: str) -> Iterator[RawDocument | ReadError]:
    """An RSS or Atom feed -> one document per item; a ReadError for the feed or for a bad item."""
    from lxml import etree  # lazy: only feeds need it

    if re.search(rb"<!ENTITY", data[:65536], re.IGNORECASE):
        yield ReadError(
            source, "the feed declares XML entities, which saidwhen refuses to expand; remove the DTD"
        )
        return
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        yield ReadError(source, f"not well-formed XML ({exc}); fix the feed or save it again")
        return
    items = [el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) in ("item", "entry")]
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        yield ReadError(source, f"XML, but not an RSS or Atom feed (root <{_local(root.tag)}>)")
        return
    if not items:
        yield ReadError(source, "the feed has no <item> or <entry>; nothing to read")
        return
    for number, item in enumerate(items, start=1):
        yield _feed_document(item, f"{source}#{number}")


def _feed_document(item: Any, source: str) -> RawDocument | ReadError:
    fields: dict[str, str] = {}
    link: str | None = None
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = _local(child.tag)
        if name == "link" and link is None:
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                link = href.strip()
            elif child.text and child.text.strip():
                link = child.text.strip()
            continue
        value = "".join(child.itertext()).strip()
        if value and name not in fields:
            fields[name] = value
    body_html = next((fields[n] for n in ("encoded", "content", "description", "summary") if n in fields), "")
    text = html_to_text(body_html)
    if not text:
        return ReadError(source, "the feed item has no content or description text; nothing to read")
    published: date | None = None
    for name in ("pubDate", "published", "date", "updated", "issued"):
        if name in fields:
            published = _feed_date(fields[name])
            if published is not None:
                break
    return RawDocument(
        text=text,
        source=source,
        title=html_to_text(fields["title"]) or None if "title" in fields else None,
        published=published,
        url=link,
    )


def _feed_date(value: str) -> date | None:
    try:
        return parse_iso_date(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None  # an unreadable date leaves the item undated rather than guessed


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment: tags removed, block tags become paragraph breaks, entities decoded."""
    fragment = _DROP.sub("", fragment)
    fragment = _BLOCK_TAG.sub("\n\n", fragment)
    fragment = html.unescape(_TAG.sub("", fragment))
    paragraphs = (_SPACES.sub(" ", p).strip() for p in fragment.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
