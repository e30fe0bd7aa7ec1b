"""Who published an article (outlet) and which media it credits (cited sources).

Outlet rule: the outlet is the publisher of THIS copy, so it comes only from the container -- the
``outlet`` metadata field (JSONL, an HTML page's site name), else the host of the article's URL
("www.reuters.com" -> "reuters.com"), else None. It is never read from the text, because articles
name the outlets they re-publish or quote far more often than themselves: seed 003 says "Orda.kz
reports, citing The Guardian" but is a re-publication on another site, so its outlet is None and
its cited sources are ("Orda.kz", "The Guardian").

Cited sources are media named in body text in a citing construction -- "X reports/reported/wrote",
"citing X", "according to X", "told X", "in an interview with X", "X quoted" -- and the agency of a
photo/agency credit line ("Toby Melville | Reuters" -> "Reuters": the article credits material to
it). A person is not a source here ("Kallas said" cites no medium): a name counts only when it looks
like a medium -- a known news agency or broadcaster, a web domain ("Orda.kz", "kp.ru"), or a name
with a media word in it ("The Guardian", "Kyiv Independent", "Financial Times"). A lowercase
"the" is dropped ("the BBC" -> "BBC"); order is first appearance; duplicates are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from urllib.parse import urlsplit

from saidwhen.records import Block, BlockKind, RawDocument, Span

# News agencies and broadcasters often named without a media word ("|"-separated).
_AGENCY_NAMES = """reuters|afp|ap|associated press|bloomberg|bbc|cnn|cnbc|nbc|abc|cbs|fox news|msnbc|npr|pbs|
tass|interfax|ria novosti|ukrinform|unian|xinhua|kyodo|yonhap|efe|ansa|dpa|anadolu|al jazeera|politico|axios|
euronews|rfe/rl|radio liberty|meduza|kommersant|izvestia|vedomosti|rbc|der spiegel|spiegel|le monde|sky news|
the economist|the guardian|guardian|semafor"""
_AGENCIES = frozenset(name.strip() for name in _AGENCY_NAMES.split("|"))
_MEDIA_WORD = re.compile(
    r"\b(?:Times|Post|News|Journal|Guardian|Telegraph|Gazette|Herald|Tribune|Agency|Press|Radio|TV|"
    r"Television|Broadcasting|Daily|Weekly|Magazine|Review|Independent|Pravda|Observer|Chronicle|Wire|"
    r"Monitor|Insider|Mirror|Express|Standard|Economist|Media|Newspaper|Channel)\b"
)
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6})$")
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’/-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&.'’/-]*){0,4}"
# A medium named after a citing phrase ("citing The Guardian", "told AFP") or before a reporting
# verb ("Orda.kz reports"). Phrases are found with str.find and the name read with an anchored
# regex: a regex alternation scanned over every position is several times slower.
_CUES_BEFORE_NAME = ("citing ", "according to ", "told ", "reported by ", "interview with ", "interview to ")
_VERBS_AFTER_NAME = (" reports", " reported", " wrote", " writes", " quoted", " cited")
_NAME_AT = re.compile(_NAME)
_NAME_BEFORE = re.compile(rf"(?<![\w.])(?P<name>{_NAME})$")
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_CREDIT = re.compile(r"[|/]\s*(?P<agency>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s*$")


def find_sources(raw: RawDocument, blocks: Sequence[Block]) -> tuple[str | None, tuple[str, ...]]:
    """``(outlet, cited_sources)`` for an article; see the module docstring for the rules."""
    outlet = raw.outlet or _host(raw.url)
    text = raw.text
    body = [b.span for b in blocks if b.kind is BlockKind.BODY]
    hits: list[tuple[int, str]] = []
    if body:
        hits.extend(_named_in_body(text, body))
    for block in blocks:
        if block.reason == "agency credit":
            m = _CREDIT.search(block.span.of(text))
            if m:
                hits.append((block.span.start, re.sub(r"^via\s+", "", m.group("agency"))))
    cited: dict[str, str] = {}
    for _, name in sorted(hits):
        _add(cited, name)
    if outlet is not None:
        cited.pop(_key(outlet), None)  # an outlet does not cite itself
    return outlet, tuple(cited.values())


def _named_in_body(text: str, body: list[Span]) -> list[tuple[int, str]]:
    """(position, name) for every name in a citing construction inside a body span."""
    starts = [s.start for s in body]
    lo, hi = body[0].start, body[-1].end

    def container(pos: int) -> Span | None:
        i = bisect_right(starts, pos) - 1
        return body[i] if i >= 0 and pos < body[i].end else None

    hits: list[tuple[int, str]] = []
    for cue in _CUES_BEFORE_NAME:
        at = text.find(cue, lo, hi)
        while at >= 0:
            span = container(at)
            if span is not None and (at == 0 or not text[at - 1].isalpha()):
                m = _NAME_AT.match(text, at + len(cue), span.end)
                if m is not None:
                    hits.append((m.start(), m.group()))
            at = text.find(cue, at + 1, hi)
    for verb in _VERBS_AFTER_NAME:
        at = text.find(verb, lo, hi)
        while at >= 0:
            end = at + len(verb)
            span = container(at)
            if span is not None and (end >= len(text) or not text[end].isalpha()):
                stop = at - 4 if text.endswith((" has", " had"), span.start, at) else at
                m = _NAME_BEFORE.search(text, max(span.start, stop - 60), stop)
                if m is not None:
                    hits.append((m.start(), m.group("name")))
            at = text.find(verb, end, hi)
    return hits


def _add(cited: dict[str, str], name: str) -> None:
    name = name.strip().rstrip(".’'")
    name = re.sub(r"[’']s$", "", name)
    name = re.sub(r"^the\s+", "", name)  # "the BBC" -> "BBC"; a capital "The Guardian" is the name
    if _is_medium(name):
        cited.setdefault(_key(name), name)


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower())


def _is_medium(name: str) -> bool:
    bare = re.sub(r"^[Tt]he\s+", "", name).lower()
    return (
        name.lower() in _AGENCIES
        or bare in _AGENCIES
        or _DOMAIN.match(name) is not None
        or _MEDIA_WORD.search(name) is not None
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host or not _HOST.match(host):
        return None
    return host.removeprefix("www.")
