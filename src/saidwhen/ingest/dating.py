"""Publication dates, and the dates written in an article resolved against them. Pure regex, no I/O.

Publication date, first source that gives one wins (confidence in brackets):

* HEADER (0.95)   -- the `` date YYYY-MM-DD`` first line of a plain-text article;
* METADATA (0.9)  -- a field of the container: JSONL ``date``, HTML meta, feed pubDate;
* URL (0.8)       -- a ``/2025/12/15/`` or ``/20251215/`` path in the article's URL;
* TEXT (0.5)      -- a dateline: a full date (day, month, year) opening one of the first three body
                     blocks ("LONDON, Dec. 8, 2025 (Reuters) -", "Published: 8 December 2025", or
                     a line that is only a date);
* INFERRED (0.3)  -- reasoned from the dates and weekdays written in the text (below);
* NONE (0.0)      -- nothing else: the article stays undated. No default is ever made up.

Full dates elsewhere in the text are NOT taken as the publication date: they date the events
reported, a quoted post or a photo, and a wrong date in the record is worse than none. They can
still bound it. INFERRED, tried last, works like this:

* lower bound L: the latest full date (day, month AND year) written anywhere in the original text,
  boilerplate included: an article is not older than the dates it prints. A full date with a future
  cue ("will", "set to", ...) in its clause is an upcoming event, so an upper bound instead. A month
  and year ("December 2025") or a year alone never gives a day.
* L must come from a photo caption or an embedded post, not from the title or body prose. Measured
  on the 924 PolNeAR articles (their file names give the true date): with L taken from the prose
  too, the rule fired 53 times and was more than a day off 42 times; full dates in prose date the
  events the article reports, and its weekdays then name days before them.
* guards: no inference when the title or body reports a later month or year as past than L (then L
  is stale: "Sept. 11, 2001" in a 2016 article), or when there is no weekday reference in the past
  and no pinned one (below): a lone L, or only "will resume on Monday", says nothing about P.
* weekday references, from title and body only: a weekday ("said on Sunday", "last Monday") or a
  weekend ("over the weekend"), read as past or future by the cues below. When L is a photo
  caption's date, each must name a day on or after L: the photo predates the news the article
  reports by weekday. An embedded post is quoted as the news happens, so its byline is not taken as
  older than those days. A weekday with a month and day but no year ("Monday, December 15") pins
  its date: resolved against P, it must fall on that weekday (which with a future cue caps P).
* the publication date P is the EARLIEST day in [L, L + 7] that meets every constraint; if none
  does, the article stays undated. Evidence is the span of L; the confidence (0.3) is the lowest
  because this is a heuristic. On PolNeAR it now fires 9 times: 8 within a day, 1 six days late (a
  week-old tweet).

So, for the seeds that have no header:

* seed 003 -> 2025-12-14. L is the embedded tweet's byline "December 14, 2025"; "set to continue on
  Monday, December 15" pins Monday 2025-12-15 as upcoming, so P is Dec 14 or 15; the earliest wins.
* seed 004 -> 2025-12-14. L is the photo caption's "December 8, 2025" (a Monday); "said on Sunday"
  must be on or after it, so P >= Sunday Dec 14; "over the weekend" (past) and "set to continue on
  Monday", "are continuing on Monday" (future) agree. Then "on Sunday" -> 2025-12-14, "over the
  weekend" -> RANGE from 2025-12-13, "on Monday" -> 2025-12-15.
* seed 001 stays undated: "December 2025" and "2024" give no day.

Resolution rules of ``find_dates`` (P is the publication date; with no P, every relative or
year-less mention has ``resolved=None``):

* full dates ("14 December 2025", "Dec. 14, 2025", "2025-12-14") -> that DAY; "December 2025" -> MONTH
  (first day); a year "2024" -> YEAR (January 1); these need no P.
* a month and day without a year ("On Feb. 18", "Dec. 14") -> the latest such date on or before P,
  as news reports the past; with a future cue before it in the sentence ("will", "set to",
  "scheduled", "expected to", "due to", "plans to", or a present progressive right before the date:
  "talks are continuing on Monday") the first such date on or after P. Used as a
  modifier ("the Sept. 11 attacks") it names an event of any year and stays unresolved.
* a weekday ("on Monday") -> the most recent such day on or before P (so P itself when P is a
  Monday); with a future cue, the first on or after P; "last Monday" strictly before, "next Monday"
  strictly after.
* "yesterday", "last night" -> P - 1; "today", "tonight", "this morning" -> P; "tomorrow" -> P + 1.
* "over the weekend", "this weekend" -> RANGE from the Saturday on or before P (on or after P with a
  future cue); "last weekend" -> the last weekend wholly before P (on a Monday the one just
  passed, on a Sunday the one before); "next weekend" -> the first Saturday after P.
* "last/this/next week" -> RANGE from that week's Monday; "... month" -> MONTH; "... year" -> YEAR.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta

from saidwhen.records import (
    Block,
    BlockKind,
    DateMention,
    DateSource,
    Granularity,
    PublicationDate,
    RawDocument,
    Span,
)

CONFIDENCE = {
    DateSource.HEADER: 0.95,
    DateSource.METADATA: 0.9,
    DateSource.URL: 0.8,
    DateSource.TEXT: 0.5,
    DateSource.INFERRED: 0.3,
    DateSource.NONE: 0.0,
}

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

# Forward forms, tried only where a month or weekday name or a number starts (see _candidates):
# one alternation tried at every position of the text costs ten times more.
_FORWARD = re.compile(
    rf"(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})\b"
    rf"|(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\b"
    rf"|(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?\b"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})\b"
    rf"|(?P<wd>{_WEEKDAY})\b"
    rf"|(?P<year>{_YEAR})(?![\d%]|[.,/-]\d)"
)
_NUMBER = re.compile(r"[0-9]+")
_NAME_STARTS = frozenset(n.title() for n in (*_MONTH_NAMES, "mon", "tue", "wed", "thu", "fri", "sat", "sun"))
# A leading character class lets the regex engine skip fast to likely starts; the set decides.
_NAME_START = re.compile(r"[ADFJMNOSTW](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|on|ue|ed|hu|ri|at)")
_WEEKDAY_MODIFIER = re.compile(r"(?<![A-Za-z])(?:[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+$")
_NOT_BEFORE_NUMBER = frozenset("$€£.,/-")
# Relative expressions, found by a literal anchor (fast str.find) and a required prefix before it:
# (anchor, prefix pattern ending at the anchor, kind, day shift for "rel").
_ANCHORS: tuple[tuple[str, re.Pattern[str], str, int], ...] = (
    ("esterday", re.compile(r"(?<![A-Za-z])[Yy]$"), "rel", -1),
    ("oday", re.compile(r"(?<![A-Za-z])[Tt]$"), "rel", 0),
    ("onight", re.compile(r"(?<![A-Za-z])[Tt]$"), "rel", 0),
    ("omorrow", re.compile(r"(?<![A-Za-z])[Tt]$"), "rel", 1),
    ("night", re.compile(r"(?<![A-Za-z])[Ll]ast\s+$"), "rel", -1),
    ("morning", re.compile(r"(?<![A-Za-z])[Tt]his\s+$"), "rel", 0),
    ("afternoon", re.compile(r"(?<![A-Za-z])[Tt]his\s+$"), "rel", 0),
    ("evening", re.compile(r"(?<![A-Za-z])[Tt]his\s+$"), "rel", 0),
    (
        "weekend",
        re.compile(
            r"(?<![A-Za-z])(?:(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t)\s+the|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\s+$"
        ),
        "weekend",
        0,
    ),
    ("week", re.compile(r"(?<![A-Za-z])(?:[Ll]ast|[Tt]his|[Nn]ext)\s+$"), "period", 0),
    ("month", re.compile(r"(?<![A-Za-z])(?:[Ll]ast|[Tt]his|[Nn]ext)\s+$"), "period", 0),
    ("year", re.compile(r"(?<![A-Za-z])(?:[Ll]ast|[Tt]his|[Nn]ext)\s+$"), "period", 0),
)
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|set to|scheduled|expected to|due to|plans? to|planning to|going to|to be held)\b",
    re.IGNORECASE,
)
# "talks are continuing on Monday": a present progressive right before the date is an arrangement
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:still\s+)?[a-z]+ing\s+(?:on\s+)?$")
_MODIFIER_AFTER = re.compile(r"\s+[a-z]+")
# the future cue must belong to the date's own clause: cut at a sentence end, a quote mark or a
# reporting verb ("“Russia will try,” Kallas said on Feb. 18" is past)
_BOUNDARY_BACK = re.compile(r"[.!?]\s|[“”\"«»]|\b(?:said|says|told|added|noted|stated)\b")
_LEADING_WEEKDAY = re.compile(_WEEKDAY)
_WEEKEND_PREFIX = next(prefix for anchor, prefix, _, _ in _ANCHORS if anchor == "weekend")
INFER_WINDOW = 7  # days after the lower bound in which an inferred publication date may fall
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_DATELINE = re.compile(
    rf"(?:(?i:(?:first\s+)?(?:published|posted|updated)(?:\s+on)?):?\s+)?(?:[A-Z][A-Za-z .'-]{{1,40}},\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})|(?P<iso>{_YEAR}-\d{{2}}-\d{{2}}))"
    r"(?=\s*(?:[,(—–|-]|$|\d{1,2}[:.]\d{2}))"
)


def publication_date(raw: RawDocument, blocks: Sequence[Block]) -> PublicationDate:
    """The article's publication date and how it was found; undated when nothing says."""
    if raw.published is not None:
        if raw.date_from_header and raw.header is not None:
            evidence = _find_in(raw.text, raw.header, raw.published.isoformat())
            return PublicationDate(raw.published, DateSource.HEADER, CONFIDENCE[DateSource.HEADER], evidence)
        return PublicationDate(raw.published, DateSource.METADATA, CONFIDENCE[DateSource.METADATA])
    if raw.url:
        m = _URL_DATE.search(raw.url)
        if m:
            value = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if value is not None:
                return PublicationDate(value, DateSource.URL, CONFIDENCE[DateSource.URL])
    body = [b for b in blocks if b.kind is BlockKind.BODY][:3]
    for block in body:
        m = _DATELINE.match(raw.text, block.span.start, block.span.end)
        if m:
            value = _full_date(m)
            if value is not None:
                evidence = Span(m.start(), m.end())
                return PublicationDate(value, DateSource.TEXT, CONFIDENCE[DateSource.TEXT], evidence)
    inferred = infer_publication_date(raw.text, blocks)
    return inferred if inferred is not None else PublicationDate(None, DateSource.NONE, 0.0)


