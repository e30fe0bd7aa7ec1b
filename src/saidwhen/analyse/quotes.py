"""Quotes of one parsed article: attributions (``extract``) turned into ``Quote`` records.

Each quote gets its kind (DIRECT when its content is all inside quote marks, MIXED when it holds a
partial quote, INDIRECT otherwise), its resolved speaker, its markers, its editorial insertions, and
the date it was said when the cue's sentence names one ("on Sunday" -> 2025-12-14).

Quoted statements that no cue claimed are kept too, with an unknown speaker, when they read as
statements (not a scare quote, a title or a quoted term): the record must not lose them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from saidwhen.analyse.entities import Registry
from saidwhen.analyse.extract import RawAttribution, extract
from saidwhen.analyse.features import load_models
from saidwhen.analyse.markers import find_markers
from saidwhen.analyse.quotemarks import RegionIndex, editorial_insertions, find_regions, looks_like_statement
from saidwhen.analyse.speakers import (
    NameMention,
    Resolved,
    SpeakerResolver,
    build_registry,
    name_mentions,
    surname_mentions,
)
from saidwhen.records import (
    DateMention,
    Entity,
    EntityKind,
    Granularity,
    Mention,
    Quote,
    QuoteKind,
    Sentence,
    Span,
)


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """What quote analysis found in one article."""

    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]


def quote_id(article_id: str, content: Sequence[Span]) -> str:
    """Content hash of a quote: its article and content offsets."""
    key = article_id + ":" + ",".join(f"{s.start}-{s.end}" for s in content)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _kind(a: RawAttribution, quotes: RegionIndex) -> QuoteKind:
    if not a.regions:
        return QuoteKind.INDIRECT
    total = sum(len(p) for p in a.content)
    quoted = sum(
        min(p.end, r.end) - max(p.start, r.start)
        for p in a.content
        for r in a.regions
        if r.start < p.end and p.start < r.end
    )
    return QuoteKind.DIRECT if quoted >= 0.9 * total else QuoteKind.MIXED


# A sentence that dates the words of the sentence before: "She said this on Monday in Brussels".
_SAID_THIS = re.compile(
    r"^\W*(?:she|he|they|it)\s+(?:said|made|gave|stated|announced|delivered|voiced)\s+"
    r"(?:this|these|that|so|it|the (?:remarks?|comments?|statements?))\b",
    re.I,
)


# Between the cue and a date after it, a clause of its own: "... during the talks, which are set to continue
# on Monday" dates the talks, not the words.
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:which|who|that|when|where|while|as|after|before|until)\b", re.I)


def _inside(spans: Sequence[Span], at: int) -> bool:
    """Whether offset ``at`` falls in one of ``spans`` (the content of an attribution)."""
    return any(p.start <= at < p.end for p in spans)


def _sentence_at(sentences: Sequence[Sentence], at: int) -> int | None:
    """The index of the sentence holding offset ``at``; None when none does."""
    return next((i for i, s in enumerate(sentences) if s.span.start <= at < s.span.end), None)


def _day_in(
    sentence: Sentence, a: RawAttribution, dates: Sequence[DateMention], anywhere: bool = False
) -> date | None:
    """A resolved day in ``sentence`` outside the content: before the words, or after the cue with no
    clause of its own between ("he said in a WhatsApp chat on Sunday"); ``anywhere`` in a sentence that
    only dates them."""
    span = sentence.span
    for d in dates:
        if not span.start <= d.span.start < span.end or d.resolved is None or d.granularity is not Granularity.DAY:
            continue  # "in 2024" is not a day it was said
        if _inside(a.content, d.span.start):
            continue
        between = ""
        if a.cue is not None and a.cue.end <= d.span.start:
            between = sentence.text[a.cue.end - span.start : d.span.start - span.start]
            # The words themselves, when they come between, are no clause of the narration.
            between = "".join(" " if _inside(a.content, a.cue.end + i) else c for i, c in enumerate(between))
        after_cue = a.cue is not None and a.cue.end <= d.span.start and not _OTHER_CLAUSE.search(between)
        if anywhere or d.span.start < a.content[0].start or after_cue:
            return d.resolved
    return None


def _said_on(a: RawAttribution, sentences: Sequence[Sentence], dates: Sequence[DateMention]) -> date | None:
    """A resolved date in the cue's sentence, outside the content ("she said on Monday"), or in the
    next sentence when that one dates these words ("She said this on Monday")."""
    if a.cue is None:
        return None
    at = _sentence_at(sentences, a.cue.start)
    if at is None:
        return None
    found = _day_in(sentences[at], a, dates)
    if found is None and at + 1 < len(sentences) and _SAID_THIS.match(sentences[at + 1].text):
        found = _day_in(sentences[at + 1], a, dates, anywhere=True)
    return found


def _dated_by_earlier(quotes: list[Quote], sentences: Sequence[Sentence], dates: Sequence[DateMention]) -> list[Quote]:
    """Undated words of a speaker take the day of the same speaker's last dated words earlier in the
    article ("She said this on Monday ... she added"), unless their own sentence names another time
    ("in 2019 she promised")."""
    last: dict[str, date] = {}
    out = []
    for q in quotes:
        if q.said_on is None and q.speaker is not None and q.speaker in last:
            at = _sentence_at(sentences, q.cue.start if q.cue is not None else q.content[0].start)
            sent = sentences[at].span if at is not None else None
            own_time = sent is not None and any(
                sent.start <= d.span.start < sent.end and not _inside(q.content, d.span.start) for d in dates
            )
            if not own_time:
                q = replace(q, said_on=last[q.speaker])
        if q.said_on is not None and q.speaker is not None:
            last[q.speaker] = q.said_on
        out.append(q)
    return out


# A source that is denied: "Neither NATO nor EU leaders have issued any statements ...", "No official has said ...".
_DENYING = re.compile(r"(?:neither|no|not\s+one|none\s+of)\s", re.I)
_DENIED_SOURCE = re.compile(r"(?:^|[.;:!?]\s+|\s)(?:neither|no|not\s+one|none\s+of(?:\s+the)?)\s+$", re.I)


def _denied_source(a: RawAttribution, text: str) -> bool:
    """Whether the attribution's source is denied, so that no one is said to have said anything."""
    if a.source is None:
        return False
    if _DENYING.match(text, a.source.start):
        return True  # the source span opens with the denial
    return bool(_DENIED_SOURCE.search(text, max(0, a.source.start - 20), a.source.start))


