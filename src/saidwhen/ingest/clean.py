"""Split an article's original text into classified blocks, keeping exact offsets.

``segment`` never changes the text. Blocks are trimmed of surrounding white space, appear in text
order, and together cover every non-blank character exactly once; the gaps hold only white space.

A block is a line, except in hard-wrapped prose (a blank-line paragraph whose lines, all but the
last, are 40-100 characters and none a list item), where the paragraph is one block. The reader's
header and title lines are always blocks of their own (HEADER, TITLE).

BOILERPLATE is decided by general rules about the shape of a line, never by matching known strings.
Each rule's name is the block's ``reason``:

* ``production note``   -- "This audio is created with AI assistance", "Listen to this article"
* ``image credit``      -- a short "Photo: ...", "Screenshot – site", "Image by ..." line
* ``agency credit``     -- a short "Firstname Lastname | Agency" (or "/ Agency") photo credit line
* ``call to action``    -- "Read more: ...", "Read also", "See also", "Subscribe ...", "Follow us"
* ``link list``         -- a section heading ("Latest news", "Related", "More stories", "Most read")
                           and the list of bullet lines after it
* ``embedded post``     -- a social-media embed's signature line "— Name (@handle) December 14, 2025"
                           and the post's trailing pic.twitter.com / t.co link
* ``site furniture``    -- "Advertisement", "© 2025 ...", "All rights reserved", "Share this"

Two rules keep their block's text. The text of an embedded post (a line ending in a pic.twitter.com /
t.co link, less the link, or the short line just before a signature line) is a POST (reason
``embedded post``): its author's own words (the analyse stage attributes them, dated by the
signature), analysed like body text, never read as the article's dateline or prose when dating.
A line ending in a full date ("..., London, December 8, 2025.") just before an agency or image
credit is a CAPTION (reason ``photo caption``). A caption is analysed like
body text (it states who met whom, where and when: a claim can rest on it) but is never read as the
article's dateline or prose when the publication date is inferred (dating.py).

A body paragraph that merely mentions an agency ("..., Reuters reported.") stays BODY: the credit
rules only fire on short lines made of a name and an agency and nothing else.
"""

from __future__ import annotations

import re

from saidwhen.records import Block, BlockKind, RawDocument, Span

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_DATE_END = re.compile(rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})\.?\s*$")
_BULLET = re.compile(r"\s*(?:[-*•·–—▪►]|\d{1,2}[.)])\s+\S")

_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    # (reason, longest line the rule may fire on, pattern); short limits keep body prose safe.
    (
        "production note",
        200,
        re.compile(
            r"(?i)^(?:this|the)\s+(?:audio|article|story|text|summary|translation|video|piece|narration)\b.{0,60}?"
            r"\b(?:created|generated|produced|translated|narrated|voiced|written|read)\b.{0,40}?"
            r"\b(?:AI|artificial intelligence|machine|automated|text-to-speech|synthetic)\b"
            r"|^(?:listen to this (?:article|story)|audio version|AI-generated (?:audio|summary))\b"
        ),
    ),
    (
        "image credit",
        160,
        re.compile(
            r"(?i)^\(?(?:photo(?:graph)?s?|image|picture|pic|screenshot|screen grab|video|illustration|"
            r"graphic|credit|source|footage)(?:\s+(?:by|credit|courtesy(?: of)?|from|via))?\s*[:|–—-]\s*\S"
            r"|^\(?(?:photo|image|picture|illustration)\s+(?:by|courtesy of|via)\s+\S"
        ),
    ),
    (
        "agency credit",
        90,
        re.compile(
            r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[|/]\s*"
            r"[A-Z][\w&.’'-]*(?:\s+(?:via\s+)?[A-Z][\w&.’'-]*){0,4}\s*$"
        ),
    ),
    (
        "call to action",
        250,
        re.compile(
            r"(?i)^(?:read|see|watch|listen)\s+(?:more|also|next|too)\b\s*[:–—|»>-]?"
            r"|^(?:also read|related(?: articles?| stories| coverage| content)?|more on this|recommended)"
            r"\s*[:–—|»>-]"
            r"|^(?:subscribe|sign up|follow us|click here|share (?:this|on)|support (?:us|our)|donate|"
            r"download (?:our|the) app|get (?:our|the) newsletter)\b"
        ),
    ),
    (
        "embedded post",
        300,
        re.compile(
            r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$"
            r"|.*?(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)"
        ),
    ),
    (
        "site furniture",
        120,
        re.compile(
            r"(?i)^(?:advertisement|sponsored|©.*|copyright\b.*|all rights reserved\.?|share this.*)\s*$"
        ),
    ),
)
_LIST_HEADING = re.compile(
    r"(?i)^(?:(?:the\s+)?latest(?:\s+(?:news|stories|articles|headlines|updates))?|related(?:\s+\w+){0,2}|"
    r"more\s+(?:news|stories|articles|headlines|from\s+\w+(?:\s+\w+)?)|most\s+(?:read|popular|viewed|shared)|"
    r"(?:top|popular|trending)(?:\s+(?:news|stories|articles|now))?|read\s+next|you\s+may\s+(?:also\s+)?like|"
    r"recommended(?:\s+for\s+you)?|editor'?s\s+picks|also\s+on\s+\w+|in\s+other\s+news|news\s+feed)\s*:?\s*$"
)
_LINE = re.compile(r"[^\n]+")
_POST_LINK = re.compile(r"\s*((?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\S*)\s*$")
_EMBED_BYLINE = re.compile(r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)")
_CREDIT_REASONS = frozenset({"agency credit", "image credit"})