# A constraint on the publication date P: (P, the first day weekday references may name) -> fits?
_Check = Callable[[date, date], bool]


def infer_publication_date(text: str, blocks: Sequence[Block]) -> PublicationDate | None:
    """A low-confidence publication date reasoned from full dates and weekdays (module doc), or None."""
    container = _locator([b.span for b in blocks])
    readable = {b.span for b in blocks if b.kind in (BlockKind.BODY, BlockKind.TITLE)}
    posts = {b.span for b in blocks if b.reason == "embedded post"}
    lower: tuple[date, Span, bool, bool] | None = None  # (date, where, in title or body, in a post)
    upper: date | None = None
    checks: list[_Check] = []
    anchored = False  # a past weekday or a pinned weekday date: something that can move P past L
    coarse: date | None = None  # the latest month or year the title and body report as past
    for m, span in _forward_matches(text, 0, len(text), container):
        start = m.start()
        if m.group("iso") or m.group("y1") or m.group("y2"):
            value = _full_date(m)
            if value is None:
                continue
            if _future(text, span, start):
                upper = value if upper is None else min(upper, value)
            elif lower is None or value > lower[0]:
                lower = (value, Span(start, m.end()), span in readable, span in posts)
            continue
        if span not in readable:
            continue
        future = _future(text, span, start)
        if m.group("m3") or m.group("year"):
            if not future:
                y3 = m.group("y3")
                since = date(int(y3), _month(m.group("m3")), 1) if y3 else date(int(m.group("year")), 1, 1)
                coarse = since if coarse is None else max(coarse, since)
        elif m.group("wd") is not None:
            modifier = _WEEKDAY_MODIFIER.search(text, max(span.start, start - 8), start)
            mod = "" if modifier is None else modifier.group().split()[0].lower()
            checks.append(_weekday_check(_WEEKDAYS.index(m.group("wd").lower()), mod, future))
            anchored = anchored or (not future and mod not in ("next", "coming"))
        elif m.group("m1") or m.group("m2"):
            named = _LEADING_WEEKDAY.match(text, start)
            day = int((m.group("d1") or m.group("d2")).rstrip("stndrh"))
            month = _month(m.group("m1") or m.group("m2"))
            if named is not None and _make_date(2000, month, day) is not None:
                checks.append(_pinned_check(_WEEKDAYS.index(named.group().lower()), month, day, future))
                anchored = True
    for span in readable:
        at = text.find("weekend", span.start, span.end)
        while at >= 0:
            end = at + len("weekend")
            before = _WEEKEND_PREFIX.search(text, max(span.start, at - 16), at)
            if before is not None and (end == len(text) or not text[end].isalpha()):
                mod = text[before.start() : at].split()[0].lower()
                future = _future(text, span, before.start())
                checks.append(_weekend_check(mod, future))
                anchored = anchored or (not future and mod != "next")
            at = text.find("weekend", end, span.end)
    if lower is None or lower[2] or not anchored or (coarse is not None and coarse > lower[0]):
        return None
    low, evidence, _, post = lower
    floor = date.min if post else low
    for offset in range(INFER_WINDOW + 1):
        candidate = low + timedelta(days=offset)
        if upper is not None and candidate > upper:
            break
        if all(check(candidate, floor) for check in checks):
            return PublicationDate(candidate, DateSource.INFERRED, CONFIDENCE[DateSource.INFERRED], evidence)
    return None