def _previous_paragraph_speaker(
    text: str, a: RawAttribution, resolved: list[tuple[RawAttribution, Resolved]]
) -> Resolved | None:
    """For a cue-less quote opening a paragraph: the speaker of the previous paragraph's last
    attribution when that is a person. News writing leaves such a speaker implicit."""
    start = a.content[0].start
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # not at the start of its paragraph
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    last = [(b, who) for b, who in resolved if b.cue is not None and prev_start <= b.cue.start < prev_end]
    if last and last[-1][1].kind is EntityKind.PERSON:
        return last[-1][1]
    return None


def unclaimed_statements(found: list[RawAttribution], text: str, quotes: RegionIndex) -> list[RawAttribution]:
    """Quoted statements no attribution covers, as cue-less, speaker-less attributions."""
    covered = [p for a in found for p in a.content]
    out = []
    for r in quotes.regions:
        if any(p.start <= r.inner.start < p.end for p in covered) or not looks_like_statement(text, r):
            continue
        out.append(RawAttribution(cue=None, source=None, content=[r.outer], score=0.0, direct=True, regions=[r.outer]))
    return out


# An embedded post's signature line: "— Special Envoy Steve Witkoff (@SEPeaceMissions) December 14, 2025".
_SIGNATURE = re.compile(
    r"^[—–-]\s*(?P<who>[^\n()@]{3,80}?)\s*(?P<handle>\(@\w{1,30}\))[^\S\n]*(?P<when>[^\n]{0,40})$", re.M
)
# What marks the paragraph of the post itself: its picture or short link.
_POST_BODY = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*$")