def segment(raw: RawDocument) -> tuple[Block, ...]:
    """Partition ``raw.text`` into TITLE / HEADER / BODY / BOILERPLATE blocks (offsets exact)."""
    text = raw.text
    spans = _block_spans(text, raw)
    kinds: list[BlockKind] = []
    reasons: list[str] = []
    for span in spans:
        kind, reason = _fixed_kind(span, raw)
        if kind is BlockKind.BODY or kind is BlockKind.TITLE:
            rule = _line_rule(span.of(text))
            if rule:
                kind, reason = BlockKind.BOILERPLATE, rule
        kinds.append(kind)
        reasons.append(reason)
    _context_rules(text, spans, kinds, reasons)
    blocks: list[Block] = []
    for span, kind, reason in zip(spans, kinds, reasons, strict=True):
        link = _POST_LINK.search(span.of(text)) if reason == "embedded post" else None
        if link is None and reason == "embedded post" and not _EMBED_BYLINE.match(span.of(text)):
            kind = BlockKind.POST  # the text above a signature line
        if link is not None and link.start() > 0:
            # The post's words are kept; its picture or short link is not text.
            words = span.start + len(span.of(text)[: link.start()].rstrip())
            blocks.append(Block(Span(span.start, words), BlockKind.POST, reason))
            blocks.append(Block(Span(span.start + link.start(1), span.end), BlockKind.BOILERPLATE, reason))
            continue
        blocks.append(Block(span, kind, reason))
    return tuple(blocks)


def _fixed_kind(span: Span, raw: RawDocument) -> tuple[BlockKind, str]:
    if raw.title_span is not None and span == raw.title_span:
        return BlockKind.TITLE, ""
    if raw.header is not None and raw.header.start <= span.start and span.end <= raw.header.end:
        return BlockKind.HEADER, ""
    return BlockKind.BODY, ""


def _line_rule(line: str) -> str:
    for reason, limit, pattern in _RULES:
        # match, not search: every rule is anchored at the line start, and search would try
        # each position of a long line for a top-level alternation
        if len(line) <= limit and pattern.match(line):
            return reason
    return ""


def _context_rules(text: str, spans: list[Span], kinds: list[BlockKind], reasons: list[str]) -> None:
    """Rules that look at neighbours: link lists, captions above credits, embed text above bylines."""
    n = len(spans)
    for i in range(n):
        if kinds[i] not in (BlockKind.BODY, BlockKind.BOILERPLATE):
            continue
        line = spans[i].of(text)
        if len(line) <= 60 and _LIST_HEADING.match(line):
            j = i + 1
            while j < n and _BULLET.match(spans[j].of(text)) and len(spans[j]) <= 200:
                j += 1
            # a heading alone at the end, or a heading over a list of links, is navigation
            if j > i + 1 or i == n - 1:
                for k in range(i, j):
                    kinds[k], reasons[k] = BlockKind.BOILERPLATE, "link list"
        if i > 0 and kinds[i - 1] is BlockKind.BODY:
            before = spans[i - 1].of(text)
            if reasons[i] in _CREDIT_REASONS and len(before) <= 400 and _FULL_DATE_END.search(before):
                kinds[i - 1], reasons[i - 1] = BlockKind.CAPTION, "photo caption"
            elif _EMBED_BYLINE.match(line) and len(before) <= 300:
                kinds[i - 1], reasons[i - 1] = BlockKind.POST, "embedded post"


def _block_spans(text: str, raw: RawDocument) -> list[Span]:
    fixed = [s for s in (raw.header, raw.title_span) if s is not None]
    if raw.header is not None and raw.title_span is not None:
        # the header line splits into its date part (HEADER) and its title part (TITLE)
        fixed = [Span(raw.header.start, raw.title_span.start), raw.title_span]
    spans: list[Span] = []
    for lines in _paragraphs(text):
        start, end = lines[0][0], lines[-1][1]
        if _hard_wrapped(text, lines) and not any(_overlaps(s, start, end) for s in fixed):
            spans.append(Span(start, end))
        else:
            spans.extend(Span(a, b) for a, b in lines)
    if fixed:
        limit = max(f.end for f in fixed)
        head = [s for s in spans if s.start < limit]
        spans = _carve(text, head, fixed) + spans[len(head) :]
    return spans


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Trimmed non-blank lines, grouped into paragraphs (runs without a blank line between)."""
    paragraphs: list[list[tuple[int, int]]] = []
    prev_end = -1
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        a = m.start() + len(line) - len(line.lstrip())
        b = a + len(stripped)
        if prev_end >= 0 and text.count("\n", prev_end, a) == 1:
            paragraphs[-1].append((a, b))
        else:
            paragraphs.append([(a, b)])
        prev_end = b
    return paragraphs


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 2:
        return False
    if any(_BULLET.match(text, a, b) for a, b in lines):
        return False
    return all(40 <= b - a <= 100 for a, b in lines[:-1]) and lines[-1][1] - lines[-1][0] <= 100


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def _carve(text: str, spans: list[Span], fixed: list[Span]) -> list[Span]:
    """Cut the fixed header/title spans out of the blocks they fall in, keeping the remainders."""
    out: list[Span] = []
    for span in spans:
        pieces = [(span.start, span.end)]
        for f in fixed:
            next_pieces = []
            for a, b in pieces:
                if f.end <= a or b <= f.start:
                    next_pieces.append((a, b))
                    continue
                next_pieces.extend(p for p in ((a, f.start), (f.end, b)) if p[1] > p[0])
            pieces = next_pieces
        out.extend(s for s in (_trim(text, a, b) for a, b in pieces) if s is not None)
    out.extend(s for s in (_trim(text, f.start, f.end) for f in fixed) if s is not None)
    out.sort(key=lambda s: s.start)
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
