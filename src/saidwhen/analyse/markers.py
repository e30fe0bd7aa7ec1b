"""Condition, hedge and negation markers inside a quote's content, found by word patterns.

They are what a distorted quote most often drops: "if", "in exchange for", "only under strict
conditions" (condition), "could", "in theory" (hedge), "not", "never" (negation). Spans index the
original text, so a verdict can point at the exact word that was left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from saidwhen.records import Marker, MarkerKind, Span

_PATTERNS: tuple[tuple[MarkerKind, re.Pattern[str]], ...] = (
    (
        MarkerKind.CONDITION,
        re.compile(
            r"\b(?:only if|even if|if|unless|provided that|providing that|as long as|so long as|"
            r"on condition that|in exchange for|in return for|only under [\w ]{0,30}?conditions?|"
            r"on the condition|pending|subject to)\b",
            re.IGNORECASE,
        ),
    ),
    (
        MarkerKind.HEDGE,
        re.compile(
            r"\b(?:could|may|might|would|possibly|perhaps|maybe|in theory|theoretically|potentially|"
            r"likely|unlikely|probably|reportedly|allegedly)\b",
            re.IGNORECASE,
        ),
    ),
    (
        MarkerKind.NEGATION,
        re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE),
    ),
)


def find_markers(text: str, pieces: Iterable[Span]) -> tuple[Marker, ...]:
    """Markers inside the content ``pieces`` of ``text``, in text order (a hedge inside "not rule out"
    and the negation "not" are both reported)."""
    out: list[Marker] = []
    for piece in pieces:
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(text, piece.start, piece.end):
                out.append(Marker(kind, Span(m.start(), m.end()), m.group()))
    return tuple(sorted(out, key=lambda m: (m.span.start, m.kind.value)))