def _lines(text: str) -> list[Span]:
    """The non-empty lines of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(at, at + len(line)))
        at += len(line) + 1
    return out


_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                                   "nov", "dec"))}  # fmt: skip
_SIGNED_ON = re.compile(r"\b(?P<mon>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b")


def _signed_on(when: str) -> date | None:
    """The day of a signature line ("December 14, 2025"); None when it gives none."""
    m = _SIGNED_ON.search(when)
    month = _MONTH_NUMBERS.get(m.group("mon").lower()) if m else None
    if m is None or month is None:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None


def embedded_posts(found: list[RawAttribution], text: str) -> list[tuple[RawAttribution, date | None]]:
    """Posts embedded in an article (a social-media post quoted whole): the paragraph next to a signature
    line "— Name (@handle) date" that carries the post's picture or short link is the named person's own
    words, dated by the signature (its handle stands as the cue)."""
    covered = [p for a in found for p in a.content]
    lines = _lines(text)
    out = []
    for m in _SIGNATURE.finditer(text):
        at = next((i for i, line in enumerate(lines) if line.start <= m.start() < line.end), None)
        if at is None:
            continue
        for body in (lines[at + 1] if at + 1 < len(lines) else None, lines[at - 1] if at > 0 else None):
            if body is None or not _POST_BODY.search(body.of(text)):
                continue
            link = _POST_BODY.search(body.of(text))
            content = Span(body.start, body.start + link.start()) if link else body
            if any(p.start < content.end and content.start < p.end for p in covered) or not content.of(text).strip():
                continue
            words = list(re.finditer(r"[A-Z][\w’'.-]+", m.group("who")))
            if not words:
                continue
            head = words[-2] if len(words) >= 2 else words[-1]
            source = Span(m.start("who") + head.start(), m.end("who"))
            post = RawAttribution(cue=Span(*m.span("handle")), source=source, content=[content], score=0.0,
                                  direct=True, regions=[content])  # fmt: skip
            out.append((post, _signed_on(m.group("when"))))
            break
    return out


def _mention(m: NameMention, text: str, registry: Registry) -> Mention:
    """A name mention linked to the registry (a lone surname of a known person is that person)."""
    person = registry.canonical(m.name, EntityKind.PERSON)
    if m.kind in (EntityKind.PERSON, EntityKind.OTHER) and person:
        return Mention(m.span, m.span.of(text), EntityKind.PERSON, person)
    if m.kind is EntityKind.ORGANISATION:
        return Mention(m.span, m.span.of(text), m.kind, registry.canonical(m.name, m.kind))
    return Mention(m.span, m.span.of(text), m.kind)


def article_quotes(
    article_id: str,
    text: str,
    sentences: Sequence[Sentence],
    units: list[tuple[int, Any]],
    published: date | None = None,
    dates: Sequence[DateMention] = (),
    keep_unclaimed: bool = True,
    nested: bool = True,
) -> ArticleQuotes:
    """Quotes, name mentions and the entity registry of one article from its parsed sentences.

    ``nested`` keeps a statement reported inside another one ("Orda.kz reports Zelenskyy said X"),
    except inside quote marks; PolNeAR annotates only the outer one, so its evaluation turns it off.
    ``keep_unclaimed`` keeps quoted statements no cue claims.
    """
    quotes = RegionIndex(find_regions(text))  # by paragraph: an open quote may run past a sentence
    found = extract(units, text, quotes, load_models(), nested=nested)
    if keep_unclaimed:
        found += unclaimed_statements(found, text, quotes)
        posts = embedded_posts(found, text)
        found += [a for a, _ in posts]
        posted = {id(a): day for a, day in posts}
    else:
        posted = {}
    found = [a for a in found if not _denied_source(a, text)]
    found.sort(key=lambda a: a.content[0].start)
    names = name_mentions(units, text)
    registry = build_registry(names)
    names = surname_mentions(text, names, registry)
    resolver = SpeakerResolver(text, names, registry, quotes)
    out = []
    resolved: list[tuple[RawAttribution, Resolved]] = []
    for a in sorted(found, key=lambda a: a.source.start if a.source else a.content[0].start):
        who = resolver.resolve(a.source, a.source_token)
        if a.cue is None:
            who = _previous_paragraph_speaker(text, a, resolved) or who
        resolved.append((a, who))
        content = tuple(a.content)
        out.append(
            Quote(
                id=quote_id(article_id, content),
                article_id=article_id,
                content=content,
                text=" ... ".join(p.of(text) for p in content),
                kind=_kind(a, quotes),
                cue=a.cue,
                source=a.source,
                speaker=who.speaker,
                speaker_kind=who.kind,
                said_on=_said_on(a, sentences, dates) or posted.get(id(a)),
                published=published,
                markers=find_markers(text, content),
                editorial=tuple(e for p in content for e in editorial_insertions(text, p)),
            )
        )
    out.sort(key=lambda q: q.content[0].start)
    out = _dated_by_earlier(out, sentences, dates)
    mentions = tuple(_mention(m, text, registry) for m in names)
    return ArticleQuotes(tuple(out), mentions, registry.entities())
