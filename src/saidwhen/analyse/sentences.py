"""A fast rule-based sentence splitter over an article's body spans (offsets into the original text).

Rules, in order:

* Sentences never cross a body span (a paragraph or line): a span always ends its last sentence.
* A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote marks or brackets after
  them) followed by white space and a sentence opener: a capital, a digit, or an opening quote or
  bracket. A lowercase continuation never starts a sentence ('“Yes.” she said', 'e.g. this').
  Missing white space after a word of three or more lowercase letters ("aggression.On") still ends
  a sentence, as that is a dropped space rather than an abbreviation or a domain.
* Not an end: a known abbreviation ("Dr.", "Pres.", "Gen.", "St.", "vs."), a month abbreviation or
  "No." before a number ("Sept. 11", "No. 5"), a single capital initial ("J. Smith"), and a dotted
  acronym ("U.S.", "a.m.") unless the next word is a common sentence opener ("The", "He", "But", ...).
* Quote protection: inside a matched pair of double quote marks (“ ”, « », or straight ") within a
  span there is no sentence end, so a multi-sentence direct quote and its cue (“... . ...,” she
  said.) stay one sentence. A mark with no partner inside the span protects nothing: an unbalanced
  quote can never swallow text beyond its own sentence.

Every non-blank character of every span lies in exactly one sentence; sentences are trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from saidwhen.records import Sentence, Span

# One leading character class lets the regex engine skip ahead fast (an alternation would not).
_END = re.compile(r"[.!?…](?:[.!?…]*[”\"’»)\]]*\s+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))")
_QUOTE = re.compile(r"[“”«»\"]")
_OPENERS = "“\"«‘'([¿¡"
# Word lists are kept as space-separated strings: one glance shows the whole list.
_ABBREVIATION_WORDS = (
    "mr mrs ms mx dr prof pres gov sen rep reps gen col lt sgt capt cmdr adm maj cpl pvt st jr sr "
    "inc ltd co corp bros dept univ assn est approx vs al fig rev hon atty supt gens sens ft mt "
    "messrs mme mlle"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_NUMBER_ABBREVIATION_WORDS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art p pp para sec ch"
)
_NUMBER_ABBREVIATIONS = frozenset(_NUMBER_ABBREVIATION_WORDS.split())
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_STARTER_WORDS = (
    "The It He She They We I But And In This That These Those A An There His Her Their Its Our On At As "
    "After When While However Meanwhile Still Yet So If Now Then Since Although Some Many Most One"
)
_STARTERS = frozenset(_STARTER_WORDS.split())


def split_sentences(text: str, spans: Sequence[Span], article_id: str) -> tuple[Sentence, ...]:
    """Split each span of ``text`` into sentences, numbered from 0 across the whole article."""
    out: list[Sentence] = []
    for span in spans:
        start = span.start
        for cut in _cuts(text, span.start, span.end):
            _emit(text, start, cut, article_id, out)
            start = cut
        _emit(text, start, span.end, article_id, out)
    return tuple(out)


def _emit(text: str, start: int, end: int, article_id: str, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(article_id, len(out), Span(start, start + len(stripped)), stripped))


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Positions (after terminal punctuation) where a new sentence starts within ``[start, end)``."""
    cuts: list[int] = []
    regions: list[tuple[int, int]] | None = None  # quote regions, computed only when needed
    for m in _END.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        pos = m.start() + len(m.group().rstrip())
        head = text[nxt]
        if not (head.isupper() or head.isdigit() or head in _OPENERS):
            continue
        if _abbreviation(text, start, m, nxt, end):
            continue
        if regions is None:
            regions = _quote_regions(text, start, end)
        if any(a < pos <= b for a, b in regions):
            continue
        cuts.append(pos)
    return cuts


def _abbreviation(text: str, start: int, m: re.Match[str], nxt: int, end: int) -> bool:
    punct = m.group().rstrip()
    if punct != ".":  # "?", "!", "..", or a period followed by a closing quote: a real end
        return False
    k = max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start()), start - 1) + 1
    token = text[k : m.start()].lstrip(_OPENERS)
    if not token:
        return False
    lower = token.lower()
    if lower in _ABBREVIATIONS:
        return True
    if lower in _NUMBER_ABBREVIATIONS and text[nxt].isdigit():
        return True
    if len(token) == 1 and token.isupper():
        return True
    if _ACRONYM.fullmatch(token):
        word_end = nxt
        while word_end < end and text[word_end].isalpha():
            word_end += 1
        return text[nxt:word_end] not in _STARTERS
    return False


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matched double-quote pairs ``(open, close)`` in ``[start, end)``; unmatched marks are ignored."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE.finditer(text, start, end):
        mark, at = m.group(), m.start()
        if mark in "“«":
            stack.append((mark, at))
        elif mark in "”»":
            want = "“" if mark == "”" else "«"
            while stack and stack[-1][0] != want:
                stack.pop()  # an unclosed straight quote inside: drop it
            if stack:
                regions.append((stack.pop()[1], at))
        elif stack and stack[-1][0] == '"' and not _opens_straight(text, at, start, end):
            regions.append((stack.pop()[1], at))
        else:
            stack.append(('"', at))
    return regions


def _opens_straight(text: str, at: int, start: int, end: int) -> bool:
    """A straight quote after a space (or at the start) and before a non-space opens a quote."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    return (before.isspace() or before in "([{—–") and not after.isspace()
