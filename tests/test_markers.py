"""Condition, hedge and negation markers inside quote content."""

from __future__ import annotations

import pytest

from saidwhen.analyse.markers import find_markers
from saidwhen.records import MarkerKind, Span


def _markers(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in find_markers(text, [Span(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("if Ukraine declines NATO membership", [("condition", "if")]),
        ("solely in exchange for binding security guarantees", [("condition", "in exchange for")]),
        ("forgo NATO membership, but only under strict conditions", [("condition", "only under strict conditions")]),
        ("Ukraine could, in theory, forgo NATO membership", [("hedge", "could"), ("hedge", "in theory")]),
        ("Donbas is not Putin’s end game", [("negation", "not")]),
        ("We won't buy it", [("negation", "n't")]),
        ("unless the talks fail", [("condition", "unless")]),
        ("It is up to Ukrainians to decide", []),
    ],
)
def test_markers_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _markers(text) == expected


def test_markers_spans_index_the_original_text() -> None:
    text = "Prefix. “It could happen only if they agree,” she said."
    content = Span(text.index("“"), text.index("”") + 1)
    markers = find_markers(text, [content])
    assert {m.kind for m in markers} == {MarkerKind.HEDGE, MarkerKind.CONDITION}
    for m in markers:
        assert m.span.of(text) == m.text
