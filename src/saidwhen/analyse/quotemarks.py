"""Quotation-mark regions in raw text, found without a parser.

A region is a balanced pair of marks (curly “ ”, straight ", the doubled apostrophes '' some outlets
such as the New York Times use, guillemets « ») inside one paragraph. An opening mark that is never
closed ends its region at the end of the paragraph: that is the convention for a quote continued in the
next paragraph, and it guarantees an unbalanced mark never swallows the rest of the article.

The module also tells statements from scare quotes, titles and quoted terms (:func:`looks_like_statement`)
and finds editorial insertions ("[Andriy Sybiha – ...]", "(... — ed.)") inside a quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from saidwhen.records import Span

# One alternation, longest first, so that '' is read as a mark before ' could be.
_MARK = re.compile(r"''|``|[“”\"«»„]")
_OPENERS = {"“", "«", "„", "``"}
_CLOSERS = {"”", "»"}
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z0-9À-ÿ’']+")
_EDITORIAL = re.compile(r"\[[^\]\n]{2,200}\]|\([^()\n]{2,200}?[—–-]\s*ed\.?\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted stretch: ``outer`` includes the marks, ``inner`` excludes them."""

    outer: Span
    inner: Span
    closed: bool  # False when the paragraph ended before a closing mark

    @property
    def start(self) -> int:
        return self.outer.start

    @property
    def end(self) -> int:
        return self.outer.end


def find_regions(text: str, within: Span | None = None) -> list[QuoteRegion]:
    """All quote regions in ``text`` (or in the part ``within``), in text order."""
    lo, hi = (within.start, within.end) if within else (0, len(text))
    regions: list[QuoteRegion] = []
    for para in _PARAGRAPH.finditer(text, lo, hi):
        open_at: int | None = None
        open_len = 0
        for m in _MARK.finditer(text, para.start(), para.end()):
            mark, pos = m.group(), m.start()
            if mark in _OPENERS:
                is_open = True
            elif mark in _CLOSERS:
                is_open = False
            else:
                # An ambiguous mark (" or '') toggles: it closes an open region, else opens one.
                is_open = open_at is None
            if is_open:
                if open_at is not None:  # a second opener: the first was never closed
                    regions.append(_region(open_at, open_len, pos, False, text))
                open_at, open_len = pos, len(mark)
            elif open_at is not None:
                regions.append(_region(open_at, open_len, m.end(), True, text, len(mark)))
                open_at = None
        if open_at is not None:
            regions.append(_region(open_at, open_len, para.end(), False, text))
    return [r for r in regions if len(r.inner) > 0]


def _region(start: int, open_len: int, end: int, closed: bool, text: str, close_len: int = 0) -> QuoteRegion:
    inner_start, inner_end = start + open_len, end - close_len
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    while inner_start < inner_end and text[inner_start].isspace():  # « Nous » spacing
        inner_start += 1
    return QuoteRegion(Span(start, end), Span(inner_start, inner_end), closed)


def looks_like_statement(text: str, region: QuoteRegion) -> bool:
    """True for a quoted statement; False for a scare quote, a title or a quoted term.

    A statement has several words, or ends in sentence punctuation inside the marks ("Yes."). A title
    ("Saturday Night Live") is short and in title case; a term ("paper", "special military operation")
    is short and has no closing punctuation.
    """
    inner = region.inner.of(text).strip()
    words = _WORD.findall(inner)
    if not words:
        return False
    ends_sentence = inner[-1] in ".?!,…"
    if len(words) <= 4 and not ends_sentence:
        return False
    # a title in title case is not a statement either
    return not (len(words) <= 6 and not ends_sentence and all(w[0].isupper() for w in words if len(w) > 3))


def editorial_insertions(text: str, span: Span) -> list[Span]:
    """Editorial insertions inside ``span``: "[...]" and "(... — ed.)"."""
    return [Span(m.start(), m.end()) for m in _EDITORIAL.finditer(text, span.start, span.end)]


class RegionIndex:
    """Answer "which quote region covers this offset" in O(log n)."""

    def __init__(self, regions: list[QuoteRegion]) -> None:
        self.regions = regions
        self._starts = [r.start for r in regions]

    def at(self, pos: int) -> QuoteRegion | None:
        """The region whose outer span contains ``pos``, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.regions[i].start <= pos < self.regions[i].end:
            return self.regions[i]
        return None

    def overlapping(self, start: int, end: int) -> list[QuoteRegion]:
        """Regions overlapping ``[start, end)``."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        for r in self.regions[i:]:
            if r.start >= end:
                break
            if r.end > start:
                out.append(r)
        return out