def _weekday_check(weekday: int, mod: str, future: bool) -> _Check:
    return lambda pub, low: _weekday(pub, weekday, mod, future) >= low


def _weekend_check(mod: str, future: bool) -> _Check:
    return lambda pub, low: _weekend(pub, mod, future) >= low


def _pinned_check(weekday: int, month: int, day: int, future: bool) -> _Check:
    def check(pub: date, low: date) -> bool:
        value = _month_day(pub, month, day, future)
        return value is not None and value.weekday() == weekday

    return check


def _locator(spans: Sequence[Span]) -> Callable[[int], Span | None]:
    """A function from a text position to the span among ``spans`` that holds it, if any."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]

    def container(pos: int) -> Span | None:
        i = bisect_right(starts, pos) - 1
        return ordered[i] if i >= 0 and pos < ordered[i].end else None

    return container


def find_dates(text: str, spans: Sequence[Span], published: date | None) -> tuple[DateMention, ...]:
    """Date expressions in the ``spans`` of ``text``, resolved against ``published`` (see module doc)."""
    if not spans:
        return ()
    # Scan the text once, not span by span (an article has dozens of spans), then keep the hits
    # that fall inside a span.
    container = _locator(spans)
    lo, hi = min(s.start for s in spans), max(s.end for s in spans)
    found = [*_forward(text, lo, hi, container, published), *_relative(text, lo, hi, container, published)]
    found.sort(key=lambda mention: mention.span.start)
    return tuple(found)


def _candidates(text: str, lo: int, hi: int) -> list[int]:
    """Starts of words that may open a forward date: month/weekday names and numbers."""
    starts = [
        m.start()
        for m in _NAME_START.finditer(text, lo, hi)
        if m.group() in _NAME_STARTS and (m.start() == 0 or not text[m.start() - 1].isalnum())
    ]
    for m in _NUMBER.finditer(text, lo, hi):
        before = text[m.start() - 1] if m.start() > 0 else " "
        if len(m.group()) in (1, 2, 4) and not before.isalnum() and before not in _NOT_BEFORE_NUMBER:
            starts.append(m.start())
    starts.sort()
    return starts


def _forward_matches(
    text: str, lo: int, hi: int, container: Callable[[int], Span | None]
) -> Iterator[tuple[re.Match[str], Span]]:
    """Forward date expressions in ``text[lo:hi]``, left to right, none overlapping the one before,
    each with the block that holds it (nothing outside a block)."""
    done = lo
    for start in _candidates(text, lo, hi):
        span = container(start)
        if start < done or span is None:
            continue
        m = _FORWARD.match(text, start, span.end)
        if m is not None:
            done = m.end()
            yield m, span


def _forward(
    text: str, lo: int, hi: int, container: Callable[[int], Span | None], pub: date | None
) -> list[DateMention]:
    out: list[DateMention] = []
    for m, span in _forward_matches(text, lo, hi, container):
        start = m.start()
        begin = start
        resolved: _Resolved | None
        if m.group("wd") is not None:
            modifier = _WEEKDAY_MODIFIER.search(text, max(span.start, start - 8), start)
            mod = ""
            if modifier is not None:
                begin, mod = modifier.start(), modifier.group().split()[0].lower()
            resolved = _weekday_mention(m.group("wd"), mod, text, span, begin, pub)
        else:
            resolved = _resolve(m, text, span, pub)
        if resolved is not None:
            value, granularity, relative = resolved
            out.append(DateMention(Span(begin, m.end()), text[begin : m.end()], value, granularity, relative))
    return out


def _relative(
    text: str, lo: int, hi: int, container: Callable[[int], Span | None], pub: date | None
) -> list[DateMention]:
    out: list[DateMention] = []
    for anchor, prefix, kind, shift in _ANCHORS:
        at = text.find(anchor, lo, hi)
        while at >= 0:
            end = at + len(anchor)
            span = container(at)
            before = None if span is None else prefix.search(text, max(span.start, at - 16), at)
            if span is not None and before is not None and (end == len(text) or not text[end].isalpha()):
                begin = before.start()
                words = text[begin:end].lower().split()
                value: date | None = None
                granularity = Granularity.DAY
                if kind == "weekend":
                    granularity = Granularity.RANGE
                    if pub is not None:
                        value = _weekend(pub, words[0], _future(text, span, begin))
                elif kind == "period":
                    granularity = {"week": Granularity.RANGE, "month": Granularity.MONTH}.get(
                        anchor, Granularity.YEAR
                    )
                    if pub is not None:
                        value = _period(pub, words[0], anchor)
                elif pub is not None:
                    value = pub + timedelta(days=shift)
                out.append(DateMention(Span(begin, end), text[begin:end], value, granularity, True))
            at = text.find(anchor, end, hi)
    return out


_Resolved = tuple[date | None, Granularity, bool]


def _weekday_mention(name: str, mod: str, text: str, span: Span, begin: int, pub: date | None) -> _Resolved:
    if pub is None:
        return (None, Granularity.DAY, True)
    weekday = _WEEKDAYS.index(name.lower())
    return (_weekday(pub, weekday, mod, _future(text, span, begin)), Granularity.DAY, True)


def _resolve(m: re.Match[str], text: str, span: Span, pub: date | None) -> _Resolved | None:
    """Full dates, month-days, month-years and years from a _FORWARD match."""
    g = m.group
    if g("iso"):
        value = _iso(g("iso"))
        return None if value is None else (value, Granularity.DAY, False)
    if g("m3"):
        return (date(int(g("y3")), _month(g("m3")), 1), Granularity.MONTH, False)
    if g("year"):
        return (date(int(g("year")), 1, 1), Granularity.YEAR, False)
    month = _month(g("m1") or g("m2"))
    day = int((g("d1") or g("d2")).rstrip("stndrh"))
    year_text = g("y1") or g("y2")
    if year_text:
        full = _make_date(int(year_text), month, day)
        return None if full is None else (full, Granularity.DAY, False)
    if _make_date(2000, month, day) is None:  # Feb 30 and the like: not a date (2000 is a leap year)
        return None
    the_before = text[max(span.start, m.start() - 4) : m.start()].lower() == "the "
    if pub is None or (the_before and _MODIFIER_AFTER.match(text, m.end(), span.end)):
        return (None, Granularity.DAY, True)  # "the Sept. 11 attacks": an event of any year
    return (_month_day(pub, month, day, _future(text, span, m.start())), Granularity.DAY, True)


def _weekday(pub: date, weekday: int, mod: str, future: bool) -> date:
    back = (pub.weekday() - weekday) % 7  # days back to the most recent such day, 0 if P is one
    ahead = (weekday - pub.weekday()) % 7
    if mod == "last":
        return pub - timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return pub + timedelta(days=ahead or 7)
    return pub + timedelta(days=ahead) if future else pub - timedelta(days=back)


def _weekend(pub: date, mod: str, future: bool) -> date:
    if mod == "last":
        return _weekday(pub - timedelta(days=2), 5, "", False)
    if mod == "next":
        return _weekday(pub, 5, "next", False)
    return _weekday(pub, 5, "", future)


def _period(pub: date, mod: str, unit: str) -> date:
    step = {"last": -1, "this": 0, "next": 1}[mod]
    if unit == "week":
        return pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return date(index // 12, index % 12 + 1, 1)
    return date(pub.year + step, 1, 1)


def _month_day(pub: date, month: int, day: int, future: bool) -> date | None:
    for year in (pub.year, pub.year + 1, pub.year - 1) if future else (pub.year, pub.year - 1):
        value = _make_date(year, month, day)
        if value is not None and (value >= pub if future else value <= pub):
            return value
    return None  # Feb 29 in no nearby leap year


def _future(text: str, span: Span, pos: int) -> bool:
    """A future cue earlier in the same clause ("set to continue on Monday")."""
    window_start = max(span.start, pos - 80)
    window = text[window_start:pos]
    stops = [m.end() for m in _BOUNDARY_BACK.finditer(window)]
    if stops:
        window = window[stops[-1] :]
    return _FUTURE.search(window) is not None or _PROGRESSIVE.search(window) is not None


def _full_date(m: re.Match[str]) -> date | None:
    if m.group("iso"):
        return _iso(m.group("iso"))
    month = _month(m.group("m1") or m.group("m2"))
    day = int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
    return _make_date(int(m.group("y1") or m.group("y2")), month, day)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _find_in(text: str, span: Span, needle: str) -> Span | None:
    at = text.find(needle, span.start, span.end)
    return Span(at, at + len(needle)) if at >= 0 else None
